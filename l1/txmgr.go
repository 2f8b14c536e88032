package l1

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
)

// TxClient is what the transaction manager needs from an L1 client;
// *ethclient.Client and simulated.Client satisfy it (tests wrap it to
// inject faults).
type TxClient interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	SuggestGasTipCap(ctx context.Context) (*big.Int, error)
	EstimateGas(ctx context.Context, call ethereum.CallMsg) (uint64, error)
	SendTransaction(ctx context.Context, tx *types.Transaction) error
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// TxManagerConfig configures a TxManager (the [l1.tx] section).
type TxManagerConfig struct {
	// ChainID is the L1 chain id transactions are signed for; the node
	// takes it from its L1 client.
	ChainID *big.Int `toml:"-"`
	// ResubmitAfter is how long a transaction may stay unmined before it
	// is replaced with bumped fees.
	ResubmitAfter time.Duration `toml:"resubmit_after" comment:"Replace an unmined L1 transaction with higher fees after this long."`
	// FeeBumpPercent is the raise of both the tip and the fee cap per
	// replacement; at least 10, what go-ethereum's pool demands of a
	// replacement.
	FeeBumpPercent uint64 `toml:"fee_bump_percent" comment:"Percent added to the tip and the fee cap per replacement (>= 10)."`
	// MinTipCap is the least priority fee offered, in wei, whatever the
	// client suggests (a zero tip could not be bumped).
	MinTipCap *big.Int `toml:"min_tip_cap" comment:"Least priority fee per gas offered, in wei."`
	// MaxTipCap bounds the priority fee, in wei, whatever the client
	// suggests: the tip is paid in full, so an L1 RPC that suggests an
	// absurd tip would otherwise make every transaction pay it. A
	// transaction whose tip is at MaxTipCap is not replaced (a replacement
	// must raise the tip too).
	MaxTipCap *big.Int `toml:"max_tip_cap" comment:"Highest priority fee per gas ever offered, in wei."`
	// MaxFeeCap bounds the fee cap, in wei: no transaction is sent while
	// L1 needs more, and a pending one is not bumped above it.
	MaxFeeCap *big.Int `toml:"max_fee_cap" comment:"Highest fee cap per gas ever offered, in wei."`
	// MaxSpendPerHour bounds the fees, in wei, the manager commits to in
	// any rolling hour (see TxManager): a transaction that would exceed it
	// is not sent (ErrBudgetExceeded) and a bump that would is not made.
	MaxSpendPerHour *big.Int `toml:"max_spend_per_hour" comment:"Most fees, in wei, committed to L1 transactions in any rolling hour."`
	// GasHeadroomPercent is added to the gas estimate (plus a fixed 20,000).
	GasHeadroomPercent uint64 `toml:"gas_headroom_percent" comment:"Percent added to the gas estimate for the gas limit."`
	// ReceiptTimeout bounds one Send, from gas estimation to the receipt.
	ReceiptTimeout time.Duration `toml:"receipt_timeout" comment:"Longest one L1 transaction may take, from estimation to receipt."`
	// PollInterval is the pause between receipt polls.
	PollInterval time.Duration `toml:"poll_interval" comment:"Pause between polls for a transaction's receipt."`
	// RetryMin and RetryMax bound the exponential backoff after a failed
	// L1 RPC call.
	RetryMin time.Duration `toml:"retry_min" comment:"First pause after a failed L1 RPC call; doubles per failure."`
	RetryMax time.Duration `toml:"retry_max" comment:"Longest pause between L1 RPC retries."`
	// RequestTimeout bounds each L1 RPC call.
	RequestTimeout time.Duration `toml:"request_timeout" comment:"Timeout of each L1 RPC call."`
}

// GweiToWei returns n gwei in wei.
func GweiToWei(n uint64) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(n), big.NewInt(1e9))
}

// Defaults of the fee caps and the budget, in gwei (the node's l1.max_fee_gwei,
// l1.max_tip_gwei and l1.max_spend_per_hour_gwei).
const (
	DefaultMaxFeeGwei          = 500
	DefaultMaxTipGwei          = 10
	DefaultMaxSpendPerHourGwei = 10_000_000_000 // 10 ETH
)

// DefaultTxManagerConfig returns settings for a 12-second-slot L1; ChainID
// is left nil.
func DefaultTxManagerConfig() TxManagerConfig {
	return TxManagerConfig{
		ResubmitAfter:      12 * time.Second,
		FeeBumpPercent:     15,
		MinTipCap:          big.NewInt(1_000_000), // 0.001 gwei, go-ethereum's default miner minimum
		MaxTipCap:          GweiToWei(DefaultMaxTipGwei),
		MaxFeeCap:          GweiToWei(DefaultMaxFeeGwei),
		MaxSpendPerHour:    GweiToWei(DefaultMaxSpendPerHourGwei),
		GasHeadroomPercent: 25,
		ReceiptTimeout:     5 * time.Minute,
		PollInterval:       time.Second,
		RetryMin:           250 * time.Millisecond,
		RetryMax:           15 * time.Second,
		RequestTimeout:     10 * time.Second,
	}
}

