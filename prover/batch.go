package prover

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/ledger"
)

// Errors a caller can match.
var (
	// ErrBatchTooLarge: the batch has more public-data chunks than the
	// circuit has slots.
	ErrBatchTooLarge = errors.New("prover: batch does not fit the circuit")
	// ErrBadBatch: the batch data is inconsistent (wrong roots, missing
	// proofs, a transaction the rules reject).
	ErrBadBatch = errors.New("prover: inconsistent batch")
)

// BatchTx is one applied transaction of a batch.
type BatchTx struct {
	// Tx is the canonical encoding (ledger.Tx.Encode).
	Tx []byte `json:"tx"`
	// Account is the receipt's account: the sender, or the account a
	// deposit credited (new or existing), or a forced exit's account.
	Account uint32 `json:"account"`
	// Amount is what a forced exit withdrew (the account's whole balance
	// at that point; it is in the record, not in the transaction).
	Amount uint64 `json:"amount,omitempty"`
}

// Batch is an executed batch, everything a prover needs and nothing more:
// the header fields, the applied transactions in order, and a Merkle proof
// against PrevRoot of every leaf the batch touches (the fee vault
// included). It is what a job source hands out and what travels over RPC.
type Batch struct {
	ChainID      uint64      `json:"chain_id"`
	Depth        int         `json:"depth"`
	Index        uint64      `json:"index"`
	FirstBlock   uint64      `json:"first_block"`
	LastBlock    uint64      `json:"last_block"`
	PrevRoot     ledger.Hash `json:"prev_root"`
	NewRoot      ledger.Hash `json:"new_root"`
	DepositStart uint64      `json:"deposit_start"`
	DepositEnd   uint64      `json:"deposit_end"`
	Txs          []BatchTx   `json:"txs"`
	Proofs       []LeafProof `json:"proofs"`
	// Claim names the claim that handed this batch out (JobSource.Claim);
	// empty on a batch that no source handed out.
	Claim string `json:"claim,omitempty"`
}

// LeafProof is a leaf of the pre-state with its Merkle siblings (bottom
// first). The key is raw bytes: the fee vault's (zero) key is not a curve
// point, so ledger.PublicKey's validating JSON decoding would refuse it.
type LeafProof struct {
	Index    uint32        `json:"index"`
	Exists   bool          `json:"exists"`
	PubKey   hexBytes      `json:"pub_key,omitempty"`
	Balance  uint64        `json:"balance"`
	Nonce    uint64        `json:"nonce"`
	Siblings []ledger.Hash `json:"siblings"`
}

// NewLeafProof converts a ledger proof.
func NewLeafProof(p *ledger.Proof) LeafProof {
	lp := LeafProof{Index: p.Index, Exists: p.Exists, Siblings: p.Siblings}
	if p.Exists {
		lp.PubKey, lp.Balance, lp.Nonce = hexBytes(p.Account.PubKey[:]), p.Account.Balance, p.Account.Nonce
	}
	return lp
}

func (lp *LeafProof) key() ledger.PublicKey {
	var k ledger.PublicKey
	copy(k[:], lp.PubKey)
	return k
}

// leaf returns the leaf hash (0 for an empty leaf).
func (lp *LeafProof) leaf() (ledger.Hash, error) {
	if !lp.Exists {
		return ledger.Hash{}, nil
	}
	if len(lp.PubKey) != ledger.PublicKeySize {
		return ledger.Hash{}, fmt.Errorf("%w: leaf %d key is %d bytes", ErrBadBatch, lp.Index, len(lp.PubKey))
	}
	return ledger.LeafHash(ledger.Account{Index: lp.Index, PubKey: lp.key(), Balance: lp.Balance, Nonce: lp.Nonce})
}

type hexBytes []byte

func (h hexBytes) MarshalText() ([]byte, error) { return []byte("0x" + hex.EncodeToString(h)), nil }

