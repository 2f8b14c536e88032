// Package consensus is the ABCI++ application and the in-process CometBFT node
// (run with mempool.type = "nop": the app owns the mempool). PrepareProposal
// reaps by fee priority, ProcessProposal re-validates with the signature
// cache, FinalizeBlock executes through the ledger and Commit persists. Each
// block carries an L1 reference that every validator checks, and at batch
// boundaries vote extensions carry the validators' batch attestations.
//
// What this package must not do: redefine the state transition (that is the
// ledger's), admit or gossip transactions (mempool and p2p do), or let
// anything but the block and the committed state decide a block's outcome: no
// wall clock, local randomness or map order in FinalizeBlock. It reads L1
// through interfaces declared here, never through a client of its own.
//
// Status: not implemented yet; see the project's issues.
package consensus
