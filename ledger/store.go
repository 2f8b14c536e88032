package ledger

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	iofs "io/fs"
	"log/slog"
	"sort"
	"sync"

	"github.com/cockroachdb/pebble"
	"github.com/cockroachdb/pebble/vfs"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Key layout (docs/protocol.md, "State store"). Versioned records carry the
// block height, inverted so that the newest version sorts first:
//
//	m                                  meta: the last committed block
//	a | index u32 | ^height u64        account record at height
//	n | level u8 | index u32 | ^height node hash at height (level 0 = leaves)
//	t | level u8 | index u32           latest node of the dense top levels
//	k | pubkey [32]                    account index bound to a key
//	b | height u64                     block record (root and transactions)
const (
	prefixMeta    = 'm'
	prefixAccount = 'a'
	prefixNode    = 'n'
	prefixTop     = 't'
	prefixKey     = 'k'
	prefixBlock   = 'b'
	prefixExtra   = 'x' // records of the layers above (Block.PutExtra)
)

// topLevels is how many levels below the root (plus the root) are kept in
// memory as dense arrays: 2^16 nodes at the widest, 4 MiB in all.
const topLevels = 16

// Options configure a Store.
type Options struct {
	Logger *slog.Logger
	// Verifier checks transaction signatures; nil verifies every signature
	// directly with VerifyHash. Pass a *SigCache to reuse verifications done
	// in the mempool or in ProcessProposal.
	Verifier SigVerifier
	// CacheSize is pebble's block cache in bytes (0: 64 MiB).
	CacheSize int64
	// TreeCache is the memory in bytes for the latest committed nodes of
	// the tree levels below the dense top 16 (0: DefaultTreeCache, 64 MiB;
	// negative: none). Block execution then reads those siblings from
	// memory instead of pebble; see treecache.go and ADR 001, "Cache".
	TreeCache int64
	// FS is the file system the store lives on; nil is the operating
	// system's (vfs.Default). Tests pass vfs.NewMem, vfs.NewStrictMem (which
	// loses unsynced data on ResetToSyncedState, a simulated crash) or an
	// errorfs wrapper that injects I/O errors; doc.go says what the Store
	// does with them.
	FS vfs.FS
	// InMemory keeps the whole store in memory (tests, fuzzing): shorthand
	// for FS: vfs.NewMem(), a fresh one per Open, so dir hardly matters.
	// Setting both InMemory and FS is an error.
	InMemory bool
}

// SigVerifier checks a signed transaction's signature against the sender's key.
type SigVerifier interface {
	VerifyTx(tx *Tx, pk PublicKey) error
}

type directVerifier struct{}

func (directVerifier) VerifyTx(tx *Tx, pk PublicKey) error {
	return VerifyHash(pk, tx.SigningHash(), tx.Signature)
}

type meta struct {
	height      uint64
	root        Hash
	nextAccount uint64
	nextDeposit uint64
	chainID     uint64
	depth       int
	nextForced  uint64 // next forced-exit queue position
}

// metaSize is the meta record's size; stores written before forced exits
// have metaSizeV1 (no nextForced: 0).
const (
	metaSizeV1 = 8 + 32 + 8 + 8 + 8 + 1
	metaSize   = metaSizeV1 + 8
)

func (m *meta) marshal() []byte {
	b := make([]byte, 0, metaSize)
	b = binary.BigEndian.AppendUint64(b, m.height)
	b = append(b, m.root[:]...)
	b = binary.BigEndian.AppendUint64(b, m.nextAccount)
	b = binary.BigEndian.AppendUint64(b, m.nextDeposit)
	b = binary.BigEndian.AppendUint64(b, m.chainID)
	b = append(b, byte(m.depth))
	return binary.BigEndian.AppendUint64(b, m.nextForced)
}

