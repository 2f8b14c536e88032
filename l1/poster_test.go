package l1

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testenv"
)

// posterEnv is a chain with three operators of 10 ETH each (any two are a
// quorum), mining in the background.
type posterEnv struct {
	*env
	ops []*operator
}

func newPosterEnv(t *testing.T) *posterEnv {
	e := newEnv(t, 6)
	pe := &posterEnv{env: e}
	for i := range 3 {
		pe.ops = append(pe.ops, e.register(e.accounts[3+i], ether(10)))
	}
	e.nextEpoch()
	return pe
}

func (e *env) posterConfig(self common.Address) PosterConfig {
	c := DefaultPosterConfig()
	c.Rollup, c.StakingRegistry, c.Self, c.Launch = e.d.Rollup, e.d.Staking, self, e.launch
	c.FallbackAfter, c.FallbackStagger = 0, 0
	c.RetryAfter = time.Second
	c.PollInterval = 10 * time.Millisecond
	return c
}

// startPoster runs a poster sending from account key.
func (e *env) startPoster(cfg PosterConfig, key *ecdsa.PrivateKey, src BatchSource) (*Poster, *Metrics, *TxManager) {
	e.t.Helper()
	m := NopMetrics()
	txm, err := NewTxManager(e.txConfig(), e.client, key, nil, m)
	if err != nil {
		e.t.Fatal(err)
	}
	p, err := NewPoster(cfg, e.client, txm, src, slog.New(slog.DiscardHandler), m)
	if err != nil {
		e.t.Fatal(err)
	}
	runBackground(e.t, p)
	return p, m, txm
}

// batch returns certified batch i signed by ops.
func (e *env) batch(i uint64, poster common.Address, certifiedAt time.Time, ops ...*operator) *batch.Record {
	h := e.header(i)
	return &batch.Record{Index: i, Header: batch.Header(h), Signatures: e.sign(h, ops...), Poster: poster, CertifiedAt: certifiedAt}
}

func (e *env) waitNextBatch(n uint64) {
	e.t.Helper()
	waitFor(e.t, "batches committed", func() bool { return e.nextBatchIndex() >= n })
}

func (e *env) requireCommittedOnce(n uint64) {
	e.t.Helper()
	got := e.committed()
	for i := range n {
		if got[i] != 1 {
			e.t.Fatalf("BatchCommitted events per index %v: want one each for 0..%d", got, n-1)
		}
	}
	if len(got) != int(n) {
		e.t.Fatalf("BatchCommitted events per index %v: want %d batches", got, n)
	}
}

// TestPosterDesignated: the designated poster posts every queued batch in
// a row.
func TestPosterDesignated(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	self := e.ops[0].Signer
	for i := range uint64(3) {
		src.put(e.batch(i, self, time.Now(), e.ops...))
	}
	cfg := e.posterConfig(self)
	cfg.MaxBatchesPerTx = 1 // one transaction per batch (TestPosterBatchesCommits: several)
	_, m, txm := e.startPoster(cfg, e.accounts[0], src)
	e.waitNextBatch(3)
	waitFor(t, "the third receipt", func() bool { return value(m.BatchesPosted) == 3 })
	e.requireCommittedOnce(3)
	if value(m.BatchesPosted) != 3 || value(m.PostTxs) != 3 || value(m.LastPostedBatch) != 2 || value(m.PostFailures) != 0 || value(m.PostGasUsed) <= 0 {
		t.Fatalf("metrics: posted %v in %v transactions, last %v, failures %v, gas %v", value(m.BatchesPosted), value(m.PostTxs),
			value(m.LastPostedBatch), value(m.PostFailures), value(m.PostGasUsed))
	}
	if n, _ := e.client.NonceAt(e.ctx, txm.Address(), nil); n != 3 {
		t.Fatalf("poster sent %d transactions, want 3", n)
	}
	// A batch certified later is posted too.
	src.put(e.batch(3, self, time.Now(), e.ops[0], e.ops[1]))
	e.waitNextBatch(4)
	e.requireCommittedOnce(4)
}

