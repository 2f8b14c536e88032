package prover

import (
	"fmt"
	"math/big"

	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/std/hash/poseidon2"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/math/uints"
	permposeidon2 "github.com/consensys/gnark/std/permutation/poseidon2"
	"github.com/consensys/gnark/std/rangecheck"
	"github.com/consensys/gnark/std/signature/eddsa"

	"github.com/mycel-network/mycel/ledger"
)

// Slot kinds (one-hot in Slot.Kind). A deposit or a withdrawal takes two
// slots: its own and a continuation slot that carries the second chunk of
// its public-data record and changes no state.
const (
	kindNoop = iota
	kindDeposit
	kindTransfer
	kindWithdraw
	kindCont
	numKinds
)

// chunk is the public data each slot contributes (docs/protocol.md 7).
const chunk = ledger.PubDataChunkSize

// headerBytes is the size of the hashed header (docs/protocol.md 8).
const headerBytes = 8 + 8 + 32 + 32 + 8 + 8 + 32

// Slot is one transaction slot of the batch circuit. Account A is the
// sender of a transfer or withdrawal, or the credited account of a deposit;
// account B is the receiver of a transfer. Every field is assigned in every
// slot; slots of another kind carry dummy values that the gating ignores.
type Slot struct {
	Kind [numKinds]frontend.Variable

	AIndex    frontend.Variable
	AX, AY    frontend.Variable // A's key
	AQX, AQY  frontend.Variable // Q with [8]Q = A: A is in the prime-order subgroup
	ASign     frontend.Variable // top bit of the compressed key: X > (r-1)/2
	ABalance  frontend.Variable
	ANonce    frontend.Variable
	ACreated  frontend.Variable // deposit into an empty leaf
	ASiblings []frontend.Variable

	BIndex    frontend.Variable
	BKeyHash  frontend.Variable // H(B.x, B.y): bound by the leaf in the tree
	BBalance  frontend.Variable
	BNonce    frontend.Variable
	BSiblings []frontend.Variable

	Amount    frontend.Variable
	Fee       frontend.Variable
	L1Address [20]uints.U8

	SigRX, SigRY, SigS frontend.Variable
}

// Circuit proves one batch: the state transition from PrevRoot to NewRoot
// by the records of the batch public data, bound to the single public input
// of docs/protocol.md section 8.
type Circuit struct {
	PublicInput frontend.Variable `gnark:",public"`

	ChainID      frontend.Variable
	BatchIndex   frontend.Variable
	PrevRoot     frontend.Variable
	NewRoot      frontend.Variable
	DepositStart frontend.Variable

	Slots []Slot

	VaultBalance  frontend.Variable
	VaultSiblings []frontend.Variable

	depth int
}

// NewCircuit returns an unassigned circuit for a batch of slots transaction
// slots over a tree of the given depth.
func NewCircuit(slots, depth int) *Circuit {
	c := &Circuit{Slots: make([]Slot, slots), VaultSiblings: make([]frontend.Variable, depth), depth: depth}
	for i := range c.Slots {
		c.Slots[i].ASiblings = make([]frontend.Variable, depth)
		c.Slots[i].BSiblings = make([]frontend.Variable, depth)
	}
	return c
}

// halfR is (r-1)/2: a compressed key's sign bit is set iff X > halfR.
var halfR = func() *big.Int {
	h := new(big.Int).Sub(frModulus(), big.NewInt(1))
	return h.Rsh(h, 1)
}()

type gadgets struct {
	api   frontend.API
	perm  *permposeidon2.Permutation
	bytes *uints.Bytes
	u64   *uints.BinaryField[uints.U64]
	u32   *uints.BinaryField[uints.U32]
	rc    frontend.Rangechecker
	curve twistededwards.Curve
	depth int
}

func (g *gadgets) compress(a, b frontend.Variable) frontend.Variable { return g.perm.Compress(a, b) }

// hash is the Merkle-Damgard Poseidon2 hash of docs/protocol.md section 1.
func (g *gadgets) hash(es ...frontend.Variable) frontend.Variable {
	var s frontend.Variable = 0
	for _, e := range es {
		s = g.compress(s, e)
	}
	return s
}

// root recomputes a Merkle root from a leaf, its index bits and siblings.
func (g *gadgets) root(leaf frontend.Variable, bits, siblings []frontend.Variable) frontend.Variable {
	cur := leaf
	for l := range g.depth {
		// left = cur or sibling, right = the other: one constraint a level.
		d := g.api.Mul(bits[l], g.api.Sub(siblings[l], cur))
		left := g.api.Add(cur, d)
		right := g.api.Sub(siblings[l], d)
		cur = g.compress(left, right)
	}
	return cur
}

