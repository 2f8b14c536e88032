package bls

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"math/big"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fr"
)

// Domain separation tags (RFC 9380 section 3.1). The signature tag follows
// the IETF BLS draft's ciphersuite name for the proof-of-possession scheme
// with signatures in G2, prefixed with MYCEL_ so that no other protocol's
// signature verifies as a mycel one; the proof-of-possession tag differs,
// so that a proof of possession is never a signature of a message.
// contracts/src/BLS.sol holds the same strings.
const (
	SignatureDST = "MYCEL_BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"
	PoPDST       = "MYCEL_BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_"
)

// Sizes of the encodings.
const (
	// FieldElementSize is an EIP-2537 field element: 16 zero bytes, then
	// the 48-byte big-endian value.
	FieldElementSize = 64
	// PublicKeySize is an EIP-2537 G1 point: x || y.
	PublicKeySize = 2 * FieldElementSize
	// SignatureSize is an EIP-2537 G2 point: x.c0 || x.c1 || y.c0 || y.c1.
	SignatureSize = 4 * FieldElementSize
	// SecretKeySize is a secret key's big-endian encoding.
	SecretKeySize = fr.Bytes
	// CompressedPublicKeySize is the ZCash compressed G1 encoding, the
	// message a proof of possession signs (the draft's point_to_pubkey).
	CompressedPublicKeySize = bls12381.SizeOfG1AffineCompressed
)

// Errors a caller can match with errors.Is.
var (
	// ErrBadSignature: the signature does not verify for that key and message.
	ErrBadSignature = errors.New("bls: signature does not verify")
	// ErrInfinityPublicKey: the public key (or an aggregate key) is the point at infinity.
	ErrInfinityPublicKey = errors.New("bls: public key is the point at infinity")
	// ErrInvalidEncoding: the bytes are no canonical EIP-2537 encoding of a
	// point of the prime-order subgroup (length, non-zero padding, a field
	// element >= p, off the curve, outside the subgroup).
	ErrInvalidEncoding = errors.New("bls: invalid point encoding")
	// ErrInvalidSecretKey: the secret key is zero or not below the group order.
	ErrInvalidSecretKey = errors.New("bls: invalid secret key")
	// ErrEmpty: nothing to aggregate.
	ErrEmpty = errors.New("bls: nothing to aggregate")
)

// SecretKey is a scalar in [1, r).
type SecretKey struct{ s fr.Element }

// PublicKey is [sk]G1, never the point at infinity.
type PublicKey struct{ p bls12381.G1Affine }

// Signature is a point of G2: [sk]H(m), or a sum of such.
type Signature struct{ p bls12381.G2Affine }

// GenerateKey draws a secret key from r (crypto/rand when nil).
func GenerateKey(r io.Reader) (*SecretKey, error) {
	if r == nil {
		r = rand.Reader
	}
	for {
		// 48 bytes reduced mod r: a bias below 2^-128.
		var b [48]byte
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, fmt.Errorf("bls: read randomness: %w", err)
		}
		var sk SecretKey
		sk.s.SetBigInt(new(big.Int).SetBytes(b[:]))
		if !sk.s.IsZero() {
			return &sk, nil
		}
	}
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

// PublicKey is [sk]G1.
func (sk *SecretKey) PublicKey() *PublicKey {
	var pk PublicKey
	pk.p.ScalarMultiplicationBase(sk.s.BigInt(new(big.Int)))
	return &pk
}

// Sign signs msg under SignatureDST: [sk]H(msg).
func (sk *SecretKey) Sign(msg []byte) *Signature { return sk.sign(msg, SignatureDST) }

// ProvePossession is the proof of possession of sk's public key: the
// signature, under PoPDST, of the key's compressed encoding (the draft's
// PopProve).
func (sk *SecretKey) ProvePossession() *Signature {
	c := sk.PublicKey().Compressed()
	return sk.sign(c[:], PoPDST)
}

func (sk *SecretKey) sign(msg []byte, dst string) *Signature {
	h := HashToG2(msg, []byte(dst))
	var sig Signature
	sig.p.ScalarMultiplication(&h, sk.s.BigInt(new(big.Int)))
	return &sig
}

