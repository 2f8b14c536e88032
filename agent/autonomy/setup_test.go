package autonomy

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
)

// fakeHome is a node home in memory.
type fakeHome struct {
	key      *ecdsa.PrivateKey
	agentID  *big.Int
	registry string
	name     string
	writeErr error
	writes   int
}

func (h *fakeHome) ConsensusKey() (*ecdsa.PrivateKey, error) { return h.key, nil }
func (h *fakeHome) BLSKey() (*minsig.SecretKey, error)       { return nil, nil }
func (h *fakeHome) RegisteredAgentID() (*big.Int, error)     { return h.agentID, nil }
func (h *fakeHome) RegistrationURL() string {
	return "http://127.0.0.1:9001" + agent.WellKnownRegistrationPath
}
func (h *fakeHome) WriteRegistration(name string, id *big.Int, registry string) error {
	h.writes++
	if h.writeErr != nil {
		return h.writeErr
	}
	h.name, h.agentID, h.registry = name, id, registry
	return nil
}

// fakeNodes records starts and stops.
type fakeNodes struct {
	running       bool
	starts, stops int
}

func (n *fakeNodes) Running() bool { return n.running }
func (n *fakeNodes) Start()        { n.running = true; n.starts++ }
func (n *fakeNodes) Stop()         { n.running = false; n.stops++ }

const setupPolicy = `
register_stake_eth = "2"
name = "agent X"
[operator.node]
home = "/tmp/x"
create = true
base_port = 27000
`

// An operator agent with nothing on L1 registers an ERC-8004 identity
// whose URI is its node's registration file, writes the file listing the
// identity, registers as an agent operator with its node's consensus key
// and register_stake_eth, and then works the market; a restart reuses the
// identity the file lists instead of registering another.
func TestOperatorRegistersItselfFromNothing(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	chain.bounties[1] = openBounty(1, common.HexToAddress("0x1111"), "0.004", t0.Add(24*time.Hour))
	key, _ := crypto.GenerateKey()
	home := &fakeHome{key: key}
	var out bytes.Buffer
	pol := operatorPolicy(t, setupPolicy)
	a := New(pol, chain, Options{Clock: clock, Out: &out, Home: home})
	step(t, a)
	if chain.count("identity") != 1 || chain.count("register") != 1 {
		t.Fatalf("calls %v: want one identity and one registration", chain.calls)
	}
	if len(chain.agentURIs) != 1 || chain.agentURIs[0] != home.RegistrationURL() {
		t.Fatalf("identity URI %v, want the node's registration file %s", chain.agentURIs, home.RegistrationURL())
	}
	if home.agentID == nil || home.agentID.Cmp(chain.op.AgentID) != 0 || home.name != "agent X" || home.registry == "" {
		t.Fatalf("registration file: id %v name %q registry %q; operator links %v", home.agentID, home.name, home.registry, chain.op.AgentID)
	}
	if chain.op.Kind != agent.OperatorAgent || chain.op.Signer != crypto.PubkeyToAddress(key.PublicKey) || chain.op.Bonded.Cmp(wei("2")) != 0 {
		t.Fatalf("operator %+v", chain.op)
	}
	step(t, a)
	if chain.count("join") != 1 {
		t.Fatalf("calls %v: the registered operator did not join the bounty", chain.calls)
	}
	ds := decisions(t, &out)
	if len(ofKind(ds, KindIdentity)) != 1 || len(ofKind(ds, KindRegister)) != 1 {
		t.Fatalf("decisions %+v", ds)
	}
	r := ofKind(ds, KindRegister)[0]
	if r.AmountWei != wei("2").String() || r.Extra["signer"] != crypto.PubkeyToAddress(key.PublicKey).Hex() || r.L1Tx == "" {
		t.Fatalf("register decision %+v", r)
	}
	if strings.Contains(out.String(), common.Bytes2Hex(crypto.FromECDSA(key))) {
		t.Fatal("the consensus key is in the decision log")
	}

	// A restart after the identity but before the registration: the file
	// lists the identity, which it still owns: no second identity.
	chain2 := newFakeChain(operatorAddr, clock)
	chain2.identities = map[string]common.Address{"5": operatorAddr}
	home2 := &fakeHome{key: key, agentID: big.NewInt(5)}
	step(t, New(pol, chain2, Options{Clock: clock, Out: &out, Home: home2}))
	if chain2.count("identity") != 0 || chain2.count("register") != 1 || chain2.op.AgentID.Int64() != 5 {
		t.Fatalf("restart: calls %v, linked %v", chain2.calls, chain2.op.AgentID)
	}
	// The file names an identity someone else owns: it registers its own.
	chain3 := newFakeChain(operatorAddr, clock)
	chain3.identities = map[string]common.Address{"5": common.HexToAddress("0x9999")}
	home3 := &fakeHome{key: key, agentID: big.NewInt(5)}
	step(t, New(pol, chain3, Options{Clock: clock, Out: &out, Home: home3}))
	if chain3.count("identity") != 1 || chain3.op.AgentID == nil || chain3.op.AgentID.Int64() == 5 {
		t.Fatalf("foreign identity in the file: calls %v, linked %v", chain3.calls, chain3.op.AgentID)
	}
}

