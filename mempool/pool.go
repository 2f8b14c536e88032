package mempool

import (
	"container/heap"
	"errors"
	"fmt"
	"log/slog"
	"math/bits"
	"slices"
	"sync"
	"time"

	"golang.org/x/crypto/sha3"

	"github.com/mycel-network/mycel/ledger"
)

// State is the committed ledger state the pool checks against. *ledger.Store
// satisfies it. Account must be safe to call concurrently with a block
// commit and must reflect only committed blocks.
type State interface {
	Account(idx uint32) (ledger.Account, bool, error)
	ChainID() uint64
}

// entry is one pooled transaction.
type entry struct {
	hash  [32]byte
	raw   []byte // owned copy, never modified
	from  uint32
	nonce uint64
	fee   uint64
	cost  uint64 // amount + fee: what the sender's balance must cover
	added time.Time
	seq   uint64 // arrival order, breaks fee ties
}

// account holds one sender's pooled transactions.
type account struct {
	// nonce and balance are the freshest committed values seen for the
	// account (by Add or Update). Within one nonce a balance only grows
	// (receipts, deposits), so (nonce, balance) ordered lexicographically
	// never goes backwards.
	nonce   uint64
	balance uint64
	txs     []*entry // sorted by nonce, one per nonce
	cost    uint64   // sum of txs' cost; kept <= balance at admission
	bytes   int
}

// find returns the position of nonce in txs and whether it is there.
func (a *account) find(nonce uint64) (int, bool) {
	return slices.BinarySearchFunc(a.txs, nonce, func(e *entry, n uint64) int {
		switch {
		case e.nonce < n:
			return -1
		case e.nonce > n:
			return 1
		}
		return 0
	})
}

// split returns the bounds of the stale (nonce below the committed one),
// pending (executable, gap-free from the committed nonce) and queued parts:
// txs[:s] stale, txs[s:p] pending, txs[p:] queued.
func (a *account) split() (s, p int) {
	for s < len(a.txs) && a.txs[s].nonce < a.nonce {
		s++
	}
	p = s
	for p < len(a.txs) && a.txs[p].nonce == a.nonce+uint64(p-s) {
		p++
	}
	return s, p
}

// observe records a committed (nonce, balance) if it is at least as fresh
// as the one held.
func (a *account) observe(st ledger.Account) {
	if st.Nonce > a.nonce || (st.Nonce == a.nonce && st.Balance > a.balance) {
		a.nonce, a.balance = st.Nonce, st.Balance
	}
}

// Pool is the app-side mempool. It is safe for concurrent use.
type Pool struct {
	cfg      Config
	state    State
	verifier ledger.SigVerifier
	log      *slog.Logger
	m        *Metrics
	now      func() time.Time // injectable clock (tests)

	mu       sync.RWMutex
	height   uint64 // last block passed to Update
	epoch    uint64 // bumped by Update: Add re-reads state when it moved
	all      map[[32]byte]*entry
	accounts map[uint32]*account
	bytes    int
	seq      uint64
}

// New returns an empty pool. cfg must be valid (see Config.Validate); the
// verifier should be the node's *ledger.SigCache so that block execution
// reuses the pool's signature checks. A nil logger discards, nil metrics are
// NopMetrics. New starts no goroutines.
func New(cfg Config, state State, verifier ledger.SigVerifier, logger *slog.Logger, m *Metrics) *Pool {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NopMetrics()
	}
	return &Pool{
		cfg: cfg, state: state, verifier: verifier, log: logger, m: m, now: time.Now,
		all:      make(map[[32]byte]*entry),
		accounts: make(map[uint32]*account),
	}
}

// TxHash is the transaction id of an encoding: keccak256 of the bytes
// (docs/protocol.md, "Transaction hash"). It equals ledger.Tx.Hash for every
// encoding that ledger.DecodeTx accepts.
func TxHash(raw []byte) [32]byte {
	var h [32]byte
	k := sha3.NewLegacyKeccak256()
	k.Write(raw)
	k.Sum(h[:0])
	return h
}

// Add checks a transaction and admits it. The checks run cheapest first:
// size and decoding, type, chain id, fee floor, amount and account rules,
// duplicates, the nonce and balance against the committed state, the pool's
// rules (replacement bump, per-account limits, cumulative balance, room),
// and last the signature, through the verifier. It returns the transaction
// hash (zero if the bytes do not decode) and a nil error, or an error that
// wraps one of this package's or the ledger's sentinels and names the
// values that failed. The pool keeps its own copy of raw.
func (p *Pool) Add(raw []byte) ([32]byte, error) {
	h, err := p.add(raw)
	if err != nil {
		p.m.rejected.WithLabelValues(reason(err)).Inc()
		p.log.Debug("mempool: transaction rejected", "hash", fmt.Sprintf("%x", h), "err", err)
	}
	return h, err
}

