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
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// blsHarness is the BLS and BLSCertificate libraries on a simulated chain.
type blsHarness struct {
	e    *te.Env
	h    *bindings.BLSHarness
	c    *bind.BoundContract
	addr common.Address
}

func newBLSHarness(t testing.TB) *blsHarness {
	e := te.New(t, 1, nil)
	t.Cleanup(e.Close)
	addr, _, err := bind2Deploy(e, bindings.BLSHarnessMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	h := bindings.NewBLSHarness()
	return &blsHarness{e: e, h: h, c: h.Instance(e.Client, addr), addr: addr}
}

var blsHarnessABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(bindings.BLSHarnessMetaData.ABI))
	if err != nil {
		panic(err)
	}
	return a
}()

// blsRevert names a revert of the harness ("" when err is nil).
func blsRevert(err error) string {
	if err == nil {
		return ""
	}
	data := contracts.RevertData(err)
	if len(data) >= 4 {
		for name, e := range blsHarnessABI.Errors {
			if bytes.Equal(e.ID[:4], data[:4]) {
				return name
			}
		}
	}
	return contracts.RevertName(err)
}

// call runs data on the harness and returns the output and the revert's
// name ("" when it returned).
func (bh *blsHarness) call(data []byte) ([]byte, string) {
	out, err := bind2Call(bh.e, bh.addr, data)
	return out, blsRevert(err)
}

func (bh *blsHarness) verify(pk, msg, sig []byte) string {
	_, r := bh.call(bh.h.PackVerify(pk, msg, sig))
	return r
}

