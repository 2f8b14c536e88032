package mcp

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/agent"
)

// The operator market's tools: stake and unbond the wallet's operator
// (the StakingRegistry operator its L1 key owns), register an ERC-8004
// identity, post, list, join and claim NodeBounty bounties, and give
// reputation feedback. All are L1 transactions from the wallet's L1 key;
// stake and post_bounty move value (the stake, the escrow) and count
// against the spending limits, the others pay gas only.

func (s *Server) addMarketTools() {
	ro := &sdk.ToolAnnotations{ReadOnlyHint: true, IdempotentHint: true, OpenWorldHint: new(false)}
	rw := &sdk.ToolAnnotations{DestructiveHint: new(true), OpenWorldHint: new(false)}
	addTool(s, &sdk.Tool{Name: ToolStake, Title: "Stake", Annotations: rw,
		Description: "Bond more ETH to this wallet's operator (the StakingRegistry operator its L1 key registered; register one with `mycel operator register`). The stake counts from the next epoch. The amount leaves the L1 account and counts against the spending limits. Needs L1."},
		s.stake)
	addTool(s, &sdk.Tool{Name: ToolUnbond, Title: "Unbond stake", Annotations: rw,
		Description: "Start unbonding ETH of this wallet's operator stake: it stops counting from the next epoch and can be withdrawn after the unbonding delay (still slashable until then). What stays bonded must be zero (leaving) or at least the minimum stake. Pays gas only. Needs L1."},
		s.unbond)
	addTool(s, &sdk.Tool{Name: ToolRegisterIdentity, Title: "Register an ERC-8004 identity", Annotations: rw,
		Description: "Register a new ERC-8004 agent identity owned by the wallet's L1 key, pointing at agent_uri (the URL of its registration file; may be left empty and set later). Returns the agent id and the registry's name for the registration file. Pays gas only. Needs L1."},
		s.registerIdentity)
	addTool(s, &sdk.Tool{Name: ToolPostBounty, Title: "Post a node bounty", Annotations: rw,
		Description: "Post a NodeBounty bounty: escrow ETH that pays reward_per_batch to each seated operator that signed each finalized batch during the window, for up to `seats` operators. The escrow leaves the L1 account (what is left is refundable after the end) and counts against the spending limits. Needs L1."},
		s.postBounty)
	addTool(s, &sdk.Tool{Name: ToolListBounties, Title: "List node bounties", Annotations: ro,
		Description: "List NodeBounty bounties read from L1: the open ones (taking operators now) by default, or all, newest first. Each with its reward, seats, window, escrow left and this wallet's seat. Needs L1."},
		s.listBounties)
	addTool(s, &sdk.Tool{Name: ToolJoinBounty, Title: "Join a node bounty", Annotations: rw,
		Description: "Take a seat in a bounty for this wallet's operator, which must qualify (its kind, bonded stake, identity link, reputation). Pays gas only. Needs L1."},
		s.joinBounty)
	addTool(s, &sdk.Tool{Name: ToolClaimBounty, Title: "Claim a bounty for a batch", Annotations: rw,
		Description: "Claim a finalized batch for a bounty (anyone may): credits each seated operator that signed it with the reward, withdrawable by the operator. Reads the batch's certificate from L1. Pays gas only. Needs L1."},
		s.claimBounty)
	addTool(s, &sdk.Tool{Name: ToolGiveFeedback, Title: "Rate an agent", Annotations: rw,
		Description: "Give ERC-8004 reputation feedback from the wallet's L1 key to an agent identity: a decimal value (\"97.5\", \"-3\") with optional tags (e.g. tag1 \"uptime\"). An identity's owner and agentWallet may not rate it. Pays gas only. Needs L1."},
		s.giveFeedback)
}

// L1TxOut is an L1 transaction the wallet sent.
type L1TxOut struct {
	Hash      string `json:"l1_tx"`
	Block     uint64 `json:"l1_block"`
	GasFeeETH string `json:"gas_fee_eth" jsonschema:"what the transaction cost in gas"`
}