// HashToG2 is RFC 9380's hash_to_curve for BLS12381G2_XMD:SHA-256_SSWU_RO_
// with tag dst (at most 255 bytes).
func HashToG2(msg, dst []byte) bls12381.G2Affine {
	h, err := bls12381.HashToG2(msg, dst)
	if err != nil {
		// Only a tag over 255 bytes fails; the package's tags do not.
		panic(fmt.Sprintf("bls: hash to G2: %v", err))
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

// verify checks e(pk, H(msg)) == e(G1, sig), as one pairing product
// e(pk, H(msg)) * e(-G1, sig) == 1, the check BLS.sol hands the precompile.
func verify(pk *PublicKey, msg []byte, dst string, sig *Signature) error {
	if pk.p.IsInfinity() {
		return ErrInfinityPublicKey
	}
	if !pk.p.IsOnCurve() || !pk.p.IsInSubGroup() || !sig.p.IsOnCurve() || !sig.p.IsInSubGroup() {
		return ErrInvalidEncoding
	}
	h := HashToG2(msg, []byte(dst))
	_, _, g1, _ := bls12381.Generators()
	var negG1 bls12381.G1Affine
	negG1.Neg(&g1)
	ok, err := bls12381.PairingCheck([]bls12381.G1Affine{pk.p, negG1}, []bls12381.G2Affine{h, sig.p})
	if err != nil {
		return fmt.Errorf("bls: pairing: %w", err)
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
	var acc bls12381.G1Jac
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
	var acc bls12381.G2Jac
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
func (pk *PublicKey) Point() bls12381.G1Affine { return pk.p }

// Point is the signature as a gnark-crypto point.
func (s *Signature) Point() bls12381.G2Affine { return s.p }

// Compressed is the key's ZCash compressed encoding (48 bytes, the top
// bits flagging compression and the sign of y), the message a proof of
// possession signs.
func (pk *PublicKey) Compressed() [CompressedPublicKeySize]byte { return pk.p.Bytes() }

// Bytes is the key's EIP-2537 G1 encoding.
func (pk *PublicKey) Bytes() [PublicKeySize]byte { return EncodeG1(&pk.p) }

// Bytes is the signature's EIP-2537 G2 encoding.
func (s *Signature) Bytes() [SignatureSize]byte { return EncodeG2(&s.p) }

// PublicKeyFromBytes decodes an EIP-2537 G1 encoding of a key: a point of
// the prime-order subgroup other than the point at infinity.
func PublicKeyFromBytes(b []byte) (*PublicKey, error) {
	p, err := DecodeG1(b)
	if err != nil {
		return nil, err
	}
	if p.IsInfinity() {
		return nil, ErrInfinityPublicKey
	}
	return &PublicKey{p: p}, nil
}

// SignatureFromBytes decodes an EIP-2537 G2 encoding of a point of the
// prime-order subgroup.
func SignatureFromBytes(b []byte) (*Signature, error) {
	p, err := DecodeG2(b)
	if err != nil {
		return nil, err
	}
	return &Signature{p: p}, nil
}

// EncodeFp is EIP-2537's 64-byte encoding of a field element.
func EncodeFp(e *fp.Element) [FieldElementSize]byte {
	var out [FieldElementSize]byte
	b := e.Bytes()
	copy(out[FieldElementSize-fp.Bytes:], b[:])
	return out
}

// DecodeFp decodes EIP-2537's 64-byte encoding: zero padding, value < p.
func DecodeFp(b []byte) (fp.Element, error) {
	var e fp.Element
	if len(b) != FieldElementSize {
		return e, fmt.Errorf("%w: field element of %d bytes", ErrInvalidEncoding, len(b))
	}
	for _, c := range b[:FieldElementSize-fp.Bytes] {
		if c != 0 {
			return e, fmt.Errorf("%w: non-zero padding", ErrInvalidEncoding)
		}
	}
	if err := e.SetBytesCanonical(b[FieldElementSize-fp.Bytes:]); err != nil {
		return e, fmt.Errorf("%w: field element not below p", ErrInvalidEncoding)
	}
	return e, nil
}

// EncodeG1 is EIP-2537's encoding of a G1 point (all zeros: infinity).
func EncodeG1(p *bls12381.G1Affine) [PublicKeySize]byte {
	var out [PublicKeySize]byte
	if p.IsInfinity() {
		return out
	}
	x, y := EncodeFp(&p.X), EncodeFp(&p.Y)
	copy(out[:64], x[:])
	copy(out[64:], y[:])
	return out
}

// EncodeG2 is EIP-2537's encoding of a G2 point (all zeros: infinity).
func EncodeG2(p *bls12381.G2Affine) [SignatureSize]byte {
	var out [SignatureSize]byte
	if p.IsInfinity() {
		return out
	}
	for i, e := range []*fp.Element{&p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1} {
		b := EncodeFp(e)
		copy(out[i*64:], b[:])
	}
	return out
}

// DecodeG1 decodes EIP-2537's encoding of a G1 point and checks, as the
// MSM and pairing precompiles do, that it is on the curve and in the
// prime-order subgroup (the point at infinity passes).
func DecodeG1(b []byte) (bls12381.G1Affine, error) {
	var p bls12381.G1Affine
	if len(b) != PublicKeySize {
		return p, fmt.Errorf("%w: G1 point of %d bytes, want %d", ErrInvalidEncoding, len(b), PublicKeySize)
	}
	var err error
	if p.X, err = DecodeFp(b[:64]); err != nil {
		return p, err
	}
	if p.Y, err = DecodeFp(b[64:]); err != nil {
		return p, err
	}
	if p.IsInfinity() {
		return p, nil
	}
	if !p.IsOnCurve() {
		return p, fmt.Errorf("%w: G1 point not on the curve", ErrInvalidEncoding)
	}
	if !p.IsInSubGroup() {
		return p, fmt.Errorf("%w: G1 point not in the subgroup", ErrInvalidEncoding)
	}
	return p, nil
}

// DecodeG2 decodes EIP-2537's encoding of a G2 point and checks that it is
// on the curve and in the prime-order subgroup (the point at infinity passes).
func DecodeG2(b []byte) (bls12381.G2Affine, error) {
	var p bls12381.G2Affine
	if len(b) != SignatureSize {
		return p, fmt.Errorf("%w: G2 point of %d bytes, want %d", ErrInvalidEncoding, len(b), SignatureSize)
	}
	for i, e := range []*fp.Element{&p.X.A0, &p.X.A1, &p.Y.A0, &p.Y.A1} {
		v, err := DecodeFp(b[i*64 : (i+1)*64])
		if err != nil {
			return p, err
		}
		*e = v
	}
	if p.IsInfinity() {
		return p, nil
	}
	if !p.IsOnCurve() {
		return p, fmt.Errorf("%w: G2 point not on the curve", ErrInvalidEncoding)
	}
	if !p.IsInSubGroup() {
		return p, fmt.Errorf("%w: G2 point not in the subgroup", ErrInvalidEncoding)
	}
	return p, nil
}
