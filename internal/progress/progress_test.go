package progress

import (
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the task's goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// textLogger logs to w without the time attribute.
func textLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
		if a.Key == slog.TimeKey {
			return slog.Attr{}
		}
		return a
	}}))
}

// clock is a fake time source the test moves.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func withClock(c *clock) Option { return func(t *Task) { t.now = c.now } }

func lines(s string) []string { return strings.Split(strings.TrimSuffix(s, "\n"), "\n") }

func TestLogRecordsWhenNotATerminal(t *testing.T) {
	var buf syncBuffer
	c := &clock{t: time.Unix(1_700_000_000, 0)}
	task := Start(textLogger(&buf), "start validators", Total(4, "nodes"), Every(5*time.Millisecond), withClock(c))
	task.Note("node1")
	c.advance(10 * time.Second)
	task.Add(2)
	// Wait for a "running" record with the progress so far.
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(buf.String(), "msg=running") {
		if time.Now().After(deadline) {
			t.Fatalf("no running record in 5s:\n%s", buf.String())
		}
		time.Sleep(time.Millisecond)
	}
	c.advance(5 * time.Second)
	task.Done()
	task.Done() // a second Done logs nothing more
	got := lines(buf.String())
	if want := `level=INFO msg=start step="start validators" total="4 nodes"`; got[0] != want {
		t.Errorf("first record\n got %s\nwant %s", got[0], want)
	}
	// Two of four done after 10s: 10s left.
	if want := `level=INFO msg=running step="start validators" now=node1 progress="2/4 nodes" elapsed=10s left=~10s`; got[1] != want {
		t.Errorf("running record\n got %s\nwant %s", got[1], want)
	}
	if want := `level=INFO msg=done step="start validators" took=15s`; got[len(got)-1] != want {
		t.Errorf("last record\n got %s\nwant %s", got[len(got)-1], want)
	}
	for _, l := range got[1 : len(got)-1] {
		if !strings.Contains(l, "msg=running") {
			t.Errorf("unexpected record between start and done: %s", l)
		}
	}
	if strings.ContainsAny(buf.String(), "\r\033") {
		t.Errorf("terminal control characters in log output: %q", buf.String())
	}
}

func TestLogRecordsWithoutInterval(t *testing.T) {
	var buf syncBuffer
	c := &clock{t: time.Unix(1_700_000_000, 0)}
	task := Start(textLogger(&buf), "groth16 setup", Every(0), Expect(time.Minute), withClock(c))
	c.advance(1500 * time.Millisecond)
	task.Done()
	want := []string{`level=INFO msg=start step="groth16 setup"`, `level=INFO msg=done step="groth16 setup" took=2s`}
	if got := lines(buf.String()); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("records\n got %q\nwant %q", got, want)
	}
}

func TestProgressFormats(t *testing.T) {
	c := &clock{t: time.Unix(1_700_000_000, 0)}
	for _, k := range []struct {
		name string
		opts []Option
		done int64
		want string
	}{
		{"units", []Option{Total(10, "batches")}, 5, "read  5/10 batches  8s  ~8s left"},
		{"bare count", []Option{Total(10, "")}, 2, "read  2/10  8s  ~32s left"},
		{"bytes", []Option{TotalBytes(64 << 20)}, 16 << 20, "read  16.0/64.0 MiB  8s  ~24s left"},
		{"bytes without a total", []Option{TotalBytes(0)}, 3 << 19, "read  1.5 MiB  8s"},
		{"count without a total", nil, 7, "read  7  8s"},
		{"expected duration", []Option{Expect(time.Minute)}, 0, "read  8s  ~52s left"},
	} {
		task := Start(slog.New(slog.DiscardHandler), "read", append(k.opts, withClock(c), Every(0))...)
		task.Set(k.done)
		c.advance(8 * time.Second)
		if got := task.line(); got != k.want {
			t.Errorf("%s: line %q, want %q", k.name, got, k.want)
		}
		c.advance(-8 * time.Second)
		task.Done()
	}
}

func TestNilLogger(t *testing.T) {
	task := Start(nil, "nothing", Total(1, ""))
	task.Add(1)
	task.Done()
	var none *Task // a nil Task is a valid "report nothing"
	none.Add(1)
	none.Set(2)
	none.Note("x")
	none.Done()
}