func (h *hexBytes) UnmarshalText(b []byte) error {
	s := strings.TrimPrefix(string(b), "0x")
	v, err := hex.DecodeString(s)
	if err != nil {
		return err
	}
	*h = v
	return nil
}

// Chunks returns how many circuit slots a transaction type takes.
func Chunks(t ledger.TxType) int { return ledger.PubDataSize(t) / chunk }

// PubData returns the batch public data (docs/protocol.md section 7).
func (b *Batch) PubData() ([]byte, error) {
	var out []byte
	for i, bt := range b.Txs {
		tx, err := ledger.DecodeTx(bt.Tx)
		if err != nil {
			return nil, fmt.Errorf("%w: tx %d: %v", ErrBadBatch, i, err)
		}
		out = append(out, Record(tx, bt.Account, bt.Amount)...)
	}
	return out, nil
}

// Record is a transaction's public-data record (identical to the ledger
// receipt's PubData; the golden vectors check it). account is the credited
// account of a deposit, forcedAmount what a forced exit withdrew. An amount
// or fee with no packed form (which the ledger refuses) is left zero.
func Record(tx *ledger.Tx, account uint32, forcedAmount uint64) []byte {
	u24 := func(r []byte, v uint32) []byte { return append(r, byte(v>>16), byte(v>>8), byte(v)) }
	packed := func(r []byte) []byte {
		r, ok := ledger.AppendPackedAmount(r, tx.Amount)
		if !ok {
			r = append(r, make([]byte, ledger.PackedAmountSize)...)
		}
		r, ok = ledger.AppendPackedFee(r, tx.Fee)
		if !ok {
			r = append(r, make([]byte, ledger.PackedFeeSize)...)
		}
		return r
	}
	var r []byte
	switch tx.Type {
	case ledger.TxDeposit:
		r = make([]byte, 0, ledger.PubDataDepositSize)
		r = u24(append(r, byte(tx.Type)), account)
		r = append(r, tx.PubKey[:]...)
		r = binary.BigEndian.AppendUint64(r, tx.Amount)
	case ledger.TxTransfer:
		r = make([]byte, 0, ledger.PubDataTransferSize)
		r = u24(append(r, byte(tx.Type)), tx.From)
		r = packed(u24(r, tx.To))
	case ledger.TxWithdraw:
		r = make([]byte, 0, ledger.PubDataWithdrawSize)
		r = u24(append(r, byte(tx.Type)), tx.From)
		r = packed(append(r, tx.L1Address[:]...))
	case ledger.TxForcedExit:
		r = make([]byte, 0, ledger.PubDataForcedSize)
		r = u24(append(r, byte(tx.Type)), tx.From)
		r = append(r, tx.L1Address[:]...)
		r = binary.BigEndian.AppendUint64(r, forcedAmount)
	default:
		return nil
	}
	return r[:cap(r)] // zero padding to whole chunks
}

// Header returns the batch's header (batch.Header: its public input is
// the proof's), computing the data commitment.
func (b *Batch) Header() (*batch.Header, error) {
	pd, err := b.PubData()
	if err != nil {
		return nil, err
	}
	h := &batch.Header{
		ChainId: b.ChainID, BatchIndex: b.Index, PrevRoot: b.PrevRoot, NewRoot: b.NewRoot,
		FirstBlock: b.FirstBlock, LastBlock: b.LastBlock,
		DepositStart: b.DepositStart, DepositEnd: b.DepositEnd,
	}
	h.SetPubData(pd)
	return h, nil
}

func frModulus() *big.Int { return fr.Modulus() }

// vaultKeyHashConst is H(0, 0): the key part of the fee vault's leaf.
func vaultKeyHashConst() *big.Int {
	h := ledger.HashElements(ledger.Hash{}, ledger.Hash{})
	return new(big.Int).SetBytes(h[:])
}

func sha256Sum(b []byte) [32]byte { return sha256.Sum256(b) }
