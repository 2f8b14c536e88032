package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/pprof"
	"sync"
	"time"

	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/internal/service"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/mempool"
	"github.com/mycel-network/mycel/p2p"
)

// Node is a mycel validator: the ledger, the mempool, libp2p gossip,
// CometBFT consensus and the JSON-RPC server, wired together. New builds
// everything and starts nothing; Start and Stop run the lifecycle
// (internal/service): the parts start in data-path order (stores, gossip,
// the L1 services, consensus, RPC, watchdog) and stop in reverse.
type Node struct {
	cfg     *Config
	log     *slog.Logger
	reg     *prometheus.Registry
	store   *ledger.Store
	sigs    *ledger.SigCache
	pool    *mempool.Pool
	app     *consensus.App
	comet   *consensus.Comet
	host    *p2p.Host
	index   *txIndex
	journal *txJournal
	rpc     *rpc.Server
	limit   *rpcLimiter         // rpc.requests_per_second
	http    *service.HTTPServer // nil without rpc.listen
	stack   *service.Stack

	rp *rollupParts // nil on a chain without L1

	mu          sync.Mutex
	last        consensus.BlockEvent
	subs        map[int]chan consensus.BlockEvent
	subsPerConn map[string]int // open subscriptions by RPC connection (remote address)
	nextSub     int

	fatal    chan error     // Fatal
	watchdog []func() error // checks the watchdog runs
}

// Fatal reports an error after which this node cannot go on: a ledger
// store that failed a write (ledger.ErrStoreFailed: consensus has halted,
// and the process must restart to reopen the store), or a background part
// that stopped on an error (the L1 watcher on a view it cannot apply, the
// prover without keys). The caller should Stop the node and exit non-zero
// (`mycel start` does).
func (n *Node) Fatal() <-chan error { return n.fatal }

// watch runs checks every period until ctx ends, and sends the first error
// to fatal (then it returns: one report is enough).
func watch(ctx context.Context, checks []func() error, period time.Duration, fatal chan<- error) error {
	t := time.NewTicker(period)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
			for _, check := range checks {
				if err := check(); err != nil {
					select {
					case fatal <- err:
					default:
					}
					return nil
				}
			}
		}
	}
}

// loopService is a service that runs one loop and can end by itself.
type loopService interface {
	service.Service
	Done() <-chan struct{}
	Err() error
}

// addPart adds a background part to the node's stack and to the
// watchdog's checks: a part that ends on an error is fatal.
func (n *Node) addPart(name string, s loopService) {
	n.stack.Add(name, s)
	n.watchdog = append(n.watchdog, func() error {
		select {
		case <-s.Done():
			if err := s.Err(); err != nil {
				return fmt.Errorf("%s stopped: %w", name, err)
			}
		default:
		}
		return nil
	})
}

// LoadGenesis reads the L2 genesis from the CometBFT genesis' app_state
// (LoadAppGenesis without the L1 parameters).
func LoadGenesis(path string) (*ledger.Genesis, error) {
	g, err := LoadAppGenesis(path)
	if err != nil {
		return nil, err
	}
	return &g.Genesis, nil
}

