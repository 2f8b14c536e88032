package contracts_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

func TestCommitBatchRejects(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	key := te.L2Key(7)
	e.Deposit(e.Users[5], key, 700)
	pubdata := append(te.DepositRecord(1, key, 700), te.TransferRecord(1, 2, 5, 0)...)
	good := e.NextHeader(te.Root(1), 1, pubdata)
	quorum := []*te.Operator{ops[0], ops[1], ops[3]}
	sigs := func(h bindings.BatchHeader, o ...*te.Operator) []byte { return contracts.Certificate(e.Sign(h, o...)) }
	with := func(f func(*bindings.BatchHeader)) bindings.BatchHeader {
		h := good
		f(&h)
		return h
	}
	stranger := &te.Operator{Key: e.NewConsensusKey()}
	stranger.Signer = crypto.PubkeyToAddress(stranger.Key.PublicKey)
	signWith := func(d common.Hash, o *te.Operator) contracts.Signature {
		s, err := contracts.SignDigest(o.Key, d)
		if err != nil {
			t.Fatal(err)
		}
		return contracts.Signature{Signer: o.Signer, Sig: s}
	}
	// A certificate whose first signature (ascending order) is replaced.
	replaceFirst := func(f func([]byte) []byte) []byte {
		c := sigs(good, quorum...)
		first := f(append([]byte(nil), c[:65]...))
		return append(first, c[65:]...)
	}
	otherChain := new(big.Int).Add(e.ChainID, big.NewInt(1))
	otherContract := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	var replayChain, replayContract []contracts.Signature
	for _, o := range quorum {
		replayChain = append(replayChain, signWith(contracts.AttestationDigest(otherChain, e.D.Rollup, e.Launch, good), o))
		replayContract = append(replayContract, signWith(contracts.AttestationDigest(e.ChainID, otherContract, e.Launch, good), o))
	}

	cases := []struct {
		name    string
		h       bindings.BatchHeader
		pubdata []byte
		sigs    []byte
		want    string
	}{
		{"missing quorum", good, pubdata, sigs(good, ops[0], ops[1], ops[2]), "NoQuorum"},
		{"duplicate signer counted twice", good, pubdata, sigs(good, ops[3], ops[3], ops[0]), "SignersNotAscending"},
		{"unsorted signers", good, pubdata, reverse65(sigs(good, quorum...)), "SignersNotAscending"},
		{"unregistered key", good, pubdata, sigs(good, ops[0], ops[3], stranger), "UnknownSigner"},
		{"high-s signature", good, pubdata, replaceFirst(malleate), "HighS"},
		{"bad v", good, pubdata, replaceFirst(func(s []byte) []byte { s[64] = 29; return s }), "BadV"},
		{"zero-address recovery", good, pubdata, replaceFirst(func(s []byte) []byte {
			copy(s[:32], make([]byte, 32)) // r = 0: ecrecover returns address(0)
			return s
		}), "InvalidSignature"},
		{"truncated certificate", good, pubdata, sigs(good, quorum...)[:100], "BadSignatureLength"},
		{"empty certificate", good, pubdata, []byte{}, "EmptyCertificate"},
		{"attestation from another chain id", good, pubdata, contracts.Certificate(replayChain), "UnknownSigner"},
		{"attestation for another contract", good, pubdata, contracts.Certificate(replayContract), "UnknownSigner"},
		{"wrong previous root", with(func(h *bindings.BatchHeader) { h.PrevRoot = te.Root(99) }), pubdata, nil, "WrongPrevRoot"},
		{"out-of-order commit", with(func(h *bindings.BatchHeader) { h.BatchIndex = 1 }), pubdata, nil, "BatchOutOfOrder"},
		{"wrong L2 chain id", with(func(h *bindings.BatchHeader) { h.ChainId++ }), pubdata, nil, "WrongChainId"},
		{"new root not a field element", with(func(h *bindings.BatchHeader) { h.NewRoot = common.MaxHash }), pubdata, nil, "NotInField"},
		{"block range", with(func(h *bindings.BatchHeader) { h.FirstBlock = h.LastBlock + 1 }), pubdata, nil, "BadBlockRange"},
		{"deposit end past the queue", with(func(h *bindings.BatchHeader) { h.DepositEnd = 2 }), pubdata, nil, "BadDepositRange"},
		{"data commitment", with(func(h *bindings.BatchHeader) { h.DataCommitment = te.Root(5) }), pubdata, nil, "DataCommitmentMismatch"},
		{"data evaluation", with(func(h *bindings.BatchHeader) { h.DataEval[31]++ }), pubdata, nil, "DataEvalMismatch"},
		{"data evaluation at another point", with(func(h *bindings.BatchHeader) {
			h.DataEval = batch.DataEval(pubdata, new(big.Int).Add(contracts.PublicInput(*h), big.NewInt(1)))
		}), pubdata, nil, "DataEvalMismatch"},
		{"data Poseidon2 hash changed after the evaluation", with(func(h *bindings.BatchHeader) { h.DataPoseidon = te.Root(6) }), pubdata, nil, "DataEvalMismatch"},
		{"data Poseidon2 hash not a field element", with(func(h *bindings.BatchHeader) { h.DataPoseidon = common.MaxHash }), pubdata, nil, "NotInField"},
		{"other data with the header's evaluation", withData(good, append(te.DepositRecord(1, key, 700), te.TransferRecord(1, 2, 6, 0)...)),
			append(te.DepositRecord(1, key, 700), te.TransferRecord(1, 2, 6, 0)...), nil, "DataEvalMismatch"},
		{"deposit record with another amount", withData(good, append(te.DepositRecord(1, key, 701), te.TransferRecord(1, 2, 5, 0)...)),
			append(te.DepositRecord(1, key, 701), te.TransferRecord(1, 2, 5, 0)...), nil, "DepositMismatch"},
		{"deposit record missing", withData(good, te.TransferRecord(1, 2, 5, 0)), te.TransferRecord(1, 2, 5, 0), nil, "DepositMismatch"},
		{"unknown record type", withData(good, append(pubdata, 9)), append(pubdata, 9), nil, "BadPubdata"},
		{"truncated record", withData(good, pubdata[:60]), pubdata[:60], nil, "BadPubdata"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s := c.sigs
			if s == nil {
				s = sigs(c.h, quorum...)
			}
			_, err := e.Send(e.Users[6], e.Rollup, nil, e.RollupABI.PackCommitBatch(c.h, c.pubdata, s, e.Launch))
			e.T = t
			e.Reverts(err, c.want)
		})
	}
	e.T = t
	// The good batch goes through, and the next one must follow it.
	e.Must(e.Users[6], e.Rollup, nil, e.RollupABI.PackCommitBatch(good, pubdata, sigs(good, quorum...), e.Launch))
	_, err := e.Send(e.Users[6], e.Rollup, nil, e.RollupABI.PackCommitBatch(good, pubdata, sigs(good, quorum...), e.Launch))
	e.Reverts(err, "BatchOutOfOrder")
}

