package l1

import (
	"context"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testverifier"
)

// testProof proves h's public input for the TestVerifier with the test
// circuit (internal/testverifier; 256 bytes, MarshalSolidity).
func testProof(t *testing.T, h bindings.BatchHeader) []byte {
	t.Helper()
	out, err := testverifier.Prove(contracts.PublicInputs(h))
	if err != nil {
		t.Fatalf("test prover: %v", err)
	}
	if len(out) != 256 {
		t.Fatalf("proof of %d bytes", len(out))
	}
	return out
}

// commitBatches commits batches 0..n-1 signed by op directly (before
// autoMine) and puts them in src.
func (e *env) commitBatches(src *batchStore, op *operator, n uint64) {
	e.t.Helper()
	for i := range n {
		b := e.batch(i, op.Signer, time.Now(), op)
		e.mustSend(e.deployer, e.d.Rollup, nil, e.rollup.PackCommitBatch(bindings.BatchHeader(b.Header), nil, contracts.Certificate(b.Signatures), e.launch))
		src.put(b)
	}
}

// committedEnv returns a chain with one operator (account 1, 10 ETH)
// whose batches 0..n-1 are committed and in the returned store, mining
// every 20 ms.
func committedEnv(t *testing.T, n uint64) (*env, *batchStore) {
	t.Helper()
	e := newEnv(t, 2)
	op := e.register(e.accounts[1], ether(10))
	e.nextEpoch()
	src := newBatchStore()
	e.commitBatches(src, op, n)
	e.autoMine(20 * time.Millisecond)
	return e, src
}

func (e *env) submitterConfig() ProofSubmitterConfig {
	c := DefaultProofSubmitterConfig()
	c.Rollup = e.d.Rollup
	c.PollInterval = 10 * time.Millisecond
	c.RetryAfter = time.Minute
	return c
}

func (e *env) startSubmitter(key int, client TxClient, src *batchStore, logger *slog.Logger) *Metrics {
	e.t.Helper()
	return e.startSubmitterWith(key, client, src, logger, nil)
}

func (e *env) startSubmitterWith(key int, client TxClient, src *batchStore, logger *slog.Logger,
	mod func(*ProofSubmitterConfig)) *Metrics {
	e.t.Helper()
	if client == nil {
		client = e.client
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	m := NopMetrics()
	txm, err := NewTxManager(e.txConfig(), client, e.accounts[key], logger, m)
	if err != nil {
		e.t.Fatal(err)
	}
	cfg := e.submitterConfig()
	if mod != nil {
		mod(&cfg)
	}
	s, err := NewProofSubmitter(cfg, e.client, txm, src, src, logger, m)
	if err != nil {
		e.t.Fatal(err)
	}
	runBackground(e.t, s)
	return m
}

func (e *env) finalizedEvents() map[uint64]int {
	out := map[uint64]int{}
	for _, ev := range rollupEvents(e, "BatchFinalized", e.rollup.UnpackBatchFinalizedEvent) {
		out[ev.BatchIndex]++
	}
	return out
}

func TestProofSubmitterFinalizes(t *testing.T) {
	e, src := committedEnv(t, 2)

	src.putProof(0, testProof(t, e.header(0)))
	m := e.startSubmitter(0, nil, src, nil)
	waitFor(t, "batch 0 finalized", func() bool { return value(m.ProofsSubmitted) == 1 })
	time.Sleep(50 * time.Millisecond) // rounds without a proof for batch 1
	if got := e.finalizedCount(); got != 1 {
		t.Fatalf("finalized %d without batch 1's proof", got)
	}
	src.putProof(1, testProof(t, e.header(1)))
	waitFor(t, "batch 1 finalized", func() bool { return value(m.ProofsSubmitted) == 2 })
	if got := e.finalizedCount(); got != 2 {
		t.Fatalf("finalizedCount %d, want 2", got)
	}
	if ev := e.finalizedEvents(); ev[0] != 1 || ev[1] != 1 || len(ev) != 2 {
		t.Fatalf("BatchFinalized events per index %v", ev)
	}
	if value(m.LastProvenBatch) != 1 || value(m.ProofsRejected) != 0 || value(m.ProofFailures) != 0 {
		t.Fatalf("metrics: last %v, rejected %v, failures %v", value(m.LastProvenBatch), value(m.ProofsRejected),
			value(m.ProofFailures))
	}
	// A proof for a batch not committed yet waits.
	src.putProof(2, testProof(t, e.header(2)))
	time.Sleep(50 * time.Millisecond)
	if value(m.ProofsSubmitted) != 2 || value(m.TxReverted) != 0 {
		t.Fatalf("submitted %v, reverted %v: a proof for an uncommitted batch went out",
			value(m.ProofsSubmitted), value(m.TxReverted))
	}
}

// estimateCounter counts gas estimations (each proof attempt is one).
type estimateCounter struct {
	TxClient
	n atomic.Int64
}

func (c *estimateCounter) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	c.n.Add(1)
	return c.TxClient.EstimateGas(ctx, msg)
}

