package agent

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts"
)

// Errors the Client returns, wrapped with what failed and what to do; match
// them with errors.Is.
var (
	// ErrUnknownAccount: the key has no L2 account yet (an account is
	// created by its first deposit).
	ErrUnknownAccount = errors.New("no L2 account for this key yet")
	// ErrUnknownReceiver: a transfer's receiver has no L2 account.
	ErrUnknownReceiver = errors.New("the receiver has no L2 account")
	// ErrInsufficientFunds: the L2 balance does not cover amount + fee.
	ErrInsufficientFunds = errors.New("insufficient L2 balance")
	// ErrInsufficientL1Funds: the L1 account cannot pay the value and the
	// gas of an L1 transaction.
	ErrInsufficientL1Funds = errors.New("insufficient L1 funds")
	// ErrNonceInUse: another transaction of the account holds the nonce
	// (pending in the mempool, or committed meanwhile): retry.
	ErrNonceInUse = errors.New("nonce already in use")
	// ErrFeeTooLow: the node's mempool wants a higher fee.
	ErrFeeTooLow = errors.New("fee too low")
	// ErrNotWholeGwei: L2 amounts are whole gwei (1e-9 ETH).
	ErrNotWholeGwei = errors.New("amount is not a whole number of gwei")
	// ErrAmountOutOfRange: amounts are 1 gwei to 2^63-1 gwei.
	ErrAmountOutOfRange = errors.New("amount out of range")
	// ErrNodeBusy: the node refused for load (mempool full, per-account
	// limit, request rate): retry later.
	ErrNodeBusy = errors.New("node busy")
	// ErrTxRejected: any other refusal of a transaction by the node.
	ErrTxRejected = errors.New("transaction rejected")
	// ErrTxDropped: a transaction the node accepted is neither pending nor
	// committed any more (expired or evicted).
	ErrTxDropped = errors.New("transaction dropped")
	// ErrNotWithdrawal: Claim was given a transaction that is no
	// withdrawal.
	ErrNotWithdrawal = errors.New("not a withdrawal")
	// ErrAlreadyClaimed: the withdrawal was paid on L1 already.
	ErrAlreadyClaimed = errors.New("withdrawal already claimed")
	// ErrL1Reverted: an L1 transaction reverted (in gas estimation, before
	// sending, or on chain).
	ErrL1Reverted = errors.New("L1 transaction reverted")
	// ErrEscapeHatch: the Rollup's escape hatch is open: no deposits,
	// batches or claims; accounts exit with their own proof.
	ErrEscapeHatch = errors.New("the Rollup's escape hatch is open")
	// ErrNoL1: the operation needs an L1 endpoint and the Rollup address.
	ErrNoL1 = errors.New("no L1 endpoint configured")
	// ErrNoKey: the operation needs a key the Client was not given.
	ErrNoKey = errors.New("key not given")
	// ErrBadProof: a Merkle proof or a batch from the node does not check
	// against the state root or the L1 record it should match: the node
	// is faulty or on another chain.
	ErrBadProof = errors.New("proof does not verify")
	// ErrWrongChain: the node, the Rollup or a signature is for another
	// chain.
	ErrWrongChain = errors.New("wrong chain")
)

// errNonceTooLow and errNonceTooHigh are retried by the Client before the
// caller sees ErrNonceInUse.
var (
	errNonceTooLow  = fmt.Errorf("%w (nonce too low)", ErrNonceInUse)
	errNonceTooHigh = fmt.Errorf("%w (nonce too high)", ErrNonceInUse)
)

// Codes of the node's JSON-RPC errors (docs/rpc.md).
const (
	codeInvalidTx     = -32001
	codeRejected      = -32002
	codePoolPolicy    = -32003
	codeNotFound      = -32004
	codeLimitExceeded = -32005
)

// rpcCode returns the JSON-RPC error code of err, 0 if it has none.
func rpcCode(err error) int {
	var re rpc.Error
	if errors.As(err, &re) {
		return re.ErrorCode()
	}
	return 0
}

