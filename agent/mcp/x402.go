package mcp

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"sync"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/x402"
	"github.com/mycel-network/mycel/ledger"
)

// x402 over MCP (x402's transports-v2/mcp.md): the _meta keys and the
// resource a tool is sold as.
const (
	MetaPayment         = "x402/payment"
	MetaPaymentResponse = "x402/payment-response"
	// metaError wraps PaymentRequired in content[0].text.
	metaError = "x402/error"
)

// ToolResource is the x402 resource URL of a tool sold over MCP.
func ToolResource(tool string) string { return "mcp://tool/" + tool }

// settleTimeout bounds a settle (the node answers at the requirement's
// maxTimeoutSeconds at most).
const settleTimeout = 2 * time.Minute

// paywall sells the priced tools: a receiving middleware in front of
// tools/call.
type paywall struct {
	s   *Server
	fac *x402.Facilitator

	mu     sync.Mutex
	payTo  uint32 // the wallet's account, once known
	chain  uint64
	minFee uint64
	inUse  map[[32]byte]uint64 // transfers being used or settled here: validBefore
}

func newPaywall(s *Server) *paywall {
	return &paywall{s: s, fac: x402.NodeFacilitator(s.cfg.Node.RPC), inUse: map[[32]byte]uint64{}}
}

// requirement is the price of tool as an x402 requirement, paid to the
// wallet's L2 account.
func (p *paywall) requirement(ctx context.Context, tool string, price uint64) (x402.PaymentRequirements, x402.ResourceInfo, error) {
	res := x402.ResourceInfo{URL: ToolResource(tool), Description: "the MCP tool " + tool + " of a mycel agent", MimeType: "application/json"}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.chain == 0 {
		c, err := p.s.dial(ctx)
		if err != nil {
			return x402.PaymentRequirements{}, res, err
		}
		a, err := c.Account(ctx)
		if err != nil {
			return x402.PaymentRequirements{}, res, fmt.Errorf("this tool is sold for payments to the seller's L2 account, and the seller's wallet has none yet (its owner must deposit first): %w", err)
		}
		if sup, err := p.fac.Supported(ctx); err == nil {
			for _, k := range sup.Kinds {
				if k.X402Version == x402.Version && k.Network == x402.Network(c.ChainID()) {
					if s, ok := k.Extra["minFee"].(string); ok {
						p.minFee, _ = x402.ParseAmount(s)
					}
				}
			}
		}
		p.chain, p.payTo = c.ChainID(), a.Index
	}
	return x402.Price(p.chain, p.payTo, price, p.minFee), res, nil
}

func (p *paywall) chainID() uint64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.chain
}

func (p *paywall) reserve(e *x402.Exact) bool {
	now := uint64(max(p.s.cfg.Now().Unix(), 0))
	p.mu.Lock()
	defer p.mu.Unlock()
	for h, vb := range p.inUse {
		if vb <= now {
			delete(p.inUse, h)
		}
	}
	if _, ok := p.inUse[e.Hash]; ok {
		return false
	}
	p.inUse[e.Hash] = e.ValidBefore
	return true
}

func (p *paywall) release(e *x402.Exact) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.inUse, e.Hash)
}

