package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
)

// BLS certificates (ADR 031): when the Rollup's certifier is the
// BLSRegistry (PosterConfig.BLSRegistry), the poster aggregates the BLS
// signatures that the batch record keeps beside the ECDSA ones into one
// signature over the current epoch's published set.

// blsSet is an epoch's published BLS set as the poster uses it.
type blsSet struct {
	keys   []*minsig.PublicKey
	stakes []*big.Int
	index  map[common.Address]int // consensus signer -> set index
}

// blsCert is a BLS certificate ready for commitBatch.
type blsCert struct {
	epoch          uint64
	bitmap         []byte
	cert           []byte
	signers        int
	signed, total  *big.Int
	dropped, extra int              // BLS signatures that failed, signers outside the set
	invalid        []common.Address // the signers of the BLS signatures that failed
}

// blsCertificate builds b's BLS certificate for the current epoch (read at
// block), publishing the epoch's set first if nobody has (then it returns
// nil: the next round reads the set). A recorded BLS signature counts only
// if its signer is in the set, not excluded, and the signature verifies
// under the set's key for it: a validator can spoil only its own (and a
// certificate left short by one is attested again: protocol.md 9.4).
func (p *Poster) blsCertificate(ctx context.Context, block *big.Int, b *batch.Record) (*blsCert, error) {
	c, cancel := p.rctx(ctx)
	epoch, err := viewCall(c, p.client, p.cfg.BLSRegistry, p.bls.PackCurrentEpoch(), block, p.bls.UnpackCurrentEpoch)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("l1: BLSRegistry.currentEpoch: %w", err)
	}
	c, cancel = p.rctx(ctx)
	info, err := viewCall(c, p.client, p.cfg.BLSRegistry, p.bls.PackBlsSetOf(epoch), block, p.bls.UnpackBlsSetOf)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("l1: BLSRegistry.blsSetOf(%d): %w", epoch, err)
	}
	if info.N.Sign() == 0 {
		p.publishBLSSet(ctx, epoch)
		return nil, nil
	}
	set, err := p.blsSetAt(ctx, block, epoch, int(info.N.Int64()))
	if err != nil {
		return nil, err
	}
	c, cancel = p.rctx(ctx)
	excluded, err := viewCall(c, p.client, p.cfg.BLSRegistry, p.bls.PackExcludedOf(epoch), block, p.bls.UnpackExcludedOf)
	cancel()
	if err != nil {
		return nil, fmt.Errorf("l1: BLSRegistry.excludedOf(%d): %w", epoch, err)
	}
	digest := batch.AttestationDigest(p.chainID, p.cfg.Rollup, p.cfg.Launch, b.Header)
	out := &blsCert{epoch: epoch, bitmap: make([]byte, (len(set.keys)+7)/8), signed: new(big.Int), total: info.Total}
	var sigs []*minsig.Signature
	for _, s := range b.Signatures {
		if len(s.BLS) == 0 {
			continue
		}
		i, ok := set.index[s.Signer]
		if !ok || excluded.Bit(i) == 1 {
			out.extra++
			continue
		}
		if out.bitmap[i/8]&(1<<(i%8)) != 0 {
			continue
		}
		sig, err := minsig.SignatureFromBytes(s.BLS)
		if err != nil || minsig.Verify(set.keys[i], digest[:], sig) != nil {
			out.dropped++
			out.invalid = append(out.invalid, s.Signer)
			if s.Signer == p.cfg.Self && !p.blsKeyWarned {
				p.blsKeyWarned = true
				p.log.Error("this node's BLS signatures do not verify under the key its operator registered: they never count on L1; register the node's key (mycel operator bls-key --home ...)",
					"epoch", epoch, "index", i)
			}
			continue
		}
		out.bitmap[i/8] |= 1 << (i % 8)
		out.signed.Add(out.signed, set.stakes[i])
		sigs = append(sigs, sig)
	}
	out.signers = len(sigs)
	if len(sigs) == 0 {
		return out, nil
	}
	agg, err := minsig.AggregateSignatures(sigs...)
	if err != nil {
		return nil, err
	}
	out.cert = contracts.BLSCertificate(epoch, agg, out.bitmap)
	return out, nil
}

