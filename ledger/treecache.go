package ledger

import (
	"encoding/binary"
	"fmt"
	"math"

	"github.com/cockroachdb/pebble"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// DefaultTreeCache is the default memory (Options.TreeCache) for the tree
// levels cached below the dense top: 64 MiB holds every non-empty node of
// the eight levels under the top of a depth-24 tree for up to about a
// million accounts.
const DefaultTreeCache = 64 << 20

// nodeSize is the memory of one cached node (an fr.Element).
const nodeSize = 32

// treeCache holds in memory the latest committed nodes of the tree levels
// just below the dense top levels (Store.top), so that computing a block's
// root reads no sibling of those levels from pebble but, on each level, the
// one after the prefix when a deposit creates an account at its end.
//
// Cached level l (from <= l < the store's topFrom) is a dense prefix:
// levels[l-from][i] is node (l, i) as of the last committed block, for
// every i below its length; nodes beyond it are read from pebble. Accounts
// are allocated in index order, so the prefix covering the allocated
// accounts covers every non-empty node (correctness does not depend on
// it: the prefix is loaded from pebble whatever it holds).
//
// It is loaded from the store (Store.loadTreeCache) and changed only by a
// block whose batch committed (update): a discarded block, a block whose
// commit failed and a failed store never reach it, so it never serves a node
// that is not committed. Only the block builder reads it (Block.sibling),
// like Store.top.
//
// Memory: at most budget bytes of node slices (capacities counted). When a
// level must grow past the budget, the lowest cached level is dropped to
// make room for the ones above it, which save a read for more leaves per
// byte; the lowest level itself just stops growing.
type treeCache struct {
	from   int            // lowest cached level; the store's topFrom when none is
	levels [][]fr.Element // levels[l-from]: nodes (l, 0 .. len-1)
	depth  int            // the tree's
	budget int64          // bytes
	used   int64          // bytes held: the capacities of levels
}

// get returns the cached node (l, idx), with ok false if it is not cached.
func (c *treeCache) get(l int, idx uint32) (fr.Element, bool) {
	if l < c.from || l-c.from >= len(c.levels) {
		return fr.Element{}, false
	}
	row := c.levels[l-c.from]
	if uint64(idx) >= uint64(len(row)) {
		return fr.Element{}, false
	}
	return row[idx], true
}

// bytes is the memory the cache holds.
func (c *treeCache) bytes() int64 { return c.used }

// update applies the nodes of a committed block (nodes[l] sorted by index,
// as hashUp emits them). A node inside a level's prefix replaces the cached
// one; the node right after the prefix extends it (a new account's path);
// any other stays uncached. Levels are updated top-down, so that dropping
// the lowest level for room never drops one still to be updated.
func (c *treeCache) update(nodes [][]indexedNode) {
	for l := c.from + len(c.levels) - 1; l >= c.from; l-- {
		if l >= len(nodes) {
			continue
		}
		for _, n := range nodes[l] {
			row := c.levels[l-c.from]
			switch {
			case uint64(n.idx) < uint64(len(row)):
				row[n.idx] = n.h
			case uint64(n.idx) == uint64(len(row)) && c.grow(l):
				c.levels[l-c.from] = append(c.levels[l-c.from], n.h)
			}
		}
	}
}

// grow makes room for one more node at the end of level l, within the
// budget and the level's width, dropping the lowest cached level (never l)
// if needed; it reports false if level l cannot grow.
func (c *treeCache) grow(l int) bool {
	row := c.levels[l-c.from]
	if len(row) < cap(row) {
		return true
	}
	width := levelWidth(c.depth, l)
	if uint64(len(row)) >= width {
		return false
	}
	newCap := min(uint64(len(row))+max(256, uint64(len(row))/8), width)
	extra := int64(newCap-uint64(cap(row))) * nodeSize
	for c.used+extra > c.budget {
		if l == c.from {
			return false // the lowest level stops growing
		}
		c.used -= int64(cap(c.levels[0])) * nodeSize
		c.levels[0] = nil
		c.levels = c.levels[1:]
		c.from++
	}
	grown := make([]fr.Element, len(row), newCap)
	copy(grown, row)
	c.levels[l-c.from] = grown
	c.used += extra
	return true
}

// levelWidth is the number of nodes of level l in a tree of depth d.
func levelWidth(d, l int) uint64 { return uint64(1) << (d - l) }

// loadTreeCache (re)loads the cache from the committed store: the levels
// just below the dense top, top-down, as long as the prefix of each that
// covers the allocated accounts fits in the budget.
func (s *Store) loadTreeCache() error {
	c := treeCache{from: s.topFrom, budget: s.cacheMax, depth: s.meta.depth}
	var sizes []uint64
	var total int64
	for l := s.topFrom - 1; l >= 0; l-- {
		n := min(levelWidth(s.meta.depth, l), (s.meta.nextAccount+(uint64(1)<<l)-1)>>l)
		if n > math.MaxInt64/nodeSize || total+int64(n)*nodeSize > c.budget {
			break
		}
		total += int64(n) * nodeSize
		sizes = append(sizes, n)
		c.from = l
	}
	c.levels = make([][]fr.Element, len(sizes))
	for j, n := range sizes {
		l := s.topFrom - 1 - j
		row := make([]fr.Element, n)
		if err := s.readLevel(l, row); err != nil {
			return err
		}
		c.levels[l-c.from] = row
	}
	c.used = total
	s.cache = c
	return nil
}

// readLevel fills row with the committed nodes (l, 0 .. len(row)-1): the
// newest version of each at or below the committed height, the empty
// subtree's hash where there is none. Versions sort newest first; after two
// older versions of one node in a row it seeks past the rest.
func (s *Store) readLevel(l int, row []fr.Element) error {
	for i := range row {
		row[i] = emptyHashes[l]
	}
	if len(row) == 0 {
		return nil
	}
	lo := nodeKey(l, 0, ^uint64(0)) // ^height 0: the first key of the level
	hi := []byte{prefixNode, byte(l), 0, 0, 0, 0}
	if end := uint64(len(row)); end < uint64(1)<<32 {
		binary.BigEndian.PutUint32(hi[2:], uint32(end))
	} else {
		hi = []byte{prefixNode, byte(l + 1)}
	}
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return storageErr("read the tree cache", err)
	}
	defer it.Close()
	last, older := int64(-1), 0
	for ok := it.First(); ok; {
		k := it.Key()
		if len(k) != 14 {
			return fmt.Errorf("ledger store: bad node key %x", k)
		}
		idx := binary.BigEndian.Uint32(k[2:])
		height := ^binary.BigEndian.Uint64(k[6:])
		switch {
		case int64(idx) == last:
			if older++; older >= 2 && idx < math.MaxUint32 {
				ok = it.SeekGE(nodeKey(l, idx+1, ^uint64(0)))
				continue
			}
		case height > s.meta.height:
			// Not committed (cannot be there: a block's nodes and meta are one batch).
		default:
			if err := row[idx].SetBytesCanonical(it.Value()); err != nil {
				return fmt.Errorf("ledger store: node %d/%d: %w", l, idx, err)
			}
			last, older = int64(idx), 0
		}
		ok = it.Next()
	}
	if err := it.Error(); err != nil {
		return storageErr("read the tree cache", err)
	}
	return nil
}
