package devnet

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
	"github.com/mycel-network/mycel/prover"
)

// TestRollupEndToEnd runs the rollup devnet (in-process L1 dev chain,
// contracts, 4 staked validators, and its prover as `mycel devnet` runs it:
// a separate process at nice ProverNice, this test binary as `mycel
// prover` through TestMain) and follows funds from an L1 deposit through
// L2 transfers to a batch certified and committed on L1, proven by the
// prover process, verified on L1, and a withdrawal claimed on L1, checking
// balances at each step; then the prover process stops with the devnet.
//
// By default the circuit is a tiny one (2 slots, tree depth 4: a dev setup
// and proofs of a second or two) whose exported verifier is compiled with
// the shared solc (SOLC; CI has it) and deployed; without solc the L1 runs
// the test verifier and the test stops at the L1 commit. With
// MYCEL_DEVNET_PROVE=1 it proves the devnet's own 8-slot circuit against
// its dev verifier (the dev setup takes about 70 s on 2 cores).
//
// It runs twice: with ECDSA certificates (one signature per signer), and
// with BLS certificates (ADR 031: the Rollup's certifier is the
// BLSRegistry, the operators' BLS keys are registered, posters publish the
// epoch's set and commit under one aggregate signature), where it also
// checks that the batch's rewards reach its signers through
// RewardPool.distributeBLS.
func TestRollupEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs an L1 chain and 4 validators")
	}
	t.Run("ecdsa", func(t *testing.T) { rollupEndToEnd(t, false) })
	t.Run("bls", func(t *testing.T) { rollupEndToEnd(t, true) })
}

