package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/node"
)

// TestDevnetAgentRefusesBadInput: `mycel devnet-agent` says what is wrong
// before it dials anything; the story's operator policies put the node on
// --host. (The agents themselves run in TestAgentsOnDevnet and e2e's
// TestSpontaneousFormation; the compose profile by hand, docker/README.md.)
func TestDevnetAgentRefusesBadInput(t *testing.T) {
	dir := t.TempDir()
	opts := node.DefaultInitOptions()
	opts.Accounts = 2
	if _, err := node.InitTestnet(dir, 2, opts); err != nil {
		t.Fatal(err)
	}
	run := func(args ...string) error {
		cmd := newRootCmd()
		cmd.SetOut(&bytes.Buffer{})
		cmd.SetErr(&bytes.Buffer{})
		cmd.SetArgs(append([]string{"devnet-agent", "--home", dir}, args...))
		return cmd.Execute()
	}
	// No l1.json: not a devnet with an L1 chain.
	if err := run("recruiter"); err == nil || !strings.Contains(err.Error(), "l1.json") {
		t.Fatalf("no l1.json: got %v", err)
	}
	k, _ := crypto.GenerateKey()
	info := devnet.L1Info{URL: "http://127.0.0.1:1", ChainID: 1337,
		DevAccounts: []devnet.DevAccount{{Address: crypto.PubkeyToAddress(k.PublicKey), Key: crypto.FromECDSA(k)}}}
	raw, _ := json.Marshal(info)
	if err := os.WriteFile(filepath.Join(dir, "l1.json"), raw, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"operator-z"}, `no devnet agent "operator-z": the story's agents are recruiter, operator-a, operator-b`},
		{[]string{"operator-a", "--devnet-account", "1"}, "--devnet-account 1: the devnet has dev accounts 0 to 0"},
		{[]string{"operator-a", "--host", "box"}, `--host "box" is not an IP address`},
		{[]string{}, "accepts 1 arg"},
	} {
		if err := run(tc.args...); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%v: got %v, want %q", tc.args, err, tc.want)
		}
	}

	// The operators' policies put their nodes on the given host.
	ags := devnetAgentPolicies(dir, 4, 26600, false, "172.28.0.31", "172.28.0.32")
	for i, want := range []string{"", `host = "172.28.0.31"`, `host = "172.28.0.32"`} {
		if got := strings.Contains(ags[i].policy, "host = "); got != (want != "") || !strings.Contains(ags[i].policy, want) {
			t.Errorf("%s: policy without %q:\n%s", ags[i].name, want, ags[i].policy)
		}
	}
}
