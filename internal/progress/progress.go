// Package progress shows long work (prover key setup, devnet start-up, load
// tests) to the person waiting for it: what is happening, how long it has
// taken, and how much is left where that is known.
//
// On a terminal (NewHandler and NewLogger over a stderr that is one) a
// task is a live status line, redrawn in place a few times a second, and
// log records written meanwhile scroll above it. Anywhere else (a file, a
// pipe, journald, a node's JSON log) a task is plain log records: "start",
// "running" every Every interval, "done", with the step, the elapsed time
// and the estimate as attributes. Which one a task gets follows from the
// logger it is started with, so library code (prover, devnet) only calls
// Start with the logger it was given.
//
// What this package must not do: decide what work is done or how (it only
// reports), write to a terminal except through the Terminal that owns it,
// or hold a goroutine after the last task is done.
package progress

import (
	"fmt"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// DefaultEvery is how often a task logs a "running" record when it is not
// on a terminal.
const DefaultEvery = 10 * time.Second

// redraw is how often a terminal's live line is redrawn.
const redraw = 250 * time.Millisecond

// Option configures a Task.
type Option func(*Task)

// Total says the task has n units of work (unit names them: "nodes",
// "transfers"); Add and Set report how many are done, and the estimate of
// what is left follows from the rate so far.
func Total(n int64, unit string) Option {
	return func(t *Task) { t.total, t.unit = n, unit }
}

// TotalBytes is Total for work measured in bytes (files read or
// written): the progress shows in MiB. With n = 0 the bytes done so far
// show without a total.
func TotalBytes(n int64) Option {
	return func(t *Task) { t.total, t.bytes = n, true }
}

// Expect says how long the task usually takes: without a total, the
// estimate of what is left is d minus the time elapsed.
func Expect(d time.Duration) Option { return func(t *Task) { t.expect = d } }

// Every sets how often the task logs a "running" record when it is not on
// a terminal (DefaultEvery; 0 or less: never).
func Every(d time.Duration) Option { return func(t *Task) { t.every = d } }

// Task is one piece of long work being reported; Done ends it. Its methods
// are safe for concurrent use.
type Task struct {
	log    *slog.Logger
	term   *Terminal // nil: log records only
	what   string
	total  int64
	unit   string
	bytes  bool // units are bytes, shown in MiB
	expect time.Duration
	every  time.Duration
	start  time.Time
	now    func() time.Time

	done     atomic.Int64
	note     atomic.Pointer[string]
	ended    atomic.Bool
	stop     chan struct{} // closed by Done (log mode)
	finished chan struct{} // closed when the log goroutine has returned
}

// Start begins reporting the task what. On a logger from NewHandler or
// NewLogger over a terminal it is a live line; otherwise it logs "start"
// now, "running" every Every and "done" at Done, at info level. A nil
// logger reports nothing.
func Start(log *slog.Logger, what string, opts ...Option) *Task {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	t := &Task{log: log, what: what, every: DefaultEvery, now: time.Now}
	for _, o := range opts {
		o(t)
	}
	t.start = t.now()
	if h, ok := log.Handler().(*handler); ok {
		t.term = h.term
		t.term.add(t)
		return t
	}
	args := []any{"step", what}
	if t.total > 0 {
		args = append(args, "total", t.amount(t.total))
	}
	log.Info("start", args...)
	t.stop, t.finished = make(chan struct{}), make(chan struct{})
	go t.logLoop()
	return t
}

// amount is n in the task's unit: "4 nodes", "12.5 MiB".
func (t *Task) amount(n int64) string {
	switch {
	case t.bytes:
		return fmt.Sprintf("%.1f MiB", mib(n))
	case t.unit == "":
		return strconv.FormatInt(n, 10)
	}
	return strconv.FormatInt(n, 10) + " " + t.unit
}

func mib(n int64) float64 { return float64(n) / (1 << 20) }

func (t *Task) logLoop() {
	defer close(t.finished)
	if t.every <= 0 {
		<-t.stop
		return
	}
	tick := time.NewTicker(t.every)
	defer tick.Stop()
	for {
		select {
		case <-t.stop:
			return
		case <-tick.C:
			t.log.Info("running", t.attrs()...)
		}
	}
}

// Add records n more units done. A nil Task's methods do nothing.
func (t *Task) Add(n int64) {
	if t != nil {
		t.done.Add(n)
	}
}

// Set records that n units are done.
func (t *Task) Set(n int64) {
	if t != nil {
		t.done.Store(n)
	}
}

// Note says what the task is doing now ("node2", "deploying contracts");
// it shows on the live line and in the "running" records.
func (t *Task) Note(s string) {
	if t != nil {
		t.note.Store(&s)
	}
}

// Done ends the task: the live line goes, and a "done" record with the
// time taken is logged. Calls after the first do nothing.
func (t *Task) Done() {
	if t == nil || t.ended.Swap(true) {
		return
	}
	if t.term != nil {
		t.term.remove(t)
	} else {
		close(t.stop)
		<-t.finished
	}
	t.log.Info("done", "step", t.what, "took", round(t.now().Sub(t.start)))
}

// attrs are the "running" record's attributes: step, note, progress,
// elapsed, left.
func (t *Task) attrs() []any {
	s := t.snapshot()
	args := []any{"step", t.what}
	if s.note != "" {
		args = append(args, "now", s.note)
	}
	if s.progress != "" {
		args = append(args, "progress", s.progress)
	}
	args = append(args, "elapsed", round(s.elapsed))
	if s.left != "" {
		args = append(args, "left", s.left)
	}
	return args
}

// line is the task's part of the live line.
func (t *Task) line() string {
	s := t.snapshot()
	var b strings.Builder
	b.WriteString(t.what)
	if s.note != "" {
		b.WriteString(": " + s.note)
	}
	if s.progress != "" {
		b.WriteString("  " + s.progress)
	}
	b.WriteString("  " + round(s.elapsed).String())
	if s.left != "" {
		b.WriteString("  " + s.left + " left")
	}
	return b.String()
}

type snapshot struct {
	note, progress, left string
	elapsed              time.Duration
}

func (t *Task) snapshot() snapshot {
	s := snapshot{elapsed: t.now().Sub(t.start)}
	if n := t.note.Load(); n != nil {
		s.note = *n
	}
	done := t.done.Load()
	switch {
	case t.total > 0 && t.bytes:
		s.progress = fmt.Sprintf("%.1f/%s", mib(done), t.amount(t.total))
	case t.total > 0:
		s.progress = fmt.Sprintf("%d/%s", done, t.amount(t.total))
	case done > 0:
		s.progress = t.amount(done)
	}
	if d, ok := Left(s.elapsed, done, t.total, t.expect); ok {
		s.left = "~" + round(d).String()
	}
	return s
}

// Left estimates the time left of a task that has run for elapsed: from
// the rate so far when total units are known and some are done, else from
// an expected duration not yet reached. ok is false when nothing can be
// said.
func Left(elapsed time.Duration, done, total int64, expect time.Duration) (left time.Duration, ok bool) {
	switch {
	case total > 0 && done >= total:
		return 0, true
	case total > 0 && done > 0:
		return time.Duration(float64(elapsed) * float64(total-done) / float64(done)), true
	case expect > 0 && elapsed < expect:
		return expect - elapsed, true
	}
	return 0, false
}

// round keeps durations readable: milliseconds under a second, whole
// seconds above.
func round(d time.Duration) time.Duration {
	if d < time.Second {
		return d.Round(time.Millisecond)
	}
	return d.Round(time.Second)
}

// Terminal is a terminal (a stderr that is one) shared by the live line of
// the tasks in progress and the log records written meanwhile: every
// Write clears the line, writes, and draws it again below.
type Terminal struct {
	mu    sync.Mutex
	w     io.Writer
	width int
	tasks []*Task
	drawn string        // the line on screen ("": none)
	stop  chan struct{} // closes the redraw goroutine; nil while none runs
	done  chan struct{}
}

// NewTerminal returns a Terminal writing to w, whose lines are at most
// width columns (0: $COLUMNS, else 80). It starts nothing.
func NewTerminal(w io.Writer, width int) *Terminal {
	if width <= 0 {
		width = 80
		if c, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && c > 0 {
			width = c
		}
	}
	return &Terminal{w: w, width: width}
}

// Write writes p above the live line.
func (t *Terminal) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.clear()
	n, err := t.w.Write(p)
	t.draw()
	return n, err
}

