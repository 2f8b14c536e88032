package node

import (
	"bufio"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"sync"
	"time"

	"github.com/mycel-network/mycel/internal/service"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/mempool"
	"github.com/mycel-network/mycel/p2p"
)

// JournalFile is where a node keeps the transactions its RPC accepted and
// that no block has committed yet (relative to the home directory).
const JournalFile = "data/tx_journal"

// txJournal makes "accepted" mean something across a crash: a transaction
// the RPC answers with a hash is first appended here (a write, no fsync: it
// survives the process being killed, not the machine losing power). At
// start the node adds what the journal holds back to its pool and gossips
// it again once it has a peer; what was committed meanwhile is refused by
// the pool as stale and dropped. Without it, a transaction that dies with
// the node that accepted it leaves a nonce gap, and every later
// transaction of that account waits behind it forever.
//
// Records are a 4-byte big-endian length and the raw transaction. A torn
// last record (a kill mid-write) ends the replay. The journal is rewritten
// with only the transactions still pending at every rotation (each minute)
// and at stop.
type txJournal struct {
	path string
	pool *mempool.Pool
	host *p2p.Host
	log  *slog.Logger
	*service.Loop

	mu     sync.Mutex
	f      *os.File
	bytes  int64
	replay [][]byte // replayed at start, gossiped once a peer is there
}

// maxJournalBytes triggers an early rotation.
const maxJournalBytes = 64 << 20

func newTxJournal(path string, pool *mempool.Pool, host *p2p.Host, log *slog.Logger) *txJournal {
	j := &txJournal{path: path, pool: pool, host: host, log: log}
	j.Loop = service.NewLoop("tx journal", j.run)
	return j
}

// Start replays the journal into the pool, then opens it for appending and
// runs the loop that gossips the replayed transactions and rotates.
func (j *txJournal) Start(ctx context.Context) error {
	txs, err := readJournal(j.path)
	if err != nil {
		return fmt.Errorf("tx journal %s: %w", j.path, err)
	}
	kept := 0
	for _, raw := range txs {
		if _, err := j.pool.Add(raw); err == nil || errors.Is(err, mempool.ErrAlreadyKnown) {
			j.replay = append(j.replay, raw)
			kept++
		}
	}
	if len(txs) > 0 {
		j.log.Info("tx journal replayed", "journaled", len(txs), "pending_again", kept)
	}
	if err := j.rewrite(j.replay); err != nil {
		return err
	}
	return j.Loop.Start(ctx)
}

// Stop ends the loop and leaves the journal holding what is still pending.
func (j *txJournal) Stop(ctx context.Context) error {
	err := j.Loop.Stop(ctx)
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return err
	}
	err = errors.Join(err, j.rotateLocked())
	err = errors.Join(err, j.f.Close())
	j.f = nil
	return err
}

// add journals a transaction the RPC accepted, before the caller answers.
func (j *txJournal) add(raw []byte) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.f == nil {
		return errors.New("tx journal closed")
	}
	rec := make([]byte, 4+len(raw))
	binary.BigEndian.PutUint32(rec, uint32(len(raw)))
	copy(rec[4:], raw)
	if _, err := j.f.Write(rec); err != nil {
		return fmt.Errorf("tx journal: %w", err)
	}
	j.bytes += int64(len(rec))
	return nil
}

func (j *txJournal) run(ctx context.Context) error {
	if len(j.replay) > 0 {
		// GossipSub delivers a message once, to the peers there at the time:
		// wait for one (and for the subscriptions to be exchanged).
		for len(j.host.TopicPeers()) == 0 {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(200 * time.Millisecond):
			}
		}
		sent := 0
		for _, raw := range j.replay {
			if h := mempool.TxHash(raw); !j.pool.Has(h) {
				continue // committed (or evicted) meanwhile
			}
			if err := j.host.PublishTx(ctx, raw); err == nil {
				sent++
			}
		}
		j.log.Info("tx journal: replayed transactions gossiped", "txs", sent)
		j.replay = nil
	}
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		j.mu.Lock()
		err := j.rotateLocked()
		j.mu.Unlock()
		if err != nil {
			return err
		}
	}
}

// rotateLocked rewrites the journal with the journaled transactions that
// are still in the pool.
func (j *txJournal) rotateLocked() error {
	txs, err := readJournal(j.path)
	if err != nil {
		return err
	}
	var keep [][]byte
	for _, raw := range txs {
		if j.pool.Has(mempool.TxHash(raw)) {
			keep = append(keep, raw)
		}
	}
	if j.f != nil {
		j.f.Close()
		j.f = nil
	}
	return j.rewriteLocked(keep)
}

func (j *txJournal) rewrite(txs [][]byte) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.rewriteLocked(txs)
}

// rewriteLocked replaces the journal with txs (atomically: a new file
// renamed over the old) and opens it for appending.
func (j *txJournal) rewriteLocked(txs [][]byte) error {
	tmp := j.path + ".new"
	f, err := os.OpenFile(tmp, os.O_CREATE|os.O_TRUNC|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("tx journal: %w", err)
	}
	w := bufio.NewWriter(f)
	var n int64
	for _, raw := range txs {
		var l [4]byte
		binary.BigEndian.PutUint32(l[:], uint32(len(raw)))
		w.Write(l[:])
		w.Write(raw)
		n += int64(4 + len(raw))
	}
	if err := errors.Join(w.Flush(), f.Sync(), f.Close()); err != nil {
		return fmt.Errorf("tx journal: %w", err)
	}
	if err := os.Rename(tmp, j.path); err != nil {
		return fmt.Errorf("tx journal: %w", err)
	}
	if j.f, err = os.OpenFile(j.path, os.O_APPEND|os.O_WRONLY, 0o600); err != nil {
		return fmt.Errorf("tx journal: %w", err)
	}
	j.bytes = n
	return nil
}

// readJournal returns the records of the journal at path (none if it does
// not exist), stopping at a torn last record.
func readJournal(path string) ([][]byte, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := bufio.NewReader(f)
	var out [][]byte
	for {
		var l [4]byte
		if _, err := io.ReadFull(r, l[:]); err != nil {
			return out, nil // EOF, or a torn length
		}
		n := binary.BigEndian.Uint32(l[:])
		if n == 0 || n > ledger.MaxTxSize {
			return out, nil // garbage: nothing after it can be trusted
		}
		raw := make([]byte, n)
		if _, err := io.ReadFull(r, raw); err != nil {
			return out, nil // torn record
		}
		out = append(out, raw)
	}
}
