package ledger

import (
	"bytes"
	"errors"
	"testing"
)

func TestEncodeDecodeRoundTrip(t *testing.T) {
	k := testKey(t, 1)
	txs := []*Tx{
		deposit(k.Public(), 7, 1000),
		signedTransfer(t, k, 1, 2, 100, 3, 9),
		signedWithdraw(t, k, 1, [20]byte{0xde, 0xad}, 50, 2, 10),
		{Type: TxForcedExit, ChainID: testChainID, QueueIndex: 3, From: 9, L1Address: [20]byte{0xbe, 19: 0xef}},
	}
	sizes := []int{DepositSize, TransferSize, WithdrawSize, ForcedExitSize}
	for i, tx := range txs {
		enc := tx.Encode()
		if len(enc) != sizes[i] {
			t.Fatalf("%s: %d bytes, want %d", tx.Type, len(enc), sizes[i])
		}
		back, err := DecodeTx(enc)
		if err != nil {
			t.Fatalf("%s: %v", tx.Type, err)
		}
		if *back != *tx {
			t.Fatalf("%s: round trip changed the tx:\n%+v\n%+v", tx.Type, back, tx)
		}
		if !bytes.Equal(back.Encode(), enc) {
			t.Fatalf("%s: re-encoding differs", tx.Type)
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	k := testKey(t, 1)
	transfer := signedTransfer(t, k, 1, 2, 100, 3, 9).Encode()
	dep := deposit(k.Public(), 0, 5).Encode()
	mod := func(b []byte, f func([]byte)) []byte { c := bytes.Clone(b); f(c); return c }

	cases := []struct {
		name string
		in   []byte
		want error
	}{
		{"empty", nil, ErrMalformed},
		{"one byte", []byte{1}, ErrMalformed},
		{"oversized", make([]byte, MaxTxSize+1), ErrOversized},
		{"huge", make([]byte, 1<<20), ErrOversized},
		{"version 0", mod(transfer, func(b []byte) { b[0] = 0 }), ErrUnknownVersion},
		{"version 2", mod(transfer, func(b []byte) { b[0] = 2 }), ErrUnknownVersion},
		{"type 0", mod(transfer, func(b []byte) { b[1] = 0 }), ErrUnknownType},
		{"type 5", mod(transfer, func(b []byte) { b[1] = 5 }), ErrUnknownType},
		{"forced exit of a transfer's size", mod(transfer, func(b []byte) { b[1] = 4 }), ErrMalformed},
		{"truncated", transfer[:len(transfer)-1], ErrMalformed},
		{"trailing byte", append(bytes.Clone(dep), 0), ErrMalformed},
		{"transfer as withdraw type", mod(transfer, func(b []byte) { b[1] = byte(TxWithdraw) }), ErrMalformed},
		{"S zero", mod(transfer, func(b []byte) { clear(b[len(b)-32:]) }), ErrNonCanonical},
		{"S >= order", mod(transfer, func(b []byte) {
			for i := len(b) - 32; i < len(b); i++ {
				b[i] = 0xff
			}
		}), ErrNonCanonical},
		{"R y >= p", mod(transfer, func(b []byte) {
			for i := len(b) - 64; i < len(b)-32; i++ {
				b[i] = 0xff
			}
			b[len(b)-33] = 0x7f
		}), ErrNonCanonical},
		{"deposit key y >= p", mod(dep, func(b []byte) {
			for i := 18; i < 50; i++ {
				b[i] = 0xff
			}
		}), ErrNonCanonical},
	}
	for _, c := range cases {
		_, err := DecodeTx(c.in)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
	}
}

func TestTxHashCoversSignature(t *testing.T) {
	k := testKey(t, 1)
	a := signedTransfer(t, k, 1, 2, 100, 3, 9)
	b := *a
	b.Signature[40] ^= 1
	if a.Hash() == b.Hash() {
		t.Fatal("tx hash ignores the signature")
	}
}