// TestProofSubmitterBadProof: a proof the verifier rejects is logged,
// counted and not sent (estimation reverts, no gas spent), and not tried
// again in a loop; a corrected proof then finalizes the batch.
func TestProofSubmitterBadProof(t *testing.T) {
	e, src := committedEnv(t, 1)

	src.putProof(0, testProof(t, e.header(7))) // a valid proof of another statement
	ec := &estimateCounter{TxClient: e.client}
	logs := &recordingHandler{}
	m := e.startSubmitter(0, ec, src, slog.New(logs))
	waitFor(t, "the rejection", func() bool { return value(m.ProofsRejected) == 1 })
	time.Sleep(300 * time.Millisecond) // 30 poll intervals
	if got := ec.n.Load(); got != 1 {
		t.Fatalf("%d attempts for one bad proof, want 1 (no tight retry loop)", got)
	}
	if e.finalizedCount() != 0 || value(m.TxPublished) != 0 {
		t.Fatalf("bad proof finalized %d batches, published %v transactions", e.finalizedCount(), value(m.TxPublished))
	}
	if logs.countingHandler.count(slog.LevelError) != 1 || !logs.has("PROOF REJECTED") {
		t.Fatalf("want one error log for the rejection, got %d", logs.countingHandler.count(slog.LevelError))
	}
	// What the Rollup said: the verifier's ProofInvalid.
	bad, _, _ := src.Proof(0)
	txm, _ := e.txManager(e.accounts[1], nil, nil)
	if _, err := txm.Send(e.ctx, e.d.Rollup, e.rollup.PackProveBatch(e.header(0), e.te.Committed(0).Record, bad), nil); !IsRevert(err, "ProofInvalid") {
		t.Fatalf("bad proof: got %v, want a ProofInvalid revert", err)
	}
	src.putProof(0, testProof(t, e.header(0)))
	waitFor(t, "the corrected proof", func() bool { return e.finalizedCount() == 1 })
	waitFor(t, "the corrected proof's receipt", func() bool { return value(m.ProofsSubmitted) == 1 })
}

// TestProofSubmitterRace: two submitters with the same proofs finalize each
// batch once; the one that loses sees AlreadyFinalized, which is not a
// rejection.
func TestProofSubmitterRace(t *testing.T) {
	e := newEnv(t, 3)
	op := e.register(e.accounts[2], ether(10))
	e.nextEpoch()
	src := newBatchStore()
	const n = 4
	e.commitBatches(src, op, n)
	for i := range uint64(n) {
		src.putProof(i, testProof(t, e.header(i)))
	}
	e.autoMine(20 * time.Millisecond)
	m1 := e.startSubmitter(0, nil, src, nil)
	m2 := e.startSubmitter(1, nil, src, nil)
	waitFor(t, "all finalized", func() bool { return e.finalizedCount() == n })
	waitFor(t, "both settled", func() bool {
		return value(m1.ProofsSubmitted)+value(m2.ProofsSubmitted) == n && value(m1.TxInFlight)+value(m2.TxInFlight) == 0
	})
	ev := e.finalizedEvents()
	for i := range uint64(n) {
		if ev[i] != 1 {
			t.Fatalf("BatchFinalized events per index %v", ev)
		}
	}
	if r := value(m1.ProofsRejected) + value(m2.ProofsRejected) + value(m1.ProofFailures) + value(m2.ProofFailures); r != 0 {
		t.Fatalf("%v rejections or failures from a lost race", r)
	}
}

// TestProofSubmitterOtherHeader: when the Rollup holds another header for
// the batch than this node's record (its proof is for the node's header),
// nothing is sent and the mismatch is logged once; the right record and
// proof then finalize the batch.
func TestProofSubmitterOtherHeader(t *testing.T) {
	e, src := committedEnv(t, 1)
	good, _, _ := src.CertifiedBatch(0)
	other := *good
	other.Header.NewRoot = root(9)
	src.put(&other)
	h := bindings.BatchHeader(other.Header)
	src.putProof(0, testProof(t, h))

	ec := &estimateCounter{TxClient: e.client}
	logs := &recordingHandler{}
	m := e.startSubmitter(0, ec, src, slog.New(logs))
	waitFor(t, "the mismatch logged", func() bool { return logs.has("holds another header") })
	time.Sleep(200 * time.Millisecond) // 20 poll intervals
	if n := ec.n.Load(); n != 0 || value(m.TxPublished) != 0 || e.finalizedCount() != 0 {
		t.Fatalf("%d estimations, %v transactions, %d finalized for a header L1 does not hold", n, value(m.TxPublished), e.finalizedCount())
	}
	if got := logs.countingHandler.count(slog.LevelError); got != 1 {
		t.Fatalf("%d error logs, want 1 (held, not retried in a loop)", got)
	}
	src.put(good)
	src.putProof(0, testProof(t, e.header(0)))
	waitFor(t, "batch 0 finalized", func() bool { return e.finalizedCount() == 1 })
}

