package main

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/keystore"
	"github.com/mycel-network/mycel/agent/mcp"
	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// mcpNode is an in-process single-validator chain without L1 (a block
// every 100 ms) with funded accounts.
type mcpNode struct {
	url   string
	accts []node.TestAccount
	chain uint64
}

func startMCPNode(t *testing.T) *mcpNode {
	t.Helper()
	home := t.TempDir()
	opts := node.DefaultInitOptions()
	opts.Accounts, opts.Depth = 3, 10
	opts.BasePort = testutil.FreePortBase(t, 1)
	if _, err := node.InitHome(home, opts); err != nil {
		t.Fatal(err)
	}
	cfg, err := node.LoadConfig(home, nil, []string{"rpc.loopback_unlimited=true", "log.level=warn"})
	if err != nil {
		t.Fatal(err)
	}
	n, err := node.New(cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Stop(context.Background()) })
	raw, err := os.ReadFile(filepath.Join(home, "accounts.json"))
	if err != nil {
		t.Fatal(err)
	}
	mn := &mcpNode{url: "http://" + cfg.RPC.Listen, chain: opts.ChainID}
	if err := json.Unmarshal(raw, &mn.accts); err != nil {
		t.Fatal(err)
	}
	testutil.Wait{Within: 30 * time.Second, Every: 20 * time.Millisecond}.UntilNil(t, "a first block", func() error {
		if h := n.Height(); h < 1 {
			return fmt.Errorf("height %d", h)
		}
		return nil
	})
	return mn
}

