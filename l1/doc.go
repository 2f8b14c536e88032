// Package l1 is the Ethereum side of a node: the event watcher (deposits,
// staking), the batch poster, the proof submitter and the transaction manager
// that sends L1 transactions and sees them confirmed.
//
// What this package must not do: change L2 state or ordering. It reports what
// L1 says and submits what the node hands it; which L1 events apply in which
// L2 block is decided in consensus, deterministically, from the L1 reference
// each block carries.
//
// Status: not implemented yet; see the project's issues.
package l1
