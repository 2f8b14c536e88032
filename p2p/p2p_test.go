package p2p

import (
	"bytes"
	"context"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/mycel-network/mycel/internal/testutil"
)

// testConfig listens on 127.0.0.1 only and samples scores quickly.
func testConfig(bootstrap ...*Host) Config {
	c := Default()
	c.HeartbeatInterval = 100 * time.Millisecond
	c.ScoreInspectInterval = 100 * time.Millisecond
	c.DialTimeout = 2 * time.Second
	c.BootstrapBackoffMax = time.Second
	for _, b := range bootstrap {
		c.Bootstrap = append(c.Bootstrap, b.FullAddrs()[0].String())
	}
	return c
}

// recorder is a Validator standing in for the mempool: "ok..." is accepted,
// "ign..." ignored, anything else rejected. It records every call.
type recorder struct {
	mu   sync.Mutex
	seen []received
}

type received struct {
	from peer.ID
	data []byte
}

func (r *recorder) validate(_ context.Context, from peer.ID, data []byte) pubsub.ValidationResult {
	r.mu.Lock()
	r.seen = append(r.seen, received{from, bytes.Clone(data)})
	r.mu.Unlock()
	switch {
	case bytes.HasPrefix(data, []byte("ok")):
		return pubsub.ValidationAccept
	case bytes.HasPrefix(data, []byte("ign")):
		return pubsub.ValidationIgnore
	}
	return pubsub.ValidationReject
}

// got reports whether data arrived, and from whom.
func (r *recorder) got(data string) (peer.ID, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, s := range r.seen {
		if string(s.data) == data {
			return s.from, true
		}
	}
	return "", false
}

func (r *recorder) all() []received {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.seen)
}

func newKey(t *testing.T) crypto.PrivKey {
	t.Helper()
	k, err := LoadOrCreateKey(filepath.Join(t.TempDir(), "p2p.key"))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// startHost starts a host with cfg and a recorder as its validator.
func startHost(t *testing.T, cfg Config) (*Host, *recorder) {
	t.Helper()
	return startHostKey(t, cfg, newKey(t))
}

func startHostKey(t *testing.T, cfg Config, key crypto.PrivKey) (*Host, *recorder) {
	t.Helper()
	var logger *slog.Logger
	if os.Getenv("MYCEL_TEST_LOG") != "" {
		logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	h, err := New(cfg, key, logger, nil)
	if err != nil {
		t.Fatal(err)
	}
	r := &recorder{}
	h.SetTxValidator(r.validate)
	if err := h.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := h.Stop(ctx); err != nil {
			t.Errorf("stop: %v", err)
		}
	})
	return h, r
}

// eventually polls cond every 50 ms for up to 15 s.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	testutil.Wait{Within: 15 * time.Second, Every: 50 * time.Millisecond}.Until(t, what, cond)
}

