package node

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"github.com/mycel-network/mycel/internal/testutil"
)

// rateSets: one request a second and bursts of 5 (the batch limit), for
// loopback clients too. One second is a wide margin for a test's two
// back-to-back requests, so the refusals below do not depend on timing.
var rateSets = []string{"rpc.requests_per_second=1", "rpc.request_burst=5", "rpc.batch_limit=5", "rpc.loopback_unlimited=false"}

// startRateLimited starts the first validator of a two-validator testnet
// (no quorum: no blocks, little CPU) with the given settings; key, when
// set, replaces the HTTP limiter's client key (every test client is on
// 127.0.0.1).
func startRateLimited(t *testing.T, key func(*http.Request) string, sets ...string) (*Node, string) {
	t.Helper()
	dir := t.TempDir()
	opts := DefaultInitOptions()
	opts.Accounts, opts.Depth = 4, 8
	opts.BasePort = testutil.FreePortBase(t, 2)
	if _, err := InitTestnet(dir, 2, opts); err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadConfig(filepath.Join(dir, "node0"), nil, sets)
	if err != nil {
		t.Fatal(err)
	}
	log, _ := testLogger(t)
	n, err := New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if key != nil {
		n.limit.key = key // before Start: no request is in flight
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Stop(context.Background()); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return n, "http://" + cfg.RPC.Listen
}

// statusBatch is a batch of n mycel_status calls with ids first, first+1, ...
func statusBatch(first, n int) string {
	calls := make([]string, n)
	for i := range calls {
		calls[i] = fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"mycel_status"}`, first+i)
	}
	return "[" + strings.Join(calls, ",") + "]"
}

// postAs posts body as the client named by the X-Test-Client header.
func postAs(t *testing.T, url, client, body string) (*http.Response, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Test-Client", client)
	c := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// rateLimited reads mycel_rpc_rate_limited_total{transport} from /metrics,
// fetched as client.
func rateLimited(t *testing.T, url, client, transport string) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url+"/metrics", nil)
	req.Header.Set("X-Test-Client", client)
	resp, err := (&http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	m := regexp.MustCompile(`(?m)^mycel_rpc_rate_limited_total\{transport="` + transport + `"\} (\d+)$`).FindSubmatch(b)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// Over HTTP each client (IP address; here named by a header) has its own
// budget, and a batch of N calls costs N: a client past it gets 429 with
// Retry-After and a -32005 error body, while another client is served;
// after the refill the first is served again. Refused calls are counted.
func TestRPCRateLimitHTTP(t *testing.T) {
	_, url := startRateLimited(t, func(r *http.Request) string { return r.Header.Get("X-Test-Client") }, rateSets...)

	resp, body := postAs(t, url, "a", statusBatch(1, 5))
	var answers []map[string]any
	if err := json.Unmarshal([]byte(body), &answers); resp.StatusCode != http.StatusOK || err != nil || len(answers) != 5 || answers[4]["result"] == nil {
		t.Fatalf("a batch of 5 within the burst: %d %v %.200s", resp.StatusCode, err, body)
	}
	// The batch spent the whole burst: one more call is refused.
	resp, body = postAs(t, url, "a", statusCall)
	if resp.StatusCode != http.StatusTooManyRequests || resp.Header.Get("Retry-After") != "1" {
		t.Fatalf("a call after a batch that spent the burst: %d, Retry-After %q, %.200s", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	var refusal struct {
		Error struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal([]byte(body), &refusal); err != nil || refusal.Error.Code != CodeLimitExceeded ||
		!strings.Contains(refusal.Error.Message, "rpc.requests_per_second 1 (burst 5) per client IP; retry in 1s") {
		t.Fatalf("the 429 body is not a -32005 error that says what to do: %v %s", err, body)
	}

	// Another client is served, and its batch counts its calls too: after
	// one call, a batch of 5 does not fit in its 4 tokens.
	if resp, body := postAs(t, url, "b", statusCall); resp.StatusCode != http.StatusOK || !strings.Contains(body, "chain_id") {
		t.Fatalf("another client while the first is limited: %d %.200s", resp.StatusCode, body)
	}
	if resp, body := postAs(t, url, "b", statusBatch(1, 5)); resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("a batch of 5 with 4 tokens left: %d %.200s", resp.StatusCode, body)
	}
	if got := rateLimited(t, url, "monitor", "http"); got != 1+5 {
		t.Fatalf("mycel_rpc_rate_limited_total{transport=\"http\"} = %d, want 6 refused calls", got)
	}

	// A second later the first client has a token again.
	time.Sleep(1100 * time.Millisecond)
	if resp, body := postAs(t, url, "a", statusCall); resp.StatusCode != http.StatusOK || !strings.Contains(body, "chain_id") {
		t.Fatalf("the first client after the refill: %d %.200s", resp.StatusCode, body)
	}
}

// wsAnswer is one JSON-RPC response read off a WebSocket.
type wsAnswer struct {
	ID     json.RawMessage `json:"id"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

func (a wsAnswer) String() string {
	return fmt.Sprintf("{id %s result %.80s error %+v}", a.ID, a.Result, a.Error)
}

func wsSend(t *testing.T, c *websocket.Conn, msg string) {
	t.Helper()
	if err := c.WriteMessage(websocket.TextMessage, []byte(msg)); err != nil {
		t.Fatal(err)
	}
}

func wsRead(t *testing.T, c *websocket.Conn, v any) {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	_, msg, err := c.ReadMessage()
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(msg, v); err != nil {
		t.Fatalf("%v: %s", err, msg)
	}
}

// On a WebSocket each connection has its own budget, and a batch costs
// its calls: a connection past it gets a -32005 error for each refused
// call (with the call's id) and stays open; another connection from the
// same address is served; after the refill the first is served again.
func TestRPCRateLimitWebSocket(t *testing.T) {
	_, url := startRateLimited(t, nil, rateSets...) // the real key: 127.0.0.1
	wsURL := "ws" + strings.TrimPrefix(url, "http") + "/ws"
	dial := func() *websocket.Conn {
		c, _, err := websocket.DefaultDialer.Dial(wsURL, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { c.Close() })
		return c
	}
	c1 := dial()
	wsSend(t, c1, statusBatch(1, 5))
	var batch []wsAnswer
	wsRead(t, c1, &batch)
	if len(batch) != 5 || batch[4].Result == nil {
		t.Fatalf("a batch of 5 within the burst: %v", batch)
	}
	wsSend(t, c1, `{"jsonrpc":"2.0","id":7,"method":"mycel_status"}`)
	var one wsAnswer
	wsRead(t, c1, &one)
	if one.Error == nil || one.Error.Code != CodeLimitExceeded || string(one.ID) != "7" ||
		!strings.Contains(one.Error.Message, "per WebSocket connection; retry in 1s") {
		t.Fatalf("a call past the burst: %v", one)
	}
	wsSend(t, c1, statusBatch(8, 2))
	batch = nil
	wsRead(t, c1, &batch)
	if len(batch) != 2 || string(batch[0].ID) != "8" || string(batch[1].ID) != "9" ||
		batch[0].Error == nil || batch[0].Error.Code != CodeLimitExceeded || batch[1].Error == nil || batch[1].Error.Code != CodeLimitExceeded {
		t.Fatalf("a refused batch: want a -32005 error for each call, got %v", batch)
	}

	c2 := dial()
	wsSend(t, c2, `{"jsonrpc":"2.0","id":1,"method":"mycel_status"}`)
	one = wsAnswer{}
	wsRead(t, c2, &one)
	if one.Error != nil || !strings.Contains(string(one.Result), "chain_id") {
		t.Fatalf("another connection from the same address: %v", one)
	}
	if got := rateLimited(t, url, "", "ws"); got != 1+2 {
		t.Fatalf("mycel_rpc_rate_limited_total{transport=\"ws\"} = %d, want 3 refused calls", got)
	}

	// The refused connection is still open and, a second later, served.
	time.Sleep(1100 * time.Millisecond)
	wsSend(t, c1, `{"jsonrpc":"2.0","id":10,"method":"mycel_status"}`)
	one = wsAnswer{}
	wsRead(t, c1, &one)
	if one.Error != nil || string(one.ID) != "10" || !strings.Contains(string(one.Result), "chain_id") {
		t.Fatalf("the limited connection after the refill: %v", one)
	}

	// As go-ethereum's WebSocket server: a message that is not JSON gets
	// a parse error and the connection is closed.
	wsSend(t, c2, `{"jsonrpc":"2.0","id":1,"method":`)
	one = wsAnswer{}
	wsRead(t, c2, &one)
	if one.Error == nil || one.Error.Code != -32700 {
		t.Fatalf("a truncated message: %v", one)
	}
	c2.SetReadDeadline(time.Now().Add(10 * time.Second))
	if _, msg, err := c2.ReadMessage(); err == nil {
		t.Fatalf("the connection stayed open after a parse error: %s", msg)
	}
}

// rpc.loopback_unlimited exempts clients on this host, over HTTP and on
// WebSockets; without it (the default, TestRPCRateLimitWebSocket) they are
// limited like any other.
func TestRPCRateLimitLoopbackExemption(t *testing.T) {
	sets := append(append([]string{}, rateSets[:3]...), "rpc.loopback_unlimited=true")
	_, url := startRateLimited(t, nil, sets...)
	for i := range 4 {
		if resp, body := postAs(t, url, "", statusBatch(1, 5)); resp.StatusCode != http.StatusOK {
			t.Fatalf("HTTP batch %d from 127.0.0.1: %d %.200s", i, resp.StatusCode, body)
		}
	}
	c, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(url, "http")+"/ws", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for i := range 4 {
		wsSend(t, c, statusBatch(1, 5))
		var batch []wsAnswer
		wsRead(t, c, &batch)
		if len(batch) != 5 || batch[4].Error != nil {
			t.Fatalf("WebSocket batch %d from 127.0.0.1: %v", i, batch)
		}
	}
}
