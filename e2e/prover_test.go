package e2e

import (
	"fmt"
	"net"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mycel-network/mycel/node"
)

// TestRemoteProver proves the rollup with a standalone `mycel prover`
// process: node0 proves nothing itself (prover.workers = 0) and serves its
// prover API on a listener of its own; the prover authenticates with the
// node's JWT secret, claims batches, and hands in proofs that node0
// verifies, stores and submits to L1, where the batches are finalized.
func TestRemoteProver(t *testing.T) {
	n := newNet(t, netOptions{})
	home0 := n.NodeHome(0)
	cfg, err := node.LoadConfig(home0, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(cfg.RPC.Listen)
	p, _ := strconv.Atoi(port)
	cfg.Prover.Workers = 0
	cfg.Prover.APIListen = fmt.Sprintf("127.0.0.1:%d", p+5)
	if err := cfg.Write(); err != nil {
		t.Fatal(err)
	}
	n.startAll()
	n.WaitFor("node0 serving remote provers only", time.Minute, func() (bool, string) {
		return len(n.GrepLog("node0", "batches wait for remote provers")) > 0, "no log line"
	})

	// With no prover running, batches are committed but none is finalized.
	b := n.traffic(1, 0, 1)
	n.waitCommitted(b.Index, 3*time.Minute)
	if f := n.finalizedCount(); f != 0 {
		t.Fatalf("%d batches finalized with no prover", f)
	}

	// A prover without the secret gets nothing; with it, it proves.
	n.Spawn("prover-nosecret", nil, "prover", "--node", "http://"+cfg.Prover.APIListen,
		"--jwt-secret", filepath.Join(t.TempDir(), "missing.hex"), "--keys", filepath.Join(home0, "prover-keys"),
		"--slots", fmt.Sprint(devProverParams.Slots), "--depth", fmt.Sprint(devProverParams.Depth))
	n.Spawn("prover", nil, "prover", "--node", "http://"+cfg.Prover.APIListen,
		"--jwt-secret", cfg.Path(cfg.Prover.APIJWTSecretFile), "--keys", filepath.Join(home0, "prover-keys"),
		"--slots", fmt.Sprint(devProverParams.Slots), "--depth", fmt.Sprint(devProverParams.Depth),
		"--proofs", filepath.Join(t.TempDir(), "proofs"))
	n.waitFinalized(b.Index, 5*time.Minute)
	b2 := n.traffic(2, 2, 3)
	n.waitFinalized(b2.Index, 5*time.Minute)
	if lines := n.GrepLog("prover-nosecret", "prover API secret"); len(lines) == 0 {
		t.Error("the prover without the secret did not say why it stopped")
	}
	if lines := n.GrepLog("node0", "proving service started"); len(lines) != 0 {
		t.Errorf("node0 proved itself: %s", strings.Join(lines, "\n"))
	}
	t.Logf("batches %d and %d proven by the remote prover and finalized on L1", b.Index, b2.Index)
}
