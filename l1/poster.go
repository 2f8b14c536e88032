package l1

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sort"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/service"
)

// BatchSource gives the poster and the proof submitter the batches the L2
// chain certified.
type BatchSource interface {
	CertifiedBatch(index uint64) (*batch.Record, bool, error) // false: not certified (yet)
}

// PosterConfig configures a Poster (the [l1.poster] section; the node fills
// in the addresses).
type PosterConfig struct {
	// Rollup and StakingRegistry are the contracts' addresses.
	Rollup          common.Address `toml:"-"`
	StakingRegistry common.Address `toml:"-"`
	// Launch is the L2 launch the attestations are for (batch.LaunchID of
	// the CometBFT chain id): the salt of their EIP-712 domain, pinned by
	// the Rollup's first commit. Required.
	Launch common.Hash `toml:"-"`
	// Self is this node's consensus signer address, compared with
	// CertifiedBatch.Poster.
	Self common.Address `toml:"-"`
	// FallbackAfter is how long after CertifiedAt the other validators
	// wait for the designated poster before posting the batch themselves.
	FallbackAfter time.Duration `toml:"fallback_after" comment:"Post a batch whose designated poster has not, this long after it was certified."`
	// FallbackStagger spreads the fallback posters out: each waits
	// FallbackAfter plus a share of FallbackStagger drawn from its address
	// and the batch index, so one of them usually posts first and the
	// others see it instead of racing (0: all at once).
	FallbackStagger time.Duration `toml:"fallback_stagger" comment:"Extra fallback wait, up to this much, drawn per node and batch so fallback posters do not race."`
	// RetryAfter is the pause before a batch is tried again after a post
	// failed, and how long a batch this node posted is not posted again
	// while L1 still reports it as the next batch (a lagging L1 node).
	RetryAfter time.Duration `toml:"retry_after" comment:"Pause before retrying a batch whose post failed."`
	// PollInterval is the pause between rounds.
	PollInterval time.Duration `toml:"poll_interval" comment:"Pause between checks for batches to post."`
	// RewardPool, when set, is paid out for every batch this node posted,
	// once the batch is finalized (RewardPool.distribute).
	RewardPool common.Address `toml:"-"`
	// NodeBounty, when set, is claimed for every batch this node posted,
	// once the batch is finalized, for each of the most recent bounties
	// (at most MaxBountiesClaimed) that pays one of its signers
	// (NodeBounty.claim).
	NodeBounty common.Address `toml:"-"`
	// BLSRegistry, when set, is the Rollup's certifier (ADR 031): batches
	// are committed under a BLS certificate aggregated from the records'
	// BLS signatures over the current epoch's published set (which the
	// poster publishes if nobody has), and rewards are claimed with the
	// certificate's epoch and bitmap. Zero: ECDSA certificates.
	BLSRegistry common.Address `toml:"-"`
	// RequestTimeout bounds each L1 read.
	RequestTimeout time.Duration `toml:"request_timeout" comment:"Timeout of each L1 read."`
	// MaxBatchesPerTx is the most batches one transaction commits: when
	// the batches after the next one are certified too (a backlog behind
	// a slow L1 or an outage), they go out together in commitBatches,
	// which pays the transaction's base cost and the cold reads once
	// (ADR 026).
	MaxBatchesPerTx int `toml:"max_batches_per_tx" comment:"Most certified batches one L1 transaction commits (commitBatches, ADR 026); 1 commits each alone."`
	// Gather is how long a run shorter than MaxBatchesPerTx waits, from
	// when this node first found its first batch due, for the batches
	// after it to be certified and share its transaction: it trades L1
	// commit latency (not soft confirmation) for L1 gas, as the proof
	// submitter's Gather does for proofs. A run that stops for another
	// reason (the calldata bound, a batch short of a quorum) goes at once.
	// 0: post at once. Below FallbackAfter, or the fallback posters post
	// the batch while its designated poster gathers.
	Gather time.Duration `toml:"gather" comment:"How long a due run of commits waits for the next certified batches to share its transaction (0: post at once). Trades commit latency for L1 gas."`
}

// MaxCommitsPerTx bounds l1.poster.max_batches_per_tx: 32 full 64-slot
// batches are about 4.5 million gas and 33 KB of calldata.
const MaxCommitsPerTx = 32

// ErrForeignLaunch: the Rollup hosts another L2 launch than this node's
// (its first commit pinned another launch id): nothing this node's chain
// certifies can ever be committed there. A new L2 genesis needs a new
// Rollup deployment (docs/protocol.md section 9.7).
var ErrForeignLaunch = errors.New("l1: the Rollup hosts another L2 launch")

