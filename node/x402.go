package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/mycel-network/mycel/agent/x402"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/mempool"
)

// X402Path is where the node serves the x402 facilitator on its RPC
// listener: POST /x402/verify, POST /x402/settle, GET /x402/supported
// (docs/rpc.md). Requests pass through the RPC listener's Host and CORS
// checks and its request rate (rpc.requests_per_second per client IP).
const X402Path = "/x402/"

// x402Poll is how often a waiting settle looks again besides at each
// block (for a block event it missed, and the L1 view).
const x402Poll = 250 * time.Millisecond

// facilitator serves x402's verify, settle and supported for mycel's exact
// scheme (agent/x402): the scheme's stateless checks are agent/x402's;
// this adds the state (the payer's key, nonce and balance, the receipt
// index) and submits the transfer as mycel_sendRawTransaction does.
type facilitator struct {
	n       *Node
	now     func() time.Time
	maxWait time.Duration // the longest a settle waits: within rpc.write_timeout

	x402Metrics
}

func (n *Node) x402Handler() http.Handler {
	f := &facilitator{n: n, now: time.Now, maxWait: n.cfg.RPC.WriteTimeout.Std() * 9 / 10,
		x402Metrics: newX402Metrics(n.reg)}
	mux := http.NewServeMux()
	mux.HandleFunc("POST "+X402Path+"verify", f.verify)
	mux.HandleFunc("POST "+X402Path+"settle", f.settle)
	mux.HandleFunc("GET "+X402Path+"supported", f.supported)
	return mux
}

func (f *facilitator) network() string { return x402.Network(f.n.store.ChainID()) }

// decodeFacilitatorRequest reads a facilitator request of at most
// x402.MaxBodyBytes; it returns the status a failure gets (413 for a body over the limit, 400
// otherwise).
func decodeFacilitatorRequest(w http.ResponseWriter, r *http.Request, req *x402.FacilitatorRequest) (int, error) {
	err := x402.DecodeBody(http.MaxBytesReader(w, r.Body, x402.MaxBodyBytes), req)
	var tooBig *http.MaxBytesError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &tooBig):
		return http.StatusRequestEntityTooLarge, &x402.Error{Reason: x402.ReasonInvalidPayload,
			Message: fmt.Sprintf("body over the %d-byte limit", x402.MaxBodyBytes)}
	default:
		return http.StatusBadRequest, err
	}
}

func x402Reply(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v) //nolint:errcheck // the client may be gone
}

// reasonOf splits an error into an x402 reason and a message; an error
// that is not an *x402.Error is unexpected.
func reasonOf(err error, unexpected string) (string, string) {
	var xe *x402.Error
	if errors.As(err, &xe) {
		return xe.Reason, xe.Message
	}
	return unexpected, err.Error()
}

// committedAt is where a transfer was committed.
type committedAt struct {
	height uint64
}

// check runs every check of a payment: agent/x402's stateless ones, then
// the payer's account and key, both signatures, the receipt index (a
// committed transfer comes back with at set and the error
// ReasonAlreadySettled, expired or not), the expiry, the nonce, the
// balance and the fee floor. It
// returns the payment whenever the payload could be read, so that errors
// can name the payer.
func (f *facilitator) check(req *x402.FacilitatorRequest) (*x402.Exact, *committedAt, error) {
	n := f.n
	e, expired := x402.CheckExact(req, n.store.ChainID(), f.now())
	if e == nil {
		return nil, nil, expired
	}
	tx := e.Tx
	payer, ok, err := n.store.Account(tx.From)
	if err != nil {
		return e, nil, err
	}
	if !ok {
		return e, nil, &x402.Error{Reason: x402.ReasonUnknownAccount, Message: fmt.Sprintf("the payer, account %d, does not exist", tx.From)}
	}
	if err := e.VerifySignatures(payer.PubKey, n.sigs); err != nil {
		return e, nil, err
	}
	if _, ok, err := n.store.Account(tx.To); err != nil {
		return e, nil, err
	} else if !ok {
		return e, nil, &x402.Error{Reason: x402.ReasonUnknownAccount, Message: fmt.Sprintf("the payee, account %d, does not exist", tx.To)}
	}
	if height, _, ok, err := n.index.lookup(e.Hash); err != nil {
		return e, nil, err
	} else if ok {
		return e, &committedAt{height}, &x402.Error{Reason: x402.ReasonAlreadySettled,
			Message: fmt.Sprintf("transaction %s was committed at height %d: a payment is used once", e.Transaction(), height)}
	}
	if expired != nil {
		return e, nil, expired
	}
	if err := f.checkState(e, payer); err != nil {
		return e, nil, err
	}
	return e, nil, nil
}

