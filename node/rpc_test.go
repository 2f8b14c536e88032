package node

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/mempool"
)

// Message prefixes per code (docs/rpc.md, "Errors").
var codePrefix = map[int]string{
	CodeInvalidTx:  "invalid transaction: ",
	CodeRejected:   "transaction rejected: ",
	CodePoolPolicy: "mempool refused the transaction: ",
}

// Every error the mempool documents for Add (its own and the ledger's it
// passes on, wrapped with context as Add wraps them) maps to the code
// docs/rpc.md gives it, with a message that keeps the cause.
func TestClassifyMapsEveryAddError(t *testing.T) {
	cases := []struct {
		err  error
		code int
	}{
		{ledger.ErrMalformed, CodeInvalidTx},
		{ledger.ErrOversized, CodeInvalidTx},
		{ledger.ErrUnknownVersion, CodeInvalidTx},
		{ledger.ErrUnknownType, CodeInvalidTx},
		{ledger.ErrNonCanonical, CodeInvalidTx},
		{mempool.ErrDeposit, CodeInvalidTx},

		{ledger.ErrWrongChain, CodeRejected},
		{ledger.ErrNonceTooLow, CodeRejected},
		{ledger.ErrNonceTooHigh, CodeRejected},
		{ledger.ErrInsufficientBalance, CodeRejected},
		{ledger.ErrUnknownAccount, CodeRejected},
		{ledger.ErrAmountOutOfRange, CodeRejected},
		{ledger.ErrFeeOutOfRange, CodeRejected},
		{ledger.ErrReservedAccount, CodeRejected},
		{ledger.ErrSelfTransfer, CodeRejected},
		{ledger.ErrBadSignature, CodeRejected},
		{ledger.ErrInvalidPublicKey, CodeRejected},

		{mempool.ErrAlreadyKnown, CodePoolPolicy},
		{mempool.ErrFeeTooLow, CodePoolPolicy},
		{mempool.ErrReplacementUnderpriced, CodePoolPolicy},
		{mempool.ErrAccountLimit, CodePoolPolicy},
		{mempool.ErrPoolFull, CodePoolPolicy},
		// An overdraft also matches ErrInsufficientBalance; it is policy.
		{fmt.Errorf("%w (%w)", mempool.ErrOverdraft, ledger.ErrInsufficientBalance), CodePoolPolicy},
	}
	for _, c := range cases {
		wrapped := fmt.Errorf("transaction from account 3: %w", c.err)
		got := classify(wrapped)
		code, msg := rpcErr(got)
		if code != c.code {
			t.Errorf("%v: code %d, want %d", c.err, code, c.code)
		}
		if want := codePrefix[c.code] + wrapped.Error(); msg != want {
			t.Errorf("%v: message %q, want %q", c.err, msg, want)
		}
	}
}