func l1TxOut(t agent.L1Tx) *L1TxOut {
	out := &L1TxOut{Hash: t.Hash.Hex(), Block: t.Block, GasFeeETH: "0"}
	if t.FeeWei != nil {
		out.GasFeeETH = agent.FormatWei(t.FeeWei)
	}
	return out
}

func weiETH(w *big.Int) string {
	if w == nil {
		return "0"
	}
	return agent.FormatWei(w)
}

// l1Amount reads an amount of L1 ETH (any wei) above zero.
func l1Amount(field, s string) (*big.Int, error) {
	wei, err := agent.ParseAmount(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", field, err)
	}
	if wei.Sign() <= 0 {
		return nil, fmt.Errorf("%s %q: give an amount above zero", field, s)
	}
	return wei, nil
}

// marketClient is the node client for an L1 tool that sends (key) or
// only reads.
func (s *Server) marketClient(ctx context.Context, what string, sends bool) (*agent.Client, error) {
	c, err := s.dial(ctx)
	if err != nil {
		return nil, err
	}
	if !c.HasL1() {
		return nil, fmt.Errorf("%w: %s is on L1", agent.ErrNoL1, what)
	}
	if sends && !s.cfg.DryRun {
		if err := s.needL1Key(); err != nil {
			return nil, err
		}
	}
	return c, nil
}

// spendL1 runs send within the limits: wei reserved, kept unless the
// transaction was refused or reverted (a revert returns the value).
func (s *Server) spendL1(wei *big.Int, send func() error) error {
	r, err := s.spend.Reserve(wei)
	if err != nil {
		return err
	}
	if err := send(); err != nil {
		if refusedBeforeSending(err) {
			r.Release()
		}
		return err
	}
	return nil
}

const dryRunNote = "dry run: nothing was signed or sent"

// StakeIn is the stake tool's arguments.
type StakeIn struct {
	Amount string `json:"amount" jsonschema:"how much ETH to bond: a decimal string (\"1.5\") or with a unit"`
}

// StakeOut is the result of stake and unbond.
type StakeOut struct {
	DryRun         bool     `json:"dry_run"`
	Owner          string   `json:"owner" jsonschema:"the operator's owner: the wallet's L1 address"`
	AmountETH      string   `json:"amount_eth"`
	BondedETH      string   `json:"bonded_eth" jsonschema:"the bonded stake after the transaction (now, in a dry run)"`
	EffectiveEpoch uint64   `json:"effective_epoch,omitempty" jsonschema:"the first epoch that counts the new stake"`
	UnbondingETH   string   `json:"unbonding_eth,omitempty"`
	UnbondingEnd   string   `json:"unbonding_end,omitempty" jsonschema:"when the unbonding stake becomes withdrawable (RFC 3339)"`
	L1             *L1TxOut `json:"l1,omitempty"`
	Next           string   `json:"next"`
}

// operator reads the wallet's operator and says what to do without one.
func (s *Server) operator(ctx context.Context, c *agent.Client) (*agent.OperatorStatus, error) {
	st, err := c.OperatorStatus(ctx, s.cfg.Keys.Address)
	if err != nil {
		return nil, err
	}
	if !st.Registered {
		return nil, fmt.Errorf("%w: %s: its owner must register an operator first (mycel operator register, with the node's consensus key)", agent.ErrNotRegistered, s.cfg.Keys.Address)
	}
	return st, nil
}

func (s *Server) stake(ctx context.Context, in StakeIn) (StakeOut, error) {
	wei, err := l1Amount("amount", in.Amount)
	if err != nil {
		return StakeOut{}, err
	}
	c, err := s.marketClient(ctx, "staking", true)
	if err != nil {
		return StakeOut{}, err
	}
	out := StakeOut{Owner: s.cfg.Keys.Address.Hex(), AmountETH: agent.FormatWei(wei)}
	if s.cfg.DryRun {
		if err := s.spend.Check(wei); err != nil {
			return StakeOut{}, err
		}
		st, err := s.operator(ctx, c)
		if err != nil {
			return StakeOut{}, err
		}
		out.DryRun, out.BondedETH, out.Next = true, weiETH(st.Bonded), dryRunNote
		return out, nil
	}
	var r *agent.OperatorResult
	if err := s.spendL1(wei, func() (err error) { r, err = c.AddStake(ctx, wei); return err }); err != nil {
		return StakeOut{}, err
	}
	out.BondedETH, out.EffectiveEpoch, out.L1 = weiETH(r.Bonded), r.EffectiveEpoch, l1TxOut(r.L1Tx)
	out.Next = fmt.Sprintf("bonded; the stake counts from epoch %d", r.EffectiveEpoch)
	return out, nil
}

