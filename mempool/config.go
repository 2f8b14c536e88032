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
	}
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
	}
	return nil
}
