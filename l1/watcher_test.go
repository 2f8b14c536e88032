package l1

import (
	"time"

	"context"
	"errors"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"
)

// Deposits and registrations are delivered in order, decoded, with their
// block, and only once Confirmations deep.
func TestWatcherDeliversConfirmedEvents(t *testing.T) {
	c := newChain(t, 3)
	start0 := c.head() + 1
	cfg := c.testConfig(2)
	cfg.StartBlock = start0
	r := start(t, cfg, c.client, nil)

	reg, signer := c.register(c.users[0], ether(3))
	c.send(c.users[0], c.d.Staking, nil, c.staking.PackRequestUnbond(ether(1)))
	dep1, pk1 := c.deposit(c.users[1], 1_000)
	dep2, pk2 := c.deposit(c.users[2], 2_500)
	n := c.head()
	if dep2.BlockNumber.Uint64() != n {
		t.Fatalf("last deposit in block %d, head %d", dep2.BlockNumber, n)
	}

	// Everything up to head-2 is processed; the last deposit is not yet
	// two deep and must not be delivered.
	r.waitProcessed(t, n-2)
	for _, e := range r.rec.events() {
		if e.Block.Number > n-2 {
			t.Fatalf("event in block %d delivered at head %d with 2 confirmations", e.Block.Number, n)
		}
	}
	c.sim.Commit()
	c.sim.Commit()
	r.waitProcessed(t, n)

	if got, want := r.rec.appliedIDs(), c.logs(start0); !slices.Equal(got, want) {
		t.Fatalf("delivered %v\nchain has %v", got, want)
	}
	evs := r.rec.events()
	var names []string
	for _, e := range evs {
		names = append(names, e.Name())
	}
	if got := strings.Join(names, ","); got != "StakeChanged,OperatorRegistered,StakeChanged,UnbondRequested,DepositQueued,DepositQueued" {
		t.Fatalf("events %s", got)
	}
	sc := evs[0].Data.(*StakeChanged)
	if sc.Owner != addr(c.users[0]) || sc.Signer != signer || sc.Bonded.Cmp(ether(3)) != 0 {
		t.Fatalf("StakeChanged %+v", sc)
	}
	or := evs[1].Data.(*OperatorRegistered)
	if or.Owner != addr(c.users[0]) || or.Signer != signer || or.Stake.Cmp(ether(3)) != 0 || len(or.PublicKey) != 64 {
		t.Fatalf("OperatorRegistered %+v", or)
	}
	if evs[1].Block != (Ref{reg.BlockNumber.Uint64(), reg.BlockHash}) || evs[1].TxHash != reg.TxHash {
		t.Fatalf("registration delivered from %v tx %s, receipt says %d/%s tx %s", evs[1].Block, evs[1].TxHash,
			reg.BlockNumber, reg.BlockHash, reg.TxHash)
	}
	if sc := evs[2].Data.(*StakeChanged); sc.Bonded.Cmp(ether(2)) != 0 {
		t.Fatalf("StakeChanged after the unbond request %+v", sc)
	}
	if ur := evs[3].Data.(*UnbondRequested); ur.Owner != addr(c.users[0]) ||
		ur.Amount.Cmp(ether(1)) != 0 || ur.Unbonding.Cmp(ether(1)) != 0 || ur.UnbondingEnd == 0 {
		t.Fatalf("UnbondRequested %+v", ur)
	}
	for i, want := range []struct {
		rcpt   *types.Receipt
		from   common.Address
		pk     [32]byte
		amount uint64
	}{{dep1, addr(c.users[1]), pk1, 1_000}, {dep2, addr(c.users[2]), pk2, 2_500}} {
		e := evs[4+i]
		d := e.Data.(*DepositQueued)
		if d.Index != uint64(i) || d.Depositor != want.from || d.PubKey != want.pk || d.AmountGwei != want.amount {
			t.Fatalf("deposit %d: %+v", i, d)
		}
		if e.Block != (Ref{want.rcpt.BlockNumber.Uint64(), want.rcpt.BlockHash}) {
			t.Fatalf("deposit %d from block %v, receipt says %d", i, e.Block, want.rcpt.BlockNumber)
		}
	}
	if got := value(r.m.Processed); got != float64(n) {
		t.Fatalf("processed metric %v, want %d", got, n)
	}
	waitFor(t, "l1_up = 1", func() bool { return value(r.m.Up) == 1 })
	if err := r.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
}

