package mempool

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mycel-network/mycel/ledger"
)

// Issue 12: a transaction signed by the wrong key is reported as such
// (IsInvalid: gossip rejects it and penalises the peer) even where a
// correctly signed one is refused by policy (Ignore): the pool refuses
// before checking the signature, cheaply, but spot-checks refusals within
// Config.RefusedSigChecksPerSecond (100 a second by default: every one
// here). Before, a full pool answered ErrPoolFull, and the other rules
// their own errors, without looking at the signature, and a peer could
// flood garbage unpunished.
func TestBadSignatureNeverPassesAsARefusal(t *testing.T) {
	fullOfPending := func(e *env) {
		for from := uint32(1); from <= 4; from++ {
			e.mustAdd(e.transfer(from, 6, 1, 10, 0))
		}
	}
	for _, tc := range []struct {
		name  string
		cfg   func(*Config)
		setup func(*env)
		from  uint32
		tx    ledger.Tx // From is set to from
		want  []error
	}{
		{"pool full, future nonce, high fee", nil, fullOfPending, 5,
			ledger.Tx{To: 6, Amount: 1, Fee: 1000, Nonce: 3}, []error{ErrPoolFull}},
		{"pool full, underpriced", nil, fullOfPending, 5,
			ledger.Tx{To: 6, Amount: 1, Fee: 5, Nonce: 0}, []error{ErrPoolFull}},
		{"replacement underpriced", nil, func(e *env) { e.mustAdd(e.transfer(1, 6, 1, 10, 0)) }, 1,
			ledger.Tx{To: 6, Amount: 2, Fee: 10, Nonce: 0}, []error{ErrReplacementUnderpriced}},
		{"account bytes", func(c *Config) { c.MaxBytesPerAccount = 200 }, func(e *env) { e.mustAdd(e.transfer(1, 6, 1, 10, 0)) }, 1,
			ledger.Tx{To: 6, Amount: 1, Fee: 10, Nonce: 1}, []error{ErrAccountLimit}},
		{"overdraft", nil, func(e *env) { e.mustAdd(e.transfer(1, 6, 9000, 10, 0)) }, 1,
			ledger.Tx{To: 6, Amount: 1000, Fee: 10, Nonce: 1}, []error{ErrOverdraft}},
		{"queued, sender at its queued limit", func(c *Config) { c.MaxQueuedTxsPerAccount = 1 }, func(e *env) { e.mustAdd(e.transfer(1, 6, 1, 10, 2)) }, 1,
			ledger.Tx{To: 6, Amount: 1, Fee: 10, Nonce: 3}, []error{ErrQueuedLimit, ErrAccountLimit}},
		{"queued, pool at its queued limit", func(c *Config) { c.MaxQueuedTxs = 1 }, func(e *env) { e.mustAdd(e.transfer(1, 6, 1, 10, 2)) }, 2,
			ledger.Tx{To: 6, Amount: 1, Fee: 10, Nonce: 2}, []error{ErrQueuedLimit, ErrPoolFull}},
		{"nonce too far ahead", nil, func(*env) {}, 1,
			ledger.Tx{To: 6, Amount: 1, Fee: 10, Nonce: 4}, []error{ledger.ErrNonceTooHigh}},
		{"insufficient balance", nil, func(*env) {}, 1,
			ledger.Tx{To: 6, Amount: 20_000, Fee: 10, Nonce: 0}, []error{ledger.ErrInsufficientBalance}},
		{"unknown receiver", nil, func(*env) {}, 1,
			ledger.Tx{To: 60, Amount: 1, Fee: 10, Nonce: 0}, []error{ledger.ErrUnknownAccount}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := smallConfig(4, 4)
			if tc.cfg != nil {
				tc.cfg(&cfg)
			}
			e := newEnv(t, 6, 10_000, cfg, nil)
			tc.setup(e)
			size := e.pool.Size()
			tx := tc.tx
			tx.Type, tx.ChainID, tx.From = ledger.TxTransfer, testChainID, tc.from
			// Signed by the sender: refused by policy, which gossip ignores.
			_, err := e.pool.Add(e.sign(&tx, tc.from))
			for _, w := range tc.want {
				if !errors.Is(err, w) {
					t.Fatalf("correctly signed: got %v, want %v", err, w)
				}
			}
			if IsInvalid(err) {
				t.Fatalf("correctly signed: IsInvalid(%v) = true: gossip would penalise an honest relay", err)
			}
			// The same transaction signed by another key: invalid.
			tx.Amount++ // another transaction, not a duplicate
			_, err = e.pool.Add(e.sign(&tx, tc.from%6+1))
			if !errors.Is(err, ledger.ErrBadSignature) || !IsInvalid(err) {
				t.Fatalf("signed by another key: got %v (IsInvalid %v), want ErrBadSignature", err, IsInvalid(err))
			}
			if e.pool.Size() != size {
				t.Fatalf("pool holds %d, want %d", e.pool.Size(), size)
			}
			checkIndex(t, e.pool)
		})
	}
}

