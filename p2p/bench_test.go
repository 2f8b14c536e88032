package p2p

import (
	"context"
	"encoding/binary"
	"log/slog"
	"os"
	"slices"
	"sync/atomic"
	"testing"
	"time"

	pubsub "github.com/libp2p/go-libp2p-pubsub"
	"github.com/libp2p/go-libp2p/core/peer"
)

// BenchmarkGossip publishes b.N transaction-sized messages (106 bytes) from
// one host, at most 1,000 ahead of delivery, and waits until a second
// host's validator has accepted them all: the throughput of the gossip path
// over TCP on 127.0.0.1, with a validator that does no work. It reports
// delivered messages per second and how many were lost.
func BenchmarkGossip(b *testing.B) {
	newHost := func(cfg Config, v Validator) *Host {
		k, err := LoadOrCreateKey(b.TempDir() + "/p2p.key")
		if err != nil {
			b.Fatal(err)
		}
		var logger *slog.Logger
		if os.Getenv("MYCEL_TEST_LOG") != "" {
			logger = slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
		}
		h, err := New(cfg, k, logger, nil)
		if err != nil {
			b.Fatal(err)
		}
		if v != nil {
			h.SetTxValidator(v)
		}
		if err := h.Start(context.Background()); err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { h.Stop(context.Background()) })
		return h
	}
	cfg := testConfig()
	cfg.ListenAddrs = cfg.ListenAddrs[:1] // TCP
	a := newHost(cfg, nil)
	var got atomic.Int64
	c := newHost(testConfig(a), func(context.Context, peer.ID, []byte) pubsub.ValidationResult {
		got.Add(1)
		return pubsub.ValidationAccept
	})
	deadline := time.Now().Add(10 * time.Second)
	for !slices.Contains(a.MeshPeers(), c.ID()) {
		if time.Now().After(deadline) {
			b.Fatal("no mesh")
		}
		time.Sleep(20 * time.Millisecond)
	}
	msg := make([]byte, 106)
	b.ResetTimer()
	start := time.Now()
	for i := 0; i < b.N; i++ {
		// Keep at most 1,000 messages in flight, as a steady load would:
		// a burst beyond p2p.outbound_queue_size is dropped by design.
		for int64(i)-got.Load() > 1000 && time.Since(start) < 30*time.Second {
			time.Sleep(100 * time.Microsecond)
		}
		binary.BigEndian.PutUint64(msg, uint64(i))
		binary.BigEndian.PutUint64(msg[8:], uint64(start.UnixNano()))
		if err := a.PublishTx(context.Background(), msg); err != nil {
			b.Fatal(err)
		}
	}
	for got.Load() < int64(b.N) && time.Since(start) < 30*time.Second {
		time.Sleep(time.Millisecond)
	}
	elapsed := time.Since(start)
	b.StopTimer()
	b.ReportMetric(float64(got.Load())/elapsed.Seconds(), "msgs/s")
	b.ReportMetric(float64(int64(b.N)-got.Load()), "lost")
}
