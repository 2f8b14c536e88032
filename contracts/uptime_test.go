package contracts_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// Tests of protocol-sourced uptime (issue 13): NodeBounty counts every
// claim of a bounty and, per seat, the claims that credited it;
// reportUptime turns a seat's period into ERC-8004 feedback from NodeBounty
// as client (tag1 "uptime", tag2 "mycel-bounty", 2 decimals). Real batches,
// committed with a certificate and proven, as in nodebounty_test.go.

// uptimeSample is NodeBounty.MIN_UPTIME_SAMPLE (TestUptimeReported checks).
const uptimeSample = 16

// uptimeTracker claims batches of one bounty and keeps the model: the
// bounty's claim count and, per seat, the claims that credited it.
type uptimeTracker struct {
	b      *bountyEnv
	id     uint64
	seated map[*te.Operator]bool
	claims uint32
	paid   map[*te.Operator]uint32
}

func newUptimeTracker(b *bountyEnv, id uint64) *uptimeTracker {
	return &uptimeTracker{b: b, id: id, seated: map[*te.Operator]bool{}, paid: map[*te.Operator]uint32{}}
}

func (u *uptimeTracker) join(op *te.Operator) {
	u.b.t.Helper()
	u.b.join(u.id, op)
	u.seated[op] = true
}

func (u *uptimeTracker) leave(op *te.Operator) {
	u.b.t.Helper()
	u.b.Must(op.Owner, u.b.nb, nil, u.b.abi.PackLeave(u256(u.id)))
	u.seated[op] = false
}

// claim claims batch index, committed while the seats of `seated` were
// held (and no other), signed by signers: it credits the seated signers.
func (u *uptimeTracker) claim(index uint64, signers []*te.Operator, seated map[*te.Operator]bool) {
	u.b.t.Helper()
	var payees []*te.Operator
	for _, o := range signers {
		if seated[o] {
			payees = append(payees, o)
			u.paid[o]++
		}
	}
	share := new(big.Int)
	if len(payees) > 0 {
		share = milli
	}
	u.b.mustClaim(u.id, index, signers, share, payees...)
	u.claims++
}

// next commits, proves and claims a batch signed by signers.
func (u *uptimeTracker) next(signers ...*te.Operator) {
	u.b.t.Helper()
	seated := map[*te.Operator]bool{}
	for o, s := range u.seated {
		seated[o] = s
	}
	u.claim(u.b.batch(signers...), signers, seated)
}

// uptimeOf is NodeBounty.uptimeOf: the unreported period's credited claims and claims.
func (b *bountyEnv) uptimeOf(id uint64, op *te.Operator) (paid, claimed uint64) {
	b.t.Helper()
	up := te.Call(b.Env, b.nb, b.abi.PackUptimeOf(u256(id), op.Owner.Addr), b.abi.UnpackUptimeOf)
	return up.Paid.Uint64(), up.Claimed.Uint64()
}

func (b *bountyEnv) wantUptime(id uint64, op *te.Operator, paid, claimed uint32) {
	b.t.Helper()
	if p, c := b.uptimeOf(id, op); p != uint64(paid) || c != uint64(claimed) {
		b.t.Fatalf("bounty %d: uptime of %s is %d of %d, want %d of %d", id, op.Owner.Addr, p, c, paid, claimed)
	}
}

// uptimeKey is the feedbackHash of a report: keccak256(abi.encode(bountyId,
// operator, fromClaims, toClaims)).
func uptimeKey(id uint64, op common.Address, from, to uint32) common.Hash {
	word := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	return crypto.Keccak256Hash(word(id), common.LeftPadBytes(op.Bytes(), 32), word(uint64(from)), word(uint64(to)))
}

