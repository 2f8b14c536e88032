package contracts_test

import (
	"bytes"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// FuzzCommitPubdata feeds arbitrary public data (with a matching data
// commitment and a valid quorum certificate) to commitBatch through
// eth_call: the parser must either accept it or revert with one of its own
// errors, never with a panic (arithmetic, bounds) or out of gas.
func FuzzCommitPubdata(f *testing.F) {
	key := te.L2Key(1)
	f.Add(te.TransferRecord(1, 2, 3, 4), uint8(0))
	f.Add(append(te.DepositRecord(1, key, 5), te.WithdrawRecord(1, common.Address{1}, 7, 0)...), uint8(1))
	f.Add(te.DepositRecord(1, key, 6), uint8(1))
	f.Add([]byte{3, 0, 0}, uint8(0))
	f.Add(bytes.Repeat([]byte{2}, 100), uint8(0))
	f.Add(append(te.DepositRecord(1, key, 5), te.ForcedExitRecord(1, common.Address{2}, 5)...), uint8(1))
	f.Add(te.ForcedExitRecord(1, common.Address{3}, 0), uint8(0))
	e, ops := quorumEnv(f, nil)
	e.Deposit(e.Users[5], key, 5)
	// One forced exit queued: account 1 to address {2}.
	e.RequestForcedExit(e.Users[5], te.L2PrivKey(1), common.Address{2}, 0)
	allowed := map[string]bool{"BadPubdata": true, "DepositMismatch": true, "BadDepositRange": true, "ForcedExitMismatch": true,
		"FeesOutOfRange": true}
	f.Fuzz(func(t *testing.T, pubdata []byte, deposits uint8) {
		if len(pubdata) > 4096 {
			return
		}
		e.T = t
		h := e.NextHeader(te.Root(1), uint64(deposits%2), pubdata)
		data := e.CommitArgs(h, pubdata, ops[0], ops[1], ops[3])
		_, err := e.Client.CallContract(e.Ctx, ethereum.CallMsg{From: e.Users[6].Addr, To: &e.D.Rollup, Data: data, Gas: 30_000_000}, nil)
		if err == nil {
			return
		}
		if name := contracts.RevertName(err); !allowed[name] {
			t.Fatalf("pubdata %x: revert %q (%v)", pubdata, name, err)
		}
	})
}
