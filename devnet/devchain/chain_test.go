package devchain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

const testPeriod = 250 * time.Millisecond

func testConfig(dir string) Config {
	return Config{
		Dir:         dir,
		HTTPAddr:    "127.0.0.1:0",
		BlockPeriod: testPeriod,
		Logger:      slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: testLogLevel()})),
	}
}

// newStarted is New, then Start.
func newStarted(cfg Config) (*Chain, error) {
	c, err := New(cfg)
	if err != nil {
		return nil, err
	}
	if err := c.Start(context.Background()); err != nil {
		return nil, err
	}
	return c, nil
}

func startChain(t *testing.T, cfg Config) *Chain {
	t.Helper()
	c, err := newStarted(cfg)
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Cleanup(func() {
		if err := c.Stop(context.Background()); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return c
}

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// rpcCall posts one JSON-RPC request with net/http and returns its result,
// or the error object's message as an error.
func rpcCall(t *testing.T, url, method string, params ...any) (json.RawMessage, error) {
	t.Helper()
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		t.Fatal(err)
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	var out struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatalf("%s: %v (%s)", method, err, raw)
	}
	if out.Error != nil {
		return nil, errors.New(out.Error.Message)
	}
	return out.Result, nil
}

func rpcString(t *testing.T, url, method string, params ...any) string {
	t.Helper()
	raw, err := rpcCall(t, url, method, params...)
	if err != nil {
		t.Fatalf("%s: %v", method, err)
	}
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		t.Fatalf("%s: %v (%s)", method, err, raw)
	}
	return s
}

func TestChainBlocksAndRPC(t *testing.T) {
	c := startChain(t, testConfig(""))
	ctx := testCtx(t)
	if !strings.HasPrefix(c.URL(), "http://127.0.0.1:") || strings.HasSuffix(c.URL(), ":0") {
		t.Fatalf("URL %q", c.URL())
	}
	if !strings.HasPrefix(c.WSURL(), "ws://127.0.0.1:") {
		t.Fatalf("WSURL %q", c.WSURL())
	}

	// Blocks are sealed every period without any transaction.
	cl := c.Client()
	first, err := cl.BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	began := time.Now()
	for {
		n, err := cl.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= first+3 {
			break
		}
		if time.Since(began) > 20*testPeriod {
			t.Fatalf("head %d after %v, started at %d", n, time.Since(began), first)
		}
		time.Sleep(testPeriod / 5)
	}
	if el := time.Since(began); el < 2*testPeriod {
		t.Fatalf("3 blocks in %v: faster than the period %v", el, testPeriod)
	}
	var prev *types.Header
	for n := first + 1; n <= first+3; n++ {
		b, err := cl.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		if len(b.Transactions()) != 0 {
			t.Fatalf("block %d has %d transactions", n, len(b.Transactions()))
		}
		if prev != nil && b.Time() <= prev.Time {
			t.Fatalf("block %d time %d after %d", n, b.Time(), prev.Time)
		}
		prev = b.Header()
	}

	// Raw HTTP JSON-RPC, as an external tool would use it.
	if got := rpcString(t, c.URL(), "eth_chainId"); got != "0x539" {
		t.Fatalf("eth_chainId %s", got)
	}
	if got := rpcString(t, c.URL(), "net_version"); got != "1337" {
		t.Fatalf("net_version %s", got)
	}
	dev0 := crypto.PubkeyToAddress(c.DevKeys()[0].PublicKey)
	bal, err := hexutil.DecodeBig(rpcString(t, c.URL(), "eth_getBalance", dev0, "latest"))
	if err != nil || bal.Cmp(DevBalance) != 0 {
		t.Fatalf("eth_getBalance %v, %v", bal, err)
	}
	last := crypto.PubkeyToAddress(c.DevKeys()[DefaultAccounts-1].PublicKey)
	if bal := rpcString(t, c.URL(), "eth_getBalance", last, "latest"); bal == "0x0" {
		t.Fatal("last dev account not funded")
	}
	if _, err := rpcCall(t, c.URL(), "admin_nodeInfo"); err == nil {
		t.Fatal("admin namespace served over HTTP")
	}
	if _, err := rpcCall(t, c.URL(), "eth_getLogs", map[string]any{"fromBlock": "0x0", "toBlock": "latest"}); err != nil {
		t.Fatalf("eth_getLogs: %v", err)
	}

	// WebSocket on the same port, with subscriptions.
	ws, err := ethclient.DialContext(ctx, c.WSURL())
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan *types.Header, 4)
	sub, err := ws.SubscribeNewHead(ctx, heads)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case h := <-heads:
		if h.Number.Uint64() <= first {
			t.Fatalf("new head %d", h.Number)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-ctx.Done():
		t.Fatal(ctx.Err())
	}
	sub.Unsubscribe()

	// A transfer from a dev key is mined.
	to := common.HexToAddress("0x00000000000000000000000000000000000d0e")
	if err := c.Fund(ctx, to, big.NewInt(12345)); err != nil {
		t.Fatal(err)
	}
	if b, err := cl.BalanceAt(ctx, to, nil); err != nil || b.Int64() != 12345 {
		t.Fatalf("funded balance %v, %v", b, err)
	}

	// Through the proxy the endpoint goes down and comes back.
	p := NewProxy(strings.TrimPrefix(c.URL(), "http://"))
	if err := p.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer p.Stop(ctx)
	pc, err := ethclient.DialContext(ctx, p.URL())
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	if id, err := pc.ChainID(ctx); err != nil || id.Uint64() != DefaultChainID {
		t.Fatalf("chain id through proxy: %v, %v", id, err)
	}
	p.Pause()
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	_, err = pc.BlockNumber(short)
	cancel()
	if err == nil {
		t.Fatal("L1 RPC answered while the proxy was paused")
	}
	if err := p.Resume(); err != nil {
		t.Fatal(err)
	}
	if _, err := pc.BlockNumber(ctx); err != nil {
		t.Fatalf("after resume: %v", err)
	}
}