// DefaultPosterConfig returns defaults; the addresses are left zero.
func DefaultPosterConfig() PosterConfig {
	return PosterConfig{
		FallbackAfter:   30 * time.Second,
		FallbackStagger: 12 * time.Second,
		RetryAfter:      15 * time.Second,
		PollInterval:    time.Second,
		RequestTimeout:  10 * time.Second,
		MaxBatchesPerTx: 8,
	}
}

// Validate checks the section; errors name the key as l1.poster.<key>.
func (c PosterConfig) Validate() error {
	var errs []error
	bad := func(key, format string, args ...any) {
		errs = append(errs, fmt.Errorf("config l1.poster.%s: %s", key, fmt.Sprintf(format, args...)))
	}
	if c.Rollup == (common.Address{}) {
		bad("rollup", "must be set to the Rollup contract address")
	}
	if c.StakingRegistry == (common.Address{}) {
		bad("staking_registry", "must be set to the StakingRegistry contract address")
	}
	if c.Launch == (common.Hash{}) {
		bad("launch", "must be set to the L2 launch id (batch.LaunchID of the CometBFT chain id)")
	}
	if c.Self == (common.Address{}) {
		bad("self", "must be set to this node's consensus signer address")
	}
	if c.FallbackAfter < 0 {
		bad("fallback_after", "must be >= 0")
	}
	if c.FallbackStagger < 0 {
		bad("fallback_stagger", "must be >= 0")
	}
	if c.RetryAfter <= 0 {
		bad("retry_after", "must be > 0")
	}
	if c.PollInterval <= 0 {
		bad("poll_interval", "must be > 0")
	}
	if c.RequestTimeout <= 0 {
		bad("request_timeout", "must be > 0")
	}
	if c.Gather < 0 {
		bad("gather", "must be >= 0")
	} else if c.Gather > 0 && c.Gather >= c.FallbackAfter {
		bad("gather", "%v must be below fallback_after (%v): the fallback posters would post while the designated poster gathers", c.Gather, c.FallbackAfter)
	}
	if c.MaxBatchesPerTx < 1 || c.MaxBatchesPerTx > MaxCommitsPerTx {
		bad("max_batches_per_tx", "must be in 1..%d", MaxCommitsPerTx)
	}
	return errors.Join(errs...)
}

// Poster commits certified batches to the Rollup, in order.
type Poster struct {
	*service.Loop // Start posts; Stop stops

	cfg     PosterConfig
	client  CallClient
	txm     *TxManager
	src     BatchSource
	log     *slog.Logger
	m       *Metrics
	rollup  *bindings.Rollup
	staking *bindings.StakingRegistry
	chainID *big.Int
	now     func() time.Time

	hold   map[uint64]time.Time // batch index -> not before (posted, or a post failed)
	waitAt waitNote             // the last wait logged
	down   bool                 // L1 reads failing
	// upSince is when L1 reads last started succeeding (zero while they
	// fail): fallback waits count from it too, so that after an L1 outage
	// the designated poster, not every node at once, posts the backlog.
	upSince time.Time
	// next is the last nextBatchIndex read and nextSince when it was first
	// read: the designated poster of batch k cannot post before batch k-1
	// is on L1, so its exclusive FallbackAfter counts from then too.
	next      uint64
	nextSince time.Time
	// dueIndex is the first batch of the run being gathered and dueSince
	// when this node first found it due (Gather).
	dueIndex uint64
	dueSince time.Time
	// posted are the batches this node committed whose rewards it has not
	// distributed yet: the certificate's signers (ascending) and the L1
	// block the commit landed in (its stake snapshot counted them).
	posted map[uint64]postedBatch
	pool   *bindings.RewardPool
	bounty *bindings.NodeBounty
	budget budgetNote // the spending budget refused a post
	// bls and blsSets: BLS certificates (BLSRegistry set), the sets read
	// so far by epoch.
	bls     *bindings.BLSRegistry
	blsSets map[uint64]*blsSet
	// blsKeyWarned: the node's own BLS signature failed once (logged).
	blsKeyWarned bool
}

type postedBatch struct {
	header  common.Hash          // the committed header's hash
	record  bindings.BatchRecord // the commit's record (its BatchCommitted event)
	signers []common.Address
	block   *big.Int
	bls     *blsCert // a BLS certificate's epoch and bitmap; nil: ECDSA
}

type waitNote struct {
	index  uint64
	reason string
}

