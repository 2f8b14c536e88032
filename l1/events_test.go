package l1

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// mkLog builds a log of event `name` of contract a at address, from its
// indexed and non-indexed values in declaration order.
func mkLog(t *testing.T, a *abi.ABI, address common.Address, name string, indexed, data []any) *types.Log {
	t.Helper()
	ev := a.Events[name]
	topics := []common.Hash{ev.ID}
	if len(indexed) > 0 {
		q := make([][]any, len(indexed))
		for i, v := range indexed {
			q[i] = []any{v}
		}
		ts, err := abi.MakeTopics(q...)
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range ts {
			topics = append(topics, tt[0])
		}
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return &types.Log{Address: address, Topics: topics, Data: packed}
}

// The batch and slashing events (not produced on chain by these tests)
// decode to their binding types; a watched event's signature from another
// address and unwatched events are ignored.
func TestDecode(t *testing.T) {
	rollup, staking := common.HexToAddress("0xa1"), common.HexToAddress("0xb2")
	d := newDecoder(rollup, staking)
	ra, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	sa, err := bindings.StakingRegistryMetaData.ParseABI()
	if err != nil {
		t.Fatal(err)
	}
	h1, h2, h3 := common.HexToHash("0x11"), common.HexToHash("0x22"), common.HexToHash("0x33")
	signer, owner, reporter := common.HexToAddress("0x51"), common.HexToAddress("0x52"), common.HexToAddress("0x53")

	v, err := d.decode(mkLog(t, ra, rollup, "BatchCommitted", []any{uint64(7)}, []any{h1, h2, big.NewInt(30), big.NewInt(40), bindings.BatchRecord{SignersHash: h3, FeesGwei: 9}}))
	if bc, ok := v.(*BatchCommitted); err != nil || !ok || bc.BatchIndex != 7 || bc.HeaderHash != h1 ||
		bc.NewRoot != h2 || bc.SignedStake.Int64() != 30 || bc.TotalStake.Int64() != 40 || bc.Record.SignersHash != h3 {
		t.Fatalf("BatchCommitted: %+v %v", v, err)
	}
	v, err = d.decode(mkLog(t, ra, rollup, "BatchFinalized", []any{uint64(8)}, []any{h2}))
	if bf, ok := v.(*BatchFinalized); err != nil || !ok || bf.BatchIndex != 8 || bf.NewRoot != h2 {
		t.Fatalf("BatchFinalized: %+v %v", v, err)
	}
	v, err = d.decode(mkLog(t, ra, rollup, "BatchesReverted", nil, []any{uint64(3), uint64(9)}))
	if br, ok := v.(*BatchesReverted); err != nil || !ok || br.FromIndex != 3 || br.ToIndex != 9 {
		t.Fatalf("BatchesReverted: %+v %v", v, err)
	}
	v, err = d.decode(mkLog(t, ra, rollup, "LaunchPinned", nil, []any{h1}))
	if lp, ok := v.(*LaunchPinned); err != nil || !ok || lp.LaunchID != h1 || (Event{Data: v}).Name() != "LaunchPinned" {
		t.Fatalf("LaunchPinned: %+v %v", v, err)
	}
	v, err = d.decode(mkLog(t, sa, staking, "Slashed", []any{owner, signer, reporter}, []any{big.NewInt(100), big.NewInt(10)}))
	if s, ok := v.(*Slashed); err != nil || !ok || s.Owner != owner || s.Signer != signer ||
		s.Reporter != reporter || s.Amount.Int64() != 100 || s.Reward.Int64() != 10 {
		t.Fatalf("Slashed: %+v %v", v, err)
	}
	if (Event{Data: v}).Name() != "Slashed" {
		t.Fatal("Event.Name")
	}

	// The Rollup's event emitted at the staking address, and an unwatched
	// event: nothing.
	for _, l := range []*types.Log{
		mkLog(t, ra, staking, "BatchFinalized", []any{uint64(8)}, []any{h2}),
		mkLog(t, sa, staking, "Withdrawn", []any{owner}, []any{big.NewInt(1)}),
		{Address: rollup},
	} {
		if v, err := d.decode(l); v != nil || err != nil {
			t.Fatalf("decoded %+v, %v", v, err)
		}
	}
	// A watched topic with malformed data is an error.
	bad := mkLog(t, ra, rollup, "BatchFinalized", []any{uint64(8)}, []any{h2})
	bad.Data = bad.Data[:5]
	if _, err := d.decode(bad); err == nil {
		t.Fatal("malformed BatchFinalized decoded")
	}
}
