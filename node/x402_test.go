package node

import (
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mycel-network/mycel/agent/x402"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/mempool"
)

// x402Node is a committing single-validator chain without L1 and its
// funded accounts.
type x402Node struct {
	n     *Node
	url   string
	accts []TestAccount
	chain uint64
}

func startX402Node(t *testing.T) *x402Node {
	t.Helper()
	cfg, _ := testHome(t)
	n := startHome(t, cfg.Home, []string{"rpc.loopback_unlimited=true"})
	env := &x402Node{n: n, url: "http://" + cfg.RPC.Listen, accts: testAccounts(t, cfg.Home), chain: DefaultInitOptions().ChainID}
	eventually(t, 30*time.Second, "a first block", func() error {
		if h := n.Height(); h < 1 {
			return fmt.Errorf("height %d", h)
		}
		return nil
	})
	return env
}

const x402Resource = "http://seller.example/data"

// payment is a v2 facilitator request: account a pays amount (fee) to
// account to with nonce, for x402Resource, valid for a minute.
func (e *x402Node) payment(t *testing.T, a TestAccount, to uint32, amount, fee, nonce uint64) *x402.FacilitatorRequest {
	t.Helper()
	return e.paymentUntil(t, a, to, amount, fee, nonce, time.Now().Add(time.Minute), x402Resource)
}

func (e *x402Node) paymentUntil(t *testing.T, a TestAccount, to uint32, amount, fee, nonce uint64, validBefore time.Time, resource string) *x402.FacilitatorRequest {
	t.Helper()
	k, err := a.Key()
	if err != nil {
		t.Fatal(err)
	}
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: e.chain, From: a.Index, To: to, Amount: amount, Fee: fee, Nonce: nonce}
	ep, err := x402.NewExactPayload(k, tx, validBefore, resource)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := json.Marshal(ep)
	if err != nil {
		t.Fatal(err)
	}
	req := x402.Price(e.chain, to, amount, 0)
	accepted := req
	return &x402.FacilitatorRequest{X402Version: 2, PaymentRequirements: req, PaymentPayload: x402.PaymentPayload{
		X402Version: 2, Resource: &x402.ResourceInfo{URL: resource}, Accepted: &accepted, Payload: raw}}
}

