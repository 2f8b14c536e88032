package e2e

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/devnet/devchain"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
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

// proc is one running process of the binary.
type proc struct {
	name string
	cmd  *exec.Cmd
	done chan struct{} // closed when the process has exited
	err  error         // its exit status, once done is closed
}

func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// kill sends SIGKILL and waits for the process to be gone.
func (p *proc) kill() {
	if p == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// netOptions shape a test network.
type netOptions struct {
	// standby validators get a home and keys but no stake (--standby).
	standby int
	// l1Proxy puts a devchain.Proxy between the validators and the L1
	// chain (MYCEL_L1_RPC): Net.proxy.
	l1Proxy bool
	// escapePeriod, proofWindow and depositDeadline, when set, are the
	// Rollup's windows (mycel devnet --escape-period, --proof-window,
	// --deposit-deadline; whole seconds); zero keeps the devnet's.
	escapePeriod, proofWindow, depositDeadline time.Duration
}

// Net is a devnet of real processes: the L1 chain process and one process
// per validator.
type Net struct {
	t    *testing.T
	bin  string
	keys string // prepared prover keys (proverKeys)
	dir  string // logs and the devnet home
	home string // the devnet home (H)

	man   node.TestnetManifest
	l1    devnet.L1Info
	accts []node.TestAccount

	l1proc *proc
	procs  []*proc // by node index; nil when not running
	env    []string

	eth     *ethclient.Client // the L1 chain, directly
	clients []*rpc.Client     // by node index (HTTP: reconnects after restarts)
	proxy   *devchain.Proxy   // with netOptions.l1Proxy

	nonces map[int]uint64 // next L2 nonce of each test account used
}

const (
	validators = 4
	// devnetReady bounds the devnet's creation (deploy, register, wait
	// for the stake epoch).
	devnetReady = 90 * time.Second
)

// newNet creates a devnet in a temporary directory and runs its L1 chain;
// start the validators with startAll or start.
func newNet(t *testing.T, opts netOptions) *Net {
	t.Helper()
	if testing.Short() {
		t.Skip("e2e: starts an L1 chain and validator processes")
	}
	bin := testutil.BuildMycel(t) // once per run
	keys := proverKeys(t, bin)
	dir := t.TempDir()
	if os.Getenv("MYCEL_E2E_KEEP") == "1" {
		var err error
		if dir, err = os.MkdirTemp("", "mycel-e2e-"+t.Name()+"-"); err != nil {
			t.Fatal(err)
		}
		t.Logf("MYCEL_E2E_KEEP=1: logs and homes kept in %s", dir)
	}
	n := &Net{t: t, bin: bin, keys: keys, dir: dir, home: filepath.Join(dir, "devnet"), nonces: map[int]uint64{}}
	total := validators + opts.standby
	// Validator i uses base+10i .. base+10i+2; the L1 chain takes a port
	// of the slot after the last validator.
	base := testutil.FreePortBase(t, total+1)
	l1Addr := fmt.Sprintf("127.0.0.1:%d", base+10*total+5)
	t.Cleanup(n.cleanup)

	args := []string{"devnet", "--home", n.home, "--l1-only", "--l1-addr", l1Addr, "--base-port", fmt.Sprint(base),
		"--validators", fmt.Sprint(validators), "--log-level", "info"}
	if opts.standby > 0 {
		args = append(args, "--standby", fmt.Sprint(opts.standby))
	}
	for _, w := range []struct {
		flag string
		d    time.Duration
	}{{"--escape-period", opts.escapePeriod}, {"--proof-window", opts.proofWindow}, {"--deposit-deadline", opts.depositDeadline}} {
		if w.d != 0 {
			args = append(args, w.flag, w.d.String())
		}
	}
	n.l1proc = n.spawn("devnet", nil, args...)
	err := procWait(devnetReady).Poll(func() error {
		if n.l1proc.exited() {
			t.Fatalf("mycel devnet exited: %v", n.l1proc.err)
		}
		if !n.loadDevnet() {
			return errors.New("devnet files incomplete")
		}
		return nil
	})
	if err != nil {
		t.Fatalf("devnet not created within %s", devnetReady)
	}
	if n.eth, err = ethclient.Dial(n.l1.URL); err != nil {
		t.Fatal(err)
	}
	n.waitFor("the L1 chain to answer", 30*time.Second, func() (bool, string) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_, err := n.eth.BlockNumber(ctx)
		return err == nil, fmt.Sprint(err)
	})
	n.procs = make([]*proc, len(n.man.Nodes))
	n.clients = make([]*rpc.Client, len(n.man.Nodes))
	for i, u := range n.man.RPC {
		if n.clients[i], err = rpc.Dial(u); err != nil {
			t.Fatal(err)
		}
	}
	if opts.l1Proxy {
		u, err := url.Parse(n.l1.URL)
		if err != nil {
			t.Fatal(err)
		}
		if n.proxy, err = devchain.NewProxy(u.Host); err != nil {
			t.Fatal(err)
		}
		n.env = append(n.env, "MYCEL_L1_RPC="+n.proxy.URL())
	}
	return n
}

