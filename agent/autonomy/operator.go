package autonomy

import (
	"context"
	"fmt"
	"math"
	"math/big"
	"strings"
	"time"

	"github.com/mycel-network/mycel/agent"
)

// maxClaimsPerStep bounds the batches one step claims.
const maxClaimsPerStep = 8

// operate is the operator's decide -> act. It assumes its validator is
// registered and staked (mycel operator register) and its node running;
// for each bounty it holds a seat in it withdraws the credit, claims
// finalized batches (operator.claim) and leaves when the bounty stops
// paying; for each open bounty it does not hold a seat in it estimates
// income against cost and joins when it pays.
func (a *Agent) operate(ctx context.Context, obs *Observation) error {
	st := obs.operator
	a.lastOperator = st
	a.superviseNode(obs)
	if !st.Registered {
		if a.home != nil && a.pol.Operator.RegisterStakeETH.Wei.Sign() > 0 {
			a.register(ctx, obs)
			return nil
		}
		a.once("registered", Decision{Kind: KindWait, Inputs: obs,
			Reason: "no operator registered for this L1 key: register and stake first (mycel operator register, or operator.register_stake_eth)"})
		return nil
	}
	delete(a.said, "registered")
	if a.claimFrom == 0 {
		a.claimFrom = obs.L1Finalized
	}
	for _, b := range obs.bounties {
		if seated(b) {
			a.seatedIn(ctx, obs, b)
		} else if b.Seat != nil && b.Seat.Owed != nil && b.Seat.Owed.Sign() > 0 {
			a.withdraw(ctx, obs, b) // a seat it left still owes it
		}
	}
	for _, b := range obs.bounties {
		if b.Open && !seated(b) && !a.left[b.ID] && (b.Seat == nil || b.Seat.LeftAt == nil) {
			a.consider(ctx, obs, b)
		}
	}
	a.stake(ctx, obs)
	if obs.L1Finalized > a.claimFrom {
		a.claimFrom = min(obs.L1Finalized, a.claimFrom+maxClaimsPerStep)
	}
	return nil
}

// incomePerHour is what one seat in b earns an hour by the policy's
// batch estimate, and how long b's escrow can pay its seated operators
// plus this one.
func (a *Agent) incomePerHour(b agent.Bounty) (income *big.Int, funded float64) {
	o := a.pol.Operator
	income = mulFloat(b.RewardPerBatch, o.BatchesPerHour)
	perHourAll := mulFloat(b.RewardPerBatch, o.BatchesPerHour*float64(b.Taken+1))
	if b.Remaining == nil || perHourAll.Sign() == 0 {
		return income, math.Inf(1)
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(b.Remaining), new(big.Float).SetInt(perHourAll)).Float64()
	return income, f
}

func mulFloat(x *big.Int, f float64) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	out, _ := new(big.Float).Mul(new(big.Float).SetInt(x), big.NewFloat(f)).Int(nil)
	return out
}

// pays says why b does not pay (or "" when it does), with the estimate.
func (a *Agent) pays(b agent.Bounty, hoursLeft float64) (string, map[string]any) {
	o := a.pol.Operator
	income, funded := a.incomePerHour(b)
	net := new(big.Int).Sub(income, o.CostPerHourETH.Wei)
	est := map[string]any{"income_per_hour_wei": income.String(), "cost_per_hour_wei": o.CostPerHourETH.Wei.String(),
		"net_per_hour_wei": net.String(), "hours_left": round2(hoursLeft)}
	if !math.IsInf(funded, 1) {
		est["hours_funded"] = round2(funded)
	}
	minHours := o.MinTimeLeft.Hours()
	switch {
	case net.Cmp(o.MinIncomePerHourETH.Wei) < 0:
		return fmt.Sprintf("earns %s ETH/h net of operator.cost_per_hour_eth %s, below operator.min_income_per_hour_eth %s",
			agent.FormatWei(net), o.CostPerHourETH, o.MinIncomePerHourETH), est
	case hoursLeft < minHours:
		return fmt.Sprintf("less time left than operator.min_time_left %s", o.MinTimeLeft), est
	case funded < minHours:
		return fmt.Sprintf("its escrow pays the seated operators and this one for less than operator.min_time_left %s", o.MinTimeLeft), est
	}
	return "", est
}

func round2(f float64) float64 { return math.Round(f*100) / 100 }

