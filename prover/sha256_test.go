package prover

import (
	"crypto/sha256"
	"math/big"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"

	"github.com/mycel-network/mycel/batch"
)

type shaFixedCircuit struct {
	Msg    []frontend.Variable // bytes
	Digest [32]frontend.Variable
}

func bytesToBits(api frontend.API, bs []frontend.Variable) [][8]frontend.Variable {
	out := make([][8]frontend.Variable, len(bs))
	for i, b := range bs {
		copy(out[i][:], api.ToBinary(b, 8))
	}
	return out
}

func bitsToByte(api frontend.API, b [8]frontend.Variable) frontend.Variable {
	var acc frontend.Variable = 0
	for i := range b {
		acc = api.Add(acc, api.Mul(b[i], 1<<i))
	}
	return acc
}

func (c *shaFixedCircuit) Define(api frontend.API) error {
	d := sha256Gadget{api}.sumFixed(bytesToBits(api, c.Msg))
	for i := range d {
		api.AssertIsEqual(bitsToByte(api, d[i]), c.Digest[i])
	}
	return nil
}

func byteVars(b []byte) []frontend.Variable {
	out := make([]frontend.Variable, len(b))
	for i := range b {
		out[i] = b[i]
	}
	return out
}

func TestSHA256Gadget(t *testing.T) {
	field := ecc.BN254.ScalarField()
	for _, n := range []int{0, 3, 55, 56, 64, 128} {
		msg := make([]byte, n)
		for i := range msg {
			msg[i] = byte(i*7 + 1)
		}
		d := sha256.Sum256(msg)
		a := &shaFixedCircuit{Msg: byteVars(msg)}
		for i := range d {
			a.Digest[i] = d[i]
		}
		if err := test.IsSolved(&shaFixedCircuit{Msg: make([]frontend.Variable, n)}, a, field); err != nil {
			t.Fatalf("fixed %d bytes: %v", n, err)
		}
		a.Digest[5] = (d[5] + 1) % 255
		if test.IsSolved(&shaFixedCircuit{Msg: make([]frontend.Variable, n)}, a, field) == nil {
			t.Fatalf("fixed %d bytes: wrong digest accepted", n)
		}
	}
	cs, _ := frontend.Compile(field, r1cs.NewBuilder, &shaFixedCircuit{Msg: make([]frontend.Variable, 119)})
	t.Logf("SHA-256 of 119 bytes (2 blocks): %d constraints", cs.GetNbConstraints())
}

// The data gadgets (ADR 024) compute batch.DataPoseidon and batch.DataEval
// of the flagged prefix of the chunks, for every prefix length; a wrong
// hash or evaluation does not solve.
func TestDataGadgets(t *testing.T) {
	field := ecc.BN254.ScalarField()
	const nChunks = 5
	z := new(big.Int).Sub(ecc.BN254.ScalarField(), big.NewInt(12345))
	shape := newDataPart(nChunks)
	for k := 0; k <= nChunks; k++ {
		var msg []byte
		a := newDataPart(nChunks)
		for i := range nChunks {
			c := make([]byte, chunk)
			if i < k {
				for j := range c {
					c[j] = byte(31*i + j + 1)
				}
				c[0] = 0xff // the largest chunk integers
				msg = append(msg, c...)
			}
			a.Chunks[i] = byteVars(c)
			a.Active[i] = 0
			if i < k {
				a.Active[i] = 1
			}
		}
		h, y := batch.DataPoseidon(msg), batch.DataEval(msg, z)
		a.Z, a.Hash, a.Out = z, new(big.Int).SetBytes(h[:]), new(big.Int).SetBytes(y[:])
		if err := test.IsSolved(shape, a, field); err != nil {
			t.Fatalf("%d chunks: %v", k, err)
		}
		a.Out = new(big.Int).Add(a.Out.(*big.Int), big.NewInt(1))
		if test.IsSolved(shape, a, field) == nil {
			t.Fatalf("%d chunks: a wrong evaluation solved", k)
		}
		a.Out, a.Hash = new(big.Int).SetBytes(y[:]), new(big.Int).Add(new(big.Int).SetBytes(h[:]), big.NewInt(1))
		if test.IsSolved(shape, a, field) == nil {
			t.Fatalf("%d chunks: a wrong hash solved", k)
		}
	}
}