func unmarshalMeta(b []byte) (meta, error) {
	var m meta
	if len(b) != metaSize && len(b) != metaSizeV1 {
		return m, fmt.Errorf("ledger store: meta record is %d bytes, want %d", len(b), metaSize)
	}
	if len(b) == metaSize {
		m.nextForced = binary.BigEndian.Uint64(b[metaSizeV1:])
	}
	m.height = binary.BigEndian.Uint64(b)
	copy(m.root[:], b[8:40])
	m.nextAccount = binary.BigEndian.Uint64(b[40:])
	m.nextDeposit = binary.BigEndian.Uint64(b[48:])
	m.chainID = binary.BigEndian.Uint64(b[56:])
	m.depth = int(b[64])
	if m.depth < MinDepth || m.depth > MaxDepth {
		return m, fmt.Errorf("ledger store: meta depth %d out of range", m.depth)
	}
	return m, nil
}

// Store is the pebble-backed L2 state. Each committed block is one synced,
// atomic pebble batch: after a crash the store reopens exactly at the last
// committed block. A Store serves many readers but one block builder at a time.
//
// A write that fails (Block.Commit returns ErrStoreFailed) breaks the Store:
// it refuses every later block and every read that can return an error
// (they return ErrStoreFailed too, see Err), while Height, Root and the other
// error-free getters keep reporting the last block known to be durable. The
// failed block may or may not have reached the disk; only Close and a new
// Open tell, and they recover either the block before it or the whole block,
// never part of it (doc.go, "Storage faults").
type Store struct {
	db       *pebble.DB
	log      *slog.Logger
	verifier SigVerifier
	mu       sync.RWMutex // guards meta, open and fault against concurrent readers
	meta     meta
	topFrom  int            // first level held in top
	top      [][]fr.Element // top[l-topFrom][index], latest committed
	cache    treeCache      // latest committed nodes of levels below topFrom
	cacheMax int64          // the cache's budget in bytes (Options.TreeCache)
	open     bool           // a Block is being built
	fault    error          // the failed write that broke the store (wraps ErrStoreFailed)
	wedged   bool           // the failure left pebble holding its locks: never close db
}

// ErrNoGenesis is returned by Open on a directory without a committed genesis.
var ErrNoGenesis = errors.New("ledger store has no genesis")

// Open opens the store in dir. If the directory holds no committed genesis
// and g is non-nil, the genesis is written first; if it holds one, g must
// match its chain id and depth (or be nil). An I/O error while opening or
// while writing the genesis returns an error wrapping ErrStoreFailed; the
// directory then holds either no genesis (the next Open writes it again) or
// the whole genesis.
func Open(dir string, g *Genesis, opts Options) (*Store, error) {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Verifier == nil {
		opts.Verifier = directVerifier{}
	}
	if opts.CacheSize == 0 {
		opts.CacheSize = 64 << 20
	}
	if opts.InMemory {
		if opts.FS != nil {
			return nil, errors.New("ledger store options: set InMemory or FS, not both")
		}
		opts.FS = vfs.NewMem()
	}
	if opts.FS == nil {
		opts.FS = vfs.Default
	}
	if err := makeDir(opts.FS, dir); err != nil {
		return nil, fmt.Errorf("%w: create %s: %w", ErrStoreFailed, dir, err)
	}
	cache := pebble.NewCache(opts.CacheSize)
	defer cache.Unref()
	popts := &pebble.Options{Cache: cache, Logger: quietLogger{}, FS: opts.FS}
	db, err := openPebble(dir, popts)
	if err != nil {
		return nil, fmt.Errorf("%w: open %s: %w", ErrStoreFailed, dir, err)
	}
	s := &Store{db: db, log: opts.Logger, verifier: opts.Verifier, cacheMax: opts.TreeCache}
	switch {
	case s.cacheMax == 0:
		s.cacheMax = DefaultTreeCache
	case s.cacheMax < 0:
		s.cacheMax = 0
	}
	raw, closer, err := db.Get([]byte{prefixMeta})
	switch {
	case errors.Is(err, pebble.ErrNotFound):
		if g == nil {
			db.Close()
			return nil, fmt.Errorf("%w in %s", ErrNoGenesis, dir)
		}
		if err := s.writeGenesis(g); err != nil {
			if !s.wedged {
				db.Close()
			}
			return nil, err
		}
	case err != nil:
		db.Close()
		return nil, fmt.Errorf("%w: read ledger meta: %w", ErrStoreFailed, err)
	default:
		s.meta, err = unmarshalMeta(raw)
		closer.Close()
		if err != nil {
			db.Close()
			return nil, err
		}
		if g != nil && (g.ChainID != s.meta.chainID || g.Depth != s.meta.depth) {
			db.Close()
			return nil, fmt.Errorf("ledger store %s holds chain %d depth %d, genesis says chain %d depth %d",
				dir, s.meta.chainID, s.meta.depth, g.ChainID, g.Depth)
		}
		if err := s.loadTop(); err != nil {
			db.Close()
			return nil, err
		}
		if err := s.loadTreeCache(); err != nil {
			db.Close()
			return nil, err
		}
	}
	s.log.Info("ledger store open", "dir", dir, "height", s.meta.height, "root", s.meta.root, "accounts", s.meta.nextAccount,
		"tree_cache_levels", fmt.Sprintf("%d-%d", s.cache.from, s.topFrom-1), "tree_cache_mib", s.cache.bytes()>>20)
	return s, nil
}

