package consensus

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/l1"
)

// Deposit is one entry of the Rollup's deposit queue as the L1 view saw it.
type Deposit struct {
	Index      uint64
	PubKey     [32]byte
	AmountGwei uint64
	Account    uint32 // the L2 account index the Rollup assigned (docs/protocol.md section 5)
	Block      uint64 // L1 block of the DepositQueued event
}

// ForcedExit is one entry of the Rollup's forced-exit queue as the L1 view
// saw it (docs/protocol.md section 12).
type ForcedExit struct {
	Index     uint64
	Account   uint32
	Recipient common.Address
	Block     uint64 // L1 block of the ForcedExitQueued event
}

// Slash is a StakingRegistry.Slashed event as the L1 view saw it: who was
// slashed, by how much, and who reported it.
type Slash struct {
	Block    uint64         `json:"l1_block"`
	TxHash   common.Hash    `json:"tx_hash"`
	Owner    common.Address `json:"owner"`
	Signer   common.Address `json:"signer"`
	Amount   *hexutil.Big   `json:"amount_wei"`
	Reporter common.Address `json:"reporter"`
	Reward   *hexutil.Big   `json:"reward_wei"`
}

// maxSlashesKept bounds the recent slashes the view remembers.
const maxSlashesKept = 32

// maxBatchesKept bounds the batches whose L1 commit and finalization the
// view remembers (BatchesOnL1): the most recent indexes.
const maxBatchesKept = 32

// BatchOnL1 is what the view saw of a batch on L1: the transaction and
// block of its BatchCommitted and, once proven, BatchFinalized events, and
// when this node processed each (its clock, a rescan at start-up sees
// old events late).
type BatchOnL1 struct {
	Index         uint64      `json:"index"`
	CommitTx      common.Hash `json:"commit_tx"`
	CommitBlock   uint64      `json:"commit_block"`
	CommitSeen    time.Time   `json:"commit_seen"`
	FinalizeTx    common.Hash `json:"finalize_tx"`    // zero: not finalized
	FinalizeBlock uint64      `json:"finalize_block"` // 0: not finalized
	FinalizeSeen  time.Time   `json:"finalize_seen"`
}

// maxBatchCursors bounds the Rollup batch-count changes the view keeps:
// references are recent, so only the last few matter.
const maxBatchCursors = 4096

// batchCursor: after L1 block block, the Rollup's nextBatchIndex is next.
type batchCursor struct {
	block, next uint64
}

type stakeEvent struct {
	block  uint64
	change StakeChange
}

// L1View is this node's picture of the watched L1 contracts, built from the
// l1.Watcher's deliveries (Handle): the deposit queue and the stake changes
// of every processed block, and how far processing got. Proposers take their
// L1 reference and its records from it; validators compare proposals
// against it. It is in memory: a restarted node rebuilds it by rescanning
// from the contracts' deployment block.
type L1View struct {
	mu        sync.Mutex
	processed l1.Ref
	deposits  map[uint64]Deposit
	forced    map[uint64]ForcedExit
	stake     []stakeEvent // in L1 log order
	keys      map[common.Address][]byte
	slashes   []Slash // the most recent, oldest first
	onSlash   func(Slash)
	launch    common.Hash // this chain's launch (zero: not checked)
	// batches is the Rollup's nextBatchIndex after each BatchCommitted and
	// BatchesReverted event, in L1 order (at most maxBatchCursors;
	// batchBase is the last one dropped).
	batches   []batchCursor
	batchBase batchCursor
	onL1      map[uint64]*BatchOnL1 // at most maxBatchesKept, the highest indexes
	now       func() time.Time
	changed   chan struct{} // closed and replaced on every Processed
}

// OnSlash sets a function told of every Slashed event the view takes (the
// node logs it and counts it); call it before the watcher starts.
func (v *L1View) OnSlash(f func(Slash)) { v.onSlash = f }

// ErrForeignLaunch: the Rollup's first commit pinned another L2 launch
// than this chain's (docs/protocol.md section 9.7): nothing this chain
// certifies can ever be committed there.
var ErrForeignLaunch = errors.New("the Rollup hosts another L2 launch; a new L2 genesis needs a new Rollup deployment")

// expectLaunch makes Handle fail on a LaunchPinned event of another launch
// than id; call it before the watcher starts (NewRollupChain does).
func (v *L1View) expectLaunch(id common.Hash) { v.launch = id }

func (v *L1View) addBatchCursor(c batchCursor) {
	v.batches = append(v.batches, c)
	if len(v.batches) > maxBatchCursors {
		v.batchBase = v.batches[0]
		v.batches = v.batches[1:]
	}
}

