package agent

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/ledger"
)

// gasHeadroom is added to every estimated gas limit (the proof verifier
// and claims forward gas under the 63/64 rule).
const gasHeadroom = 20_000

// sendL1 sends an L1 transaction to the Rollup from the wallet's L1 key
// and waits until it is mined. It checks first, with gas estimation and
// the balance, that the call would succeed and can be paid for.
func (c *Client) sendL1(ctx context.Context, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	return c.sendL1To(ctx, c.cfg.Rollup, nil, what, data, value)
}

// sendL1To is sendL1 to contract `to`, whose custom errors rules explain
// (nil: the Rollup's).
func (c *Client) sendL1To(ctx context.Context, to common.Address, rules revertTable, what string, data []byte, value *big.Int) (*types.Receipt, error) {
	if err := c.needL1(); err != nil {
		return nil, err
	}
	if c.keys.L1 == nil {
		return nil, fmt.Errorf("%w: the %s is an L1 transaction: it needs the L1 key", ErrNoKey, what)
	}
	if value == nil {
		value = new(big.Int)
	}
	c.l1Mu.Lock()
	defer c.l1Mu.Unlock()
	from := c.keys.Address
	cctx, cancel := c.callCtx(ctx)
	defer cancel()
	bal, err := c.eth.BalanceAt(cctx, from, nil)
	if err != nil {
		return nil, fmt.Errorf("L1 balance of %s: %w", from, err)
	}
	if bal.Cmp(value) < 0 {
		return nil, fmt.Errorf("%w: L1 account %s has %s ETH, the %s needs %s ETH plus gas: fund the L1 account", ErrInsufficientL1Funds, from, FormatWei(bal), what, FormatWei(value))
	}
	gas, err := c.eth.EstimateGas(cctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		return nil, l1SendErrorIn(rules, what, err)
	}
	gas += gas/5 + gasHeadroom
	head, err := c.eth.HeaderByNumber(cctx, nil)
	if err != nil {
		return nil, fmt.Errorf("L1 head: %w", err)
	}
	tip, err := c.eth.SuggestGasTipCap(cctx)
	if err != nil {
		return nil, fmt.Errorf("L1 gas tip: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	maxCost := new(big.Int).Add(value, new(big.Int).Mul(feeCap, new(big.Int).SetUint64(gas)))
	if bal.Cmp(maxCost) < 0 {
		return nil, fmt.Errorf("%w: L1 account %s has %s ETH, the %s needs up to %s ETH (%s value + %d gas at up to %s gwei): fund the L1 account",
			ErrInsufficientL1Funds, from, FormatWei(bal), what, FormatWei(maxCost), FormatWei(value), gas, new(big.Rat).SetFrac(feeCap, weiPerGwei).FloatString(3))
	}
	signer := types.LatestSignerForChainID(c.l1ChainID)
	var tx *types.Transaction
	for attempt := 0; ; attempt++ {
		nonce, err := c.eth.PendingNonceAt(cctx, from)
		if err != nil {
			return nil, fmt.Errorf("L1 nonce of %s: %w", from, err)
		}
		tx, err = types.SignNewTx(c.keys.L1, signer, &types.DynamicFeeTx{ChainID: c.l1ChainID, Nonce: nonce,
			GasTipCap: tip, GasFeeCap: feeCap, Gas: gas, To: &to, Value: value, Data: data})
		if err != nil {
			return nil, fmt.Errorf("sign the %s: %w", what, err)
		}
		err = c.eth.SendTransaction(cctx, tx)
		if err == nil {
			break
		}
		// Another sender of this key took the nonce: once more with the
		// next one.
		if attempt == 0 && (strings.Contains(err.Error(), "nonce too low") || strings.Contains(err.Error(), "already known")) {
			continue
		}
		return nil, l1SendErrorIn(rules, what, err)
	}
	c.progress("%s: L1 transaction %s sent; waiting for it to be mined", what, tx.Hash())
	var rcpt *types.Receipt
	err = c.waitUntil(ctx, fmt.Sprintf("L1 transaction %s to be mined", tx.Hash()), func(ctx context.Context) (bool, error) {
		cctx, cancel := c.callCtx(ctx)
		defer cancel()
		r, err := c.eth.TransactionReceipt(cctx, tx.Hash())
		if errors.Is(err, ethereum.NotFound) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		rcpt = r
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		// Replay it at its block for the revert reason.
		cctx, cancel := c.callCtx(ctx)
		defer cancel()
		_, cerr := c.eth.CallContract(cctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data, Gas: gas}, rcpt.BlockNumber)
		name := contracts.RevertName(cerr)
		if name == "" {
			name = "no reason (out of gas?)"
		}
		return rcpt, revertErrorIn(rules, fmt.Sprintf("%s (L1 transaction %s, block %s)", what, tx.Hash(), rcpt.BlockNumber), name, cerr)
	}
	return rcpt, nil
}

// DepositResult is a deposit queued on L1 and credited on L2.
type DepositResult struct {
	L1Tx       common.Hash `json:"l1_tx"`
	L1Block    uint64      `json:"l1_block"`
	QueueIndex uint64      `json:"queue_index"`
	Account    uint32      `json:"account"`
	AmountGwei uint64      `json:"amount_gwei"`
	// Balance is the account's L2 balance once the deposit was credited.
	Balance uint64 `json:"balance_gwei"`
	// Sent, Mined and Credited time the L1 send, its receipt and the
	// moment the L2 had applied the deposit.
	Sent     time.Time `json:"sent"`
	Mined    time.Time `json:"mined"`
	Credited time.Time `json:"credited"`
}

// Deposit sends wei (a whole number of gwei) from the L1 key to the
// wallet's L2 account (created by the first deposit) and waits until the
// L2 has credited it.
func (c *Client) Deposit(ctx context.Context, wei *big.Int) (*DepositResult, error) {
	amount, err := ToGwei(wei)
	if err != nil {
		return nil, err
	}
	pk := c.keys.PubKey
	if pk == (ledger.PublicKey{}) {
		return nil, fmt.Errorf("%w: a deposit needs the L2 public key it credits", ErrNoKey)
	}
	x, qx, qy, err := contracts.DepositKeyHint(pk)
	if err != nil {
		return nil, fmt.Errorf("deposit to %s: %w", pk, err)
	}
	res := &DepositResult{AmountGwei: amount, Sent: time.Now()}
	rcpt, err := c.sendL1(ctx, "deposit", c.rollup.PackDeposit(pk, x, qx, qy), wei)
	if err != nil {
		return nil, err
	}
	res.Mined, res.L1Tx, res.L1Block = time.Now(), rcpt.TxHash, rcpt.BlockNumber.Uint64()
	found := false
	for _, l := range rcpt.Logs {
		if l.Address != c.cfg.Rollup {
			continue
		}
		if ev, err := c.rollup.UnpackDepositQueuedEvent(l); err == nil && ev.PubKey == pk {
			res.QueueIndex, res.Account, found = ev.Index, ev.Account, true
		}
	}
	if !found {
		return nil, fmt.Errorf("deposit %s: mined without a DepositQueued event for %s", rcpt.TxHash, pk)
	}
	c.progress("deposit queued on L1 (queue position %d, block %d) for L2 account %d; waiting for the L2 to credit it", res.QueueIndex, res.L1Block, res.Account)
	err = c.waitUntil(ctx, fmt.Sprintf("deposit %d to be credited on L2", res.QueueIndex), func(ctx context.Context) (bool, error) {
		var st rpcRollupStatus
		if err := c.call(ctx, &st, "mycel_rollupStatus"); err != nil {
			return false, err
		}
		return st.NextDeposit > res.QueueIndex, nil
	})
	if err != nil {
		return nil, fmt.Errorf("%w: the deposit is queued on L1 (transaction %s, queue position %d) and the L2 must credit it: check the balance later", err, res.L1Tx, res.QueueIndex)
	}
	res.Credited = time.Now()
	a, err := c.Account(ctx)
	if err != nil {
		return nil, err
	}
	if a.Index != res.Account {
		return nil, fmt.Errorf("%w: the Rollup assigned account %d to %s, the node has it at %d", ErrBadProof, res.Account, pk, a.Index)
	}
	res.Balance = a.Balance
	return res, nil
}

// Batch returns closed batch index as the node serves it.
func (c *Client) Batch(ctx context.Context, index uint64) (*Batch, error) {
	var b rpcBatch
	if err := c.call(ctx, &b, "mycel_getBatch", index); err != nil {
		return nil, fmt.Errorf("mycel_getBatch %d: %w", index, err)
	}
	if b.Index != index || b.Header.BatchIndex != index {
		return nil, fmt.Errorf("%w: asked for batch %d, got %d", ErrBadProof, index, b.Index)
	}
	return b.batch(), nil
}

// BatchOf waits until the batch holding L2 block height is closed and
// returns it.
func (c *Client) BatchOf(ctx context.Context, height uint64) (*Batch, error) {
	var out *Batch
	err := c.waitUntil(ctx, fmt.Sprintf("the batch holding L2 block %d to close", height), func(ctx context.Context) (bool, error) {
		var st rpcRollupStatus
		if err := c.call(ctx, &st, "mycel_rollupStatus"); err != nil {
			if rpcCode(err) != 0 {
				return false, permanent{fmt.Errorf("mycel_rollupStatus: %w", err)}
			}
			return false, err
		}
		if st.NextBatch == 0 {
			return false, nil
		}
		last, err := c.Batch(ctx, st.NextBatch-1)
		if err != nil {
			return false, err
		}
		if last.Header.LastBlock < height {
			return false, nil
		}
		// The first closed batch whose last block is at or above height.
		var ferr error
		i := sort.Search(int(st.NextBatch), func(i int) bool {
			if ferr != nil {
				return true
			}
			b, err := c.Batch(ctx, uint64(i))
			if err != nil {
				ferr = err
				return true
			}
			return b.Header.LastBlock >= height
		})
		if ferr != nil {
			return false, ferr
		}
		b, err := c.Batch(ctx, uint64(i))
		if err != nil {
			return false, err
		}
		if b.Header.FirstBlock > height || b.Header.LastBlock < height {
			return false, permanent{fmt.Errorf("%w: no batch holds L2 block %d (batch %d spans %d-%d)", ErrBadProof, height, i, b.Header.FirstBlock, b.Header.LastBlock)}
		}
		out = b
		return true, nil
	})
	return out, err
}

// WaitL1Committed waits until batch index is committed on L1: the
// Rollup's nextBatchIndex passed it, read from L1, or without an L1
// endpoint as the node's L1 view reports it (mycel_rollupStatus
// l1_next_batch).
func (c *Client) WaitL1Committed(ctx context.Context, index uint64) error {
	return c.waitUntil(ctx, fmt.Sprintf("batch %d to be committed on L1", index), func(ctx context.Context) (bool, error) {
		if c.eth == nil {
			var st rpcRollupStatus
			if err := c.call(ctx, &st, "mycel_rollupStatus"); err != nil {
				return false, err
			}
			return st.L1NextBatch > index, nil
		}
		n, err := l1Read(ctx, c, c.rollup.PackNextBatchIndex(), c.rollup.UnpackNextBatchIndex)
		return err == nil && n > index, err
	})
}

// WaitTxOnL1 waits until the L2 transaction is committed on L2, its batch
// closed and committed on L1, and returns the batch.
func (c *Client) WaitTxOnL1(ctx context.Context, hash common.Hash) (*Batch, error) {
	r, err := c.WaitCommitted(ctx, hash)
	if err != nil {
		return nil, err
	}
	b, err := c.BatchOf(ctx, r.Height)
	if err != nil {
		return nil, err
	}
	return b, c.WaitL1Committed(ctx, b.Index)
}

// WaitTxFinalized is WaitTxOnL1 and then the batch finalized on L1 (its
// proof verified): the transaction is final on L1.
func (c *Client) WaitTxFinalized(ctx context.Context, hash common.Hash) (*Batch, error) {
	b, err := c.WaitTxOnL1(ctx, hash)
	if err != nil {
		return nil, err
	}
	return b, c.WaitFinalized(ctx, b.Index)
}

// WaitFinalized waits until batch index is finalized on L1 (its proof
// verified: the Rollup's finalizedCount passed it).
func (c *Client) WaitFinalized(ctx context.Context, index uint64) error {
	if err := c.needL1(); err != nil {
		return err
	}
	reported := uint64(1<<64 - 1)
	return c.waitUntil(ctx, fmt.Sprintf("batch %d to be finalized on L1", index), func(ctx context.Context) (bool, error) {
		n, err := l1Read(ctx, c, c.rollup.PackFinalizedCount(), c.rollup.UnpackFinalizedCount)
		if err != nil {
			return false, err
		}
		if n <= index && n != reported {
			reported = n
			c.progress("waiting for the proof of batch %d on L1 (batches finalized so far: %d)", index, n)
		}
		return n > index, nil
	})
}

// ClaimResult is a withdrawal paid on L1.
type ClaimResult struct {
	Withdrawal common.Hash    `json:"withdrawal"`
	Batch      uint64         `json:"batch"`
	Index      uint32         `json:"index"`
	To         common.Address `json:"to"`
	AmountGwei uint64         `json:"amount_gwei"`
	L1Tx       common.Hash    `json:"l1_tx"`
	L1Block    uint64         `json:"l1_block"`
	// Committed and Finalized time when the batch was seen committed and
	// finalized on L1 by this call; Paid when the claim was mined.
	Committed time.Time `json:"committed"`
	Finalized time.Time `json:"finalized"`
	Paid      time.Time `json:"paid"`
}

// Claim pays an L2 withdrawal on L1: it finds the batch holding the
// withdrawal, waits until that batch is finalized on L1, builds the
// withdrawal's Merkle proof from the batch's public data (checked against
// the header the Rollup committed) and calls Rollup.claimWithdrawal. The
// L1 key pays the gas; the funds go to the withdrawal's L1 address.
func (c *Client) Claim(ctx context.Context, withdrawal common.Hash) (*ClaimResult, error) {
	if err := c.needL1(); err != nil {
		return nil, err
	}
	r, err := c.WaitCommitted(ctx, withdrawal)
	if err != nil {
		return nil, err
	}
	if r.Tx.Type != ledger.TxWithdraw {
		return nil, fmt.Errorf("%w: %s is a %s", ErrNotWithdrawal, withdrawal, r.Tx.Type)
	}
	to := common.Address(r.Tx.L1Address)
	c.progress("withdrawal %s is in L2 block %d; waiting for its batch to close", withdrawal, r.Height)
	b, err := c.BatchOf(ctx, r.Height)
	if err != nil {
		return nil, err
	}
	idx, err := c.withdrawalIndex(ctx, b, r)
	if err != nil {
		return nil, err
	}
	res := &ClaimResult{Withdrawal: withdrawal, Batch: b.Index, Index: idx, To: to, AmountGwei: r.Tx.Amount}
	c.progress("withdrawal %s is withdrawal %d of batch %d; waiting for the batch on L1", withdrawal, idx, b.Index)
	if err := c.WaitL1Committed(ctx, b.Index); err != nil {
		return nil, err
	}
	res.Committed = time.Now()
	c.progress("batch %d committed on L1; waiting for its proof", b.Index)
	if err := c.WaitFinalized(ctx, b.Index); err != nil {
		return nil, fmt.Errorf("%w: the withdrawal is safe in batch %d; claim it again once the batch is finalized", err, b.Index)
	}
	res.Finalized = time.Now()
	proof, ce, err := c.withdrawalProof(ctx, b, idx, to, r.Tx.Amount)
	if err != nil {
		return nil, err
	}
	claimed, err := l1Read(ctx, c, c.rollup.PackIsClaimed(new(big.Int).SetUint64(b.Index), big.NewInt(int64(idx))), c.rollup.UnpackIsClaimed)
	if err != nil {
		return nil, fmt.Errorf("Rollup.isClaimed: %w", err)
	}
	if claimed {
		return nil, fmt.Errorf("%w: withdrawal %d of batch %d (%s ETH to %s) was paid on L1 already", ErrAlreadyClaimed, idx, b.Index, FormatGwei(r.Tx.Amount), to)
	}
	c.progress("batch %d finalized on L1; claiming %s ETH for %s", b.Index, FormatGwei(r.Tx.Amount), to)
	rcpt, err := c.sendL1(ctx, "claim", c.rollup.PackClaimWithdrawal(new(big.Int).SetUint64(b.Index), ce.HeaderHash, ce.Record, big.NewInt(int64(idx)), to, r.Tx.Amount, proof), nil)
	if err != nil {
		return nil, err
	}
	res.L1Tx, res.L1Block, res.Paid = rcpt.TxHash, rcpt.BlockNumber.Uint64(), time.Now()
	return res, nil
}

// withdrawalIndex returns the position of the withdrawal r among batch
// b's withdrawal-tree leaves: the withdrawals and forced exits of the
// batch's blocks before it, in execution order.
func (c *Client) withdrawalIndex(ctx context.Context, b *Batch, r *Receipt) (uint32, error) {
	var n uint32
	for h := b.Header.FirstBlock; h <= r.Height; h++ {
		var blk rpcBlock
		if err := c.call(ctx, &blk, "mycel_getBlock", h); err != nil {
			return 0, fmt.Errorf("mycel_getBlock %d: %w", h, err)
		}
		for i, tx := range blk.Txs {
			if h == r.Height && uint64(i) == r.Index {
				if tx.Hash != r.Hash {
					return 0, fmt.Errorf("%w: L2 block %d position %d holds %s, the receipt says %s", ErrBadProof, h, i, tx.Hash, r.Hash)
				}
				return n, nil
			}
			if tx.Type == ledger.TxWithdraw.String() || tx.Type == ledger.TxForcedExit.String() {
				n++
			}
		}
	}
	return 0, fmt.Errorf("%w: withdrawal %s not found at L2 block %d position %d", ErrBadProof, r.Hash, r.Height, r.Index)
}

// withdrawalProof builds the Merkle proof of withdrawal idx of batch b
// from the batch's public data, after checking the data against the
// header the Rollup committed (its hash) and the resulting tree against
// the withdrawal root of the commit the Rollup holds (its BatchCommitted
// event, which claimWithdrawal takes back): nothing of it rests on the
// node's word.
func (c *Client) withdrawalProof(ctx context.Context, b *Batch, idx uint32, to common.Address, amount uint64) ([][32]byte, *bindings.RollupBatchCommitted, error) {
	ce, _, err := c.commitEvent(ctx, b.Index)
	if err != nil {
		return nil, nil, err
	}
	rec := ce.Record
	if h := b.Header.Hash(); h != ce.HeaderHash {
		return nil, nil, fmt.Errorf("%w: batch %d's header on the node hashes to %s, the Rollup committed %s", ErrBadProof, b.Index, h, common.Hash(ce.HeaderHash))
	}
	if err := b.Header.CheckPubData(b.PubData); err != nil {
		return nil, nil, fmt.Errorf("%w: batch %d's public data does not match its header: %v", ErrBadProof, b.Index, err)
	}
	ws, err := batch.Withdrawals(b.PubData)
	if err != nil {
		return nil, nil, fmt.Errorf("%w: batch %d: %v", ErrBadProof, b.Index, err)
	}
	if int(idx) >= len(ws) || ws[idx].To != to || ws[idx].AmountGwei != amount {
		return nil, nil, fmt.Errorf("%w: batch %d's withdrawal %d is not %d gwei to %s", ErrBadProof, b.Index, idx, amount, to)
	}
	root, proof := contracts.WithdrawalProof(b.Index, ws, int(idx))
	if root != rec.WithdrawalsRoot || uint32(len(ws)) != rec.NumWithdrawals {
		return nil, nil, fmt.Errorf("%w: batch %d's withdrawal tree (%d leaves, root %s) is not the Rollup's (%d, %x)", ErrBadProof, b.Index, len(ws), root, rec.NumWithdrawals, rec.WithdrawalsRoot)
	}
	return proof, ce, nil
}
