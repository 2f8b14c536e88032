package l1

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/service"
)

// SlashReporterConfig configures a SlashReporter; the node fills it in
// from the deployment.
type SlashReporterConfig struct {
	// Slasher is the Slasher contract's address.
	Slasher common.Address
	// Rollup is the Rollup contract's address, the EIP-712 verifying
	// contract of attestations.
	Rollup common.Address
	// L1ChainID is the chain id of the attestation domain; nil takes the
	// transaction manager's.
	L1ChainID *big.Int
	// Launch is this node's L2 launch (batch.LaunchID), the salt of the
	// attestation domain: the launch the reported attestations are for.
	Launch common.Hash
	// BLSRegistry and StakingRegistry, when set (ADR 031): after each
	// slash the reporter also takes the slashed operator out of the
	// current epoch's BLS set (BLSRegistry.excludeSlashed), so that no
	// BLS certificate of the epoch can count it, as the slash already
	// took its signer out of the epoch's ECDSA quorum.
	BLSRegistry, StakingRegistry common.Address
}

// Errors of Report; match them with errors.Is.
var (
	// ErrInvalidEvidence: the two attestations do not prove an
	// equivocation (different batch indices, the same header, bad or
	// different signers). Nothing was sent.
	ErrInvalidEvidence = errors.New("l1: not evidence of equivocation")
	// ErrAlreadyReported: this signer's equivocation at this batch index
	// was reported already (by this reporter, or punished on L1 before).
	ErrAlreadyReported = errors.New("l1: equivocation already reported")
	// ErrNotSlashable: the signer is not a registered operator, or holds
	// no stake left to slash.
	ErrNotSlashable = errors.New("l1: signer has no stake to slash")
)

// SlashReporter submits equivocation evidence to the Slasher: two
// attestations of one batch by one key (Report, Submit) and CometBFT double
// votes (ReportDoubleVote, SubmitDoubleVote). Report* sends one piece of
// evidence and waits; Submit* queues one for the reporter's own loop
// (Start, Stop), for callers that must not wait on L1, such as consensus
// noticing a double attestation or a committed block carrying double-vote
// evidence. It is safe for concurrent use.
type SlashReporter struct {
	*service.Loop
	queue   chan [2]batch.Attestation
	votes   chan *contracts.DoubleVote
	cfg     SlashReporterConfig
	txm     *TxManager
	log     *slog.Logger
	m       *Metrics
	slasher *bindings.Slasher

	mu      sync.Mutex
	reports map[any]bool // by slashKey or voteKey; false: in flight, true: done
}

type slashKey struct {
	signer common.Address
	index  uint64
}

// NewSlashReporter returns a reporter that sends with txm (whose account
// receives the reporter's reward).
func NewSlashReporter(cfg SlashReporterConfig, txm *TxManager, logger *slog.Logger, m *Metrics) (*SlashReporter, error) {
	if cfg.Slasher == (common.Address{}) || cfg.Rollup == (common.Address{}) {
		return nil, errors.New("l1: slash reporter needs the Slasher and Rollup addresses")
	}
	if cfg.Launch == (common.Hash{}) {
		return nil, errors.New("l1: slash reporter needs the L2 launch id (batch.LaunchID)")
	}
	if txm == nil {
		return nil, errors.New("l1: slash reporter needs a transaction manager")
	}
	if cfg.L1ChainID == nil {
		cfg.L1ChainID = txm.ChainID()
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NopMetrics()
	}
	r := &SlashReporter{cfg: cfg, txm: txm, log: logger.With("module", "l1.slasher"), m: m,
		slasher: bindings.NewSlasher(), reports: map[any]bool{}, queue: make(chan [2]batch.Attestation, slashQueue),
		votes: make(chan *contracts.DoubleVote, slashQueue)}
	r.Loop = service.NewLoop("slash reporter", r.run)
	return r, nil
}

// slashQueue bounds the evidence waiting for the reporter's loop. An honest
// network produces none; a flood is refused rather than buffered.
const slashQueue = 64

// reportTimeout bounds one queued report (sending, and waiting for it to be
// mined).
const reportTimeout = 5 * time.Minute

