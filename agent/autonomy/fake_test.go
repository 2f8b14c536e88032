package autonomy

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/agent"
)

// fakeClock is a settable clock.
type fakeClock struct{ now time.Time }

func (c *fakeClock) Now() time.Time { return c.now }
func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	c.now = c.now.Add(d)
	ch := make(chan time.Time, 1)
	ch <- c.now
	return ch
}

// fakeChain is an SDK over an in-memory NodeBounty, operator registry and
// reputation registry.
type fakeChain struct {
	self       common.Address
	clock      *fakeClock
	validators int
	gasPrice   *big.Int
	nextBatch  uint64
	finalized  uint64
	bounties   map[uint64]*agent.Bounty
	seats      map[uint64]*agent.BountySeat // self's seats
	op         agent.OperatorStatus
	reputation map[string]*agent.ReputationSummary
	calls      []string
	fail       map[string]error
	txs        int
	noRollup   bool
	identities map[string]common.Address // ERC-8004 identities by id: owner
	agentURIs  []string
	l2Balance  *big.Int                 // wei
	services   map[string]*PaidResponse // by URL
}

func wei(eth string) *big.Int {
	v, err := agent.ParseAmount(eth)
	if err != nil {
		panic(err)
	}
	return v
}

func newFakeChain(self common.Address, clock *fakeClock) *fakeChain {
	return &fakeChain{self: self, clock: clock, validators: 4, gasPrice: big.NewInt(10e9), nextBatch: 10, finalized: 10,
		bounties: map[uint64]*agent.Bounty{}, seats: map[uint64]*agent.BountySeat{}, reputation: map[string]*agent.ReputationSummary{},
		fail: map[string]error{}, op: agent.OperatorStatus{Owner: self, Bonded: new(big.Int)}}
}

func (f *fakeChain) call(name string, id uint64) error {
	f.calls = append(f.calls, fmt.Sprintf("%s %d", name, id))
	return f.fail[name]
}

func (f *fakeChain) tx() agent.L1Tx {
	f.txs++
	return agent.L1Tx{Hash: common.BigToHash(big.NewInt(int64(f.txs))), FeeWei: new(big.Int).Mul(f.gasPrice, big.NewInt(100_000))}
}

func (f *fakeChain) Address() common.Address { return f.self }
func (f *fakeChain) Status(context.Context) (*agent.NodeStatus, error) {
	if f.noRollup {
		return &agent.NodeStatus{}, nil
	}
	return &agent.NodeStatus{Rollup: &agent.RollupStatus{Validators: f.validators, NextBatch: f.nextBatch},
		L1: &agent.L1Status{FinalizedCount: f.finalized}}, nil
}
func (f *fakeChain) GasPrice(context.Context) (*big.Int, error) {
	return new(big.Int).Set(f.gasPrice), nil
}
func (f *fakeChain) Bounties(_ context.Context, before uint64, limit int) ([]agent.Bounty, uint64, error) {
	var ids []uint64
	for id := range f.bounties {
		if before == 0 || id < before {
			ids = append(ids, id)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] > ids[j] })
	var out []agent.Bounty
	for i, id := range ids {
		if i == limit {
			return out, id + 1, nil
		}
		b := *f.bounties[id]
		b.Open = !b.End.IsZero() && f.clock.now.Before(b.End) && b.Taken < b.Seats
		if s := f.seats[id]; s != nil {
			c := *s
			b.Seat = &c
		}
		out = append(out, b)
	}
	return out, 0, nil
}

func (f *fakeChain) PostBounty(_ context.Context, t agent.BountyTerms) (*agent.BountyPosted, error) {
	id := uint64(len(f.bounties) + 1)
	if err := f.call("post", id); err != nil {
		return nil, err
	}
	f.bounties[id] = &agent.Bounty{ID: id, Poster: f.self, AgentID: t.AgentID, RewardPerBatch: t.RewardPerBatch, MinStake: t.MinStake,
		Seats: t.Seats, Kind: t.Kind, Start: f.clock.now, End: t.End, NoticePeriod: uint64(t.NoticePeriod / time.Second),
		Escrow: t.Escrow, Remaining: new(big.Int).Set(t.Escrow), Reclaimable: new(big.Int), Reputation: t.Reputation}
	return &agent.BountyPosted{L1Tx: f.tx(), ID: id, Start: f.clock.now, End: t.End}, nil
}

func (f *fakeChain) CancelBounty(_ context.Context, id uint64) (*agent.BountyCancelled, error) {
	if err := f.call("cancel", id); err != nil {
		return nil, err
	}
	b := f.bounties[id]
	b.Cancelled = true
	if end := f.clock.now.Add(time.Duration(b.NoticePeriod) * time.Second); end.Before(b.End) {
		b.End = end
	}
	b.RefundableAt = b.End.Add(time.Hour)
	b.Reclaimable = new(big.Int).Set(b.Remaining)
	return &agent.BountyCancelled{L1Tx: f.tx(), End: b.End}, nil
}

