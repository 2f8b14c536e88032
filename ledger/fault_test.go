package ledger

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/cockroachdb/pebble/vfs"
	"github.com/cockroachdb/pebble/vfs/errorfs"
)

// The I/O fault tests. crash_test.go kills a committing process; these stay
// in one process and make the file system fail or forget:
//
//   - errorfs (pebble's vfs/errorfs) fails one chosen write-kind operation
//     (a WAL write, a sync, a file creation, ...) of a Block.Commit, of the
//     genesis or of Open;
//   - vfs.NewStrictMem loses everything not synced when the test "crashes"
//     at a chosen operation (ResetToSyncedState).
//
// The injection points are not written by hand: a first, fault-free run
// records every write-kind operation of the step under test, and the table
// has one case per recorded operation.

// faultFS is errorfs.Wrap plus the two sync calls errorfs v1 passes through
// untouched (File.SyncData, File.SyncTo): pebble syncs its WAL with
// SyncData, so without them no WAL sync could fail.
type faultFS struct {
	vfs.FS // the errorfs.FS
	inj    errorfs.Injector
}

func newFaultFS(base vfs.FS, inj errorfs.Injector) *faultFS {
	return &faultFS{FS: errorfs.Wrap(base, inj), inj: inj}
}

func (fs *faultFS) wrap(f vfs.File, name string, err error) (vfs.File, error) {
	if err != nil {
		return nil, err
	}
	return &faultFile{File: f, name: name, inj: fs.inj}, nil
}

func (fs *faultFS) Create(name string) (vfs.File, error) {
	f, err := fs.FS.Create(name)
	return fs.wrap(f, name, err)
}

func (fs *faultFS) Open(name string, opts ...vfs.OpenOption) (vfs.File, error) {
	f, err := fs.FS.Open(name, opts...)
	return fs.wrap(f, name, err)
}

func (fs *faultFS) OpenReadWrite(name string, opts ...vfs.OpenOption) (vfs.File, error) {
	f, err := fs.FS.OpenReadWrite(name, opts...)
	return fs.wrap(f, name, err)
}

func (fs *faultFS) OpenDir(name string) (vfs.File, error) {
	f, err := fs.FS.OpenDir(name)
	return fs.wrap(f, name, err)
}

func (fs *faultFS) ReuseForWrite(oldname, newname string) (vfs.File, error) {
	f, err := fs.FS.ReuseForWrite(oldname, newname)
	return fs.wrap(f, newname, err)
}

type faultFile struct {
	vfs.File
	name string
	inj  errorfs.Injector
}

func (f *faultFile) SyncData() error {
	if err := f.inj.MaybeError(errorfs.OpFileSync, f.name); err != nil {
		return err
	}
	return f.File.SyncData()
}

func (f *faultFile) SyncTo(length int64) (bool, error) {
	if err := f.inj.MaybeError(errorfs.OpFileSync, f.name); err != nil {
		return false, err
	}
	return f.File.SyncTo(length)
}

// injector records the write-kind operations (errorfs.OpKindWrite: writes,
// syncs, creations, renames, ...) made while it is armed, and acts on the
// target: fails it with errorfs.ErrInjected, or calls onPoint (the
// StrictMem crash) and lets it through.
type injector struct {
	mu      sync.Mutex
	armed   bool
	gid     uint64   // the goroutine that armed it
	target  *faultOp // the operation to act on; nil: none
	onPoint func()   // nil: fail the operation
	seen    map[faultOp]int
	ops     []faultOp
	hit     *faultOp // the operation acted on
}

// faultOp is an injection point: the nth (from 1) operation op on path in
// the step. Points are told apart by occurrence, not by their index in the
// whole sequence: pebble's WAL flusher wakes up at each full 32 KiB WAL
// block, so a record that spans blocks takes one to three writes depending
// on timing, and every later index would shift.
type faultOp struct {
	op   errorfs.Op
	path string
	nth  int
}

func (o faultOp) String() string {
	s := fmt.Sprintf("%s(%s)", opName(o.op), baseName(o.path))
	if o.nth > 1 {
		s += fmt.Sprintf("#%d", o.nth)
	}
	return s
}

func newInjector() *injector { return &injector{} }

// arm starts recording, acting on target (nil: none).
func (j *injector) arm(target *faultOp, onPoint func()) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.armed, j.target, j.onPoint, j.seen, j.ops, j.hit = true, target, onPoint, map[faultOp]int{}, nil, nil
	j.gid = goroutineID()
}

