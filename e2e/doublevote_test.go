package e2e

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/node"
)

// twinHome makes a copy of node i's home that runs as a second validator
// process with the same consensus key, the classic high-availability
// mistake (node.MakeTwinHome), on free ports.
func (n *Net) twinHome(i int) string {
	n.T.Helper()
	dst := filepath.Join(n.Dir, n.Man.Nodes[i]+"-twin")
	if err := node.MakeTwinHome(n.NodeHome(i), dst, "127.0.0.1", testutil.FreePortBase(n.T, 1)); err != nil {
		n.T.Fatal(err)
	}
	return dst
}

// doubleVoteEvents returns the Slasher's DoubleVoteSlashed events, oldest
// first.
func (n *Net) doubleVoteEvents() []*bindings.SlasherDoubleVoteSlashed {
	n.T.Helper()
	var out []*bindings.SlasherDoubleVoteSlashed
	for _, l := range n.logs(n.l1.Deployment.Slasher) {
		if ev, err := slasherABI.UnpackDoubleVoteSlashedEvent(&l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// TestDoubleVoteSlashed starts node3's validator twice with one key (a
// copy of its home with a reset sign state, on other ports). When the
// twins propose, each prevotes its own block; the other validators see
// two conflicting votes by one key, CometBFT commits the
// DuplicateVoteEvidence in a block, every node hands the two votes to its
// slash reporter, and the first report slashes node3's operator on L1
// (Slasher.DoubleVoteSlashed): it is jailed, its stake stops counting and
// the L2 validator set drops it while the chain goes on.
func TestDoubleVoteSlashed(t *testing.T) {
	n := newNet(t, netOptions{})
	n.startAll()
	op3 := n.operator(3)
	signer := common.HexToAddress(op3.Signer)
	if n.stakeOf(signer).Sign() == 0 {
		t.Fatal("node3 has no stake to slash")
	}
	twin := n.twinHome(3)
	n.Spawn("node3-twin", n.Env, "start", "--home", twin)
	started := time.Now()

	var ev *bindings.SlasherDoubleVoteSlashed
	n.WaitFor("node3's double vote slashed on L1", 3*time.Minute, func() (bool, string) {
		for _, e := range n.doubleVoteEvents() {
			if e.Signer == signer {
				ev = e
				return true, ""
			}
		}
		return false, fmt.Sprintf("no DoubleVoteSlashed event (node0 saw %d committed double votes)",
			len(n.GrepLog("node0", "double vote committed")))
	})
	t.Logf("node3 slashed %v after its twin started: %s at height %d round %d, %s wei, reporter %s (%s), reward %s wei",
		time.Since(started).Round(time.Millisecond), map[uint8]string{1: "prevote", 2: "precommit"}[ev.VoteType], ev.Height, ev.Round,
		ev.Amount, ev.Reporter, n.committedBy(ev.Raw.TxHash), ev.Reward)
	if ev.Amount.Sign() <= 0 {
		t.Errorf("slashed amount %s", ev.Amount)
	}
	var reporters []string
	for i := range validators {
		if len(n.GrepLog(n.Man.Nodes[i], "double vote committed; reporting it to the Slasher")) > 0 {
			reporters = append(reporters, n.Man.Nodes[i])
		}
	}
	t.Logf("nodes that handed the committed evidence to their reporter: %v", reporters)
	if len(reporters) < 3 {
		t.Errorf("only %v handed the evidence to their reporter; every validator sees the committed block", reporters)
	}
	op := mustL1Call(n, n.l1.Deployment.Staking, stakingABI.PackOperators(common.HexToAddress(op3.Owner)), stakingABI.UnpackOperators)
	if !op.Jailed || op.Bonded.Sign() != 0 {
		t.Fatalf("node3's operator after the slash: jailed %v, bonded %s; want jailed with nothing bonded", op.Jailed, op.Bonded)
	}
	n.WaitFor("node3's L1 stake at 0", time.Minute, func() (bool, string) {
		s := n.stakeOf(signer)
		return s.Sign() == 0, s.String()
	})

	// The L2 no longer counts node3, and the three
	// others go on.
	var others []string
	for i := range 3 {
		others = append(others, n.operator(i).Signer)
	}
	for i := range 3 {
		n.waitOperators(i, others, []string{op3.Signer}, time.Minute)
	}
	h := uint64(n.Status(0).Height)
	n.WaitHeight(1, h+5, time.Minute)
	evs := n.doubleVoteEvents()
	var kinds []string
	for _, e := range evs {
		kinds = append(kinds, fmt.Sprintf("h%d/r%d/t%d", e.Height, e.Round, e.VoteType))
	}
	t.Logf("%d double votes slashed in all: %s", len(evs), strings.Join(kinds, " "))
}
