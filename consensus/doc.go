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
// Node (node.go) builds the CometBFT node with a local ABCI client, a
// secp256k1 validator key with CometBFT's double-sign protection state, and
// a slog bridge for its logs.
//
// This package must not talk to L1 or to libp2p: it reads the mempool and
// reports committed blocks through the interfaces it declares.
package consensus
