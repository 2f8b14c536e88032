package prover

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/mycel-network/mycel/internal/service"
)

// Config configures the proving service.
type Config struct {
	// Workers is how many batches are proven at once (default 1: one
	// Groth16 proof already uses every core; more workers help only with
	// more cores or a GPU backend).
	Workers int
	// MaxAttempts is how often a batch is tried before it is given back to
	// the source (default 3).
	MaxAttempts int
	// RetryBackoff is the wait before the first retry; it doubles each time
	// (default 2s).
	RetryBackoff time.Duration
	// PollInterval is the wait after the source had no job (default 2s).
	PollInterval time.Duration
	// ProofDir persists finished proofs (required).
	ProofDir string
}

func (c *Config) defaults() error {
	if c.Workers == 0 {
		c.Workers = 1
	}
	if c.MaxAttempts == 0 {
		c.MaxAttempts = 3
	}
	if c.RetryBackoff == 0 {
		c.RetryBackoff = 2 * time.Second
	}
	if c.PollInterval == 0 {
		c.PollInterval = 2 * time.Second
	}
	switch {
	case c.Workers < 0:
		return fmt.Errorf("prover config: workers = %d, must be >= 1", c.Workers)
	case c.MaxAttempts < 0:
		return fmt.Errorf("prover config: max_attempts = %d, must be >= 1", c.MaxAttempts)
	case c.ProofDir == "":
		return fmt.Errorf("prover config: proof_dir is required")
	}
	return nil
}

// ProofStore persists proofs as one JSON file per batch, written
// atomically (temporary file, fsync, rename).
type ProofStore struct{ dir string }

// OpenProofStore opens (creating) a proof directory.
func OpenProofStore(dir string) (*ProofStore, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	return &ProofStore{dir: dir}, nil
}

func (s *ProofStore) path(idx uint64) string {
	return filepath.Join(s.dir, fmt.Sprintf("batch-%020d.json", idx))
}

// Put writes a proof.
func (s *ProofStore) Put(p *BatchProof) error {
	raw, err := json.Marshal(p)
	if err != nil {
		return err
	}
	tmp := s.path(p.BatchIndex) + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if _, err := f.Write(raw); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, s.path(p.BatchIndex))
}

// Get returns the proof of a batch, or ok false.
func (s *ProofStore) Get(idx uint64) (*BatchProof, bool, error) {
	raw, err := os.ReadFile(s.path(idx))
	if errors.Is(err, os.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	var p BatchProof
	if err := json.Unmarshal(raw, &p); err != nil {
		return nil, false, fmt.Errorf("proof store: %s: %w", s.path(idx), err)
	}
	return &p, true, nil
}

// List returns the indices of stored proofs, ascending.
func (s *ProofStore) List() ([]uint64, error) {
	ents, err := os.ReadDir(s.dir)
	if err != nil {
		return nil, err
	}
	var out []uint64
	for _, e := range ents {
		n := e.Name()
		if !strings.HasPrefix(n, "batch-") || !strings.HasSuffix(n, ".json") {
			continue
		}
		v, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimPrefix(n, "batch-"), ".json"), 10, 64)
		if err == nil {
			out = append(out, v)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out, nil
}

// JobState is the progress of one batch in the service.
type JobState struct {
	BatchIndex uint64    `json:"batch_index"`
	Attempt    int       `json:"attempt"`
	Started    time.Time `json:"started"`
	LastError  string    `json:"last_error,omitempty"`
}

// Status is a snapshot of the service's progress.
type Status struct {
	Circuit    string     `json:"circuit"`
	Backend    string     `json:"backend"`
	InFlight   []JobState `json:"in_flight"`
	Proven     uint64     `json:"proven"`
	Failed     uint64     `json:"failed"`
	LastProven *uint64    `json:"last_proven,omitempty"`
}

// Service proves the batches a JobSource hands out with a pool of workers,
// persists each proof, retries failures and hands proofs to a ProofSink. It
// runs inside a node or as the standalone `mycel prover`.
type Service struct {
	*service.Loop // Start runs the workers; Stop stops them

	cfg     Config
	keys    *Keys
	backend Backend
	source  JobSource
	sink    ProofSink
	proofs  *ProofStore
	log     *slog.Logger
	metrics *Metrics

	mu     sync.Mutex
	status Status
	jobs   map[uint64]*JobState

	prove func(context.Context, *Batch) (*BatchProof, error) // ProveBatch; tests replace it
}

// NewService builds a service; it starts nothing (Start runs the workers, Stop stops them).
func NewService(cfg Config, keys *Keys, be Backend, src JobSource, sink ProofSink, log *slog.Logger, m *Metrics) (*Service, error) {
	if err := cfg.defaults(); err != nil {
		return nil, err
	}
	if keys == nil {
		return nil, fmt.Errorf("prover: the service needs proving keys")
	}
	if be == nil {
		be = DefaultBackend()
	}
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NopMetrics()
	}
	ps, err := OpenProofStore(cfg.ProofDir)
	if err != nil {
		return nil, err
	}
	if keys.CCS != nil {
		m.Constraints.Set(float64(keys.CCS.GetNbConstraints()))
	}
	m.Slots.Set(float64(keys.Params.Slots))
	s := &Service{
		cfg: cfg, keys: keys, backend: be, source: src, sink: sink, proofs: ps,
		log: log.With("circuit", keys.Params.Name(), "backend", be.Name()), metrics: m,
		status: Status{Circuit: keys.Params.Name(), Backend: be.Name()},
		jobs:   map[uint64]*JobState{},
	}
	s.prove = func(ctx context.Context, b *Batch) (*BatchProof, error) { return ProveBatch(ctx, s.backend, s.keys, b) }
	s.Loop = service.NewLoop("proving service", s.run)
	return s, nil
}

