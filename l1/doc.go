// Package l1 is the Ethereum side of a node. Today it holds the event
// watcher; the batch poster, the proof submitter and the transaction manager
// come next (issue 6).
//
// # Watcher
//
// A [Watcher] follows the StakingRegistry and Rollup contracts over a small
// [Client] interface (an *ethclient.Client or a simulated backend's client
// satisfy it) and hands every watched event, decoded with the abigen
// bindings in contracts/bindings, to one [Handler], in chain order and
// exactly once per canonical block:
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
//
// [VerifyRef] checks an L1 reference (as an L2 block proposer would choose)
// against the local client: known, canonical and deep enough.
//
// What this package must not do: change L2 state or ordering. It reports what
// L1 says and submits what the node hands it; which L1 events apply in which
// L2 block is decided in consensus, deterministically, from the L1 reference
// each block carries.
package l1
