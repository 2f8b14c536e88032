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
	n.waitFor("the deposit credited on L2", 2*time.Minute, func() (bool, string) {
		err := n.call(1, &acct, "mycel_getAccountByKey", pk)
		return err == nil && acct.Exists && acct.Account.Balance == 1e9, fmt.Sprintf("%+v, err %v", acct.Account, err)
	})
	credited := time.Since(depositMined)

	// 2. A transfer to test account 0, then a withdrawal of 0.4 ETH to a
	// fresh L1 address, sent to different nodes.
	to := common.HexToAddress("0x00000000000000000000000000000000000e2e01")
	idx := acct.Account.Index
	const fee = 10
	tr := &ledger.Tx{Type: ledger.TxTransfer, ChainID: n.man.ChainID, From: idx, To: n.accts[0].Index, Amount: 1000, Fee: fee, Nonce: 0}
	wd := &ledger.Tx{Type: ledger.TxWithdraw, ChainID: n.man.ChainID, From: idx, L1Address: to, Amount: 400_000_000, Fee: fee, Nonce: 1}
	for _, tx := range []*ledger.Tx{tr, wd} {
		if err := tx.Sign(l2key); err != nil {
			t.Fatal(err)
		}
	}
	sent := time.Now()
	n.sendTx(2, tr)
	n.sendTx(3, wd)
	receipt := n.waitReceipt(1, wd.Hash(), time.Minute)
	soft := time.Since(sent)
	var sender, receiver node.AccountResult
	n.mustCall(1, &sender, "mycel_getAccountByKey", pk)
	n.mustCall(1, &receiver, "mycel_getAccount", n.accts[0].Index)
	if want := uint64(1e9 - 1000 - fee - 400_000_000 - fee); sender.Account.Balance != want {
		t.Fatalf("sender balance %d on L2, want %d", sender.Account.Balance, want)
	}
	if want := n.accts[0].Balance + 1000; receiver.Account.Balance != want {
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
	claim := rollupABI.PackClaimWithdrawal(new(big.Int).SetUint64(batch.Index), big.NewInt(int64(w.Index)), to, w.AmountGwei, proof)
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
}
