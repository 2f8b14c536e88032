package agent

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// BountyKind is which operators qualify for a bounty's seats
// (NodeBounty.OperatorKind).
type BountyKind uint8

// Bounty kinds.
const (
	BountyAnyOperator BountyKind = 0
	BountyHumans      BountyKind = 1
	BountyAgents      BountyKind = 2
)

var bountyKindNames = []string{"any", "human", "agent"}

func (k BountyKind) String() string {
	if int(k) < len(bountyKindNames) {
		return bountyKindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// MarshalText writes the kind's name.
func (k BountyKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads "any", "human" or "agent".
func (k *BountyKind) UnmarshalText(b []byte) error {
	v, err := ParseBountyKind(string(b))
	*k = v
	return err
}

// ParseBountyKind reads "any", "human" or "agent".
func ParseBountyKind(s string) (BountyKind, error) {
	for i, n := range bountyKindNames {
		if s == n {
			return BountyKind(i), nil
		}
	}
	return 0, fmt.Errorf("bounty kind %q: want any, human or agent", s)
}

// ReputationRequirement is a bounty's minimum ERC-8004 reputation: at
// join, the registry's summary of the operator's agent identity over
// Clients with the tags must count an entry and reach MinValue /
// 10^MinDecimals.
type ReputationRequirement struct {
	Registry    common.Address   `json:"registry"`
	Clients     []common.Address `json:"clients"`
	Tag1        string           `json:"tag1,omitempty"`
	Tag2        string           `json:"tag2,omitempty"`
	MinValue    *big.Int         `json:"min_value"`
	MinDecimals uint8            `json:"min_decimals"`
}

// BountyTerms are what PostBounty posts.
type BountyTerms struct {
	// RewardPerBatch is paid, in wei, to each seated operator that signed
	// a finalized batch committed in the window.
	RewardPerBatch *big.Int
	// MinStake is the bonded stake (wei) an operator needs to join, and to
	// have signed each paid batch with.
	MinStake *big.Int
	Seats    uint32
	Kind     BountyKind
	// Start and End are the window (Start zero: when posted).
	Start, End time.Time
	// NoticePeriod is how long the bounty runs on after a cancel.
	NoticePeriod time.Duration
	// Reputation, if set, is a minimum reputation (agents only).
	Reputation *ReputationRequirement
	// Escrow is the ETH (wei) put in escrow, paid out as rewards; what is
	// left is refunded after the end.
	Escrow *big.Int
	// AgentID is the poster's ERC-8004 identity (the L1 key must own it
	// or be its agentWallet); nil or 0: none.
	AgentID *big.Int
}

// BountyPosted is a bounty posted on L1.
type BountyPosted struct {
	L1Tx
	ID uint64 `json:"bounty_id"`
	// Start is the window's start as the contract resolved it.
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

// PostBounty posts a bounty with t.Escrow in escrow from the L1 key.
func (c *Client) PostBounty(ctx context.Context, t BountyTerms) (*BountyPosted, error) {
	switch {
	case t.Escrow == nil || t.Escrow.Sign() <= 0:
		return nil, fmt.Errorf("%w: a bounty needs an escrow above zero", ErrBadTerms)
	case t.RewardPerBatch == nil || t.RewardPerBatch.Sign() <= 0:
		return nil, fmt.Errorf("%w: a bounty needs a reward per batch above zero", ErrBadTerms)
	case t.Seats == 0:
		return nil, fmt.Errorf("%w: a bounty needs at least one seat", ErrBadTerms)
	case t.End.IsZero():
		return nil, fmt.Errorf("%w: a bounty needs an end time", ErrBadTerms)
	case t.NoticePeriod < 0:
		return nil, fmt.Errorf("%w: negative notice period", ErrBadTerms)
	case t.Kind > BountyAgents:
		return nil, fmt.Errorf("%w: operator kind %d", ErrBadTerms, t.Kind)
	}
	if err := c.needL1Key("bounty post"); err != nil {
		return nil, err
	}
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return nil, err
	}
	now, err := c.l1Now(ctx)
	if err != nil {
		return nil, err
	}
	if !t.End.After(now) || (!t.Start.IsZero() && !t.End.After(t.Start)) {
		return nil, fmt.Errorf("%w: the end %s must be after the start and after L1's time %s", ErrBadTerms, t.End.UTC().Format(time.RFC3339), now.UTC().Format(time.RFC3339))
	}
	terms := bindings.NodeBountyTerms{RewardPerBatch: t.RewardPerBatch, MinStake: new(big.Int), Seats: t.Seats, Kind: uint8(t.Kind),
		End: uint64(t.End.Unix()), NoticePeriod: uint64(t.NoticePeriod / time.Second),
		Reputation: bindings.NodeBountyReputation{Clients: []common.Address{}, MinValue: new(big.Int)}}
	if t.MinStake != nil {
		terms.MinStake = t.MinStake
	}
	if !t.Start.IsZero() {
		terms.Start = uint64(t.Start.Unix())
	}
	if r := t.Reputation; r != nil {
		terms.Reputation = bindings.NodeBountyReputation{Registry: r.Registry, Clients: r.Clients, Tag1: r.Tag1, Tag2: r.Tag2,
			MinValue: r.MinValue, MinDecimals: r.MinDecimals}
		if terms.Reputation.Clients == nil {
			terms.Reputation.Clients = []common.Address{}
		}
		if terms.Reputation.MinValue == nil {
			terms.Reputation.MinValue = new(big.Int)
		}
	}
	agentID := new(big.Int)
	if t.AgentID != nil {
		agentID.Set(t.AgentID)
	}
	nb := bindings.NewNodeBounty()
	rcpt, err := c.sendL1To(ctx, addr, bountyRules, "bounty post", nb.PackPost(terms, agentID), t.Escrow)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, addr, nb.UnpackBountyPostedEvent)
	if !ok {
		return nil, fmt.Errorf("bounty post %s: mined without a BountyPosted event", rcpt.TxHash)
	}
	return &BountyPosted{L1Tx: l1TxOf(rcpt), ID: ev.BountyId.Uint64(), Start: time.Unix(int64(ev.Terms.Start), 0).UTC(),
		End: time.Unix(int64(ev.Terms.End), 0).UTC()}, nil
}

// Bounty is a NodeBounty bounty as L1 records it.
type Bounty struct {
	ID             uint64         `json:"id"`
	Poster         common.Address `json:"poster"`
	AgentID        *big.Int       `json:"agent_id"` // the poster's identity; 0: none
	RewardPerBatch *big.Int       `json:"reward_per_batch_wei"`
	MinStake       *big.Int       `json:"min_stake_wei"`
	Seats          uint32         `json:"seats"`
	Taken          uint32         `json:"taken"`
	Kind           BountyKind     `json:"kind"`
	Start          time.Time      `json:"start"`
	// End is when the bounty stops paying (brought forward by a cancel).
	End          time.Time `json:"end"`
	NoticePeriod uint64    `json:"notice_period_s"`
	Cancelled    bool      `json:"cancelled"`
	// Claims is how many finalized batches were claimed for it (paying
	// or not): what uptime is measured against.
	Claims    uint32   `json:"claims"`
	Escrow    *big.Int `json:"escrow_wei"`
	Remaining *big.Int `json:"remaining_wei"`
	// Reclaimable is what slashed operators forfeited: the poster's to
	// refund at once.
	Reclaimable *big.Int `json:"reclaimable_wei"`
	// Open: it takes operators now (not over, a seat free, escrow left).
	Open bool `json:"open"`
	// RefundableAt is when the unspent escrow returns to the poster.
	RefundableAt time.Time              `json:"refundable_at"`
	Reputation   *ReputationRequirement `json:"reputation,omitempty"`
	// Seat is the Client's L1 address's seat, if it ever held one.
	Seat *BountySeat `json:"seat,omitempty"`
}

// BountySeat is an operator's seat in a bounty.
type BountySeat struct {
	Operator common.Address `json:"operator"`
	JoinedAt time.Time      `json:"joined_at"`
	// LeftAt is zero while seated.
	LeftAt *time.Time `json:"left_at,omitempty"`
	// Owed is credited and not withdrawn; Earned credited in total.
	Owed   *big.Int `json:"owed_wei"`
	Earned *big.Int `json:"earned_wei"`
	// PaidBatches is how many claims credited the seat in all;
	// UptimePaid of UptimeClaimed the period not reported yet
	// (ReportUptime).
	PaidBatches   uint32 `json:"paid_batches"`
	UptimePaid    uint64 `json:"uptime_paid"`
	UptimeClaimed uint64 `json:"uptime_claimed"`
}

// Bounty reads bounty id (with the seat of the Client's L1 address, if
// any).
func (c *Client) Bounty(ctx context.Context, id uint64) (*Bounty, error) {
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return nil, err
	}
	return c.readBounty(ctx, addr, id)
}

func (c *Client) readBounty(ctx context.Context, addr common.Address, id uint64) (*Bounty, error) {
	nb := bindings.NewNodeBounty()
	bid := new(big.Int).SetUint64(id)
	b, err := l1CallAt(ctx, c, addr, nil, nb.PackBounty(bid), nb.UnpackBounty)
	if err != nil {
		if strings.Contains(err.Error(), "UnknownBounty") {
			return nil, fmt.Errorf("%w: no bounty %d: list them with bounty list (%v)", ErrBountyOver, id, err)
		}
		return nil, fmt.Errorf("NodeBounty.bounty(%d): %w", id, err)
	}
	out := &Bounty{ID: id, Poster: b.Poster, AgentID: b.AgentId, RewardPerBatch: b.RewardPerBatch, MinStake: b.MinStake,
		Seats: b.Seats, Taken: b.Taken, Kind: BountyKind(b.Kind), Start: unixTime(b.Start), End: unixTime(b.End),
		NoticePeriod: b.NoticePeriod.Uint64(), Cancelled: b.Cancelled, Claims: b.Claims, Escrow: b.Escrow, Remaining: b.Remaining, Reclaimable: b.Reclaimable}
	if out.Open, err = l1CallAt(ctx, c, addr, nil, nb.PackIsOpen(bid), nb.UnpackIsOpen); err != nil {
		return nil, fmt.Errorf("NodeBounty.isOpen(%d): %w", id, err)
	}
	ra, err := l1CallAt(ctx, c, addr, nil, nb.PackRefundableAt(bid), nb.UnpackRefundableAt)
	if err != nil {
		return nil, fmt.Errorf("NodeBounty.refundableAt(%d): %w", id, err)
	}
	out.RefundableAt = unixTime(ra)
	rep, err := l1CallAt(ctx, c, addr, nil, nb.PackReputationTerms(bid), nb.UnpackReputationTerms)
	if err != nil {
		return nil, fmt.Errorf("NodeBounty.reputationTerms(%d): %w", id, err)
	}
	if rep.Registry != (common.Address{}) {
		out.Reputation = &ReputationRequirement{Registry: rep.Registry, Clients: rep.Clients, Tag1: rep.Tag1, Tag2: rep.Tag2,
			MinValue: rep.MinValue, MinDecimals: rep.MinDecimals}
	}
	if c.keys.Address != (common.Address{}) {
		if out.Seat, err = c.seatOf(ctx, addr, id, c.keys.Address); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func unixTime(v *big.Int) time.Time {
	if v == nil || !v.IsInt64() {
		return time.Time{}
	}
	return time.Unix(v.Int64(), 0).UTC()
}

// Seat reads operator's seat in bounty id (nil: it never held one).
func (c *Client) Seat(ctx context.Context, id uint64, operator common.Address) (*BountySeat, error) {
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return nil, err
	}
	return c.seatOf(ctx, addr, id, operator)
}

func (c *Client) seatOf(ctx context.Context, addr common.Address, id uint64, operator common.Address) (*BountySeat, error) {
	nb := bindings.NewNodeBounty()
	s, err := l1CallAt(ctx, c, addr, nil, nb.PackSeatOf(new(big.Int).SetUint64(id), operator), nb.UnpackSeatOf)
	if err != nil {
		return nil, fmt.Errorf("NodeBounty.seatOf(%d, %s): %w", id, operator, err)
	}
	if s.Operator == (common.Address{}) {
		return nil, nil
	}
	seat := &BountySeat{Operator: s.Operator, JoinedAt: unixTime(s.JoinedAt), Owed: s.Owed, Earned: s.Earned, PaidBatches: s.PaidBatches}
	if s.LeftAt.Sign() != 0 {
		t := unixTime(s.LeftAt)
		seat.LeftAt = &t
	}
	up, err := l1CallAt(ctx, c, addr, nil, nb.PackUptimeOf(new(big.Int).SetUint64(id), operator), nb.UnpackUptimeOf)
	if err != nil {
		return nil, fmt.Errorf("NodeBounty.uptimeOf(%d, %s): %w", id, operator, err)
	}
	seat.UptimePaid, seat.UptimeClaimed = up.Paid.Uint64(), up.Claimed.Uint64()
	return seat, nil
}

// MaxBountyPage bounds a page of OpenBounties and Bounties.
const MaxBountyPage = 100

// OpenBounties lists up to limit open bounties (taking operators now)
// with ids from `from` on (0: the first), ascending, and the id to go on
// from (0: none left).
func (c *Client) OpenBounties(ctx context.Context, from uint64, limit int) ([]Bounty, uint64, error) {
	if limit <= 0 || limit > MaxBountyPage {
		limit = MaxBountyPage
	}
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return nil, 0, err
	}
	nb := bindings.NewNodeBounty()
	page, err := l1CallAt(ctx, c, addr, nil, nb.PackOpenBounties(new(big.Int).SetUint64(from), big.NewInt(int64(limit))), nb.UnpackOpenBounties)
	if err != nil {
		return nil, 0, fmt.Errorf("NodeBounty.openBounties: %w", err)
	}
	out := make([]Bounty, 0, len(page.Ids))
	for _, id := range page.Ids {
		b, err := c.readBounty(ctx, addr, id.Uint64())
		if err != nil {
			return nil, 0, err
		}
		out = append(out, *b)
	}
	return out, page.Next.Uint64(), nil
}

// Bounties lists up to limit bounties, open or not, newest first, with
// ids below `before` (0: from the newest); it returns the id to go on
// from (0: none left).
func (c *Client) Bounties(ctx context.Context, before uint64, limit int) ([]Bounty, uint64, error) {
	if limit <= 0 || limit > MaxBountyPage {
		limit = MaxBountyPage
	}
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return nil, 0, err
	}
	nb := bindings.NewNodeBounty()
	n, err := l1CallAt(ctx, c, addr, nil, nb.PackBountyCount(), nb.UnpackBountyCount)
	if err != nil {
		return nil, 0, fmt.Errorf("NodeBounty.bountyCount: %w", err)
	}
	id := n.Uint64()
	if before != 0 && before-1 < id {
		id = before - 1
	}
	var out []Bounty
	for ; id >= 1 && len(out) < limit; id-- {
		b, err := c.readBounty(ctx, addr, id)
		if err != nil {
			return nil, 0, err
		}
		out = append(out, *b)
	}
	if id == 0 {
		return out, 0, nil
	}
	return out, id + 1, nil
}