func withData(h bindings.BatchHeader, pubdata []byte) bindings.BatchHeader {
	h.DataCommitment = sha256.Sum256(pubdata)
	return h
}

func reverse65(c []byte) []byte {
	var out []byte
	for i := len(c) - 65; i >= 0; i -= 65 {
		out = append(out, c[i:i+65]...)
	}
	return out
}

func TestUnbondedKeyCannotAttest(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	e.Must(ops[3].Owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(2)))
	// Still counted in this epoch (the snapshot), not in the next.
	h := e.NextHeader(te.Root(1), 0, nil)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h, nil, ops[0], ops[1], ops[3]))
	e.NextEpoch()
	h = e.NextHeader(te.Root(2), 0, nil)
	_, err := e.Send(e.Users[6], e.Rollup, nil, e.CommitArgs(h, nil, ops[0], ops[1], ops[3]))
	e.Reverts(err, "UnknownSigner")
	// Total stake is now 3: two of the three remaining 1-ETH operators are a quorum.
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h, nil, ops[0], ops[1]))
}

func TestForcedInclusionDeadline(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	key := te.L2Key(3)
	e.Deposit(e.Users[5], key, 42)
	// Within the deadline a batch may leave the deposit queued.
	h := e.NextHeader(te.Root(1), 0, nil)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h, nil, ops[0], ops[1], ops[3]))
	e.Advance(e.Cfg.DepositDeadline + 1)
	h = e.NextHeader(te.Root(2), 0, nil)
	_, err := e.Send(e.Users[6], e.Rollup, nil, e.CommitArgs(h, nil, ops[0], ops[1], ops[3]))
	e.Reverts(err, "DepositDeadlineMissed")
	pd := te.DepositRecord(1, key, 42)
	h = e.NextHeader(te.Root(2), 1, pd)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h, pd, ops[0], ops[1], ops[3]))
}

