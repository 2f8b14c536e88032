package node

import (
	"encoding/json"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/mycel-network/mycel/agent"
)

// TestNodeServesRegistrationFile: the node serves its operator's ERC-8004
// registration file at /.well-known/agent-registration.json on the RPC
// listener, re-read at each request; 404 without one; a broken file is
// never published.
func TestNodeServesRegistrationFile(t *testing.T) {
	q := startNoQuorum(t)
	url := q.url + agent.WellKnownRegistrationPath
	if code, body, err := httpGet(url); err != nil || code != http.StatusNotFound {
		t.Fatalf("without a file: %d %s %v", code, body, err)
	}
	f, err := agent.NewNodeRegistration(agent.NodeRegistration{Name: "node0", RPC: q.url})
	if err != nil {
		t.Fatal(err)
	}
	b, _ := json.Marshal(f)
	path := q.n0.cfg.Path(RegistrationFile)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, body, err := httpGet(url)
	if err != nil || code != http.StatusOK {
		t.Fatalf("with a file: %d %s %v", code, body, err)
	}
	got, err := agent.ParseRegistration(body)
	if err != nil || got.Name != "node0" {
		t.Fatalf("served %s: %v", body, err)
	}
	for name, content := range map[string]string{
		"not JSON":     "{",
		"wrong type":   strings.Replace(string(b), agent.RegistrationType, "https://example.org/other", 1),
		"oversized":    strings.Repeat(" ", agent.MaxRegistrationBytes+1),
		"bad endpoint": strings.Replace(string(b), q.url, "javascript:alert(1)", 1),
	} {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, body, err := httpGet(url); err != nil || code != http.StatusInternalServerError || strings.Contains(string(body), "alert") {
			t.Fatalf("%s: %d %s %v", name, code, body, err)
		}
	}
}
