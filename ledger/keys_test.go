package ledger

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	gcposeidon2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

func TestSignVerify(t *testing.T) {
	k := testKey(t, 1)
	tx := signedTransfer(t, k, 1, 2, 100, 1, 0)
	if err := VerifyHash(k.Public(), tx.SigningHash(), tx.Signature); err != nil {
		t.Fatalf("valid signature rejected: %v", err)
	}
	// Deterministic.
	tx2 := signedTransfer(t, k, 1, 2, 100, 1, 0)
	if tx2.Signature != tx.Signature {
		t.Fatal("signing is not deterministic")
	}
	// Wrong key.
	if err := VerifyHash(testKey(t, 2).Public(), tx.SigningHash(), tx.Signature); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("wrong key: %v", err)
	}
	// Any changed field changes the message.
	for name, mut := range map[string]func(*Tx){
		"amount": func(x *Tx) { x.Amount++ },
		"fee":    func(x *Tx) { x.Fee++ },
		"nonce":  func(x *Tx) { x.Nonce++ },
		"to":     func(x *Tx) { x.To++ },
		"from":   func(x *Tx) { x.From++ },
		"chain":  func(x *Tx) { x.ChainID++ },
		"type":   func(x *Tx) { x.Type = TxWithdraw },
	} {
		c := *tx
		mut(&c)
		if err := VerifyHash(k.Public(), c.SigningHash(), c.Signature); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s changed but signature still verifies: %v", name, err)
		}
	}
}

func TestSignatureFromOtherChainRejected(t *testing.T) {
	k := testKey(t, 1)
	tx := signedTransfer(t, k, 1, 2, 100, 1, 0)
	other := *tx
	other.ChainID = testChainID + 1
	// Re-using the signature under the other chain id does not verify.
	if err := VerifyHash(k.Public(), other.SigningHash(), tx.Signature); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("cross-chain signature accepted: %v", err)
	}
}

func TestMalleableSignaturesRejected(t *testing.T) {
	k := testKey(t, 1)
	tx := signedTransfer(t, k, 1, 2, 100, 1, 0)
	msg := tx.SigningHash()

	// S + L verifies the EdDSA equation but must be rejected.
	var s big.Int
	s.SetBytes(tx.Signature[32:])
	s.Add(&s, &curveOrder)
	mal := tx.Signature
	if len(s.Bytes()) <= 32 {
		s.FillBytes(mal[32:])
		if err := VerifyHash(k.Public(), msg, mal); !errors.Is(err, ErrBadSignature) {
			t.Fatalf("S+L accepted: %v", err)
		}
	}
	// S = 0.
	zero := tx.Signature
	clear(zero[32:])
	if err := VerifyHash(k.Public(), msg, zero); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("S=0 accepted: %v", err)
	}
	// R + T for a small-order T: the cofactored equation still holds, the
	// subgroup check must reject it.
	var r twistededwards.PointAffine
	if _, err := r.SetBytes(tx.Signature[:32]); err != nil {
		t.Fatal(err)
	}
	var t2 twistededwards.PointAffine // (0, -1) has order 2
	t2.X.SetZero()
	t2.Y.SetOne()
	t2.Y.Neg(&t2.Y)
	var rt twistededwards.PointAffine
	rt.Add(&r, &t2)
	tor := tx.Signature
	enc := rt.Bytes()
	copy(tor[:32], enc[:])
	if err := VerifyHash(k.Public(), msg, tor); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("R+T accepted: %v", err)
	}
	// Flipping R's sign bit gives -R: a different, invalid point for this equation.
	neg := tx.Signature
	neg[31] ^= 0x80
	if err := VerifyHash(k.Public(), msg, neg); err == nil {
		t.Fatal("flipped R accepted")
	}
}