func TestProveBatchRejects(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	q := []*te.Operator{ops[0], ops[1], ops[3]}
	h0 := e.NextHeader(te.Root(1), 0, nil)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h0, nil, q...))
	h1 := e.NextHeader(te.Root(2), 0, nil)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h1, nil, q...))
	p0, p1 := e.Proof(h0), e.Proof(h1)
	record := e.Committed(0).Record // both batches: the same signers, nothing else

	prove := func(h bindings.BatchHeader, p []byte) error {
		_, err := e.Send(e.Users[7], e.Rollup, nil, e.RollupABI.PackProveBatch(h, record, p))
		return err
	}
	e.Reverts(prove(h1, p1), "BatchOutOfOrder")
	e.Reverts(prove(h0, p1), "ProofInvalid") // a valid proof, for another batch
	bad := append([]byte(nil), p0...)
	bad[0x40] ^= 1 // B.x1: off the curve or wrong
	e.Reverts(prove(h0, bad), "ProofInvalid")
	e.Reverts(prove(h0, p0[:len(p0)-1]), "Error: invalid proof length")
	h0x := h0
	h0x.NewRoot = te.Root(9)
	e.Reverts(prove(h0x, p0), "HeaderMismatch")

	// The public input is reduced mod r by the contract (most sha256 digests
	// are >= r: r is about 0.19 * 2^256); the verifier itself rejects an
	// unreduced input.
	reduced := 0
	for _, h := range []bindings.BatchHeader{h0, h1} {
		var b []byte
		b = binary.BigEndian.AppendUint64(b, h.ChainId)
		b = binary.BigEndian.AppendUint64(b, h.BatchIndex)
		b = append(append(b, h.PrevRoot[:]...), h.NewRoot[:]...)
		b = binary.BigEndian.AppendUint64(b, h.DepositStart)
		b = binary.BigEndian.AppendUint64(b, h.DepositEnd)
		b = append(b, h.DataCommitment[:]...)
		b = append(b, h.DataPoseidon[:]...)
		d := sha256.Sum256(b)
		digest := new(big.Int).SetBytes(d[:])
		got := te.Call(e, e.Rollup, e.RollupABI.PackPublicInput(h), e.RollupABI.UnpackPublicInput)
		if got.Cmp(new(big.Int).Mod(digest, contracts.FieldModulus)) != 0 {
			t.Fatalf("publicInput %v, want sha256 %v mod r", got, digest)
		}
		if digest.Cmp(contracts.FieldModulus) >= 0 {
			reduced++
		}
	}
	t.Logf("%d of 2 test headers have a digest >= r", reduced)
	in := contracts.PublicInputs(h0)
	unreduced := new(big.Int).Add(in[0], contracts.FieldModulus)
	if unreduced.BitLen() <= 256 {
		_, err := bind2Call(e, e.D.Verifier, e.VerifierABI.PackVerifyProof(p0, [2]*big.Int{unreduced, in[1]}))
		e.Reverts(err, "PublicInputNotInField")
	}
	if _, err := bind2Call(e, e.D.Verifier, e.VerifierABI.PackVerifyProof(p0, in)); err != nil {
		t.Fatalf("verifier rejects the reduced input: %v", err)
	}

	if err := prove(h0, p0); err != nil {
		t.Fatalf("prove batch 0: %s", contracts.RevertName(err))
	}
	e.Reverts(prove(h0, p0), "AlreadyFinalized")
	if err := prove(h1, p1); err != nil {
		t.Fatalf("prove batch 1: %s (%v)", contracts.RevertName(err), err)
	}
	h2 := h1
	h2.BatchIndex = 2
	e.Reverts(prove(h2, p1), "BatchNotCommitted")
}

