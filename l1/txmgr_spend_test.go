package l1

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/node"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// lyingClient is an L1 RPC that reports a fixed tip suggestion and a fixed
// base fee for the head, whatever the chain says; transactions go to the
// real chain.
type lyingClient struct {
	recordingClient
	baseFee *big.Int // the head's reported base fee, if set
}

func newLyingClient(c TxClient, tip, baseFee *big.Int) *lyingClient {
	return &lyingClient{recordingClient: recordingClient{TxClient: c, tip: tip}, baseFee: baseFee}
}

func (c *lyingClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := c.TxClient.HeaderByNumber(ctx, n)
	if err != nil || n != nil || c.baseFee == nil {
		return h, err
	}
	h = types.CopyHeader(h)
	h.BaseFee = new(big.Int).Set(c.baseFee)
	return h, nil
}

// fakeClock is the budget's clock in tests.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// setBudget changes the spending budget of a running manager (tests).
func (m *TxManager) setBudget(wei *big.Int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.limit = new(big.Int).Set(wei)
}

type sendResult struct {
	r   *types.Receipt
	err error
}

// sendAsync runs txm.Send in the background.
func sendAsync(ctx context.Context, txm *TxManager, msg ethereum.CallMsg) <-chan sendResult {
	out := make(chan sendResult, 1)
	go func() {
		r, err := txm.Send(ctx, *msg.To, msg.Data, msg.Value)
		out <- sendResult{r, err}
	}()
	return out
}

