package consensus

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/batch"
)

// Attestations: a validator signs the closed batch in its vote extension,
// the next proposer collects a >= 2/3 certificate, every validator checks it,
// and conflicting attestations are evidence for the Slasher
// (docs/protocol.md section 9.4).

type attKey struct {
	signer common.Address
	batch  uint64
}

// digest is the EIP-712 digest of h for this chain's Rollup and launch.
func (r *RollupChain) digest(h batch.Header) common.Hash {
	return batch.AttestationDigest(new(big.Int).SetUint64(r.p.ChainID), r.p.Rollup, r.launch, h)
}

// blsMode reports whether the Rollup takes BLS certificates (the genesis
// names its BLSRegistry): then only attestations with a BLS part count
// toward a certificate's 2/3, since the poster can put only those on L1
// (ADR 031). Attestations without one are kept in the certificate all the
// same (they are evidence, and cost nothing).
func (r *RollupChain) blsMode() bool { return r.p.BLSRegistry != (common.Address{}) }

// collect returns the certificate for rec from the extended votes, or nil
// if the attestations do not reach 2/3 of the voting power: the signatures
// in ascending signer order and, when any vote carried one, each signer's
// BLS part (empty for those without; nil when none has one).
func (r *RollupChain) collect(st *rollupState, rec *batch.Record, votes []abci.ExtendedVoteInfo) ([][]byte, [][]byte) {
	digest := r.digest(rec.Header)
	type entry struct {
		signer common.Address
		sig    []byte
		bls    []byte
	}
	var got []entry
	var signed int64
	seen := map[common.Address]bool{}
	for _, v := range votes {
		if len(v.VoteExtension) == 0 {
			continue
		}
		a, err := DecodeExtension(v.VoteExtension)
		if err != nil || a.Header != rec.Header {
			continue
		}
		signer, ok := st.cometSigner(v.Validator.Address)
		if !ok || seen[signer] || st.Operators[signer].Power == 0 {
			// No power any more (left at this epoch; CometBFT still
			// counts it for two heights): checkCert would refuse it.
			continue
		}
		if who, err := RecoverAttestor(digest, a.Sig); err != nil || who != signer {
			continue
		}
		seen[signer] = true
		e := entry{signer: signer, sig: a.Sig}
		if len(a.BLS) > 0 && CheckBLSPart(digest, a.BLS, signer) == nil {
			e.bls = a.BLS
		}
		if !r.blsMode() || e.bls != nil {
			signed += st.Operators[signer].Power
		}
		got = append(got, e)
	}
	if total := st.totalPower(); total == 0 || signed*3 < total*2 {
		return nil, nil
	}
	sort.Slice(got, func(i, j int) bool { return bytes.Compare(got[i].signer[:], got[j].signer[:]) < 0 })
	sigs := make([][]byte, len(got))
	var bls [][]byte
	for i, e := range got {
		sigs[i] = e.sig
		if e.bls != nil {
			if bls == nil {
				bls = make([][]byte, len(got))
			}
			bls[i] = e.bls
		}
	}
	if bls != nil {
		for i := range bls {
			if bls[i] == nil {
				bls[i] = []byte{}
			}
		}
	}
	return sigs, bls
}

func (r *RollupChain) checkCert(st *rollupState, sys *SysTx) error {
	if sys.CertBatch != st.Uncertified || st.Uncertified >= st.NextBatch {
		return fmt.Errorf("certificate for batch %d, the batch awaiting one is %d (next %d)", sys.CertBatch, st.Uncertified, st.NextBatch)
	}
	rec, ok, err := r.Batch(sys.CertBatch)
	if err != nil || !ok {
		return fmt.Errorf("certificate: batch %d record: %v", sys.CertBatch, err)
	}
	digest := r.digest(rec.Header)
	var signed int64
	var prev common.Address
	for i, sig := range sys.Sigs {
		who, err := RecoverAttestor(digest, sig)
		if err != nil {
			return fmt.Errorf("certificate signature %d: %w", i, err)
		}
		if i > 0 && bytes.Compare(who[:], prev[:]) <= 0 {
			return fmt.Errorf("certificate signature %d: signers not strictly ascending", i)
		}
		prev = who
		op, ok := st.Operators[who]
		if !ok || op.Power == 0 {
			return fmt.Errorf("certificate signature %d: %s is not a validator", i, who)
		}
		hasBLS := i < len(sys.BLS) && len(sys.BLS[i]) > 0
		if hasBLS {
			if err := CheckBLSPart(digest, sys.BLS[i], who); err != nil {
				return fmt.Errorf("certificate signature %d: %w", i, err)
			}
		}
		if !r.blsMode() || hasBLS {
			signed += op.Power
		}
	}
	if total := st.totalPower(); signed*3 < total*2 {
		return fmt.Errorf("certificate: %d of %d power, want 2/3", signed, total)
	}
	return nil
}

