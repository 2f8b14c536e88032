package ledger

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/cockroachdb/pebble/vfs"
	"github.com/cockroachdb/pebble/vfs/errorfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// cacheDepth puts levels 0-3 below the dense top levels (topFrom 4): those
// are the levels the tree cache holds.
const cacheDepth = topLevels + 4

// pointKey is the public key n*G: a valid key nobody needs the secret of
// (the tests here verify no signature: trustVerifier).
func pointKey(n int) PublicKey {
	var p twistededwards.PointAffine
	base := twistededwards.GetEdwardsCurve().Base
	p.ScalarMultiplication(&base, big.NewInt(int64(n)))
	return PublicKey(p.Bytes())
}

func cacheGenesis(n int) *Genesis {
	g := &Genesis{ChainID: testChainID, Depth: cacheDepth}
	for i := 1; i <= n; i++ {
		g.Accounts = append(g.Accounts, GenesisAccount{PubKey: pointKey(i), Balance: 1 << 30})
	}
	return g
}

// checkCache checks the tree cache against pebble: every cached node is the
// committed one, and the cache holds what its budget allows.
func checkCache(t *testing.T, s *Store) {
	t.Helper()
	c := &s.cache
	if c.from+len(c.levels) != s.topFrom {
		t.Fatalf("tree cache levels %d+%d do not end at the dense top %d", c.from, len(c.levels), s.topFrom)
	}
	if c.used > c.budget {
		t.Fatalf("tree cache holds %d bytes, over its budget %d", c.used, c.budget)
	}
	var used int64
	r, err := s.newReader(s.meta.height)
	if err != nil {
		t.Fatal(err)
	}
	defer r.close()
	for i, row := range c.levels {
		l := c.from + i
		used += int64(cap(row)) * nodeSize
		for idx := range row {
			want, err := r.node(l, uint32(idx))
			if err != nil {
				t.Fatal(err)
			}
			if !row[idx].Equal(&want) {
				t.Fatalf("height %d: cached node %d/%d is %s, pebble holds %s", s.meta.height, l, idx, hashOf(&row[idx]), hashOf(&want))
			}
		}
	}
	if used != c.used {
		t.Fatalf("tree cache counts %d bytes, holds %d", c.used, used)
	}
}

// cacheSnapshot copies the tree cache's levels.
func cacheSnapshot(s *Store) (int, [][]fr.Element) {
	levels := make([][]fr.Element, len(s.cache.levels))
	for i, row := range s.cache.levels {
		levels[i] = slices.Clone(row)
	}
	return s.cache.from, levels
}

func requireCacheUnchanged(t *testing.T, s *Store, from int, levels [][]fr.Element, what string) {
	t.Helper()
	if s.cache.from != from || len(s.cache.levels) != len(levels) {
		t.Fatalf("%s changed the tree cache's levels", what)
	}
	for i := range levels {
		if !slices.Equal(s.cache.levels[i], levels[i]) {
			t.Fatalf("%s changed cached level %d", what, from+i)
		}
	}
}

// randomCacheTx is a random transaction on top of block b: mostly valid
// transfers, withdrawals, deposits (new accounts or top-ups) and forced
// exits (of existing accounts or of empty leaves), some invalid.
func randomCacheTx(rng *rand.Rand, b *Block, keys *int) *Tx {
	n := int(b.nextAccount)
	from := uint32(1 + rng.IntN(n-1))
	acc, _, _ := b.Account(from)
	switch rng.IntN(10) {
	case 0, 1:
		pk := pointKey(1 + rng.IntN(*keys))
		if rng.IntN(2) == 0 {
			*keys++
			pk = pointKey(*keys)
		}
		return &Tx{Type: TxDeposit, ChainID: testChainID, QueueIndex: b.nextDeposit, PubKey: pk, Amount: 1 + uint64(rng.IntN(1000))}
	case 2:
		return &Tx{Type: TxWithdraw, ChainID: testChainID, From: from, L1Address: [20]byte{1}, Amount: 1 + uint64(rng.IntN(100)), Fee: 1, Nonce: acc.Nonce}
	case 3:
		idx := from
		if rng.IntN(2) == 0 {
			idx = uint32(n + rng.IntN(5)) // an empty leaf: no change
		}
		return &Tx{Type: TxForcedExit, ChainID: testChainID, QueueIndex: b.nextForced, From: idx, L1Address: [20]byte{2}}
	case 4: // stale nonce or unknown receiver: rejected
		return &Tx{Type: TxTransfer, ChainID: testChainID, From: from, To: uint32(n + 3), Amount: 1, Nonce: acc.Nonce}
	default:
		to := uint32(1 + rng.IntN(n-1))
		if to == from {
			to = from%uint32(n-1) + 1
		}
		return &Tx{Type: TxTransfer, ChainID: testChainID, From: from, To: to, Amount: 1 + uint64(rng.IntN(1000)), Fee: uint64(rng.IntN(3)), Nonce: acc.Nonce}
	}
}

