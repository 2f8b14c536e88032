package mempool

import (
	"errors"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/mycel-network/mycel/ledger"
)

// Issue 12: every refusal that depends on what the pool holds comes after
// the signature check, so a transaction signed by the wrong key fails as a
// bad signature (IsInvalid: gossip rejects it and penalises the peer) even
// where a correctly signed one would only be refused by policy (Ignore).
// Before, a full pool answered ErrPoolFull without looking at the
// signature, and a peer could flood garbage unpunished.
func TestSignatureCheckedBeforePoolRules(t *testing.T) {
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
