package e2e

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// committedBy returns the L1 sender of the transaction that emitted ev's
// log, as "nodeI" when it is an operator's owner.
func (n *Net) committedBy(txHash common.Hash) string {
	n.T.Helper()
	ctx, cancel := l1Ctx()
	defer cancel()
	tx, _, err := n.eth.TransactionByHash(ctx, txHash)
	if err != nil {
		return fmt.Sprintf("? (%v)", err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return fmt.Sprintf("? (%v)", err)
	}
	for _, op := range n.l1.Operators {
		if strings.EqualFold(op.Owner, from.Hex()) {
			return op.Node
		}
	}
	return from.Hex()
}

// commits counts the BatchCommitted events of batch idx and names who
// posted them.
func (n *Net) commits(idx uint64) (int, []string) {
	n.T.Helper()
	var by []string
	for _, ev := range n.batchCommittedEvents() {
		if ev.BatchIndex == idx {
			by = append(by, n.committedBy(ev.Raw.TxHash))
		}
	}
	return len(by), by
}

// waitIdle waits until node i has no open or uncertified batch and L1 has
// committed every closed one, so that the next transaction opens batch
// NextBatch. It returns node i's rollup status.
func (n *Net) waitIdle(i int, within time.Duration) (st statusView) {
	n.T.Helper()
	n.WaitFor("no batch in flight", within, func() (bool, string) {
		rs := n.rollupStatus(i)
		c, err := l1Call(n, n.l1.Deployment.Rollup, rollupABI.PackNextBatchIndex(), rollupABI.UnpackNextBatchIndex)
		st = statusView{rs.NextBatch, rs.Uncertified, rs.OpenChunks, c}
		return err == nil && rs.OpenChunks == 0 && rs.Uncertified == rs.NextBatch && c == rs.NextBatch, fmt.Sprintf("%+v", st)
	})
	return st
}

// statusView is the batch pipeline as seen from one node and L1.
type statusView struct {
	NextBatch, Uncertified uint64
	OpenChunks             int
	L1Committed            uint64
}

// TestPosterKilled kills the designated poster of the next batch: another
// validator commits the batch on L1 after the fallback delay, exactly once,
// and the killed validator catches up after a restart.
func TestPosterKilled(t *testing.T) {
	n := newNet(t, netOptions{})
	n.startAll()
	// A first batch through the whole pipeline.
	b := n.traffic(1, 0, 1)
	n.waitCommitted(b.Index, 2*time.Minute)

	idle := n.waitIdle(1, time.Minute)
	st := n.rollupStatus(1)
	next := idle.NextBatch
	if len(st.ActiveOperators) != validators {
		t.Fatalf("rollup status lists %d operators with power, want %d: %+v", len(st.ActiveOperators), validators, st.ActiveOperators)
	}
	// The poster of batch k is the (k mod active)-th active signer in
	// ascending order; with nothing in flight designated_poster_next is
	// that of the next batch.
	poster := st.ActiveOperators[next%uint64(len(st.ActiveOperators))].Signer
	if common.HexToAddress(st.DesignatedNext) != poster {
		t.Fatalf("designated_poster_next %s, want %s (batch %d of %+v)", st.DesignatedNext, poster, next, st.ActiveOperators)
	}
	victim := n.nodeOfSigner(poster.Hex())
	via := (victim + 1) % validators
	t.Logf("batch %d: designated poster %s is node%d; killing it, traffic through node%d", next, poster, victim, via)
	n.Kill(victim)

	b = n.traffic(via, 2, 3)
	certified := time.Now()
	if b.Index != next {
		t.Fatalf("the transfer landed in batch %d, want %d", b.Index, next)
	}
	if b.Poster != poster {
		t.Fatalf("batch %d designated poster %s, want the killed node%d's %s", b.Index, b.Poster, victim, poster)
	}
	// poster_fallback (10 s on the devnet) plus a stagger of up to 12 s.
	n.waitCommitted(b.Index, 2*time.Minute)
	t.Logf("batch %d committed on L1 %v after its certificate", b.Index, time.Since(certified).Round(time.Millisecond))
	// Give a racing second poster time to land, then count.
	time.Sleep(5 * time.Second)
	count, by := n.commits(b.Index)
	if count != 1 {
		t.Fatalf("batch %d committed %d times on L1 (by %v), want once", b.Index, count, by)
	}
	if by[0] == n.Man.Nodes[victim] {
		t.Fatalf("batch %d committed by the killed node%d", b.Index, victim)
	}
	if got := n.nextBatchIndex(); got != b.Index+1 {
		t.Fatalf("nextBatchIndex %d, want %d", got, b.Index+1)
	}
	t.Logf("batch %d committed once, by %s", b.Index, by[0])

	// The killed validator comes back and catches up, batches included.
	n.Start(victim)
	n.WaitSynced(victim, via, 2*time.Minute)
	if rb, ok := n.batch(victim, b.Index); !ok || !rb.Certified || rb.Header != b.Header {
		t.Fatalf("restarted node%d: batch %d %+v (closed %v), want %+v", victim, b.Index, rb.Header, ok, b.Header)
	}
	// And it serves and orders traffic again.
	b2 := n.traffic(victim, 4, 5)
	n.waitCommitted(b2.Index, 2*time.Minute)
}

// TestL1Outage cuts every validator off L1 (a TCP proxy in front of the L1
// chain, paused): the L2 chain keeps ordering transactions and certifying
// batches, which queue; once L1 is back they are committed, in order and
// once each.
func TestL1Outage(t *testing.T) {
	n := newNet(t, netOptions{l1Proxy: true})
	n.startAll()
	b := n.traffic(0, 0, 1)
	n.waitCommitted(b.Index, 2*time.Minute)
	idle := n.waitIdle(0, time.Minute)

	n.proxy.Pause()
	paused := time.Now()
	h0 := uint64(n.Status(1).Height)
	t.Logf("L1 paused at L2 height %d, %d batches committed on L1", h0, idle.L1Committed)
	// Traffic for about 15 s: each transfer commits on L2 and its batch is
	// certified, though nobody can reach L1.
	var last uint64
	for k := 0; time.Since(paused) < 15*time.Second; k++ {
		b := n.traffic(k%validators, 10+k%20, 30+k%20)
		last = b.Index
		if c := n.nextBatchIndex(); c != idle.L1Committed {
			t.Fatalf("L1 committed batches went from %d to %d with L1 unreachable to the validators", idle.L1Committed, c)
		}
	}
	h1 := uint64(n.Status(1).Height)
	if last < idle.NextBatch+1 {
		t.Fatalf("only batches up to %d certified during the outage, want at least 2 from %d", last, idle.NextBatch)
	}
	st := n.rollupStatus(2)
	t.Logf("after %v of outage: L2 height %d -> %d, batches %d-%d certified, next_batch %d, uncertified %d, L1 committed %d",
		time.Since(paused).Round(time.Millisecond), h0, h1, idle.NextBatch, last, st.NextBatch, st.Uncertified, n.nextBatchIndex())

	if err := n.proxy.Resume(); err != nil {
		t.Fatal(err)
	}
	resumed := time.Now()
	resumedBlock := n.l1Head()
	n.waitCommitted(last, 3*time.Minute)
	t.Logf("batches %d-%d committed on L1 %v after L1 came back", idle.NextBatch, last, time.Since(resumed).Round(time.Millisecond))
	time.Sleep(3 * time.Second)
	for idx := idle.NextBatch; idx <= last; idx++ {
		if c, by := n.commits(idx); c != 1 {
			t.Errorf("batch %d committed %d times (by %v), want once", idx, c, by)
		}
	}
	// Racing fallback posters may lose gas on commits that revert on
	// chain (BatchOutOfOrder): a cost, not a fault; reported.
	if failed := n.revertedTxs(n.l1.Deployment.Rollup, resumedBlock); len(failed) > 0 {
		t.Logf("note: %d transactions to the Rollup reverted on chain after L1 came back (gas spent by racing posters): %v", len(failed), failed)
	}
	// The chain still runs.
	n.WaitHeight(3, h1+5, time.Minute)
}

// revertedTxs returns, as "nodeI/tx", the mined transactions to `to` that
// failed, from block `from` to the head.
func (n *Net) revertedTxs(to common.Address, from uint64) []string {
	n.T.Helper()
	ctx, cancel := l1Ctx()
	defer cancel()
	head, err := n.eth.BlockNumber(ctx)
	if err != nil {
		n.T.Fatal(err)
	}
	var out []string
	for b := from; b <= head; b++ {
		blk, err := n.eth.BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			n.T.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if tx.To() == nil || *tx.To() != to {
				continue
			}
			r, err := n.eth.TransactionReceipt(ctx, tx.Hash())
			if err == nil && r.Status != types.ReceiptStatusSuccessful {
				out = append(out, n.committedBy(tx.Hash())+"/"+tx.Hash().Hex()[:10])
			}
		}
	}
	return out
}
