package x402_test

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mycel-network/mycel/agent/x402"
	"github.com/mycel-network/mycel/ledger"
)

// seller is an agent's paid endpoint: GET /data costs price gwei, paid to
// account payTo through the node's facilitator.
type seller struct {
	srv     *httptest.Server
	wall    *x402.Paywall
	payTo   uint32
	price   uint64
	served  atomic.Int64
	failing atomic.Bool // the handler answers 500
}

func newSeller(t testing.TB, tn *testNode, payTo uint32, price uint64) *seller {
	t.Helper()
	s := &seller{payTo: payTo, price: price}
	s.wall = x402.NewPaywall(x402.NodeFacilitator(tn.url), x402.ResourceInfo{Description: "test data", MimeType: "text/plain"}, nil,
		x402.Price(tn.chain, payTo, price, 1))
	mux := http.NewServeMux()
	mux.Handle("/data", s.wall.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.failing.Load() {
			http.Error(w, "broken", http.StatusInternalServerError)
			return
		}
		s.served.Add(1)
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "the data")
	})))
	s.srv = httptest.NewServer(mux)
	t.Cleanup(s.srv.Close)
	return s
}

func (s *seller) url() string { return s.srv.URL + "/data" }

// paid is a payment header: the v2 payload for accepted, with a transfer
// and an authorization signed by key.
type paid struct {
	key         *ledger.PrivateKey
	tx          ledger.Tx
	validBefore time.Time
	resource    string
	accepted    x402.PaymentRequirements
	version     int
}

