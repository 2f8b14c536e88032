package node

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/gorilla/websocket"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/mycel-network/mycel/internal/ratelimit"
)

// maxRateClients bounds the per-IP buckets of the JSON-RPC listener (a
// few hundred bytes each); past it new addresses share one bucket
// (ratelimit.Keyed).
const maxRateClients = 16384

// WebSocket timing, go-ethereum's: a ping after 30 s without a write, and
// 30 s for its pong; a write (an answer, a refusal) may take 10 s, after
// which a client that does not read loses its connection.
const (
	wsPingInterval = 30 * time.Second
	wsPongTimeout  = 30 * time.Second
	wsWriteTimeout = 10 * time.Second
)

// rpcLimiter applies rpc.requests_per_second and rpc.request_burst to the
// JSON-RPC listener: over HTTP a bucket per client IP (each request may
// come on a new connection), which the WebSocket upgrade also draws on; on
// a WebSocket a bucket per connection. Each call of a batch counts.
// Refusals are counted in mycel_rpc_rate_limited_total.
type rpcLimiter struct {
	cfg     RPCConfig
	perIP   *ratelimit.Keyed           // nil: unlimited
	key     func(*http.Request) string // the client of an HTTP request (tests replace it before Start)
	limited *prometheus.CounterVec     // refused calls, by transport
	log     *slog.Logger
}

func newRPCLimiter(cfg RPCConfig, reg prometheus.Registerer, log *slog.Logger) *rpcLimiter {
	l := &rpcLimiter{cfg: cfg, key: ratelimit.ClientIP, log: log,
		perIP: ratelimit.NewKeyed(cfg.limits(), maxRateClients),
	}
	l.limited = newRPCMetrics(reg, func() int { return l.perIP.Len() })
	return l
}

func (c RPCConfig) limits() ratelimit.Limits {
	return ratelimit.Limits{PerSecond: c.RequestsPerSecond, Burst: c.RequestBurst}
}

func (l *rpcLimiter) message(per string, wait time.Duration) string {
	return fmt.Sprintf("limit exceeded: over rpc.requests_per_second %d (burst %d) per %s; retry in %ss",
		l.cfg.RequestsPerSecond, l.cfg.RequestBurst, per, ratelimit.RetryAfter(wait))
}

// http limits next per client IP: a request over the budget gets 429 with
// Retry-After and a JSON-RPC error (CodeLimitExceeded) as its body.
func (l *rpcLimiter) http(next http.Handler) http.Handler {
	o := ratelimit.HTTPOptions{
		Key:  func(r *http.Request) string { return l.key(r) },
		Cost: ratelimit.JSONRPCCost(int64(l.cfg.MaxBodyBytes)),
		Body: func(_ *http.Request, wait time.Duration) (string, []byte) {
			return "application/json", ratelimit.ErrorResponse(CodeLimitExceeded, l.message("client IP", wait))
		},
		OnLimited: func(_ *http.Request, cost int) { l.limited.WithLabelValues("http").Add(float64(cost)) },
	}
	if l.cfg.LoopbackUnlimited {
		o.Exempt = ratelimit.IsLoopback
	}
	return l.perIP.Middleware(next, o)
}

// websocket is the /ws handler: go-ethereum's own when requests are
// unlimited, otherwise one that gives each connection a bucket.
func (l *rpcLimiter) websocket(srv *rpc.Server) http.Handler {
	if l.cfg.limits().Unlimited() {
		return srv.WebsocketHandler(l.cfg.WSOrigins)
	}
	return &wsServer{srv: srv, lim: l, upgrader: websocket.Upgrader{
		ReadBufferSize: 1024, WriteBufferSize: 1024, WriteBufferPool: &sync.Pool{},
		CheckOrigin: wsOriginCheck(l.cfg.WSOrigins, l.log),
	}}
}

// wsServer serves JSON-RPC over WebSocket as rpc.Server.WebsocketHandler
// does (same origin rule, message limit, pings), with a request bucket per
// connection in front of the server: a message whose calls the bucket
// cannot pay for never reaches the server; each of its calls is answered
// with a CodeLimitExceeded error and the connection stays open. (The
// server's codec cannot be wrapped from outside go-ethereum's rpc package,
// hence a connection of our own under rpc.NewCodec.)
type wsServer struct {
	srv      *rpc.Server
	lim      *rpcLimiter
	upgrader websocket.Upgrader
}

func (s *wsServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	ws, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade answered the client
	}
	ws.SetReadLimit(int64(s.lim.cfg.WSMaxMessageBytes))
	c := &wsConn{ws: ws, done: make(chan struct{}), limited: func(calls int) { s.lim.limited.WithLabelValues("ws").Add(float64(calls)) },
		message: func(wait time.Duration) string { return s.lim.message("WebSocket connection", wait) }}
	if !(s.lim.cfg.LoopbackUnlimited && ratelimit.IsLoopback(r)) {
		c.bucket = ratelimit.NewBucket(s.lim.cfg.limits())
	}
	ws.SetPongHandler(func(string) error { return ws.SetReadDeadline(time.Time{}) })
	c.wg.Add(1)
	go c.pingLoop()
	s.srv.ServeCodec(rpc.NewCodec(c), 0) // returns once the connection is closed
}

var errInvalidJSON = errors.New("invalid JSON message")

