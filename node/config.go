package node

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/multiformats/go-multiaddr"
	"github.com/pelletier/go-toml/v2"

	"github.com/mycel-network/mycel/l1"
)

// Duration is a time.Duration written as "500ms" in TOML.
type Duration time.Duration

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// Std returns the time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// Config is the whole node configuration: config/config.toml in the home
// directory, overridden by MYCEL_<SECTION>_<KEY> environment variables and
// then by flags. CometBFT's own configuration is derived from the
// [consensus] section (see CometConfig), so there is one file to edit.
type Config struct {
	// Home is the node's home directory (not in the file).
	Home string `toml:"-"`

	Node      NodeConfig      `toml:"node"`
	Log       LogConfig       `toml:"log"`
	RPC       RPCConfig       `toml:"rpc" comment:"JSON-RPC 2.0 over HTTP and WebSocket, plus /metrics and /health, on one listener."`
	P2P       P2PConfig       `toml:"p2p" comment:"libp2p transaction gossip (GossipSub)."`
	Consensus ConsensusConfig `toml:"consensus" comment:"CometBFT, running in-process. Timeouts are tuned for a low-latency local network."`
	Mempool   MempoolConfig   `toml:"mempool"`
	Ledger    LedgerConfig    `toml:"ledger"`
	L1        L1Config        `toml:"l1" comment:"Ethereum L1: used when the genesis has L1 parameters (a rollup chain)."`
	Prover    ProverConfig    `toml:"prover" comment:"The in-node proving service (one Groth16 proof per batch)."`
}

// L1Config connects the node to Ethereum L1. The contract addresses and
// consensus parameters come from the genesis (app_state.l1).
type L1Config struct {
	RPC                string   `toml:"rpc" comment:"L1 JSON-RPC endpoint (http://, ws://)."`
	Confirmations      int      `toml:"confirmations" comment:"Blocks an L1 block must be buried under before the node takes its events (0-2 on devnets). Proposals reference blocks at least the genesis ref_depth deep."`
	Finalized          bool     `toml:"finalized" comment:"Take L1 events only from finalized blocks (real networks: an L1 reorg can then never drop a deposit the L2 applied). Overrides confirmations."`
	PollInterval       Duration `toml:"poll_interval" comment:"Pause between polls of the L1 head."`
	TxKeyFile          string   `toml:"tx_key_file" comment:"File holding the hex secp256k1 key of the L1 account that pays this node's L1 transactions (relative to the home directory). Empty: the consensus key's address pays."`
	PostBatches        bool     `toml:"post_batches" comment:"Post certified batches to L1 (commitBatch): first when designated, after poster_fallback otherwise."`
	PosterFallback     Duration `toml:"poster_fallback" comment:"Post a batch the designated poster has not posted this long after its certificate."`
	CommitsPerTx       int      `toml:"commits_per_tx" comment:"Most certified batches one L1 transaction commits: when the batches after the next one are certified too (a backlog behind L1), they go out together in commitBatches (about 51,000 gas less per extra batch; ADR 026). 1: each batch alone."`
	CommitGather       Duration `toml:"commit_gather" comment:"How long a due batch waits for the next certified batches to share its commit transaction (0: post at once; below poster_fallback). Trades L1 commit latency for L1 gas."`
	SubmitProofs       bool     `toml:"submit_proofs" comment:"Submit this node's proofs to L1 (proveBatch)."`
	ProofsPerTx        int      `toml:"proofs_per_tx" comment:"Most batches one L1 transaction finalizes: consecutive batches whose proofs are at hand go out together in proveBatches, checked in one pairing check (about 68,000 gas per extra batch instead of 259,000; ADR 025). 1: each proof alone."`
	ProofGather        Duration `toml:"proof_gather" comment:"How long ready proofs wait for the next committed batches' proofs to share their transaction (0: send at once). Trades proof latency for L1 gas."`
	ReportEquivocation bool     `toml:"report_equivocation" comment:"Send slashing evidence to the Slasher: two attestations of one batch by one key, and CometBFT double votes (DuplicateVoteEvidence in committed blocks)."`
	// Spending limits of the L1 transaction manager, in gwei.
	MaxFeeGwei          uint64 `toml:"max_fee_gwei" comment:"Highest fee cap per gas any L1 transaction offers, in gwei: none is sent while L1 needs more, none is bumped above it."`
	MaxTipGwei          uint64 `toml:"max_tip_gwei" comment:"Highest priority fee per gas any L1 transaction offers, in gwei, whatever the L1 RPC suggests (<= max_fee_gwei)."`
	MaxSpendPerHourGwei uint64 `toml:"max_spend_per_hour_gwei" comment:"Most fees, in gwei, this node's L1 transactions may commit to in any rolling hour (worst case while pending, what they paid once mined); beyond it the node waits."`
}