// beBytes returns the n low bytes of v big-endian, range-checked (v must fit).
func (g *gadgets) beBytes64(v frontend.Variable) []uints.U8 {
	le := g.u64.UnpackLSB(g.u64.ValueOf(v))
	return reverse(le)
}

func (g *gadgets) beBytes32(v frontend.Variable) []uints.U8 {
	le := g.u32.UnpackLSB(g.u32.ValueOf(v))
	return reverse(le)
}

// fieldBytes returns the canonical 32-byte big-endian encoding of v.
func (g *gadgets) fieldBytes(v frontend.Variable) []uints.U8 {
	bits := g.api.ToBinary(v) // 254 bits, checked below the modulus
	out := make([]uints.U8, 32)
	for k := range 32 { // byte k from the least significant end
		var acc frontend.Variable = 0
		for i := range 8 {
			if b := 8*k + i; b < len(bits) {
				acc = g.api.Add(acc, g.api.Mul(bits[b], 1<<i))
			}
		}
		out[31-k] = g.bytes.ValueOf(acc)
	}
	return out
}

func reverse(b []uints.U8) []uints.U8 {
	out := make([]uints.U8, len(b))
	for i := range b {
		out[len(b)-1-i] = b[i]
	}
	return out
}

// amount range-checks v in [min, MaxAmount] (min is 0 or a 0/1 variable)
// and returns its 8 big-endian bytes.
func (g *gadgets) amount(v, min frontend.Variable) []uints.U8 {
	b := g.beBytes64(v)
	g.rc.Check(g.bytes.Value(b[0]), 7) // below 2^63
	g.rc.Check(g.api.Sub(v, min), 63)  // at least min
	return b
}