// middleware answers a priced tool's call without a valid payment with
// the price; with one, it verifies it, runs the tool, settles and puts
// the settlement in the result's _meta. A tool answer with isError costs
// nothing.
func (p *paywall) middleware(next sdk.MethodHandler) sdk.MethodHandler {
	return func(ctx context.Context, method string, req sdk.Request) (sdk.Result, error) {
		ctr, ok := req.(*sdk.CallToolRequest)
		if method != "tools/call" || !ok || ctr.Params == nil {
			return next(ctx, method, req)
		}
		tool := ctr.Params.Name
		price, priced := p.s.cfg.Prices[tool]
		if !priced {
			return next(ctx, method, req)
		}
		accept, res, err := p.requirement(ctx, tool, price)
		if err != nil {
			return errorResult(p.s.explain(ctx, err)), nil
		}
		raw, paid := ctr.Params.Meta[MetaPayment]
		if !paid {
			return paymentRequired(res, accept, fmt.Sprintf("payment required: the tool %s costs %d gwei (%s ETH): pay with mycel's exact scheme and call again with the payment in _meta[%q]",
				tool, price, agent.FormatGwei(price), MetaPayment), nil), nil
		}
		var pay x402.PaymentPayload
		if err := remarshal(raw, &pay); err != nil {
			return paymentRequired(res, accept, x402.ReasonInvalidPayload+": _meta[\""+MetaPayment+"\"] is not an x402 PaymentPayload: "+err.Error(), nil), nil
		}
		if pay.X402Version != x402.Version {
			return paymentRequired(res, accept, fmt.Sprintf("%s: x402Version %d: over MCP x402 speaks version %d", x402.ReasonInvalidVersion, pay.X402Version, x402.Version), nil), nil
		}
		if pay.Resource == nil || pay.Resource.URL != res.URL {
			got := ""
			if pay.Resource != nil {
				got = pay.Resource.URL
			}
			return paymentRequired(res, accept, fmt.Sprintf("%s: the payment is for resource %q, this tool is %q", x402.ReasonResourceMismatch, got, res.URL), nil), nil
		}
		freq := &x402.FacilitatorRequest{X402Version: x402.Version, PaymentPayload: pay, PaymentRequirements: accept}
		e, err := x402.CheckExact(freq, p.chainID(), p.s.cfg.Now())
		if err != nil {
			return paymentRequired(res, accept, reasonText(err), nil), nil
		}
		if !p.reserve(e) {
			return paymentRequired(res, accept, fmt.Sprintf("%s: transaction %s already paid for a call here", x402.ReasonAlreadySettled, e.Transaction()), nil), nil
		}
		vr, err := p.fac.Verify(ctx, freq)
		if err != nil {
			p.release(e)
			p.s.log.Error("x402 verify", "tool", tool, "err", err)
			return errorResult(errors.New("the payment could not be verified: the facilitator (the node) did not answer: retry later")), nil
		}
		if !vr.IsValid {
			p.release(e)
			return paymentRequired(res, accept, reasonText(&x402.Error{Reason: vr.InvalidReason, Message: vr.InvalidMessage}), nil), nil
		}
		out, err := next(ctx, method, req)
		if r, ok := out.(*sdk.CallToolResult); err != nil || !ok || r == nil || r.IsError {
			p.release(e) // the tool failed: nothing is charged
			return out, err
		}
		sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), settleTimeout)
		defer cancel()
		sr, err := p.fac.Settle(sctx, freq)
		if err != nil {
			// Outcome unknown: the transfer stays marked in use.
			p.s.log.Error("x402 settle", "tool", tool, "tx", e.Transaction(), "err", err)
			return errorResult(fmt.Errorf("the payment %s could not be settled: the facilitator (the node) did not answer; the tool's result is withheld: call again with the same payment to learn whether it was settled", e.Transaction())), nil
		}
		if !sr.Success {
			if sr.ErrorReason != x402.ReasonSettleTimeout {
				p.release(e)
			}
			return paymentRequired(res, accept, "payment settlement failed: "+reasonText(&x402.Error{Reason: sr.ErrorReason, Message: sr.ErrorMessage}), sr), nil
		}
		r := out.(*sdk.CallToolResult)
		if r.Meta == nil {
			r.Meta = sdk.Meta{}
		}
		r.Meta[MetaPaymentResponse] = sr
		p.s.log.Info("x402 tool sold", "tool", tool, "tx", sr.Transaction, "payer", sr.Payer, "gwei", price)
		return r, nil
	}
}

// reasonText is an x402 error as "reason: message".
func reasonText(err error) string {
	var xe *x402.Error
	if errors.As(err, &xe) {
		if xe.Message == "" {
			return xe.Reason
		}
		return xe.Reason + ": " + xe.Message
	}
	return err.Error()
}

func errorResult(err error) *sdk.CallToolResult {
	r := &sdk.CallToolResult{}
	r.SetError(err)
	return r
}

// paymentRequired is the tool result that asks for a payment (x402 MCP
// transport): isError, the PaymentRequired as structuredContent (with the
// failed settlement, if any) and wrapped in x402/error as
// content[0].text.
func paymentRequired(res x402.ResourceInfo, accept x402.PaymentRequirements, msg string, settled *x402.SettleResponse) *sdk.CallToolResult {
	pr := x402.PaymentRequired{X402Version: x402.Version, Error: msg, Resource: &res, Accepts: []x402.PaymentRequirements{accept}}
	var structured map[string]any
	if err := remarshal(pr, &structured); err != nil {
		return errorResult(err)
	}
	if settled != nil {
		structured[MetaPaymentResponse] = settled
	}
	text, _ := json.Marshal(map[string]any{metaError: map[string]any{"code": 402, "message": msg, "data": structured}})
	return &sdk.CallToolResult{IsError: true, StructuredContent: structured, Content: []sdk.Content{&sdk.TextContent{Text: string(text)}}}
}

