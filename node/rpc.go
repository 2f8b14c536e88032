package node

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/internal/ratelimit"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/mempool"
)

// JSON-RPC error codes (docs/rpc.md). Messages always say what was wrong.
const (
	CodeInvalidTx  = -32001 // the bytes are not a canonical transaction
	CodeRejected   = -32002 // the transaction is invalid against the state
	CodePoolPolicy = -32003 // the mempool refused it (full, underpriced, limits)
	CodeNotFound   = -32004
	// CodeLimitExceeded: the client is over its request rate
	// (rpc.requests_per_second); retry later. EIP-1474's and go-ethereum's
	// code for limits. (CodeNoRollup is in rpc_rollup.go.)
	CodeLimitExceeded = ratelimit.CodeLimitExceeded
)

type rpcError struct {
	code int
	msg  string
}

func (e *rpcError) Error() string  { return e.msg }
func (e *rpcError) ErrorCode() int { return e.code }

// classify maps a mempool/ledger error to a JSON-RPC error.
func classify(err error) error {
	switch {
	case errors.Is(err, ledger.ErrMalformed), errors.Is(err, ledger.ErrOversized), errors.Is(err, ledger.ErrUnknownVersion),
		errors.Is(err, ledger.ErrUnknownType), errors.Is(err, ledger.ErrNonCanonical), errors.Is(err, mempool.ErrDeposit):
		return &rpcError{CodeInvalidTx, "invalid transaction: " + err.Error()}
	case errors.Is(err, mempool.ErrAlreadyKnown), errors.Is(err, mempool.ErrFeeTooLow), errors.Is(err, mempool.ErrReplacementUnderpriced),
		errors.Is(err, mempool.ErrAccountLimit), errors.Is(err, mempool.ErrPoolFull), errors.Is(err, mempool.ErrOverdraft):
		return &rpcError{CodePoolPolicy, "mempool refused the transaction: " + err.Error()}
	default:
		return &rpcError{CodeRejected, "transaction rejected: " + err.Error()}
	}
}

// API is the "mycel" JSON-RPC namespace.
type API struct{ n *Node }

// SendRawTransaction checks a canonical transaction encoding, adds it to
// the mempool and gossips it. It returns the transaction hash.
func (api *API) SendRawTransaction(ctx context.Context, data hexutil.Bytes) (common.Hash, error) {
	h, err := api.n.submit(ctx, data)
	if err != nil {
		return common.Hash{}, err
	}
	return common.Hash(h), nil
}

// AccountResult is an account with a Merkle proof against the latest root.
type AccountResult struct {
	Exists  bool           `json:"exists"`
	Account ledger.Account `json:"account"`
	Proof   *ledger.Proof  `json:"proof"`
	Height  hexutil.Uint64 `json:"height"`
	Root    ledger.Hash    `json:"root"`
}

// GetAccount returns the account at index with its Merkle proof, at the
// latest height or, if given, at an earlier committed height (for example
// the last block of the last finalized batch, whose root the escape hatch
// pays from).
func (api *API) GetAccount(index uint32, height *hexutil.Uint64) (*AccountResult, error) {
	h := api.n.store.Height()
	if height != nil {
		h = uint64(*height)
	}
	p, err := api.n.store.ProofAt(index, h)
	if err != nil {
		return nil, &rpcError{CodeNotFound, err.Error()}
	}
	return &AccountResult{Exists: p.Exists, Account: p.Account, Proof: p, Height: hexutil.Uint64(p.Height), Root: p.Root}, nil
}

// GetAccountByKey returns the account bound to a public key (hex).
func (api *API) GetAccountByKey(pk ledger.PublicKey) (*AccountResult, error) {
	idx, ok, err := api.n.store.AccountIndex(pk)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &rpcError{CodeNotFound, fmt.Sprintf("no account for key %s", pk)}
	}
	return api.GetAccount(idx, nil)
}

