package node

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/ledger"
)

// CodeNoRollup: the method needs a rollup chain (a genesis with L1 parameters).
const CodeNoRollup = -32005

var errNoRollup = &rpcError{CodeNoRollup, "this chain runs without L1 (no rollup parameters in the genesis)"}

func (api *API) rollup() (*consensus.Rollup, error) {
	if api.n.rp == nil {
		return nil, errNoRollup
	}
	return api.n.rp.rollup, nil
}

// RollupStatus returns the rollup state: the L1 reference, epoch, batches
// and the stake-weighted validator set.
func (api *API) RollupStatus() (*consensus.RollupStatus, error) {
	r, err := api.rollup()
	if err != nil {
		return nil, err
	}
	st := r.Status()
	st.L1Processed = api.n.rp.view.Processed().Number
	st.L1Deposits = api.n.rp.view.PendingDeposits(st.NextDeposit)
	st.L1ForcedExits = api.n.rp.view.PendingForcedExits(st.NextForcedExit)
	return &st, nil
}

// BatchResult is a batch as mycel_getBatch returns it.
type BatchResult struct {
	Index           uint64                `json:"index"`
	Header          HeaderResult          `json:"header"`
	PubData         hexutil.Bytes         `json:"pub_data"`
	Certified       bool                  `json:"certified"`
	Signatures      []contracts.Signature `json:"signatures"`
	Poster          common.Address        `json:"poster"`
	CertifiedHeight uint64                `json:"certified_height"`
	Withdrawals     []WithdrawalResult    `json:"withdrawals"`
}

// HeaderResult is a batch header with hex fields (the Rollup's BatchHeader).
type HeaderResult struct {
	ChainID        uint64      `json:"chain_id"`
	BatchIndex     uint64      `json:"batch_index"`
	PrevRoot       common.Hash `json:"prev_root"`
	NewRoot        common.Hash `json:"new_root"`
	FirstBlock     uint64      `json:"first_block"`
	LastBlock      uint64      `json:"last_block"`
	DepositStart   uint64      `json:"deposit_start"`
	DepositEnd     uint64      `json:"deposit_end"`
	DataCommitment common.Hash `json:"data_commitment"`
}

// WithdrawalResult is one withdrawal of a batch with its claim proof for
// Rollup.claimWithdrawal(batch, index, to, amountGwei, proof).
type WithdrawalResult struct {
	Index      uint32         `json:"index"`
	To         common.Address `json:"to"`
	AmountGwei uint64         `json:"amount_gwei"`
	Proof      []common.Hash  `json:"proof"`
}

// Withdrawals parses a batch's public data into the payments L1 makes from
// it: withdrawal and forced-exit records.
func Withdrawals(pubdata []byte) ([]contracts.Withdrawal, error) {
	var out []contracts.Withdrawal
	for off := 0; off < len(pubdata); {
		var size int
		switch ledger.TxType(pubdata[off]) {
		case ledger.TxDeposit:
			size = ledger.PubDataDepositSize
		case ledger.TxTransfer:
			size = ledger.PubDataTransferSize
		case ledger.TxWithdraw:
			size = ledger.PubDataWithdrawSize
		case ledger.TxForcedExit:
			size = ledger.PubDataForcedSize
		default:
			return nil, fmt.Errorf("public data: unknown record type %d at %d", pubdata[off], off)
		}
		if off+size > len(pubdata) {
			return nil, errors.New("public data: truncated record")
		}
		// Withdrawals and forced exits, in record order, are the leaves of
		// the batch's withdrawal tree; both records carry the address at
		// [5:25] and the amount at [25:33] (docs/protocol.md section 7).
		if t := ledger.TxType(pubdata[off]); t == ledger.TxWithdraw || t == ledger.TxForcedExit {
			r := pubdata[off : off+size]
			out = append(out, contracts.Withdrawal{To: common.BytesToAddress(r[5:25]), AmountGwei: binary.BigEndian.Uint64(r[25:33])})
		}
		off += size
	}
	return out, nil
}

// GetBatch returns a closed batch, its certificate and its withdrawals with
// their claim proofs.
func (api *API) GetBatch(index uint64) (*BatchResult, error) {
	r, err := api.rollup()
	if err != nil {
		return nil, err
	}
	rec, ok, err := r.Batch(index)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, &rpcError{CodeNotFound, fmt.Sprintf("batch %d is not closed yet", index)}
	}
	h := rec.Header
	out := &BatchResult{Index: rec.Index, PubData: rec.PubData, Certified: rec.Certified(), Signatures: rec.Signatures,
		Poster: rec.Poster, CertifiedHeight: rec.CertifiedHeight,
		Header: HeaderResult{h.ChainId, h.BatchIndex, h.PrevRoot, h.NewRoot, h.FirstBlock, h.LastBlock, h.DepositStart, h.DepositEnd, h.DataCommitment}}
	ws, err := Withdrawals(rec.PubData)
	if err != nil {
		return nil, err
	}
	for i, w := range ws {
		_, proof := contracts.WithdrawalProof(index, ws, i)
		wr := WithdrawalResult{Index: uint32(i), To: w.To, AmountGwei: w.AmountGwei, Proof: []common.Hash{}}
		for _, p := range proof {
			wr.Proof = append(wr.Proof, p)
		}
		out.Withdrawals = append(out.Withdrawals, wr)
	}
	if out.Signatures == nil {
		out.Signatures = []contracts.Signature{}
	}
	return out, nil
}

// ReportAttestation takes a batch attestation seen elsewhere (another
// node's vote extension, a posted certificate). If the operator that signed
// it also signed a different header for the same batch, the node sends the
// pair to the Slasher. Returns the recovered signer.
func (api *API) ReportAttestation(h HeaderResult, sig hexutil.Bytes) (common.Address, error) {
	r, err := api.rollup()
	if err != nil {
		return common.Address{}, err
	}
	a := consensus.Attestation{Header: bindings.BatchHeader{ChainId: h.ChainID, BatchIndex: h.BatchIndex, PrevRoot: h.PrevRoot,
		NewRoot: h.NewRoot, FirstBlock: h.FirstBlock, LastBlock: h.LastBlock, DepositStart: h.DepositStart, DepositEnd: h.DepositEnd,
		DataCommitment: h.DataCommitment}, Sig: sig}
	who, err := r.ObserveAttestation(a)
	if err != nil {
		return who, &rpcError{CodeRejected, err.Error()}
	}
	return who, nil
}