// makeDir creates dir and any missing parents, and syncs the directory
// above each one it created: pebble syncs the files in dir and dir itself,
// never dir's entry in its parent, so a crash after the genesis could lose
// the whole directory.
func makeDir(fs vfs.FS, dir string) error {
	var created []string
	for d := dir; d != ""; {
		if _, err := fs.Stat(d); err == nil {
			break
		} else if !errors.Is(err, iofs.ErrNotExist) {
			return err
		}
		created = append(created, d)
		parent := fs.PathDir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if len(created) == 0 {
		return nil
	}
	if err := fs.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, d := range created {
		parent := fs.PathDir(d)
		if parent == d {
			continue
		}
		f, err := fs.OpenDir(parent)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return fmt.Errorf("sync %s: %w", parent, err)
		}
	}
	return nil
}

// Close closes the store. After a failed write it may return that failure
// again; the directory is released all the same and can be opened again,
// except in one case: if pebble failed while rotating its WAL (it then
// holds its own locks for good), Close leaves the DB as it is and returns an
// error wrapping ErrStoreFailed, and only the end of the process releases
// the directory.
func (s *Store) Close() error {
	s.mu.RLock()
	wedged, fault := s.wedged, s.fault
	s.mu.RUnlock()
	if wedged {
		return fmt.Errorf("ledger store left open (exit the process to release its directory): %w", fault)
	}
	return s.db.Close()
}

// Err is nil while the store is healthy, and after a failed write the error
// (wrapping ErrStoreFailed and its cause) that broke it. The node must stop
// on it: close the store and, once the disk is fixed, open it again.
func (s *Store) Err() error {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.fault
}

// fail breaks the store after a failed write and returns err wrapped with
// ErrStoreFailed. wedged: pebble's DB cannot even be closed (commitBatch).
func (s *Store) fail(err error, wedged bool) error {
	err = fmt.Errorf("%w: %w", ErrStoreFailed, err)
	s.mu.Lock()
	if s.fault == nil {
		s.fault = err
		s.log.Error("ledger store failed: refusing every further block; close and reopen it", "err", err, "wedged", wedged)
	}
	s.wedged = s.wedged || wedged
	s.mu.Unlock()
	return err
}

// storageErr wraps a failed read of the storage engine. It does not break
// the store (nothing was written), but the caller must not mistake it for a
// missing record or a bad transaction.
func storageErr(what string, err error) error {
	return fmt.Errorf("%w: %s: %w", ErrStoreFailed, what, err)
}

// Height is the last committed block height (0 = genesis).
func (s *Store) Height() uint64 { return s.committed().height }

// Root is the state root after the last committed block.
func (s *Store) Root() Hash { return s.committed().root }

// ChainID is the L2 chain id.
func (s *Store) ChainID() uint64 { return s.committed().chainID }

// Depth is the account tree depth.
func (s *Store) Depth() int { return s.committed().depth }

