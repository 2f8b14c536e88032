package l1

import "github.com/prometheus/client_golang/prometheus"

// Metrics of package l1 (watcher, transaction manager, batch poster, proof
// submitter, slash reporter), under mycel_l1_.
type Metrics struct {
	// Watcher.
	Up        prometheus.Gauge   // 1 while the L1 RPC answers, 0 during an outage
	Head      prometheus.Gauge   // L1 head block number last seen
	Processed prometheus.Gauge   // last L1 block whose events were delivered
	Errors    prometheus.Counter // failed L1 RPC rounds
	Reorgs    prometheus.Counter // reorgs reported to the handler
	Events    prometheus.Counter // events delivered

	// Transaction manager.
	TxPublished prometheus.Counter // transactions handed to the L1 client (replacements included)
	TxReplaced  prometheus.Counter // fee bumps (replacements of a pending nonce)
	TxMined     prometheus.Counter // sends mined successfully
	TxReverted  prometheus.Counter // sends that reverted, in gas estimation or on chain
	TxFailed    prometheus.Counter // sends that failed otherwise (timeout, fee cap, funds)
	TxRPCErrors prometheus.Counter // failed L1 RPC calls of the transaction manager
	TxInFlight  prometheus.Gauge   // sends in progress
	TxNonce     prometheus.Gauge   // next fresh nonce
	TxGasUsed   prometheus.Counter // gas used by mined transactions
	TxFeesGwei  prometheus.Counter // fees paid by mined transactions, gwei
	// Spending budget (TxManagerConfig.MaxSpendPerHour).
	TxCommittedWei   prometheus.Counter // worst-case fees committed: gas limit x fee cap per transaction, plus each replacement's raise
	TxBudgetUsedWei  prometheus.Gauge   // what the last hour holds against the budget (paid by mined transactions, worst case of pending ones)
	TxBudgetLimitWei prometheus.Gauge   // the budget per hour
	TxBudgetRefusals prometheus.Counter // transactions not sent (and replacements not made) for the budget

	// Batch poster.
	BatchesPosted      prometheus.Counter // batches this node committed on L1
	LastPostedBatch    prometheus.Gauge   // index of the last batch this node committed
	PostFailures       prometheus.Counter // failed commitBatch attempts
	PostGasUsed        prometheus.Counter // gas used by this node's commitBatch transactions
	PostTxs            prometheus.Counter // transactions that committed them (batches per transaction: the ratio)
	RewardsDistributed prometheus.Counter // batches whose rewards this node distributed
	BountyClaims       prometheus.Counter // NodeBounty claims this node sent (a batch for a bounty)

	// Proof submitter.
	ProofsSubmitted prometheus.Counter // batches this node finalized with proveBatch or proveBatches
	ProofTxs        prometheus.Counter // transactions that finalized them (batches per transaction: the ratio)
	LastProvenBatch prometheus.Gauge   // index of the last batch this node finalized
	ProofsRejected  prometheus.Counter // proofs the Rollup rejected (verification or header failure)
	ProofFailures   prometheus.Counter // proof transactions that failed otherwise

	// Slash reporter.
	SlashReports        prometheus.Counter // equivocations this node got slashed on L1
	SlashReportFailures prometheus.Counter // reports that failed (evidence rejected, L1 errors)

	// Monitor: the Rollup's state and windows by L1 time, and the balance
	// of the account that pays this node's L1 transactions.
	RollupCommitted prometheus.Gauge   // Rollup.nextBatchIndex
	RollupFinalized prometheus.Gauge   // Rollup.finalizedCount
	UnprovenAge     prometheus.Gauge   // seconds the oldest committed, unfinalized batch has waited (0: none)
	ProofWindow     prometheus.Gauge   // Rollup.proofWindow, seconds
	DepositAge      prometheus.Gauge   // seconds the oldest deposit no committed batch consumed has waited (0: none)
	ForcedExitAge   prometheus.Gauge   // the same for the forced-exit queue
	DepositDeadline prometheus.Gauge   // Rollup.depositDeadline, seconds
	SinceFinalized  prometheus.Gauge   // seconds since Rollup.lastFinalizedAt
	EscapePeriod    prometheus.Gauge   // Rollup.escapePeriod, seconds
	TxBalanceWei    prometheus.Gauge   // L1 balance of the transaction manager's account, wei
	MonitorErrors   prometheus.Counter // failed monitor rounds
}

