package prover

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

// compileSolidity compiles one contract with the shared solc (standard
// JSON, the settings of contracts/internal/build) and returns its creation
// bytecode and ABI.
func compileSolidity(t testing.TB, src []byte, name string) ([]byte, abi.ABI) {
	t.Helper()
	solc := os.Getenv("SOLC")
	if solc == "" {
		solc = filepath.Join("..", "..", "shared", "tools", "solc")
	}
	if _, err := os.Stat(solc); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no solc at %s: CI must run the on-chain proof test (set SOLC)", solc)
		}
		t.Skipf("no solc at %s (set SOLC)", solc)
	}
	in := map[string]any{
		"language": "Solidity",
		"sources":  map[string]any{"V.sol": map[string]string{"content": string(src)}},
		"settings": map[string]any{
			"optimizer":       map[string]any{"enabled": true, "runs": 1000},
			"evmVersion":      "prague",
			"outputSelection": map[string]any{"V.sol": map[string]any{name: []string{"abi", "evm.bytecode.object"}}},
		},
	}
	js, _ := json.Marshal(in)
	f, err := os.CreateTemp(t.TempDir(), "solc-*.json")
	if err != nil {
		t.Fatal(err)
	}
	f.Write(js)
	f.Seek(0, 0)
	cmd := exec.Command(solc, "--standard-json")
	cmd.Stdin = f
	out, err := cmd.Output()
	f.Close()
	if err != nil {
		t.Fatalf("solc: %v", err)
	}
	var res struct {
		Errors []struct {
			Severity, FormattedMessage string
		}
		Contracts map[string]map[string]struct {
			ABI json.RawMessage
			EVM struct {
				Bytecode struct{ Object string }
			}
		}
	}
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatalf("solc output: %v", err)
	}
	for _, e := range res.Errors {
		if e.Severity == "error" {
			t.Fatalf("solc: %s", e.FormattedMessage)
		}
	}
	c := res.Contracts["V.sol"][name]
	a, err := abi.JSON(bytes.NewReader(c.ABI))
	if err != nil {
		t.Fatal(err)
	}
	return common.FromHex(c.EVM.Bytecode.Object), a
}

