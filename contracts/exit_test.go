package contracts_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

// curveOrder is l, the order of the curve's prime-order subgroup.
var curveOrder = func() *big.Int {
	c := twistededwards.GetEdwardsCurve()
	return new(big.Int).Set(&c.Order)
}()

// TestExitFrontRunningDepositorGetsNothing is the attack the signed exit
// closes: mallory deposits 1 gwei to the owner's key before the owner
// does. She can exit the account neither with her own key's signature,
// nor with the owner's signature re-pointed at herself, nor with no valid
// signature; the owner's signed exit pays the owner the whole balance,
// mallory nothing. (With the first-depositor rule, mallory was paid.)
func TestExitFrontRunningDepositorGetsNothing(t *testing.T) {
	key, malKey := te.L2PrivKey(40), te.L2PrivKey(41)
	var owner, mallory te.Account
	ec := newEscapeChain(t, func(e *te.Env) []escapeDeposit {
		owner, mallory = e.Users[5], e.Users[6]
		return []escapeDeposit{{mallory, key, 1}, {owner, key, 1_000}}
	})
	e := ec.e
	idx := ec.accts[0]
	if ec.accts[1] != idx {
		t.Fatalf("the two deposits to one key credited accounts %d and %d", idx, ec.accts[1])
	}
	e.Advance(e.Cfg.EscapePeriod + 1)

	for name, c := range map[string]struct {
		sig  bindings.EdDSASignature
		want string
	}{
		"mallory's own key":             {ec.sign(malKey, idx, mallory.Addr), "EdDSABadSignature"},
		"owner's signature to owner":    {ec.sign(key, idx, owner.Addr), "EdDSABadSignature"},
		"no signature":                  {bindings.EdDSASignature{Rx: new(big.Int), Ry: new(big.Int), S: new(big.Int)}, "EdDSAInvalidR"},
		"identity R, S = 1":             {bindings.EdDSASignature{Rx: new(big.Int), Ry: big.NewInt(1), S: big.NewInt(1)}, "EdDSABadSignature"},
		"owner's key, another account":  {ec.sign(key, idx+1, mallory.Addr), "EdDSABadSignature"},
		"mallory's key, owner's wallet": {ec.sign(malKey, idx, owner.Addr), "EdDSABadSignature"},
	} {
		_, err := e.Send(mallory, e.Rollup, nil, ec.exitArgs(idx, 1_001, mallory.Addr, c.sig))
		if got := contracts.RevertName(err); got != c.want {
			t.Errorf("%s: mallory's exit: got %q, want %s", name, got, c.want)
		}
	}

	ownerBefore, malBefore := e.Balance(owner.Addr), e.Balance(mallory.Addr)
	e.Must(e.Users[2], e.Rollup, nil, ec.exitArgs(idx, 1_001, owner.Addr, ec.sign(key, idx, owner.Addr)))
	if d := new(big.Int).Sub(e.Balance(owner.Addr), ownerBefore); d.Cmp(te.Gwei(1_001)) != 0 {
		t.Fatalf("owner paid %v wei, want the whole balance, 1,001 gwei", d)
	}
	if d := new(big.Int).Sub(e.Balance(mallory.Addr), malBefore); d.Sign() != 0 {
		t.Fatalf("mallory paid %v wei", d)
	}
	_, err := e.Send(mallory, e.Rollup, nil, ec.exitArgs(idx, 1_001, mallory.Addr, ec.sign(key, idx, mallory.Addr)))
	e.Reverts(err, "AlreadyExited")
	if b := e.Balance(e.D.Rollup); b.Sign() != 0 {
		t.Fatalf("rollup still holds %v wei", b)
	}
}

