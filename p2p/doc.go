// Package p2p is the libp2p side of a node: the host, peer discovery, the
// GossipSub topics that carry transactions between nodes, and GossipSub v1.1
// peer scoring.
//
// What this package must not do: judge transactions itself (validation is a
// function handed in by the mempool), know about ledger state or CometBFT, or
// trust a peer's claims without the scoring that bounds what a bad peer costs.
//
// Status: not implemented yet; see the project's issues.
package p2p
