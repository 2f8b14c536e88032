package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/mycel-network/mycel/node"
)

func TestDevnetHosts(t *testing.T) {
	dir := t.TempDir()
	opts := node.DefaultInitOptions()
	opts.Accounts = 2
	opts.BasePort = 27100
	if _, err := node.InitTestnet(dir, 3, opts); err != nil {
		t.Fatal(err)
	}
	hosts := []string{"172.28.0.10", "172.28.0.11", "172.28.0.12"}
	run := func(args ...string) error {
		cmd := newRootCmd()
		cmd.SetOut(&bytes.Buffer{})
		cmd.SetArgs(append([]string{"devnet-hosts", "--home", dir}, args...))
		return cmd.Execute()
	}
	for range 2 { // idempotent: the second run changes nothing
		if err := run("--hosts", strings.Join(hosts, ","), "--l1-rpc", "http://172.28.0.2:8545"); err == nil {
			t.Fatal("no l1.json: want an error")
		}
		if err := run("--hosts", strings.Join(hosts, ",")); err != nil {
			t.Fatal(err)
		}
	}
	os.WriteFile(filepath.Join(dir, "l1.json"), []byte("{}"), 0o644)
	if err := run("--hosts", strings.Join(hosts, ","), "--l1-rpc", "http://172.28.0.2:8545"); err != nil {
		t.Fatal(err)
	}
	for i := range hosts {
		c, err := node.LoadConfig(filepath.Join(dir, "node"+strconv.Itoa(i)), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(c.Consensus.Listen, "tcp://0.0.0.0:") || !strings.HasPrefix(c.RPC.Listen, "0.0.0.0:") ||
			!strings.HasPrefix(c.P2P.Listen[0], "/ip4/0.0.0.0/") {
			t.Errorf("node%d: listeners %q %q %q, want 0.0.0.0", i, c.Consensus.Listen, c.RPC.Listen, c.P2P.Listen)
		}
		// node i dials the earlier nodes j < i, on their hosts and ports.
		peers := strings.Split(c.Consensus.PersistentPeers, ",")
		if c.Consensus.PersistentPeers == "" {
			peers = nil
		}
		if len(peers) != i {
			t.Fatalf("node%d: peers %q", i, c.Consensus.PersistentPeers)
		}
		for j, p := range peers {
			want := "@" + hosts[j] + ":" + strconv.Itoa(opts.BasePort+10*j)
			if !strings.HasSuffix(p, want) {
				t.Errorf("node%d: peer %q, want ...%s", i, p, want)
			}
		}
		if len(c.P2P.Bootstrap) != len(hosts)-1 {
			t.Fatalf("node%d: bootstrap %q", i, c.P2P.Bootstrap)
		}
		for _, b := range c.P2P.Bootstrap {
			if strings.Contains(b, "127.0.0.1") || strings.Contains(b, "/"+hosts[i]+"/") {
				t.Errorf("node%d: bootstrap %q: on loopback or on itself", i, b)
			}
		}
		if wantL1 := "http://172.28.0.2:8545"; c.L1.RPC != wantL1 {
			t.Errorf("node%d: l1.rpc %q, want %q", i, c.L1.RPC, wantL1)
		}
	}
	raw, _ := os.ReadFile(filepath.Join(dir, "testnet.json"))
	var man node.TestnetManifest
	if err := json.Unmarshal(raw, &man); err != nil {
		t.Fatal(err)
	}
	if want := "http://172.28.0.11:" + strconv.Itoa(opts.BasePort+11); man.RPC[1] != want {
		t.Errorf("testnet.json rpc[1] = %q, want %q", man.RPC[1], want)
	}
	for _, bad := range [][]string{{"--hosts", "172.28.0.10,172.28.0.11"}, {"--hosts", "a,b,c"}} {
		if err := run(bad...); err == nil {
			t.Errorf("%v: want an error", bad)
		}
	}
}
