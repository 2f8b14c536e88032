package prover

import (
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/math/bits"
)

// SHA-256 on bits, in plain R1CS: no lookup tables, so no BSB22 commitment
// in the proof (the commitment adds about 60,000 gas to every on-chain
// verification and 64 + 64 bytes to the proof). About 26,500 constraints a
// 64-byte block against about 35,300 for gnark's lookup-based std/hash/sha2
// plus its one-off 131,000 for the tables (ADR 020).
//
// A byte is 8 bits, least significant first; a word is 32 bits, least
// significant first. Constant bits are Go ints 0 or 1, which gnark folds.

type word [32]frontend.Variable

type sha256Gadget struct{ api frontend.API }

var sha256K = [64]uint32{
	0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
	0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
	0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
	0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
	0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
	0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
	0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
	0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
}

var sha256IV = [8]uint32{0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19}

func constWord(v uint32) word {
	var w word
	for i := range w {
		w[i] = int((v >> i) & 1)
	}
	return w
}

func (g sha256Gadget) value(w word) frontend.Variable {
	var acc frontend.Variable = 0
	for i := range w {
		acc = g.api.Add(acc, g.api.Mul(w[i], uint64(1)<<i))
	}
	return acc
}

// add returns sum mod 2^32, where sum is a sum of n words (one
// decomposition into 32 + ceil(log2 n) bits).
func (g sha256Gadget) add(n int, sum frontend.Variable) word {
	extra := 0
	for m := n - 1; m > 0; m >>= 1 {
		extra++
	}
	b := bits.ToBinary(g.api, sum, bits.WithNbDigits(32+extra))
	var w word
	copy(w[:], b[:32])
	return w
}

func (g sha256Gadget) xor(a, b frontend.Variable) frontend.Variable {
	return g.api.Sub(g.api.Add(a, b), g.api.Mul(2, a, b))
}

func rotr(w word, n int) word {
	var r word
	for i := range r {
		r[i] = w[(i+n)%32]
	}
	return r
}

func shr(w word, n int) word {
	var r word
	for i := range r {
		if i+n < 32 {
			r[i] = w[i+n]
		} else {
			r[i] = 0
		}
	}
	return r
}

func (g sha256Gadget) xor3(a, b, c word) word {
	var r word
	for i := range r {
		r[i] = g.xor(g.xor(a[i], b[i]), c[i])
	}
	return r
}

// compress is the SHA-256 compression function on one 64-byte block.
func (g sha256Gadget) compress(h [8]word, block [64][8]frontend.Variable) [8]word {
	api := g.api
	var w [64]word
	for t := range 16 {
		for i := range 32 { // bit i of the big-endian word t
			w[t][i] = block[4*t+3-i/8][i%8]
		}
	}
	for t := 16; t < 64; t++ {
		s0 := g.xor3(rotr(w[t-15], 7), rotr(w[t-15], 18), shr(w[t-15], 3))
		s1 := g.xor3(rotr(w[t-2], 17), rotr(w[t-2], 19), shr(w[t-2], 10))
		w[t] = g.add(4, api.Add(g.value(s1), g.value(w[t-7]), g.value(s0), g.value(w[t-16])))
	}
	a, b, c, d, e, f, gg, hh := h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]
	for t := range 64 {
		S1 := g.xor3(rotr(e, 6), rotr(e, 11), rotr(e, 25))
		var ch, maj word
		for i := range 32 {
			ch[i] = api.Add(gg[i], api.Mul(e[i], api.Sub(f[i], gg[i])))
			ab := api.Mul(a[i], b[i])
			maj[i] = api.Add(ab, api.Mul(c[i], api.Sub(api.Add(a[i], b[i]), api.Mul(2, ab))))
		}
		S0 := g.xor3(rotr(a, 2), rotr(a, 13), rotr(a, 22))
		t1 := api.Add(g.value(hh), g.value(S1), g.value(ch), sha256K[t], g.value(w[t]))
		t2 := api.Add(g.value(S0), g.value(maj))
		hh, gg, f = gg, f, e
		e = g.add(6, api.Add(g.value(d), t1))
		d, c, b = c, b, a
		a = g.add(7, api.Add(t1, t2))
	}
	out := [8]word{a, b, c, d, e, f, gg, hh}
	for j := range out {
		out[j] = g.add(2, api.Add(g.value(h[j]), g.value(out[j])))
	}
	return out
}

func sha256Init() [8]word {
	var h [8]word
	for j := range h {
		h[j] = constWord(sha256IV[j])
	}
	return h
}

func constByte(v byte) [8]frontend.Variable {
	var b [8]frontend.Variable
	for i := range b {
		b[i] = int((v >> i) & 1)
	}
	return b
}

// digestBytes returns the 32 digest bytes (big-endian words).
func digestBytes(h [8]word) [][8]frontend.Variable {
	out := make([][8]frontend.Variable, 32)
	for j := range h {
		for k := range 4 { // byte k of word j, most significant first
			for i := range 8 {
				out[4*j+k][i] = h[j][8*(3-k)+i]
			}
		}
	}
	return out
}

// sumFixed is SHA-256 of a message of fixed length.
func (g sha256Gadget) sumFixed(msg [][8]frontend.Variable) [][8]frontend.Variable {
	n := len(msg)
	padded := append([][8]frontend.Variable{}, msg...)
	padded = append(padded, constByte(0x80))
	for (len(padded)+8)%64 != 0 {
		padded = append(padded, constByte(0))
	}
	for k := 7; k >= 0; k-- {
		padded = append(padded, constByte(byte(uint64(8*n)>>(8*k))))
	}
	h := sha256Init()
	for b := 0; b < len(padded)/64; b++ {
		h = g.compress(h, [64][8]frontend.Variable(padded[64*b:64*b+64]))
	}
	return digestBytes(h)
}