// NumAccounts is the number of allocated account indices, fee vault included.
func (s *Store) NumAccounts() uint64 { return s.committed().nextAccount }

// NextDepositIndex is the L1 deposit queue position the next deposit must have.
func (s *Store) NextDepositIndex() uint64 { return s.committed().nextDeposit }

// NextForcedIndex is the forced-exit queue position the next forced exit
// must have.
func (s *Store) NextForcedIndex() uint64 { return s.committed().nextForced }

// committed returns the meta of the last committed block; safe to call while
// another goroutine commits.
func (s *Store) committed() meta {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.meta
}

// healthy is committed for the reads that can fail: an error after a failed
// write broke the store.
func (s *Store) healthy() (meta, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.fault != nil {
		return s.meta, fmt.Errorf("ledger store unusable after a failed write (close and reopen it): %w", s.fault)
	}
	return s.meta, nil
}

func (s *Store) initTop() {
	s.topFrom = max(0, s.meta.depth-topLevels)
	s.top = make([][]fr.Element, s.meta.depth-s.topFrom+1)
	for l := s.topFrom; l <= s.meta.depth; l++ {
		row := make([]fr.Element, 1<<(s.meta.depth-l))
		for i := range row {
			row[i] = emptyHashes[l]
		}
		s.top[l-s.topFrom] = row
	}
}

func (s *Store) loadTop() error {
	s.initTop()
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: []byte{prefixTop}, UpperBound: []byte{prefixTop + 1}})
	if err != nil {
		return storageErr("read the tree's top levels", err)
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		k := it.Key()
		if len(k) != 6 {
			return fmt.Errorf("ledger store: bad top key %x", k)
		}
		l, idx := int(k[1]), binary.BigEndian.Uint32(k[2:])
		if l < s.topFrom || l > s.meta.depth || uint64(idx) >= uint64(len(s.top[l-s.topFrom])) {
			return fmt.Errorf("ledger store: top key %x outside the tree", k)
		}
		if err := s.top[l-s.topFrom][idx].SetBytesCanonical(it.Value()); err != nil {
			return fmt.Errorf("ledger store: top node %x: %w", k, err)
		}
	}
	if err := it.Error(); err != nil {
		return storageErr("read the tree's top levels", err)
	}
	if got := hashOf(&s.top[len(s.top)-1][0]); got != s.meta.root {
		return fmt.Errorf("ledger store corrupt: tree root %s != committed root %s", got, s.meta.root)
	}
	return nil
}

func accountKey(idx uint32, height uint64) []byte {
	k := make([]byte, 13)
	k[0] = prefixAccount
	binary.BigEndian.PutUint32(k[1:], idx)
	binary.BigEndian.PutUint64(k[5:], ^height)
	return k
}

func nodeKey(level int, idx uint32, height uint64) []byte {
	k := make([]byte, 14)
	k[0] = prefixNode
	k[1] = byte(level)
	binary.BigEndian.PutUint32(k[2:], idx)
	binary.BigEndian.PutUint64(k[6:], ^height)
	return k
}

func topKey(level int, idx uint32) []byte {
	k := make([]byte, 6)
	k[0] = prefixTop
	k[1] = byte(level)
	binary.BigEndian.PutUint32(k[2:], idx)
	return k
}

func blockKey(height uint64) []byte {
	k := make([]byte, 9)
	k[0] = prefixBlock
	binary.BigEndian.PutUint64(k[1:], height)
	return k
}

func pubKeyKey(pk PublicKey) []byte { return append([]byte{prefixKey}, pk[:]...) }

// reader reads versioned records at or below a height through one iterator.
type reader struct {
	it     *pebble.Iterator
	height uint64
}

func (s *Store) newReader(height uint64) (*reader, error) {
	it, err := s.db.NewIter(nil)
	if err != nil {
		return nil, storageErr("new iterator", err)
	}
	return &reader{it: it, height: height}, nil
}

func (r *reader) close() { r.it.Close() }

