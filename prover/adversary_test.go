package prover

import (
	"fmt"
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/constraint/solver"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/bits"
	"github.com/consensys/gnark/test"
	"golang.org/x/crypto/blake2b"

	"github.com/mycel-network/mycel/ledger"
)

// Adversarial witnesses (ADR 022, "Every signal is determined").
//
// gnark's test engine evaluates a circuit honestly: it computes every hint
// and refuses DivUnchecked(0, 0), so it cannot show what a malicious prover
// with its own solver can prove. advAPI wraps the engine so that every value
// the R1CS leaves to the prover's solver is chosen by an adversary instead:
//
//   - DivUnchecked(a, b) compiles to the single constraint b*res = a; with
//     a = b = 0 any res satisfies it, so the adversary picks res;
//   - every hint output (bit decompositions, IsZero's inverse, gnark's
//     scalar decompositions) is the adversary's to replace;
//   - ToBinary, IsZero and AssertIsLessOrEqual are evaluated the way the R1CS
//     builder compiles them (a hint and the constraints on it), not as the
//     engine's honest shortcuts, so the adversary reaches their hints.
//
// Everything else (multiplications, assertions) is checked exactly, so a
// witness that evaluates without a failed assertion satisfies the R1CS.

type adversary struct {
	// free chooses res where the constraints say only 0*res = 0; n counts
	// such places from 0. Nil: 0.
	free func(n int) *big.Int
	// hint may replace the honest outputs of the n-th hint call.
	hint func(n int, f solver.Hint, in, honest []*big.Int) []*big.Int

	nFree, nHint int
}

type advAPI struct {
	frontend.API
	adv *adversary
}

type advCompiler struct {
	frontend.Compiler
	w *advAPI
}

type lessOrEqCst interface {
	MustBeLessOrEqCst(aBits []frontend.Variable, bound *big.Int, aForDebug frontend.Variable)
}

func (w *advAPI) Compiler() frontend.Compiler { return &advCompiler{Compiler: w.API.Compiler(), w: w} }

func (c *advCompiler) NewHint(f solver.Hint, n int, in ...frontend.Variable) ([]frontend.Variable, error) {
	return c.w.NewHint(f, n, in...)
}

func (c *advCompiler) MustBeLessOrEqCst(aBits []frontend.Variable, bound *big.Int, v frontend.Variable) {
	c.Compiler.(lessOrEqCst).MustBeLessOrEqCst(aBits, bound, v)
}

func (w *advAPI) value(v frontend.Variable) *big.Int {
	out, ok := w.API.Compiler().ConstantValue(v)
	if !ok {
		// The engine holds every value as a *big.Int; ConstantValue
		// reports them as non-constant but still returns them.
		if b, isBig := v.(*big.Int); isBig {
			return b
		}
		var e fr.Element
		if _, err := e.SetInterface(v); err != nil {
			panic(err)
		}
		return e.BigInt(new(big.Int))
	}
	return out
}

func (w *advAPI) NewHint(f solver.Hint, n int, in ...frontend.Variable) ([]frontend.Variable, error) {
	honest, err := w.API.Compiler().NewHint(f, n, in...)
	if err != nil {
		return nil, err
	}
	k := w.adv.nHint
	w.adv.nHint++
	if w.adv.hint == nil {
		return honest, nil
	}
	ins := make([]*big.Int, len(in))
	for i := range in {
		ins[i] = w.value(in[i])
	}
	hs := make([]*big.Int, len(honest))
	for i := range honest {
		hs[i] = w.value(honest[i])
	}
	got := w.adv.hint(k, f, ins, hs)
	if got == nil {
		return honest, nil
	}
	out := make([]frontend.Variable, len(got))
	for i := range got {
		out[i] = new(big.Int).Mod(got[i], fr.Modulus())
	}
	return out, nil
}

func (w *advAPI) DivUnchecked(a, b frontend.Variable) frontend.Variable {
	av, bv := w.value(a), w.value(b)
	if bv.Sign() != 0 {
		return w.API.DivUnchecked(a, b)
	}
	if av.Sign() != 0 {
		panic(fmt.Sprintf("unsatisfiable: 0 * res = %s", av))
	}
	k := w.adv.nFree
	w.adv.nFree++
	if w.adv.free == nil {
		return big.NewInt(0)
	}
	return new(big.Int).Mod(w.adv.free(k), fr.Modulus())
}

