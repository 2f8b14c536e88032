package dashboards

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/mycel-network/mycel/internal/metricsdoc"
	"github.com/mycel-network/mycel/node"
)

// root is the repository root, from this package's directory.
const root = "../.."

// registry lists the node's metrics.
func registry(t *testing.T) []metricsdoc.Metric {
	t.Helper()
	ms, err := metricsdoc.Collect(node.RegisterMetrics)
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

// checkExprs checks that every mycel_ series each expression reads is a
// metric of ms (or a histogram's series), and that its brackets balance.
// where names each expression in errors. It returns the metrics used.
func checkExprs(t *testing.T, ms []metricsdoc.Metric, exprs map[string]string) map[string]bool {
	t.Helper()
	used := map[string]bool{}
	for where, expr := range exprs {
		names := metricsdoc.Names(expr, "mycel_")
		if len(names) == 0 {
			t.Errorf("%s: reads no mycel_ metric: %s", where, expr)
		}
		for _, n := range names {
			m, ok := metricsdoc.Lookup(ms, n)
			if !ok {
				t.Errorf("%s: %s is not a metric of the node (docs/metrics.md): %s", where, n, expr)
				continue
			}
			used[m.Name] = true
		}
		if err := balanced(expr); err != nil {
			t.Errorf("%s: %v: %s", where, err, expr)
		}
	}
	return used
}

// balanced checks that (), [] and {} pair up outside string literals.
func balanced(expr string) error {
	var stack []byte
	pair := map[byte]byte{')': '(', ']': '[', '}': '{'}
	for i := 0; i < len(expr); i++ {
		switch c := expr[i]; c {
		case '"', '\'', '`':
			j := i + 1
			for j < len(expr) && expr[j] != c {
				if expr[j] == '\\' {
					j++
				}
				j++
			}
			if j >= len(expr) {
				return fmt.Errorf("unterminated string at %d", i)
			}
			i = j
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pair[c] {
				return fmt.Errorf("unbalanced %q at %d", c, i)
			}
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) > 0 {
		return fmt.Errorf("unclosed %q", stack[len(stack)-1])
	}
	return nil
}

// queries collects every "expr" and "query" string in a Grafana
// dashboard (panel targets, nested rows, template variables), keyed by
// where it is.
func queries(v any, where string, out map[string]string) {
	switch v := v.(type) {
	case map[string]any:
		if v["type"] == "datasource" {
			return // a data source picker: its query is a plugin type
		}
		title, _ := v["title"].(string)
		if title != "" {
			where += " > " + title
		}
		for k, x := range v {
			if s, ok := x.(string); ok && (k == "expr" || k == "query") {
				ref, _ := v["refId"].(string)
				out[fmt.Sprintf("%s %s %s", where, k, ref)] = s
				continue
			}
			queries(x, where, out)
		}
	case []any:
		for i, x := range v {
			queries(x, fmt.Sprintf("%s[%d]", where, i), out)
		}
	}
}

func TestGrafanaDashboardUsesExistingMetrics(t *testing.T) {
	ms := registry(t)
	raw, err := os.ReadFile(filepath.Join(root, "docker", "grafana-dashboard.json"))
	if err != nil {
		t.Fatal(err)
	}
	var dash struct {
		Title  string           `json:"title"`
		UID    string           `json:"uid"`
		Panels []map[string]any `json:"panels"`
	}
	if err := json.Unmarshal(raw, &dash); err != nil {
		t.Fatalf("grafana-dashboard.json: %v", err)
	}
	if dash.Title == "" || dash.UID == "" || len(dash.Panels) == 0 {
		t.Fatalf("grafana-dashboard.json: title %q, uid %q, %d panels", dash.Title, dash.UID, len(dash.Panels))
	}
	var all any
	if err := json.Unmarshal(raw, &all); err != nil {
		t.Fatal(err)
	}
	exprs := map[string]string{}
	queries(all, "dashboard", exprs)
	if len(exprs) < 40 {
		t.Fatalf("found only %d queries in the dashboard", len(exprs))
	}
	used := checkExprs(t, ms, exprs)
	// The dashboard covers what issue 18 asks of it.
	for _, m := range []string{"mycel_consensus_height", "mycel_mempool_txs", "mycel_p2p_peers", "mycel_rollup_batches_closed",
		"mycel_rollup_batches_certified", "mycel_l1_rollup_committed_batches", "mycel_prover_queued_batches",
		"mycel_l1_rollup_finalized_batches", "mycel_l1_batches_posted_total", "mycel_l1_proofs_submitted_total",
		"mycel_prover_prove_seconds", "mycel_l1_slashes_seen_total", "mycel_rpc_rate_limited_total", "mycel_x402_settle_seconds",
		"mycel_l1_tx_balance_wei"} {
		if !used[m] {
			t.Errorf("the dashboard shows no %s", m)
		}
	}
	// Panel ids are unique (Grafana misplaces panels otherwise).
	ids := map[float64]bool{}
	for _, p := range dash.Panels {
		id, _ := p["id"].(float64)
		if ids[id] {
			t.Errorf("panel id %v used twice", id)
		}
		ids[id] = true
	}
}

// rules is a Prometheus rule file.
type rules struct {
	Groups []struct {
		Name  string `yaml:"name"`
		Rules []struct {
			Alert       string            `yaml:"alert"`
			Record      string            `yaml:"record"`
			Expr        string            `yaml:"expr"`
			For         string            `yaml:"for"`
			Labels      map[string]string `yaml:"labels"`
			Annotations map[string]string `yaml:"annotations"`
		} `yaml:"rules"`
	} `yaml:"groups"`
}

var durationRE = regexp.MustCompile(`^([0-9]+(ms|s|m|h|d|w|y))+$`)

func TestPrometheusAlertsUseExistingMetrics(t *testing.T) {
	ms := registry(t)
	raw, err := os.ReadFile(filepath.Join(root, "docker", "prometheus-alerts.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var file rules
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true) // a misspelt key is an error, not an ignored rule part
	if err := dec.Decode(&file); err != nil {
		t.Fatalf("prometheus-alerts.yml: %v", err)
	}
	exprs := map[string]string{}
	names := map[string]bool{}
	for _, g := range file.Groups {
		if g.Name == "" || len(g.Rules) == 0 {
			t.Errorf("group %q: a group needs a name and rules", g.Name)
		}
		for _, r := range g.Rules {
			where := g.Name + "/" + r.Alert
			switch {
			case r.Alert == "" || r.Record != "":
				t.Errorf("%s: every rule is an alert (alert set, record not)", where)
			case names[r.Alert]:
				t.Errorf("%s: alert name used twice", where)
			case !slices.Contains([]string{"critical", "warning", "info"}, r.Labels["severity"]):
				t.Errorf("%s: severity %q, want critical, warning or info", where, r.Labels["severity"])
			case r.Annotations["summary"] == "":
				t.Errorf("%s: no summary annotation", where)
			case r.For != "" && !durationRE.MatchString(r.For):
				t.Errorf("%s: for %q is not a Prometheus duration", where, r.For)
			}
			names[r.Alert] = true
			exprs[where] = r.Expr
		}
	}
	used := checkExprs(t, ms, exprs)
	// The alerts cover what issue 18 asks of them.
	for _, m := range []string{"mycel_consensus_height", "mycel_l1_up", "mycel_l1_rollup_committed_batches",
		"mycel_l1_rollup_unproven_age_seconds", "mycel_l1_rollup_proof_window_seconds", "mycel_l1_rollup_deposit_age_seconds",
		"mycel_l1_rollup_deposit_deadline_seconds", "mycel_prover_queued_batches", "mycel_l1_self_slashed", "mycel_l1_tx_balance_wei"} {
		if !used[m] {
			t.Errorf("no alert reads %s", m)
		}
	}
}

// TestChecksCatchARenamedMetric: the checks above fail for a metric that
// is not in the registry (as after a rename), in a dashboard query and in
// an alert expression alike.
func TestChecksCatchARenamedMetric(t *testing.T) {
	ms := registry(t)
	for _, expr := range []string{
		`rate(mycel_consensus_txs_committed_total[5m])`,
		`histogram_quantile(0.99, sum by (le) (rate(mycel_prover_prove_duration_seconds_bucket[5m])))`,
		`mycel_l1_self_slashed == 1 and mycel_l1_poster_balance_wei < 1e17`,
	} {
		var missing []string
		for _, n := range metricsdoc.Names(expr, "mycel_") {
			if _, ok := metricsdoc.Lookup(ms, n); !ok {
				missing = append(missing, n)
			}
		}
		if len(missing) != 1 {
			t.Errorf("%s: unknown names %v, want exactly the renamed one", expr, missing)
		}
	}
	for _, bad := range []string{`sum(rate(mycel_x[5m])`, `mycel_x{a="b"]`, `mycel_x{a="b}`} {
		if balanced(bad) == nil {
			t.Errorf("balanced(%q) found nothing wrong", bad)
		}
	}
}

// TestMetricsDocIsCurrent: docs/metrics.md is what `mycel doc metrics`
// prints. WRITE_TEST_FILES=1 rewrites it.
func TestMetricsDocIsCurrent(t *testing.T) {
	var b bytes.Buffer
	if err := metricsdoc.Markdown(&b, metricsdoc.WithPrefix(registry(t), "mycel_")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "docs", "metrics.md")
	if os.Getenv("WRITE_TEST_FILES") == "1" {
		if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	have, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, b.Bytes()) {
		want, got := strings.Split(b.String(), "\n"), strings.Split(string(have), "\n")
		for i := range max(len(want), len(got)) {
			w, g := "", ""
			if i < len(want) {
				w = want[i]
			}
			if i < len(got) {
				g = got[i]
			}
			if w != g {
				t.Fatalf("docs/metrics.md is stale (regenerate: mycel doc metrics > docs/metrics.md, or WRITE_TEST_FILES=1 go test ./internal/dashboards)\n"+
					"line %d:\n have %s\n want %s", i+1, g, w)
			}
		}
	}
}
