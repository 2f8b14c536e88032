package prover

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the proving service's Prometheus metrics (namespace mycel,
// subsystem prover).
type Metrics struct {
	Proven       prometheus.Counter
	Failed       prometheus.Counter
	Retries      prometheus.Counter
	InFlight     prometheus.Gauge
	LastProven   prometheus.Gauge
	ProveSeconds prometheus.Histogram
	Constraints  prometheus.Gauge
	Slots        prometheus.Gauge
}

func newMetrics() *Metrics {
	const ns, sub = "mycel", "prover"
	return &Metrics{
		Proven: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "batches_proven_total", Help: "Batches proven and handed to the proof sink."}),
		Failed: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "batches_failed_total", Help: "Batches given up after the last retry."}),
		Retries: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub,
			Name: "retries_total", Help: "Failed proving attempts that were retried."}),
		InFlight: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "in_flight", Help: "Batches being proven now."}),
		LastProven: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "last_proven_batch", Help: "Index of the last batch proven."}),
		ProveSeconds: prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub,
			Name: "prove_seconds", Help: "Time to build the witness and prove one batch.",
			Buckets: prometheus.ExponentialBuckets(1, 2, 12)}),
		Constraints: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "circuit_constraints", Help: "Constraints of the loaded batch circuit."}),
		Slots: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub,
			Name: "circuit_slots", Help: "Transaction slots of the loaded batch circuit."}),
	}
}

// NewMetrics registers the metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := newMetrics()
	reg.MustRegister(m.Proven, m.Failed, m.Retries, m.InFlight, m.LastProven, m.ProveSeconds, m.Constraints, m.Slots)
	return m
}

// NopMetrics returns metrics that are recorded nowhere.
func NopMetrics() *Metrics { return newMetrics() }
