package devnet

import (
	"fmt"
	"os"
	"testing"

	"github.com/mycel-network/mycel/prover"
)

// TestMain makes this test binary the devnet's prover process when a test
// sets Config.ProverBin to it: run as `<test binary> prover --node ...`,
// it is `mycel prover` (the same command tree), not the tests.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == "prover" {
		cmd := prover.NewCommand(nil)
		cmd.SetArgs(os.Args[2:])
		if err := cmd.Execute(); err != nil {
			fmt.Fprintln(os.Stderr, "prover:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}
