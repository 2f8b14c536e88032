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