// report reports op's uptime and checks UptimeReported and, when the
// registry took it, the registry's NewFeedback against the model: paid of
// claimed, the period [from, to) of the bounty's claims.
func (b *bountyEnv) report(id uint64, op *te.Operator, agentID int64, paid, claimed, from, to uint32, recorded bool) *types.Receipt {
	b.t.Helper()
	r := b.Must(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id), op.Owner.Addr))
	ev := eventOf(b.t, r, b.D.NodeBounty, b.abi.UnpackUptimeReportedEvent)
	value := uint64(paid) * 10_000 / uint64(claimed)
	if ev.BountyId.Uint64() != id || ev.Operator != op.Owner.Addr || ev.AgentId.Int64() != agentID ||
		ev.Paid.Uint64() != uint64(paid) || ev.Claimed.Uint64() != uint64(claimed) || ev.Value.Uint64() != value ||
		ev.Recorded != recorded {
		b.t.Fatalf("UptimeReported %+v, want %d of %d (%d), recorded %v", ev, paid, claimed, value, recorded)
	}
	rep := bindings.NewReputationRegistry()
	var fb *bindings.ReputationRegistryNewFeedback
	for _, l := range r.Logs {
		if l.Address == b.D.Reputation {
			if e, err := rep.UnpackNewFeedbackEvent(l); err == nil {
				fb = e
			}
		}
	}
	switch {
	case !recorded && fb != nil:
		b.t.Fatalf("a refused report left feedback %+v", fb)
	case recorded && fb == nil:
		b.t.Fatal("no NewFeedback in the report's receipt")
	case recorded:
		if fb.AgentId.Int64() != agentID || fb.ClientAddress != b.D.NodeBounty || fb.Value.Uint64() != value ||
			fb.ValueDecimals != 2 || fb.Tag1 != "uptime" || fb.Tag2 != "mycel-bounty" || fb.Endpoint != "" ||
			fb.FeedbackURI != "" || common.Hash(fb.FeedbackHash) != uptimeKey(id, op.Owner.Addr, from, to) {
			b.t.Fatalf("NewFeedback %+v, want value %d for claims [%d, %d)", fb, value, from, to)
		}
	}
	b.wantUptime(id, op, 0, 0)
	return r
}

// uptimeSummary is the registry's summary of identity agentID's uptime
// feedback from NodeBounty.
func (b *bountyEnv) uptimeSummary(agentID int64) bindings.GetSummaryOutput {
	b.t.Helper()
	rep := bindings.NewReputationRegistry()
	return te.Call(b.Env, rep.Instance(b.Client, b.D.Reputation),
		rep.PackGetSummary(big.NewInt(agentID), []common.Address{b.D.NodeBounty}, "uptime", "mycel-bounty"), rep.UnpackGetSummary)
}

