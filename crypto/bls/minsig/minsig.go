package minsig

import (
	"fmt"
	"io"
	"math/big"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"

	"github.com/mycel-network/mycel/crypto/bls"
)

// Domain separation tags (RFC 9380 section 3.1): the IETF BLS draft's
// ciphersuite names for the proof-of-possession scheme with signatures in
// G1, prefixed with MYCEL_; the proof-of-possession tag differs from the
// signature tag, so that a proof of possession is never a signature of a
// message. contracts/src/BLSMinSig.sol holds the same strings.
const (
	SignatureDST = "MYCEL_BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_"
	PoPDST       = "MYCEL_BLS_POP_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_"
)

// Sizes of the encodings.
const (
	// PublicKeySize is an EIP-2537 G2 point: x.c0 || x.c1 || y.c0 || y.c1.
	PublicKeySize = 4 * bls.FieldElementSize
	// SignatureSize is an EIP-2537 G1 point: x || y.
	SignatureSize = 2 * bls.FieldElementSize
	// SecretKeySize is a secret key's big-endian encoding.
	SecretKeySize = bls.SecretKeySize
	// CompressedPublicKeySize is the ZCash compressed G2 encoding (x.c1
	// with the flags, then x.c0), the message a proof of possession signs.
	CompressedPublicKeySize = bls12381.SizeOfG2AffineCompressed
)

// The errors are package bls's (one set for the encodings and the
// signatures).
var (
	ErrBadSignature      = bls.ErrBadSignature
	ErrInfinityPublicKey = bls.ErrInfinityPublicKey
	ErrInvalidEncoding   = bls.ErrInvalidEncoding
	ErrInvalidSecretKey  = bls.ErrInvalidSecretKey
	ErrEmpty             = bls.ErrEmpty
)

// SecretKey is a scalar in [1, r).
type SecretKey struct{ s fr.Element }

// PublicKey is [sk]G2, never the point at infinity.
type PublicKey struct{ p bls12381.G2Affine }

// Signature is a point of G1: [sk]H(m), or a sum of such.
type Signature struct{ p bls12381.G1Affine }

// GenerateKey draws a secret key from r (crypto/rand when nil).
func GenerateKey(r io.Reader) (*SecretKey, error) {
	s, err := bls.RandomScalar(r)
	if err != nil {
		return nil, err
	}
	return &SecretKey{s: s}, nil
}

// SecretKeyFromBytes decodes a big-endian scalar in [1, r).
func SecretKeyFromBytes(b []byte) (*SecretKey, error) {
	if len(b) != SecretKeySize {
		return nil, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidSecretKey, len(b), SecretKeySize)
	}
	var sk SecretKey
	if err := sk.s.SetBytesCanonical(b); err != nil || sk.s.IsZero() {
		return nil, ErrInvalidSecretKey
	}
	return &sk, nil
}

// Bytes is the secret key's big-endian encoding.
func (sk *SecretKey) Bytes() [SecretKeySize]byte { return sk.s.Bytes() }

// PublicKey is [sk]G2.
func (sk *SecretKey) PublicKey() *PublicKey {
	var pk PublicKey
	pk.p.ScalarMultiplicationBase(sk.s.BigInt(new(big.Int)))
	return &pk
}

// Sign signs msg under SignatureDST: [sk]H(msg), H hashing to G1.
func (sk *SecretKey) Sign(msg []byte) *Signature { return sk.sign(msg, SignatureDST) }

// ProvePossession is the proof of possession of sk's public key: the
// signature, under PoPDST, of the key's 96-byte compressed encoding (the
// draft's PopProve).
func (sk *SecretKey) ProvePossession() *Signature {
	c := sk.PublicKey().Compressed()
	return sk.sign(c[:], PoPDST)
}

// ProvePossessionFor is a proof of possession bound to context: the
// signature, under PoPDST, of the key's 96-byte compressed encoding
// followed by context. contracts/src/BLSRegistry.sol wants one with
// context = blsPopContext(owner) (chain, registry and owner), so that
// whoever copies a key and its proof cannot register them for another
// owner (ADR 031, "Wiring: StakingRegistry"). The key still comes first,
// under the proof-of-possession tag: it proves possession as
// ProvePossession does.
func (sk *SecretKey) ProvePossessionFor(context []byte) *Signature {
	return sk.sign(popMessage(sk.PublicKey(), context), PoPDST)
}

// VerifyProofOfPossessionFor checks pop as ProvePossessionFor(context) by
// pk's secret key.
func VerifyProofOfPossessionFor(pk *PublicKey, context []byte, pop *Signature) error {
	return verify(pk, popMessage(pk, context), PoPDST, pop)
}

func popMessage(pk *PublicKey, context []byte) []byte {
	c := pk.Compressed()
	return append(c[:], context...)
}

func (sk *SecretKey) sign(msg []byte, dst string) *Signature {
	h := HashToG1(msg, []byte(dst))
	var sig Signature
	sig.p.ScalarMultiplication(&h, sk.s.BigInt(new(big.Int)))
	return &sig
}