// TestPosterBatchesCommits: the certified batches queued after the next
// one go out with it in one commitBatches transaction, up to
// MaxBatchesPerTx, whoever their designated poster; a run stops before a
// batch short of a quorum; a run that L1 refuses (one batch's public data
// is not its header's) is retried with its first batch alone, which
// lands, and the bad batch is held and retried alone.
func TestPosterBatchesCommits(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	self, other := e.ops[0].Signer, e.ops[1].Signer
	// 0-4 queued; 3 signed by one operator only (no quorum).
	for i := range uint64(5) {
		signers := e.ops
		if i == 3 {
			signers = e.ops[:1]
		}
		poster := self
		if i%2 == 1 {
			poster = other // never posts here: its batches go in self's runs
		}
		src.put(e.batch(i, poster, time.Now(), signers...))
	}
	cfg := e.posterConfig(self)
	cfg.MaxBatchesPerTx = 2
	cfg.FallbackAfter = time.Hour // self posts only what it is designated for, and runs behind it
	_, m, txm := e.startPoster(cfg, e.accounts[0], src)
	// 0-1 in one transaction, then 2 alone (3 has no quorum).
	e.waitNextBatch(3)
	time.Sleep(200 * time.Millisecond) // many rounds: 3 stays out
	e.requireCommittedOnce(3)
	if n, _ := e.client.NonceAt(e.ctx, txm.Address(), nil); n != 2 || value(m.PostTxs) != 2 || value(m.BatchesPosted) != 3 {
		t.Fatalf("%d transactions (metric %v) for %v batches, want 2 for 3", n, value(m.PostTxs), value(m.BatchesPosted))
	}
	// 3 is other's to post (self's fallback is an hour away). Certified
	// again with a quorum and self as its poster, 3 and 4 go together;
	// then 5 and 6, 6's public data not its header's: the run 5-6 is
	// refused, 5 goes alone, 6 is held and fails again alone.
	src.put(e.batch(3, self, time.Now(), e.ops...))
	b6 := e.batch(6, self, time.Now(), e.ops...)
	b6.PubData = testenv.TransferRecord(1, 2, 3, 0)
	src.put(e.batch(5, self, time.Now(), e.ops...))
	src.put(b6)
	e.waitNextBatch(6)
	waitFor(t, "the run 5-6 refused and 6 refused alone", func() bool { return value(m.PostFailures) >= 2 })
	e.requireCommittedOnce(6)
	if got := e.nextBatchIndex(); got != 6 {
		t.Fatalf("nextBatchIndex %d, want 6 (batch 6 refused)", got)
	}
	// Transactions: {0,1}, {2}, {3,4}, {5}; the refused ones never mined
	// (refused in estimation).
	if n, _ := e.client.NonceAt(e.ctx, txm.Address(), nil); n != 4 || value(m.PostTxs) != 4 || value(m.BatchesPosted) != 6 {
		t.Fatalf("%d transactions (metric %v) for %v batches, want 4 for 6", n, value(m.PostTxs), value(m.BatchesPosted))
	}
}

