package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// TestBatchFeesPaidToSigners: a batch's fees (5 and 7 in transfers, 3 in
// a withdrawal) are stored at commit; once the batch is finalized,
// RewardPool.distribute collects them from the Rollup (15 gwei leave the
// Rollup and the L2 supply) and credits them with the batch's reward to
// the signers' owners pro rata to stake. Fees are paid in full with an
// empty pool; the pool's funding is never counted as fees; collectFees
// pays the pool only, and only once.
func TestBatchFeesPaidToSigners(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	signers := []*te.Operator{ops[0], ops[1], ops[3]} // 1, 1 and 2 ETH
	alice := e.Users[5]
	key := te.L2Key(70)
	e.Deposit(alice, key, 100_000)
	acct := e.AccountOf(key)
	feeRecords := func() []byte {
		return bytes.Join([][]byte{
			te.TransferRecord(acct, 2, 100, 5),
			te.TransferRecord(acct, 2, 200, 7),
			te.WithdrawRecord(acct, alice.Addr, 1_000, 3),
			te.TransferRecord(acct, 2, 1, 0),
		}, nil)
	}
	supply := func() uint64 { return te.Call(e, e.Rollup, e.RollupABI.PackL2Supply(), e.RollupABI.UnpackL2Supply) }
	owed := func(o *te.Operator) *big.Int {
		return te.Call(e, e.Pool, e.PoolABI.PackOwed(o.Owner.Addr), e.PoolABI.UnpackOwed)
	}
	batch := func(i uint64) bindings.BatchRecord { return e.Committed(i).Record }
	collectAsPool := func(i uint64) *big.Int { // eth_call from the pool's address
		data := e.RollupABI.PackCollectFees(new(big.Int).SetUint64(i), e.HeaderHashOf(new(big.Int).SetUint64(i)), e.RecordOf(new(big.Int).SetUint64(i)))
		out, err := e.Client.CallContract(e.Ctx, ethereum.CallMsg{From: e.D.RewardPool, To: &e.D.Rollup, Data: data}, nil)
		if err != nil {
			t.Fatalf("collectFees as the pool: %s (%v)", contracts.RevertName(err), err)
		}
		v, err := e.RollupABI.UnpackCollectFees(out)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	distribute := func(i uint64) *types.Receipt {
		ss, st := certOrder(signers)
		return e.Must(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(new(big.Int).SetUint64(i), e.HeaderHashOf(new(big.Int).SetUint64(i)), e.RecordOf(new(big.Int).SetUint64(i)), ss, st))
	}
	rewardsEvent := func(r *types.Receipt) *bindings.RewardPoolRewardsDistributed {
		for _, l := range r.Logs {
			if ev, err := e.PoolABI.UnpackRewardsDistributedEvent(l); err == nil {
				return ev
			}
		}
		t.Fatal("no RewardsDistributed event")
		return nil
	}
	gwei15 := te.Gwei(15)

	// Batch 0: the pool holds no funding, so no reward: the fees are paid anyway.
	pd := append(te.DepositRecord(acct, key, 100_000), feeRecords()...)
	h0 := e.NextHeader(te.Root(1), 1, pd)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h0, pd, signers...))
	if b := batch(0); b.FeesGwei != 15 {
		t.Fatalf("batch 0 fees %d gwei, want 15", b.FeesGwei)
	}
	_, err := e.Send(e.Users[6], e.Rollup, nil, e.RollupABI.PackCollectFees(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0))))
	e.Reverts(err, "NotRewardPool")
	ss, st := certOrder(signers)
	_, err = e.Send(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), ss, st))
	e.Reverts(err, "BatchNotFinalized")
	_, err = e.Client.CallContract(e.Ctx, ethereum.CallMsg{From: e.D.RewardPool, To: &e.D.Rollup,
		Data: e.RollupABI.PackCollectFees(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)))}, nil)
	e.Reverts(err, "BatchNotFinalized") // the Rollup checks too, not only the pool
	e.Must(e.Users[6], e.Rollup, nil, e.ProveArgs(h0))
	_, err = e.Send(ops[0].Owner, e.Rollup, nil, e.RollupABI.PackCollectFees(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0))))
	e.Reverts(err, "NotRewardPool")
	if v := collectAsPool(0); v.Cmp(gwei15) != 0 {
		t.Fatalf("collectFees would pay %v wei, want 15 gwei", v)
	}
	// The fees come from the record the commit fixed: a record claiming
	// more is refused, even from the pool.
	forged := batch(0)
	forged.FeesGwei = 1_000_000_000
	_, err = e.Client.CallContract(e.Ctx, ethereum.CallMsg{From: e.D.RewardPool, To: &e.D.Rollup,
		Data: e.RollupABI.PackCollectFees(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), forged)}, nil)
	e.Reverts(err, "HeaderMismatch")

	rollupBefore, poolBefore, supplyBefore := e.Balance(e.D.Rollup), e.Balance(e.D.RewardPool), supply()
	r := distribute(0)
	if ev := rewardsEvent(r); ev.Amount.Cmp(gwei15) != 0 || ev.Fees.Cmp(gwei15) != 0 {
		t.Fatalf("RewardsDistributed %+v, want 15 gwei of fees, all credited", ev)
	}
	var collected bool
	for _, l := range r.Logs {
		if ev, err := e.RollupABI.UnpackFeesCollectedEvent(l); err == nil && ev.BatchIndex == 0 && ev.AmountGwei == 15 {
			collected = true
		}
		if _, err := e.PoolABI.UnpackFundedEvent(l); err == nil {
			t.Fatal("the fee payment was logged as funding")
		}
	}
	if !collected {
		t.Fatal("no FeesCollected(0, 15)")
	}
	if d := new(big.Int).Sub(rollupBefore, e.Balance(e.D.Rollup)); d.Cmp(gwei15) != 0 {
		t.Fatalf("the Rollup paid %v wei, want 15 gwei", d)
	}
	if d := new(big.Int).Sub(e.Balance(e.D.RewardPool), poolBefore); d.Cmp(gwei15) != 0 {
		t.Fatalf("the pool received %v wei, want 15 gwei", d)
	}
	if s := supply(); s != supplyBefore-15 {
		t.Fatalf("l2Supply %d, want %d", s, supplyBefore-15)
	}
	for _, o := range signers {
		want := new(big.Int).Mul(gwei15, o.Stake)
		want.Div(want, te.Ether(4))
		if got := owed(o); got.Cmp(want) != 0 {
			t.Fatalf("owner of a %v-wei signer owed %v, want %v", o.Stake, got, want)
		}
	}
	if v := collectAsPool(0); v.Sign() != 0 {
		t.Fatalf("collectFees pays %v wei a second time", v)
	}
	_, err = e.Send(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), ss, st))
	e.Reverts(err, "AlreadyDistributed")

	// Batch 1, with a funded pool: owners get reward + 15 gwei pro rata.
	// The funding (10 ETH) is not fees, and the fees are not taken from
	// the reward budget.
	e.Must(e.Users[7], e.Pool, te.Ether(10), e.PoolABI.PackFund())
	pd = feeRecords()
	h1 := e.NextHeader(te.Root(2), 1, pd)
	e.CommitAndProve(e.Users[6], h1, pd, signers...)
	before := map[*te.Operator]*big.Int{}
	for _, o := range signers {
		before[o] = owed(o)
	}
	rollupBefore, poolBefore = e.Balance(e.D.Rollup), e.Balance(e.D.RewardPool)
	r = distribute(1)
	total := new(big.Int).Add(e.Cfg.RewardPerBatch, gwei15)
	if ev := rewardsEvent(r); ev.Amount.Cmp(total) != 0 || ev.Fees.Cmp(gwei15) != 0 {
		t.Fatalf("RewardsDistributed %+v, want %v credited, 15 gwei of fees", ev, total)
	}
	for _, o := range signers {
		want := new(big.Int).Mul(total, o.Stake)
		want.Div(want, te.Ether(4))
		if got := new(big.Int).Sub(owed(o), before[o]); got.Cmp(want) != 0 {
			t.Fatalf("owner of a %v-wei signer credited %v, want %v", o.Stake, got, want)
		}
	}
	if d := new(big.Int).Sub(rollupBefore, e.Balance(e.D.Rollup)); d.Cmp(gwei15) != 0 {
		t.Fatalf("the Rollup paid %v wei, want 15 gwei", d)
	}
	if d := new(big.Int).Sub(e.Balance(e.D.RewardPool), poolBefore); d.Cmp(gwei15) != 0 {
		t.Fatalf("the pool received %v wei, want 15 gwei", d)
	}
	// Owners claim reward and fees; the withdrawals of both batches are
	// still paid in full.
	for _, o := range signers {
		e.Must(o.Owner, e.Pool, nil, e.PoolABI.PackClaim())
	}
	for _, h := range []bindings.BatchHeader{h0, h1} {
		_, proof := contracts.WithdrawalProof(h.BatchIndex, []contracts.Withdrawal{{To: alice.Addr, AmountGwei: 1_000}}, 0)
		e.Must(e.Users[7], e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(new(big.Int).SetUint64(h.BatchIndex), e.HeaderHashOf(new(big.Int).SetUint64(h.BatchIndex)), e.RecordOf(new(big.Int).SetUint64(h.BatchIndex)), big.NewInt(0), alice.Addr, 1_000, proof))
	}
	want := te.Gwei(100_000 - 2*(15+1_000))
	if b := e.Balance(e.D.Rollup); b.Cmp(want) != 0 {
		t.Fatalf("the Rollup holds %v wei, want %v (deposit - fees - withdrawals)", b, want)
	}
}

