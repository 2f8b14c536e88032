package mempool

import (
	"container/heap"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/mycel-network/mycel/ledger"
)

// checkIndex fails t unless the pool's index agrees with its contents:
// every transaction has the class its sender's committed nonce implies,
// the heaps hold exactly the candidates in heap order, the counts add up,
// and the arrival list holds every transaction in arrival order.
func checkIndex(t testing.TB, p *Pool) {
	t.Helper()
	p.mu.RLock()
	defer p.mu.RUnlock()
	queuedN, tailN, pendingN, txs := 0, 0, 0, 0
	for from, a := range p.accounts {
		if len(a.txs) == 0 {
			t.Fatalf("account %d is empty but listed", from)
		}
		s, pe := a.split()
		q := 0
		for i, e := range a.txs {
			txs++
			if p.all[e.hash] != e {
				t.Fatalf("account %d nonce %d is not in the hash map", from, e.nonce)
			}
			want := queued
			switch {
			case i >= s && i < pe-1:
				want = pendingMid
			case i >= s && i == pe-1:
				want = pendingTail
			}
			if e.class != want {
				t.Fatalf("account %d (nonce %d) tx nonce %d: class %d, want %d", from, a.nonce, e.nonce, e.class, want)
			}
			switch want {
			case queued:
				q++
				queuedN++
				if e.hidx < 0 || e.hidx >= len(p.queue) || p.queue[e.hidx] != e {
					t.Fatalf("queued tx %d/%d not at its place in the queue heap", from, e.nonce)
				}
			case pendingTail:
				tailN++
				pendingN++
				if e.hidx < 0 || e.hidx >= len(p.tails) || p.tails[e.hidx] != e {
					t.Fatalf("tail %d/%d not at its place in the tails heap", from, e.nonce)
				}
			case pendingMid:
				pendingN++
			}
		}
		if q != a.queued {
			t.Fatalf("account %d counts %d queued, holds %d", from, a.queued, q)
		}
	}
	if txs != len(p.all) || queuedN != len(p.queue) || tailN != len(p.tails) || pendingN != p.pending {
		t.Fatalf("counts: %d txs by sender, %d by hash; queued %d/%d; tails %d/%d; pending %d/%d",
			txs, len(p.all), queuedN, len(p.queue), tailN, len(p.tails), pendingN, p.pending)
	}
	for _, h := range []evictHeap{p.queue, p.tails} {
		for i := 1; i < len(h); i++ {
			if h.Less(i, (i-1)/2) {
				t.Fatalf("heap order broken at %d", i)
			}
		}
	}
	n := 0
	var prev *entry
	for e := p.oldest; e != nil; prev, e = e, e.next {
		n++
		if e.prev != prev || (prev != nil && (prev.seq >= e.seq || e.added.Before(prev.added))) {
			t.Fatal("arrival list out of order")
		}
		if p.all[e.hash] != e {
			t.Fatal("arrival list holds a removed transaction")
		}
	}
	if n != len(p.all) || p.newest != prev {
		t.Fatalf("arrival list holds %d of %d", n, len(p.all))
	}
}

// linearVictims is the eviction choice as a scan of the whole pool (the
// algorithm the index replaced): the reference the index must agree with.
func linearVictims(p *Pool, e *entry, pending bool, needTxs, needBytes int) ([]*entry, bool) {
	chosen := make(map[*entry]bool)
	var out []*entry
	for needTxs > 0 || needBytes > 0 {
		var best *entry
		better := func(c *entry) bool {
			return best == nil || c.fee < best.fee || (c.fee == best.fee && c.seq > best.seq)
		}
		for from, a := range p.accounts {
			if from == e.from {
				continue
			}
			s, pe := a.split()
			for i, c := range a.txs {
				if (i < s || i >= pe) && !chosen[c] && (pending || c.fee < e.fee) && better(c) {
					best = c
				}
			}
		}
		if best == nil && pending {
			for from, a := range p.accounts {
				if from == e.from {
					continue
				}
				s, pe := a.split()
				for i := pe - 1; i >= s; i-- {
					if c := a.txs[i]; !chosen[c] {
						if c.fee < e.fee && better(c) {
							best = c
						}
						break
					}
				}
			}
		}
		if best == nil {
			return nil, false
		}
		chosen[best] = true
		out = append(out, best)
		needTxs--
		needBytes -= len(best.raw)
	}
	return out, true
}

