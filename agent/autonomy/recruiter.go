package autonomy

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/agent"
)

// need lists the recruiter's triggers that fire on obs (none: the need is
// gone). The reasons name the policy keys, not the observed values (those
// are the decision's inputs), so that a wait is logged once while they
// move.
func (a *Agent) need(obs *Observation) []string {
	r := a.pol.Recruit
	var why []string
	if r.MinValidators > 0 && obs.Validators < r.MinValidators {
		why = append(why, fmt.Sprintf("%d validators, fewer than recruiter.min_validators %d", obs.Validators, r.MinValidators))
	}
	if r.MaxGasGwei > 0 && obs.GasPriceGwei > r.MaxGasGwei {
		why = append(why, fmt.Sprintf("L1 gas price above recruiter.max_gas_gwei %g", r.MaxGasGwei))
	}
	if d := r.MaxBatchLatency.Duration; d > 0 && obs.BatchLatencyS > d.Seconds() {
		why = append(why, fmt.Sprintf("no batch finalized on L1 for longer than recruiter.max_batch_latency %s", d))
	}
	return why
}

// recruit is the recruiter's decide -> act: post a bounty when a trigger
// fires and none of its own is funding (or the one that is cannot pay
// another round), cancel its bounties once the need has been gone for
// stop_after, refund what its ended bounties did not pay. Its bounties
// are found on L1 by its poster address, so a restart neither posts twice
// nor forgets one.
func (a *Agent) recruit(ctx context.Context, obs *Observation) error {
	r := a.pol.Recruit
	a.services(ctx, obs)
	now := a.clock.Now()
	var active []agent.Bounty
	for _, b := range obs.bounties {
		if b.Poster == a.self && !b.Cancelled && b.End.After(now) {
			active = append(active, b)
		}
	}
	why := a.need(obs)
	if len(why) > 0 {
		a.needGoneSince = time.Time{}
		funding := 0
		for _, b := range active {
			// One round: what the bounty pays its seats for one batch.
			round := new(big.Int).Mul(b.RewardPerBatch, big.NewInt(int64(b.Seats)))
			if b.RewardPerBatch == nil || b.Remaining == nil || b.Remaining.Cmp(round) >= 0 {
				funding++
			}
		}
		if funding > 0 {
			a.once("need", Decision{Kind: KindWait, Reason: fmt.Sprintf("trigger (%s): already funded by bounty %s", strings.Join(why, "; "), ids(active)), Inputs: obs})
		} else {
			first := true
			for _, b := range obs.bounties {
				first = first && b.Poster != a.self
			}
			a.post(ctx, obs, why, len(active) > 0, first)
		}
	} else {
		if a.needGoneSince.IsZero() {
			a.needGoneSince = now
		}
		gone := now.Sub(a.needGoneSince)
		switch {
		case len(active) == 0:
			a.once("need", Decision{Kind: KindWait, Reason: "no trigger fires and no bounty of its own is running", Inputs: obs})
		case gone < r.StopAfter.Duration:
			a.once("need", Decision{Kind: KindWait, Reason: fmt.Sprintf("no trigger fires; stops funding bounty %s once that holds for recruiter.stop_after %s", ids(active), r.StopAfter), Inputs: obs})
		default:
			for _, b := range active {
				if !a.afford(obs, KindCancel, b.ID, nil) {
					continue
				}
				res, err := a.sdk.CancelBounty(ctx, b.ID)
				d := Decision{Kind: KindCancel, Bounty: b.ID, Inputs: obs,
					Reason: fmt.Sprintf("no trigger fired for %s (recruiter.stop_after %s): the need is gone; it ends after its notice", gone.Round(1e9), r.StopAfter)}
				var tx *agent.L1Tx
				if res != nil {
					tx = &res.L1Tx
					d.Extra = map[string]any{"end": res.End}
					a.paid(obs, tx)
				}
				a.acted(d, tx, err)
			}
			delete(a.said, "need")
		}
	}
	if *r.Refund {
		a.refunds(ctx, obs)
	}
	return nil
}

