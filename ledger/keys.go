package ledger

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	gcposeidon2 "github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
)

const (
	// PublicKeySize is the compressed encoding of a public key: the point's
	// Y coordinate little-endian with the sign of X in the top bit (RFC 8032
	// style, gnark-crypto's PointAffine.Bytes).
	PublicKeySize = 32
	// SignatureSize is R (compressed point, 32 bytes) || S (32 bytes, big-endian).
	SignatureSize = 64
	// SeedSize is the size of a private key seed.
	SeedSize = 32
)

// PublicKey is a compressed point of the BN254 twisted Edwards curve
// ("baby jubjub" over BN254's scalar field). Only points of the prime-order
// subgroup other than the identity are valid keys.
type PublicKey [PublicKeySize]byte

// String returns the key as 0x-prefixed hex.
func (pk PublicKey) String() string { return "0x" + hex.EncodeToString(pk[:]) }

// MarshalText implements encoding.TextMarshaler.
func (pk PublicKey) MarshalText() ([]byte, error) { return []byte(pk.String()), nil }

// UnmarshalText parses 0x-prefixed hex and validates the point.
func (pk *PublicKey) UnmarshalText(b []byte) error {
	s := string(b)
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
	}
	raw, err := hex.DecodeString(s)
	if err != nil || len(raw) != PublicKeySize {
		return fmt.Errorf("%w: want %d bytes of hex, got %q", ErrInvalidPublicKey, PublicKeySize, b)
	}
	var k PublicKey
	copy(k[:], raw)
	if err := k.Validate(); err != nil {
		return err
	}
	*pk = k
	return nil
}

// Point decodes the key and checks it: canonical encoding, on the curve, in
// the prime-order subgroup, not the identity.
func (pk PublicKey) Point() (twistededwards.PointAffine, error) {
	return decodePoint(pk[:])
}

// Validate reports whether pk is a usable public key.
func (pk PublicKey) Validate() error {
	_, err := pk.Point()
	return err
}

// decodePoint decodes a compressed point strictly: the encoding must be the
// unique canonical one (Y < p, sign bit consistent), the point on the curve,
// in the prime-order subgroup and not the identity.
func decodePoint(b []byte) (twistededwards.PointAffine, error) {
	var p twistededwards.PointAffine
	if len(b) != PublicKeySize {
		return p, fmt.Errorf("%w: %d bytes, want %d", ErrInvalidPublicKey, len(b), PublicKeySize)
	}
	if _, err := p.SetBytes(b); err != nil {
		return p, fmt.Errorf("%w: %v", ErrInvalidPublicKey, err)
	}
	if !p.IsOnCurve() {
		return p, fmt.Errorf("%w: not on the curve", ErrInvalidPublicKey)
	}
	if enc := p.Bytes(); !bytes.Equal(enc[:], b) {
		return p, fmt.Errorf("%w: non-canonical point encoding", ErrInvalidPublicKey)
	}
	if p.IsZero() {
		return p, fmt.Errorf("%w: identity point", ErrInvalidPublicKey)
	}
	if !p.IsInSubGroup() {
		return p, fmt.Errorf("%w: not in the prime-order subgroup (small order or torsion component)", ErrInvalidPublicKey)
	}
	return p, nil
}

// PrivateKey is a user's EdDSA signing key.
type PrivateKey struct {
	seed [SeedSize]byte
	key  *eddsa.PrivateKey
	pub  PublicKey
}

// NewPrivateKey derives a private key from a 32-byte seed. The derivation is
// gnark-crypto's eddsa.GenerateKey reading the seed: blake2b-512 of the seed,
// pruned low half as the scalar, high half as the nonce source.
func NewPrivateKey(seed [SeedSize]byte) (*PrivateKey, error) {
	k, err := eddsa.GenerateKey(bytes.NewReader(seed[:]))
	if err != nil {
		return nil, fmt.Errorf("derive key: %w", err)
	}
	priv := &PrivateKey{seed: seed, key: k}
	copy(priv.pub[:], k.PublicKey.Bytes())
	return priv, nil
}

// Seed returns the seed the key was derived from (the secret to store).
func (k *PrivateKey) Seed() [SeedSize]byte { return k.seed }

// Public returns the public key.
func (k *PrivateKey) Public() PublicKey { return k.pub }

// SignHash signs a 32-byte message hash (a canonical field element). EdDSA
// here is deterministic: the same key and message give the same signature.
func (k *PrivateKey) SignHash(msg Hash) ([SignatureSize]byte, error) {
	var out [SignatureSize]byte
	sig, err := k.key.Sign(msg[:], gcposeidon2.NewMerkleDamgardHasher())
	if err != nil {
		return out, fmt.Errorf("sign: %w", err)
	}
	copy(out[:], sig)
	return out, nil
}

var curveOrder = twistededwards.GetEdwardsCurve().Order

