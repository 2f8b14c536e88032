package devnet

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/mycel-network/mycel/node"
	"github.com/mycel-network/mycel/prover"
)

// ProverNice is the nice value of the devnet's prover process
// (Config.ProverBin): the lowest priority, so that the validators sharing
// the machine take the CPU whenever they need it and proving runs in what
// is left. A proof has half an hour (the proof window); a soft
// confirmation is wanted in a fraction of a second.
const ProverNice = 19

// proverStopGrace is how long Stop waits for the prover process to exit
// after SIGTERM before it kills it.
const proverStopGrace = 10 * time.Second

// proverChild runs `bin prover --node ...` against node0's prover API and
// keeps it running (restarted with a backoff when it exits) until Stop.
type proverChild struct {
	bin     string
	args    []string
	keys    string        // node0's key directory: the child starts once it holds keys
	want    prover.Params // the circuit of node0's genesis
	logPath string
	metrics string // the child's Prometheus URL
	log     *slog.Logger

	cancel context.CancelFunc
	done   chan struct{}

	mu  sync.Mutex
	pid int
}

// proverAPIPort and proverMetricsPort are node0's prover API and the
// prover process's metrics, in node0's block of ports (consensus at base,
// RPC at base+1, libp2p at base+2).
const (
	proverAPIOffset     = 4 // from node0's RPC port: base+5
	proverMetricsOffset = 5 // base+6
)

// configureProver sets node0's prover for the mode cfg asks for: with
// ProverBin, no local workers and the prover API on 127.0.0.1 for the
// prover process; without, one local worker and no API (the in-process
// prover). A devnet resumed in the other mode switches. It returns the
// prover process to start after the validators, or nil.
func (d *Devnet) configureProver() (*proverChild, error) {
	if len(d.Manifest.Nodes) == 0 {
		return nil, nil
	}
	home := filepath.Join(d.Home, d.Manifest.Nodes[0])
	c, err := node.LoadConfig(home, nil, nil)
	if err != nil {
		return nil, err
	}
	if !c.Prover.Enabled {
		return nil, nil
	}
	if d.cfg.ProverBin == "" {
		if c.Prover.Workers == 0 {
			c.Prover.Workers, c.Prover.APIListen = 1, ""
			return nil, c.Write()
		}
		return nil, nil
	}
	_, port, err := net.SplitHostPort(c.RPC.Listen)
	if err != nil {
		return nil, fmt.Errorf("devnet: node0 rpc.listen %q: %w", c.RPC.Listen, err)
	}
	rpcPort, err := strconv.Atoi(port)
	if err != nil {
		return nil, fmt.Errorf("devnet: node0 rpc.listen %q: %w", c.RPC.Listen, err)
	}
	if c.Prover.Workers != 0 || c.Prover.APIListen == "" {
		c.Prover.Workers = 0
		if c.Prover.APIListen == "" {
			c.Prover.APIListen = net.JoinHostPort("127.0.0.1", strconv.Itoa(rpcPort+proverAPIOffset))
		}
		if err := c.Write(); err != nil {
			return nil, err
		}
	}
	g, err := node.LoadAppGenesis(c.Path(node.GenesisFile))
	if err != nil {
		return nil, err
	}
	if g.L1 == nil {
		return nil, errors.New("devnet: node0 has a prover but its genesis no L1 parameters")
	}
	dir := filepath.Join(d.Home, "prover")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	want := prover.Params{Slots: g.L1.BatchSlots, Depth: g.Genesis.Depth}
	metrics := net.JoinHostPort("127.0.0.1", strconv.Itoa(rpcPort+proverMetricsOffset))
	return &proverChild{
		bin: d.cfg.ProverBin,
		args: []string{"prover", "--node", "http://" + c.Prover.APIListen,
			"--jwt-secret", c.Path(c.Prover.APIJWTSecretFile), "--keys", c.Path(c.Prover.KeysDir),
			"--slots", strconv.Itoa(want.Slots), "--depth", strconv.Itoa(want.Depth),
			"--proofs", filepath.Join(dir, "proofs"), "--workers", "1", "--metrics", metrics},
		keys: c.Path(c.Prover.KeysDir), want: want, logPath: filepath.Join(dir, "prover.log"),
		metrics: "http://" + metrics + "/metrics", log: d.log.With("part", "prover process"),
	}, nil
}

// start runs the supervisor until stop.
func (p *proverChild) start() {
	ctx, cancel := context.WithCancel(context.Background())
	p.cancel, p.done = cancel, make(chan struct{})
	go func() {
		defer close(p.done)
		p.supervise(ctx)
	}()
}

// stop ends the prover process (SIGTERM, then SIGKILL after
// proverStopGrace) and waits for it.
func (p *proverChild) stop(ctx context.Context) error {
	p.cancel()
	select {
	case <-p.done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("devnet: prover process (pid %d) not stopped: %w", p.PID(), ctx.Err())
	}
}

// PID is the running prover process's id, 0 when none runs.
func (p *proverChild) PID() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.pid
}

func (p *proverChild) setPID(pid int) {
	p.mu.Lock()
	p.pid = pid
	p.mu.Unlock()
}

// supervise waits for node0's keys (node0 creates the dev keys on its first
// start: a few minutes), then runs the prover process, and runs it again
// when it exits, with a backoff from 1 to 30 seconds.
func (p *proverChild) supervise(ctx context.Context) {
	backoff := time.Second
	for {
		if !p.waitKeys(ctx) {
			return
		}
		started := time.Now()
		err := p.runOnce(ctx)
		if ctx.Err() != nil {
			return
		}
		if time.Since(started) > time.Minute {
			backoff = time.Second
		}
		p.log.Warn("devnet: the prover process exited; starting it again", "err", err, "in", backoff, "log", p.logPath)
		select {
		case <-ctx.Done():
			return
		case <-time.After(backoff):
		}
		backoff = min(2*backoff, 30*time.Second)
	}
}

// waitKeys waits until node0's key directory holds complete keys of this
// build's circuit for node0's genesis; false when ctx ends first.
func (p *proverChild) waitKeys(ctx context.Context) bool {
	for {
		if m, err := prover.ReadManifest(p.keys); err == nil && m.Version == prover.CircuitVersion && m.Params == p.want {
			return true
		}
		select {
		case <-ctx.Done():
			return false
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// runOnce starts the prover process at nice ProverNice and waits for it to
// exit, or ends it when ctx ends.
func (p *proverChild) runOnce(ctx context.Context) error {
	logFile, err := os.OpenFile(p.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer logFile.Close()
	cmd := exec.Command(p.bin, p.args...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = childProcAttr()
	started, exited := make(chan error, 1), make(chan error, 1)
	go startLowPriority(cmd, ProverNice, started, exited)
	if err := <-started; err != nil {
		return fmt.Errorf("start %s: %w", p.bin, err)
	}
	pid := cmd.Process.Pid
	p.setPID(pid)
	defer p.setPID(0)
	p.log.Info("devnet: prover process started", "pid", pid, "nice", ProverNice, "log", p.logPath, "metrics", p.metrics)
	select {
	case err := <-exited:
		if err == nil {
			err = errors.New("exited with status 0")
		}
		return err
	case <-ctx.Done():
	}
	_ = cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-exited:
	case <-time.After(proverStopGrace):
		p.log.Warn("devnet: the prover process ignored SIGTERM; killing it", "pid", pid)
		_ = cmd.Process.Kill()
		<-exited
	}
	return ctx.Err()
}
