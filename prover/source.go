package prover

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/mycel-network/mycel/ledger"
)

// ErrNoJob is returned by a JobSource when no batch waits for a proof.
var ErrNoJob = errors.New("prover: no batch to prove")

// JobSource hands out executed batches to prove. Several provers may share
// one source (a node's RPC): Claim gives each batch to one claimant at a
// time, and a claim that is neither completed nor failed expires so that
// another prover can take it.
type JobSource interface {
	// Claim returns the next batch without a proof, or ErrNoJob. The
	// batch's Claim names this claim: Release and the proof's Claim must
	// repeat it.
	Claim(ctx context.Context) (*Batch, error)
	// Release gives a claimed batch back (the prover failed or stops).
	Release(ctx context.Context, batchIndex uint64, claim string) error
}

// ProofSink receives finished proofs: whoever submits them to L1. A proof
// carries the Claim of the batch it proves.
type ProofSink interface {
	Submit(ctx context.Context, p *BatchProof) error
}

// BatchSpec locates a batch in a ledger store: the blocks after FromHeight
// up to and including ToHeight. DepositStart is the L1 queue position of
// the batch's first deposit (the previous batch's DepositEnd).
type BatchSpec struct {
	Index        uint64 `json:"index"`
	FromHeight   uint64 `json:"from_height"`
	ToHeight     uint64 `json:"to_height"`
	DepositStart uint64 `json:"deposit_start"`
}

// BatchFromStore builds a Batch from a ledger store that has committed
// spec.ToHeight: the blocks' transactions and pre-state proofs (at
// FromHeight) of every leaf they touch. Keys are never re-bound, so the
// account a deposit credited is the store's current index of its key.
func BatchFromStore(s *ledger.Store, spec BatchSpec) (*Batch, error) {
	if spec.ToHeight <= spec.FromHeight || spec.ToHeight > s.Height() {
		return nil, fmt.Errorf("prover: batch blocks (%d, %d] not available (store at %d)", spec.FromHeight, spec.ToHeight, s.Height())
	}
	pre, err := s.Block(spec.FromHeight)
	if err != nil {
		return nil, err
	}
	post, err := s.Block(spec.ToHeight)
	if err != nil {
		return nil, err
	}
	b := &Batch{
		ChainID: s.ChainID(), Depth: s.Depth(), Index: spec.Index,
		FirstBlock: spec.FromHeight + 1, LastBlock: spec.ToHeight,
		PrevRoot: pre.Root, NewRoot: post.Root,
		DepositStart: spec.DepositStart, DepositEnd: spec.DepositStart,
	}
	touched := map[uint32]bool{ledger.FeeVaultIndex: true}
	for h := spec.FromHeight + 1; h <= spec.ToHeight; h++ {
		br, err := s.Block(h)
		if err != nil {
			return nil, err
		}
		for _, raw := range br.Txs {
			tx, err := ledger.DecodeTx(raw)
			if err != nil {
				return nil, fmt.Errorf("prover: block %d: %w", h, err)
			}
			bt := BatchTx{Tx: raw}
			switch tx.Type {
			case ledger.TxDeposit:
				idx, ok, err := s.AccountIndex(tx.PubKey)
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, fmt.Errorf("prover: block %d: deposit key %s has no account", h, tx.PubKey)
				}
				bt.Account = idx
				b.DepositEnd++
			case ledger.TxTransfer:
				bt.Account = tx.From
				touched[tx.To] = true
			default:
				bt.Account = tx.From
			}
			touched[bt.Account] = true
			b.Txs = append(b.Txs, bt)
		}
	}
	idxs := make([]uint32, 0, len(touched))
	for i := range touched {
		idxs = append(idxs, i)
	}
	sort.Slice(idxs, func(i, j int) bool { return idxs[i] < idxs[j] })
	bal := map[uint32]uint64{}
	for _, i := range idxs {
		p, err := s.ProofAt(i, spec.FromHeight)
		if err != nil {
			return nil, err
		}
		b.Proofs = append(b.Proofs, NewLeafProof(p))
		bal[i] = p.Account.Balance
	}
	// A forced exit's amount is the balance its account had at that point
	// of the batch: replay the balances (the ledger executed these
	// transactions, so no rule needs checking again).
	for k := range b.Txs {
		tx, _ := ledger.DecodeTx(b.Txs[k].Tx)
		switch tx.Type {
		case ledger.TxDeposit:
			bal[b.Txs[k].Account] += tx.Amount
		case ledger.TxTransfer:
			bal[tx.From] -= tx.Amount + tx.Fee
			bal[tx.To] += tx.Amount
		case ledger.TxWithdraw:
			bal[tx.From] -= tx.Amount + tx.Fee
		case ledger.TxForcedExit:
			b.Txs[k].Amount = bal[tx.From]
			bal[tx.From] = 0
		}
	}
	return b, nil
}
