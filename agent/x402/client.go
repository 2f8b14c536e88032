package x402

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"

	"github.com/mycel-network/mycel/ledger"
)

// Budget bounds what a Transport pays, in gwei, amount and fee together.
type Budget struct {
	PerRequest uint64 // the most one request may cost
	Total      uint64 // the most all requests together may cost
}

// ErrBudget is returned (wrapped in a *BudgetError) when a 402 asks for
// more than the budget allows.
var ErrBudget = errors.New("x402: over budget")

// ErrNoOption is returned when a 402 offers no way to pay that this
// Transport can use (mycel's exact scheme on its node's chain).
var ErrNoOption = errors.New("x402: no acceptable payment option")

// BudgetError says which budget a payment would have broken.
type BudgetError struct {
	Cost, PerRequest, Spent, Total uint64
}

func (e *BudgetError) Error() string {
	return fmt.Sprintf("x402: over budget: the payment costs %d gwei (amount and fee); per request %d, spent %d of %d",
		e.Cost, e.PerRequest, e.Spent, e.Total)
}

func (e *BudgetError) Unwrap() error { return ErrBudget }

// Transport is an http.RoundTripper that pays: a request answered 402 with
// mycel's exact scheme on the node's chain among its options is sent again
// with a payment (PAYMENT-SIGNATURE, or X-PAYMENT to a v1 server), a
// transfer signed with Key whose nonce it reads from the node's JSON-RPC
// (mycel_getAccountByKey). Payments are made one at a time, so that their
// nonces follow each other.
//
// Every payment that leaves counts against the budget until it is known
// to have failed for good: its nonce was taken by a later transaction.
// A payment that the server did not settle is cancelled that way: the
// next payment reuses its nonce unless it is still in the node's mempool.
type Transport struct {
	Base   http.RoundTripper // nil: http.DefaultTransport
	Key    *ledger.PrivateKey
	Node   string // the node's JSON-RPC URL
	Budget Budget
	// Fee is the fee of each transfer, at least the requirement's
	// extra.minFee; 0: the requirement's minFee, or 1.
	Fee uint64
	// Validity bounds validBefore: at most this long from signing (0: the
	// requirement's maxTimeoutSeconds, or 60 s).
	Validity time.Duration
	// Now is the clock (tests); nil is time.Now.
	Now func() time.Time

	mu        sync.Mutex // one payment at a time
	chainID   uint64
	account   uint32
	spent     uint64
	unsettled []sentPayment
}

type sentPayment struct {
	hash  string
	nonce uint64
	cost  uint64
}

// NewTransport returns a Transport paying with key within budget, reading
// nonces from the node at nodeURL.
func NewTransport(nodeURL string, key *ledger.PrivateKey, budget Budget) *Transport {
	return &Transport{Node: nodeURL, Key: key, Budget: budget}
}

// Spent is what the payments made so far cost, those known to have failed
// for good left out.
func (t *Transport) Spent() uint64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.spent
}

func (t *Transport) base() http.RoundTripper {
	if t.Base != nil {
		return t.Base
	}
	return http.DefaultTransport
}

func (t *Transport) now() time.Time {
	if t.Now != nil {
		return t.Now()
	}
	return time.Now()
}

// RoundTrip sends req; on a 402 it pays and sends req again.
func (t *Transport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.Body != nil && req.Body != http.NoBody && req.GetBody == nil {
		// The body goes out twice if the server asks for a payment.
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, err
		}
		req = req.Clone(req.Context())
		req.Body = io.NopCloser(bytes.NewReader(b))
		req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	}
	resp, err := t.base().RoundTrip(req)
	if err != nil || resp.StatusCode != http.StatusPaymentRequired {
		return resp, err
	}
	pr, ok := paymentRequired(resp)
	if !ok {
		return resp, nil // a 402 that is not x402's
	}
	io.Copy(io.Discard, io.LimitReader(resp.Body, MaxBodyBytes)) //nolint:errcheck
	resp.Body.Close()

	t.mu.Lock()
	defer t.mu.Unlock()
	paid, header, value, err := t.pay(req.Context(), pr)
	if err != nil {
		return nil, err
	}
	retry := req.Clone(req.Context())
	if req.GetBody != nil {
		if retry.Body, err = req.GetBody(); err != nil {
			return nil, err
		}
	}
	retry.Header.Set(header, value)
	resp, err = t.base().RoundTrip(retry)
	if err != nil {
		return nil, err
	}
	if sr, ok := settlement(resp); ok && sr.Success {
		t.settled(paid.hash)
	}
	return resp, nil
}

