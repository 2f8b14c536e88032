package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

func freeBase(t *testing.T) int {
	for range 50 {
		base := 11000 + rand.IntN(20000)/10*10 // below the kernel's ephemeral range (32768+): a restarted node must get its ports back
		ok := true
		for i := 0; i < 40 && ok; i++ {
			l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", base+i))
			if err != nil {
				ok = false
				break
			}
			l.Close()
			u, err := net.ListenPacket("udp", fmt.Sprintf("127.0.0.1:%d", base+i))
			if err != nil {
				ok = false
				break
			}
			u.Close()
		}
		if ok {
			return base
		}
	}
	t.Fatal("no free ports")
	return 0
}

// The devnet runs 4 validators in one process; a transfer sent to one
// commits everywhere; stopped and started again from the same home (three
// times), every validator resumes and the chain advances.
func TestDevnetRunsAndResumes(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 4 validators")
	}
	home := t.TempDir()
	cfg := DefaultConfig(home)
	cfg.Init.BasePort = freeBase(t)
	cfg.Init.Accounts = 4
	cfg.Init.Depth = 16
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	d, err := Start(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WaitHeight(ctx, 2); err != nil {
		t.Fatal(err)
	}
	var accts []node.TestAccount
	raw, _ := os.ReadFile(filepath.Join(home, "accounts.json"))
	if err := json.Unmarshal(raw, &accts); err != nil {
		t.Fatal(err)
	}
	k, _ := accts[0].Key()
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: d.Manifest.ChainID, From: accts[0].Index, To: accts[1].Index, Amount: 7, Fee: 1}
	tx.Sign(k)
	c, err := rpc.Dial(d.Manifest.RPC[3])
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	var h common.Hash
	if err := c.Call(&h, "mycel_sendRawTransaction", hexutil.Bytes(tx.Encode())); err != nil {
		t.Fatal(err)
	}
	c0, err := rpc.Dial(d.Manifest.RPC[0])
	if err != nil {
		t.Fatal(err)
	}
	defer c0.Close()
	for {
		var r *node.Receipt
		if err := c0.Call(&r, "mycel_getTransactionReceipt", h); err != nil {
			t.Fatal(err)
		}
		if r != nil && r.Status == "committed" {
			break
		}
		if ctx.Err() != nil {
			t.Fatal("transfer not committed")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := d.Stop(ctx); err != nil {
		t.Logf("stop: %v", err)
	}

	for round := range 3 {
		d, err := Start(ctx, cfg, log)
		if err != nil {
			t.Fatal(err)
		}
		start := d.Heights()
		top := uint64(0)
		for _, h := range start {
			top = max(top, h)
		}
		if err := d.WaitHeight(ctx, top+3); err != nil {
			t.Fatalf("resume %d: not every validator advanced past %d: %v (heights %v, at start %v)", round, top+3, err, d.Heights(), start)
		}
		if round == 2 {
			c, err := rpc.Dial(d.Manifest.RPC[2])
			if err != nil {
				t.Fatal(err)
			}
			var acc node.AccountResult
			if err := c.Call(&acc, "mycel_getAccount", accts[1].Index); err != nil {
				t.Fatal(err)
			}
			c.Close()
			if acc.Account.Balance != accts[1].Balance+7 {
				t.Fatalf("after resume the receiver has %d", acc.Account.Balance)
			}
		}
		d.Stop(context.Background())
	}
}
