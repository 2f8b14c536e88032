package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// quorumEnv has 4 operators of stake 1, 1, 1, 2 ETH (total 5: any set
// with >= 10/3 ETH, e.g. {1, 1, 2}, is a quorum) active in the current epoch.
func quorumEnv(t testing.TB, mod func(*contracts.Config)) (*te.Env, []*te.Operator) {
	t.Helper()
	e := te.New(t, 8, mod)
	t.Cleanup(e.Close)
	ops := []*te.Operator{
		e.AddOperator(e.Users[1], te.Ether(1)),
		e.AddOperator(e.Users[2], te.Ether(1)),
		e.AddOperator(e.Users[3], te.Ether(1)),
		e.AddOperator(e.Users[4], te.Ether(2)),
	}
	e.NextEpoch()
	return e, ops
}

func TestCommitProveFinalizeHappyPath(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	alice := e.Users[5]
	key := te.L2Key(1)
	e.Deposit(alice, key, 5_000)
	pubdata := bytes.Join([][]byte{
		te.DepositRecord(1, key, 5_000),
		te.TransferRecord(1, 2, 100, 1),
		te.WithdrawRecord(1, alice.Addr, 1_000, 2),
	}, nil)
	h := e.NextHeader(te.Root(1), 1, pubdata)
	if got := te.Call(e, e.Rollup, e.RollupABI.PackAttestationDigest(e.Launch, h), e.RollupABI.UnpackAttestationDigest); got != contracts.AttestationDigest(e.ChainID, e.D.Rollup, e.Launch, h) {
		t.Fatalf("attestation digest: contract %x, Go %x", got, contracts.AttestationDigest(e.ChainID, e.D.Rollup, e.Launch, h))
	}
	if got := te.Call(e, e.Rollup, e.RollupABI.PackPublicInput(h), e.RollupABI.UnpackPublicInput); got.Cmp(contracts.PublicInput(h)) != 0 {
		t.Fatalf("public input: contract %v, Go %v", got, contracts.PublicInput(h))
	}
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h, pubdata, ops[0], ops[1], ops[3]))
	b := te.Call(e, e.Rollup, e.RollupABI.PackBatches(big.NewInt(0)), e.RollupABI.UnpackBatches)
	ss, st := certOrder([]*te.Operator{ops[0], ops[1], ops[3]})
	signersHash := contracts.SignersHash(ss, st)
	if b.Commitment != contracts.BatchCommitment(contracts.HeaderHash(h), signersHash) || b.CommittedAt == 0 || b.NumWithdrawals != 1 || b.WithdrawalsRoot == (common.Hash{}) {
		t.Fatalf("batch record %+v", b)
	}
	if ev := e.Committed(0); ev.HeaderHash != contracts.HeaderHash(h) || ev.SignersHash != signersHash {
		t.Fatalf("BatchCommitted %+v", ev)
	}
	// The stored commitment binds the signers hash too: a proof with the
	// right header but another signers hash (or the header hash in its
	// place) does not finalize.
	for _, wrong := range []common.Hash{{}, contracts.SignersHash(ss[:2], st[:2]), contracts.HeaderHash(h)} {
		_, err := e.Send(e.Users[6], e.Rollup, nil, e.RollupABI.PackProveBatch(h, wrong, e.Proof(h)))
		if contracts.RevertName(err) != "HeaderMismatch" {
			t.Fatalf("proveBatch with signers hash %s: %v, want HeaderMismatch", wrong, err)
		}
	}
	e.Must(e.Users[6], e.Rollup, nil, e.ProveArgs(h))
	if root := te.Call(e, e.Rollup, e.RollupABI.PackLastFinalizedRoot(), e.RollupABI.UnpackLastFinalizedRoot); root != h.NewRoot {
		t.Fatalf("finalized root %x", root)
	}
	// The withdrawal is claimable once, by anyone, to the recorded address.
	root, proof := contracts.WithdrawalProof(0, []contracts.Withdrawal{{To: alice.Addr, AmountGwei: 1_000}}, 0)
	if root != b.WithdrawalsRoot {
		t.Fatalf("withdrawals root: Go %x, contract %x", root, b.WithdrawalsRoot)
	}
	before := e.Balance(alice.Addr)
	e.Must(e.Users[7], e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(big.NewInt(0), big.NewInt(0), alice.Addr, 1_000, proof))
	if d := new(big.Int).Sub(e.Balance(alice.Addr), before); d.Cmp(te.Gwei(1_000)) != 0 {
		t.Fatalf("alice received %v wei", d)
	}
	_, err := e.Send(e.Users[7], e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(big.NewInt(0), big.NewInt(0), alice.Addr, 1_000, proof))
	e.Reverts(err, "AlreadyClaimed")
	_ = common.Address{}
	_ = crypto.Keccak256
	_ = bindings.BatchHeader{}
}