// countingVerifier counts signature checks.
type countingVerifier struct {
	ledger.SigVerifier
	n atomic.Int64
}

func (v *countingVerifier) VerifyTx(tx *ledger.Tx, pk ledger.PublicKey) error {
	v.n.Add(1)
	return v.SigVerifier.VerifyTx(tx, pk)
}

// A flood of transactions the pool refuses costs no signature checks
// beyond Config.RefusedSigChecksPerSecond; past the budget a badly signed
// one passes as merely refused until the budget refills. A transaction
// the pool would admit is always checked.
func TestRefusalsSpendAtMostTheCheckBudget(t *testing.T) {
	cfg := smallConfig(4, 4)
	cfg.RefusedSigChecksPerSecond = 3
	v := &countingVerifier{SigVerifier: ledger.NewSigCache(1024)}
	e := newEnv(t, 6, 10_000, cfg, v)
	reg := prometheus.NewRegistry()
	e.pool.m = NewMetrics(reg)
	for from := uint32(1); from <= 4; from++ {
		e.mustAdd(e.transfer(from, 6, 1, 10, 0))
	}
	checks := func(want int64) {
		t.Helper()
		if got := v.n.Load(); got != want {
			t.Fatalf("%d signature checks, want %d", got, want)
		}
	}
	checks(4)
	for amount := uint64(1); amount <= 10; amount++ {
		if _, err := e.pool.Add(e.transfer(5, 6, amount, 5, 0)); !errors.Is(err, ErrPoolFull) {
			t.Fatalf("underpriced: %v", err)
		}
	}
	checks(4 + 3)
	if got := value(t, e.pool.m.spotChecks); got != 3 {
		t.Fatalf("refused_sig_checks_total %v", got)
	}
	garbage := func(amount uint64) []byte {
		return e.sign(&ledger.Tx{Type: ledger.TxTransfer, ChainID: testChainID, From: 5, To: 6, Amount: amount, Fee: 1000, Nonce: 3}, 1)
	}
	if _, err := e.pool.Add(garbage(1)); !errors.Is(err, ErrPoolFull) || IsInvalid(err) {
		t.Fatalf("garbage past the budget: got %v, want a plain ErrPoolFull", err)
	}
	e.clock.Advance(time.Second)
	if _, err := e.pool.Add(garbage(2)); !errors.Is(err, ledger.ErrBadSignature) {
		t.Fatalf("garbage once the budget refilled: got %v", err)
	}
	checks(4 + 3 + 1)
	// Garbage the pool would admit (it pays enough to evict) is always
	// checked, budget or not.
	for range 2 {
		e.pool.Add(e.transfer(5, 6, 99, 5, 0)) // spend the budget
	}
	bad := e.sign(&ledger.Tx{Type: ledger.TxTransfer, ChainID: testChainID, From: 5, To: 6, Amount: 1, Fee: 100, Nonce: 0}, 1)
	if _, err := e.pool.Add(bad); !errors.Is(err, ledger.ErrBadSignature) {
		t.Fatalf("admissible garbage: got %v", err)
	}
	e.mustAdd(e.transfer(5, 6, 1, 100, 0))
	checks(4 + 3 + 1 + 2 + 2)
	checkIndex(t, e.pool)
}

