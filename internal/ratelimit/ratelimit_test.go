package ratelimit

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// clock is a fake time source.
type clock struct{ t time.Time }

func (c *clock) now() time.Time      { return c.t }
func (c *clock) add(d time.Duration) { c.t = c.t.Add(d) }
func newClock() *clock               { return &clock{t: time.Unix(1_700_000_000, 0)} }
func keyed(l Limits, max int) (*Keyed, *clock) {
	k, c := NewKeyed(l, max), newClock()
	k.now = c.now
	return k, c
}

// One client's bucket: a burst passes, the next request is refused with
// the time until a token is back, and the refill lets it through again.
// Another key is not affected.
func TestKeyedBucketPerKey(t *testing.T) {
	k, c := keyed(Limits{PerSecond: 10, Burst: 20}, 100)
	if ok, _ := k.Allow("a", 20); !ok {
		t.Fatal("a full burst was refused")
	}
	ok, wait := k.Allow("a", 1)
	if ok || wait != 100*time.Millisecond {
		t.Fatalf("past the burst: allowed %v, wait %v (want refused, 100ms)", ok, wait)
	}
	if ok, wait := k.Allow("a", 5); ok || wait != 500*time.Millisecond {
		t.Fatalf("5 more: allowed %v, wait %v (want refused, 500ms)", ok, wait)
	}
	if ok, _ := k.Allow("b", 20); !ok {
		t.Fatal("another client was refused")
	}
	c.add(100 * time.Millisecond)
	if ok, _ := k.Allow("a", 1); !ok {
		t.Fatal("refused after the refill")
	}
	if ok, _ := k.Allow("a", 1); ok {
		t.Fatal("one token refilled, two spent")
	}
	// A request costing more than the burst empties a full bucket (the
	// server refuses it anyway) rather than being free or never passing.
	if ok, _ := k.Allow("c", 50); !ok {
		t.Fatal("an oversized request on a full bucket was refused")
	}
	if ok, _ := k.Allow("c", 1); ok {
		t.Fatal("an oversized request left tokens behind")
	}
	// A nil limiter (rate 0) allows everything.
	var none *Keyed = NewKeyed(Limits{PerSecond: 0, Burst: 5}, 10)
	if ok, _ := none.Allow("a", 1000); !ok || none != nil {
		t.Fatal("an unlimited limiter refused")
	}
}

// Many client keys (an attacker with many addresses) never grow the map
// past its bound: past it new keys share one overflow bucket, so they get
// no fresh budget each; the clients already known keep theirs; buckets
// idle long enough to be full again are dropped and make room.
func TestKeyedStaysBounded(t *testing.T) {
	const maxKeys = 100
	k, c := keyed(Limits{PerSecond: 10, Burst: 20}, maxKeys)
	allowed := 0
	for i := range 10 * maxKeys {
		if ok, _ := k.Allow(fmt.Sprintf("10.0.%d.%d", i/256, i%256), 20); ok {
			allowed++
		}
		if n := k.Len(); n > maxKeys {
			t.Fatalf("after %d keys the map holds %d buckets, bound %d", i+1, n, maxKeys)
		}
	}
	if allowed != maxKeys+1 { // each known key's burst, and the overflow's once
		t.Fatalf("%d of %d keys had their burst; want %d (the bound, plus the shared overflow)", allowed, 10*maxKeys, maxKeys+1)
	}
	if ok, _ := k.Allow("a new one", 1); ok {
		t.Fatal("a key past the bound got a fresh budget")
	}
	// A known client keeps its bucket: it is empty, not reset.
	if ok, _ := k.Allow("10.0.0.0", 1); ok {
		t.Fatal("a known client's spent bucket was reset")
	}
	// 2 s later every bucket is full again: they are dropped for new ones.
	c.add(2 * time.Second)
	if ok, _ := k.Allow("late", 20); !ok {
		t.Fatal("a new client was refused once the idle buckets refilled")
	}
	if n := k.Len(); n != 1 {
		t.Fatalf("%d buckets held after all but one went idle and full; want 1", n)
	}
}

