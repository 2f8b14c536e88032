package autonomy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"time"
)

// ErrNodeLocked: another process already manages this node home. Two
// validators with one consensus key double-sign (and are slashed), so an
// agent never starts a node whose home another agent holds.
var ErrNodeLocked = errors.New("node home in use")

// NodeProcess is the operator's validator as a child process: `mycel
// start --home Home`, restarted when it exits, stopped (SIGTERM, then
// kill after StopTimeout) when the context ends, and on Linux sent SIGTERM
// by the kernel if the agent dies first (startChild). It holds an exclusive
// lock on Home/agent-node.lock while it runs.
type NodeProcess struct {
	Binary string // default: this executable
	Home   string
	// Output receives the node's stdout and stderr (nil: discarded).
	Output io.Writer
	// Event hears what happens to the child (started, exited, stopping).
	Event func(reason string)
	// Backoff is the wait before a restart (default 5s); StopTimeout the
	// wait after SIGTERM (default 30s).
	Backoff, StopTimeout time.Duration
}

// LockNodeHome takes the exclusive lock on a node home; release it with
// the returned func.
func LockNodeHome(home string) (func(), error) {
	if st, err := os.Stat(home); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("node home %s: not a directory (mycel init it first): %v", home, err)
	}
	path := filepath.Join(home, "agent-node.lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("node lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		return nil, fmt.Errorf("%w: %s is held by another process (one agent per validator key: two nodes with one key double-sign)", ErrNodeLocked, path)
	}
	fmt.Fprintf(f, "%d\n", os.Getpid())
	return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
}

// Run runs the node until ctx ends.
func (n *NodeProcess) Run(ctx context.Context) error {
	unlock, err := LockNodeHome(n.Home)
	if err != nil {
		return err
	}
	defer unlock()
	bin := n.Binary
	if bin == "" {
		if bin, err = os.Executable(); err != nil {
			return fmt.Errorf("node binary: %w", err)
		}
	}
	backoff, stopTimeout := n.Backoff, n.StopTimeout
	if backoff <= 0 {
		backoff = 5 * time.Second
	}
	if stopTimeout <= 0 {
		stopTimeout = 30 * time.Second
	}
	event := n.Event
	if event == nil {
		event = func(string) {}
	}
	out := n.Output
	if out == nil {
		out = io.Discard
	}
	for {
		cmd := exec.Command(bin, "start", "--home", n.Home)
		cmd.Stdout, cmd.Stderr = out, out
		done, err := startChild(cmd)
		if err != nil {
			return fmt.Errorf("start the node (%s start --home %s): %w", bin, n.Home, err)
		}
		event(fmt.Sprintf("node started: pid %d, %s start --home %s", cmd.Process.Pid, bin, n.Home))
		select {
		case err := <-done:
			event(fmt.Sprintf("node exited (%v); restarting in %s", err, backoff))
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(backoff):
			}
		case <-ctx.Done():
			event("stopping the node (SIGTERM)")
			_ = cmd.Process.Signal(syscall.SIGTERM)
			select {
			case <-done:
			case <-time.After(stopTimeout):
				_ = cmd.Process.Kill()
				<-done
				event(fmt.Sprintf("node killed: no exit %s after SIGTERM", stopTimeout))
			}
			return ctx.Err()
		}
	}
}

// Supervisor runs the operator's node processes (its validator and, as
// fault injection only, a twin) and starts and stops them together: it is
// the agent's Nodes.
type Supervisor struct {
	parent context.Context
	procs  []*NodeProcess
	errs   chan error

	mu     sync.Mutex
	cancel context.CancelFunc // nil: stopped
	wg     sync.WaitGroup
}

// NewSupervisor supervises procs until ctx ends; call Start to run them.
func NewSupervisor(ctx context.Context, procs ...*NodeProcess) *Supervisor {
	return &Supervisor{parent: ctx, procs: procs, errs: make(chan error, len(procs))}
}

// Procs are the supervised processes (set their Event before Start).
func (s *Supervisor) Procs() []*NodeProcess { return s.procs }

// Err yields the error of a process that could not run (its home is
// locked by another agent, its binary is missing).
func (s *Supervisor) Err() <-chan error { return s.errs }

// Running says whether the processes are started.
func (s *Supervisor) Running() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cancel != nil
}

// Start runs every process (restarted when it exits) until Stop.
func (s *Supervisor) Start() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cancel != nil {
		return
	}
	ctx, cancel := context.WithCancel(s.parent)
	s.cancel = cancel
	for _, p := range s.procs {
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			if err := p.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				select {
				case s.errs <- fmt.Errorf("node %s: %w", p.Home, err):
				default:
				}
			}
		}()
	}
}

// Stop stops every process and waits for them to exit.
func (s *Supervisor) Stop() {
	s.mu.Lock()
	cancel := s.cancel
	s.cancel = nil
	s.mu.Unlock()
	if cancel != nil {
		cancel()
	}
	s.wg.Wait()
}
