package l1

import (
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
	// MaxFeeCap bounds the fee cap, in wei: no transaction is sent while
	// L1 needs more, and a pending one is not bumped above it.
	MaxFeeCap *big.Int `toml:"max_fee_cap" comment:"Highest fee cap per gas ever offered, in wei."`
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

// DefaultTxManagerConfig returns settings for a 12-second-slot L1; ChainID
// is left nil.
func DefaultTxManagerConfig() TxManagerConfig {
	return TxManagerConfig{
		ResubmitAfter:      12 * time.Second,
		FeeBumpPercent:     15,
		MinTipCap:          big.NewInt(1_000_000), // 0.001 gwei, go-ethereum's default miner minimum
		MaxFeeCap:          new(big.Int).Mul(big.NewInt(500), big.NewInt(1e9)),
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
	if c.MaxFeeCap == nil || c.MaxFeeCap.Sign() <= 0 {
		bad("max_fee_cap", "must be set and > 0")
	} else if c.MinTipCap != nil && c.MaxFeeCap.Cmp(c.MinTipCap) < 0 {
		bad("max_fee_cap", "%s is below min_tip_cap %s", c.MaxFeeCap, c.MinTipCap)
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
)

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

// TxManager sends L1 transactions from one key. It owns the account's
// nonces: concurrent Sends get consecutive nonces, a nonce handed out but
// never published is reused by the next Send, and the counter is read from
// the L1 client's pending nonce on first use, after "nonce too low", and
// (once no Send is in flight) after a Send gave up on a published
// transaction. Use one TxManager per key and no other sender for it.
type TxManager struct {
	cfg    TxManagerConfig
	client TxClient
	key    *ecdsa.PrivateKey
	from   common.Address
	signer types.Signer
	log    *slog.Logger
	m      *Metrics

	mu     sync.Mutex
	synced bool     // next was read from the client
	next   uint64   // next fresh nonce
	free   []uint64 // nonces handed out and given back unpublished, ascending, all < next
	inUse  int      // Sends holding a nonce
	resync bool     // reread the pending nonce once inUse is 0

	down atomic.Bool // in an L1 RPC outage
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
	return &TxManager{
		cfg: cfg, client: client, key: key, from: from,
		signer: types.LatestSignerForChainID(cfg.ChainID),
		log:    logger.With("module", "l1.txmgr", "from", from),
		m:      m,
	}, nil
}

// Address is the account transactions are sent from.
func (m *TxManager) Address() common.Address { return m.from }

// ChainID is the L1 chain id transactions are signed for.
func (m *TxManager) ChainID() *big.Int { return new(big.Int).Set(m.cfg.ChainID) }

// Send calls `to` with data and value (nil for none) in an EIP-1559
// transaction and waits until it is mined. It estimates the gas first: a
// call that reverts there is not sent, and the error is a *RevertError
// naming the revert. Fees are the client's suggested tip (at least
// MinTipCap) and twice the base fee on top; a transaction left unmined for
// ResubmitAfter is replaced, same nonce, with fees raised by FeeBumpPercent
// (never above MaxFeeCap). Failed L1 RPC calls are retried with backoff
// until ctx ends or ReceiptTimeout passes. A mined transaction that failed
// returns its receipt and a *RevertError (named by replaying the call at
// its block). Errors match ErrReverted, ErrTxTimeout, ErrFeeCapExceeded,
// ErrNonceConsumed, ErrInsufficientFunds, or ctx's error.
func (m *TxManager) Send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	ctx, cancel := context.WithTimeoutCause(ctx, m.cfg.ReceiptTimeout, ErrTxTimeout)
	defer cancel()
	m.m.TxInFlight.Inc()
	defer m.m.TxInFlight.Dec()
	rcpt, err := m.send(ctx, to, data, value)
	switch {
	case err == nil:
		m.m.TxMined.Inc()
	case errors.Is(err, ErrReverted):
		m.m.TxReverted.Inc()
	default:
		m.m.TxFailed.Inc()
	}
	if rcpt != nil {
		m.m.TxGasUsed.Add(float64(rcpt.GasUsed))
		if rcpt.EffectiveGasPrice != nil {
			fee := new(big.Float).SetInt(new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice))
			gw, _ := fee.Quo(fee, big.NewFloat(1e9)).Float64()
			m.m.TxFeesGwei.Add(gw)
		}
	}
	return rcpt, err
}

// errRetryNonce: the nonce was taken on chain before the transaction got
// out; send again with a fresh one.
var errRetryNonce = errors.New("l1: nonce too low, retry with a fresh nonce")

func (m *TxManager) send(ctx context.Context, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	msg := ethereum.CallMsg{From: m.from, To: &to, Value: value, Data: data}
	est, err := retry(ctx, m, "estimate gas", func(c context.Context) (uint64, error) { return m.client.EstimateGas(c, msg) },
		func(err error) bool { return isRevert(err) || isPermanentEstimate(err) })
	if err != nil {
		switch {
		case isRevert(err):
			return nil, &RevertError{Name: contracts.RevertName(err), Err: err}
		case errContains(err, "insufficient funds"):
			return nil, fmt.Errorf("%w: estimate gas to %s: %w", ErrInsufficientFunds, to, err)
		}
		return nil, fmt.Errorf("l1: estimate gas to %s: %w", to, err)
	}
	a := &attempt{m: m, to: to, data: data, value: value,
		gas: est + est*m.cfg.GasHeadroomPercent/100 + gasHeadroomFixed}
	if err := a.initialFees(ctx); err != nil {
		return nil, err
	}
	for {
		n, err := retry(ctx, m, "pending nonce", m.allocNonce, nil)
		if err != nil {
			return nil, fmt.Errorf("l1: nonce: %w", err)
		}
		a.nonce, a.sent = n, nil
		err = a.publishFirst(ctx)
		if errors.Is(err, errRetryNonce) {
			continue
		}
		if err != nil {
			return nil, err
		}
		return a.wait(ctx)
	}
}

// allocNonce hands out the lowest given-back nonce, else the next fresh one.
func (m *TxManager) allocNonce(ctx context.Context) (uint64, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.resync && m.inUse == 0 {
		m.synced, m.resync = false, false
	}
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
	m.inUse++
	m.m.TxNonce.Set(float64(m.next))
	return n, nil
}

// releaseNonce ends a Send's hold on nonce n. An unpublished nonce is given
// back for the next Send; after a published transaction the Send gave up
// on (it may still be mined, or dropped), the counter is reread once idle.
func (m *TxManager) releaseNonce(n uint64, published, resync bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.inUse--
	if !published && n < m.next {
		if i, found := slices.BinarySearch(m.free, n); !found {
			m.free = slices.Insert(m.free, i, n)
		}
	}
	if resync {
		m.resync = true
	}
}

// nonceTooLow handles "nonce too low" for nonce n that this Send never got
// out: n and every given-back nonce up to it are used on chain, and the
// counter moves to the client's pending nonce if that is ahead.
func (m *TxManager) nonceTooLow(ctx context.Context, n uint64) {
	pending, err := m.client.PendingNonceAt(ctx, m.from)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.inUse--
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

// attempt is one Send's transaction: one nonce, every version published.
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
	capped      bool // a bump was held back by MaxFeeCap
}

// suggest returns the fees for a new transaction now: the suggested tip
// (at least MinTipCap) and a cap of twice the base fee on top of it.
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
	tip = bigMax(tip, m.cfg.MinTipCap)
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

// bumped raises x by pct percent, and by at least 1 wei.
func bumped(x *big.Int, pct uint64) *big.Int {
	y := new(big.Int).Mul(x, new(big.Int).SetUint64(100+pct))
	y.Quo(y, big.NewInt(100))
	if y.Cmp(x) <= 0 {
		y.Add(x, big.NewInt(1))
	}
	return y
}

// bump raises the fees for a replacement: FeeBumpPercent over the last
// version, or today's suggestion if that is higher. It returns false,
// fees unchanged, when the replacement would exceed MaxFeeCap.
func (a *attempt) bump(ctx context.Context) bool {
	m := a.m
	tip, feeCap := bumped(a.tip, m.cfg.FeeBumpPercent), bumped(a.feeCap, m.cfg.FeeBumpPercent)
	if feeCap.Cmp(m.cfg.MaxFeeCap) > 0 {
		return false
	}
	sctx, cancel := context.WithTimeout(ctx, m.cfg.RequestTimeout)
	defer cancel()
	if stip, scap, _, err := a.suggest(sctx); err == nil && scap.Cmp(m.cfg.MaxFeeCap) <= 0 {
		tip, feeCap = bigMax(tip, stip), bigMax(feeCap, scap)
	}
	a.tip, a.feeCap = tip, feeCap
	return true
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

func (a *attempt) record(tx *types.Transaction) {
	if !slices.ContainsFunc(a.sent, func(t *types.Transaction) bool { return t.Hash() == tx.Hash() }) {
		a.sent = append(a.sent, tx)
	}
	a.lastPublish = time.Now()
}

// abandon gives up the nonce before the transaction is known to be out: a
// nonce no try may have delivered goes to the next Send, else it stays
// used and the counter is reread once idle.
func (a *attempt) abandon() {
	if len(a.sent) == 0 {
		a.m.releaseNonce(a.nonce, false, false)
	} else {
		a.m.releaseNonce(a.nonce, true, true)
	}
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
			if !a.bump(ctx) {
				a.abandon()
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
		if !slices.ContainsFunc(a.sent, func(t *types.Transaction) bool { return t.Hash() == tx.Hash() }) {
			a.sent = append(a.sent, tx)
		}
		if ctx.Err() == nil {
			m.rpcFailed("send transaction", err)
		}
		if ctx.Err() != nil || !sleep(ctx, wait) {
			// It may be out there: keep the nonce as used, and reread
			// the account's nonce once no Send is in flight.
			m.releaseNonce(a.nonce, true, true)
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
// whenever it stays unmined for ResubmitAfter.
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
				m.releaseNonce(a.nonce, true, false)
				return nil, err
			}
		}
		select {
		case <-ctx.Done():
			m.releaseNonce(a.nonce, true, true)
			last := a.sent[len(a.sent)-1]
			cause := context.Cause(ctx)
			if a.capped && errors.Is(cause, ErrTxTimeout) {
				return nil, fmt.Errorf("l1: transaction %s (nonce %d): %w: %w", last.Hash(), a.nonce, cause, ErrFeeCapExceeded)
			}
			return nil, fmt.Errorf("l1: transaction %s (nonce %d): %w", last.Hash(), a.nonce, cause)
		case <-t.C:
		}
	}
}

// resubmit replaces the pending transaction with a fee-bumped version,
// after checking its nonce is still open.
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
	if !a.bump(ctx) {
		if !a.capped {
			m.log.Warn("transaction not mined and fees at the cap; waiting", "tx", a.sent[len(a.sent)-1].Hash(),
				"nonce", a.nonce, "fee_cap", a.feeCap, "max_fee_cap", m.cfg.MaxFeeCap)
		}
		a.capped = true
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

// finish gives the nonce back as used and turns a failed receipt into a
// named *RevertError.
func (a *attempt) finish(ctx context.Context, r *types.Receipt) (*types.Receipt, error) {
	m := a.m
	m.releaseNonce(a.nonce, true, false)
	if r.Status == types.ReceiptStatusSuccessful {
		m.log.Debug("transaction mined", "tx", r.TxHash, "nonce", a.nonce, "block", r.BlockNumber, "gas_used", r.GasUsed)
		return r, nil
	}
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
	return r, re
}