// ProverConfig configures the in-node proving service.
type ProverConfig struct {
	Enabled  bool   `toml:"enabled" comment:"Prove this node's closed batches."`
	KeysDir  string `toml:"keys_dir" comment:"Proving keys of the batch circuit (relative to the home directory)."`
	DevSetup bool   `toml:"dev_setup" comment:"Create INSECURE deterministic dev keys when keys_dir has none (devnets only)."`
	Workers  int    `toml:"workers" comment:"Batches proven at once; 0: none here, remote provers only (needs api_listen; the node keeps just the verifying key)."`
	// The prover API: remote `mycel prover` processes claim batches and
	// hand in proofs, which the node verifies before it takes them.
	APIListen        string `toml:"api_listen" comment:"host:port of the prover API for remote provers (JWT-authenticated, its own listener); empty: no remote provers."`
	APIJWTSecretFile string `toml:"api_jwt_secret_file" comment:"File with the prover API's 32-byte hex JWT secret (relative to the home directory; created, mode 600, if missing). Give a copy to each remote prover (mycel prover --jwt-secret)."`
	MaxRemoteClaims  int    `toml:"max_remote_claims" comment:"Batches remote provers may hold claimed at once (each claim costs the node the batch's Merkle witnesses)."`
}

// NodeConfig names the node.
type NodeConfig struct {
	Moniker string `toml:"moniker" comment:"Human-readable node name, shown to peers and in logs."`
}

// LogConfig configures logging.
type LogConfig struct {
	Level  string `toml:"level" comment:"debug, info, warn or error."`
	Format string `toml:"format" comment:"text or json."`
}

// RPCConfig configures the JSON-RPC server.
type RPCConfig struct {
	Listen       string `toml:"listen" comment:"host:port of the JSON-RPC, /metrics and /health listener; empty disables it."`
	MaxBodyBytes int    `toml:"max_body_bytes" comment:"Largest accepted request body."`
	Pprof        bool   `toml:"pprof" comment:"Serve Go's /debug/pprof/ profiles on the RPC listener (keep it off on a public listener)."`
	// Browser and resource limits, after go-ethereum's node defaults.
	CORSOrigins             []string `toml:"cors_origins" comment:"Origins browsers may call the HTTP JSON-RPC from (\"*\": any); empty: none."`
	VHosts                  []string `toml:"vhosts" comment:"Host names accepted in the Host header (\"*\": any); IP addresses are always accepted. Guards against DNS rebinding."`
	WSOrigins               []string `toml:"ws_origins" comment:"Origins browsers may open WebSockets from (\"*\": any); empty: localhost only. Clients that send no Origin are not browsers and are accepted."`
	BatchLimit              int      `toml:"batch_limit" comment:"Calls in one JSON-RPC batch, at most."`
	BatchResponseMaxBytes   int      `toml:"batch_response_max_bytes" comment:"Bytes of one batch's responses, at most."`
	WSMaxMessageBytes       int      `toml:"ws_max_message_bytes" comment:"Largest WebSocket message accepted."`
	MaxSubscriptions        int      `toml:"max_subscriptions" comment:"Subscriptions open on the node at once, over all connections."`
	MaxSubscriptionsPerConn int      `toml:"max_subscriptions_per_conn" comment:"Subscriptions open on one connection at once."`
	ReadTimeout             Duration `toml:"read_timeout" comment:"Time to read a whole request (a slow client loses its connection)."`
	WriteTimeout            Duration `toml:"write_timeout" comment:"Time to write a response."`
	IdleTimeout             Duration `toml:"idle_timeout" comment:"How long an idle keep-alive connection is kept."`
	// Request rate: one client must not take every CPU.
	RequestsPerSecond int  `toml:"requests_per_second" comment:"Requests one client may make per second, sustained: per WebSocket connection, per IP address over HTTP (an IPv6 client's /64); each call of a batch counts. Over it: HTTP 429 with Retry-After, or error -32005 for each call on a WebSocket (which stays open). 0: unlimited."`
	RequestBurst      int  `toml:"request_burst" comment:"Requests a client may make at once beyond requests_per_second (at least rpc.batch_limit, so that a full batch can pass)."`
	LoopbackUnlimited bool `toml:"loopback_unlimited" comment:"Exempt clients on this host (127.0.0.1, ::1) from the request rate. Off by default: a local web page or process can be hostile too; behind a reverse proxy on this host every client looks local, so keep it off there."`
}

