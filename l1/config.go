package l1

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Config is the [l1] section of a node's configuration (the watcher's part).
type Config struct {
	// StakingRegistry and Rollup are the watched contracts' addresses.
	StakingRegistry common.Address `toml:"staking_registry" comment:"StakingRegistry contract address."`
	Rollup          common.Address `toml:"rollup" comment:"Rollup contract address."`

	// Confirmations is how many blocks deep a block must be before its
	// events are delivered: 0 delivers at the head (reorgs are then
	// reported with Reorg), 1 one block behind, and so on. Ignored when
	// Finalized is set.
	Confirmations uint64 `toml:"confirmations" comment:"Blocks a block must be buried under before its events are delivered (0-2 on devnets). Ignored when finalized is true."`
	// Finalized follows the L1 client's "finalized" block tag instead of a
	// confirmation depth (real networks).
	Finalized bool `toml:"finalized" comment:"Deliver events only from blocks the L1 client reports finalized (real networks)."`

	// StartBlock is the first block processed when Resume is zero: the
	// block the contracts were deployed in, or earlier.
	StartBlock uint64 `toml:"start_block" comment:"First L1 block to scan on a fresh node (the contracts' deployment block)."`
	// Resume is the last processed block a restarted node persisted (the
	// Ref of the last Processed delivery); zero means none. Processing
	// continues at Resume.Number+1 after checking Resume.Hash is still
	// canonical.
	Resume Ref `toml:"-"`

	PollInterval time.Duration `toml:"poll_interval" comment:"Pause between polls of the L1 head once caught up."`
	// MaxRange bounds the blocks one eth_getLogs query spans.
	MaxRange uint64 `toml:"max_range" comment:"Blocks per eth_getLogs query, at most."`
	// ReorgWindow is how many recent processed blocks are remembered for
	// reorg detection; a reorg deeper than that is reported from the
	// oldest remembered block.
	ReorgWindow int `toml:"reorg_window" comment:"Recent processed blocks remembered to find a reorg's fork point."`
	// RetryMin and RetryMax bound the exponential backoff after an L1 RPC
	// failure.
	RetryMin time.Duration `toml:"retry_min" comment:"First pause after an L1 RPC failure; doubles per failure."`
	RetryMax time.Duration `toml:"retry_max" comment:"Longest pause between L1 RPC retries."`
	// RequestTimeout bounds each L1 RPC call.
	RequestTimeout time.Duration `toml:"request_timeout" comment:"Timeout of each L1 RPC call."`
}

// Default returns devnet settings; the contract addresses are left zero.
func Default() Config {
	return Config{
		Confirmations:  1,
		PollInterval:   time.Second,
		MaxRange:       1000,
		ReorgWindow:    64,
		RetryMin:       250 * time.Millisecond,
		RetryMax:       30 * time.Second,
		RequestTimeout: 10 * time.Second,
	}
}

// Validate checks the section; errors name the key as l1.<key>.
func (c Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("config l1.%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if c.StakingRegistry == (common.Address{}) {
		bad("staking_registry", "must be set to the StakingRegistry contract address")
	}
	if c.Rollup == (common.Address{}) {
		bad("rollup", "must be set to the Rollup contract address")
	}
	if c.Confirmations > 1024 {
		bad("confirmations", "%d is more than 1024; use finalized = true to wait for finality", c.Confirmations)
	}
	if c.PollInterval <= 0 {
		bad("poll_interval", "must be > 0")
	}
	if c.MaxRange == 0 {
		bad("max_range", "must be > 0")
	}
	if c.ReorgWindow < 1 {
		bad("reorg_window", "must be >= 1")
	}
	if c.RetryMin <= 0 {
		bad("retry_min", "must be > 0")
	}
	if c.RetryMax < c.RetryMin {
		bad("retry_max", "%s is below retry_min %s", c.RetryMax, c.RetryMin)
	}
	if c.RequestTimeout <= 0 {
		bad("request_timeout", "must be > 0")
	}
	if c.Resume != (Ref{}) && c.Resume.Number < c.StartBlock {
		bad("start_block", "%d is above the resume point %d", c.StartBlock, c.Resume.Number)
	}
	return errors.Join(errs...)
}
