package node

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"
)

// configKeys lists every "section.key" of Config, in file order.
func configKeys() []string {
	var keys []string
	t := reflect.TypeOf(Config{})
	for i := range t.NumField() {
		sec := tomlName(t.Field(i))
		if sec == "-" || sec == "" {
			continue
		}
		st := t.Field(i).Type
		for j := range st.NumField() {
			keys = append(keys, sec+"."+tomlName(st.Field(j)))
		}
	}
	return keys
}

// envName is a key's MYCEL_<SECTION>_<KEY> variable.
func envName(key string) string {
	return "MYCEL_" + strings.ToUpper(strings.Replace(key, ".", "_", 1))
}

// nonDefault is, for every key, a valid value other than its default.
var nonDefault = map[string]string{
	"node.moniker":                          "alice",
	"log.level":                             "debug",
	"log.format":                            "json",
	"rpc.listen":                            "127.0.0.1:9645",
	"rpc.max_body_bytes":                    "4096",
	"rpc.pprof":                             "true",
	"rpc.cors_origins":                      "https://wallet.example",
	"rpc.vhosts":                            "node.example",
	"rpc.ws_origins":                        "https://wallet.example",
	"rpc.batch_limit":                       "7",
	"rpc.batch_response_max_bytes":          "4096",
	"rpc.ws_max_message_bytes":              "4096",
	"rpc.max_subscriptions":                 "9",
	"rpc.max_subscriptions_per_conn":        "2",
	"rpc.read_timeout":                      "5s",
	"rpc.write_timeout":                     "6s",
	"rpc.idle_timeout":                      "7s",
	"rpc.requests_per_second":               "50",
	"rpc.request_burst":                     "300",
	"rpc.loopback_unlimited":                "true",
	"p2p.listen":                            "/ip4/127.0.0.1/tcp/5001",
	"p2p.bootstrap":                         "/ip4/127.0.0.1/tcp/5002/p2p/12D3KooWLRPJAA5o6Z6ZyV6YPP28trVBdE6XnfBHBtmiC2Yr6KxW",
	"p2p.max_message_size":                  "8192",
	"p2p.conn_low":                          "8",
	"p2p.conn_high":                         "200",
	"consensus.listen":                      "tcp://127.0.0.1:36656",
	"consensus.persistent_peers":            "0123456789abcdef0123456789abcdef01234567@127.0.0.1:36666",
	"consensus.unconditional_peer_ids":      "0123456789abcdef0123456789abcdef01234568",
	"consensus.max_inbound_peers":           "3",
	"consensus.max_outbound_peers":          "4",
	"consensus.allow_duplicate_ip":          "true",
	"consensus.comet_rpc_listen":            "tcp://127.0.0.1:36657",
	"consensus.timeout_propose":             "1s",
	"consensus.timeout_vote":                "300ms",
	"consensus.timeout_commit":              "0s",
	"consensus.max_block_txs":               "100",
	"consensus.max_block_bytes":             "2048",
	"mempool.max_txs":                       "1000",
	"mempool.max_bytes":                     "1048576",
	"mempool.max_txs_per_account":           "16",
	"mempool.max_bytes_per_account":         "4096",
	"mempool.ttl":                           "1m",
	"mempool.price_bump_percent":            "25",
	"mempool.min_fee":                       "0",
	"mempool.sig_cache_size":                "1000",
	"mempool.max_queued_txs":                "1000",
	"mempool.max_queued_txs_per_account":    "8",
	"mempool.refused_sig_checks_per_second": "50",
	"ledger.cache_mb":                       "64",
	"l1.rpc":                                "ws://10.0.0.1:8546",
	"l1.confirmations":                      "0",
	"l1.finalized":                          "true",
	"l1.poll_interval":                      "2s",
	"l1.tx_key_file":                        "l1_key.hex",
	"l1.post_batches":                       "false",
	"l1.poster_fallback":                    "1m",
	"l1.submit_proofs":                      "false",
	"l1.commits_per_tx":                     "5",
	"l1.commit_gather":                      "15s",
	"l1.proofs_per_tx":                      "3",
	"l1.proof_gather":                       "45s",
	"l1.report_equivocation":                "false",
	"l1.max_fee_gwei":                       "200",
	"l1.max_tip_gwei":                       "3",
	"l1.max_spend_per_hour_gwei":            "500000000",
	"prover.enabled":                        "true",
	"prover.keys_dir":                       "/keys",
	"prover.dev_setup":                      "true",
	"prover.workers":                        "3",
	"prover.api_listen":                     "127.0.0.1:9651",
	"prover.api_jwt_secret_file":            "/secrets/jwt.hex",
	"prover.max_remote_claims":              "9",
}

