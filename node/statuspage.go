package node

import (
	_ "embed"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// statusPage is the node's status page: one self-contained HTML file (CSS
// and JavaScript inline, no external assets). It follows the chain over a
// WebSocket subscription to newBlocks on this listener's /ws, refreshing
// from JSON-RPC and /health at each new block, and falls back to polling
// every 2 s while the WebSocket is down (docs/operator.md, "Status page").
//
//go:embed status/index.html
var statusPage []byte

// StatusPagePath is where the RPC listener serves the status page.
const StatusPagePath = "/status"

func statusPageHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		// The page runs only its own inline script and talks only to this
		// node ('self' covers its ws:// and wss:// origin too, CSP level 3).
		w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Write(statusPage)
	})
}

// sameOriginWS lets the status page open /ws on the listener that served
// it, whatever address the browser reached the node at (127.0.0.1:8645 is
// not in rpc.ws_origins' default, localhost): an upgrade whose Origin is
// http(s)://<its own Host header> and whose Host passes rpc.vhosts (an IP
// address, or a name listed there: the HTTP side's guard against DNS
// rebinding, which a same-origin check alone would let through) goes on
// without its Origin, which the origin check then accepts as it accepts
// non-browser clients. Any other Origin meets rpc.ws_origins as before.
func sameOriginWS(vhosts []string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if o := r.Header.Values("Origin"); len(o) == 1 && sameOrigin(o[0], r.Host) && vhostAllowed(vhosts, r.Host) {
			r = r.Clone(r.Context())
			r.Header.Del("Origin")
		}
		next.ServeHTTP(w, r)
	})
}

// sameOrigin says whether origin is http:// or https:// followed by host
// (the request's Host header, port included) and nothing else.
func sameOrigin(origin, host string) bool {
	u, err := url.Parse(origin)
	if err != nil || host == "" || (u.Scheme != "http" && u.Scheme != "https") || u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
		return false
	}
	return strings.EqualFold(u.Host, host)
}

// vhostAllowed is go-ethereum's virtual-host rule (node.virtualHostHandler,
// behind rpc.vhosts on the HTTP side): an IP address always passes, a name
// only if listed (or "*" is).
func vhostAllowed(vhosts []string, hostport string) bool {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		host = hostport
	}
	if net.ParseIP(strings.Trim(host, "[]")) != nil {
		return true
	}
	for _, v := range vhosts {
		if v == "*" || strings.EqualFold(v, host) {
			return true
		}
	}
	return false
}