// NewPoster returns a poster that sends with txm (whose account pays the
// gas); it starts nothing.
func NewPoster(cfg PosterConfig, client CallClient, txm *TxManager, src BatchSource, logger *slog.Logger, m *Metrics) (*Poster, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if client == nil || txm == nil || src == nil {
		return nil, errors.New("l1: poster needs a client, a transaction manager and a batch source")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NopMetrics()
	}
	p := &Poster{
		cfg: cfg, client: client, txm: txm, src: src, log: logger.With("module", "l1.poster"), m: m,
		rollup: bindings.NewRollup(), staking: bindings.NewStakingRegistry(), chainID: txm.ChainID(),
		now: time.Now, hold: map[uint64]time.Time{}, posted: map[uint64]postedBatch{}, pool: bindings.NewRewardPool(), bounty: bindings.NewNodeBounty(),
		bls: bindings.NewBLSRegistry(), blsSets: map[uint64]*blsSet{},
	}
	p.Loop = service.NewLoop("batch poster", p.run)
	return p, nil
}

// run posts batches until ctx is done and then returns nil. Every round
// reads Rollup.nextBatchIndex and posts that batch, and the ones after it
// while they are ready, when this node is the batch's designated poster or
// the designated poster has let FallbackAfter pass. L1 failures are logged
// and retried; a batch whose post failed waits RetryAfter.
func (p *Poster) run(ctx context.Context) error {
	for {
		err := p.round(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, ErrForeignLaunch) {
			return err // nothing this node certifies can ever be committed
		}
		switch {
		case err != nil && !p.down:
			p.down = true
			p.log.Warn("L1 or batch source unavailable; retrying", "err", err)
		case err != nil:
			p.log.Debug("still failing", "err", err)
		case p.down:
			p.down = false
			p.log.Info("L1 and batch source available again")
		}
		if !sleep(ctx, p.cfg.PollInterval) {
			return nil
		}
	}
}

func (p *Poster) round(ctx context.Context) error {
	for ctx.Err() == nil {
		progressed, err := p.postNext(ctx)
		if err != nil {
			return err
		}
		if !progressed {
			break
		}
	}
	return p.distribute(ctx)
}

// commitRecords returns the records of the BatchCommitted events in a
// commit transaction's receipt, by batch index.
func commitRecords(rcpt *types.Receipt) map[uint64]bindings.BatchRecord {
	r := bindings.NewRollup()
	out := map[uint64]bindings.BatchRecord{}
	for _, l := range rcpt.Logs {
		if len(l.Topics) == 0 || l.Topics[0] != contracts.BatchCommittedTopic {
			continue
		}
		if ev, err := r.UnpackBatchCommittedEvent(l); err == nil {
			out[ev.BatchIndex] = ev.Record
		}
	}
	return out
}

// committedAs reports whether finalized batch i's commit on L1 is still
// this node's: header hash pb.header and record pb.record, whose signers
// hash is signersHash (Rollup.finalizedBatch).
func (p *Poster) committedAs(ctx context.Context, i uint64, pb postedBatch, signersHash common.Hash) (bool, error) {
	if pb.record.SignersHash != signersHash {
		return false, nil
	}
	c, cancel := p.rctx(ctx)
	defer cancel()
	rec, err := viewCall(c, p.client, p.cfg.Rollup, p.rollup.PackFinalizedBatch(new(big.Int).SetUint64(i), pb.header, pb.record),
		nil, p.rollup.UnpackFinalizedBatch)
	if err != nil {
		return false, fmt.Errorf("l1: Rollup.finalizedBatch(%d): %w", i, err)
	}
	return rec.Finalized && rec.Matches, nil
}