// clear erases the live line; t.mu is held.
func (t *Terminal) clear() {
	if t.drawn != "" {
		io.WriteString(t.w, "\r\033[K")
		t.drawn = ""
	}
}

// line is the live line, cut to the width (a wrapped line could not be
// redrawn in place); t.mu is held.
func (t *Terminal) line() string {
	if len(t.tasks) == 0 {
		return ""
	}
	parts := make([]string, len(t.tasks))
	for i, k := range t.tasks {
		parts[i] = k.line()
	}
	line := []rune(strings.Join(parts, " | "))
	if len(line) > t.width-1 {
		line = append(line[:max(t.width-2, 0)], '…')
	}
	return string(line)
}

// draw writes the live line, without a newline, where none is; t.mu is
// held.
func (t *Terminal) draw() {
	if l := t.line(); l != "" {
		io.WriteString(t.w, l)
		t.drawn = l
	}
}

func (t *Terminal) add(k *Task) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.tasks = append(t.tasks, k)
	t.clear()
	t.draw()
	if t.stop == nil {
		t.stop, t.done = make(chan struct{}), make(chan struct{})
		go t.redrawLoop(t.stop, t.done)
	}
}

func (t *Terminal) remove(k *Task) {
	t.mu.Lock()
	for i, x := range t.tasks {
		if x == k {
			t.tasks = append(t.tasks[:i], t.tasks[i+1:]...)
			break
		}
	}
	t.clear()
	t.draw()
	var stop, done chan struct{}
	if len(t.tasks) == 0 && t.stop != nil {
		stop, done = t.stop, t.done
		t.stop, t.done = nil, nil
	}
	t.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
}

