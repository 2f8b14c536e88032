package prover

import (
	"fmt"
	"math/big"

	tedwards "github.com/consensys/gnark-crypto/ecc/twistededwards"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"
	"github.com/consensys/gnark/std/hash"
	"github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/std/math/cmp"
	permposeidon2 "github.com/consensys/gnark/std/permutation/poseidon2"
	gkrposeidon2 "github.com/consensys/gnark/std/permutation/poseidon2/gkr-poseidon2"

	"github.com/mycel-network/mycel/ledger"
)

// Slot kinds (one-hot in Slot.Kind). A withdrawal or a forced exit takes
// two slots: its own and a continuation slot that carries the second chunk
// of its public-data record and changes no state; a deposit takes three,
// the third (kindCont2) carrying its third chunk.
const (
	kindNoop = iota
	kindDeposit
	kindTransfer
	kindWithdraw
	kindCont
	kindForced
	kindCont2
	numKinds
)

// chunk is the public data each slot contributes (docs/protocol.md 7).
const chunk = ledger.PubDataChunkSize

// recordMax is the largest record (a deposit's three chunks).
const recordMax = ledger.PubDataDepositSize

// headerBytes is the size of the hashed header (docs/protocol.md 8).
const headerBytes = 8 + 8 + 32 + 32 + 8 + 8 + 32 + 32

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
	ACreated  frontend.Variable // deposit into an empty leaf; forced exit of an empty leaf
	ASiblings []frontend.Variable

	BIndex    frontend.Variable
	BKeyHash  frontend.Variable // H(B.x, B.y): bound by the leaf in the tree
	BBalance  frontend.Variable
	BNonce    frontend.Variable
	BSiblings []frontend.Variable

	Amount    frontend.Variable
	Fee       frontend.Variable
	L1Address frontend.Variable // withdrawal, forced exit: the L1 address as a 160-bit integer

	// The packed forms a transfer or withdrawal publishes (ledger/pack.go):
	// Amount = AmountM x 10^AmountE, Fee = FeeM x 10^FeeE, canonical; 0 in
	// every other slot.
	AmountM, AmountE frontend.Variable
	FeeM, FeeE       frontend.Variable

	SigRX, SigRY, SigS frontend.Variable
}

// Circuit proves one batch: the state transition from PrevRoot to NewRoot
// by the records of the batch public data, bound to the single public input
// of docs/protocol.md section 8.
type Circuit struct {
	// PublicInput is sha256(hashed header) mod r; DataEval the public
	// data's polynomial at PublicInput (docs/protocol.md 8).
	PublicInput frontend.Variable `gnark:",public"`
	DataEval    frontend.Variable `gnark:",public"`

	ChainID      frontend.Variable
	BatchIndex   frontend.Variable
	PrevRoot     frontend.Variable
	NewRoot      frontend.Variable
	DepositStart frontend.Variable
	// DataCommitHi and DataCommitLo are the header's dataCommitment
	// (sha256 of the public data) as two 128-bit integers: only hashed
	// into the public input, which L1 computes from the data it holds.
	DataCommitHi, DataCommitLo frontend.Variable

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
	perm  hash.Compressor
	curve twistededwards.Curve
	sha   sha256Gadget
	depth int
}

// gkrHashes makes every Poseidon2 compression of the circuit a GKR instance
// (gnark's gkr-poseidon2) instead of plain constraints: an experiment for
// ADR 022's measurements (BenchmarkConstraintsGKR), not the protocol's
// circuit. GKR brings a BSB22 commitment into the proof.
var gkrHashes = false

