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

// Sizes of the encodings.
const (
	// FieldElementSize is an EIP-2537 field element: 16 zero bytes, then
	// the 48-byte big-endian value.
	FieldElementSize = 64
	// G1Size is an EIP-2537 G1 point: x || y.
	G1Size = 2 * FieldElementSize
	// G2Size is an EIP-2537 G2 point: x.c0 || x.c1 || y.c0 || y.c1.
	G2Size = 4 * FieldElementSize
	// SecretKeySize is a secret key's big-endian encoding.
	SecretKeySize = fr.Bytes
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

// RandomScalar draws a secret scalar in [1, r) from rnd (crypto/rand when
// nil): 48 bytes reduced mod r, a bias below 2^-128.
func RandomScalar(rnd io.Reader) (fr.Element, error) {
	if rnd == nil {
		rnd = rand.Reader
	}
	for {
		var b [48]byte
		if _, err := io.ReadFull(rnd, b[:]); err != nil {
			return fr.Element{}, fmt.Errorf("bls: read randomness: %w", err)
		}
		var s fr.Element
		s.SetBigInt(new(big.Int).SetBytes(b[:]))
		if !s.IsZero() {
			return s, nil
		}
	}
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
func EncodeG1(p *bls12381.G1Affine) [G1Size]byte {
	var out [G1Size]byte
	if p.IsInfinity() {
		return out
	}
	x, y := EncodeFp(&p.X), EncodeFp(&p.Y)
	copy(out[:64], x[:])
	copy(out[64:], y[:])
	return out
}

// EncodeG2 is EIP-2537's encoding of a G2 point (all zeros: infinity).
func EncodeG2(p *bls12381.G2Affine) [G2Size]byte {
	var out [G2Size]byte
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
	if len(b) != G1Size {
		return p, fmt.Errorf("%w: G1 point of %d bytes, want %d", ErrInvalidEncoding, len(b), G1Size)
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
	if len(b) != G2Size {
		return p, fmt.Errorf("%w: G2 point of %d bytes, want %d", ErrInvalidEncoding, len(b), G2Size)
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