// Submit queues evidence for the reporter's loop and returns at once; false
// if the queue is full (the evidence is dropped and logged). Queued
// evidence not yet reported when Stop is called is dropped: the other
// validators saw the same attestations and report them too.
func (r *SlashReporter) Submit(a, b batch.Attestation) bool {
	select {
	case r.queue <- [2]batch.Attestation{a, b}:
		return true
	default:
		r.m.SlashReportFailures.Inc()
		r.log.Error("equivocation evidence dropped: report queue full", "batch", a.Header.BatchIndex)
		return false
	}
}

// run reports queued evidence, one at a time, until ctx ends.
func (r *SlashReporter) run(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		case ev := <-r.queue:
			r.reportQueued(ctx, func(c context.Context) error { return r.Report(c, ev[0], ev[1]) },
				"equivocation", "batch", ev[0].Header.BatchIndex)
		case d := <-r.votes:
			r.reportQueued(ctx, func(c context.Context) error { return r.ReportDoubleVote(c, d) },
				"double vote", "signer", d.Signer, "height", d.Height, "round", d.Round)
		}
	}
}

// reportQueued runs one queued report within reportTimeout and logs what
// the report itself did not (it logs a slash).
func (r *SlashReporter) reportQueued(ctx context.Context, report func(context.Context) error, kind string, args ...any) {
	rctx, cancel := context.WithTimeout(ctx, reportTimeout)
	err := report(rctx)
	cancel()
	switch {
	case err == nil:
	case errors.Is(err, ErrAlreadyReported):
		r.log.Info(kind+" already reported", args...)
	default:
		r.log.Error(kind+" report failed", append(args, "err", err)...)
	}
}

// Check verifies locally what the Slasher checks: a and b attest different
// headers for the same batch index and their signatures (strict: 65 bytes,
// v 27 or 28, low s) recover to one signer, which it returns. Errors match
// ErrInvalidEvidence.
func (r *SlashReporter) Check(a, b batch.Attestation) (common.Address, error) {
	if a.Header.BatchIndex != b.Header.BatchIndex {
		return common.Address{}, fmt.Errorf("%w: batch indices differ (%d, %d)", ErrInvalidEvidence,
			a.Header.BatchIndex, b.Header.BatchIndex)
	}
	da := batch.AttestationDigest(r.cfg.L1ChainID, r.cfg.Rollup, r.cfg.Launch, a.Header)
	db := batch.AttestationDigest(r.cfg.L1ChainID, r.cfg.Rollup, r.cfg.Launch, b.Header)
	if da == db {
		return common.Address{}, fmt.Errorf("%w: the two attestations sign the same header", ErrInvalidEvidence)
	}
	sa, err := recoverSigner(da, a.Sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: first attestation: %w", ErrInvalidEvidence, err)
	}
	sb, err := recoverSigner(db, b.Sig)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: second attestation: %w", ErrInvalidEvidence, err)
	}
	if sa != sb {
		return common.Address{}, fmt.Errorf("%w: signed by different keys (%s, %s)", ErrInvalidEvidence, sa, sb)
	}
	return sa, nil
}

// Report submits a and b to Slasher.submitEquivocation and waits for the
// slash to be mined. The evidence is checked locally first (Check). Each
// (signer, batch index) is reported once: a repeated report, or one the
// Slasher already punished (EvidenceAlreadyUsed), returns
// ErrAlreadyReported without retrying. Other errors: ErrInvalidEvidence,
// ErrNotSlashable, or the transaction manager's (the report may be
// repeated after those).
func (r *SlashReporter) Report(ctx context.Context, a, b batch.Attestation) error {
	signer, err := r.Check(a, b)
	if err != nil {
		r.m.SlashReportFailures.Inc()
		return err
	}
	data := r.slasher.PackSubmitEquivocation(r.cfg.Launch, bindings.BatchHeader(a.Header), a.Sig, bindings.BatchHeader(b.Header), b.Sig)
	return r.send(ctx, evidence{
		key: slashKey{signer, a.Header.BatchIndex}, kind: "equivocation", signer: signer,
		desc: fmt.Sprintf("signer %s, batch %d", signer, a.Header.BatchIndex),
		log:  []any{"signer", signer, "batch", a.Header.BatchIndex},
		data: data,
		slashed: func(l *types.Log) (*big.Int, *big.Int, bool) {
			ev, err := r.slasher.UnpackEquivocationSlashedEvent(l)
			if err != nil {
				return nil, nil, false
			}
			return ev.Amount, ev.Reward, true
		},
	})
}

