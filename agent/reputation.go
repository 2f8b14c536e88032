package agent

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// Limits of the reputation registry (ReputationRegistry's constants).
const (
	MaxFeedbackDecimals = 18
	maxTagLen           = 64
	maxFeedbackURILen   = 2048
)

// maxAbsFeedback is |value|'s bound, 1e38.
var maxAbsFeedback = new(big.Int).Exp(big.NewInt(10), big.NewInt(38), nil)

// Feedback is one piece of ERC-8004 feedback a client gives an agent: a
// signed fixed-point Value / 10^Decimals, optional tags (e.g. tag1
// "uptime"), the endpoint it is about, and a feedback file's URI and hash.
type Feedback struct {
	Value        *big.Int    `json:"value"`
	Decimals     uint8       `json:"decimals"`
	Tag1         string      `json:"tag1,omitempty"`
	Tag2         string      `json:"tag2,omitempty"`
	Endpoint     string      `json:"endpoint,omitempty"`
	FeedbackURI  string      `json:"feedback_uri,omitempty"`
	FeedbackHash common.Hash `json:"feedback_hash,omitempty"`
}

// FeedbackGiven is feedback recorded on L1.
type FeedbackGiven struct {
	L1Tx
	AgentID *big.Int       `json:"agent_id"`
	Client  common.Address `json:"client"`
	// Index is the client's feedback index on the agent (1, 2, ...).
	Index uint64 `json:"index"`
}

// GiveFeedback records feedback f on identity agentID from the L1 key
// (which must not own, be approved for, or be the agentWallet of the
// identity).
func (c *Client) GiveFeedback(ctx context.Context, agentID *big.Int, f Feedback) (*FeedbackGiven, error) {
	if agentID == nil || agentID.Sign() <= 0 {
		return nil, fmt.Errorf("%w: give the agent id to rate", ErrBadTerms)
	}
	if f.Value == nil {
		f.Value = new(big.Int)
	}
	switch {
	case f.Decimals > MaxFeedbackDecimals:
		return nil, fmt.Errorf("%w: %d decimals, at most %d", ErrBadTerms, f.Decimals, MaxFeedbackDecimals)
	case new(big.Int).Abs(f.Value).Cmp(maxAbsFeedback) > 0:
		return nil, fmt.Errorf("%w: |value| %s is above 1e38", ErrBadTerms, f.Value)
	case len(f.Tag1) > maxTagLen || len(f.Tag2) > maxTagLen:
		return nil, fmt.Errorf("%w: tags are at most %d bytes", ErrBadTerms, maxTagLen)
	case len(f.Endpoint) > maxFeedbackURILen || len(f.FeedbackURI) > maxFeedbackURILen:
		return nil, fmt.Errorf("%w: endpoint and feedback URI are at most %d bytes", ErrBadTerms, maxFeedbackURILen)
	}
	reg, err := c.contract(ctx, "reputation")
	if err != nil {
		return nil, err
	}
	rr := bindings.NewReputationRegistry()
	data := rr.PackGiveFeedback(agentID, f.Value, f.Decimals, f.Tag1, f.Tag2, f.Endpoint, f.FeedbackURI, f.FeedbackHash)
	rcpt, err := c.sendL1To(ctx, reg, reputationRules, "feedback", data, nil)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, reg, rr.UnpackNewFeedbackEvent)
	if !ok {
		return nil, fmt.Errorf("feedback %s: mined without a NewFeedback event", rcpt.TxHash)
	}
	return &FeedbackGiven{L1Tx: l1TxOf(rcpt), AgentID: ev.AgentId, Client: ev.ClientAddress, Index: ev.FeedbackIndex}, nil
}

// ReputationSummary is the registry's summary of an agent's feedback: the
// mean of Count non-revoked entries from Clients matching the tags, as
// Value / 10^Decimals.
type ReputationSummary struct {
	AgentID *big.Int         `json:"agent_id"`
	Clients []common.Address `json:"clients"`
	// AllClients: Clients is every client that ever rated the agent, not
	// a list the reader trusts (a summary over all clients is open to
	// Sybil feedback).
	AllClients bool     `json:"all_clients"`
	Tag1       string   `json:"tag1,omitempty"`
	Tag2       string   `json:"tag2,omitempty"`
	Count      uint64   `json:"count"`
	Value      *big.Int `json:"value"`
	Decimals   uint8    `json:"decimals"`
}

// String is the summary's value as a decimal ("97.5"), "-" without
// feedback.
func (s *ReputationSummary) String() string {
	if s.Count == 0 {
		return "-"
	}
	return FormatFixed(s.Value, s.Decimals)
}