func (s *Server) unbond(ctx context.Context, in StakeIn) (StakeOut, error) {
	wei, err := l1Amount("amount", in.Amount)
	if err != nil {
		return StakeOut{}, err
	}
	c, err := s.marketClient(ctx, "unbonding", true)
	if err != nil {
		return StakeOut{}, err
	}
	out := StakeOut{Owner: s.cfg.Keys.Address.Hex(), AmountETH: agent.FormatWei(wei)}
	if s.cfg.DryRun {
		st, err := s.operator(ctx, c)
		if err != nil {
			return StakeOut{}, err
		}
		if wei.Cmp(st.Bonded) > 0 {
			return StakeOut{}, fmt.Errorf("%w: unbond %s ETH of %s ETH bonded", agent.ErrAmountOutOfRange, agent.FormatWei(wei), agent.FormatWei(st.Bonded))
		}
		if rest := new(big.Int).Sub(st.Bonded, wei); rest.Sign() != 0 && rest.Cmp(st.MinStake) < 0 {
			return StakeOut{}, fmt.Errorf("%w: %s ETH would stay bonded, below the minimum %s ETH: unbond everything (%s ETH) to leave, or less",
				agent.ErrBelowMinimumStake, agent.FormatWei(rest), agent.FormatWei(st.MinStake), agent.FormatWei(st.Bonded))
		}
		out.DryRun, out.BondedETH, out.Next = true, weiETH(st.Bonded), dryRunNote
		return out, nil
	}
	r, err := c.RequestUnbond(ctx, wei)
	if err != nil {
		return StakeOut{}, err
	}
	out.BondedETH, out.EffectiveEpoch, out.UnbondingETH, out.L1 = weiETH(r.Bonded), r.EffectiveEpoch, weiETH(r.Unbonding), l1TxOut(r.L1Tx)
	out.UnbondingEnd = r.UnbondingEnd.UTC().Format(time.RFC3339)
	out.Next = "unbonding: withdraw it with `mycel operator withdraw` after " + out.UnbondingEnd
	return out, nil
}

// RegisterIdentityIn is register_identity's arguments.
type RegisterIdentityIn struct {
	AgentURI string `json:"agent_uri,omitempty" jsonschema:"the URL of the agent's ERC-8004 registration file (may be empty and set later)"`
}

// RegisterIdentityOut is register_identity's result.
type RegisterIdentityOut struct {
	DryRun   bool     `json:"dry_run"`
	AgentID  uint64   `json:"agent_id,omitempty" jsonschema:"the new identity's id"`
	Owner    string   `json:"owner"`
	URI      string   `json:"agent_uri"`
	Registry string   `json:"agent_registry,omitempty" jsonschema:"the registry's ERC-8004 name (eip155:<chain>:<address>) for the registration file's registrations"`
	L1       *L1TxOut `json:"l1,omitempty"`
	Next     string   `json:"next"`
}

func (s *Server) registerIdentity(ctx context.Context, in RegisterIdentityIn) (RegisterIdentityOut, error) {
	if len(in.AgentURI) > 2048 {
		return RegisterIdentityOut{}, fmt.Errorf("%w: agent_uri of %d bytes, at most 2048", agent.ErrBadTerms, len(in.AgentURI))
	}
	c, err := s.marketClient(ctx, "identity registration", true)
	if err != nil {
		return RegisterIdentityOut{}, err
	}
	out := RegisterIdentityOut{Owner: s.cfg.Keys.Address.Hex(), URI: in.AgentURI}
	if s.cfg.DryRun {
		if _, err := c.Contracts(ctx); err != nil {
			return RegisterIdentityOut{}, err
		}
		out.DryRun, out.Next = true, dryRunNote
		return out, nil
	}
	r, err := c.RegisterAgent(ctx, in.AgentURI)
	if err != nil {
		return RegisterIdentityOut{}, err
	}
	out.AgentID, out.URI, out.Registry, out.L1 = r.AgentID.Uint64(), r.URI, r.Registry, l1TxOut(r.L1Tx)
	out.Next = "registered; put agent_id and agent_registry in the registration file's registrations"
	return out, nil
}

