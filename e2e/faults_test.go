package e2e

import (
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// committedBy returns the L1 sender of the transaction that emitted ev's
// log, as "nodeI" when it is an operator's owner.
func (n *Net) committedBy(txHash common.Hash) string {
	n.T.Helper()
	ctx, cancel := l1Ctx()
	defer cancel()
	tx, _, err := n.eth.TransactionByHash(ctx, txHash)
	if err != nil {
		return fmt.Sprintf("? (%v)", err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
	if err != nil {
		return fmt.Sprintf("? (%v)", err)
	}
	for _, op := range n.l1.Operators {
		if strings.EqualFold(op.Owner, from.Hex()) {
			return op.Node
		}
	}
	return from.Hex()
}

// commits counts the BatchCommitted events of batch idx and names who
// posted them.
func (n *Net) commits(idx uint64) (int, []string) {
	n.T.Helper()
	var by []string
	for _, ev := range n.batchCommittedEvents() {
		if ev.BatchIndex == idx {
			by = append(by, n.committedBy(ev.Raw.TxHash))
		}
	}
	return len(by), by
}

// waitIdle waits until node i has no open or uncertified batch and L1 has
// committed every closed one, so that the next transaction opens batch
// NextBatch. It returns node i's rollup status.
func (n *Net) waitIdle(i int, within time.Duration) (st statusView) {
	n.T.Helper()
	n.WaitFor("no batch in flight", within, func() (bool, string) {
		rs := n.rollupStatus(i)
		c, err := l1Call(n, n.l1.Deployment.Rollup, rollupABI.PackNextBatchIndex(), rollupABI.UnpackNextBatchIndex)
		st = statusView{rs.NextBatch, rs.Uncertified, rs.OpenChunks, c}
		return err == nil && rs.OpenChunks == 0 && rs.Uncertified == rs.NextBatch && c == rs.NextBatch, fmt.Sprintf("%+v", st)
	})
	return st
}

// statusView is the batch pipeline as seen from one node and L1.
type statusView struct {
	NextBatch, Uncertified uint64
	OpenChunks             int
	L1Committed            uint64
}
