// Package service is the one lifecycle every long-running part of mycel
// follows: the node and its parts (gossip, consensus, the L1 watcher, the
// batch poster, the proof submitter, the slash reporter, the prover), the
// dev chain and the devnet.
//
// A Service is built by its constructor, which starts nothing, and then
// run by Start and Stop:
//
//   - Start returns once the service runs (listening, subscribed, its
//     goroutines started). ctx bounds the start only, not the service's
//     life. A failed Start leaves nothing running.
//   - Stop stops the service and returns once none of its goroutines is
//     left. It is idempotent and safe before Start or after a failed Start,
//     where it releases what the constructor opened.
//
// A service whose work is one loop writes it as run(ctx) and embeds a Loop,
// which gives it Start and Stop (Loop.Start runs the loop on a goroutine
// with a context that Stop cancels). Services made of services hold a
// Stack, which starts its members in order, stops them in reverse order
// (go-ethereum's node.Lifecycle rule), and unwinds a failed start. Plain
// resources that run no goroutine (a store, a client) have Close; a Stack
// takes them through Closer.
//
// This package must not know about any mycel component: it is the shape,
// not the wiring.
package service

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Service is a long-running part with the lifecycle described in the
// package documentation.
type Service interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
}

// Funcs is a Service made of two functions (either may be nil), for the
// small steps of a Stack that are not types of their own.
type Funcs struct {
	OnStart func(ctx context.Context) error
	OnStop  func(ctx context.Context) error
}

// Start calls OnStart.
func (f Funcs) Start(ctx context.Context) error {
	if f.OnStart == nil {
		return nil
	}
	return f.OnStart(ctx)
}

// Stop calls OnStop.
func (f Funcs) Stop(ctx context.Context) error {
	if f.OnStop == nil {
		return nil
	}
	return f.OnStop(ctx)
}

// Closer is a Service around a resource that its constructor opened: Start
// does nothing, Stop closes it once.
func Closer(close func() error) Service {
	var once sync.Once
	return Funcs{OnStop: func(context.Context) error {
		var err error
		once.Do(func() { err = close() })
		return err
	}}
}

// Loop runs one function on its own goroutine from Start until Stop. Embed
// a *Loop (built by NewLoop in the constructor) to give a loop-shaped
// service its Start and Stop.
type Loop struct {
	name string
	run  func(ctx context.Context) error

	mu      sync.Mutex
	started bool
	stopped bool
	cancel  context.CancelFunc
	done    chan struct{} // closed when run has returned
	err     error         // run's result, once done
}

// NewLoop returns a Loop that runs run(ctx) once Start is called. run must
// return soon after ctx is cancelled; it may return earlier, with an error
// (the loop cannot go on) or nil (its work is finished). name appears in
// errors.
func NewLoop(name string, run func(ctx context.Context) error) *Loop {
	return &Loop{name: name, run: run, done: make(chan struct{})}
}

// ErrStarted is returned by a second Start.
var ErrStarted = errors.New("service: already started")

// ErrStopped is returned by Start after Stop.
var ErrStopped = errors.New("service: stopped")

// Start runs the loop on a new goroutine. The loop's context carries ctx's
// values but not its cancellation: only Stop ends it.
func (l *Loop) Start(ctx context.Context) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	switch {
	case l.stopped:
		return fmt.Errorf("%s: %w", l.name, ErrStopped)
	case l.started:
		return fmt.Errorf("%s: %w", l.name, ErrStarted)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("%s: start: %w", l.name, err)
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	l.started, l.cancel = true, cancel
	go func() {
		defer close(l.done)
		err := l.run(runCtx)
		if errors.Is(err, context.Canceled) && runCtx.Err() != nil {
			err = nil // stopped, not failed
		}
		l.err = err
	}()
	return nil
}