// PostBountyIn is post_bounty's arguments.
type PostBountyIn struct {
	RewardPerBatch string `json:"reward_per_batch" jsonschema:"ETH paid to each seated signer of each finalized batch (\"0.001\")"`
	Escrow         string `json:"escrow" jsonschema:"ETH put in escrow to pay the rewards (\"0.1\"); the unspent part is refundable after the end"`
	Seats          uint32 `json:"seats" jsonschema:"how many operators may hold a seat"`
	EndsIn         string `json:"ends_in,omitempty" jsonschema:"how long the bounty runs from now, as a duration (\"72h\", \"30m\"); or give end"`
	End            string `json:"end,omitempty" jsonschema:"when the bounty ends (RFC 3339, \"2026-12-31T00:00:00Z\"); or give ends_in"`
	Kind           string `json:"kind,omitempty" jsonschema:"which operators qualify: \"any\" (the default), \"human\" or \"agent\""`
	MinStake       string `json:"min_stake,omitempty" jsonschema:"the bonded stake (ETH) an operator needs to join; default none"`
	NoticePeriod   string `json:"notice_period,omitempty" jsonschema:"how long the bounty runs on after a cancel, as a duration (default 0)"`
	AgentID        uint64 `json:"agent_id,omitempty" jsonschema:"the poster's ERC-8004 identity (the wallet's L1 key must own it or be its agentWallet); default none"`
}

// PostBountyOut is post_bounty's result.
type PostBountyOut struct {
	DryRun    bool     `json:"dry_run"`
	BountyID  uint64   `json:"bounty_id,omitempty"`
	EscrowETH string   `json:"escrow_eth"`
	Start     string   `json:"start,omitempty"`
	End       string   `json:"end"`
	L1        *L1TxOut `json:"l1,omitempty"`
	Next      string   `json:"next"`
}

func (s *Server) postBounty(ctx context.Context, in PostBountyIn) (PostBountyOut, error) {
	reward, err := l1Amount("reward_per_batch", in.RewardPerBatch)
	if err != nil {
		return PostBountyOut{}, err
	}
	escrow, err := l1Amount("escrow", in.Escrow)
	if err != nil {
		return PostBountyOut{}, err
	}
	if in.Seats == 0 {
		return PostBountyOut{}, errors.New("seats: offer at least one seat")
	}
	t := agent.BountyTerms{RewardPerBatch: reward, Escrow: escrow, Seats: in.Seats}
	switch {
	case (in.EndsIn == "") == (in.End == ""):
		return PostBountyOut{}, errors.New("give when the bounty ends: ends_in (a duration such as \"72h\") or end (RFC 3339), one of them")
	case in.EndsIn != "":
		d, err := time.ParseDuration(in.EndsIn)
		if err != nil || d <= 0 {
			return PostBountyOut{}, fmt.Errorf("ends_in %q: want a positive duration such as \"72h\" or \"90m\"", in.EndsIn)
		}
		t.End = s.cfg.Now().Add(d)
	default:
		if t.End, err = time.Parse(time.RFC3339, in.End); err != nil {
			return PostBountyOut{}, fmt.Errorf("end %q: want an RFC 3339 time such as \"2026-12-31T00:00:00Z\"", in.End)
		}
	}
	if in.Kind != "" {
		if t.Kind, err = agent.ParseBountyKind(in.Kind); err != nil {
			return PostBountyOut{}, fmt.Errorf("kind: %w", err)
		}
	}
	if in.MinStake != "" {
		if t.MinStake, err = agent.ParseAmount(in.MinStake); err != nil {
			return PostBountyOut{}, fmt.Errorf("min_stake: %w", err)
		}
	}
	if in.NoticePeriod != "" {
		if t.NoticePeriod, err = time.ParseDuration(in.NoticePeriod); err != nil || t.NoticePeriod < 0 {
			return PostBountyOut{}, fmt.Errorf("notice_period %q: want a duration such as \"24h\"", in.NoticePeriod)
		}
	}
	if in.AgentID != 0 {
		t.AgentID = new(big.Int).SetUint64(in.AgentID)
	}
	c, err := s.marketClient(ctx, "a bounty", true)
	if err != nil {
		return PostBountyOut{}, err
	}
	out := PostBountyOut{EscrowETH: agent.FormatWei(escrow), End: t.End.UTC().Format(time.RFC3339)}
	if s.cfg.DryRun {
		if err := s.spend.Check(escrow); err != nil {
			return PostBountyOut{}, err
		}
		if _, err := c.Contracts(ctx); err != nil {
			return PostBountyOut{}, err
		}
		out.DryRun, out.Next = true, dryRunNote
		return out, nil
	}
	var p *agent.BountyPosted
	if err := s.spendL1(escrow, func() (err error) { p, err = c.PostBounty(ctx, t); return err }); err != nil {
		return PostBountyOut{}, err
	}
	out.BountyID, out.Start, out.End, out.L1 = p.ID, p.Start.UTC().Format(time.RFC3339), p.End.UTC().Format(time.RFC3339), l1TxOut(p.L1Tx)
	out.Next = fmt.Sprintf("posted as bounty %d: operators join it with join_bounty; claim_bounty credits them for each finalized batch", p.ID)
	return out, nil
}

