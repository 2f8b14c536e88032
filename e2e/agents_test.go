package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/agent/autonomy"
	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testutil"
)

// agentProc is one `mycel agent run` process: its wallet's L1 address and
// its decision log.
type agentProc struct {
	name      string
	addr      common.Address
	decisions string
}

// startAgent creates a wallet on the devnet's funded dev account
// devAccount and runs `mycel agent run` with policy.
func (n *Net) startAgent(name string, devAccount int, policy string) *agentProc {
	n.T.Helper()
	dir := filepath.Join(n.Dir, name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		n.T.Fatal(err)
	}
	pass := filepath.Join(dir, "pass")
	if err := os.WriteFile(pass, []byte("agent passphrase "+name+"\n"), 0o600); err != nil {
		n.T.Fatal(err)
	}
	wallet := []string{"--wallet", filepath.Join(dir, "wallet"), "--devnet", n.Home, "--password-file", pass}
	out, err := exec.Command(n.Bin, append([]string{"wallet", "new", "--devnet-account", fmt.Sprint(devAccount), "--light-kdf", "--json"}, wallet...)...).Output()
	if err != nil {
		n.T.Fatalf("%s: mycel wallet new: %v %s", name, err, out)
	}
	var w struct {
		L1 common.Address `json:"l1_address"`
	}
	if err := json.Unmarshal(out, &w); err != nil || w.L1 == (common.Address{}) {
		n.T.Fatalf("%s: wallet %s: %v", name, out, err)
	}
	polFile := filepath.Join(dir, "policy.toml")
	if err := os.WriteFile(polFile, []byte(policy), 0o600); err != nil {
		n.T.Fatal(err)
	}
	a := &agentProc{name: name, addr: w.L1, decisions: filepath.Join(dir, "decisions.jsonl")}
	n.Spawn(name, nil, append([]string{"agent", "run", "--policy", polFile, "--decisions", a.decisions}, wallet...)...)
	return a
}

// read returns the agent's decisions so far.
func (a *agentProc) read() []autonomy.Decision {
	f, err := os.Open(a.decisions)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []autonomy.Decision
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var d autonomy.Decision
		if json.Unmarshal(sc.Bytes(), &d) == nil {
			out = append(out, d)
		}
	}
	return out
}

// wait waits for the agent's first decision that match accepts.
func (a *agentProc) wait(n *Net, what string, within time.Duration, match func(autonomy.Decision) bool) autonomy.Decision {
	n.T.Helper()
	var found autonomy.Decision
	n.WaitFor(a.name+": "+what, within, func() (bool, string) {
		ds := a.read()
		for _, d := range ds {
			if match(d) {
				found = d
				return true, ""
			}
		}
		if len(ds) == 0 {
			return false, "no decision yet"
		}
		last := ds[len(ds)-1]
		return false, fmt.Sprintf("%d decisions, last %s: %s %s", len(ds), last.Kind, last.Reason, last.Error)
	})
	return found
}

func kindIs(kind string, bounty uint64) func(autonomy.Decision) bool {
	return func(d autonomy.Decision) bool { return d.Kind == kind && (bounty == 0 || d.Bounty == bounty) }
}

// setWatch follows node0's validator set and batches in the background:
// when each signer entered and left the set, the largest set, and the
// first batch final on L1 that each signer attested.
type setWatch struct {
	mu       sync.Mutex
	max      int
	entered  map[common.Address]time.Time
	left     map[common.Address]time.Time
	signed   map[common.Address]time.Time // first finalized batch attested
	batchOf  map[common.Address]uint64
	nextScan uint64
}