// Stop cancels the loop's context and waits for the loop to return, or for
// ctx to end (then the loop is still running and Stop says so). It returns
// the loop's own error, if it failed; later calls return the same.
func (l *Loop) Stop(ctx context.Context) error {
	l.mu.Lock()
	l.stopped = true
	started := l.started
	if l.cancel != nil {
		l.cancel()
	}
	l.mu.Unlock()
	if !started {
		return nil
	}
	select {
	case <-l.done:
		if l.err != nil {
			return fmt.Errorf("%s: %w", l.name, l.err)
		}
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: stop: still running: %w", l.name, ctx.Err())
	}
}

// Done is closed when the loop has returned, whether stopped or on its own.
func (l *Loop) Done() <-chan struct{} { return l.done }

// Err returns the loop's error once Done is closed (nil while it runs, and
// when it was stopped or finished its work).
func (l *Loop) Err() error {
	select {
	case <-l.done:
		return l.err
	default:
		return nil
	}
}

// Stack is a Service made of services: Start starts them in the order they
// were added and Stop stops them in reverse order. A failed Start stops
// everything (in reverse), so that what the constructors opened is
// released too; this is why every member's Stop must be safe before its
// Start.
type Stack struct {
	log     *slog.Logger
	running sync.Mutex // held by Start: a concurrent Stop waits for it
	mu      sync.Mutex
	members []member
	state   int // 0 new, 1 started, 2 stopped
	stopErr error
}

type member struct {
	name string
	svc  Service
}

// NewStack returns an empty stack that logs each member's start and stop at
// debug level (logger may be nil).
func NewStack(logger *slog.Logger) *Stack {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Stack{log: logger}
}

// Add appends a member; call it before Start.
func (s *Stack) Add(name string, svc Service) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state != 0 {
		panic("service: Stack.Add after Start or Stop")
	}
	s.members = append(s.members, member{name, svc})
}

// Start starts the members in order. If one fails, Start stops them all in
// reverse order and returns the failure (joined with any stop error); a
// later Stop does nothing.
func (s *Stack) Start(ctx context.Context) error {
	s.running.Lock()
	defer s.running.Unlock()
	s.mu.Lock()
	if s.state != 0 {
		s.mu.Unlock()
		return ErrStarted
	}
	s.state = 1
	members := s.members
	s.mu.Unlock()
	for _, m := range members {
		t0 := time.Now()
		if err := m.svc.Start(ctx); err != nil {
			err = fmt.Errorf("start %s: %w", m.name, err)
			return errors.Join(err, s.stop(context.WithoutCancel(ctx)))
		}
		s.log.Debug("started", "service", m.name, "took", time.Since(t0))
	}
	return nil
}

// Stop stops every member in reverse order, started or not, and returns
// their errors joined. Later calls return the first call's result. A Stop
// during Start waits for Start to return.
func (s *Stack) Stop(ctx context.Context) error {
	s.running.Lock()
	defer s.running.Unlock()
	return s.stop(ctx)
}

func (s *Stack) stop(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == 2 {
		return s.stopErr
	}
	s.state = 2
	var errs []error
	for i := len(s.members) - 1; i >= 0; i-- {
		m := s.members[i]
		if err := m.svc.Stop(ctx); err != nil {
			errs = append(errs, fmt.Errorf("stop %s: %w", m.name, err))
		}
		s.log.Debug("stopped", "service", m.name)
	}
	s.stopErr = errors.Join(errs...)
	return s.stopErr
}

// Run starts svc, waits until ctx ends or svc, when it is a Loop-like
// service, returns by itself, and stops it with at most stopTimeout. It is
// how a command runs a service in the foreground.
func Run(ctx context.Context, svc Service, stopTimeout time.Duration) error {
	if err := svc.Start(ctx); err != nil {
		return err
	}
	var done <-chan struct{}
	if d, ok := svc.(interface{ Done() <-chan struct{} }); ok {
		done = d.Done()
	}
	select {
	case <-ctx.Done():
	case <-done:
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), stopTimeout)
	defer cancel()
	return svc.Stop(sctx)
}
