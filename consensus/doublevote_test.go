package consensus

import (
	"context"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/mycel-network/mycel/ledger"
)

// TestCommitListenersSeeMisbehavior: the commit listeners get the
// misbehaviour CometBFT reported in FinalizeBlock (the node reads the votes
// of a double vote from the block store with it).
func TestCommitListenersSeeMisbehavior(t *testing.T) {
	f := newFixture(t, t.TempDir())
	ctx := context.Background()
	mis := []abci.Misbehavior{{Type: abci.MISBEHAVIOR_TYPE_DUPLICATE_VOTE, Validator: abci.Validator{Address: []byte("val"), Power: 10}, Height: 1}}
	if _, err := f.app.FinalizeBlock(ctx, &abci.FinalizeBlockRequest{Height: 1, Time: time.Now(), Misbehavior: mis}); err != nil {
		t.Fatal(err)
	}
	var got []BlockEvent
	f.app.OnCommit(func(ev BlockEvent) { got = append(got, ev) })
	if _, err := f.app.Commit(ctx, &abci.CommitRequest{}); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || len(got[0].Misbehavior) != 1 || got[0].Misbehavior[0].Type != abci.MISBEHAVIOR_TYPE_DUPLICATE_VOTE ||
		string(got[0].Misbehavior[0].Validator.Address) != "val" {
		t.Fatalf("commit listener got %+v", got)
	}
}

// TestRollupChainIDIsMycelN: a rollup chain starts only with the CometBFT
// chain id "mycel-<L2 chain id>", the one whose double votes the Slasher
// takes (contracts.CometChainID).
func TestRollupChainIDIsMycelN(t *testing.T) {
	net := newRollupNet(t, 1) // for its L1 parameters and fake L1
	g := &ledger.Genesis{ChainID: chainID, Depth: 8}
	appState, err := json.Marshal(AppGenesis{Genesis: *g, L1: net.params})
	if err != nil {
		t.Fatal(err)
	}
	vals, err := net.params.GenesisValidators()
	if err != nil {
		t.Fatal(err)
	}
	initChain := func(cometChainID string) error {
		s, err := ledger.Open("", g, ledger.Options{InMemory: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		app := NewApp(AppConfig{}, s, &listPool{}, g, slog.New(slog.DiscardHandler), nil)
		ro, err := NewRollupChain(RollupChainConfig{Params: net.params, View: NewL1View(net.params), Client: net.l1,
			Logger: slog.New(slog.DiscardHandler)}, s)
		if err != nil {
			t.Fatal(err)
		}
		app.SetRollup(ro)
		_, err = app.InitChain(context.Background(), &abci.InitChainRequest{ChainId: cometChainID, AppStateBytes: appState, Validators: vals})
		return err
	}
	if err := initChain("mycel-99"); err != nil {
		t.Fatalf("mycel-99: %v", err)
	}
	for _, id := range []string{"mycel-98", "mycel", "rollup-99", ""} {
		if err := initChain(id); err == nil || !strings.Contains(err.Error(), `must be "mycel-99"`) {
			t.Fatalf("chain id %q: %v", id, err)
		}
	}
}
