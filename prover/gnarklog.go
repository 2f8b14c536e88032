package prover

import (
	"context"
	"encoding/json"
	"log/slog"
	"sort"
	"strings"

	"github.com/consensys/gnark/logger"
	"github.com/rs/zerolog"
)

// RouteGnarkLogs sends gnark's own log lines (constraint system compiled,
// setup and proof timings: zerolog, coloured, on stdout by default)
// through l, in l's format and at its level: gnark's info lines become
// debug (one per proof), its warnings and errors stay what they are. gnark's
// logger is process-wide: the last call wins.
func RouteGnarkLogs(l *slog.Logger) {
	logger.Set(zerolog.New(gnarkWriter{l.With("module", "gnark")}).Level(zerolog.DebugLevel))
}

// gnarkWriter turns zerolog's JSON lines into slog records.
type gnarkWriter struct{ l *slog.Logger }

func (w gnarkWriter) Write(p []byte) (int, error) {
	var m map[string]any
	if err := json.Unmarshal(p, &m); err != nil {
		w.l.Debug(strings.TrimSpace(string(p)))
		return len(p), nil
	}
	level := slog.LevelDebug
	switch m[zerolog.LevelFieldName] {
	case "warn":
		level = slog.LevelWarn
	case "error", "fatal", "panic":
		level = slog.LevelError
	}
	msg, _ := m[zerolog.MessageFieldName].(string)
	delete(m, zerolog.LevelFieldName)
	delete(m, zerolog.MessageFieldName)
	delete(m, zerolog.TimestampFieldName)
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	args := make([]any, 0, 2*len(keys))
	for _, k := range keys {
		args = append(args, k, m[k])
	}
	w.l.Log(context.Background(), level, msg, args...)
	return len(p), nil
}
