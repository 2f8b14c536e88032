package mempool

import (
	"fmt"
	"time"

	"github.com/mycel-network/mycel/ledger"
)

// Config bounds the pool. Every limit is enforced on Add; Validate reports
// the first bad key as "mempool.<key>".
type Config struct {
	// MaxTxs is the most transactions the pool holds.
	MaxTxs int `toml:"max_txs"`
	// MaxBytes is the most encoded transaction bytes the pool holds.
	MaxBytes int `toml:"max_bytes"`
	// MaxTxsPerAccount is the most transactions one sender may have in the
	// pool, pending and queued together. It also bounds how far ahead of
	// the committed nonce a transaction's nonce may be.
	MaxTxsPerAccount int `toml:"max_txs_per_account"`
	// MaxBytesPerAccount is the most bytes one sender may have in the pool.
	MaxBytesPerAccount int `toml:"max_bytes_per_account"`
	// TTL is how long a transaction may wait in the pool before it is dropped
	// (checked after every block).
	TTL time.Duration `toml:"ttl"`
	// PriceBumpPercent is the fee increase, in percent of the old fee, that a
	// transaction needs to replace one with the same sender and nonce.
	PriceBumpPercent int `toml:"price_bump_percent"`
	// MinFee is the lowest fee (gwei) the pool accepts.
	MinFee uint64 `toml:"min_fee"`
	// MaxQueuedTxs is the most queued transactions the pool holds, all
	// senders together: those not executable yet because an earlier nonce
	// is missing. They pay no fee until the gap fills, maybe never, so they
	// get a share of the pool apart from the executable ones and are
	// evicted first. 0 means a quarter of MaxTxs. (Transactions are at most
	// ledger.MaxTxSize bytes, so this bounds their bytes too.)
	MaxQueuedTxs int `toml:"max_queued_txs"`
	// MaxQueuedTxsPerAccount is the most queued transactions one sender may
	// have (within MaxTxsPerAccount). 0 means a quarter of
	// MaxTxsPerAccount, at least 1.
	MaxQueuedTxsPerAccount int `toml:"max_queued_txs_per_account"`
	// RefusedSigChecksPerSecond is how many transactions a second that the
	// pool refuses before checking their signature (full, limits, nonce,
	// balance) get their signature checked anyway, so that a badly signed
	// one is reported as such and gossip penalises the peer that sent it.
	// Each costs one verification (about 0.3 ms); beyond the budget a
	// refusal costs microseconds. 0 means 100.
	RefusedSigChecksPerSecond int `toml:"refused_sig_checks_per_second"`
}

// Default returns the settings used by mycel nodes: room for about ten
// seconds of traffic at 1,000 transactions per second.
func Default() Config {
	return Config{
		MaxTxs:             10_000,
		MaxBytes:           2 << 20,
		MaxTxsPerAccount:   128,
		MaxBytesPerAccount: 128 * ledger.MaxTxSize,
		TTL:                5 * time.Minute,
		PriceBumpPercent:   10,
		MinFee:             1,
		// A quarter of MaxTxs and of MaxTxsPerAccount, as 0 would give.
		MaxQueuedTxs:              2_500,
		MaxQueuedTxsPerAccount:    32,
		RefusedSigChecksPerSecond: 100,
	}
}

// refusedSigChecks is RefusedSigChecksPerSecond, 0 replaced by its default.
func (c Config) refusedSigChecks() int {
	if c.RefusedSigChecksPerSecond == 0 {
		return 100
	}
	return c.RefusedSigChecksPerSecond
}

// queuedLimits returns MaxQueuedTxs and MaxQueuedTxsPerAccount with 0
// replaced by their defaults (a quarter of MaxTxs and of
// MaxTxsPerAccount, at least 1), so that a Config built field by field
// still bounds queued transactions.
func (c Config) queuedLimits() (total, perAccount int) {
	total, perAccount = c.MaxQueuedTxs, c.MaxQueuedTxsPerAccount
	if total == 0 {
		total = max(1, c.MaxTxs/4)
	}
	if perAccount == 0 {
		perAccount = max(1, c.MaxTxsPerAccount/4)
	}
	return total, perAccount
}

// Validate checks the settings and names the first bad key.
func (c Config) Validate() error {
	switch {
	case c.MaxTxs < 1:
		return fmt.Errorf("config mempool.max_txs: must be at least 1, got %d", c.MaxTxs)
	case c.MaxBytes < ledger.MaxTxSize:
		return fmt.Errorf("config mempool.max_bytes: must be at least %d (one transaction), got %d", ledger.MaxTxSize, c.MaxBytes)
	case c.MaxTxsPerAccount < 1:
		return fmt.Errorf("config mempool.max_txs_per_account: must be at least 1, got %d", c.MaxTxsPerAccount)
	case c.MaxTxsPerAccount > c.MaxTxs:
		return fmt.Errorf("config mempool.max_txs_per_account: %d exceeds mempool.max_txs %d", c.MaxTxsPerAccount, c.MaxTxs)
	case c.MaxBytesPerAccount < ledger.MaxTxSize:
		return fmt.Errorf("config mempool.max_bytes_per_account: must be at least %d (one transaction), got %d", ledger.MaxTxSize, c.MaxBytesPerAccount)
	case c.MaxBytesPerAccount > c.MaxBytes:
		return fmt.Errorf("config mempool.max_bytes_per_account: %d exceeds mempool.max_bytes %d", c.MaxBytesPerAccount, c.MaxBytes)
	case c.TTL <= 0:
		return fmt.Errorf("config mempool.ttl: must be positive, got %s", c.TTL)
	case c.PriceBumpPercent < 1 || c.PriceBumpPercent > 1000:
		return fmt.Errorf("config mempool.price_bump_percent: must be in [1, 1000], got %d", c.PriceBumpPercent)
	case c.MinFee > ledger.MaxAmount:
		return fmt.Errorf("config mempool.min_fee: must be at most %d, got %d", ledger.MaxAmount, c.MinFee)
	case c.MaxQueuedTxs < 0 || c.MaxQueuedTxs > c.MaxTxs:
		return fmt.Errorf("config mempool.max_queued_txs: must be at most mempool.max_txs (%d), or 0 for a quarter of it, got %d", c.MaxTxs, c.MaxQueuedTxs)
	case c.MaxQueuedTxsPerAccount < 0 || c.MaxQueuedTxsPerAccount > c.MaxTxsPerAccount:
		return fmt.Errorf("config mempool.max_queued_txs_per_account: must be at most mempool.max_txs_per_account (%d), or 0 for a quarter of it, got %d",
			c.MaxTxsPerAccount, c.MaxQueuedTxsPerAccount)
	case c.RefusedSigChecksPerSecond < 0:
		return fmt.Errorf("config mempool.refused_sig_checks_per_second: must not be negative (0: 100), got %d", c.RefusedSigChecksPerSecond)
	}
	return nil
}