// TestCommitRejectsFeesOverMaxAmount: a batch whose fees add up to more
// than MAX_AMOUNT gwei cannot be valid (they all end in the fee vault) and
// does not commit.
func TestCommitRejectsFeesOverMaxAmount(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	// Packed fees (docs/protocol.md section 7): 5 x 10^18 twice is above
	// MAX_AMOUNT (about 9.22 x 10^18); 9 x 10^18 + 2.2 x 10^17 is below.
	const half, big1, big2 = 5_000_000_000_000_000_000, 9_000_000_000_000_000_000, 220_000_000_000_000_000
	pd := append(te.TransferRecord(1, 2, 1, half), te.TransferRecord(1, 2, 1, half)...)
	h := e.NextHeader(te.Root(1), 0, pd)
	_, err := e.Send(e.Users[6], e.Rollup, nil, e.CommitArgs(h, pd, ops[0], ops[1], ops[3]))
	e.Reverts(err, "FeesOutOfRange")
	pd = append(te.TransferRecord(1, 2, 1, big1), te.WithdrawRecord(1, e.Users[5].Addr, 1, big2)...)
	h = e.NextHeader(te.Root(1), 0, pd)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h, pd, ops[0], ops[1], ops[3]))
	if b := e.Committed(0).Record; b.FeesGwei != big1+big2 {
		t.Fatalf("fees %d", b.FeesGwei)
	}
}
