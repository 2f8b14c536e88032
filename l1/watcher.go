package l1

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/internal/service"
)

// Client is what the watcher needs from an L1 client; *ethclient.Client
// and simulated.Client satisfy it (tests wrap it to inject faults).
type Client interface {
	BlockNumber(ctx context.Context) (uint64, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

// Handler receives the watcher's updates (*Block, Reorg, Processed), one at a
// time, from Run's goroutine, in order. An error from the handler stops Run
// with that error (wrapped): the watcher cannot know what the handler kept.
type Handler func(ctx context.Context, u Update) error

// ErrResumeNotCanonical is returned by Run when Config.Resume's hash is no
// longer the chain's block at that height: the persisted state was built
// on blocks L1 dropped (only possible with a small confirmation depth).
var ErrResumeNotCanonical = errors.New("l1: resume point is not on the canonical chain")

// Watcher follows the StakingRegistry and Rollup contracts' events.
type Watcher struct {
	*service.Loop // Start follows L1; Stop stops

	cfg    Config
	client Client
	log    *slog.Logger
	m      *Metrics
	dec    *decoder

	handler Handler
	// window holds recent processed blocks, oldest first; its last entry
	// is the last processed block.
	window []Ref
	next   uint64        // next block to process
	down   bool          // in an outage
	span   uint64        // blocks per log query now: MaxRange, halved after a failed query
	poke   chan struct{} // Poke: stop waiting and poll now
}

// errRaced is a round abandoned because the chain changed while it read
// (not an RPC failure): the next round sees the reorg.
var errRaced = errors.New("l1: chain changed during the round")

// NewWatcher returns a watcher; it starts nothing. Set the handler with
// SetHandler before Start.
func NewWatcher(cfg Config, client Client, logger *slog.Logger, m *Metrics) (*Watcher, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if client == nil {
		return nil, errors.New("l1: nil client")
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	if m == nil {
		m = NopMetrics()
	}
	w := &Watcher{cfg: cfg, client: client, log: logger.With("module", "l1"), m: m, poke: make(chan struct{}, 1),
		dec: newDecoder(cfg.Rollup, cfg.StakingRegistry)}
	w.Loop = service.NewLoop("l1 watcher", w.run)
	w.next = cfg.StartBlock
	w.span = cfg.MaxRange
	if cfg.Resume != (Ref{}) {
		w.next = cfg.Resume.Number + 1
	}
	return w, nil
}

// SetHandler sets the function updates go to; call it before Start.
func (w *Watcher) SetHandler(h Handler) { w.handler = h }

// Start follows L1 on a goroutine of its own until Stop.
func (w *Watcher) Start(ctx context.Context) error {
	if w.handler == nil {
		return errors.New("l1: watcher started without a handler (SetHandler)")
	}
	return w.Loop.Start(ctx)
}

// Poke makes the watcher poll L1 now instead of finishing its current
// pause (the poll interval, or an error backoff). Consensus calls it when
// a proposal references an L1 block this node's view has not reached: after
// an L1 outage the view then catches up at once instead of after a backoff.
func (w *Watcher) Poke() {
	select {
	case w.poke <- struct{}{}:
	default:
	}
}

// pause waits d or until Poke; false if ctx ended.
func (w *Watcher) pause(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
	case <-w.poke:
	}
	return true
}

// run follows L1 until ctx is done and then returns nil. It returns early
// only with the handler's error or ErrResumeNotCanonical (Loop's Done and
// Err report it); L1 RPC failures are retried forever. The handler runs on
// the loop's goroutine: a slow handler slows the watcher down and loses
// nothing.
func (w *Watcher) run(ctx context.Context) error {
	if w.cfg.Resume != (Ref{}) {
		w.m.Processed.Set(float64(w.cfg.Resume.Number))
	}
	retry := w.cfg.RetryMin
	resumeChecked := w.cfg.Resume == (Ref{})
	for {
		if ctx.Err() != nil {
			return nil
		}
		var (
			caughtUp bool
			err      error
		)
		if !resumeChecked {
			err = w.checkResume(ctx)
			if err == nil {
				resumeChecked = true
			}
		}
		if err == nil {
			caughtUp, err = w.step(ctx)
		}
		var herr *handlerError
		switch {
		case errors.As(err, &herr):
			return herr.err
		case errors.Is(err, ErrResumeNotCanonical):
			w.log.Error("resume point is not canonical", "resume", w.cfg.Resume, "err", err)
			return err
		case errors.Is(err, errRaced):
			w.log.Debug("L1 chain changed during a round; retrying", "err", err)
			if !sleep(ctx, w.cfg.RetryMin) {
				return nil
			}
			continue
		case err != nil:
			if ctx.Err() != nil {
				return nil
			}
			w.m.Errors.Inc()
			w.m.Up.Set(0)
			if !w.down {
				w.down = true
				w.log.Warn("L1 RPC unreachable; retrying with backoff", "err", err, "next_block", w.next)
			} else {
				w.log.Debug("L1 RPC still failing", "err", err, "retry_in", retry)
			}
			if !w.pause(ctx, retry) {
				return nil
			}
			retry = min(retry*2, w.cfg.RetryMax)
			continue
		}
		retry = w.cfg.RetryMin
		if w.down {
			w.down = false
			w.log.Info("L1 RPC reachable again", "next_block", w.next)
		}
		w.m.Up.Set(1)
		if caughtUp && !w.pause(ctx, w.cfg.PollInterval) {
			return nil
		}
	}
}

func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
		return true
	}
}

