package ledger

import (
	"encoding/hex"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// Hash is a BN254 scalar field element in its canonical 32-byte big-endian
// form. State roots, leaves, tree nodes and message hashes are all Hashes.
type Hash [32]byte

// String returns the hash as 0x-prefixed hex.
func (h Hash) String() string { return "0x" + hex.EncodeToString(h[:]) }

// MarshalText implements encoding.TextMarshaler (0x-prefixed hex).
func (h Hash) MarshalText() ([]byte, error) { return []byte(h.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It rejects values that
// are not canonical field elements.
func (h *Hash) UnmarshalText(b []byte) error {
	s := string(b)
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		s = s[2:]
	}
	raw, err := hex.DecodeString(s)
	if err != nil || len(raw) != 32 {
		return fmt.Errorf("hash must be 32 bytes of hex, got %q", b)
	}
	var e fr.Element
	if err := e.SetBytesCanonical(raw); err != nil {
		return fmt.Errorf("hash %q is not a canonical BN254 field element: %w", b, err)
	}
	copy(h[:], raw)
	return nil
}

func hashOf(e *fr.Element) Hash { return Hash(e.Bytes()) }

// element converts the hash back to a field element. Hashes produced by this
// package are always canonical.
func (h Hash) element() fr.Element {
	var e fr.Element
	if err := e.SetBytesCanonical(h[:]); err != nil {
		panic(fmt.Sprintf("ledger: non-canonical hash %s", h))
	}
	return e
}

// The Poseidon2 instance shared by every hash in the protocol: BN254, width 2,
// 6 full rounds, 50 partial rounds. These are gnark-crypto's defaults for
// BN254 (poseidon2.GetDefaultParameters) and the parameters that gnark's
// std/permutation/poseidon2.NewPoseidon2 uses in a circuit.
var perm = poseidon2.NewPermutation(2, 6, 50)

// compress is the Poseidon2 2-to-1 compression function, identical to
// gnark-crypto's Permutation.Compress and gnark std's Permutation.Compress:
// P([l, r])[1] + r.
func compress(l, r *fr.Element) fr.Element {
	x := [2]fr.Element{*l, *r}
	if err := perm.Permutation(x[:]); err != nil {
		panic(err) // width is fixed at 2: cannot happen
	}
	x[1].Add(&x[1], r)
	return x[1]
}

// hashElements is the Poseidon2 Merkle-Damgard hash of a sequence of field
// elements with a zero initial state: state = compress(state, e) for each e.
// It equals gnark-crypto's poseidon2.NewMerkleDamgardHasher fed the elements'
// 32-byte encodings, and gnark std's hash/poseidon2.New in a circuit.
func hashElements(es ...fr.Element) fr.Element {
	var state fr.Element
	for i := range es {
		state = compress(&state, &es[i])
	}
	return state
}

// HashElements exposes hashElements over canonical 32-byte values, for the
// prover and tests.
func HashElements(vals ...Hash) Hash {
	es := make([]fr.Element, len(vals))
	for i, v := range vals {
		es[i] = v.element()
	}
	h := hashElements(es...)
	return hashOf(&h)
}

// Compress is the exported 2-to-1 Poseidon2 compression on hashes.
func Compress(l, r Hash) Hash {
	le, re := l.element(), r.element()
	h := compress(&le, &re)
	return hashOf(&h)
}

func u64(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

// emptyHashes[l] is the root of an empty subtree of height l: 0 for an empty
// leaf, then compress(z, z) upwards.
var emptyHashes = func() [MaxDepth + 1]fr.Element {
	var z [MaxDepth + 1]fr.Element
	for l := 1; l <= MaxDepth; l++ {
		z[l] = compress(&z[l-1], &z[l-1])
	}
	return z
}()

// EmptyRoot is the root of an empty tree of the given depth.
func EmptyRoot(depth int) Hash { return hashOf(&emptyHashes[depth]) }