// TestUptimeReported: an agent's uptime over real finalized batches, some
// it signed, some not, some paying nobody (counted all the same), one
// committed before its join (counted as missed); the minimum sample; the
// feedback (value, decimals, tags, hash) and the summary; a second report
// covering only the claims since the first; reports refused for a human,
// an unseated operator, an unknown bounty.
func TestUptimeReported(t *testing.T) {
	b := newBountyEnv(t)
	h, a := b.humans, b.agents
	if got := te.Call(b.Env, b.nb, b.abi.PackMINUPTIMESAMPLE(), b.abi.UnpackMINUPTIMESAMPLE); got.Uint64() != uptimeSample {
		t.Fatalf("MIN_UPTIME_SAMPLE %v, want %d", got, uptimeSample)
	}
	id := b.post(b.poster, b.terms(milli, 3), te.Ether(1), 0)
	other := b.post(b.poster, b.terms(milli, 3), te.Ether(1), 0)
	u := newUptimeTracker(b, id)

	pre := b.batch(b.all()...) // committed before the seats were taken
	u.join(a[0])
	u.join(h[0])
	b.join(other, a[0])
	u.claim(pre, b.all(), nil) // pays nobody; a miss for the seats
	b.wantUptime(id, a[0], 0, 1)

	// Four kinds of batches: nobody seated signs (a claim paying nobody),
	// only h[0] does, both do.
	for i := 0; u.claims < 20; i++ {
		switch i % 4 {
		case 0:
			u.next(b.all(a[0], h[0])...)
		case 1:
			u.next(b.all(a[0])...)
		default:
			u.next(b.all()...)
		}
		if u.claims == uptimeSample-1 {
			_, err := b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id), a[0].Owner.Addr))
			b.Reverts(err, "SampleTooSmall")
		}
	}
	b.wantUptime(id, a[0], u.paid[a[0]], u.claims)
	if u.paid[a[0]] == 0 || u.paid[a[0]] == u.claims {
		t.Fatalf("the scenario credits the agent %d of %d claims: not a test of the share", u.paid[a[0]], u.claims)
	}
	// Another bounty's claims count for that bounty only.
	b.mustClaim(other, pre, b.all(), new(big.Int))
	b.wantUptime(other, a[0], 0, 1)
	b.wantUptime(id, a[0], u.paid[a[0]], u.claims)

	// Refusals: a human (no identity to rate), an operator without a seat,
	// an unknown bounty.
	_, err := b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id), h[0].Owner.Addr))
	b.Reverts(err, "WrongKind")
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id), a[1].Owner.Addr))
	b.Reverts(err, "NotSeated")
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id), common.Address{}))
	b.Reverts(err, "NotSeated")
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(99), a[0].Owner.Addr))
	b.Reverts(err, "UnknownBounty")

	first := uint64(u.paid[a[0]]) * 10_000 / uint64(u.claims)
	r := b.report(id, a[0], 1, u.paid[a[0]], u.claims, 0, u.claims, true)
	t.Logf("reportUptime (the agent's first entry from NodeBounty): %d gas", r.GasUsed)
	if s := b.uptimeSummary(1); s.Count != 1 || s.SummaryValue.Uint64() != first || s.SummaryValueDecimals != 2 {
		t.Fatalf("summary after the first report: %+v, want (1, %d, 2)", s, first)
	}
	rep := bindings.NewReputationRegistry()
	fb := te.Call(b.Env, rep.Instance(b.Client, b.D.Reputation), rep.PackReadFeedback(big.NewInt(1), b.D.NodeBounty, 1), rep.UnpackReadFeedback)
	if fb.Value.Uint64() != first || fb.ValueDecimals != 2 || fb.Tag1 != "uptime" || fb.Tag2 != "mycel-bounty" || fb.IsRevoked {
		t.Fatalf("stored feedback %+v", fb)
	}
	// At once again: nothing since.
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id), a[0].Owner.Addr))
	b.Reverts(err, "SampleTooSmall")

	// A second period: the agent signs three batches in four.
	from, paidFrom := u.claims, u.paid[a[0]]
	for i := 0; u.claims < from+uptimeSample; i++ {
		if i%4 == 3 {
			u.next(b.all(a[0])...)
		} else {
			u.next(b.all()...)
		}
	}
	paid := u.paid[a[0]] - paidFrom
	second := uint64(paid) * 10_000 / uptimeSample
	if second == first {
		t.Fatal("the two periods have the same uptime: the summary would not tell them apart")
	}
	b.report(id, a[0], 1, paid, uptimeSample, from, u.claims, true)
	if s := b.uptimeSummary(1); s.Count != 2 || s.SummaryValue.Uint64() != (first+second)/2 || s.SummaryValueDecimals != 2 {
		t.Fatalf("summary after two reports: %+v, want (2, %d, 2)", s, (first+second)/2)
	}
	// The human's seat counted too (only its report is refused).
	b.wantUptime(id, h[0], u.paid[h[0]], u.claims)
}

