package mempool

import (
	"runtime"
	"sync"
	"testing"

	"github.com/mycel-network/mycel/ledger"
)

// directVerifier checks every signature (no cache).
type directVerifier struct{}

func (directVerifier) VerifyTx(tx *ledger.Tx, pk ledger.PublicKey) error {
	return ledger.VerifyHash(pk, tx.SigningHash(), tx.Signature)
}

const (
	benchAccounts   = 1000
	benchPerAccount = 10 // 10,000 transactions
)

// benchTxs signs benchAccounts x benchPerAccount transfers (nonces 0..9 per
// account, fees varied) once per process.
var benchTxs = sync.OnceValues(func() (*ledger.Genesis, [][]byte) {
	g := &ledger.Genesis{ChainID: testChainID, Depth: 16}
	keys := make([]*ledger.PrivateKey, benchAccounts+1)
	for i := 1; i <= benchAccounts; i++ {
		keys[i] = testKey(&testing.B{}, i)
		g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: keys[i].Public(), Balance: 1_000_000_000})
	}
	txs := make([][]byte, benchAccounts*benchPerAccount)
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(txs); i += workers {
				from := uint32(i/benchPerAccount + 1)
				nonce := uint64(i % benchPerAccount)
				tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: testChainID, From: from, To: from%benchAccounts + 1,
					Amount: 1000, Fee: 1 + uint64(i*7919)%1000, Nonce: nonce}
				if err := tx.Sign(keys[from]); err != nil {
					panic(err)
				}
				txs[i] = tx.Encode()
			}
		}()
	}
	wg.Wait()
	return g, txs
})

func benchPool(b *testing.B, v ledger.SigVerifier) (*ledger.Store, [][]byte, func() *Pool) {
	g, txs := benchTxs()
	store, err := ledger.Open("", g, ledger.Options{InMemory: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	cfg := Default()
	cfg.MaxTxs = len(txs)
	cfg.MaxBytes = len(txs) * ledger.MaxTxSize
	// BenchmarkUpdate does not execute its block, so what stays after it
	// waits for used nonces (queued): no queued bound may trim it.
	cfg.MaxQueuedTxs, cfg.MaxQueuedTxsPerAccount = cfg.MaxTxs, cfg.MaxTxsPerAccount
	return store, txs, func() *Pool { return New(cfg, store, v, nil, nil) }
}

// BenchmarkAdd admits transfers into a pool, cycling over 10,000 signed
// ones (a fresh pool each cycle, untimed). "verify" checks each signature;
// "cached" finds it in a warm SigCache, as when a transaction seen over RPC
// arrives again by gossip or was checked by ProcessProposal;
// "verify-parallel" runs Adds on every CPU.
func BenchmarkAdd(b *testing.B) {
	run := func(b *testing.B, v ledger.SigVerifier, parallel bool) {
		_, txs, mk := benchPool(b, v)
		p := mk()
		b.ReportAllocs()
		b.ResetTimer()
		if parallel {
			var mu sync.Mutex
			next := 0
			b.RunParallel(func(pb *testing.PB) {
				for pb.Next() {
					mu.Lock()
					if next == len(txs) {
						p, next = mk(), 0 // timed, but rare
					}
					i, pool := next, p
					next++
					mu.Unlock()
					// Nonces of one account may arrive out of order here: a
					// queued transaction is still admitted.
					if _, err := pool.Add(txs[i]); err != nil {
						b.Fatal(err)
					}
				}
			})
		} else {
			for i := 0; i < b.N; i++ {
				j := i % len(txs)
				if j == 0 && i > 0 {
					b.StopTimer()
					p = mk()
					b.StartTimer()
				}
				if _, err := p.Add(txs[j]); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tx/s")
	}
	b.Run("verify", func(b *testing.B) { run(b, directVerifier{}, false) })
	b.Run("verify-parallel", func(b *testing.B) { run(b, directVerifier{}, true) })
	b.Run("cached", func(b *testing.B) {
		_, txs := benchTxs()
		cache := ledger.NewSigCache(len(txs))
		_, _, mk := benchPool(b, cache)
		// Warm the cache through a pool.
		p := mk()
		for _, raw := range txs {
			if _, err := p.Add(raw); err != nil {
				b.Fatal(err)
			}
		}
		run(b, cache, false)
	})
}

// BenchmarkReap reaps from a pool of 10,000 executable transfers (1,000
// senders x 10 nonces): everything, and a 5,000-transaction block.
func BenchmarkReap(b *testing.B) {
	_, txs := benchTxs()
	cache := ledger.NewSigCache(len(txs))
	_, _, mk := benchPool(b, cache)
	p := mk()
	for _, raw := range txs {
		if _, err := p.Add(raw); err != nil {
			b.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name          string
		maxTxs, bytes int
	}{{"all-10k", -1, -1}, {"block-5k", 5000, 1 << 20}} {
		b.Run(tc.name, func(b *testing.B) {
			n := 0
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				n = len(p.Reap(tc.maxTxs, tc.bytes))
			}
			b.ReportMetric(float64(n), "txs/reap")
		})
	}
}

// BenchmarkUpdate commits a 5,000-transaction block out of a 10,000 pool and
// updates the pool (the recheck after each block), excluding execution.
func BenchmarkUpdate(b *testing.B) {
	_, txs := benchTxs()
	cache := ledger.NewSigCache(len(txs))
	store, _, mk := benchPool(b, cache)
	_ = store
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		p := mk()
		for _, raw := range txs {
			if _, err := p.Add(raw); err != nil {
				b.Fatal(err)
			}
		}
		block := p.Reap(5000, -1)
		b.StartTimer()
		// The state has not moved, so the recheck reads every sender and
		// keeps their remaining transactions.
		p.Update(1, block)
		if p.Size() != len(txs)-len(block) {
			b.Fatalf("size %d", p.Size())
		}
	}
}