func rollupEndToEnd(t *testing.T, blsCerts bool) {
	prove := os.Getenv("MYCEL_DEVNET_PROVE") == "1"
	home := t.TempDir()
	cfg := DefaultConfig(home)
	cfg.L1.BLSCertificates = blsCerts
	cfg.Init.BasePort = testutil.FreePortBase(t, 4)
	cfg.Init.Accounts = 4
	cfg.L1.HTTPAddr = "127.0.0.1:0"
	cfg.L1.BlockPeriod = 500 * time.Millisecond
	if !prove {
		if code, keys, ok := tinyCircuit(t); ok {
			prove = true
			cfg.Init.Depth, cfg.L1.BatchSlots = tinyParams.Depth, tinyParams.Slots
			cfg.L1.VerifierBin, cfg.L1.ProverKeys = code, keys
		} else {
			cfg.L1.Prover = false
			cfg.L1.Verifier = "test"
		}
	}
	if prove {
		exe, err := os.Executable()
		if err != nil {
			t.Fatal(err)
		}
		cfg.ProverBin = exe
	}
	level := slog.LevelError
	if testing.Verbose() {
		level = slog.LevelInfo
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	d, err := start(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop(context.Background())
	eth := d.Chain.Client()
	dep := d.L1.Deployment
	rollup := bindings.NewRollup()
	l2, err := rpc.Dial(d.Manifest.RPC[1])
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()

	// 1. Deposit 1 ETH on L1 for a new L2 key.
	user := d.Chain.DevKeys()[9]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	tcfg := l1.DefaultTxManagerConfig()
	tcfg.ChainID = d.Chain.ChainID()
	txm, err := l1.NewTxManager(tcfg, eth, user, log, l1.NopMetrics())
	if err != nil {
		t.Fatal(err)
	}
	l2key, _ := ledger.NewPrivateKey(sha256.Sum256([]byte("e2e user")))
	pk := l2key.Public()
	x, qx, qy, err := contracts.DepositKeyHint(pk)
	if err != nil {
		t.Fatal(err)
	}
	oneEth := new(big.Int).Mul(big.NewInt(1), big.NewInt(1e18))
	if _, err := txm.Send(ctx, dep.Rollup, rollup.PackDeposit(pk, x, qx, qy), oneEth); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	start := time.Now()
	var acct node.AccountResult
	waitFor(t, ctx, "the deposit credited on L2", func() bool {
		err := l2.Call(&acct, "mycel_getAccountByKey", pk)
		return err == nil && acct.Exists && acct.Account.Balance == 1e9
	})
	t.Logf("deposit credited on L2 after %v (account %d)", time.Since(start).Round(time.Millisecond), acct.Account.Index)

	// 2. A transfer to account 1, then a withdrawal of 0.4 ETH to a fresh
	// L1 address.
	to := common.HexToAddress("0x00000000000000000000000000000000000e2e01")
	idx := acct.Account.Index
	tr := &ledger.Tx{Type: ledger.TxTransfer, ChainID: d.Manifest.ChainID, From: idx, To: 1, Amount: 1000, Fee: 10, Nonce: 0}
	wd := &ledger.Tx{Type: ledger.TxWithdraw, ChainID: d.Manifest.ChainID, From: idx, L1Address: to, Amount: 400_000_000, Fee: 10, Nonce: 1}
	for _, tx := range []*ledger.Tx{tr, wd} {
		if err := tx.Sign(l2key); err != nil {
			t.Fatal(err)
		}
		var h common.Hash
		if err := l2.Call(&h, "mycel_sendRawTransaction", hexutil.Bytes(tx.Encode())); err != nil {
			t.Fatalf("send: %v", err)
		}
	}
	var receipt *node.Receipt
	wh := wd.Hash()
	waitFor(t, ctx, "the withdrawal committed on L2", func() bool {
		err := l2.Call(&receipt, "mycel_getTransactionReceipt", common.Hash(wh))
		return err == nil && receipt != nil && receipt.Status == "committed"
	})
	softAt := time.Since(start)
	waitFor(t, ctx, "the sender's balance", func() bool {
		return l2.Call(&acct, "mycel_getAccountByKey", pk) == nil && acct.Account.Balance == 1e9-1000-10-400_000_000-10
	})

	// 3. The batch holding the withdrawal is certified and committed on L1.
	height := uint64(*receipt.Height)
	var batch node.BatchResult
	waitFor(t, ctx, "the withdrawal's batch certified on L2", func() bool {
		for i := uint64(0); ; i++ {
			var b node.BatchResult
			if err := l2.Call(&b, "mycel_getBatch", i); err != nil {
				return false
			}
			if b.Header.FirstBlock <= height && height <= b.Header.LastBlock {
				batch = b
				return b.Certified
			}
		}
	})
	if len(batch.Withdrawals) != 1 || batch.Withdrawals[0].To != to || batch.Withdrawals[0].AmountGwei != 400_000_000 {
		t.Fatalf("batch %d withdrawals: %+v", batch.Index, batch.Withdrawals)
	}
	call := func(data []byte) []byte {
		out, err := eth.CallContract(ctx, ethereum.CallMsg{To: &dep.Rollup, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	waitFor(t, ctx, "the batch committed on L1", func() bool {
		n, _ := rollup.UnpackNextBatchIndex(call(rollup.PackNextBatchIndex()))
		return n > batch.Index
	})
	t.Logf("soft confirmation %v, batch %d committed on L1 %v after the deposit", softAt.Round(time.Millisecond), batch.Index, time.Since(start).Round(time.Millisecond))
	if !prove {
		t.Log("MYCEL_DEVNET_PROVE unset: batches are not proven here, the withdrawal cannot be claimed")
		return
	}

	// 4. The prover process proves it and the proof is verified on L1.
	waitFor(t, ctx, "the batch finalized on L1", func() bool {
		n, _ := rollup.UnpackFinalizedCount(call(rollup.PackFinalizedCount()))
		return n > batch.Index
	})
	t.Logf("batch %d finalized on L1 %v after the deposit", batch.Index, time.Since(start).Round(time.Millisecond))
	pid := d.ProverPID()
	if pid == 0 {
		t.Fatal("batches were proven but no prover process runs")
	}
	if nice, err := processNice(pid); err != nil {
		t.Fatal(err)
	} else if len(nice) == 0 || slices.ContainsFunc(nice, func(n int) bool { return n != ProverNice }) {
		t.Fatalf("prover process %d: nice values of its threads %v, want all %d", pid, nice, ProverNice)
	}
	if _, err := os.Stat(filepath.Join(home, "node0", "proofs")); err != nil {
		t.Fatalf("node0 holds no proofs from the prover process: %v", err)
	}

	if blsCerts {
		// The node's record (mycel_getBatch) keeps each signer's BLS
		// signature beside its ECDSA one.
		var withBLS int
		for _, sg := range batch.Signatures {
			if len(sg.BLS) == 128 {
				withBLS++
			}
		}
		if withBLS < 3 {
			t.Fatalf("batch %d: %d of %d signatures carry a BLS signature, want at least 3", batch.Index, withBLS, len(batch.Signatures))
		}
		checkBLSRewards(t, ctx, d, batch.Index)
	}

	// 5. Claim the withdrawal on L1.
	w := batch.Withdrawals[0]
	var proof [][32]byte
	for _, p := range w.Proof {
		proof = append(proof, p)
	}
	before, _ := eth.BalanceAt(ctx, to, nil)
	cm, err := l1.FindCommit(ctx, eth, dep.Rollup, batch.Index, 0)
	if err != nil {
		t.Fatalf("batch %d's commit: %v", batch.Index, err)
	}
	if _, err := txm.Send(ctx, dep.Rollup, rollup.PackClaimWithdrawal(new(big.Int).SetUint64(batch.Index), cm.HeaderHash, cm.Record, big.NewInt(int64(w.Index)), to, w.AmountGwei, proof), nil); err != nil {
		t.Fatalf("claim: %v", err)
	}
	after, _ := eth.BalanceAt(ctx, to, nil)
	want := new(big.Int).Mul(big.NewInt(400_000_000), contracts.GweiWei)
	if new(big.Int).Sub(after, before).Cmp(want) != 0 {
		t.Fatalf("L1 balance of %s went from %s to %s, want +%s", to, before, after, want)
	}
	// A second claim is refused.
	if _, err := txm.Send(ctx, dep.Rollup, rollup.PackClaimWithdrawal(new(big.Int).SetUint64(batch.Index), cm.HeaderHash, cm.Record, big.NewInt(int64(w.Index)), to, w.AmountGwei, proof), nil); !l1.IsRevert(err, "AlreadyClaimed") {
		t.Fatalf("second claim: %v", err)
	}
	_ = userAddr

	// 6. Stopping the devnet stops the prover process: no orphan.
	if err := d.Stop(ctx); err != nil {
		t.Logf("stop: %v", err)
	}
	if p := d.ProverPID(); p != 0 {
		t.Fatalf("ProverPID %d after Stop", p)
	}
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Fatalf("prover process %d still exists after Stop (kill 0: %v)", pid, err)
	}
}

// checkBLSRewards checks a BLS-certified devnet after batch index was
// finalized: the Rollup's certifier is the BLSRegistry, the batch's signers
// hash is an (epoch, bitmap) of a published set, and its rewards reach the
// operators (RewardPool.distributeBLS by its poster).
func checkBLSRewards(t *testing.T, ctx context.Context, d *Devnet, index uint64) {
	t.Helper()
	eth, dep := d.Chain.Client(), d.L1.Deployment
	rollup, pool, reg := bindings.NewRollup(), bindings.NewRewardPool(), bindings.NewBLSRegistry()
	read := func(to common.Address, data []byte) []byte {
		out, err := eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	if c, _ := rollup.UnpackCertifier(read(dep.Rollup, rollup.PackCertifier())); c != dep.BLS {
		t.Fatalf("the Rollup's certifier is %s, not the BLSRegistry %s", c, dep.BLS)
	}
	// The batch's signers hash names a bitmap of a set its posters
	// published (devnet epochs are short: the current one may be later).
	epoch, _ := reg.UnpackCurrentEpoch(read(dep.BLS, reg.PackCurrentEpoch()))
	signers, err := l1.FindCommit(ctx, eth, dep.Rollup, index, 0)
	if err != nil {
		t.Fatalf("batch %d's commit: %v", index, err)
	}
	found := false
	for e := uint64(0); e <= epoch && !found; e++ {
		set, _ := reg.UnpackBlsSetOf(read(dep.BLS, reg.PackBlsSetOf(e)))
		n := int(set.N.Int64())
		for bits := 1; n > 0 && n <= 8 && bits < 1<<n && !found; bits++ {
			found = contracts.BLSSignersHash(e, []byte{byte(bits)}) == signers.Record.SignersHash
		}
	}
	if !found {
		t.Fatalf("batch %d's signers hash %s is no bitmap of a published BLS set (epochs 0..%d)", index, signers.Record.SignersHash, epoch)
	}
	waitFor(t, ctx, "the batch's rewards distributed", func() bool {
		done, _ := pool.UnpackDistributed(read(dep.RewardPool, pool.PackDistributed(new(big.Int).SetUint64(index))))
		return done
	})
	var paid int
	for _, op := range d.L1.Operators {
		owed, _ := pool.UnpackOwed(read(dep.RewardPool, pool.PackOwed(common.HexToAddress(op.Owner))))
		if owed != nil && owed.Sign() > 0 {
			paid++
		}
	}
	if paid < 3 {
		t.Fatalf("%d operators were paid for BLS-certified batches, want at least 3 of 4 (a 2/3 certificate)", paid)
	}
}

// tinyParams is the circuit TestRollupEndToEnd proves by default: a dev
// setup and each proof take a second or two.
var tinyParams = prover.Params{Slots: 3, Depth: 4}

// tinyCircuit makes the INSECURE dev keys of tinyParams in a temporary
// directory and compiles their exported verifier with solc (SOLC, or the
// shared tools' solc). Without solc it returns false, except on CI, where
// it fails.
func tinyCircuit(t *testing.T) (code []byte, keysDir string, ok bool) {
	t.Helper()
	solc := solcPath()
	if solc == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no solc (SOLC, or ../../shared/tools/solc): CI must prove on the devnet")
		}
		t.Log("no solc (set SOLC): the devnet runs the test verifier and no prover")
		return nil, "", false
	}
	k, err := prover.DevSetup(context.Background(), tinyParams, nil)
	if err != nil {
		t.Fatal(err)
	}
	keysDir = filepath.Join(t.TempDir(), "keys")
	if err := prover.WriteKeys(keysDir, k, nil); err != nil {
		t.Fatal(err)
	}
	return compileVerifier(t, solc, k), keysDir, true
}

// solcPath is the solc the devnet tests compile exported verifiers with
// (SOLC, or the shared tools' solc); "" when there is none.
func solcPath() string {
	solc := os.Getenv("SOLC")
	if solc == "" {
		solc = filepath.Join("..", "..", "shared", "tools", "solc")
	}
	if _, err := os.Stat(solc); err != nil {
		return ""
	}
	return solc
}

// compileVerifier compiles k's exported verifier (prover.ExportSolidity)
// with solc and returns its creation bytecode.
func compileVerifier(t testing.TB, solc string, k *prover.Keys) []byte {
	t.Helper()
	var sol bytes.Buffer
	if err := prover.ExportSolidity(&sol, k, "BatchVerifier"); err != nil {
		t.Fatal(err)
	}
	in, _ := json.Marshal(map[string]any{
		"language": "Solidity",
		"sources":  map[string]any{"V.sol": map[string]string{"content": sol.String()}},
		"settings": map[string]any{
			"optimizer":       map[string]any{"enabled": true, "runs": 1000},
			"evmVersion":      "prague",
			"outputSelection": map[string]any{"V.sol": map[string]any{"BatchVerifier": []string{"evm.bytecode.object"}}},
		},
	})
	cmd := exec.Command(solc, "--standard-json")
	cmd.Stdin = bytes.NewReader(in)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("solc: %v", err)
	}
	var res struct {
		Errors []struct {
			Severity, FormattedMessage string
		}
		Contracts map[string]map[string]struct {
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
	code := common.FromHex(res.Contracts["V.sol"]["BatchVerifier"].EVM.Bytecode.Object)
	if len(code) == 0 {
		t.Fatal("solc: no bytecode for BatchVerifier")
	}
	return code
}

// processNice returns the nice value of each thread of process pid
// (/proc/PID/task/TID/stat, field 19).
func processNice(pid int) ([]int, error) {
	tasks, err := filepath.Glob(fmt.Sprintf("/proc/%d/task/*/stat", pid))
	if err != nil || len(tasks) == 0 {
		return nil, fmt.Errorf("threads of process %d: %v (none found)", pid, err)
	}
	var nice []int
	for _, p := range tasks {
		raw, err := os.ReadFile(p)
		if err != nil {
			continue // the thread exited
		}
		// The command name, field 2, is in parentheses and may hold spaces.
		f := strings.Fields(string(raw[bytes.LastIndexByte(raw, ')')+1:]))
		if len(f) < 17 {
			return nil, fmt.Errorf("%s: %q", p, raw)
		}
		n, err := strconv.Atoi(f[16])
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		nice = append(nice, n)
	}
	return nice, nil
}

// waitFor polls ok every 200 ms until it holds; past ctx's deadline it
// fails t with "timed out waiting for <what>".
func waitFor(t testing.TB, ctx context.Context, what string, ok func() bool) {
	t.Helper()
	deadline, _ := ctx.Deadline()
	testutil.Wait{Within: time.Until(deadline), Every: 200 * time.Millisecond}.Until(t, what, ok)
}
