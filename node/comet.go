package node

import (
	"strings"

	cmtcfg "github.com/cometbft/cometbft/config"

	"github.com/mycel-network/mycel/consensus"
)

// unconditionalPeers is the configured unconditional ids plus the ids of
// the persistent peers (deduplicated, in order).
func unconditionalPeers(persistent, extra string) string {
	var ids []string
	seen := map[string]bool{}
	add := func(id string) {
		if id = strings.ToLower(strings.TrimSpace(id)); id != "" && !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, p := range strings.Split(persistent, ",") {
		id, _, _ := strings.Cut(strings.TrimPrefix(strings.TrimSpace(p), "tcp://"), "@")
		add(id)
	}
	for _, id := range strings.Split(extra, ",") {
		add(id)
	}
	return strings.Join(ids, ",")
}

// CometConfig derives CometBFT's configuration from the [consensus]
// section. Fixed choices: the app owns the mempool (mempool.type = "nop"),
// state is on pebble, CometBFT's tx indexer is off (mycel indexes receipts
// itself), and a block follows every timeout_commit.
func (c *Config) CometConfig() *cmtcfg.Config {
	cc := cmtcfg.DefaultConfig()
	cc.SetRoot(c.Home)
	cc.Moniker = c.Node.Moniker
	cc.DBBackend = "pebbledb"
	cc.LogLevel = c.Log.Level
	cc.P2P.ListenAddress = c.Consensus.Listen
	cc.P2P.PersistentPeers = c.Consensus.PersistentPeers
	cc.P2P.UnconditionalPeerIDs = unconditionalPeers(c.Consensus.PersistentPeers, c.Consensus.UnconditionalPeerIDs)
	cc.P2P.MaxNumInboundPeers = c.Consensus.MaxInboundPeers
	cc.P2P.MaxNumOutboundPeers = c.Consensus.MaxOutboundPeers
	cc.P2P.AllowDuplicateIP = c.Consensus.AllowDuplicateIP
	cc.P2P.AddrBookStrict = false
	cc.P2P.PexReactor = false
	cc.P2P.FlushThrottleTimeout = 10e6 // 10ms: send votes promptly on a LAN
	// The consensus reactor's per-peer maj23 routine reads the block store
	// up to three of these sleeps after it last checked that it runs; a
	// short sleep lets Stop wait it out before the stores close
	// (consensus.Comet.Stop).
	cc.Consensus.PeerQueryMaj23SleepDuration = consensus.PeerQueryMaj23Sleep
	cc.P2P.SendRate = 20 << 20
	cc.P2P.RecvRate = 20 << 20
	cc.RPC.ListenAddress = c.Consensus.CometRPCListen
	cc.Mempool.Type = cmtcfg.MempoolTypeNop
	cc.Consensus.TimeoutPropose = c.Consensus.TimeoutPropose.Std()
	cc.Consensus.TimeoutPrevote = c.Consensus.TimeoutVote.Std()
	cc.Consensus.TimeoutPrecommit = c.Consensus.TimeoutVote.Std()
	cc.Consensus.TimeoutCommit = c.Consensus.TimeoutCommit.Std()
	cc.Consensus.CreateEmptyBlocks = true
	cc.Consensus.CreateEmptyBlocksInterval = 0
	cc.Consensus.PeerGossipSleepDuration = 10e6 // 10ms
	cc.TxIndex.Indexer = "null"
	cc.Instrumentation.Prometheus = false
	return cc
}
