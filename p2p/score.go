package p2p

import (
	"net"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// Score thresholds. A peer's score is the sum of the topic score (capped at
// TopicScoreCap when positive) and the router-level penalties.
const (
	// Below GossipThreshold a peer gets no gossip from us and its gossip
	// (IHAVE/IWANT) is ignored.
	GossipThreshold = -10
	// Below PublishThreshold our own transactions are not flood-published
	// to it.
	PublishThreshold = -50
	// Below GraylistThreshold every RPC from the peer is dropped unread.
	GraylistThreshold = -80
	// InvalidMessageWeight is the penalty of the first rejected message; the
	// penalty grows with the square of the (decaying) count of rejected
	// messages, so one rejection already puts a peer below
	// PublishThreshold and a second deep below GraylistThreshold.
	InvalidMessageWeight = -100
)

// scoreDecayInterval is GossipSub's counter decay period (its minimum).
const scoreDecayInterval = time.Second

// peerScoreParams returns the scoring for the transaction topic, tuned for a
// small validator network where every honest node relays everything:
//
//   - P4, invalid messages (a validator Reject: malformed, oversized, badly
//     signed, wrong chain...) weigh -100 x count^2, decaying by 1% a second
//     (half-life about 70 s): one rejection keeps a peer about 35 s below
//     PublishThreshold and 11 s below GraylistThreshold; a steady stream keeps it
//     graylisted. Ignore (a duplicate, a spent nonce, a full pool: things an
//     honest relay can send) costs nothing.
//   - P1 time in mesh (up to +3) and P2 first deliveries (up to +10) reward
//     useful peers, capped at TopicScoreCap 20, far less than one rejection.
//   - P3 mesh delivery deficits are off: transaction traffic is bursty and
//     often zero, and a deficit penalty would punish honest peers in quiet
//     periods.
//   - P6 IP colocation penalises more than 8 peers behind one IP, except on
//     loopback, where local devnets run every validator.
//   - P7 behaviour penalties (broken promises, GRAFT flooding) apply past 6.
func peerScoreParams() *pubsub.PeerScoreParams {
	_, loop4, _ := net.ParseCIDR("127.0.0.0/8")
	_, loop6, _ := net.ParseCIDR("::1/128")
	return &pubsub.PeerScoreParams{
		Topics: map[string]*pubsub.TopicScoreParams{
			TxTopic: {
				TopicWeight:                    1,
				TimeInMeshWeight:               0.01,
				TimeInMeshQuantum:              time.Second,
				TimeInMeshCap:                  300,
				FirstMessageDeliveriesWeight:   0.5,
				FirstMessageDeliveriesDecay:    0.95,
				FirstMessageDeliveriesCap:      20,
				InvalidMessageDeliveriesWeight: InvalidMessageWeight,
				InvalidMessageDeliveriesDecay:  0.99,
			},
		},
		TopicScoreCap:               20,
		AppSpecificScore:            func(peer.ID) float64 { return 0 },
		AppSpecificWeight:           1,
		IPColocationFactorWeight:    -5,
		IPColocationFactorThreshold: 8,
		IPColocationFactorWhitelist: []*net.IPNet{loop4, loop6},
		BehaviourPenaltyWeight:      -10,
		BehaviourPenaltyThreshold:   6,
		BehaviourPenaltyDecay:       0.9,
		DecayInterval:               scoreDecayInterval,
		DecayToZero:                 0.01,
		RetainScore:                 10 * time.Minute,
	}
}

func peerScoreThresholds() *pubsub.PeerScoreThresholds {
	return &pubsub.PeerScoreThresholds{
		GossipThreshold:             GossipThreshold,
		PublishThreshold:            PublishThreshold,
		GraylistThreshold:           GraylistThreshold,
		AcceptPXThreshold:           10,
		OpportunisticGraftThreshold: 2,
	}
}