// RollupNextBatch is the Rollup's nextBatchIndex after the L1 blocks up to
// block n, from the BatchCommitted and BatchesReverted events the view
// processed (0 before the first commit).
func (v *L1View) RollupNextBatch(n uint64) uint64 {
	v.mu.Lock()
	defer v.mu.Unlock()
	next := v.batchBase.next
	for _, c := range v.batches {
		if c.block > n {
			break
		}
		next = c.next
	}
	return next
}

// pruneOnL1 keeps the maxBatchesKept highest indexes of onL1.
func (v *L1View) pruneOnL1() {
	for len(v.onL1) > maxBatchesKept {
		low := uint64(math.MaxUint64)
		for i := range v.onL1 {
			low = min(low, i)
		}
		delete(v.onL1, low)
	}
}

// BatchOnL1 returns what the view saw of batch index on L1, if it is
// among the last 32 committed.
func (v *L1View) BatchOnL1(index uint64) (BatchOnL1, bool) {
	v.mu.Lock()
	defer v.mu.Unlock()
	b, ok := v.onL1[index]
	if !ok {
		return BatchOnL1{}, false
	}
	return *b, true
}

// BatchesOnL1 returns the last 32 batches committed on L1 as the view saw
// them, by index.
func (v *L1View) BatchesOnL1() []BatchOnL1 {
	v.mu.Lock()
	defer v.mu.Unlock()
	out := make([]BatchOnL1, 0, len(v.onL1))
	for _, b := range v.onL1 {
		out = append(out, *b)
	}
	slices.SortFunc(out, func(a, b BatchOnL1) int { return cmp.Compare(a.Index, b.Index) })
	return out
}

// Slashes returns the most recent slashes (at most 32), oldest first.
func (v *L1View) Slashes() []Slash {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]Slash(nil), v.slashes...)
}

// NewL1View returns an empty view that knows the genesis operators' keys.
func NewL1View(p *L1Params) *L1View {
	v := &L1View{deposits: map[uint64]Deposit{}, forced: map[uint64]ForcedExit{}, keys: map[common.Address][]byte{}, changed: make(chan struct{}),
		onL1: map[uint64]*BatchOnL1{}, now: time.Now}
	if p != nil {
		for _, op := range p.Operators {
			v.keys[SignerOf(op.PubKey)] = op.PubKey
		}
	}
	return v
}

// Handle is the l1.Watcher handler.
func (v *L1View) Handle(_ context.Context, u l1.Update) error {
	v.mu.Lock()
	defer v.mu.Unlock()
	switch u := u.(type) {
	case *l1.Block:
		for _, ev := range u.Events {
			switch e := ev.Data.(type) {
			case *l1.DepositQueued:
				v.deposits[e.Index] = Deposit{Index: e.Index, PubKey: e.PubKey, AmountGwei: e.AmountGwei, Account: e.Account, Block: u.Ref.Number}
			case *l1.BatchCommitted:
				v.addBatchCursor(batchCursor{u.Ref.Number, e.BatchIndex + 1})
				v.onL1[e.BatchIndex] = &BatchOnL1{Index: e.BatchIndex, CommitTx: ev.TxHash, CommitBlock: u.Ref.Number, CommitSeen: v.now()}
				v.pruneOnL1()
			case *l1.BatchFinalized:
				if b := v.onL1[e.BatchIndex]; b != nil {
					b.FinalizeTx, b.FinalizeBlock, b.FinalizeSeen = ev.TxHash, u.Ref.Number, v.now()
				}
			case *l1.BatchesReverted:
				v.addBatchCursor(batchCursor{u.Ref.Number, e.FromIndex})
				for i := range v.onL1 {
					if i >= e.FromIndex && i <= e.ToIndex {
						delete(v.onL1, i)
					}
				}
			case *l1.LaunchPinned:
				if v.launch != (common.Hash{}) && e.LaunchID != v.launch {
					return fmt.Errorf("%w: L1 block %d pinned launch %s, this chain is launch %s", ErrForeignLaunch, u.Ref.Number, e.LaunchID, v.launch)
				}
			case *l1.ForcedExitQueued:
				v.forced[e.Index] = ForcedExit{Index: e.Index, Account: e.Account, Recipient: e.Recipient, Block: u.Ref.Number}
			case *l1.OperatorRegistered:
				if len(e.PublicKey) != 64 {
					continue
				}
				v.keys[e.Signer] = append([]byte{}, e.PublicKey...)
				v.stake = append(v.stake, stakeEvent{u.Ref.Number, StakeChange{Signer: e.Signer, PubKey: v.keys[e.Signer], Bonded: e.Stake, Epoch: e.EffectiveEpoch}})
			case *l1.StakeChanged:
				key, ok := v.keys[e.Signer]
				if !ok {
					continue // registered before the scanned range and not at genesis: cannot happen with a correct start block
				}
				v.stake = append(v.stake, stakeEvent{u.Ref.Number, StakeChange{Signer: e.Signer, PubKey: key, Bonded: e.Bonded, Epoch: e.EffectiveEpoch}})
			case *l1.Slashed:
				s := Slash{Block: u.Ref.Number, TxHash: ev.TxHash, Owner: e.Owner, Signer: e.Signer,
					Amount: (*hexutil.Big)(e.Amount), Reporter: e.Reporter, Reward: (*hexutil.Big)(e.Reward)}
				v.slashes = append(v.slashes, s)
				if len(v.slashes) > maxSlashesKept {
					v.slashes = v.slashes[len(v.slashes)-maxSlashesKept:]
				}
				if v.onSlash != nil {
					v.onSlash(s)
				}
			}
		}
	case l1.Reorg:
		for i, d := range v.deposits {
			if d.Block >= u.FromBlock {
				delete(v.deposits, i)
			}
		}
		for i, f := range v.forced {
			if f.Block >= u.FromBlock {
				delete(v.forced, i)
			}
		}
		keep := v.stake[:0]
		for _, s := range v.stake {
			if s.block < u.FromBlock {
				keep = append(keep, s)
			}
		}
		v.stake = keep
		slashes := v.slashes[:0]
		for _, s := range v.slashes {
			if s.Block < u.FromBlock {
				slashes = append(slashes, s)
			}
		}
		v.slashes = slashes
		cursors := v.batches[:0]
		for _, c := range v.batches {
			if c.block < u.FromBlock {
				cursors = append(cursors, c)
			}
		}
		v.batches = cursors
		for i, b := range v.onL1 {
			switch {
			case b.CommitBlock >= u.FromBlock:
				delete(v.onL1, i)
			case b.FinalizeBlock >= u.FromBlock:
				b.FinalizeTx, b.FinalizeBlock, b.FinalizeSeen = common.Hash{}, 0, time.Time{}
			}
		}
		if v.processed.Number >= u.FromBlock {
			v.processed = l1.Ref{Number: u.FromBlock - 1}
		}
	case l1.Processed:
		v.processed = u.Ref
		close(v.changed)
		v.changed = make(chan struct{})
	}
	return nil
}

