package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/node"
)

func runMycel(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	root := newRootCmd()
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs(args)
	err := root.Execute()
	return out.String(), err
}

// TestOperatorRegistrationFile: `mycel operator registration-file` writes
// a registration-v1 file naming the node's RPC, its libp2p address with its
// peer id and the operator's identity, where the node serves it from.
func TestOperatorRegistrationFile(t *testing.T) {
	home := t.TempDir()
	if out, err := runMycel(t, "init", "--home", home); err != nil {
		t.Fatalf("init: %v\n%s", err, out)
	}
	registry := "0x8004A169FB4a3325136EB29fA0ceB6D2e539a432"
	if out, err := runMycel(t, "operator", "registration-file", "--home", home, "--name", "node-a",
		"--agent-id", "7", "--identity-registry", registry, "--identity-chain-id", "11155111"); err != nil {
		t.Fatalf("registration-file: %v\n%s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(home, node.RegistrationFile))
	if err != nil {
		t.Fatal(err)
	}
	f, err := agent.ParseRegistration(b)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := node.LoadConfig(home, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	rpc, _ := f.Service(agent.ServiceJSONRPC)
	p2p, _ := f.Service(agent.ServiceLibp2p)
	if f.Name != "node-a" || rpc != "http://"+cfg.RPC.Listen || !strings.HasPrefix(p2p, cfg.P2P.Listen[0]+"/p2p/12D3KooW") {
		t.Fatalf("file %s", b)
	}
	if len(f.Registrations) != 1 || f.Registrations[0].AgentID.Int64() != 7 ||
		f.Registrations[0].AgentRegistry != "eip155:11155111:"+registry {
		t.Fatalf("registrations %+v", f.Registrations)
	}
	// To stdout, with endpoints given.
	out, err := runMycel(t, "operator", "registration-file", "--home", home, "--out", "-", "--rpc-url", "https://rpc.example.org",
		"--x402-url", "https://rpc.example.org/x402")
	if err != nil || !strings.Contains(out, `"x402Support": true`) || !strings.Contains(out, "https://rpc.example.org") {
		t.Fatalf("stdout: %v\n%s", err, out)
	}
	// Refusals.
	for _, args := range [][]string{
		{"--agent-id", "7"}, // no registry
		{"--agent-id", "-1", "--identity-registry", registry},
		{"--agent-id", "7", "--identity-registry", registry}, // no L1 in a plain genesis, no chain id given
		{"--rpc-url", "ftp://x"},
	} {
		if out, err := runMycel(t, append([]string{"operator", "registration-file", "--home", home, "--out", "-"}, args...)...); err == nil {
			t.Fatalf("%v: no error\n%s", args, out)
		}
	}
}
