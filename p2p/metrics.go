package p2p

import "github.com/prometheus/client_golang/prometheus"

// Metrics are the host's Prometheus series, all under mycel_p2p_.
type Metrics struct {
	peers        prometheus.Gauge
	validated    *prometheus.CounterVec // by result: accept, ignore, reject
	published    prometheus.Counter
	dialFailures prometheus.Counter
	negative     prometheus.Gauge
}

// NewMetrics registers the host's series with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	const ns, sub = "mycel", "p2p"
	m := &Metrics{
		peers: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "peers",
			Help: "Connected peers."}),
		validated: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "messages_total",
			Help: "Transaction messages received from peers, by validation result (accept, ignore, reject)."}, []string{"result"}),
		published: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "published_total",
			Help: "Transactions published by this node."}),
		dialFailures: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "bootstrap_dial_failures_total",
			Help: "Failed dials to bootstrap peers."}),
		negative: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "negative_score_peers",
			Help: "Peers whose GossipSub score is below zero."}),
	}
	if reg != nil {
		reg.MustRegister(m.peers, m.validated, m.published, m.dialFailures, m.negative)
	}
	return m
}

// NopMetrics returns metrics registered nowhere.
func NopMetrics() *Metrics { return NewMetrics(nil) }
