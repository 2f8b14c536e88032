package contracts_test

import (
	"bytes"
	"fmt"
	"math/big"
	"math/rand"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// Tests of NodeBounty (issue 13), the operator market: bounties posted with
// escrow and terms, seats taken by qualifying operators, claims for
// finalized batches (real batches: committed with a certificate and proven
// through the test verifier) checked against the signers hash the Rollup
// stored, pull payments, cancellation with notice, refunds, and what a
// slash does to a seat.

// Operator kinds of a bounty's terms (NodeBounty.OperatorKind).
const (
	kindAny   = 0
	kindHuman = 1
	kindAgent = 2
)

// bountyEnv is a chain with six operators and NodeBounty deployed by
// DeployAll (claim period 4,000 s, proof window 3,000 s).
type bountyEnv struct {
	*te.Env
	t      *testing.T
	humans []*te.Operator // users 1-4: 1, 1, 1 and 2 ETH
	agents []*te.Operator // users 5 and 6: identities 1 and 2, 1 ETH each
	poster te.Account     // user 7
	anyone te.Account     // user 8: claims, commits and proves
	nb     *bind.BoundContract
	abi    *bindings.NodeBounty
	nroot  uint64
}

const bountyClaimPeriod = 4000

func newBountyEnv(t *testing.T) *bountyEnv {
	t.Helper()
	e := te.New(t, 12, func(c *contracts.Config) { c.BountyClaimPeriod = bountyClaimPeriod })
	t.Cleanup(e.Close)
	b := &bountyEnv{Env: e, t: t, poster: e.Users[7], anyone: e.Users[8]}
	for i, st := range []int64{1, 1, 1, 2} {
		b.humans = append(b.humans, e.AddOperator(e.Users[i+1], te.Ether(st)))
	}
	for i := 0; i < 2; i++ {
		u := e.Users[5+i]
		e.Must(u, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent"))
		op, _ := registerAgent(e, u, int64(i+1), te.Ether(1))
		b.agents = append(b.agents, op)
	}
	e.NextEpoch()
	b.abi = bindings.NewNodeBounty()
	b.nb = b.abi.Instance(e.Client, e.D.NodeBounty)
	return b
}

// all returns every operator (7 ETH of stake), or every one but those left out.
func (b *bountyEnv) all(except ...*te.Operator) []*te.Operator {
	var out []*te.Operator
	for _, o := range append(append([]*te.Operator(nil), b.humans...), b.agents...) {
		skip := false
		for _, x := range except {
			skip = skip || x == o
		}
		if !skip {
			out = append(out, o)
		}
	}
	return out
}

func (b *bountyEnv) now() uint64 {
	b.t.Helper()
	h, err := b.Client.HeaderByNumber(b.Ctx, nil)
	if err != nil {
		b.t.Fatal(err)
	}
	return h.Time
}

func u256(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// terms: reward wei per batch, seats, any operator, from now for 100,000 s,
// a notice period of 500 s, no reputation requirement.
func (b *bountyEnv) terms(reward *big.Int, seats uint32) bindings.NodeBountyTerms {
	return bindings.NodeBountyTerms{
		RewardPerBatch: reward, MinStake: new(big.Int), Seats: seats, Kind: kindAny,
		End: b.now() + 100_000, NoticePeriod: 500,
		Reputation: bindings.NodeBountyReputation{MinValue: new(big.Int)},
	}
}

// post posts a bounty from `from` and returns its id, checking BountyPosted.
func (b *bountyEnv) post(from te.Account, tm bindings.NodeBountyTerms, escrow *big.Int, agentID int64) uint64 {
	b.t.Helper()
	r := b.Must(from, b.nb, escrow, b.abi.PackPost(tm, big.NewInt(agentID)))
	ev := eventOf(b.t, r, b.D.NodeBounty, b.abi.UnpackBountyPostedEvent)
	if ev.Poster != from.Addr || ev.AgentId.Int64() != agentID || ev.Escrow.Cmp(escrow) != 0 ||
		ev.Terms.RewardPerBatch.Cmp(tm.RewardPerBatch) != 0 || ev.Terms.Seats != tm.Seats || ev.Terms.End != tm.End {
		b.t.Fatalf("BountyPosted %+v for terms %+v", ev, tm)
	}
	return ev.BountyId.Uint64()
}

func (b *bountyEnv) join(id uint64, op *te.Operator) *types.Receipt {
	b.t.Helper()
	r := b.Must(op.Owner, b.nb, nil, b.abi.PackJoin(u256(id)))
	ev := eventOf(b.t, r, b.D.NodeBounty, b.abi.UnpackSeatJoinedEvent)
	if ev.BountyId.Uint64() != id || ev.Operator != op.Owner.Addr || ev.Signer != op.Signer {
		b.t.Fatalf("SeatJoined %+v", ev)
	}
	return r
}

func (b *bountyEnv) tryJoin(id uint64, who te.Account) error {
	_, err := b.Send(who, b.nb, nil, b.abi.PackJoin(u256(id)))
	return err
}

// commit commits the next batch (no public data) certified by signers.
func (b *bountyEnv) commit(signers ...*te.Operator) bindings.BatchHeader {
	b.t.Helper()
	b.nroot++
	h := b.NextHeader(te.Root(b.nroot), 0, nil)
	b.Must(b.anyone, b.Rollup, nil, b.CommitArgs(h, nil, signers...))
	return h
}

func (b *bountyEnv) prove(h bindings.BatchHeader) {
	b.t.Helper()
	b.Must(b.anyone, b.Rollup, nil, b.ProveArgs(h))
}

// batch commits and finalizes the next batch certified by signers and
// returns its index.
func (b *bountyEnv) batch(signers ...*te.Operator) uint64 {
	b.t.Helper()
	h := b.commit(signers...)
	b.prove(h)
	return h.BatchIndex
}

func (b *bountyEnv) claimArgs(id, index uint64, signers ...*te.Operator) []byte {
	ss, st := certOrder(signers)
	return b.abi.PackClaim(u256(id), u256(index), b.HeaderHashOf(u256(index)), b.RecordOf(u256(index)), ss, st)
}

func (b *bountyEnv) claim(id, index uint64, signers ...*te.Operator) (*types.Receipt, error) {
	return b.Send(b.anyone, b.nb, nil, b.claimArgs(id, index, signers...))
}

// mustClaim claims and checks BatchClaimed: `paid` were paid `share` each.
func (b *bountyEnv) mustClaim(id, index uint64, signers []*te.Operator, share *big.Int, paid ...*te.Operator) {
	b.t.Helper()
	r := b.Must(b.anyone, b.nb, nil, b.claimArgs(id, index, signers...))
	ev := eventOf(b.t, r, b.D.NodeBounty, b.abi.UnpackBatchClaimedEvent)
	want := map[common.Address]bool{}
	for _, o := range paid {
		want[o.Owner.Addr] = true
	}
	got := map[common.Address]bool{}
	for _, a := range ev.Operators {
		got[a] = true
	}
	if ev.BountyId.Uint64() != id || ev.BatchIndex.Uint64() != index || ev.Share.Cmp(share) != 0 ||
		len(got) != len(want) || len(ev.Operators) != len(paid) {
		b.t.Fatalf("BatchClaimed %+v, want %d operators paid %v", ev, len(paid), share)
	}
	for a := range want {
		if !got[a] {
			b.t.Fatalf("BatchClaimed %+v does not pay %s", ev, a)
		}
	}
	if !te.Call(b.Env, b.nb, b.abi.PackIsClaimed(u256(id), u256(index)), b.abi.UnpackIsClaimed) {
		b.t.Fatalf("batch %d not marked claimed for bounty %d", index, id)
	}
}

func (b *bountyEnv) bounty(id uint64) bindings.NodeBountyBounty {
	b.t.Helper()
	return te.Call(b.Env, b.nb, b.abi.PackBounty(u256(id)), b.abi.UnpackBounty)
}

func (b *bountyEnv) seat(id uint64, owner common.Address) bindings.NodeBountySeat {
	b.t.Helper()
	return te.Call(b.Env, b.nb, b.abi.PackSeatOf(u256(id), owner), b.abi.UnpackSeatOf)
}

// owed is what owner's seat in id was credited and has not withdrawn.
func (b *bountyEnv) owed(id uint64, owner common.Address) *big.Int {
	b.t.Helper()
	return te.Call(b.Env, b.nb, b.abi.PackEarnings(u256(id), owner), b.abi.UnpackEarnings).Owed
}

func (b *bountyEnv) wantOwed(id uint64, op *te.Operator, want *big.Int) {
	b.t.Helper()
	if got := b.owed(id, op.Owner.Addr); got.Cmp(want) != 0 {
		b.t.Fatalf("bounty %d: operator %s owed %v, want %v", id, op.Owner.Addr, got, want)
	}
}

// received is what `to` gained in r's transaction, its fee added back when it sent it.
func received(b *bountyEnv, to te.Account, before *big.Int, r *types.Receipt) *big.Int {
	got := new(big.Int).Sub(b.Balance(to.Addr), before)
	return got.Add(got, te.Fee(r))
}

func (b *bountyEnv) slash(op *te.Operator, index uint64) {
	b.t.Helper()
	a, c, sa, sc := equivocation(b.Env, op, index)
	b.Must(b.anyone, b.Slasher, nil, b.SlasherABI.PackSubmitEquivocation(b.Launch, a, sa, c, sc))
}

// eventOf returns the first log of r emitted by addr that unpack accepts.
func eventOf[T any](t *testing.T, r *types.Receipt, addr common.Address, unpack func(*types.Log) (T, error)) T {
	t.Helper()
	for _, l := range r.Logs {
		if l.Address != addr {
			continue
		}
		if ev, err := unpack(l); err == nil {
			return ev
		}
	}
	t.Fatalf("event not found in the receipt's %d logs", len(r.Logs))
	var zero T
	return zero
}

var milli = big.NewInt(1e15) // 0.001 ETH

func mul(a *big.Int, n int64) *big.Int { return new(big.Int).Mul(a, big.NewInt(n)) }

// TestBountyPost: every term is checked at post (with its error), the
// poster's identity must be its own (owner or agentWallet, as
// StakingRegistry.controlsAgent says), and BountyPosted, bounty() and the
// reputation terms carry what was posted, start resolved to the block time.
func TestBountyPost(t *testing.T) {
	b := newBountyEnv(t)
	stub := deployStub(b)
	now := b.now()
	repTerms := func(tm *bindings.NodeBountyTerms) {
		tm.Kind = kindAgent
		tm.Reputation = bindings.NodeBountyReputation{Registry: stub, Clients: []common.Address{b.Users[10].Addr},
			Tag1: "uptime", MinValue: big.NewInt(90), MinDecimals: 0}
	}
	for _, c := range []struct {
		name   string
		mod    func(*bindings.NodeBountyTerms)
		escrow *big.Int
		agent  int64
		err    string
	}{
		{"no escrow", nil, new(big.Int), 0, "NoEscrow"},
		{"no reward", func(tm *bindings.NodeBountyTerms) { tm.RewardPerBatch = new(big.Int) }, nil, 0, "NoReward"},
		{"no seats", func(tm *bindings.NodeBountyTerms) { tm.Seats = 0 }, nil, 0, "NoSeats"},
		{"end before start", func(tm *bindings.NodeBountyTerms) { tm.Start, tm.End = now+1000, now+999 }, nil, 0, "BadWindow"},
		{"end at start", func(tm *bindings.NodeBountyTerms) { tm.Start, tm.End = now+1000, now+1000 }, nil, 0, "BadWindow"},
		{"end passed", func(tm *bindings.NodeBountyTerms) { tm.Start, tm.End = 1, now-1 }, nil, 0, "BadWindow"},
		{"end past uint48", func(tm *bindings.NodeBountyTerms) { tm.End = 1 << 48 }, nil, 0, "BadWindow"},
		{"notice past uint48", func(tm *bindings.NodeBountyTerms) { tm.NoticePeriod = 1 << 48 }, nil, 0, "BadNoticePeriod"},
		{"reputation without clients", func(tm *bindings.NodeBountyTerms) { repTerms(tm); tm.Reputation.Clients = nil }, nil, 0, "BadReputationTerms"},
		{"reputation registry without code", func(tm *bindings.NodeBountyTerms) { repTerms(tm); tm.Reputation.Registry = b.Users[9].Addr }, nil, 0, "BadReputationTerms"},
		{"reputation for humans", func(tm *bindings.NodeBountyTerms) { repTerms(tm); tm.Kind = kindHuman }, nil, 0, "BadReputationTerms"},
		{"reputation decimals over 18", func(tm *bindings.NodeBountyTerms) { repTerms(tm); tm.Reputation.MinDecimals = 19 }, nil, 0, "BadReputationTerms"},
		{"reputation terms without registry", func(tm *bindings.NodeBountyTerms) { repTerms(tm); tm.Reputation.Registry = common.Address{} }, nil, 0, "BadReputationTerms"},
		{"someone else's identity", nil, nil, 1, "NotAgentController"},
		{"unknown identity", nil, nil, 99, "NotAgentController"},
	} {
		tm := b.terms(milli, 2)
		if c.mod != nil {
			c.mod(&tm)
		}
		escrow := c.escrow
		if escrow == nil {
			escrow = te.Ether(1)
		}
		_, err := b.Send(b.poster, b.nb, escrow, b.abi.PackPost(tm, big.NewInt(c.agent)))
		if err == nil || contracts.RevertName(err) != c.err {
			t.Fatalf("%s: got %q (%v), want %s", c.name, contracts.RevertName(err), err, c.err)
		}
	}
	if n := te.Call(b.Env, b.nb, b.abi.PackBountyCount(), b.abi.UnpackBountyCount); n.Sign() != 0 {
		t.Fatalf("%v bounties after refused posts", n)
	}

	// An agent posts under its identity (user 5 owns identity 1), with a
	// reputation requirement; start 0 is the block's time.
	tm := b.terms(milli, 3)
	repTerms(&tm)
	tm.MinStake = te.Ether(1)
	r := b.Must(b.Users[5], b.nb, te.Ether(2), b.abi.PackPost(tm, big.NewInt(1)))
	ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackBountyPostedEvent)
	blockTime := b.now()
	if ev.BountyId.Uint64() != 1 || ev.Poster != b.Users[5].Addr || ev.AgentId.Int64() != 1 ||
		ev.Escrow.Cmp(te.Ether(2)) != 0 || ev.Terms.Start != blockTime || ev.Terms.End != tm.End ||
		ev.Terms.Kind != kindAgent || ev.Terms.Seats != 3 || ev.Terms.MinStake.Cmp(te.Ether(1)) != 0 ||
		ev.Terms.Reputation.Registry != stub || ev.Terms.Reputation.Tag1 != "uptime" ||
		len(ev.Terms.Reputation.Clients) != 1 || ev.Terms.Reputation.MinValue.Int64() != 90 {
		t.Fatalf("BountyPosted %+v", ev)
	}
	got := b.bounty(1)
	if got.Poster != b.Users[5].Addr || got.Start.Uint64() != blockTime || got.End.Uint64() != tm.End ||
		got.RewardPerBatch.Cmp(milli) != 0 || got.Remaining.Cmp(te.Ether(2)) != 0 || got.Escrow.Cmp(te.Ether(2)) != 0 ||
		got.MinStake.Cmp(te.Ether(1)) != 0 || got.Seats != 3 || got.Taken != 0 || got.Kind != kindAgent ||
		got.Cancelled || got.NoticePeriod.Uint64() != 500 || got.Reclaimable.Sign() != 0 || got.AgentId.Int64() != 1 {
		t.Fatalf("bounty(1) = %+v", got)
	}
	rep := te.Call(b.Env, b.nb, b.abi.PackReputationTerms(big.NewInt(1)), b.abi.UnpackReputationTerms)
	if rep.Registry != stub || len(rep.Clients) != 1 || rep.Clients[0] != b.Users[10].Addr || rep.Tag1 != "uptime" ||
		rep.MinValue.Int64() != 90 {
		t.Fatalf("reputationTerms(1) = %+v", rep)
	}
	if d := b.Balance(b.D.NodeBounty); d.Cmp(te.Ether(2)) != 0 {
		t.Fatalf("NodeBounty holds %v", d)
	}
	_, err := bind.Call(b.nb, &bind.CallOpts{Context: b.Ctx}, b.abi.PackBounty(big.NewInt(2)), b.abi.UnpackBounty)
	b.Reverts(err, "UnknownBounty")
	// A poster with no identity: agentId 0 (a bounty anyone can post).
	id := b.post(b.poster, b.terms(milli, 1), te.Ether(1), 0)
	if got := b.bounty(id); got.AgentId.Sign() != 0 || got.Poster != b.poster.Addr {
		t.Fatalf("bounty(%d) = %+v", id, got)
	}
}

// TestBountyOpenList: openBounties lists, in pages, the bounties that take
// operators and can pay: not over, a seat free, escrow left.
func TestBountyOpenList(t *testing.T) {
	b := newBountyEnv(t)
	short := b.terms(milli, 5)
	short.End = b.now() + 300
	full := b.terms(milli, 1)
	ids := []uint64{
		b.post(b.poster, b.terms(milli, 2), te.Ether(1), 0), // 1: open
		b.post(b.poster, full, te.Ether(1), 0),              // 2: its one seat taken below
		b.post(b.poster, short, te.Ether(1), 0),             // 3: over below
		b.post(b.poster, b.terms(milli, 2), te.Ether(1), 0), // 4: open
		b.post(b.poster, b.terms(milli, 2), te.Ether(1), 0), // 5: open
	}
	b.join(ids[1], b.humans[0])
	b.Advance(400)
	open := func(from, limit int64) ([]uint64, uint64) {
		out := te.Call(b.Env, b.nb, b.abi.PackOpenBounties(big.NewInt(from), big.NewInt(limit)), b.abi.UnpackOpenBounties)
		var got []uint64
		for _, id := range out.Ids {
			got = append(got, id.Uint64())
		}
		return got, out.Next.Uint64()
	}
	same := func(got []uint64, want ...uint64) bool {
		if len(got) != len(want) {
			return false
		}
		for i := range got {
			if got[i] != want[i] {
				return false
			}
		}
		return true
	}
	if got, next := open(0, 10); !same(got, 1, 4, 5) || next != 0 {
		t.Fatalf("openBounties(0, 10) = %v, next %d", got, next)
	}
	got, next := open(0, 2)
	if !same(got, 1, 4) || next != 5 {
		t.Fatalf("openBounties(0, 2) = %v, next %d", got, next)
	}
	if got, next = open(int64(next), 2); !same(got, 5) || next != 0 {
		t.Fatalf("second page %v, next %d", got, next)
	}
	for id, want := range map[uint64]bool{1: true, 2: false, 3: false, 4: true, 6: false} {
		if got := te.Call(b.Env, b.nb, b.abi.PackIsOpen(u256(id)), b.abi.UnpackIsOpen); got != want {
			t.Fatalf("isOpen(%d) = %v", id, got)
		}
	}
	// The seat frees: bounty 2 is open again.
	b.Must(b.humans[0].Owner, b.nb, nil, b.abi.PackLeave(u256(2)))
	if got, _ := open(1, 10); !same(got, 1, 2, 4, 5) {
		t.Fatalf("after a leave: %v", got)
	}
}

// TestBountyJoinQualifies: who may take a seat, with each refusal's error:
// kind, identity link, stake, reputation, registration, jail, seats, end.
func TestBountyJoinQualifies(t *testing.T) {
	b := newBountyEnv(t)
	h, a := b.humans, b.agents

	human := b.terms(milli, 5)
	human.Kind = kindHuman
	humanID := b.post(b.poster, human, te.Ether(1), 0)
	b.Reverts(b.tryJoin(humanID, a[0].Owner), "WrongKind")
	b.join(humanID, h[0])

	agent := b.terms(milli, 5)
	agent.Kind = kindAgent
	agentID := b.post(b.poster, agent, te.Ether(1), 0)
	b.Reverts(b.tryJoin(agentID, h[0].Owner), "WrongKind")
	b.join(agentID, a[0])

	// A stale identity link (identity 2 transferred away) does not speak
	// for the identity: no agent seat.
	b.Must(a[1].Owner, b.Identity, nil, b.IdentityABI.PackTransferFrom(a[1].Owner.Addr, b.Users[9].Addr, big.NewInt(2)))
	b.Reverts(b.tryJoin(agentID, a[1].Owner), "AgentNotLinked")
	// Any kind takes humans and agents alike, stale link or not.
	anyID := b.post(b.poster, b.terms(milli, 5), te.Ether(1), 0)
	b.join(anyID, h[1])
	b.join(anyID, a[1])

	// Minimum stake: bonded stake at join.
	rich := b.terms(milli, 5)
	rich.MinStake = te.Ether(2)
	richID := b.post(b.poster, rich, te.Ether(1), 0)
	b.Reverts(b.tryJoin(richID, h[0].Owner), "StakeTooLow")
	b.join(richID, h[3])

	// Not an operator; already seated; a jailed operator.
	b.Reverts(b.tryJoin(anyID, b.Users[10]), "NotOperator")
	b.Reverts(b.tryJoin(anyID, h[1].Owner), "AlreadySeated")
	b.slash(h[2], 50)
	b.Reverts(b.tryJoin(anyID, h[2].Owner), "OperatorJailed")

	// Seats: two, a third operator is refused until one leaves.
	two := b.post(b.poster, b.terms(milli, 2), te.Ether(1), 0)
	b.join(two, h[0])
	b.join(two, h[1])
	b.Reverts(b.tryJoin(two, h[3].Owner), "SeatsFull")
	_, err := b.Send(h[3].Owner, b.nb, nil, b.abi.PackLeave(u256(two)))
	b.Reverts(err, "NotSeated")
	r := b.Must(h[0].Owner, b.nb, nil, b.abi.PackLeave(u256(two)))
	if ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackSeatLeftEvent); ev.BountyId.Uint64() != two || ev.Operator != h[0].Owner.Addr {
		t.Fatalf("SeatLeft %+v", ev)
	}
	if got := b.bounty(two).Taken; got != 1 {
		t.Fatalf("taken %d after a leave", got)
	}
	_, err = b.Send(h[0].Owner, b.nb, nil, b.abi.PackLeave(u256(two)))
	b.Reverts(err, "NotSeated")
	b.join(two, h[3])
	if s := b.seat(two, h[0].Owner.Addr); s.Operator != h[0].Owner.Addr || s.LeftAt.Sign() == 0 || s.JoinedAt.Cmp(s.LeftAt) >= 0 {
		t.Fatalf("left seat %+v", s)
	}

	// Over: no joins at or after the end.
	short := b.terms(milli, 5)
	short.End = b.now() + 100
	shortID := b.post(b.poster, short, te.Ether(1), 0)
	b.Advance(200)
	b.Reverts(b.tryJoin(shortID, h[0].Owner), "BountyOver")
	b.Reverts(b.tryJoin(99, h[0].Owner), "UnknownBounty")
}

func deployStub(b *bountyEnv) common.Address {
	b.t.Helper()
	addr, _, err := bind2Deploy(b.Env, bindings.ReputationStubMetaData.Bin)
	if err != nil {
		b.t.Fatal(err)
	}
	return addr
}

// TestBountyReputation: a minimum ERC-8004 reputation, read through
// IReputationRegistry.getSummary with the bounty's clients and tags, and
// compared exactly across decimals; only linked agents can meet it.
func TestBountyReputation(t *testing.T) {
	b := newBountyEnv(t)
	stubAddr := deployStub(b)
	stubABI := bindings.NewReputationStub()
	stub := stubABI.Instance(b.Client, stubAddr)
	set := func(agentID int64, tag string, count uint64, value int64, dec uint8) {
		b.Must(b.Users[10], stub, nil, stubABI.PackSet(big.NewInt(agentID), tag, count, big.NewInt(value), dec))
	}
	tm := b.terms(milli, 5)
	tm.Reputation = bindings.NodeBountyReputation{Registry: stubAddr, Clients: []common.Address{b.Users[10].Addr},
		Tag1: "uptime", MinValue: big.NewInt(950), MinDecimals: 1} // 95.0
	id := b.post(b.poster, tm, te.Ether(1), 0)
	a := b.agents

	b.Reverts(b.tryJoin(id, b.humans[0].Owner), "WrongKind") // humans have no reputation
	b.Reverts(b.tryJoin(id, a[0].Owner), "ReputationTooLow") // no feedback: count 0
	set(1, "other", 5, 100, 0)                               // another tag does not count
	b.Reverts(b.tryJoin(id, a[0].Owner), "ReputationTooLow")
	set(1, "uptime", 3, 9499, 2) // 94.99 < 95.0
	b.Reverts(b.tryJoin(id, a[0].Owner), "ReputationTooLow")
	set(1, "uptime", 3, -9600, 2) // negative
	b.Reverts(b.tryJoin(id, a[0].Owner), "ReputationTooLow")
	set(1, "uptime", 3, 95, 0) // 95 == 95.0
	b.join(id, a[0])
	set(2, "uptime", 1, 96_000_000_000_000_000, 18) // 0.096, not 96
	b.Reverts(b.tryJoin(id, a[1].Owner), "ReputationTooLow")
	set(2, "uptime", 1, 97, 0)
	b.join(id, a[1])
}

// TestBountyReputationRegistry: the same requirement against the ERC-8004
// ReputationRegistry DeployAll deploys, fed by a client's feedback.
func TestBountyReputationRegistry(t *testing.T) {
	b := newBountyEnv(t)
	repABI := bindings.NewReputationRegistry()
	rep := repABI.Instance(b.Client, b.D.Reputation)
	client := b.Users[10]
	give := func(agentID, value int64) {
		b.Must(client, rep, nil, repABI.PackGiveFeedback(big.NewInt(agentID), big.NewInt(value), 2, "uptime", "",
			"https://agent.example/mcp", "", common.Hash{}))
	}
	give(1, 9977) // 99.77
	give(2, 9400) // 94.00
	give(2, 9500) // mean 94.50
	tm := b.terms(milli, 5)
	tm.Reputation = bindings.NodeBountyReputation{Registry: b.D.Reputation, Clients: []common.Address{client.Addr},
		Tag1: "uptime", MinValue: big.NewInt(95), MinDecimals: 0}
	id := b.post(b.poster, tm, te.Ether(1), 0)
	b.join(id, b.agents[0])
	b.Reverts(b.tryJoin(id, b.agents[1].Owner), "ReputationTooLow")
	give(2, 9800) // mean 96.00
	b.join(id, b.agents[1])
}

// TestBountyClaim: claims pay once per bounty the seated signers of a
// finalized batch, checked against the Rollup's signers hash; non-signers,
// unseated signers and batches committed before a seat was taken or after
// it was left are not paid (a batch that pays nobody is claimed all the
// same, and counted); unfinalized batches are refused; operators withdraw
// what they were credited; the bounty counts its claims and each seat the
// claims that credited it.
func TestBountyClaim(t *testing.T) {
	b := newBountyEnv(t)
	h, a := b.humans, b.agents
	reward := milli
	id := b.post(b.poster, b.terms(reward, 3), te.Ether(1), 0)
	other := b.post(b.Users[9], b.terms(mul(reward, 2), 3), te.Ether(1), 0)

	i0 := b.batch(b.all()...) // before any seat
	b.join(id, h[0])
	b.join(id, h[3])
	b.join(id, a[0])
	b.join(other, h[1])
	b.mustClaim(id, i0, b.all(), new(big.Int)) // nobody seated when it was committed
	_, err := b.claim(id, i0, b.all()...)
	b.Reverts(err, "AlreadyClaimed")
	if bt := b.bounty(id); bt.Claims != 1 || bt.Remaining.Cmp(te.Ether(1)) != 0 {
		t.Fatalf("after a claim that pays nobody: %+v", bt)
	}

	// Batch 1: h[3] is seated but does not sign; h[1] signs, unseated here.
	signers := b.all(h[3])
	i1 := b.batch(signers...)
	_, err = b.claim(id, i1, b.all()...) // a signer too many
	b.Reverts(err, "SignersMismatch")
	_, err = b.claim(id, i1, b.all(h[3], h[2])...) // a signer too few
	b.Reverts(err, "SignersMismatch")
	ss, st := certOrder(signers)
	st[0] = new(big.Int).Add(st[0], big.NewInt(1)) // a stake it did not sign with
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackClaim(u256(id), u256(i1), b.HeaderHashOf(u256(i1)), b.RecordOf(u256(i1)), ss, st))
	b.Reverts(err, "SignersMismatch")
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackClaim(u256(id), u256(i1), b.HeaderHashOf(u256(i1)), b.RecordOf(u256(i1)), ss, st[:len(st)-1]))
	b.Reverts(err, "SignersMismatch")
	_, err = b.claim(99, i1, signers...)
	b.Reverts(err, "UnknownBounty")

	b.mustClaim(id, i1, signers, reward, h[0], a[0])
	b.wantOwed(id, h[0], reward)
	b.wantOwed(id, a[0], reward)
	b.wantOwed(id, h[3], new(big.Int)) // seated, did not sign
	_, err = b.claim(id, i1, signers...)
	b.Reverts(err, "AlreadyClaimed")
	// Another bounty pays the same batch to its own seats, once.
	b.mustClaim(other, i1, signers, mul(reward, 2), h[1])
	_, err = b.claim(other, i1, signers...)
	b.Reverts(err, "AlreadyClaimed")
	if rem := b.bounty(id).Remaining; rem.Cmp(new(big.Int).Sub(te.Ether(1), mul(reward, 2))) != 0 {
		t.Fatalf("remaining %v", rem)
	}

	// An unfinalized batch is refused, and paid once proven.
	hd := b.commit(b.all()...)
	_, err = b.claim(id, hd.BatchIndex, b.all()...)
	b.Reverts(err, "BatchNotFinalized")
	_, err = b.claim(id, hd.BatchIndex+1, b.all()...) // not even committed
	b.Reverts(err, "BatchNotFinalized")
	b.prove(hd)
	b.mustClaim(id, hd.BatchIndex, b.all(), reward, h[0], h[3], a[0])

	// h[0] leaves with a batch committed while it was seated still unproven:
	// that batch pays it; the next, committed after it left, does not.
	hd = b.commit(b.all()...)
	b.Must(h[0].Owner, b.nb, nil, b.abi.PackLeave(u256(id)))
	hd2 := b.commit(b.all()...)
	b.prove(hd)
	b.prove(hd2)
	b.mustClaim(id, hd.BatchIndex, b.all(), reward, h[0], h[3], a[0])
	b.mustClaim(id, hd2.BatchIndex, b.all(), reward, h[3], a[0])

	// Withdrawals: pull, once; the seat's total earnings stay on record.
	want := mul(reward, 3)
	b.wantOwed(id, h[0], want)
	before := b.Balance(h[0].Owner.Addr)
	r := b.Must(h[0].Owner, b.nb, nil, b.abi.PackWithdraw(u256(id)))
	if got := received(b, h[0].Owner, before, r); got.Cmp(want) != 0 {
		t.Fatalf("withdrew %v, want %v", got, want)
	}
	if ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackWithdrawnEvent); ev.Operator != h[0].Owner.Addr || ev.Amount.Cmp(want) != 0 || ev.BountyId.Uint64() != id {
		t.Fatalf("Withdrawn %+v", ev)
	}
	earn := te.Call(b.Env, b.nb, b.abi.PackEarnings(u256(id), h[0].Owner.Addr), b.abi.UnpackEarnings)
	if earn.Owed.Sign() != 0 || earn.Earned.Cmp(want) != 0 {
		t.Fatalf("earnings after withdraw %+v", earn)
	}
	_, err = b.Send(h[0].Owner, b.nb, nil, b.abi.PackWithdraw(u256(id)))
	b.Reverts(err, "NothingToWithdraw")
	_, err = b.Send(h[2].Owner, b.nb, nil, b.abi.PackWithdraw(u256(id)))
	b.Reverts(err, "NotSeated")

	// Rejoining starts a new term: batches committed in between do not pay.
	gap := b.batch(b.all()...)
	b.join(id, h[0])
	back := b.batch(b.all()...)
	b.mustClaim(id, gap, b.all(), reward, h[3], a[0])
	b.mustClaim(id, back, b.all(), reward, h[0], h[3], a[0])

	// Seven claims of bounty id: i0 (nobody), i1, hd, the two around the
	// leave, gap, back. The claims that credited each seat are counted.
	if got := b.bounty(id).Claims; got != 7 {
		t.Fatalf("bounty %d counts %d claims, want 7", id, got)
	}
	for _, c := range []struct {
		op   *te.Operator
		paid uint32
	}{{h[0], 4}, {h[3], 5}, {a[0], 6}, {h[1], 0}} {
		if got := b.seat(id, c.op.Owner.Addr).PaidBatches; got != c.paid {
			t.Fatalf("seat of %s: %d claims credited it, want %d", c.op.Owner.Addr, got, c.paid)
		}
	}
}

