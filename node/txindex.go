package node

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"

	"github.com/mycel-network/mycel/ledger"
)

// txIndex maps transaction hashes to (height, position) so receipts can be
// served. It is derived data: written without sync after each block and
// caught up from the ledger's block records at start, so a crash never
// leaves it wrong, only briefly behind.
type txIndex struct {
	db *pebble.DB
}

var indexHeightKey = []byte("h")

func txKey(h [32]byte) []byte { return append([]byte("t"), h[:]...) }

func openTxIndex(dir string) (*txIndex, error) {
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		return nil, fmt.Errorf("open tx index %s: %w", dir, err)
	}
	return &txIndex{db: db}, nil
}

func (x *txIndex) close() error { return x.db.Close() }

func (x *txIndex) height() (uint64, error) {
	v, c, err := x.db.Get(indexHeightKey)
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	defer c.Close()
	return binary.BigEndian.Uint64(v), nil
}

// add indexes the applied transactions of block height.
func (x *txIndex) add(height uint64, txs [][]byte) error {
	b := x.db.NewBatch()
	defer b.Close()
	for i, raw := range txs {
		tx, err := ledger.DecodeTx(raw)
		if err != nil {
			return fmt.Errorf("index block %d tx %d: %w", height, i, err)
		}
		var v [12]byte
		binary.BigEndian.PutUint64(v[:], height)
		binary.BigEndian.PutUint32(v[8:], uint32(i))
		if err := b.Set(txKey(tx.Hash()), v[:], nil); err != nil {
			return err
		}
	}
	if err := b.Set(indexHeightKey, binary.BigEndian.AppendUint64(nil, height), nil); err != nil {
		return err
	}
	return b.Commit(pebble.NoSync)
}

// lookup returns where a transaction was included.
func (x *txIndex) lookup(h [32]byte) (height uint64, pos uint32, ok bool, err error) {
	v, c, err := x.db.Get(txKey(h))
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, 0, false, nil
	}
	if err != nil {
		return 0, 0, false, err
	}
	defer c.Close()
	return binary.BigEndian.Uint64(v), binary.BigEndian.Uint32(v[8:]), true, nil
}

// catchUp indexes every ledger block above the index's height.
func (x *txIndex) catchUp(s *ledger.Store) error {
	h, err := x.height()
	if err != nil {
		return err
	}
	for ; h < s.Height(); h++ {
		br, err := s.Block(h + 1)
		if err != nil {
			return err
		}
		if err := x.add(h+1, br.Txs); err != nil {
			return err
		}
	}
	return nil
}
