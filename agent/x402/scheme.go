package x402

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/crypto/sha3"

	"github.com/mycel-network/mycel/ledger"
)

// Mycel's exact scheme (docs/protocol.md, "x402 on mycel").
const (
	// Scheme is the only scheme mycel settles: a transfer of exactly the
	// required amount.
	Scheme = "exact"
	// NetworkNamespace is mycel's CAIP-2 namespace; the reference is the
	// L2 chain id in decimal: "mycel:1337".
	NetworkNamespace = "mycel"
	// AssetNative is the asset field of a requirement: the L2's native
	// asset (ETH, counted in gwei), the only one.
	AssetNative = "native"
)

// Network is the CAIP-2 id of the mycel L2 with chain id chainID.
func Network(chainID uint64) string { return NetworkNamespace + ":" + strconv.FormatUint(chainID, 10) }

// ParseNetwork reads "mycel:<chain id>" (decimal, canonical, non-zero).
func ParseNetwork(s string) (uint64, error) {
	ref, ok := strings.CutPrefix(s, NetworkNamespace+":")
	if !ok {
		return 0, fmt.Errorf("network %q is not mycel:<chain id>", s)
	}
	id, err := parseDecimal(ref)
	if err != nil || id == 0 {
		return 0, fmt.Errorf("network %q: the chain id must be a non-zero decimal integer", s)
	}
	return id, nil
}

// parseDecimal reads a canonical unsigned decimal: digits only, no sign,
// no leading zero (so every value has one spelling), at most 2^64-1.
func parseDecimal(s string) (uint64, error) {
	if s == "" || (len(s) > 1 && s[0] == '0') || strings.TrimLeft(s, "0123456789") != "" {
		return 0, fmt.Errorf("%q is not a canonical decimal integer", s)
	}
	return strconv.ParseUint(s, 10, 64)
}

// FormatAccount is an account index as x402 writes an address (payTo,
// payer): decimal.
func FormatAccount(index uint32) string { return strconv.FormatUint(uint64(index), 10) }

// ParseAccount reads an account index written by FormatAccount. The fee
// vault (account 0) can neither pay nor be paid.
func ParseAccount(s string) (uint32, error) {
	v, err := parseDecimal(s)
	if err != nil || v > 1<<32-1 {
		return 0, fmt.Errorf("account %q is not an account index (decimal, below 2^32)", s)
	}
	if uint32(v) == ledger.FeeVaultIndex {
		return 0, fmt.Errorf("account %q is the fee vault, which cannot take payments", s)
	}
	return uint32(v), nil
}

// ParseAmount reads an amount in gwei: canonical decimal in [1, MaxAmount].
func ParseAmount(s string) (uint64, error) {
	v, err := parseDecimal(s)
	if err != nil || v == 0 || v > ledger.MaxAmount {
		return 0, fmt.Errorf("amount %q is not a decimal number of gwei in [1, %d]", s, ledger.MaxAmount)
	}
	return v, nil
}

// ExactPayload is the payload of mycel's exact scheme.
type ExactPayload struct {
	// Transaction is the transfer's canonical encoding (docs/protocol.md
	// section 4), 0x-prefixed hex.
	Transaction string `json:"transaction"`
	// ValidBefore is when the payment expires, in unix seconds (decimal):
	// facilitators neither verify nor settle it from then on.
	ValidBefore string `json:"validBefore"`
	// Signature is the payer's signature (64 bytes, 0x-prefixed hex) over
	// AuthorizationHash.
	Signature string `json:"signature"`
}

// authDomain starts every x402 authorization message: the ASCII bytes of
// "mycel.x402.v1" read as a big-endian integer (as "mycel.tx.v1" starts a
// transaction's), so that no authorization is ever a transaction's or an
// exit's signing message.
var authDomain = fieldBytes([]byte("mycel.x402.v1"))

// fieldBytes is b (at most 31 bytes) as a field element: big-endian,
// right-aligned.
func fieldBytes(b []byte) ledger.Hash {
	var h ledger.Hash
	copy(h[32-len(b):], b)
	return h
}

