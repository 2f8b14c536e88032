package contracts_test

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// The Rollup with the BLSRegistry as its certifier (Config.BLSCertificates,
// ADR 031): commitBatch takes the epoch, one aggregate signature and a
// bitmap of the epoch's published set.

// blsRollup is a BLS-certified deployment with five operators of 1 ETH,
// four of them with a BLS key (set order = registration order), in the
// epoch after they registered, with the epoch's set published: 4 of 5 ETH
// in the set, the fifth operator's stake only in the total.
func blsRollup(t *testing.T) (*te.Env, []*te.Operator) {
	t.Helper()
	e := te.New(t, 7, func(c *contracts.Config) { c.BLSCertificates = true })
	t.Cleanup(e.Close)
	var set []*te.Operator
	for i := range 5 {
		op := e.AddOperator(e.Users[i], te.Ether(1))
		if i < 4 {
			e.RegisterBLSKey(op)
			set = append(set, op)
		}
	}
	e.NextEpoch()
	e.PublishBLSSet()
	return e, set
}

// TestRollupBLSCertificates commits and finalizes batches under BLS
// certificates and refuses every certificate that must not count.
func TestRollupBLSCertificates(t *testing.T) {
	e, set := blsRollup(t)
	if got := te.Call(e, e.Rollup, e.RollupABI.PackCertifier(), e.RollupABI.UnpackCertifier); got != e.D.BLS {
		t.Fatalf("certifier %s, want the BLSRegistry %s", got, e.D.BLS)
	}
	sender := e.Users[6]
	all := func(int) bool { return true }
	commit := func(data []byte) string {
		t.Helper()
		_, err := e.Send(sender, e.Rollup, nil, data)
		return contracts.RevertName(err)
	}

	h := e.NextHeader(te.Root(1), 0, nil)
	// 4 of 5 ETH sign: >= 2/3 of the epoch's total, the keyless operator
	// counted in it.
	// Refusals first, then the valid commit.
	three := func(i int) bool { return i < 3 } // 3 of 5 ETH: below 2/3
	if r := commit(e.BLSCommitArgs(h, nil, set, three)); r != "NoQuorum" {
		t.Fatalf("3 of 5 ETH: %q, want NoQuorum", r)
	}
	// An ECDSA certificate is not a BLS one: its first 8 bytes (the first
	// signature's r) are read as the epoch.
	if r := commit(e.CommitArgs(h, nil, set...)); r != "WrongEpoch" {
		t.Fatalf("ECDSA signatures to a BLS-certified Rollup: %q, want WrongEpoch", r)
	}
	if r := commit(e.RollupABI.PackCommitBatch(h, nil, make([]byte, 136), e.Launch)); r != "BadCertificateLength" {
		t.Fatalf("a certificate without a bitmap: %q, want BadCertificateLength", r)
	}
	// A certificate of another launch's digest, or of another header.
	other := e.BLSCertificate(common.Hash{1}, h, set, all)
	if r := commit(e.RollupABI.PackCommitBatch(h, nil, other, e.Launch)); r != "BLSBadSignature" {
		t.Fatalf("signed for another launch: %q, want BLSBadSignature", r)
	}
	h2 := e.NextHeader(te.Root(2), 0, nil)
	if r := commit(e.RollupABI.PackCommitBatch(h, nil, e.BLSCertificate(e.Launch, h2, set, all), e.Launch)); r != "BLSBadSignature" {
		t.Fatalf("signed for another header: %q, want BLSBadSignature", r)
	}
	// A bitmap that claims a signer who did not sign.
	cert := e.BLSCertificate(e.Launch, h, set, three)
	cert[len(cert)-1] |= 1 << 3
	if r := commit(e.RollupABI.PackCommitBatch(h, nil, cert, e.Launch)); r != "BLSBadSignature" {
		t.Fatalf("a bitmap naming a non-signer: %q, want BLSBadSignature", r)
	}

	cert = e.BLSCertificate(e.Launch, h, set, all)
	r := e.Must(sender, e.Rollup, nil, e.RollupABI.PackCommitBatch(h, nil, cert, e.Launch))
	var committed bool
	for _, l := range r.Logs {
		if ev, err := e.RollupABI.UnpackBatchCommittedEvent(l); err == nil {
			committed = true
			if ev.SignedStake.Cmp(te.Ether(4)) != 0 || ev.TotalStake.Cmp(te.Ether(5)) != 0 {
				t.Fatalf("BatchCommitted: signed %v of %v, want 4 of 5 ETH", ev.SignedStake, ev.TotalStake)
			}
		}
	}
	if !committed {
		t.Fatal("no BatchCommitted event")
	}
	epoch := currentEpoch(e)
	ev := e.Committed(0)
	if want := contracts.BLSSignersHash(epoch, []byte{0x0f}); ev.Record.SignersHash != want || ev.HeaderHash != contracts.HeaderHash(h) {
		t.Fatalf("commit (header %x, signers %x), want header %s and keccak256(epoch || bitmap) %s", ev.HeaderHash, ev.Record.SignersHash, contracts.HeaderHash(h), want)
	}
	stored := te.Call(e, e.Rollup, e.RollupABI.PackCommitments(common.Big0), e.RollupABI.UnpackCommitments)
	if want := contracts.BatchCommitment(ev.HeaderHash, ev.Record); stored != want {
		t.Fatalf("stored commitment %x, want %s", stored, want)
	}
	e.Must(sender, e.Rollup, nil, e.ProveArgs(h))
	t.Logf("commitBatch with a BLS certificate of 4: %d gas", r.GasUsed)

	// Next epoch: the old set's certificates no longer count, and the new
	// epoch's set must be published before any commit.
	e.NextEpoch()
	h = e.NextHeader(te.Root(3), 0, nil)
	old := e.BLSCertificate(e.Launch, h, set, all)
	if r := commit(e.RollupABI.PackCommitBatch(h, nil, old, e.Launch)); r != "BLSSetNotPublished" {
		t.Fatalf("new epoch, set not published: %q, want BLSSetNotPublished", r)
	}
	copy(old[:8], []byte{0, 0, 0, 0, 0, 0, 0, byte(epoch)}) // the previous epoch's set
	if r := commit(e.RollupABI.PackCommitBatch(h, nil, old, e.Launch)); r != "WrongEpoch" {
		t.Fatalf("a certificate of the previous epoch: %q, want WrongEpoch", r)
	}
	e.PublishBLSSet()
	e.Must(sender, e.Rollup, nil, e.BLSCommitArgs(h, nil, set, all))
}

