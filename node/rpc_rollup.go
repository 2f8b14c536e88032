package node

import (
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts"
)

// CodeNoRollup: the method needs a rollup chain (a genesis with L1
// parameters). It was -32005 until that became CodeLimitExceeded, the code
// Ethereum clients retry after a pause; this refusal is for good.
const CodeNoRollup = -32006

var errNoRollup = &rpcError{CodeNoRollup, "this chain runs without L1 (no rollup parameters in the genesis)"}

func (api *API) rollup() (*consensus.RollupChain, error) {
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
	st.RecentSlashes = api.n.rp.view.Slashes()
	return &st, nil
}

// BatchResult is a batch as mycel_getBatch returns it.
type BatchResult struct {
	Index           uint64             `json:"index"`
	Header          HeaderResult       `json:"header"`
	PubData         hexutil.Bytes      `json:"pub_data"`
	Certified       bool               `json:"certified"`
	Signatures      []SignatureResult  `json:"signatures"`
	Poster          common.Address     `json:"poster"`
	CertifiedHeight uint64             `json:"certified_height"`
	Withdrawals     []WithdrawalResult `json:"withdrawals"`
	// ClosedTime and CertifiedTime are the times of the L2 blocks
	// header.last_block and certified_height (omitted: not known).
	ClosedTime    *time.Time `json:"closed_time,omitempty"`
	CertifiedTime *time.Time `json:"certified_time,omitempty"`
	// L1 is what this node's L1 view saw of the batch's commit and
	// finalization (omitted: not committed, or not among the last 32).
	L1 *consensus.BatchOnL1 `json:"l1,omitempty"`
}

// SignatureResult is one attestation of a batch's certificate: the
// operator's signer and its 65-byte signature (r || s || v), hex.
type SignatureResult struct {
	Signer common.Address `json:"signer"`
	Sig    hexutil.Bytes  `json:"sig"`
	// BLS is the signer's BLS signature of the same digest (128 bytes), on
	// a chain whose Rollup takes BLS certificates (ADR 031); omitted
	// otherwise.
	BLS hexutil.Bytes `json:"bls,omitempty"`
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
	DataPoseidon   common.Hash `json:"data_poseidon"`
	DataEval       common.Hash `json:"data_eval"`
}

// Batch is the header h shows.
func (h HeaderResult) Batch() batch.Header {
	return batch.Header{ChainId: h.ChainID, BatchIndex: h.BatchIndex, PrevRoot: h.PrevRoot, NewRoot: h.NewRoot,
		FirstBlock: h.FirstBlock, LastBlock: h.LastBlock, DepositStart: h.DepositStart, DepositEnd: h.DepositEnd,
		DataCommitment: h.DataCommitment, DataPoseidon: h.DataPoseidon, DataEval: h.DataEval}
}

// WithdrawalResult is one withdrawal of a batch with its claim proof for
// Rollup.claimWithdrawal(batch, index, to, amountGwei, proof).
type WithdrawalResult struct {
	Index      uint32         `json:"index"`
	To         common.Address `json:"to"`
	AmountGwei uint64         `json:"amount_gwei"`
	Proof      []common.Hash  `json:"proof"`
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
	out := &BatchResult{Index: rec.Index, PubData: rec.PubData, Certified: rec.Certified(), Signatures: []SignatureResult{},
		Poster: rec.Poster, CertifiedHeight: rec.CertifiedHeight,
		Header: HeaderResult{h.ChainId, h.BatchIndex, h.PrevRoot, h.NewRoot, h.FirstBlock, h.LastBlock, h.DepositStart, h.DepositEnd, h.DataCommitment, h.DataPoseidon, h.DataEval}}
	out.ClosedTime = api.blockTime(h.LastBlock)
	if rec.Certified() {
		out.CertifiedTime = api.blockTime(rec.CertifiedHeight)
	}
	if b, ok := api.n.rp.view.BatchOnL1(index); ok {
		out.L1 = &b
	}
	ws, err := batch.Withdrawals(rec.PubData)
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
	for _, s := range rec.Signatures {
		out.Signatures = append(out.Signatures, SignatureResult{Signer: s.Signer, Sig: s.Sig, BLS: s.BLS})
	}
	return out, nil
}

// blockTime is the time of L2 block height, nil if the block store does
// not have it.
func (api *API) blockTime(height uint64) *time.Time {
	if height == 0 {
		return nil
	}
	if meta := api.n.comet.CometBFT().BlockStore().LoadBlockMeta(int64(height)); meta != nil {
		t := meta.Header.Time
		return &t
	}
	return nil
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
	a := batch.Attestation{Header: h.Batch(), Sig: sig}
	who, err := r.ObserveAttestation(a)
	if err != nil {
		return who, &rpcError{CodeRejected, err.Error()}
	}
	return who, nil
}
