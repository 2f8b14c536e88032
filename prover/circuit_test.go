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

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/ledger"
)

// The golden chain of testdata/ledger/vectors.json has depth 8; its first
// block needs 10 chunks, so the golden circuit has 10 slots.
const (
	goldenSlots = 10
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
	b1 := batches[0] // deposit (new account 3), transfer 1->2, withdraw 2, transfer 1->2, deposit to key 0
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
		// Packed amounts and fees (ledger/pack.go). The public input is
		// the one of the public data the witness publishes, so only the
		// packing constraints stand between these witnesses and a proof.
		{name: "applied amount differs from the published packed amount", post: func(b *Batch, c *Circuit) {
			// Slot 3 applies 250 and publishes 260.
			c.Slots[3].AmountM = 260
			republish(t, b, c, 48+7, []byte{0, 0, 0, 260 >> 3, 260 << 5 & 0xff})
		}},
		{name: "applied fee differs from the published packed fee", post: func(b *Batch, c *Circuit) {
			// Slot 3 pays a fee of 10 and publishes 20.
			c.Slots[3].FeeM = 20
			republish(t, b, c, 48+12, []byte{20 >> 3, 20 << 5 & 0xff})
		}},
		{name: "non-canonical packed amount", post: func(b *Batch, c *Circuit) {
			// 250 published as 25 x 10^1: the same value, another encoding.
			c.Slots[3].AmountM, c.Slots[3].AmountE = 25, 1
			republish(t, b, c, 48+7, []byte{0, 0, 0, 0x03, 0x21})
		}},
		{name: "fee mantissa out of range", edit: func(b *Batch) {
			// 2049 has no packed form: the witness carries mantissa 2049, exponent 0.
			b.Txs[1].Tx = signed(&ledger.Tx{Type: ledger.TxTransfer, From: 1, To: 2, Amount: 250, Fee: 2049}, k0)
		}},
		{name: "exponent out of range", post: func(b *Batch, c *Circuit) {
			// 250 = 250 x 10^0, claimed with exponent 32: 10^32 x 250 is not 250.
			c.Slots[3].AmountE = 32
		}},
		{name: "packed amount on a deposit slot", post: func(b *Batch, c *Circuit) {
			c.Slots[0].AmountM = 1
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
			setPublic(t, b, c)
		}},
		{name: "wrong new root", post: func(b *Batch, c *Circuit) {
			b.NewRoot = ledger.EmptyRoot(goldenDepth)
			c.NewRoot = hv(b.NewRoot)
			setPublic(t, b, c)
		}},
		{name: "public input of another batch index", post: func(b *Batch, c *Circuit) {
			b.Index++
			setPublic(t, b, c)
		}},
		// L1 holds other data than the circuit applies and publishes. The
		// header's Poseidon2 hash is either the circuit's own data's
		// (publishAs: the circuit's hash check passes, the evaluation
		// stands between) or L1's (republish: the hash check stands).
		{name: "tampered public data, Poseidon2 hash of the applied data", post: func(b *Batch, c *Circuit) {
			pd, _ := b.PubData()
			pd[48+11] ^= 1 // the transfer's packed amount
			publishAs(t, b, c, pd)
		}},
		{name: "tampered public data, Poseidon2 hash of L1's data", post: func(b *Batch, c *Circuit) {
			pd, _ := b.PubData()
			republish(t, b, c, 48+11, []byte{pd[48+11] ^ 1})
		}},
		{name: "deposits reordered in the public data", post: func(b *Batch, c *Circuit) {
			pd, _ := b.PubData()
			// records: deposit [0:48], transfer [48:64], withdraw [64:96], transfer [96:112], deposit [112:160]
			re := append(append(append([]byte{}, pd[112:160]...), pd[48:112]...), pd[0:48]...)
			publishAs(t, b, c, re)
		}},
		{name: "deposits reordered in the public data, Poseidon2 hash of L1's data", post: func(b *Batch, c *Circuit) {
			pd, _ := b.PubData()
			re := append(append(append([]byte{}, pd[112:160]...), pd[48:112]...), pd[0:48]...)
			republish(t, b, c, 0, re)
		}},
		{name: "public data one chunk shorter", post: func(b *Batch, c *Circuit) {
			pd, _ := b.PubData()
			publishAs(t, b, c, pd[:len(pd)-16])
		}},
		{name: "public data with a zero chunk more", post: func(b *Batch, c *Circuit) {
			pd, _ := b.PubData()
			publishAs(t, b, c, append(pd, make([]byte, 16)...))
		}},
		{name: "data evaluation off by one", post: func(b *Batch, c *Circuit) {
			c.DataEval = new(big.Int).Add(c.DataEval.(*big.Int), big.NewInt(1))
		}},
		{name: "data commitment not the hashed one", post: func(b *Batch, c *Circuit) {
			c.DataCommitLo = new(big.Int).Add(c.DataCommitLo.(*big.Int), big.NewInt(1))
		}},
		{name: "deposit skipped (queue end too far)", post: func(b *Batch, c *Circuit) {
			b.DepositEnd++
			setPublic(t, b, c)
		}},
		{name: "deposit to an existing account claimed as new", post: func(b *Batch, c *Circuit) {
			c.Slots[7].ACreated = 1 // slot 7: deposit to key 0 (account 1)
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

// setPublic sets the witness's public inputs and data commitment to those
// of b's header (after the test changed b).
func setPublic(t *testing.T, b *Batch, c *Circuit) {
	t.Helper()
	h, err := b.Header()
	if err != nil {
		t.Fatal(err)
	}
	c.setHeader(h)
}

// publishAs sets the witness's public inputs to those L1 computes when it
// holds pd while the circuit applies b's own data: the data commitment is
// pd's and the evaluation is pd's at the public input, and the header's
// Poseidon2 hash is that of the data the circuit applies (the strongest
// choice for a quorum and prover that publish other bytes than they
// apply: the circuit's hash check passes, only the evaluation is left).
func publishAs(t *testing.T, b *Batch, c *Circuit, pd []byte) {
	t.Helper()
	h, err := b.Header() // DataPoseidon of the applied data
	if err != nil {
		t.Fatal(err)
	}
	h.DataCommitment = sha256Sum(pd)
	h.DataEval = batch.DataEval(pd, h.PublicInput())
	c.setHeader(h)
}

// republish overwrites bytes of the batch's public data at off and sets
// the witness's public inputs to those of a header wholly made from the
// changed data (its SHA-256, Poseidon2 hash and evaluation): what a prover
// whose circuit publishes other bytes than it applies would need.
func republish(t *testing.T, b *Batch, c *Circuit, off int, bs []byte) {
	t.Helper()
	pd, err := b.PubData()
	if err != nil {
		t.Fatal(err)
	}
	copy(pd[off:], bs)
	h, err := b.Header()
	if err != nil {
		t.Fatal(err)
	}
	h.SetPubData(pd)
	c.setHeader(h)
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
