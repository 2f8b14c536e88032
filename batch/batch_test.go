package batch

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/ledger"
)

func record(t ledger.TxType, size int, to byte, amount uint64) []byte {
	r := make([]byte, size)
	r[0] = byte(t)
	r[4] = to
	switch t {
	case ledger.TxWithdraw:
		p, ok := ledger.AppendPackedAmount(nil, amount)
		if !ok {
			panic("unpackable test amount")
		}
		copy(r[24:], p)
	case ledger.TxForcedExit:
		binary.BigEndian.PutUint64(r[24:], amount)
	}
	return r
}

func TestWithdrawals(t *testing.T) {
	pd := bytes.Join([][]byte{
		record(ledger.TxDeposit, ledger.PubDataDepositSize, 0x01, 5),
		record(ledger.TxWithdraw, ledger.PubDataWithdrawSize, 0xaa, 7),
		record(ledger.TxWithdraw, ledger.PubDataWithdrawSize, 0xcc, 123_456_789_000_000),
		record(ledger.TxTransfer, ledger.PubDataTransferSize, 0x02, 9),
		record(ledger.TxForcedExit, ledger.PubDataForcedSize, 0xbb, 11),
	}, nil)
	ws, err := Withdrawals(pd)
	if err != nil {
		t.Fatal(err)
	}
	want := []Withdrawal{
		{To: common.BytesToAddress(append([]byte{0xaa}, make([]byte, 19)...)), AmountGwei: 7},
		{To: common.BytesToAddress(append([]byte{0xcc}, make([]byte, 19)...)), AmountGwei: 123_456_789_000_000},
		{To: common.BytesToAddress(append([]byte{0xbb}, make([]byte, 19)...)), AmountGwei: 11},
	}
	if len(ws) != 3 || ws[0] != want[0] || ws[1] != want[1] || ws[2] != want[2] {
		t.Fatalf("withdrawals %+v, want %+v", ws, want)
	}
	for name, bad := range map[string][]byte{
		"unknown type":     {0x09},
		"truncated record": pd[:len(pd)-1],
		// A packed withdrawal amount of 2^35-1 x 10^31, above MaxAmount.
		"amount above the maximum": append([]byte{byte(ledger.TxWithdraw), 23: 0, 24: 0xff, 0xff, 0xff, 0xff, 0xff}, 0, 0, 0),
	} {
		if _, err := Withdrawals(bad); !errors.Is(err, ErrBadPubData) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// The public input covers every header field but the block range and
// the evaluation (the proof's second public input); the hash covers them
// all.
func TestHeaderHashes(t *testing.T) {
	h := Header{ChainId: 1, BatchIndex: 2, PrevRoot: [32]byte{3}, NewRoot: [32]byte{4}, FirstBlock: 5, LastBlock: 6,
		DepositStart: 7, DepositEnd: 8, DataCommitment: [32]byte{9}, DataPoseidon: [32]byte{10}, DataEval: [32]byte{11}}
	if n := len(h.HashedBytes()); n != HashedBytesSize {
		t.Fatalf("hashed header is %d bytes", n)
	}
	for name, mut := range map[string]func(*Header){
		"block range": func(x *Header) { x.FirstBlock, x.LastBlock = 50, 60 },
		"evaluation":  func(x *Header) { x.DataEval[0]++ },
	} {
		m := h
		mut(&m)
		if m.PublicInput().Cmp(h.PublicInput()) != 0 {
			t.Fatalf("the %s changed the public input", name)
		}
		if m.Hash() == h.Hash() {
			t.Fatalf("the %s did not change the header hash", name)
		}
	}
	if pis := h.PublicInputs(); pis[0].Cmp(h.PublicInput()) != 0 || pis[1].Cmp(new(big.Int).SetBytes(h.DataEval[:])) != 0 {
		t.Fatalf("public inputs %v", pis)
	}
	for i, mut := range []func(*Header){
		func(x *Header) { x.ChainId++ }, func(x *Header) { x.BatchIndex++ }, func(x *Header) { x.PrevRoot[0]++ },
		func(x *Header) { x.NewRoot[0]++ }, func(x *Header) { x.DepositStart++ }, func(x *Header) { x.DepositEnd++ },
		func(x *Header) { x.DataCommitment[0]++ }, func(x *Header) { x.DataPoseidon[0]++ },
	} {
		m := h
		mut(&m)
		if m.PublicInput().Cmp(h.PublicInput()) == 0 {
			t.Fatalf("field %d is not in the public input", i)
		}
	}
}

// The data fields: DataPoseidon is the Merkle-Damgard Poseidon2 hash of the
// chunk integers, DataEval their polynomial by Horner's rule (checked
// against a direct sum of c_i z^(n-1-i)), SetPubData fills both at the
// header's own public input, and CheckPubData refuses data that differs in
// one byte, by a trailing chunk, or a header with any data field changed.
func TestDataFields(t *testing.T) {
	pd := bytes.Join([][]byte{
		record(ledger.TxDeposit, ledger.PubDataDepositSize, 0x01, 5),
		record(ledger.TxTransfer, ledger.PubDataTransferSize, 0x02, 9),
		record(ledger.TxWithdraw, ledger.PubDataWithdrawSize, 0xff, 7),
	}, nil)
	for i := range pd {
		pd[i] ^= byte(i * 37) // no zero chunk, high bits set
	}
	var hs []ledger.Hash
	for off := 0; off < len(pd); off += ChunkSize {
		var c ledger.Hash
		copy(c[16:], pd[off:off+ChunkSize])
		hs = append(hs, c)
	}
	if got, want := DataPoseidon(pd), ledger.HashElements(hs...); got != want {
		t.Fatalf("DataPoseidon %x, want %x", got, want)
	}
	r := fr.Modulus()
	z := new(big.Int).Sub(r, big.NewInt(3))
	want := new(big.Int)
	n := len(hs)
	for i, c := range hs {
		term := new(big.Int).Exp(z, big.NewInt(int64(n-1-i)), r)
		want.Add(want, term.Mul(term, new(big.Int).SetBytes(c[:])))
	}
	want.Mod(want, r)
	if got := DataEval(pd, z); new(big.Int).SetBytes(got[:]).Cmp(want) != 0 {
		t.Fatalf("DataEval %x, want %x", got, want)
	}
	if DataEval(nil, z) != [32]byte{} || DataPoseidon(nil) != [32]byte{} {
		t.Fatal("empty data: want zero hash and evaluation")
	}

	h := Header{ChainId: 1, BatchIndex: 2, NewRoot: [32]byte{4}, DepositEnd: 1}
	h.SetPubData(pd)
	if h.DataEval != DataEval(pd, h.PublicInput()) || h.DataPoseidon != DataPoseidon(pd) || h.DataCommitment != DataCommitment(pd) {
		t.Fatal("SetPubData")
	}
	if err := h.CheckPubData(pd); err != nil {
		t.Fatal(err)
	}
	flipped := bytes.Clone(pd)
	flipped[20] ^= 1
	for name, bad := range map[string][]byte{
		"a byte changed":       flipped,
		"a zero chunk more":    append(bytes.Clone(pd), make([]byte, ChunkSize)...),
		"the last chunk short": pd[:len(pd)-ChunkSize],
	} {
		if err := h.CheckPubData(bad); !errors.Is(err, ErrBadPubData) {
			t.Errorf("%s: %v", name, err)
		}
	}
	for name, mut := range map[string]func(*Header){
		"commitment": func(x *Header) { x.DataCommitment[0]++ },
		"poseidon":   func(x *Header) { x.DataPoseidon[0]++ },
		"evaluation": func(x *Header) { x.DataEval[31]++ },
		"batch":      func(x *Header) { x.BatchIndex++ }, // another point
	} {
		m := h
		mut(&m)
		if err := m.CheckPubData(pd); !errors.Is(err, ErrBadPubData) {
			t.Errorf("header with another %s: %v", name, err)
		}
	}
}