// Failures stop the setup where they happen, are logged once, and the
// next step picks up; a budget too small refuses the registration.
func TestOperatorSetupFailures(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	key, _ := crypto.GenerateKey()
	home := &fakeHome{key: key, writeErr: errors.New("disk full")}
	var out bytes.Buffer
	a := New(operatorPolicy(t, setupPolicy), chain, Options{Clock: clock, Out: &out, Home: home})
	step(t, a)
	if chain.count("register") != 0 {
		t.Fatalf("registered although the registration file could not be written: %v", chain.calls)
	}
	ds := decisions(t, &out)
	if e := ofKind(ds, KindError); len(e) != 1 || !strings.Contains(e[0].Error, "disk full") {
		t.Fatalf("decisions %+v", ds)
	}
	// The file works again: the identity registered above has no file, so
	// a new one is registered (the cost of a crash at that point).
	home.writeErr = nil
	chain.fail["register"] = errors.New("execution reverted: StakeTooLow")
	step(t, a)
	step(t, a)
	if chain.op.Registered || len(ofKind(decisions(t, &out), KindError)) != 2 {
		t.Fatalf("calls %v, decisions %s", chain.calls, out.String())
	}
	delete(chain.fail, "register")
	step(t, a)
	if !chain.op.Registered || chain.count("identity") != 2 {
		t.Fatalf("calls %v: want registered with the second identity", chain.calls)
	}

	// Gas budget too small for a registration: refused, nothing sent.
	chain2 := newFakeChain(operatorAddr, clock)
	out.Reset()
	small := strings.Replace(operatorBase, `gas_per_hour_eth = "0.05"`, `gas_per_hour_eth = "0.0025"`, 1)
	pol := policy(t, strings.Replace(small, "batches_per_hour = 60", "batches_per_hour = 60\nmax_stake_eth = \"2\"\nkind = \"human\"", 1)+setupPolicy)
	step(t, New(pol, chain2, Options{Clock: clock, Out: &out, Home: &fakeHome{key: key}}))
	if chain2.count("register") != 0 || chain2.count("identity") != 0 {
		t.Fatalf("calls %v", chain2.calls)
	}
	if r := ofKind(decisions(t, &out), KindRefused); len(r) != 1 || r[0].Action != KindRegister {
		t.Fatalf("decisions %s", out.String())
	}
}

