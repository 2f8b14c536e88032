package main

import (
	"context"
	"crypto/sha256"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"

	"github.com/mycel-network/mycel/node"
	"github.com/mycel-network/mycel/p2p"
)

// hostileGossip joins the transaction topic from a libp2p host written
// here, floods node0 with garbage and forged transactions, and checks that
// node0 rejects them, scores the peer negative, and keeps committing.
func hostileGossip(t *testing.T, c *cluster) {
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

	cfg, err := node.LoadConfig(c.home(0), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	st := c.status(0)
	target, _ := peer.Decode(st.PeerID)
	addr, _ := multiaddr.NewMultiaddr(cfg.P2P.Listen[0])
	if err := h.Connect(ctx, peer.AddrInfo{ID: target, Addrs: []multiaddr.Multiaddr{addr}}); err != nil {
		t.Fatalf("connect to node0: %v", err)
	}
	// Wait until node0 is in our topic mesh view.
	for len(topic.ListPeers()) == 0 {
		if ctx.Err() != nil {
			t.Fatal("node0 never joined the topic view")
		}
		time.Sleep(50 * time.Millisecond)
	}
	forged := c.signedTransfer(7, 8, 1, 2, 0)
	forged[len(forged)-10] ^= 1
	payloads := [][]byte{forged, {0x01, 0x02, 0x03}, make([]byte, 3000)}
	me := h.ID().String()
	deadline := time.Now().Add(40 * time.Second)
	for i := 0; ; i++ {
		// Publish a few bad messages per round, distinct so none is a
		// duplicate, until node0's score for us turns negative.
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
		if err := c.clients[0].Call(&peers, "mycel_peers"); err != nil {
			t.Fatal(err)
		}
		score, found := 0.0, false
		for _, p := range peers {
			if p.ID == me {
				score, found = p.Score, true
			}
		}
		if found && score < 0 {
			t.Logf("node0 scores the hostile peer %.1f after %d rounds", score, i+1)
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("hostile peer score never fell below zero (found %v, score %.2f)", found, score)
		}
		time.Sleep(300 * time.Millisecond)
	}
	// None of it reached the mempool, and the node still commits honest
	// transactions.
	var hash common.Hash
	if err := c.clients[0].Call(&hash, "mycel_sendRawTransaction", hexutil.Bytes(c.signedTransfer(9, 10, 3, 2, 0))); err != nil {
		t.Fatal(err)
	}
	c.waitReceipt(0, hash, 20*time.Second)
	if st := c.status(0); st.MempoolTxs != 0 {
		t.Fatalf("garbage reached the mempool: %d txs pooled", st.MempoolTxs)
	}
}
