package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/node"
)

// newDevnetHostsCmd is `mycel devnet-hosts`: it moves the validator homes
// that `mycel devnet` or `mycel init --testnet` wrote for 127.0.0.1 onto one
// host address per validator (containers on a private network,
// docker/compose.yml).
func newDevnetHostsCmd() *cobra.Command {
	var hosts []string
	var l1RPC string
	var wait time.Duration
	cmd := &cobra.Command{
		Use:   "devnet-hosts",
		Short: "Move a devnet's validator homes (HOME/nodeI) from 127.0.0.1 onto one host address each (docker/compose.yml)",
		Long: `devnet-hosts rewrites the validator homes in --home (testnet.json and
HOME/node0..node<N-1>, as mycel devnet or mycel init --testnet write them)
so that validator i runs on --hosts[i]: every listener on 0.0.0.0 (same
ports), CometBFT persistent peers and libp2p bootstrap addresses on the
other validators' hosts, testnet.json's RPC endpoints on the hosts, and,
with --l1-rpc, each node's L1 endpoint. It is idempotent. With --wait it
first waits that long for testnet.json (and, with --l1-rpc, l1.json) to
appear: a one-shot job that starts next to the devnet that writes them.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			home := homeFlag(cmd)
			need := []string{filepath.Join(home, "testnet.json")}
			if l1RPC != "" {
				need = append(need, filepath.Join(home, "l1.json"))
			}
			if err := waitFiles(cmd.Context(), need, wait); err != nil {
				return err
			}
			if err := retargetHomes(home, hosts, l1RPC); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "devnet-hosts: %s: validators on %s\n", home, strings.Join(hosts, ", "))
			return nil
		},
	}
	cmd.Flags().StringSliceVar(&hosts, "hosts", nil, "one IP address per validator, node0 first (comma-separated)")
	cmd.Flags().StringVar(&l1RPC, "l1-rpc", "", "L1 JSON-RPC endpoint the nodes use (empty: keep theirs)")
	cmd.Flags().DurationVar(&wait, "wait", 0, "wait this long for the devnet's files to appear")
	return cmd
}

func waitFiles(ctx context.Context, paths []string, wait time.Duration) error {
	deadline := time.Now().Add(wait)
	for {
		var missing string
		for _, p := range paths {
			if _, err := os.Stat(p); err != nil {
				missing = p
				break
			}
		}
		if missing == "" {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("devnet-hosts: %s: not there (after waiting %s)", missing, wait)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// retargetHomes puts validator i of the testnet in dir on hosts[i].
func retargetHomes(dir string, hosts []string, l1RPC string) error {
	manPath := filepath.Join(dir, "testnet.json")
	raw, err := os.ReadFile(manPath)
	if err != nil {
		return fmt.Errorf("devnet-hosts: %w", err)
	}
	var man node.TestnetManifest
	if err := json.Unmarshal(raw, &man); err != nil {
		return fmt.Errorf("devnet-hosts: %s: %w", manPath, err)
	}
	if len(hosts) != len(man.Nodes) {
		return fmt.Errorf("devnet-hosts: %d hosts for %d validators (%s)", len(hosts), len(man.Nodes), strings.Join(man.Nodes, ", "))
	}
	for _, h := range hosts {
		if net.ParseIP(h) == nil {
			return fmt.Errorf("devnet-hosts: host %q is not an IP address", h)
		}
	}
	cfgs := make([]*node.Config, len(man.Nodes))
	consPort, p2pPort := map[string]int{}, map[string]int{}
	for i, name := range man.Nodes {
		c, err := node.LoadConfig(filepath.Join(dir, name), nil, nil)
		if err != nil {
			return fmt.Errorf("devnet-hosts: %s: %w", name, err)
		}
		cfgs[i] = c
		_, p, err := net.SplitHostPort(strings.TrimPrefix(c.Consensus.Listen, "tcp://"))
		if err != nil {
			return fmt.Errorf("devnet-hosts: %s: consensus.listen: %w", name, err)
		}
		consPort[p] = i
		if len(c.P2P.Listen) > 0 {
			if parts := strings.Split(c.P2P.Listen[0], "/"); len(parts) > 4 {
				p2pPort[parts[4]] = i
			}
		}
	}
	for i, c := range cfgs {
		name := man.Nodes[i]
		c.Consensus.Listen = "tcp://" + onAnyHost(strings.TrimPrefix(c.Consensus.Listen, "tcp://"))
		c.RPC.Listen = onAnyHost(c.RPC.Listen)
		c.Prover.APIListen = onAnyHost(c.Prover.APIListen)
		for k, a := range c.P2P.Listen {
			if parts := strings.Split(a, "/"); len(parts) > 2 && parts[1] == "ip4" {
				parts[2] = "0.0.0.0"
				c.P2P.Listen[k] = strings.Join(parts, "/")
			}
		}
		var peers []string
		for _, p := range strings.Split(c.Consensus.PersistentPeers, ",") {
			if p == "" {
				continue
			}
			id, addr, ok := strings.Cut(p, "@")
			_, port, err := net.SplitHostPort(addr)
			j, known := consPort[port]
			if !ok || err != nil || !known {
				return fmt.Errorf("devnet-hosts: %s: persistent peer %q is none of the testnet's validators", name, p)
			}
			peers = append(peers, id+"@"+net.JoinHostPort(hosts[j], port))
		}
		c.Consensus.PersistentPeers = strings.Join(peers, ",")
		for k, a := range c.P2P.Bootstrap {
			parts := strings.Split(a, "/")
			if len(parts) < 5 {
				return fmt.Errorf("devnet-hosts: %s: bootstrap %q is not /ip4/HOST/tcp/PORT/p2p/ID", name, a)
			}
			j, known := p2pPort[parts[4]]
			if !known {
				return fmt.Errorf("devnet-hosts: %s: bootstrap %q is none of the testnet's validators", name, a)
			}
			parts[2] = hosts[j]
			c.P2P.Bootstrap[k] = strings.Join(parts, "/")
		}
		if l1RPC != "" {
			c.L1.RPC = l1RPC
		}
		if err := c.Write(); err != nil {
			return fmt.Errorf("devnet-hosts: %s: %w", name, err)
		}
		if i < len(man.RPC) {
			_, port, _ := net.SplitHostPort(c.RPC.Listen)
			man.RPC[i] = "http://" + net.JoinHostPort(hosts[i], port)
		}
	}
	b, err := json.MarshalIndent(&man, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(manPath, append(b, '\n'), 0o644)
}

// onAnyHost turns host:port into 0.0.0.0:port ("" stays "").
func onAnyHost(addr string) string {
	if addr == "" {
		return ""
	}
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return addr
	}
	if _, err := strconv.Atoi(port); err != nil {
		return addr
	}
	return net.JoinHostPort("0.0.0.0", port)
}
