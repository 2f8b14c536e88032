package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/autonomy"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	"github.com/mycel-network/mycel/node"
)

// agentHome is an operator agent's node home (autonomy.Home).
type agentHome struct {
	home      string
	publicURL string // the node's JSON-RPC as others reach it
}

// twinSuffix names the fault-injection twin's home (operator.node.twin).
const twinSuffix = "-twin"

// prepareAgentHome creates the operator agent's node home when
// operator.node.create asks for it and the home holds no node (mycel init
// --join: fresh keys, the network of the node at join), and the twin's
// when operator.node.twin asks for one. It returns what it did, for the
// decision log ("" when the home was there).
func prepareAgentHome(ctx context.Context, n *autonomy.NodeConfig, join, l1URL, moniker string) (string, map[string]any, error) {
	var did []string
	extra := map[string]any{"home": n.Home}
	if _, err := os.Stat(filepath.Join(n.Home, node.ConfigFile)); errors.Is(err, fs.ErrNotExist) {
		if !n.Create {
			return "", nil, fmt.Errorf("operator.node.home %s holds no node: mycel init it, or set operator.node.create", n.Home)
		}
		if n.Join != "" {
			join = n.Join
		}
		cfg, err := node.JoinHome(ctx, n.Home, join, node.JoinOptions{Moniker: moniker, Host: n.Host, BasePort: n.BasePort, L1RPC: l1URL})
		if err != nil {
			return "", nil, fmt.Errorf("operator.node.create: %w", err)
		}
		k, err := node.ConsensusKey(n.Home)
		if err != nil {
			return "", nil, err
		}
		did = append(did, fmt.Sprintf("created its node home with fresh keys, joining the network of %s", join))
		extra["signer"] = crypto.PubkeyToAddress(k.PublicKey).Hex()
		extra["rpc"] = cfg.RPC.Listen
	} else if err != nil {
		return "", nil, err
	}
	if n.Twin {
		twin := strings.TrimRight(n.Home, "/") + twinSuffix
		if _, err := os.Stat(filepath.Join(twin, node.ConfigFile)); errors.Is(err, fs.ErrNotExist) {
			if err := node.MakeTwinHome(n.Home, twin, n.Host, n.BasePort+3); err != nil {
				return "", nil, fmt.Errorf("operator.node.twin: %w", err)
			}
			did = append(did, "FAULT INJECTION (operator.node.twin): copied its validator's key into a twin home that runs beside it and will double-sign")
			extra["twin_home"] = twin
		}
	}
	return strings.Join(did, "; "), extra, nil
}

// newAgentHome is the home's autonomy.Home; publicURL "" is
// http://<rpc.listen>.
func newAgentHome(home, publicURL string) (*agentHome, error) {
	if publicURL == "" {
		cfg, err := node.LoadConfig(home, nil, nil)
		if err != nil {
			return nil, err
		}
		if cfg.RPC.Listen == "" {
			return nil, fmt.Errorf("node %s serves no RPC (rpc.listen): nowhere to publish its registration file; set operator.node.public_url", home)
		}
		publicURL = "http://" + cfg.RPC.Listen
	}
	return &agentHome{home: home, publicURL: strings.TrimRight(publicURL, "/")}, nil
}

func (h *agentHome) ConsensusKey() (*ecdsa.PrivateKey, error) { return node.ConsensusKey(h.home) }

func (h *agentHome) BLSKey() (*minsig.SecretKey, error) { return node.BLSKey(h.home) }

func (h *agentHome) RegistrationURL() string { return h.publicURL + agent.WellKnownRegistrationPath }

func (h *agentHome) RegisteredAgentID() (*big.Int, error) {
	raw, err := os.ReadFile(filepath.Join(h.home, node.RegistrationFile))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	f, err := agent.ParseRegistration(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", node.RegistrationFile, err)
	}
	for _, r := range f.Registrations {
		if r.AgentID != nil {
			return r.AgentID, nil
		}
	}
	return nil, nil
}

// WriteRegistration writes the file the node serves (atomically: the node
// re-reads it per request).
func (h *agentHome) WriteRegistration(name string, agentID *big.Int, registry string) error {
	cfg, err := node.LoadConfig(h.home, nil, nil)
	if err != nil {
		return err
	}
	reg := agent.NodeRegistration{Name: name, RPC: h.publicURL, AgentID: agentID}
	if reg.IdentityChainID, reg.IdentityRegistry, err = parseRegistryName(registry); err != nil {
		return err
	}
	if reg.Name == "" {
		if reg.Name, err = defaultOperatorName(h.home); err != nil {
			return err
		}
	}
	if reg.P2P, err = libp2pAddr(cfg); err != nil {
		return err
	}
	f, err := agent.NewNodeRegistration(reg)
	if err != nil {
		return err
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(h.home, node.RegistrationFile)
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(b, '\n'), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// parseRegistryName reads eip155:<chain id>:<address>.
func parseRegistryName(s string) (uint64, common.Address, error) {
	parts := strings.Split(s, ":")
	if len(parts) != 3 || parts[0] != "eip155" || !common.IsHexAddress(parts[2]) {
		return 0, common.Address{}, fmt.Errorf("identity registry %q is not eip155:<chain id>:<address>", s)
	}
	chain, err := strconv.ParseUint(parts[1], 10, 64)
	if err != nil {
		return 0, common.Address{}, fmt.Errorf("identity registry %q: chain id: %w", s, err)
	}
	return chain, common.HexToAddress(parts[2]), nil
}