func (bh *blsHarness) hashToG2(t testing.TB, msg, dst []byte) []byte {
	t.Helper()
	out, r := bh.call(bh.h.PackHashToG2(msg, dst))
	if r != "" {
		t.Fatalf("hashToG2(%x): %s", msg, r)
	}
	b, err := bh.h.UnpackHashToG2(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func blsKeys(t testing.TB, n int, seed int64) []*bls.SecretKey {
	t.Helper()
	r := rand.New(rand.NewSource(seed))
	out := make([]*bls.SecretKey, n)
	for i := range out {
		k, err := bls.GenerateKey(r)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = k
	}
	return out
}

func pkBytes(k *bls.SecretKey) []byte { b := k.PublicKey().Bytes(); return b[:] }

func sigBytes(s *bls.Signature) []byte { b := s.Bytes(); return b[:] }

func g2Bytes(p *bls12381.G2Affine) []byte { b := bls.EncodeG2(p); return b[:] }

// TestBLSHashToG2RFC9380 runs BLS.hashToG2 on RFC 9380's vectors for
// BLS12381G2_XMD:SHA-256_SSWU_RO_ (testdata/bls, the ones crypto/bls checks).
func TestBLSHashToG2RFC9380(t *testing.T) {
	bh := newBLSHarness(t)
	raw, err := os.ReadFile(filepath.Join("..", "testdata", "bls", "rfc9380_g2_ro.json"))
	if err != nil {
		t.Fatal(err)
	}
	var v struct {
		DST   string `json:"dst"`
		Cases []struct {
			Msg string    `json:"msg"`
			X   [2]string `json:"x"`
			Y   [2]string `json:"y"`
		} `json:"cases"`
	}
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	cases := v.Cases
	if len(cases) != 4 {
		t.Fatalf("%d vectors, want 4", len(cases))
	}
	for _, c := range cases {
		var want []byte
		for _, s := range []string{c.X[0], c.X[1], c.Y[0], c.Y[1]} {
			n, ok := new(big.Int).SetString(strings.TrimPrefix(s, "0x"), 16)
			if !ok {
				t.Fatalf("bad hex %q", s)
			}
			want = append(want, n.FillBytes(make([]byte, 64))...)
		}
		if got := bh.hashToG2(t, []byte(c.Msg), []byte(v.DST)); !bytes.Equal(got, want) {
			t.Errorf("msg %q: hashToG2 = %x, want %x", c.Msg, got, want)
		}
	}
}

// TestBLSHashToG2MatchesGo hashes random messages and tags in Solidity and
// with crypto/bls (gnark-crypto) and wants the same bytes; it also checks
// expand_message_xmd's output length and that b_1 is its first block.
func TestBLSHashToG2MatchesGo(t *testing.T) {
	bh := newBLSHarness(t)
	rng := rand.New(rand.NewSource(9380))
	n := 24
	if testing.Short() {
		n = 6
	}
	for i := 0; i < n; i++ {
		msg := make([]byte, []int{0, 1, 32, 33, 64, 100, 255, 300}[i%8]+rng.Intn(3))
		rng.Read(msg)
		dst := []byte(bls.SignatureDST)
		switch i % 3 {
		case 1:
			dst = []byte(bls.PoPDST)
		case 2:
			dst = make([]byte, 1+rng.Intn(255))
			rng.Read(dst)
		}
		checkHashToG2(t, bh, msg, dst)
	}
	// expand_message_xmd, the first block by hand.
	msg, dst := []byte("abc"), []byte(bls.SignatureDST)
	out, r := bh.call(bh.h.PackExpandMessageXMD(msg, dst))
	if r != "" {
		t.Fatal(r)
	}
	u, _ := bh.h.UnpackExpandMessageXMD(out)
	dstPrime := append(append([]byte(nil), dst...), byte(len(dst)))
	b0 := sha256.Sum256(bytes.Join([][]byte{make([]byte, 64), msg, {1, 0, 0}, dstPrime}, nil))
	b1 := sha256.Sum256(bytes.Join([][]byte{b0[:], {1}, dstPrime}, nil))
	if len(u) != 256 || !bytes.Equal(u[:32], b1[:]) {
		t.Errorf("expandMessageXMD: %d bytes starting %x, want 256 starting %x", len(u), u[:min(32, len(u))], b1)
	}
	if _, r := bh.call(bh.h.PackHashToG2(msg, make([]byte, 256))); r != "BLSInvalidLength" {
		t.Errorf("a 256-byte tag: %q, want BLSInvalidLength", r)
	}
}

func checkHashToG2(t *testing.T, bh *blsHarness, msg, dst []byte) {
	t.Helper()
	want := bls.HashToG2(msg, dst)
	if got := bh.hashToG2(t, msg, dst); !bytes.Equal(got, g2Bytes(&want)) {
		t.Fatalf("hashToG2(%x, %q): Solidity %x, Go %x", msg, dst, got, g2Bytes(&want))
	}
}

// FuzzBLSHashToG2 wants Solidity's hashToG2 and gnark-crypto's HashToG2
// to agree on any message and tag.
func FuzzBLSHashToG2(f *testing.F) {
	f.Add([]byte(""), []byte(bls.SignatureDST))
	f.Add([]byte("abc"), []byte(bls.PoPDST))
	f.Add(bytes.Repeat([]byte{0xff}, 97), []byte("x"))
	bh := newBLSHarness(f)
	f.Fuzz(func(t *testing.T, msg, dst []byte) {
		if len(dst) == 0 || len(dst) > 255 || len(msg) > 2048 {
			t.Skip()
		}
		checkHashToG2(t, bh, msg, dst)
	})
}

// g1OffSubgroup is a point of E(Fp) outside G1; g2OffSubgroup one of
// E'(Fp2) outside G2 (the cofactors are large: the first point found is
// outside the subgroup).
func g1OffSubgroup(t *testing.T) []byte {
	t.Helper()
	var p bls12381.G1Affine
	four := fp.NewElement(4)
	for x := uint64(1); x < 100; x++ {
		p.X.SetUint64(x)
		var rhs fp.Element
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &four)
		if p.Y.Sqrt(&rhs) != nil && p.IsOnCurve() && !p.IsInSubGroup() {
			b := bls.EncodeG1(&p)
			return b[:]
		}
	}
	t.Fatal("no G1 point outside the subgroup")
	return nil
}

func g2OffSubgroup(t *testing.T) []byte {
	t.Helper()
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
			return g2Bytes(&p)
		}
	}
	t.Fatal("no G2 point outside the subgroup")
	return nil
}