// JoinBounty takes a seat in bounty id for the L1 key's operator, which
// must qualify (kind, bonded stake, identity link, reputation).
func (c *Client) JoinBounty(ctx context.Context, id uint64) (*L1Tx, error) {
	return c.bountyTx(ctx, "bounty join", func(nb *bindings.NodeBounty) []byte { return nb.PackJoin(new(big.Int).SetUint64(id)) })
}

// LeaveBounty frees the operator's seat in bounty id; batches committed
// until now still pay it.
func (c *Client) LeaveBounty(ctx context.Context, id uint64) (*L1Tx, error) {
	return c.bountyTx(ctx, "bounty leave", func(nb *bindings.NodeBounty) []byte { return nb.PackLeave(new(big.Int).SetUint64(id)) })
}

func (c *Client) bountyTx(ctx context.Context, what string, pack func(*bindings.NodeBounty) []byte) (*L1Tx, error) {
	if err := c.needL1Key(what); err != nil {
		return nil, err
	}
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return nil, err
	}
	rcpt, err := c.sendL1To(ctx, addr, bountyRules, what, pack(bindings.NewNodeBounty()), nil)
	if err != nil {
		return nil, err
	}
	t := l1TxOf(rcpt)
	return &t, nil
}

// WithdrawBounty pays the L1 key what its operator's seat in bounty id
// was credited.
func (c *Client) WithdrawBounty(ctx context.Context, id uint64) (*WithdrawResult, error) {
	return c.bountyPayout(ctx, "bounty withdrawal", id, func(nb *bindings.NodeBounty, bid *big.Int) []byte { return nb.PackWithdraw(bid) })
}

