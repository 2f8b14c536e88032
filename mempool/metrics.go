package mempool

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the pool's Prometheus series, all under mycel_mempool_.
type Metrics struct {
	txs      prometheus.Gauge
	bytes    prometheus.Gauge
	pending  prometheus.Gauge
	queued   prometheus.Gauge
	accounts prometheus.Gauge
	added    prometheus.Counter
	replaced prometheus.Counter
	rejected *prometheus.CounterVec // by reason
	// spotChecks counts signature checks of refused transactions.
	spotChecks prometheus.Counter
	removed    *prometheus.CounterVec // by reason: included, stale, expired, evicted
	reaped     prometheus.Histogram
}

// NewMetrics registers the pool's series with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	const ns, sub = "mycel", "mempool"
	m := &Metrics{
		txs: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "txs",
			Help: "Transactions in the pool."}),
		bytes: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "bytes",
			Help: "Encoded bytes of the transactions in the pool."}),
		pending: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "pending_txs",
			Help: "Executable transactions (gap-free from the committed nonce)."}),
		queued: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "queued_txs",
			Help: "Transactions waiting for an earlier nonce of their sender (or whose nonce was used), evicted first."}),
		accounts: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "accounts",
			Help: "Senders with transactions in the pool."}),
		added: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "added_total",
			Help: "Transactions admitted."}),
		replaced: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "replaced_total",
			Help: "Transactions replaced by one with the same sender and nonce and a higher fee."}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rejected_total",
			Help: "Transactions refused by Add, by reason."}, []string{"reason"}),
		spotChecks: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "refused_sig_checks_total",
			Help: "Signatures checked of transactions refused anyway (mempool.refused_sig_checks_per_second), to find badly signed ones."}),
		removed: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "removed_total",
			Help: "Transactions removed, by reason (included, stale, expired, evicted)."}, []string{"reason"}),
		reaped: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: "reaped_txs",
			Help:    "Transactions handed to a block proposal per Reap.",
			Buckets: prometheus.ExponentialBuckets(1, 4, 8)}),
	}
	if reg != nil {
		reg.MustRegister(m.txs, m.bytes, m.pending, m.queued, m.accounts, m.added, m.replaced, m.rejected, m.spotChecks, m.removed, m.reaped)
	}
	return m
}

// NopMetrics returns metrics registered nowhere.
func NopMetrics() *Metrics { return NewMetrics(nil) }
