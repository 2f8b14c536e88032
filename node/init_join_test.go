package node

import (
	"context"
	"crypto/sha256"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mycel-network/mycel/internal/testutil"
)

// A node home made with mycel init --join from a running node's
// mycel_joinInfo syncs that node's chain as a full node (same blocks, same
// app hash), with fresh keys; a genesis that does not match the hash
// given, or that is not a mycel genesis, is refused before anything is
// written.
func TestInitJoinSyncs(t *testing.T) {
	cfg, _ := testHome(t)
	seed := startHome(t, cfg.Home, nil)
	url := "http://" + seed.cfg.RPC.Listen
	eventually(t, time.Minute, "the seed's height 3", func() error {
		if seed.store.Height() < 3 {
			return os.ErrNotExist
		}
		return nil
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	info, err := FetchJoinInfo(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(cfg.Path(GenesisFile))
	sum := sha256.Sum256(raw)
	if info.Genesis != string(raw) || string(info.GenesisSHA256) != string(sum[:]) {
		t.Fatalf("join info genesis differs from the seed's file (sha %x, want %x)", info.GenesisSHA256, sum)
	}
	if len(info.ConsensusPeers) != 1 || !strings.Contains(info.ConsensusPeers[0], "@127.0.0.1:") || len(info.P2P) == 0 {
		t.Fatalf("join info addresses: %+v %v", info.ConsensusPeers, info.P2P)
	}

	dir := t.TempDir()
	// A wrong hash, and a genesis that is not a mycel one: refused, and
	// no home is left behind.
	bad := *info
	if _, err := InitJoin(filepath.Join(dir, "wrong-hash"), JoinOptions{Info: &bad, GenesisSHA256: make([]byte, 32), BasePort: 30000}); err == nil || !strings.Contains(err.Error(), "refusing") {
		t.Fatalf("wrong genesis hash: %v", err)
	}
	bad.Genesis = `{"chain_id":"x","app_state":{}}`
	if _, err := InitJoin(filepath.Join(dir, "bad-genesis"), JoinOptions{Info: &bad, BasePort: 30000}); err == nil {
		t.Fatal("a genesis without an L2 genesis was accepted")
	}
	for _, h := range []string{"wrong-hash", "bad-genesis"} {
		if _, err := os.Stat(filepath.Join(dir, h)); err == nil {
			t.Errorf("refused join left %s behind", h)
		}
	}

	home := filepath.Join(dir, "joiner")
	base := testutil.FreePortBase(t, 1)
	jcfg, err := InitJoin(home, JoinOptions{Info: info, GenesisSHA256: sum[:], Moniker: "joiner", BasePort: base})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := InitJoin(home, JoinOptions{Info: info, BasePort: base}); err == nil {
		t.Fatal("a second join into the same home overwrote its keys")
	}
	if jcfg.Consensus.PersistentPeers != info.ConsensusPeers[0] || len(jcfg.P2P.Bootstrap) == 0 {
		t.Fatalf("joined config peers %q bootstrap %v", jcfg.Consensus.PersistentPeers, jcfg.P2P.Bootstrap)
	}
	sk, _ := ConsensusKey(cfg.Home)
	jk, err := ConsensusKey(home)
	if err != nil || jk.D.Cmp(sk.D) == 0 {
		t.Fatalf("joined home's consensus key: %v (same as the seed's: %v)", err, err == nil && jk.D.Cmp(sk.D) == 0)
	}
	joiner := startHome(t, home, nil)
	target := seed.store.Height() + 2
	eventually(t, time.Minute, "the joiner to sync past the seed's height", func() error {
		if joiner.store.Height() < target {
			return os.ErrNotExist
		}
		return nil
	})
	h := joiner.store.Height() - 1
	a, errA := (&API{n: seed}).GetBlock(h)
	b, errB := (&API{n: joiner}).GetBlock(h)
	if errA != nil || errB != nil || string(a.Hash) != string(b.Hash) || a.AppHash != b.AppHash {
		t.Fatalf("block %d: seed %+v (%v), joiner %+v (%v)", h, a, errA, b, errB)
	}
}
