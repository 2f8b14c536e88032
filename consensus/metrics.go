package consensus

import "github.com/prometheus/client_golang/prometheus"

// Metrics of the application, under mycel_consensus_.
type Metrics struct {
	Height            prometheus.Gauge
	Txs               prometheus.Counter
	RejectedProposals prometheus.Counter
	PrepareSeconds    prometheus.Observer
	ProcessSeconds    prometheus.Observer
	FinalizeSeconds   prometheus.Observer
	CommitSeconds     prometheus.Observer
}

// NewMetrics registers the metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	ns, sub := "mycel", "consensus"
	hist := func(name, help string) prometheus.Histogram {
		h := prometheus.NewHistogram(prometheus.HistogramOpts{Namespace: ns, Subsystem: sub, Name: name, Help: help,
			Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)})
		reg.MustRegister(h)
		return h
	}
	m := &Metrics{
		Height: prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Subsystem: sub, Name: "height", Help: "Last committed L2 block height."}),
		Txs:    prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "txs_total", Help: "Transactions committed."}),
		RejectedProposals: prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Subsystem: sub, Name: "rejected_proposals_total",
			Help: "Proposals rejected by ProcessProposal."}),
	}
	reg.MustRegister(m.Height, m.Txs, m.RejectedProposals)
	m.PrepareSeconds = hist("prepare_proposal_seconds", "PrepareProposal duration.")
	m.ProcessSeconds = hist("process_proposal_seconds", "ProcessProposal duration.")
	m.FinalizeSeconds = hist("finalize_block_seconds", "FinalizeBlock duration.")
	m.CommitSeconds = hist("commit_seconds", "Commit duration (synced ledger write).")
	return m
}

// NopMetrics returns metrics that record nothing.
func NopMetrics() *Metrics {
	return NewMetrics(prometheus.NewRegistry())
}
