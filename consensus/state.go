package consensus

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"math/big"
	"sort"
	"sync"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/ledger"
)

// The rollup state the chain persists with every block (operators and
// their stake, the batch cursor), and the validator powers derived from it.

type opState struct {
	PubKey hexutil.Bytes `json:"pub_key"`
	Stake  []StakePoint  `json:"stake"`
	Power  int64         `json:"power"` // CometBFT power now (gwei)
}

func (o *opState) stakeAt(epoch uint64) *big.Int {
	v := new(big.Int)
	for _, p := range o.Stake {
		if p.Epoch <= epoch {
			v = p.Bonded.ToInt()
		}
	}
	return v
}

// rollupState is the L1 side of the application state, written with every
// block (ledger extra record) and hashed into the app hash.
type rollupState struct {
	Ref       L1Anchor                    `json:"ref"`
	Epoch     uint64                      `json:"epoch"`
	Operators map[common.Address]*opState `json:"operators"`

	NextBatch   uint64 `json:"next_batch"`  // index of the open batch
	Uncertified uint64 `json:"uncertified"` // the batch awaiting a certificate (new, or one to re-attest)
	// CertifiedTo is one past the last batch that ever got a certificate:
	// Uncertified < CertifiedTo while an older batch is re-attested.
	CertifiedTo uint64 `json:"certified_to"`
	// L1Next is the Rollup's nextBatchIndex at Ref (SysTx.L1Next).
	L1Next uint64 `json:"l1_next"`

	OpenFrom         uint64        `json:"open_from"` // last block of the previous batch
	OpenRoot         ledger.Hash   `json:"open_root"` // state root at OpenFrom
	OpenTimeMs       int64         `json:"open_time_ms"`
	OpenChunks       int           `json:"open_chunks"`
	OpenDepositStart uint64        `json:"open_deposit_start"`
	OpenDeposits     uint64        `json:"open_deposits"`
	OpenPubData      hexutil.Bytes `json:"open_pub_data"`
}

func initialState(p *L1Params, root ledger.Hash, nextDeposit uint64) *rollupState {
	st := &rollupState{Ref: p.StartRef, Epoch: p.Epoch(p.StartRef.Time), Operators: map[common.Address]*opState{},
		OpenRoot: root, OpenDepositStart: nextDeposit}
	for _, g := range p.Operators {
		op := &opState{PubKey: g.PubKey, Stake: g.Stake}
		op.Power = powerOf(op.stakeAt(st.Epoch))
		st.Operators[SignerOf(g.PubKey)] = op
	}
	return st
}

// powerOf is a stake's CometBFT voting power: whole gwei.
func powerOf(wei *big.Int) int64 {
	g := new(big.Int).Quo(wei, contracts.GweiWei)
	if !g.IsInt64() {
		return 1 << 50
	}
	return g.Int64()
}

func (s *rollupState) clone() *rollupState {
	b, _ := json.Marshal(s)
	var c rollupState
	_ = json.Unmarshal(b, &c)
	return &c
}

func (s *rollupState) sortedSigners() []common.Address {
	out := make([]common.Address, 0, len(s.Operators))
	for a := range s.Operators {
		out = append(out, a)
	}
	sort.Slice(out, func(i, j int) bool { return bytes.Compare(out[i][:], out[j][:]) < 0 })
	return out
}

func (s *rollupState) totalPower() int64 {
	var t int64
	for _, op := range s.Operators {
		t += op.Power
	}
	return t
}

// poster is the designated poster of batch idx: the active operators in
// signer order, round robin.
func (s *rollupState) poster(idx uint64) common.Address {
	var active []common.Address
	for _, a := range s.sortedSigners() {
		if s.Operators[a].Power > 0 {
			active = append(active, a)
		}
	}
	if len(active) == 0 {
		return common.Address{}
	}
	return active[idx%uint64(len(active))]
}

// Extra-record keys.
var (
	keyRollupState = []byte("rollup/state")
	prefixBatch    = []byte("rollup/batch/")
)

func batchKey(idx uint64) []byte {
	return binary.BigEndian.AppendUint64(append([]byte{}, prefixBatch...), idx)
}

// appHash commits to the ledger root and the rollup state.
func appHash(root ledger.Hash, st *rollupState) []byte {
	b, _ := json.Marshal(st)
	sh := sha256.Sum256(b)
	h := sha256.New()
	h.Write([]byte("mycel.apphash.v1"))
	h.Write(root[:])
	h.Write(sh[:])
	return h.Sum(nil)
}

// cometAddrs caches operators' CometBFT addresses (a key decompression
// and two hashes each).
var cometAddrs sync.Map // string(pubkey64) -> string(address)

// cometSigner maps a CometBFT validator address to its operator.
func (st *rollupState) cometSigner(addr []byte) (common.Address, bool) {
	for a, op := range st.Operators {
		v, ok := cometAddrs.Load(string(op.PubKey))
		if !ok {
			pk, err := CometKey(op.PubKey)
			if err != nil {
				continue
			}
			v = string(pk.Address())
			cometAddrs.Store(string(op.PubKey), v)
		}
		if v.(string) == string(addr) {
			return a, true
		}
	}
	return common.Address{}, false
}

// powerUpdates sets every operator's power to its stake in st.Epoch and
// returns the changes. A change that would leave no validator is refused.
func (r *RollupChain) powerUpdates(st *rollupState) []abci.ValidatorUpdate {
	var total int64
	next := map[common.Address]int64{}
	for a, op := range st.Operators {
		next[a] = powerOf(op.stakeAt(st.Epoch))
		total += next[a]
	}
	if total == 0 {
		r.log.Error("stake changes would leave no validator; keeping the current set", "epoch", st.Epoch)
		return nil
	}
	var out []abci.ValidatorUpdate
	for _, a := range st.sortedSigners() {
		op := st.Operators[a]
		if next[a] == op.Power {
			continue
		}
		pk, err := CometKey(op.PubKey)
		if err != nil {
			continue
		}
		r.log.Info("validator power changes", "signer", a, "from", op.Power, "to", next[a], "epoch", st.Epoch)
		op.Power = next[a]
		out = append(out, abci.NewValidatorUpdate(pk, op.Power))
	}
	return out
}