func postJSON(t *testing.T, url string, body any) (int, []byte) {
	t.Helper()
	var b []byte
	switch v := body.(type) {
	case []byte:
		b = v
	default:
		var err error
		if b, err = json.Marshal(body); err != nil {
			t.Fatal(err)
		}
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, out
}

func (e *x402Node) verify(t *testing.T, req any) (int, x402.VerifyResponse) {
	t.Helper()
	code, b := postJSON(t, e.url+"/x402/verify", req)
	var vr x402.VerifyResponse
	if err := json.Unmarshal(b, &vr); err != nil {
		t.Fatalf("verify answered %d %q: %v", code, b, err)
	}
	return code, vr
}

func (e *x402Node) settle(t *testing.T, req any, query string) (int, x402.SettleResponse) {
	t.Helper()
	code, b := postJSON(t, e.url+"/x402/settle"+query, req)
	var sr x402.SettleResponse
	if err := json.Unmarshal(b, &sr); err != nil {
		t.Fatalf("settle answered %d %q: %v", code, b, err)
	}
	return code, sr
}

func (e *x402Node) account(t *testing.T, idx uint32) ledger.Account {
	t.Helper()
	a, ok, err := e.n.store.Account(idx)
	if err != nil || !ok {
		t.Fatalf("account %d: %v %v", idx, ok, err)
	}
	return a
}

// Every refusal of /x402/verify carries the x402 reason for what is wrong,
// and a body that is not a facilitator request gets 400 (413 when too
// large).
func TestX402VerifyRefusals(t *testing.T) {
	env := startX402Node(t)
	a, b, c := env.accts[0], env.accts[1], env.accts[2]
	ok := func() *x402.FacilitatorRequest { return env.payment(t, a, b.Index, 1000, 1, 0) }
	other := func(t *testing.T) *ledger.PrivateKey {
		k, err := c.Key()
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	setPayload := func(t *testing.T, r *x402.FacilitatorRequest, edit func(*x402.ExactPayload)) {
		var ep x402.ExactPayload
		if err := json.Unmarshal(r.PaymentPayload.Payload, &ep); err != nil {
			t.Fatal(err)
		}
		edit(&ep)
		raw, _ := json.Marshal(ep)
		r.PaymentPayload.Payload = raw
	}
	for _, tc := range []struct {
		name   string
		req    func(t *testing.T) *x402.FacilitatorRequest
		reason string
	}{
		{"valid", func(*testing.T) *x402.FacilitatorRequest { return ok() }, ""},
		{"version 3", func(*testing.T) *x402.FacilitatorRequest {
			r := ok()
			r.X402Version, r.PaymentPayload.X402Version = 3, 3
			return r
		}, x402.ReasonInvalidVersion},
		{"payload version differs", func(*testing.T) *x402.FacilitatorRequest { r := ok(); r.PaymentPayload.X402Version = 1; return r }, x402.ReasonInvalidVersion},
		{"scheme", func(*testing.T) *x402.FacilitatorRequest { r := ok(); r.PaymentRequirements.Scheme = "upto"; return r }, x402.ReasonUnsupportedScheme},
		{"accepted scheme", func(*testing.T) *x402.FacilitatorRequest {
			r := ok()
			r.PaymentPayload.Accepted.Scheme = "upto"
			return r
		}, x402.ReasonInvalidScheme},
		{"network of another chain", func(*testing.T) *x402.FacilitatorRequest {
			r := ok()
			r.PaymentRequirements.Network, r.PaymentPayload.Accepted.Network = "mycel:7", "mycel:7"
			return r
		}, x402.ReasonInvalidNetwork},
		{"EVM network", func(*testing.T) *x402.FacilitatorRequest {
			r := ok()
			r.PaymentRequirements.Network = "eip155:8453"
			return r
		}, x402.ReasonInvalidNetwork},
		{"asset", func(*testing.T) *x402.FacilitatorRequest { r := ok(); r.PaymentRequirements.Asset = "usdc"; return r }, x402.ReasonInvalidRequirements},
		{"payTo the fee vault", func(*testing.T) *x402.FacilitatorRequest { r := ok(); r.PaymentRequirements.PayTo = "0"; return r }, x402.ReasonInvalidRequirements},
		{"amount", func(*testing.T) *x402.FacilitatorRequest {
			r := ok()
			r.PaymentRequirements.Amount, r.PaymentPayload.Accepted.Amount = "2000", "2000"
			return r
		}, x402.ReasonValueMismatch},
		{"accepted amount", func(*testing.T) *x402.FacilitatorRequest {
			r := ok()
			r.PaymentPayload.Accepted.Amount = "999"
			return r
		}, x402.ReasonValueMismatch},
		{"payee", func(*testing.T) *x402.FacilitatorRequest {
			r := ok()
			r.PaymentRequirements.PayTo, r.PaymentPayload.Accepted.PayTo = "3", "3"
			return r
		}, x402.ReasonRecipientMismatch},
		{"resource", func(*testing.T) *x402.FacilitatorRequest {
			r := ok()
			r.PaymentPayload.Resource.URL = "http://seller.example/other"
			return r
		}, x402.ReasonSignature},
		{"expired", func(t *testing.T) *x402.FacilitatorRequest {
			return env.paymentUntil(t, a, b.Index, 1000, 1, 0, time.Now().Add(-time.Second), x402Resource)
		}, x402.ReasonExpired},
		{"without funds", func(t *testing.T) *x402.FacilitatorRequest { return env.payment(t, a, b.Index, a.Balance, 1, 0) }, x402.ReasonInsufficientFunds},
		{"transfer signed by another key", func(t *testing.T) *x402.FacilitatorRequest {
			r := ok()
			tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: env.chain, From: a.Index, To: b.Index, Amount: 1000, Fee: 1}
			if err := tx.Sign(other(t)); err != nil {
				t.Fatal(err)
			}
			setPayload(t, r, func(ep *x402.ExactPayload) { ep.Transaction = fmt.Sprintf("0x%x", tx.Encode()) })
			return r
		}, x402.ReasonSignature},
		{"authorization signed by another key", func(t *testing.T) *x402.FacilitatorRequest {
			r := ok()
			forged, err := x402.NewExactPayload(other(t), &ledger.Tx{Type: ledger.TxTransfer, ChainID: env.chain, From: a.Index, To: b.Index, Amount: 1000, Fee: 1},
				time.Now().Add(time.Minute), x402Resource)
			if err != nil {
				t.Fatal(err)
			}
			setPayload(t, r, func(ep *x402.ExactPayload) { ep.Signature, ep.ValidBefore = forged.Signature, forged.ValidBefore })
			return r
		}, x402.ReasonSignature},
		{"validBefore extended", func(t *testing.T) *x402.FacilitatorRequest {
			r := ok()
			setPayload(t, r, func(ep *x402.ExactPayload) { ep.ValidBefore = fmt.Sprint(time.Now().Add(time.Hour).Unix()) })
			return r
		}, x402.ReasonSignature},
		{"unknown payer", func(t *testing.T) *x402.FacilitatorRequest {
			return env.payment(t, TestAccount{Index: 200, Seed: c.Seed}, b.Index, 1000, 1, 0)
		}, x402.ReasonUnknownAccount},
		{"unknown payee", func(t *testing.T) *x402.FacilitatorRequest { return env.payment(t, a, 100, 1000, 1, 0) }, x402.ReasonUnknownAccount},
		{"fee below the floor", func(t *testing.T) *x402.FacilitatorRequest { return env.payment(t, a, b.Index, 1000, 0, 0) }, x402.ReasonFeeTooLow},
		{"nonce too far ahead", func(t *testing.T) *x402.FacilitatorRequest { return env.payment(t, a, b.Index, 1000, 1, 1000) }, x402.ReasonNonceTooHigh},
		{"transaction not hex", func(t *testing.T) *x402.FacilitatorRequest {
			r := ok()
			setPayload(t, r, func(ep *x402.ExactPayload) { ep.Transaction = "0xzz" })
			return r
		}, x402.ReasonInvalidPayload},
		{"payload with an unknown field", func(*testing.T) *x402.FacilitatorRequest {
			r := ok()
			r.PaymentPayload.Payload = json.RawMessage(`{"transaction":"0x00","validBefore":"1","signature":"0x00","extra":1}`)
			return r
		}, x402.ReasonInvalidPayload},
		{"no accepted", func(*testing.T) *x402.FacilitatorRequest { r := ok(); r.PaymentPayload.Accepted = nil; return r }, x402.ReasonInvalidPayload},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, vr := env.verify(t, tc.req(t))
			if code != http.StatusOK || vr.IsValid != (tc.reason == "") || vr.InvalidReason != tc.reason {
				t.Fatalf("verify: %d %+v, want reason %q", code, vr, tc.reason)
			}
			if tc.reason != "" && vr.InvalidMessage == "" {
				t.Fatalf("no message with reason %s", vr.InvalidReason)
			}
		})
	}

	for _, tc := range []struct {
		name string
		body []byte
		code int
	}{
		{"not JSON", []byte("{"), http.StatusBadRequest},
		{"trailing data", []byte(`{"x402Version":2} {}`), http.StatusBadRequest},
		{"wrong types", []byte(`{"x402Version":"2"}`), http.StatusBadRequest},
		{"oversized", append(append([]byte(`{"x402Version":2,"pad":"`), bytes.Repeat([]byte("a"), x402.MaxBodyBytes)...), `"}`...), http.StatusRequestEntityTooLarge},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, path := range []string{"verify", "settle"} {
				code, b := postJSON(t, env.url+"/x402/"+path, tc.body)
				var r struct {
					IsValid, Success bool
					InvalidReason    string `json:"invalidReason"`
					ErrorReason      string `json:"errorReason"`
				}
				if err := json.Unmarshal(b, &r); err != nil || code != tc.code || r.IsValid || r.Success || r.InvalidReason+r.ErrorReason != x402.ReasonInvalidPayload {
					t.Fatalf("%s: %d %s (%v), want %d %s", path, code, b, err, tc.code, x402.ReasonInvalidPayload)
				}
			}
		})
	}

	resp, err := http.Get(env.url + "/x402/verify")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Fatalf("GET /x402/verify: %s", resp.Status)
	}
}