// goroutineID is the calling goroutine's number (runtime.Stack's header).
func goroutineID() uint64 {
	var buf [64]byte
	f := strings.Fields(string(buf[:runtime.Stack(buf[:], false)]))
	id, err := strconv.ParseUint(f[1], 10, 64)
	if err != nil {
		panic(err)
	}
	return id
}

// disarm stops counting and returns the operations seen while armed.
func (j *injector) disarm() []faultOp {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.armed = false
	return j.ops
}

func (j *injector) acted() *faultOp {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.hit
}

func (j *injector) MaybeError(op errorfs.Op, path string) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if !j.armed || op.OpKind() != errorfs.OpKindWrite {
		return nil
	}
	// Counted: the operations of the step itself, made on its goroutine,
	// and the WAL's (pebble's WAL flusher writes and syncs a commit's
	// record on its own goroutine). Left out: what pebble does in the
	// background at no fixed point of the sequence: flushes and
	// compactions (a failure there is fatal to pebble: it panics on its own
	// goroutine, and the process dies as in crash_test.go) and the removal
	// of obsolete files (a failure only leaves a stale file behind).
	o := faultOp{op: op, path: path}
	if op == errorfs.OpRemove || op == errorfs.OpRemoveAll || (!isWAL(o) && goroutineID() != j.gid) {
		return nil
	}
	j.seen[o]++
	o.nth = j.seen[o]
	j.ops = append(j.ops, o)
	if j.target == nil || o != *j.target {
		return nil
	}
	j.hit = &o
	if j.onPoint != nil {
		j.onPoint()
		return nil
	}
	return errorfs.ErrInjected
}

func opName(op errorfs.Op) string {
	switch op {
	case errorfs.OpCreate:
		return "create"
	case errorfs.OpLink:
		return "link"
	case errorfs.OpRemove:
		return "remove"
	case errorfs.OpRemoveAll:
		return "removeall"
	case errorfs.OpRename:
		return "rename"
	case errorfs.OpReuseForRewrite:
		return "reuse"
	case errorfs.OpMkdirAll:
		return "mkdir"
	case errorfs.OpLock:
		return "lock"
	case errorfs.OpFileClose:
		return "close"
	case errorfs.OpFileWrite:
		return "write"
	case errorfs.OpFileWriteAt:
		return "writeat"
	case errorfs.OpFileSync:
		return "sync"
	case errorfs.OpFileFlush:
		return "flush"
	case errorfs.OpFilePreallocate:
		return "preallocate"
	}
	return fmt.Sprintf("op%d", int(op))
}

func baseName(p string) string {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '/' {
			if i == len(p)-1 {
				return p
			}
			return p[i+1:]
		}
	}
	return p
}

// refChain is the chain every fault test replays: faultBlocks committed on
// a store that never fails, with what the store must hold at each height.
type refChain struct {
	g      *Genesis
	store  *Store
	blocks []*BlockRecord // by height, genesis included
	metas  []meta         // by height
}

func faultExtraKey(h uint64) []byte { return fmt.Appendf(nil, "fault/%d", h) }

// faultExtra is a block's extra record: 80 KiB, so that the block's WAL
// record spans three 32 KiB WAL blocks and a commit makes several writes (a
// failure between them leaves a torn record behind).
func faultExtra(h uint64) []byte {
	return bytes.Repeat([]byte{byte(h), byte(h >> 8), 0x5a, 0xc3}, 20<<10)
}

func newRefChain(t *testing.T, n int) *refChain {
	t.Helper()
	g, keys := crashGenesis(t)
	ref := &refChain{g: g, store: openTestStore(t, "", g, Options{InMemory: true})}
	br, err := ref.store.Block(0)
	if err != nil {
		t.Fatal(err)
	}
	ref.blocks, ref.metas = append(ref.blocks, br), append(ref.metas, ref.store.meta)
	for range n {
		b, err := ref.store.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		h := b.Height()
		crashBlock(t, b, keys)
		// A forced exit each block (of an account that may not exist yet),
		// so that the forced-exit queue position moves too.
		if _, err := b.Apply(forcedExit(b.nextForced, uint32(9+h%4), [20]byte{19: byte(h)})); err != nil {
			t.Fatal(err)
		}
		b.PutExtra(faultExtraKey(h), faultExtra(h))
		if _, err := b.Commit(); err != nil {
			t.Fatal(err)
		}
		br, err := ref.store.Block(h)
		if err != nil {
			t.Fatal(err)
		}
		ref.blocks, ref.metas = append(ref.blocks, br), append(ref.metas, ref.store.meta)
	}
	if ref.metas[n].nextForced != uint64(n) || ref.metas[n].nextDeposit != uint64(n) {
		t.Fatalf("reference chain: queues at %d/%d after %d blocks", ref.metas[n].nextDeposit, ref.metas[n].nextForced, n)
	}
	return ref
}

