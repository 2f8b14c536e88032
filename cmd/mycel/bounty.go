package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/agent"
)

func newBountyCmd() *cobra.Command {
	o := &walletOpts{}
	cmd := &cobra.Command{
		Use:   "bounty",
		Short: "The operator market on L1 (NodeBounty): post bounties that pay operators per finalized batch they sign, take seats, claim, withdraw",
		Long: `A bounty escrows ETH and pays each seated operator whose consensus key signed
a finalized batch committed in its window (reward per batch). Agents post
them (under their ERC-8004 identity); operators registered with 'mycel
operator register' take and leave seats; anyone claims a finalized batch
(the posting nodes claim theirs themselves); operators withdraw what their
seat was credited; the poster cancels (with notice) and takes back what no
one earned once the claim period after the end has passed.

  post      post a bounty (the wallet's L1 key pays the escrow)
  list      open bounties (--all: every bounty, newest first)
  show      one bounty, with the wallet's seat
  join      take a seat for the wallet's operator
  leave     free the seat
  claim     claim a finalized batch for a bounty
  withdraw  pay the seat's credit to the wallet
  cancel    end a bounty after its notice period (poster)
  refund    take back the unspent escrow (poster)
  report-uptime  turn a seat's uptime into ERC-8004 feedback for its agent (anyone)

The wallet, endpoints and passphrase are as for 'mycel wallet'; --json
everywhere.`,
	}
	o.addFlags(cmd.PersistentFlags())
	cmd.AddCommand(o.bountyPostCmd(), o.bountyListCmd(), o.bountyShowCmd(), o.bountyJoinCmd(), o.bountyLeaveCmd(),
		o.bountyClaimCmd(), o.bountyWithdrawCmd(), o.bountyCancelCmd(), o.bountyRefundCmd(), o.bountyReportUptimeCmd())
	return cmd
}

func parseBountyID(s string) (uint64, error) {
	id, err := strconv.ParseUint(s, 10, 64)
	if err != nil || id == 0 {
		return 0, fmt.Errorf("bounty id %q: want a number from 1 (mycel bounty list)", s)
	}
	return id, nil
}

func parseAddresses(flag string, list []string) ([]common.Address, error) {
	var out []common.Address
	for _, s := range list {
		if !common.IsHexAddress(s) {
			return nil, fmt.Errorf("%s: %q is not an address", flag, s)
		}
		out = append(out, common.HexToAddress(s))
	}
	return out, nil
}