func remarshal(in, out any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}

// PaymentRequiredOf reads the x402 PaymentRequired a tool result asks for
// (isError, then structuredContent, structuredContent["x402/error"].data
// or content[0].text, in the transport's order); false if it asks for
// none.
func PaymentRequiredOf(r *sdk.CallToolResult) (*x402.PaymentRequired, bool) {
	if r == nil || !r.IsError {
		return nil, false
	}
	try := func(v any) (*x402.PaymentRequired, bool) {
		var pr x402.PaymentRequired
		if v == nil || remarshal(v, &pr) != nil || pr.X402Version == 0 || len(pr.Accepts) == 0 {
			return nil, false
		}
		return &pr, true
	}
	wrapped := func(v any) (*x402.PaymentRequired, bool) {
		var w map[string]struct {
			Data json.RawMessage `json:"data"`
		}
		if remarshal(v, &w) != nil {
			return nil, false
		}
		if e, ok := w[metaError]; ok && len(e.Data) > 0 {
			return try(e.Data)
		}
		return nil, false
	}
	if pr, ok := try(r.StructuredContent); ok {
		return pr, true
	}
	if pr, ok := wrapped(r.StructuredContent); ok {
		return pr, true
	}
	if len(r.Content) > 0 {
		if t, ok := r.Content[0].(*sdk.TextContent); ok {
			var v any
			if json.Unmarshal([]byte(t.Text), &v) == nil {
				if pr, ok := try(v); ok {
					return pr, true
				}
				return wrapped(v)
			}
		}
	}
	return nil, false
}

// SettlementOf reads the settlement a paid tool's result carries:
// _meta["x402/payment-response"], or on a failed settlement
// structuredContent["x402/payment-response"].
func SettlementOf(r *sdk.CallToolResult) (*x402.SettleResponse, bool) {
	if r == nil {
		return nil, false
	}
	v, ok := r.Meta[MetaPaymentResponse]
	if !ok {
		var m map[string]json.RawMessage
		if remarshal(r.StructuredContent, &m) != nil || m[MetaPaymentResponse] == nil {
			return nil, false
		}
		v = m[MetaPaymentResponse]
	}
	var sr x402.SettleResponse
	if remarshal(v, &sr) != nil {
		return nil, false
	}
	return &sr, true
}

// ErrOverMaxCost is matched by a payment a Buyer refused for its price.
var ErrOverMaxCost = errors.New("x402 price over the most this call may pay")

// Buyer calls tools of MCP servers that sell them for x402 payments: when
// a tool's answer asks for a payment of mycel's exact scheme on the
// Client's chain within MaxCost, it signs one with Key (a transfer of the
// price from Key's L2 account, plus the authorization for the tool's
// resource) and calls again with it in _meta["x402/payment"].
type Buyer struct {
	Client *agent.Client // the payer's node: chain id, account and nonce
	Key    *ledger.PrivateKey
	// Fee is each payment's L2 fee in gwei, at least the requirement's
	// extra.minFee (0: the minFee, or 1).
	Fee uint64
	// MaxCost is the most one call may pay, amount and fee, in gwei.
	MaxCost uint64
	// Approve, if set, is asked before a payment is signed (cost: amount
	// + fee, gwei); its error refuses the payment and is returned.
	Approve func(cost uint64, req *x402.PaymentRequirements) error
	// DryRun: never pay; CallTool returns the first answer, and Quote
	// says what paying it would cost.
	DryRun bool
	// Now is the clock (tests); nil is time.Now.
	Now func() time.Time
}

// Payment is what a Buyer paid for a call.
type Payment struct {
	Requirement x402.PaymentRequirements
	AmountGwei  uint64
	FeeGwei     uint64
	// Transaction is the transfer's hash (0x hex).
	Transaction string
	// Settlement is the seller's settlement (nil if it sent none: the
	// tool failed, or the seller did not settle).
	Settlement *x402.SettleResponse
}

