package contracts_test

import (
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// shiftC returns proof p (256 bytes: A, B, C) with its C moved by k times
// the G1 generator (k may be negative).
func shiftC(t *testing.T, p []byte, k int64) []byte {
	t.Helper()
	var c bn254.G1Affine
	c.X.SetBytes(p[192:224])
	c.Y.SetBytes(p[224:256])
	if !c.IsOnCurve() {
		t.Fatal("C off the curve")
	}
	_, _, g, _ := bn254.Generators()
	var d bn254.G1Affine
	d.ScalarMultiplication(&g, big.NewInt(k))
	c.Add(&c, &d)
	out := append([]byte(nil), p...)
	x, y := c.X.Bytes(), c.Y.Bytes()
	copy(out[192:224], x[:])
	copy(out[224:256], y[:])
	return out
}

func concat(ps ...[]byte) []byte {
	var out []byte
	for _, p := range ps {
		out = append(out, p...)
	}
	return out
}

// TestProveBatches: proveBatches finalizes a run of consecutive committed
// batches with one verifyProofs call, all or nothing. Among the refusals,
// proofs that are each invalid but whose errors cancel in an unweighted
// sum (C_0 + G, C_1 - G): the random weights of verifyProofs catch them.
func TestProveBatches(t *testing.T) {
	e, ops := quorumEnv(t, nil)
	q := []*te.Operator{ops[0], ops[1], ops[3]}
	const n = 4
	hs := make([]bindings.BatchHeader, n)
	ps := make([][]byte, n)
	for i := range hs {
		hs[i] = e.NextHeader(te.Root(uint64(i+1)), 0, nil)
		e.Must(e.Users[6], e.Rollup, nil, e.CommitArgs(hs[i], nil, q...))
		ps[i] = e.Proof(hs[i])
	}
	signers := e.Committed(0).Record // every batch: the same signers, no withdrawals, forced exits or fees
	sh := func(k int) []bindings.BatchRecord {
		out := make([]bindings.BatchRecord, k)
		for i := range out {
			out[i] = signers
		}
		return out
	}
	prove := func(h []bindings.BatchHeader, s []bindings.BatchRecord, proofs []byte) error {
		_, err := e.Send(e.Users[7], e.Rollup, nil, e.RollupABI.PackProveBatches(h, s, proofs))
		return err
	}
	finalized := func() uint64 {
		return te.Call(e, e.Rollup, e.RollupABI.PackFinalizedCount(), e.RollupABI.UnpackFinalizedCount)
	}

	// Shape.
	e.Reverts(prove(nil, nil, nil), "BadProofBatch")
	e.Reverts(prove(hs[:2], sh(1), concat(ps[0], ps[1])), "BadProofBatch")
	e.Reverts(prove(hs[:2], sh(2), concat(ps[0], ps[1])[:511]), "BadProofBatch")
	e.Reverts(prove(hs[:2], sh(2), concat(ps[0], ps[1], ps[2])), "BadProofBatch")
	// Order: from the first unfinalized batch, consecutive, no repeats.
	e.Reverts(prove(hs[1:3], sh(2), concat(ps[1], ps[2])), "BatchOutOfOrder")
	e.Reverts(prove([]bindings.BatchHeader{hs[0], hs[2]}, sh(2), concat(ps[0], ps[2])), "BatchOutOfOrder")
	e.Reverts(prove([]bindings.BatchHeader{hs[0], hs[0]}, sh(2), concat(ps[0], ps[0])), "BatchOutOfOrder")
	// Commitment: a header or signers hash that L1 does not hold, in any position.
	h1x := hs[1]
	h1x.NewRoot = te.Root(99)
	e.Reverts(prove([]bindings.BatchHeader{hs[0], h1x}, sh(2), concat(ps[0], ps[1])), "HeaderMismatch")
	e.Reverts(prove(hs[:2], []bindings.BatchRecord{signers, {SignersHash: [32]byte{1}}}, concat(ps[0], ps[1])), "HeaderMismatch")
	// The last record sets finalizedForcedEnd: one claiming a later
	// forced-exit end is refused like any other.
	late := signers
	late.ForcedEnd = 7
	e.Reverts(prove(hs[:2], []bindings.BatchRecord{signers, late}, concat(ps[0], ps[1])), "HeaderMismatch")
	// Proofs: swapped, one for another statement, one malformed, errors that cancel.
	e.Reverts(prove(hs[:2], sh(2), concat(ps[1], ps[0])), "ProofInvalid")
	e.Reverts(prove(hs[:3], sh(3), concat(ps[0], ps[3], ps[2])), "ProofInvalid")
	bad := append([]byte(nil), ps[2]...)
	bad[0x40] ^= 1 // B.x1
	e.Reverts(prove(hs[:3], sh(3), concat(ps[0], ps[1], bad)), "ProofInvalid")
	e.Reverts(prove(hs[:2], sh(2), concat(shiftC(t, ps[0], 1), shiftC(t, ps[1], -1))), "ProofInvalid")
	e.Reverts(prove(hs[:3], sh(3), concat(ps[0], shiftC(t, ps[1], 1), shiftC(t, ps[2], -1))), "ProofInvalid")
	if got := finalized(); got != 0 {
		t.Fatalf("finalizedCount %d after refusals", got)
	}

	// The verifier directly: the same refusals, and unreduced inputs.
	in := make([][2]*big.Int, n)
	for i, h := range hs {
		in[i] = contracts.PublicInputs(h)
	}
	verify := func(proofs []byte, inputs [][2]*big.Int) error {
		_, err := bind2Call(e, e.D.Verifier, e.VerifierABI.PackVerifyProofs(proofs, inputs))
		return err
	}
	if err := verify(concat(ps...), in); err != nil {
		t.Fatalf("verifyProofs refuses %d valid proofs: %s (%v)", n, contracts.RevertName(err), err)
	}
	if err := verify(ps[2], in[2:3]); err != nil {
		t.Fatalf("verifyProofs refuses one valid proof: %s (%v)", contracts.RevertName(err), err)
	}
	e.Reverts(verify(nil, nil), "Error: invalid proofs length")
	e.Reverts(verify(concat(ps[0], ps[1]), in[:1]), "Error: invalid proofs length")
	e.Reverts(verify(concat(shiftC(t, ps[0], 2), shiftC(t, ps[1], -2)), in[:2]), "ProofInvalid")
	e.Reverts(verify(concat(ps[0], ps[1]), [][2]*big.Int{in[1], in[0]}), "ProofInvalid")
	// Public inputs moved between proofs so that their unweighted sums agree.
	moved := [][2]*big.Int{
		{new(big.Int).Add(in[0][0], big.NewInt(1)), in[0][1]},
		{new(big.Int).Sub(in[1][0], big.NewInt(1)), in[1][1]},
	}
	if moved[1][0].Sign() >= 0 {
		e.Reverts(verify(concat(ps[0], ps[1]), moved), "ProofInvalid")
	}
	for i := range 2 {
		un := [][2]*big.Int{in[0], in[1]}
		un[1] = [2]*big.Int{in[1][0], in[1][1]}
		un[1][i] = new(big.Int).Add(un[1][i], contracts.FieldModulus)
		if un[1][i].BitLen() <= 256 {
			e.Reverts(verify(concat(ps[0], ps[1]), un), "PublicInputNotInField")
		}
	}

	// One batch through proveBatches (proveBatch's path), then three at once.
	if err := prove(hs[:1], sh(1), ps[0]); err != nil {
		t.Fatalf("proveBatches of one: %s (%v)", contracts.RevertName(err), err)
	}
	if got := finalized(); got != 1 {
		t.Fatalf("finalizedCount %d, want 1", got)
	}
	e.Reverts(prove(hs[:2], sh(2), concat(ps[0], ps[1])), "AlreadyFinalized")
	r, err := e.Send(e.Users[7], e.Rollup, nil, e.ProveBatchesArgs(hs[1:]))
	if err != nil {
		t.Fatalf("proveBatches of three: %s (%v)", contracts.RevertName(err), err)
	}
	if got := finalized(); got != n {
		t.Fatalf("finalizedCount %d, want %d", got, n)
	}
	var events []uint64
	for _, l := range r.Logs {
		if ev, err := e.RollupABI.UnpackBatchFinalizedEvent(l); err == nil {
			events = append(events, ev.BatchIndex)
			if ev.NewRoot != hs[ev.BatchIndex].NewRoot {
				t.Fatalf("BatchFinalized(%d) root %x", ev.BatchIndex, ev.NewRoot)
			}
		}
	}
	if len(events) != 3 || events[0] != 1 || events[1] != 2 || events[2] != 3 {
		t.Fatalf("BatchFinalized events %v, want 1, 2, 3", events)
	}
	if root := te.Call(e, e.Rollup, e.RollupABI.PackLastFinalizedRoot(), e.RollupABI.UnpackLastFinalizedRoot); root != hs[n-1].NewRoot {
		t.Fatalf("lastFinalizedRoot %x, want the last header's", root)
	}
	// finalizedBatch (the reward contracts' view): finalized and matching.
	for i := range uint64(n) {
		fb := te.Call(e, e.Rollup, e.RollupABI.PackFinalizedBatch(new(big.Int).SetUint64(i), contracts.HeaderHash(hs[i]), signers), e.RollupABI.UnpackFinalizedBatch)
		if !fb.Finalized || !fb.Matches || fb.CommittedAt == 0 {
			t.Fatalf("finalizedBatch(%d) = %+v, want finalized, matching", i, fb)
		}
	}
}