// TestPosterGathers: with Gather set, the designated poster holds a due
// batch while the batches after it are not certified yet, and commits the
// run in one transaction once they are; a run that does not fill goes out
// when Gather runs out; a run stopped by a batch short of a quorum goes
// at once; a Gather not below FallbackAfter is refused.
func TestPosterGathers(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	self := e.ops[0].Signer
	const gather = 3 * time.Second
	cfg := e.posterConfig(self)
	cfg.MaxBatchesPerTx, cfg.Gather, cfg.FallbackAfter = 3, gather, time.Hour
	src.put(e.batch(0, self, time.Now(), e.ops...))
	_, m, txm := e.startPoster(cfg, e.accounts[0], src)
	time.Sleep(gather / 3)
	if n := e.nextBatchIndex(); n != 0 {
		t.Fatalf("batch 0 committed while gathering (next %d)", n)
	}
	src.put(e.batch(1, self, time.Now(), e.ops...))
	src.put(e.batch(2, self, time.Now(), e.ops...))
	e.waitNextBatch(3)
	waitFor(t, "the run's receipt", func() bool { return value(m.BatchesPosted) == 3 })
	if n, _ := e.client.NonceAt(e.ctx, txm.Address(), nil); n != 1 || value(m.PostTxs) != 1 {
		t.Fatalf("%d transactions (metric %v) for 3 batches, want 1", n, value(m.PostTxs))
	}
	// A run that does not fill: batch 3 alone, after the gather.
	start := time.Now()
	src.put(e.batch(3, self, time.Now(), e.ops...))
	e.waitNextBatch(4)
	if el := time.Since(start); el < gather {
		t.Fatalf("batch 3 committed after %v, before the gather (%v) ran out", el, gather)
	}
	// A run stopped by a batch without a quorum does not wait for it.
	src.put(e.batch(4, self, time.Now(), e.ops...))
	src.put(e.batch(5, self, time.Now(), e.ops[:1]...))
	start = time.Now()
	e.waitNextBatch(5)
	if el := time.Since(start); el >= gather {
		t.Fatalf("batch 4 (next one short of a quorum) committed after %v, want at once", el)
	}
	e.requireCommittedOnce(5)

	bad := e.posterConfig(self)
	bad.Gather, bad.FallbackAfter = time.Minute, time.Minute
	if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "l1.poster.gather") {
		t.Fatalf("gather equal to fallback_after: %v, want an l1.poster.gather error", err)
	}
	bad.Gather = -time.Second
	if err := bad.Validate(); err == nil || !strings.Contains(err.Error(), "l1.poster.gather") {
		t.Fatalf("negative gather: %v, want an l1.poster.gather error", err)
	}
}

// TestPosterRunCalldataBound: a run stops before the batch that would take
// its calldata over maxRunCalldata (L1 nodes refuse transactions over 128
// KiB), whatever MaxBatchesPerTx allows.
func TestPosterRunCalldataBound(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	self := e.ops[0].Signer
	for i := range uint64(5) {
		src.put(e.batch(i, self, time.Now(), e.ops...))
	}
	one := (&readyCommit{b: src.batches[0], cert: make([]byte, 3*65)}).calldataSize()
	old := maxRunCalldata
	t.Cleanup(func() { maxRunCalldata = old }) // after the poster stops (cleanups run last first)
	maxRunCalldata = 2*one + one/2             // two batches fit, three do not
	cfg := e.posterConfig(self)
	cfg.MaxBatchesPerTx = 8
	_, m, txm := e.startPoster(cfg, e.accounts[0], src)
	e.waitNextBatch(5)
	waitFor(t, "the last receipt", func() bool { return value(m.BatchesPosted) == 5 })
	e.requireCommittedOnce(5)
	if n, _ := e.client.NonceAt(e.ctx, txm.Address(), nil); n != 3 || value(m.PostTxs) != 3 || value(m.PostFailures) != 0 {
		t.Fatalf("%d transactions (metric %v, failures %v) for 5 batches, want 3: {0,1}, {2,3}, {4}", n, value(m.PostTxs), value(m.PostFailures))
	}
}

// TestPosterFallback: another validator posts when the designated poster
// has not, FallbackAfter after certification, and not before.
func TestPosterFallback(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	const fallback = 600 * time.Millisecond
	cfg := e.posterConfig(e.ops[1].Signer)
	cfg.FallbackAfter = fallback
	certified := time.Now()
	src.put(e.batch(0, e.ops[0].Signer, certified, e.ops...)) // ops[0] is designated and absent
	_, m, _ := e.startPoster(cfg, e.accounts[0], src)
	waitFor(t, "fallback post", func() bool { return value(m.BatchesPosted) >= 1 })
	if elapsed := time.Since(certified); elapsed < fallback {
		t.Fatalf("posted %v after certification, before the fallback delay %v", elapsed, fallback)
	}
	e.requireCommittedOnce(1)
	if value(m.BatchesPosted) != 1 {
		t.Fatalf("posted metric %v", value(m.BatchesPosted))
	}
}