func (w *advAPI) Div(a, b frontend.Variable) frontend.Variable {
	if w.value(b).Sign() == 0 {
		panic("unsatisfiable: b * inv = 1 with b = 0")
	}
	return w.API.Div(a, b)
}

// IsZero as the R1CS builder compiles it: x from a hint, m = 1 - a*x,
// a*m = 0.
func (w *advAPI) IsZero(a frontend.Variable) frontend.Variable {
	x, err := w.NewHint(solver.InvZeroHint, 1, a)
	if err != nil {
		panic(err)
	}
	m := w.Sub(1, w.Mul(a, x[0]))
	w.AssertIsEqual(w.Mul(a, m), 0)
	return m
}

func (w *advAPI) ToBinary(v frontend.Variable, n ...int) []frontend.Variable {
	nb := fr.Bits
	if len(n) == 1 {
		nb = n[0]
	}
	return bits.ToBinary(w, v, bits.WithNbDigits(nb))
}

// AssertIsLessOrEqual with a constant bound, as the R1CS builder compiles it.
func (w *advAPI) AssertIsLessOrEqual(v, bound frontend.Variable) {
	b, ok := bound.(*big.Int)
	if !ok {
		panic("advAPI: AssertIsLessOrEqual takes a constant *big.Int bound")
	}
	vb := bits.ToBinary(w, v, bits.WithNbDigits(fr.Bits), bits.WithUnconstrainedOutputs())
	w.Compiler().(lessOrEqCst).MustBeLessOrEqCst(vb, b, v)
}

// advCircuit runs Circuit.Define on the adversarial API.
type advCircuit struct {
	Circuit
	adv *adversary
}

func (c *advCircuit) Define(api frontend.API) error {
	return c.Circuit.Define(&advAPI{API: api, adv: c.adv})
}

// advSolve evaluates the assignment c under adv: nil means every
// constraint holds with the adversary's choices.
func advSolve(c *Circuit, adv *adversary) error {
	if adv == nil {
		adv = &adversary{}
	}
	// The engine writes the witness into the circuit's slices: give it
	// copies so that c stays as the caller built it.
	cc := cloneAssignment(c)
	return test.IsSolved(&advCircuit{Circuit: *cc, adv: adv}, &advCircuit{Circuit: *cloneAssignment(c)}, ecc.BN254.ScalarField())
}

func cloneAssignment(c *Circuit) *Circuit {
	cc := *c
	cc.Slots = append([]Slot(nil), c.Slots...)
	for i := range cc.Slots {
		cc.Slots[i].ASiblings = append([]frontend.Variable(nil), c.Slots[i].ASiblings...)
		cc.Slots[i].BSiblings = append([]frontend.Variable(nil), c.Slots[i].BSiblings...)
	}
	cc.VaultSiblings = append([]frontend.Variable(nil), c.VaultSiblings...)
	return &cc
}

// sqrtMinusOne is a square root of -1 in Fr: the x of the curve's points of
// order 4, (±sqrtMinusOne, 0), since a = -1.
func sqrtMinusOne(t testing.TB) *big.Int {
	var e fr.Element
	e.SetInt64(-1)
	if e.Sqrt(&e) == nil {
		t.Fatal("-1 is not a square in Fr")
	}
	return e.BigInt(new(big.Int))
}

// seedScalar is the private scalar that ledger.NewPrivateKey derives from a
// seed (gnark-crypto's eddsa.GenerateKey); the test checks it against the
// public key.
func seedScalar(t testing.TB, seed [32]byte, pub ledger.PublicKey) *big.Int {
	t.Helper()
	h := blake2b.Sum512(seed[:])
	h[0] &= 0xF8
	h[31] &= 0x7F
	h[31] |= 0x40
	le := h[:32]
	be := make([]byte, 32)
	for i := range le {
		be[31-i] = le[i]
	}
	s := new(big.Int).SetBytes(be)
	var p twistededwards.PointAffine
	p.ScalarMultiplicationBase(s)
	if ledger.PublicKey(p.Bytes()) != pub {
		t.Fatal("seedScalar does not derive the key's scalar")
	}
	return s
}

