package contracts_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/mycel-network/mycel/contracts/internal/build"
	"github.com/mycel-network/mycel/internal/testverifier"
)

// TestGeneratedFilesUpToDate fails when anything committed under contracts/
// that is derived from other files is stale: the Poseidon2 library (from
// gnark-crypto's constants), the test verifier (from the committed key), the
// bindings (from the artifacts) and the artifacts (from the sources, through
// solc). Without solc the last check is skipped, except under CI=true.
// Fix a failure with `make contracts`.
func TestGeneratedFilesUpToDate(t *testing.T) {
	same := func(name string, want []byte) {
		t.Helper()
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s is stale: run `make contracts` and commit the result", name)
		}
	}
	same(filepath.Join("src", build.Poseidon2SolFile), build.Poseidon2Sol())

	vk, err := testverifier.CommittedVerifyingKey()
	if err != nil {
		t.Fatal(err)
	}
	sol, err := testverifier.Solidity(vk)
	if err != nil {
		t.Fatal(err)
	}
	same(filepath.Join("src", "test", "TestVerifier.sol"), sol)

	committed, err := build.ReadArtifacts("artifacts")
	if err != nil {
		t.Fatal(err)
	}
	code, err := committed.Bindings()
	if err != nil {
		t.Fatal(err)
	}
	same(filepath.Join("bindings", "bindings.go"), code)

	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	solc, err := build.FindSolc(root)
	if errors.Is(err, build.ErrNoSolc) && os.Getenv("CI") != "true" {
		t.Skipf("artifacts not recompiled: %v", err)
	}
	if err != nil {
		t.Fatalf("CI=true needs solc: %v", err)
	}
	out, err := build.Compile(solc, "src")
	if err != nil {
		t.Fatal(err)
	}
	files, err := out.ArtifactFiles()
	if err != nil {
		t.Fatal(err)
	}
	for name, b := range files {
		same(filepath.Join("artifacts", name), b)
	}
	have, _ := filepath.Glob(filepath.Join("artifacts", "*.json"))
	if len(have) != len(files) {
		t.Errorf("artifacts/ holds %d files, solc makes %d: run `make contracts`", len(have), len(files))
	}
}
