package node

import (
	"os"
	"strings"
	"testing"
	"time"
)

func writeTestConfig(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	if err := DefaultConfig(home).Write(); err != nil {
		t.Fatal(err)
	}
	return home
}

func TestConfigRoundTripAndOverrides(t *testing.T) {
	home := writeTestConfig(t)
	c, err := LoadConfig(home, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	want := DefaultConfig(home)
	if a, _ := c.TOML(); func() string { b, _ := want.TOML(); return b }() != a {
		t.Fatal("written defaults do not read back as the defaults")
	}
	env := []string{"MYCEL_RPC_LISTEN=127.0.0.1:9999", "MYCEL_CONSENSUS_TIMEOUT_COMMIT=250ms", "MYCEL_P2P_BOOTSTRAP=", "PATH=/bin",
		"MYCEL_MEMPOOL_MAX_TXS=77", "MYCEL_HOME=/ignored", "MYCEL_PROVE=1", "MYCEL_WRITE_TESTDATA=1"}
	c, err = LoadConfig(home, env, []string{"mempool.max_txs=88", "log.level=debug"})
	if err != nil {
		t.Fatal(err)
	}
	if c.RPC.Listen != "127.0.0.1:9999" || c.Consensus.TimeoutCommit.Std() != 250*time.Millisecond {
		t.Fatalf("env overrides not applied: %+v %+v", c.RPC, c.Consensus)
	}
	if c.Mempool.MaxTxs != 88 || c.Log.Level != "debug" {
		t.Fatalf("--set must win over env: max_txs %d level %s", c.Mempool.MaxTxs, c.Log.Level)
	}
	cc := c.CometConfig()
	if cc.Mempool.Type != "nop" || cc.Consensus.TimeoutCommit != 250*time.Millisecond || cc.RootDir != home {
		t.Fatalf("comet config not derived: %+v", cc.Consensus)
	}
}

func TestConfigErrorsNameTheKey(t *testing.T) {
	cases := []struct {
		sets []string
		env  []string
		file string
		want string
	}{
		{sets: []string{"mempool.ttl=0s"}, want: "mempool.ttl"},
		{sets: []string{"log.level=loud"}, want: "log.level"},
		{sets: []string{"rpc.listen=nonsense"}, want: "rpc.listen"},
		{sets: []string{"p2p.bootstrap=/ip4/127.0.0.1/tcp/1"}, want: "p2p.bootstrap"},
		{sets: []string{"consensus.timeout_vote=soon"}, want: "consensus.timeout_vote"},
		{sets: []string{"nosuch.key=1"}, want: "nosuch.key"},
		{env: []string{"MYCEL_MEMPOOL_MAX_TXS=many"}, want: "MYCEL_MEMPOOL_MAX_TXS"},
		{env: []string{"MYCEL_RPC_LISTN=127.0.0.1:1"}, want: "MYCEL_RPC_LISTN"},
		{file: "\n[mempol]\nmax_txs = 5\n", want: "mempol"},
	}
	for _, c := range cases {
		home := writeTestConfig(t)
		if c.file != "" {
			f, _ := os.OpenFile(home+"/"+ConfigFile, os.O_APPEND|os.O_WRONLY, 0)
			f.WriteString(c.file)
			f.Close()
		}
		_, err := LoadConfig(home, c.env, c.sets)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v %v %q: error %v does not name %q", c.sets, c.env, c.file, err, c.want)
		}
	}
	if _, err := LoadConfig(t.TempDir(), nil, nil); err == nil || !strings.Contains(err.Error(), "mycel init") {
		t.Errorf("missing config: %v", err)
	}
}

func TestInitTestnetWiresNodes(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultInitOptions()
	opts.Accounts, opts.Depth, opts.BasePort = 5, 8, 40000
	man, err := InitTestnet(dir, 3, opts)
	if err != nil {
		t.Fatal(err)
	}
	if len(man.Nodes) != 3 || len(man.RPC) != 3 {
		t.Fatalf("manifest %+v", man)
	}
	var genesis []byte
	for i, n := range man.Nodes {
		c, err := LoadConfig(dir+"/"+n, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		// Every libp2p peer is a bootstrap peer; CometBFT peers are dialed by
		// the later node of each pair only.
		if len(c.P2P.Bootstrap) != 2 || strings.Count(c.Consensus.PersistentPeers, "@") != i {
			t.Fatalf("node%d not wired: %v %q", i, c.P2P.Bootstrap, c.Consensus.PersistentPeers)
		}
		g, err := os.ReadFile(c.Path(GenesisFile))
		if err != nil {
			t.Fatal(err)
		}
		if genesis != nil && string(g) != string(genesis) {
			t.Fatal("nodes have different genesis files")
		}
		genesis = g
		lg, err := LoadGenesis(c.Path(GenesisFile))
		if err != nil || len(lg.Accounts) != 5 || lg.Depth != 8 {
			t.Fatalf("L2 genesis: %v %+v", err, lg)
		}
		st, err := os.Stat(c.Path("config/priv_validator_key.json"))
		if err != nil || st.Mode().Perm()&0o077 != 0 {
			t.Fatalf("validator key file: %v %v", err, st.Mode())
		}
	}
	// A second init into the same directory must not overwrite keys.
	if _, err := InitTestnet(dir, 3, opts); err == nil {
		t.Fatal("init overwrote an existing testnet")
	}
}

// A config whose L1 endpoint carries credentials is written readable by its
// owner only, and errors and logs show the endpoint without them.
func TestConfigWithL1CredentialsIsPrivate(t *testing.T) {
	for _, tc := range []struct {
		url    string
		mode   os.FileMode
		redact string
	}{
		{"http://127.0.0.1:8545", 0o644, "http://127.0.0.1:8545"},
		{"https://eth.example/v3/0123456789abcdef", 0o600, "https://eth.example/..."},
		{"https://user:pass@eth.example", 0o600, "https://eth.example/..."},
		{"wss://eth.example/?apikey=secret", 0o600, "wss://eth.example/..."},
	} {
		cfg := DefaultConfig(t.TempDir())
		cfg.L1.RPC = tc.url
		if err := cfg.Write(); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(cfg.Path(ConfigFile))
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != tc.mode {
			t.Errorf("%s: config written with mode %v, want %v", tc.url, fi.Mode().Perm(), tc.mode)
		}
		if got := RedactURL(tc.url); got != tc.redact {
			t.Errorf("RedactURL(%s) = %s, want %s", tc.url, got, tc.redact)
		}
		// A rewrite after the endpoint changes tightens an existing file.
		if tc.mode == 0o600 {
			cfg.L1.RPC = "http://127.0.0.1:8545"
			cfg.Write()
			cfg.L1.RPC = tc.url
			if err := cfg.Write(); err != nil {
				t.Fatal(err)
			}
			if fi, _ := os.Stat(cfg.Path(ConfigFile)); fi.Mode().Perm() != 0o600 {
				t.Errorf("%s: rewritten with mode %v", tc.url, fi.Mode().Perm())
			}
		}
	}
}
