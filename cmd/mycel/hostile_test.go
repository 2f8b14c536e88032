package main

import (
	"context"
	"crypto/sha256"
	"fmt"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/internal/testutil/procnet"
	"github.com/mycel-network/mycel/node"
	"github.com/mycel-network/mycel/p2p"
)

// hostileGossip joins the transaction topic from a libp2p host written
// here, floods node0 with garbage and forged transactions, and checks that
// node0 rejects them, scores the peer negative, and keeps committing.
func hostileGossip(t *testing.T, c *procnet.Net) {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	h, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"))
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	ps, err := pubsub.NewGossipSub(ctx, h,
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithMessageIdFn(func(m *pb.Message) string { s := sha256.Sum256(m.Data); return string(s[:]) }))
	if err != nil {
		t.Fatal(err)
	}
	topic, err := ps.Join(p2p.TxTopic)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := topic.Subscribe()
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Cancel()

	cfg, err := node.LoadConfig(c.NodeHome(0), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	st := c.Status(0)
	target, _ := peer.Decode(st.PeerID)
	addr, _ := multiaddr.NewMultiaddr(cfg.P2P.Listen[0])
	if err := h.Connect(ctx, peer.AddrInfo{ID: target, Addrs: []multiaddr.Multiaddr{addr}}); err != nil {
		t.Fatalf("connect to node0: %v", err)
	}
	// Wait until node0 is in our topic mesh view.
	deadline, _ := ctx.Deadline()
	testutil.Wait{Within: time.Until(deadline), Every: 50 * time.Millisecond}.Until(t, "node0 to join the topic view", func() bool {
		return len(topic.ListPeers()) > 0
	})
	forged := c.Transfer(7, 8, 1, 2, 0).Encode()
	forged[len(forged)-10] ^= 1
	payloads := [][]byte{forged, {0x01, 0x02, 0x03}, make([]byte, 3000)}
	me := h.ID().String()
	// Publish a few bad messages per round, distinct so none is a
	// duplicate, until node0's score for us turns negative.
	rounds := 0
	err = testutil.Wait{Within: 40 * time.Second, Every: 300 * time.Millisecond}.Poll(func() error {
		i := rounds
		rounds++
		for j := range len(payloads) {
			p := append([]byte{}, payloads[j]...)
			if len(p) > 3 {
				p[20] ^= byte(i) // distinct message ids (for the forged tx: another amount)
			}
			if err := topic.Publish(ctx, p); err != nil {
				t.Fatalf("publish: %v", err)
			}
		}
		var peers []node.PeerInfo
		c.MustCall(0, &peers, "mycel_peers")
		score, found := 0.0, false
		for _, p := range peers {
			if p.ID == me {
				score, found = p.Score, true
			}
		}
		if !found || score >= 0 {
			return fmt.Errorf("found %v, score %.2f", found, score)
		}
		t.Logf("node0 scores the hostile peer %.1f after %d rounds", score, rounds)
		return nil
	})
	if err != nil {
		t.Fatalf("hostile peer score never fell below zero (%v)", err)
	}
	// None of it reached the mempool, and the node still commits honest
	// transactions.
	var hash common.Hash
	c.MustCall(0, &hash, "mycel_sendRawTransaction", hexutil.Bytes(c.Transfer(9, 10, 3, 2, 0).Encode()))
	c.WaitReceipt(0, hash, 20*time.Second)
	if st := c.Status(0); st.MempoolTxs != 0 {
		t.Fatalf("garbage reached the mempool: %d txs pooled", st.MempoolTxs)
	}
}
