// Package ledger is mycel's L2 state machine: the payments rollup that the
// sequencer orders, the prover proves and the L1 contracts settle.
//
// It holds the transaction types and their canonical encoding (tx.go), the
// user signature scheme (EdDSA on the BN254 twisted Edwards curve over a
// Poseidon2 message hash, keys.go) and the escape-hatch exit message a key
// signs for the L1 Rollup (exit.go), the account leaf and the fixed-depth sparse
// Merkle tree over Poseidon2 (hash.go, account.go, store.go), block execution with typed
// errors (exec.go) and the crash-safe pebble store (store.go), with its
// in-memory copy of the tree levels below the dense top (treecache.go),
// which changes only when a block's batch has committed.
//
// Every byte format and hash here is specified in docs/protocol.md and pinned
// by the golden vectors in testdata/ledger; the circuit in prover/ and the L1
// contracts must agree with them bit for bit.
//
// What this package must not do: talk to the network, know about CometBFT or
// L1, or keep any state outside the Store. It is deterministic: the same
// genesis and the same blocks give the same roots on every machine.
//
// # Storage faults
//
// The Store runs on a pebble vfs.FS (Options.FS; the disk by default). What
// it does when the file system fails:
//
//   - A block is one pebble batch (account versions, key bindings, tree
//     nodes, extra records, block record, meta), written to the WAL and
//     synced once: after a crash or an I/O error the store holds the whole
//     block or none of it.
//   - If that write or sync fails, Block.Commit returns an error wrapping
//     ErrStoreFailed and the cause, and the Store is broken for good: it
//     stays at the previous block (Height, Root), and NewBlock, Commit and
//     every read that can fail return ErrStoreFailed (Store.Err says why).
//     Pebble accepts no more writes after a failed WAL write or sync, may
//     already show the failed block to readers, and cannot tell whether it
//     reached the disk. So nothing goes on running on it: the layers above
//     must stop the node, never skip the block or retry it on this Store.
//   - Close the Store and Open the directory again once the disk is fixed.
//     It reopens at the block before the failed one, or at the failed block
//     whole if its data reached the disk before the failure (a failed
//     fsync), never in between; the layers above must accept either, as
//     after a crash. Applying the next blocks then gives the same roots as on
//     a store that never failed. If the failure came while pebble rotated
//     its WAL, pebble keeps its own locks and the DB cannot be closed: Close
//     returns ErrStoreFailed and only a new process can open the directory.
//   - Open and the genesis fail the same way (ErrStoreFailed); a directory
//     left without a committed genesis gets it again on the next Open.
//   - A failed read also returns ErrStoreFailed (never "not found"), so
//     that execution cannot take it for a missing account or an empty
//     subtree and compute a different root; it does not break the Store.
//   - A failure in pebble's background work (flushes, compactions) is
//     pebble's: it retries a failed flush or compaction, and where it cannot
//     go on (a failed MANIFEST write) it panics on its own goroutine and the
//     process dies, which recovers like a crash (crash_test.go).
//
// fault_test.go checks this by failing each write-kind file operation of a
// commit, of the genesis and of a reopen (pebble's vfs/errorfs), by cutting
// the power at each of them (vfs.NewStrictMem), and by failing reads.
package ledger
