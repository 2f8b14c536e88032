package ledger

import "errors"

// Errors returned by decoding and execution. They are wrapped with context
// (which account, which values); match them with errors.Is.
var (
	// Decoding.
	ErrMalformed      = errors.New("malformed transaction")
	ErrOversized      = errors.New("transaction too large")
	ErrUnknownVersion = errors.New("unknown transaction version")
	ErrUnknownType    = errors.New("unknown transaction type")
	ErrNonCanonical   = errors.New("non-canonical encoding")

	// Keys and signatures.
	ErrInvalidPublicKey = errors.New("invalid public key")
	ErrBadSignature     = errors.New("bad signature")

	// Execution.
	ErrWrongChain          = errors.New("wrong chain id")
	ErrNonceTooLow         = errors.New("nonce too low (replay)")
	ErrNonceTooHigh        = errors.New("nonce too high")
	ErrInsufficientBalance = errors.New("insufficient balance")
	ErrUnknownAccount      = errors.New("unknown account")
	ErrAmountOutOfRange    = errors.New("amount out of range")
	ErrFeeOutOfRange       = errors.New("fee out of range")
	// ErrNotPackable: an amount or fee has no exact packed form in the
	// batch public data (docs/protocol.md section 7). It comes wrapped
	// with ErrAmountOutOfRange or ErrFeeOutOfRange.
	ErrNotPackable       = errors.New("not representable in the public data's packed form")
	ErrOverflow          = errors.New("balance overflow")
	ErrReservedAccount   = errors.New("reserved account")
	ErrSelfTransfer      = errors.New("transfer to self")
	ErrDepositOutOfOrder = errors.New("deposit out of queue order")
	ErrForcedOutOfOrder  = errors.New("forced exit out of queue order")
	ErrTreeFull          = errors.New("account tree full")

	// Store.
	ErrStaleBlock = errors.New("block is not on top of the committed state")
	ErrNotFound   = errors.New("not found")
	// ErrStoreFailed marks a failure of the storage engine: a write or sync
	// that failed (I/O error, full disk), a read that failed, or a directory
	// pebble cannot open. It wraps the cause. A failed write (Block.Commit,
	// the genesis) also breaks the Store for good: every later call that can
	// fail returns ErrStoreFailed, and the Store must be closed and opened
	// again, which recovers the last durable block (doc.go, "Storage
	// faults"). The layers above must stop on it, never treat it as a bad
	// transaction.
	ErrStoreFailed = errors.New("ledger store failed")
)

// ErrWrongNonce matches both ErrNonceTooLow and ErrNonceTooHigh.
var ErrWrongNonce = errors.New("wrong nonce")

type nonceError struct{ kind error }

func (e nonceError) Error() string { return e.kind.Error() }
func (e nonceError) Is(target error) bool {
	return target == ErrWrongNonce || target == e.kind
}