// TestProofSubmitterBatchesProofs: proofs at hand for consecutive batches
// go out in one proveBatches (up to max_batches_per_tx); a transaction
// with a bad proof among them is sent again one proof at a time, which
// finalizes the batches before the bad one and holds the bad one; its
// corrected proof and the next go out together.
func TestProofSubmitterBatchesProofs(t *testing.T) {
	e, src := committedEnv(t, 8)
	for i := range uint64(4) {
		src.putProof(i, testProof(t, e.header(i)))
	}
	src.putProof(4, testProof(t, e.header(4)))
	src.putProof(5, testProof(t, e.header(9))) // a valid proof of another statement
	src.putProof(6, testProof(t, e.header(6)))
	logs := &recordingHandler{}
	m := e.startSubmitterWith(0, nil, src, slog.New(logs), func(c *ProofSubmitterConfig) { c.MaxBatchesPerTx = 4 })
	waitFor(t, "the rejection", func() bool { return value(m.ProofsRejected) == 1 })
	// 0-3 in one transaction; 4-6 rejected together, then 4 alone, 5
	// rejected alone; 6 waits behind 5.
	if got := e.finalizedCount(); got != 5 {
		t.Fatalf("finalizedCount %d, want 5", got)
	}
	if value(m.ProofsSubmitted) != 5 || value(m.ProofTxs) != 2 {
		t.Fatalf("%v batches in %v transactions, want 5 in 2", value(m.ProofsSubmitted), value(m.ProofTxs))
	}
	if !logs.has("one at a time") || !logs.has("PROOF REJECTED") {
		t.Fatal("the fallback to single proofs and the rejection are not logged")
	}
	// 7 first: it waits behind 5 (still held), so that 5-7 form one run.
	src.putProof(7, testProof(t, e.header(7)))
	time.Sleep(50 * time.Millisecond)
	src.putProof(5, testProof(t, e.header(5)))
	waitFor(t, "all finalized", func() bool { return e.finalizedCount() == 8 })
	waitFor(t, "the receipt", func() bool { return value(m.ProofsSubmitted) == 8 })
	if value(m.ProofTxs) != 3 || value(m.LastProvenBatch) != 7 {
		t.Fatalf("%v transactions, last %v: want 5-7 in one transaction", value(m.ProofTxs), value(m.LastProvenBatch))
	}
	if ev := e.finalizedEvents(); len(ev) != 8 {
		t.Fatalf("BatchFinalized events per index %v", ev)
	}
}

// TestProofSubmitterGathers: with gather set, a ready run shorter than
// max_batches_per_tx waits for the next committed batch's proof up to
// gather, then goes out as it is; a run that reaches the last committed
// batch does not wait.
func TestProofSubmitterGathers(t *testing.T) {
	e, src := committedEnv(t, 4)
	src.putProof(0, testProof(t, e.header(0)))
	const gather = 2 * time.Second
	start := time.Now()
	m := e.startSubmitterWith(0, nil, src, nil, func(c *ProofSubmitterConfig) { c.MaxBatchesPerTx, c.Gather = 3, gather })
	time.Sleep(200 * time.Millisecond)
	src.putProof(1, testProof(t, e.header(1)))
	waitFor(t, "batches 0-1", func() bool { return e.finalizedCount() == 2 })
	if el := time.Since(start); el < gather {
		t.Fatalf("sent after %v, before gather (%v) ran out", el, gather)
	}
	waitFor(t, "the receipt", func() bool { return value(m.ProofsSubmitted) == 2 })
	if value(m.ProofTxs) != 1 {
		t.Fatalf("%v transactions for batches 0-1, want 1", value(m.ProofTxs))
	}
	// 2 and 3 together reach the last committed batch: no wait.
	start = time.Now()
	src.putProof(2, testProof(t, e.header(2)))
	src.putProof(3, testProof(t, e.header(3)))
	waitFor(t, "batches 2-3", func() bool { return e.finalizedCount() == 4 })
	if el := time.Since(start); el >= gather {
		t.Fatalf("a run up to the last committed batch waited %v", el)
	}
	waitFor(t, "the receipt", func() bool { return value(m.ProofTxs) == 2 })
}

func TestProofSubmitterConfigBounds(t *testing.T) {
	c := DefaultProofSubmitterConfig()
	c.Rollup = common.Address{1}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []func(*ProofSubmitterConfig){
		func(c *ProofSubmitterConfig) { c.MaxBatchesPerTx = 0 },
		func(c *ProofSubmitterConfig) { c.MaxBatchesPerTx = MaxProofsPerTx + 1 },
		func(c *ProofSubmitterConfig) { c.Gather = -time.Second },
	} {
		c := c
		bad(&c)
		if err := c.Validate(); err == nil {
			t.Fatalf("accepted %+v", c)
		}
	}
}
