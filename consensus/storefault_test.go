package consensus

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/cockroachdb/pebble/vfs"
	"github.com/cockroachdb/pebble/vfs/errorfs"
	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/mempool"
)

// A disk failure must halt this node, never make it judge blocks
// differently: once the ledger store has failed a write, PrepareProposal,
// ProcessProposal, FinalizeBlock and Commit return errors (CometBFT then
// stops), instead of an empty proposal, a REJECT of a valid block or a
// transaction marked invalid (which would fork this node's app hash).
func TestStoreFailureHaltsInsteadOfJudging(t *testing.T) {
	var armed atomic.Bool
	fs := errorfs.Wrap(vfs.NewMem(), errorfs.InjectorFunc(func(op errorfs.Op, path string) error {
		if armed.Load() && (op == errorfs.OpFileWrite || op == errorfs.OpFileSync) && strings.HasSuffix(path, ".log") {
			return errorfs.ErrInjected
		}
		return nil
	}))
	g := &ledger.Genesis{ChainID: chainID, Depth: 8}
	var keys []*ledger.PrivateKey
	for i := 1; i <= 2; i++ {
		keys = append(keys, key(t, i))
		g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: keys[i-1].Public(), Balance: 1000})
	}
	s, err := ledger.Open("store", g, ledger.Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	cache := ledger.NewSigCache(100)
	pool := mempool.New(mempool.Default(), s, cache, slog.New(slog.DiscardHandler), mempool.NopMetrics())
	app := NewApp(AppConfig{MaxBlockTxs: 100}, s, pool, g, slog.New(slog.DiscardHandler), nil)
	ctx := context.Background()

	tx := transfer(t, keys[0], 1, 2, 10, 2, 0)
	if _, err := app.FinalizeBlock(ctx, &abci.FinalizeBlockRequest{Txs: [][]byte{tx}, Height: 1, Time: time.Now()}); err != nil {
		t.Fatal(err)
	}
	armed.Store(true)
	if _, err := app.Commit(ctx, &abci.CommitRequest{}); !errors.Is(err, ledger.ErrStoreFailed) {
		t.Fatalf("commit on a failing disk: %v, want ErrStoreFailed", err)
	}
	armed.Store(false) // the disk works again; the store must still refuse

	next := transfer(t, keys[1], 2, 1, 5, 2, 0)
	if _, err := app.PrepareProposal(ctx, &abci.PrepareProposalRequest{MaxTxBytes: 1 << 20, Height: 1}); !errors.Is(err, ledger.ErrStoreFailed) {
		t.Fatalf("prepare after a failed commit: %v, want ErrStoreFailed", err)
	}
	res, err := app.ProcessProposal(ctx, &abci.ProcessProposalRequest{Txs: [][]byte{next}, Height: 1})
	if !errors.Is(err, ledger.ErrStoreFailed) {
		t.Fatalf("process after a failed commit: %+v, %v; want an ErrStoreFailed error, not a verdict", res, err)
	}
	// CometBFT would replay height 1 after a restart; this process must not.
	if _, err := app.FinalizeBlock(ctx, &abci.FinalizeBlockRequest{Txs: [][]byte{tx}, Height: 1, Time: time.Now()}); !errors.Is(err, ledger.ErrStoreFailed) {
		t.Fatalf("finalize after a failed commit: %v, want ErrStoreFailed", err)
	}
}