func TestRevertUnprovenBatches(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	q := []*te.Operator{ops[0], ops[1], ops[3]}
	key := te.L2Key(4)
	e.Deposit(e.Users[5], key, 10)
	pd := te.DepositRecord(1, key, 10)
	h0 := e.NextHeader(te.Root(1), 1, pd)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h0, pd, q...))
	// Batch 1 has a withdrawal: its record holds a withdrawal root.
	wpd := te.WithdrawRecord(1, e.Users[5].Addr, 5, 0)
	h1 := e.NextHeader(te.Root(2), 1, wpd)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h1, wpd, q...))
	record := func(i int64) bindings.BatchRecord { return e.Committed(uint64(i)).Record }
	stale := record(1)
	if stale.NumWithdrawals != 1 || stale.WithdrawalsRoot == (common.Hash{}) {
		t.Fatalf("batch 1 with a withdrawal: record %+v", stale)
	}
	_, err := e.Send(e.Users[7], e.Rollup, nil, e.RollupABI.PackRevertBatches())
	e.Reverts(err, "ProofWindowOpen")
	e.Advance(e.Cfg.ProofWindow + 1)
	e.Must(e.Users[7], e.Rollup, nil, e.RollupABI.PackRevertBatches())
	_, err = e.Send(e.Users[7], e.Rollup, nil, e.RollupABI.PackRevertBatches())
	e.Reverts(err, "NothingToRevert")
	// The reverted batch can no longer be proven; the chain resumes from the
	// finalized (genesis) root with the deposit back in the queue.
	_, err = e.Send(e.Users[7], e.Rollup, nil, e.ProveArgs(h0))
	e.Reverts(err, "BatchNotCommitted")
	h0b := e.NextHeader(te.Root(3), 1, pd)
	if h0b.BatchIndex != 0 || h0b.PrevRoot != (common.Hash{}) || h0b.DepositStart != 0 {
		t.Fatalf("cursor after revert: %+v", h0b)
	}
	e.CommitAndProve(e.Users[6], h0b, pd, q...)
	// The stale batch 1 (committed on top of the reverted batch 0) cannot be proven.
	_, err = e.Send(e.Users[7], e.Rollup, nil, e.ProveArgs(h1))
	e.Reverts(err, "BatchNotCommitted")
	// Index 1 committed again without withdrawals: the reverted batch's
	// withdrawal root does not survive (the commitment covers the record),
	// so its withdrawal cannot be claimed with the stale header and record.
	h1b := e.NextHeader(te.Root(4), 1, nil)
	e.CommitAndProve(e.Users[6], h1b, nil, q...)
	if b := record(1); b.NumWithdrawals != 0 || b.WithdrawalsRoot != (common.Hash{}) {
		t.Fatalf("batch 1 committed again without withdrawals: record %+v, want no withdrawal root", b)
	}
	_, proof := contracts.WithdrawalProof(1, []contracts.Withdrawal{{To: e.Users[5].Addr, AmountGwei: 5}}, 0)
	_, err = e.Send(e.Users[7], e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(big.NewInt(1), contracts.HeaderHash(h1), stale, big.NewInt(0), e.Users[5].Addr, 5, proof))
	e.Reverts(err, "HeaderMismatch")
}

