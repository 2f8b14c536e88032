package bls

import (
	"bytes"
	"encoding/json"
	"errors"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
)

// rfcVectors is testdata/bls/rfc9380_g2_ro.json: RFC 9380 appendix J.10.1.
type rfcVectors struct {
	DST   string `json:"dst"`
	Cases []struct {
		Msg string    `json:"msg"`
		U0  [2]string `json:"u0"`
		U1  [2]string `json:"u1"`
		X   [2]string `json:"x"`
		Y   [2]string `json:"y"`
	} `json:"cases"`
}

func readRFCVectors(t *testing.T) rfcVectors {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "bls", "rfc9380_g2_ro.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v rfcVectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Cases) < 4 {
		t.Fatalf("%d vectors, want 4", len(v.Cases))
	}
	return v
}

func fpHex(t *testing.T, s string) fp.Element {
	t.Helper()
	var e fp.Element
	n, ok := new(big.Int).SetString(strings.TrimPrefix(s, "0x"), 16)
	if !ok {
		t.Fatalf("bad hex %q", s)
	}
	e.SetBigInt(n)
	return e
}

// TestHashToG2RFC9380 checks HashToG2 and hash_to_field against RFC 9380's
// vectors for BLS12381G2_XMD:SHA-256_SSWU_RO_.
func TestHashToG2RFC9380(t *testing.T) {
	v := readRFCVectors(t)
	for _, c := range v.Cases {
		var want bls12381.G2Affine
		want.X.A0, want.X.A1 = fpHex(t, c.X[0]), fpHex(t, c.X[1])
		want.Y.A0, want.Y.A1 = fpHex(t, c.Y[0]), fpHex(t, c.Y[1])
		got := HashToG2([]byte(c.Msg), []byte(v.DST))
		if !got.Equal(&want) {
			t.Errorf("msg %q: hash %s, want %s", c.Msg, got.String(), want.String())
		}
		u, err := fp.Hash([]byte(c.Msg), []byte(v.DST), 4)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range []string{c.U0[0], c.U0[1], c.U1[0], c.U1[1]} {
			if w := fpHex(t, s); !u[i].Equal(&w) {
				t.Errorf("msg %q: u[%d] = %s, want %s", c.Msg, i, u[i].String(), w.String())
			}
		}
	}
}

func keys(t testing.TB, n int, seed int64) []*SecretKey {
	t.Helper()
	r := rand.New(rand.NewSource(seed))
	out := make([]*SecretKey, n)
	for i := range out {
		sk, err := GenerateKey(r)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = sk
	}
	return out
}

func TestSignVerify(t *testing.T) {
	ks := keys(t, 2, 1)
	pk, other := ks[0].PublicKey(), ks[1].PublicKey()
	msg := []byte("batch 7")
	sig := ks[0].Sign(msg)
	if err := Verify(pk, msg, sig); err != nil {
		t.Fatalf("valid signature: %v", err)
	}
	if err := Verify(pk, []byte("batch 8"), sig); !errors.Is(err, ErrBadSignature) {
		t.Errorf("another message: %v, want ErrBadSignature", err)
	}
	if err := Verify(other, msg, sig); !errors.Is(err, ErrBadSignature) {
		t.Errorf("another key: %v, want ErrBadSignature", err)
	}
	// The same scalar on another DST: not a signature of msg.
	foreign := ks[0].sign(msg, "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_")
	if err := Verify(pk, msg, foreign); !errors.Is(err, ErrBadSignature) {
		t.Errorf("signature under the IETF tag: %v, want ErrBadSignature", err)
	}
	// A proof of possession is not a signature of the compressed key.
	c := pk.Compressed()
	if err := Verify(pk, c[:], ks[0].ProvePossession()); !errors.Is(err, ErrBadSignature) {
		t.Errorf("PoP as a signature: %v, want ErrBadSignature", err)
	}
	var inf PublicKey
	if err := Verify(&inf, msg, sig); !errors.Is(err, ErrInfinityPublicKey) {
		t.Errorf("infinity key: %v, want ErrInfinityPublicKey", err)
	}
	var zero Signature
	if err := Verify(pk, msg, &zero); !errors.Is(err, ErrBadSignature) {
		t.Errorf("infinity signature: %v, want ErrBadSignature", err)
	}
}

func TestProofOfPossession(t *testing.T) {
	ks := keys(t, 2, 2)
	pk := ks[0].PublicKey()
	if err := VerifyProofOfPossession(pk, ks[0].ProvePossession()); err != nil {
		t.Fatalf("valid PoP: %v", err)
	}
	if err := VerifyProofOfPossession(pk, ks[1].ProvePossession()); !errors.Is(err, ErrBadSignature) {
		t.Errorf("another key's PoP: %v", err)
	}
	c := pk.Compressed()
	if err := VerifyProofOfPossession(pk, ks[0].Sign(c[:])); !errors.Is(err, ErrBadSignature) {
		t.Errorf("a signature (SignatureDST) as PoP: %v", err)
	}
}

// TestRogueKey shows the attack proofs of possession stop: Mallory picks
// pk_m = [r]G1 - pk_v for a victim key pk_v; the aggregate of the two is
// [r]G1, so [r]H(m) verifies as "both signed m". She cannot prove
// possession of pk_m.
func TestRogueKey(t *testing.T) {
	ks := keys(t, 2, 3)
	victim, r := ks[0].PublicKey(), ks[1]
	var rogue PublicKey
	var negV bls12381.G1Affine
	negV.Neg(&victim.p)
	rogue.p.Add(&r.PublicKey().p, &negV)
	msg := []byte("steal")
	forged := r.Sign(msg)
	if err := VerifyAggregate([]*PublicKey{victim, &rogue}, msg, forged); err != nil {
		t.Fatalf("the rogue-key forgery should verify without PoP (the attack): %v", err)
	}
	// Any PoP Mallory can make for pk_m is a guess: her own key's, or r's.
	for _, pop := range []*Signature{r.ProvePossession(), ks[0].ProvePossession()} {
		if err := VerifyProofOfPossession(&rogue, pop); !errors.Is(err, ErrBadSignature) {
			t.Errorf("rogue key's PoP accepted: %v", err)
		}
	}
}