// Validate checks the section; errors name the key as l1.tx.<key>.
func (c TxManagerConfig) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("config l1.tx.%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		bad("chain_id", "must be set to the L1 chain id")
	}
	if c.ResubmitAfter <= 0 {
		bad("resubmit_after", "must be > 0")
	}
	if c.FeeBumpPercent < 10 {
		bad("fee_bump_percent", "%d is below 10; L1 nodes refuse replacements that raise fees less", c.FeeBumpPercent)
	}
	if c.MinTipCap == nil || c.MinTipCap.Sign() < 0 {
		bad("min_tip_cap", "must be set and >= 0")
	}
	if c.MaxTipCap == nil || c.MaxTipCap.Sign() <= 0 {
		bad("max_tip_cap", "must be set and > 0")
	} else if c.MinTipCap != nil && c.MaxTipCap.Cmp(c.MinTipCap) < 0 {
		bad("max_tip_cap", "%s is below min_tip_cap %s", c.MaxTipCap, c.MinTipCap)
	}
	if c.MaxFeeCap == nil || c.MaxFeeCap.Sign() <= 0 {
		bad("max_fee_cap", "must be set and > 0")
	} else if c.MaxTipCap != nil && c.MaxFeeCap.Cmp(c.MaxTipCap) < 0 {
		bad("max_fee_cap", "%s is below max_tip_cap %s", c.MaxFeeCap, c.MaxTipCap)
	}
	if c.MaxSpendPerHour == nil || c.MaxSpendPerHour.Sign() <= 0 {
		bad("max_spend_per_hour", "must be set and > 0")
	}
	if c.GasHeadroomPercent > 1000 {
		bad("gas_headroom_percent", "%d is more than 1000", c.GasHeadroomPercent)
	}
	if c.ReceiptTimeout <= 0 {
		bad("receipt_timeout", "must be > 0")
	}
	if c.PollInterval <= 0 {
		bad("poll_interval", "must be > 0")
	}
	if c.RetryMin <= 0 {
		bad("retry_min", "must be > 0")
	}
	if c.RetryMax < c.RetryMin {
		bad("retry_max", "%s is below retry_min %s", c.RetryMax, c.RetryMin)
	}
	if c.RequestTimeout <= 0 {
		bad("request_timeout", "must be > 0")
	}
	return errors.Join(errs...)
}

// Errors of Send; match them with errors.Is.
var (
	// ErrReverted: the call reverts. A *RevertError carries the name.
	ErrReverted = errors.New("l1: transaction reverted")
	// ErrTxTimeout: no receipt before TxManagerConfig.ReceiptTimeout. The
	// transaction may still be mined later.
	ErrTxTimeout = errors.New("l1: transaction not mined before the receipt timeout")
	// ErrFeeCapExceeded: L1 needs a higher fee than TxManagerConfig.MaxFeeCap.
	ErrFeeCapExceeded = errors.New("l1: L1 fees exceed the configured fee cap")
	// ErrNonceConsumed: another transaction of the same account took the
	// nonce (the key is used elsewhere too).
	ErrNonceConsumed = errors.New("l1: nonce consumed by another transaction of this account")
	// ErrInsufficientFunds: the account cannot pay for the transaction.
	ErrInsufficientFunds = errors.New("l1: insufficient funds for gas and value")
	// ErrBudgetExceeded: sending would commit more fees in the last hour
	// than TxManagerConfig.MaxSpendPerHour. Nothing was sent; a
	// *BudgetError says how much and until when.
	ErrBudgetExceeded = errors.New("l1: hourly L1 spending budget exhausted")
)

// BudgetError is a transaction not sent because of the spending budget. It
// matches ErrBudgetExceeded.
type BudgetError struct {
	// Need is the transaction's worst-case fee (gas limit x fee cap), or
	// a replacement's raise of it; Used what the last hour holds already;
	// Limit is MaxSpendPerHour. All in wei.
	Need, Used, Limit *big.Int
	// RetryAt is when enough of the last hour's spending has aged out of
	// the window for Need to fit (sooner if pending transactions are mined
	// for less than their worst case); zero when Need alone exceeds Limit.
	RetryAt time.Time
}

func (e *BudgetError) Error() string {
	if e.RetryAt.IsZero() {
		return fmt.Sprintf("%v: the transaction's worst-case fee %s wei alone exceeds the budget of %s wei per hour",
			ErrBudgetExceeded, e.Need, e.Limit)
	}
	return fmt.Sprintf("%v: %s wei committed in the last hour, %s wei more needed, budget %s wei per hour; room again by %s",
		ErrBudgetExceeded, e.Used, e.Need, e.Limit, e.RetryAt.UTC().Format(time.RFC3339))
}

// Unwrap returns ErrBudgetExceeded.
func (e *BudgetError) Unwrap() error { return ErrBudgetExceeded }

// RevertError is a call that reverts: in gas estimation (Mined false:
// nothing was sent, no gas spent) or on chain (Mined true). It matches
// ErrReverted, and contracts.RevertName works on it.
type RevertError struct {
	// Name is the revert's name (contracts.RevertName): a custom error
	// ("BatchOutOfOrder"), "Error: <reason>", "revert without data", or
	// "out of gas".
	Name string
	// Mined says the transaction was mined and failed; Receipt is its receipt.
	Mined   bool
	Receipt *types.Receipt
	// Err is the L1 client's error carrying the revert data, if any (for a
	// mined transaction, the error of replaying it at its block).
	Err error
}

func (e *RevertError) Error() string {
	where := "in gas estimation, not sent"
	if e.Mined {
		where = fmt.Sprintf("on chain, transaction %s in block %s", e.Receipt.TxHash, e.Receipt.BlockNumber)
	}
	return fmt.Sprintf("l1: transaction reverted (%s): %s", where, e.Name)
}

// Unwrap returns ErrReverted and the client's error.
func (e *RevertError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrReverted}
	}
	return []error{ErrReverted, e.Err}
}

// IsRevert reports whether err is a revert named name (a custom error of
// the mycel contracts, such as "BatchOutOfOrder").
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

// gasHeadroomFixed is added to every gas limit: a call that forwards a
// share of its gas (the 63/64 rule), as the proof verifier does towards the
// pairing precompile, may need a little more than the estimate.
const gasHeadroomFixed = 20_000

// budgetWindow is the span the spending budget counts over.
const budgetWindow = time.Hour

