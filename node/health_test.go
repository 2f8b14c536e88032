package node

import (
	"context"
	"fmt"
	"net/http"
	"path/filepath"
	"testing"
	"time"

	"github.com/mycel-network/mycel/internal/testutil"
)

// noQuorum is a two-validator testnet (equal power) of which only node0
// runs: node0 holds half the voting power, so it commits no block until
// node1 starts, and its mempool keeps whatever it admits.
type noQuorum struct {
	dir string
	n0  *Node
	url string // node0's JSON-RPC, /health, /metrics
}

func startNoQuorum(t *testing.T, sets ...string) *noQuorum {
	t.Helper()
	dir := t.TempDir()
	opts := DefaultInitOptions()
	opts.Accounts, opts.Depth = 4, 8
	opts.BasePort = testutil.FreePortBase(t, 2)
	if _, err := InitTestnet(dir, 2, opts); err != nil {
		t.Fatal(err)
	}
	q := &noQuorum{dir: dir}
	q.n0 = startHome(t, filepath.Join(dir, "node0"), sets)
	q.url = "http://" + q.n0.cfg.RPC.Listen
	return q
}

// startHome loads a home's config as `mycel start` does, and starts it
// until the test ends.
func startHome(t *testing.T, home string, sets []string) *Node {
	t.Helper()
	cfg, err := LoadConfig(home, nil, sets)
	if err != nil {
		t.Fatal(err)
	}
	log, _ := testLogger(t)
	n, err := New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := n.Stop(context.Background()); err != nil {
			t.Errorf("stop %s: %v", home, err)
		}
	})
	return n
}

// backdate moves the node's last block time back by d, as if d had passed
// without a block (the node has no clock to fake; stallAfter is 30 s).
func (n *Node) backdate(d time.Duration) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.last.Time = n.last.Time.Add(-d)
}

// /health reports, on the RPC listener: ok from the moment Start returns
// (the start time counts as the last block, a grace period for the first
// block); 503 "stalled" when no block has come for 30 s because a
// dependency (here the other validator, without which there is no quorum)
// is missing; and ok again once blocks are committed.
func TestHealthStates(t *testing.T) {
	q := startNoQuorum(t)

	// Starting: no block yet, but within the grace period.
	code, h, err := getHealth(q.url)
	if err != nil {
		t.Fatal(err)
	}
	if code != http.StatusOK || h.Status != "ok" || h.Height != 0 || h.AgeMS > stallAfter.Milliseconds() {
		t.Fatalf("just started: %d %+v", code, h)
	}
	var st StatusResult
	if err := dialRPC(t, q.url).Call(&st, "mycel_status"); err != nil {
		t.Fatal(err)
	}
	if st.CometPeers != 0 || st.Height != 0 {
		t.Fatalf("node0 alone: %+v", st)
	}

	// The other validator stays away for longer than stallAfter.
	q.n0.backdate(stallAfter + time.Second)
	code, h, err = getHealth(q.url)
	if err != nil {
		t.Fatal(err)
	}
	if code != http.StatusServiceUnavailable || h.Status != "stalled" || h.Height != 0 || h.AgeMS <= stallAfter.Milliseconds() {
		t.Fatalf("without quorum for %v: %d %+v", stallAfter, code, h)
	}

	// It comes back: blocks, and health recovers.
	startHome(t, filepath.Join(q.dir, "node1"), nil)
	eventually(t, 30*time.Second, "node0 healthy again", func() error {
		code, h, err := getHealth(q.url)
		if err != nil {
			return err
		}
		if code != http.StatusOK || h.Status != "ok" || h.Height < 1 || h.AgeMS > stallAfter.Milliseconds() {
			return fmt.Errorf("%d %+v", code, h)
		}
		return nil
	})
}