// newBlock builds block h of the reference chain on s, ready to commit.
func (ref *refChain) newBlock(s *Store, h uint64) (*Block, error) {
	b, err := s.NewBlock()
	if err != nil {
		return nil, err
	}
	if b.Height() != h {
		b.Discard()
		return nil, fmt.Errorf("store builds block %d, want %d", b.Height(), h)
	}
	for i, raw := range ref.blocks[h].Txs {
		tx, err := DecodeTx(raw)
		if err == nil {
			_, err = b.Apply(tx)
		}
		if err != nil {
			b.Discard()
			return nil, fmt.Errorf("block %d tx %d: %w", h, i, err)
		}
	}
	b.PutExtra(faultExtraKey(h), faultExtra(h))
	return b, nil
}

// commit commits block h of the reference chain on s and checks its root.
func (ref *refChain) commit(s *Store, h uint64) error {
	b, err := ref.newBlock(s, h)
	if err != nil {
		return err
	}
	root, err := b.Commit()
	if err != nil {
		return err
	}
	if root != ref.metas[h].root {
		return fmt.Errorf("block %d committed root %s, the reference has %s", h, root, ref.metas[h].root)
	}
	return nil
}

// verify checks that s holds exactly the reference chain up to height h and
// nothing of any later block: meta (root, accounts, deposit and forced-exit
// queue positions), every block record, every account and its Merkle proof
// (so every tree node on its path), the extra records, and no record of any
// kind written at a height above h. A half-written block fails it.
func (ref *refChain) verify(s *Store, h uint64) error {
	m := ref.metas[h]
	if got := s.committed(); got != m {
		return fmt.Errorf("meta %+v, the reference at height %d has %+v", got, h, m)
	}
	for i := uint64(0); i <= h; i++ {
		br, err := s.Block(i)
		if err != nil {
			return err
		}
		if !reflect.DeepEqual(br, ref.blocks[i]) {
			return fmt.Errorf("block record %d differs from the reference", i)
		}
	}
	if _, err := s.Block(h + 1); !errors.Is(err, ErrNotFound) {
		return fmt.Errorf("block record %d: %v, want not found", h+1, err)
	}
	for idx := uint32(0); uint64(idx) < m.nextAccount+2; idx++ {
		a, ok, err := s.Account(idx)
		if err != nil {
			return err
		}
		want, err := ref.store.ProofAt(idx, h)
		if err != nil {
			return err
		}
		if ok != want.Exists || a != want.Account {
			return fmt.Errorf("account %d: %+v (exists %v), the reference has %+v (exists %v)", idx, a, ok, want.Account, want.Exists)
		}
		p, err := s.Proof(idx)
		if err != nil {
			return err
		}
		if !reflect.DeepEqual(p, want) {
			return fmt.Errorf("proof of account %d differs from the reference", idx)
		}
	}
	for i := uint64(1); i <= h+1; i++ {
		v, ok, err := s.Extra(faultExtraKey(i))
		if err != nil {
			return err
		}
		if ok != (i <= h) || (ok && !bytes.Equal(v, faultExtra(i))) {
			return fmt.Errorf("extra record of block %d: present %v, want %v", i, ok, i <= h)
		}
	}
	it, err := s.db.NewIter(nil)
	if err != nil {
		return err
	}
	defer it.Close()
	for it.First(); it.Valid(); it.Next() {
		k := it.Key()
		switch k[0] {
		case prefixAccount, prefixNode:
			if v := ^binary.BigEndian.Uint64(k[len(k)-8:]); v > h {
				return fmt.Errorf("record %x of height %d in a store at %d", k, v, h)
			}
		case prefixBlock:
			if v := binary.BigEndian.Uint64(k[1:]); v > h {
				return fmt.Errorf("block record %d in a store at %d", v, h)
			}
		case prefixKey:
			if v := binary.BigEndian.Uint32(it.Value()); uint64(v) >= m.nextAccount {
				return fmt.Errorf("key bound to account %d in a store of %d accounts", v, m.nextAccount)
			}
		}
	}
	return it.Error()
}

