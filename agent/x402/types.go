package x402

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Protocol versions. Version 2 is spoken; version 1 payments (X-PAYMENT)
// are accepted.
const (
	Version   = 2
	VersionV1 = 1
)

// HTTP headers (x402 HTTP transport, v2 and v1).
const (
	HeaderPaymentRequired  = "PAYMENT-REQUIRED"   // server -> client, with 402: base64 PaymentRequired
	HeaderPaymentSignature = "PAYMENT-SIGNATURE"  // client -> server: base64 PaymentPayload
	HeaderPaymentResponse  = "PAYMENT-RESPONSE"   // server -> client: base64 SettleResponse
	HeaderPaymentV1        = "X-PAYMENT"          // v1 client -> server
	HeaderPaymentRespV1    = "X-PAYMENT-RESPONSE" // v1 server -> client
)

// MaxHeaderBytes bounds an x402 header value (base64) that this package
// decodes; MaxBodyBytes bounds a facilitator request or response body. A
// mycel payment is about 400 bytes of JSON plus the resource URL.
const (
	MaxHeaderBytes = 16 << 10
	MaxBodyBytes   = 64 << 10
)

// Error reasons (x402 specification, "Error Handling"), and mycel's exact
// scheme's own, named as the exact EVM scheme names its.
const (
	ReasonInsufficientFunds       = "insufficient_funds"
	ReasonInvalidNetwork          = "invalid_network"
	ReasonInvalidPayload          = "invalid_payload"
	ReasonInvalidRequirements     = "invalid_payment_requirements"
	ReasonInvalidScheme           = "invalid_scheme"
	ReasonUnsupportedScheme       = "unsupported_scheme"
	ReasonInvalidVersion          = "invalid_x402_version"
	ReasonInvalidTransactionState = "invalid_transaction_state"
	ReasonUnexpectedVerify        = "unexpected_verify_error"
	ReasonUnexpectedSettle        = "unexpected_settle_error"

	// ReasonExpired: the authorization's validBefore has passed.
	ReasonExpired = "invalid_exact_mycel_payload_authorization_valid_before"
	// ReasonValueMismatch: the transfer's amount is not the required amount.
	ReasonValueMismatch = "invalid_exact_mycel_payload_authorization_value_mismatch"
	// ReasonRecipientMismatch: the transfer does not pay payTo.
	ReasonRecipientMismatch = "invalid_exact_mycel_payload_recipient_mismatch"
	// ReasonResourceMismatch: the payment was authorized for another resource.
	ReasonResourceMismatch = "invalid_exact_mycel_payload_resource_mismatch"
	// ReasonSignature: the transfer's or the authorization's signature does
	// not verify under the payer's key.
	ReasonSignature = "invalid_exact_mycel_payload_signature"
	// ReasonUnknownAccount: the payer's (or payee's) account does not exist.
	ReasonUnknownAccount = "invalid_exact_mycel_payload_unknown_account"
	// ReasonAlreadySettled: the transfer is already committed (a replay of
	// a settled payment). Settle answers such a payment with success.
	ReasonAlreadySettled = "invalid_exact_mycel_payload_already_settled"
	// ReasonNonceUsed: another transaction of the payer took the transfer's
	// nonce (committed, or pooled with a higher fee): the payment can never
	// settle.
	ReasonNonceUsed = "invalid_exact_mycel_payload_nonce_used"
	// ReasonNonceTooHigh: the nonce is further ahead of the payer's
	// committed nonce than the mempool holds.
	ReasonNonceTooHigh = "invalid_exact_mycel_payload_nonce_too_high"
	// ReasonFeeTooLow: the transfer's fee is below the node's floor.
	ReasonFeeTooLow = "invalid_exact_mycel_payload_fee_too_low"
	// ReasonSettleTimeout: the transfer was submitted but not confirmed
	// within the requirements' maxTimeoutSeconds (or the node's limit). It
	// may still be committed: a later settle of the same payment says so.
	ReasonSettleTimeout = "invalid_exact_mycel_settlement_timeout"
)

// Error is a payment refused for a reason of the list above, with a
// message for people.
type Error struct {
	Reason  string
	Message string
}

func (e *Error) Error() string {
	if e.Message == "" {
		return "x402: " + e.Reason
	}
	return "x402: " + e.Reason + ": " + e.Message
}

func errorf(reason, format string, args ...any) *Error {
	return &Error{Reason: reason, Message: fmt.Sprintf(format, args...)}
}

// ResourceInfo describes a paid resource.
type ResourceInfo struct {
	URL         string `json:"url"`
	Description string `json:"description,omitempty"`
	MimeType    string `json:"mimeType,omitempty"`
}

// PaymentRequirements is one way to pay (an entry of accepts). Amount is
// v2's field; MaxAmountRequired, Resource, Description and MimeType are
// v1's (v1 has no ResourceInfo), filled only in v1 messages.
type PaymentRequirements struct {
	Scheme            string         `json:"scheme"`
	Network           string         `json:"network"`
	Amount            string         `json:"amount,omitempty"`
	MaxAmountRequired string         `json:"maxAmountRequired,omitempty"`
	Asset             string         `json:"asset"`
	PayTo             string         `json:"payTo"`
	MaxTimeoutSeconds int            `json:"maxTimeoutSeconds"`
	Resource          string         `json:"resource,omitempty"`
	Description       string         `json:"description,omitempty"`
	MimeType          string         `json:"mimeType,omitempty"`
	Extra             map[string]any `json:"extra,omitempty"`
}

// Price is the required amount: Amount (v2), else MaxAmountRequired (v1;
// exact means exactly that much).
func (r *PaymentRequirements) Price() string {
	if r.Amount != "" {
		return r.Amount
	}
	return r.MaxAmountRequired
}