func TestConfigValidate(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Fatalf("default config invalid: %v", err)
	}
	for _, tc := range []struct {
		key string
		mod func(*Config)
	}{
		{"p2p.listen_addrs", func(c *Config) { c.ListenAddrs = nil }},
		{"p2p.listen_addrs[1]", func(c *Config) { c.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0", "127.0.0.1:9000"} }},
		{"p2p.bootstrap[0]", func(c *Config) { c.Bootstrap = []string{"/ip4/127.0.0.1/tcp/4001"} }},
		{"p2p.max_message_size", func(c *Config) { c.MaxMessageSize = 0 }},
		{"p2p.max_rpc_size", func(c *Config) { c.MaxRPCSize = c.MaxMessageSize }},
		{"p2p.conn_low", func(c *Config) { c.ConnLow = 0 }},
		{"p2p.conn_high", func(c *Config) { c.ConnHigh = c.ConnLow - 1 }},
		{"p2p.conn_grace_period", func(c *Config) { c.ConnGracePeriod = -time.Second }},
		{"p2p.dial_timeout", func(c *Config) { c.DialTimeout = 0 }},
		{"p2p.bootstrap_backoff_max", func(c *Config) { c.BootstrapBackoffMax = time.Millisecond }},
		{"p2p.heartbeat_interval", func(c *Config) { c.HeartbeatInterval = 0 }},
		{"p2p.score_inspect_interval", func(c *Config) { c.ScoreInspectInterval = 0 }},
		{"p2p.outbound_queue_size", func(c *Config) { c.OutboundQueueSize = 0 }},
		{"p2p.validate_queue_size", func(c *Config) { c.ValidateQueueSize = 0 }},
	} {
		c := Default()
		tc.mod(&c)
		err := c.Validate()
		if err == nil || !strings.HasPrefix(err.Error(), "config "+tc.key+":") {
			t.Errorf("%s: got %v", tc.key, err)
		}
		if _, err := New(c, newKey(t), nil, nil); err == nil || !strings.HasPrefix(err.Error(), "config "+tc.key+":") {
			t.Errorf("New with bad %s: got %v", tc.key, err)
		}
	}
}

func TestLoadOrCreateKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "p2p.key")
	k1, err := LoadOrCreateKey(path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Fatalf("key file mode %v, want 0600", st.Mode().Perm())
	}
	if k1.Type() != crypto.Ed25519 {
		t.Fatalf("key type %v", k1.Type())
	}
	k2, err := LoadOrCreateKey(path)
	if err != nil {
		t.Fatal(err)
	}
	if !k1.Equals(k2) {
		t.Fatal("reloaded key differs")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Fatalf("temporary files left: %v", entries)
	}
	if err := os.WriteFile(path, []byte("not a key"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadOrCreateKey(path); err == nil || !strings.Contains(err.Error(), path) {
		t.Fatalf("corrupt key file: got %v", err)
	}
}

func TestLifecycle(t *testing.T) {
	h, err := New(testConfig(), newKey(t), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(h.Addrs()) != 0 || h.Peers() != nil {
		t.Fatal("New started the host")
	}
	if err := h.PublishTx(context.Background(), []byte("ok")); err != ErrNotStarted {
		t.Fatalf("publish before start: %v", err)
	}
	if err := h.Stop(context.Background()); err != nil {
		t.Fatalf("stop before start: %v", err)
	}

	h, _ = startHost(t, testConfig())
	if err := h.Start(context.Background()); err != ErrAlreadyStarted {
		t.Fatalf("second start: %v", err)
	}
	var tcp, quic bool
	for _, a := range h.Addrs() {
		s := a.String()
		tcp = tcp || strings.Contains(s, "/tcp/")
		quic = quic || strings.Contains(s, "/quic-v1")
	}
	if !tcp || !quic {
		t.Fatalf("not listening on TCP and QUIC: %v", h.Addrs())
	}
	big := make([]byte, testConfig().MaxMessageSize+1)
	if err := h.PublishTx(context.Background(), big); err == nil || !strings.Contains(err.Error(), "max_message_size") {
		t.Fatalf("oversized publish: %v", err)
	}
	if err := h.PublishTx(context.Background(), nil); err != ErrEmptyMessage {
		t.Fatalf("empty publish: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := h.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := h.Stop(ctx); err != nil {
		t.Fatalf("second stop: %v", err)
	}
	if err := h.PublishTx(context.Background(), []byte("ok")); err != ErrNotStarted {
		t.Fatalf("publish after stop: %v", err)
	}
}

// Three hosts: B and C know only A. A transaction published on B reaches C
// through A, and only after A's validator accepted it.
func TestGossipThroughBootstrapPeer(t *testing.T) {
	a, ra := startHost(t, testConfig())
	b, rb := startHost(t, testConfig(a))
	c, rc := startHost(t, testConfig(a))
	if !a.cm.IsProtected(b.ID(), bootstrapTag) && !b.cm.IsProtected(a.ID(), bootstrapTag) {
		t.Fatal("bootstrap peer not protected in the connection manager")
	}
	eventually(t, "the mesh", func() bool {
		return len(a.MeshPeers()) == 2 && slices.Contains(b.MeshPeers(), a.ID()) && slices.Contains(c.MeshPeers(), a.ID())
	})
	if slices.Contains(c.Peers(), b.ID()) {
		t.Fatal("B and C are directly connected; the test needs them apart")
	}

	// A ignores this one (as a mempool that already has it would): C must
	// never see it.
	if err := b.PublishTx(context.Background(), []byte("ign-1")); err != nil {
		t.Fatal(err)
	}
	if err := b.PublishTx(context.Background(), []byte("ok-1")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "ok-1 at C", func() bool { _, ok := rc.got("ok-1"); return ok })
	if from, _ := rc.got("ok-1"); from != a.ID() {
		t.Fatalf("C got ok-1 from %s, want A", from)
	}
	if from, ok := ra.got("ok-1"); !ok || from != b.ID() {
		t.Fatalf("A's validator did not see ok-1 from B")
	}
	eventually(t, "ign-1 at A", func() bool { _, ok := ra.got("ign-1"); return ok })
	if _, ok := rc.got("ign-1"); ok {
		t.Fatal("A relayed a message its validator ignored")
	}
	// The publisher's own validator does not run on its publish.
	if _, ok := rb.got("ok-1"); ok {
		t.Fatal("B validated its own publish")
	}

	// And back from C to B.
	if err := c.PublishTx(context.Background(), []byte("ok-2")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "ok-2 at B", func() bool { _, ok := rb.got("ok-2"); return ok })
}

func TestQUICOnly(t *testing.T) {
	a, _ := startHost(t, testConfig())
	cfg := testConfig()
	cfg.ListenAddrs = []string{"/ip4/127.0.0.1/udp/0/quic-v1"}
	for _, addr := range a.FullAddrs() {
		if strings.Contains(addr.String(), "/quic-v1/") {
			cfg.Bootstrap = []string{addr.String()}
		}
	}
	if len(cfg.Bootstrap) == 0 {
		t.Fatalf("A has no QUIC address: %v", a.FullAddrs())
	}
	b, rb := startHost(t, cfg)
	eventually(t, "the QUIC connection", func() bool { return slices.Contains(b.Peers(), a.ID()) })
	for _, conn := range b.host.Network().ConnsToPeer(a.ID()) {
		if !strings.Contains(conn.RemoteMultiaddr().String(), "/quic-v1") {
			t.Fatalf("connection over %s, want QUIC", conn.RemoteMultiaddr())
		}
	}
	eventually(t, "the mesh", func() bool { return slices.Contains(a.MeshPeers(), b.ID()) })
	if err := a.PublishTx(context.Background(), []byte("ok-quic")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "ok-quic at B", func() bool { _, ok := rb.got("ok-quic"); return ok })

	// The caller may reuse its buffer as soon as PublishTx returns.
	buf := []byte("ok-buf-1")
	for i := range 20 {
		buf[len(buf)-1] = byte('a' + i)
		if err := a.PublishTx(context.Background(), buf); err != nil {
			t.Fatal(err)
		}
	}
	eventually(t, "every reused-buffer message at B", func() bool {
		for i := range 20 {
			if _, ok := rb.got("ok-buf-" + string(rune('a'+i))); !ok {
				return false
			}
		}
		return true
	})
}

// The same key file gives the same peer ID after a restart, and a peer that
// bootstraps from it reconnects by itself.
func TestIdentityPersistsAcrossRestart(t *testing.T) {
	keyPath := filepath.Join(t.TempDir(), "node", "p2p.key")
	key, err := LoadOrCreateKey(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	cfg := testConfig()
	cfg.ListenAddrs = []string{"/ip4/127.0.0.1/tcp/0"}
	a, err := New(cfg, key, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	firstID, firstAddr := a.ID(), a.Addrs()[0]
	b, rb := startHost(t, testConfig(a))
	eventually(t, "B connected to A", func() bool { return slices.Contains(b.Peers(), firstID) })
	if err := a.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	eventually(t, "B to notice", func() bool { return !slices.Contains(b.Peers(), firstID) })

	key2, err := LoadOrCreateKey(keyPath)
	if err != nil {
		t.Fatal(err)
	}
	cfg.ListenAddrs = []string{firstAddr.String()} // same port: B redials the address it knows
	a2, _ := startHostKey(t, cfg, key2)
	if a2.ID() != firstID {
		t.Fatalf("peer ID changed across restart: %s -> %s", firstID, a2.ID())
	}
	eventually(t, "B to reconnect", func() bool { return slices.Contains(b.Peers(), firstID) })
	eventually(t, "the mesh", func() bool { return slices.Contains(b.MeshPeers(), firstID) })
	if err := a2.PublishTx(context.Background(), []byte("ok-again")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "ok-again at B", func() bool { _, ok := rb.got("ok-again"); return ok })
}

// rawPeer is a plain libp2p host with a GossipSub router and no scoring or
// validation: it publishes whatever the test tells it to.
type rawPeer struct {
	host  host.Host
	ps    *pubsub.PubSub
	topic *pubsub.Topic
}

func newRawPeer(t *testing.T, target *Host) *rawPeer {
	t.Helper()
	h, err := libp2p.New(libp2p.ListenAddrStrings("/ip4/127.0.0.1/tcp/0"), libp2p.DisableMetrics(), libp2p.DisableRelay())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(func() { cancel(); h.Close() })
	mesh := newMeshTracer()
	opts := []pubsub.Option{pubsub.WithNoAuthor(), pubsub.WithMessageIdFn(messageID), pubsub.WithMaxMessageSize(1 << 20),
		pubsub.WithRawTracer(mesh)}
	if os.Getenv("MYCEL_TEST_LOG") != "" {
		opts = append(opts, pubsub.WithLogger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug})).With("raw", h.ID().ShortString())))
	}
	ps, err := pubsub.NewGossipSub(ctx, h, opts...)
	if err != nil {
		t.Fatal(err)
	}
	topic, err := ps.Join(TxTopic)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := topic.Subscribe(); err != nil {
		t.Fatal(err)
	}
	if err := h.Connect(ctx, peer.AddrInfo{ID: target.ID(), Addrs: target.Addrs()}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the raw peer in the mesh", func() bool {
		return slices.Contains(mesh.list(), target.ID()) && slices.Contains(target.MeshPeers(), h.ID())
	})
	return &rawPeer{host: h, ps: ps, topic: topic}
}

