package e2e

import (
	"crypto/sha256"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/devnet/devchain"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// TestDepositToWithdrawal follows funds through the whole rollup, every
// part a separate process: a deposit on L1 is credited on L2, transfers and
// a withdrawal commit on L2, their batch is certified, committed on L1 and
// finalized with a real (dev-key) Groth16 proof, the withdrawal is claimed
// on L1 with the proof from mycel_getBatch, and a second claim is refused.
func TestDepositToWithdrawal(t *testing.T) {
	n := newNet(t, netOptions{})
	n.startAll()
	dep := n.l1.Deployment

	// 1. Deposit 1 ETH on L1 for a new L2 key.
	user := n.txManager(devchain.DevKey(9))
	l2key, err := ledger.NewPrivateKey(sha256.Sum256([]byte("e2e deposit user")))
	if err != nil {
		t.Fatal(err)
	}
	pk := l2key.Public()
	x, qx, qy, err := contracts.DepositKeyHint(pk)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	if _, err := send(user, dep.Rollup, rollupABI.PackDeposit(pk, x, qx, qy), ether(1)); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	depositMined := time.Now()
	var acct node.AccountResult
	n.WaitFor("the deposit credited on L2", 2*time.Minute, func() (bool, string) {
		err := n.Call(1, &acct, "mycel_getAccountByKey", pk)
		return err == nil && acct.Exists && acct.Account.Balance == 1e9, fmt.Sprintf("%+v, err %v", acct.Account, err)
	})
	credited := time.Since(depositMined)
	// The transactions below go to other nodes, which refuse a sender they
	// do not know yet: wait until every node has committed the deposit.
	for i := range 4 {
		n.WaitFor(fmt.Sprintf("the deposit on node%d", i), time.Minute, func() (bool, string) {
			var a node.AccountResult
			err := n.Call(i, &a, "mycel_getAccountByKey", pk)
			return err == nil && a.Exists, fmt.Sprintf("err %v", err)
		})
	}

	// 2. A transfer to test account 0, then a withdrawal of 0.4 ETH to a
	// fresh L1 address, sent to different nodes.
	to := common.HexToAddress("0x00000000000000000000000000000000000e2e01")
	idx := acct.Account.Index
	const fee = 10
	tr := &ledger.Tx{Type: ledger.TxTransfer, ChainID: n.Man.ChainID, From: idx, To: n.Accts[0].Index, Amount: 1000, Fee: fee, Nonce: 0}
	wd := &ledger.Tx{Type: ledger.TxWithdraw, ChainID: n.Man.ChainID, From: idx, L1Address: to, Amount: 400_000_000, Fee: fee, Nonce: 1}
	for _, tx := range []*ledger.Tx{tr, wd} {
		if err := tx.Sign(l2key); err != nil {
			t.Fatal(err)
		}
	}
	sent := time.Now()
	n.sendTx(2, tr)
	n.sendTx(3, wd)
	receipt := n.WaitReceipt(1, wd.Hash(), time.Minute)
	soft := time.Since(sent)
	var sender, receiver node.AccountResult
	n.MustCall(1, &sender, "mycel_getAccountByKey", pk)
	n.MustCall(1, &receiver, "mycel_getAccount", n.Accts[0].Index)
	if want := uint64(1e9 - 1000 - fee - 400_000_000 - fee); sender.Account.Balance != want {
		t.Fatalf("sender balance %d on L2, want %d", sender.Account.Balance, want)
	}
	if want := n.Accts[0].Balance + 1000; receiver.Account.Balance != want {
		t.Fatalf("receiver balance %d on L2, want %d", receiver.Account.Balance, want)
	}

	// 3. The batch holding the withdrawal is certified on L2 and
	// committed on L1.
	batch := n.batchOf(0, uint64(*receipt.Height), 2*time.Minute)
	if len(batch.Withdrawals) != 1 || batch.Withdrawals[0].To != to || batch.Withdrawals[0].AmountGwei != 400_000_000 {
		t.Fatalf("batch %d withdrawals: %+v", batch.Index, batch.Withdrawals)
	}
	n.waitCommitted(batch.Index, 2*time.Minute)
	committed := time.Since(sent)
	var ev *bindings.RollupBatchCommitted
	for _, e := range n.batchCommittedEvents() {
		if e.BatchIndex == batch.Index {
			ev = e
		}
	}
	if ev == nil || ev.NewRoot != batch.Header.NewRoot {
		t.Fatalf("BatchCommitted event of batch %d: %+v, want new root %s", batch.Index, ev, batch.Header.NewRoot)
	}

	// 4. node0 proves it; the proof is verified on L1.
	n.waitFinalized(batch.Index, 5*time.Minute)
	finalized := time.Since(sent)
	t.Logf("latencies: deposit mined -> credited on L2 %v; transfer sent -> soft confirmation %v; -> batch %d committed on L1 %v; -> finalized on L1 %v",
		credited.Round(time.Millisecond), soft.Round(time.Millisecond), batch.Index, committed.Round(time.Millisecond),
		finalized.Round(time.Millisecond))
	t.Logf("deposit sent -> withdrawal finalized: %v", time.Since(start).Round(time.Millisecond))

	// 5. Claim the withdrawal on L1 with the proof from mycel_getBatch.
	w := batch.Withdrawals[0]
	var proof [][32]byte
	for _, p := range w.Proof {
		proof = append(proof, p)
	}
	cm := n.commitOf(dep.Rollup, batch.Index)
	claim := rollupABI.PackClaimWithdrawal(new(big.Int).SetUint64(batch.Index), cm.HeaderHash, cm.Record, big.NewInt(int64(w.Index)), to, w.AmountGwei, proof)
	before := n.balanceAt(to)
	if _, err := send(user, dep.Rollup, claim, nil); err != nil {
		t.Fatalf("claim: %v", err)
	}
	after := n.balanceAt(to)
	want := new(big.Int).Mul(big.NewInt(400_000_000), contracts.GweiWei)
	if got := new(big.Int).Sub(after, before); got.Cmp(want) != 0 {
		t.Fatalf("L1 balance of %s went from %s to %s, want +%s", to, before, after, want)
	}
	// A second claim is refused.
	if _, err := send(user, dep.Rollup, claim, nil); !l1.IsRevert(err, "AlreadyClaimed") {
		t.Fatalf("second claim: got %v, want revert AlreadyClaimed", err)
	}

	// 6. The batch's poster pays its signers' rewards from the RewardPool.
	pool := bindings.NewRewardPool()
	n.WaitFor("the batch's rewards distributed", time.Minute, func() (bool, string) {
		done, err := l1Call(n, dep.RewardPool, pool.PackDistributed(new(big.Int).SetUint64(batch.Index)), pool.UnpackDistributed)
		return err == nil && done, fmt.Sprintf("distributed %v, err %v", done, err)
	})
	for _, sg := range batch.Signatures {
		owner := common.HexToAddress(n.operator(n.nodeOfSigner(sg.Signer.Hex())).Owner)
		if owed := mustL1Call(n, dep.RewardPool, pool.PackOwed(owner), pool.UnpackOwed); owed.Sign() <= 0 {
			t.Fatalf("signer %s's owner %s is owed nothing after the distribution", sg.Signer, owner)
		}
	}
}

// TestProverDown kills the only prover (node0): batches keep being
// certified and committed on L1 but none is finalized; once node0 is back
// it proves the queued batches and they are finalized on L1, in order.
func TestProverDown(t *testing.T) {
	n := newNet(t, netOptions{})
	n.startAll()
	// The prover is up (keys loaded) once a first batch is finalized.
	b := n.traffic(1, 0, 1)
	n.waitFinalized(b.Index, 5*time.Minute)
	idle := n.waitIdle(1, time.Minute)
	n.waitFinalized(idle.L1Committed-1, 5*time.Minute)
	f0 := n.finalizedCount()

	n.Kill(0)
	// Traffic for at least 2 batches; those whose designated poster is
	// node0 are committed by the others after the fallback delay.
	first := n.traffic(1, 2, 3)
	last := first
	for last.Index < first.Index+2 {
		last = n.traffic(2+int(last.Index)%2, 4, 5)
	}
	n.waitCommitted(last.Index, 3*time.Minute)
	time.Sleep(3 * time.Second)
	if f := n.finalizedCount(); f != f0 {
		t.Fatalf("finalizedCount moved from %d to %d with the prover down", f0, f)
	}
	t.Logf("prover down: batches %d-%d committed on L1, %d finalized", first.Index, last.Index, f0)

	restarted := time.Now()
	n.Start(0)
	n.waitFinalized(last.Index, 5*time.Minute)
	t.Logf("batches %d-%d finalized on L1 %v after the prover restarted", f0, last.Index, time.Since(restarted).Round(time.Millisecond))
	// Each batch finalized once, in batch order.
	var got []uint64
	for _, ev := range n.batchFinalizedEvents() {
		got = append(got, ev.BatchIndex)
	}
	for i, idx := range got {
		if idx != uint64(i) {
			t.Fatalf("BatchFinalized events for batches %v, want 0, 1, 2, ... in order", got)
		}
	}
	if uint64(len(got)) <= last.Index {
		t.Fatalf("BatchFinalized events for batches %v, want up to %d", got, last.Index)
	}
}