func newGadgets(api frontend.API, depth int) (*gadgets, error) {
	perm, err := permposeidon2.NewPoseidon2(api)
	if err != nil {
		return nil, err
	}
	bts, err := uints.NewBytes(api)
	if err != nil {
		return nil, err
	}
	u64, err := uints.New[uints.U64](api)
	if err != nil {
		return nil, err
	}
	u32, err := uints.New[uints.U32](api)
	if err != nil {
		return nil, err
	}
	curve, err := twistededwards.NewEdCurve(api, tedwards.BN254)
	if err != nil {
		return nil, err
	}
	return &gadgets{api: api, perm: perm, bytes: bts, u64: u64, u32: u32, rc: rangecheck.New(api), curve: curve, depth: depth}, nil
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	if len(c.Slots) < 2 {
		return fmt.Errorf("prover: a batch circuit needs at least 2 slots")
	}
	g, err := newGadgets(api, len(c.VaultSiblings))
	if err != nil {
		return err
	}
	curve := g.curve
	td := ledger.TxDomain()
	domain := new(big.Int).SetBytes(td[:])

	n := len(c.Slots)
	root := c.PrevRoot
	var totalFee frontend.Variable = 0
	var deposits frontend.Variable = 0
	var numChunks frontend.Variable = 0
	records := make([][]uints.U8, n)
	pubdata := make([]uints.U8, 0, n*chunk)
	var prevHeadTwo frontend.Variable = 0 // slot i-1 was a deposit or withdrawal

	for i := range c.Slots {
		s := &c.Slots[i]
		var sum frontend.Variable = 0
		for k := range numKinds {
			api.AssertIsBoolean(s.Kind[k])
			sum = api.Add(sum, s.Kind[k])
		}
		api.AssertIsEqual(sum, 1)
		isN, isD, isT, isW, isC := s.Kind[kindNoop], s.Kind[kindDeposit], s.Kind[kindTransfer], s.Kind[kindWithdraw], s.Kind[kindCont]
		isSigned := api.Add(isT, isW)
		isActive := api.Add(isD, isSigned)

		// Layout: a continuation follows exactly each deposit and withdrawal;
		// no-ops only at the end (the public data is a prefix of the slots).
		api.AssertIsEqual(isC, prevHeadTwo)
		prevHeadTwo = api.Add(isD, isW)
		if i == n-1 {
			api.AssertIsEqual(prevHeadTwo, 0)
		} else {
			api.AssertIsEqual(api.Mul(isN, api.Sub(1, c.Slots[i+1].Kind[kindNoop])), 0)
		}
		numChunks = api.Add(numChunks, api.Sub(1, isN))

		// Account A's key: on the curve, in the prime-order subgroup ([8]Q),
		// not the identity, its compressed encoding published by deposits.
		A := twistededwards.Point{X: s.AX, Y: s.AY}
		Q := twistededwards.Point{X: s.AQX, Y: s.AQY}
		curve.AssertIsOnCurve(Q)
		Q8 := curve.Double(curve.Double(curve.Double(Q)))
		api.AssertIsEqual(Q8.X, s.AX)
		api.AssertIsEqual(Q8.Y, s.AY)
		api.AssertIsDifferent(s.AX, 0)
		api.AssertIsBoolean(s.ASign)
		// X' = sign ? -X : X must be <= (r-1)/2.
		xs := api.Sub(s.AX, api.Mul(2, s.ASign, s.AX))
		api.AssertIsLessOrEqual(xs, halfR)

		// Account A: the sender cannot be the vault; deposits never credit it
		// either (its key is not a curve point).
		api.AssertIsDifferent(s.AIndex, 0)
		aBits := api.ToBinary(s.AIndex, g.depth)
		api.AssertIsBoolean(s.ACreated)
		api.AssertIsEqual(api.Mul(s.ACreated, api.Sub(1, isD)), 0)
		api.AssertIsEqual(api.Mul(s.ACreated, s.ABalance), 0)
		api.AssertIsEqual(api.Mul(s.ACreated, s.ANonce), 0)

		amountMin := isActive // amounts of real transactions are >= 1
		amountBytes := g.amount(s.Amount, amountMin)
		feeBytes := g.amount(s.Fee, 0)
		fee := api.Mul(isSigned, s.Fee)
		debit := api.Add(api.Mul(isSigned, s.Amount), fee)
		credit := api.Mul(isD, s.Amount)
		aNewBalance := api.Sub(api.Add(s.ABalance, credit), debit)
		g.rc.Check(aNewBalance, 63) // no overspend, no overflow
		aNewNonce := api.Add(s.ANonce, isSigned)

		keyHash := g.hash(s.AX, s.AY)
		aLeaf := g.compress(g.compress(keyHash, s.ABalance), s.ANonce)
		aOldLeaf := api.Sub(aLeaf, api.Mul(s.ACreated, aLeaf))
		aNewLeaf := g.compress(g.compress(keyHash, aNewBalance), aNewNonce)
		aOldRoot := g.root(aOldLeaf, aBits, s.ASiblings)
		api.AssertIsEqual(api.Mul(isActive, api.Sub(aOldRoot, root)), 0)
		aNewRoot := g.root(aNewLeaf, aBits, s.ASiblings)
		root = api.Add(root, api.Mul(isActive, api.Sub(aNewRoot, root)))

		// Account B, the receiver of a transfer: exists (its leaf is a hash,
		// never 0), is not the sender, not the vault.
		api.AssertIsDifferent(s.BIndex, 0)
		api.AssertIsDifferent(s.BIndex, s.AIndex)
		bBits := api.ToBinary(s.BIndex, g.depth)
		bNewBalance := api.Add(s.BBalance, api.Mul(isT, s.Amount))
		g.rc.Check(bNewBalance, 63)
		bOldLeaf := g.compress(g.compress(s.BKeyHash, s.BBalance), s.BNonce)
		bNewLeaf := g.compress(g.compress(s.BKeyHash, bNewBalance), s.BNonce)
		bOldRoot := g.root(bOldLeaf, bBits, s.BSiblings)
		api.AssertIsEqual(api.Mul(isT, api.Sub(bOldRoot, root)), 0)
		bNewRoot := g.root(bNewLeaf, bBits, s.BSiblings)
		root = api.Add(root, api.Mul(isT, api.Sub(bNewRoot, root)))

		totalFee = api.Add(totalFee, fee)
		deposits = api.Add(deposits, isD)

		// Signature over H(domain, chainId, type, from, to, amount, fee, nonce).
		var l1 frontend.Variable = 0
		for k := range 20 {
			l1 = api.Add(api.Mul(l1, 256), g.bytes.Value(s.L1Address[k]))
		}
		typ := api.Add(api.Mul(isT, int(ledger.TxTransfer)), api.Mul(isW, int(ledger.TxWithdraw)))
		to := api.Add(api.Mul(isT, s.BIndex), api.Mul(isW, l1))
		msg := g.hash(domain, c.ChainID, typ, s.AIndex, to, s.Amount, s.Fee, s.ANonce)
		sh, err := poseidon2.New(api)
		if err != nil {
			return err
		}
		valid, err := eddsa.IsValid(curve, eddsa.Signature{R: twistededwards.Point{X: s.SigRX, Y: s.SigRY}, S: s.SigS},
			msg, eddsa.PublicKey{A: A}, sh)
		if err != nil {
			return err
		}
		api.AssertIsEqual(api.Mul(isSigned, api.Sub(1, valid)), 0)

		// The slot's record (two chunks for deposits and withdrawals).
		fromBytes := g.beBytes32(s.AIndex)
		toBytes := g.beBytes32(s.BIndex)
		keyBytes := g.compressedKey(s.AY, s.ASign)
		zero := uints.NewU8(0)
		pad := func(b []uints.U8) []uints.U8 {
			out := append([]uints.U8{}, b...)
			for len(out) < 2*chunk {
				out = append(out, zero)
			}
			return out
		}
		typeByte := []uints.U8{g.bytes.ValueOf(api.Add(isD, api.Mul(isT, 2), api.Mul(isW, 3)))}
		recT := pad(concat(typeByte, fromBytes, toBytes, amountBytes, feeBytes))
		recW := pad(concat(typeByte, fromBytes, s.L1Address[:], amountBytes, feeBytes))
		recD := pad(concat(typeByte, fromBytes, keyBytes, amountBytes))
		rec := make([]uints.U8, 2*chunk)
		for j := range rec {
			rec[j] = g.mux3(isT, recT[j], isW, recW[j], isD, recD[j])
		}
		records[i] = rec
		for j := range chunk {
			b := rec[j]
			if i > 0 {
				b = g.bytes.Select(isC, records[i-1][chunk+j], rec[j])
			}
			pubdata = append(pubdata, b)
		}
	}

	// The fee vault (account 0) is credited once with the batch's fees.
	vaultKeyHash := vaultKeyHashConst()
	vb := api.Add(c.VaultBalance, totalFee)
	g.rc.Check(vb, 63)
	vBits := make([]frontend.Variable, g.depth)
	for l := range vBits {
		vBits[l] = 0
	}
	vOld := g.root(g.compress(g.compress(vaultKeyHash, c.VaultBalance), 0), vBits, c.VaultSiblings)
	api.AssertIsEqual(vOld, root)
	root = g.root(g.compress(g.compress(vaultKeyHash, vb), 0), vBits, c.VaultSiblings)
	api.AssertIsEqual(root, c.NewRoot)

	// dataCommitment = sha256(pubdata), variable length: the non-no-op slots.
	h, err := sha2.New(api)
	if err != nil {
		return err
	}
	h.Write(pubdata)
	commitment := h.FixedLengthSum(api.Mul(numChunks, chunk))

	// publicInput = sha256(header) mod r.
	hdr := concat(g.beBytes64(c.ChainID), g.beBytes64(c.BatchIndex), g.fieldBytes(c.PrevRoot), g.fieldBytes(c.NewRoot),
		g.beBytes64(c.DepositStart), g.beBytes64(api.Add(c.DepositStart, deposits)), commitment)
	if len(hdr) != headerBytes {
		return fmt.Errorf("prover: header is %d bytes", len(hdr))
	}
	hh, err := sha2.New(api)
	if err != nil {
		return err
	}
	hh.Write(hdr)
	digest := hh.Sum()
	var pi frontend.Variable = 0
	for _, b := range digest {
		pi = api.Add(api.Mul(pi, 256), g.bytes.Value(b))
	}
	api.AssertIsEqual(pi, c.PublicInput)
	return nil
}

