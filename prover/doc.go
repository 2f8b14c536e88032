// Package prover proves batches: the gnark Groth16 circuit over BN254 for a
// batch of L2 transactions, witness building from the ledger's blocks,
// proving and verifying keys (a deterministic insecure dev setup and the
// multi-party mpcsetup ceremony, written with checksums), the Solidity
// verifier exported from the verifying key, and the proving service that a
// node or a standalone `mycel prover` runs.
//
// The circuit (circuit.go) has a fixed number of slots and a fixed tree
// depth (Params). Each slot is a no-op, a deposit, a transfer, a withdrawal,
// a forced exit, or a continuation of the multi-chunk record before it (a
// withdrawal or forced exit takes two slots, a deposit three): every slot
// carries one 16-byte chunk of the batch public data (docs/protocol.md 7),
// in which transfers and withdrawals publish packed amounts and fees that
// the circuit ties to the values it applies (ADR 023). Per slot it checks the EdDSA signature over the
// Poseidon2 signing message by the ledger's exact rule (verifySig, not
// gnark's eddsa.IsValid: ADR 022), nonce, amount and fee ranges, balances,
// and updates the sender's (or the deposit's, or the forced exit's) leaf
// and the receiver's leaf through Merkle paths; the fee vault is credited
// once per batch. Every signal is determined by the inputs: the
// adversarial-witness tests (adversary_test.go, `make audit`) hand every
// hint output and every 0/0 division to an adversary. Its single public input is the SHA-256
// of the batch header (docs/protocol.md 8), which binds the data commitment,
// itself the SHA-256 of the public data (ADR 020).
//
// Pieces: Batch (an executed batch: header fields, transactions, pre-state
// leaf proofs; JSON over RPC), Assign (the witness), Compile/DevSetup/
// ceremony functions/LoadKeys (keys), ProveBatch/Verify/ExportSolidity,
// Service (worker pool, retries, persisted proofs, metrics) fed by a
// JobSource (LocalSource in a node, RPCSource for a standalone prover) and
// draining into a ProofSink. Backend is the swap point for GPU proving
// (gnark's icicle acceleration, under a build tag; only the CPU backend
// exists so far).
//
// What this package must not do: compute a hash, encoding or range check
// differently from the ledger (both are pinned by the golden vectors in
// testdata/), decide batch contents or boundaries (consensus does), or grow
// test circuits beyond what a 2-core machine proves in seconds. Real
// Groth16 setups and proofs run in tests only with MYCEL_PROVE=1 (the
// test circuit, 3 slots at depth 4, has 147,224 constraints: about a
// minute to set up).
package prover