func TestWithdrawals(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	q := []*te.Operator{ops[0], ops[1], ops[3]}
	key := te.L2Key(5)
	e.Deposit(e.Users[5], key, 1_000_000)

	// A malicious receiver that re-enters claimWithdrawal for itself.
	rr := bindings.NewReentrantReceiver()
	raddr, tx, err := bind2Deploy(e, bindings.ReentrantReceiverMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	_ = tx
	recv := rr.Instance(e.Client, raddr)

	ws := []contracts.Withdrawal{
		{To: e.Users[5].Addr, AmountGwei: 100}, {To: e.Users[6].Addr, AmountGwei: 200},
		{To: raddr, AmountGwei: 300}, {To: e.Users[7].Addr, AmountGwei: 400}, {To: e.Users[5].Addr, AmountGwei: 500},
	}
	pd := te.DepositRecord(1, key, 1_000_000)
	for _, w := range ws {
		pd = append(pd, te.WithdrawRecord(1, w.To, w.AmountGwei, 1)...)
	}
	h := e.NextHeader(te.Root(1), 1, pd)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h, pd, q...))
	claim := func(i int, w contracts.Withdrawal, proof [][32]byte) []byte {
		return e.RollupABI.PackClaimWithdrawal(big.NewInt(0), e.HeaderHashOf(big.NewInt(0)), e.RecordOf(big.NewInt(0)), big.NewInt(int64(i)), w.To, w.AmountGwei, proof)
	}
	_, proof0 := contracts.WithdrawalProof(0, ws, 0)
	_, err = e.Send(e.Users[8-1], e.Rollup, nil, claim(0, ws[0], proof0))
	e.Reverts(err, "BatchNotFinalized")
	e.Must(e.Users[6], e.Rollup, nil, e.ProveArgs(h))

	_, err = e.Send(e.Users[7], e.Rollup, nil, claim(0, contracts.Withdrawal{To: ws[0].To, AmountGwei: 101}, proof0))
	e.Reverts(err, "BadMerkleProof")
	_, err = e.Send(e.Users[7], e.Rollup, nil, claim(0, ws[0], proof0[:1]))
	e.Reverts(err, "BadMerkleProof")
	_, err = e.Send(e.Users[7], e.Rollup, nil, claim(5, ws[0], proof0))
	e.Reverts(err, "BadWithdrawalIndex")

	_, proof2 := contracts.WithdrawalProof(0, ws, 2)
	e.Must(e.Users[7], recv, nil, rr.PackArm(e.D.Rollup, claim(2, ws[2], proof2)))
	for i, w := range ws {
		_, p := contracts.WithdrawalProof(0, ws, i)
		e.Must(e.Users[7], e.Rollup, nil, claim(i, w, p))
	}
	if b := e.Balance(raddr); b.Cmp(te.Gwei(300)) != 0 {
		t.Fatalf("re-entrant receiver holds %v wei, want 300 gwei", b)
	}
	if ok := te.Call(e, recv, rr.PackReentrySucceeded(), rr.UnpackReentrySucceeded); ok {
		t.Fatal("re-entrant claim succeeded")
	}
	if ret := te.Call(e, recv, rr.PackReentryRevert(), rr.UnpackReentryRevert); len(ret) < 4 ||
		!bytes.Equal(ret[:4], crypto.Keccak256([]byte("Reentrancy()"))[:4]) {
		t.Fatalf("re-entry reverted with %x, want Reentrancy()", ret)
	}
	for i, w := range ws {
		_, p := contracts.WithdrawalProof(0, ws, i)
		_, err := e.Send(e.Users[7], e.Rollup, nil, claim(i, w, p))
		e.Reverts(err, "AlreadyClaimed")
	}
}

func TestDepositRejects(t *testing.T) {
	e := te.New(t, 2, nil)
	defer e.Close()
	key := te.L2Key(9)
	x, qx, qy, err := contracts.DepositKeyHint(key)
	if err != nil {
		t.Fatal(err)
	}
	u := e.Users[0]
	dep := func(value *big.Int, k [32]byte, x, qx, qy *big.Int) error {
		_, err := e.Send(u, e.Rollup, value, e.RollupABI.PackDeposit(k, x, qx, qy))
		return err
	}
	e.Reverts(dep(new(big.Int).Add(te.Gwei(1), big.NewInt(1)), key, x, qx, qy), "AmountNotGweiMultiple")
	e.Reverts(dep(nil, key, x, qx, qy), "AmountOutOfRange")
	max := uint64(1<<63 - 1)
	e.Reverts(dep(te.Gwei(max+1), key, x, qx, qy), "AmountOutOfRange")

	r_ := contracts.FieldModulus
	neg := func(v *big.Int) *big.Int { return new(big.Int).Sub(r_, v) }
	one := big.NewInt(1)
	var big32 [32]byte
	for i := range big32 {
		big32[i] = 0xff
	}
	e.Reverts(dep(te.Gwei(1), big32, x, qx, qy), "InvalidPubKey")                      // y >= r
	e.Reverts(dep(te.Gwei(1), key, neg(x), qx, qy), "InvalidPubKey")                   // x of the wrong sign
	e.Reverts(dep(te.Gwei(1), key, new(big.Int).Add(x, one), qx, qy), "InvalidPubKey") // off the curve
	e.Reverts(dep(te.Gwei(1), key, new(big.Int).Add(x, r_), qx, qy), "InvalidPubKey")  // x >= r
	e.Reverts(dep(te.Gwei(1), key, x, new(big.Int).Add(qx, one), qy), "InvalidPubKey") // hint off the curve
	e.Reverts(dep(te.Gwei(1), key, x, neg(qx), qy), "InvalidPubKey")                   // [8]Q != P
	var identity [32]byte
	identity[0] = 1 // y = 1, x = 0: the identity point
	e.Reverts(dep(te.Gwei(1), identity, big.NewInt(0), big.NewInt(0), one), "InvalidPubKey")
	// A torsion-mixed key: P + (0, -1) = (-x, -y) is on the curve but not in
	// the prime-order subgroup; the ledger rejects it, so must the contract,
	// whatever point is offered as Q.
	_, y, _ := ledger.PublicKey(key).Coordinates()
	yb := new(big.Int).SetBytes(y[:])
	mixed := compressPoint(neg(x), neg(yb))
	if err := ledger.PublicKey(mixed).Validate(); err == nil {
		t.Fatal("the ledger accepts the torsion-mixed key")
	}
	if _, _, _, err := contracts.DepositKeyHint(mixed); err == nil {
		t.Fatal("DepositKeyHint accepts the torsion-mixed key")
	}
	for _, q := range [][2]*big.Int{{qx, qy}, {neg(qx), neg(qy)}, {big.NewInt(0), one}, {x, yb}} {
		e.Reverts(dep(te.Gwei(1), mixed, neg(x), q[0], q[1]), "InvalidPubKey")
	}
	// Valid keys are accepted.
	for i := byte(20); i < 28; i++ {
		if _, err := e.Send(u, e.Rollup, te.Gwei(1), e.DepositArgs(te.L2Key(i))); err != nil {
			t.Fatalf("valid key rejected: %s", contracts.RevertName(err))
		}
	}
	// The L2 supply is capped at MaxAmount: a deposit that would take it
	// above (so that some balance could overflow on L2, and the deposit could
	// not be applied) is refused on L1, before it can block the queue.
	supply := uint64(8)
	e.Reverts(dep(te.Gwei(max-supply+1), key, x, qx, qy), "SupplyCap")
	r, err := e.Send(u, e.Rollup, te.Gwei(max-supply), e.RollupABI.PackDeposit(key, x, qx, qy))
	if err != nil {
		t.Fatalf("deposit up to the cap: %s", contracts.RevertName(err))
	}
	t.Logf("deposit (new key, key checks included): %d gas", r.GasUsed)
	_, err = e.Send(u, e.Rollup, te.Gwei(1), e.DepositArgs(te.L2Key(30)))
	e.Reverts(err, "SupplyCap")
}