func (p *Pool) add(raw []byte) ([32]byte, error) {
	tx, err := ledger.DecodeTx(raw)
	if err != nil {
		return [32]byte{}, err
	}
	h := TxHash(raw)
	if tx.Type.FromL1() {
		return h, ErrDeposit
	}
	if want := p.state.ChainID(); tx.ChainID != want {
		return h, fmt.Errorf("%w: transaction is for chain %d, this is chain %d", ledger.ErrWrongChain, tx.ChainID, want)
	}
	if tx.Fee < p.cfg.MinFee {
		return h, fmt.Errorf("%w: fee %d, the minimum is %d", ErrFeeTooLow, tx.Fee, p.cfg.MinFee)
	}
	if err := statelessChecks(tx); err != nil {
		return h, err
	}
	p.mu.RLock()
	_, known := p.all[h]
	epoch := p.epoch
	p.mu.RUnlock()
	if known {
		return h, fmt.Errorf("%w: %x", ErrAlreadyKnown, h)
	}

	st, err := p.readSender(tx)
	if err != nil {
		return h, err
	}
	if tx.Type == ledger.TxTransfer {
		if _, ok, err := p.state.Account(tx.To); err != nil {
			return h, fmt.Errorf("mempool: read account %d: %w", tx.To, err)
		} else if !ok {
			return h, fmt.Errorf("%w: receiver %d", ledger.ErrUnknownAccount, tx.To)
		}
	}
	e := &entry{
		hash: h, from: tx.From, nonce: tx.Nonce, fee: tx.Fee,
		cost: tx.Amount + tx.Fee, // both <= MaxAmount: no overflow
	}
	// The pool's own rules, before the costly signature check. Nothing
	// changes yet; the plan is made again, under the lock, after it.
	p.mu.RLock()
	_, _, err = p.plan(e, st, len(raw))
	p.mu.RUnlock()
	if err != nil {
		return h, err
	}

	if err := p.verifier.VerifyTx(tx, st.PubKey); err != nil {
		if !errors.Is(err, ledger.ErrBadSignature) && !errors.Is(err, ledger.ErrInvalidPublicKey) {
			err = fmt.Errorf("%w: %w", ledger.ErrBadSignature, err)
		}
		return h, fmt.Errorf("transaction from account %d: %w", tx.From, err)
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	if p.epoch != epoch {
		// A block was committed while we checked: check against it.
		if st, err = p.readSender(tx); err != nil {
			return h, err
		}
	}
	old, victims, err := p.plan(e, st, len(raw))
	if err != nil {
		return h, err
	}
	for _, v := range victims {
		p.remove(v, "evicted")
		p.log.Debug("mempool: evicted", "hash", fmt.Sprintf("%x", v.hash), "from", v.from, "nonce", v.nonce, "fee", v.fee, "for", fmt.Sprintf("%x", h))
	}
	if old != nil {
		p.remove(old, "replaced")
		p.m.replaced.Inc()
	}
	e.raw = slices.Clone(raw)
	e.added = p.now()
	p.seq++
	e.seq = p.seq
	p.insert(e, st)
	p.m.added.Inc()
	p.gauges()
	return h, nil
}

// statelessChecks applies the ledger's execution rules that need no state.
func statelessChecks(tx *ledger.Tx) error {
	if tx.Amount == 0 || tx.Amount > ledger.MaxAmount {
		return fmt.Errorf("%w: amount %d not in [1, %d]", ledger.ErrAmountOutOfRange, tx.Amount, ledger.MaxAmount)
	}
	if tx.Fee > ledger.MaxAmount {
		return fmt.Errorf("%w: fee %d above %d", ledger.ErrFeeOutOfRange, tx.Fee, ledger.MaxAmount)
	}
	if tx.From == ledger.FeeVaultIndex {
		return fmt.Errorf("%w: the fee vault (account %d) cannot send", ledger.ErrReservedAccount, ledger.FeeVaultIndex)
	}
	if tx.Type == ledger.TxTransfer {
		if tx.To == tx.From {
			return fmt.Errorf("%w: account %d", ledger.ErrSelfTransfer, tx.From)
		}
		if tx.To == ledger.FeeVaultIndex {
			return fmt.Errorf("%w: cannot transfer to the fee vault (account %d)", ledger.ErrReservedAccount, ledger.FeeVaultIndex)
		}
	}
	return nil
}

// readSender reads the sender's committed account and checks the nonce and
// the balance for this transaction alone.
func (p *Pool) readSender(tx *ledger.Tx) (ledger.Account, error) {
	st, ok, err := p.state.Account(tx.From)
	if err != nil {
		return st, fmt.Errorf("mempool: read account %d: %w", tx.From, err)
	}
	if !ok {
		return st, fmt.Errorf("%w: sender %d", ledger.ErrUnknownAccount, tx.From)
	}
	if tx.Nonce < st.Nonce {
		return st, fmt.Errorf("%w: account %d is at nonce %d, transaction has %d", ledger.ErrNonceTooLow, tx.From, st.Nonce, tx.Nonce)
	}
	if tx.Nonce-st.Nonce >= uint64(p.cfg.MaxTxsPerAccount) {
		return st, fmt.Errorf("%w: account %d is at nonce %d, transaction has %d (at most %d ahead)",
			ledger.ErrNonceTooHigh, tx.From, st.Nonce, tx.Nonce, p.cfg.MaxTxsPerAccount-1)
	}
	if cost := tx.Amount + tx.Fee; st.Balance < cost {
		return st, fmt.Errorf("%w: account %d has %d, needs %d (amount %d + fee %d)",
			ledger.ErrInsufficientBalance, tx.From, st.Balance, cost, tx.Amount, tx.Fee)
	}
	return st, nil
}

// bumped reports whether fee beats old by at least bump percent (and is
// strictly higher, so a zero fee cannot be "replaced" by another zero).
func bumped(fee, old uint64, bump int) bool {
	hi, lo := bits.Mul64(old, uint64(100+bump))
	// need fee*100 >= old*(100+bump)
	fhi, flo := bits.Mul64(fee, 100)
	return fee > old && (fhi > hi || (fhi == hi && flo >= lo))
}

// plan decides whether e (size bytes, sender state st) can enter the pool
// and what it displaces: the transaction with the same sender and nonce, and
// the victims evicted to make room. It changes nothing. The caller holds
// p.mu (read or write).
func (p *Pool) plan(e *entry, st ledger.Account, size int) (old *entry, victims []*entry, err error) {
	a := p.accounts[e.from]
	if a == nil {
		a = &account{}
	}
	fresh := *a
	fresh.observe(st)
	if e.nonce < fresh.nonce {
		return nil, nil, fmt.Errorf("%w: account %d is at nonce %d, transaction has %d", ledger.ErrNonceTooLow, e.from, fresh.nonce, e.nonce)
	}
	oldCost, oldSize, n := uint64(0), 0, len(a.txs)+1
	if i, ok := a.find(e.nonce); ok {
		old = a.txs[i]
		if old.hash == e.hash {
			return nil, nil, fmt.Errorf("%w: %x", ErrAlreadyKnown, e.hash)
		}
		if !bumped(e.fee, old.fee, p.cfg.PriceBumpPercent) {
			return nil, nil, fmt.Errorf("%w: account %d nonce %d has fee %d pooled, a replacement needs at least %d%% more, got %d",
				ErrReplacementUnderpriced, e.from, e.nonce, old.fee, p.cfg.PriceBumpPercent, e.fee)
		}
		oldCost, oldSize, n = old.cost, len(old.raw), len(a.txs)
	}
	if n > p.cfg.MaxTxsPerAccount {
		return nil, nil, fmt.Errorf("%w: account %d has %d pooled, the limit is %d", ErrAccountLimit, e.from, len(a.txs), p.cfg.MaxTxsPerAccount)
	}
	if b := a.bytes - oldSize + size; b > p.cfg.MaxBytesPerAccount {
		return nil, nil, fmt.Errorf("%w: account %d would have %d bytes pooled, the limit is %d", ErrAccountLimit, e.from, b, p.cfg.MaxBytesPerAccount)
	}
	// Cumulative balance: everything the sender has pooled must be payable
	// from the committed balance, so an account cannot fill the pool with
	// transactions that will never execute. a.cost - oldCost <= balance.
	if spent := a.cost - oldCost; e.cost > fresh.balance || spent > fresh.balance-e.cost {
		return nil, nil, fmt.Errorf("%w (%w): account %d has %d, its pooled transactions spend %d, this one %d",
			ErrOverdraft, ledger.ErrInsufficientBalance, e.from, fresh.balance, spent, e.cost)
	}

	needTxs := len(p.all) + 1 - p.cfg.MaxTxs
	needBytes := p.bytes + size - p.cfg.MaxBytes
	if old != nil {
		needTxs--
		needBytes -= oldSize
	}
	if needTxs <= 0 && needBytes <= 0 {
		return old, nil, nil
	}
	// e is pending if it extends or replaces the sender's executable run.
	s, pe := fresh.split()
	pending := e.nonce <= fresh.nonce+uint64(pe-s)
	victims, err = p.victims(e, pending, needTxs, needBytes)
	return old, victims, err
}

// victims picks what to evict so that e fits: first the lowest-fee queued
// transactions of other senders (any of them for a pending e, only cheaper
// ones for a queued e), then, for a pending e only, the lowest-fee pending
// transactions of other senders, always the last of a sender's executable
// run so that no nonce gap opens in the middle. A victim must pay less than
// e, except a queued victim of a pending e. This is a linear scan: it runs
// only when the pool is full, after the sender passed every cheaper check.
func (p *Pool) victims(e *entry, pending bool, needTxs, needBytes int) ([]*entry, error) {
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
			// Queued, and stale ones (nonce already used, not yet rechecked).
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
				// Every queued transaction is chosen by now; the tail is the
				// last pending one not chosen yet.
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
			return nil, fmt.Errorf("%w: %d transactions, %d bytes, and nothing cheaper to evict for fee %d",
				ErrPoolFull, len(p.all), p.bytes, e.fee)
		}
		chosen[best] = true
		out = append(out, best)
		needTxs--
		needBytes -= len(best.raw)
	}
	return out, nil
}