// paymentRequired reads a 402's requirements: the PAYMENT-REQUIRED header
// (v2), else a v1 JSON body.
func paymentRequired(resp *http.Response) (*PaymentRequired, bool) {
	var pr PaymentRequired
	if h := resp.Header.Get(HeaderPaymentRequired); h != "" {
		if DecodeHeader(h, &pr) == nil && pr.X402Version == Version {
			return &pr, true
		}
		return nil, false
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxBodyBytes))
	resp.Body = io.NopCloser(bytes.NewReader(b))
	if err != nil || decodeJSON(b, &pr) != nil || pr.X402Version != VersionV1 {
		return nil, false
	}
	return &pr, true
}

// settlement reads a response's PAYMENT-RESPONSE (or X-PAYMENT-RESPONSE).
func settlement(resp *http.Response) (*SettleResponse, bool) {
	h := resp.Header.Get(HeaderPaymentResponse)
	if h == "" {
		h = resp.Header.Get(HeaderPaymentRespV1)
	}
	var sr SettleResponse
	if h == "" || DecodeHeader(h, &sr) != nil {
		return nil, false
	}
	return &sr, true
}

// pay picks an option of pr within the budget and signs a payment for it:
// it returns the header to send it in and its value.
func (t *Transport) pay(ctx context.Context, pr *PaymentRequired) (sentPayment, string, string, error) {
	if t.chainID == 0 {
		var st struct {
			ChainID uint64 `json:"chain_id"`
		}
		if err := t.call(ctx, &st, "mycel_status"); err != nil {
			return sentPayment{}, "", "", err
		}
		var acct accountResult
		if err := t.call(ctx, &acct, "mycel_getAccountByKey", t.Key.Public()); err != nil {
			return sentPayment{}, "", "", fmt.Errorf("x402: the paying key's account: %w", err)
		}
		t.chainID, t.account = st.ChainID, acct.Account.Index
	}
	var (
		req    *PaymentRequirements
		parsed Requirement
		fee    uint64
		over   *BudgetError
	)
	for i := range pr.Accepts {
		a := &pr.Accepts[i]
		r, err := ParseRequirement(a, t.chainID)
		if err != nil {
			continue
		}
		f := max(t.Fee, minFee(a), 1)
		cost := r.Amount + f
		if cost < r.Amount || cost > t.Budget.PerRequest || t.spent+cost > t.Budget.Total || t.spent+cost < t.spent {
			over = &BudgetError{Cost: cost, PerRequest: t.Budget.PerRequest, Spent: t.spent, Total: t.Budget.Total}
			continue
		}
		req, parsed, fee = a, r, f
		break
	}
	if req == nil {
		if over != nil {
			return sentPayment{}, "", "", over
		}
		return sentPayment{}, "", "", fmt.Errorf("%w: none of %d options is %q on %s with asset %q", ErrNoOption, len(pr.Accepts), Scheme, Network(t.chainID), AssetNative)
	}
	nonce, err := t.nextNonce(ctx)
	if err != nil {
		return sentPayment{}, "", "", err
	}
	resource := req.Resource // v1
	if pr.X402Version == Version {
		if pr.Resource == nil {
			return sentPayment{}, "", "", errors.New("x402: the 402 names no resource")
		}
		resource = pr.Resource.URL
	}
	validity := time.Duration(req.MaxTimeoutSeconds) * time.Second
	if validity <= 0 {
		validity = 60 * time.Second
	}
	if t.Validity > 0 {
		validity = min(validity, t.Validity)
	}
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: t.chainID, From: t.account, To: parsed.PayTo, Amount: parsed.Amount, Fee: fee, Nonce: nonce}
	ep, err := NewExactPayload(t.Key, tx, t.now().Add(validity), resource)
	if err != nil {
		return sentPayment{}, "", "", err
	}
	raw, err := json.Marshal(ep)
	if err != nil {
		return sentPayment{}, "", "", err
	}
	pay := PaymentPayload{X402Version: pr.X402Version, Payload: raw}
	header := HeaderPaymentSignature
	if pr.X402Version == Version {
		pay.Resource, pay.Accepted = pr.Resource, req
	} else {
		pay.Scheme, pay.Network, header = req.Scheme, req.Network, HeaderPaymentV1
	}
	value, err := EncodeHeader(pay)
	if err != nil {
		return sentPayment{}, "", "", err
	}
	h := tx.Hash()
	sent := sentPayment{hash: "0x" + hex.EncodeToString(h[:]), nonce: nonce, cost: parsed.Amount + fee}
	for _, u := range t.unsettled {
		if u.hash == sent.hash {
			// The same transfer as an unsettled payment (same nonce and
			// terms; signatures are deterministic): counted once.
			return sent, header, value, nil
		}
	}
	t.spent += sent.cost
	t.unsettled = append(t.unsettled, sent)
	return sent, header, value, nil
}

