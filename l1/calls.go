package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// CallClient is what the batch poster and the proof submitter read L1
// contract state with; *ethclient.Client and simulated.Client satisfy it.
type CallClient interface {
	BlockNumber(ctx context.Context) (uint64, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, blockNumber *big.Int) ([]byte, error)
}

// viewCall runs a view function at block (nil: latest) and unpacks its
// result.
func viewCall[T any](ctx context.Context, c CallClient, to common.Address, data []byte, block *big.Int,
	unpack func([]byte) (T, error)) (T, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, block)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// secp256k1HalfN is half the secp256k1 group order: the contracts accept
// only signatures with s at most this.
var secp256k1HalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// ErrBadSignature is a signature the contracts would refuse: not 65 bytes,
// v not 27 or 28, s in the upper half, or no recoverable key.
var ErrBadSignature = errors.New("l1: invalid signature")

// recoverSigner mirrors StakingRegistry.recoverStrict: the address whose
// key made the 65-byte (r || s || v) signature sig of digest.
func recoverSigner(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 {
		return common.Address{}, fmt.Errorf("%w: %d bytes, want 65", ErrBadSignature, len(sig))
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secp256k1HalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: s in the upper half of the order", ErrBadSignature)
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d, want 27 or 28", ErrBadSignature, v)
	}
	raw := append([]byte(nil), sig...)
	raw[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %w", ErrBadSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}