func ids(bs []agent.Bounty) string {
	var s []string
	for _, b := range bs {
		s = append(s, fmt.Sprint(b.ID))
	}
	return strings.Join(s, ", ")
}

// post posts a bounty: with recruiter.bounty's terms when it is its
// first (it has none on L1), recruiter.next_bounty's after.
func (a *Agent) post(ctx context.Context, obs *Observation, why []string, successor, first bool) {
	p := a.p.next
	if first {
		p = a.p.first
	}
	bt := p.t
	t := agent.BountyTerms{RewardPerBatch: bt.RewardPerBatch.Wei, Seats: bt.Seats, Kind: p.kind,
		End: a.clock.Now().Add(bt.Duration.Duration), NoticePeriod: bt.Notice.Duration, Escrow: bt.Escrow.Wei}
	if bt.MinStake.Set() {
		t.MinStake = bt.MinStake.Wei
	}
	if a.pol.AgentID != 0 {
		t.AgentID = new(big.Int).SetUint64(a.pol.AgentID)
	}
	extra := map[string]any{"reward_per_batch_wei": t.RewardPerBatch.String(), "escrow_wei": t.Escrow.String(), "seats": t.Seats,
		"kind": t.Kind.String(), "end": t.End.UTC()}
	if p.repMin != nil {
		c, err := a.sdk.Contracts(ctx)
		if err != nil {
			a.once("post", Decision{Kind: KindError, Action: KindPost, Reason: "the reputation registry's address", Error: err.Error(), Inputs: obs})
			return
		}
		clients := p.repClients
		if len(clients) == 0 {
			// The protocol's own feedback: slashes and uptime.
			clients = []common.Address{c.Slasher, c.NodeBounty}
		}
		t.Reputation = &agent.ReputationRequirement{Registry: c.Reputation, Clients: clients, Tag1: bt.Tag1, Tag2: bt.Tag2,
			MinValue: p.repMin, MinDecimals: p.repDec}
		extra["min_reputation"] = bt.MinReputation
		extra["reputation_clients"] = clients
	}
	if !first {
		extra["terms"] = "recruiter.next_bounty"
	}
	if !a.afford(obs, KindPost, 0, t.Escrow) {
		return
	}
	reason := "trigger: " + strings.Join(why, "; ")
	if successor {
		reason += " (its running bounty cannot pay another round: the contract has no top-up, so a successor)"
	}
	res, err := a.sdk.PostBounty(ctx, t)
	d := Decision{Kind: KindPost, Reason: reason, Inputs: obs, Extra: extra, AmountWei: t.Escrow.String()}
	var tx *agent.L1Tx
	if res != nil {
		tx, d.Bounty = &res.L1Tx, res.ID
		a.paid(obs, tx)
		a.met.SpendETH.WithLabelValues("escrow").Add(eth(t.Escrow))
	}
	a.acted(d, tx, err)
	delete(a.said, "need")
}

// refunds takes back what its ended bounties did not pay.
func (a *Agent) refunds(ctx context.Context, obs *Observation) {
	now := a.clock.Now()
	for _, b := range obs.bounties {
		if b.Poster != a.self || b.Reclaimable == nil || b.Reclaimable.Sign() <= 0 || b.RefundableAt.IsZero() || now.Before(b.RefundableAt) {
			continue
		}
		if !a.afford(obs, KindRefund, b.ID, nil) {
			continue
		}
		res, err := a.sdk.RefundBounty(ctx, b.ID)
		d := Decision{Kind: KindRefund, Bounty: b.ID, Inputs: obs, Reason: fmt.Sprintf("bounty %d is over and %s ETH of its escrow was not paid out", b.ID, agent.FormatWei(b.Reclaimable))}
		var tx *agent.L1Tx
		if res != nil {
			tx = &res.L1Tx
			a.paid(obs, tx)
			if res.Amount != nil {
				d.AmountWei = res.Amount.String()
				a.met.IncomeETH.WithLabelValues("refund").Add(eth(res.Amount))
			}
		}
		a.acted(d, tx, err)
	}
}