// trusts says why the operator does not work for b's poster ("": it does).
func (a *Agent) trusts(ctx context.Context, b agent.Bounty) string {
	t := a.pol.Operator.Trust
	if a.p.trustedPosters != nil && !a.p.trustedPosters[b.Poster] {
		return fmt.Sprintf("poster %s is not in operator.trust.posters", b.Poster)
	}
	hasID := b.AgentID != nil && b.AgentID.Sign() > 0
	if t.AgentsOnly && !hasID {
		return "the poster has no ERC-8004 identity (operator.trust.agents_only)"
	}
	if a.p.trustMin == nil {
		return ""
	}
	if !hasID {
		return fmt.Sprintf("the poster has no identity to read a reputation from (operator.trust.min_reputation %s)", t.MinReputation)
	}
	rep, err := a.sdk.Reputation(ctx, b.AgentID, a.p.trustClients, "", "")
	if err != nil {
		return fmt.Sprintf("the poster's reputation: %v", err)
	}
	if rep.Count == 0 {
		return fmt.Sprintf("poster identity %s has no feedback (operator.trust.min_reputation %s)", b.AgentID, t.MinReputation)
	}
	if !atLeast(rep.Value, rep.Decimals, a.p.trustMin, a.p.trustDec) {
		return fmt.Sprintf("poster identity %s has reputation %s, below operator.trust.min_reputation %s", b.AgentID, rep, t.MinReputation)
	}
	return ""
}

// atLeast compares v/10^d >= m/10^md.
func atLeast(v *big.Int, d uint8, m *big.Int, md uint8) bool {
	l := new(big.Int).Mul(v, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(md)), nil))
	r := new(big.Int).Mul(m, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d)), nil))
	return l.Cmp(r) >= 0
}

// qualifies says why the operator's own reputation does not meet b's
// requirement ("" when it does, or b has none): the NodeBounty reads the
// same summary at join (ReputationTooLow).
func (a *Agent) qualifies(ctx context.Context, b agent.Bounty) string {
	r := b.Reputation
	if r == nil {
		return ""
	}
	st := a.lastOperator
	id := st.AgentID
	linked := st.Kind == agent.OperatorAgent && id != nil && id.Sign() > 0
	if !linked {
		// Its own identity still carries its record (an operator that
		// exited, after a slash for example, is unlinked from it).
		if a.agentID == nil && a.home != nil {
			a.agentID, _ = a.home.RegisteredAgentID() // read once, not per bounty and step
		}
		id = a.agentID
	}
	if id == nil || id.Sign() == 0 {
		return "the bounty asks for an ERC-8004 reputation: only an agent operator with an identity has one"
	}
	notLinked := ""
	if !linked {
		notLinked = fmt.Sprintf("its operator does not link identity %s (the bounty needs an agent operator with a valid link); ", id)
	}
	rep, err := a.sdk.Reputation(ctx, id, r.Clients, r.Tag1, r.Tag2)
	if err != nil {
		return fmt.Sprintf("its own reputation: %v", err)
	}
	minV := r.MinValue
	if minV == nil {
		minV = new(big.Int)
	}
	min := agent.FormatFixed(minV, r.MinDecimals)
	if rep.Count == 0 {
		return fmt.Sprintf("%sthe bounty asks for a reputation of at least %s and identity %s has no feedback from its clients yet", notLinked, min, id)
	}
	if !atLeast(rep.Value, rep.Decimals, minV, r.MinDecimals) {
		return fmt.Sprintf("%sidentity %s has reputation %s (%d feedback), below the bounty's minimum %s", notLinked, id, rep, rep.Count, min)
	}
	if notLinked != "" {
		return strings.TrimSuffix(notLinked, "; ")
	}
	return ""
}

