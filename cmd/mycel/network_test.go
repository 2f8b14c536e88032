package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// These tests run real validator processes built from this package, on
// 127.0.0.1 ports, as an operator would: `mycel init --testnet 4`, then
// `mycel start` for each home.

func TestMain(m *testing.M) {
	code := m.Run()
	testutil.RemoveBuilt()
	os.Exit(code)
}

type cluster struct {
	t       *testing.T
	bin     string
	dir     string
	man     node.TestnetManifest
	accts   []node.TestAccount
	procs   []*exec.Cmd
	clients []*rpc.Client
}

func newCluster(t *testing.T, n int) *cluster {
	if testing.Short() {
		t.Skip("starts validator processes")
	}
	bin := testutil.BuildMycel(t)
	dir := t.TempDir()
	base := testutil.FreePortBase(t, n)
	out, err := exec.Command(bin, "init", "--home", dir, "--testnet", fmt.Sprint(n), "--base-port", fmt.Sprint(base),
		"--accounts", "50", "--depth", "16", "--chain-id", "7").CombinedOutput()
	if err != nil {
		t.Fatalf("mycel init: %v\n%s", err, out)
	}
	c := &cluster{t: t, bin: bin, dir: dir, procs: make([]*exec.Cmd, n), clients: make([]*rpc.Client, n)}
	readJSON(t, filepath.Join(dir, "testnet.json"), &c.man)
	readJSON(t, filepath.Join(dir, "accounts.json"), &c.accts)
	t.Cleanup(func() {
		for i := range c.procs {
			c.kill(i)
		}
		if t.Failed() {
			for i := range n {
				if b, err := os.ReadFile(c.logPath(i)); err == nil {
					lines := strings.Split(string(b), "\n")
					t.Logf("--- node%d log (last 30 lines)\n%s", i, strings.Join(lines[max(0, len(lines)-30):], "\n"))
				}
			}
		}
	})
	return c
}

func readJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatal(err)
	}
}

func (c *cluster) home(i int) string    { return filepath.Join(c.dir, c.man.Nodes[i]) }
func (c *cluster) logPath(i int) string { return filepath.Join(c.dir, c.man.Nodes[i]+".log") }

func (c *cluster) start(i int) {
	c.t.Helper()
	logf, err := os.OpenFile(c.logPath(i), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		c.t.Fatal(err)
	}
	cmd := exec.Command(c.bin, "start", "--home", c.home(i))
	cmd.Stdout, cmd.Stderr = logf, logf
	if err := cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	go func() { cmd.Wait(); logf.Close() }()
	c.procs[i] = cmd
	err = testutil.Wait{Within: 30 * time.Second, Every: 100 * time.Millisecond}.Poll(func() error {
		cl, err := rpc.Dial(c.man.RPC[i])
		if err != nil {
			return err
		}
		var st node.StatusResult
		if err := cl.Call(&st, "mycel_status"); err != nil {
			cl.Close()
			return err
		}
		c.clients[i] = cl
		return nil
	})
	if err != nil {
		c.t.Fatalf("node%d did not serve RPC: %v", i, err)
	}
}

func (c *cluster) kill(i int) {
	if c.procs[i] == nil {
		return
	}
	c.procs[i].Process.Signal(syscall.SIGKILL)
	c.procs[i].Process.Wait()
	c.procs[i] = nil
	if c.clients[i] != nil {
		c.clients[i].Close()
		c.clients[i] = nil
	}
}

func (c *cluster) status(i int) node.StatusResult {
	c.t.Helper()
	var st node.StatusResult
	if err := c.clients[i].Call(&st, "mycel_status"); err != nil {
		c.t.Fatalf("node%d status: %v", i, err)
	}
	return st
}

func (c *cluster) waitHeight(i int, h uint64, within time.Duration) {
	c.t.Helper()
	err := testutil.Wait{Within: within, Every: 100 * time.Millisecond}.Poll(func() error {
		if st := c.status(i); uint64(st.Height) < h {
			return fmt.Errorf("at %d", st.Height)
		}
		return nil
	})
	if err != nil {
		c.t.Fatalf("node%d did not reach height %d within %s (%v)", i, h, within, err)
	}
}

// waitSynced waits until node i has caught up with node0 and left block
// sync (it votes again).
func (c *cluster) waitSynced(i int, within time.Duration) {
	c.t.Helper()
	err := testutil.Wait{Within: within, Every: 100 * time.Millisecond}.Poll(func() error {
		st := c.status(i)
		if !st.CatchingUp && st.Height+1 >= c.status(0).Height {
			return nil
		}
		return fmt.Errorf("height %d", st.Height)
	})
	if err != nil {
		c.t.Fatalf("node%d still catching up after %s (%v)", i, within, err)
	}
}

func (c *cluster) block(i int, h uint64) node.BlockResult {
	c.t.Helper()
	var b node.BlockResult
	if err := c.clients[i].Call(&b, "mycel_getBlock", h); err != nil {
		c.t.Fatalf("node%d block %d: %v", i, h, err)
	}
	return b
}