// TxManager sends L1 transactions from one key. It owns the account's
// nonces: concurrent Sends get consecutive nonces, a nonce handed out but
// never published is reused by the next Send, and the counter is read from
// the L1 client's pending nonce on first use and after "nonce too low".
//
// It remembers every transaction it published that is not known to be
// mined, whether a Send still waits for it or not (one whose Send gave up
// on it is an orphan): a Send of the same call (to, data, value) as one of
// them joins it instead of sending it again, and a Send of another call
// first sees the oldest orphan mined (raising its fees as needed), so no
// transaction is published behind one that nobody bumps.
//
// It keeps the fees it commits to within MaxSpendPerHour over a rolling
// hour: a transaction counts its worst case (gas limit x fee cap) from the
// moment it is published, a replacement adds what it raises that by, and a
// mined transaction counts what it paid.
//
// Use one TxManager per key and no other sender for it.
type TxManager struct {
	cfg    TxManagerConfig
	client TxClient
	key    *ecdsa.PrivateKey
	from   common.Address
	signer types.Signer
	log    *slog.Logger
	m      *Metrics
	now    func() time.Time // the budget's clock

	mu     sync.Mutex
	synced bool     // next was read from the client
	next   uint64   // next fresh nonce
	free   []uint64 // nonces handed out and given back unpublished, ascending, all < next
	// live holds the attempts with a version possibly published and no
	// receipt yet, by nonce: driven by a Send (busy) or orphaned.
	live map[uint64]*attempt
	// changed is closed, and replaced, whenever a live attempt settles or
	// is orphaned.
	changed chan struct{}
	limit   *big.Int  // MaxSpendPerHour
	spend   []*charge // the budget's entries, oldest first

	down atomic.Bool // in an L1 RPC outage
}

// charge is one entry of the spending budget.
type charge struct {
	at  time.Time
	wei *big.Int
}

// NewTxManager returns a transaction manager for key; it starts nothing and
// reads the nonce on the first Send.
func NewTxManager(cfg TxManagerConfig, client TxClient, key *ecdsa.PrivateKey, logger *slog.Logger, m *Metrics) (*TxManager, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if client == nil {
		return nil, errors.New("l1: nil client")
	}
	if key == nil {
		return nil, errors.New("l1: nil transaction key")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NopMetrics()
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	m.TxBudgetLimitWei.Set(weiFloat(cfg.MaxSpendPerHour))
	return &TxManager{
		cfg: cfg, client: client, key: key, from: from,
		signer: types.LatestSignerForChainID(cfg.ChainID),
		log:    logger.With("module", "l1.txmgr", "from", from),
		m:      m, now: time.Now,
		live: map[uint64]*attempt{}, changed: make(chan struct{}),
		limit: new(big.Int).Set(cfg.MaxSpendPerHour),
	}, nil
}

// Address is the account transactions are sent from.
func (m *TxManager) Address() common.Address { return m.from }

// ChainID is the L1 chain id transactions are signed for.
func (m *TxManager) ChainID() *big.Int { return new(big.Int).Set(m.cfg.ChainID) }

// Send calls `to` with data and value (nil for none) in an EIP-1559
// transaction and waits until it is mined. It estimates the gas first: a
// call that reverts there is not sent, and the error is a *RevertError
// naming the revert. Fees are the client's suggested tip (within
// [MinTipCap, MaxTipCap]) and twice the base fee on top (at most
// MaxFeeCap); a transaction left unmined for ResubmitAfter is replaced,
// same nonce, with fees raised by FeeBumpPercent (never above the caps or
// the budget). Failed L1 RPC calls are retried with backoff until ctx ends
// or ReceiptTimeout passes. A mined transaction that failed returns its
// receipt and a *RevertError (named by replaying the call at its block).
//
// A Send that gives up (ctx, ReceiptTimeout) on a published transaction
// leaves it pending, and the TxManager keeps it: a later Send of the same
// call (to, data, value) takes it over, replacing it with higher fees
// when due, instead of sending the call again behind it; a Send of the
// same call while another Send waits for it waits for that one's outcome;
// a Send of another call sees it mined before sending its own. Retrying a
// Send that timed out therefore never leaves two transactions of one call.
//
// Errors match ErrReverted, ErrTxTimeout, ErrFeeCapExceeded,
// ErrBudgetExceeded, ErrNonceConsumed, ErrInsufficientFunds, or ctx's error.
func (m *TxManager) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, m.cfg.ReceiptTimeout, ErrTxTimeout)
	defer cancel()
	m.m.TxInFlight.Inc()
	defer m.m.TxInFlight.Dec()
	// Mined transactions, and reverts, are counted once where they settle
	// (attempt.finish, estimation); a Send that joined another's shares
	// its outcome without counting it again.
	rcpt, err := m.send(ctx, to, data, value)
	if err != nil && !errors.Is(err, ErrReverted) {
		m.m.TxFailed.Inc()
	}
	return rcpt, err
}

// errRetryNonce: the nonce was taken on chain before the transaction got
// out; send again with a fresh one.
var errRetryNonce = errors.New("l1: nonce too low, retry with a fresh nonce")

func (m *TxManager) send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	var joined *attempt
	for {
		if joined != nil {
			m.mu.Lock()
			done, r, err := joined.done, joined.rcpt, joined.err
			m.mu.Unlock()
			if done {
				return r, err
			}
		}
		a, same, wait := m.claim(to, data, value)
		switch {
		case wait != nil:
			// Another Send waits for a transaction of this very call:
			// share its outcome, or take it over if that Send gives up.
			joined = a
			select {
			case <-ctx.Done():
				return nil, fmt.Errorf("l1: transaction of the same call (nonce %d) pending in another send: %w", a.nonce, context.Cause(ctx))
			case <-wait:
			}
		case a != nil && same:
			m.log.Info("the same call is pending from an earlier send; taking it over", "tx", a.last().Hash(), "nonce", a.nonce,
				"to", to, "tip", a.tip, "fee_cap", a.feeCap)
			return a.wait(ctx)
		case a != nil:
			m.log.Info("an earlier transaction nobody waits for is pending; seeing it mined first", "tx", a.last().Hash(),
				"nonce", a.nonce, "to", a.to, "tip", a.tip, "fee_cap", a.feeCap)
			r, err := a.wait(ctx)
			switch {
			case ctx.Err() != nil:
				return nil, fmt.Errorf("l1: not sent: earlier transaction (nonce %d) still pending: %w", a.nonce, err)
			case err != nil:
				m.log.Warn("earlier transaction settled with an error", "nonce", a.nonce, "to", a.to, "err", err)
			default:
				m.log.Info("earlier transaction mined", "tx", r.TxHash, "nonce", a.nonce, "to", a.to, "block", r.BlockNumber)
			}
		default:
			return m.sendNew(ctx, to, data, value)
		}
	}
}