func (n *Net) watchSet(stop <-chan struct{}) *setWatch {
	w := &setWatch{entered: map[common.Address]time.Time{}, left: map[common.Address]time.Time{},
		signed: map[common.Address]time.Time{}, batchOf: map[common.Address]uint64{}}
	go func() {
		t := time.NewTicker(200 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
			}
			var st consensus.RollupStatus
			if err := n.Call(0, &st, "mycel_rollupStatus"); err != nil {
				continue
			}
			now := time.Now()
			in := map[common.Address]bool{}
			for _, op := range st.ActiveOperators {
				if op.Power > 0 {
					in[op.Signer] = true
				}
			}
			fin, err := l1Call(n, n.l1.Deployment.Rollup, rollupABI.PackFinalizedCount(), rollupABI.UnpackFinalizedCount)
			w.mu.Lock()
			w.max = max(w.max, len(in))
			for s := range in {
				if _, ok := w.entered[s]; !ok {
					w.entered[s] = now
				}
			}
			for s, at := range w.entered {
				if _, gone := w.left[s]; !in[s] && !gone && at.Before(now) {
					w.left[s] = now
				}
			}
			scan := w.nextScan
			w.mu.Unlock()
			if err != nil {
				continue
			}
			for ; scan < fin; scan++ {
				var b struct {
					Signatures []struct {
						Signer common.Address `json:"signer"`
					} `json:"signatures"`
				}
				if n.Call(0, &b, "mycel_getBatch", scan) != nil {
					break
				}
				w.mu.Lock()
				for _, s := range b.Signatures {
					if _, ok := w.signed[s.Signer]; !ok {
						w.signed[s.Signer], w.batchOf[s.Signer] = now, scan
					}
				}
				w.nextScan = scan + 1
				w.mu.Unlock()
			}
		}
	}()
	return w
}

func (w *setWatch) get(m map[common.Address]time.Time, s common.Address) (time.Time, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	t, ok := m[s]
	return t, ok
}

