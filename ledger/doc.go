// Package ledger is mycel's L2 state machine: the payments rollup that the
// sequencer orders, the prover proves and the L1 contracts settle.
//
// It holds the transaction types and their canonical encoding (tx.go), the
// user signature scheme (EdDSA on the BN254 twisted Edwards curve over a
// Poseidon2 message hash, keys.go) and the escape-hatch exit message a key
// signs for the L1 Rollup (exit.go), the account leaf and the fixed-depth sparse
// Merkle tree over Poseidon2 (hash.go, tree.go), block execution with typed
// errors (exec.go) and the crash-safe pebble store (store.go).
//
// Every byte format and hash here is specified in docs/protocol.md and pinned
// by the golden vectors in testdata/ledger; the circuit in prover/ and the L1
// contracts must agree with them bit for bit.
//
// What this package must not do: talk to the network, know about CometBFT or
// L1, or keep any state outside the Store. It is deterministic: the same
// genesis and the same blocks give the same roots on every machine.
package ledger
