package l1

import (
	"context"
	"errors"
	"log/slog"
	"math/big"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// txNonce returns the nonce of a mined transaction.
func (e *env) txNonce(h common.Hash) uint64 {
	e.t.Helper()
	tx, _, err := e.client.TransactionByHash(e.ctx, h)
	if err != nil {
		e.t.Fatal(err)
	}
	return tx.Nonce()
}

func TestTxManagerConcurrentSends(t *testing.T) {
	e := newEnv(t, 1)
	e.autoMine(20 * time.Millisecond)
	txm, m := e.txManager(e.accounts[0], nil, nil)
	pool := bindings.NewRewardPool()
	before, err := e.client.BalanceAt(e.ctx, e.d.RewardPool, nil)
	if err != nil {
		t.Fatal(err)
	}

	const n = 8
	var wg sync.WaitGroup
	rcpts := make([]*types.Receipt, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rcpts[i], errs[i] = txm.Send(e.ctx, e.d.RewardPool, pool.PackFund(), gwei(uint64(i+1)))
		}()
	}
	wg.Wait()
	nonces := map[uint64]bool{}
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("send %d: %v", i, errs[i])
		}
		if rcpts[i].Status != types.ReceiptStatusSuccessful {
			t.Fatalf("send %d failed on chain", i)
		}
		nonces[e.txNonce(rcpts[i].TxHash)] = true
	}
	for i := range uint64(n) {
		if !nonces[i] {
			t.Fatalf("nonces %v: want each of 0..%d once", nonces, n-1)
		}
	}
	after, err := e.client.BalanceAt(e.ctx, e.d.RewardPool, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := new(big.Int).Sub(after, before), gwei(n*(n+1)/2); got.Cmp(want) != 0 {
		t.Fatalf("pool received %v, want %v", got, want)
	}
	if got := value(m.TxMined); got != n {
		t.Fatalf("mined metric %v, want %d", got, n)
	}
	if got := value(m.TxInFlight); got != 0 {
		t.Fatalf("in-flight metric %v after all sends returned", got)
	}
	if got := value(m.TxGasUsed); got <= 0 {
		t.Fatalf("gas used metric %v", got)
	}
	if txm.Address() != addr(e.accounts[0]) {
		t.Fatalf("address %s", txm.Address())
	}
}

// recordingClient suggests a fixed tip and records every transaction sent.
type recordingClient struct {
	TxClient
	tip  *big.Int
	mu   sync.Mutex
	sent []*types.Transaction
}

func (c *recordingClient) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if c.tip != nil {
		return new(big.Int).Set(c.tip), nil
	}
	return c.TxClient.SuggestGasTipCap(ctx)
}

func (c *recordingClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	c.sent = append(c.sent, tx)
	c.mu.Unlock()
	return c.TxClient.SendTransaction(ctx, tx)
}

func (c *recordingClient) transactions() []*types.Transaction {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]*types.Transaction(nil), c.sent...)
}

// TestTxManagerBumpsStuckTransaction: the block producer wants a tip of at
// least 1 gwei and the client suggests 0.5 gwei, so the first transaction
// stays pending; the manager replaces it (same nonce, fees up 15% each
// time) until one is mined.
func TestTxManagerBumpsStuckTransaction(t *testing.T) {
	minTip := big.NewInt(1e9)
	e := newEnv(t, 1, func(_ *node.Config, ec *ethconfig.Config) { ec.Miner.GasPrice = minTip })
	e.autoMine(20 * time.Millisecond)
	rc := &recordingClient{TxClient: e.client, tip: big.NewInt(5e8)}
	cfg := e.txConfig()
	cfg.ResubmitAfter = 50 * time.Millisecond
	txm, m := e.txManager(e.accounts[0], rc, &cfg)

	r, err := txm.Send(e.ctx, e.d.RewardPool, bindings.NewRewardPool().PackFund(), gwei(1))
	if err != nil {
		t.Fatal(err)
	}
	sent := rc.transactions()
	if len(sent) < 2 {
		t.Fatalf("%d transactions sent, want a replacement", len(sent))
	}
	first := sent[0]
	if first.GasTipCap().Cmp(minTip) >= 0 {
		t.Fatalf("first tip %v should be below the block producer's minimum", first.GasTipCap())
	}
	if r.TxHash == first.Hash() {
		t.Fatal("the underpriced first version was mined")
	}
	mined, _, err := e.client.TransactionByHash(e.ctx, r.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if mined.Nonce() != first.Nonce() {
		t.Fatalf("replacement nonce %d, first %d", mined.Nonce(), first.Nonce())
	}
	if mined.GasTipCap().Cmp(minTip) < 0 {
		t.Fatalf("mined tip %v below the minimum", mined.GasTipCap())
	}
	for i := 1; i < len(sent); i++ {
		prev, cur := sent[i-1], sent[i]
		if cur.Hash() == prev.Hash() {
			continue // a resend of the same bytes
		}
		// Each replacement raises both fees by at least 10% (what the
		// pool demands; the manager uses 15%).
		for _, f := range [][2]*big.Int{{prev.GasTipCap(), cur.GasTipCap()}, {prev.GasFeeCap(), cur.GasFeeCap()}} {
			min := new(big.Int).Div(new(big.Int).Mul(f[0], big.NewInt(110)), big.NewInt(100))
			if f[1].Cmp(min) < 0 {
				t.Fatalf("replacement %d raised %v to %v only", i, f[0], f[1])
			}
		}
	}
	if got := value(m.TxReplaced); got < 1 {
		t.Fatalf("replaced metric %v", got)
	}
}

// flakyClient fails the first failures[method] calls of each method with a
// transport error; SendTransaction failures alternate between "lost on the
// way" and "delivered, but the answer was lost".
type flakyClient struct {
	TxClient
	mu       sync.Mutex
	failures map[string]int
	injected atomic.Int64
}

var errConnRefused = errors.New("dial tcp 127.0.0.1:8545: connect: connection refused")

func (c *flakyClient) fail(method string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failures[method] > 0 {
		c.failures[method]--
		c.injected.Add(1)
		return true
	}
	return false
}

func (c *flakyClient) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if c.fail("EstimateGas") {
		return 0, errConnRefused
	}
	return c.TxClient.EstimateGas(ctx, msg)
}

