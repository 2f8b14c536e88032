package p2p

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	pb "github.com/libp2p/go-libp2p-pubsub/pb"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/p2p/net/connmgr"
	"github.com/libp2p/go-libp2p/p2p/security/noise"
	libp2pquic "github.com/libp2p/go-libp2p/p2p/transport/quic"
	"github.com/libp2p/go-libp2p/p2p/transport/tcp"
	"github.com/multiformats/go-multiaddr"
)

// TxTopic is the GossipSub topic that carries encoded L2 transactions, one
// per message.
const TxTopic = "/mycel/tx/1"

// bootstrapTag protects bootstrap peers in the connection manager.
const bootstrapTag = "mycel-bootstrap"

// Errors of the host's lifecycle and publishing.
var (
	ErrNotStarted      = errors.New("p2p host not started")
	ErrAlreadyStarted  = errors.New("p2p host already started")
	ErrMessageTooLarge = errors.New("message larger than p2p.max_message_size")
	ErrEmptyMessage    = errors.New("empty message")
)

// Validator judges a transaction message received from peer from (the peer
// that forwarded it, not necessarily its author). Accept delivers and
// forwards it; Ignore drops it without penalty (a duplicate, a spent nonce,
// a full pool: an honest peer can send those); Reject drops it and
// penalises from's score (a message that is invalid under any state). The
// node's validator admits the transaction into its mempool: a message is
// relayed only after that succeeded. It runs concurrently for many
// messages and must not block for long.
type Validator func(ctx context.Context, from peer.ID, data []byte) pubsub.ValidationResult

// Host is a libp2p host (TCP and QUIC, Noise on TCP, QUIC's own TLS 1.3)
// that gossips transactions on TxTopic with GossipSub v1.1 peer scoring.
// New starts nothing; Start listens, joins the topic and keeps the
// bootstrap peers connected; Stop ends it all. A Host is started once.
type Host struct {
	cfg       Config
	key       crypto.PrivKey
	id        peer.ID
	bootstrap []peer.AddrInfo
	log       *slog.Logger
	m         *Metrics

	mu        sync.RWMutex
	validator Validator
	started   bool
	stopped   bool
	host      host.Host
	cm        *connmgr.BasicConnMgr
	ps        *pubsub.PubSub
	topic     *pubsub.Topic
	sub       *pubsub.Subscription
	scores    map[peer.ID]float64
	mesh      *meshTracer
	cancel    context.CancelFunc
	wg        sync.WaitGroup
}

// New checks cfg and returns a host that is not started. A nil logger
// discards; nil metrics are NopMetrics.
func New(cfg Config, key crypto.PrivKey, logger *slog.Logger, m *Metrics) (*Host, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, fmt.Errorf("p2p: no identity key")
	}
	id, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("p2p: identity: %w", err)
	}
	boot, _ := parseBootstrap(cfg.Bootstrap)
	boot = slices.DeleteFunc(boot, func(ai peer.AddrInfo) bool { return ai.ID == id })
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NopMetrics()
	}
	return &Host{
		cfg: cfg, key: key, id: id, bootstrap: boot, log: logger.With("peer", id.ShortString()), m: m,
		validator: func(context.Context, peer.ID, []byte) pubsub.ValidationResult { return pubsub.ValidationAccept },
		scores:    make(map[peer.ID]float64),
		mesh:      newMeshTracer(),
	}, nil
}

// SetTxValidator sets the function that judges received transactions
// (before Start; the default accepts everything within the size limit).
func (h *Host) SetTxValidator(v Validator) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if v != nil {
		h.validator = v
	}
}

// messageID is content-addressed: the same transaction published by two
// nodes is one message, seen once.
func messageID(m *pb.Message) string {
	s := sha256.Sum256(m.GetData())
	return string(s[:20])
}