// TestPosterFallbackCountsFromL1Recovery: a batch certified long ago (for
// instance during an L1 outage, or before this node started) still gets
// FallbackAfter from the moment L1 answers, and each next batch from the
// moment the one before it is on L1 (its designated poster could not post
// earlier), so designated posters, not every node at once, post a backlog.
func TestPosterFallbackCountsFromL1Recovery(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	const fallback = 600 * time.Millisecond
	cfg := e.posterConfig(e.ops[1].Signer)
	cfg.FallbackAfter = fallback
	cfg.MaxBatchesPerTx = 1 // with more, batch 1 rides with batch 0 (TestPosterBatchesCommits)
	src.put(e.batch(0, e.ops[0].Signer, time.Now().Add(-time.Hour), e.ops...))
	src.put(e.batch(1, e.ops[0].Signer, time.Now().Add(-time.Hour), e.ops...))
	started := time.Now()
	_, m, _ := e.startPoster(cfg, e.accounts[0], src)
	waitFor(t, "fallback post", func() bool { return value(m.BatchesPosted) >= 1 })
	first := time.Now()
	if elapsed := first.Sub(started); elapsed < fallback {
		t.Fatalf("posted %v after L1 became reachable, before the fallback delay %v", elapsed, fallback)
	}
	waitFor(t, "second fallback post", func() bool { return value(m.BatchesPosted) >= 2 })
	if gap := time.Since(first); gap < fallback-50*time.Millisecond {
		t.Fatalf("batch 1 posted %v after batch 0, before its designated poster's fallback delay %v", gap, fallback)
	}
	e.requireCommittedOnce(2)
}

// TestPosterFallbackStagger: the extra wait is deterministic per node and
// batch, within [FallbackAfter, FallbackAfter+FallbackStagger).
func TestPosterFallbackStagger(t *testing.T) {
	e := newEnv(t, 1)
	txm, _ := e.txManager(e.accounts[0], nil, nil)
	cfg := e.posterConfig(common.HexToAddress("0x01"))
	cfg.FallbackAfter, cfg.FallbackStagger = 10*time.Second, 5*time.Second
	p, err := NewPoster(cfg, e.client, txm, newBatchStore(), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[time.Duration]bool{}
	for i := range uint64(20) {
		d := p.fallbackDelay(i)
		if d < cfg.FallbackAfter || d >= cfg.FallbackAfter+cfg.FallbackStagger || d != p.fallbackDelay(i) {
			t.Fatalf("delay %v for batch %d", d, i)
		}
		seen[d] = true
	}
	if len(seen) < 10 {
		t.Fatalf("delays not spread: %v", seen)
	}
}

// TestPosterRace: two validators that both post every batch at once (no
// designated poster online, no fallback delay) commit each batch exactly
// once; the loser treats the other's commit as done.
func TestPosterRace(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	absent := common.HexToAddress("0xabcdef")
	const n = 6
	for i := range uint64(n) {
		src.put(e.batch(i, absent, time.Now(), e.ops...))
	}
	_, m1, _ := e.startPoster(e.posterConfig(e.ops[1].Signer), e.accounts[0], src)
	_, m2, _ := e.startPoster(e.posterConfig(e.ops[2].Signer), e.accounts[1], src)
	e.waitNextBatch(n)
	waitFor(t, "both posters settled", func() bool {
		return value(m1.BatchesPosted)+value(m2.BatchesPosted) >= n && value(m1.TxInFlight)+value(m2.TxInFlight) == 0
	})
	e.requireCommittedOnce(n)
	t.Logf("posts %v + %v; reverts (lost races) %v + %v", value(m1.BatchesPosted), value(m2.BatchesPosted),
		value(m1.TxReverted), value(m2.TxReverted))
	if got := value(m1.BatchesPosted) + value(m2.BatchesPosted); got != n {
		t.Fatalf("posters counted %v posts, want %d", got, n)
	}
	if f := value(m1.PostFailures) + value(m2.PostFailures); f != 0 {
		t.Fatalf("%v post failures: a lost race is not a failure", f)
	}
}

// TestPosterDropsUnstakedSignatures: signatures by a key without stake in
// the current epoch (registered this epoch, or never) and invalid ones are
// left out; the staked two thirds still make a quorum.
func TestPosterDropsUnstakedSignatures(t *testing.T) {
	e := newPosterEnv(t)
	late := e.register(e.accounts[2], ether(50)) // counts from the next epoch only
	e.autoMine(20 * time.Millisecond)
	strangerKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("stranger")))
	stranger := &operator{Key: strangerKey, Signer: addr(strangerKey)}
	src := newBatchStore()
	self := e.ops[0].Signer
	b := e.batch(0, self, time.Now(), e.ops[0], e.ops[1], late, stranger)
	// An invalid signature claiming ops[2]: garbage bytes.
	b.Signatures = append(b.Signatures, contracts.Signature{Signer: e.ops[2].Signer, Sig: make([]byte, 65)})
	// A valid signature attributed to the wrong signer.
	wrong := e.sign(bindings.BatchHeader(b.Header), e.ops[1])[0]
	wrong.Signer = e.ops[2].Signer
	b.Signatures = append(b.Signatures, wrong)
	src.put(b)
	_, m, _ := e.startPoster(e.posterConfig(self), e.accounts[0], src)
	e.waitNextBatch(1)
	e.requireCommittedOnce(1)
	ev := rollupEvents(e.env, "BatchCommitted", e.rollup.UnpackBatchCommittedEvent)[0]
	if ev.SignedStake.Cmp(ether(20)) != 0 || ev.TotalStake.Cmp(ether(30)) != 0 {
		t.Fatalf("committed with %v of %v", ev.SignedStake, ev.TotalStake)
	}
	if value(m.PostFailures) != 0 {
		t.Fatalf("%v post failures", value(m.PostFailures))
	}
}

