package mempool

import (
	"errors"
	"sync"
	"testing"

	"github.com/mycel-network/mycel/ledger"
)

// A transaction with a future nonce (queued) never displaces an executable
// one, however much it pays.
func TestQueuedNeverEvictsPending(t *testing.T) {
	e := newEnv(t, 5, 1_000_000, smallConfig(4, 4), nil)
	var pending [][]byte
	for from := uint32(1); from <= 4; from++ {
		raw := e.transfer(from, 5, 1, 1, 0)
		e.mustAdd(raw)
		pending = append(pending, raw)
	}
	for nonce := uint64(1); nonce <= 3; nonce++ {
		_, err := e.pool.Add(e.transfer(5, 1, 1, 900_000, nonce))
		if !errors.Is(err, ErrPoolFull) {
			t.Fatalf("queued tx with a huge fee: got %v, want ErrPoolFull", err)
		}
	}
	if !e.has(pending...) || e.pool.Size() != 4 {
		t.Fatal("a queued transaction evicted a pending one")
	}
	// The same sender's executable nonce 0 may enter (it outbids a pending tail).
	e.mustAdd(e.transfer(5, 1, 1, 900_000, 0))
	if e.pool.Size() != 4 {
		t.Fatalf("size %d after eviction, want 4", e.pool.Size())
	}
}

// When full, the pool evicts the cheapest queued transactions first, then the
// cheapest pending ones from the tail of a sender's run, never opening a
// nonce gap, and never for a newcomer that does not pay more.
func TestEvictionOrder(t *testing.T) {
	e := newEnv(t, 10, 10_000, smallConfig(6, 4), nil)
	p0 := e.transfer(1, 10, 1, 1, 0) // cheapest, but in the middle of P's run
	p1 := e.transfer(1, 10, 1, 20, 1)
	r0 := e.transfer(2, 10, 1, 5, 0)
	q2 := e.transfer(3, 10, 1, 50, 2) // queued
	q3 := e.transfer(3, 10, 1, 60, 3) // queued
	s0 := e.transfer(4, 10, 1, 30, 0)
	for _, raw := range [][]byte{p0, p1, r0, q2, q3, s0} {
		e.mustAdd(raw)
	}
	step := func(name string, raw []byte, wantErr error, gone ...[]byte) {
		t.Helper()
		_, err := e.pool.Add(raw)
		if !errors.Is(err, wantErr) && err != wantErr {
			t.Fatalf("%s: got %v, want %v", name, err, wantErr)
		}
		for _, g := range gone {
			if e.has(g) {
				t.Fatalf("%s: expected %s evicted", name, names(e, [][]byte{g}))
			}
		}
		if e.pool.Size() != 6 {
			t.Fatalf("%s: size %d", name, e.pool.Size())
		}
	}
	// A queued newcomer may evict only a cheaper queued transaction.
	n5 := e.transfer(5, 10, 1, 55, 1)
	step("queued 55", n5, nil, q2)
	step("queued 40", e.transfer(6, 10, 1, 40, 1), ErrPoolFull)
	// A pending newcomer evicts queued ones first, cheapest first, even if
	// they bid more.
	step("pending 10 #1", e.transfer(6, 10, 1, 10, 0), nil, n5)
	step("pending 10 #2", e.transfer(7, 10, 1, 10, 0), nil, q3)
	// Then the cheapest pending tail that pays less: r0 (5), not p0 (1),
	// which sits before p1.
	step("pending 10 #3", e.transfer(8, 10, 1, 10, 0), nil, r0)
	if !e.has(p0, p1, s0) {
		t.Fatal("wrong pending transaction evicted")
	}
	// Nothing pays less than 10 at a tail now.
	step("pending 10 #4", e.transfer(9, 10, 1, 10, 0), ErrPoolFull)
	// Every remaining transaction is still executable in order.
	e.commit(e.pool.Reap(-1, -1)...)
	if e.pool.Size() != 0 {
		t.Fatalf("%d transactions not executable", e.pool.Size())
	}
}

// An account cannot fill (or flush) the pool with transactions its balance
// cannot pay for together.
func TestOverdraftCannotFlushPool(t *testing.T) {
	e := newEnv(t, 5, 1000, smallConfig(4, 4), nil)
	var honest [][]byte
	for from := uint32(1); from <= 4; from++ {
		raw := e.transfer(from, 5, 1, 1, 0)
		e.mustAdd(raw)
		honest = append(honest, raw)
	}
	// Attacker (account 5, balance 1000): each transaction alone is payable
	// and bids high; together they overdraw.
	e.mustAdd(e.transfer(5, 1, 300, 300, 0)) // cost 600, evicts one honest tx
	for nonce := uint64(1); nonce < 4; nonce++ {
		_, err := e.pool.Add(e.transfer(5, 1, 300, 300, nonce))
		if !errors.Is(err, ErrOverdraft) || !errors.Is(err, ledger.ErrInsufficientBalance) {
			t.Fatalf("nonce %d: got %v, want ErrOverdraft", nonce, err)
		}
	}
	kept := 0
	for _, raw := range honest {
		if e.has(raw) {
			kept++
		}
	}
	if kept != 3 {
		t.Fatalf("%d honest transactions left, want 3", kept)
	}

	// A replacement counts its new cost against the balance too.
	e = newEnv(t, 2, 1000, smallConfig(10, 4), nil)
	e.mustAdd(e.transfer(1, 2, 400, 1, 0))
	e.mustAdd(e.transfer(1, 2, 400, 1, 1))
	if _, err := e.pool.Add(e.transfer(1, 2, 400, 300, 1)); !errors.Is(err, ErrOverdraft) {
		t.Fatalf("overdrawing replacement: got %v", err)
	}
	e.mustAdd(e.transfer(1, 2, 400, 199, 1)) // 401 + 599 = 1000: fits exactly
}

