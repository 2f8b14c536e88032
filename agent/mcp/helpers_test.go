package mcp_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/mcp"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// testNode is an in-process single-validator chain without L1, a block
// every 100 ms, with funded accounts (accounts.json).
type testNode struct {
	url   string
	accts []node.TestAccount
	chain uint64
}

func startNode(t testing.TB, accounts int) *testNode {
	t.Helper()
	home := t.TempDir()
	opts := node.DefaultInitOptions()
	opts.Accounts, opts.Depth = accounts, 10
	opts.BasePort = testutil.FreePortBase(t, 1)
	if _, err := node.InitHome(home, opts); err != nil {
		t.Fatal(err)
	}
	cfg, err := node.LoadConfig(home, nil, []string{"rpc.loopback_unlimited=true", "log.level=warn"})
	if err != nil {
		t.Fatal(err)
	}
	logf, err := os.Create(filepath.Join(t.TempDir(), "node.log"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		logf.Close()
		if t.Failed() {
			b, _ := os.ReadFile(logf.Name())
			if len(b) > 8000 {
				b = b[len(b)-8000:]
			}
			t.Logf("node log (tail):\n%s", b)
		}
	})
	n, err := node.New(cfg, slog.New(slog.NewTextHandler(logf, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Stop(context.Background()); err != nil {
			t.Errorf("stop node: %v", err)
		}
	})
	raw, err := os.ReadFile(filepath.Join(home, "accounts.json"))
	if err != nil {
		t.Fatal(err)
	}
	tn := &testNode{url: "http://" + cfg.RPC.Listen, chain: opts.ChainID}
	if err := json.Unmarshal(raw, &tn.accts); err != nil {
		t.Fatal(err)
	}
	testutil.Wait{Within: 30 * time.Second, Every: 20 * time.Millisecond}.UntilNil(t, "a first block", func() error {
		if h := n.Height(); h < 1 {
			return fmt.Errorf("height %d", h)
		}
		return nil
	})
	return tn
}

// key is the L2 key of account index idx.
func (tn *testNode) key(t testing.TB, idx uint32) *ledger.PrivateKey {
	t.Helper()
	for _, a := range tn.accts {
		if a.Index == idx {
			k, err := a.Key()
			if err != nil {
				t.Fatal(err)
			}
			return k
		}
	}
	t.Fatalf("no test account %d", idx)
	return nil
}

// balance reads account idx's committed balance and nonce through the SDK.
func (tn *testNode) balance(t testing.TB, idx uint32) (uint64, uint64) {
	t.Helper()
	c, err := agent.Dial(context.Background(), agent.Config{RPC: tn.url, WS: "-"}, agent.Keys{})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	a, _, err := c.AccountAt(context.Background(), idx, nil)
	if err != nil || a == nil {
		t.Fatalf("account %d: %v", idx, err)
	}
	return a.Balance, a.Nonce
}

// wallet is a test wallet: account idx's L2 key and a fresh L1 key.
type wallet struct {
	l2 *ledger.PrivateKey
	l1 *ecdsa.PrivateKey
}

func (tn *testNode) wallet(t testing.TB, idx uint32) wallet {
	l1, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return wallet{l2: tn.key(t, idx), l1: l1}
}

// secrets are the encodings a result must never hold.
func (w wallet) secrets() []string {
	seed := w.l2.Seed()
	return []string{hex.EncodeToString(seed[:]), hex.EncodeToString(crypto.FromECDSA(w.l1))}
}

const testPassphrase = "correct horse battery staple"

// logBuffer is a concurrency-safe log sink.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// harness is a Server and an MCP client session to it in this process.
type harness struct {
	t   testing.TB
	srv *mcp.Server
	cs  *sdk.ClientSession
	log *logBuffer
	// seen holds every result the client got, as JSON, for the secret
	// check.
	seen *[]string
}

func (tn *testNode) serve(t testing.TB, w wallet, mod func(*mcp.Config)) *harness {
	t.Helper()
	lb := &logBuffer{}
	cfg := mcp.Config{
		Node:    agent.Config{RPC: tn.url, PollInterval: 50 * time.Millisecond},
		Keys:    agent.Keys{L2: w.l2, L1: w.l1},
		Secrets: []string{testPassphrase},
		Log:     slog.New(slog.NewTextHandler(lb, &slog.HandlerOptions{Level: slog.LevelDebug})),
	}
	if mod != nil {
		mod(&cfg)
	}
	srv, err := mcp.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	return connect(t, srv, lb)
}

func connect(t testing.TB, srv *mcp.Server, lb *logBuffer) *harness {
	t.Helper()
	ctx := context.Background()
	ct, st := sdk.NewInMemoryTransports()
	ss, err := srv.MCP().Connect(ctx, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "test-llm", Version: "v0"}, nil).Connect(ctx, ct, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cs.Close()
		ss.Wait()
	})
	return &harness{t: t, srv: srv, cs: cs, log: lb, seen: &[]string{}}
}