// A reorg at depth 0 that drops a delivered deposit is reported with Reorg
// before the replacement chain's events.
func TestWatcherReorg(t *testing.T) {
	c := newChain(t, 3)
	start0 := c.head() + 1
	cfg := c.testConfig(0)
	cfg.StartBlock = start0
	r := start(t, cfg, c.client, nil)

	c.deposit(c.users[0], 1_000)
	dropped, _ := c.deposit(c.users[1], 2_000)
	n := dropped.BlockNumber.Uint64()
	r.waitProcessed(t, n)
	if ids := r.rec.appliedIDs(); len(ids) != 2 || ids[1].Hash != dropped.BlockHash {
		t.Fatalf("before the reorg: %v", ids)
	}

	// Replace block n (and only it) with a chain holding another deposit.
	if err := c.sim.Fork(c.ref(n - 1).Hash); err != nil {
		t.Fatal(err)
	}
	repl, _ := c.deposit(c.users[2], 3_000)
	c.sim.Commit()
	if repl.BlockHash == dropped.BlockHash || c.ref(n).Hash == dropped.BlockHash {
		t.Fatal("the fork did not replace the block")
	}
	r.waitProcessed(t, c.head())
	waitFor(t, "the replacement chain", func() bool { return slices.Equal(r.rec.appliedIDs(), c.logs(start0)) })

	// The Reorg came after the dropped block's delivery and before any
	// delivery from the replacement chain, and names block n (or one
	// below: a conservative rollback is allowed, a late one is not).
	ups := r.rec.snapshot()
	reorgAt, droppedAt := -1, -1
	for i, u := range ups {
		switch u := u.(type) {
		case *Block:
			if u.Ref.Hash == dropped.BlockHash {
				droppedAt = i
			}
			if u.Ref.Number >= n && u.Ref.Hash != dropped.BlockHash && reorgAt < 0 {
				t.Fatalf("replacement block %v delivered before the Reorg", u.Ref)
			}
		case Reorg:
			if reorgAt >= 0 {
				t.Fatalf("two reorgs: %v", ups)
			}
			reorgAt = i
			if u.FromBlock > n || u.FromBlock < start0 {
				t.Fatalf("Reorg from %d, dropped block %d", u.FromBlock, n)
			}
		}
	}
	if reorgAt < 0 || droppedAt < 0 || reorgAt < droppedAt {
		t.Fatalf("reorg at %d, dropped block delivered at %d", reorgAt, droppedAt)
	}
	var found bool
	for _, e := range r.rec.events() {
		if d, ok := e.Data.(*DepositQueued); ok && d.Depositor == addr(c.users[2]) {
			found = e.Block.Hash == repl.BlockHash
		}
	}
	if !found {
		t.Fatal("the replacement deposit was not delivered from its block")
	}
	if got := value(r.m.Reorgs); got != 1 {
		t.Fatalf("reorgs metric %v", got)
	}
}

// faultyClient fails every call while down is set, and every failEvery-th
// call otherwise (0: never).
type faultyClient struct {
	Client
	down      atomic.Bool
	failEvery atomic.Int64
	calls     atomic.Int64
}

var errInjected = errors.New("injected L1 RPC failure")

func (f *faultyClient) fail() error {
	n := f.calls.Add(1)
	if every := f.failEvery.Load(); f.down.Load() || (every > 0 && n%every == 0) {
		return errInjected
	}
	return nil
}

func (f *faultyClient) BlockNumber(ctx context.Context) (uint64, error) {
	if err := f.fail(); err != nil {
		return 0, err
	}
	return f.Client.BlockNumber(ctx)
}

func (f *faultyClient) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Client.HeaderByNumber(ctx, n)
}

func (f *faultyClient) HeaderByHash(ctx context.Context, h common.Hash) (*types.Header, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Client.HeaderByHash(ctx, h)
}

func (f *faultyClient) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if err := f.fail(); err != nil {
		return nil, err
	}
	return f.Client.FilterLogs(ctx, q)
}

// countingHandler counts log records per level.
type countingHandler struct {
	mu     sync.Mutex
	counts map[slog.Level]int
}

func (h *countingHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h *countingHandler) Handle(_ context.Context, r slog.Record) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.counts == nil {
		h.counts = map[slog.Level]int{}
	}
	h.counts[r.Level]++
	return nil
}
func (h *countingHandler) WithAttrs([]slog.Attr) slog.Handler { return h }
func (h *countingHandler) WithGroup(string) slog.Handler      { return h }
func (h *countingHandler) count(l slog.Level) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.counts[l]
}

