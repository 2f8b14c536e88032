package contracts_test

import (
	"math/big"
	"testing"

	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmtsecp "github.com/cometbft/cometbft/crypto/secp256k1"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// TestSlashRecordedAsReputation: every slash of an agent operator becomes
// protocol-sourced feedback in the ReputationRegistry, with the Slasher as
// client: tag1 "slashed", tag2 the evidence kind, value minus the share
// slashed (2 decimals), feedbackHash the evidence key. A human operator's
// slash records nothing, and a reporter cannot starve the record.
func TestSlashRecordedAsReputation(t *testing.T) {
	e := te.New(t, 6, nil) // SlashBps 10%
	defer e.Close()
	rep := bindings.NewReputationRegistry()
	rc := rep.Instance(e.Client, e.D.Reputation)
	owner, human, reporter := e.Users[0], e.Users[1], e.Users[2]
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent.json"))
	agentOp, _ := registerAgent(e, owner, 1, te.Ether(2))
	humanOp := e.AddOperator(human, te.Ether(2))
	e.NextEpoch()
	summary := func(tag2 string) bindings.GetSummaryOutput {
		return te.Call(e, rc, rep.PackGetSummary(big.NewInt(1), []common.Address{e.D.Slasher}, "slashed", tag2), rep.UnpackGetSummary)
	}

	// Starved: enough gas for the slash but not for the record.
	a, b, sa, sb := equivocation(e, agentOp, 4)
	data := e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb)
	slasher := e.D.Slasher
	_, err := e.Client.CallContract(e.Ctx, ethereum.CallMsg{From: reporter.Addr, To: &slasher, Gas: 300_000, Data: data}, nil)
	e.Reverts(err, "InsufficientGas")
	if got := summary(""); got.Count != 0 {
		t.Fatalf("a reverted slash left feedback %+v", got)
	}

	r := e.Must(reporter, e.Slasher, nil, data)
	got := summary("equivocation")
	if got.Count != 1 || got.SummaryValue.Int64() != -1000 || got.SummaryValueDecimals != 2 {
		t.Fatalf("after an equivocation slash: %+v", got)
	}
	fb := te.Call(e, rc, rep.PackReadFeedback(big.NewInt(1), e.D.Slasher, 1), rep.UnpackReadFeedback)
	if fb.Tag1 != "slashed" || fb.Tag2 != "equivocation" || fb.IsRevoked {
		t.Fatalf("feedback %+v", fb)
	}
	t.Logf("submitEquivocation with the reputation record: %d gas", r.GasUsed)

	// A double vote by the same agent: a second entry, tagged as such.
	chain := contracts.CometChainID(e.Cfg.L2ChainID)
	ckey := cmtsecp.PrivKey(crypto.FromECDSA(agentOp.Key))
	addr := ckey.PubKey().Address()
	va := signRaw(t, ckey, chain, vote(addr, cmtproto.PrecommitType, 9, 0, blockID("a")))
	vb := signRaw(t, ckey, chain, vote(addr, cmtproto.PrecommitType, 9, 0, blockID("b")))
	dv, err := contracts.DoubleVoteFromVotes(chain, va, vb)
	if err != nil {
		t.Fatal(err)
	}
	e.Must(reporter, e.Slasher, nil, e.SlasherABI.PackSubmitDoubleVote(dv.VoteA, dv.SigA, dv.VoteB, dv.SigB))
	if got := summary("double-vote"); got.Count != 1 {
		t.Fatalf("after a double vote: %+v", got)
	}
	if got := summary(""); got.Count != 2 {
		t.Fatalf("all slashes of agent 1: %+v", got)
	}

	// A human operator: slashed, nothing recorded anywhere.
	ha, hb, hsa, hsb := equivocation(e, humanOp, 5)
	e.Must(reporter, e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, ha, hsa, hb, hsb))
	clients, err := bind.Call(rc, nil, rep.PackGetClients(big.NewInt(1)), rep.UnpackGetClients)
	if err != nil || len(clients) != 1 || clients[0] != e.D.Slasher {
		t.Fatalf("clients of agent 1: %v %v", clients, err)
	}
}