// Every key can be set from the environment as MYCEL_<SECTION>_<KEY>
// (docs/operator.md), lands in its own field, and passes validation with a
// valid value. A key added to Config without an entry here fails the test.
func TestEnvOverridesEveryKey(t *testing.T) {
	home := writeTestConfig(t)
	keys := configKeys()
	if len(keys) != len(nonDefault) {
		t.Errorf("Config has %d keys, the test knows %d: %v", len(keys), len(nonDefault), keys)
	}
	var env []string
	want := DefaultConfig(home)
	for _, k := range keys {
		v, ok := nonDefault[k]
		if !ok {
			t.Errorf("no test value for %s", k)
			continue
		}
		env = append(env, envName(k)+"="+v)
		if err := want.Set(k, v); err != nil {
			t.Fatalf("%s=%s: %v", k, v, err)
		}
	}
	got, err := LoadConfig(home, env, nil)
	if err != nil {
		t.Fatal(err)
	}
	def := DefaultConfig(home)
	for _, k := range keys {
		g, _ := got.field(k)
		w, _ := want.field(k)
		d, _ := def.field(k)
		if !reflect.DeepEqual(g.Interface(), w.Interface()) {
			t.Errorf("%s from %s: got %v, want %v", k, envName(k), g.Interface(), w.Interface())
		}
		if reflect.DeepEqual(g.Interface(), d.Interface()) {
			t.Errorf("%s: the test value equals the default; it proves nothing", k)
		}
	}
}

// The file beats the defaults, the environment beats the file, --set
// beats the environment (docs/operator.md).
func TestConfigPrecedence(t *testing.T) {
	home := t.TempDir()
	c := DefaultConfig(home)
	c.RPC.Listen, c.Mempool.TTL, c.Log.Format = "127.0.0.1:1001", Duration(time.Minute), "json"
	if err := c.Write(); err != nil {
		t.Fatal(err)
	}
	got, err := LoadConfig(home, []string{"MYCEL_RPC_LISTEN=127.0.0.1:1002", "MYCEL_MEMPOOL_TTL=2m"}, []string{"rpc.listen=127.0.0.1:1003"})
	if err != nil {
		t.Fatal(err)
	}
	if got.Log.Format != "json" || got.Mempool.TTL.Std() != 2*time.Minute || got.RPC.Listen != "127.0.0.1:1003" {
		t.Fatalf("format %s (file), ttl %s (env), listen %s (--set)", got.Log.Format, got.Mempool.TTL.Std(), got.RPC.Listen)
	}
	if got.Node.Moniker != "mycel" || got.Ledger.CacheMB != 128 {
		t.Fatalf("defaults lost: %+v %+v", got.Node, got.Ledger)
	}
}