// get returns the newest value of the versioned key (whose last 8 bytes are
// the inverted height) at or below r.height, or nil. A failed read is an
// error, never a missing record: read as "absent", it would turn into an
// unknown account or an empty subtree, and a different root.
func (r *reader) get(key []byte) ([]byte, error) {
	binary.BigEndian.PutUint64(key[len(key)-8:], ^r.height)
	if !r.it.SeekGE(key) {
		if err := r.it.Error(); err != nil {
			return nil, storageErr(fmt.Sprintf("read %x", key), err)
		}
		return nil, nil
	}
	k := r.it.Key()
	if len(k) != len(key) || !bytes.Equal(k[:len(key)-8], key[:len(key)-8]) {
		return nil, nil
	}
	return r.it.Value(), nil
}

func (r *reader) account(idx uint32) (*accountRec, error) {
	v, err := r.get(accountKey(idx, 0))
	if v == nil || err != nil {
		return nil, err
	}
	return unmarshalAccountRec(idx, v)
}

func (r *reader) node(level int, idx uint32) (fr.Element, error) {
	v, err := r.get(nodeKey(level, idx, 0))
	if err != nil {
		return fr.Element{}, err
	}
	if v == nil {
		return emptyHashes[level], nil
	}
	var e fr.Element
	if err := e.SetBytesCanonical(v); err != nil {
		return e, fmt.Errorf("ledger store: node %d/%d: %w", level, idx, err)
	}
	return e, nil
}

// Account returns the committed account at idx, with ok false if the leaf
// is empty.
func (s *Store) Account(idx uint32) (Account, bool, error) {
	m, err := s.healthy()
	if err != nil {
		return Account{}, false, err
	}
	if uint64(idx) >= m.nextAccount {
		return Account{}, false, nil
	}
	r, err := s.newReader(m.height)
	if err != nil {
		return Account{}, false, err
	}
	defer r.close()
	a, err := r.account(idx)
	if err != nil || a == nil {
		return Account{}, false, err
	}
	return a.Account, true, nil
}

// AccountIndex returns the index bound to a public key.
func (s *Store) AccountIndex(pk PublicKey) (uint32, bool, error) {
	if _, err := s.healthy(); err != nil {
		return 0, false, err
	}
	v, closer, err := s.db.Get(pubKeyKey(pk))
	if errors.Is(err, pebble.ErrNotFound) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, storageErr("read key index", err)
	}
	defer closer.Close()
	if len(v) != 4 {
		return 0, false, fmt.Errorf("ledger store: bad key index record")
	}
	return binary.BigEndian.Uint32(v), true, nil
}

// Proof returns a Merkle proof of the leaf at idx against the latest root.
func (s *Store) Proof(idx uint32) (*Proof, error) { return s.ProofAt(idx, s.Height()) }

// ProofAt returns a Merkle proof of the leaf at idx against the state root
// after block height. Every committed height is kept.
func (s *Store) ProofAt(idx uint32, height uint64) (*Proof, error) {
	m, err := s.healthy()
	if err != nil {
		return nil, err
	}
	if height > m.height {
		return nil, fmt.Errorf("%w: height %d is above the committed height %d", ErrNotFound, height, m.height)
	}
	if uint64(idx) >= uint64(1)<<m.depth {
		return nil, fmt.Errorf("%w: index %d outside a tree of depth %d", ErrUnknownAccount, idx, m.depth)
	}
	root := m.root
	if height < m.height {
		br, err := s.Block(height)
		if err != nil {
			return nil, err
		}
		root = br.Root
	}
	r, err := s.newReader(height)
	if err != nil {
		return nil, err
	}
	defer r.close()
	p := &Proof{Height: height, Root: root, Index: idx, Siblings: make([]Hash, m.depth)}
	a, err := r.account(idx)
	if err != nil {
		return nil, err
	}
	if a != nil {
		p.Exists, p.Account = true, a.Account
		l := a.leaf()
		p.Leaf = hashOf(&l)
	}
	for l := 0; l < m.depth; l++ {
		e, err := r.node(l, (idx>>l)^1)
		if err != nil {
			return nil, err
		}
		p.Siblings[l] = hashOf(&e)
	}
	return p, nil
}

