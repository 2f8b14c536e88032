package l1

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
)

// TestFindCommit: FindCommit returns the hashes of the commit the Rollup
// holds: not an earlier commit of the index that revertBatches dropped,
// found across several log windows, and ErrNoCommit for a batch never
// committed or a range that misses the commit.
func TestFindCommit(t *testing.T) {
	e := newEnv(t, 3)
	a, b := e.register(e.accounts[0], ether(2)), e.register(e.accounts[1], ether(1))
	e.nextEpoch()
	find := func(idx, from uint64) (*Commit, error) { return FindCommit(e.ctx, e.client, e.d.Rollup, idx, from) }

	if _, err := find(0, 0); !errors.Is(err, ErrNoCommit) {
		t.Fatalf("batch 0 before any commit: %v, want ErrNoCommit", err)
	}
	h := e.header(0)
	e.mustSend(e.accounts[2], e.d.Rollup, nil, e.te.CommitArgs(h, nil, a, b))
	c, err := find(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	signers, stakes := []common.Address{a.Signer, b.Signer}, []*big.Int{ether(2), ether(1)}
	if bytes.Compare(b.Signer[:], a.Signer[:]) < 0 { // certificate order: ascending signers
		signers[0], signers[1], stakes[0], stakes[1] = signers[1], signers[0], stakes[1], stakes[0]
	}
	both := contracts.SignersHash(signers, stakes)
	if c.HeaderHash != contracts.HeaderHash(h) || c.Record.SignersHash != both || c.BatchIndex != 0 {
		t.Fatalf("commit %+v, want header %s, signers %s", c, contracts.HeaderHash(h), both)
	}
	if _, err := find(1, 0); !errors.Is(err, ErrNoCommit) {
		t.Fatalf("batch 1: %v, want ErrNoCommit", err)
	}

	// The batch waits past its proof window, is reverted and committed
	// again with another header, certified by a alone (2 of 3 ETH): the
	// second event is the one the Rollup holds.
	e.te.Advance(e.cfg.ProofWindow + 1)
	e.mustSend(e.accounts[2], e.d.Rollup, nil, e.rollup.PackRevertBatches())
	h2 := h
	h2.NewRoot = root(7)
	first := c.Block
	e.mustSend(e.accounts[2], e.d.Rollup, nil, e.te.CommitArgs(h2, nil, a))
	c, err = find(0, 0)
	if err != nil {
		t.Fatal(err)
	}
	alone := contracts.SignersHash([]common.Address{a.Signer}, []*big.Int{ether(2)})
	if c.HeaderHash != contracts.HeaderHash(h2) || c.Record.SignersHash != alone || c.Block <= first {
		t.Fatalf("after the re-commit: %+v, want header %s, signers %s", c, contracts.HeaderHash(h2), alone)
	}

	// The chain moves on between FindCommit's reads: right after it reads
	// the head, the batch is reverted and committed a third time. Every
	// read is of the head it read, so it returns the commit the Rollup
	// held there (unpinned, it would pair the new stored hash with the
	// old logs and find nothing).
	e.te.Advance(e.cfg.ProofWindow + 1)
	h3 := h
	h3.NewRoot = root(9)
	moving := &movingClient{LogClient: e.client, once: func() {
		e.mustSend(e.accounts[2], e.d.Rollup, nil, e.rollup.PackRevertBatches())
		e.mustSend(e.accounts[2], e.d.Rollup, nil, e.te.CommitArgs(h3, nil, a))
	}}
	got, err := FindCommit(e.ctx, moving, e.d.Rollup, 0, 0)
	if err != nil || *got != *c {
		t.Fatalf("with the chain moving after the head was read: %+v, %v; want %+v", got, err, c)
	}
	if c, err = find(0, 0); err != nil || c.HeaderHash != contracts.HeaderHash(h3) {
		t.Fatalf("after the third commit: %+v, %v; want header %s", c, err, contracts.HeaderHash(h3))
	}

	// Scanned back in windows: many blocks later, with a window of 4.
	defer func(w uint64) { commitScanWindow = w }(commitScanWindow)
	commitScanWindow = 4
	for range 13 {
		e.sim.Commit()
	}
	got, err = find(0, 0)
	if err != nil || *got != *c {
		t.Fatalf("with 4-block windows: %+v, %v; want %+v", got, err, c)
	}
	// A range that starts after the commit misses it.
	if _, err := find(0, c.Block+1); !errors.Is(err, ErrNoCommit) {
		t.Fatalf("from block %d: %v, want ErrNoCommit", c.Block+1, err)
	}
}

// movingClient runs once, the first time the head is read, before
// answering: the chain moves on between a reader's calls.
type movingClient struct {
	LogClient
	once func()
}

func (m *movingClient) BlockNumber(ctx context.Context) (uint64, error) {
	n, err := m.LogClient.BlockNumber(ctx)
	if m.once != nil {
		m.once()
		m.once = nil
	}
	return n, err
}
