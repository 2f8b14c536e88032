package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/ledger"
)

// Rebuilding the L2 state from L1 alone: the way out when no operator will
// serve a Merkle proof. Every finalized batch's public data is in the
// calldata of the commitBatch (or commitBatches) transaction the Rollup accepted, and the
// Rollup stores the hash of the header it accepted, so L1 holds everything
// an account needs to prove its leaf against the last finalized root
// (ADR 010).

// ChainReader is what reading the Rollup's history needs from an L1 client
// (an ethclient.Client).
type ChainReader interface {
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
	TransactionByHash(ctx context.Context, hash common.Hash) (*types.Transaction, bool, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error)
}

// ProvenBatch is a finalized batch read from L1: the header the Rollup
// accepted and the public data its proof covers.
type ProvenBatch struct {
	Header  batch.Header
	PubData []byte
}

// ErrHistory is returned when L1's records of the Rollup do not form the
// history they must (a committed header that no commit transaction
// carries, public data that does not match its commitment).
var ErrHistory = errors.New("l1: the Rollup's history on L1 is inconsistent")

// FinalizedBatches reads the header and public data of every batch the
// Rollup at rollup has finalized, in order, from L1 alone: for each index
// below finalizedCount, the commit transaction (commitBatch, or one of a
// commitBatches' batches) whose header hashes to
// what the Rollup stores (a batch re-committed after a revert has several
// candidates; only the accepted one matches). fromBlock bounds the log
// scan (the Rollup's deployment block, or 0).
func FinalizedBatches(ctx context.Context, c ChainReader, rollup common.Address, fromBlock uint64) ([]ProvenBatch, error) {
	r := bindings.NewRollup()
	call := func(data []byte) ([]byte, error) {
		return c.CallContract(ctx, ethereum.CallMsg{To: &rollup, Data: data}, nil)
	}
	out, err := call(r.PackFinalizedCount())
	if err != nil {
		return nil, fmt.Errorf("l1: finalizedCount: %w", err)
	}
	fc, err := r.UnpackFinalizedCount(out)
	if err != nil {
		return nil, err
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(fromBlock), Addresses: []common.Address{rollup},
		Topics: [][]common.Hash{{contracts.BatchCommittedTopic}},
	})
	if err != nil {
		return nil, fmt.Errorf("l1: BatchCommitted logs: %w", err)
	}
	type candidate struct {
		tx     common.Hash
		record bindings.BatchRecord
	}
	candidates := map[uint64][]candidate{} // batch index -> commit transactions
	for i := range logs {
		ev, err := r.UnpackBatchCommittedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		candidates[ev.BatchIndex] = append(candidates[ev.BatchIndex], candidate{logs[i].TxHash, ev.Record})
	}
	// A commitBatches transaction carries several batches: fetch and
	// decode each transaction once (nil: not a readable commit).
	decoded := map[common.Hash][]contracts.CommitCall{}
	commitsOf := func(txh common.Hash) ([]contracts.CommitCall, error) {
		if calls, ok := decoded[txh]; ok {
			return calls, nil
		}
		tx, _, err := c.TransactionByHash(ctx, txh)
		if err != nil {
			return nil, err
		}
		calls, err := contracts.DecodeCommits(tx.Data())
		if err != nil {
			calls = nil // committed through another contract: not readable here
		}
		decoded[txh] = calls
		return calls, nil
	}
	res := make([]ProvenBatch, 0, fc)
	for i := uint64(0); i < fc; i++ {
		out, err := call(r.PackCommitments(new(big.Int).SetUint64(i)))
		if err != nil {
			return nil, fmt.Errorf("l1: commitments(%d): %w", i, err)
		}
		stored, err := r.UnpackCommitments(out)
		if err != nil {
			return nil, err
		}
		var found *ProvenBatch
		for _, cd := range candidates[i] {
			txh := cd.tx
			calls, err := commitsOf(txh)
			if err != nil {
				return nil, fmt.Errorf("l1: commit transaction %s of batch %d: %w", txh, i, err)
			}
			var h batch.Header
			var pd []byte
			matched := false
			for _, cc := range calls {
				h = batch.Header(cc.Header)
				if h.BatchIndex == i && contracts.BatchCommitment(h.Hash(), cd.record) == common.Hash(stored) {
					pd, matched = cc.PubData, true
					break
				}
			}
			if !matched {
				continue // an earlier commit of this index, reverted since
			}
			if err := h.CheckPubData(pd); err != nil {
				return nil, fmt.Errorf("%w: batch %d: the public data does not match its header: %v", ErrHistory, i, err)
			}
			found = &ProvenBatch{Header: h, PubData: pd}
			break
		}
		if found == nil {
			return nil, fmt.Errorf("%w: batch %d: no commit transaction carries the header the Rollup stores", ErrHistory, i)
		}
		res = append(res, *found)
	}
	return res, nil
}

// RebuildState replays the finalized batches on a fresh ledger store of the
// L2 genesis g, one block per batch, checking every batch's new root, and
// returns the store at the last finalized root (which the escape hatch pays
// from) and that root. dir is where the store lives ("" with
// ledger.Options{InMemory: true}).
func RebuildState(g *ledger.Genesis, batches []ProvenBatch, dir string, opts ledger.Options) (*ledger.Store, ledger.Hash, error) {
	s, err := ledger.Open(dir, g, opts)
	if err != nil {
		return nil, ledger.Hash{}, err
	}
	root := s.Root()
	for _, b := range batches {
		if b.Header.PrevRoot != root {
			s.Close()
			return nil, ledger.Hash{}, fmt.Errorf("%w: batch %d starts at root %x, the state is at %s", ErrHistory, b.Header.BatchIndex, b.Header.PrevRoot, root)
		}
		blk, err := s.NewBlock()
		if err != nil {
			s.Close()
			return nil, ledger.Hash{}, err
		}
		if err := blk.ApplyPubData(b.PubData); err != nil {
			blk.Discard()
			s.Close()
			return nil, ledger.Hash{}, fmt.Errorf("batch %d: %w", b.Header.BatchIndex, err)
		}
		if root, err = blk.Commit(); err != nil {
			s.Close()
			return nil, ledger.Hash{}, err
		}
		if root != b.Header.NewRoot {
			s.Close()
			return nil, ledger.Hash{}, fmt.Errorf("%w: batch %d replays to root %s, its header says %x", ErrHistory, b.Header.BatchIndex, root, b.Header.NewRoot)
		}
	}
	return s, root, nil
}
