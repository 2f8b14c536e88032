package l1

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// RefClient is what VerifyRef needs from an L1 client.
type RefClient interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
}

// Errors of VerifyRef; match them with errors.Is. Any other error is the L1
// client's (the reference could not be checked).
var (
	ErrUnknownRef   = errors.New("l1: reference block unknown to the local L1 client")
	ErrNotCanonical = errors.New("l1: reference block is not on the canonical chain")
	ErrTooRecent    = errors.New("l1: reference block is not deep enough")
)

// VerifyRef checks that ref names a block the local L1 client knows, that
// it is on the canonical chain, and that it is at least depth blocks deep
// (depth 0: at or below the head; depth 1: at least one block on top). It
// returns the block's header (consensus compares its time).
func VerifyRef(ctx context.Context, client RefClient, ref Ref, depth uint64) (*types.Header, error) {
	h, err := client.HeaderByNumber(ctx, new(big.Int).SetUint64(ref.Number))
	if err != nil && !errors.Is(err, ethereum.NotFound) {
		return nil, fmt.Errorf("l1: header %d: %w", ref.Number, err)
	}
	if h == nil || h.Hash() != ref.Hash {
		// Not canonical at that height: known at all?
		byHash, err := client.HeaderByHash(ctx, ref.Hash)
		if err != nil && !errors.Is(err, ethereum.NotFound) {
			return nil, fmt.Errorf("l1: header %s: %w", ref.Hash, err)
		}
		if byHash == nil || byHash.Number.Uint64() != ref.Number {
			return nil, fmt.Errorf("%w: %s", ErrUnknownRef, ref)
		}
		return nil, fmt.Errorf("%w: %s", ErrNotCanonical, ref)
	}
	head, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("l1: head: %w", err)
	}
	if head < ref.Number || head-ref.Number < depth {
		return nil, fmt.Errorf("%w: %s is %d deep at head %d, want %d", ErrTooRecent, ref, int64(head)-int64(ref.Number), head, depth)
	}
	return h, nil
}