// consider decides whether to join open bounty b.
func (a *Agent) consider(ctx context.Context, obs *Observation, b agent.Bounty) {
	key := fmt.Sprintf("bounty/%d", b.ID)
	skip := func(reason string, extra map[string]any) {
		a.once(key, Decision{Kind: KindSkip, Bounty: b.ID, Reason: reason, Inputs: obs, Extra: extra})
	}
	st := obs.operator
	now := a.clock.Now()
	switch {
	case b.Taken >= b.Seats:
		skip(fmt.Sprintf("all %d seats taken", b.Seats), nil)
		return
	case b.Kind == agent.BountyHumans && st.Kind == agent.OperatorAgent, b.Kind == agent.BountyAgents && st.Kind == agent.OperatorHuman:
		skip(fmt.Sprintf("the bounty is for %s, this operator is %s", b.Kind, st.Kind), nil)
		return
	}
	// What the NodeBounty would refuse the join for, all of it (so that
	// the log says why an operator is kept out), before spending gas on
	// a join that reverts.
	var refused []string
	if st.Jailed {
		refused = append(refused, "this operator is jailed")
	}
	if why := a.qualifies(ctx, b); why != "" {
		refused = append(refused, why)
	}
	if (st.Bonded == nil || st.Bonded.Sign() == 0) && (b.MinStake == nil || b.MinStake.Sign() == 0) {
		refused = append(refused, "nothing bonded (a seat needs stake)")
	}
	if len(refused) > 0 {
		skip(strings.Join(refused, "; "), nil)
		return
	}
	if why := a.trusts(ctx, b); why != "" {
		skip(why, nil)
		return
	}
	why, est := a.pays(b, b.End.Sub(now).Hours())
	if why != "" {
		skip(why, est)
		return
	}
	bonded := st.Bonded
	if bonded == nil {
		bonded = new(big.Int)
	}
	if b.MinStake != nil && b.MinStake.Cmp(bonded) > 0 {
		if b.MinStake.Cmp(a.pol.Operator.MaxStakeETH.Wei) > 0 {
			skip(fmt.Sprintf("needs %s ETH bonded, above operator.max_stake_eth %s", agent.FormatWei(b.MinStake), a.pol.Operator.MaxStakeETH), est)
			return
		}
		add := new(big.Int).Sub(b.MinStake, bonded)
		if !a.afford(obs, KindStake, b.ID, nil) {
			return
		}
		res, err := a.sdk.AddStake(ctx, add)
		d := Decision{Kind: KindStake, Bounty: b.ID, AmountWei: add.String(), Inputs: obs, Extra: est,
			Reason: fmt.Sprintf("bounty %d needs %s ETH bonded (has %s, operator.max_stake_eth %s)", b.ID, agent.FormatWei(b.MinStake), agent.FormatWei(bonded), a.pol.Operator.MaxStakeETH)}
		var tx *agent.L1Tx
		if res != nil {
			tx = &res.L1Tx
			a.paid(obs, tx)
			a.met.SpendETH.WithLabelValues("stake").Add(eth(add))
			st.Bonded = res.Bonded
		}
		a.acted(d, tx, err)
		if err != nil {
			return
		}
	}
	if !a.afford(obs, KindJoin, b.ID, nil) {
		return
	}
	tx, err := a.sdk.JoinBounty(ctx, b.ID)
	if err == nil {
		a.paid(obs, tx)
		obs.Seats = append(obs.Seats, b.ID)
	}
	a.acted(Decision{Kind: KindJoin, Bounty: b.ID, Inputs: obs, Extra: est,
		Reason: fmt.Sprintf("pays %s ETH/h net, at least operator.min_income_per_hour_eth %s", ethOfWei(est["net_per_hour_wei"]), a.pol.Operator.MinIncomePerHourETH)}, tx, err)
	delete(a.said, key)
}

// seatedIn looks after a seat: withdraw, claim, leave.
func (a *Agent) seatedIn(ctx context.Context, obs *Observation, b agent.Bounty) {
	now := a.clock.Now()
	if b.Seat.Owed != nil && b.Seat.Owed.Cmp(a.pol.Operator.WithdrawAtETH.Wei) >= 0 {
		a.withdraw(ctx, obs, b)
	}
	if a.pol.Operator.Claim {
		a.claim(ctx, obs, b)
	}
	if !b.End.After(now) {
		return // over: nothing to leave, the credit is withdrawn above
	}
	var reason string
	if why := a.trusts(ctx, b); why != "" {
		reason = "no longer trusted: " + why
	} else if b.Remaining != nil && b.RewardPerBatch != nil && b.Remaining.Cmp(b.RewardPerBatch) < 0 {
		reason = fmt.Sprintf("its escrow (%s ETH) cannot pay another batch", agent.FormatWei(b.Remaining))
	} else if net := new(big.Int).Sub(mulFloat(b.RewardPerBatch, a.pol.Operator.BatchesPerHour), a.pol.Operator.CostPerHourETH.Wei); net.Cmp(a.pol.Operator.MinIncomePerHourETH.Wei) < 0 {
		// Only the income counts here: a seat pays until the escrow or the
		// window ends, however soon.
		reason = fmt.Sprintf("earns %s ETH/h net of operator.cost_per_hour_eth %s, below operator.min_income_per_hour_eth %s",
			agent.FormatWei(net), a.pol.Operator.CostPerHourETH, a.pol.Operator.MinIncomePerHourETH)
	}
	if reason == "" {
		a.once(fmt.Sprintf("seat/%d", b.ID), Decision{Kind: KindWait, Bounty: b.ID, Inputs: obs, Reason: "seated; the bounty pays"})
		return
	}
	if !a.afford(obs, KindLeave, b.ID, nil) {
		return
	}
	tx, err := a.sdk.LeaveBounty(ctx, b.ID)
	if err == nil {
		a.paid(obs, tx)
		a.left[b.ID] = true
	} else if isOver(err) {
		a.left[b.ID] = true
	}
	a.acted(Decision{Kind: KindLeave, Bounty: b.ID, Inputs: obs, Reason: reason}, tx, err)
}

