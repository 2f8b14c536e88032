package prover

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/internal/service"
)

// NewCommand returns `mycel prover`: the standalone prover (pulling batches
// from a node over JSON-RPC) and its subcommands `setup`, `export` and
// `info`. logger returns the process logger once flags are parsed.
func NewCommand(logger func() *slog.Logger) *cobra.Command {
	if logger == nil {
		logger = func() *slog.Logger { return slog.Default() }
	}
	var (
		p       = DefaultParams
		keys    string
		node    string
		proofs  string
		workers int
		metrics string
		jwtFile string
	)
	cmd := &cobra.Command{
		Use:   "prover",
		Short: "Prove batches pulled from a node (standalone prover)",
		Long: "Runs a standalone prover: claims executed batches from a node's prover API\n" +
			"(prover.api_listen, the prover_* methods, authenticated with the node's JWT secret),\n" +
			"proves them with Groth16 and hands the proofs back; the node verifies each proof\n" +
			"before it takes it. Several provers can share one node; each batch goes to one\n" +
			"of them at a time.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			log := logger()
			RouteGnarkLogs(log)
			ctx := cmd.Context()
			if node == "" {
				return errors.New("prover: --node is required (the node's JSON-RPC URL)")
			}
			k, err := LoadKeys(keys, p, true, log)
			if err != nil {
				return err
			}
			if jwtFile == "" {
				return errors.New("prover: --jwt-secret is required (the node's prover.api_jwt_secret_file, copied to this machine)")
			}
			secret, err := ReadJWTSecret(jwtFile)
			if err != nil {
				return err
			}
			src, err := DialRPCSource(ctx, node, secret)
			if err != nil {
				return fmt.Errorf("prover: connect to %s: %w", node, err)
			}
			defer src.Close()
			stack := service.NewStack(log)
			m := NopMetrics()
			if metrics != "" {
				reg := prometheus.NewRegistry()
				m = NewMetrics(reg)
				stack.Add("metrics server", service.NewHTTPServer(metrics, promhttp.HandlerFor(reg, promhttp.HandlerOpts{})))
			}
			svc, err := NewService(Config{Workers: workers, ProofDir: proofs}, k, DefaultBackend(), src, src, log, m)
			if err != nil {
				return err
			}
			stack.Add("proving service", svc)
			if err := stack.Start(ctx); err != nil {
				return err
			}
			select {
			case <-ctx.Done():
			case <-svc.Done():
			}
			sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
			defer cancel()
			return stack.Stop(sctx)
		},
	}
	paramFlags := func(c *cobra.Command) {
		c.Flags().IntVar(&p.Slots, "slots", p.Slots, "transaction slots of the batch circuit")
		c.Flags().IntVar(&p.Depth, "depth", p.Depth, "account tree depth")
	}
	paramFlags(cmd)
	cmd.Flags().StringVar(&keys, "keys", "prover-keys", "key directory (from `mycel prover setup`)")
	cmd.Flags().StringVar(&node, "node", "", "URL of the node's prover API (prover.api_listen) to pull batches from")
	cmd.Flags().StringVar(&jwtFile, "jwt-secret", "", "file with the node's prover API secret (prover.api_jwt_secret_file, mode 600)")
	cmd.Flags().StringVar(&proofs, "proofs", "prover-proofs", "directory for finished proofs")
	cmd.Flags().IntVar(&workers, "workers", 1, "batches proven at once")
	cmd.Flags().StringVar(&metrics, "metrics", "", "serve Prometheus metrics on this address (e.g. :9102)")

	cmd.AddCommand(newSetupCommand(logger), newExportCommand(logger), newInfoCommand())
	return cmd
}

func newSetupCommand(logger func() *slog.Logger) *cobra.Command {
	var (
		p        = DefaultParams
		out      string
		insecure bool
	)
	cmd := &cobra.Command{
		Use:   "setup",
		Short: "Create proving and verifying keys (insecure dev setup or ceremony)",
		Long: "With --insecure-dev: a deterministic setup for devnets and tests (a ceremony\n" +
			"with no contributor, sealed by a public beacon: anyone can forge proofs).\n" +
			"For production keys run the multi-party ceremony: `mycel prover setup ceremony --help`.",
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !insecure {
				return errors.New("prover setup: production keys come from the ceremony (`mycel prover setup ceremony`); " +
					"pass --insecure-dev for devnet and test keys")
			}
			log := logger()
			RouteGnarkLogs(log)
			k, err := DevSetup(cmd.Context(), p, log)
			if err != nil {
				return err
			}
			if err := WriteKeys(out, k, log); err != nil {
				return err
			}
			log.Warn("INSECURE dev keys written", "dir", out, "circuit", p.Name(), "constraints", k.Manifest.Constraints)
			return nil
		},
	}
	cmd.Flags().IntVar(&p.Slots, "slots", p.Slots, "transaction slots of the batch circuit")
	cmd.Flags().IntVar(&p.Depth, "depth", p.Depth, "account tree depth")
	cmd.Flags().StringVar(&out, "out", "prover-keys", "key directory to write")
	cmd.Flags().BoolVar(&insecure, "insecure-dev", false, "deterministic INSECURE setup for devnets and tests")
	cmd.AddCommand(newCeremonyCommand(logger))
	return cmd
}

