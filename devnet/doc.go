// Package devnet is the embedded devnet: an in-process Ethereum dev chain with
// the contracts deployed, N validator nodes (4 by default) and a prover, all
// in one process with no Docker. `mycel devnet` and the end-to-end tests use
// it.
//
// What this package must not do: need Docker or network access, or give the
// nodes it runs any shortcut the real node lacks: it wires the same node
// package that operators run. Production code must not import it.
//
// Status: not implemented yet; see the project's issues.
package devnet
