package p2p

import (
	"sync"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/protocol"
)

// meshTracer follows GossipSub's mesh for TxTopic: the peers this node
// forwards every accepted transaction to (pubsub does not expose it).
type meshTracer struct {
	mu    sync.Mutex
	peers map[peer.ID]struct{}
}

func newMeshTracer() *meshTracer { return &meshTracer{peers: make(map[peer.ID]struct{})} }

func (t *meshTracer) list() []peer.ID {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]peer.ID, 0, len(t.peers))
	for p := range t.peers {
		out = append(out, p)
	}
	return out
}

func (t *meshTracer) Graft(p peer.ID, topic string) {
	if topic == TxTopic {
		t.mu.Lock()
		t.peers[p] = struct{}{}
		t.mu.Unlock()
	}
}

func (t *meshTracer) Prune(p peer.ID, topic string) {
	if topic == TxTopic {
		t.mu.Lock()
		delete(t.peers, p)
		t.mu.Unlock()
	}
}

// OnClosedOutboundStream: GossipSub drops the peer from every mesh.
func (t *meshTracer) OnClosedOutboundStream(p peer.ID) {
	t.mu.Lock()
	delete(t.peers, p)
	t.mu.Unlock()
}

func (t *meshTracer) Leave(topic string) {
	if topic == TxTopic {
		t.mu.Lock()
		clear(t.peers)
		t.mu.Unlock()
	}
}

func (t *meshTracer) OnNewOutboundStream(peer.ID, protocol.ID)             {}
func (t *meshTracer) Join(string)                                          {}
func (t *meshTracer) ValidateMessage(*pubsub.Message)                      {}
func (t *meshTracer) DeliverMessage(*pubsub.Message)                       {}
func (t *meshTracer) RejectMessage(*pubsub.Message, string)                {}
func (t *meshTracer) DuplicateMessage(*pubsub.Message)                     {}
func (t *meshTracer) ThrottlePeer(peer.ID)                                 {}
func (t *meshTracer) RecvRPC(*pubsub.RPC)                                  {}
func (t *meshTracer) SendRPC(*pubsub.RPC, peer.ID)                         {}
func (t *meshTracer) SendRPCCompleted(*pubsub.RPC, peer.ID, time.Duration) {}
func (t *meshTracer) DropRPC(*pubsub.RPC, peer.ID)                         {}
func (t *meshTracer) UndeliverableMessage(*pubsub.Message)                 {}

var _ pubsub.RawTracer = (*meshTracer)(nil)
