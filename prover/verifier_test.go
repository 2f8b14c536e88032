package prover

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testenv"
)

// The devnet verifiers: prover/verifier holds the verifying key of the
// deterministic dev setup of DevnetParams (8 slots, depth 24), and
// contracts/src/BatchVerifier.sol is the Solidity verifier gnark exports
// from it (compiled into artifacts and bindings by `make contracts`);
// prover/verifier64 and BatchVerifier64.sol the same for 64 slots
// (`mycel devnet --batch-slots 64`). The test fails when a committed
// Solidity verifier is stale. Regenerate them (a dev setup: minutes for 8
// slots, about 10 minutes and 4 GiB for 64) with
//
//	MYCEL_WRITE_TESTDATA=1 go test ./prover -run 'TestCommittedVerifier/slots=8$' -timeout 60m
//	MYCEL_WRITE_TESTDATA=1 go test ./prover -run 'TestCommittedVerifier/slots=64$' -timeout 60m
//
// When only the Solidity rendering changed (ExportSolidity, verifiersol),
// rewrite the contracts from the committed verifying keys without a setup:
//
//	MYCEL_WRITE_SOL=1 go test ./prover -run 'TestCommittedVerifier$'
var committedVerifiers = []struct {
	params   Params
	dir, sol string
	contract string
}{
	{DevnetParams, "verifier", "../contracts/src/BatchVerifier.sol", "BatchVerifier"},
	{Params{Slots: 64, Depth: DevnetParams.Depth}, "verifier64", "../contracts/src/BatchVerifier64.sol", "BatchVerifier64"},
}

func TestCommittedVerifier(t *testing.T) {
	for _, cv := range committedVerifiers {
		t.Run(fmt.Sprintf("slots=%d", cv.params.Slots), func(t *testing.T) {
			testCommittedVerifier(t, cv.params, cv.dir, cv.sol, cv.contract)
		})
	}
}