func mutate(b []byte, f func([]byte)) []byte {
	c := append([]byte(nil), b...)
	f(c)
	return c
}

// TestBLSVerify checks BLS.verify against crypto/bls: a valid signature,
// then another message, key or tag, and malformed keys and signatures,
// each with the error the contract names.
func TestBLSVerify(t *testing.T) {
	bh := newBLSHarness(t)
	ks := blsKeys(t, 2, 11)
	k := ks[0]
	msg := []byte("mycel batch 42")
	pk, sig := pkBytes(k), sigBytes(k.Sign(msg))
	pBytes := fp.Modulus().FillBytes(make([]byte, 48))
	// A signature under another tag: [sk]H'(msg).
	var other bls12381.G2Affine
	h := bls.HashToG2(msg, []byte("BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"))
	skb := k.Bytes()
	other.ScalarMultiplication(&h, new(big.Int).SetBytes(skb[:]))
	c := k.PublicKey().Compressed()

	for _, tc := range []struct {
		name         string
		pk, msg, sig []byte
		want         string
	}{
		{"valid", pk, msg, sig, ""},
		{"valid, empty message", pk, nil, sigBytes(k.Sign(nil)), ""},
		{"another message", pk, []byte("mycel batch 43"), sig, "BLSBadSignature"},
		{"another key", pkBytes(ks[1]), msg, sig, "BLSBadSignature"},
		{"another tag", pk, msg, g2Bytes(&other), "BLSBadSignature"},
		{"a proof of possession as a signature", pk, c[:], sigBytes(k.ProvePossession()), "BLSBadSignature"},
		{"infinity key", make([]byte, 128), msg, sig, "BLSInfinityPublicKey"},
		{"infinity signature", pk, msg, make([]byte, 256), "BLSInfinitySignature"},
		{"short key", pk[:127], msg, sig, "BLSInvalidLength"},
		{"long signature", pk, msg, append(sig, 0), "BLSInvalidLength"},
		{"key off the curve", mutate(pk, func(b []byte) { b[127] ^= 1 }), msg, sig, "BLSInvalidPoint"},
		{"key outside the subgroup", g1OffSubgroup(t), msg, sig, "BLSInvalidPoint"},
		{"key with non-zero padding", mutate(pk, func(b []byte) { b[0] = 1 }), msg, sig, "BLSInvalidPoint"},
		{"key x = p", mutate(pk, func(b []byte) { copy(b[16:64], pBytes) }), msg, sig, "BLSInvalidPoint"},
		{"signature off the curve", pk, msg, mutate(sig, func(b []byte) { b[255] ^= 1 }), "BLSInvalidPoint"},
		{"signature outside the subgroup", pk, msg, g2OffSubgroup(t), "BLSInvalidPoint"},
		{"signature with non-zero padding", pk, msg, mutate(sig, func(b []byte) { b[128] = 1 }), "BLSInvalidPoint"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := bh.verify(tc.pk, tc.msg, tc.sig); got != tc.want {
				t.Fatalf("contract: %q, want %q", got, tc.want)
			}
			// crypto/bls agrees on every input it can decode.
			gpk, err1 := bls.PublicKeyFromBytes(tc.pk)
			gsig, err2 := bls.SignatureFromBytes(tc.sig)
			if err1 == nil && err2 == nil {
				if err := bls.Verify(gpk, tc.msg, gsig); (err == nil) != (tc.want == "") {
					t.Fatalf("crypto/bls: %v, contract %q", err, tc.want)
				}
			} else if tc.want == "" {
				t.Fatalf("crypto/bls refuses the encoding: %v %v", err1, err2)
			}
		})
	}
	// A failed precompile burns only the gas it was given: a transaction
	// with a key outside the subgroup and 5M gas reverts having used about
	// what a valid check costs, not the 5M.
	opts := bind.NewKeyedTransactor(bh.e.Users[0].Key, bh.e.ChainID)
	opts.GasLimit = 5_000_000
	tx, err := bh.c.RawTransact(opts, bh.h.PackVerifyProofOfPossession(g1OffSubgroup(t), sigBytes(k.ProvePossession())))
	if err != nil {
		t.Fatal(err)
	}
	bh.e.Sim.Commit()
	rc, err := bind.WaitMined(bh.e.Ctx, bh.e.Client, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if rc.Status != 0 || rc.GasUsed > 400_000 {
		t.Errorf("invalid key: status %d, gas used %d of 5,000,000, want a revert under 400,000", rc.Status, rc.GasUsed)
	}
}

