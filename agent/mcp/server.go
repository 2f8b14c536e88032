package mcp

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/x402"
	"github.com/mycel-network/mycel/ledger"
)

// Tool names.
const (
	ToolStatus   = "status"
	ToolBalance  = "balance"
	ToolPay      = "pay"
	ToolDeposit  = "deposit"
	ToolWithdraw = "withdraw"
	ToolClaim    = "claim"
	ToolWait     = "wait_for_finality"
	ToolFetch    = "fetch_paid_url"
	ToolCallPaid = "call_paid_tool"
	ToolEcho     = "echo"

	ToolStake            = "stake"
	ToolUnbond           = "unbond"
	ToolRegisterIdentity = "register_identity"
	ToolPostBounty       = "post_bounty"
	ToolListBounties     = "list_bounties"
	ToolJoinBounty       = "join_bounty"
	ToolClaimBounty      = "claim_bounty"
	ToolGiveFeedback     = "give_feedback"
)

// Tools lists every tool of the server (tools/list gives them sorted by
// name).
var Tools = []string{ToolStatus, ToolBalance, ToolPay, ToolDeposit, ToolWithdraw, ToolClaim, ToolWait, ToolFetch, ToolCallPaid, ToolEcho,
	ToolStake, ToolUnbond, ToolRegisterIdentity, ToolPostBounty, ToolListBounties, ToolJoinBounty, ToolClaimBounty, ToolGiveFeedback}

// SigningTools are the tools that sign with the wallet's keys (they move
// funds or pay gas); the others only read.
var SigningTools = []string{ToolPay, ToolDeposit, ToolWithdraw, ToolClaim, ToolFetch, ToolCallPaid,
	ToolStake, ToolUnbond, ToolRegisterIdentity, ToolPostBounty, ToolJoinBounty, ToolClaimBounty, ToolGiveFeedback}

// SellableTools are the tools Config.Prices may price: those that sign
// nothing (selling a tool that spends would let a buyer spend the
// seller's funds).
var SellableTools = []string{ToolStatus, ToolBalance, ToolWait, ToolEcho, ToolListBounties}

// Defaults of Config.
const (
	DefaultWaitTimeout   = 15 * time.Minute
	DefaultMaxFetchBytes = 64 << 10
)

// Config is a Server's configuration.
type Config struct {
	// Node says where the node (and L1, for deposits, claims and the L1
	// waits) are. The server dials them at its first tool call, and again
	// after a failed dial.
	Node agent.Config
	// Keys are the wallet's keys. Without private keys (a server started
	// without the passphrase) the signing tools answer with Locked.
	Keys agent.Keys
	// Locked says why Keys holds no private key and what to do about it.
	Locked string
	// Limits bound the spending tools.
	Limits Limits
	// DryRun: sign and send nothing; the spending tools say what they
	// would sign.
	DryRun bool
	// Fee is the L2 fee of payments and withdrawals, in gwei (default
	// agent.DefaultFee); a call may give its own.
	Fee uint64
	// Prices sells tools (of SellableTools) for x402 payments: gwei per
	// call, paid to the wallet's L2 account.
	Prices map[string]uint64
	// Tools, when not nil, is the set of tools offered (the others are
	// not listed). Nil offers all.
	Tools []string
	// WaitTimeout bounds each tool call (default DefaultWaitTimeout).
	WaitTimeout time.Duration
	// MaxFetchBytes bounds the body fetch_paid_url returns (default
	// DefaultMaxFetchBytes); the rest is cut.
	MaxFetchBytes int
	// HTTP is the base transport of fetch_paid_url and call_paid_tool
	// (nil: http.DefaultTransport).
	HTTP http.RoundTripper
	// Secrets are strings never to be sent (the passphrase); the keys'
	// own encodings are added by New. Strings under 8 bytes are ignored.
	Secrets []string
	// Log hears each tool call (its name, outcome and duration; never its
	// arguments' secrets, for there are none to hear). Nil: discarded.
	Log *slog.Logger
	// Now is the clock (tests); nil is time.Now.
	Now func() time.Time
	// Version is the server's version in its MCP Implementation.
	Version string
}

// Server is the MCP tool server over one wallet.
type Server struct {
	cfg     Config
	mcp     *sdk.Server
	spend   *spendLedger
	log     *slog.Logger
	secrets []string
	offered map[string]bool

	mu     sync.Mutex
	client *agent.Client

	fetchMu   sync.Mutex
	transport *x402.Transport

	paywall *paywall
}

