package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/internal/progress"
	"github.com/mycel-network/mycel/node"
	"github.com/mycel-network/mycel/prover"
)

func defaultHome() string {
	if h := os.Getenv("MYCEL_HOME"); h != "" {
		return h
	}
	if d, err := os.UserHomeDir(); err == nil {
		return filepath.Join(d, ".mycel")
	}
	return ".mycel"
}

func homeFlag(cmd *cobra.Command) string {
	h, _ := cmd.Flags().GetString("home")
	return h
}

func newInitCmd() *cobra.Command {
	opts := node.DefaultInitOptions()
	var testnet int
	var join node.JoinOptions
	var joinURL, genesisSum string
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Create a node home (config, keys, genesis), or N testnet homes with --testnet N",
		Long: `init writes a home directory: config/config.toml (commented), the CometBFT
genesis (with the L2 genesis in app_state), a secp256k1 consensus key with its
double-sign protection state, the CometBFT node key and a libp2p identity key.

With --testnet N it writes N validator homes DIR/node0..node<N-1> on 127.0.0.1
ports wired to each other, DIR/accounts.json with the keys of the funded test
accounts (until L1 deposits exist), and DIR/testnet.json with the RPC endpoints.

With --join URL it writes a home that joins the running network of the node
whose JSON-RPC is at URL: fresh keys, that network's genesis (trusted on
first use; --genesis-sha256 checks it), every validator it is connected to
as a persistent peer, and its L1 endpoint (--l1). The node syncs as a
full node; it validates once its operator registers and stakes on L1
(mycel operator register --home HOME).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			home := homeFlag(cmd)
			out := cmd.OutOrStdout()
			if joinURL != "" {
				if testnet > 0 {
					return fmt.Errorf("--join and --testnet exclude each other")
				}
				if genesisSum != "" {
					b, err := node.ParseSHA256(genesisSum)
					if err != nil {
						return fmt.Errorf("--genesis-sha256: %w", err)
					}
					join.GenesisSHA256 = b
				}
				join.BasePort = opts.BasePort
				cfg, err := node.JoinHome(cmd.Context(), home, joinURL, join)
				if err != nil {
					return err
				}
				g, err := node.LoadAppGenesis(cfg.Path(node.GenesisFile))
				if err != nil {
					return err
				}
				k, err := node.ConsensusKey(home)
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "wrote node home %s joining chain %s (peers from %s; rpc %s)\nconsensus signer %s\nstart it: mycel start --home %s\nvalidate: mycel operator register --home %s --stake AMOUNT\n",
					home, g.CometChainID, joinURL, cfg.RPC.Listen, crypto.PubkeyToAddress(k.PublicKey), home, home)
				return nil
			}
			if testnet > 0 {
				man, err := node.InitTestnet(home, testnet, opts)
				if err != nil {
					return err
				}
				fmt.Fprintf(out, "wrote %d validator homes under %s (chain %d)\n", testnet, home, man.ChainID)
				for i, h := range man.Nodes {
					fmt.Fprintf(out, "  %s  rpc %s  start: mycel start --home %s\n", h, man.RPC[i], filepath.Join(home, h))
				}
				fmt.Fprintf(out, "funded accounts: %s\n", filepath.Join(home, man.Account))
				return nil
			}
			cfg, err := node.InitHome(home, opts)
			if err != nil {
				return err
			}
			fmt.Fprintf(out, "wrote node home %s (chain %d, rpc %s)\nstart it: mycel start --home %s\n", home, opts.ChainID, cfg.RPC.Listen, home)
			return nil
		},
	}
	f := cmd.Flags()
	f.IntVar(&testnet, "testnet", 0, "write N validator homes for a local testnet")
	f.StringVar(&joinURL, "join", "", "write a home joining the network of the node with this JSON-RPC URL")
	f.StringVar(&genesisSum, "genesis-sha256", "", "with --join: the genesis's expected SHA-256 (hex)")
	f.StringVar(&join.L1RPC, "l1", "", "with --join: the L1 JSON-RPC endpoint")
	f.StringVar(&join.Moniker, "moniker", "", "with --join: the node's name")
	f.StringVar(&join.Host, "host", "127.0.0.1", "with --join: the address the node listens on")
	f.Uint64Var(&opts.ChainID, "chain-id", opts.ChainID, "L2 chain id")
	f.IntVar(&opts.Depth, "depth", opts.Depth, "account tree depth (2^depth accounts)")
	f.IntVar(&opts.Accounts, "accounts", opts.Accounts, "funded test accounts in the genesis")
	f.Uint64Var(&opts.Balance, "balance", opts.Balance, "balance of each funded account, in gwei")
	f.IntVar(&opts.BasePort, "base-port", opts.BasePort, "first port; node i uses base+10i (consensus), +1 (RPC), +2 (libp2p)")
	return cmd
}

func loadConfig(cmd *cobra.Command) (*node.Config, error) {
	sets, _ := cmd.Flags().GetStringArray("set")
	return node.LoadConfig(homeFlag(cmd), os.Environ(), sets)
}

func addSetFlag(cmd *cobra.Command) {
	cmd.Flags().StringArray("set", nil, "override a config key: --set section.key=value (repeatable)")
}

func newLogger(cfg *node.Config, w io.Writer) *slog.Logger {
	var lvl slog.Level
	_ = lvl.UnmarshalText([]byte(cfg.Log.Level))
	opts := &slog.HandlerOptions{Level: lvl}
	if cfg.Log.Format == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	// Text on a terminal: long work (the prover's key setup) is a live
	// line (internal/progress); elsewhere plain records.
	return progress.NewLogger(w, opts)
}

func newStartCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "start",
		Short: "Run the node (Ctrl-C stops it cleanly; a second Ctrl-C forces exit)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			log := newLogger(cfg, cmd.ErrOrStderr())
			prover.RouteGnarkLogs(log)
			n, err := node.New(cfg, log)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
			defer stop()
			if err := n.Start(ctx); err != nil {
				n.Stop(context.Background())
				return err
			}
			var fatal error
			select {
			case <-ctx.Done():
			case fatal = <-n.Fatal():
				log.Error("the node cannot go on; stopping", "err", fatal)
			}
			stop() // a second signal now kills the process
			log.Info("stopping")
			sctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			return errors.Join(fatal, n.Stop(sctx))
		},
	}
	addSetFlag(cmd)
	return cmd
}

func newConfigCmd() *cobra.Command {
	cmd := &cobra.Command{Use: "config", Short: "Inspect the node configuration"}
	show := &cobra.Command{
		Use:   "show",
		Short: "Print the effective configuration (file, then MYCEL_* env, then --set)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			cfg, err := loadConfig(cmd)
			if err != nil {
				return err
			}
			s, err := cfg.TOML()
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "# home: %s\n%s", cfg.Home, s)
			return nil
		},
	}
	addSetFlag(show)
	cmd.AddCommand(show)
	return cmd
}
