package main

import (
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/autonomy"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/node"
)

// The operator agent's home: the registration file it writes is one the
// node serves (it parses, lists the identity, names the node's RPC and
// libp2p address), RegisteredAgentID reads it back, and the fault
// injection twin is a copy with the same consensus key on other ports.
func TestAgentHome(t *testing.T) {
	home := filepath.Join(t.TempDir(), "node")
	opts := node.DefaultInitOptions()
	opts.Accounts, opts.Depth, opts.BasePort = 2, 8, testutil.FreePortBase(t, 1)
	if _, err := node.InitHome(home, opts); err != nil {
		t.Fatal(err)
	}
	h, err := newAgentHome(home, "")
	if err != nil {
		t.Fatal(err)
	}
	if id, err := h.RegisteredAgentID(); err != nil || id != nil {
		t.Fatalf("no file yet: %v %v", id, err)
	}
	if !strings.HasSuffix(h.RegistrationURL(), agent.WellKnownRegistrationPath) || !strings.HasPrefix(h.RegistrationURL(), "http://127.0.0.1:") {
		t.Fatalf("registration URL %s", h.RegistrationURL())
	}
	if err := h.WriteRegistration("", big.NewInt(7), "eip155:1337:0x00000000000000000000000000000000000000aa"); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(home, node.RegistrationFile))
	if err != nil {
		t.Fatal(err)
	}
	f, err := agent.ParseRegistration(raw)
	if err != nil {
		t.Fatal(err)
	}
	if rpc, _ := f.Service(agent.ServiceJSONRPC); rpc != strings.TrimSuffix(h.RegistrationURL(), agent.WellKnownRegistrationPath) || !strings.HasPrefix(f.Name, "mycel operator 0x") {
		t.Fatalf("registration file %s", raw)
	}
	if p2p, ok := f.Service(agent.ServiceLibp2p); !ok || !strings.Contains(p2p, "/p2p/") {
		t.Fatalf("libp2p service %q", p2p)
	}
	if id, err := h.RegisteredAgentID(); err != nil || id == nil || id.Int64() != 7 {
		t.Fatalf("read back: %v %v", id, err)
	}
	if err := h.WriteRegistration("x", big.NewInt(7), "not-a-registry"); err == nil {
		t.Fatal("a malformed registry name was accepted")
	}

	// The twin (fault injection).
	twinPort := testutil.FreePortBase(t, 1)
	did, extra, err := prepareAgentHome(t.Context(), &autonomy.NodeConfig{Home: home, Twin: true, Create: true, Host: "127.0.0.1", BasePort: twinPort - 3}, "", "", "")
	if err != nil || !strings.Contains(did, "FAULT INJECTION") || extra["twin_home"] != home+twinSuffix {
		t.Fatalf("twin: %q %v %v", did, extra, err)
	}
	k1, _ := node.ConsensusKey(home)
	k2, err := node.ConsensusKey(home + twinSuffix)
	if err != nil || k1.D.Cmp(k2.D) != 0 {
		t.Fatalf("twin key: %v", err)
	}
	if _, err := os.Stat(filepath.Join(home+twinSuffix, node.RegistrationFile)); err == nil {
		t.Fatal("the twin copied the registration file")
	}
	// Without create, a home with no node is an error naming the key.
	if _, _, err := prepareAgentHome(t.Context(), &autonomy.NodeConfig{Home: filepath.Join(t.TempDir(), "none")}, "", "", ""); err == nil || !strings.Contains(err.Error(), "operator.node.create") {
		t.Fatalf("missing home: %v", err)
	}
}