// TestExitSignatureRejects: every signature that does not authorise this
// exit, on this Rollup, of this account, to this recipient, reverts with
// its own error; then the valid one pays, once. The fee vault (key (0, 0),
// not a curve point) cannot exit.
func TestExitSignatureRejects(t *testing.T) {
	key := te.L2PrivKey(50)
	var owner te.Account
	ec := newEscapeChain(t, func(e *te.Env) []escapeDeposit {
		owner = e.Users[5]
		return []escapeDeposit{{owner, key, 7_000}}
	})
	e := ec.e
	idx := ec.accts[0]
	to := owner.Addr
	e.Advance(e.Cfg.EscapePeriod + 1)

	sign := func(l1ChainID *big.Int, rollup common.Address, account uint32, to common.Address) bindings.EdDSASignature {
		sig, err := contracts.SignExit(key, l1ChainID, rollup, account, to)
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	good := sign(e.ChainID, e.D.Rollup, idx, to)
	r := contracts.FieldModulus
	add := func(a *big.Int, b int64) *big.Int { return new(big.Int).Add(a, big.NewInt(b)) }
	with := func(f func(*bindings.EdDSASignature)) bindings.EdDSASignature {
		s := bindings.EdDSASignature{Rx: new(big.Int).Set(good.Rx), Ry: new(big.Int).Set(good.Ry), S: new(big.Int).Set(good.S)}
		f(&s)
		return s
	}
	// R + T with T = (0, -1) of order 2: (-R.x, -R.y); the cofactored
	// equation still holds for it, the ledger's cofactorless one does not.
	torsion := with(func(s *bindings.EdDSASignature) {
		s.Rx.Sub(r, s.Rx)
		s.Ry.Sub(r, s.Ry)
	})
	// R + B: another curve point.
	otherR := with(func(s *bindings.EdDSASignature) {
		var p, b twistededwards.PointAffine
		p.X.SetBigInt(s.Rx)
		p.Y.SetBigInt(s.Ry)
		b = twistededwards.GetEdwardsCurve().Base
		p.Add(&p, &b)
		p.X.BigInt(s.Rx)
		p.Y.BigInt(s.Ry)
	})
	// A withdrawal signed by the account's key with the exit's values (the
	// L2 transaction closest to an exit) replayed as an exit.
	wtx := &ledger.Tx{Type: ledger.TxWithdraw, ChainID: e.Cfg.L2ChainID, From: idx, L1Address: to, Amount: 7_000}
	if err := wtx.Sign(key); err != nil {
		t.Fatal(err)
	}
	replayed, err := contracts.ExitSignature(wtx.Signature)
	if err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name string
		to   common.Address
		sig  bindings.EdDSASignature
		want string
	}{
		{"another account", to, sign(e.ChainID, e.D.Rollup, idx+1, to), "EdDSABadSignature"},
		{"another recipient", to, sign(e.ChainID, e.D.Rollup, idx, e.Users[6].Addr), "EdDSABadSignature"},
		{"recipient changed after signing", e.Users[6].Addr, good, "EdDSABadSignature"},
		{"another L1 chain id", to, sign(add(e.ChainID, 1), e.D.Rollup, idx, to), "EdDSABadSignature"},
		{"another rollup", to, sign(e.ChainID, e.D.Staking, idx, to), "EdDSABadSignature"},
		{"S + 1", to, with(func(s *bindings.EdDSASignature) { s.S.Add(s.S, big.NewInt(1)) }), "EdDSABadSignature"},
		{"S + l", to, with(func(s *bindings.EdDSASignature) { s.S.Add(s.S, curveOrder) }), "EdDSAScalarOutOfRange"},
		{"S = l", to, with(func(s *bindings.EdDSASignature) { s.S.Set(curveOrder) }), "EdDSAScalarOutOfRange"},
		{"S = 0", to, with(func(s *bindings.EdDSASignature) { s.S.SetInt64(0) }), "EdDSAScalarOutOfRange"},
		{"R another curve point", to, otherR, "EdDSABadSignature"},
		{"-R", to, with(func(s *bindings.EdDSASignature) { s.Rx.Sub(r, s.Rx) }), "EdDSABadSignature"},
		{"R off the curve", to, with(func(s *bindings.EdDSASignature) { s.Rx.Add(s.Rx, big.NewInt(1)) }), "EdDSAInvalidR"},
		{"R.x + r (non-canonical)", to, with(func(s *bindings.EdDSASignature) { s.Rx.Add(s.Rx, r) }), "EdDSAInvalidR"},
		{"R.y + r (non-canonical)", to, with(func(s *bindings.EdDSASignature) { s.Ry.Add(s.Ry, r) }), "EdDSAInvalidR"},
		{"R = identity", to, with(func(s *bindings.EdDSASignature) { s.Rx.SetInt64(0); s.Ry.SetInt64(1) }), "EdDSABadSignature"},
		{"R of order 2", to, with(func(s *bindings.EdDSASignature) { s.Rx.SetInt64(0); s.Ry.Sub(r, big.NewInt(1)) }), "EdDSABadSignature"},
		{"R + torsion", to, torsion, "EdDSABadSignature"},
		{"withdrawal signature replayed", to, replayed, "EdDSABadSignature"},
	}
	for _, c := range cases {
		_, err := e.Send(owner, e.Rollup, nil, ec.exitArgs(idx, 7_000, c.to, c.sig))
		if got := contracts.RevertName(err); got != c.want {
			t.Errorf("%s: got %q, want %s", c.name, got, c.want)
		}
	}
	// The ledger agrees on every case it can express (R a canonical curve
	// point and S < 2^256): none verifies as this exit.
	ex, err := contracts.Exit(e.ChainID, e.D.Rollup, idx, to)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		if sig, ok := ledgerSig(c.sig); ok && c.to == to {
			if err := ledger.VerifyExit(key.Public(), ex, sig); err == nil {
				t.Errorf("%s: the ledger accepts what the contract rejects", c.name)
			}
		}
	}

	// The fee vault (account 0, key (0, 0)) has a valid Merkle proof and no key.
	_, err = e.Send(owner, e.Rollup, nil, ec.exitArgs(ledger.FeeVaultIndex, 0, to, good))
	e.Reverts(err, "EdDSAInvalidKey")

	before := e.Balance(to)
	rc := e.Must(e.Users[3], e.Rollup, nil, ec.exitArgs(idx, 7_000, to, good))
	if d := new(big.Int).Sub(e.Balance(to), before); d.Cmp(te.Gwei(7_000)) != 0 {
		t.Fatalf("owner paid %v wei, want 7,000 gwei", d)
	}
	ev, err := e.RollupABI.UnpackAccountExitedEvent(rc.Logs[len(rc.Logs)-1])
	if err != nil || ev.Account != idx || ev.To != to || ev.AmountGwei != 7_000 {
		t.Fatalf("AccountExited %+v (%v)", ev, err)
	}
	_, err = e.Send(owner, e.Rollup, nil, ec.exitArgs(idx, 7_000, to, good))
	e.Reverts(err, "AlreadyExited")
}