func TestAggregate(t *testing.T) {
	ks := keys(t, 16, 4)
	msg := []byte("certificate")
	var pks []*PublicKey
	var sigs []*Signature
	for _, k := range ks {
		pks = append(pks, k.PublicKey())
		sigs = append(sigs, k.Sign(msg))
	}
	agg, err := AggregateSignatures(sigs...)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyAggregate(pks, msg, agg); err != nil {
		t.Fatalf("aggregate of 16: %v", err)
	}
	if err := VerifyAggregate(pks[:15], msg, agg); !errors.Is(err, ErrBadSignature) {
		t.Errorf("aggregate checked against 15 keys: %v", err)
	}
	part, _ := AggregateSignatures(sigs[:15]...)
	if err := VerifyAggregate(pks, msg, part); !errors.Is(err, ErrBadSignature) {
		t.Errorf("15 signatures checked against 16 keys: %v", err)
	}
	// pk + (-pk) is the point at infinity: refused.
	var neg PublicKey
	neg.p.Neg(&pks[0].p)
	if _, err := AggregatePublicKeys(pks[0], &neg); !errors.Is(err, ErrInfinityPublicKey) {
		t.Errorf("aggregate at infinity: %v", err)
	}
	if _, err := AggregatePublicKeys(); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty aggregate: %v", err)
	}
}

func TestEncoding(t *testing.T) {
	k := keys(t, 1, 5)[0]
	pk, sig := k.PublicKey(), k.Sign([]byte("x"))
	pb, sb := pk.Bytes(), sig.Bytes()
	for i := 0; i < 16; i++ {
		if pb[i] != 0 || pb[64+i] != 0 || sb[i] != 0 || sb[64+i] != 0 || sb[128+i] != 0 || sb[192+i] != 0 {
			t.Fatal("EIP-2537 padding is not zero")
		}
	}
	pk2, err := PublicKeyFromBytes(pb[:])
	if err != nil || !pk2.Equal(pk) {
		t.Fatalf("public key round trip: %v", err)
	}
	sig2, err := SignatureFromBytes(sb[:])
	if err != nil || !sig2.Equal(sig) {
		t.Fatalf("signature round trip: %v", err)
	}
	// The encoding is the gnark point's coordinates, x before y, c0 before c1.
	x := sig.p.X.A1.Bytes()
	if !bytes.Equal(sb[64+16:128], x[:]) {
		t.Error("G2 encoding: x.c1 is not at bytes 64..128")
	}

	bad := func(what string, b []byte, decode func([]byte) error, want error) {
		t.Helper()
		if err := decode(b); !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", what, err, want)
		}
	}
	g1 := func(b []byte) error { _, err := PublicKeyFromBytes(b); return err }
	g2 := func(b []byte) error { _, err := SignatureFromBytes(b); return err }
	mut := func(b []byte, f func([]byte)) []byte { c := append([]byte(nil), b...); f(c); return c }
	bad("short key", pb[:127], g1, ErrInvalidEncoding)
	bad("infinity key", make([]byte, 128), g1, ErrInfinityPublicKey)
	bad("padding", mut(pb[:], func(b []byte) { b[0] = 1 }), g1, ErrInvalidEncoding)
	bad("off the curve", mut(pb[:], func(b []byte) { b[127] ^= 1 }), g1, ErrInvalidEncoding)
	pBytes := fp.Modulus().FillBytes(make([]byte, 48))
	bad("x = p", mut(pb[:], func(b []byte) { copy(b[16:64], pBytes) }), g1, ErrInvalidEncoding)
	bad("sig off the curve", mut(sb[:], func(b []byte) { b[255] ^= 1 }), g2, ErrInvalidEncoding)
	bad("short sig", sb[:255], g2, ErrInvalidEncoding)
	// A G1 curve point outside the subgroup: x with a y on E(Fp) found by
	// trying small x.
	if p, ok := g1NonSubgroup(); ok {
		b := EncodeG1(&p)
		bad("G1 outside the subgroup", b[:], g1, ErrInvalidEncoding)
	} else {
		t.Error("found no G1 point outside the subgroup")
	}
	if _, err := SecretKeyFromBytes(make([]byte, 32)); !errors.Is(err, ErrInvalidSecretKey) {
		t.Errorf("zero secret key: %v", err)
	}
	kb := k.Bytes()
	if k2, err := SecretKeyFromBytes(kb[:]); err != nil || !k2.PublicKey().Equal(pk) {
		t.Errorf("secret key round trip: %v", err)
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
	k := keys(f, 1, 6)[0]
	pb, sb := k.PublicKey().Bytes(), k.Sign(nil).Bytes()
	f.Add(pb[:])
	f.Add(sb[:])
	f.Add(make([]byte, 128))
	f.Fuzz(func(t *testing.T, b []byte) {
		if pk, err := PublicKeyFromBytes(b); err == nil {
			if e := pk.Bytes(); !bytes.Equal(e[:], b) {
				t.Fatalf("G1 %x re-encodes to %x", b, e)
			}
		}
		if s, err := SignatureFromBytes(b); err == nil {
			if e := s.Bytes(); !bytes.Equal(e[:], b) {
				t.Fatalf("G2 %x re-encodes to %x", b, e)
			}
		}
	})
}
