package l1

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/service"
)

// ProofSource gives the proof submitter batch proofs.
type ProofSource interface {
	Proof(index uint64) (proof []byte, ok bool, err error) // gnark MarshalSolidity bytes (256 bytes)
}

// ProofSubmitterConfig configures a ProofSubmitter (the [l1.prover]
// section; the node fills in the address).
type ProofSubmitterConfig struct {
	// Rollup is the Rollup contract's address.
	Rollup common.Address `toml:"-"`
	// PollInterval is the pause between rounds.
	PollInterval time.Duration `toml:"poll_interval" comment:"Pause between checks for batches to prove on L1."`
	// RetryAfter is the pause before a batch is tried again after its
	// proof was rejected or its submission failed (with the same proof).
	RetryAfter time.Duration `toml:"retry_after" comment:"Pause before resubmitting a proof that was rejected or failed."`
	// RequestTimeout bounds each L1 read.
	RequestTimeout time.Duration `toml:"request_timeout" comment:"Timeout of each L1 read."`
	// MaxBatchesPerTx is the most batches one transaction finalizes: a run
	// of consecutive batches whose proofs are all at hand goes out as one
	// Rollup.proveBatches, verified in one pairing check (ADR 025); 1
	// sends each proof alone (proveBatch).
	MaxBatchesPerTx int `toml:"max_batches_per_tx" comment:"Most batches one L1 transaction finalizes (proveBatches: one pairing check for all, ADR 025); 1 sends each proof alone."`
	// Gather is how long a ready run shorter than MaxBatchesPerTx waits
	// for the proofs of the committed batches after it before it is sent
	// (0: send what is ready at once). It trades proof latency for gas.
	Gather time.Duration `toml:"gather" comment:"How long ready proofs wait for the next batches' proofs to share a transaction (0: send at once)."`
	// FromBlock is the lowest L1 block searched for a batch's BatchCommitted
	// event (the Rollup's deployment block; 0: the whole chain).
	FromBlock uint64 `toml:"-"`
}

// DefaultProofSubmitterConfig returns defaults; the address is left zero.
func DefaultProofSubmitterConfig() ProofSubmitterConfig {
	return ProofSubmitterConfig{PollInterval: 2 * time.Second, RetryAfter: time.Minute, RequestTimeout: 10 * time.Second,
		MaxBatchesPerTx: 8}
}

// Validate checks the section; errors name the key as l1.prover.<key>.
func (c ProofSubmitterConfig) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("config l1.prover.%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if c.Rollup == (common.Address{}) {
		bad("rollup", "must be set to the Rollup contract address")
	}
	if c.PollInterval <= 0 {
		bad("poll_interval", "must be > 0")
	}
	if c.RetryAfter <= 0 {
		bad("retry_after", "must be > 0")
	}
	if c.RequestTimeout <= 0 {
		bad("request_timeout", "must be > 0")
	}
	if c.MaxBatchesPerTx < 1 || c.MaxBatchesPerTx > MaxProofsPerTx {
		bad("max_batches_per_tx", "must be in 1..%d", MaxProofsPerTx)
	}
	if c.Gather < 0 {
		bad("gather", "must be >= 0")
	}
	return errors.Join(errs...)
}

// MaxProofsPerTx bounds l1.prover.max_batches_per_tx: 32 proofs cost
// about 2.2M gas in one proveBatches (35 pairings), far below a block's
// gas limit.
const MaxProofsPerTx = 32

// ProofSubmitter finalizes committed batches with Rollup.proveBatch or
// proveBatches, in order, as proofs become available.
type ProofSubmitter struct {
	*service.Loop // Start submits; Stop stops

	cfg     ProofSubmitterConfig
	client  LogClient
	txm     *TxManager
	batches BatchSource
	proofs  ProofSource
	log     *slog.Logger
	m       *Metrics
	rollup  *bindings.Rollup
	now     func() time.Time

	held    map[uint64]heldProof // batch index -> a proof that failed, not retried before until
	readyAt map[uint64]time.Time // batch index -> when its proof was first ready at the head of the run (Gather)
	commits map[uint64]*Commit   // batch index -> its accepted commit on L1 (proveBatch needs its record)
	down    bool
	budget  budgetNote // the spending budget refused a proof
}

type heldProof struct {
	hash  common.Hash
	until time.Time
}

// NewProofSubmitter returns a proof submitter that sends with txm; it
// starts nothing.
func NewProofSubmitter(cfg ProofSubmitterConfig, client LogClient, txm *TxManager, batches BatchSource, proofs ProofSource,
	logger *slog.Logger, m *Metrics) (*ProofSubmitter, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if client == nil || txm == nil || batches == nil || proofs == nil {
		return nil, errors.New("l1: proof submitter needs a client, a transaction manager, a batch source and a proof source")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NopMetrics()
	}
	s := &ProofSubmitter{cfg: cfg, client: client, txm: txm, batches: batches, proofs: proofs,
		log: logger.With("module", "l1.prover"), m: m, rollup: bindings.NewRollup(), now: time.Now,
		held: map[uint64]heldProof{}, readyAt: map[uint64]time.Time{}, commits: map[uint64]*Commit{}}
	s.Loop = service.NewLoop("proof submitter", s.run)
	return s, nil
}