// The node keeps running while the operator is bonded, stops once its
// stake has left the validator set (unbonded or slashed), and starts again
// when it is bonded again.
func TestOperatorStopsItsNodeWhenUnbonded(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	chain.op.Registered, chain.op.Bonded, chain.op.StakeNow = true, wei("2"), wei("2")
	power := int64(2e9)
	chain.op.L2Power = &power
	nodes := &fakeNodes{running: true}
	var out bytes.Buffer
	a := New(operatorPolicy(t, "unbond_after = \"10m\"\n"+strings.Replace(setupPolicy, "register_stake_eth = \"2\"\n", "", 1)), chain, Options{Clock: clock, Out: &out, Nodes: nodes, Home: &fakeHome{}})
	step(t, a)
	clock.now = clock.now.Add(11 * time.Minute)
	step(t, a)
	if chain.count("unbond") != 1 || nodes.stops != 0 {
		t.Fatalf("calls %v, stops %d: want unbonded, node still running (its stake counts this epoch)", chain.calls, nodes.stops)
	}
	// Next epoch: the stake no longer counts, the L2 dropped it.
	chain.op.StakeNow, chain.op.StakeNext = new(big.Int), new(big.Int)
	zero := int64(0)
	chain.op.L2Power = &zero
	step(t, a)
	step(t, a)
	if nodes.stops != 1 || nodes.running {
		t.Fatalf("stops %d, running %v", nodes.stops, nodes.running)
	}
	chain.op.Bonded = wei("1")
	step(t, a)
	if nodes.starts != 1 || !nodes.running {
		t.Fatalf("starts %d: want the node started again once bonded", nodes.starts)
	}
	ds := ofKind(decisions(t, &out), KindNode)
	if len(ds) != 2 || !strings.Contains(ds[0].Reason, "stop_when_unbonded") {
		t.Fatalf("node decisions %+v", ds)
	}
	// stop_when_unbonded = false leaves it alone.
	nodes2 := &fakeNodes{running: true}
	chain.op.Bonded = new(big.Int)
	pol := operatorPolicy(t, strings.Replace(setupPolicy, "register_stake_eth = \"2\"\n", "", 1)+"stop_when_unbonded = false\n")
	step(t, New(pol, chain, Options{Clock: clock, Out: &out, Nodes: nodes2}))
	if nodes2.stops != 0 {
		t.Fatal("stopped the node with stop_when_unbonded = false")
	}
}

// The first bounty has recruiter.bounty's terms, later ones
// recruiter.next_bounty's (here: a reputation minimum over the protocol's
// own feedback, the Slasher and the NodeBounty, by default).
func TestRecruiterNextBountyTerms(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	var out bytes.Buffer
	pol := policy(t, strings.Replace(recruiterBase, "duration = \"24h\"", "duration = \"1h\"\nkind = \"agent\"", 1)+`
[recruiter.next_bounty]
min_reputation = "0"
`)
	a := New(pol, chain, Options{Clock: clock, Out: &out})
	step(t, a)
	if len(chain.bounties) != 1 || chain.bounties[1].Reputation != nil {
		t.Fatalf("first bounty %+v", chain.bounties[1])
	}
	clock.now = clock.now.Add(61 * time.Minute) // the first has ended; the need is still there
	step(t, a)
	b := chain.bounties[2]
	if b == nil || b.Reputation == nil || b.Kind != agent.BountyAgents || b.Seats != 2 || b.RewardPerBatch.Cmp(wei("0.001")) != 0 {
		t.Fatalf("second bounty %+v", b)
	}
	want := []common.Address{common.HexToAddress("0x5555"), common.HexToAddress("0x6666")}
	if len(b.Reputation.Clients) != 2 || b.Reputation.Clients[0] != want[0] || b.Reputation.Clients[1] != want[1] || b.Reputation.MinValue.Sign() != 0 {
		t.Fatalf("reputation terms %+v, want the Slasher and the NodeBounty", b.Reputation)
	}
	if p := ofKind(decisions(t, &out), KindPost); len(p) != 2 || p[1].Extra["terms"] != "recruiter.next_bounty" {
		t.Fatalf("post decisions %+v", p)
	}
	// A next_bounty that breaks a rule names its own table.
	if _, err := ParsePolicy([]byte(recruiterBase + "[recruiter.next_bounty]\nmin_reputation = \"1\"\n")); err == nil || !strings.Contains(err.Error(), "recruiter.next_bounty.min_reputation") {
		t.Fatalf("next_bounty error: %v", err)
	}
}

