package agent

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// Defaults of DiscoverOptions.
const (
	DefaultDiscoverLimit = 50
	DefaultFetchTimeout  = 5 * time.Second
	// logChunk is how many L1 blocks one eth_getLogs query spans (RPC
	// providers bound the range).
	logChunk = 10_000
	// fetchParallel bounds concurrent registration-file fetches.
	fetchParallel = 4
	maxRedirects  = 3
)

// ErrNotHTTP: a registration file's URI (or a redirect) is not http(s);
// such files are not fetched.
var ErrNotHTTP = errors.New("not an http(s) URL")

// DiscoverOptions shape Agents.
type DiscoverOptions struct {
	// FromBlock is the first L1 block scanned for Registered events (0:
	// genesis; set it to the registry's deployment block on a long chain).
	FromBlock uint64
	// After lists agents with ids above it only (paging: pass the last id
	// of the previous page); Limit is the page size (default
	// DefaultDiscoverLimit).
	After *big.Int
	Limit int
	// NoFetch skips the registration files.
	NoFetch bool
	// HTTPClient fetches the files (default: one with FetchTimeout that
	// follows at most 3 redirects, all http(s)).
	HTTPClient   *http.Client
	FetchTimeout time.Duration
	// ReputationClients are the clients whose feedback the summaries
	// count (none: every client, see Reputation); Tag1 and Tag2 filter it.
	ReputationClients []common.Address
	Tag1, Tag2        string
}

// AgentListing is one agent found in the identity registry.
type AgentListing struct {
	AgentIdentity
	// RegisteredBlock is the L1 block of its Registered event.
	RegisteredBlock uint64 `json:"registered_block"`
	// Registration is its registration file, fetched from URI and
	// validated (nil: not fetched, or bad: RegistrationError says why).
	Registration      *RegistrationFile `json:"registration,omitempty"`
	RegistrationError string            `json:"registration_error,omitempty"`
	// RegistrationVerified: the file lists this identity back in its
	// registrations (ERC-8004's check that the file is the agent's).
	RegistrationVerified bool `json:"registration_verified"`
	// Operator is the StakingRegistry operator the identity is linked to,
	// if any.
	Operator *OperatorStatus `json:"operator,omitempty"`
	// Reputation is its feedback summary (nil: no reputation registry).
	Reputation *ReputationSummary `json:"reputation,omitempty"`
}

// AgentsPage is a page of Agents.
type AgentsPage struct {
	Agents []AgentListing `json:"agents"`
	// Total is how many identities the scan found; Next is the After of
	// the next page (nil: none left).
	Total int      `json:"total"`
	Next  *big.Int `json:"next,omitempty"`
}

// Agents lists the identity registry's agents, by id, from its
// Registered events: each with its current owner, URI and agentWallet,
// its registration file (fetched over http(s) only, at most
// MaxRegistrationBytes, and validated), the operator it is linked to and
// its reputation summary.
func (c *Client) Agents(ctx context.Context, o DiscoverOptions) (*AgentsPage, error) {
	reg, err := c.contract(ctx, "identity")
	if err != nil {
		return nil, err
	}
	if o.Limit <= 0 {
		o.Limit = DefaultDiscoverLimit
	}
	found, err := c.registeredAgents(ctx, reg, o.FromBlock)
	if err != nil {
		return nil, err
	}
	page := &AgentsPage{Total: len(found)}
	var sel []registered
	for _, r := range found {
		if o.After != nil && r.id.Cmp(o.After) <= 0 {
			continue
		}
		if len(sel) == o.Limit {
			page.Next = new(big.Int).Set(sel[len(sel)-1].id)
			break
		}
		sel = append(sel, r)
	}
	m, err := c.Contracts(ctx)
	if err != nil {
		return nil, err
	}
	sr := bindings.NewStakingRegistry()
	for _, r := range sel {
		a, err := c.Agent(ctx, r.id)
		if err != nil {
			return nil, err
		}
		l := AgentListing{AgentIdentity: *a, RegisteredBlock: r.block}
		owner, err := l1CallAt(ctx, c, m.Staking, nil, sr.PackAgentOperator(r.id), sr.UnpackAgentOperator)
		if err != nil {
			return nil, fmt.Errorf("StakingRegistry.agentOperator(%s): %w", r.id, err)
		}
		if owner != (common.Address{}) {
			if l.Operator, err = c.OperatorStatus(ctx, owner); err != nil {
				return nil, err
			}
		}
		if m.Reputation != (common.Address{}) {
			if l.Reputation, err = c.Reputation(ctx, r.id, o.ReputationClients, o.Tag1, o.Tag2); err != nil {
				return nil, err
			}
		}
		page.Agents = append(page.Agents, l)
	}
	if !o.NoFetch {
		c.fetchAll(ctx, page.Agents, o)
	}
	return page, nil
}

