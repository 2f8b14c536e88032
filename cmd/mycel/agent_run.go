package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/autonomy"
	"github.com/mycel-network/mycel/agent/x402"
)

func newAgentCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "agent",
		Short: "Autonomous agents on the operator market: a recruiter that posts bounties when the sequencer needs validators, operators that join them when they pay",
	}
	cmd.AddCommand(newAgentRunCmd())
	return cmd
}

func newAgentRunCmd() *cobra.Command {
	o := &walletOpts{}
	var policyFile, metricsAddr, decisionsFile string
	var check bool
	cmd := &cobra.Command{
		Use:   "run --policy FILE",
		Short: "Run one agent by its policy until interrupted; each decision is a JSON line on stdout",
		Long: `mycel agent run is one long-running agent. Its policy (TOML, docs/agents.md)
chooses the role, recruiter or operator, its rules and its budgets, which
are hard limits. Every step observes the node and L1 (validators, L1 gas
price, batch finality, the bounties), decides and acts through the SDK with
the wallet's L1 key; each decision is one JSON line (stdout, or
--decisions FILE) with its inputs and its reason. --metrics ADDR serves
Prometheus counters (mycel_agent_decisions_total, _spend_eth_total,
_income_eth_total) on /metrics.

The wallet, endpoints and passphrase are as for 'mycel wallet' (--devnet
HOME, --rpc, --l1, --rollup, --password-file); L1 is required. An operator
agent expects its validator registered and staked ('mycel operator
register'); with [operator.node] it runs that node itself ('mycel start
--home HOME' as a child process, restarted when it exits, stopped with the
agent; an exclusive lock on the home keeps a second agent from running the
same key), else it expects the node running. With operator.node.create and
operator.register_stake_eth it sets itself up from nothing: it creates the
home (fresh keys, joining the network of --rpc), registers an ERC-8004
identity whose registration file its node serves, and registers as an
operator with that stake (docs/agents.md).
--check validates the policy and exits.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if policyFile == "" {
				return fmt.Errorf("--policy FILE: give the agent's policy (docs/agents.md)")
			}
			pol, err := autonomy.LoadPolicy(policyFile)
			if err != nil {
				return err
			}
			if check {
				_, err := fmt.Fprintf(cmd.OutOrStdout(), "policy %s: %s, valid\n", policyFile, pol.Role)
				return err
			}
			var out io.Writer = cmd.OutOrStdout()
			if decisionsFile != "" {
				f, err := os.OpenFile(decisionsFile, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
				if err != nil {
					return fmt.Errorf("--decisions: %w", err)
				}
				defer f.Close()
				out = f
			}
			cfg, err := o.config(cmd)
			if err != nil {
				return err
			}
			if cfg.L1 == "" {
				return withFlags(agent.ErrNoL1)
			}
			// Paid services are paid from the wallet's L2 key.
			paid := pol.Recruit != nil && pol.Recruit.Services != nil && len(pol.Recruit.Services.URLs) > 0
			keys, err := o.keys(cmd, paid, true)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			dctx, cancel := context.WithTimeout(ctx, o.timeout)
			c, err := agent.Dial(dctx, cfg, keys)
			cancel()
			if err != nil {
				return withFlags(err)
			}
			defer c.Close()
			eth, err := ethclient.DialContext(ctx, cfg.L1)
			if err != nil {
				return fmt.Errorf("--l1 %s: %w", cfg.L1, err)
			}
			defer eth.Close()
			reg := prometheus.NewRegistry()
			if metricsAddr != "" {
				ln, err := net.Listen("tcp", metricsAddr)
				if err != nil {
					return fmt.Errorf("--metrics %s: %w", metricsAddr, err)
				}
				srv := &http.Server{Handler: metricsMux(reg), ReadHeaderTimeout: 5 * time.Second}
				go func() { _ = srv.Serve(ln) }()
				defer srv.Close()
				fmt.Fprintf(cmd.ErrOrStderr(), "metrics on http://%s/metrics\n", ln.Addr())
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "agent %s: %s, L1 address %s, every %s\n", policyFile, pol.Role, c.Address(), pol.Interval)
			sdk := autonomy.ClientSDK{Client: c, Gas: eth}
			if paid {
				sv := pol.Recruit.Services
				per, err := agent.ToGwei(sv.MaxPerRequest.Wei)
				if err != nil {
					return fmt.Errorf("recruiter.services.max_per_request: %w", err)
				}
				total, err := agent.ToGwei(sv.MaxTotal.Wei)
				if err != nil {
					return fmt.Errorf("recruiter.services.max_total: %w", err)
				}
				sdk.Pay = x402.NewTransport(cfg.RPC, keys.L2, x402.Budget{PerRequest: per, Total: total})
			}
			return runAgent(ctx, pol, sdk, cfg, out, cmd.ErrOrStderr(), reg)
		},
	}
	o.addFlags(cmd.Flags())
	cmd.Flags().StringVar(&policyFile, "policy", "", "the agent's policy file (TOML; docs/agents.md)")
	cmd.Flags().StringVar(&metricsAddr, "metrics", "", "serve Prometheus metrics on this address (e.g. 127.0.0.1:9470)")
	cmd.Flags().StringVar(&decisionsFile, "decisions", "", "append decision lines to this file instead of stdout")
	cmd.Flags().BoolVar(&check, "check", false, "validate the policy and exit")
	return cmd
}

func metricsMux(reg *prometheus.Registry) *http.ServeMux {
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{}))
	return mux
}

// runAgent runs one agent by its policy until ctx ends: an operator's
// node home is prepared (operator.node.create) and its node processes
// supervised; decisions go to out, progress to errOut.
func runAgent(ctx context.Context, pol *autonomy.Policy, sdk autonomy.ClientSDK, cfg agent.Config, out, errOut io.Writer, reg prometheus.Registerer) error {
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	var err error
	opts := autonomy.Options{Out: out, Registry: reg}
	var sup *autonomy.Supervisor
	var setup string
	var setupExtra map[string]any
	if op := pol.Operator; op != nil && op.Node != nil {
		// The home first (created when the policy asks), so that
		// the node can start and sync while the agent registers.
		if setup, setupExtra, err = prepareAgentHome(ctx, op.Node, cfg.RPC, cfg.L1, op.Name); err != nil {
			return err
		}
		if opts.Home, err = newAgentHome(op.Node.Home, op.Node.PublicURL); err != nil {
			return err
		}
		homes := []string{op.Node.Home}
		if op.Node.Twin {
			homes = append(homes, strings.TrimRight(op.Node.Home, "/")+twinSuffix)
		}
		var procs []*autonomy.NodeProcess
		for _, h := range homes {
			logPath := filepath.Join(h, "agent-node.log")
			nodeLog, err := os.OpenFile(logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
			if err != nil {
				return fmt.Errorf("operator.node.home: %w", err)
			}
			defer nodeLog.Close()
			procs = append(procs, &autonomy.NodeProcess{Binary: op.Node.Binary, Home: h, Output: nodeLog, Backoff: op.Node.Backoff.Duration})
			fmt.Fprintf(errOut, "node: %s start --home %s (output in %s)\n", op.Node.Binary, h, logPath)
		}
		// Each node process locks its home: a second agent on the
		// same home (the same consensus key) fails, and so does
		// this command.
		sup = autonomy.NewSupervisor(ctx, procs...)
		opts.Nodes = sup
	}
	a := autonomy.New(pol, sdk, opts)
	if setup != "" {
		a.Setup(setup, setupExtra)
	}
	nodeErr := make(<-chan error)
	if sup != nil {
		for _, p := range sup.Procs() {
			p.Event = a.Note
		}
		sup.Start()
		defer sup.Stop()
		nodeErr = sup.Err()
	}
	runDone := make(chan error, 1)
	go func() { runDone <- a.Run(ctx) }()
	select {
	case err := <-runDone:
		if err != nil && ctx.Err() == nil {
			return err
		}
		return nil // interrupted
	case err := <-nodeErr:
		stop()
		<-runDone
		return fmt.Errorf("operator node: %w", err)
	}
}
