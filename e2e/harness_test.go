package e2e

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/devnet/devchain"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/internal/testutil/procnet"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/prover"
)

// The dev proving keys shared by the tests of one run (proverKeys).
var (
	keysOnce  sync.Once
	keysDir   string
	keysErr   error
	keysOwned bool // keysDir is this run's (removed at exit)
)

func TestMain(m *testing.M) {
	code := m.Run()
	testutil.RemoveBuilt()
	if keysOwned {
		os.RemoveAll(keysDir)
	}
	os.Exit(code)
}

// netOptions shape a test network.
type netOptions struct {
	// validators is the number of staked validators; 0 means validators (4).
	validators int
	// standby validators get a home and keys but no stake (--standby).
	standby int
	// l1Proxy puts a devchain.Proxy between the validators and the L1
	// chain (MYCEL_L1_RPC): Net.proxy.
	l1Proxy bool
	// docker runs every process as a container on a private network
	// (procnet.NewDockerDevnet); the L1 proxy then listens on the
	// network's gateway.
	docker bool
	// escapePeriod, proofWindow and depositDeadline, when set, are the
	// Rollup's windows (mycel devnet --escape-period, --proof-window,
	// --deposit-deadline; whole seconds); zero keeps the devnet's.
	escapePeriod, proofWindow, depositDeadline time.Duration
	// blsCertificates: mycel devnet --bls-certificates (ADR 031).
	blsCertificates bool
}

// Net is a devnet of real processes (procnet.NewDevnet: the L1 chain
// process and one process per validator) with what these tests add: an L1
// client, the L1 proxy, node0's prover keys and the test accounts' nonces.
type Net struct {
	*procnet.Net

	keys  string // prepared prover keys (proverKeys)
	l1    devnet.L1Info
	eth   *ethclient.Client // the L1 chain, directly
	proxy *devchain.Proxy   // with netOptions.l1Proxy

	nonces map[int]uint64 // next L2 nonce of each test account used
}

// validators is the number of staked validators of every test's devnet.
const validators = 4

// newNet creates a devnet in a temporary directory and runs its L1 chain;
// start the validators with startAll or Start.
func newNet(t *testing.T, opts netOptions) *Net {
	t.Helper()
	if testing.Short() {
		t.Skip("e2e: starts an L1 chain and validator processes")
	}
	// The keys first: the Rollup's escape period runs from its deployment.
	keys := proverKeys(t, testutil.BuildMycel(t))
	var args []string
	for _, w := range []struct {
		flag string
		d    time.Duration
	}{{"--escape-period", opts.escapePeriod}, {"--proof-window", opts.proofWindow}, {"--deposit-deadline", opts.depositDeadline}} {
		if w.d != 0 {
			args = append(args, w.flag, w.d.String())
		}
	}
	if opts.blsCertificates {
		args = append(args, "--bls-certificates")
	}
	staked := validators
	if opts.validators != 0 {
		staked = opts.validators
	}
	newDevnet := procnet.NewDevnet
	if opts.docker {
		newDevnet = procnet.NewDockerDevnet
	}
	pn, info := newDevnet(t, procnet.DevnetOptions{Validators: staked, Standby: opts.standby, Args: args})
	n := &Net{Net: pn, keys: keys, l1: info, nonces: map[int]uint64{}}
	n.BeforeStart = func(i int) {
		if i == 0 {
			n.installProverKeys()
		}
	}
	n.Cleanup(func() {
		if n.proxy != nil {
			n.proxy.Stop(context.Background())
		}
		if n.eth != nil {
			n.eth.Close()
		}
	})
	var err error
	if n.eth, err = ethclient.Dial(n.l1.URL); err != nil {
		t.Fatal(err)
	}
	n.WaitFor("the L1 chain to answer", 30*time.Second, func() (bool, string) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, err := n.eth.BlockNumber(ctx)
		return err == nil, fmt.Sprint(err)
	})
	if opts.l1Proxy {
		u, err := url.Parse(n.l1.URL)
		if err != nil {
			t.Fatal(err)
		}
		n.proxy = devchain.NewProxy(u.Host)
		if n.Containers != nil {
			n.proxy.Host = n.Containers.Gateway
		}
		if err := n.proxy.Start(context.Background()); err != nil {
			t.Fatal(err)
		}
		n.Env = append(n.Env, "MYCEL_L1_RPC="+n.proxy.URL())
	}
	return n
}