// Settle commits the transfer and answers at soft confirmation; settling
// the same payment again, at once or concurrently, answers the same
// transaction and moves the balances once; a settled payment no longer
// verifies (replay), and stays settled after it expires.
func TestX402SettleIsIdempotent(t *testing.T) {
	env := startX402Node(t)
	a, b := env.accts[0], env.accts[1]
	before, beforeB := env.account(t, a.Index), env.account(t, b.Index)

	req := env.paymentUntil(t, a, b.Index, 1000, 3, 0, time.Now().Add(3*time.Second), x402Resource)
	code, sr := env.settle(t, req, "")
	if code != http.StatusOK || !sr.Success || sr.Payer != "1" || sr.Network != "mycel:1337" || sr.Amount != "1000" || sr.Height == 0 || !strings.HasPrefix(sr.Transaction, "0x") {
		t.Fatalf("settle: %d %+v", code, sr)
	}
	rc, err := (&API{env.n}).GetTransactionReceipt([32]byte(mustHash(t, sr.Transaction)))
	if err != nil || rc == nil || rc.Status != "committed" || uint64(*rc.Height) != sr.Height {
		t.Fatalf("receipt %+v %v, settle said height %d", rc, err, sr.Height)
	}
	if got := env.account(t, a.Index); got.Balance != before.Balance-1003 || got.Nonce != 1 {
		t.Fatalf("payer %+v, was %+v", got, before)
	}
	if got := env.account(t, b.Index); got.Balance != beforeB.Balance+1000 {
		t.Fatalf("payee %+v, was %+v", got, beforeB)
	}

	_, again := env.settle(t, req, "")
	if !again.Success || again.Transaction != sr.Transaction || again.Height != sr.Height {
		t.Fatalf("settle again: %+v, first %+v", again, sr)
	}
	if _, vr := env.verify(t, req); vr.IsValid || vr.InvalidReason != x402.ReasonAlreadySettled {
		t.Fatalf("verify of a settled payment: %+v", vr)
	}

	// Concurrent settles of one payment: one transfer.
	req2 := env.payment(t, a, b.Index, 500, 1, 1)
	var wg sync.WaitGroup
	results := make([]x402.SettleResponse, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, results[i] = env.settle(t, req2, "")
		}()
	}
	wg.Wait()
	for _, r := range results {
		if !r.Success || r.Transaction != results[0].Transaction || r.Height != results[0].Height {
			t.Fatalf("concurrent settles: %+v", results)
		}
	}
	if got := env.account(t, a.Index); got.Balance != before.Balance-1003-501 || got.Nonce != 2 {
		t.Fatalf("payer after the concurrent settles %+v", got)
	}

	// Past its validBefore a settled payment still settles (the same
	// transaction), but no longer verifies.
	time.Sleep(time.Until(time.Unix(mustValidBefore(t, req), 0)) + 10*time.Millisecond)
	if _, late := env.settle(t, req, ""); !late.Success || late.Transaction != sr.Transaction {
		t.Fatalf("settle after expiry of a settled payment: %+v", late)
	}
	if _, vr := env.verify(t, req); vr.InvalidReason != x402.ReasonAlreadySettled {
		t.Fatalf("verify after expiry: %+v", vr)
	}
}

