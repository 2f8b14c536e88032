package ledger

import (
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// keyTable speeds up [k]A for a public key A that signs often: with
// t[w][d] = d * 16^w * A precomputed (64 windows of 4 bits, 64 KiB), a
// scalar multiplication is at most 64 mixed additions and no doublings,
// against about 256 doublings and 128 additions for double-and-add. The
// table costs about a dozen verifications to build, so SigCache builds one
// only for keys it sees again.
type keyTable struct {
	t [64][16]twistededwards.PointAffine
}

func newKeyTable(a *twistededwards.PointAffine) *keyTable {
	ext := make([]twistededwards.PointExtended, 64*16)
	var base twistededwards.PointExtended
	base.FromAffine(a)
	for w := range 64 {
		row := ext[w*16 : w*16+16]
		row[1] = base
		for d := 2; d < 16; d++ {
			row[d].Add(&row[d-1], &base)
		}
		base.Add(&row[15], &base) // 16 * 16^w * A
	}
	zs := make([]fr.Element, 0, 64*15)
	for w := range 64 {
		for d := 1; d < 16; d++ {
			zs = append(zs, ext[w*16+d].Z)
		}
	}
	inv := fr.BatchInvert(zs)
	kt := &keyTable{}
	i := 0
	for w := range 64 {
		for d := 1; d < 16; d++ {
			e := &ext[w*16+d]
			kt.t[w][d].X.Mul(&e.X, &inv[i])
			kt.t[w][d].Y.Mul(&e.Y, &inv[i])
			i++
		}
	}
	return kt
}

// mul returns [k]A for 0 <= k < 2^256.
func (kt *keyTable) mul(k *big.Int) twistededwards.PointExtended {
	var res twistededwards.PointExtended
	res.X.SetZero()
	res.Y.SetOne()
	res.Z.SetOne()
	res.T.SetZero()
	w := 0
	for _, word := range k.Bits() {
		for range 16 {
			if w >= 64 {
				return res
			}
			if d := word & 15; d != 0 {
				res.MixedAdd(&res, &kt.t[w][d])
			}
			word >>= 4
			w++
		}
	}
	return res
}
