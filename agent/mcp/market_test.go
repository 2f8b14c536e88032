package mcp_test

import (
	"context"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/mcp"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// autoMine is the simulated L1 sealing a block at each transaction sent,
// and again while a receipt is awaited (a transaction the pool had not
// promoted yet).
type autoMine struct {
	simulated.Client
	sim *simulated.Backend
}

func (a autoMine) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := a.Client.SendTransaction(ctx, tx); err != nil {
		return err
	}
	a.sim.Commit()
	return nil
}

func (a autoMine) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	r, err := a.Client.TransactionReceipt(ctx, h)
	if errors.Is(err, ethereum.NotFound) {
		a.sim.Commit()
	}
	return r, err
}

// fakeNode answers what the market tools ask of the node.
type fakeNode struct{ chainID uint64 }

func (f fakeNode) Status() map[string]any {
	return map[string]any{"chain_id": f.chainID, "height": "0x1"}
}
func (f fakeNode) RollupStatus() map[string]any {
	return map[string]any{"next_batch": 0, "operators": []any{}}
}

// marketServer is an MCP server whose wallet's L1 key is acct's, on the
// simulated L1 of e.
func marketServer(t *testing.T, e *te.Env, nodeURL string, acct te.Account, mod func(*mcp.Config)) *harness {
	t.Helper()
	w := wallet{l2: te.L2PrivKey(1), l1: acct.Key}
	lb := &logBuffer{}
	cfg := mcp.Config{
		Node: agent.Config{RPC: nodeURL, WS: "-", PollInterval: 5 * time.Millisecond, Rollup: e.D.Rollup, L1Backend: autoMine{e.Client, e.Sim},
			NodeBounty: e.D.NodeBounty},
		Keys: agent.Keys{L2: w.l2, L1: w.l1},
		Log:  slogTo(lb),
	}
	if mod != nil {
		mod(&cfg)
	}
	srv, err := mcp.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	return connect(t, srv, lb)
}

