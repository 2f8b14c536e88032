package agent

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// codeNoRollup is the node's JSON-RPC error for a rollup method on a chain
// without L1 parameters (docs/rpc.md).
const codeNoRollup = -32006

// NodeStatus is what the node says of itself (mycel_status) and of the
// rollup (mycel_rollupStatus), and, with an L1 endpoint, what the Rollup
// contract says on L1. It rests on the node's word except the L1 part.
type NodeStatus struct {
	ChainID       uint64    `json:"chain_id"`
	Moniker       string    `json:"moniker"`
	Height        uint64    `json:"height"`
	LastBlockTime time.Time `json:"last_block_time"`
	// LastBlockAgeMs is how long ago the last block was made, by this
	// client's clock; blocks come every second or so on a live chain.
	LastBlockAgeMs int64  `json:"last_block_age_ms"`
	CatchingUp     bool   `json:"catching_up"`
	MempoolTxs     int    `json:"mempool_txs"`
	Accounts       uint64 `json:"accounts"`
	Peers          int    `json:"peers"`
	// Rollup is nil on a chain without L1 (no deposits, withdrawals or
	// claims there).
	Rollup *RollupStatus `json:"rollup"`
	// L1 is nil without an L1 endpoint.
	L1 *L1Status `json:"l1"`
}

// RollupStatus is the node's view of the rollup's batches and deposits.
type RollupStatus struct {
	Epoch uint64 `json:"epoch"`
	// NextBatch is the index the next batch to close will get.
	NextBatch           uint64 `json:"next_batch"`
	AwaitingCertificate uint64 `json:"awaiting_certificate"`
	// L1NextBatch is the Rollup's nextBatchIndex in the node's L1 view:
	// batches below it are committed on L1.
	L1NextBatch       uint64 `json:"l1_next_batch"`
	L1Processed       uint64 `json:"l1_processed"`
	NextDeposit       uint64 `json:"next_deposit"`
	L1DepositsWaiting int    `json:"l1_deposits_waiting"`
	Validators        int    `json:"validators"`
	TotalPowerGwei    int64  `json:"total_power_gwei"`
}

// L1Status is the Rollup contract read from L1 at its head.
type L1Status struct {
	ChainID uint64         `json:"chain_id"`
	Head    uint64         `json:"head"`
	Rollup  common.Address `json:"rollup"`
	// NextBatch is Rollup.nextBatchIndex (batches committed);
	// FinalizedCount is Rollup.finalizedCount (batches whose proof
	// verified: final on L1).
	NextBatch      uint64 `json:"next_batch"`
	FinalizedCount uint64 `json:"finalized_count"`
}

// Status reads the node's status, its rollup status (nil on a chain
// without L1 parameters) and, with an L1 endpoint, the Rollup's batch
// counters on L1.
func (c *Client) Status(ctx context.Context) (*NodeStatus, error) {
	var st struct {
		ChainID       uint64         `json:"chain_id"`
		Moniker       string         `json:"moniker"`
		Height        hexutil.Uint64 `json:"height"`
		LastBlockTime time.Time      `json:"last_block_time"`
		P2PPeers      int            `json:"p2p_peers"`
		CometPeers    int            `json:"comet_peers"`
		MempoolTxs    int            `json:"mempool_txs"`
		Accounts      uint64         `json:"accounts"`
		CatchingUp    bool           `json:"catching_up"`
	}
	if err := c.call(ctx, &st, "mycel_status"); err != nil {
		return nil, fmt.Errorf("mycel_status: %w", err)
	}
	out := &NodeStatus{ChainID: st.ChainID, Moniker: st.Moniker, Height: uint64(st.Height), LastBlockTime: st.LastBlockTime,
		CatchingUp: st.CatchingUp, MempoolTxs: st.MempoolTxs, Accounts: st.Accounts, Peers: max(st.P2PPeers, st.CometPeers)}
	if !st.LastBlockTime.IsZero() {
		out.LastBlockAgeMs = time.Since(st.LastBlockTime).Milliseconds()
	}
	var rs struct {
		rpcRollupStatus
		Epoch               uint64 `json:"epoch"`
		AwaitingCertificate uint64 `json:"awaiting_certificate"`
		L1Processed         uint64 `json:"l1_processed"`
		L1DepositsWaiting   int    `json:"l1_deposits_waiting"`
		Validators          int    `json:"validators"`
		TotalPowerGwei      int64  `json:"total_power_gwei"`
	}
	switch err := c.call(ctx, &rs, "mycel_rollupStatus"); {
	case rpcCode(err) == codeNoRollup:
	case err != nil:
		return nil, fmt.Errorf("mycel_rollupStatus: %w", err)
	default:
		out.Rollup = &RollupStatus{Epoch: rs.Epoch, NextBatch: rs.NextBatch, AwaitingCertificate: rs.AwaitingCertificate,
			L1NextBatch: rs.L1NextBatch, L1Processed: rs.L1Processed, NextDeposit: rs.NextDeposit,
			L1DepositsWaiting: rs.L1DepositsWaiting, Validators: rs.Validators, TotalPowerGwei: rs.TotalPowerGwei}
	}
	if c.eth == nil {
		return out, nil
	}
	cctx, cancel := c.callCtx(ctx)
	head, err := c.eth.BlockNumber(cctx)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("L1 head: %w", err)
	}
	l1 := &L1Status{ChainID: c.l1ChainID.Uint64(), Head: head, Rollup: c.cfg.Rollup}
	if l1.NextBatch, err = l1Read(ctx, c, c.rollup.PackNextBatchIndex(), c.rollup.UnpackNextBatchIndex); err != nil {
		return nil, fmt.Errorf("Rollup.nextBatchIndex: %w", err)
	}
	if l1.FinalizedCount, err = l1Read(ctx, c, c.rollup.PackFinalizedCount(), c.rollup.UnpackFinalizedCount); err != nil {
		return nil, fmt.Errorf("Rollup.finalizedCount: %w", err)
	}
	out.L1 = l1
	return out, nil
}

// HasL1 reports whether the Client was given an L1 endpoint and the
// Rollup (Deposit, Claim and the L1 waits need them).
func (c *Client) HasL1() bool { return c.eth != nil }

// Rollup is the Rollup contract's address (zero without L1).
func (c *Client) Rollup() common.Address { return c.cfg.Rollup }