type handlerError struct{ err error }

func (e *handlerError) Error() string { return e.err.Error() }

func (w *Watcher) deliver(ctx context.Context, u Update) error {
	if err := w.handler(ctx, u); err != nil {
		return &handlerError{fmt.Errorf("l1: handler: %w", err)}
	}
	return nil
}

func (w *Watcher) rctx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, w.cfg.RequestTimeout)
}

func (w *Watcher) headerByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	c, cancel := w.rctx(ctx)
	defer cancel()
	h, err := w.client.HeaderByNumber(c, n)
	if err == nil && h == nil {
		err = ethereum.NotFound
	}
	return h, err
}

// checkResume checks the persisted resume point is still canonical.
func (w *Watcher) checkResume(ctx context.Context) error {
	r := w.cfg.Resume
	h, err := w.headerByNumber(ctx, new(big.Int).SetUint64(r.Number))
	if err != nil {
		// NotFound included: an L1 client still syncing may not have the
		// block yet; retry rather than give up.
		return fmt.Errorf("resume header %d: %w", r.Number, err)
	}
	if h.Hash() != r.Hash {
		return fmt.Errorf("%w: block %d is %s, resume point has %s", ErrResumeNotCanonical, r.Number, h.Hash(), r.Hash)
	}
	w.window = append(w.window[:0], r)
	return nil
}

// target returns the L1 head seen and the highest block that may be
// processed (ok false when none is yet).
func (w *Watcher) target(ctx context.Context) (head, target uint64, ok bool, err error) {
	c, cancel := w.rctx(ctx)
	defer cancel()
	head, err = w.client.BlockNumber(c)
	if err != nil {
		return 0, 0, false, fmt.Errorf("head: %w", err)
	}
	w.m.Head.Set(float64(head))
	if w.cfg.Finalized {
		h, err := w.headerByNumber(ctx, big.NewInt(int64(rpc.FinalizedBlockNumber)))
		if errors.Is(err, ethereum.NotFound) {
			return head, 0, false, nil // nothing finalized yet
		}
		if err != nil {
			return head, 0, false, fmt.Errorf("finalized header: %w", err)
		}
		return head, h.Number.Uint64(), true, nil
	}
	if head < w.cfg.Confirmations {
		return head, 0, false, nil
	}
	return head, head - w.cfg.Confirmations, true, nil
}

// step runs one round: detect a reorg of processed blocks, then process
// one range of confirmed blocks. caughtUp is true when nothing was left.
func (w *Watcher) step(ctx context.Context) (caughtUp bool, err error) {
	if err := w.checkReorg(ctx); err != nil {
		return false, err
	}
	_, target, ok, err := w.target(ctx)
	if err != nil {
		return false, err
	}
	if !ok || w.next > target {
		return true, nil
	}
	from := w.next
	to := min(target, from+w.span-1)
	if err := w.process(ctx, from, to); err != nil {
		return false, err
	}
	return to == target, nil
}

// checkReorg compares the remembered processed blocks with the chain and,
// if the chain changed under them, rolls back to the fork point.
func (w *Watcher) checkReorg(ctx context.Context) error {
	if len(w.window) == 0 {
		return nil
	}
	last := w.window[len(w.window)-1]
	same, err := w.canonical(ctx, last)
	if err != nil || same {
		return err
	}
	// Walk back to the newest remembered block that is still canonical.
	keep := 0
	for i := len(w.window) - 2; i >= 0; i-- {
		same, err := w.canonical(ctx, w.window[i])
		if err != nil {
			return err
		}
		if same {
			keep = i + 1
			break
		}
	}
	var from uint64
	if keep == 0 {
		// Deeper than the window: replay from the oldest remembered block.
		from = w.window[0].Number
		w.log.Error("L1 reorg deeper than the reorg window; replaying from the oldest remembered block",
			"from", from, "window", len(w.window))
	} else {
		from = w.window[keep-1].Number + 1
	}
	w.log.Warn("L1 reorg", "from_block", from, "dropped_head", last)
	w.window = w.window[:keep]
	w.next = from
	w.m.Reorgs.Inc()
	if keep > 0 {
		w.m.Processed.Set(float64(w.window[keep-1].Number))
	}
	return w.deliver(ctx, Reorg{FromBlock: from})
}

