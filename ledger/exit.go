package ledger

import (
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// exitDomain is the first element of every exit message: the ASCII bytes of
// "mycel.exit.v1" read as a big-endian integer. It differs from txDomain, so
// no transaction signature is an exit signature and no exit signature is a
// transaction signature (docs/protocol.md section 11).
var exitDomain = func() fr.Element {
	var e fr.Element
	e.SetBytes([]byte("mycel.exit.v1"))
	return e
}()

// ExitDomain returns the exit signing domain tag as a field element hash.
func ExitDomain() Hash { return hashOf(&exitDomain) }

// Exit is what an account's key authorises when it leaves L2 through the
// Rollup contract's escape hatch (docs/protocol.md section 11): account
// Account of the rollup at L1 address Rollup on L1 chain L1ChainID pays its
// whole balance to Recipient. The ledger only defines and signs the message;
// the contract checks the signature (Rollup.exitAccount).
type Exit struct {
	L1ChainID uint64   // EIP-155 chain id of the L1 the Rollup lives on
	Rollup    [20]byte // the Rollup contract's address
	Account   uint32   // the exiting account's index
	Recipient [20]byte // the L1 address paid
}

// SigningFields returns the field elements hashed into SigningHash, in
// order: domain, L1 chain id, rollup (a 160-bit integer), account,
// recipient (a 160-bit integer).
func (e *Exit) SigningFields() [5]Hash {
	var rollup, to fr.Element
	rollup.SetBytes(e.Rollup[:])
	to.SetBytes(e.Recipient[:])
	es := [5]fr.Element{exitDomain, u64(e.L1ChainID), rollup, u64(uint64(e.Account)), to}
	var out [5]Hash
	for i := range es {
		out[i] = hashOf(&es[i])
	}
	return out
}

// SigningHash is the exit message an account's key signs:
//
//	Poseidon2-MD(exitDomain, l1ChainID, rollup, account, recipient)
func (e *Exit) SigningHash() Hash {
	f := e.SigningFields()
	return HashElements(f[:]...)
}

// SignExit signs e with k: the signature Rollup.exitAccount checks before it
// pays the account's balance to e.Recipient. Sign only for the account k
// owns: anyone may submit the signature, and it stays valid for good.
func (k *PrivateKey) SignExit(e *Exit) ([SignatureSize]byte, error) {
	return k.SignHash(e.SigningHash())
}

// VerifyExit checks sig as an exit signature of e under pk, with exactly
// the rules of VerifyHash (the rules the Rollup contract applies).
func VerifyExit(pk PublicKey, e *Exit, sig [SignatureSize]byte) error {
	return VerifyHash(pk, e.SigningHash(), sig)
}

// forcedDomain starts every forced-exit message: ASCII "mycel.forced.v1"
// as a big-endian integer (docs/protocol.md section 12), distinct from the
// transaction and exit domains.
var forcedDomain = func() fr.Element {
	var e fr.Element
	e.SetBytes([]byte("mycel.forced.v1"))
	return e
}()

// ForcedExitRequest is what an account's key authorises when it asks the
// Rollup contract to force its exit while the rollup runs (docs/protocol.md
// section 12): the validators must then withdraw the account's whole balance
// to Recipient within the inclusion deadline. Salt makes each request
// unique: the Rollup accepts a message once.
type ForcedExitRequest struct {
	L1ChainID uint64   // EIP-155 chain id of the L1 the Rollup lives on
	Rollup    [20]byte // the Rollup contract's address
	Account   uint32   // the account's index
	Recipient [20]byte // the L1 address paid
	Salt      uint64   // any value not used before for this account and recipient
}

// SigningHash is the message the account's key signs:
//
//	Poseidon2-MD(forcedDomain, l1ChainID, rollup, account, recipient, salt)
func (f *ForcedExitRequest) SigningHash() Hash {
	var rollup, to fr.Element
	rollup.SetBytes(f.Rollup[:])
	to.SetBytes(f.Recipient[:])
	es := [6]fr.Element{forcedDomain, u64(f.L1ChainID), rollup, u64(uint64(f.Account)), to, u64(f.Salt)}
	var hs [6]Hash
	for i := range es {
		hs[i] = hashOf(&es[i])
	}
	return HashElements(hs[:]...)
}

// SignForcedExit signs f with k, for Rollup.requestForcedExit.
func (k *PrivateKey) SignForcedExit(f *ForcedExitRequest) ([SignatureSize]byte, error) {
	return k.SignHash(f.SigningHash())
}