// VerifyHash checks sig over msg under pk. Beyond the EdDSA equation it
// rejects every malleable form: R must be a canonical encoding of a curve
// point, S must be below the subgroup order, and the check is cofactorless,
// so each (key, message) pair has exactly one accepted signature (a torsion
// component in R cannot satisfy [S]B = R + [k]A with A and B in the
// prime-order subgroup).
//
// The challenge is k = Poseidon2-MD(R.X, R.Y, A.X, A.Y, msg), the hash that
// gnark's std/signature/eddsa.Verify computes in a circuit with the same
// hasher. The circuit's check is cofactored ([8][S]B = [8](R + [k]A)), which
// every signature accepted here also satisfies.
func VerifyHash(pk PublicKey, msg Hash, sig [SignatureSize]byte) error {
	a, err := pk.Point()
	if err != nil {
		return err
	}
	return verifyPoint(&a, nil, msg, &sig)
}

// verifyPoint verifies against an already validated key point, using the
// key's precomputed table when there is one.
func verifyPoint(a *twistededwards.PointAffine, kt *keyTable, msg Hash, sig *[SignatureSize]byte) error {
	r, err := decodeSignatureR(*sig)
	if err != nil {
		return err
	}
	var s big.Int
	s.SetBytes(sig[32:])
	if s.Sign() == 0 || s.Cmp(&curveOrder) >= 0 {
		return fmt.Errorf("%w: S not in [1, subgroup order)", ErrBadSignature)
	}
	var m fr.Element
	if err := m.SetBytesCanonical(msg[:]); err != nil {
		return fmt.Errorf("%w: message is not a field element", ErrBadSignature)
	}
	kh := hashElements(r.X, r.Y, a.X, a.Y, m)
	var k big.Int
	kh.BigInt(&k)
	var lhs twistededwards.PointAffine
	lhs.ScalarMultiplicationBase(&s)
	var rhs twistededwards.PointExtended
	if kt != nil {
		rhs = kt.mul(&k)
	} else {
		var ka twistededwards.PointAffine
		ka.ScalarMultiplication(a, &k)
		rhs.FromAffine(&ka)
	}
	rhs.MixedAdd(&rhs, &r)
	// lhs == rhs in extended coordinates: X == x*Z and Y == y*Z.
	var x, y fr.Element
	x.Mul(&lhs.X, &rhs.Z)
	y.Mul(&lhs.Y, &rhs.Z)
	if !x.Equal(&rhs.X) || !y.Equal(&rhs.Y) {
		return ErrBadSignature
	}
	return nil
}

// decodeSignatureR decodes the R half of a signature: a canonical
// encoding of a curve point (any point: the verification equation, not this
// decoding, keeps torsion out).
func decodeSignatureR(sig [SignatureSize]byte) (twistededwards.PointAffine, error) {
	var r twistededwards.PointAffine
	if _, err := r.SetBytes(sig[:32]); err != nil {
		return r, fmt.Errorf("%w: R: %v", ErrBadSignature, err)
	}
	if !r.IsOnCurve() {
		return r, fmt.Errorf("%w: R is not on the curve", ErrBadSignature)
	}
	if enc := r.Bytes(); !bytes.Equal(enc[:], sig[:32]) {
		return r, fmt.Errorf("%w: non-canonical R", ErrBadSignature)
	}
	return r, nil
}

// SignatureR returns the affine coordinates of a signature's R, checked
// as VerifyHash checks it: the form in which the Rollup contract takes a
// signature (it does not decompress points).
func SignatureR(sig [SignatureSize]byte) (x, y Hash, err error) {
	r, err := decodeSignatureR(sig)
	if err != nil {
		return x, y, err
	}
	return hashOf(&r.X), hashOf(&r.Y), nil
}

// publicKeyCoords returns the affine coordinates of a validated key.
func publicKeyCoords(pk PublicKey) (x, y fr.Element, err error) {
	p, err := pk.Point()
	if err != nil {
		return x, y, err
	}
	return p.X, p.Y, nil
}

// Coordinates returns the affine coordinates (X, Y) of a valid key as field
// elements: the values that enter the account leaf and the circuit.
func (pk PublicKey) Coordinates() (x, y Hash, err error) {
	xe, ye, err := publicKeyCoords(pk)
	if err != nil {
		return x, y, err
	}
	return hashOf(&xe), hashOf(&ye), nil
}

// SigningFields returns the field elements hashed into SigningHash, in order:
// domain, chain id, type, from, to, amount, fee, nonce.
func (tx *Tx) SigningFields() [8]Hash {
	var to fr.Element
	if tx.Type == TxWithdraw {
		to.SetBytes(tx.L1Address[:])
	} else {
		to.SetUint64(uint64(tx.To))
	}
	es := [8]fr.Element{txDomain, u64(tx.ChainID), u64(uint64(tx.Type)), u64(uint64(tx.From)),
		to, u64(tx.Amount), u64(tx.Fee), u64(tx.Nonce)}
	var out [8]Hash
	for i := range es {
		out[i] = hashOf(&es[i])
	}
	return out
}