func (a *Agent) withdraw(ctx context.Context, obs *Observation, b agent.Bounty) {
	if !a.afford(obs, KindWithdraw, b.ID, nil) {
		return
	}
	res, err := a.sdk.WithdrawBounty(ctx, b.ID)
	d := Decision{Kind: KindWithdraw, Bounty: b.ID, Inputs: obs, Reason: fmt.Sprintf("seat credit %s ETH, at least operator.withdraw_at_eth %s", agent.FormatWei(b.Seat.Owed), a.pol.Operator.WithdrawAtETH)}
	var tx *agent.L1Tx
	if res != nil {
		tx = &res.L1Tx
		a.paid(obs, tx)
		if res.Amount != nil {
			d.AmountWei = res.Amount.String()
			a.met.IncomeETH.WithLabelValues("bounty").Add(eth(res.Amount))
		}
	}
	a.acted(d, tx, err)
}

// claim claims the finalized batches since the last step that would pay
// the bounty's seated signers.
func (a *Agent) claim(ctx context.Context, obs *Observation, b agent.Bounty) {
	for batch := a.claimFrom; batch < obs.L1Finalized && batch < a.claimFrom+maxClaimsPerStep; batch++ {
		payees, share, err := a.sdk.PreviewBountyClaim(ctx, b.ID, batch)
		if err != nil || payees == 0 {
			continue // claimed already, outside the window, or pays nobody
		}
		if !a.afford(obs, KindClaim, b.ID, nil) {
			return
		}
		res, err := a.sdk.ClaimBounty(ctx, b.ID, batch)
		d := Decision{Kind: KindClaim, Bounty: b.ID, Inputs: obs, Reason: fmt.Sprintf("batch %d is final on L1 and pays %d seated signers %s ETH each", batch, payees, agent.FormatWei(share)),
			Extra: map[string]any{"batch": batch}}
		var tx *agent.L1Tx
		if res != nil {
			tx = &res.L1Tx
			a.paid(obs, tx)
		}
		a.acted(d, tx, err)
	}
}

// stake unbonds once the operator has held no seat for
// operator.unbond_after, and withdraws stake whose unbonding is over.
func (a *Agent) stake(ctx context.Context, obs *Observation) {
	st := obs.operator
	now := a.clock.Now()
	if st.Withdrawable != nil && st.Withdrawable.Sign() > 0 && a.afford(obs, KindUnstake, 0, nil) {
		res, err := a.sdk.WithdrawStake(ctx)
		d := Decision{Kind: KindUnstake, Inputs: obs, Reason: fmt.Sprintf("%s ETH of stake finished unbonding", agent.FormatWei(st.Withdrawable))}
		var tx *agent.L1Tx
		if res != nil {
			tx = &res.L1Tx
			a.paid(obs, tx)
			if res.Amount != nil {
				d.AmountWei = res.Amount.String()
			}
		}
		a.acted(d, tx, err)
	}
	if len(obs.Seats) > 0 {
		a.idleSince = time.Time{}
		return
	}
	if a.idleSince.IsZero() {
		a.idleSince = now
	}
	after := a.pol.Operator.UnbondAfter.Duration
	if after == 0 || st.Bonded == nil || st.Bonded.Sign() == 0 || now.Sub(a.idleSince) < after {
		return
	}
	if !a.afford(obs, KindUnbond, 0, nil) {
		return
	}
	res, err := a.sdk.RequestUnbond(ctx, st.Bonded)
	d := Decision{Kind: KindUnbond, Inputs: obs, AmountWei: st.Bonded.String(),
		Reason: fmt.Sprintf("no seat for %s (operator.unbond_after %s): leaves the validator set", now.Sub(a.idleSince).Round(time.Second), after)}
	var tx *agent.L1Tx
	if res != nil {
		tx = &res.L1Tx
		a.paid(obs, tx)
		d.Extra = map[string]any{"unbonding_end": res.UnbondingEnd}
	}
	a.acted(d, tx, err)
}

// ethOfWei formats a decimal wei string as ETH.
func ethOfWei(v any) string {
	w, ok := new(big.Int).SetString(fmt.Sprint(v), 10)
	if !ok {
		return fmt.Sprint(v)
	}
	return agent.FormatWei(w)
}