// New builds a node from its configuration. It opens the stores and keys
// and serves nothing; the only goroutines running afterwards are those
// CometBFT's node constructor starts itself (its databases' and proxy
// app's). A failed New closes what it opened.
func New(cfg *Config, logger *slog.Logger) (_ *Node, err error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	// n is not the named result: every error return sets that to nil, and
	// the cleanup below needs the half-built node.
	n := &Node{cfg: cfg, log: logger, reg: prometheus.NewRegistry(), subs: map[int]chan consensus.BlockEvent{}, subsPerConn: map[string]int{},
		fatal: make(chan error, 1), stack: service.NewStack(logger.With("module", "node"))}
	// Every part is added to the stack as soon as it exists, so that a
	// failed New releases what it opened by stopping the stack (each
	// part's Stop is safe before its Start).
	defer func() {
		if err != nil {
			err = errors.Join(err, n.stack.Stop(context.Background()))
		}
	}()
	metrics := newBaseMetrics(n.reg)
	ag, err := LoadAppGenesis(cfg.Path(GenesisFile))
	if err != nil {
		return nil, err
	}
	g := &ag.Genesis
	n.sigs = ledger.NewSigCache(cfg.Mempool.SigCacheSize)
	n.store, err = ledger.Open(cfg.Path(LedgerDir), g, ledger.Options{
		Logger: logger.With("module", "ledger"), Verifier: n.sigs, CacheSize: int64(cfg.Ledger.CacheMB) << 20,
	})
	if err != nil {
		return nil, err
	}
	n.stack.Add("stores", service.Funcs{OnStart: n.catchUp, OnStop: func(context.Context) error { return n.closeStores() }})
	if n.index, err = openTxIndex(cfg.Path(IndexDir)); err != nil {
		return nil, err
	}
	mcfg := mempool.Config{
		MaxTxs: cfg.Mempool.MaxTxs, MaxBytes: cfg.Mempool.MaxBytes,
		MaxTxsPerAccount: cfg.Mempool.MaxTxsPerAccount, MaxBytesPerAccount: cfg.Mempool.MaxBytesPerAccount,
		TTL: cfg.Mempool.TTL.Std(), PriceBumpPercent: cfg.Mempool.PriceBumpPercent, MinFee: cfg.Mempool.MinFee,
		MaxQueuedTxs: cfg.Mempool.MaxQueuedTxs, MaxQueuedTxsPerAccount: cfg.Mempool.MaxQueuedTxsPerAccount,
		RefusedSigChecksPerSecond: cfg.Mempool.RefusedSigChecksPerSecond,
	}
	if err := mcfg.Validate(); err != nil {
		return nil, fmt.Errorf("config %w", err)
	}
	n.pool = mempool.New(mcfg, n.store, n.sigs, logger.With("module", "mempool"), metrics.pool)
	n.app = consensus.NewApp(consensus.AppConfig{MaxBlockTxs: cfg.Consensus.MaxBlockTxs, MaxBlockBytes: cfg.Consensus.MaxBlockBytes},
		n.store, n.pool, g, logger.With("module", "app"), metrics.app)
	n.app.OnCommit(n.onCommit)
	key, err := p2p.LoadOrCreateKey(cfg.Path(P2PKeyFile))
	if err != nil {
		return nil, err
	}
	pcfg := p2p.Default()
	pcfg.ListenAddrs, pcfg.Bootstrap = cfg.P2P.Listen, cfg.P2P.Bootstrap
	pcfg.MaxMessageSize, pcfg.ConnLow, pcfg.ConnHigh = cfg.P2P.MaxMessageSize, cfg.P2P.ConnLow, cfg.P2P.ConnHigh
	if n.host, err = p2p.New(pcfg, key, logger.With("module", "p2p"), metrics.p2p); err != nil {
		return nil, err
	}
	n.host.SetTxValidator(n.validateGossip)
	n.stack.Add("p2p", n.host)
	n.journal = newTxJournal(cfg.Path(JournalFile), n.pool, n.host, logger.With("module", "journal"))
	n.addPart("tx journal", n.journal)
	if ag.L1 != nil {
		if err := n.setupRollup(ag); err != nil {
			return nil, err
		}
	}
	// CometBFT's constructor opens its databases and starts services;
	// consensus.Comet.Stop releases them even if it never started.
	if n.comet, err = consensus.NewComet(cfg.CometConfig(), n.app, logger); err != nil {
		return nil, err
	}
	n.stack.Add("consensus", n.comet)

	n.rpc = rpc.NewServer()
	n.rpc.SetHTTPBodyLimit(cfg.RPC.MaxBodyBytes)
	n.rpc.SetBatchLimits(cfg.RPC.BatchLimit, cfg.RPC.BatchResponseMaxBytes)
	n.rpc.SetWebsocketReadLimit(int64(cfg.RPC.WSMaxMessageBytes))
	if err := n.rpc.RegisterName("mycel", &API{n: n}); err != nil {
		return nil, err
	}
	mux := http.NewServeMux()
	mux.Handle("/metrics", promhttp.HandlerFor(n.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("/health", n.health)
	mux.Handle(agent.WellKnownRegistrationPath, n.registrationHandler())
	mux.Handle(StatusPagePath, statusPageHandler())
	mux.Handle(X402Path, n.x402Handler())

	if cfg.RPC.Pprof {
		mux.HandleFunc("/debug/pprof/", pprof.Index)
		mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
		mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
		mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	}
	mux.Handle("/", n.rpc)
	// Browsers: CORS and Host checks on HTTP (DNS rebinding), an Origin
	// check on WebSocket upgrades, as go-ethereum's HTTP and WS servers do.
	// Request rate: per client IP over HTTP (inside the CORS handler, so
	// that a browser can read its 429), per connection on a WebSocket.
	n.limit = newRPCLimiter(cfg.RPC, n.reg, logger.With("module", "rpc"))
	httpH := gethnode.NewHTTPHandlerStack(n.limit.http(mux), cfg.RPC.CORSOrigins, cfg.RPC.VHosts, nil, true)
	wsH := n.limit.http(sameOriginWS(cfg.RPC.VHosts, n.limit.websocket(n.rpc)))
	root := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/ws" {
			wsH.ServeHTTP(w, r)
			return
		}
		httpH.ServeHTTP(w, r)
	})
	if cfg.RPC.Listen != "" {
		n.http = service.NewHTTPServer(cfg.RPC.Listen, root)
		n.http.SetTimeouts(cfg.RPC.ReadTimeout.Std(), cfg.RPC.WriteTimeout.Std(), cfg.RPC.IdleTimeout.Std())
	}
	n.stack.Add("rpc", service.Funcs{OnStart: n.startRPC, OnStop: n.stopRPC})
	if n.rp != nil && n.rp.source != nil && cfg.Prover.APIListen != "" {
		api, err := n.rp.proverAPI(cfg)
		if err != nil {
			return nil, err
		}
		n.stack.Add("prover api", api)
	}
	store := n.store
	n.watchdog = append(n.watchdog, store.Err)
	n.stack.Add("watchdog", service.NewLoop("watchdog", func(ctx context.Context) error {
		return watch(ctx, n.watchdog, time.Second, n.fatal)
	}))
	return n, nil
}

