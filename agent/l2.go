package agent

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/ledger"
)

// SignTransfer returns a signed L2 transfer of amount gwei from account
// `from` to account `to`, paying fee gwei, with the sender's nonce: what
// the node's mycel_sendRawTransaction takes (its Encode). It checks what
// the ledger would refuse anyway (amount and fee range, self-transfer,
// the fee vault).
func SignTransfer(key *ledger.PrivateKey, chainID uint64, from, to uint32, amount, fee, nonce uint64) (*ledger.Tx, error) {
	if from == to {
		return nil, fmt.Errorf("%w: account %d would pay itself", ErrTxRejected, from)
	}
	if to == ledger.FeeVaultIndex {
		return nil, fmt.Errorf("%w: account %d is the fee vault: it receives no transfers", ErrTxRejected, to)
	}
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: chainID, From: from, To: to, Amount: amount, Fee: fee, Nonce: nonce}
	return signL2(key, tx)
}

// SignWithdrawal returns a signed L2 withdrawal of amount gwei from
// account `from` to the L1 address `to`, paying fee gwei, with the
// sender's nonce.
func SignWithdrawal(key *ledger.PrivateKey, chainID uint64, from uint32, to common.Address, amount, fee, nonce uint64) (*ledger.Tx, error) {
	if to == (common.Address{}) {
		return nil, fmt.Errorf("%w: a withdrawal to the zero address would burn the funds", ErrTxRejected)
	}
	tx := &ledger.Tx{Type: ledger.TxWithdraw, ChainID: chainID, From: from, L1Address: to, Amount: amount, Fee: fee, Nonce: nonce}
	return signL2(key, tx)
}

func signL2(key *ledger.PrivateKey, tx *ledger.Tx) (*ledger.Tx, error) {
	if key == nil {
		return nil, fmt.Errorf("%w: signing needs the L2 key", ErrNoKey)
	}
	if tx.Amount < 1 || tx.Amount > ledger.MaxAmount {
		return nil, fmt.Errorf("%w: %d gwei: amounts are 1 to %d gwei", ErrAmountOutOfRange, tx.Amount, uint64(ledger.MaxAmount))
	}
	if tx.Fee > ledger.MaxAmount || tx.Amount+tx.Fee > ledger.MaxAmount {
		return nil, fmt.Errorf("%w: fee %d gwei: amount + fee must stay within %d gwei", ErrAmountOutOfRange, tx.Fee, uint64(ledger.MaxAmount))
	}
	if err := tx.Sign(key); err != nil {
		return nil, fmt.Errorf("sign the %s: %w", tx.Type, err)
	}
	return tx, nil
}

// verifiedAccount checks an account answer: its proof verifies (leaf from
// the account's key, balance and nonce, up to the root) and names the same
// account, height and root as the answer.
// It returns the account (nil for an empty leaf) and the proven root.
func verifiedAccount(r *rpcAccount) (*Account, ledger.Hash, error) {
	p := r.Proof
	if p == nil {
		return nil, ledger.Hash{}, fmt.Errorf("%w: the node sent no Merkle proof", ErrBadProof)
	}
	if err := p.Verify(); err != nil {
		return nil, ledger.Hash{}, fmt.Errorf("%w: account %d at height %d: %v", ErrBadProof, r.Account.Index, r.Height, err)
	}
	if p.Root != r.Root || p.Height != uint64(r.Height) || p.Exists != r.Exists || (r.Exists && p.Account != r.Account) {
		return nil, ledger.Hash{}, fmt.Errorf("%w: the proof is for another account, height or root than the answer", ErrBadProof)
	}
	if !r.Exists {
		return nil, p.Root, nil
	}
	a := r.Account
	return &Account{Index: a.Index, PubKey: a.PubKey, Balance: a.Balance, Nonce: a.Nonce, Height: p.Height, Root: p.Root}, p.Root, nil
}

// AccountByKey returns the account bound to pk, its proof verified, or an
// error matching ErrUnknownAccount.
func (c *Client) AccountByKey(ctx context.Context, pk ledger.PublicKey) (*Account, error) {
	var r rpcAccount
	if err := c.call(ctx, &r, "mycel_getAccountByKey", pk); err != nil {
		if rpcCode(err) == codeNotFound {
			return nil, fmt.Errorf("%w: key %s has no account on L2 chain %d: an account is created by its first deposit (deposit first)", ErrUnknownAccount, pk, c.chainID)
		}
		return nil, fmt.Errorf("mycel_getAccountByKey: %w", err)
	}
	a, _, err := verifiedAccount(&r)
	if err != nil {
		return nil, err
	}
	if a == nil || a.PubKey != pk {
		return nil, fmt.Errorf("%w: asked for the account of key %s, the node answered with another", ErrBadProof, pk)
	}
	return a, nil
}

