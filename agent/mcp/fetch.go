package mcp

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"unicode/utf8"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/x402"
)

// PaidOut is what a call paid.
type PaidOut struct {
	CostGwei    uint64 `json:"cost_gwei" jsonschema:"amount + fee"`
	CostETH     string `json:"cost_eth"`
	Settled     bool   `json:"settled" jsonschema:"the seller settled the payment (the transfer is committed on L2)"`
	Transaction string `json:"transaction,omitempty" jsonschema:"the L2 transfer's hash"`
	Network     string `json:"network,omitempty"`
	Height      uint64 `json:"height,omitempty" jsonschema:"the L2 block that committed the transfer"`
}

// PriceOut is what a resource asks to be paid (dry runs, and answers not
// paid).
type PriceOut struct {
	AmountGwei uint64 `json:"amount_gwei"`
	AmountETH  string `json:"amount_eth"`
	PayTo      string `json:"pay_to" jsonschema:"the L2 account paid"`
	Network    string `json:"network"`
	Resource   string `json:"resource"`
	Payable    bool   `json:"payable" jsonschema:"true: this wallet can pay it within the limits"`
	Why        string `json:"why,omitempty" jsonschema:"why it is not payable"`
}

// maxCost is the most one call may pay now, in gwei: the least of
// maxPrice, the per-call limit and what the hourly limit leaves.
func (s *Server) maxCost(maxPrice string) (uint64, string, error) {
	limit, why := uint64(math.MaxUint64), "no limit"
	var parts []string
	if maxPrice != "" {
		g, err := parseL2Amount("max_price", maxPrice)
		if err != nil {
			return 0, "", err
		}
		limit = g
		parts = append(parts, fmt.Sprintf("max_price %s ETH", agent.FormatGwei(g)))
	}
	floor := func(wei *big.Int) uint64 {
		q := new(big.Int).Quo(wei, big.NewInt(1e9))
		if !q.IsUint64() {
			return math.MaxUint64
		}
		return q.Uint64()
	}
	if pc := s.cfg.Limits.PerCall; pc != nil {
		limit = min(limit, floor(pc))
		parts = append(parts, fmt.Sprintf("--max-per-call %s ETH", agent.FormatWei(pc)))
	}
	if left := s.spend.Left(); left != nil {
		limit = min(limit, floor(left))
		parts = append(parts, fmt.Sprintf("what --max-per-hour %s ETH leaves this hour, %s ETH", agent.FormatWei(s.cfg.Limits.PerHour), agent.FormatWei(left)))
	}
	if len(parts) > 0 {
		why = "the least of " + strings.Join(parts, ", ")
	}
	return limit, why, nil
}

func httpURL(field, s string) (*url.URL, error) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%s %q: want an http:// or https:// URL", field, s)
	}
	return u, nil
}

func (s *Server) base() http.RoundTripper {
	if s.cfg.HTTP != nil {
		return s.cfg.HTTP
	}
	return http.DefaultTransport
}

// FetchIn is fetch_paid_url's arguments.
type FetchIn struct {
	URL         string `json:"url" jsonschema:"the http:// or https:// URL to fetch"`
	Method      string `json:"method,omitempty" jsonschema:"GET (the default), POST, PUT, PATCH, DELETE or HEAD"`
	Body        string `json:"body,omitempty" jsonschema:"the request body (POST, PUT, PATCH)"`
	ContentType string `json:"content_type,omitempty" jsonschema:"the body's Content-Type (default application/json when there is a body)"`
	MaxPrice    string `json:"max_price,omitempty" jsonschema:"the most to pay for this URL, amount + fee: ETH as a decimal string (\"0.0001\") or with a unit (\"50000gwei\"); default the spending limits"`
}