// TestPosterNoQuorum: with less than 2/3 of the stake signed the poster
// sends nothing; once enough signatures arrive it posts.
func TestPosterNoQuorum(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	self := e.ops[0].Signer
	src.put(e.batch(0, self, time.Now(), e.ops[0]))
	logs := &recordingHandler{}
	m := NopMetrics()
	txm, err := NewTxManager(e.txConfig(), e.client, e.accounts[0], nil, m)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPoster(e.posterConfig(self), e.client, txm, src, slog.New(logs), m)
	if err != nil {
		t.Fatal(err)
	}
	runBackground(t, p)
	waitFor(t, "the quorum wait logged", func() bool { return logs.has("short of 2/3") })
	time.Sleep(200 * time.Millisecond) // many rounds
	if n, _ := e.client.PendingNonceAt(e.ctx, txm.Address()); n != 0 || value(m.TxPublished) != 0 {
		t.Fatalf("%d transactions sent without a quorum", n)
	}
	if e.nextBatchIndex() != 0 {
		t.Fatal("batch committed without a quorum")
	}
	if c := logs.count("short of 2/3"); c != 1 {
		t.Fatalf("quorum wait logged %d times, want once", c)
	}
	src.put(e.batch(0, self, time.Now(), e.ops[0], e.ops[2]))
	e.waitNextBatch(1)
	e.requireCommittedOnce(1)
}

// recordingHandler keeps log messages.
type recordingHandler struct {
	countingHandler
	msgs []string
}

func (h *recordingHandler) Handle(ctx context.Context, r slog.Record) error {
	h.mu.Lock()
	h.msgs = append(h.msgs, r.Message)
	h.mu.Unlock()
	return h.countingHandler.Handle(ctx, r)
}
func (h *recordingHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *recordingHandler) WithGroup(string) slog.Handler      { return h }

func (h *recordingHandler) count(sub string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	n := 0
	for _, m := range h.msgs {
		if strings.Contains(m, sub) {
			n++
		}
	}
	return n
}

func (h *recordingHandler) has(sub string) bool { return h.count(sub) > 0 }