func TestCountCalls(t *testing.T) {
	for _, c := range []struct {
		msg  string
		want int
	}{
		{`{"jsonrpc":"2.0","id":1,"method":"mycel_status"}`, 1},
		{`[]`, 1},
		{` [ ] `, 1},
		{`[{"id":1}]`, 1},
		{`[{"id":1},{"id":2}]`, 2},
		{"\n\t[ {\"id\":1} ,\r{\"id\":2}, {\"id\":3} ]", 3},
		{`[{"p":"a,b],[{"},{"p":[1,2,[3,4]]},{"p":{"x":1,"y":2}}]`, 3},
		{`[{"p":"\",]"},{"p":"\\"},{}]`, 3},
		{`[1,"two",null,true]`, 4},
		{`null`, 1},
		{`not json`, 1},
		{``, 1},
	} {
		if got := CountCalls([]byte(c.msg)); got != c.want {
			t.Errorf("CountCalls(%q) = %d, want %d", c.msg, got, c.want)
		}
	}
}

func TestRefusal(t *testing.T) {
	const msg = "over the limit"
	errObj := `"error":{"code":-32005,"message":"over the limit"}`
	for _, c := range []struct{ in, want string }{
		{`{"jsonrpc":"2.0","id":7,"method":"m"}`, `{"jsonrpc":"2.0","id":7,` + errObj + `}`},
		{`{"jsonrpc":"2.0","id":"x","method":"m"}`, `{"jsonrpc":"2.0","id":"x",` + errObj + `}`},
		{`{"jsonrpc":"2.0","id":null,"method":"m"}`, `{"jsonrpc":"2.0","id":null,` + errObj + `}`},
		{`{"jsonrpc":"2.0","method":"m"}`, ``}, // a notification gets no answer
		{`[{"id":1,"method":"m"},{"method":"n"},{"id":2,"method":"m"},5]`,
			`[{"jsonrpc":"2.0","id":1,` + errObj + `},{"jsonrpc":"2.0","id":2,` + errObj + `},{"jsonrpc":"2.0","id":null,` + errObj + `}]`},
		{`[{"method":"n"}]`, ``},
	} {
		if got := string(Refusal([]byte(c.in), CodeLimitExceeded, msg)); got != c.want {
			t.Errorf("Refusal(%s)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func TestClientIP(t *testing.T) {
	for _, c := range []struct {
		addr, key string
		loopback  bool
	}{
		{"203.0.113.7:5555", "203.0.113.7", false},
		{"127.0.0.1:80", "127.0.0.1", true},
		{"127.0.0.2:80", "127.0.0.2", true},
		{"[::1]:80", "::/64", true},
		{"[::ffff:203.0.113.7]:80", "203.0.113.7", false},
		// One /64, one client: a host holds the whole prefix.
		{"[2001:db8:1:2:aaaa::1]:80", "2001:db8:1:2::/64", false},
		{"[2001:db8:1:2:bbbb::9]:443", "2001:db8:1:2::/64", false},
		{"[2001:db8:1:3::1]:80", "2001:db8:1:3::/64", false},
		{"[fe80::1%eth0]:80", "fe80::/64", false},
		{"not an address", "not an address", false},
	} {
		r := &http.Request{RemoteAddr: c.addr}
		if got := ClientIP(r); got != c.key {
			t.Errorf("ClientIP(%s) = %q, want %q", c.addr, got, c.key)
		}
		if got := IsLoopback(r); got != c.loopback {
			t.Errorf("IsLoopback(%s) = %v, want %v", c.addr, got, c.loopback)
		}
	}
}

// The middleware over HTTP: a client over its budget gets 429 with
// Retry-After while another is served; a JSON-RPC batch counts its calls;
// the body reaches the next handler unchanged; exempt requests are not
// counted.
func TestMiddleware(t *testing.T) {
	k, c := keyed(Limits{PerSecond: 1, Burst: 3}, 10)
	var bodies []string
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		bodies = append(bodies, string(b))
		w.Write([]byte("served"))
	})
	limited := 0
	h := k.Middleware(next, HTTPOptions{
		Key:       func(r *http.Request) string { return r.Header.Get("X-Client") },
		Cost:      JSONRPCCost(64),
		Exempt:    func(r *http.Request) bool { return r.Header.Get("X-Exempt") != "" },
		OnLimited: func(_ *http.Request, cost int) { limited += cost },
	})
	do := func(client, body string, exempt bool) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(body))
		r.Header.Set("X-Client", client)
		if exempt {
			r.Header.Set("X-Exempt", "1")
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	batch3 := `[{"id":1},{"id":2},{"id":3}]`
	if w := do("a", batch3, false); w.Code != http.StatusOK || bodies[0] != batch3 {
		t.Fatalf("a batch within the burst: %d, the handler read %q", w.Code, bodies)
	}
	w := do("a", `{"id":4}`, false)
	if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") != "1" || !strings.Contains(w.Body.String(), "retry in 1s") {
		t.Fatalf("past the burst: %d, Retry-After %q, %q", w.Code, w.Header().Get("Retry-After"), w.Body.String())
	}
	if w := do("b", `{"id":1}`, false); w.Code != http.StatusOK {
		t.Fatalf("another client: %d", w.Code)
	}
	if w := do("b", batch3, false); w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") != "1" {
		t.Fatalf("a batch of 3 with 2 tokens left: %d, Retry-After %q", w.Code, w.Header().Get("Retry-After"))
	}
	if w := do("a", batch3, true); w.Code != http.StatusOK {
		t.Fatalf("an exempt request: %d", w.Code)
	}
	// A body over the cost reader's limit counts 1 and still arrives whole.
	big := `[` + strings.Repeat(`{"id":1},`, 20) + `{"id":1}]`
	if w := do("c", big, false); w.Code != http.StatusOK || bodies[len(bodies)-1] != big {
		t.Fatalf("an oversized body: %d, the handler read %d bytes of %d", w.Code, len(bodies[len(bodies)-1]), len(big))
	}
	if w := do("c", batch3, false); w.Code != http.StatusTooManyRequests {
		// 3 calls: only 2 tokens are left after the oversized body's 1.
		t.Fatalf("after an oversized body: %d", w.Code)
	}
	if limited != 1+3+3 {
		t.Fatalf("OnLimited counted %d refused calls, want 7", limited)
	}
	c.add(3 * time.Second)
	if w := do("a", batch3, false); w.Code != http.StatusOK {
		t.Fatalf("after the refill: %d", w.Code)
	}
	// The default key is the peer's address, and the default body text.
	h = k.Middleware(next, HTTPOptions{})
	for i := range 4 {
		r := httptest.NewRequest(http.MethodGet, "/", nil)
		r.RemoteAddr = "198.51.100.1:1234"
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if want := map[bool]int{true: http.StatusTooManyRequests, false: http.StatusOK}[i == 3]; w.Code != want {
			t.Fatalf("request %d from one address: %d, want %d", i, w.Code, want)
		}
	}
}

// ErrorResponse is valid JSON-RPC.
func TestErrorResponse(t *testing.T) {
	var r struct {
		Version string `json:"jsonrpc"`
		ID      any    `json:"id"`
		Error   struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.Unmarshal(ErrorResponse(CodeLimitExceeded, `say "hi"`), &r); err != nil {
		t.Fatal(err)
	}
	if r.Version != "2.0" || r.ID != nil || r.Error.Code != -32005 || r.Error.Message != `say "hi"` {
		t.Fatalf("%+v", r)
	}
}