func mustHash(t *testing.T, s string) [32]byte {
	t.Helper()
	var h ledger.Hash
	raw, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(raw) != 32 {
		t.Fatalf("transaction %q", s)
	}
	copy(h[:], raw)
	return h
}

func mustValidBefore(t *testing.T, r *x402.FacilitatorRequest) int64 {
	t.Helper()
	var ep x402.ExactPayload
	if err := json.Unmarshal(r.PaymentPayload.Payload, &ep); err != nil {
		t.Fatal(err)
	}
	var v int64
	if _, err := fmt.Sscan(ep.ValidBefore, &v); err != nil {
		t.Fatal(err)
	}
	return v
}

// A payer that spends the payment's nonce first (front-running) leaves a
// payment that can never settle; a payment signed ahead of time (nonce
// past the committed one) waits for its predecessor, times out within the
// requirement's maxTimeoutSeconds, and settles once the gap is filled.
func TestX402NonceRaces(t *testing.T) {
	env := startX402Node(t)
	a, b, c := env.accts[0], env.accts[1], env.accts[2]
	api := &API{env.n}

	pay := env.payment(t, a, b.Index, 1000, 1, 0)
	if _, err := api.SendRawTransaction(context.Background(), signedTransfer(t, a, c.Index, 7, 5, 0)); err != nil {
		t.Fatal(err)
	}
	eventually(t, 30*time.Second, "the front-running transfer committed", func() error {
		if n := env.account(t, a.Index).Nonce; n != 1 {
			return fmt.Errorf("nonce %d", n)
		}
		return nil
	})
	if _, vr := env.verify(t, pay); vr.InvalidReason != x402.ReasonNonceUsed {
		t.Fatalf("verify after front-running: %+v", vr)
	}
	if _, sr := env.settle(t, pay, ""); sr.Success || sr.ErrorReason != x402.ReasonNonceUsed || sr.Transaction != "" {
		t.Fatalf("settle after front-running: %+v", sr)
	}

	// Pre-signed: nonces 1 and 2; 2 is settled first.
	first, second := env.payment(t, a, b.Index, 10, 1, 1), env.payment(t, a, b.Index, 20, 1, 2)
	second.PaymentRequirements.MaxTimeoutSeconds = 1
	if _, vr := env.verify(t, second); !vr.IsValid {
		t.Fatalf("verify of a pre-signed payment: %+v", vr)
	}
	start := time.Now()
	_, sr := env.settle(t, second, "")
	if sr.Success || sr.ErrorReason != x402.ReasonSettleTimeout || sr.Transaction == "" || time.Since(start) > 10*time.Second {
		t.Fatalf("settle of a payment waiting for its predecessor: %+v after %v", sr, time.Since(start))
	}
	if _, sr := env.settle(t, first, ""); !sr.Success {
		t.Fatalf("settle of the predecessor: %+v", sr)
	}
	second.PaymentRequirements.MaxTimeoutSeconds = 0
	if _, sr2 := env.settle(t, second, ""); !sr2.Success || sr2.Transaction != sr.Transaction {
		t.Fatalf("settle again once the gap is filled: %+v (first try %+v)", sr2, sr)
	}
}