// compressPoint encodes (x, y) as docs/protocol.md section 2 does.
func compressPoint(x, y *big.Int) [32]byte {
	v := new(big.Int).Set(y)
	half := new(big.Int).Rsh(contracts.FieldModulus, 1)
	if x.Cmp(half) > 0 {
		v.SetBit(v, 255, 1)
	}
	var be, le [32]byte
	v.FillBytes(be[:])
	for i := range be {
		le[i] = be[31-i]
	}
	return le
}

// After revertBatches the chain must be able to post its batches again even
// though the deposit queue moved on: a re-post (an index committed before)
// is not judged by the deposit and forced-exit deadlines, which it could not
// meet while it sat on L1; a batch at a new index still is.
func TestRepostAfterRevertIsNotJudgedByDeadlines(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	q := []*te.Operator{ops[0], ops[1], ops[3]}
	h0 := e.NextHeader(te.Root(1), 0, nil)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h0, nil, q...))
	key := te.L2Key(4)
	e.Deposit(e.Users[5], key, 10)
	pd := te.DepositRecord(1, key, 10)
	h1 := e.NextHeader(te.Root(2), 1, pd)
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h1, pd, q...))
	// Nobody proves; past the proof window (and the deposit deadline) anyone
	// reverts both, and the deposit is back in the queue, overdue.
	e.Advance(max(e.Cfg.ProofWindow, e.Cfg.DepositDeadline) + 1)
	e.Must(e.Users[7], e.Rollup, nil, e.RollupABI.PackRevertBatches())
	// Batch 0 again, leaving the overdue deposit to batch 1, as before.
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h0, nil, q...))
	e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(h1, pd, q...))
	e.Must(e.Users[6], e.Rollup, nil, e.ProveArgs(h0))
	e.Must(e.Users[6], e.Rollup, nil, e.ProveArgs(h1))
	// A new index is judged again.
	e.Deposit(e.Users[5], key, 5)
	e.Advance(e.Cfg.DepositDeadline + 1)
	h2 := h0 // no records
	h2.BatchIndex, h2.PrevRoot, h2.NewRoot = 2, h1.NewRoot, te.Root(3)
	h2.DepositStart, h2.DepositEnd = h1.DepositEnd, h1.DepositEnd
	_, err := e.Send(e.Users[6], e.Rollup, nil, e.CommitArgs(h2, nil, q...))
	e.Reverts(err, "DepositDeadlineMissed")
}