func (o *walletOpts) bountyPostCmd() *cobra.Command {
	var reward, escrow, minStake, kind, agentID, end, start, minRep, tag1, tag2 string
	var seats uint32
	var duration, notice time.Duration
	var clients []string
	cmd := &cobra.Command{
		Use:   "post",
		Short: "Post a bounty: --reward per finalized batch per seated signer, --escrow, --seats, for --duration (or until --end)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var t agent.BountyTerms
			var err error
			if t.RewardPerBatch, err = parseWei("--reward", reward); err != nil {
				return err
			}
			if t.Escrow, err = parseWei("--escrow", escrow); err != nil {
				return err
			}
			if minStake != "" {
				if t.MinStake, err = parseWei("--min-stake", minStake); err != nil {
					return err
				}
			}
			if t.Kind, err = agent.ParseBountyKind(kind); err != nil {
				return fmt.Errorf("--kind: %w", err)
			}
			if seats == 0 {
				return fmt.Errorf("--seats: offer at least one seat")
			}
			t.Seats, t.NoticePeriod = seats, notice
			if agentID != "" {
				if t.AgentID, err = parseAgentID(agentID); err != nil {
					return fmt.Errorf("--agent-id: %w", err)
				}
			}
			if start != "" {
				if t.Start, err = time.Parse(time.RFC3339, start); err != nil {
					return fmt.Errorf("--start: %w (RFC 3339, e.g. 2026-05-01T12:00:00Z)", err)
				}
			}
			switch {
			case end != "" && duration != 0:
				return fmt.Errorf("give --end or --duration, not both")
			case end != "":
				if t.End, err = time.Parse(time.RFC3339, end); err != nil {
					return fmt.Errorf("--end: %w (RFC 3339, e.g. 2026-05-01T12:00:00Z)", err)
				}
			case duration > 0:
				from := t.Start
				if from.IsZero() {
					from = time.Now()
				}
				t.End = from.Add(duration)
			default:
				return fmt.Errorf("give --duration (e.g. 720h) or --end")
			}
			if minRep != "" {
				v, d, err := agent.ParseFixed(minRep)
				if err != nil {
					return fmt.Errorf("--min-reputation: %w", err)
				}
				cl, err := parseAddresses("--reputation-clients", clients)
				if err != nil {
					return err
				}
				if len(cl) == 0 {
					return fmt.Errorf("--min-reputation needs --reputation-clients, the reviewers whose feedback counts (ERC-8004 summaries need a client list)")
				}
				t.Reputation = &agent.ReputationRequirement{Clients: cl, Tag1: tag1, Tag2: tag2, MinValue: v, MinDecimals: d}
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			if t.Reputation != nil {
				m, err := c.Contracts(ctx)
				if err != nil {
					return withFlags(err)
				}
				if m.Reputation == (common.Address{}) {
					return fmt.Errorf("--min-reputation: this network has no reputation registry")
				}
				t.Reputation.Registry = m.Reputation
			}
			r, err := c.PostBounty(ctx, t)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("posted bounty %d: %s ETH per finalized batch per seated signer, %d seat(s), %s ETH in escrow, %s to %s\nL1 transaction %s (block %d)\nOperators join with: mycel bounty join %d\n",
				r.ID, agent.FormatWei(t.RewardPerBatch), t.Seats, agent.FormatWei(t.Escrow), r.Start.Format(time.RFC3339), r.End.Format(time.RFC3339), r.Hash, r.Block, r.ID))
		},
	}
	f := cmd.Flags()
	f.StringVar(&reward, "reward", "", "reward per finalized batch per seated signer (ETH, or with the unit gwei or wei)")
	f.StringVar(&escrow, "escrow", "", "ETH put in escrow (pays the rewards; the rest is refunded after the end)")
	f.Uint32Var(&seats, "seats", 1, "operator seats")
	f.StringVar(&kind, "kind", "any", "which operators qualify: any, human or agent")
	f.StringVar(&minStake, "min-stake", "", "bonded stake an operator needs (default none)")
	f.DurationVar(&duration, "duration", 0, "how long the bounty runs from its start (e.g. 720h)")
	f.StringVar(&end, "end", "", "when the bounty ends (RFC 3339), instead of --duration")
	f.StringVar(&start, "start", "", "when the bounty starts paying (RFC 3339; default when posted)")
	f.DurationVar(&notice, "notice", 24*time.Hour, "how long the bounty runs on after a cancel")
	f.StringVar(&agentID, "agent-id", "", "the poster's ERC-8004 identity (the wallet's L1 key must own it or be its agentWallet)")
	f.StringVar(&minRep, "min-reputation", "", "minimum reputation summary of an agent operator (e.g. 95.5); agents only")
	f.StringSliceVar(&clients, "reputation-clients", nil, "reviewers whose feedback counts for --min-reputation (addresses)")
	f.StringVar(&tag1, "reputation-tag1", "", "feedback tag1 that counts (e.g. uptime; empty: any)")
	f.StringVar(&tag2, "reputation-tag2", "", "feedback tag2 that counts (empty: any)")
	return cmd
}

type bountyList struct {
	Bounties []agent.Bounty `json:"bounties"`
	// Next is the id to pass to --from for the next page (0: none).
	Next uint64 `json:"next"`
}

