package procnet

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/internal/testutil"
)

// NewTestnet creates a testnet of `validators` nodes with `mycel init
// --testnet` (initArgs are further init flags: --accounts, --chain-id, ...)
// in DIR/testnet, on free 127.0.0.1 ports. Start the nodes with Start.
func NewTestnet(t testing.TB, validators int, initArgs ...string) *Net {
	t.Helper()
	if testing.Short() {
		t.Skip("starts validator processes")
	}
	n := &Net{T: t, Bin: testutil.BuildMycel(t), Dir: testDir(t, "mycel-testnet-")}
	n.Home = filepath.Join(n.Dir, "testnet")
	t.Cleanup(n.cleanup)
	if err := os.MkdirAll(n.Home, 0o755); err != nil {
		t.Fatal(err)
	}
	base := testutil.FreePortBase(t, validators)
	args := append([]string{"init", "--home", n.Home, "--testnet", fmt.Sprint(validators), "--base-port", fmt.Sprint(base)}, initArgs...)
	if out, err := exec.Command(n.Bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("mycel init: %v\n%s", err, out)
	}
	if err := n.readTestnet(); err != nil {
		t.Fatal(err)
	}
	n.dial()
	return n
}

// DevnetOptions shape NewDevnet's network.
type DevnetOptions struct {
	// Validators is the number of staked validators (--validators).
	Validators int
	// Standby validators get a home and keys but no stake (--standby).
	Standby int
	// Args are further `mycel devnet` flags.
	Args []string
}

// DevnetReady bounds the devnet's creation (deploy, register, wait for the
// stake epoch).
const DevnetReady = 90 * time.Second

// NewDevnet runs `mycel devnet --l1-only` in the background (log
// devnet.log): it creates the rollup devnet in DIR/devnet, then keeps only
// the L1 chain running. NewDevnet returns once the devnet's files are
// complete, with what l1.json says of the L1 chain. Start the validators
// with Start; node i uses ports base+10i .. base+10i+2, the L1 chain one of
// the slot after the last.
func NewDevnet(t testing.TB, opts DevnetOptions) (*Net, devnet.L1Info) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts an L1 chain and validator processes")
	}
	n := &Net{T: t, Bin: testutil.BuildMycel(t), Dir: testDir(t, "mycel-e2e-")}
	n.Home = filepath.Join(n.Dir, "devnet")
	t.Cleanup(n.cleanup)
	total := opts.Validators + opts.Standby
	base := testutil.FreePortBase(t, total+1)
	l1Addr := fmt.Sprintf("127.0.0.1:%d", base+10*total+5)
	args := []string{"devnet", "--home", n.Home, "--l1-only", "--l1-addr", l1Addr, "--base-port", fmt.Sprint(base),
		"--validators", fmt.Sprint(opts.Validators), "--log-level", "info"}
	if opts.Standby > 0 {
		args = append(args, "--standby", fmt.Sprint(opts.Standby))
	}
	l1proc := n.Spawn("devnet", nil, append(args, opts.Args...)...)

	info := n.waitDevnetFiles(l1proc)
	n.dial()
	return n, info
}