// TxResult is a transaction as shown by the RPC.
type TxResult struct {
	Hash      common.Hash     `json:"hash"`
	Type      string          `json:"type"`
	From      uint32          `json:"from,omitempty"`
	To        *uint32         `json:"to,omitempty"`
	L1Address *common.Address `json:"l1_address,omitempty"`
	Amount    uint64          `json:"amount"`
	Fee       uint64          `json:"fee"`
	Nonce     uint64          `json:"nonce"`
	Raw       hexutil.Bytes   `json:"raw"`
}

func txResult(raw []byte) TxResult {
	tx, err := ledger.DecodeTx(raw)
	if err != nil {
		return TxResult{Type: "invalid", Raw: raw}
	}
	r := TxResult{Hash: tx.Hash(), Type: tx.Type.String(), Amount: tx.Amount, Fee: tx.Fee, Nonce: tx.Nonce, Raw: raw}
	switch tx.Type {
	case ledger.TxTransfer:
		r.From, r.To = tx.From, &tx.To
	case ledger.TxWithdraw:
		a := common.Address(tx.L1Address)
		r.From, r.L1Address = tx.From, &a
	}
	return r
}

// BlockResult is an L2 block.
type BlockResult struct {
	Height   hexutil.Uint64 `json:"height"`
	Hash     hexutil.Bytes  `json:"hash"` // CometBFT block hash
	Time     time.Time      `json:"time"`
	Proposer hexutil.Bytes  `json:"proposer"`
	AppHash  ledger.Hash    `json:"app_hash"` // state root after the block
	Evidence int            `json:"evidence"` // misbehaviour (double-sign) evidence CometBFT committed in this block
	Txs      []TxResult     `json:"txs"`
}

// GetBlock returns the committed block at height.
func (api *API) GetBlock(height uint64) (*BlockResult, error) {
	br, err := api.n.store.Block(height)
	if err != nil {
		return nil, &rpcError{CodeNotFound, err.Error()}
	}
	res := &BlockResult{Height: hexutil.Uint64(height), AppHash: br.Root, Txs: make([]TxResult, 0, len(br.Txs))}
	if meta := api.n.comet.CometBFT().BlockStore().LoadBlockMeta(int64(height)); meta != nil {
		res.Hash = meta.BlockID.Hash.Bytes()
		res.Time = meta.Header.Time
		res.Proposer = meta.Header.ProposerAddress.Bytes()
	}
	if blk, _ := api.n.comet.CometBFT().BlockStore().LoadBlock(int64(height)); blk != nil {
		res.Evidence = len(blk.Evidence.Evidence)
	}
	for _, raw := range br.Txs {
		res.Txs = append(res.Txs, txResult(raw))
	}
	return res, nil
}

// Receipt says whether and where a transaction was included.
type Receipt struct {
	TxHash  common.Hash     `json:"tx_hash"`
	Status  string          `json:"status"` // "committed" or "pending"
	Height  *hexutil.Uint64 `json:"height,omitempty"`
	Index   *hexutil.Uint64 `json:"index,omitempty"`
	PubData hexutil.Bytes   `json:"pub_data,omitempty"`
	Tx      TxResult        `json:"tx"`
}

// GetTransactionReceipt returns the receipt of a committed transaction, a
// "pending" receipt for one in the mempool, or null.
func (api *API) GetTransactionReceipt(hash common.Hash) (*Receipt, error) {
	height, pos, ok, err := api.n.index.lookup(hash)
	if err != nil {
		return nil, err
	}
	if !ok {
		if raw, ok := api.n.pool.Get(hash); ok {
			return &Receipt{TxHash: hash, Status: "pending", Tx: txResult(raw)}, nil
		}
		return nil, nil
	}
	br, err := api.n.store.Block(height)
	if err != nil || int(pos) >= len(br.Txs) {
		return nil, fmt.Errorf("tx index points at block %d position %d, which is missing: %v", height, pos, err)
	}
	h, i := hexutil.Uint64(height), hexutil.Uint64(pos)
	return &Receipt{TxHash: hash, Status: "committed", Height: &h, Index: &i, Tx: txResult(br.Txs[pos])}, nil
}

