package procnet

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

const (
	// Every is how often every wait of this package checks its condition.
	Every = 250 * time.Millisecond
	// CallTimeout bounds one JSON-RPC call to a node.
	CallTimeout = 10 * time.Second
	// StartWithin bounds how long Start waits for a node to serve RPC.
	StartWithin = time.Minute
	// LogTail is how many lines of each log a failed test prints.
	LogTail = 60
)

// Wait checks a condition of the processes every Every, for up to within.
func Wait(within time.Duration) testutil.Wait {
	return testutil.Wait{Within: within, Every: Every}
}

// Net is a network of mycel processes: one per validator, and any other
// process spawned (the devnet's L1 chain). Build one with NewTestnet or
// NewDevnet.
type Net struct {
	T    testing.TB
	Bin  string // the mycel binary
	Dir  string // the test's directory: NAME.log of every process, and Home
	Home string // the testnet's directory: testnet.json, accounts.json, the node homes

	Man   node.TestnetManifest
	Accts []node.TestAccount // the test accounts (Man.Account)

	// Env is added to the environment of every validator started from now.
	Env []string
	// BeforeStart, when set, prepares node i's home before each Start.
	BeforeStart func(i int)
	// Containers, when set (NewDockerDevnet), runs every process as a
	// container on a private network instead of a process on 127.0.0.1.
	Containers *Containers

	procs    []*Proc       // validators by node index; nil when not running
	others   []*Proc       // other processes (Spawn)
	clients  []*rpc.Client // by node index, for the Net's life (HTTP: they reconnect after restarts)
	cleanups []func()
}

// readTestnet reads the testnet's manifest (HOME/testnet.json) and test
// accounts.
func (n *Net) readTestnet() error {
	if err := readJSON(filepath.Join(n.Home, "testnet.json"), &n.Man); err != nil {
		return err
	}
	return readJSON(filepath.Join(n.Home, n.Man.Account), &n.Accts)
}

