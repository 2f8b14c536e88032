package main

import (
	"encoding/json"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mycel-network/mycel/internal/testutil/procnet"
)

// TestCrashSoak is the liveness attacker's run: 4 validators under
// MYCEL_SOAK_RATE transfers per second (default 200) for MYCEL_SOAK_SECONDS
// (default 60), one random validator SIGKILLed every 8 s and restarted 3 s
// later. Every transaction a node accepted must be committed: the goal is
// at most 0.1% left uncommitted, counted from the blocks of every node (the
// bench follows the others when its node dies). It runs only with
// MYCEL_SOAK=1 (`make soak-crash`), not in `make test`.
func TestCrashSoak(t *testing.T) {
	if os.Getenv("MYCEL_SOAK") != "1" {
		t.Skip("set MYCEL_SOAK=1 (make soak-crash) to run the crash soak (minutes)")
	}
	rate, seconds := envInt("MYCEL_SOAK_RATE", 200), envInt("MYCEL_SOAK_SECONDS", 60)
	killEvery := time.Duration(envInt("MYCEL_SOAK_KILL_EVERY_S", 8)) * time.Second // 0 via a huge value: no kills
	c := procnet.NewTestnet(t, 4, "--accounts", "200", "--depth", "16", "--chain-id", "7")
	for i := range 4 {
		c.Start(i)
	}
	c.WaitHeight(0, 3, 60*time.Second)

	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	kills := 0
	go func() {
		defer wg.Done()
		for {
			select {
			case <-stop:
				return
			case <-time.After(killEvery):
			}
			i := rand.IntN(4)
			c.Kill(i)
			kills++
			time.Sleep(3 * time.Second)
			c.Start(i)
		}
	}()
	out, err := exec.Command(c.Bin, "bench", "--home", c.Home, "--rate", strconv.Itoa(rate), "--duration", strconv.Itoa(seconds)+"s",
		"--drain", "60s").Output()
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatalf("bench: %v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	var res benchResult
	if err := json.Unmarshal([]byte(lines[len(lines)-1]), &res); err != nil {
		t.Fatalf("bench output %q: %v", out, err)
	}
	lost := float64(res.Uncommitted) / float64(max(res.Sent, 1))
	t.Logf("crash soak: %d kills; accepted %d, committed %d, uncommitted %d (%.3f%%), refused while a node was down %d; %.0f tps",
		kills, res.Sent, res.Committed, res.Uncommitted, 100*lost, res.Errors, res.TPS)
	if lost > 0.001 {
		t.Fatalf("%.3f%% of accepted transactions never committed (goal: at most 0.1%%)", 100*lost)
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}
