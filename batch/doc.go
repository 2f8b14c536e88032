// Package batch is the rollup batch as every layer sees it: its header
// (docs/protocol.md section 8) with the public input and hashes the Rollup
// contract computes, the closed batch the L2 chain records with its
// certificate, and the payments its public data orders (section 7).
//
// consensus closes and certifies batches (Record), the prover proves them
// (Header.PublicInput), l1 posts and proves them on the Rollup, and node
// serves them over RPC: all with these types. Only the L1 edge (l1/,
// contracts/) converts a Header to the generated binding,
// bindings.BatchHeader(h), which has the same fields in the same order.
//
// It must not: depend on consensus, l1, node or prover, or on the
// generated bindings; hold any state.
package batch
