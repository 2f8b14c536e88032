package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// Tests of how StakingRegistry links ERC-8004 identities to agent operators
// (issue 12): only a controller (the token's owner or its agentWallet) links,
// a link ends when its operator exits, and a transfer makes a link stale so
// that the identity's new controller can take it over.

// Unlink reasons (StakingRegistry.UnlinkReason).
const (
	unlinkExited   = 0
	unlinkStale    = 1
	unlinkRelinked = 2
)

// registerAgent registers owner as an agent operator linking agentID, with
// stake, and returns it.
func registerAgent(e *te.Env, owner te.Account, agentID int64, stake *big.Int) (*te.Operator, *types.Receipt) {
	e.T.Helper()
	k := e.NewConsensusKey()
	r := e.Must(owner, e.Staking, stake, e.RegisterArgs(owner.Addr, k, 1, agentID))
	return &te.Operator{Owner: owner, Key: k, Signer: crypto.PubkeyToAddress(k.PublicKey), Stake: stake}, r
}

func linkedTo(e *te.Env, agentID int64) common.Address {
	e.T.Helper()
	return te.Call(e, e.Staking, e.StakingABI.PackAgentOperator(big.NewInt(agentID)), e.StakingABI.UnpackAgentOperator)
}

func linkValid(e *te.Env, agentID int64) bool {
	e.T.Helper()
	return te.Call(e, e.Staking, e.StakingABI.PackAgentLinkValid(big.NewInt(agentID)), e.StakingABI.UnpackAgentLinkValid)
}

func operatorAgentID(e *te.Env, owner common.Address) int64 {
	e.T.Helper()
	return te.Call(e, e.Staking, e.StakingABI.PackOperators(owner), e.StakingABI.UnpackOperators).AgentId.Int64()
}

// wantLink fails unless agentID is linked to owner (zero: unlinked), with
// the operator's record agreeing, and the link's validity is valid.
func wantLink(t *testing.T, e *te.Env, agentID int64, owner common.Address, valid bool) {
	t.Helper()
	if got := linkedTo(e, agentID); got != owner {
		t.Fatalf("identity %d linked to %s, want %s", agentID, got, owner)
	}
	if owner != (common.Address{}) {
		if got := operatorAgentID(e, owner); got != agentID {
			t.Fatalf("operator %s records identity %d, want %d", owner, got, agentID)
		}
	}
	if got := linkValid(e, agentID); got != valid {
		t.Fatalf("agentLinkValid(%d) = %v, want %v", agentID, got, valid)
	}
}

type linkEvent struct {
	linked bool // AgentLinked, else AgentUnlinked
	id     int64
	owner  common.Address
	reason uint8
}

// linkEvents are the AgentLinked and AgentUnlinked events of r, in order.
func linkEvents(e *te.Env, r *types.Receipt) []linkEvent {
	var out []linkEvent
	for _, l := range r.Logs {
		if l.Address != e.D.Staking {
			continue
		}
		if ev, err := e.StakingABI.UnpackAgentLinkedEvent(l); err == nil {
			out = append(out, linkEvent{true, ev.AgentId.Int64(), ev.Owner, 0})
		} else if ev, err := e.StakingABI.UnpackAgentUnlinkedEvent(l); err == nil {
			out = append(out, linkEvent{false, ev.AgentId.Int64(), ev.Owner, ev.Reason})
		}
	}
	return out
}

func wantEvents(t *testing.T, e *te.Env, r *types.Receipt, want ...linkEvent) {
	t.Helper()
	got := linkEvents(e, r)
	if len(got) != len(want) {
		t.Fatalf("link events %+v, want %+v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("link events %+v, want %+v", got, want)
		}
	}
}

