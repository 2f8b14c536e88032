package autonomy

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestNodeDiesWithItsAgent: an agent process killed with SIGKILL (no
// chance to stop its node) leaves no node running: the kernel sends the
// node SIGTERM (Pdeathsig), which it handles as a normal stop. The agent
// is this test binary run again as a helper (MYCEL_TEST_AGENT_HOME) that
// runs a NodeProcess whose node is a shell script recording its pid and
// its TERM.
func TestNodeDiesWithItsAgent(t *testing.T) {
	if home := os.Getenv("MYCEL_TEST_AGENT_HOME"); home != "" {
		n := &NodeProcess{Binary: filepath.Join(home, "..", "fake-mycel"), Home: home}
		_ = n.Run(context.Background()) // until killed
		return
	}
	dir := t.TempDir()
	home := filepath.Join(dir, "node")
	if err := os.Mkdir(home, 0o700); err != nil {
		t.Fatal(err)
	}
	log := filepath.Join(dir, "node.log")
	script := "#!/bin/sh\ntrap 'echo TERM >> " + log + "; exit 0' TERM\necho $$ >> " + log + "\nwhile true; do sleep 0.05; done\n"
	if err := os.WriteFile(filepath.Join(dir, "fake-mycel"), []byte(script), 0o700); err != nil {
		t.Fatal(err)
	}
	agent := exec.Command(os.Args[0], "-test.run=^TestNodeDiesWithItsAgent$")
	agent.Env = append(os.Environ(), "MYCEL_TEST_AGENT_HOME="+home)
	if err := agent.Start(); err != nil {
		t.Fatal(err)
	}
	defer agent.Process.Kill()
	var pid int
	for deadline := time.Now().Add(20 * time.Second); pid == 0; time.Sleep(20 * time.Millisecond) {
		raw, _ := os.ReadFile(log)
		if first, _, ok := strings.Cut(string(raw), "\n"); ok {
			pid, _ = strconv.Atoi(first)
		}
		if time.Now().After(deadline) {
			t.Fatal("the agent's node did not start")
		}
	}
	if err := agent.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = agent.Wait()
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		raw, _ := os.ReadFile(log)
		if strings.Contains(string(raw), "TERM") && !alive(pid) {
			break
		}
		if time.Now().After(deadline) {
			syscall.Kill(pid, syscall.SIGKILL)
			t.Fatalf("node pid %d still running (log %q) 10 s after its agent was killed", pid, raw)
		}
	}
}

// alive reports whether pid runs (a zombie, exited but not reaped, does not).
func alive(pid int) bool {
	raw, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	// pid (comm) STATE ...
	s := string(raw)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || s[i+2] != 'Z'
}