// claim tells a new Send of (to, data, value) what to do about the live
// attempts: a live attempt of the same call, orphaned (claimed for the
// caller, same) or driven by another Send (returned with the channel to
// wait on); else the oldest orphan, claimed, unless a given-back nonce
// below it must be used first; else nothing.
func (m *TxManager) claim(to common.Address, data []byte, value *big.Int) (a *attempt, same bool, wait <-chan struct{}) {
	m.mu.Lock()
	defer m.mu.Unlock()
	nonces := make([]uint64, 0, len(m.live))
	for n := range m.live {
		nonces = append(nonces, n)
	}
	slices.Sort(nonces)
	var orphan *attempt
	for _, n := range nonces {
		p := m.live[n]
		if p.to == to && p.value.Cmp(value) == 0 && bytes.Equal(p.data, data) {
			if p.busy {
				return p, true, m.changed
			}
			p.busy = true
			return p, true, nil
		}
		if !p.busy && orphan == nil {
			orphan = p
		}
	}
	if orphan == nil || (len(m.free) > 0 && m.free[0] < orphan.nonce) {
		return nil, false, nil
	}
	orphan.busy = true
	return orphan, false, nil
}

// notifyLocked wakes the Sends waiting on a live attempt.
func (m *TxManager) notifyLocked() {
	close(m.changed)
	m.changed = make(chan struct{})
}

// sendNew sends a call no live attempt carries.
func (m *TxManager) sendNew(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	msg := ethereum.CallMsg{From: m.from, To: &to, Value: value, Data: data}
	est, err := retry(ctx, m, "estimate gas", func(c context.Context) (uint64, error) { return m.client.EstimateGas(c, msg) },
		func(err error) bool { return isRevert(err) || isPermanentEstimate(err) })
	if err != nil {
		switch {
		case isRevert(err):
			m.m.TxReverted.Inc()
			return nil, &RevertError{Name: contracts.RevertName(err), Err: err}
		case errContains(err, "insufficient funds"):
			return nil, fmt.Errorf("%w: estimate gas to %s: %w", ErrInsufficientFunds, to, err)
		}
		return nil, fmt.Errorf("l1: estimate gas to %s: %w", to, err)
	}
	a := &attempt{m: m, to: to, data: bytes.Clone(data), value: new(big.Int).Set(value),
		gas: est + est*m.cfg.GasHeadroomPercent/100 + gasHeadroomFixed}
	if err := a.initialFees(ctx); err != nil {
		return nil, err
	}
	c, err := m.reserve(a.worst(a.feeCap))
	if err != nil {
		m.m.TxBudgetRefusals.Inc()
		m.log.Debug("transaction not sent: spending budget", "to", to, "err", err)
		return nil, err
	}
	a.charges = []*charge{c}
	for {
		n, err := retry(ctx, m, "pending nonce", m.allocNonce, nil)
		if err != nil {
			m.refund(a.charges)
			return nil, fmt.Errorf("l1: nonce: %w", err)
		}
		a.nonce, a.sent = n, nil
		err = a.publishFirst(ctx)
		if errors.Is(err, errRetryNonce) {
			continue
		}
		if err != nil {
			if len(a.sent) == 0 {
				m.refund(a.charges)
			}
			return nil, err
		}
		return a.wait(ctx)
	}
}

// allocNonce hands out the lowest given-back nonce, else the next fresh one.
func (m *TxManager) allocNonce(ctx context.Context) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.synced {
		n, err := m.client.PendingNonceAt(ctx, m.from)
		if err != nil {
			return 0, err
		}
		m.next, m.free, m.synced = n, nil, true
		m.log.Debug("nonce read from L1", "nonce", n)
	}
	var n uint64
	if len(m.free) > 0 {
		n, m.free = m.free[0], m.free[1:]
	} else {
		n = m.next
		m.next++
	}
	m.m.TxNonce.Set(float64(m.next))
	return n, nil
}

// nonceTooLow handles "nonce too low" for nonce n that this Send never got
// out: n and every given-back nonce up to it are used on chain, and the
// counter moves to the client's pending nonce if that is ahead.
func (m *TxManager) nonceTooLow(ctx context.Context, n uint64) {
	pending, err := m.client.PendingNonceAt(ctx, m.from)
	m.mu.Lock()
	defer m.mu.Unlock()
	floor := n + 1
	if err == nil && pending > floor {
		floor = pending
	}
	m.next = max(m.next, floor)
	i, _ := slices.BinarySearch(m.free, floor)
	m.free = m.free[i:]
	m.m.TxNonce.Set(float64(m.next))
	m.log.Warn("nonce too low; nonce counter moved forward (is the key used elsewhere?)", "nonce", n, "next", m.next)
}

// Spending budget. Entries older than budgetWindow drop out; the rest sum
// to what the last hour holds.

// windowLocked drops the entries that aged out and returns the sum of the
// rest.
func (m *TxManager) windowLocked(now time.Time) *big.Int {
	i := 0
	for i < len(m.spend) && !m.spend[i].at.After(now.Add(-budgetWindow)) {
		i++
	}
	m.spend = m.spend[i:]
	sum := new(big.Int)
	for _, c := range m.spend {
		sum.Add(sum, c.wei)
	}
	return sum
}

