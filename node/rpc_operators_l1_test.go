package node

import (
	"context"
	"math/big"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// TestReadOperatorsOnSimulatedL1: against the deployed contracts on a
// simulated L1, readOperators finds an agent operator (its ERC-8004 id and
// stake, a reputation summary the ReputationRegistry accepts with the
// Slasher and NodeBounty as clients: none yet, and its identity's URI,
// whose registration file, served over HTTP, gives mycel_operators the
// agent's name, verified against the identity registry), a human one, and
// a signer with no registration.
func TestReadOperatorsOnSimulatedL1(t *testing.T) {
	e := te.New(t, 2, nil)
	id := bindings.NewAgentIdentityRegistry()
	agentOwner, humanOwner := e.Users[0], e.Users[1]
	var agentID *big.Int
	var mu sync.Mutex
	files := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		w.Write(registrationJSON(t, "Recruiter One", agentID, e.ChainID.Uint64(), e.D.Identity))
	}))
	t.Cleanup(files.Close)
	e.Must(agentOwner, e.Identity, nil, id.PackRegister0(files.URL+"/agent.json", nil))
	mu.Lock()
	agentID = te.Call(e, e.Identity, id.PackTotalAgents(), id.UnpackTotalAgents)
	mu.Unlock()
	k := e.NewConsensusKey()
	e.Must(agentOwner, e.Staking, te.Ether(2), e.RegisterArgs(agentOwner.Addr, k, 1, agentID.Int64()))
	agent := crypto.PubkeyToAddress(k.PublicKey)
	human := e.AddOperator(humanOwner, te.Ether(3))
	stranger := common.HexToAddress("0x5555")

	p := &consensus.L1Params{ChainID: e.ChainID.Uint64(), StakingRegistry: e.D.Staking, Slasher: e.D.Slasher, NodeBounty: e.D.NodeBounty,
		Reputation: e.D.Reputation, Identity: e.D.Identity}
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
	if a.RegistrationURI != files.URL+"/agent.json" || h.RegistrationURI != "" || h.Registration != "" {
		t.Fatalf("registration URIs: agent %q, human %q %q", a.RegistrationURI, h.RegistrationURI, h.Registration)
	}
	full, err := completeOperators(context.Background(), res, &registrationNames{}, p, func(uint64) (*batch.Record, bool, error) { return nil, false, nil }, 0)
	if err != nil {
		t.Fatal(err)
	}
	if a := full.Operators[0]; a.Registration != RegistrationOK || a.Name != "Recruiter One" || !a.NameVerified || full.Operators[1].Name != "" {
		t.Fatalf("the agent's name from its registration file: %+v", a)
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