func (f *fakeChain) RefundBounty(_ context.Context, id uint64) (*agent.WithdrawResult, error) {
	if err := f.call("refund", id); err != nil {
		return nil, err
	}
	b := f.bounties[id]
	amt := b.Reclaimable
	b.Reclaimable, b.Remaining = new(big.Int), new(big.Int)
	return &agent.WithdrawResult{L1Tx: f.tx(), Amount: amt}, nil
}

func (f *fakeChain) JoinBounty(_ context.Context, id uint64) (*agent.L1Tx, error) {
	if err := f.call("join", id); err != nil {
		return nil, err
	}
	b := f.bounties[id]
	b.Taken++
	f.seats[id] = &agent.BountySeat{Operator: f.self, JoinedAt: f.clock.now, Owed: new(big.Int), Earned: new(big.Int)}
	t := f.tx()
	return &t, nil
}

func (f *fakeChain) LeaveBounty(_ context.Context, id uint64) (*agent.L1Tx, error) {
	if err := f.call("leave", id); err != nil {
		return nil, err
	}
	f.bounties[id].Taken--
	now := f.clock.now
	f.seats[id].LeftAt = &now
	t := f.tx()
	return &t, nil
}

func (f *fakeChain) WithdrawBounty(_ context.Context, id uint64) (*agent.WithdrawResult, error) {
	if err := f.call("withdraw", id); err != nil {
		return nil, err
	}
	s := f.seats[id]
	amt := s.Owed
	s.Owed = new(big.Int)
	return &agent.WithdrawResult{L1Tx: f.tx(), Amount: amt}, nil
}

func (f *fakeChain) PreviewBountyClaim(_ context.Context, id, batch uint64) (int, *big.Int, error) {
	if f.seats[id] == nil {
		return 0, new(big.Int), nil
	}
	return 1, f.bounties[id].RewardPerBatch, nil
}

func (f *fakeChain) ClaimBounty(_ context.Context, id, batch uint64) (*agent.BountyClaim, error) {
	if err := f.call("claim", id); err != nil {
		return nil, err
	}
	b := f.bounties[id]
	b.Remaining.Sub(b.Remaining, b.RewardPerBatch)
	f.seats[id].Owed.Add(f.seats[id].Owed, b.RewardPerBatch)
	return &agent.BountyClaim{L1Tx: f.tx(), BountyID: id, Batch: batch, Share: b.RewardPerBatch}, nil
}

func (f *fakeChain) OperatorStatus(context.Context, common.Address) (*agent.OperatorStatus, error) {
	if f.op.UnbondingEnd != nil && !f.clock.now.Before(*f.op.UnbondingEnd) && f.op.Unbonding != nil && f.op.Unbonding.Sign() > 0 {
		f.op.Withdrawable, f.op.Unbonding, f.op.UnbondingEnd = f.op.Unbonding, new(big.Int), nil
	}
	st := f.op
	st.Bonded = new(big.Int).Set(f.op.Bonded)
	return &st, nil
}

func (f *fakeChain) AddStake(_ context.Context, w *big.Int) (*agent.OperatorResult, error) {
	if err := f.call("stake", 0); err != nil {
		return nil, err
	}
	f.op.Bonded.Add(f.op.Bonded, w)
	return &agent.OperatorResult{L1Tx: f.tx(), Bonded: new(big.Int).Set(f.op.Bonded)}, nil
}

func (f *fakeChain) RequestUnbond(_ context.Context, w *big.Int) (*agent.UnbondResult, error) {
	if err := f.call("unbond", 0); err != nil {
		return nil, err
	}
	f.op.Bonded.Sub(f.op.Bonded, w)
	f.op.Unbonding = new(big.Int).Set(w)
	end := f.clock.now.Add(time.Hour)
	f.op.UnbondingEnd = &end
	return &agent.UnbondResult{L1Tx: f.tx(), Amount: w, Unbonding: w, UnbondingEnd: end, Bonded: new(big.Int).Set(f.op.Bonded)}, nil
}

func (f *fakeChain) WithdrawStake(context.Context) (*agent.WithdrawResult, error) {
	if err := f.call("unstake", 0); err != nil {
		return nil, err
	}
	amt := f.op.Withdrawable
	f.op.Withdrawable = new(big.Int)
	return &agent.WithdrawResult{L1Tx: f.tx(), Amount: amt}, nil
}