// P2PConfig configures the libp2p host.
type P2PConfig struct {
	Listen         []string `toml:"listen" comment:"libp2p listen multiaddrs (TCP and QUIC)."`
	Bootstrap      []string `toml:"bootstrap" comment:"Peers to connect to at start, as full multiaddrs ending in /p2p/<peer id>."`
	MaxMessageSize int      `toml:"max_message_size" comment:"Largest gossip message in bytes; larger ones are rejected."`
	ConnLow        int      `toml:"conn_low" comment:"Connection manager low watermark."`
	ConnHigh       int      `toml:"conn_high" comment:"Connection manager high watermark."`
}

// ConsensusConfig carries the CometBFT settings mycel exposes.
type ConsensusConfig struct {
	Listen          string `toml:"listen" comment:"CometBFT p2p listen address (consensus messages)."`
	PersistentPeers string `toml:"persistent_peers" comment:"Comma-separated <node id>@<host>:<port> CometBFT peers."`
	// Inbound slots: a stranger must not be able to fill them and keep the
	// validators from reaching each other.
	UnconditionalPeerIDs string   `toml:"unconditional_peer_ids" comment:"Comma-separated CometBFT node ids always accepted, even when the inbound or outbound slots are full: the other validators. The persistent peers are always added."`
	MaxInboundPeers      int      `toml:"max_inbound_peers" comment:"Inbound CometBFT connections, at most (unconditional peers not counted)."`
	MaxOutboundPeers     int      `toml:"max_outbound_peers" comment:"Outbound CometBFT connections, at most (unconditional peers not counted)."`
	AllowDuplicateIP     bool     `toml:"allow_duplicate_ip" comment:"Accept several CometBFT peers from one IP address (local testnets, where every node is on 127.0.0.1); off, one host cannot take many inbound slots."`
	CometRPCListen       string   `toml:"comet_rpc_listen" comment:"CometBFT's own RPC (debugging); empty disables it."`
	TimeoutPropose       Duration `toml:"timeout_propose" comment:"How long to wait for a proposal before prevoting nil."`
	TimeoutVote          Duration `toml:"timeout_vote" comment:"Prevote and precommit timeouts after +2/3 any."`
	TimeoutCommit        Duration `toml:"timeout_commit" comment:"Pause after a commit before the next height. The app owns the mempool (CometBFT's is \"nop\"), so CometBFT cannot wait for transactions: a block, possibly empty, follows every timeout_commit."`
	MaxBlockTxs          int      `toml:"max_block_txs" comment:"Transactions per block, at most."`
	MaxBlockBytes        int      `toml:"max_block_bytes" comment:"Transaction bytes per block, at most."`
}

// MempoolConfig configures the app-side pool.
type MempoolConfig struct {
	MaxTxs             int      `toml:"max_txs" comment:"Transactions held, at most."`
	MaxBytes           int      `toml:"max_bytes" comment:"Bytes held, at most."`
	MaxTxsPerAccount   int      `toml:"max_txs_per_account"`
	MaxBytesPerAccount int      `toml:"max_bytes_per_account"`
	TTL                Duration `toml:"ttl" comment:"Drop transactions not included within this time."`
	PriceBumpPercent   int      `toml:"price_bump_percent" comment:"A replacement (same sender and nonce) must raise the fee by this percentage."`
	MinFee             uint64   `toml:"min_fee" comment:"Fee floor in gwei."`
	SigCacheSize       int      `toml:"sig_cache_size" comment:"Verified signatures remembered, so blocks do not verify them again."`
	// Queued (future-nonce) transactions execute only once the gap before
	// them closes: they are bounded apart so they cannot fill the pool.
	MaxQueuedTxs              int `toml:"max_queued_txs" comment:"Queued (future-nonce) transactions held, at most (of max_txs); 0: a quarter of max_txs."`
	MaxQueuedTxsPerAccount    int `toml:"max_queued_txs_per_account" comment:"Queued transactions one sender may hold, at most (of max_txs_per_account); 0: a quarter of it."`
	RefusedSigChecksPerSecond int `toml:"refused_sig_checks_per_second" comment:"Transactions the pool refuses (full, underpriced, over a limit) whose signature is still checked each second, so that a peer gossiping forged ones is caught and penalised."`
}