// AccountAt returns account index at L2 height (nil: the latest), its
// proof verified, and the state root the proof verifies against; the
// account is nil if the leaf is empty.
func (c *Client) AccountAt(ctx context.Context, index uint32, height *uint64) (*Account, ledger.Hash, error) {
	var r rpcAccount
	var err error
	if height != nil {
		err = c.call(ctx, &r, "mycel_getAccount", index, hexutil.Uint64(*height))
	} else {
		err = c.call(ctx, &r, "mycel_getAccount", index)
	}
	if err != nil {
		return nil, ledger.Hash{}, fmt.Errorf("mycel_getAccount %d: %w", index, err)
	}
	if r.Proof != nil && r.Proof.Index != index {
		return nil, ledger.Hash{}, fmt.Errorf("%w: asked for account %d, the proof is for %d", ErrBadProof, index, r.Proof.Index)
	}
	if height != nil && uint64(r.Height) != *height {
		return nil, ledger.Hash{}, fmt.Errorf("%w: asked for height %d, the answer is at %d", ErrBadProof, *height, r.Height)
	}
	return verifiedAccount(&r)
}

// Account returns the wallet's own account (ErrUnknownAccount before its
// first deposit is credited).
func (c *Client) Account(ctx context.Context) (*Account, error) {
	return c.AccountByKey(ctx, c.keys.PubKey)
}

// Transfer pays amount gwei to account `to` with a fee of fee gwei and
// waits for the soft confirmation: the transfer committed in an L2 block.
func (c *Client) Transfer(ctx context.Context, to uint32, amount, fee uint64) (*Receipt, error) {
	return c.sendAndWait(ctx, func(from uint32, nonce uint64) (*ledger.Tx, error) {
		return SignTransfer(c.keys.L2, c.chainID, from, to, amount, fee, nonce)
	})
}

// Pay is Transfer to the account of public key `to` (ErrUnknownReceiver if
// it has none: an account exists once a deposit created it).
func (c *Client) Pay(ctx context.Context, to ledger.PublicKey, amount, fee uint64) (*Receipt, error) {
	acct, err := c.AccountByKey(ctx, to)
	if err != nil {
		if errors.Is(err, ErrUnknownAccount) {
			return nil, fmt.Errorf("%w: key %s has no L2 account: it receives transfers once a deposit created its account", ErrUnknownReceiver, to)
		}
		return nil, err
	}
	return c.Transfer(ctx, acct.Index, amount, fee)
}

// Withdraw moves amount gwei from L2 to the L1 address `to` (fee fee gwei)
// and waits for it to commit on L2. The funds are paid on L1 by Claim once
// the batch holding it is finalized.
func (c *Client) Withdraw(ctx context.Context, to common.Address, amount, fee uint64) (*Receipt, error) {
	return c.sendAndWait(ctx, func(from uint32, nonce uint64) (*ledger.Tx, error) {
		return SignWithdrawal(c.keys.L2, c.chainID, from, to, amount, fee, nonce)
	})
}

func (c *Client) sendAndWait(ctx context.Context, build func(from uint32, nonce uint64) (*ledger.Tx, error)) (*Receipt, error) {
	tx, sent, err := c.Submit(ctx, build)
	if err != nil {
		return nil, err
	}
	r, err := c.WaitCommitted(ctx, tx.Hash())
	if err != nil {
		c.sendMu.Lock()
		c.haveNonce = false // a dropped transaction leaves a gap: re-read
		c.sendMu.Unlock()
		return nil, err
	}
	r.Sent = sent
	return r, nil
}