func fieldU64(v uint64) ledger.Hash {
	var h ledger.Hash
	binary.BigEndian.PutUint64(h[24:], v)
	return h
}

// AuthorizationDomain is the first element of every authorization message.
func AuthorizationDomain() ledger.Hash { return authDomain }

// AuthorizationHash is the message a payer signs beside the transfer:
//
//	Poseidon2-MD(domain, tx.SigningHash(), validBefore, r_hi, r_lo)
//
// with r = keccak256(resource URL) split into its high and low 16 bytes.
// The transfer's signing hash binds chain, payer, payee, amount, fee and
// nonce; the rest binds the expiry and the resource.
func AuthorizationHash(tx *ledger.Tx, validBefore uint64, resource string) ledger.Hash {
	var r [32]byte
	k := sha3.NewLegacyKeccak256()
	k.Write([]byte(resource))
	k.Sum(r[:0])
	return ledger.HashElements(authDomain, tx.SigningHash(), fieldU64(validBefore), fieldBytes(r[:16]), fieldBytes(r[16:]))
}

// NewExactPayload signs tx (a transfer; its signature is filled in) and the
// authorization for resource until validBefore.
func NewExactPayload(key *ledger.PrivateKey, tx *ledger.Tx, validBefore time.Time, resource string) (ExactPayload, error) {
	if tx.Type != ledger.TxTransfer {
		return ExactPayload{}, fmt.Errorf("x402: a mycel payment is a transfer, not a %s", tx.Type)
	}
	if err := tx.Sign(key); err != nil {
		return ExactPayload{}, err
	}
	vb := uint64(max(validBefore.Unix(), 0))
	sig, err := key.SignHash(AuthorizationHash(tx, vb, resource))
	if err != nil {
		return ExactPayload{}, err
	}
	return ExactPayload{Transaction: "0x" + hex.EncodeToString(tx.Encode()),
		ValidBefore: strconv.FormatUint(vb, 10), Signature: "0x" + hex.EncodeToString(sig[:])}, nil
}

// Exact is a payment of mycel's exact scheme that passed CheckExact.
type Exact struct {
	Tx          *ledger.Tx
	Raw         []byte   // the transfer's encoding
	Hash        [32]byte // the transfer's hash (keccak256 of Raw): the x402 transaction
	ValidBefore uint64
	Resource    string // the URL the payment is authorized for
	Signature   [ledger.SignatureSize]byte
	Network     string
}

// Payer is the paying account as x402 names it.
func (e *Exact) Payer() string { return FormatAccount(e.Tx.From) }

// Transaction is the transfer's hash as x402 names it (0x hex).
func (e *Exact) Transaction() string { return "0x" + hex.EncodeToString(e.Hash[:]) }

// VerifySignatures checks the transfer's and the authorization's
// signatures under the payer's key pk (ReasonSignature). The transfer's
// goes through v when given (a node's signature cache, so that the mempool
// does not verify it again).
func (e *Exact) VerifySignatures(pk ledger.PublicKey, v ledger.SigVerifier) error {
	var err error
	if v != nil {
		err = v.VerifyTx(e.Tx, pk)
	} else {
		err = ledger.VerifyHash(pk, e.Tx.SigningHash(), e.Tx.Signature)
	}
	if err != nil {
		return errorf(ReasonSignature, "the transfer is not signed by account %d's key: %v", e.Tx.From, err)
	}
	if err := ledger.VerifyHash(pk, AuthorizationHash(e.Tx, e.ValidBefore, e.Resource), e.Signature); err != nil {
		return errorf(ReasonSignature, "the authorization (resource %q, validBefore %d) is not signed by account %d's key: %v",
			e.Resource, e.ValidBefore, e.Tx.From, err)
	}
	return nil
}

// Requirement is a requirement of mycel's exact scheme, parsed.
type Requirement struct {
	ChainID uint64
	Amount  uint64
	PayTo   uint32
}

