package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/node"
	"github.com/mycel-network/mycel/p2p"
)

func newOperatorCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "operator", Short: "Operator tools: register and stake on L1, unbond, withdraw, status; the ERC-8004 registration file of this node's operator"}
	cmd.AddCommand(newRegistrationFileCmd())
	cmd.AddCommand(operatorL1Cmds()...)
	return cmd
}

func newRegistrationFileCmd() *cobra.Command {
	var (
		out, name, description, image    string
		rpcURL, p2pAddr, mcpURL, x402URL string
		agentID, registry                string
		identityChain                    uint64
	)
	cmd := &cobra.Command{
		Use:   "registration-file",
		Short: "Write the ERC-8004 registration file (the JSON an agentURI points to) of this node's operator",
		Long: `Builds the operator's ERC-8004 registration file (registration-v1) from the
node's configuration: its public JSON-RPC, its libp2p address with peer id,
the MCP and x402 endpoints if given, and the operator's identity
(--agent-id in the registry --identity-registry). The node serves the file
at <home>/` + node.RegistrationFile + ` on its RPC listener at
` + agent.WellKnownRegistrationPath + `; use that URL, or wherever you publish
the file, as the identity's agentURI.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			home := homeFlag(cmd)
			cfg, err := node.LoadConfig(home, os.Environ(), nil)
			if err != nil {
				return err
			}
			n := agent.NodeRegistration{Name: name, Description: description, Image: image, RPC: rpcURL, P2P: p2pAddr,
				MCP: mcpURL, X402: x402URL}
			if n.RPC == "" && cfg.RPC.Listen != "" {
				n.RPC = "http://" + cfg.RPC.Listen
			}
			if n.P2P == "" {
				if n.P2P, err = libp2pAddr(cfg); err != nil {
					return err
				}
			}
			if n.Name == "" {
				n.Name = "mycel operator"
				if name, err := defaultOperatorName(home); err == nil {
					n.Name = name
				}
			}
			if agentID != "" {
				id, ok := new(big.Int).SetString(agentID, 10)
				if !ok || id.Sign() < 0 {
					return fmt.Errorf("--agent-id %q is not a token id", agentID)
				}
				if !common.IsHexAddress(registry) {
					return fmt.Errorf("--agent-id needs --identity-registry, the ERC-8004 identity registry's address (got %q)", registry)
				}
				if identityChain == 0 {
					g, err := node.LoadAppGenesis(cfg.Path(node.GenesisFile))
					if err != nil || g.L1 == nil {
						return fmt.Errorf("--identity-chain-id: not given, and the genesis names no L1 chain (%v)", err)
					}
					identityChain = g.L1.ChainID
				}
				n.AgentID, n.IdentityChainID, n.IdentityRegistry = id, identityChain, common.HexToAddress(registry)
			}
			f, err := agent.NewNodeRegistration(n)
			if err != nil {
				return err
			}
			b, err := json.MarshalIndent(f, "", "  ")
			if err != nil {
				return err
			}
			b = append(b, '\n')
			if out == "-" {
				_, err := cmd.OutOrStdout().Write(b)
				return err
			}
			if out == "" {
				out = cfg.Path(node.RegistrationFile)
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return err
			}
			tmp := out + ".tmp"
			if err := os.WriteFile(tmp, b, 0o644); err != nil {
				return err
			}
			if err := os.Rename(tmp, out); err != nil {
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s (%s)\n", out, strings.Join(serviceNames(f), ", "))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "where to write the file (default <home>/"+node.RegistrationFile+"; - for stdout)")
	f.StringVar(&name, "name", "", "the agent's name (default: \"mycel operator\" and its consensus signer)")
	f.StringVar(&description, "description", "", "the agent's description")
	f.StringVar(&image, "image", "", "URL of the agent's image")
	f.StringVar(&rpcURL, "rpc-url", "", "public JSON-RPC URL (default http://<rpc.listen>)")
	f.StringVar(&p2pAddr, "p2p-addr", "", "public libp2p multiaddr with /p2p/<peer id> (default the first p2p.listen and this node's peer id)")
	f.StringVar(&mcpURL, "mcp-url", "", "public MCP endpoint, if the operator serves one")
	f.StringVar(&x402URL, "x402-url", "", "public x402 facilitator URL, if the operator serves one")
	f.StringVar(&agentID, "agent-id", "", "the operator's ERC-8004 agentId (empty: no registration listed)")
	f.StringVar(&registry, "identity-registry", "", "address of the ERC-8004 identity registry holding --agent-id")
	f.Uint64Var(&identityChain, "identity-chain-id", 0, "chain id of --identity-registry (default the genesis's L1 chain)")
	return cmd
}

func serviceNames(f *agent.RegistrationFile) []string {
	var out []string
	for _, s := range f.Services {
		out = append(out, s.Name)
	}
	return out
}

// libp2pAddr is the node's first libp2p listen address with its peer id
// (/.../p2p/<id>), as its registration file lists it ("" without a
// listener).
func libp2pAddr(cfg *node.Config) (string, error) {
	if len(cfg.P2P.Listen) == 0 {
		return "", nil
	}
	k, err := p2p.LoadOrCreateKey(cfg.Path(node.P2PKeyFile))
	if err != nil {
		return "", err
	}
	id, err := peer.IDFromPrivateKey(k)
	if err != nil {
		return "", err
	}
	return cfg.P2P.Listen[0] + "/p2p/" + id.String(), nil
}

// defaultOperatorName is a registration file's name when none is given:
// "mycel operator <signer>".
func defaultOperatorName(home string) (string, error) {
	k, err := node.ConsensusKey(home)
	if err != nil {
		return "", err
	}
	return "mycel operator " + crypto.PubkeyToAddress(k.PublicKey).Hex(), nil
}