// TestPosterDistributesRewards: once a batch this node posted is
// finalized, its signers' owners are credited pro rata to stake in the
// RewardPool, exactly once.
func TestPosterDistributesRewards(t *testing.T) {
	e := newPosterEnv(t)
	pool := bindings.NewRewardPool()
	e.mustSend(e.deployer, e.d.RewardPool, ether(1), pool.PackFund())
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	cfg := e.posterConfig(e.ops[0].Signer)
	cfg.RewardPool = e.d.RewardPool
	src.put(e.batch(0, e.ops[0].Signer, time.Now(), e.ops...))
	_, m, _ := e.startPoster(cfg, e.accounts[0], src)
	waitFor(t, "batch 0 committed", func() bool { return e.nextBatchIndex() == 1 })
	time.Sleep(100 * time.Millisecond)
	if value(m.RewardsDistributed) != 0 {
		t.Fatal("rewards distributed before finalization")
	}
	src.putProof(0, testProof(t, e.header(0)))
	e.startSubmitter(1, nil, src, nil)
	waitFor(t, "rewards distributed", func() bool { return value(m.RewardsDistributed) == 1 })
	owed := func(op *operator) *big.Int {
		return view(e.env, e.d.RewardPool, pool.PackOwed(op.Owner.Addr), pool.UnpackOwed)
	}
	// Three operators with 10 ETH each share RewardPerBatch equally.
	per := new(big.Int).Div(e.cfg.RewardPerBatch, big.NewInt(3))
	for i, op := range e.ops {
		if got := owed(op); got.Cmp(per) != 0 {
			t.Fatalf("operator %d owed %s, want %s", i, got, per)
		}
	}
	time.Sleep(100 * time.Millisecond)
	if value(m.RewardsDistributed) != 1 || value(m.TxReverted) != 0 {
		t.Fatalf("distributed %v times, %v reverts", value(m.RewardsDistributed), value(m.TxReverted))
	}
}

// TestPosterStopsOnAForeignLaunch: a node of a second L2 launch against a
// Rollup that already hosts one (its first commit pinned the launch) can
// never commit: its poster stops with ErrForeignLaunch (the node reports
// it as fatal) after a refused gas estimate, instead of retrying forever.
func TestPosterStopsOnAForeignLaunch(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	self := e.ops[0].Signer
	src := newBatchStore()
	src.put(e.batch(0, self, time.Now(), e.ops...))
	e.startPoster(e.posterConfig(self), e.accounts[0], src)
	e.waitNextBatch(1)

	other := batch.LaunchID(contracts.LaunchChainID(e.cfg.L2ChainID, "second"))
	h := e.header(1)
	foreign := newBatchStore()
	foreign.put(&batch.Record{Index: 1, Header: batch.Header(h), Signatures: e.te.SignFor(other, h, e.ops...), Poster: self,
		CertifiedAt: time.Now()})
	cfg := e.posterConfig(self)
	cfg.Launch = other
	m := NopMetrics()
	txm, err := NewTxManager(e.txConfig(), e.client, e.accounts[1], nil, m)
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPoster(cfg, e.client, txm, foreign, slog.New(slog.DiscardHandler), m)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.Done():
	case <-time.After(30 * time.Second):
		p.Stop(context.Background())
		t.Fatal("the poster of a foreign launch is still running")
	}
	if err := p.Err(); !errors.Is(err, ErrForeignLaunch) {
		t.Fatalf("poster ended with %v, want ErrForeignLaunch", err)
	}
	p.Stop(context.Background())
	if n, _ := e.client.NonceAt(e.ctx, txm.Address(), nil); n != 0 || e.nextBatchIndex() != 1 {
		t.Fatalf("foreign poster sent %d transactions; next batch index %d", n, e.nextBatchIndex())
	}
}