// TestMarketTools drives the operator-market tools on a simulated L1 with
// every contract deployed: register an identity, stake and unbond the
// wallet's operator, post a bounty, list and join it, claim a finalized
// batch the operator signed, rate another agent; the spending limits on
// stake and escrow, dry runs, and the contracts' refusals as error
// results.
func TestMarketTools(t *testing.T) {
	e := te.New(t, 3, nil)
	t.Cleanup(e.Close)
	srv := rpc.NewServer()
	if err := srv.RegisterName("mycel", fakeNode{e.Cfg.L2ChainID}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	alice, bob := e.Users[0], e.Users[1]
	h := marketServer(t, e, hs.URL, alice, func(c *mcp.Config) { c.Limits = mcp.Limits{PerCall: te.Ether(2), PerHour: eth("2.5")} })

	// An identity for Alice.
	var id mcp.RegisterIdentityOut
	h.ok("register_identity", map[string]any{"agent_uri": "https://alice.example/agent.json"}, &id)
	if id.AgentID != 1 || id.Owner != alice.Addr.Hex() || id.Registry == "" || id.L1 == nil || id.L1.Hash == "" {
		t.Fatalf("register_identity %+v", id)
	}

	// No operator yet: stake says how to get one.
	h.fails("stake", map[string]any{"amount": "1"}, "no operator registered", "mycel operator register")
	op := e.AddOperator(alice, te.Ether(1))
	var st mcp.StakeOut
	h.ok("stake", map[string]any{"amount": "1"}, &st)
	if st.BondedETH != "2" || st.AmountETH != "1" || st.L1 == nil || st.EffectiveEpoch == 0 {
		t.Fatalf("stake %+v", st)
	}
	h.fails("stake", map[string]any{"amount": "2.5"}, "--max-per-call")
	h.fails("stake", map[string]any{"amount": "2"}, "--max-per-hour", "1 ETH was already spent")
	h.fails("unbond", map[string]any{"amount": "1.5"}, "below the minimum stake")
	h.ok("unbond", map[string]any{"amount": "1"}, &st)
	if st.BondedETH != "1" || st.UnbondingETH != "1" || st.UnbondingEnd == "" {
		t.Fatalf("unbond %+v", st)
	}

	// A bounty: over the limits, then within them.
	h.fails("post_bounty", map[string]any{"reward_per_batch": "0.01", "escrow": "2.5", "seats": 2, "ends_in": "72h"}, "--max-per-call")
	h.fails("post_bounty", map[string]any{"reward_per_batch": "0.01", "escrow": "0.5", "seats": 2}, "ends_in", "end")
	h.fails("post_bounty", map[string]any{"reward_per_batch": "0.01", "escrow": "0.5", "seats": 2, "ends_in": "soon"}, "positive duration")
	h.fails("post_bounty", map[string]any{"reward_per_batch": "0.01", "escrow": "0.5", "seats": 2, "ends_in": "1h", "kind": "robot"}, "kind")
	h.fails("post_bounty", map[string]any{"reward_per_batch": "0.01", "escrow": "0.5", "seats": 2, "ends_in": "1h", "agent_id": 7}, "NotAgentController")
	var pb mcp.PostBountyOut
	h.ok("post_bounty", map[string]any{"reward_per_batch": "0.01", "escrow": "0.5", "seats": 2, "ends_in": "72h", "agent_id": id.AgentID}, &pb)
	if pb.BountyID != 1 || pb.EscrowETH != "0.5" || pb.L1 == nil {
		t.Fatalf("post_bounty %+v", pb)
	}
	var lb mcp.ListBountiesOut
	h.ok("list_bounties", nil, &lb)
	if len(lb.Bounties) != 1 || lb.Bounties[0].ID != 1 || lb.Bounties[0].AgentID != id.AgentID || lb.Bounties[0].RewardPerBatchETH != "0.01" ||
		lb.Bounties[0].Seats != 2 || !lb.Bounties[0].Open || lb.Bounties[0].Seated || lb.Bounties[0].Kind != "any" {
		t.Fatalf("list_bounties %+v", lb)
	}
	h.fails("join_bounty", map[string]any{"bounty_id": 9}, "UnknownBounty")
	var jb mcp.JoinBountyOut
	h.ok("join_bounty", map[string]any{"bounty_id": 1}, &jb)
	if jb.L1 == nil {
		t.Fatalf("join_bounty %+v", jb)
	}
	h.fails("join_bounty", map[string]any{"bounty_id": 1}, "AlreadySeated")
	h.ok("list_bounties", map[string]any{"all": true}, &lb)
	if len(lb.Bounties) != 1 || !lb.Bounties[0].Seated || lb.Bounties[0].Taken != 1 {
		t.Fatalf("list_bounties all %+v", lb)
	}

	// Batch 0, signed by Alice's operator, committed and finalized: the
	// claim credits her seat. A dry run previews it first.
	e.NextEpoch()
	hdr := e.NextHeader(te.Root(1), 0, nil)
	e.CommitAndProve(bob, hdr, nil, op)
	dry := marketServer(t, e, hs.URL, alice, func(c *mcp.Config) { c.DryRun = true })
	var cb mcp.ClaimBountyOut
	dry.ok("claim_bounty", map[string]any{"bounty_id": 1, "batch": 0}, &cb)
	if !cb.DryRun || cb.Payees != 1 || cb.ShareETH != "0.01" || cb.L1 != nil {
		t.Fatalf("dry-run claim_bounty %+v", cb)
	}
	h.ok("claim_bounty", map[string]any{"bounty_id": 1, "batch": 0}, &cb)
	if cb.DryRun || cb.Payees != 1 || cb.ShareETH != "0.01" || len(cb.Operators) != 1 || cb.L1 == nil {
		t.Fatalf("claim_bounty %+v", cb)
	}
	h.fails("claim_bounty", map[string]any{"bounty_id": 1, "batch": 0}, "AlreadyClaimed")
	h.fails("claim_bounty", map[string]any{"bounty_id": 1, "batch": 5}, "batch")
	h.ok("list_bounties", map[string]any{"all": true}, &lb)
	if lb.Bounties[0].OwedETH != "0.01" {
		t.Fatalf("owed after the claim: %+v", lb.Bounties[0])
	}

	// Feedback: Bob registers an identity; Alice rates it, Bob may not.
	hb := marketServer(t, e, hs.URL, bob, nil)
	var bid mcp.RegisterIdentityOut
	hb.ok("register_identity", nil, &bid)
	hb.fails("give_feedback", map[string]any{"agent_id": bid.AgentID, "value": "100"}, "SelfFeedback")
	var fb mcp.GiveFeedbackOut
	h.ok("give_feedback", map[string]any{"agent_id": bid.AgentID, "value": "97.5", "tag1": "uptime"}, &fb)
	if fb.Index != 1 || fb.Value != "97.5" || fb.Client != alice.Addr.Hex() || fb.L1 == nil {
		t.Fatalf("give_feedback %+v", fb)
	}
	h.fails("give_feedback", map[string]any{"agent_id": bid.AgentID, "value": "a lot"}, "decimal number")
	rep, err := agentClient(t, e, hs.URL).Reputation(context.Background(), new(big.Int).SetUint64(bid.AgentID), nil, "uptime", "")
	if err != nil || rep.Count != 1 || rep.String() != "97.5" {
		t.Fatalf("reputation after the feedback: %+v, %v", rep, err)
	}

	// Dry runs send nothing.
	before := e.Balance(alice.Addr)
	dry.ok("stake", map[string]any{"amount": "1"}, &st)
	dry.ok("post_bounty", map[string]any{"reward_per_batch": "0.01", "escrow": "0.5", "seats": 1, "ends_in": "1h"}, &pb)
	dry.ok("give_feedback", map[string]any{"agent_id": bid.AgentID, "value": "1"}, &fb)
	var ri mcp.RegisterIdentityOut
	dry.ok("register_identity", nil, &ri)
	if !st.DryRun || !pb.DryRun || pb.BountyID != 0 || !fb.DryRun || fb.Index != 0 || !ri.DryRun || ri.AgentID != 0 {
		t.Fatalf("dry runs: %+v %+v %+v %+v", st, pb, fb, ri)
	}
	if after := e.Balance(alice.Addr); after.Cmp(before) != 0 {
		t.Fatalf("dry runs spent %s wei", new(big.Int).Sub(before, after))
	}
	h.noSecrets(hexKey(alice))
}

func agentClient(t *testing.T, e *te.Env, nodeURL string) *agent.Client {
	t.Helper()
	c, err := agent.Dial(context.Background(), agent.Config{RPC: nodeURL, WS: "-", Rollup: e.D.Rollup, L1Backend: autoMine{e.Client, e.Sim}, NodeBounty: e.D.NodeBounty}, agent.Keys{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func slogTo(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func hexKey(a te.Account) string { return hex.EncodeToString(crypto.FromECDSA(a.Key)) }
