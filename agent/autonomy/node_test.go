package autonomy

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestNodeProcess runs a stand-in for mycel (a shell script that records
// its arguments and exits after its first run) as the operator's node: it
// is started with start --home HOME, restarted after it exits, stopped
// with SIGTERM when the context ends; a second manager of the same home
// is refused while the first holds it.
func TestNodeProcess(t *testing.T) {
	dir := t.TempDir()
	home := filepath.Join(dir, "node")
	if err := os.Mkdir(home, 0o700); err != nil {
		t.Fatal(err)
	}
	runs := filepath.Join(dir, "runs")
	bin := filepath.Join(dir, "fake-mycel")
	script := "#!/bin/sh\ntrap 'echo TERM >> " + runs + "; exit 0' TERM\necho \"$@\" >> " + runs + "\n" +
		"if [ $(wc -l < " + runs + ") -ge 2 ]; then while true; do sleep 0.05; done; fi\nexit 3\n"
	if err := os.WriteFile(bin, []byte(script), 0o700); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var events []string
	n := &NodeProcess{Binary: bin, Home: home, Backoff: 50 * time.Millisecond, StopTimeout: 5 * time.Second,
		Event: func(r string) { mu.Lock(); events = append(events, r); mu.Unlock() }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- n.Run(ctx) }()
	deadline := time.Now().Add(10 * time.Second)
	for {
		raw, _ := os.ReadFile(runs)
		if strings.Count(string(raw), "\n") >= 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the node was not restarted: runs %q", raw)
		}
		time.Sleep(20 * time.Millisecond)
	}
	// A second manager of the same home is refused.
	if err := (&NodeProcess{Binary: bin, Home: home}).Run(context.Background()); !errors.Is(err, ErrNodeLocked) {
		t.Fatalf("second manager: %v, want ErrNodeLocked", err)
	}
	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
	raw, _ := os.ReadFile(runs)
	want := "start --home " + home + "\nstart --home " + home + "\nTERM\n"
	if string(raw) != want {
		t.Fatalf("runs %q, want %q", raw, want)
	}
	mu.Lock()
	ev := strings.Join(events, " | ")
	mu.Unlock()
	for _, w := range []string{"node started: pid", "node exited (exit status 3); restarting in 50ms", "stopping the node (SIGTERM)"} {
		if !strings.Contains(ev, w) {
			t.Errorf("events %q lack %q", ev, w)
		}
	}
	// Released: it can be taken again.
	unlock, err := LockNodeHome(home)
	if err != nil {
		t.Fatalf("lock after Run: %v", err)
	}
	unlock()
	if _, err := LockNodeHome(filepath.Join(dir, "missing")); err == nil || !strings.Contains(err.Error(), "mycel init") {
		t.Fatalf("missing home: %v", err)
	}
}

// The Supervisor starts its processes together, stops them (waiting for
// them to exit), starts them again, and reports a process that cannot run
// (its home held by another manager).
func TestSupervisor(t *testing.T) {
	dir := t.TempDir()
	bin := filepath.Join(dir, "fake-mycel")
	runs := filepath.Join(dir, "runs")
	script := "#!/bin/sh\ntrap 'echo TERM >> " + runs + "; exit 0' TERM\necho \"$3\" >> " + runs + "\nwhile true; do sleep 0.05; done\n"
	if err := os.WriteFile(bin, []byte(script), 0o700); err != nil {
		t.Fatal(err)
	}
	var procs []*NodeProcess
	for _, name := range []string{"a", "b"} {
		home := filepath.Join(dir, name)
		if err := os.Mkdir(home, 0o700); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, &NodeProcess{Binary: bin, Home: home, StopTimeout: 5 * time.Second})
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := NewSupervisor(ctx, procs...)
	lines := func(n int) string {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			raw, _ := os.ReadFile(runs)
			if strings.Count(string(raw), "\n") >= n {
				return string(raw)
			}
			if time.Now().After(deadline) {
				t.Fatalf("want %d lines, have %q", n, raw)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	s.Start()
	s.Start() // no second set
	if !s.Running() {
		t.Fatal("not running after Start")
	}
	lines(2)
	s.Stop()
	if s.Running() {
		t.Fatal("running after Stop")
	}
	if got := lines(4); strings.Count(got, "TERM") != 2 {
		t.Fatalf("after Stop: %q", got)
	}
	s.Start()
	lines(6)
	// A home another manager holds: reported on Err.
	unlock, err := LockNodeHome(procs[0].Home)
	if err == nil {
		defer unlock()
		t.Fatal("the running node's home was not locked")
	}
	s.Stop()
	unlock, err = LockNodeHome(procs[0].Home)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	s.Start()
	select {
	case err := <-s.Err():
		if !errors.Is(err, ErrNodeLocked) {
			t.Fatalf("Err: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a locked home was not reported")
	}
	s.Stop()
}