func (c *flakyClient) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if c.fail("PendingNonceAt") {
		return 0, errConnRefused
	}
	return c.TxClient.PendingNonceAt(ctx, a)
}

func (c *flakyClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if c.fail("HeaderByNumber") {
		return nil, errConnRefused
	}
	return c.TxClient.HeaderByNumber(ctx, n)
}

func (c *flakyClient) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	c.mu.Lock()
	left := c.failures["SendTransaction"]
	c.mu.Unlock()
	if c.fail("SendTransaction") {
		if left%2 == 1 {
			// Delivered (whatever the node said); the reply is lost.
			_ = c.TxClient.SendTransaction(ctx, tx)
		}
		return errConnRefused
	}
	return c.TxClient.SendTransaction(ctx, tx)
}

func (c *flakyClient) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if c.fail("TransactionReceipt") {
		return nil, errConnRefused
	}
	return c.TxClient.TransactionReceipt(ctx, h)
}

func TestTxManagerRetriesRPCFailures(t *testing.T) {
	e := newEnv(t, 1)
	e.autoMine(20 * time.Millisecond)
	fc := &flakyClient{TxClient: e.client, failures: map[string]int{
		"EstimateGas": 3, "HeaderByNumber": 1, "PendingNonceAt": 2, "SendTransaction": 3, "TransactionReceipt": 2}}
	logs := &countingHandler{}
	m := NopMetrics()
	txm, err := NewTxManager(e.txConfig(), fc, e.accounts[0], slog.New(logs), m)
	if err != nil {
		t.Fatal(err)
	}
	r, err := txm.Send(e.ctx, e.d.RewardPool, bindings.NewRewardPool().PackFund(), gwei(7))
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		t.Fatal("transaction failed")
	}
	if got := e.txNonce(r.TxHash); got != 0 {
		t.Fatalf("nonce %d, want 0 (no nonce skipped)", got)
	}
	want := float64(fc.injected.Load())
	if want != 11 {
		t.Fatalf("%v failures injected, want 11", want)
	}
	if got := value(m.TxRPCErrors); got != want {
		t.Fatalf("rpc error metric %v, want %v", got, want)
	}
	if logs.count(slog.LevelWarn) < 1 || logs.count(slog.LevelInfo) < 1 {
		t.Fatalf("want the outage and the recovery logged: %d warnings, %d infos",
			logs.count(slog.LevelWarn), logs.count(slog.LevelInfo))
	}
	// The next send goes out with the next nonce.
	r, err = txm.Send(e.ctx, e.d.RewardPool, bindings.NewRewardPool().PackFund(), gwei(1))
	if err != nil {
		t.Fatal(err)
	}
	if got := e.txNonce(r.TxHash); got != 1 {
		t.Fatalf("second nonce %d, want 1", got)
	}
}

