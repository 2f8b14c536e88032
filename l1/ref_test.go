package l1

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

func TestVerifyRef(t *testing.T) {
	c := newChain(t, 1)
	for range 5 {
		c.sim.Commit()
	}
	h := c.head()
	old := c.ref(h - 1) // reorged away below
	for _, tc := range []struct {
		name  string
		ref   Ref
		depth uint64
		want  error
	}{
		{"deep enough", c.ref(h - 3), 3, nil},
		{"deeper than asked", c.ref(h - 3), 1, nil},
		{"head at depth 0", c.ref(h), 0, nil},
		{"too recent", c.ref(h - 3), 4, ErrTooRecent},
		{"head at depth 1", c.ref(h), 1, ErrTooRecent},
		{"unknown hash", Ref{h - 1, common.HexToHash("0x1234")}, 0, ErrUnknownRef},
		{"beyond the head", Ref{h + 5, common.HexToHash("0x1234")}, 0, ErrUnknownRef},
		{"hash of another height", Ref{h - 2, c.ref(h - 1).Hash}, 0, ErrUnknownRef},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := VerifyRef(c.ctx, c.client, tc.ref, tc.depth)
			if !errors.Is(err, tc.want) || (tc.want == nil) != (err == nil) {
				t.Fatalf("VerifyRef(%v, %d) = %v, want %v", tc.ref, tc.depth, err, tc.want)
			}
		})
	}

	// Replace the last two blocks: the old block h-1 is known but not
	// canonical, however deep the new chain gets.
	if err := c.sim.Fork(c.ref(h - 2).Hash); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		c.sim.Commit()
	}
	if c.ref(h-1) == old {
		t.Fatal("the fork did not replace the block")
	}
	if _, err := VerifyRef(c.ctx, c.client, old, 0); !errors.Is(err, ErrNotCanonical) {
		t.Fatalf("reorged ref: %v", err)
	}
	if hdr, err := VerifyRef(c.ctx, c.client, c.ref(h-1), 2); err != nil || hdr.Hash() != c.ref(h-1).Hash {
		t.Fatalf("its replacement: %v", err)
	}

	// An L1 client failure is neither verdict.
	fc := &faultyClient{Client: c.client}
	fc.down.Store(true)
	_, err := VerifyRef(c.ctx, fc, c.ref(h-3), 0)
	if err == nil || errors.Is(err, ErrUnknownRef) || errors.Is(err, ErrNotCanonical) || errors.Is(err, ErrTooRecent) ||
		!errors.Is(err, errInjected) {
		t.Fatalf("with the client down: %v", err)
	}
}

func TestConfigValidate(t *testing.T) {
	good := Default()
	good.Rollup = common.HexToAddress("0x01")
	good.StakingRegistry = common.HexToAddress("0x02")
	if err := good.Validate(); err != nil {
		t.Fatalf("default with addresses: %v", err)
	}
	for _, tc := range []struct {
		key string
		mod func(*Config)
	}{
		{"l1.rollup", func(c *Config) { c.Rollup = common.Address{} }},
		{"l1.staking_registry", func(c *Config) { c.StakingRegistry = common.Address{} }},
		{"l1.confirmations", func(c *Config) { c.Confirmations = 5000 }},
		{"l1.poll_interval", func(c *Config) { c.PollInterval = 0 }},
		{"l1.max_range", func(c *Config) { c.MaxRange = 0 }},
		{"l1.reorg_window", func(c *Config) { c.ReorgWindow = 0 }},
		{"l1.retry_min", func(c *Config) { c.RetryMin = 0; c.RetryMax = 0 }},
		{"l1.retry_max", func(c *Config) { c.RetryMax = c.RetryMin - time.Millisecond }},
		{"l1.request_timeout", func(c *Config) { c.RequestTimeout = -1 }},
		{"l1.start_block", func(c *Config) { c.StartBlock = 10; c.Resume = Ref{Number: 5, Hash: common.HexToHash("0x01")} }},
	} {
		t.Run(tc.key, func(t *testing.T) {
			c := good
			tc.mod(&c)
			err := c.Validate()
			if err == nil || !strings.Contains(err.Error(), "config "+tc.key+":") {
				t.Fatalf("Validate() = %v, want an error naming %s", err, tc.key)
			}
			if _, err := NewWatcher(c, nil, nil, nil); err == nil || !strings.Contains(err.Error(), tc.key) {
				t.Fatalf("New() = %v, want an error naming %s", err, tc.key)
			}
		})
	}
	if err := (Config{}).Validate(); err == nil || !strings.Contains(err.Error(), "l1.rollup") ||
		!strings.Contains(err.Error(), "l1.staking_registry") {
		t.Fatalf("zero config: %v", err)
	}
}

// The real client and the simulated one satisfy the interfaces.
var (
	_ Client    = (*ethclient.Client)(nil)
	_ RefClient = (*ethclient.Client)(nil)
	_ Client    = simulated.Client(nil)
)
