package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net"
	"net/http"
	"net/netip"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/mcp"
)

// mcpOpts are the flags of `mycel mcp` besides the wallet's.
type mcpOpts struct {
	walletOpts
	httpAddr, tokenFile    string
	rate, burst            int
	maxPerCall, maxPerHour string
	dryRun                 bool
	sell                   []string
	tools                  string
	fee                    uint64
	logLevel               string
}

func newMCPCmd() *cobra.Command {
	o := &mcpOpts{}
	cmd := &cobra.Command{
		Use:   "mcp",
		Short: "Serve the wallet to an LLM as MCP tools (status, balance, pay, deposit, withdraw, claim, finality, paid URLs and tools, the operator market), over stdio or streamable HTTP",
		Long: `mycel mcp is a Model Context Protocol server over a mycel wallet (the one
'mycel wallet' keeps): an MCP client (an LLM host such as Claude Desktop, or
another agent) lists its tools and calls them. Over stdio by default (the
client starts this command); with --http ADDR it serves MCP's streamable
HTTP transport on ADDR (127.0.0.1 unless a host is given).

Safety: every tool that moves value is bounded by --max-per-call and
--max-per-hour (ETH, "unlimited" for none); a call over a limit is refused
with the limit and what was asked. --dry-run signs and sends nothing: the
spending tools say what they would sign. The keys are decrypted once, at
start, with the passphrase from --password-file or env ` + envPassphrase + `
(never a prompt: stdin is the MCP channel); without a passphrase the
server starts with the keys locked (reads only). No key, passphrase or key
file ever appears in a tool result or a log line.

Selling: --sell TOOL=PRICE (repeatable) makes a tool that signs nothing
(status, balance, wait_for_finality, echo, list_bounties) cost PRICE per
call, paid over x402 (_meta["x402/payment"]) to the wallet's L2 account and
settled through the node's facilitator. --tools limits the tools offered:
a seller on a public address offers what it sells, not pay.

See docs/mcp.md for the tools and a client configuration.`,
		Args: cobra.NoArgs,
		RunE: o.run,
	}
	f := cmd.Flags()
	f.StringVar(&o.dir, "wallet", envOr(envWallet, defaultWalletDir()), "wallet directory (env "+envWallet+")")
	f.StringVar(&o.devnet, "devnet", os.Getenv(envDevnet), "home of a 'mycel devnet': read the endpoints and the Rollup from it (env "+envDevnet+")")
	f.StringVar(&o.rpc, "rpc", os.Getenv(envRPC), "node JSON-RPC URL (env "+envRPC+"; default with --devnet: its node0)")
	f.StringVar(&o.l1, "l1", os.Getenv(envL1), "L1 JSON-RPC URL, for deposits, claims, finality and the operator market (env "+envL1+")")
	f.StringVar(&o.rollup, "rollup", os.Getenv(envRollup), "Rollup contract address on L1 (env "+envRollup+")")
	f.StringVar(&o.passFile, "password-file", "", "file whose first line is the wallet passphrase (else env "+envPassphrase+"; neither: keys locked, reads only)")
	f.DurationVar(&o.timeout, "timeout", mcp.DefaultWaitTimeout, "the longest one tool call may take (a claim waits for its batch's proof)")
	f.StringVar(&o.httpAddr, "http", "", "serve streamable HTTP on ADDR (host:port; \":8765\" binds 127.0.0.1) instead of stdio")
	f.StringVar(&o.tokenFile, "http-token-file", "", "file whose first line is a bearer token every HTTP request must carry (required to serve signing tools on a non-loopback address)")
	f.IntVar(&o.rate, "http-requests-per-second", mcp.DefaultRequestsPerSecond, "HTTP requests per second per client IP (0: unlimited)")
	f.IntVar(&o.burst, "http-burst", mcp.DefaultBurst, "HTTP request burst per client IP")
	f.StringVar(&o.maxPerCall, "max-per-call", "0.01", "the most ETH one tool call may move (\"unlimited\": no limit)")
	f.StringVar(&o.maxPerHour, "max-per-hour", "0.1", "the most ETH all tool calls may move in any hour (\"unlimited\": no limit)")
	f.BoolVar(&o.dryRun, "dry-run", false, "sign and send nothing: spending tools say what they would sign")
	f.StringArrayVar(&o.sell, "sell", nil, "sell TOOL for PRICE per call over x402, e.g. echo=1000gwei (repeatable)")
	f.StringVar(&o.tools, "tools", "", "comma-separated tools to offer (default all: "+strings.Join(mcp.Tools, ",")+")")
	f.Uint64Var(&o.fee, "fee", agent.DefaultFee, "L2 fee in gwei of payments and withdrawals")
	f.StringVar(&o.logLevel, "log-level", "info", "log level on stderr: debug, info, warn or error")
	return cmd
}

