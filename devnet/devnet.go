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
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/devnet/devchain"
	"github.com/mycel-network/mycel/internal/progress"
	"github.com/mycel-network/mycel/node"
)

func writeFile(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// Config parameterises a devnet.
type Config struct {
	// Home holds the validators' homes. An existing devnet there is resumed
	// (state kept between runs); an empty or missing directory gets a new one.
	Home string
	// Validators is the number of validators of a new devnet.
	Validators int
	// Init parameterises a new devnet (ports, chain id, funded accounts).
	Init node.InitOptions
	// L1 runs an in-process Ethereum dev chain and makes the devnet a rollup.
	L1 L1Config
	// NoValidators creates (or resumes) the devnet and runs only its L1
	// chain: the validators run as separate `mycel start --home
	// HOME/nodeI` processes (end-to-end tests, multi-process setups).
	NoValidators bool
	// Standby validators get homes and keys but no stake at genesis: they
	// join the validator set once their operators stake on L1.
	Standby int
	// ProverBin, if set, is the mycel binary the devnet runs its prover
	// with: a separate `ProverBin prover` process at nice ProverNice that
	// proves for node0 through its prover API (node0 keeps no local
	// workers), so that proving yields the CPU to the validators. Empty:
	// node0 proves in this process (tests, whose binary is not mycel).
	// `mycel devnet` sets it to its own executable.
	ProverBin string
}

// DefaultConfig returns 4 validators on ports from 26600.
func DefaultConfig(home string) Config {
	opts := node.DefaultInitOptions()
	opts.Accounts = 100
	return Config{Home: home, Validators: 4, Init: opts, L1: DefaultL1Config()}
}

// Devnet is a running devnet.
type Devnet struct {
	Manifest node.TestnetManifest
	Home     string
	// Chain is the in-process L1 (nil without L1); L1 describes it.
	Chain  *devchain.Chain
	L1     *L1Info
	nodes  []*node.Node
	prover *proverChild // the prover process (Config.ProverBin), or nil
	cfg    Config
	log    *slog.Logger

	mu    sync.Mutex
	state int // 0 new, 1 started, 2 stopped
}

// New returns the devnet that cfg describes; it starts nothing (Start,
// Stop).
func New(cfg Config, logger *slog.Logger) (*Devnet, error) {
	if cfg.Validators < 1 {
		return nil, fmt.Errorf("devnet: --validators must be at least 1")
	}
	return &Devnet{Home: cfg.Home, cfg: cfg, log: logger}, nil
}

// Start creates (or resumes) the devnet in its home and starts every
// validator in this process. A failed Start stops what it started.
func (d *Devnet) Start(ctx context.Context) (err error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.state != 0 {
		return errors.New("devnet: Start called twice, or after Stop")
	}
	d.state = 1
	defer func() {
		if err != nil {
			err = errors.Join(err, d.stop(context.WithoutCancel(ctx)))
		}
	}()
	cfg, logger := d.cfg, d.log
	setup := progress.Start(logger, "devnet: set up")
	defer setup.Done()
	manPath := filepath.Join(cfg.Home, "testnet.json")
	l1Path := filepath.Join(cfg.Home, "l1.json")
	_, statErr := os.Stat(manPath)
	fresh := errors.Is(statErr, os.ErrNotExist)
	if statErr != nil && !fresh {
		return statErr
	}
	if !fresh {
		_, err := os.Stat(l1Path)
		cfg.L1.Enabled = err == nil // a devnet keeps the mode it was created with
	}
	if fresh && cfg.L1.Enabled {
		if err := cfg.L1.validate(cfg.Init.Depth); err != nil {
			return err
		}
	}
	if cfg.L1.Enabled {
		setup.Note("L1 dev chain")
		chain, err := devchain.New(devchain.Config{Dir: filepath.Join(cfg.Home, "l1"), HTTPAddr: cfg.L1.HTTPAddr, PrivateNetwork: cfg.L1.PrivateNetwork, Accounts: 16,
			BlockPeriod: cfg.L1.BlockPeriod, Logger: logger.With("module", "l1chain")})
		if err == nil {
			err = chain.Start(ctx)
		}
		if err != nil {
			return fmt.Errorf("devnet: L1 chain: %w", err)
		}
		d.Chain = chain
		d.L1 = &L1Info{URL: chain.URL(), ChainID: chain.ChainID().Uint64()}
	}
	if fresh {
		opts := cfg.Init
		if cfg.L1.Enabled {
			logger.Info("devnet: deploying contracts and registering operators", "l1", d.Chain.URL())
			setup.Note("deploying contracts, registering operators")
			opts.L1 = l1Setup(ctx, d.Chain, cfg.L1, d.L1, cfg.Validators, logger)
		}
		setup.Note("writing validator homes")
		if _, err := node.InitTestnet(cfg.Home, cfg.Validators+cfg.Standby, opts); err != nil {
			return fmt.Errorf("devnet: init: %w", err)
		}
		if cfg.L1.Enabled {
			var homes []string
			for i := range cfg.Validators + cfg.Standby {
				homes = append(homes, filepath.Join(cfg.Home, fmt.Sprintf("node%d", i)))
			}
			if err := configureL1(homes, d.Chain.URL(), cfg.L1); err != nil {
				return err
			}
			if err := writeFile(l1Path, d.L1); err != nil {
				return err
			}
		}
		logger.Info("devnet: created", "home", cfg.Home, "validators", cfg.Validators, "l1", cfg.L1.Enabled)
	} else {
		if cfg.L1.Enabled {
			raw, err := os.ReadFile(l1Path)
			if err == nil {
				err = json.Unmarshal(raw, d.L1)
			}
			if err != nil {
				return fmt.Errorf("devnet: %s: %w", l1Path, err)
			}
			d.L1.URL = d.Chain.URL()
			if deployed, ok := d.Chain.ContractsConfig(); ok {
				if want := cfg.L1.contractsConfig(); want.EscapePeriod != deployed.EscapePeriod ||
					want.ProofWindow != deployed.ProofWindow || want.DepositDeadline != deployed.DepositDeadline {
					logger.Warn("devnet: resuming: the Rollup keeps the windows it was deployed with",
						"escape_period_s", deployed.EscapePeriod, "proof_window_s", deployed.ProofWindow, "deposit_deadline_s", deployed.DepositDeadline)
				}
			}
		}
		logger.Info("devnet: resuming", "home", cfg.Home)
	}
	raw, err := os.ReadFile(manPath)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, &d.Manifest); err != nil {
		return fmt.Errorf("devnet: %s: %w", manPath, err)
	}
	setup.Done()
	if cfg.NoValidators {
		return nil
	}
	child, err := d.configureProver()
	if err != nil {
		return fmt.Errorf("devnet: prover: %w", err)
	}
	starting := progress.Start(logger, "devnet: start validators", progress.Total(int64(len(d.Manifest.Nodes)), "validators"))
	defer starting.Done()
	for _, name := range d.Manifest.Nodes {
		starting.Note(name)
		n, err := startNode(ctx, filepath.Join(cfg.Home, name), logger.With("node", name))
		if err != nil {
			return fmt.Errorf("devnet: %s: %w", name, err)
		}
		d.nodes = append(d.nodes, n)
		starting.Add(1)
	}
	if child != nil {
		// It starts proving once node0 has its keys (node0 creates the dev
		// keys on its first start).
		child.start()
		d.prover = child
	}
	return nil
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

// Stop stops the prover process, the validators in reverse order, then
// the L1 chain. It is idempotent and safe before Start.
func (d *Devnet) Stop(ctx context.Context) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.state == 2 {
		return nil
	}
	return d.stop(ctx)
}