// An address approved for the token (a marketplace, say) cannot link the
// identity, nor squat it before its owner does.
func TestAgentLinkApprovedCannotLink(t *testing.T) {
	e := te.New(t, 2, nil)
	defer e.Close()
	owner, market := e.Users[0], e.Users[1]
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent.json"))
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackApprove(market.Addr, big.NewInt(1)))
	_, err := e.Send(market, e.Staking, te.Ether(1), e.RegisterArgs(market.Addr, e.NewConsensusKey(), 1, 1))
	e.Reverts(err, "NotAgentOwner")
	if te.Call(e, e.Staking, e.StakingABI.PackControlsAgent(market.Addr, big.NewInt(1)), e.StakingABI.UnpackControlsAgent) {
		t.Fatal("an approved address counts as controlling the identity")
	}
	wantLink(t, e, 1, common.Address{}, false)
	// The owner links it.
	registerAgent(e, owner, 1, te.Ether(1))
	wantLink(t, e, 1, owner.Addr, true)
}

// An operator for all the owner's tokens cannot link one either, not at
// registration and not with linkAgent.
func TestAgentLinkOperatorForAllCannotLink(t *testing.T) {
	e := te.New(t, 2, nil)
	defer e.Close()
	owner, op := e.Users[0], e.Users[1]
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent.json"))
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackSetApprovalForAll(op.Addr, true))
	_, err := e.Send(op, e.Staking, te.Ether(1), e.RegisterArgs(op.Addr, e.NewConsensusKey(), 1, 1))
	e.Reverts(err, "NotAgentOwner")
	// As an agent operator with an identity of its own.
	e.Must(op, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://op.json"))
	registerAgent(e, op, 2, te.Ether(1))
	_, err = e.Send(op, e.Staking, nil, e.StakingABI.PackLinkAgent(big.NewInt(1)))
	e.Reverts(err, "NotAgentOwner")
	wantLink(t, e, 1, common.Address{}, false)
	wantLink(t, e, 2, op.Addr, true)
}

// The owner links its identity: AgentLinked, a valid link, recorded on
// both sides.
func TestAgentLinkOwnerCanLink(t *testing.T) {
	e := te.New(t, 1, nil)
	defer e.Close()
	owner := e.Users[0]
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent.json"))
	_, r := registerAgent(e, owner, 1, te.Ether(1))
	wantEvents(t, e, r, linkEvent{true, 1, owner.Addr, 0})
	wantLink(t, e, 1, owner.Addr, true)
}

// The agentWallet ERC-8004 designates (set by the owner with the wallet's
// signature) links the identity; while that link is valid the owner cannot
// take it, and once the owner unsets the wallet the link is stale and the
// owner takes it over.
func TestAgentLinkAgentWallet(t *testing.T) {
	e := te.New(t, 3, nil)
	defer e.Close()
	owner, wallet, stranger := e.Users[0], e.Users[1], e.Users[2]
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent.json"))
	e.Must(owner, e.Identity, nil, agentWalletArgs(e, wallet, owner.Addr, big.NewInt(1)))
	walletOp, r := registerAgent(e, wallet, 1, te.Ether(1))
	wantEvents(t, e, r, linkEvent{true, 1, wallet.Addr, 0})
	wantLink(t, e, 1, wallet.Addr, true)

	_, err := e.Send(owner, e.Staking, te.Ether(1), e.RegisterArgs(owner.Addr, e.NewConsensusKey(), 1, 1))
	e.Reverts(err, "AgentAlreadyLinked")
	_, err = e.Send(stranger, e.Staking, te.Ether(1), e.RegisterArgs(stranger.Addr, e.NewConsensusKey(), 1, 1))
	e.Reverts(err, "NotAgentOwner")

	e.Must(owner, e.Identity, nil, e.IdentityABI.PackUnsetAgentWallet(big.NewInt(1)))
	wantLink(t, e, 1, wallet.Addr, false)
	_, r = registerAgent(e, owner, 1, te.Ether(1))
	wantEvents(t, e, r, linkEvent{false, 1, wallet.Addr, unlinkStale}, linkEvent{true, 1, owner.Addr, 0})
	wantLink(t, e, 1, owner.Addr, true)
	if got := operatorAgentID(e, wallet.Addr); got != 0 {
		t.Fatalf("displaced operator still records identity %d", got)
	}
	if s := nextStakeOf(e, walletOp); s.Cmp(te.Ether(1)) != 0 {
		t.Fatalf("displaced operator's stake %v: losing the link must not touch stake", s)
	}
}