// insert adds e to the pool. The caller holds p.mu and has removed any
// transaction with the same sender and nonce.
func (p *Pool) insert(e *entry, st ledger.Account) {
	a := p.accounts[e.from]
	if a == nil {
		a = &account{nonce: st.Nonce, balance: st.Balance}
		p.accounts[e.from] = a
	}
	a.observe(st)
	i, _ := a.find(e.nonce)
	a.txs = slices.Insert(a.txs, i, e)
	a.cost += e.cost
	a.bytes += len(e.raw)
	p.all[e.hash] = e
	p.bytes += len(e.raw)
}

// remove drops e from the pool. The caller holds p.mu.
func (p *Pool) remove(e *entry, why string) {
	if _, ok := p.all[e.hash]; !ok {
		return
	}
	delete(p.all, e.hash)
	p.bytes -= len(e.raw)
	a := p.accounts[e.from]
	if i, ok := a.find(e.nonce); ok && a.txs[i] == e {
		a.txs = slices.Delete(a.txs, i, i+1)
	}
	a.cost -= e.cost
	a.bytes -= len(e.raw)
	if len(a.txs) == 0 {
		delete(p.accounts, e.from)
	}
	if why != "replaced" {
		p.m.removed.WithLabelValues(why).Inc()
	}
}