func testCommittedVerifier(t *testing.T, params Params, verifierDir, verifierSol, contract string) {
	if os.Getenv("MYCEL_WRITE_TESTDATA") == "1" {
		k, err := DevSetup(context.Background(), params, nil)
		if err != nil {
			t.Fatal(err)
		}
		tmp := t.TempDir()
		if err := WriteKeys(tmp, k, nil); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(verifierDir, 0o755); err != nil {
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
		if err := ExportSolidity(&sol, k, contract); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(verifierSol, sol.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s (%s, %d constraints)", verifierDir, params.Name(), k.Manifest.Constraints)
		if params.Slots == 64 {
			writeProof64(t, k)
		}
		return
	}
	m, err := ReadManifest(verifierDir)
	if err != nil {
		t.Fatalf("no committed verifier: %v", err)
	}
	if m.Version != CircuitVersion || m.Params != params {
		t.Fatalf("%s holds %s version %s; this build has %s version %s: regenerate (see the test's comment)",
			verifierDir, m.Circuit, m.Version, params.Name(), CircuitVersion)
	}
	k := &Keys{Params: params, Manifest: *m, VK: newVK()}
	if err := readFile(filepath.Join(verifierDir, fileVK), m.SHA256[fileVK], k.VK, nil); err != nil {
		t.Fatal(err)
	}
	var sol bytes.Buffer
	if err := ExportSolidity(&sol, k, contract); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("MYCEL_WRITE_SOL") == "1" {
		if err := os.WriteFile(verifierSol, sol.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s from the committed verifying key", verifierSol)
	}
	got, err := os.ReadFile(verifierSol)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, sol.Bytes()) {
		t.Fatalf("%s is stale: regenerate (see the test's comment), then run make contracts", verifierSol)
	}
}

// writeProof64 proves a full 64-slot batch (fullBatch: 64 transfers at
// depth 24) with the dev keys k and writes it to testdata/proof-64x24.json.
func writeProof64(t *testing.T, k *Keys) {
	b := fullBatch(t, k.Params.Slots, k.Params.Depth)
	bp, err := ProveBatch(context.Background(), CPUBackend{}, k, b)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.MarshalIndent(bp, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile("testdata/proof-64x24.json", append(raw, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
}

// The 64-slot dev verifier that `mycel devnet --batch-slots 64` deploys
// verifies a real proof of a full 64-slot batch made with the dev keys
// (testdata/proof-64x24.json, written when the keys are regenerated), and
// refuses it for another public input or data evaluation; the 8-slot
// verifier refuses it.
func TestDevVerifier64VerifiesARealProof(t *testing.T) {
	raw, err := os.ReadFile("testdata/proof-64x24.json")
	if err != nil {
		t.Fatal(err)
	}
	var bp BatchProof
	if err := json.Unmarshal(raw, &bp); err != nil {
		t.Fatal(err)
	}
	pi, ok := new(big.Int).SetString(bp.PublicInput, 10)
	if !ok {
		t.Fatalf("public input %q", bp.PublicInput)
	}
	y, ok := new(big.Int).SetString(bp.DataEval, 10)
	if !ok {
		t.Fatalf("data evaluation %q", bp.DataEval)
	}
	verify := func(slots int, in [2]*big.Int) error {
		e := testenv.New(t, 0, func(c *contracts.Config) {
			c.TreeDepth, c.InsecureTestVerifier, c.DevBatchVerifier, c.DevBatchSlots = 24, false, true, slots
		})
		data, err := bindings.NewBatchVerifier64().TryPackVerifyProof(bp.Proof, in)
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.Client.CallContract(e.Ctx, ethereum.CallMsg{To: &e.D.Verifier, Data: data}, nil)
		return err
	}
	if err := verify(64, [2]*big.Int{pi, y}); err != nil {
		t.Fatalf("BatchVerifier64 refuses a real 64-slot proof: %s (%v)", contracts.RevertName(err), err)
	}
	if verify(64, [2]*big.Int{new(big.Int).Add(pi, big.NewInt(1)), y}) == nil {
		t.Fatal("BatchVerifier64 accepts the proof for another public input")
	}
	if verify(64, [2]*big.Int{pi, new(big.Int).Add(y, big.NewInt(1))}) == nil {
		t.Fatal("BatchVerifier64 accepts the proof for another data evaluation")
	}
	if verify(8, [2]*big.Int{pi, y}) == nil {
		t.Fatal("the 8-slot BatchVerifier accepts a 64-slot proof")
	}

	// verifyProofs (ADR 025) on the real key: the proof three times over
	// passes; with one copy's data evaluation or public input changed it
	// fails.
	verifyAll := func(in [][2]*big.Int) error {
		e := testenv.New(t, 0, func(c *contracts.Config) {
			c.TreeDepth, c.InsecureTestVerifier, c.DevBatchVerifier, c.DevBatchSlots = 24, false, true, 64
		})
		var proofs []byte
		for range in {
			proofs = append(proofs, bp.Proof...)
		}
		data, err := bindings.NewBatchVerifier64().TryPackVerifyProofs(proofs, in)
		if err != nil {
			t.Fatal(err)
		}
		_, err = e.Client.CallContract(e.Ctx, ethereum.CallMsg{To: &e.D.Verifier, Data: data}, nil)
		return err
	}
	good := [2]*big.Int{pi, y}
	if err := verifyAll([][2]*big.Int{good, good, good}); err != nil {
		t.Fatalf("BatchVerifier64.verifyProofs refuses a real proof three times: %s (%v)", contracts.RevertName(err), err)
	}
	if verifyAll([][2]*big.Int{good, {pi, new(big.Int).Add(y, big.NewInt(1))}, good}) == nil {
		t.Fatal("verifyProofs accepts a copy with another data evaluation")
	}
	if verifyAll([][2]*big.Int{good, good, {new(big.Int).Add(pi, big.NewInt(1)), y}}) == nil {
		t.Fatal("verifyProofs accepts a copy with another public input")
	}
}
