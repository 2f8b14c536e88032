package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/internal/testverifier"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// runWallet runs `mycel ARGS` in this process and returns its stdout and
// stderr apart.
func runWallet(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	root := newRootCmd()
	root.SetOut(&out)
	root.SetErr(&errb)
	root.SetArgs(args)
	err = root.Execute()
	return out.String(), errb.String(), err
}

// mustWalletJSON runs a wallet command with --json and decodes its output.
func mustWalletJSON(t *testing.T, v any, args ...string) {
	t.Helper()
	out, errOut, err := runWallet(t, append(args, "--json")...)
	if err != nil {
		t.Fatalf("mycel %s: %v\nstderr:\n%s", strings.Join(args, " "), err, errOut)
	}
	if err := json.Unmarshal([]byte(out), v); err != nil {
		t.Fatalf("mycel %s: output is not JSON (%v):\n%s", strings.Join(args, " "), err, out)
	}
}

// walletFails runs a wallet command that must fail with an error saying
// each of want.
func walletFails(t *testing.T, want []string, args ...string) {
	t.Helper()
	_, _, err := runWallet(t, args...)
	if err == nil {
		t.Fatalf("mycel %s: succeeded, want an error", strings.Join(args, " "))
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Fatalf("mycel %s: error %q does not say %q", strings.Join(args, " "), err, w)
		}
	}
}

// proveBatches finalizes every batch committed on L1, in order, with the
// test verifier's proofs (the devnet of TestWalletOnDevnet deploys it
// instead of the batch circuit's, whose proofs take minutes on 2 cores).
// It reads each header from the node and calls Rollup.proveBatch, as the
// node's prover would.
func proveBatches(ctx context.Context, t *testing.T, d *devnet.Devnet, log *slog.Logger) {
	eth := d.Chain.Client()
	rollup := bindings.NewRollup()
	addr := d.L1.Deployment.Rollup
	tcfg := l1.DefaultTxManagerConfig()
	tcfg.ChainID = d.Chain.ChainID()
	keys := d.Chain.DevKeys()
	txm, err := l1.NewTxManager(tcfg, eth, keys[len(keys)-4], log, l1.NopMetrics())
	if err != nil {
		t.Error(err)
		return
	}
	l2, err := rpc.Dial(d.Manifest.RPC[0])
	if err != nil {
		t.Error(err)
		return
	}
	defer l2.Close()
	read := func(data []byte) []byte {
		out, _ := eth.CallContract(ctx, ethereum.CallMsg{To: &addr, Data: data}, nil)
		return out
	}
	for ctx.Err() == nil {
		fc, err1 := rollup.UnpackFinalizedCount(read(rollup.PackFinalizedCount()))
		next, err2 := rollup.UnpackNextBatchIndex(read(rollup.PackNextBatchIndex()))
		if err1 == nil && err2 == nil && fc < next {
			var b node.BatchResult
			if err := l2.CallContext(ctx, &b, "mycel_getBatch", fc); err == nil {
				h := bindings.BatchHeader(b.Header.Batch())
				proof, err := testverifier.Prove(contracts.PublicInputs(h))
				var cm *l1.Commit
				if err == nil {
					cm, err = l1.FindCommit(ctx, eth, addr, fc, 0)
				}
				if err == nil {
					_, err = txm.Send(ctx, addr, rollup.PackProveBatch(h, cm.Record, proof), nil)
				}
				if err != nil && ctx.Err() == nil {
					log.Warn("test prover", "batch", fc, "err", err)
				}
				continue
			}
		}
		select {
		case <-ctx.Done():
		case <-time.After(300 * time.Millisecond):
		}
	}
}

type walletBalance struct {
	L2 *struct {
		Index   uint32 `json:"index"`
		Balance uint64 `json:"balance_gwei"`
		Nonce   uint64 `json:"nonce"`
	} `json:"l2"`
	Finalized *struct {
		Batch   uint64 `json:"batch"`
		Exists  bool   `json:"exists"`
		Balance uint64 `json:"balance_gwei"`
	} `json:"finalized"`
	L1Wei *big.Int `json:"l1_wei"`
}

