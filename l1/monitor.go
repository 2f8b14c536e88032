package l1

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/service"
)

// MonitorClient is what the Monitor reads L1 with; *ethclient.Client and
// simulated.Client satisfy it.
type MonitorClient interface {
	CallClient
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	BalanceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (*big.Int, error)
}

// MonitorConfig configures a Monitor.
type MonitorConfig struct {
	// Rollup is the Rollup contract's address.
	Rollup common.Address
	// Account is the account whose L1 balance is reported in
	// mycel_l1_tx_balance_wei: the transaction manager's (zero: none, and
	// the gauge is NaN).
	Account common.Address
	// PollInterval is the pause between rounds.
	PollInterval time.Duration
	// RequestTimeout bounds each round's reads.
	RequestTimeout time.Duration
}

// DefaultMonitorConfig returns a round every 15 seconds (a Prometheus
// scrape interval); the addresses are left zero.
func DefaultMonitorConfig() MonitorConfig {
	return MonitorConfig{PollInterval: 15 * time.Second, RequestTimeout: 10 * time.Second}
}

// Validate checks the configuration.
func (c MonitorConfig) Validate() error {
	var errs []error
	if c.Rollup == (common.Address{}) {
		errs = append(errs, errors.New("l1 monitor: rollup must be set to the Rollup contract address"))
	}
	if c.PollInterval <= 0 {
		errs = append(errs, errors.New("l1 monitor: poll interval must be > 0"))
	}
	if c.RequestTimeout <= 0 {
		errs = append(errs, errors.New("l1 monitor: request timeout must be > 0"))
	}
	return errors.Join(errs...)
}

// Monitor reads, every PollInterval, what alerts need from L1 and the node
// cannot see otherwise: the Rollup's committed and finalized batch counts,
// how long the oldest unproven batch, deposit and forced exit have waited
// and the windows they wait against (proofWindow, depositDeadline,
// escapePeriod), all by the L1 block time the contract judges with; and
// the L1 balance of the account that pays for this node's transactions.
// It only reads: it sends nothing and changes no state but its gauges.
type Monitor struct {
	*service.Loop // Start monitors; Stop stops

	cfg     MonitorConfig
	client  MonitorClient
	log     *slog.Logger
	m       *Metrics
	rollup  *bindings.Rollup
	windows bool // the immutable windows have been read
	down    bool
}

// NewMonitor returns a monitor; it starts nothing.
func NewMonitor(cfg MonitorConfig, client MonitorClient, logger *slog.Logger, m *Metrics) (*Monitor, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if client == nil {
		return nil, errors.New("l1 monitor: needs a client")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NopMetrics()
	}
	if cfg.Account == (common.Address{}) {
		// No account, no balance: NaN compares false, so a low-balance
		// alert never fires on a node that sends nothing to L1.
		m.TxBalanceWei.Set(math.NaN())
	}
	mon := &Monitor{cfg: cfg, client: client, log: logger.With("module", "l1.monitor"), m: m, rollup: bindings.NewRollup()}
	mon.Loop = service.NewLoop("l1 monitor", mon.run)
	return mon, nil
}

func (mon *Monitor) run(ctx context.Context) error {
	for {
		err := mon.Round(ctx)
		if ctx.Err() != nil {
			return nil
		}
		switch {
		case err != nil && !mon.down:
			mon.down = true
			mon.log.Warn("reading the Rollup's state failed; retrying", "err", err)
		case err != nil:
			mon.log.Debug("still failing", "err", err)
		case mon.down:
			mon.down = false
			mon.log.Info("reading the Rollup's state again")
		}
		if !sleep(ctx, mon.cfg.PollInterval) {
			return nil
		}
	}
}

// Round reads L1 once, at the latest block, and sets the gauges; a failed
// round counts in mycel_l1_monitor_errors_total and leaves them as they
// were.
func (mon *Monitor) Round(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, mon.cfg.RequestTimeout)
	defer cancel()
	err := mon.round(ctx)
	if err != nil {
		mon.m.MonitorErrors.Inc()
	}
	return err
}

