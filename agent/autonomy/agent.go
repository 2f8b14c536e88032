package autonomy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/mycel-network/mycel/agent"
)

// Decision kinds.
const (
	KindPost     = "post"
	KindCancel   = "cancel"
	KindRefund   = "refund"
	KindJoin     = "join"
	KindLeave    = "leave"
	KindStake    = "stake"
	KindClaim    = "claim"
	KindWithdraw = "withdraw"
	KindUnbond   = "unbond"         // the operator unbonds its stake
	KindUnstake  = "withdraw_stake" // the operator withdraws unbonded stake
	KindWait     = "wait"           // nothing to do, with why
	KindSkip     = "skip"           // a bounty the operator does not take, with why
	KindRefused  = "refused"        // an action the budget refused
	KindError    = "error"          // an action or observation that failed
	KindNode     = "node"           // the operator's validator process started, exited, stopped
)

// Decision is one line of the agent's log: what it saw, what it did and
// why. It never holds a secret: the loop has no key (signing is in the
// SDK) and the inputs are public chain data.
type Decision struct {
	Time   time.Time `json:"time"`
	Role   string    `json:"role"`
	Kind   string    `json:"kind"`
	Action string    `json:"action,omitempty"` // for refused: the action refused
	Bounty uint64    `json:"bounty,omitempty"`
	Reason string    `json:"reason"`
	// AmountWei is what the action moved (escrow posted, stake added,
	// credit withdrawn, refund); FeeWei its L1 gas fee.
	AmountWei string       `json:"amount_wei,omitempty"`
	FeeWei    string       `json:"fee_wei,omitempty"`
	L1Tx      string       `json:"l1_tx,omitempty"`
	Error     string       `json:"error,omitempty"`
	Inputs    *Observation `json:"inputs"`
	// Extra are the action's own inputs (estimates, terms).
	Extra map[string]any `json:"extra,omitempty"`
}

// Observation is what one step observed (a decision's inputs).
type Observation struct {
	Validators    int     `json:"validators"`
	GasPriceGwei  float64 `json:"gas_price_gwei"`
	L2NextBatch   uint64  `json:"l2_next_batch"`
	L1Finalized   uint64  `json:"l1_finalized"`
	BatchLatencyS float64 `json:"batch_latency_s"`
	// SpentWei is the budget spent so far (escrow of its bounties on L1 +
	// gas fees); GasLastHourWei the gas fees of the last hour.
	SpentWei       string `json:"spent_wei"`
	GasLastHourWei string `json:"gas_last_hour_wei"`
	// Own: the recruiter's running bounties; Seats: the operator's seats
	// in running bounties.
	Own   []uint64 `json:"own,omitempty"`
	Seats []uint64 `json:"seats,omitempty"`
	// Bonded is the operator's bonded stake (wei).
	Bonded string `json:"bonded_wei,omitempty"`
	// L2BalanceWei is the recruiter's L2 balance (with an l2_float);
	// Services the JSON answers of the paid services it read this step.
	L2BalanceWei string         `json:"l2_balance_wei,omitempty"`
	Services     map[string]any `json:"services,omitempty"`

	gasPrice *big.Int
	bounties []agent.Bounty
	operator *agent.OperatorStatus
}

// Metrics are the agent's Prometheus counters.
type Metrics struct {
	Decisions *prometheus.CounterVec // by kind
	SpendETH  *prometheus.CounterVec // by what: escrow, gas, stake
	IncomeETH *prometheus.CounterVec // by what: bounty, refund
}

// NewMetrics registers the agent's metrics on reg (nil: none).
func NewMetrics(reg prometheus.Registerer, role string) *Metrics {
	labels := prometheus.Labels{"role": role}
	m := &Metrics{
		Decisions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mycel_agent_decisions_total",
			Help: "Decisions the autonomous agent made, by kind.", ConstLabels: labels}, []string{"kind"}),
		SpendETH: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mycel_agent_spend_eth_total",
			Help: "ETH the agent spent: escrow posted, L1 gas fees, stake locked.", ConstLabels: labels}, []string{"what"}),
		IncomeETH: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "mycel_agent_income_eth_total",
			Help: "ETH the agent received: bounty credit withdrawn, escrow refunded.", ConstLabels: labels}, []string{"what"}),
	}
	if reg != nil {
		reg.MustRegister(m.Decisions, m.SpendETH, m.IncomeETH)
	}
	return m
}

// Estimated L1 gas per action, for the budget check before acting.
var gasOf = map[string]uint64{KindPost: 400_000, KindCancel: 80_000, KindRefund: 80_000, KindJoin: 250_000,
	KindLeave: 120_000, KindStake: 150_000, KindClaim: 300_000, KindWithdraw: 80_000, KindUnbond: 150_000, KindUnstake: 80_000}