// TestOnChainProveBatch deploys the exported verifier of the dev keys and
// the Rollup (with that verifier) on the simulated backend, and runs real
// batches of the ledger through commitBatch and proveBatch; a tampered
// proof and a tampered public input revert.
func TestOnChainProveBatch(t *testing.T) {
	requireProve(t)
	k := cachedDevKeys(t, tinyParams)
	var sol bytes.Buffer
	if err := ExportSolidity(&sol, k, "BatchVerifier"); err != nil {
		t.Fatal(err)
	}
	code, verifierABI := compileSolidity(t, sol.Bytes(), "BatchVerifier")

	s, batches := tinyChain(t)
	// tinyChain's genesis: accounts 1 and 2, 1,000,000 gwei each.
	var genesisKeys []ledger.PublicKey
	for i := uint32(1); i <= 2; i++ {
		a, ok, err := s.Account(i)
		if err != nil || !ok {
			t.Fatalf("genesis account %d: %v", i, err)
		}
		genesisKeys = append(genesisKeys, a.PubKey)
	}
	cfg := contracts.DefaultConfig()
	cfg.MinStake = big.NewInt(1e18)
	cfg.EpochDuration = 1000
	cfg.UnbondingDelay = 5000
	cfg.L2ChainID = batches[0].ChainID
	cfg.TreeDepth = uint8(tinyParams.Depth)
	cfg.GenesisRoot = common.Hash(batches[0].PrevRoot)
	cfg.DepositDeadline, cfg.ProofWindow, cfg.EscapePeriod = 3000, 3000, 20000
	cfg.GenesisKeys = genesisKeys
	cfg.GenesisSupply = 2_000_000
	// The deployer (key 0), the operator's owner and a user (keys 1 and 2)
	// hold 1e9 ETH each; go-ethereum's simulated rules. The verifier is
	// deployed first and the Rollup uses it.
	var verifier common.Address
	e := testenv.NewWith(t, testenv.Options{
		Users: 2, Config: &cfg, Funds: testenv.Ether(1_000_000_000), KeyLabel: "mycel prover test",
		Rules: testenv.GethSimulatedRules,
		BeforeDeploy: func(e *testenv.Env) {
			r, err := e.Deploy(e.Deployer, code)
			if err != nil {
				t.Fatalf("deploy verifier: %v", err)
			}
			verifier = r.ContractAddress
			t.Logf("BatchVerifier (%s): deployed, %d bytes of init code, %d gas", k.Params.Name(), len(code), r.GasUsed)
			e.Cfg.Verifier = verifier
		},
	})
	defer e.Close()
	operator, user := e.Users[0], e.Users[1]
	d, rollup := e.D, e.RollupABI

	// One operator holds all the stake: its signature alone is a quorum.
	opKey, err := crypto.ToECDSA(crypto.Keccak256([]byte("mycel prover test 3")))
	if err != nil {
		t.Fatal(err)
	}
	stake := big.NewInt(2e18)
	e.Must(operator, e.Staking, stake, e.RegisterArgs(operator.Addr, opKey, 0, 0))
	op := &testenv.Operator{Owner: operator, Key: opKey, Signer: crypto.PubkeyToAddress(opKey.PublicKey), Stake: stake}
	e.Advance(cfg.EpochDuration)
	e.Sim.Commit()

	// The L1 deposit that batch 2 consumes.
	dtx, _ := ledger.DecodeTx(batches[2].Txs[0].Tx)
	e.Deposit(user, dtx.PubKey, dtx.Amount)

	call := func(data []byte) ([]byte, error) {
		return e.Client.CallContract(e.Ctx, ethereum.CallMsg{To: &d.Rollup, Data: data}, nil)
	}
	type provenBatch struct {
		h      bindings.BatchHeader
		record bindings.BatchRecord
		proof  []byte
		root   ledger.Hash
	}
	var later []provenBatch
	for i, b := range batches {
		bp, err := ProveBatch(e.Ctx, CPUBackend{}, k, b)
		if err != nil {
			t.Fatal(err)
		}
		pd, _ := b.PubData()
		bh, err := b.Header()
		if err != nil {
			t.Fatal(err)
		}
		h := bindings.BatchHeader(*bh)
		// The contract computes the same public input.
		out, err := call(rollup.PackPublicInput(h))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := rollup.UnpackPublicInput(out)
		if got.String() != bp.PublicInput {
			t.Fatalf("batch %d: contract public input %v, prover %s", i, got, bp.PublicInput)
		}
		e.Must(user, e.Rollup, nil, e.CommitArgs(h, pd, op))

		// A tampered proof reverts.
		bad := bytes.Clone(bp.Proof)
		bad[40] ^= 1
		if _, err := e.Send(user, e.Rollup, nil, rollup.PackProveBatch(h, e.Committed(h.BatchIndex).Record, bad)); err == nil {
			t.Fatalf("batch %d: tampered proof accepted", i)
		}
		// The verifier rejects the proof for another public input or
		// data evaluation.
		pi, _ := new(big.Int).SetString(bp.PublicInput, 10)
		y, _ := new(big.Int).SetString(bp.DataEval, 10)
		one := big.NewInt(1)
		for _, in := range [][2]*big.Int{{new(big.Int).Add(pi, one), y}, {pi, new(big.Int).Add(y, one)}} {
			data, err := verifierABI.Pack("verifyProof", bp.Proof, in)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := e.Client.CallContract(e.Ctx, ethereum.CallMsg{To: &verifier, Data: data}, nil); err == nil {
				t.Fatalf("batch %d: proof verified for a tampered public input", i)
			}
		}
		data, _ := verifierABI.Pack("verifyProof", bp.Proof, [2]*big.Int{pi, y})
		vgas, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{To: &verifier, Data: data})
		if err != nil {
			t.Fatalf("batch %d: verifyProof: %s (%v)", i, contracts.RevertName(err), err)
		}
		if i > 0 {
			// Batches 1 on wait for one proveBatches below.
			later = append(later, provenBatch{h, e.Committed(h.BatchIndex).Record, bp.Proof, b.NewRoot})
			continue
		}
		rc := e.Must(user, e.Rollup, nil, rollup.PackProveBatch(h, e.Committed(h.BatchIndex).Record, bp.Proof))
		t.Logf("batch %d (%d chunks of public data): proof %d bytes; verifyProof %d gas (tx estimate); proveBatch %d gas",
			i, len(pd)/chunk, len(bp.Proof), vgas, rc.GasUsed)
		out, _ = call(rollup.PackLastFinalizedRoot())
		root, _ := rollup.UnpackLastFinalizedRoot(out)
		if root != b.NewRoot {
			t.Fatalf("batch %d: finalized root %x, want %s", i, root, b.NewRoot)
		}
	}

	// The later batches' real proofs in one proveBatches (verifyProofs,
	// ADR 025): refused with two proofs swapped, accepted in order.
	if len(later) < 2 {
		t.Fatalf("%d batches after the first; want at least 2", len(later))
	}
	pack := func(order []int) []byte {
		var hs []bindings.BatchHeader
		var recs []bindings.BatchRecord
		var proofs []byte
		for j, o := range order {
			hs, recs = append(hs, later[j].h), append(recs, later[j].record)
			proofs = append(proofs, later[o].proof...)
		}
		return rollup.PackProveBatches(hs, recs, proofs)
	}
	order := make([]int, len(later))
	for j := range order {
		order[j] = j
	}
	swapped := slices.Clone(order)
	swapped[0], swapped[1] = swapped[1], swapped[0]
	if _, err := e.Send(user, e.Rollup, nil, pack(swapped)); !strings.Contains(contracts.RevertName(err), "ProofInvalid") {
		t.Fatalf("proveBatches with two real proofs swapped: %v, want ProofInvalid", err)
	}
	rc := e.Must(user, e.Rollup, nil, pack(order))
	t.Logf("batches 1-%d in one proveBatches: %d gas", len(later), rc.GasUsed)
	out, _ := call(rollup.PackLastFinalizedRoot())
	root, _ := rollup.UnpackLastFinalizedRoot(out)
	if last := later[len(later)-1]; root != last.root {
		t.Fatalf("finalized root %x after proveBatches, want %s", root, last.root)
	}
	out, _ = call(rollup.PackFinalizedCount())
	if n, _ := rollup.UnpackFinalizedCount(out); n != uint64(len(batches)) {
		t.Fatalf("finalizedCount %d, want %d", n, len(batches))
	}
	_ = s
}