// evidence is one report for send: what the Slasher punishes it once for
// (key), how to name it in logs and errors, the call, and how to read the
// slash from the receipt.
type evidence struct {
	key     any // slashKey or voteKey
	kind    string
	signer  common.Address
	desc    string
	log     []any
	data    []byte
	slashed func(*types.Log) (amount, reward *big.Int, ok bool)
}

// send submits one piece of evidence to the Slasher, once per key: a key
// reported (or in flight) here, or punished on L1 before
// (EvidenceAlreadyUsed), gives ErrAlreadyReported; a failed send frees the
// key for a later try.
func (r *SlashReporter) send(ctx context.Context, e evidence) error {
	r.mu.Lock()
	done, seen := r.reports[e.key]
	if !seen {
		r.reports[e.key] = false
	}
	r.mu.Unlock()
	if seen {
		state := "in flight"
		if done {
			state = "done"
		}
		return fmt.Errorf("%w: %s (report %s)", ErrAlreadyReported, e.desc, state)
	}
	settle := func(reported bool) {
		r.mu.Lock()
		defer r.mu.Unlock()
		if reported {
			r.reports[e.key] = true
		} else {
			delete(r.reports, e.key)
		}
	}

	rcpt, err := r.txm.Send(ctx, r.cfg.Slasher, e.data, nil)
	switch {
	case err == nil:
		settle(true)
		r.m.SlashReports.Inc()
		amount, reward := new(big.Int), new(big.Int)
		for _, l := range rcpt.Logs {
			if a, w, ok := e.slashed(l); ok && l.Address == r.cfg.Slasher {
				amount, reward = a, w
			}
		}
		r.log.Warn(e.kind+" slashed on L1", append(e.log, "slashed_wei", amount, "reward_wei", reward, "tx", rcpt.TxHash)...)
		r.excludeFromBLSSet(ctx, e.signer)
		return nil
	case IsRevert(err, "EvidenceAlreadyUsed"):
		settle(true)
		r.log.Info(e.kind+" already punished on L1", e.log...)
		return fmt.Errorf("%w: %s (punished on L1 before)", ErrAlreadyReported, e.desc)
	}
	settle(false)
	r.m.SlashReportFailures.Inc()
	switch {
	case IsRevert(err, "UnknownSigner"), IsRevert(err, "NothingToSlash"):
		return fmt.Errorf("%w: signer %s: %w", ErrNotSlashable, e.signer, err)
	case errors.Is(err, ErrReverted):
		return fmt.Errorf("%w: the Slasher refused it: %w", ErrInvalidEvidence, err)
	}
	r.log.Warn("reporting "+e.kind+" failed", append(e.log, "err", err)...)
	return fmt.Errorf("l1: report %s (%s): %w", e.kind, e.desc, err)
}

// voteKey is what the Slasher punishes a double vote once for.
type voteKey struct {
	signer common.Address
	height int64
	round  int32
	typ    int32
}

// SubmitDoubleVote queues double-vote evidence (contracts.DoubleVoteFromEvidence)
// for the reporter's loop and returns at once; false if the queue is full
// (the evidence is dropped and logged). As with Submit, evidence still
// queued at Stop is dropped: every validator sees the committed evidence
// and reports it too.
func (r *SlashReporter) SubmitDoubleVote(d *contracts.DoubleVote) bool {
	select {
	case r.votes <- d:
		return true
	default:
		r.m.SlashReportFailures.Inc()
		r.log.Error("double vote evidence dropped: report queue full", "signer", d.Signer, "height", d.Height)
		return false
	}
}

// CheckDoubleVote verifies locally that both signatures of d recover (65
// bytes, v 27 or 28, low s) to d.Signer. The rest (the votes' bytes, chain
// id, height, round, type, block ids) the Slasher checks;
// contracts.DoubleVoteFromVotes checked it when it built d. Errors match
// ErrInvalidEvidence.
func (r *SlashReporter) CheckDoubleVote(d *contracts.DoubleVote) error {
	for i, v := range [][2][]byte{{d.VoteA, d.SigA}, {d.VoteB, d.SigB}} {
		digest := sha256.Sum256(v[0])
		s, err := recoverSigner(common.Hash(digest), v[1])
		if err != nil {
			return fmt.Errorf("%w: vote %d: %w", ErrInvalidEvidence, i, err)
		}
		if s != d.Signer {
			return fmt.Errorf("%w: vote %d is signed by %s, not %s", ErrInvalidEvidence, i, s, d.Signer)
		}
	}
	return nil
}

