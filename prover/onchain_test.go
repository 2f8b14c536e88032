package prover

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
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

type chainEnv struct {
	t       testing.TB
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
}

func (e *chainEnv) send(key *ecdsa.PrivateKey, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	gas, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: from, To: to, Value: value, Data: data})
	if err != nil {
		return nil, err
	}
	nonce, err := e.client.PendingNonceAt(e.ctx, from)
	if err != nil {
		return nil, err
	}
	tip := big.NewInt(1e9)
	head, _ := e.client.HeaderByNumber(e.ctx, nil)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: e.chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/4 + 20_000, To: to, Value: value, Data: data})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(e.chainID), key)
	if err != nil {
		return nil, err
	}
	if err := e.client.SendTransaction(e.ctx, signed); err != nil {
		return nil, err
	}
	e.sim.Commit()
	r, err := bind.WaitMined(e.ctx, e.client, signed.Hash())
	if err != nil {
		return nil, err
	}
	if r.Status != types.ReceiptStatusSuccessful {
		return r, fmt.Errorf("transaction failed")
	}
	return r, nil
}

func (e *chainEnv) must(key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	r, err := e.send(key, &to, value, data)
	if err != nil {
		e.t.Fatalf("transaction reverted: %s (%v)", contracts.RevertName(err), err)
	}
	return r
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
	key := func(i int) *ecdsa.PrivateKey {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("mycel prover test %d", i))))
		return k
	}
	deployer, operator, user := key(0), key(1), key(2)
	alloc := types.GenesisAlloc{}
	for _, k := range []*ecdsa.PrivateKey{deployer, operator, user} {
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e9), big.NewInt(1e18))}
	}
	sim := simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000))
	defer sim.Close()
	e := &chainEnv{t: t, ctx: context.Background(), sim: sim, client: sim.Client()}
	var err error
	if e.chainID, err = e.client.ChainID(e.ctx); err != nil {
		t.Fatal(err)
	}

	r, err := e.send(deployer, nil, nil, code)
	if err != nil {
		t.Fatalf("deploy verifier: %v", err)
	}
	verifier := r.ContractAddress
	t.Logf("BatchVerifier (%s): deployed, %d bytes of init code, %d gas", k.Params.Name(), len(code), r.GasUsed)

	cfg := contracts.DefaultConfig()
	cfg.MinStake = big.NewInt(1e18)
	cfg.EpochDuration = 1000
	cfg.UnbondingDelay = 5000
	cfg.L2ChainID = batches[0].ChainID
	cfg.TreeDepth = uint8(tinyParams.Depth)
	cfg.GenesisRoot = common.Hash(batches[0].PrevRoot)
	cfg.DepositDeadline, cfg.ProofWindow, cfg.EscapePeriod = 3000, 3000, 20000
	cfg.Verifier = verifier
	// tinyChain's genesis: accounts 1 and 2, 1,000,000 gwei each.
	for i := uint32(1); i <= 2; i++ {
		a, ok, err := s.Account(i)
		if err != nil || !ok {
			t.Fatalf("genesis account %d: %v", i, err)
		}
		cfg.GenesisKeys = append(cfg.GenesisKeys, a.PubKey)
	}
	cfg.GenesisSupply = 2_000_000
	auth := bind.NewKeyedTransactor(deployer, e.chainID)
	d, err := contracts.DeployAll(e.ctx, e.client, auth, cfg, func() { sim.Commit() })
	if err != nil {
		t.Fatal(err)
	}
	rollup, staking := bindings.NewRollup(), bindings.NewStakingRegistry()

	// One operator holds all the stake: its signature alone is a quorum.
	opKey := key(3)
	pub, pop, err := contracts.ProofOfPossession(opKey, e.chainID, d.Staking, crypto.PubkeyToAddress(operator.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	e.must(operator, d.Staking, big.NewInt(2e18), staking.PackRegister(0, big.NewInt(0), pub, pop))
	if err := sim.AdjustTime(time.Duration(cfg.EpochDuration) * time.Second); err != nil {
		t.Fatal(err)
	}
	sim.Commit()

	// The L1 deposit that batch 2 consumes.
	dtx, _ := ledger.DecodeTx(batches[2].Txs[0].Tx)
	gwei := new(big.Int).Mul(new(big.Int).SetUint64(dtx.Amount), big.NewInt(1e9))
	x, qx, qy, err := contracts.DepositKeyHint(dtx.PubKey)
	if err != nil {
		t.Fatal(err)
	}
	depData := rollup.PackDeposit(dtx.PubKey, x, qx, qy)
	e.must(user, d.Rollup, gwei, depData)

	call := func(data []byte) ([]byte, error) {
		return e.client.CallContract(e.ctx, ethereum.CallMsg{To: &d.Rollup, Data: data}, nil)
	}
	for i, b := range batches {
		bp, err := ProveBatch(e.ctx, CPUBackend{}, k, b)
		if err != nil {
			t.Fatal(err)
		}
		pd, _ := b.PubData()
		h := bindings.BatchHeader{ChainId: b.ChainID, BatchIndex: b.Index, PrevRoot: b.PrevRoot, NewRoot: b.NewRoot,
			FirstBlock: b.FirstBlock, LastBlock: b.LastBlock, DepositStart: b.DepositStart, DepositEnd: b.DepositEnd,
			DataCommitment: contracts.DataCommitment(pd)}
		// The contract computes the same public input.
		out, err := call(rollup.PackPublicInput(h))
		if err != nil {
			t.Fatal(err)
		}
		got, _ := rollup.UnpackPublicInput(out)
		if got.String() != bp.PublicInput {
			t.Fatalf("batch %d: contract public input %v, prover %s", i, got, bp.PublicInput)
		}
		sig, err := contracts.SignDigest(opKey, contracts.AttestationDigest(e.chainID, d.Rollup, h))
		if err != nil {
			t.Fatal(err)
		}
		cert := contracts.Certificate([]contracts.Signature{{Signer: crypto.PubkeyToAddress(opKey.PublicKey), Sig: sig}})
		e.must(user, d.Rollup, nil, rollup.PackCommitBatch(h, pd, cert))

		// A tampered proof reverts.
		bad := bytes.Clone(bp.Proof)
		bad[40] ^= 1
		if _, err := e.send(user, &d.Rollup, nil, rollup.PackProveBatch(h, bad)); err == nil {
			t.Fatalf("batch %d: tampered proof accepted", i)
		}
		// The verifier rejects the proof for another public input.
		pi, _ := new(big.Int).SetString(bp.PublicInput, 10)
		for _, in := range []*big.Int{new(big.Int).Add(pi, big.NewInt(1))} {
			data, err := verifierABI.Pack("verifyProof", bp.Proof, [1]*big.Int{in})
			if err != nil {
				t.Fatal(err)
			}
			if _, err := e.client.CallContract(e.ctx, ethereum.CallMsg{To: &verifier, Data: data}, nil); err == nil {
				t.Fatalf("batch %d: proof verified for a tampered public input", i)
			}
		}
		data, _ := verifierABI.Pack("verifyProof", bp.Proof, [1]*big.Int{pi})
		vgas, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{To: &verifier, Data: data})
		if err != nil {
			t.Fatalf("batch %d: verifyProof: %s (%v)", i, contracts.RevertName(err), err)
		}
		rc := e.must(user, d.Rollup, nil, rollup.PackProveBatch(h, bp.Proof))
		t.Logf("batch %d (%d chunks of public data): proof %d bytes; verifyProof %d gas (tx estimate); proveBatch %d gas",
			i, len(pd)/chunk, len(bp.Proof), vgas, rc.GasUsed)
		out, _ = call(rollup.PackLastFinalizedRoot())
		root, _ := rollup.UnpackLastFinalizedRoot(out)
		if root != b.NewRoot {
			t.Fatalf("batch %d: finalized root %x, want %s", i, root, b.NewRoot)
		}
	}
	_ = strings.Contains
	_ = s
}