func (mon *Monitor) round(ctx context.Context) error {
	head, err := mon.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("l1 monitor: head: %w", err)
	}
	block, now := head.Number, head.Time // every read at one block, judged by its time
	r := mon.rollup
	u64 := func(name string, data []byte, unpack func([]byte) (uint64, error)) (uint64, error) {
		v, err := viewCall(ctx, mon.client, mon.cfg.Rollup, data, block, unpack)
		if err != nil {
			return 0, fmt.Errorf("l1 monitor: Rollup.%s: %w", name, err)
		}
		return v, nil
	}
	// age is now - at, 0 for a time in the future (a clock between blocks).
	age := func(at uint64) float64 {
		if at >= now {
			return 0
		}
		return float64(now - at)
	}
	if !mon.windows {
		proof, err := u64("proofWindow", r.PackProofWindow(), r.UnpackProofWindow)
		if err != nil {
			return err
		}
		deadline, err := u64("depositDeadline", r.PackDepositDeadline(), r.UnpackDepositDeadline)
		if err != nil {
			return err
		}
		escape, err := u64("escapePeriod", r.PackEscapePeriod(), r.UnpackEscapePeriod)
		if err != nil {
			return err
		}
		mon.m.ProofWindow.Set(float64(proof))
		mon.m.DepositDeadline.Set(float64(deadline))
		mon.m.EscapePeriod.Set(float64(escape))
		mon.windows = true
	}

	next, err := u64("nextBatchIndex", r.PackNextBatchIndex(), r.UnpackNextBatchIndex)
	if err != nil {
		return err
	}
	fin, err := u64("finalizedCount", r.PackFinalizedCount(), r.UnpackFinalizedCount)
	if err != nil {
		return err
	}
	finAt, err := u64("lastFinalizedAt", r.PackLastFinalizedAt(), r.UnpackLastFinalizedAt)
	if err != nil {
		return err
	}
	unproven := 0.0
	if fin < next {
		at, err := viewCall(ctx, mon.client, mon.cfg.Rollup, r.PackCommittedAt(new(big.Int).SetUint64(fin)), block, r.UnpackCommittedAt)
		if err != nil {
			return fmt.Errorf("l1 monitor: Rollup.committedAt(%d): %w", fin, err)
		}
		unproven = age(at)
	}

	nextDep, err := u64("nextDepositIndex", r.PackNextDepositIndex(), r.UnpackNextDepositIndex)
	if err != nil {
		return err
	}
	deposits, err := u64("depositCount", r.PackDepositCount(), r.UnpackDepositCount)
	if err != nil {
		return err
	}
	depositAge := 0.0
	if nextDep < deposits {
		d, err := viewCall(ctx, mon.client, mon.cfg.Rollup, r.PackDeposits(new(big.Int).SetUint64(nextDep)), block, r.UnpackDeposits)
		if err != nil {
			return fmt.Errorf("l1 monitor: Rollup.deposits(%d): %w", nextDep, err)
		}
		depositAge = age(d.QueuedAt)
	}

	nextForced, err := u64("nextForcedIndex", r.PackNextForcedIndex(), r.UnpackNextForcedIndex)
	if err != nil {
		return err
	}
	forced, err := u64("forcedCount", r.PackForcedCount(), r.UnpackForcedCount)
	if err != nil {
		return err
	}
	forcedAge := 0.0
	if nextForced < forced {
		f, err := viewCall(ctx, mon.client, mon.cfg.Rollup, r.PackForcedExits(new(big.Int).SetUint64(nextForced)), block, r.UnpackForcedExits)
		if err != nil {
			return fmt.Errorf("l1 monitor: Rollup.forcedExits(%d): %w", nextForced, err)
		}
		forcedAge = age(f.QueuedAt)
	}

	var balance *big.Int
	if mon.cfg.Account != (common.Address{}) {
		if balance, err = mon.client.BalanceAt(ctx, mon.cfg.Account, block); err != nil {
			return fmt.Errorf("l1 monitor: balance of %s: %w", mon.cfg.Account, err)
		}
	}

	// Every read succeeded: set the gauges together.
	mon.m.RollupCommitted.Set(float64(next))
	mon.m.RollupFinalized.Set(float64(fin))
	mon.m.UnprovenAge.Set(unproven)
	mon.m.SinceFinalized.Set(age(finAt))
	mon.m.DepositAge.Set(depositAge)
	mon.m.ForcedExitAge.Set(forcedAge)
	if balance != nil {
		f, _ := new(big.Float).SetInt(balance).Float64()
		mon.m.TxBalanceWei.Set(f)
	}
	return nil
}
