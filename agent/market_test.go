package agent

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// Tests of the operator-market half of the Client on go-ethereum's
// simulated backend with every contract deployed (internal/testenv): each
// operation against the real contracts, and the refusals a user meets,
// which must come back as this package's errors naming the contract's
// custom error. A small fake node answers the JSON-RPC the Client asks
// (mycel_status, mycel_bounties, mycel_rollupStatus); a block is sealed at
// each transaction the Client sends.

// marketEnv is a simulated L1 with the contracts and a fake node.
type marketEnv struct {
	*te.Env
	t    *testing.T
	node *marketNode
	url  string
}

// marketNode is the node's JSON-RPC as the market Client uses it.
type marketNode struct {
	chainID    uint64
	mu         sync.Mutex
	nodeBounty common.Address // zero: the node names none
	operators  []map[string]any
}

type marketAPI struct{ n *marketNode }

func (a *marketAPI) Status() rpcStatus { return rpcStatus{ChainID: a.n.chainID, Height: 1} }

func (a *marketAPI) Bounties() (map[string]any, error) {
	a.n.mu.Lock()
	defer a.n.mu.Unlock()
	if a.n.nodeBounty == (common.Address{}) {
		return nil, &fakeErr{-32006, "the genesis names no NodeBounty contract"}
	}
	return map[string]any{"node_bounty": a.n.nodeBounty, "count": 0, "bounties": []any{}}, nil
}

func (a *marketAPI) RollupStatus() map[string]any {
	a.n.mu.Lock()
	defer a.n.mu.Unlock()
	return map[string]any{"next_batch": 0, "operators": a.n.operators}
}

const bountyClaimPeriod = 4000

func newMarketEnv(t *testing.T, users int, mod ...func(*contracts.Config)) *marketEnv {
	t.Helper()
	e := te.New(t, users, func(c *contracts.Config) {
		c.BountyClaimPeriod = bountyClaimPeriod
		for _, f := range mod {
			f(c)
		}
	})
	t.Cleanup(e.Close)
	m := &marketEnv{Env: e, t: t, node: &marketNode{chainID: e.Cfg.L2ChainID, nodeBounty: e.D.NodeBounty}}
	srv := rpc.NewServer()
	if err := srv.RegisterName("mycel", &marketAPI{m.node}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	m.url = hs.URL
	return m
}

// autoMine is the simulated backend's client sealing a block at each
// transaction sent: the chain's clock moves only when something happens
// (or the test advances it).
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

// client dials a Client whose L1 key is acct's.
func (m *marketEnv) client(acct te.Account, mod ...func(*Config)) *Client {
	m.t.Helper()
	cfg := Config{RPC: m.url, WS: "-", PollInterval: 5 * time.Millisecond, Rollup: m.D.Rollup, L1Backend: autoMine{m.Client, m.Sim}}
	for _, f := range mod {
		f(&cfg)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := Dial(ctx, cfg, Keys{L1: acct.Key})
	if err != nil {
		m.t.Fatal(err)
	}
	m.t.Cleanup(c.Close)
	return c
}

// registerIdentity registers an ERC-8004 identity for acct through the
// Client and returns its id.
func (m *marketEnv) registerIdentity(c *Client, uri string) *big.Int {
	m.t.Helper()
	r, err := c.RegisterAgent(testCtx(m.t), uri)
	if err != nil {
		m.t.Fatal(err)
	}
	return r.AgentID
}

func (m *marketEnv) now() time.Time {
	m.t.Helper()
	h, err := m.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		m.t.Fatal(err)
	}
	return time.Unix(int64(h.Time), 0)
}

// wantErr fails unless err matches kind and its text says each of says.
func wantErr(t *testing.T, err, kind error, says ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("succeeded, want %v", kind)
	}
	if !errors.Is(err, kind) {
		t.Fatalf("error %v, want %v", err, kind)
	}
	for _, s := range says {
		if !strings.Contains(err.Error(), s) {
			t.Fatalf("error %q does not say %q", err, s)
		}
	}
}