func minFee(r *PaymentRequirements) uint64 {
	if s, ok := r.Extra["minFee"].(string); ok {
		if v, err := parseDecimal(s); err == nil {
			return v
		}
	}
	return 0
}

// settled forgets a payment the server settled.
func (t *Transport) settled(hash string) {
	for i, p := range t.unsettled {
		if p.hash == hash {
			t.unsettled = append(t.unsettled[:i], t.unsettled[i+1:]...)
			return
		}
	}
}

// nextNonce is the nonce of the next payment: the account's committed
// nonce, past the earlier payments still in the node's mempool. Earlier
// payments that were committed are forgotten; those whose nonce another
// transaction took are refunded to the budget; one neither committed nor
// pooled gives its nonce to this payment, which cancels it.
func (t *Transport) nextNonce(ctx context.Context) (uint64, error) {
	// Receipts before the account: a payment committed in between is then
	// seen as pending, and the account's nonce is already past it.
	status := make([]string, len(t.unsettled))
	for i, p := range t.unsettled {
		var err error
		if status[i], err = t.receipt(ctx, p.hash); err != nil {
			return 0, err
		}
	}
	var acct accountResult
	if err := t.call(ctx, &acct, "mycel_getAccount", t.account); err != nil {
		return 0, fmt.Errorf("x402: account %d: %w", t.account, err)
	}
	next := acct.Account.Nonce
	pending := map[uint64]bool{}
	keep := t.unsettled[:0]
	for i, p := range t.unsettled {
		switch {
		case status[i] == "committed":
		case p.nonce < next:
			// Its nonce is used: by this payment itself, submitted since
			// its receipt was read, or by another transaction (refunded).
			st, err := t.receipt(ctx, p.hash)
			if err != nil {
				return 0, err
			}
			if st != "committed" {
				t.spent -= p.cost
			}
		default:
			if status[i] == "pending" {
				pending[p.nonce] = true
			}
			keep = append(keep, p)
		}
	}
	t.unsettled = keep
	for pending[next] {
		next++
	}
	return next, nil
}

// receipt is a transaction's status at the node: "committed", "pending"
// (in its mempool) or "" (unknown to it).
func (t *Transport) receipt(ctx context.Context, hash string) (string, error) {
	var rc *struct {
		Status string `json:"status"`
	}
	if err := t.call(ctx, &rc, "mycel_getTransactionReceipt", hash); err != nil {
		return "", err
	}
	if rc == nil {
		return "", nil
	}
	return rc.Status, nil
}

type accountResult struct {
	Account struct {
		Index uint32 `json:"index"`
		Nonce uint64 `json:"nonce"`
	} `json:"account"`
}

// call is a JSON-RPC call to the node (through Base, never through the
// paying transport).
func (t *Transport) call(ctx context.Context, out any, method string, params ...any) error {
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return err
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, t.Node, bytes.NewReader(body))
	if err != nil {
		return err
	}
	hreq.Header.Set("Content-Type", "application/json")
	c := &http.Client{Transport: t.base(), Timeout: 30 * time.Second}
	resp, err := c.Do(hreq)
	if err != nil {
		return fmt.Errorf("node %s: %w", method, err)
	}
	defer resp.Body.Close()
	var msg struct {
		Result json.RawMessage `json:"result"`
		Error  *struct {
			Code    int    `json:"code"`
			Message string `json:"message"`
		} `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&msg); err != nil {
		return fmt.Errorf("node %s: %s: %w", method, resp.Status, err)
	}
	if msg.Error != nil {
		return fmt.Errorf("node %s: %s (code %d)", method, msg.Error.Message, msg.Error.Code)
	}
	return json.Unmarshal(msg.Result, out)
}
