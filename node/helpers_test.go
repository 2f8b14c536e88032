package node

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
)

// logBuffer collects a node's log; the tail is printed when the test fails.
// Goroutines may log after the test ends, so it never calls t.Log itself
// from them.
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

func testLogger(t *testing.T) (*slog.Logger, *logBuffer) {
	t.Helper()
	lb := &logBuffer{}
	t.Cleanup(func() {
		if t.Failed() {
			lines := strings.Split(lb.String(), "\n")
			t.Logf("node log (last %d lines):\n%s", min(len(lines), 80), strings.Join(lines[max(0, len(lines)-80):], "\n"))
		}
	})
	return slog.New(slog.NewTextHandler(lb, &slog.HandlerOptions{Level: slog.LevelInfo})), lb
}

// testHome writes a single-validator chain without L1 (the shape of
// `mycel init`) on free 127.0.0.1 ports and loads its config as
// `mycel start` does. Its port base is returned: CometBFT p2p on base,
// JSON-RPC on base+1, libp2p on base+2.
func testHome(t *testing.T) (*Config, int) {
	t.Helper()
	home := t.TempDir()
	opts := DefaultInitOptions()
	opts.Accounts, opts.Depth = 4, 8
	opts.BasePort = testutil.FreePortBase(t, 1)
	if _, err := InitHome(home, opts); err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadConfig(home, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cfg, opts.BasePort
}

// testAccounts reads the funded accounts that InitHome or InitTestnet
// wrote into dir.
func testAccounts(t *testing.T, dir string) []TestAccount {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join(dir, "accounts.json"))
	if err != nil {
		t.Fatal(err)
	}
	var accts []TestAccount
	if err := json.Unmarshal(raw, &accts); err != nil {
		t.Fatal(err)
	}
	return accts
}

// signedTransfer is a valid transfer from account a on chain 1337.
func signedTransfer(t *testing.T, a TestAccount, to uint32, amount, fee, nonce uint64) []byte {
	t.Helper()
	k, err := a.Key()
	if err != nil {
		t.Fatal(err)
	}
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: DefaultInitOptions().ChainID, From: a.Index, To: to, Amount: amount, Fee: fee, Nonce: nonce}
	if err := tx.Sign(k); err != nil {
		t.Fatal(err)
	}
	return tx.Encode()
}

// eventually polls cond until it holds or the deadline passes; on a loaded
// machine a fixed sleep would be either flaky or slow.
func eventually(t *testing.T, within time.Duration, what string, cond func() error) {
	t.Helper()
	testutil.Wait{Within: within, Every: 20 * time.Millisecond}.UntilNil(t, what, cond)
}

// httpGet fetches url with a client that keeps no idle connection (so
// that no client goroutine outlives the call).
func httpGet(url string) (int, []byte, error) {
	c := &http.Client{Timeout: 5 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := c.Get(url)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// healthReport is the /health body.
type healthReport struct {
	Status     string `json:"status"`
	Height     uint64 `json:"height"`
	AgeMS      int64  `json:"last_block_age_ms"`
	MempoolTxs int    `json:"mempool_txs"`
}

func getHealth(url string) (int, healthReport, error) {
	code, body, err := httpGet(url + "/health")
	if err != nil {
		return 0, healthReport{}, err
	}
	var h healthReport
	if err := json.Unmarshal(body, &h); err != nil {
		return code, h, fmt.Errorf("health body %q: %w", body, err)
	}
	return code, h, nil
}

// portsFree reports an error naming the first of the TCP and UDP ports
// that cannot be bound on 127.0.0.1.
func portsFree(tcp, udp []int) error {
	for _, p := range tcp {
		l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			return err
		}
		l.Close()
	}
	for _, p := range udp {
		l, err := net.ListenPacket("udp", fmt.Sprintf("127.0.0.1:%d", p))
		if err != nil {
			return err
		}
		l.Close()
	}
	return nil
}

// A goroutine leak check in the manner of go.uber.org/goleak (which this
// module does not require): take a snapshot of the live goroutines before
// the code under test runs, and after it has been stopped wait until every
// goroutine that was not in the snapshot has ended.

var goroutineHeader = regexp.MustCompile(`^goroutine (\d+) `)

func goroutineStacks() map[string]string {
	buf := make([]byte, 1<<20)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	out := map[string]string{}
	for _, g := range strings.Split(string(buf), "\n\n") {
		if m := goroutineHeader.FindStringSubmatch(g); m != nil {
			out[m[1]] = g
		}
	}
	return out
}

// processGlobal are goroutines that the runtime or a library starts once
// per process and never ends; no node owns them.
var processGlobal = []string{
	"created by os/signal.Notify", // the signal loop, once signal.Notify was called (CometBFT's WAL does)
}

// cometLeftovers are what a CometBFT node (v1.0.1) that was built leaves
// behind after it is stopped. They are not node/'s to fix; each is named in
// the report of the tests that tolerate them.
var cometLeftovers = []string{
	// The consensus WAL's group closes its head file but never calls
	// AutoFile.Close: its SIGHUP and close-ticker goroutines stay.
	"created by github.com/cometbft/cometbft/internal/autofile.OpenAutoFile",
	// The block pruner sleeps its interval (10 s) before it sees Quit.
	"state.(*Pruner).pruneBlocks",
}

// checkNoLeak fails t if goroutines started since before are still alive
// after a settle period, other than process-wide ones and those matching
// tolerate.
func checkNoLeak(t *testing.T, before map[string]string, within time.Duration, tolerate ...string) {
	t.Helper()
	ignore := append(slices.Clone(processGlobal), tolerate...)
	deadline := time.Now().Add(within)
	for {
		var left []string
		for id, g := range goroutineStacks() {
			if _, ok := before[id]; ok {
				continue
			}
			if slices.ContainsFunc(ignore, func(s string) bool { return strings.Contains(g, s) }) {
				continue
			}
			left = append(left, g)
		}
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Errorf("%d goroutines still running %v after the node was stopped or failed:\n\n%s", len(left), within, strings.Join(left, "\n\n"))
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
}
