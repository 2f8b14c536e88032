package x402

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"sync"
	"time"
)

// Price is a requirement of mycel's exact scheme: amount gwei to account
// payTo on the L2 with chain id chainID, to be paid within 60 seconds.
// fee, when non-zero, tells clients the lowest fee the facilitator takes
// (its /supported extra.minFee).
func Price(chainID uint64, payTo uint32, amount, fee uint64) PaymentRequirements {
	r := PaymentRequirements{Scheme: Scheme, Network: Network(chainID), Amount: FormatAmount(amount),
		Asset: AssetNative, PayTo: FormatAccount(payTo), MaxTimeoutSeconds: 60}
	if fee > 0 {
		r.Extra = map[string]any{"minFee": FormatAmount(fee)}
	}
	return r
}

// FormatAmount is an amount as x402 writes it: decimal gwei.
func FormatAmount(v uint64) string { return strconv.FormatUint(v, 10) }

// Paywall is net/http middleware that serves a resource only against a
// payment, verified and settled through a facilitator (a mycel node):
//
//   - no payment: 402 with PAYMENT-REQUIRED (v2) and, as the body, the v1
//     requirements (so that v1 clients can pay too);
//   - a payment header that does not decode: 400 with PAYMENT-REQUIRED;
//   - a payment that is refused (wrong scheme, network, amount, payee or
//     resource, expired, replayed, badly signed, unfunded): 402 with
//     PAYMENT-REQUIRED whose error names the x402 reason;
//   - a valid payment: the handler runs with its response held back; if it
//     answers below 400 the payment is settled, and the response goes out
//     with PAYMENT-RESPONSE (X-PAYMENT-RESPONSE for v1) once the transfer
//     is committed, or a 402 with the failure if it could not be; if it
//     answers 400 or more, nothing is charged.
//
// A payment serves one request: the same transfer presented while it is
// in use here, or after it was settled, is refused (the facilitator says
// ReasonAlreadySettled for a committed one; those in use are tracked here,
// in memory, see reserve). Replicas of a server must
// share one facilitator view: the node's receipt index refuses a settled
// payment everywhere, but two replicas could both accept the same
// payment in the second before it is committed, so route a payer to one.
type Paywall struct {
	facilitator *Facilitator
	accepts     []PaymentRequirements
	resource    ResourceInfo // URL "": each request's own URL
	log         *slog.Logger

	// Confirmation is what settle waits for: ConfirmSoft (the default) or
	// ConfirmL1.
	Confirmation string
	// Now is the clock (tests); nil is time.Now.
	Now func() time.Time

	mu     sync.Mutex
	inUse  map[[32]byte]uint64 // transfers in use here, by hash: validBefore
	pruned uint64              // when inUse was last rid of expired marks (unix seconds)
}

// NewPaywall prices a resource: accepts lists the ways to pay (Price),
// resource describes it (an empty URL is each request's URL:
// scheme://host/path), payments go through f. log may be nil.
func NewPaywall(f *Facilitator, resource ResourceInfo, log *slog.Logger, accepts ...PaymentRequirements) *Paywall {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Paywall{facilitator: f, accepts: accepts, resource: resource, log: log, inUse: map[[32]byte]uint64{}}
}

func (p *Paywall) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

// resourceOf is the resource a request asks for.
func (p *Paywall) resourceOf(r *http.Request) ResourceInfo {
	res := p.resource
	if res.URL == "" {
		scheme := "http"
		if r.TLS != nil {
			scheme = "https"
		}
		res.URL = scheme + "://" + r.Host + r.URL.Path
	}
	return res
}

// Handler wraps next behind the paywall.
func (p *Paywall) Handler(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.serve(w, r, next)
	})
}