// TestRollupDefaultCertifier: without BLSCertificates the StakingRegistry
// checks ECDSA certificates, and a BLS certificate is refused.
func TestRollupDefaultCertifier(t *testing.T) {
	e := te.New(t, 3, nil)
	t.Cleanup(e.Close)
	op := e.AddOperator(e.Users[0], te.Ether(1))
	e.RegisterBLSKey(op)
	e.NextEpoch()
	e.PublishBLSSet()
	if got := te.Call(e, e.Rollup, e.RollupABI.PackCertifier(), e.RollupABI.UnpackCertifier); got != e.D.Staking {
		t.Fatalf("certifier %s, want the StakingRegistry %s", got, e.D.Staking)
	}
	// The contracts deployed before the BLSRegistry were given its
	// predicted address: the one it landed at.
	nb := bindings.NewNodeBounty()
	for name, got := range map[string]common.Address{
		"Slasher":    te.Call(e, e.Slasher, e.SlasherABI.PackBls(), e.SlasherABI.UnpackBls),
		"RewardPool": te.Call(e, e.Pool, e.PoolABI.PackBls(), e.PoolABI.UnpackBls),
		"NodeBounty": te.Call(e, nb.Instance(e.Client, e.D.NodeBounty), nb.PackBls(), nb.UnpackBls),
	} {
		if got != e.D.BLS {
			t.Errorf("%s.bls() = %s, the BLSRegistry is at %s", name, got, e.D.BLS)
		}
	}
	h := e.NextHeader(te.Root(1), 0, nil)
	_, err := e.Send(e.Users[1], e.Rollup, nil, e.BLSCommitArgs(h, nil, []*te.Operator{op}, func(int) bool { return true }))
	if r := contracts.RevertName(err); r == "" {
		t.Fatal("a BLS certificate was accepted by the ECDSA certifier")
	}
	e.Must(e.Users[1], e.Rollup, nil, e.CommitArgs(h, nil, op))
}

// blsSign is op's BLS signature (128 bytes) of h's attestation digest.
func blsSign(e *te.Env, op *te.Operator, h bindings.BatchHeader) []byte {
	d := contracts.AttestationDigest(e.ChainID, e.D.Rollup, e.Launch, h)
	return msSig(op.BLSKey.Sign(d[:]))
}