func (o *walletOpts) bountyListCmd() *cobra.Command {
	var all bool
	var from uint64
	var limit int
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the open bounties (taking operators now), oldest first; --all lists every bounty, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, ctx, done, err := o.reader(cmd)
			if err != nil {
				return err
			}
			defer done()
			var res bountyList
			if all {
				res.Bounties, res.Next, err = c.Bounties(ctx, from, limit)
			} else {
				res.Bounties, res.Next, err = c.OpenBounties(ctx, from, limit)
			}
			if err != nil {
				return withFlags(err)
			}
			if res.Bounties == nil {
				res.Bounties = []agent.Bounty{}
			}
			var b strings.Builder
			if len(res.Bounties) == 0 {
				if all {
					b.WriteString("no bounties posted yet\n")
				} else {
					b.WriteString("no open bounties (--all lists the others)\n")
				}
			}
			for i := range res.Bounties {
				b.WriteString(bountyLine(&res.Bounties[i]))
			}
			if res.Next != 0 {
				fmt.Fprintf(&b, "more: --from %d\n", res.Next)
			}
			return o.print(cmd, res, b.String())
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "every bounty, open or not, newest first")
	cmd.Flags().Uint64Var(&from, "from", 0, "page from this id (open: ids from it up; --all: ids below it)")
	cmd.Flags().IntVar(&limit, "limit", 20, "bounties per page (at most 100)")
	return cmd
}

func bountyLine(b *agent.Bounty) string {
	state := "open"
	switch {
	case b.Cancelled:
		state = "cancelled"
	case !b.Open && b.Taken >= b.Seats:
		state = "full"
	case !b.Open:
		state = "closed"
	}
	poster := b.Poster.Hex()
	if b.AgentID != nil && b.AgentID.Sign() > 0 {
		poster += fmt.Sprintf(" (agent %s)", b.AgentID)
	}
	s := fmt.Sprintf("bounty %d [%s] %s ETH/batch, seats %d/%d, %s operators, min stake %s ETH, escrow %s of %s ETH left, until %s, by %s\n",
		b.ID, state, agent.FormatWei(b.RewardPerBatch), b.Taken, b.Seats, b.Kind, agent.FormatWei(b.MinStake), agent.FormatWei(b.Remaining),
		agent.FormatWei(b.Escrow), b.End.Format(time.RFC3339), poster)
	if r := b.Reputation; r != nil {
		s += fmt.Sprintf("  needs reputation >= %s (tags %q/%q) from %d reviewer(s)\n", agent.FormatFixed(r.MinValue, r.MinDecimals), r.Tag1, r.Tag2, len(r.Clients))
	}
	if st := b.Seat; st != nil {
		seat := "seated"
		if st.LeftAt != nil {
			seat = "left " + st.LeftAt.Format(time.RFC3339)
		}
		s += fmt.Sprintf("  your seat: %s, owed %s ETH, earned %s ETH, paid for %d of the %d claims since its last uptime report\n",
			seat, agent.FormatWei(st.Owed), agent.FormatWei(st.Earned), st.UptimePaid, st.UptimeClaimed)
	}
	return s
}

func (o *walletOpts) bountyShowCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "show ID",
		Short: "Show one bounty (with the wallet's seat, if any)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseBountyID(args[0])
			if err != nil {
				return err
			}
			c, ctx, done, err := o.reader(cmd)
			if err != nil {
				return err
			}
			defer done()
			b, err := c.Bounty(ctx, id)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, b, bountyLine(b)+fmt.Sprintf("  refundable from %s\n", b.RefundableAt.Format(time.RFC3339)))
		},
	}
}

// bountyTx is a bounty subcommand `USE ID` that sends one L1 transaction.
func (o *walletOpts) bountyTx(use, short string, run func(c *agent.Client, cmd *cobra.Command, id uint64) (any, string, error)) *cobra.Command {
	return &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseBountyID(args[0])
			if err != nil {
				return err
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			cmd.SetContext(ctx)
			v, text, err := run(c, cmd, id)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, v, text)
		},
	}
}

func (o *walletOpts) bountyJoinCmd() *cobra.Command {
	return o.bountyTx("join ID", "Take a seat in bounty ID for the wallet's operator (it must qualify: kind, stake, identity, reputation)",
		func(c *agent.Client, cmd *cobra.Command, id uint64) (any, string, error) {
			r, err := c.JoinBounty(cmd.Context(), id)
			if err != nil {
				return nil, "", err
			}
			return r, fmt.Sprintf("joined bounty %d as operator %s (L1 transaction %s): finalized batches your node signs from now on pay it\n", id, c.Address(), r.Hash), nil
		})
}

