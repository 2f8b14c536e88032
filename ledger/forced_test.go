package ledger

import (
	"encoding/binary"
	"errors"
	"testing"
)

func forcedExit(queue uint64, account uint32, to [20]byte) *Tx {
	return &Tx{Type: TxForcedExit, ChainID: testChainID, QueueIndex: queue, From: account, L1Address: to}
}

// A forced exit withdraws the account's whole balance, keeps its nonce,
// publishes the amount, and can only fail out of queue order: an account
// with nothing (or none yet) withdraws 0.
func TestForcedExit(t *testing.T) {
	dir := t.TempDir()
	g, keys := testGenesis(t, 4, 2, 500)
	s, err := Open(dir, g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.NewBlock()
	if _, err := b.Apply(signedTransfer(t, keys[1], 1, 2, 100, 7, 0)); err != nil {
		t.Fatal(err)
	}
	to := [20]byte{0xaa, 19: 0x01}
	if _, err := b.Apply(forcedExit(1, 1, to)); !errors.Is(err, ErrForcedOutOfOrder) {
		t.Fatalf("out of order: %v", err)
	}
	if _, err := b.Apply(forcedExit(0, 16, to)); !errors.Is(err, ErrUnknownAccount) {
		t.Fatalf("outside the tree: %v", err)
	}
	if _, err := b.Apply(forcedExit(0, FeeVaultIndex, to)); !errors.Is(err, ErrUnknownAccount) {
		t.Fatalf("the fee vault: %v", err)
	}
	for i, c := range []struct {
		account uint32
		amount  uint64
	}{
		{2, 600}, // 500 + 100 received
		{2, 0},   // again: nothing left
		{1, 393}, // 500 - 100 - 7
		{9, 0},   // no such account (yet)
	} {
		r, err := b.Apply(forcedExit(uint64(i), c.account, to))
		if err != nil {
			t.Fatalf("forced exit %d: %v", i, err)
		}
		if len(r.PubData) != PubDataForcedSize || r.PubData[0] != byte(TxForcedExit) ||
			U24(r.PubData[1:]) != c.account || [20]byte(r.PubData[4:24]) != to ||
			binary.BigEndian.Uint64(r.PubData[24:]) != c.amount {
			t.Fatalf("forced exit %d: record %x, want account %d amount %d", i, r.PubData, c.account, c.amount)
		}
	}
	if _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	a1, _, _ := s.Account(1)
	if a1.Balance != 0 || a1.Nonce != 1 {
		t.Fatalf("account 1 after its forced exit: %+v", a1)
	}
	vault, _, _ := s.Account(FeeVaultIndex)
	if vault.Balance != 7 {
		t.Fatalf("vault %d", vault.Balance)
	}
	if s.NextForcedIndex() != 4 {
		t.Fatalf("next forced %d", s.NextForcedIndex())
	}
	// The queue position survives a restart.
	s.Close()
	s2, err := Open(dir, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.NextForcedIndex() != 4 {
		t.Fatalf("next forced after reopen %d", s2.NextForcedIndex())
	}
	// Forced exits are L1's: never signed on L2.
	if err := forcedExit(4, 1, to).Sign(keys[1]); err == nil {
		t.Fatal("a forced exit was signed")
	}
}

// A store written before forced exits (a shorter meta record) opens with
// the forced-exit queue at 0.
func TestMetaWithoutForcedIndex(t *testing.T) {
	m := meta{height: 3, nextAccount: 4, nextDeposit: 2, chainID: 9, depth: 8, nextForced: 6}
	b := m.marshal()
	old, err := unmarshalMeta(b[:metaSizeV1])
	if err != nil || old.nextForced != 0 || old.height != 3 || old.nextDeposit != 2 {
		t.Fatalf("v1 meta: %+v %v", old, err)
	}
	cur, err := unmarshalMeta(b)
	if err != nil || cur != m {
		t.Fatalf("meta round trip: %+v %v", cur, err)
	}
}