// Start listens on the configured addresses, starts GossipSub, joins
// TxTopic and begins dialing the bootstrap peers in the background (with
// exponential backoff, and again whenever one disconnects). ctx bounds the
// start only; the host runs until Stop.
func (h *Host) Start(ctx context.Context) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.started {
		return ErrAlreadyStarted
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	cm, err := connmgr.NewConnManager(h.cfg.ConnLow, h.cfg.ConnHigh, connmgr.WithGracePeriod(h.cfg.ConnGracePeriod))
	if err != nil {
		return fmt.Errorf("p2p: connection manager: %w", err)
	}
	lh, err := libp2p.New(
		libp2p.Identity(h.key),
		libp2p.ListenAddrStrings(h.cfg.ListenAddrs...),
		libp2p.Transport(tcp.NewTCPTransport),
		libp2p.Transport(libp2pquic.NewTransport),
		libp2p.Security(noise.ID, noise.New),
		libp2p.ConnectionManager(cm),
		libp2p.DisableRelay(),
		libp2p.DisableMetrics(), // no global Prometheus registry
		libp2p.UserAgent("mycel"),
	)
	if err != nil {
		cm.Close()
		return fmt.Errorf("p2p: start libp2p host on %v: %w", h.cfg.ListenAddrs, err)
	}
	runCtx, cancel := context.WithCancel(context.Background())
	fail := func(err error) error {
		cancel()
		lh.Close()
		return err
	}
	gsp := pubsub.DefaultGossipSubParams()
	gsp.HeartbeatInterval = h.cfg.HeartbeatInterval
	gsp.HeartbeatInitialDelay = min(gsp.HeartbeatInitialDelay, h.cfg.HeartbeatInterval)
	ps, err := pubsub.NewGossipSub(runCtx, lh,
		pubsub.WithGossipSubParams(gsp),
		pubsub.WithPeerScore(peerScoreParams(), peerScoreThresholds()),
		pubsub.WithPeerScoreInspect(pubsub.PeerScoreInspectFn(h.onScores), h.cfg.ScoreInspectInterval),
		pubsub.WithMessageSignaturePolicy(pubsub.StrictNoSign),
		pubsub.WithNoAuthor(),
		pubsub.WithMessageIdFn(messageID),
		pubsub.WithMaxMessageSize(h.cfg.MaxRPCSize),
		pubsub.WithMaxControlMessageSize(h.cfg.MaxRPCSize),
		pubsub.WithFloodPublish(true),
		pubsub.WithRawTracer(h.mesh),
		pubsub.WithPeerOutboundQueueSize(h.cfg.OutboundQueueSize),
		pubsub.WithValidateQueueSize(h.cfg.ValidateQueueSize),
		pubsub.WithLogger(slog.New(quietHandler{h.log.Handler(), slog.LevelError}).With("module", "pubsub")),
	)
	if err != nil {
		return fail(fmt.Errorf("p2p: start gossipsub: %w", err))
	}
	if err := ps.RegisterTopicValidator(TxTopic, h.validate); err != nil {
		return fail(fmt.Errorf("p2p: register validator: %w", err))
	}
	topic, err := ps.Join(TxTopic)
	if err != nil {
		return fail(fmt.Errorf("p2p: join %s: %w", TxTopic, err))
	}
	sub, err := topic.Subscribe(pubsub.WithBufferSize(h.cfg.ValidateQueueSize))
	if err != nil {
		return fail(fmt.Errorf("p2p: subscribe %s: %w", TxTopic, err))
	}
	h.host, h.cm, h.ps, h.topic, h.sub, h.cancel, h.started = lh, cm, ps, topic, sub, cancel, true

	lh.Network().Notify(&network.NotifyBundle{
		ConnectedF: func(n network.Network, c network.Conn) {
			h.m.peers.Set(float64(len(n.Peers())))
			h.log.Debug("p2p: connected", "remote", c.RemotePeer().ShortString(), "addr", c.RemoteMultiaddr())
		},
		DisconnectedF: func(n network.Network, c network.Conn) {
			h.m.peers.Set(float64(len(n.Peers())))
			h.log.Debug("p2p: disconnected", "remote", c.RemotePeer().ShortString())
		},
	})
	h.wg.Add(1)
	go h.drain(runCtx, sub)
	for _, ai := range h.bootstrap {
		lh.Peerstore().AddAddrs(ai.ID, ai.Addrs, time.Hour)
		cm.Protect(ai.ID, bootstrapTag)
		h.wg.Add(1)
		go h.keepConnected(runCtx, ai)
	}
	h.log.Info("p2p: started", "id", h.id, "addrs", lh.Addrs(), "bootstrap", len(h.bootstrap))
	return nil
}

// Stop leaves the topic and closes the host. It is safe to call more than
// once, and before Start.
func (h *Host) Stop(ctx context.Context) error {
	h.mu.Lock()
	if !h.started || h.stopped {
		h.stopped = true
		h.mu.Unlock()
		return nil
	}
	h.stopped = true
	h.sub.Cancel()
	h.cancel()
	h.mu.Unlock()

	done := make(chan struct{})
	go func() { h.wg.Wait(); close(done) }()
	var errs []error
	select {
	case <-done:
	case <-ctx.Done():
		errs = append(errs, fmt.Errorf("p2p: stop: waiting for background work: %w", ctx.Err()))
	}
	if err := h.topic.Close(); err != nil {
		// Close fails while handlers are still registered; the host goes
		// down regardless.
		h.log.Debug("p2p: close topic", "err", err)
	}
	if err := h.host.Close(); err != nil {
		errs = append(errs, fmt.Errorf("p2p: close host: %w", err))
	}
	if err := h.cm.Close(); err != nil {
		errs = append(errs, fmt.Errorf("p2p: close connection manager: %w", err))
	}
	h.log.Info("p2p: stopped")
	return errors.Join(errs...)
}

// validate runs for every message on TxTopic before it is delivered or
// forwarded.
func (h *Host) validate(ctx context.Context, from peer.ID, msg *pubsub.Message) pubsub.ValidationResult {
	if msg.ReceivedFrom == h.id {
		// Our own publish: the caller admitted the transaction already.
		return pubsub.ValidationAccept
	}
	data := msg.GetData()
	var res pubsub.ValidationResult
	switch {
	case len(data) == 0 || len(data) > h.cfg.MaxMessageSize:
		h.log.Debug("p2p: rejected message size", "from", from.ShortString(), "bytes", len(data), "max", h.cfg.MaxMessageSize)
		res = pubsub.ValidationReject
	default:
		h.mu.RLock()
		v := h.validator
		h.mu.RUnlock()
		res = v(ctx, from, data)
	}
	switch res {
	case pubsub.ValidationAccept:
		h.m.validated.WithLabelValues("accept").Inc()
	case pubsub.ValidationIgnore:
		h.m.validated.WithLabelValues("ignore").Inc()
	default:
		h.m.validated.WithLabelValues("reject").Inc()
	}
	return res
}