// TestBountyWindow: only batches committed within [start, end] pay, judged
// by the commit time the Rollup recorded.
func TestBountyWindow(t *testing.T) {
	b := newBountyEnv(t)
	op := b.humans[0]
	tm := b.terms(milli, 1)
	tm.Start = b.now() + 500
	tm.End = tm.Start + 1000
	id := b.post(b.poster, tm, te.Ether(1), 0)
	b.join(id, op) // before the start: allowed, pays from the start
	early := b.batch(b.all()...)
	b.Advance(500)
	in := b.batch(b.all()...)
	b.Advance(1000)
	late := b.batch(b.all()...)
	committedAt := func(i uint64) uint64 {
		return te.Call(b.Env, b.Rollup, b.RollupABI.PackCommittedAt(u256(i)), b.RollupABI.UnpackCommittedAt)
	}
	if committedAt(early) >= tm.Start || committedAt(in) < tm.Start || committedAt(in) > tm.End || committedAt(late) <= tm.End {
		t.Fatalf("commit times %d %d %d for window [%d, %d]", committedAt(early), committedAt(in), committedAt(late), tm.Start, tm.End)
	}
	_, err := b.claim(id, early, b.all()...)
	b.Reverts(err, "OutsideWindow")
	_, err = b.claim(id, late, b.all()...)
	b.Reverts(err, "OutsideWindow")
	b.mustClaim(id, in, b.all(), milli, op)
}

