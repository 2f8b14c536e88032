package devnet

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/mycel-network/mycel/node"
)

// TestConfigureL1Runs checks that the devnet writes node configs a node
// accepts for long L1 runs: a commit gather longer than the default 10 s
// poster fallback moves the fallback above it (a node refuses a gather
// that is not below its fallback), and the run lengths reach every node.
func TestConfigureL1Runs(t *testing.T) {
	dir := t.TempDir()
	opts := node.DefaultInitOptions()
	opts.Accounts, opts.BasePort = 2, 36600
	if _, err := node.InitTestnet(dir, 2, opts); err != nil {
		t.Fatal(err)
	}
	homes := []string{filepath.Join(dir, "node0"), filepath.Join(dir, "node1")}
	for _, tc := range []struct {
		gather, fallback time.Duration
		perTx            int
	}{
		{0, 10 * time.Second, 0},
		{8 * time.Second, 10 * time.Second, 0},
		{2 * time.Minute, 2*time.Minute + 10*time.Second, 16},
	} {
		cfg := DefaultL1Config()
		cfg.Prover = false
		cfg.CommitGather, cfg.CommitsPerTx, cfg.ProofsPerTx = tc.gather, tc.perTx, tc.perTx
		if err := configureL1(homes, "http://127.0.0.1:8545", cfg); err != nil {
			t.Fatal(err)
		}
		def := node.DefaultConfig("")
		for _, h := range homes {
			c, err := node.LoadConfig(h, nil, nil)
			if err != nil {
				t.Fatalf("gather %v: %v", tc.gather, err)
			}
			if err := c.Validate(); err != nil {
				t.Fatalf("gather %v: the node refuses the devnet's config: %v", tc.gather, err)
			}
			if c.L1.CommitGather.Std() != tc.gather || c.L1.PosterFallback.Std() != tc.fallback {
				t.Fatalf("gather %v: config has gather %v, fallback %v; want fallback %v", tc.gather, c.L1.CommitGather, c.L1.PosterFallback, tc.fallback)
			}
			wantCommits, wantProofs := def.L1.CommitsPerTx, def.L1.ProofsPerTx
			if tc.perTx > 0 {
				wantCommits, wantProofs = tc.perTx, tc.perTx
			}
			if c.L1.CommitsPerTx != wantCommits || c.L1.ProofsPerTx != wantProofs {
				t.Fatalf("per tx %d: config has commits %d, proofs %d", tc.perTx, c.L1.CommitsPerTx, c.L1.ProofsPerTx)
			}
		}
	}
}
