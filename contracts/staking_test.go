package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	te "github.com/mycel-network/mycel/internal/testenv"
)

func stakeOf(e *te.Env, op *te.Operator) *big.Int {
	return te.Call(e, e.Staking, e.StakingABI.PackStakeOf(op.Signer), e.StakingABI.UnpackStakeOf)
}

func nextStakeOf(e *te.Env, op *te.Operator) *big.Int {
	return te.Call(e, e.Staking, e.StakingABI.PackNextStakeOf(op.Signer), e.StakingABI.UnpackNextStakeOf)
}

func TestStakingRegisterHumanAndAgent(t *testing.T) {
	e := te.New(t, 4, nil)
	defer e.Close()
	human := e.AddOperator(e.Users[0], te.Ether(3))
	if s := stakeOf(e, human); s.Sign() != 0 {
		t.Fatalf("stake counted in the epoch it was added: %v", s)
	}
	if s := nextStakeOf(e, human); s.Cmp(te.Ether(3)) != 0 {
		t.Fatalf("next-epoch stake %v", s)
	}

	// An agent operator links an ERC-8004 identity it owns.
	agent := e.Users[1]
	e.Must(agent, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent-1.json"))
	id := big.NewInt(1)
	if uri := te.Call(e, e.Identity, e.IdentityABI.PackTokenURI(id), e.IdentityABI.UnpackTokenURI); uri != "ipfs://agent-1.json" {
		t.Fatalf("tokenURI %q", uri)
	}
	k := e.NewConsensusKey()
	e.Must(agent, e.Staking, te.Ether(1), e.RegisterArgs(agent.Addr, k, 1, 1))
	op := te.Call(e, e.Staking, e.StakingABI.PackOperators(agent.Addr), e.StakingABI.UnpackOperators)
	if op.Kind != 1 || op.AgentId.Int64() != 1 || op.Signer != crypto.PubkeyToAddress(k.PublicKey) {
		t.Fatalf("agent operator %+v", op)
	}

	// An address approved for someone else's identity may not link it
	// (TestAgentLinkApprovedCannotLink); its owner may.
	owner, approved := e.Users[2], e.Users[3]
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackRegister())
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackApprove(approved.Addr, big.NewInt(2)))
	_, err := e.Send(approved, e.Staking, te.Ether(1), e.RegisterArgs(approved.Addr, e.NewConsensusKey(), 1, 2))
	e.Reverts(err, "NotAgentOwner")
	e.Must(owner, e.Staking, te.Ether(1), e.RegisterArgs(owner.Addr, e.NewConsensusKey(), 1, 2))

	e.NextEpoch()
	if s := stakeOf(e, human); s.Cmp(te.Ether(3)) != 0 {
		t.Fatalf("stake after the epoch boundary %v", s)
	}
	if tot := te.Call(e, e.Staking, e.StakingABI.PackTotalStake(), e.StakingABI.UnpackTotalStake); tot.Cmp(te.Ether(5)) != 0 {
		t.Fatalf("total stake %v", tot)
	}
}