// ledgerSig is the ledger's 64-byte form of an affine signature, when there
// is one (R a canonical curve point, S below 2^256).
func ledgerSig(s bindings.EdDSASignature) (sig [ledger.SignatureSize]byte, ok bool) {
	if s.Rx.Cmp(contracts.FieldModulus) >= 0 || s.Ry.Cmp(contracts.FieldModulus) >= 0 || s.S.BitLen() > 256 {
		return sig, false
	}
	var p twistededwards.PointAffine
	p.X.SetBigInt(s.Rx)
	p.Y.SetBigInt(s.Ry)
	if !p.IsOnCurve() {
		return sig, false
	}
	enc := p.Bytes()
	copy(sig[:32], enc[:])
	s.S.FillBytes(sig[32:])
	return sig, true
}

// TestExitMessageMatchesLedger: Rollup.exitMessage is the ledger's
// Exit.SigningHash for this deployment, for random accounts and recipients.
func TestExitMessageMatchesLedger(t *testing.T) {
	e := te.New(t, 1, nil)
	defer e.Close()
	var seed fr.Element
	for i := 0; i < 16; i++ {
		seed.SetRandom()
		b := seed.Bytes()
		account := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
		if i == 0 {
			account = 0
		}
		to := common.BytesToAddress(b[4:24])
		ex, err := contracts.Exit(e.ChainID, e.D.Rollup, account, to)
		if err != nil {
			t.Fatal(err)
		}
		want := ex.SigningHash()
		got := te.Call(e, e.Rollup, e.RollupABI.PackExitMessage(account, to), e.RollupABI.UnpackExitMessage)
		if common.BigToHash(got) != common.Hash(want) {
			t.Fatalf("exitMessage(%d, %s) = %x, ledger %s", account, to, got, want)
		}
	}
}