// ParseRequirement checks that r is mycel's exact scheme on chainID (a
// chainID of 0 takes the network's) and parses it. Errors are *Error:
// ReasonUnsupportedScheme, ReasonInvalidNetwork, ReasonInvalidRequirements.
func ParseRequirement(r *PaymentRequirements, chainID uint64) (Requirement, error) {
	if r.Scheme != Scheme {
		return Requirement{}, errorf(ReasonUnsupportedScheme, "scheme %q: mycel settles %q only", r.Scheme, Scheme)
	}
	id, err := ParseNetwork(r.Network)
	if err != nil {
		return Requirement{}, &Error{ReasonInvalidNetwork, err.Error()}
	}
	if chainID != 0 && id != chainID {
		return Requirement{}, errorf(ReasonInvalidNetwork, "network %s: this node settles on %s", r.Network, Network(chainID))
	}
	if r.Asset != AssetNative {
		return Requirement{}, errorf(ReasonInvalidRequirements, "asset %q: mycel's only asset is %q", r.Asset, AssetNative)
	}
	amount, err := ParseAmount(r.Price())
	if err != nil {
		return Requirement{}, &Error{ReasonInvalidRequirements, err.Error()}
	}
	payTo, err := ParseAccount(r.PayTo)
	if err != nil {
		return Requirement{}, &Error{ReasonInvalidRequirements, "payTo: " + err.Error()}
	}
	if r.MaxTimeoutSeconds < 0 {
		return Requirement{}, errorf(ReasonInvalidRequirements, "maxTimeoutSeconds %d is negative", r.MaxTimeoutSeconds)
	}
	return Requirement{ChainID: id, Amount: amount, PayTo: payTo}, nil
}

// MatchAccepted checks that the terms a v2 payment says it accepted are
// the requirement's (ReasonInvalidScheme, ReasonInvalidNetwork,
// ReasonValueMismatch, ReasonRecipientMismatch, ReasonInvalidPayload).
func MatchAccepted(accepted, req *PaymentRequirements) error {
	switch {
	case accepted.Scheme != req.Scheme:
		return errorf(ReasonInvalidScheme, "the payment is for scheme %q, the requirement is %q", accepted.Scheme, req.Scheme)
	case accepted.Network != req.Network:
		return errorf(ReasonInvalidNetwork, "the payment is for network %q, the requirement is %q", accepted.Network, req.Network)
	case accepted.Asset != req.Asset:
		return errorf(ReasonInvalidPayload, "the payment is in asset %q, the requirement is %q", accepted.Asset, req.Asset)
	case accepted.Price() != req.Price():
		return errorf(ReasonValueMismatch, "the payment accepted amount %q, the requirement is %q", accepted.Price(), req.Price())
	case accepted.PayTo != req.PayTo:
		return errorf(ReasonRecipientMismatch, "the payment accepted payTo %q, the requirement is %q", accepted.PayTo, req.PayTo)
	}
	return nil
}

