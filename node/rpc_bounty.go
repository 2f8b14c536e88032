package node

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/l1"
)

// maxBountiesListed bounds mycel_bounties: the most recent bounties.
const maxBountiesListed = l1.MaxBountiesClaimed

// BountyResult is one NodeBounty bounty as mycel_bounties returns it.
type BountyResult struct {
	ID             uint64         `json:"id"`
	Poster         common.Address `json:"poster"`
	AgentID        *hexutil.Big   `json:"agent_id"` // the poster's ERC-8004 identity; 0: none
	RewardPerBatch *hexutil.Big   `json:"reward_per_batch_wei"`
	MinStake       *hexutil.Big   `json:"min_stake_wei"`
	Seats          uint32         `json:"seats"`
	Taken          uint32         `json:"taken"`
	Kind           string         `json:"kind"` // any, human, agent
	Start          uint64         `json:"start"`
	End            uint64         `json:"end"`
	Cancelled      bool           `json:"cancelled"`
	Escrow         *hexutil.Big   `json:"escrow_wei"`
	Remaining      *hexutil.Big   `json:"remaining_wei"`
	Open           bool           `json:"open"` // takes operators now: not over, a seat free, escrow left
	// Seat is this node's operator's seat, if it ever held one.
	Seat *SeatResult `json:"seat,omitempty"`
}

// SeatResult is an operator's seat in a bounty.
type SeatResult struct {
	JoinedAt uint64       `json:"joined_at"`
	LeftAt   uint64       `json:"left_at"` // 0 while seated
	Owed     *hexutil.Big `json:"owed_wei"`
	Earned   *hexutil.Big `json:"earned_wei"`
}

// BountiesResult is mycel_bounties' answer.
type BountiesResult struct {
	NodeBounty common.Address `json:"node_bounty"`
	Count      uint64         `json:"count"` // bounties ever posted
	Operator   common.Address `json:"operator"`
	Bounties   []BountyResult `json:"bounties"` // the most recent, newest first
}

var bountyKinds = []string{"any", "human", "agent"}

// Bounties lists the most recent NodeBounty bounties (at most 64, newest
// first) read from L1 at the latest block, with this node's operator's
// seat in each.
func (api *API) Bounties(ctx context.Context) (*BountiesResult, error) {
	r, err := api.rollup()
	if err != nil {
		return nil, err
	}
	rp := api.n.rp
	addr := rp.params.NodeBounty
	if addr == (common.Address{}) {
		return nil, &rpcError{CodeNoRollup, "the genesis names no NodeBounty contract"}
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	nb, sr := bindings.NewNodeBounty(), bindings.NewStakingRegistry()
	call := func(to common.Address, data []byte) ([]byte, error) {
		return rp.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	}
	out, err := call(addr, nb.PackBountyCount())
	if err != nil {
		return nil, fmt.Errorf("L1: NodeBounty.bountyCount: %w", err)
	}
	count, err := nb.UnpackBountyCount(out)
	if err != nil {
		return nil, err
	}
	res := &BountiesResult{NodeBounty: addr, Count: count.Uint64()}
	if self := r.Self(); self != (common.Address{}) {
		if out, err := call(rp.params.StakingRegistry, sr.PackOperatorOf(self)); err == nil {
			res.Operator, _ = sr.UnpackOperatorOf(out)
		}
	}
	for id := res.Count; id >= 1 && len(res.Bounties) < maxBountiesListed; id-- {
		bid := new(big.Int).SetUint64(id)
		out, err := call(addr, nb.PackBounty(bid))
		if err != nil {
			return nil, fmt.Errorf("L1: NodeBounty.bounty(%d): %w", id, err)
		}
		b, err := nb.UnpackBounty(out)
		if err != nil {
			return nil, err
		}
		kind := fmt.Sprint(b.Kind)
		if int(b.Kind) < len(bountyKinds) {
			kind = bountyKinds[b.Kind]
		}
		br := BountyResult{ID: id, Poster: b.Poster, AgentID: (*hexutil.Big)(b.AgentId), RewardPerBatch: (*hexutil.Big)(b.RewardPerBatch),
			MinStake: (*hexutil.Big)(b.MinStake), Seats: b.Seats, Taken: b.Taken, Kind: kind, Start: b.Start.Uint64(), End: b.End.Uint64(),
			Cancelled: b.Cancelled, Escrow: (*hexutil.Big)(b.Escrow), Remaining: (*hexutil.Big)(b.Remaining)}
		if out, err := call(addr, nb.PackIsOpen(bid)); err == nil {
			br.Open, _ = nb.UnpackIsOpen(out)
		}
		if res.Operator != (common.Address{}) {
			if out, err := call(addr, nb.PackSeatOf(bid, res.Operator)); err == nil {
				if s, err := nb.UnpackSeatOf(out); err == nil && s.Operator != (common.Address{}) {
					br.Seat = &SeatResult{JoinedAt: s.JoinedAt.Uint64(), LeftAt: s.LeftAt.Uint64(),
						Owed: (*hexutil.Big)(s.Owed), Earned: (*hexutil.Big)(s.Earned)}
				}
			}
		}
		res.Bounties = append(res.Bounties, br)
	}
	return res, nil
}
