// Package prover proves batches: the gnark Groth16 circuits over BN254,
// witness building from the ledger's blocks, proving and verifying keys
// (cached on disk), the proving service that any node or a standalone
// `mycel prover` runs, and the Solidity verifier exported from the
// verifying key.
//
// What this package must not do: compute a hash, encoding or range check
// differently from the ledger (both are pinned by the golden vectors in
// testdata/), decide batch contents or boundaries (consensus does), or grow
// test circuits beyond what a 2-core machine proves in seconds.
//
// Status: not implemented yet; see the project's issues.
package prover