// requireBroken checks that a store whose write failed refuses blocks and
// reads with ErrStoreFailed, and still reports height h.
func requireBroken(t *testing.T, s *Store, h uint64, root Hash) {
	t.Helper()
	if s.Height() != h || s.Root() != root {
		t.Fatalf("failed store reports height %d root %s, want %d %s", s.Height(), s.Root(), h, root)
	}
	if err := s.Err(); !errors.Is(err, ErrStoreFailed) {
		t.Fatalf("Err() = %v after a failed write", err)
	}
	if b, err := s.NewBlock(); !errors.Is(err, ErrStoreFailed) {
		if b != nil {
			b.Discard()
		}
		t.Fatalf("a failed store accepted a new block (err %v)", err)
	}
	if _, _, err := s.Account(1); !errors.Is(err, ErrStoreFailed) {
		t.Fatalf("Account on a failed store: %v", err)
	}
	if _, err := s.Block(h); !errors.Is(err, ErrStoreFailed) {
		t.Fatalf("Block on a failed store: %v", err)
	}
	if _, _, err := s.Extra(faultExtraKey(h)); !errors.Is(err, ErrStoreFailed) {
		t.Fatalf("Extra on a failed store: %v", err)
	}
}

// recoverAndContinue reopens dir on fs (its faults disarmed), checks that
// the store is at one of the allowed heights with exactly the reference
// state, then commits the next two reference blocks with the reference
// roots. It returns the height the store reopened at.
func recoverAndContinue(t *testing.T, ref *refChain, fs vfs.FS, allowed ...uint64) uint64 {
	t.Helper()
	s, err := Open("/db", ref.g, Options{FS: fs})
	if err != nil {
		t.Fatalf("reopen after the fault: %v", err)
	}
	defer s.Close()
	h := s.Height()
	ok := false
	for _, a := range allowed {
		ok = ok || h == a
	}
	if !ok {
		t.Fatalf("reopened at height %d, want one of %v", h, allowed)
	}
	if err := ref.verify(s, h); err != nil {
		t.Fatalf("reopened at height %d: %v", h, err)
	}
	for next := h + 1; next <= h+2; next++ {
		if err := ref.commit(s, next); err != nil {
			t.Fatalf("after recovery: %v", err)
		}
	}
	if err := ref.verify(s, h+2); err != nil {
		t.Fatalf("after recovery at %d: %v", h+2, err)
	}
	return h
}

func isWAL(o faultOp) bool { return strings.HasSuffix(o.path, ".log") }

// checkOneBatch checks the operations of a commit: only WAL and directory
// operations (pebble may rotate its WAL first), ending with the one sync of
// the WAL file that holds the block, after its writes (usually three: the
// record spans WAL blocks). Two synced batches, or a block written outside
// the WAL, would show here.
func checkOneBatch(t *testing.T, ops []faultOp) {
	t.Helper()
	last := ops[len(ops)-1]
	if !isWAL(last) || last.op != errorfs.OpFileSync {
		t.Fatalf("commit: does not end with a WAL sync: %v", ops)
	}
	writes := 0
	for i, o := range ops {
		if !isWAL(o) && !(o.op == errorfs.OpFileSync && o.path == "/db") {
			t.Fatalf("commit: operation %v outside the WAL: %v", o, ops)
		}
		if o.path == last.path && i < len(ops)-1 {
			switch o.op {
			case errorfs.OpFileWrite:
				writes++
			case errorfs.OpCreate, errorfs.OpReuseForRewrite: // a new WAL
			default:
				t.Fatalf("commit: %v before the block's one sync: %v", o, ops)
			}
		}
	}
	if writes == 0 {
		t.Fatalf("commit: the block was not written to the WAL: %v", ops)
	}
}

// faultRun is one run of a step under test, on a file system of its own:
// "genesis" opens an empty /db with the genesis, "commit" commits block 3 on
// the store at 2, "reopen" opens the closed store at 3 (its WAL replayed
// and flushed to an sstable).
type faultRun struct {
	step string
	mem  *vfs.MemFS
	fs   *faultFS
	inj  *injector
	s    *Store // the commit step's store
}