// refuseLocked returns the *BudgetError for need on top of used.
func (m *TxManager) refuseLocked(need, used *big.Int) *BudgetError {
	e := &BudgetError{Need: new(big.Int).Set(need), Used: used, Limit: new(big.Int).Set(m.limit)}
	if need.Cmp(m.limit) > 0 {
		return e
	}
	excess := new(big.Int).Sub(new(big.Int).Add(used, need), m.limit)
	aged := new(big.Int)
	for _, c := range m.spend {
		if aged.Add(aged, c.wei); aged.Cmp(excess) >= 0 {
			e.RetryAt = c.at.Add(budgetWindow)
			break
		}
	}
	return e
}

// reserve adds an entry of wei now, or returns a *BudgetError if the last
// hour has no room for it.
func (m *TxManager) reserve(wei *big.Int) (*charge, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := m.now()
	used := m.windowLocked(now)
	if new(big.Int).Add(used, wei).Cmp(m.limit) > 0 {
		return nil, m.refuseLocked(wei, used)
	}
	c := &charge{at: now, wei: new(big.Int).Set(wei)}
	m.spend = append(m.spend, c)
	m.m.TxCommittedWei.Add(weiFloat(wei))
	m.m.TxBudgetUsedWei.Set(weiFloat(used.Add(used, wei)))
	return c, nil
}

// refund takes back the entries of a transaction never published (or
// whose nonce another transaction took).
func (m *TxManager) refund(cs []*charge) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, c := range cs {
		c.wei.SetInt64(0)
	}
	m.m.TxBudgetUsedWei.Set(weiFloat(m.windowLocked(m.now())))
}

// settle replaces a mined transaction's entries by what it paid (on its
// newest entry, which stays in the window longest).
func (m *TxManager) settle(cs []*charge, paid *big.Int) {
	if len(cs) == 0 {
		return
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	for _, c := range cs {
		c.wei.SetInt64(0)
	}
	cs[len(cs)-1].wei.Set(paid)
	m.m.TxBudgetUsedWei.Set(weiFloat(m.windowLocked(m.now())))
}

// budgetUsed is what the last hour holds (tests).
func (m *TxManager) budgetUsed() *big.Int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.windowLocked(m.now())
}

func weiFloat(x *big.Int) float64 {
	f, _ := new(big.Float).SetInt(x).Float64()
	return f
}

// rpcFailed and rpcOK track L1 reachability for the log and metrics.
func (m *TxManager) rpcFailed(what string, err error) {
	m.m.TxRPCErrors.Inc()
	if m.down.CompareAndSwap(false, true) {
		m.log.Warn("L1 RPC unreachable; retrying with backoff", "call", what, "err", err)
	} else {
		m.log.Debug("L1 RPC still failing", "call", what, "err", err)
	}
}

func (m *TxManager) rpcOK() {
	if m.down.CompareAndSwap(true, false) {
		m.log.Info("L1 RPC reachable again")
	}
}

// retry runs f with the request timeout until it succeeds, fails with an
// error final says is final (the client answered), or ctx ends; failures
// in between are logged and backed off.
func retry[T any](ctx context.Context, m *TxManager, what string, f func(context.Context) (T, error), final func(error) bool) (T, error) {
	wait := m.cfg.RetryMin
	for {
		rctx, cancel := context.WithTimeout(ctx, m.cfg.RequestTimeout)
		v, err := f(rctx)
		cancel()
		if err == nil || (final != nil && final(err)) {
			m.rpcOK()
			return v, err
		}
		if ctx.Err() != nil {
			return v, fmt.Errorf("%s: %w (last error: %w)", what, context.Cause(ctx), err)
		}
		m.rpcFailed(what, err)
		if !sleep(ctx, wait) {
			return v, fmt.Errorf("%s: %w (last error: %w)", what, context.Cause(ctx), err)
		}
		wait = min(wait*2, m.cfg.RetryMax)
	}
}

// Error classification. Errors arrive as JSON-RPC messages, so they are
// matched by go-ethereum's texts (core/txpool/errors.go, core/error.go).

func errContains(err error, subs ...string) bool {
	if err == nil {
		return false
	}
	s := strings.ToLower(err.Error())
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func isRevert(err error) bool {
	return contracts.RevertData(err) != nil || errContains(err, "execution reverted")
}

func isPermanentEstimate(err error) bool {
	return errContains(err, "insufficient funds", "gas required exceeds", "intrinsic gas too low", "invalid opcode")
}

func isAlreadyKnown(err error) bool { return errContains(err, "already known", "known transaction") }

func isNonceTooLow(err error) bool { return errContains(err, "nonce too low") }

func isUnderpriced(err error) bool {
	return errContains(err, "underpriced", "gas price below minimum", "fee cap less than block base fee",
		"max fee per gas less than block base fee")
}

func isPermanentSend(err error) bool {
	return errContains(err, "insufficient funds", "intrinsic gas too low", "exceeds block gas limit", "oversized data",
		"invalid sender", "exceeds the configured cap", "nonce has max value", "higher than max fee per gas",
		"invalid chain id", "transaction type not supported")
}

// attempt is one call's transaction: one nonce, every version published.
// Its owner (the Send that made it, or one that took it over) alone
// touches the fields below m.mu's; busy, done, rcpt and err are m.mu's.
type attempt struct {
	m     *TxManager
	to    common.Address
	data  []byte
	value *big.Int
	gas   uint64
	nonce uint64

	tip, feeCap *big.Int
	sent        []*types.Transaction // versions possibly published, oldest first
	lastPublish time.Time
	capped      bool      // a bump was held back by the caps
	refused     bool      // a bump was held back by the budget
	charges     []*charge // its budget entries

	// Guarded by m.mu.
	busy bool           // a Send drives it
	done bool           // settled: mined (rcpt), or its nonce consumed (err)
	rcpt *types.Receipt // the outcome, once done
	err  error
}

// worst is the most the transaction can pay at fee cap feeCap.
func (a *attempt) worst(feeCap *big.Int) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(a.gas), feeCap)
}

