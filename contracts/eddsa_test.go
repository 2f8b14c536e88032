package contracts_test

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"math/big"
	"math/rand"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

// eddsaHarness is the EdDSA library on a simulated chain.
type eddsaHarness struct {
	e    *te.Env
	h    *bindings.EdDSAHarness
	addr common.Address
}

func newEdDSAHarness(t testing.TB) *eddsaHarness {
	e := te.New(t, 0, nil)
	t.Cleanup(e.Close)
	addr, _, err := bind2Deploy(e, bindings.EdDSAHarnessMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	return &eddsaHarness{e: e, h: bindings.NewEdDSAHarness(), addr: addr}
}

// verify runs EdDSA.verify and returns "" when it accepts, else the revert's name.
func (eh *eddsaHarness) verify(pk ledger.PublicKey, msg ledger.Hash, sig bindings.EdDSASignature) string {
	x, y, err := pk.Coordinates()
	if err != nil {
		panic(err)
	}
	data := eh.h.PackVerify(new(big.Int).SetBytes(x[:]), new(big.Int).SetBytes(y[:]), new(big.Int).SetBytes(msg[:]), sig)
	_, err = bind2Call(eh.e, eh.addr, data)
	if err == nil {
		return ""
	}
	return contracts.RevertName(err)
}

// check compares the ledger's verdict on a 64-byte signature with the
// contract's, and returns the ledger's (nil: accepted).
func (eh *eddsaHarness) check(t testing.TB, what string, pk ledger.PublicKey, msg ledger.Hash, sig [ledger.SignatureSize]byte) error {
	t.Helper()
	goErr := ledger.VerifyHash(pk, msg, sig)
	affine, err := contracts.ExitSignature(sig)
	if err != nil {
		// R is no canonical curve point: the contract cannot even be
		// handed this signature; the ledger must reject it.
		if goErr == nil {
			t.Fatalf("%s: ledger accepts a signature whose R does not decode", what)
		}
		return goErr
	}
	got := eh.verify(pk, msg, affine)
	if (goErr == nil) != (got == "") {
		t.Fatalf("%s: ledger says %v, contract says %q (sig %x)", what, goErr, got, sig)
	}
	if got != "" && got != "EdDSABadSignature" && got != "EdDSAScalarOutOfRange" && got != "EdDSAInvalidR" {
		t.Fatalf("%s: unexpected revert %q", what, got)
	}
	return goErr
}

// TestEdDSAMatchesLedger signs random messages with random keys in Go and
// verifies them with the Solidity library, then mutates them (another
// message or key, S + 1, S + l, l - S, -R, R + B, R + a torsion point,
// random bytes) and checks that the contract accepts exactly what
// ledger.VerifyHash accepts.
func TestEdDSAMatchesLedger(t *testing.T) {
	eh := newEdDSAHarness(t)
	rng := rand.New(rand.NewSource(42))
	n := 48
	if testing.Short() {
		n = 12
	}
	l := curveOrder
	setS := func(sig *[64]byte, s *big.Int) bool {
		if s.Sign() < 0 || s.BitLen() > 256 {
			return false
		}
		s.FillBytes(sig[32:])
		return true
	}
	mapR := func(sig *[64]byte, f func(p *twistededwards.PointAffine)) {
		var p twistededwards.PointAffine
		if _, err := p.SetBytes(sig[:32]); err != nil {
			t.Fatal(err)
		}
		f(&p)
		enc := p.Bytes()
		copy(sig[:32], enc[:])
	}
	accepted := 0
	for i := 0; i < n; i++ {
		var seed [ledger.SeedSize]byte
		rng.Read(seed[:])
		key, err := ledger.NewPrivateKey(seed)
		if err != nil {
			t.Fatal(err)
		}
		var m fr.Element
		m.SetRandom()
		msg := ledger.Hash(m.Bytes())
		if i == 0 {
			msg = ledger.Hash{} // m = 0
		}
		sig, err := key.SignHash(msg)
		if err != nil {
			t.Fatal(err)
		}
		if err := eh.check(t, "valid", key.Public(), msg, sig); err != nil {
			t.Fatalf("Go-signed message %s rejected: %v", msg, err)
		}
		accepted++
		s := new(big.Int).SetBytes(sig[32:])
		var m2 fr.Element
		m2.SetRandom()
		other := testKeyFrom(rng)
		mut := sig
		reject := func(what string, pk ledger.PublicKey, msg ledger.Hash, sig [64]byte) {
			t.Helper()
			if eh.check(t, what, pk, msg, sig) == nil {
				t.Fatalf("%s: accepted", what)
			}
		}
		switch i % 8 {
		case 0:
			reject("other message", key.Public(), ledger.Hash(m2.Bytes()), sig)
		case 1:
			reject("other key", other.Public(), msg, sig)
		case 2:
			if setS(&mut, new(big.Int).Add(s, big.NewInt(1))) {
				reject("S+1", key.Public(), msg, mut)
			}
		case 3:
			if setS(&mut, new(big.Int).Add(s, l)) {
				reject("S+l", key.Public(), msg, mut)
			}
		case 4:
			setS(&mut, new(big.Int).Sub(l, s))
			mapR(&mut, func(p *twistededwards.PointAffine) { p.Neg(p) })
			reject("(-R, l-S)", key.Public(), msg, mut)
		case 5:
			mapR(&mut, func(p *twistededwards.PointAffine) {
				b := twistededwards.GetEdwardsCurve().Base
				p.Add(p, &b)
			})
			reject("R+B", key.Public(), msg, mut)
		case 6:
			mapR(&mut, func(p *twistededwards.PointAffine) { p.X.Neg(&p.X); p.Y.Neg(&p.Y) }) // + (0, -1)
			reject("R+T2", key.Public(), msg, mut)
		case 7:
			rng.Read(mut[:])
			reject("random bytes", key.Public(), msg, mut)
		}
	}
	t.Logf("%d Go signatures verified on chain, each with a mutation both rejected", accepted)
}

func testKeyFrom(rng *rand.Rand) *ledger.PrivateKey {
	var seed [ledger.SeedSize]byte
	rng.Read(seed[:])
	k, err := ledger.NewPrivateKey(seed)
	if err != nil {
		panic(err)
	}
	return k
}

// TestEdDSAGoldenExit verifies the golden vectors' exit signature
// (testdata/ledger/vectors.json, docs/protocol.md section 11) with the
// Solidity library, and checks its affine R and S against the 64-byte form.
func TestEdDSAGoldenExit(t *testing.T) {
	raw, err := os.ReadFile("../testdata/ledger/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var gv struct {
		Exit struct {
			PubKey      ledger.PublicKey `json:"pub_key"`
			SigningHash ledger.Hash      `json:"signing_hash"`
			Signature   string           `json:"signature"`
			RX          ledger.Hash      `json:"r_x"`
			RY          ledger.Hash      `json:"r_y"`
			S           ledger.Hash      `json:"s"`
		} `json:"exit"`
	}
	if err := json.Unmarshal(raw, &gv); err != nil {
		t.Fatal(err)
	}
	g := gv.Exit
	var sig [ledger.SignatureSize]byte
	if b := common.FromHex(g.Signature); len(b) != len(sig) {
		t.Fatalf("golden exit signature %q", g.Signature)
	} else {
		copy(sig[:], b)
	}
	affine, err := contracts.ExitSignature(sig)
	if err != nil {
		t.Fatal(err)
	}
	if common.BigToHash(affine.Rx) != common.Hash(g.RX) || common.BigToHash(affine.Ry) != common.Hash(g.RY) || common.BigToHash(affine.S) != common.Hash(g.S) {
		t.Fatalf("golden exit: affine form %v differs from r_x, r_y, s", affine)
	}
	eh := newEdDSAHarness(t)
	if got := eh.verify(g.PubKey, g.SigningHash, affine); got != "" {
		t.Fatalf("golden exit signature rejected on chain: %s", got)
	}
	var wrong ledger.Hash
	wrong[31] = 1
	if got := eh.verify(g.PubKey, wrong, affine); got != "EdDSABadSignature" {
		t.Fatalf("golden exit signature over another message: %q", got)
	}
}

// FuzzEdDSAVerify: for a key derived from seed, a message and a signature
// (a valid one, or the fuzzer's bytes), the contract accepts exactly what
// the ledger accepts.
func FuzzEdDSAVerify(f *testing.F) {
	key := te.L2PrivKey(1)
	msg := ledger.Hash{31: 7}
	sig, err := key.SignHash(msg)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(uint8(1), msg[:], sig[:], uint8(0))
	f.Add(uint8(1), msg[:], sig[:], uint8(1))
	f.Add(uint8(2), msg[:], sig[:], uint8(2))
	f.Add(uint8(3), []byte{1, 2, 3}, make([]byte, 64), uint8(3))
	eh := newEdDSAHarness(f)
	l := curveOrder
	f.Fuzz(func(t *testing.T, seed uint8, m []byte, s []byte, mode uint8) {
		eh.e.T = t
		k := te.L2PrivKey(seed)
		h := sha256.Sum256(m)
		var me fr.Element
		me.SetBytes(h[:])
		msg := ledger.Hash(me.Bytes())
		var sig [ledger.SignatureSize]byte
		switch mode % 4 {
		case 0: // the fuzzer's bytes as a whole signature
			copy(sig[:], s)
		case 1: // a valid signature
			if sig, err = k.SignHash(msg); err != nil {
				t.Fatal(err)
			}
		case 2: // a valid R with the fuzzer's S
			if sig, err = k.SignHash(msg); err != nil {
				t.Fatal(err)
			}
			clear(sig[32:])
			copy(sig[32:], s)
		case 3: // a valid signature with S moved by the fuzzer's amount (mod 2^64)
			if sig, err = k.SignHash(msg); err != nil {
				t.Fatal(err)
			}
			var d [8]byte
			copy(d[:], s)
			sv := new(big.Int).SetBytes(sig[32:])
			sv.Add(sv, new(big.Int).SetUint64(binary.BigEndian.Uint64(d[:])))
			if sv.Cmp(new(big.Int).Lsh(l, 1)) < 0 {
				sv.FillBytes(sig[32:])
			}
		}
		eh.check(t, "fuzz", k.Public(), msg, sig)
	})
}