// ListBountiesIn is list_bounties' arguments.
type ListBountiesIn struct {
	All   bool   `json:"all,omitempty" jsonschema:"list every bounty, newest first (default: only the open ones)"`
	Limit int    `json:"limit,omitempty" jsonschema:"at most this many (default 20, at most 100)"`
	From  uint64 `json:"from,omitempty" jsonschema:"the next value of an earlier page, to go on from"`
}

// ListBountiesOut is list_bounties' result.
type ListBountiesOut struct {
	Bounties []BountyOut `json:"bounties"`
	Next     uint64      `json:"next,omitempty" jsonschema:"give as from to list more; absent when there are no more"`
}

// BountyOut is a bounty.
type BountyOut struct {
	ID                uint64 `json:"id"`
	Poster            string `json:"poster"`
	AgentID           uint64 `json:"agent_id,omitempty" jsonschema:"the poster's identity"`
	Kind              string `json:"kind"`
	RewardPerBatchETH string `json:"reward_per_batch_eth"`
	MinStakeETH       string `json:"min_stake_eth"`
	Seats             uint32 `json:"seats"`
	Taken             uint32 `json:"taken"`
	Start             string `json:"start"`
	End               string `json:"end"`
	Open              bool   `json:"open" jsonschema:"it takes operators now"`
	Cancelled         bool   `json:"cancelled"`
	EscrowETH         string `json:"escrow_eth"`
	RemainingETH      string `json:"remaining_eth"`
	Seated            bool   `json:"seated" jsonschema:"this wallet's operator holds a seat"`
	OwedETH           string `json:"owed_eth,omitempty" jsonschema:"credited to this wallet's seat and not withdrawn"`
}

