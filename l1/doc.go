// Package l1 is the Ethereum side of a node. Today it holds the event
// watcher; the batch poster, the proof submitter and the transaction manager
// come next (issue 6).
//
// # Watcher
//
// A [Watcher] follows the StakingRegistry and Rollup contracts over a small
// [Client] interface (an *ethclient.Client or a simulated backend's client
// satisfy it) and hands every watched event, decoded with the abigen
// bindings in contracts/bindings, to the one [Handler] set with
// [Watcher.SetHandler], in chain order and exactly once per canonical
// block. The handler runs on [Watcher.Run]'s goroutine (a handler, not a
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
// recovery once), mycel_l1_up goes to 0, and Run never returns for it.
// Metrics: mycel_l1_up, mycel_l1_head, mycel_l1_processed_block,
// mycel_l1_errors_total, mycel_l1_reorgs_total, mycel_l1_events_total.
//
// Limits: a reorg deeper than [Config].ReorgWindow remembered blocks is
// replayed from the oldest remembered one (logged at error level); after a
// restart only the resume block is remembered, so persist a confirmed
// block (Confirmations >= 1, or Finalized) where reorgs matter. A resume
// block that is no longer canonical stops Run with
// [ErrResumeNotCanonical]. An event of a watched contract that does not
// decode (a binding out of step with the deployed contract) is logged and
// skipped.
//
// [VerifyRef] checks an L1 reference (as an L2 block proposer would choose)
// against the local client: known, canonical and deep enough.
//
// What this package must not do: change L2 state or ordering. It reports what
// L1 says and submits what the node hands it; which L1 events apply in which
// L2 block is decided in consensus, deterministically, from the L1 reference
// each block carries.
package l1
