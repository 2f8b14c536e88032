package mcp

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/mycel-network/mycel/agent"
)

func gwei(g int64) *big.Int { return agent.GweiToWei(uint64(g)) }

// TestSpendLedger: the per-call and per-hour limits over a sliding hour,
// reservations settled and released, and what a refusal says.
func TestSpendLedger(t *testing.T) {
	now := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	l := newSpendLedger(Limits{PerCall: gwei(100), PerHour: gwei(250)}, clock)

	var le *LimitError
	if _, err := l.Reserve(gwei(101)); !errors.As(err, &le) || le.Limit != "per-call" || !errors.Is(err, ErrLimit) ||
		!strings.Contains(err.Error(), "0.000000101 ETH") || !strings.Contains(err.Error(), "--max-per-call") {
		t.Fatalf("101 gwei against 100 per call: %v", err)
	}
	r1, err := l.Reserve(gwei(100))
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(10 * time.Minute)
	if _, err := l.Reserve(gwei(100)); err != nil {
		t.Fatal(err)
	}
	if got := l.Spent(); got.Cmp(gwei(200)) != 0 {
		t.Fatalf("spent %s, want 200 gwei", got)
	}
	// 200 of 250 spent: 60 more does not fit; it frees when the first
	// spend (at 12:00) leaves the window.
	_, err = l.Reserve(gwei(60))
	if !errors.As(err, &le) || le.Limit != "per-hour" || !le.FreesAt.Equal(time.Date(2026, 1, 1, 13, 0, 0, 0, time.UTC)) ||
		!strings.Contains(err.Error(), "at most 0.00000005 ETH now") || !strings.Contains(err.Error(), "retry after 2026-01-01T13:00:00Z") {
		t.Fatalf("60 gwei over the hour: %v (%+v)", err, le)
	}
	if err := l.Check(gwei(50)); err != nil {
		t.Fatalf("50 gwei fits: %v", err)
	}
	// A released reservation frees its part at once.
	r1.Release()
	if got := l.Left(); got.Cmp(gwei(150)) != 0 {
		t.Fatalf("left %s after the release, want 150 gwei", got)
	}
	r3, err := l.Reserve(gwei(100))
	if err != nil {
		t.Fatal(err)
	}
	r3.Settle(gwei(40)) // moved less than reserved
	if got := l.Spent(); got.Cmp(gwei(140)) != 0 {
		t.Fatalf("spent %s, want 140 gwei", got)
	}
	// An hour after the second spend, the window is empty again.
	now = now.Add(Window)
	if got := l.Spent(); got.Sign() != 0 {
		t.Fatalf("spent %s an hour later, want 0", got)
	}
	if _, err := l.Reserve(gwei(100)); err != nil {
		t.Fatal(err)
	}

	// No limits: anything goes; zero: nothing does.
	free := newSpendLedger(Limits{}, clock)
	if _, err := free.Reserve(agent.GweiToWei(1 << 62)); err != nil || free.Left() != nil {
		t.Fatalf("unlimited: %v, left %v", err, free.Left())
	}
	none := newSpendLedger(Limits{PerCall: new(big.Int)}, clock)
	if _, err := none.Reserve(gwei(1)); !errors.Is(err, ErrLimit) {
		t.Fatalf("zero per call: %v", err)
	}
	if _, err := none.Reserve(new(big.Int)); err != nil {
		t.Fatalf("zero per call allows a free call: %v", err)
	}
	// A single spend above the hourly limit never fits: no retry time.
	big1 := newSpendLedger(Limits{PerHour: gwei(10)}, clock)
	if _, err := big1.Reserve(gwei(11)); !errors.As(err, &le) || !le.FreesAt.IsZero() || strings.Contains(err.Error(), "retry after") {
		t.Fatalf("11 gwei against 10 an hour: %v", err)
	}
}

// TestRefusedBeforeSending: the SDK's refusals release a reservation;
// anything else (a timed-out wait, a transport error) keeps it.
func TestRefusedBeforeSending(t *testing.T) {
	for _, err := range []error{agent.ErrInsufficientFunds, agent.ErrUnknownReceiver, agent.ErrNodeBusy, &LimitError{Limit: "per-call", Max: gwei(1), Asked: gwei(2)}} {
		if !refusedBeforeSending(err) {
			t.Errorf("%v: not a refusal", err)
		}
	}
	for _, err := range []error{agent.ErrTxDropped, errors.New("connection reset"), agent.ErrBadProof, context.DeadlineExceeded} {
		if refusedBeforeSending(err) {
			t.Errorf("%v: counted as a refusal", err)
		}
	}
}
