package l1

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
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
	// FromBlock is the lowest L1 block searched for a batch's BatchCommitted
	// event (the Rollup's deployment block; 0: the whole chain).
	FromBlock uint64 `toml:"-"`
}

// DefaultProofSubmitterConfig returns defaults; the address is left zero.
func DefaultProofSubmitterConfig() ProofSubmitterConfig {
	return ProofSubmitterConfig{PollInterval: 2 * time.Second, RetryAfter: time.Minute, RequestTimeout: 10 * time.Second}
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
	return errors.Join(errs...)
}

// ProofSubmitter finalizes committed batches with Rollup.proveBatch, in
// order, as proofs become available.
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
	commits map[uint64]*Commit   // batch index -> its accepted commit on L1 (proveBatch needs its signers hash)
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
		held: map[uint64]heldProof{}, commits: map[uint64]*Commit{}}
	s.Loop = service.NewLoop("proof submitter", s.run)
	return s, nil
}

// run submits proofs until ctx is done and then returns nil. Each round
// reads Rollup.finalizedCount and nextBatchIndex and proves every
// committed batch from the first unfinalized one on while its proof is at
// hand. A proof the Rollup rejects is logged at error level, counted in
// mycel_l1_proofs_rejected_total and not sent again for RetryAfter (unless
// the proof source offers different bytes); batches after it wait, as L1
// finalizes in order.
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
	for i := range s.held {
		if i < fin {
			delete(s.held, i)
		}
	}
	for i := range s.commits {
		if i < fin {
			delete(s.commits, i)
		}
	}
	for idx := fin; idx < next && ctx.Err() == nil; idx++ {
		done, err := s.prove(ctx, idx)
		if err != nil || !done {
			return err
		}
	}
	return nil
}

// prove submits batch idx's proof; true when the batch is finalized (by
// this node or another) and the next one can follow.
func (s *ProofSubmitter) prove(ctx context.Context, idx uint64) (bool, error) {
	proof, ok, err := s.proofs.Proof(idx)
	if err != nil {
		return false, fmt.Errorf("l1: proof source: batch %d: %w", idx, err)
	}
	if !ok {
		return false, nil
	}
	hash := crypto.Keccak256Hash(proof)
	if h, ok := s.held[idx]; ok && h.hash == hash && s.now().Before(h.until) {
		return false, nil
	}
	b, ok, err := s.batches.CertifiedBatch(idx)
	if err != nil {
		return false, fmt.Errorf("l1: batch source: batch %d: %w", idx, err)
	}
	if !ok {
		s.log.Warn("a proof but no certified batch; cannot submit", "batch", idx)
		s.held[idx] = heldProof{hash, s.now().Add(s.cfg.RetryAfter)}
		return false, nil
	}
	cm, ok := s.commits[idx]
	if !ok {
		c, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
		cm, err = FindCommit(c, s.client, s.cfg.Rollup, idx, s.cfg.FromBlock)
		cancel()
		if err != nil {
			return false, fmt.Errorf("l1: batch %d's commit: %w", idx, err)
		}
		s.commits[idx] = cm
	}
	if hh := b.Header.Hash(); cm.HeaderHash != hh {
		// Another header holds the index on L1 (a competing certificate
		// cannot exist; a revert and a re-commit can): this proof is not
		// for it. Read the commit again later.
		delete(s.commits, idx)
		s.held[idx] = heldProof{hash, s.now().Add(s.cfg.RetryAfter)}
		s.log.Error("the Rollup holds another header for this batch; not submitting", "batch", idx,
			"header_hash", hh, "committed", cm.HeaderHash, "commit_tx", cm.TxHash)
		return false, nil
	}
	data := s.rollup.PackProveBatch(bindings.BatchHeader(b.Header), cm.SignersHash, proof)
	rcpt, err := s.txm.Send(ctx, s.cfg.Rollup, data, nil)
	switch {
	case err == nil:
		s.budget.ok(s.log)
		s.m.ProofsSubmitted.Inc()
		s.m.LastProvenBatch.Set(float64(idx))
		s.log.Info("batch finalized on L1", "batch", idx, "tx", rcpt.TxHash, "block", rcpt.BlockNumber, "gas_used", rcpt.GasUsed)
		return true, nil
	case IsRevert(err, "AlreadyFinalized"):
		s.log.Info("batch finalized by another node first", "batch", idx)
		return true, nil
	case IsRevert(err, "BatchOutOfOrder"):
		// The finalized count moved under us: read it again.
		return false, nil
	case ctx.Err() != nil:
		return false, nil
	case errors.Is(err, ErrBudgetExceeded):
		// Not the proof's fault: wait for the budget, logging once.
		s.held[idx] = heldProof{hash, s.now().Add(s.cfg.RetryAfter)}
		s.budget.refused(s.log, "submitting proofs", idx, err)
		return false, nil
	}
	s.held[idx] = heldProof{hash, s.now().Add(s.cfg.RetryAfter)}
	delete(s.commits, idx) // read again: the batch may have been reverted and committed anew
	if errors.Is(err, ErrReverted) {
		s.m.ProofsRejected.Inc()
		s.log.Error("PROOF REJECTED by the Rollup: batch not finalized", "batch", idx,
			"header_hash", b.Header.Hash(), "proof_bytes", len(proof), "retry_in", s.cfg.RetryAfter,
			"err", err)
		return false, nil
	}
	s.m.ProofFailures.Inc()
	s.log.Warn("submitting proof failed; retrying later", "batch", idx, "retry_in", s.cfg.RetryAfter, "err", err)
	return false, nil
}