func consensusKey(t *testing.T, label string) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("agent market test " + label)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// TestMarketContracts: the Client finds the market's contracts from the
// Rollup, the StakingRegistry, the node and the NodeBounty, and refuses a
// NodeBounty of another deployment or names the one it lacks.
func TestMarketContracts(t *testing.T) {
	m := newMarketEnv(t, 2)
	ctx := testCtx(t)
	got, err := m.client(m.Users[0]).Contracts(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := Contracts{Rollup: m.D.Rollup, Staking: m.D.Staking, Identity: m.D.Identity, Reputation: m.D.Reputation, NodeBounty: m.D.NodeBounty, Slasher: m.D.Slasher}
	if *got != want {
		t.Fatalf("contracts %+v, want %+v", got, want)
	}
	// A NodeBounty address that is another contract: one without
	// rollup(), and the RewardPool, which names the same Rollup and
	// StakingRegistry.
	_, err = m.client(m.Users[0], func(c *Config) { c.NodeBounty = m.D.Identity }).Contracts(ctx)
	wantErr(t, err, ErrWrongChain, "does not answer rollup()")
	_, err = m.client(m.Users[0], func(c *Config) { c.NodeBounty = m.D.RewardPool }).Contracts(ctx)
	wantErr(t, err, ErrWrongChain, "not a NodeBounty")
	// A reputation registry of other agents.
	_, err = m.client(m.Users[0], func(c *Config) { c.Identity = m.D.Rollup }).Contracts(ctx)
	wantErr(t, err, ErrWrongChain, "rates the agents of identity registry")
	// A node whose genesis names no NodeBounty: staking works, bounties
	// say what to give.
	m.node.mu.Lock()
	m.node.nodeBounty = common.Address{}
	m.node.mu.Unlock()
	c := m.client(m.Users[1])
	if _, err := c.OperatorStatus(ctx, common.Address{}); err != nil {
		t.Fatal(err)
	}
	_, _, err = c.OpenBounties(ctx, 0, 10)
	wantErr(t, err, ErrNoContract, "Config.NodeBounty")
	// Without L1 nothing of the market works.
	l2only, err := Dial(ctx, Config{RPC: m.url, WS: "-"}, Keys{})
	if err != nil {
		t.Fatal(err)
	}
	defer l2only.Close()
	_, err = l2only.Contracts(ctx)
	wantErr(t, err, ErrNoL1)
}

// TestOperatorLifecycle: register (human and agent, with the proof of
// possession built from the consensus key), status, add stake, unbond,
// withdraw, and the refusals on the way.
func TestOperatorLifecycle(t *testing.T) {
	m := newMarketEnv(t, 4)
	ctx := testCtx(t)
	alice, bob := m.client(m.Users[0]), m.client(m.Users[1])
	minStake := m.Cfg.MinStake
	key := consensusKey(t, "alice")

	st, err := alice.OperatorStatus(ctx, common.Address{})
	if err != nil || st.Registered || st.MinStake.Cmp(minStake) != 0 {
		t.Fatalf("status before registering: %+v, %v", st, err)
	}
	_, err = alice.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorHuman, ConsensusKey: key, Stake: te.Gwei(1)})
	wantErr(t, err, ErrBelowMinimumStake, "the minimum is 1 ETH")
	_, err = alice.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorHuman, AgentID: big.NewInt(1), ConsensusKey: key, Stake: minStake})
	wantErr(t, err, ErrBadTerms, "human operator takes no agent id")
	_, err = alice.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorHuman, Stake: minStake})
	wantErr(t, err, ErrNoKey, "consensus key")
	_, err = alice.AddStake(ctx, te.Ether(1))
	wantErr(t, err, ErrNotRegistered, "NotRegistered")

	r, err := alice.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorHuman, ConsensusKey: key, Stake: te.Ether(2)})
	if err != nil {
		t.Fatal(err)
	}
	if r.Owner != m.Users[0].Addr || r.Signer != ConsensusSigner(key) || r.Bonded.Cmp(te.Ether(2)) != 0 || r.Hash == (common.Hash{}) {
		t.Fatalf("registered %+v", r)
	}
	// Registered again, or with a key another operator holds.
	_, err = alice.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorHuman, ConsensusKey: consensusKey(t, "other"), Stake: minStake})
	wantErr(t, err, ErrAlreadyRegistered, "AlreadyRegistered")
	_, err = bob.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorHuman, ConsensusKey: key, Stake: minStake})
	wantErr(t, err, ErrAlreadyRegistered, "KeyAlreadyRegistered")
	// An agent operator must control the identity it links.
	id := m.registerIdentity(alice, "https://alice.example/agent.json")
	_, err = bob.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorAgent, AgentID: id, ConsensusKey: consensusKey(t, "bob"), Stake: minStake})
	wantErr(t, err, ErrNotAgentController, "NotAgentOwner")

	m.node.mu.Lock()
	m.node.operators = []map[string]any{{"signer": ConsensusSigner(key), "power": 2_000_000_000}}
	m.node.mu.Unlock()
	st, err = alice.OperatorStatus(ctx, common.Address{})
	if err != nil {
		t.Fatal(err)
	}
	if !st.Registered || st.Kind != OperatorHuman || st.Signer != ConsensusSigner(key) || st.Bonded.Cmp(te.Ether(2)) != 0 ||
		st.StakeNow.Sign() != 0 || st.StakeNext.Cmp(te.Ether(2)) != 0 || st.L2Power == nil || *st.L2Power != 2_000_000_000 {
		t.Fatalf("status after registering: %+v", st)
	}
	m.NextEpoch()
	if st, _ = bob.OperatorStatus(ctx, m.Users[0].Addr); st.StakeNow.Cmp(te.Ether(2)) != 0 {
		t.Fatalf("stake in the next epoch: %+v", st)
	}

	add, err := alice.AddStake(ctx, te.Ether(3))
	if err != nil || add.Bonded.Cmp(te.Ether(5)) != 0 {
		t.Fatalf("add stake: %+v, %v", add, err)
	}
	_, err = alice.RequestUnbond(ctx, big.NewInt(0).Sub(te.Ether(5), te.Gwei(1)))
	wantErr(t, err, ErrBelowMinimumStake, "unbond everything")
	_, err = alice.RequestUnbond(ctx, te.Ether(6))
	wantErr(t, err, ErrAmountOutOfRange, "bonded")
	_, err = alice.WithdrawStake(ctx)
	wantErr(t, err, ErrNothingToWithdraw, "NothingToWithdraw")
	u, err := alice.RequestUnbond(ctx, te.Ether(4))
	if err != nil || u.Amount.Cmp(te.Ether(4)) != 0 || u.Bonded.Cmp(te.Ether(1)) != 0 || u.Unbonding.Cmp(te.Ether(4)) != 0 {
		t.Fatalf("unbond: %+v, %v", u, err)
	}
	_, err = alice.WithdrawStake(ctx)
	wantErr(t, err, ErrNothingToWithdraw, "UnbondingNotOver")
	m.Advance(m.Cfg.UnbondingDelay)
	st, _ = alice.OperatorStatus(ctx, common.Address{})
	if st.Withdrawable.Cmp(te.Ether(4)) != 0 || st.Unbonding.Sign() != 0 {
		t.Fatalf("status once the unbonding ended: %+v", st)
	}
	before := m.Balance(m.Users[0].Addr)
	w, err := alice.WithdrawStake(ctx)
	if err != nil || w.Amount.Cmp(te.Ether(4)) != 0 {
		t.Fatalf("withdraw: %+v, %v", w, err)
	}
	if got := new(big.Int).Sub(m.Balance(m.Users[0].Addr), before); got.Cmp(new(big.Int).Sub(te.Ether(4), w.FeeWei)) != 0 {
		t.Fatalf("the L1 balance grew by %s, want 4 ETH less the fee %s", got, w.FeeWei)
	}
	// Without the L1 key.
	ro, err := Dial(ctx, Config{RPC: m.url, WS: "-", Rollup: m.D.Rollup, L1Backend: m.Client}, Keys{Address: m.Users[0].Addr})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	_, err = ro.AddStake(ctx, te.Ether(1))
	wantErr(t, err, ErrNoKey)
}