type registered struct {
	id    *big.Int
	block uint64
}

// registeredAgents scans the registry's Registered events from block
// `from`, in chunks, and returns the ids ascending.
func (c *Client) registeredAgents(ctx context.Context, reg common.Address, from uint64) ([]registered, error) {
	ir := bindings.NewAgentIdentityRegistry()
	ev := identityRegisteredTopic()
	cctx, cancel := c.callCtx(ctx)
	head, err := c.eth.BlockNumber(cctx)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("L1 head: %w", err)
	}
	var out []registered
	seen := map[string]bool{}
	for start := from; start <= head; start += logChunk {
		end := min(start+logChunk-1, head)
		cctx, cancel := c.callCtx(ctx)
		logs, err := c.eth.FilterLogs(cctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(start), ToBlock: new(big.Int).SetUint64(end),
			Addresses: []common.Address{reg}, Topics: [][]common.Hash{{ev}}})
		cancel()
		if err != nil {
			return nil, fmt.Errorf("Registered events of L1 blocks %d-%d: %w", start, end, err)
		}
		for i := range logs {
			e, err := ir.UnpackRegisteredEvent(&logs[i])
			if err != nil || seen[e.AgentId.String()] {
				continue
			}
			seen[e.AgentId.String()] = true
			out = append(out, registered{id: e.AgentId, block: logs[i].BlockNumber})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id.Cmp(out[j].id) < 0 })
	return out, nil
}

var identityRegisteredTopic = sync.OnceValue(func() common.Hash {
	a, err := bindings.AgentIdentityRegistryMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	return a.Events["Registered"].ID
})

// fetchAll fetches the listings' registration files, a few at a time.
func (c *Client) fetchAll(ctx context.Context, ls []AgentListing, o DiscoverOptions) {
	hc := o.HTTPClient
	if hc == nil {
		hc = RegistrationHTTPClient(o.FetchTimeout)
	}
	sem := make(chan struct{}, fetchParallel)
	var wg sync.WaitGroup
	for i := range ls {
		l := &ls[i]
		if l.URI == "" {
			l.RegistrationError = "no agent URI set"
			continue
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			f, err := FetchRegistration(ctx, hc, l.URI)
			if err != nil {
				l.RegistrationError = err.Error()
				return
			}
			l.Registration = f
			want := RegistryName(c.l1ChainID.Uint64(), c.knownIdentity())
			for _, r := range f.Registrations {
				if r.AgentID != nil && r.AgentID.Cmp(l.AgentID) == 0 && strings.EqualFold(r.AgentRegistry, want) {
					l.RegistrationVerified = true
				}
			}
		}()
	}
	wg.Wait()
}

func (c *Client) knownIdentity() common.Address {
	c.marketMu.Lock()
	defer c.marketMu.Unlock()
	if c.market == nil {
		return common.Address{}
	}
	return c.market.Identity
}

// RegistrationHTTPClient is an http.Client for registration files: the
// timeout (0: DefaultFetchTimeout), at most 3 redirects, each to an
// http(s) URL.
func RegistrationHTTPClient(timeout time.Duration) *http.Client {
	if timeout <= 0 {
		timeout = DefaultFetchTimeout
	}
	return &http.Client{Timeout: timeout, CheckRedirect: func(req *http.Request, via []*http.Request) error {
		if len(via) >= maxRedirects {
			return fmt.Errorf("more than %d redirects", maxRedirects)
		}
		if s := req.URL.Scheme; s != "http" && s != "https" {
			return fmt.Errorf("%w: redirect to %s", ErrNotHTTP, req.URL.Redacted())
		}
		return nil
	}}
}

// FetchRegistration fetches and validates the registration file at uri,
// an http(s) URL (other schemes, and redirects to them, are refused with
// ErrNotHTTP), reading at most MaxRegistrationBytes. hc nil: a
// RegistrationHTTPClient with the default timeout.
func FetchRegistration(ctx context.Context, hc *http.Client, uri string) (*RegistrationFile, error) {
	u, err := url.Parse(uri)
	if err != nil {
		return nil, fmt.Errorf("agent URI %q: %w", uri, err)
	}
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, fmt.Errorf("%w: agent URI %q is not fetched (scheme %q)", ErrNotHTTP, uri, u.Scheme)
	}
	if hc == nil {
		hc = RegistrationHTTPClient(0)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := hc.Do(req)
	if err != nil {
		var ue *url.Error
		if errors.As(err, &ue) {
			err = ue.Err // it repeats the URL
		}
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %s: HTTP %s", u.Redacted(), resp.Status)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, MaxRegistrationBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	return ParseRegistration(b)
}
