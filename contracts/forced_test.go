package contracts_test

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

// TestForcedExitMessageMatchesLedger: Rollup.forcedExitMessage is the
// ledger's ForcedExitRequest.SigningHash for this deployment.
func TestForcedExitMessageMatchesLedger(t *testing.T) {
	e := te.New(t, 1, nil)
	defer e.Close()
	var seed fr.Element
	for i := 0; i < 16; i++ {
		seed.SetRandom()
		b := seed.Bytes()
		account := uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
		to := common.BytesToAddress(b[4:24])
		salt := new(big.Int).SetBytes(b[24:32]).Uint64()
		if i == 0 {
			account, salt = 0, 0
		}
		f, err := contracts.ForcedExit(e.ChainID, e.D.Rollup, account, to, salt)
		if err != nil {
			t.Fatal(err)
		}
		want := f.SigningHash()
		got := te.Call(e, e.Rollup, e.RollupABI.PackForcedExitMessage(account, to, salt), e.RollupABI.UnpackForcedExitMessage)
		if common.BigToHash(got) != common.Hash(want) {
			t.Fatalf("forcedExitMessage(%d, %s, %d) = %x, ledger %s", account, to, salt, got, want)
		}
		// Not an exit message: the domains differ.
		ex := te.Call(e, e.Rollup, e.RollupABI.PackExitMessage(account, to), e.RollupABI.UnpackExitMessage)
		if ex.Cmp(got) == 0 {
			t.Fatal("forced-exit message equals the exit message")
		}
	}
}

// forcedEnv is quorumEnv with alice's key (account 1, 5,000 gwei
// deposited and applied by a finalized batch) and bob's (account 2, a
// queued deposit only).
type forcedEnv struct {
	*te.Env
	ops       []*te.Operator
	quorum    []*te.Operator
	alice     *ledger.PrivateKey
	bob       *ledger.PrivateKey
	aliceAcct uint32
	bobAcct   uint32
	nroot     uint64
}

func newForcedEnv(t *testing.T) *forcedEnv {
	t.Helper()
	e, ops := quorumEnv(t, nil)
	f := &forcedEnv{Env: e, ops: ops, quorum: []*te.Operator{ops[0], ops[1], ops[3]}, alice: te.L2PrivKey(60), bob: te.L2PrivKey(61)}
	e.Deposit(e.Users[5], f.alice.Public(), 5_000)
	f.aliceAcct = e.AccountOf(f.alice.Public())
	pd := te.DepositRecord(f.aliceAcct, f.alice.Public(), 5_000)
	f.commitAndProve(1, pd)
	e.Deposit(e.Users[5], f.bob.Public(), 1)
	f.bobAcct = e.AccountOf(f.bob.Public())
	return f
}

func (f *forcedEnv) header(depositEnd uint64, pd []byte) bindings.BatchHeader {
	f.T.Helper()
	f.nroot++
	return f.NextHeader(te.Root(f.nroot), depositEnd, pd)
}

func (f *forcedEnv) commit(depositEnd uint64, pd []byte) (bindings.BatchHeader, error) {
	f.T.Helper()
	h := f.header(depositEnd, pd)
	_, err := f.Send(f.Users[6], f.Rollup, nil, f.CommitArgs(h, pd, f.quorum...))
	return h, err
}

func (f *forcedEnv) commitAndProve(depositEnd uint64, pd []byte) bindings.BatchHeader {
	f.T.Helper()
	h := f.header(depositEnd, pd)
	f.CommitAndProve(f.Users[6], h, pd, f.quorum...)
	return h
}

func (f *forcedEnv) depositEnd() uint64 {
	return te.Call(f.Env, f.Rollup, f.RollupABI.PackNextDepositIndex(), f.RollupABI.UnpackNextDepositIndex)
}

func (f *forcedEnv) nextForced() uint64 {
	return te.Call(f.Env, f.Rollup, f.RollupABI.PackNextForcedIndex(), f.RollupABI.UnpackNextForcedIndex)
}

func (f *forcedEnv) escapeOpen() bool {
	return te.Call(f.Env, f.Rollup, f.RollupABI.PackEscapeHatchOpen(), f.RollupABI.UnpackEscapeHatchOpen)
}