// RefundBounty pays the poster the bounty's unspent escrow (from its
// refundable time) and what slashed operators forfeited.
func (c *Client) RefundBounty(ctx context.Context, id uint64) (*WithdrawResult, error) {
	return c.bountyPayout(ctx, "bounty refund", id, func(nb *bindings.NodeBounty, bid *big.Int) []byte { return nb.PackRefund(bid) })
}

// bountyPayout sends a NodeBounty call that pays the L1 key and returns
// the amount its Withdrawn or Refunded event logged.
func (c *Client) bountyPayout(ctx context.Context, what string, id uint64, pack func(*bindings.NodeBounty, *big.Int) []byte) (*WithdrawResult, error) {
	if err := c.needL1Key(what); err != nil {
		return nil, err
	}
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return nil, err
	}
	nb := bindings.NewNodeBounty()
	rcpt, err := c.sendL1To(ctx, addr, bountyRules, what, pack(nb, new(big.Int).SetUint64(id)), nil)
	if err != nil {
		return nil, err
	}
	res := &WithdrawResult{L1Tx: l1TxOf(rcpt)}
	if ev, ok := eventIn(rcpt, addr, nb.UnpackWithdrawnEvent); ok {
		res.Amount = ev.Amount
	} else if ev, ok := eventIn(rcpt, addr, nb.UnpackRefundedEvent); ok {
		res.Amount = ev.Amount
	} else {
		return nil, fmt.Errorf("%s %s: mined without a payment event", what, rcpt.TxHash)
	}
	return res, nil
}

