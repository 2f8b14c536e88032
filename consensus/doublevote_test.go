package consensus

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/l1"
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

// testChainID is the CometBFT chain id of the consensus tests' rollup
// chains (a launch of L2 chain 99), testLaunch its launch id.
const testChainID = "mycel-99-test"

var testLaunch = batch.LaunchID(testChainID)

// TestRollupChainIDIsAMycelLaunch: a rollup chain starts only with the
// CometBFT chain id it was configured with, and that must be
// "mycel-<L2 chain id>" or a launch of it, "mycel-<L2 chain id>-<tag>": the
// chain ids whose double votes the Slasher takes (contracts.CheckCometChainID).
func TestRollupChainIDIsAMycelLaunch(t *testing.T) {
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
	// initChain configures the chain with configured and starts it as
	// cometChainID.
	initChain := func(configured, cometChainID string) error {
		s, err := ledger.Open("", g, ledger.Options{InMemory: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		app := NewApp(AppConfig{}, s, &listPool{}, g, slog.New(slog.DiscardHandler), nil)
		ro, err := NewRollupChain(RollupChainConfig{Params: net.params, CometChainID: configured, View: NewL1View(net.params), Client: net.l1,
			Logger: slog.New(slog.DiscardHandler)}, s)
		if err != nil {
			return err
		}
		if ro.Launch() != batch.LaunchID(configured) {
			t.Fatalf("launch %s, want keccak256(%q)", ro.Launch(), configured)
		}
		app.SetRollup(ro)
		_, err = app.InitChain(context.Background(), &abci.InitChainRequest{ChainId: cometChainID, AppStateBytes: appState, Validators: vals})
		return err
	}
	for _, id := range []string{"mycel-99", testChainID, "mycel-99-3f9c1a2b", "mycel-99-a.b_c-d"} {
		if err := initChain(id, id); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
	}
	// Not a launch of chain 99: refused when configured, and at InitChain.
	for _, id := range []string{"mycel-98", "mycel-98-test", "mycel", "rollup-99", "", "mycel-99-", "mycel-990", "mycel-99-a/b",
		"mycel-99-" + strings.Repeat("x", 50)} {
		if err := initChain(id, id); err == nil || !strings.Contains(err.Error(), "mycel-99") {
			t.Fatalf("configured chain id %q: %v", id, err)
		}
		if err := initChain(testChainID, id); err == nil || !strings.Contains(err.Error(), "mycel-99") {
			t.Fatalf("chain id %q at InitChain: %v", id, err)
		}
	}
	// Another launch than the one configured.
	if err := initChain(testChainID, "mycel-99-other"); err == nil || !strings.Contains(err.Error(), "configured with") {
		t.Fatalf("another launch: %v", err)
	}
}

// TestL1ViewRefusesAForeignLaunch: when the Rollup's first commit pins
// another launch than this chain's (a second genesis run against a Rollup
// that already hosts one), the view refuses the block: the watcher stops
// and the node reports it (nothing this chain certifies could ever be
// committed). This chain's own launch, or none expected, passes.
func TestL1ViewRefusesAForeignLaunch(t *testing.T) {
	ctx := context.Background()
	pinned := func(id common.Hash) *l1.Block {
		return &l1.Block{Ref: l1.Ref{Number: 12}, Events: []l1.Event{{Data: &l1.LaunchPinned{LaunchID: id}}}}
	}
	net := newRollupNet(t, 1)
	s, err := ledger.Open("", &ledger.Genesis{ChainID: chainID, Depth: 8}, ledger.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	v := NewL1View(net.params)
	if _, err := NewRollupChain(RollupChainConfig{Params: net.params, CometChainID: testChainID, View: v, Client: net.l1,
		Logger: slog.New(slog.DiscardHandler)}, s); err != nil {
		t.Fatal(err)
	}
	if err := v.Handle(ctx, pinned(testLaunch)); err != nil {
		t.Fatalf("own launch: %v", err)
	}
	other := batch.LaunchID("mycel-99-other")
	if err := v.Handle(ctx, pinned(other)); !errors.Is(err, ErrForeignLaunch) || !strings.Contains(err.Error(), other.Hex()) {
		t.Fatalf("foreign launch: %v", err)
	}
	if err := NewL1View(nil).Handle(ctx, pinned(other)); err != nil {
		t.Fatalf("a view expecting no launch: %v", err)
	}
}