func (p paid) header(t testing.TB) string {
	t.Helper()
	tx := p.tx
	ep, err := x402.NewExactPayload(p.key, &tx, p.validBefore, p.resource)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(ep)
	pay := x402.PaymentPayload{X402Version: p.version, Payload: raw}
	if p.version == 2 {
		acc := p.accepted
		pay.Resource, pay.Accepted = &x402.ResourceInfo{URL: p.resource}, &acc
	} else {
		pay.Scheme, pay.Network = p.accepted.Scheme, p.accepted.Network
	}
	h, err := x402.EncodeHeader(pay)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func get(t testing.TB, url string, header map[string]string) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

// required decodes a response's PAYMENT-REQUIRED header.
func required(t testing.TB, resp *http.Response) x402.PaymentRequired {
	t.Helper()
	var pr x402.PaymentRequired
	if err := x402.DecodeHeader(resp.Header.Get(x402.HeaderPaymentRequired), &pr); err != nil {
		t.Fatalf("PAYMENT-REQUIRED: %v", err)
	}
	return pr
}

// The paywall answers every bad payment with the spec's status and
// error (the x402 reason first), charges nothing for them, serves a paid
// request once with PAYMENT-RESPONSE, and refuses the same payment again.
func TestX402Paywall(t *testing.T) {
	tn := startNode(t, 4)
	buyer, sellerAcct, poor := tn.accts[0], tn.accts[1], tn.accts[2]
	s := newSeller(t, tn, sellerAcct.Index, 1000)
	key := tn.key(t, 0)
	valid := func() paid {
		return paid{key: key, tx: ledger.Tx{Type: ledger.TxTransfer, ChainID: tn.chain, From: buyer.Index, To: sellerAcct.Index, Amount: 1000, Fee: 1},
			validBefore: time.Now().Add(time.Minute), resource: s.url(), accepted: x402.Price(tn.chain, sellerAcct.Index, 1000, 1), version: 2}
	}

	// No payment: 402, requirements in the header (v2) and the body (v1).
	resp, body := get(t, s.url(), nil)
	if resp.StatusCode != http.StatusPaymentRequired {
		t.Fatalf("no payment: %s", resp.Status)
	}
	pr := required(t, resp)
	if pr.X402Version != 2 || pr.Resource == nil || pr.Resource.URL != s.url() || pr.Resource.MimeType != "text/plain" || len(pr.Accepts) != 1 ||
		pr.Accepts[0].Amount != "1000" || pr.Accepts[0].PayTo != x402.FormatAccount(sellerAcct.Index) || pr.Accepts[0].Network != "mycel:1337" ||
		pr.Accepts[0].Asset != "native" || !strings.Contains(pr.Error, "PAYMENT-SIGNATURE") {
		t.Fatalf("PAYMENT-REQUIRED: %+v", pr)
	}
	var v1 x402.PaymentRequired
	if err := json.Unmarshal([]byte(body), &v1); err != nil || v1.X402Version != 1 || v1.Accepts[0].MaxAmountRequired != "1000" || v1.Accepts[0].Resource != s.url() {
		t.Fatalf("v1 body %s: %v", body, err)
	}

	for _, tc := range []struct {
		name   string
		header map[string]string
		code   int
		reason string // the start of PAYMENT-REQUIRED's error
	}{
		{"not base64", map[string]string{x402.HeaderPaymentSignature: "%%%"}, http.StatusBadRequest, x402.ReasonInvalidPayload},
		{"not JSON", map[string]string{x402.HeaderPaymentSignature: base64.StdEncoding.EncodeToString([]byte("{"))}, http.StatusBadRequest, x402.ReasonInvalidPayload},
		{"v1 payload in the v2 header", map[string]string{x402.HeaderPaymentSignature: func() string { p := valid(); p.version = 1; return p.header(t) }()},
			http.StatusPaymentRequired, x402.ReasonInvalidVersion},
		{"wrong amount", map[string]string{x402.HeaderPaymentSignature: func() string {
			p := valid()
			p.tx.Amount, p.accepted.Amount = 1, "1"
			return p.header(t)
		}()}, http.StatusPaymentRequired, x402.ReasonValueMismatch},
		{"wrong amount, right terms", map[string]string{x402.HeaderPaymentSignature: func() string { p := valid(); p.tx.Amount = 1; return p.header(t) }()},
			http.StatusPaymentRequired, x402.ReasonValueMismatch},
		{"wrong payee", map[string]string{x402.HeaderPaymentSignature: func() string {
			p := valid()
			p.tx.To = poor.Index
			return p.header(t)
		}()}, http.StatusPaymentRequired, x402.ReasonRecipientMismatch},
		{"wrong network", map[string]string{x402.HeaderPaymentSignature: func() string {
			p := valid()
			p.accepted.Network = "eip155:8453"
			return p.header(t)
		}()}, http.StatusPaymentRequired, x402.ReasonInvalidNetwork},
		{"wrong scheme", map[string]string{x402.HeaderPaymentSignature: func() string { p := valid(); p.accepted.Scheme = "upto"; return p.header(t) }()},
			http.StatusPaymentRequired, x402.ReasonUnsupportedScheme},
		{"other resource", map[string]string{x402.HeaderPaymentSignature: func() string {
			p := valid()
			p.resource = s.srv.URL + "/other"
			return p.header(t)
		}()}, http.StatusPaymentRequired, x402.ReasonResourceMismatch},
		{"expired", map[string]string{x402.HeaderPaymentSignature: func() string {
			p := valid()
			p.validBefore = time.Now().Add(-time.Second)
			return p.header(t)
		}()}, http.StatusPaymentRequired, x402.ReasonExpired},
		{"bad signature", map[string]string{x402.HeaderPaymentSignature: func() string { p := valid(); p.key = tn.key(t, 2); return p.header(t) }()},
			http.StatusPaymentRequired, x402.ReasonSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp, _ := get(t, s.url(), tc.header)
			if resp.StatusCode != tc.code {
				t.Fatalf("%s, want %d", resp.Status, tc.code)
			}
			if pr := required(t, resp); !strings.HasPrefix(pr.Error, tc.reason) {
				t.Fatalf("error %q, want reason %s", pr.Error, tc.reason)
			}
		})
	}

	// An unfunded payer at the seller's price.
	cheap := newSeller(t, tn, sellerAcct.Index, poor.Balance)
	p := paid{key: tn.key(t, 2), tx: ledger.Tx{Type: ledger.TxTransfer, ChainID: tn.chain, From: poor.Index, To: sellerAcct.Index, Amount: poor.Balance, Fee: 1},
		validBefore: time.Now().Add(time.Minute), resource: cheap.url(), accepted: x402.Price(tn.chain, sellerAcct.Index, poor.Balance, 1), version: 2}
	if resp, _ := get(t, cheap.url(), map[string]string{x402.HeaderPaymentSignature: p.header(t)}); resp.StatusCode != http.StatusPaymentRequired ||
		!strings.HasPrefix(required(t, resp).Error, x402.ReasonInsufficientFunds) {
		t.Fatalf("unfunded payer: %s %q", resp.Status, resp.Header.Get(x402.HeaderPaymentRequired))
	}
	if cheap.served.Load() != 0 || s.served.Load() != 0 {
		t.Fatal("a refused payment was served")
	}

	// A handler that fails costs nothing.
	buyerBefore, _ := tn.balance(t, buyer.Index)
	s.failing.Store(true)
	if resp, _ := get(t, s.url(), map[string]string{x402.HeaderPaymentSignature: valid().header(t)}); resp.StatusCode != http.StatusInternalServerError ||
		resp.Header.Get(x402.HeaderPaymentResponse) != "" {
		t.Fatalf("failing handler: %s", resp.Status)
	}
	s.failing.Store(false)
	if b, n := tn.balance(t, buyer.Index); b != buyerBefore || n != 0 {
		t.Fatalf("failing handler charged: %d (nonce %d), was %d", b, n, buyerBefore)
	}

	// Paid: served once, with PAYMENT-RESPONSE; the same payment again is
	// refused (replay), also while concurrent.
	header := valid().header(t)
	var wg sync.WaitGroup
	codes := make([]int, 4)
	bodies := make([]string, 4)
	for i := range codes {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, body := get(t, s.url(), map[string]string{x402.HeaderPaymentSignature: header})
			codes[i], bodies[i] = resp.StatusCode, body
			if resp.StatusCode == http.StatusOK {
				var sr x402.SettleResponse
				if err := x402.DecodeHeader(resp.Header.Get(x402.HeaderPaymentResponse), &sr); err != nil || !sr.Success || sr.Payer != x402.FormatAccount(buyer.Index) ||
					sr.Network != "mycel:1337" || sr.Amount != "1000" || sr.Height == 0 {
					t.Errorf("PAYMENT-RESPONSE %+v %v", sr, err)
				}
			} else if pr := required(t, resp); !strings.HasPrefix(pr.Error, x402.ReasonAlreadySettled) {
				t.Errorf("replay: %d %q", resp.StatusCode, pr.Error)
			}
		}()
	}
	wg.Wait()
	ok := 0
	for i, c := range codes {
		if c == http.StatusOK {
			ok++
			if bodies[i] != "the data" {
				t.Fatalf("body %q", bodies[i])
			}
		}
	}
	if ok != 1 || s.served.Load() != 1 {
		t.Fatalf("one payment, four requests: %v served, codes %v", s.served.Load(), codes)
	}
	if resp, _ := get(t, s.url(), map[string]string{x402.HeaderPaymentSignature: header}); resp.StatusCode != http.StatusPaymentRequired ||
		!strings.HasPrefix(required(t, resp).Error, x402.ReasonAlreadySettled) {
		t.Fatalf("replay after settlement: %s", resp.Status)
	}
	if b, n := tn.balance(t, buyer.Index); b != buyerBefore-1001 || n != 1 {
		t.Fatalf("buyer %d (nonce %d), was %d", b, n, buyerBefore)
	}

	// A v1 client: X-PAYMENT in, X-PAYMENT-RESPONSE out.
	p1 := valid()
	p1.version, p1.tx.Nonce = 1, 1
	resp, body = get(t, s.url(), map[string]string{x402.HeaderPaymentV1: p1.header(t)})
	var sr x402.SettleResponse
	if resp.StatusCode != http.StatusOK || body != "the data" || x402.DecodeHeader(resp.Header.Get(x402.HeaderPaymentRespV1), &sr) != nil || !sr.Success {
		t.Fatalf("v1 payment: %s %q %+v", resp.Status, body, sr)
	}
}

