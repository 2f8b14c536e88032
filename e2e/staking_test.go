package e2e

import (
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/node"
)

var slasherABI = bindings.NewSlasher()

// ownerKey reads node i's L1 owner key (H/nodeI/l1_key.hex).
func (n *Net) ownerKey(i int) *ecdsa.PrivateKey {
	n.T.Helper()
	b, err := os.ReadFile(filepath.Join(n.NodeHome(i), "l1_key.hex"))
	if err != nil {
		n.T.Fatal(err)
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		n.T.Fatal(err)
	}
	return k
}

// consensusKey reads node i's consensus key as an Ethereum key.
func (n *Net) consensusKey(i int) *ecdsa.PrivateKey {
	n.T.Helper()
	k, err := node.ConsensusKey(n.NodeHome(i))
	if err != nil {
		n.T.Fatal(err)
	}
	return k
}

// launch is the network's L2 launch id (batch.LaunchID of its CometBFT
// chain id), read from node 0's genesis.
func (n *Net) launch() common.Hash {
	n.T.Helper()
	g, err := node.LoadAppGenesis(node.DefaultConfig(n.NodeHome(0)).Path(node.GenesisFile))
	if err != nil {
		n.T.Fatal(err)
	}
	return batch.LaunchID(g.CometChainID)
}

// stakeOf is StakingRegistry.stakeOf(signer): the stake counted in the
// current epoch.
func (n *Net) stakeOf(signer common.Address) *big.Int {
	n.T.Helper()
	return mustL1Call(n, n.l1.Deployment.Staking, stakingABI.PackStakeOf(signer), stakingABI.UnpackStakeOf)
}

// waitOperators waits until node i's rollup status lists every signer of
// with with power and none of without.
func (n *Net) waitOperators(i int, with, without []string, within time.Duration) {
	n.T.Helper()
	n.WaitFor(fmt.Sprintf("node%d's validator set with %v and without %v", i, with, without), within, func() (bool, string) {
		var st consensus.RollupStatus
		if err := n.Call(i, &st, "mycel_rollupStatus"); err != nil {
			return false, err.Error()
		}
		for _, s := range with {
			if !hasSigner(st.ActiveOperators, s) {
				return false, fmt.Sprintf("epoch %d: %+v", st.Epoch, st.ActiveOperators)
			}
		}
		for _, s := range without {
			if hasSigner(st.ActiveOperators, s) {
				return false, fmt.Sprintf("epoch %d: %+v", st.Epoch, st.ActiveOperators)
			}
		}
		return true, ""
	})
}

// TestEquivocationSlashed hands node0 two different attestations of one
// batch signed with node3's consensus key: node0 sends the evidence to the
// Slasher, node3's operator is slashed and jailed on L1, and from the next
// epoch the L2 validator set no longer counts it while the chain goes on.
func TestEquivocationSlashed(t *testing.T) {
	n := newNet(t, netOptions{})
	n.startAll()
	b := n.traffic(1, 0, 1)
	key := n.consensusKey(3)
	op3 := n.operator(3)
	signer := common.HexToAddress(op3.Signer)
	if crypto.PubkeyToAddress(key.PublicKey) != signer {
		t.Fatalf("node3's consensus key is %s, l1.json says %s", crypto.PubkeyToAddress(key.PublicKey), signer)
	}
	if n.stakeOf(signer).Sign() == 0 {
		t.Fatal("node3 has no stake to slash")
	}

	// node3's own attestation of the certified header, and a conflicting
	// one: same batch index, another state root.
	honest := b.Header
	forged := b.Header
	forged.NewRoot = common.Hash(crypto.Keccak256Hash([]byte("forged root"), honest.NewRoot[:]))
	report := func(h node.HeaderResult) {
		t.Helper()
		a, err := consensus.SignAttestation(key, n.l1.ChainID, n.l1.Deployment.Rollup, n.launch(), h.Batch())
		if err != nil {
			t.Fatal(err)
		}
		var who common.Address
		n.MustCall(0, &who, "mycel_reportAttestation", h, hexutil.Bytes(a.Sig))
		if who != signer {
			t.Fatalf("mycel_reportAttestation recovered %s, want node3's %s", who, signer)
		}
	}
	report(honest)
	reported := time.Now()
	report(forged)

	// node0 submits the pair to the Slasher.
	var slashed *bindings.StakingRegistrySlashed
	n.WaitFor("node3 slashed on L1", 2*time.Minute, func() (bool, string) {
		for _, l := range n.logs(n.l1.Deployment.Staking) {
			if ev, err := stakingABI.UnpackSlashedEvent(&l); err == nil && ev.Signer == signer {
				slashed = ev
				return true, ""
			}
		}
		return false, "no Slashed event"
	})
	t.Logf("node3 slashed %v after the report: %s wei, reporter %s (%s) rewarded %s wei", time.Since(reported).Round(time.Millisecond),
		slashed.Amount, slashed.Reporter, n.committedBy(slashed.Raw.TxHash), slashed.Reward)
	if by := n.committedBy(slashed.Raw.TxHash); by != "node0" {
		t.Errorf("the evidence was sent by %s, want node0", by)
	}
	if slashed.Amount.Sign() <= 0 {
		t.Errorf("slashed amount %s", slashed.Amount)
	}
	var evidence bool
	for _, l := range n.logs(n.l1.Deployment.Slasher) {
		if ev, err := slasherABI.UnpackEquivocationSlashedEvent(&l); err == nil && ev.Signer == signer && ev.BatchIndex == b.Index {
			evidence = true
		}
	}
	if !evidence {
		t.Errorf("no EquivocationSlashed(%s, batch %d) event from the Slasher", signer, b.Index)
	}
	// Every node shows the slash: mycel_rollupStatus lists it, and the
	// slashed node's own log says so.
	n.WaitFor("the slash in every node's mycel_rollupStatus", time.Minute, func() (bool, string) {
		for i := range 3 {
			var st struct {
				Slashes []struct {
					Signer common.Address `json:"signer"`
					TxHash common.Hash    `json:"tx_hash"`
				} `json:"recent_slashes"`
			}
			if err := n.Call(i, &st, "mycel_rollupStatus"); err != nil {
				return false, err.Error()
			}
			found := false
			for _, s := range st.Slashes {
				found = found || (s.Signer == signer && s.TxHash == slashed.Raw.TxHash)
			}
			if !found {
				return false, fmt.Sprintf("node%d recent_slashes %+v", i, st.Slashes)
			}
		}
		return true, ""
	})
	n.WaitFor("node3 to log its own slash", time.Minute, func() (bool, string) {
		return len(n.GrepLog("node3", "SLASHED on L1")) > 0, "no log line"
	})
	op := mustL1Call(n, n.l1.Deployment.Staking, stakingABI.PackOperators(common.HexToAddress(op3.Owner)), stakingABI.UnpackOperators)
	if !op.Jailed || op.Bonded.Sign() != 0 {
		t.Fatalf("node3's operator after the slash: jailed %v, bonded %s; want jailed with nothing bonded", op.Jailed, op.Bonded)
	}
	next := mustL1Call(n, n.l1.Deployment.Staking, stakingABI.PackNextStakeOf(signer), stakingABI.UnpackNextStakeOf)
	if next.Sign() != 0 {
		t.Fatalf("nextStakeOf(node3) = %s, want 0", next)
	}
	n.WaitFor("node3's L1 stake at 0 (at once: a slash counts in the current epoch)", time.Minute, func() (bool, string) {
		s := n.stakeOf(signer)
		return s.Sign() == 0, s.String()
	})

	// The L2 no longer counts node3 (the slash's StakeChanged is effective now).
	var others []string
	for i := range 3 {
		others = append(others, n.operator(i).Signer)
	}
	for i := range validators {
		n.waitOperators(i, others, []string{op3.Signer}, time.Minute)
	}
	// The three others keep the rollup going.
	b2 := n.traffic(2, 2, 3)
	n.waitCommitted(b2.Index, 2*time.Minute)
	for _, s := range b2.Signatures {
		if s.Signer == signer {
			t.Logf("note: batch %d carries node3's attestation though it has no stake", b2.Index)
		}
	}
}