// BlockRecord is what the store keeps of each committed block.
type BlockRecord struct {
	Height uint64
	Root   Hash
	Txs    [][]byte // encodings of the applied transactions, in order
}

func (br *BlockRecord) marshal() []byte {
	n := 8 + 32 + 4
	for _, tx := range br.Txs {
		n += 2 + len(tx)
	}
	b := make([]byte, 0, n)
	b = binary.BigEndian.AppendUint64(b, br.Height)
	b = append(b, br.Root[:]...)
	b = binary.BigEndian.AppendUint32(b, uint32(len(br.Txs)))
	for _, tx := range br.Txs {
		b = binary.BigEndian.AppendUint16(b, uint16(len(tx)))
		b = append(b, tx...)
	}
	return b
}

func unmarshalBlockRecord(b []byte) (*BlockRecord, error) {
	if len(b) < 44 {
		return nil, fmt.Errorf("ledger store: block record of %d bytes", len(b))
	}
	br := &BlockRecord{Height: binary.BigEndian.Uint64(b)}
	copy(br.Root[:], b[8:40])
	n := binary.BigEndian.Uint32(b[40:])
	p := b[44:]
	for range n {
		if len(p) < 2 {
			return nil, fmt.Errorf("ledger store: truncated block record %d", br.Height)
		}
		l := int(binary.BigEndian.Uint16(p))
		if len(p) < 2+l {
			return nil, fmt.Errorf("ledger store: truncated block record %d", br.Height)
		}
		br.Txs = append(br.Txs, bytes.Clone(p[2:2+l]))
		p = p[2+l:]
	}
	if len(p) != 0 {
		return nil, fmt.Errorf("ledger store: trailing bytes in block record %d", br.Height)
	}
	return br, nil
}

// Block returns the record of a committed block (height 0 is genesis).
func (s *Store) Block(height uint64) (*BlockRecord, error) {
	if _, err := s.healthy(); err != nil {
		return nil, err
	}
	v, closer, err := s.db.Get(blockKey(height))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, fmt.Errorf("%w: block %d", ErrNotFound, height)
	}
	if err != nil {
		return nil, storageErr(fmt.Sprintf("read block %d", height), err)
	}
	defer closer.Close()
	return unmarshalBlockRecord(v)
}

// bulkLoad writes the accounts of a new store, builds the tree over them
// bottom-up and commits everything as height 0. recs must be sorted by index.
func (s *Store) bulkLoad(recs []*accountRec) error {
	w := newBatchWriter(s.db)
	defer func() { s.wedged = w.wedged }() // Open must then leave the DB unclosed
	level := make([]indexedNode, len(recs))
	for i, r := range recs {
		level[i] = indexedNode{idx: r.Index, h: r.leaf()}
		if err := w.set(accountKey(r.Index, 0), r.marshal()); err != nil {
			return err
		}
		if r.Index != FeeVaultIndex {
			if err := w.set(pubKeyKey(r.PubKey), binary.BigEndian.AppendUint32(nil, r.Index)); err != nil {
				return err
			}
		}
	}
	root, err := s.hashUp(level, func(l int, idx uint32) (fr.Element, error) { return emptyHashes[l], nil },
		func(l int, n indexedNode) error { return s.putNode(w, l, n, 0) })
	if err != nil {
		return err
	}
	s.meta.root = hashOf(&root)
	br := &BlockRecord{Height: 0, Root: s.meta.root}
	if err := w.set(blockKey(0), br.marshal()); err != nil {
		return err
	}
	if err := w.set([]byte{prefixMeta}, s.meta.marshal()); err != nil {
		return err
	}
	if err := w.commit(); err != nil {
		return err
	}
	return s.loadTreeCache()
}