// distribute pays the rewards of the finalized batches this node posted
// (RewardPool.distribute with the certificate's signers and the stakes its
// commit counted). A batch whose signer set does not match the Rollup's
// record (its commit was reverted and posted again by another node) is
// left to that node.
func (p *Poster) distribute(ctx context.Context) error {
	if (p.cfg.RewardPool == (common.Address{}) && p.cfg.NodeBounty == (common.Address{})) || len(p.posted) == 0 {
		return nil
	}
	c, cancel := p.rctx(ctx)
	fin, err := viewCall(c, p.client, p.cfg.Rollup, p.rollup.PackFinalizedCount(), nil, p.rollup.UnpackFinalizedCount)
	cancel()
	if err != nil {
		return fmt.Errorf("l1: Rollup.finalizedCount: %w", err)
	}
	idxs := make([]uint64, 0, len(p.posted))
	for i := range p.posted {
		if i < fin {
			idxs = append(idxs, i)
		}
	}
	sort.Slice(idxs, func(a, b int) bool { return idxs[a] < idxs[b] })
	for _, i := range idxs {
		pb := p.posted[i]
		if pb.bls != nil {
			if err := p.distributeBLS(ctx, i, pb); err != nil {
				return nil
			}
			continue
		}
		stakes := make([]*big.Int, len(pb.signers))
		for k, s := range pb.signers {
			c, cancel := p.rctx(ctx)
			stakes[k], err = viewCall(c, p.client, p.cfg.StakingRegistry, p.staking.PackStakeOf(s), pb.block, p.staking.UnpackStakeOf)
			cancel()
			if err != nil {
				return fmt.Errorf("l1: StakingRegistry.stakeOf(%s) at block %d: %w", s, pb.block, err)
			}
		}
		ok, err := p.committedAs(ctx, i, pb, contracts.SignersHash(pb.signers, stakes))
		if err != nil {
			return err
		}
		delete(p.posted, i)
		if !ok {
			p.log.Warn("batch's commit on L1 differs from this node's post; leaving its rewards", "batch", i)
			continue
		}
		claim := func(id, idx *big.Int) ([]byte, func([]byte) (*big.Int, *big.Int, error)) {
			return p.bounty.PackClaim(id, idx, pb.header, pb.record, pb.signers, stakes), func(out []byte) (*big.Int, *big.Int, error) {
				o, err := p.bounty.UnpackClaim(out)
				return o.Share, o.Payees, err
			}
		}
		if err := p.claimBounties(ctx, i, claim); errors.Is(err, ErrBudgetExceeded) {
			p.posted[i] = pb
			p.budget.refused(p.log, "claiming bounty payments", i, err)
			return nil
		}
		if p.cfg.RewardPool == (common.Address{}) {
			continue
		}
		rcpt, err := p.txm.Send(ctx, p.cfg.RewardPool, p.pool.PackDistribute(new(big.Int).SetUint64(i), pb.header, pb.record, pb.signers, stakes), nil)
		switch {
		case errors.Is(err, ErrBudgetExceeded):
			// Keep it for a later round, when the budget has room.
			p.posted[i] = pb
			p.budget.refused(p.log, "distributing batch rewards", i, err)
			return nil
		case err == nil:
			p.m.RewardsDistributed.Inc()
			p.log.Info("batch rewards distributed", "batch", i, "signers", len(pb.signers), "tx", rcpt.TxHash)
		case IsRevert(err, "AlreadyDistributed"):
		default:
			p.log.Error("distributing batch rewards failed", "batch", i, "err", err)
		}
	}
	return nil
}

// MaxBountiesClaimed is how many of the most recent bounties the poster
// considers for each batch it posted.
const MaxBountiesClaimed = 64

// claimBounties claims finalized batch i, signed by signers with stakes,
// for each of the most recent bounties that pays one of them: a claim is
// simulated first, and only one that pays a seated signer is sent (a claim
// that pays nobody, was made already, or falls outside the bounty's window
// costs one eth_call, no gas). It returns ErrBudgetExceeded when the L1
// budget stops it (the caller retries the batch later); other failures are
// logged.
func (p *Poster) claimBounties(ctx context.Context, i uint64, claim func(id, idx *big.Int) ([]byte, func([]byte) (*big.Int, *big.Int, error))) error {
	if p.cfg.NodeBounty == (common.Address{}) {
		return nil
	}
	c, cancel := p.rctx(ctx)
	n, err := viewCall(c, p.client, p.cfg.NodeBounty, p.bounty.PackBountyCount(), nil, p.bounty.UnpackBountyCount)
	cancel()
	if err != nil {
		p.log.Error("bounty claims skipped: NodeBounty.bountyCount", "batch", i, "err", err)
		return nil
	}
	first := big.NewInt(1)
	if n.Cmp(big.NewInt(MaxBountiesClaimed)) > 0 {
		first.Sub(n, big.NewInt(MaxBountiesClaimed-1))
	}
	idx := new(big.Int).SetUint64(i)
	for id := first; id.Cmp(n) <= 0; id = new(big.Int).Add(id, big.NewInt(1)) {
		data, unpack := claim(id, idx)
		c, cancel := p.rctx(ctx)
		out, err := p.client.CallContract(c, ethereum.CallMsg{To: &p.cfg.NodeBounty, Data: data}, nil)
		cancel()
		var sim struct{ Share, Payees *big.Int }
		if err == nil {
			sim.Share, sim.Payees, err = unpack(out)
		}
		if err != nil || sim.Payees.Sign() == 0 {
			continue // claimed already, outside its window, paying nobody, or over
		}
		rcpt, err := p.txm.Send(ctx, p.cfg.NodeBounty, data, nil)
		switch {
		case errors.Is(err, ErrBudgetExceeded):
			return err
		case err == nil:
			p.m.BountyClaims.Inc()
			p.log.Info("bounty payment claimed", "bounty", id, "batch", i, "payees", sim.Payees, "share_wei", sim.Share, "tx", rcpt.TxHash)
		case IsRevert(err, "AlreadyClaimed"):
		default:
			p.log.Error("claiming a bounty payment failed", "bounty", id, "batch", i, "err", err)
		}
	}
	return nil
}