// LedgerConfig configures the state store.
type LedgerConfig struct {
	CacheMB int `toml:"cache_mb" comment:"pebble block cache in MiB."`
}

// DefaultConfig returns the defaults for a node at home.
func DefaultConfig(home string) *Config {
	return &Config{
		Home: home,
		Node: NodeConfig{Moniker: "mycel"},
		Log:  LogConfig{Level: "info", Format: "text"},
		RPC: RPCConfig{Listen: "127.0.0.1:8645", MaxBodyBytes: 1 << 20, VHosts: []string{"localhost"},
			BatchLimit: 100, BatchResponseMaxBytes: 25 << 20, WSMaxMessageBytes: 1 << 20,
			MaxSubscriptions: 1000, MaxSubscriptionsPerConn: 16, RequestsPerSecond: 100, RequestBurst: 200,
			ReadTimeout: Duration(30 * time.Second), WriteTimeout: Duration(30 * time.Second), IdleTimeout: Duration(120 * time.Second)},
		P2P: P2PConfig{
			Listen:         []string{"/ip4/127.0.0.1/tcp/4001", "/ip4/127.0.0.1/udp/4001/quic-v1"},
			MaxMessageSize: 4 << 10,
			ConnLow:        32, ConnHigh: 96,
		},
		Consensus: ConsensusConfig{
			Listen:           "tcp://127.0.0.1:26656",
			MaxInboundPeers:  40,
			MaxOutboundPeers: 10,
			TimeoutPropose:   Duration(400 * time.Millisecond),
			TimeoutVote:      Duration(200 * time.Millisecond),
			TimeoutCommit:    Duration(100 * time.Millisecond),
			MaxBlockTxs:      5000,
			MaxBlockBytes:    1 << 20,
		},
		Mempool: MempoolConfig{
			MaxTxs: 50_000, MaxBytes: 16 << 20, MaxTxsPerAccount: 64, MaxBytesPerAccount: 64 * 128,
			TTL: Duration(10 * time.Minute), PriceBumpPercent: 10, MinFee: 1, SigCacheSize: 200_000,
			RefusedSigChecksPerSecond: 100,
		},
		Ledger: LedgerConfig{CacheMB: 128},
		L1: L1Config{
			RPC: "http://127.0.0.1:8545", Confirmations: 1, PollInterval: Duration(500 * time.Millisecond),
			PostBatches: true, PosterFallback: Duration(20 * time.Second), SubmitProofs: true, ReportEquivocation: true,
			ProofsPerTx: l1.DefaultProofSubmitterConfig().MaxBatchesPerTx, CommitsPerTx: l1.DefaultPosterConfig().MaxBatchesPerTx,
			MaxFeeGwei: l1.DefaultMaxFeeGwei, MaxTipGwei: l1.DefaultMaxTipGwei, MaxSpendPerHourGwei: l1.DefaultMaxSpendPerHourGwei,
		},
		Prover: ProverConfig{KeysDir: "prover-keys", Workers: 1, APIJWTSecretFile: "prover_api_jwt.hex", MaxRemoteClaims: 4},
	}
}