// Submit builds a transaction with the wallet's account index and next
// nonce, signs it and hands it to the node; it returns at once. The nonce
// is the larger of the committed nonce (mycel_getAccount) and the one
// after this client's last accepted send; a nonce another sender took
// meanwhile is retried with a fresh one (ErrNonceInUse after 3 tries).
func (c *Client) Submit(ctx context.Context, build func(from uint32, nonce uint64) (*ledger.Tx, error)) (*ledger.Tx, time.Time, error) {
	if c.keys.L2 == nil {
		return nil, time.Time{}, fmt.Errorf("%w: sending on L2 needs the L2 key", ErrNoKey)
	}
	c.sendMu.Lock()
	defer c.sendMu.Unlock()
	var last error
	for range 3 {
		acct, err := c.Account(ctx)
		if err != nil {
			return nil, time.Time{}, err
		}
		nonce := acct.Nonce
		if c.haveNonce && c.nextNonce > nonce {
			nonce = c.nextNonce
		}
		tx, err := build(acct.Index, nonce)
		if err != nil {
			return nil, time.Time{}, err
		}
		if need := tx.Amount + tx.Fee; need > acct.Balance {
			return nil, time.Time{}, fmt.Errorf("%w: account %d has %d gwei (%s ETH), the %s needs %d gwei (%d amount + %d fee): deposit more, or send less",
				ErrInsufficientFunds, acct.Index, acct.Balance, FormatGwei(acct.Balance), tx.Type, need, tx.Amount, tx.Fee)
		}
		var h common.Hash
		sent := time.Now()
		err = c.call(ctx, &h, "mycel_sendRawTransaction", hexutil.Bytes(tx.Encode()))
		if err == nil {
			if h != tx.Hash() {
				return nil, time.Time{}, fmt.Errorf("the node answered hash %s for transaction %x", h, tx.Hash())
			}
			c.nextNonce, c.haveNonce = nonce+1, true
			return tx, sent, nil
		}
		last = mapSendError(err)
		if !errors.Is(last, errNonceTooLow) && !errors.Is(last, errNonceTooHigh) {
			return nil, time.Time{}, last
		}
		c.haveNonce = false
	}
	return nil, time.Time{}, last
}

// Receipt returns the receipt of a committed transaction; pending is true
// while it waits in the node's mempool; both zero when the node knows
// nothing of it.
func (c *Client) Receipt(ctx context.Context, hash common.Hash) (r *Receipt, pending bool, err error) {
	var rr *rpcReceipt
	if err := c.call(ctx, &rr, "mycel_getTransactionReceipt", hash); err != nil {
		return nil, false, fmt.Errorf("mycel_getTransactionReceipt: %w", err)
	}
	if rr == nil {
		return nil, false, nil
	}
	if rr.Status != "committed" {
		return nil, true, nil
	}
	if rr.Height == nil || rr.Index == nil {
		return nil, false, fmt.Errorf("receipt of %s: committed without height or index", hash)
	}
	tx, err := ledger.DecodeTx(rr.Tx.Raw)
	if err != nil {
		return nil, false, fmt.Errorf("receipt of %s: %w", hash, err)
	}
	if common.Hash(tx.Hash()) != hash {
		return nil, false, fmt.Errorf("%w: the receipt of %s holds transaction %x", ErrBadProof, hash, tx.Hash())
	}
	return &Receipt{Hash: hash, Height: uint64(*rr.Height), Index: uint64(*rr.Index), Tx: tx, Committed: time.Now()}, false, nil
}

// WaitCommitted waits until the transaction is committed in an L2 block
// (soft confirmation). A transaction the node no longer knows (dropped
// from its mempool) ends the wait with ErrTxDropped.
func (c *Client) WaitCommitted(ctx context.Context, hash common.Hash) (*Receipt, error) {
	var r *Receipt
	var unknownSince time.Time
	err := c.waitUntil(ctx, fmt.Sprintf("transaction %s to commit on L2", hash), func(ctx context.Context) (bool, error) {
		rec, pending, err := c.Receipt(ctx, hash)
		if err != nil {
			return false, err
		}
		if rec != nil {
			r = rec
			return true, nil
		}
		if pending {
			unknownSince = time.Time{}
			return false, nil
		}
		// Unknown: between the mempool and the block index for a moment
		// at most; for a second, dropped.
		if unknownSince.IsZero() {
			unknownSince = time.Now()
		} else if time.Since(unknownSince) > time.Second {
			return false, permanent{fmt.Errorf("%w: the node has %s neither pending nor committed (expired or evicted from its mempool): check the balance and nonce, then send again", ErrTxDropped, hash)}
		}
		return false, nil
	})
	return r, err
}