// TestIdentityAndAgentWallet: an identity registered with its URI, its
// agentWallet set with the wallet key's EIP-712 approval, and the wallet
// (not the owner) registering the agent operator that links it.
func TestIdentityAndAgentWallet(t *testing.T) {
	m := newMarketEnv(t, 3)
	ctx := testCtx(t)
	owner, walletAcct, stranger := m.Users[0], m.Users[1], m.Users[2]
	oc, wc, sc := m.client(owner), m.client(walletAcct), m.client(stranger)

	reg, err := oc.RegisterAgent(ctx, "https://agent.example/registration.json")
	if err != nil {
		t.Fatal(err)
	}
	if reg.Owner != owner.Addr || reg.AgentID.Sign() <= 0 || reg.Registry != RegistryName(m.ChainID.Uint64(), m.D.Identity) {
		t.Fatalf("registered %+v", reg)
	}
	a, err := sc.Agent(ctx, reg.AgentID)
	if err != nil || a.Owner != owner.Addr || a.URI != "https://agent.example/registration.json" || a.Wallet != owner.Addr {
		t.Fatalf("agent %+v, %v", a, err)
	}
	_, err = oc.RegisterAgent(ctx, strings.Repeat("x", 3000))
	wantErr(t, err, ErrBadTerms, "at most 2048")
	// Only the owner updates the URI and the wallet.
	_, err = sc.SetAgentURI(ctx, reg.AgentID, "https://evil.example")
	wantErr(t, err, ErrNotAgentController, "NotOwnerNorApproved")
	if _, err := oc.SetAgentURI(ctx, reg.AgentID, "https://agent.example/v2.json"); err != nil {
		t.Fatal(err)
	}
	_, err = sc.SetAgentWallet(ctx, reg.AgentID, walletAcct.Key)
	wantErr(t, err, ErrNotAgentController, "owned by")
	// A signature for another owner, or past its deadline.
	now := uint64(m.now().Unix())
	bad, _ := SignAgentWallet(walletAcct.Key, m.ChainID, m.D.Identity, reg.AgentID, stranger.Addr, now+60)
	_, err = oc.SetAgentWalletSigned(ctx, bad)
	wantErr(t, err, ErrNotAgentController, "sign again")
	old, _ := SignAgentWallet(walletAcct.Key, m.ChainID, m.D.Identity, reg.AgentID, owner.Addr, now-1)
	_, err = oc.SetAgentWalletSigned(ctx, old)
	wantErr(t, err, ErrL1Reverted, "DeadlineExpired")

	if _, err := oc.SetAgentWallet(ctx, reg.AgentID, walletAcct.Key); err != nil {
		t.Fatal(err)
	}
	a, _ = sc.Agent(ctx, reg.AgentID)
	if a.Wallet != walletAcct.Addr || a.URI != "https://agent.example/v2.json" {
		t.Fatalf("agent after the updates %+v", a)
	}
	// The agentWallet controls the identity: it registers the operator.
	op, err := wc.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorAgent, AgentID: reg.AgentID, ConsensusKey: consensusKey(t, "agent"), Stake: m.Cfg.MinStake})
	if err != nil {
		t.Fatal(err)
	}
	st, err := sc.OperatorStatus(ctx, op.Owner)
	if err != nil || st.Kind != OperatorAgent || st.AgentID.Cmp(reg.AgentID) != 0 || !st.AgentLinkValid {
		t.Fatalf("agent operator %+v, %v", st, err)
	}
	_, err = wc.LinkAgent(ctx, reg.AgentID)
	wantErr(t, err, ErrAlreadyRegistered, "AgentAlreadyLinked")
}

// bountyOp is an operator registered through the Client, with what the
// testenv needs to sign batches for it.
type bountyOp struct {
	c  *Client
	op *te.Operator
}

func (m *marketEnv) operator(acct te.Account, kind OperatorKind, agentID *big.Int, stake *big.Int, label string) *bountyOp {
	m.t.Helper()
	c := m.client(acct)
	k := consensusKey(m.t, label)
	if _, err := c.RegisterOperator(testCtx(m.t), OperatorRegistration{Kind: kind, AgentID: agentID, ConsensusKey: k, Stake: stake}); err != nil {
		m.t.Fatal(err)
	}
	return &bountyOp{c: c, op: &te.Operator{Owner: acct, Key: k, Signer: ConsensusSigner(k), Stake: stake}}
}

