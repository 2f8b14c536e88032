package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// TestReadQueues: the oldest waiting deposit and forced exit get their L1
// queue time and deadline (queued_at + depositDeadline); a queue with
// nothing waiting is not read; a failed read names the call.
func TestReadQueues(t *testing.T) {
	rollup := common.HexToAddress("0x40")
	ra := bindings.NewRollup().GetABI()
	queuedAt := map[string]map[uint64]uint64{"deposits": {5: 1000}, "forcedExits": {2: 1200}}
	var read []string
	fail := ""
	call := func(_ context.Context, to common.Address, data []byte) ([]byte, error) {
		if to != rollup {
			return nil, fmt.Errorf("call to %s", to)
		}
		for _, name := range []string{"depositDeadline", "deposits", "forcedExits"} {
			m := ra.Methods[name]
			if !bytes.Equal(data[:4], m.ID) {
				continue
			}
			read = append(read, name)
			if name == fail {
				return nil, errors.New("connection refused")
			}
			if name == "depositDeadline" {
				return m.Outputs.Pack(uint64(600))
			}
			args, err := m.Inputs.Unpack(data[4:])
			if err != nil {
				t.Fatal(err)
			}
			return m.Outputs.Pack([24]byte{}, queuedAt[name][args[0].(*big.Int).Uint64()])
		}
		return nil, fmt.Errorf("unexpected call %x", data)
	}
	res, err := readQueues(context.Background(), call, rollup, QueueResult{Next: 5, Waiting: 3}, QueueResult{Next: 2, Waiting: 1})
	if err != nil {
		t.Fatal(err)
	}
	if res.DeadlineSeconds != 600 || res.Deposits != (QueueResult{Next: 5, Waiting: 3, OldestQueuedAt: 1000, Deadline: 1600}) ||
		res.ForcedExits != (QueueResult{Next: 2, Waiting: 1, OldestQueuedAt: 1200, Deadline: 1800}) {
		t.Fatalf("%+v", res)
	}
	read = nil
	res, err = readQueues(context.Background(), call, rollup, QueueResult{Next: 6}, QueueResult{Next: 9, Waiting: 1})
	if err != nil || len(read) != 2 || res.Deposits.Deadline != 0 || res.ForcedExits.OldestQueuedAt != 0 {
		t.Fatalf("nothing waiting / not yet on L1: %v, %+v, reads %v", err, res, read)
	}
	fail = "deposits"
	if _, err := readQueues(context.Background(), call, rollup, QueueResult{Next: 5, Waiting: 1}, QueueResult{}); err == nil || !strings.Contains(err.Error(), "Rollup.deposits(5)") {
		t.Fatalf("failed read: %v", err)
	}
}