// wsConn is a WebSocket connection as a stream for rpc.NewCodec: Read
// yields the messages the bucket pays for, each followed by a newline;
// Write sends each message the codec writes as one WebSocket message.
type wsConn struct {
	ws      *websocket.Conn
	bucket  *ratelimit.Bucket // nil: unlimited
	limited func(calls int)
	message func(wait time.Duration) string

	rest []byte // of the message being read

	wmu      sync.Mutex // one writer at a time: the codec's answers, refusals
	deadline time.Time  // the codec's write deadline

	closeOnce sync.Once
	done      chan struct{}
	wg        sync.WaitGroup
}

func (c *wsConn) Read(p []byte) (int, error) {
	for len(c.rest) == 0 {
		_, msg, err := c.ws.ReadMessage()
		if err != nil {
			return 0, err
		}
		if !json.Valid(msg) {
			// The codec would wait for the rest of a truncated message in
			// the next one; go-ethereum answers a parse error and hangs up.
			c.write(ratelimit.ErrorResponse(-32700, "parse error: "+errInvalidJSON.Error()))
			return 0, errInvalidJSON
		}
		calls := ratelimit.CountCalls(msg)
		if ok, wait := c.bucket.Allow(calls); !ok {
			c.limited(calls)
			if answer := ratelimit.Refusal(msg, CodeLimitExceeded, c.message(wait)); answer != nil {
				if err := c.write(answer); err != nil {
					return 0, err // a client that does not read its refusals
				}
			}
			continue
		}
		c.rest = append(msg, '\n')
	}
	n := copy(p, c.rest)
	c.rest = c.rest[n:]
	return n, nil
}

// write sends a message of ours (a refusal), with its own deadline.
func (c *wsConn) write(msg []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(wsWriteTimeout))
	return c.ws.WriteMessage(websocket.TextMessage, msg)
}

// Write sends one message of the codec (which ends each in a newline).
func (c *wsConn) Write(p []byte) (int, error) {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.ws.SetWriteDeadline(c.deadline)
	if err := c.ws.WriteMessage(websocket.TextMessage, bytes.TrimSuffix(p, []byte("\n"))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// SetWriteDeadline sets the deadline of the codec's next Write.
func (c *wsConn) SetWriteDeadline(t time.Time) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	c.deadline = t
	return nil
}

// RemoteAddr names the connection to the server (rpc.PeerInfo.RemoteAddr;
// the subscription limits count by it).
func (c *wsConn) RemoteAddr() string { return c.ws.RemoteAddr().String() }

// Close sends a close frame, closes the connection and stops the pings.
func (c *wsConn) Close() error {
	var err error
	c.closeOnce.Do(func() {
		close(c.done)
		c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(websocket.CloseNormalClosure, ""), time.Now().Add(time.Second))
		err = c.ws.Close()
		c.wg.Wait()
	})
	return err
}

// pingLoop pings the client every wsPingInterval; one that does not answer
// within wsPongTimeout is cut off (its next read fails).
func (c *wsConn) pingLoop() {
	defer c.wg.Done()
	t := time.NewTicker(wsPingInterval)
	defer t.Stop()
	for {
		select {
		case <-c.done:
			return
		case <-t.C:
			// WriteControl and SetReadDeadline may run beside the reader
			// and the writer (go-ethereum's ping loop does the same).
			if c.ws.WriteControl(websocket.PingMessage, nil, time.Now().Add(wsWriteTimeout)) == nil {
				c.ws.SetReadDeadline(time.Now().Add(wsPongTimeout))
			}
		}
	}
}

// wsOriginCheck is go-ethereum's WebSocket origin rule (rpc/websocket.go,
// wsHandshakeValidator): requests without an Origin are not from browsers
// and pass; "*" allows any origin; no origins allow http://localhost and
// http://<hostname>; an allowed origin without a scheme, host or port
// matches any.
func wsOriginCheck(allowed []string, log *slog.Logger) func(*http.Request) bool {
	var origins []string
	for _, o := range allowed {
		if o == "*" {
			return func(*http.Request) bool { return true }
		}
		if o != "" {
			origins = append(origins, o)
		}
	}
	if len(origins) == 0 {
		origins = append(origins, "http://localhost")
		if h, err := os.Hostname(); err == nil {
			origins = append(origins, "http://"+h)
		}
	}
	return func(r *http.Request) bool {
		if _, ok := r.Header["Origin"]; !ok {
			return true
		}
		origin := strings.ToLower(r.Header.Get("Origin"))
		for _, o := range origins {
			if originMatches(o, origin) {
				return true
			}
		}
		log.Debug("rejected WebSocket connection", "origin", origin)
		return false
	}
}

func originMatches(allowed, browser string) bool {
	as, ah, ap, err := parseOrigin(allowed)
	if err != nil {
		return false
	}
	bs, bh, bp, err := parseOrigin(browser)
	if err != nil {
		return false
	}
	return (as == "" || as == bs) && (ah == "" || ah == bh) && (ap == "" || ap == bp)
}

func parseOrigin(origin string) (scheme, host, port string, err error) {
	u, err := url.Parse(strings.ToLower(origin))
	if err != nil {
		return "", "", "", err
	}
	if strings.Contains(origin, "://") {
		return u.Scheme, u.Hostname(), u.Port(), nil
	}
	host, port = u.Scheme, u.Opaque
	if host == "" {
		host = origin
	}
	return "", host, port, nil
}