// An L1 RPC outage neither crashes the watcher nor loses or repeats
// events; mycel_l1_up is 0 meanwhile and the outage is logged once.
func TestWatcherOutage(t *testing.T) {
	c := newChain(t, 3)
	start0 := c.head() + 1
	cfg := c.testConfig(0)
	cfg.StartBlock = start0
	cfg.MaxRange = 2 // the catch-up after the outage takes several queries
	fc := &faultyClient{Client: c.client}
	logs := &countingHandler{}
	r := start(t, cfg, fc, slog.New(logs))

	c.deposit(c.users[0], 1_000)
	r.waitProcessed(t, c.head())
	waitFor(t, "l1_up = 1", func() bool { return value(r.m.Up) == 1 })

	fc.down.Store(true)
	waitFor(t, "l1_up = 0", func() bool { return value(r.m.Up) == 0 })
	c.deposit(c.users[1], 2_000)
	c.register(c.users[2], ether(2))
	c.deposit(c.users[1], 3_000)
	waitFor(t, "several failed rounds", func() bool { return value(r.m.Errors) >= 3 })
	if got := r.rec.lastProcessed().Number; got >= c.head() {
		t.Fatalf("processed %d during the outage", got)
	}
	fc.down.Store(false)
	r.waitProcessed(t, c.head())
	waitFor(t, "l1_up = 1", func() bool { return value(r.m.Up) == 1 })

	// Intermittent failures (every 13th call; a round makes up to about 9)
	// over more blocks.
	fc.failEvery.Store(13)
	for i := range 4 {
		c.deposit(c.users[i%3], uint64(100+i))
		c.sim.Commit()
	}
	r.waitProcessed(t, c.head())

	if r.rec.dupes != 0 {
		t.Fatalf("%d duplicate deliveries", r.rec.dupes)
	}
	if got, want := r.rec.appliedIDs(), c.logs(start0); !slices.Equal(got, want) {
		t.Fatalf("delivered %v\nchain has %v", got, want)
	}
	if err := r.stop(); err != nil {
		t.Fatalf("Run: %v", err)
	}
	if w := logs.count(slog.LevelWarn); w < 1 {
		t.Fatal("no warning for the outage")
	}
	// The long outage is one warning however many rounds failed (the
	// intermittent phase may add a few more, one per failure streak).
	if errs := value(r.m.Errors); float64(logs.count(slog.LevelWarn)) >= errs {
		t.Fatalf("%d warnings for %v failed rounds: not once per outage", logs.count(slog.LevelWarn), errs)
	}
}

