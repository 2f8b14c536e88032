package ledger

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

const crashDirEnv = "MYCEL_LEDGER_CRASH_DIR"

func crashGenesis(t testing.TB) (*Genesis, []*PrivateKey) { return testGenesis(t, 10, 8, 1<<40) }

// crashBlock is the deterministic content of block h: a deposit and a few
// transfers between the genesis accounts, all valid on top of block h-1.
func crashBlock(t testing.TB, b *Block, keys []*PrivateKey) {
	h := b.Height()
	if _, err := b.Apply(deposit(testKey(t, 1000+int(h%50)).Public(), b.nextDeposit, h)); err != nil {
		t.Fatalf("block %d deposit: %v", h, err)
	}
	for i := range 6 {
		from := uint32(1 + (int(h)+i)%8)
		to := uint32(1 + (int(h)+i+3)%8)
		a, _, err := b.Account(from)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Apply(signedTransfer(t, keys[from], from, to, h+uint64(i), 1, a.Nonce)); err != nil {
			t.Fatalf("block %d transfer: %v", h, err)
		}
	}
}

// TestCrashChild is the child process of TestCrashRecovery: it commits
// blocks forever, printing each committed height and root, until killed.
func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("child process of TestCrashRecovery")
	}
	g, keys := crashGenesis(t)
	s, err := Open(dir, g, Options{})
	if err != nil {
		fmt.Printf("open-error %v\n", err)
		os.Exit(3)
	}
	fmt.Printf("open %d %s\n", s.Height(), s.Root())
	for {
		b, err := s.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		crashBlock(t, b, keys)
		root, err := b.Commit()
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("committed %d %s\n", b.Height(), root)
	}
}

// TestCrashRecovery kills a committing process with SIGKILL at random
// moments, many times. After each kill the store must reopen exactly at a
// committed block: never behind what the child reported as committed, at most
// one block ahead (committed but not yet printed), with the root of that
// block, and with every block record intact. A final replay of every recorded
// block from genesis must reproduce every recorded root. The in-process
// counterparts, an I/O error or a power cut at each file operation of a
// commit, the genesis and a reopen, are in fault_test.go.
func TestCrashRecovery(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	dir := t.TempDir()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	roots := map[uint64]Hash{} // every root a child reported
	kills := 20
	var lastReported uint64
	for i := range kills {
		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		lines := make(chan string, 1024)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				lines <- sc.Text()
			}
			close(lines)
		}()
		// Kill at a random moment: sometimes during open (counted from the
		// start), mostly mid-stream (counted from the child's "open" line,
		// so that a slow start on a loaded machine still leaves it time to
		// commit).
		var seen []string
		delay := time.Duration(rng.IntN(30)) * time.Millisecond
		if i%5 != 0 {
			delay = time.Duration(rng.IntN(400)) * time.Millisecond
			deadline := time.After(time.Minute)
		waitOpen:
			for {
				select {
				case l, ok := <-lines:
					if !ok {
						break waitOpen
					}
					seen = append(seen, l)
					if strings.HasPrefix(l, "open") {
						break waitOpen
					}
				case <-deadline:
					break waitOpen
				}
			}
		}
		time.Sleep(delay)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		rest := make(chan string, 1024)
		go func() {
			for _, l := range seen {
				rest <- l
			}
			for l := range lines {
				rest <- l
			}
			close(rest)
		}()
		for l := range rest {
			f := strings.Fields(l)
			switch {
			case len(f) == 3 && f[0] == "committed":
				h, _ := strconv.ParseUint(f[1], 10, 64)
				var r Hash
				if err := r.UnmarshalText([]byte(f[2])); err != nil {
					t.Fatal(err)
				}
				if old, ok := roots[h]; ok && old != r {
					t.Fatalf("height %d committed twice with different roots", h)
				}
				roots[h] = r
				lastReported = max(lastReported, h)
			case len(f) == 3 && f[0] == "open":
				h, _ := strconv.ParseUint(f[1], 10, 64)
				if h < lastReported {
					t.Fatalf("child reopened at %d, behind reported commit %d", h, lastReported)
				}
			case strings.HasPrefix(l, "open-error"):
				t.Fatalf("child could not open the store: %s", l)
			}
		}

		// Reopen here and check.
		g, _ := crashGenesis(t)
		s, err := Open(dir, g, Options{})
		if err != nil {
			t.Fatalf("kill %d: reopen: %v", i, err)
		}
		h := s.Height()
		if h < lastReported || h > lastReported+1 {
			t.Fatalf("kill %d: reopened at height %d, last reported commit %d", i, h, lastReported)
		}
		if r, ok := roots[h]; ok && r != s.Root() {
			t.Fatalf("kill %d: root at %d is %s, child committed %s", i, h, s.Root(), r)
		}
		br, err := s.Block(h)
		if err != nil || br.Root != s.Root() {
			t.Fatalf("kill %d: block record %d: %v", i, h, err)
		}
		s.Close()
		lastReported = h
	}
	if lastReported < 5 {
		t.Fatalf("only %d blocks committed across %d kills", lastReported, kills)
	}

	// Replay every recorded block from genesis into a fresh store.
	g, _ := crashGenesis(t)
	s := openTestStore(t, dir, nil, Options{})
	replay := openTestStore(t, "", g, Options{InMemory: true})
	for h := uint64(1); h <= s.Height(); h++ {
		br, err := s.Block(h)
		if err != nil {
			t.Fatalf("block %d lost: %v", h, err)
		}
		b, _ := replay.NewBlock()
		for _, raw := range br.Txs {
			tx, err := DecodeTx(raw)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := b.Apply(tx); err != nil {
				t.Fatalf("replay block %d: %v", h, err)
			}
		}
		root, err := b.Commit()
		if err != nil || root != br.Root {
			t.Fatalf("replay block %d: root %s, recorded %s (%v)", h, root, br.Root, err)
		}
		if r, ok := roots[h]; ok && r != root {
			t.Fatalf("replay block %d differs from what the child reported", h)
		}
	}
	t.Logf("%d kills, %d blocks committed and replayed", kills, s.Height())
}