func (a *attempt) last() *types.Transaction { return a.sent[len(a.sent)-1] }

// suggest returns the fees for a new transaction now: the suggested tip
// within [MinTipCap, MaxTipCap], and a cap of twice the base fee on top.
func (a *attempt) suggest(ctx context.Context) (tip, feeCap, baseFee *big.Int, err error) {
	m := a.m
	tip, err = retry(ctx, m, "suggest gas tip", m.client.SuggestGasTipCap, nil)
	if err != nil {
		return nil, nil, nil, err
	}
	head, err := retry(ctx, m, "head header", func(c context.Context) (*types.Header, error) {
		h, err := m.client.HeaderByNumber(c, nil)
		if err == nil && h == nil {
			err = ethereum.NotFound
		}
		return h, err
	}, nil)
	if err != nil {
		return nil, nil, nil, err
	}
	if head.BaseFee == nil {
		return nil, nil, nil, errors.New("l1: the L1 head has no base fee (an EIP-1559 chain is required)")
	}
	if tip == nil {
		tip = new(big.Int)
	}
	if tip.Cmp(m.cfg.MaxTipCap) > 0 {
		m.log.Debug("suggested tip above max_tip_cap; offering the cap", "suggested", tip, "max_tip_cap", m.cfg.MaxTipCap)
	}
	tip = bigMin(bigMax(tip, m.cfg.MinTipCap), m.cfg.MaxTipCap)
	feeCap = new(big.Int).Add(tip, new(big.Int).Lsh(head.BaseFee, 1))
	return tip, feeCap, head.BaseFee, nil
}

func (a *attempt) initialFees(ctx context.Context) error {
	tip, feeCap, baseFee, err := a.suggest(ctx)
	if err != nil {
		return fmt.Errorf("l1: fees: %w", err)
	}
	maxCap := a.m.cfg.MaxFeeCap
	if feeCap.Cmp(maxCap) > 0 {
		if need := new(big.Int).Add(baseFee, tip); need.Cmp(maxCap) > 0 {
			return fmt.Errorf("%w: base fee %s + tip %s wei > max fee cap %s wei", ErrFeeCapExceeded, baseFee, tip, maxCap)
		}
		feeCap = new(big.Int).Set(maxCap)
	}
	a.tip, a.feeCap = tip, feeCap
	return nil
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// bumped raises x by pct percent, and by at least 1 wei.
func bumped(x *big.Int, pct uint64) *big.Int {
	y := new(big.Int).Mul(x, new(big.Int).SetUint64(100+pct))
	y.Quo(y, big.NewInt(100))
	if y.Cmp(x) <= 0 {
		y.Add(x, big.NewInt(1))
	}
	return y
}

// errAtCap: a replacement would exceed MaxTipCap or MaxFeeCap.
var errAtCap = errors.New("l1: a replacement would exceed the fee caps")

// bump raises the fees for a replacement: FeeBumpPercent over the last
// version, or today's suggestion if that is higher, and charges the raise
// of the worst case to the budget. With fees unchanged it returns
// errAtCap when the replacement would exceed a cap, and a *BudgetError
// when the budget has no room for it.
func (a *attempt) bump(ctx context.Context) error {
	m := a.m
	tip, feeCap := bumped(a.tip, m.cfg.FeeBumpPercent), bumped(a.feeCap, m.cfg.FeeBumpPercent)
	if tip.Cmp(m.cfg.MaxTipCap) > 0 || feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return errAtCap
	}
	sctx, cancel := context.WithTimeout(ctx, m.cfg.RequestTimeout)
	defer cancel()
	if stip, scap, _, err := a.suggest(sctx); err == nil && scap.Cmp(m.cfg.MaxFeeCap) <= 0 {
		tip, feeCap = bigMax(tip, stip), bigMax(feeCap, scap)
	}
	if raise := new(big.Int).Sub(a.worst(feeCap), a.worst(a.feeCap)); raise.Sign() > 0 {
		c, err := m.reserve(raise)
		if err != nil {
			return err
		}
		a.charges = append(a.charges, c)
	}
	a.tip, a.feeCap = tip, feeCap
	return nil
}

func (a *attempt) sign() (*types.Transaction, error) {
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: a.m.cfg.ChainID, Nonce: a.nonce, GasTipCap: a.tip, GasFeeCap: a.feeCap,
		Gas: a.gas, To: &a.to, Value: a.value, Data: a.data,
	})
	return types.SignTx(tx, a.m.signer, a.m.key)
}

func (a *attempt) sendTx(ctx context.Context, tx *types.Transaction) error {
	rctx, cancel := context.WithTimeout(ctx, a.m.cfg.RequestTimeout)
	defer cancel()
	return a.m.client.SendTransaction(rctx, tx)
}

// addSent notes a version as possibly published; the first makes the
// attempt live.
func (a *attempt) addSent(tx *types.Transaction) {
	if slices.ContainsFunc(a.sent, func(t *types.Transaction) bool { return t.Hash() == tx.Hash() }) {
		return
	}
	a.sent = append(a.sent, tx)
	if len(a.sent) == 1 {
		a.m.mu.Lock()
		a.busy = true
		a.m.live[a.nonce] = a
		a.m.mu.Unlock()
	}
}

func (a *attempt) record(tx *types.Transaction) {
	a.addSent(tx)
	a.lastPublish = time.Now()
}

// release gives back the nonce of an attempt no version of which may
// have gone out: the next Send reuses it.
func (a *attempt) release() {
	m := a.m
	m.mu.Lock()
	defer m.mu.Unlock()
	if a.nonce < m.next {
		if i, found := slices.BinarySearch(m.free, a.nonce); !found {
			m.free = slices.Insert(m.free, i, a.nonce)
		}
	}
}

