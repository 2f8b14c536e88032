package node

import (
	"errors"
	"io"
	"io/fs"
	"net/http"
	"os"

	"github.com/mycel-network/mycel/agent"
)

// RegistrationFile is where, under the home directory, the operator's
// ERC-8004 registration file lives (`mycel operator registration-file`
// writes it); the node serves it at agent.WellKnownRegistrationPath on its
// RPC listener.
const RegistrationFile = "agent-registration.json"

// registrationHandler serves the registration file: read at each request
// (the operator may rewrite it while the node runs), 404 while there is
// none, and never a file that does not parse as one (a broken or oversized
// file gets 500 and a log line, so the node never publishes garbage under
// its name).
func (n *Node) registrationHandler() http.Handler {
	path := n.cfg.Path(RegistrationFile)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		f, err := os.Open(path)
		if errors.Is(err, fs.ErrNotExist) {
			http.Error(w, "this node's operator publishes no registration file (mycel operator registration-file writes one)", http.StatusNotFound)
			return
		}
		if err != nil {
			n.log.Error("registration file", "path", path, "err", err)
			http.Error(w, "registration file unreadable", http.StatusInternalServerError)
			return
		}
		defer f.Close()
		b, err := io.ReadAll(io.LimitReader(f, agent.MaxRegistrationBytes+1))
		if err == nil {
			_, err = agent.ParseRegistration(b)
		}
		if err != nil {
			n.log.Error("registration file not served", "path", path, "err", err)
			http.Error(w, "registration file invalid", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		// Agents and indexers on other origins read it.
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Write(b)
	})
}