// The indexed eviction picks exactly what a scan of the whole pool picks,
// and the index stays consistent, through random admissions, replacements,
// evictions, blocks and expiries.
func TestIndexMatchesScan(t *testing.T) {
	cfg := smallConfig(24, 6)
	cfg.MaxBytes = 20 * ledger.TransferSize // a withdrawal may need two transfers evicted
	cfg.TTL = time.Minute
	const accounts = 10
	e := newEnv(t, accounts, 1_000_000_000, cfg, nil)
	rng := rand.New(rand.NewPCG(12, 1))
	nonce := func(from uint32) uint64 {
		a, _, err := e.store.Account(from)
		if err != nil {
			t.Fatal(err)
		}
		return a.Nonce
	}
	compared, evicting, multi := 0, 0, 0
	for step := range 1500 {
		switch r := rng.IntN(100); {
		case r < 85:
			from := uint32(rng.IntN(accounts) + 1)
			n := nonce(from) + uint64(rng.IntN(5))
			fee := uint64(rng.IntN(30) + 1)
			var raw []byte
			if rng.IntN(2) == 0 {
				raw = e.withdraw(from, uint64(step+1), fee, n)
			} else {
				raw = e.transfer(from, from%accounts+1, uint64(step+1), fee, n)
			}
			// Compare the choice for this newcomer before admitting it.
			tx, _ := ledger.DecodeTx(raw)
			st, _, _ := e.store.Account(from)
			ne := &entry{hash: TxHash(raw), from: from, nonce: n, fee: fee, cost: tx.Amount + fee, raw: raw, hidx: -1}
			p := e.pool
			p.mu.RLock()
			a := p.accounts[from]
			if a == nil {
				a = &account{}
			}
			fresh := *a
			fresh.observe(st)
			s, pe := fresh.split()
			pending := n <= fresh.nonce+uint64(pe-s)
			needTxs, needBytes := len(p.all)+1-cfg.MaxTxs, p.bytes+len(raw)-cfg.MaxBytes
			if _, ok := a.find(n); !ok && (needTxs > 0 || needBytes > 0) {
				got, err := p.victims(ne, pending, needTxs, needBytes, 0)
				want, ok := linearVictims(p, ne, pending, needTxs, needBytes)
				if (err == nil) != ok || !slices.Equal(got, want) {
					p.mu.RUnlock()
					t.Fatalf("step %d: newcomer %d/%d fee %d pending %v: index chose %v (%v), the scan %v",
						step, from, n, fee, pending, show(got), err, show(want))
				}
				compared++
				if ok {
					evicting++
				}
				if len(want) > 1 {
					multi++
				}
			}
			p.mu.RUnlock()
			e.pool.Add(raw)
		case r < 95:
			e.commit(e.pool.Reap(rng.IntN(6), -1)...)
		default:
			e.clock.Advance(time.Duration(rng.IntN(40)) * time.Second)
			e.commit()
		}
		checkIndex(t, e.pool)
	}
	t.Logf("compared %d full-pool choices, %d of them evicting, %d more than one", compared, evicting, multi)
	if compared < 50 || evicting < 20 || multi < 3 {
		t.Fatalf("the pool was rarely full: %d choices compared, %d evicting", compared, evicting)
	}
}

func show(es []*entry) string {
	var s []string
	for _, e := range es {
		s = append(s, fmt.Sprintf("%d/%d@%d", e.from, e.nonce, e.fee))
	}
	return fmt.Sprint(s)
}

// The heap walk visits every entry once, in eviction order, and leaves the
// heap as it was.
func TestWalkOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var h evictHeap
	for i := range 500 {
		heap.Push(&h, &entry{fee: uint64(rng.IntN(50)), seq: uint64(i)})
	}
	before := slices.Clone(h)
	w := newWalk(h)
	var got []*entry
	for e := w.next(); e != nil; e = w.next() {
		got = append(got, e)
	}
	if !slices.Equal(h, before) || len(got) != len(h) {
		t.Fatalf("walk changed the heap or visited %d of %d", len(got), len(h))
	}
	if !slices.IsSortedFunc(got, func(a, b *entry) int {
		if evictsBefore(a, b) {
			return -1
		}
		if evictsBefore(b, a) {
			return 1
		}
		return 0
	}) {
		t.Fatal("walk out of order")
	}
}