// gauges refreshes the size gauges. The caller holds p.mu.
func (p *Pool) gauges() {
	p.m.txs.Set(float64(len(p.all)))
	p.m.bytes.Set(float64(p.bytes))
	p.m.accounts.Set(float64(len(p.accounts)))
}

// Update tells the pool that block height was committed with the given
// transactions (every transaction of the block, in any order). It must be
// called after every committed block, in order, once the state is
// readable. It removes the included transactions, rechecks every sender of
// the block against the new state (dropping transactions whose nonce was
// used and, from the highest nonce down, those the balance no longer
// covers), and drops transactions older than Config.TTL.
//
// Only a sender's own transactions lower its balance or raise its nonce, so
// rechecking the block's senders keeps every pooled transaction's checks
// current.
func (p *Pool) Update(height uint64, included [][]byte) {
	p.mu.Lock()
	p.height = height
	p.epoch++
	senders := make(map[uint32]struct{})
	nIncluded := 0
	for _, raw := range included {
		if e, ok := p.all[TxHash(raw)]; ok {
			p.remove(e, "included")
			senders[e.from] = struct{}{}
			nIncluded++
			continue
		}
		if tx, err := ledger.DecodeTx(raw); err == nil && !tx.Type.FromL1() {
			senders[tx.From] = struct{}{}
		}
	}
	for from := range senders {
		if _, ok := p.accounts[from]; !ok {
			delete(senders, from)
		}
	}
	p.mu.Unlock()

	// Read the new state without holding the lock.
	states := make(map[uint32]ledger.Account, len(senders))
	for from := range senders {
		st, ok, err := p.state.Account(from)
		switch {
		case err != nil:
			p.log.Error("mempool: recheck: read account", "account", from, "err", err)
		case !ok:
			p.log.Error("mempool: recheck: sender vanished from state", "account", from)
		default:
			states[from] = st
		}
	}

	p.mu.Lock()
	defer p.mu.Unlock()
	stale, expired := 0, 0
	for from, st := range states {
		a := p.accounts[from]
		if a == nil {
			continue
		}
		a.observe(st)
		for len(a.txs) > 0 && a.txs[0].nonce < a.nonce {
			p.remove(a.txs[0], "stale")
			stale++
			if p.accounts[from] == nil {
				break
			}
		}
		for p.accounts[from] != nil && a.cost > a.balance {
			p.remove(a.txs[len(a.txs)-1], "stale")
			stale++
		}
	}
	now := p.now()
	for _, e := range p.all {
		if now.Sub(e.added) > p.cfg.TTL {
			p.remove(e, "expired")
			expired++
		}
	}
	pending := 0
	for _, a := range p.accounts {
		s, pe := a.split()
		pending += pe - s
	}
	p.m.pending.Set(float64(pending))
	p.gauges()
	p.log.Debug("mempool: updated", "height", height, "included", nIncluded, "stale", stale, "expired", expired,
		"txs", len(p.all), "pending", pending, "bytes", p.bytes)
}