// checkState checks the transfer against its payer's committed account:
// nonce, balance, and the node's fee floor.
func (f *facilitator) checkState(e *x402.Exact, payer ledger.Account) error {
	tx, cfg := e.Tx, f.n.cfg.Mempool
	switch {
	case tx.Nonce < payer.Nonce:
		return &x402.Error{Reason: x402.ReasonNonceUsed, Message: fmt.Sprintf(
			"account %d is at nonce %d: nonce %d was used by another transaction, so this payment can never settle", tx.From, payer.Nonce, tx.Nonce)}
	case tx.Nonce-payer.Nonce >= uint64(cfg.MaxTxsPerAccount):
		return &x402.Error{Reason: x402.ReasonNonceTooHigh, Message: fmt.Sprintf(
			"account %d is at nonce %d: nonce %d is more than mempool.max_txs_per_account (%d) ahead", tx.From, payer.Nonce, tx.Nonce, cfg.MaxTxsPerAccount)}
	case payer.Balance < tx.Amount || payer.Balance-tx.Amount < tx.Fee:
		return &x402.Error{Reason: x402.ReasonInsufficientFunds, Message: fmt.Sprintf(
			"account %d holds %d gwei; the payment needs %d plus a fee of %d", tx.From, payer.Balance, tx.Amount, tx.Fee)}
	case tx.Fee < cfg.MinFee:
		return &x402.Error{Reason: x402.ReasonFeeTooLow, Message: fmt.Sprintf(
			"fee %d is below this node's floor of %d gwei (mempool.min_fee)", tx.Fee, cfg.MinFee)}
	}
	return nil
}

func (f *facilitator) count(endpoint, result string) {
	if result == "" {
		result = "ok"
	}
	f.requests.WithLabelValues(endpoint, result).Inc()
}

// verify is POST /x402/verify: 200 with {isValid, invalidReason?,
// invalidMessage?, payer?} for every request that parses; 400 (413 for an
// oversized body) with isValid false otherwise. A payment already
// committed is not valid (ReasonAlreadySettled): verify is what a
// resource server asks before it serves, and a settled payment must not
// pay for a second request.
func (f *facilitator) verify(w http.ResponseWriter, r *http.Request) {
	var req x402.FacilitatorRequest
	if code, err := decodeFacilitatorRequest(w, r, &req); err != nil {
		reason, msg := reasonOf(err, x402.ReasonInvalidPayload)
		f.count("verify", reason)
		x402Reply(w, code, x402.VerifyResponse{InvalidReason: reason, InvalidMessage: msg})
		return
	}
	e, _, err := f.check(&req)
	resp := x402.VerifyResponse{IsValid: err == nil}
	if e != nil {
		resp.Payer = e.Payer()
	}
	if err != nil {
		resp.InvalidReason, resp.InvalidMessage = reasonOf(err, x402.ReasonUnexpectedVerify)
	}
	f.count("verify", resp.InvalidReason)
	x402Reply(w, http.StatusOK, resp)
}

