package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/internal/metricsdoc"
	"github.com/mycel-network/mycel/node"
)

// newDocCmd is `mycel doc`: reference documentation generated from this
// binary, so that it cannot drift from what the binary does.
func newDocCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "doc",
		Short: "Print reference documentation generated from this binary (metrics)",
		Args:  cobra.NoArgs,
	}
	cmd.AddCommand(newDocMetricsCmd())
	return cmd
}

func newDocMetricsCmd() *cobra.Command {
	var (
		format string
		all    bool
	)
	cmd := &cobra.Command{
		Use:   "metrics",
		Short: "List every metric a node can serve on /metrics: name, type, labels, help",
		Long: `metrics lists the metrics of a node's own registry (node.MetricsRegistry:
a plain node's, a rollup node's and a prover's), built as a node builds it,
so the list cannot drift from the code. --format md prints the Markdown
page docs/metrics.md holds (regenerate it with
"mycel doc metrics > docs/metrics.md"); --format json an array of
{name, type, labels, help}. Without --all only mycel_* metrics are listed,
not the Go runtime's go_* and the process's process_* ones.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			ms, err := metricsdoc.Collect(node.RegisterMetrics)
			if err != nil {
				return err
			}
			if !all {
				ms = metricsdoc.WithPrefix(ms, "mycel_")
			}
			switch format {
			case "md":
				return metricsdoc.Markdown(cmd.OutOrStdout(), ms)
			case "json":
				return metricsdoc.JSON(cmd.OutOrStdout(), ms)
			}
			return fmt.Errorf("doc metrics: unknown --format %q: use md or json", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "md", "output format: md (a Markdown table) or json")
	cmd.Flags().BoolVar(&all, "all", false, "list the Go runtime and process metrics (go_*, process_*) too")
	return cmd
}
