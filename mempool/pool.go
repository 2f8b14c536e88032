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
// commit and must reflect only committed blocks; ChainID is read once, by
// New.
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

	// The index (see Pool): what the entry is for eviction, its position in
	// p.queue or p.tails, and its neighbours in arrival order.
	class      class
	hidx       int
	prev, next *entry
}

// class is what an entry is to the eviction index.
type class uint8

const (
	unindexed class = iota
	// pendingMid: executable and followed by its sender's next nonce; never
	// evicted, so that no nonce gap opens in the middle of a run.
	pendingMid
	// pendingTail: the last executable transaction of its sender (in
	// p.tails), evicted for pending newcomers that pay more.
	pendingTail
	// queued: not executable (a nonce gap before it), or stale (its nonce
	// was used and Update has not dropped it yet). In p.queue, evicted first.
	queued
)

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
	queued  int // txs of class queued
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
//
// Besides the transactions by hash and by sender, the pool keeps an index
// so that no Add and no Update walks the whole pool: every transaction has
// a class (pendingMid, pendingTail, queued) that follows from its sender's
// committed nonce; the eviction candidates, queued ones and the last
// executable transaction of each sender, sit in two min-heaps by (fee,
// newest first); and an arrival-ordered list finds the expired ones.
type Pool struct {
	cfg      Config
	state    State
	chainID  uint64 // state.ChainID(), read once: it never changes
	verifier ledger.SigVerifier
	log      *slog.Logger
	m        *Metrics
	now      func() time.Time // injectable clock (tests)
	checks   tokenBucket      // signature checks of refused transactions

	mu       sync.RWMutex
	height   uint64 // last block passed to Update
	epoch    uint64 // bumped by Update: Add re-reads state when it moved
	all      map[[32]byte]*entry
	accounts map[uint32]*account
	bytes    int
	seq      uint64
	queue    evictHeap // class queued: evicted first, cheapest first
	tails    evictHeap // class pendingTail
	pending  int       // entries of class pendingMid or pendingTail
	oldest   *entry    // arrival order, for TTL expiry
	newest   *entry
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
		cfg: cfg, state: state, chainID: state.ChainID(), verifier: verifier, log: logger, m: m, now: time.Now,
		checks:   tokenBucket{rate: float64(cfg.refusedSigChecks())},
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
// duplicates, the nonce and balance against the committed state, the
// pool's rules (replacement bump, per-account limits, cumulative balance,
// the queued bounds, room: O(log n), under the read lock), then the
// signature, through the verifier, and last, under the write lock, the
// pool's rules again and the admission. What is refused before the
// signature costs microseconds; a budget of such refusals
// (Config.RefusedSigChecksPerSecond) have their signature verified
// anyway, so that a badly signed transaction is soon found out as such
// (gossip rejects it and penalises the peer) rather than passing as "pool
// full". It returns the transaction hash (zero if the bytes do not decode)
// and a nil error, or an error that wraps one of this package's or the
// ledger's sentinels and names the values that failed. The pool keeps its
// own copy of raw.
func (p *Pool) Add(raw []byte) ([32]byte, error) {
	h, err := p.add(raw)
	if err != nil {
		p.m.rejected.WithLabelValues(reason(err)).Inc()
		p.log.Debug("mempool: transaction rejected", "hash", fmt.Sprintf("%x", h), "err", err)
	}
	return h, err
}

// lockTries is how often Add reads the sender's state again, outside the
// lock, when blocks were committed while it checked; then it reads it under
// the lock.
const lockTries = 3

func (p *Pool) add(raw []byte) ([32]byte, error) {
	tx, err := ledger.DecodeTx(raw)
	if err != nil {
		return [32]byte{}, err
	}
	h := TxHash(raw)
	if tx.Type.FromL1() {
		return h, ErrDeposit
	}
	if want := p.chainID; tx.ChainID != want {
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
	if err == nil && tx.Type == ledger.TxTransfer {
		if _, ok, rerr := p.state.Account(tx.To); rerr != nil {
			err = fmt.Errorf("mempool: read account %d: %w", tx.To, rerr)
		} else if !ok {
			err = fmt.Errorf("%w: receiver %d", ledger.ErrUnknownAccount, tx.To)
		}
	}
	if err != nil {
		return h, p.spotCheck(tx, st, err)
	}
	e := &entry{
		hash: h, from: tx.From, nonce: tx.Nonce, fee: tx.Fee,
		cost: tx.Amount + tx.Fee, // both <= MaxAmount: no overflow
		hidx: -1,
	}
	// The pool's own rules, O(log n) under the read lock: what they refuse
	// is refused without the signature (spot-checked), so that a flood of
	// refused transactions stays cheap. Nothing changes yet; the plan is
	// made again, under the write lock, after the signature check.
	p.mu.RLock()
	_, _, err = p.plan(e, st, len(raw))
	p.mu.RUnlock()
	if err != nil {
		return h, p.spotCheck(tx, st, err)
	}

	// The signature, without the lock (Adds verify in parallel). A valid
	// one is never wasted: the verifier (the node's SigCache) remembers it
	// for block execution.
	if err := p.verify(tx, st.PubKey); err != nil {
		return h, err
	}

	// Lock with the sender's state at least as fresh as the pool's: if a
	// block was committed (Update ran) since the epoch was read, read the
	// state again, outside the lock.
	for try := 1; ; try++ {
		p.mu.Lock()
		if p.epoch == epoch {
			break
		}
		if try == lockTries {
			if st, err = p.readSender(tx); err != nil {
				p.mu.Unlock()
				return h, err
			}
			break
		}
		epoch = p.epoch
		p.mu.Unlock()
		if st, err = p.readSender(tx); err != nil {
			return h, err
		}
	}
	defer p.mu.Unlock()
	old, victims, err := p.plan(e, st, len(raw))
	if err != nil {
		return h, err
	}
	touched := make([]uint32, 0, len(victims)+1)
	for _, v := range victims {
		p.remove(v, "evicted")
		touched = append(touched, v.from)
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
	for _, from := range append(touched, e.from) {
		p.reindex(from)
	}
	p.m.added.Inc()
	p.gauges()
	return h, nil
}

// verify checks tx's signature against the sender's key pk.
func (p *Pool) verify(tx *ledger.Tx, pk ledger.PublicKey) error {
	if err := p.verifier.VerifyTx(tx, pk); err != nil {
		if !errors.Is(err, ledger.ErrBadSignature) && !errors.Is(err, ledger.ErrInvalidPublicKey) {
			err = fmt.Errorf("%w: %w", ledger.ErrBadSignature, err)
		}
		return fmt.Errorf("transaction from account %d: %w", tx.From, err)
	}
	return nil
}

// spotCheck returns what Add answers for a transaction refused before its
// signature was checked (refusal): a refusal costs microseconds, so a
// flood of refused transactions, badly signed or not, costs little. But a
// refusal alone would let a badly signed transaction pass as merely
// unwanted (gossip ignores it, and never penalises the relay), so, within
// a budget of Config.RefusedSigChecksPerSecond verifications, the
// signature is checked anyway and a bad one is reported as such: a peer
// that floods garbage is found out within its first messages, and a flood
// of correctly signed refused transactions costs at most the budget. st is
// the sender's committed account (zero when unknown: nothing to check).
func (p *Pool) spotCheck(tx *ledger.Tx, st ledger.Account, refusal error) error {
	if st.PubKey == (ledger.PublicKey{}) || errors.Is(refusal, ErrAlreadyKnown) || !p.checks.take(p.now()) {
		return refusal
	}
	p.m.spotChecks.Inc()
	if err := p.verify(tx, st.PubKey); err != nil {
		return err
	}
	return refusal
}

// tokenBucket spends at most rate tokens a second, rate at once.
type tokenBucket struct {
	mu     sync.Mutex
	rate   float64
	tokens float64
	last   time.Time
}

func (b *tokenBucket) take(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.last.IsZero() {
		b.tokens = b.rate
	} else if d := now.Sub(b.last); d > 0 {
		b.tokens = min(b.rate, b.tokens+d.Seconds()*b.rate)
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// statelessChecks applies the ledger's execution rules that need no state.
func statelessChecks(tx *ledger.Tx) error {
	// Ranges, packed forms (the public data's), account index widths.
	if err := ledger.CheckSignedFields(tx); err != nil {
		return err
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
// p.mu (read or write). Its cost is the sender's own transactions (at most
// MaxTxsPerAccount) plus O(log n) per victim.
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

	// e is pending if it extends or replaces the sender's executable run;
	// a replacement keeps its nonce, so its class, and adds no queued one.
	s, pe := fresh.split()
	pending := e.nonce <= fresh.nonce+uint64(pe-s)
	maxQueued, maxQueuedPerAccount := p.cfg.queuedLimits()
	needQueued := 0
	if !pending && old == nil {
		if q := len(a.txs) - pe; q+1 > maxQueuedPerAccount {
			return nil, nil, fmt.Errorf("%w (%w): account %d has %d transactions waiting for an earlier nonce (%d), the limit is %d",
				ErrQueuedLimit, ErrAccountLimit, e.from, q, fresh.nonce+uint64(pe-s), maxQueuedPerAccount)
		}
		needQueued = len(p.queue) + 1 - maxQueued
	}
	needTxs := len(p.all) + 1 - p.cfg.MaxTxs
	needBytes := p.bytes + size - p.cfg.MaxBytes
	if old != nil {
		needTxs--
		needBytes -= oldSize
	}
	if needTxs <= 0 && needBytes <= 0 && needQueued <= 0 {
		return old, nil, nil
	}
	victims, err = p.victims(e, pending, needTxs, needBytes, needQueued)
	return old, victims, err
}

// victims picks what to evict so that e fits: first the lowest-fee queued
// transactions of other senders (any of them for a pending e, only cheaper
// ones for a queued e), then, for a pending e only, the lowest-fee pending
// transactions of other senders, always the last of a sender's executable
// run so that no nonce gap opens in the middle. A victim must pay less than
// e, except a queued victim of a pending e. It walks the two heaps in order
// without changing them: O(log n) per victim, plus e's own sender's
// transactions, which it skips.
func (p *Pool) victims(e *entry, pending bool, needTxs, needBytes, needQueued int) ([]*entry, error) {
	var out []*entry
	more := func() bool { return needTxs > 0 || needBytes > 0 || needQueued > 0 }
	take := func(c *entry) {
		out = append(out, c)
		needTxs--
		needBytes -= len(c.raw)
	}
	w := newWalk(p.queue)
	for more() {
		c := w.next()
		if c == nil || (!pending && c.fee >= e.fee) {
			break // in fee order: nothing cheaper left
		}
		if c.from != e.from {
			take(c)
			needQueued--
		}
	}
	if more() && pending {
		w := newWalk(p.tails)
		for more() {
			c := w.next()
			if c == nil || c.fee >= e.fee {
				break
			}
			if c.from == e.from {
				continue
			}
			take(c)
			// The transaction before c becomes its sender's tail.
			a := p.accounts[c.from]
			if i, _ := a.find(c.nonce); i > 0 && a.txs[i-1].class == pendingMid {
				w.add(a.txs[i-1])
			}
		}
	}
	if needQueued > 0 {
		maxQueued, _ := p.cfg.queuedLimits()
		return nil, fmt.Errorf("%w (%w): %d transactions wait for an earlier nonce, the limit is %d, and none cheaper than fee %d to evict",
			ErrQueuedLimit, ErrPoolFull, len(p.queue), maxQueued, e.fee)
	}
	if more() {
		return nil, fmt.Errorf("%w: %d transactions, %d bytes, and nothing cheaper to evict for fee %d",
			ErrPoolFull, len(p.all), p.bytes, e.fee)
	}
	return out, nil
}

// insert adds e to the pool, unindexed: the caller holds p.mu, has removed
// any transaction with the same sender and nonce, and reindexes e.from.
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
	e.prev, e.next = p.newest, nil
	if p.newest != nil {
		p.newest.next = e
	} else {
		p.oldest = e
	}
	p.newest = e
}

// remove drops e from the pool and from the index. The caller holds p.mu
// and reindexes e.from afterwards (its other transactions may change class).
func (p *Pool) remove(e *entry, why string) {
	if _, ok := p.all[e.hash]; !ok {
		return
	}
	delete(p.all, e.hash)
	p.bytes -= len(e.raw)
	a := p.accounts[e.from]
	p.unindex(a, e)
	if e.prev != nil {
		e.prev.next = e.next
	} else {
		p.oldest = e.next
	}
	if e.next != nil {
		e.next.prev = e.prev
	} else {
		p.newest = e.prev
	}
	e.prev, e.next = nil, nil
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

// reindex gives every transaction of sender from the class that its
// committed nonce implies. O(its transactions), plus O(log n) per change.
// The caller holds p.mu.
func (p *Pool) reindex(from uint32) {
	a := p.accounts[from]
	if a == nil {
		return
	}
	s, pe := a.split()
	for i, e := range a.txs {
		c := queued
		switch {
		case i >= s && i < pe-1:
			c = pendingMid
		case i >= s && i == pe-1:
			c = pendingTail
		}
		if e.class == c {
			continue
		}
		p.unindex(a, e)
		e.class = c
		switch c {
		case queued:
			heap.Push(&p.queue, e)
			a.queued++
		case pendingTail:
			heap.Push(&p.tails, e)
			p.pending++
		case pendingMid:
			p.pending++
		}
	}
}

// unindex takes e out of its class.
func (p *Pool) unindex(a *account, e *entry) {
	switch e.class {
	case queued:
		heap.Remove(&p.queue, e.hidx)
		a.queued--
	case pendingTail:
		heap.Remove(&p.tails, e.hidx)
		p.pending--
	case pendingMid:
		p.pending--
	}
	e.class = unindexed
}

// gauges refreshes the size gauges. The caller holds p.mu.
func (p *Pool) gauges() {
	p.m.txs.Set(float64(len(p.all)))
	p.m.bytes.Set(float64(p.bytes))
	p.m.accounts.Set(float64(len(p.accounts)))
	p.m.pending.Set(float64(p.pending))
	p.m.queued.Set(float64(len(p.queue)))
}

// Update tells the pool that block height was committed with the given
// transactions (every transaction of the block, in any order). It must be
// called after every committed block, in order, once the state is
// readable. It removes the included transactions, rechecks every sender of
// the block against the new state (dropping transactions whose nonce was
// used and, from the highest nonce down, those the balance no longer
// covers), drops transactions older than Config.TTL, and trims the queued
// transactions back to their bounds (expiries can leave a sender's later
// nonces waiting for an earlier one).
//
// Only a sender's own transactions lower its balance or raise its nonce, so
// rechecking the block's senders keeps every pooled transaction's checks
// current. The lock is held for work proportional to the block and to what
// is dropped, never to the pool's size; the state is read outside it.
func (p *Pool) Update(height uint64, included [][]byte) {
	hashes := make([][32]byte, len(included))
	for i, raw := range included {
		hashes[i] = TxHash(raw)
	}
	p.mu.Lock()
	p.height = height
	p.epoch++
	senders := make(map[uint32]struct{})
	var unknown [][]byte
	nIncluded := 0
	for i, h := range hashes {
		if e, ok := p.all[h]; ok {
			// Removing a sender's included prefix leaves its other
			// transactions' classes as they will be at the new nonce, so
			// they are reindexed once, after the recheck.
			p.remove(e, "included")
			senders[e.from] = struct{}{}
			nIncluded++
			continue
		}
		unknown = append(unknown, included[i])
	}
	for from := range senders {
		if _, ok := p.accounts[from]; !ok {
			delete(senders, from) // nothing left to recheck
		}
	}
	p.mu.Unlock()

	// Senders of transactions this pool never saw: any Add that locks
	// after the epoch moved reads the state again, so reading these
	// without filtering keeps the recheck complete.
	for _, raw := range unknown {
		if tx, err := ledger.DecodeTx(raw); err == nil && !tx.Type.FromL1() {
			senders[tx.From] = struct{}{}
		}
	}
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
	touched := senders
	stale, expired, trimmed := 0, 0, 0
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
	for e := p.oldest; e != nil && now.Sub(e.added) > p.cfg.TTL; e = p.oldest {
		p.remove(e, "expired")
		touched[e.from] = struct{}{}
		expired++
	}
	_, maxQueuedPerAccount := p.cfg.queuedLimits()
	for from := range touched {
		if a := p.accounts[from]; a != nil {
			// Drop the highest nonces, the furthest from executing; the
			// split does not move.
			for _, pe := a.split(); len(a.txs)-pe > maxQueuedPerAccount; {
				p.remove(a.txs[len(a.txs)-1], "evicted")
				trimmed++
			}
		}
		p.reindex(from)
	}
	for maxQueued, _ := p.cfg.queuedLimits(); len(p.queue) > maxQueued; {
		e := p.queue[0]
		p.remove(e, "evicted")
		p.reindex(e.from)
		trimmed++
	}
	p.gauges()
	p.log.Debug("mempool: updated", "height", height, "included", nIncluded, "stale", stale, "expired", expired, "trimmed", trimmed,
		"txs", len(p.all), "pending", p.pending, "queued", len(p.queue), "bytes", p.bytes)
}

// evictHeap is a min-heap of eviction candidates in evictsBefore order;
// each entry knows its position (hidx).
type evictHeap []*entry

// evictsBefore orders eviction candidates: the lowest fee first and, among
// equal fees, the newest first.
func evictsBefore(a, b *entry) bool {
	return a.fee < b.fee || (a.fee == b.fee && a.seq > b.seq)
}

func (h evictHeap) Len() int           { return len(h) }
func (h evictHeap) Less(i, j int) bool { return evictsBefore(h[i], h[j]) }
func (h evictHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].hidx, h[j].hidx = i, j
}
func (h *evictHeap) Push(x any) {
	e := x.(*entry)
	e.hidx = len(*h)
	*h = append(*h, e)
}
func (h *evictHeap) Pop() any {
	old := *h
	e := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	e.hidx = -1
	return e
}

// walk visits a heap's entries in evictsBefore order without changing it:
// a small frontier heap holds the positions whose parents were visited,
// so the k first cost O(k log k). Entries added with add join the order.
type walk struct {
	h     evictHeap
	front walkFront
}

type walkItem struct {
	e *entry
	i int // position in h; -1 for an added entry
}

type walkFront []walkItem

func (f walkFront) Len() int           { return len(f) }
func (f walkFront) Less(i, j int) bool { return evictsBefore(f[i].e, f[j].e) }
func (f walkFront) Swap(i, j int)      { f[i], f[j] = f[j], f[i] }
func (f *walkFront) Push(x any)        { *f = append(*f, x.(walkItem)) }
func (f *walkFront) Pop() any {
	old := *f
	it := old[len(old)-1]
	*f = old[:len(old)-1]
	return it
}

func newWalk(h evictHeap) *walk {
	w := &walk{h: h}
	if len(h) > 0 {
		w.front = walkFront{{h[0], 0}}
	}
	return w
}

// add makes e a candidate too.
func (w *walk) add(e *entry) { heap.Push(&w.front, walkItem{e, -1}) }

// next returns the next entry, or nil when there is none.
func (w *walk) next() *entry {
	if len(w.front) == 0 {
		return nil
	}
	it := heap.Pop(&w.front).(walkItem)
	if it.i >= 0 {
		for _, c := range [2]int{2*it.i + 1, 2*it.i + 2} {
			if c < len(w.h) {
				heap.Push(&w.front, walkItem{w.h[c], c})
			}
		}
	}
	return it.e
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
