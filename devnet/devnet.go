package devnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/mycel-network/mycel/node"
)

// Config parameterises a devnet.
type Config struct {
	// Home holds the validators' homes. An existing devnet there is resumed
	// (state kept between runs); an empty or missing directory gets a new one.
	Home string
	// Validators is the number of validators of a new devnet.
	Validators int
	// Init parameterises a new devnet (ports, chain id, funded accounts).
	Init node.InitOptions
}

// DefaultConfig returns 4 validators on ports from 26600.
func DefaultConfig(home string) Config {
	opts := node.DefaultInitOptions()
	opts.Accounts = 100
	return Config{Home: home, Validators: 4, Init: opts}
}

// Devnet is a running devnet.
type Devnet struct {
	Manifest node.TestnetManifest
	Home     string
	nodes    []*node.Node
	log      *slog.Logger
}

// Start creates (or resumes) the devnet in cfg.Home and starts every
// validator in this process. Stop stops them.
func Start(ctx context.Context, cfg Config, logger *slog.Logger) (*Devnet, error) {
	if cfg.Validators < 1 {
		return nil, fmt.Errorf("devnet: --validators must be at least 1")
	}
	manPath := filepath.Join(cfg.Home, "testnet.json")
	if _, err := os.Stat(manPath); errors.Is(err, os.ErrNotExist) {
		if _, err := node.InitTestnet(cfg.Home, cfg.Validators, cfg.Init); err != nil {
			return nil, fmt.Errorf("devnet: init: %w", err)
		}
		logger.Info("devnet: created", "home", cfg.Home, "validators", cfg.Validators)
	} else if err != nil {
		return nil, err
	} else {
		logger.Info("devnet: resuming", "home", cfg.Home)
	}
	raw, err := os.ReadFile(manPath)
	if err != nil {
		return nil, err
	}
	d := &Devnet{Home: cfg.Home, log: logger}
	if err := json.Unmarshal(raw, &d.Manifest); err != nil {
		return nil, fmt.Errorf("devnet: %s: %w", manPath, err)
	}
	for _, name := range d.Manifest.Nodes {
		n, err := startNode(ctx, filepath.Join(cfg.Home, name), logger.With("node", name))
		if err != nil {
			d.Stop(context.Background())
			return nil, fmt.Errorf("devnet: %s: %w", name, err)
		}
		d.nodes = append(d.nodes, n)
	}
	return d, nil
}

// startNode builds and starts one validator. A devnet restarted in the same
// process may find a port of its previous run not yet released (QUIC's UDP
// socket closes asynchronously): it retries for a few seconds on "address
// already in use".
func startNode(ctx context.Context, home string, logger *slog.Logger) (*node.Node, error) {
	for attempt := 0; ; attempt++ {
		ncfg, err := node.LoadConfig(home, nil, nil)
		if err != nil {
			return nil, err
		}
		n, err := node.New(ncfg, logger)
		if err != nil {
			return nil, err
		}
		err = n.Start(ctx)
		if err == nil {
			return n, nil
		}
		n.Stop(context.Background())
		if attempt >= 20 || !(errors.Is(err, syscall.EADDRINUSE) || strings.Contains(err.Error(), "address already in use")) {
			return nil, fmt.Errorf("start: %w", err)
		}
		logger.Warn("devnet: port still in use, retrying", "err", err)
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// Stop stops the validators in reverse order.
func (d *Devnet) Stop(ctx context.Context) error {
	var errs []error
	for i := len(d.nodes) - 1; i >= 0; i-- {
		errs = append(errs, d.nodes[i].Stop(ctx))
	}
	d.nodes = nil
	return errors.Join(errs...)
}

// PrintSummary writes the endpoints and files a user needs.
func (d *Devnet) PrintSummary(w io.Writer) {
	fmt.Fprintf(w, "\nmycel devnet: %d validators, L2 chain id %d, home %s\n", len(d.Manifest.Nodes), d.Manifest.ChainID, d.Home)
	for i, name := range d.Manifest.Nodes {
		fmt.Fprintf(w, "  %-6s JSON-RPC %s  (WebSocket %s/ws, metrics %s/metrics, health %s/health)\n",
			name, d.Manifest.RPC[i], wsURL(d.Manifest.RPC[i]), d.Manifest.RPC[i], d.Manifest.RPC[i])
	}
	fmt.Fprintf(w, "  funded test accounts (keys): %s\n", filepath.Join(d.Home, d.Manifest.Account))
	fmt.Fprintf(w, "  load test: mycel bench --home %s --duration 20s --rate 500\n", d.Home)
	fmt.Fprintf(w, "  not yet: the L1 dev chain, contracts and prover (L1 integration issue)\n")
	fmt.Fprintf(w, "Ctrl-C stops everything.\n\n")
}

func wsURL(http string) string {
	if len(http) > 7 && http[:7] == "http://" {
		return "ws://" + http[7:]
	}
	return http
}

// WaitHeight waits until every validator's ledger reaches height h.
func (d *Devnet) WaitHeight(ctx context.Context, h uint64) error {
	for {
		low := uint64(1<<63 - 1)
		for _, n := range d.nodes {
			low = min(low, n.Height())
		}
		if low >= h {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// Heights returns each running validator's committed L2 height.
func (d *Devnet) Heights() []uint64 {
	out := make([]uint64, len(d.nodes))
	for i, n := range d.nodes {
		out[i] = n.Height()
	}
	return out
}