// Reputation summarises identity agentID's feedback from clients with
// tags tag1 and tag2 ("" matches any). No clients: every client that
// rated it (AllClients; ERC-8004 warns that such a summary counts Sybil
// feedback too: name the clients you trust where it matters).
func (c *Client) Reputation(ctx context.Context, agentID *big.Int, clients []common.Address, tag1, tag2 string) (*ReputationSummary, error) {
	reg, err := c.contract(ctx, "reputation")
	if err != nil {
		return nil, err
	}
	rr := bindings.NewReputationRegistry()
	s := &ReputationSummary{AgentID: new(big.Int).Set(agentID), Clients: clients, Tag1: tag1, Tag2: tag2, Value: new(big.Int)}
	if len(clients) == 0 {
		s.AllClients = true
		if s.Clients, err = l1CallAt(ctx, c, reg, nil, rr.PackGetClients(agentID), rr.UnpackGetClients); err != nil {
			return nil, fmt.Errorf("ReputationRegistry.getClients(%s): %w", agentID, err)
		}
		if len(s.Clients) == 0 {
			return s, nil
		}
	}
	out, err := l1CallAt(ctx, c, reg, nil, rr.PackGetSummary(agentID, s.Clients, tag1, tag2), rr.UnpackGetSummary)
	if err != nil {
		return nil, fmt.Errorf("ReputationRegistry.getSummary(%s): %w", agentID, err)
	}
	s.Count, s.Value, s.Decimals = out.Count, out.SummaryValue, out.SummaryValueDecimals
	return s, nil
}

// FeedbackEntry is one stored feedback entry.
type FeedbackEntry struct {
	Client   common.Address `json:"client"`
	Index    uint64         `json:"index"`
	Value    *big.Int       `json:"value"`
	Decimals uint8          `json:"decimals"`
	Tag1     string         `json:"tag1,omitempty"`
	Tag2     string         `json:"tag2,omitempty"`
	Revoked  bool           `json:"revoked"`
}

// FeedbackOf lists identity agentID's feedback from clients (none: every
// client) with tags tag1 and tag2 ("" matches any), revoked entries only
// with includeRevoked.
func (c *Client) FeedbackOf(ctx context.Context, agentID *big.Int, clients []common.Address, tag1, tag2 string, includeRevoked bool) ([]FeedbackEntry, error) {
	reg, err := c.contract(ctx, "reputation")
	if err != nil {
		return nil, err
	}
	rr := bindings.NewReputationRegistry()
	if clients == nil {
		clients = []common.Address{}
	}
	out, err := l1CallAt(ctx, c, reg, nil, rr.PackReadAllFeedback(agentID, clients, tag1, tag2, includeRevoked), rr.UnpackReadAllFeedback)
	if err != nil {
		return nil, fmt.Errorf("ReputationRegistry.readAllFeedback(%s): %w", agentID, err)
	}
	n := len(out.Clients)
	if len(out.FeedbackIndexes) != n || len(out.Values) != n || len(out.ValueDecimals) != n || len(out.Tag1s) != n || len(out.Tag2s) != n || len(out.RevokedStatuses) != n {
		return nil, fmt.Errorf("ReputationRegistry.readAllFeedback(%s): arrays of different lengths", agentID)
	}
	entries := make([]FeedbackEntry, n)
	for i := range entries {
		entries[i] = FeedbackEntry{Client: out.Clients[i], Index: out.FeedbackIndexes[i], Value: out.Values[i], Decimals: out.ValueDecimals[i],
			Tag1: out.Tag1s[i], Tag2: out.Tag2s[i], Revoked: out.RevokedStatuses[i]}
	}
	return entries, nil
}

// FormatFixed writes value / 10^decimals as a decimal without trailing
// zeros ("-12.5", "100").
func FormatFixed(value *big.Int, decimals uint8) string {
	if value == nil {
		return "0"
	}
	neg := value.Sign() < 0
	s := new(big.Int).Abs(value).String()
	if decimals > 0 {
		if len(s) <= int(decimals) {
			s = strings.Repeat("0", int(decimals)-len(s)+1) + s
		}
		i := len(s) - int(decimals)
		frac := strings.TrimRight(s[i:], "0")
		s = s[:i]
		if frac != "" {
			s += "." + frac
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// ParseFixed reads a decimal ("97.5", "-3", "0.25") as a fixed-point
// value and its decimals (as many as it has, at most
// MaxFeedbackDecimals).
func ParseFixed(s string) (*big.Int, uint8, error) {
	t := strings.TrimSpace(s)
	neg := strings.HasPrefix(t, "-")
	t = strings.TrimPrefix(strings.TrimPrefix(t, "-"), "+")
	whole, frac, _ := strings.Cut(t, ".")
	if whole == "" && frac == "" || strings.ContainsAny(whole+frac, "+-eE_ ") {
		return nil, 0, fmt.Errorf("value %q: want a decimal number such as 97.5", s)
	}
	if len(frac) > MaxFeedbackDecimals {
		return nil, 0, fmt.Errorf("value %q: at most %d decimals", s, MaxFeedbackDecimals)
	}
	v, ok := new(big.Int).SetString(whole+frac, 10)
	if !ok {
		return nil, 0, fmt.Errorf("value %q: want a decimal number such as 97.5", s)
	}
	if neg {
		v.Neg(v)
	}
	if new(big.Int).Abs(v).Cmp(maxAbsFeedback) > 0 {
		return nil, 0, fmt.Errorf("value %q: |value| is at most 1e38 in its last digit", s)
	}
	return v, uint8(len(frac)), nil
}