// TestBLSCompress checks BLS.compress (the message of a proof of
// possession) against gnark-crypto's compressed encoding, for keys with y
// on either side of (p-1)/2.
func TestBLSCompress(t *testing.T) {
	bh := newBLSHarness(t)
	largest := map[bool]int{}
	for _, k := range blsKeys(t, 12, 12) {
		want := k.PublicKey().Compressed()
		out, r := bh.call(bh.h.PackCompress(pkBytes(k)))
		if r != "" {
			t.Fatal(r)
		}
		got, _ := bh.h.UnpackCompress(out)
		if !bytes.Equal(got, want[:]) {
			t.Fatalf("compress: %x, want %x", got, want)
		}
		largest[want[0]&0x20 != 0]++
	}
	if largest[true] == 0 || largest[false] == 0 {
		t.Errorf("keys drawn cover only one sign of y: %v", largest)
	}
}

// TestBLSProofOfPossession: a key's own proof passes; another key's
// proof, a signature of the compressed key under SIG_DST, and the infinity
// key fail.
func TestBLSProofOfPossession(t *testing.T) {
	bh := newBLSHarness(t)
	ks := blsKeys(t, 2, 13)
	pk := pkBytes(ks[0])
	c := ks[0].PublicKey().Compressed()
	pop := func(pk, proof []byte) string {
		_, r := bh.call(bh.h.PackVerifyProofOfPossession(pk, proof))
		return r
	}
	if r := pop(pk, sigBytes(ks[0].ProvePossession())); r != "" {
		t.Fatalf("valid PoP: %s", r)
	}
	if r := pop(pk, sigBytes(ks[1].ProvePossession())); r != "BLSBadSignature" {
		t.Errorf("another key's PoP: %q", r)
	}
	if r := pop(pk, sigBytes(ks[0].Sign(c[:]))); r != "BLSBadSignature" {
		t.Errorf("a signature of the compressed key as PoP: %q", r)
	}
	if r := pop(make([]byte, 128), sigBytes(ks[0].ProvePossession())); r != "BLSInfinityPublicKey" {
		t.Errorf("infinity key: %q", r)
	}
	if r := pop(g1OffSubgroup(t), sigBytes(ks[0].ProvePossession())); r != "BLSInvalidPoint" {
		t.Errorf("key outside the subgroup: %q", r)
	}
}