// TestRequestForcedExit: a request signed by the account's key is queued
// (event, hash chain, count); a replay, a signature by another key or for
// another account, recipient, salt, L1 chain or Rollup, and a key without
// an account revert.
func TestRequestForcedExit(t *testing.T) {
	f := newForcedEnv(t)
	e := f.Env
	to := e.Users[7].Addr
	x, y, err := contracts.KeyCoordinates(f.alice.Public())
	if err != nil {
		t.Fatal(err)
	}
	sign := func(key *ledger.PrivateKey, l1 *big.Int, rollup common.Address, account uint32, to common.Address, salt uint64) bindings.EdDSASignature {
		s, err := contracts.SignForcedExit(key, l1, rollup, account, to, salt)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	good := sign(f.alice, e.ChainID, e.D.Rollup, f.aliceAcct, to, 1)
	request := func(x, y *big.Int, to common.Address, salt uint64, sig bindings.EdDSASignature) error {
		_, err := e.Send(e.Users[2], e.Rollup, nil, e.RollupABI.PackRequestForcedExit(x, y, to, salt, sig))
		return err
	}
	bx, by, err := contracts.KeyCoordinates(f.bob.Public())
	if err != nil {
		t.Fatal(err)
	}
	stranger := te.L2PrivKey(62) // no deposit: no account
	sx, sy, err := contracts.KeyCoordinates(stranger.Public())
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		x, y *big.Int
		to   common.Address
		salt uint64
		sig  bindings.EdDSASignature
		want string
	}{
		{"another key's signature", x, y, to, 1, sign(f.bob, e.ChainID, e.D.Rollup, f.aliceAcct, to, 1), "EdDSABadSignature"},
		{"another key's own request on alice's key", x, y, to, 1, sign(f.bob, e.ChainID, e.D.Rollup, f.bobAcct, to, 1), "EdDSABadSignature"},
		{"alice's signature on bob's key", bx, by, to, 1, good, "EdDSABadSignature"},
		{"another account", x, y, to, 1, sign(f.alice, e.ChainID, e.D.Rollup, f.bobAcct, to, 1), "EdDSABadSignature"},
		{"another recipient", x, y, to, 1, sign(f.alice, e.ChainID, e.D.Rollup, f.aliceAcct, e.Users[6].Addr, 1), "EdDSABadSignature"},
		{"recipient changed after signing", x, y, e.Users[6].Addr, 1, good, "EdDSABadSignature"},
		{"another salt", x, y, to, 2, good, "EdDSABadSignature"},
		{"another L1 chain", x, y, to, 1, sign(f.alice, new(big.Int).Add(e.ChainID, big.NewInt(1)), e.D.Rollup, f.aliceAcct, to, 1), "EdDSABadSignature"},
		{"another rollup", x, y, to, 1, sign(f.alice, e.ChainID, e.D.Staking, f.aliceAcct, to, 1), "EdDSABadSignature"},
		{"an exit signature", x, y, to, 1, func() bindings.EdDSASignature {
			s, err := contracts.SignExit(f.alice, e.ChainID, e.D.Rollup, f.aliceAcct, to)
			if err != nil {
				t.Fatal(err)
			}
			return s
		}(), "EdDSABadSignature"},
		{"key without an account", sx, sy, to, 1, sign(stranger, e.ChainID, e.D.Rollup, f.aliceAcct, to, 1), "NoAccountForKey"},
	}
	for _, c := range cases {
		if got := contracts.RevertName(request(c.x, c.y, c.to, c.salt, c.sig)); got != c.want {
			t.Errorf("%s: got %q, want %s", c.name, got, c.want)
		}
	}
	// Non-canonical coordinates of alice's key name no account or no key.
	err = request(new(big.Int).Add(x, contracts.FieldModulus), y, to, 1, good)
	if got := contracts.RevertName(err); got != "NoAccountForKey" && got != "EdDSAInvalidKey" {
		t.Errorf("x + r: got %q", got)
	}

	r := e.Must(e.Users[2], e.Rollup, nil, e.RollupABI.PackRequestForcedExit(x, y, to, 1, good))
	t.Logf("requestForcedExit: %d gas", r.GasUsed)
	ev, err := e.RollupABI.UnpackForcedExitQueuedEvent(r.Logs[len(r.Logs)-1])
	if err != nil || ev.Index != 0 || ev.Account != f.aliceAcct || ev.Recipient != to {
		t.Fatalf("ForcedExitQueued %+v (%v)", ev, err)
	}
	e.Reverts(request(x, y, to, 1, good), "ForcedExitAlreadyRequested")
	// bob's key (an account whose deposit is still queued) may request too,
	// and the chain continues.
	e.Must(e.Users[3], e.Rollup, nil, e.ForcedExitArgs(f.bob, f.bobAcct, e.Users[8-1].Addr, 1))
	var chain [24]byte
	chain = contracts.ForcedExitChainStep(chain, f.aliceAcct, to)
	q0 := te.Call(e, e.Rollup, e.RollupABI.PackForcedExits(big.NewInt(0)), e.RollupABI.UnpackForcedExits)
	chain = contracts.ForcedExitChainStep(chain, f.bobAcct, e.Users[7].Addr)
	q1 := te.Call(e, e.Rollup, e.RollupABI.PackForcedExits(big.NewInt(1)), e.RollupABI.UnpackForcedExits)
	if q1.Chain != chain || q0.QueuedAt == 0 || q1.QueuedAt < q0.QueuedAt {
		t.Fatalf("queue %+v %+v, want chain %x", q0, q1, chain)
	}
	if n := te.Call(e, e.Rollup, e.RollupABI.PackForcedCount(), e.RollupABI.UnpackForcedCount); n != 2 {
		t.Fatalf("forcedCount %d", n)
	}
	// A new salt makes a new request.
	e.Must(e.Users[2], e.Rollup, nil, e.ForcedExitArgs(f.alice, f.aliceAcct, to, 2))
}

