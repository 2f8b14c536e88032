package node

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// metricValue reads one sample from the node's /metrics.
func metricValue(t *testing.T, url, sample string) float64 {
	t.Helper()
	_, body, err := httpGet(url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?m)^" + regexp.QuoteMeta(sample) + " (\\S+)$").FindSubmatch(body)
	if m == nil {
		return 0
	}
	v, err := strconv.ParseFloat(string(m[1]), 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// Transactions gossiped by a libp2p peer go through the node's mempool:
// one the pool admits is accepted (and pending on the node), one refused
// by policy is ignored, and bytes that are not a transaction are rejected,
// which lowers the sender's score. The node lists the peer in mycel_peers.
func TestGossipFeedsTheMempool(t *testing.T) {
	q := startNoQuorum(t)
	accts := testAccounts(t, q.dir)
	c := dialRPC(t, q.url)

	h := startGossipPeer(t, q)
	self := h.ID()

	eventually(t, 30*time.Second, "the node lists the peer", func() error {
		var peers []PeerInfo
		if err := c.Call(&peers, "mycel_peers"); err != nil {
			return err
		}
		for _, p := range peers {
			if p.ID == self.String() {
				return nil
			}
		}
		return fmt.Errorf("peers %+v", peers)
	})

	// Accept: until the subscription has propagated a publish may reach no
	// one, so publish distinct transactions until one is pending.
	var sent []common.Hash
	var last time.Time
	eventually(t, 30*time.Second, "a gossiped transaction pending on the node", func() error {
		if time.Since(last) > 500*time.Millisecond {
			last = time.Now()
			raw := signedTransfer(t, accts[0], accts[1].Index, uint64(len(sent)+1), 10, 0)
			if err := h.PublishTx(context.Background(), raw); err != nil {
				return err
			}
			sent = append(sent, crypto.Keccak256Hash(raw))
		}
		for _, hash := range sent {
			var rc *Receipt
			if err := c.Call(&rc, "mycel_getTransactionReceipt", hash); err != nil {
				return err
			}
			if rc != nil && rc.Status == "pending" {
				return nil
			}
		}
		return fmt.Errorf("none of %d published is pending", len(sent))
	})
	if v := metricValue(t, q.url, `mycel_p2p_messages_total{result="accept"}`); v < 1 {
		t.Fatalf("accepted messages %v", v)
	}

	// Ignore: a fee below the floor is policy, not misbehaviour.
	if err := h.PublishTx(context.Background(), signedTransfer(t, accts[2], accts[1].Index, 1, 0, 0)); err != nil {
		t.Fatal(err)
	}
	eventually(t, 30*time.Second, "an underpriced transaction ignored", func() error {
		if v := metricValue(t, q.url, `mycel_p2p_messages_total{result="ignore"}`); v < 1 {
			return fmt.Errorf("ignored %v", v)
		}
		return nil
	})

	// Reject: not a transaction.
	if err := h.PublishTx(context.Background(), []byte{0x01, 0x02, 0x03}); err != nil {
		t.Fatal(err)
	}
	eventually(t, 30*time.Second, "garbage rejected", func() error {
		if v := metricValue(t, q.url, `mycel_p2p_messages_total{result="reject"}`); v < 1 {
			return fmt.Errorf("rejected %v", v)
		}
		return nil
	})
	eventually(t, 30*time.Second, "the sender penalised", func() error {
		var peers []PeerInfo
		if err := c.Call(&peers, "mycel_peers"); err != nil {
			return err
		}
		for _, p := range peers {
			if p.ID == self.String() && p.Score < 0 {
				return nil
			}
		}
		return fmt.Errorf("peers %+v", peers)
	})
}
