package minsig

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

	"github.com/mycel-network/mycel/crypto/bls"
)

// rfcVectors is testdata/bls/rfc9380_g1_ro.json: RFC 9380 appendix J.9.1.
type rfcVectors struct {
	DST   string `json:"dst"`
	Cases []struct {
		Msg string `json:"msg"`
		U0  string `json:"u0"`
		U1  string `json:"u1"`
		X   string `json:"x"`
		Y   string `json:"y"`
	} `json:"cases"`
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

// TestHashToG1RFC9380 checks HashToG1 and hash_to_field against RFC 9380's
// vectors for BLS12381G1_XMD:SHA-256_SSWU_RO_, and the file against the
// RFC's msg = "" and "abc" points written out here.
func TestHashToG1RFC9380(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "testdata", "bls", "rfc9380_g1_ro.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v rfcVectors
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	if v.DST != "QUUX-V01-CS02-with-BLS12381G1_XMD:SHA-256_SSWU_RO_" || len(v.Cases) != 5 {
		t.Fatalf("tag %q and %d vectors, want the RFC's and 5", v.DST, len(v.Cases))
	}
	// RFC 9380 J.9.1, as printed there.
	for i, want := range [][3]string{
		{"", "052926add2207b76ca4fa57a8734416c8dc95e24501772c814278700eed6d1e4e8cf62d9c09db0fac349612b759e79a1",
			"08ba738453bfed09cb546dbb0783dbb3a5f1f566ed67bb6be0e8c67e2e81a4cc68ee29813bb7994998f3eae0c9c6a265"},
		{"abc", "03567bc5ef9c690c2ab2ecdf6a96ef1c139cc0b2f284dca0a9a7943388a49a3aee664ba5379a7655d3c68900be2f6903",
			"0b9c15f3fe6e5cf4211f346271d7b01c8f3b28be689c8429c85b67af215533311f0b8dfaaa154fa6b88176c229f2885d"},
	} {
		c := v.Cases[i]
		if c.Msg != want[0] || c.X != "0x"+want[1] || c.Y != "0x"+want[2] {
			t.Errorf("vector %d (msg %q): the file differs from the RFC", i, want[0])
		}
	}
	for _, c := range v.Cases {
		var want bls12381.G1Affine
		want.X, want.Y = fpHex(t, c.X), fpHex(t, c.Y)
		got := HashToG1([]byte(c.Msg), []byte(v.DST))
		if !got.Equal(&want) {
			t.Errorf("msg %q: hash %s, want %s", c.Msg, got.String(), want.String())
		}
		u, err := fp.Hash([]byte(c.Msg), []byte(v.DST), 2)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range []string{c.U0, c.U1} {
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
	for _, dst := range []string{"BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_", "MYCEL_BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"} {
		if err := Verify(pk, msg, ks[0].sign(msg, dst)); !errors.Is(err, ErrBadSignature) {
			t.Errorf("signature under %q: %v, want ErrBadSignature", dst, err)
		}
	}
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

// TestProofOfPossessionFor: a proof bound to one context verifies under
// it only; it is neither the unbound proof nor another key's.
func TestProofOfPossessionFor(t *testing.T) {
	ks := keys(t, 2, 3)
	pk := ks[0].PublicKey()
	ctxA, ctxB := []byte("owner A"), []byte("owner B")
	pop := ks[0].ProvePossessionFor(ctxA)
	if err := VerifyProofOfPossessionFor(pk, ctxA, pop); err != nil {
		t.Fatalf("valid bound PoP: %v", err)
	}
	if err := VerifyProofOfPossessionFor(pk, ctxB, pop); !errors.Is(err, ErrBadSignature) {
		t.Errorf("PoP for another context: %v", err)
	}
	if err := VerifyProofOfPossession(pk, pop); !errors.Is(err, ErrBadSignature) {
		t.Errorf("bound PoP as the unbound one: %v", err)
	}
	if err := VerifyProofOfPossessionFor(pk, nil, ks[0].ProvePossession()); err != nil {
		t.Errorf("an empty context is the unbound proof: %v", err)
	}
	if err := VerifyProofOfPossessionFor(pk, ctxA, ks[1].ProvePossessionFor(ctxA)); !errors.Is(err, ErrBadSignature) {
		t.Errorf("another key's bound PoP: %v", err)
	}
}

// TestRogueKey: Mallory's pk_m = [r]G2 - pk_v makes [r]H(m) verify as the
// aggregate of pk_v and pk_m; she cannot prove possession of pk_m.
func TestRogueKey(t *testing.T) {
	ks := keys(t, 2, 3)
	victim, r := ks[0].PublicKey(), ks[1]
	var rogue PublicKey
	var negV bls12381.G2Affine
	negV.Neg(&victim.p)
	rp := r.PublicKey().p
	rogue.p.Add(&rp, &negV)
	msg := []byte("steal")
	forged := r.Sign(msg)
	if err := VerifyAggregate([]*PublicKey{victim, &rogue}, msg, forged); err != nil {
		t.Fatalf("the rogue-key forgery should verify without PoP (the attack): %v", err)
	}
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
	var neg PublicKey
	neg.p.Neg(&pks[0].p)
	if _, err := AggregatePublicKeys(pks[0], &neg); !errors.Is(err, ErrInfinityPublicKey) {
		t.Errorf("aggregate at infinity: %v", err)
	}
	if _, err := AggregatePublicKeys(); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty aggregate: %v", err)
	}
	if _, err := AggregateSignatures(); !errors.Is(err, ErrEmpty) {
		t.Errorf("empty signature aggregate: %v", err)
	}
}

// g2NonSubgroup returns a point of E'(Fp2): y^2 = x^3 + 4(1 + u) outside
// G2 (the cofactor is large: the first point found is outside it).
func g2NonSubgroup() (bls12381.G2Affine, bool) {
	var p bls12381.G2Affine
	var b bls12381.E2
	b.A0.SetUint64(4)
	b.A1.SetUint64(4)
	for x := uint64(1); x < 100; x++ {
		p.X.A0.SetUint64(x)
		var rhs bls12381.E2
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &b)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if p.IsOnCurve() && !p.IsInSubGroup() {
			return p, true
		}
	}
	return p, false
}

func TestEncoding(t *testing.T) {
	k := keys(t, 1, 5)[0]
	pk, sig := k.PublicKey(), k.Sign([]byte("x"))
	pb, sb := pk.Bytes(), sig.Bytes()
	pk2, err := PublicKeyFromBytes(pb[:])
	if err != nil || !pk2.Equal(pk) {
		t.Fatalf("public key round trip: %v", err)
	}
	sig2, err := SignatureFromBytes(sb[:])
	if err != nil || !sig2.Equal(sig) {
		t.Fatalf("signature round trip: %v", err)
	}
	x := pk.p.X.A1.Bytes()
	if !bytes.Equal(pb[64+16:128], x[:]) {
		t.Error("G2 key encoding: x.c1 is not at bytes 64..128")
	}
	// The compressed key: x.c1 then x.c0, flags in the top bits.
	c := pk.Compressed()
	x0 := pk.p.X.A0.Bytes()
	if c[0]&0x80 == 0 || !bytes.Equal(c[1:48], x[1:]) || !bytes.Equal(c[48:], x0[:]) {
		t.Errorf("compressed key %x: want 0x80 | x.c1, x.c0", c)
	}

	bad := func(what string, b []byte, decode func([]byte) error, want error) {
		t.Helper()
		if err := decode(b); !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", what, err, want)
		}
	}
	g2 := func(b []byte) error { _, err := PublicKeyFromBytes(b); return err }
	g1 := func(b []byte) error { _, err := SignatureFromBytes(b); return err }
	mut := func(b []byte, f func([]byte)) []byte { c := append([]byte(nil), b...); f(c); return c }
	pBytes := fp.Modulus().FillBytes(make([]byte, 48))
	bad("short key", pb[:255], g2, ErrInvalidEncoding)
	bad("infinity key", make([]byte, 256), g2, ErrInfinityPublicKey)
	bad("key padding", mut(pb[:], func(b []byte) { b[128] = 1 }), g2, ErrInvalidEncoding)
	bad("key off the curve", mut(pb[:], func(b []byte) { b[255] ^= 1 }), g2, ErrInvalidEncoding)
	bad("key x.c1 = p", mut(pb[:], func(b []byte) { copy(b[80:128], pBytes) }), g2, ErrInvalidEncoding)
	if p, ok := g2NonSubgroup(); ok {
		b := bls.EncodeG2(&p)
		bad("key outside the subgroup", b[:], g2, ErrInvalidEncoding)
	} else {
		t.Error("found no G2 point outside the subgroup")
	}
	bad("short signature", sb[:127], g1, ErrInvalidEncoding)
	bad("signature off the curve", mut(sb[:], func(b []byte) { b[127] ^= 1 }), g1, ErrInvalidEncoding)
	bad("signature padding", mut(sb[:], func(b []byte) { b[0] = 1 }), g1, ErrInvalidEncoding)
	if s, err := SignatureFromBytes(make([]byte, 128)); err != nil || !s.p.IsInfinity() {
		t.Errorf("the infinity signature decodes (and fails verification): %v", err)
	}
	if _, err := SecretKeyFromBytes(make([]byte, 32)); !errors.Is(err, ErrInvalidSecretKey) {
		t.Errorf("zero secret key: %v", err)
	}
	if _, err := SecretKeyFromBytes(make([]byte, 31)); !errors.Is(err, ErrInvalidSecretKey) {
		t.Errorf("short secret key: %v", err)
	}
	kb := k.Bytes()
	if k2, err := SecretKeyFromBytes(kb[:]); err != nil || !k2.PublicKey().Equal(pk) {
		t.Errorf("secret key round trip: %v", err)
	}
}

// FuzzDecode: the decoders never panic, and what they accept re-encodes to
// the same bytes.
func FuzzDecode(f *testing.F) {
	k := keys(f, 1, 6)[0]
	pb, sb := k.PublicKey().Bytes(), k.Sign(nil).Bytes()
	f.Add(pb[:])
	f.Add(sb[:])
	f.Add(make([]byte, 256))
	f.Fuzz(func(t *testing.T, b []byte) {
		if pk, err := PublicKeyFromBytes(b); err == nil {
			if e := pk.Bytes(); !bytes.Equal(e[:], b) {
				t.Fatalf("G2 %x re-encodes to %x", b, e)
			}
		}
		if s, err := SignatureFromBytes(b); err == nil {
			if e := s.Bytes(); !bytes.Equal(e[:], b) {
				t.Fatalf("G1 %x re-encodes to %x", b, e)
			}
		}
	})
}