// TestBountyMinStakeAtSigning: a seat earns only for batches its operator
// signed with at least the bounty's minimum stake (the stake in the
// certificate, as the Rollup hashed it).
func TestBountyMinStakeAtSigning(t *testing.T) {
	b := newBountyEnv(t)
	big2 := b.humans[3] // 2 ETH
	tm := b.terms(milli, 2)
	tm.MinStake = te.Ether(2)
	id := b.post(b.poster, tm, te.Ether(1), 0)
	b.join(id, big2)
	i := b.batch(b.all()...)
	b.mustClaim(id, i, b.all(), milli, big2)
	b.Must(big2.Owner, b.Staking, nil, b.StakingABI.PackRequestUnbond(te.Ether(1)))
	b.NextEpoch()
	big2.Stake = te.Ether(1) // what it signs with from now on
	i = b.batch(b.all()...)
	b.mustClaim(id, i, b.all(), new(big.Int)) // claimed, and it pays nobody
	if s := b.seat(id, big2.Owner.Addr); s.PaidBatches != 1 || b.bounty(id).Claims != 2 {
		t.Fatalf("seat %+v credited by %d claims of %d, want 1 of 2", s, s.PaidBatches, b.bounty(id).Claims)
	}
}

// TestBountyRevertedBatch: a batch reverted for want of a proof never pays;
// the batch committed again at its index is judged as a new batch (its own
// signers, its own commit time).
func TestBountyRevertedBatch(t *testing.T) {
	b := newBountyEnv(t)
	h := b.humans
	id := b.post(b.poster, b.terms(milli, 3), te.Ether(1), 0)
	b.join(id, h[0])
	b.join(id, h[1])
	reverted := b.commit(b.all()...)
	_, err := b.claim(id, reverted.BatchIndex, b.all()...)
	b.Reverts(err, "BatchNotFinalized")
	b.Advance(b.Cfg.ProofWindow + 1)
	b.Must(b.anyone, b.Rollup, nil, b.RollupABI.PackRevertBatches())
	_, err = b.claim(id, reverted.BatchIndex, b.all()...)
	b.Reverts(err, "BatchNotFinalized")
	// Re-posted at the same index without h[0]'s signature, and proven.
	again := b.commit(b.all(h[0])...)
	if again.BatchIndex != reverted.BatchIndex {
		t.Fatalf("re-posted at %d, reverted %d", again.BatchIndex, reverted.BatchIndex)
	}
	b.prove(again)
	_, err = b.claim(id, again.BatchIndex, b.all()...) // the reverted batch's signers
	b.Reverts(err, "SignersMismatch")
	b.mustClaim(id, again.BatchIndex, b.all(h[0]), milli, h[1])
}

