package service

import (
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"go.uber.org/goleak"
)

func TestMain(m *testing.M) { goleak.VerifyTestMain(m) }

// recorder is a service that logs its calls to a shared journal.
type recorder struct {
	name     string
	journal  *[]string
	mu       *sync.Mutex
	startErr error
}

func (r recorder) note(s string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	*r.journal = append(*r.journal, s+" "+r.name)
}

func (r recorder) Start(context.Context) error {
	r.note("start")
	return r.startErr
}

func (r recorder) Stop(context.Context) error {
	r.note("stop")
	return nil
}

func newJournal() (*[]string, *sync.Mutex) { return new([]string), new(sync.Mutex) }

func TestStackStartsInOrderStopsInReverseOnce(t *testing.T) {
	j, mu := newJournal()
	s := NewStack(nil)
	for _, n := range []string{"a", "b", "c"} {
		s.Add(n, recorder{name: n, journal: j, mu: mu})
	}
	if err := s.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	want := "start a,start b,start c,stop c,stop b,stop a"
	if got := strings.Join(*j, ","); got != want {
		t.Fatalf("journal %q, want %q", got, want)
	}
	if err := s.Start(context.Background()); !errors.Is(err, ErrStarted) {
		t.Fatalf("Start after Stop: %v", err)
	}
}

// A failed start stops every member, the failed one and those never
// started included: their constructors may have opened something.
func TestStackFailedStartUnwindsEverything(t *testing.T) {
	j, mu := newJournal()
	boom := errors.New("port in use")
	s := NewStack(nil)
	s.Add("a", recorder{name: "a", journal: j, mu: mu})
	s.Add("b", recorder{name: "b", journal: j, mu: mu, startErr: boom})
	s.Add("c", recorder{name: "c", journal: j, mu: mu})
	err := s.Start(context.Background())
	if !errors.Is(err, boom) || !strings.Contains(err.Error(), "start b") {
		t.Fatalf("Start: %v", err)
	}
	want := "start a,start b,stop c,stop b,stop a"
	if got := strings.Join(*j, ","); got != want {
		t.Fatalf("journal %q, want %q", got, want)
	}
	if err := s.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got := len(*j); got != 5 {
		t.Fatalf("a Stop after the unwind stopped again: %v", *j)
	}
}

func TestLoopStopCancelsAndWaits(t *testing.T) {
	var ran, exited bool
	l := NewLoop("ticker", func(ctx context.Context) error {
		ran = true
		<-ctx.Done()
		time.Sleep(20 * time.Millisecond) // Stop must wait for this
		exited = true
		return ctx.Err()
	})
	if err := l.Stop(context.Background()); err != nil { // before Start: nothing to do
		t.Fatal(err)
	}
	l = NewLoop("ticker", l.run)
	ctx, cancel := context.WithCancel(context.Background())
	if err := l.Start(ctx); err != nil {
		t.Fatal(err)
	}
	cancel() // the start context does not bound the loop's life
	select {
	case <-l.Done():
		t.Fatal("loop ended with its start context")
	case <-time.After(50 * time.Millisecond):
	}
	if err := l.Start(context.Background()); !errors.Is(err, ErrStarted) {
		t.Fatalf("second Start: %v", err)
	}
	if err := l.Stop(context.Background()); err != nil {
		t.Fatalf("Stop: %v (a cancelled loop is not a failure)", err)
	}
	if !ran || !exited {
		t.Fatalf("ran %v exited %v", ran, exited)
	}
	if err := l.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := l.Start(context.Background()); !errors.Is(err, ErrStopped) {
		t.Fatalf("Start after Stop: %v", err)
	}
}

func TestLoopReportsItsFailure(t *testing.T) {
	boom := errors.New("resume point not canonical")
	l := NewLoop("watcher", func(context.Context) error { return boom })
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	<-l.Done()
	if !errors.Is(l.Err(), boom) {
		t.Fatalf("Err: %v", l.Err())
	}
	if err := l.Stop(context.Background()); !errors.Is(err, boom) || !strings.Contains(err.Error(), "watcher") {
		t.Fatalf("Stop: %v", err)
	}
}

func TestLoopStopGivesUpWithItsContext(t *testing.T) {
	release := make(chan struct{})
	l := NewLoop("stuck", func(context.Context) error { <-release; return nil })
	if err := l.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if err := l.Stop(ctx); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Stop of a stuck loop: %v", err)
	}
	close(release)
	<-l.Done()
}

func TestRunStopsWhenTheLoopEnds(t *testing.T) {
	l := NewLoop("one-shot", func(context.Context) error { return nil })
	if err := Run(context.Background(), l, time.Second); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	l = NewLoop("forever", func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() })
	if err := Run(ctx, l, time.Second); err != nil {
		t.Fatal(err)
	}
}

func TestCloserClosesOnce(t *testing.T) {
	n := 0
	c := Closer(func() error { n++; return nil })
	_ = c.Start(context.Background())
	_ = c.Stop(context.Background())
	_ = c.Stop(context.Background())
	if n != 1 {
		t.Fatalf("closed %d times", n)
	}
}