// TestBountyLifecycle: an agent posts a bounty under its identity;
// operators join (and are refused for a full bounty, too little stake, the
// wrong kind); the list shows it; a finalized batch they signed is
// claimed with its certificate read from L1 and pays the seated signers,
// who withdraw; the poster cancels and, after the claim period, takes the
// rest back.
func TestBountyLifecycle(t *testing.T) {
	m := newMarketEnv(t, 6)
	ctx := testCtx(t)
	poster, anyone := m.client(m.Users[0]), m.client(m.Users[5])
	agentID := m.registerIdentity(poster, "https://poster.example/agent.json")
	h1 := m.operator(m.Users[1], OperatorHuman, nil, te.Ether(2), "h1")
	h2 := m.operator(m.Users[2], OperatorHuman, nil, te.Ether(1), "h2")
	h3 := m.operator(m.Users[3], OperatorHuman, nil, te.Ether(1), "h3")
	m.NextEpoch()

	end := m.now().Add(100_000 * time.Second)
	terms := BountyTerms{RewardPerBatch: te.Gwei(1_000_000), MinStake: te.Ether(2), Seats: 1, Kind: BountyHumans,
		End: end, NoticePeriod: 500 * time.Second, Escrow: te.Gwei(10_000_000), AgentID: agentID}
	// Refusals before anything is sent, and the contract's.
	bad := terms
	bad.Escrow = nil
	_, err := poster.PostBounty(ctx, bad)
	wantErr(t, err, ErrBadTerms, "escrow")
	bad = terms
	bad.End = m.now().Add(-time.Minute)
	_, err = poster.PostBounty(ctx, bad)
	wantErr(t, err, ErrBadTerms, "end")
	_, err = anyone.PostBounty(ctx, terms)
	wantErr(t, err, ErrNotAgentController, "NotAgentController")
	bad = terms
	bad.Reputation = &ReputationRequirement{Registry: m.D.Reputation, Clients: []common.Address{m.Users[4].Addr}}
	_, err = poster.PostBounty(ctx, bad)
	wantErr(t, err, ErrBadTerms, "BadReputationTerms")

	posted, err := poster.PostBounty(ctx, terms)
	if err != nil {
		t.Fatal(err)
	}
	if posted.ID != 1 || posted.End.Unix() != end.Unix() || posted.Start.IsZero() {
		t.Fatalf("posted %+v", posted)
	}
	_, err = h2.c.JoinBounty(ctx, posted.ID)
	wantErr(t, err, ErrNotQualified, "StakeTooLow(1000000000000000000, 2000000000000000000)")
	open, next, err := anyone.OpenBounties(ctx, 0, 10)
	if err != nil || len(open) != 1 || next != 0 || open[0].ID != 1 || open[0].Taken != 0 || open[0].Kind != BountyHumans ||
		open[0].AgentID.Cmp(agentID) != 0 || open[0].Escrow.Cmp(terms.Escrow) != 0 || open[0].Seat != nil {
		t.Fatalf("open bounties %+v next %d, %v", open, next, err)
	}
	if _, err := h1.c.JoinBounty(ctx, posted.ID); err != nil {
		t.Fatal(err)
	}
	_, err = h3.c.JoinBounty(ctx, posted.ID)
	wantErr(t, err, ErrSeatsFull, "SeatsFull")
	_, err = h1.c.JoinBounty(ctx, posted.ID)
	wantErr(t, err, ErrAlreadyRegistered, "AlreadySeated")
	// A full bounty is no longer open; the list of all still has it, with
	// the operator's seat.
	if open, _, err = anyone.OpenBounties(ctx, 0, 10); err != nil || len(open) != 0 {
		t.Fatalf("open bounties once full: %+v, %v", open, err)
	}
	all, _, err := h1.c.Bounties(ctx, 0, 10)
	if err != nil || len(all) != 1 || all[0].Taken != 1 || all[0].Open || all[0].Seat == nil || all[0].Seat.Operator != m.Users[1].Addr || all[0].Seat.LeftAt != nil {
		t.Fatalf("bounties seen by the operator: %+v, %v", all, err)
	}
	// A second bounty for agents only: a human is the wrong kind.
	agents := terms
	agents.Kind, agents.MinStake, agents.AgentID = BountyAgents, nil, nil
	p2, err := anyone.PostBounty(ctx, agents)
	if err != nil {
		t.Fatal(err)
	}
	_, err = h3.c.JoinBounty(ctx, p2.ID)
	wantErr(t, err, ErrNotQualified, "WrongKind")

	// Batch 0, signed by h1 and h2, committed and finalized.
	h := m.NextHeader(te.Root(1), 0, nil)
	m.CommitAndProve(m.Users[4], h, nil, sortedOps(h1.op, h2.op)...)
	cert, err := anyone.BatchCertificate(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if !cert.Finalized || len(cert.Signers) != 2 || cert.Stakes[indexOf(cert.Signers, h1.op.Signer)].Cmp(te.Ether(2)) != 0 {
		t.Fatalf("certificate %+v", cert)
	}
	payees, share, err := anyone.PreviewBountyClaim(ctx, posted.ID, 0)
	if err != nil || payees != 1 || share.Cmp(terms.RewardPerBatch) != 0 {
		t.Fatalf("preview: %d payees, share %v, %v", payees, share, err)
	}
	claim, err := anyone.ClaimBounty(ctx, posted.ID, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(claim.Operators) != 1 || claim.Operators[0] != m.Users[1].Addr || claim.Share.Cmp(terms.RewardPerBatch) != 0 {
		t.Fatalf("claim %+v", claim)
	}
	_, err = anyone.ClaimBounty(ctx, posted.ID, 0)
	wantErr(t, err, ErrAlreadyClaimed, "AlreadyClaimed")
	// Batches 1 and 2 committed in one commitBatches transaction (ADR
	// 026), not finalized: the certificate of the second is read out of it.
	h = m.NextHeader(te.Root(2), 0, nil)
	h2h := m.HeaderAfter(h, te.Root(3), 0, nil)
	m.Must(m.Users[4], m.Rollup, nil, m.CommitBatchesArgs([]bindings.BatchHeader{h, h2h}, [][]byte{nil, nil}, sortedOps(h1.op, h2.op)...))
	cert2, err := anyone.BatchCertificate(ctx, 2)
	if err != nil || cert2.Finalized || cert2.HeaderHash != contracts.HeaderHash(h2h) || len(cert2.Signers) != 2 {
		t.Fatalf("certificate of batch 2 (commitBatches): %+v, %v", cert2, err)
	}
	_, err = anyone.ClaimBounty(ctx, posted.ID, 1)
	wantErr(t, err, ErrNotFinalized, "not finalized")
	_, err = anyone.BatchCertificate(ctx, 7)
	wantErr(t, err, ErrNotFinalized, "not committed")

	// The seated operator withdraws its credit; the other has none.
	_, err = h2.c.WithdrawBounty(ctx, posted.ID)
	wantErr(t, err, ErrNotRegistered, "NotSeated")
	w, err := h1.c.WithdrawBounty(ctx, posted.ID)
	if err != nil || w.Amount.Cmp(terms.RewardPerBatch) != 0 {
		t.Fatalf("withdraw: %+v, %v", w, err)
	}
	_, err = h1.c.WithdrawBounty(ctx, posted.ID)
	wantErr(t, err, ErrNothingToWithdraw, "NothingToWithdraw")
	if _, err := h1.c.LeaveBounty(ctx, posted.ID); err != nil {
		t.Fatal(err)
	}
	seat, err := anyone.Seat(ctx, posted.ID, m.Users[1].Addr)
	if err != nil || seat == nil || seat.LeftAt == nil || seat.Earned.Cmp(terms.RewardPerBatch) != 0 || seat.Owed.Sign() != 0 {
		t.Fatalf("seat after leaving: %+v, %v", seat, err)
	}

	// Cancel: poster only; then the refund waits for the claim period.
	_, err = anyone.CancelBounty(ctx, posted.ID)
	wantErr(t, err, ErrNotAgentController, "NotPoster")
	cancelled, err := poster.CancelBounty(ctx, posted.ID)
	if err != nil || cancelled.End.After(m.now().Add(500*time.Second)) {
		t.Fatalf("cancel: %+v, %v", cancelled, err)
	}
	_, err = poster.CancelBounty(ctx, posted.ID)
	wantErr(t, err, ErrBountyOver, "AlreadyCancelled")
	_, err = poster.RefundBounty(ctx, posted.ID)
	wantErr(t, err, ErrNothingToWithdraw, "RefundNotYet")
	m.Advance(500 + bountyClaimPeriod + 1)
	ref, err := poster.RefundBounty(ctx, posted.ID)
	want := new(big.Int).Sub(terms.Escrow, terms.RewardPerBatch)
	if err != nil || ref.Amount.Cmp(want) != 0 {
		t.Fatalf("refund %+v (want %s), %v", ref, want, err)
	}
	_, err = h1.c.JoinBounty(ctx, posted.ID)
	wantErr(t, err, ErrBountyOver, "BountyOver")
	_, err = anyone.Bounty(ctx, 99)
	wantErr(t, err, ErrBountyOver, "no bounty 99")
}

// TestBountyUptime: claims of 16 finalized batches, one of which the
// agent operator did not sign, turned by ReportUptime into 'uptime'
// feedback for its identity from the NodeBounty: 93.75.
func TestBountyUptime(t *testing.T) {
	m := newMarketEnv(t, 5)
	ctx := testCtx(t)
	poster, anyone := m.client(m.Users[0]), m.client(m.Users[4])
	owner := m.client(m.Users[1])
	agentID := m.registerIdentity(owner, "https://operator.example/agent.json")
	ag := m.operator(m.Users[1], OperatorAgent, agentID, te.Ether(1), "uptime agent")
	h1 := m.operator(m.Users[2], OperatorHuman, nil, te.Ether(1), "uptime h1")
	h2 := m.operator(m.Users[3], OperatorHuman, nil, te.Ether(1), "uptime h2")
	m.NextEpoch()
	b, err := poster.PostBounty(ctx, BountyTerms{RewardPerBatch: te.Gwei(1000), Seats: 3, End: m.now().Add(100_000 * time.Second), Escrow: te.Ether(1)})
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range []*bountyOp{ag, h1} {
		if _, err := o.c.JoinBounty(ctx, b.ID); err != nil {
			t.Fatal(err)
		}
	}
	for i := uint64(0); i < 16; i++ {
		signers := sortedOps(ag.op, h1.op)
		if i == 5 {
			signers = sortedOps(h1.op, h2.op) // the agent missed batch 5
		}
		h := m.NextHeader(te.Root(100+i), 0, nil)
		m.CommitAndProve(m.Users[4], h, nil, signers...)
		if i == 14 {
			_, err := anyone.ReportUptime(ctx, b.ID, m.Users[1].Addr)
			wantErr(t, err, ErrL1Reverted, "SampleTooSmall(14, 16)", "report later")
		}
		if _, err := anyone.ClaimBounty(ctx, b.ID, i); err != nil {
			t.Fatal(err)
		}
	}
	seat, err := anyone.Seat(ctx, b.ID, m.Users[1].Addr)
	if err != nil || seat.PaidBatches != 15 || seat.UptimePaid != 15 || seat.UptimeClaimed != 16 {
		t.Fatalf("seat before the report: %+v, %v", seat, err)
	}
	if bo, err := anyone.Bounty(ctx, b.ID); err != nil || bo.Claims != 16 {
		t.Fatalf("bounty: %+v, %v", bo, err)
	}
	_, err = anyone.ReportUptime(ctx, b.ID, m.Users[2].Addr)
	wantErr(t, err, ErrNotQualified, "WrongKind")
	r, err := anyone.ReportUptime(ctx, b.ID, m.Users[1].Addr)
	if err != nil {
		t.Fatal(err)
	}
	if r.Paid != 15 || r.Claimed != 16 || r.Value.Int64() != 9375 || !r.Recorded || r.AgentID.Cmp(agentID) != 0 {
		t.Fatalf("report %+v", r)
	}
	s, err := anyone.Reputation(ctx, agentID, []common.Address{m.D.NodeBounty}, UptimeTag1, UptimeTag2)
	if err != nil || s.Count != 1 || s.String() != "93.75" {
		t.Fatalf("uptime reputation %+v (%s), %v", s, s, err)
	}
	if seat, _ = anyone.Seat(ctx, b.ID, m.Users[1].Addr); seat.UptimeClaimed != 0 {
		t.Fatalf("seat after the report: %+v", seat)
	}
}

func sortedOps(ops ...*te.Operator) []*te.Operator {
	out := append([]*te.Operator(nil), ops...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if strings.ToLower(out[j].Signer.Hex()) < strings.ToLower(out[i].Signer.Hex()) {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}

func indexOf(as []common.Address, a common.Address) int {
	for i, x := range as {
		if x == a {
			return i
		}
	}
	return -1
}

// TestReputationFeedback: feedback given and summarised, refused for the
// agent's own keys and out-of-range values.
func TestReputationFeedback(t *testing.T) {
	m := newMarketEnv(t, 3)
	ctx := testCtx(t)
	owner, c1, c2 := m.client(m.Users[0]), m.client(m.Users[1]), m.client(m.Users[2])
	id := m.registerIdentity(owner, "https://rated.example/agent.json")

	_, err := owner.GiveFeedback(ctx, id, Feedback{Value: big.NewInt(100)})
	wantErr(t, err, ErrNotAgentController, "SelfFeedback")
	_, err = c1.GiveFeedback(ctx, id, Feedback{Value: big.NewInt(1), Decimals: 19})
	wantErr(t, err, ErrBadTerms, "decimals")
	_, err = c1.GiveFeedback(ctx, id, Feedback{Value: big.NewInt(1), Tag1: strings.Repeat("t", 65)})
	wantErr(t, err, ErrBadTerms, "tags")
	_, err = c1.GiveFeedback(ctx, big.NewInt(42), Feedback{Value: big.NewInt(1)})
	wantErr(t, err, ErrL1Reverted, "UnknownAgent")

	v, d, err := ParseFixed("97.5")
	if err != nil || v.Int64() != 975 || d != 1 {
		t.Fatalf("ParseFixed 97.5: %v %d %v", v, d, err)
	}
	g, err := c1.GiveFeedback(ctx, id, Feedback{Value: v, Decimals: d, Tag1: "uptime"})
	if err != nil || g.Index != 1 || g.Client != m.Users[1].Addr {
		t.Fatalf("feedback %+v, %v", g, err)
	}
	if _, err := c2.GiveFeedback(ctx, id, Feedback{Value: big.NewInt(90), Tag1: "uptime"}); err != nil {
		t.Fatal(err)
	}
	if _, err := c2.GiveFeedback(ctx, id, Feedback{Value: big.NewInt(-5), Tag1: "latency"}); err != nil {
		t.Fatal(err)
	}
	s, err := owner.Reputation(ctx, id, nil, "uptime", "")
	if err != nil || s.Count != 2 || !s.AllClients || len(s.Clients) != 2 || s.String() != "93" {
		t.Fatalf("summary over all clients: %+v (%s), %v", s, s, err)
	}
	s, err = owner.Reputation(ctx, id, []common.Address{m.Users[2].Addr}, "", "")
	if err != nil || s.Count != 2 || s.AllClients || s.String() != "42" {
		t.Fatalf("summary of one client: %+v (%s), %v", s, s, err)
	}
	fb, err := owner.FeedbackOf(ctx, id, nil, "", "", false)
	if err != nil || len(fb) != 3 || fb[0].Client != m.Users[1].Addr || FormatFixed(fb[0].Value, fb[0].Decimals) != "97.5" || fb[2].Tag1 != "latency" {
		t.Fatalf("feedback %+v, %v", fb, err)
	}
	none := m.registerIdentity(owner, "")
	if s, err = c1.Reputation(ctx, none, nil, "", ""); err != nil || s.Count != 0 || s.String() != "-" {
		t.Fatalf("summary without feedback: %+v, %v", s, err)
	}
}

func TestFixedPoint(t *testing.T) {
	for _, tc := range []struct {
		in   string
		v    int64
		d    uint8
		back string
	}{{"97.5", 975, 1, "97.5"}, {"-3", -3, 0, "-3"}, {"0.25", 25, 2, "0.25"}, {"100.00", 10000, 2, "100"}, {".5", 5, 1, "0.5"}, {"-0.001", -1, 3, "-0.001"}} {
		v, d, err := ParseFixed(tc.in)
		if err != nil || v.Int64() != tc.v || d != tc.d || FormatFixed(v, d) != tc.back {
			t.Errorf("ParseFixed(%q) = %v, %d, %v; formatted %q", tc.in, v, d, err, FormatFixed(v, d))
		}
	}
	for _, bad := range []string{"", ".", "1e5", "abc", "1.2.3", "--1", "0." + strings.Repeat("1", 19), "1" + strings.Repeat("0", 39)} {
		if _, _, err := ParseFixed(bad); err == nil {
			t.Errorf("ParseFixed(%q) accepted", bad)
		}
	}
}

// TestAgentsDiscovery: agents listed from the Registered events, each
// with its registration file fetched over http(s) only (bounded in size,
// validated, redirects to other schemes refused), whether the file names
// the identity back, the operator it is linked to and its reputation.
func TestAgentsDiscovery(t *testing.T) {
	m := newMarketEnv(t, 4)
	ctx := testCtx(t)
	a, b, rater := m.client(m.Users[0]), m.client(m.Users[1]), m.client(m.Users[2])
	registry := RegistryName(m.ChainID.Uint64(), m.D.Identity)

	var mu sync.Mutex
	files := map[string][]byte{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/redirect-file":
			http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
			return
		case "/huge":
			w.Write([]byte(`{"type":"` + RegistrationType + `","name":"` + strings.Repeat("x", MaxRegistrationBytes) + `"}`))
			return
		}
		mu.Lock()
		body, ok := files[r.URL.Path]
		mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Write(body)
	}))
	defer srv.Close()

	// 1: a file that names the identity back; its owner runs an agent
	// operator linked to it.
	id1 := m.registerIdentity(a, srv.URL+"/a.json")
	f, err := NewNodeRegistration(NodeRegistration{Name: "agent a", RPC: "http://a.example:26657", AgentID: id1, IdentityChainID: m.ChainID.Uint64(), IdentityRegistry: m.D.Identity})
	if err != nil {
		t.Fatal(err)
	}
	body, _ := json.Marshal(f)
	mu.Lock()
	files["/a.json"] = body
	mu.Unlock()
	if _, err := a.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorAgent, AgentID: id1, ConsensusKey: consensusKey(t, "a"), Stake: m.Cfg.MinStake}); err != nil {
		t.Fatal(err)
	}
	if _, err := rater.GiveFeedback(ctx, id1, Feedback{Value: big.NewInt(80)}); err != nil {
		t.Fatal(err)
	}
	// 2-5: a file naming another identity, an ipfs URI, a redirect to
	// file://, an oversized file; 6: no URI.
	id2 := m.registerIdentity(b, srv.URL+"/a.json")
	id3 := m.registerIdentity(b, "ipfs://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi")
	id4 := m.registerIdentity(b, srv.URL+"/redirect-file")
	id5 := m.registerIdentity(b, srv.URL+"/huge")
	id6 := m.registerIdentity(b, "")

	page, err := rater.Agents(ctx, DiscoverOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if page.Total != 6 || len(page.Agents) != 6 || page.Next != nil {
		t.Fatalf("page: total %d, %d agents, next %v", page.Total, len(page.Agents), page.Next)
	}
	byID := map[int64]AgentListing{}
	for _, l := range page.Agents {
		byID[l.AgentID.Int64()] = l
	}
	l1 := byID[id1.Int64()]
	if l1.Owner != m.Users[0].Addr || l1.Registration == nil || l1.Registration.Name != "agent a" || !l1.RegistrationVerified ||
		l1.Operator == nil || l1.Operator.Owner != m.Users[0].Addr || !l1.Operator.AgentLinkValid || l1.Reputation == nil ||
		l1.Reputation.Count != 1 || l1.Reputation.String() != "80" || l1.RegisteredBlock == 0 {
		t.Fatalf("agent 1: %+v", l1)
	}
	if l := byID[id2.Int64()]; l.Registration == nil || l.RegistrationVerified || l.Operator != nil {
		t.Fatalf("agent 2 (a file naming another identity): %+v", l)
	}
	for id, says := range map[int64]string{id3.Int64(): "not an http(s) URL", id4.Int64(): "redirect to file", id5.Int64(): "bad ERC-8004 registration file", id6.Int64(): "no agent URI"} {
		if l := byID[id]; l.Registration != nil || !strings.Contains(l.RegistrationError, says) {
			t.Fatalf("agent %d: registration %+v, error %q, want it to say %q", id, l.Registration, l.RegistrationError, says)
		}
	}
	if !strings.Contains(registry, m.D.Identity.Hex()) {
		t.Fatal(registry)
	}
	// Pages, and a listing without the files.
	p1, err := rater.Agents(ctx, DiscoverOptions{Limit: 4, NoFetch: true})
	if err != nil || len(p1.Agents) != 4 || p1.Next == nil || p1.Next.Cmp(big.NewInt(4)) != 0 || p1.Agents[0].Registration != nil || p1.Agents[0].RegistrationError != "" {
		t.Fatalf("first page %+v, %v", p1, err)
	}
	p2, err := rater.Agents(ctx, DiscoverOptions{Limit: 4, After: p1.Next, NoFetch: true})
	if err != nil || len(p2.Agents) != 2 || p2.Next != nil || p2.Agents[0].AgentID.Int64() != 5 {
		t.Fatalf("second page %+v, %v", p2, err)
	}
	// Feedback from trusted clients only.
	p3, err := rater.Agents(ctx, DiscoverOptions{Limit: 1, NoFetch: true, ReputationClients: []common.Address{m.Users[3].Addr}})
	if err != nil || p3.Agents[0].Reputation.Count != 0 {
		t.Fatalf("summary of an untrusting reader: %+v, %v", p3.Agents[0].Reputation, err)
	}
	_, err = FetchRegistration(ctx, nil, "data:application/json,{}")
	wantErr(t, err, ErrNotHTTP)
}