// TestBountySlashedOperator: a jailed operator earns nothing from the slash
// on, not even for batches it signed before; it cannot withdraw; anyone
// reclaims its seat, which frees, and its unwithdrawn credit goes to the
// poster at once.
func TestBountySlashedOperator(t *testing.T) {
	b := newBountyEnv(t)
	h := b.humans
	victim, honest := h[0], h[1]
	id := b.post(b.poster, b.terms(milli, 2), te.Ether(1), 0)
	b.join(id, victim)
	b.join(id, honest)
	i0 := b.batch(b.all()...)
	b.mustClaim(id, i0, b.all(), milli, victim, honest)
	i1 := b.batch(b.all()...) // signed before the slash, claimed after
	_, err := b.Send(b.anyone, b.nb, nil, b.abi.PackReclaim(u256(id), victim.Owner.Addr))
	b.Reverts(err, "NotJailed")

	b.slash(victim, 77)
	b.mustClaim(id, i1, b.all(), milli, honest)
	b.wantOwed(id, victim, milli) // credited before the slash, now frozen
	_, err = b.Send(victim.Owner, b.nb, nil, b.abi.PackWithdraw(u256(id)))
	b.Reverts(err, "OperatorJailed")
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackReclaim(u256(id), b.Users[10].Addr))
	b.Reverts(err, "NotSeated")

	r := b.Must(b.anyone, b.nb, nil, b.abi.PackReclaim(u256(id), victim.Owner.Addr))
	ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackSeatReclaimedEvent)
	if ev.Operator != victim.Owner.Addr || ev.Forfeited.Cmp(milli) != 0 || !ev.Freed {
		t.Fatalf("SeatReclaimed %+v", ev)
	}
	bt := b.bounty(id)
	if bt.Taken != 1 || bt.Reclaimable.Cmp(milli) != 0 {
		t.Fatalf("after reclaim: %+v", bt)
	}
	b.wantOwed(id, victim, new(big.Int))
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackReclaim(u256(id), victim.Owner.Addr))
	b.Reverts(err, "NothingToReclaim")

	// The poster takes the forfeited share at once (the bounty runs on);
	// the rest of the escrow is not refundable yet.
	_, err = b.Send(b.Users[9], b.nb, nil, b.abi.PackRefund(u256(id)))
	b.Reverts(err, "NotPoster")
	before := b.Balance(b.poster.Addr)
	r = b.Must(b.poster, b.nb, nil, b.abi.PackRefund(u256(id)))
	if got := received(b, b.poster, before, r); got.Cmp(milli) != 0 {
		t.Fatalf("poster reclaimed %v, want %v", got, milli)
	}
	_, err = b.Send(b.poster, b.nb, nil, b.abi.PackRefund(u256(id)))
	b.Reverts(err, "RefundNotYet")

	// The freed seat takes another operator.
	b.join(id, h[3])
	i2 := b.batch(b.all(victim)...)
	b.mustClaim(id, i2, b.all(victim), milli, honest, h[3])

	// A jailed operator that left keeps nothing either: reclaim takes its
	// credit (the seat was already free).
	id2 := b.post(b.poster, b.terms(milli, 2), te.Ether(1), 0)
	b.join(id2, h[2])
	i3 := b.batch(b.all(victim)...)
	b.mustClaim(id2, i3, b.all(victim), milli, h[2])
	b.Must(h[2].Owner, b.nb, nil, b.abi.PackLeave(u256(id2)))
	b.slash(h[2], 78)
	r = b.Must(b.anyone, b.nb, nil, b.abi.PackReclaim(u256(id2), h[2].Owner.Addr))
	if ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackSeatReclaimedEvent); ev.Freed || ev.Forfeited.Cmp(milli) != 0 {
		t.Fatalf("SeatReclaimed of a left seat %+v", ev)
	}
	if bt := b.bounty(id2); bt.Taken != 0 || bt.Reclaimable.Cmp(milli) != 0 {
		t.Fatalf("after reclaim of a left seat: %+v", bt)
	}
}