func (o *walletOpts) bountyLeaveCmd() *cobra.Command {
	return o.bountyTx("leave ID", "Free the wallet's operator's seat in bounty ID (batches committed until now still pay it)",
		func(c *agent.Client, cmd *cobra.Command, id uint64) (any, string, error) {
			r, err := c.LeaveBounty(cmd.Context(), id)
			if err != nil {
				return nil, "", err
			}
			return r, fmt.Sprintf("left bounty %d (L1 transaction %s)\n", id, r.Hash), nil
		})
}

func (o *walletOpts) bountyWithdrawCmd() *cobra.Command {
	return o.bountyTx("withdraw ID", "Pay what the wallet's operator's seat in bounty ID was credited to its L1 address",
		func(c *agent.Client, cmd *cobra.Command, id uint64) (any, string, error) {
			r, err := c.WithdrawBounty(cmd.Context(), id)
			if err != nil {
				return nil, "", err
			}
			return r, fmt.Sprintf("withdrew %s ETH from bounty %d to %s (L1 transaction %s)\n", agent.FormatWei(r.Amount), id, c.Address(), r.Hash), nil
		})
}

func (o *walletOpts) bountyCancelCmd() *cobra.Command {
	return o.bountyTx("cancel ID", "End bounty ID after its notice period (poster only)",
		func(c *agent.Client, cmd *cobra.Command, id uint64) (any, string, error) {
			r, err := c.CancelBounty(cmd.Context(), id)
			if err != nil {
				return nil, "", err
			}
			return r, fmt.Sprintf("cancelled bounty %d: it ends %s (L1 transaction %s); refund the rest after the claim period (mycel bounty show %d)\n",
				id, r.End.Format(time.RFC3339), r.Hash, id), nil
		})
}

func (o *walletOpts) bountyRefundCmd() *cobra.Command {
	return o.bountyTx("refund ID", "Take back bounty ID's unspent escrow once refundable, and what slashed operators forfeited (poster only)",
		func(c *agent.Client, cmd *cobra.Command, id uint64) (any, string, error) {
			r, err := c.RefundBounty(cmd.Context(), id)
			if err != nil {
				return nil, "", err
			}
			return r, fmt.Sprintf("refunded %s ETH of bounty %d to %s (L1 transaction %s)\n", agent.FormatWei(r.Amount), id, c.Address(), r.Hash), nil
		})
}

func (o *walletOpts) bountyClaimCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "claim ID BATCH",
		Short: "Claim finalized batch BATCH for bounty ID: credits each seated operator that signed it (its certificate is read from L1)",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseBountyID(args[0])
			if err != nil {
				return err
			}
			batch, err := strconv.ParseUint(args[1], 10, 64)
			if err != nil {
				return fmt.Errorf("BATCH %q: want a batch index", args[1])
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.ClaimBounty(ctx, id, batch)
			if err != nil {
				return withFlags(err)
			}
			text := fmt.Sprintf("claimed batch %d for bounty %d: %d operator(s) credited %s ETH each (L1 transaction %s)\n",
				batch, id, len(r.Operators), agent.FormatWei(r.Share), r.Hash)
			if len(r.Operators) == 0 {
				text = fmt.Sprintf("claimed batch %d for bounty %d: no seated signer to pay (it counts for uptime) (L1 transaction %s)\n", batch, id, r.Hash)
			}
			return o.print(cmd, r, text)
		},
	}
}

func (o *walletOpts) bountyReportUptimeCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "report-uptime ID OPERATOR",
		Short: "Turn the uptime of OPERATOR's seat in bounty ID since its last report (16 claims at least) into ERC-8004 'uptime' feedback for its agent identity",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseBountyID(args[0])
			if err != nil {
				return err
			}
			if !common.IsHexAddress(args[1]) {
				return fmt.Errorf("OPERATOR %q is not an address (the operator's owner)", args[1])
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.ReportUptime(ctx, id, common.HexToAddress(args[1]))
			if err != nil {
				return withFlags(err)
			}
			rec := "recorded as feedback"
			if !r.Recorded {
				rec = "NOT recorded: the reputation registry refused it"
			}
			return o.print(cmd, r, fmt.Sprintf("operator %s (agent %s) in bounty %d: paid for %d of %d claims, uptime %s%%, %s (L1 transaction %s)\n",
				r.Operator, r.AgentID, id, r.Paid, r.Claimed, agent.FormatFixed(r.Value, 2), rec, r.Hash))
		},
	}
}