func (p *Poster) rctx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, p.cfg.RequestTimeout)
}

func (p *Poster) nextBatchIndex(ctx context.Context, block *big.Int) (uint64, error) {
	c, cancel := p.rctx(ctx)
	defer cancel()
	n, err := viewCall(c, p.client, p.cfg.Rollup, p.rollup.PackNextBatchIndex(), block, p.rollup.UnpackNextBatchIndex)
	if err != nil {
		return 0, fmt.Errorf("l1: Rollup.nextBatchIndex: %w", err)
	}
	return n, nil
}

// waiting logs a wait once per batch and reason.
func (p *Poster) waiting(index uint64, reason string, args ...any) {
	if p.waitAt == (waitNote{index, reason}) {
		return
	}
	p.waitAt = waitNote{index, reason}
	p.log.Info("batch not posted yet: "+reason, append([]any{"batch", index}, args...)...)
}

// fallbackDelay is how long after certification this node posts a batch
// whose designated poster is another node.
func (p *Poster) fallbackDelay(index uint64) time.Duration {
	if p.cfg.FallbackStagger <= 0 {
		return p.cfg.FallbackAfter
	}
	var buf [28]byte
	copy(buf[:], p.cfg.Self[:])
	binary.BigEndian.PutUint64(buf[20:], index)
	h := crypto.Keccak256(buf[:])
	frac := float64(binary.BigEndian.Uint64(h[:8])) / (1 << 64)
	return p.cfg.FallbackAfter + time.Duration(frac*float64(p.cfg.FallbackStagger))
}

// postNext posts the next batch if it is due. It returns true when the
// chain moved on (this node or another posted it), so the caller tries
// the batch after it at once.
func (p *Poster) postNext(ctx context.Context) (bool, error) {
	c, cancel := p.rctx(ctx)
	head, err := p.client.BlockNumber(c)
	cancel()
	if err != nil {
		p.upSince = time.Time{}
		return false, fmt.Errorf("l1: block number: %w", err)
	}
	if p.upSince.IsZero() {
		p.upSince = p.now()
	}
	block := new(big.Int).SetUint64(head)
	next, err := p.nextBatchIndex(ctx, block)
	if err != nil {
		return false, err
	}
	for i := range p.hold {
		if i < next {
			delete(p.hold, i)
		}
	}
	now := p.now()
	if next != p.next || p.nextSince.IsZero() {
		p.next, p.nextSince = next, now
	}
	if until, ok := p.hold[next]; ok && now.Before(until) {
		return false, nil
	}
	b, ok, err := p.src.CertifiedBatch(next)
	if err != nil {
		return false, fmt.Errorf("l1: batch source: batch %d: %w", next, err)
	}
	if !ok {
		return false, nil
	}
	if b.Header.BatchIndex != next {
		p.log.Error("batch source returned another batch; not posting", "want", next, "got", b.Header.BatchIndex)
		p.hold[next] = now.Add(p.cfg.RetryAfter)
		return false, nil
	}
	if b.Poster != p.cfg.Self {
		from := b.CertifiedAt
		for _, t := range []time.Time{p.upSince, p.nextSince} {
			if t.After(from) {
				from = t
			}
		}
		if delay := p.fallbackDelay(next); now.Sub(from) < delay {
			p.waiting(next, "another validator is the designated poster", "poster", b.Poster,
				"fallback_in", delay-now.Sub(from))
			return false, nil
		}
	}
	// The run's certificates read the StakingRegistry at one block, each
	// signer's stake once (its batches share their signers).
	sv := &stakeView{block: block, stakes: map[common.Address]*big.Int{}}
	first, err := p.certify(ctx, sv, b, true)
	if err != nil || first == nil {
		return false, err
	}
	// The batches after it that are certified with a quorum go in the
	// same transaction (commitBatches, ADR 026), whoever their designated
	// poster: nobody can post them before this one is on L1, and this
	// transaction puts them there at the same time.
	run := []*readyCommit{first}
	size := first.calldataSize()
	uncertified := false // the run stopped at a batch not certified yet
	for idx := next + 1; len(run) < p.cfg.MaxBatchesPerTx; idx++ {
		nb, ok, err := p.src.CertifiedBatch(idx)
		if err == nil && !ok {
			uncertified = true
		}
		if err != nil || !ok || nb.Header.BatchIndex != idx || nb.Header.PrevRoot != run[len(run)-1].b.Header.NewRoot {
			break
		}
		rc, err := p.certify(ctx, sv, nb, false)
		if err != nil || rc == nil || size+rc.calldataSize() > maxRunCalldata {
			break
		}
		run = append(run, rc)
		size += rc.calldataSize()
	}
	// Only the designated poster gathers: a fallback post is late already.
	if uncertified && b.Poster == p.cfg.Self && p.gathering(next, now) {
		p.waiting(next, "gathering the next certified batches into one transaction", "batches", len(run),
			"max", p.cfg.MaxBatchesPerTx, "gather", p.cfg.Gather)
		return false, nil
	}
	// Last look before spending gas: has someone posted it meanwhile?
	cur, err := p.nextBatchIndex(ctx, nil)
	if err != nil {
		return false, err
	}
	if cur != next {
		return cur > next, nil
	}
	progressed, retry, err := p.commit(ctx, run)
	if retry && len(run) > 1 {
		p.log.Warn("commit of several batches refused; posting the first alone", "batches", len(run), "first", next)
		progressed, _, err = p.commit(ctx, run[:1])
	}
	return progressed, err
}