// settle is POST /x402/settle: it checks the payment as verify does,
// submits the transfer unless it is already pooled or committed, and
// answers once it is confirmed (committed in an L2 block, or with
// confirmation "l1" — in the body or the query — once its batch is
// committed on L1), or when the requirement's maxTimeoutSeconds (at most
// the node's limit) has passed. A payment already committed gets success
// again with the same transaction: settle is idempotent, and never
// submits a payment twice.
func (f *facilitator) settle(w http.ResponseWriter, r *http.Request) {
	start := f.now()
	var req x402.FacilitatorRequest
	if code, err := decodeFacilitatorRequest(w, r, &req); err != nil {
		reason, msg := reasonOf(err, x402.ReasonInvalidPayload)
		f.count("settle", reason)
		x402Reply(w, code, x402.SettleResponse{ErrorReason: reason, ErrorMessage: msg, Network: f.network()})
		return
	}
	confirm := req.Confirmation
	if q := r.URL.Query().Get("confirmation"); q != "" {
		confirm = q
	}
	resp := x402.SettleResponse{Network: f.network()}
	fail := func(code int, err error) {
		resp.Success, resp.Amount = false, ""
		resp.ErrorReason, resp.ErrorMessage = reasonOf(err, x402.ReasonUnexpectedSettle)
		if resp.ErrorReason != x402.ReasonSettleTimeout {
			resp.Transaction = "" // nothing was settled; a timed-out transfer may still be
		}
		f.count("settle", resp.ErrorReason)
		x402Reply(w, code, resp)
	}
	switch confirm {
	case "", x402.ConfirmSoft:
	case x402.ConfirmL1:
		if f.n.rp == nil {
			fail(http.StatusBadRequest, &x402.Error{Reason: x402.ReasonInvalidPayload,
				Message: "confirmation l1: this chain runs without L1 (no rollup parameters in the genesis)"})
			return
		}
	default:
		fail(http.StatusBadRequest, &x402.Error{Reason: x402.ReasonInvalidPayload,
			Message: fmt.Sprintf("confirmation %q is not %q or %q", confirm, x402.ConfirmSoft, x402.ConfirmL1)})
		return
	}
	e, at, err := f.check(&req)
	if e != nil {
		resp.Payer = e.Payer()
	}
	if err != nil && at == nil {
		fail(http.StatusOK, err)
		return
	}
	resp.Transaction, resp.Amount = e.Transaction(), strconv.FormatUint(e.Tx.Amount, 10)
	wait := f.maxWait
	if s := req.PaymentRequirements.MaxTimeoutSeconds; s > 0 {
		wait = min(wait, time.Duration(s)*time.Second)
	}
	ctx, cancel := context.WithTimeout(r.Context(), wait)
	defer cancel()
	if at == nil {
		if at, err = f.submitAndWait(ctx, e, r.RemoteAddr); err != nil {
			fail(http.StatusOK, err)
			return
		}
	}
	resp.Height = at.height
	if confirm == x402.ConfirmL1 {
		if err := f.waitL1(ctx, at.height); err != nil {
			fail(http.StatusOK, err)
			return
		}
	}
	resp.Success = true
	f.count("settle", "")
	f.latency.Observe(f.now().Sub(start).Seconds())
	x402Reply(w, http.StatusOK, resp)
}

// submitAndWait puts the transfer in the mempool (unless it is there
// already: a repeated settle does not submit again) and waits until a
// block commits it, or ctx ends.
func (f *facilitator) submitAndWait(ctx context.Context, e *x402.Exact, client string) (*committedAt, error) {
	n := f.n
	// Subscribed before the transfer is submitted, so that its block
	// cannot be missed. Counted like a WebSocket subscription
	// (rpc.max_subscriptions), per HTTP connection.
	blocks, unsubscribe, err := n.subscribeBlocks(4, "x402 "+client)
	if err != nil {
		return nil, &x402.Error{Reason: x402.ReasonUnexpectedSettle, Message: "the node is busy: " + err.Error()}
	}
	defer unsubscribe()
	if !n.pool.Has(e.Hash) {
		if err := f.submit(ctx, e); err != nil {
			return nil, err
		}
	}
	tick := time.NewTicker(x402Poll)
	defer tick.Stop()
	for {
		at, err := f.committed(e)
		if at != nil || err != nil {
			return at, err
		}
		select {
		case <-ctx.Done():
			return nil, &x402.Error{Reason: x402.ReasonSettleTimeout, Message: fmt.Sprintf(
				"transaction %s is pending and was not committed in time; it may still be: settle it again to learn its outcome", e.Transaction())}
		case <-blocks:
		case <-tick.C:
		}
	}
}

// committed reports whether the transfer is committed (at), or can no
// longer be: its nonce was taken by another transaction, or it left the
// mempool.
func (f *facilitator) committed(e *x402.Exact) (*committedAt, error) {
	n := f.n
	if height, _, ok, err := n.index.lookup(e.Hash); err != nil || ok {
		return &committedAt{height}, err
	}
	if n.pool.Has(e.Hash) {
		return nil, nil
	}
	// Neither committed nor pooled: look at the index once more (the block
	// may have been committed since the first lookup), then at the nonce.
	if height, _, ok, err := n.index.lookup(e.Hash); err != nil || ok {
		return &committedAt{height}, err
	}
	if acct, ok, err := n.store.Account(e.Tx.From); err == nil && ok && acct.Nonce > e.Tx.Nonce {
		return nil, &x402.Error{Reason: x402.ReasonNonceUsed, Message: fmt.Sprintf(
			"another transaction of account %d took nonce %d first", e.Tx.From, e.Tx.Nonce)}
	}
	return nil, &x402.Error{Reason: x402.ReasonInvalidTransactionState, Message: fmt.Sprintf(
		"transaction %s left the mempool without being committed (replaced or expired)", e.Transaction())}
}

