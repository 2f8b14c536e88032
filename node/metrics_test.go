package node

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus"
)

// TestMetricsAreConstructedInMetricsGo: every metric package node
// registers is constructed in metrics.go, where MetricsRegistry calls
// every constructor. A registration anywhere else would be missing from
// `mycel doc metrics` and from the dashboards' check.
func TestMetricsAreConstructedInMetricsGo(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	var found []string
	for _, f := range files {
		if f == "metrics.go" || strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		file, err := parser.ParseFile(fset, f, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			sel, ok := call.Fun.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			pkg, _ := sel.X.(*ast.Ident)
			switch {
			case sel.Sel.Name == "NewMetrics", sel.Sel.Name == "MustRegister", sel.Sel.Name == "Register" && pkg == nil,
				pkg != nil && (pkg.Name == "prometheus" || pkg.Name == "collectors") && strings.HasPrefix(sel.Sel.Name, "New") &&
					sel.Sel.Name != "NewRegistry":
				found = append(found, fset.Position(call.Pos()).String())
			}
			return true
		})
	}
	if len(found) > 0 {
		t.Fatalf("metrics constructed outside metrics.go (move them there and into MetricsRegistry): %s", strings.Join(found, ", "))
	}
}

func familyNames(t *testing.T, g prometheus.Gatherer) []string {
	t.Helper()
	mfs, err := g.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, mf := range mfs {
		out = append(out, mf.GetName())
	}
	return out
}

// TestMetricsRegistryHoldsTheNodesMetrics: a node's registry (here a
// plain node's, without L1) holds nothing MetricsRegistry lacks, and
// MetricsRegistry holds the rollup and prover metrics too.
func TestMetricsRegistryHoldsTheNodesMetrics(t *testing.T) {
	cfg, _ := testHome(t)
	log, _ := testLogger(t)
	n, err := New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Stop(context.Background()); err != nil {
			t.Error(err)
		}
	})
	all := familyNames(t, MetricsRegistry())
	node := familyNames(t, n.reg)
	if len(node) < 20 {
		t.Fatalf("the node gathers only %d metric families: %v", len(node), node)
	}
	for _, name := range node {
		if !slices.Contains(all, name) {
			t.Errorf("the node registers %s; MetricsRegistry does not", name)
		}
	}
	for _, name := range []string{"mycel_consensus_height", "mycel_mempool_txs", "mycel_p2p_peers", "mycel_rpc_rate_limit_clients",
		"mycel_x402_settle_seconds", "mycel_l1_up", "mycel_l1_tx_balance_wei", "mycel_l1_self_slashed", "mycel_rollup_batches_closed",
		"mycel_rollup_batches_certified", "mycel_prover_queued_batches", "mycel_prover_prove_seconds", "go_goroutines"} {
		if !slices.Contains(all, name) {
			t.Errorf("MetricsRegistry lacks %s", name)
		}
	}
	// Nothing is global: a second registry is built as well.
	if again := familyNames(t, MetricsRegistry()); !slices.Equal(again, all) {
		t.Errorf("a second MetricsRegistry gathers %d families, the first %d", len(again), len(all))
	}
}