// BountyCancelled is a cancel mined on L1.
type BountyCancelled struct {
	L1Tx
	// End is the bounty's end now: the notice period from the cancel, or
	// its end if sooner.
	End time.Time `json:"end"`
}

// CancelBounty ends bounty id (poster only) after its notice period.
func (c *Client) CancelBounty(ctx context.Context, id uint64) (*BountyCancelled, error) {
	if err := c.needL1Key("bounty cancel"); err != nil {
		return nil, err
	}
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return nil, err
	}
	nb := bindings.NewNodeBounty()
	rcpt, err := c.sendL1To(ctx, addr, bountyRules, "bounty cancel", nb.PackCancel(new(big.Int).SetUint64(id)), nil)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, addr, nb.UnpackCancelledEvent)
	if !ok {
		return nil, fmt.Errorf("bounty cancel %s: mined without a Cancelled event", rcpt.TxHash)
	}
	return &BountyCancelled{L1Tx: l1TxOf(rcpt), End: time.Unix(int64(ev.End), 0).UTC()}, nil
}

// BatchCertificate is who certified a batch on L1: its signers in
// ascending order and the stake each signed with, as the Rollup hashed
// them at commit (what RewardPool.distribute and NodeBounty.claim take).
type BatchCertificate struct {
	Batch uint64 `json:"batch"`
	// HeaderHash is the committed header's hash (BatchCommitted): claims
	// name it with the signers.
	HeaderHash common.Hash `json:"header_hash"`
	// Record is the rest of the commit (BatchCommitted): claims pass it
	// back to the Rollup, which stores only a hash of both.
	Record  CommitRecord     `json:"record"`
	Signers []common.Address `json:"signers"`
	Stakes  []*big.Int       `json:"stakes_wei"`
	// CommitTx and CommitBlock are the commit on L1.
	CommitTx    common.Hash `json:"commit_tx"`
	CommitBlock uint64      `json:"commit_block"`
	Finalized   bool        `json:"finalized"`
}

