package node

import (
	"fmt"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/mempool"
	"github.com/mycel-network/mycel/p2p"
	"github.com/mycel-network/mycel/prover"
)

// Every metric package node registers is constructed in this file, by the
// functions below: New, setupRollup and runProver call the ones their node
// needs, MetricsRegistry calls them all. So the list `mycel doc metrics`
// prints, and that the dashboards and alerts in docker/ are checked
// against (internal/dashboards), is the node's own registry;
// TestMetricsAreConstructedInMetricsGo keeps every registration here.

// MetricsRegistry returns a registry holding every metric a node may
// register: a plain node's, a rollup node's and its local prover's,
// constructed as a node constructs them but with nothing behind them. It
// opens nothing and starts nothing; the gauges that read a node's state
// read zero.
func MetricsRegistry() *prometheus.Registry {
	reg := prometheus.NewRegistry()
	RegisterMetrics(reg)
	return reg
}

// RegisterMetrics registers what MetricsRegistry holds with reg (a
// Registerer that records the collectors can find the vectors among them:
// internal/metricsdoc does).
func RegisterMetrics(reg prometheus.Registerer) {
	newBaseMetrics(reg)
	newRPCMetrics(reg, nil)
	newX402Metrics(reg)
	newRollupMetrics(reg, nil)
	newProverQueueMetric(reg, nil)
	newProverMetrics(reg)
}

// baseMetrics are every node's: Go and process collectors, mempool,
// consensus, p2p.
type baseMetrics struct {
	pool *mempool.Metrics
	app  *consensus.Metrics
	p2p  *p2p.Metrics
}

func newBaseMetrics(reg prometheus.Registerer) baseMetrics {
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return baseMetrics{pool: mempool.NewMetrics(reg), app: consensus.NewMetrics(reg), p2p: p2p.NewMetrics(reg)}
}

// newRPCMetrics registers the JSON-RPC rate limiter's metrics: the calls
// refused, by transport, and the client addresses tracked (clients; nil
// reads 0).
func newRPCMetrics(reg prometheus.Registerer, clients func() int) *prometheus.CounterVec {
	limited := prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "mycel", Subsystem: "rpc", Name: "rate_limited_total",
		Help: "JSON-RPC calls refused for the client's request rate (rpc.requests_per_second), by transport (http, ws)."}, []string{"transport"})
	tracked := prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "mycel", Subsystem: "rpc", Name: "rate_limit_clients",
		Help: fmt.Sprintf("Client IP addresses the HTTP request rate is tracked for (at most %d).", maxRateClients)},
		func() float64 { return readInt(clients) })
	reg.MustRegister(limited, tracked)
	return limited
}

// x402Metrics are the x402 facilitator's.
type x402Metrics struct {
	requests *prometheus.CounterVec // by endpoint and result (ok or the reason)
	latency  prometheus.Histogram   // of successful settles
}

func newX402Metrics(reg prometheus.Registerer) x402Metrics {
	m := x402Metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "mycel", Subsystem: "x402", Name: "requests_total",
			Help: "x402 facilitator requests, by endpoint (verify, settle) and result (ok, or the x402 reason)."}, []string{"endpoint", "result"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: "mycel", Subsystem: "x402", Name: "settle_seconds",
			Help:    "Time from a settle request to the confirmation it asked for, successful settles only.",
			Buckets: []float64{.05, .1, .2, .3, .5, .75, 1, 2, 5, 10, 30}}),
	}
	reg.MustRegister(m.requests, m.latency)
	return m
}

// rollupMetrics are a rollup node's: package l1's, the slashes its L1
// view saw, and the L2 side of the batch pipeline (closed, certified,
// L1 queues waiting) read from the node's state.
type rollupMetrics struct {
	l1          *l1.Metrics
	slashesSeen prometheus.Counter
	selfSlashed prometheus.Gauge
}

// rollupState is what the rollup gauges read at each scrape.
type rollupState struct {
	closed, certified              uint64 // the next batch's index; one past the last certified
	depositsWaiting, forcedWaiting int    // in the L1 view, not yet on L2
}

// newRollupMetrics registers a rollup node's metrics; state (nil: zeros)
// is read at each scrape, and returns false while the node cannot say.
func newRollupMetrics(reg prometheus.Registerer, state func() (rollupState, bool)) rollupMetrics {
	m := rollupMetrics{
		l1: l1.NewMetrics(reg),
		slashesSeen: prometheus.NewCounter(prometheus.CounterOpts{Namespace: "mycel", Subsystem: "l1", Name: "slashes_seen_total",
			Help: "StakingRegistry.Slashed events this node's L1 view took (any operator)."}),
		selfSlashed: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: "mycel", Subsystem: "l1", Name: "self_slashed",
			Help: "1 once this node's own operator has been slashed on L1."}),
	}
	read := func(f func(rollupState) float64) func() float64 {
		return func() float64 {
			if state == nil {
				return 0
			}
			s, ok := state()
			if !ok {
				return 0
			}
			return f(s)
		}
	}
	gauge := func(name, help string, f func(rollupState) float64) prometheus.Collector {
		return prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "mycel", Subsystem: "rollup", Name: name, Help: help}, read(f))
	}
	reg.MustRegister(m.slashesSeen, m.selfSlashed,
		gauge("batches_closed", "Batches this L2 chain has closed (the next batch's index); each is then certified, committed on L1, proven and finalized.",
			func(s rollupState) float64 { return float64(s.closed) }),
		gauge("batches_certified", "Batches certified by at least 2/3 of the stake (one past the last certified batch).",
			func(s rollupState) float64 { return float64(s.certified) }),
		gauge("deposits_waiting", "Deposits in this node's L1 view that no L2 block has applied yet.",
			func(s rollupState) float64 { return float64(s.depositsWaiting) }),
		gauge("forced_exits_waiting", "Forced exits in this node's L1 view that no L2 block has applied yet.",
			func(s rollupState) float64 { return float64(s.forcedWaiting) }))
	return m
}

// newProverQueueMetric registers the gauge of the batches waiting for a
// proof in the node's prover queue (queued; nil reads 0), whoever proves
// them (the node's own prover or remote ones).
func newProverQueueMetric(reg prometheus.Registerer, queued func() int) {
	reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Namespace: "mycel", Subsystem: "prover", Name: "queued_batches",
		Help: "Closed batches in the node's prover queue without a proof yet (claimed by a prover or not)."},
		func() float64 { return readInt(queued) }))
}

// newProverMetrics registers the local proving service's metrics.
func newProverMetrics(reg prometheus.Registerer) *prover.Metrics { return prover.NewMetrics(reg) }

func readInt(f func() int) float64 {
	if f == nil {
		return 0
	}
	return float64(f())
}