// Agent is one autonomous agent: a policy, an SDK and a clock.
type Agent struct {
	pol   *Policy
	p     parsed
	sdk   SDK
	clock Clock
	out   io.Writer
	met   *Metrics
	self  common.Address

	mu       sync.Mutex // one step at a time
	outMu    sync.Mutex // one line at a time
	gasSpent *big.Int   // this process's L1 gas fees
	gasLog   []spend    // for the hourly window
	// batch latency: when the L1 finalized count last moved
	lastFinal   uint64
	lastFinalAt time.Time
	// recruiter: since when the need is gone
	needGoneSince time.Time
	// operator: the next batch to claim
	claimFrom uint64
	left      map[uint64]bool
	idleSince time.Time // no seat since
	home      Home
	nodes     Nodes
	agentID   *big.Int // its own ERC-8004 identity, once known
	// the operator's status this step
	lastOperator *agent.OperatorStatus
	// recruiter services: when last read, x402 payments and deposits made
	servicesAt time.Time
	x402Spent  *big.Int
	deposited  *big.Int
	// last reason logged per key, so a repeated wait is logged once
	said map[string]string
}

type spend struct {
	at  time.Time
	wei *big.Int
}

// Options are an Agent's optional parts.
type Options struct {
	Clock    Clock                 // default SystemClock
	Out      io.Writer             // decision lines; default io.Discard
	Registry prometheus.Registerer // metrics; nil: not registered
	// Home and Nodes are an operator's node home and processes, when it
	// runs its validator ([operator.node]): Home to register itself
	// (operator.register_stake_eth), Nodes to stop the node once its stake
	// has left (operator.node.stop_when_unbonded).
	Home  Home
	Nodes Nodes
}

// New builds an agent for a validated policy.
func New(pol *Policy, sdk SDK, o Options) *Agent {
	if o.Clock == nil {
		o.Clock = SystemClock{}
	}
	if o.Out == nil {
		o.Out = io.Discard
	}
	return &Agent{pol: pol, p: pol.parse(), sdk: sdk, clock: o.Clock, out: o.Out, met: NewMetrics(o.Registry, pol.Role),
		self: sdk.Address(), gasSpent: new(big.Int), x402Spent: new(big.Int), deposited: new(big.Int), left: map[uint64]bool{}, said: map[string]string{}, home: o.Home, nodes: o.Nodes}
}

// Run steps every policy interval until ctx ends.
func (a *Agent) Run(ctx context.Context) error {
	for {
		_ = a.Step(ctx) // a failed observation is a decision line (once); the next step retries
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-a.clock.After(a.pol.Interval.Duration):
		}
	}
}

// Step is one observe -> decide -> act round.
func (a *Agent) Step(ctx context.Context) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	obs, err := a.observe(ctx)
	if err != nil {
		a.once("observe", Decision{Kind: KindError, Reason: "observation failed", Error: err.Error()})
		return err
	}
	delete(a.said, "observe")
	if a.pol.Role == RoleRecruiter {
		return a.recruit(ctx, obs)
	}
	return a.operate(ctx, obs)
}

// maxScan bounds how many bounties one step reads.
const maxScan = 500

func (a *Agent) observe(ctx context.Context) (*Observation, error) {
	now := a.clock.Now()
	st, err := a.sdk.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("node status: %w", err)
	}
	if st.Rollup == nil || st.L1 == nil {
		return nil, fmt.Errorf("the node serves no rollup with L1 (mycel_rollupStatus, Rollup on L1): nothing to observe")
	}
	obs := &Observation{Validators: st.Rollup.Validators, L2NextBatch: st.Rollup.NextBatch, L1Finalized: st.L1.FinalizedCount}
	if obs.gasPrice, err = a.sdk.GasPrice(ctx); err != nil {
		return nil, fmt.Errorf("L1 gas price: %w", err)
	}
	obs.GasPriceGwei, _ = new(big.Float).Quo(new(big.Float).SetInt(obs.gasPrice), big.NewFloat(1e9)).Float64()
	if a.lastFinalAt.IsZero() || obs.L1Finalized > a.lastFinal {
		a.lastFinal, a.lastFinalAt = obs.L1Finalized, now
	}
	if obs.L2NextBatch > obs.L1Finalized {
		obs.BatchLatencyS = now.Sub(a.lastFinalAt).Seconds()
	}
	for before := uint64(0); len(obs.bounties) < maxScan; {
		page, next, err := a.sdk.Bounties(ctx, before, agent.MaxBountyPage)
		if err != nil {
			return nil, fmt.Errorf("bounties: %w", err)
		}
		obs.bounties = append(obs.bounties, page...)
		if next == 0 {
			break
		}
		before = next
	}
	spent := new(big.Int).Add(a.gasSpent, a.deposited)
	for _, b := range obs.bounties {
		if b.Poster != a.self {
			continue
		}
		if b.Escrow != nil {
			spent.Add(spent, b.Escrow)
		}
		if !b.Cancelled && b.End.After(now) {
			obs.Own = append(obs.Own, b.ID)
		}
	}
	if a.pol.Role == RoleOperator {
		spent.Set(a.gasSpent)
		if obs.operator, err = a.sdk.OperatorStatus(ctx, a.self); err != nil {
			return nil, fmt.Errorf("operator status: %w", err)
		}
		if obs.operator.Bonded != nil {
			obs.Bonded = obs.operator.Bonded.String()
		}
		for _, b := range obs.bounties {
			if seated(b) && b.End.After(now) {
				obs.Seats = append(obs.Seats, b.ID)
			}
		}
	}
	obs.SpentWei = spent.String()
	obs.GasLastHourWei = a.gasLastHour(now).String()
	return obs, nil
}