// cursor walks one sender's executable run in Reap.
type cursor struct {
	txs []*entry // executable, in nonce order
	i   int
}

type cursorHeap []*cursor

func (h cursorHeap) Len() int { return len(h) }
func (h cursorHeap) Less(i, j int) bool {
	a, b := h[i].txs[h[i].i], h[j].txs[h[j].i]
	if a.fee != b.fee {
		return a.fee > b.fee
	}
	if a.seq != b.seq {
		return a.seq < b.seq
	}
	return a.from < b.from
}
func (h cursorHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *cursorHeap) Push(x any)   { *h = append(*h, x.(*cursor)) }
func (h *cursorHeap) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

// Reap returns executable transactions for a block proposal: highest fee
// first across senders (earlier arrival first among equal fees), strictly in
// nonce order within a sender, only transactions gap-free from the sender's
// committed nonce whose cumulative cost the committed balance covers. It
// returns at most maxTxs transactions and maxBytes bytes in total; a
// negative limit means no limit. The transactions stay in the pool until
// Update; the returned slices must not be modified.
func (p *Pool) Reap(maxTxs, maxBytes int) [][]byte {
	p.mu.RLock()
	defer p.mu.RUnlock()
	h := make(cursorHeap, 0, len(p.accounts))
	for _, a := range p.accounts {
		s, pe := a.split()
		var spent uint64
		end := s
		for ; end < pe; end++ {
			c := a.txs[end].cost
			if c > a.balance || spent > a.balance-c {
				break
			}
			spent += c
		}
		if end > s {
			h = append(h, &cursor{txs: a.txs[s:end]})
		}
	}
	heap.Init(&h)
	var out [][]byte
	bytes := 0
	for h.Len() > 0 && (maxTxs < 0 || len(out) < maxTxs) {
		c := h[0]
		e := c.txs[c.i]
		if maxBytes >= 0 && bytes+len(e.raw) > maxBytes {
			heap.Pop(&h) // the sender's later nonces cannot go first
			continue
		}
		out = append(out, e.raw)
		bytes += len(e.raw)
		c.i++
		if c.i == len(c.txs) {
			heap.Pop(&h)
		} else {
			heap.Fix(&h, 0)
		}
	}
	p.m.reaped.Observe(float64(len(out)))
	return out
}

// Has reports whether the transaction with this hash is pooled.
func (p *Pool) Has(hash [32]byte) bool {
	p.mu.RLock()
	defer p.mu.RUnlock()
	_, ok := p.all[hash]
	return ok
}

// Get returns a pooled transaction's encoding; it must not be modified.
func (p *Pool) Get(hash [32]byte) ([]byte, bool) {
	p.mu.RLock()
	defer p.mu.RUnlock()
	e, ok := p.all[hash]
	if !ok {
		return nil, false
	}
	return e.raw, true
}

// Size is the number of pooled transactions.
func (p *Pool) Size() int {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return len(p.all)
}

// Bytes is the total size of the pooled encodings.
func (p *Pool) Bytes() int {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.bytes
}

// Height is the last height passed to Update (0 before the first block).
func (p *Pool) Height() uint64 {
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.height
}
