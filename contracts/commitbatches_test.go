package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// commitRun is three consecutive batches for commitBatches tests: the
// first consumes two deposits, the second holds transfers and a
// withdrawal, the third transfers only.
type commitRun struct {
	hs  []bindings.BatchHeader
	pds [][]byte
}

func newCommitRun(e *te.Env) commitRun {
	alice := e.Users[5]
	k1, k2 := te.L2Key(1), te.L2Key(2)
	e.Deposit(alice, k1, 5_000)
	e.Deposit(alice, k2, 7_000)
	pds := [][]byte{
		bytes.Join([][]byte{te.DepositRecord(1, k1, 5_000), te.DepositRecord(2, k2, 7_000)}, nil),
		bytes.Join([][]byte{te.TransferRecord(1, 2, 100, 3), te.WithdrawRecord(2, alice.Addr, 1_000, 2), te.TransferRecord(2, 1, 50, 1)}, nil),
		bytes.Join([][]byte{te.TransferRecord(1, 2, 10, 1), te.TransferRecord(2, 1, 20, 1)}, nil),
	}
	hs := make([]bindings.BatchHeader, len(pds))
	hs[0] = e.NextHeader(te.Root(1), 2, pds[0])
	for i := 1; i < len(hs); i++ {
		hs[i] = e.HeaderAfter(hs[i-1], te.Root(uint64(i+1)), 2, pds[i])
	}
	return commitRun{hs, pds}
}

// rollupState is what a commit leaves on L1: the batch chain's cursor and
// every batch record but its commit time.
type rollupState struct {
	next, nextDeposit uint64
	lastRoot          [32]byte
	batches           [][32]byte // commitments
}

func readRollupState(e *te.Env, n int) rollupState {
	s := rollupState{
		next:        te.Call(e, e.Rollup, e.RollupABI.PackNextBatchIndex(), e.RollupABI.UnpackNextBatchIndex),
		nextDeposit: te.Call(e, e.Rollup, e.RollupABI.PackNextDepositIndex(), e.RollupABI.UnpackNextDepositIndex),
		lastRoot:    te.Call(e, e.Rollup, e.RollupABI.PackLastCommittedRoot(), e.RollupABI.UnpackLastCommittedRoot),
	}
	for i := 0; i < n; i++ {
		s.batches = append(s.batches, te.Call(e, e.Rollup, e.RollupABI.PackCommitments(big.NewInt(int64(i))), e.RollupABI.UnpackCommitments))
	}
	return s
}