// TestBountyCancelNotice: the poster cancels; the bounty runs on for its
// notice period (seated operators keep earning), and what is unspent is
// refundable only claimPeriod after that end: not before (RefundNotYet).
// Late claims of batches committed in time are paid until the refund.
func TestBountyCancelNotice(t *testing.T) {
	b := newBountyEnv(t)
	op := b.humans[0]
	tm := b.terms(milli, 1)
	tm.NoticePeriod = 1000
	id := b.post(b.poster, tm, te.Ether(1), 0)
	b.join(id, op)
	_, err := b.Send(b.Users[9], b.nb, nil, b.abi.PackCancel(u256(id)))
	b.Reverts(err, "NotPoster")
	_, err = b.Send(b.poster, b.nb, nil, b.abi.PackRefund(u256(id)))
	b.Reverts(err, "RefundNotYet")

	r := b.Must(b.poster, b.nb, nil, b.abi.PackCancel(u256(id)))
	end := b.now() + 1000
	if ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackCancelledEvent); ev.End != end || ev.BountyId.Uint64() != id {
		t.Fatalf("Cancelled %+v, want end %d", ev, end)
	}
	if bt := b.bounty(id); !bt.Cancelled || bt.End.Uint64() != end {
		t.Fatalf("cancelled bounty %+v", bt)
	}
	_, err = b.Send(b.poster, b.nb, nil, b.abi.PackCancel(u256(id)))
	b.Reverts(err, "AlreadyCancelled")
	refundAt := te.Call(b.Env, b.nb, b.abi.PackRefundableAt(u256(id)), b.abi.UnpackRefundableAt)
	if refundAt.Uint64() != end+bountyClaimPeriod {
		t.Fatalf("refundableAt %v, want %d", refundAt, end+bountyClaimPeriod)
	}

	// Within the notice period the seat still earns; a batch committed
	// then and proven after the end is paid too.
	inNotice := b.batch(b.all()...)
	pending := b.commit(b.all()...)
	b.Advance(1000)
	after := b.commit(b.all()...)
	b.prove(pending)
	b.prove(after)
	b.mustClaim(id, inNotice, b.all(), milli, op)
	_, err = b.claim(id, after.BatchIndex, b.all()...)
	b.Reverts(err, "OutsideWindow")
	b.Reverts(b.tryJoin(id, b.humans[1].Owner), "BountyOver")
	_, err = b.Send(b.poster, b.nb, nil, b.abi.PackRefund(u256(id)))
	b.Reverts(err, "RefundNotYet")
	b.Advance(bountyClaimPeriod - 500)
	_, err = b.Send(b.poster, b.nb, nil, b.abi.PackRefund(u256(id)))
	b.Reverts(err, "RefundNotYet")
	b.mustClaim(id, pending.BatchIndex, b.all(), milli, op) // late, still paid

	b.Advance(500)
	unspent := new(big.Int).Sub(te.Ether(1), mul(milli, 2))
	before := b.Balance(b.poster.Addr)
	r = b.Must(b.poster, b.nb, nil, b.abi.PackRefund(u256(id)))
	if got := received(b, b.poster, before, r); got.Cmp(unspent) != 0 {
		t.Fatalf("refund %v, want %v", got, unspent)
	}
	if ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackRefundedEvent); ev.Poster != b.poster.Addr || ev.Amount.Cmp(unspent) != 0 {
		t.Fatalf("Refunded %+v", ev)
	}
	_, err = b.Send(b.poster, b.nb, nil, b.abi.PackRefund(u256(id)))
	b.Reverts(err, "NothingToRefund")
	_, err = b.Send(b.poster, b.nb, nil, b.abi.PackCancel(u256(id)))
	b.Reverts(err, "AlreadyCancelled")
	// The operator's credit outlives the refund.
	before = b.Balance(op.Owner.Addr)
	r = b.Must(op.Owner, b.nb, nil, b.abi.PackWithdraw(u256(id)))
	if got := received(b, op.Owner, before, r); got.Cmp(mul(milli, 2)) != 0 {
		t.Fatalf("operator withdrew %v", got)
	}
	if bal := b.Balance(b.D.NodeBounty); bal.Sign() != 0 {
		t.Fatalf("NodeBounty still holds %v", bal)
	}

	// An uncancelled bounty's escrow is refundable claimPeriod after its end;
	// cancelling with a notice past the end changes nothing but the flag.
	tm = b.terms(milli, 1)
	tm.End = b.now() + 200
	tm.NoticePeriod = 1000
	id = b.post(b.poster, tm, te.Ether(1), 0)
	b.Must(b.poster, b.nb, nil, b.abi.PackCancel(u256(id)))
	if bt := b.bounty(id); bt.End.Uint64() != tm.End {
		t.Fatalf("end %v, want %d", bt.End, tm.End)
	}
	b.Advance(200)
	_, err = b.Send(b.poster, b.nb, nil, b.abi.PackCancel(u256(id)))
	b.Reverts(err, "AlreadyCancelled")
	id2 := b.post(b.poster, tm2(b, 100), te.Ether(1), 0)
	b.Advance(100)
	_, err = b.Send(b.poster, b.nb, nil, b.abi.PackCancel(u256(id2)))
	b.Reverts(err, "BountyOver")
	b.Advance(bountyClaimPeriod)
	b.Must(b.poster, b.nb, nil, b.abi.PackRefund(u256(id)))
	b.Must(b.poster, b.nb, nil, b.abi.PackRefund(u256(id2)))
}

// tm2 is a one-seat bounty ending in `seconds`.
func tm2(b *bountyEnv, seconds uint64) bindings.NodeBountyTerms {
	tm := b.terms(milli, 1)
	tm.End = b.now() + seconds
	return tm
}

// TestBountyEscrowRunsOut: when the escrow cannot pay every seated signer
// the full reward, they share what is left equally (the remainder, less
// than one wei each, stays); then claims pay 0 wei but still count, for
// the bounty and for the seats they credit (uptime measures signing, not
// the escrow).
func TestBountyEscrowRunsOut(t *testing.T) {
	b := newBountyEnv(t)
	h := b.humans
	escrow := new(big.Int).Add(mul(milli, 3), big.NewInt(1)) // 3 rewards and a wei
	id := b.post(b.poster, b.terms(milli, 2), escrow, 0)
	b.join(id, h[0])
	b.join(id, h[1])
	i0 := b.batch(b.all()...)
	i1 := b.batch(b.all()...)
	i2 := b.batch(b.all()...)
	b.mustClaim(id, i0, b.all(), milli, h[0], h[1])
	half := new(big.Int).Div(new(big.Int).Add(milli, big.NewInt(1)), big.NewInt(2))
	b.mustClaim(id, i1, b.all(), half, h[0], h[1])
	if rem := b.bounty(id).Remaining; rem.Cmp(big.NewInt(1)) != 0 {
		t.Fatalf("remaining %v, want 1 wei", rem)
	}
	b.mustClaim(id, i2, b.all(), new(big.Int), h[0], h[1])
	_, err := b.claim(id, i2, b.all()...)
	b.Reverts(err, "AlreadyClaimed")
	if bt := b.bounty(id); bt.Remaining.Cmp(big.NewInt(1)) != 0 || bt.Claims != 3 {
		t.Fatalf("after a claim of nothing: %+v", bt)
	}
	want := new(big.Int).Add(milli, half)
	for _, o := range h[:2] {
		b.wantOwed(id, o, want)
		if got := b.seat(id, o.Owner.Addr).PaidBatches; got != 3 {
			t.Fatalf("seat of %s credited by %d claims, want 3", o.Owner.Addr, got)
		}
	}
}

