package mempool

import (
	"errors"

	"github.com/mycel-network/mycel/ledger"
)

// Errors returned by Add, besides the ledger's own (ledger.ErrOversized and
// the other decoding errors, ledger.ErrWrongChain, ledger.ErrNonceTooLow,
// ledger.ErrNonceTooHigh, ledger.ErrInsufficientBalance,
// ledger.ErrUnknownAccount, ledger.ErrReservedAccount, ledger.ErrSelfTransfer,
// ledger.ErrAmountOutOfRange, ledger.ErrFeeOutOfRange (joined with
// ledger.ErrNotPackable for a value the public data cannot carry),
// ledger.ErrBadSignature),
// which Add wraps with the values that failed. Match them with errors.Is.
var (
	// ErrDeposit: deposits and forced exits come from L1 through consensus, never from users.
	ErrDeposit = errors.New("deposits and forced exits are not accepted by the mempool (they come from L1)")
	// ErrAlreadyKnown: the exact transaction is already in the pool.
	ErrAlreadyKnown = errors.New("transaction already in the mempool")
	// ErrFeeTooLow: the fee is below the pool's floor (Config.MinFee).
	ErrFeeTooLow = errors.New("fee below the mempool minimum")
	// ErrReplacementUnderpriced: a transaction with the same sender and nonce
	// is pooled and the new fee does not beat it by Config.PriceBumpPercent.
	ErrReplacementUnderpriced = errors.New("replacement transaction underpriced")
	// ErrOverdraft: together with the sender's pooled transactions this one
	// would spend more than the sender's committed balance. It also matches
	// ledger.ErrInsufficientBalance.
	ErrOverdraft = errors.New("pooled transactions would overdraw the sender's balance")
	// ErrAccountLimit: the sender already has Config.MaxTxsPerAccount
	// transactions or Config.MaxBytesPerAccount bytes pooled.
	ErrAccountLimit = errors.New("sender has too many pooled transactions")
	// ErrPoolFull: the pool is at a global limit and holds nothing that this
	// transaction may evict (only lower-fee transactions of other senders,
	// never a pending one for a queued one).
	ErrPoolFull = errors.New("mempool full")
	// ErrQueuedLimit: the transaction is queued (an earlier nonce of its
	// sender is missing) and the sender already has
	// Config.MaxQueuedTxsPerAccount queued (the error also matches
	// ErrAccountLimit), or the pool holds Config.MaxQueuedTxs queued and
	// none of another sender pays less (it also matches ErrPoolFull).
	ErrQueuedLimit = errors.New("too many queued transactions (waiting for an earlier nonce)")
)

// reason is a short label for metrics.
func reason(err error) string {
	for _, r := range []struct {
		err   error
		label string
	}{
		{ErrAlreadyKnown, "known"},
		{ErrDeposit, "deposit"},
		{ErrFeeTooLow, "fee_too_low"},
		{ErrReplacementUnderpriced, "replacement_underpriced"},
		{ErrOverdraft, "overdraft"},
		{ErrQueuedLimit, "queued_limit"},
		{ErrAccountLimit, "account_limit"},
		{ErrPoolFull, "pool_full"},
		{ledger.ErrOversized, "oversized"},
		{ledger.ErrMalformed, "malformed"},
		{ledger.ErrUnknownVersion, "malformed"},
		{ledger.ErrUnknownType, "malformed"},
		{ledger.ErrNonCanonical, "malformed"},
		{ledger.ErrWrongChain, "wrong_chain"},
		{ledger.ErrNonceTooLow, "nonce_too_low"},
		{ledger.ErrNonceTooHigh, "nonce_too_high"},
		{ledger.ErrInsufficientBalance, "insufficient_balance"},
		{ledger.ErrBadSignature, "bad_signature"},
		{ledger.ErrInvalidPublicKey, "bad_signature"},
	} {
		if errors.Is(err, r.err) {
			return r.label
		}
	}
	return "invalid"
}

// IsInvalid reports whether an error from Add says the transaction is
// invalid in itself, whatever the state: undecodable or non-canonical, a
// deposit, for another chain, a bad amount, fee or account rule, or a bad
// signature (account keys never change). A peer relaying such a transaction
// misbehaves: gossip should Reject it and penalise the peer. Every other
// error (already known, nonce spent or too far ahead, balance, fee floor,
// replacement, limits, a full pool, an account not created yet) depends on
// the state or on this node's settings, so an honest peer may relay the
// transaction: gossip should Ignore it.
func IsInvalid(err error) bool {
	for _, target := range []error{
		ledger.ErrOversized, ledger.ErrMalformed, ledger.ErrUnknownVersion, ledger.ErrUnknownType,
		ledger.ErrNonCanonical, ErrDeposit, ledger.ErrWrongChain, ledger.ErrAmountOutOfRange,
		ledger.ErrFeeOutOfRange, ledger.ErrSelfTransfer, ledger.ErrReservedAccount,
		ledger.ErrBadSignature, ledger.ErrInvalidPublicKey,
	} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}