func (s *Server) listBounties(ctx context.Context, in ListBountiesIn) (ListBountiesOut, error) {
	limit := in.Limit
	if limit <= 0 {
		limit = 20
	}
	if limit > agent.MaxBountyPage {
		return ListBountiesOut{}, fmt.Errorf("limit %d: at most %d", limit, agent.MaxBountyPage)
	}
	c, err := s.marketClient(ctx, "the bounty list", false)
	if err != nil {
		return ListBountiesOut{}, err
	}
	var bs []agent.Bounty
	var next uint64
	if in.All {
		bs, next, err = c.Bounties(ctx, in.From, limit)
	} else {
		bs, next, err = c.OpenBounties(ctx, in.From, limit)
	}
	if err != nil {
		return ListBountiesOut{}, err
	}
	out := ListBountiesOut{Bounties: []BountyOut{}, Next: next}
	for _, b := range bs {
		o := BountyOut{ID: b.ID, Poster: b.Poster.Hex(), Kind: b.Kind.String(), RewardPerBatchETH: weiETH(b.RewardPerBatch), MinStakeETH: weiETH(b.MinStake),
			Seats: b.Seats, Taken: b.Taken, Start: b.Start.UTC().Format(time.RFC3339), End: b.End.UTC().Format(time.RFC3339), Open: b.Open,
			Cancelled: b.Cancelled, EscrowETH: weiETH(b.Escrow), RemainingETH: weiETH(b.Remaining)}
		if b.AgentID != nil && b.AgentID.IsUint64() {
			o.AgentID = b.AgentID.Uint64()
		}
		if st := b.Seat; st != nil {
			o.Seated, o.OwedETH = st.LeftAt == nil, weiETH(st.Owed)
		}
		out.Bounties = append(out.Bounties, o)
	}
	return out, nil
}

// BountyIDIn is join_bounty's arguments.
type BountyIDIn struct {
	BountyID uint64 `json:"bounty_id" jsonschema:"the bounty's id (list_bounties)"`
}

// JoinBountyOut is join_bounty's result.
type JoinBountyOut struct {
	DryRun   bool     `json:"dry_run"`
	BountyID uint64   `json:"bounty_id"`
	L1       *L1TxOut `json:"l1,omitempty"`
	Next     string   `json:"next"`
}

func (s *Server) joinBounty(ctx context.Context, in BountyIDIn) (JoinBountyOut, error) {
	if in.BountyID == 0 {
		return JoinBountyOut{}, errors.New("bounty_id: bounties are numbered from 1 (list_bounties)")
	}
	c, err := s.marketClient(ctx, "a bounty seat", true)
	if err != nil {
		return JoinBountyOut{}, err
	}
	out := JoinBountyOut{BountyID: in.BountyID}
	if s.cfg.DryRun {
		b, err := c.Bounty(ctx, in.BountyID)
		if err != nil {
			return JoinBountyOut{}, err
		}
		if !b.Open {
			return JoinBountyOut{}, fmt.Errorf("%w: bounty %d takes no operators now (%d of %d seats taken, ends %s)", agent.ErrBountyOver, b.ID, b.Taken, b.Seats, b.End.UTC().Format(time.RFC3339))
		}
		if _, err := s.operator(ctx, c); err != nil {
			return JoinBountyOut{}, err
		}
		out.DryRun, out.Next = true, dryRunNote
		return out, nil
	}
	tx, err := c.JoinBounty(ctx, in.BountyID)
	if err != nil {
		return JoinBountyOut{}, err
	}
	out.L1, out.Next = l1TxOut(*tx), "seated: each finalized batch this operator signs is claimable for the reward (claim_bounty)"
	return out, nil
}

// ClaimBountyIn is claim_bounty's arguments.
type ClaimBountyIn struct {
	BountyID uint64 `json:"bounty_id" jsonschema:"the bounty's id"`
	Batch    uint64 `json:"batch" jsonschema:"a batch finalized on L1 and committed within the bounty's window"`
}

// ClaimBountyOut is claim_bounty's result.
type ClaimBountyOut struct {
	DryRun    bool     `json:"dry_run"`
	BountyID  uint64   `json:"bounty_id"`
	Batch     uint64   `json:"batch"`
	Payees    int      `json:"payees" jsonschema:"seated signers credited (0: the claim pays nobody and counts for uptime only)"`
	ShareETH  string   `json:"share_eth" jsonschema:"what each payee is credited"`
	Operators []string `json:"operators,omitempty"`
	L1        *L1TxOut `json:"l1,omitempty"`
	Next      string   `json:"next"`
}