// TestForcedExitBatch: a batch consumes the queue in order with records
// naming each request's account and recipient; a record that names
// another account or recipient, skips a request, or has no request
// reverts. After finalization claimWithdrawal pays each forced exit's
// amount to its recipient (leaves in record order with the withdrawals).
func TestForcedExitBatch(t *testing.T) {
	f := newForcedEnv(t)
	e := f.Env
	alice, bob, carol := e.Users[5].Addr, e.Users[7].Addr, e.Users[6].Addr
	dep := f.depositEnd() + 1 // bob's deposit
	bobDeposit := te.DepositRecord(f.bobAcct, f.bob.Public(), 1)

	// No request queued: a forced-exit record has nothing to match.
	_, err := f.commit(dep, append(bobDeposit, te.ForcedExitRecord(f.aliceAcct, alice, 5_000)...))
	e.Reverts(err, "ForcedExitMismatch")

	f.RequestForcedExit(e.Users[2], f.alice, alice, 7)
	f.RequestForcedExit(e.Users[2], f.bob, bob, 7)
	join := func(rs ...[]byte) []byte { return bytes.Join(rs, nil) }
	for _, c := range []struct {
		name string
		pd   []byte
	}{
		{"another account", join(bobDeposit, te.ForcedExitRecord(f.bobAcct, alice, 5_000))},
		{"another recipient", join(bobDeposit, te.ForcedExitRecord(f.aliceAcct, carol, 5_000))},
		{"the second request first", join(bobDeposit, te.ForcedExitRecord(f.bobAcct, bob, 1))},
		{"swapped order", join(bobDeposit, te.ForcedExitRecord(f.bobAcct, bob, 1), te.ForcedExitRecord(f.aliceAcct, alice, 5_000))},
		{"one record too many", join(bobDeposit, te.ForcedExitRecord(f.aliceAcct, alice, 5_000), te.ForcedExitRecord(f.bobAcct, bob, 1),
			te.ForcedExitRecord(f.bobAcct, bob, 0))},
	} {
		_, err := f.commit(dep, c.pd)
		if got := contracts.RevertName(err); got != "ForcedExitMismatch" {
			t.Errorf("%s: got %q, want ForcedExitMismatch", c.name, got)
		}
	}
	if f.nextForced() != 0 {
		t.Fatal("a rejected batch moved the queue")
	}
	// One batch takes the first request only; a withdrawal before and after
	// it: leaves 0 (withdrawal), 1 (forced exit), 2 (withdrawal).
	ws := []contracts.Withdrawal{{To: carol, AmountGwei: 10}, {To: alice, AmountGwei: 4_970}, {To: carol, AmountGwei: 5}}
	pd := join(bobDeposit, te.WithdrawRecord(f.aliceAcct, carol, 10, 15),
		te.ForcedExitRecord(f.aliceAcct, alice, 4_970), te.WithdrawRecord(f.bobAcct, carol, 5, 0))
	h := f.commitAndProve(dep, pd)
	if f.nextForced() != 1 {
		t.Fatalf("nextForcedIndex %d, want 1", f.nextForced())
	}
	b := e.Committed(h.BatchIndex).Record
	if root, _ := contracts.WithdrawalProof(h.BatchIndex, ws, 0); b.NumWithdrawals != 3 || b.ForcedEnd != 1 || b.WithdrawalsRoot != root {
		t.Fatalf("batch record %+v, want 3 leaves to root %x, forced end 1", b, root)
	}
	if fe := te.Call(e, e.Rollup, e.RollupABI.PackFinalizedForcedEnd(), e.RollupABI.UnpackFinalizedForcedEnd); fe != 1 {
		t.Fatalf("finalizedForcedEnd %d", fe)
	}
	claim := func(i int, w contracts.Withdrawal) []byte {
		_, proof := contracts.WithdrawalProof(h.BatchIndex, ws, i)
		return e.RollupABI.PackClaimWithdrawal(new(big.Int).SetUint64(h.BatchIndex), e.HeaderHashOf(new(big.Int).SetUint64(h.BatchIndex)), e.RecordOf(new(big.Int).SetUint64(h.BatchIndex)), big.NewInt(int64(i)), w.To, w.AmountGwei, proof)
	}
	_, err = e.Send(e.Users[3], e.Rollup, nil, claim(1, contracts.Withdrawal{To: alice, AmountGwei: 5_000}))
	e.Reverts(err, "BadMerkleProof")
	before := e.Balance(alice)
	e.Must(e.Users[3], e.Rollup, nil, claim(1, ws[1]))
	if d := new(big.Int).Sub(e.Balance(alice), before); d.Cmp(te.Gwei(4_970)) != 0 {
		t.Fatalf("forced exit paid %v wei, want 4,970 gwei", d)
	}
	_, err = e.Send(e.Users[3], e.Rollup, nil, claim(1, ws[1]))
	e.Reverts(err, "AlreadyClaimed")

	// The next batch must start at the second request, and a record of the
	// first again does not match.
	_, err = f.commit(dep, te.ForcedExitRecord(f.aliceAcct, alice, 0))
	e.Reverts(err, "ForcedExitMismatch")
	f.commitAndProve(dep, join(te.TransferRecord(1, 2, 3, 0), te.ForcedExitRecord(f.bobAcct, bob, 1)))
	if f.nextForced() != 2 {
		t.Fatalf("nextForcedIndex %d, want 2", f.nextForced())
	}
}