// startAll starts the 4 staked validators and waits for blocks.
func (n *Net) startAll() {
	n.T.Helper()
	for i := range validators {
		n.Start(i)
	}
	n.WaitHeight(0, 3, 2*time.Minute)
}

// operator returns the l1.json entry of node i.
func (n *Net) operator(i int) devnet.OperatorInfo {
	n.T.Helper()
	for _, op := range n.l1.Operators {
		if op.Node == n.Man.Nodes[i] {
			return op
		}
	}
	n.T.Fatalf("no operator for node%d in l1.json", i)
	return devnet.OperatorInfo{}
}

// nodeOfSigner returns the index of the node whose operator signs as signer.
func (n *Net) nodeOfSigner(signer string) int {
	n.T.Helper()
	for i := range n.Man.Nodes {
		if strings.EqualFold(n.operator(i).Signer, signer) {
			return i
		}
	}
	n.T.Fatalf("no node signs as %s", signer)
	return -1
}

// devProverParams is the circuit of `mycel devnet`'s prover: its batch
// slots and the L2 tree depth.
var devProverParams = prover.Params{Slots: devnet.DefaultL1Config().BatchSlots, Depth: ledger.DefaultDepth}

// proverKeys returns a directory holding the INSECURE dev proving keys of
// devProverParams: MYCEL_E2E_PROVER_KEYS if it holds them, else keys made
// once per run by `mycel prover setup --insecure-dev` (what node0 would do
// at its first start, ahead of the test so that it does not compete with
// the processes under test).
func proverKeys(t *testing.T, bin string) string {
	t.Helper()
	keysOnce.Do(func() {
		dir := os.Getenv("MYCEL_E2E_PROVER_KEYS")
		if dir == "" {
			if dir, keysErr = os.MkdirTemp("", "mycel-e2e-prover-keys-"); keysErr != nil {
				return
			}
			keysOwned = true
		}
		keysDir = dir
		if m, err := prover.ReadManifest(dir); err == nil && m.Version == prover.CircuitVersion && m.Params == devProverParams {
			return
		}
		t.Logf("creating INSECURE dev prover keys for %s in %s (once per run, about 80 s)", devProverParams.Name(), dir)
		start := time.Now()
		out, err := exec.Command(bin, "prover", "setup", "--insecure-dev", "--slots", fmt.Sprint(devProverParams.Slots),
			"--depth", fmt.Sprint(devProverParams.Depth), "--out", dir).CombinedOutput()
		if err != nil {
			keysErr = fmt.Errorf("mycel prover setup: %v\n%s", err, out)
			return
		}
		t.Logf("dev prover keys created in %v", time.Since(start).Round(time.Second))
	})
	if keysErr != nil {
		t.Fatal(keysErr)
	}
	return keysDir
}

// installProverKeys copies the prepared dev keys into node0's home so that
// its prover skips the dev setup.
func (n *Net) installProverKeys() {
	n.T.Helper()
	dst := filepath.Join(n.NodeHome(0), "prover-keys")
	if _, err := os.Stat(filepath.Join(dst, keysManifest)); err == nil {
		return
	}
	if err := copyDir(n.keys, dst); err != nil {
		n.T.Fatalf("copy prover keys: %v", err)
	}
}

const keysManifest = "manifest.json" // written last: marks a complete set

// copyDir copies the regular files of src into dst, the keys manifest
// last.
func copyDir(src, dst string) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(src)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if e.Name() == keysManifest || !e.Type().IsRegular() {
			continue
		}
		if err := copyFile(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())); err != nil {
			return err
		}
	}
	return copyFile(filepath.Join(src, keysManifest), filepath.Join(dst, keysManifest))
}

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