// NewMetrics registers the metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	ns, sub := "mycel", "l1"
	g := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: sub + "_" + name, Help: help})
	}
	c := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: sub + "_" + name, Help: help})
	}
	m := &Metrics{
		Up:        g("up", "1 while the L1 RPC answers, 0 during an outage."),
		Head:      g("head", "L1 head block number last seen."),
		Processed: g("processed_block", "Last L1 block whose watched events were delivered."),
		Errors:    c("errors_total", "Failed L1 RPC rounds of the watcher."),
		Reorgs:    c("reorgs_total", "L1 reorgs reported by the watcher."),
		Events:    c("events_total", "L1 events delivered by the watcher."),

		TxPublished: c("tx_published_total", "L1 transactions handed to the L1 client, fee-bumped replacements included."),
		TxReplaced:  c("tx_replaced_total", "Fee bumps of pending L1 transactions."),
		TxMined:     c("tx_mined_total", "L1 transactions mined successfully."),
		TxReverted:  c("tx_reverted_total", "L1 sends that reverted in gas estimation (nothing sent) or on chain."),
		TxFailed:    c("tx_failed_total", "L1 sends that failed without a revert (timeout, fee cap, funds)."),
		TxRPCErrors: c("tx_rpc_errors_total", "Failed L1 RPC calls of the transaction manager."),
		TxInFlight:  g("tx_in_flight", "L1 sends in progress."),
		TxNonce:     g("tx_nonce", "Next fresh nonce of the transaction manager's account."),
		TxGasUsed:   c("tx_gas_used_total", "Gas used by mined L1 transactions."),
		TxFeesGwei:  c("tx_fees_gwei_total", "Fees paid by mined L1 transactions, in gwei."),

		TxCommittedWei: c("tx_committed_wei_total",
			"Worst-case fees committed to L1 transactions (gas limit x fee cap when published, plus each replacement's raise), in wei."),
		TxBudgetUsedWei: g("tx_budget_used_wei",
			"Fees the last hour holds against l1.max_spend_per_hour_gwei (paid by mined transactions, worst case of pending ones), in wei."),
		TxBudgetLimitWei: g("tx_budget_limit_wei", "The L1 spending budget per rolling hour, in wei."),
		TxBudgetRefusals: c("tx_budget_refusals_total",
			"L1 transactions not sent, and fee bumps not made, because the hourly spending budget had no room."),

		BatchesPosted:      c("batches_posted_total", "Batches this node committed on L1."),
		LastPostedBatch:    g("last_posted_batch", "Index of the last batch this node committed on L1."),
		PostFailures:       c("post_failures_total", "Failed commitBatch attempts."),
		PostGasUsed:        c("post_gas_used_total", "Gas used by this node's commitBatch and commitBatches transactions."),
		PostTxs:            c("post_txs_total", "L1 transactions that committed this node's posted batches (commitBatch, or commitBatches for several)."),
		RewardsDistributed: c("rewards_distributed_total", "Batches whose signer rewards this node paid out (RewardPool.distribute)."),
		BountyClaims:       c("bounty_claims_total", "Bounty payments this node claimed for batches it posted (NodeBounty.claim)."),

		ProofsSubmitted: c("proofs_submitted_total", "Batches this node finalized on L1 with proveBatch or proveBatches."),
		ProofTxs:        c("proof_txs_total", "L1 transactions that finalized this node's batches (proveBatch, or proveBatches for several)."),
		LastProvenBatch: g("last_proven_batch", "Index of the last batch this node finalized on L1."),
		ProofsRejected:  c("proofs_rejected_total", "Proofs the Rollup rejected (failed verification or header mismatch)."),
		ProofFailures:   c("proof_failures_total", "Proof transactions that failed for another reason."),

		SlashReports:        c("slash_reports_total", "Equivocations this node got slashed on L1."),
		SlashReportFailures: c("slash_report_failures_total", "Equivocation reports that failed."),

		RollupCommitted: g("rollup_committed_batches", "Batches committed on the Rollup (its nextBatchIndex), as the L1 monitor last read it."),
		RollupFinalized: g("rollup_finalized_batches", "Batches finalized on the Rollup by a verified proof (its finalizedCount)."),
		UnprovenAge: g("rollup_unproven_age_seconds",
			"L1 time the oldest committed batch not yet finalized has waited for its proof (0: none); past mycel_l1_rollup_proof_window_seconds anyone may revert it."),
		ProofWindow: g("rollup_proof_window_seconds", "The Rollup's proofWindow: how long a committed batch may wait for its proof."),
		DepositAge: g("rollup_deposit_age_seconds",
			"L1 time the oldest deposit no committed batch has consumed has waited (0: none); past mycel_l1_rollup_deposit_deadline_seconds a commit that leaves it out reverts."),
		ForcedExitAge: g("rollup_forced_exit_age_seconds",
			"L1 time the oldest forced exit no committed batch has consumed has waited (0: none); its deadline is mycel_l1_rollup_deposit_deadline_seconds."),
		DepositDeadline: g("rollup_deposit_deadline_seconds", "The Rollup's depositDeadline: how long a deposit or forced exit may wait before every batch must include it."),
		SinceFinalized: g("rollup_since_finalized_seconds",
			"L1 time since a batch was last finalized (lastFinalizedAt); past mycel_l1_rollup_escape_period_seconds the escape hatch may open."),
		EscapePeriod: g("rollup_escape_period_seconds", "The Rollup's escapePeriod: how long without a finalized batch before the escape hatch may open."),
		TxBalanceWei: g("tx_balance_wei",
			"L1 balance of the account that pays this node's L1 transactions (batch posts, proofs, slash reports), in wei; NaN on a node that sends none."),
		MonitorErrors: c("monitor_errors_total", "Failed rounds of the L1 monitor (the Rollup's state and the payer's balance)."),
	}
	reg.MustRegister(m.Up, m.Head, m.Processed, m.Errors, m.Reorgs, m.Events,
		m.TxPublished, m.TxReplaced, m.TxMined, m.TxReverted, m.TxFailed, m.TxRPCErrors, m.TxInFlight, m.TxNonce,
		m.TxGasUsed, m.TxFeesGwei, m.TxCommittedWei, m.TxBudgetUsedWei, m.TxBudgetLimitWei, m.TxBudgetRefusals,
		m.BatchesPosted, m.LastPostedBatch, m.PostFailures, m.PostGasUsed, m.PostTxs, m.RewardsDistributed, m.BountyClaims,
		m.ProofsSubmitted, m.ProofTxs, m.LastProvenBatch, m.ProofsRejected, m.ProofFailures,
		m.SlashReports, m.SlashReportFailures,
		m.RollupCommitted, m.RollupFinalized, m.UnprovenAge, m.ProofWindow, m.DepositAge, m.ForcedExitAge, m.DepositDeadline,
		m.SinceFinalized, m.EscapePeriod, m.TxBalanceWei, m.MonitorErrors)
	return m
}

// NopMetrics returns metrics that are recorded nowhere.
func NopMetrics() *Metrics { return NewMetrics(prometheus.NewRegistry()) }
