package contracts_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
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
	rec := te.Call(e, e.Rollup, e.RollupABI.PackBatchSigners(common.Big0), e.RollupABI.UnpackBatchSigners)
	if want := contracts.BLSSignersHash(epoch, []byte{0x0f}); rec.SignersHash != want {
		t.Fatalf("signers hash %s, want keccak256(epoch || bitmap) %s", rec.SignersHash, want)
	}
	e.Must(sender, e.Rollup, nil, e.RollupABI.PackProveBatch(h, e.Proof(h)))
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
	h := e.NextHeader(te.Root(1), 0, nil)
	_, err := e.Send(e.Users[1], e.Rollup, nil, e.BLSCommitArgs(h, nil, []*te.Operator{op}, func(int) bool { return true }))
	if r := contracts.RevertName(err); r == "" {
		t.Fatal("a BLS certificate was accepted by the ECDSA certifier")
	}
	e.Must(e.Users[1], e.Rollup, nil, e.CommitArgs(h, nil, op))
}