// Proofs is the service's proof store (read by whoever submits to L1).
func (s *Service) Proofs() *ProofStore { return s.proofs }

// Status returns the current progress.
func (s *Service) Status() Status {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.status
	st.InFlight = make([]JobState, 0, len(s.jobs))
	for _, j := range s.jobs {
		st.InFlight = append(st.InFlight, *j)
	}
	sort.Slice(st.InFlight, func(i, j int) bool { return st.InFlight[i].BatchIndex < st.InFlight[j].BatchIndex })
	return st
}

// run runs the workers until ctx ends; it returns nil on cancellation.
func (s *Service) run(ctx context.Context) error {
	s.log.Info("proving service started", "workers", s.cfg.Workers)
	g, ctx := errgroup.WithContext(ctx)
	for w := range s.cfg.Workers {
		g.Go(func() error { return s.worker(ctx, w) })
	}
	err := g.Wait()
	if errors.Is(err, context.Canceled) {
		err = nil
	}
	s.log.Info("proving service stopped")
	return err
}

func (s *Service) worker(ctx context.Context, id int) error {
	log := s.log.With("worker", id)
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := s.source.Claim(ctx)
		if errors.Is(err, ErrNoJob) {
			if err := sleep(ctx, s.cfg.PollInterval); err != nil {
				return err
			}
			continue
		}
		if err != nil {
			log.Warn("claim failed", "err", err)
			if err := sleep(ctx, s.cfg.PollInterval); err != nil {
				return err
			}
			continue
		}
		s.handle(ctx, log.With("batch", b.Index), b)
	}
}

// handle proves one batch (or reuses its persisted proof) and submits it.
func (s *Service) handle(ctx context.Context, log *slog.Logger, b *Batch) {
	st := &JobState{BatchIndex: b.Index, Started: time.Now()}
	s.mu.Lock()
	s.jobs[b.Index] = st
	s.mu.Unlock()
	s.metrics.InFlight.Inc()
	defer func() {
		s.metrics.InFlight.Dec()
		s.mu.Lock()
		delete(s.jobs, b.Index)
		s.mu.Unlock()
	}()

	bp, ok, err := s.proofs.Get(b.Index)
	if err != nil {
		log.Warn("reading persisted proof", "err", err)
	}
	if ok {
		log.Info("proof already persisted; submitting it again")
	} else {
		backoff := s.cfg.RetryBackoff
		for attempt := 1; ; attempt++ {
			s.mu.Lock()
			st.Attempt = attempt
			s.mu.Unlock()
			start := time.Now()
			log.Info("proving", "attempt", attempt, "txs", len(b.Txs))
			bp, err = s.prove(ctx, b)
			if err == nil {
				s.metrics.ProveSeconds.Observe(time.Since(start).Seconds())
				log.Info("proved", "took", time.Since(start).Round(time.Millisecond))
				break
			}
			s.mu.Lock()
			st.LastError = err.Error()
			s.mu.Unlock()
			// Bad batches and cancellations are not retried.
			if ctx.Err() != nil || errors.Is(err, ErrBadBatch) || errors.Is(err, ErrBatchTooLarge) || attempt >= s.cfg.MaxAttempts {
				s.fail(ctx, log, b, err)
				return
			}
			s.metrics.Retries.Inc()
			log.Warn("proving failed; retrying", "attempt", attempt, "err", err, "backoff", backoff)
			if sleep(ctx, backoff) != nil {
				s.fail(ctx, log, b, ctx.Err())
				return
			}
			backoff *= 2
		}
		if err := s.proofs.Put(bp); err != nil {
			log.Error("persisting proof", "err", err)
		}
	}
	bp.Claim = b.Claim
	if err := s.sink.Submit(ctx, bp); err != nil {
		s.fail(ctx, log, b, fmt.Errorf("submit: %w", err))
		return
	}
	s.metrics.Proven.Inc()
	s.metrics.LastProven.Set(float64(b.Index))
	s.mu.Lock()
	s.status.Proven++
	idx := b.Index
	s.status.LastProven = &idx
	s.mu.Unlock()
}

func (s *Service) fail(ctx context.Context, log *slog.Logger, b *Batch, err error) {
	s.metrics.Failed.Inc()
	s.mu.Lock()
	s.status.Failed++
	s.mu.Unlock()
	log.Error("giving the batch back", "err", err)
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
	defer cancel()
	if rerr := s.source.Release(rctx, b.Index, b.Claim); rerr != nil {
		log.Warn("release failed", "err", rerr)
	}
}

func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}
