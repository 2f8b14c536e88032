package agent

import (
	"context"
	"crypto/sha256"
	"fmt"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/ledger"
)

// fakeNode serves the parts of the node's JSON-RPC (docs/rpc.md) that the
// L2 half of the Client uses, over a real ledger store in memory: every
// sent transaction is applied in a block of its own at once, so proofs
// and refusals are the ledger's own. Hooks inject what the ledger alone
// does not produce (mempool refusals, dropped or tampered answers).
type fakeNode struct {
	t     testing.TB
	store *ledger.Store

	mu       sync.Mutex
	receipts map[common.Hash]rpcReceipt
	sends    int
	// sendErr, if set, answers the next sends instead of the ledger
	// (consumed one per send).
	sendErrs []error
	// drop accepts sends without applying them (the tx is then unknown).
	drop bool
	// tamper changes account answers after the proof was made.
	tamper func(*rpcAccount)
	// batches are the closed batches mycel_getBatch serves, l1Next the
	// node's view of the Rollup's nextBatchIndex.
	batches []rpcBatch
	l1Next  uint64
}

type fakeErr struct {
	code int
	msg  string
}

func (e *fakeErr) Error() string  { return e.msg }
func (e *fakeErr) ErrorCode() int { return e.code }

func seedKey(t testing.TB, name string) *ledger.PrivateKey {
	t.Helper()
	k, err := ledger.NewPrivateKey(sha256.Sum256([]byte(name)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

const fakeChainID = 77

// newFakeNode starts a fake node whose genesis funds each of keys (at
// indices 1, 2, ...) with balance gwei, and a Client for it.
func newFakeNode(t *testing.T, balance uint64, keys ...*ledger.PrivateKey) (*fakeNode, string) {
	t.Helper()
	g := &ledger.Genesis{ChainID: fakeChainID, Depth: 8}
	for _, k := range keys {
		g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: k.Public(), Balance: balance})
	}
	s, err := ledger.Open("", g, ledger.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	n := &fakeNode{t: t, store: s, receipts: map[common.Hash]rpcReceipt{}}
	srv := rpc.NewServer()
	if err := srv.RegisterName("mycel", &fakeAPI{n}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return n, hs.URL
}

func dialFake(t *testing.T, url string, keys Keys) *Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := Dial(ctx, Config{RPC: url, WS: "-", PollInterval: 10 * time.Millisecond}, keys)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

type fakeAPI struct{ n *fakeNode }

func (a *fakeAPI) Status() rpcStatus {
	return rpcStatus{ChainID: a.n.store.ChainID(), Height: hexutil.Uint64(a.n.store.Height())}
}

func (a *fakeAPI) account(idx uint32, height uint64) (*rpcAccount, error) {
	p, err := a.n.store.ProofAt(idx, height)
	if err != nil {
		return nil, &fakeErr{codeNotFound, err.Error()}
	}
	r := &rpcAccount{Exists: p.Exists, Account: p.Account, Proof: p, Height: hexutil.Uint64(p.Height), Root: p.Root}
	a.n.mu.Lock()
	tamper := a.n.tamper
	a.n.mu.Unlock()
	if tamper != nil {
		tamper(r)
	}
	return r, nil
}

func (a *fakeAPI) GetAccount(idx uint32, height *hexutil.Uint64) (*rpcAccount, error) {
	h := a.n.store.Height()
	if height != nil {
		h = uint64(*height)
	}
	return a.account(idx, h)
}

func (a *fakeAPI) GetAccountByKey(pk ledger.PublicKey) (*rpcAccount, error) {
	idx, ok, err := a.n.store.AccountIndex(pk)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &fakeErr{codeNotFound, fmt.Sprintf("no account for key %s", pk)}
	}
	return a.account(idx, a.n.store.Height())
}

func (a *fakeAPI) GetBlock(height uint64) (*rpcBlock, error) {
	br, err := a.n.store.Block(height)
	if err != nil {
		return nil, &fakeErr{codeNotFound, err.Error()}
	}
	b := &rpcBlock{Height: hexutil.Uint64(height), AppHash: br.Root}
	for _, raw := range br.Txs {
		tx, _ := ledger.DecodeTx(raw)
		b.Txs = append(b.Txs, rpcTx{Hash: tx.Hash(), Type: tx.Type.String(), Raw: raw})
	}
	return b, nil
}

func (a *fakeAPI) SendRawTransaction(data hexutil.Bytes) (common.Hash, error) {
	n := a.n
	n.mu.Lock()
	defer n.mu.Unlock()
	n.sends++
	if len(n.sendErrs) > 0 {
		err := n.sendErrs[0]
		n.sendErrs = n.sendErrs[1:]
		return common.Hash{}, err
	}
	tx, err := ledger.DecodeTx(data)
	if err != nil {
		return common.Hash{}, &fakeErr{codeInvalidTx, "invalid transaction: " + err.Error()}
	}
	if n.drop {
		return tx.Hash(), nil
	}
	b, err := n.store.NewBlock()
	if err != nil {
		return common.Hash{}, err
	}
	if _, err := b.Apply(tx); err != nil {
		b.Discard()
		return common.Hash{}, &fakeErr{codeRejected, "transaction rejected: " + err.Error()}
	}
	if _, err := b.Commit(); err != nil {
		return common.Hash{}, err
	}
	h, i := hexutil.Uint64(n.store.Height()), hexutil.Uint64(0)
	n.receipts[tx.Hash()] = rpcReceipt{TxHash: tx.Hash(), Status: "committed", Height: &h, Index: &i,
		Tx: rpcTx{Hash: tx.Hash(), Type: tx.Type.String(), Raw: data}}
	return tx.Hash(), nil
}

func (a *fakeAPI) GetTransactionReceipt(hash common.Hash) (*rpcReceipt, error) {
	a.n.mu.Lock()
	defer a.n.mu.Unlock()
	r, ok := a.n.receipts[hash]
	if !ok {
		return nil, nil
	}
	return &r, nil
}

func (a *fakeAPI) RollupStatus() rpcRollupStatus {
	a.n.mu.Lock()
	defer a.n.mu.Unlock()
	return rpcRollupStatus{NextBatch: uint64(len(a.n.batches)), L1NextBatch: a.n.l1Next, NextDeposit: a.n.store.NextDepositIndex()}
}

func (a *fakeAPI) GetBatch(index uint64) (*rpcBatch, error) {
	a.n.mu.Lock()
	defer a.n.mu.Unlock()
	if index >= uint64(len(a.n.batches)) {
		return nil, &fakeErr{codeNotFound, fmt.Sprintf("batch %d is not closed yet", index)}
	}
	b := a.n.batches[index]
	return &b, nil
}
