package ledger

import (
	"encoding/binary"
	"errors"
	"testing"
)

// The public data of a chain rebuilds its state exactly: the same root
// after every block, the same accounts and proofs; and data that is not
// what the ledger would publish is refused.
func TestReplayPubData(t *testing.T) {
	g, keys := testGenesis(t, 6, 2, 1_000)
	src := openTestStore(t, t.TempDir(), g, Options{})
	newKey := testKey(t, 40)
	blocks := [][]*Tx{
		{
			deposit(newKey.Public(), 0, 500),
			signedTransfer(t, keys[1], 1, 2, 100, 3, 0),
			signedWithdraw(t, keys[2], 2, [20]byte{0xab}, 50, 2, 0),
			deposit(keys[1].Public(), 1, 7),
		},
		{
			signedTransfer(t, keys[1], 1, 3, 10, 0, 1),
			forcedExit(0, 3, [20]byte{0xcd}),
			forcedExit(1, 9, [20]byte{0xef}),
		},
	}
	var pubdata [][]byte
	var roots []Hash
	for _, txs := range blocks {
		b, err := src.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		var pd []byte
		for _, tx := range txs {
			r, err := b.Apply(tx)
			if err != nil {
				t.Fatalf("%s: %v", tx, err)
			}
			pd = append(pd, r.PubData...)
		}
		root, err := b.Commit()
		if err != nil {
			t.Fatal(err)
		}
		pubdata, roots = append(pubdata, pd), append(roots, root)
	}

	dst := openTestStore(t, t.TempDir(), g, Options{})
	for i, pd := range pubdata {
		b, err := dst.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		if err := b.ApplyPubData(pd); err != nil {
			t.Fatalf("block %d: %v", i+1, err)
		}
		root, err := b.Commit()
		if err != nil {
			t.Fatal(err)
		}
		if root != roots[i] {
			t.Fatalf("block %d: replayed root %s, the chain's %s", i+1, root, roots[i])
		}
	}
	for idx := uint32(0); idx < 5; idx++ {
		want, _ := src.Proof(idx)
		got, err := dst.Proof(idx)
		if err != nil || got.Root != want.Root || got.Account != want.Account || got.Exists != want.Exists {
			t.Fatalf("account %d: replayed %+v (%v), chain %+v", idx, got, err, want)
		}
	}
	if dst.NextDepositIndex() != 2 || dst.NextForcedIndex() != 2 {
		t.Fatalf("queues at %d, %d", dst.NextDepositIndex(), dst.NextForcedIndex())
	}

	// Tampered public data does not replay.
	tamper := func(name string, pd []byte) {
		t.Helper()
		s := openTestStore(t, t.TempDir(), g, Options{})
		b, err := s.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		defer b.Discard()
		if err := b.ApplyPubData(pd); err == nil {
			t.Fatalf("%s: replayed", name)
		}
	}
	first := pubdata[0]
	mut := func(f func([]byte)) []byte {
		c := append([]byte(nil), first...)
		f(c)
		return c
	}
	// first: deposit (48 bytes), transfer (16), withdrawal (32), deposit (48).
	tamper("deposit credited to another account", mut(func(c []byte) { c[3] = 4 }))
	tamper("overspend", mut(func(c []byte) { AppendPackedAmount(c[48+7:48+7], 5_000) }))
	// 100 as 10 x 10^1: the same value, not the canonical packed form.
	tamper("non-canonical packed amount", mut(func(c []byte) { copy(c[48+7:], []byte{0, 0, 0, 0x01, 0x41}) }))
	tamper("packed fee above the maximum", mut(func(c []byte) { c[48+12], c[48+13] = 0xff, 0xff }))
	tamper("unknown record type", mut(func(c []byte) { c[48] = 9 }))
	tamper("truncated", first[:len(first)-1])
	second := append([]byte(nil), pubdata[1]...)
	// second: transfer (16), forced exit (32), forced exit (32).
	binary.BigEndian.PutUint64(second[16+24:], 1) // the forced exit withdrew less than the balance
	s := openTestStore(t, t.TempDir(), g, Options{})
	b, _ := s.NewBlock()
	if err := b.ApplyPubData(first); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	b, _ = s.NewBlock()
	defer b.Discard()
	if err := b.ApplyPubData(second); !errors.Is(err, ErrMalformed) {
		t.Fatalf("forced exit of less than the balance: %v", err)
	}
}