// drain consumes delivered messages: the validator already handed each to
// the mempool.
func (h *Host) drain(ctx context.Context, sub *pubsub.Subscription) {
	defer h.wg.Done()
	for {
		if _, err := sub.Next(ctx); err != nil {
			return
		}
	}
}

// keepConnected dials a bootstrap peer until connected, with exponential
// backoff and jitter, and redials whenever the connection drops.
func (h *Host) keepConnected(ctx context.Context, ai peer.AddrInfo) {
	defer h.wg.Done()
	const first = 250 * time.Millisecond
	backoff := first
	wait := func(d time.Duration) bool {
		t := time.NewTimer(d)
		defer t.Stop()
		select {
		case <-ctx.Done():
			return false
		case <-t.C:
			return true
		}
	}
	for {
		if h.host.Network().Connectedness(ai.ID) != network.Connected {
			dctx, cancel := context.WithTimeout(ctx, h.cfg.DialTimeout)
			err := h.host.Connect(dctx, ai)
			cancel()
			if ctx.Err() != nil {
				return
			}
			if err != nil {
				h.m.dialFailures.Inc()
				h.log.Debug("p2p: bootstrap dial failed", "remote", ai.ID.ShortString(), "retry_in", backoff, "err", err)
				if !wait(backoff + rand.N(backoff/2)) {
					return
				}
				backoff = min(2*backoff, h.cfg.BootstrapBackoffMax)
				continue
			}
			h.log.Info("p2p: connected to bootstrap peer", "remote", ai.ID.ShortString())
			backoff = first
		}
		if !wait(time.Second) {
			return
		}
	}
}

// onScores receives GossipSub's periodic score snapshot.
func (h *Host) onScores(scores map[peer.ID]float64) {
	neg := 0
	for _, s := range scores {
		if s < 0 {
			neg++
		}
	}
	h.m.negative.Set(float64(neg))
	h.mu.Lock()
	h.scores = scores
	h.mu.Unlock()
}

// PublishTx gossips an encoded transaction. The caller has admitted it (this
// node's validator does not run on its own publishes).
func (h *Host) PublishTx(ctx context.Context, raw []byte) error {
	if len(raw) == 0 {
		return ErrEmptyMessage
	}
	if len(raw) > h.cfg.MaxMessageSize {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrMessageTooLarge, len(raw), h.cfg.MaxMessageSize)
	}
	h.mu.RLock()
	topic, ok := h.topic, h.started && !h.stopped
	h.mu.RUnlock()
	if !ok {
		return ErrNotStarted
	}
	// GossipSub keeps the slice until it is written to every peer: copy it
	// so that the caller may reuse its buffer.
	if err := topic.Publish(ctx, slices.Clone(raw)); err != nil {
		return fmt.Errorf("p2p: publish: %w", err)
	}
	h.m.published.Inc()
	return nil
}

// ID is the host's peer ID (known before Start).
func (h *Host) ID() peer.ID { return h.id }

// Addrs are the addresses the host listens on (empty before Start).
func (h *Host) Addrs() []multiaddr.Multiaddr {
	h.mu.RLock()
	defer h.mu.RUnlock()
	if h.host == nil {
		return nil
	}
	return h.host.Addrs()
}

// FullAddrs are Addrs with /p2p/<id> appended: what other nodes put in
// their bootstrap list.
func (h *Host) FullAddrs() []multiaddr.Multiaddr {
	out, _ := peer.AddrInfoToP2pAddrs(&peer.AddrInfo{ID: h.id, Addrs: h.Addrs()})
	return out
}

// PeerScore is the GossipSub score this host gives p, as of the last sample
// (every p2p.score_inspect_interval); 0 for a peer it has no score for.
func (h *Host) PeerScore(p peer.ID) float64 {
	h.mu.RLock()
	defer h.mu.RUnlock()
	return h.scores[p]
}

// Peers are the connected peers.
func (h *Host) Peers() []peer.ID {
	h.mu.RLock()
	defer h.mu.RUnlock()
	if h.host == nil {
		return nil
	}
	return h.host.Network().Peers()
}

// MeshPeers are the peers in this node's GossipSub mesh for TxTopic: those
// it forwards every accepted transaction to.
func (h *Host) MeshPeers() []peer.ID { return h.mesh.list() }

// TopicPeers are the connected peers subscribed to TxTopic.
func (h *Host) TopicPeers() []peer.ID {
	h.mu.RLock()
	defer h.mu.RUnlock()
	if h.ps == nil {
		return nil
	}
	return h.ps.ListPeers(TxTopic)
}