func TestTxManagerRevertInEstimation(t *testing.T) {
	e := newEnv(t, 1)
	e.autoMine(20 * time.Millisecond)
	txm, m := e.txManager(e.accounts[0], nil, nil)
	// Batch 0 is not committed: proveBatch reverts BatchNotCommitted.
	r, err := txm.Send(e.ctx, e.d.Rollup, e.rollup.PackProveBatch(e.header(0), bindings.BatchRecord{}, make([]byte, 256)), nil)
	if r != nil {
		t.Fatalf("a receipt for a call that reverts in estimation: %+v", r)
	}
	if !errors.Is(err, ErrReverted) || !IsRevert(err, "BatchNotCommitted") {
		t.Fatalf("got %v, want a BatchNotCommitted revert", err)
	}
	var re *RevertError
	if !errors.As(err, &re) || re.Mined {
		t.Fatalf("want an estimation *RevertError, got %#v", err)
	}
	if got := contracts.RevertName(err); got != "BatchNotCommitted" {
		t.Fatalf("contracts.RevertName = %q", got)
	}
	if n, _ := e.client.PendingNonceAt(e.ctx, txm.Address()); n != 0 {
		t.Fatalf("account nonce %d: a transaction went out", n)
	}
	if value(m.TxPublished) != 0 || value(m.TxReverted) != 1 {
		t.Fatalf("published %v, reverted %v", value(m.TxPublished), value(m.TxReverted))
	}
}

// TestTxManagerRevertOnChain: two accounts commit batch 0 in one block;
// both pass estimation, the second fails on chain and the error names the
// revert (BatchOutOfOrder) from a replay.
func TestTxManagerRevertOnChain(t *testing.T) {
	e := newEnv(t, 3)
	op := e.register(e.accounts[2], ether(10))
	e.nextEpoch()
	h := e.header(0)
	data := e.rollup.PackCommitBatch(h, nil, contracts.Certificate(e.sign(h, op)), e.launch)
	var wg sync.WaitGroup
	rcpts := make([]*types.Receipt, 2)
	errs := make([]error, 2)
	for i := range 2 {
		txm, _ := e.txManager(e.accounts[i], nil, nil)
		wg.Add(1)
		go func() {
			defer wg.Done()
			rcpts[i], errs[i] = txm.Send(e.ctx, e.d.Rollup, data, nil)
		}()
	}
	waitFor(t, "both transactions pending", func() bool {
		for i := range 2 {
			if n, _ := e.client.PendingNonceAt(e.ctx, addr(e.accounts[i])); n != 1 {
				return false
			}
		}
		return true
	})
	e.sim.Commit()
	wg.Wait()
	ok, failed := 0, 0
	for i := range 2 {
		switch {
		case errs[i] == nil:
			ok++
		case IsRevert(errs[i], "BatchOutOfOrder"):
			failed++
			var re *RevertError
			if !errors.As(errs[i], &re) || !re.Mined || rcpts[i] == nil || rcpts[i].Status != types.ReceiptStatusFailed {
				t.Fatalf("want a mined revert with its receipt, got %v", errs[i])
			}
		default:
			t.Fatalf("send %d: %v", i, errs[i])
		}
	}
	if ok != 1 || failed != 1 {
		t.Fatalf("%d succeeded, %d reverted", ok, failed)
	}
	if got := e.nextBatchIndex(); got != 1 {
		t.Fatalf("next batch %d", got)
	}
}

// TestTxManagerNonces: a new manager for the same key continues after the
// nonces a previous one used; a manager whose counter went stale (the key
// used elsewhere) recovers from "nonce too low".
func TestTxManagerNonces(t *testing.T) {
	e := newEnv(t, 1)
	e.autoMine(20 * time.Millisecond)
	fund := bindings.NewRewardPool().PackFund()
	send := func(txm *TxManager) uint64 {
		t.Helper()
		r, err := txm.Send(e.ctx, e.d.RewardPool, fund, gwei(1))
		if err != nil {
			t.Fatal(err)
		}
		return e.txNonce(r.TxHash)
	}
	a, _ := e.txManager(e.accounts[0], nil, nil)
	if n := send(a); n != 0 {
		t.Fatalf("first nonce %d", n)
	}
	b, _ := e.txManager(e.accounts[0], nil, nil) // a restart
	for want := uint64(1); want <= 2; want++ {
		if n := send(b); n != want {
			t.Fatalf("restarted manager: nonce %d, want %d", n, want)
		}
	}
	// a's counter is at 1, the chain at 3.
	if n := send(a); n != 3 {
		t.Fatalf("stale manager: nonce %d, want 3", n)
	}
	if n := send(a); n != 4 {
		t.Fatalf("after resync: nonce %d, want 4", n)
	}
}