// End to end: agent A's HTTP client pays agent B's paid endpoint through
// the node's facilitator, within its budget; the L2 balances move by
// exactly the amounts (B gains the price, A loses price and fee).
func TestX402AgentPaysAgent(t *testing.T) {
	tn := startNode(t, 4)
	a, b := tn.accts[0], tn.accts[1]
	s := newSeller(t, tn, b.Index, 2500)
	aBefore, _ := tn.balance(t, a.Index)
	bBefore, _ := tn.balance(t, b.Index)

	tr := x402.NewTransport(tn.url, tn.key(t, 0), x402.Budget{PerRequest: 3000, Total: 3 * 2501})
	tr.Fee = 1
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	for i := range 3 {
		resp, err := client.Post(s.url(), "text/plain", strings.NewReader("query"))
		if err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		var sr x402.SettleResponse
		if resp.StatusCode != http.StatusOK || string(body) != "the data" || x402.DecodeHeader(resp.Header.Get(x402.HeaderPaymentResponse), &sr) != nil || !sr.Success {
			t.Fatalf("request %d: %s %q %+v", i, resp.Status, body, sr)
		}
	}
	aAfter, aNonce := tn.balance(t, a.Index)
	bAfter, _ := tn.balance(t, b.Index)
	if bAfter-bBefore != 3*2500 || aBefore-aAfter != 3*2501 || aNonce != 3 || tr.Spent() != 3*2501 {
		t.Fatalf("balances: A %d -> %d (nonce %d), B %d -> %d, spent %d", aBefore, aAfter, aNonce, bBefore, bAfter, tr.Spent())
	}

	// The total budget is spent: the next request is not paid.
	_, err := client.Get(s.url())
	var be *x402.BudgetError
	if !errors.Is(err, x402.ErrBudget) || !errors.As(err, &be) || be.Spent != 3*2501 {
		t.Fatalf("over the total budget: %v", err)
	}
	// Over the per-request budget.
	small := &http.Client{Transport: x402.NewTransport(tn.url, tn.key(t, 0), x402.Budget{PerRequest: 2500, Total: 1e9})}
	if _, err := small.Get(s.url()); !errors.Is(err, x402.ErrBudget) {
		t.Fatalf("over the per-request budget: %v", err)
	}
	if after, _ := tn.balance(t, a.Index); after != aAfter {
		t.Fatalf("a refused payment was charged: %d -> %d", aAfter, after)
	}
}