func newCeremonyCommand(logger func() *slog.Logger) *cobra.Command {
	var (
		p      = DefaultParams
		in     string
		out    string
		srs    string
		beacon string
		dir    string
	)
	cmd := &cobra.Command{
		Use:   "ceremony",
		Short: "Multi-party Groth16 ceremony (gnark mpcsetup): every step is a file anyone can verify",
		Long: "Phase 1 (powers of tau):  phase1-init -> phase1-contribute (each participant) -> phase1-seal\n" +
			"Phase 2 (this circuit):   phase2-init -> phase2-contribute (each participant) -> phase2-seal\n" +
			"The seal steps re-verify every contribution file in order and apply a public\n" +
			"beacon (hex, published after the last contribution); anyone can re-run them.",
	}
	flagsP := func(c *cobra.Command) {
		c.Flags().IntVar(&p.Slots, "slots", p.Slots, "transaction slots of the batch circuit")
		c.Flags().IntVar(&p.Depth, "depth", p.Depth, "account tree depth")
	}
	beaconBytes := func() ([]byte, error) {
		b, err := hex.DecodeString(beacon)
		if err != nil || len(b) == 0 {
			return nil, fmt.Errorf("ceremony: --beacon must be non-empty hex")
		}
		return b, nil
	}
	p1init := &cobra.Command{Use: "phase1-init", Short: "Write the initial phase 1 file",
		RunE: func(*cobra.Command, []string) error {
			ccs, err := Compile(p)
			if err != nil {
				return err
			}
			return Phase1Init(DomainSize(ccs), out, logger())
		}}
	flagsP(p1init)
	p1c := &cobra.Command{Use: "phase1-contribute", Short: "Add your randomness to the latest phase 1 file",
		RunE: func(*cobra.Command, []string) error { return Phase1Contribute(in, out, logger()) }}
	p1s := &cobra.Command{Use: "phase1-seal [contribution files in order]", Short: "Verify all phase 1 contributions and seal with the beacon",
		Args: cobra.MinimumNArgs(1),
		RunE: func(_ *cobra.Command, files []string) error {
			b, err := beaconBytes()
			if err != nil {
				return err
			}
			ccs, err := Compile(p)
			if err != nil {
				return err
			}
			return Phase1Seal(DomainSize(ccs), b, out, logger(), files...)
		}}
	flagsP(p1s)
	p2init := &cobra.Command{Use: "phase2-init", Short: "Write the initial phase 2 file of the circuit",
		RunE: func(*cobra.Command, []string) error {
			ccs, err := Compile(p)
			if err != nil {
				return err
			}
			return Phase2Init(ccs, srs, out, logger())
		}}
	flagsP(p2init)
	p2c := &cobra.Command{Use: "phase2-contribute", Short: "Add your randomness to the latest phase 2 file",
		RunE: func(*cobra.Command, []string) error { return Phase2Contribute(in, out, logger()) }}
	p2s := &cobra.Command{Use: "phase2-seal [contribution files in order]", Short: "Verify all phase 2 contributions, seal, write the keys",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, files []string) error {
			b, err := beaconBytes()
			if err != nil {
				return err
			}
			ccs, err := Compile(p)
			if err != nil {
				return err
			}
			k, err := Phase2Seal(cmd.Context(), p, ccs, srs, b, logger(), files...)
			if err != nil {
				return err
			}
			return WriteKeys(dir, k, logger())
		}}
	flagsP(p2s)
	for _, c := range []*cobra.Command{p1init, p1c, p1s, p2init, p2c, p2s} {
		c.Flags().StringVar(&out, "out", "", "file to write")
	}
	for _, c := range []*cobra.Command{p1c, p2c} {
		c.Flags().StringVar(&in, "in", "", "latest contribution file")
	}
	for _, c := range []*cobra.Command{p2init, p2s} {
		c.Flags().StringVar(&srs, "srs", "", "sealed phase 1 file")
	}
	for _, c := range []*cobra.Command{p1s, p2s} {
		c.Flags().StringVar(&beacon, "beacon", "", "public random beacon (hex)")
	}
	p2s.Flags().StringVar(&dir, "keys", "prover-keys", "key directory to write")
	cmd.AddCommand(p1init, p1c, p1s, p2init, p2c, p2s)
	return cmd
}

func newExportCommand(logger func() *slog.Logger) *cobra.Command {
	var (
		p    = DefaultParams
		keys string
		out  string
		name string
	)
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Export the Solidity verifier of a key directory",
		RunE: func(*cobra.Command, []string) error {
			k, err := LoadKeys(keys, p, false, logger())
			if err != nil {
				return err
			}
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			if err := ExportSolidity(f, k, name); err != nil {
				f.Close()
				return err
			}
			return f.Close()
		},
	}
	cmd.Flags().IntVar(&p.Slots, "slots", p.Slots, "transaction slots of the batch circuit")
	cmd.Flags().IntVar(&p.Depth, "depth", p.Depth, "account tree depth")
	cmd.Flags().StringVar(&keys, "keys", "prover-keys", "key directory")
	cmd.Flags().StringVar(&out, "out", "BatchVerifier.sol", "Solidity file to write")
	cmd.Flags().StringVar(&name, "name", "BatchVerifier", "contract name")
	return cmd
}

func newInfoCommand() *cobra.Command {
	var keys string
	cmd := &cobra.Command{
		Use:   "info",
		Short: "Print a key directory's manifest (circuit, setup kind, checksums)",
		RunE: func(cmd *cobra.Command, _ []string) error {
			m, err := ReadManifest(keys)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(m)
		},
	}
	cmd.Flags().StringVar(&keys, "keys", "prover-keys", "key directory")
	return cmd
}
