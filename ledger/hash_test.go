package ledger

import (
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
)

// The protocol's hashes must be exactly gnark-crypto's Poseidon2 compression
// and Merkle-Damgard hasher, which gnark's std circuits mirror.
func TestHashMatchesGnarkCrypto(t *testing.T) {
	var a, b fr.Element
	a.SetUint64(1234567)
	b.SetString("987654321987654321987654321")
	got := compress(&a, &b)
	ab, bb := a.Bytes(), b.Bytes()
	want, err := poseidon2.NewDefaultPermutation().Compress(ab[:], bb[:])
	if err != nil {
		t.Fatal(err)
	}
	if g := got.Bytes(); string(g[:]) != string(want) {
		t.Fatalf("compress mismatch: %x != %x", g, want)
	}

	es := []fr.Element{a, b, u64(7), u64(0)}
	h := poseidon2.NewMerkleDamgardHasher()
	for _, e := range es {
		eb := e.Bytes()
		h.Write(eb[:])
	}
	he := hashElements(es...)
	if g := he.Bytes(); string(g[:]) != string(h.Sum(nil)) {
		t.Fatalf("MD hash mismatch")
	}
}

func TestEmptyRootsChain(t *testing.T) {
	for d := 1; d <= MaxDepth; d++ {
		z := emptyHashes[d-1]
		if emptyHashes[d] != compress(&z, &z) {
			t.Fatalf("empty hash %d wrong", d)
		}
	}
	if emptyHashes[0] != (fr.Element{}) {
		t.Fatal("empty leaf must be 0")
	}
}

func TestHashTextRoundTrip(t *testing.T) {
	h := EmptyRoot(8)
	txt, _ := h.MarshalText()
	var back Hash
	if err := back.UnmarshalText(txt); err != nil || back != h {
		t.Fatalf("round trip: %v", err)
	}
	// p itself is not a canonical element.
	if err := back.UnmarshalText([]byte("0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001")); err == nil {
		t.Fatal("accepted the field modulus as a hash")
	}
}