// TestTransferRunsParsed: the Rollup reads transfers two at a time where
// a word holds two of them and one at a time elsewhere (ADR 026). Every
// alignment of transfers around other records, and fees with and without
// an exponent in either half of a pair, must give the Go evaluation (the
// header's dataEval, else DataEvalMismatch) and the fee sum; public data
// cut inside a record is refused.
func TestTransferRunsParsed(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	q := []*te.Operator{ops[0], ops[1], ops[3]}
	to := e.Users[5].Addr
	// Fees: 7 and 2,047 (exponent 0), 3,000 = 300 * 10^1, 100,000 = 100 * 10^3.
	tr := func(i uint32, fee uint64) []byte { return te.TransferRecord(i, i+1, uint64(1_000+i), fee) }
	wd := func(i uint32, fee uint64) []byte { return te.WithdrawRecord(i, to, 5_000, fee) }
	cases := []struct {
		name string
		recs [][]byte
		fees uint64
	}{
		{"one transfer", [][]byte{tr(1, 7)}, 7},
		{"a pair", [][]byte{tr(1, 7), tr(2, 2_047)}, 2_054},
		{"a pair, exponent in the first", [][]byte{tr(1, 3_000), tr(2, 7)}, 3_007},
		{"a pair, exponent in the second", [][]byte{tr(1, 7), tr(2, 100_000)}, 100_007},
		{"a pair and one", [][]byte{tr(1, 7), tr(2, 7), tr(3, 3_000)}, 3_014},
		{"one, a withdrawal, a pair and one", [][]byte{tr(1, 7), wd(2, 3), tr(3, 100_000), tr(4, 3_000), tr(5, 7)}, 103_017},
		{"a pair, a withdrawal, one", [][]byte{tr(1, 7), tr(2, 7), wd(3, 3_000), tr(4, 2_047)}, 5_061},
		{"withdrawals around pairs", [][]byte{wd(1, 0), tr(2, 7), tr(3, 7), tr(4, 7), tr(5, 7), wd(6, 1)}, 29},
		{"no transfer", [][]byte{wd(1, 9)}, 9},
	}
	for i, c := range cases {
		pd := bytes.Join(c.recs, nil)
		h := e.NextHeader(te.Root(uint64(100+i)), 0, pd)
		if _, err := e.Send(e.Users[6], e.Rollup, nil, e.CommitArgs(h, pd, q...)); err != nil {
			t.Fatalf("%s: %s (%v)", c.name, contracts.RevertName(err), err)
		}
		b := e.Committed(h.BatchIndex).Record
		if b.FeesGwei != c.fees {
			t.Fatalf("%s: fees %d gwei, want %d", c.name, b.FeesGwei, c.fees)
		}
	}
	// The bytes after public data are not read: a lone last transfer
	// followed by ABI padding that looks like a transfer (the padding's
	// value is not checked by Solidity's decoder) commits.
	one := tr(7, 7)
	h := e.NextHeader(te.Root(200), 0, one)
	data := e.CommitArgs(h, one, q...)
	// The last copy: the header's dataEval of a one-chunk batch is the
	// chunk itself.
	at := bytes.LastIndex(data, one)
	if at < 0 || at%32 != 4 || len(data) < at+32 {
		t.Fatal("public data not found in the calldata")
	}
	data[at+16] = 2 // the first padding byte: a transfer's type
	if _, err := e.Send(e.Users[6], e.Rollup, nil, data); err != nil {
		t.Fatalf("a transfer before non-zero padding: %s (%v)", contracts.RevertName(err), err)
	}
	// Cut short: the second record of a pair, a lone last record, and a
	// record cut after the first half of a word.
	pair := bytes.Join([][]byte{tr(1, 7), tr(2, 7)}, nil)
	for _, pd := range [][]byte{pair[:31], pair[:17], pair[:8], append(bytes.Clone(pair), tr(3, 7)[:15]...)} {
		h := e.NextHeader(te.Root(999), 0, pd)
		_, err := e.Send(e.Users[6], e.Rollup, nil, e.CommitArgs(h, pd, q...))
		e.Reverts(err, "BadPubdata")
	}
}
