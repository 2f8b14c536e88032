package mempool

import (
	"runtime"
	"sync"
	"testing"

	"github.com/mycel-network/mycel/ledger"
)

// The full-pool fixture of BenchmarkAddFullPool: fullAccounts senders with
// fullPerAccount executable transfers each fill a 50,000-transaction pool;
// newcomers more senders, with nothing pooled, send what is measured.
const (
	fullAccounts   = 5000
	fullPerAccount = 10
	fullNewcomers  = 1000
	fullEvictNonce = 10 // evicting transactions per newcomer (nonces 0..9)
)

type fullFixture struct {
	g      *ledger.Genesis
	keys   []*ledger.PrivateKey
	pool   [][]byte // fills the pool: fees 100..1099
	evict  [][]byte // valid, executable, fee >= 5000: each evicts one
	cheap  [][]byte // valid, executable, fee 50: below everything pooled
	bogus  [][]byte // nonce 5 (queued), fee 5000, signed by the wrong key
	signed []ledger.SignedTx
}

// fullTxs signs the fixture once per process, on every CPU.
var fullTxs = sync.OnceValue(func() *fullFixture {
	n := fullAccounts + fullNewcomers
	f := &fullFixture{g: &ledger.Genesis{ChainID: testChainID, Depth: 16}, keys: make([]*ledger.PrivateKey, n+1)}
	for i := 1; i <= n; i++ {
		f.keys[i] = testKey(&testing.B{}, i)
		f.g.Accounts = append(f.g.Accounts, ledger.GenesisAccount{PubKey: f.keys[i].Public(), Balance: 1_000_000_000})
	}
	type job struct {
		out          *[]byte
		from, signer uint32
		nonce, fee   uint64
	}
	var jobs []job
	f.pool = make([][]byte, fullAccounts*fullPerAccount)
	for i := range f.pool {
		from := uint32(i/fullPerAccount + 1)
		jobs = append(jobs, job{&f.pool[i], from, from, uint64(i % fullPerAccount), 100 + uint64(i*7919)%1000})
	}
	f.evict = make([][]byte, fullNewcomers*fullEvictNonce)
	for i := range f.evict {
		from := uint32(fullAccounts + i/fullEvictNonce + 1)
		jobs = append(jobs, job{&f.evict[i], from, from, uint64(i % fullEvictNonce), 5000 + uint64(i)})
	}
	f.cheap = make([][]byte, fullNewcomers)
	f.bogus = make([][]byte, fullNewcomers)
	for i := range fullNewcomers {
		from := uint32(fullAccounts + i + 1)
		jobs = append(jobs, job{&f.cheap[i], from, from, 0, 50})
		jobs = append(jobs, job{&f.bogus[i], from, from%uint32(n) + 1, 5, 5000})
	}
	var wg sync.WaitGroup
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(jobs); i += workers {
				j := jobs[i]
				tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: testChainID, From: j.from, To: j.from%uint32(n) + 1,
					Amount: 1000, Fee: j.fee, Nonce: j.nonce}
				if err := tx.Sign(f.keys[j.signer]); err != nil {
					panic(err)
				}
				*j.out = tx.Encode()
			}
		}()
	}
	wg.Wait()
	for _, set := range [][][]byte{f.pool, f.evict, f.cheap} {
		for _, raw := range set {
			tx, err := ledger.DecodeTx(raw)
			if err != nil {
				panic(err)
			}
			f.signed = append(f.signed, ledger.SignedTx{Tx: tx, PubKey: f.keys[tx.From].Public()})
		}
	}
	return f
})

// swapVerifier lets a benchmark fill the pool through a warm cache and
// then measure with another verifier.
type swapVerifier struct{ v ledger.SigVerifier }

func (s *swapVerifier) VerifyTx(tx *ledger.Tx, pk ledger.PublicKey) error {
	return s.v.VerifyTx(tx, pk)
}

