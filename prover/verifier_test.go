package prover

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// The devnet verifier: prover/verifier holds the verifying key of the
// deterministic dev setup of DevnetParams, and contracts/src/BatchVerifier.sol
// is the Solidity verifier gnark exports from it (compiled into artifacts and
// bindings by `make contracts`). The test fails when the committed Solidity
// is stale. Regenerate both (a dev setup: minutes) with
//
//	MYCEL_WRITE_TESTDATA=1 go test ./prover -run TestCommittedVerifier -timeout 60m
const (
	verifierDir = "verifier"
	verifierSol = "../contracts/src/BatchVerifier.sol"
)

func TestCommittedVerifier(t *testing.T) {
	if os.Getenv("MYCEL_WRITE_TESTDATA") == "1" {
		k, err := DevSetup(context.Background(), DevnetParams, nil)
		if err != nil {
			t.Fatal(err)
		}
		tmp := t.TempDir()
		if err := WriteKeys(tmp, k, nil); err != nil {
			t.Fatal(err)
		}
		for _, f := range []string{fileVK, fileManifest} {
			b, err := os.ReadFile(filepath.Join(tmp, f))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(verifierDir, f), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		var sol bytes.Buffer
		if err := ExportSolidity(&sol, k, "BatchVerifier"); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(verifierSol, sol.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%s, %d constraints)", verifierDir, DevnetParams.Name(), k.Manifest.Constraints)
		return
	}
	m, err := ReadManifest(verifierDir)
	if err != nil {
		t.Skipf("no committed verifier yet: %v", err)
	}
	if m.Version != CircuitVersion || m.Params != DevnetParams {
		t.Fatalf("%s holds %s version %s; this build has %s version %s: regenerate (see the test's comment)",
			verifierDir, m.Circuit, m.Version, DevnetParams.Name(), CircuitVersion)
	}
	k := &Keys{Params: DevnetParams, Manifest: *m, VK: newVK()}
	if err := readFile(filepath.Join(verifierDir, fileVK), m.SHA256[fileVK], k.VK, nil); err != nil {
		t.Fatal(err)
	}
	var sol bytes.Buffer
	if err := ExportSolidity(&sol, k, "BatchVerifier"); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(verifierSol)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, sol.Bytes()) {
		t.Fatal("contracts/src/BatchVerifier.sol is stale: regenerate (see the test's comment), then run make contracts")
	}
}