// torsion returns the curve's points of order 2, 4 and 8 (one each).
func torsion(t testing.TB) []twistededwards.PointAffine {
	t.Helper()
	var o2 twistededwards.PointAffine
	o2.X.SetZero()
	o2.Y.SetInt64(-1)
	var o4 twistededwards.PointAffine
	o4.X.SetBigInt(sqrtMinusOne(t))
	o4.Y.SetZero()
	// A point of order 8: P with [2]P = o4. Search y: x^2 from the curve
	// equation, halving o4.
	c := twistededwards.GetEdwardsCurve()
	var o8 twistededwards.PointAffine
	found := false
	for i := int64(2); i < 10_000 && !found; i++ {
		var y, y2, num, den, x2 fr.Element
		y.SetInt64(i)
		y2.Square(&y)
		// a x^2 + y^2 = 1 + d x^2 y^2, a = -1: x^2 = (y^2 - 1) / (d y^2 + 1)
		num.SetOne()
		num.Sub(&y2, &num)
		den.Mul(&c.D, &y2)
		var one fr.Element
		one.SetOne()
		den.Add(&den, &one)
		x2.Div(&num, &den)
		var x fr.Element
		if x.Sqrt(&x2) == nil {
			continue
		}
		p := twistededwards.PointAffine{X: x, Y: y}
		// Its small-order component: [l]P has order dividing 8.
		var q twistededwards.PointAffine
		q.ScalarMultiplication(&p, &c.Order)
		var q4 twistededwards.PointAffine
		q4.Double(&q)
		q4.Double(&q4)
		if !q4.X.IsZero() || !q4.Y.Equal(&one) {
			o8, found = q, true // [4]q != identity: order 8
		}
	}
	if !found {
		t.Fatal("no point of order 8 found")
	}
	for _, p := range []twistededwards.PointAffine{o2, o4, o8} {
		if !p.IsOnCurve() {
			t.Fatalf("torsion point %v is not on the curve", p)
		}
	}
	return []twistededwards.PointAffine{o2, o4, o8}
}

// forgedTransfer is tinyChain's first batch with its transfer replaced by
// one that moves nearly all of account 1's funds, signed by account 2's key
// (not account 1's), built without the ledger's checks. Slot 0 is the
// transfer.
func forgedTransfer(t *testing.T) *Circuit {
	t.Helper()
	_, batches := tinyChain(t)
	b := cloneBatch(batches[0])
	var seed [32]byte
	seed[0] = 11 // tinyChain's key 1 (account 2)
	k1, err := ledger.NewPrivateKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: 99, From: 1, To: 2, Amount: 990_000, Fee: 5}
	if err := tx.Sign(k1); err != nil {
		t.Fatal(err)
	}
	b.Txs[0].Tx = tx.Encode()
	c, err := assign(b, tinyParams.Slots, assignOpts{unchecked: true})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The adversarial engine is faithful: honest batches solve through it.
func TestAdversarialEngineSolvesHonestBatches(t *testing.T) {
	_, batches := tinyChain(t)
	for i, b := range batches {
		c, err := Assign(b, tinyParams.Slots)
		if err != nil {
			t.Fatal(err)
		}
		adv := &adversary{}
		if err := advSolve(c, adv); err != nil {
			t.Fatalf("honest batch %d does not solve on the adversarial engine: %v", i, err)
		}
		if adv.nFree != 0 {
			t.Errorf("honest batch %d: %d divisions 0/0 (free signals) on the honest path", i, adv.nFree)
		}
		if adv.nHint == 0 {
			t.Errorf("honest batch %d: no hint reached the adversary", i)
		}
	}
}

// The audit's forgery: R = (0, 0) is not a curve point. In gnark's
// eddsa.IsValid, -Q + R is (0, 0), its doubling divides 0 by 0, and a
// solver that answers sqrt(-1) there makes [8](...) the identity: a
// transfer that nobody signed satisfies the circuit. With R bound to
// [S]B - [k]A no choice of free values helps.
func TestForgedSignatureRZeroDoesNotSolve(t *testing.T) {
	c := forgedTransfer(t)
	s := &c.Slots[0]
	if s.Kind[kindTransfer] != 1 {
		t.Fatal("slot 0 is not the transfer")
	}
	// Control: signed by the wrong key, it does not solve honestly.
	if err := advSolve(c, nil); err == nil {
		t.Fatal("a transfer signed by another key solved")
	}
	cands := []*big.Int{sqrtMinusOne(t), new(big.Int).Sub(fr.Modulus(), sqrtMinusOne(t)), big.NewInt(0), big.NewInt(1), big.NewInt(2)}
	for _, S := range []int64{0, 1, 12345} {
		for _, cand := range cands {
			s.SigRX, s.SigRY, s.SigS = 0, 0, S
			adv := &adversary{free: func(int) *big.Int { return cand }}
			if err := advSolve(c, adv); err == nil {
				t.Fatalf("forged signature R=(0,0), S=%d solved with %d free division(s) answered %s", S, adv.nFree, cand)
			}
		}
	}
}