// TestUptimeLeftSeat: a seat that left reports up to its leave: claims
// after it (one of them crediting the seat for a batch committed before
// the leave) count for nothing; an operator that rejoins carries its
// unreported period over, without the claims in between.
func TestUptimeLeftSeat(t *testing.T) {
	b := newBountyEnv(t)
	a := b.agents[0]
	id := b.post(b.poster, b.terms(milli, 2), te.Ether(1), 0)
	u := newUptimeTracker(b, id)
	u.join(a)
	for i := 0; u.claims < uptimeSample+1; i++ {
		if i%3 == 0 {
			u.next(b.all(a)...)
		} else {
			u.next(b.all()...)
		}
	}
	paid, claimed := u.paid[a], u.claims
	hd := b.commit(b.all()...) // signed while seated
	u.leave(a)
	b.prove(hd)
	u.claim(hd.BatchIndex, b.all(), map[*te.Operator]bool{a: true}) // pays the seat
	u.next(b.all()...)                                              // after the leave: pays nobody
	if u.paid[a] != paid+1 || u.claims != claimed+2 {
		t.Fatalf("model: %d of %d", u.paid[a], u.claims)
	}
	b.wantUptime(id, a, paid, claimed)
	if s := b.seat(id, a.Owner.Addr); s.PaidBatches != u.paid[a] || s.LeftClaims != claimed || s.LeftPaid != paid {
		t.Fatalf("seat after the leave %+v", s)
	}
	b.report(id, a, 1, paid, claimed, 0, claimed, true)
	_, err := b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id), a.Owner.Addr))
	b.Reverts(err, "SampleTooSmall")

	// Another bounty: a short first term, a gap, a second term.
	id2 := b.post(b.poster, b.terms(milli, 2), te.Ether(1), 0)
	u2 := newUptimeTracker(b, id2)
	u2.join(a)
	for i := 0; i < 5; i++ {
		if i%2 == 0 {
			u2.next(b.all()...)
		} else {
			u2.next(b.all(a)...)
		}
	}
	term1Paid, term1Claims := u2.paid[a], u2.claims
	hd = b.commit(b.all()...)
	u2.leave(a)
	b.prove(hd)
	u2.claim(hd.BatchIndex, b.all(), map[*te.Operator]bool{a: true}) // credits the old term, in the gap
	u2.next(b.all()...)                                              // the gap
	b.wantUptime(id2, a, term1Paid, term1Claims)
	if u2.paid[a] != term1Paid+1 || u2.claims != term1Claims+2 {
		t.Fatalf("model: the gap should hold two claims, one crediting the seat: %d of %d", u2.paid[a], u2.claims)
	}
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id2), a.Owner.Addr))
	b.Reverts(err, "SampleTooSmall")

	// At the rejoin the period's start shifts to the claim count less the
	// first term's claims (and its credits likewise): the gap drops out.
	from, fromPaid := u2.claims-term1Claims, u2.paid[a]-term1Paid
	u2.join(a)
	b.wantUptime(id2, a, term1Paid, term1Claims) // carried over
	for u2.claims-from < uptimeSample {
		if u2.claims%4 == 0 {
			u2.next(b.all(a)...)
		} else {
			u2.next(b.all()...)
		}
	}
	paid2 := u2.paid[a] - fromPaid
	b.wantUptime(id2, a, paid2, uptimeSample)
	b.report(id2, a, 1, paid2, uptimeSample, from, u2.claims, true)
	if s := b.uptimeSummary(1); s.Count != 2 {
		t.Fatalf("summary after two reports: %+v", s)
	}
}