// TestTreeCacheMatchesUncached runs the same random blocks on three stores
// of a depth-20 tree: without the tree cache, with the default one (which
// holds all four levels below the dense top) and with one of 20 KiB (which
// must drop its lowest levels as deposits grow the tree). Blocks are
// committed or discarded at random (a discarded block must leave the cache
// as it was) and the stores are closed and reopened every few blocks. The
// roots, the rejections and the proofs (at the last and at older heights)
// must agree, every cached node must be the committed one, and the default
// cache must spare every sibling read of the levels it holds but those at
// the end of the allocated accounts.
func TestTreeCacheMatchesUncached(t *testing.T) {
	seeds := []uint64{1, 2}
	if testing.Short() {
		seeds = seeds[:1]
	}
	configs := []struct {
		name  string
		cache int64
	}{{"off", -1}, {"default", 0}, {"20KiB", 20 << 10}}
	for _, seed := range seeds {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 7))
			g := cacheGenesis(40)
			keys := 40
			dirs := make([]string, len(configs))
			stores := make([]*Store, len(configs))
			open := func() {
				for i, c := range configs {
					s, err := Open(dirs[i], g, Options{Verifier: trustVerifier{}, TreeCache: c.cache})
					if err != nil {
						t.Fatal(err)
					}
					stores[i] = s
					checkCache(t, s)
				}
			}
			for i := range configs {
				dirs[i] = t.TempDir()
			}
			open()
			defer func() {
				for _, s := range stores {
					s.Close()
				}
			}()
			if got := len(stores[1].cache.levels); got != 4 {
				t.Fatalf("default tree cache holds %d levels, want the 4 below the top", got)
			}
			if got := len(stores[0].cache.levels); got != 0 {
				t.Fatalf("disabled tree cache holds %d levels", got)
			}
			var discarded, dropped, readsOff, readsSmall, readsDefault int
			for round := range 40 {
				blocks := make([]*Block, len(stores))
				for i, s := range stores {
					b, err := s.NewBlock()
					if err != nil {
						t.Fatal(err)
					}
					blocks[i] = b
				}
				for range 1 + rng.IntN(15) {
					tx := randomCacheTx(rng, blocks[0], &keys)
					_, want := blocks[0].Apply(tx)
					for i, b := range blocks[1:] {
						if _, err := b.Apply(tx); fmt.Sprint(err) != fmt.Sprint(want) {
							t.Fatalf("round %d: %s store: %v, uncached: %v", round, configs[i+1].name, err, want)
						}
					}
				}
				want, err := blocks[0].Root()
				if err != nil {
					t.Fatal(err)
				}
				for i, b := range blocks[1:] {
					if got, err := b.Root(); err != nil || got != want {
						t.Fatalf("round %d: %s store root %s (%v), uncached %s", round, configs[i+1].name, got, err, want)
					}
				}
				// The default cache covers every allocated account: the only
				// sibling it reads is, on each level, the one right after the
				// prefix when a deposit created an account at its end.
				if n := blocks[1].nodeReads; n > len(stores[1].cache.levels) {
					t.Fatalf("round %d: default cache read %d siblings from pebble", round, n)
				}
				readsDefault += blocks[1].nodeReads
				readsOff += blocks[0].nodeReads
				readsSmall += blocks[2].nodeReads
				if rng.IntN(4) == 0 {
					for i, b := range blocks {
						from, levels := cacheSnapshot(stores[i])
						b.Discard()
						requireCacheUnchanged(t, stores[i], from, levels, "a discarded block")
					}
					discarded++
				} else {
					for i, b := range blocks {
						if got, err := b.Commit(); err != nil || got != want {
							t.Fatalf("round %d: %s store committed %s (%v), want %s", round, configs[i].name, got, err, want)
						}
					}
				}
				for _, s := range stores {
					checkCache(t, s)
				}
				compareProofs(t, rng, stores)
				if round%10 == 9 {
					for _, s := range stores {
						if err := s.Close(); err != nil {
							t.Fatal(err)
						}
					}
					open()
				}
				if stores[2].cache.from > 0 {
					dropped++
				}
			}
			if discarded == 0 || dropped == 0 || readsOff == 0 || readsSmall <= readsDefault || readsSmall >= readsOff {
				t.Fatalf("exercised too little: %d discarded blocks, %d rounds with a dropped level, %d uncached reads, %d with 20 KiB",
					discarded, dropped, readsOff, readsSmall)
			}
			t.Logf("%d accounts, height %d, %d blocks discarded; sibling reads: %d uncached, %d with 20 KiB (levels %d-3), %d with the default (%d KiB)",
				stores[0].NumAccounts(), stores[0].Height(), discarded, readsOff, readsSmall, stores[2].cache.from, readsDefault, stores[1].cache.bytes()>>10)
		})
	}
}