// TestBLSAggregate verifies an aggregate signature of 16 signers, refuses
// it for 15 of the keys or with one signature missing, and checks
// BLS.aggregate against crypto/bls.
func TestBLSAggregate(t *testing.T) {
	bh := newBLSHarness(t)
	ks := blsKeys(t, 16, 14)
	msg := []byte("certificate")
	var pks [][]byte
	var gpks []*bls.PublicKey
	var sigs []*bls.Signature
	for _, k := range ks {
		pks = append(pks, pkBytes(k))
		gpks = append(gpks, k.PublicKey())
		sigs = append(sigs, k.Sign(msg))
	}
	agg, err := bls.AggregateSignatures(sigs...)
	if err != nil {
		t.Fatal(err)
	}
	part, _ := bls.AggregateSignatures(sigs[1:]...)
	va := func(pks [][]byte, sig *bls.Signature) string {
		_, r := bh.call(bh.h.PackVerifyAggregate(pks, msg, sigBytes(sig)))
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
	if r := va([][]byte{pks[0], make([]byte, 128)}, agg); r != "BLSInfinityPublicKey" {
		t.Errorf("an infinity key among the keys: %q", r)
	}
	var neg bls12381.G1Affine
	p0 := gpks[0].Point()
	neg.Neg(&p0)
	nb := bls.EncodeG1(&neg)
	if r := va([][]byte{pks[0], nb[:]}, agg); r != "BLSInfinityPublicKey" {
		t.Errorf("keys summing to infinity: %q", r)
	}
	out, r := bh.call(bh.h.PackAggregate(pks))
	if r != "" {
		t.Fatal(r)
	}
	got, _ := bh.h.UnpackAggregate(out)
	want, _ := bls.AggregatePublicKeys(gpks...)
	if wb := want.Bytes(); !bytes.Equal(got, wb[:]) {
		t.Errorf("aggregate: %x, want %x", got, wb)
	}
}

// TestBLSRogueKey shows the rogue-key attack and its defence: without
// proofs of possession, Mallory's key pk_m = [r]G1 - pk_v makes
// verifyAggregate accept her lone signature [r]H(m) as the victim's and
// hers; the harness's registry admits keys only with a proof of
// possession, which she cannot make for pk_m.
func TestBLSRogueKey(t *testing.T) {
	bh := newBLSHarness(t)
	ks := blsKeys(t, 2, 15)
	victim, r := ks[0], ks[1]
	vp, rp := victim.PublicKey().Point(), r.PublicKey().Point()
	var rogue, negV bls12381.G1Affine
	negV.Neg(&vp)
	rogue.Add(&rp, &negV)
	rb := bls.EncodeG1(&rogue)
	msg := []byte("transfer everything")
	forged := sigBytes(r.Sign(msg))
	if _, rev := bh.call(bh.h.PackVerifyAggregate([][]byte{pkBytes(victim), rb[:]}, msg, forged)); rev != "" {
		t.Fatalf("without PoP the forgery should verify (the attack the PoP stops): %s", rev)
	}
	user := bh.e.Users[0]
	if _, err := bh.e.Send(user, bh.c, nil, bh.h.PackRegister(pkBytes(victim), sigBytes(victim.ProvePossession()), big.NewInt(1))); err != nil {
		t.Fatalf("register with a valid PoP: %s", blsRevert(err))
	}
	for _, pop := range [][]byte{sigBytes(r.ProvePossession()), sigBytes(victim.ProvePossession()), forged} {
		if _, err := bh.e.Send(user, bh.c, nil, bh.h.PackRegister(rb[:], pop, big.NewInt(1))); blsRevert(err) != "BLSBadSignature" {
			t.Errorf("rogue key registered or wrong error: %q", blsRevert(err))
		}
	}
	if n := te.Call(bh.e, bh.c, bh.h.PackRegisteredCount(), bh.h.UnpackRegisteredCount); n.Int64() != 1 {
		t.Errorf("%d keys registered, want 1", n)
	}
}

// blsSet is a validator set registered with proofs of possession and
// stored in the harness.
type blsSet struct {
	keys   []*bls.SecretKey
	stakes []int64
}

func (bh *blsHarness) storeSet(t testing.TB, n int, seed int64) *blsSet {
	t.Helper()
	s := &blsSet{keys: blsKeys(t, n, seed)}
	for i, k := range s.keys {
		stake := int64(1 + i%5)
		s.stakes = append(s.stakes, stake)
		bh.e.Must(bh.e.Users[0], bh.c, nil, bh.h.PackRegister(pkBytes(k), sigBytes(k.ProvePossession()), big.NewInt(stake)))
	}
	bh.e.Must(bh.e.Users[0], bh.c, nil, bh.h.PackStoreSet())
	return s
}

// certificate is the bitmap and aggregate signature of digest by the
// validators signed(i) selects.
func (s *blsSet) certificate(t testing.TB, digest [32]byte, signed func(int) bool) (bitmap, sig []byte, stake int64) {
	t.Helper()
	bitmap = make([]byte, (len(s.keys)+7)/8)
	var sigs []*bls.Signature
	for i, k := range s.keys {
		if signed(i) {
			bitmap[i/8] |= 1 << (i % 8)
			sigs = append(sigs, k.Sign(digest[:]))
			stake += s.stakes[i]
		}
	}
	if len(sigs) == 0 {
		return bitmap, make([]byte, 256), 0
	}
	agg, err := bls.AggregateSignatures(sigs...)
	if err != nil {
		t.Fatal(err)
	}
	return bitmap, sigBytes(agg), stake
}

// TestBLSCertificate stores a set of 13 validators registered with proofs
// of possession and checks certificates: every signer, some, one; and
// refuses a bitmap that claims a validator who did not sign, one that
// leaves out a signer, bad lengths and stray bits, no signers, and another
// digest.
func TestBLSCertificate(t *testing.T) {
	bh := newBLSHarness(t)
	const n = 13
	s := bh.storeSet(t, n, 16)
	var total int64
	for _, st := range s.stakes {
		total += st
	}
	digest := sha256.Sum256([]byte("batch 1"))
	check := func(bitmap, sig []byte) (bindings.CheckCertificateOutput, string) {
		out, r := bh.call(bh.h.PackCheckCertificate(digest, bitmap, sig))
		if r != "" {
			return bindings.CheckCertificateOutput{}, r
		}
		v, err := bh.h.UnpackCheckCertificate(out)
		if err != nil {
			t.Fatal(err)
		}
		return v, ""
	}
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
		v, r := check(bitmap, sig)
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
		{"short signature", bitmap, sig[:255], "BLSInvalidLength"},
		{"infinity signature", bitmap, make([]byte, 256), "BLSInfinitySignature"},
	} {
		if _, r := check(c.bitmap, c.sig); r != c.want {
			t.Errorf("%s: %q, want %q", c.name, r, c.want)
		}
	}
	other := sha256.Sum256([]byte("batch 2"))
	if _, r := bh.call(bh.h.PackCheckCertificate(other, bitmap, sig)); r != "BLSBadSignature" {
		t.Errorf("another digest: %q", r)
	}
}