// newFaultRun prepares /db for the step: nothing for "genesis"; the genesis
// and blocks 1..2, open, for "commit"; those and block 3, closed, for
// "reopen". strict: on vfs.NewStrictMem.
func newFaultRun(t *testing.T, ref *refChain, step string, strict bool) *faultRun {
	t.Helper()
	r := &faultRun{step: step, mem: vfs.NewMem(), inj: newInjector()}
	if strict {
		r.mem = vfs.NewStrictMem()
	}
	r.fs = newFaultFS(r.mem, r.inj)
	if step == "genesis" {
		return r
	}
	s, err := Open("/db", ref.g, Options{FS: r.fs})
	if err != nil {
		t.Fatal(err)
	}
	last := uint64(2)
	if step == "reopen" {
		last = 3
	}
	for h := uint64(1); h <= last; h++ {
		if err := ref.commit(s, h); err != nil {
			t.Fatal(err)
		}
	}
	if step == "commit" {
		r.s = s
	} else if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	return r
}

// run runs the step once. It returns the store (nil if Open failed; the
// caller closes it) and the step's error.
func (r *faultRun) run(t *testing.T, ref *refChain) (*Store, error) {
	t.Helper()
	if r.step != "commit" {
		return Open("/db", ref.g, Options{FS: r.fs})
	}
	b, err := ref.newBlock(r.s, 3)
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.Commit()
	if err != nil && !b.done {
		t.Fatalf("a failed commit left its block open: %v", err)
	}
	return r.s, err
}

// runAtPoint runs the step on a fresh faultRun with the injection point
// armed: failing it, or with crash, making it and everything after it
// undurable (SetIgnoreSyncs). A point that the recording run reached but
// this run did not (a WAL write, when the flusher got the record in fewer
// writes) is retried on a new run; after 20 misses the case is skipped.
func runAtPoint(t *testing.T, ref *refChain, step string, strict bool, o faultOp, crash bool) (*faultRun, *Store, error) {
	t.Helper()
	for range 20 {
		r := newFaultRun(t, ref, step, strict)
		var onPoint func()
		if crash {
			onPoint = func() { r.mem.SetIgnoreSyncs(true) }
		}
		r.inj.arm(&o, onPoint)
		s, err := r.run(t, ref)
		ops := r.inj.disarm()
		if r.inj.acted() != nil {
			return r, s, err
		}
		if err != nil {
			t.Fatalf("%s failed without reaching %v: %v", step, o, err)
		}
		s.Close()
		t.Logf("%v not reached (operations %v); again", o, ops)
	}
	t.Skipf("%v not reached in 20 runs", o)
	return nil, nil, nil
}

// faultHeights is, for each step, the height a store that went through it
// fault-free is at.
var faultHeights = map[string]uint64{"genesis": 0, "commit": 3, "reopen": 3}

// recordFaultPoints runs a step fault-free and returns its write-kind
// operations: the injection points.
func recordFaultPoints(t *testing.T, ref *refChain, step string) []faultOp {
	t.Helper()
	r := newFaultRun(t, ref, step, false)
	r.inj.arm(nil, nil)
	s, err := r.run(t, ref)
	ops := r.inj.disarm()
	if err != nil {
		t.Fatalf("%s without faults: %v", step, err)
	}
	defer s.Close()
	if err := ref.verify(s, faultHeights[step]); err != nil {
		t.Fatalf("%s without faults: %v", step, err)
	}
	return ops
}

