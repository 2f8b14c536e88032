package prover

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/consensys/gnark/backend/groth16"
)

// TestProveUnlessDone: a proof in progress does not hold up a stop; a
// finished one is returned as is.
func TestProveUnlessDone(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	ctx, cancel := context.WithCancel(context.Background())
	go func() { time.Sleep(50 * time.Millisecond); cancel() }()
	start := time.Now()
	_, err := proveUnlessDone(ctx, func() (groth16.Proof, error) {
		<-release // a proof that does not end while the test runs
		return nil, nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled during a proof: %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("returned %v after the cancel", d)
	}
	want := errors.New("bad witness")
	if _, err := proveUnlessDone(context.Background(), func() (groth16.Proof, error) { return nil, want }); !errors.Is(err, want) {
		t.Fatalf("finished proof: %v, want %v", err, want)
	}
}
