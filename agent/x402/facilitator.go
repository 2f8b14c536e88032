package x402

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// Facilitator is a client of an x402 facilitator: URL/verify, URL/settle
// and URL/supported. A mycel node is one at <node RPC URL>/x402
// (NodeFacilitator).
type Facilitator struct {
	URL  string       // base URL, without the trailing slash
	HTTP *http.Client // nil: a client with a 60 s timeout
}

// NewFacilitator returns a client of the facilitator at url.
func NewFacilitator(url string) *Facilitator {
	return &Facilitator{URL: strings.TrimSuffix(url, "/")}
}

// NodeFacilitator returns a client of the facilitator a mycel node serves
// on its JSON-RPC listener (nodeURL, e.g. http://127.0.0.1:8645).
func NodeFacilitator(nodeURL string) *Facilitator {
	return NewFacilitator(strings.TrimSuffix(nodeURL, "/") + "/x402")
}

var defaultHTTP = &http.Client{Timeout: 60 * time.Second}

func (f *Facilitator) client() *http.Client {
	if f.HTTP != nil {
		return f.HTTP
	}
	return defaultHTTP
}

// Verify asks whether a payment is valid. A payment the facilitator
// refuses is a response with IsValid false; an error means no answer (the
// facilitator unreachable, over its rate, failing).
func (f *Facilitator) Verify(ctx context.Context, req *FacilitatorRequest) (*VerifyResponse, error) {
	var out VerifyResponse
	if err := f.post(ctx, "/verify", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Settle has a payment settled: it returns once the facilitator answers
// (a mycel node: once the transfer is committed). A refused or failed
// settlement is a response with Success false.
func (f *Facilitator) Settle(ctx context.Context, req *FacilitatorRequest) (*SettleResponse, error) {
	var out SettleResponse
	if err := f.post(ctx, "/settle", req, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Supported lists what the facilitator settles.
func (f *Facilitator) Supported(ctx context.Context) (*SupportedResponse, error) {
	hreq, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL+"/supported", nil)
	if err != nil {
		return nil, err
	}
	var out SupportedResponse
	if err := f.do(hreq, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func (f *Facilitator) post(ctx context.Context, path string, req *FacilitatorRequest, out any) error {
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	hreq, err := http.NewRequestWithContext(ctx, http.MethodPost, f.URL+path, bytes.NewReader(body))
	if err != nil {
		return err
	}
	hreq.Header.Set("Content-Type", "application/json")
	return f.do(hreq, out)
}

// do sends hreq and parses the answer. 200 is an answer; so are 400 and
// 413 with a body of the answer's shape (the facilitator refused the
// request: a malformed payment). Anything else is an error.
func (f *Facilitator) do(hreq *http.Request, out any) error {
	resp, err := f.client().Do(hreq)
	if err != nil {
		return fmt.Errorf("x402 facilitator %s: %w", hreq.URL, err)
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK, http.StatusBadRequest, http.StatusRequestEntityTooLarge:
		if err := DecodeBody(resp.Body, out); err != nil {
			return fmt.Errorf("x402 facilitator %s answered %s: %w", hreq.URL, resp.Status, err)
		}
		return nil
	}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
	msg := strings.TrimSpace(string(b))
	if ra := resp.Header.Get("Retry-After"); ra != "" {
		msg += " (retry after " + ra + "s)"
	}
	return fmt.Errorf("x402 facilitator %s answered %s: %s", hreq.URL, resp.Status, msg)
}