// Processed returns the last L1 block whose events are all in the view.
func (v *L1View) Processed() l1.Ref {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.processed
}

// WaitProcessed waits until the view has processed block n, or ctx ends.
func (v *L1View) WaitProcessed(ctx context.Context, n uint64) bool {
	for {
		v.mu.Lock()
		done, ch := v.processed.Number >= n, v.changed
		v.mu.Unlock()
		if done {
			return true
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return false
		}
	}
}

// Deposits returns the queued deposits from index from on, in queue order,
// whose events are in L1 blocks up to upTo, at most max of them. The list
// stops at the first gap.
func (v *L1View) Deposits(from, upTo uint64, max int) []Deposit {
	v.mu.Lock()
	defer v.mu.Unlock()
	return due(v.deposits, from, upTo, max, func(d Deposit) uint64 { return d.Block })
}

// ForcedExits is Deposits for the forced-exit queue.
func (v *L1View) ForcedExits(from, upTo uint64, max int) []ForcedExit {
	v.mu.Lock()
	defer v.mu.Unlock()
	return due(v.forced, from, upTo, max, func(f ForcedExit) uint64 { return f.Block })
}

// StakeChanges returns the stake changes of L1 blocks after..upTo
// (after excluded), in L1 log order.
func (v *L1View) StakeChanges(after, upTo uint64) []StakeChange {
	v.mu.Lock()
	defer v.mu.Unlock()
	var out []StakeChange
	for _, s := range v.stake {
		if s.block > after && s.block <= upTo {
			out = append(out, s.change)
		}
	}
	return out
}

// PendingDeposits is the number of deposits in the view from index from on.
func (v *L1View) PendingDeposits(from uint64) int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return pending(v.deposits, from)
}

// PendingForcedExits is the number of forced exits in the view from index
// from on.
func (v *L1View) PendingForcedExits(from uint64) int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return pending(v.forced, from)
}

// due returns a queue's entries from index from on, in order, whose events
// are in blocks up to upTo, at most max, stopping at the first gap.
func due[T any](queue map[uint64]T, from, upTo uint64, max int, block func(T) uint64) []T {
	var out []T
	for i := from; len(out) < max; i++ {
		e, ok := queue[i]
		if !ok || block(e) > upTo {
			break
		}
		out = append(out, e)
	}
	return out
}

// pending counts a queue's entries from index from on.
func pending[T any](queue map[uint64]T, from uint64) int {
	n := 0
	for i := range queue {
		if i >= from {
			n++
		}
	}
	return n
}
