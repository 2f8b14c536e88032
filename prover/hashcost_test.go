package prover

import (
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/hash/sha2"
	"github.com/consensys/gnark/std/hash/sha3"
	"github.com/consensys/gnark/std/math/uints"
	permposeidon2 "github.com/consensys/gnark/std/permutation/poseidon2"
)

type shaCost struct {
	In   []uints.U8
	Out  [32]uints.U8
	var_ bool
}

func (c *shaCost) Define(api frontend.API) error {
	h, _ := sha2.New(api)
	h.Write(c.In)
	var d []uints.U8
	if c.var_ {
		d = h.FixedLengthSum(len(c.In) - 25)
	} else {
		d = h.Sum()
	}
	b, _ := uints.NewBytes(api)
	for i := range c.Out {
		b.AssertIsEqual(c.Out[i], d[i])
	}
	return nil
}

type keccakCost struct {
	In  []uints.U8
	Out [32]uints.U8
}

func (c *keccakCost) Define(api frontend.API) error {
	h, _ := sha3.NewLegacyKeccak256(api)
	h.Write(c.In)
	d := h.Sum()
	b, _ := uints.NewBytes(api)
	for i := range c.Out {
		b.AssertIsEqual(c.Out[i], d[i])
	}
	return nil
}

type p2Cost struct{ A, B, C frontend.Variable }

func (c *p2Cost) Define(api frontend.API) error {
	p, _ := permposeidon2.NewPoseidon2(api)
	api.AssertIsEqual(p.Compress(c.A, c.B), c.C)
	return nil
}

// TestHashCosts prints the in-circuit cost of the candidate data-commitment
// hashes (ADR 020). It compiles about 5 million constraints in all, so it
// runs only with MYCEL_HASH_COSTS=1.
func TestHashCosts(t *testing.T) {
	if os.Getenv("MYCEL_HASH_COSTS") != "1" {
		t.Skip("set MYCEL_HASH_COSTS=1 to measure")
	}
	n := func(c frontend.Circuit) int {
		cs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c)
		if err != nil {
			t.Fatal(err)
		}
		return cs.GetNbConstraints()
	}
	for _, l := range []int{55, 119, 1600, 3200} {
		t.Logf("sha256 %d bytes: %d", l, n(&shaCost{In: make([]uints.U8, l)}))
	}
	t.Logf("sha256 var 1600 bytes: %d", n(&shaCost{In: make([]uints.U8, 1600), var_: true}))
	for _, l := range []int{135, 270, 1600} {
		t.Logf("keccak %d bytes: %d", l, n(&keccakCost{In: make([]uints.U8, l)}))
	}
	t.Logf("poseidon2 compress: %d", n(&p2Cost{}))
}