func (r *rawPeer) publish(t *testing.T, data []byte) {
	t.Helper()
	if err := r.topic.Publish(context.Background(), data); err != nil {
		t.Fatal(err)
	}
}

// A hostile peer publishing garbage, oversized and rejected messages loses
// its score (below the graylist threshold) while the honest network keeps
// working; a peer whose messages are merely ignored keeps a neutral score.
func TestHostilePeerIsPenalised(t *testing.T) {
	honest, rh := startHost(t, testConfig())
	other, ro := startHost(t, testConfig(honest))
	eventually(t, "the honest mesh", func() bool {
		return slices.Contains(honest.MeshPeers(), other.ID()) && slices.Contains(other.MeshPeers(), honest.ID())
	})

	bad := newRawPeer(t, honest)
	meh := newRawPeer(t, honest)
	maxSize := testConfig().MaxMessageSize
	bad.publish(t, []byte("garbage-1"))
	bad.publish(t, append([]byte("ok"), bytes.Repeat([]byte{'x'}, maxSize)...)) // would be accepted but for its size
	bad.publish(t, []byte{0xff, 0x00, 0x13})
	bad.publish(t, []byte("rejected-by-the-mempool"))
	meh.publish(t, []byte("ign-dup-1"))
	meh.publish(t, []byte("ign-dup-2"))

	eventually(t, "the hostile peer's score to fall below zero", func() bool { return honest.PeerScore(bad.host.ID()) < 0 })
	eventually(t, "the hostile peer to be graylisted", func() bool { return honest.PeerScore(bad.host.ID()) < GraylistThreshold })
	t.Logf("hostile peer score %.1f", honest.PeerScore(bad.host.ID()))
	for _, s := range rh.all() {
		if len(s.data) > maxSize {
			t.Fatalf("an oversized message (%d bytes) reached the validator", len(s.data))
		}
		if bytes.HasPrefix(s.data, []byte("ok")) && s.from == bad.host.ID() {
			t.Fatal("the hostile peer's message was accepted")
		}
	}
	if _, ok := ro.got("garbage-1"); ok {
		t.Fatal("a rejected message was relayed")
	}
	if n := metricValue(t, honest.m.validated.WithLabelValues("reject")); n < 1 {
		t.Fatalf("mycel_p2p_messages_total{result=reject} = %v", n)
	}
	eventually(t, "the negative-score gauge", func() bool { return metricValue(t, honest.m.negative) >= 1 })

	// The honest network still works both ways.
	if err := other.PublishTx(context.Background(), []byte("ok-honest-1")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "ok-honest-1 at the honest node", func() bool { _, ok := rh.got("ok-honest-1"); return ok })
	if err := honest.PublishTx(context.Background(), []byte("ok-honest-2")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "ok-honest-2 at the other node", func() bool { _, ok := ro.got("ok-honest-2"); return ok })
	if !slices.Contains(honest.Peers(), other.ID()) {
		t.Fatal("the honest node lost its honest peer")
	}
	if s := honest.PeerScore(other.ID()); s < 0 {
		t.Fatalf("honest peer score %.1f", s)
	}
	// Messages the validator ignores cost nothing.
	eventually(t, "the ignored messages to be validated", func() bool {
		_, ok1 := rh.got("ign-dup-1")
		_, ok2 := rh.got("ign-dup-2")
		return ok1 && ok2
	})
	time.Sleep(3 * testConfig().ScoreInspectInterval)
	if s := honest.PeerScore(meh.host.ID()); s < 0 {
		t.Fatalf("a peer whose messages were only ignored has score %.1f", s)
	}
	// Once graylisted, further garbage is dropped unread.
	before := len(rh.all())
	bad.publish(t, []byte("garbage-after-graylist"))
	if err := other.PublishTx(context.Background(), []byte("ok-honest-3")); err != nil {
		t.Fatal(err)
	}
	eventually(t, "ok-honest-3 at the honest node", func() bool { _, ok := rh.got("ok-honest-3"); return ok })
	time.Sleep(200 * time.Millisecond)
	if _, ok := rh.got("garbage-after-graylist"); ok {
		t.Fatal("a graylisted peer's message reached the validator")
	}
	t.Logf("validator calls: %d before the last round, %d after", before, len(rh.all()))
}

func metricValue(t *testing.T, c prometheus.Metric) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	if m.Counter != nil {
		return m.Counter.GetValue()
	}
	return m.Gauge.GetValue()
}
