package l1

import (
	"bytes"
	"context"
	"testing"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// FinalizedBatches reads exactly the finalized batches' headers and public
// data from L1: a batch committed twice (the first commit reverted after
// its proof window) is read from the commit the Rollup kept, and a batch
// committed but not finalized is not read.
func TestFinalizedBatchesFromCalldata(t *testing.T) {
	e := te.New(t, 8, nil)
	defer e.Close()
	var ops []*te.Operator
	for i := 1; i <= 3; i++ {
		ops = append(ops, e.AddOperator(e.Users[i], te.Ether(1)))
	}
	e.NextEpoch()
	pd0 := append(te.TransferRecord(1, 2, 10, 1), te.TransferRecord(2, 1, 3, 0)...)
	h0 := e.NextHeader(te.Root(1), 0, pd0)
	e.CommitAndProve(e.Users[5], h0, pd0, ops...)

	// Batch 1, committed and then reverted (never proven)...
	stale := te.TransferRecord(1, 2, 999, 0)
	h1stale := e.NextHeader(te.Root(2), 0, stale)
	e.Must(e.Users[5], e.Rollup, nil, e.CommitArgs(h1stale, stale, ops...))
	e.Advance(e.Cfg.ProofWindow + 1)
	e.Must(e.Users[5], e.Rollup, nil, e.RollupABI.PackRevertBatches())
	// ... and committed again with other data, and finalized.
	pd1 := te.WithdrawRecord(2, e.Users[6].Addr, 7, 1)
	h1 := e.NextHeader(te.Root(3), 0, pd1)
	e.CommitAndProve(e.Users[5], h1, pd1, ops...)
	// Batches 2-4 in one commitBatches transaction (ADR 026); 2 and 3
	// finalized, 4 not.
	pd2, pd3, pd4 := te.TransferRecord(1, 2, 5, 0), te.TransferRecord(2, 1, 6, 1), te.TransferRecord(1, 2, 8, 0)
	h2 := e.NextHeader(te.Root(4), 0, pd2)
	h3 := e.HeaderAfter(h2, te.Root(5), 0, pd3)
	h4 := e.HeaderAfter(h3, te.Root(6), 0, pd4)
	e.Must(e.Users[5], e.Rollup, nil, e.CommitBatchesArgs([]bindings.BatchHeader{h2, h3, h4}, [][]byte{pd2, pd3, pd4}, ops...))
	e.Must(e.Users[5], e.Rollup, nil, e.ProveBatchesArgs([]bindings.BatchHeader{h2, h3}))

	got, err := FinalizedBatches(context.Background(), e.Client, e.D.Rollup, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		h  bindings.BatchHeader
		pd []byte
	}{{h0, pd0}, {h1, pd1}, {h2, pd2}, {h3, pd3}}
	if len(got) != len(want) {
		t.Fatalf("%d batches read, want %d (the finalized ones)", len(got), len(want))
	}
	for i, w := range want {
		if got[i].Header != batch.Header(w.h) || !bytes.Equal(got[i].PubData, w.pd) {
			t.Fatalf("batch %d: read %+v %x, want %+v %x", i, got[i].Header, got[i].PubData, w.h, w.pd)
		}
	}
}