// BatchCertificate finds the certificate batch index was committed with
// on L1: the commit transaction (by its BatchCommitted event, in the L1
// block whose time is the batch's commit time), its signatures recovered
// against the attestation digest (or, if the commit was not a direct
// call, the node's signatures of the batch), and each signer's stake at
// the commit's block, checked against the signers hash the Rollup stored.
func (c *Client) BatchCertificate(ctx context.Context, index uint64) (*BatchCertificate, error) {
	if err := c.needL1(); err != nil {
		return nil, err
	}
	bi := new(big.Int).SetUint64(index)
	ce, commit, err := c.commitEvent(ctx, index)
	if err != nil {
		return nil, err
	}
	rec, err := l1Read(ctx, c, c.rollup.PackFinalizedBatch(bi, ce.HeaderHash, ce.Record), c.rollup.UnpackFinalizedBatch)
	if err != nil {
		return nil, fmt.Errorf("Rollup.finalizedBatch(%d): %w", index, err)
	}
	cert := &BatchCertificate{Batch: index, HeaderHash: ce.HeaderHash, Record: recordOf(ce.Record), CommitTx: commit.TxHash, CommitBlock: commit.BlockNumber, Finalized: rec.Finalized}
	signers, cerr := c.commitSigners(ctx, commit.TxHash, ce.HeaderHash)
	if cerr != nil {
		// A commit through another contract: the node's signatures.
		var nb struct {
			Signatures []struct {
				Signer common.Address `json:"signer"`
			} `json:"signatures"`
		}
		if err := c.call(ctx, &nb, "mycel_getBatch", index); err != nil {
			return nil, fmt.Errorf("batch %d: the commit's certificate (%v) nor the node's batch (%v) could be read", index, cerr, err)
		}
		for _, s := range nb.Signatures {
			signers = append(signers, s.Signer)
		}
	}
	sort.Slice(signers, func(i, j int) bool { return bytes.Compare(signers[i][:], signers[j][:]) < 0 })
	staking, err := c.contract(ctx, "staking")
	if err != nil {
		return nil, err
	}
	sr := bindings.NewStakingRegistry()
	at := new(big.Int).SetUint64(commit.BlockNumber)
	for i, s := range signers {
		if i > 0 && s == signers[i-1] {
			continue
		}
		st, err := l1CallAt(ctx, c, staking, at, sr.PackStakeOf(s), sr.UnpackStakeOf)
		if err != nil {
			return nil, fmt.Errorf("StakingRegistry.stakeOf(%s) at L1 block %d: %w", s, commit.BlockNumber, err)
		}
		if st.Sign() == 0 {
			continue // the poster drops signers without stake
		}
		cert.Signers = append(cert.Signers, s)
		cert.Stakes = append(cert.Stakes, st)
	}
	if h := contracts.SignersHash(cert.Signers, cert.Stakes); h != ce.Record.SignersHash {
		return nil, fmt.Errorf("%w: batch %d's signers and stakes hash to %s, the Rollup committed %s", ErrBadProof, index, h, common.Hash(ce.Record.SignersHash))
	}
	return cert, nil
}

