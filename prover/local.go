package prover

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
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
//
// Each claim has a random name (Batch.Claim): only its holder can release
// the batch or submit its proof, so one prover cannot drop another's work,
// and a prover whose claim expired and went to another is refused.
// SetMaxClaims bounds the claims outstanding at once.
type LocalSource struct {
	store        *ledger.Store
	claimTimeout time.Duration
	now          func() time.Time

	mu        sync.Mutex
	pending   map[uint64]BatchSpec
	claimed   map[uint64]claim
	maxClaims int // 0: no bound
	out       chan *BatchProof
}

type claim struct {
	at   time.Time
	name string
}

// Errors of a LocalSource; match with errors.Is.
var (
	// ErrNotClaimed: the batch is not pending, or not claimed under the
	// name given (never claimed, released, or expired and claimed by
	// another prover).
	ErrNotClaimed = errors.New("prover: batch not claimed under this claim")
	// ErrTooManyClaims: SetMaxClaims claims are outstanding.
	ErrTooManyClaims = errors.New("prover: too many claims outstanding")
)

// NewLocalSource serves batches of store. Proofs() is buffered by buffer;
// with buffer 0 it is nil and Submit delivers nothing there.
func NewLocalSource(store *ledger.Store, claimTimeout time.Duration, buffer int) *LocalSource {
	if claimTimeout <= 0 {
		claimTimeout = time.Hour
	}
	l := &LocalSource{
		store: store, claimTimeout: claimTimeout, now: time.Now,
		pending: map[uint64]BatchSpec{}, claimed: map[uint64]claim{},
	}
	if buffer > 0 {
		l.out = make(chan *BatchProof, buffer)
	}
	return l
}

// SetMaxClaims bounds the unexpired claims outstanding at once (0: no
// bound): each claim builds the batch's Merkle witnesses, work that a
// prover hoarding claims would make the node do for nothing.
func (l *LocalSource) SetMaxClaims(n int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.maxClaims = n
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

func newClaimName() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b[:])
}

// Claim implements JobSource: the lowest unclaimed (or expired) batch.
func (l *LocalSource) Claim(ctx context.Context) (*Batch, error) {
	l.mu.Lock()
	idxs := make([]uint64, 0, len(l.pending))
	for i := range l.pending {
		idxs = append(idxs, i)
	}
	sort.Slice(idxs, func(a, b int) bool { return idxs[a] < idxs[b] })
	now := l.now()
	live := 0
	for _, c := range l.claimed {
		if now.Sub(c.at) < l.claimTimeout {
			live++
		}
	}
	if l.maxClaims > 0 && live >= l.maxClaims {
		l.mu.Unlock()
		return nil, fmt.Errorf("%w (%d)", ErrTooManyClaims, live)
	}
	var spec *BatchSpec
	var name string
	for _, i := range idxs {
		if c, ok := l.claimed[i]; ok && now.Sub(c.at) < l.claimTimeout {
			continue
		}
		s := l.pending[i]
		spec, name = &s, newClaimName()
		l.claimed[i] = claim{at: now, name: name}
		break
	}
	l.mu.Unlock()
	if spec == nil {
		return nil, ErrNoJob
	}
	b, err := BatchFromStore(l.store, *spec)
	if err != nil {
		l.Release(ctx, spec.Index, name)
		return nil, err
	}
	b.Claim = name
	return b, nil
}

// CheckClaim returns nil if batch idx is pending and claimed under name
// (expired or not, as long as no other prover took it since).
func (l *LocalSource) CheckClaim(idx uint64, name string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.checkClaimLocked(idx, name)
}

func (l *LocalSource) checkClaimLocked(idx uint64, name string) error {
	if _, ok := l.pending[idx]; !ok {
		return fmt.Errorf("%w: batch %d is not waiting for a proof", ErrNotClaimed, idx)
	}
	c, ok := l.claimed[idx]
	if !ok || c.name != name || name == "" {
		return fmt.Errorf("%w: batch %d", ErrNotClaimed, idx)
	}
	return nil
}

// Release implements JobSource.
func (l *LocalSource) Release(_ context.Context, idx uint64, name string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.checkClaimLocked(idx, name); err != nil {
		return err
	}
	delete(l.claimed, idx)
	return nil
}

// Submit implements ProofSink: the batch is done (and its proof queued on
// Proofs(), if the source has a buffer). The proof's Claim must be the
// batch's current claim. Submit does not verify the proof: a caller that
// takes proofs from outside the node checks them first (CheckProof).
func (l *LocalSource) Submit(ctx context.Context, p *BatchProof) error {
	if err := l.CheckClaim(p.BatchIndex, p.Claim); err != nil {
		return err
	}
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