// writeGenesis builds the genesis tree bottom-up and commits it as height 0.
func (s *Store) writeGenesis(g *Genesis) error {
	if err := g.Validate(); err != nil {
		return err
	}
	s.meta = meta{chainID: g.ChainID, depth: g.Depth, nextAccount: uint64(len(g.Accounts)) + 1}
	s.initTop()
	recs := make([]*accountRec, 0, len(g.Accounts)+1)
	vault, _ := newAccountRec(FeeVaultIndex, PublicKey{})
	recs = append(recs, vault)
	for i, a := range g.Accounts {
		rec, err := newAccountRec(uint32(i+1), a.PubKey)
		if err != nil {
			return fmt.Errorf("genesis account %d: %w", i+1, err)
		}
		rec.Balance = a.Balance
		recs = append(recs, rec)
	}
	if err := s.bulkLoad(recs); err != nil {
		return err
	}
	s.log.Info("ledger genesis written", "chain_id", g.ChainID, "depth", g.Depth, "accounts", len(g.Accounts), "root", s.meta.root)
	return nil
}

type indexedNode struct {
	idx uint32
	h   fr.Element
}

// hashUp hashes a sorted set of changed nodes at level 0 up to the root,
// reading unchanged siblings through sibling and reporting every changed node
// (the root included) to emit. It hashes each touched node exactly once.
func (s *Store) hashUp(cur []indexedNode, sibling func(int, uint32) (fr.Element, error), emit func(int, indexedNode) error) (fr.Element, error) {
	sort.Slice(cur, func(i, j int) bool { return cur[i].idx < cur[j].idx })
	next := make([]indexedNode, 0, len(cur))
	for l := 0; l < s.meta.depth; l++ {
		next = next[:0]
		for i := 0; i < len(cur); {
			n := cur[i]
			var left, right fr.Element
			var err error
			if n.idx&1 == 0 {
				left = n.h
				if i+1 < len(cur) && cur[i+1].idx == n.idx+1 {
					right = cur[i+1].h
					i += 2
				} else {
					if right, err = sibling(l, n.idx+1); err != nil {
						return left, err
					}
					i++
				}
			} else {
				if left, err = sibling(l, n.idx-1); err != nil {
					return left, err
				}
				right = n.h
				i++
			}
			next = append(next, indexedNode{idx: n.idx >> 1, h: compress(&left, &right)})
		}
		for _, n := range cur {
			if err := emit(l, n); err != nil {
				return fr.Element{}, err
			}
		}
		cur, next = next, cur
	}
	if len(cur) != 1 {
		return fr.Element{}, fmt.Errorf("ledger: hashUp ended with %d roots", len(cur))
	}
	return cur[0].h, emit(s.meta.depth, cur[0])
}

// putNode writes a node version and, for the dense top levels, the latest copy.
func (s *Store) putNode(w *batchWriter, l int, n indexedNode, height uint64) error {
	v := n.h.Bytes()
	if err := w.set(nodeKey(l, n.idx, height), v[:]); err != nil {
		return err
	}
	if l >= s.topFrom {
		s.top[l-s.topFrom][n.idx] = n.h
		return w.set(topKey(l, n.idx), v[:])
	}
	return nil
}

// batchWriter splits huge writes (genesis) into several batches; only the
// last is synced, and meta goes in the last one, so a crash before it leaves
// no genesis and the next Open writes it again.
type batchWriter struct {
	db     *pebble.DB
	b      *pebble.Batch
	wedged bool // a commit failed with pebble holding its locks (commitBatch)
}

func newBatchWriter(db *pebble.DB) *batchWriter { return &batchWriter{db: db, b: db.NewBatch()} }

func (w *batchWriter) set(k, v []byte) error {
	if err := w.b.Set(k, v, nil); err != nil {
		return err
	}
	if w.b.Len() > 64<<20 {
		if err := w.commitWith(pebble.NoSync); err != nil {
			return err
		}
		w.b = w.db.NewBatch()
	}
	return nil
}

func (w *batchWriter) commit() error { return w.commitWith(pebble.Sync) }

func (w *batchWriter) commitWith(opts *pebble.WriteOptions) error {
	wedged, err := commitBatch(w.b, opts)
	if err != nil {
		w.wedged = wedged
		return fmt.Errorf("%w: commit genesis: %w", ErrStoreFailed, err)
	}
	return nil
}