// An operator does not send a join the NodeBounty would refuse: a slashed
// (jailed) agent whose identity carries the Slasher's negative feedback
// skips a bounty that asks for a reputation, saying both; a fresh agent
// without feedback skips it too; one whose reputation meets it joins.
func TestOperatorChecksItsOwnReputation(t *testing.T) {
	clock := &fakeClock{now: t0}
	req := &agent.ReputationRequirement{Registry: common.HexToAddress("0x4444"), Clients: []common.Address{common.HexToAddress("0x5555")}, MinValue: new(big.Int)}
	for _, c := range []struct {
		name   string
		jailed bool
		rep    *agent.ReputationSummary
		join   bool
		reason []string
	}{
		{"slashed", true, &agent.ReputationSummary{Count: 1, Value: big.NewInt(-100), Decimals: 2}, false, []string{"jailed", "reputation -1", "below the bounty's minimum 0"}},
		{"fresh", false, nil, false, []string{"no feedback"}},
		{"good", false, &agent.ReputationSummary{Count: 3, Value: big.NewInt(95), Decimals: 2}, true, nil},
	} {
		chain := newFakeChain(operatorAddr, clock)
		chain.op.Registered, chain.op.Kind, chain.op.AgentID, chain.op.Bonded, chain.op.Jailed = true, agent.OperatorAgent, big.NewInt(9), wei("1"), c.jailed
		if c.rep != nil {
			c.rep.AgentID = big.NewInt(9)
			chain.reputation["9"] = c.rep
		}
		b := openBounty(1, common.HexToAddress("0x1111"), "0.004", t0.Add(24*time.Hour))
		b.Reputation, b.Kind, b.MinStake = req, agent.BountyAgents, new(big.Int)
		chain.bounties[1] = b
		var out bytes.Buffer
		step(t, New(operatorPolicy(t, ""), chain, Options{Clock: clock, Out: &out}))
		if got := chain.count("join") == 1; got != c.join {
			t.Fatalf("%s: joined %v, want %v (%s)", c.name, got, c.join, out.String())
		}
		if c.join {
			continue
		}
		s := ofKind(decisions(t, &out), KindSkip)
		if len(s) != 1 {
			t.Fatalf("%s: decisions %s", c.name, out.String())
		}
		for _, w := range c.reason {
			if !strings.Contains(s[0].Reason, w) {
				t.Errorf("%s: skip reason %q lacks %q", c.name, s[0].Reason, w)
			}
		}
	}
}

// A slashed operator that withdrew what was left is unlinked from its
// identity on L1; its skip still names the identity's record (read from
// its registration file), not just the missing link.
func TestOperatorUnlinkedStillReportsItsRecord(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	chain.op.Registered, chain.op.Kind, chain.op.Jailed, chain.op.AgentID = true, agent.OperatorAgent, true, new(big.Int)
	chain.reputation["4"] = &agent.ReputationSummary{AgentID: big.NewInt(4), Count: 1, Value: big.NewInt(-1000), Decimals: 2}
	b := openBounty(1, common.HexToAddress("0x1111"), "0.004", t0.Add(24*time.Hour))
	b.Reputation, b.Kind, b.MinStake = &agent.ReputationRequirement{Clients: []common.Address{common.HexToAddress("0x5555")}, MinValue: new(big.Int)}, agent.BountyAgents, new(big.Int)
	chain.bounties[1] = b
	var out bytes.Buffer
	step(t, New(operatorPolicy(t, ""), chain, Options{Clock: clock, Out: &out, Home: &fakeHome{agentID: big.NewInt(4)}}))
	s := ofKind(decisions(t, &out), KindSkip)
	if len(s) != 1 || chain.count("join") != 0 {
		t.Fatalf("decisions %s", out.String())
	}
	for _, w := range []string{"jailed", "does not link identity 4", "reputation -10", "below the bounty's minimum 0", "nothing bonded"} {
		if !strings.Contains(s[0].Reason, w) {
			t.Errorf("skip reason %q lacks %q", s[0].Reason, w)
		}
	}
}

