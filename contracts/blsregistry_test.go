package contracts_test

import (
	"bytes"
	"encoding/binary"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// BLSRegistry (ADR 031, "Wiring: StakingRegistry"): keys registered with a
// proof of possession bound to the owner, the epoch's set published from
// StakingRegistry's operator list, certificates checked against it.

// blsCert is the aggregate signature of digest by the validators of the
// set (in set order) whose index is in signers, and the bitmap naming them.
func blsCert(t testing.TB, set []*minsig.SecretKey, digest common.Hash, signers ...int) (bitmap, sig []byte) {
	t.Helper()
	bitmap = make([]byte, (len(set)+7)/8)
	var sigs []*minsig.Signature
	for _, i := range signers {
		bitmap[i/8] |= 1 << (i % 8)
		sigs = append(sigs, set[i].Sign(digest[:]))
	}
	agg, err := minsig.AggregateSignatures(sigs...)
	if err != nil {
		t.Fatal(err)
	}
	return bitmap, msSig(agg)
}

type certResult struct {
	signed, total *big.Int
	hash          common.Hash
	revert        string
}

func verifyBLSCert(e *te.Env, epoch uint64, digest common.Hash, bitmap, sig []byte) certResult {
	e.T.Helper()
	out, err := bind2Call(e, e.D.BLS, e.BLSABI.PackVerifyBLSCertificate(epoch, digest, bitmap, sig))
	if err != nil {
		return certResult{revert: contracts.RevertName(err)}
	}
	v, err := e.BLSABI.UnpackVerifyBLSCertificate(out)
	if err != nil {
		e.T.Fatalf("unpack: %v", err)
	}
	return certResult{signed: v.SignedStake, total: v.Total, hash: v.SignersHash}
}

func currentEpoch(e *te.Env) uint64 {
	e.T.Helper()
	return te.Call(e, e.Staking, e.StakingABI.PackCurrentEpoch(), e.StakingABI.UnpackCurrentEpoch)
}

func blsSetOf(e *te.Env, epoch uint64) bindings.BlsSetOfOutput {
	e.T.Helper()
	return te.Call(e, e.BLS, e.BLSABI.PackBlsSetOf(epoch), e.BLSABI.UnpackBlsSetOf)
}

func publishedEvent(t testing.TB, e *te.Env, r *types.Receipt) *bindings.BLSRegistryBLSSetPublished {
	t.Helper()
	for _, l := range r.Logs {
		if ev, err := e.BLSABI.UnpackBLSSetPublishedEvent(l); err == nil {
			return ev
		}
	}
	t.Fatal("no BLSSetPublished event")
	return nil
}

func signersHash(epoch uint64, bitmap []byte) common.Hash {
	return crypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, epoch), bitmap)
}

// revertArg is the last 20 bytes of a revert's data (an address argument).
func revertArg(err error) common.Address {
	d := contracts.RevertData(err)
	if len(d) < 36 {
		return common.Address{}
	}
	return common.BytesToAddress(d[len(d)-20:])
}

