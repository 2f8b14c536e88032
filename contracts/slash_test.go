package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// equivocation returns two different headers for one batch index, each
// signed by op.
func equivocation(e *te.Env, op *te.Operator, index uint64) (a, b bindings.BatchHeader, sa, sb []byte) {
	a = bindings.BatchHeader{ChainId: e.Cfg.L2ChainID, BatchIndex: index, NewRoot: te.Root(1), LastBlock: 9}
	b = a
	b.NewRoot = te.Root(2)
	return a, b, e.Sign(a, op)[0].Sig, e.Sign(b, op)[0].Sig
}

func TestSlashingEquivocation(t *testing.T) {
	e, ops := quorumEnv(t, func(c *contracts.Config) { c.SlashBps = 5000; c.ReporterRewardBps = 2000 })
	victim := ops[3] // 2 ETH
	reporter := e.Users[6]
	a, b, sa, sb := equivocation(e, victim, 7)
	submit := func(a, b bindings.BatchHeader, sa, sb []byte) ([]byte, error) {
		r, err := e.Send(reporter, e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb))
		_ = r
		return nil, err
	}
	_, err := submit(a, a, sa, sa)
	e.Reverts(err, "IdenticalAttestations")
	c := a
	c.BatchIndex = 8
	_, err = submit(a, c, sa, e.Sign(c, victim)[0].Sig)
	e.Reverts(err, "DifferentBatchIndex")
	// A forged second signature (by another key) does not make evidence.
	_, err = submit(a, b, sa, e.Sign(b, ops[0])[0].Sig)
	e.Reverts(err, "SignersDiffer")
	_, err = submit(a, b, sa, malleate(sb))
	e.Reverts(err, "HighS")
	stranger := &te.Operator{Key: e.NewConsensusKey()}
	a2, b2, sa2, sb2 := equivocation(e, stranger, 7)
	_, err = submit(a2, b2, sa2, sb2)
	e.Reverts(err, "UnknownSigner")

	stakingBefore := e.Balance(e.D.Staking)
	repBefore := e.Balance(reporter.Addr)
	r := e.Must(reporter, e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb))
	slashed := te.Ether(1) // 50% of 2 ETH
	reward := new(big.Int).Div(slashed, big.NewInt(5))
	if d := new(big.Int).Sub(stakingBefore, e.Balance(e.D.Staking)); d.Cmp(slashed) != 0 {
		t.Fatalf("staking lost %v, want %v", d, slashed)
	}
	got := new(big.Int).Sub(e.Balance(reporter.Addr), repBefore)
	got.Add(got, te.Fee(r))
	if got.Cmp(reward) != 0 {
		t.Fatalf("reporter got %v, want %v", got, reward)
	}
	if burned := e.Balance(common.Address{}); burned.Cmp(new(big.Int).Sub(slashed, reward)) < 0 {
		t.Fatalf("burned %v", burned)
	}
	op := te.Call(e, e.Staking, e.StakingABI.PackOperators(victim.Owner.Addr), e.StakingABI.UnpackOperators)
	if !op.Jailed || op.Bonded.Sign() != 0 || op.Unbonding.Cmp(te.Ether(1)) != 0 {
		t.Fatalf("slashed operator %+v", op)
	}
	if s := nextStakeOf(e, victim); s.Sign() != 0 {
		t.Fatalf("slashed operator still in the next epoch: %v", s)
	}
	// The same evidence again, or reordered, is refused.
	_, err = submit(a, b, sa, sb)
	e.Reverts(err, "EvidenceAlreadyUsed")
	_, err = submit(b, a, sb, sa)
	e.Reverts(err, "EvidenceAlreadyUsed")
	_, err = e.Send(victim.Owner, e.Staking, te.Ether(5), e.StakingABI.PackAddStake())
	e.Reverts(err, "Jailed")
}

