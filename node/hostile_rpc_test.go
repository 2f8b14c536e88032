package node

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
)

// post sends body to url with the given Host and Origin headers (empty:
// left as the client sets them).
func post(t *testing.T, url, host, origin, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if host != "" {
		req.Host = host
	}
	if origin != "" {
		req.Header.Set("Origin", origin)
	}
	c := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

const statusCall = `{"jsonrpc":"2.0","id":1,"method":"mycel_status"}`

// A web page the user opens must not drive the node on 127.0.0.1: a host
// name other than the allowed virtual hosts is refused (DNS rebinding),
// no CORS header lets another site read answers, and WebSockets open only
// from allowed origins.
func TestRPCRefusesOtherSites(t *testing.T) {
	q := startNoQuorum(t)
	url := q.url
	if code, body := post(t, url, "evil.example:8645", "", statusCall); code != http.StatusForbidden {
		t.Fatalf("Host evil.example: %d %s", code, body)
	}
	for _, host := range []string{"", "localhost:8645"} { // "": the IP address the client dialed
		if code, body := post(t, url, host, "", statusCall); code != http.StatusOK || !strings.Contains(body, "chain_id") {
			t.Fatalf("Host %q: %d %s", host, code, body)
		}
	}
	// A CORS preflight from another site gets no permission.
	req, _ := http.NewRequest(http.MethodOptions, url, nil)
	req.Header.Set("Origin", "http://evil.example")
	req.Header.Set("Access-Control-Request-Method", "POST")
	resp, err := (&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}).Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if v := resp.Header.Get("Access-Control-Allow-Origin"); v != "" {
		t.Fatalf("CORS preflight from another site allowed: %q", v)
	}

	wsURL := "ws" + strings.TrimPrefix(url, "http") + "/ws"
	dial := func(origin string) error {
		h := http.Header{}
		if origin != "" {
			h.Set("Origin", origin)
		}
		c, resp, err := websocket.DefaultDialer.Dial(wsURL, h)
		if resp != nil && resp.Body != nil {
			resp.Body.Close()
		}
		if err == nil {
			c.Close()
		}
		return err
	}
	if err := dial("http://evil.example"); err == nil {
		t.Fatal("a WebSocket from another site was accepted")
	}
	for _, origin := range []string{"", "http://localhost"} {
		if err := dial(origin); err != nil {
			t.Fatalf("WebSocket with Origin %q: %v", origin, err)
		}
	}
}

// One request cannot make the node do unbounded work: batches are capped,
// WebSocket messages are capped, subscriptions are capped per connection
// and overall, and a client that sends a request slowly loses its
// connection.
func TestRPCResourceLimits(t *testing.T) {
	q := startNoQuorum(t, "rpc.batch_limit=10", "rpc.ws_max_message_bytes=4096",
		"rpc.max_subscriptions=5", "rpc.max_subscriptions_per_conn=3", "rpc.read_timeout=1s")
	url := q.url

	batch := func(n int) string {
		var calls []string
		for i := range n {
			calls = append(calls, fmt.Sprintf(`{"jsonrpc":"2.0","id":%d,"method":"mycel_status"}`, i))
		}
		return "[" + strings.Join(calls, ",") + "]"
	}
	_, body := post(t, url, "", "", batch(10))
	var answers []map[string]any
	if err := json.Unmarshal([]byte(body), &answers); err != nil || len(answers) != 10 || answers[9]["result"] == nil {
		t.Fatalf("a batch at the limit: %v %.200s", err, body)
	}
	_, body = post(t, url, "", "", batch(11))
	if !strings.Contains(body, "batch too large") || strings.Contains(body, "chain_id") {
		t.Fatalf("a batch over the limit was served: %.300s", body)
	}

	ctx := context.Background()
	wsURL := "ws" + strings.TrimPrefix(url, "http") + "/ws"
	subscribe := func(c *rpc.Client) error {
		_, err := c.Subscribe(ctx, "mycel", make(chan NewBlockHeader, 16), "newBlocks")
		return err
	}
	c1, err := rpc.DialWebsocket(ctx, wsURL, "")
	if err != nil {
		t.Fatal(err)
	}
	defer c1.Close()
	for i := range 3 {
		if err := subscribe(c1); err != nil {
			t.Fatalf("subscription %d: %v", i, err)
		}
	}
	if err := subscribe(c1); err == nil || !strings.Contains(err.Error(), "max_subscriptions_per_conn") {
		t.Fatalf("a 4th subscription on one connection: %v", err)
	}
	c2, err := rpc.DialWebsocket(ctx, wsURL, "")
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	for i := range 2 {
		if err := subscribe(c2); err != nil {
			t.Fatalf("second connection, subscription %d: %v", i, err)
		}
	}
	if err := subscribe(c2); err == nil || !strings.Contains(err.Error(), "rpc.max_subscriptions)") {
		t.Fatalf("a subscription past the node's bound: %v", err)
	}
	c1.Close() // its subscriptions end with it and free their places
	eventually(t, 10*time.Second, "places freed by a closed connection", func() error { return subscribe(c2) })

	// A WebSocket message over the limit closes that connection.
	ws, _, err := websocket.DefaultDialer.Dial(wsURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	big := `{"jsonrpc":"2.0","id":1,"method":"mycel_status","params":["` + strings.Repeat("x", 8192) + `"]}`
	if err := ws.WriteMessage(websocket.TextMessage, []byte(big)); err == nil { // the node may hang up mid-write
		ws.SetReadDeadline(time.Now().Add(10 * time.Second))
		if _, msg, err := ws.ReadMessage(); err == nil {
			t.Fatalf("an oversized message was answered: %.200s", msg)
		}
	}

	// A request that never finishes arriving: the node hangs up.
	conn, err := net.Dial("tcp", strings.TrimPrefix(url, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
	conn.SetReadDeadline(time.Now().Add(15 * time.Second))
	start := time.Now()
	rest, err := io.ReadAll(conn)
	if ne, ok := err.(net.Error); ok && ne.Timeout() {
		t.Fatalf("the node kept a slow request's connection open for %v", time.Since(start))
	}
	if bytes.Contains(rest, []byte("chain_id")) {
		t.Fatalf("a truncated request was served: %q", rest)
	}
}
