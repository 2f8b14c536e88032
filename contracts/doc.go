// Package contracts holds the L1 side of mycel: the Solidity sources under
// src/ (StakingRegistry, AgentIdentityRegistry, ReputationRegistry, Rollup,
// Slasher, RewardPool, NodeBounty (the operator market), the Poseidon2 and
// EdDSA libraries and, for tests and
// devnets, a gnark-exported test verifier), their compiled artifacts under artifacts/,
// the committed abigen v2 bindings in contracts/bindings, a deploy helper
// (DeployAll) and the Go helpers other parts need to speak to the contracts:
// EIP-712 attestation digests and certificates, proofs of possession, the
// proof's public input, withdrawal Merkle proofs, deposit key hints, signed
// escape-hatch exits (SignExit), ERC-8004 agentWallet approvals
// (SignAgentWallet), CometBFT double-vote evidence for the Slasher
// (DoubleVoteFromEvidence, CometChainID) and revert decoding. docs/contracts.md
// describes the contracts, their parameters and gas figures; `make
// contracts` regenerates artifacts and bindings; `make gas` prints the gas
// table.
//
// What this package must not do: give any admin key a way to move user funds
// or skip the proof, pay an L2 account's funds anywhere its own key did not
// sign for, disagree with the ledger and prover on any byte format or
// signature rule (docs/protocol.md; the golden vectors in testdata/ apply
// here too), or let the committed artifacts, bindings and generated Solidity
// go stale: a test fails when they do.
package contracts