// TestRevertArgs: the arguments of a custom error come with its name.
func TestRevertArgs(t *testing.T) {
	data := append(crypto.Keccak256([]byte("StakeTooLow(uint256,uint256)"))[:4], append(common.LeftPadBytes(big.NewInt(5).Bytes(), 32), common.LeftPadBytes(big.NewInt(7).Bytes(), 32)...)...)
	err := &revertDataErr{data: hexutil.Encode(data)}
	e := revertErrorIn(bountyRules, "bounty join", contracts.RevertName(err), err)
	wantErr(t, e, ErrNotQualified, "StakeTooLow(5, 7)", "add stake")
	if got := revertArgs(fmt.Errorf("plain")); got != "" {
		t.Fatalf("args of a plain error: %q", got)
	}
}

type revertDataErr struct{ data string }

func (e *revertDataErr) Error() string          { return "execution reverted" }
func (e *revertDataErr) ErrorCode() int         { return 3 }
func (e *revertDataErr) ErrorData() interface{} { return e.data }

// FuzzParseFixed: an accepted decimal is within the registry's bounds and
// formats back to the same value.
func FuzzParseFixed(f *testing.F) {
	for _, s := range []string{"97.5", "-3", ".25", "100.00", "0.000000000000000001", "1" + strings.Repeat("0", 38)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, d, err := ParseFixed(s)
		if err != nil {
			return
		}
		if d > MaxFeedbackDecimals || new(big.Int).Abs(v).Cmp(maxAbsFeedback) > 0 {
			t.Fatalf("%q: value %s with %d decimals out of bounds", s, v, d)
		}
		out := FormatFixed(v, d)
		v2, d2, err := ParseFixed(out)
		if err != nil {
			t.Fatalf("%q -> %q: %v", s, out, err)
		}
		// Equal as numbers: v / 10^d == v2 / 10^d2.
		a := new(big.Int).Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d2)), nil))
		b := new(big.Int).Mul(v2, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil))
		if a.Cmp(b) != 0 {
			t.Fatalf("%q -> %s/10^%d -> %q -> %s/10^%d", s, v, d, out, v2, d2)
		}
	})
}