// FetchOut is fetch_paid_url's result.
type FetchOut struct {
	URL         string    `json:"url"`
	Status      int       `json:"status" jsonschema:"the HTTP status of the (last) answer; 402 if it still asks for a payment"`
	ContentType string    `json:"content_type,omitempty"`
	Body        string    `json:"body" jsonschema:"the answer's body (base64 when body_base64), cut at the server's limit"`
	BodyBase64  bool      `json:"body_base64,omitempty"`
	Truncated   bool      `json:"truncated,omitempty"`
	DryRun      bool      `json:"dry_run"`
	Paid        *PaidOut  `json:"paid,omitempty" jsonschema:"what was paid; absent when nothing was"`
	Price       *PriceOut `json:"price,omitempty" jsonschema:"what the URL asks for, when it was not paid (dry run)"`
}

var fetchMethods = map[string]bool{"GET": true, "POST": true, "PUT": true, "PATCH": true, "DELETE": true, "HEAD": true}

func (s *Server) fetch(ctx context.Context, in FetchIn) (FetchOut, error) {
	u, err := httpURL("url", in.URL)
	if err != nil {
		return FetchOut{}, err
	}
	method := strings.ToUpper(in.Method)
	if method == "" {
		method = http.MethodGet
	}
	if !fetchMethods[method] {
		return FetchOut{}, fmt.Errorf("method %q: want GET, POST, PUT, PATCH, DELETE or HEAD", in.Method)
	}
	limit, why, err := s.maxCost(in.MaxPrice)
	if err != nil {
		return FetchOut{}, err
	}
	c, err := s.dial(ctx)
	if err != nil {
		return FetchOut{}, err
	}
	req, err := http.NewRequestWithContext(ctx, method, u.String(), strings.NewReader(in.Body))
	if err != nil {
		return FetchOut{}, fmt.Errorf("url %q: %w", in.URL, err)
	}
	if in.Body != "" {
		ct := in.ContentType
		if ct == "" {
			ct = "application/json"
		}
		req.Header.Set("Content-Type", ct)
	}
	out := FetchOut{URL: u.String(), DryRun: s.cfg.DryRun}
	if s.cfg.DryRun || s.cfg.Keys.L2 == nil {
		resp, err := (&http.Client{Transport: s.base()}).Do(req)
		if err != nil {
			return FetchOut{}, err
		}
		defer resp.Body.Close()
		s.readBody(resp, &out)
		if resp.StatusCode == http.StatusPaymentRequired {
			if p := s.price(resp, c.ChainID(), limit, why); p != nil {
				out.Price = p
				if !s.cfg.DryRun {
					return FetchOut{}, fmt.Errorf("%w: %s asks for %d gwei: paying needs the wallet's L2 key", agent.ErrNoKey, u, p.AmountGwei)
				}
			}
		}
		return out, nil
	}
	s.fetchMu.Lock()
	defer s.fetchMu.Unlock()
	if s.transport == nil {
		s.transport = &x402.Transport{Base: s.base(), Key: s.cfg.Keys.L2, Node: s.cfg.Node.RPC, Fee: s.cfg.Fee}
	}
	t := s.transport
	var res *Reservation
	if limit > 0 {
		if res, err = s.spend.Reserve(agent.GweiToWei(limit)); err != nil {
			return FetchOut{}, err
		}
	}
	before := t.Spent()
	total := uint64(math.MaxUint64)
	if limit < math.MaxUint64-before {
		total = before + limit
	}
	t.Budget = x402.Budget{PerRequest: limit, Total: total}
	resp, err := (&http.Client{Transport: t}).Do(req)
	cost := uint64(0)
	if after := t.Spent(); after > before {
		cost = after - before
	}
	if res != nil {
		res.Settle(agent.GweiToWei(cost))
	}
	if err != nil {
		var be *x402.BudgetError
		if errors.As(err, &be) {
			return FetchOut{}, fmt.Errorf("%w: %s asks for %d gwei (%s ETH, amount + fee); this call may pay at most %d gwei (%s): give a higher max_price, or ask the server's owner for higher limits",
				ErrLimit, u, be.Cost, agent.FormatGwei(be.Cost), limit, why)
		}
		if errors.Is(err, x402.ErrNoOption) {
			return FetchOut{}, fmt.Errorf("%s asks for a payment this wallet cannot make: %w (this wallet pays mycel's exact scheme on %s)", u, err, x402.Network(c.ChainID()))
		}
		return FetchOut{}, err
	}
	defer resp.Body.Close()
	s.readBody(resp, &out)
	if cost > 0 {
		out.Paid = &PaidOut{CostGwei: cost, CostETH: agent.FormatGwei(cost)}
		if sr, ok := settlementHeader(resp); ok {
			out.Paid.Settled, out.Paid.Transaction, out.Paid.Network, out.Paid.Height = sr.Success, sr.Transaction, sr.Network, sr.Height
		}
	}
	return out, nil
}

