package mempool

import (
	"crypto/sha256"
	"encoding/binary"
	"sync"
	"testing"
	"time"

	"github.com/mycel-network/mycel/ledger"
)

const testChainID = 4242

// env is a pool over a real in-memory ledger store with funded accounts
// 1..n, keyed by keys[i].
type env struct {
	t     testing.TB
	store *ledger.Store
	pool  *Pool
	keys  []*ledger.PrivateKey
	clock *fakeClock
}

type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

func testKey(t testing.TB, i int) *ledger.PrivateKey {
	t.Helper()
	var seed [ledger.SeedSize]byte
	s := sha256.Sum256(binary.BigEndian.AppendUint64([]byte("mycel mempool test key"), uint64(i)))
	copy(seed[:], s[:])
	k, err := ledger.NewPrivateKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// newEnv opens a store with n accounts holding balance each and a pool over
// it with cfg and verifier (nil: a fresh SigCache).
func newEnv(t testing.TB, n int, balance uint64, cfg Config, verifier ledger.SigVerifier) *env {
	t.Helper()
	g := &ledger.Genesis{ChainID: testChainID, Depth: 16}
	keys := []*ledger.PrivateKey{nil}
	for i := 1; i <= n; i++ {
		k := testKey(t, i)
		keys = append(keys, k)
		g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: k.Public(), Balance: balance})
	}
	if verifier == nil {
		verifier = ledger.NewSigCache(1 << 16)
	}
	store, err := ledger.Open("", g, ledger.Options{InMemory: true, Verifier: verifier})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	if err := cfg.Validate(); err != nil {
		t.Fatal(err)
	}
	clock := &fakeClock{now: time.Unix(1_800_000_000, 0)}
	p := New(cfg, store, verifier, nil, nil)
	p.now = clock.Now
	return &env{t: t, store: store, pool: p, keys: keys, clock: clock}
}

// transfer returns a signed transfer's encoding.
func (e *env) transfer(from, to uint32, amount, fee, nonce uint64) []byte {
	e.t.Helper()
	return e.sign(&ledger.Tx{Type: ledger.TxTransfer, ChainID: testChainID, From: from, To: to, Amount: amount, Fee: fee, Nonce: nonce}, from)
}

// withdraw returns a signed withdrawal's encoding (122 bytes).
func (e *env) withdraw(from uint32, amount, fee, nonce uint64) []byte {
	e.t.Helper()
	return e.sign(&ledger.Tx{Type: ledger.TxWithdraw, ChainID: testChainID, From: from, L1Address: [20]byte{0xaa}, Amount: amount, Fee: fee, Nonce: nonce}, from)
}

func (e *env) sign(tx *ledger.Tx, keyIdx uint32) []byte {
	e.t.Helper()
	if err := tx.Sign(e.keys[keyIdx]); err != nil {
		e.t.Fatal(err)
	}
	return tx.Encode()
}

// mustAdd adds raw and fails the test on error.
func (e *env) mustAdd(raw []byte) [32]byte {
	e.t.Helper()
	h, err := e.pool.Add(raw)
	if err != nil {
		e.t.Fatalf("Add: %v", err)
	}
	return h
}

// commit executes txs as the next block, commits it and tells the pool.
func (e *env) commit(txs ...[]byte) {
	e.t.Helper()
	b, err := e.store.NewBlock()
	if err != nil {
		e.t.Fatal(err)
	}
	for _, raw := range txs {
		tx, err := ledger.DecodeTx(raw)
		if err != nil {
			e.t.Fatal(err)
		}
		if _, err := b.Apply(tx); err != nil {
			b.Discard()
			e.t.Fatalf("apply %s: %v", tx, err)
		}
	}
	if _, err := b.Commit(); err != nil {
		e.t.Fatal(err)
	}
	e.pool.Update(b.Height(), txs)
}

// has reports whether every raw is pooled.
func (e *env) has(raws ...[]byte) bool {
	for _, r := range raws {
		if !e.pool.Has(TxHash(r)) {
			return false
		}
	}
	return true
}

// smallConfig is a valid config with small limits for tests. Queued
// transactions are bounded only by the pool's own limits; tests of the
// queued bounds set them.
func smallConfig(maxTxs, perAccount int) Config {
	c := Default()
	c.MaxTxs = maxTxs
	c.MaxBytes = maxTxs * ledger.MaxTxSize
	c.MaxTxsPerAccount = perAccount
	c.MaxBytesPerAccount = perAccount * ledger.MaxTxSize
	c.MaxQueuedTxs = maxTxs
	c.MaxQueuedTxsPerAccount = perAccount
	return c
}