// A recruiter with [recruiter.services] keeps its L2 float (a deposit
// from L1 when its balance falls below half, counted against its budget),
// reads its x402 services on their schedule, paying from L2, and puts
// their JSON answers in its decisions' inputs; a failing service is
// logged once.
func TestRecruiterPaysForServices(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	chain.validators = 6 // no trigger: only the services act
	chain.services = map[string]*PaidResponse{"http://oracle.example/gas": {Status: 200, Body: []byte(`{"gas_price_gwei":12}`), PaidGwei: 2_000_000}}
	var out bytes.Buffer
	pol := policy(t, recruiterBase+`
[recruiter.services]
urls = ["http://oracle.example/gas", "http://down.example/x"]
every = "1m"
max_per_request = "0.01"
max_total = "0.05"
l2_float = "0.1"
`)
	a := New(pol, chain, Options{Clock: clock, Out: &out})
	step(t, a)
	if chain.count("deposit") != 1 || chain.l2Balance.Cmp(wei("0.098")) != 0 || chain.count("x402") != 2 {
		t.Fatalf("calls %v, L2 balance %s", chain.calls, chain.l2Balance)
	}
	ds := decisions(t, &out)
	dep := ofKind(ds, KindDeposit)
	if len(dep) != 1 || dep[0].AmountWei != wei("0.1").String() || dep[0].L1Tx == "" {
		t.Fatalf("deposit decisions %+v", dep)
	}
	x := ofKind(ds, KindX402)
	if len(x) != 1 || x[0].AmountWei != wei("0.002").String() || x[0].Inputs.Services["http://oracle.example/gas"] == nil {
		t.Fatalf("x402 decisions %+v", x)
	}
	if e := ofKind(ds, KindError); len(e) != 1 || !strings.Contains(e[0].Reason, "HTTP 404") {
		t.Fatalf("errors %+v", e)
	}
	// Within services.every: no second read; above half the float: no deposit.
	clock.now = clock.now.Add(30 * time.Second)
	step(t, a)
	if chain.count("x402") != 2 || chain.count("deposit") != 1 {
		t.Fatalf("calls %v", chain.calls)
	}
	// The float falls below half: one deposit back up to it.
	chain.l2Balance = wei("0.04")
	clock.now = clock.now.Add(40 * time.Second)
	step(t, a)
	if chain.count("deposit") != 2 || chain.count("x402") != 4 || len(ofKind(decisions(t, &out), KindError)) != 1 {
		t.Fatalf("calls %v\n%s", chain.calls, out.String())
	}
	// Deposits count against budget.total_eth: a float the budget cannot
	// cover again is refused.
	chain2 := newFakeChain(recruiterAddr, clock)
	chain2.validators = 6
	out.Reset()
	pol2 := policy(t, strings.Replace(recruiterBase, `total_eth = "5"`, `total_eth = "1.5"`, 1)+`
[recruiter.services]
l2_float = "1"
`)
	a2 := New(pol2, chain2, Options{Clock: clock, Out: &out})
	step(t, a2)
	chain2.l2Balance = new(big.Int)
	step(t, a2)
	if chain2.count("deposit") != 1 {
		t.Fatalf("calls %v: the second deposit passes budget.total_eth", chain2.calls)
	}
	if r := ofKind(decisions(t, &out), KindRefused); len(r) != 1 || r[0].Action != KindDeposit {
		t.Fatalf("decisions %s", out.String())
	}
	for _, bad := range []struct{ text, key string }{
		{"[recruiter.services]\nurls = [\"ftp://x\"]\nmax_per_request = \"1\"\nmax_total = \"1\"\n", "recruiter.services.urls"},
		{"[recruiter.services]\nurls = [\"http://x\"]\n", "recruiter.services.max_per_request"},
		{"[recruiter.services]\nl2_float = \"9\"\n", "recruiter.services.l2_float"},
		{"[recruiter.services]\n", "recruiter.services"},
	} {
		if _, err := ParsePolicy([]byte(recruiterBase + bad.text)); err == nil || !strings.Contains(err.Error(), bad.key) {
			t.Errorf("%q: %v, want an error naming %s", bad.text, err, bad.key)
		}
	}
}