func TestPerAccountLimits(t *testing.T) {
	cfg := smallConfig(100, 3)
	cfg.MaxBytesPerAccount = 2*ledger.WithdrawSize + ledger.TransferSize // 350
	e := newEnv(t, 3, 100_000, cfg, nil)
	// Count: three transfers fit (318 bytes); nonce 3 is beyond the window.
	for n := uint64(0); n < 3; n++ {
		e.mustAdd(e.transfer(1, 2, 1, 1, n))
	}
	if _, err := e.pool.Add(e.transfer(1, 2, 1, 1, 3)); !errors.Is(err, ledger.ErrNonceTooHigh) {
		t.Fatalf("4th transaction: got %v", err)
	}
	// Replacing at the limit is fine.
	e.mustAdd(e.transfer(1, 2, 1, 2, 2))
	// Bytes: two withdrawals (244) and a third (366 > 350) do not fit.
	e.mustAdd(e.withdraw(2, 1, 1, 0))
	e.mustAdd(e.withdraw(2, 1, 1, 1))
	if _, err := e.pool.Add(e.withdraw(2, 1, 1, 2)); !errors.Is(err, ErrAccountLimit) {
		t.Fatalf("bytes over the per-account limit: got %v", err)
	}
	// A smaller transaction still fits exactly.
	if _, err := e.pool.Add(e.transfer(2, 3, 1, 1, 2)); err != nil {
		t.Fatalf("a transfer (350 bytes in all) should fit: %v", err)
	}
	if e.pool.Size() != 6 {
		t.Fatalf("size %d, want 6", e.pool.Size())
	}
}

// The same transaction is admitted once, even when it arrives from RPC and
// gossip at the same moment.
func TestNeverAcceptedTwice(t *testing.T) {
	e := newEnv(t, 2, 1000, smallConfig(10, 4), nil)
	raw := e.transfer(1, 2, 5, 1, 0)
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = e.pool.Add(raw)
		}()
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case !errors.Is(err, ErrAlreadyKnown):
			t.Fatalf("unexpected error %v", err)
		}
	}
	if ok != 1 || e.pool.Size() != 1 {
		t.Fatalf("admitted %d times, size %d", ok, e.pool.Size())
	}
	e.commit(raw)
	if _, err := e.pool.Add(raw); !errors.Is(err, ledger.ErrNonceTooLow) {
		t.Fatalf("replay after inclusion: got %v", err)
	}
}

// Adds from many goroutines while blocks are reaped and committed: every
// transaction ends up committed exactly once (run with -race).
func TestConcurrentAddReapCommit(t *testing.T) {
	const accounts, perAccount = 6, 8
	e := newEnv(t, accounts+1, 1_000_000, smallConfig(1000, perAccount), nil)
	txs := make([][][]byte, accounts+1)
	for from := uint32(1); from <= accounts; from++ {
		for n := uint64(0); n < perAccount; n++ {
			txs[from] = append(txs[from], e.transfer(from, accounts+1, 1+n, 1+uint64(from)%3, n))
		}
	}
	var wg sync.WaitGroup
	errc := make(chan error, accounts*perAccount)
	for from := 1; from <= accounts; from++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for _, raw := range txs[from] {
				if _, err := e.pool.Add(raw); err != nil {
					errc <- err
				}
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	committed := 0
	for round := 0; ; round++ {
		finished := false
		select {
		case <-done:
			finished = true
		default:
		}
		block := e.pool.Reap(5, -1)
		e.commit(block...)
		committed += len(block)
		if finished && e.pool.Size() == 0 {
			break
		}
		if round > 10_000 {
			t.Fatal("pool does not drain")
		}
	}
	close(errc)
	for err := range errc {
		t.Errorf("Add: %v", err)
	}
	if committed != accounts*perAccount {
		t.Fatalf("committed %d, want %d", committed, accounts*perAccount)
	}
	for from := uint32(1); from <= accounts; from++ {
		a, _, err := e.store.Account(from)
		if err != nil || a.Nonce != perAccount {
			t.Fatalf("account %d at nonce %d (%v)", from, a.Nonce, err)
		}
	}
}