// Settle refuses confirmation levels it cannot give, and every mempool
// refusal maps to an x402 reason.
func TestX402SettleOptionsAndRefusals(t *testing.T) {
	env := startX402Node(t)
	a, b := env.accts[0], env.accts[1]
	req := env.payment(t, a, b.Index, 1000, 1, 0)
	for _, q := range []string{"?confirmation=l1", "?confirmation=final"} {
		if code, sr := env.settle(t, req, q); code != http.StatusBadRequest || sr.Success || sr.ErrorReason != x402.ReasonInvalidPayload || sr.ErrorMessage == "" {
			t.Fatalf("settle%s: %d %+v", q, code, sr)
		}
	}
	req.Confirmation = "soon"
	if code, sr := env.settle(t, req, ""); code != http.StatusBadRequest || sr.ErrorReason != x402.ReasonInvalidPayload {
		t.Fatalf("confirmation in the body: %d %+v", code, sr)
	}
	if env.account(t, a.Index).Nonce != 0 || env.n.pool.Size() != 0 {
		t.Fatal("a refused settle submitted the transfer")
	}

	code, b2 := postJSON(t, env.url+"/x402/supported", []byte("{}"))
	if code != http.StatusMethodNotAllowed {
		t.Fatalf("POST /x402/supported: %d %s", code, b2)
	}
	resp, err := http.Get(env.url + "/x402/supported")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var sup x402.SupportedResponse
	if err := json.NewDecoder(resp.Body).Decode(&sup); err != nil {
		t.Fatal(err)
	}
	if len(sup.Kinds) != 2 || sup.Kinds[0].X402Version != 2 || sup.Kinds[1].X402Version != 1 || sup.Kinds[0].Network != "mycel:1337" ||
		sup.Kinds[0].Scheme != "exact" || sup.Kinds[0].Extra["minFee"] != "1" || sup.Signers == nil || sup.Extensions == nil {
		t.Fatalf("supported: %+v", sup)
	}

	for _, tc := range []struct {
		err    error
		reason string
	}{
		{mempool.ErrReplacementUnderpriced, x402.ReasonNonceUsed},
		{fmt.Errorf("%w: %w", mempool.ErrOverdraft, ledger.ErrInsufficientBalance), x402.ReasonInsufficientFunds},
		{ledger.ErrInsufficientBalance, x402.ReasonInsufficientFunds},
		{mempool.ErrFeeTooLow, x402.ReasonFeeTooLow},
		{ledger.ErrBadSignature, x402.ReasonSignature},
		{ledger.ErrNonceTooHigh, x402.ReasonNonceTooHigh},
		{ledger.ErrUnknownAccount, x402.ReasonUnknownAccount},
		{mempool.ErrPoolFull, x402.ReasonInvalidTransactionState},
	} {
		err := settleRefusal(fmt.Errorf("wrapped: %w", tc.err))
		var xe *x402.Error
		if !errors.As(err, &xe) || xe.Reason != tc.reason {
			t.Errorf("%v: %v, want %s", tc.err, err, tc.reason)
		}
	}
	for _, e := range []error{mempool.ErrAlreadyKnown, ledger.ErrNonceTooLow} {
		if err := settleRefusal(e); err != nil {
			t.Errorf("%v is no refusal (the transfer is pooled or committed): %v", e, err)
		}
	}
}

// The facilitator is on the RPC listener and under its request rate.
func TestX402RateLimited(t *testing.T) {
	_, url := startRateLimited(t, nil, rateSets...)
	limited := 0
	for range 8 {
		resp, err := http.Get(url + "/x402/supported")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode == http.StatusTooManyRequests {
			limited++
			if resp.Header.Get("Retry-After") == "" {
				t.Fatal("429 without Retry-After")
			}
		}
	}
	if limited == 0 {
		t.Fatal("8 requests within a second, burst 5: none refused")
	}
}