// TestPosterClaimsBounties: once a batch this node posted is finalized, the
// poster claims it for each bounty that pays one of its signers (here two
// of the three signers hold seats): each seat is credited once; a bounty
// with no seated signer costs no transaction.
func TestPosterClaimsBounties(t *testing.T) {
	e := newPosterEnv(t)
	nb := bindings.NewNodeBounty()
	head, err := e.client.HeaderByNumber(e.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	reward := gwei(1_000_000) // 0.001 ETH per batch per seat
	post := func(seats uint32) {
		terms := bindings.NodeBountyTerms{RewardPerBatch: reward, MinStake: new(big.Int), Seats: seats,
			End: head.Time + 1_000_000, NoticePeriod: 3600, Reputation: bindings.NodeBountyReputation{MinValue: new(big.Int)}}
		e.mustSend(e.deployer, e.d.NodeBounty, ether(1), nb.PackPost(terms, new(big.Int)))
	}
	post(2) // bounty 1: ops 0 and 1 take its seats
	post(2) // bounty 2: nobody joins
	for _, op := range e.ops[:2] {
		e.mustSend(op.Owner.Key, e.d.NodeBounty, nil, nb.PackJoin(big.NewInt(1)))
	}
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	cfg := e.posterConfig(e.ops[0].Signer)
	cfg.NodeBounty = e.d.NodeBounty
	src.put(e.batch(0, e.ops[0].Signer, time.Now(), e.ops...))
	_, m, txm := e.startPoster(cfg, e.accounts[0], src)
	e.waitNextBatch(1)
	src.putProof(0, testProof(t, e.header(0)))
	e.startSubmitter(1, nil, src, nil)
	waitFor(t, "bounty claimed", func() bool { return value(m.BountyClaims) == 1 })
	earned := func(bounty int64, op *operator) *big.Int {
		out := view(e.env, e.d.NodeBounty, nb.PackEarnings(big.NewInt(bounty), op.Owner.Addr), nb.UnpackEarnings)
		return out.Owed
	}
	for i, op := range e.ops {
		want := reward
		if i == 2 {
			want = new(big.Int) // signed, but holds no seat
		}
		if got := earned(1, op); got.Cmp(want) != 0 {
			t.Fatalf("operator %d credited %s, want %s", i, got, want)
		}
	}
	time.Sleep(200 * time.Millisecond)
	// One commit and one claim: bounty 2 (no seated signer) sent nothing.
	if n, _ := e.client.NonceAt(e.ctx, txm.Address(), nil); n != 2 || value(m.BountyClaims) != 1 || value(m.TxReverted) != 0 {
		t.Fatalf("poster sent %d transactions, %v claims, %v reverts", n, value(m.BountyClaims), value(m.TxReverted))
	}
	claimed := view(e.env, e.d.NodeBounty, nb.PackIsClaimed(big.NewInt(2), big.NewInt(0)), nb.UnpackIsClaimed)
	if claimed {
		t.Fatal("bounty 2 claimed for a batch that pays nobody")
	}
}

// TestPosterBLSCertificates: with the BLSRegistry as the Rollup's
// certifier the poster publishes the epoch's set, aggregates the record's
// BLS signatures (leaving out one that does not verify under its signer's
// key), commits the batch under the aggregate and a bitmap, and pays the
// rewards from the certificate's epoch and bitmap once it is finalized.
func TestPosterBLSCertificates(t *testing.T) {
	e := newEnvWith(t, 6, func(c *contracts.Config) { c.BLSCertificates = true })
	ops := e.registerBLS(e.accounts[3:6]...)
	e.nextEpoch()
	pool := bindings.NewRewardPool()
	e.mustSend(e.deployer, e.d.RewardPool, ether(1), pool.PackFund())
	e.autoMine(20 * time.Millisecond)

	b := e.batch(0, ops[0].Signer, time.Now(), ops...)
	digest := batch.AttestationDigest(e.chainID, e.d.Rollup, e.launch, b.Header)
	for k := range b.Signatures {
		for i, op := range ops {
			if op.Signer != b.Signatures[k].Signer {
				continue
			}
			key := op.BLSKey
			if i == 2 {
				key = ops[0].BLSKey // not operator 2's: left out
			}
			sig := key.Sign(digest[:]).Bytes()
			b.Signatures[k].BLS = sig[:]
		}
	}
	src := newBatchStore()
	src.put(b)
	cfg := e.posterConfig(ops[0].Signer)
	cfg.RewardPool, cfg.BLSRegistry = e.d.RewardPool, e.d.BLS
	_, m, _ := e.startPoster(cfg, e.accounts[0], src)
	waitFor(t, "batch 0 committed", func() bool { return e.nextBatchIndex() == 1 })

	epoch := view(e, e.d.Staking, e.staking.PackCurrentEpoch(), e.staking.UnpackCurrentEpoch)
	reg := bindings.NewBLSRegistry()
	if set := view(e, e.d.BLS, reg.PackBlsSetOf(epoch), reg.UnpackBlsSetOf); set.N.Int64() != 3 {
		t.Fatalf("the epoch's set was not published by the poster: %+v", set)
	}
	rec, err := FindCommit(e.ctx, e.client, e.d.Rollup, 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	// Set order is the operator list's: operators 0 and 1 signed.
	if want := contracts.BLSSignersHash(epoch, []byte{0x03}); rec.Record.SignersHash != want || rec.HeaderHash != contracts.HeaderHash(e.header(0)) {
		t.Fatalf("commit %+v, want header %s and the signers hash of bitmap 0x03 (operators 0 and 1) %s", rec, contracts.HeaderHash(e.header(0)), want)
	}

	src.putProof(0, testProof(t, e.header(0)))
	e.startSubmitter(1, nil, src, nil)
	waitFor(t, "rewards distributed", func() bool { return value(m.RewardsDistributed) == 1 })
	half := new(big.Int).Div(e.cfg.RewardPerBatch, big.NewInt(2))
	for i, want := range []*big.Int{half, half, new(big.Int)} {
		if got := view(e, e.d.RewardPool, pool.PackOwed(ops[i].Owner.Addr), pool.UnpackOwed); got.Cmp(want) != 0 {
			t.Errorf("operator %d owed %s, want %s", i, got, want)
		}
	}
	if value(m.TxReverted) != 0 {
		t.Fatalf("%v reverted transactions", value(m.TxReverted))
	}
}

// attrHandler records each log line with its attributes as text.
type attrHandler struct {
	mu    sync.Mutex
	lines []string
}

func (h *attrHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *attrHandler) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Message)
	r.Attrs(func(a slog.Attr) bool {
		fmt.Fprintf(&b, " %s=%v", a.Key, a.Value)
		return true
	})
	h.mu.Lock()
	h.lines = append(h.lines, b.String())
	h.mu.Unlock()
	return nil
}
func (h *attrHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *attrHandler) WithGroup(string) slog.Handler      { return h }

