package testutil

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func TestWaitPoll(t *testing.T) {
	w := Wait{Within: 5 * time.Second, Every: time.Millisecond}
	calls := 0
	if err := w.Poll(func() error {
		calls++
		if calls < 3 {
			return errors.New("not yet")
		}
		return nil
	}); err != nil || calls != 3 {
		t.Fatalf("Poll = %v after %d calls, want nil after 3", err, calls)
	}

	// Past Within, Poll returns the condition's last error, after at least
	// one check.
	w = Wait{Within: 20 * time.Millisecond, Every: time.Millisecond}
	calls = 0
	start := time.Now()
	err := w.Poll(func() error {
		calls++
		return fmt.Errorf("state %d", calls)
	})
	if err == nil || err.Error() != fmt.Sprintf("state %d", calls) {
		t.Fatalf("Poll = %v after %d calls, want the last state", err, calls)
	}
	if time.Since(start) < w.Within {
		t.Fatalf("Poll gave up after %v, before %v", time.Since(start), w.Within)
	}

}
