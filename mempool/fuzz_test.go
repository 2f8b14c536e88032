package mempool

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/mycel-network/mycel/ledger"
)

// fuzzSeeds are the committed seed corpus (testdata/fuzz/FuzzAdd), written by
// TestWriteFuzzCorpus with MYCEL_WRITE_TESTDATA=1.
func fuzzSeeds(e *env) map[string][]byte {
	deposit := (&ledger.Tx{Type: ledger.TxDeposit, ChainID: testChainID, PubKey: e.keys[1].Public(), Amount: 5}).Encode()
	good := e.transfer(1, 2, 10, 1, 0)
	return map[string][]byte{
		"transfer":        good,
		"transfer_nonce1": e.transfer(1, 2, 10, 1, 1),
		"replacement":     e.transfer(1, 2, 10, 5, 0),
		"withdraw":        e.withdraw(2, 10, 3, 0),
		"deposit":         deposit,
		"zero_fee":        e.transfer(2, 1, 10, 0, 0),
		"truncated":       good[:60],
		"oversized":       append(e.withdraw(2, 10, 3, 0), 0),
		"empty":           {},
		"version_only":    {0x01},
	}
}

func TestWriteFuzzCorpus(t *testing.T) {
	if os.Getenv("MYCEL_WRITE_TESTDATA") == "" {
		t.Skip("set MYCEL_WRITE_TESTDATA=1 to regenerate testdata/fuzz/FuzzAdd")
	}
	e := newEnv(t, 3, 1000, smallConfig(16, 4), nil)
	dir := filepath.Join("testdata", "fuzz", "FuzzAdd")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, raw := range fuzzSeeds(e) {
		body := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", raw)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzAdd feeds raw bytes to Add on a small pool over a real store and checks
// the pool's invariants: no panic, admitted transactions are pooled under
// their hash and are canonical, rejected ones are not pooled (unless already
// known), a second Add of an admitted transaction fails, limits hold, the
// eviction index agrees with the pool, and whatever Reap returns executes
// on the committed state.
func FuzzAdd(f *testing.F) {
	e := newEnv(f, 3, 1000, smallConfig(16, 4), nil)
	for _, raw := range fuzzSeeds(e) {
		f.Add(raw)
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		h, err := e.pool.Add(raw)
		switch {
		case err == nil:
			if h != TxHash(raw) || !e.pool.Has(h) {
				t.Fatal("admitted transaction is not pooled under its hash")
			}
			tx, derr := ledger.DecodeTx(raw)
			if derr != nil || tx.Type == ledger.TxDeposit {
				t.Fatalf("admitted a transaction that does not decode or is a deposit: %v", derr)
			}
			if _, err := e.pool.Add(raw); !errors.Is(err, ErrAlreadyKnown) {
				t.Fatalf("second Add: %v", err)
			}
		case errors.Is(err, ErrAlreadyKnown):
			if !e.pool.Has(h) {
				t.Fatal("ErrAlreadyKnown for a transaction that is not pooled")
			}
		default:
			if h != ([32]byte{}) && e.pool.Has(h) {
				t.Fatalf("rejected (%v) but pooled", err)
			}
		}
		if e.pool.Size() > e.pool.cfg.MaxTxs || e.pool.Bytes() > e.pool.cfg.MaxBytes {
			t.Fatalf("limits exceeded: %d txs, %d bytes", e.pool.Size(), e.pool.Bytes())
		}
		checkIndex(t, e.pool)
		// Every reaped block must execute.
		b, err := e.store.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		defer b.Discard()
		for _, r := range e.pool.Reap(-1, -1) {
			tx, _ := ledger.DecodeTx(r)
			if _, err := b.Apply(tx); err != nil {
				t.Fatalf("reaped transaction %s does not execute: %v", tx, err)
			}
		}
	})
}