// commitSigners reads the certificate of the batch with header hash
// header in a commitBatch or commitBatches transaction and recovers its
// signers.
func (c *Client) commitSigners(ctx context.Context, tx, header common.Hash) ([]common.Address, error) {
	cctx, cancel := c.callCtx(ctx)
	t, _, err := c.eth.TransactionByHash(cctx, tx)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("L1 transaction %s: %w", tx, err)
	}
	if t.To() == nil || *t.To() != c.cfg.Rollup {
		return nil, fmt.Errorf("L1 transaction %s is no direct Rollup call", tx)
	}
	calls, err := contracts.DecodeCommits(t.Data())
	if err != nil {
		return nil, fmt.Errorf("L1 transaction %s: %w", tx, err)
	}
	var h bindings.BatchHeader
	var sigs []byte
	var launch [32]byte
	found := false
	for _, cc := range calls {
		if contracts.HeaderHash(cc.Header) == header {
			h, sigs, launch, found = cc.Header, cc.Certificate, cc.Launch, true
			break
		}
	}
	if !found {
		return nil, fmt.Errorf("L1 transaction %s commits no header %s", tx, header)
	}
	if len(sigs)%65 != 0 {
		return nil, fmt.Errorf("L1 transaction %s: a certificate of %d bytes", tx, len(sigs))
	}
	digest := contracts.AttestationDigest(c.l1ChainID, c.cfg.Rollup, launch, h)
	var out []common.Address
	for i := 0; i < len(sigs); i += 65 {
		sig := append([]byte(nil), sigs[i:i+65]...)
		sig[64] -= 27
		pub, err := crypto.SigToPub(digest[:], sig)
		if err != nil {
			return nil, fmt.Errorf("L1 transaction %s: signature %d: %w", tx, i/65, err)
		}
		out = append(out, crypto.PubkeyToAddress(*pub))
	}
	return out, nil
}