// orphan ends the Send's watch over a transaction that may be out there:
// it stays live for the next Send to join or see mined.
func (a *attempt) orphan() {
	m := a.m
	m.mu.Lock()
	defer m.mu.Unlock()
	a.busy = false
	m.notifyLocked()
}

// abandon gives up before the transaction is known to be out: a nonce no
// try may have delivered goes to the next Send, else it is an orphan.
func (a *attempt) abandon() {
	if len(a.sent) == 0 {
		a.release()
	} else {
		a.orphan()
	}
}

// settled records the outcome of a live attempt and wakes the Sends that
// joined it.
func (a *attempt) settled(r *types.Receipt, err error) {
	m := a.m
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.live, a.nonce)
	a.busy, a.done, a.rcpt, a.err = false, true, r, err
	m.notifyLocked()
}

// publishFirst gets the first version of the transaction out. It returns
// errRetryNonce when the nonce turned out to be used already; on any other
// error the Send's hold on the nonce ends (abandon).
func (a *attempt) publishFirst(ctx context.Context) error {
	m := a.m
	wait := m.cfg.RetryMin
	for {
		tx, err := a.sign()
		if err != nil {
			a.abandon()
			return fmt.Errorf("l1: sign: %w", err)
		}
		err = a.sendTx(ctx, tx)
		switch {
		case err == nil || isAlreadyKnown(err):
			m.rpcOK()
			a.record(tx)
			m.m.TxPublished.Inc()
			m.log.Debug("transaction sent", "tx", tx.Hash(), "nonce", a.nonce, "to", a.to, "gas", a.gas,
				"tip", a.tip, "fee_cap", a.feeCap)
			return nil
		case isNonceTooLow(err) && len(a.sent) > 0:
			// An earlier try may have arrived and been mined: wait
			// (which finds its receipt, or finds the nonce consumed)
			// rather than send the call a second time.
			m.rpcOK()
			a.lastPublish = time.Now()
			return nil
		case isNonceTooLow(err):
			m.rpcOK()
			m.nonceTooLow(ctx, a.nonce)
			return errRetryNonce
		case isUnderpriced(err):
			// Another transaction with this nonce is pending (a previous
			// run's), or the pool wants more: outbid it.
			m.rpcOK()
			if berr := a.bump(ctx); berr != nil {
				a.abandon()
				if errors.Is(berr, ErrBudgetExceeded) {
					m.m.TxBudgetRefusals.Inc()
					return fmt.Errorf("l1: nonce %d underpriced (%w): %w", a.nonce, err, berr)
				}
				return fmt.Errorf("%w: nonce %d: %w", ErrFeeCapExceeded, a.nonce, err)
			}
			m.log.Info("transaction underpriced; raising fees", "nonce", a.nonce, "tip", a.tip, "fee_cap", a.feeCap, "err", err)
			if !sleep(ctx, m.cfg.RetryMin) {
				a.abandon()
				return fmt.Errorf("l1: send transaction: %w (last error: %w)", context.Cause(ctx), err)
			}
			continue
		case isPermanentSend(err):
			m.rpcOK()
			a.abandon()
			if errContains(err, "insufficient funds") {
				return fmt.Errorf("%w: %s: %w", ErrInsufficientFunds, m.from, err)
			}
			return fmt.Errorf("l1: send transaction: %w", err)
		}
		// A transport failure: the transaction may or may not have
		// arrived. Resending the same signed bytes is idempotent.
		a.addSent(tx)
		if ctx.Err() == nil {
			m.rpcFailed("send transaction", err)
		}
		if ctx.Err() != nil || !sleep(ctx, wait) {
			// It may be out there: an orphan, for the next Send.
			a.orphan()
			return fmt.Errorf("l1: send transaction: %w (last error: %w)", context.Cause(ctx), err)
		}
		wait = min(wait*2, m.cfg.RetryMax)
	}
}

// receipt returns the receipt of any published version, or nil.
func (a *attempt) receipt(ctx context.Context) (*types.Receipt, error) {
	for i := len(a.sent) - 1; i >= 0; i-- {
		rctx, cancel := context.WithTimeout(ctx, a.m.cfg.RequestTimeout)
		r, err := a.m.client.TransactionReceipt(rctx, a.sent[i].Hash())
		cancel()
		switch {
		case err == nil && r != nil:
			return r, nil
		case err == nil || errors.Is(err, ethereum.NotFound):
		default:
			return nil, err
		}
	}
	return nil, nil
}

// wait polls for a receipt, replacing the transaction with higher fees
// whenever it stays unmined for ResubmitAfter. The caller drives the
// attempt (busy); when ctx ends first the attempt is left an orphan.
func (a *attempt) wait(ctx context.Context) (*types.Receipt, error) {
	m := a.m
	t := time.NewTicker(m.cfg.PollInterval)
	defer t.Stop()
	for {
		r, err := a.receipt(ctx)
		switch {
		case r != nil:
			m.rpcOK()
			return a.finish(ctx, r)
		case err != nil && ctx.Err() == nil:
			m.rpcFailed("transaction receipt", err)
		case err == nil:
			m.rpcOK()
		}
		if err == nil && time.Since(a.lastPublish) >= m.cfg.ResubmitAfter {
			if err := a.resubmit(ctx); err != nil {
				m.refund(a.charges)
				a.settled(nil, err)
				return nil, err
			}
		}
		select {
		case <-ctx.Done():
			a.orphan()
			cause := context.Cause(ctx)
			switch {
			case a.refused && errors.Is(cause, ErrTxTimeout):
				return nil, fmt.Errorf("l1: transaction %s (nonce %d): %w: %w", a.last().Hash(), a.nonce, cause, ErrBudgetExceeded)
			case a.capped && errors.Is(cause, ErrTxTimeout):
				return nil, fmt.Errorf("l1: transaction %s (nonce %d): %w: %w", a.last().Hash(), a.nonce, cause, ErrFeeCapExceeded)
			}
			return nil, fmt.Errorf("l1: transaction %s (nonce %d): %w", a.last().Hash(), a.nonce, cause)
		case <-t.C:
		}
	}
}

