package contracts_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// The minimal-signature-size variant (ADR 031, lever 1): BLSMinSig.sol and
// BLSMinSigCertificate.sol through BLSMinSigHarness, against
// crypto/bls/minsig. blsRevert names the errors.

type minSigHarness struct {
	e    *te.Env
	h    *bindings.BLSMinSigHarness
	c    *bind.BoundContract
	addr common.Address
}

func newMinSigHarness(t testing.TB) *minSigHarness {
	e := te.New(t, 1, nil)
	t.Cleanup(e.Close)
	addr, _, err := bind2Deploy(e, bindings.BLSMinSigHarnessMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	h := bindings.NewBLSMinSigHarness()
	return &minSigHarness{e: e, h: h, c: h.Instance(e.Client, addr), addr: addr}
}

func (mh *minSigHarness) call(data []byte) ([]byte, string) {
	out, err := bind2Call(mh.e, mh.addr, data)
	return out, blsRevert(err)
}

func (mh *minSigHarness) verify(pk, msg, sig []byte) string {
	_, r := mh.call(mh.h.PackVerify(pk, msg, sig))
	return r
}

func (mh *minSigHarness) hashToG1(t testing.TB, msg, dst []byte) []byte {
	t.Helper()
	out, r := mh.call(mh.h.PackHashToG1(msg, dst))
	if r != "" {
		t.Fatalf("hashToG1(%x): %s", msg, r)
	}
	b, err := mh.h.UnpackHashToG1(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func minSigKeys(t testing.TB, n int, seed int64) []*minsig.SecretKey {
	t.Helper()
	r := rand.New(rand.NewSource(seed))
	out := make([]*minsig.SecretKey, n)
	for i := range out {
		k, err := minsig.GenerateKey(r)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = k
	}
	return out
}

func msPK(k *minsig.SecretKey) []byte { b := k.PublicKey().Bytes(); return b[:] }

func msSig(s *minsig.Signature) []byte { b := s.Bytes(); return b[:] }

func g1Bytes(p *bls12381.G1Affine) []byte { b := bls.EncodeG1(p); return b[:] }

// TestBLSMinSigHashToG1RFC9380 runs BLSMinSig.hashToG1 on RFC 9380's
// vectors for BLS12381G1_XMD:SHA-256_SSWU_RO_ (testdata/bls, the ones
// crypto/bls/minsig checks).
func TestBLSMinSigHashToG1RFC9380(t *testing.T) {
	mh := newMinSigHarness(t)
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "bls", "rfc9380_g1_ro.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		DST   string `json:"dst"`
		Cases []struct {
			Msg string `json:"msg"`
			X   string `json:"x"`
			Y   string `json:"y"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Cases) != 5 {
		t.Fatalf("%d vectors, want 5", len(v.Cases))
	}
	for _, c := range v.Cases {
		var want []byte
		for _, s := range []string{c.X, c.Y} {
			n, ok := new(big.Int).SetString(strings.TrimPrefix(s, "0x"), 16)
			if !ok {
				t.Fatalf("bad hex %q", s)
			}
			want = append(want, n.FillBytes(make([]byte, 64))...)
		}
		if got := mh.hashToG1(t, []byte(c.Msg), []byte(v.DST)); !bytes.Equal(got, want) {
			t.Errorf("msg %q: hashToG1 = %x, want %x", c.Msg, got, want)
		}
	}
}

// TestBLSMinSigHashToG1MatchesGo hashes random messages and tags in
// Solidity and with crypto/bls/minsig (gnark-crypto) and wants the same
// bytes; it checks expand_message_xmd's length (128) and first block, and
// refuses a 256-byte tag.
func TestBLSMinSigHashToG1MatchesGo(t *testing.T) {
	mh := newMinSigHarness(t)
	rng := rand.New(rand.NewSource(9381))
	n := 24
	if testing.Short() {
		n = 6
	}
	for i := 0; i < n; i++ {
		msg := make([]byte, []int{0, 1, 32, 33, 64, 100, 255, 300}[i%8]+rng.Intn(3))
		rng.Read(msg)
		dst := []byte(minsig.SignatureDST)
		switch i % 3 {
		case 1:
			dst = []byte(minsig.PoPDST)
		case 2:
			dst = make([]byte, 1+rng.Intn(255))
			rng.Read(dst)
		}
		checkHashToG1(t, mh, msg, dst)
	}
	msg, dst := []byte("abc"), []byte(minsig.SignatureDST)
	out, r := mh.call(mh.h.PackExpandMessageXMD(msg, dst))
	if r != "" {
		t.Fatal(r)
	}
	u, _ := mh.h.UnpackExpandMessageXMD(out)
	dstPrime := append(append([]byte(nil), dst...), byte(len(dst)))
	b0 := sha256.Sum256(bytes.Join([][]byte{make([]byte, 64), msg, {0, 128, 0}, dstPrime}, nil))
	b1 := sha256.Sum256(bytes.Join([][]byte{b0[:], {1}, dstPrime}, nil))
	if len(u) != 128 || !bytes.Equal(u[:32], b1[:]) {
		t.Errorf("expandMessageXMD: %d bytes starting %x, want 128 starting %x", len(u), u[:min(32, len(u))], b1)
	}
	if _, r := mh.call(mh.h.PackHashToG1(msg, make([]byte, 256))); r != "BLSInvalidLength" {
		t.Errorf("a 256-byte tag: %q, want BLSInvalidLength", r)
	}
}

func checkHashToG1(t *testing.T, mh *minSigHarness, msg, dst []byte) {
	t.Helper()
	want := minsig.HashToG1(msg, dst)
	if got := mh.hashToG1(t, msg, dst); !bytes.Equal(got, g1Bytes(&want)) {
		t.Fatalf("hashToG1(%x, %q): Solidity %x, Go %x", msg, dst, got, g1Bytes(&want))
	}
}

// FuzzBLSMinSigHashToG1 wants Solidity's hashToG1 and gnark-crypto's
// HashToG1 to agree on any message and tag.
func FuzzBLSMinSigHashToG1(f *testing.F) {
	f.Add([]byte(""), []byte(minsig.SignatureDST))
	f.Add([]byte("abc"), []byte(minsig.PoPDST))
	f.Add(bytes.Repeat([]byte{0xff}, 97), []byte("x"))
	mh := newMinSigHarness(f)
	f.Fuzz(func(t *testing.T, msg, dst []byte) {
		if len(dst) == 0 || len(dst) > 255 || len(msg) > 2048 {
			t.Skip()
		}
		checkHashToG1(t, mh, msg, dst)
	})
}

// TestBLSMinSigVerify checks BLSMinSig.verify against crypto/bls/minsig:
// a valid signature, then another message, key or tag, and malformed keys
// and signatures, each with the error the contract names.
func TestBLSMinSigVerify(t *testing.T) {
	mh := newMinSigHarness(t)
	ks := minSigKeys(t, 2, 21)
	k := ks[0]
	msg := []byte("mycel batch 42")
	pk, sig := msPK(k), msSig(k.Sign(msg))
	pBytes := fp.Modulus().FillBytes(make([]byte, 48))
	skb := k.Bytes()
	sk := new(big.Int).SetBytes(skb[:])
	// [sk]H'(msg) under other tags: the IETF one, and mycel's tag of the G2-signature ciphersuite.
	otherTag := func(dst string) []byte {
		h := minsig.HashToG1(msg, []byte(dst))
		var s bls12381.G1Affine
		s.ScalarMultiplication(&h, sk)
		return g1Bytes(&s)
	}
	c := k.PublicKey().Compressed()

	for _, tc := range []struct {
		name         string
		pk, msg, sig []byte
		want         string
	}{
		{"valid", pk, msg, sig, ""},
		{"valid, empty message", pk, nil, msSig(k.Sign(nil)), ""},
		{"another message", pk, []byte("mycel batch 43"), sig, "BLSBadSignature"},
		{"another key", msPK(ks[1]), msg, sig, "BLSBadSignature"},
		{"the IETF tag", pk, msg, otherTag("BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_"), "BLSBadSignature"},
		{"the G2 variant's tag", pk, msg, otherTag("MYCEL_BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"), "BLSBadSignature"},
		{"a proof of possession as a signature", pk, c[:], msSig(k.ProvePossession()), "BLSBadSignature"},
		{"infinity key", make([]byte, 256), msg, sig, "BLSInfinityPublicKey"},
		{"infinity signature", pk, msg, make([]byte, 128), "BLSInfinitySignature"},
		{"short key", pk[:255], msg, sig, "BLSInvalidLength"},
		{"a 128-byte key", sig, msg, sig, "BLSInvalidLength"},
		{"long signature", pk, msg, append(sig, 0), "BLSInvalidLength"},
		{"key off the curve", mutate(pk, func(b []byte) { b[255] ^= 1 }), msg, sig, "BLSInvalidPoint"},
		{"key outside the subgroup", g2OffSubgroup(t), msg, sig, "BLSInvalidPoint"},
		{"key with non-zero padding", mutate(pk, func(b []byte) { b[64] = 1 }), msg, sig, "BLSInvalidPoint"},
		{"key x.c1 = p", mutate(pk, func(b []byte) { copy(b[80:128], pBytes) }), msg, sig, "BLSInvalidPoint"},
		{"signature off the curve", pk, msg, mutate(sig, func(b []byte) { b[127] ^= 1 }), "BLSInvalidPoint"},
		{"signature outside the subgroup", pk, msg, g1OffSubgroup(t), "BLSInvalidPoint"},
		{"signature with non-zero padding", pk, msg, mutate(sig, func(b []byte) { b[0] = 1 }), "BLSInvalidPoint"},
		{"signature x = p", pk, msg, mutate(sig, func(b []byte) { copy(b[16:64], pBytes) }), "BLSInvalidPoint"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := mh.verify(tc.pk, tc.msg, tc.sig); got != tc.want {
				t.Fatalf("contract: %q, want %q", got, tc.want)
			}
			gpk, err1 := minsig.PublicKeyFromBytes(tc.pk)
			gsig, err2 := minsig.SignatureFromBytes(tc.sig)
			if err1 == nil && err2 == nil {
				if err := minsig.Verify(gpk, tc.msg, gsig); (err == nil) != (tc.want == "") {
					t.Fatalf("crypto/bls/minsig: %v, contract %q", err, tc.want)
				}
			} else if tc.want == "" {
				t.Fatalf("crypto/bls/minsig refuses the encoding: %v %v", err1, err2)
			}
		})
	}
	// A failed precompile burns only the gas it was given.
	opts := bind.NewKeyedTransactor(mh.e.Users[0].Key, mh.e.ChainID)
	opts.GasLimit = 5_000_000
	tx, err := mh.c.RawTransact(opts, mh.h.PackVerifyProofOfPossession(g2OffSubgroup(t), msSig(k.ProvePossession())))
	if err != nil {
		t.Fatal(err)
	}
	mh.e.Sim.Commit()
	rc, err := bind.WaitMined(mh.e.Ctx, mh.e.Client, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if rc.Status != 0 || rc.GasUsed > 300_000 {
		t.Errorf("invalid key: status %d, gas used %d of 5,000,000, want a revert under 300,000", rc.Status, rc.GasUsed)
	}
}

// TestBLSMinSigCompress checks BLSMinSig.compress (the message of a proof
// of possession) against gnark-crypto's compressed G2 encoding: for keys
// with either sign of y, and for coordinates with y.c1 = 0, where the
// sign is y.c0's (compress reads bytes, it checks no curve).
func TestBLSMinSigCompress(t *testing.T) {
	mh := newMinSigHarness(t)
	compress := func(b []byte) []byte {
		t.Helper()
		out, r := mh.call(mh.h.PackCompress(b))
		if r != "" {
			t.Fatal(r)
		}
		got, _ := mh.h.UnpackCompress(out)
		return got
	}
	largest := map[bool]int{}
	for _, k := range minSigKeys(t, 12, 23) {
		want := k.PublicKey().Compressed()
		if got := compress(msPK(k)); !bytes.Equal(got, want[:]) {
			t.Fatalf("compress: %x, want %x", got, want)
		}
		largest[want[0]&0x20 != 0]++
	}
	if largest[true] == 0 || largest[false] == 0 {
		t.Errorf("keys drawn cover only one sign of y: %v", largest)
	}
	rng := rand.New(rand.NewSource(24))
	randFp := func() (e fp.Element) {
		e.SetBigInt(new(big.Int).Rand(rng, fp.Modulus()))
		return e
	}
	for i := 0; i < 2; i++ {
		var p bls12381.G2Affine
		p.X.A0, p.X.A1, p.Y.A0 = randFp(), randFp(), randFp()
		for _, y0 := range []fp.Element{p.Y.A0, *new(fp.Element).Neg(&p.Y.A0)} {
			p.Y.A0 = y0
			want := p.Bytes()
			if got := compress(g2Bytes(&p)); !bytes.Equal(got, want[:]) {
				t.Errorf("y.c1 = 0: compress %x, want %x", got, want)
			}
		}
	}
	if _, r := mh.call(mh.h.PackCompress(make([]byte, 128))); r != "BLSInvalidLength" {
		t.Errorf("a 128-byte key: %q", r)
	}
}

// TestBLSMinSigNegate checks BLSMinSig.negateG2 against gnark-crypto,
// including a y with a zero component (which must stay zero, not become p).
func TestBLSMinSigNegate(t *testing.T) {
	mh := newMinSigHarness(t)
	k := minSigKeys(t, 1, 25)[0]
	p := k.PublicKey().Point()
	var withZero bls12381.G2Affine
	withZero.X, withZero.Y.A0 = p.X, p.Y.A0
	for _, q := range []bls12381.G2Affine{p, withZero, {}} {
		var want bls12381.G2Affine
		want.Neg(&q)
		out, r := mh.call(mh.h.PackNegate(g2Bytes(&q)))
		if r != "" {
			t.Fatal(r)
		}
		got, _ := mh.h.UnpackNegate(out)
		if !bytes.Equal(got, g2Bytes(&want)) {
			t.Errorf("negate %x: %x, want %x", g2Bytes(&q), got, g2Bytes(&want))
		}
	}
}

// TestBLSMinSigProofOfPossession: a key's own proof passes; another key's
// proof, a signature of the compressed key under SIG_DST, the infinity
// key and a key outside G2 fail.
func TestBLSMinSigProofOfPossession(t *testing.T) {
	mh := newMinSigHarness(t)
	ks := minSigKeys(t, 2, 26)
	pk := msPK(ks[0])
	c := ks[0].PublicKey().Compressed()
	pop := func(pk, proof []byte) string {
		_, r := mh.call(mh.h.PackVerifyProofOfPossession(pk, proof))
		return r
	}
	if r := pop(pk, msSig(ks[0].ProvePossession())); r != "" {
		t.Fatalf("valid PoP: %s", r)
	}
	if r := pop(pk, msSig(ks[1].ProvePossession())); r != "BLSBadSignature" {
		t.Errorf("another key's PoP: %q", r)
	}
	if r := pop(pk, msSig(ks[0].Sign(c[:]))); r != "BLSBadSignature" {
		t.Errorf("a signature of the compressed key as PoP: %q", r)
	}
	if r := pop(make([]byte, 256), msSig(ks[0].ProvePossession())); r != "BLSInfinityPublicKey" {
		t.Errorf("infinity key: %q", r)
	}
	if r := pop(g2OffSubgroup(t), msSig(ks[0].ProvePossession())); r != "BLSInvalidPoint" {
		t.Errorf("key outside the subgroup: %q", r)
	}
}

// TestBLSMinSigAggregate verifies an aggregate signature of 16 signers,
// refuses it for 15 of the keys or with one signature missing, and checks
// BLSMinSig.aggregate against crypto/bls/minsig.
func TestBLSMinSigAggregate(t *testing.T) {
	mh := newMinSigHarness(t)
	ks := minSigKeys(t, 16, 27)
	msg := []byte("certificate")
	var pks [][]byte
	var gpks []*minsig.PublicKey
	var sigs []*minsig.Signature
	for _, k := range ks {
		pks = append(pks, msPK(k))
		gpks = append(gpks, k.PublicKey())
		sigs = append(sigs, k.Sign(msg))
	}
	agg, err := minsig.AggregateSignatures(sigs...)
	if err != nil {
		t.Fatal(err)
	}
	part, _ := minsig.AggregateSignatures(sigs[1:]...)
	va := func(pks [][]byte, sig *minsig.Signature) string {
		_, r := mh.call(mh.h.PackVerifyAggregate(pks, msg, msSig(sig)))
		return r
	}
	if r := va(pks, agg); r != "" {
		t.Fatalf("aggregate of 16: %s", r)
	}
	if r := va(pks[1:], agg); r != "BLSBadSignature" {
		t.Errorf("16 signatures against 15 keys: %q", r)
	}
	if r := va(pks, part); r != "BLSBadSignature" {
		t.Errorf("15 signatures against 16 keys: %q", r)
	}
	if r := va(nil, agg); r != "BLSNoPublicKeys" {
		t.Errorf("no keys: %q", r)
	}
	if r := va([][]byte{pks[0], make([]byte, 256)}, agg); r != "BLSInfinityPublicKey" {
		t.Errorf("an infinity key among the keys: %q", r)
	}
	var neg bls12381.G2Affine
	p0 := gpks[0].Point()
	neg.Neg(&p0)
	if r := va([][]byte{pks[0], g2Bytes(&neg)}, agg); r != "BLSInfinityPublicKey" {
		t.Errorf("keys summing to infinity: %q", r)
	}
	out, r := mh.call(mh.h.PackAggregate(pks))
	if r != "" {
		t.Fatal(r)
	}
	got, _ := mh.h.UnpackAggregate(out)
	want, _ := minsig.AggregatePublicKeys(gpks...)
	if wb := want.Bytes(); !bytes.Equal(got, wb[:]) {
		t.Errorf("aggregate: %x, want %x", got, wb)
	}
}

// TestBLSMinSigRogueKey: without proofs of possession, pk_m = [r]G2 - pk_v
// makes verifyAggregate accept Mallory's lone [r]H(m) for both keys; the
// harness's registry admits keys only with a proof of possession, which
// she cannot make for pk_m.
func TestBLSMinSigRogueKey(t *testing.T) {
	mh := newMinSigHarness(t)
	ks := minSigKeys(t, 2, 28)
	victim, r := ks[0], ks[1]
	vp, rp := victim.PublicKey().Point(), r.PublicKey().Point()
	var rogue, negV bls12381.G2Affine
	negV.Neg(&vp)
	rogue.Add(&rp, &negV)
	rb := g2Bytes(&rogue)
	msg := []byte("transfer everything")
	forged := msSig(r.Sign(msg))
	if _, rev := mh.call(mh.h.PackVerifyAggregate([][]byte{msPK(victim), rb}, msg, forged)); rev != "" {
		t.Fatalf("without PoP the forgery should verify (the attack the PoP stops): %s", rev)
	}
	user := mh.e.Users[0]
	if _, err := mh.e.Send(user, mh.c, nil, mh.h.PackRegister(msPK(victim), msSig(victim.ProvePossession()), big.NewInt(1))); err != nil {
		t.Fatalf("register with a valid PoP: %s", blsRevert(err))
	}
	for _, pop := range [][]byte{msSig(r.ProvePossession()), msSig(victim.ProvePossession()), forged} {
		if _, err := mh.e.Send(user, mh.c, nil, mh.h.PackRegister(rb, pop, big.NewInt(1))); blsRevert(err) != "BLSBadSignature" {
			t.Errorf("rogue key registered or wrong error: %q", blsRevert(err))
		}
	}
	if n := te.Call(mh.e, mh.c, mh.h.PackRegisteredCount(), mh.h.UnpackRegisteredCount); n.Int64() != 1 {
		t.Errorf("%d keys registered, want 1", n)
	}
}

// minSigSet is a validator set registered with proofs of possession and
// stored in the harness.
type minSigSet struct {
	keys   []*minsig.SecretKey
	stakes []int64
}

func (mh *minSigHarness) storeSet(t testing.TB, n int, seed int64) *minSigSet {
	t.Helper()
	s := &minSigSet{keys: minSigKeys(t, n, seed)}
	for i, k := range s.keys {
		stake := int64(1 + i%5)
		s.stakes = append(s.stakes, stake)
		mh.e.Must(mh.e.Users[0], mh.c, nil, mh.h.PackRegister(msPK(k), msSig(k.ProvePossession()), big.NewInt(stake)))
	}
	mh.e.Must(mh.e.Users[0], mh.c, nil, mh.h.PackStoreSet())
	return s
}

func (s *minSigSet) certificate(t testing.TB, digest [32]byte, signed func(int) bool) (bitmap, sig []byte, stake int64) {
	t.Helper()
	bitmap = make([]byte, (len(s.keys)+7)/8)
	var sigs []*minsig.Signature
	for i, k := range s.keys {
		if signed(i) {
			bitmap[i/8] |= 1 << (i % 8)
			sigs = append(sigs, k.Sign(digest[:]))
			stake += s.stakes[i]
		}
	}
	if len(sigs) == 0 {
		return bitmap, make([]byte, 128), 0
	}
	agg, err := minsig.AggregateSignatures(sigs...)
	if err != nil {
		t.Fatal(err)
	}
	return bitmap, msSig(agg), stake
}

func (mh *minSigHarness) check(t testing.TB, digest [32]byte, bitmap, sig []byte) (bindings.CheckMinSigCertificateOutput, string) {
	t.Helper()
	out, r := mh.call(mh.h.PackCheckMinSigCertificate(digest, bitmap, sig))
	if r != "" {
		return bindings.CheckMinSigCertificateOutput{}, r
	}
	v, err := mh.h.UnpackCheckMinSigCertificate(out)
	if err != nil {
		t.Fatal(err)
	}
	return v, ""
}

// TestBLSMinSigCertificate stores a set of 13 validators and checks
// certificates: every signer, two thirds, one, the first byte only; and
// refuses a bitmap claiming a non-signer or leaving out a signer, bad
// lengths and stray bits, no signers, a bad signature and another digest.
func TestBLSMinSigCertificate(t *testing.T) {
	mh := newMinSigHarness(t)
	const n = 13
	s := mh.storeSet(t, n, 29)
	var total int64
	for _, st := range s.stakes {
		total += st
	}
	digest := sha256.Sum256([]byte("batch 1"))
	for _, c := range []struct {
		name   string
		signed func(int) bool
	}{
		{"all", func(int) bool { return true }},
		{"two thirds", func(i int) bool { return i%3 != 0 }},
		{"one", func(i int) bool { return i == 12 }},
		{"all but the last byte", func(i int) bool { return i < 8 }},
	} {
		bitmap, sig, stake := s.certificate(t, digest, c.signed)
		v, r := mh.check(t, digest, bitmap, sig)
		if r != "" {
			t.Errorf("%s: %s", c.name, r)
			continue
		}
		if v.SignedStake.Int64() != stake || v.TotalStake.Int64() != total {
			t.Errorf("%s: signed %d of %d, want %d of %d", c.name, v.SignedStake, v.TotalStake, stake, total)
		}
	}
	bitmap, sig, _ := s.certificate(t, digest, func(i int) bool { return i%2 == 0 })
	for _, c := range []struct {
		name        string
		bitmap, sig []byte
		want        string
	}{
		{"claims a non-signer", mutate(bitmap, func(b []byte) { b[0] |= 2 }), sig, "BLSBadSignature"},
		{"leaves out a signer", mutate(bitmap, func(b []byte) { b[0] &^= 1 }), sig, "BLSBadSignature"},
		{"short bitmap", bitmap[:1], sig, "BLSCertificateBadBitmap"},
		{"long bitmap", append(bitmap, 0), sig, "BLSCertificateBadBitmap"},
		{"a bit beyond the set", mutate(bitmap, func(b []byte) { b[1] |= 0x20 }), sig, "BLSCertificateBadBitmap"},
		{"no signers", make([]byte, 2), sig, "BLSCertificateNoSigners"},
		{"short signature", bitmap, sig[:127], "BLSInvalidLength"},
		{"a G2 signature", bitmap, make([]byte, 256), "BLSInvalidLength"},
		{"infinity signature", bitmap, make([]byte, 128), "BLSInfinitySignature"},
		{"signature off the curve", bitmap, mutate(sig, func(b []byte) { b[127] ^= 1 }), "BLSInvalidPoint"},
	} {
		if _, r := mh.check(t, digest, c.bitmap, c.sig); r != c.want {
			t.Errorf("%s: %q, want %q", c.name, r, c.want)
		}
	}
	if _, r := mh.check(t, sha256.Sum256([]byte("batch 2")), bitmap, sig); r != "BLSBadSignature" {
		t.Errorf("another digest: %q", r)
	}
}

// TestBLSMinSigCertificate128 checks certificates of a 128-validator set
// (two data contracts: validators 0..118 and 119..127) with every
// validator, a third absent, a random half, and the absent only in the
// second data contract; and refuses each with a bit flipped in either
// contract's range, or a bitmap claiming a validator absent.
func TestBLSMinSigCertificate128(t *testing.T) {
	if testing.Short() {
		t.Skip("registers 128 keys")
	}
	mh := newMinSigHarness(t)
	s := mh.storeSet(t, 128, 30)
	rng := rand.New(rand.NewSource(31))
	for i, signed := range []func(int) bool{
		func(int) bool { return true },
		func(i int) bool { return i%3 != 2 },
		func(int) bool { return rng.Intn(2) == 0 },
		func(i int) bool { return i < 119 || i%2 == 0 },
	} {
		digest := sha256.Sum256([]byte(fmt.Sprint("batch ", i)))
		bitmap, sig, stake := s.certificate(t, digest, signed)
		v, r := mh.check(t, digest, bitmap, sig)
		if r != "" {
			t.Fatalf("certificate %d: %s", i, r)
		}
		if v.SignedStake.Int64() != stake {
			t.Errorf("certificate %d: signed stake %d, want %d", i, v.SignedStake, stake)
		}
		for _, bit := range []int{60, 125} {
			if _, r := mh.check(t, digest, mutate(bitmap, func(b []byte) { b[bit/8] ^= 1 << (bit % 8) }), sig); r != "BLSBadSignature" {
				t.Errorf("certificate %d with bit %d flipped: %q", i, bit, r)
			}
		}
	}
	// Two thirds sign, the bitmap claims every validator: refused.
	digest := sha256.Sum256([]byte("batch x"))
	_, sig, _ := s.certificate(t, digest, func(i int) bool { return i%3 != 2 })
	all := bytes.Repeat([]byte{0xff}, 16)
	if _, r := mh.check(t, digest, all, sig); r != "BLSBadSignature" {
		t.Errorf("a third absent, the bitmap full: %q", r)
	}
	if _, r := mh.check(t, digest, all[:15], sig); r != "BLSCertificateBadBitmap" {
		t.Errorf("a 15-byte bitmap for 128: %q", r)
	}
}

// TestBLSMinSigCertificateSets: a certificate with no set stored, and sets
// the library refuses by name (empty, over MAX_VALIDATORS, keys and stakes
// differing in number, stakes summing to 2^96 or more, a key at infinity);
// and the data contracts' capacity (EIP-170).
func TestBLSMinSigCertificateSets(t *testing.T) {
	mh := newMinSigHarness(t)
	k := minSigKeys(t, 1, 32)[0]
	digest := sha256.Sum256([]byte("batch 0"))
	if _, r := mh.check(t, digest, []byte{1}, msSig(k.Sign(digest[:]))); r != "BLSCertificateNoSet" {
		t.Fatalf("certificate with no set stored: %q, want BLSCertificateNoSet", r)
	}
	if _, r := mh.call(mh.h.PackStoreSet()); r != "BLSCertificateBadSet" {
		t.Errorf("storing an empty set: %q", r)
	}
	pk := msPK(k)
	store := func(keys []byte, stakes ...*big.Int) string {
		_, err := mh.e.Send(mh.e.Users[0], mh.c, nil, mh.h.PackStoreSetUnchecked(keys, stakes))
		return blsRevert(err)
	}
	half := new(big.Int).Lsh(big.NewInt(1), 95)
	for _, c := range []struct {
		name   string
		keys   []byte
		stakes []*big.Int
	}{
		{"239 validators", make([]byte, 239*256), make([]*big.Int, 239)},
		{"two keys, one stake", bytes.Repeat(pk, 2), []*big.Int{big.NewInt(1)}},
		{"stakes summing to 2^96", bytes.Repeat(pk, 2), []*big.Int{half, half}},
	} {
		for i := range c.stakes {
			if c.stakes[i] == nil {
				c.stakes[i] = big.NewInt(1)
			}
		}
		if r := store(c.keys, c.stakes...); r != "BLSCertificateBadSet" {
			t.Errorf("%s: %q, want BLSCertificateBadSet", c.name, r)
		}
	}
	if r := store(append(append([]byte(nil), pk...), make([]byte, 256)...), big.NewInt(1), big.NewInt(1)); r != "BLSInfinityPublicKey" {
		t.Errorf("a key at infinity: %q, want BLSInfinityPublicKey", r)
	}
	// Stakes just under 2^96 in all: stored, and a certificate reports them.
	under := new(big.Int).Sub(half, big.NewInt(1))
	if r := store(bytes.Repeat(pk, 2), half, under); r != "" {
		t.Fatalf("stakes summing to 2^96 - 1: %s", r)
	}
	v, r := mh.check(t, digest, []byte{1}, msSig(k.Sign(digest[:])))
	if r != "" || v.SignedStake.Cmp(half) != 0 || v.TotalStake.Cmp(new(big.Int).Add(half, under)) != 0 {
		t.Errorf("certificate of the first of two equal keys: %v %v (%s)", v.SignedStake, v.TotalStake, r)
	}
	// The leading STOP, the 226-byte header and 119 records fit EIP-170's
	// 24,576 bytes, 120 do not.
	if size := 1 + 226 + 119*204; size > 24576 || size+204 <= 24576 {
		t.Errorf("CHUNK = 119 records of 204 bytes: %d bytes of code", size)
	}
}
