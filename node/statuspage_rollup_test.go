package node

import (
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/gorilla/websocket"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/internal/testutil"
)

// fakeRollup serves the status page and answers its JSON-RPC calls with
// the node's own result types, as a rollup node would; its /ws refuses
// upgrades unless a test hands it a WebSocket handler.
type fakeRollup struct {
	t       *testing.T
	mu      sync.Mutex
	answers map[string]any
	batches map[uint64]*BatchResult
	calls   map[string]int
	ws      http.Handler
}

func (f *fakeRollup) set(method string, answer any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if answer == nil {
		delete(f.answers, method)
	} else {
		f.answers[method] = answer
	}
}

func (f *fakeRollup) count(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.calls[method]
}

func (f *fakeRollup) setWS(h http.Handler) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.ws = h
}

func fakeRollupRPC(t *testing.T, answers map[string]any, batches map[uint64]*BatchResult) (*httptest.Server, *fakeRollup) {
	f := &fakeRollup{t: t, answers: answers, batches: batches, calls: map[string]int{}}
	mux := http.NewServeMux()
	mux.Handle(StatusPagePath, statusPageHandler())
	mux.HandleFunc("/health", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(`{"status":"ok"}`)) })
	mux.HandleFunc("/ws", func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		h := f.ws
		f.mu.Unlock()
		if h == nil {
			http.Error(w, "no WebSocket here", http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/" {
			http.NotFound(w, r) // the browser's favicon.ico
			return
		}
		var calls []struct {
			ID     json.RawMessage   `json:"id"`
			Method string            `json:"method"`
			Params []json.RawMessage `json:"params"`
		}
		if err := json.NewDecoder(r.Body).Decode(&calls); err != nil {
			t.Errorf("the page sent a request that is not a JSON-RPC batch: %v", err)
			return
		}
		f.mu.Lock()
		defer f.mu.Unlock()
		out := []map[string]any{}
		for _, c := range calls {
			f.calls[c.Method]++
			a := map[string]any{"jsonrpc": "2.0", "id": c.ID}
			res, ok := f.answers[c.Method]
			if c.Method == "mycel_getBatch" {
				var i uint64
				json.Unmarshal(c.Params[0], &i)
				res, ok = f.batches[i]
			}
			if ok {
				a["result"] = res
			} else {
				a["error"] = map[string]any{"code": CodeNotFound, "message": "not here"}
			}
			out = append(out, a)
		}
		json.NewEncoder(w).Encode(out)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, f
}

// TestStatusPageRollupInABrowser: against a rollup node's answers, the
// page's validators table shows each operator's name (its ERC-8004
// registration file's, "(unverified)" when the file does not list the
// agent, "unreachable" with the reason in its tooltip), kind, agent id,
// stake, the share of the last certified batches it signed (as
// mycel_operators counts them), jail, slashes and reputation (operators
// that left the set on rows of their own, one "0x" address per row: the
// e2e test counts them), the recent batches table their L1 commit and
// finalization with the latencies, and the oldest waiting deposit and
// forced exit their deadlines (in red once one is overdue). The fake
// serves no WebSocket: the page says it is polling, and works.
func TestStatusPageRollupInABrowser(t *testing.T) {
	now := time.Now().UTC()
	agent, human, gone, other := common.HexToAddress("0xa1"), common.HexToAddress("0xb2"), common.HexToAddress("0xc3"), common.HexToAddress("0xd4")
	ethWei := func(n int64) *hexutil.Big { return (*hexutil.Big)(new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))) }
	answers := map[string]any{
		"mycel_status": StatusResult{ChainID: 7, Height: 42, LastBlockTime: now},
		"mycel_rollupStatus": consensus.RollupStatus{NextBatch: 2, Uncertified: 2, CertifiedTo: 2, L1NextBatch: 2, Validators: 2, TotalPowerGwei: 72e9,
			ActiveOperators: []consensus.OperatorStatus{{Signer: agent, Power: 32e9}, {Signer: human, Power: 40e9}}},
		"mycel_l1Queues": QueuesResult{DeadlineSeconds: 600,
			Deposits:    QueueResult{Next: 5, Waiting: 2, OldestQueuedAt: uint64(now.Unix()) - 60, Deadline: uint64(now.Unix()) + 540},
			ForcedExits: QueueResult{Next: 1, Waiting: 1, OldestQueuedAt: uint64(now.Unix()) - 700, Deadline: uint64(now.Unix()) - 100}},
		"mycel_operators": OperatorsResult{RecentBatches: 32, RecentFrom: ptr(uint64(8)), RecentTo: ptr(uint64(39)), Operators: []OperatorResult{
			{Signer: agent, Owner: common.HexToAddress("0xa0"), Power: 32e9, Kind: "agent", AgentID: (*hexutil.Big)(big.NewInt(7)), Bonded: ethWei(32),
				Reputation: &ReputationResult{Count: 3, Value: "-1.5", Decimals: 1}, SignedRecent: 24,
				RegistrationURI: "https://a.example/agent.json", Registration: RegistrationOK, Name: "Ops Agent A", NameVerified: true},
			{Signer: human, Owner: common.HexToAddress("0xb0"), Power: 40e9, Kind: "human", AgentID: (*hexutil.Big)(new(big.Int)), Bonded: ethWei(40), SignedRecent: 32},
			{Signer: gone, Owner: common.HexToAddress("0xc0"), Kind: "agent", AgentID: (*hexutil.Big)(big.NewInt(9)), Bonded: ethWei(2), Jailed: true,
				Slashed: ethWei(3), Reputation: &ReputationResult{}, RegistrationURI: "https://gone.example/agent.json", Registration: RegistrationUnreachable,
				RegistrationError: "fetch https://gone.example/agent.json: no answer within 3s"},
			{Signer: other, Owner: common.HexToAddress("0xd0"), Kind: "agent", AgentID: (*hexutil.Big)(big.NewInt(11)), Bonded: ethWei(1),
				RegistrationURI: "https://m.example/agent.json", Registration: RegistrationOK, Name: "Mallory", SignedRecent: 1},
		}},
	}
	closed, commitSeen := now.Add(-30*time.Second), now.Add(-18*time.Second)
	batches := map[uint64]*BatchResult{
		0: {Index: 0, Header: HeaderResult{FirstBlock: 1, LastBlock: 10}, Certified: true, Signatures: []SignatureResult{{Signer: agent}, {Signer: human}},
			ClosedTime: &closed, L1: &consensus.BatchOnL1{Index: 0, CommitTx: common.HexToHash("0xc0ffee00000000000000000000000000000000000000000000000000000000aa"),
				CommitBlock: 100, CommitSeen: commitSeen, FinalizeTx: common.HexToHash("0x11"), FinalizeBlock: 103, FinalizeSeen: commitSeen.Add(6 * time.Second)}},
		1: {Index: 1, Header: HeaderResult{FirstBlock: 11, LastBlock: 20}, Certified: true, Signatures: []SignatureResult{{Signer: agent}}},
	}
	srv, _ := fakeRollupRPC(t, answers, batches)
	ctx := testutil.Browser(t)
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+StatusPagePath), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="1"]`))); err != nil {
		t.Fatal(err)
	}
	text := func(id string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(id)))
		if err != nil {
			t.Fatalf("read #%s: %v", id, err)
		}
		return v
	}
	rows := func(id string) []string {
		t.Helper()
		out, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#`+id+` tr")].map((r) => [...r.children].map((c) => c.textContent).join(" | "))`))
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	vals := rows("validators")
	if len(vals) != 4 || strings.Count(text("validators"), "0x") != 4 {
		t.Fatalf("validators %q", vals)
	}
	for i, want := range [][]string{
		{"0x000000…00a1 | Ops Agent A | agent | #7 | 32.0000 ETH | 44.4% | 75% (24 of 32) | no | -1.5 (3)"},
		{"| - | human | - | 40.0000 ETH | 55.6% | 100% (32 of 32) | no | -"},
		{"| unreachable | agent | #9 | 2.0000 ETH | inactive | 0% (0 of 32) | jailed, slashed 3.0000 ETH | none yet"},
		{"| Mallory (unverified) | agent | #11 | 1.0000 ETH | inactive | 3% (1 of 32) | no | -"},
	} {
		for _, w := range want {
			if !strings.Contains(vals[i], w) {
				t.Errorf("validator row %d %q lacks %q", i, vals[i], w)
			}
		}
	}
	signers, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#validators td:first-child")].map((c) => c.title)`))
	if err != nil || len(signers) != 4 || !strings.EqualFold(signers[3], other.Hex()) {
		t.Fatalf("signer tooltips %q (%v), want the full addresses", signers, err)
	}
	titles, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("#validators td.name")].map((c) => c.title)`))
	if err != nil || len(titles) != 4 || !strings.Contains(titles[0], "https://a.example/agent.json") ||
		!strings.Contains(titles[2], "no answer within 3s") || !strings.Contains(titles[3], "does not list agent #11") {
		t.Fatalf("name tooltips %q (%v)", titles, err)
	}
	if note := text("opsnote"); !strings.Contains(note, "read from L1") || !strings.Contains(note, "the last 32 certified batches this node recorded (#8–#39)") {
		t.Errorf("operators note %q", note)
	}
	bs := rows("batches")
	if len(bs) != 2 || !strings.HasPrefix(bs[0], "1 | 11–20 | - | yes | not yet | - | no | -") ||
		!strings.Contains(bs[1], "0 | 1–10 | ") || !strings.Contains(bs[1], "| yes | 0xc0ffee…00aa (L1 100) | 12.0 s | 0x000000…0011 (L1 103) | 3 L1 blocks, 6.0 s") {
		t.Fatalf("recent batches %q", bs)
	}
	dl := text("deadlines")
	cls, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("deadlines").className`))
	if err != nil || cls != "bad" || !regexp.MustCompile(`2 deposits waiting, the oldest \(#5\) queued 6[0-9] s ago: in a batch within (9\.0|8\.9) min \(deadline 10\.0 min\)`).MatchString(dl) ||
		!strings.Contains(dl, "1 forced exit waiting, the oldest (#1) queued") || !strings.Contains(dl, "overdue by 1") {
		t.Fatalf("deadlines %q, class %q (%v)", dl, cls, err)
	}
	if pipe := text("pipeline"); !strings.Contains(pipe, "committed on L1") {
		t.Fatalf("pipeline %q", pipe)
	}
	if c, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.dataset.conn`)); err != nil || c != "polling" || text("conn") != "polling" {
		t.Fatalf("without a WebSocket the page says %q (%q, %v), want polling", text("conn"), c, err)
	}
	testutil.Screenshot(t, ctx, "status-page-rollup-fake.png")
}

func ptr[T any](v T) *T { return &v }

// TestStatusPageReconnectsInABrowser: while the node's WebSocket refuses
// the page, it says "polling" and polls; once the WebSocket accepts, the
// page (retrying with backoff) subscribes to newBlocks, says "live", and
// refreshes as soon as a block is pushed; when the socket drops it polls
// again and goes live on a new one. With mycel_operators failing, the
// signed column falls back to the page's own count over the recent
// batches.
func TestStatusPageReconnectsInABrowser(t *testing.T) {
	a, b := common.HexToAddress("0xa1"), common.HexToAddress("0xb2")
	answers := map[string]any{
		"mycel_status": StatusResult{ChainID: 7, Height: 42, LastBlockTime: time.Now().UTC()},
		"mycel_rollupStatus": consensus.RollupStatus{NextBatch: 2, Uncertified: 2, CertifiedTo: 2, Validators: 2, TotalPowerGwei: 2e9,
			ActiveOperators: []consensus.OperatorStatus{{Signer: a, Power: 1e9}, {Signer: b, Power: 1e9}}},
	}
	batches := map[uint64]*BatchResult{
		0: {Index: 0, Header: HeaderResult{FirstBlock: 1, LastBlock: 10}, Certified: true, Signatures: []SignatureResult{{Signer: a}, {Signer: b}}},
		1: {Index: 1, Header: HeaderResult{FirstBlock: 11, LastBlock: 20}, Certified: true, Signatures: []SignatureResult{{Signer: a}}},
	}
	srv, f := fakeRollupRPC(t, answers, batches)
	ctx := testutil.Browser(t)
	text := func(id string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(id)))
		if err != nil {
			t.Fatalf("read #%s: %v", id, err)
		}
		return strings.TrimSpace(v)
	}
	data := func(key string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.dataset.`+key))
		if err != nil {
			t.Fatalf("read data-%s: %v", key, err)
		}
		return v
	}
	waitFor := func(what string, within time.Duration, cond func() bool) {
		t.Helper()
		for deadline := time.Now().Add(within); !cond(); time.Sleep(100 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("%s: not within %v (connection %q, data-conn %q)", what, within, text("conn"), data("conn"))
			}
		}
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+StatusPagePath), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="1"]`))); err != nil {
		t.Fatal(err)
	}
	// Refused: polling, every 2 s.
	waitFor("polling", 5*time.Second, func() bool { return text("conn") == "polling" && data("conn") == "polling" })
	polls := f.count("mycel_status")
	waitFor("a poll", 5*time.Second, func() bool { return f.count("mycel_status") > polls })
	vals := text("validators")
	if !strings.Contains(vals, "100% (2 of 2)") || !strings.Contains(vals, "50% (1 of 2)") {
		t.Fatalf("signed column from the page's own count: %q", vals)
	}
	if note := text("opsnote"); !strings.Contains(note, "unavailable: not here") || !strings.Contains(note, "signed: the certified batches among the last 2 closed") {
		t.Fatalf("operators note %q", note)
	}

	// The WebSocket accepts: a subscription to newBlocks.
	conns := make(chan *websocket.Conn, 4)
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	f.setWS(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		c, err := up.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		var req struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method"`
			Params []string        `json:"params"`
		}
		if err := c.ReadJSON(&req); err != nil || req.Method != "mycel_subscribe" || len(req.Params) != 1 || req.Params[0] != "newBlocks" {
			t.Errorf("the page's first WebSocket message: %+v (%v)", req, err)
			c.Close()
			return
		}
		c.WriteJSON(map[string]any{"jsonrpc": "2.0", "id": req.ID, "result": "0xfeed"})
		conns <- c
	}))
	var c *websocket.Conn
	select {
	case c = <-conns:
	case <-time.After(45 * time.Second):
		t.Fatal("the page did not retry the WebSocket within 45 s")
	}
	t.Cleanup(func() { c.Close() })
	waitFor("live", 5*time.Second, func() bool { return text("conn") == "live" && data("conn") == "live" && data("connects") == "1" })

	// A block pushed: the page refreshes at once (its poll, while live,
	// waits 10 s).
	pushes := data("pushes")
	f.set("mycel_status", StatusResult{ChainID: 7, Height: 43, LastBlockTime: time.Now().UTC()})
	if err := c.WriteJSON(map[string]any{"jsonrpc": "2.0", "method": "mycel_subscription",
		"params": map[string]any{"subscription": "0xfeed", "result": NewBlockHeader{Height: 43, Time: time.Now()}}}); err != nil {
		t.Fatal(err)
	}
	waitFor("the pushed block", 2*time.Second, func() bool { return text("height") == "43" && data("wsHeight") == "43" && data("pushes") != pushes })
	// A notification of another subscription is not a block.
	notified := data("notified")
	c.WriteJSON(map[string]any{"jsonrpc": "2.0", "method": "mycel_subscription", "params": map[string]any{"subscription": "0xother", "result": NewBlockHeader{Height: 99}}})
	time.Sleep(300 * time.Millisecond)
	if data("notified") != notified || data("wsHeight") != "43" {
		t.Fatalf("a foreign subscription's notification counted: notified %s, ws height %s", data("notified"), data("wsHeight"))
	}
	testutil.Screenshot(t, ctx, "status-page-live.png")

	// The socket drops: polling, then live again on a new one.
	c.Close()
	waitFor("polling after the drop", 5*time.Second, func() bool { return data("conn") == "polling" })
	select {
	case c = <-conns:
	case <-time.After(10 * time.Second):
		t.Fatal("the page did not reconnect within 10 s")
	}
	waitFor("live again", 5*time.Second, func() bool { return data("conn") == "live" && data("connects") == "2" })
}