// Quote picks the option of pr that this Buyer can pay: mycel's exact
// scheme on chainID; it returns the option, its fee and cost (gwei), or an
// error matching ErrOverMaxCost or x402.ErrNoOption.
func (b *Buyer) Quote(pr *x402.PaymentRequired, chainID uint64) (*x402.PaymentRequirements, uint64, uint64, error) {
	var over error
	for i := range pr.Accepts {
		a := &pr.Accepts[i]
		r, err := x402.ParseRequirement(a, chainID)
		if err != nil {
			continue
		}
		fee := max(b.Fee, minFee(a), 1)
		cost := r.Amount + fee
		if cost < r.Amount || cost > b.MaxCost {
			over = fmt.Errorf("%w: the tool asks for %d gwei (%s ETH, amount + fee %d gwei), this call may pay at most %d gwei (%s ETH)",
				ErrOverMaxCost, cost, agent.FormatGwei(cost), fee, b.MaxCost, agent.FormatGwei(b.MaxCost))
			continue
		}
		return a, fee, cost, nil
	}
	if over != nil {
		return nil, 0, 0, over
	}
	return nil, 0, 0, fmt.Errorf("%w: none of the %d options is %q on %s with asset %q", x402.ErrNoOption, len(pr.Accepts), x402.Scheme, x402.Network(chainID), x402.AssetNative)
}

func minFee(r *x402.PaymentRequirements) uint64 {
	if s, ok := r.Extra["minFee"].(string); ok {
		if v, err := x402.ParseAmount(s); err == nil {
			return v
		}
	}
	return 0
}

// CallTool calls a tool on cs; if the answer asks for a payment, it pays
// and calls again. The Payment is nil when nothing was paid.
func (b *Buyer) CallTool(ctx context.Context, cs *sdk.ClientSession, params *sdk.CallToolParams) (*sdk.CallToolResult, *Payment, error) {
	first := *params
	first.Meta = nil
	res, err := cs.CallTool(ctx, &first)
	if err != nil {
		return nil, nil, err
	}
	pr, ok := PaymentRequiredOf(res)
	if !ok || b.DryRun {
		return res, nil, nil
	}
	pay, p, err := b.Pay(ctx, pr)
	if err != nil {
		return res, nil, err
	}
	paid := *params
	paid.Meta = sdk.Meta{}
	for k, v := range params.Meta {
		paid.Meta[k] = v
	}
	paid.Meta[MetaPayment] = pay
	res, err = cs.CallTool(ctx, &paid)
	if err != nil {
		return nil, p, err
	}
	p.Settlement, _ = SettlementOf(res)
	return res, p, nil
}

// Pay signs a payment for pr: the option Quote picks, a transfer from the
// Key's account at its committed nonce, valid for the option's
// maxTimeoutSeconds (60 s if none).
func (b *Buyer) Pay(ctx context.Context, pr *x402.PaymentRequired) (*x402.PaymentPayload, *Payment, error) {
	if b.Key == nil {
		return nil, nil, fmt.Errorf("%w: paying needs the L2 key", agent.ErrNoKey)
	}
	if pr.X402Version != x402.Version || pr.Resource == nil || pr.Resource.URL == "" {
		return nil, nil, fmt.Errorf("x402: the payment request is not version %d with a resource: cannot pay it", x402.Version)
	}
	chainID := b.Client.ChainID()
	a, fee, cost, err := b.Quote(pr, chainID)
	if err != nil {
		return nil, nil, err
	}
	if b.Approve != nil {
		if err := b.Approve(cost, a); err != nil {
			return nil, nil, err
		}
	}
	r, _ := x402.ParseRequirement(a, chainID)
	acct, err := b.Client.AccountByKey(ctx, b.Key.Public())
	if err != nil {
		return nil, nil, err
	}
	if acct.Balance < cost {
		return nil, nil, fmt.Errorf("%w: account %d has %d gwei, the payment needs %d gwei (amount + fee): deposit more", agent.ErrInsufficientFunds, acct.Index, acct.Balance, cost)
	}
	validity := time.Duration(a.MaxTimeoutSeconds) * time.Second
	if validity <= 0 {
		validity = 60 * time.Second
	}
	now := time.Now
	if b.Now != nil {
		now = b.Now
	}
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: chainID, From: acct.Index, To: r.PayTo, Amount: r.Amount, Fee: fee, Nonce: acct.Nonce}
	ep, err := x402.NewExactPayload(b.Key, tx, now().Add(validity), pr.Resource.URL)
	if err != nil {
		return nil, nil, err
	}
	raw, err := json.Marshal(ep)
	if err != nil {
		return nil, nil, err
	}
	h := tx.Hash()
	return &x402.PaymentPayload{X402Version: x402.Version, Resource: pr.Resource, Accepted: a, Payload: raw},
		&Payment{Requirement: *a, AmountGwei: r.Amount, FeeGwei: fee, Transaction: "0x" + hex.EncodeToString(h[:])}, nil
}
