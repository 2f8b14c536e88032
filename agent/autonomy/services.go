package autonomy

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"time"

	"github.com/mycel-network/mycel/agent"
)

// Service decision kinds.
const (
	KindDeposit = "deposit" // the recruiter moved funds to its L2 account
	KindX402    = "x402"    // it paid for a service through x402
)

func init() { gasOf[KindDeposit] = 150_000 }

// maxServiceBody bounds a service answer kept in the observation.
const maxServiceBody = 16 << 10

// PaidResponse is a service's answer to a GET paid through x402.
type PaidResponse struct {
	Status int
	Body   []byte
	// PaidGwei is what the payment cost (amount and fee; 0: the service
	// asked for none).
	PaidGwei uint64
}

// services keeps the recruiter's L2 float and reads its paid services
// ([recruiter.services]): a deposit from L1 when the L2 balance falls
// below half the float, then, every services.every, each URL through
// x402, paid from the L2 account; a JSON answer joins the observation's
// inputs (Observation.Services).
func (a *Agent) services(ctx context.Context, obs *Observation) {
	s := a.pol.Recruit.Services
	if s == nil {
		return
	}
	if s.L2Float.Set() && s.L2Float.Wei.Sign() > 0 {
		a.keepFloat(ctx, obs, s)
	}
	now := a.clock.Now()
	if len(s.URLs) == 0 || (!a.servicesAt.IsZero() && now.Sub(a.servicesAt) < s.Every.Duration) {
		return
	}
	a.servicesAt = now
	for _, url := range s.URLs {
		res, err := a.sdk.PaidGet(ctx, url)
		if err != nil {
			a.once("x402/"+url, Decision{Kind: KindError, Action: KindX402, Reason: "paid service " + url, Error: err.Error(), Inputs: obs})
			continue
		}
		if res.Status == 200 {
			delete(a.said, "x402/"+url)
		}
		var answer any
		if res.Status == 200 && len(res.Body) <= maxServiceBody && json.Unmarshal(res.Body, &answer) == nil {
			if obs.Services == nil {
				obs.Services = map[string]any{}
			}
			obs.Services[url] = answer
		}
		if res.PaidGwei > 0 {
			paid := new(big.Int).Mul(new(big.Int).SetUint64(res.PaidGwei), big.NewInt(1e9))
			a.x402Spent.Add(a.x402Spent, paid)
			a.met.SpendETH.WithLabelValues("x402").Add(eth(paid))
			a.log(Decision{Kind: KindX402, Inputs: obs, AmountWei: paid.String(),
				Reason: fmt.Sprintf("read paid service %s (HTTP %d), paid from its L2 account", url, res.Status),
				Extra:  map[string]any{"url": url, "status": res.Status, "paid_gwei": res.PaidGwei, "spent_wei": a.x402Spent.String()}})
		} else if res.Status != 200 {
			a.once("x402/"+url, Decision{Kind: KindError, Action: KindX402, Reason: fmt.Sprintf("paid service %s answered HTTP %d", url, res.Status), Inputs: obs})
		}
	}
}

// keepFloat deposits up to the float when the L2 balance is below half of
// it; the deposit counts against budget.total_eth.
func (a *Agent) keepFloat(ctx context.Context, obs *Observation, s *Services) {
	bal, err := a.sdk.L2Balance(ctx)
	if err != nil {
		a.once("deposit", Decision{Kind: KindError, Action: KindDeposit, Reason: "its L2 balance", Error: err.Error(), Inputs: obs})
		return
	}
	obs.L2BalanceWei = bal.String()
	half := new(big.Int).Div(s.L2Float.Wei, big.NewInt(2))
	if bal.Cmp(half) >= 0 {
		return
	}
	top := new(big.Int).Sub(s.L2Float.Wei, bal)
	// Whole gwei: L2 amounts are gwei.
	top.Sub(top, new(big.Int).Mod(top, big.NewInt(1e9)))
	if top.Sign() <= 0 || !a.afford(obs, KindDeposit, 0, top) {
		return
	}
	start := a.clock.Now()
	res, err := a.sdk.Deposit(ctx, top)
	d := Decision{Kind: KindDeposit, AmountWei: top.String(), Inputs: obs,
		Reason: fmt.Sprintf("L2 balance %s ETH below half of recruiter.services.l2_float %s: moves funds to L2 for its x402 payments", agent.FormatWei(bal), s.L2Float)}
	if err != nil {
		a.acted(d, nil, err)
		return
	}
	a.deposited.Add(a.deposited, top)
	spent, _ := new(big.Int).SetString(obs.SpentWei, 10)
	obs.SpentWei = spent.Add(spent, top).String()
	a.met.SpendETH.WithLabelValues("deposit").Add(eth(top))
	d.Extra = map[string]any{"l2_balance_gwei": res.Balance, "credited_after_s": res.Credited.Sub(start).Round(time.Millisecond).Seconds()}
	d.L1Tx = res.L1Tx.Hex()
	a.log(d)
}