func settlementHeader(resp *http.Response) (*x402.SettleResponse, bool) {
	h := resp.Header.Get(x402.HeaderPaymentResponse)
	if h == "" {
		h = resp.Header.Get(x402.HeaderPaymentRespV1)
	}
	var sr x402.SettleResponse
	if h == "" || x402.DecodeHeader(h, &sr) != nil {
		return nil, false
	}
	return &sr, true
}

// readBody puts at most MaxFetchBytes of resp's body into out.
func (s *Server) readBody(resp *http.Response, out *FetchOut) {
	out.Status, out.ContentType = resp.StatusCode, resp.Header.Get("Content-Type")
	b, _ := io.ReadAll(io.LimitReader(resp.Body, int64(s.cfg.MaxFetchBytes)+1))
	if len(b) > s.cfg.MaxFetchBytes {
		b, out.Truncated = b[:s.cfg.MaxFetchBytes], true
	}
	if utf8.Valid(b) {
		out.Body = string(b)
	} else {
		out.Body, out.BodyBase64 = base64.StdEncoding.EncodeToString(b), true
	}
}

// price reads what a 402 asks for (PAYMENT-REQUIRED, or a v1 body).
func (s *Server) price(resp *http.Response, chainID, limit uint64, why string) *PriceOut {
	var pr x402.PaymentRequired
	if h := resp.Header.Get(x402.HeaderPaymentRequired); h == "" || x402.DecodeHeader(h, &pr) != nil {
		return nil
	}
	return quote(&pr, chainID, limit, why, s.cfg.Fee)
}

// quote is what pr asks of this wallet.
func quote(pr *x402.PaymentRequired, chainID, limit uint64, why string, fee uint64) *PriceOut {
	b := Buyer{Fee: fee, MaxCost: limit}
	a, _, _, err := b.Quote(pr, chainID)
	p := &PriceOut{Payable: err == nil}
	if err != nil {
		p.Why = err.Error() + " (" + why + ")"
		if len(pr.Accepts) == 0 {
			return p
		}
		a = &pr.Accepts[0]
	}
	p.AmountGwei, _ = x402.ParseAmount(a.Price())
	p.AmountETH, p.PayTo, p.Network = agent.FormatGwei(p.AmountGwei), a.PayTo, a.Network
	if pr.Resource != nil {
		p.Resource = pr.Resource.URL
	}
	return p
}

// CallPaidIn is call_paid_tool's arguments.
type CallPaidIn struct {
	ServerURL string         `json:"server_url" jsonschema:"the other MCP server's streamable HTTP endpoint (http:// or https://)"`
	Tool      string         `json:"tool" jsonschema:"the tool's name on that server"`
	Arguments map[string]any `json:"arguments,omitempty" jsonschema:"the tool's arguments (an object)"`
	MaxPrice  string         `json:"max_price,omitempty" jsonschema:"the most to pay for this call, amount + fee: ETH as a decimal string or with a unit (\"2000gwei\"); default the spending limits"`
}

