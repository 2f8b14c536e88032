package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	cmtp2p "github.com/cometbft/cometbft/p2p"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/prover"
)

// dialRPC connects a JSON-RPC client over HTTP that keeps no idle
// connection, so that it leaves no goroutine behind.
func dialRPC(t *testing.T, url string) *rpc.Client {
	t.Helper()
	hc := &http.Client{Timeout: 10 * time.Second, Transport: &http.Transport{DisableKeepAlives: true}}
	c, err := rpc.DialOptions(context.Background(), url, rpc.WithHTTPClient(hc))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// A node built from a config file plus environment overrides serves
// JSON-RPC (HTTP and WebSocket), /metrics, /health and pprof on the
// configured address, commits a submitted transaction, and on Stop releases
// every port it held; a second Stop is harmless.
func TestNodeServesConfiguredEndpoints(t *testing.T) {
	cfg, base := testHome(t)
	rpcPort := base + 5 // not init's port: proves the override is what is served
	env := []string{fmt.Sprintf("MYCEL_RPC_LISTEN=127.0.0.1:%d", rpcPort), "MYCEL_NODE_MONIKER=wired", "MYCEL_RPC_PPROF=true"}
	cfg, err := LoadConfig(cfg.Home, env, nil)
	if err != nil {
		t.Fatal(err)
	}
	tcp, udp := []int{base, rpcPort, base + 2}, []int{base + 2}
	log, _ := testLogger(t)
	before := goroutineStacks()

	n, err := New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := portsFree(tcp, udp); err != nil {
		t.Fatalf("New must not listen yet: %v", err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	stopped := false
	defer func() {
		if !stopped {
			n.Stop(context.Background())
		}
	}()
	url := fmt.Sprintf("http://127.0.0.1:%d", rpcPort)

	// The consensus and gossip listeners are up too.
	for _, p := range []int{base, base + 2} {
		c, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", p), 5*time.Second)
		if err != nil {
			t.Fatalf("port %d: %v", p, err)
		}
		c.Close()
	}

	// /health: blocks are being committed.
	eventually(t, 30*time.Second, "health ok at height 2", func() error {
		code, h, err := getHealth(url)
		if err != nil {
			return err
		}
		if code != http.StatusOK || h.Status != "ok" || h.Height < 2 {
			return fmt.Errorf("%d %+v", code, h)
		}
		return nil
	})

	// JSON-RPC over HTTP.
	c := dialRPC(t, url)
	var st StatusResult
	if err := c.Call(&st, "mycel_status"); err != nil {
		t.Fatal(err)
	}
	if st.Moniker != "wired" || st.ChainID != 1337 || st.PeerID == "" || len(st.Validator) != 20 || st.CatchingUp {
		t.Fatalf("status %+v", st)
	}

	// WebSocket on /ws: a newBlocks subscription delivers blocks.
	ws, err := rpc.DialWebsocket(context.Background(), fmt.Sprintf("ws://127.0.0.1:%d/ws", rpcPort), "")
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	heads := make(chan NewBlockHeader, 16)
	sub, err := ws.Subscribe(context.Background(), "mycel", heads, "newBlocks")
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()

	// A transfer goes mempool -> block -> receipt index.
	accts := testAccounts(t, cfg.Home)
	raw := signedTransfer(t, accts[0], accts[1].Index, 1000, 7, 0)
	var hash common.Hash
	if err := c.Call(&hash, "mycel_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
		t.Fatal(err)
	}
	if want := crypto.Keccak256Hash(raw); hash != want {
		t.Fatalf("tx hash %s, want keccak256 of the encoding %s", hash, want)
	}
	rc := waitCommitted(t, c, hash)
	var blk BlockResult
	if err := c.Call(&blk, "mycel_getBlock", uint64(*rc.Height)); err != nil {
		t.Fatal(err)
	}
	if len(blk.Txs) <= int(*rc.Index) || blk.Txs[*rc.Index].Hash != hash || len(blk.Hash) != 32 {
		t.Fatalf("block %d does not hold the receipt's tx at %d: %+v", *rc.Height, *rc.Index, blk)
	}
	var acct AccountResult
	if err := c.Call(&acct, "mycel_getAccount", accts[0].Index); err != nil {
		t.Fatal(err)
	}
	if !acct.Exists || acct.Account.Nonce != 1 || acct.Account.Balance != accts[0].Balance-1007 {
		t.Fatalf("sender after the transfer: %+v", acct.Account)
	}
	// The same bytes again are a replay.
	err = c.Call(&hash, "mycel_sendRawTransaction", hexutil.Bytes(raw))
	if code, msg := rpcErr(err); code != CodeRejected || !strings.Contains(msg, "nonce too low") {
		t.Fatalf("replay: %d %q", code, msg)
	}
	select {
	case h := <-heads:
		if h.Height == 0 || len(h.Hash) != 32 {
			t.Fatalf("newBlocks header %+v", h)
		}
	case err := <-sub.Err():
		t.Fatal(err)
	case <-time.After(30 * time.Second):
		t.Fatal("no newBlocks notification")
	}

	// /metrics: the node's registry, with every part's metrics.
	code, body, err := httpGet(url + "/metrics")
	if err != nil || code != http.StatusOK {
		t.Fatalf("/metrics: %d %v", code, err)
	}
	for _, m := range []string{"mycel_consensus_height ", "mycel_consensus_txs_total 1", "mycel_mempool_added_total 1", "go_goroutines ", "process_open_fds "} {
		if !strings.Contains(string(body), "\n"+m) {
			t.Errorf("/metrics lacks %q", m)
		}
	}
	// pprof, switched on by the environment.
	if code, body, err := httpGet(url + "/debug/pprof/"); err != nil || code != http.StatusOK || !strings.Contains(string(body), "goroutine") {
		t.Errorf("/debug/pprof/: %d %v %.80q", code, err, body)
	}

	sub.Unsubscribe()
	ws.Close()
	c.Close()
	if err := n.Stop(context.Background()); err != nil {
		t.Fatalf("stop: %v", err)
	}
	stopped = true
	// QUIC closes its UDP socket asynchronously: poll.
	eventually(t, 10*time.Second, "ports released", func() error { return portsFree(tcp, udp) })
	if err := n.Stop(context.Background()); err != nil {
		t.Fatalf("second stop: %v", err)
	}
	if h := n.Height(); h != 0 {
		t.Fatalf("Height after Stop = %d, want 0", h)
	}
	checkNoLeak(t, before, 5*time.Second, cometLeftovers...)
}

// rpcErr returns the JSON-RPC code and message of err.
func rpcErr(err error) (int, string) {
	var re rpc.Error
	if !errors.As(err, &re) {
		return 0, fmt.Sprint(err)
	}
	return re.ErrorCode(), re.Error()
}

// New fails with an error that names what is wrong and leaves nothing
// open: no goroutine, and the ledger and receipt index can be opened again
// (pebble holds a lock on an open store).
func TestNewFailuresLeaveNothingOpen(t *testing.T) {
	cases := []struct {
		name   string
		break_ func(t *testing.T, c *Config)
		want   []string
		// tolerate: goroutines a library leaks on this failure.
		tolerate []string
	}{
		{"genesis missing", func(t *testing.T, c *Config) { rm(t, c.Path(GenesisFile)) },
			[]string{"read genesis", "genesis.json"}, nil},
		{"genesis not json", func(t *testing.T, c *Config) { write(t, c.Path(GenesisFile), "{not json") },
			[]string{"read genesis", "genesis.json"}, nil},
		{"genesis app_state not an L2 genesis", func(t *testing.T, c *Config) {
			editGenesis(t, c, func(doc map[string]any) { doc["app_state"] = []int{1} })
		}, []string{"app_state is not an L2 genesis"}, nil},
		{"genesis with an invalid L2 genesis", func(t *testing.T, c *Config) {
			editGenesis(t, c, func(doc map[string]any) { doc["app_state"].(map[string]any)["depth"] = 0 })
		}, []string{"genesis.json", "depth"}, nil},
		{"genesis with invalid L1 parameters", func(t *testing.T, c *Config) {
			editGenesis(t, c, func(doc map[string]any) { doc["app_state"].(map[string]any)["l1"] = map[string]any{"chain_id": 1} })
		}, []string{"genesis.json", "l1 params"}, nil},
		{"ledger directory unusable", func(t *testing.T, c *Config) { rm(t, c.Path("data")); write(t, c.Path("data"), "a file") },
			[]string{"ledger", "data/ledger"},
			// pebble v1.1.5: an Open that fails leaves its disk-health ticker running.
			[]string{"pebble/vfs.(*diskHealthCheckingFS).startTickerLocked"}},
		{"p2p key not a key", func(t *testing.T, c *Config) { write(t, c.Path(P2PKeyFile), "garbage") },
			[]string{"p2p key", "p2p_key", "not a libp2p private key"}, nil},
		{"p2p key unreadable", func(t *testing.T, c *Config) { rm(t, c.Path(P2PKeyFile)); mkdir(t, c.Path(P2PKeyFile)) },
			[]string{"p2p key", "p2p_key"}, nil},
		{"validator key missing", func(t *testing.T, c *Config) { rm(t, c.CometConfig().PrivValidatorKeyFile()) },
			[]string{"priv_validator_key.json", "mycel init"}, nil},
		{"double-sign state missing", func(t *testing.T, c *Config) { rm(t, c.CometConfig().PrivValidatorStateFile()) },
			[]string{"priv_validator_state.json", "never delete"}, nil},
		{"node key not a key", func(t *testing.T, c *Config) { write(t, c.CometConfig().NodeKeyFile(), "garbage") },
			[]string{"node key", "node_key.json"}, nil},
		{"mempool limits inconsistent", func(t *testing.T, c *Config) { c.Mempool.MaxTxsPerAccount = c.Mempool.MaxTxs + 1 },
			[]string{"config mempool.max_txs_per_account"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg, _ := testHome(t)
			log, _ := testLogger(t)
			tc.break_(t, cfg)
			before := goroutineStacks()
			n, err := New(cfg, log)
			if err == nil {
				n.Stop(context.Background())
				t.Fatal("New succeeded")
			}
			if n != nil {
				t.Errorf("New returned a node with its error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not say %q", err, w)
				}
			}
			checkNoLeak(t, before, 5*time.Second, tc.tolerate...)
			if st, err := os.Stat(cfg.Path(LedgerDir)); err == nil && st.IsDir() {
				g, err := LoadGenesis(cfg.Path(GenesisFile))
				if err != nil {
					return // the genesis is what is broken: New never opened the store
				}
				s, err := ledger.Open(cfg.Path(LedgerDir), g, ledger.Options{})
				if err != nil {
					t.Fatalf("ledger left open: %v", err)
				}
				s.Close()
				x, err := openTxIndex(cfg.Path(IndexDir))
				if err != nil {
					t.Fatalf("tx index left open: %v", err)
				}
				x.close()
			}
		})
	}
}

func rm(t *testing.T, path string) {
	t.Helper()
	if err := os.RemoveAll(path); err != nil {
		t.Fatal(err)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
		t.Fatal(err)
	}
}

func mkdir(t *testing.T, path string) {
	t.Helper()
	if err := os.MkdirAll(path, 0o700); err != nil {
		t.Fatal(err)
	}
}

// editGenesis rewrites the genesis file through a generic JSON tree.
func editGenesis(t *testing.T, c *Config, edit func(doc map[string]any)) {
	t.Helper()
	raw, err := os.ReadFile(c.Path(GenesisFile))
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	edit(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(c.Path(GenesisFile), out, 0o600); err != nil {
		t.Fatal(err)
	}
}

// Start fails with an error naming the address in use, unwinds what it had
// started (nothing is left listening or running), a later Stop is
// harmless, and the same home starts once the port is free again (what
// the devnet's retry relies on).
func TestStartFailuresLeaveNothingRunning(t *testing.T) {
	cases := []struct {
		name string
		// taken returns the ports to occupy, from the base of testHome.
		tcp, udp func(base int) []int
		want     string
		// cometNeverRan: Start failed before CometBFT was running.
		cometNeverRan bool
		tolerate      []string
	}{
		{name: "rpc port in use", tcp: func(b int) []int { return []int{b + 1} }, want: "rpc listen 127.0.0.1:"},
		{name: "libp2p ports in use", tcp: func(b int) []int { return []int{b + 2} }, udp: func(b int) []int { return []int{b + 2} },
			want: "start p2p", cometNeverRan: true, tolerate: libp2pFailedNew},
		{name: "consensus port in use", tcp: func(b int) []int { return []int{b} }, want: "start consensus", cometNeverRan: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cfg, base := testHome(t)
			log, _ := testLogger(t)
			var tcp, udp []int
			if tc.tcp != nil {
				tcp = tc.tcp(base)
			}
			if tc.udp != nil {
				udp = tc.udp(base)
			}
			var held []interface{ Close() error }
			for _, p := range tcp {
				l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", p))
				if err != nil {
					t.Fatal(err)
				}
				held = append(held, l)
			}
			for _, p := range udp {
				l, err := net.ListenPacket("udp", fmt.Sprintf("127.0.0.1:%d", p))
				if err != nil {
					t.Fatal(err)
				}
				held = append(held, l)
			}
			before := goroutineStacks()
			n, err := New(cfg, log)
			if err != nil {
				t.Fatal(err)
			}
			err = n.Start(context.Background())
			if err == nil {
				n.Stop(context.Background())
				t.Fatal("Start succeeded on a port in use")
			}
			if !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "address already in use") {
				t.Fatalf("error %q does not say %q and the address in use", err, tc.want)
			}
			// Nothing of the node listens: every one of its ports other
			// than the occupied ones can be bound.
			var freeTCP, freeUDP []int
			for _, p := range []int{base, base + 1, base + 2} {
				if !containsInt(tcp, p) {
					freeTCP = append(freeTCP, p)
				}
			}
			if !containsInt(udp, base+2) {
				freeUDP = append(freeUDP, base+2)
			}
			eventually(t, 10*time.Second, "ports released", func() error { return portsFree(freeTCP, freeUDP) })
			if err := n.Stop(context.Background()); err != nil {
				t.Fatalf("Stop after a failed Start: %v", err)
			}
			for _, l := range held {
				l.Close()
			}
			n2, err := New(cfg, log)
			if err != nil {
				t.Fatalf("the home does not start again: %v", err)
			}
			if err := n2.Start(context.Background()); err != nil {
				t.Fatalf("the home does not start again: %v", err)
			}
			if err := n2.Stop(context.Background()); err != nil {
				t.Fatal(err)
			}
			checkNoLeak(t, before, 5*time.Second, append(slices.Clone(cometLeftovers), tc.tolerate...)...)
		})
	}
}

// libp2pFailedNew are the goroutines go-libp2p (v0.51.0) leaves behind when
// libp2p.New fails (here: its listen ports are taken): it does not close
// the peerstore, swarm and resource manager it built. Upstream's to fix.
var libp2pFailedNew = []string{
	"pstoremem.(*memoryAddrBook).background",
	"swarm.(*connectionEventsEmitter).runEmitter",
	"swarm.(*DialBackoff).background",
	"resource-manager.(*resourceManager).background",
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// rollupHome writes a one-validator rollup chain (a genesis with L1
// parameters, the validator staked at genesis) whose l1.rpc is a WebSocket
// endpoint that answers nothing: ethclient dials WebSocket at once, so a
// New that fails after dialing must close the client.
func rollupHome(t *testing.T) *Config {
	t.Helper()
	l1 := rpc.NewServer()
	t.Cleanup(l1.Stop)
	srv := httptest.NewServer(l1.WebsocketHandler([]string{"*"}))
	t.Cleanup(srv.Close)

	dir := t.TempDir()
	opts := DefaultInitOptions()
	opts.Accounts, opts.Depth = 2, 8
	opts.BasePort = testutil.FreePortBase(t, 1)
	opts.L1 = func(vals []ValidatorKey, _ *ledger.Genesis) (*consensus.L1Params, error) {
		stake := (*hexutil.Big)(new(big.Int).Mul(big.NewInt(32), big.NewInt(1e18)))
		return &consensus.L1Params{
			ChainID: 31337, Rollup: common.Address{1}, StakingRegistry: common.Address{2}, Slasher: common.Address{3},
			EpochDuration: 3600, RefDepth: 1, BatchSlots: 4, BatchMaxBlocks: 10, BatchMaxAgeMs: 1000,
			Operators: []consensus.GenesisOperator{{PubKey: vals[0].PubKey, Stake: []consensus.StakePoint{{Epoch: 0, Bonded: stake}}}},
		}, nil
	}
	if _, err := InitTestnet(dir, 1, opts); err != nil {
		t.Fatal(err)
	}
	cfg, err := LoadConfig(filepath.Join(dir, "node0"), []string{"MYCEL_L1_RPC=ws" + strings.TrimPrefix(srv.URL, "http")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// On a rollup chain, a New that fails after connecting to L1 closes the L1
// client: no WebSocket connection or goroutine is left.
func TestNewFailureClosesTheL1Client(t *testing.T) {
	for _, tc := range []struct {
		name   string
		break_ func(t *testing.T, c *Config)
		want   string
	}{
		{"l1 tx key file missing", func(t *testing.T, c *Config) { c.L1.TxKeyFile = "no-such-key.hex" }, "config l1.tx_key_file"},
		{"l1 tx key file not a key", func(t *testing.T, c *Config) {
			write(t, c.Path("l1_key.hex"), "not hex")
			os.Chmod(c.Path("l1_key.hex"), 0o600)
			c.L1.TxKeyFile = "l1_key.hex"
		}, "config l1.tx_key_file"},
		{"l1 tx key file readable by others", func(t *testing.T, c *Config) {
			write(t, c.Path("l1_key.hex"), strings.Repeat("11", 32))
			os.Chmod(c.Path("l1_key.hex"), 0o644)
			c.L1.TxKeyFile = "l1_key.hex"
		}, "chmod 600"},
		{"l1 confirmations deeper than the genesis ref_depth", func(t *testing.T, c *Config) { c.L1.Confirmations = 2 }, "config l1.confirmations: 2 is deeper than the genesis ref_depth 1"},
		{"double-sign state missing", func(t *testing.T, c *Config) { rm(t, c.CometConfig().PrivValidatorStateFile()) }, "priv_validator_state.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := rollupHome(t)
			tc.break_(t, cfg)
			log, _ := testLogger(t)
			before := goroutineStacks()
			n, err := New(cfg, log)
			if err == nil {
				n.Stop(context.Background())
				t.Fatal("New succeeded")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %q does not say %q", err, tc.want)
			}
			checkNoLeak(t, before, 5*time.Second)
		})
	}
}

// A corrupt or unreadable validator key or double-sign state file is
// refused by New with an error naming the file; the process lives on (a
// devnet runs several nodes and an L1 chain in one process). The check runs
// New in a child process, because CometBFT's privval loader calls os.Exit.
func TestNewRefusesACorruptValidatorFile(t *testing.T) {
	if home := os.Getenv("NODE_TEST_CHILD_HOME"); home != "" {
		cfg, err := LoadConfig(home, nil, nil)
		if err == nil {
			var n *Node
			if n, err = New(cfg, slog.New(slog.DiscardHandler)); err == nil {
				n.Stop(context.Background())
			}
		}
		fmt.Printf("New returned: %v\n", err)
		os.Exit(0)
	}
	for _, tc := range []struct {
		name   string
		break_ func(t *testing.T, c *Config)
		file   string
	}{
		{"key not json", func(t *testing.T, c *Config) { write(t, c.CometConfig().PrivValidatorKeyFile(), "{") }, "priv_validator_key.json"},
		{"key unreadable", func(t *testing.T, c *Config) {
			rm(t, c.CometConfig().PrivValidatorKeyFile())
			mkdir(t, c.CometConfig().PrivValidatorKeyFile())
		}, "priv_validator_key.json"},
		{"state not json", func(t *testing.T, c *Config) { write(t, c.CometConfig().PrivValidatorStateFile(), "{") }, "priv_validator_state.json"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, _ := testHome(t)
			tc.break_(t, cfg)
			cmd := exec.Command(os.Args[0], "-test.run=^TestNewRefusesACorruptValidatorFile$", "-test.count=1")
			cmd.Env = append(os.Environ(), "NODE_TEST_CHILD_HOME="+cfg.Home)
			out, err := cmd.CombinedOutput()
			if err != nil || !strings.Contains(string(out), "New returned: ") || !strings.Contains(string(out), tc.file) {
				t.Fatalf("child: %v: %s", err, out)
			}
		})
	}
}

// A node stopped with a live newBlocks subscription ends it (the client
// sees the subscription fail), and started again on the same home it
// resumes at its last height: /health is ok at once, the receipt index,
// lost here, is rebuilt from the ledger, and blocks continue.
func TestRestartResumes(t *testing.T) {
	cfg, _ := testHome(t)
	log, _ := testLogger(t)
	before := goroutineStacks()
	url := "http://" + cfg.RPC.Listen

	n, err := New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	c := dialRPC(t, url)
	accts := testAccounts(t, cfg.Home)
	raw := signedTransfer(t, accts[0], accts[1].Index, 5, 1, 0)
	var hash common.Hash
	if err := c.Call(&hash, "mycel_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
		t.Fatal(err)
	}
	rc := waitCommitted(t, c, hash)
	ws, err := rpc.DialWebsocket(context.Background(), "ws://"+cfg.RPC.Listen+"/ws", "")
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	sub, err := ws.Subscribe(context.Background(), "mycel", make(chan NewBlockHeader, 1024), "newBlocks")
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-sub.Err():
	case <-time.After(30 * time.Second):
		t.Fatal("the subscription outlived the node")
	}
	ws.Close()
	stoppedAt := uint64(0)
	{
		g, err := LoadGenesis(cfg.Path(GenesisFile))
		if err != nil {
			t.Fatal(err)
		}
		s, err := ledger.Open(cfg.Path(LedgerDir), g, ledger.Options{})
		if err != nil {
			t.Fatal(err)
		}
		stoppedAt = s.Height()
		s.Close()
	}
	rm(t, cfg.Path(IndexDir))
	// The ledger as it was at the stop, for the crash case below.
	ledgerAtStop := filepath.Join(t.TempDir(), "ledger")
	if err := os.CopyFS(ledgerAtStop, os.DirFS(cfg.Path(LedgerDir))); err != nil {
		t.Fatal(err)
	}

	n, err = New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	code, h, err := getHealth(url)
	if err != nil || code != http.StatusOK || h.Status != "ok" || h.Height < stoppedAt {
		t.Fatalf("health right after the restart: %d %+v %v (stopped at %d)", code, h, err, stoppedAt)
	}
	var again *Receipt
	if err := c.Call(&again, "mycel_getTransactionReceipt", hash); err != nil {
		t.Fatal(err)
	}
	if again == nil || again.Status != "committed" || *again.Height != *rc.Height || *again.Index != *rc.Index {
		t.Fatalf("receipt after the index was rebuilt: %+v, before %+v", again, rc)
	}
	eventually(t, 30*time.Second, "blocks after the restart", func() error {
		if h := n.Height(); h <= stoppedAt {
			return fmt.Errorf("height %d", h)
		}
		return nil
	})
	if err := n.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}

	// A node killed with CometBFT's block store ahead of its ledger (a
	// block saved, not yet committed by the app) and its receipt index,
	// written without sync, lost: the ledger is put back to the first
	// stop, so CometBFT's handshake replays every later block into the
	// app while the node is constructed. The index must still be rebuilt
	// for the blocks before those replayed (the replayed blocks once set
	// its height above them, and the transaction's receipt was gone).
	rm(t, cfg.Path(LedgerDir))
	if err := os.Rename(ledgerAtStop, cfg.Path(LedgerDir)); err != nil {
		t.Fatal(err)
	}
	rm(t, cfg.Path(IndexDir))
	n, err = New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if h := n.Height(); h <= stoppedAt {
		t.Fatalf("the handshake replayed nothing: ledger at %d, first stop at %d", h, stoppedAt)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	again = nil
	if err := c.Call(&again, "mycel_getTransactionReceipt", hash); err != nil {
		t.Fatal(err)
	}
	if again == nil || again.Status != "committed" || *again.Height != *rc.Height || *again.Index != *rc.Index {
		t.Fatalf("receipt after a replay into a ledger whose index was lost: %+v, before %+v", again, rc)
	}
	c.Close()
	if err := n.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	checkNoLeak(t, before, 5*time.Second, cometLeftovers...)
}

// waitCommitted polls mycel_getTransactionReceipt until the transaction is
// committed and returns its receipt.
func waitCommitted(t *testing.T, c *rpc.Client, hash common.Hash) *Receipt {
	t.Helper()
	var rc *Receipt
	eventually(t, 30*time.Second, "receipt committed", func() error {
		if err := c.Call(&rc, "mycel_getTransactionReceipt", hash); err != nil {
			return err
		}
		if rc == nil || rc.Status != "committed" {
			return fmt.Errorf("receipt %+v", rc)
		}
		return nil
	})
	return rc
}

// A rollup node runs every L1-facing part (watcher, slash reporter,
// poster, proof submitter, prover) under the node's lifecycle: a part that
// stops on an error (here the prover, which has no keys) is reported on
// Fatal with what to do, Stop stops everything and returns that error, and
// nothing of any part outlives the node.
func TestRollupNodePartFailureIsFatalAndStopLeavesNothing(t *testing.T) {
	cfg := rollupHome(t)
	cfg.Prover.Enabled, cfg.Prover.DevSetup = true, false
	cfg.L1.PostBatches, cfg.L1.SubmitProofs, cfg.L1.ReportEquivocation = true, true, true
	log, _ := testLogger(t)
	before := goroutineStacks()
	n, err := New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	rp := n.rp
	if rp.watcher == nil || rp.poster == nil || rp.submitter == nil || rp.slasher == nil || rp.source == nil {
		t.Fatalf("rollup parts not all built: %+v", rp)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-n.Fatal():
		if !strings.Contains(err.Error(), "prover stopped") || !strings.Contains(err.Error(), "mycel prover setup") {
			t.Fatalf("fatal error %q does not name the prover and the fix", err)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("a prover without keys was not reported")
	}
	for _, part := range []interface{ Err() error }{rp.watcher, rp.poster, rp.submitter, rp.slasher} {
		if err := part.Err(); err != nil {
			t.Fatalf("a healthy part failed: %v", err)
		}
	}
	if err := n.Stop(context.Background()); err == nil || !strings.Contains(err.Error(), "mycel prover setup") {
		t.Fatalf("Stop: %v, want the prover's error", err)
	}
	for _, part := range []interface{ Done() <-chan struct{} }{rp.watcher, rp.poster, rp.submitter, rp.slasher} {
		select {
		case <-part.Done():
		default:
			t.Fatal("a part still runs after Stop")
		}
	}
	if err := n.Stop(context.Background()); err == nil {
		t.Fatal("a second Stop forgot the first one's result")
	}
	checkNoLeak(t, before, 5*time.Second, cometLeftovers...)
}

// Remote provers reach the prover API only on its own listener, only with
// the node's JWT secret, and only the holder of a batch's claim may hand in
// its proof, which the node checks against its own header before taking it:
// a refused proof leaves the batch pending and the proof store empty.
func TestProverAPIIsAuthenticatedAndChecksProofs(t *testing.T) {
	cfg := rollupHome(t)
	_, port, _ := net.SplitHostPort(cfg.RPC.Listen)
	p, _ := strconv.Atoi(port)
	cfg.Prover.Enabled, cfg.Prover.DevSetup = true, false // no keys: the node's own prover stops, claims nothing
	cfg.Prover.APIListen = fmt.Sprintf("127.0.0.1:%d", p+4)
	log, _ := testLogger(t)
	n, err := New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer n.Stop(context.Background())
	ctx := context.Background()
	apiURL := "http://" + cfg.Prover.APIListen

	// Not on the public listener.
	pub := dialRPC(t, "http://"+cfg.RPC.Listen)
	var b *prover.Batch
	if err := pub.Call(&b, "prover_claimBatch"); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Fatalf("prover_claimBatch on the public listener: %v", err)
	}
	// Not without the secret.
	secretFile := cfg.Path(cfg.Prover.APIJWTSecretFile)
	if fi, err := os.Stat(secretFile); err != nil || fi.Mode().Perm() != 0o600 {
		t.Fatalf("secret file: %v %v", fi, err)
	}
	anon := dialRPC(t, apiURL)
	if err := anon.Call(&b, "prover_claimBatch"); err == nil {
		t.Fatal("an unauthenticated claim was served")
	}
	wrong, err := prover.DialRPCSource(ctx, apiURL, [32]byte{1})
	if err != nil {
		t.Fatal(err)
	}
	defer wrong.Close()
	if _, err := wrong.Claim(ctx); err == nil {
		t.Fatal("a claim signed with another secret was served")
	}
	secret, err := prover.ReadJWTSecret(secretFile)
	if err != nil {
		t.Fatal(err)
	}
	remote, err := prover.DialRPCSource(ctx, apiURL, secret)
	if err != nil {
		t.Fatal(err)
	}
	defer remote.Close()

	// A transfer closes a batch, which waits for a proof.
	accts := testAccounts(t, filepath.Dir(cfg.Home))
	c := dialRPC(t, "http://"+cfg.RPC.Listen)
	var hash common.Hash
	if err := c.Call(&hash, "mycel_sendRawTransaction", hexutil.Bytes(signedTransfer(t, accts[0], accts[1].Index, 5, 1, 0))); err != nil {
		t.Fatal(err)
	}
	var claimed *prover.Batch
	eventually(t, 60*time.Second, "a batch to claim", func() error {
		var err error
		claimed, err = remote.Claim(ctx)
		return err
	})
	rec, ok, err := n.rp.rollup.Batch(claimed.Index)
	if err != nil || !ok {
		t.Fatalf("batch %d record: %v %v", claimed.Index, ok, err)
	}
	good := prover.BatchProof{BatchIndex: claimed.Index, PublicInput: rec.Header.PublicInput().String(),
		DataEval: rec.Header.PublicInputs()[1].String(), Header: rec.Header.HashedBytes(), Proof: make([]byte, 256), Claim: claimed.Claim}
	if err := remote.Submit(ctx, &good); err == nil || !strings.Contains(err.Error(), "verifying key") {
		t.Fatalf("a proof before the node has its keys: %v", err)
	}
	n.rp.keys.Store(&prover.Keys{Params: prover.Params{Slots: 4, Depth: 8}})
	noClaim, otherHeader, garbage := good, good, good
	noClaim.Claim = ""
	otherHeader.PublicInput = "1"
	garbage.Proof = []byte{1, 2, 3}
	for name, bp := range map[string]*prover.BatchProof{"no claim": &noClaim, "another header": &otherHeader, "garbage proof": &garbage} {
		if err := remote.Submit(ctx, bp); err == nil {
			t.Fatalf("%s: accepted", name)
		}
	}
	if n.rp.source.Pending() == 0 {
		t.Fatal("a refused proof removed the batch")
	}
	if _, ok, _ := n.rp.proofs.Get(claimed.Index); ok {
		t.Fatal("a refused proof was stored")
	}
	if err := remote.Release(ctx, claimed.Index, claimed.Claim); err != nil {
		t.Fatal(err)
	}
}

// A stranger cannot keep validators apart by filling a node's inbound
// CometBFT slots: the validators (unconditional peers, written by `mycel
// init --testnet`) are accepted even when no inbound slot is left, and
// anyone else is refused.
func TestValidatorsReachEachOtherWithInboundSlotsFull(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultInitOptions()
	opts.Accounts, opts.Depth = 4, 8
	opts.BasePort = testutil.FreePortBase(t, 3)
	if _, err := InitTestnet(dir, 3, opts); err != nil {
		t.Fatal(err)
	}
	home := func(i int) string { return filepath.Join(dir, fmt.Sprintf("node%d", i)) }
	nodeID := func(i int) string {
		cfg, err := LoadConfig(home(i), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		k, err := cmtp2p.LoadNodeKey(cfg.CometConfig().NodeKeyFile())
		if err != nil {
			t.Fatal(err)
		}
		return string(k.ID())
	}
	cfg0, err := LoadConfig(home(0), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !cfg0.Consensus.AllowDuplicateIP || !strings.Contains(cfg0.Consensus.UnconditionalPeerIDs, nodeID(1)) ||
		!strings.Contains(cfg0.Consensus.UnconditionalPeerIDs, nodeID(2)) {
		t.Fatalf("testnet config: allow_duplicate_ip %v, unconditional %q", cfg0.Consensus.AllowDuplicateIP, cfg0.Consensus.UnconditionalPeerIDs)
	}
	// node0 takes no inbound peer but node1: node2 plays the stranger.
	n0 := startHome(t, home(0), []string{"consensus.max_inbound_peers=0", "consensus.unconditional_peer_ids=" + nodeID(1)})
	startHome(t, home(1), nil)
	n2 := startHome(t, home(2), nil)
	peers := func(n *Node) []string {
		var ids []string
		for _, p := range n.comet.CometBFT().Switch().Peers().Copy() {
			ids = append(ids, string(p.ID()))
		}
		return ids
	}
	eventually(t, 30*time.Second, "node2 connected to node1", func() error {
		if !slices.Contains(peers(n2), nodeID(1)) {
			return fmt.Errorf("node2 peers %v", peers(n2))
		}
		return nil
	})
	eventually(t, 30*time.Second, "node0 accepts node1 with no inbound slot", func() error {
		if !slices.Contains(peers(n0), nodeID(1)) {
			return fmt.Errorf("node0 peers %v", peers(n0))
		}
		return nil
	})
	time.Sleep(2 * time.Second) // node2 dials node0 at start and again with backoff
	if p := peers(n0); slices.Contains(p, nodeID(2)) {
		t.Fatalf("node0 took node2 into a full inbound set: %v", p)
	}
}