// Off-curve R values, each with every free choice the adversary tries.
func TestOffCurveRDoesNotSolve(t *testing.T) {
	c := forgedTransfer(t)
	s := &c.Slots[0]
	i := sqrtMinusOne(t)
	for _, r := range [][2]*big.Int{
		{big.NewInt(1), big.NewInt(1)},
		{big.NewInt(0), big.NewInt(2)},
		{i, big.NewInt(1)},
		{big.NewInt(5), big.NewInt(7)},
	} {
		for _, cand := range []*big.Int{i, big.NewInt(0), big.NewInt(1)} {
			s.SigRX, s.SigRY, s.SigS = r[0], r[1], 1
			adv := &adversary{free: func(int) *big.Int { return cand }}
			if err := advSolve(c, adv); err == nil {
				t.Fatalf("off-curve R %v solved", r)
			}
		}
	}
}

// A key owner can make a signature whose R carries a small-order
// component T: R' = [r]B + T, S = r + k'a with k' = H(R', A, m). It passes
// the cofactored check ([8] kills T) but not the ledger's cofactorless one,
// so the circuit would prove a transaction the ledger refuses.
func TestTorsionRDoesNotSolve(t *testing.T) {
	_, batches := tinyChain(t)
	var seed [32]byte
	seed[0] = 10 // tinyChain's key 0 (account 1)
	k0, err := ledger.NewPrivateKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	a := seedScalar(t, seed, k0.Public())
	tx, err := ledger.DecodeTx(batches[0].Txs[0].Tx)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Assign(batches[0], tinyParams.Slots)
	if err != nil {
		t.Fatal(err)
	}
	if err := advSolve(c, nil); err != nil {
		t.Fatalf("control: %v", err)
	}
	A, err := k0.Public().Point()
	if err != nil {
		t.Fatal(err)
	}
	msg := tx.SigningHash()
	curve := twistededwards.GetEdwardsCurve()
	for _, T := range torsion(t) {
		var R twistededwards.PointAffine
		R.ScalarMultiplicationBase(big.NewInt(777))
		R.Add(&R, &T)
		var m fr.Element
		m.SetBytes(msg[:])
		kh := ledger.HashElements(R.X.Bytes(), R.Y.Bytes(), A.X.Bytes(), A.Y.Bytes(), m.Bytes())
		k := new(big.Int).SetBytes(kh[:])
		S := new(big.Int).Mul(k, a)
		S.Add(S, big.NewInt(777))
		S.Mod(S, &curve.Order)
		// The signature is good up to the torsion: [8]([S]B - [k]A - R) = O.
		var sig [64]byte
		rb := R.Bytes()
		copy(sig[:32], rb[:])
		S.FillBytes(sig[32:])
		if err := ledger.VerifyHash(k0.Public(), msg, sig); err == nil {
			t.Fatal("the ledger accepts a torsion-shifted R")
		}
		s := &c.Slots[0]
		s.SigRX, s.SigRY, s.SigS = R.X.BigInt(new(big.Int)), R.Y.BigInt(new(big.Int)), S
		if err := advSolve(c, nil); err == nil {
			t.Fatalf("a signature with R carrying a torsion point of %v solved", T)
		}
	}
}