// extendVote returns this validator's attestation of the oldest
// uncertified batch, or nothing.
func (r *RollupChain) extendVote() []byte {
	if r.cfg.Signer == nil {
		return nil
	}
	st := r.committed()
	if st.Uncertified >= st.NextBatch {
		return nil
	}
	rec, ok, err := r.Batch(st.Uncertified)
	if err != nil || !ok {
		r.log.Error("no record of the batch to attest", "batch", st.Uncertified, "err", err)
		return nil
	}
	a, err := SignAttestation(r.cfg.Signer, r.p.ChainID, r.p.Rollup, r.launch, rec.Header)
	if err != nil {
		r.log.Error("attestation", "batch", rec.Index, "err", err)
		return nil
	}
	if r.cfg.BLSKey != nil {
		if a.BLS, err = SignBLSPart(r.cfg.Signer, r.cfg.BLSKey, r.digest(rec.Header)); err != nil {
			r.log.Error("BLS attestation", "batch", rec.Index, "err", err)
			return nil
		}
	}
	return EncodeExtension(a)
}

// verifyExtension checks a validator's vote extension: empty, or an
// attestation of the batch awaiting a certificate signed by that
// validator's key. A validly signed attestation of another header for the
// same batch is kept as equivocation evidence.
func (r *RollupChain) verifyExtension(validator []byte, ext []byte) error {
	if len(ext) == 0 {
		return nil
	}
	a, err := DecodeExtension(ext)
	if err != nil {
		return err
	}
	st := r.committed()
	signer, ok := st.cometSigner(validator)
	if !ok {
		return fmt.Errorf("validator %X is not an operator", validator)
	}
	who, err := RecoverAttestor(r.digest(a.Header), a.Sig)
	if err != nil {
		return err
	}
	if who != signer {
		return fmt.Errorf("%w: signed by %s, validator is %s", ErrWrongAttestor, who, signer)
	}
	if len(a.BLS) > 0 {
		if err := CheckBLSPart(r.digest(a.Header), a.BLS, signer); err != nil {
			return err
		}
	}
	r.observe(batch.Attestation{Header: a.Header, Sig: a.Sig}, who)
	if st.Uncertified >= st.NextBatch {
		return errors.New("no batch awaits attestation")
	}
	rec, ok, err := r.Batch(st.Uncertified)
	if err != nil || !ok {
		return fmt.Errorf("batch %d record: %v", st.Uncertified, err)
	}
	if a.Header != rec.Header {
		return fmt.Errorf("%w: batch %d", ErrConflictingVote, a.Header.BatchIndex)
	}
	return nil
}

// ObserveAttestation takes an attestation seen anywhere (a vote extension,
// a certificate, an RPC report). Two attestations of different headers for
// one batch index by one operator key are equivocation evidence, handed to
// OnEquivocation once per (key, batch).
func (r *RollupChain) ObserveAttestation(a batch.Attestation) (common.Address, error) {
	who, err := RecoverAttestor(r.digest(a.Header), a.Sig)
	if err != nil {
		return common.Address{}, err
	}
	st := r.committed()
	if _, ok := st.Operators[who]; !ok {
		return who, fmt.Errorf("attestation signer %s is not an operator", who)
	}
	// An operator's attestation of the recorded header is in the
	// certificate; add it so a conflicting report can pair with it.
	if rec, ok, _ := r.Batch(a.Header.BatchIndex); ok {
		for _, s := range rec.Signatures {
			if s.Signer == who {
				r.observe(batch.Attestation{Header: rec.Header, Sig: s.Sig}, who)
			}
		}
	}
	r.observe(a, who)
	return who, nil
}

func (r *RollupChain) observe(a batch.Attestation, who common.Address) {
	k := attKey{who, a.Header.BatchIndex}
	r.mu.Lock()
	list := r.seen[k]
	for _, x := range list {
		if x.Header == a.Header {
			r.mu.Unlock()
			return
		}
	}
	r.seen[k] = append(list, a)
	var evidence []batch.Attestation
	if len(r.seen[k]) == 2 && !r.slashed[k] {
		r.slashed[k] = true
		evidence = append([]batch.Attestation{}, r.seen[k]...)
	}
	// Bound memory: forget attestations far below the open batch.
	if len(r.seen) > 4096 {
		for kk := range r.seen {
			if kk.batch+64 < r.st.NextBatch {
				delete(r.seen, kk)
			}
		}
	}
	r.mu.Unlock()
	if evidence != nil {
		r.log.Warn("equivocation: two attestations for one batch by one key", "signer", who, "batch", a.Header.BatchIndex)
		if r.cfg.OnEquivocation != nil {
			r.cfg.OnEquivocation(evidence[0], evidence[1])
		}
	}
}