// txErrorRules map the node's refusal messages (the ledger's and the
// mempool's error texts, which the node passes on) to this package's
// errors, with what to do. First match wins.
var txErrorRules = []struct {
	substr string
	kind   error
	hint   string
}{
	{"unknown account: sender", ErrUnknownAccount, "deposit to this key on L1 first"},
	{"unknown account: receiver", ErrUnknownReceiver, "transfers go to existing accounts only: the receiver must deposit first"},
	{"unknown account", ErrUnknownAccount, "deposit first"},
	{"nonce too low", errNonceTooLow, "another transaction of this account took the nonce: retry"},
	{"nonce too high", errNonceTooHigh, "an earlier transaction of this account is missing (dropped?): retry"},
	{"already in the mempool", ErrNonceInUse, "the same transaction is already pending: wait for it"},
	{"replacement transaction underpriced", ErrNonceInUse, "a pending transaction of this account holds the nonce: wait for it to commit, then retry (or raise the fee to replace it)"},
	{"overdraw", ErrInsufficientFunds, "pending transactions already spend the balance: wait for them, or send less"},
	{"insufficient balance", ErrInsufficientFunds, "deposit more, or send less (the fee counts too)"},
	{"fee below the mempool minimum", ErrFeeTooLow, "raise the fee"},
	{"too many queued", ErrNodeBusy, "wait for the account's pending transactions to commit, then retry"},
	{"too many pooled", ErrNodeBusy, "wait for the account's pending transactions to commit, then retry"},
	{"mempool full", ErrNodeBusy, "retry later, or with a higher fee"},
	{"wrong chain", ErrWrongChain, "the transaction was signed for another L2 chain"},
	{"transfer to self", ErrTxRejected, "the receiver is the sender's own account"},
	{"reserved account", ErrTxRejected, "account 0 is the fee vault: it neither sends nor receives"},
	{"not representable in the public data", ErrAmountOutOfRange, "batches publish amounts as m x 10^e with m < 2^35 and fees with m < 2048 (docs/protocol.md section 7): send the value the message gives"},
	{"amount out of range", ErrAmountOutOfRange, "amounts are 1 to 2^63-1 gwei"},
	{"fee out of range", ErrAmountOutOfRange, "fees are 0 to 2^63-1 gwei"},
	{"bad signature", ErrTxRejected, "the key does not sign for this account"},
}

// mapSendError turns the node's refusal of a transaction into an error
// that says what to do and matches one of this package's errors. Errors
// without a JSON-RPC code (transport) are returned wrapped as they are.
func mapSendError(err error) error {
	code := rpcCode(err)
	if code == 0 {
		return fmt.Errorf("send the transaction to the node: %w", err)
	}
	msg := err.Error()
	if code == codeLimitExceeded {
		return fmt.Errorf("%w: %s: retry after the time it gives", ErrNodeBusy, msg)
	}
	for _, r := range txErrorRules {
		if strings.Contains(msg, r.substr) {
			return fmt.Errorf("%w: %s: %s", r.kind, r.hint, msg)
		}
	}
	return fmt.Errorf("%w (code %d): %s", ErrTxRejected, code, msg)
}

// revertRule maps a contract's custom error to this package's error
// and says what to do.
type revertRule struct {
	kind error
	hint string
}

// revertTable is one contract's revert rules, by custom error name.
type revertTable map[string]revertRule

// revertRules map the Rollup's custom errors to this package's errors.
var revertRules = revertTable{
	"AmountNotGweiMultiple": {ErrNotWholeGwei, "deposit a whole number of gwei"},
	"AmountOutOfRange":      {ErrAmountOutOfRange, "deposit 1 gwei to 2^63-1 gwei"},
	"SupplyCap":             {ErrAmountOutOfRange, "the L2 supply would exceed 2^63-1 gwei: deposit less"},
	"TreeFull":              {ErrL1Reverted, "the L2 account tree is full: no new accounts"},
	"InvalidPubKey":         {ErrL1Reverted, "the Rollup refuses this L2 key"},
	"EscapeHatchActive":     {ErrEscapeHatch, "leave with mycel exit-proof and Rollup.exitAccount"},
	"AlreadyClaimed":        {ErrAlreadyClaimed, "it was paid already"},
	"BatchNotFinalized":     {ErrL1Reverted, "the batch is not finalized on L1 yet: wait for its proof"},
	"BadMerkleProof":        {ErrBadProof, "the withdrawal proof does not match the batch on L1"},
	"BadWithdrawalIndex":    {ErrBadProof, "the batch on L1 has no such withdrawal"},
}

// revertError turns an L1 revert of the Rollup into an error naming the
// custom error.
func revertError(what, name string, cause error) error { return revertErrorIn(nil, what, name, cause) }

// revertErrorIn turns an L1 revert into an error naming the custom error
// and its arguments, explained by rules (nil: the Rollup's).
func revertErrorIn(rules revertTable, what, name string, cause error) error {
	if rules == nil {
		rules = revertRules
	}
	if args := revertArgs(cause); args != "" {
		name += args
	}
	base, _, _ := strings.Cut(name, "(")
	if r, ok := rules[base]; ok {
		return fmt.Errorf("%w: %s reverted with %s: %s (%w)", r.kind, what, name, r.hint, cause)
	}
	return fmt.Errorf("%w: %s reverted with %s (%w)", ErrL1Reverted, what, name, cause)
}

// l1SendError maps an error of gas estimation or sending on L1 to the
// Rollup.
func l1SendError(what string, err error) error { return l1SendErrorIn(nil, what, err) }

// l1SendErrorIn maps an error of gas estimation or sending on L1 to a
// contract whose reverts rules explain (nil: the Rollup's).
func l1SendErrorIn(rules revertTable, what string, err error) error {
	if name := contracts.RevertName(err); name != "" {
		return revertErrorIn(rules, what, name, err)
	}
	if strings.Contains(err.Error(), "insufficient funds") {
		return fmt.Errorf("%w: %s: %v: fund the L1 account", ErrInsufficientL1Funds, what, err)
	}
	return fmt.Errorf("%s on L1: %w", what, err)
}