// gathering reports whether the run starting at batch next should wait
// for more batches (Gather): it was first found due less than Gather ago.
func (p *Poster) gathering(next uint64, now time.Time) bool {
	if p.cfg.Gather <= 0 {
		return false
	}
	if p.dueIndex != next || p.dueSince.IsZero() {
		p.dueIndex, p.dueSince = next, now
	}
	return now.Before(p.dueSince.Add(p.cfg.Gather))
}

// readyCommit is a certified batch with a certificate that holds >= 2/3
// of the current epoch's L1 stake.
type readyCommit struct {
	b             *batch.Record
	sigs          []batch.Signature // ECDSA: the certificate's signatures
	bc            *blsCert          // BLS: the certificate; nil: ECDSA
	cert          []byte            // the certificate as commitBatch takes it
	nsig          int
	signed, total *big.Int
}

// maxRunCalldata bounds a commitBatches run's calldata: L1 nodes refuse
// transactions over 128 KiB (go-ethereum's txpool), and a run that no node
// accepts would be sent again batch by batch every round. A single batch
// goes whatever its size.
var maxRunCalldata = 120_000

// calldataSize is about what rc adds to a commitBatches call: the header,
// the public data and certificate with their offsets and lengths.
func (rc *readyCommit) calldataSize() int {
	pad := func(n int) int { return (n + 31) / 32 * 32 }
	return 11*32 + 4*32 + pad(len(rc.b.PubData)) + pad(len(rc.cert))
}

// stakeView is the StakingRegistry read at one block: each stake and the
// total read once, however many certificates of a run count them.
type stakeView struct {
	block  *big.Int
	stakes map[common.Address]*big.Int
	total  *big.Int
}

func (p *Poster) stakeOf(ctx context.Context, sv *stakeView, a common.Address) (*big.Int, error) {
	if st, ok := sv.stakes[a]; ok {
		return st, nil
	}
	c, cancel := p.rctx(ctx)
	st, err := viewCall(c, p.client, p.cfg.StakingRegistry, p.staking.PackStakeOf(a), sv.block, p.staking.UnpackStakeOf)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("l1: StakingRegistry.stakeOf(%s): %w", a, err)
	}
	sv.stakes[a] = st
	return st, nil
}

func (p *Poster) totalStake(ctx context.Context, sv *stakeView) (*big.Int, error) {
	if sv.total != nil {
		return sv.total, nil
	}
	c, cancel := p.rctx(ctx)
	total, err := viewCall(c, p.client, p.cfg.StakingRegistry, p.staking.PackTotalStake(), sv.block, p.staking.UnpackTotalStake)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("l1: StakingRegistry.totalStake: %w", err)
	}
	sv.total = total
	return total, nil
}

