package prover

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/rangecheck"
)

// ceremonyCircuit has the batch circuit's shape (one public input, one
// BSB22 commitment from the range checker) at a size a ceremony test can
// afford.
type ceremonyCircuit struct {
	X frontend.Variable `gnark:",public"`
	Y frontend.Variable
}

func (c *ceremonyCircuit) Define(api frontend.API) error {
	rangecheck.New(api).Check(c.Y, 16)
	api.AssertIsEqual(api.Mul(c.Y, c.Y), c.X)
	return nil
}

func TestCeremonyContributionsVerifyAndProve(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &ceremonyCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	log := slog.New(slog.DiscardHandler)
	dir := t.TempDir()
	f := func(name string) string { return filepath.Join(dir, name) }
	n := DomainSize(ccs)
	beacon := []byte("public beacon, published after the last contribution")

	if err := Phase1Init(n, f("p1-0"), log); err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"p1-1", "p1-2"} {
		if err := Phase1Contribute(f([]string{"p1-0", "p1-1"}[i]), f(name), log); err != nil {
			t.Fatal(err)
		}
	}
	if err := Phase1Seal(n, beacon, f("srs"), log, f("p1-1"), f("p1-2")); err != nil {
		t.Fatal(err)
	}
	if err := Phase2Init(ccs, f("srs"), f("p2-0"), log); err != nil {
		t.Fatal(err)
	}
	for i, name := range []string{"p2-1", "p2-2"} {
		if err := Phase2Contribute(f([]string{"p2-0", "p2-1"}[i]), f(name), log); err != nil {
			t.Fatal(err)
		}
	}
	k, err := Phase2Seal(context.Background(), Params{Slots: 2, Depth: 2}, ccs, f("srs"), beacon, log, f("p2-1"), f("p2-2"))
	if err != nil {
		t.Fatal(err)
	}
	if k.Manifest.Setup != SetupCeremony {
		t.Fatalf("manifest %+v", k.Manifest)
	}
	w, _ := frontend.NewWitness(&ceremonyCircuit{X: 49, Y: 7}, ecc.BN254.ScalarField())
	p, err := groth16.Prove(ccs, k.PK, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
	if err != nil {
		t.Fatal(err)
	}
	pub, _ := w.Public()
	if err := groth16.Verify(p, k.VK, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
		t.Fatal(err)
	}

	// Anyone re-verifying the transcript catches a skipped or altered
	// contribution.
	if err := Phase1Seal(n, beacon, f("srs-x"), log, f("p1-2")); err == nil {
		t.Fatal("phase 1 verified without its first contribution")
	}
	if _, err := Phase2Seal(context.Background(), Params{}, ccs, f("srs"), beacon, log, f("p2-2")); err == nil {
		t.Fatal("phase 2 verified without its first contribution")
	}
	raw, err := os.ReadFile(f("p2-2"))
	if err != nil {
		t.Fatal(err)
	}
	raw[len(raw)/2] ^= 1
	if err := os.WriteFile(f("p2-bad"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Phase2Seal(context.Background(), Params{}, ccs, f("srs"), beacon, log, f("p2-1"), f("p2-bad")); err == nil {
		t.Fatal("phase 2 verified a tampered contribution")
	}
}

func TestKeysChecksums(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &ceremonyCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		t.Fatal(err)
	}
	p := Params{Slots: 2, Depth: 2}
	dir := t.TempDir()
	k := &Keys{Params: p, CCS: ccs, PK: pk, VK: vk, Manifest: Manifest{Circuit: p.Name(), Params: p, Constraints: ccs.GetNbConstraints(), Setup: SetupInsecureDev}}
	if err := WriteKeys(dir, k, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(dir, p, true, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKeys(dir, Params{Slots: 4, Depth: 2}, false, nil); err == nil {
		t.Fatal("keys of another circuit loaded")
	}
	raw, _ := os.ReadFile(filepath.Join(dir, fileVK))
	raw[len(raw)-1] ^= 1
	os.WriteFile(filepath.Join(dir, fileVK), raw, 0o644)
	if _, err := LoadKeys(dir, p, false, nil); err == nil {
		t.Fatal("a corrupted verifying key loaded")
	}
}

func TestDevSetupIsDeterministic(t *testing.T) {
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &ceremonyCircuit{})
	if err != nil {
		t.Fatal(err)
	}
	var vks [3]bytes.Buffer
	for i, seed := range [][]byte{[]byte("seed a"), []byte("seed a"), []byte("seed b")} {
		pk, vk, err := devGroth16Setup(ccs, seed)
		if err != nil {
			t.Fatal(err)
		}
		vk.WriteTo(&vks[i])
		w, _ := frontend.NewWitness(&ceremonyCircuit{X: 49, Y: 7}, ecc.BN254.ScalarField())
		p, err := groth16.Prove(ccs, pk, w, solidity.WithProverTargetSolidityVerifier(backend.GROTH16))
		if err != nil {
			t.Fatal(err)
		}
		pub, _ := w.Public()
		if err := groth16.Verify(p, vk, pub, solidity.WithVerifierTargetSolidityVerifier(backend.GROTH16)); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(vks[0].Bytes(), vks[1].Bytes()) {
		t.Fatal("the same seed gave different keys")
	}
	if bytes.Equal(vks[0].Bytes(), vks[2].Bytes()) {
		t.Fatal("different seeds gave the same keys")
	}
}
