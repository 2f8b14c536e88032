package prover

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/consensys/gnark/logger"
)

// TestGnarkLogsGoThroughSlog: gnark's log lines come out of the node's
// slog handler, in its format (no colour codes), info as debug.
func TestGnarkLogsGoThroughSlog(t *testing.T) {
	var buf bytes.Buffer
	RouteGnarkLogs(slog.New(slog.NewTextHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	t.Cleanup(func() { logger.Disable() })
	log := logger.Logger()
	log.Info().Str("curve", "bn254").Int("nbConstraints", 42).Msg("constraint system solver done")
	log.Warn().Msg("something odd")
	out := buf.String()
	for _, want := range []string{
		`level=DEBUG msg="constraint system solver done" module=gnark curve=bn254 nbConstraints=42`,
		`level=WARN msg="something odd" module=gnark`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("colour codes in %q", out)
	}
}