func TestSlashingReachesUnbondingStake(t *testing.T) {
	e, ops := quorumEnv(t, func(c *contracts.Config) { c.SlashBps = 1000; c.ReporterRewardBps = 10000 })
	victim := ops[0] // 1 ETH
	e.Must(victim.Owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(1)))
	e.Advance(e.Cfg.UnbondingDelay / 2)
	a, b, sa, sb := equivocation(e, victim, 3)
	e.Must(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb))
	op := te.Call(e, e.Staking, e.StakingABI.PackOperators(victim.Owner.Addr), e.StakingABI.UnpackOperators)
	if want := new(big.Int).Sub(te.Ether(1), new(big.Int).Div(te.Ether(1), big.NewInt(10))); op.Unbonding.Cmp(want) != 0 {
		t.Fatalf("unbonding after slash %v, want %v", op.Unbonding, want)
	}
	// Once unbonding is over, stake is no longer slashable.
	e.Advance(e.Cfg.UnbondingDelay)
	a, b, sa, sb = equivocation(e, victim, 4)
	_, err := e.Send(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb))
	e.Reverts(err, "NothingToSlash")
}

func TestRewardPool(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	q := []*te.Operator{ops[0], ops[1], ops[3]}
	e.Must(e.Users[7], e.Pool, te.Ether(3), e.PoolABI.PackFund())
	h := e.NextHeader(te.Root(1), 0, nil)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h, nil, q...))
	signers, stakes := certOrder(q)
	_, err := e.Send(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), signers, stakes))
	e.Reverts(err, "BatchNotFinalized")
	e.Must(e.Users[6], e.Rollup, nil, e.ProveArgs(h))
	wrong := append([]*big.Int(nil), stakes...)
	wrong[0] = te.Ether(5)
	_, err = e.Send(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), signers, wrong))
	e.Reverts(err, "SignersMismatch")
	other := contracts.HeaderHash(e.NextHeader(te.Root(9), 0, nil)) // the right signers, another header
	_, err = e.Send(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(big.NewInt(0), other, e.RecordOf(big.NewInt(0)), signers, stakes))
	e.Reverts(err, "SignersMismatch")
	e.Must(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), signers, stakes))
	_, err = e.Send(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), signers, stakes))
	e.Reverts(err, "AlreadyDistributed")
	// Reward 1 ETH over stakes 1, 1, 2.
	for _, op := range q {
		want := new(big.Int).Div(new(big.Int).Mul(te.Ether(1), op.Stake), te.Ether(4))
		owed := te.Call(e, e.Pool, e.PoolABI.PackOwed(op.Owner.Addr), e.PoolABI.UnpackOwed)
		if owed.Cmp(want) != 0 {
			t.Fatalf("operator owed %v, want %v", owed, want)
		}
		before := e.Balance(op.Owner.Addr)
		r := e.Must(op.Owner, e.Pool, nil, e.PoolABI.PackClaim())
		got := new(big.Int).Sub(e.Balance(op.Owner.Addr), before)
		if got.Add(got, te.Fee(r)).Cmp(want) != 0 {
			t.Fatalf("claimed %v", got)
		}
	}
	_, err = e.Send(ops[0].Owner, e.Pool, nil, e.PoolABI.PackClaim())
	e.Reverts(err, "NothingToClaim")
	if b := e.Balance(e.D.RewardPool); b.Cmp(te.Ether(2)) != 0 {
		t.Fatalf("pool holds %v", b)
	}
}

// certOrder returns signers and their stakes in certificate (ascending
// address) order.
func certOrder(ops []*te.Operator) ([]common.Address, []*big.Int) {
	sorted := append([]*te.Operator(nil), ops...)
	for i := range sorted {
		for j := i + 1; j < len(sorted); j++ {
			if sorted[j].Signer.Cmp(sorted[i].Signer) < 0 {
				sorted[i], sorted[j] = sorted[j], sorted[i]
			}
		}
	}
	var s []common.Address
	var st []*big.Int
	for _, o := range sorted {
		s = append(s, o.Signer)
		st = append(st, o.Stake)
	}
	return s, st
}