func (t *Terminal) redrawLoop(stop, done chan struct{}) {
	defer close(done)
	tick := time.NewTicker(redraw)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tick.C:
			t.mu.Lock()
			if t.line() != t.drawn { // redraw only what changed
				t.clear()
				t.draw()
			}
			t.mu.Unlock()
		}
	}
}

// handler is the slog.Handler of a Terminal's loggers: records go through
// the Terminal, and Start finds the Terminal from it.
type handler struct {
	slog.Handler
	term *Terminal
}

func (h *handler) WithAttrs(as []slog.Attr) slog.Handler {
	return &handler{h.Handler.WithAttrs(as), h.term}
}

func (h *handler) WithGroup(name string) slog.Handler {
	return &handler{h.Handler.WithGroup(name), h.term}
}

// IsTerminal reports whether w is a character device (a terminal) and
// $TERM does not say it cannot move the cursor. It asks the file's mode
// rather than the terminal driver, which needs no dependency; /dev/null
// passes too, where a live line harms nobody.
func IsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("TERM") == "dumb" {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

// NewHandler returns the handler mk makes over w; when w is a terminal,
// wrapped so that tasks started on its loggers are live lines and the
// records go above them.
func NewHandler(w io.Writer, mk func(io.Writer) slog.Handler) slog.Handler {
	if !IsTerminal(w) {
		return mk(w)
	}
	return TerminalHandler(NewTerminal(w, 0), mk)
}

// TerminalHandler is the handler mk makes over term, carrying term for
// Start.
func TerminalHandler(term *Terminal, mk func(io.Writer) slog.Handler) slog.Handler {
	return &handler{mk(term), term}
}

// Writer returns the Terminal behind log (text written to it goes above
// the live line), or w when log is not a terminal logger.
func Writer(log *slog.Logger, w io.Writer) io.Writer {
	if log != nil {
		if h, ok := log.Handler().(*handler); ok {
			return h.term
		}
	}
	return w
}

// NewLogger returns a text logger over w (a live-line one when w is a
// terminal).
func NewLogger(w io.Writer, opts *slog.HandlerOptions) *slog.Logger {
	return slog.New(NewHandler(w, func(w io.Writer) slog.Handler { return slog.NewTextHandler(w, opts) }))
}