// BenchmarkAddFullPool measures Add against a full pool: MaxTxs = 50,000
// executable transfers from 5,000 senders (fees 100..1,099). The
// signatures of every valid transaction are in a warm SigCache, as when a
// transaction reaches the pool a second time, so the figures are the
// pool's own work; "-uncached" verifies every signature it checks in full.
//
//   - garbage-future-nonce: a queued transaction (nonce 5 of a sender with
//     nothing pooled) with a high fee and a signature by another key, once
//     Config.RefusedSigChecksPerSecond is spent (1 here), as in a flood;
//     "-checked": every refusal spot-checked (the signature verified), as
//     for the first messages of a flood;
//   - evict: a valid executable transaction that pays more than the
//     cheapest pooled tail and evicts it;
//   - underpriced: a valid executable transaction that pays less than
//     everything pooled (ErrPoolFull);
//   - commit-while-flooded: Update after an empty block while two
//     goroutines add garbage-future-nonce and underpriced transactions.
//
// Run: go test ./mempool -run '^$' -bench AddFullPool -benchtime 2000x
func BenchmarkAddFullPool(b *testing.B) {
	f := fullTxs()
	store, err := ledger.Open("", f.g, ledger.Options{InMemory: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { store.Close() })
	cache := ledger.NewSigCache(1 << 17)
	for i, err := range ledger.VerifyParallel(f.signed, 0, cache) {
		if err != nil {
			b.Fatalf("fixture transaction %d: %v", i, err)
		}
	}
	cfg := Default()
	cfg.MaxTxs = fullAccounts * fullPerAccount
	cfg.MaxBytes = cfg.MaxTxs * ledger.MaxTxSize
	cfg.MaxBytesPerAccount = cfg.MaxTxsPerAccount * ledger.MaxTxSize
	sv := &swapVerifier{}
	fill := func(b *testing.B, checks int) *Pool {
		sv.v = cache
		cfg := cfg
		cfg.RefusedSigChecksPerSecond = checks
		p := New(cfg, store, sv, nil, nil)
		for _, raw := range f.pool {
			if _, err := p.Add(raw); err != nil {
				b.Fatal(err)
			}
		}
		if p.Size() != cfg.MaxTxs {
			b.Fatalf("pool holds %d", p.Size())
		}
		return p
	}
	run := func(name string, txs [][]byte, v ledger.SigVerifier, admitted bool, checks int) {
		b.Run(name, func(b *testing.B) {
			p := fill(b, checks)
			sv.v = v
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				j := i % len(txs)
				if j == 0 && i > 0 && admitted {
					b.StopTimer()
					p = fill(b, checks)
					sv.v = v
					b.StartTimer()
				}
				_, err := p.Add(txs[j])
				if (err == nil) != admitted {
					b.Fatalf("Add: %v", err)
				}
			}
			b.StopTimer()
			if p.Size() != cfg.MaxTxs {
				b.Fatalf("pool holds %d after the run", p.Size())
			}
		})
	}
	// One spot check a second: a flood spends it at once, and then
	// refusals are what is measured.
	run("garbage-future-nonce", f.bogus, cache, false, 1)
	run("garbage-future-nonce-checked", f.bogus, cache, false, 1<<30)
	run("evict", f.evict, cache, true, 1)
	run("underpriced", f.cheap, cache, false, 1)
	run("underpriced-uncached", f.cheap, directVerifier{}, false, 1)

	// What a commit waits for: Update after an empty block (it takes the
	// lock twice and expires old transactions) while two goroutines keep
	// adding transactions that are refused.
	b.Run("commit-while-flooded", func(b *testing.B) {
		p := fill(b, 0)
		stop := make(chan struct{})
		var wg sync.WaitGroup
		for w := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; ; i++ {
					select {
					case <-stop:
						return
					default:
					}
					if w == 0 {
						p.Add(f.bogus[i%len(f.bogus)])
					} else {
						p.Add(f.cheap[i%len(f.cheap)])
					}
				}
			}()
		}
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			p.Update(uint64(i+1), nil)
		}
		b.StopTimer()
		close(stop)
		wg.Wait()
	})
}