// Validate checks every section; the error names section.key.
func (c *Config) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("config %s: %s", key, fmt.Sprintf(format, args...)))
	}
	if c.Node.Moniker == "" {
		bad("node.moniker", "must not be empty")
	}
	switch c.Log.Level {
	case "debug", "info", "warn", "error":
	default:
		bad("log.level", "%q is not one of debug, info, warn, error", c.Log.Level)
	}
	if c.Log.Format != "text" && c.Log.Format != "json" {
		bad("log.format", "%q is not text or json", c.Log.Format)
	}
	if c.RPC.Listen != "" {
		if err := hostPort(c.RPC.Listen); err != nil {
			bad("rpc.listen", "%q is not host:port: %v", c.RPC.Listen, err)
		}
	}
	if c.RPC.MaxBodyBytes < 1024 {
		bad("rpc.max_body_bytes", "%d is below 1024", c.RPC.MaxBodyBytes)
	}
	if c.RPC.BatchLimit < 1 {
		bad("rpc.batch_limit", "must be at least 1")
	}
	if c.RPC.BatchResponseMaxBytes < 1024 {
		bad("rpc.batch_response_max_bytes", "%d is below 1024", c.RPC.BatchResponseMaxBytes)
	}
	if c.RPC.WSMaxMessageBytes < 1024 {
		bad("rpc.ws_max_message_bytes", "%d is below 1024", c.RPC.WSMaxMessageBytes)
	}
	if c.RPC.MaxSubscriptions < 1 {
		bad("rpc.max_subscriptions", "must be at least 1")
	}
	if c.RPC.MaxSubscriptionsPerConn < 1 || c.RPC.MaxSubscriptionsPerConn > c.RPC.MaxSubscriptions {
		bad("rpc.max_subscriptions_per_conn", "must be between 1 and rpc.max_subscriptions")
	}
	if c.RPC.RequestsPerSecond < 0 {
		bad("rpc.requests_per_second", "must not be negative (0: unlimited)")
	}
	if c.RPC.RequestsPerSecond > 0 && c.RPC.RequestBurst < c.RPC.BatchLimit {
		bad("rpc.request_burst", "%d is below rpc.batch_limit %d: a full batch could never be served", c.RPC.RequestBurst, c.RPC.BatchLimit)
	}
	for _, t := range []struct {
		key string
		d   Duration
	}{{"rpc.read_timeout", c.RPC.ReadTimeout}, {"rpc.write_timeout", c.RPC.WriteTimeout}, {"rpc.idle_timeout", c.RPC.IdleTimeout}} {
		if t.d < Duration(time.Second) {
			bad(t.key, "%v is below 1s", t.d.Std())
		}
	}
	if len(c.P2P.Listen) == 0 {
		bad("p2p.listen", "needs at least one address")
	}
	for _, a := range c.P2P.Listen {
		if _, err := multiaddr.NewMultiaddr(a); err != nil {
			bad("p2p.listen", "%q is not a multiaddr: %v", a, err)
		}
	}
	for _, a := range c.P2P.Bootstrap {
		m, err := multiaddr.NewMultiaddr(a)
		if err != nil {
			bad("p2p.bootstrap", "%q is not a multiaddr: %v", a, err)
			continue
		}
		if _, err := m.ValueForProtocol(multiaddr.P_P2P); err != nil {
			bad("p2p.bootstrap", "%q does not end in /p2p/<peer id>", a)
		}
	}
	if c.P2P.MaxMessageSize < 256 {
		bad("p2p.max_message_size", "%d is below 256", c.P2P.MaxMessageSize)
	}
	if c.P2P.ConnLow < 1 {
		bad("p2p.conn_low", "must be at least 1")
	} else if c.P2P.ConnHigh < c.P2P.ConnLow {
		bad("p2p.conn_high", "watermarks must satisfy 1 <= conn_low (%d) <= conn_high (%d)", c.P2P.ConnLow, c.P2P.ConnHigh)
	}
	// CometBFT refuses these too, but without naming the key.
	if a, ok := strings.CutPrefix(c.Consensus.Listen, "tcp://"); !ok {
		bad("consensus.listen", "%q must be tcp://host:port", c.Consensus.Listen)
	} else if err := hostPort(a); err != nil {
		bad("consensus.listen", "%q must be tcp://host:port: %v", c.Consensus.Listen, err)
	}
	for _, p := range strings.Split(c.Consensus.PersistentPeers, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		id, addr, ok := strings.Cut(strings.TrimPrefix(p, "tcp://"), "@")
		if raw, err := hex.DecodeString(id); !ok || err != nil || len(raw) != 20 {
			bad("consensus.persistent_peers", "%q is not <node id>@host:port (a node id is 40 hex digits)", p)
		} else if err := hostPort(addr); err != nil {
			bad("consensus.persistent_peers", "%q is not <node id>@host:port: %v", p, err)
		}
	}
	for _, id := range strings.Split(c.Consensus.UnconditionalPeerIDs, ",") {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		if raw, err := hex.DecodeString(id); err != nil || len(raw) != 20 {
			bad("consensus.unconditional_peer_ids", "%q is not a node id (40 hex digits)", id)
		}
	}
	if c.Consensus.MaxInboundPeers < 0 {
		bad("consensus.max_inbound_peers", "must not be negative")
	}
	if c.Consensus.MaxOutboundPeers < 0 {
		bad("consensus.max_outbound_peers", "must not be negative")
	}
	if a := c.Consensus.CometRPCListen; a != "" && !strings.HasPrefix(a, "tcp://") && !strings.HasPrefix(a, "unix://") {
		bad("consensus.comet_rpc_listen", "%q must be tcp://host:port or unix://path", a)
	}
	for name, d := range map[string]Duration{"timeout_propose": c.Consensus.TimeoutPropose, "timeout_vote": c.Consensus.TimeoutVote} {
		if d <= 0 {
			bad("consensus."+name, "must be positive")
		}
	}
	if c.Consensus.TimeoutCommit < 0 {
		bad("consensus.timeout_commit", "must not be negative")
	}
	if c.Consensus.MaxBlockTxs < 1 {
		bad("consensus.max_block_txs", "must be at least 1")
	}
	if c.Consensus.MaxBlockBytes < 1024 {
		bad("consensus.max_block_bytes", "%d is below 1024", c.Consensus.MaxBlockBytes)
	}
	if c.L1.Confirmations < 0 {
		bad("l1.confirmations", "must not be negative")
	}
	if c.L1.PollInterval <= 0 {
		bad("l1.poll_interval", "must be positive")
	}
	if c.L1.PosterFallback <= 0 {
		bad("l1.poster_fallback", "must be positive")
	}
	if c.L1.CommitsPerTx < 1 || c.L1.CommitsPerTx > l1.MaxCommitsPerTx {
		bad("l1.commits_per_tx", "%d is outside 1..%d", c.L1.CommitsPerTx, l1.MaxCommitsPerTx)
	}
	if c.L1.CommitGather < 0 {
		bad("l1.commit_gather", "must not be negative")
	} else if c.L1.CommitGather > 0 && c.L1.CommitGather >= c.L1.PosterFallback {
		bad("l1.commit_gather", "%v must be below l1.poster_fallback (%v): the fallback posters would post while the designated poster gathers", c.L1.CommitGather, c.L1.PosterFallback)
	}
	if c.L1.ProofsPerTx < 1 || c.L1.ProofsPerTx > l1.MaxProofsPerTx {
		bad("l1.proofs_per_tx", "%d is outside 1..%d", c.L1.ProofsPerTx, l1.MaxProofsPerTx)
	}
	if c.L1.ProofGather < 0 {
		bad("l1.proof_gather", "must not be negative")
	}
	if c.L1.MaxFeeGwei == 0 {
		bad("l1.max_fee_gwei", "must be positive")
	}
	if c.L1.MaxTipGwei == 0 {
		bad("l1.max_tip_gwei", "must be positive")
	} else if c.L1.MaxTipGwei > c.L1.MaxFeeGwei {
		bad("l1.max_tip_gwei", "%d is above l1.max_fee_gwei %d", c.L1.MaxTipGwei, c.L1.MaxFeeGwei)
	}
	if c.L1.MaxSpendPerHourGwei == 0 {
		bad("l1.max_spend_per_hour_gwei", "must be positive")
	}
	if c.Prover.Workers < 0 || (c.Prover.Workers == 0 && c.Prover.APIListen == "") {
		bad("prover.workers", "must be at least 1, or 0 with prover.api_listen (remote provers only)")
	}
	if c.Prover.APIListen != "" {
		if err := hostPort(c.Prover.APIListen); err != nil {
			bad("prover.api_listen", "%q is not host:port: %v", c.Prover.APIListen, err)
		}
		if !c.Prover.Enabled {
			bad("prover.api_listen", "needs prover.enabled (the node verifies remote proofs with its keys)")
		}
	}
	if c.Prover.APIJWTSecretFile == "" {
		bad("prover.api_jwt_secret_file", "must not be empty")
	}
	if c.Prover.MaxRemoteClaims < 1 {
		bad("prover.max_remote_claims", "must be at least 1")
	}
	if c.Mempool.MaxTxs < 1 {
		bad("mempool.max_txs", "must be at least 1")
	}
	if c.Mempool.MaxBytes < 1024 {
		bad("mempool.max_bytes", "%d is below 1024", c.Mempool.MaxBytes)
	}
	if c.Mempool.MaxTxsPerAccount < 1 {
		bad("mempool.max_txs_per_account", "must be at least 1")
	}
	if c.Mempool.MaxBytesPerAccount < 256 {
		bad("mempool.max_bytes_per_account", "%d is below 256", c.Mempool.MaxBytesPerAccount)
	}
	if c.Mempool.TTL <= 0 {
		bad("mempool.ttl", "must be positive")
	}
	if c.Mempool.PriceBumpPercent < 1 {
		bad("mempool.price_bump_percent", "must be at least 1")
	}
	if c.Mempool.SigCacheSize < 1 {
		bad("mempool.sig_cache_size", "must be at least 1")
	}
	if c.Mempool.MaxQueuedTxs < 0 || c.Mempool.MaxQueuedTxs > c.Mempool.MaxTxs {
		bad("mempool.max_queued_txs", "must be between 0 (a quarter of mempool.max_txs) and mempool.max_txs")
	}
	if c.Mempool.MaxQueuedTxsPerAccount < 0 || c.Mempool.MaxQueuedTxsPerAccount > c.Mempool.MaxTxsPerAccount {
		bad("mempool.max_queued_txs_per_account", "must be between 0 (a quarter of mempool.max_txs_per_account) and mempool.max_txs_per_account")
	}
	if c.Mempool.RefusedSigChecksPerSecond < 1 {
		bad("mempool.refused_sig_checks_per_second", "must be at least 1")
	}
	if c.Ledger.CacheMB < 8 {
		bad("ledger.cache_mb", "%d is below 8", c.Ledger.CacheMB)
	}
	return errors.Join(errs...)
}