// run submits proofs until ctx is done and then returns nil. Each round
// reads Rollup.finalizedCount and nextBatchIndex and finalizes every
// committed batch from the first unfinalized one on while its proof is at
// hand, up to MaxBatchesPerTx consecutive batches per transaction. A proof
// the Rollup rejects is logged at error level, counted in
// mycel_l1_proofs_rejected_total and not sent again for RetryAfter (unless
// the proof source offers different bytes); batches after it wait, as L1
// finalizes in order. When a transaction of several proofs is rejected,
// the same round sends them one by one, which names the bad one.
func (s *ProofSubmitter) run(ctx context.Context) error {
	for {
		err := s.round(ctx)
		if ctx.Err() != nil {
			return nil
		}
		switch {
		case err != nil && !s.down:
			s.down = true
			s.log.Warn("L1 or proof source unavailable; retrying", "err", err)
		case err != nil:
			s.log.Debug("still failing", "err", err)
		case s.down:
			s.down = false
			s.log.Info("L1 and proof source available again")
		}
		if !sleep(ctx, s.cfg.PollInterval) {
			return nil
		}
	}
}

func (s *ProofSubmitter) read(ctx context.Context, block *big.Int) (finalized, next uint64, err error) {
	c, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
	defer cancel()
	if finalized, err = viewCall(c, s.client, s.cfg.Rollup, s.rollup.PackFinalizedCount(), block,
		s.rollup.UnpackFinalizedCount); err != nil {
		return 0, 0, fmt.Errorf("l1: Rollup.finalizedCount: %w", err)
	}
	if next, err = viewCall(c, s.client, s.cfg.Rollup, s.rollup.PackNextBatchIndex(), block,
		s.rollup.UnpackNextBatchIndex); err != nil {
		return 0, 0, fmt.Errorf("l1: Rollup.nextBatchIndex: %w", err)
	}
	return finalized, next, nil
}

func (s *ProofSubmitter) round(ctx context.Context) error {
	c, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
	head, err := s.client.BlockNumber(c)
	cancel()
	if err != nil {
		return fmt.Errorf("l1: block number: %w", err)
	}
	fin, next, err := s.read(ctx, new(big.Int).SetUint64(head))
	if err != nil {
		return err
	}
	// Finalized batches need nothing more.
	below := func(i uint64) bool { return i < fin }
	maps.DeleteFunc(s.held, func(i uint64, _ heldProof) bool { return below(i) })
	maps.DeleteFunc(s.commits, func(i uint64, _ *Commit) bool { return below(i) })
	maps.DeleteFunc(s.readyAt, func(i uint64, _ time.Time) bool { return below(i) })
	for fin < next && ctx.Err() == nil {
		var run []*readyProof
		for idx := fin; idx < next && len(run) < s.cfg.MaxBatchesPerTx; idx++ {
			p, err := s.ready(ctx, idx)
			if err != nil && len(run) == 0 {
				return err
			}
			if err != nil || p == nil {
				break
			}
			run = append(run, p)
		}
		if len(run) == 0 {
			return nil
		}
		if s.wait(fin, next, len(run)) {
			return nil
		}
		n, err := s.send(ctx, run)
		if err != nil || n == 0 {
			return err
		}
		fin += n
	}
	return nil
}

// wait reports whether a ready run of n proofs from batch fin on should
// wait for more (Gather): shorter than MaxBatchesPerTx, more batches
// committed after it, and its first proof ready for less than Gather.
func (s *ProofSubmitter) wait(fin, next uint64, n int) bool {
	if s.cfg.Gather <= 0 || n >= s.cfg.MaxBatchesPerTx || fin+uint64(n) >= next {
		return false
	}
	at, ok := s.readyAt[fin]
	if !ok {
		at = s.now()
		s.readyAt[fin] = at
	}
	return s.now().Before(at.Add(s.cfg.Gather))
}

// readyProof is one batch's proof with what proveBatch needs beside it.
type readyProof struct {
	idx        uint64
	proof      []byte
	hash       common.Hash // of proof
	header     bindings.BatchHeader
	headerHash common.Hash
	record     bindings.BatchRecord // the commit's (BatchCommitted)
}

