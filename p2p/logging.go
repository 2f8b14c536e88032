package p2p

import (
	"context"
	"log/slog"
)

// quietHandler passes GossipSub's records at or above min only, unless the
// node logs at debug level, in which case everything passes. GossipSub logs
// per message at info and warn level under load (a slow subscriber, a full
// connection-manager tag queue), which would flood a node's log.
type quietHandler struct {
	inner slog.Handler
	min   slog.Level
}

func (q quietHandler) Enabled(ctx context.Context, l slog.Level) bool {
	if q.inner.Enabled(ctx, slog.LevelDebug) {
		return q.inner.Enabled(ctx, l)
	}
	return l >= q.min && q.inner.Enabled(ctx, l)
}

func (q quietHandler) Handle(ctx context.Context, r slog.Record) error { return q.inner.Handle(ctx, r) }

func (q quietHandler) WithAttrs(as []slog.Attr) slog.Handler {
	return quietHandler{q.inner.WithAttrs(as), q.min}
}

func (q quietHandler) WithGroup(name string) slog.Handler {
	return quietHandler{q.inner.WithGroup(name), q.min}
}
