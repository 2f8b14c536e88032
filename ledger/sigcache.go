package ledger

import (
	"runtime"
	"sync"

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
)

// SigCache remembers transactions whose signatures verified, so that a
// transaction checked once (in the mempool, or in ProcessProposal) is not
// verified again when the block executes. It is keyed by the transaction
// hash, which covers the signature and every signed field; the sender's key
// is fixed by its account index, since accounts never change keys. Entries
// are evicted first-in first-out once the cache is full. Safe for
// concurrent use.
type SigCache struct {
	mu    sync.Mutex
	set   map[[32]byte]struct{}
	ring  [][32]byte
	next  int
	hits  uint64
	calls uint64
	// keys holds decoded, validated sender keys: decompressing a key (a
	// square root) and checking its subgroup cost about a fifth of a
	// verification, and senders repeat. Bounded; cleared when full.
	keys   map[PublicKey]*cachedKey
	tables int
}

type cachedKey struct {
	pt    twistededwards.PointAffine
	uses  int
	table *keyTable
}

const (
	maxCachedKeys = 1 << 16
	// maxKeyTables bounds the precomputed tables (64 KiB each).
	maxKeyTables = 1024
	// tableAfter is how many verifications a key needs before it gets a table.
	tableAfter = 2
)

// NewSigCache returns a cache holding up to size verified transactions.
func NewSigCache(size int) *SigCache {
	if size < 1 {
		size = 1
	}
	return &SigCache{set: make(map[[32]byte]struct{}, size), ring: make([][32]byte, 0, size),
		keys: make(map[PublicKey]*cachedKey)}
}

// VerifyTx implements SigVerifier.
func (c *SigCache) VerifyTx(tx *Tx, pk PublicKey) error {
	h := tx.Hash()
	c.mu.Lock()
	c.calls++
	if _, ok := c.set[h]; ok {
		c.hits++
		c.mu.Unlock()
		return nil
	}
	ck, ok := c.keys[pk]
	var (
		pt    twistededwards.PointAffine
		table *keyTable
		build bool
	)
	if ok {
		ck.uses++
		pt, table = ck.pt, ck.table
		build = table == nil && ck.uses >= tableAfter && c.tables < maxKeyTables
	}
	c.mu.Unlock()
	if !ok {
		var err error
		if pt, err = pk.Point(); err != nil {
			return err
		}
		c.mu.Lock()
		if len(c.keys) >= maxCachedKeys {
			clear(c.keys)
			c.tables = 0
		}
		c.keys[pk] = &cachedKey{pt: pt, uses: 1}
		c.mu.Unlock()
	}
	if build {
		table = newKeyTable(&pt)
		c.mu.Lock()
		if ck, ok := c.keys[pk]; ok && ck.table == nil && c.tables < maxKeyTables {
			ck.table = table
			c.tables++
		}
		c.mu.Unlock()
	}
	if err := verifyPoint(&pt, table, tx.SigningHash(), &tx.Signature); err != nil {
		return err
	}
	c.add(h)
	return nil
}

func (c *SigCache) add(h [32]byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, ok := c.set[h]; ok {
		return
	}
	if len(c.ring) < cap(c.ring) {
		c.ring = append(c.ring, h)
	} else {
		delete(c.set, c.ring[c.next])
		c.ring[c.next] = h
		c.next = (c.next + 1) % len(c.ring)
	}
	c.set[h] = struct{}{}
}

// Stats returns how many lookups hit the cache out of all calls.
func (c *SigCache) Stats() (hits, calls uint64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.calls
}

// SignedTx pairs a transaction with the key it must be signed by.
type SignedTx struct {
	Tx     *Tx
	PubKey PublicKey
}

// VerifyParallel checks many signatures on up to workers goroutines (0: one
// per CPU) and returns one error slot per transaction (nil when valid). With
// a non-nil cache, valid signatures are remembered and cached ones skipped.
func VerifyParallel(txs []SignedTx, workers int, cache *SigCache) []error {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	errs := make([]error, len(txs))
	var v SigVerifier = directVerifier{}
	if cache != nil {
		v = cache
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for range min(workers, len(txs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= len(txs) {
					return
				}
				errs[i] = v.VerifyTx(txs[i].Tx, txs[i].PubKey)
			}
		}()
	}
	wg.Wait()
	return errs
}