// Every invalid setting is refused, whether it comes from --set or from
// the environment, with an error that names its section and key.
func TestEveryInvalidSettingNamesItsKey(t *testing.T) {
	cases := []struct {
		key, val string
		says     string // what the error names, when not the key itself
	}{
		{key: "node.moniker", val: ""},
		{key: "log.level", val: "loud"},
		{key: "log.format", val: "xml"},
		{key: "rpc.listen", val: "nonsense"},
		{key: "rpc.listen", val: "127.0.0.1:99999"},
		{key: "rpc.max_body_bytes", val: "1023"},
		{key: "rpc.max_body_bytes", val: "lots"},
		{key: "rpc.pprof", val: "maybe"},
		{key: "rpc.batch_limit", val: "0"},
		{key: "rpc.batch_response_max_bytes", val: "10"},
		{key: "rpc.ws_max_message_bytes", val: "10"},
		{key: "rpc.max_subscriptions", val: "0"},
		{key: "rpc.max_subscriptions_per_conn", val: "5000"},
		{key: "rpc.read_timeout", val: "10ms"},
		{key: "rpc.write_timeout", val: "0s"},
		{key: "rpc.idle_timeout", val: "-1s"},
		{key: "rpc.requests_per_second", val: "-1"},
		{key: "rpc.requests_per_second", val: "1.5"},
		{key: "rpc.request_burst", val: "99"}, // below the default batch_limit 100
		{key: "rpc.loopback_unlimited", val: "maybe"},
		{key: "p2p.listen", val: ""},
		{key: "p2p.listen", val: "127.0.0.1:4001"},
		{key: "p2p.bootstrap", val: "nonsense"},
		{key: "p2p.bootstrap", val: "/ip4/127.0.0.1/tcp/1"},
		{key: "p2p.max_message_size", val: "255"},
		{key: "p2p.conn_low", val: "0"},
		{key: "p2p.conn_high", val: "1"},
		{key: "consensus.listen", val: "127.0.0.1:26656"},
		{key: "consensus.listen", val: "tcp://nonsense"},
		{key: "consensus.listen", val: "tcp://127.0.0.1:99999"},
		{key: "consensus.persistent_peers", val: "127.0.0.1:26656"},
		{key: "consensus.persistent_peers", val: "nothex@127.0.0.1:26656"},
		{key: "consensus.persistent_peers", val: "0123456789abcdef0123456789abcdef01234567@nonsense"},
		{key: "consensus.comet_rpc_listen", val: "127.0.0.1:26657"},
		{key: "consensus.unconditional_peer_ids", val: "nothex"},
		{key: "consensus.max_inbound_peers", val: "-1"},
		{key: "consensus.max_outbound_peers", val: "-1"},
		{key: "consensus.allow_duplicate_ip", val: "maybe"},
		{key: "consensus.timeout_propose", val: "0s"},
		{key: "consensus.timeout_propose", val: "soon"},
		{key: "consensus.timeout_vote", val: "-1s"},
		{key: "consensus.timeout_commit", val: "-1ms"},
		{key: "consensus.max_block_txs", val: "0"},
		{key: "consensus.max_block_bytes", val: "1023"},
		{key: "mempool.max_txs", val: "0"},
		{key: "mempool.max_bytes", val: "1023"},
		{key: "mempool.max_txs_per_account", val: "0"},
		{key: "mempool.max_bytes_per_account", val: "255"},
		{key: "mempool.ttl", val: "0s"},
		{key: "mempool.price_bump_percent", val: "0"},
		{key: "mempool.min_fee", val: "-1"},
		{key: "mempool.sig_cache_size", val: "0"},
		{key: "mempool.max_queued_txs", val: "-1"},
		{key: "mempool.max_queued_txs_per_account", val: "100000"},
		{key: "mempool.refused_sig_checks_per_second", val: "0"},
		{key: "ledger.cache_mb", val: "7"},
		{key: "l1.confirmations", val: "-1"},
		{key: "l1.finalized", val: "maybe"},
		{key: "l1.poll_interval", val: "0s"},
		{key: "l1.poster_fallback", val: "0s"},
		{key: "l1.commits_per_tx", val: "0"},
		{key: "l1.commits_per_tx", val: "33"},
		{key: "l1.commit_gather", val: "-1s"},
		{key: "l1.commit_gather", val: "10m"}, // not below the default poster_fallback
		{key: "l1.proofs_per_tx", val: "0"},
		{key: "l1.proofs_per_tx", val: "33"},
		{key: "l1.proof_gather", val: "-1s"},
		{key: "l1.max_fee_gwei", val: "0"},
		{key: "l1.max_fee_gwei", val: "-1"},
		{key: "l1.max_tip_gwei", val: "0"},
		{key: "l1.max_tip_gwei", val: "501"}, // above the default max_fee_gwei
		{key: "l1.max_spend_per_hour_gwei", val: "0"},
		{key: "l1.max_spend_per_hour_gwei", val: "lots"},
		{key: "prover.workers", val: "0"},
		{key: "prover.api_listen", val: "nonsense"},
		{key: "prover.api_listen", val: "127.0.0.1:9651"}, // without prover.enabled
		{key: "prover.api_jwt_secret_file", val: ""},
		{key: "prover.max_remote_claims", val: "0"},
		{key: "no.such_key", val: "1"},
	}
	home := writeTestConfig(t)
	for _, c := range cases {
		says := c.says
		if says == "" {
			says = c.key
		}
		_, err := LoadConfig(home, nil, []string{c.key + "=" + c.val})
		if err == nil || !strings.Contains(err.Error(), says) {
			t.Errorf("--set %s=%q: error %v does not name %s", c.key, c.val, err, says)
		}
		if c.key == "no.such_key" {
			continue // not a section: the environment ignores it (TestConfigRoundTripAndOverrides)
		}
		_, err = LoadConfig(home, []string{envName(c.key) + "=" + c.val}, nil)
		if err == nil || !strings.Contains(err.Error(), says) {
			t.Errorf("%s=%q: error %v does not name %s", envName(c.key), c.val, err, says)
		}
	}
}