// call calls a tool and returns its result.
func (h *harness) call(name string, args map[string]any) *sdk.CallToolResult {
	h.t.Helper()
	return h.callMeta(name, args, nil)
}

func (h *harness) callMeta(name string, args map[string]any, meta sdk.Meta) *sdk.CallToolResult {
	h.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if args == nil {
		args = map[string]any{}
	}
	res, err := h.cs.CallTool(ctx, &sdk.CallToolParams{Name: name, Arguments: args, Meta: meta})
	if err != nil {
		h.t.Fatalf("tools/call %s: protocol error %v (tool errors are results with isError)", name, err)
	}
	b, _ := json.Marshal(res)
	*h.seen = append(*h.seen, string(b))
	return res
}

// ok calls a tool that must succeed and decodes its structured result.
func (h *harness) ok(name string, args map[string]any, out any) *sdk.CallToolResult {
	h.t.Helper()
	res := h.call(name, args)
	if res.IsError {
		h.t.Fatalf("tools/call %s %v: isError: %s", name, args, text(res))
	}
	if out != nil {
		reflect.ValueOf(out).Elem().SetZero()
		b, _ := json.Marshal(res.StructuredContent)
		if err := json.Unmarshal(b, out); err != nil {
			h.t.Fatalf("tools/call %s: structured content %s: %v", name, b, err)
		}
	}
	return res
}

// fails calls a tool that must answer with isError saying each of want.
func (h *harness) fails(name string, args map[string]any, want ...string) string {
	h.t.Helper()
	res := h.call(name, args)
	if !res.IsError {
		b, _ := json.Marshal(res.StructuredContent)
		h.t.Fatalf("tools/call %s %v: succeeded (%s), want an error result", name, args, b)
	}
	msg := text(res)
	for _, w := range want {
		if !strings.Contains(msg, w) {
			h.t.Fatalf("tools/call %s %v: error %q does not say %q", name, args, msg, w)
		}
	}
	return msg
}

// noSecrets fails if any result or log line held a secret.
func (h *harness) noSecrets(secrets ...string) {
	h.t.Helper()
	all := strings.Join(*h.seen, "\n") + "\n" + h.log.String()
	for _, s := range secrets {
		for _, form := range []string{s, strings.ToUpper(s)} {
			if strings.Contains(all, form) {
				h.t.Fatalf("a result or log line holds a secret (%d results, %d bytes of log)", len(*h.seen), len(h.log.String()))
			}
		}
	}
}

func text(r *sdk.CallToolResult) string {
	var parts []string
	for _, c := range r.Content {
		if t, ok := c.(*sdk.TextContent); ok {
			parts = append(parts, t.Text)
		}
	}
	return strings.Join(parts, "\n")
}

func eth(s string) *big.Int {
	w, err := agent.ParseAmount(s)
	if err != nil {
		panic(err)
	}
	return w
}

func addressOf(w wallet) common.Address { return crypto.PubkeyToAddress(w.l1.PublicKey) }

// freshKey is an L2 public key without an account.
func freshKey(t testing.TB) ledger.PublicKey {
	var seed [ledger.SeedSize]byte
	if _, err := rand.Read(seed[:]); err != nil {
		t.Fatal(err)
	}
	k, err := ledger.NewPrivateKey(seed)
	if err != nil {
		t.Fatal(err)
	}
	return k.Public()
}