// resubmit replaces the pending transaction with a fee-bumped version,
// after checking its nonce is still open. When the caps or the budget
// allow no bump, the newest version is sent again (a pool that dropped it
// gets it back).
func (a *attempt) resubmit(ctx context.Context) error {
	m := a.m
	rctx, cancel := context.WithTimeout(ctx, m.cfg.RequestTimeout)
	confirmed, err := m.client.NonceAt(rctx, m.from, nil)
	cancel()
	if err != nil {
		if ctx.Err() == nil {
			m.rpcFailed("nonce", err)
		}
		return nil
	}
	if confirmed > a.nonce {
		// Some transaction with this nonce is mined. The receipts were
		// read before the nonce: look again before concluding.
		if r, err := a.receipt(ctx); r != nil || err != nil {
			return nil
		}
		return fmt.Errorf("%w: nonce %d, account nonce now %d", ErrNonceConsumed, a.nonce, confirmed)
	}
	prevTip, prevCap := a.tip, a.feeCap
	if err := a.bump(ctx); err != nil {
		switch {
		case errors.Is(err, ErrBudgetExceeded):
			if !a.refused {
				m.m.TxBudgetRefusals.Inc()
				m.log.Warn("transaction not mined and the spending budget allows no higher fees; waiting",
					"tx", a.last().Hash(), "nonce", a.nonce, "fee_cap", a.feeCap, "err", err)
			}
			a.refused = true
		case !a.capped:
			m.log.Warn("transaction not mined and fees at the cap; waiting", "tx", a.last().Hash(),
				"nonce", a.nonce, "tip", a.tip, "fee_cap", a.feeCap, "max_tip_cap", m.cfg.MaxTipCap, "max_fee_cap", m.cfg.MaxFeeCap)
			fallthrough
		default:
			a.capped = true
		}
		if err := a.sendTx(ctx, a.last()); err != nil && !isAlreadyKnown(err) {
			m.log.Debug("resending the pending version", "nonce", a.nonce, "err", err)
		}
		a.lastPublish = time.Now()
		return nil
	}
	tx, err := a.sign()
	if err != nil {
		return fmt.Errorf("l1: sign: %w", err)
	}
	err = a.sendTx(ctx, tx)
	switch {
	case err == nil || isAlreadyKnown(err):
		m.rpcOK()
		a.record(tx)
		m.m.TxPublished.Inc()
		m.m.TxReplaced.Inc()
		m.log.Info("transaction not mined; replaced with higher fees", "tx", tx.Hash(), "nonce", a.nonce,
			"tip", a.tip, "fee_cap", a.feeCap, "previous_tip", prevTip, "previous_fee_cap", prevCap)
	case isNonceTooLow(err):
		// A version (or another transaction) was mined meanwhile: the
		// next poll tells which.
		m.rpcOK()
		a.tip, a.feeCap = prevTip, prevCap
		a.lastPublish = time.Now()
	case isUnderpriced(err):
		// The pool holds a version priced higher than we know (an earlier
		// send that timed out but arrived): bump again at the next poll.
		m.rpcOK()
		m.log.Debug("replacement underpriced; raising again", "nonce", a.nonce, "err", err)
	case isPermanentSend(err):
		m.rpcOK()
		m.log.Warn("replacement refused; waiting for the pending version", "nonce", a.nonce, "err", err)
		a.tip, a.feeCap = prevTip, prevCap
		a.lastPublish = time.Now()
	default:
		// May have arrived: watch its hash too, and bump from it.
		if ctx.Err() == nil {
			m.rpcFailed("send transaction", err)
		}
		a.record(tx)
	}
	return nil
}

// finish settles a mined attempt: its fees replace its worst case in the
// budget, the metrics count it, and a failed receipt becomes a named
// *RevertError.
func (a *attempt) finish(ctx context.Context, r *types.Receipt) (*types.Receipt, error) {
	m := a.m
	m.m.TxGasUsed.Add(float64(r.GasUsed))
	if r.EffectiveGasPrice != nil {
		paid := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		m.settle(a.charges, paid)
		fee := new(big.Float).SetInt(paid)
		gw, _ := fee.Quo(fee, big.NewFloat(1e9)).Float64()
		m.m.TxFeesGwei.Add(gw)
	}
	if r.Status == types.ReceiptStatusSuccessful {
		m.m.TxMined.Inc()
		m.log.Debug("transaction mined", "tx", r.TxHash, "nonce", a.nonce, "block", r.BlockNumber, "gas_used", r.GasUsed)
		a.settled(r, nil)
		return r, nil
	}
	m.m.TxReverted.Inc()
	var tx *types.Transaction
	for _, t := range a.sent {
		if t.Hash() == r.TxHash {
			tx = t
		}
	}
	re := &RevertError{Mined: true, Receipt: r, Name: "revert without data"}
	if tx != nil && r.GasUsed >= tx.Gas() {
		re.Name = "out of gas"
	} else {
		// Replay on the state after the block: that names what made it
		// fail (e.g. another transaction of the block took its place).
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), m.cfg.RequestTimeout)
		_, err := m.client.CallContract(rctx, ethereum.CallMsg{From: m.from, To: &a.to, Value: a.value, Data: a.data,
			Gas: a.gas}, r.BlockNumber)
		cancel()
		if err != nil {
			re.Err = err
			if name := contracts.RevertName(err); name != "" {
				re.Name = name
			}
		}
	}
	m.log.Warn("transaction reverted on chain", "tx", r.TxHash, "nonce", a.nonce, "block", r.BlockNumber,
		"gas_used", r.GasUsed, "revert", re.Name)
	a.settled(r, re)
	return r, re
}
