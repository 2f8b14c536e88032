package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// LogClient reads contract state and logs.
type LogClient interface {
	CallClient
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Commit is the BatchCommitted event of a batch's accepted commit. The
// Rollup stores only contracts.BatchCommitment(HeaderHash, Record);
// proveBatch takes the Record, claimWithdrawal and the reward contracts
// HeaderHash and the Record.
type Commit struct {
	BatchIndex uint64
	HeaderHash common.Hash
	Record     bindings.BatchRecord
	TxHash     common.Hash
	Block      uint64
}

// ErrNoCommit is returned by FindCommit when the Rollup holds no commit
// of the batch, or no BatchCommitted event in the scanned range matches
// the one it holds.
var ErrNoCommit = errors.New("l1: no matching BatchCommitted event")

// commitScanWindow is the number of blocks FindCommit asks for per
// eth_getLogs call (public RPC endpoints refuse wide ranges).
var commitScanWindow uint64 = 5000 // a variable for the tests

// FindCommit finds the BatchCommitted event of batch idx whose hashes
// make the commitment the Rollup stores for it at the head block (a
// batch committed again after revertBatches has several events; only the
// accepted one matches), scanning back from the head in windows of
// commitScanWindow blocks, down to fromBlock (the Rollup's deployment
// block, or 0). Proofs are usually submitted minutes after the commit, so
// the first window nearly always holds it.
func FindCommit(ctx context.Context, c LogClient, rollup common.Address, idx, fromBlock uint64) (*Commit, error) {
	r := bindings.NewRollup()
	bi := new(big.Int).SetUint64(idx)
	// Every read is of one block, the head: a revert and recommit between
	// two reads cannot pair one commit's stored hash with another's logs.
	head, err := c.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("l1: block number: %w", err)
	}
	if head < fromBlock {
		return nil, fmt.Errorf("%w: batch %d: the head %d is below block %d", ErrNoCommit, idx, head, fromBlock)
	}
	at := new(big.Int).SetUint64(head)
	// Batches from nextBatchIndex on are not committed (never, or reverted:
	// the record of a reverted index stays until it is committed again).
	next, err := viewCall(ctx, c, rollup, r.PackNextBatchIndex(), at, r.UnpackNextBatchIndex)
	if err != nil {
		return nil, fmt.Errorf("l1: Rollup.nextBatchIndex: %w", err)
	}
	if idx >= next {
		return nil, fmt.Errorf("%w: batch %d is not committed (the next is %d)", ErrNoCommit, idx, next)
	}
	stored, err := viewCall(ctx, c, rollup, r.PackCommitments(bi), at, r.UnpackCommitments)
	if err != nil {
		return nil, fmt.Errorf("l1: Rollup.commitments(%d): %w", idx, err)
	}
	for to := head; ; {
		from := fromBlock
		if to >= fromBlock+commitScanWindow {
			from = to - commitScanWindow + 1
		}
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{rollup}, Topics: [][]common.Hash{{contracts.BatchCommittedTopic}, {common.BigToHash(bi)}},
		})
		if err != nil {
			return nil, fmt.Errorf("l1: BatchCommitted logs of blocks %d-%d: %w", from, to, err)
		}
		if e, l, ok := contracts.AcceptedCommit(logs, stored); ok {
			return &Commit{BatchIndex: idx, HeaderHash: e.HeaderHash, Record: e.Record, TxHash: l.TxHash, Block: l.BlockNumber}, nil
		}
		if from <= fromBlock {
			return nil, fmt.Errorf("%w: batch %d, blocks %d-%d", ErrNoCommit, idx, fromBlock, head)
		}
		to = from - 1
	}
}