// hostPort checks a host:port address with a numeric port.
func hostPort(s string) error {
	_, port, err := net.SplitHostPort(s)
	if err != nil {
		return err
	}
	if _, err := strconv.ParseUint(port, 10, 16); err != nil {
		return fmt.Errorf("port %q is not a number in 0-65535", port)
	}
	return nil
}

// File layout of a home directory (CometBFT's layout, plus mycel's files).
const (
	ConfigFile  = "config/config.toml"
	GenesisFile = "config/genesis.json"
	P2PKeyFile  = "config/p2p_key"
	// BLSKeyFile holds the validator's BLS secret key (hex, 0600; ADR
	// 031): `mycel init` creates it, and so does the first start of a home
	// without one.
	BLSKeyFile = "config/bls_key"
	LedgerDir  = "data/ledger"
	IndexDir   = "data/txindex"
)

// Path returns a file of the home directory.
func (c *Config) Path(rel string) string { return filepath.Join(c.Home, rel) }

const configHeader = `# mycel node configuration.
# Every key can be overridden by an environment variable MYCEL_<SECTION>_<KEY>
# (for example MYCEL_RPC_LISTEN=127.0.0.1:9000) and by the flag
# --set section.key=value. "mycel config show" prints the effective values.
# Lists in environment variables and --set are comma-separated.

`