// commitBatch commits b and returns a failed WAL write or sync as an
// error; the caller must then break the store (Store.fail). Pebble v1
// returns none of them:
//
//   - a failed write or sync of the WAL makes Batch.Commit call
//     Logger.Fatalf ("fatal commit error": its commit pipeline takes no more
//     writes) after it has applied the batch to the memtable and released
//     its locks. quietLogger.Fatalf panics with a pebbleFatal, recovered
//     here. The DB still closes; it may show the batch to readers without
//     it being durable, which is why the store refuses reads too.
//   - a failure while the commit rotates the WAL (when the memtable is
//     full: every few MiB of writes) panics with the error, holding
//     pebble's commit and DB mutexes. It is recovered too, but the DB is
//     wedged: wedged is true, b must not be closed, and closing the DB would
//     hang, so Store.Close leaves it; the directory is released when the
//     process exits.
//
// Any other panic (pebble's invariant checks) goes on.
func commitBatch(b *pebble.Batch, opts *pebble.WriteOptions) (wedged bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case pebbleFatal:
				err = e
			case error:
				wedged, err = true, fmt.Errorf("pebble failed holding its locks: %w", e)
			default:
				panic(r)
			}
		}
	}()
	return false, b.Commit(opts)
}

// openPebble is pebble.Open with its fatal I/O failures (a failed MANIFEST
// write or sync calls Fatalf, a failed directory sync panics with the
// error) returned as errors. Pebble's Open releases the lock and the files
// on a panic and returns no DB, so nothing is left half open.
func openPebble(dir string, opts *pebble.Options) (db *pebble.DB, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			db, err = nil, e
		}
	}()
	return pebble.Open(dir, opts)
}

// pebbleFatal is what quietLogger.Fatalf panics with. On the committing or
// opening goroutine it is recovered into an error (commitBatch,
// openPebble); on one of pebble's own goroutines (a failed flush or
// compaction) it crashes the process, as pebble's default logger (which
// exits) would.
type pebbleFatal struct {
	msg   string
	cause error // the first error among Fatalf's arguments
}

func (f pebbleFatal) Error() string { return f.msg }
func (f pebbleFatal) Unwrap() error { return f.cause }

type quietLogger struct{}

func (quietLogger) Infof(string, ...any)  {}
func (quietLogger) Errorf(string, ...any) {}
func (quietLogger) Fatalf(format string, args ...any) {
	f := pebbleFatal{msg: fmt.Sprintf(format, args...)}
	for _, a := range args {
		if err, ok := a.(error); ok {
			f.cause = err
			break
		}
	}
	panic(f)
}

// Extra returns a record written with Block.PutExtra (nil, false if absent).
func (s *Store) Extra(key []byte) ([]byte, bool, error) {
	if _, err := s.healthy(); err != nil {
		return nil, false, err
	}
	v, closer, err := s.db.Get(append([]byte{prefixExtra}, key...))
	if errors.Is(err, pebble.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, storageErr("read extra record", err)
	}
	defer closer.Close()
	return append([]byte{}, v...), true, nil
}

// ExtraRange calls f for each extra record whose key starts with prefix, in
// key order, until f returns false.
func (s *Store) ExtraRange(prefix []byte, f func(key, value []byte) bool) error {
	if _, err := s.healthy(); err != nil {
		return err
	}
	lo := append([]byte{prefixExtra}, prefix...)
	hi := prefixEnd(lo)
	it, err := s.db.NewIter(&pebble.IterOptions{LowerBound: lo, UpperBound: hi})
	if err != nil {
		return storageErr("read extra records", err)
	}
	defer it.Close()
	for ok := it.First(); ok; ok = it.Next() {
		if !f(it.Key()[1:], it.Value()) {
			break
		}
	}
	if err := it.Error(); err != nil {
		return storageErr("read extra records", err)
	}
	return nil
}

// prefixEnd is the smallest key above every key starting with p.
func prefixEnd(p []byte) []byte {
	end := append([]byte{}, p...)
	for i := len(end) - 1; i >= 0; i-- {
		if end[i] < 0xff {
			end[i]++
			return end[:i+1]
		}
	}
	return nil
}