// TestBLSCertificate128 checks certificates of a 128-validator set (the
// gas report's largest) with every validator, 2/3 and a random half
// signing.
func TestBLSCertificate128(t *testing.T) {
	if testing.Short() {
		t.Skip("registers 128 keys")
	}
	bh := newBLSHarness(t)
	s := bh.storeSet(t, 128, 17)
	rng := rand.New(rand.NewSource(18))
	for i, signed := range []func(int) bool{
		func(int) bool { return true },
		func(i int) bool { return i%3 != 1 },
		func(int) bool { return rng.Intn(2) == 0 },
	} {
		digest := sha256.Sum256([]byte(fmt.Sprint("batch ", i)))
		bitmap, sig, stake := s.certificate(t, digest, signed)
		out, r := bh.call(bh.h.PackCheckCertificate(digest, bitmap, sig))
		if r != "" {
			t.Fatalf("certificate %d: %s", i, r)
		}
		v, _ := bh.h.UnpackCheckCertificate(out)
		if v.SignedStake.Int64() != stake {
			t.Errorf("certificate %d: signed stake %d, want %d", i, v.SignedStake, stake)
		}
		// One bit flipped: refused.
		if _, r := bh.call(bh.h.PackCheckCertificate(digest, mutate(bitmap, func(b []byte) { b[7] ^= 0x10 }), sig)); r != "BLSBadSignature" {
			t.Errorf("certificate %d with a bit flipped: %q", i, r)
		}
	}
}

// TestBLSCertificateNoSet: a certificate checked before any set is stored,
// and a set stored with no key, are refused by name.
func TestBLSCertificateNoSet(t *testing.T) {
	bh := newBLSHarness(t)
	k := blsKeys(t, 1, 3)[0]
	digest := sha256.Sum256([]byte("batch 0"))
	sig := k.Sign(digest[:])
	if _, r := bh.call(bh.h.PackCheckCertificate(digest, []byte{1}, sigBytes(sig))); r != "BLSCertificateNoSet" {
		t.Fatalf("certificate with no set stored: revert %q, want BLSCertificateNoSet", r)
	}
	if _, r := bh.call(bh.h.PackStoreSet()); r != "BLSCertificateBadSet" {
		t.Fatalf("storing an empty set: revert %q, want BLSCertificateBadSet", r)
	}
}
