// Command mycel is the one mycel binary: init, start, config and bench for
// node operators today; devnet, operator tools and the agent MCP server
// will hang off it as subcommands.
package main

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"runtime"
	"strings"

	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/internal/progress"
	"github.com/mycel-network/mycel/prover"
)

// version is the release this binary was built from. Release builds set it
// with -ldflags "-X main.version=v1.2.3".
var version = "dev"

func main() {
	err := newRootCmd().Execute()
	endLiveLines() // a wait's live line goes before the result or error
	if err != nil {
		fmt.Fprintln(os.Stderr, "mycel:", err)
		os.Exit(1)
	}
}

// newRootCmd builds the command tree. It holds no state outside the returned
// command, so tests can build and run as many trees as they like.
func newRootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "mycel",
		Short: "mycel: a decentralized sequencer for an Ethereum zk-rollup",
		// main prints the error once; cobra would print it too and then the
		// usage text, which hides the error for anything but a flag mistake.
		SilenceErrors: true,
		SilenceUsage:  true,
	}
	root.PersistentFlags().String("home", defaultHome(), "node home directory (env MYCEL_HOME)")
	root.AddCommand(newVersionCmd(), newInitCmd(), newStartCmd(), newConfigCmd(), newBenchCmd(), newDevnetCmd(), newExitProofCmd(), newOperatorCmd(), newWalletCmd(), newMCPCmd(), newDocCmd(), newBountyCmd(), newAgentsCmd(), newAgentCmd(), newHealthCmd(), newDevnetHostsCmd(), newDevnetAgentCmd(),
		prover.NewCommand(func() *slog.Logger { return progress.NewLogger(root.ErrOrStderr(), nil) }))
	return root
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print the mycel version and the Go version it was built with",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return printVersion(cmd.OutOrStdout())
		},
	}
}

// printVersion writes "mycel <version> (go <Go version>)", e.g.
// "mycel dev (go 1.26.8)".
func printVersion(w io.Writer) error {
	goVersion := strings.TrimPrefix(runtime.Version(), "go")
	_, err := fmt.Fprintf(w, "mycel %s (go %s)\n", version, goVersion)
	return err
}