// S + l is another scalar for the same [S]B; the ledger refuses S >= l.
func TestSignatureScalarAtOrderDoesNotSolve(t *testing.T) {
	_, batches := tinyChain(t)
	c, err := Assign(batches[0], tinyParams.Slots)
	if err != nil {
		t.Fatal(err)
	}
	curve := twistededwards.GetEdwardsCurve()
	s := &c.Slots[0]
	S := s.SigS.(*big.Int)
	s.SigS = new(big.Int).Add(S, &curve.Order)
	if err := advSolve(c, nil); err == nil {
		t.Fatal("S + l solved")
	}
	// Nor with the decomposition of S replaced by the bits of S + l - r
	// or of S + l + r: every full-width decomposition is canonical.
	for _, delta := range []*big.Int{new(big.Int).Neg(fr.Modulus()), fr.Modulus()} {
		target := new(big.Int).Add(s.SigS.(*big.Int), delta)
		if target.Sign() < 0 || target.BitLen() > fr.Bits {
			continue
		}
		adv := &adversary{hint: nonCanonical(s.SigS.(*big.Int), target)}
		if err := advSolve(c, adv); err == nil {
			t.Fatalf("S + l with its bits replaced by those of %s solved", target)
		}
	}
}

// nonCanonical replaces every bit decomposition of v by the bits of
// target (target = v mod r, but another integer).
func nonCanonical(v, target *big.Int) func(int, solver.Hint, []*big.Int, []*big.Int) []*big.Int {
	return func(_ int, _ solver.Hint, in, honest []*big.Int) []*big.Int {
		if len(in) != 1 || in[0].Cmp(v) != 0 || len(honest) < target.BitLen() {
			return nil
		}
		out := make([]*big.Int, len(honest))
		for i := range out {
			out[i] = big.NewInt(int64(target.Bit(i)))
		}
		return out
	}
}

// A header that names a root at or above r (newRoot + r as a 256-bit
// integer) is not provable: the root's decomposition is canonical, so the
// adversary's bits of newRoot + r fail the modulus check.
func TestRootAboveModulusDoesNotSolve(t *testing.T) {
	_, batches := tinyChain(t)
	found := false
	for _, b := range batches {
		c, err := Assign(b, tinyParams.Slots)
		if err != nil {
			t.Fatal(err)
		}
		for _, root := range []*big.Int{c.NewRoot.(*big.Int), c.PrevRoot.(*big.Int)} {
			alias := new(big.Int).Add(root, fr.Modulus())
			if alias.BitLen() > fr.Bits {
				continue // no 254-bit alias of this root
			}
			found = true
			hdr, err := b.Header()
			if err != nil {
				t.Fatal(err)
			}
			var ab ledger.Hash
			alias.FillBytes(ab[:])
			if root == c.NewRoot {
				hdr.NewRoot = ab
			} else {
				hdr.PrevRoot = ab
			}
			pd, err := b.PubData()
			if err != nil {
				t.Fatal(err)
			}
			hdr.SetPubData(pd) // the evaluation at the aliased header's public input
			cc := cloneAssignment(c)
			cc.setHeader(hdr)
			if err := advSolve(cc, &adversary{hint: nonCanonical(root, alias)}); err == nil {
				t.Fatalf("batch %d: a header with root %s + r solved", b.Index, root)
			}
		}
	}
	if !found {
		t.Skip("no root of the tiny chain has a 254-bit alias")
	}
}

// A key with a small-order component, or of small order, is refused
// whatever eighth point Q the prover offers.
func TestSmallOrderKeyDoesNotSolve(t *testing.T) {
	_, batches := tinyChain(t)
	c, err := Assign(batches[0], tinyParams.Slots)
	if err != nil {
		t.Fatal(err)
	}
	s := &c.Slots[0]
	var A twistededwards.PointAffine
	A.X.SetBigInt(s.AX.(*big.Int))
	A.Y.SetBigInt(s.AY.(*big.Int))
	var Q twistededwards.PointAffine
	Q.X.SetBigInt(s.AQX.(*big.Int))
	Q.Y.SetBigInt(s.AQY.(*big.Int))
	for _, T := range torsion(t) {
		for _, key := range []twistededwards.PointAffine{T, func() twistededwards.PointAffine {
			var p twistededwards.PointAffine
			p.Add(&A, &T)
			return p
		}()} {
			for _, q := range []twistededwards.PointAffine{Q, T, {X: fr.Element{}, Y: fr.One()}} {
				cc := cloneAssignment(c)
				ss := &cc.Slots[0]
				ss.AX, ss.AY = key.X.BigInt(new(big.Int)), key.Y.BigInt(new(big.Int))
				ss.AQX, ss.AQY = q.X.BigInt(new(big.Int)), q.Y.BigInt(new(big.Int))
				if err := advSolve(cc, &adversary{free: func(int) *big.Int { return sqrtMinusOne(t) }}); err == nil {
					t.Fatalf("key %v (small-order component) with Q %v solved", key, q)
				}
			}
		}
	}
}