// TestBLSRegistryCertificate registers keys for four of five operators,
// publishes the set and checks certificates: the stakes and the total it
// returns (the total counts the operator without a key), and each way a
// certificate is refused.
func TestBLSRegistryCertificate(t *testing.T) {
	e := te.New(t, 5, nil)
	t.Cleanup(e.Close)
	var ops []*te.Operator
	for i := 0; i < 5; i++ {
		ops = append(ops, e.AddOperator(e.Users[i], te.Ether(int64(10*(i+1)))))
	}
	for _, op := range ops[:4] {
		e.RegisterBLSKey(op)
	}
	// Stake counts from the epoch after registration.
	if _, err := e.Send(e.Deployer, e.BLS, nil, e.BLSABI.PackPublishBLSSet()); contracts.RevertName(err) != "NoBLSValidators" {
		t.Fatalf("publish in the registration epoch: %q, want NoBLSValidators", contracts.RevertName(err))
	}
	e.NextEpoch()
	epoch := currentEpoch(e)
	if r := verifyBLSCert(e, epoch, common.Hash{1}, []byte{1}, make([]byte, 128)); r.revert != "BLSSetNotPublished" {
		t.Fatalf("certificate before publication: %q, want BLSSetNotPublished", r.revert)
	}
	ev := publishedEvent(t, e, e.PublishBLSSet())
	wantOwners := []common.Address{ops[0].Owner.Addr, ops[1].Owner.Addr, ops[2].Owner.Addr, ops[3].Owner.Addr}
	if ev.Epoch != epoch || ev.N.Int64() != 4 || ev.SetStake.Cmp(te.Ether(100)) != 0 || ev.Total.Cmp(te.Ether(150)) != 0 ||
		len(ev.Owners) != 4 || ev.Data2 != (common.Address{}) {
		t.Fatalf("BLSSetPublished: epoch %d n %v setStake %v total %v owners %v data2 %v",
			ev.Epoch, ev.N, ev.SetStake, ev.Total, ev.Owners, ev.Data2)
	}
	for i := range wantOwners {
		if ev.Owners[i] != wantOwners[i] {
			t.Fatalf("owner %d: %v, want %v (operator list order)", i, ev.Owners[i], wantOwners[i])
		}
	}
	s := blsSetOf(e, epoch)
	if s.Data != ev.Data || s.N.Int64() != 4 || s.SetStake.Cmp(te.Ether(100)) != 0 || s.Total.Cmp(te.Ether(150)) != 0 {
		t.Fatalf("blsSetOf: %+v", s)
	}
	// The data contract holds the keys in set order.
	code, err := e.Client.CodeAt(e.Ctx, s.Data, nil)
	if err != nil {
		t.Fatal(err)
	}
	// (0x00, the 226-byte header, 204-byte records: BLSMinSigCertificate.)
	if len(code) != 1+226+4*204 {
		t.Fatalf("data contract: %d bytes, want %d", len(code), 1+226+4*204)
	}
	for i, op := range ops[:4] {
		pk := msPK(op.BLSKey)
		if off := 1 + 226 + i*204; !bytes.Equal(code[off:off+48], pk[16:64]) {
			t.Fatalf("record %d is not operator %d's key", i, i)
		}
	}
	if n := binary.BigEndian.Uint16(code[1+224 : 1+226]); n != 4 {
		t.Fatalf("header: n = %d, want 4", n)
	}
	if _, err := e.Send(e.Users[4], e.BLS, nil, e.BLSABI.PackPublishBLSSet()); contracts.RevertName(err) != "BLSSetAlreadyPublished" {
		t.Fatalf("second publication: %q, want BLSSetAlreadyPublished", contracts.RevertName(err))
	}

	keys := []*minsig.SecretKey{ops[0].BLSKey, ops[1].BLSKey, ops[2].BLSKey, ops[3].BLSKey}
	digest := common.HexToHash("0x6d7963656c2062617463682031")
	// All four: 100 of 150, exactly 2/3.
	bm, sig := blsCert(t, keys, digest, 0, 1, 2, 3)
	r := verifyBLSCert(e, epoch, digest, bm, sig)
	if r.revert != "" || r.signed.Cmp(te.Ether(100)) != 0 || r.total.Cmp(te.Ether(150)) != 0 || r.hash != signersHash(epoch, bm) {
		t.Fatalf("all sign: %+v", r)
	}
	// Three: 90.
	bm3, sig3 := blsCert(t, keys, digest, 1, 2, 3)
	if r := verifyBLSCert(e, epoch, digest, bm3, sig3); r.revert != "" || r.signed.Cmp(te.Ether(90)) != 0 || r.hash != signersHash(epoch, bm3) {
		t.Fatalf("three sign: %+v", r)
	}

	outsider := e.NewBLSKey()
	aggWithOutsider, _ := minsig.AggregateSignatures(keys[1].Sign(digest[:]), keys[2].Sign(digest[:]), outsider.Sign(digest[:]))
	for _, c := range []struct {
		name   string
		digest common.Hash
		bitmap []byte
		sig    []byte
		want   string
	}{
		{"wrong digest", common.Hash{2}, bm, sig, "BLSBadSignature"},
		{"bitmap claims a non-signer", digest, []byte{0x0f}, sig3, "BLSBadSignature"},
		{"bitmap leaves a signer out", digest, []byte{0x06}, sig3, "BLSBadSignature"},
		{"a key not registered signs", digest, []byte{0x01}, msSig(outsider.Sign(digest[:])), "BLSBadSignature"},
		{"a key not registered in the aggregate", digest, []byte{0x0e}, msSig(aggWithOutsider), "BLSBadSignature"},
		// Operator 4 has stake but no BLS key: it is not in the set, and a
		// bit for a fifth validator is refused.
		{"bit for the operator without a BLS key", digest, []byte{0x1f}, sig, "BLSCertificateBadBitmap"},
		{"bitmap too long", digest, []byte{0x0f, 0}, sig, "BLSCertificateBadBitmap"},
		{"no signer", digest, []byte{0}, sig, "BLSCertificateNoSigners"},
		{"signature at infinity", digest, bm, make([]byte, 128), "BLSInfinitySignature"},
		{"short signature", digest, bm, sig[:127], "BLSInvalidLength"},
	} {
		if r := verifyBLSCert(e, epoch, c.digest, c.bitmap, c.sig); r.revert != c.want {
			t.Errorf("%s: %q, want %s", c.name, r.revert, c.want)
		}
	}
	// Other epochs have no set.
	for _, ep := range []uint64{epoch - 1, epoch + 1} {
		if r := verifyBLSCert(e, ep, digest, bm, sig); r.revert != "BLSSetNotPublished" {
			t.Errorf("epoch %d: %q, want BLSSetNotPublished", ep, r.revert)
		}
	}
	if s := blsSetOf(e, epoch+1); s.Data != (common.Address{}) || s.N.Sign() != 0 {
		t.Errorf("blsSetOf(unpublished): %+v", s)
	}
}

