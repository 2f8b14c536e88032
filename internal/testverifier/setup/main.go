// Command setup runs a fresh (insecure, single-party) Groth16 setup for the
// test circuit and writes internal/testverifier/keys/{pk,vk}.bin and
// contracts/src/test/TestVerifier.sol. Run from the repository root:
//
//	go run ./internal/testverifier/setup
//
// then `make contracts` to recompile and rebind. With -sol-only it keeps
// the committed keys and only renders TestVerifier.sol again (after a
// change to the Solidity rendering).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/backend/groth16"

	"github.com/mycel-network/mycel/internal/testverifier"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "testverifier setup:", err)
		os.Exit(1)
	}
}

func run() error {
	solOnly := flag.Bool("sol-only", false, "render TestVerifier.sol from the committed verifying key; no setup")
	flag.Parse()
	if *solOnly {
		vk, err := testverifier.CommittedVerifyingKey()
		if err != nil {
			return err
		}
		sol, err := testverifier.Solidity(vk)
		if err != nil {
			return err
		}
		name := filepath.Join("contracts", "src", "test", "TestVerifier.sol")
		if err := os.WriteFile(name, sol, 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", name)
		return nil
	}
	ccs, err := testverifier.Compile()
	if err != nil {
		return err
	}
	pk, vk, err := groth16.Setup(ccs)
	if err != nil {
		return err
	}
	var pkb, vkb bytes.Buffer
	if _, err := pk.WriteTo(&pkb); err != nil {
		return err
	}
	if _, err := vk.WriteTo(&vkb); err != nil {
		return err
	}
	sol, err := testverifier.Solidity(vk)
	if err != nil {
		return err
	}
	dir := filepath.Join("internal", "testverifier", "keys")
	for name, b := range map[string][]byte{
		filepath.Join(dir, "pk.bin"):                                  pkb.Bytes(),
		filepath.Join(dir, "vk.bin"):                                  vkb.Bytes(),
		filepath.Join("contracts", "src", "test", "TestVerifier.sol"): sol,
	} {
		if err := os.WriteFile(name, b, 0o644); err != nil {
			return err
		}
		fmt.Println("wrote", name)
	}
	return nil
}
