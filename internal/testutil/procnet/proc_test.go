package procnet

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A Net with no validators, running /bin/sh: the process plumbing alone.
func shNet(t *testing.T) *Net {
	if _, err := os.Stat("/bin/sh"); err != nil {
		t.Skip("no /bin/sh")
	}
	return &Net{T: t, Bin: "/bin/sh", Dir: t.TempDir()}
}

func TestSpawnKillGrep(t *testing.T) {
	n := shNet(t)
	p := n.Spawn("sleeper", []string{"PROCNET_TEST=hello"}, "-c", `echo "greeting $PROCNET_TEST"; exec sleep 60`)
	n.WaitFor("the greeting", 10*time.Second, func() (bool, string) {
		return len(n.GrepLog("sleeper", "greeting", "hello")) == 1, "no greeting yet"
	})
	if p.Exited() || p.Err() != nil {
		t.Fatalf("running process: exited %v, err %v", p.Exited(), p.Err())
	}
	if got := n.GrepLog("sleeper", "=== ", "/bin/sh -c"); len(got) != 1 {
		t.Fatalf("log header lines %q, want the command once", got)
	}
	p.Kill()
	if !p.Exited() || p.Err() == nil {
		t.Fatalf("killed process: exited %v, err %v", p.Exited(), p.Err())
	}
	if d := n.deadProcs(); !strings.Contains(d, "sleeper (signal: killed)") {
		t.Fatalf("deadProcs = %q, want the killed process named", d)
	}
	var nilProc *Proc
	nilProc.Kill() // not running: nothing to do
}

func TestCleanupKillsEverything(t *testing.T) {
	var p *Proc
	var order []string
	t.Run("net", func(t *testing.T) {
		n := shNet(t)
		t.Cleanup(n.cleanup)
		p = n.Spawn("sleeper", nil, "-c", "exec sleep 60")
		n.Cleanup(func() { order = append(order, "first") })
		n.Cleanup(func() {
			state := "running"
			if p.Exited() {
				state = "exited"
			}
			order = append(order, "second", state)
		})
	})
	if !p.Exited() {
		t.Fatal("the test's process outlived it")
	}
	// Registered cleanups run last first, before the other processes are
	// killed.
	if strings.Join(order, ",") != "second,running,first" {
		t.Fatalf("cleanups ran as %v", order)
	}
}

// logRecorder is a testing.TB that keeps what is logged.
type logRecorder struct {
	testing.TB
	logs []string
}

func (r *logRecorder) Logf(format string, args ...any) {
	r.logs = append(r.logs, fmt.Sprintf(format, args...))
}

func TestPrintLogsTail(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 100 {
		fmt.Fprintf(&b, "line %d\n", i)
	}
	if err := os.WriteFile(filepath.Join(dir, "node0.log"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	r := &logRecorder{TB: t}
	n := &Net{T: r, Dir: dir}
	n.PrintLogs(LogTail)
	if len(r.logs) != 1 {
		t.Fatalf("logged %d entries, want one per log file", len(r.logs))
	}
	got := strings.Split(r.logs[0], "\n")
	if got[0] != "--- node0.log (last 60 lines of 100)" || len(got) != 61 || got[1] != "line 40" || got[60] != "line 99" {
		t.Fatalf("PrintLogs logged %q ... %q (%d lines)", got[0], got[len(got)-1], len(got))
	}
}
