package contracts

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/ledger"
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

// ExitSignature converts a ledger signature (R compressed || S,
// docs/protocol.md section 2) into the form Rollup.exitAccount takes: R's
// affine coordinates and S. It fails for an R the ledger rejects (not a
// canonical encoding of a curve point); the contract rejects the rest.
func ExitSignature(sig [ledger.SignatureSize]byte) (bindings.EdDSASignature, error) {
	rx, ry, err := ledger.SignatureR(sig)
	if err != nil {
		return bindings.EdDSASignature{}, err
	}
	return bindings.EdDSASignature{
		Rx: new(big.Int).SetBytes(rx[:]),
		Ry: new(big.Int).SetBytes(ry[:]),
		S:  new(big.Int).SetBytes(sig[32:]),
	}, nil
}

// Exit is the ledger's exit message (docs/protocol.md section 11) for the
// Rollup at `rollup` on L1 chain l1ChainID: account pays out to `to`.
func Exit(l1ChainID *big.Int, rollup common.Address, account uint32, to common.Address) (*ledger.Exit, error) {
	if !l1ChainID.IsUint64() {
		return nil, fmt.Errorf("L1 chain id %v does not fit 64 bits", l1ChainID)
	}
	return &ledger.Exit{L1ChainID: l1ChainID.Uint64(), Rollup: rollup, Account: account, Recipient: to}, nil
}

// SignExit signs, with the account's L2 key, the exit of `account` of the
// Rollup at `rollup` on L1 chain l1ChainID to `to`, in the form
// Rollup.exitAccount takes.
func SignExit(key *ledger.PrivateKey, l1ChainID *big.Int, rollup common.Address, account uint32, to common.Address) (bindings.EdDSASignature, error) {
	ex, err := Exit(l1ChainID, rollup, account, to)
	if err != nil {
		return bindings.EdDSASignature{}, err
	}
	sig, err := key.SignExit(ex)
	if err != nil {
		return bindings.EdDSASignature{}, err
	}
	return ExitSignature(sig)
}

// KeyCoordinates returns the affine coordinates (x, y) of a compressed L2
// key, the form Rollup.requestForcedExit and Rollup.exitAccount take.
func KeyCoordinates(pub ledger.PublicKey) (x, y *big.Int, err error) {
	xh, yh, err := pub.Coordinates()
	if err != nil {
		return nil, nil, fmt.Errorf("%w: %v", ErrInvalidL2Key, err)
	}
	return new(big.Int).SetBytes(xh[:]), new(big.Int).SetBytes(yh[:]), nil
}

// ForcedExit is the ledger's forced-exit request (docs/protocol.md section
// 12) for the Rollup at `rollup` on L1 chain l1ChainID: account asks to
// withdraw its whole balance to `to`; salt makes the message unique.
func ForcedExit(l1ChainID *big.Int, rollup common.Address, account uint32, to common.Address, salt uint64) (*ledger.ForcedExitRequest, error) {
	if !l1ChainID.IsUint64() {
		return nil, fmt.Errorf("L1 chain id %v does not fit 64 bits", l1ChainID)
	}
	return &ledger.ForcedExitRequest{L1ChainID: l1ChainID.Uint64(), Rollup: rollup, Account: account, Recipient: to, Salt: salt}, nil
}

// SignForcedExit signs, with the account's L2 key, the forced-exit request
// of `account` of the Rollup at `rollup` on L1 chain l1ChainID to `to` with
// salt, in the form Rollup.requestForcedExit takes. The Rollup accepts each
// message once: a new request needs a new salt.
func SignForcedExit(key *ledger.PrivateKey, l1ChainID *big.Int, rollup common.Address, account uint32, to common.Address, salt uint64) (bindings.EdDSASignature, error) {
	f, err := ForcedExit(l1ChainID, rollup, account, to, salt)
	if err != nil {
		return bindings.EdDSASignature{}, err
	}
	sig, err := key.SignForcedExit(f)
	if err != nil {
		return bindings.EdDSASignature{}, err
	}
	return ExitSignature(sig)
}

// ForcedExitChainStep is one step of the Rollup's forced-exit queue hash
// chain (docs/protocol.md section 12): bytes24(keccak256(prev || account
// u32 || recipient [20])), with prev zero before the first request.
func ForcedExitChainStep(prev [24]byte, account uint32, to common.Address) [24]byte {
	var a [4]byte
	binary.BigEndian.PutUint32(a[:], account)
	return [24]byte(crypto.Keccak256(prev[:], a[:], to[:])[:24])
}