// TestSlasherBLSEquivocation slashes a validator for two BLS attestations
// of one batch index, excludes it from the current epoch's certificates,
// and refuses every piece of evidence that must not slash.
func TestSlasherBLSEquivocation(t *testing.T) {
	e, set := blsRollup(t)
	epoch := currentEpoch(e)
	a := e.NextHeader(te.Root(1), 0, nil)
	b := e.NextHeader(te.Root(2), 0, nil)
	victim := set[1]
	ev := func(index int64, sigA, sigB []byte) bindings.SlasherBLSEvidence {
		return bindings.SlasherBLSEvidence{Epoch: epoch, Index: big.NewInt(index), SigA: sigA, SigB: sigB}
	}
	submit := func(a, b bindings.BatchHeader, x bindings.SlasherBLSEvidence) (*types.Receipt, string) {
		t.Helper()
		r, err := e.Send(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitBLSEquivocation(e.Launch, a, b, x))
		return r, contracts.RevertName(err)
	}
	sa, sb := blsSign(e, victim, a), blsSign(e, victim, b)
	for _, c := range []struct {
		name string
		a, b bindings.BatchHeader
		ev   bindings.SlasherBLSEvidence
		want string
	}{
		{"one header twice", a, a, ev(1, sa, sa), "IdenticalAttestations"},
		{"another batch index", a, func() bindings.BatchHeader { x := b; x.BatchIndex++; return x }(), ev(1, sa, sb), "DifferentBatchIndex"},
		{"the first signed by another validator", a, b, ev(1, blsSign(e, set[2], a), sb), "InvalidBLSSignature"},
		{"the second of another header", a, b, ev(1, sa, blsSign(e, victim, a)), "InvalidBLSSignature"},
		{"another validator's index", a, b, ev(2, sa, sb), "InvalidBLSSignature"},
		{"an index beyond the set", a, b, ev(4, sa, sb), "BadValidatorIndex"},
		{"a set never published", a, b, bindings.SlasherBLSEvidence{Epoch: epoch + 5, Index: big.NewInt(1), SigA: sa, SigB: sb}, "BLSSetNotPublished"},
		{"a malformed signature", a, b, ev(1, sa[:64], sb), "BLSInvalidLength"},
	} {
		if _, r := submit(c.a, c.b, c.ev); r != c.want {
			t.Errorf("%s: %q, want %q", c.name, r, c.want)
		}
	}
	before := te.Call(e, e.Staking, e.StakingABI.PackOperators(victim.Owner.Addr), e.StakingABI.UnpackOperators)
	r, reason := submit(a, b, ev(1, sa, sb))
	if reason != "" {
		t.Fatalf("valid evidence: %s", reason)
	}
	var slashed bool
	for _, l := range r.Logs {
		if x, err := e.SlasherABI.UnpackEquivocationSlashedEvent(l); err == nil {
			slashed = x.Signer == victim.Signer && x.Amount.Sign() > 0
		}
	}
	after := te.Call(e, e.Staking, e.StakingABI.PackOperators(victim.Owner.Addr), e.StakingABI.UnpackOperators)
	if !slashed || !after.Jailed || after.Bonded.Cmp(before.Bonded) >= 0 {
		t.Fatalf("not slashed: event %v, jailed %v, bonded %v -> %v", slashed, after.Jailed, before.Bonded, after.Bonded)
	}
	// Out of the current epoch's certificates at once: its bit reverts,
	// and the total no longer counts its stake.
	if ex := te.Call(e, e.BLS, e.BLSABI.PackExcludedOf(epoch), e.BLSABI.UnpackExcludedOf); ex.Int64() != 1<<1 {
		t.Fatalf("excludedOf = %v, want validator 1", ex)
	}
	h := e.NextHeader(te.Root(3), 0, nil)
	if _, err := e.Send(e.Users[6], e.Rollup, nil, e.BLSCommitArgs(h, nil, set, func(int) bool { return true })); contracts.RevertName(err) != "ExcludedSigner" {
		t.Fatalf("a certificate counting the slashed validator: %q, want ExcludedSigner", contracts.RevertName(err))
	}
	e.Must(e.Users[6], e.Rollup, nil, e.BLSCommitArgs(h, nil, set, func(i int) bool { return i != 1 }))
	// Each equivocation is punished once, by either kind of evidence.
	if _, r := submit(a, b, ev(1, sa, sb)); r != "EvidenceAlreadyUsed" {
		t.Fatalf("the same evidence again: %q, want EvidenceAlreadyUsed", r)
	}
	sigs := e.Sign(a, victim)
	sigs2 := e.Sign(b, victim)
	if _, err := e.Send(e.Users[6], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sigs[0].Sig, b, sigs2[0].Sig)); contracts.RevertName(err) != "EvidenceAlreadyUsed" {
		t.Fatalf("ECDSA evidence of the same equivocation: %q, want EvidenceAlreadyUsed", contracts.RevertName(err))
	}
}

