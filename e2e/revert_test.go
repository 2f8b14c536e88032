package e2e

import (
	"fmt"
	"testing"
	"time"

	"github.com/mycel-network/mycel/devnet/devchain"
	"github.com/mycel-network/mycel/node"
)

// TestRevertRecovery: the prover (node0) is down past the proof window, so
// anyone may revert every unfinalized batch on L1; a deposit queued in the
// meantime is past its deadline by then. The validators post their batches
// again from their own records (the Rollup does not blame a re-post for a
// deposit that arrived after the index was first committed), the prover
// comes back and L1 finalizes them all, with the deposit's funds where they
// were.
func TestRevertRecovery(t *testing.T) {
	n := newNet(t, netOptions{proofWindow: 40 * time.Second, depositDeadline: 20 * time.Second, escapePeriod: time.Hour})
	n.startAll()
	b0 := n.traffic(1, 0, 1)
	n.waitFinalized(b0.Index, 5*time.Minute)
	f0 := n.finalizedCount()

	n.Kill(0) // the prover
	first := n.traffic(1, 2, 3)
	n.waitCommitted(first.Index, 3*time.Minute)

	// A deposit after that batch, applied by the L2 in a later one.
	dep := n.l1.Deployment
	pk := newL2Key(t, "e2e revert user").Public()
	deposit(t, n.txManager(devchain.DevKey(9)), dep.Rollup, pk, ether(1))
	var acct node.AccountResult
	n.WaitFor("the deposit credited on L2", 2*time.Minute, func() (bool, string) {
		err := n.Call(1, &acct, "mycel_getAccountByKey", pk)
		return err == nil && acct.Exists && acct.Account.Balance == 1e9, fmt.Sprintf("%+v, err %v", acct.Account, err)
	})
	last := n.traffic(2, 4, 5)
	if last.Header.DepositEnd <= first.Header.DepositEnd {
		last = n.traffic(3, 6, 7)
	}
	n.waitCommitted(last.Index, 3*time.Minute)
	if f := n.finalizedCount(); f != f0 {
		t.Fatalf("finalizedCount moved from %d to %d with the prover down", f0, f)
	}

	// Past the proof window, anyone reverts (until then the call reverts
	// ProofWindowOpen in estimation and costs nothing).
	reverter := n.txManager(devchain.DevKey(10))
	n.WaitFor("revertBatches accepted", 3*time.Minute, func() (bool, string) {
		_, err := send(reverter, dep.Rollup, rollupABI.PackRevertBatches(), nil)
		return err == nil, fmt.Sprint(err)
	})
	reverted := time.Now()
	if next := n.nextBatchIndex(); next != f0 {
		t.Fatalf("nextBatchIndex %d after the revert, want %d", next, f0)
	}

	// The validators post again; the prover comes back; L1 finalizes.
	n.Start(0)
	n.waitFinalized(last.Index, 6*time.Minute)
	t.Logf("batches %d-%d reverted, posted again and finalized %v after the revert", f0, last.Index, time.Since(reverted).Round(time.Second))
	for i := range validators {
		var a node.AccountResult
		n.MustCall(i, &a, "mycel_getAccountByKey", pk)
		if !a.Exists || a.Account.Balance != 1e9 {
			t.Fatalf("node%d: the depositor's account after the recovery: %+v", i, a.Account)
		}
	}
	if c := n.depositCount(); c == 0 {
		t.Fatal("no deposit on L1")
	}
}
