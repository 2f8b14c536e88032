// Package devnet is the embedded devnet: N validator nodes (4 by default)
// in one process with no Docker, started by `mycel devnet` and used by
// end-to-end tests.
//
// Today it runs the sequencer network alone: the validators, their JSON-RPC
// endpoints and funded test accounts. The L1 side (an in-process Ethereum dev
// chain with the contracts deployed, stake-driven validators, deposits,
// batches, proofs and withdrawals, and a prover) is added by the L1
// integration issue, through the same Run.
//
// What this package must not do: need Docker or network access beyond
// 127.0.0.1, or give the nodes it runs any shortcut the real node lacks: it
// wires the same node package that operators run. Production code must not
// import it.
package devnet
