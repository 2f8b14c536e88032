package node

import (
	"context"
	"errors"
	"testing"
	"time"
)

// The store watchdog reports the store's first error once, and ends when
// the node stops.
func TestWatchStoreReportsTheFirstFailure(t *testing.T) {
	boom := errors.New("disk on fire")
	calls := 0
	check := func() error {
		calls++
		if calls >= 3 {
			return boom
		}
		return nil
	}
	fatal := make(chan error, 1)
	done := make(chan struct{})
	go func() { watch(context.Background(), []func() error{check}, time.Millisecond, fatal); close(done) }()
	select {
	case err := <-fatal:
		if !errors.Is(err, boom) {
			t.Fatalf("fatal: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no fatal error reported")
	}
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the watchdog went on after reporting")
	}

	ctx, stop := context.WithCancel(context.Background())
	done = make(chan struct{})
	go func() { watch(ctx, []func() error{func() error { return nil }}, time.Millisecond, fatal); close(done) }()
	stop()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the watchdog outlived its stop")
	}
	select {
	case err := <-fatal:
		t.Fatalf("a healthy store reported %v", err)
	default:
	}
}
