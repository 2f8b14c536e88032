package bls

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

// points returns [k]G1 and [k]G2.
func points(k int64) (bls12381.G1Affine, bls12381.G2Affine) {
	_, _, g1, g2 := bls12381.Generators()
	var p1 bls12381.G1Affine
	var p2 bls12381.G2Affine
	p1.ScalarMultiplication(&g1, big.NewInt(k))
	p2.ScalarMultiplication(&g2, big.NewInt(k))
	return p1, p2
}

// TestEncoding: EIP-2537's layouts round-trip, and the decoders refuse
// what the precompiles refuse.
func TestEncoding(t *testing.T) {
	p1, p2 := points(12345)
	b1, b2 := EncodeG1(&p1), EncodeG2(&p2)
	for i := 0; i < 16; i++ {
		if b1[i] != 0 || b1[64+i] != 0 || b2[i] != 0 || b2[64+i] != 0 || b2[128+i] != 0 || b2[192+i] != 0 {
			t.Fatal("EIP-2537 padding is not zero")
		}
	}
	if q, err := DecodeG1(b1[:]); err != nil || !q.Equal(&p1) {
		t.Fatalf("G1 round trip: %v", err)
	}
	if q, err := DecodeG2(b2[:]); err != nil || !q.Equal(&p2) {
		t.Fatalf("G2 round trip: %v", err)
	}
	// x before y, c0 before c1.
	x1 := p2.X.A1.Bytes()
	if !bytes.Equal(b2[64+16:128], x1[:]) {
		t.Error("G2 encoding: x.c1 is not at bytes 64..128")
	}
	// Infinity is all zeros, and decodes.
	var inf1 bls12381.G1Affine
	if e := EncodeG1(&inf1); e != [G1Size]byte{} {
		t.Error("G1 infinity is not all zeros")
	}
	if q, err := DecodeG1(make([]byte, G1Size)); err != nil || !q.IsInfinity() {
		t.Errorf("G1 infinity: %v", err)
	}

	bad := func(what string, b []byte, decode func([]byte) error) {
		t.Helper()
		if err := decode(b); !errors.Is(err, ErrInvalidEncoding) {
			t.Errorf("%s: %v, want ErrInvalidEncoding", what, err)
		}
	}
	g1 := func(b []byte) error { _, err := DecodeG1(b); return err }
	g2 := func(b []byte) error { _, err := DecodeG2(b); return err }
	mut := func(b []byte, f func([]byte)) []byte { c := append([]byte(nil), b...); f(c); return c }
	bad("short G1", b1[:127], g1)
	bad("G1 padding", mut(b1[:], func(b []byte) { b[0] = 1 }), g1)
	bad("G1 off the curve", mut(b1[:], func(b []byte) { b[127] ^= 1 }), g1)
	pBytes := fp.Modulus().FillBytes(make([]byte, 48))
	bad("G1 x = p", mut(b1[:], func(b []byte) { copy(b[16:64], pBytes) }), g1)
	bad("short G2", b2[:255], g2)
	bad("G2 off the curve", mut(b2[:], func(b []byte) { b[255] ^= 1 }), g2)
	bad("G2 padding", mut(b2[:], func(b []byte) { b[130] = 1 }), g2)
	if p, ok := g1NonSubgroup(); ok {
		b := EncodeG1(&p)
		bad("G1 outside the subgroup", b[:], g1)
	} else {
		t.Error("found no G1 point outside the subgroup")
	}
	if s, err := RandomScalar(nil); err != nil || s.IsZero() {
		t.Fatalf("RandomScalar: %v", err)
	}
}

// g1NonSubgroup returns a point of E(Fp): y^2 = x^3 + 4 that is not in the
// prime-order subgroup (the cofactor is about 2^125, so the first point
// found is outside it).
func g1NonSubgroup() (bls12381.G1Affine, bool) {
	var p bls12381.G1Affine
	four := fp.NewElement(4)
	for x := uint64(1); x < 100; x++ {
		p.X.SetUint64(x)
		var rhs fp.Element
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &four)
		if p.Y.Sqrt(&rhs) == nil {
			continue
		}
		if p.IsOnCurve() && !p.IsInSubGroup() {
			return p, true
		}
	}
	return p, false
}

// FuzzDecode: the decoders never panic, and what they accept re-encodes to
// the same bytes.
func FuzzDecode(f *testing.F) {
	p1, p2 := points(7)
	b1, b2 := EncodeG1(&p1), EncodeG2(&p2)
	f.Add(b1[:])
	f.Add(b2[:])
	f.Add(make([]byte, 128))
	f.Fuzz(func(t *testing.T, b []byte) {
		if p, err := DecodeG1(b); err == nil {
			if e := EncodeG1(&p); !bytes.Equal(e[:], b) {
				t.Fatalf("G1 %x re-encodes to %x", b, e)
			}
		}
		if p, err := DecodeG2(b); err == nil {
			if e := EncodeG2(&p); !bytes.Equal(e[:], b) {
				t.Fatalf("G2 %x re-encodes to %x", b, e)
			}
		}
	})
}