// TestWalletOnDevnet drives `mycel wallet` as a newcomer would against a
// rollup devnet (`mycel devnet`'s in-process network: L1 dev chain,
// contracts, 4 staked validators): new wallets from the devnet's funded
// dev accounts, deposit, send, withdraw and claim, with the balances on
// L2 and the claim's payment on L1 checked, and the mistakes a newcomer
// makes answered with errors that say what to do. The devnet runs the
// contracts' test verifier, and proveBatches stands in for the prover.
func TestWalletOnDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs an L1 chain and 4 validators")
	}
	level := slog.LevelError
	if testing.Verbose() {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	home := filepath.Join(t.TempDir(), "devnet")
	cfg := devnet.DefaultConfig(home)
	cfg.Init.BasePort = testutil.FreePortBase(t, 4)
	cfg.Init.Accounts = 4
	cfg.L1.HTTPAddr = "127.0.0.1:0"
	cfg.L1.BlockPeriod = 500 * time.Millisecond
	cfg.L1.Prover = false
	cfg.L1.Verifier = "test"
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := devnet.New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	started := time.Now()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer d.Stop(context.Background())
	t.Logf("devnet up in %v", time.Since(started).Round(time.Millisecond))
	proverCtx, stopProver := context.WithCancel(ctx)
	proverDone := make(chan struct{})
	go func() { defer close(proverDone); proveBatches(proverCtx, t, d, log) }()
	defer func() { stopProver(); <-proverDone }()

	dir := t.TempDir()
	pass := filepath.Join(dir, "pass")
	wrong := filepath.Join(dir, "wrong")
	os.WriteFile(pass, []byte("newcomer passphrase\n"), 0o600)
	os.WriteFile(wrong, []byte("not it\n"), 0o600)
	walletA, walletB := filepath.Join(dir, "alice"), filepath.Join(dir, "bob")
	shared := []string{"--devnet", home, "--password-file", pass, "--timeout", "3m"}
	a := func(args ...string) []string { return append(append(args, "--wallet", walletA), shared...) }
	b := func(args ...string) []string { return append(append(args, "--wallet", walletB), shared...) }

	// 1. Two wallets, each with a funded L1 dev account of the devnet.
	var infoA, infoB walletInfo
	mustWalletJSON(t, &infoA, a("wallet", "new", "--devnet-account", "0", "--light-kdf")...)
	mustWalletJSON(t, &infoB, b("wallet", "new", "--devnet-account", "1", "--light-kdf")...)
	if infoA.L1Address != d.L1.DevAccounts[0].Address || infoB.L1Address != d.L1.DevAccounts[1].Address || infoA.PubKey == infoB.PubKey {
		t.Fatalf("wallets %+v %+v, dev accounts %+v", infoA, infoB, d.L1.DevAccounts)
	}
	walletFails(t, []string{"already exists"}, a("wallet", "new", "--devnet-account", "0", "--light-kdf")...)
	var shown walletInfo
	mustWalletJSON(t, &shown, "wallet", "show", "--wallet", walletA)
	if shown.PubKey != infoA.PubKey || shown.L1Address != infoA.L1Address {
		t.Fatalf("show %+v, new said %+v", shown, infoA)
	}
	var bal walletBalance
	mustWalletJSON(t, &bal, a("wallet", "balance")...)
	if bal.L2 != nil || bal.L1Wei == nil || bal.L1Wei.Sign() <= 0 {
		t.Fatalf("fresh wallet balance %+v", bal)
	}

	// 2. A newcomer's mistakes before the first deposit.
	walletFails(t, []string{"not a whole number of gwei"}, a("wallet", "deposit", "0.0000000001")...)
	walletFails(t, []string{"no L2 account", "deposit first"}, a("wallet", "send", "1", "0.1")...)
	walletFails(t, []string{"wrong passphrase", "l1-key.json"}, append(a("wallet", "deposit", "1"), "--password-file", wrong)...)
	// A wallet with a new L1 key has no ETH on L1 to deposit or pay gas.
	broke := filepath.Join(dir, "broke")
	mustWalletJSON(t, &walletInfo{}, append([]string{"wallet", "new", "--light-kdf", "--wallet", broke}, shared...)...)
	walletFails(t, []string{"insufficient L1 funds", "fund the L1 account"}, append([]string{"wallet", "deposit", "0.5", "--wallet", broke}, shared...)...)
	walletFails(t, []string{"no wallet", "mycel wallet new"}, append([]string{"wallet", "balance", "--wallet", filepath.Join(dir, "none")}, shared...)...)

	// 3. Deposit 1 ETH: credited on L2.
	var dep struct {
		Account    uint32 `json:"account"`
		AmountGwei uint64 `json:"amount_gwei"`
		Balance    uint64 `json:"balance_gwei"`
		MinedMs    int64  `json:"mined_ms"`
		CreditedMs int64  `json:"credited_after_mined_ms"`
	}
	mustWalletJSON(t, &dep, a("wallet", "deposit", "1")...)
	if dep.AmountGwei != 1e9 || dep.Balance != 1e9 {
		t.Fatalf("deposit %+v", dep)
	}
	t.Logf("deposit: L1 transaction mined after %d ms, credited on L2 %d ms after that", dep.MinedMs, dep.CreditedMs)
	// Bob has no account yet: a payment to his key says so.
	walletFails(t, []string{"no L2 account", "deposit"}, a("wallet", "send", infoB.PubKey.String(), "0.1")...)
	var depB struct {
		Account uint32 `json:"account"`
	}
	mustWalletJSON(t, &depB, b("wallet", "deposit", "10000000gwei")...)

	// 4. Alice pays Bob 0.25 ETH by his public key.
	const fee = 1
	var sent struct {
		To     *uint32 `json:"to"`
		Amount uint64  `json:"amount_gwei"`
		Nonce  uint64  `json:"nonce"`
		SoftMs int64   `json:"soft_confirmation_ms"`
	}
	mustWalletJSON(t, &sent, a("wallet", "send", infoB.PubKey.String(), "0.25")...)
	if sent.To == nil || *sent.To != depB.Account || sent.Amount != 250_000_000 || sent.Nonce != 0 {
		t.Fatalf("send %+v", sent)
	}
	t.Logf("send: soft confirmation (committed in an L2 block) after %d ms", sent.SoftMs)
	mustWalletJSON(t, &bal, b("wallet", "balance")...)
	if bal.L2 == nil || bal.L2.Balance != 10_000_000+250_000_000 {
		t.Fatalf("bob's balance %+v", bal.L2)
	}
	walletFails(t, []string{"insufficient L2 balance", "deposit more"}, a("wallet", "send", fmt.Sprint(depB.Account), "5")...)

	// 5. Withdraw 0.4 ETH to a fresh L1 address and claim it there.
	to := "0x00000000000000000000000000000000000a11ce"
	var wd struct {
		Tx        string `json:"tx"`
		L1Address string `json:"l1_address"`
		Nonce     uint64 `json:"nonce"`
	}
	mustWalletJSON(t, &wd, a("wallet", "withdraw", "0.4", "--to", to)...)
	if !strings.EqualFold(wd.L1Address, to) || wd.Nonce != 1 {
		t.Fatalf("withdraw %+v", wd)
	}
	eth := d.Chain.Client()
	before, err := eth.BalanceAt(ctx, common.HexToAddress(to), nil)
	if err != nil {
		t.Fatal(err)
	}
	claimStart := time.Now()
	var claim struct {
		Batch      uint64 `json:"batch"`
		AmountGwei uint64 `json:"amount_gwei"`
		WaitedMs   int64  `json:"waited_ms"`
	}
	out, progress, err := runWallet(t, append(a("wallet", "claim", wd.Tx), "--json")...)
	if err != nil {
		t.Fatalf("claim: %v\n%s", err, progress)
	}
	if err := json.Unmarshal([]byte(out), &claim); err != nil {
		t.Fatalf("claim output %q: %v", out, err)
	}
	if !strings.Contains(progress, "finalized on L1") {
		t.Fatalf("claim printed no progress on stderr:\n%s", progress)
	}
	after, _ := eth.BalanceAt(ctx, common.HexToAddress(to), nil)
	if got, want := new(big.Int).Sub(after, before), new(big.Int).Mul(big.NewInt(400_000_000), big.NewInt(1e9)); got.Cmp(want) != 0 {
		t.Fatalf("L1 balance of %s went up by %s wei, want %s", to, got, want)
	}
	t.Logf("claim: batch %d finalized and paid %v after the withdrawal committed", claim.Batch, time.Since(claimStart).Round(time.Millisecond))
	walletFails(t, []string{"already claimed"}, b("wallet", "claim", wd.Tx)...)

	// 6. Alice's balance: latest, and as of the finalized batch (checked
	// against the Rollup's root), which holds the withdrawal.
	mustWalletJSON(t, &bal, a("wallet", "balance")...)
	want := uint64(1e9 - 250_000_000 - fee - 400_000_000 - fee)
	if bal.L2 == nil || bal.L2.Balance != want || bal.L2.Nonce != 2 {
		t.Fatalf("alice's balance %+v, want %d gwei at nonce 2", bal.L2, want)
	}
	if bal.Finalized == nil || !bal.Finalized.Exists || bal.Finalized.Batch < claim.Batch || bal.Finalized.Balance != want {
		t.Fatalf("alice's finalized balance %+v, want %d gwei at batch %d or later", bal.Finalized, want, claim.Batch)
	}
	text, _, err := runWallet(t, a("wallet", "balance")...)
	if err != nil || !strings.Contains(text, "0.349999998 ETH") || !strings.Contains(text, "finalized on L1") {
		t.Fatalf("balance text %q, %v", text, err)
	}
}