func (e *env) pendingNonce(txm *TxManager) uint64 {
	e.t.Helper()
	n, err := e.client.PendingNonceAt(e.ctx, txm.Address())
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *env) minedNonce(txm *TxManager) uint64 {
	e.t.Helper()
	n, err := e.client.NonceAt(e.ctx, txm.Address(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func (e *env) balance(txm *TxManager) *big.Int {
	e.t.Helper()
	b, err := e.client.BalanceAt(e.ctx, e.d.RewardPool, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return b
}

// TestTxManagerTakesOverTimedOutTransaction: a Send that timed out on a
// pending transaction, retried with the same call, replaces that
// transaction (same nonce, higher fees) instead of sending a second one
// behind it: the call is mined once.
func TestTxManagerTakesOverTimedOutTransaction(t *testing.T) {
	e := newEnv(t, 1)
	rc := &recordingClient{TxClient: e.client}
	cfg := e.txConfig()
	cfg.ReceiptTimeout = 300 * time.Millisecond
	cfg.ResubmitAfter = 100 * time.Millisecond
	txm, m := e.txManager(e.accounts[0], rc, &cfg)
	before := e.balance(txm)
	fund := bindings.NewRewardPool().PackFund()

	// No block is mined: the first Send gives up.
	if _, err := txm.Send(e.ctx, e.d.RewardPool, fund, gwei(1)); !errors.Is(err, ErrTxTimeout) {
		t.Fatalf("got %v, want ErrTxTimeout", err)
	}
	if n := e.pendingNonce(txm); n != 1 {
		t.Fatalf("pending nonce %d after the first send, want 1", n)
	}
	// The retry replaces the pending transaction (still no block), which
	// is then mined.
	firstSent := len(rc.transactions())
	retried := sendAsync(e.ctx, txm, ethereum.CallMsg{To: &e.d.RewardPool, Data: fund, Value: gwei(1)})
	waitFor(t, "a replacement", func() bool { return len(rc.transactions()) > firstSent })
	e.autoMine(20 * time.Millisecond)
	res := <-retried
	r, err := res.r, res.err
	if err != nil {
		t.Fatal(err)
	}
	if n := e.txNonce(r.TxHash); n != 0 {
		t.Fatalf("the retry was mined with nonce %d, want the pending one's 0", n)
	}
	if n := e.minedNonce(txm); n != 1 {
		t.Fatalf("%d transactions mined, want 1", n)
	}
	if got := new(big.Int).Sub(e.balance(txm), before); got.Cmp(gwei(1)) != 0 {
		t.Fatalf("pool received %v, want one funding of 1 gwei", got)
	}
	sent := rc.transactions()
	for _, tx := range sent {
		if tx.Nonce() != 0 {
			t.Fatalf("a transaction with nonce %d was sent; every version should replace nonce 0", tx.Nonce())
		}
	}
	mined, _, err := e.client.TransactionByHash(e.ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if mined.GasFeeCap().Cmp(sent[0].GasFeeCap()) <= 0 {
		t.Fatalf("mined fee cap %v not above the first version's %v", mined.GasFeeCap(), sent[0].GasFeeCap())
	}
	if value(m.TxMined) != 1 || value(m.TxReplaced) < 1 {
		t.Fatalf("mined %v, replaced %v", value(m.TxMined), value(m.TxReplaced))
	}
}

// TestTxManagerJoinsPendingSameCall: a Send of the call another Send is
// waiting for shares its transaction and receipt.
func TestTxManagerJoinsPendingSameCall(t *testing.T) {
	e := newEnv(t, 1)
	txm, m := e.txManager(e.accounts[0], nil, nil)
	msg := ethereum.CallMsg{To: &e.d.RewardPool, Data: bindings.NewRewardPool().PackFund(), Value: gwei(1)}
	a := sendAsync(e.ctx, txm, msg)
	waitFor(t, "the first transaction pending", func() bool { return e.pendingNonce(txm) == 1 })
	b := sendAsync(e.ctx, txm, msg)
	waitFor(t, "both sends in flight", func() bool { return value(m.TxInFlight) == 2 })
	time.Sleep(20 * time.Millisecond) // the second reaches its wait
	e.autoMine(20 * time.Millisecond)
	ra, rb := <-a, <-b
	if ra.err != nil || rb.err != nil {
		t.Fatalf("sends: %v, %v", ra.err, rb.err)
	}
	if ra.r.TxHash != rb.r.TxHash {
		t.Fatalf("two transactions %s and %s for one call", ra.r.TxHash, rb.r.TxHash)
	}
	if n := e.minedNonce(txm); n != 1 {
		t.Fatalf("%d transactions mined, want 1", n)
	}
	if value(m.TxMined) != 1 || value(m.TxPublished) != 1 {
		t.Fatalf("mined %v, published %v", value(m.TxMined), value(m.TxPublished))
	}
}

// TestTxManagerBumpsOrphanBeforeSending: a Send that gave up left a
// transaction the block producer will not take (tip too low); a Send of
// another call raises that one's fees until it is mined, then sends its
// own, instead of queueing behind a nonce nobody bumps.
func TestTxManagerBumpsOrphanBeforeSending(t *testing.T) {
	minTip := big.NewInt(1e9)
	e := newEnv(t, 1, func(_ *node.Config, ec *ethconfig.Config) { ec.Miner.GasPrice = minTip })
	e.autoMine(20 * time.Millisecond)
	rc := &recordingClient{TxClient: e.client, tip: big.NewInt(5e8)}
	cfg := e.txConfig()
	cfg.ResubmitAfter = 100 * time.Millisecond
	txm, m := e.txManager(e.accounts[0], rc, &cfg)
	before := e.balance(txm)
	fund := bindings.NewRewardPool().PackFund()

	short, cancel := context.WithTimeout(e.ctx, 50*time.Millisecond)
	defer cancel()
	if _, err := txm.Send(short, e.d.RewardPool, fund, gwei(1)); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v, want the caller's deadline", err)
	}
	if n := e.pendingNonce(txm); n != 1 {
		t.Fatalf("pending nonce %d: the underpriced transaction is not pending", n)
	}
	ctx, cancel2 := context.WithTimeout(e.ctx, 15*time.Second)
	defer cancel2()
	r, err := txm.Send(ctx, e.d.RewardPool, fund, gwei(2))
	if err != nil {
		t.Fatal(err)
	}
	if n := e.txNonce(r.TxHash); n != 1 {
		t.Fatalf("second call mined with nonce %d, want 1", n)
	}
	if n := e.minedNonce(txm); n != 2 {
		t.Fatalf("%d transactions mined, want 2", n)
	}
	if got := new(big.Int).Sub(e.balance(txm), before); got.Cmp(gwei(3)) != 0 {
		t.Fatalf("pool received %v, want both fundings (3 gwei)", got)
	}
	if value(m.TxMined) != 2 {
		t.Fatalf("mined metric %v, want 2", value(m.TxMined))
	}
}

// TestTxManagerLyingRPC: an L1 RPC that suggests an absurd tip, or
// reports an absurd base fee, cannot make a transaction offer more than
// the configured caps.
func TestTxManagerLyingRPC(t *testing.T) {
	fund := bindings.NewRewardPool().PackFund()
	t.Run("tip", func(t *testing.T) {
		e := newEnv(t, 1)
		e.autoMine(20 * time.Millisecond)
		lc := newLyingClient(e.client, gwei(400), nil) // under the default 500 gwei fee cap
		cfg := e.txConfig()
		cfg.MaxTipCap = gwei(2)
		txm, _ := e.txManager(e.accounts[0], lc, &cfg)
		r, err := txm.Send(e.ctx, e.d.RewardPool, fund, gwei(1))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range lc.transactions() {
			if tx.GasTipCap().Cmp(cfg.MaxTipCap) > 0 || tx.GasFeeCap().Cmp(cfg.MaxFeeCap) > 0 {
				t.Fatalf("offered tip %v, fee cap %v: above max_tip_cap %v / max_fee_cap %v", tx.GasTipCap(), tx.GasFeeCap(),
					cfg.MaxTipCap, cfg.MaxFeeCap)
			}
		}
		h, err := e.client.HeaderByNumber(e.ctx, r.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		if limit := new(big.Int).Add(h.BaseFee, cfg.MaxTipCap); r.EffectiveGasPrice.Cmp(limit) > 0 {
			t.Fatalf("paid %v per gas, more than the base fee %v plus max_tip_cap", r.EffectiveGasPrice, h.BaseFee)
		}
	})
	t.Run("base fee", func(t *testing.T) {
		e := newEnv(t, 1)
		e.autoMine(20 * time.Millisecond)
		lc := newLyingClient(e.client, gwei(1), gwei(1_000_000))
		cfg := e.txConfig()
		cfg.MaxFeeCap = gwei(50)
		txm, m := e.txManager(e.accounts[0], lc, &cfg)
		if _, err := txm.Send(e.ctx, e.d.RewardPool, fund, gwei(1)); !errors.Is(err, ErrFeeCapExceeded) {
			t.Fatalf("got %v, want ErrFeeCapExceeded", err)
		}
		if n := len(lc.transactions()); n != 0 || txm.budgetUsed().Sign() != 0 {
			t.Fatalf("%d transactions sent, budget holds %v", n, txm.budgetUsed())
		}
		// A lie the cap allows: offered, capped, and mined at the real price.
		lc.baseFee = gwei(20)
		r, err := txm.Send(e.ctx, e.d.RewardPool, fund, gwei(1))
		if err != nil {
			t.Fatal(err)
		}
		sent := lc.transactions()
		if len(sent) == 0 || sent[len(sent)-1].GasFeeCap().Cmp(cfg.MaxFeeCap) > 0 {
			t.Fatalf("fee cap above max_fee_cap %v", cfg.MaxFeeCap)
		}
		paid := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		if got := txm.budgetUsed(); got.Cmp(paid) != 0 {
			t.Fatalf("budget holds %v after mining, want what it paid, %v", got, paid)
		}
		if value(m.TxCommittedWei) <= weiFloat(paid) {
			t.Fatalf("committed %v, paid %v: the worst case was not counted", value(m.TxCommittedWei), paid)
		}
	})
}

// TestTxManagerSpendingBudget: a transaction counts its worst case
// (gas limit x fee cap) while pending and what it paid once mined, over a
// rolling hour; a Send that does not fit is refused before anything is
// published.
func TestTxManagerSpendingBudget(t *testing.T) {
	e := newEnv(t, 1)
	// A fixed tip and base fee make the fee cap 1 + 2x10 = 21 gwei.
	lc := newLyingClient(e.client, gwei(1), gwei(10))
	pool := bindings.NewRewardPool()
	msgA := ethereum.CallMsg{From: addr(e.accounts[0]), To: &e.d.RewardPool, Data: pool.PackFund(), Value: gwei(1)}
	msgB := msgA
	msgB.Value = gwei(2)
	est, err := e.client.EstimateGas(e.ctx, msgA)
	if err != nil {
		t.Fatal(err)
	}
	cfg := e.txConfig()
	worst := new(big.Int).Mul(new(big.Int).SetUint64(est+est*cfg.GasHeadroomPercent/100+gasHeadroomFixed), gwei(21))
	cfg.MaxSpendPerHour = new(big.Int).Div(new(big.Int).Mul(worst, big.NewInt(3)), big.NewInt(2))
	m := NopMetrics()
	txm, err := NewTxManager(cfg, lc, e.accounts[0], nil, m)
	if err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{t: time.Unix(1_700_000_000, 0)}
	txm.now = clock.now
	t0 := clock.now()

	// A stays pending (no mining): its worst case fills two thirds.
	a := sendAsync(e.ctx, txm, msgA)
	waitFor(t, "A pending", func() bool { return e.pendingNonce(txm) == 1 })
	if got := txm.budgetUsed(); got.Cmp(worst) != 0 {
		t.Fatalf("budget holds %v with A pending, want its worst case %v", got, worst)
	}
	if value(m.TxBudgetUsedWei) != weiFloat(worst) || value(m.TxBudgetLimitWei) != weiFloat(cfg.MaxSpendPerHour) {
		t.Fatalf("budget gauges: used %v, limit %v", value(m.TxBudgetUsedWei), value(m.TxBudgetLimitWei))
	}
	clock.advance(10 * time.Minute)
	_, err = txm.Send(e.ctx, *msgB.To, msgB.Data, msgB.Value)
	var be *BudgetError
	if !errors.Is(err, ErrBudgetExceeded) || !errors.As(err, &be) {
		t.Fatalf("B: got %v, want a *BudgetError", err)
	}
	if be.Used.Cmp(worst) != 0 || be.Limit.Cmp(cfg.MaxSpendPerHour) != 0 || !be.RetryAt.Equal(t0.Add(time.Hour)) {
		t.Fatalf("budget error %+v: want used %v, limit %v, room at %v", be, worst, cfg.MaxSpendPerHour, t0.Add(time.Hour))
	}
	if n := e.pendingNonce(txm); n != 1 || len(lc.transactions()) != 1 {
		t.Fatalf("pending nonce %d, %d transactions sent: B was published", n, len(lc.transactions()))
	}
	if value(m.TxBudgetRefusals) != 1 {
		t.Fatalf("refusals %v, want 1", value(m.TxBudgetRefusals))
	}

	// Mined, A counts what it paid (far below its worst case): B fits.
	e.autoMine(20 * time.Millisecond)
	ra := <-a
	if ra.err != nil {
		t.Fatal(ra.err)
	}
	paidA := new(big.Int).Mul(new(big.Int).SetUint64(ra.r.GasUsed), ra.r.EffectiveGasPrice)
	if got := txm.budgetUsed(); got.Cmp(paidA) != 0 {
		t.Fatalf("budget holds %v after A was mined, want what A paid, %v", got, paidA)
	}
	rb, err := txm.Send(e.ctx, *msgB.To, msgB.Data, msgB.Value)
	if err != nil {
		t.Fatalf("B after A was mined: %v", err)
	}
	paidB := new(big.Int).Mul(new(big.Int).SetUint64(rb.GasUsed), rb.EffectiveGasPrice)
	if got, want := txm.budgetUsed(), new(big.Int).Add(paidA, paidB); got.Cmp(want) != 0 {
		t.Fatalf("budget holds %v, want %v", got, want)
	}
	// A's entry ages out an hour after it was made, B's ten minutes later.
	clock.advance(50*time.Minute + time.Second)
	if got := txm.budgetUsed(); got.Cmp(paidB) != 0 {
		t.Fatalf("an hour after A: budget holds %v, want B's %v", got, paidB)
	}
	clock.advance(10 * time.Minute)
	if got := txm.budgetUsed(); got.Sign() != 0 {
		t.Fatalf("an hour after B: budget holds %v", got)
	}
	// One transaction whose worst case alone exceeds the budget.
	txm.setBudget(big.NewInt(1))
	_, err = txm.Send(e.ctx, *msgB.To, msgB.Data, msgB.Value)
	if !errors.As(err, &be) || !be.RetryAt.IsZero() {
		t.Fatalf("got %v, want a *BudgetError without a retry time", err)
	}
}

// TestPosterRetryAfterTimeoutSendsNoDuplicate: a commitBatch not mined
// before the receipt timeout, retried by the poster, ends as one mined
// commitBatch: no second transaction behind it that reverts and burns gas.
func TestPosterRetryAfterTimeoutSendsNoDuplicate(t *testing.T) {
	e := newPosterEnv(t)
	src := newBatchStore()
	self := e.ops[0].Signer
	src.put(e.batch(0, self, time.Now(), e.ops...))
	m := NopMetrics()
	cfg := e.txConfig()
	cfg.ReceiptTimeout = 300 * time.Millisecond
	cfg.ResubmitAfter = 100 * time.Millisecond
	txm, err := NewTxManager(cfg, e.client, e.accounts[0], nil, m)
	if err != nil {
		t.Fatal(err)
	}
	pc := e.posterConfig(self)
	pc.RetryAfter = 100 * time.Millisecond
	p, err := NewPoster(pc, e.client, txm, src, nil, m)
	if err != nil {
		t.Fatal(err)
	}
	runBackground(t, p)
	// No block is mined until the poster has timed out and retried twice.
	waitFor(t, "two timed-out posts", func() bool { return value(m.PostFailures) >= 2 })
	e.autoMine(20 * time.Millisecond)
	e.waitNextBatch(1)
	waitFor(t, "the poster's sends settled", func() bool { return value(m.TxInFlight) == 0 && e.pendingNonce(txm) == e.minedNonce(txm) })
	e.requireCommittedOnce(1)
	if n := e.minedNonce(txm); n != 1 {
		t.Fatalf("the poster's account mined %d transactions for one batch, want 1", n)
	}
	if value(m.TxReverted) != 0 {
		t.Fatalf("%v reverted transactions", value(m.TxReverted))
	}
}

// TestPosterWaitsForBudget: a poster whose sends the budget refuses logs
// it once, counts no post failure, sends nothing, and posts once the
// budget has room.
func TestPosterWaitsForBudget(t *testing.T) {
	e := newPosterEnv(t)
	e.autoMine(20 * time.Millisecond)
	src := newBatchStore()
	self := e.ops[0].Signer
	src.put(e.batch(0, self, time.Now(), e.ops...))
	m := NopMetrics()
	cfg := e.txConfig()
	cfg.MaxSpendPerHour = big.NewInt(1)
	txm, err := NewTxManager(cfg, e.client, e.accounts[0], nil, m)
	if err != nil {
		t.Fatal(err)
	}
	pc := e.posterConfig(self)
	pc.RetryAfter = 20 * time.Millisecond
	logs := &recordingHandler{}
	p, err := NewPoster(pc, e.client, txm, src, slog.New(logs), m)
	if err != nil {
		t.Fatal(err)
	}
	runBackground(t, p)
	waitFor(t, "several refusals", func() bool { return value(m.TxBudgetRefusals) >= 3 })
	if c := logs.count("paused"); c != 1 {
		t.Fatalf("budget wait logged %d times, want once", c)
	}
	if value(m.PostFailures) != 0 || e.pendingNonce(txm) != 0 {
		t.Fatalf("post failures %v, pending nonce %d", value(m.PostFailures), e.pendingNonce(txm))
	}
	txm.setBudget(ether(1))
	e.waitNextBatch(1)
	waitFor(t, "the post counted", func() bool { return value(m.BatchesPosted) == 1 })
	if !logs.has("has room again") {
		t.Fatal("the end of the budget wait was not logged")
	}
	e.requireCommittedOnce(1)
}

// TestProofSubmitterWaitsForBudget: the same for the proof submitter: no
// rejection or failure is counted, one log line, then the proof goes out.
func TestProofSubmitterWaitsForBudget(t *testing.T) {
	e := newEnv(t, 2)
	op := e.register(e.accounts[1], ether(10))
	e.nextEpoch()
	src := newBatchStore()
	e.commitBatches(src, op, 1)
	e.autoMine(20 * time.Millisecond)
	src.putProof(0, testProof(t, e.header(0)))
	m := NopMetrics()
	cfg := e.txConfig()
	cfg.MaxSpendPerHour = big.NewInt(1)
	txm, err := NewTxManager(cfg, e.client, e.accounts[0], nil, m)
	if err != nil {
		t.Fatal(err)
	}
	sc := e.submitterConfig()
	sc.RetryAfter = 20 * time.Millisecond
	logs := &recordingHandler{}
	s, err := NewProofSubmitter(sc, e.client, txm, src, src, slog.New(logs), m)
	if err != nil {
		t.Fatal(err)
	}
	runBackground(t, s)
	waitFor(t, "several refusals", func() bool { return value(m.TxBudgetRefusals) >= 3 })
	if c := logs.count("paused"); c != 1 {
		t.Fatalf("budget wait logged %d times, want once", c)
	}
	if value(m.ProofFailures) != 0 || value(m.ProofsRejected) != 0 || e.pendingNonce(txm) != 0 {
		t.Fatalf("failures %v, rejections %v, pending nonce %d", value(m.ProofFailures), value(m.ProofsRejected),
			e.pendingNonce(txm))
	}
	txm.setBudget(ether(1))
	waitFor(t, "batch 0 finalized", func() bool { return value(m.ProofsSubmitted) == 1 })
}
