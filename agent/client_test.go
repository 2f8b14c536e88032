package agent

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/mempool"
)

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

func TestSignTransferAndWithdrawal(t *testing.T) {
	k := seedKey(t, "alice")
	tr, err := SignTransfer(k, 9, 3, 4, 1000, 2, 7)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := ledger.DecodeTx(tr.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if dec.Type != ledger.TxTransfer || dec.ChainID != 9 || dec.From != 3 || dec.To != 4 || dec.Amount != 1000 || dec.Fee != 2 || dec.Nonce != 7 {
		t.Fatalf("decoded transfer %+v", dec)
	}
	if err := ledger.VerifyHash(k.Public(), dec.SigningHash(), dec.Signature); err != nil {
		t.Fatalf("transfer signature: %v", err)
	}
	// The signature covers the chain id and the nonce.
	other := *dec
	other.Nonce = 8
	if err := ledger.VerifyHash(k.Public(), other.SigningHash(), dec.Signature); err == nil {
		t.Fatal("signature valid for another nonce")
	}
	to := common.HexToAddress("0x00000000000000000000000000000000000a11ce")
	wd, err := SignWithdrawal(k, 9, 3, to, 5, 0, 8)
	if err != nil {
		t.Fatal(err)
	}
	dec, err = ledger.DecodeTx(wd.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if dec.Type != ledger.TxWithdraw || common.Address(dec.L1Address) != to || dec.Amount != 5 || dec.Nonce != 8 {
		t.Fatalf("decoded withdrawal %+v", dec)
	}
	if err := ledger.VerifyHash(k.Public(), dec.SigningHash(), dec.Signature); err != nil {
		t.Fatalf("withdrawal signature: %v", err)
	}

	bad := []struct {
		name string
		err  error
		want error
	}{
		{"zero amount", func() error { _, err := SignTransfer(k, 9, 3, 4, 0, 1, 0); return err }(), ErrAmountOutOfRange},
		{"amount above max", func() error { _, err := SignTransfer(k, 9, 3, 4, ledger.MaxAmount+1, 0, 0); return err }(), ErrAmountOutOfRange},
		{"amount+fee above max", func() error { _, err := SignTransfer(k, 9, 3, 4, ledger.MaxAmount, 1, 0); return err }(), ErrAmountOutOfRange},
		{"self transfer", func() error { _, err := SignTransfer(k, 9, 3, 3, 1, 1, 0); return err }(), ErrTxRejected},
		{"to the fee vault", func() error { _, err := SignTransfer(k, 9, 3, 0, 1, 1, 0); return err }(), ErrTxRejected},
		{"no key", func() error { _, err := SignTransfer(nil, 9, 3, 4, 1, 1, 0); return err }(), ErrNoKey},
		{"withdraw to zero address", func() error { _, err := SignWithdrawal(k, 9, 3, common.Address{}, 1, 1, 0); return err }(), ErrTxRejected},
	}
	for _, b := range bad {
		if !errors.Is(b.err, b.want) {
			t.Errorf("%s: %v, want %v", b.name, b.err, b.want)
		}
	}
}

// TestSendErrorMapping: each refusal the node passes on (the ledger's and
// the mempool's own error texts, as the node wraps them, with the node's
// codes) maps to the error a caller matches, with what to do.
func TestSendErrorMapping(t *testing.T) {
	rej := func(err error) error { return &fakeErr{codeRejected, "transaction rejected: " + err.Error()} }
	pool := func(err error) error {
		return &fakeErr{codePoolPolicy, "mempool refused the transaction: " + err.Error()}
	}
	cases := []struct {
		err  error
		want error
		hint string
	}{
		{rej(fmt.Errorf("%w: sender %d", ledger.ErrUnknownAccount, 5)), ErrUnknownAccount, "deposit"},
		{rej(fmt.Errorf("%w: receiver %d", ledger.ErrUnknownAccount, 9)), ErrUnknownReceiver, "receiver must deposit first"},
		{rej(fmt.Errorf("%w: account 3 is at nonce 5, transaction has 4", ledger.ErrNonceTooLow)), ErrNonceInUse, "retry"},
		{rej(fmt.Errorf("%w: account 3 is at nonce 5, transaction has 9", ledger.ErrNonceTooHigh)), ErrNonceInUse, "retry"},
		{pool(mempool.ErrReplacementUnderpriced), ErrNonceInUse, "wait for it to commit"},
		{pool(mempool.ErrAlreadyKnown), ErrNonceInUse, "already pending"},
		{rej(fmt.Errorf("%w: account 3 has 5, needs 10 (amount 9 + fee 1)", ledger.ErrInsufficientBalance)), ErrInsufficientFunds, "deposit more"},
		{pool(fmt.Errorf("%w: %w: account 3 has 5", mempool.ErrOverdraft, ledger.ErrInsufficientBalance)), ErrInsufficientFunds, "pending transactions"},
		{pool(fmt.Errorf("%w: fee 0, the minimum is 1", mempool.ErrFeeTooLow)), ErrFeeTooLow, "raise the fee"},
		{pool(mempool.ErrPoolFull), ErrNodeBusy, "retry later"},
		{pool(mempool.ErrAccountLimit), ErrNodeBusy, "pending transactions"},
		{pool(mempool.ErrQueuedLimit), ErrNodeBusy, "pending transactions"},
		{&fakeErr{codeLimitExceeded, "rate limit exceeded: retry in 1s"}, ErrNodeBusy, "retry"},
		{rej(fmt.Errorf("%w: transaction is for chain 8, this is chain 7", ledger.ErrWrongChain)), ErrWrongChain, "another L2 chain"},
		{rej(fmt.Errorf("%w: account 3", ledger.ErrSelfTransfer)), ErrTxRejected, "own account"},
		{rej(ledger.CheckSignedFields(&ledger.Tx{Type: ledger.TxTransfer, From: 1, To: 2, Amount: 1<<35 + 1})), ErrAmountOutOfRange, "send the value the message gives"},
		{rej(ledger.CheckSignedFields(&ledger.Tx{Type: ledger.TxTransfer, From: 1, To: 2, Amount: 1, Fee: 2049})), ErrAmountOutOfRange, "m < 2048"},
		{rej(fmt.Errorf("%w: amount 0 not in [1, 5]", ledger.ErrAmountOutOfRange)), ErrAmountOutOfRange, "amounts are 1 to"},
		{rej(fmt.Errorf("transaction from account 3: %w", ledger.ErrBadSignature)), ErrTxRejected, "does not sign"},
		{&fakeErr{codeInvalidTx, "invalid transaction: malformed transaction"}, ErrTxRejected, "malformed"},
	}
	for _, tc := range cases {
		got := mapSendError(tc.err)
		if !errors.Is(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.err, got, tc.want)
			continue
		}
		if !strings.Contains(got.Error(), tc.hint) || !strings.Contains(got.Error(), tc.err.Error()) {
			t.Errorf("%q: %q lacks the hint %q or the node's message", tc.err, got, tc.hint)
		}
	}
	// A transport error is not a refusal.
	if got := mapSendError(errors.New("connection refused")); errors.Is(got, ErrTxRejected) || !strings.Contains(got.Error(), "connection refused") {
		t.Errorf("transport error: %v", got)
	}
}

func TestTransferAndPay(t *testing.T) {
	alice, bob := seedKey(t, "alice"), seedKey(t, "bob")
	n, url := newFakeNode(t, 1_000_000, alice, bob)
	c := dialFake(t, url, Keys{L2: alice})
	ctx := testCtx(t)
	if c.ChainID() != fakeChainID {
		t.Fatalf("chain id %d", c.ChainID())
	}
	r, err := c.Transfer(ctx, 2, 1000, 3)
	if err != nil {
		t.Fatal(err)
	}
	if r.Tx.Nonce != 0 || r.Tx.From != 1 || r.Tx.To != 2 || r.Height != 1 || r.Sent.IsZero() || r.Committed.Before(r.Sent) {
		t.Fatalf("receipt %+v tx %+v", r, r.Tx)
	}
	r2, err := c.Pay(ctx, bob.Public(), 500, 3)
	if err != nil {
		t.Fatal(err)
	}
	if r2.Tx.Nonce != 1 || r2.Tx.To != 2 {
		t.Fatalf("second transfer: nonce %d to %d, want nonce 1 to 2", r2.Tx.Nonce, r2.Tx.To)
	}
	a, err := c.Account(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if a.Balance != 1_000_000-1500-6 || a.Nonce != 2 || a.Index != 1 {
		t.Fatalf("alice %+v", a)
	}
	b, err := c.AccountByKey(ctx, bob.Public())
	if err != nil || b.Balance != 1_001_500 {
		t.Fatalf("bob %+v %v", b, err)
	}
	// Balance checks the proof's root against the block's app hash.
	bal, err := c.Balance(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if bal.L2 == nil || bal.L2.Balance != a.Balance || bal.Finalized != nil || bal.L1Wei != nil {
		t.Fatalf("balance %+v", bal)
	}
	// Another client with the same key (fresh nonce cache) gets nonce 2.
	c2 := dialFake(t, url, Keys{L2: alice})
	r3, err := c2.Transfer(ctx, 2, 1, 1)
	if err != nil || r3.Tx.Nonce != 2 {
		t.Fatalf("second client: %v nonce %v", err, r3)
	}
	if n.sends != 3 {
		t.Fatalf("%d sends, want 3", n.sends)
	}
}

func TestTransferRefusals(t *testing.T) {
	alice, carol := seedKey(t, "alice"), seedKey(t, "carol")
	_, url := newFakeNode(t, 1000, alice, seedKey(t, "bob"))
	ctx := testCtx(t)
	c := dialFake(t, url, Keys{L2: alice})
	if _, err := c.Transfer(ctx, 2, 1000, 1); !errors.Is(err, ErrInsufficientFunds) || !strings.Contains(err.Error(), "1001 gwei") {
		t.Fatalf("overspend: %v", err)
	}
	// The ledger's own refusal of an unknown receiver, through the RPC.
	if _, err := c.Transfer(ctx, 9, 10, 1); !errors.Is(err, ErrUnknownReceiver) {
		t.Fatalf("unknown receiver index: %v", err)
	}
	if _, err := c.Pay(ctx, carol.Public(), 10, 1); !errors.Is(err, ErrUnknownReceiver) || !strings.Contains(err.Error(), "deposit") {
		t.Fatalf("unknown receiver key: %v", err)
	}
	cc := dialFake(t, url, Keys{L2: carol})
	if _, err := cc.Transfer(ctx, 1, 10, 1); !errors.Is(err, ErrUnknownAccount) || !strings.Contains(err.Error(), "deposit first") {
		t.Fatalf("sender without account: %v", err)
	}
	if _, err := cc.Balance(ctx); err != nil {
		t.Fatalf("balance of a key without account: %v", err)
	}
	ro := dialFake(t, url, Keys{PubKey: alice.Public()})
	if _, err := ro.Transfer(ctx, 2, 1, 1); !errors.Is(err, ErrNoKey) {
		t.Fatalf("watch-only transfer: %v", err)
	}
	if _, err := ro.Deposit(ctx, GweiToWei(1)); !errors.Is(err, ErrNoL1) {
		t.Fatalf("deposit without L1: %v", err)
	}
}

func TestNonceTakenIsRetried(t *testing.T) {
	alice := seedKey(t, "alice")
	n, url := newFakeNode(t, 1000, alice, seedKey(t, "bob"))
	c := dialFake(t, url, Keys{L2: alice})
	ctx := testCtx(t)
	low := &fakeErr{codeRejected, "transaction rejected: " + fmt.Errorf("%w: account 1 is at nonce 1, transaction has 0", ledger.ErrNonceTooLow).Error()}
	n.sendErrs = []error{low}
	r, err := c.Transfer(ctx, 2, 10, 1)
	if err != nil {
		t.Fatal(err)
	}
	if n.sends != 2 || r.Tx.Nonce != 0 {
		t.Fatalf("%d sends, nonce %d: want a retry", n.sends, r.Tx.Nonce)
	}
	// Three refusals in a row: the caller gets ErrNonceInUse.
	n.sendErrs = []error{low, low, low}
	if _, err := c.Transfer(ctx, 2, 10, 1); !errors.Is(err, ErrNonceInUse) {
		t.Fatalf("nonce always taken: %v", err)
	}
	// A pending transaction with the nonce: not retried.
	n.sends = 0
	n.sendErrs = []error{&fakeErr{codePoolPolicy, "mempool refused the transaction: " + mempool.ErrReplacementUnderpriced.Error()}}
	if _, err := c.Transfer(ctx, 2, 10, 1); !errors.Is(err, ErrNonceInUse) || n.sends != 1 {
		t.Fatalf("replacement underpriced: %v after %d sends", err, n.sends)
	}
}

func TestDroppedTransaction(t *testing.T) {
	alice := seedKey(t, "alice")
	n, url := newFakeNode(t, 1000, alice, seedKey(t, "bob"))
	n.drop = true
	c := dialFake(t, url, Keys{L2: alice})
	if _, err := c.Transfer(testCtx(t), 2, 10, 1); !errors.Is(err, ErrTxDropped) {
		t.Fatalf("dropped: %v", err)
	}
}

func TestTamperedAccountRefused(t *testing.T) {
	alice := seedKey(t, "alice")
	n, url := newFakeNode(t, 1000, alice)
	c := dialFake(t, url, Keys{L2: alice})
	ctx := testCtx(t)
	tampers := map[string]func(*rpcAccount){
		"balance raised": func(r *rpcAccount) { r.Account.Balance++; r.Proof.Account.Balance++ },
		"answer differs": func(r *rpcAccount) { r.Account.Balance++ },
		"no proof":       func(r *rpcAccount) { r.Proof = nil },
		"other root":     func(r *rpcAccount) { r.Root[31] ^= 1; r.Proof.Root[31] ^= 1 },
		"sibling":        func(r *rpcAccount) { r.Proof.Siblings[3][31] ^= 1 },
	}
	for name, f := range tampers {
		n.mu.Lock()
		n.tamper = f
		n.mu.Unlock()
		if _, err := c.Account(ctx); !errors.Is(err, ErrBadProof) {
			t.Errorf("%s: %v, want ErrBadProof", name, err)
		}
	}
}

func TestL1ErrorMapping(t *testing.T) {
	cause := errors.New("execution reverted")
	cases := []struct {
		name string
		want error
	}{
		{"AlreadyClaimed", ErrAlreadyClaimed},
		{"AmountNotGweiMultiple", ErrNotWholeGwei},
		{"SupplyCap", ErrAmountOutOfRange},
		{"EscapeHatchActive", ErrEscapeHatch},
		{"BadMerkleProof", ErrBadProof},
		{"BatchNotFinalized", ErrL1Reverted},
		{"SomethingNew", ErrL1Reverted},
	}
	for _, tc := range cases {
		err := revertError("claim", tc.name, cause)
		if !errors.Is(err, tc.want) || !errors.Is(err, cause) || !strings.Contains(err.Error(), tc.name) {
			t.Errorf("%s: %v, want %v naming it and wrapping the cause", tc.name, err, tc.want)
		}
	}
	funds := l1SendError("deposit", errors.New("insufficient funds for gas * price + value: address 0x01 have 0 want 10"))
	if !errors.Is(funds, ErrInsufficientL1Funds) || !strings.Contains(funds.Error(), "fund the L1 account") {
		t.Errorf("insufficient funds: %v", funds)
	}
	if other := l1SendError("deposit", errors.New("connection refused")); errors.Is(other, ErrL1Reverted) || errors.Is(other, ErrInsufficientL1Funds) {
		t.Errorf("transport error mapped to %v", other)
	}
}

// TestBatchWaits: the batch holding a block is found among the closed
// ones, waited for until it closes, and then until the node sees it on
// L1 (no L1 endpoint: mycel_rollupStatus).
func TestBatchWaits(t *testing.T) {
	alice := seedKey(t, "alice")
	n, url := newFakeNode(t, 1000, alice, seedKey(t, "bob"))
	c := dialFake(t, url, Keys{L2: alice})
	ctx := testCtx(t)
	closeBatch := func(first, last uint64) {
		n.mu.Lock()
		i := uint64(len(n.batches))
		n.batches = append(n.batches, rpcBatch{Index: i, Header: rpcHeader{ChainID: fakeChainID, BatchIndex: i, FirstBlock: first, LastBlock: last}})
		n.mu.Unlock()
	}
	for _, r := range [][2]uint64{{1, 3}, {4, 4}, {5, 9}, {10, 12}, {13, 20}} {
		closeBatch(r[0], r[1])
	}
	for h, want := range map[uint64]uint64{1: 0, 3: 0, 4: 1, 5: 2, 9: 2, 12: 3, 13: 4, 20: 4} {
		b, err := c.BatchOf(ctx, h)
		if err != nil || b.Index != want {
			t.Fatalf("BatchOf(%d): %+v %v, want batch %d", h, b, err, want)
		}
	}
	// Block 23 is in no closed batch yet: BatchOf waits for it.
	got := make(chan *Batch, 1)
	go func() {
		b, err := c.BatchOf(ctx, 23)
		if err != nil {
			t.Error(err)
		}
		got <- b
	}()
	time.Sleep(100 * time.Millisecond)
	select {
	case b := <-got:
		t.Fatalf("BatchOf(23) returned %+v before its batch closed", b)
	default:
	}
	closeBatch(21, 25)
	if b := <-got; b == nil || b.Index != 5 {
		t.Fatalf("BatchOf(23) = %+v, want batch 5", b)
	}
	// Committed on L1 once the node's L1 view passes the batch.
	short, cancel := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancel()
	if err := c.WaitL1Committed(short, 2); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("batch 2 before L1 has it: %v", err)
	}
	n.mu.Lock()
	n.l1Next = 3
	n.mu.Unlock()
	if err := c.WaitL1Committed(ctx, 2); err != nil {
		t.Fatal(err)
	}
	// Finality needs L1 itself.
	if err := c.WaitFinalized(ctx, 2); !errors.Is(err, ErrNoL1) {
		t.Fatalf("WaitFinalized without L1: %v", err)
	}
	if _, err := c.Claim(ctx, common.Hash{1}); !errors.Is(err, ErrNoL1) {
		t.Fatalf("Claim without L1: %v", err)
	}
}

// TestAccountAtEmptyLeafAndVault: an empty leaf and the fee vault come
// with the all-zero key; both read and verify.
func TestAccountAtEmptyLeafAndVault(t *testing.T) {
	alice := seedKey(t, "alice")
	_, url := newFakeNode(t, 1000, alice, seedKey(t, "bob"))
	c := dialFake(t, url, Keys{L2: alice})
	ctx := testCtx(t)
	if _, err := c.Transfer(ctx, 2, 10, 3); err != nil {
		t.Fatal(err)
	}
	a, root, err := c.AccountAt(ctx, 5, nil)
	if err != nil || a != nil || root == (ledger.Hash{}) {
		t.Fatalf("empty leaf: %+v %s %v", a, root, err)
	}
	v, _, err := c.AccountAt(ctx, ledger.FeeVaultIndex, nil)
	if err != nil || v == nil || v.Balance != 3 || v.PubKey != (ledger.PublicKey{}) {
		t.Fatalf("fee vault: %+v %v", v, err)
	}
	h := uint64(0)
	old, oldRoot, err := c.AccountAt(ctx, 1, &h)
	if err != nil || old == nil || old.Balance != 1000 || oldRoot == root {
		t.Fatalf("alice at genesis: %+v %s %v", old, oldRoot, err)
	}
}