// TestRewardPoolDistributeBLS pays a BLS-certified batch's reward to the
// owners its bitmap names, from the epoch's set, and refuses a bitmap that
// is not the certificate's.
func TestRewardPoolDistributeBLS(t *testing.T) {
	e, set := blsRollup(t)
	epoch := currentEpoch(e)
	e.Must(e.Users[5], e.Pool, te.Ether(3), e.PoolABI.PackFund())
	h := e.NextHeader(te.Root(1), 0, nil)
	e.Must(e.Users[6], e.Rollup, nil, e.BLSCommitArgs(h, nil, set, func(int) bool { return true }))
	dist := func(epoch uint64, bitmap []byte) string {
		t.Helper()
		_, err := e.Send(e.Users[6], e.Pool, nil, e.PoolABI.PackDistributeBLS(common.Big0, e.HeaderHashOf(common.Big0), e.RecordOf(common.Big0), epoch, bitmap))
		return contracts.RevertName(err)
	}
	if r := dist(epoch, []byte{0x0f}); r != "BatchNotFinalized" {
		t.Fatalf("before the proof: %q", r)
	}
	e.Must(e.Users[6], e.Rollup, nil, e.ProveArgs(h))
	for _, c := range []struct {
		epoch  uint64
		bitmap []byte
	}{{epoch, []byte{0x07}}, {epoch + 1, []byte{0x0f}}, {epoch, []byte{0x0f, 0}}} {
		if r := dist(c.epoch, c.bitmap); r != "SignersMismatch" {
			t.Errorf("epoch %d bitmap %x: %q, want SignersMismatch", c.epoch, c.bitmap, r)
		}
	}
	// The right bitmap with another header hash (or the signers hash in its
	// place) does not make the stored commitment.
	for _, hh := range []common.Hash{{}, contracts.HeaderHash(e.NextHeader(te.Root(9), 0, nil)), contracts.BLSSignersHash(epoch, []byte{0x0f})} {
		_, err := e.Send(e.Users[6], e.Pool, nil, e.PoolABI.PackDistributeBLS(common.Big0, hh, e.RecordOf(common.Big0), epoch, []byte{0x0f}))
		if r := contracts.RevertName(err); r != "SignersMismatch" {
			t.Errorf("header hash %s: %q, want SignersMismatch", hh, r)
		}
	}
	// The ECDSA form cannot claim a BLS batch either.
	if _, err := e.Send(e.Users[6], e.Pool, nil, e.PoolABI.PackDistribute(common.Big0, e.HeaderHashOf(common.Big0), e.RecordOf(common.Big0), []common.Address{set[0].Signer}, []*big.Int{te.Ether(1)})); contracts.RevertName(err) != "SignersMismatch" {
		t.Fatalf("ECDSA distribute of a BLS batch: %q", contracts.RevertName(err))
	}
	if r := dist(epoch, []byte{0x0f}); r != "" {
		t.Fatalf("distributeBLS: %s", r)
	}
	if r := dist(epoch, []byte{0x0f}); r != "AlreadyDistributed" {
		t.Fatalf("twice: %q", r)
	}
	// rewardPerBatch over four equal stakes; the keyless operator signed
	// nothing and gets nothing.
	per := new(big.Int).Div(e.Cfg.RewardPerBatch, big.NewInt(4))
	for i, op := range set {
		if got := te.Call(e, e.Pool, e.PoolABI.PackOwed(op.Owner.Addr), e.PoolABI.UnpackOwed); got.Cmp(per) != 0 {
			t.Errorf("validator %d owed %v, want %v", i, got, per)
		}
	}
	if got := te.Call(e, e.Pool, e.PoolABI.PackOwed(e.Users[4].Addr), e.PoolABI.UnpackOwed); got.Sign() != 0 {
		t.Errorf("the operator without a BLS key is owed %v", got)
	}
}