// The link ends when its operator has withdrawn everything (not before),
// and the identity can be linked again: by the same operator after it comes
// back with addStake (linkAgent), or by a new one.
func TestAgentLinkClearedOnExit(t *testing.T) {
	e := te.New(t, 3, nil)
	defer e.Close()
	owner, wallet, human := e.Users[0], e.Users[1], e.Users[2]
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent.json"))
	registerAgent(e, owner, 1, te.Ether(2))

	// A partial withdrawal keeps the link.
	e.Must(owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(1)))
	e.Advance(e.Cfg.UnbondingDelay)
	r := e.Must(owner, e.Staking, nil, e.StakingABI.PackWithdraw())
	wantEvents(t, e, r)
	wantLink(t, e, 1, owner.Addr, true)

	// Unbonding everything keeps it until the stake is paid out.
	e.Must(owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(1)))
	wantLink(t, e, 1, owner.Addr, true)
	e.Advance(e.Cfg.UnbondingDelay)
	r = e.Must(owner, e.Staking, nil, e.StakingABI.PackWithdraw())
	wantEvents(t, e, r, linkEvent{false, 1, owner.Addr, unlinkExited})
	wantLink(t, e, 1, common.Address{}, false)

	// linkAgent needs a bonded, unjailed agent operator.
	_, err := e.Send(owner, e.Staking, nil, e.StakingABI.PackLinkAgent(big.NewInt(1)))
	e.Reverts(err, "BelowMinimumStake")
	_, err = e.Send(wallet, e.Staking, nil, e.StakingABI.PackLinkAgent(big.NewInt(1)))
	e.Reverts(err, "NotRegistered")
	e.AddOperator(human, te.Ether(1))
	_, err = e.Send(human, e.Staking, nil, e.StakingABI.PackLinkAgent(big.NewInt(1)))
	e.Reverts(err, "NotAgent")

	// The operator comes back and links its identity again.
	e.Must(owner, e.Staking, te.Ether(1), e.StakingABI.PackAddStake())
	r = e.Must(owner, e.Staking, nil, e.StakingABI.PackLinkAgent(big.NewInt(1)))
	wantEvents(t, e, r, linkEvent{true, 1, owner.Addr, 0})
	wantLink(t, e, 1, owner.Addr, true)
	_, err = e.Send(owner, e.Staking, nil, e.StakingABI.PackLinkAgent(big.NewInt(1)))
	e.Reverts(err, "AgentAlreadyLinked")
	_, err = e.Send(owner, e.Staking, nil, e.StakingABI.PackLinkAgent(big.NewInt(0)))
	e.Reverts(err, "NotAgentOwner")

	// It exits again; a new operator (the identity's agentWallet) links it.
	e.Must(owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(1)))
	e.Advance(e.Cfg.UnbondingDelay)
	e.Must(owner, e.Staking, nil, e.StakingABI.PackWithdraw())
	e.Must(owner, e.Identity, nil, agentWalletArgs(e, wallet, owner.Addr, big.NewInt(1)))
	_, r = registerAgent(e, wallet, 1, te.Ether(1))
	wantEvents(t, e, r, linkEvent{true, 1, wallet.Addr, 0})
	wantLink(t, e, 1, wallet.Addr, true)
}