// compareProofs checks that the stores give the same proofs, of random
// leaves (allocated or empty) at the last height and at an older one.
func compareProofs(t *testing.T, rng *rand.Rand, stores []*Store) {
	t.Helper()
	ref := stores[0]
	for range 4 {
		idx := uint32(rng.IntN(int(ref.NumAccounts()) + 4))
		h := ref.Height()
		if rng.IntN(2) == 0 {
			h = uint64(rng.IntN(int(h) + 1))
		}
		want, err := ref.ProofAt(idx, h)
		if err != nil {
			t.Fatal(err)
		}
		if err := want.Verify(); err != nil {
			t.Fatal(err)
		}
		for _, s := range stores[1:] {
			got, err := s.ProofAt(idx, h)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("proof of %d at height %d differs between cached and uncached stores", idx, h)
			}
		}
	}
}

// walSyncFault fails every sync of pebble's WAL while on.
type walSyncFault struct{ on atomic.Bool }

func (f *walSyncFault) MaybeError(op errorfs.Op, path string) error {
	if f.on.Load() && op == errorfs.OpFileSync && strings.HasSuffix(path, ".log") {
		return errorfs.ErrInjected
	}
	return nil
}

// TestTreeCacheFailedCommit fails the WAL sync of a block's commit on a
// store with the tree cache: the cache must stay as it was before the block,
// and the reopened store (at the block before or at the failed block whole)
// must load a cache of committed nodes only and go on giving the uncached
// store's roots and proofs.
func TestTreeCacheFailedCommit(t *testing.T) {
	g := cacheGenesis(30)
	ref := openTestStore(t, "", g, Options{InMemory: true, Verifier: trustVerifier{}, TreeCache: -1})
	fault := &walSyncFault{}
	fs := newFaultFS(vfs.NewMem(), fault)
	s, err := Open("/db", g, Options{FS: fs, Verifier: trustVerifier{}})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(3, 3))
	keys := 30
	var txs [][]*Tx // by height, as accepted by the uncached store
	build := func(st *Store, h uint64) *Block {
		t.Helper()
		b, err := st.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		if b.Height() != h {
			t.Fatalf("store builds block %d, want %d", b.Height(), h)
		}
		for _, tx := range txs[h] {
			if _, err := b.Apply(tx); err != nil {
				t.Fatalf("block %d: %v", h, err)
			}
		}
		return b
	}
	commit := func(st *Store, h uint64) Hash {
		t.Helper()
		root, err := build(st, h).Commit()
		if err != nil {
			t.Fatalf("block %d: %v", h, err)
		}
		return root
	}
	// next makes block h on the uncached store and commits it there.
	next := func(h uint64) Hash {
		t.Helper()
		b, err := ref.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		var block []*Tx
		for range 12 {
			tx := randomCacheTx(rng, b, &keys)
			if _, err := b.Apply(tx); err == nil {
				block = append(block, tx)
			}
		}
		txs = append(txs, block)
		root, err := b.Commit()
		if err != nil {
			t.Fatal(err)
		}
		return root
	}
	txs = append(txs, nil)
	for h := uint64(1); h <= 3; h++ {
		if next(h) != commit(s, h) {
			t.Fatalf("block %d: roots differ", h)
		}
	}
	next(4)
	from, levels := cacheSnapshot(s)
	b := build(s, 4)
	fault.on.Store(true)
	if _, err := b.Commit(); !errors.Is(err, ErrStoreFailed) {
		t.Fatalf("commit with a failing WAL sync: %v", err)
	}
	requireCacheUnchanged(t, s, from, levels, "a failed commit")
	s.Close()
	fault.on.Store(false)
	if s, err = Open("/db", g, Options{FS: fs, Verifier: trustVerifier{}}); err != nil {
		t.Fatalf("reopen after the failed commit: %v", err)
	}
	defer s.Close()
	if h := s.Height(); h != 3 && h != 4 {
		t.Fatalf("reopened at height %d, want 3 or 4", h)
	}
	checkCache(t, s)
	if len(s.cache.levels) != 4 {
		t.Fatalf("reopened cache holds %d levels, want 4", len(s.cache.levels))
	}
	if s.Height() == 3 {
		commit(s, 4)
	}
	for h := uint64(5); h <= 8; h++ {
		want := next(h)
		if got := commit(s, h); got != want {
			t.Fatalf("block %d: root %s after recovery, uncached %s", h, got, want)
		}
		checkCache(t, s)
	}
	if s.Root() != ref.Root() {
		t.Fatalf("root %s after recovery, uncached %s", s.Root(), ref.Root())
	}
	for idx := uint32(0); uint64(idx) < ref.NumAccounts()+2; idx++ {
		want, err := ref.Proof(idx)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Proof(idx)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("proof of %d differs after recovery", idx)
		}
	}
}
