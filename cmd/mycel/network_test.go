package main

import (
	"encoding/json"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/internal/testutil/procnet"
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

func rpcCode(err error) int {
	if e, ok := err.(rpc.Error); ok {
		return e.ErrorCode()
	}
	return 0
}

func TestNetwork(t *testing.T) {
	c := procnet.NewTestnet(t, 4, "--accounts", "50", "--depth", "16", "--chain-id", "7")
	for i := range 4 {
		c.Start(i)
	}
	c.WaitHeight(0, 3, 60*time.Second)

	t.Run("tx sent to one node is gossiped and committed everywhere", func(t *testing.T) {
		raw := c.Transfer(0, 1, 25, 3, 0).Encode()
		var h common.Hash
		c.MustCall(2, &h, "mycel_sendRawTransaction", hexutil.Bytes(raw))
		r := c.WaitReceipt(0, h, 20*time.Second)
		for i := range 4 {
			c.WaitHeight(i, uint64(*r.Height), 20*time.Second)
			var acc node.AccountResult
			c.MustCall(i, &acc, "mycel_getAccount", c.Accts[1].Index)
			if acc.Account.Balance != c.Accts[1].Balance+25 {
				t.Fatalf("node%d: receiver balance %d", i, acc.Account.Balance)
			}
			if err := acc.Proof.Verify(); err != nil {
				t.Fatalf("node%d: account proof: %v", i, err)
			}
			// At the height before the transfer: the old balance, with a
			// proof against that height's root.
			var old node.AccountResult
			before := hexutil.Uint64(uint64(*r.Height) - 1)
			c.MustCall(i, &old, "mycel_getAccount", c.Accts[1].Index, before)
			if old.Account.Balance != c.Accts[1].Balance || old.Height != before || old.Root == acc.Root {
				t.Fatalf("node%d: account at height %d: balance %d, height %d, root %s (latest %s)", i, before, old.Account.Balance, old.Height, old.Root, acc.Root)
			}
			if err := old.Proof.Verify(); err != nil {
				t.Fatalf("node%d: proof at height %d: %v", i, before, err)
			}
			var e node.AccountResult
			if err := c.Call(i, &e, "mycel_getAccount", c.Accts[1].Index, hexutil.Uint64(1<<40)); err == nil {
				t.Fatalf("node%d: an account at a future height", i)
			}
		}
		c.Agree()
	})

	t.Run("bad input over RPC gets clear errors", func(t *testing.T) {
		replay := c.Transfer(0, 1, 25, 3, 0).Encode() // nonce 0 was used above
		forged := c.Transfer(2, 1, 5, 3, 0).Encode()
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
			{"underpriced", hexutil.Bytes(c.Transfer(3, 1, 5, 0, 0).Encode()), node.CodePoolPolicy, "fee"},
			{"wrong chain", hexutil.Bytes(func() []byte {
				k, _ := c.Accts[4].Key()
				tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: 8, From: c.Accts[4].Index, To: 1, Amount: 1, Fee: 5}
				tx.Sign(k)
				return tx.Encode()
			}()), node.CodeRejected, "wrong chain"},
		}
		for _, tc := range cases {
			var h common.Hash
			err := c.Call(1, &h, "mycel_sendRawTransaction", tc.arg)
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
		resp, err := http.Get(strings.TrimSuffix(c.Man.RPC[1], "/") + "/health")
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("health after bad input: %v %v", resp, err)
		}
		resp.Body.Close()
	})

	t.Run("hostile gossip peer is rejected and penalised; the node stays healthy", func(t *testing.T) {
		hostileGossip(t, c)
	})

	t.Run("kill one validator: blocks keep coming; restart: it catches up", func(t *testing.T) {
		c.Kill(3)
		h := uint64(c.Status(0).Height)
		c.WaitHeight(0, h+3, 30*time.Second)
		raw := c.Transfer(5, 6, 1, 2, 0).Encode()
		var txh common.Hash
		c.MustCall(1, &txh, "mycel_sendRawTransaction", hexutil.Bytes(raw))
		c.WaitReceipt(0, txh, 20*time.Second)
		c.Start(3)
		c.WaitSynced(3, 0, 60*time.Second)
		c.Agree()
	})

	t.Run("receipts of transactions committed before a SIGKILL are served after the restart", func(t *testing.T) {
		// The receipt index is written without sync: a killed node loses
		// its recent entries and must rebuild them from the ledger.
		c.WaitSynced(1, 0, 60*time.Second)
		var hashes []common.Hash
		for from := 10; from < 30; from++ {
			for nonce := range uint64(2) {
				var h common.Hash
				c.MustCall(from%4, &h, "mycel_sendRawTransaction", hexutil.Bytes(c.Transfer(from, from+1, 1, 2, nonce).Encode()))
				hashes = append(hashes, h)
			}
		}
		want := make(map[common.Hash]node.Receipt, len(hashes))
		for _, h := range hashes {
			want[h] = c.WaitReceipt(1, h, 30*time.Second)
		}
		c.Kill(1)
		c.Start(1)
		c.WaitSynced(1, 0, 60*time.Second)
		for _, h := range hashes {
			var r *node.Receipt
			c.MustCall(1, &r, "mycel_getTransactionReceipt", h)
			if r == nil || r.Status != "committed" || *r.Height != *want[h].Height || *r.Index != *want[h].Index {
				t.Fatalf("after SIGKILL node1's receipt for %s is %+v, before it was height %d index %d", h, r, *want[h].Height, *want[h].Index)
			}
		}
	})

	t.Run("repeated SIGKILL at random moments never double-signs or diverges", func(t *testing.T) {
		for k := range 4 {
			// Let it rejoin and sign, then kill it at a random moment.
			c.WaitSynced(1, 0, 60*time.Second)
			time.Sleep(time.Duration(rand.IntN(1500)) * time.Millisecond)
			h := c.Status(1).Height
			c.Kill(1)
			time.Sleep(time.Duration(rand.IntN(500)) * time.Millisecond)
			c.Start(1)
			t.Logf("kill %d at height %d: node1 restarted at height %d", k, h, c.Status(1).Height)
		}
		c.WaitSynced(1, 0, 60*time.Second)
		c.Agree()
	})

	t.Run("two of four down: chain halts, resumes when one returns", func(t *testing.T) {
		c.Kill(2)
		c.Kill(3)
		time.Sleep(2 * time.Second) // let an in-flight height finish
		h := uint64(c.Status(0).Height)
		time.Sleep(4 * time.Second)
		if got := uint64(c.Status(0).Height); got > h+1 {
			t.Fatalf("chain advanced from %d to %d with half the power down", h, got)
		}
		c.Start(2)
		c.WaitHeight(0, h+3, 60*time.Second)
		c.Agree()
	})

	t.Run("mycel bench drives the network and reports JSON", func(t *testing.T) {
		for i := range c.Man.Nodes {
			if !c.Running(i) {
				c.Start(i)
			}
		}
		for i := range c.Man.Nodes {
			c.WaitSynced(i, 0, 60*time.Second)
		}
		out, err := exec.Command(c.Bin, "bench", "--home", c.Home, "--duration", "2s", "--rate", "100").Output()
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
