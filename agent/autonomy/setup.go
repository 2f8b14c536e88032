package autonomy

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
)

// Home is the operator's node home as the agent sets itself up from it:
// the consensus key it registers with and the ERC-8004 registration file
// its node serves. cmd/mycel implements it over the node package.
type Home interface {
	// ConsensusKey is the node's consensus key (it never leaves the
	// process: only its proof of possession goes to L1).
	ConsensusKey() (*ecdsa.PrivateKey, error)
	// BLSKey is the node's BLS key (ADR 031), registered with the operator
	// when the Rollup takes BLS certificates; nil with no error: none.
	BLSKey() (*minsig.SecretKey, error)
	// RegisteredAgentID is the identity the node's registration file
	// lists (nil: no file, or none listed).
	RegisteredAgentID() (*big.Int, error)
	// RegistrationURL is where others read the file: the node's public
	// JSON-RPC URL + agent.WellKnownRegistrationPath.
	RegistrationURL() string
	// WriteRegistration writes the file the node serves, naming the
	// identity agentID of registry (eip155:<chain>:<address>).
	WriteRegistration(name string, agentID *big.Int, registry string) error
}

// Nodes starts and stops the operator's validator process(es).
type Nodes interface {
	Running() bool
	Start()
	Stop()
}

// Setup decision kinds.
const (
	KindIdentity = "identity" // the operator registered its ERC-8004 identity
	KindRegister = "register" // the operator registered on L1 with its first stake
	KindSetup    = "setup"    // the agent created its node home
)

func init() {
	gasOf[KindIdentity] = 250_000
	gasOf[KindRegister] = 300_000
}

// Setup logs the creation of the node home (done before the node starts,
// outside the loop) as a decision line.
func (a *Agent) Setup(reason string, extra map[string]any) {
	a.log(Decision{Kind: KindSetup, Reason: reason, Extra: extra})
}

// register makes the L1 key an operator: an agent's ERC-8004 identity
// first (its URI the registration file the node serves, which then lists
// the identity back), then the StakingRegistry registration with the
// node's consensus key and operator.register_stake_eth. A restart finds
// the identity in the registration file (and checks it still owns it);
// a crash between the identity's transaction and the file costs one more
// identity, never a second registration (the registry has one operator
// per owner).
func (a *Agent) register(ctx context.Context, obs *Observation) {
	o := a.pol.Operator
	kind, _ := agent.ParseOperatorKind(o.Kind)
	var agentID *big.Int
	if kind == agent.OperatorAgent {
		if agentID = a.ownIdentity(ctx, obs); agentID == nil {
			return
		}
	}
	key, err := a.home.ConsensusKey()
	if err != nil {
		a.once("register", Decision{Kind: KindError, Action: KindRegister, Reason: "the node's consensus key", Error: err.Error(), Inputs: obs})
		return
	}
	blsKey, err := a.home.BLSKey()
	if err != nil {
		a.once("register", Decision{Kind: KindError, Action: KindRegister, Reason: "the node's BLS key", Error: err.Error(), Inputs: obs})
		return
	}
	if !a.afford(obs, KindRegister, 0, nil) {
		return
	}
	stake := o.RegisterStakeETH.Wei
	res, err := a.sdk.RegisterOperator(ctx, agent.OperatorRegistration{Kind: kind, AgentID: agentID, ConsensusKey: key, Stake: stake, BLSKey: blsKey})
	d := Decision{Kind: KindRegister, AmountWei: stake.String(), Inputs: obs,
		Reason: fmt.Sprintf("not an operator: registers as %s with operator.register_stake_eth %s and its node's consensus key", kind, o.RegisterStakeETH),
		Extra:  map[string]any{"signer": agent.ConsensusSigner(key).Hex()}}
	if agentID != nil {
		d.Extra["agent_id"] = agentID.String()
	}
	var tx *agent.L1Tx
	if res != nil {
		tx = &res.L1Tx
		a.paid(obs, tx)
		a.met.SpendETH.WithLabelValues("stake").Add(eth(stake))
		d.Extra["effective_epoch"] = res.EffectiveEpoch
	}
	a.acted(d, tx, err)
}

// ownIdentity returns the agent's ERC-8004 identity, registering it (and
// writing the registration file) when it has none.
func (a *Agent) ownIdentity(ctx context.Context, obs *Observation) *big.Int {
	if a.agentID != nil {
		return a.agentID
	}
	id, err := a.home.RegisteredAgentID()
	if err != nil {
		a.once("identity", Decision{Kind: KindError, Action: KindIdentity, Reason: "the node's registration file", Error: err.Error(), Inputs: obs})
		return nil
	}
	if id != nil {
		who, err := a.sdk.Agent(ctx, id)
		if err != nil {
			a.once("identity", Decision{Kind: KindError, Action: KindIdentity, Reason: fmt.Sprintf("identity %s of the registration file", id), Error: err.Error(), Inputs: obs})
			return nil
		}
		if who.Owner == a.self {
			a.agentID = id
			return id
		}
		// Not ours (any more): register one.
	}
	if !a.afford(obs, KindIdentity, 0, nil) {
		return nil
	}
	uri := a.home.RegistrationURL()
	res, err := a.sdk.RegisterAgent(ctx, uri)
	d := Decision{Kind: KindIdentity, Inputs: obs, Reason: "an agent operator links an ERC-8004 identity: registers one whose URI is its node's registration file",
		Extra: map[string]any{"agent_uri": uri}}
	var tx *agent.L1Tx
	if res != nil {
		tx = &res.L1Tx
		a.paid(obs, tx)
		d.Extra["agent_id"] = res.AgentID.String()
		d.Extra["agent_registry"] = res.Registry
	}
	a.acted(d, tx, err)
	if err != nil {
		return nil
	}
	name := a.pol.Operator.Name
	if err := a.home.WriteRegistration(name, res.AgentID, res.Registry); err != nil {
		a.once("identity", Decision{Kind: KindError, Action: KindIdentity, Reason: "write the registration file", Error: err.Error(), Inputs: obs})
		return nil
	}
	a.agentID = res.AgentID
	return res.AgentID
}

// superviseNode stops the node once the operator's stake has left the
// validator set and starts it again once it is bonded
// (operator.node.stop_when_unbonded).
func (a *Agent) superviseNode(obs *Observation) {
	n := a.pol.Operator.Node
	if a.nodes == nil || n == nil || n.StopWhenUnbonded == nil || !*n.StopWhenUnbonded {
		return
	}
	st := obs.operator
	if !st.Registered {
		return // syncing until it registers
	}
	zero := func(x *big.Int) bool { return x == nil || x.Sign() == 0 }
	out := zero(st.Bonded) && zero(st.StakeNow) && zero(st.StakeNext) && (st.L2Power == nil || *st.L2Power == 0)
	switch {
	case out && a.nodes.Running():
		why := "its stake has left the validator set (nothing bonded, no stake this epoch or the next, no L2 power)"
		if st.Jailed {
			why = "jailed: " + why
		}
		a.nodes.Stop()
		a.log(Decision{Kind: KindNode, Inputs: obs, Reason: "stops its node: " + why + " (operator.node.stop_when_unbonded)"})
	case !zero(st.Bonded) && !a.nodes.Running():
		a.nodes.Start()
		a.log(Decision{Kind: KindNode, Inputs: obs, Reason: "starts its node: the operator is bonded again"})
	}
}