// auditAll is set by `make audit` (MYCEL_AUDIT=1): the sweeps below then
// try every hint call instead of a fixed sample.
var auditAll = os.Getenv("MYCEL_AUDIT") == "1"

// Every hint output is determined by the hint's inputs. For each hint call
// of an honest batch (bit decompositions, IsZero's inverse), the adversary
// replaces the honest outputs by others; each replacement must leave the
// witness unsatisfiable. The one output that may differ is IsZero's
// inverse of 0, which no constraint reads (m = 1 - 0*x). With no division
// 0/0 on the path either (TestAdversarialEngineSolvesHonestBatches), the
// prover has no choice: the witness is a function of the inputs.
func TestEveryHintOutputIsDetermined(t *testing.T) {
	_, batches := tinyChain(t)
	_, forced := forcedChain(t)
	batches = append(batches, forced[1], forced[2]) // a forced exit, of a funded and of an empty leaf
	for bi, b := range batches {
		c, err := Assign(b, tinyParams.Slots)
		if err != nil {
			t.Fatal(err)
		}
		type call struct {
			in, out []*big.Int
		}
		var calls []call
		rec := &adversary{hint: func(_ int, _ solver.Hint, in, honest []*big.Int) []*big.Int {
			calls = append(calls, call{in, honest})
			return nil
		}}
		if err := advSolve(c, rec); err != nil {
			t.Fatal(err)
		}
		step := 1
		if !auditAll && len(calls) > 25 {
			step = len(calls) / 25
		}
		tried := 0
		for k := 0; k < len(calls); k += step {
			cl := calls[k]
			if len(cl.in) == 1 && cl.in[0].Sign() == 0 && len(cl.out) == 1 {
				continue // IsZero(0): the inverse is free and unread
			}
			var alts [][]*big.Int
			// (a) one output off by one.
			a := cloneInts(cl.out)
			a[0].Add(a[0], big.NewInt(1))
			alts = append(alts, a)
			// (b) the same weighted sum with digits that are not bits.
			if len(cl.out) >= 2 {
				d := cloneInts(cl.out)
				d[0].Add(d[0], big.NewInt(2))
				d[1].Sub(d[1], big.NewInt(1))
				alts = append(alts, d)
			}
			// (c) a full-width decomposition of v + r.
			if len(cl.in) == 1 && len(cl.out) == fr.Bits {
				if v := new(big.Int).Add(cl.in[0], fr.Modulus()); v.BitLen() <= fr.Bits {
					e := make([]*big.Int, fr.Bits)
					for i := range e {
						e[i] = big.NewInt(int64(v.Bit(i)))
					}
					alts = append(alts, e)
				}
			}
			for ai, alt := range alts {
				adv := &adversary{hint: func(n int, _ solver.Hint, _, _ []*big.Int) []*big.Int {
					if n == k {
						return alt
					}
					return nil
				}}
				if err := advSolve(c, adv); err == nil {
					t.Fatalf("batch %d: hint call %d of %d (inputs %v): replacement %d of its outputs still solves", bi, k, len(calls), cl.in, ai)
				}
				tried++
			}
		}
		t.Logf("batch %d: %d hint calls, %d replacements tried, all unsatisfiable", bi, len(calls), tried)
	}
}

func cloneInts(v []*big.Int) []*big.Int {
	out := make([]*big.Int, len(v))
	for i := range v {
		out[i] = new(big.Int).Set(v[i])
	}
	return out
}

// The twisted Edwards formulas gnark uses are complete on this curve: a is
// a square and d is not, so 1 ± d·x1·x2·y1·y2 and the doubling
// denominators never vanish for points on the curve (Bernstein-Lange).
// Every DivUnchecked in the circuit's point arithmetic takes curve points
// (keys and eighth points are checked on the curve, the base point is
// constant, R enters no arithmetic), so none divides by zero and none
// leaves a free signal.
func TestCurveFormulasAreComplete(t *testing.T) {
	c := twistededwards.GetEdwardsCurve()
	if c.A.Legendre() != 1 {
		t.Fatal("a is not a square: the addition law is not complete")
	}
	if c.D.Legendre() != -1 {
		t.Fatal("d is a square: the addition law is not complete")
	}
}
