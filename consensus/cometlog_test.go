package consensus

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
)

// TestCometLoggerQuietWhenHealthy: CometBFT's errors that are ordinary
// network churn (a fresh network's blocksync timeouts, a peer that went
// away) are warnings; every other CometBFT error stays an error.
func TestCometLoggerQuietWhenHealthy(t *testing.T) {
	var buf bytes.Buffer
	l := NewCometLogger(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug}))).With("module", "p2p")
	for msg, want := range map[string]string{
		"SendTimeout":             "level=WARN",
		"Stopping peer for error": "level=WARN",
		"Error dialing peer":      "level=WARN",
		"Failed to reconnect to peer. Beginning exponential backoff": "level=WARN",
		"Error stopping pool":                        "level=DEBUG",
		"Won't start a peer - switch is not running": "level=INFO",
		"CONSENSUS FAILURE!!!":                       "level=ERROR",
		"Error on broadcastTxCommit":                 "level=ERROR",
		"failed to apply block":                      "level=ERROR",
	} {
		buf.Reset()
		l.Error(msg, "err", "x")
		if got := buf.String(); !strings.Contains(got, want) || !strings.Contains(got, "module=p2p") {
			t.Errorf("%q logged as %q, want %s", msg, got, want)
		}
	}
}
