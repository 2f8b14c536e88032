package node

import (
	"context"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/gorilla/websocket"

	"github.com/mycel-network/mycel/internal/testutil"
)

// TestStatusPageInABrowser: the status page, opened in headless Chromium
// at 127.0.0.1 on a committing node without L1 that runs the default RPC
// settings (requests rate-limited per client, loopback included; WebSocket
// origins localhost only), goes live on the node's WebSocket (its
// same-origin /ws) and follows the chain by the blocks pushed to it: the
// height grows while its refreshes come from pushes, not from the slow
// poll. It shows the node's health and says plainly that the chain has no
// L1 (in the pipeline and in place of the validators' L1 columns); the
// page is self-contained (its CSP allows no outside asset) and a
// screenshot is left as an artifact.
func TestStatusPageInABrowser(t *testing.T) {
	cfg, _ := testHome(t)
	n := startHome(t, cfg.Home, nil)
	eventually(t, 30*time.Second, "a first block", func() error {
		if h := n.Height(); h < 1 {
			return errHeight(h)
		}
		return nil
	})
	ctx := testutil.Browser(t)
	url := "http://" + cfg.RPC.Listen + StatusPagePath
	if !strings.HasPrefix(cfg.RPC.Listen, "127.0.0.1:") {
		t.Fatalf("rpc.listen %s: the test wants the page at 127.0.0.1", cfg.RPC.Listen)
	}
	text := func(id string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(id)))
		if err != nil {
			t.Fatalf("read #%s: %v", id, err)
		}
		return strings.TrimSpace(v)
	}
	data := func(key string) int {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.dataset.`+key))
		if err != nil {
			t.Fatalf("read data-%s: %v", key, err)
		}
		i, err := strconv.Atoi(v)
		if err != nil {
			t.Fatalf("data-%s %q", key, v)
		}
		return i
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="1"]`))); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	liveCtx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(liveCtx, chromedp.WaitVisible(chromedp.CSS(`body[data-conn="live"]`))); err != nil {
		c, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.getElementById("conn").title`))
		t.Fatalf("the page did not go live on the WebSocket within 20 s (%q): %v", c, err)
	}
	if c := text("conn"); c != "live" {
		t.Fatalf("connection state %q, want live", c)
	}
	first, err := strconv.Atoi(text("height"))
	if err != nil || first < 1 {
		t.Fatalf("height %q", text("height"))
	}
	if note, pipeline := text("l1note"), text("pipeline"); !strings.Contains(note, "without L1") || !strings.Contains(pipeline, "no L1") {
		t.Fatalf("a chain without L1: note %q, pipeline %q", note, pipeline)
	}
	if dl := text("deadlines"); !strings.Contains(dl, "no L1") {
		t.Fatalf("a chain without L1: deadlines %q", dl)
	}
	if vals, ops := text("validators"), text("opsnote"); !strings.Contains(vals, "no L1") || !strings.Contains(ops, "no L1") || strings.Contains(ops, "reading L1") {
		t.Fatalf("a chain without L1: validators %q, operators note %q", vals, ops)
	}
	// Live: three blocks and two pushed refreshes later, the page shows
	// the blocks; its poll (every 10 s while live) ran at most once
	// meanwhile, so the refreshes came from the pushes.
	start, polls, pushes, notified := time.Now(), data("polls"), data("pushes"), data("notified")
	deadline := start.Add(30 * time.Second)
	for {
		if h, _ := strconv.Atoi(text("height")); h >= first+3 && data("pushes") >= pushes+2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page's height stayed at %s while the node is at %d (%d pushed refreshes, %d notifications)",
				text("height"), n.Height(), data("pushes")-pushes, data("notified")-notified)
		}
		time.Sleep(200 * time.Millisecond)
	}
	if p := data("polls") - polls; p > 1+int(time.Since(start)/(10*time.Second)) || data("notified") < notified+3 {
		t.Fatalf("in %v: %d polls, %d pushed refreshes, %d notifications: the height did not come over the WebSocket",
			time.Since(start), p, data("pushes")-pushes, data("notified")-notified)
	}
	if wsH := data("wsHeight"); wsH < first+3 {
		t.Fatalf("the last block pushed was %d, the page shows %s", wsH, text("height"))
	}
	if h := text("health"); h != "ok" {
		t.Fatalf("health %q", h)
	}
	testutil.Screenshot(t, ctx, "status-page-plain.png")

	// The same-origin rule lets the page in at 127.0.0.1 and localhost;
	// other origins, and a same-origin claim under a host name that
	// rpc.vhosts does not accept (DNS rebinding), still meet
	// rpc.ws_origins and are refused.
	port := strings.TrimPrefix(cfg.RPC.Listen, "127.0.0.1:")
	for _, c := range []struct {
		host, origin string
		ok           bool
	}{
		{"127.0.0.1:" + port, "http://127.0.0.1:" + port, true},
		{"localhost:" + port, "http://localhost:" + port, true},
		{"127.0.0.1:" + port, "http://evil.example", false},
		{"127.0.0.1:" + port, "http://127.0.0.1:1", false},
		{"rebind.example:" + port, "http://rebind.example:" + port, false},
	} {
		h := http.Header{"Origin": {c.origin}, "Host": {c.host}}
		conn, resp, err := websocket.DefaultDialer.Dial("ws://"+cfg.RPC.Listen+"/ws", h)
		if conn != nil {
			conn.Close()
		}
		if (err == nil) != c.ok {
			status := 0
			if resp != nil {
				status = resp.StatusCode
			}
			t.Errorf("WebSocket from %s at Host %s: err %v (HTTP %d), want allowed %v", c.origin, c.host, err, status, c.ok)
		}
	}
}

type errHeight uint64

func (h errHeight) Error() string { return "height " + strconv.FormatUint(uint64(h), 10) }

// TestStatusPageSameOriginRule: an Origin counts as the page's own only
// when it is http(s):// and exactly the request's Host, and the Host
// passes rpc.vhosts (IP addresses always do); the Origin is then dropped
// before the ws_origins check, and kept otherwise.
func TestStatusPageSameOriginRule(t *testing.T) {
	vhosts := []string{"localhost", "node.example"}
	for _, c := range []struct {
		origin, host string
		vhosts       []string
		same         bool
	}{
		{"http://127.0.0.1:8645", "127.0.0.1:8645", vhosts, true},
		{"https://node.example", "node.example", vhosts, true},
		{"http://LOCALHOST:8645", "localhost:8645", vhosts, true},
		{"http://[::1]:8645", "[::1]:8645", vhosts, true},
		{"http://rebind.example:8645", "rebind.example:8645", vhosts, false}, // DNS rebinding: a name rpc.vhosts does not list
		{"http://rebind.example:8645", "rebind.example:8645", []string{"*"}, true},
		{"http://127.0.0.1:8645", "127.0.0.1:8646", vhosts, false},
		{"http://127.0.0.1", "127.0.0.1:8645", vhosts, false},
		{"ws://127.0.0.1:8645", "127.0.0.1:8645", vhosts, false},
		{"http://127.0.0.1:8645/path", "127.0.0.1:8645", vhosts, false},
		{"http://user@127.0.0.1:8645", "127.0.0.1:8645", vhosts, false},
		{"null", "127.0.0.1:8645", vhosts, false},
		{"", "127.0.0.1:8645", vhosts, false},
	} {
		var got http.Header
		h := sameOriginWS(c.vhosts, http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { got = r.Header }))
		req, err := http.NewRequest(http.MethodGet, "http://"+c.host+"/ws", nil)
		if err != nil {
			t.Fatal(err)
		}
		req.Host = c.host
		req.Header.Set("Origin", c.origin)
		h.ServeHTTP(nil, req)
		if _, kept := got["Origin"]; kept == c.same {
			t.Errorf("Origin %q at Host %q (vhosts %v): kept %v, want the page's own origin %v", c.origin, c.host, c.vhosts, kept, c.same)
		}
		if req.Header.Get("Origin") != c.origin {
			t.Errorf("the caller's request was changed")
		}
	}
}