// Write writes the commented config file.
func (c *Config) Write() error {
	var buf bytes.Buffer
	buf.WriteString(configHeader)
	enc := toml.NewEncoder(&buf)
	enc.SetIndentTables(false)
	if err := enc.Encode(c); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(c.Path(ConfigFile)), 0o755); err != nil {
		return err
	}
	// An L1 endpoint with credentials (a user:password, or an API key in its
	// path or query, as hosted providers issue them) makes the file a secret.
	mode := os.FileMode(0o644)
	if urlHasSecret(c.L1.RPC) {
		mode = 0o600
	}
	if err := os.WriteFile(c.Path(ConfigFile), buf.Bytes(), mode); err != nil {
		return err
	}
	return os.Chmod(c.Path(ConfigFile), mode) // WriteFile keeps an existing file's mode
}

// urlHasSecret reports whether an endpoint URL may carry credentials: user
// info, a path beyond "/", or a query. Unparseable URLs count as secret.
func urlHasSecret(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return true
	}
	return u.User != nil || strings.Trim(u.Path, "/") != "" || u.RawQuery != ""
}

// RedactURL is raw without what may be a credential (user info, path,
// query), for logs and errors: http://user:key@host/v3/KEY -> http://host/...
func RedactURL(raw string) string {
	if !urlHasSecret(raw) {
		return raw
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return "<redacted url>"
	}
	return u.Scheme + "://" + u.Host + "/..."
}

// TOML returns the config as TOML (for "config show").
func (c *Config) TOML() (string, error) {
	b, err := toml.Marshal(c)
	return string(b), err
}