func newGadgets(api frontend.API, depth int) (*gadgets, error) {
	var perm hash.Compressor
	var err error
	if gkrHashes {
		perm, err = gkrposeidon2.NewCompressor(api)
	} else {
		perm, err = permposeidon2.NewPoseidon2(api)
	}
	if err != nil {
		return nil, err
	}
	curve, err := twistededwards.NewEdCurve(api, tedwards.BN254)
	if err != nil {
		return nil, err
	}
	return &gadgets{api: api, perm: perm, curve: curve, sha: sha256Gadget{api}, depth: depth}, nil
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

// verifySig returns 1 if (R, S) is a signature of msg under the key A by
// the ledger's rule (ledger.VerifyHash), else 0: S in [1, l) and
//
//	[S]B - [k]A == R, k = Poseidon2-MD(R.x, R.y, A.x, A.y, msg),
//
// compared coordinate by coordinate. A must be on the curve and in the
// prime-order subgroup (the caller checks it). R enters no point
// arithmetic: it is only hashed and compared with a point computed from
// curve points by complete formulas, so the check needs no curve test of R,
// leaves no division 0/0 to the prover, and accepts only an R in the
// subgroup (a small-order component cannot match). gnark's eddsa.IsValid
// is not used: it adds R into the point arithmetic unchecked, and an
// off-curve R such as (0, 0) leaves a division 0/0 whose free result
// satisfies its cofactored check (ADR 022, "Every signal is determined").
func (g *gadgets) verifySig(rx, ry, s, msg frontend.Variable, A twistededwards.Point) frontend.Variable {
	api := g.api
	p := g.curve.Params()
	k := g.hash(rx, ry, A.X, A.Y, msg)
	// Canonical 254-bit decompositions: S < l as an integer.
	sOK := api.And(cmp.IsLess(api, s, p.Order), api.Sub(1, api.IsZero(s)))
	base := twistededwards.Point{X: p.Base[0], Y: p.Base[1]}
	q := g.curve.DoubleBaseScalarMul(base, g.curve.Neg(A), s, k)
	same := api.And(api.IsZero(api.Sub(q.X, rx)), api.IsZero(api.Sub(q.Y, ry)))
	return api.And(same, sOK)
}

// pow10 returns 10^e for e given by its bits (least significant first).
func (g *gadgets) pow10(eBits []frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 1
	p := big.NewInt(10)
	for _, b := range eBits {
		// b ? p : 1
		f := g.api.Add(1, g.api.Mul(b, new(big.Int).Sub(p, big.NewInt(1))))
		acc = g.api.Mul(acc, f)
		p = new(big.Int).Mul(p, p)
	}
	return acc
}

// packedFloat constrains v = m x 10^e when on is 1, with m < 2^mBits and
// e < 2^5 range-checked and the form canonical (e = 0, or 10m >= 2^mBits:
// the smallest exponent, as ledger.AmountParts picks), and m = e = 0 when
// on is 0. It returns the packed bits m<<5 | e, least significant first.
func (g *gadgets) packedFloat(on, v, m, e frontend.Variable, mBits int) []frontend.Variable {
	api := g.api
	mb := g.rangeBits(m, mBits, mBits)
	eb := g.rangeBits(e, ledger.ExponentBits, ledger.ExponentBits)
	api.AssertIsEqual(api.Mul(on, api.Sub(v, api.Mul(m, g.pow10(eb)))), 0)
	off := api.Sub(1, on)
	api.AssertIsEqual(api.Mul(off, m), 0)
	api.AssertIsEqual(api.Mul(off, e), 0)
	// 10m - 2^mBits is in [0, 9 x 2^mBits) when canonical with e > 0;
	// negative (a field element near r) otherwise.
	low := api.Mul(api.Sub(1, api.IsZero(e)), api.Sub(api.Mul(m, 10), new(big.Int).Lsh(big.NewInt(1), uint(mBits))))
	g.rangeBits(low, mBits+4, 0)
	return concatV(eb, mb)
}

// rangeBits range-checks v into n bits and returns them (least significant
// first, zero-padded to pad bits).
func (g *gadgets) rangeBits(v frontend.Variable, n, pad int) []frontend.Variable {
	b := bits.ToBinary(g.api, v, bits.WithNbDigits(n))
	for len(b) < pad {
		b = append(b, 0)
	}
	return b
}

// beBytes turns little-endian bits (a multiple of 8) into big-endian byte
// values (linear: no constraint).
func (g *gadgets) beBytes(lsb []frontend.Variable) []frontend.Variable {
	n := len(lsb) / 8
	out := make([]frontend.Variable, n)
	for k := range n {
		var acc frontend.Variable = 0
		for i := range 8 {
			acc = g.api.Add(acc, g.api.Mul(lsb[8*k+i], 1<<i))
		}
		out[n-1-k] = acc
	}
	return out
}

// beByteBits is beBytes as bits per byte (for SHA-256).
func beByteBits(lsb []frontend.Variable) [][8]frontend.Variable {
	n := len(lsb) / 8
	out := make([][8]frontend.Variable, n)
	for k := range n {
		copy(out[n-1-k][:], lsb[8*k:8*k+8])
	}
	return out
}

// Define implements frontend.Circuit.
func (c *Circuit) Define(api frontend.API) error {
	if len(c.Slots) < 2 {
		return fmt.Errorf("prover: a batch circuit needs at least 2 slots")
	}
	if len(c.VaultSiblings) > ledger.AccountIndexBits {
		return fmt.Errorf("prover: depth %d above %d: account indices are published in %d bits", len(c.VaultSiblings), ledger.AccountIndexBits, ledger.AccountIndexBits)
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
	records := make([][]frontend.Variable, n)
	chunkInts := make([]frontend.Variable, n)         // each slot's chunk as a big-endian integer
	actives := make([]frontend.Variable, n)           // the slot contributes a chunk
	var prevHeadTwo frontend.Variable = 0             // slot i-1 was a deposit, withdrawal or forced exit
	var prevDep, prevPrevDep frontend.Variable = 0, 0 // slot i-1, i-2 was a deposit

	for i := range c.Slots {
		s := &c.Slots[i]
		var sum frontend.Variable = 0
		for k := range numKinds {
			api.AssertIsBoolean(s.Kind[k])
			sum = api.Add(sum, s.Kind[k])
		}
		api.AssertIsEqual(sum, 1)
		isN, isD, isT, isW, isC := s.Kind[kindNoop], s.Kind[kindDeposit], s.Kind[kindTransfer], s.Kind[kindWithdraw], s.Kind[kindCont]
		isF, isC2 := s.Kind[kindForced], s.Kind[kindCont2]
		isSigned := api.Add(isT, isW)
		isActive := api.Add(isD, isSigned, isF) // has a record and touches A

		// Layout: a continuation follows exactly each deposit, withdrawal
		// and forced exit, and a second one each deposit's first; no-ops
		// only at the end (the public data is a prefix of the slots).
		api.AssertIsEqual(isC, prevHeadTwo)
		api.AssertIsEqual(isC2, prevPrevDep)
		prevHeadTwo = api.Add(isD, isW, isF)
		prevPrevDep, prevDep = prevDep, isD
		if i == n-2 {
			api.AssertIsEqual(isD, 0)
		}
		if i == n-1 {
			api.AssertIsEqual(prevHeadTwo, 0)
		} else {
			api.AssertIsEqual(api.Mul(isN, api.Sub(1, c.Slots[i+1].Kind[kindNoop])), 0)
		}
		active := api.Sub(1, isN)
		actives[i] = active

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
		// ACreated: a deposit creates A in an empty leaf, or a forced exit
		// names an account whose leaf is still empty (its deposit is
		// queued) and withdraws 0 without writing the leaf.
		api.AssertIsBoolean(s.ACreated)
		api.AssertIsEqual(api.Mul(s.ACreated, api.Sub(1, api.Add(isD, isF))), 0)
		api.AssertIsEqual(api.Mul(s.ACreated, s.ABalance), 0)
		api.AssertIsEqual(api.Mul(s.ACreated, s.ANonce), 0)

		// Amounts and fees in [0, MaxAmount]; amounts of deposits, transfers
		// and withdrawals >= 1; a forced exit withdraws A's whole balance.
		amountBits := g.rangeBits(s.Amount, 63, 64)
		g.rangeBits(s.Fee, 63, 0)
		// Transfers and withdrawals publish both packed: the values the
		// balances move by are the values the public data carries.
		amountPacked := g.packedFloat(isSigned, s.Amount, s.AmountM, s.AmountE, ledger.AmountMantissaBits)
		feePacked := g.packedFloat(isSigned, s.Fee, s.FeeM, s.FeeE, ledger.FeeMantissaBits)
		api.AssertIsEqual(api.Mul(api.Add(isD, isSigned), api.IsZero(s.Amount)), 0)
		api.AssertIsEqual(api.Mul(isF, api.Sub(s.Amount, s.ABalance)), 0)
		fee := api.Mul(isSigned, s.Fee)
		debit := api.Add(api.Mul(api.Add(isSigned, isF), s.Amount), fee)
		credit := api.Mul(isD, s.Amount)
		aNewBalance := api.Sub(api.Add(s.ABalance, credit), debit)
		g.rangeBits(aNewBalance, 63, 0) // no overspend, no overflow
		aNewNonce := api.Add(s.ANonce, isSigned)

		keyHash := g.hash(s.AX, s.AY)
		aLeaf := g.compress(g.compress(keyHash, s.ABalance), s.ANonce)
		aOldLeaf := api.Sub(aLeaf, api.Mul(s.ACreated, aLeaf))
		aNewLeaf := g.compress(g.compress(keyHash, aNewBalance), aNewNonce)
		aOldRoot := g.root(aOldLeaf, aBits, s.ASiblings)
		api.AssertIsEqual(api.Mul(isActive, api.Sub(aOldRoot, root)), 0)
		aNewRoot := g.root(aNewLeaf, aBits, s.ASiblings)
		writesA := api.Sub(isActive, api.Mul(isF, s.ACreated)) // not a forced exit of an empty leaf
		root = api.Add(root, api.Mul(writesA, api.Sub(aNewRoot, root)))

		// Account B, the receiver of a transfer: exists (its leaf is a hash,
		// never 0), is not the sender, not the vault.
		api.AssertIsDifferent(s.BIndex, 0)
		api.AssertIsDifferent(s.BIndex, s.AIndex)
		bBits := api.ToBinary(s.BIndex, g.depth)
		bNewBalance := api.Add(s.BBalance, api.Mul(isT, s.Amount))
		g.rangeBits(bNewBalance, 63, 0)
		bOldLeaf := g.compress(g.compress(s.BKeyHash, s.BBalance), s.BNonce)
		bNewLeaf := g.compress(g.compress(s.BKeyHash, bNewBalance), s.BNonce)
		bOldRoot := g.root(bOldLeaf, bBits, s.BSiblings)
		api.AssertIsEqual(api.Mul(isT, api.Sub(bOldRoot, root)), 0)
		bNewRoot := g.root(bNewLeaf, bBits, s.BSiblings)
		root = api.Add(root, api.Mul(isT, api.Sub(bNewRoot, root)))

		totalFee = api.Add(totalFee, fee)
		deposits = api.Add(deposits, isD)

		// Signature over H(domain, chainId, type, from, to, amount, fee, nonce).
		l1Bits := g.rangeBits(s.L1Address, 160, 160)
		typ := api.Add(api.Mul(isT, int(ledger.TxTransfer)), api.Mul(isW, int(ledger.TxWithdraw)))
		to := api.Add(api.Mul(isT, s.BIndex), api.Mul(isW, s.L1Address))
		msg := g.hash(domain, c.ChainID, typ, s.AIndex, to, s.Amount, s.Fee, s.ANonce)
		valid := g.verifySig(s.SigRX, s.SigRY, s.SigS, msg, A)
		api.AssertIsEqual(api.Mul(isSigned, api.Sub(1, valid)), 0)

		// The slot's record, as byte values (up to three chunks); all zero
		// unless the slot is a deposit, transfer, withdrawal or forced exit.
		pad := func(b []frontend.Variable) []frontend.Variable {
			out := append([]frontend.Variable{}, b...)
			for len(out) < recordMax {
				out = append(out, 0)
			}
			return out
		}
		from := g.beBytes(padBits(aBits, ledger.AccountIndexBits))
		gatedFrom := make([]frontend.Variable, len(from))
		for k := range from {
			gatedFrom[k] = api.Mul(isActive, from[k])
		}
		typeByte := []frontend.Variable{api.Add(isD, api.Mul(isT, 2), api.Mul(isW, 3), api.Mul(isF, 4))}
		amt := g.beBytes(amountBits)
		amtP, feeP := g.beBytes(amountPacked), g.beBytes(feePacked)
		l1B := g.beBytes(l1Bits)
		recT := pad(concatV(typeByte, gatedFrom, g.beBytes(padBits(bBits, ledger.AccountIndexBits)), amtP, feeP))
		recW := pad(concatV(typeByte, gatedFrom, l1B, amtP, feeP))
		recD := pad(concatV(typeByte, gatedFrom, g.compressedKey(s.AY, s.ASign), amt))
		recF := pad(concatV(typeByte, gatedFrom, l1B, amt))
		rec := make([]frontend.Variable, recordMax)
		for j := range rec {
			if j < 1+ledger.AccountIndexSize { // type and sender: the same variables in every record
				rec[j] = recT[j]
				continue
			}
			rec[j] = g.mux(
				[]frontend.Variable{isT, isW, isD, isF},
				[]frontend.Variable{recT[j], recW[j], recD[j], recF[j]})
		}
		records[i] = rec
		// A continuation slot's own record is all zero: its chunk is the
		// next chunk of the record one (or two) slots before. Every byte is
		// a byte by construction (bits of range-checked values, or a
		// one-hot selection of such), so the chunk's integer needs no
		// decomposition: it is their big-endian sum, below 2^128.
		var ci frontend.Variable = 0
		for j := range chunk {
			b := rec[j]
			if i > 0 {
				b = api.Add(b, api.Mul(isC, records[i-1][chunk+j]))
			}
			if i > 1 {
				b = api.Add(b, api.Mul(isC2, records[i-2][2*chunk+j]))
			}
			ci = api.Add(api.Mul(ci, 256), b)
		}
		chunkInts[i] = ci
	}

	// The fee vault (account 0) is credited once with the batch's fees.
	vaultKeyHash := vaultKeyHashConst()
	vb := api.Add(c.VaultBalance, totalFee)
	g.rangeBits(vb, 63, 0)
	vBits := make([]frontend.Variable, g.depth)
	for l := range vBits {
		vBits[l] = 0
	}
	vOld := g.root(g.compress(g.compress(vaultKeyHash, c.VaultBalance), 0), vBits, c.VaultSiblings)
	api.AssertIsEqual(vOld, root)
	root = g.root(g.compress(g.compress(vaultKeyHash, vb), 0), vBits, c.VaultSiblings)
	api.AssertIsEqual(root, c.NewRoot)

	dataPoseidon := g.dataPoseidon(chunkInts, actives)

	// publicInput = sha256(header) mod r: it binds dataCommitment (L1's
	// hash of the data it holds) and dataPoseidon (this circuit's data)
	// before the evaluation point below is drawn.
	var hdr [][8]frontend.Variable
	hdr = append(hdr, beByteBits(g.rangeBits(c.ChainID, 64, 64))...)
	hdr = append(hdr, beByteBits(g.rangeBits(c.BatchIndex, 64, 64))...)
	hdr = append(hdr, beByteBits(padBits(api.ToBinary(c.PrevRoot), 256))...) // canonical: below r
	hdr = append(hdr, beByteBits(padBits(api.ToBinary(c.NewRoot), 256))...)
	hdr = append(hdr, beByteBits(g.rangeBits(c.DepositStart, 64, 64))...)
	hdr = append(hdr, beByteBits(g.rangeBits(api.Add(c.DepositStart, deposits), 64, 64))...)
	hdr = append(hdr, beByteBits(g.rangeBits(c.DataCommitHi, 128, 128))...)
	hdr = append(hdr, beByteBits(g.rangeBits(c.DataCommitLo, 128, 128))...)
	hdr = append(hdr, beByteBits(padBits(api.ToBinary(dataPoseidon), 256))...) // canonical: below r
	if len(hdr) != headerBytes {
		return fmt.Errorf("prover: header is %d bytes", len(hdr))
	}
	digest := g.sha.sumFixed(hdr)
	var pi frontend.Variable = 0
	for _, b := range digest {
		for i := 7; i >= 0; i-- {
			pi = api.Add(api.Mul(pi, 2), b[i])
		}
	}
	api.AssertIsEqual(pi, c.PublicInput)

	// dataEval at z = publicInput. L1 evaluates the data it holds at the
	// same point and requires the same value. z is a hash of dataPoseidon,
	// so this circuit's chunks were fixed before z, and so were L1's
	// (dataCommitment): two different chunk sequences agree at z with
	// probability at most n/r (ADR 024).
	api.AssertIsEqual(g.dataEval(chunkInts, actives, c.PublicInput), c.DataEval)
	return nil
}

// dataPoseidon is the Poseidon2 Merkle-Damgard hash of the chunks whose
// flag is set (a prefix: no-op slots come last), one compression each:
// batch.DataPoseidon.
func (g *gadgets) dataPoseidon(chunks, active []frontend.Variable) frontend.Variable {
	api := g.api
	var h frontend.Variable = 0
	for i := range chunks {
		next := g.compress(h, chunks[i])
		h = api.Add(h, api.Mul(active[i], api.Sub(next, h)))
	}
	return h
}

// dataEval is the flagged chunks' polynomial at z by Horner's rule:
// batch.DataEval.
func (g *gadgets) dataEval(chunks, active []frontend.Variable, z frontend.Variable) frontend.Variable {
	api := g.api
	var y frontend.Variable = 0
	for i := range chunks {
		next := api.Add(api.Mul(y, z), chunks[i])
		y = api.Add(y, api.Mul(active[i], api.Sub(next, y)))
	}
	return y
}

func padBits(b []frontend.Variable, n int) []frontend.Variable {
	out := append([]frontend.Variable{}, b...)
	for len(out) < n {
		out = append(out, 0)
	}
	return out
}

// compressedKey returns the 32 bytes of a key's compressed encoding: Y
// little-endian (canonical) with the sign of X in the top bit.
func (g *gadgets) compressedKey(y, sign frontend.Variable) []frontend.Variable {
	yb := padBits(g.api.ToBinary(y), 256) // canonical: below r
	yb[255] = sign
	out := make([]frontend.Variable, 32)
	for k := range 32 {
		var acc frontend.Variable = 0
		for i := range 8 {
			acc = g.api.Add(acc, g.api.Mul(yb[8*k+i], 1<<i))
		}
		out[k] = acc
	}
	return out
}

// mux selects among values by one-hot flags (all zero gives 0); constant
// zero values cost nothing.
func (g *gadgets) mux(flags, vals []frontend.Variable) frontend.Variable {
	api := g.api
	var acc frontend.Variable = 0
	for i := range flags {
		if c, ok := api.Compiler().ConstantValue(vals[i]); ok && c.Sign() == 0 {
			continue
		}
		acc = api.Add(acc, api.Mul(flags[i], vals[i]))
	}
	return acc
}

func concatV(parts ...[]frontend.Variable) []frontend.Variable {
	var out []frontend.Variable
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}
