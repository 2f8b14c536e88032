package node

import (
	cmtcfg "github.com/cometbft/cometbft/config"
)

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
	cc.P2P.AllowDuplicateIP = true
	cc.P2P.AddrBookStrict = false
	cc.P2P.PexReactor = false
	cc.P2P.FlushThrottleTimeout = 10e6 // 10ms: send votes promptly on a LAN
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
