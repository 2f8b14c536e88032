package batch

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"

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

// The public input covers every header field but the block range; the
// hash covers them all.
func TestHeaderHashes(t *testing.T) {
	h := Header{ChainId: 1, BatchIndex: 2, PrevRoot: [32]byte{3}, NewRoot: [32]byte{4}, FirstBlock: 5, LastBlock: 6,
		DepositStart: 7, DepositEnd: 8, DataCommitment: [32]byte{9}}
	if n := len(h.HashedBytes()); n != 128 {
		t.Fatalf("hashed header is %d bytes", n)
	}
	blocks := h
	blocks.FirstBlock, blocks.LastBlock = 50, 60
	if blocks.PublicInput().Cmp(h.PublicInput()) != 0 {
		t.Fatal("the block range changed the public input")
	}
	if blocks.Hash() == h.Hash() {
		t.Fatal("the block range did not change the header hash")
	}
	for i, mut := range []func(*Header){
		func(x *Header) { x.ChainId++ }, func(x *Header) { x.BatchIndex++ }, func(x *Header) { x.PrevRoot[0]++ },
		func(x *Header) { x.NewRoot[0]++ }, func(x *Header) { x.DepositStart++ }, func(x *Header) { x.DepositEnd++ },
		func(x *Header) { x.DataCommitment[0]++ },
	} {
		m := h
		mut(&m)
		if m.PublicInput().Cmp(h.PublicInput()) == 0 {
			t.Fatalf("field %d is not in the public input", i)
		}
	}
}