func TestInvalidPublicKeys(t *testing.T) {
	good := testKey(t, 1).Public()
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	var identity twistededwards.PointAffine
	identity.X.SetZero()
	identity.Y.SetOne()
	var order2 twistededwards.PointAffine
	order2.Y.SetOne()
	order2.Y.Neg(&order2.Y)

	// A point of order 8: find one among the torsion points by scanning y
	// values for a point whose 8-multiple is the identity but 4-multiple is not
	// is slow; instead take a valid key plus the order-2 point (torsion
	// component, not in the subgroup).
	var gp twistededwards.PointAffine
	if _, err := gp.SetBytes(good[:]); err != nil {
		t.Fatal(err)
	}
	var mixed twistededwards.PointAffine
	mixed.Add(&gp, &order2)

	// y = p (non-canonical encoding of y = 0).
	var nonCanon PublicKey
	pb := fr.Modulus().Bytes()
	for i := range pb {
		nonCanon[i] = pb[len(pb)-1-i]
	}
	// Not on the curve: find a y whose x^2 is a non-residue.
	notOn := findNotOnCurve(t)

	cases := map[string]PublicKey{
		"identity":      PublicKey(identity.Bytes()),
		"order 2":       PublicKey(order2.Bytes()),
		"torsion mixed": PublicKey(mixed.Bytes()),
		"y >= p":        nonCanon,
		"not on curve":  notOn,
		"x=0 with sign": func() PublicKey { p := PublicKey(identity.Bytes()); p[31] |= 0x80; return p }(),
		"all ones": func() PublicKey {
			var p PublicKey
			for i := range p {
				p[i] = 0xff
			}
			return p
		}(),
	}
	for name, pk := range cases {
		if err := pk.Validate(); !errors.Is(err, ErrInvalidPublicKey) {
			t.Errorf("%s: got %v, want ErrInvalidPublicKey", name, err)
		}
	}
}

func findNotOnCurve(t *testing.T) PublicKey {
	for y := uint64(2); y < 1000; y++ {
		var pk PublicKey
		pk[0] = byte(y)
		pk[1] = byte(y >> 8)
		var p twistededwards.PointAffine
		p.SetBytes(pk[:])
		if !p.IsOnCurve() {
			return pk
		}
	}
	t.Fatal("no off-curve y found")
	return PublicKey{}
}

// The fast verification path agrees with gnark-crypto's own EdDSA
// verification (the reference the circuit mirrors) on valid signatures and
// on random corruptions of them.
func TestVerifyAgreesWithGnarkCrypto(t *testing.T) {
	k := testKey(t, 3)
	pub := eddsa.PublicKey{}
	if _, err := pub.SetBytes(k.pub[:]); err != nil {
		t.Fatal(err)
	}
	for i := range 40 {
		tx := signedTransfer(t, k, 1, 2, uint64(i+1), 1, uint64(i))
		msg := tx.SigningHash()
		sig := tx.Signature
		if i%2 == 1 {
			sig[i%64] ^= byte(1 << (i % 8))
		}
		ours := VerifyHash(k.Public(), msg, sig) == nil
		theirs, err := pub.Verify(sig[:], msg[:], gcposeidon2.NewMerkleDamgardHasher())
		if err != nil {
			theirs = false
		}
		if ours != theirs {
			t.Fatalf("case %d: ours %v, gnark-crypto %v", i, ours, theirs)
		}
		if i%2 == 0 && !ours {
			t.Fatalf("case %d: valid signature rejected", i)
		}
	}
}

func TestKeyTableMatchesScalarMultiplication(t *testing.T) {
	pk := testKey(t, 4).Public()
	a, err := pk.Point()
	if err != nil {
		t.Fatal(err)
	}
	kt := newKeyTable(&a)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range 50 {
		var k big.Int
		switch i {
		case 0:
			k.SetInt64(0)
		case 1:
			k.SetInt64(1)
		case 2:
			k.Sub(fr.Modulus(), big.NewInt(1))
		default:
			var b [32]byte
			for j := range b {
				b[j] = byte(rng.Uint32())
			}
			k.SetBytes(b[:])
		}
		var want twistededwards.PointAffine
		want.ScalarMultiplication(&a, &k)
		gotExt := kt.mul(&k)
		var got twistededwards.PointAffine
		got.FromExtended(&gotExt)
		if !got.Equal(&want) {
			t.Fatalf("scalar %s: table gives a different point", k.String())
		}
	}
	// And signatures verify through the table path (SigCache builds it on
	// the second use of a key), while forgeries still fail.
	k := testKey(t, 4)
	cache := NewSigCache(100)
	for i := range 5 {
		tx := signedTransfer(t, k, 1, 2, uint64(i+1), 1, uint64(i))
		if err := cache.VerifyTx(tx, k.Public()); err != nil {
			t.Fatalf("tx %d: %v", i, err)
		}
		bad := *tx
		bad.Signature[40] ^= 1
		if err := cache.VerifyTx(&bad, k.Public()); !errors.Is(err, ErrBadSignature) {
			t.Fatalf("forgery %d accepted: %v", i, err)
		}
	}
	if cache.tables != 1 {
		t.Fatalf("%d tables built, want 1", cache.tables)
	}
}
