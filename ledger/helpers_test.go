package ledger

import (
	"crypto/sha256"
	"encoding/binary"
	"testing"
)

const testChainID = 4242

// testKey derives a deterministic key from a label.
func testKey(t testing.TB, i int) *PrivateKey {
	t.Helper()
	var seed [SeedSize]byte
	s := sha256.Sum256(binary.BigEndian.AppendUint64([]byte("mycel test key"), uint64(i)))
	copy(seed[:], s[:])
	k, err := NewPrivateKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// testGenesis funds n accounts (indices 1..n) with balance each, keyed by testKey(1..n).
func testGenesis(t testing.TB, depth, n int, balance uint64) (*Genesis, []*PrivateKey) {
	t.Helper()
	g := &Genesis{ChainID: testChainID, Depth: depth}
	keys := []*PrivateKey{nil}
	for i := 1; i <= n; i++ {
		k := testKey(t, i)
		keys = append(keys, k)
		g.Accounts = append(g.Accounts, GenesisAccount{PubKey: k.Public(), Balance: balance})
	}
	return g, keys
}

func openTestStore(t testing.TB, dir string, g *Genesis, opts Options) *Store {
	t.Helper()
	s, err := Open(dir, g, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func signedTransfer(t testing.TB, key *PrivateKey, from, to uint32, amount, fee, nonce uint64) *Tx {
	t.Helper()
	tx := &Tx{Type: TxTransfer, ChainID: testChainID, From: from, To: to, Amount: amount, Fee: fee, Nonce: nonce}
	if err := tx.Sign(key); err != nil {
		t.Fatal(err)
	}
	return tx
}

func signedWithdraw(t testing.TB, key *PrivateKey, from uint32, addr [20]byte, amount, fee, nonce uint64) *Tx {
	t.Helper()
	tx := &Tx{Type: TxWithdraw, ChainID: testChainID, From: from, L1Address: addr, Amount: amount, Fee: fee, Nonce: nonce}
	if err := tx.Sign(key); err != nil {
		t.Fatal(err)
	}
	return tx
}

func deposit(pk PublicKey, queue, amount uint64) *Tx {
	return &Tx{Type: TxDeposit, ChainID: testChainID, QueueIndex: queue, PubKey: pk, Amount: amount}
}
