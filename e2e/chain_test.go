package e2e

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// Contract bindings (stateless packers and unpackers).
var (
	rollupABI  = bindings.NewRollup()
	stakingABI = bindings.NewStakingRegistry()
)

// ---- L1 ----

// l1Ctx is the context of one L1 read.
func l1Ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 15*time.Second)
}

// l1Call runs a view call at the L1 head and unpacks its result.
func l1Call[T any](n *Net, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	ctx, cancel := l1Ctx()
	defer cancel()
	out, err := n.eth.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// mustL1Call is l1Call that fails the test on error.
func mustL1Call[T any](n *Net, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	n.T.Helper()
	v, err := l1Call(n, to, data, unpack)
	if err != nil {
		n.T.Fatalf("L1 call: %v", err)
	}
	return v
}

// nextBatchIndex is Rollup.nextBatchIndex: the batches committed on L1.
func (n *Net) nextBatchIndex() uint64 {
	n.T.Helper()
	return mustL1Call(n, n.l1.Deployment.Rollup, rollupABI.PackNextBatchIndex(), rollupABI.UnpackNextBatchIndex)
}

// finalizedCount is Rollup.finalizedCount: the batches proven on L1.
func (n *Net) finalizedCount() uint64 {
	n.T.Helper()
	return mustL1Call(n, n.l1.Deployment.Rollup, rollupABI.PackFinalizedCount(), rollupABI.UnpackFinalizedCount)
}

// waitCommitted waits until L1 has committed batch idx.
func (n *Net) waitCommitted(idx uint64, within time.Duration) {
	n.T.Helper()
	n.WaitFor(fmt.Sprintf("batch %d committed on L1", idx), within, func() (bool, string) {
		c, err := l1Call(n, n.l1.Deployment.Rollup, rollupABI.PackNextBatchIndex(), rollupABI.UnpackNextBatchIndex)
		return err == nil && c > idx, fmt.Sprintf("nextBatchIndex %d, err %v", c, err)
	})
}

// waitFinalized waits until L1 has finalized batch idx.
func (n *Net) waitFinalized(idx uint64, within time.Duration) {
	n.T.Helper()
	n.WaitFor(fmt.Sprintf("batch %d finalized on L1", idx), within, func() (bool, string) {
		c, err := l1Call(n, n.l1.Deployment.Rollup, rollupABI.PackFinalizedCount(), rollupABI.UnpackFinalizedCount)
		return err == nil && c > idx, fmt.Sprintf("finalizedCount %d, err %v", c, err)
	})
}

// logs returns the logs of contract addr from block 0 to the head.
func (n *Net) logs(addr common.Address) []types.Log {
	n.T.Helper()
	ctx, cancel := l1Ctx()
	defer cancel()
	logs, err := n.eth.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{addr}})
	if err != nil {
		n.T.Fatalf("L1 logs of %s: %v", addr, err)
	}
	return logs
}