// compressedKey returns the 32-byte compressed encoding of a key: Y
// little-endian (canonical) with the sign of X in the top bit.
func (g *gadgets) compressedKey(y, sign frontend.Variable) []uints.U8 {
	bits := g.api.ToBinary(y)
	out := make([]uints.U8, 32)
	for k := range 32 {
		var acc frontend.Variable = 0
		for i := range 8 {
			if b := 8*k + i; b < len(bits) {
				acc = g.api.Add(acc, g.api.Mul(bits[b], 1<<i))
			}
		}
		if k == 31 {
			acc = g.api.Add(acc, g.api.Mul(sign, 128))
		}
		out[k] = g.bytes.ValueOf(acc)
	}
	return out
}

// mux3 selects among three bytes by one-hot flags (all zero gives 0).
func (g *gadgets) mux3(s1 frontend.Variable, b1 uints.U8, s2 frontend.Variable, b2 uints.U8, s3 frontend.Variable, b3 uints.U8) uints.U8 {
	api := g.api
	terms := []frontend.Variable{}
	for _, p := range []struct {
		s frontend.Variable
		b uints.U8
	}{{s1, b1}, {s2, b2}, {s3, b3}} {
		v := g.bytes.Value(p.b)
		if c, ok := api.Compiler().ConstantValue(v); ok && c.Sign() == 0 {
			continue
		}
		terms = append(terms, api.Mul(p.s, v))
	}
	var acc frontend.Variable = 0
	for _, t := range terms {
		acc = api.Add(acc, t)
	}
	return g.bytes.ValueOf(acc)
}

func concat(parts ...[]uints.U8) []uints.U8 {
	var out []uints.U8
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