func TestLeft(t *testing.T) {
	for _, c := range []struct {
		name        string
		elapsed     time.Duration
		done, total int64
		expect      time.Duration
		want        time.Duration
		wantOK      bool
	}{
		{"rate so far", 30 * time.Second, 1, 4, 0, 90 * time.Second, true},
		{"rate wins over expectation", 30 * time.Second, 3, 4, time.Hour, 10 * time.Second, true},
		{"all done", time.Minute, 4, 4, 0, 0, true},
		{"nothing done yet, no expectation", time.Minute, 0, 4, 0, 0, false},
		{"nothing done yet, expectation", time.Minute, 0, 4, 3 * time.Minute, 2 * time.Minute, true},
		{"expectation only", 20 * time.Second, 0, 0, time.Minute, 40 * time.Second, true},
		{"past the expectation", 2 * time.Minute, 0, 0, time.Minute, 0, false},
		{"nothing known", time.Minute, 5, 0, 0, 0, false},
	} {
		got, ok := Left(c.elapsed, c.done, c.total, c.expect)
		if got != c.want || ok != c.wantOK {
			t.Errorf("%s: Left = %v, %v; want %v, %v", c.name, got, ok, c.want, c.wantOK)
		}
	}
}

func TestTerminalLiveLine(t *testing.T) {
	var buf syncBuffer
	term := NewTerminal(&buf, 60)
	log := slog.New(TerminalHandler(term, func(w io.Writer) slog.Handler {
		return textLogger(w).Handler()
	})).With("module", "prover")
	c := &clock{t: time.Unix(1_700_000_000, 0)}
	task := Start(log, "bench", Total(100, "transfers"), withClock(c))
	c.advance(4 * time.Second)
	task.Set(40)
	log.Warn("a peer went away")
	fmt.Fprintf(Writer(log, io.Discard), "plain text\n")
	task.Done()

	out := buf.String()
	// The line drawn at Start, then cleared for the record, which is
	// followed by the line redrawn with the progress.
	first := "bench  0/100 transfers  0s"
	redrawn := "bench  40/100 transfers  4s  ~6s left"
	record := "level=WARN msg=\"a peer went away\" module=prover\n"
	want := "\r\033[K" + record + redrawn
	if !strings.HasPrefix(out, first) || !strings.Contains(out, want) {
		t.Errorf("terminal output %q does not start with %q and hold %q", out, first, want)
	}
	// Done clears the line and logs the record on a clean line.
	if end := "\r\033[Klevel=INFO msg=done module=prover step=bench took=4s\n"; !strings.HasSuffix(out, end) {
		t.Errorf("terminal output %q does not end with %q", out, end)
	}
	if !strings.Contains(out, "\r\033[Kplain text\n"+redrawn) {
		t.Errorf("text written through Writer is not above the live line: %q", out)
	}
	if strings.Contains(out, "msg=start") || strings.Contains(out, "msg=running") {
		t.Errorf("a live task logged start or running records: %q", out)
	}
	term.mu.Lock()
	stopped := term.stop == nil && len(term.tasks) == 0
	term.mu.Unlock()
	if !stopped {
		t.Error("the redraw goroutine still runs after the last task is done")
	}
}

func TestTerminalCutsLongLines(t *testing.T) {
	var buf syncBuffer
	term := NewTerminal(&buf, 20)
	log := slog.New(TerminalHandler(term, func(w io.Writer) slog.Handler { return textLogger(w).Handler() }))
	task := Start(log, "a task whose name is long", Every(time.Hour))
	out := buf.String()
	task.Done()
	if got := []rune(out); len(got) != 19 || got[18] != '…' || !strings.HasPrefix(out, "a task whose name ") {
		t.Errorf("live line %q: want the first 18 runes and an ellipsis", out)
	}
}

func TestIsTerminal(t *testing.T) {
	if IsTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is a terminal")
	}
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if IsTerminal(f) {
		t.Error("a regular file is a terminal")
	}
	if w := Writer(textLogger(f), f); w != f {
		t.Errorf("Writer of a plain logger is %T, want the file", w)
	}
	if _, ok := NewHandler(f, func(w io.Writer) slog.Handler { return slog.NewTextHandler(w, nil) }).(*handler); ok {
		t.Error("NewHandler over a regular file made a live-line handler")
	}
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	t.Setenv("TERM", "xterm")
	if !IsTerminal(null) {
		t.Errorf("%s (a character device) is not taken for a terminal", os.DevNull)
	}
	t.Setenv("TERM", "dumb")
	if IsTerminal(null) {
		t.Error("TERM=dumb: a character device is still taken for a terminal")
	}
}