// CheckExact runs every check of a payment that needs no state, in the
// order of docs/protocol.md: versions, the requirements (scheme, network
// on chainID, asset, amount, payTo), the terms the payment accepted, the
// payload (the transfer's encoding, validBefore, the signature's form),
// then the transfer against the requirements (chain, payee, amount) and
// the expiry against now. The signatures and the state (the payer's key,
// nonce and balance) are the facilitator's to check. Errors are *Error; an
// expired payment (ReasonExpired) is returned with its error, every other
// error returns none.
func CheckExact(req *FacilitatorRequest, chainID uint64, now time.Time) (*Exact, error) {
	v := req.X402Version
	if v != Version && v != VersionV1 {
		return nil, errorf(ReasonInvalidVersion, "x402Version %d: versions 2 and 1 are spoken", v)
	}
	p := &req.PaymentPayload
	if p.X402Version != v {
		return nil, errorf(ReasonInvalidVersion, "the payment is x402Version %d, the request %d", p.X402Version, v)
	}
	r, err := ParseRequirement(&req.PaymentRequirements, chainID)
	if err != nil {
		return nil, err
	}
	resource := req.PaymentRequirements.Resource
	if v == Version {
		if p.Accepted == nil {
			return nil, errorf(ReasonInvalidPayload, "a version 2 payment names the requirement it accepted (accepted)")
		}
		if err := MatchAccepted(p.Accepted, &req.PaymentRequirements); err != nil {
			return nil, err
		}
		if p.Resource == nil || p.Resource.URL == "" {
			return nil, errorf(ReasonInvalidPayload, "a version 2 payment names its resource (resource.url)")
		}
		resource = p.Resource.URL
	} else {
		if p.Scheme != req.PaymentRequirements.Scheme {
			return nil, errorf(ReasonInvalidScheme, "the payment is for scheme %q, the requirement is %q", p.Scheme, req.PaymentRequirements.Scheme)
		}
		if p.Network != req.PaymentRequirements.Network {
			return nil, errorf(ReasonInvalidNetwork, "the payment is for network %q, the requirement is %q", p.Network, req.PaymentRequirements.Network)
		}
		if resource == "" {
			return nil, errorf(ReasonInvalidRequirements, "a version 1 requirement names its resource")
		}
	}
	e, err := decodeExact(p.Payload)
	if err != nil {
		return nil, err
	}
	e.Resource, e.Network = resource, req.PaymentRequirements.Network
	switch tx := e.Tx; {
	case tx.ChainID != r.ChainID:
		return nil, errorf(ReasonInvalidNetwork, "the transfer is for chain %d, the requirement for %s", tx.ChainID, req.PaymentRequirements.Network)
	case tx.To != r.PayTo:
		return nil, errorf(ReasonRecipientMismatch, "the transfer pays account %d, the requirement is payTo %d", tx.To, r.PayTo)
	case tx.Amount != r.Amount:
		return nil, errorf(ReasonValueMismatch, "the transfer is of %d gwei, the requirement is exactly %d", tx.Amount, r.Amount)
	case e.ValidBefore <= uint64(max(now.Unix(), 0)):
		// The payment comes back with the error: a facilitator answers a
		// settle of an expired payment that is already committed with
		// success (settle is idempotent).
		return e, errorf(ReasonExpired, "the payment expired at %d (validBefore), it is %d", e.ValidBefore, now.Unix())
	}
	return e, nil
}

// decodeExact parses an ExactPayload strictly (no unknown fields) and the
// transfer in it (ReasonInvalidPayload).
func decodeExact(raw json.RawMessage) (*Exact, error) {
	if len(raw) == 0 {
		return nil, errorf(ReasonInvalidPayload, "no payload")
	}
	var ep ExactPayload
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ep); err != nil {
		return nil, errorf(ReasonInvalidPayload, "payload is not {transaction, validBefore, signature}: %v", err)
	}
	txb, err := decodeHex(ep.Transaction)
	if err != nil {
		return nil, errorf(ReasonInvalidPayload, "transaction: %v", err)
	}
	tx, err := ledger.DecodeTx(txb)
	if err != nil {
		return nil, errorf(ReasonInvalidPayload, "transaction: %v", err)
	}
	if tx.Type != ledger.TxTransfer {
		return nil, errorf(ReasonInvalidPayload, "transaction is a %s; a payment is a transfer", tx.Type)
	}
	vb, err := parseDecimal(ep.ValidBefore)
	if err != nil {
		return nil, errorf(ReasonInvalidPayload, "validBefore: %v (unix seconds)", err)
	}
	sigb, err := decodeHex(ep.Signature)
	if err != nil || len(sigb) != ledger.SignatureSize {
		return nil, errorf(ReasonInvalidPayload, "signature: want %d bytes of 0x-hex", ledger.SignatureSize)
	}
	e := &Exact{Tx: tx, Raw: txb, Hash: tx.Hash(), ValidBefore: vb}
	copy(e.Signature[:], sigb)
	return e, nil
}

func decodeHex(s string) ([]byte, error) {
	h, ok := strings.CutPrefix(s, "0x")
	if !ok {
		return nil, errors.New("want 0x-prefixed hex")
	}
	if len(h) > 2*ledger.MaxTxSize {
		return nil, fmt.Errorf("%d hex digits is too long", len(h))
	}
	return hex.DecodeString(h)
}
