package x402_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// testNode is an in-process single-validator chain without L1, committing
// a block every consensus.timeout_commit (100 ms), with funded accounts.
type testNode struct {
	n     *node.Node
	url   string // JSON-RPC, and the facilitator under /x402
	accts []node.TestAccount
	chain uint64
}

// startNode starts a node until the test ends. Its log goes to a buffer
// printed only when the test fails.
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
	tn := &testNode{n: n, url: "http://" + cfg.RPC.Listen, chain: opts.ChainID}
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

func (tn *testNode) key(t testing.TB, i int) *ledger.PrivateKey {
	t.Helper()
	k, err := tn.accts[i].Key()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// balance reads an account's committed balance and nonce over JSON-RPC.
func (tn *testNode) balance(t testing.TB, idx uint32) (balance, nonce uint64) {
	t.Helper()
	body := fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"mycel_getAccount","params":[%d]}`, idx)
	resp, err := http.Post(tn.url, "application/json", stringsReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Result struct {
			Account struct {
				Balance uint64 `json:"balance"`
				Nonce   uint64 `json:"nonce"`
			} `json:"account"`
		} `json:"result"`
	}
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("mycel_getAccount %d: %s: %v", idx, b, err)
	}
	return out.Result.Account.Balance, out.Result.Account.Nonce
}

func stringsReader(s string) io.Reader { return strings.NewReader(s) }
