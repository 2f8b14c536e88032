package devnet

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// The devnet runs 4 validators in one process; a transfer sent to one
// commits everywhere; it stops.
//
// Stopping and starting a devnet again inside one process is not tested:
// CometBFT v1.0.1 can panic after Stop ("pebble: closed" from the consensus
// reactor's queryMaj23Routine, which outlives the block store), and a
// restarted in-process validator was seen refused by a peer as a duplicate
// in a loop. `mycel devnet --home` restarts in a new process; restarts of
// separate validator processes are tested in cmd/mycel.
func TestDevnetRuns(t *testing.T) {
	if testing.Short() {
		t.Skip("runs 4 validators")
	}
	home := t.TempDir()
	cfg := DefaultConfig(home)
	cfg.Init.BasePort = testutil.FreePortBase(t, 4)
	cfg.Init.Accounts = 4
	cfg.Init.Depth = 16
	cfg.L1.Enabled = false // the sequencer alone; the rollup devnet is TestRollupEndToEnd
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	d, err := start(ctx, cfg, log)
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
}

// start is New, then Start.
func start(ctx context.Context, cfg Config, log *slog.Logger) (*Devnet, error) {
	d, err := New(cfg, log)
	if err != nil {
		return nil, err
	}
	if err := d.Start(ctx); err != nil {
		return nil, err
	}
	return d, nil
}
