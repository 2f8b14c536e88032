package node

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// TestReadOperatorsOnSimulatedL1: against the deployed contracts on a
// simulated L1, readOperators finds an agent operator (its ERC-8004 id and
// stake, and a reputation summary the ReputationRegistry accepts with the
// Slasher and NodeBounty as clients: none yet), a human one, and a signer
// with no registration.
func TestReadOperatorsOnSimulatedL1(t *testing.T) {
	e := te.New(t, 2, nil)
	id := bindings.NewAgentIdentityRegistry()
	agentOwner, humanOwner := e.Users[0], e.Users[1]
	e.Must(agentOwner, e.Identity, nil, id.PackRegister0("ipfs://agent.json", nil))
	agentID := te.Call(e, e.Identity, id.PackTotalAgents(), id.UnpackTotalAgents)
	k := e.NewConsensusKey()
	e.Must(agentOwner, e.Staking, te.Ether(2), e.RegisterArgs(agentOwner.Addr, k, 1, agentID.Int64()))
	agent := crypto.PubkeyToAddress(k.PublicKey)
	human := e.AddOperator(humanOwner, te.Ether(3))
	stranger := common.HexToAddress("0x5555")

	p := &consensus.L1Params{StakingRegistry: e.D.Staking, Slasher: e.D.Slasher, NodeBounty: e.D.NodeBounty, Reputation: e.D.Reputation}
	call := func(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
		return e.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	}
	active := []consensus.OperatorStatus{{Signer: agent, Power: 2e9}, {Signer: human.Signer, Power: 3e9}, {Signer: stranger, Power: 1e9}}
	res, err := readOperators(context.Background(), call, p, active, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, h, s := res.Operators[0], res.Operators[1], res.Operators[2]
	if a.Owner != agentOwner.Addr || a.Kind != "agent" || a.AgentID.ToInt().Cmp(agentID) != 0 || a.Bonded.ToInt().Cmp(te.Ether(2)) != 0 || a.Jailed {
		t.Fatalf("agent %+v", a)
	}
	if a.Reputation == nil || a.Reputation.Error != "" || a.Reputation.Count != 0 || a.Reputation.Value != "0" {
		t.Fatalf("agent reputation %+v", a.Reputation)
	}
	if h.Owner != humanOwner.Addr || h.Kind != "human" || h.AgentID.ToInt().Sign() != 0 || h.Bonded.ToInt().Cmp(big.NewInt(0).Set(te.Ether(3))) != 0 || h.Reputation != nil {
		t.Fatalf("human %+v", h)
	}
	if s.Owner != (common.Address{}) || s.Kind != "" || s.Bonded != nil {
		t.Fatalf("unregistered signer %+v", s)
	}
}

// TestReadQueuesOnSimulatedL1: a deposit queued on the simulated L1 is the
// oldest waiting, with the block's time and that plus depositDeadline.
func TestReadQueuesOnSimulatedL1(t *testing.T) {
	e := te.New(t, 1, nil)
	r := e.Deposit(e.Users[0], te.L2Key(1), 1e9)
	hdr, err := e.Client.HeaderByNumber(context.Background(), r.BlockNumber)
	if err != nil {
		t.Fatal(err)
	}
	call := func(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
		return e.Client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	}
	res, err := readQueues(context.Background(), call, e.D.Rollup, QueueResult{Next: 0, Waiting: 1}, QueueResult{})
	if err != nil {
		t.Fatal(err)
	}
	if res.DeadlineSeconds != e.Cfg.DepositDeadline || res.Deposits.OldestQueuedAt != hdr.Time || res.Deposits.Deadline != hdr.Time+e.Cfg.DepositDeadline ||
		res.ForcedExits.Deadline != 0 {
		t.Fatalf("%+v (block time %d, deadline %d)", res, hdr.Time, e.Cfg.DepositDeadline)
	}
}