// loadDevnet reads testnet.json, l1.json and accounts.json once all are
// complete.
func (n *Net) loadDevnet() bool {
	read := func(name string, v any) bool {
		b, err := os.ReadFile(filepath.Join(n.home, name))
		return err == nil && json.Unmarshal(b, v) == nil
	}
	if !read("l1.json", &n.l1) || n.l1.Deployment == nil || !read("testnet.json", &n.man) {
		return false
	}
	return read(n.man.Account, &n.accts)
}

// spawn starts the binary with args, its output appended to DIR/name.log.
func (n *Net) spawn(name string, env []string, args ...string) *proc {
	n.t.Helper()
	logf, err := os.OpenFile(n.logPath(name), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		n.t.Fatal(err)
	}
	fmt.Fprintf(logf, "=== %s: %s %s\n", time.Now().Format(time.RFC3339Nano), n.bin, strings.Join(args, " "))
	cmd := exec.Command(n.bin, args...)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = append(os.Environ(), env...)
	if err := cmd.Start(); err != nil {
		logf.Close()
		n.t.Fatalf("start %s: %v", name, err)
	}
	p := &proc{name: name, cmd: cmd, done: make(chan struct{})}
	go func() {
		p.err = cmd.Wait()
		logf.Close()
		close(p.done)
	}()
	return p
}

func (n *Net) logPath(name string) string { return filepath.Join(n.dir, name+".log") }

// nodeHome is H/nodeI.
func (n *Net) nodeHome(i int) string { return filepath.Join(n.home, n.man.Nodes[i]) }

// startAll starts the 4 staked validators and waits for blocks.
func (n *Net) startAll() {
	n.t.Helper()
	for i := range validators {
		n.start(i)
	}
	n.waitHeight(0, 3, 2*time.Minute)
}

// start runs `mycel start --home H/nodeI` and waits until it serves RPC.
// node0 gets the prepared prover keys first.
func (n *Net) start(i int) {
	n.t.Helper()
	if n.procs[i] != nil {
		n.t.Fatalf("node%d is already running", i)
	}
	if i == 0 {
		n.installProverKeys()
	}
	n.procs[i] = n.spawn(n.man.Nodes[i], n.env, "start", "--home", n.nodeHome(i))
	n.waitFor(fmt.Sprintf("node%d to serve RPC", i), time.Minute, func() (bool, string) {
		var st node.StatusResult
		err := n.call(i, &st, "mycel_status")
		return err == nil, fmt.Sprint(err)
	})
}

// kill SIGKILLs node i.
func (n *Net) kill(i int) {
	n.t.Helper()
	n.procs[i].kill()
	n.procs[i] = nil
}

func (n *Net) cleanup() {
	for i := len(n.procs) - 1; i >= 0; i-- {
		n.procs[i].kill()
	}
	if n.proxy != nil {
		n.proxy.Close()
	}
	n.l1proc.kill()
	if n.eth != nil {
		n.eth.Close()
	}
	for _, c := range n.clients {
		if c != nil {
			c.Close()
		}
	}
	if n.t.Failed() {
		n.printLogs(60)
	}
}

// printLogs logs the last lines of every process's log.
func (n *Net) printLogs(lines int) {
	entries, _ := filepath.Glob(filepath.Join(n.dir, "*.log"))
	for _, path := range entries {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		ls := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		n.t.Logf("--- %s (last %d lines of %d)\n%s", filepath.Base(path), min(lines, len(ls)), len(ls),
			strings.Join(ls[max(0, len(ls)-lines):], "\n"))
	}
}

