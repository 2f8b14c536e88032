package prover

import (
	"crypto/sha256"
	"testing"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/test"
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

type shaChunksCircuit struct {
	Chunks [][]frontend.Variable
	End    []frontend.Variable
	Digest [32]frontend.Variable
}

func (c *shaChunksCircuit) Define(api frontend.API) error {
	chunks := make([][][8]frontend.Variable, len(c.Chunks))
	for i := range c.Chunks {
		chunks[i] = bytesToBits(api, c.Chunks[i])
	}
	d := sha256Gadget{api}.sumChunks(chunks, len(c.Chunks[0]), c.End)
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
	const chunkLen, nChunks = chunk, 5
	for k := 0; k <= nChunks; k++ {
		var msg []byte
		a := &shaChunksCircuit{End: make([]frontend.Variable, nChunks+1)}
		for i := range nChunks {
			c := make([]byte, chunkLen)
			if i < k {
				for j := range c {
					c[j] = byte(31*i + j + 1)
				}
				msg = append(msg, c...)
			}
			a.Chunks = append(a.Chunks, byteVars(c))
		}
		for i := range a.End {
			a.End[i] = 0
		}
		a.End[k] = 1
		d := sha256.Sum256(msg)
		for i := range d {
			a.Digest[i] = d[i]
		}
		shape := &shaChunksCircuit{End: make([]frontend.Variable, nChunks+1)}
		for range nChunks {
			shape.Chunks = append(shape.Chunks, make([]frontend.Variable, chunkLen))
		}
		if err := test.IsSolved(shape, a, field); err != nil {
			t.Fatalf("%d chunks: %v", k, err)
		}
	}
	cs, _ := frontend.Compile(field, r1cs.NewBuilder, &shaFixedCircuit{Msg: make([]frontend.Variable, 119)})
	t.Logf("SHA-256 of 119 bytes (2 blocks): %d constraints", cs.GetNbConstraints())
}
