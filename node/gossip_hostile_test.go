package node

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	libp2pcrypto "github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/p2p"
)

var verdicts = map[pubsub.ValidationResult]string{
	pubsub.ValidationAccept: "accept", pubsub.ValidationIgnore: "ignore", pubsub.ValidationReject: "reject",
}

// startGossipPeer starts a libp2p host that bootstraps to the node and
// gossips whatever the test publishes.
func startGossipPeer(t *testing.T, q *noQuorum) *p2p.Host {
	t.Helper()
	key, _, err := libp2pcrypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pcfg := p2p.Default()
	pcfg.Bootstrap = []string{q.n0.cfg.P2P.Listen[0] + "/p2p/" + q.n0.host.ID().String()}
	pcfg.HeartbeatInterval, pcfg.ScoreInspectInterval = 100*time.Millisecond, 100*time.Millisecond
	h, err := p2p.New(pcfg, key, slog.New(slog.DiscardHandler), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := h.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Stop(context.Background()) })
	return h
}

// Issue 12: with the pool full, a transaction signed by the wrong key is
// rejected, whatever its nonce and fee (the mempool spot-checks the
// signatures of what it refuses, mempool.refused_sig_checks_per_second),
// so a peer that floods them loses its gossip score (before, a full pool
// answered "pool full" first and the flood was ignored, unpunished);
// correctly signed transactions that the full pool refuses (underpriced,
// or queued with nothing cheaper to evict) are ignored, so an honest peer
// that relays them keeps its score.
func TestHostileGossipIntoAFullPool(t *testing.T) {
	q := startNoQuorum(t, "mempool.max_txs=4", "mempool.max_txs_per_account=4")
	accts := testAccounts(t, q.dir)
	a1, a2, a3, a4 := accts[0], accts[1], accts[2], accts[3]
	for _, raw := range [][]byte{
		signedTransfer(t, a1, a4.Index, 1, 10, 0), signedTransfer(t, a1, a4.Index, 1, 10, 1),
		signedTransfer(t, a2, a4.Index, 1, 10, 0), signedTransfer(t, a2, a4.Index, 1, 10, 1),
	} {
		if _, err := q.n0.pool.Add(raw); err != nil {
			t.Fatal(err)
		}
	}
	// garbage is a3's transaction with a future nonce and a high fee,
	// signed by a4.
	garbage := func(amount uint64) []byte {
		k, err := a4.Key()
		if err != nil {
			t.Fatal(err)
		}
		tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: DefaultInitOptions().ChainID, From: a3.Index, To: a4.Index,
			Amount: amount, Fee: 1000, Nonce: 2}
		if err := tx.Sign(k); err != nil {
			t.Fatal(err)
		}
		return tx.Encode()
	}

	// The mapping, called as GossipSub calls it.
	someone := peer.ID("someone")
	for _, tc := range []struct {
		name string
		raw  []byte
		want pubsub.ValidationResult
	}{
		{"garbage-signed, future nonce, high fee", garbage(1), pubsub.ValidationReject},
		{"valid, underpriced for this pool", signedTransfer(t, a3, a4.Index, 1, 5, 0), pubsub.ValidationIgnore},
		{"valid, queued, nothing cheaper to evict", signedTransfer(t, a3, a4.Index, 1, 10, 2), pubsub.ValidationIgnore},
		{"valid, fee below the floor", signedTransfer(t, a3, a4.Index, 1, 0, 0), pubsub.ValidationIgnore},
	} {
		if got := q.n0.validateGossip(context.Background(), someone, tc.raw); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, verdicts[got], verdicts[tc.want])
		}
	}
	if q.n0.pool.Size() != 4 {
		t.Fatalf("pool holds %d", q.n0.pool.Size())
	}

	// Over the network: a hostile peer floods garbage, an honest one
	// relays valid transactions the full pool refuses.
	hostile, honest := startGossipPeer(t, q), startGossipPeer(t, q)
	var n uint64
	last := time.Time{}
	eventually(t, 30*time.Second, "the flooding peer's score below zero", func() error {
		if time.Since(last) > 200*time.Millisecond {
			last = time.Now()
			n++
			if err := hostile.PublishTx(context.Background(), garbage(100+n)); err != nil {
				return err
			}
			if err := honest.PublishTx(context.Background(), signedTransfer(t, a3, a4.Index, 100+n, 5, 0)); err != nil {
				return err
			}
		}
		if s := q.n0.host.PeerScore(hostile.ID()); s >= 0 {
			return fmt.Errorf("score %.1f", s)
		}
		return nil
	})
	ignoredBefore := metricValue(t, q.url, `mycel_p2p_messages_total{result="ignore"}`)
	for i := range 5 {
		if err := honest.PublishTx(context.Background(), signedTransfer(t, a3, a4.Index, 1000+uint64(i), 5, 0)); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, 30*time.Second, "the honest peer's transactions ignored", func() error {
		if v := metricValue(t, q.url, `mycel_p2p_messages_total{result="ignore"}`); v < ignoredBefore+5 {
			return fmt.Errorf("ignored %v, want %v", v, ignoredBefore+5)
		}
		return nil
	})
	time.Sleep(300 * time.Millisecond) // a few score samples
	if s := q.n0.host.PeerScore(honest.ID()); s < 0 {
		t.Fatalf("the honest relay's score is %.1f", s)
	}
	t.Logf("scores: hostile %.1f, honest %.1f; %d rounds", q.n0.host.PeerScore(hostile.ID()), q.n0.host.PeerScore(honest.ID()), n)
}