// ready returns batch idx's proof ready to send, or nil when there is
// none to send now (no proof yet, held after a failure, or not matching
// what L1 holds).
func (s *ProofSubmitter) ready(ctx context.Context, idx uint64) (*readyProof, error) {
	proof, ok, err := s.proofs.Proof(idx)
	if err != nil {
		return nil, fmt.Errorf("l1: proof source: batch %d: %w", idx, err)
	}
	if !ok {
		return nil, nil
	}
	hash := crypto.Keccak256Hash(proof)
	if h, ok := s.held[idx]; ok && h.hash == hash && s.now().Before(h.until) {
		return nil, nil
	}
	b, ok, err := s.batches.CertifiedBatch(idx)
	if err != nil {
		return nil, fmt.Errorf("l1: batch source: batch %d: %w", idx, err)
	}
	if !ok {
		s.log.Warn("a proof but no certified batch; cannot submit", "batch", idx)
		s.held[idx] = heldProof{hash, s.now().Add(s.cfg.RetryAfter)}
		return nil, nil
	}
	cm, ok := s.commits[idx]
	if !ok {
		c, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
		cm, err = FindCommit(c, s.client, s.cfg.Rollup, idx, s.cfg.FromBlock)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("l1: batch %d's commit: %w", idx, err)
		}
		s.commits[idx] = cm
	}
	hh := b.Header.Hash()
	if cm.HeaderHash != hh {
		// Another header holds the index on L1 (a competing certificate
		// cannot exist; a revert and a re-commit can): this proof is not
		// for it. Read the commit again later.
		delete(s.commits, idx)
		s.held[idx] = heldProof{hash, s.now().Add(s.cfg.RetryAfter)}
		s.log.Error("the Rollup holds another header for this batch; not submitting", "batch", idx,
			"header_hash", hh, "committed", cm.HeaderHash, "commit_tx", cm.TxHash)
		return nil, nil
	}
	return &readyProof{idx: idx, proof: proof, hash: hash, header: bindings.BatchHeader(b.Header),
		headerHash: common.Hash(hh), record: cm.Record}, nil
}

// send finalizes the run in one transaction (proveBatch for one proof,
// proveBatches for more) and returns how many batches it finalized; 0
// when the round should end (the next one reads L1 again). A run of
// several that L1 rejects is sent again one proof at a time.
func (s *ProofSubmitter) send(ctx context.Context, run []*readyProof) (uint64, error) {
	first, last := run[0].idx, run[len(run)-1].idx
	var data []byte
	if len(run) == 1 {
		data = s.rollup.PackProveBatch(run[0].header, run[0].record, run[0].proof)
	} else {
		hs := make([]bindings.BatchHeader, len(run))
		recs := make([]bindings.BatchRecord, len(run))
		proofs := make([]byte, 0, len(run)*len(run[0].proof))
		for i, p := range run {
			hs[i], recs[i] = p.header, p.record
			proofs = append(proofs, p.proof...)
		}
		data = s.rollup.PackProveBatches(hs, recs, proofs)
	}
	rcpt, err := s.txm.Send(ctx, s.cfg.Rollup, data, nil)
	hold := func() {
		for _, p := range run {
			s.held[p.idx] = heldProof{p.hash, s.now().Add(s.cfg.RetryAfter)}
		}
	}
	switch {
	case err == nil:
		s.budget.ok(s.log)
		s.m.ProofsSubmitted.Add(float64(len(run)))
		s.m.ProofTxs.Inc()
		s.m.LastProvenBatch.Set(float64(last))
		s.log.Info("batches finalized on L1", "first", first, "last", last, "tx", rcpt.TxHash,
			"block", rcpt.BlockNumber, "gas_used", rcpt.GasUsed, "gas_per_batch", rcpt.GasUsed/uint64(len(run)))
		return uint64(len(run)), nil
	case IsRevert(err, "AlreadyFinalized"):
		s.log.Info("batch finalized by another node first", "first", first, "last", last)
		return 0, nil
	case IsRevert(err, "BatchOutOfOrder"):
		// The finalized count moved under us: read it again.
		return 0, nil
	case ctx.Err() != nil:
		return 0, nil
	case errors.Is(err, ErrBudgetExceeded):
		// Not the proofs' fault: wait for the budget, logging once.
		hold()
		s.budget.refused(s.log, "submitting proofs", first, err)
		return 0, nil
	case len(run) > 1 && errors.Is(err, ErrReverted):
		// One of them (at least) is bad: find out which, one at a time.
		s.log.Warn("the Rollup rejected a transaction of several proofs; sending them one at a time",
			"first", first, "last", last, "err", err)
		var done uint64
		for _, p := range run {
			n, err := s.send(ctx, []*readyProof{p})
			if err != nil || n == 0 {
				return done, err
			}
			done += n
		}
		return done, nil
	}
	hold()
	for _, p := range run {
		delete(s.commits, p.idx) // read again: the batch may have been reverted and committed anew
	}
	if errors.Is(err, ErrReverted) {
		s.m.ProofsRejected.Inc()
		s.log.Error("PROOF REJECTED by the Rollup: batch not finalized", "batch", first,
			"header_hash", run[0].headerHash, "proof_bytes", len(run[0].proof), "retry_in", s.cfg.RetryAfter,
			"err", err)
		return 0, nil
	}
	s.m.ProofFailures.Inc()
	s.log.Warn("submitting proofs failed; retrying later", "first", first, "last", last, "retry_in", s.cfg.RetryAfter, "err", err)
	return 0, nil
}