// The JSON-RPC errors a client sees, over HTTP from a running node: each
// mempool and ledger refusal with its documented code and a message that
// says what was wrong; malformed parameters; unknown methods; lookups of
// what does not exist; rollup methods on a chain without L1. The node has
// no quorum, so its pool keeps what it admits and the sequence is exact.
func TestRPCErrorMapping(t *testing.T) {
	// A small pool: 4 transactions, 4 per account, 256 bytes per account
	// (two 106-byte transfers).
	q := startNoQuorum(t, "mempool.max_txs=4", "mempool.max_txs_per_account=4", "mempool.max_bytes_per_account=256")
	c := dialRPC(t, q.url)
	accts := testAccounts(t, q.dir)
	if len(accts) < 4 {
		t.Fatalf("%d accounts", len(accts))
	}
	a1, a2, a3, a4 := accts[0], accts[1], accts[2], accts[3]
	key := func(a TestAccount) *ledger.PrivateKey {
		k, err := a.Key()
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	chain := DefaultInitOptions().ChainID
	// transfer builds a transfer signed by signer (the sender's own key
	// unless given).
	transfer := func(from, to uint32, amount, fee, nonce uint64, chainID uint64, signer TestAccount) []byte {
		tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: chainID, From: from, To: to, Amount: amount, Fee: fee, Nonce: nonce}
		if err := tx.Sign(key(signer)); err != nil {
			t.Fatal(err)
		}
		return tx.Encode()
	}
	ok := func(a TestAccount, to uint32, amount, fee, nonce uint64) []byte {
		return transfer(a.Index, to, amount, fee, nonce, chain, a)
	}
	valid := ok(a4, a1.Index, 1, 10, 0)
	mutate := func(raw []byte, f func(b []byte) []byte) []byte { return f(append([]byte(nil), raw...)) }
	stranger, err := ledger.NewPrivateKey([ledger.SeedSize]byte{42})
	if err != nil {
		t.Fatal(err)
	}
	deposit := (&ledger.Tx{Type: ledger.TxDeposit, ChainID: chain, Amount: 5}).Encode()
	forced := (&ledger.Tx{Type: ledger.TxForcedExit, ChainID: chain, From: a1.Index}).Encode()

	type call struct {
		name   string
		method string
		params []any
		code   int      // 0: must succeed
		says   []string // substrings of the message
	}
	send := func(name string, raw []byte, code int, says ...string) call {
		return call{name, "mycel_sendRawTransaction", []any{hexutil.Bytes(raw)}, code, says}
	}
	calls := []call{
		// Not a canonical transaction: -32001.
		send("empty", nil, CodeInvalidTx, "malformed transaction"),
		send("truncated", valid[:len(valid)-1], CodeInvalidTx, "malformed transaction", "transfer is 106 bytes, got 105"),
		send("oversized", make([]byte, ledger.MaxTxSize+1), CodeInvalidTx, "transaction too large"),
		send("unknown version", mutate(valid, func(b []byte) []byte { b[0] = 0x02; return b }), CodeInvalidTx, "unknown transaction version"),
		send("unknown type", mutate(valid, func(b []byte) []byte { b[1] = 0x09; return b }), CodeInvalidTx, "unknown transaction type"),
		send("non-canonical signature", mutate(valid, func(b []byte) []byte { clear(b[len(b)-32:]); return b }), CodeInvalidTx, "non-canonical encoding"),
		send("deposit", deposit, CodeInvalidTx, "deposits and forced exits are not accepted"),
		send("forced exit", forced, CodeInvalidTx, "deposits and forced exits are not accepted"),

		// Invalid against the state: -32002.
		send("wrong chain", transfer(a4.Index, a1.Index, 1, 10, 0, chain+1, a4), CodeRejected, "wrong chain id", fmt.Sprintf("this is chain %d", chain)),
		send("nonce too high", ok(a4, a1.Index, 1, 10, 4), CodeRejected, "nonce too high"),
		send("insufficient balance", ok(a4, a1.Index, a4.Balance, 10, 0), CodeRejected, "insufficient balance"),
		send("unknown sender", transfer(99, a1.Index, 1, 10, 0, chain, a4), CodeRejected, "unknown account", "sender 99"),
		send("unknown receiver", ok(a4, 99, 1, 10, 0), CodeRejected, "unknown account", "receiver 99"),
		send("zero amount", ok(a4, a1.Index, 0, 10, 0), CodeRejected, "amount out of range"),
		send("fee out of range", ok(a4, a1.Index, 1, math.MaxUint64, 0), CodeRejected, "fee out of range"),
		send("amount with no packed form", ok(a4, a1.Index, 1<<35+1, 10, 0), CodeRejected,
			"amount out of range", "not representable in the public data", "send 34359738360 instead"),
		send("fee with no packed form", ok(a4, a1.Index, 1, 2049, 0), CodeRejected,
			"fee out of range", "not representable in the public data", "pay 2040 instead"),
		send("self transfer", ok(a4, a4.Index, 1, 10, 0), CodeRejected, "transfer to self"),
		send("to the fee vault", ok(a4, ledger.FeeVaultIndex, 1, 10, 0), CodeRejected, "reserved account"),
		send("bad signature", transfer(a4.Index, a1.Index, 1, 10, 0, chain, a3), CodeRejected, "bad signature", fmt.Sprintf("account %d", a4.Index)),

		// Mempool policy: -32003, in an order that fills the pool.
		send("fee below the floor", ok(a4, a1.Index, 1, 0, 0), CodePoolPolicy, "fee below the mempool minimum"),
		send("a1 nonce 0", ok(a1, a2.Index, 100, 10, 0), 0),
		send("already known", ok(a1, a2.Index, 100, 10, 0), CodePoolPolicy, "already in the mempool"),
		send("replacement underpriced", ok(a1, a2.Index, 200, 10, 0), CodePoolPolicy, "replacement transaction underpriced"),
		send("a1 nonce 1", ok(a1, a2.Index, 100, 10, 1), 0),
		send("per-account bytes", ok(a1, a2.Index, 100, 10, 2), CodePoolPolicy, "too many pooled transactions", "the limit is 256"),
		send("a2 spends 60%", ok(a2, a1.Index, a2.Balance*6/10, 10, 0), 0),
		send("overdraft", ok(a2, a1.Index, a2.Balance*6/10, 10, 1), CodePoolPolicy, "would overdraw"),
		send("a3 nonce 0", ok(a3, a1.Index, 100, 10, 0), 0),
		send("pool full", ok(a4, a1.Index, 100, 10, 0), CodePoolPolicy, "mempool full"),

		// Malformed parameters: -32602.
		{"not hex", "mycel_sendRawTransaction", []any{"zz"}, -32602, []string{"invalid argument 0"}},
		{"no params", "mycel_sendRawTransaction", nil, -32602, []string{"missing value for required argument 0"}},
		{"height not a number", "mycel_getBlock", []any{"one"}, -32602, []string{"invalid argument 0"}},
		{"too many params", "mycel_status", []any{1}, -32602, []string{"too many arguments"}},
		{"key not 32 bytes", "mycel_getAccountByKey", []any{"0x1234"}, -32602, []string{"invalid argument 0"}},

		// Unknown methods: -32601.
		{"unknown method", "mycel_noSuchMethod", nil, -32601, []string{"mycel_noSuchMethod", "does not exist"}},
		{"unknown namespace", "eth_blockNumber", nil, -32601, []string{"eth_blockNumber"}},
		{"prover not running", "prover_claimBatch", nil, -32601, []string{"prover_claimBatch"}},

		// Not found: -32004.
		{"block above the head", "mycel_getBlock", []any{5}, CodeNotFound, []string{"not found"}},
		{"account at a future height", "mycel_getAccount", []any{a1.Index, hexutil.Uint64(5)}, CodeNotFound, []string{"above the committed height"}},
		{"index outside the tree", "mycel_getAccount", []any{300}, CodeNotFound, []string{"outside a tree of depth 8"}},
		{"unknown key", "mycel_getAccountByKey", []any{stranger.Public()}, CodeNotFound, []string{"no account for key"}},

		// Rollup methods on a chain without L1: -32006.
		{"rollup status", "mycel_rollupStatus", nil, CodeNoRollup, []string{"without L1"}},
		{"batch", "mycel_getBatch", []any{0}, CodeNoRollup, []string{"without L1"}},
		{"operators", "mycel_operators", nil, CodeNoRollup, []string{"without L1"}},
		{"L1 queues", "mycel_l1Queues", nil, CodeNoRollup, []string{"without L1"}},
		{"attestation", "mycel_reportAttestation", []any{HeaderResult{}, hexutil.Bytes(make([]byte, 65))}, CodeNoRollup, []string{"without L1"}},
	}
	for _, cl := range calls {
		var res json.RawMessage
		err := c.Call(&res, cl.method, cl.params...)
		if cl.code == 0 {
			if err != nil {
				t.Fatalf("%s: %v", cl.name, err)
			}
			continue
		}
		code, msg := rpcErr(err)
		if code != cl.code {
			t.Errorf("%s: code %d (%q), want %d", cl.name, code, msg, cl.code)
			continue
		}
		if p, ok := codePrefix[code]; ok && !strings.HasPrefix(msg, p) {
			t.Errorf("%s: message %q does not start with %q", cl.name, msg, p)
		}
		for _, s := range cl.says {
			if !strings.Contains(msg, s) {
				t.Errorf("%s: message %q does not say %q", cl.name, msg, s)
			}
		}
	}

	// What was admitted is pending, and visible in /health.
	pooled := ok(a1, a2.Index, 100, 10, 0)
	var rc *Receipt
	if err := c.Call(&rc, "mycel_getTransactionReceipt", crypto.Keccak256Hash(pooled)); err != nil {
		t.Fatal(err)
	}
	if rc == nil || rc.Status != "pending" || rc.Height != nil || rc.Tx.Type != "transfer" || rc.Tx.From != a1.Index || rc.Tx.Nonce != 0 {
		t.Fatalf("pooled receipt %+v", rc)
	}
	if err := c.Call(&rc, "mycel_getTransactionReceipt", common.Hash{1}); err != nil || rc != nil {
		t.Fatalf("unknown hash: %+v %v", rc, err)
	}
	if _, h, err := getHealth(q.url); err != nil || h.MempoolTxs != 4 {
		t.Fatalf("health mempool_txs %d %v, want 4", h.MempoolTxs, err)
	}
	var acct AccountResult
	if err := c.Call(&acct, "mycel_getAccountByKey", a1.PubKey); err != nil || acct.Account.Index != a1.Index || !acct.Exists {
		t.Fatalf("account by key: %+v %v", acct, err)
	}
}
