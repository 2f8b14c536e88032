package prover

import (
	"os"
	"strconv"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
)

// withGKR runs f with every Poseidon2 compression of the circuit proved by
// GKR (gnark's gkr-poseidon2), then restores the protocol's circuit.
func withGKR(f func()) {
	gkrHashes = true
	defer func() { gkrHashes = false }()
	f()
}

// checkGKRSolvesGolden: the GKR variant computes the same function: the
// golden batches solve it, and a wrong new root still does not.
func checkGKRSolvesGolden(t testing.TB) {
	s, _, _ := goldenStore(t)
	batches := goldenBatches(t, s)
	withGKR(func() {
		ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(goldenSlots, goldenDepth))
		if err != nil {
			t.Fatal(err)
		}
		for i, b := range batches {
			c, err := Assign(b, goldenSlots)
			if err != nil {
				t.Fatal(err)
			}
			w, err := frontend.NewWitness(c, ecc.BN254.ScalarField())
			if err != nil {
				t.Fatal(err)
			}
			if err := ccs.IsSolved(w); err != nil {
				t.Fatalf("golden batch %d does not solve the GKR circuit: %v", i, err)
			}
			bad := cloneBatch(b)
			bad.NewRoot[31] ^= 1
			if c, err = Assign(bad, goldenSlots); err == nil {
				w, _ := frontend.NewWitness(c, ecc.BN254.ScalarField())
				if ccs.IsSolved(w) == nil {
					t.Fatalf("batch %d with a wrong new root solves the GKR circuit", i)
				}
			}
		}
		t.Logf("GKR golden circuit (%d slots, depth %d): %d constraints, %d commitments",
			goldenSlots, goldenDepth, ccs.GetNbConstraints(), len(ccs.GetCommitments().CommitmentIndexes()))
	})
}

// BenchmarkConstraintsGKR: constraints per slot at depth 24 with plain
// Poseidon2 (the protocol's circuit) and with GKR Poseidon2, at
// MYCEL_BENCH_SLOTS slots (default 64), after checking on the golden
// batches that the GKR circuit is the same function (ADR 022, "GKR
// Poseidon2"):
//
//	go test ./prover -run '^$' -bench BenchmarkConstraintsGKR -benchtime 1x -timeout 30m
func BenchmarkConstraintsGKR(b *testing.B) {
	slots := 64
	if v, err := strconv.Atoi(os.Getenv("MYCEL_BENCH_SLOTS")); err == nil {
		slots = v
	}
	checkGKRSolvesGolden(b)
	plain := compileCount(b, NewCircuit(slots, DefaultParams.Depth))
	var gkr int
	withGKR(func() { gkr = compileCount(b, NewCircuit(slots, DefaultParams.Depth)) })
	for range b.N {
	}
	b.ReportMetric(float64(plain)/float64(slots), "plain-constraints/slot")
	b.ReportMetric(float64(gkr)/float64(slots), "gkr-constraints/slot")
	b.Logf("%d slots, depth %d: plain %d constraints (%.0f/slot), GKR Poseidon2 %d (%.0f/slot)",
		slots, DefaultParams.Depth, plain, float64(plain)/float64(slots), gkr, float64(gkr)/float64(slots))
}
