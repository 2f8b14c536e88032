package mcp

import (
	"crypto/subtle"
	"net/http"
	"strings"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/internal/ratelimit"
)

// HTTPOptions bound the streamable HTTP listener.
type HTTPOptions struct {
	// RequestsPerSecond and Burst are each client IP's request budget
	// (internal/ratelimit); 0 requests a second: unlimited.
	RequestsPerSecond, Burst int
	// MaxBodyBytes bounds a request body (default DefaultMaxBodyBytes;
	// 413 beyond).
	MaxBodyBytes int64
	// Token, when set, is the bearer token every request must carry
	// (Authorization: Bearer TOKEN); 401 without it.
	Token string
	// SessionTimeout closes sessions idle that long (default 30 minutes).
	SessionTimeout time.Duration
}

// Defaults of HTTPOptions.
const (
	DefaultMaxBodyBytes      = 1 << 20
	DefaultRequestsPerSecond = 20
	DefaultBurst             = 40
	maxRateClients           = 4096
)

// HTTPHandler serves the tools over MCP's streamable HTTP transport, behind
// the request rate limit, the body limit, the bearer token if any, the
// go-sdk's DNS-rebinding protection (a request to a loopback address
// with another Host is refused) and cross-origin protection (a browser
// page of another origin cannot call it).
func (s *Server) HTTPHandler(o HTTPOptions) http.Handler {
	if o.MaxBodyBytes <= 0 {
		o.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if o.SessionTimeout <= 0 {
		o.SessionTimeout = 30 * time.Minute
	}
	var h http.Handler = sdk.NewStreamableHTTPHandler(func(*http.Request) *sdk.Server { return s.mcp },
		&sdk.StreamableHTTPOptions{MaxRequestBodyBytes: o.MaxBodyBytes, SessionTimeout: o.SessionTimeout, Logger: s.log})
	h = http.MaxBytesHandler(h, o.MaxBodyBytes)
	h = http.NewCrossOriginProtection().Handler(h)
	if o.Token != "" {
		h = bearer(o.Token, h)
	}
	lim := ratelimit.NewKeyed(ratelimit.Limits{PerSecond: o.RequestsPerSecond, Burst: max(o.Burst, 1)}, maxRateClients)
	return lim.Middleware(h, ratelimit.HTTPOptions{})
}

// bearer refuses requests without Authorization: Bearer token.
func bearer(token string, next http.Handler) http.Handler {
	want := []byte(token)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
		if !ok || subtle.ConstantTimeCompare([]byte(got), want) != 1 {
			w.Header().Set("WWW-Authenticate", `Bearer realm="mycel mcp"`)
			http.Error(w, "unauthorized: send Authorization: Bearer <the token of --http-token-file>", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}