// grepLog returns the lines of name.log that contain every one of subs.
func (n *Net) grepLog(name string, subs ...string) []string {
	b, _ := os.ReadFile(n.logPath(name))
	var out []string
	for _, l := range strings.Split(string(b), "\n") {
		ok := true
		for _, s := range subs {
			ok = ok && strings.Contains(l, s)
		}
		if ok {
			out = append(out, l)
		}
	}
	return out
}

// procWait checks a condition of the processes every 250 ms, for up to
// within.
func procWait(within time.Duration) testutil.Wait {
	return testutil.Wait{Within: within, Every: 250 * time.Millisecond}
}

// waitFor polls ok every 250 ms until it reports true; after within it
// fails the test with what and the last state ok described, and says which
// processes have exited.
func (n *Net) waitFor(what string, within time.Duration, ok func() (bool, string)) {
	n.t.Helper()
	err := procWait(within).Poll(func() error {
		if done, state := ok(); !done {
			return errors.New(state)
		}
		return nil
	})
	if err != nil {
		n.t.Fatalf("timed out after %s waiting for %s (last: %s)%s", within, what, err, n.deadProcs())
	}
}

// deadProcs describes the processes that exited although expected to run.
func (n *Net) deadProcs() string {
	var dead []string
	for _, p := range append([]*proc{n.l1proc}, n.procs...) {
		if p != nil && p.exited() {
			dead = append(dead, fmt.Sprintf("%s (%v)", p.name, p.err))
		}
	}
	if len(dead) == 0 {
		return ""
	}
	return "; exited: " + strings.Join(dead, ", ")
}

// call makes a JSON-RPC call to node i with a timeout.
func (n *Net) call(i int, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	return n.clients[i].CallContext(ctx, result, method, args...)
}

// mustCall is call that fails the test on error.
func (n *Net) mustCall(i int, result any, method string, args ...any) {
	n.t.Helper()
	if err := n.call(i, result, method, args...); err != nil {
		n.t.Fatalf("node%d %s: %v%s", i, method, err, n.deadProcs())
	}
}

func (n *Net) status(i int) node.StatusResult {
	n.t.Helper()
	var st node.StatusResult
	n.mustCall(i, &st, "mycel_status")
	return st
}

func (n *Net) waitHeight(i int, h uint64, within time.Duration) {
	n.t.Helper()
	n.waitFor(fmt.Sprintf("node%d at height %d", i, h), within, func() (bool, string) {
		var st node.StatusResult
		if err := n.call(i, &st, "mycel_status"); err != nil {
			return false, err.Error()
		}
		return uint64(st.Height) >= h, fmt.Sprintf("height %d", st.Height)
	})
}

// waitSynced waits until node i has left block sync and is within a block
// of node ref.
func (n *Net) waitSynced(i, ref int, within time.Duration) {
	n.t.Helper()
	n.waitFor(fmt.Sprintf("node%d to catch up with node%d", i, ref), within, func() (bool, string) {
		var st, rst node.StatusResult
		if err := n.call(i, &st, "mycel_status"); err != nil {
			return false, err.Error()
		}
		if err := n.call(ref, &rst, "mycel_status"); err != nil {
			return false, err.Error()
		}
		return !st.CatchingUp && st.Height+1 >= rst.Height,
			fmt.Sprintf("height %d (node%d at %d), catching up %v", st.Height, ref, rst.Height, st.CatchingUp)
	})
}

// operator returns the l1.json entry of node i.
func (n *Net) operator(i int) devnet.OperatorInfo {
	n.t.Helper()
	for _, op := range n.l1.Operators {
		if op.Node == n.man.Nodes[i] {
			return op
		}
	}
	n.t.Fatalf("no operator for node%d in l1.json", i)
	return devnet.OperatorInfo{}
}

// nodeOfSigner returns the index of the node whose operator signs as signer.
func (n *Net) nodeOfSigner(signer string) int {
	n.t.Helper()
	for i := range n.man.Nodes {
		if strings.EqualFold(n.operator(i).Signer, signer) {
			return i
		}
	}
	n.t.Fatalf("no node signs as %s", signer)
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
	n.t.Helper()
	dst := filepath.Join(n.nodeHome(0), "prover-keys")
	if _, err := os.Stat(filepath.Join(dst, keysManifest)); err == nil {
		return
	}
	if err := copyDir(n.keys, dst); err != nil {
		n.t.Fatalf("copy prover keys: %v", err)
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
