package prover

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

func TestServiceProvesRetriesAndPersists(t *testing.T) {
	s, batches := tinyChain(t)
	src := NewLocalSource(s, time.Minute, 8)
	dep := uint64(0)
	for i := range batches {
		if err := src.Add(BatchSpec{Index: uint64(i), FromHeight: uint64(i), ToHeight: uint64(i + 1), DepositStart: dep}); err != nil {
			t.Fatal(err)
		}
		dep = batches[i].DepositEnd
	}
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	dir := t.TempDir()
	svc, err := NewService(Config{Workers: 2, RetryBackoff: time.Millisecond, PollInterval: time.Millisecond, ProofDir: dir},
		&Keys{Params: tinyParams}, nil, src, src, nil, m)
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	attempts := map[uint64]int{}
	svc.prove = func(ctx context.Context, b *Batch) (*BatchProof, error) {
		mu.Lock()
		defer mu.Unlock()
		attempts[b.Index]++
		if b.Index == 1 && attempts[b.Index] == 1 {
			return nil, errors.New("transient failure")
		}
		if _, err := Assign(b, tinyParams.Slots); err != nil { // the batch from the store is provable
			return nil, err
		}
		h, _ := b.Header()
		return &BatchProof{BatchIndex: b.Index, PublicInput: h.PublicInput().String(), DataEval: h.PublicInputs()[1].String(), Header: h.HashedBytes()}, nil
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	got := map[uint64]bool{}
	for len(got) < len(batches) {
		select {
		case p := <-src.Proofs():
			got[p.BatchIndex] = true
		case <-time.After(30 * time.Second):
			t.Fatalf("timed out; status %+v", svc.Status())
		}
	}
	if err := svc.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if attempts[1] != 2 {
		t.Fatalf("batch 1 attempts = %d, want 2 (one retry)", attempts[1])
	}
	if v := counterValue(t, m.Proven); v != 3 {
		t.Fatalf("proven metric %v", v)
	}
	if v := counterValue(t, m.Retries); v != 1 {
		t.Fatalf("retries metric %v", v)
	}
	if st := svc.Status(); st.Proven != 3 || len(st.InFlight) != 0 {
		t.Fatalf("status %+v", st)
	}
	idx, err := svc.Proofs().List()
	if err != nil || len(idx) != 3 {
		t.Fatalf("persisted %v %v", idx, err)
	}

	// A restarted service re-submits a persisted proof without proving.
	src2 := NewLocalSource(s, time.Minute, 8)
	src2.Add(BatchSpec{Index: 0, FromHeight: 0, ToHeight: 1})
	svc2, err := NewService(Config{PollInterval: time.Millisecond, ProofDir: dir}, &Keys{Params: tinyParams}, nil, src2, src2, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var proved atomic.Int32
	svc2.prove = func(context.Context, *Batch) (*BatchProof, error) {
		proved.Add(1)
		return nil, errors.New("must not prove")
	}
	if err := svc2.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	select {
	case p := <-src2.Proofs():
		if p.BatchIndex != 0 {
			t.Fatalf("got batch %d", p.BatchIndex)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("persisted proof not re-submitted")
	}
	if err := svc2.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if proved.Load() != 0 {
		t.Fatal("re-proved a persisted batch")
	}
}

func TestServiceGivesUpOnBadBatch(t *testing.T) {
	s, _ := tinyChain(t)
	src := NewLocalSource(s, time.Minute, 1)
	src.Add(BatchSpec{Index: 7, FromHeight: 0, ToHeight: 1})
	svc, err := NewService(Config{PollInterval: time.Millisecond, ProofDir: t.TempDir()}, &Keys{Params: tinyParams}, nil, src, src, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	svc.prove = func(context.Context, *Batch) (*BatchProof, error) {
		calls.Add(1)
		return nil, ErrBadBatch
	}
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	if err := svc.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st := svc.Status(); st.Failed == 0 || st.Proven != 0 {
		t.Fatalf("status %+v", st)
	}
	if src.Pending() != 1 {
		t.Fatal("a failed batch must stay pending for another prover")
	}
}

func counterValue(t *testing.T, c prometheus.Counter) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	return m.GetCounter().GetValue()
}