func seated(b agent.Bounty) bool {
	return b.Seat != nil && b.Seat.LeftAt == nil && !b.Seat.JoinedAt.IsZero()
}

func (a *Agent) gasLastHour(now time.Time) *big.Int {
	sum := new(big.Int)
	keep := a.gasLog[:0]
	for _, s := range a.gasLog {
		if now.Sub(s.at) < time.Hour {
			keep = append(keep, s)
			sum.Add(sum, s.wei)
		}
	}
	a.gasLog = keep
	return sum
}

// afford checks the budget for an action spending value (escrow; stake
// is bounded apart) and its estimated gas; a refusal is logged.
func (a *Agent) afford(obs *Observation, action string, bounty uint64, value *big.Int) bool {
	fee := new(big.Int).Mul(obs.gasPrice, new(big.Int).SetUint64(gasOf[action]))
	now := a.clock.Now()
	hour := new(big.Int).Add(a.gasLastHour(now), fee)
	spent, _ := new(big.Int).SetString(obs.SpentWei, 10)
	total := new(big.Int).Add(spent, fee)
	if value != nil {
		total.Add(total, value)
	}
	extra := map[string]any{"estimated_fee_wei": fee.String()}
	if value != nil {
		extra["value_wei"] = value.String()
	}
	var reason string
	switch {
	case hour.Cmp(a.pol.Budget.GasPerHourETH.Wei) > 0:
		reason = fmt.Sprintf("budget.gas_per_hour_eth %s: the last hour's gas plus this action's (%s ETH) would pass it", a.pol.Budget.GasPerHourETH, agent.FormatWei(hour))
	case total.Cmp(a.pol.Budget.TotalETH.Wei) > 0:
		reason = fmt.Sprintf("budget.total_eth %s: spent plus this action (%s ETH) would pass it", a.pol.Budget.TotalETH, agent.FormatWei(total))
	default:
		delete(a.said, "refused/"+action+fmt.Sprint(bounty))
		return true
	}
	a.once("refused/"+action+fmt.Sprint(bounty), Decision{Kind: KindRefused, Action: action, Bounty: bounty, Reason: reason, Inputs: obs, Extra: extra})
	return false
}

// paid books an action's L1 fee.
func (a *Agent) paid(obs *Observation, tx *agent.L1Tx) {
	if tx == nil || tx.FeeWei == nil {
		return
	}
	a.gasSpent.Add(a.gasSpent, tx.FeeWei)
	a.gasLog = append(a.gasLog, spend{at: a.clock.Now(), wei: new(big.Int).Set(tx.FeeWei)})
	spent, _ := new(big.Int).SetString(obs.SpentWei, 10)
	obs.SpentWei = spent.Add(spent, tx.FeeWei).String()
	a.met.SpendETH.WithLabelValues("gas").Add(eth(tx.FeeWei))
}

func eth(wei *big.Int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(wei), big.NewFloat(1e18)).Float64()
	return f
}

// acted logs a done action, or its failure.
func (a *Agent) acted(d Decision, tx *agent.L1Tx, err error) {
	key := fmt.Sprintf("error/%s/%d", d.Kind, d.Bounty)
	if err != nil {
		// The same failure again (a revert the next step retries) is
		// logged once.
		d.Action, d.Kind, d.Error = d.Kind, KindError, err.Error()
		d.Reason += " (failed: " + err.Error() + ")"
		a.once(key, d)
		return
	}
	delete(a.said, key)
	if tx != nil {
		d.L1Tx = tx.Hash.Hex()
		if tx.FeeWei != nil {
			d.FeeWei = tx.FeeWei.String()
		}
	}
	a.log(d)
}

// once logs d unless the same decision (key and reason) was the last
// logged for key.
func (a *Agent) once(key string, d Decision) {
	if a.said[key] == d.Kind+"/"+d.Reason {
		return
	}
	a.said[key] = d.Kind + "/" + d.Reason
	a.log(d)
}

func (a *Agent) log(d Decision) {
	d.Time = a.clock.Now().UTC()
	d.Role = a.pol.Role
	a.met.Decisions.WithLabelValues(d.Kind).Inc()
	line, err := json.Marshal(d)
	if err != nil {
		line = []byte(fmt.Sprintf(`{"kind":"error","reason":"decision not encodable: %q"}`, err.Error()))
	}
	a.outMu.Lock()
	defer a.outMu.Unlock()
	_, _ = a.out.Write(append(line, '\n'))
}

// Note logs an event of the operator's node process as a decision line.
func (a *Agent) Note(reason string) {
	a.log(Decision{Kind: KindNode, Reason: reason})
}

// isOver: errors that say the bounty cannot take the action any more.
func isOver(err error) bool { return errors.Is(err, agent.ErrBountyOver) }