func TestStakingRejects(t *testing.T) {
	e := te.New(t, 6, nil)
	defer e.Close()
	a, b, c := e.Users[0], e.Users[1], e.Users[2]
	k := e.NewConsensusKey()

	_, err := e.Send(a, e.Staking, te.Gwei(5e8), e.RegisterArgs(a.Addr, k, 0, 0))
	e.Reverts(err, "BelowMinimumStake")

	// Proof of possession made for another owner, or by another key.
	_, err = e.Send(a, e.Staking, te.Ether(1), e.RegisterArgs(b.Addr, k, 0, 0))
	e.Reverts(err, "InvalidProofOfPossession")
	pub, _, _ := contracts.ProofOfPossession(k, e.ChainID, e.D.Staking, a.Addr)
	_, otherSig, _ := contracts.ProofOfPossession(e.NewConsensusKey(), e.ChainID, e.D.Staking, a.Addr)
	_, err = e.Send(a, e.Staking, te.Ether(1), e.StakingABI.PackRegister(0, big.NewInt(0), pub, otherSig))
	e.Reverts(err, "InvalidProofOfPossession")
	_, sig, _ := contracts.ProofOfPossession(k, e.ChainID, e.D.Staking, a.Addr)
	_, err = e.Send(a, e.Staking, te.Ether(1), e.StakingABI.PackRegister(0, big.NewInt(0), pub, malleate(sig)))
	e.Reverts(err, "HighS")
	_, err = e.Send(a, e.Staking, te.Ether(1), e.StakingABI.PackRegister(0, big.NewInt(0), pub[:63], sig))
	e.Reverts(err, "BadPublicKey")

	e.Must(a, e.Staking, te.Ether(1), e.RegisterArgs(a.Addr, k, 0, 0))
	_, err = e.Send(a, e.Staking, te.Ether(1), e.RegisterArgs(a.Addr, e.NewConsensusKey(), 0, 0))
	e.Reverts(err, "AlreadyRegistered")
	// The same consensus key for a second operator (with its own valid proof).
	_, err = e.Send(b, e.Staking, te.Ether(1), e.RegisterArgs(b.Addr, k, 0, 0))
	e.Reverts(err, "KeyAlreadyRegistered")

	// Agents: the caller must control the identity (own it or be its
	// agentWallet), and a valid link is not taken over.
	e.Must(c, e.Identity, nil, e.IdentityABI.PackRegister1("https://agent.example/reg.json"))
	_, err = e.Send(b, e.Staking, te.Ether(1), e.RegisterArgs(b.Addr, e.NewConsensusKey(), 1, 1))
	e.Reverts(err, "NotAgentOwner")
	_, err = e.Send(b, e.Staking, te.Ether(1), e.RegisterArgs(b.Addr, e.NewConsensusKey(), 1, 99))
	e.Reverts(err, "NotAgentOwner")
	_, err = e.Send(b, e.Staking, te.Ether(1), e.RegisterArgs(b.Addr, e.NewConsensusKey(), 0, 1))
	e.Reverts(err, "HumanWithAgentId")
	e.Must(c, e.Staking, te.Ether(1), e.RegisterArgs(c.Addr, e.NewConsensusKey(), 1, 1))
	e.Must(c, e.Identity, nil, agentWalletArgs(e, b, c.Addr, big.NewInt(1)))
	_, err = e.Send(b, e.Staking, te.Ether(1), e.RegisterArgs(b.Addr, e.NewConsensusKey(), 1, 1))
	e.Reverts(err, "AgentAlreadyLinked")

	// Unbonding: the rest must stay >= minimum or be zero; withdrawal waits
	// for the delay and happens once.
	e.Must(a, e.Staking, te.Ether(2), e.StakingABI.PackAddStake())
	_, err = e.Send(a, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(5)))
	e.Reverts(err, "InsufficientBonded")
	_, err = e.Send(a, e.Staking, nil, e.StakingABI.PackRequestUnbond(new(big.Int).Sub(te.Ether(3), te.Gwei(1))))
	e.Reverts(err, "BelowMinimumStake")
	_, err = e.Send(a, e.Staking, nil, e.StakingABI.PackWithdraw())
	e.Reverts(err, "NothingToWithdraw")
	e.Must(a, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(2)))
	_, err = e.Send(a, e.Staking, nil, e.StakingABI.PackWithdraw())
	e.Reverts(err, "UnbondingNotOver")
	e.Advance(e.Cfg.UnbondingDelay)
	before := e.Balance(a.Addr)
	r := e.Must(a, e.Staking, nil, e.StakingABI.PackWithdraw())
	got := new(big.Int).Sub(e.Balance(a.Addr), before)
	got.Add(got, te.Fee(r))
	if got.Cmp(te.Ether(2)) != 0 {
		t.Fatalf("withdrew %v", got)
	}
	_, err = e.Send(a, e.Staking, nil, e.StakingABI.PackWithdraw())
	e.Reverts(err, "NothingToWithdraw")
	_, err = e.Send(e.Users[5], e.Staking, nil, e.StakingABI.PackSlash(a.Addr, big.NewInt(10000), a.Addr, big.NewInt(0)))
	e.Reverts(err, "OnlySlasher")
}