// TestStoreIOFaults fails, one at a time, every write-kind file operation
// (each WAL write and sync, and for Open each MANIFEST, OPTIONS, marker,
// sstable and directory write, sync, creation and rename) of three steps:
// the genesis (Open of an empty directory), a Block.Commit, and the Open of
// a store whose WAL must be replayed. Each case checks that the step fails
// with ErrStoreFailed wrapping the injected error (or, for a fault pebble
// tolerates, succeeds as if nothing happened), that a store whose commit
// failed refuses every further block and read, and that reopening the
// directory on a healthy file system recovers exactly the last committed
// block, or the failed one whole (a sync that failed after the write got
// through), never part of it; then the next blocks commit the reference
// roots. With crash, the machine also loses everything unsynced right after
// the failure (vfs.NewStrictMem), so the failed block must be gone.
func TestStoreIOFaults(t *testing.T) {
	ref := newRefChain(t, 6)
	for _, step := range []string{"genesis", "commit", "reopen"} {
		ops := recordFaultPoints(t, ref, step)
		if step == "commit" {
			checkOneBatch(t, ops)
		}
		for _, crash := range []bool{false, true} {
			heights := map[uint64]int{}
			wedged := 0
			for i, o := range ops {
				name := fmt.Sprintf("%s/%02d-%s", step, i, o)
				if crash {
					name += "+crash"
				}
				t.Run(name, func(t *testing.T) {
					r, s, err := runAtPoint(t, ref, step, crash, o, false)
					want := faultHeights[step]
					t.Logf("%v failed: %v", o, err)
					if err == nil {
						// Pebble tolerated the fault: the step must be
						// complete. A WAL write or sync is never tolerated.
						if isWAL(o) && (o.op == errorfs.OpFileWrite || o.op == errorfs.OpFileSync) {
							t.Fatalf("a failed %v went unreported", o)
						}
						if err := ref.verify(s, want); err != nil {
							t.Fatalf("after a tolerated fault: %v", err)
						}
						s.Close()
					} else {
						if !errors.Is(err, ErrStoreFailed) || !errors.Is(err, errorfs.ErrInjected) {
							t.Fatalf("error %q does not match ErrStoreFailed and the injected error", err)
						}
						if step == "commit" {
							requireBroken(t, s, 2, ref.metas[2].root)
							if s.wedged {
								// Pebble failed rotating its WAL and holds
								// its locks: Close must leave it alone.
								if err := s.Close(); !errors.Is(err, ErrStoreFailed) {
									t.Fatalf("Close of a wedged store: %v", err)
								}
								wedged++
							} else {
								s.Close() // may repeat the failure; the directory is released
							}
						} else if s != nil {
							t.Fatal("Open failed and returned a store")
						}
					}
					if crash {
						r.mem.ResetToSyncedState()
					}
					var reopenFS vfs.FS = r.fs
					if s != nil && s.wedged {
						// Only a new process could open the directory: copy
						// the files to a new file system, as a restart reads
						// them from the disk.
						fresh := vfs.NewMem()
						if _, err := vfs.Clone(r.mem, fresh, "/db", "/db"); err != nil {
							t.Fatal(err)
						}
						reopenFS = fresh
					}
					allowed := []uint64{want}
					if err != nil && step == "commit" {
						allowed = []uint64{2, 3}
						if crash {
							allowed = []uint64{2}
						}
					}
					heights[recoverAndContinue(t, ref, reopenFS, allowed...)]++
				})
			}
			t.Logf("%s (crash %v): %d injection points, reopened at heights %v, %d wedged", step, crash, len(ops), heights, wedged)
			if step == "commit" && !crash && (heights[2] == 0 || heights[3] == 0) {
				t.Errorf("commit: recovered heights %v: want both a lost block (failed write) and a durable one (failed sync)", heights)
			}
		}
	}
}

// TestStoreCrashPoints simulates a power loss at every write-kind file
// operation of the same three steps as TestStoreIOFaults, and right after
// each: on vfs.NewStrictMem, from the chosen operation on nothing is synced
// any more (SetIgnoreSyncs), the step runs to its end without an error,
// and ResetToSyncedState then drops everything unsynced. The reopened store
// must be exactly at the last block whose sync came before the crash:
// the genesis, block 2 for a crash anywhere in block 3's commit, block 3
// once that commit has returned, block 3 for a crash while reopening.
func TestStoreCrashPoints(t *testing.T) {
	ref := newRefChain(t, 6)
	for _, step := range []string{"genesis", "commit", "reopen"} {
		ops := recordFaultPoints(t, ref, step)
		for k := 0; k <= len(ops); k++ {
			name := fmt.Sprintf("%s/%02d-before-%v", step, k, "end")
			if k < len(ops) {
				name = fmt.Sprintf("%s/%02d-before-%v", step, k, ops[k])
			}
			t.Run(name, func(t *testing.T) {
				var (
					r   *faultRun
					s   *Store
					err error
				)
				if k < len(ops) {
					r, s, err = runAtPoint(t, ref, step, true, ops[k], true)
				} else {
					r = newFaultRun(t, ref, step, true)
					s, err = r.run(t, ref)
					r.mem.SetIgnoreSyncs(true)
				}
				if err != nil {
					t.Fatalf("%s: %v", step, err)
				}
				s.Close()
				r.mem.ResetToSyncedState()
				r.mem.SetIgnoreSyncs(false)
				want := faultHeights[step]
				if step == "commit" && k < len(ops) {
					want = 2 // the block's one sync is its last operation
				}
				recoverAndContinue(t, ref, r.fs, want)
			})
		}
	}
}

