package x402

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mycel-network/mycel/ledger"
)

func TestParseNetworkAccountAmount(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want uint64
		ok   bool
	}{
		{"mycel:1337", 1337, true}, {"mycel:1", 1, true}, {"mycel:0", 0, false}, {"mycel:01", 0, false},
		{"mycel:", 0, false}, {"mycel:-1", 0, false}, {"mycel:+1", 0, false}, {"eip155:1337", 0, false},
		{"mycel:18446744073709551616", 0, false}, {"Mycel:1", 0, false}, {"mycel:1 ", 0, false},
	} {
		got, err := ParseNetwork(tc.in)
		if (err == nil) != tc.ok || got != tc.want {
			t.Errorf("ParseNetwork(%q) = %d, %v", tc.in, got, err)
		}
	}
	if Network(1337) != "mycel:1337" {
		t.Fatal(Network(1337))
	}
	for _, tc := range []struct {
		in string
		ok bool
	}{{"1", true}, {"4294967295", true}, {"4294967296", false}, {"0", false}, {"", false}, {"0x1", false}, {"01", false}} {
		if _, err := ParseAccount(tc.in); (err == nil) != tc.ok {
			t.Errorf("ParseAccount(%q): %v", tc.in, err)
		}
	}
	for _, tc := range []struct {
		in string
		ok bool
	}{{"1", true}, {"9223372036854775807", true}, {"9223372036854775808", false}, {"0", false}, {"1.5", false}, {"1e3", false}} {
		if _, err := ParseAmount(tc.in); (err == nil) != tc.ok {
			t.Errorf("ParseAmount(%q): %v", tc.in, err)
		}
	}
}

