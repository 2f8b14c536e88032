// Package consensus holds mycel's ABCI++ application and runs CometBFT
// in-process around it.
//
// The application (App) orders and executes L2 transactions:
//   - PrepareProposal reaps from the app-side mempool by fee priority within
//     the block limits (CometBFT runs with mempool.type = "nop");
//   - ProcessProposal re-validates every transaction of a proposal by
//     executing it on a scratch block (signatures come from the shared
//     verified-signature cache);
//   - FinalizeBlock executes the block through ledger and returns the state
//     root as the app hash; Commit persists it in one synced write and
//     updates the mempool.
//
// One CometBFT height is one ledger block, empty blocks included, so the
// ledger height is the CometBFT height and the handshake after a crash
// replays exactly the blocks the ledger has not committed.
//
// On a rollup chain (the genesis app_state has an l1 object, L1Params) the
// RollupChain adds (docs/protocol.md section 9): a system transaction
// first in a block with the L1 reference, stake changes and certificates;
// the deposits and forced exits that reference made due, which a proposer
// cannot skip (rollup.go); batches closed by size, blocks or age, recorded
// as batch.Record; attestations of each closed batch in vote extensions,
// the >= 2/3-stake certificate recorded by the next block, and conflicting
// attestations handed out as evidence (attest.go); the validator set from
// L1 stake at epoch boundaries and the state persisted with every block
// (state.go); the genesis parameters (params.go). L1 facts come in through
// an L1View that the l1 watcher fills, and references are checked with
// l1.VerifyRef against this node's L1 client; FinalizeBlock needs no L1
// access, so replay and block sync stay deterministic.
//
// Comet (node.go) builds the CometBFT node with a local ABCI client, a
// secp256k1 validator key with CometBFT's double-sign protection state, and
// a slog bridge for its logs.
//
// This package must not send L1 transactions, import the generated
// contract bindings (the l1 package's types carry L1 events in), or talk to
// libp2p: it reads the mempool and reports committed blocks, closed batches
// and equivocations through the interfaces and callbacks it declares.
package consensus
