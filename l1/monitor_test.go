package l1

import (
	"context"
	"errors"
	"math"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/internal/testenv"
)

// blockTime is the time of the block a receipt is in.
func (e *env) blockTime(r *types.Receipt) uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, r.BlockNumber)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// headTime is the head block's time.
func (e *env) headTime() uint64 {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return h.Time
}

// later moves the chain's clock on by seconds and seals a block.
func (e *env) later(seconds uint64) {
	e.t.Helper()
	e.te.Advance(seconds)
	e.sim.Commit()
}

func TestMonitorReadsTheRollup(t *testing.T) {
	e := newEnv(t, 2)
	op := e.register(e.accounts[1], ether(10))
	e.nextEpoch()
	payer := addr(e.accounts[0])
	cfg := DefaultMonitorConfig()
	cfg.Rollup, cfg.Account = e.d.Rollup, payer
	m := NopMetrics()
	mon, err := NewMonitor(cfg, e.client, nil, m)
	if err != nil {
		t.Fatal(err)
	}
	round := func() {
		t.Helper()
		if err := mon.Round(e.ctx); err != nil {
			t.Fatal(err)
		}
	}
	type want struct{ committed, finalized, unproven, deposit, sinceFinalized float64 }
	check := func(step string, w want) {
		t.Helper()
		got := want{value(m.RollupCommitted), value(m.RollupFinalized), value(m.UnprovenAge), value(m.DepositAge), value(m.SinceFinalized)}
		if got != w {
			t.Fatalf("%s: gauges (committed, finalized, unproven age, deposit age, since finalized) %+v, want %+v", step, got, w)
		}
		if value(m.ForcedExitAge) != 0 {
			t.Fatalf("%s: forced-exit age %v with no forced exit queued", step, value(m.ForcedExitAge))
		}
		bal, err := e.client.BalanceAt(e.ctx, payer, nil)
		if err != nil {
			t.Fatal(err)
		}
		if f, _ := new(big.Float).SetInt(bal).Float64(); value(m.TxBalanceWei) != f || f == 0 {
			t.Fatalf("%s: balance gauge %v, account holds %v", step, value(m.TxBalanceWei), f)
		}
	}

	// A fresh Rollup: the deployment set lastFinalizedAt.
	e.later(30)
	round()
	if value(m.ProofWindow) != float64(e.cfg.ProofWindow) || value(m.DepositDeadline) != float64(e.cfg.DepositDeadline) ||
		value(m.EscapePeriod) != float64(e.cfg.EscapePeriod) {
		t.Fatalf("windows %v %v %v, deployed with %d %d %d", value(m.ProofWindow), value(m.DepositDeadline), value(m.EscapePeriod),
			e.cfg.ProofWindow, e.cfg.DepositDeadline, e.cfg.EscapePeriod)
	}
	finAt := float64(view(e, e.d.Rollup, e.rollup.PackLastFinalizedAt(), e.rollup.UnpackLastFinalizedAt))
	if finAt == 0 || float64(e.headTime())-finAt < 30 {
		t.Fatalf("lastFinalizedAt %v, head time %d", finAt, e.headTime())
	}
	check("fresh", want{0, 0, 0, 0, float64(e.headTime()) - finAt})

	// A deposit waits until a committed batch consumes it.
	dep := e.te.Deposit(testenv.AccountOfKey(e.accounts[1]), testenv.L2Key(1), 1_000_000)
	e.later(100)
	round()
	check("deposit queued", want{0, 0, 0, float64(e.headTime() - e.blockTime(dep)), float64(e.headTime()) - finAt})

	// Batch 0 (which consumes no deposit) is committed: it waits for its proof.
	h := e.header(0)
	commit := e.mustSend(e.deployer, e.d.Rollup, nil, e.te.CommitArgs(h, nil, op))
	e.later(40)
	round()
	check("batch 0 committed", want{1, 0, float64(e.headTime() - e.blockTime(commit)), float64(e.headTime() - e.blockTime(dep)),
		float64(e.headTime()) - finAt})

	// Proven: nothing waits for a proof, and the finalization clock restarts.
	prove := e.mustSend(e.deployer, e.d.Rollup, nil, e.rollup.PackProveBatch(h, e.te.Committed(0).Record, testProof(t, h)))
	e.later(20)
	round()
	check("batch 0 proven", want{1, 1, 0, float64(e.headTime() - e.blockTime(dep)), float64(e.headTime() - e.blockTime(prove))})
	if value(m.MonitorErrors) != 0 {
		t.Fatalf("%v failed rounds", value(m.MonitorErrors))
	}

	// A round that cannot read L1 fails, is counted, and leaves the gauges.
	broken, err := NewMonitor(cfg, failingCalls{e.client}, nil, m)
	if err != nil {
		t.Fatal(err)
	}
	err = broken.Round(e.ctx)
	if err == nil || !strings.Contains(err.Error(), "Rollup.") || !errors.Is(err, errCallsDown) {
		t.Fatalf("round over a failing client: %v", err)
	}
	if value(m.MonitorErrors) != 1 || value(m.RollupFinalized) != 1 {
		t.Fatalf("after a failed round: errors %v, finalized %v", value(m.MonitorErrors), value(m.RollupFinalized))
	}
}

var errCallsDown = errors.New("eth_call down")

// failingCalls is a client whose contract calls fail.
type failingCalls struct{ MonitorClient }

func (failingCalls) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	return nil, errCallsDown
}

func TestMonitorRunsAsAService(t *testing.T) {
	e := newEnv(t, 1)
	cfg := DefaultMonitorConfig()
	cfg.Rollup, cfg.PollInterval = e.d.Rollup, 10*time.Millisecond // no account: no balance
	m := NopMetrics()
	mon, err := NewMonitor(cfg, e.client, nil, m)
	if err != nil {
		t.Fatal(err)
	}
	runBackground(t, mon)
	waitFor(t, "the windows read", func() bool { return value(m.ProofWindow) == float64(e.cfg.ProofWindow) })
	e.te.Deposit(testenv.AccountOfKey(e.accounts[0]), testenv.L2Key(2), 1_000_000)
	waitFor(t, "the deposit seen", func() bool { e.later(1); return value(m.DepositAge) > 0 })
	if !math.IsNaN(value(m.TxBalanceWei)) {
		t.Fatalf("balance gauge %v without an account, want NaN", value(m.TxBalanceWei))
	}
}

func TestMonitorConfigErrors(t *testing.T) {
	cfg := DefaultMonitorConfig()
	cfg.PollInterval = 0
	_, err := NewMonitor(cfg, failingCalls{}, nil, nil)
	if err == nil || !strings.Contains(err.Error(), "rollup must be set") || !strings.Contains(err.Error(), "poll interval must be > 0") {
		t.Fatalf("NewMonitor with no Rollup and no interval: %v", err)
	}
	cfg = DefaultMonitorConfig()
	cfg.Rollup[0] = 1
	if _, err := NewMonitor(cfg, nil, nil, nil); err == nil || !strings.Contains(err.Error(), "needs a client") {
		t.Fatalf("NewMonitor without a client: %v", err)
	}
}