// certify builds b's certificate at sv's block. It returns nil (and no
// error) while the certificate falls short of 2/3 of the stake, logging
// the wait when logWait is set (b is the next batch to post).
func (p *Poster) certify(ctx context.Context, sv *stakeView, b *batch.Record, logWait bool) (*readyCommit, error) {
	rc := &readyCommit{b: b}
	idx := b.Header.BatchIndex
	var err error
	if p.cfg.BLSRegistry != (common.Address{}) {
		if rc.bc, err = p.blsCertificate(ctx, sv.block, b); err != nil || rc.bc == nil {
			return nil, err
		}
		bc := rc.bc
		rc.signed, rc.total, rc.nsig, rc.cert = bc.signed, bc.total, bc.signers, bc.cert
		if bc.dropped > 0 || bc.extra > 0 {
			p.log.Debug("BLS signatures left out of the certificate", "batch", idx, "invalid", bc.dropped, "outside_the_set", bc.extra)
		}
	} else {
		if rc.sigs, rc.signed, rc.total, err = p.certificate(ctx, sv, b); err != nil {
			return nil, err
		}
		rc.nsig, rc.cert = len(rc.sigs), contracts.Certificate(rc.sigs)
	}
	if rc.total.Sign() == 0 || new(big.Int).Mul(rc.signed, big.NewInt(3)).Cmp(new(big.Int).Mul(rc.total, big.NewInt(2))) < 0 {
		if logWait {
			args := []any{"signed_stake", rc.signed, "total_stake", rc.total, "signers", rc.nsig, "signatures", len(b.Signatures), "bls", rc.bc != nil}
			if rc.bc != nil && len(rc.bc.invalid) > 0 {
				// Consensus counted them; L1 will not (the batch is attested
				// again after reattest_after_s: protocol.md 9.4).
				args = append(args, "bls_invalid_signers", rc.bc.invalid)
			}
			p.waiting(idx, "signatures of L1 stake short of 2/3", args...)
		}
		return nil, nil
	}
	return rc, nil
}

// commit sends run (consecutive batches from nextBatchIndex) as one
// commitBatch, or one commitBatches for several. progressed: the chain
// moved on (by this transaction or another poster's). retry: a run of
// several failed for a reason that may be one batch's, worth trying the
// first alone.
func (p *Poster) commit(ctx context.Context, run []*readyCommit) (progressed, retry bool, err error) {
	next := run[0].b.Header.BatchIndex
	last := next + uint64(len(run)) - 1
	var data []byte
	if len(run) == 1 {
		b := run[0].b
		data = p.rollup.PackCommitBatch(bindings.BatchHeader(b.Header), b.PubData, run[0].cert, p.cfg.Launch)
	} else {
		hs := make([]bindings.BatchHeader, len(run))
		pds, certs := make([][]byte, len(run)), make([][]byte, len(run))
		for i, rc := range run {
			hs[i], pds[i], certs[i] = bindings.BatchHeader(rc.b.Header), rc.b.PubData, rc.cert
		}
		data = p.rollup.PackCommitBatches(hs, pds, certs, p.cfg.Launch)
	}
	designated := run[0].b.Poster == p.cfg.Self
	pubdata := 0
	for _, rc := range run {
		pubdata += len(rc.b.PubData)
	}
	p.log.Info("posting batch", "batch", next, "batches", len(run), "designated", designated, "signers", run[0].nsig,
		"signed_stake", run[0].signed, "total_stake", run[0].total, "pubdata_bytes", pubdata, "bls", run[0].bc != nil)
	rcpt, err := p.txm.Send(ctx, p.cfg.Rollup, data, nil)
	if rcpt != nil {
		p.m.PostGasUsed.Add(float64(rcpt.GasUsed))
	}
	switch {
	case err == nil:
		p.budget.ok(p.log)
		rewards := p.cfg.RewardPool != (common.Address{}) || p.cfg.NodeBounty != (common.Address{})
		var records map[uint64]bindings.BatchRecord
		if rewards {
			records = commitRecords(rcpt)
		}
		for _, rc := range run {
			idx := rc.b.Header.BatchIndex
			p.hold[idx] = p.now().Add(p.cfg.RetryAfter)
			if rewards {
				rec, ok := records[idx]
				if !ok {
					p.log.Error("the commit's receipt lacks the batch's BatchCommitted event; leaving its rewards", "batch", idx, "tx", rcpt.TxHash)
					continue
				}
				signers := make([]common.Address, len(rc.sigs))
				for k, sg := range rc.sigs {
					signers[k] = sg.Signer
				}
				sort.Slice(signers, func(a, b int) bool { return bytes.Compare(signers[a][:], signers[b][:]) < 0 })
				p.posted[idx] = postedBatch{header: rc.b.Header.Hash(), record: rec, signers: signers, block: rcpt.BlockNumber, bls: rc.bc}
			}
		}
		p.m.BatchesPosted.Add(float64(len(run)))
		p.m.PostTxs.Inc()
		p.m.LastPostedBatch.Set(float64(last))
		p.log.Info("batch posted", "batch", next, "last", last, "tx", rcpt.TxHash, "block", rcpt.BlockNumber, "gas_used", rcpt.GasUsed)
		return true, false, nil
	case IsRevert(err, "BatchOutOfOrder"):
		p.log.Info("batch posted by another validator first", "batch", next, "gas_spent", rcpt != nil)
		return true, false, nil
	case run[0].bc != nil && IsRevert(err, "WrongEpoch"):
		// The epoch turned between reading the set and the commit: the
		// same signatures aggregate again over the new epoch's set.
		p.log.Info("the epoch turned under a BLS certificate; rebuilding it", "batch", next, "epoch", run[0].bc.epoch)
		return false, false, nil
	case IsRevert(err, "WrongLaunch"):
		return false, false, fmt.Errorf("%w: Rollup %s refused batch %d of launch %s", ErrForeignLaunch, p.cfg.Rollup, next, p.cfg.Launch)
	case ctx.Err() != nil:
		return false, false, nil
	case errors.Is(err, ErrBudgetExceeded):
		// Not a failure of the batch: wait for the budget, logging once.
		p.hold[next] = p.now().Add(p.cfg.RetryAfter)
		p.budget.refused(p.log, "posting batches", next, err)
		return false, false, nil
	}
	p.m.PostFailures.Inc()
	if len(run) > 1 {
		p.log.Warn("posting batches failed", "batch", next, "last", last, "err", err)
		return false, true, nil
	}
	p.hold[next] = p.now().Add(p.cfg.RetryAfter)
	p.log.Error("posting batch failed; retrying later", "batch", next, "retry_in", p.cfg.RetryAfter, "err", err)
	return false, false, nil
}