// limit reads a --max-* flag: ETH, or "unlimited" (nil).
func limit(flag, s string) (*big.Int, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "unlimited", "none":
		return nil, nil
	}
	wei, err := agent.ParseAmount(s)
	if err != nil {
		return nil, fmt.Errorf("--%s: %w (or \"unlimited\")", flag, err)
	}
	return wei, nil
}

// prices reads the --sell flags.
func prices(sell []string) (map[string]uint64, error) {
	if len(sell) == 0 {
		return nil, nil
	}
	out := map[string]uint64{}
	for _, s := range sell {
		tool, price, ok := strings.Cut(s, "=")
		if !ok || tool == "" || price == "" {
			return nil, fmt.Errorf("--sell %q: want TOOL=PRICE, e.g. echo=1000gwei", s)
		}
		wei, err := agent.ParseAmount(price)
		if err != nil {
			return nil, fmt.Errorf("--sell %s: %w", tool, err)
		}
		g, err := agent.ToGwei(wei)
		if err != nil {
			return nil, fmt.Errorf("--sell %s: %w", tool, err)
		}
		if _, dup := out[tool]; dup {
			return nil, fmt.Errorf("--sell %s: given twice", tool)
		}
		out[tool] = g
	}
	return out, nil
}

// httpListenAddr is --http with 127.0.0.1 for an empty host, and whether
// it binds loopback only.
func httpListenAddr(s string) (string, bool, error) {
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		return "", false, fmt.Errorf("--http %q: want host:port or :port (%v)", s, err)
	}
	if host == "" {
		host = "127.0.0.1"
	}
	loopback := host == "localhost"
	if a, err := netip.ParseAddr(host); err == nil {
		loopback = a.Unmap().IsLoopback()
	}
	return net.JoinHostPort(host, port), loopback, nil
}