// New builds a Server; it starts nothing and dials nothing.
func New(cfg Config) (*Server, error) {
	if cfg.Node.RPC == "" {
		return nil, errors.New("mcp: no node RPC endpoint: give the node's JSON-RPC URL")
	}
	if cfg.Keys.L2 != nil {
		if cfg.Keys.PubKey != (ledger.PublicKey{}) && cfg.Keys.PubKey != cfg.Keys.L2.Public() {
			return nil, errors.New("mcp: Keys.PubKey is not the L2 key's")
		}
		cfg.Keys.PubKey = cfg.Keys.L2.Public()
	}
	if cfg.Keys.L1 != nil {
		a := crypto.PubkeyToAddress(cfg.Keys.L1.PublicKey)
		if cfg.Keys.Address != (common.Address{}) && cfg.Keys.Address != a {
			return nil, errors.New("mcp: Keys.Address is not the L1 key's")
		}
		cfg.Keys.Address = a
	}
	if cfg.Fee == 0 {
		cfg.Fee = agent.DefaultFee
	}
	if cfg.WaitTimeout <= 0 {
		cfg.WaitTimeout = DefaultWaitTimeout
	}
	if cfg.MaxFetchBytes <= 0 {
		cfg.MaxFetchBytes = DefaultMaxFetchBytes
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Version == "" {
		cfg.Version = "dev"
	}
	for name, v := range map[string]*big.Int{"the per-call limit": cfg.Limits.PerCall, "the per-hour limit": cfg.Limits.PerHour} {
		if v != nil && v.Sign() < 0 {
			return nil, fmt.Errorf("mcp: %s is negative", name)
		}
	}
	offered := map[string]bool{}
	if cfg.Tools == nil {
		for _, t := range Tools {
			offered[t] = true
		}
	} else {
		for _, t := range cfg.Tools {
			if !slices.Contains(Tools, t) {
				return nil, fmt.Errorf("mcp: unknown tool %q (the tools are %s)", t, strings.Join(Tools, ", "))
			}
			offered[t] = true
		}
	}
	for t, p := range cfg.Prices {
		switch {
		case !slices.Contains(SellableTools, t):
			return nil, fmt.Errorf("mcp: tool %q cannot be sold: only tools that sign nothing can (%s)", t, strings.Join(SellableTools, ", "))
		case !offered[t]:
			return nil, fmt.Errorf("mcp: tool %q is priced but not offered: add it to the tools offered", t)
		case p == 0:
			return nil, fmt.Errorf("mcp: tool %q priced at 0 gwei: leave it out to make it free", t)
		}
	}
	if len(cfg.Prices) > 0 && cfg.Keys.PubKey == (ledger.PublicKey{}) {
		return nil, errors.New("mcp: selling tools needs the wallet's L2 public key: payments go to its account")
	}
	s := &Server{cfg: cfg, spend: newSpendLedger(cfg.Limits, cfg.Now), offered: offered, secrets: secretForms(cfg)}
	s.log = slog.New(redactHandler{cfg.Log.Handler(), s})
	s.mcp = sdk.NewServer(&sdk.Implementation{Name: "mycel", Title: "mycel agent wallet", Version: cfg.Version}, &sdk.ServerOptions{
		Instructions: instructions(cfg),
		Logger:       s.log,
	})
	s.addTools()
	s.addMarketTools()
	if len(cfg.Prices) > 0 {
		s.paywall = newPaywall(s)
	}
	// Outermost first: the secret filter sees every answer, the paywall
	// wraps the priced tools.
	mw := []sdk.Middleware{s.filterMiddleware}
	if s.paywall != nil {
		mw = append(mw, s.paywall.middleware)
	}
	s.mcp.AddReceivingMiddleware(mw...)
	return s, nil
}

// MCP is the underlying go-sdk server (to Connect it to a transport).
func (s *Server) MCP() *sdk.Server { return s.mcp }

// Run serves one session on t (stdio: &mcp.StdioTransport{}) until the
// client hangs up or ctx ends.
func (s *Server) Run(ctx context.Context, t sdk.Transport) error { return s.mcp.Run(ctx, t) }

// Close closes the node connections.
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.client != nil {
		s.client.Close()
		s.client = nil
	}
}

// instructions is what the server tells the client about itself.
func instructions(cfg Config) string {
	var b strings.Builder
	b.WriteString("A mycel L2 wallet. Amounts are ETH (\"0.01\") or carry a unit (\"250gwei\"); L2 amounts are whole gwei. " +
		"Call status first: it says the chain, this wallet and the spending limits. ")
	b.WriteString("Spending tools (pay, deposit, withdraw, fetch_paid_url, call_paid_tool, stake, post_bounty) are bounded per call and per hour; a refused call says the limit. ")
	if cfg.DryRun {
		b.WriteString("This server is in dry-run mode: nothing is signed or sent; spending tools say what they would sign. ")
	}
	if cfg.Locked != "" {
		b.WriteString("The wallet's keys are locked: tools that sign answer with an error. ")
	}
	if len(cfg.Prices) > 0 {
		names := slices.Sorted(maps.Keys(cfg.Prices))
		b.WriteString("Paid tools (x402 over MCP, _meta[\"x402/payment\"]): " + strings.Join(names, ", ") + ". ")
	}
	return strings.TrimSpace(b.String())
}

