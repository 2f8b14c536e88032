package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/autonomy"
	"github.com/mycel-network/mycel/agent/x402"
	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/internal/testutil"
)

func TestAgentRunPolicyErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.toml")
	os.WriteFile(bad, []byte("role = \"operator\"\n[budget]\ntotal_eth = \"1\"\ngas_per_hour_eth = \"0.1\"\n[operator]\ncost = \"1\"\n"), 0o600)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"agent", "run"}, "--policy FILE"},
		{[]string{"agent", "run", "--policy", filepath.Join(dir, "missing.toml")}, "no such file"},
		{[]string{"agent", "run", "--policy", bad}, "unknown key operator.cost"},
	} {
		root := newRootCmd()
		root.SetOut(&bytes.Buffer{})
		root.SetErr(&bytes.Buffer{})
		root.SetArgs(c.args)
		if err := root.Execute(); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("mycel %s: error %v, want %q", strings.Join(c.args, " "), err, c.want)
		}
	}
	var out bytes.Buffer
	root := newRootCmd()
	root.SetOut(&out)
	root.SetArgs([]string{"agent", "run", "--check", "--policy", "../../agent/autonomy/testdata/operator.toml"})
	if err := root.Execute(); err != nil || !strings.Contains(out.String(), "operator, valid") {
		t.Fatalf("--check: %v, %q", err, out.String())
	}
}