// LoadConfig reads home/config/config.toml over the defaults, then applies
// MYCEL_* environment overrides and the --set overrides, then validates.
// Unknown keys in the file are errors (a typo must not be ignored).
func LoadConfig(home string, env []string, sets []string) (*Config, error) {
	c := DefaultConfig(home)
	raw, err := os.ReadFile(c.Path(ConfigFile))
	if err != nil {
		return nil, fmt.Errorf("read config: %w (run `mycel init --home %s` first)", err, home)
	}
	dec := toml.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(c); err != nil {
		var sme *toml.StrictMissingError
		if errors.As(err, &sme) {
			return nil, fmt.Errorf("config %s: %s", c.Path(ConfigFile), sme.String())
		}
		if key := undecodableKey(raw); key != "" {
			return nil, fmt.Errorf("config %s: %s: %w", c.Path(ConfigFile), key, err)
		}
		return nil, fmt.Errorf("config %s: %w", c.Path(ConfigFile), err)
	}
	c.Home = home
	for _, kv := range env {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || !strings.HasPrefix(k, "MYCEL_") || k == "MYCEL_HOME" {
			continue
		}
		key := strings.ToLower(strings.TrimPrefix(k, "MYCEL_"))
		if err := c.setEnv(key, v); err != nil {
			return nil, fmt.Errorf("environment %s: %w", k, err)
		}
	}
	for _, s := range sets {
		k, v, ok := strings.Cut(s, "=")
		if !ok {
			return nil, fmt.Errorf("--set %q: want section.key=value", s)
		}
		if err := c.Set(k, v); err != nil {
			return nil, fmt.Errorf("--set %s: %w", k, err)
		}
	}
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return c, nil
}

// undecodableKey returns the first section.key of a config file whose
// value does not decode into its field: go-toml's type errors ("time:
// invalid duration", "float cannot be assigned to int") name no key. It
// returns "" for a file that is not TOML at all (go-toml names the line).
func undecodableKey(raw []byte) string {
	var doc map[string]any
	if toml.Unmarshal(raw, &doc) != nil {
		return ""
	}
	var keys []string
	for sec, v := range doc {
		if kv, ok := v.(map[string]any); ok {
			for k := range kv {
				keys = append(keys, sec+"."+k)
			}
		}
	}
	sort.Strings(keys)
	for _, key := range keys {
		sec, k, _ := strings.Cut(key, ".")
		one, err := toml.Marshal(map[string]any{sec: map[string]any{k: doc[sec].(map[string]any)[k]}})
		if err != nil || toml.Unmarshal(one, DefaultConfig("")) != nil {
			return key
		}
	}
	return ""
}

// field finds the settable field for "section.key".
func (c *Config) field(key string) (reflect.Value, bool) {
	sec, name, ok := strings.Cut(key, ".")
	if !ok {
		return reflect.Value{}, false
	}
	v := reflect.ValueOf(c).Elem()
	for i := range v.NumField() {
		if tomlName(v.Type().Field(i)) != sec {
			continue
		}
		s := v.Field(i)
		for j := range s.NumField() {
			if tomlName(s.Type().Field(j)) == name {
				return s.Field(j), true
			}
		}
	}
	return reflect.Value{}, false
}

func tomlName(f reflect.StructField) string {
	n, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	return n
}

// setEnv maps section_key (env form) to section.key: the section is the
// first underscore-separated word. Variables whose first word is not a
// config section (MYCEL_PROVE and other tools' knobs) are not config and are
// ignored; a typo inside a section (MYCEL_RPC_LISTN) is an error.
func (c *Config) setEnv(key, val string) error {
	sec, name, _ := strings.Cut(key, "_")
	if !c.hasSection(sec) {
		return nil
	}
	return c.Set(sec+"."+name, val)
}

func (c *Config) hasSection(sec string) bool {
	t := reflect.TypeOf(*c)
	for i := range t.NumField() {
		if tomlName(t.Field(i)) == sec {
			return true
		}
	}
	return false
}

// Set sets one key from its string form.
func (c *Config) Set(key, val string) error {
	f, ok := c.field(key)
	if !ok {
		return fmt.Errorf("no config key %q", key)
	}
	switch f.Interface().(type) {
	case Duration:
		d, err := time.ParseDuration(val)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		f.Set(reflect.ValueOf(Duration(d)))
		return nil
	case []string:
		var parts []string
		for _, p := range strings.Split(val, ",") {
			if p = strings.TrimSpace(p); p != "" {
				parts = append(parts, p)
			}
		}
		f.Set(reflect.ValueOf(parts))
		return nil
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(val)
	case reflect.Bool:
		b, err := strconv.ParseBool(val)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		f.SetBool(b)
	case reflect.Int:
		n, err := strconv.Atoi(val)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		f.SetInt(int64(n))
	case reflect.Uint64:
		n, err := strconv.ParseUint(val, 10, 64)
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		f.SetUint(n)
	default:
		return fmt.Errorf("%s: unsupported type %s", key, f.Type())
	}
	return nil
}