// TestForcedExitDeadline: within the deadline a batch may leave a request
// queued; past it, a batch that leaves it out does not commit
// (ForcedExitDeadlineMissed), and one that includes it does.
func TestForcedExitDeadline(t *testing.T) {
	f := newForcedEnv(t)
	e := f.Env
	dep := f.depositEnd() + 1
	bobDeposit := te.DepositRecord(f.bobAcct, f.bob.Public(), 1)
	f.commitAndProve(dep, bobDeposit)
	to := e.Users[5].Addr
	f.RequestForcedExit(e.Users[2], f.alice, to, 1)
	f.commitAndProve(dep, nil)
	e.Advance(e.Cfg.DepositDeadline + 1)
	_, err := f.commit(dep, nil)
	e.Reverts(err, "ForcedExitDeadlineMissed")
	_, err = f.commit(dep, te.TransferRecord(1, 2, 3, 0))
	e.Reverts(err, "ForcedExitDeadlineMissed")
	// A later request is not due yet: the batch takes the first one only.
	f.RequestForcedExit(e.Users[2], f.bob, to, 1)
	f.commitAndProve(dep, te.ForcedExitRecord(f.aliceAcct, to, 5_000))
	if f.nextForced() != 1 {
		t.Fatalf("nextForcedIndex %d, want 1", f.nextForced())
	}
}

