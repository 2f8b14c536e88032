package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/autonomy"
	"github.com/mycel-network/mycel/node"
)

// newDevnetAgentCmd is `mycel devnet-agent NAME`: one agent of `mycel
// devnet --agents`'s story, run on its own against a devnet that runs
// elsewhere (the compose devnet's agents profile, docker/compose.yml).
func newDevnetAgentCmd() *cobra.Command {
	var host string
	var devAcct, basePort int
	var payments bool
	cmd := &cobra.Command{
		Use:   "devnet-agent recruiter|operator-a|operator-b",
		Short: "Run one agent of the devnet's operator-market story against a running devnet (the compose devnet's agents profile)",
		Long: `devnet-agent runs one of the agents that mycel devnet --agents runs in
its own process (docs/agents.md), as a process of its own: the compose
devnet runs each in a container (docker/compose.yml, profile agents).

Its policy is HOME/agents/NAME/policy.toml (written from the story's when
absent: edit it and restart to try another), its decisions go to
HOME/agents/NAME/decisions.jsonl and, as timeline lines, to stdout. Its L1
wallet is the devnet's funded dev account --devnet-account (l1.json
dev_accounts; public keys: dev chain only). An operator creates its node
home under HOME/agents/NAME/node and runs its validator as a child process
listening on --host (its container's address), joining the network of the
devnet's node0. --payments also sends an L2 payment a second between the
devnet's test accounts, so that batches close and bounties have batches
to pay for.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			home := homeFlag(cmd)
			o := &walletOpts{devnet: home, timeout: time.Minute}
			man, info, err := o.devnetFiles()
			if err != nil {
				return err
			}
			if man == nil || info == nil {
				return fmt.Errorf("%s: not the --home of a mycel devnet with an L1 chain (testnet.json and l1.json)", home)
			}
			if host != "" && net.ParseIP(host) == nil {
				return fmt.Errorf("--host %q is not an IP address", host)
			}
			var hosts []string
			if host != "" {
				hosts = []string{host, host}
			}
			var ag *devnetAgent
			var names []string
			for _, a := range devnetAgentPolicies(home, len(man.Nodes), basePort, false, hosts...) {
				names = append(names, a.name)
				if a.name == args[0] {
					ag = &a
				}
			}
			if ag == nil {
				return fmt.Errorf("no devnet agent %q: the story's agents are %s", args[0], strings.Join(names, ", "))
			}
			if devAcct < 0 || devAcct >= len(info.DevAccounts) {
				return fmt.Errorf("--devnet-account %d: the devnet has dev accounts 0 to %d", devAcct, len(info.DevAccounts)-1)
			}
			key, err := crypto.ToECDSA(info.DevAccounts[devAcct].Key)
			if err != nil {
				return fmt.Errorf("dev account %d: %w", devAcct, err)
			}
			cfg, err := o.config(cmd)
			if err != nil {
				return err
			}
			cfg.Progress = nil
			return runDevnetAgent(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), home, man, *ag, cfg, agent.Keys{L1: key, Address: crypto.PubkeyToAddress(key.PublicKey)}, payments)
		},
	}
	f := cmd.Flags()
	f.StringVar(&host, "host", "", "an operator's node address (its container's IP); empty: 127.0.0.1")
	f.IntVar(&devAcct, "devnet-account", 0, "the devnet's funded L1 dev account N as the agent's wallet (l1.json dev_accounts)")
	f.IntVar(&basePort, "base-port", 26600, "the devnet's --base-port: an operator's node uses ports past the validators'")
	f.BoolVar(&payments, "payments", false, "also send an L2 payment a second between the devnet's test accounts (batches close)")
	return cmd
}

// runDevnetAgent runs agent ag with wallet keys until ctx ends.
// With payments it also sends the payment a second between man's test
// accounts.
func runDevnetAgent(ctx context.Context, out, errOut io.Writer, home string, man *node.TestnetManifest, ag devnetAgent, cfg agent.Config, keys agent.Keys, payments bool) error {
	dir, polFile, pol, err := ag.prepare(home)
	if err != nil {
		return err
	}
	eth, err := ethclient.DialContext(ctx, cfg.L1)
	if err != nil {
		return err
	}
	defer eth.Close()
	c, err := agent.Dial(ctx, cfg, keys)
	if err != nil {
		return fmt.Errorf("agent %s: %w", ag.name, err)
	}
	defer c.Close()
	f, err := os.OpenFile(filepath.Join(dir, "decisions.jsonl"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return err
	}
	defer f.Close()
	tl := &timeline{start: time.Now(), out: out}
	tl.printf(ag.name, "L1 wallet %s (policy %s), node %s", keys.Address, polFile, cfg.RPC)
	if payments {
		var wg sync.WaitGroup
		pctx, stop := context.WithCancel(ctx)
		wg.Add(1)
		go func() { defer wg.Done(); devnetPayments(pctx, home, *man, cfg) }()
		defer wg.Wait()
		defer stop()
	}
	w := io.MultiWriter(f, &timelineWriter{tl: tl, name: ag.name})
	if err := runAgent(ctx, pol, autonomy.ClientSDK{Client: c, Gas: eth}, cfg, w, errOut, nil); err != nil && ctx.Err() == nil {
		return fmt.Errorf("agent %s: %w", ag.name, err)
	}
	return nil
}
