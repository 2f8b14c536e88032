package mcp

import (
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/mycel-network/mycel/agent"
)

// Limits bound what the spending tools may move, in wei: PerCall for one
// tool call, PerHour for all calls within any 60 minutes. Nil is no limit;
// zero refuses every spend.
type Limits struct {
	PerCall *big.Int
	PerHour *big.Int
}

// Window is the span of Limits.PerHour.
const Window = time.Hour

// ErrLimit is matched (errors.Is) by every *LimitError.
var ErrLimit = errors.New("spending limit")

// LimitError is a spend refused by a limit.
type LimitError struct {
	Limit string   // "per-call" or "per-hour"
	Max   *big.Int // the limit, wei
	Asked *big.Int // what the call would move, wei
	Spent *big.Int // per-hour: moved (or reserved) in the last hour
	// FreesAt is, for the per-hour limit, when enough of the window's
	// spending ages out for the call to fit (zero if it never fits).
	FreesAt time.Time
}

func (e *LimitError) Error() string {
	if e.Limit == "per-call" {
		return fmt.Sprintf("refused by the spending limit: this call would move %s ETH, the limit is %s ETH per call (--max-per-call): ask for less, or have the server's owner restart it with a higher --max-per-call",
			agent.FormatWei(e.Asked), agent.FormatWei(e.Max))
	}
	msg := fmt.Sprintf("refused by the spending limit: this call would move %s ETH, %s ETH was already spent in the last hour and the limit is %s ETH per hour (--max-per-hour)",
		agent.FormatWei(e.Asked), agent.FormatWei(e.Spent), agent.FormatWei(e.Max))
	left := new(big.Int).Sub(e.Max, e.Spent)
	if left.Sign() < 0 {
		left.SetInt64(0)
	}
	if !e.FreesAt.IsZero() {
		return msg + fmt.Sprintf(": ask for at most %s ETH now, or retry after %s", agent.FormatWei(left), e.FreesAt.UTC().Format(time.RFC3339))
	}
	return msg + fmt.Sprintf(": ask for at most %s ETH", agent.FormatWei(left))
}

func (e *LimitError) Unwrap() error { return ErrLimit }

// spendLedger counts what was spent (or is being spent) within the last
// Window, and refuses what the limits do not allow.
type spendLedger struct {
	limits Limits
	now    func() time.Time

	mu     sync.Mutex
	spends []*spend // oldest first
}

type spend struct {
	at  time.Time
	wei *big.Int
}

func newSpendLedger(l Limits, now func() time.Time) *spendLedger {
	return &spendLedger{limits: l, now: now}
}

// prune drops spends older than Window; l.mu is held.
func (l *spendLedger) prune(now time.Time) {
	i := 0
	for i < len(l.spends) && now.Sub(l.spends[i].at) >= Window {
		i++
	}
	l.spends = l.spends[i:]
}

// spentLocked is what the window holds; l.mu is held.
func (l *spendLedger) spentLocked() *big.Int {
	sum := new(big.Int)
	for _, s := range l.spends {
		sum.Add(sum, s.wei)
	}
	return sum
}

// Spent is what was spent or reserved in the last Window.
func (l *spendLedger) Spent() *big.Int {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prune(l.now())
	return l.spentLocked()
}

// Left is what the per-hour limit still allows now (nil: no limit).
func (l *spendLedger) Left() *big.Int {
	if l.limits.PerHour == nil {
		return nil
	}
	left := new(big.Int).Sub(l.limits.PerHour, l.Spent())
	if left.Sign() < 0 {
		left.SetInt64(0)
	}
	return left
}

// checkLocked says whether wei fits both limits now; l.mu is held.
func (l *spendLedger) checkLocked(now time.Time, wei *big.Int) error {
	if m := l.limits.PerCall; m != nil && wei.Cmp(m) > 0 {
		return &LimitError{Limit: "per-call", Max: m, Asked: wei}
	}
	m := l.limits.PerHour
	if m == nil {
		return nil
	}
	spent := l.spentLocked()
	total := new(big.Int).Add(spent, wei)
	if total.Cmp(m) <= 0 {
		return nil
	}
	e := &LimitError{Limit: "per-hour", Max: m, Asked: wei, Spent: spent}
	if wei.Cmp(m) <= 0 {
		// The first moment enough has aged out.
		over := new(big.Int).Sub(total, m)
		freed := new(big.Int)
		for _, s := range l.spends {
			freed.Add(freed, s.wei)
			if freed.Cmp(over) >= 0 {
				e.FreesAt = s.at.Add(Window)
				break
			}
		}
	}
	return e
}

// Check says whether wei fits the limits now, reserving nothing (dry
// runs).
func (l *spendLedger) Check(wei *big.Int) error {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prune(now)
	return l.checkLocked(now, wei)
}

// Reserve counts wei against the limits now, or refuses it with a
// *LimitError. The reservation is adjusted with Settle once the call
// knows what it moved.
func (l *spendLedger) Reserve(wei *big.Int) (*Reservation, error) {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prune(now)
	if err := l.checkLocked(now, wei); err != nil {
		return nil, err
	}
	s := &spend{at: now, wei: new(big.Int).Set(wei)}
	l.spends = append(l.spends, s)
	return &Reservation{l: l, s: s}, nil
}

// Reservation is a spend counted before it is known to have happened.
type Reservation struct {
	l *spendLedger
	s *spend
}

// Settle sets what the call moved: zero releases the reservation (nothing
// left), more than reserved is counted too (the limits were checked on
// the reservation).
func (r *Reservation) Settle(wei *big.Int) {
	r.l.mu.Lock()
	defer r.l.mu.Unlock()
	r.s.wei = new(big.Int).Set(wei)
}

// Release is Settle(0).
func (r *Reservation) Release() { r.Settle(new(big.Int)) }

// refusedBeforeSending reports whether err says that nothing left the
// wallet: the SDK refused, the node refused the transaction before it
// was taken, or an L1 transaction was refused in gas estimation or
// reverted (a revert returns the value; its gas is not counted). Other
// errors (a wait that timed out after the send, a dropped connection)
// keep the reservation counted.
func refusedBeforeSending(err error) bool {
	for _, e := range []error{agent.ErrUnknownAccount, agent.ErrUnknownReceiver, agent.ErrInsufficientFunds,
		agent.ErrInsufficientL1Funds, agent.ErrNonceInUse, agent.ErrFeeTooLow, agent.ErrNotWholeGwei,
		agent.ErrAmountOutOfRange, agent.ErrNodeBusy, agent.ErrTxRejected, agent.ErrNoKey, agent.ErrNoL1,
		agent.ErrWrongChain, agent.ErrEscapeHatch, agent.ErrL1Reverted, agent.ErrBelowMinimumStake, agent.ErrNotRegistered,
		agent.ErrAlreadyRegistered, agent.ErrNotAgentController, agent.ErrBadTerms, agent.ErrNotQualified, ErrLimit} {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}
