package ledger

import (
	"errors"
	"testing"
)

func testExit() *Exit {
	return &Exit{
		L1ChainID: 1337,
		Rollup:    [20]byte{0xaa, 0xbb, 19: 0x01},
		Account:   3,
		Recipient: [20]byte{0x11, 0x22, 19: 0x33},
	}
}

func TestExitSignVerify(t *testing.T) {
	k := testKey(t, 1)
	ex := testExit()
	sig, err := k.SignExit(ex)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyExit(k.Public(), ex, sig); err != nil {
		t.Fatalf("valid exit signature rejected: %v", err)
	}
	if again, _ := k.SignExit(ex); again != sig {
		t.Fatal("exit signing is not deterministic")
	}
	if err := VerifyExit(testKey(t, 2).Public(), ex, sig); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("wrong key: %v", err)
	}
	for name, mut := range map[string]func(*Exit){
		"chain":     func(e *Exit) { e.L1ChainID++ },
		"rollup":    func(e *Exit) { e.Rollup[19]++ },
		"account":   func(e *Exit) { e.Account++ },
		"recipient": func(e *Exit) { e.Recipient[0]++ },
	} {
		c := *ex
		mut(&c)
		if err := VerifyExit(k.Public(), &c, sig); !errors.Is(err, ErrBadSignature) {
			t.Errorf("%s changed but the exit signature still verifies: %v", name, err)
		}
	}
}

// TestExitAndTxDomainsSeparate: the two signing domains differ, and a
// signature of one kind never verifies as the other, even when the
// messages share every value they can share.
func TestExitAndTxDomainsSeparate(t *testing.T) {
	if ExitDomain() == TxDomain() {
		t.Fatal("exit and transaction domains are equal")
	}
	k := testKey(t, 1)
	ex := testExit()
	// A withdrawal with the exit's values where the layouts line up.
	w := signedWithdraw(t, k, ex.Account, ex.Recipient, 1, 0, 0)
	if err := VerifyExit(k.Public(), ex, w.Signature); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("withdrawal signature accepted as an exit: %v", err)
	}
	sig, err := k.SignExit(ex)
	if err != nil {
		t.Fatal(err)
	}
	w.Signature = sig
	if err := VerifyHash(k.Public(), w.SigningHash(), w.Signature); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("exit signature accepted as a withdrawal: %v", err)
	}
	f := ex.SigningFields()
	if f[0] != ExitDomain() {
		t.Fatalf("first exit field %s, want the exit domain", f[0])
	}
}

func TestForcedExitMessage(t *testing.T) {
	k := testKey(t, 1)
	f := &ForcedExitRequest{L1ChainID: 1337, Rollup: [20]byte{0xaa, 19: 1}, Account: 3, Recipient: [20]byte{0x11, 19: 0x33}, Salt: 7}
	sig, err := k.SignForcedExit(f)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyHash(k.Public(), f.SigningHash(), sig); err != nil {
		t.Fatal(err)
	}
	// Every field is bound, and the domain differs from the escape exit's
	// and the transactions': no signature serves two purposes.
	ex := &Exit{L1ChainID: f.L1ChainID, Rollup: f.Rollup, Account: f.Account, Recipient: f.Recipient}
	if ex.SigningHash() == f.SigningHash() {
		t.Fatal("forced-exit and exit messages coincide")
	}
	for name, mut := range map[string]func(*ForcedExitRequest){
		"chain":     func(c *ForcedExitRequest) { c.L1ChainID++ },
		"rollup":    func(c *ForcedExitRequest) { c.Rollup[19]++ },
		"account":   func(c *ForcedExitRequest) { c.Account++ },
		"recipient": func(c *ForcedExitRequest) { c.Recipient[0]++ },
		"salt":      func(c *ForcedExitRequest) { c.Salt++ },
	} {
		c := *f
		mut(&c)
		if err := VerifyHash(k.Public(), c.SigningHash(), sig); !errors.Is(err, ErrBadSignature) {
			t.Fatalf("%s changed, signature still verifies: %v", name, err)
		}
	}
}