// balance is account idx's committed balance.
func (mn *mcpNode) balance(t *testing.T, idx uint32) uint64 {
	t.Helper()
	c, err := agent.Dial(context.Background(), agent.Config{RPC: mn.url, WS: "-"}, agent.Keys{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	a, _, err := c.AccountAt(context.Background(), idx, nil)
	if err != nil || a == nil {
		t.Fatalf("account %d: %v", idx, err)
	}
	return a.Balance
}

const mcpPassphrase = "an agent's long passphrase"

// mcpWallet writes a wallet of test account idx's L2 key and a new L1
// key, and a passphrase file; it returns the wallet directory, the
// passphrase file and the strings that must never leave the process.
func (mn *mcpNode) mcpWallet(t *testing.T, idx uint32) (dir, passFile string, secrets []string) {
	t.Helper()
	var l2 *ledger.PrivateKey
	for _, a := range mn.accts {
		if a.Index == idx {
			k, err := a.Key()
			if err != nil {
				t.Fatal(err)
			}
			l2 = k
		}
	}
	l1, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	base := t.TempDir()
	dir, passFile = filepath.Join(base, "wallet"), filepath.Join(base, "pass")
	if err := (keystore.Wallet{Dir: dir}).Create(l2, l1, mcpPassphrase, keystore.Light); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(passFile, []byte(mcpPassphrase+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	seed := l2.Seed()
	secrets = []string{hex.EncodeToString(seed[:]), hex.EncodeToString(crypto.FromECDSA(l1)), mcpPassphrase}
	// The key files' ciphertexts, too.
	for _, f := range []string{keystore.L2FileName, keystore.L1FileName} {
		raw, _ := os.ReadFile(filepath.Join(dir, f))
		var kf struct {
			Crypto struct {
				Ciphertext string `json:"ciphertext"`
				MAC        string `json:"mac"`
			} `json:"crypto"`
		}
		if json.Unmarshal(raw, &kf) != nil || kf.Crypto.Ciphertext == "" {
			t.Fatalf("%s: no crypto.ciphertext", f)
		}
		secrets = append(secrets, kf.Crypto.Ciphertext, kf.Crypto.MAC)
	}
	return dir, passFile, secrets
}

// syncBuffer is a buffer written by one goroutine and read by another.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// mcpCall calls a tool and keeps its result as JSON in seen.
func mcpCall(t *testing.T, cs *sdk.ClientSession, seen *[]string, name string, args map[string]any) *sdk.CallToolResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	res, err := cs.CallTool(ctx, &sdk.CallToolParams{Name: name, Arguments: args})
	if err != nil {
		t.Fatalf("tools/call %s: %v", name, err)
	}
	b, _ := json.Marshal(res)
	*seen = append(*seen, string(b))
	return res
}

func mcpText(r *sdk.CallToolResult) string {
	var parts []string
	for _, c := range r.Content {
		if t, ok := c.(*sdk.TextContent); ok {
			parts = append(parts, t.Text)
		}
	}
	return strings.Join(parts, "\n")
}

func mcpDecode(t *testing.T, r *sdk.CallToolResult, out any) {
	t.Helper()
	if r.IsError {
		t.Fatalf("isError: %s", mcpText(r))
	}
	b, _ := json.Marshal(r.StructuredContent)
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
}

// TestMCPStdio drives the built binary as an LLM host does: it starts
// `mycel mcp` with the wallet and its limits, initializes, lists the
// tools and calls status, balance and pay (the balances move), and is
// refused a payment over the per-call limit and bad arguments, with no
// secret in any answer or on stderr. Then the same server over streamable
// HTTP, in this process, selling echo behind a bearer token.
func TestMCPStdio(t *testing.T) {
	bin := testutil.BuildMycel(t)
	mn := startMCPNode(t)
	dir, passFile, secrets := mn.mcpWallet(t, 1)
	var stderr syncBuffer
	c := exec.Command(bin, "mcp", "--rpc", mn.url, "--wallet", dir, "--password-file", passFile, "--max-per-call", "0.001", "--max-per-hour", "0.002")
	c.Stderr = &stderr
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "llm-host", Version: "1.0"}, nil).Connect(ctx, &sdk.CommandTransport{Command: c}, nil)
	if err != nil {
		t.Fatalf("initialize: %v\nstderr:\n%s", err, stderr.String())
	}
	init := cs.InitializeResult()
	if init.ServerInfo.Name != "mycel" || init.Capabilities.Tools == nil || !strings.Contains(init.Instructions, "Spending tools") {
		t.Fatalf("initialize: %+v %q", init.ServerInfo, init.Instructions)
	}
	lr, err := cs.ListTools(ctx, nil)
	if err != nil || len(lr.Tools) != len(mcp.Tools) {
		t.Fatalf("tools/list: %d tools (%v), want %d", len(lr.Tools), err, len(mcp.Tools))
	}
	for _, tool := range lr.Tools {
		if in, _ := tool.InputSchema.(map[string]any); in["type"] != "object" || tool.Description == "" {
			t.Errorf("tool %s: schema %v, description %q", tool.Name, tool.InputSchema, tool.Description)
		}
	}
	var seen []string
	var st mcp.StatusOut
	mcpDecode(t, mcpCall(t, cs, &seen, "status", nil), &st)
	if st.ChainID != mn.chain || st.Wallet.L2Account == nil || *st.Wallet.L2Account != 1 || st.Wallet.Keys != "unlocked" || st.Spending.MaxPerCallETH != "0.001" {
		t.Fatalf("status %+v", st)
	}
	a0, b0 := mn.balance(t, 1), mn.balance(t, 2)
	var bal mcp.BalanceOut
	mcpDecode(t, mcpCall(t, cs, &seen, "balance", nil), &bal)
	if bal.L2 == nil || bal.L2.BalanceGwei != a0 {
		t.Fatalf("balance %+v, node says %d gwei", bal.L2, a0)
	}
	var tx mcp.TxOut
	mcpDecode(t, mcpCall(t, cs, &seen, "pay", map[string]any{"to": "2", "amount": "0.0005"}), &tx)
	if tx.Tx == "" || tx.AmountGwei != 500_000 || tx.Height == 0 {
		t.Fatalf("pay %+v", tx)
	}
	if a, b := mn.balance(t, 1), mn.balance(t, 2); a != a0-500_001 || b != b0+500_000 {
		t.Fatalf("balances %d, %d; want %d, %d", a, b, a0-500_001, b0+500_000)
	}
	for _, bad := range []struct {
		args map[string]any
		want string
	}{
		{map[string]any{"to": "2", "amount": "0.002"}, "--max-per-call"},
		{map[string]any{"to": "2"}, "bad arguments"},
		{map[string]any{"to": "alice", "amount": "1gwei"}, "account index"},
	} {
		r := mcpCall(t, cs, &seen, "pay", bad.args)
		if !r.IsError || !strings.Contains(mcpText(r), bad.want) {
			t.Fatalf("pay %v: %v %s", bad.args, r.IsError, mcpText(r))
		}
	}
	if b := mn.balance(t, 2); b != b0+500_000 {
		t.Fatalf("refused payments moved funds: %d gwei, want %d", b, b0+500_000)
	}
	if err := cs.Close(); err != nil {
		t.Logf("close: %v", err)
	}
	if !strings.Contains(stderr.String(), "tool call") {
		t.Fatalf("stderr has no log of the tool calls:\n%s", stderr.String())
	}
	all := strings.Join(seen, "\n") + stderr.String()
	for _, s := range secrets {
		if strings.Contains(all, s) || strings.Contains(all, strings.ToUpper(s)) {
			t.Fatalf("a secret appears in a result or on stderr")
		}
	}

	t.Run("over HTTP", func(t *testing.T) {
		tokenFile := filepath.Join(t.TempDir(), "token")
		os.WriteFile(tokenFile, []byte("0123456789abcdef0123\n"), 0o600)
		ctx, stop := context.WithCancel(context.Background())
		defer stop()
		var out, errb syncBuffer
		root := newRootCmd()
		root.SetOut(&out)
		root.SetErr(&errb)
		root.SetContext(ctx)
		root.SetArgs([]string{"mcp", "--http", "127.0.0.1:0", "--http-token-file", tokenFile, "--rpc", mn.url, "--wallet", dir,
			"--password-file", passFile, "--tools", "status,echo", "--sell", "echo=1000gwei"})
		done := make(chan error, 1)
		go func() { done <- root.Execute() }()
		var url string
		re := regexp.MustCompile(`url=(http://127\.0\.0\.1:\d+/)`)
		testutil.Wait{Within: 20 * time.Second, Every: 20 * time.Millisecond}.UntilNil(t, "the HTTP listener", func() error {
			if m := re.FindStringSubmatch(errb.String()); m != nil {
				url = m[1]
				return nil
			}
			select {
			case err := <-done:
				t.Fatalf("mycel mcp --http ended: %v\n%s", err, errb.String())
			default:
			}
			return fmt.Errorf("no url yet")
		})
		hc := &http.Client{Transport: bearerTransport{"0123456789abcdef0123"}}
		cs, err := sdk.NewClient(&sdk.Implementation{Name: "other-agent"}, nil).Connect(ctx, &sdk.StreamableClientTransport{Endpoint: url, HTTPClient: hc,
			DisableStandaloneSSE: true, MaxRetries: -1}, nil)
		if err != nil {
			t.Fatal(err)
		}
		lr, err := cs.ListTools(ctx, nil)
		if err != nil || len(lr.Tools) != 2 {
			t.Fatalf("tools over HTTP: %v %v", lr, err)
		}
		var seen []string
		r := mcpCall(t, cs, &seen, "echo", map[string]any{"text": "hi"})
		if pr, ok := mcp.PaymentRequiredOf(r); !ok || pr.Accepts[0].Amount != "1000" || pr.Accepts[0].PayTo != "1" {
			t.Fatalf("unpaid echo over HTTP: %s", mcpText(r))
		}
		cs.Close()
		if resp, err := http.Post(url, "application/json", strings.NewReader(`{}`)); err != nil || resp.StatusCode != http.StatusUnauthorized {
			t.Fatalf("no token: %v %v", resp, err)
		}
		stop()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("mycel mcp --http: %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Fatal("mycel mcp --http did not stop when its context ended")
		}
	})
}

type bearerTransport struct{ token string }

func (b bearerTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return http.DefaultTransport.RoundTrip(r)
}

// TestMCPFlags: the flag mistakes of `mycel mcp` are refused before it
// serves, each with an error that says what to do.
func TestMCPFlags(t *testing.T) {
	base := t.TempDir()
	w := filepath.Join(base, "w")
	t.Setenv(envPassphrase, "pw for the flags test")
	mustWalletJSON(t, &walletInfo{}, "wallet", "new", "--wallet", w, "--light-kdf")
	short := filepath.Join(base, "short")
	os.WriteFile(short, []byte("abc\n"), 0o600)
	wrong := filepath.Join(base, "wrong")
	os.WriteFile(wrong, []byte("not the passphrase\n"), 0o600)
	std := []string{"mcp", "--wallet", w, "--rpc", "http://127.0.0.1:1"}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"--max-per-call", "lots"}, []string{"--max-per-call", "unlimited"}},
		{[]string{"--max-per-hour", "-1"}, []string{"--max-per-hour"}},
		{[]string{"--sell", "echo"}, []string{"TOOL=PRICE"}},
		{[]string{"--sell", "echo=0.0000000001"}, []string{"--sell echo", "whole number of gwei"}},
		{[]string{"--sell", "pay=1gwei"}, []string{"cannot be sold"}},
		{[]string{"--sell", "echo=1gwei", "--sell", "echo=2gwei"}, []string{"given twice"}},
		{[]string{"--tools", "status,mint"}, []string{`unknown tool "mint"`}},
		{[]string{"--sell", "echo=5gwei", "--tools", "status"}, []string{"not offered"}},
		{[]string{"--http", "0.0.0.0:0"}, []string{"not a loopback address", "--http-token-file"}},
		{[]string{"--http", "nonsense"}, []string{"--http", "host:port"}},
		{[]string{"--http", "127.0.0.1:0", "--http-token-file", short}, []string{"at least 16"}},
		{[]string{"--http-token-file", short}, []string{"goes with --http"}},
		{[]string{"--log-level", "loud"}, []string{"--log-level"}},
		{[]string{"--password-file", wrong}, []string{"wrong passphrase"}},
		{[]string{"--wallet", filepath.Join(base, "none")}, []string{"no wallet", "mycel wallet new"}},
	} {
		walletFails(t, tc.want, append(append([]string{}, std...), tc.args...)...)
	}
	walletFails(t, []string{"no node to talk to", "--rpc"}, "mcp", "--wallet", w)
}

