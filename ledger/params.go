package ledger

import "fmt"

const (
	// MaxAmount bounds every amount, fee and balance: they are integers in
	// [0, MaxAmount]. 2^63-1 keeps every value a signed 64-bit integer (JSON,
	// Solidity int64/uint64) and lets the circuit range-check any value, and
	// any sum of two values, with a 64-bit decomposition. The unit is gwei
	// (1e-9 ETH), so the bound (about 9.2e9 ETH) is above the ETH supply and a
	// credit can never overflow a balance in practice; execution still checks.
	MaxAmount uint64 = 1<<63 - 1

	// MinDepth and MaxDepth bound the account tree depth (a genesis
	// parameter). The public data carries account indices in 3 bytes
	// (AccountIndexBits), so the tree holds at most 2^24 accounts.
	MinDepth = 2
	MaxDepth = AccountIndexBits
	// DefaultDepth gives 2^24 (16.7 million) accounts.
	DefaultDepth = 24

	// FeeVaultIndex is the reserved account that collects every fee. Its key
	// is the point (0, 0), which is not on the curve, so nobody can sign for
	// it; transfers into it are rejected.
	FeeVaultIndex uint32 = 0
)

// Genesis fixes the parameters and initial state of an L2 chain.
type Genesis struct {
	// ChainID is the L2 chain id, the signature domain of every transaction.
	ChainID uint64 `json:"chain_id"`
	// Depth is the account tree depth: 2^Depth accounts.
	Depth int `json:"depth"`
	// Accounts are funded at indices 1, 2, ... in order (devnets and tests;
	// on a real network accounts come from L1 deposits).
	Accounts []GenesisAccount `json:"accounts,omitempty"`
}

// GenesisAccount is an account funded at genesis.
type GenesisAccount struct {
	PubKey  PublicKey `json:"pub_key"`
	Balance uint64    `json:"balance"`
}

// Validate checks the genesis parameters.
func (g *Genesis) Validate() error {
	if g.ChainID == 0 {
		return fmt.Errorf("genesis: chain_id must be non-zero")
	}
	if g.Depth < MinDepth || g.Depth > MaxDepth {
		return fmt.Errorf("genesis: depth %d out of range [%d, %d]", g.Depth, MinDepth, MaxDepth)
	}
	if uint64(len(g.Accounts))+1 > uint64(1)<<g.Depth {
		return fmt.Errorf("genesis: %d accounts do not fit a tree of depth %d", len(g.Accounts), g.Depth)
	}
	seen := make(map[PublicKey]int, len(g.Accounts))
	for i, a := range g.Accounts {
		if err := a.PubKey.Validate(); err != nil {
			return fmt.Errorf("genesis: account %d: %w", i+1, err)
		}
		if j, ok := seen[a.PubKey]; ok {
			return fmt.Errorf("genesis: account %d repeats the public key of account %d", i+1, j)
		}
		seen[a.PubKey] = i + 1
		if a.Balance > MaxAmount {
			return fmt.Errorf("genesis: account %d: %w: balance %d > %d", i+1, ErrAmountOutOfRange, a.Balance, MaxAmount)
		}
	}
	return nil
}

// Supply is the sum of the genesis balances (gwei), saturating at the
// largest uint64. The L1 Rollup caps the L2 supply at MaxAmount (so that no
// balance can overflow and every deposit can be applied) and refuses to
// deploy for a genesis above it (contracts.Config.Validate).
func (g *Genesis) Supply() uint64 {
	var s uint64
	for _, a := range g.Accounts {
		if s+a.Balance < s {
			return ^uint64(0)
		}
		s += a.Balance
	}
	return s
}

// Keys are the genesis accounts' keys, account 1 first.
func (g *Genesis) Keys() []PublicKey {
	out := make([]PublicKey, len(g.Accounts))
	for i, a := range g.Accounts {
		out[i] = a.PubKey
	}
	return out
}
