package p2p

import (
	"fmt"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/multiformats/go-multiaddr"
)

// Config configures the libp2p host and the transaction gossip. Validate
// reports the first bad key as "p2p.<key>".
type Config struct {
	// ListenAddrs are the multiaddrs to listen on (TCP and QUIC).
	ListenAddrs []string `toml:"listen_addrs"`
	// Bootstrap are peers to connect to and stay connected with, as full
	// multiaddrs ending in /p2p/<peer id>. The host's own entry is skipped,
	// so every node of a network may share one list.
	Bootstrap []string `toml:"bootstrap"`
	// MaxMessageSize is the largest transaction message (bytes) that is
	// published or accepted from a peer; larger ones are rejected and
	// penalise the sender.
	MaxMessageSize int `toml:"max_message_size"`
	// MaxRPCSize is the largest GossipSub frame read from a peer (messages
	// and control data together); a peer sending more has its stream reset.
	MaxRPCSize int `toml:"max_rpc_size"`
	// ConnLow and ConnHigh are the connection manager's watermarks: above
	// ConnHigh connections it trims down to ConnLow, sparing bootstrap peers
	// and peers in the gossip mesh.
	ConnLow  int `toml:"conn_low"`
	ConnHigh int `toml:"conn_high"`
	// ConnGracePeriod protects new connections from trimming.
	ConnGracePeriod time.Duration `toml:"conn_grace_period"`
	// DialTimeout bounds one dial to a bootstrap peer.
	DialTimeout time.Duration `toml:"dial_timeout"`
	// BootstrapBackoffMax caps the wait between redials of a bootstrap peer
	// (the wait starts at 250 ms and doubles).
	BootstrapBackoffMax time.Duration `toml:"bootstrap_backoff_max"`
	// HeartbeatInterval is GossipSub's heartbeat (mesh maintenance, gossip).
	HeartbeatInterval time.Duration `toml:"heartbeat_interval"`
	// ScoreInspectInterval is how often peer scores are sampled for
	// PeerScore and the metrics.
	ScoreInspectInterval time.Duration `toml:"score_inspect_interval"`
	// OutboundQueueSize is how many RPCs may wait to be written to one peer
	// before GossipSub drops messages to it (its default of 32 loses most
	// of a burst of transactions).
	OutboundQueueSize int `toml:"outbound_queue_size"`
	// ValidateQueueSize is how many received messages may wait for
	// validation before new ones are dropped (GossipSub's default is 32).
	ValidateQueueSize int `toml:"validate_queue_size"`
}

// Default returns the settings used by mycel nodes.
func Default() Config {
	return Config{
		ListenAddrs:          []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"},
		MaxMessageSize:       1024,
		MaxRPCSize:           256 << 10,
		ConnLow:              32,
		ConnHigh:             96,
		ConnGracePeriod:      30 * time.Second,
		DialTimeout:          10 * time.Second,
		BootstrapBackoffMax:  30 * time.Second,
		HeartbeatInterval:    time.Second,
		ScoreInspectInterval: time.Second,
		OutboundQueueSize:    4096,
		ValidateQueueSize:    4096,
	}
}

// rpcOverhead is room in a GossipSub frame beyond one message's data.
const rpcOverhead = 1024

// Validate checks the settings and names the first bad key.
func (c Config) Validate() error {
	if len(c.ListenAddrs) == 0 {
		return fmt.Errorf("config p2p.listen_addrs: at least one address is needed")
	}
	for i, a := range c.ListenAddrs {
		if _, err := multiaddr.NewMultiaddr(a); err != nil {
			return fmt.Errorf("config p2p.listen_addrs[%d]: %q is not a multiaddr: %w", i, a, err)
		}
	}
	if _, err := parseBootstrap(c.Bootstrap); err != nil {
		return err
	}
	switch {
	case c.MaxMessageSize < 1:
		return fmt.Errorf("config p2p.max_message_size: must be positive, got %d", c.MaxMessageSize)
	case c.MaxRPCSize < c.MaxMessageSize+rpcOverhead:
		return fmt.Errorf("config p2p.max_rpc_size: must be at least p2p.max_message_size + %d = %d, got %d",
			rpcOverhead, c.MaxMessageSize+rpcOverhead, c.MaxRPCSize)
	case c.ConnLow < 1:
		return fmt.Errorf("config p2p.conn_low: must be positive, got %d", c.ConnLow)
	case c.ConnHigh < c.ConnLow:
		return fmt.Errorf("config p2p.conn_high: must be at least p2p.conn_low (%d), got %d", c.ConnLow, c.ConnHigh)
	case c.ConnGracePeriod < 0:
		return fmt.Errorf("config p2p.conn_grace_period: must not be negative, got %s", c.ConnGracePeriod)
	case c.DialTimeout <= 0:
		return fmt.Errorf("config p2p.dial_timeout: must be positive, got %s", c.DialTimeout)
	case c.BootstrapBackoffMax < 250*time.Millisecond:
		return fmt.Errorf("config p2p.bootstrap_backoff_max: must be at least 250ms, got %s", c.BootstrapBackoffMax)
	case c.HeartbeatInterval < 10*time.Millisecond:
		return fmt.Errorf("config p2p.heartbeat_interval: must be at least 10ms, got %s", c.HeartbeatInterval)
	case c.ScoreInspectInterval < 10*time.Millisecond:
		return fmt.Errorf("config p2p.score_inspect_interval: must be at least 10ms, got %s", c.ScoreInspectInterval)
	case c.OutboundQueueSize < 1:
		return fmt.Errorf("config p2p.outbound_queue_size: must be positive, got %d", c.OutboundQueueSize)
	case c.ValidateQueueSize < 1:
		return fmt.Errorf("config p2p.validate_queue_size: must be positive, got %d", c.ValidateQueueSize)
	}
	return nil
}

func parseBootstrap(addrs []string) ([]peer.AddrInfo, error) {
	byID := make(map[peer.ID]int)
	var out []peer.AddrInfo
	for i, a := range addrs {
		ai, err := peer.AddrInfoFromString(a)
		if err != nil {
			return nil, fmt.Errorf("config p2p.bootstrap[%d]: %q must be a multiaddr ending in /p2p/<peer id>: %w", i, a, err)
		}
		if j, ok := byID[ai.ID]; ok {
			out[j].Addrs = append(out[j].Addrs, ai.Addrs...)
			continue
		}
		byID[ai.ID] = len(out)
		out = append(out, *ai)
	}
	return out, nil
}