// HashToG1 is RFC 9380's hash_to_curve for BLS12381G1_XMD:SHA-256_SSWU_RO_
// with tag dst (at most 255 bytes).
func HashToG1(msg, dst []byte) bls12381.G1Affine {
	h, err := bls12381.HashToG1(msg, dst)
	if err != nil {
		// Only a tag over 255 bytes fails; the package's tags do not.
		panic(fmt.Sprintf("bls/minsig: hash to G1: %v", err))
	}
	return h
}

// Verify checks sig as pk's signature of msg under SignatureDST.
func Verify(pk *PublicKey, msg []byte, sig *Signature) error {
	return verify(pk, msg, SignatureDST, sig)
}

// VerifyProofOfPossession checks pop as the proof of possession of pk's
// secret key. Only keys that passed it may be aggregated.
func VerifyProofOfPossession(pk *PublicKey, pop *Signature) error {
	c := pk.Compressed()
	return verify(pk, c[:], PoPDST, pop)
}

// VerifyAggregate checks sig as the aggregate signature of msg by every
// key of pks (the draft's FastAggregateVerify). Each key must have passed
// VerifyProofOfPossession.
func VerifyAggregate(pks []*PublicKey, msg []byte, sig *Signature) error {
	apk, err := AggregatePublicKeys(pks...)
	if err != nil {
		return err
	}
	return Verify(apk, msg, sig)
}

// verify checks e(sig, G2) == e(H(msg), pk), as one pairing product
// e(H(msg), pk) * e(sig, -G2) == 1, the check BLSMinSig.sol hands the
// precompile.
func verify(pk *PublicKey, msg []byte, dst string, sig *Signature) error {
	if pk.p.IsInfinity() {
		return ErrInfinityPublicKey
	}
	if !pk.p.IsOnCurve() || !pk.p.IsInSubGroup() || !sig.p.IsOnCurve() || !sig.p.IsInSubGroup() {
		return ErrInvalidEncoding
	}
	h := HashToG1(msg, []byte(dst))
	_, _, _, g2 := bls12381.Generators()
	var negG2 bls12381.G2Affine
	negG2.Neg(&g2)
	ok, err := bls12381.PairingCheck([]bls12381.G1Affine{h, sig.p}, []bls12381.G2Affine{pk.p, negG2})
	if err != nil {
		return fmt.Errorf("bls/minsig: pairing: %w", err)
	}
	if !ok {
		return ErrBadSignature
	}
	return nil
}

// AggregatePublicKeys is the sum of pks; the sum must not be the point at
// infinity.
func AggregatePublicKeys(pks ...*PublicKey) (*PublicKey, error) {
	if len(pks) == 0 {
		return nil, ErrEmpty
	}
	var acc bls12381.G2Jac
	for _, pk := range pks {
		if pk.p.IsInfinity() {
			return nil, ErrInfinityPublicKey
		}
		acc.AddMixed(&pk.p)
	}
	var out PublicKey
	out.p.FromJacobian(&acc)
	if out.p.IsInfinity() {
		return nil, ErrInfinityPublicKey
	}
	return &out, nil
}

// AggregateSignatures is the sum of sigs.
func AggregateSignatures(sigs ...*Signature) (*Signature, error) {
	if len(sigs) == 0 {
		return nil, ErrEmpty
	}
	var acc bls12381.G1Jac
	for _, s := range sigs {
		acc.AddMixed(&s.p)
	}
	var out Signature
	out.p.FromJacobian(&acc)
	return &out, nil
}

// Equal reports whether pk and o are the same key.
func (pk *PublicKey) Equal(o *PublicKey) bool { return pk.p.Equal(&o.p) }

// Equal reports whether s and o are the same signature.
func (s *Signature) Equal(o *Signature) bool { return s.p.Equal(&o.p) }

// Point is the key as a gnark-crypto point.
func (pk *PublicKey) Point() bls12381.G2Affine { return pk.p }

// Point is the signature as a gnark-crypto point.
func (s *Signature) Point() bls12381.G1Affine { return s.p }

// Compressed is the key's ZCash compressed encoding (96 bytes: x.c1 with
// the compression flag and, when y is the lexicographically larger root,
// the sign flag in its top bits, then x.c0), the message a proof of
// possession signs.
func (pk *PublicKey) Compressed() [CompressedPublicKeySize]byte { return pk.p.Bytes() }

// Bytes is the key's EIP-2537 G2 encoding.
func (pk *PublicKey) Bytes() [PublicKeySize]byte { return bls.EncodeG2(&pk.p) }

// Bytes is the signature's EIP-2537 G1 encoding.
func (s *Signature) Bytes() [SignatureSize]byte { return bls.EncodeG1(&s.p) }

// PublicKeyFromBytes decodes an EIP-2537 G2 encoding of a key: a point of
// the prime-order subgroup other than the point at infinity.
func PublicKeyFromBytes(b []byte) (*PublicKey, error) {
	p, err := bls.DecodeG2(b)
	if err != nil {
		return nil, err
	}
	if p.IsInfinity() {
		return nil, ErrInfinityPublicKey
	}
	return &PublicKey{p: p}, nil
}

// SignatureFromBytes decodes an EIP-2537 G1 encoding of a point of the
// prime-order subgroup.
func SignatureFromBytes(b []byte) (*Signature, error) {
	p, err := bls.DecodeG1(b)
	if err != nil {
		return nil, err
	}
	return &Signature{p: p}, nil
}