// agree checks that the running nodes report the same app hash and block
// hash at every height up to the lowest common one, and no evidence of
// double signing in any block.
func (c *cluster) agree() uint64 {
	c.t.Helper()
	low := uint64(1 << 62)
	var running []int
	for i := range c.procs {
		if c.clients[i] != nil {
			running = append(running, i)
			low = min(low, uint64(c.status(i).Height))
		}
	}
	for h := uint64(1); h <= low; h++ {
		ref := c.block(running[0], h)
		if ref.Evidence != 0 {
			c.t.Fatalf("block %d carries %d pieces of misbehaviour evidence (double signing)", h, ref.Evidence)
		}
		for _, i := range running[1:] {
			b := c.block(i, h)
			if b.AppHash != ref.AppHash || string(b.Hash) != string(ref.Hash) {
				c.t.Fatalf("height %d: node%d has app hash %s block %x, node%d has %s %x", h, running[0], ref.AppHash, []byte(ref.Hash), i, b.AppHash, []byte(b.Hash))
			}
		}
	}
	return low
}

func (c *cluster) signedTransfer(from, to int, amount, fee, nonce uint64) []byte {
	c.t.Helper()
	k, err := c.accts[from].Key()
	if err != nil {
		c.t.Fatal(err)
	}
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: c.man.ChainID, From: c.accts[from].Index, To: c.accts[to].Index,
		Amount: amount, Fee: fee, Nonce: nonce}
	if err := tx.Sign(k); err != nil {
		c.t.Fatal(err)
	}
	return tx.Encode()
}

func (c *cluster) waitReceipt(i int, h common.Hash, within time.Duration) node.Receipt {
	c.t.Helper()
	var r *node.Receipt
	err := testutil.Wait{Within: within, Every: 50 * time.Millisecond}.Poll(func() error {
		var got *node.Receipt
		if err := c.clients[i].Call(&got, "mycel_getTransactionReceipt", h); err != nil {
			c.t.Fatal(err)
		}
		if got != nil && got.Status == "committed" {
			r = got
			return nil
		}
		return errNotCommitted
	})
	if err != nil {
		c.t.Fatalf("node%d: tx %s not committed within %s", i, h, within)
	}
	return *r
}

var errNotCommitted = errors.New("not committed")

func rpcCode(err error) int {
	if e, ok := err.(rpc.Error); ok {
		return e.ErrorCode()
	}
	return 0
}

