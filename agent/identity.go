package agent

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// maxAgentURILen bounds an agentURI this package writes (the registry
// takes any; readers fetch at most MaxRegistrationBytes from it).
const maxAgentURILen = 2048

// AgentWalletValidity is how long an agentWallet signature made by
// SetAgentWallet is valid: under the registry's five-minute maximum.
const AgentWalletValidity = 4 * time.Minute

// AgentRegistered is a new ERC-8004 identity.
type AgentRegistered struct {
	L1Tx
	AgentID *big.Int       `json:"agent_id"`
	Owner   common.Address `json:"owner"`
	URI     string         `json:"agent_uri"`
	// Registry is the identity registry's ERC-8004 name,
	// eip155:<chain id>:<address>, for the registration file's
	// registrations entry.
	Registry string `json:"agent_registry"`
}

// RegisterAgent registers a new ERC-8004 identity owned by the L1 key,
// with agentURI, the URL of its registration file (RegistrationFile;
// empty: none yet, set it with SetAgentURI). Its agentWallet starts as
// the owner.
func (c *Client) RegisterAgent(ctx context.Context, agentURI string) (*AgentRegistered, error) {
	if len(agentURI) > maxAgentURILen {
		return nil, fmt.Errorf("%w: agent URI of %d bytes, at most %d", ErrBadTerms, len(agentURI), maxAgentURILen)
	}
	if err := c.needL1Key("identity registration"); err != nil {
		return nil, err
	}
	reg, err := c.contract(ctx, "identity")
	if err != nil {
		return nil, err
	}
	ir := bindings.NewAgentIdentityRegistry()
	data := ir.PackRegister1(agentURI)
	if agentURI == "" {
		data = ir.PackRegister()
	}
	rcpt, err := c.sendL1To(ctx, reg, identityRules, "identity registration", data, nil)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, reg, ir.UnpackRegisteredEvent)
	if !ok {
		return nil, fmt.Errorf("identity registration %s: mined without a Registered event", rcpt.TxHash)
	}
	return &AgentRegistered{L1Tx: l1TxOf(rcpt), AgentID: ev.AgentId, Owner: ev.Owner, URI: ev.AgentURI,
		Registry: RegistryName(c.l1ChainID.Uint64(), reg)}, nil
}

// SetAgentURI points identity agentID at a new registration file (owner
// or approved only).
func (c *Client) SetAgentURI(ctx context.Context, agentID *big.Int, agentURI string) (*L1Tx, error) {
	if len(agentURI) > maxAgentURILen {
		return nil, fmt.Errorf("%w: agent URI of %d bytes, at most %d", ErrBadTerms, len(agentURI), maxAgentURILen)
	}
	reg, err := c.contract(ctx, "identity")
	if err != nil {
		return nil, err
	}
	rcpt, err := c.sendL1To(ctx, reg, identityRules, "agent URI update", bindings.NewAgentIdentityRegistry().PackSetAgentURI(agentID, agentURI), nil)
	if err != nil {
		return nil, err
	}
	t := l1TxOf(rcpt)
	return &t, nil
}

// AgentWalletSignature is the new wallet's EIP-712 AgentWalletSet
// approval that setAgentWallet takes: made by the wallet's key, possibly
// elsewhere (SignAgentWallet), and sent by the identity's owner.
type AgentWalletSignature struct {
	AgentID  *big.Int       `json:"agent_id"`
	Wallet   common.Address `json:"wallet"`
	Owner    common.Address `json:"owner"`
	Deadline uint64         `json:"deadline"`
	Sig      []byte         `json:"signature"`
}

// SignAgentWallet signs, with walletKey, its approval to become the
// agentWallet of agentID while `owner` owns it, valid until deadline
// (unix seconds: at most five minutes after the L1 block that includes
// it). registry and l1ChainID name the identity registry.
func SignAgentWallet(walletKey *ecdsa.PrivateKey, l1ChainID *big.Int, registry common.Address, agentID *big.Int, owner common.Address, deadline uint64) (*AgentWalletSignature, error) {
	sig, err := contracts.SignAgentWallet(walletKey, l1ChainID, registry, agentID, owner, deadline)
	if err != nil {
		return nil, err
	}
	return &AgentWalletSignature{AgentID: new(big.Int).Set(agentID), Wallet: crypto.PubkeyToAddress(walletKey.PublicKey),
		Owner: owner, Deadline: deadline, Sig: sig}, nil
}