// TestAgentsOnDevnet runs a recruiter and an operator agent's steps
// against a rollup devnet (L1 dev chain, contracts, 4 staked validators):
// the recruiter wants 6 validators, posts a bounty on L1 once, finds it
// again after a restart instead of posting twice; an operator agent (the
// owner of node3, an ERC-8004 agent operator) joins it by its policy; the
// need gone, the recruiter cancels it.
func TestAgentsOnDevnet(t *testing.T) {
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

	o := &walletOpts{devnet: home}
	acfg, err := o.config(&cobra.Command{})
	if err != nil {
		t.Fatal(err)
	}
	acfg.Progress = nil
	eth, err := ethclient.DialContext(ctx, acfg.L1)
	if err != nil {
		t.Fatal(err)
	}
	defer eth.Close()
	dial := func(key *ecdsa.PrivateKey) autonomy.SDK {
		c, err := agent.Dial(ctx, acfg, agent.Keys{L1: key, Address: crypto.PubkeyToAddress(key.PublicKey)})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Close)
		return autonomy.ClientSDK{Client: c, Gas: eth}
	}
	recruiterKey, err := o.devnetKey(0)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(home, "node3", "l1_key.hex"))
	if err != nil {
		t.Fatal(err)
	}
	operatorKey, err := crypto.HexToECDSA(strings.TrimSpace(string(raw)))
	if err != nil {
		t.Fatal(err)
	}
	recruiterPolicy := func(minValidators int) *autonomy.Policy {
		p, err := autonomy.ParsePolicy([]byte(strings.ReplaceAll(`
role = "recruiter"
interval = "1s"
[budget]
total_eth = "1"
per_bounty_eth = "0.1"
gas_per_hour_eth = "0.5"
[recruiter]
min_validators = MIN
stop_after = "100ms"
[recruiter.bounty]
reward_per_batch = "0.001"
seats = 2
kind = "agent"
duration = "2h"
notice = "10m"
`, "MIN", string(rune('0'+minValidators)))))
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	var log1 bytes.Buffer
	rsdk := dial(recruiterKey)
	rec := autonomy.New(recruiterPolicy(6), rsdk, autonomy.Options{Out: &log1})
	trigger := time.Now()
	if err := rec.Step(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("recruiter: trigger to bounty posted on L1 in %v", time.Since(trigger).Round(time.Millisecond))
	bs, _, err := rsdk.Bounties(ctx, 0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 1 || bs[0].Poster != rsdk.Address() || bs[0].Seats != 2 || bs[0].Escrow.String() != "100000000000000000" || !bs[0].Open {
		t.Fatalf("bounties after the trigger: %+v\n%s", bs, log1.String())
	}
	if !strings.Contains(log1.String(), `"kind":"post"`) || !strings.Contains(log1.String(), "fewer than recruiter.min_validators 6") {
		t.Fatalf("recruiter decisions:\n%s", log1.String())
	}
	// A restarted recruiter finds its bounty on L1.
	var log2 bytes.Buffer
	rec = autonomy.New(recruiterPolicy(6), rsdk, autonomy.Options{Out: &log2})
	if err := rec.Step(ctx); err != nil {
		t.Fatal(err)
	}
	if bs, _, _ = rsdk.Bounties(ctx, 0, 10); len(bs) != 1 || !strings.Contains(log2.String(), "already funded by bounty 1") {
		t.Fatalf("after a restart: %d bounties, decisions:\n%s", len(bs), log2.String())
	}

	// The operator agent joins it.
	op, err := autonomy.ParsePolicy([]byte(`
role = "operator"
[budget]
total_eth = "0.5"
gas_per_hour_eth = "0.1"
[operator]
cost_per_hour_eth = "0.001"
batches_per_hour = 60
[operator.trust]
posters = ["` + rsdk.Address().Hex() + `"]
`))
	if err != nil {
		t.Fatal(err)
	}
	var log3 bytes.Buffer
	osdk := dial(operatorKey)
	opAgent := autonomy.New(op, osdk, autonomy.Options{Out: &log3})
	joinStarted := time.Now()
	if err := opAgent.Step(ctx); err != nil {
		t.Fatal(err)
	}
	t.Logf("operator: one step (observe, discover, estimate, join on L1) in %v", time.Since(joinStarted).Round(time.Millisecond))
	seat, err := osdk.(autonomy.ClientSDK).Seat(ctx, 1, osdk.Address())
	if err != nil || seat == nil || seat.JoinedAt.IsZero() || seat.Operator != osdk.Address() {
		t.Fatalf("operator seat: %+v, %v\ndecisions:\n%s", seat, err, log3.String())
	}
	if !strings.Contains(log3.String(), `"kind":"join"`) {
		t.Fatalf("operator decisions:\n%s", log3.String())
	}

	// The need is gone (the policy now wants 2): it cancels, once.
	var log4 bytes.Buffer
	rec = autonomy.New(recruiterPolicy(2), rsdk, autonomy.Options{Out: &log4})
	for i := 0; i < 3; i++ {
		if err := rec.Step(ctx); err != nil {
			t.Fatal(err)
		}
		time.Sleep(150 * time.Millisecond)
	}
	bs, _, err = rsdk.Bounties(ctx, 0, 10)
	if err != nil || len(bs) != 1 || !bs[0].Cancelled || strings.Count(log4.String(), `"kind":"cancel"`) != 1 {
		t.Fatalf("after the need went: %+v %v\ndecisions:\n%s", bs, err, log4.String())
	}
	// The command: a second recruiter (dev account 1, its own wallet)
	// runs as `mycel agent run` for a few seconds: it moves funds to its
	// L2 account (recruiter.services.l2_float), pays an x402 gas oracle
	// (a paywall settling through node0's facilitator) from it, posts its
	// own bounty and serves its metrics.
	var oracleHits atomic.Int32
	wall := x402.NewPaywall(x402.NodeFacilitator(acfg.RPC), x402.ResourceInfo{Description: "L1 gas oracle", MimeType: "application/json"}, nil,
		x402.Price(devnet.DefaultConfig("").Init.ChainID, 1, 1000, 1))
	oracle := httptest.NewServer(wall.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		oracleHits.Add(1)
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"gas_price_gwei": 7}`)
	})))
	defer oracle.Close()
	dir := t.TempDir()
	pass, polFile, decFile := filepath.Join(dir, "pass"), filepath.Join(dir, "recruiter.toml"), filepath.Join(dir, "decisions.jsonl")
	os.WriteFile(pass, []byte("agent passphrase\n"), 0o600)
	os.WriteFile(polFile, []byte(`
role = "recruiter"
interval = "500ms"
[budget]
total_eth = "1"
per_bounty_eth = "0.1"
gas_per_hour_eth = "0.5"
[recruiter]
min_validators = 6
[recruiter.bounty]
reward_per_batch = "0.001"
seats = 2
duration = "2h"
[recruiter.services]
urls = ["`+oracle.URL+`/gas"]
max_per_request = "0.00001"
max_total = "0.001"
l2_float = "0.01"
`), 0o600)
	wallet := []string{"--wallet", filepath.Join(dir, "wallet"), "--devnet", home, "--password-file", pass}
	var info walletInfo
	mustWalletJSON(t, &info, append([]string{"wallet", "new", "--devnet-account", "1", "--light-kdf"}, wallet...)...)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	metricsAddr := ln.Addr().String()
	ln.Close()
	runCtx, stopRun := context.WithTimeout(ctx, 90*time.Second) // it stops once the post and the payment show in the metrics
	defer stopRun()
	scrapes := make(chan string, 1)
	go func() {
		for runCtx.Err() == nil {
			time.Sleep(200 * time.Millisecond)
			resp, err := http.Get("http://" + metricsAddr + "/metrics")
			if err != nil {
				continue
			}
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(b), `mycel_agent_decisions_total{kind="post",role="recruiter"} 1`) &&
				strings.Contains(string(b), `mycel_agent_decisions_total{kind="x402",role="recruiter"}`) {
				scrapes <- string(b)
				stopRun()
				return
			}
		}
	}()
	root := newRootCmd()
	var stderr bytes.Buffer
	root.SetOut(&bytes.Buffer{})
	root.SetErr(&stderr)
	root.SetArgs(append([]string{"agent", "run", "--policy", polFile, "--decisions", decFile, "--metrics", metricsAddr}, wallet...))
	if err := root.ExecuteContext(runCtx); err != nil {
		t.Fatalf("mycel agent run: %v\n%s", err, stderr.String())
	}
	var scraped string
	select {
	case scraped = <-scrapes:
	default:
	}
	lines, _ := os.ReadFile(decFile)
	if scraped == "" || strings.Count(string(lines), `"kind":"post"`) != 1 || !strings.Contains(string(lines), `"bounty":2`) {
		t.Fatalf("mycel agent run: metrics %q\ndecisions:\n%s\nstderr:\n%s", scraped, lines, stderr.String())
	}
	if !strings.Contains(string(lines), `"kind":"deposit"`) || !strings.Contains(string(lines), `"kind":"x402"`) ||
		!strings.Contains(string(lines), `"gas_price_gwei":7`) || oracleHits.Load() == 0 {
		t.Fatalf("no deposit, paid oracle read or oracle answer in the inputs (oracle served %d):\n%s", oracleHits.Load(), lines)
	}
	// The oracle was paid on L2: its payee's balance grew by the price.
	var payee struct {
		Account struct {
			Balance uint64 `json:"balance"`
		} `json:"account"`
	}
	c0, err := rpc.DialContext(ctx, acfg.RPC)
	if err != nil {
		t.Fatal(err)
	}
	defer c0.Close()
	if err := c0.CallContext(ctx, &payee, "mycel_getAccount", 1); err != nil || payee.Account.Balance <= cfg.Init.Balance {
		t.Fatalf("the oracle's payee (account 1): balance %d, genesis %d (%v)", payee.Account.Balance, cfg.Init.Balance, err)
	}
	if bs, _, err = rsdk.Bounties(ctx, 0, 10); err != nil || len(bs) != 2 || bs[0].Poster != info.L1Address {
		t.Fatalf("bounties after mycel agent run: %+v, %v", bs, err)
	}

	for _, l := range []*bytes.Buffer{&log1, &log2, &log3, &log4} {
		for _, k := range []*ecdsa.PrivateKey{recruiterKey, operatorKey} {
			if strings.Contains(strings.ToLower(l.String()), common.Bytes2Hex(crypto.FromECDSA(k))) {
				t.Fatal("a decision line holds a key")
			}
		}
	}
	t.Logf("decisions: recruiter %d, operator %d", strings.Count(log1.String()+log2.String()+log4.String(), "\n"), strings.Count(log3.String(), "\n"))
}