// TestForcedExitRevertReturnsToQueue: revertBatches returns the forced
// exits of the reverted batches to the queue; the next batch consumes
// them again, and the new batch pays them.
func TestForcedExitRevertReturnsToQueue(t *testing.T) {
	f := newForcedEnv(t)
	e := f.Env
	to := e.Users[5].Addr
	dep := f.depositEnd() + 1
	bobDeposit := te.DepositRecord(f.bobAcct, f.bob.Public(), 1)
	f.RequestForcedExit(e.Users[2], f.alice, to, 1)
	pd := append(append([]byte(nil), bobDeposit...), te.ForcedExitRecord(f.aliceAcct, to, 5_000)...)
	h0, err := f.commit(dep, pd)
	if err != nil {
		t.Fatal(contracts.RevertName(err))
	}
	if _, err := f.commit(dep, nil); err != nil { // on top of it
		t.Fatal(contracts.RevertName(err))
	}
	if f.nextForced() != 1 {
		t.Fatalf("nextForcedIndex %d, want 1", f.nextForced())
	}
	e.Advance(e.Cfg.ProofWindow + 1)
	e.Must(e.Users[7], e.Rollup, nil, e.RollupABI.PackRevertBatches())
	if f.nextForced() != 0 {
		t.Fatalf("nextForcedIndex after revert %d, want 0", f.nextForced())
	}
	// Past its deadline now: the resumed chain must take it first.
	_, err = f.commit(dep, bobDeposit)
	e.Reverts(err, "ForcedExitDeadlineMissed")
	f.nroot--
	h := f.commitAndProve(dep, pd)
	if h.BatchIndex != h0.BatchIndex {
		t.Fatalf("resumed at batch %d, want %d", h.BatchIndex, h0.BatchIndex)
	}
	ws := []contracts.Withdrawal{{To: to, AmountGwei: 5_000}}
	_, proof := contracts.WithdrawalProof(h.BatchIndex, ws, 0)
	before := e.Balance(to)
	e.Must(e.Users[3], e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(new(big.Int).SetUint64(h.BatchIndex), e.HeaderHashOf(new(big.Int).SetUint64(h.BatchIndex)), e.RecordOf(new(big.Int).SetUint64(h.BatchIndex)), big.NewInt(0), to, 5_000, proof))
	if d := new(big.Int).Sub(e.Balance(to), before); d.Cmp(te.Gwei(5_000)) != 0 {
		t.Fatalf("paid %v wei", d)
	}
}

// TestForcedExitOpensEscapeHatch: batches that leave a request out
// finalize until its deadline, and then none can commit without it; the
// escape hatch opens escapePeriod after the request was queued, before
// escapePeriod has passed since the last finalized batch. A request that
// was consumed by a finalized batch keeps it closed.
func TestForcedExitOpensEscapeHatch(t *testing.T) {
	f := newForcedEnv(t)
	e := f.Env
	dep := f.depositEnd() + 1
	to := e.Users[5].Addr
	// A consumed request keeps the hatch closed.
	f.RequestForcedExit(e.Users[2], f.alice, to, 1)
	f.commitAndProve(dep, append(te.DepositRecord(f.bobAcct, f.bob.Public(), 1), te.ForcedExitRecord(f.aliceAcct, to, 5_000)...))
	f.RequestForcedExit(e.Users[2], f.alice, to, 2)
	queued := te.Call(e, e.Rollup, e.RollupABI.PackForcedExits(big.NewInt(1)), e.RollupABI.UnpackForcedExits).QueuedAt
	e.Advance(e.Cfg.DepositDeadline - 100)
	f.commitAndProve(dep, nil) // still within the deadline: the request may wait
	e.Advance(200)
	_, err := f.commit(dep, nil)
	e.Reverts(err, "ForcedExitDeadlineMissed")
	// Committed with it, never proven.
	if _, err := f.commit(dep, te.ForcedExitRecord(f.aliceAcct, to, 0)); err != nil {
		t.Fatal(contracts.RevertName(err))
	}
	lastFin := te.Call(e, e.Rollup, e.RollupABI.PackLastFinalizedAt(), e.RollupABI.UnpackLastFinalizedAt)
	now := func() uint64 {
		hd, err := e.Client.HeaderByNumber(e.Ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		return hd.Time
	}
	e.Advance(queued + e.Cfg.EscapePeriod - 10 - now())
	if f.escapeOpen() {
		t.Fatal("escape hatch open before the request waited escapePeriod")
	}
	e.Advance(20)
	if n := now(); n <= queued+e.Cfg.EscapePeriod || n > lastFin+e.Cfg.EscapePeriod {
		t.Fatalf("clock %d: want past the request's escape time %d and not past the finalization rule's %d",
			n, queued+e.Cfg.EscapePeriod, lastFin+e.Cfg.EscapePeriod)
	}
	if !f.escapeOpen() {
		t.Fatal("escape hatch closed while a forced exit waited escapePeriod unfinalized")
	}
	_, err = e.Send(e.Users[2], e.Rollup, nil, e.ForcedExitArgs(f.alice, f.aliceAcct, to, 3))
	e.Reverts(err, "EscapeHatchActive")
	e.Must(e.Users[2], e.Rollup, nil, e.RollupABI.PackActivateEscapeHatch())
}