// TestBountyClaimBLS pays a bounty's seats for a BLS-certified batch: the
// seated validators the certificate's bitmap names, found from the
// epoch's set.
func TestBountyClaimBLS(t *testing.T) {
	e := te.New(t, 8, func(c *contracts.Config) {
		c.BLSCertificates = true
		c.BountyClaimPeriod = bountyClaimPeriod
	})
	t.Cleanup(e.Close)
	var set []*te.Operator
	for i := range 4 {
		op := e.AddOperator(e.Users[i], te.Ether(1))
		e.RegisterBLSKey(op)
		set = append(set, op)
	}
	e.NextEpoch()
	e.PublishBLSSet()
	b := &bountyEnv{Env: e, t: t, poster: e.Users[5], anyone: e.Users[6]}
	b.abi = bindings.NewNodeBounty()
	b.nb = b.abi.Instance(e.Client, e.D.NodeBounty)
	id := b.post(b.poster, b.terms(milli, 3), te.Ether(1), 0)
	b.join(id, set[0])
	b.join(id, set[2])
	// Validators 0, 1 and 3 sign (3 of 4 ETH): 0 is seated and paid, 2 is
	// seated and did not sign, 1 and 3 have no seat.
	h := e.NextHeader(te.Root(1), 0, nil)
	e.Must(b.anyone, e.Rollup, nil, e.BLSCommitArgs(h, nil, set, func(i int) bool { return i != 2 }))
	epoch := currentEpoch(e)
	claim := func(bitmap []byte) (*types.Receipt, error) {
		return e.Send(b.anyone, b.nb, nil, b.abi.PackClaimBLS(u256(id), common.Big0, b.HeaderHashOf(common.Big0), b.RecordOf(common.Big0), epoch, bitmap))
	}
	_, err := claim([]byte{0x0b})
	b.Reverts(err, "BatchNotFinalized")
	b.prove(h)
	_, err = claim([]byte{0x0f}) // a bitmap that is not the certificate's
	b.Reverts(err, "SignersMismatch")
	// The certificate's bitmap with another header hash.
	_, err = e.Send(b.anyone, b.nb, nil, b.abi.PackClaimBLS(u256(id), common.Big0, contracts.HeaderHash(e.NextHeader(te.Root(9), 0, nil)), e.RecordOf(common.Big0), epoch, []byte{0x0b}))
	b.Reverts(err, "SignersMismatch")
	// The ECDSA form cannot claim it either.
	_, err = b.claim(id, 0, set[0], set[1], set[3])
	b.Reverts(err, "SignersMismatch")
	r, err := claim([]byte{0x0b})
	if err != nil {
		t.Fatalf("claimBLS: %v", err)
	}
	ev := eventOf(t, r, e.D.NodeBounty, b.abi.UnpackBatchClaimedEvent)
	if len(ev.Operators) != 1 || ev.Operators[0] != set[0].Owner.Addr || ev.Share.Cmp(milli) != 0 {
		t.Fatalf("BatchClaimed %+v, want validator 0's owner paid %v", ev, milli)
	}
	b.wantOwed(id, set[0], milli)
	b.wantOwed(id, set[2], new(big.Int))
	_, err = claim([]byte{0x0b})
	b.Reverts(err, "AlreadyClaimed")
	// A bounty posted after the batch was committed does not pay it.
	later := b.post(b.poster, b.terms(milli, 3), te.Ether(1), 0)
	_, err = e.Send(b.anyone, b.nb, nil, b.abi.PackClaimBLS(u256(later), common.Big0, b.HeaderHashOf(common.Big0), b.RecordOf(common.Big0), epoch, []byte{0x0b}))
	b.Reverts(err, "OutsideWindow")
	// signersOf refuses a bitmap that does not fit the set.
	reg := bindings.NewBLSRegistry()
	for _, bm := range [][]byte{{0x0b, 0}, {0x1b}} {
		if _, err := bind2Call(e, e.D.BLS, reg.PackSignersOf(epoch, bm)); contracts.RevertName(err) != "BLSCertificateBadBitmap" {
			t.Errorf("signersOf bitmap %x: %q, want BLSCertificateBadBitmap", bm, contracts.RevertName(err))
		}
	}
}