func (h *attrHandler) find(subs ...string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	for _, l := range h.lines {
		all := true
		for _, s := range subs {
			all = all && strings.Contains(strings.ToLower(l), strings.ToLower(s))
		}
		if all {
			return true
		}
	}
	return false
}

// TestPosterNamesInvalidBLSSigners: a certificate that consensus counted
// but whose BLS signatures fall short of 2/3 on L1 (one signed with a key
// that is not its signer's) is not posted, and the wait names the signer
// whose signature failed.
func TestPosterNamesInvalidBLSSigners(t *testing.T) {
	e := newEnvWith(t, 6, func(c *contracts.Config) { c.BLSCertificates = true })
	ops := e.registerBLS(e.accounts[3:6]...)
	e.nextEpoch()
	e.autoMine(20 * time.Millisecond)

	b := e.batch(0, ops[0].Signer, time.Now(), ops[0], ops[2])
	digest := batch.AttestationDigest(e.chainID, e.d.Rollup, e.launch, b.Header)
	for k := range b.Signatures {
		key := ops[0].BLSKey // right for operator 0, wrong for operator 2
		sig := key.Sign(digest[:]).Bytes()
		b.Signatures[k].BLS = sig[:]
	}
	src := newBatchStore()
	src.put(b)
	cfg := e.posterConfig(ops[0].Signer)
	cfg.BLSRegistry = e.d.BLS
	logs := &attrHandler{}
	txm, err := NewTxManager(e.txConfig(), e.client, e.accounts[0], nil, NopMetrics())
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPoster(cfg, e.client, txm, src, slog.New(logs), NopMetrics())
	if err != nil {
		t.Fatal(err)
	}
	runBackground(t, p)
	waitFor(t, "the wait logged", func() bool { return logs.find("short of 2/3", "bls_invalid_signers", ops[2].Signer.Hex()) })
	if logs.find("bls_invalid_signers", ops[0].Signer.Hex()) {
		t.Fatal("operator 0's valid signature named invalid")
	}
	if n := e.nextBatchIndex(); n != 0 {
		t.Fatalf("a certificate of 10 of 30 ETH on L1 was posted (next batch %d)", n)
	}
}
