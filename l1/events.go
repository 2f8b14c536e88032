package l1

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// Ref is an L1 block reference: number and hash.
type Ref struct {
	Number uint64
	Hash   common.Hash
}

func (r Ref) String() string { return fmt.Sprintf("%d/%s", r.Number, r.Hash.TerminalString()) }

// Update is what the watcher hands its Handler: a *Block, a Reorg or a
// Processed.
type Update interface{ isUpdate() }

// Block holds the watched events of one L1 block, in log order.
type Block struct {
	Ref    Ref
	Events []Event
}

// Reorg says the L1 chain replaced every block from FromBlock on: the
// handler must drop what it took from deliveries of those blocks. The
// replacement blocks' events follow.
type Reorg struct {
	FromBlock uint64
}

// Processed says every block up to and including Ref has been delivered:
// the resume point to persist (Config.Resume).
type Processed struct {
	Ref Ref
}

func (*Block) isUpdate()    {}
func (Reorg) isUpdate()     {}
func (Processed) isUpdate() {}

// Event is one decoded contract event. Data is exactly one of
//
//	*DepositQueued, *ForcedExitQueued, *BatchCommitted, *BatchFinalized,
//	*BatchesReverted, *LaunchPinned (the Rollup's);
//	*OperatorRegistered, *StakeChanged, *UnbondRequested, *Slashed (the
//	StakingRegistry's).
type Event struct {
	Block    Ref
	TxHash   common.Hash
	LogIndex uint
	Data     any
}

// Name is the Solidity event name.
func (e Event) Name() string {
	switch e.Data.(type) {
	case *DepositQueued:
		return "DepositQueued"
	case *ForcedExitQueued:
		return "ForcedExitQueued"
	case *BatchCommitted:
		return "BatchCommitted"
	case *BatchFinalized:
		return "BatchFinalized"
	case *BatchesReverted:
		return "BatchesReverted"
	case *LaunchPinned:
		return "LaunchPinned"
	case *OperatorRegistered:
		return "OperatorRegistered"
	case *StakeChanged:
		return "StakeChanged"
	case *UnbondRequested:
		return "UnbondRequested"
	case *Slashed:
		return "Slashed"
	}
	return ""
}

// decoder maps the watched events' topic IDs to their decoders.
type decoder struct {
	rollup, staking common.Address
	topics          []common.Hash
	byTopic         map[common.Hash]func(*types.Log) (any, error)
}

func newDecoder(rollup, staking common.Address) *decoder {
	r, s := bindings.NewRollup(), bindings.NewStakingRegistry()
	rabi, sabi := bindings.RollupMetaData.ParseABI, bindings.StakingRegistryMetaData.ParseABI
	ra, err := rabi()
	if err != nil {
		panic(fmt.Sprintf("l1: Rollup ABI: %v", err)) // generated code is broken
	}
	sa, err := sabi()
	if err != nil {
		panic(fmt.Sprintf("l1: StakingRegistry ABI: %v", err))
	}
	d := &decoder{rollup: rollup, staking: staking, byTopic: map[common.Hash]func(*types.Log) (any, error){}}
	add := func(id common.Hash, f func(*types.Log) (any, error)) {
		d.topics = append(d.topics, id)
		d.byTopic[id] = f
	}
	wrap := func(f func(*types.Log) (any, error), addr common.Address) func(*types.Log) (any, error) {
		return func(l *types.Log) (any, error) {
			if l.Address != addr {
				return nil, nil
			}
			return f(l)
		}
	}
	add(ra.Events["DepositQueued"].ID, wrap(func(l *types.Log) (any, error) { return r.UnpackDepositQueuedEvent(l) }, rollup))
	add(ra.Events["ForcedExitQueued"].ID, wrap(func(l *types.Log) (any, error) { return r.UnpackForcedExitQueuedEvent(l) }, rollup))
	add(ra.Events["BatchCommitted"].ID, wrap(func(l *types.Log) (any, error) { return r.UnpackBatchCommittedEvent(l) }, rollup))
	add(ra.Events["BatchFinalized"].ID, wrap(func(l *types.Log) (any, error) { return r.UnpackBatchFinalizedEvent(l) }, rollup))
	add(ra.Events["BatchesReverted"].ID, wrap(func(l *types.Log) (any, error) { return r.UnpackBatchesRevertedEvent(l) }, rollup))
	add(ra.Events["LaunchPinned"].ID, wrap(func(l *types.Log) (any, error) { return r.UnpackLaunchPinnedEvent(l) }, rollup))
	add(sa.Events["OperatorRegistered"].ID, wrap(func(l *types.Log) (any, error) { return s.UnpackOperatorRegisteredEvent(l) }, staking))
	add(sa.Events["StakeChanged"].ID, wrap(func(l *types.Log) (any, error) { return s.UnpackStakeChangedEvent(l) }, staking))
	add(sa.Events["UnbondRequested"].ID, wrap(func(l *types.Log) (any, error) { return s.UnpackUnbondRequestedEvent(l) }, staking))
	add(sa.Events["Slashed"].ID, wrap(func(l *types.Log) (any, error) { return s.UnpackSlashedEvent(l) }, staking))
	return d
}

// decode returns the typed event of a log, nil for a log that is not
// watched (another contract's event with the same signature).
func (d *decoder) decode(l *types.Log) (any, error) {
	if len(l.Topics) == 0 {
		return nil, nil
	}
	f, ok := d.byTopic[l.Topics[0]]
	if !ok {
		return nil, nil
	}
	v, err := f(l)
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, nil
	}
	return fromBinding(v), nil
}
