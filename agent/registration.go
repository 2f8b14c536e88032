package agent

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// RegistrationType is the `type` of an ERC-8004 registration file (the
// JSON an agent's agentURI resolves to), draft of 2026-01-25.
const RegistrationType = "https://eips.ethereum.org/EIPS/eip-8004#registration-v1"

// WellKnownRegistrationPath is where a domain serves its agents'
// registration file (ERC-8004's optional domain proof); a mycel node
// serves its operator's there.
const WellKnownRegistrationPath = "/.well-known/agent-registration.json"

// Service names a mycel operator's registration file lists besides the
// ERC-8004 ones (web, A2A, MCP, OASF, ENS, DID, email): custom names are
// allowed by the draft.
const (
	// ServiceJSONRPC is the node's public JSON-RPC (docs/rpc.md).
	ServiceJSONRPC = "mycel-jsonrpc"
	// ServiceLibp2p is the node's libp2p multiaddr with its peer id, for
	// the transaction gossip (docs/p2p.md).
	ServiceLibp2p = "mycel-libp2p"
	// ServiceMCP is ERC-8004's name for an MCP server.
	ServiceMCP = "MCP"
	// ServiceX402 is the node's x402 facilitator (/x402/verify, /settle,
	// /supported).
	ServiceX402 = "x402-facilitator"
)

// Trust models a registration file may list (supportedTrust).
const (
	TrustReputation     = "reputation"
	TrustCryptoEconomic = "crypto-economic"
	TrustTEE            = "tee-attestation"
)

// Service is one entry of a registration file's services.
type Service struct {
	Name     string `json:"name"`
	Endpoint string `json:"endpoint"`
	Version  string `json:"version,omitempty"`
}

// Registration is one on-chain registration of the agent: its agentId in
// the identity registry named "eip155:<chain id>:<address>".
type Registration struct {
	AgentID       *big.Int `json:"agentId"`
	AgentRegistry string   `json:"agentRegistry"`
}

// RegistrationFile is an ERC-8004 registration file (registration-v1).
type RegistrationFile struct {
	Type           string         `json:"type"`
	Name           string         `json:"name"`
	Description    string         `json:"description"`
	Image          string         `json:"image,omitempty"`
	Services       []Service      `json:"services"`
	X402Support    bool           `json:"x402Support"`
	Active         bool           `json:"active"`
	Registrations  []Registration `json:"registrations,omitempty"`
	SupportedTrust []string       `json:"supportedTrust,omitempty"`
}

// RegistryName is ERC-8004's name of an identity registry:
// "eip155:<chain id>:<address>" (CAIP-10 style, address checksummed).
func RegistryName(chainID uint64, registry common.Address) string {
	return fmt.Sprintf("eip155:%d:%s", chainID, registry.Hex())
}

// Limits on what Validate accepts, so that a hostile file cannot make a
// reader hold or print megabytes.
const (
	MaxRegistrationBytes = 64 << 10
	maxServices          = 32
	maxTextLen           = 2048
)

// ErrBadRegistration is wrapped by every Validate and ParseRegistration
// error.
var ErrBadRegistration = errors.New("agent: bad ERC-8004 registration file")

