// Package contracts holds the L1 side of mycel: the Solidity sources
// (StakingRegistry, Rollup, Slasher, RewardPool and the exported Groth16
// verifier), their compiled artifacts, the committed abigen v2 Go bindings,
// and Go tests that run them on go-ethereum's simulated backend.
//
// What this package must not do: give any admin key a way to move user funds
// or skip the proof, disagree with the ledger and prover on any byte format
// (the golden vectors in testdata/ apply here too), or let the committed
// bindings and verifier go stale: a test fails when they do.
//
// Status: not implemented yet; see the project's issues.
package contracts