func (f *fakeChain) Reputation(_ context.Context, id *big.Int, _ []common.Address, _, _ string) (*agent.ReputationSummary, error) {
	if r := f.reputation[id.String()]; r != nil {
		return r, nil
	}
	return &agent.ReputationSummary{AgentID: id, Value: new(big.Int)}, nil
}

func (f *fakeChain) Contracts(context.Context) (*agent.Contracts, error) {
	return &agent.Contracts{Reputation: common.HexToAddress("0x4444"), Slasher: common.HexToAddress("0x5555"), NodeBounty: common.HexToAddress("0x6666")}, nil
}

func (f *fakeChain) RegisterAgent(_ context.Context, uri string) (*agent.AgentRegistered, error) {
	if err := f.call("identity", 0); err != nil {
		return nil, err
	}
	if f.identities == nil {
		f.identities = map[string]common.Address{}
	}
	id := big.NewInt(int64(len(f.identities) + 1))
	f.identities[id.String()] = f.self
	f.agentURIs = append(f.agentURIs, uri)
	return &agent.AgentRegistered{L1Tx: f.tx(), AgentID: id, Owner: f.self, URI: uri, Registry: "eip155:1337:0x7777"}, nil
}

func (f *fakeChain) Agent(_ context.Context, id *big.Int) (*agent.AgentIdentity, error) {
	owner, ok := f.identities[id.String()]
	if !ok {
		return nil, fmt.Errorf("no identity %s", id)
	}
	return &agent.AgentIdentity{AgentID: id, Owner: owner}, nil
}

func (f *fakeChain) RegisterOperator(_ context.Context, r agent.OperatorRegistration) (*agent.OperatorResult, error) {
	if err := f.call("register", 0); err != nil {
		return nil, err
	}
	if f.op.Registered {
		return nil, errors.New("already registered")
	}
	f.op.Registered, f.op.Kind, f.op.AgentID = true, r.Kind, r.AgentID
	f.op.Signer = agent.ConsensusSigner(r.ConsensusKey)
	f.op.Bonded = new(big.Int).Set(r.Stake)
	return &agent.OperatorResult{L1Tx: f.tx(), Owner: f.self, Signer: f.op.Signer, Bonded: new(big.Int).Set(r.Stake), EffectiveEpoch: 1}, nil
}

// count counts the calls named name.
func (f *fakeChain) count(name string) int {
	n := 0
	for _, c := range f.calls {
		if len(c) > len(name) && c[:len(name)+1] == name+" " {
			n++
		}
	}
	return n
}

// decisions reads the decision lines written to buf.
func decisions(t *testing.T, buf *bytes.Buffer) []Decision {
	t.Helper()
	var out []Decision
	sc := bufio.NewScanner(bytes.NewReader(buf.Bytes()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var d Decision
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("decision line %q: %v", sc.Text(), err)
		}
		if d.Inputs == nil && d.Kind != KindError {
			t.Fatalf("decision without inputs: %s", sc.Text())
		}
		if d.Reason == "" {
			t.Fatalf("decision without a reason: %s", sc.Text())
		}
		out = append(out, d)
	}
	return out
}

func ofKind(ds []Decision, kind string) []Decision {
	var out []Decision
	for _, d := range ds {
		if d.Kind == kind {
			out = append(out, d)
		}
	}
	return out
}

var errBoom = errors.New("boom")

func (f *fakeChain) L2Balance(context.Context) (*big.Int, error) {
	if err := f.fail["balance"]; err != nil {
		return nil, err
	}
	if f.l2Balance == nil {
		return new(big.Int), nil
	}
	return new(big.Int).Set(f.l2Balance), nil
}

func (f *fakeChain) Deposit(_ context.Context, wei *big.Int) (*agent.DepositResult, error) {
	if err := f.call("deposit", 0); err != nil {
		return nil, err
	}
	if f.l2Balance == nil {
		f.l2Balance = new(big.Int)
	}
	f.l2Balance.Add(f.l2Balance, wei)
	gwei := new(big.Int).Div(f.l2Balance, big.NewInt(1e9)).Uint64()
	return &agent.DepositResult{L1Tx: common.HexToHash("0xd0"), Balance: gwei, Sent: f.clock.now, Credited: f.clock.now.Add(3 * time.Second)}, nil
}

func (f *fakeChain) PaidGet(_ context.Context, url string) (*PaidResponse, error) {
	if err := f.call("x402", 0); err != nil {
		return nil, err
	}
	r, ok := f.services[url]
	if !ok {
		return &PaidResponse{Status: 404}, nil
	}
	if r.PaidGwei > 0 {
		paid := new(big.Int).Mul(new(big.Int).SetUint64(r.PaidGwei), big.NewInt(1e9))
		f.l2Balance.Sub(f.l2Balance, paid)
	}
	cp := *r
	return &cp, nil
}