// A value of the wrong type in the config file is refused with the file and
// the section.key named (go-toml's own errors name neither for most types).
func TestConfigFileTypeErrorsNameTheKey(t *testing.T) {
	for _, c := range []struct{ line, bad, key string }{
		{"cache_mb = 128", "cache_mb = 'big'", "ledger.cache_mb"},
		{"timeout_commit = '100ms'", "timeout_commit = 'soon'", "consensus.timeout_commit"},
		{"pprof = false", "pprof = 1", "rpc.pprof"},
		{"max_txs = 50000", "max_txs = 1.5", "mempool.max_txs"},
		{"moniker = 'mycel'", "moniker = 5", "node.moniker"},
		{"bootstrap = []", "bootstrap = '/ip4/127.0.0.1/tcp/1'", "p2p.bootstrap"},
		{"min_fee = 1", "min_fee = -1", "mempool.min_fee"},
	} {
		home := writeTestConfig(t)
		raw, err := os.ReadFile(home + "/" + ConfigFile)
		if err != nil {
			t.Fatal(err)
		}
		edited := strings.Replace(string(raw), c.line, c.bad, 1)
		if edited == string(raw) {
			t.Fatalf("%q not found in the written config", c.line)
		}
		if err := os.WriteFile(home+"/"+ConfigFile, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err = LoadConfig(home, nil, nil)
		if err == nil || !strings.Contains(err.Error(), "config.toml") || !strings.Contains(err.Error(), c.key+":") {
			t.Errorf("%s in the file: error %v does not name config.toml and %s", c.bad, err, c.key)
		}
	}
	// Not TOML at all: go-toml names the line.
	home := writeTestConfig(t)
	if err := os.WriteFile(home+"/"+ConfigFile, []byte("[rpc\nlisten = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadConfig(home, nil, nil); err == nil || !strings.Contains(err.Error(), "config.toml") {
		t.Errorf("a file that is not TOML: %v", err)
	}
}

// The mempool's cross-field rules are checked when the node is built:
// New refuses them naming the key.
func TestNewRefusesInconsistentMempoolLimits(t *testing.T) {
	for _, set := range []string{
		"mempool.max_txs_per_account=100,mempool.max_txs=50",
		"mempool.max_bytes_per_account=4096,mempool.max_bytes=2048",
		"mempool.price_bump_percent=1001",
		"mempool.min_fee=9223372036854775808",
	} {
		cfg, _ := testHome(t)
		log, _ := testLogger(t)
		sets := strings.Split(set, ",")
		c, err := LoadConfig(cfg.Home, nil, sets)
		if err != nil {
			t.Fatalf("%s: %v", set, err)
		}
		key, _, _ := strings.Cut(sets[0], "=")
		n, err := New(c, log)
		if err == nil {
			n.Stop(t.Context())
			t.Errorf("%s: New accepted it", set)
			continue
		}
		if !strings.Contains(err.Error(), "config "+key) {
			t.Errorf("%s: error %v does not name %s", set, err, key)
		}
	}
}

// The defaults are what docs/operator.md and docs/rpc.md say they are.
func TestDocumentedDefaults(t *testing.T) {
	op, err := os.ReadFile("../docs/operator.md")
	if err != nil {
		t.Fatal(err)
	}
	rpcDoc, err := os.ReadFile("../docs/rpc.md")
	if err != nil {
		t.Fatal(err)
	}
	def := DefaultConfig(t.TempDir())
	keys := configKeys()
	// Rows "| `section.key` | default | ... |", and the block timing table's
	// "| `timeout_x` | default |" rows, which are [consensus] keys.
	row := regexp.MustCompile("(?m)^\\| `([a-z0-9_.]+)` \\| ([^|]+) \\|")
	n := 0
	for _, m := range row.FindAllStringSubmatch(string(op), -1) {
		key, doc := m[1], strings.Trim(strings.TrimSpace(m[2]), "`")
		if !strings.Contains(key, ".") {
			key = "consensus." + key
		}
		if !contains(keys, key) {
			continue // a file or a non-key row
		}
		if doc == "empty" {
			doc = ""
		}
		f, _ := def.field(key)
		got := fmt.Sprint(f.Interface())
		if d, ok := f.Interface().(Duration); ok {
			got = d.Std().String()
		}
		if got != doc {
			t.Errorf("%s: default %q, docs/operator.md says %q", key, got, doc)
		}
		n++
	}
	if n < 15 {
		t.Errorf("found %d documented defaults; has the table format changed?", n)
	}
	if want := "(default `" + def.RPC.Listen + "`)"; !strings.Contains(string(rpcDoc), want) {
		t.Errorf("docs/rpc.md does not give rpc.listen's default as %s", want)
	}
	if !strings.Contains(string(rpcDoc), fmt.Sprintf("older than %d s", int(stallAfter.Seconds()))) ||
		!strings.Contains(string(op), fmt.Sprintf("503 when stalled for %d s", int(stallAfter.Seconds()))) {
		t.Errorf("the docs do not give /health's stall limit as %v", stallAfter)
	}
	if !strings.Contains(string(op), fmt.Sprintf("(default %d)", DefaultInitOptions().BasePort)) {
		t.Errorf("docs/operator.md does not give --base-port's default as %d", DefaultInitOptions().BasePort)
	}
}

func contains(s []string, v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// The BLS key file: created at 0600 on first use, the same key after, and
// refused when others can read it or it is not a key.
func TestBLSKeyFile(t *testing.T) {
	home := t.TempDir()
	if err := os.MkdirAll(filepath.Join(home, "config"), 0o700); err != nil {
		t.Fatal(err)
	}
	k1, err := BLSKey(home)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(home, BLSKeyFile)
	fi, err := os.Stat(path)
	if err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v, want mode 0600", fi, err)
	}
	k2, err := BLSKey(home)
	if err != nil || k1.Bytes() != k2.Bytes() {
		t.Fatalf("second load: %v (same key: %v)", err, err == nil && k1.Bytes() == k2.Bytes())
	}
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := BLSKey(home); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("a world-readable key: %v", err)
	}
	if err := os.WriteFile(path, []byte("not a key\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := BLSKey(home); err == nil {
		t.Fatal("a garbage key file was accepted")
	}
}