// TestBLSRegistryRegister: who may register which key with which proof,
// each refusal with its error; a copied key and proof fail whichever
// transaction lands first; a replaced key enters the next published set
// only and stays taken.
func TestBLSRegistryRegister(t *testing.T) {
	e := te.New(t, 3, nil)
	t.Cleanup(e.Close)
	alice := e.AddOperator(e.Users[0], te.Ether(10))
	bob := e.AddOperator(e.Users[1], te.Ether(10))
	stranger := e.Users[2] // no operator
	ka, kb := e.NewBLSKey(), e.NewBLSKey()
	aliceArgs := e.RegisterBLSKeyArgs(alice.Owner.Addr, ka)
	pkA, popA := contracts.BLSProofOfPossession(ka, e.ChainID, e.D.BLS, alice.Owner.Addr)

	send := func(from te.Account, data []byte) error {
		t.Helper()
		_, err := e.Send(from, e.BLS, nil, data)
		return err
	}
	want := func(name string, err error, revert string) {
		t.Helper()
		if got := contracts.RevertName(err); got != revert {
			t.Errorf("%s: %q, want %s", name, got, revert)
		}
	}

	want("unregistered caller", send(stranger, e.RegisterBLSKeyArgs(stranger.Addr, ka)), "NotRegistered")
	// Bob front-runs Alice with her key and proof: the proof names Alice.
	want("copied key and proof, first", send(bob.Owner, aliceArgs), "BLSInvalidProofOfPossession")
	unboundPoP := ka.ProvePossession().Bytes()
	want("unbound proof (the draft's PopProve)", send(alice.Owner, e.BLSABI.PackRegisterBLSKey(pkA, unboundPoP[:])), "BLSInvalidProofOfPossession")
	_, popB := contracts.BLSProofOfPossession(kb, e.ChainID, e.D.BLS, alice.Owner.Addr)
	want("proof for another key", send(alice.Owner, e.BLSABI.PackRegisterBLSKey(pkA, popB)), "BLSInvalidProofOfPossession")
	_, popOtherChain := contracts.BLSProofOfPossession(ka, big.NewInt(1), e.D.BLS, alice.Owner.Addr)
	want("proof for another chain", send(alice.Owner, e.BLSABI.PackRegisterBLSKey(pkA, popOtherChain)), "BLSInvalidProofOfPossession")
	sigAsPoP := ka.Sign(pkA).Bytes()
	want("a signature as proof", send(alice.Owner, e.BLSABI.PackRegisterBLSKey(pkA, sigAsPoP[:])), "BLSInvalidProofOfPossession")

	// Malformed keys and proofs.
	offCurve := bytes.Clone(pkA)
	offCurve[255] ^= 1
	padded := bytes.Clone(pkA)
	padded[0] = 1
	for _, c := range []struct {
		name    string
		pk, pop []byte
		want    string
	}{
		{"short key", pkA[:255], popA, "BLSInvalidLength"},
		{"long key", append(bytes.Clone(pkA), 0), popA, "BLSInvalidLength"},
		{"key at infinity", make([]byte, 256), popA, "BLSInfinityPublicKey"},
		{"key off the curve", offCurve, popA, "BLSInvalidPoint"},
		{"key with non-zero padding", padded, popA, "BLSInvalidPoint"},
		{"short proof", pkA, popA[:127], "BLSInvalidLength"},
		{"proof at infinity", pkA, make([]byte, 128), "BLSInfinitySignature"},
	} {
		want(c.name, send(alice.Owner, e.BLSABI.PackRegisterBLSKey(c.pk, c.pop)), c.want)
	}

	// Alice registers; the event carries the key.
	r := e.Must(alice.Owner, e.BLS, nil, aliceArgs)
	alice.BLSKey = ka
	ev, err := e.BLSABI.UnpackBLSKeyRegisteredEvent(r.Logs[len(r.Logs)-1])
	if err != nil || ev.Owner != alice.Owner.Addr || !bytes.Equal(ev.PublicKey, pkA) || ev.Replaced ||
		ev.KeyHash != crypto.Keccak256Hash(pkA) {
		t.Fatalf("BLSKeyRegistered: %+v %v", ev, err)
	}
	if got := te.Call(e, e.BLS, e.BLSABI.PackBlsKeyOf(alice.Owner.Addr), e.BLSABI.UnpackBlsKeyOf); !bytes.Equal(got, pkA) {
		t.Fatalf("blsKeyOf: %x", got)
	}
	if got := te.Call(e, e.BLS, e.BLSABI.PackBlsKeyOwner(crypto.Keccak256Hash(pkA)), e.BLSABI.UnpackBlsKeyOwner); got != alice.Owner.Addr {
		t.Fatalf("blsKeyOwner: %v", got)
	}
	// Bob copies after her: the key is taken. Even a proof made for Bob by
	// the key's holder does not get it a second owner.
	err = send(bob.Owner, aliceArgs)
	want("copied key and proof, after", err, "BLSKeyAlreadyRegistered")
	if revertArg(err) != alice.Owner.Addr {
		t.Errorf("BLSKeyAlreadyRegistered names %v, want Alice", revertArg(err))
	}
	want("the key's holder proves it for Bob too", send(bob.Owner, e.RegisterBLSKeyArgs(bob.Owner.Addr, ka)), "BLSKeyAlreadyRegistered")
	e.RegisterBLSKey(bob)

	// Replacement: the set published before keeps the old key, the next
	// one has the new; the old key stays taken, by Alice too.
	e.NextEpoch()
	e.PublishBLSSet()
	epoch1 := currentEpoch(e)
	ka2 := e.NewBLSKey()
	r = e.Must(alice.Owner, e.BLS, nil, e.RegisterBLSKeyArgs(alice.Owner.Addr, ka2))
	if ev, err := e.BLSABI.UnpackBLSKeyRegisteredEvent(r.Logs[len(r.Logs)-1]); err != nil || !ev.Replaced {
		t.Fatalf("replacement event: %+v %v", ev, err)
	}
	want("re-registering the replaced key", send(alice.Owner, aliceArgs), "BLSKeyAlreadyRegistered")
	e.NextEpoch()
	e.PublishBLSSet()
	epoch2 := currentEpoch(e)
	digest := common.Hash{7}
	for _, c := range []struct {
		epoch uint64
		key   *minsig.SecretKey
		want  string
	}{{epoch1, ka, ""}, {epoch1, ka2, "BLSBadSignature"}, {epoch2, ka2, ""}, {epoch2, ka, "BLSBadSignature"}} {
		bm, sig := blsCert(t, []*minsig.SecretKey{c.key, bob.BLSKey}, digest, 0, 1)
		if r := verifyBLSCert(e, c.epoch, digest, bm, sig); r.revert != c.want {
			t.Errorf("epoch %d, Alice's key %d: %q, want %q", c.epoch, map[bool]int{true: 1, false: 2}[c.key == ka], r.revert, c.want)
		}
	}
}