// StatusResult describes the node.
type StatusResult struct {
	ChainID       uint64         `json:"chain_id"`
	Moniker       string         `json:"moniker"`
	Height        hexutil.Uint64 `json:"height"`
	AppHash       ledger.Hash    `json:"app_hash"`
	LastBlockTime time.Time      `json:"last_block_time"`
	Validator     hexutil.Bytes  `json:"validator_address"`
	P2PPeers      int            `json:"p2p_peers"`
	CometPeers    int            `json:"comet_peers"`
	MempoolTxs    int            `json:"mempool_txs"`
	MempoolBytes  int            `json:"mempool_bytes"`
	Accounts      uint64         `json:"accounts"`
	PeerID        string         `json:"peer_id"`
	CatchingUp    bool           `json:"catching_up"` // block-syncing, not yet voting
}

// Status reports the node's view of the chain.
func (api *API) Status() *StatusResult {
	n := api.n
	last := n.lastBlock()
	st := &StatusResult{
		ChainID: n.store.ChainID(), Moniker: n.cfg.Node.Moniker,
		Height: hexutil.Uint64(n.store.Height()), AppHash: n.store.Root(), LastBlockTime: last.Time,
		MempoolTxs: n.pool.Size(), MempoolBytes: n.pool.Bytes(), Accounts: n.store.NumAccounts(),
	}
	if pv := n.comet.CometBFT().PrivValidator(); pv != nil {
		if pk, err := pv.GetPubKey(); err == nil {
			st.Validator = pk.Address().Bytes()
		}
	}
	st.CometPeers = n.comet.CometBFT().Switch().Peers().Size()
	st.CatchingUp = n.comet.CometBFT().ConsensusReactor().WaitSync()
	if n.host != nil {
		st.P2PPeers = len(n.host.Peers())
		st.PeerID = n.host.ID().String()
	}
	return st
}

// NewBlockHeader is pushed to "newBlocks" subscribers.
type NewBlockHeader struct {
	Height   hexutil.Uint64 `json:"height"`
	Hash     hexutil.Bytes  `json:"hash"`
	Time     time.Time      `json:"time"`
	AppHash  ledger.Hash    `json:"app_hash"`
	TxHashes []common.Hash  `json:"tx_hashes"`
}

func newBlockHeader(ev consensus.BlockEvent) NewBlockHeader {
	h := NewBlockHeader{Height: hexutil.Uint64(ev.Height), Hash: ev.Hash, Time: ev.Time, AppHash: ev.AppHash, TxHashes: make([]common.Hash, len(ev.Receipts))}
	for i, r := range ev.Receipts {
		h.TxHashes[i] = r.TxHash
	}
	return h
}

// NewBlocks is the "newBlocks" subscription (mycel_subscribe): one
// notification per committed block, with the hashes of its transactions.
func (api *API) NewBlocks(ctx context.Context) (*rpc.Subscription, error) {
	notifier, ok := rpc.NotifierFromContext(ctx)
	if !ok {
		return nil, rpc.ErrNotificationsUnsupported
	}
	ch, cancel, err := api.n.subscribeBlocks(256, rpc.PeerInfoFromContext(ctx).RemoteAddr)
	if err != nil {
		return nil, err
	}
	sub := notifier.CreateSubscription()
	go func() {
		defer cancel()
		for {
			select {
			case ev, ok := <-ch:
				if !ok {
					return
				}
				if err := notifier.Notify(sub.ID, newBlockHeader(ev)); err != nil {
					return
				}
			case <-sub.Err():
				return
			}
		}
	}()
	return sub, nil
}

func hexKey(b []byte) string { return hex.EncodeToString(b) }

// PeerInfo is a libp2p gossip peer as this node sees it.
type PeerInfo struct {
	ID    string  `json:"id"`
	Score float64 `json:"score"` // GossipSub v1.1 peer score; negative means penalised
}

// Peers lists the connected libp2p peers with their gossip scores.
func (api *API) Peers() []PeerInfo {
	ids := api.n.host.Peers()
	out := make([]PeerInfo, 0, len(ids))
	for _, id := range ids {
		out = append(out, PeerInfo{ID: id.String(), Score: api.n.host.PeerScore(id)})
	}
	return out
}