// dial makes one RPC client per node of the manifest.
func (n *Net) dial() {
	n.T.Helper()
	n.procs = make([]*Proc, len(n.Man.Nodes))
	n.clients = make([]*rpc.Client, len(n.Man.Nodes))
	for i, u := range n.Man.RPC {
		c, err := rpc.Dial(u) // HTTP: connects on the first call
		if err != nil {
			n.T.Fatal(err)
		}
		n.clients[i] = c
	}
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// testDir is the test's directory: t.TempDir(), or with MYCEL_E2E_KEEP=1 a
// directory that outlives the test (its path logged).
func testDir(t testing.TB, prefix string) string {
	t.Helper()
	if os.Getenv("MYCEL_E2E_KEEP") != "1" {
		return t.TempDir()
	}
	dir, err := os.MkdirTemp("", prefix+strings.ReplaceAll(t.Name(), "/", "_")+"-")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MYCEL_E2E_KEEP=1: logs and homes kept in %s", dir)
	return dir
}

// LogPath is DIR/name.log.
func (n *Net) LogPath(name string) string { return filepath.Join(n.Dir, name+".log") }

// NodeHome is node i's home, HOME/nodeI.
func (n *Net) NodeHome(i int) string { return filepath.Join(n.Home, n.Man.Nodes[i]) }

// Spawn starts the binary with args (and env added to the environment), its
// output appended to DIR/name.log. The process is killed when the test
// ends, and named in the failures of later waits if it has exited.
func (n *Net) Spawn(name string, env []string, args ...string) *Proc {
	n.T.Helper()
	p, err := spawn(name, n.Bin, n.LogPath(name), env, args...)
	if err != nil {
		n.T.Fatal(err)
	}
	n.others = append(n.others, p)
	return p
}

// Start runs `mycel start --home HOME/nodeI` (after BeforeStart) and waits
// until it serves RPC.
func (n *Net) Start(i int) {
	n.T.Helper()
	if n.procs[i] != nil {
		n.T.Fatalf("node%d is already running", i)
	}
	if n.BeforeStart != nil {
		n.BeforeStart(i)
	}
	name := n.Man.Nodes[i]
	var p *Proc
	var err error
	if c := n.Containers; c != nil {
		p, err = c.start(name, c.IPs[i], n.LogPath(name), n.Env, "start", "--home", Mount+"/"+name)
	} else {
		p, err = spawn(name, n.Bin, n.LogPath(name), n.Env, "start", "--home", n.NodeHome(i))
	}
	if err != nil {
		n.T.Fatal(err)
	}
	n.procs[i] = p
	n.WaitFor(fmt.Sprintf("node%d to serve RPC", i), StartWithin, func() (bool, string) {
		var st node.StatusResult
		err := n.Call(i, &st, "mycel_status")
		return err == nil, fmt.Sprint(err)
	})
}

// Kill SIGKILLs node i and waits for it to be gone.
func (n *Net) Kill(i int) {
	if n.Containers != nil {
		n.Containers.kill(n.Man.Nodes[i], n.procs[i])
	} else {
		n.procs[i].Kill()
	}
	n.procs[i] = nil
}

// Signal sends sig to node i's process (SIGSTOP and SIGCONT pause and
// resume it; it stays Running). A container is paused and unpaused.
func (n *Net) Signal(i int, sig os.Signal) error {
	if n.procs[i] == nil {
		return fmt.Errorf("node%d is not running", i)
	}
	if n.Containers != nil {
		return n.Containers.signal(n.Man.Nodes[i], sig)
	}
	return n.procs[i].cmd.Process.Signal(sig)
}

// Terminate sends SIGTERM to node i and waits up to within for it to exit;
// an exit status other than 0 is an error, and past within the node is
// SIGKILLed and Terminate says so.
func (n *Net) Terminate(i int, within time.Duration) error {
	p := n.procs[i]
	if p == nil {
		return fmt.Errorf("node%d is not running", i)
	}
	n.procs[i] = nil
	kill := p.Kill
	term := func() error { return p.cmd.Process.Signal(syscall.SIGTERM) }
	if c := n.Containers; c != nil {
		name := n.Man.Nodes[i]
		kill = func() { c.kill(name, p) }
		term = func() error { return c.signal(name, syscall.SIGTERM) }
	}
	if err := term(); err != nil {
		kill()
		return err
	}
	select {
	case <-p.done:
		if p.err != nil {
			return fmt.Errorf("node%d exited with %v after SIGTERM", i, p.err)
		}
		return nil
	case <-time.After(within):
		kill()
		return fmt.Errorf("node%d did not exit within %s of SIGTERM (killed)", i, within)
	}
}

// Running reports whether node i was started and not killed since.
func (n *Net) Running(i int) bool { return n.procs[i] != nil }

// Cleanup registers f to run when the test ends, after the validators are
// killed and before the other processes are (last registered, first run).
func (n *Net) Cleanup(f func()) { n.cleanups = append(n.cleanups, f) }

// cleanup kills every process and, if the test failed, prints the tail of
// every log.
func (n *Net) cleanup() {
	if n.Containers != nil {
		// The containers first: killing a `docker run` client leaves its
		// container running.
		defer n.Containers.remove()
		for i := len(n.procs) - 1; i >= 0; i-- {
			n.Containers.kill(n.Man.Nodes[i], n.procs[i])
		}
	}
	for i := len(n.procs) - 1; i >= 0; i-- {
		n.procs[i].Kill()
	}
	for i := len(n.cleanups) - 1; i >= 0; i-- {
		n.cleanups[i]()
	}
	for i := len(n.others) - 1; i >= 0; i-- {
		n.others[i].Kill()
	}
	for _, c := range n.clients {
		if c != nil {
			c.Close()
		}
	}
	if n.T.Failed() {
		n.PrintLogs(LogTail)
	}
}

// PrintLogs logs the last lines of every process's log.
func (n *Net) PrintLogs(lines int) {
	entries, _ := filepath.Glob(filepath.Join(n.Dir, "*.log"))
	for _, path := range entries {
		b, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		ls := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
		n.T.Logf("--- %s (last %d lines of %d)\n%s", filepath.Base(path), min(lines, len(ls)), len(ls),
			strings.Join(ls[max(0, len(ls)-lines):], "\n"))
	}
}

// GrepLog returns the lines of name.log that contain every one of subs.
func (n *Net) GrepLog(name string, subs ...string) []string {
	b, _ := os.ReadFile(n.LogPath(name))
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

// WaitFor polls ok every Every until it reports true; after within it
// fails the test with what and the last state ok described, and says which
// processes have exited.
func (n *Net) WaitFor(what string, within time.Duration, ok func() (bool, string)) {
	n.T.Helper()
	err := Wait(within).Poll(func() error {
		if done, state := ok(); !done {
			return errors.New(state)
		}
		return nil
	})
	if err != nil {
		n.T.Fatalf("timed out after %s waiting for %s (last: %s)%s", within, what, err, n.deadProcs())
	}
}

// deadProcs describes the processes that exited although expected to run.
func (n *Net) deadProcs() string {
	var dead []string
	for _, p := range append(append([]*Proc{}, n.others...), n.procs...) {
		if p != nil && p.Exited() {
			dead = append(dead, fmt.Sprintf("%s (%v)", p.Name, p.err))
		}
	}
	if len(dead) == 0 {
		return ""
	}
	return "; exited: " + strings.Join(dead, ", ")
}

// Call makes a JSON-RPC call to node i, bounded by CallTimeout.
func (n *Net) Call(i int, result any, method string, args ...any) error {
	ctx, cancel := context.WithTimeout(context.Background(), CallTimeout)
	defer cancel()
	return n.clients[i].CallContext(ctx, result, method, args...)
}

// MustCall is Call that fails the test on error.
func (n *Net) MustCall(i int, result any, method string, args ...any) {
	n.T.Helper()
	if err := n.Call(i, result, method, args...); err != nil {
		n.T.Fatalf("node%d %s: %v%s", i, method, err, n.deadProcs())
	}
}

// Status is mycel_status of node i.
func (n *Net) Status(i int) node.StatusResult {
	n.T.Helper()
	var st node.StatusResult
	n.MustCall(i, &st, "mycel_status")
	return st
}

// Block is mycel_getBlock of node i at height h.
func (n *Net) Block(i int, h uint64) node.BlockResult {
	n.T.Helper()
	var b node.BlockResult
	n.MustCall(i, &b, "mycel_getBlock", h)
	return b
}

// WaitHeight waits until node i is at height h or above.
func (n *Net) WaitHeight(i int, h uint64, within time.Duration) {
	n.T.Helper()
	n.WaitFor(fmt.Sprintf("node%d at height %d", i, h), within, func() (bool, string) {
		var st node.StatusResult
		if err := n.Call(i, &st, "mycel_status"); err != nil {
			return false, err.Error()
		}
		return uint64(st.Height) >= h, fmt.Sprintf("height %d", st.Height)
	})
}

// WaitSynced waits until node i has left block sync (it votes again) and is
// within a block of node ref.
func (n *Net) WaitSynced(i, ref int, within time.Duration) {
	n.T.Helper()
	n.WaitFor(fmt.Sprintf("node%d to catch up with node%d", i, ref), within, func() (bool, string) {
		var st, rst node.StatusResult
		if err := n.Call(i, &st, "mycel_status"); err != nil {
			return false, err.Error()
		}
		if err := n.Call(ref, &rst, "mycel_status"); err != nil {
			return false, err.Error()
		}
		return !st.CatchingUp && st.Height+1 >= rst.Height,
			fmt.Sprintf("height %d (node%d at %d), catching up %v", st.Height, ref, rst.Height, st.CatchingUp)
	})
}

// WaitReceipt waits until node i reports transaction h committed.
func (n *Net) WaitReceipt(i int, h common.Hash, within time.Duration) node.Receipt {
	n.T.Helper()
	var r *node.Receipt
	n.WaitFor(fmt.Sprintf("tx %s committed (node%d)", h, i), within, func() (bool, string) {
		err := n.Call(i, &r, "mycel_getTransactionReceipt", h)
		if err != nil || r == nil {
			return false, fmt.Sprintf("receipt %v, err %v", r, err)
		}
		return r.Status == "committed", "status " + r.Status
	})
	return *r
}

// Agree checks that the running nodes report the same app hash and block
// hash at every height up to the lowest common one, and no evidence of
// double signing in any block; it returns that height.
func (n *Net) Agree() uint64 {
	n.T.Helper()
	low := uint64(1 << 62)
	var running []int
	for i := range n.procs {
		if n.Running(i) {
			running = append(running, i)
			low = min(low, uint64(n.Status(i).Height))
		}
	}
	if len(running) == 0 {
		n.T.Fatal("Agree: no node is running")
	}
	for h := uint64(1); h <= low; h++ {
		ref := n.Block(running[0], h)
		if ref.Evidence != 0 {
			n.T.Fatalf("block %d carries %d pieces of misbehaviour evidence (double signing)", h, ref.Evidence)
		}
		for _, i := range running[1:] {
			b := n.Block(i, h)
			if b.AppHash != ref.AppHash || string(b.Hash) != string(ref.Hash) {
				n.T.Fatalf("height %d: node%d has app hash %s block %x, node%d has %s %x", h, running[0], ref.AppHash, []byte(ref.Hash), i, b.AppHash, []byte(b.Hash))
			}
		}
	}
	return low
}

// Transfer is a transfer of amount gwei from test account `from` to test
// account `to`, signed with from's key.
func (n *Net) Transfer(from, to int, amount, fee, nonce uint64) *ledger.Tx {
	n.T.Helper()
	k, err := n.Accts[from].Key()
	if err != nil {
		n.T.Fatal(err)
	}
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: n.Man.ChainID, From: n.Accts[from].Index, To: n.Accts[to].Index,
		Amount: amount, Fee: fee, Nonce: nonce}
	if err := tx.Sign(k); err != nil {
		n.T.Fatal(err)
	}
	return tx
}