func TestStakeSnapshotsFollowEpochs(t *testing.T) {
	e := te.New(t, 2, nil)
	defer e.Close()
	op := e.AddOperator(e.Users[0], te.Ether(2))
	e.NextEpoch()
	e.Must(op.Owner, e.Staking, te.Ether(3), e.StakingABI.PackAddStake())
	if s := stakeOf(e, op); s.Cmp(te.Ether(2)) != 0 {
		t.Fatalf("added stake counted before the boundary: %v", s)
	}
	e.Must(op.Owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(5)))
	if s, n := stakeOf(e, op), nextStakeOf(e, op); s.Cmp(te.Ether(2)) != 0 || n.Sign() != 0 {
		t.Fatalf("after full unbond: current %v next %v", s, n)
	}
	e.NextEpoch()
	if s := stakeOf(e, op); s.Sign() != 0 {
		t.Fatalf("unbonded stake still counted: %v", s)
	}
	if tot := te.Call(e, e.Staking, e.StakingABI.PackTotalStake(), e.StakingABI.UnpackTotalStake); tot.Sign() != 0 {
		t.Fatalf("total %v", tot)
	}
}

// An unbonding whose delay has ended is paid out whole and is never locked
// again (by a later unbond request) or slashed.
func TestMaturedUnbondingIsNotRelocked(t *testing.T) {
	e, ops := quorumEnv(t, func(c *contracts.Config) { c.SlashBps = 10000; c.ReporterRewardBps = 0 })
	op := ops[3] // 2 ETH
	e.Must(op.Owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(1)))
	e.Advance(e.Cfg.UnbondingDelay + 1)
	a, b, sa, sb := equivocation(e, op, 1)
	e.Must(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb))
	got := te.Call(e, e.Staking, e.StakingABI.PackOperators(op.Owner.Addr), e.StakingABI.UnpackOperators)
	if got.Withdrawable.Cmp(te.Ether(1)) != 0 || got.Unbonding.Sign() != 0 || got.Bonded.Sign() != 0 {
		t.Fatalf("after slashing: %+v", got)
	}
	before := e.Balance(op.Owner.Addr)
	r := e.Must(op.Owner, e.Staking, nil, e.StakingABI.PackWithdraw())
	paid := new(big.Int).Sub(e.Balance(op.Owner.Addr), before)
	if paid.Add(paid, te.Fee(r)).Cmp(te.Ether(1)) != 0 {
		t.Fatalf("withdrew %v, want the matured 1 ETH", paid)
	}

	op = ops[0] // 1 ETH: unbond, let it mature, add stake, unbond again
	e.Must(op.Owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(1)))
	e.Advance(e.Cfg.UnbondingDelay + 1)
	e.Must(op.Owner, e.Staking, te.Ether(1), e.StakingABI.PackAddStake())
	e.Must(op.Owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(1)))
	got = te.Call(e, e.Staking, e.StakingABI.PackOperators(op.Owner.Addr), e.StakingABI.UnpackOperators)
	if got.Withdrawable.Cmp(te.Ether(1)) != 0 || got.Unbonding.Cmp(te.Ether(1)) != 0 {
		t.Fatalf("after a second unbond: %+v", got)
	}
	e.Must(op.Owner, e.Staking, nil, e.StakingABI.PackWithdraw()) // the matured 1 ETH
	_, err := e.Send(op.Owner, e.Staking, nil, e.StakingABI.PackWithdraw())
	e.Reverts(err, "UnbondingNotOver")
}

// malleate returns the other valid signature of the same message: s' = n - s
// with v flipped (what EIP-2 rules out).
func malleate(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	out := append([]byte(nil), sig...)
	copy(out[32:64], common32(new(big.Int).Sub(n, s)))
	out[64] ^= 1
	return out
}

func common32(v *big.Int) []byte {
	b := make([]byte, 32)
	v.FillBytes(b)
	return b
}
