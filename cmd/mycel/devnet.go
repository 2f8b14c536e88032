package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/internal/progress"
	"github.com/mycel-network/mycel/prover"
)

func newDevnetCmd() *cobra.Command {
	cfg := devnet.DefaultConfig("")
	var level string
	var agents, agentsTwin, proverInProcess bool
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local rollup devnet in this process: an L1 dev chain, the contracts, 4 staked validators and a prover (Ctrl-C stops it)",
		Long: `devnet runs everything in this one process: an Ethereum dev chain
(go-ethereum, JSON-RPC on --l1-addr, 1-second blocks, prefunded dev
accounts), the mycel contracts deployed and wired, one staked operator per
validator (the first half humans, the rest ERC-8004 agents), --validators
validators on 127.0.0.1 ports from --base-port, and a prover for node0
with INSECURE deterministic dev keys (created on first use: a few
minutes). It prints every endpoint.

The prover runs as a separate "mycel prover" process at the lowest
scheduling priority (nice 19), pulling node0's batches from its prover
API: proving takes every core it can get, and at normal priority it slows
soft confirmations from about 0.2 s to seconds; niced, it proves in the
CPU time the validators leave. Its log is HOME/prover/prover.log; it stops
with the devnet (and dies with it if the devnet is killed).
--prover-in-process proves inside the devnet process instead, as before;
--prover=false runs no prover.

Without --home the devnet lives in a temporary directory removed at exit;
with --home its state (L1 chain included) is kept and resumed on the next
run. --no-l1 runs the sequencer alone, as before the rollup.

The Rollup's windows are fixed when a new devnet deploys it:
--escape-period (no batch finalized for that long: the escape hatch may
open, and every account exits on L1 from the last finalized root),
--proof-window (a committed batch left unproven for that long may be
reverted) and --deposit-deadline (a deposit queued that long must be in
every later batch). The escape period must exceed the proof window. The
defaults suit a devnet left running; tests of the escape hatch use windows
of seconds (e.g. --escape-period 1m --proof-window 30s).

--agents adds the operator market's story (docs/agents.md): a recruiter
agent that wants two more validators posts a bounty, two operator agents
start from funded wallets, create their node homes, register ERC-8004
identities and stake, run their validators (mycel start child processes)
and join; the set grows, the bounty pays for finalized batches, and when
it ends they unbond and stop their nodes. A small payments load keeps
batches closing. The story prints as a timeline; each agent's policy,
decisions and node live in HOME/agents/NAME (edit a policy and restart
with --home to try another). --agents-twin misconfigures the second
operator to run its validator twice with one key: it is slashed on L1 and
kept out of the recruiter's next bounty by its reputation.

--batch-slots 64 runs the batch circuit that mycel's L1 cost figures are
about (README, Performance): 64 transfers per batch proof, the L1 cost
per transfer about 8 times lower than the default 8 slots, at about 45 s
of proving per batch on 2 cores.

--bls-certificates deploys the Rollup with BLS certificates (ADR 031):
each operator registers its node's BLS key (HOME/nodeI/config/bls_key),
attestations carry BLS signatures, and batches are committed under one
aggregate signature and a bitmap of the epoch's published set, at about
the same L1 gas whatever the number of validators.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if cmd.Flags().Changed("home") {
				cfg.Home = homeFlag(cmd)
			} else {
				dir, err := os.MkdirTemp("", "mycel-devnet-")
				if err != nil {
					return err
				}
				defer os.RemoveAll(dir)
				cfg.Home = dir
			}
			var lvl slog.Level
			if err := lvl.UnmarshalText([]byte(level)); err != nil {
				return err
			}
			// On a terminal, start-up and the prover's key setup show as a
			// live line whatever the log level (internal/progress).
			log := progress.NewLogger(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: lvl})
			prover.RouteGnarkLogs(log)
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			if cfg.L1.BLSCertificates && (agents || cfg.Standby > 0) {
				// Operators that join later register their BLS keys through
				// mycel operator register (and the agents' SDK), but these
				// stories have not been run with BLS certificates: a joiner
				// without a key would count against every BLS quorum.
				return errors.New("devnet: --bls-certificates cannot be combined with --agents or --standby yet: those stories are not run with BLS certificates (a joining operator registers its BLS key with mycel operator register or mycel operator bls-key)")
			}
			if cfg.L1.Prover && !proverInProcess {
				bin, err := os.Executable()
				if err != nil {
					return fmt.Errorf("devnet: the prover process runs this binary, whose path is unknown (%w); use --prover-in-process", err)
				}
				cfg.ProverBin = bin
			}
			d, err := devnet.New(cfg, log)
			if err != nil {
				return err
			}
			if err := d.Start(ctx); err != nil {
				return err
			}
			out := cmd.OutOrStdout()
			if progress.IsTerminal(out) {
				out = progress.Writer(log, out) // above a live line on the same terminal
			}
			d.PrintSummary(out)
			if agents {
				if err := runDevnetAgents(ctx, cmd, d, cfg.Init.BasePort, agentsTwin, out); err != nil {
					log.Error("devnet agents stopped", "err", err)
				}
			}
			<-ctx.Done()
			stop()
			sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			return d.Stop(sctx)
		},
	}
	f := cmd.Flags()
	f.IntVar(&cfg.Validators, "validators", cfg.Validators, "number of validators (for a new devnet)")
	f.IntVar(&cfg.Init.BasePort, "base-port", cfg.Init.BasePort, "first port; validator i uses base+10i (consensus), +1 (RPC), +2 (libp2p)")
	f.IntVar(&cfg.Init.Accounts, "accounts", cfg.Init.Accounts, "funded test accounts (for a new devnet)")
	noL1 := false
	f.BoolVar(&noL1, "no-l1", false, "run the sequencer only: no L1 chain, contracts, batches or prover")
	f.StringVar(&cfg.L1.HTTPAddr, "l1-addr", cfg.L1.HTTPAddr, "L1 dev chain JSON-RPC listener")
	f.BoolVar(&cfg.L1.PrivateNetwork, "l1-private-network", false, "let --l1-addr be a private address (10/8, 172.16/12, 192.168/16, fc00::/7: a container network, docker/compose.yml); never a public one: the dev keys are public")
	f.BoolVar(&cfg.L1.Prover, "prover", cfg.L1.Prover, "run a prover for node0 (a separate low-priority process unless --prover-in-process)")
	f.BoolVar(&proverInProcess, "prover-in-process", false, "prove inside the devnet process, at the validators' priority (soft confirmations slow down while it proves)")
	f.BoolVar(&cfg.NoValidators, "l1-only", false, "create or resume the devnet but run only its L1 chain; run each validator with: mycel start --home HOME/nodeI")
	f.IntVar(&cfg.Standby, "standby", 0, "extra validators with homes but no stake (for a new devnet): they join when their operators stake on L1")
	f.DurationVar(&cfg.L1.EscapePeriod, "escape-period", cfg.L1.EscapePeriod, "Rollup escape period: how long without a finalized batch before the escape hatch may open (whole seconds; for a new devnet)")
	f.DurationVar(&cfg.L1.ProofWindow, "proof-window", cfg.L1.ProofWindow, "Rollup proof window: how long a committed batch may wait for its proof before anyone can revert it (below --escape-period; for a new devnet)")
	f.IntVar(&cfg.L1.BatchSlots, "batch-slots", cfg.L1.BatchSlots, "transaction slots per batch, the batch circuit's size (for a new devnet): 8, or 64 for the real economics (the 64-slot dev keys take about 10 minutes and 4 GiB to create on 2 cores, once per home; about 45 s per proof)")
	f.DurationVar(&cfg.L1.ProofGather, "proof-gather", 0, "how long node0's ready proofs wait for the next batches' proofs to share one proveBatches transaction: about 68,000 L1 gas per extra batch instead of 259,000, for that much more proof latency (l1.proof_gather, ADR 025; for a new devnet)")
	f.DurationVar(&cfg.L1.CommitGather, "commit-gather", 0, "how long a due batch waits for the next certified batches to share one commitBatches transaction (l1.commit_gather, ADR 026; the devnet's poster fallback, 10 s, moves above a longer gather; for a new devnet)")
	batchesPerTx := 0
	f.IntVar(&batchesPerTx, "batches-per-tx", 0, "most batches one commitBatches and one proveBatches transaction carry (l1.commits_per_tx and l1.proofs_per_tx; 0: the node's 8; for a new devnet)")
	f.BoolVar(&cfg.L1.BLSCertificates, "bls-certificates", false, "commit batches under BLS certificates (one aggregate signature and a bitmap; ADR 031) instead of one ECDSA signature per signer (for a new devnet)")
	f.DurationVar(&cfg.L1.DepositDeadline, "deposit-deadline", cfg.L1.DepositDeadline, "Rollup deposit deadline: how long a deposit may wait before every batch must include it (for a new devnet)")
	cmd.PreRun = func(*cobra.Command, []string) {
		cfg.L1.Enabled = !noL1
		cfg.L1.CommitsPerTx, cfg.L1.ProofsPerTx = batchesPerTx, batchesPerTx
	}
	f.BoolVar(&agents, "agents", false, "run the operator market's story: a recruiter agent and two operator agents that join the validator set (docs/agents.md)")
	f.BoolVar(&agentsTwin, "agents-twin", false, "with --agents: misconfigure the second operator to run its validator twice (it is slashed)")
	f.StringVar(&level, "log-level", "warn", "validators' log level (debug, info, warn, error)")
	return cmd
}
