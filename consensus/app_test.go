package consensus

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"log/slog"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/mempool"
)

const chainID = 99

func key(t *testing.T, i int) *ledger.PrivateKey {
	t.Helper()
	k, err := ledger.NewPrivateKey(sha256.Sum256([]byte{byte(i)}))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func transfer(t *testing.T, k *ledger.PrivateKey, from, to uint32, amount, fee, nonce uint64) []byte {
	t.Helper()
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: chainID, From: from, To: to, Amount: amount, Fee: fee, Nonce: nonce}
	if err := tx.Sign(k); err != nil {
		t.Fatal(err)
	}
	return tx.Encode()
}

type fixture struct {
	app   *App
	store *ledger.Store
	pool  *mempool.Pool
	keys  []*ledger.PrivateKey
	g     *ledger.Genesis
}

func newFixture(t *testing.T, dir string) *fixture {
	t.Helper()
	g := &ledger.Genesis{ChainID: chainID, Depth: 8}
	keys := []*ledger.PrivateKey{nil}
	for i := 1; i <= 3; i++ {
		keys = append(keys, key(t, i))
		g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: keys[i].Public(), Balance: 1000})
	}
	cache := ledger.NewSigCache(1000)
	s, err := ledger.Open(dir, g, ledger.Options{Verifier: cache})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	pool := mempool.New(mempool.Default(), s, cache, slog.New(slog.DiscardHandler), mempool.NopMetrics())
	app := NewApp(AppConfig{MaxBlockTxs: 100}, s, pool, g, slog.New(slog.DiscardHandler), nil)
	return &fixture{app: app, store: s, pool: pool, keys: keys, g: g}
}

func TestAppBlockLifecycle(t *testing.T) {
	f := newFixture(t, t.TempDir())
	ctx := context.Background()
	appState, _ := json.Marshal(f.g)
	ic, err := f.app.InitChain(ctx, &abci.InitChainRequest{ChainId: "mycel-99", AppStateBytes: appState})
	if err != nil {
		t.Fatal(err)
	}
	genesisRoot := f.store.Root()
	if string(ic.AppHash) != string(genesisRoot[:]) {
		t.Fatal("init chain app hash is not the genesis root")
	}
	tx1 := transfer(t, f.keys[1], 1, 2, 10, 2, 0)
	tx2 := transfer(t, f.keys[1], 1, 3, 10, 5, 1)
	tx3 := transfer(t, f.keys[2], 2, 1, 10, 9, 0)
	for _, tx := range [][]byte{tx1, tx2, tx3} {
		if _, err := f.pool.Add(tx); err != nil {
			t.Fatal(err)
		}
	}
	prep, err := f.app.PrepareProposal(ctx, &abci.PrepareProposalRequest{MaxTxBytes: 1 << 20, Height: 1})
	if err != nil {
		t.Fatal(err)
	}
	if len(prep.Txs) != 3 {
		t.Fatalf("prepared %d txs, want 3", len(prep.Txs))
	}
	// Fee priority across accounts, nonce order within one: tx3 (fee 9) first.
	if string(prep.Txs[0]) != string(tx3) {
		t.Fatal("highest-fee tx not first")
	}
	proc, err := f.app.ProcessProposal(ctx, &abci.ProcessProposalRequest{Txs: prep.Txs, Height: 1})
	if err != nil || proc.Status != abci.PROCESS_PROPOSAL_STATUS_ACCEPT {
		t.Fatalf("process: %v %v", proc, err)
	}
	fin, err := f.app.FinalizeBlock(ctx, &abci.FinalizeBlockRequest{Txs: prep.Txs, Height: 1, Time: time.Now()})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range fin.TxResults {
		if r.Code != CodeOK {
			t.Fatalf("tx %d failed: %s", i, r.Log)
		}
	}
	var got []BlockEvent
	f.app.OnCommit(func(ev BlockEvent) { got = append(got, ev) })
	if _, err := f.app.Commit(ctx, &abci.CommitRequest{}); err != nil {
		t.Fatal(err)
	}
	root := f.store.Root()
	if string(fin.AppHash) != string(root[:]) || root == genesisRoot {
		t.Fatal("app hash is not the committed root")
	}
	if len(got) != 1 || got[0].Height != 1 || len(got[0].Txs) != 3 {
		t.Fatalf("commit listener got %+v", got)
	}
	if f.pool.Size() != 0 {
		t.Fatalf("mempool still holds %d txs after commit", f.pool.Size())
	}
	info, _ := f.app.Info(ctx, &abci.InfoRequest{})
	if info.LastBlockHeight != 1 || string(info.LastBlockAppHash) != string(root[:]) {
		t.Fatalf("info %+v", info)
	}
}