// Start catches the receipt index up, then starts gossip, the L1 services,
// consensus (the handshake replays blocks the ledger lacks), the RPC
// listener and the watchdog. A failed Start unwinds: it stops everything
// and closes the stores (a later Stop does nothing).
func (n *Node) Start(ctx context.Context) error {
	height := n.store.Height()
	if err := n.stack.Start(ctx); err != nil {
		return err
	}
	n.log.Info("node started", "moniker", n.cfg.Node.Moniker, "height", height, "rpc", n.cfg.RPC.Listen, "peer_id", n.host.ID())
	return nil
}

// Stop stops every part in reverse order and closes the stores. It is
// idempotent, and safe after a failed Start or none.
func (n *Node) Stop(ctx context.Context) error { return n.stack.Stop(ctx) }

// catchUp brings the receipt index level with the ledger.
func (n *Node) catchUp(context.Context) error {
	if err := n.index.catchUp(n.store); err != nil {
		return fmt.Errorf("catch up tx index: %w", err)
	}
	n.mu.Lock()
	n.last = consensus.BlockEvent{Height: n.store.Height(), AppHash: n.store.Root(), Time: time.Now()}
	n.mu.Unlock()
	return nil
}

func (n *Node) startRPC(ctx context.Context) error {
	if n.http == nil {
		return nil
	}
	if err := n.http.Start(ctx); err != nil {
		return fmt.Errorf("rpc %w", err)
	}
	return nil
}

// stopRPC closes the listener and the open WebSocket subscriptions.
func (n *Node) stopRPC(ctx context.Context) error {
	var err error
	if n.http != nil {
		err = n.http.Stop(ctx)
	}
	n.rpc.Stop()
	n.mu.Lock()
	for id, ch := range n.subs {
		close(ch)
		delete(n.subs, id)
	}
	n.mu.Unlock()
	return err
}

func (n *Node) closeStores() error {
	var errs []error
	if n.index != nil {
		errs = append(errs, n.index.close())
		n.index = nil
	}
	if n.store != nil {
		errs = append(errs, n.store.Close())
		n.store = nil
	}
	return errors.Join(errs...)
}

// submit adds a transaction from a client and gossips it.
func (n *Node) submit(ctx context.Context, raw []byte) ([32]byte, error) {
	h, err := n.pool.Add(raw)
	if err != nil {
		return h, classify(err)
	}
	// Journaled before the client hears "accepted": a crash from here on
	// loses nothing (see txJournal).
	if err := n.journal.add(raw); err != nil {
		n.log.Error("journal an accepted transaction", "tx", hexKey(h[:]), "err", err)
	}
	if err := n.host.PublishTx(ctx, raw); err != nil {
		n.log.Warn("gossip publish failed", "tx", hexKey(h[:]), "err", err)
	}
	return h, nil
}

