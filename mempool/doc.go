// Package mempool is the app-side transaction pool of a mycel node. CometBFT
// runs with mempool.type = "nop": transactions reach the pool from JSON-RPC
// and from GossipSub (the p2p validator calls Add), and consensus takes them
// out with Reap in PrepareProposal and reports each committed block with
// Update.
//
// API:
//
//	New(cfg Config, state State, verifier ledger.SigVerifier, logger *slog.Logger, m *Metrics) *Pool
//	(*Pool).Add(raw []byte) ([32]byte, error)        // check and admit
//	(*Pool).Reap(maxTxs, maxBytes int) [][]byte      // proposal order; negative limit = none
//	(*Pool).Update(height uint64, included [][]byte) // after every committed block
//	(*Pool).Has, Get, Size, Bytes, Height
//	Config, Default(), (Config).Validate()           // errors name "mempool.<key>"
//	NewMetrics(prometheus.Registerer), NopMetrics()  // series under mycel_mempool_
//	TxHash(raw) [32]byte                             // keccak256, the transaction id
//
// Admission (Add) runs the cheapest checks first: size and decoding
// (ledger.DecodeTx), no deposits (they come from L1), chain id, the fee
// floor, amount and account rules that need no state, a duplicate lookup,
// the sender's committed nonce (not used yet, at most MaxTxsPerAccount-1
// ahead) and balance, the receiver's existence, the pool's own rules
// (below; O(log n) under the read lock), then the signature through the
// verifier (the node's *ledger.SigCache, so that execution does not verify
// it again), and last, under the write lock, the pool's rules again and
// the admission. A refusal before the signature costs microseconds, so a
// flood of refused transactions stays cheap; but it would let a badly
// signed transaction pass as "pool full" (gossip ignores that, and never
// penalises the relay), so up to RefusedSigChecksPerSecond refusals a
// second have their signature checked anyway and a bad one is reported as
// ledger.ErrBadSignature (IsInvalid: gossip rejects it and penalises the
// relay). A transaction the pool would admit is always checked. Errors
// wrap this package's sentinels (ErrAlreadyKnown, ErrFeeTooLow, ...) or the
// ledger's (ledger.ErrNonceTooLow, ledger.ErrBadSignature, ...) and name the
// values that failed. The signature is verified without holding the pool's
// lock, so Adds verify in parallel; if a block was committed meanwhile the
// sender's state is read again (outside the lock).
//
// A sender's transactions are kept by nonce. Those gap-free from the
// committed nonce are pending (executable); the rest are queued. Rules that
// bound what one sender, or an attacker, can do:
//   - a transaction is never pooled twice (by hash), and one with the same
//     sender and nonce is replaced only by a fee at least PriceBumpPercent
//     higher;
//   - the sum of amount+fee over a sender's pooled transactions never
//     exceeds its committed balance (ErrOverdraft), so transactions that
//     could never all execute cannot fill the pool; balance received in
//     blocks not yet committed does not count;
//   - per-sender limits on count and bytes (ErrAccountLimit);
//   - queued transactions pay nothing until their gap fills, maybe never:
//     at most MaxQueuedTxs of them in all and MaxQueuedTxsPerAccount per
//     sender (ErrQueuedLimit); a queued newcomer over the total may evict
//     only a cheaper queued transaction of another sender. Update trims
//     them back to these bounds when expiries leave later nonces waiting;
//   - when the pool is full a newcomer may evict only other senders'
//     transactions: the lowest-fee queued ones first, then, for a pending
//     newcomer only, the lowest-fee pending transaction at the tail of a
//     sender's run (never one in the middle: no nonce gap opens). A queued
//     newcomer never evicts a pending transaction, and a victim always pays
//     less than the newcomer, except queued victims of a pending newcomer.
//     Otherwise Add fails with ErrPoolFull.
//
// Nothing scans the pool: the eviction candidates (queued transactions,
// and the tail of each sender's pending run) sit in two heaps by fee, so a
// full-pool Add costs O(log n) plus the sender's own transactions, and an
// arrival-ordered list finds expired ones. The write lock that Update needs
// is held by Add only to plan and admit: never during the signature check,
// and during a state read only when blocks keep being committed while it
// retries.
//
// Reap merges the senders' pending runs by fee (highest first, then arrival),
// strictly in nonce order within a sender, stopping a sender's run where its
// cumulative cost would exceed its balance.
//
// Update removes included transactions and rechecks the block's senders: a
// sender's balance can only fall, and its nonce only rise, through its own
// transactions, all of which are in the block. Transactions older than TTL
// are dropped (the clock is injectable in tests). Its lock is held for work
// proportional to the block and to what it drops, not to the pool.
//
// What this package must not do: execute or commit state (it only reads the
// committed state through State), talk to the network (p2p gossips), or
// decide what goes into a block beyond handing consensus a priority order.
package mempool