// TestWalletKeysCLI: new, import and show without any network, and the
// errors that say what to do when something is missing.
func TestWalletKeysCLI(t *testing.T) {
	dir := t.TempDir()
	w := filepath.Join(dir, "w")
	t.Setenv(envPassphrase, "pw")
	var info walletInfo
	mustWalletJSON(t, &info, "wallet", "new", "--wallet", w, "--light-kdf")
	if info.L1KeyFrom != "new" || info.Wallet != w {
		t.Fatalf("new: %+v", info)
	}
	for _, f := range []string{"l2-key.json", "l1-key.json"} {
		st, err := os.Stat(filepath.Join(w, f))
		if err != nil || st.Mode().Perm() != 0o600 {
			t.Fatalf("%s: %v mode %v", f, err, st.Mode())
		}
	}
	text, _, err := runWallet(t, "wallet", "show", "--wallet", w)
	if err != nil || !strings.Contains(text, info.PubKey.String()) || !strings.Contains(text, info.L1Address.Hex()) {
		t.Fatalf("show: %q %v", text, err)
	}
	walletFails(t, []string{"already exists"}, "wallet", "new", "--wallet", w, "--light-kdf")

	// import: the seed of a testnet account and an L1 key, from files.
	seedFile, l1File := filepath.Join(dir, "seed"), filepath.Join(dir, "l1")
	os.WriteFile(seedFile, []byte("0x"+strings.Repeat("ab", 32)+"\n"), 0o600)
	os.WriteFile(l1File, []byte(strings.Repeat("11", 32)), 0o600)
	var imp walletInfo
	mustWalletJSON(t, &imp, "wallet", "import", "--wallet", filepath.Join(dir, "imp"), "--l2-key-file", seedFile, "--l1-key-file", l1File, "--light-kdf")
	k, _ := ledger.NewPrivateKey([32]byte(bytes.Repeat([]byte{0xab}, 32)))
	l1k, _ := crypto.ToECDSA(bytes.Repeat([]byte{0x11}, 32))
	if imp.PubKey != k.Public() || imp.L1Address != crypto.PubkeyToAddress(l1k.PublicKey) || imp.L1KeyFrom != "imported" {
		t.Fatalf("import: %+v", imp)
	}
	os.WriteFile(filepath.Join(dir, "short"), []byte("abcd"), 0o600)
	walletFails(t, []string{"--l2-key-file", "64 hex digits"}, "wallet", "import", "--wallet", filepath.Join(dir, "x"), "--l2-key-file", filepath.Join(dir, "short"))
	walletFails(t, []string{"nothing to import"}, "wallet", "import", "--wallet", filepath.Join(dir, "x"))
	walletFails(t, []string{"--devnet-account needs --devnet"}, "wallet", "new", "--wallet", filepath.Join(dir, "x"), "--devnet-account", "0")
	walletFails(t, []string{"is it the --home of a 'mycel devnet'"}, "wallet", "new", "--wallet", filepath.Join(dir, "x"), "--devnet", dir, "--devnet-account", "0")
	if _, err := os.Stat(filepath.Join(dir, "x")); !os.IsNotExist(err) {
		t.Fatalf("a failed new left %s behind (%v)", filepath.Join(dir, "x"), err)
	}
	// Endpoints and amounts are checked before anything is sent.
	walletFails(t, []string{"no node to talk to", "--rpc", "--devnet"}, "wallet", "balance", "--wallet", w)
	walletFails(t, []string{"--rollup"}, "wallet", "balance", "--wallet", w, "--rpc", "http://127.0.0.1:1", "--l1", "http://127.0.0.1:2")
	walletFails(t, []string{"amount", "1e18"}, "wallet", "deposit", "1e18", "--wallet", w)
	walletFails(t, []string{"account index or a 32-byte public key"}, "wallet", "send", "bob", "1", "--wallet", w)
	walletFails(t, []string{"64 hex digits"}, "wallet", "claim", "0x12", "--wallet", w)
	// No passphrase anywhere and no terminal: say how to give one.
	os.Unsetenv(envPassphrase)
	root := newRootCmd()
	root.SetIn(strings.NewReader(""))
	root.SetOut(io.Discard)
	root.SetErr(io.Discard)
	root.SetArgs([]string{"wallet", "deposit", "1", "--wallet", w, "--rpc", "http://127.0.0.1:1"})
	if err := root.Execute(); err == nil || !strings.Contains(err.Error(), "--password-file") || !strings.Contains(err.Error(), envPassphrase) {
		t.Fatalf("no passphrase: %v", err)
	}
}

// TestWalletNeedsL1: deposit and claim against a node alone say which
// flags they miss (a fake node that answers mycel_status).
func TestWalletNeedsL1(t *testing.T) {
	srv := rpc.NewServer()
	if err := srv.RegisterName("mycel", statusOnly{}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	defer hs.Close()
	w := filepath.Join(t.TempDir(), "w")
	t.Setenv(envPassphrase, "pw")
	mustWalletJSON(t, &walletInfo{}, "wallet", "new", "--wallet", w, "--light-kdf")
	walletFails(t, []string{"no L1 endpoint", "--l1 URL and --rollup ADDR"}, "wallet", "deposit", "1", "--wallet", w, "--rpc", hs.URL)
	walletFails(t, []string{"no L1 endpoint", "--l1 URL and --rollup ADDR"}, "wallet", "claim", "0x"+strings.Repeat("12", 32), "--wallet", w, "--rpc", hs.URL)
	walletFails(t, []string{"does not answer", "is the node running"}, "wallet", "balance", "--wallet", w, "--rpc", "http://127.0.0.1:1", "--timeout", "5s")
}

type statusOnly struct{}

func (statusOnly) Status() map[string]any { return map[string]any{"chain_id": 5, "height": "0x1"} }