// blockAtTime finds the L1 block whose time is t (block times increase
// strictly), by bisection over block numbers.
func (c *Client) blockAtTime(ctx context.Context, t uint64) (*big.Int, error) {
	header := func(n uint64) (uint64, error) {
		cctx, cancel := c.callCtx(ctx)
		defer cancel()
		h, err := c.eth.HeaderByNumber(cctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, fmt.Errorf("L1 block %d: %w", n, err)
		}
		return h.Time, nil
	}
	cctx, cancel := c.callCtx(ctx)
	head, err := c.eth.BlockNumber(cctx)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("L1 head: %w", err)
	}
	lo, hi := uint64(0), head
	for lo < hi {
		mid := lo + (hi-lo)/2
		tm, err := header(mid)
		if err != nil {
			return nil, err
		}
		if tm < t {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	tm, err := header(lo)
	if err != nil {
		return nil, err
	}
	if tm != t {
		return nil, fmt.Errorf("no L1 block has time %d", t)
	}
	return new(big.Int).SetUint64(lo), nil
}

// BountyClaim is a claim of one finalized batch for one bounty.
type BountyClaim struct {
	L1Tx
	BountyID uint64 `json:"bounty_id"`
	Batch    uint64 `json:"batch"`
	// Operators were credited Share wei each (none: the claim paid
	// nobody, and counts for uptime only).
	Operators []common.Address `json:"operators"`
	Share     *big.Int         `json:"share_wei"`
}

// ClaimBounty claims finalized batch `batch` for bounty id (anyone may):
// it reads the batch's certificate (BatchCertificate) and calls
// NodeBounty.claim, which credits each seated signer. A claim that would
// pay nobody is still sent (it counts for uptime); PreviewBountyClaim
// tells without sending.
func (c *Client) ClaimBounty(ctx context.Context, id, batch uint64) (*BountyClaim, error) {
	if err := c.needL1Key("bounty claim"); err != nil {
		return nil, err
	}
	addr, data, err := c.claimData(ctx, id, batch)
	if err != nil {
		return nil, err
	}
	nb := bindings.NewNodeBounty()
	rcpt, err := c.sendL1To(ctx, addr, bountyRules, fmt.Sprintf("claim of batch %d for bounty %d", batch, id), data, nil)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, addr, nb.UnpackBatchClaimedEvent)
	if !ok {
		return nil, fmt.Errorf("bounty claim %s: mined without a BatchClaimed event", rcpt.TxHash)
	}
	return &BountyClaim{L1Tx: l1TxOf(rcpt), BountyID: id, Batch: batch, Operators: ev.Operators, Share: ev.Share}, nil
}

// PreviewBountyClaim simulates ClaimBounty: how many seated signers the
// claim would credit and each one's share, or the revert that refuses it.
func (c *Client) PreviewBountyClaim(ctx context.Context, id, batch uint64) (payees int, share *big.Int, err error) {
	addr, data, err := c.claimData(ctx, id, batch)
	if err != nil {
		return 0, nil, err
	}
	nb := bindings.NewNodeBounty()
	cctx, cancel := c.callCtx(ctx)
	defer cancel()
	out, err := c.eth.CallContract(cctx, ethereum.CallMsg{From: c.keys.Address, To: &addr, Data: data}, nil)
	if err != nil {
		return 0, nil, l1SendErrorIn(bountyRules, fmt.Sprintf("claim of batch %d for bounty %d", batch, id), err)
	}
	r, err := nb.UnpackClaim(out)
	if err != nil {
		return 0, nil, err
	}
	return int(r.Payees.Int64()), r.Share, nil
}

func (c *Client) claimData(ctx context.Context, id, batch uint64) (common.Address, []byte, error) {
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return addr, nil, err
	}
	cert, err := c.BatchCertificate(ctx, batch)
	if err != nil {
		return addr, nil, err
	}
	if !cert.Finalized {
		return addr, nil, fmt.Errorf("%w: batch %d is committed but not finalized on L1: claim it once its proof is verified", ErrNotFinalized, batch)
	}
	return addr, bindings.NewNodeBounty().PackClaim(new(big.Int).SetUint64(id), new(big.Int).SetUint64(batch), cert.HeaderHash, cert.Record.binding(), cert.Signers, cert.Stakes), nil
}

// CommitRecord is the Rollup's BatchRecord of a commit, in JSON.
type CommitRecord struct {
	SignersHash     common.Hash `json:"signers_hash"`
	WithdrawalsRoot common.Hash `json:"withdrawals_root"`
	NumWithdrawals  uint32      `json:"num_withdrawals"`
	ForcedEnd       uint64      `json:"forced_end"`
	FeesGwei        uint64      `json:"fees_gwei"`
}

func recordOf(r bindings.BatchRecord) CommitRecord {
	return CommitRecord{r.SignersHash, r.WithdrawalsRoot, r.NumWithdrawals, r.ForcedEnd, r.FeesGwei}
}

func (r CommitRecord) binding() bindings.BatchRecord {
	return bindings.BatchRecord{SignersHash: r.SignersHash, WithdrawalsRoot: r.WithdrawalsRoot,
		NumWithdrawals: r.NumWithdrawals, ForcedEnd: r.ForcedEnd, FeesGwei: r.FeesGwei}
}

