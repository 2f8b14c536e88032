package consensus

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	cmtcfg "github.com/cometbft/cometbft/config"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	nm "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
)

// Node is CometBFT running in-process around an App.
type Node struct {
	comet *nm.Node
	log   *slog.Logger
}

// NewNode builds (but does not start) a CometBFT node over app. cfg must
// have its root set to the node's home: the validator key, its double-sign
// protection state, the node key and the genesis are read from there.
func NewNode(cfg *cmtcfg.Config, app *App, logger *slog.Logger) (*Node, error) {
	if err := cfg.ValidateBasic(); err != nil {
		return nil, fmt.Errorf("consensus config: %w", err)
	}
	keyFile, stateFile := cfg.PrivValidatorKeyFile(), cfg.PrivValidatorStateFile()
	for _, f := range []string{keyFile, stateFile} {
		if _, err := os.Stat(f); err != nil {
			// privval.LoadFilePV exits the process on a missing file; fail
			// politely instead. A missing state file must not be recreated
			// silently: it is what prevents double signing after a restart.
			return nil, fmt.Errorf("validator key files: %w (run `mycel init`, or restore the file from backup: "+
				"never delete priv_validator_state.json of a validator that has signed)", err)
		}
	}
	pv := privval.LoadFilePV(keyFile, stateFile)
	nodeKey, err := p2p.LoadNodeKey(cfg.NodeKeyFile())
	if err != nil {
		return nil, fmt.Errorf("load node key %s: %w", cfg.NodeKeyFile(), err)
	}
	n, err := nm.NewNode(context.Background(), cfg, pv, nodeKey,
		proxy.NewLocalClientCreator(app),
		nm.DefaultGenesisDocProviderFunc(cfg),
		cmtcfg.DefaultDBProvider,
		nm.DefaultMetricsProvider(cfg.Instrumentation),
		NewCometLogger(logger.With("module", "cometbft")),
	)
	if err != nil {
		return nil, fmt.Errorf("create cometbft node: %w", err)
	}
	return &Node{comet: n, log: logger}, nil
}

// Start starts consensus (the handshake replays any blocks the ledger lacks).
func (n *Node) Start(context.Context) error { return n.comet.Start() }

// Stop stops consensus and waits for it.
func (n *Node) Stop(context.Context) error {
	if !n.comet.IsRunning() {
		return nil
	}
	if err := n.comet.Stop(); err != nil {
		return err
	}
	n.comet.Wait()
	return nil
}

// Comet exposes the CometBFT node (block store, consensus state, switch).
func (n *Node) Comet() *nm.Node { return n.comet }

// cometLogger adapts slog to CometBFT's logger. CometBFT's info level is
// chatty (every vote and part), so its Info goes to slog's Debug unless
// verbose is set.
type cometLogger struct {
	l       *slog.Logger
	verbose bool
}

// NewCometLogger returns a CometBFT logger writing to l.
func NewCometLogger(l *slog.Logger) cmtlog.Logger { return cometLogger{l: l} }

func (c cometLogger) Debug(msg string, kv ...any) { c.l.Debug(msg, kv...) }
func (c cometLogger) Info(msg string, kv ...any) {
	if c.verbose {
		c.l.Info(msg, kv...)
		return
	}
	c.l.Debug(msg, kv...)
}
func (c cometLogger) Error(msg string, kv ...any) { c.l.Error(msg, kv...) }
func (c cometLogger) With(kv ...any) cmtlog.Logger {
	return cometLogger{l: c.l.With(kv...), verbose: c.verbose}
}
