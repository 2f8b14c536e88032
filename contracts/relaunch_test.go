package contracts_test

import (
	"testing"

	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// TestRelaunchNeverConflicts: a second L2 launch against the same Rollup
// (a new genesis: another CometBFT chain id, batch numbering and heights
// from the start again) signs other headers for the same batch indices and
// other votes for the same heights. None of it is evidence against the
// validators who took part in both, and the Rollup, whose first commit
// pinned the first launch, never takes the second launch's batches.
// Equivocation inside either launch is still slashed.
func TestRelaunchNeverConflicts(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	launchA := e.Launch
	launchB := batch.LaunchID(contracts.LaunchChainID(e.Cfg.L2ChainID, "relaunch"))
	launchID := func() common.Hash {
		return te.Call(e, e.Rollup, e.RollupABI.PackLaunchId(), e.RollupABI.UnpackLaunchId)
	}
	commit := func(h bindings.BatchHeader, pd []byte, sigs []contracts.Signature, launch common.Hash) error {
		_, err := e.Send(e.Users[5], e.Rollup, nil, e.RollupABI.PackCommitBatch(h, pd, contracts.Certificate(sigs), launch))
		return err
	}
	if launchID() != (common.Hash{}) {
		t.Fatal("a fresh Rollup has a launch pinned")
	}

	pd := te.TransferRecord(1, 2, 10, 0)
	hA := e.NextHeader(te.Root(1), 0, pd)
	e.Reverts(commit(hA, pd, e.Sign(hA, ops...), common.Hash{}), "WrongLaunch")
	// Launch A's certificate presented as launch B's recovers to nobody.
	if err := commit(hA, pd, e.Sign(hA, ops...), launchB); err == nil {
		t.Fatal("a certificate for launch A committed as launch B's")
	}
	r := e.Must(e.Users[5], e.Rollup, nil, e.CommitArgs(hA, pd, ops...))
	var pinned bool
	for _, l := range r.Logs {
		if ev, err := e.RollupABI.UnpackLaunchPinnedEvent(l); err == nil {
			pinned = ev.LaunchId == launchA
		}
	}
	if !pinned || launchID() != launchA {
		t.Fatalf("first commit: LaunchPinned seen %v, launchId %s, want %s", pinned, launchID(), launchA)
	}

	// Launch B restarts at batch 0: the same validators sign another header.
	hB := hA
	hB.NewRoot, hB.LastBlock = te.Root(2), hA.LastBlock+7
	for i, op := range ops {
		sa, sb := e.Sign(hA, op)[0].Sig, e.SignFor(launchB, hB, op)[0].Sig
		for _, launch := range []common.Hash{launchA, launchB} {
			_, err := e.Send(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(launch, hA, sa, hB, sb))
			e.Reverts(err, "SignersDiffer")
		}
		if i == 0 {
			// Launch B's next batch on top of what L1 holds: refused, a
			// full certificate notwithstanding.
			hB1 := e.NextHeader(te.Root(3), 0, pd)
			e.Reverts(commit(hB1, pd, e.SignFor(launchB, hB1, ops...), launchB), "WrongLaunch")
			// Launch A goes on.
			if err := commit(hB1, pd, e.Sign(hB1, ops...), launchA); err != nil {
				t.Fatalf("launch A's batch 1: %v", err)
			}
		}
	}
	if s := nextStakeOf(e, ops[0]); s.Sign() == 0 {
		t.Fatal("an honest validator of both launches lost its stake")
	}

	// Two headers for one index inside launch B are evidence, and so are
	// two inside launch A, separately.
	hB2 := hB
	hB2.NewRoot = te.Root(4)
	for _, launch := range []common.Hash{launchB, launchA} {
		x, y := hB, hB2
		e.Must(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(launch,
			x, e.SignFor(launch, x, ops[3])[0].Sig, y, e.SignFor(launch, y, ops[3])[0].Sig))
	}
	_, err := e.Send(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(launchB,
		hB, e.SignFor(launchB, hB, ops[3])[0].Sig, hB2, e.SignFor(launchB, hB2, ops[3])[0].Sig))
	e.Reverts(err, "EvidenceAlreadyUsed")
}

// TestDoubleVoteLaunchChainIDs: votes count on the chain id "mycel-<id>"
// and on each launch "mycel-<id>-<tag>", both votes on the same one. Two
// launches' votes at one height and round are not a double vote.
func TestDoubleVoteLaunchChainIDs(t *testing.T) {
	e, _ := quorumEnv(t, nil)
	val := newCometValidator(t, e, "relaunched validator", &e.Users[5], te.Ether(2))
	key, addr := val.pv.Key.PrivKey, val.pv.Key.Address
	chainA := contracts.LaunchChainID(e.Cfg.L2ChainID, "3f9c1a2b")
	chainB := contracts.LaunchChainID(e.Cfg.L2ChainID, "relaunch")
	pair := func(chainID string, height int64) *contracts.DoubleVote {
		t.Helper()
		a := signRaw(t, key, chainID, vote(addr, cmtproto.PrecommitType, height, 0, blockID("a")))
		b := signRaw(t, key, chainID, vote(addr, cmtproto.PrecommitType, height, 0, blockID("b")))
		d, err := contracts.DoubleVoteFromVotes(chainID, a, b)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	// The honest validator of both launches: one vote per launch at height 5.
	dA, dB := pair(chainA, 5), pair(chainB, 5)
	mixed := &contracts.DoubleVote{VoteA: dA.VoteA, SigA: dA.SigA, VoteB: dB.VoteB, SigB: dB.SigB}
	e.Reverts(submitDoubleVote(e, e.Users[6], mixed), "DifferentVoteChainId")

	// Not a mycel chain id of this L2: refused whatever else holds.
	for _, id := range []string{
		contracts.CometChainID(e.Cfg.L2ChainID) + "-",        // empty tag
		contracts.CometChainID(e.Cfg.L2ChainID) + "0",        // another L2 chain id
		contracts.CometChainID(e.Cfg.L2ChainID) + "x",        // no separator
		contracts.CometChainID(e.Cfg.L2ChainID+1) + "-a",     // another L2's launch
		"x" + contracts.CometChainID(e.Cfg.L2ChainID) + "-a", // prefix elsewhere
	} {
		e.Reverts(submitDoubleVote(e, e.Users[6], pair(id, 6)), "WrongVoteChainId")
	}

	// A double vote inside one launch is slashed; in another launch at the
	// same height, again (another fault).
	e.Must(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitDoubleVote(dA.VoteA, dA.SigA, dA.VoteB, dA.SigB))
	e.Reverts(submitDoubleVote(e, e.Users[6], dA), "EvidenceAlreadyUsed")
	e.Must(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitDoubleVote(dB.VoteA, dB.SigA, dB.VoteB, dB.SigB))
}