// TestBLSRegistryStakeChanges: each epoch's set has that epoch's stakes;
// operators that leave, join or change stake appear as they do in
// stakeOf, in operator-list order, and an older set keeps its stakes.
func TestBLSRegistryStakeChanges(t *testing.T) {
	e := te.New(t, 4, nil)
	t.Cleanup(e.Close)
	var ops []*te.Operator
	for i := 0; i < 3; i++ {
		op := e.AddOperator(e.Users[i], te.Ether(10))
		e.RegisterBLSKey(op)
		ops = append(ops, op)
	}
	e.NextEpoch()
	e1 := currentEpoch(e)
	e.PublishBLSSet()
	keys1 := []*minsig.SecretKey{ops[0].BLSKey, ops[1].BLSKey, ops[2].BLSKey}

	// Operator 0 adds 20, operator 1 leaves, a fourth joins with a key.
	e.Must(ops[0].Owner, e.Staking, te.Ether(20), e.StakingABI.PackAddStake())
	e.Must(ops[1].Owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(10)))
	op3 := e.AddOperator(e.Users[3], te.Ether(40))
	e.RegisterBLSKey(op3)
	// Within the epoch nothing changes, and the set cannot be redone.
	if _, err := e.Send(e.Deployer, e.BLS, nil, e.BLSABI.PackPublishBLSSet()); contracts.RevertName(err) != "BLSSetAlreadyPublished" {
		t.Fatalf("republish: %q", contracts.RevertName(err))
	}
	digest := common.Hash{9}
	bm, sig := blsCert(t, keys1, digest, 0, 1, 2)
	if r := verifyBLSCert(e, e1, digest, bm, sig); r.revert != "" || r.signed.Cmp(te.Ether(30)) != 0 || r.total.Cmp(te.Ether(30)) != 0 {
		t.Fatalf("epoch %d: %+v", e1, r)
	}

	e.NextEpoch()
	e2 := currentEpoch(e)
	if r := verifyBLSCert(e, e2, digest, bm, sig); r.revert != "BLSSetNotPublished" {
		t.Fatalf("new epoch before publication: %q", r.revert)
	}
	ev := publishedEvent(t, e, e.PublishBLSSet())
	want := []common.Address{ops[0].Owner.Addr, ops[2].Owner.Addr, op3.Owner.Addr}
	if ev.N.Int64() != 3 || ev.Owners[0] != want[0] || ev.Owners[1] != want[1] || ev.Owners[2] != want[2] ||
		ev.SetStake.Cmp(te.Ether(80)) != 0 || ev.Total.Cmp(te.Ether(80)) != 0 {
		t.Fatalf("epoch %d set: n %v owners %v setStake %v total %v", e2, ev.N, ev.Owners, ev.SetStake, ev.Total)
	}
	keys2 := []*minsig.SecretKey{ops[0].BLSKey, ops[2].BLSKey, op3.BLSKey}
	for _, c := range []struct {
		signers []int
		signed  int64
	}{{[]int{0, 1, 2}, 80}, {[]int{0, 2}, 70}, {[]int{1}, 10}} {
		bm, sig := blsCert(t, keys2, digest, c.signers...)
		if r := verifyBLSCert(e, e2, digest, bm, sig); r.revert != "" || r.signed.Cmp(te.Ether(c.signed)) != 0 || r.total.Cmp(te.Ether(80)) != 0 {
			t.Errorf("epoch %d, signers %v: %+v, want %d of 80", e2, c.signers, r, c.signed)
		}
	}
	// The old set still answers with its stakes; operator 1's key is not in
	// the new one (it would be index 1, which is operator 2's).
	if r := verifyBLSCert(e, e1, digest, bm, sig); r.revert != "" || r.signed.Cmp(te.Ether(30)) != 0 {
		t.Errorf("epoch %d after the change: %+v", e1, r)
	}
	bmOld, sigOld := blsCert(t, []*minsig.SecretKey{ops[0].BLSKey, ops[1].BLSKey, op3.BLSKey}, digest, 0, 1, 2)
	if r := verifyBLSCert(e, e2, digest, bmOld, sigOld); r.revert != "BLSBadSignature" {
		t.Errorf("the operator that left signs in epoch %d: %q, want BLSBadSignature", e2, r.revert)
	}
	list := func() []common.Address {
		t.Helper()
		n := te.Call(e, e.Staking, e.StakingABI.PackOperatorCount(), e.StakingABI.UnpackOperatorCount)
		out := make([]common.Address, n.Int64())
		for i := range out {
			out[i] = te.Call(e, e.Staking, e.StakingABI.PackOperatorList(big.NewInt(int64(i))), e.StakingABI.UnpackOperatorList)
		}
		return out
	}
	a0, a1, a2, a3 := ops[0].Owner.Addr, ops[1].Owner.Addr, ops[2].Owner.Addr, op3.Owner.Addr
	if got := list(); len(got) != 4 {
		t.Errorf("operator list %v, want 4 (an operator unbonding stays listed until it withdraws)", got)
	}
	// Operator 1 withdraws its last wei: it leaves the list, the last entry
	// takes its place, and later sets walk three entries.
	e.Advance(e.Cfg.UnbondingDelay)
	e.Must(ops[1].Owner, e.Staking, nil, e.StakingABI.PackWithdraw())
	if got := list(); len(got) != 3 || got[0] != a0 || got[1] != a3 || got[2] != a2 {
		t.Fatalf("operator list after operator 1 exited: %v, want [%s %s %s]", got, a0, a3, a2)
	}
	e.NextEpoch()
	ev = publishedEvent(t, e, e.PublishBLSSet())
	if ev.N.Int64() != 3 || ev.Owners[0] != a0 || ev.Owners[1] != a3 || ev.Owners[2] != a2 {
		t.Fatalf("set after the exit: %v", ev.Owners)
	}
	// It comes back with addStake: listed again, at the end.
	e.Must(ops[1].Owner, e.Staking, te.Ether(10), e.StakingABI.PackAddStake())
	if got := list(); len(got) != 4 || got[3] != a1 {
		t.Fatalf("operator list after operator 1 came back: %v", got)
	}
	// The last entry exiting is a plain pop.
	e.Must(ops[1].Owner, e.Staking, nil, e.StakingABI.PackRequestUnbond(te.Ether(10)))
	e.Advance(e.Cfg.UnbondingDelay)
	e.Must(ops[1].Owner, e.Staking, nil, e.StakingABI.PackWithdraw())
	if got := list(); len(got) != 3 || got[0] != a0 || got[1] != a3 || got[2] != a2 {
		t.Fatalf("operator list after the last entry exited: %v", got)
	}
}