// TestBountyReentrancy: a contract operator that re-enters NodeBounty
// when paid (withdraw again, a claim, a refund) is refused (Reentrancy):
// it is paid once, exactly its credit, and the re-entered claim can be
// made afterwards.
func TestBountyReentrancy(t *testing.T) {
	b := newBountyEnv(t)
	roAddr, _, err := bind2Deploy(b.Env, bindings.ReentrantOperatorMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	roABI := bindings.NewReentrantOperator()
	ro := roABI.Instance(b.Client, roAddr)
	driver := b.Users[9]
	exec := func(to common.Address, value *big.Int, data []byte) *types.Receipt {
		t.Helper()
		return b.Must(driver, ro, value, roABI.PackExec(to, data))
	}
	key := b.NewConsensusKey()
	exec(b.D.Staking, te.Ether(1), b.RegisterArgs(roAddr, key, 0, 0))
	op := &te.Operator{Owner: te.Account{Addr: roAddr}, Key: key, Signer: crypto.PubkeyToAddress(key.PublicKey), Stake: te.Ether(1)}
	b.NextEpoch()
	signers := append(b.all(), op)

	id := b.post(b.poster, b.terms(milli, 2), te.Ether(1), 0)
	exec(b.D.NodeBounty, nil, b.abi.PackJoin(u256(id)))
	i0 := b.batch(signers...)
	i1 := b.batch(signers...)
	b.mustClaim(id, i0, signers, milli, op)

	check := func(wantReceived *big.Int) {
		t.Helper()
		if te.Call(b.Env, ro, roABI.PackReentrySucceeded(), roABI.UnpackReentrySucceeded) {
			t.Fatal("the re-entry succeeded")
		}
		rev := te.Call(b.Env, ro, roABI.PackReentryRevert(), roABI.UnpackReentryRevert)
		if !bytes.Equal(rev, bindings.NodeBountyReentrancyErrorID().Bytes()[:4]) {
			t.Fatalf("re-entry reverted with %x, want Reentrancy", rev)
		}
		if got := te.Call(b.Env, ro, roABI.PackReceived(), roABI.UnpackReceived); got.Cmp(wantReceived) != 0 {
			t.Fatalf("the contract received %v, want %v", got, wantReceived)
		}
	}
	// withdraw re-entering withdraw.
	exec(roAddr, nil, roABI.PackArm(b.D.NodeBounty, b.abi.PackWithdraw(u256(id))))
	held := b.Balance(b.D.NodeBounty)
	exec(b.D.NodeBounty, nil, b.abi.PackWithdraw(u256(id)))
	check(milli)
	if d := new(big.Int).Sub(held, b.Balance(b.D.NodeBounty)); d.Cmp(milli) != 0 {
		t.Fatalf("NodeBounty paid %v, want %v", d, milli)
	}
	if got := b.owed(id, roAddr); got.Sign() != 0 {
		t.Fatalf("still owed %v", got)
	}
	// withdraw re-entering claim: refused, and the claim stands afterwards.
	b.mustClaim(id, i1, signers, milli, op)
	i2 := b.batch(signers...)
	exec(roAddr, nil, roABI.PackArm(b.D.NodeBounty, b.claimArgs(id, i2, signers...)))
	exec(b.D.NodeBounty, nil, b.abi.PackWithdraw(u256(id)))
	check(mul(milli, 2))
	if te.Call(b.Env, b.nb, b.abi.PackIsClaimed(u256(id), u256(i2)), b.abi.UnpackIsClaimed) {
		t.Fatal("the re-entered claim went through")
	}
	b.mustClaim(id, i2, signers, milli, op)

	// refund re-entering refund: the contract posts, cancels and refunds.
	tm := b.terms(milli, 1)
	tm.NoticePeriod = 0
	r := exec(b.D.NodeBounty, te.Ether(2), b.abi.PackPost(tm, new(big.Int)))
	own := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackBountyPostedEvent).BountyId
	exec(b.D.NodeBounty, nil, b.abi.PackCancel(own))
	b.Advance(bountyClaimPeriod + 1)
	exec(roAddr, nil, roABI.PackArm(b.D.NodeBounty, b.abi.PackRefund(own)))
	exec(b.D.NodeBounty, nil, b.abi.PackRefund(own))
	check(new(big.Int).Add(mul(milli, 2), te.Ether(2)))
}

// TestBountyDeployment: DeployAll deploys NodeBounty wired to the Rollup,
// the registry and the ReputationRegistry, with the claim period; the constructor refuses a claim
// period shorter than the proof window, and so does Config.Validate.
func TestBountyDeployment(t *testing.T) {
	b := newBountyEnv(t)
	if got := te.Call(b.Env, b.nb, b.abi.PackRollup(), b.abi.UnpackRollup); got != b.D.Rollup {
		t.Fatalf("rollup %s", got)
	}
	if got := te.Call(b.Env, b.nb, b.abi.PackStaking(), b.abi.UnpackStaking); got != b.D.Staking {
		t.Fatalf("staking %s", got)
	}
	if got := te.Call(b.Env, b.nb, b.abi.PackClaimPeriod(), b.abi.UnpackClaimPeriod); got != bountyClaimPeriod {
		t.Fatalf("claimPeriod %d", got)
	}
	if got := te.Call(b.Env, b.nb, b.abi.PackReputation(), b.abi.UnpackReputation); got != b.D.Reputation || got == (common.Address{}) {
		t.Fatalf("reputation %s, deployed %s", got, b.D.Reputation)
	}
	code := append(common.FromHex(bindings.NodeBountyMetaData.Bin),
		b.abi.PackConstructor(b.D.Rollup, b.D.Staking, b.D.Reputation, b.D.BLS, b.Cfg.ProofWindow-1)...)
	_, err := b.Deploy(b.Deployer, code)
	b.Reverts(err, "Error: claim period shorter than the proof window")

	cfg := te.TestConfig()
	cfg.BountyClaimPeriod = cfg.ProofWindow - 1
	if err := cfg.Validate(); err == nil {
		t.Fatal("Validate accepts a claim period shorter than the proof window")
	}
	// 0: the proof window and a day.
	e := te.New(t, 0, nil)
	defer e.Close()
	nb := b.abi.Instance(e.Client, e.D.NodeBounty)
	if got := te.Call(e, nb, b.abi.PackClaimPeriod(), b.abi.UnpackClaimPeriod); got != e.Cfg.ProofWindow+24*3600 {
		t.Fatalf("default claimPeriod %d", got)
	}
}

// TestBountySignersHashMatchesRollup: NodeBounty hashes signers as the
// registry did at commit.
func TestBountySignersHashMatchesRollup(t *testing.T) {
	b := newBountyEnv(t)
	i := b.batch(b.all()...)
	ss, st := certOrder(b.all())
	got := te.Call(b.Env, b.nb, b.abi.PackSignersHashOf(ss, st), b.abi.UnpackSignersHashOf)
	want := b.Committed(i).Record.SignersHash
	if got != want {
		t.Fatalf("signersHashOf %x, Rollup stored %x", got, want)
	}
}

// Model of NodeBounty for TestBountyProperty.
type mSeat struct {
	joinedAt, leftAt uint64 // leftAt 0: seated
	owed, earned     *big.Int
	// Uptime: claims that credited the seat; the unreported period's start
	// (the bounty's claim count, shifted by a rejoin) and the credits
	// there; the claim count and credits at the leave.
	paid, fromClaims, fromPaid, leftClaims, leftPaid uint32
}

// period is the seat's unreported uptime period: credited claims of claims.
func (s *mSeat) period(m *mBounty) (paid, claimed uint32) {
	if s.leftAt != 0 {
		return s.leftPaid - s.fromPaid, s.leftClaims - s.fromClaims
	}
	return s.paid - s.fromPaid, m.claims - s.fromClaims
}

type mBounty struct {
	id                     uint64
	poster                 te.Account
	start, end, notice     uint64
	reward, minStake       *big.Int
	seats, taken           uint32
	kind                   uint8
	cancelled              bool
	remaining, reclaimable *big.Int
	seat                   map[*te.Operator]*mSeat
	claimed                map[uint64]bool
	claims                 uint32
}

type mBatch struct {
	h           bindings.BatchHeader
	committedAt uint64
	signers     []*te.Operator
	final       bool
}

// TestBountyProperty drives random sequences of posts, joins, leaves,
// batches (finalized at once or later), claims (now and then with a wrong
// signer list), slashes, reclaims, cancels, refunds, withdrawals, uptime
// reports and time against a model of the rules, and checks after every
// step that each outcome (success or the revert's name, the shares paid and
// to whom, the uptime reported) is the model's, that the contract's books
// and uptime counters equal the model's (a seat's period never credits it
// more claims than were made), and that the escrow posted equals what was
// paid out (withdrawn or refunded) plus what is refundable (unspent and
// forfeited) plus what operators may still withdraw, which is also exactly
// what NodeBounty holds.
func TestBountyProperty(t *testing.T) {
	for _, seed := range []int64{1, 2, 3} {
		t.Run(fmt.Sprintf("seed%d", seed), func(t *testing.T) { bountyProperty(t, seed, 200, false) })
	}
	// Few, long bounties, one running at a time: claims pile up on it, so
	// that seats reach the uptime sample and reports go through.
	t.Run("seed4-uptime", func(t *testing.T) { bountyProperty(t, 4, 600, true) })
}