// sendWithGas sends data to `to` from `from` with gas limit `gas` (no
// estimate) and returns the mined receipt, successful or not.
func sendWithGas(b *bountyEnv, from te.Account, to common.Address, data []byte, gas uint64) *types.Receipt {
	b.t.Helper()
	opts := bind.NewKeyedTransactor(from.Key, b.ChainID)
	opts.Context = b.Ctx
	opts.GasLimit = gas
	tx, err := bind.Transact(b.At(to), opts, data)
	if err != nil {
		b.t.Fatal(err)
	}
	for i := 0; ; i++ {
		b.Sim.Commit()
		r, err := b.Client.TransactionReceipt(b.Ctx, tx.Hash())
		if err == nil {
			return r
		}
		if i == 100 {
			b.t.Fatalf("transaction not mined: %v", err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestUptimeGasAndRefusals: a caller cannot starve the feedback call and
// move a seat's period on without the record (InsufficientGas, and at
// every gas limit a report either reverts or is recorded); a registry that
// refuses the entry does not block the report; jailed operators and agents
// whose identity link is gone are refused; a NodeBounty deployed without a
// registry counts claims and refuses reports.
func TestUptimeGasAndRefusals(t *testing.T) {
	b := newBountyEnv(t)
	a := b.agents
	id := b.post(b.poster, b.terms(milli, 3), te.Ether(1), 0)
	u := newUptimeTracker(b, id)
	u.join(a[0])
	u.join(a[1])
	for u.claims < uptimeSample {
		u.next(b.all()...)
	}
	data := b.abi.PackReportUptime(u256(id), a[0].Owner.Addr)
	_, err := b.Client.CallContract(b.Ctx, ethereum.CallMsg{From: b.anyone.Addr, To: &b.D.NodeBounty, Gas: 300_000, Data: data}, nil)
	b.Reverts(err, "InsufficientGas")

	// Every gas limit from below the floor up: reverted, or recorded.
	reported := false
	for gas := uint64(200_000); gas < 700_000 && !reported; gas += 4_000 {
		r := sendWithGas(b, b.anyone, b.D.NodeBounty, data, gas)
		if r.Status != types.ReceiptStatusSuccessful {
			b.wantUptime(id, a[0], u.paid[a[0]], u.claims)
			continue
		}
		ev := eventOf(t, r, b.D.NodeBounty, b.abi.UnpackUptimeReportedEvent)
		if !ev.Recorded {
			t.Fatalf("gas limit %d: the report went through unrecorded: %+v", gas, ev)
		}
		t.Logf("the least gas limit that reports: %d (%d used)", gas, r.GasUsed)
		reported = true
	}
	if !reported {
		t.Fatal("no gas limit up to 700,000 reported")
	}
	if s := b.uptimeSummary(1); s.Count != 1 {
		t.Fatalf("summary of identity 1: %+v", s)
	}

	// A registry that refuses (NodeBounty approved for identity 2: it may
	// not rate it) does not block the report; the period moves on.
	b.Must(a[1].Owner, b.Identity, nil, b.IdentityABI.PackApprove(b.D.NodeBounty, big.NewInt(2)))
	if !linkValid(b.Env, 2) {
		t.Fatal("an approval broke the identity link")
	}
	b.report(id, a[1], 2, u.paid[a[1]], u.claims, 0, u.claims, false)
	if s := b.uptimeSummary(2); s.Count != 0 {
		t.Fatalf("a refused entry is in the summary: %+v", s)
	}

	from := u.claims
	for u.claims < from+uptimeSample {
		u.next(b.all()...)
	}
	// An identity link gone (identity 2 transferred): refused.
	b.Must(a[1].Owner, b.Identity, nil, b.IdentityABI.PackTransferFrom(a[1].Owner.Addr, b.Users[10].Addr, big.NewInt(2)))
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id), a[1].Owner.Addr))
	b.Reverts(err, "AgentNotLinked")
	// A jailed operator: refused (its slash is on record from the Slasher).
	b.slash(a[0], 500)
	_, err = b.Send(b.anyone, b.nb, nil, b.abi.PackReportUptime(u256(id), a[0].Owner.Addr))
	b.Reverts(err, "OperatorJailed")
	b.wantUptime(id, a[0], u.paid[a[0]]-uptimeSample, uptimeSample)

	// Deployed without a ReputationRegistry: claims count, reports are refused.
	code := append(common.FromHex(bindings.NodeBountyMetaData.Bin),
		b.abi.PackConstructor(b.D.Rollup, b.D.Staking, common.Address{}, b.D.BLS, bountyClaimPeriod)...)
	dr, err := b.Deploy(b.Deployer, code)
	if err != nil {
		t.Fatal(err)
	}
	bare := b.abi.Instance(b.Client, dr.ContractAddress)
	b.Must(b.poster, bare, te.Ether(1), b.abi.PackPost(b.terms(milli, 1), new(big.Int)))
	b.Must(a[1].Owner, bare, nil, b.abi.PackJoin(big.NewInt(1)))
	i := b.batch(b.all(a[0])...)
	ss, st := certOrder(b.all(a[0]))
	b.Must(b.anyone, bare, nil, b.abi.PackClaim(big.NewInt(1), u256(i), b.HeaderHashOf(u256(i)), b.RecordOf(u256(i)), ss, st))
	if got := te.Call(b.Env, bare, b.abi.PackBounty(big.NewInt(1)), b.abi.UnpackBounty); got.Claims != 1 {
		t.Fatalf("bounty on a bare NodeBounty: %+v", got)
	}
	_, err = b.Send(b.anyone, bare, nil, b.abi.PackReportUptime(big.NewInt(1), a[1].Owner.Addr))
	b.Reverts(err, "NoReputationRegistry")
}