// TestSpontaneousFormation is issue 15's story with real processes: 4
// genesis validators, a recruiter agent whose policy wants 6, and two
// operator agents that start from nothing but a funded L1 wallet. The
// recruiter's trigger fires and it posts a bounty; each operator creates
// its node home (mycel init --join), registers an ERC-8004 identity whose
// registration file its node serves, registers and stakes, runs its
// validator and takes a seat; the validator set grows to 6 and batches the
// new validators attested are final on L1 and paid by the bounty. One
// operator is misconfigured to run its validator twice with one key: it
// double-signs, is slashed on L1, the Slasher records it in its identity's
// reputation, and the recruiter's next bounty (with a reputation minimum)
// does not admit it. When the bounty ends the honest operator unbonds, its
// node stops and the set shrinks back to the 4.
func TestSpontaneousFormation(t *testing.T) {
	n := newNet(t, netOptions{})
	n.startAll()
	dep := n.l1.Deployment
	nb, rr := bindings.NewNodeBounty(), bindings.NewReputationRegistry()
	stop := make(chan struct{})
	defer close(stop)
	watch := n.watchSet(stop)

	operatorPolicy := func(name string, twin bool) string {
		p := fmt.Sprintf(`role = "operator"
interval = "1s"
[budget]
total_eth = "2"
gas_per_hour_eth = "1"
[operator]
cost_per_hour_eth = "0.001"
batches_per_hour = 60
max_stake_eth = "32"
register_stake_eth = "32"
min_time_left = "30s"
unbond_after = "5s"
name = "operator agent %s"
[operator.node]
home = %q
create = true
base_port = %d
restart_backoff = "1s"
`, name, filepath.Join(n.Dir, "operator-"+name, "node"), testutil.FreePortBase(t, 1))
		if twin {
			p += "twin = true\n"
		}
		return p
	}
	started := time.Now()
	rec := n.startAgent("recruiter", 0, `role = "recruiter"
interval = "1s"
[budget]
total_eth = "5"
per_bounty_eth = "1"
gas_per_hour_eth = "1"
[recruiter]
min_validators = 6
stop_after = "10m"
[recruiter.bounty]
reward_per_batch = "0.01"
seats = 2
kind = "agent"
duration = "150s"
[recruiter.next_bounty]
min_reputation = "0"
`)
	opX := n.startAgent("operator-x", 1, operatorPolicy("x", false))
	opY := n.startAgent("operator-y", 2, operatorPolicy("y", true))

	post := rec.wait(n, "posts a bounty on its trigger", time.Minute, kindIs(autonomy.KindPost, 0))
	bountyA := post.Bounty
	trigger := post.Time
	if !strings.Contains(post.Reason, "fewer than recruiter.min_validators 6") || post.Inputs == nil || post.Inputs.Validators != validators {
		t.Fatalf("post decision %+v", post)
	}
	t.Logf("recruiter posted bounty %d %v after the agents started: %s", bountyA, trigger.Sub(started).Round(time.Millisecond), post.Reason)

	signers := map[string]common.Address{}
	agentIDs := map[string]*big.Int{}
	for _, op := range []*agentProc{opX, opY} {
		s := op.wait(n, "creates its node home", time.Minute, kindIs(autonomy.KindSetup, 0))
		signers[op.name] = common.HexToAddress(fmt.Sprint(s.Extra["signer"]))
		id := op.wait(n, "registers its identity", time.Minute, kindIs(autonomy.KindIdentity, 0))
		agentIDs[op.name], _ = new(big.Int).SetString(fmt.Sprint(id.Extra["agent_id"]), 10)
		r := op.wait(n, "registers as an operator with stake", time.Minute, kindIs(autonomy.KindRegister, 0))
		if r.Extra["signer"] != signers[op.name].Hex() || r.L1Tx == "" {
			t.Fatalf("%s: register %+v, setup signer %s", op.name, r, signers[op.name])
		}
		j := op.wait(n, "joins the bounty", 2*time.Minute, kindIs(autonomy.KindJoin, bountyA))
		t.Logf("%s: home, identity %s, operator %s registered; joined bounty %d at +%v", op.name, agentIDs[op.name], signers[op.name],
			bountyA, j.Time.Sub(trigger).Round(time.Millisecond))
	}
	// The registration file each node serves names the identity back.
	for _, op := range []*agentProc{opX, opY} {
		raw, err := os.ReadFile(filepath.Join(n.Dir, op.name, "node", "agent-registration.json"))
		if err != nil || !strings.Contains(string(raw), agentIDs[op.name].String()) {
			t.Fatalf("%s: registration file %s (%v)", op.name, raw, err)
		}
	}
	x, y := signers[opX.name], signers[opY.name]
	n.WaitFor("both new validators in the L2 set", 2*time.Minute, func() (bool, string) {
		_, okX := watch.get(watch.entered, x)
		_, okY := watch.get(watch.entered, y)
		return okX && okY, fmt.Sprintf("x %v, y %v", okX, okY)
	})
	watch.mu.Lock()
	maxSet := watch.max
	watch.mu.Unlock()
	tx, _ := watch.get(watch.entered, x)
	t.Logf("validator set: x entered at +%v, largest set %d", tx.Sub(trigger).Round(time.Millisecond), maxSet)

	// The twin double-signs: slashed on L1, recorded as reputation.
	var slash *bindings.SlasherDoubleVoteSlashed
	n.WaitFor("operator y's double vote slashed on L1", 3*time.Minute, func() (bool, string) {
		for _, e := range n.doubleVoteEvents() {
			if e.Signer == y {
				slash = e
				return true, ""
			}
		}
		return false, "no DoubleVoteSlashed for y"
	})
	t.Logf("y slashed at +%v (height %d, %s wei)", time.Since(trigger).Round(time.Millisecond), slash.Height, slash.Amount)
	if slash.Signer == x {
		t.Fatal("the honest operator was slashed")
	}
	sum := mustL1Call(n, dep.Reputation, rr.PackGetSummary(agentIDs[opY.name], []common.Address{dep.Slasher}, "", ""), rr.UnpackGetSummary)
	if sum.Count == 0 || sum.SummaryValue.Sign() >= 0 {
		t.Fatalf("y's reputation from the Slasher: %+v, want negative feedback", sum)
	}

	// Traffic until a batch x attested is final on L1; the bounty pays it.
	n.WaitFor("a batch attested by x final on L1", 4*time.Minute, func() (bool, string) {
		if _, ok := watch.get(watch.signed, x); ok {
			return true, ""
		}
		n.transfer(0, 0, 1, 1)
		return false, fmt.Sprintf("L1 finalized %d", n.finalizedCount())
	})
	signedAt, _ := watch.get(watch.signed, x)
	watch.mu.Lock()
	firstBatch := watch.batchOf[x]
	watch.mu.Unlock()
	t.Logf("x's first attested batch %d final on L1 at +%v after the trigger", firstBatch, signedAt.Sub(trigger).Round(time.Millisecond))
	earned := func() *big.Int {
		e := mustL1Call(n, dep.NodeBounty, nb.PackEarnings(new(big.Int).SetUint64(bountyA), opX.addr), nb.UnpackEarnings)
		return e.Earned
	}
	n.WaitFor("the bounty to pay x", 3*time.Minute, func() (bool, string) {
		e := earned()
		return e.Sign() > 0, e.String()
	})
	opX.wait(n, "withdraws its credit", 2*time.Minute, kindIs(autonomy.KindWithdraw, bountyA))

	// The bounty ends: x unbonds, leaves the set, stops its node; the
	// recruiter's next bounty asks for reputation and y is kept out.
	opX.wait(n, "unbonds once the bounty is over", 4*time.Minute, kindIs(autonomy.KindUnbond, 0))
	next := rec.wait(n, "posts its next bounty", 2*time.Minute, func(d autonomy.Decision) bool {
		return d.Kind == autonomy.KindPost && d.Bounty != bountyA
	})
	if next.Extra["terms"] != "recruiter.next_bounty" || next.Extra["min_reputation"] != "0" {
		t.Fatalf("next bounty %+v", next)
	}
	skipY := opY.wait(n, "is kept out of the next bounty", time.Minute, kindIs(autonomy.KindSkip, next.Bounty))
	if !strings.Contains(skipY.Reason, "below the bounty's minimum") || !strings.Contains(skipY.Reason, "jailed") {
		t.Fatalf("y's skip of bounty %d: %s", next.Bounty, skipY.Reason)
	}
	for _, op := range []*agentProc{opX, opY} {
		for _, d := range op.read() {
			if d.Kind == autonomy.KindJoin && d.Bounty == next.Bounty {
				t.Fatalf("%s joined the reputation bounty: %+v", op.name, d)
			}
		}
	}
	n.WaitFor("x and y out of the L2 set", 2*time.Minute, func() (bool, string) {
		_, okX := watch.get(watch.left, x)
		_, okY := watch.get(watch.left, y)
		return okX && okY, fmt.Sprintf("x left %v, y left %v", okX, okY)
	})
	opX.wait(n, "stops its node", time.Minute, func(d autonomy.Decision) bool {
		return d.Kind == autonomy.KindNode && strings.Contains(d.Reason, "stops its node")
	})
	leftX, _ := watch.get(watch.left, x)
	var st consensus.RollupStatus
	n.MustCall(0, &st, "mycel_rollupStatus")
	active := 0
	for _, op := range st.ActiveOperators {
		if op.Power > 0 {
			active++
		}
	}
	if active != validators {
		t.Fatalf("the set after the story: %d validators, want the %d genesis ones", active, validators)
	}

	// Figures.
	e := earned()
	hours := leftX.Sub(tx).Hours()
	perHour, _ := new(big.Float).Quo(new(big.Float).SetInt(e), big.NewFloat(1e18*hours)).Float64()
	t.Logf("FIGURE trigger -> first finalized batch attested by a new validator: %v", signedAt.Sub(trigger).Round(time.Millisecond))
	t.Logf("FIGURE bounty paid to x: %s wei over %.1f min in the set = %.4f ETH per validator-hour", e, leftX.Sub(tx).Minutes(), perHour)
	for _, a := range []*agentProc{rec, opX, opY} {
		ds := a.read()
		txs := 0
		kinds := map[string]int{}
		for _, d := range ds {
			kinds[d.Kind]++
			if d.L1Tx != "" {
				txs++
			}
		}
		t.Logf("FIGURE %s: %d decisions, %d L1 transactions (%v)", a.name, len(ds), txs, kinds)
	}
	t.Log("timeline:\n" + timeline(trigger, rec, opX, opY))
}

// timeline prints the agents' decisions that acted (not the waits), by
// time since t0.
func timeline(t0 time.Time, agents ...*agentProc) string {
	type line struct {
		at   time.Duration
		text string
	}
	var lines []line
	for _, a := range agents {
		for _, d := range a.read() {
			if d.Kind == autonomy.KindWait || d.Kind == autonomy.KindRefused {
				continue
			}
			text := fmt.Sprintf("%-10s %-9s %s", a.name, d.Kind, d.Reason)
			if d.Bounty != 0 {
				text = fmt.Sprintf("%-10s %-9s bounty %d: %s", a.name, d.Kind, d.Bounty, d.Reason)
			}
			if len(text) > 160 {
				text = text[:160] + "..."
			}
			lines = append(lines, line{d.Time.Sub(t0), text})
		}
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].at < lines[j].at })
	var b strings.Builder
	for _, l := range lines {
		fmt.Fprintf(&b, "  %+8.1fs  %s\n", l.at.Seconds(), l.text)
	}
	return b.String()
}
