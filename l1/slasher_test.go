package l1

import (
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmtsecp "github.com/cometbft/cometbft/crypto/secp256k1"
	"github.com/cometbft/cometbft/crypto/tmhash"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
)

func (e *env) attest(key *ecdsa.PrivateKey, h bindings.BatchHeader) batch.Attestation {
	e.t.Helper()
	sig, err := contracts.SignDigest(key, contracts.AttestationDigest(e.chainID, e.d.Rollup, e.launch, h))
	if err != nil {
		e.t.Fatal(err)
	}
	return batch.Attestation{Header: batch.Header(h), Sig: sig}
}

func (e *env) slashReporter(key *ecdsa.PrivateKey) (*SlashReporter, *Metrics, *TxManager) {
	e.t.Helper()
	txm, m := e.txManager(key, nil, nil)
	r, err := NewSlashReporter(SlashReporterConfig{Slasher: e.d.Slasher, Rollup: e.d.Rollup, L1ChainID: e.chainID, Launch: e.launch}, txm, nil, m)
	if err != nil {
		e.t.Fatal(err)
	}
	return r, m, txm
}

func (e *env) slashedEvents() []*bindings.SlasherEquivocationSlashed {
	e.t.Helper()
	ls, err := e.client.FilterLogs(e.ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{e.d.Slasher}})
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*bindings.SlasherEquivocationSlashed
	for i := range ls {
		if ev, err := e.slasher.UnpackEquivocationSlashedEvent(&ls[i]); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

func TestSlashReporter(t *testing.T) {
	e := newEnv(t, 3)
	op := e.register(e.accounts[2], ether(10))
	e.autoMine(20 * time.Millisecond)
	rep, m, txm := e.slashReporter(e.accounts[0])

	a := e.header(7)
	b := a
	b.NewRoot = root(99)
	attA, attB := e.attest(op.Key, a), e.attest(op.Key, b)

	// Evidence that proves nothing is refused locally, before any
	// transaction.
	other := e.header(8)
	strangerKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("stranger")))
	highS := append([]byte(nil), attB.Sig...)
	s := new(big.Int).Sub(crypto.S256().Params().N, new(big.Int).SetBytes(highS[32:64]))
	copy(highS[32:64], common.LeftPadBytes(s.Bytes(), 32))
	highS[64] ^= 1 // 27 <-> 28: the same signer, malleated
	for name, ev := range map[string][2]batch.Attestation{
		"different batch index": {attA, e.attest(op.Key, other)},
		"identical headers":     {attA, e.attest(op.Key, a)},
		"different signers":     {attA, e.attest(strangerKey, b)},
		"high s":                {attA, {Header: batch.Header(b), Sig: highS}},
		"short signature":       {attA, {Header: batch.Header(b), Sig: attB.Sig[:64]}},
	} {
		if err := rep.Report(e.ctx, ev[0], ev[1]); !errors.Is(err, ErrInvalidEvidence) {
			t.Fatalf("%s: got %v, want ErrInvalidEvidence", name, err)
		}
	}
	if value(m.TxPublished) != 0 {
		t.Fatal("a transaction went out for invalid evidence")
	}
	if signer, err := rep.Check(attA, attB); err != nil || signer != op.Signer {
		t.Fatalf("Check: %s, %v", signer, err)
	}

	before, err := e.client.BalanceAt(e.ctx, txm.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := rep.Report(e.ctx, attA, attB); err != nil {
		t.Fatalf("report: %v", err)
	}
	// On L1: 10% of the 10 ETH slashed, the operator jailed with the rest
	// unbonding, and 10% of the slashed amount paid to the reporter.
	o := view(e, e.d.Staking, e.staking.PackOperators(op.Owner.Addr), e.staking.UnpackOperators)
	if !o.Jailed || o.Bonded.Sign() != 0 || o.Unbonding.Cmp(ether(9)) != 0 {
		t.Fatalf("operator after the slash: %+v", o)
	}
	evs := e.slashedEvents()
	if len(evs) != 1 || evs[0].Signer != op.Signer || evs[0].BatchIndex != 7 || evs[0].Reporter != txm.Address() {
		t.Fatalf("EquivocationSlashed events %+v", evs)
	}
	reward := new(big.Int).Div(ether(1), big.NewInt(10))
	if evs[0].Amount.Cmp(ether(1)) != 0 || evs[0].Reward.Cmp(reward) != 0 {
		t.Fatalf("slashed %v, reward %v", evs[0].Amount, evs[0].Reward)
	}
	rcpt, err := e.client.TransactionReceipt(e.ctx, evs[0].Raw.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	after, err := e.client.BalanceAt(e.ctx, txm.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Mul(new(big.Int).SetUint64(rcpt.GasUsed), rcpt.EffectiveGasPrice)
	if got := new(big.Int).Add(new(big.Int).Sub(after, before), fee); got.Cmp(reward) != 0 {
		t.Fatalf("reporter gained %v before fees, want %v", got, reward)
	}
	if value(m.SlashReports) != 1 {
		t.Fatalf("reports metric %v", value(m.SlashReports))
	}

	// Again, in either order: already reported, nothing sent.
	for _, ev := range [][2]batch.Attestation{{attA, attB}, {attB, attA}} {
		if err := rep.Report(e.ctx, ev[0], ev[1]); !errors.Is(err, ErrAlreadyReported) {
			t.Fatalf("repeated report: got %v, want ErrAlreadyReported", err)
		}
	}
	if value(m.TxPublished) != 1 {
		t.Fatalf("%v transactions published, want 1", value(m.TxPublished))
	}
	// A reporter that did not see the first report learns it from the
	// Slasher (EvidenceAlreadyUsed in estimation): no gas spent.
	rep2, m2, txm2 := e.slashReporter(e.accounts[1])
	c := a
	c.NewRoot = root(100) // other evidence, same signer and index
	if err := rep2.Report(e.ctx, attA, e.attest(op.Key, c)); !errors.Is(err, ErrAlreadyReported) {
		t.Fatalf("second reporter: got %v, want ErrAlreadyReported", err)
	}
	if n, _ := e.client.NonceAt(e.ctx, txm2.Address(), nil); n != 0 || value(m2.TxPublished) != 0 {
		t.Fatalf("second reporter sent %d transactions", n)
	}
	// A key that is no operator has nothing to slash.
	if err := rep2.Report(e.ctx, e.attest(strangerKey, a), e.attest(strangerKey, b)); !errors.Is(err, ErrNotSlashable) {
		t.Fatalf("stranger: got %v, want ErrNotSlashable", err)
	}
}

// Submit queues evidence for the reporter's loop, which reports it on L1;
// a full queue refuses more (counted as a failed report) instead of
// blocking its caller, consensus.
func TestSlashReporterQueue(t *testing.T) {
	e := newEnv(t, 3)
	op := e.register(e.accounts[2], ether(10))
	e.autoMine(20 * time.Millisecond)
	rep, m, _ := e.slashReporter(e.accounts[0])
	a := e.header(3)
	b := a
	b.NewRoot = root(42)
	attA, attB := e.attest(op.Key, a), e.attest(op.Key, b)
	for i := range slashQueue {
		if !rep.Submit(attA, attB) {
			t.Fatalf("Submit %d refused before the queue was full", i)
		}
	}
	if rep.Submit(attA, attB) {
		t.Fatal("Submit accepted evidence past the queue's bound")
	}
	if value(m.SlashReportFailures) != 1 {
		t.Fatalf("failures metric %v, want 1 (the dropped evidence)", value(m.SlashReportFailures))
	}
	runBackground(t, rep)
	waitFor(t, "the queued evidence slashed", func() bool { return len(e.slashedEvents()) == 1 })
	waitFor(t, "the queue drained", func() bool { return len(rep.queue) == 0 })
	if value(m.SlashReports) != 1 {
		t.Fatalf("reports metric %v: the repeats must be refused as already reported", value(m.SlashReports))
	}
}

// doubleVote signs two prevotes of one height and round for different
// blocks with key (a consensus key as CometBFT holds it) for chainID.
func (e *env) doubleVote(key *ecdsa.PrivateKey, chainID string, height int64, round int32) *contracts.DoubleVote {
	e.t.Helper()
	priv := cmtsecp.PrivKey(crypto.FromECDSA(key))
	vote := func(block string) *cmttypes.Vote {
		v := &cmttypes.Vote{Type: cmtproto.PrevoteType, Height: height, Round: round, Timestamp: time.Unix(1_700_000_000, 0).UTC(),
			BlockID:          cmttypes.BlockID{Hash: tmhash.Sum([]byte(block)), PartSetHeader: cmttypes.PartSetHeader{Total: 1, Hash: tmhash.Sum([]byte(block + " parts"))}},
			ValidatorAddress: priv.PubKey().Address()}
		sig, err := priv.Sign(cmttypes.VoteSignBytes(chainID, v.ToProto()))
		if err != nil {
			e.t.Fatal(err)
		}
		v.Signature = sig
		return v
	}
	d, err := contracts.DoubleVoteFromVotes(chainID, vote("a"), vote("b"))
	if err != nil {
		e.t.Fatal(err)
	}
	return d
}

func (e *env) doubleVoteEvents() []*bindings.SlasherDoubleVoteSlashed {
	e.t.Helper()
	ls, err := e.client.FilterLogs(e.ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{e.d.Slasher}})
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*bindings.SlasherDoubleVoteSlashed
	for i := range ls {
		if ev, err := e.slasher.UnpackDoubleVoteSlashedEvent(&ls[i]); err == nil {
			out = append(out, ev)
		}
	}
	return out
}

// TestSlashReporterDoubleVote: a CometBFT double vote is reported once;
// a second reporter learns from the Slasher that it was punished
// (EvidenceAlreadyUsed in estimation) and sends nothing; evidence that is
// not a double vote of this chain is refused, locally or by the Slasher;
// SubmitDoubleVote reports from the reporter's loop.
func TestSlashReporterDoubleVote(t *testing.T) {
	e := newEnv(t, 3)
	op := e.register(e.accounts[2], ether(10))
	e.autoMine(20 * time.Millisecond)
	rep, m, txm := e.slashReporter(e.accounts[0])
	chainID := contracts.CometChainID(e.cfg.L2ChainID)
	d := e.doubleVote(op.Key, chainID, 50, 2)

	// A forged signature is refused before any transaction.
	strangerKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("stranger")))
	forged := *d
	forged.SigB = e.doubleVote(strangerKey, chainID, 50, 2).SigB
	if err := rep.ReportDoubleVote(e.ctx, &forged); !errors.Is(err, ErrInvalidEvidence) {
		t.Fatalf("forged signature: got %v, want ErrInvalidEvidence", err)
	}
	if value(m.TxPublished) != 0 {
		t.Fatal("a transaction went out for invalid evidence")
	}
	// Votes of another chain: the Slasher refuses them (in estimation).
	if err := rep.ReportDoubleVote(e.ctx, e.doubleVote(op.Key, "other-chain", 50, 2)); !errors.Is(err, ErrInvalidEvidence) ||
		!IsRevert(err, "WrongVoteChainId") {
		t.Fatalf("other chain: got %v, want ErrInvalidEvidence (WrongVoteChainId)", err)
	}

	if err := rep.ReportDoubleVote(e.ctx, d); err != nil {
		t.Fatalf("report: %v", err)
	}
	evs := e.doubleVoteEvents()
	if len(evs) != 1 || evs[0].Signer != op.Signer || evs[0].Height != 50 || evs[0].Round != 2 || evs[0].VoteType != 1 ||
		evs[0].Reporter != txm.Address() || evs[0].Amount.Cmp(ether(1)) != 0 {
		t.Fatalf("DoubleVoteSlashed events %+v", evs)
	}
	o := view(e, e.d.Staking, e.staking.PackOperators(op.Owner.Addr), e.staking.UnpackOperators)
	if !o.Jailed || o.Bonded.Sign() != 0 {
		t.Fatalf("operator after the slash: %+v", o)
	}
	if err := rep.ReportDoubleVote(e.ctx, d); !errors.Is(err, ErrAlreadyReported) {
		t.Fatalf("repeated report: got %v, want ErrAlreadyReported", err)
	}
	// Every validator sees the evidence: the others are told it is done.
	rep2, m2, txm2 := e.slashReporter(e.accounts[1])
	if err := rep2.ReportDoubleVote(e.ctx, d); !errors.Is(err, ErrAlreadyReported) {
		t.Fatalf("second reporter: got %v, want ErrAlreadyReported", err)
	}
	if n, _ := e.client.NonceAt(e.ctx, txm2.Address(), nil); n != 0 || value(m2.TxPublished) != 0 {
		t.Fatalf("second reporter sent %d transactions", n)
	}

	// From the loop: a double vote in another round slashes again (what
	// is still unbonding).
	runBackground(t, rep2)
	if !rep2.SubmitDoubleVote(e.doubleVote(op.Key, chainID, 50, 3)) {
		t.Fatal("SubmitDoubleVote refused")
	}
	// The metric moves once Send has the receipt, a moment after the event
	// is visible.
	waitFor(t, "the queued double vote slashed and counted", func() bool {
		return len(e.doubleVoteEvents()) == 2 && value(m2.SlashReports) == 1
	})
}