// TestCommitBatches: commitBatches commits a run of certified batches in
// one transaction, all or nothing, leaving exactly what the same batches
// committed one per transaction leave (ADR 026); the run then finalizes
// and its withdrawal pays out.
func TestCommitBatches(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	q := []*te.Operator{ops[0], ops[1], ops[3]}
	run := newCommitRun(e)
	hs, pds := run.hs, run.pds
	certs := func(hs []bindings.BatchHeader, signers ...[]*te.Operator) [][]byte {
		out := make([][]byte, len(hs))
		for i, h := range hs {
			s := q
			if i < len(signers) && signers[i] != nil {
				s = signers[i]
			}
			out[i] = contracts.Certificate(e.Sign(h, s...))
		}
		return out
	}
	commit := func(hs []bindings.BatchHeader, pds, certs [][]byte, launch [32]byte) error {
		_, err := e.Send(e.Users[6], e.Rollup, nil, e.RollupABI.PackCommitBatches(hs, pds, certs, launch))
		return err
	}
	next := func() uint64 {
		return te.Call(e, e.Rollup, e.RollupABI.PackNextBatchIndex(), e.RollupABI.UnpackNextBatchIndex)
	}

	// Shape.
	e.Reverts(commit(nil, nil, nil, e.Launch), "BadCommitBatch")
	e.Reverts(commit(hs, pds[:2], certs(hs), e.Launch), "BadCommitBatch")
	e.Reverts(commit(hs, pds, certs(hs[:2]), e.Launch), "BadCommitBatch")
	// Any batch failing any commitBatch check reverts the whole run: out
	// of order, not chained, data not the header's, a certificate short of
	// 2/3 (ops 0 and 1: 2 of 5 ETH) or of another header, another launch.
	e.Reverts(commit(hs[1:], pds[1:], certs(hs[1:]), e.Launch), "BatchOutOfOrder")
	e.Reverts(commit([]bindings.BatchHeader{hs[0], hs[2]}, [][]byte{pds[0], pds[2]}, certs([]bindings.BatchHeader{hs[0], hs[2]}), e.Launch), "BatchOutOfOrder")
	e.Reverts(commit([]bindings.BatchHeader{hs[0], hs[0]}, [][]byte{pds[0], pds[0]}, certs([]bindings.BatchHeader{hs[0], hs[0]}), e.Launch), "BatchOutOfOrder")
	h1x := e.HeaderAfter(hs[0], te.Root(2), 2, pds[1])
	h1x.PrevRoot = te.Root(77)
	bad := []bindings.BatchHeader{hs[0], h1x, hs[2]}
	e.Reverts(commit(bad, pds, certs(bad), e.Launch), "WrongPrevRoot")
	e.Reverts(commit(hs, [][]byte{pds[0], pds[2], pds[1]}, certs(hs), e.Launch), "DataCommitmentMismatch")
	e.Reverts(commit(hs, pds, certs(hs, nil, nil, []*te.Operator{ops[0], ops[1]}), e.Launch), "NoQuorum")
	swapped := certs(hs)
	swapped[1], swapped[2] = swapped[2], swapped[1]
	if err := commit(hs, pds, swapped, e.Launch); err == nil {
		t.Fatal("commitBatches accepted certificates of other headers")
	}
	e.Reverts(commit(hs, pds, certs(hs), [32]byte{}), "WrongLaunch")
	if n := next(); n != 0 {
		t.Fatalf("nextBatchIndex %d after refused runs", n)
	}

	// The run: three batches in one transaction.
	r := e.Must(e.Users[6], e.Rollup, nil, e.CommitBatchesArgs(hs, pds, q...))
	got := readRollupState(e, len(hs))
	ss, st := certOrder(q)
	for i, h := range hs {
		if c := e.Committed(uint64(i)); c.HeaderHash != contracts.HeaderHash(h) || c.Raw.TxHash != r.TxHash {
			t.Fatalf("batch %d: BatchCommitted %+v, want header %s in tx %s", i, c, contracts.HeaderHash(h), r.TxHash)
		}
		if c := e.Committed(uint64(i)); c.Record.SignersHash != contracts.SignersHash(ss, st) ||
			got.batches[i] != contracts.BatchCommitment(contracts.HeaderHash(h), c.Record) {
			t.Fatalf("batch %d: stored commitment %x, record %+v", i, got.batches[i], c.Record)
		}
	}
	if got.next != 3 || got.nextDeposit != 2 || got.lastRoot != hs[2].NewRoot {
		t.Fatalf("after the run: next %d, next deposit %d, last root %x", got.next, got.nextDeposit, got.lastRoot)
	}

	// The same batches one per transaction, on a fresh chain: the same state.
	e2, ops2 := quorumEnv(t, nil)
	run2 := newCommitRun(e2)
	for i := range run2.hs {
		e2.Must(e2.Users[6], e2.Rollup, nil, e2.CommitArgs(run2.hs[i], run2.pds[i], ops2[0], ops2[1], ops2[3]))
	}
	want := readRollupState(e2, len(hs))
	for i := range want.batches {
		if got.batches[i] != want.batches[i] {
			t.Fatalf("batch %d: commitBatches stored %+v, commitBatch %+v", i, got.batches[i], want.batches[i])
		}
	}
	if got.next != want.next || got.nextDeposit != want.nextDeposit || got.lastRoot != want.lastRoot {
		t.Fatalf("cursor: commitBatches %+v, commitBatch %+v", got, want)
	}

	// The chain goes on with commitBatch, and the run finalizes.
	h3 := e.NextHeader(te.Root(4), 2, nil)
	e.Reverts(commit(hs, pds, certs(hs), e.Launch), "BatchOutOfOrder")
	e.Reverts(commit([]bindings.BatchHeader{h3}, [][]byte{nil}, certs([]bindings.BatchHeader{h3}), [32]byte{9}), "WrongLaunch") // pinned now
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h3, nil, q...))
	e.Must(e.Users[7], e.Rollup, nil, e.ProveBatchesArgs(append(hs, h3)))
	alice := e.Users[5]
	root, proof := contracts.WithdrawalProof(1, []contracts.Withdrawal{{To: alice.Addr, AmountGwei: 1_000}}, 0)
	if root != e.Committed(1).Record.WithdrawalsRoot {
		t.Fatalf("withdrawals root: Go %x, contract %x", root, e.Committed(1).Record.WithdrawalsRoot)
	}
	before := e.Balance(alice.Addr)
	e.Must(e.Users[7], e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(big.NewInt(1), e.HeaderHashOf(big.NewInt(1)), e.RecordOf(big.NewInt(1)), big.NewInt(0), alice.Addr, 1_000, proof))
	if d := new(big.Int).Sub(e.Balance(alice.Addr), before); d.Cmp(te.Gwei(1_000)) != 0 {
		t.Fatalf("alice received %v wei", d)
	}
}
