package ledger

import (
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// referenceRoot recomputes the state root from scratch, level by level over
// every leaf, independently of the store's incremental hashing.
func referenceRoot(t *testing.T, b *Block) Hash {
	t.Helper()
	depth := b.s.meta.depth
	level := map[uint32]fr.Element{}
	for i := uint64(0); i < b.nextAccount; i++ {
		a, ok, err := b.Account(uint32(i))
		if err != nil || !ok {
			t.Fatalf("account %d missing", i)
		}
		l, err := LeafHash(a)
		if err != nil {
			t.Fatal(err)
		}
		level[uint32(i)] = l.element()
	}
	for l := 0; l < depth; l++ {
		next := map[uint32]fr.Element{}
		for idx := range level {
			p := idx >> 1
			if _, done := next[p]; done {
				continue
			}
			left, ok := level[p<<1]
			if !ok {
				left = emptyHashes[l]
			}
			right, ok := level[p<<1|1]
			if !ok {
				right = emptyHashes[l]
			}
			next[p] = compress(&left, &right)
		}
		level = next
	}
	r := level[0]
	return hashOf(&r)
}

// TestPropertySupplyAndRejections runs random sequences of valid and invalid
// transactions over several blocks. After every transaction supply is
// conserved (balances + fees = genesis + deposits - withdrawals) and a
// rejected transaction leaves the root unchanged; at every block end the
// incremental root equals a from-scratch recomputation, and after a reopen
// the store is where it was.
func TestPropertySupplyAndRejections(t *testing.T) {
	seeds := []uint64{1, 2, 3}
	if testing.Short() {
		seeds = seeds[:1]
	}
	for _, seed := range seeds {
		rng := rand.New(rand.NewPCG(seed, 99))
		dir := t.TempDir()
		g, keys := testGenesis(t, 6, 4, 5_000)
		s, err := Open(dir, g, Options{})
		if err != nil {
			t.Fatal(err)
		}
		st := &fuzzState{t: t, s: s, keys: keys, genesis: 20_000}
		if st.b, err = s.NewBlock(); err != nil {
			t.Fatal(err)
		}
		extra := map[uint32]*PrivateKey{}
		var accepted, rejected int
		for blk := 0; blk < 8; blk++ {
			for range 25 {
				n := uint32(st.b.nextAccount)
				from := uint32(1 + rng.IntN(int(n)))
				to := uint32(rng.IntN(int(n) + 1))
				var key *PrivateKey
				if int(from) < len(keys) {
					key = keys[from]
				} else {
					key = extra[from]
				}
				acc, _, _ := st.b.Account(from)
				nonce := acc.Nonce
				amount := uint64(rng.IntN(3000)) + 1
				fee := uint64(rng.IntN(20))
				var tx *Tx
				switch rng.IntN(10) {
				case 0, 1, 2, 3:
					tx = &Tx{Type: TxTransfer, ChainID: testChainID, From: from, To: to, Amount: amount, Fee: fee, Nonce: nonce}
				case 4, 5:
					tx = &Tx{Type: TxWithdraw, ChainID: testChainID, From: from, L1Address: [20]byte{byte(rng.IntN(256))}, Amount: amount, Fee: fee, Nonce: nonce}
				case 6, 7:
					k := testKey(t, 100+rng.IntN(12))
					q := st.b.nextDeposit
					if rng.IntN(8) == 0 {
						q++ // out of order
					}
					tx = &Tx{Type: TxDeposit, ChainID: testChainID, QueueIndex: q, PubKey: k.Public(), Amount: amount}
					if idx, ok, _ := st.b.accountIndex(k.Public()); ok {
						extra[idx] = k
					} else {
						extra[uint32(st.b.nextAccount)] = k
					}
				case 8: // replay or future nonce
					tx = &Tx{Type: TxTransfer, ChainID: testChainID, From: from, To: to, Amount: amount, Fee: fee, Nonce: nonce + 1}
					if nonce > 0 && rng.IntN(2) == 0 {
						tx.Nonce = nonce - 1
					}
				case 9: // wrong signer or wrong chain
					tx = &Tx{Type: TxTransfer, ChainID: testChainID, From: from, To: to, Amount: amount, Fee: fee, Nonce: nonce}
					if rng.IntN(2) == 0 {
						key = testKey(t, 1000)
					} else {
						tx.ChainID++
					}
				}
				if tx.Type != TxDeposit && key != nil {
					tx.Sign(key)
				}
				if err := st.apply(tx); err != nil {
					rejected++
					if errors.Is(err, ErrMalformed) {
						t.Fatalf("unexpected error class: %v", err)
					}
				} else {
					accepted++
				}
			}
			want := referenceRoot(t, st.b)
			got, err := st.b.Root()
			if err != nil || got != want {
				t.Fatalf("seed %d block %d: incremental root %s != reference %s (%v)", seed, blk, got, want, err)
			}
			st.commit()
		}
		st.b.Discard()
		root, height := s.Root(), s.Height()
		s.Close()
		s2, err := Open(dir, nil, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if s2.Root() != root || s2.Height() != height {
			t.Fatalf("reopen: %d %s want %d %s", s2.Height(), s2.Root(), height, root)
		}
		s2.Close()
		if accepted < 40 || rejected < 20 {
			t.Fatalf("seed %d exercised too little: %d accepted, %d rejected", seed, accepted, rejected)
		}
		t.Logf("seed %d: %d accepted, %d rejected over %d blocks", seed, accepted, rejected, height)
	}
}
