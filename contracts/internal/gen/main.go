// Command gen regenerates everything under contracts/ that is derived from
// the Solidity sources: src/Poseidon2.sol (from gnark-crypto's constants),
// artifacts/*.json (solc standard JSON, optimizer on) and bindings/bindings.go
// (abigen v2). `make contracts` runs it from the repository root:
//
//	go run ./contracts/internal/gen
//
// It finds solc through $SOLC, else ../shared/tools/solc, else solc on PATH.
// With none it exits 0 after saying how to get one, unless CI=true, where a
// missing compiler is an error.
package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/mycel-network/mycel/contracts/internal/build"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "contracts gen:", err)
		os.Exit(1)
	}
}

func run() error {
	root, err := os.Getwd()
	if err != nil {
		return err
	}
	dir := filepath.Join(root, "contracts")
	if _, err := os.Stat(filepath.Join(dir, "src")); err != nil {
		return fmt.Errorf("run from the repository root: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "src", build.Poseidon2SolFile), build.Poseidon2Sol(), 0o644); err != nil {
		return err
	}
	solc, err := build.FindSolc(root)
	if errors.Is(err, build.ErrNoSolc) && os.Getenv("CI") != "true" {
		fmt.Fprintln(os.Stderr, "make contracts: skipped:", err)
		fmt.Fprintln(os.Stderr, "the committed artifacts and bindings are used as they are.")
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Println("solc:", solc)
	out, err := build.Compile(solc, filepath.Join(dir, "src"))
	if err != nil {
		return err
	}
	files, err := out.ArtifactFiles()
	if err != nil {
		return err
	}
	artDir := filepath.Join(dir, "artifacts")
	old, _ := filepath.Glob(filepath.Join(artDir, "*.json"))
	for _, f := range old {
		if _, keep := files[filepath.Base(f)]; !keep {
			if err := os.Remove(f); err != nil {
				return err
			}
		}
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(artDir, name), b, 0o644); err != nil {
			return err
		}
	}
	code, err := out.Bindings()
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "bindings", "bindings.go"), code, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %d artifacts and bindings for %v\n", len(files), out.Names())
	return nil
}