// A slash takes effect in the block it lands in: the operator's stake stops
// counting in this epoch's quorum checks (a certificate with its signature
// is refused, the total drops), StakeChanged says so with the current epoch
// as effective, and the reward pool pays it nothing, not even for batches
// it signed before.
func TestSlashTakesEffectAtOnce(t *testing.T) {
	e, ops := quorumEnv(t, func(c *contracts.Config) { c.SlashBps = 1000 })
	victim := ops[3] // 2 ETH of 5
	e.Must(e.Users[7], e.Pool, te.Ether(4), e.PoolABI.PackFund())
	// Batch 0, signed by the victim among others, committed and proven
	// before the slash.
	q := []*te.Operator{ops[0], ops[1], victim}
	h := e.NextHeader(te.Root(1), 0, nil)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h, nil, q...))
	e.Must(e.Users[6], e.Rollup, nil, e.ProveArgs(h))

	epoch := te.Call(e, e.Staking, e.StakingABI.PackCurrentEpoch(), e.StakingABI.UnpackCurrentEpoch)
	totalBefore := te.Call(e, e.Staking, e.StakingABI.PackTotalStake(), e.StakingABI.UnpackTotalStake)
	a, b, sa, sb := equivocation(e, victim, 7)
	r := e.Must(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb))
	if now := te.Call(e, e.Staking, e.StakingABI.PackCurrentEpoch(), e.StakingABI.UnpackCurrentEpoch); now != epoch {
		t.Fatalf("the epoch moved during the test (%d -> %d)", epoch, now)
	}
	if s := stakeOf(e, victim); s.Sign() != 0 {
		t.Fatalf("slashed operator still counts %v in the current epoch", s)
	}
	total := te.Call(e, e.Staking, e.StakingABI.PackTotalStake(), e.StakingABI.UnpackTotalStake)
	if want := new(big.Int).Sub(totalBefore, victim.Stake); total.Cmp(want) != 0 {
		t.Fatalf("total stake %v after the slash, want %v", total, want)
	}
	var changed bool
	for _, l := range r.Logs {
		if ev, err := e.StakingABI.UnpackStakeChangedEvent(l); err == nil && ev.Signer == victim.Signer {
			changed = ev.Bonded.Sign() == 0 && ev.EffectiveEpoch == epoch
		}
	}
	if !changed {
		t.Fatal("no StakeChanged(victim, 0, current epoch) in the slash")
	}
	// A certificate counting the victim is refused now; the others (3 of
	// the remaining 3 ETH) still make a quorum.
	h1 := e.NextHeader(te.Root(2), 0, nil)
	_, err := e.Send(e.Users[6], e.Rollup, nil, e.CommitArgs(h1, nil, ops[0], ops[1], victim))
	e.Reverts(err, "UnknownSigner")
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h1, nil, ops[0], ops[1], ops[2]))

	// Batch 0's reward (1 ETH over stakes 1, 1, 2): the victim's half stays
	// in the pool.
	signers, stakes := certOrder(q)
	e.Must(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), signers, stakes))
	if owed := te.Call(e, e.Pool, e.PoolABI.PackOwed(victim.Owner.Addr), e.PoolABI.UnpackOwed); owed.Sign() != 0 {
		t.Fatalf("slashed operator owed %v", owed)
	}
	for _, op := range ops[:2] {
		if owed := te.Call(e, e.Pool, e.PoolABI.PackOwed(op.Owner.Addr), e.PoolABI.UnpackOwed); owed.Cmp(new(big.Int).Div(te.Ether(1), big.NewInt(4))) != 0 {
			t.Fatalf("operator owed %v, want 0.25 ETH", owed)
		}
	}
	if alloc := te.Call(e, e.Pool, e.PoolABI.PackAllocated(), e.PoolABI.UnpackAllocated); alloc.Cmp(new(big.Int).Div(te.Ether(1), big.NewInt(2))) != 0 {
		t.Fatalf("allocated %v, want 0.5 ETH (the victim's share stays unallocated)", alloc)
	}
}