// readToken reads the bearer token of --http-token-file.
func readToken(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("--http-token-file: %w", err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	tok := strings.TrimSpace(line)
	if len(tok) < 16 {
		return "", fmt.Errorf("--http-token-file %s: the token has %d characters: use at least 16 random ones (openssl rand -hex 16)", path, len(tok))
	}
	return tok, nil
}

// mcpPassphrase is the passphrase from --password-file or the
// environment; ok false when neither gives one (never a prompt: stdin is
// the MCP channel).
func (o *mcpOpts) mcpPassphrase() (pass string, ok bool, err error) {
	if o.passFile != "" {
		b, err := os.ReadFile(o.passFile)
		if err != nil {
			return "", false, fmt.Errorf("--password-file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		return strings.TrimSuffix(line, "\r"), true, nil
	}
	pass, ok = os.LookupEnv(envPassphrase)
	return pass, ok, nil
}

func logLevel(s string) (slog.Level, error) {
	var l slog.Level
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return l, fmt.Errorf("--log-level %q: want debug, info, warn or error", s)
	}
	return l, nil
}

// config builds the server's configuration from the flags; it decrypts
// the keys.
func (o *mcpOpts) config(cmd *cobra.Command, log *slog.Logger) (mcp.Config, error) {
	var cfg mcp.Config
	var err error
	if cfg.Limits.PerCall, err = limit("max-per-call", o.maxPerCall); err != nil {
		return cfg, err
	}
	if cfg.Limits.PerHour, err = limit("max-per-hour", o.maxPerHour); err != nil {
		return cfg, err
	}
	if cfg.Prices, err = prices(o.sell); err != nil {
		return cfg, err
	}
	if o.tools != "" {
		for _, t := range strings.Split(o.tools, ",") {
			if t = strings.TrimSpace(t); t != "" {
				cfg.Tools = append(cfg.Tools, t)
			}
		}
	}
	if cfg.Node, err = o.walletOpts.config(cmd); err != nil {
		return cfg, err
	}
	cfg.Node.Progress = func(msg string) { log.Info(msg) }
	if cfg.Keys, err = o.public(); err != nil {
		return cfg, err
	}
	pass, ok, err := o.mcpPassphrase()
	if err != nil {
		return cfg, err
	}
	if !ok {
		cfg.Locked = "the server was started without the wallet's passphrase: its owner must restart `mycel mcp` with --password-file FILE or " + envPassphrase
		log.Warn("no passphrase (--password-file or " + envPassphrase + "): the keys stay locked; tools that sign will refuse")
	} else {
		if cfg.Keys.L2, err = o.wallet().L2Key(pass); err != nil {
			return cfg, err
		}
		if cfg.Keys.L1, err = o.wallet().L1Key(pass); err != nil {
			return cfg, err
		}
		cfg.Secrets = []string{pass}
	}
	cfg.DryRun, cfg.Fee, cfg.WaitTimeout, cfg.Log, cfg.Version = o.dryRun, o.fee, o.timeout, log, version
	return cfg, nil
}

func (o *mcpOpts) run(cmd *cobra.Command, _ []string) error {
	lvl, err := logLevel(o.logLevel)
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), &slog.HandlerOptions{Level: lvl}))
	var addr, token string
	if o.httpAddr != "" {
		var loopback bool
		if addr, loopback, err = httpListenAddr(o.httpAddr); err != nil {
			return err
		}
		if o.tokenFile != "" {
			if token, err = readToken(o.tokenFile); err != nil {
				return err
			}
		}
		if !loopback && token == "" && o.offersSigning() {
			return fmt.Errorf("--http %s is not a loopback address: anyone who reaches it could spend within the limits: give --http-token-file, or offer only tools that sign nothing (--tools)", addr)
		}
	} else if o.tokenFile != "" {
		return errors.New("--http-token-file goes with --http")
	}
	cfg, err := o.config(cmd, log)
	if err != nil {
		return err
	}
	srv, err := mcp.New(cfg)
	if err != nil {
		return err
	}
	defer srv.Close()
	ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	log.Info("mycel mcp", "wallet", o.dir, "l2_public_key", cfg.Keys.PubKey, "l1_address", cfg.Keys.Address, "node", cfg.Node.RPC,
		"l1", cfg.Node.L1 != "", "max_per_call_eth", ethOrUnlimited(cfg.Limits.PerCall), "max_per_hour_eth", ethOrUnlimited(cfg.Limits.PerHour),
		"dry_run", cfg.DryRun, "locked", cfg.Locked != "")
	if addr == "" {
		t := &sdk.IOTransport{Reader: io.NopCloser(cmd.InOrStdin()), Writer: nopWriteCloser{cmd.OutOrStdout()}}
		if err := srv.Run(ctx, t); err != nil && ctx.Err() == nil && !errors.Is(err, io.EOF) {
			return err
		}
		return nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("--http %s: %w", addr, err)
	}
	hs := &http.Server{
		Handler:           srv.HTTPHandler(mcp.HTTPOptions{RequestsPerSecond: o.rate, Burst: o.burst, Token: token}),
		ReadHeaderTimeout: 10 * time.Second,
		IdleTimeout:       2 * time.Minute,
	}
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	log.Info("serving MCP over streamable HTTP", "url", "http://"+ln.Addr().String()+"/", "bearer_token", token != "")
	select {
	case <-ctx.Done():
	case err := <-served:
		return err
	}
	stop() // a second signal kills the process
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return hs.Shutdown(sctx)
}

// offersSigning reports whether the tools offered include one that signs.
func (o *mcpOpts) offersSigning() bool {
	if o.tools == "" {
		return true
	}
	for _, t := range strings.Split(o.tools, ",") {
		if slices.Contains(mcp.SigningTools, strings.TrimSpace(t)) {
			return true
		}
	}
	return false
}

func ethOrUnlimited(wei *big.Int) string {
	if wei == nil {
		return "unlimited"
	}
	return agent.FormatWei(wei)
}

type nopWriteCloser struct{ io.Writer }

func (nopWriteCloser) Close() error { return nil }
