package node

import (
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/cockroachdb/pebble"

	"github.com/mycel-network/mycel/ledger"
)

// txIndex maps transaction hashes to (height, position) so receipts can be
// served. It is derived data: written without sync after each block, so a
// killed node loses its recent entries (pebble buffers unsynced WAL records
// in the process), and rebuilt from the ledger's block records, which are
// synced: at start, and whenever a block arrives above a gap. The gap case
// is not hypothetical: CometBFT's handshake replays blocks into the app
// while the node is being constructed, before anything else can catch the
// index up, and a replayed block must not become the index's height with
// the lost blocks below it unindexed.
type txIndex struct {
	db  *pebble.DB
	top uint64 // the highest height indexed (also under indexHeightKey)
}

var indexHeightKey = []byte("h")

func txKey(h [32]byte) []byte { return append([]byte("t"), h[:]...) }

func openTxIndex(dir string) (*txIndex, error) {
	db, err := pebble.Open(dir, &pebble.Options{})
	if err != nil {
		return nil, fmt.Errorf("open tx index %s: %w", dir, err)
	}
	x := &txIndex{db: db}
	if x.top, err = x.height(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open tx index %s: %w", dir, err)
	}
	return x, nil
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

// addBlock indexes the applied transactions of block height, which the
// ledger s has committed, first indexing from s any blocks between the
// index's height and this one.
func (x *txIndex) addBlock(s *ledger.Store, height uint64, txs [][]byte) error {
	if height > x.top+1 {
		if err := x.catchUpTo(s, height-1); err != nil {
			return err
		}
	}
	return x.add(height, txs)
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
	if err := b.Commit(pebble.NoSync); err != nil {
		return err
	}
	x.top = height
	return nil
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
func (x *txIndex) catchUp(s *ledger.Store) error { return x.catchUpTo(s, s.Height()) }

// catchUpTo indexes the ledger's blocks above the index's height up to to.
func (x *txIndex) catchUpTo(s *ledger.Store, to uint64) error {
	for h := x.top; h < to; h++ {
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
