package ledger_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/std/hash/poseidon2"
	permposeidon2 "github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/std/signature/eddsa"
	"github.com/consensys/gnark/test"

	"github.com/mycel-network/mycel/ledger"
)

const circuitDepth = 4

// equivCircuit recomputes, with gnark's std Poseidon2 and EdDSA gadgets, the
// three things the prover must agree with the ledger on: the account leaf,
// the Merkle path to the state root, and the transaction signature over the
// Poseidon2 signing message.
type equivCircuit struct {
	KeyX, KeyY     frontend.Variable
	Balance, Nonce frontend.Variable
	Leaf           frontend.Variable `gnark:",public"`
	Index          frontend.Variable
	Siblings       [circuitDepth]frontend.Variable
	Root           frontend.Variable `gnark:",public"`
	Fields         [8]frontend.Variable
	MsgHash        frontend.Variable `gnark:",public"`
	PubKey         eddsa.PublicKey
	Sig            eddsa.Signature
}

func (c *equivCircuit) Define(api frontend.API) error {
	lh, err := poseidon2.New(api)
	if err != nil {
		return err
	}
	lh.Write(c.KeyX, c.KeyY, c.Balance, c.Nonce)
	api.AssertIsEqual(lh.Sum(), c.Leaf)

	perm, err := permposeidon2.NewPoseidon2(api)
	if err != nil {
		return err
	}
	bits := api.ToBinary(c.Index, circuitDepth)
	cur := c.Leaf
	for l := range circuitDepth {
		left := api.Select(bits[l], c.Siblings[l], cur)
		right := api.Select(bits[l], cur, c.Siblings[l])
		cur = perm.Compress(left, right)
	}
	api.AssertIsEqual(cur, c.Root)

	mh, err := poseidon2.New(api)
	if err != nil {
		return err
	}
	mh.Write(c.Fields[:]...)
	msg := mh.Sum()
	api.AssertIsEqual(msg, c.MsgHash)

	api.AssertIsEqual(c.PubKey.A.X, c.KeyX)
	api.AssertIsEqual(c.PubKey.A.Y, c.KeyY)
	curve, err := twistededwards.NewEdCurve(api, tedwards.BN254)
	if err != nil {
		return err
	}
	sh, err := poseidon2.New(api)
	if err != nil {
		return err
	}
	return eddsa.Verify(curve, c.Sig, msg, c.PubKey, sh)
}

func big32(h ledger.Hash) *big.Int { return new(big.Int).SetBytes(h[:]) }

// assignment builds a witness for the sender of tx from a committed store.
func assignment(t *testing.T, s *ledger.Store, tx *ledger.Tx) *equivCircuit {
	t.Helper()
	p, err := s.Proof(tx.From)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(); err != nil {
		t.Fatal(err)
	}
	x, y, err := p.Account.PubKey.Coordinates()
	if err != nil {
		t.Fatal(err)
	}
	a := &equivCircuit{
		KeyX: big32(x), KeyY: big32(y),
		Balance: p.Account.Balance, Nonce: p.Account.Nonce,
		Leaf: big32(p.Leaf), Index: p.Index, Root: big32(p.Root),
		MsgHash: big32(tx.SigningHash()),
	}
	for i, s := range p.Siblings {
		a.Siblings[i] = big32(s)
	}
	for i, f := range tx.SigningFields() {
		a.Fields[i] = big32(f)
	}
	a.PubKey.Assign(tedwards.BN254, p.Account.PubKey[:])
	a.Sig.Assign(tedwards.BN254, tx.Signature[:])
	return a
}

func TestCircuitAgreesWithLedger(t *testing.T) {
	g := &ledger.Genesis{ChainID: 77, Depth: circuitDepth}
	var keys []*ledger.PrivateKey
	for i := range 5 {
		var seed [32]byte
		seed[0] = byte(i + 1)
		k, err := ledger.NewPrivateKey(seed)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: k.Public(), Balance: uint64(1000 * (i + 1))})
	}
	s, err := ledger.Open(t.TempDir(), g, ledger.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Move state away from genesis so leaves carry nonces and odd balances.
	b, _ := s.NewBlock()
	for i := range 3 {
		tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: 77, From: uint32(i + 1), To: uint32(i + 2), Amount: 17, Fee: 3}
		tx.Sign(keys[i])
		if _, err := b.Apply(tx); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}

	var vectors []*ledger.Tx
	for i := range 5 {
		a, _, _ := s.Account(uint32(i + 1))
		tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: 77, From: uint32(i + 1), To: uint32(i%4 + 1), Amount: uint64(5 + i), Fee: 1, Nonce: a.Nonce}
		if i == 4 {
			tx = &ledger.Tx{Type: ledger.TxWithdraw, ChainID: 77, From: 5, L1Address: [20]byte{0xff, 1, 2}, Amount: 9, Fee: 2}
		}
		if err := tx.Sign(keys[i]); err != nil {
			t.Fatal(err)
		}
		vectors = append(vectors, tx)
	}

	field := ecc.BN254.ScalarField()
	for i, tx := range vectors {
		if err := test.IsSolved(&equivCircuit{}, assignment(t, s, tx), field); err != nil {
			t.Fatalf("vector %d (%s): circuit disagrees with the ledger: %v", i, tx, err)
		}
	}

	// The same checks fail on wrong values.
	bad := assignment(t, s, vectors[0])
	bad.Balance = 1
	if test.IsSolved(&equivCircuit{}, bad, field) == nil {
		t.Fatal("wrong balance solved")
	}
	bad = assignment(t, s, vectors[0])
	bad.Siblings[2] = 5
	if test.IsSolved(&equivCircuit{}, bad, field) == nil {
		t.Fatal("wrong sibling solved")
	}
	bad = assignment(t, s, vectors[0])
	bad.Sig.Assign(tedwards.BN254, vectors[1].Signature[:])
	if test.IsSolved(&equivCircuit{}, bad, field) == nil {
		t.Fatal("wrong signature solved")
	}
	bad = assignment(t, s, vectors[0])
	bad.Fields[1] = 78 // another chain id
	if test.IsSolved(&equivCircuit{}, bad, field) == nil {
		t.Fatal("wrong chain id solved")
	}

	// And a real Groth16 proof of one vector verifies.
	ccs, err := frontend.Compile(field, r1cs.NewBuilder, &equivCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("equivalence circuit: %d constraints", ccs.GetNbConstraints())
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	w, err := frontend.NewWitness(assignment(t, s, vectors[4]), field)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := groth16.Prove(ccs, pk, w)
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	if err := groth16.Verify(proof, vk, pub); err != nil {
		t.Fatal(err)
	}
}
