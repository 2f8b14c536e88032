package ledger

import (
	"bytes"
	"encoding/binary"
	"errors"
	"testing"
)

var decodeErrors = []error{ErrMalformed, ErrOversized, ErrUnknownVersion, ErrUnknownType, ErrNonCanonical}

// FuzzDecodeTx: decoding never panics, every failure is a decode error, and
// every accepted input is canonical (re-encodes to itself).
func FuzzDecodeTx(f *testing.F) {
	k := testKey(f, 1)
	f.Add(deposit(k.Public(), 3, 99).Encode())
	f.Add(signedTransfer(f, k, 1, 2, 100, 3, 9).Encode())
	f.Add(signedWithdraw(f, k, 1, [20]byte{9}, 50, 2, 10).Encode())
	f.Add([]byte{})
	f.Add([]byte{1, 2, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		tx, err := DecodeTx(data)
		if err != nil {
			for _, e := range decodeErrors {
				if errors.Is(err, e) {
					return
				}
			}
			t.Fatalf("decode error %v is not a decode sentinel", err)
		}
		if enc := tx.Encode(); !bytes.Equal(enc, data) {
			t.Fatalf("non-canonical input accepted:\n in %x\nout %x", data, enc)
		}
	})
}

// fuzzState is a small in-memory chain that fuzz and property tests drive.
type fuzzState struct {
	t        testing.TB
	s        *Store
	keys     []*PrivateKey // keys[i] owns account i (keys[0] is nil: the vault)
	b        *Block
	genesis  uint64
	deposits uint64
	withdraw uint64
}

func newFuzzState(t testing.TB, depth int) *fuzzState {
	g, keys := testGenesis(t, depth, 3, 10_000)
	s, err := Open("", g, Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	b, err := s.NewBlock()
	if err != nil {
		t.Fatal(err)
	}
	return &fuzzState{t: t, s: s, keys: keys, b: b, genesis: 30_000}
}

// apply runs one transaction and checks the invariants: a rejection changes
// nothing, and supply is conserved.
func (f *fuzzState) apply(tx *Tx) error {
	f.t.Helper()
	before, err := f.b.Root()
	if err != nil {
		f.t.Fatal(err)
	}
	nacc := f.b.nextAccount
	r, err := f.b.Apply(tx)
	if err != nil {
		after, rerr := f.b.Root()
		if rerr != nil {
			f.t.Fatal(rerr)
		}
		if after != before || f.b.nextAccount != nacc {
			f.t.Fatalf("rejected %s (%v) changed the state", tx, err)
		}
		return err
	}
	switch tx.Type {
	case TxDeposit:
		f.deposits += tx.Amount
		if r.Created {
			f.keys = append(f.keys, nil) // key unknown to the fuzzer unless it made it
		}
	case TxWithdraw:
		f.withdraw += tx.Amount
	}
	f.checkSupply()
	return nil
}

func (f *fuzzState) checkSupply() {
	f.t.Helper()
	var sum, fees uint64
	for i := uint64(0); i < f.b.nextAccount; i++ {
		a, ok, err := f.b.Account(uint32(i))
		if err != nil || !ok {
			f.t.Fatalf("account %d: %v %v", i, ok, err)
		}
		if i == uint64(FeeVaultIndex) {
			fees = a.Balance
		} else {
			sum += a.Balance
		}
	}
	if sum+fees != f.genesis+f.deposits-f.withdraw {
		f.t.Fatalf("supply not conserved: balances %d + fees %d != genesis %d + deposits %d - withdrawals %d",
			sum, fees, f.genesis, f.deposits, f.withdraw)
	}
}

func (f *fuzzState) commit() {
	f.t.Helper()
	want, err := f.b.Root()
	if err != nil {
		f.t.Fatal(err)
	}
	got, err := f.b.Commit()
	if err != nil || got != want {
		f.t.Fatalf("commit: %v %s %s", err, got, want)
	}
	if f.b, err = f.s.NewBlock(); err != nil {
		f.t.Fatal(err)
	}
}

// FuzzExecute drives execution with a script: each 16-byte chunk is one
// operation (a signed transfer or withdrawal with fuzzed fields, a deposit, a
// raw transaction decoded from the bytes, or a commit). Nothing may panic,
// rejected transactions must leave the state root unchanged, and supply is
// conserved throughout.
func FuzzExecute(f *testing.F) {
	f.Add([]byte{})
	f.Add(bytes.Repeat([]byte{0, 1, 2, 10, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0}, 3))
	f.Add([]byte{1, 1, 3, 0, 0, 0, 0, 0, 0, 0, 1, 0, 2, 0, 0, 0, 2, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0, 0})
	f.Add([]byte{3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
	f.Fuzz(func(t *testing.T, script []byte) {
		if len(script) > 16*24 {
			script = script[:16*24]
		}
		st := newFuzzState(t, 4)
		defer func() { st.b.Discard() }()
		for len(script) >= 16 {
			op := script[:16]
			script = script[16:]
			from := uint32(op[1] % 6)
			to := uint32(op[2] % 6)
			amount := uint64(binary.BigEndian.Uint32(op[3:7]))
			if op[15]&1 == 1 {
				amount = binary.BigEndian.Uint64(op[3:11]) // sometimes huge
			}
			fee := uint64(binary.BigEndian.Uint16(op[11:13]))
			nonce := uint64(op[13] % 4)
			signer := st.keyFor(from, op[14])
			switch op[0] % 5 {
			case 0: // transfer
				tx := &Tx{Type: TxTransfer, ChainID: testChainID, From: from, To: to, Amount: amount, Fee: fee, Nonce: nonce}
				if signer != nil {
					tx.Sign(signer)
				}
				st.apply(tx)
			case 1: // withdraw
				tx := &Tx{Type: TxWithdraw, ChainID: testChainID, From: from, L1Address: [20]byte{op[2]}, Amount: amount, Fee: fee, Nonce: nonce}
				if signer != nil {
					tx.Sign(signer)
				}
				st.apply(tx)
			case 2: // deposit to a known or fresh key
				k := testKey(t, int(op[1]%8)+1)
				st.apply(&Tx{Type: TxDeposit, ChainID: testChainID, QueueIndex: st.b.nextDeposit + uint64(op[14]%2), PubKey: k.Public(), Amount: amount})
			case 3:
				st.commit()
			case 4: // raw bytes as a transaction
				raw := append([]byte{TxVersion, byte(TxTransfer)}, op[2:]...)
				raw = append(raw, make([]byte, TransferSize-len(raw))...)
				if tx, err := DecodeTx(raw); err == nil {
					st.apply(tx)
				}
			}
		}
	})
}

// keyFor returns the key that signs for account from: usually its owner,
// sometimes another key (a forged signature), or none.
func (f *fuzzState) keyFor(from uint32, sel byte) *PrivateKey {
	switch sel % 4 {
	case 0, 1:
		if int(from) < len(f.keys) && f.keys[from] != nil {
			return f.keys[from]
		}
		return testKey(f.t, int(from)+1)
	case 2:
		return testKey(f.t, int(from)+2)
	}
	return nil
}