// SetAgentWallet makes the address of walletKey the agentWallet of
// identity agentID (ERC-8004's verified wallet: it may then act for the
// identity, e.g. link it to an operator or post bounties for it). The
// wallet key signs the EIP-712 approval here, valid for
// AgentWalletValidity from the L1 head's time; the Client's L1 key, the
// identity's owner, sends it.
func (c *Client) SetAgentWallet(ctx context.Context, agentID *big.Int, walletKey *ecdsa.PrivateKey) (*L1Tx, error) {
	if walletKey == nil {
		return nil, fmt.Errorf("%w: setting the agentWallet needs the wallet's key to sign its approval", ErrNoKey)
	}
	if err := c.needL1Key("agentWallet update"); err != nil {
		return nil, err
	}
	reg, err := c.contract(ctx, "identity")
	if err != nil {
		return nil, err
	}
	now, err := c.l1Now(ctx)
	if err != nil {
		return nil, err
	}
	s, err := SignAgentWallet(walletKey, c.l1ChainID, reg, agentID, c.keys.Address, uint64(now.Add(AgentWalletValidity).Unix()))
	if err != nil {
		return nil, err
	}
	return c.SetAgentWalletSigned(ctx, s)
}

// SetAgentWalletSigned sends an agentWallet approval made by
// SignAgentWallet; the Client's L1 key must be the identity's owner (the
// approval names it) or approved for the identity.
func (c *Client) SetAgentWalletSigned(ctx context.Context, s *AgentWalletSignature) (*L1Tx, error) {
	reg, err := c.contract(ctx, "identity")
	if err != nil {
		return nil, err
	}
	ir := bindings.NewAgentIdentityRegistry()
	owner, err := l1CallAt(ctx, c, reg, nil, ir.PackOwnerOf(s.AgentID), ir.UnpackOwnerOf)
	if err != nil {
		return nil, fmt.Errorf("identity %s: %w", s.AgentID, err)
	}
	if owner != s.Owner {
		return nil, fmt.Errorf("%w: the approval names owner %s, identity %s is owned by %s: sign again for the owner", ErrNotAgentController, s.Owner, s.AgentID, owner)
	}
	data := ir.PackSetAgentWallet(s.AgentID, s.Wallet, new(big.Int).SetUint64(s.Deadline), s.Sig)
	rcpt, err := c.sendL1To(ctx, reg, identityRules, "agentWallet update", data, nil)
	if err != nil {
		return nil, err
	}
	t := l1TxOf(rcpt)
	return &t, nil
}

// AgentIdentity is an ERC-8004 identity as the registry records it.
type AgentIdentity struct {
	AgentID *big.Int       `json:"agent_id"`
	Owner   common.Address `json:"owner"`
	URI     string         `json:"agent_uri"`
	// Wallet is the verified agentWallet (zero: unset).
	Wallet common.Address `json:"agent_wallet"`
	// Registry is the identity registry's ERC-8004 name.
	Registry string `json:"agent_registry"`
}

// Agent reads identity agentID from the identity registry.
func (c *Client) Agent(ctx context.Context, agentID *big.Int) (*AgentIdentity, error) {
	reg, err := c.contract(ctx, "identity")
	if err != nil {
		return nil, err
	}
	ir := bindings.NewAgentIdentityRegistry()
	a := &AgentIdentity{AgentID: new(big.Int).Set(agentID), Registry: RegistryName(c.l1ChainID.Uint64(), reg)}
	if a.Owner, err = l1CallAt(ctx, c, reg, nil, ir.PackOwnerOf(agentID), ir.UnpackOwnerOf); err != nil {
		return nil, fmt.Errorf("identity %s: %w", agentID, err)
	}
	if a.URI, err = l1CallAt(ctx, c, reg, nil, ir.PackTokenURI(agentID), ir.UnpackTokenURI); err != nil {
		return nil, fmt.Errorf("identity %s: tokenURI: %w", agentID, err)
	}
	// A registry without ERC-8004's agentWallet leaves it zero.
	a.Wallet, _ = l1CallAt(ctx, c, reg, nil, ir.PackGetAgentWallet(agentID), ir.UnpackGetAgentWallet)
	return a, nil
}
