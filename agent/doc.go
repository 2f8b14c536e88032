// Package agent is the Go SDK for agents and the MCP tool server built on it:
// stake and unstake, register an ERC-8004 identity, send payments and watch
// them reach finality.
//
// What this package must not do: use anything an ordinary client could not.
// It goes through the public contract calls and the node's JSON-RPC, never
// through node internals, and it signs only with keys it is given.
//
// # Payments
//
// A Client is one L2 account's client: the node's JSON-RPC (docs/rpc.md)
// and, for what touches L1, an Ethereum JSON-RPC and the Rollup's address.
// Dial checks that they belong together (the Rollup settles the chain the
// node serves). Keys are given in memory (Keys) or read from the
// passphrase-encrypted files of agent/keystore.
//
//	c, err := agent.Dial(ctx, agent.Config{RPC: "http://127.0.0.1:26601",
//		L1: "http://127.0.0.1:8545", Rollup: rollup}, agent.Keys{L2: l2key, L1: l1key})
//	dep, err := c.Deposit(ctx, wei)               // L1 tx; returns once the L2 credited it
//	r, err := c.Pay(ctx, bobKey, 250_000_000, 1)  // gwei; returns at soft confirmation
//	w, err := c.Withdraw(ctx, l1addr, amount, 1)  // L2 tx; the funds wait on L1
//	cl, err := c.Claim(ctx, w.Hash)               // waits for L1 finality, then claimWithdrawal
//	b, err := c.Balance(ctx)                      // latest, finalized and L1 balances
//
// What each step waits for:
//
//   - Deposit: the L1 transaction mined, then the node's L2 applied its
//     queue position (mycel_rollupStatus next_deposit).
//   - Transfer, Pay, Withdraw: soft confirmation, the transaction committed
//     in an L2 block (mycel_getTransactionReceipt). The nonce is the
//     account's committed nonce (mycel_getAccount) or the one after this
//     Client's last send; a nonce another sender took is retried.
//   - Claim: the batch holding the withdrawal closed (mycel_getBatch),
//     committed on L1 (Rollup.nextBatchIndex), finalized on L1
//     (Rollup.finalizedCount: its proof verified), then claimWithdrawal.
//     BatchOf, WaitL1Committed and WaitFinalized are these waits alone;
//     WaitTxOnL1 and WaitTxFinalized follow any L2 transaction there.
//
// Waits wake at each L2 block (mycel_subscribe newBlocks on the node's
// /ws) and poll every Config.PollInterval; every RPC call is bounded by
// Config.CallTimeout and every wait by the caller's context.
// Config.Progress hears what a long wait is waiting for.
//
// What the Client checks rather than trusts: every account it reads comes
// with a Merkle proof, verified against the state root (and, in Balance,
// that root against the app hash of its L2 block); Balance.Finalized is
// the account at the last finalized batch, verified against the Rollup's
// lastFinalizedRoot read from L1; Claim rebuilds the withdrawal's Merkle
// proof from the batch's public data after checking that data against the
// header hash the Rollup committed and the tree against the Rollup's
// withdrawal root. The latest balance still rests on the node's word (its
// root is not on L1 yet).
//
// Errors match sentinels with errors.Is and say what to do:
// ErrUnknownAccount (deposit first), ErrUnknownReceiver,
// ErrInsufficientFunds, ErrInsufficientL1Funds (fund the L1 account: value
// and gas are checked before sending), ErrNonceInUse (retry),
// ErrFeeTooLow, ErrNotWholeGwei (L2 amounts are whole gwei; ParseAmount
// and ToGwei convert), ErrAmountOutOfRange, ErrNodeBusy, ErrTxDropped,
// ErrAlreadyClaimed, ErrEscapeHatch, ErrL1Reverted (with the Rollup's
// custom error), ErrBadProof (a node answer that does not verify),
// ErrWrongChain, ErrNoL1, ErrNoKey.
//
// SignTransfer and SignWithdrawal build signed L2 transactions offline.
// `mycel wallet` (cmd/mycel/wallet.go) is the CLI over this Client.
//
// # The operator market and ERC-8004
//
// The same Client reaches the L1 contracts around the Rollup, with the
// L1 key as the sender: the StakingRegistry (the one the Rollup names),
// the ERC-8004 identity and reputation registries and the NodeBounty.
// Contracts finds them: Config.Identity or the StakingRegistry's,
// Config.NodeBounty or the one the node names (mycel_bounties),
// Config.Reputation or the NodeBounty's; each is checked to belong to
// this Rollup (ErrWrongChain), and one the network lacks makes its
// operations fail with ErrNoContract.
//
//	id, err := c.RegisterAgent(ctx, "https://example.org/agent.json") // ERC-8004 identity, agentURI its RegistrationFile
//	_, err = c.SetAgentWallet(ctx, id.AgentID, walletKey)           // the wallet key signs its EIP-712 approval
//	op, err := c.RegisterOperator(ctx, agent.OperatorRegistration{Kind: agent.OperatorAgent,
//		AgentID: id.AgentID, ConsensusKey: nodeKey, Stake: wei})      // the proof of possession is signed here
//	b, err := c.PostBounty(ctx, agent.BountyTerms{RewardPerBatch: r, Seats: 2, End: end, Escrow: e, AgentID: id.AgentID})
//	open, next, err := c.OpenBounties(ctx, 0, 20)
//	_, err = c.JoinBounty(ctx, b.ID)
//	cl, err := c.ClaimBounty(ctx, b.ID, batch) // signers and stakes from the batch's certificate on L1
//	page, err := c.Agents(ctx, agent.DiscoverOptions{})
//
// Operators: RegisterOperator (human or agent; the consensus key is the
// node's, node.ConsensusKey), AddStake, RequestUnbond, WithdrawStake,
// LinkAgent, OperatorStatus (with the node's L2 voting power). Identities:
// RegisterAgent, SetAgentURI, SetAgentWallet (or SignAgentWallet where the
// wallet key lives and SetAgentWalletSigned), Agent. Bounties: PostBounty,
// Bounty, Bounties, OpenBounties, Seat, JoinBounty, LeaveBounty,
// BatchCertificate, PreviewBountyClaim, ClaimBounty, WithdrawBounty,
// CancelBounty, RefundBounty, ReportUptime (a seat's share of the claims
// since its last report as 'uptime' feedback for its agent, read back
// with Reputation from the NodeBounty as client, UptimeTag1/UptimeTag2). Reputation: GiveFeedback, Reputation (a
// summary; over every client unless the reader names the ones it trusts),
// FeedbackOf. Discovery: Agents lists the identity registry's agents from
// its Registered events, each with its registration file (FetchRegistration:
// http(s) only, redirects too, at most MaxRegistrationBytes, validated,
// and checked to name the identity back), the operator it is linked to and
// its reputation summary.
//
// Every send is checked by gas estimation first; a revert comes back as
// one of this package's errors naming the contract's custom error with its
// arguments and what to do: ErrBelowMinimumStake, ErrNotRegistered,
// ErrAlreadyRegistered, ErrNotAgentController, ErrSeatsFull,
// ErrNotQualified (kind, stake, identity link, reputation, jailed),
// ErrNothingToWithdraw (also a refund or unbonding not due yet),
// ErrBountyOver, ErrNotFinalized, ErrBadTerms, ErrAlreadyClaimed, and
// ErrL1Reverted for the rest. `mycel operator`, `mycel bounty` and
// `mycel agents` are the CLI over them.
//
// Also here: ERC-8004 registration files (RegistrationFile,
// NewNodeRegistration, ParseRegistration). The MCP server is agent/mcp.
package agent
