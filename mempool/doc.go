// Package mempool is the app-side transaction pool: it admits transactions
// from JSON-RPC and gossip with the cheapest checks first (size, decode,
// signature, nonce, balance, fee), orders them by fee priority, enforces its
// limits, and rechecks what remains after each block.
//
// What this package must not do: execute or commit state (it reads the
// ledger's committed state to check), talk to the network (p2p gossips), or
// decide what goes into a block beyond handing consensus a priority order.
//
// Status: not implemented yet; see the project's issues.
package mempool