// A watcher restarted from its persisted resume point delivers only what
// came after it.
func TestWatcherResume(t *testing.T) {
	c := newChain(t, 2)
	start0 := c.head() + 1
	cfg := c.testConfig(1)
	cfg.StartBlock = start0
	r1 := start(t, cfg, c.client, nil)
	c.deposit(c.users[0], 1_000)
	c.register(c.users[1], ether(2))
	c.sim.Commit()
	r1.waitProcessed(t, c.head()-1)
	if err := r1.stop(); err != nil {
		t.Fatal(err)
	}
	resume := r1.rec.lastProcessed()
	first := r1.rec.appliedIDs()

	c.deposit(c.users[0], 2_000)
	c.deposit(c.users[1], 3_000)
	c.sim.Commit()

	cfg.Resume = resume
	r2 := start(t, cfg, c.client, nil)
	r2.waitProcessed(t, c.head()-1)
	second := r2.rec.appliedIDs()
	for _, id := range second {
		if id.Number <= resume.Number {
			t.Fatalf("restart re-delivered block %d (resumed after %d)", id.Number, resume.Number)
		}
	}
	if len(second) != 2 {
		t.Fatalf("after restart: %v", second)
	}
	if got, want := append(first, second...), c.logs(start0); !slices.Equal(got, want) {
		t.Fatalf("delivered %v\nchain has %v", got, want)
	}

	// A resume point the chain does not have stops the watcher with a typed
	// error.
	cfg.Resume = Ref{resume.Number, common.HexToHash("0xbad")}
	w, err := NewWatcher(cfg, c.client, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	w.SetHandler(func(context.Context, Update) error { return nil })
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	<-w.Done()
	if err := w.Stop(context.Background()); !errors.Is(err, ErrResumeNotCanonical) {
		t.Fatalf("watcher with a bogus resume point: %v", err)
	}
}

// With Finalized, events wait for the client's finalized tag (the
// simulated beacon finalizes every 32 blocks).
func TestWatcherFinalized(t *testing.T) {
	c := newChain(t, 1)
	if c.head() >= 30 {
		t.Skipf("deployment took %d blocks", c.head())
	}
	cfg := c.testConfig(0)
	cfg.Finalized = true
	r := start(t, cfg, c.client, nil)
	dep, _ := c.deposit(c.users[0], 1_000)
	waitFor(t, "the head seen", func() bool { return value(r.m.Head) >= float64(dep.BlockNumber.Uint64()) })
	r.waitProcessed(t, 0)
	if n := len(r.rec.events()); n != 0 {
		t.Fatalf("%d events delivered before finality", n)
	}
	for c.head() < 33 {
		c.sim.Commit()
	}
	r.waitProcessed(t, 32)
	if evs := r.rec.events(); len(evs) != 1 || evs[0].Block.Hash != dep.BlockHash {
		t.Fatalf("after finality: %v", evs)
	}
}

// A handler error stops the watcher with it; a watcher without a handler
// does not start.
func TestWatcherHandlerError(t *testing.T) {
	c := newChain(t, 1)
	cfg := c.testConfig(0)
	w, err := NewWatcher(cfg, c.client, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(context.Background()); err == nil || !strings.Contains(err.Error(), "handler") {
		t.Fatalf("Start without a handler: %v", err)
	}
	boom := errors.New("boom")
	w.SetHandler(func(context.Context, Update) error { return boom })
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	<-w.Done()
	if !errors.Is(w.Err(), boom) {
		t.Fatalf("Err: %v", w.Err())
	}
	if err := w.Stop(context.Background()); !errors.Is(err, boom) {
		t.Fatalf("Stop: %v", err)
	}
}

// value reads a gauge or counter (prometheus/testutil would add a module).
func value(m prometheus.Metric) float64 {
	var d dto.Metric
	if err := m.Write(&d); err != nil {
		panic(err)
	}
	if d.Gauge != nil {
		return d.Gauge.GetValue()
	}
	return d.Counter.GetValue()
}

// hookClient runs hook once, inside the next BlockNumber call after it is
// armed: a reorg lands in the middle of a watcher round.
type hookClient struct {
	Client
	hook atomic.Pointer[func()]
}

func (h *hookClient) BlockNumber(ctx context.Context) (uint64, error) {
	if f := h.hook.Swap(nil); f != nil {
		(*f)()
	}
	return h.Client.BlockNumber(ctx)
}

// A reorg under already-delivered blocks that lands between the round's
// reorg check and its reads is still reported.
func TestWatcherReorgMidRound(t *testing.T) {
	c := newChain(t, 2)
	start0 := c.head() + 1
	cfg := c.testConfig(0)
	cfg.StartBlock = start0
	hc := &hookClient{Client: c.client}
	r := start(t, cfg, hc, nil)

	dropped, _ := c.deposit(c.users[0], 1_000)
	n := dropped.BlockNumber.Uint64()
	r.waitProcessed(t, n)

	parent := c.ref(n - 1).Hash
	done := make(chan error, 1)
	f := func() {
		err := c.sim.Fork(parent)
		for range 3 {
			c.sim.Commit()
		}
		done <- err
	}
	hc.hook.Store(&f)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if c.ref(n).Hash == dropped.BlockHash {
		t.Fatal("the fork did not replace the block")
	}
	r.waitProcessed(t, c.head())
	waitFor(t, "the replacement chain", func() bool { return slices.Equal(r.rec.appliedIDs(), c.logs(start0)) })
	if value(r.m.Reorgs) != 1 {
		t.Fatalf("reorgs metric %v", value(r.m.Reorgs))
	}
}

// TestWatcherPoke: with a poll interval far too long to matter, a new
// block's events arrive only because of Poke.
func TestWatcherPoke(t *testing.T) {
	c := newChain(t, 1)
	cfg := c.testConfig(0)
	cfg.StartBlock = c.head() + 1
	cfg.PollInterval = time.Hour
	r := start(t, cfg, c.client, nil)
	time.Sleep(200 * time.Millisecond) // the first round finds nothing and pauses for an hour
	dep, _ := c.deposit(c.users[0], 1_000)
	time.Sleep(200 * time.Millisecond)
	if len(r.rec.events()) != 0 {
		t.Fatal("delivered before the poll interval or a poke")
	}
	r.w.Poke()
	r.waitProcessed(t, dep.BlockNumber.Uint64())
	if len(r.rec.events()) != 1 {
		t.Fatalf("after the poke: %d events", len(r.rec.events()))
	}
}