// certificate keeps the batch's valid signatures by signers with stake in
// the current epoch (read at sv's block), one per signer, and returns them
// with the stake they hold and the total stake.
func (p *Poster) certificate(ctx context.Context, sv *stakeView, b *batch.Record) ([]batch.Signature, *big.Int, *big.Int, error) {
	digest := batch.AttestationDigest(p.chainID, p.cfg.Rollup, p.cfg.Launch, b.Header)
	signed := new(big.Int)
	seen := map[common.Address]bool{}
	var keep []batch.Signature
	var invalid, unstaked int
	for _, s := range b.Signatures {
		signer, err := recoverSigner(digest, s.Sig)
		if err != nil || signer != s.Signer {
			invalid++
			continue
		}
		if seen[signer] {
			continue
		}
		seen[signer] = true
		stake, err := p.stakeOf(ctx, sv, signer)
		if err != nil {
			return nil, nil, nil, err
		}
		if stake.Sign() == 0 {
			unstaked++
			continue
		}
		signed.Add(signed, stake)
		keep = append(keep, batch.Signature{Signer: signer, Sig: s.Sig})
	}
	total, err := p.totalStake(ctx, sv)
	if err != nil {
		return nil, nil, nil, err
	}
	if invalid > 0 || unstaked > 0 {
		p.log.Debug("signatures dropped from the certificate", "batch", b.Header.BatchIndex, "invalid", invalid,
			"without_stake", unstaked, "kept", len(keep))
	}
	return keep, signed, total, nil
}

// budgetNote logs the spending budget's refusals once per episode: at warn
// level when the first one comes, at info level when a send gets through
// again.
type budgetNote struct{ waiting bool }

func (b *budgetNote) refused(log *slog.Logger, what string, index uint64, err error) {
	if b.waiting {
		log.Debug("still waiting for the L1 spending budget", "batch", index, "err", err)
		return
	}
	b.waiting = true
	args := []any{"batch", index, "err", err}
	var be *BudgetError
	if errors.As(err, &be) && !be.RetryAt.IsZero() {
		args = append(args, "room_by", be.RetryAt)
	}
	log.Warn(what+" paused: the L1 spending budget (l1.max_spend_per_hour_gwei) is exhausted; retrying", args...)
}

func (b *budgetNote) ok(log *slog.Logger) {
	if b.waiting {
		b.waiting = false
		log.Info("the L1 spending budget has room again")
	}
}
