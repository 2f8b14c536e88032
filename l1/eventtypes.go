package l1

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// The decoded contract events the Watcher delivers (Event.Data), so that
// the layers above (consensus's L1 view, the node) never see the generated
// bindings: each mirrors its Solidity event (docs/contracts.md).

// DepositQueued is Rollup.DepositQueued: a deposit entered the queue,
// crediting L2 account Account (the index the Rollup assigned).
type DepositQueued struct {
	Index      uint64
	Depositor  common.Address
	PubKey     [32]byte
	AmountGwei uint64
	Account    uint32
}

// ForcedExitQueued is Rollup.ForcedExitQueued: a forced-exit request entered
// its queue (docs/protocol.md section 12).
type ForcedExitQueued struct {
	Index     uint64
	Account   uint32
	Recipient common.Address
}

// BatchCommitted is Rollup.BatchCommitted.
type BatchCommitted struct {
	BatchIndex  uint64
	HeaderHash  common.Hash
	NewRoot     common.Hash
	SignedStake *big.Int
	TotalStake  *big.Int
	// Record is what the commit fixed besides the header (signers hash,
	// withdrawal root and count, forced-exit end, fees); the Rollup stores
	// only contracts.BatchCommitment(HeaderHash, Record).
	Record bindings.BatchRecord
}

// BatchFinalized is Rollup.BatchFinalized.
type BatchFinalized struct {
	BatchIndex uint64
	NewRoot    common.Hash
}

// BatchesReverted is Rollup.BatchesReverted: batches FromIndex..ToIndex
// were dropped.
type BatchesReverted struct {
	FromIndex, ToIndex uint64
}

// LaunchPinned is Rollup.LaunchPinned: the first commit fixed the L2
// launch the Rollup hosts (batch.LaunchID).
type LaunchPinned struct {
	LaunchID common.Hash
}

// OperatorRegistered is StakingRegistry.OperatorRegistered.
type OperatorRegistered struct {
	Owner          common.Address
	Signer         common.Address
	Kind           uint8
	AgentID        *big.Int
	PublicKey      []byte // 64-byte uncompressed secp256k1 key, without the 0x04 prefix
	Stake          *big.Int
	EffectiveEpoch uint64
}

// StakeChanged is StakingRegistry.StakeChanged.
type StakeChanged struct {
	Owner          common.Address
	Signer         common.Address
	Bonded         *big.Int
	EffectiveEpoch uint64
}

// UnbondRequested is StakingRegistry.UnbondRequested.
type UnbondRequested struct {
	Owner        common.Address
	Amount       *big.Int
	Unbonding    *big.Int
	UnbondingEnd uint64
}

// Slashed is StakingRegistry.Slashed.
type Slashed struct {
	Owner    common.Address
	Signer   common.Address
	Amount   *big.Int
	Reporter common.Address
	Reward   *big.Int
}

// fromBinding converts a generated event to the Watcher's type (nil for
// an unknown one).
func fromBinding(v any) any {
	switch e := v.(type) {
	case *bindings.RollupDepositQueued:
		return &DepositQueued{Index: e.Index, Depositor: e.Depositor, PubKey: e.PubKey, AmountGwei: e.AmountGwei, Account: e.Account}
	case *bindings.RollupForcedExitQueued:
		return &ForcedExitQueued{Index: e.Index, Account: e.Account, Recipient: e.Recipient}
	case *bindings.RollupBatchCommitted:
		return &BatchCommitted{BatchIndex: e.BatchIndex, HeaderHash: e.HeaderHash, NewRoot: e.NewRoot, SignedStake: e.SignedStake, TotalStake: e.TotalStake, Record: e.Record}
	case *bindings.RollupBatchFinalized:
		return &BatchFinalized{BatchIndex: e.BatchIndex, NewRoot: e.NewRoot}
	case *bindings.RollupBatchesReverted:
		return &BatchesReverted{FromIndex: e.FromIndex, ToIndex: e.ToIndex}
	case *bindings.RollupLaunchPinned:
		return &LaunchPinned{LaunchID: e.LaunchId}
	case *bindings.StakingRegistryOperatorRegistered:
		return &OperatorRegistered{Owner: e.Owner, Signer: e.Signer, Kind: e.Kind, AgentID: e.AgentId, PublicKey: e.PublicKey, Stake: e.Stake, EffectiveEpoch: e.EffectiveEpoch}
	case *bindings.StakingRegistryStakeChanged:
		return &StakeChanged{Owner: e.Owner, Signer: e.Signer, Bonded: e.Bonded, EffectiveEpoch: e.EffectiveEpoch}
	case *bindings.StakingRegistryUnbondRequested:
		return &UnbondRequested{Owner: e.Owner, Amount: e.Amount, Unbonding: e.Unbonding, UnbondingEnd: e.UnbondingEnd}
	case *bindings.StakingRegistrySlashed:
		return &Slashed{Owner: e.Owner, Signer: e.Signer, Amount: e.Amount, Reporter: e.Reporter, Reward: e.Reward}
	}
	return nil
}
