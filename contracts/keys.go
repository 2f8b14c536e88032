package contracts

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// ErrInvalidL2Key is returned for keys the ledger (and Rollup.deposit) rejects.
var ErrInvalidL2Key = errors.New("invalid L2 public key")

// DepositKeyHint returns the hints Rollup.deposit takes with a compressed L2
// key (docs/protocol.md section 2): the key's x coordinate and a point
// Q = [8^-1 mod l]P with [8]Q = P, which proves on L1, with three doublings,
// that the key lies in the prime-order subgroup. It fails for keys the
// ledger would reject.
func DepositKeyHint(pubKey [32]byte) (x, qx, qy *big.Int, err error) {
	var p twistededwards.PointAffine
	if _, err := p.SetBytes(pubKey[:]); err != nil {
		return nil, nil, nil, fmt.Errorf("%w: %v", ErrInvalidL2Key, err)
	}
	params := twistededwards.GetEdwardsCurve()
	l := new(big.Int).Set(&params.Order)
	if p.X.IsZero() || !p.IsOnCurve() {
		return nil, nil, nil, fmt.Errorf("%w: not a curve point of prime order", ErrInvalidL2Key)
	}
	var check twistededwards.PointAffine
	check.ScalarMultiplication(&p, l)
	if !check.X.IsZero() || !check.Y.IsOne() {
		return nil, nil, nil, fmt.Errorf("%w: not in the prime-order subgroup", ErrInvalidL2Key)
	}
	inv8 := new(big.Int).ModInverse(big.NewInt(8), l)
	var q twistededwards.PointAffine
	q.ScalarMultiplication(&p, inv8)
	x, qx, qy = new(big.Int), new(big.Int), new(big.Int)
	p.X.BigInt(x)
	q.X.BigInt(qx)
	q.Y.BigInt(qy)
	return x, qx, qy, nil
}