// Validate checks f against the registration-v1 shape: the type, a name,
// services with a name and an endpoint (URLs absolute http(s) for the web
// services mycel lists), registrations named eip155:<chain>:<address>,
// known trust models, and sizes.
func (f *RegistrationFile) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrBadRegistration, fmt.Sprintf(format, args...))
	}
	switch {
	case f.Type != RegistrationType:
		return bad("type %q, want %q", f.Type, RegistrationType)
	case strings.TrimSpace(f.Name) == "":
		return bad("no name")
	case len(f.Name) > maxTextLen || len(f.Description) > maxTextLen || len(f.Image) > maxTextLen:
		return bad("name, description or image longer than %d bytes", maxTextLen)
	case len(f.Services) > maxServices:
		return bad("%d services, at most %d", len(f.Services), maxServices)
	}
	for i, s := range f.Services {
		if s.Name == "" || s.Endpoint == "" {
			return bad("service %d: name and endpoint are required", i)
		}
		if len(s.Endpoint) > maxTextLen || len(s.Name) > 64 || len(s.Version) > 64 {
			return bad("service %d: too long", i)
		}
		switch s.Name {
		case ServiceJSONRPC, ServiceMCP, ServiceX402, "web", "A2A":
			u, err := url.Parse(s.Endpoint)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
				return bad("service %d (%s): endpoint %q is not an absolute http(s) URL", i, s.Name, s.Endpoint)
			}
		case ServiceLibp2p:
			if !strings.HasPrefix(s.Endpoint, "/") || !strings.Contains(s.Endpoint, "/p2p/") {
				return bad("service %d (%s): endpoint %q is not a multiaddr with a /p2p/ peer id", i, s.Name, s.Endpoint)
			}
		}
	}
	for i, r := range f.Registrations {
		if r.AgentID == nil || r.AgentID.Sign() < 0 {
			return bad("registration %d: no agentId", i)
		}
		parts := strings.Split(r.AgentRegistry, ":")
		if len(parts) != 3 || parts[0] != "eip155" || !common.IsHexAddress(parts[2]) {
			return bad("registration %d: agentRegistry %q is not eip155:<chain id>:<address>", i, r.AgentRegistry)
		}
		if _, ok := new(big.Int).SetString(parts[1], 10); !ok {
			return bad("registration %d: agentRegistry %q: chain id is not a number", i, r.AgentRegistry)
		}
	}
	for _, t := range f.SupportedTrust {
		if t != TrustReputation && t != TrustCryptoEconomic && t != TrustTEE {
			return bad("unknown trust model %q", t)
		}
	}
	return nil
}

// Service returns the endpoint of the first service named name.
func (f *RegistrationFile) Service(name string) (string, bool) {
	for _, s := range f.Services {
		if s.Name == name {
			return s.Endpoint, true
		}
	}
	return "", false
}

// ParseRegistration decodes and validates a registration file (at most
// MaxRegistrationBytes; unknown fields are allowed, as the draft lets
// files carry more).
func ParseRegistration(b []byte) (*RegistrationFile, error) {
	if len(b) > MaxRegistrationBytes {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrBadRegistration, len(b), MaxRegistrationBytes)
	}
	var f RegistrationFile
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadRegistration, err)
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	return &f, nil
}

// NodeRegistration describes a mycel operator's node for its registration
// file.
type NodeRegistration struct {
	Name, Description, Image string
	// RPC is the node's public JSON-RPC URL; P2P its libp2p multiaddr with
	// /p2p/<peer id>; MCP and X402 the optional agent endpoints.
	RPC, P2P, MCP, X402 string
	// AgentID and the identity registry (IdentityChainID, IdentityRegistry)
	// name the operator's ERC-8004 identity; a nil AgentID lists none (a
	// human operator, or an agent not registered yet).
	AgentID          *big.Int
	IdentityChainID  uint64
	IdentityRegistry common.Address
}

// NewNodeRegistration builds and validates the registration file of a
// mycel operator: its node's services, the "reputation" and
// "crypto-economic" trust models (feedback in the ReputationRegistry, stake
// slashable on L1), and its identity.
func NewNodeRegistration(n NodeRegistration) (*RegistrationFile, error) {
	f := &RegistrationFile{
		Type: RegistrationType, Name: n.Name, Description: n.Description, Image: n.Image,
		X402Support: n.X402 != "", Active: true,
		SupportedTrust: []string{TrustReputation, TrustCryptoEconomic},
	}
	if f.Description == "" {
		f.Description = "mycel sequencer operator: orders L2 transactions, attests batches to Ethereum, stake slashable on L1"
	}
	add := func(name, endpoint, version string) {
		if endpoint != "" {
			f.Services = append(f.Services, Service{Name: name, Endpoint: endpoint, Version: version})
		}
	}
	add(ServiceJSONRPC, n.RPC, "1")
	add(ServiceLibp2p, n.P2P, "")
	add(ServiceMCP, n.MCP, "2025-06-18")
	add(ServiceX402, n.X402, "2")
	if n.AgentID != nil {
		f.Registrations = []Registration{{AgentID: new(big.Int).Set(n.AgentID),
			AgentRegistry: RegistryName(n.IdentityChainID, n.IdentityRegistry)}}
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	return f, nil
}
