package autonomy

import (
	"bytes"
	"context"
	"encoding/hex"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/mycel-network/mycel/agent"
)

var (
	recruiterAddr = common.HexToAddress("0xaaaa")
	operatorAddr  = common.HexToAddress("0xbbbb")
	t0            = time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
)

func policy(t *testing.T, text string) *Policy {
	t.Helper()
	p, err := ParsePolicy([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func step(t *testing.T, a *Agent) {
	t.Helper()
	if err := a.Step(context.Background()); err != nil {
		t.Fatal(err)
	}
}

func TestRecruiterPostsOnceWhenTriggerFires(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	chain.validators = 6
	var out bytes.Buffer
	reg := prometheus.NewRegistry()
	a := New(policy(t, recruiterBase), chain, Options{Clock: clock, Out: &out, Registry: reg})
	step(t, a)
	if n := chain.count("post"); n != 0 {
		t.Fatalf("posted %d bounties with 6 validators (min 6)", n)
	}
	chain.validators = 4
	for i := 0; i < 5; i++ {
		clock.now = clock.now.Add(15 * time.Second)
		step(t, a)
	}
	if n := chain.count("post"); n != 1 {
		t.Fatalf("posted %d bounties over 5 steps of one need, want 1", n)
	}
	ds := decisions(t, &out)
	posts := ofKind(ds, KindPost)
	if len(posts) != 1 || posts[0].Bounty != 1 || posts[0].Inputs.Validators != 4 || !strings.Contains(posts[0].Reason, "recruiter.min_validators 6") ||
		posts[0].AmountWei != wei("1").String() || posts[0].FeeWei == "" || posts[0].L1Tx == "" {
		t.Fatalf("post decisions: %+v", posts)
	}
	b := chain.bounties[1]
	if b.Seats != 2 || b.RewardPerBatch.Cmp(wei("0.001")) != 0 || b.End != t0.Add(15*time.Second+24*time.Hour) {
		t.Fatalf("posted terms: %+v", b)
	}
	waits := ofKind(ds, KindWait)
	if len(waits) != 2 || !strings.Contains(waits[1].Reason, "already funded by bounty 1") {
		t.Fatalf("waits (each logged once): %+v", waits)
	}
	if got := value(a.met.Decisions.WithLabelValues(KindPost)); got != 1 {
		t.Fatalf("decisions{kind=post} = %v", got)
	}
	if got := value(a.met.SpendETH.WithLabelValues("escrow")); got != 1 {
		t.Fatalf("spend{escrow} = %v ETH, want 1", got)
	}
	if got := value(a.met.SpendETH.WithLabelValues("gas")); got != 0.001 {
		t.Fatalf("spend{gas} = %v ETH, want 0.001 (100k gas at 10 gwei)", got)
	}
}

func TestRecruiterOtherTriggers(t *testing.T) {
	pol := strings.Replace(recruiterBase, "min_validators = 6", "max_gas_gwei = 50\nmax_batch_latency = \"10m\"", 1)
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	chain.nextBatch = 12 // two batches wait for L1 finality
	var out bytes.Buffer
	a := New(policy(t, pol), chain, Options{Clock: clock, Out: &out})
	step(t, a)
	clock.now = clock.now.Add(5 * time.Minute)
	step(t, a)
	if chain.count("post") != 0 {
		t.Fatal("posted with gas 10 gwei and 5 minutes of latency")
	}
	clock.now = clock.now.Add(6 * time.Minute)
	step(t, a)
	posts := ofKind(decisions(t, &out), KindPost)
	if len(posts) != 1 || !strings.Contains(posts[0].Reason, "max_batch_latency") || posts[0].Inputs.BatchLatencyS != 660 {
		t.Fatalf("latency trigger: %+v", posts)
	}
	// While the latency grows, the funded wait is one line.
	for i := 0; i < 3; i++ {
		clock.now = clock.now.Add(time.Minute)
		step(t, a)
	}
	if w := ofKind(decisions(t, &out), KindWait); len(w) != 2 || !strings.Contains(w[1].Reason, "already funded by bounty 1") {
		t.Fatalf("waits: %+v", w)
	}
	// The gas trigger on a fresh chain.
	chain2 := newFakeChain(recruiterAddr, clock)
	chain2.gasPrice = big.NewInt(60e9)
	out.Reset()
	step(t, New(policy(t, pol), chain2, Options{Clock: clock, Out: &out}))
	posts = ofKind(decisions(t, &out), KindPost)
	if len(posts) != 1 || !strings.Contains(posts[0].Reason, "max_gas_gwei 50") || posts[0].Inputs.GasPriceGwei != 60 {
		t.Fatalf("gas trigger: %+v", posts)
	}
}

func TestRecruiterBudgetRefusals(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	// total 1.5 ETH: the first bounty (1 ETH) fits, a second does not.
	pol := policy(t, strings.Replace(strings.Replace(recruiterBase, `total_eth = "5"`, `total_eth = "1.5"`, 1), "seats = 2", "seats = 2\nescrow = \"1\"", 1))
	var out bytes.Buffer
	a := New(pol, chain, Options{Clock: clock, Out: &out})
	step(t, a)
	// The bounty runs dry: the recruiter would post a successor.
	chain.bounties[1].Remaining = big.NewInt(1)
	step(t, a)
	step(t, a)
	if n := chain.count("post"); n != 1 {
		t.Fatalf("%d posts; the second passes budget.total_eth", n)
	}
	ref := ofKind(decisions(t, &out), KindRefused)
	if len(ref) != 1 || ref[0].Action != KindPost || !strings.Contains(ref[0].Reason, "budget.total_eth 1.5") {
		t.Fatalf("refusals (logged once): %+v", ref)
	}

	// The hourly gas budget: 100k gas at 1000 gwei is 0.1 ETH, above 0.05.
	chain2 := newFakeChain(recruiterAddr, clock)
	chain2.gasPrice = big.NewInt(1000e9)
	out.Reset()
	step(t, New(policy(t, recruiterBase), chain2, Options{Clock: clock, Out: &out}))
	ref = ofKind(decisions(t, &out), KindRefused)
	if chain2.count("post") != 0 || len(ref) != 1 || !strings.Contains(ref[0].Reason, "budget.gas_per_hour_eth 0.05") {
		t.Fatalf("gas budget: %d posts, refusals %+v", chain2.count("post"), ref)
	}
}

func TestRecruiterGasPerHourWindow(t *testing.T) {
	// Each action costs 0.001 ETH of gas (estimated 0.004 for a post);
	// an hourly budget of 0.0045 allows one post an hour.
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	pol := policy(t, strings.Replace(recruiterBase, `gas_per_hour_eth = "0.05"`, `gas_per_hour_eth = "0.0045"`, 1))
	var out bytes.Buffer
	a := New(pol, chain, Options{Clock: clock, Out: &out})
	step(t, a)
	chain.bounties[1].Remaining = big.NewInt(1) // dry: wants a successor
	clock.now = clock.now.Add(10 * time.Minute)
	step(t, a)
	if chain.count("post") != 1 {
		t.Fatalf("posted %d within the hour", chain.count("post"))
	}
	clock.now = clock.now.Add(time.Hour)
	step(t, a)
	if chain.count("post") != 2 {
		t.Fatalf("posted %d once the hour passed, want 2", chain.count("post"))
	}
}

func TestRecruiterStopsFundingAndRefunds(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	var out bytes.Buffer
	a := New(policy(t, strings.Replace(recruiterBase, "seats = 2", "seats = 2\nnotice = \"1h\"", 1)), chain, Options{Clock: clock, Out: &out})
	step(t, a)
	chain.validators = 6 // the need is gone
	clock.now = clock.now.Add(time.Minute)
	step(t, a)
	clock.now = clock.now.Add(3 * time.Minute)
	step(t, a)
	if chain.count("cancel") != 0 {
		t.Fatal("cancelled before stop_after (5m)")
	}
	clock.now = clock.now.Add(2 * time.Minute)
	step(t, a)
	step(t, a)
	if chain.count("cancel") != 1 {
		t.Fatalf("%d cancels, want 1", chain.count("cancel"))
	}
	b := chain.bounties[1]
	if b.End != clock.now.Add(time.Hour) {
		t.Fatalf("cancelled bounty ends %s, want after its notice", b.End)
	}
	clock.now = b.RefundableAt.Add(time.Second)
	step(t, a)
	step(t, a)
	if chain.count("refund") != 1 || chain.count("post") != 1 {
		t.Fatalf("refunds %d (want 1), posts %d (want 1)", chain.count("refund"), chain.count("post"))
	}
	ds := decisions(t, &out)
	if c := ofKind(ds, KindCancel); len(c) != 1 || !strings.Contains(c[0].Reason, "need is gone") {
		t.Fatalf("cancel decisions: %+v", c)
	}
	if r := ofKind(ds, KindRefund); len(r) != 1 || r[0].AmountWei != wei("1").String() {
		t.Fatalf("refund decisions: %+v", r)
	}
	if got := value(a.met.IncomeETH.WithLabelValues("refund")); got != 1 {
		t.Fatalf("income{refund} = %v", got)
	}
	// The need comes back: a new bounty.
	chain.validators = 3
	step(t, a)
	if chain.count("post") != 2 {
		t.Fatalf("posts %d after the need came back, want 2", chain.count("post"))
	}
}

func TestRecruiterRestartIsIdempotent(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	// Someone else's bounty does not count as its own.
	chain.bounties[1] = &agent.Bounty{ID: 1, Poster: common.HexToAddress("0x9999"), RewardPerBatch: wei("0.001"), Seats: 1,
		End: t0.Add(time.Hour), Escrow: wei("3"), Remaining: wei("3")}
	pol := policy(t, strings.Replace(recruiterBase, `total_eth = "5"`, `total_eth = "2.5"`, 1))
	step(t, New(pol, chain, Options{Clock: clock}))
	if chain.count("post") != 1 {
		t.Fatalf("%d posts", chain.count("post"))
	}
	// A restarted recruiter finds its bounty on L1: no second post.
	var out bytes.Buffer
	a := New(pol, chain, Options{Clock: clock, Out: &out})
	step(t, a)
	if chain.count("post") != 1 {
		t.Fatalf("a restart posted again (%d posts)", chain.count("post"))
	}
	ds := decisions(t, &out)
	if len(ds) != 1 || ds[0].Kind != KindWait || ds[0].Inputs.SpentWei != wei("1").String() || len(ds[0].Inputs.Own) != 1 {
		t.Fatalf("after restart: %+v", ds)
	}
	// Its spent escrow counts after the restart: with 1 ETH of 2.5 spent, a
	// second 1 ETH bounty fits, a third does not.
	chain.bounties[2].Remaining = new(big.Int)
	step(t, a)
	chain.bounties[3].Remaining = new(big.Int)
	step(t, a)
	if chain.count("post") != 2 || len(ofKind(decisions(t, &out), KindRefused)) != 1 {
		t.Fatalf("posts %d (want 2) with the spent escrow read back from L1", chain.count("post"))
	}
}

func TestRecruiterActionErrorIsLogged(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	chain.fail["post"] = errBoom
	var out bytes.Buffer
	a := New(policy(t, recruiterBase), chain, Options{Clock: clock, Out: &out})
	step(t, a)
	step(t, a)
	if chain.count("post") != 2 {
		t.Fatalf("%d tries, want a retry each step", chain.count("post"))
	}
	errs := ofKind(decisions(t, &out), KindError)
	if len(errs) != 1 || errs[0].Action != KindPost || errs[0].Error != "boom" || !strings.Contains(errs[0].Reason, "trigger") {
		t.Fatalf("errors (the same one logged once): %+v", errs)
	}
	delete(chain.fail, "post")
	step(t, a)
	if chain.count("post") != 3 || len(ofKind(decisions(t, &out), KindPost)) != 1 {
		t.Fatalf("after the failure cleared: %v", chain.calls)
	}
}

// operator fixtures

func operatorPolicy(t *testing.T, extra string) *Policy {
	return policy(t, strings.Replace(operatorBase, "batches_per_hour = 60", "batches_per_hour = 60\nmax_stake_eth = \"2\"\nwithdraw_at_eth = \"0.01\"\nclaim = true", 1)+extra)
}

func openBounty(id uint64, poster common.Address, reward string, end time.Time) *agent.Bounty {
	return &agent.Bounty{ID: id, Poster: poster, AgentID: big.NewInt(7), RewardPerBatch: wei(reward), MinStake: wei("1"), Seats: 2,
		Kind: agent.BountyAnyOperator, Start: t0, End: end, Escrow: wei("10"), Remaining: wei("10"), Reclaimable: new(big.Int)}
}

func TestOperatorJoinsWhatPaysAndSkipsTheRest(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	chain.op.Registered, chain.op.Kind, chain.op.Bonded = true, agent.OperatorAgent, wei("1")
	good := common.HexToAddress("0x1111")
	chain.bounties[1] = openBounty(1, good, "0.0001", t0.Add(24*time.Hour)) // 0.006/h: below cost 0.001 + min 0.01
	chain.bounties[2] = openBounty(2, good, "0.001", t0.Add(24*time.Hour))  // 0.06/h: pays
	chain.bounties[3] = openBounty(3, good, "0.001", t0.Add(30*time.Minute))
	chain.bounties[4] = openBounty(4, good, "0.001", t0.Add(24*time.Hour))
	chain.bounties[4].MinStake = wei("3") // above max_stake_eth 2
	chain.bounties[5] = openBounty(5, good, "0.001", t0.Add(24*time.Hour))
	chain.bounties[5].Kind = agent.BountyHumans
	chain.bounties[6] = openBounty(6, good, "0.001", t0.Add(24*time.Hour))
	chain.bounties[6].Remaining = wei("0.03") // pays half an hour
	chain.bounties[7] = openBounty(7, good, "0.001", t0.Add(24*time.Hour))
	chain.bounties[7].MinStake = wei("1.5") // stakes 0.5 more, then joins
	var out bytes.Buffer
	a := New(operatorPolicy(t, "min_income_per_hour_eth = \"0.01\"\n"), chain, Options{Clock: clock, Out: &out})
	// min_income_per_hour_eth lands in the [operator] table after max_stake...
	step(t, a)
	step(t, a)
	if got := strings.Join(chain.calls, ","); got != "stake 0,join 7,join 2" {
		t.Fatalf("calls %s, want stake 0.5 for 7, join 7, join 2 (newest first)", got)
	}
	if chain.op.Bonded.Cmp(wei("1.5")) != 0 {
		t.Fatalf("bonded %s after staking for bounty 7", chain.op.Bonded)
	}
	skips := map[uint64]string{}
	for _, d := range ofKind(decisions(t, &out), KindSkip) {
		if _, dup := skips[d.Bounty]; dup {
			t.Fatalf("bounty %d skipped twice with %q", d.Bounty, d.Reason)
		}
		skips[d.Bounty] = d.Reason
	}
	for id, want := range map[uint64]string{1: "below operator.min_income_per_hour_eth", 3: "operator.min_time_left", 4: "operator.max_stake_eth 2",
		5: "the bounty is for human", 6: "its escrow pays"} {
		if !strings.Contains(skips[id], want) {
			t.Errorf("bounty %d skipped with %q, want %q", id, skips[id], want)
		}
	}
	joins := ofKind(decisions(t, &out), KindJoin)
	if len(joins) != 2 || joins[0].Extra["income_per_hour_wei"] != wei("0.06").String() {
		t.Fatalf("joins: %+v", joins)
	}
}

func TestOperatorTrust(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	chain.op.Registered, chain.op.Bonded = true, wei("1")
	trusted, stranger := common.HexToAddress("0x1111"), common.HexToAddress("0x2222")
	chain.bounties[1] = openBounty(1, stranger, "0.001", t0.Add(24*time.Hour))
	chain.bounties[2] = openBounty(2, trusted, "0.001", t0.Add(24*time.Hour))
	chain.bounties[2].AgentID = big.NewInt(0) // no identity
	chain.bounties[3] = openBounty(3, trusted, "0.001", t0.Add(24*time.Hour))
	chain.bounties[3].AgentID = big.NewInt(8) // reputation 3 < 5
	chain.bounties[4] = openBounty(4, trusted, "0.001", t0.Add(24*time.Hour))
	chain.bounties[4].AgentID = big.NewInt(9) // reputation 5.5
	chain.reputation["8"] = &agent.ReputationSummary{Count: 2, Value: big.NewInt(3)}
	chain.reputation["9"] = &agent.ReputationSummary{Count: 2, Value: big.NewInt(55), Decimals: 1}
	var out bytes.Buffer
	a := New(operatorPolicy(t, "\n[operator.trust]\nagents_only = true\nmin_reputation = \"5\"\nposters = [\""+trusted.Hex()+"\"]\n"), chain, Options{Clock: clock, Out: &out})
	step(t, a)
	if got := strings.Join(chain.calls, ","); got != "join 4" {
		t.Fatalf("calls %q, want join 4 only", got)
	}
	skips := map[uint64]string{}
	for _, d := range ofKind(decisions(t, &out), KindSkip) {
		skips[d.Bounty] = d.Reason
	}
	for id, want := range map[uint64]string{1: "not in operator.trust.posters", 2: "operator.trust.agents_only", 3: "reputation 3, below operator.trust.min_reputation 5"} {
		if !strings.Contains(skips[id], want) {
			t.Errorf("bounty %d skipped with %q, want %q", id, skips[id], want)
		}
	}
	// The poster's reputation falls: the operator leaves.
	chain.reputation["9"] = &agent.ReputationSummary{Count: 3, Value: big.NewInt(1)}
	clock.now = clock.now.Add(time.Minute)
	step(t, a)
	if leaves := ofKind(decisions(t, &out), KindLeave); len(leaves) != 1 || !strings.Contains(leaves[0].Reason, "no longer trusted") {
		t.Fatalf("leaves: %+v", leaves)
	}
}

func TestOperatorClaimsWithdrawsAndLeaves(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	chain.op.Registered, chain.op.Bonded = true, wei("1")
	chain.bounties[1] = openBounty(1, common.HexToAddress("0x1111"), "0.004", t0.Add(24*time.Hour))
	var out bytes.Buffer
	reg := prometheus.NewRegistry()
	a := New(operatorPolicy(t, ""), chain, Options{Clock: clock, Out: &out, Registry: reg})
	step(t, a)
	if chain.count("join") != 1 {
		t.Fatalf("calls %v", chain.calls)
	}
	// Three batches are final: it claims them (0.012 ETH), then withdraws.
	chain.finalized = 13
	clock.now = clock.now.Add(time.Minute)
	step(t, a)
	if chain.count("claim") != 3 {
		t.Fatalf("%d claims of 3 final batches (calls %v)", chain.count("claim"), chain.calls)
	}
	step(t, a)
	if chain.count("withdraw") != 1 || chain.count("claim") != 3 {
		t.Fatalf("calls %v: want one withdrawal and no claim twice", chain.calls)
	}
	if got := value(a.met.IncomeETH.WithLabelValues("bounty")); got != 0.012 {
		t.Fatalf("income{bounty} = %v", got)
	}
	// Half an hour of escrow left: it stays (min_time_left is for joining).
	chain.bounties[1].Remaining = wei("0.12")
	step(t, a)
	if chain.count("leave") != 0 {
		t.Fatalf("left a bounty that still pays: %v", chain.calls)
	}
	// The escrow runs dry: it leaves, once, and does not rejoin.
	chain.bounties[1].Remaining = big.NewInt(1)
	step(t, a)
	step(t, a)
	chain.bounties[1].Remaining = wei("10")
	step(t, a)
	if chain.count("leave") != 1 || chain.count("join") != 1 {
		t.Fatalf("calls %v: want one leave and no rejoin", chain.calls)
	}
	if l := ofKind(decisions(t, &out), KindLeave); len(l) != 1 || !strings.Contains(l[0].Reason, "cannot pay another batch") {
		t.Fatalf("leave decisions %+v", l)
	}
	// A restarted operator does not rejoin the bounty it left either.
	a2 := New(operatorPolicy(t, ""), chain, Options{Clock: clock})
	step(t, a2)
	if chain.count("join") != 1 {
		t.Fatalf("a restart rejoined: %v", chain.calls)
	}
}

func TestOperatorRestartKeepsItsSeat(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	chain.op.Registered, chain.op.Bonded = true, wei("1")
	chain.bounties[1] = openBounty(1, common.HexToAddress("0x1111"), "0.004", t0.Add(24*time.Hour))
	step(t, New(operatorPolicy(t, ""), chain, Options{Clock: clock}))
	var out bytes.Buffer
	a := New(operatorPolicy(t, ""), chain, Options{Clock: clock, Out: &out})
	step(t, a)
	if chain.count("join") != 1 || chain.count("leave") != 0 {
		t.Fatalf("calls after restart: %v", chain.calls)
	}
	ds := decisions(t, &out)
	if len(ds) != 1 || ds[0].Kind != KindWait || len(ds[0].Inputs.Seats) != 1 {
		t.Fatalf("after restart: %+v", ds)
	}
}

func TestOperatorNotRegisteredWaits(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	chain.bounties[1] = openBounty(1, common.HexToAddress("0x1111"), "0.004", t0.Add(24*time.Hour))
	var out bytes.Buffer
	a := New(operatorPolicy(t, ""), chain, Options{Clock: clock, Out: &out})
	step(t, a)
	step(t, a)
	ds := decisions(t, &out)
	if len(chain.calls) != 0 || len(ds) != 1 || !strings.Contains(ds[0].Reason, "mycel operator register") {
		t.Fatalf("calls %v, decisions %+v", chain.calls, ds)
	}
}

func TestRunStepsOnTheClockAndKeepsSecretsOut(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	key, _ := crypto.GenerateKey()
	secret := hex.EncodeToString(crypto.FromECDSA(key))
	chain.fail["post"] = errBoom
	var out bytes.Buffer
	reg := prometheus.NewRegistry()
	a := New(policy(t, recruiterBase), chain, Options{Clock: clock, Out: &out, Registry: reg})
	ctx, cancel := context.WithCancel(context.Background())
	steps := 0
	a.sdk = stepCounter{SDK: chain, n: &steps, stop: 4, cancel: cancel}
	if err := a.Run(ctx); err != context.Canceled {
		t.Fatalf("Run: %v", err)
	}
	if steps < 4 || clock.now.Sub(t0) < 3*15*time.Second {
		t.Fatalf("%d steps, clock moved %s", steps, clock.now.Sub(t0))
	}
	// Each step retried the failing post; the failure is one line.
	if chain.count("post") < 4 || len(ofKind(decisions(t, &out), KindError)) != 1 {
		t.Fatalf("%d posts tried, decisions:\n%s", chain.count("post"), out.String())
	}
	if strings.Contains(out.String(), secret) {
		t.Fatal("a decision line holds the key")
	}
	mfs, err := reg.Gather()
	n := 0
	for _, mf := range mfs {
		if mf.GetName() == "mycel_agent_decisions_total" {
			n = len(mf.GetMetric())
		}
	}
	if err != nil || n == 0 {
		t.Fatalf("metrics: %d series of mycel_agent_decisions_total, %v", n, err)
	}
}

type stepCounter struct {
	SDK
	n      *int
	stop   int
	cancel func()
}

func (s stepCounter) Status(ctx context.Context) (*agent.NodeStatus, error) {
	*s.n++
	if *s.n >= s.stop {
		s.cancel()
	}
	return s.SDK.Status(ctx)
}

// value reads a counter.
func value(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		panic(err)
	}
	return m.GetCounter().GetValue()
}

func TestOperatorUnbondsWhenIdleAndWithdrawsStake(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(operatorAddr, clock)
	chain.op.Registered, chain.op.Bonded = true, wei("2")
	chain.bounties[1] = openBounty(1, common.HexToAddress("0x1111"), "0.004", t0.Add(2*time.Hour))
	var out bytes.Buffer
	a := New(operatorPolicy(t, "unbond_after = \"30m\"\n"), chain, Options{Clock: clock, Out: &out})
	step(t, a)
	// Seated until the bounty ends; then idle.
	clock.now = t0.Add(2*time.Hour + time.Minute)
	step(t, a)
	clock.now = clock.now.Add(20 * time.Minute)
	step(t, a)
	if chain.count("unbond") != 0 {
		t.Fatalf("unbonded after 20 idle minutes: %v", chain.calls)
	}
	clock.now = clock.now.Add(15 * time.Minute)
	step(t, a)
	step(t, a)
	if chain.count("unbond") != 1 || chain.op.Bonded.Sign() != 0 {
		t.Fatalf("calls %v, bonded %s: want one unbond of everything", chain.calls, chain.op.Bonded)
	}
	clock.now = clock.now.Add(time.Hour)
	step(t, a)
	step(t, a)
	if chain.count("unstake") != 1 {
		t.Fatalf("calls %v: want the stake withdrawn once unbonded", chain.calls)
	}
	ds := decisions(t, &out)
	if u := ofKind(ds, KindUnbond); len(u) != 1 || u[0].AmountWei != wei("2").String() || !strings.Contains(u[0].Reason, "operator.unbond_after 30m") {
		t.Fatalf("unbond decisions: %+v", u)
	}
	if w := ofKind(ds, KindUnstake); len(w) != 1 || w[0].AmountWei != wei("2").String() {
		t.Fatalf("withdraw_stake decisions: %+v", w)
	}
}

func TestNoRollupIsAnObservationError(t *testing.T) {
	clock := &fakeClock{now: t0}
	chain := newFakeChain(recruiterAddr, clock)
	chain.noRollup = true
	var out bytes.Buffer
	a := New(policy(t, recruiterBase), chain, Options{Clock: clock, Out: &out})
	if err := a.Step(context.Background()); err == nil || !strings.Contains(err.Error(), "no rollup") {
		t.Fatalf("Step: %v", err)
	}
	_ = a.Step(context.Background())
	ds := decisions(t, &out)
	if chain.count("post") != 0 || len(ds) != 1 || ds[0].Kind != KindError || ds[0].Reason != "observation failed" {
		t.Fatalf("a node without a rollup (validators unknown) posted %d; decisions %+v", chain.count("post"), ds)
	}
}