func (d *Devnet) stop(ctx context.Context) error {
	d.state = 2
	var errs []error
	if d.prover != nil {
		errs = append(errs, d.prover.stop(ctx))
	}
	for i := len(d.nodes) - 1; i >= 0; i-- {
		errs = append(errs, d.nodes[i].Stop(ctx))
	}
	d.nodes = nil
	if d.Chain != nil {
		errs = append(errs, d.Chain.Stop(ctx))
	}
	return errors.Join(errs...)
}

// PrintSummary writes the endpoints and files a user needs.
func (d *Devnet) PrintSummary(w io.Writer) {
	standby := 0
	if d.L1 != nil {
		for _, op := range d.L1.Operators {
			if op.Kind == "standby" {
				standby++
			}
		}
	}
	fmt.Fprintf(w, "\nmycel devnet: %d validators", len(d.Manifest.Nodes)-standby)
	if standby > 0 {
		fmt.Fprintf(w, " and %d standby (no stake yet)", standby)
	}
	fmt.Fprintf(w, ", L2 chain id %d, home %s\n", d.Manifest.ChainID, d.Home)
	for i, name := range d.Manifest.Nodes {
		fmt.Fprintf(w, "  %-6s JSON-RPC %s  (WebSocket %s/ws, metrics %s/metrics, health %s/health)\n",
			name, d.Manifest.RPC[i], wsURL(d.Manifest.RPC[i]), d.Manifest.RPC[i], d.Manifest.RPC[i])
	}
	fmt.Fprintf(w, "  funded test accounts (keys): %s\n", filepath.Join(d.Home, d.Manifest.Account))
	fmt.Fprintf(w, "  load test: mycel bench --home %s --duration 20s --rate 500\n", d.Home)
	if d.L1 != nil {
		fmt.Fprintf(w, "  L1 dev chain: %s (chain id %d)\n", d.L1.URL, d.L1.ChainID)
		if d.Chain != nil {
			// Accounts 0 (deployer) and 1..N (operator owners) are taken;
			// the last ones are free for users (public dev keys).
			keys := d.Chain.DevKeys()
			for _, k := range keys[max(len(keys)-3, 0):] {
				fmt.Fprintf(w, "    funded L1 account %s  key 0x%x\n", crypto.PubkeyToAddress(k.PublicKey).Hex(), crypto.FromECDSA(k))
			}
		}
		if dep := d.L1.Deployment; dep != nil {
			fmt.Fprintf(w, "    Rollup %s  StakingRegistry %s  Slasher %s\n    RewardPool %s  AgentIdentityRegistry %s  Verifier %s\n",
				dep.Rollup.Hex(), dep.Staking.Hex(), dep.Slasher.Hex(), dep.RewardPool.Hex(), dep.Identity.Hex(), dep.Verifier.Hex())
			fmt.Fprintf(w, "    ReputationRegistry %s  NodeBounty %s\n", dep.Reputation.Hex(), dep.NodeBounty.Hex())
		}
		for _, op := range d.L1.Operators {
			agent := ""
			if op.AgentID != "" {
				agent = " ERC-8004 id " + op.AgentID
			}
			fmt.Fprintf(w, "    operator %-6s %-5s owner %s signer %s%s\n", op.Node, op.Kind, op.Owner, op.Signer, agent)
		}
		fmt.Fprintf(w, "  rollup status: mycel_rollupStatus on any node; batches: mycel_getBatch\n")
		fmt.Fprintf(w, "  wallet: mycel wallet new --devnet %s --devnet-account 0, then deposit, send, withdraw, claim (README, quick start)\n", d.Home)
		for _, name := range d.Manifest.Nodes {
			c, err := node.LoadConfig(filepath.Join(d.Home, name), nil, nil)
			switch {
			case err != nil || !c.Prover.Enabled:
			case d.prover != nil && name == d.Manifest.Nodes[0]:
				fmt.Fprintf(w, "  prover: a separate process at nice %d (mycel prover, log %s, metrics %s) proving for %s through its prover API http://%s (proofs in %s)\n",
					ProverNice, d.prover.logPath, d.prover.metrics, name, c.Prover.APIListen, filepath.Join(d.Home, name, "proofs"))
			default:
				fmt.Fprintf(w, "  prover: on %s, in this process (proofs in %s)\n", name, filepath.Join(d.Home, name, "proofs"))
			}
		}
	}
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

// ProverPID is the process id of the devnet's prover process
// (Config.ProverBin) while it runs, 0 otherwise: before node0 has its keys,
// between restarts, after Stop, and with the in-process prover.
func (d *Devnet) ProverPID() int {
	if d.prover == nil {
		return 0
	}
	return d.prover.PID()
}

// ProverMetrics is the URL of the Prometheus metrics of the devnet's
// prover (mycel_prover_*): the prover process's, or node0's with the
// in-process prover; empty without a prover.
func (d *Devnet) ProverMetrics() string {
	if d.prover != nil {
		return d.prover.metrics
	}
	if len(d.Manifest.Nodes) == 0 {
		return ""
	}
	if c, err := node.LoadConfig(filepath.Join(d.Home, d.Manifest.Nodes[0]), nil, nil); err == nil && c.Prover.Enabled {
		return d.Manifest.RPC[0] + "/metrics"
	}
	return ""
}

// Heights returns each running validator's committed L2 height.
func (d *Devnet) Heights() []uint64 {
	out := make([]uint64, len(d.nodes))
	for i, n := range d.nodes {
		out[i] = n.Height()
	}
	return out
}
