// Package ratelimit bounds how fast one client may call a server: a token
// bucket (golang.org/x/time/rate) per client, refilled at Limits.PerSecond
// and holding Limits.Burst requests.
//
// It is the one request limiter of mycel's listeners. The node's JSON-RPC
// listener uses it (a bucket per client IP over HTTP, one per WebSocket
// connection); a new HTTP listener (x402, MCP, ...) should wrap its handler
// in Keyed.Middleware rather than write another limiter, and a listener that
// speaks JSON-RPC passes JSONRPCCost so that each call of a batch counts.
//
// What this package must not do: trust what a client says about itself
// (X-Forwarded-For and the like are ignored: behind a reverse proxy every
// client is the proxy, so limit there), grow without bound with the number
// of clients (Keyed holds at most MaxKeys buckets), or know a server's
// methods.
package ratelimit

import (
	"container/list"
	"math"
	"net"
	"net/http"
	"net/netip"
	"strconv"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// Limits is a request budget: PerSecond requests a second, sustained, and
// bursts of up to Burst at once.
type Limits struct {
	PerSecond int // 0: unlimited
	Burst     int
}

// Unlimited reports whether l limits nothing.
func (l Limits) Unlimited() bool { return l.PerSecond <= 0 }

// refill is how long an empty bucket takes to fill up again. A bucket idle
// that long is full: forgetting it loses nothing.
func (l Limits) refill() time.Duration {
	return time.Duration(math.Ceil(float64(l.Burst) / float64(l.PerSecond) * float64(time.Second)))
}

func (l Limits) newBucket() *rate.Limiter { return rate.NewLimiter(rate.Limit(l.PerSecond), l.Burst) }

// take spends n tokens of lim at now, or none; when it spends none it says
// how long until n tokens are there. n above the burst costs the whole
// burst: such a request is one the server refuses anyway (a batch over its
// limit), and it must not be free.
func take(lim *rate.Limiter, now time.Time, n int) (bool, time.Duration) {
	n = min(max(n, 1), lim.Burst())
	if lim.AllowN(now, n) {
		return true, 0
	}
	missing := float64(n) - lim.TokensAt(now)
	return false, time.Duration(math.Ceil(missing / float64(lim.Limit()) * float64(time.Second)))
}

// Bucket is one client's budget, for a transport where the client is a
// connection (a WebSocket). It is safe for concurrent use. A nil *Bucket
// allows everything.
type Bucket struct {
	lim *rate.Limiter
	now func() time.Time
}

// NewBucket returns a full bucket, or nil when l is unlimited.
func NewBucket(l Limits) *Bucket {
	if l.Unlimited() {
		return nil
	}
	return &Bucket{lim: l.newBucket(), now: time.Now}
}

// Allow spends n requests, or none and says how long until n would be
// allowed.
func (b *Bucket) Allow(n int) (bool, time.Duration) {
	if b == nil {
		return true, 0
	}
	return take(b.lim, b.now(), n)
}

// Keyed holds a bucket per client key (an IP address, for HTTP, where each
// request may come on a new connection). It is bounded: buckets idle long
// enough to have refilled are dropped (a new one is the same), and while
// MaxKeys are held and none can be dropped, new keys share one overflow
// bucket. An attacker with more addresses than MaxKeys therefore gets no
// more than MaxKeys+1 budgets, and never makes the map grow; the clients
// already known keep theirs. Safe for concurrent use.
type Keyed struct {
	limits  Limits
	maxKeys int
	now     func() time.Time

	mu       sync.Mutex
	keys     map[string]*list.Element // of *entry
	lru      *list.List               // front: most recently used
	overflow *rate.Limiter
}

type entry struct {
	key  string
	lim  *rate.Limiter
	seen time.Time
}

// NewKeyed returns a limiter of at most maxKeys buckets (at least 1), or
// nil when l is unlimited (a nil *Keyed allows everything).
func NewKeyed(l Limits, maxKeys int) *Keyed {
	if l.Unlimited() {
		return nil
	}
	return &Keyed{limits: l, maxKeys: max(maxKeys, 1), now: time.Now,
		keys: map[string]*list.Element{}, lru: list.New(), overflow: l.newBucket()}
}

// Allow spends n requests of key's bucket, or none and says how long until
// n would be allowed.
func (k *Keyed) Allow(key string, n int) (bool, time.Duration) {
	if k == nil {
		return true, 0
	}
	now := k.now()
	k.mu.Lock()
	defer k.mu.Unlock()
	// Drop buckets that have refilled, oldest first.
	for e := k.lru.Back(); e != nil; e = k.lru.Back() {
		ent := e.Value.(*entry)
		if now.Sub(ent.seen) < k.limits.refill() {
			break
		}
		k.lru.Remove(e)
		delete(k.keys, ent.key)
	}
	var lim *rate.Limiter
	if e, ok := k.keys[key]; ok {
		ent := e.Value.(*entry)
		ent.seen = now
		k.lru.MoveToFront(e)
		lim = ent.lim
	} else if len(k.keys) < k.maxKeys {
		lim = k.limits.newBucket()
		k.keys[key] = k.lru.PushFront(&entry{key: key, lim: lim, seen: now})
	} else {
		lim = k.overflow
	}
	return take(lim, now, n)
}

// Len is the number of buckets held (the overflow bucket not counted).
func (k *Keyed) Len() int {
	if k == nil {
		return 0
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.keys)
}

// HTTPOptions adapt Keyed.Middleware to a listener. Every field is optional.
type HTTPOptions struct {
	// Key names the client of a request; default ClientIP.
	Key func(*http.Request) string
	// Cost is how many requests a request counts for; default 1. JSONRPCCost
	// counts the calls of a JSON-RPC batch.
	Cost func(*http.Request) int
	// Exempt requests are not counted (for example IsLoopback).
	Exempt func(*http.Request) bool
	// Body is what a refused request gets with its 429 status; default a
	// line of text.
	Body func(r *http.Request, retryAfter time.Duration) (contentType string, body []byte)
	// OnLimited is called for each refused request, with its cost (metrics).
	OnLimited func(r *http.Request, cost int)
}

// Middleware serves next to clients within their budget and answers the
// others 429 Too Many Requests with a Retry-After header (whole seconds).
// A nil *Keyed returns next itself. Reusable by any HTTP listener.
func (k *Keyed) Middleware(next http.Handler, o HTTPOptions) http.Handler {
	if k == nil {
		return next
	}
	if o.Key == nil {
		o.Key = ClientIP
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if o.Exempt != nil && o.Exempt(r) {
			next.ServeHTTP(w, r)
			return
		}
		cost := 1
		if o.Cost != nil {
			cost = o.Cost(r)
		}
		ok, wait := k.Allow(o.Key(r), cost)
		if ok {
			next.ServeHTTP(w, r)
			return
		}
		if o.OnLimited != nil {
			o.OnLimited(r, cost)
		}
		ctype, body := "text/plain; charset=utf-8", []byte("rate limit exceeded: retry in "+RetryAfter(wait)+"s\n")
		if o.Body != nil {
			ctype, body = o.Body(r, wait)
		}
		w.Header().Set("Retry-After", RetryAfter(wait))
		w.Header().Set("Content-Type", ctype)
		w.WriteHeader(http.StatusTooManyRequests)
		w.Write(body) //nolint:errcheck // the client may be gone
	})
}

// RetryAfter is wait as a Retry-After value: whole seconds, at least 1.
func RetryAfter(wait time.Duration) string {
	return strconv.FormatInt(max(1, int64(math.Ceil(wait.Seconds()))), 10)
}

// ClientIP keys a request by its peer's address: the IPv4 address, or the
// /64 prefix of an IPv6 address (one host is commonly given a whole /64, so
// keying by address would give it 2^64 budgets). Headers are not trusted.
func ClientIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	a = a.Unmap()
	if a.Is6() {
		p, _ := a.WithZone("").Prefix(64)
		return p.String()
	}
	return a.String()
}

// IsLoopback reports whether a request's peer is this host (127.0.0.0/8,
// ::1).
func IsLoopback(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return false
	}
	a, err := netip.ParseAddr(host)
	return err == nil && a.Unmap().IsLoopback()
}
