package prover

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"

	"github.com/mycel-network/mycel/ledger"
)

// LocalSource is the in-node JobSource and ProofSink: the node adds each
// closed batch (Add), provers (the node's own Service, or remote `mycel
// prover` processes through RPCSource) claim them and submit their proofs.
// The Service persists every proof in its proof store, where the node's L1
// submitter reads it; Proofs() additionally delivers them in the order they
// finish, for callers that built the source with a buffer. A claim expires
// after ClaimTimeout so that a dead prover's batch goes to another.
type LocalSource struct {
	store        *ledger.Store
	claimTimeout time.Duration
	now          func() time.Time

	mu      sync.Mutex
	pending map[uint64]BatchSpec
	claimed map[uint64]time.Time
	out     chan *BatchProof
}

// NewLocalSource serves batches of store. Proofs() is buffered by buffer;
// with buffer 0 it is nil and Submit delivers nothing there.
func NewLocalSource(store *ledger.Store, claimTimeout time.Duration, buffer int) *LocalSource {
	if claimTimeout <= 0 {
		claimTimeout = time.Hour
	}
	l := &LocalSource{
		store: store, claimTimeout: claimTimeout, now: time.Now,
		pending: map[uint64]BatchSpec{}, claimed: map[uint64]time.Time{},
	}
	if buffer > 0 {
		l.out = make(chan *BatchProof, buffer)
	}
	return l
}

// Add queues a closed batch for proving.
func (l *LocalSource) Add(spec BatchSpec) error {
	if spec.ToHeight <= spec.FromHeight {
		return fmt.Errorf("prover: batch %d has no blocks", spec.Index)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.pending[spec.Index] = spec
	return nil
}

// Claim implements JobSource: the lowest unclaimed (or expired) batch.
func (l *LocalSource) Claim(ctx context.Context) (*Batch, error) {
	l.mu.Lock()
	idxs := make([]uint64, 0, len(l.pending))
	for i := range l.pending {
		idxs = append(idxs, i)
	}
	sort.Slice(idxs, func(a, b int) bool { return idxs[a] < idxs[b] })
	var spec *BatchSpec
	now := l.now()
	for _, i := range idxs {
		if t, ok := l.claimed[i]; ok && now.Sub(t) < l.claimTimeout {
			continue
		}
		s := l.pending[i]
		spec = &s
		l.claimed[i] = now
		break
	}
	l.mu.Unlock()
	if spec == nil {
		return nil, ErrNoJob
	}
	b, err := BatchFromStore(l.store, *spec)
	if err != nil {
		l.Release(ctx, spec.Index)
		return nil, err
	}
	return b, nil
}

// Release implements JobSource.
func (l *LocalSource) Release(_ context.Context, idx uint64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	delete(l.claimed, idx)
	return nil
}

// Submit implements ProofSink: the batch is done (and its proof queued on
// Proofs(), if the source has a buffer).
func (l *LocalSource) Submit(ctx context.Context, p *BatchProof) error {
	if l.out != nil {
		select {
		case l.out <- p:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
	l.mu.Lock()
	delete(l.pending, p.BatchIndex)
	delete(l.claimed, p.BatchIndex)
	l.mu.Unlock()
	return nil
}

// Proofs delivers finished proofs in the order they finish (nil without a
// buffer).
func (l *LocalSource) Proofs() <-chan *BatchProof { return l.out }

// Pending is the number of batches without a submitted proof.
func (l *LocalSource) Pending() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.pending)
}
