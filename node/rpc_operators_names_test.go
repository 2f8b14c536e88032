package node

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// registrationServer serves body (a func: it may depend on the test's
// progress) at /, counting requests.
func registrationServer(t *testing.T, h http.HandlerFunc) (*httptest.Server, *atomic.Int32) {
	var hits atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		h(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &hits
}

func registrationJSON(t *testing.T, name string, agentID *big.Int, chainID uint64, identity common.Address) []byte {
	t.Helper()
	f, err := agent.NewNodeRegistration(agent.NodeRegistration{Name: name, RPC: "http://node.example:8645",
		AgentID: agentID, IdentityChainID: chainID, IdentityRegistry: identity})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestOperatorsRegistrationNames: mycel_operators' names come from the
// agents' registration files: a good one (verified: it lists the agent in
// the genesis' identity registry), one that does not list the agent
// (unverified), and hostile or broken servers (a body past 64 KiB, one
// that never answers, bad JSON, a 404, a redirect to file://) and a URI
// that is not http(s), each of which makes only its row "unreachable"
// (the slow one "fetching" first, within the wait, then unreachable once
// its fetch timed out), never the answer an error nor late. Files are
// read once a minute: a stale one is served while it is read again. The
// cached L1 answer is not changed.
func TestOperatorsRegistrationNames(t *testing.T) {
	identity := addr(5)
	p := &consensus.L1Params{ChainID: 31337, Identity: identity}
	good, goodHits := registrationServer(t, func(w http.ResponseWriter, _ *http.Request) {
		w.Write(registrationJSON(t, "Ops Agent A", big.NewInt(7), 31337, identity))
	})
	unlisted, _ := registrationServer(t, func(w http.ResponseWriter, _ *http.Request) {
		w.Write(registrationJSON(t, "Mallory", big.NewInt(7), 31337, identity)) // agent 7's file, served for agent 8
	})
	huge, _ := registrationServer(t, func(w http.ResponseWriter, _ *http.Request) {
		w.Write([]byte(`{"type":"` + agent.RegistrationType + `","name":"big","description":"`))
		chunk := []byte(strings.Repeat("a", 64<<10))
		for range 64 { // 4 MiB, unless the reader hangs up first
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
		w.Write([]byte(`"}`))
	})
	release := make(chan struct{})
	defer close(release)
	slow, _ := registrationServer(t, func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	badJSON, _ := registrationServer(t, func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte(`{"type": "`)) })
	missing, _ := registrationServer(t, func(w http.ResponseWriter, r *http.Request) { http.NotFound(w, r) })
	redirect, _ := registrationServer(t, func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	})

	agentRow := func(id int64, uri string) OperatorResult {
		return OperatorResult{Signer: addr(byte(0x40 + id)), Kind: "agent", AgentID: (*hexutil.Big)(big.NewInt(id)), RegistrationURI: uri}
	}
	l1 := &OperatorsResult{Operators: []OperatorResult{
		agentRow(7, good.URL+"/agent.json"),
		agentRow(8, unlisted.URL),
		agentRow(9, huge.URL),
		agentRow(10, slow.URL),
		agentRow(11, badJSON.URL),
		agentRow(12, missing.URL),
		agentRow(13, redirect.URL),
		agentRow(14, "ipfs://bafy/agent.json"),
		{Signer: addr(0x50), Kind: "agent", AgentID: (*hexutil.Big)(big.NewInt(15)), Registration: RegistrationUnreachable, RegistrationError: "L1: IdentityRegistry.tokenURI(15): execution reverted"},
		{Signer: addr(0x51), Kind: "human", AgentID: (*hexutil.Big)(new(big.Int))},
	}}
	var clock sync.Mutex
	now := time.Unix(1_000_000, 0)
	names := &registrationNames{timeout: time.Second, wait: 300 * time.Millisecond, now: func() time.Time {
		clock.Lock()
		defer clock.Unlock()
		return now
	}}
	noBatches := func(uint64) (*batch.Record, bool, error) { return nil, false, nil }
	get := func(within time.Duration) []OperatorResult {
		t.Helper()
		start := time.Now()
		res, err := completeOperators(context.Background(), l1, names, p, noBatches, 0)
		if err != nil {
			t.Fatalf("mycel_operators failed with bad registration files: %v", err)
		}
		if d := time.Since(start); d > within {
			t.Fatalf("mycel_operators took %v, at most %v", d, within)
		}
		return res.Operators
	}
	check := func(rows []OperatorResult, i int, state, name string, verified bool, errHas string) {
		t.Helper()
		o := rows[i]
		if o.Registration != state || o.Name != name || o.NameVerified != verified || !strings.Contains(o.RegistrationError, errHas) || (errHas == "" && o.RegistrationError != "") {
			t.Errorf("row %d (%s): registration %q, name %q, verified %v, error %q; want %q, %q, %v, error with %q",
				i, o.RegistrationURI, o.Registration, o.Name, o.NameVerified, o.RegistrationError, state, name, verified, errHas)
		}
	}

	rows := get(800 * time.Millisecond) // the wait (300 ms) and some
	check(rows, 0, RegistrationOK, "Ops Agent A", true, "")
	check(rows, 1, RegistrationOK, "Mallory", false, "")
	check(rows, 2, RegistrationUnreachable, "", false, "at most 65536")
	check(rows, 3, RegistrationFetching, "", false, "")
	check(rows, 4, RegistrationUnreachable, "", false, "bad ERC-8004 registration file")
	check(rows, 5, RegistrationUnreachable, "", false, "HTTP 404")
	check(rows, 6, RegistrationUnreachable, "", false, "redirect to file:")
	check(rows, 7, RegistrationUnreachable, "", false, "not an http(s) URL")
	check(rows, 8, RegistrationUnreachable, "", false, "tokenURI(15)")
	check(rows, 9, "", "", false, "")
	if l1.Operators[0].Name != "" || l1.Operators[3].Registration != "" {
		t.Fatalf("the cached L1 answer was changed: %+v", l1.Operators[0])
	}

	// The slow server's fetch gives up after its timeout (1 s here).
	deadline := time.Now().Add(5 * time.Second)
	for rows = get(800 * time.Millisecond); rows[3].Registration == RegistrationFetching; rows = get(800 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the slow registration server's fetch never ended")
		}
		time.Sleep(100 * time.Millisecond)
	}
	check(rows, 3, RegistrationUnreachable, "", false, "no answer within 1s")
	check(rows, 0, RegistrationOK, "Ops Agent A", true, "")
	if n := goodHits.Load(); n != 1 {
		t.Fatalf("the good file was read %d times within a minute, want 1", n)
	}

	// A minute on: the stale name is served at once while it is read again.
	clock.Lock()
	now = now.Add(registrationTTL)
	clock.Unlock()
	rows = get(200 * time.Millisecond)
	check(rows, 0, RegistrationOK, "Ops Agent A", true, "")
	eventually(t, 5*time.Second, "the file read again", func() error {
		if n := goodHits.Load(); n != 2 {
			return errors.New("not yet")
		}
		return nil
	})
}

