package agent

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/ledger"
)

// The JSON the node's RPC returns (docs/rpc.md), as this client reads it.
// They are declared here, not imported from the node: the SDK depends on
// the documented wire format only.

// rpcAccount is mycel_getAccount's answer. Keys are read as raw bytes:
// an empty leaf (and the fee vault) comes with the all-zero key, which
// ledger.PublicKey's own decoding refuses as no curve point.
type rpcAccount struct {
	Exists  bool           `json:"exists"`
	Account ledger.Account `json:"-"`
	Proof   *ledger.Proof  `json:"-"`
	Height  hexutil.Uint64 `json:"height"`
	Root    ledger.Hash    `json:"root"`
}

type wireAccount struct {
	Index   uint32        `json:"index"`
	PubKey  hexutil.Bytes `json:"pub_key"`
	Balance uint64        `json:"balance"`
	Nonce   uint64        `json:"nonce"`
}

func (w wireAccount) account() (ledger.Account, error) {
	a := ledger.Account{Index: w.Index, Balance: w.Balance, Nonce: w.Nonce}
	if len(w.PubKey) != 0 && len(w.PubKey) != ledger.PublicKeySize {
		return a, fmt.Errorf("account %d: public key of %d bytes", w.Index, len(w.PubKey))
	}
	copy(a.PubKey[:], w.PubKey)
	return a, nil
}

type wireProof struct {
	Height   uint64        `json:"height"`
	Root     ledger.Hash   `json:"root"`
	Index    uint32        `json:"index"`
	Exists   bool          `json:"exists"`
	Account  wireAccount   `json:"account"`
	Leaf     ledger.Hash   `json:"leaf"`
	Siblings []ledger.Hash `json:"siblings"`
}

// UnmarshalJSON reads the answer with raw keys (see rpcAccount).
func (r *rpcAccount) UnmarshalJSON(b []byte) error {
	var w struct {
		Exists  bool           `json:"exists"`
		Account wireAccount    `json:"account"`
		Proof   *wireProof     `json:"proof"`
		Height  hexutil.Uint64 `json:"height"`
		Root    ledger.Hash    `json:"root"`
	}
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	a, err := w.Account.account()
	if err != nil {
		return err
	}
	*r = rpcAccount{Exists: w.Exists, Account: a, Height: w.Height, Root: w.Root}
	if p := w.Proof; p != nil {
		pa, err := p.Account.account()
		if err != nil {
			return err
		}
		r.Proof = &ledger.Proof{Height: p.Height, Root: p.Root, Index: p.Index, Exists: p.Exists, Account: pa, Leaf: p.Leaf, Siblings: p.Siblings}
	}
	return nil
}

// MarshalJSON writes the node's form (tests serve it).
func (r rpcAccount) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Exists  bool           `json:"exists"`
		Account ledger.Account `json:"account"`
		Proof   *ledger.Proof  `json:"proof"`
		Height  hexutil.Uint64 `json:"height"`
		Root    ledger.Hash    `json:"root"`
	}{r.Exists, r.Account, r.Proof, r.Height, r.Root})
}

type rpcTx struct {
	Hash common.Hash   `json:"hash"`
	Type string        `json:"type"`
	Raw  hexutil.Bytes `json:"raw"`
}

type rpcReceipt struct {
	TxHash common.Hash     `json:"tx_hash"`
	Status string          `json:"status"`
	Height *hexutil.Uint64 `json:"height"`
	Index  *hexutil.Uint64 `json:"index"`
	Tx     rpcTx           `json:"tx"`
}

type rpcBlock struct {
	Height  hexutil.Uint64 `json:"height"`
	Time    time.Time      `json:"time"`
	AppHash ledger.Hash    `json:"app_hash"`
	Txs     []rpcTx        `json:"txs"`
}

type rpcStatus struct {
	ChainID uint64         `json:"chain_id"`
	Height  hexutil.Uint64 `json:"height"`
}

type rpcRollupStatus struct {
	NextBatch   uint64 `json:"next_batch"`
	NextDeposit uint64 `json:"next_deposit"`
	L1NextBatch uint64 `json:"l1_next_batch"`
}

type rpcHeader struct {
	ChainID        uint64      `json:"chain_id"`
	BatchIndex     uint64      `json:"batch_index"`
	PrevRoot       common.Hash `json:"prev_root"`
	NewRoot        common.Hash `json:"new_root"`
	FirstBlock     uint64      `json:"first_block"`
	LastBlock      uint64      `json:"last_block"`
	DepositStart   uint64      `json:"deposit_start"`
	DepositEnd     uint64      `json:"deposit_end"`
	DataCommitment common.Hash `json:"data_commitment"`
	DataPoseidon   common.Hash `json:"data_poseidon"`
	DataEval       common.Hash `json:"data_eval"`
}

type rpcBatch struct {
	Index     uint64        `json:"index"`
	Header    rpcHeader     `json:"header"`
	PubData   hexutil.Bytes `json:"pub_data"`
	Certified bool          `json:"certified"`
}

func (b *rpcBatch) batch() *Batch {
	h := b.Header
	return &Batch{Index: b.Index, Certified: b.Certified, PubData: b.PubData, Header: batch.Header{
		ChainId: h.ChainID, BatchIndex: h.BatchIndex, PrevRoot: h.PrevRoot, NewRoot: h.NewRoot,
		FirstBlock: h.FirstBlock, LastBlock: h.LastBlock, DepositStart: h.DepositStart, DepositEnd: h.DepositEnd,
		DataCommitment: h.DataCommitment, DataPoseidon: h.DataPoseidon, DataEval: h.DataEval}}
}

// Account is an L2 account whose Merkle proof this client verified against
// the state root Root after L2 block Height.
type Account struct {
	Index   uint32           `json:"index"`
	PubKey  ledger.PublicKey `json:"pub_key"`
	Balance uint64           `json:"balance_gwei"`
	Nonce   uint64           `json:"nonce"`
	Height  uint64           `json:"height"`
	Root    ledger.Hash      `json:"root"`
}

// FinalizedAccount is an account as of the last batch finalized on L1: its
// proof was verified against the Rollup's lastFinalizedRoot, read from L1,
// so it does not rest on the node's word. Exists is false when the
// account was created after that batch.
type FinalizedAccount struct {
	Batch   uint64 `json:"batch"`
	Exists  bool   `json:"exists"`
	Balance uint64 `json:"balance_gwei"`
	Nonce   uint64 `json:"nonce"`
	Height  uint64 `json:"height"`
	// Root is the Rollup's lastFinalizedRoot.
	Root ledger.Hash `json:"root"`
}

// Receipt is an L2 transaction committed in an L2 block (soft
// confirmation): final on L2, not yet on L1.
type Receipt struct {
	Hash   common.Hash `json:"hash"`
	Height uint64      `json:"height"`
	Index  uint64      `json:"index"`
	Tx     *ledger.Tx  `json:"-"`
	// Sent and Committed time the transaction's submission and the moment
	// this client saw it committed (zero when the client did not send it).
	Sent      time.Time `json:"sent,omitzero"`
	Committed time.Time `json:"committed"`
}

// Batch is a closed L2 batch as the node serves it.
type Batch struct {
	Index     uint64
	Header    batch.Header
	PubData   []byte
	Certified bool
}