// TestSlashReporterExcludesFromBLSSet: with the BLS registries configured,
// a slash also takes the operator out of the current epoch's BLS set, so
// that no BLS certificate of the epoch counts it.
func TestSlashReporterExcludesFromBLSSet(t *testing.T) {
	e := newEnvWith(t, 5, func(c *contracts.Config) { c.BLSCertificates = true })
	ops := e.registerBLS(e.accounts[2:5]...)
	e.nextEpoch()
	e.te.PublishBLSSet()
	e.autoMine(20 * time.Millisecond)
	txm, m := e.txManager(e.accounts[0], nil, nil)
	rep, err := NewSlashReporter(SlashReporterConfig{Slasher: e.d.Slasher, Rollup: e.d.Rollup, L1ChainID: e.chainID, Launch: e.launch,
		BLSRegistry: e.d.BLS, StakingRegistry: e.d.Staking}, txm, nil, m)
	if err != nil {
		t.Fatal(err)
	}
	a := e.header(7)
	b := a
	b.NewRoot = root(99)
	if err := rep.Report(e.ctx, e.attest(ops[1].Key, a), e.attest(ops[1].Key, b)); err != nil {
		t.Fatal(err)
	}
	reg := bindings.NewBLSRegistry()
	epoch := view(e, e.d.BLS, reg.PackCurrentEpoch(), reg.UnpackCurrentEpoch)
	if ex := view(e, e.d.BLS, reg.PackExcludedOf(epoch), reg.UnpackExcludedOf); ex.Int64() != 1<<1 {
		t.Fatalf("excludedOf(%d) = %v, want validator 1 (the slashed operator)", epoch, ex)
	}
	// The set's total no longer counts its stake.
	if set := view(e, e.d.BLS, reg.PackBlsSetOf(epoch), reg.UnpackBlsSetOf); set.Total.Cmp(ether(20)) != 0 {
		t.Fatalf("epoch total after the exclusion: %v, want 20 ETH", set.Total)
	}
}