func TestTxManagerFeeCap(t *testing.T) {
	e := newEnv(t, 1)
	e.autoMine(20 * time.Millisecond)
	cfg := e.txConfig()
	cfg.MinTipCap = big.NewInt(0)
	cfg.MaxTipCap = big.NewInt(1)
	cfg.MaxFeeCap = big.NewInt(1)
	txm, m := e.txManager(e.accounts[0], nil, &cfg)
	_, err := txm.Send(e.ctx, e.d.RewardPool, bindings.NewRewardPool().PackFund(), gwei(1))
	if !errors.Is(err, ErrFeeCapExceeded) {
		t.Fatalf("got %v, want ErrFeeCapExceeded", err)
	}
	if value(m.TxPublished) != 0 || value(m.TxFailed) != 1 {
		t.Fatalf("published %v, failed %v", value(m.TxPublished), value(m.TxFailed))
	}
	// The nonce it did not use goes to the next send.
	txm.cfg.MaxFeeCap, txm.cfg.MaxTipCap = DefaultTxManagerConfig().MaxFeeCap, DefaultTxManagerConfig().MaxTipCap
	r, err := txm.Send(e.ctx, e.d.RewardPool, bindings.NewRewardPool().PackFund(), gwei(1))
	if err != nil {
		t.Fatal(err)
	}
	if n := e.txNonce(r.TxHash); n != 0 {
		t.Fatalf("nonce %d, want 0", n)
	}
}

func TestTxManagerConfigValidate(t *testing.T) {
	good := DefaultTxManagerConfig()
	good.ChainID = big.NewInt(1)
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		key string
		mod func(*TxManagerConfig)
	}{
		{"chain_id", func(c *TxManagerConfig) { c.ChainID = nil }},
		{"fee_bump_percent", func(c *TxManagerConfig) { c.FeeBumpPercent = 9 }},
		{"max_fee_cap", func(c *TxManagerConfig) { c.MaxFeeCap = nil }},
		{"max_fee_cap", func(c *TxManagerConfig) { c.MaxFeeCap = big.NewInt(1) }},
		{"max_fee_cap", func(c *TxManagerConfig) { c.MaxFeeCap = new(big.Int).Sub(c.MaxTipCap, big.NewInt(1)) }},
		{"max_tip_cap", func(c *TxManagerConfig) { c.MaxTipCap = nil }},
		{"max_tip_cap", func(c *TxManagerConfig) { c.MaxTipCap = big.NewInt(0) }},
		{"max_tip_cap", func(c *TxManagerConfig) { c.MaxTipCap = new(big.Int).Sub(c.MinTipCap, big.NewInt(1)) }},
		{"max_spend_per_hour", func(c *TxManagerConfig) { c.MaxSpendPerHour = nil }},
		{"max_spend_per_hour", func(c *TxManagerConfig) { c.MaxSpendPerHour = big.NewInt(0) }},
		{"resubmit_after", func(c *TxManagerConfig) { c.ResubmitAfter = 0 }},
		{"retry_max", func(c *TxManagerConfig) { c.RetryMax = time.Millisecond }},
	} {
		c := good
		tc.mod(&c)
		err := c.Validate()
		if err == nil || !strings.Contains(err.Error(), "l1.tx."+tc.key) {
			t.Errorf("%s: got %v", tc.key, err)
		}
	}
}

func TestBumped(t *testing.T) {
	for _, tc := range []struct{ in, pct, want int64 }{{0, 15, 1}, {1, 15, 2}, {100, 15, 115}, {1000, 10, 1100}, {7, 10, 8}} {
		if got := bumped(big.NewInt(tc.in), uint64(tc.pct)); got.Int64() != tc.want {
			t.Errorf("bumped(%d, %d) = %v, want %d", tc.in, tc.pct, got, tc.want)
		}
	}
}

// The real client and the simulated one satisfy the submission side's
// interfaces.
var (
	_ TxClient   = (*ethclient.Client)(nil)
	_ CallClient = (*ethclient.Client)(nil)
	_ TxClient   = simulated.Client(nil)
	_ CallClient = simulated.Client(nil)
)

func TestSubmitConfigValidate(t *testing.T) {
	a := common.HexToAddress("0x01")
	pc := DefaultPosterConfig()
	pc.Rollup, pc.StakingRegistry, pc.Self, pc.Launch = a, a, a, common.HexToHash("0x02")
	if err := pc.Validate(); err != nil {
		t.Fatal(err)
	}
	pc.Self, pc.RetryAfter, pc.Launch = common.Address{}, 0, common.Hash{}
	if err := pc.Validate(); err == nil || !strings.Contains(err.Error(), "l1.poster.self") ||
		!strings.Contains(err.Error(), "l1.poster.retry_after") || !strings.Contains(err.Error(), "l1.poster.launch") {
		t.Fatalf("poster config: %v", err)
	}
	sc := DefaultProofSubmitterConfig()
	sc.Rollup = a
	if err := sc.Validate(); err != nil {
		t.Fatal(err)
	}
	sc.Rollup, sc.PollInterval = common.Address{}, 0
	if err := sc.Validate(); err == nil || !strings.Contains(err.Error(), "l1.prover.rollup") ||
		!strings.Contains(err.Error(), "l1.prover.poll_interval") {
		t.Fatalf("submitter config: %v", err)
	}
}
