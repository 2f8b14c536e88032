package prover

import (
	"bytes"
	"crypto/rand"
	"io"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// TestDevSetupSurvivesConcurrentRandReads: the dev setup swaps
// crypto/rand.Reader process-wide, and a devnet node runs it while its
// peers connect. A read of crypto/rand by another goroutine between the
// swap and gnark's draws (the hook, on the first attempt) must not change
// the keys: the disturbed attempt is detected and run again, and the
// verifying key is the undisturbed one. A setup disturbed on every
// attempt fails rather than return keys that are not the seed's.
func TestDevSetupSurvivesConcurrentRandReads(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &ceremonyCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	seed := DevSeed(Params{Slots: 2, Depth: 2})
	vkBytes := func(vk groth16.VerifyingKey) []byte {
		var b bytes.Buffer
		if _, err := vk.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	_, clean, err := devGroth16Setup(ccs, seed)
	if err != nil {
		t.Fatal(err)
	}
	if !devSetupClean(clean, seed) {
		t.Fatal("an undisturbed dev setup does not match the seed's toxic waste")
	}
	steal := func() {
		var b [32]byte
		_, _ = rand.Read(b[:]) // what a handshake on another goroutine does
	}
	attempts := 0
	devSetupHook = func(attempt int) {
		attempts++
		if attempt == 0 {
			steal()
		}
	}
	defer func() { devSetupHook = nil }()
	_, vk, err := devGroth16Setup(ccs, seed)
	if err != nil {
		t.Fatal(err)
	}
	if attempts != 2 {
		t.Fatalf("%d setup attempts, want 2 (the disturbed one run again)", attempts)
	}
	if !bytes.Equal(vkBytes(vk), vkBytes(clean)) {
		t.Fatal("the verifying key after a disturbed attempt differs from the undisturbed setup's")
	}
	devSetupHook = func(int) { steal() }
	if _, _, err := devGroth16Setup(ccs, seed); err == nil {
		t.Fatal("a setup disturbed on every attempt returned keys")
	}
}

// plainCircuit has no commitments (no range checks): its dev setup draws
// only the toxic waste from the seed.
type plainCircuit struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
}

func (c *plainCircuit) Define(api frontend.API) error {
	api.AssertIsEqual(api.Mul(c.Y, c.Y), c.X)
	return nil
}

// TestDevSetupSeedsOnlyTheToxicWaste: for a circuit without commitments
// (the batch circuit's shape) the swapped reader hands out the seed's
// stream for the toxic waste's bytes only, and the system's randomness
// after, so a goroutine that reads crypto/rand during the rest of the
// setup gets unpredictable bytes; the keys stay the seed's, the same on
// every run.
func TestDevSetupSeedsOnlyTheToxicWaste(t *testing.T) {
	seed := DevSeed(Params{Slots: 3, Depth: 2})
	_, _, _, _, n := devToxicWaste(seed)
	if n < 5*32 {
		t.Fatalf("the toxic waste takes %d bytes, want at least 160 (five field elements)", n)
	}
	stream := func(k int) []byte {
		r := &seededReader{}
		copy(r.seed[:], seed)
		b := make([]byte, k)
		_, _ = io.ReadFull(r, b)
		return b
	}
	r := &seededReader{}
	copy(r.seed[:], seed)
	after := bytes.Repeat([]byte{0xaa}, 64)
	lr := &lockedReader{seeded: r, left: n, after: bytes.NewReader(after)}
	got := make([]byte, n+40)
	if _, err := io.ReadFull(lr, got[:n-8]); err != nil {
		t.Fatal(err)
	}
	if _, err := io.ReadFull(lr, got[n-8:]); err != nil { // straddles the budget
		t.Fatal(err)
	}
	if want := append(stream(n), after[:40]...); !bytes.Equal(got, want) {
		t.Fatalf("reads through the budget:\n got %x\nwant %x", got, want)
	}
	all := &seededReader{}
	copy(all.seed[:], seed)
	unlimited := &lockedReader{seeded: all, left: -1, after: bytes.NewReader(after)}
	got = make([]byte, n+40)
	_, _ = io.ReadFull(unlimited, got)
	if !bytes.Equal(got, stream(n+40)) {
		t.Fatal("with no budget (a circuit with commitments) the reader left the seed's stream")
	}

	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &plainCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	if c := ccs.GetCommitments().CommitmentIndexes(); len(c) != 0 {
		t.Fatalf("plainCircuit has %d commitments", len(c))
	}
	keyBytes := func(pk groth16.ProvingKey, vk groth16.VerifyingKey) []byte {
		var b bytes.Buffer
		if _, err := pk.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		if _, err := vk.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	budget := 0
	devSetupHook = func(int) { budget = rand.Reader.(*lockedReader).left }
	defer func() { devSetupHook = nil }()
	pk1, vk1, err := devGroth16Setup(ccs, seed)
	if err != nil {
		t.Fatal(err)
	}
	if budget != n {
		t.Fatalf("the setup's reader serves %d seeded bytes, want the toxic waste's %d", budget, n)
	}
	pk2, vk2, err := devGroth16Setup(ccs, seed)
	if err != nil {
		t.Fatal(err)
	}
	if !devSetupClean(vk1, seed) || !bytes.Equal(keyBytes(pk1, vk1), keyBytes(pk2, vk2)) {
		t.Fatal("the dev setup of a circuit without commitments is not the seed's, or not the same twice")
	}
}
