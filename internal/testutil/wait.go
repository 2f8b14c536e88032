package testutil

import (
	"errors"
	"testing"
	"time"
)

// Wait is how long a test waits for a condition (Within) and how often it
// checks it (Every). Each package keeps its own figures (a simulated chain
// polled every few milliseconds, processes every quarter second): a bound
// that says "this hangs", never a timing assertion.
type Wait struct {
	Within, Every time.Duration
}

// errNotYet is what Until's condition reports while it does not hold.
var errNotYet = errors.New("condition false")

// Poll checks cond, then every w.Every, until it returns nil, and returns
// nil; once w.Within has passed since the first check it returns cond's
// last error instead. For callers that word their own failure (with the
// state cond last saw, or which processes have exited).
func (w Wait) Poll(cond func() error) error {
	deadline := time.Now().Add(w.Within)
	for {
		err := cond()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(w.Every)
	}
}

// Until polls cond until it holds; past w.Within it fails t with
// "timed out waiting for <what>".
func (w Wait) Until(t testing.TB, what string, cond func() bool) {
	t.Helper()
	err := w.Poll(func() error {
		if cond() {
			return nil
		}
		return errNotYet
	})
	if err != nil {
		t.Fatalf("timed out waiting for %s", what)
	}
}

// UntilNil polls cond until it returns nil; past w.Within it fails t with
// "<what>: not within <Within>: <cond's last error>".
func (w Wait) UntilNil(t testing.TB, what string, cond func() error) {
	t.Helper()
	if err := w.Poll(cond); err != nil {
		t.Fatalf("%s: not within %v: %v", what, w.Within, err)
	}
}