func bountyProperty(t *testing.T, seed int64, steps int, uptime bool) {
	b := newBountyEnv(t)
	rng := rand.New(rand.NewSource(seed))
	ops := b.all()
	posters := []te.Account{b.poster, b.Users[9]}
	var (
		bounties  []*mBounty
		batches   []*mBatch
		pending   []*mBatch
		jailed    = map[*te.Operator]bool{}
		escrowIn  = new(big.Int)
		paidOut   = new(big.Int)
		lastFinal = b.now()
		slashes   uint64
		stats     = map[string]int{}
	)
	zero := func() *big.Int { return new(big.Int) }
	pick := func(n int) int { return rng.Intn(n) }
	near := func(boundary uint64) bool { now := b.now(); return now+5 >= boundary && now <= boundary+5 }
	blockTime := func(r *types.Receipt) uint64 {
		hd, err := b.Client.HeaderByNumber(b.Ctx, r.BlockNumber)
		if err != nil {
			t.Fatal(err)
		}
		return hd.Time
	}
	// outcome checks a transaction's result against the model's prediction
	// ("" is success) and counts it.
	outcome := func(step int, what string, err error, want string) bool {
		t.Helper()
		got := ""
		if err != nil {
			got = contracts.RevertName(err)
			if got == "" {
				t.Fatalf("step %d %s: %v", step, what, err)
			}
		}
		if got != want {
			t.Fatalf("step %d %s: got %q (%v), model says %q", step, what, got, err, want)
		}
		if want == "" {
			stats[what]++
		} else {
			stats[what+" "+want]++
		}
		return want == ""
	}
	proveAll := func() {
		for _, p := range pending {
			b.prove(p.h)
			p.final = true
		}
		if len(pending) > 0 {
			lastFinal = b.now()
		}
		pending = nil
	}
	newBatch := func(prove bool) {
		var live []*te.Operator
		total := new(big.Int)
		for _, o := range ops {
			if !jailed[o] {
				live = append(live, o)
				total.Add(total, o.Stake)
			}
		}
		rng.Shuffle(len(live), func(i, j int) { live[i], live[j] = live[j], live[i] })
		var signers []*te.Operator
		signed := new(big.Int)
		for i, o := range live {
			quorum := new(big.Int).Mul(signed, big.NewInt(3)).Cmp(new(big.Int).Mul(total, big.NewInt(2))) >= 0
			if (quorum && rng.Intn(10) < 3) || (i > 0 && quorum) && rng.Intn(2) == 0 {
				continue
			}
			signers = append(signers, o)
			signed.Add(signed, o.Stake)
		}
		h := b.commit(signers...)
		at := te.Call(b.Env, b.Rollup, b.RollupABI.PackCommittedAt(u256(h.BatchIndex)), b.RollupABI.UnpackCommittedAt)
		m := &mBatch{h: h, committedAt: at, signers: signers}
		batches = append(batches, m)
		pending = append(pending, m)
		if prove {
			proveAll()
		}
	}
	// payeesOf is whom bounty m pays for batch bt (in its window): the
	// signers seated when it was committed, that signed with the minimum
	// stake and are not jailed now.
	payeesOf := func(m *mBounty, bt *mBatch) []*te.Operator {
		var payees []*te.Operator
		for _, o := range bt.signers {
			s := m.seat[o]
			if s == nil || s.joinedAt >= bt.committedAt || (s.leftAt != 0 && bt.committedAt > s.leftAt) ||
				o.Stake.Cmp(m.minStake) < 0 || jailed[o] {
				continue
			}
			payees = append(payees, o)
		}
		return payees
	}
	// Recent bounties and batches are picked more often: they are the
	// ones still running and not yet claimed.
	randBounty := func() *mBounty {
		if n := len(bounties); n > 3 && pick(10) < 7 {
			return bounties[n-1-pick(3)]
		}
		return bounties[pick(len(bounties))]
	}
	// pickWhere picks, most of the time, a bounty for which ok holds (and
	// otherwise any): actions that would mostly be refused get their
	// successes too.
	pickWhere := func(ok func(*mBounty) bool) *mBounty {
		if pick(10) < 8 {
			var c []*mBounty
			for _, m := range bounties {
				if ok(m) {
					c = append(c, m)
				}
			}
			if len(c) > 0 {
				return c[pick(len(c))]
			}
		}
		return randBounty()
	}
	// pickSeat picks, most of the time, a seat for which ok holds.
	pickSeat := func(ok func(*mBounty, *te.Operator, *mSeat) bool) (*mBounty, *te.Operator) {
		if pick(10) < 8 {
			type pair struct {
				m *mBounty
				o *te.Operator
			}
			var c []pair
			for _, m := range bounties {
				for _, o := range ops {
					if s := m.seat[o]; s != nil && ok(m, o, s) {
						c = append(c, pair{m, o})
					}
				}
			}
			if len(c) > 0 {
				p := c[pick(len(c))]
				return p.m, p.o
			}
		}
		return randBounty(), ops[pick(len(ops))]
	}
	running := func() bool {
		now := b.now()
		for _, m := range bounties {
			if now < m.end {
				return true
			}
		}
		return false
	}
	randBatch := func() *mBatch {
		if n := len(batches); n > 4 && pick(10) < 7 {
			return batches[n-1-pick(4)]
		}
		return batches[pick(len(batches))]
	}
	check := func(step int, what string) {
		t.Helper()
		held := b.Balance(b.D.NodeBounty)
		if want := new(big.Int).Sub(escrowIn, paidOut); held.Cmp(want) != 0 {
			t.Fatalf("step %d (%s): NodeBounty holds %v, escrow in - paid out = %v", step, what, held, want)
		}
		books := new(big.Int)
		for _, m := range bounties {
			c := b.bounty(m.id)
			if c.Remaining.Cmp(m.remaining) != 0 || c.Reclaimable.Cmp(m.reclaimable) != 0 || c.Taken != m.taken ||
				c.End.Uint64() != m.end || c.Cancelled != m.cancelled || c.Claims != m.claims {
				t.Fatalf("step %d (%s): bounty %d is %+v, model %+v", step, what, m.id, c, *m)
			}
			books.Add(books, c.Remaining).Add(books, c.Reclaimable)
			for _, o := range ops {
				s := b.seat(m.id, o.Owner.Addr)
				ms := m.seat[o]
				if ms == nil {
					if s.Operator != (common.Address{}) {
						t.Fatalf("step %d (%s): bounty %d has a seat for %s the model lacks", step, what, m.id, o.Owner.Addr)
					}
					continue
				}
				if s.Operator != o.Owner.Addr || s.JoinedAt.Uint64() != ms.joinedAt || s.LeftAt.Uint64() != ms.leftAt ||
					s.Owed.Cmp(ms.owed) != 0 || s.Earned.Cmp(ms.earned) != 0 || s.PaidBatches != ms.paid ||
					s.FromClaims != ms.fromClaims || s.FromPaid != ms.fromPaid || s.LeftClaims != ms.leftClaims ||
					s.LeftPaid != ms.leftPaid {
					t.Fatalf("step %d (%s): bounty %d seat of %s is %+v, model %+v", step, what, m.id, o.Owner.Addr, s, *ms)
				}
				up := te.Call(b.Env, b.nb, b.abi.PackUptimeOf(u256(m.id), o.Owner.Addr), b.abi.UnpackUptimeOf)
				paid, claimed := ms.period(m)
				if up.Paid.Uint64() != uint64(paid) || up.Claimed.Uint64() != uint64(claimed) || paid > claimed {
					t.Fatalf("step %d (%s): bounty %d uptime of %s is %v of %v, model %d of %d", step, what, m.id,
						o.Owner.Addr, up.Paid, up.Claimed, paid, claimed)
				}
				books.Add(books, s.Owed)
			}
		}
		// escrow in = paid + refundable + unclaimed
		if sum := new(big.Int).Add(paidOut, books); sum.Cmp(escrowIn) != 0 {
			t.Fatalf("step %d (%s): paid %v + refundable and unclaimed %v != escrow in %v", step, what, paidOut, books, escrowIn)
		}
	}

	for step := 0; step < steps; step++ {
		if b.now() > lastFinal+12_000 { // keep the escape hatch closed
			newBatch(true)
			check(step, "batch (keep-alive)")
			continue
		}
		what := ""
		switch r := pick(100); {
		case (r < 8 && !(uptime && running())) || len(bounties) == 0: // post
			what = "post"
			poster := posters[pick(len(posters))]
			tm := b.terms(mul(milli, int64(1+pick(3))), uint32(1+pick(3)))
			tm.Kind = uint8(pick(3))
			tm.MinStake = []*big.Int{zero(), te.Ether(1), te.Ether(2)}[pick(3)]
			if uptime { // terms the agents (1 ETH) meet
				tm.Kind = []uint8{kindAny, kindAgent}[pick(2)]
				tm.MinStake = []*big.Int{zero(), te.Ether(1)}[pick(2)]
			}
			if pick(2) == 0 {
				tm.Start = b.now() + uint64(pick(300))
			}
			tm.End = max(tm.Start, b.now()) + 500 + uint64(pick(4000))
			if uptime {
				tm.End += 20_000 + uint64(pick(20_000))
			}
			tm.NoticePeriod = uint64(pick(1500))
			escrow := new(big.Int).Add(mul(tm.RewardPerBatch, int64(1+pick(8))), big.NewInt(int64(pick(1000))))
			r := b.Must(poster, b.nb, escrow, b.abi.PackPost(tm, new(big.Int)))
			ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackBountyPostedEvent)
			if tm.Start == 0 && ev.Terms.Start != blockTime(r) {
				t.Fatalf("step %d: start %d, block time %d", step, ev.Terms.Start, blockTime(r))
			}
			bounties = append(bounties, &mBounty{id: ev.BountyId.Uint64(), poster: poster, start: ev.Terms.Start, end: tm.End,
				notice: tm.NoticePeriod, reward: tm.RewardPerBatch, minStake: tm.MinStake, seats: tm.Seats, kind: tm.Kind,
				remaining: new(big.Int).Set(escrow), reclaimable: zero(), seat: map[*te.Operator]*mSeat{}, claimed: map[uint64]bool{}})
			escrowIn.Add(escrowIn, escrow)
			stats[what]++

		case r < 30: // join
			what = "join"
			now := b.now()
			m := pickWhere(func(m *mBounty) bool { return now < m.end && m.taken < m.seats })
			if near(m.end) {
				continue
			}
			o := ops[pick(len(ops))]
			if pick(10) < 7 { // an operator that qualifies, if there is one
				var fit []*te.Operator
				for _, c := range ops {
					agent := c == b.agents[0] || c == b.agents[1]
					if !jailed[c] && (m.seat[c] == nil || m.seat[c].leftAt != 0) && c.Stake.Cmp(m.minStake) >= 0 &&
						!(m.kind == kindHuman && agent) && !(m.kind == kindAgent && !agent) {
						fit = append(fit, c)
					}
				}
				if len(fit) > 0 {
					o = fit[pick(len(fit))]
				}
			}
			s := m.seat[o]
			agent := o == b.agents[0] || o == b.agents[1]
			want := ""
			switch {
			case b.now() >= m.end:
				want = "BountyOver"
			case s != nil && s.leftAt == 0:
				want = "AlreadySeated"
			case m.taken >= m.seats:
				want = "SeatsFull"
			case jailed[o]:
				want = "OperatorJailed"
			case (m.kind == kindHuman && agent) || (m.kind == kindAgent && !agent):
				want = "WrongKind"
			case o.Stake.Cmp(m.minStake) < 0:
				want = "StakeTooLow"
			}
			r, err := b.Send(o.Owner, b.nb, nil, b.abi.PackJoin(u256(m.id)))
			if outcome(step, what, err, want) {
				if s == nil {
					s = &mSeat{owed: zero(), earned: zero(), fromClaims: m.claims}
					m.seat[o] = s
				} else { // a rejoin: the unreported period carries over
					paid, claimed := s.period(m)
					s.fromClaims, s.fromPaid = m.claims-claimed, s.paid-paid
				}
				s.joinedAt, s.leftAt = blockTime(r), 0
				m.taken++
			}

		case r < 36: // leave
			what = "leave"
			m, o := pickSeat(func(_ *mBounty, _ *te.Operator, s *mSeat) bool { return s.leftAt == 0 })
			s := m.seat[o]
			want := ""
			if s == nil || s.leftAt != 0 {
				want = "NotSeated"
			}
			r, err := b.Send(o.Owner, b.nb, nil, b.abi.PackLeave(u256(m.id)))
			if outcome(step, what, err, want) {
				s.leftAt = blockTime(r)
				s.leftClaims, s.leftPaid = m.claims, s.paid
				m.taken--
			}

		case r < 52: // a batch, finalized at once or left pending
			what = "batch"
			newBatch(pick(10) < 7)
			stats[what]++

		case r < 76: // claim
			what = "claim"
			if len(batches) == 0 {
				continue
			}
			bt := randBatch()
			m := pickWhere(func(m *mBounty) bool {
				return !m.claimed[bt.h.BatchIndex] && m.start <= bt.committedAt && bt.committedAt <= m.end &&
					(len(payeesOf(m, bt)) > 0 || pick(3) == 0)
			})
			if uptime && pick(10) < 8 { // a claim that goes through, if there is one
				type pair struct {
					m  *mBounty
					bt *mBatch
				}
				var c []pair
				for _, mb := range bounties {
					for _, x := range batches {
						if x.final && !mb.claimed[x.h.BatchIndex] && mb.start <= x.committedAt && x.committedAt <= mb.end {
							c = append(c, pair{mb, x})
						}
					}
				}
				if len(c) > 0 {
					p := c[pick(len(c))]
					m, bt = p.m, p.bt
				}
			}
			signers := bt.signers
			wrong := pick(10) == 0
			if wrong {
				signers = signers[:len(signers)-1]
			}
			var payees []*te.Operator
			want := ""
			switch {
			case m.claimed[bt.h.BatchIndex]:
				want = "AlreadyClaimed"
			case !bt.final:
				want = "BatchNotFinalized"
			case wrong:
				want = "SignersMismatch"
			case bt.committedAt < m.start || bt.committedAt > m.end:
				want = "OutsideWindow"
			default:
				payees = payeesOf(m, bt)
			}
			share := new(big.Int)
			if want == "" && len(payees) > 0 {
				share.Set(m.reward)
				if mul(share, int64(len(payees))).Cmp(m.remaining) > 0 {
					share.Div(m.remaining, big.NewInt(int64(len(payees))))
				}
			}
			r, err := b.claim(m.id, bt.h.BatchIndex, signers...)
			if outcome(step, what, err, want) {
				ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackBatchClaimedEvent)
				if ev.Share.Cmp(share) != 0 || len(ev.Operators) != len(payees) {
					t.Fatalf("step %d: BatchClaimed %+v, model pays %d operators %v", step, ev, len(payees), share)
				}
				for _, o := range payees {
					found := false
					for _, a := range ev.Operators {
						found = found || a == o.Owner.Addr
					}
					if !found {
						t.Fatalf("step %d: BatchClaimed %+v does not pay %s", step, ev, o.Owner.Addr)
					}
					m.seat[o].owed.Add(m.seat[o].owed, share)
					m.seat[o].earned.Add(m.seat[o].earned, share)
					m.seat[o].paid++
				}
				m.remaining.Sub(m.remaining, mul(share, int64(len(payees))))
				m.claimed[bt.h.BatchIndex] = true
				m.claims++
				if len(payees) == 0 {
					stats["claim paying nobody"]++
				} else if share.Sign() == 0 {
					stats["claim paying 0 wei"]++
				}
			}

		case r < 78: // slash a 1-ETH operator (at most two, late: a quorum remains)
			what = "slash"
			o := ops[pick(len(ops))]
			if step < steps/4 || slashes >= 2 || jailed[o] || o.Stake.Cmp(te.Ether(1)) != 0 ||
				(uptime && (o == b.agents[0] || o == b.agents[1])) {
				continue
			}
			slashes++
			b.slash(o, 10_000+slashes)
			jailed[o] = true
			stats[what]++

		case r < 83: // reclaim
			what = "reclaim"
			m, o := pickSeat(func(_ *mBounty, o *te.Operator, s *mSeat) bool {
				return jailed[o] && (s.leftAt == 0 || s.owed.Sign() != 0)
			})
			s := m.seat[o]
			want := ""
			switch {
			case s == nil:
				want = "NotSeated"
			case !jailed[o]:
				want = "NotJailed"
			case s.leftAt != 0 && s.owed.Sign() == 0:
				want = "NothingToReclaim"
			}
			r, err := b.Send(b.anyone, b.nb, nil, b.abi.PackReclaim(u256(m.id), o.Owner.Addr))
			if outcome(step, what, err, want) {
				if s.leftAt == 0 {
					s.leftAt = blockTime(r)
					s.leftClaims, s.leftPaid = m.claims, s.paid
					m.taken--
				}
				m.reclaimable.Add(m.reclaimable, s.owed)
				s.owed = zero()
			}

		case r < 88: // withdraw
			what = "withdraw"
			m, o := pickSeat(func(_ *mBounty, _ *te.Operator, s *mSeat) bool { return s.owed.Sign() != 0 })
			s := m.seat[o]
			want := ""
			switch {
			case s == nil:
				want = "NotSeated"
			case jailed[o]:
				want = "OperatorJailed"
			case s.owed.Sign() == 0:
				want = "NothingToWithdraw"
			}
			before := b.Balance(o.Owner.Addr)
			r, err := b.Send(o.Owner, b.nb, nil, b.abi.PackWithdraw(u256(m.id)))
			if outcome(step, what, err, want) {
				if got := received(b, o.Owner, before, r); got.Cmp(s.owed) != 0 {
					t.Fatalf("step %d: withdrew %v, model owes %v", step, got, s.owed)
				}
				paidOut.Add(paidOut, s.owed)
				s.owed = zero()
			}

		case r < 90: // an uptime report
			what = "report"
			m, o := pickSeat(func(m *mBounty, o *te.Operator, s *mSeat) bool {
				_, claimed := s.period(m)
				return claimed >= uptimeSample && !jailed[o] && (o == b.agents[0] || o == b.agents[1])
			})
			s := m.seat[o]
			agent := o == b.agents[0] || o == b.agents[1]
			want := ""
			var paid, claimed uint32
			switch {
			case s == nil:
				want = "NotSeated"
			case jailed[o]:
				want = "OperatorJailed"
			case !agent:
				want = "WrongKind"
			default:
				if paid, claimed = s.period(m); claimed < uptimeSample {
					want = "SampleTooSmall"
				}
			}
			r, err := b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(m.id), o.Owner.Addr))
			if outcome(step, what, err, want) {
				ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackUptimeReportedEvent)
				if ev.Paid.Uint64() != uint64(paid) || ev.Claimed.Uint64() != uint64(claimed) ||
					ev.Value.Uint64() != uint64(paid)*10_000/uint64(claimed) || !ev.Recorded {
					t.Fatalf("step %d: UptimeReported %+v, model %d of %d", step, ev, paid, claimed)
				}
				if s.leftAt != 0 {
					s.fromClaims, s.fromPaid = s.leftClaims, s.leftPaid
				} else {
					s.fromClaims, s.fromPaid = m.claims, s.paid
				}
			}

		case r < 93: // cancel
			what = "cancel"
			if uptime && pick(4) != 0 { // bounties that run long
				continue
			}
			now := b.now()
			m := pickWhere(func(m *mBounty) bool { return now < m.end && !m.cancelled })
			from := m.poster
			if pick(5) == 0 {
				from = b.anyone
			}
			if near(m.end) {
				continue
			}
			want := ""
			switch {
			case from != m.poster:
				want = "NotPoster"
			case m.cancelled:
				want = "AlreadyCancelled"
			case b.now() >= m.end:
				want = "BountyOver"
			}
			r, err := b.Send(from, b.nb, nil, b.abi.PackCancel(u256(m.id)))
			if outcome(step, what, err, want) {
				m.end = min(m.end, blockTime(r)+m.notice)
				m.cancelled = true
				if ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackCancelledEvent); ev.End != m.end {
					t.Fatalf("step %d: Cancelled %+v, model end %d", step, ev, m.end)
				}
			}

		case r < 95: // refund
			what = "refund"
			now := b.now()
			m := pickWhere(func(m *mBounty) bool {
				return m.reclaimable.Sign() != 0 || (m.remaining.Sign() != 0 && now >= m.end+bountyClaimPeriod)
			})
			from := m.poster
			if pick(5) == 0 {
				from = b.anyone
			}
			at := m.end + bountyClaimPeriod
			if near(at) {
				continue
			}
			matured := b.now() >= at
			amount := new(big.Int).Set(m.reclaimable)
			if matured {
				amount.Add(amount, m.remaining)
			}
			want := ""
			switch {
			case from != m.poster:
				want = "NotPoster"
			case !matured && m.reclaimable.Sign() == 0 && m.remaining.Sign() != 0:
				want = "RefundNotYet"
			case amount.Sign() == 0:
				want = "NothingToRefund"
			}
			before := b.Balance(from.Addr)
			r, err := b.Send(from, b.nb, nil, b.abi.PackRefund(u256(m.id)))
			if outcome(step, what, err, want) {
				if got := received(b, from, before, r); got.Cmp(amount) != 0 {
					t.Fatalf("step %d: refunded %v, model %v", step, got, amount)
				}
				paidOut.Add(paidOut, amount)
				m.reclaimable = zero()
				if matured {
					m.remaining = zero()
				}
			}

		default:
			what = "advance"
			if uptime {
				b.Advance(uint64(1 + pick(300)))
			} else {
				b.Advance(uint64(1 + pick(3000)))
			}
			stats[what]++
		}
		check(step, what)
	}
	proveAll()
	t.Logf("seed %d: %v", seed, stats)
	if uptime && stats["report"] == 0 {
		t.Fatal("no uptime report went through: the run never reached the sample")
	}
}