// dial returns the node client, dialling it on first use (and after a
// failed dial).
func (s *Server) dial(ctx context.Context) (*agent.Client, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.client != nil {
		return s.client, nil
	}
	c, err := agent.Dial(ctx, s.cfg.Node, s.cfg.Keys)
	if err != nil {
		return nil, err
	}
	s.client = c
	return c, nil
}

// secretForms are the encodings of the keys (and Config.Secrets) that
// must never be sent.
func secretForms(cfg Config) []string {
	var out []string
	add := func(s string) {
		if len(s) >= 8 {
			out = append(out, s, strings.ToLower(s), strings.ToUpper(s))
		}
	}
	if k := cfg.Keys.L2; k != nil {
		seed := k.Seed()
		add(hex.EncodeToString(seed[:]))
	}
	if k := cfg.Keys.L1; k != nil {
		add(hex.EncodeToString(l1Bytes(k)))
	}
	for _, s := range cfg.Secrets {
		add(s)
	}
	sort.Slice(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return slices.Compact(out)
}

func l1Bytes(k *ecdsa.PrivateKey) []byte { return crypto.FromECDSA(k) }

// leaks reports whether text holds a secret.
func (s *Server) leaks(text string) bool {
	for _, sec := range s.secrets {
		if strings.Contains(text, sec) {
			return true
		}
	}
	return false
}

// redact replaces every secret in text.
func (s *Server) redact(text string) string {
	for _, sec := range s.secrets {
		text = strings.ReplaceAll(text, sec, "[redacted]")
	}
	return text
}

// filterMiddleware checks every answer on its way out: no secret in a
// result or an error, and argument mistakes say where the schema is.
func (s *Server) filterMiddleware(next sdk.MethodHandler) sdk.MethodHandler {
	return func(ctx context.Context, method string, req sdk.Request) (sdk.Result, error) {
		res, err := next(ctx, method, req)
		if err != nil && s.leaks(err.Error()) {
			s.log.Error("an error held a secret: withheld", "method", method)
			return nil, errors.New("internal error (its text was withheld)")
		}
		r, ok := res.(*sdk.CallToolResult)
		if !ok || r == nil {
			return res, err
		}
		for _, c := range r.Content {
			if t, ok := c.(*sdk.TextContent); ok {
				if r.IsError && strings.HasPrefix(t.Text, `validating "arguments"`) {
					t.Text = "bad arguments: " + t.Text + ": call again with arguments that match the tool's inputSchema (tools/list)"
				}
				t.Text = s.redact(t.Text)
			}
		}
		if r.StructuredContent != nil {
			b, _ := json.Marshal(r.StructuredContent)
			if s.leaks(string(b)) {
				s.log.Error("a tool result held a secret: withheld", "method", method)
				return &sdk.CallToolResult{IsError: true, Content: []sdk.Content{&sdk.TextContent{Text: "the result was withheld: it held a secret"}}}, nil
			}
		}
		if len(r.Meta) > 0 {
			b, _ := json.Marshal(r.Meta)
			if s.leaks(string(b)) {
				r.Meta = nil
			}
		}
		return r, err
	}
}

// redactHandler is a slog.Handler that redacts secrets from messages and
// string attributes.
type redactHandler struct {
	h slog.Handler
	s *Server
}

func (r redactHandler) Enabled(ctx context.Context, l slog.Level) bool { return r.h.Enabled(ctx, l) }

func (r redactHandler) Handle(ctx context.Context, rec slog.Record) error {
	out := slog.NewRecord(rec.Time, rec.Level, r.s.redact(rec.Message), rec.PC)
	rec.Attrs(func(a slog.Attr) bool {
		out.AddAttrs(slog.String(a.Key, r.s.redact(a.Value.String())))
		return true
	})
	return r.h.Handle(ctx, out)
}

func (r redactHandler) WithAttrs(as []slog.Attr) slog.Handler {
	red := make([]slog.Attr, len(as))
	for i, a := range as {
		red[i] = slog.String(a.Key, r.s.redact(a.Value.String()))
	}
	return redactHandler{r.h.WithAttrs(red), r.s}
}

func (r redactHandler) WithGroup(name string) slog.Handler {
	return redactHandler{r.h.WithGroup(name), r.s}
}