// blsSetAt reads (once per epoch) the n validators of epoch's set: keys,
// stakes, and each one's consensus signer (its owner's, in the
// StakingRegistry).
func (p *Poster) blsSetAt(ctx context.Context, block *big.Int, epoch uint64, n int) (*blsSet, error) {
	if s, ok := p.blsSets[epoch]; ok {
		return s, nil
	}
	s := &blsSet{index: map[common.Address]int{}}
	for i := 0; i < n; i++ {
		c, cancel := p.rctx(ctx)
		v, err := viewCall(c, p.client, p.cfg.BLSRegistry, p.bls.PackValidatorOf(epoch, big.NewInt(int64(i))), block, p.bls.UnpackValidatorOf)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("l1: BLSRegistry.validatorOf(%d, %d): %w", epoch, i, err)
		}
		pk, err := minsig.PublicKeyFromBytes(v.Pk)
		if err != nil {
			return nil, fmt.Errorf("l1: BLS set %d, validator %d: %w", epoch, i, err)
		}
		c, cancel = p.rctx(ctx)
		op, err := viewCall(c, p.client, p.cfg.StakingRegistry, p.staking.PackOperators(v.Owner), block, p.staking.UnpackOperators)
		cancel()
		if err != nil {
			return nil, fmt.Errorf("l1: StakingRegistry.operators(%s): %w", v.Owner, err)
		}
		s.keys = append(s.keys, pk)
		s.stakes = append(s.stakes, v.Stake)
		s.index[op.Signer] = i
	}
	for e := range p.blsSets {
		if e+1 < epoch {
			delete(p.blsSets, e)
		}
	}
	p.blsSets[epoch] = s
	return s, nil
}

// publishBLSSet publishes the current epoch's BLS set (anyone may; the
// set is fixed by the registries' state, not by who sends it).
func (p *Poster) publishBLSSet(ctx context.Context, epoch uint64) {
	p.log.Info("publishing the epoch's BLS set", "epoch", epoch)
	rcpt, err := p.txm.Send(ctx, p.cfg.BLSRegistry, p.bls.PackPublishBLSSet(), nil)
	switch {
	case err == nil:
		p.log.Info("BLS set published", "epoch", epoch, "tx", rcpt.TxHash, "gas_used", rcpt.GasUsed)
	case IsRevert(err, "BLSSetAlreadyPublished"):
	default:
		p.log.Error("publishing the epoch's BLS set failed", "epoch", epoch, "err", err)
	}
}

// distributeBLS pays the rewards of finalized batch i, which this node
// committed with BLS certificate pb.bls: RewardPool.distributeBLS and
// NodeBounty.claimBLS with the certificate's epoch and bitmap, if the
// Rollup's record still names them (else another node's commit replaced
// this one's). It returns ErrBudgetExceeded when the budget stops it (the
// batch stays for a later round).
func (p *Poster) distributeBLS(ctx context.Context, i uint64, pb postedBatch) error {
	idx := new(big.Int).SetUint64(i)
	ok, err := p.committedAs(ctx, i, pb, contracts.BLSSignersHash(pb.bls.epoch, pb.bls.bitmap))
	if err != nil {
		p.log.Error("reading the batch's commit", "batch", i, "err", err)
		return nil
	}
	delete(p.posted, i)
	if !ok {
		p.log.Warn("batch's commit on L1 differs from this node's post; leaving its rewards", "batch", i)
		return nil
	}
	epoch, bitmap := pb.bls.epoch, pb.bls.bitmap
	claim := func(id, idx *big.Int) ([]byte, func([]byte) (*big.Int, *big.Int, error)) {
		return p.bounty.PackClaimBLS(id, idx, pb.header, pb.record, epoch, bitmap), func(out []byte) (*big.Int, *big.Int, error) {
			o, err := p.bounty.UnpackClaimBLS(out)
			return o.Share, o.Payees, err
		}
	}
	if err := p.claimBounties(ctx, i, claim); errors.Is(err, ErrBudgetExceeded) {
		p.posted[i] = pb
		p.budget.refused(p.log, "claiming bounty payments", i, err)
		return err
	}
	if p.cfg.RewardPool == (common.Address{}) {
		return nil
	}
	rcpt, err := p.txm.Send(ctx, p.cfg.RewardPool, p.pool.PackDistributeBLS(idx, pb.header, pb.record, epoch, bitmap), nil)
	switch {
	case errors.Is(err, ErrBudgetExceeded):
		p.posted[i] = pb
		p.budget.refused(p.log, "distributing batch rewards", i, err)
		return err
	case err == nil:
		p.m.RewardsDistributed.Inc()
		p.log.Info("batch rewards distributed", "batch", i, "signers", pb.bls.signers, "bls", true, "tx", rcpt.TxHash)
	case IsRevert(err, "AlreadyDistributed"):
	default:
		p.log.Error("distributing batch rewards failed", "batch", i, "err", err)
	}
	return nil
}