// CallPaidOut is call_paid_tool's result.
type CallPaidOut struct {
	ServerURL  string    `json:"server_url"`
	Tool       string    `json:"tool"`
	IsError    bool      `json:"is_error" jsonschema:"the tool's own answer was an error"`
	Text       string    `json:"text" jsonschema:"the tool's text content"`
	Structured any       `json:"structured_content,omitempty" jsonschema:"the tool's structured content"`
	DryRun     bool      `json:"dry_run"`
	Paid       *PaidOut  `json:"paid,omitempty" jsonschema:"what was paid; absent when nothing was"`
	Price      *PriceOut `json:"price,omitempty" jsonschema:"what the tool asks for, when it was not paid (dry run)"`
}

func (s *Server) callPaid(ctx context.Context, in CallPaidIn) (CallPaidOut, error) {
	u, err := httpURL("server_url", in.ServerURL)
	if err != nil {
		return CallPaidOut{}, err
	}
	if in.Tool == "" {
		return CallPaidOut{}, errors.New("tool: give the name of the tool to call")
	}
	limit, why, err := s.maxCost(in.MaxPrice)
	if err != nil {
		return CallPaidOut{}, err
	}
	c, err := s.dial(ctx)
	if err != nil {
		return CallPaidOut{}, err
	}
	client := sdk.NewClient(&sdk.Implementation{Name: "mycel-mcp-buyer", Version: s.cfg.Version}, nil)
	cs, err := client.Connect(ctx, &sdk.StreamableClientTransport{Endpoint: u.String(), HTTPClient: &http.Client{Transport: s.base()},
		DisableStandaloneSSE: true, MaxRetries: -1}, nil)
	if err != nil {
		return CallPaidOut{}, fmt.Errorf("MCP server %s: %w (is the URL its streamable HTTP endpoint?)", u, err)
	}
	defer cs.Close()
	var reserved *Reservation
	b := &Buyer{Client: c, Key: s.cfg.Keys.L2, Fee: s.cfg.Fee, MaxCost: limit, DryRun: s.cfg.DryRun || s.cfg.Keys.L2 == nil,
		Approve: func(cost uint64, _ *x402.PaymentRequirements) error {
			var err error
			reserved, err = s.spend.Reserve(agent.GweiToWei(cost))
			return err
		}}
	args := in.Arguments
	if args == nil {
		args = map[string]any{}
	}
	res, p, err := b.CallTool(ctx, cs, &sdk.CallToolParams{Name: in.Tool, Arguments: args})
	if reserved != nil && p == nil {
		reserved.Release() // nothing was signed
	}
	if err != nil {
		if errors.Is(err, ErrOverMaxCost) {
			return CallPaidOut{}, fmt.Errorf("%w: %v (%s): give a higher max_price, or ask the server's owner for higher limits", ErrLimit, err, why)
		}
		return CallPaidOut{}, err
	}
	out := CallPaidOut{ServerURL: u.String(), Tool: in.Tool, IsError: res.IsError, Structured: res.StructuredContent, DryRun: s.cfg.DryRun}
	var text []string
	for _, ct := range res.Content {
		if t, ok := ct.(*sdk.TextContent); ok {
			text = append(text, t.Text)
		}
	}
	out.Text = strings.Join(text, "\n")
	if p != nil {
		out.Paid = &PaidOut{CostGwei: p.AmountGwei + p.FeeGwei, CostETH: agent.FormatGwei(p.AmountGwei + p.FeeGwei), Transaction: p.Transaction}
		if sr := p.Settlement; sr != nil {
			out.Paid.Settled, out.Paid.Network, out.Paid.Height = sr.Success, sr.Network, sr.Height
		}
	} else if pr, ok := PaymentRequiredOf(res); ok {
		out.Price = quote(pr, c.ChainID(), limit, why, s.cfg.Fee)
		if !s.cfg.DryRun {
			return CallPaidOut{}, fmt.Errorf("%w: the tool asks for %d gwei: paying needs the wallet's L2 key", agent.ErrNoKey, out.Price.AmountGwei)
		}
	}
	return out, nil
}