// submit admits the transfer as mycel_sendRawTransaction does (pool,
// journal, gossip), with the mempool's refusals as x402 reasons.
func (f *facilitator) submit(ctx context.Context, e *x402.Exact) error {
	n := f.n
	h, err := n.pool.Add(e.Raw)
	if err != nil {
		return settleRefusal(err)
	}
	if err := n.journal.add(e.Raw); err != nil {
		n.log.Error("journal an accepted transaction", "tx", hexKey(h[:]), "err", err)
	}
	if err := n.host.PublishTx(ctx, e.Raw); err != nil {
		n.log.Warn("gossip publish failed", "tx", hexKey(h[:]), "err", err)
	}
	return nil
}

// settleRefusal maps a mempool refusal to an x402 reason. Already known
// is no refusal (the transfer is pooled: settle waits for it); a nonce
// too low means committed (the caller looks at the index) or taken.
func settleRefusal(err error) error {
	reason := x402.ReasonInvalidTransactionState
	switch {
	case errors.Is(err, mempool.ErrAlreadyKnown), errors.Is(err, ledger.ErrNonceTooLow):
		return nil
	case errors.Is(err, mempool.ErrReplacementUnderpriced):
		reason = x402.ReasonNonceUsed // a transaction of the payer with this nonce is pooled
	case errors.Is(err, ledger.ErrInsufficientBalance):
		reason = x402.ReasonInsufficientFunds // ErrOverdraft matches it too
	case errors.Is(err, mempool.ErrFeeTooLow):
		reason = x402.ReasonFeeTooLow
	case errors.Is(err, ledger.ErrBadSignature), errors.Is(err, ledger.ErrInvalidPublicKey):
		reason = x402.ReasonSignature
	case errors.Is(err, ledger.ErrNonceTooHigh):
		reason = x402.ReasonNonceTooHigh
	case errors.Is(err, ledger.ErrUnknownAccount):
		reason = x402.ReasonUnknownAccount
	}
	return &x402.Error{Reason: reason, Message: "the mempool refused the transfer: " + err.Error()}
}

// waitL1 waits until the batch holding block height is committed on L1
// (the Rollup's nextBatchIndex at this node's L1 reference is past it).
func (f *facilitator) waitL1(ctx context.Context, height uint64) error {
	tick := time.NewTicker(x402Poll)
	defer tick.Stop()
	for {
		ok, err := f.onL1(height)
		if err != nil || ok {
			return err
		}
		select {
		case <-ctx.Done():
			return &x402.Error{Reason: x402.ReasonSettleTimeout, Message: fmt.Sprintf(
				"the transfer is committed at L2 height %d, but its batch is not on L1 yet: settle again to wait more", height)}
		case <-tick.C:
		}
	}
}

// onL1 reports whether block height is in a batch committed on L1.
func (f *facilitator) onL1(height uint64) (bool, error) {
	r := f.n.rp.rollup
	next := r.Status().L1NextBatch
	if next == 0 {
		return false, nil
	}
	rec, ok, err := r.Batch(next - 1)
	if err != nil || !ok {
		return false, err
	}
	return rec.Header.LastBlock >= height, nil
}

// supported is GET /x402/supported: mycel's exact scheme on this chain,
// in versions 2 and 1. The node signs nothing of its own (the payer's
// transfer is complete), so it lists no signers.
func (f *facilitator) supported(w http.ResponseWriter, _ *http.Request) {
	extra := map[string]any{"asset": x402.AssetNative, "minFee": strconv.FormatUint(f.n.cfg.Mempool.MinFee, 10)}
	net := f.network()
	x402Reply(w, http.StatusOK, x402.SupportedResponse{
		Kinds: []x402.SupportedKind{
			{X402Version: x402.Version, Scheme: x402.Scheme, Network: net, Extra: extra},
			{X402Version: x402.VersionV1, Scheme: x402.Scheme, Network: net, Extra: extra},
		},
		Extensions: []string{},
		Signers:    map[string][]string{net: {}},
	})
}
