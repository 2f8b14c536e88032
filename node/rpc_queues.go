package node

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// QueueResult is one of the Rollup's L1 queues as mycel_l1Queues shows
// it: the oldest entry the L2 has not taken yet and its forced-inclusion
// deadline.
type QueueResult struct {
	Next    uint64 `json:"next"`    // the first index the L2 has not applied
	Waiting int    `json:"waiting"` // entries in this node's L1 view from next on
	// OldestQueuedAt is the L1 time (unix seconds) entry next was queued,
	// and Deadline the L1 time by which a batch must include it
	// (queued_at + the Rollup's depositDeadline); both 0 when nothing waits.
	OldestQueuedAt uint64 `json:"oldest_queued_at"`
	Deadline       uint64 `json:"deadline"`
}

// QueuesResult is mycel_l1Queues' answer.
type QueuesResult struct {
	AsOf            time.Time   `json:"as_of"`
	DeadlineSeconds uint64      `json:"deadline_seconds"` // Rollup.depositDeadline: for deposits and forced exits
	Deposits        QueueResult `json:"deposits"`
	ForcedExits     QueueResult `json:"forced_exits"`
}

// L1Queues shows the oldest deposit and forced exit waiting for the L2
// with their forced-inclusion deadlines, read from L1 at most every few
// seconds.
func (api *API) L1Queues(ctx context.Context) (*QueuesResult, error) {
	r, err := api.rollup()
	if err != nil {
		return nil, err
	}
	rp := api.n.rp
	return rp.queues.get(time.Now(), func() (*QueuesResult, error) {
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		call := func(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
			return rp.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		}
		st := r.Status()
		deps := QueueResult{Next: st.NextDeposit, Waiting: rp.view.PendingDeposits(st.NextDeposit)}
		exits := QueueResult{Next: st.NextForcedExit, Waiting: rp.view.PendingForcedExits(st.NextForcedExit)}
		return readQueues(ctx, call, rp.params.Rollup, deps, exits)
	})
}

// readQueues fills in the queues' oldest entries' times and deadlines
// from the Rollup at rollup.
func readQueues(ctx context.Context, call l1Call, rollup common.Address, deps, exits QueueResult) (*QueuesResult, error) {
	ra := bindings.NewRollup()
	out, err := call(ctx, rollup, ra.PackDepositDeadline())
	if err != nil {
		return nil, fmt.Errorf("L1: Rollup.depositDeadline: %w", err)
	}
	deadline, err := ra.UnpackDepositDeadline(out)
	if err != nil {
		return nil, fmt.Errorf("L1: Rollup.depositDeadline: %w", err)
	}
	res := &QueuesResult{AsOf: time.Now().UTC(), DeadlineSeconds: deadline, Deposits: deps, ForcedExits: exits}
	if deps.Waiting > 0 {
		out, err := call(ctx, rollup, ra.PackDeposits(new(big.Int).SetUint64(deps.Next)))
		if err != nil {
			return nil, fmt.Errorf("L1: Rollup.deposits(%d): %w", deps.Next, err)
		}
		d, err := ra.UnpackDeposits(out)
		if err != nil {
			return nil, fmt.Errorf("L1: Rollup.deposits(%d): %w", deps.Next, err)
		}
		if d.QueuedAt != 0 {
			res.Deposits.OldestQueuedAt, res.Deposits.Deadline = d.QueuedAt, d.QueuedAt+deadline
		}
	}
	if exits.Waiting > 0 {
		out, err := call(ctx, rollup, ra.PackForcedExits(new(big.Int).SetUint64(exits.Next)))
		if err != nil {
			return nil, fmt.Errorf("L1: Rollup.forcedExits(%d): %w", exits.Next, err)
		}
		f, err := ra.UnpackForcedExits(out)
		if err != nil {
			return nil, fmt.Errorf("L1: Rollup.forcedExits(%d): %w", exits.Next, err)
		}
		if f.QueuedAt != 0 {
			res.ForcedExits.OldestQueuedAt, res.ForcedExits.Deadline = f.QueuedAt, f.QueuedAt+deadline
		}
	}
	return res, nil
}
