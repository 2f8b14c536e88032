package prover

import (
	"bytes"
	"crypto/rand"
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