func (p *Paywall) serve(w http.ResponseWriter, r *http.Request, next http.Handler) {
	w.Header().Add("Access-Control-Expose-Headers", HeaderPaymentRequired+", "+HeaderPaymentResponse+", "+HeaderPaymentRespV1)
	res := p.resourceOf(r)
	header, version := r.Header.Get(HeaderPaymentSignature), Version
	if header == "" {
		header, version = r.Header.Get(HeaderPaymentV1), VersionV1
	}
	if header == "" {
		p.require(w, http.StatusPaymentRequired, res, HeaderPaymentSignature+" header is required")
		return
	}
	var pay PaymentPayload
	if err := DecodeHeader(header, &pay); err != nil {
		p.require(w, http.StatusBadRequest, res, reasonMessage(err))
		return
	}
	req, e, err := p.match(&pay, version, res)
	if err != nil {
		p.refuse(w, res, err)
		return
	}
	if !p.reserve(e) {
		p.refuse(w, res, errorf(ReasonAlreadySettled, "transaction %s already paid for a request here", e.Transaction()))
		return
	}
	vr, err := p.facilitator.Verify(r.Context(), req)
	if err != nil {
		p.release(e)
		p.log.Error("x402 verify", "err", err)
		http.Error(w, "payment verification failed: the facilitator did not answer", http.StatusInternalServerError)
		return
	}
	if !vr.IsValid {
		p.release(e)
		p.refuse(w, res, &Error{Reason: vr.InvalidReason, Message: vr.InvalidMessage})
		return
	}
	// The handler runs with its answer held back until the payment is
	// settled; an answer of 400 or more costs the client nothing.
	buf := &heldResponse{header: http.Header{}, code: http.StatusOK}
	next.ServeHTTP(buf, r)
	if buf.code >= 400 {
		p.release(e)
		buf.flush(w)
		return
	}
	req.Confirmation = p.Confirmation
	// Settle even if the client hangs up: the handler's work is done.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), 2*time.Minute)
	defer cancel()
	sr, err := p.facilitator.Settle(ctx, req)
	if err != nil {
		// Outcome unknown: the transfer stays marked in use.
		p.log.Error("x402 settle", "tx", e.Transaction(), "err", err)
		http.Error(w, "payment settlement failed: the facilitator did not answer", http.StatusInternalServerError)
		return
	}
	respHeader := HeaderPaymentResponse
	if version == VersionV1 {
		respHeader = HeaderPaymentRespV1
	}
	enc, _ := EncodeHeader(sr)
	if !sr.Success {
		if sr.ErrorReason != ReasonSettleTimeout {
			p.release(e) // a timed-out transfer may still be committed: it stays in use
		}
		w.Header().Set(respHeader, enc)
		p.refuse(w, res, &Error{Reason: sr.ErrorReason, Message: sr.ErrorMessage})
		return
	}
	// Committed: the facilitator refuses it from now on (already settled).
	p.release(e)
	w.Header().Set(respHeader, enc)
	buf.flush(w)
}

// match finds the requirement a payment pays and checks what the server
// can check itself: the version of its header, the terms it accepted, the
// resource, the payload's form. It returns the facilitator request, with
// the server's own requirement (never the client's copy).
func (p *Paywall) match(pay *PaymentPayload, version int, res ResourceInfo) (*FacilitatorRequest, *Exact, error) {
	if pay.X402Version != version {
		return nil, nil, errorf(ReasonInvalidVersion, "x402Version %d in a version %d header (%s for 2, %s for 1)",
			pay.X402Version, version, HeaderPaymentSignature, HeaderPaymentV1)
	}
	scheme, network := pay.SchemeNetwork()
	var req *PaymentRequirements
	for i := range p.accepts {
		if a := &p.accepts[i]; a.Scheme == scheme && a.Network == network {
			req = a
			break
		}
	}
	if req == nil {
		for _, a := range p.accepts {
			if a.Scheme == scheme {
				return nil, nil, errorf(ReasonInvalidNetwork, "network %q is not accepted here (%s)", network, a.Network)
			}
		}
		return nil, nil, errorf(ReasonUnsupportedScheme, "scheme %q on %q is not accepted here", scheme, network)
	}
	fr := &FacilitatorRequest{X402Version: version, PaymentPayload: *pay, PaymentRequirements: *req}
	if version == Version {
		if pay.Accepted == nil {
			return nil, nil, errorf(ReasonInvalidPayload, "a version 2 payment names the requirement it accepted (accepted)")
		}
		if err := MatchAccepted(pay.Accepted, req); err != nil {
			return nil, nil, err
		}
		if pay.Resource == nil || pay.Resource.URL != res.URL {
			got := ""
			if pay.Resource != nil {
				got = pay.Resource.URL
			}
			return nil, nil, errorf(ReasonResourceMismatch, "the payment is for resource %q, this is %q", got, res.URL)
		}
	} else {
		fr.PaymentRequirements = req.V1(res)
	}
	e, err := decodeExact(pay.Payload)
	if err != nil {
		return nil, nil, err
	}
	return fr, e, nil
}

