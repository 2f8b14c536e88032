package node

import (
	"context"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/consensus"
)

// How mycel_operators reads agent operators' ERC-8004 registration files
// (the identity registry's tokenURI): over http(s) only, at most
// agent.MaxRegistrationBytes, validated as agent.ParseRegistration does,
// each fetch cut off after registrationFetchTimeout. A file (or its
// failure) is reused for registrationTTL; the answer waits at most
// registrationWait for fetches still under way and reports those as
// "fetching" (a later call finds them done).
const (
	registrationTTL          = time.Minute
	registrationFetchTimeout = 3 * time.Second
	registrationWait         = time.Second
	// registrationForget: entries not asked for in this long are dropped
	// (an operator that changed its URI, or left).
	registrationForget = 10 * time.Minute
)

// Registration states of an OperatorResult.
const (
	RegistrationOK          = "ok"          // the file was read: name is its name
	RegistrationFetching    = "fetching"    // the first read is still under way
	RegistrationUnreachable = "unreachable" // tokenURI or the file could not be read (registration_error says why)
	RegistrationNone        = "none"        // the agent's identity has no URI set
)

// registrationFile is one read of a registration file.
type registrationFile struct {
	file *agent.RegistrationFile
	err  error
}

type registrationEntry struct {
	has      bool             // res is set
	res      registrationFile // the last finished read
	at       time.Time        // when res was read
	asked    time.Time        // last lookup that wanted it
	inflight chan struct{}    // closed when the read under way ends; nil: none
}

// registrationNames is mycel_operators' cache of registration files, by
// URI. Its zero value is ready; fetches run in their own goroutines (one
// per URI at a time, each ending within the fetch timeout) so that a slow
// server delays no answer by more than the wait.
type registrationNames struct {
	mu      sync.Mutex
	entries map[string]*registrationEntry

	// Tests set these before the first lookup; zero: the defaults above
	// and agent.FetchRegistration over registrationHTTPClient.
	fetch   func(ctx context.Context, uri string) (*agent.RegistrationFile, error)
	timeout time.Duration
	wait    time.Duration
	now     func() time.Time
}

// registrationHTTPClient is agent.RegistrationHTTPClient (redirects to
// http(s) only, at most 3) with a transport of its own that keeps no idle
// connections (no goroutine outlives a fetch) and bounds the headers.
func registrationHTTPClient(timeout time.Duration) *http.Client {
	hc := agent.RegistrationHTTPClient(timeout)
	hc.Transport = &http.Transport{
		Proxy:                  http.ProxyFromEnvironment,
		DialContext:            (&net.Dialer{Timeout: timeout}).DialContext,
		TLSHandshakeTimeout:    timeout,
		ResponseHeaderTimeout:  timeout,
		MaxResponseHeaderBytes: 16 << 10,
		DisableKeepAlives:      true,
	}
	return hc
}

func (c *registrationNames) init() {
	if c.entries == nil {
		c.entries = map[string]*registrationEntry{}
	}
	if c.timeout <= 0 {
		c.timeout = registrationFetchTimeout
	}
	if c.wait <= 0 {
		c.wait = registrationWait
	}
	if c.now == nil {
		c.now = time.Now
	}
	if c.fetch == nil {
		hc := registrationHTTPClient(c.timeout)
		c.fetch = func(ctx context.Context, uri string) (*agent.RegistrationFile, error) {
			return agent.FetchRegistration(ctx, hc, uri)
		}
	}
}

// lookup returns what is known of each URI's file, starting a read of
// those not read or read longer than registrationTTL ago (a stale file is
// returned meanwhile), and waiting at most c.wait (or until ctx ends) for
// the reads of URIs never read before. A URI whose first read is still
// under way is absent from the answer.
func (c *registrationNames) lookup(ctx context.Context, uris []string) map[string]registrationFile {
	c.mu.Lock()
	c.init()
	now := c.now()
	var waits []chan struct{}
	for _, uri := range uris {
		e := c.entries[uri]
		if e == nil {
			e = &registrationEntry{}
			c.entries[uri] = e
		}
		e.asked = now
		if e.inflight == nil && (!e.has || now.Sub(e.at) >= registrationTTL || now.Before(e.at)) {
			e.inflight = make(chan struct{})
			go c.read(uri, e, e.inflight)
		}
		if !e.has {
			waits = append(waits, e.inflight)
		}
	}
	for uri, e := range c.entries {
		if e.inflight == nil && now.Sub(e.asked) > registrationForget {
			delete(c.entries, uri)
		}
	}
	wait := c.wait
	c.mu.Unlock()

	if len(waits) > 0 {
		timer := time.NewTimer(wait)
		defer timer.Stop()
	wait:
		for _, w := range waits {
			select {
			case <-w:
			case <-timer.C:
				break wait
			case <-ctx.Done():
				break wait
			}
		}
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]registrationFile, len(uris))
	for _, uri := range uris {
		if e := c.entries[uri]; e != nil && e.has {
			out[uri] = e.res
		}
	}
	return out
}

// read fetches uri (on its own deadline: the RPC call that started it may
// have ended) and keeps the result in e.
func (c *registrationNames) read(uri string, e *registrationEntry, done chan struct{}) {
	ctx, cancel := context.WithTimeout(context.Background(), c.timeout)
	f, err := c.fetch(ctx, uri)
	cancel()
	if err != nil && errors.Is(err, context.DeadlineExceeded) {
		err = errors.New("no answer within " + c.timeout.String())
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e.res, e.has, e.at = registrationFile{file: f, err: err}, true, c.now()
	e.inflight = nil
	close(done)
}

// resolveNames fills the name columns of the agent rows that have a
// registration URI: the file's name, and whether the file names this
// agent id in the genesis' identity registry. A file that cannot be read
// (not http(s), unreachable, too big, not a registration file) makes its
// row "unreachable", never the whole answer an error.
func resolveNames(ctx context.Context, c *registrationNames, p *consensus.L1Params, rows []OperatorResult) {
	var uris []string
	for _, o := range rows {
		if o.RegistrationURI != "" && o.Registration == "" {
			uris = append(uris, o.RegistrationURI)
		}
	}
	if len(uris) == 0 {
		return
	}
	got := c.lookup(ctx, uris)
	want := agent.RegistryName(p.ChainID, p.Identity)
	for i := range rows {
		o := &rows[i]
		if o.RegistrationURI == "" || o.Registration != "" {
			continue
		}
		r, ok := got[o.RegistrationURI]
		switch {
		case !ok:
			o.Registration = RegistrationFetching
		case r.err != nil:
			o.Registration, o.RegistrationError = RegistrationUnreachable, r.err.Error()
		default:
			o.Registration, o.Name = RegistrationOK, r.file.Name
			for _, reg := range r.file.Registrations {
				if reg.AgentID != nil && o.AgentID != nil && reg.AgentID.Cmp(o.AgentID.ToInt()) == 0 && strings.EqualFold(reg.AgentRegistry, want) {
					o.NameVerified = true
				}
			}
		}
	}
}