// Balance is a wallet's funds: the latest L2 account (soft state), the
// account as of the last batch finalized on L1, and the L1 balance.
type Balance struct {
	PubKey  ledger.PublicKey `json:"pub_key"`
	Address common.Address   `json:"l1_address"`
	// L2 is the latest account state, its Merkle proof verified against
	// the state root, which is the app hash of L2 block L2.Height; nil
	// before the first deposit is credited.
	L2 *Account `json:"l2"`
	// Finalized is the account as of the last batch finalized on L1,
	// verified against the Rollup's root (nil without L1, an account, or
	// a finalized batch).
	Finalized *FinalizedAccount `json:"finalized"`
	// L1Wei is the L1 address's balance (nil without L1 or address).
	L1Wei *big.Int `json:"l1_wei"`
}

// Balance reads the wallet's balances and checks every proof it gets.
func (c *Client) Balance(ctx context.Context) (*Balance, error) {
	b := &Balance{PubKey: c.keys.PubKey, Address: c.keys.Address}
	if c.keys.PubKey != (ledger.PublicKey{}) {
		a, err := c.AccountByKey(ctx, c.keys.PubKey)
		switch {
		case errors.Is(err, ErrUnknownAccount):
		case err != nil:
			return nil, err
		default:
			if err := c.checkAppHash(ctx, a.Height, a.Root); err != nil {
				return nil, err
			}
			b.L2 = a
		}
	}
	if c.eth == nil {
		return b, nil
	}
	if b.Address != (common.Address{}) {
		cctx, cancel := c.callCtx(ctx)
		wei, err := c.eth.BalanceAt(cctx, b.Address, nil)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("L1 balance of %s: %w", b.Address, err)
		}
		b.L1Wei = wei
	}
	if b.L2 != nil {
		f, err := c.FinalizedAccount(ctx, b.L2.Index)
		if err != nil {
			return nil, err
		}
		b.Finalized = f
	}
	return b, nil
}

// checkAppHash checks that root is the app hash of L2 block height.
func (c *Client) checkAppHash(ctx context.Context, height uint64, root ledger.Hash) error {
	var blk rpcBlock
	if err := c.call(ctx, &blk, "mycel_getBlock", height); err != nil {
		return fmt.Errorf("mycel_getBlock %d: %w", height, err)
	}
	if blk.AppHash != root {
		return fmt.Errorf("%w: the account proof's root %s is not the app hash %s of L2 block %d", ErrBadProof, root, blk.AppHash, height)
	}
	return nil
}

// FinalizedAccount returns account index as of the last batch finalized on
// L1, its proof verified against the Rollup's lastFinalizedRoot; nil
// before the first batch is finalized.
func (c *Client) FinalizedAccount(ctx context.Context, index uint32) (*FinalizedAccount, error) {
	if err := c.needL1(); err != nil {
		return nil, err
	}
	// Both reads at one L1 block, so that they agree.
	cctx, cancel := c.callCtx(ctx)
	head, err := c.eth.BlockNumber(cctx)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("L1 head: %w", err)
	}
	at := new(big.Int).SetUint64(head)
	fc, err := l1ReadAt(ctx, c, at, c.rollup.PackFinalizedCount(), c.rollup.UnpackFinalizedCount)
	if err != nil {
		return nil, fmt.Errorf("Rollup.finalizedCount: %w", err)
	}
	if fc == 0 {
		return nil, nil
	}
	root, err := l1ReadAt(ctx, c, at, c.rollup.PackLastFinalizedRoot(), c.rollup.UnpackLastFinalizedRoot)
	if err != nil {
		return nil, fmt.Errorf("Rollup.lastFinalizedRoot: %w", err)
	}
	b, err := c.Batch(ctx, fc-1)
	if err != nil {
		return nil, err
	}
	if b.Header.NewRoot != root {
		return nil, fmt.Errorf("%w: batch %d's root on the node is %x, the Rollup finalized %x for it: the node is on another chain",
			ErrBadProof, fc-1, b.Header.NewRoot, root)
	}
	h := b.Header.LastBlock
	a, proven, err := c.AccountAt(ctx, index, &h)
	if err != nil {
		return nil, err
	}
	if proven != ledger.Hash(root) {
		return nil, fmt.Errorf("%w: the proof of account %d at height %d is against root %s, L1 finalized %x", ErrBadProof, index, h, proven, root)
	}
	f := &FinalizedAccount{Batch: fc - 1, Height: h, Root: ledger.Hash(root)}
	if a != nil {
		f.Exists, f.Balance, f.Nonce = true, a.Balance, a.Nonce
	}
	return f, nil
}
