// Package l1 is the Ethereum side of a node: the event watcher (what L1
// says) and the submission side (what the node sends): a transaction
// manager, the batch poster, the proof submitter and the slash reporter.
//
// # Watcher
//
// A [Watcher] follows the StakingRegistry and Rollup contracts over a small
// [Client] interface (an *ethclient.Client or a simulated backend's client
// satisfy it) and hands every watched event, decoded with the abigen
// bindings in contracts/bindings, to the one [Handler] set with
// [Watcher.SetHandler], in chain order and exactly once per canonical
// block. The handler runs on the watcher's own goroutine (a handler, not a
// channel: the caller applies and persists an update before the next one
// comes, and a slow caller only slows the watcher down). Updates:
//
//   - [Block]: the events of one L1 block (only blocks holding watched
//     events are delivered), each [Event] carrying the block's [Ref];
//   - [Reorg]: every delivery from block FromBlock on is void (the chain
//     replaced those blocks); the replacement blocks follow;
//   - [Processed]: every block up to and including Ref has been delivered;
//     this is the resume point a node persists and passes back in
//     [Config].Resume after a restart.
//
// A block is processed once it is [Config].Confirmations deep (0 means the
// head), or, with [Config].Finalized, once the L1 client reports it
// finalized. The watcher keeps the (number, hash) of recently processed
// blocks and, when the hash at one of those heights changes, rolls back to
// the fork point with a [Reorg]. L1 RPC failures are retried with capped
// exponential backoff; the outage is logged once at warn level (and the
// recovery once), mycel_l1_up goes to 0, and the watcher never stops for it.
// Metrics: mycel_l1_up, mycel_l1_head, mycel_l1_processed_block,
// mycel_l1_errors_total, mycel_l1_reorgs_total, mycel_l1_events_total.
//
// Limits: a reorg deeper than [Config].ReorgWindow remembered blocks is
// replayed from the oldest remembered one (logged at error level); after a
// restart only the resume block is remembered, so persist a confirmed
// block (Confirmations >= 1, or Finalized) where reorgs matter. A resume
// block that is no longer canonical stops the watcher with
// [ErrResumeNotCanonical] (its Done and Err report it). An event of a watched contract that does not
// decode (a binding out of step with the deployed contract) is logged and
// skipped.
//
// [VerifyRef] checks an L1 reference (as an L2 block proposer would choose)
// against the local client: known, canonical and deep enough.
//
// # Transaction manager
//
// A [TxManager] sends EIP-1559 transactions from one key over a [TxClient]
// and waits for their receipts ([TxManager.Send]). It owns the account's
// nonces (concurrent Sends get consecutive ones; the counter comes from the
// client's pending nonce on first use and after "nonce too low"), estimates
// gas with headroom and sends nothing when the estimate reverts, prices at
// the suggested tip (clamped to [TxManagerConfig].MinTipCap..MaxTipCap)
// plus twice the base fee (at most MaxFeeCap; nothing is sent while the
// base fee and tip exceed it), replaces a transaction left unmined for
// ResubmitAfter with fees raised by FeeBumpPercent (never above the caps),
// and retries failed RPC calls with backoff (logged once per outage;
// mycel_l1_tx_rpc_errors_total). The caps bound what an L1 RPC that lies
// about the tip or the base fee can make a transaction offer. A revert
// comes back as a [*RevertError] naming the contract's custom error
// ([IsRevert], [ErrReverted]). Use one TxManager per key, shared by the
// components below, and no other sender for that key.
//
// Spending budget: the fees committed in any rolling hour stay within
// MaxSpendPerHour. A transaction counts its worst case (gas limit x fee
// cap) from the moment it is published, a replacement adds what it raises
// that by, and a mined transaction counts what it paid instead (the value
// a call carries is not counted). A Send that would exceed the budget
// publishes nothing and returns a [*BudgetError] ([ErrBudgetExceeded]),
// which the poster and the proof submitter log once and retry after their
// RetryAfter; a replacement that would exceed it is not made (the pending
// version waits, and is sent again in case the pool dropped it). Metrics:
// mycel_l1_tx_committed_wei_total, mycel_l1_tx_budget_used_wei,
// mycel_l1_tx_budget_limit_wei, mycel_l1_tx_budget_refusals_total.
//
// No duplicates: the manager remembers every transaction it published
// that is not known to be mined, including those whose Send gave up
// (ReceiptTimeout, ctx): the orphans. A Send of the same call (to, data,
// value) as an orphan takes it over (same nonce, fees bumped when due:
// replace-by-fee) instead of sending the call again behind it; a Send of
// the same call as one another Send waits for shares that one's outcome;
// a Send of another call first sees the oldest orphan mined, bumping it,
// then estimates and sends its own, so nothing is published behind a
// transaction nobody bumps, and the estimate sees the orphan's effect (a
// commitBatch retried with a different certificate reverts in estimation,
// for free, once the first one is in). The poster and the submitter retry
// with the same call, so a timed-out commitBatch or proveBatch ends as one
// mined transaction.
//
// # Batch poster
//
// A [Poster] commits the batches a [BatchSource] (the L2 chain) has
// certified, in order, with Rollup.commitBatch, or several at once with
// Rollup.commitBatches: the batches after the next one that are certified
// with a quorum too ride with it, up to [PosterConfig].MaxBatchesPerTx
// (ADR 026), and a run the Rollup refuses is sent again as its first batch
// alone. The designated poster of a
// certified batch ([batch.Record]) posts at once; every other validator posts once
// [PosterConfig].FallbackAfter has passed since certification (plus a
// per-node, per-batch stagger so they do not all race). The certificate
// keeps the valid signatures whose signers hold stake in L1's current epoch
// (the L2 set may lag) and is sent only if they hold at least 2/3 of the
// total stake. nextBatchIndex is read again right before sending, and a
// BatchOutOfOrder revert means another validator posted first: each batch
// is committed once, whoever wins.
//
// # Proof submitter
//
// A [ProofSubmitter] finalizes committed batches in order as a
// [ProofSource] delivers proofs: a run of consecutive batches whose proofs
// are at hand (up to [ProofSubmitterConfig].MaxBatchesPerTx, waiting up to
// Gather for more) goes out as one Rollup.proveBatches, its proofs checked
// with one pairing check (ADR 025), and a single proof as
// Rollup.proveBatch. A run the Rollup rejects is sent again one proof at a
// time, so that a bad proof holds up only itself and the batches after it.
// A proof the Rollup rejects is logged at error level, counted
// (mycel_l1_proofs_rejected_total) and not sent again for
// [ProofSubmitterConfig].RetryAfter unless different proof bytes arrive;
// AlreadyFinalized means another node finalized it.
//
// # Slash reporter
//
// A [SlashReporter] submits two conflicting [Attestation]s of one consensus
// key (different headers, same batch index) to Slasher.submitEquivocation
// after checking them locally ([ErrInvalidEvidence]); a (signer, batch
// index) already reported, here or on L1 (EvidenceAlreadyUsed), returns
// [ErrAlreadyReported]. Report sends and waits; Submit queues evidence for
// the reporter's own loop, for callers (consensus) that must not wait on L1.
// CometBFT double votes (DuplicateVoteEvidence: two prevotes or precommits
// of one height and round for different blocks) go to
// Slasher.submitDoubleVote the same two ways: ReportDoubleVote and
// SubmitDoubleVote; the first reporter wins, the others learn
// EvidenceAlreadyUsed in gas estimation and send nothing.
//
// # Lifecycle
//
// The watcher, the poster, the proof submitter and the slash reporter are
// services (internal/service, ADR 003): the constructor starts nothing,
// Start runs the service's loop on its own goroutine, Stop ends it and
// waits; a loop that ends by itself on an error reports it through Done and
// Err. The TxManager runs no goroutine of its own.
//
// Metrics of the submission side: mycel_l1_tx_*, mycel_l1_batches_posted_total,
// mycel_l1_last_posted_batch, mycel_l1_post_failures_total,
// mycel_l1_post_gas_used_total, mycel_l1_proofs_submitted_total,
// mycel_l1_last_proven_batch, mycel_l1_proofs_rejected_total,
// mycel_l1_proof_failures_total, mycel_l1_slash_reports_total and
// mycel_l1_slash_report_failures_total. One [Metrics] (registered once)
// serves every component of the package.
//
// A [Monitor] only reads: every 15 seconds the Rollup's committed and
// finalized batch counts, how long the oldest unproven batch, deposit and
// forced exit have waited by L1 time, the windows they wait against, and
// the L1 balance of the transaction manager's account
// (mycel_l1_rollup_*, mycel_l1_tx_balance_wei): what alerts need and the
// node's own view cannot give.
//
// Limits: Send returns once the transaction is in a block (no confirmation
// depth); a reorg that drops it is noticed by the poster and the submitter
// through the contracts' state, not by the TxManager. The orphans and the
// budget live in memory: after a restart a pending transaction of the
// previous run is not taken over (a retry of its call gets the next nonce
// and, if the first is mined, reverts) and the budget starts empty. An
// orphan nobody sends again is cleaned up by the next Send of another call.
// A transaction whose tip is at MaxTipCap cannot be replaced (a
// replacement must raise the tip too); it waits within the fee cap it has.
//
// What this package must not do: change L2 state or ordering. It reports what
// L1 says and submits what the node hands it; which L1 events apply in which
// L2 block is decided in consensus, deterministically, from the L1 reference
// each block carries.
package l1