func TestHeaderCodec(t *testing.T) {
	in := PaymentRequired{X402Version: 2, Resource: &ResourceInfo{URL: "http://x/y"}, Accepts: []PaymentRequirements{Price(1337, 2, 100, 1)}}
	h, err := EncodeHeader(in)
	if err != nil {
		t.Fatal(err)
	}
	var out PaymentRequired
	if err := DecodeHeader(h, &out); err != nil || out.Accepts[0].Amount != "100" || out.Accepts[0].PayTo != "2" || out.Resource.URL != "http://x/y" {
		t.Fatalf("round trip: %+v %v", out, err)
	}
	// Unpadded base64 is taken too.
	if err := DecodeHeader(strings.TrimRight(h, "="), &out); err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string]string{
		"not base64":    "%%%",
		"not JSON":      base64.StdEncoding.EncodeToString([]byte("{")),
		"trailing data": base64.StdEncoding.EncodeToString([]byte(`{"x402Version":2} {}`)),
		"wrong types":   base64.StdEncoding.EncodeToString([]byte(`{"x402Version":"2"}`)),
		"oversized":     strings.Repeat("A", MaxHeaderBytes+4),
	} {
		err := DecodeHeader(bad, &out)
		var xe *Error
		if !errors.As(err, &xe) || xe.Reason != ReasonInvalidPayload {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// The authorization message is in a domain of its own and binds the
// transfer, the expiry and the resource.
func TestAuthorizationHashBindsEverything(t *testing.T) {
	if want := fieldBytes([]byte("mycel.x402.v1")); AuthorizationDomain() != want || AuthorizationDomain() == ledger.TxDomain() || AuthorizationDomain() == ledger.ExitDomain() {
		t.Fatal("authorization domain")
	}
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: 1337, From: 1, To: 2, Amount: 10, Fee: 1, Nonce: 3}
	base := AuthorizationHash(tx, 100, "http://a/b")
	if base == tx.SigningHash() {
		t.Fatal("authorization equals the transfer's signing message")
	}
	seen := map[ledger.Hash]string{base: "base"}
	for name, h := range map[string]ledger.Hash{
		"validBefore": AuthorizationHash(tx, 101, "http://a/b"),
		"resource":    AuthorizationHash(tx, 100, "http://a/c"),
		"amount":      AuthorizationHash(&ledger.Tx{Type: ledger.TxTransfer, ChainID: 1337, From: 1, To: 2, Amount: 11, Fee: 1, Nonce: 3}, 100, "http://a/b"),
		"nonce":       AuthorizationHash(&ledger.Tx{Type: ledger.TxTransfer, ChainID: 1337, From: 1, To: 2, Amount: 10, Fee: 1, Nonce: 4}, 100, "http://a/b"),
		"chain":       AuthorizationHash(&ledger.Tx{Type: ledger.TxTransfer, ChainID: 1, From: 1, To: 2, Amount: 10, Fee: 1, Nonce: 3}, 100, "http://a/b"),
	} {
		if prev, ok := seen[h]; ok {
			t.Errorf("changing %s gives the hash of %s", name, prev)
		}
		seen[h] = name
	}
}

func testKey(t testing.TB, b byte) *ledger.PrivateKey {
	t.Helper()
	k, err := ledger.NewPrivateKey([32]byte{b})
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// v1 requests: the resource is the requirement's, the payment names scheme
// and network itself; CheckExact takes them and refuses mismatches.
func TestCheckExactVersion1(t *testing.T) {
	k := testKey(t, 1)
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: 1337, From: 1, To: 2, Amount: 100, Fee: 1}
	ep, err := NewExactPayload(k, tx, time.Now().Add(time.Minute), "http://s/r")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := json.Marshal(ep)
	mk := func() *FacilitatorRequest {
		return &FacilitatorRequest{X402Version: 1,
			PaymentPayload:      PaymentPayload{X402Version: 1, Scheme: "exact", Network: "mycel:1337", Payload: raw},
			PaymentRequirements: Price(1337, 2, 100, 0).V1(ResourceInfo{URL: "http://s/r"})}
	}
	e, err := CheckExact(mk(), 1337, time.Now())
	if err != nil || e.Resource != "http://s/r" || e.Payer() != "1" || e.VerifySignatures(k.Public(), nil) != nil {
		t.Fatalf("v1 payment: %+v %v", e, err)
	}
	if err := e.VerifySignatures(testKey(t, 2).Public(), nil); err == nil {
		t.Fatal("signatures verify under another key")
	}
	for _, tc := range []struct {
		name   string
		edit   func(r *FacilitatorRequest)
		reason string
	}{
		{"scheme", func(r *FacilitatorRequest) { r.PaymentPayload.Scheme = "upto" }, ReasonInvalidScheme},
		{"network", func(r *FacilitatorRequest) { r.PaymentPayload.Network = "mycel:1" }, ReasonInvalidNetwork},
		{"no resource", func(r *FacilitatorRequest) { r.PaymentRequirements.Resource = "" }, ReasonInvalidRequirements},
		{"amount", func(r *FacilitatorRequest) { r.PaymentRequirements.MaxAmountRequired = "99" }, ReasonValueMismatch},
		{"other chain", func(r *FacilitatorRequest) {
			r.PaymentRequirements.Network, r.PaymentPayload.Network = "mycel:7", "mycel:7"
		}, ReasonInvalidNetwork},
		{"deposit", func(r *FacilitatorRequest) {
			d := &ledger.Tx{Type: ledger.TxDeposit, ChainID: 1337, PubKey: k.Public(), Amount: 100}
			r.PaymentPayload.Payload, _ = json.Marshal(ExactPayload{Transaction: "0x" + hexOf(d.Encode()), ValidBefore: "9999999999", Signature: ep.Signature})
		}, ReasonInvalidPayload},
		{"short signature", func(r *FacilitatorRequest) {
			r.PaymentPayload.Payload, _ = json.Marshal(ExactPayload{Transaction: ep.Transaction, ValidBefore: ep.ValidBefore, Signature: "0x00"})
		}, ReasonInvalidPayload},
		{"validBefore not a number", func(r *FacilitatorRequest) {
			r.PaymentPayload.Payload, _ = json.Marshal(ExactPayload{Transaction: ep.Transaction, ValidBefore: "soon", Signature: ep.Signature})
		}, ReasonInvalidPayload},
		{"no payload", func(r *FacilitatorRequest) { r.PaymentPayload.Payload = nil }, ReasonInvalidPayload},
	} {
		r := mk()
		tc.edit(r)
		_, err := CheckExact(r, 1337, time.Now())
		var xe *Error
		if !errors.As(err, &xe) || xe.Reason != tc.reason {
			t.Errorf("%s: %v, want %s", tc.name, err, tc.reason)
		}
	}
	// Expired: the payment comes back with the error.
	e, err = CheckExact(mk(), 1337, time.Now().Add(time.Hour))
	var xe *Error
	if e == nil || !errors.As(err, &xe) || xe.Reason != ReasonExpired {
		t.Fatalf("expired: %v %v", e, err)
	}
}

func hexOf(b []byte) string {
	const digits = "0123456789abcdef"
	out := make([]byte, 2*len(b))
	for i, c := range b {
		out[2*i], out[2*i+1] = digits[c>>4], digits[c&15]
	}
	return string(out)
}

// FuzzCheckExact: any body either fails to decode, or is refused with an
// x402 reason, or is a payment whose transfer matches the requirement.
func FuzzCheckExact(f *testing.F) {
	k := testKey(f, 1)
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: 1337, From: 1, To: 2, Amount: 100, Fee: 1}
	ep, err := NewExactPayload(k, tx, time.Unix(2e9, 0), "http://s/r")
	if err != nil {
		f.Fatal(err)
	}
	raw, _ := json.Marshal(ep)
	req := Price(1337, 2, 100, 0)
	good, _ := json.Marshal(FacilitatorRequest{X402Version: 2, PaymentRequirements: req,
		PaymentPayload: PaymentPayload{X402Version: 2, Resource: &ResourceInfo{URL: "http://s/r"}, Accepted: &req, Payload: raw}})
	f.Add(good)
	f.Add([]byte(`{"x402Version":1,"paymentPayload":{"x402Version":1,"scheme":"exact","network":"mycel:1337","payload":{}},"paymentRequirements":{}}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var r FacilitatorRequest
		if DecodeBody(strings.NewReader(string(body)), &r) != nil {
			return
		}
		e, err := CheckExact(&r, 1337, time.Unix(1e9, 0))
		if err != nil {
			var xe *Error
			if !errors.As(err, &xe) || xe.Reason == "" {
				t.Fatalf("error without a reason: %v", err)
			}
			return
		}
		p, perr := ParseRequirement(&r.PaymentRequirements, 1337)
		if perr != nil || e.Tx.Type != ledger.TxTransfer || e.Tx.Amount != p.Amount || e.Tx.To != p.PayTo || e.Tx.ChainID != 1337 || e.Resource == "" {
			t.Fatalf("accepted a payment that does not match: %+v %+v %v", e.Tx, p, perr)
		}
	})
}