// TestOperatorBLSKey: on a Rollup that takes BLS certificates the
// operator's registration also registers its node's BLS key (one more L1
// transaction, with a proof of possession bound to the L1 key), and
// RegisterBLSKey replaces it; on an ECDSA Rollup the key is ignored by
// RegisterOperator and RegisterBLSKey is refused.
func TestOperatorBLSKey(t *testing.T) {
	ctx := testCtx(t)
	m := newMarketEnv(t, 3, func(c *contracts.Config) { c.BLSCertificates = true })
	alice := m.client(m.Users[0])
	cs, err := alice.Contracts(ctx)
	if err != nil || cs.BLS != m.D.BLS {
		t.Fatalf("contracts %+v (%v): want the BLSRegistry %s", cs, err, m.D.BLS)
	}
	bk := m.NewBLSKey()
	r, err := alice.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorHuman, ConsensusKey: consensusKey(t, "alice"), Stake: te.Ether(2), BLSKey: bk})
	if err != nil {
		t.Fatal(err)
	}
	if r.BLSKeyTx == nil || r.BLSKeyTx.Hash == (common.Hash{}) {
		t.Fatalf("registered %+v: no BLS key transaction", r)
	}
	reg := bindings.NewBLSRegistry()
	keyOf := func() []byte {
		return te.Call(m.Env, m.At(m.D.BLS), reg.PackBlsKeyOf(m.Users[0].Addr), reg.UnpackBlsKeyOf)
	}
	pub := bk.PublicKey().Bytes()
	if !bytes.Equal(keyOf(), pub[:]) {
		t.Fatal("the BLSRegistry does not hold alice's BLS key")
	}
	// The same key again is refused by name; a new one replaces it.
	_, err = alice.RegisterBLSKey(ctx, bk)
	wantErr(t, err, ErrAlreadyRegistered, "BLSKeyAlreadyRegistered")
	bk2 := m.NewBLSKey()
	if _, err := alice.RegisterBLSKey(ctx, bk2); err != nil {
		t.Fatal(err)
	}
	pub2 := bk2.PublicKey().Bytes()
	if !bytes.Equal(keyOf(), pub2[:]) {
		t.Fatal("the BLS key was not replaced")
	}
	// A wallet without an operator cannot register one.
	_, err = m.client(m.Users[1]).RegisterBLSKey(ctx, m.NewBLSKey())
	wantErr(t, err, ErrNotRegistered, "NotRegistered")

	// An ECDSA Rollup: no BLSRegistry to speak of.
	e2 := newMarketEnv(t, 2)
	bob := e2.client(e2.Users[0])
	r, err = bob.RegisterOperator(ctx, OperatorRegistration{Kind: OperatorHuman, ConsensusKey: consensusKey(t, "bob"), Stake: te.Ether(2), BLSKey: e2.NewBLSKey()})
	if err != nil || r.BLSKeyTx != nil {
		t.Fatalf("ECDSA Rollup: %+v, %v: want the operator registered and no BLS key transaction", r, err)
	}
	_, err = bob.RegisterBLSKey(ctx, e2.NewBLSKey())
	wantErr(t, err, ErrNoContract, "ECDSA certificates")
}
