package prover

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"math/big"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/mycel-network/mycel/ledger"
)

// The golden chain of testdata/ledger/vectors.json has depth 8; its first
// block needs 7 chunks, so the golden circuit has 8 slots.
const (
	goldenSlots = 8
	goldenDepth = 8
)

type goldenFile struct {
	ChainID uint64          `json:"chain_id"`
	Depth   int             `json:"depth"`
	Genesis *ledger.Genesis `json:"genesis"`
	Keys    []struct {
		Seed string `json:"seed"`
	} `json:"keys"`
	Blocks []struct {
		Height uint64 `json:"height"`
		Root   ledger.Hash
		Steps  []struct {
			Description string `json:"description"`
			Encoding    string `json:"encoding"`
			Error       string `json:"error"`
			PubData     string `json:"pub_data"`
		} `json:"steps"`
	} `json:"blocks"`
}

func loadGolden(t testing.TB) *goldenFile {
	t.Helper()
	raw, err := os.ReadFile("../testdata/ledger/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var g goldenFile
	if err := json.Unmarshal(raw, &g); err != nil {
		t.Fatal(err)
	}
	return &g
}

func goldenKey(t testing.TB, g *goldenFile, i int) *ledger.PrivateKey {
	t.Helper()
	var seed [32]byte
	b, _ := hex.DecodeString(g.Keys[i].Seed)
	copy(seed[:], b)
	k, err := ledger.NewPrivateKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func decodeHex(t testing.TB, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// goldenStore replays the golden blocks on a fresh store and checks every
// root; it returns the store and each block's expected public data.
func goldenStore(t testing.TB) (*ledger.Store, *goldenFile, [][]byte) {
	t.Helper()
	g := loadGolden(t)
	s, err := ledger.Open(t.TempDir(), g.Genesis, ledger.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var pubdata [][]byte
	for _, gb := range g.Blocks {
		b, err := s.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		var pd []byte
		for _, st := range gb.Steps {
			tx, err := ledger.DecodeTx(decodeHex(t, st.Encoding))
			if err != nil {
				t.Fatal(err)
			}
			r, err := b.Apply(tx)
			if (err != nil) != (st.Error != "") {
				t.Fatalf("%s: error %v, golden %q", st.Description, err, st.Error)
			}
			if err == nil {
				pd = append(pd, r.PubData...)
			}
		}
		root, err := b.Commit()
		if err != nil {
			t.Fatal(err)
		}
		if root != gb.Root {
			t.Fatalf("block %d root %s, golden %s", gb.Height, root, gb.Root)
		}
		pubdata = append(pubdata, pd)
	}
	return s, g, pubdata
}

var (
	goldenCCSOnce sync.Once
	goldenCCS     constraint.ConstraintSystem
	goldenCCSErr  error
)

func compiledGolden(t testing.TB) constraint.ConstraintSystem {
	t.Helper()
	goldenCCSOnce.Do(func() {
		goldenCCS, goldenCCSErr = frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(goldenSlots, goldenDepth))
	})
	if goldenCCSErr != nil {
		t.Fatal(goldenCCSErr)
	}
	return goldenCCS
}

func solve(t testing.TB, c *Circuit) error {
	t.Helper()
	ccs := compiledGolden(t)
	w, err := frontend.NewWitness(c, ecc.BN254.ScalarField())
	if err != nil {
		t.Fatal(err)
	}
	return ccs.IsSolved(w)
}

func goldenBatches(t testing.TB, s *ledger.Store) []*Batch {
	t.Helper()
	var out []*Batch
	dep := uint64(0)
	for h := uint64(1); h <= s.Height(); h++ {
		b, err := BatchFromStore(s, BatchSpec{Index: h - 1, FromHeight: h - 1, ToHeight: h, DepositStart: dep})
		if err != nil {
			t.Fatal(err)
		}
		dep = b.DepositEnd
		out = append(out, b)
	}
	return out
}

func TestGoldenBatchesSolve(t *testing.T) {
	s, g, pubdata := goldenStore(t)
	batches := goldenBatches(t, s)
	for i, b := range batches {
		pd, err := b.PubData()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(pd, pubdata[i]) {
			t.Fatalf("batch %d public data differs from the ledger's receipts:\n%x\n%x", i, pd, pubdata[i])
		}
		if b.NewRoot != g.Blocks[i].Root {
			t.Fatalf("batch %d new root %s, golden %s", i, b.NewRoot, g.Blocks[i].Root)
		}
		c, err := Assign(b, goldenSlots)
		if err != nil {
			t.Fatal(err)
		}
		if err := solve(t, c); err != nil {
			t.Fatalf("golden batch %d does not solve: %v", i, err)
		}
	}
	t.Logf("golden circuit (%d slots, depth %d): %d constraints", goldenSlots, goldenDepth, compiledGolden(t).GetNbConstraints())
}

// The circuit uses no lookup tables, hence no BSB22 commitment: the
// Solidity verifier stays at its cheapest and the proof at 256 bytes
// (ADR 020).
func TestNoCommitment(t *testing.T) {
	ccs := compiledGolden(t)
	if n := len(ccs.GetCommitments().CommitmentIndexes()); n != 0 {
		t.Fatalf("circuit has %d BSB22 commitments, want none", n)
	}
}

// mutate returns a deep enough copy of b for tests to change.
func cloneBatch(b *Batch) *Batch {
	c := *b
	c.Txs = append([]BatchTx(nil), b.Txs...)
	c.Proofs = append([]LeafProof(nil), b.Proofs...)
	return &c
}

func encode(tx *ledger.Tx) []byte { return tx.Encode() }

func TestInvalidTransitionsDoNotSolve(t *testing.T) {
	s, g, _ := goldenStore(t)
	batches := goldenBatches(t, s)
	k0, k1 := goldenKey(t, g, 0), goldenKey(t, g, 1)
	b1 := batches[0] // deposit (new account 3), transfer 1->2, withdraw 2, deposit to key 0
	chain := g.ChainID

	signed := func(tx *ledger.Tx, k *ledger.PrivateKey) []byte {
		tx.ChainID = chain
		if err := tx.Sign(k); err != nil {
			t.Fatal(err)
		}
		return tx.Encode()
	}
	// Account 1 starts with nonce 0 and 1,000,000; account 2 with 500.
	cases := []struct {
		name string
		edit func(b *Batch) // on a clone of b1, built unchecked
		post func(b *Batch, c *Circuit)
	}{
		{name: "bad signature", edit: func(b *Batch) {
			tx, _ := ledger.DecodeTx(b.Txs[1].Tx)
			tx.Signature[63] ^= 1
			b.Txs[1].Tx = tx.Encode()
		}},
		{name: "signature by another key", edit: func(b *Batch) {
			b.Txs[1].Tx = signed(&ledger.Tx{Type: ledger.TxTransfer, From: 1, To: 2, Amount: 250, Fee: 10}, k1)
		}},
		{name: "overspend", edit: func(b *Batch) {
			b.Txs = append(b.Txs[:3:3], BatchTx{Tx: signed(&ledger.Tx{Type: ledger.TxTransfer, From: 2, To: 1, Amount: 1_000, Nonce: 1}, k1), Account: 2})
		}},
		{name: "nonce too low (replay)", edit: func(b *Batch) {
			b.Txs = append(b.Txs[:3:3], BatchTx{Tx: b.Txs[1].Tx, Account: 1})
		}},
		{name: "nonce too high", edit: func(b *Batch) {
			b.Txs[1].Tx = signed(&ledger.Tx{Type: ledger.TxTransfer, From: 1, To: 2, Amount: 250, Fee: 10, Nonce: 1}, k0)
		}},
		{name: "wrong chain", edit: func(b *Batch) {
			tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: chain + 1, From: 1, To: 2, Amount: 250, Fee: 10}
			tx.Sign(k0)
			tx.ChainID = chain // the circuit is for this chain
			b.Txs[1].Tx = tx.Encode()
		}},
		{name: "fee out of range", edit: func(b *Batch) {
			b.Txs[1].Tx = signed(&ledger.Tx{Type: ledger.TxTransfer, From: 1, To: 2, Amount: 250, Fee: 1 << 63}, k0)
		}},
		{name: "fee not credited to the vault", post: func(b *Batch, c *Circuit) {
			c.VaultBalance = new(big.Int).Add(c.VaultBalance.(*big.Int), big.NewInt(1))
		}},
		{name: "amount zero", edit: func(b *Batch) {
			b.Txs[1].Tx = signed(&ledger.Tx{Type: ledger.TxTransfer, From: 1, To: 2, Amount: 0, Fee: 10}, k0)
		}},
		{name: "deposit amount out of range", edit: func(b *Batch) {
			tx, _ := ledger.DecodeTx(b.Txs[0].Tx)
			tx.Amount = 1 << 63
			b.Txs[0].Tx = tx.Encode()
		}},
		{name: "self transfer", edit: func(b *Batch) {
			b.Txs[1].Tx = signed(&ledger.Tx{Type: ledger.TxTransfer, From: 1, To: 1, Amount: 250, Fee: 10}, k0)
		}},
		{name: "wrong previous root", post: func(b *Batch, c *Circuit) {
			b.PrevRoot = ledger.EmptyRoot(goldenDepth)
			c.PrevRoot = hv(b.PrevRoot)
			h, _ := b.Header()
			c.PublicInput = h.PublicInput()
		}},
		{name: "wrong new root", post: func(b *Batch, c *Circuit) {
			b.NewRoot = ledger.EmptyRoot(goldenDepth)
			c.NewRoot = hv(b.NewRoot)
			h, _ := b.Header()
			c.PublicInput = h.PublicInput()
		}},
		{name: "public input of another batch index", post: func(b *Batch, c *Circuit) {
			b.Index++
			h, _ := b.Header()
			c.PublicInput = h.PublicInput()
		}},
		{name: "tampered public data", post: func(b *Batch, c *Circuit) {
			pd, _ := b.PubData()
			pd[20] ^= 1 // the transfer's amount
			h, _ := b.Header()
			h.DataCommitment = sha256Sum(pd)
			c.PublicInput = h.PublicInput()
		}},
		{name: "deposits reordered in the public data", post: func(b *Batch, c *Circuit) {
			pd, _ := b.PubData()
			// records: deposit [0:50], transfer [50:75], withdraw [75:125], deposit [125:175]
			re := append(append(append([]byte{}, pd[125:175]...), pd[50:125]...), pd[0:50]...)
			h, _ := b.Header()
			h.DataCommitment = sha256Sum(re)
			c.PublicInput = h.PublicInput()
		}},
		{name: "deposit skipped (queue end too far)", post: func(b *Batch, c *Circuit) {
			b.DepositEnd++
			h, _ := b.Header()
			c.PublicInput = h.PublicInput()
		}},
		{name: "deposit to an existing account claimed as new", post: func(b *Batch, c *Circuit) {
			c.Slots[5].ACreated = 1 // slot 5: deposit to key 0 (account 1)
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := cloneBatch(b1)
			if tc.edit != nil {
				tc.edit(b)
			}
			c, err := assign(b, goldenSlots, assignOpts{unchecked: true})
			if err != nil {
				t.Fatalf("building the witness: %v", err)
			}
			if tc.post != nil {
				tc.post(b, c)
			}
			if err := solve(t, c); err == nil {
				t.Fatal("invalid batch solved")
			}
		})
	}
	// The unchecked builder itself is sound: the untouched batch solves.
	c, err := assign(cloneBatch(b1), goldenSlots, assignOpts{unchecked: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, c); err != nil {
		t.Fatalf("control batch: %v", err)
	}
}

func TestOverflowDoesNotSolve(t *testing.T) {
	s, g, _ := goldenStore(t)
	b := cloneBatch(goldenBatches(t, s)[1]) // account 4 ends with MaxAmount
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: g.ChainID, From: 1, To: 4, Amount: 1, Nonce: 1}
	if err := tx.Sign(goldenKey(t, g, 0)); err != nil {
		t.Fatal(err)
	}
	// Prove it against the batch that created account 4: append to batch 2.
	b.Txs = append(b.Txs, BatchTx{Tx: tx.Encode(), Account: 1})
	p, err := s.ProofAt(4, b.FirstBlock-1)
	if err != nil {
		t.Fatal(err)
	}
	b.Proofs = append(b.Proofs, NewLeafProof(p))
	c, err := assign(b, goldenSlots, assignOpts{unchecked: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := solve(t, c); err == nil {
		t.Fatal("a credit above MaxAmount solved")
	}
}