// Queued transactions (waiting for an earlier nonce) have their own bound,
// in all and per sender: however much they bid, senders with funds cannot
// fill the pool with transactions that may never execute. Executable ones
// fill the rest and evict queued ones first.
func TestQueuedTransactionsAreBounded(t *testing.T) {
	cfg := smallConfig(8, 8)
	cfg.MaxQueuedTxs, cfg.MaxQueuedTxsPerAccount = 2, 2
	e := newEnv(t, 12, 1_000_000, cfg, nil)
	reg := prometheus.NewRegistry()
	e.pool.m = NewMetrics(reg)

	// Eight attackers send one queued transaction each, bidding ever more:
	// each newcomer evicts the cheapest queued one, the queue stays at 2.
	var attack [][]byte
	for from := uint32(1); from <= 8; from++ {
		raw := e.transfer(from, 12, 1, 100*uint64(from), 1)
		e.mustAdd(raw)
		attack = append(attack, raw)
	}
	if e.pool.Size() != 2 || !e.has(attack[6], attack[7]) {
		t.Fatalf("pool holds %d, want the 2 best-paying queued", e.pool.Size())
	}
	if got := value(t, e.pool.m.queued); got != 2 {
		t.Fatalf("queued_txs gauge %v", got)
	}
	// A queued transaction that pays no more is refused.
	if _, err := e.pool.Add(e.transfer(9, 12, 1, 700, 1)); !errors.Is(err, ErrQueuedLimit) || !errors.Is(err, ErrPoolFull) {
		t.Fatalf("queued at the bound: got %v", err)
	}
	// Executable transactions fill the pool past the queued bound...
	for from := uint32(9); from <= 12; from++ {
		e.mustAdd(e.transfer(from, 1, 1, 50, 0))
	}
	e.mustAdd(e.transfer(9, 1, 1, 50, 1))
	e.mustAdd(e.transfer(10, 1, 1, 50, 1))
	checkIndex(t, e.pool)
	if e.pool.Size() != 8 {
		t.Fatalf("pool holds %d, want 8", e.pool.Size())
	}
	// ...and a full pool evicts queued ones first, whatever they bid.
	e.mustAdd(e.transfer(11, 1, 1, 60, 1))
	e.mustAdd(e.transfer(12, 1, 1, 60, 1))
	if e.has(attack[6]) || e.has(attack[7]) || e.pool.Size() != 8 {
		t.Fatal("executable newcomers did not evict the queued transactions")
	}
	checkIndex(t, e.pool)

	// Per sender: two queued, a third is refused; filling the gap makes
	// them executable, and then more may queue.
	e = newEnv(t, 2, 1_000_000, cfg, nil)
	e.mustAdd(e.transfer(1, 2, 1, 10, 2))
	e.mustAdd(e.transfer(1, 2, 1, 10, 3))
	if _, err := e.pool.Add(e.transfer(1, 2, 1, 10, 5)); !errors.Is(err, ErrQueuedLimit) || !errors.Is(err, ErrAccountLimit) {
		t.Fatalf("third queued of one sender: got %v", err)
	}
	e.mustAdd(e.transfer(1, 2, 1, 10, 0))
	e.mustAdd(e.transfer(1, 2, 1, 10, 1)) // 0..3 executable now
	e.mustAdd(e.transfer(1, 2, 1, 10, 5))
	e.mustAdd(e.transfer(1, 2, 1, 10, 6))
	checkIndex(t, e.pool)
}

// A Config built field by field (as node.New builds it) without the queued
// bounds still bounds queued transactions: a quarter of the pool and of the
// per-sender limit.
func TestQueuedBoundsDefault(t *testing.T) {
	cfg := smallConfig(8, 8)
	cfg.MaxQueuedTxs, cfg.MaxQueuedTxsPerAccount = 0, 0
	if total, per := cfg.queuedLimits(); total != 2 || per != 2 {
		t.Fatalf("derived bounds %d, %d; want 2, 2", total, per)
	}
	if d := Default(); d.MaxQueuedTxs != d.MaxTxs/4 || d.MaxQueuedTxsPerAccount != d.MaxTxsPerAccount/4 {
		t.Fatalf("Default() queued bounds %d, %d do not match what 0 gives", d.MaxQueuedTxs, d.MaxQueuedTxsPerAccount)
	}
	e := newEnv(t, 4, 1_000_000, cfg, nil)
	e.mustAdd(e.transfer(1, 4, 1, 10, 1))
	e.mustAdd(e.transfer(1, 4, 1, 10, 2))
	if _, err := e.pool.Add(e.transfer(1, 4, 1, 10, 3)); !errors.Is(err, ErrQueuedLimit) {
		t.Fatalf("third queued of one sender: got %v", err)
	}
	if _, err := e.pool.Add(e.transfer(2, 4, 1, 10, 1)); !errors.Is(err, ErrQueuedLimit) {
		t.Fatalf("third queued in all: got %v", err)
	}
}

// When transactions expire, the later nonces of their senders become
// queued; Update brings the queued ones back within their bounds, dropping
// a sender's highest nonces, then the cheapest.
func TestUpdateTrimsQueued(t *testing.T) {
	cfg := smallConfig(20, 8)
	cfg.MaxQueuedTxs, cfg.MaxQueuedTxsPerAccount = 3, 2
	cfg.TTL = time.Minute
	e := newEnv(t, 3, 1_000_000, cfg, nil)
	a0 := e.transfer(1, 3, 1, 10, 0)
	b0 := e.transfer(2, 3, 1, 10, 0)
	e.mustAdd(a0)
	e.mustAdd(b0)
	e.clock.Advance(40 * time.Second)
	var a, b [][]byte
	for n := uint64(1); n <= 4; n++ {
		a = append(a, e.transfer(1, 3, 1, 10, n))
		e.mustAdd(a[n-1])
	}
	for n := uint64(1); n <= 2; n++ {
		b = append(b, e.transfer(2, 3, 1, 4+n, n)) // fees 5, 6: the cheapest
		e.mustAdd(b[n-1])
	}
	e.clock.Advance(30 * time.Second) // a0 and b0 expire
	e.commit()
	if e.has(a0, b0) {
		t.Fatal("expired transactions kept")
	}
	// Account 1 keeps nonces 1 and 2, account 2 loses its cheapest (1):
	// three queued in all.
	if !e.has(a[0], a[1], b[1]) || e.has(a[2]) || e.has(a[3]) || e.has(b[0]) || e.pool.Size() != 3 {
		t.Fatalf("pool holds %d: %s", e.pool.Size(), names(e, e.pool.Reap(-1, -1)))
	}
	checkIndex(t, e.pool)
}
