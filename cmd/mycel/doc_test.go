package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/mycel-network/mycel/internal/metricsdoc"
)

func runDoc(t *testing.T, args ...string) (string, error) {
	t.Helper()
	var out bytes.Buffer
	root := newRootCmd()
	root.SetOut(&out)
	root.SetErr(&bytes.Buffer{})
	root.SetArgs(append([]string{"doc", "metrics"}, args...))
	err := root.Execute()
	return out.String(), err
}

func TestDocMetrics(t *testing.T) {
	raw, err := runDoc(t, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var ms []metricsdoc.Metric
	if err := json.Unmarshal([]byte(raw), &ms); err != nil {
		t.Fatalf("--format json: %v\n%s", err, raw)
	}
	byName := map[string]metricsdoc.Metric{}
	for _, m := range ms {
		if !strings.HasPrefix(m.Name, "mycel_") {
			t.Errorf("%s listed without --all", m.Name)
		}
		if m.Help == "" {
			t.Errorf("%s has no help text", m.Name)
		}
		byName[m.Name] = m
	}
	for name, want := range map[string]string{
		"mycel_consensus_height":               "gauge []",
		"mycel_mempool_rejected_total":         "counter [reason]",
		"mycel_x402_requests_total":            "counter [endpoint result]",
		"mycel_x402_settle_seconds":            "histogram []",
		"mycel_l1_tx_balance_wei":              "gauge []",
		"mycel_l1_self_slashed":                "gauge []",
		"mycel_rollup_batches_closed":          "gauge []",
		"mycel_prover_prove_seconds":           "histogram []",
		"mycel_rpc_rate_limited_total":         "counter [transport]",
		"mycel_prover_queued_batches":          "gauge []",
		"mycel_l1_rollup_proof_window_seconds": "gauge []",
	} {
		m, ok := byName[name]
		if got := m.Type + " [" + strings.Join(m.Labels, " ") + "]"; !ok || got != want {
			t.Errorf("%s: listed %v as %q, want %q", name, ok, got, want)
		}
	}

	md, err := runDoc(t)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(md, "| `mycel_l1_tx_balance_wei` | gauge |  | ") || strings.Contains(md, "go_goroutines") {
		t.Errorf("Markdown listing:\n%s", md)
	}
	all, err := runDoc(t, "--all", "--format", "json")
	if err != nil || !strings.Contains(all, `"go_goroutines"`) {
		t.Errorf("--all lacks go_goroutines (%v)", err)
	}

	if _, err := runDoc(t, "--format", "yaml"); err == nil || !strings.Contains(err.Error(), `unknown --format "yaml": use md or json`) {
		t.Errorf("--format yaml: %v", err)
	}
}
