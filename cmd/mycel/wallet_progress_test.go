package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/spf13/cobra"
)

// A wallet's long waits print one timestamped line per change when
// stderr is not a terminal; on a terminal they are one live line, which
// endLiveLines (called before the result and by main) takes away.
func TestWaitProgress(t *testing.T) {
	var buf bytes.Buffer
	cmd := &cobra.Command{Use: "deposit"}
	cmd.SetErr(&buf)
	p := waitProgress(cmd)
	p("waiting for the deposit's L1 receipt")
	p("waiting for the L2 to credit the deposit")
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 || !regexp.MustCompile(`^\d\d:\d\d:\d\d  waiting for the L2 to credit`).MatchString(lines[1]) {
		t.Fatalf("plain progress %q", buf.String())
	}

	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	t.Setenv("TERM", "xterm")
	live := &cobra.Command{Use: "claim"}
	live.SetErr(null)
	before := len(liveEnds)
	q := waitProgress(live)
	if len(liveEnds) != before+1 {
		t.Fatalf("a terminal's wait registered %d live lines, want 1", len(liveEnds)-before)
	}
	q("waiting for the batch's proof")
	q("waiting for the claim's receipt")
	endLiveLines()
	endLiveLines() // a second end does nothing
	if len(liveEnds) != 0 {
		t.Fatalf("%d live lines left after endLiveLines", len(liveEnds))
	}
}