// validateGossip is the libp2p validation step for the transaction topic:
// accept what the mempool takes, ignore what is merely stale or unwanted
// (known, underpriced, nonce already used: an honest peer may send those),
// reject what no honest peer sends (malformed, bad signature, wrong chain),
// which lowers the sender's peer score.
//
// A full pool, the queued bounds and the other pool limits are Ignore, not
// Reject: a peer relays only what its own pool admitted, and pools differ
// (fuller, a higher fee floor, a block behind, other limits), so such a
// refusal says nothing about the relay. One Reject costs a peer -100, below
// the graylist threshold (p2p.InvalidMessageWeight): rejecting policy would
// let anyone who gets a transaction into one honest pool but not another
// make honest validators cut each other off. A flood of refused
// transactions is kept cheap by the mempool instead (refusals cost
// microseconds), and badly signed ones do not hide behind a refusal: the
// mempool checks the signature of refused transactions too, within
// mempool.refused_sig_checks_per_second, so a peer flooding garbage into a
// full pool is rejected, and graylisted, within its first messages.
func (n *Node) validateGossip(_ context.Context, from peer.ID, data []byte) pubsub.ValidationResult {
	if from == n.host.ID() {
		return pubsub.ValidationAccept // our own publication, already pooled by submit
	}
	_, err := n.pool.Add(data)
	switch {
	case err == nil:
		return pubsub.ValidationAccept
	case mempool.IsInvalid(err):
		n.log.Debug("rejecting gossip", "from", from, "err", err)
		return pubsub.ValidationReject
	default:
		return pubsub.ValidationIgnore
	}
}

func (n *Node) onCommit(ev consensus.BlockEvent) {
	if err := n.index.addBlock(n.store, ev.Height, ev.Txs); err != nil {
		n.log.Error("index block", "height", ev.Height, "err", err)
	}
	n.mu.Lock()
	n.last = ev
	for _, ch := range n.subs {
		select {
		case ch <- ev:
		default: // slow subscriber: drop rather than stall consensus
		}
	}
	n.mu.Unlock()
}

func (n *Node) lastBlock() consensus.BlockEvent {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.last
}

// errTooManySubscriptions: rpc.max_subscriptions or
// rpc.max_subscriptions_per_conn reached.
var errTooManySubscriptions = errors.New("too many subscriptions")

// subscribeBlocks adds a block subscriber for the RPC connection conn,
// within the rpc.max_subscriptions bounds.
func (n *Node) subscribeBlocks(buf int, conn string) (<-chan consensus.BlockEvent, func(), error) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if len(n.subs) >= n.cfg.RPC.MaxSubscriptions {
		return nil, nil, fmt.Errorf("%w: the node has %d open (rpc.max_subscriptions)", errTooManySubscriptions, len(n.subs))
	}
	if n.subsPerConn[conn] >= n.cfg.RPC.MaxSubscriptionsPerConn {
		return nil, nil, fmt.Errorf("%w: this connection has %d open (rpc.max_subscriptions_per_conn)", errTooManySubscriptions, n.subsPerConn[conn])
	}
	id := n.nextSub
	n.nextSub++
	ch := make(chan consensus.BlockEvent, buf)
	n.subs[id] = ch
	n.subsPerConn[conn]++
	return ch, func() {
		n.mu.Lock()
		defer n.mu.Unlock()
		if c, ok := n.subs[id]; ok {
			close(c)
			delete(n.subs, id)
		}
		if n.subsPerConn[conn]--; n.subsPerConn[conn] <= 0 {
			delete(n.subsPerConn, conn)
		}
	}, nil
}

// stallAfter is how old the last block may be before /health fails.
const stallAfter = 30 * time.Second

func (n *Node) health(w http.ResponseWriter, _ *http.Request) {
	last := n.lastBlock()
	age := time.Since(last.Time)
	status, code := "ok", http.StatusOK
	body := map[string]any{"height": last.Height, "last_block_age_ms": age.Milliseconds(), "mempool_txs": n.pool.Size()}
	if age > stallAfter {
		status, code = "stalled", http.StatusServiceUnavailable
	}
	if store := n.store; store != nil {
		if err := store.Err(); err != nil {
			status, code = "store failed", http.StatusServiceUnavailable
			body["error"] = err.Error()
		}
	}
	body["status"] = status
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(body)
}

// Height is the last committed L2 block height (0 once stopped).
func (n *Node) Height() uint64 {
	if n.store == nil {
		return 0
	}
	return n.store.Height()
}