func TestStartErrors(t *testing.T) {
	// A port taken by anything.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	cfg := testConfig("")
	cfg.HTTPAddr = ln.Addr().String()
	_, err = newStarted(cfg)
	if err == nil || !strings.Contains(err.Error(), ln.Addr().String()) || !strings.Contains(err.Error(), "in use") ||
		!errors.Is(err, syscall.EADDRINUSE) {
		t.Fatalf("start on a busy port: %v", err)
	}

	// A port and a directory taken by a running chain.
	dir := t.TempDir()
	c := startChain(t, testConfig(dir))
	cfg = testConfig(t.TempDir())
	cfg.HTTPAddr = strings.TrimPrefix(c.URL(), "http://")
	if _, err := newStarted(cfg); err == nil || !strings.Contains(err.Error(), cfg.HTTPAddr) ||
		!strings.Contains(err.Error(), "in use") {
		t.Fatalf("second start on the chain's port: %v", err)
	}
	if _, err := newStarted(testConfig(dir)); err == nil || !strings.Contains(err.Error(), "in use by another dev chain") {
		t.Fatalf("second start on the chain's directory: %v", err)
	}
	if err := c.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(context.Background()); err != nil {
		t.Fatalf("second stop: %v", err)
	}

	// Settings that contradict the directory.
	cfg = testConfig(dir)
	cfg.ChainID = 99
	if _, err := newStarted(cfg); err == nil || !strings.Contains(err.Error(), "chain with id 1337, not 99") {
		t.Fatalf("resume with another chain id: %v", err)
	}
	cfg = testConfig(dir)
	cfg.Accounts = 3
	if _, err := newStarted(cfg); err == nil || !strings.Contains(err.Error(), "10 dev accounts, not 3") {
		t.Fatalf("resume with another account count: %v", err)
	}
}

func TestConfigValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		mod  func(*Config)
		want string // "" for valid
	}{
		{"zero", func(*Config) {}, ""},
		{"free port", func(c *Config) { c.HTTPAddr = "127.0.0.1:0" }, ""},
		{"localhost", func(c *Config) { c.HTTPAddr = "localhost:8545" }, ""},
		{"ipv6 loopback", func(c *Config) { c.HTTPAddr = "[::1]:8545" }, ""},
		{"all interfaces", func(c *Config) { c.HTTPAddr = "0.0.0.0:8545" }, "loopback"},
		{"no host", func(c *Config) { c.HTTPAddr = ":8545" }, "loopback"},
		{"private without opt-in", func(c *Config) { c.HTTPAddr = "172.28.0.10:8545" }, "PrivateNetwork"},
		{"private network", func(c *Config) { c.HTTPAddr, c.PrivateNetwork = "172.28.0.10:8545", true }, ""},
		{"private ipv6", func(c *Config) { c.HTTPAddr, c.PrivateNetwork = "[fd00::10]:8545", true }, ""},
		{"loopback with opt-in", func(c *Config) { c.HTTPAddr, c.PrivateNetwork = "127.0.0.1:8545", true }, ""},
		{"public with opt-in", func(c *Config) { c.HTTPAddr, c.PrivateNetwork = "8.8.8.8:8545", true }, "never a public"},
		{"all interfaces with opt-in", func(c *Config) { c.HTTPAddr, c.PrivateNetwork = "0.0.0.0:8545", true }, "never a public or unspecified"},
		{"no port", func(c *Config) { c.HTTPAddr = "127.0.0.1" }, "HTTPAddr"},
		{"bad port", func(c *Config) { c.HTTPAddr = "127.0.0.1:99999" }, "bad port"},
		{"negative period", func(c *Config) { c.BlockPeriod = -time.Second }, "BlockPeriod"},
		{"tiny period", func(c *Config) { c.BlockPeriod = time.Millisecond }, "BlockPeriod"},
		{"negative accounts", func(c *Config) { c.Accounts = -1 }, "Accounts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var c Config
			tc.mod(&c)
			err := c.Validate()
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("Validate() = %v, want %q", err, tc.want)
			}
		})
	}
}

// TestDevKeys pins the dev accounts: docs print them.
func TestDevKeys(t *testing.T) {
	keys := DevKeys(3)
	seen := map[common.Address]bool{}
	for i, k := range keys {
		a := crypto.PubkeyToAddress(k.PublicKey)
		if seen[a] {
			t.Fatalf("key %d repeats", i)
		}
		seen[a] = true
		if crypto.PubkeyToAddress(DevKey(i).PublicKey) != a {
			t.Fatalf("key %d not deterministic", i)
		}
	}
	for i, want := range []string{"0xd4d9ACa2A4C3429d6DD4e136B3fF2212ea4c23E7", "0x6E111776C1026c24a215F43441F58681cb8f3c53",
		"0xF7d56858910f8EFb2dbB5128C3A611ec0e5ddd05"} {
		if got := crypto.PubkeyToAddress(keys[i].PublicKey).Hex(); got != want {
			t.Fatalf("dev account %d is %s, want %s", i, got, want)
		}
	}
}

// testLogLevel is Warn, or Debug with DEVCHAIN_TEST_LOG=1 set.
func testLogLevel() slog.Level {
	if os.Getenv("DEVCHAIN_TEST_LOG") != "" {
		return slog.LevelDebug
	}
	return slog.LevelWarn
}
