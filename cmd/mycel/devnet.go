package main

import (
	"context"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/devnet"
)

func newDevnetCmd() *cobra.Command {
	cfg := devnet.DefaultConfig("")
	var level string
	cmd := &cobra.Command{
		Use:   "devnet",
		Short: "Run a local devnet in this process: 4 validators with funded test accounts (Ctrl-C stops it)",
		Long: `devnet starts --validators validators in this one process, on 127.0.0.1
ports from --base-port, with funded test accounts, and prints every endpoint.
Without --home the devnet lives in a temporary directory removed at exit;
with --home its state is kept and resumed on the next run.

The L1 side (an Ethereum dev chain with the contracts, stake-driven
validators, deposits, batches, proofs) arrives with the L1 integration issue.`,
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
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: lvl}))
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			d, err := devnet.Start(ctx, cfg, log)
			if err != nil {
				return err
			}
			d.PrintSummary(cmd.OutOrStdout())
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
	f.StringVar(&level, "log-level", "warn", "validators' log level (debug, info, warn, error)")
	return cmd
}