func (s *Server) claimBounty(ctx context.Context, in ClaimBountyIn) (ClaimBountyOut, error) {
	if in.BountyID == 0 {
		return ClaimBountyOut{}, errors.New("bounty_id: bounties are numbered from 1 (list_bounties)")
	}
	c, err := s.marketClient(ctx, "a bounty claim", true)
	if err != nil {
		return ClaimBountyOut{}, err
	}
	out := ClaimBountyOut{BountyID: in.BountyID, Batch: in.Batch}
	if s.cfg.DryRun {
		n, share, err := c.PreviewBountyClaim(ctx, in.BountyID, in.Batch)
		if err != nil {
			return ClaimBountyOut{}, err
		}
		out.DryRun, out.Payees, out.ShareETH, out.Next = true, n, weiETH(share), dryRunNote+" (the claim was simulated on L1)"
		return out, nil
	}
	r, err := c.ClaimBounty(ctx, in.BountyID, in.Batch)
	if err != nil {
		return ClaimBountyOut{}, err
	}
	out.Payees, out.ShareETH, out.L1 = len(r.Operators), weiETH(r.Share), l1TxOut(r.L1Tx)
	for _, o := range r.Operators {
		out.Operators = append(out.Operators, o.Hex())
	}
	out.Next = "claimed: the operators withdraw their credit with `mycel bounty withdraw`"
	return out, nil
}

// GiveFeedbackIn is give_feedback's arguments.
type GiveFeedbackIn struct {
	AgentID     uint64 `json:"agent_id" jsonschema:"the rated agent's ERC-8004 identity"`
	Value       string `json:"value" jsonschema:"the rating, a decimal number (\"97.5\", \"-3\", \"1\")"`
	Tag1        string `json:"tag1,omitempty" jsonschema:"what the rating is about (e.g. \"uptime\", \"reachable\"), at most 64 bytes"`
	Tag2        string `json:"tag2,omitempty" jsonschema:"a second tag, at most 64 bytes"`
	Endpoint    string `json:"endpoint,omitempty" jsonschema:"the agent's endpoint the rating is about"`
	FeedbackURI string `json:"feedback_uri,omitempty" jsonschema:"a URL with the feedback's details"`
}

// GiveFeedbackOut is give_feedback's result.
type GiveFeedbackOut struct {
	DryRun  bool     `json:"dry_run"`
	AgentID uint64   `json:"agent_id"`
	Value   string   `json:"value"`
	Client  string   `json:"client" jsonschema:"the rater: the wallet's L1 address"`
	Index   uint64   `json:"index,omitempty" jsonschema:"the rater's feedback index on the agent (1, 2, ...)"`
	L1      *L1TxOut `json:"l1,omitempty"`
	Next    string   `json:"next"`
}

func (s *Server) giveFeedback(ctx context.Context, in GiveFeedbackIn) (GiveFeedbackOut, error) {
	if in.AgentID == 0 {
		return GiveFeedbackOut{}, errors.New("agent_id: give the rated agent's identity (ids start at 1)")
	}
	v, d, err := agent.ParseFixed(in.Value)
	if err != nil {
		return GiveFeedbackOut{}, err
	}
	f := agent.Feedback{Value: v, Decimals: d, Tag1: in.Tag1, Tag2: in.Tag2, Endpoint: in.Endpoint, FeedbackURI: in.FeedbackURI}
	if len(f.Tag1) > 64 || len(f.Tag2) > 64 {
		return GiveFeedbackOut{}, fmt.Errorf("%w: tags are at most 64 bytes", agent.ErrBadTerms)
	}
	c, err := s.marketClient(ctx, "feedback", true)
	if err != nil {
		return GiveFeedbackOut{}, err
	}
	id := new(big.Int).SetUint64(in.AgentID)
	out := GiveFeedbackOut{AgentID: in.AgentID, Value: agent.FormatFixed(v, d), Client: s.cfg.Keys.Address.Hex()}
	if s.cfg.DryRun {
		if _, err := c.Agent(ctx, id); err != nil {
			return GiveFeedbackOut{}, err
		}
		out.DryRun, out.Next = true, dryRunNote
		return out, nil
	}
	g, err := c.GiveFeedback(ctx, id, f)
	if err != nil {
		return GiveFeedbackOut{}, err
	}
	out.Index, out.L1, out.Next = g.Index, l1TxOut(g.L1Tx), "recorded in the reputation registry"
	return out, nil
}
