package build

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestFindSolcOrder(t *testing.T) {
	root := filepath.Join(t.TempDir(), "repo")
	shared := filepath.Join(filepath.Dir(root), "shared", "tools")
	t.Setenv("PATH", "")
	t.Setenv("SOLC", "")
	if _, err := FindSolc(root); !errors.Is(err, ErrNoSolc) {
		t.Fatalf("no compiler anywhere: got %v, want ErrNoSolc", err)
	}
	if err := os.MkdirAll(shared, 0o755); err != nil {
		t.Fatal(err)
	}
	sharedSolc := filepath.Join(shared, "solc")
	if err := os.WriteFile(sharedSolc, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := FindSolc(root); err != nil || got != sharedSolc {
		t.Fatalf("../shared/tools/solc: got %q, %v", got, err)
	}
	explicit := filepath.Join(t.TempDir(), "my-solc")
	if err := os.WriteFile(explicit, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("SOLC", explicit)
	if got, err := FindSolc(root); err != nil || got != explicit {
		t.Fatalf("SOLC: got %q, %v", got, err)
	}
	t.Setenv("SOLC", filepath.Join(t.TempDir(), "missing"))
	if _, err := FindSolc(root); err == nil || errors.Is(err, ErrNoSolc) {
		t.Fatalf("a SOLC that does not exist must be an error of its own, got %v", err)
	}
}