// V1 is r as a v1 entry of accepts for resource res.
func (r PaymentRequirements) V1(res ResourceInfo) PaymentRequirements {
	r.MaxAmountRequired, r.Amount = r.Price(), ""
	r.Resource, r.Description, r.MimeType = res.URL, res.Description, res.MimeType
	return r
}

// PaymentRequired is what a server answers with 402 (v2: in the
// PAYMENT-REQUIRED header; v1: as the body, without Resource).
type PaymentRequired struct {
	X402Version int                   `json:"x402Version"`
	Error       string                `json:"error,omitempty"`
	Resource    *ResourceInfo         `json:"resource,omitempty"`
	Accepts     []PaymentRequirements `json:"accepts"`
	Extensions  map[string]any        `json:"extensions,omitempty"`
}

// PaymentPayload is a client's payment (v2: the PAYMENT-SIGNATURE header,
// with Resource and Accepted; v1: the X-PAYMENT header, with Scheme and
// Network). Payload is the scheme's; for mycel's exact scheme an
// ExactPayload.
type PaymentPayload struct {
	X402Version int                  `json:"x402Version"`
	Resource    *ResourceInfo        `json:"resource,omitempty"`
	Accepted    *PaymentRequirements `json:"accepted,omitempty"`
	Scheme      string               `json:"scheme,omitempty"`
	Network     string               `json:"network,omitempty"`
	Payload     json.RawMessage      `json:"payload"`
	Extensions  map[string]any       `json:"extensions,omitempty"`
}

// SchemeNetwork is the payment's scheme and network in either version.
func (p *PaymentPayload) SchemeNetwork() (scheme, network string) {
	if p.Accepted != nil {
		return p.Accepted.Scheme, p.Accepted.Network
	}
	return p.Scheme, p.Network
}

// FacilitatorRequest is the body of POST /verify and POST /settle.
// Confirmation is mycel's: "soft" (the default: the transfer is committed
// in an L2 block) or "l1" (its batch is committed on L1); settle answers
// once the transfer has it.
type FacilitatorRequest struct {
	X402Version         int                 `json:"x402Version"`
	PaymentPayload      PaymentPayload      `json:"paymentPayload"`
	PaymentRequirements PaymentRequirements `json:"paymentRequirements"`
	Confirmation        string              `json:"confirmation,omitempty"`
}

// Confirmation levels of a settle.
const (
	ConfirmSoft = "soft"
	ConfirmL1   = "l1"
)

// VerifyResponse is the answer of /verify. InvalidMessage is mycel's: what
// was wrong, for people.
type VerifyResponse struct {
	IsValid        bool   `json:"isValid"`
	InvalidReason  string `json:"invalidReason,omitempty"`
	InvalidMessage string `json:"invalidMessage,omitempty"`
	Payer          string `json:"payer,omitempty"`
}

// SettleResponse is the answer of /settle and the PAYMENT-RESPONSE header.
// ErrorMessage and Height (the L2 block that committed the transfer) are
// mycel's.
type SettleResponse struct {
	Success      bool           `json:"success"`
	ErrorReason  string         `json:"errorReason,omitempty"`
	ErrorMessage string         `json:"errorMessage,omitempty"`
	Payer        string         `json:"payer,omitempty"`
	Transaction  string         `json:"transaction"`
	Network      string         `json:"network"`
	Amount       string         `json:"amount,omitempty"`
	Height       uint64         `json:"height,omitempty"`
	Extensions   map[string]any `json:"extensions,omitempty"`
}

// SupportedKind is a (version, scheme, network) a facilitator settles.
type SupportedKind struct {
	X402Version int            `json:"x402Version"`
	Scheme      string         `json:"scheme"`
	Network     string         `json:"network"`
	Extra       map[string]any `json:"extra,omitempty"`
}

// SupportedResponse is the answer of GET /supported.
type SupportedResponse struct {
	Kinds      []SupportedKind     `json:"kinds"`
	Extensions []string            `json:"extensions"`
	Signers    map[string][]string `json:"signers"`
}

// EncodeHeader is v as an x402 header value: base64 (standard, padded) of
// its JSON.
func EncodeHeader(v any) (string, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(b), nil
}

// DecodeHeader parses an x402 header value into v: at most MaxHeaderBytes
// of base64 (padded or not) holding one JSON value. Errors are
// ReasonInvalidPayload.
func DecodeHeader(s string, v any) error {
	if len(s) > MaxHeaderBytes {
		return errorf(ReasonInvalidPayload, "header of %d bytes is over the %d-byte limit", len(s), MaxHeaderBytes)
	}
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		var err2 error
		if raw, err2 = base64.RawStdEncoding.DecodeString(s); err2 != nil {
			return errorf(ReasonInvalidPayload, "header is not base64: %v", err)
		}
	}
	if err := decodeJSON(raw, v); err != nil {
		return errorf(ReasonInvalidPayload, "header is not the expected JSON: %v", err)
	}
	return nil
}

// decodeJSON parses exactly one JSON value from b into v.
func decodeJSON(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("data after the JSON value")
	}
	return nil
}

// DecodeBody parses a facilitator body of at most MaxBodyBytes from r.
func DecodeBody(r io.Reader, v any) error {
	b, err := io.ReadAll(io.LimitReader(r, MaxBodyBytes+1))
	if err != nil {
		return err
	}
	if len(b) > MaxBodyBytes {
		return errorf(ReasonInvalidPayload, "body over the %d-byte limit", MaxBodyBytes)
	}
	if err := decodeJSON(b, v); err != nil {
		return errorf(ReasonInvalidPayload, "body is not the expected JSON: %v", err)
	}
	return nil
}