// TestOperatorsTokenURI: with an identity registry in the genesis,
// an agent's row carries its tokenURI; an identity without a URI is
// "none", a URI past 2048 bytes and a tokenURI read that fails are
// "unreachable" in that row only; humans are not asked.
func TestOperatorsTokenURI(t *testing.T) {
	p := &consensus.L1Params{StakingRegistry: addr(1), Identity: addr(5)}
	agent, bare, human, long := addr(0x10), addr(0x11), addr(0x12), addr(0x13)
	reg := func(signer common.Address, kind uint8, id int64) bindings.StakingRegistryOperator {
		return bindings.StakingRegistryOperator{Signer: signer, Kind: kind, AgentId: big.NewInt(id), Bonded: eth(1), Unbonding: new(big.Int), Withdrawable: new(big.Int)}
	}
	f := &fakeL1{t: t, params: p,
		owners: map[common.Address]common.Address{agent: addr(0x20), bare: addr(0x21), human: addr(0x22), long: addr(0x23)},
		regs: map[common.Address]bindings.StakingRegistryOperator{
			addr(0x20): reg(agent, 1, 7), addr(0x21): reg(bare, 1, 8), addr(0x22): reg(human, 0, 0), addr(0x23): reg(long, 1, 9),
		},
		uris: map[string]string{"7": "https://a.example/agent.json", "9": "https://l.example/" + strings.Repeat("x", 3000)},
	}
	active := []consensus.OperatorStatus{{Signer: agent, Power: 1}, {Signer: bare, Power: 1}, {Signer: human, Power: 1}, {Signer: long, Power: 1}}
	res, err := readOperators(context.Background(), f.call, p, active, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, b, h, l := res.Operators[0], res.Operators[1], res.Operators[2], res.Operators[3]
	if a.RegistrationURI != "https://a.example/agent.json" || a.Registration != "" {
		t.Fatalf("agent %+v", a)
	}
	if b.RegistrationURI != "" || b.Registration != RegistrationNone {
		t.Fatalf("agent without a URI %+v", b)
	}
	if h.RegistrationURI != "" || h.Registration != "" {
		t.Fatalf("human %+v", h)
	}
	if l.RegistrationURI != "" || l.Registration != RegistrationUnreachable || !strings.Contains(l.RegistrationError, "at most 2048") {
		t.Fatalf("agent with an overlong URI %+v", l)
	}
	if f.calls != 4+4+3 {
		t.Fatalf("%d L1 calls, want 4 operatorOf, 4 operators, 3 tokenURI", f.calls)
	}
	f.failURI = true
	res, err = readOperators(context.Background(), f.call, p, active, nil)
	if err != nil {
		t.Fatalf("a tokenURI read that fails failed the answer: %v", err)
	}
	if a := res.Operators[0]; a.Registration != RegistrationUnreachable || !strings.Contains(a.RegistrationError, "IdentityRegistry.tokenURI(7)") ||
		!strings.Contains(a.RegistrationError, "UnknownAgent") || a.Bonded == nil {
		t.Fatalf("failed tokenURI read: %+v", a)
	}
}

// TestOperatorsRecentSigners: signed_recent counts, over the last 32 certified
// batches below certified_to (skipping one awaiting a new certificate),
// each signer once per batch; the walk reads at most 4×32 records; a
// record that cannot be read fails the answer naming the batch.
func TestOperatorsRecentSigners(t *testing.T) {
	a, b, c := addr(0xa), addr(0xb), addr(0xc)
	recs := map[uint64]*batch.Record{}
	for i := range uint64(50) {
		r := &batch.Record{Index: i, Signatures: []batch.Signature{{Signer: a}}}
		if i%2 == 0 {
			r.Signatures = append(r.Signatures, batch.Signature{Signer: b})
		}
		if i == 0 {
			r.Signatures = append(r.Signatures, batch.Signature{Signer: c})
		}
		if i == 20 {
			r.Signatures = append(r.Signatures, batch.Signature{Signer: a}) // a duplicate counts once
		}
		recs[i] = r
	}
	recs[44].Signatures = nil // re-attested: awaiting a certificate again
	reads := 0
	read := func(i uint64) (*batch.Record, bool, error) {
		reads++
		r, ok := recs[i]
		return r, ok, nil
	}
	res := &OperatorsResult{Operators: []OperatorResult{{Signer: a}, {Signer: b}, {Signer: c}, {Signer: addr(0xd)}}}
	if err := addRecentSigners(res, read, 45, recentBatchesWindow); err != nil {
		t.Fatal(err)
	}
	if res.RecentBatches != 32 || *res.RecentFrom != 12 || *res.RecentTo != 43 {
		t.Fatalf("recent batches %d (#%d-#%d), want 32 (#12-#43)", res.RecentBatches, *res.RecentFrom, *res.RecentTo)
	}
	for i, want := range []int{32, 16, 0, 0} {
		if got := res.Operators[i].SignedRecent; got != want {
			t.Errorf("operator %d signed %d of the recent batches, want %d", i, got, want)
		}
	}
	js, err := json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"recent_batches":32`, `"recent_from":12`, `"recent_to":43`, `"signed_recent":16`} {
		if !strings.Contains(string(js), key) {
			t.Errorf("the answer %s lacks %s", js, key)
		}
	}

	// A young chain: fewer than 32; none at all: no range.
	res = &OperatorsResult{Operators: []OperatorResult{{Signer: c}}}
	if err := addRecentSigners(res, read, 3, recentBatchesWindow); err != nil || res.RecentBatches != 3 || res.Operators[0].SignedRecent != 1 || *res.RecentFrom != 0 || *res.RecentTo != 2 {
		t.Fatalf("3 batches: %v %+v", err, res)
	}
	res = &OperatorsResult{Operators: []OperatorResult{{Signer: a}}}
	if err := addRecentSigners(res, read, 0, recentBatchesWindow); err != nil || res.RecentBatches != 0 || res.RecentFrom != nil || res.Operators[0].SignedRecent != 0 {
		t.Fatalf("no batch: %v %+v", err, res)
	}
	if js, _ := json.Marshal(res); !strings.Contains(string(js), `"recent_batches":0`) || strings.Contains(string(js), "recent_from") {
		t.Fatalf("no batch: %s", js)
	}

	// A long stall of certificates: the walk stops after 4×32 records.
	for i := range uint64(50) {
		recs[i].Signatures = nil
	}
	for i := uint64(50); i < 500; i++ {
		recs[i] = &batch.Record{Index: i}
	}
	reads = 0
	if err := addRecentSigners(res, read, 500, recentBatchesWindow); err != nil || res.RecentBatches != 0 || reads != 4*recentBatchesWindow {
		t.Fatalf("no certified batch in 500: %v, %d batches, %d reads", err, res.RecentBatches, reads)
	}

	failing := func(i uint64) (*batch.Record, bool, error) {
		if i == 30 {
			return nil, false, errors.New("pebble: corrupt")
		}
		return read(i)
	}
	if err := addRecentSigners(res, failing, 45, recentBatchesWindow); err == nil || !strings.Contains(err.Error(), "batch 30") {
		t.Fatalf("a record that cannot be read: %v", err)
	}
}