// A payment the server did not settle (its handler failed) counts against
// the budget until its nonce is used: sent again unchanged it is the same
// transfer (counted once); replaced by another payment with its nonce it
// is refunded. A v1-only server is paid with X-PAYMENT.
func TestX402TransportRecoversAndSpeaksV1(t *testing.T) {
	tn := startNode(t, 4)
	a, b := tn.accts[0], tn.accts[1]
	s, s2 := newSeller(t, tn, b.Index, 100), newSeller(t, tn, b.Index, 200)
	tr := x402.NewTransport(tn.url, tn.key(t, 0), x402.Budget{PerRequest: 1000, Total: 1000})
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	fetch := func(url string, code int) {
		t.Helper()
		resp, err := client.Get(url)
		if err != nil || resp.StatusCode != code {
			t.Fatalf("GET %s: %v %v, want %d", url, resp, err, code)
		}
		resp.Body.Close()
	}
	check := func(nonce, spent uint64) {
		t.Helper()
		if _, n := tn.balance(t, a.Index); n != nonce || tr.Spent() != spent {
			t.Fatalf("nonce %d spent %d, want %d and %d", n, tr.Spent(), nonce, spent)
		}
	}

	s.failing.Store(true)
	fetch(s.url(), http.StatusInternalServerError)
	check(0, 101) // it left: it counts
	s.failing.Store(false)
	fetch(s.url(), http.StatusOK)
	check(1, 101) // the same transfer again, settled this time

	s.failing.Store(true)
	fetch(s.url(), http.StatusInternalServerError)
	s.failing.Store(false)
	fetch(s2.url(), http.StatusOK) // nonce 1 goes to another payment
	check(2, 101+101+201)
	fetch(s.url(), http.StatusOK) // learns that the failed one can never settle
	check(3, 101+201+101)

	// A v1-only server: no PAYMENT-REQUIRED header, the v1 body. (It
	// forwards to the seller's handler, whose resource is then the
	// forwarder's URL.)
	v1 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.srv.Config.Handler.ServeHTTP(v1Only{w}, r)
	}))
	defer v1.Close()
	resp, err := client.Get(v1.URL + "/data")
	if err != nil || resp.StatusCode != http.StatusOK || resp.Header.Get(x402.HeaderPaymentRespV1) == "" {
		t.Fatalf("v1 server: %v %v", resp, err)
	}
	resp.Body.Close()
}

// v1Only hides PAYMENT-REQUIRED, as a v1 server sends only the body.
type v1Only struct{ http.ResponseWriter }

func (v v1Only) WriteHeader(code int) {
	v.ResponseWriter.Header().Del(x402.HeaderPaymentRequired)
	v.ResponseWriter.WriteHeader(code)
}

func (v v1Only) Write(b []byte) (int, error) { return v.ResponseWriter.Write(b) }
