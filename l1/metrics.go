package l1

import "github.com/prometheus/client_golang/prometheus"

// Metrics of the L1 watcher, under mycel_l1_.
type Metrics struct {
	Up        prometheus.Gauge   // 1 while the L1 RPC answers, 0 during an outage
	Head      prometheus.Gauge   // L1 head block number last seen
	Processed prometheus.Gauge   // last L1 block whose events were delivered
	Errors    prometheus.Counter // failed L1 RPC rounds
	Reorgs    prometheus.Counter // reorgs reported to the handler
	Events    prometheus.Counter // events delivered
}

// NewMetrics registers the metrics with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	ns, sub := "mycel", "l1"
	g := func(name, help string) prometheus.Gauge {
		return prometheus.NewGauge(prometheus.GaugeOpts{Namespace: ns, Name: sub + "_" + name, Help: help})
	}
	c := func(name, help string) prometheus.Counter {
		return prometheus.NewCounter(prometheus.CounterOpts{Namespace: ns, Name: sub + "_" + name, Help: help})
	}
	m := &Metrics{
		Up:        g("up", "1 while the L1 RPC answers, 0 during an outage."),
		Head:      g("head", "L1 head block number last seen."),
		Processed: g("processed_block", "Last L1 block whose watched events were delivered."),
		Errors:    c("errors_total", "Failed L1 RPC rounds of the watcher."),
		Reorgs:    c("reorgs_total", "L1 reorgs reported by the watcher."),
		Events:    c("events_total", "L1 events delivered by the watcher."),
	}
	reg.MustRegister(m.Up, m.Head, m.Processed, m.Errors, m.Reorgs, m.Events)
	return m
}

// NopMetrics returns metrics that are recorded nowhere.
func NopMetrics() *Metrics { return NewMetrics(prometheus.NewRegistry()) }
