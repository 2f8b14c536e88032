package node

import (
	_ "embed"
	"net/http"
)

// statusPage is the node's status page: one self-contained HTML file (CSS
// and JavaScript inline, no external assets) that polls this node's
// JSON-RPC and /health once a second.
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
		// The page runs only its own inline script and talks only to this node.
		w.Header().Set("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:")
		w.Header().Set("X-Frame-Options", "DENY")
		w.Write(statusPage)
	})
}