// batchCommittedEvents returns the Rollup's BatchCommitted events, oldest
// first.
func (n *Net) batchCommittedEvents() []*bindings.RollupBatchCommitted {
	n.T.Helper()
	var out []*bindings.RollupBatchCommitted
	for _, l := range n.logs(n.l1.Deployment.Rollup) {
		if ev, err := rollupABI.UnpackBatchCommittedEvent(&l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// batchFinalizedEvents returns the Rollup's BatchFinalized events, oldest
// first.
func (n *Net) batchFinalizedEvents() []*bindings.RollupBatchFinalized {
	n.T.Helper()
	var out []*bindings.RollupBatchFinalized
	for _, l := range n.logs(n.l1.Deployment.Rollup) {
		if ev, err := rollupABI.UnpackBatchFinalizedEvent(&l); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// txManager returns a transaction manager sending from key on L1.
func (n *Net) txManager(key *ecdsa.PrivateKey) *l1.TxManager {
	n.T.Helper()
	cfg := l1.DefaultTxManagerConfig()
	cfg.ChainID = new(big.Int).SetUint64(n.l1.ChainID)
	cfg.PollInterval = 250 * time.Millisecond
	cfg.ReceiptTimeout = 2 * time.Minute
	m, err := l1.NewTxManager(cfg, n.eth, key, slog.New(slog.DiscardHandler), l1.NopMetrics())
	if err != nil {
		n.T.Fatal(err)
	}
	return m
}

// send sends an L1 transaction and waits for its receipt.
func send(m *l1.TxManager, to common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	return m.Send(ctx, to, data, value)
}

// l1Head is the L1 head block number.
func (n *Net) l1Head() uint64 {
	n.T.Helper()
	ctx, cancel := l1Ctx()
	defer cancel()
	h, err := n.eth.BlockNumber(ctx)
	if err != nil {
		n.T.Fatalf("L1 head: %v", err)
	}
	return h
}

// balanceAt is the L1 balance of addr at the head.
func (n *Net) balanceAt(addr common.Address) *big.Int {
	n.T.Helper()
	ctx, cancel := l1Ctx()
	defer cancel()
	b, err := n.eth.BalanceAt(ctx, addr, nil)
	if err != nil {
		n.T.Fatalf("L1 balance of %s: %v", addr, err)
	}
	return b
}

// ether returns x ETH in wei.
func ether(x int64) *big.Int { return new(big.Int).Mul(big.NewInt(x), big.NewInt(1e18)) }

// ---- L2 ----

// rollupStatus is mycel_rollupStatus of node i.
func (n *Net) rollupStatus(i int) consensus.RollupStatus {
	n.T.Helper()
	var st consensus.RollupStatus
	n.MustCall(i, &st, "mycel_rollupStatus")
	return st
}

// batch is mycel_getBatch of node i; ok is false while the batch is not
// closed (or the node does not answer).
func (n *Net) batch(i int, idx uint64) (node.BatchResult, bool) {
	var b node.BatchResult
	err := n.Call(i, &b, "mycel_getBatch", idx)
	return b, err == nil
}

// waitCertified waits until node i has batch idx closed and certified.
func (n *Net) waitCertified(i int, idx uint64, within time.Duration) node.BatchResult {
	n.T.Helper()
	var b node.BatchResult
	n.WaitFor(fmt.Sprintf("batch %d certified (node%d)", idx, i), within, func() (bool, string) {
		var ok bool
		b, ok = n.batch(i, idx)
		return ok && b.Certified, fmt.Sprintf("closed %v, certified %v", ok, b.Certified)
	})
	return b
}

// batchOf waits until node i has closed and certified the batch holding L2
// block height and returns it.
func (n *Net) batchOf(i int, height uint64, within time.Duration) node.BatchResult {
	n.T.Helper()
	var found node.BatchResult
	n.WaitFor(fmt.Sprintf("the batch of block %d certified (node%d)", height, i), within, func() (bool, string) {
		for idx := uint64(0); ; idx++ {
			b, ok := n.batch(i, idx)
			if !ok {
				return false, fmt.Sprintf("batches 0-%d closed, none holds it", int64(idx)-1)
			}
			if b.Header.FirstBlock <= height && height <= b.Header.LastBlock {
				found = b
				return b.Certified, fmt.Sprintf("batch %d closed, not certified", idx)
			}
		}
	})
	return found
}

// nonce returns the next nonce of test account a, read from node i the
// first time and counted here after.
func (n *Net) nonce(i, a int) uint64 {
	n.T.Helper()
	if v, ok := n.nonces[a]; ok {
		return v
	}
	var acc node.AccountResult
	n.MustCall(i, &acc, "mycel_getAccount", n.Accts[a].Index)
	return acc.Account.Nonce
}

// transfer sends amount gwei from test account `from` to test account `to`
// through node i and returns the transaction's hash.
func (n *Net) transfer(i, from, to int, amount uint64) common.Hash {
	n.T.Helper()
	nonce := n.nonce(i, from)
	h := n.sendTx(i, n.Transfer(from, to, amount, 10, nonce))
	n.nonces[from] = nonce + 1
	return h
}

// sendTx submits a signed L2 transaction to node i.
func (n *Net) sendTx(i int, tx *ledger.Tx) common.Hash {
	n.T.Helper()
	var h common.Hash
	n.MustCall(i, &h, "mycel_sendRawTransaction", hexutil.Bytes(tx.Encode()))
	return h
}

// traffic commits one transfer through node i and returns the certified
// batch that holds it.
func (n *Net) traffic(i, from, to int) node.BatchResult {
	n.T.Helper()
	r := n.WaitReceipt(i, n.transfer(i, from, to, 1), time.Minute)
	return n.batchOf(i, uint64(*r.Height), 2*time.Minute)
}

// hasSigner reports whether the operator list shows signer with power.
func hasSigner(ops []consensus.OperatorStatus, signer string) bool {
	for _, op := range ops {
		if op.Power > 0 && common.HexToAddress(signer) == op.Signer {
			return true
		}
	}
	return false
}

// commitOf is batch idx's accepted commit on L1 (its BatchCommitted
// event): claimWithdrawal takes its header hash and record.
func (n *Net) commitOf(rollup common.Address, idx uint64) *l1.Commit {
	n.T.Helper()
	ctx, cancel := l1Ctx()
	defer cancel()
	c, err := l1.FindCommit(ctx, n.eth, rollup, idx, 0)
	if err != nil {
		n.T.Fatalf("batch %d's commit: %v", idx, err)
	}
	return c
}
