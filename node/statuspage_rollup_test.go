package node

import (
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/internal/testutil"
)

// fakeRollupRPC serves the status page and answers its JSON-RPC calls with
// the node's own result types, as a rollup node would.
func fakeRollupRPC(t *testing.T, answers map[string]any, batches map[uint64]*BatchResult) *httptest.Server {
	mux := http.NewServeMux()
	mux.Handle(StatusPagePath, statusPageHandler())
	mux.HandleFunc("/health", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(`{"status":"ok"}`)) })
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
		out := []map[string]any{}
		for _, c := range calls {
			a := map[string]any{"jsonrpc": "2.0", "id": c.ID}
			res, ok := answers[c.Method]
			if c.Method == "mycel_getBatch" {
				var i uint64
				json.Unmarshal(c.Params[0], &i)
				res, ok = batches[i]
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
	return srv
}

// TestStatusPageRollupInABrowser: against a rollup node's answers, the
// page's validators table shows each operator's kind, agent id, stake,
// jail, slashes and reputation (a slashed operator that left the set on a
// row of its own, one "0x" address per row: the e2e test counts them),
// the recent batches table their L1 commit and finalization with the
// latencies, and the oldest waiting deposit and forced exit their
// deadlines (in red once one is overdue).
func TestStatusPageRollupInABrowser(t *testing.T) {
	now := time.Now().UTC()
	agent, human, gone := common.HexToAddress("0xa1"), common.HexToAddress("0xb2"), common.HexToAddress("0xc3")
	ethWei := func(n int64) *hexutil.Big { return (*hexutil.Big)(new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))) }
	answers := map[string]any{
		"mycel_status": StatusResult{ChainID: 7, Height: 42, LastBlockTime: now},
		"mycel_rollupStatus": consensus.RollupStatus{NextBatch: 2, Uncertified: 2, CertifiedTo: 2, L1NextBatch: 2, Validators: 2, TotalPowerGwei: 72e9,
			ActiveOperators: []consensus.OperatorStatus{{Signer: agent, Power: 32e9}, {Signer: human, Power: 40e9}}},
		"mycel_l1Queues": QueuesResult{DeadlineSeconds: 600,
			Deposits:    QueueResult{Next: 5, Waiting: 2, OldestQueuedAt: uint64(now.Unix()) - 60, Deadline: uint64(now.Unix()) + 540},
			ForcedExits: QueueResult{Next: 1, Waiting: 1, OldestQueuedAt: uint64(now.Unix()) - 700, Deadline: uint64(now.Unix()) - 100}},
		"mycel_operators": OperatorsResult{Operators: []OperatorResult{
			{Signer: agent, Owner: common.HexToAddress("0xa0"), Power: 32e9, Kind: "agent", AgentID: (*hexutil.Big)(big.NewInt(7)), Bonded: ethWei(32),
				Reputation: &ReputationResult{Count: 3, Value: "-1.5", Decimals: 1}},
			{Signer: human, Owner: common.HexToAddress("0xb0"), Power: 40e9, Kind: "human", AgentID: (*hexutil.Big)(new(big.Int)), Bonded: ethWei(40)},
			{Signer: gone, Owner: common.HexToAddress("0xc0"), Kind: "agent", AgentID: (*hexutil.Big)(big.NewInt(9)), Bonded: ethWei(2), Jailed: true,
				Slashed: ethWei(3), Reputation: &ReputationResult{}},
		}},
	}
	closed, commitSeen := now.Add(-30*time.Second), now.Add(-18*time.Second)
	batches := map[uint64]*BatchResult{
		0: {Index: 0, Header: HeaderResult{FirstBlock: 1, LastBlock: 10}, Certified: true, Signatures: []SignatureResult{{Signer: agent}, {Signer: human}},
			ClosedTime: &closed, L1: &consensus.BatchOnL1{Index: 0, CommitTx: common.HexToHash("0xc0ffee00000000000000000000000000000000000000000000000000000000aa"),
				CommitBlock: 100, CommitSeen: commitSeen, FinalizeTx: common.HexToHash("0x11"), FinalizeBlock: 103, FinalizeSeen: commitSeen.Add(6 * time.Second)}},
		1: {Index: 1, Header: HeaderResult{FirstBlock: 11, LastBlock: 20}, Certified: true, Signatures: []SignatureResult{{Signer: agent}}},
	}
	srv := fakeRollupRPC(t, answers, batches)
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
	if len(vals) != 3 || strings.Count(text("validators"), "0x") != 3 {
		t.Fatalf("validators %q", vals)
	}
	for i, want := range [][]string{
		{"0x00000000000000000000000000000000000000a1", "| agent | #7 | 32.0000 ETH | 44.4% | 2 of 2 | no | -1.5 (3)"},
		{"| human | - | 40.0000 ETH | 55.6% | 1 of 2 | no | -"},
		{"| agent | #9 | 2.0000 ETH | inactive | 0 of 2 | jailed, slashed 3.0000 ETH | none yet"},
	} {
		for _, w := range want {
			if !strings.Contains(vals[i], w) {
				t.Errorf("validator row %d %q lacks %q", i, vals[i], w)
			}
		}
	}
	if note := text("opsnote"); !strings.Contains(note, "read from L1") {
		t.Errorf("operators note %q", note)
	}
	bs := rows("batches")
	if len(bs) != 2 || !strings.HasPrefix(bs[0], "1 | 11–20 | - | yes | not yet | - | no | -") ||
		!strings.Contains(bs[1], "0 | 1–10 | ") || !strings.Contains(bs[1], "| yes | 0xc0ffee…00aa (L1 100) | 12.0 s | 0x000000…0011 (L1 103) | 3 L1 blocks, 6.0 s") {
		t.Fatalf("recent batches %q", bs)
	}
	dl := text("deadlines")
	cls, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("deadlines").className`))
	if err != nil || cls != "bad" || !regexp.MustCompile(`2 deposits waiting, the oldest \(#5\) queued 6[0-2] s ago: in a batch within 9\.0 min \(deadline 10\.0 min\)`).MatchString(dl) ||
		!strings.Contains(dl, "1 forced exit waiting, the oldest (#1) queued") || !strings.Contains(dl, "overdue by 10") {
		t.Fatalf("deadlines %q, class %q (%v)", dl, cls, err)
	}
	if pipe := text("pipeline"); !strings.Contains(pipe, "committed on L1") {
		t.Fatalf("pipeline %q", pipe)
	}
	testutil.Screenshot(t, ctx, "status-page-rollup-fake.png")
}
