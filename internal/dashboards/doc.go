// Package dashboards holds no code: its tests check the monitoring files
// against the node's own metric registry (node.MetricsRegistry), so that
// renaming a metric fails the build instead of blanking a panel or
// silencing an alert:
//
//   - docker/grafana-dashboard.json: every metric its queries read exists;
//   - docker/prometheus-alerts.yml: every rule is well formed (name, expr,
//     severity, summary) and every metric its expressions read exists;
//   - docs/metrics.md is what `mycel doc metrics` prints (regenerate with
//     WRITE_TEST_FILES=1 or `mycel doc metrics > docs/metrics.md`).
//
// What this package must not do: hold a list of metric names of its own.
package dashboards