// TestMCPOnDevnet drives the L1 tools through MCP on a rollup devnet (one
// validator, an L1 dev chain, the contracts' test verifier with
// proveBatches standing in for the prover): status with the rollup and
// L1, a deposit over the limit refused and one within it credited, a
// withdrawal followed to L1 finality with wait_for_finality, and its
// claim paid on L1.
func TestMCPOnDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs an L1 chain and a validator")
	}
	log := slog.New(slog.DiscardHandler)
	home := filepath.Join(t.TempDir(), "devnet")
	dcfg := devnet.DefaultConfig(home)
	dcfg.Validators = 1
	dcfg.Init.BasePort = testutil.FreePortBase(t, 1)
	dcfg.Init.Accounts = 2
	dcfg.L1.HTTPAddr = "127.0.0.1:0"
	dcfg.L1.BlockPeriod = 500 * time.Millisecond
	dcfg.L1.Prover = false
	dcfg.L1.Verifier = "test"
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := devnet.New(dcfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer d.Stop(context.Background())
	proverCtx, stopProver := context.WithCancel(ctx)
	proverDone := make(chan struct{})
	go func() { defer close(proverDone); proveBatches(proverCtx, t, d, log) }()
	defer func() { stopProver(); <-proverDone }()

	var seed [ledger.SeedSize]byte
	seed[0] = 42
	l2, err := ledger.NewPrivateKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	l1, err := crypto.ToECDSA(d.L1.DevAccounts[0].Key)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := mcp.New(mcp.Config{
		Node:   agent.Config{RPC: d.Manifest.RPC[0], L1: d.L1.URL, Rollup: d.L1.Deployment.Rollup, PollInterval: 100 * time.Millisecond},
		Keys:   agent.Keys{L2: l2, L1: l1},
		Limits: mcp.Limits{PerCall: mustETH(t, "1"), PerHour: mustETH(t, "2")},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	ct, st := sdk.NewInMemoryTransports()
	ss, err := srv.MCP().Connect(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "llm-host"}, nil).Connect(ctx, ct, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { cs.Close(); ss.Wait() }()
	var seen []string

	var status mcp.StatusOut
	mcpDecode(t, mcpCall(t, cs, &seen, "status", nil), &status)
	if status.Rollup == nil || status.L1 == nil || status.L1.Rollup != d.L1.Deployment.Rollup.Hex() || status.Wallet.L2Account != nil {
		t.Fatalf("status %+v rollup %+v l1 %+v", status, status.Rollup, status.L1)
	}
	if r := mcpCall(t, cs, &seen, "deposit", map[string]any{"amount": "1.5"}); !r.IsError || !strings.Contains(mcpText(r), "--max-per-call") {
		t.Fatalf("deposit over the limit: %s", mcpText(r))
	}
	var dep mcp.DepositOut
	mcpDecode(t, mcpCall(t, cs, &seen, "deposit", map[string]any{"amount": "0.5"}), &dep)
	if dep.AmountGwei != 500_000_000 || dep.BalanceGwei != 500_000_000 || dep.L1Tx == "" || dep.From != d.L1.DevAccounts[0].Address.Hex() {
		t.Fatalf("deposit %+v", dep)
	}
	var bal mcp.BalanceOut
	mcpDecode(t, mcpCall(t, cs, &seen, "balance", nil), &bal)
	if bal.L2 == nil || bal.L2.BalanceGwei != 500_000_000 || bal.L1BalanceETH == "" {
		t.Fatalf("balance %+v", bal)
	}
	to := "0x000000000000000000000000000000000000b0b0"
	var wd mcp.TxOut
	mcpDecode(t, mcpCall(t, cs, &seen, "withdraw", map[string]any{"amount": "0.2", "to": to}), &wd)
	if wd.Type != "withdraw" || !strings.EqualFold(wd.L1Address, to) || wd.Tx == "" {
		t.Fatalf("withdraw %+v", wd)
	}
	start := time.Now()
	var fin mcp.WaitOut
	mcpDecode(t, mcpCall(t, cs, &seen, "wait_for_finality", map[string]any{"tx": wd.Tx}), &fin)
	if !fin.CommittedOnL1 || !fin.Finalized || fin.Height != wd.Height {
		t.Fatalf("wait_for_finality %+v (withdrawal in L2 block %d)", fin, wd.Height)
	}
	t.Logf("withdrawal final on L1 (batch %d) %v after it committed on L2", fin.Batch, time.Since(start).Round(time.Millisecond))
	var cl mcp.ClaimOut
	mcpDecode(t, mcpCall(t, cs, &seen, "claim", map[string]any{"withdrawal_tx": wd.Tx}), &cl)
	if cl.Batch != fin.Batch || cl.AmountGwei != 200_000_000 || cl.L1Tx == "" {
		t.Fatalf("claim %+v", cl)
	}
	got, err := d.Chain.Client().BalanceAt(ctx, common.HexToAddress(to), nil)
	if err != nil || got.Cmp(mustETH(t, "0.2")) != 0 {
		t.Fatalf("%s holds %v wei on L1 after the claim (%v), want 0.2 ETH", to, got, err)
	}
	if r := mcpCall(t, cs, &seen, "claim", map[string]any{"withdrawal_tx": wd.Tx}); !r.IsError || !strings.Contains(mcpText(r), "already claimed") {
		t.Fatalf("second claim: %s", mcpText(r))
	}
	mcpDecode(t, mcpCall(t, cs, &seen, "status", nil), &status)
	if status.Spending.SpentLastHourETH != "0.700000001" {
		t.Fatalf("spent %s in the hour, want the deposit and the withdrawal with its fee", status.Spending.SpentLastHourETH)
	}
	seedHex, l1Hex := hex.EncodeToString(seed[:]), hex.EncodeToString(crypto.FromECDSA(l1))
	for _, r := range seen {
		if strings.Contains(r, seedHex) || strings.Contains(r, l1Hex) {
			t.Fatal("a result holds a key")
		}
	}
}

func mustETH(t *testing.T, s string) *big.Int {
	t.Helper()
	w, err := agent.ParseAmount(s)
	if err != nil {
		t.Fatal(err)
	}
	return w
}
