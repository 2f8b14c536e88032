package consensus

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"strings"
	"sync"
	"time"

	cmtcfg "github.com/cometbft/cometbft/config"
	cmtjson "github.com/cometbft/cometbft/libs/json"
	cmtlog "github.com/cometbft/cometbft/libs/log"
	nm "github.com/cometbft/cometbft/node"
	"github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	"github.com/cometbft/cometbft/proxy"
)

// Comet is CometBFT running in-process around an App.
type Comet struct {
	comet    *nm.Node
	log      *slog.Logger
	stopOnce sync.Once
}

// NewComet builds (but does not start) a CometBFT node over app. cfg must
// have its root set to the node's home: the validator key, its double-sign
// protection state, the node key and the genesis are read from there.
func NewComet(cfg *cmtcfg.Config, app *App, logger *slog.Logger) (*Comet, error) {
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
	pv, err := LoadFilePV(keyFile, stateFile, true)
	if err != nil {
		return nil, err
	}
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
	return &Comet{comet: n, log: logger}, nil
}

// LoadFilePV loads a validator's key file (and, with withState, its
// double-sign protection state) as CometBFT's privval.LoadFilePV does, but
// returns an error for a missing, unreadable or malformed file instead of
// exiting the process as CometBFT does.
func LoadFilePV(keyFile, stateFile string, withState bool) (*privval.FilePV, error) {
	raw, err := os.ReadFile(keyFile)
	if err != nil {
		return nil, fmt.Errorf("validator key: %w", err)
	}
	var key privval.FilePVKey
	if err := cmtjson.Unmarshal(raw, &key); err != nil {
		return nil, fmt.Errorf("validator key %s: %w", keyFile, err)
	}
	if key.PrivKey == nil {
		return nil, fmt.Errorf("validator key %s: no priv_key", keyFile)
	}
	if withState {
		raw, err := os.ReadFile(stateFile)
		if err != nil {
			return nil, fmt.Errorf("validator sign state: %w (restore it from backup: never delete priv_validator_state.json of a validator that has signed)", err)
		}
		var st privval.FilePVLastSignState
		if err := cmtjson.Unmarshal(raw, &st); err != nil {
			return nil, fmt.Errorf("validator sign state %s: %w", stateFile, err)
		}
		// Both files parse: CometBFT's loader cannot exit on them now.
		return privval.LoadFilePV(keyFile, stateFile), nil
	}
	return privval.LoadFilePVEmptyState(keyFile, stateFile), nil
}

// Start starts consensus (the handshake replays any blocks the ledger lacks).
func (n *Comet) Start(context.Context) error { return n.comet.Start() }

// Stop stops consensus and waits for it, and releases what CometBFT's
// constructor opened (its databases, the event bus, the ABCI proxy
// connections) whether or not the node ever ran: a node whose Start failed
// (a port in use) or that was never started leaves nothing open, so its
// home can start again. Later calls do nothing.
// PeerQueryMaj23Sleep is the CometBFT consensus config's
// PeerQueryMaj23SleepDuration the node sets (node.CometConfig), and what
// Stop waits out.
const PeerQueryMaj23Sleep = 100 * time.Millisecond

func (n *Comet) Stop(context.Context) error {
	var err error
	n.stopOnce.Do(func() {
		if n.comet.IsRunning() {
			// CometBFT v1.0.1's node.OnStop closes the block store right
			// after stopping the switch, while a peer's maj23 routine can
			// still be inside an iteration that ends in a block store read
			// (up to three PeerQueryMaj23SleepDurations after it checked
			// the reactor runs): a "pebble: closed" panic. Stop the switch
			// first and let such an iteration finish.
			if sw := n.comet.Switch(); sw != nil && sw.IsRunning() {
				if serr := sw.Stop(); serr == nil {
					time.Sleep(4*PeerQueryMaj23Sleep + 100*time.Millisecond)
				}
			}
			if err = n.comet.Stop(); err == nil {
				n.comet.Wait()
			}
		} else {
			n.comet.OnStop() // what Stop would run: each service stops if it started, the stores close
		}
		// CometBFT's OnStop leaves the proxy app connections (and their
		// watchdog) running.
		if pa := n.comet.ProxyApp(); pa != nil && pa.IsRunning() {
			err = errors.Join(err, pa.Stop())
		}
	})
	return err
}

// CometBFT exposes the CometBFT node (block store, consensus state, switch).
func (n *Comet) CometBFT() *nm.Node { return n.comet }

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
func (c cometLogger) Error(msg string, kv ...any) {
	c.l.Log(context.Background(), cometErrorLevel(msg, kv), msg, kv...)
}

// cometBenignErrors are messages CometBFT logs as errors that are the
// network's ordinary churn, not this node's failure: a peer that went away
// or has nothing to send yet (every fresh network's blocksync), a dial to a
// peer that is down. They are logged as warnings, so that a healthy network
// logs no ERROR (and an operator's alert on ERROR lines means something).
var cometBenignErrors = map[string]slog.Level{
	"SendTimeout":                                    slog.LevelWarn, // blocksync: "peer did not send us anything"
	"Stopping peer for error":                        slog.LevelWarn, // a peer disconnected
	"failed to add block":                            slog.LevelWarn, // blocksync raced consensus for a block
	"Error dialing peer":                             slog.LevelWarn,
	"Error reconnecting to peer":                     slog.LevelWarn,
	"Failed to reconnect to peer":                    slog.LevelWarn,
	"Error stopping pool":                            slog.LevelDebug, // at shutdown: "already stopped"
	"Stopped accept routine, as transport is closed": slog.LevelInfo,  // at shutdown
	"Error closing switch":                           slog.LevelDebug, // Comet.Stop stopped it already
	"Won't start a peer - switch is not running":     slog.LevelInfo,  // at shutdown: a peer dialled in as the switch stopped
}

// cometErrorLevel is the slog level of a CometBFT error message.
func cometErrorLevel(msg string, _ []any) slog.Level {
	if l, ok := cometBenignErrors[msg]; ok {
		return l
	}
	for prefix, l := range cometBenignErrors {
		if strings.HasPrefix(msg, prefix) {
			return l
		}
	}
	return slog.LevelError
}
func (c cometLogger) With(kv ...any) cmtlog.Logger {
	return cometLogger{l: c.l.With(kv...), verbose: c.verbose}
}