// commitEvent finds the BatchCommitted event of batch index's commit on
// L1 (in the L1 block whose time is the batch's commit time), checked
// against the commitment the Rollup holds: its header and signers hashes.
func (c *Client) commitEvent(ctx context.Context, index uint64) (*bindings.RollupBatchCommitted, *types.Log, error) {
	bi := new(big.Int).SetUint64(index)
	stored, err := l1Read(ctx, c, c.rollup.PackCommitments(bi), c.rollup.UnpackCommitments)
	if err != nil {
		return nil, nil, fmt.Errorf("Rollup.commitments(%d): %w", index, err)
	}
	at, err := l1Read(ctx, c, c.rollup.PackCommittedAt(bi), c.rollup.UnpackCommittedAt)
	if err != nil {
		return nil, nil, fmt.Errorf("Rollup.committedAt(%d): %w", index, err)
	}
	if at == 0 {
		return nil, nil, fmt.Errorf("%w: batch %d is not committed on L1", ErrNotFinalized, index)
	}
	block, err := c.blockAtTime(ctx, at)
	if err != nil {
		return nil, nil, fmt.Errorf("batch %d: the L1 block of its commit: %w", index, err)
	}
	cctx, cancel := c.callCtx(ctx)
	logs, err := c.eth.FilterLogs(cctx, ethereum.FilterQuery{FromBlock: block, ToBlock: block, Addresses: []common.Address{c.cfg.Rollup},
		Topics: [][]common.Hash{{contracts.BatchCommittedTopic}, {common.BigToHash(bi)}}})
	cancel()
	if err != nil {
		return nil, nil, fmt.Errorf("batch %d: BatchCommitted logs of L1 block %s: %w", index, block, err)
	}
	if ce, l, ok := contracts.AcceptedCommit(logs, stored); ok {
		return ce, l, nil
	}
	return nil, nil, fmt.Errorf("%w: no BatchCommitted event of batch %d in L1 block %s matches the commit the Rollup holds", ErrBadProof, index, block)
}

// UptimeReport is an uptime report mined on L1: of Claimed claims since
// the seat's last report, Paid credited it; Value is the share with 2
// decimals (10000: 100.00%), given to the operator's identity AgentID as
// feedback from the NodeBounty (tag1 "uptime", tag2 "mycel-bounty") if
// Recorded.
type UptimeReport struct {
	L1Tx
	BountyID uint64         `json:"bounty_id"`
	Operator common.Address `json:"operator"`
	AgentID  *big.Int       `json:"agent_id"`
	Paid     uint64         `json:"paid"`
	Claimed  uint64         `json:"claimed"`
	Value    *big.Int       `json:"value"`
	Recorded bool           `json:"recorded"`
}

// UptimeTag1 and UptimeTag2 are the tags of the NodeBounty's uptime
// feedback: read it with Reputation(ctx, agentID, [NodeBounty address],
// UptimeTag1, UptimeTag2).
const (
	UptimeTag1 = "uptime"
	UptimeTag2 = "mycel-bounty"
)

// ReportUptime turns the uptime of operator's seat in bounty id since its
// last report into ERC-8004 feedback for the operator's agent identity
// (anyone may send it; it needs MIN_UPTIME_SAMPLE claims since, and an
// agent operator with a valid identity link that is not jailed).
func (c *Client) ReportUptime(ctx context.Context, id uint64, operator common.Address) (*UptimeReport, error) {
	if err := c.needL1Key("uptime report"); err != nil {
		return nil, err
	}
	addr, err := c.contract(ctx, "bounty")
	if err != nil {
		return nil, err
	}
	nb := bindings.NewNodeBounty()
	rcpt, err := c.sendL1To(ctx, addr, bountyRules, "uptime report", nb.PackReportUptime(new(big.Int).SetUint64(id), operator), nil)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, addr, nb.UnpackUptimeReportedEvent)
	if !ok {
		return nil, fmt.Errorf("uptime report %s: mined without an UptimeReported event", rcpt.TxHash)
	}
	return &UptimeReport{L1Tx: l1TxOf(rcpt), BountyID: id, Operator: ev.Operator, AgentID: ev.AgentId, Paid: ev.Paid.Uint64(),
		Claimed: ev.Claimed.Uint64(), Value: ev.Value, Recorded: ev.Recorded}, nil
}