// TestBLSRegistryExcludeSlashed: an operator slashed after its epoch's set
// was published stops counting in that epoch once anyone calls
// excludeSlashed (as the ECDSA path drops a slashed signer at once); the
// next epoch's set leaves it out.
func TestBLSRegistryExcludeSlashed(t *testing.T) {
	e := te.New(t, 5, nil)
	t.Cleanup(e.Close)
	var ops []*te.Operator
	var keys []*minsig.SecretKey
	for i := 0; i < 4; i++ {
		op := e.AddOperator(e.Users[i], te.Ether(10))
		e.RegisterBLSKey(op)
		ops = append(ops, op)
		keys = append(keys, op.BLSKey)
	}
	e.NextEpoch()
	epoch := currentEpoch(e)
	excl := func(i int64) error {
		_, err := e.Send(e.Users[4], e.BLS, nil, e.BLSABI.PackExcludeSlashed(big.NewInt(i)))
		return err
	}
	e.Reverts(excl(0), "BLSSetNotPublished")
	e.PublishBLSSet()
	digest := common.Hash{5}
	bmAll, sigAll := blsCert(t, keys, digest, 0, 1, 2, 3)
	bm3, sig3 := blsCert(t, keys, digest, 0, 1, 2)

	a, b, sa, sb := equivocation(e, ops[3], 7)
	e.Must(e.Users[4], e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb))
	if currentEpoch(e) != epoch {
		t.Fatal("the epoch moved")
	}
	// Until someone excludes it, the published set still counts it.
	if r := verifyBLSCert(e, epoch, digest, bmAll, sigAll); r.revert != "" || r.signed.Cmp(te.Ether(40)) != 0 {
		t.Fatalf("before exclusion: %+v", r)
	}
	err := excl(2)
	e.Reverts(err, "NotJailed")
	if revertArg(err) != ops[2].Owner.Addr {
		t.Errorf("NotJailed names %v, want operator 2's owner", revertArg(err))
	}
	e.Reverts(excl(4), "BadValidatorIndex")
	r := e.Must(e.Users[4], e.BLS, nil, e.BLSABI.PackExcludeSlashed(big.NewInt(3)))
	ev, err := e.BLSABI.UnpackBLSValidatorExcludedEvent(r.Logs[len(r.Logs)-1])
	if err != nil || ev.Epoch != epoch || ev.Index.Int64() != 3 || ev.Owner != ops[3].Owner.Addr || ev.Stake.Cmp(te.Ether(10)) != 0 {
		t.Fatalf("BLSValidatorExcluded: %+v %v", ev, err)
	}
	e.Reverts(excl(3), "AlreadyExcluded")
	if r := verifyBLSCert(e, epoch, digest, bmAll, sigAll); r.revert != "ExcludedSigner" {
		t.Errorf("certificate naming the slashed validator: %q, want ExcludedSigner", r.revert)
	}
	if r := verifyBLSCert(e, epoch, digest, bm3, sig3); r.revert != "" || r.signed.Cmp(te.Ether(30)) != 0 || r.total.Cmp(te.Ether(30)) != 0 {
		t.Errorf("the other three: %+v, want 30 of 30", r)
	}
	if s := blsSetOf(e, epoch); s.Total.Cmp(te.Ether(30)) != 0 || s.SetStake.Cmp(te.Ether(40)) != 0 {
		t.Errorf("blsSetOf after exclusion: %+v", s)
	}
	if ex := te.Call(e, e.BLS, e.BLSABI.PackExcludedOf(epoch), e.BLSABI.UnpackExcludedOf); ex.Int64() != 8 {
		t.Errorf("excludedOf = %v, want bit 3", ex)
	}
	// A jailed operator cannot register a key, and the next set has the
	// other three.
	e.Reverts(func() error {
		_, err := e.Send(ops[3].Owner, e.BLS, nil, e.RegisterBLSKeyArgs(ops[3].Owner.Addr, e.NewBLSKey()))
		return err
	}(), "Jailed")
	e.NextEpoch()
	if ev := publishedEvent(t, e, e.PublishBLSSet()); ev.N.Int64() != 3 || ev.Total.Cmp(te.Ether(30)) != 0 {
		t.Errorf("next set: n %v total %v, want 3 and 30 ETH", ev.N, ev.Total)
	}
}

