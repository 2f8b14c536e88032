package contracts_test

import (
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

// TestETHAccountingProperty drives random operations (staking, unbonding,
// withdrawals of stake, deposits, forced-exit requests, batches with
// withdrawals and forced exits, claims, slashing, reward funding and
// claims) and checks after each that the ETH
// held by the contracts equals stake + deposits + reward funding minus
// everything paid out (withdrawn stake, slashed stake, claimed withdrawals,
// claimed rewards, which include the batches' L2 fees), that the
// StakingRegistry's books match its balance, and that the Rollup holds
// exactly its L2 supply (no genesis supply here): deposits less
// withdrawals, exits and the fees released to the RewardPool.
func TestETHAccountingProperty(t *testing.T) {
	e := te.New(t, 10, func(c *contracts.Config) { c.SlashBps = 3000; c.ReporterRewardBps = 5000 })
	defer e.Close()
	rng := rand.New(rand.NewSource(7))
	var (
		in, out = new(big.Int), new(big.Int) // wei into and out of the contracts
		ops     []*te.Operator
		queued  []struct {
			key    [32]byte
			amount uint64
		}
		claims []func() // pending withdrawal claims of finalized batches
		backed uint64   // L2 funds that withdrawals may take: deposits consumed minus withdrawn
		nroot  uint64
		slashN uint64
		keys   []*ledger.PrivateKey // keys with an account (deposited to)
		forced []contracts.Withdrawal
		salt   uint64
		stats  = map[string]int{}
	)
	add := func(dst, v *big.Int) { dst.Add(dst, v) }
	check := func(step int, what string) {
		t.Helper()
		held := new(big.Int).Add(e.Balance(e.D.Staking), e.Balance(e.D.Rollup))
		held.Add(held, e.Balance(e.D.RewardPool))
		want := new(big.Int).Sub(in, out)
		if held.Cmp(want) != 0 {
			t.Fatalf("step %d (%s): contracts hold %v wei, accounting says %v", step, what, held, want)
		}
		books := te.Call(e, e.Staking, e.StakingABI.PackTotalHeld(), e.StakingABI.UnpackTotalHeld)
		if books.Cmp(e.Balance(e.D.Staking)) != 0 {
			t.Fatalf("step %d (%s): staking books %v, balance %v", step, what, books, e.Balance(e.D.Staking))
		}
		supply := te.Call(e, e.Rollup, e.RollupABI.PackL2Supply(), e.RollupABI.UnpackL2Supply)
		if b := e.Balance(e.D.Rollup); b.Cmp(te.Gwei(supply)) != 0 {
			t.Fatalf("step %d (%s): the Rollup holds %v wei, its L2 supply is %d gwei", step, what, b, supply)
		}
	}
	operator := func(o *te.Operator) bindings.StakingRegistryOperator {
		return te.Call(e, e.Staking, e.StakingABI.PackOperators(o.Owner.Addr), e.StakingABI.UnpackOperators)
	}
	for i := 0; i < 4; i++ {
		stake := te.Ether(int64(1 + rng.Intn(3)))
		ops = append(ops, e.AddOperator(e.Users[i], stake))
		add(in, stake)
	}
	e.NextEpoch()
	check(0, "setup")

	for step := 1; step <= 60; step++ {
		what := ""
		switch rng.Intn(10) {
		case 0:
			what = "add stake"
			o := ops[rng.Intn(len(ops))]
			v := te.Ether(int64(1 + rng.Intn(2)))
			if _, err := e.Send(o.Owner, e.Staking, v, e.StakingABI.PackAddStake()); err == nil {
				add(in, v)
			}
		case 1:
			what = "unbond"
			o := ops[rng.Intn(len(ops))]
			if b := operator(o).Bonded; b.Sign() > 0 {
				e.Send(o.Owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(b))
			}
		case 2:
			what = "withdraw stake"
			e.Advance(e.Cfg.UnbondingDelay / 2)
			o := ops[rng.Intn(len(ops))]
			before := operator(o)
			if _, err := e.Send(o.Owner, e.Staking, nil, e.StakingABI.PackWithdraw()); err == nil {
				add(out, before.Withdrawable)
				if operator(o).Unbonding.Sign() == 0 { // the unbonding matured and was paid too
					add(out, before.Unbonding)
				}
			}
		case 3, 4:
			what = "deposit"
			pk := te.L2PrivKey(byte(100 + step%12)) // at most 12 keys: the depth-4 tree holds 15 accounts
			k := pk.Public()
			amt := uint64(1 + rng.Intn(1_000_000))
			e.Deposit(e.Users[4+rng.Intn(6)], k, amt)
			keys = append(keys, pk)
			add(in, te.Gwei(amt))
			queued = append(queued, struct {
				key    [32]byte
				amount uint64
			}{k, amt})
		case 5:
			what = "batch"
			start := te.Call(e, e.Rollup, e.RollupABI.PackNextDepositIndex(), e.RollupABI.UnpackNextDepositIndex)
			var pd []byte
			was := backed
			for _, q := range queued {
				pd = append(pd, te.DepositRecord(e.AccountOf(q.key), q.key, q.amount)...)
				backed += q.amount
			}
			end := start + uint64(len(queued))
			queued = nil
			// Transfers paying fees to the vault (the fees leave the funds
			// withdrawals may take: the RewardPool gets them).
			var fees uint64
			for j := 0; j < rng.Intn(4); j++ {
				fee := min(uint64(rng.Intn(50)), backed)
				backed -= fee
				fees += fee
				pd = append(pd, te.TransferRecord(1, 2, uint64(1+rng.Intn(100)), fee)...)
			}
			var ws []contracts.Withdrawal
			for j := 0; j < rng.Intn(3); j++ {
				w := contracts.Withdrawal{To: e.Users[4+rng.Intn(6)].Addr, AmountGwei: uint64(1 + rng.Intn(1000))}
				if w.AmountGwei > backed {
					break // the L2 holds no more: the Rollup would refuse to pay it
				}
				backed -= w.AmountGwei
				fee := min(uint64(rng.Intn(20)), backed)
				backed -= fee
				fees += fee
				ws = append(ws, w)
				pd = append(pd, te.WithdrawRecord(1, w.To, w.AmountGwei, fee)...)
			}
			// Every queued forced exit, in queue order, each withdrawing
			// some of the L2 funds (the proof would fix the amount: the
			// account's balance).
			wasForced := forced
			for _, fx := range forced {
				w := contracts.Withdrawal{To: fx.To, AmountGwei: uint64(rng.Intn(2_000))}
				if w.AmountGwei > backed {
					w.AmountGwei = backed
				}
				backed -= w.AmountGwei
				ws = append(ws, w)
				pd = append(pd, te.ForcedExitRecord(uint32(fx.AmountGwei), w.To, w.AmountGwei)...)
			}
			forced = nil
			nroot++
			h := e.NextHeader(te.Root(nroot), end, pd)
			var signers []contracts.Signature
			var signing []*te.Operator
			for _, o := range ops {
				if st := stakeOf(e, o); st.Sign() > 0 {
					signers = append(signers, e.Sign(h, o)...)
					signing = append(signing, &te.Operator{Owner: o.Owner, Signer: o.Signer, Stake: st})
				}
			}
			if _, err := e.Send(e.Users[9], e.Rollup, nil, e.RollupABI.PackCommitBatch(h, pd, contracts.Certificate(signers), e.Launch)); err != nil {
				what += " (no quorum: " + contracts.RevertName(err) + ")"
				queued = nil
				backed = was
				forced = wasForced
				e.Advance(e.Cfg.ProofWindow + 1)
				e.Send(e.Users[9], e.Rollup, nil, e.RollupABI.PackRevertBatches())
				break
			}
			e.Must(e.Users[9], e.Rollup, nil, e.ProveArgs(h))
			stats["batches"]++
			stats["forced exits paid"] += len(wasForced)
			ss, st := certOrder(signing)
			rollupBefore := e.Balance(e.D.Rollup)
			e.Must(e.Users[9], e.Pool, nil, e.PoolABI.PackDistribute(new(big.Int).SetUint64(h.BatchIndex), e.HeaderHashOf(new(big.Int).SetUint64(h.BatchIndex)), e.RecordOf(new(big.Int).SetUint64(h.BatchIndex)), ss, st))
			if d := new(big.Int).Sub(rollupBefore, e.Balance(e.D.Rollup)); d.Cmp(te.Gwei(fees)) != 0 {
				t.Fatalf("step %d: distribute took %v wei of fees from the Rollup, the batch paid %d gwei", step, d, fees)
			}
			stats["fees"] += int(fees)
			for j, w := range ws {
				_, proof := contracts.WithdrawalProof(h.BatchIndex, ws, j)
				data := e.RollupABI.PackClaimWithdrawal(new(big.Int).SetUint64(h.BatchIndex), e.HeaderHashOf(new(big.Int).SetUint64(h.BatchIndex)), e.RecordOf(new(big.Int).SetUint64(h.BatchIndex)), big.NewInt(int64(j)), w.To, w.AmountGwei, proof)
				amt := te.Gwei(w.AmountGwei)
				claims = append(claims, func() {
					e.Must(e.Users[9], e.Rollup, nil, data)
					add(out, amt)
					stats["claims"]++
				})
			}
		case 6:
			what = "claim withdrawal"
			if len(claims) > 0 {
				j := rng.Intn(len(claims))
				claims[j]()
				claims = append(claims[:j], claims[j+1:]...)
			}
		case 7:
			what = "slash"
			o := ops[rng.Intn(len(ops))]
			op := operator(o)
			slashN++
			a, b, sa, sb := equivocation(e, o, 1000+slashN)
			before := e.Balance(e.D.Staking)
			if _, err := e.Send(e.Users[9], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb)); err == nil {
				add(out, new(big.Int).Sub(before, e.Balance(e.D.Staking)))
				want := new(big.Int).Mul(op.Bonded, big.NewInt(3000))
				want.Div(want, big.NewInt(10000))
				if got := new(big.Int).Sub(before, e.Balance(e.D.Staking)); got.Cmp(want) < 0 {
					t.Fatalf("step %d: slashed %v, at least %v expected", step, got, want)
				}
			}
		case 8:
			what = "fund and claim rewards"
			v := te.Ether(int64(1 + rng.Intn(2)))
			e.Must(e.Users[8], e.Pool, v, e.PoolABI.PackFund())
			add(in, v)
			for _, o := range ops {
				owed := te.Call(e, e.Pool, e.PoolABI.PackOwed(o.Owner.Addr), e.PoolABI.UnpackOwed)
				if owed.Sign() > 0 {
					e.Must(o.Owner, e.Pool, nil, e.PoolABI.PackClaim())
					add(out, owed)
				}
			}
		case 9:
			what = "forced exit request"
			if len(keys) > 0 {
				k := keys[rng.Intn(len(keys))]
				to := e.Users[4+rng.Intn(6)].Addr
				salt++
				e.RequestForcedExit(e.Users[9], k, to, salt)
				// AmountGwei carries the account until the batch sets the amount.
				forced = append(forced, contracts.Withdrawal{To: to, AmountGwei: uint64(e.AccountOf(k.Public()))})
				stats["forced exit requests"]++
			}
		}
		check(step, what)
		if rng.Intn(4) == 0 {
			e.NextEpoch()
		}
	}
	// Every withdrawal and forced exit of a finalized batch is still payable.
	for _, c := range claims {
		c()
	}
	check(61, "claim every withdrawal left")
	t.Logf("%v", stats)
	if stats["batches"] < 3 || stats["forced exits paid"] == 0 || stats["claims"] == 0 || stats["fees"] == 0 {
		t.Fatalf("the run exercised too little: %v", stats)
	}
	_ = common.Address{}
}