// reserve marks a transfer in use; false if it is already. A mark is
// released when the payment fails or is settled (a facilitator refuses a
// committed transfer for good), and kept until its validBefore when the
// outcome is unknown (the facilitator did not answer, or the transfer was
// still pending): a facilitator refuses an expired payment. Expired marks
// are dropped at most once a second.
func (p *Paywall) reserve(e *Exact) bool {
	now := uint64(max(p.now().Unix(), 0))
	p.mu.Lock()
	defer p.mu.Unlock()
	if now > p.pruned {
		p.pruned = now
		for h, vb := range p.inUse {
			if vb <= now {
				delete(p.inUse, h)
			}
		}
	}
	if _, ok := p.inUse[e.Hash]; ok {
		return false
	}
	p.inUse[e.Hash] = e.ValidBefore
	return true
}

func (p *Paywall) release(e *Exact) {
	p.mu.Lock()
	defer p.mu.Unlock()
	delete(p.inUse, e.Hash)
}

// refuse answers 402 for a refused payment: PAYMENT-REQUIRED with the
// reason as its error.
func (p *Paywall) refuse(w http.ResponseWriter, res ResourceInfo, err error) {
	p.require(w, http.StatusPaymentRequired, res, reasonMessage(err))
}

// reasonMessage is an error as a PaymentRequired error: "reason: message".
func reasonMessage(err error) string {
	var xe *Error
	if !errors.As(err, &xe) {
		return err.Error()
	}
	if xe.Message == "" {
		return xe.Reason
	}
	return xe.Reason + ": " + xe.Message
}

// require answers code with PAYMENT-REQUIRED (v2) and the v1 requirements
// as the JSON body.
func (p *Paywall) require(w http.ResponseWriter, code int, res ResourceInfo, msg string) {
	v2 := PaymentRequired{X402Version: Version, Error: msg, Resource: &res, Accepts: p.accepts}
	v1 := PaymentRequired{X402Version: VersionV1, Error: msg, Accepts: make([]PaymentRequirements, len(p.accepts))}
	for i, a := range p.accepts {
		v1.Accepts[i] = a.V1(res)
	}
	enc, err := EncodeHeader(v2)
	if err == nil {
		w.Header().Set(HeaderPaymentRequired, enc)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v1) //nolint:errcheck // the client may be gone
}

// heldResponse holds a handler's answer until the payment is settled.
type heldResponse struct {
	header http.Header
	code   int
	wrote  bool
	body   bytes.Buffer
}

func (h *heldResponse) Header() http.Header { return h.header }

func (h *heldResponse) WriteHeader(code int) {
	if !h.wrote {
		h.code, h.wrote = code, true
	}
}

func (h *heldResponse) Write(b []byte) (int, error) {
	h.WriteHeader(http.StatusOK)
	return h.body.Write(b)
}

// flush sends the held answer on w (keeping the headers already set on w).
func (h *heldResponse) flush(w http.ResponseWriter) {
	for k, vs := range h.header {
		for _, v := range vs {
			w.Header().Add(k, v)
		}
	}
	w.WriteHeader(h.code)
	w.Write(h.body.Bytes()) //nolint:errcheck // the client may be gone
}
