package e2e

import (
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/devnet/devchain"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/node"
)

// TestForcedExit: a user leaves without any L2 transaction of its own and
// without the operators' consent. The account's key signs a forced-exit
// request on L1 (docs/protocol.md section 12); a relayer submits it; the
// validators must put it into a block after the deposits (a block without
// it is refused), the batch withdraws the account's whole balance, its
// proof is verified on L1, and the recipient claims exactly that balance.
// The same signed request cannot be queued twice, and a request signed by
// another key is refused.
func TestForcedExit(t *testing.T) {
	n := newNet(t, netOptions{})
	n.startAll()
	dep := n.l1.Deployment
	rollup := dep.Rollup
	chainID := new(big.Int).SetUint64(n.l1.ChainID)

	const victim = 7
	vkey, err := n.Accts[victim].Key()
	if err != nil {
		t.Fatal(err)
	}
	vidx := n.Accts[victim].Index
	relayer := n.txManager(devchain.DevKey(15))
	to := common.HexToAddress("0x00000000000000000000000000000000000f0e01")

	var acct node.AccountResult
	n.MustCall(1, &acct, "mycel_getAccount", vidx)
	balance := acct.Account.Balance
	if balance == 0 {
		t.Fatalf("test account %d has no balance", vidx)
	}

	x, y, err := contracts.KeyCoordinates(vkey.Public())
	if err != nil {
		t.Fatal(err)
	}
	const salt = 1
	sig, err := contracts.SignForcedExit(vkey, chainID, rollup, vidx, to, salt)
	if err != nil {
		t.Fatal(err)
	}
	// Another key's signature for the victim's account is refused.
	other := newL2Key(t, "e2e forced exit stranger")
	bad, err := contracts.SignForcedExit(other, chainID, rollup, vidx, to, salt)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := send(relayer, rollup, rollupABI.PackRequestForcedExit(x, y, to, salt, bad), nil); err == nil {
		t.Fatal("a forced exit signed by another key was queued")
	}
	sent := time.Now()
	rc := mustSend(t, relayer, rollup, rollupABI.PackRequestForcedExit(x, y, to, salt, sig), "requestForcedExit")
	var queued *bindings.RollupForcedExitQueued
	for _, l := range rc.Logs {
		if ev, err := rollupABI.UnpackForcedExitQueuedEvent(l); err == nil {
			queued = ev
		}
	}
	if queued == nil || queued.Account != vidx || queued.Recipient != to {
		t.Fatalf("ForcedExitQueued %+v, want account %d to %s", queued, vidx, to)
	}
	t.Logf("requestForcedExit: %d gas", rc.GasUsed)
	if _, err := send(relayer, rollup, rollupABI.PackRequestForcedExit(x, y, to, salt, sig), nil); err == nil {
		t.Fatal("the same signed forced exit was queued twice")
	}

	// The validators include it: find the batch whose public data holds
	// the forced exit, and wait until L1 has finalized it.
	var batch node.BatchResult
	n.WaitFor("the forced exit in a batch", 2*time.Minute, func() (bool, string) {
		rs := n.rollupStatus(1)
		for i := uint64(0); i < rs.NextBatch; i++ {
			b, ok := n.batch(1, i)
			if !ok {
				continue
			}
			for _, w := range b.Withdrawals {
				if w.To == to {
					batch = b
					return true, ""
				}
			}
		}
		return false, fmt.Sprintf("next forced exit %d, waiting on L1 %d, next batch %d", rs.NextForcedExit, rs.L1ForcedExits, rs.NextBatch)
	})
	var w node.WithdrawalResult
	for _, x := range batch.Withdrawals {
		if x.To == to {
			w = x
		}
	}
	if w.AmountGwei != balance {
		t.Fatalf("the forced exit withdrew %d gwei, the account held %d", w.AmountGwei, balance)
	}
	n.MustCall(1, &acct, "mycel_getAccount", vidx)
	if acct.Account.Balance != 0 {
		t.Fatalf("account %d holds %d gwei after its forced exit", vidx, acct.Account.Balance)
	}
	n.waitFinalized(batch.Index, 5*time.Minute)
	t.Logf("forced exit requested -> batch %d finalized on L1: %v", batch.Index, time.Since(sent).Round(time.Millisecond))

	// The recipient claims exactly the balance.
	var proof [][32]byte
	for _, p := range w.Proof {
		proof = append(proof, p)
	}
	cm := n.commitOf(rollup, batch.Index)
	claim := rollupABI.PackClaimWithdrawal(new(big.Int).SetUint64(batch.Index), cm.HeaderHash, cm.Record, big.NewInt(int64(w.Index)), to, w.AmountGwei, proof)
	before := n.balanceAt(to)
	mustSend(t, relayer, rollup, claim, "claim the forced exit")
	if got, want := new(big.Int).Sub(n.balanceAt(to), before), gwei(balance); got.Cmp(want) != 0 {
		t.Fatalf("the recipient got %s wei, want %s", got, want)
	}
	if _, err := send(relayer, rollup, claim, nil); !l1.IsRevert(err, "AlreadyClaimed") {
		t.Fatalf("second claim: got %v, want revert AlreadyClaimed", err)
	}
}