// TestStakeJoinAndLeave changes the validator set through L1 alone, with
// nothing restarted: a standby validator (node4, running unstaked) registers
// and stakes, node3 unbonds everything; from the next epoch the rollup's
// set has node4 and not node3, blocks keep coming and batches are certified
// with node4's attestation and accepted by L1.
func TestStakeJoinAndLeave(t *testing.T) {
	n := newNet(t, netOptions{standby: 1})
	n.startAll()
	n.Start(4)
	n.WaitSynced(4, 0, 2*time.Minute)
	op3, op4 := n.operator(3), n.operator(4)
	n.waitOperators(0, []string{op3.Signer}, []string{op4.Signer}, time.Minute)

	// node4's operator registers (a human) with 32 ETH.
	owner4 := n.ownerKey(4)
	ownerAddr := crypto.PubkeyToAddress(owner4.PublicKey)
	ck4 := n.consensusKey(4)
	if got := crypto.PubkeyToAddress(ck4.PublicKey); got != common.HexToAddress(op4.Signer) {
		t.Fatalf("node4's consensus key is %s, l1.json says %s", got, op4.Signer)
	}
	pub, pop, err := contracts.ProofOfPossession(ck4, new(big.Int).SetUint64(n.l1.ChainID), n.l1.Deployment.Staking, ownerAddr)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := send(n.txManager(owner4), n.l1.Deployment.Staking, stakingABI.PackRegister(0, new(big.Int), pub, pop), ether(32)); err != nil {
		t.Fatalf("register node4: %v", err)
	}
	// node3's operator unbonds all of its stake.
	if _, err := send(n.txManager(n.ownerKey(3)), n.l1.Deployment.Staking, stakingABI.PackRequestUnbond(ether(32)), nil); err != nil {
		t.Fatalf("unbond node3: %v", err)
	}
	changed := time.Now()

	n.WaitFor("the stake change to count on L1 (next epoch)", time.Minute, func() (bool, string) {
		s3, s4 := n.stakeOf(common.HexToAddress(op3.Signer)), n.stakeOf(common.HexToAddress(op4.Signer))
		return s3.Sign() == 0 && s4.Cmp(ether(32)) == 0, fmt.Sprintf("node3 %s, node4 %s", s3, s4)
	})
	for _, i := range []int{0, 3, 4} {
		n.waitOperators(i, []string{op4.Signer}, []string{op3.Signer}, time.Minute)
	}
	t.Logf("validator set changed on L2 %v after the L1 transactions", time.Since(changed).Round(time.Millisecond))

	// Blocks keep coming, and batches are certified with node4's
	// attestation and committed on L1.
	h := uint64(n.Status(4).Height)
	n.WaitHeight(1, h+5, time.Minute)
	var b node.BatchResult
	signed := false
	for k := 0; k < 5 && !signed; k++ {
		b = n.traffic(4, 10+k, 20+k)
		for _, s := range b.Signatures {
			signed = signed || s.Signer == common.HexToAddress(op4.Signer)
		}
	}
	if !signed {
		t.Fatalf("no batch up to %d carries node4's attestation: %+v", b.Index, b.Signatures)
	}
	n.waitCommitted(b.Index, 2*time.Minute)
	t.Logf("batch %d signed by %d validators incl. node4, committed on L1", b.Index, len(b.Signatures))
}