func TestProcessProposalRejectsBadBlocks(t *testing.T) {
	f := newFixture(t, t.TempDir())
	ctx := context.Background()
	good := transfer(t, f.keys[1], 1, 2, 10, 2, 0)
	forged := transfer(t, f.keys[2], 1, 2, 10, 2, 0) // signed by the wrong key
	overspend := transfer(t, f.keys[1], 1, 2, 5000, 2, 0)
	dep := (&ledger.Tx{Type: ledger.TxDeposit, ChainID: chainID, PubKey: f.keys[1].Public(), Amount: 5}).Encode()
	cases := map[string][][]byte{
		"garbage":         {[]byte{1, 2, 3}},
		"forged":          {forged},
		"overspend":       {overspend},
		"replay in block": {good, good},
		"user deposit":    {dep},
		"nonce gap":       {transfer(t, f.keys[1], 1, 2, 1, 1, 1)},
	}
	before := f.store.Root()
	for name, txs := range cases {
		res, err := f.app.ProcessProposal(ctx, &abci.ProcessProposalRequest{Txs: txs, Height: 1})
		if err != nil {
			t.Fatal(err)
		}
		if res.Status != abci.PROCESS_PROPOSAL_STATUS_REJECT {
			t.Errorf("%s: accepted", name)
		}
	}
	if f.store.Root() != before || f.store.Height() != 0 {
		t.Fatal("rejected proposals changed the state")
	}
	// An honest proposal is accepted.
	res, _ := f.app.ProcessProposal(ctx, &abci.ProcessProposalRequest{Txs: [][]byte{good}, Height: 1})
	if res.Status != abci.PROCESS_PROPOSAL_STATUS_ACCEPT {
		t.Fatal("good proposal rejected")
	}
}

// FinalizeBlock replayed after a crash between FinalizeBlock and Commit (or
// twice, as CometBFT's handshake may do) gives the same app hash.
func TestFinalizeWithoutCommitIsReplayable(t *testing.T) {
	dir := t.TempDir()
	f := newFixture(t, dir)
	ctx := context.Background()
	txs := [][]byte{transfer(t, f.keys[1], 1, 2, 10, 2, 0)}
	a, err := f.app.FinalizeBlock(ctx, &abci.FinalizeBlockRequest{Txs: txs, Height: 1})
	if err != nil {
		t.Fatal(err)
	}
	b, err := f.app.FinalizeBlock(ctx, &abci.FinalizeBlockRequest{Txs: txs, Height: 1})
	if err != nil {
		t.Fatal(err)
	}
	if string(a.AppHash) != string(b.AppHash) {
		t.Fatal("re-finalizing gave a different app hash")
	}
	if f.store.Height() != 0 {
		t.Fatal("finalize without commit persisted")
	}
	if _, err := f.app.FinalizeBlock(ctx, &abci.FinalizeBlockRequest{Txs: txs, Height: 3}); err == nil {
		t.Fatal("finalize at the wrong height accepted")
	}
	// A block that slipped past ProcessProposal with a bad tx: the bad tx
	// fails with a code, the rest executes.
	bad := [][]byte{txs[0], []byte{9, 9}}
	res, err := f.app.FinalizeBlock(ctx, &abci.FinalizeBlockRequest{Txs: bad, Height: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.TxResults[0].Code != CodeOK || res.TxResults[1].Code != CodeInvalid || res.TxResults[1].Log == "" {
		t.Fatalf("results %+v", res.TxResults)
	}
	if string(res.AppHash) != string(a.AppHash) {
		t.Fatal("skipped tx changed the app hash")
	}
}