// canonical reports whether r is the chain's block at its height.
func (w *Watcher) canonical(ctx context.Context, r Ref) (bool, error) {
	h, err := w.headerByNumber(ctx, new(big.Int).SetUint64(r.Number))
	if errors.Is(err, ethereum.NotFound) {
		return false, nil // the chain got shorter
	}
	if err != nil {
		return false, fmt.Errorf("header %d: %w", r.Number, err)
	}
	return h.Hash() == r.Hash, nil
}

// process delivers the events of blocks [from, to].
func (w *Watcher) process(ctx context.Context, from, to uint64) error {
	// The range end's header first: logs are then checked against the
	// chain as of after this read.
	end, err := w.headerByNumber(ctx, new(big.Int).SetUint64(to))
	if err != nil {
		return fmt.Errorf("header %d: %w", to, err)
	}
	c, cancel := w.rctx(ctx)
	logs, err := w.client.FilterLogs(c, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{w.cfg.Rollup, w.cfg.StakingRegistry},
		Topics:    [][]common.Hash{w.dec.topics},
	})
	cancel()
	if err != nil {
		// Providers cap a query's blocks or results: ask for less next.
		w.span = max(1, w.span/2)
		return fmt.Errorf("logs %d-%d: %w", from, to, err)
	}
	w.span = min(w.cfg.MaxRange, w.span*2)
	// Group by block, checking each block is (still) canonical and the
	// logs are consistent; a mismatch means the chain moved during the
	// query: retry the round.
	var blocks []*Block
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			return fmt.Errorf("%w: removed log in a range query", errRaced)
		}
		if l.BlockNumber < from || l.BlockNumber > to {
			return fmt.Errorf("logs: block %d outside the queried range %d-%d", l.BlockNumber, from, to)
		}
		var b *Block
		if n := len(blocks); n > 0 && blocks[n-1].Ref.Number == l.BlockNumber {
			b = blocks[n-1]
			if b.Ref.Hash != l.BlockHash {
				return fmt.Errorf("%w: two hashes for block %d in one query", errRaced, l.BlockNumber)
			}
			if b.Events[len(b.Events)-1].LogIndex >= l.Index {
				return fmt.Errorf("logs: block %d out of order", l.BlockNumber)
			}
		} else {
			if n > 0 && blocks[n-1].Ref.Number > l.BlockNumber {
				return fmt.Errorf("logs: block %d after %d", l.BlockNumber, blocks[n-1].Ref.Number)
			}
			b = &Block{Ref: Ref{l.BlockNumber, l.BlockHash}}
			blocks = append(blocks, b)
		}
		data, err := w.dec.decode(l)
		if err != nil {
			// A watched contract's event that does not decode is a
			// broken ABI, not an L1 fault: log and skip it.
			w.log.Error("undecodable event", "block", l.BlockNumber, "tx", l.TxHash, "index", l.Index, "err", err)
			continue
		}
		if data == nil {
			continue
		}
		b.Events = append(b.Events, Event{Block: b.Ref, TxHash: l.TxHash, LogIndex: l.Index, Data: data})
	}
	for _, b := range blocks {
		if b.Ref.Number == to {
			if b.Ref.Hash != end.Hash() {
				return fmt.Errorf("%w: block %d hash changed during the query", errRaced, to)
			}
			continue
		}
		same, err := w.canonical(ctx, b.Ref)
		if err != nil {
			return err
		}
		if !same {
			return fmt.Errorf("%w: block %d is no longer canonical", errRaced, b.Ref.Number)
		}
	}
	// The blocks processed before, and the range end, must still be on
	// the chain after all the reads above: a reorg under the previous
	// round's blocks during this round would otherwise go unseen (the next
	// round checks only the newest remembered block). A change after this
	// point touches only remembered blocks, which the next round checks.
	// (Two reorgs that undo each other within one round are not caught.)
	endRef := Ref{to, end.Hash()}
	for _, r := range []Ref{w.last(), endRef} {
		if r == (Ref{}) {
			continue
		}
		same, err := w.canonical(ctx, r)
		if err != nil {
			return err
		}
		if !same {
			return fmt.Errorf("%w: block %d replaced", errRaced, r.Number)
		}
	}
	for _, b := range blocks {
		if len(b.Events) > 0 {
			if err := w.deliver(ctx, b); err != nil {
				return err
			}
			w.m.Events.Add(float64(len(b.Events)))
		}
		if b.Ref.Number != to {
			w.remember(b.Ref)
		}
	}
	w.remember(endRef)
	w.next = to + 1
	w.m.Processed.Set(float64(to))
	return w.deliver(ctx, Processed{Ref: endRef})
}

// last returns the last processed block remembered (zero if none).
func (w *Watcher) last() Ref {
	if len(w.window) == 0 {
		return Ref{}
	}
	return w.window[len(w.window)-1]
}

func (w *Watcher) remember(r Ref) {
	w.window = append(w.window, r)
	if over := len(w.window) - w.cfg.ReorgWindow; over > 0 {
		w.window = append(w.window[:0], w.window[over:]...)
	}
}