// TestBLSRegistryCodeSize: StakingRegistry and BLSRegistry, deployed, stay
// under EIP-170's 24,576 bytes (the reason BLSRegistry is a contract of
// its own, ADR 031).
func TestBLSRegistryCodeSize(t *testing.T) {
	e := te.New(t, 0, nil)
	t.Cleanup(e.Close)
	for name, a := range map[string]common.Address{"StakingRegistry": e.D.Staking, "BLSRegistry": e.D.BLS, "Rollup": e.D.Rollup} {
		code, err := e.Client.CodeAt(e.Ctx, a, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %d bytes of code", name, len(code))
		if len(code) == 0 || len(code) > 24_576 {
			t.Errorf("%s: %d bytes of code", name, len(code))
		}
	}
}

// A set larger than two data contracts hold (BLSMinSigCertificate's
// MAX_VALIDATORS, 238) is refused, not stored cut short.
func TestBLSRegistryTooManyValidators(t *testing.T) {
	const n = 239
	e := te.New(t, n, nil)
	t.Cleanup(e.Close)
	for i := range n {
		e.RegisterBLSKey(e.AddOperator(e.Users[i], te.Ether(1)))
	}
	e.NextEpoch()
	_, err := e.Send(e.Deployer, e.BLS, nil, e.BLSABI.PackPublishBLSSet())
	if contracts.RevertName(err) != "TooManyBLSValidators" {
		t.Fatalf("publishing %d validators: %q (%v), want TooManyBLSValidators", n, contracts.RevertName(err), err)
	}
	if s := blsSetOf(e, currentEpoch(e)); s.N.Sign() != 0 {
		t.Fatalf("a refused set was stored: %+v", s)
	}
}