// TestFaultCheckCatchesHalfBlock guards the checker the fault tests rely
// on: any record of block 3 written without the rest of it (a half block)
// must make refChain.verify of the store at 2 fail.
func TestFaultCheckCatchesHalfBlock(t *testing.T) {
	ref := newRefChain(t, 3)
	b3 := blockKey(3)
	for name, kv := range map[string][2][]byte{
		"account version": {accountKey(1, 3), ref.mustRaw(t, accountKey(1, 3))},
		"tree node":       {nodeKey(0, 1, 3), ref.mustRaw(t, nodeKey(0, 1, 3))},
		"block record":    {b3, ref.mustRaw(t, b3)},
		"extra record":    {append([]byte{prefixExtra}, faultExtraKey(3)...), faultExtra(3)},
	} {
		t.Run(name, func(t *testing.T) {
			s := openTestStore(t, "", ref.g, Options{InMemory: true})
			for h := uint64(1); h <= 2; h++ {
				if err := ref.commit(s, h); err != nil {
					t.Fatal(err)
				}
			}
			if err := ref.verify(s, 2); err != nil {
				t.Fatalf("healthy store: %v", err)
			}
			if err := s.db.Set(kv[0], kv[1], nil); err != nil {
				t.Fatal(err)
			}
			if err := ref.verify(s, 2); err == nil {
				t.Fatalf("verify missed a %s of block 3", name)
			}
		})
	}
}

// mustRaw returns the reference store's raw value of key.
func (ref *refChain) mustRaw(t *testing.T, key []byte) []byte {
	t.Helper()
	v, closer, err := ref.store.db.Get(key)
	if err != nil {
		t.Fatalf("reference record %x: %v", key, err)
	}
	defer closer.Close()
	return bytes.Clone(v)
}

// TestStoreReadFault fails every read of the store's sstables: Account and
// Block.Apply must return ErrStoreFailed wrapping the cause, never "no such
// account" (execution would then skip a valid transaction and compute
// another root), and the store must not be broken by it: once reads work
// again, the next block commits the reference root.
func TestStoreReadFault(t *testing.T) {
	ref := newRefChain(t, 4)
	var failing atomic.Bool // reads of sstables fail
	fs := newFaultFS(vfs.NewMem(), errorfs.InjectorFunc(func(op errorfs.Op, path string) error {
		if failing.Load() && (op == errorfs.OpFileRead || op == errorfs.OpFileReadAt) && strings.HasSuffix(path, ".sst") {
			return errorfs.ErrInjected
		}
		return nil
	}))
	s, err := Open("/db", ref.g, Options{FS: fs})
	if err != nil {
		t.Fatal(err)
	}
	for h := uint64(1); h <= 3; h++ {
		if err := ref.commit(s, h); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	// Reopening flushes the WAL to an sstable; a 1-byte block cache sends
	// every read to the file.
	s = openTestStore(t, "/db", ref.g, Options{FS: fs, CacheSize: 1})

	failing.Store(true)
	if _, _, err := s.Account(1); !errors.Is(err, ErrStoreFailed) || !errors.Is(err, errorfs.ErrInjected) {
		t.Fatalf("Account with failing reads: %v", err)
	}
	b, err := ref.newBlock(s, 4)
	if !errors.Is(err, ErrStoreFailed) || errors.Is(err, ErrUnknownAccount) {
		t.Fatalf("block 4 with failing reads: %v", err)
	}
	if b != nil {
		t.Fatal("block built on failing reads")
	}
	if err := s.Err(); err != nil {
		t.Fatalf("a failed read broke the store: %v", err)
	}

	failing.Store(false)
	if err := ref.commit(s, 4); err != nil {
		t.Fatal(err)
	}
	if err := ref.verify(s, 4); err != nil {
		t.Fatal(err)
	}
}