func TestNetwork(t *testing.T) {
	c := newCluster(t, 4)
	for i := range 4 {
		c.start(i)
	}
	c.waitHeight(0, 3, 60*time.Second)

	t.Run("tx sent to one node is gossiped and committed everywhere", func(t *testing.T) {
		raw := c.signedTransfer(0, 1, 25, 3, 0)
		var h common.Hash
		if err := c.clients[2].Call(&h, "mycel_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
			t.Fatal(err)
		}
		r := c.waitReceipt(0, h, 20*time.Second)
		for i := range 4 {
			c.waitHeight(i, uint64(*r.Height), 20*time.Second)
			var acc node.AccountResult
			if err := c.clients[i].Call(&acc, "mycel_getAccount", c.accts[1].Index); err != nil {
				t.Fatal(err)
			}
			if acc.Account.Balance != c.accts[1].Balance+25 {
				t.Fatalf("node%d: receiver balance %d", i, acc.Account.Balance)
			}
			if err := acc.Proof.Verify(); err != nil {
				t.Fatalf("node%d: account proof: %v", i, err)
			}
			// At the height before the transfer: the old balance, with a
			// proof against that height's root.
			var old node.AccountResult
			before := hexutil.Uint64(uint64(*r.Height) - 1)
			if err := c.clients[i].Call(&old, "mycel_getAccount", c.accts[1].Index, before); err != nil {
				t.Fatal(err)
			}
			if old.Account.Balance != c.accts[1].Balance || old.Height != before || old.Root == acc.Root {
				t.Fatalf("node%d: account at height %d: balance %d, height %d, root %s (latest %s)", i, before, old.Account.Balance, old.Height, old.Root, acc.Root)
			}
			if err := old.Proof.Verify(); err != nil {
				t.Fatalf("node%d: proof at height %d: %v", i, before, err)
			}
			var e node.AccountResult
			if err := c.clients[i].Call(&e, "mycel_getAccount", c.accts[1].Index, hexutil.Uint64(1<<40)); err == nil {
				t.Fatalf("node%d: an account at a future height", i)
			}
		}
		c.agree()
	})

	t.Run("bad input over RPC gets clear errors", func(t *testing.T) {
		replay := c.signedTransfer(0, 1, 25, 3, 0) // nonce 0 was used above
		forged := c.signedTransfer(2, 1, 5, 3, 0)
		forged[len(forged)-10] ^= 0x01 // a different S, still canonical
		if _, err := ledger.DecodeTx(forged); err != nil {
			t.Fatal(err)
		}
		cases := []struct {
			name string
			arg  any
			code int
			want string
		}{
			{"not hex", "0xzz", 0, "invalid argument"},
			{"malformed", hexutil.Bytes{1, 2, 3}, node.CodeInvalidTx, "malformed"},
			{"oversized", hexutil.Bytes(make([]byte, 4096)), node.CodeInvalidTx, "too large"},
			{"bad signature", hexutil.Bytes(forged), node.CodeRejected, "bad signature"},
			{"replay", hexutil.Bytes(replay), node.CodeRejected, "nonce too low"},
			{"underpriced", hexutil.Bytes(c.signedTransfer(3, 1, 5, 0, 0)), node.CodePoolPolicy, "fee"},
			{"wrong chain", hexutil.Bytes(func() []byte {
				k, _ := c.accts[4].Key()
				tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: 8, From: c.accts[4].Index, To: 1, Amount: 1, Fee: 5}
				tx.Sign(k)
				return tx.Encode()
			}()), node.CodeRejected, "wrong chain"},
		}
		for _, tc := range cases {
			var h common.Hash
			err := c.clients[1].Call(&h, "mycel_sendRawTransaction", tc.arg)
			if err == nil {
				t.Errorf("%s: accepted", tc.name)
				continue
			}
			if tc.code != 0 && rpcCode(err) != tc.code {
				t.Errorf("%s: code %d (%v), want %d", tc.name, rpcCode(err), err, tc.code)
			}
			if tc.want != "" && !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s: error %q does not say %q", tc.name, err, tc.want)
			}
		}
		resp, err := http.Get(strings.TrimSuffix(c.man.RPC[1], "/") + "/health")
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("health after bad input: %v %v", resp, err)
		}
		resp.Body.Close()
	})

	t.Run("hostile gossip peer is rejected and penalised; the node stays healthy", func(t *testing.T) {
		hostileGossip(t, c)
	})

	t.Run("kill one validator: blocks keep coming; restart: it catches up", func(t *testing.T) {
		c.kill(3)
		h := uint64(c.status(0).Height)
		c.waitHeight(0, h+3, 30*time.Second)
		raw := c.signedTransfer(5, 6, 1, 2, 0)
		var txh common.Hash
		if err := c.clients[1].Call(&txh, "mycel_sendRawTransaction", hexutil.Bytes(raw)); err != nil {
			t.Fatal(err)
		}
		c.waitReceipt(0, txh, 20*time.Second)
		c.start(3)
		c.waitSynced(3, 60*time.Second)
		c.agree()
	})

	t.Run("repeated SIGKILL at random moments never double-signs or diverges", func(t *testing.T) {
		for k := range 4 {
			// Let it rejoin and sign, then kill it at a random moment.
			c.waitSynced(1, 60*time.Second)
			time.Sleep(time.Duration(rand.IntN(1500)) * time.Millisecond)
			h := c.status(1).Height
			c.kill(1)
			time.Sleep(time.Duration(rand.IntN(500)) * time.Millisecond)
			c.start(1)
			t.Logf("kill %d at height %d: node1 restarted at height %d", k, h, c.status(1).Height)
		}
		c.waitSynced(1, 60*time.Second)
		c.agree()
	})

	t.Run("two of four down: chain halts, resumes when one returns", func(t *testing.T) {
		c.kill(2)
		c.kill(3)
		time.Sleep(2 * time.Second) // let an in-flight height finish
		h := uint64(c.status(0).Height)
		time.Sleep(4 * time.Second)
		if got := uint64(c.status(0).Height); got > h+1 {
			t.Fatalf("chain advanced from %d to %d with half the power down", h, got)
		}
		c.start(2)
		c.waitHeight(0, h+3, 60*time.Second)
		c.agree()
	})

	t.Run("mycel bench drives the network and reports JSON", func(t *testing.T) {
		for i := range c.procs {
			if c.procs[i] == nil {
				c.start(i)
			}
		}
		for i := range c.procs {
			c.waitSynced(i, 60*time.Second)
		}
		out, err := exec.Command(c.bin, "bench", "--home", c.dir, "--duration", "2s", "--rate", "100").Output()
		if err != nil {
			t.Fatalf("mycel bench: %v\n%s", err, out)
		}
		lines := strings.Split(strings.TrimSpace(string(out)), "\n")
		var res benchResult
		if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
			t.Fatalf("last line is not JSON: %q", lines[len(lines)-1])
		}
		if res.Sent != 200 || res.Committed != res.Sent || res.Errors != 0 || res.TPS <= 0 || res.P50ms <= 0 || res.P99ms < res.P50ms {
			t.Fatalf("bench result %+v", res)
		}
		t.Logf("bench at 100/s: %s", lines[len(lines)-1])
	})
}
