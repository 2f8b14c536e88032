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
	stored := te.Call(e, e.Rollup, e.RollupABI.PackCommitments(big.NewInt(0)), e.RollupABI.UnpackCommitments)
	ss, st := certOrder([]*te.Operator{ops[0], ops[1], ops[3]})
	signersHash := contracts.SignersHash(ss, st)
	ev := e.Committed(0)
	b := ev.Record
	if ev.HeaderHash != contracts.HeaderHash(h) || b.SignersHash != signersHash || b.NumWithdrawals != 1 ||
		b.WithdrawalsRoot == (common.Hash{}) || b.FeesGwei != 3 {
		t.Fatalf("BatchCommitted %+v", ev)
	}
	if stored != contracts.BatchCommitment(contracts.HeaderHash(h), b) {
		t.Fatalf("stored commitment %x, want the header hash and record's %s", stored, contracts.BatchCommitment(contracts.HeaderHash(h), b))
	}
	if at := te.Call(e, e.Rollup, e.RollupABI.PackCommittedAt(big.NewInt(0)), e.RollupABI.UnpackCommittedAt); at == 0 {
		t.Fatal("committedAt(0) = 0 after the commit")
	}
	// The stored commitment binds every field of the record: a proof with
	// the right header and any field changed (another signers hash, a
	// withdrawal root of the prover's own, a later forced-exit end, more
	// fees) does not finalize.
	wrongs := map[string]func(*bindings.BatchRecord){
		"signers hash":     func(r *bindings.BatchRecord) { r.SignersHash = contracts.SignersHash(ss[:2], st[:2]) },
		"withdrawal root":  func(r *bindings.BatchRecord) { r.WithdrawalsRoot[0] ^= 1 },
		"withdrawal count": func(r *bindings.BatchRecord) { r.NumWithdrawals++ },
		"forced-exit end":  func(r *bindings.BatchRecord) { r.ForcedEnd++ },
		"fees":             func(r *bindings.BatchRecord) { r.FeesGwei++ },
	}
	for name, mutate := range wrongs {
		r := b
		mutate(&r)
		_, err := e.Send(e.Users[6], e.Rollup, nil, e.RollupABI.PackProveBatch(h, r, e.Proof(h)))
		if contracts.RevertName(err) != "HeaderMismatch" {
			t.Fatalf("proveBatch with a record whose %s changed: %v, want HeaderMismatch", name, err)
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
	// A claimer cannot bring a withdrawal tree of its own: a record with
	// another root (here a one-leaf tree paying the attacker) is refused.
	forged := b
	mallory := e.Users[2]
	forged.WithdrawalsRoot, _ = contracts.WithdrawalProof(0, []contracts.Withdrawal{{To: mallory.Addr, AmountGwei: 1_000_000}}, 0)
	_, err := e.Send(mallory, e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), forged, big.NewInt(0), mallory.Addr, 1_000_000, nil))
	e.Reverts(err, "HeaderMismatch")
	before := e.Balance(alice.Addr)
	e.Must(e.Users[7], e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), big.NewInt(0), alice.Addr, 1_000, proof))
	if d := new(big.Int).Sub(e.Balance(alice.Addr), before); d.Cmp(te.Gwei(1_000)) != 0 {
		t.Fatalf("alice received %v wei", d)
	}
	_, err = e.Send(e.Users[7], e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), big.NewInt(0), alice.Addr, 1_000, proof))
	e.Reverts(err, "AlreadyClaimed")
	_ = common.Address{}
	_ = crypto.Keccak256
	_ = bindings.BatchHeader{}
}