// An operator slashed of everything has nothing to withdraw: the slash
// itself ends its link, and the jailed operator cannot link again.
func TestAgentLinkClearedWhenSlashedToZero(t *testing.T) {
	e := te.New(t, 3, func(c *contracts.Config) { c.SlashBps = 10_000 })
	defer e.Close()
	owner, next, reporter := e.Users[0], e.Users[1], e.Users[2]
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent.json"))
	op, _ := registerAgent(e, owner, 1, te.Ether(1))
	e.NextEpoch()
	a, b, sa, sb := equivocation(e, op, 3)
	r := e.Must(reporter, e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb))
	wantEvents(t, e, r, linkEvent{false, 1, owner.Addr, unlinkExited})
	wantLink(t, e, 1, common.Address{}, false)
	_, err := e.Send(owner, e.Staking, nil, e.StakingABI.PackLinkAgent(big.NewInt(1)))
	e.Reverts(err, "Jailed")
	// The owner links it to a fresh operator.
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackTransferFrom(owner.Addr, next.Addr, big.NewInt(1)))
	registerAgent(e, next, 1, te.Ether(1))
	wantLink(t, e, 1, next.Addr, true)
}

// A transfer makes the old link stale (it keeps its stake; only the link is
// in question), no outsider can take it, and the new owner takes it over:
// with a new operator, or with linkAgent when it already runs one (which
// gives up its previous identity). Transferred back, the old link is valid
// again.
func TestAgentLinkTransfer(t *testing.T) {
	e := te.New(t, 5, nil)
	defer e.Close()
	a, b, c, d, x := e.Users[0], e.Users[1], e.Users[2], e.Users[3], e.Users[4]
	one := big.NewInt(1)
	e.Must(a, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent.json"))
	opA, _ := registerAgent(e, a, 1, te.Ether(1))

	e.Must(a, e.Identity, nil, e.IdentityABI.PackTransferFrom(a.Addr, b.Addr, one))
	wantLink(t, e, 1, a.Addr, false)
	if s := nextStakeOf(e, opA); s.Cmp(te.Ether(1)) != 0 {
		t.Fatalf("stake of the operator whose link went stale: %v", s)
	}
	_, err := e.Send(x, e.Staking, te.Ether(1), e.RegisterArgs(x.Addr, e.NewConsensusKey(), 1, 1))
	e.Reverts(err, "NotAgentOwner")
	_, r := registerAgent(e, b, 1, te.Ether(1))
	wantEvents(t, e, r, linkEvent{false, 1, a.Addr, unlinkStale}, linkEvent{true, 1, b.Addr, 0})
	wantLink(t, e, 1, b.Addr, true)
	if got := operatorAgentID(e, a.Addr); got != 0 {
		t.Fatalf("old operator records identity %d", got)
	}
	// The old owner no longer controls it.
	_, err = e.Send(a, e.Staking, nil, e.StakingABI.PackLinkAgent(one))
	e.Reverts(err, "NotAgentOwner")

	// The new owner already runs an agent operator (identity 2).
	e.Must(c, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://c.json"))
	registerAgent(e, c, 2, te.Ether(1))
	e.Must(b, e.Identity, nil, e.IdentityABI.PackTransferFrom(b.Addr, c.Addr, one))
	r = e.Must(c, e.Staking, nil, e.StakingABI.PackLinkAgent(one))
	wantEvents(t, e, r, linkEvent{false, 2, c.Addr, unlinkRelinked}, linkEvent{false, 1, b.Addr, unlinkStale},
		linkEvent{true, 1, c.Addr, 0})
	wantLink(t, e, 1, c.Addr, true)
	wantLink(t, e, 2, common.Address{}, false)

	// Away and back: valid again, with nothing sent to the registry.
	e.Must(c, e.Identity, nil, e.IdentityABI.PackTransferFrom(c.Addr, d.Addr, one))
	wantLink(t, e, 1, c.Addr, false)
	e.Must(d, e.Identity, nil, e.IdentityABI.PackTransferFrom(d.Addr, c.Addr, one))
	wantLink(t, e, 1, c.Addr, true)
}