// ReportDoubleVote submits d to Slasher.submitDoubleVote and waits for the
// slash to be mined. Each (signer, height, round, type) is reported once:
// a repeated report, or one the Slasher already punished
// (EvidenceAlreadyUsed: another node was first), returns
// ErrAlreadyReported without retrying. Other errors: ErrInvalidEvidence
// (CheckDoubleVote, or the Slasher refused the votes), ErrNotSlashable, or
// the transaction manager's (the report may be repeated after those).
func (r *SlashReporter) ReportDoubleVote(ctx context.Context, d *contracts.DoubleVote) error {
	if err := r.CheckDoubleVote(d); err != nil {
		r.m.SlashReportFailures.Inc()
		return err
	}
	return r.send(ctx, evidence{
		key: voteKey{d.Signer, d.Height, d.Round, int32(d.Type)}, kind: "double vote", signer: d.Signer,
		desc: fmt.Sprintf("double vote of %s at height %d round %d", d.Signer, d.Height, d.Round),
		log:  []any{"signer", d.Signer, "height", d.Height, "round", d.Round, "type", d.Type},
		data: r.slasher.PackSubmitDoubleVote(d.VoteA, d.SigA, d.VoteB, d.SigB),
		slashed: func(l *types.Log) (*big.Int, *big.Int, bool) {
			ev, err := r.slasher.UnpackDoubleVoteSlashedEvent(l)
			if err != nil {
				return nil, nil, false
			}
			return ev.Amount, ev.Reward, true
		},
	})
}

// excludeFromBLSSet takes signer's operator, just slashed, out of the
// current epoch's published BLS set (BLSRegistry.excludeSlashed), if it is
// in it. Failures are logged: anyone may still call excludeSlashed, and
// later sets leave a jailed operator out anyway.
func (r *SlashReporter) excludeFromBLSSet(ctx context.Context, signer common.Address) {
	if r.cfg.BLSRegistry == (common.Address{}) || r.cfg.StakingRegistry == (common.Address{}) {
		return
	}
	staking, reg := bindings.NewStakingRegistry(), bindings.NewBLSRegistry()
	call := func(to common.Address, data []byte) ([]byte, error) {
		return r.txm.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	}
	fail := func(what string, err error) {
		r.log.Error("excluding a slashed operator from the epoch's BLS set: "+what, "signer", signer, "err", err)
	}
	out, err := call(r.cfg.StakingRegistry, staking.PackOperatorOf(signer))
	owner, _ := staking.UnpackOperatorOf(out)
	if err != nil {
		fail("StakingRegistry.operatorOf", err)
		return
	}
	out, err = call(r.cfg.BLSRegistry, reg.PackCurrentEpoch())
	epoch, _ := reg.UnpackCurrentEpoch(out)
	if err != nil {
		fail("BLSRegistry.currentEpoch", err)
		return
	}
	out, err = call(r.cfg.BLSRegistry, reg.PackBlsSetOf(epoch))
	set, _ := reg.UnpackBlsSetOf(out)
	if err != nil || set.N == nil {
		fail("BLSRegistry.blsSetOf", err)
		return
	}
	for i := int64(0); i < set.N.Int64(); i++ {
		out, err := call(r.cfg.BLSRegistry, reg.PackValidatorOf(epoch, big.NewInt(i)))
		if err != nil {
			fail("BLSRegistry.validatorOf", err)
			return
		}
		if v, err := reg.UnpackValidatorOf(out); err != nil || v.Owner != owner {
			continue
		}
		rcpt, err := r.txm.Send(ctx, r.cfg.BLSRegistry, reg.PackExcludeSlashed(big.NewInt(i)), nil)
		switch {
		case err == nil:
			r.log.Warn("slashed operator excluded from the epoch's BLS set", "signer", signer, "epoch", epoch, "index", i, "tx", rcpt.TxHash)
		case IsRevert(err, "AlreadyExcluded"):
		default:
			fail("excludeSlashed", err)
		}
		return
	}
}
