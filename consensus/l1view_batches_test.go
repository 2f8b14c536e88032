package consensus

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/l1"
)

// TestL1ViewBatchesOnL1: the view remembers each batch's BatchCommitted
// and BatchFinalized transaction and block, when it saw them, keeps the
// 32 highest indexes, forgets batches a BatchesReverted removed, and on a
// reorg drops the commits and clears the finalizations of replaced blocks.
func TestL1ViewBatchesOnL1(t *testing.T) {
	v := NewL1View(nil)
	clock := time.Unix(1000, 0)
	v.now = func() time.Time { return clock }
	ctx := context.Background()
	block := func(n uint64, evs ...l1.Event) {
		t.Helper()
		if err := v.Handle(ctx, &l1.Block{Ref: l1.Ref{Number: n}, Events: evs}); err != nil {
			t.Fatal(err)
		}
	}
	commit := func(i uint64) l1.Event {
		return l1.Event{TxHash: common.Hash{1, byte(i)}, Data: &l1.BatchCommitted{BatchIndex: i}}
	}
	final := func(i uint64) l1.Event {
		return l1.Event{TxHash: common.Hash{2, byte(i)}, Data: &l1.BatchFinalized{BatchIndex: i}}
	}
	for i := range uint64(40) {
		block(100+i, commit(i))
	}
	clock = clock.Add(7 * time.Second)
	block(150, final(20), final(21))
	block(151, final(99)) // never committed in the view: ignored

	got := v.BatchesOnL1()
	if len(got) != 32 || got[0].Index != 8 || got[31].Index != 39 {
		t.Fatalf("kept %d: first %+v last %+v", len(got), got[0], got[len(got)-1])
	}
	b, ok := v.BatchOnL1(20)
	if !ok || b.CommitTx != (common.Hash{1, 20}) || b.CommitBlock != 120 || !b.CommitSeen.Equal(time.Unix(1000, 0)) ||
		b.FinalizeTx != (common.Hash{2, 20}) || b.FinalizeBlock != 150 || b.FinalizeSeen.Sub(b.CommitSeen) != 7*time.Second {
		t.Fatalf("batch 20: %+v %v", b, ok)
	}
	if b, _ := v.BatchOnL1(22); b.FinalizeBlock != 0 || b.FinalizeTx != (common.Hash{}) {
		t.Fatalf("batch 22 is not finalized: %+v", b)
	}
	if _, ok := v.BatchOnL1(7); ok {
		t.Fatal("batch 7 is below the 32 kept")
	}
	if _, ok := v.BatchOnL1(99); ok {
		t.Fatal("a finalization without a commit in the view made an entry")
	}

	// Batches 36..39 reverted on L1.
	block(152, l1.Event{Data: &l1.BatchesReverted{FromIndex: 36, ToIndex: 39}})
	if got := v.BatchesOnL1(); len(got) != 28 || got[len(got)-1].Index != 35 {
		t.Fatalf("after reverting 36..39: %d kept, last %+v", len(got), got[len(got)-1])
	}
	// A reorg from block 131 drops batches 31..35 (committed there) and
	// the finalizations of block 150; batch 20 stays committed.
	if err := v.Handle(ctx, l1.Reorg{FromBlock: 131}); err != nil {
		t.Fatal(err)
	}
	got = v.BatchesOnL1()
	if len(got) != 23 || got[len(got)-1].Index != 30 {
		t.Fatalf("after a reorg from block 131: %d kept, last %+v", len(got), got[len(got)-1])
	}
	if b, ok := v.BatchOnL1(20); !ok || b.CommitBlock != 120 || b.FinalizeBlock != 0 || !b.FinalizeSeen.IsZero() {
		t.Fatalf("batch 20 after the reorg: %+v %v", b, ok)
	}
}
