package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/autonomy"
	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// devnetAgent is one agent of `mycel devnet --agents`.
type devnetAgent struct {
	name   string
	policy string // written to HOME/agents/NAME/policy.toml when absent
}

// prepare makes the agent's directory HOME/agents/NAME, writes its policy
// there when absent (an edited one is kept) and loads it.
func (ag devnetAgent) prepare(home string) (dir, polFile string, pol *autonomy.Policy, err error) {
	dir = filepath.Join(home, "agents", ag.name)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", "", nil, err
	}
	polFile = filepath.Join(dir, "policy.toml")
	if _, err := os.Stat(polFile); errors.Is(err, fs.ErrNotExist) {
		if err := os.WriteFile(polFile, []byte(ag.policy), 0o600); err != nil {
			return "", "", nil, err
		}
	}
	pol, err = autonomy.LoadPolicy(polFile)
	return dir, polFile, pol, err
}

// devnetAgentPolicies are the story's agents: a recruiter that wants 6
// validators and two operators that start from a funded wallet. twin
// misconfigures the second operator to run its validator twice.
// hosts, when set, is the address of each operator's node (its own
// container's IP: mycel devnet-agent); empty keeps 127.0.0.1.
func devnetAgentPolicies(home string, validators, basePort int, twin bool, hosts ...string) []devnetAgent {
	rec := fmt.Sprintf(`# The recruiter: wants %d validators for its payments' safety; posts a
# bounty when there are fewer; its later bounties ask for the reputation
# the protocol recorded (slashes, uptime).
role = "recruiter"
interval = "2s"
[budget]
total_eth = "5"
per_bounty_eth = "1"
gas_per_hour_eth = "1"
[recruiter]
min_validators = %d
stop_after = "30m"
[recruiter.bounty]
reward_per_batch = "0.01"
seats = 2
kind = "agent"
duration = "5m"
[recruiter.next_bounty]
min_reputation = "0"
`, validators+2, validators+2)
	op := func(name string, port int, twin bool, host string) devnetAgent {
		p := fmt.Sprintf(`# An operator agent: from a funded wallet it creates its node home,
# registers an ERC-8004 identity and 32 ETH of stake, runs its validator,
# joins bounties that pay, and unbonds and stops its node when none does.
role = "operator"
interval = "2s"
[budget]
total_eth = "2"
gas_per_hour_eth = "1"
[operator]
cost_per_hour_eth = "0.001"
batches_per_hour = 60
max_stake_eth = "32"
register_stake_eth = "32"
min_time_left = "1m"
unbond_after = "20s"
name = "devnet operator agent %s"
[operator.node]
home = %q
create = true
base_port = %d
restart_backoff = "2s"
`, name, filepath.Join(home, "agents", name, "node"), port)
		if host != "" {
			p += fmt.Sprintf("host = %q\n", host)
		}
		if twin {
			p += "# FAULT INJECTION (mycel devnet --agents-twin): a second copy of the\n# validator with the same key; it double-signs and is slashed.\ntwin = true\n"
		}
		return devnetAgent{name: name, policy: p}
	}
	// Past the validators' ports (base+10i) and the standby's.
	base := basePort + 10*validators + 100
	host := func(i int) string {
		if i < len(hosts) {
			return hosts[i]
		}
		return ""
	}
	return []devnetAgent{{name: "recruiter", policy: rec}, op("operator-a", base, false, host(0)), op("operator-b", base+10, twin, host(1))}
}

// agentFunds is what each devnet agent's wallet gets from the dev chain.
var agentFunds = new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))

// runDevnetAgents runs the story's agents in this process until ctx ends,
// with a payments load so that batches close, and prints the timeline.
func runDevnetAgents(ctx context.Context, cmd *cobra.Command, d *devnet.Devnet, basePort int, twin bool, out io.Writer) error {
	if d.Chain == nil || d.L1 == nil {
		return errors.New("--agents needs the L1 chain (not --no-l1)")
	}
	o := &walletOpts{devnet: d.Home, timeout: time.Minute}
	cfg, err := o.config(cmd)
	if err != nil {
		return err
	}
	cfg.Progress = nil
	eth, err := ethclient.DialContext(ctx, cfg.L1)
	if err != nil {
		return err
	}
	defer eth.Close()
	tl := &timeline{start: time.Now(), out: out}
	tl.printf("devnet", "story: %d genesis validators; a recruiter that wants %d, two operator agents (decisions in %s)",
		len(d.Manifest.Nodes), len(d.Manifest.Nodes)+2, filepath.Join(d.Home, "agents"))
	var wg sync.WaitGroup
	errs := make(chan error, 3)
	for _, ag := range devnetAgentPolicies(d.Home, len(d.Manifest.Nodes), basePort, twin) {
		dir, polFile, pol, err := ag.prepare(d.Home)
		if err != nil {
			return err
		}
		key, fresh, err := devnetAgentKey(filepath.Join(dir, "l1_key.hex"))
		if err != nil {
			return err
		}
		addr := crypto.PubkeyToAddress(key.PublicKey)
		if fresh {
			if err := d.Chain.Fund(ctx, addr, agentFunds); err != nil {
				return fmt.Errorf("fund agent %s: %w", ag.name, err)
			}
		}
		c, err := agent.Dial(ctx, cfg, agent.Keys{L1: key, Address: addr})
		if err != nil {
			return fmt.Errorf("agent %s: %w", ag.name, err)
		}
		defer c.Close()
		f, err := os.OpenFile(filepath.Join(dir, "decisions.jsonl"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		defer f.Close()
		tl.printf(ag.name, "L1 wallet %s (policy %s)", addr, polFile)
		logFile, err := os.OpenFile(filepath.Join(dir, "agent.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
		if err != nil {
			return err
		}
		defer logFile.Close()
		wg.Add(1)
		go func() {
			defer wg.Done()
			w := io.MultiWriter(f, &timelineWriter{tl: tl, name: ag.name})
			if err := runAgent(ctx, pol, autonomy.ClientSDK{Client: c, Gas: eth}, cfg, w, logFile, nil); err != nil && ctx.Err() == nil {
				errs <- fmt.Errorf("agent %s: %w", ag.name, err)
			}
		}()
	}
	wg.Add(2)
	go func() { defer wg.Done(); tl.watchSet(ctx, d) }()
	go func() { defer wg.Done(); devnetPayments(ctx, d.Home, d.Manifest, cfg) }()
	defer wg.Wait()
	select {
	case <-ctx.Done():
		return nil
	case err := <-errs:
		return err
	}
}

// devnetAgentKey loads the agent's L1 key, or makes one (fresh: fund it).
func devnetAgentKey(path string) (*ecdsa.PrivateKey, bool, error) {
	raw, err := os.ReadFile(path)
	if err == nil {
		k, err := crypto.HexToECDSA(strings.TrimSpace(string(raw)))
		return k, false, err
	}
	if !errors.Is(err, fs.ErrNotExist) {
		return nil, false, err
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return nil, false, err
	}
	return k, true, os.WriteFile(path, []byte(hex.EncodeToString(crypto.FromECDSA(k))+"\n"), 0o600)
}

// timeline prints the story as it happens: +seconds, who, what.
type timeline struct {
	start time.Time
	mu    sync.Mutex
	out   io.Writer
}

func (t *timeline) printf(who, format string, args ...any) {
	t.mu.Lock()
	defer t.mu.Unlock()
	fmt.Fprintf(t.out, "%+8.1fs  %-10s %s\n", time.Since(t.start).Seconds(), who, fmt.Sprintf(format, args...))
}

// timelineWriter turns decision lines into timeline lines (waits and
// budget refusals stay in the decision file only).
type timelineWriter struct {
	tl   *timeline
	name string
	buf  []byte
}

func (w *timelineWriter) Write(p []byte) (int, error) {
	w.buf = append(w.buf, p...)
	for {
		i := bytes.IndexByte(w.buf, '\n')
		if i < 0 {
			return len(p), nil
		}
		var d autonomy.Decision
		if json.Unmarshal(w.buf[:i], &d) == nil && d.Kind != autonomy.KindWait && d.Kind != autonomy.KindRefused {
			text := d.Kind
			if d.Bounty != 0 {
				text += fmt.Sprintf(" bounty %d", d.Bounty)
			}
			text += ": " + d.Reason
			if d.L1Tx != "" {
				text += " (L1 " + d.L1Tx[:10] + "…)"
			}
			w.tl.printf(w.name, "%s", text)
		}
		w.buf = w.buf[i+1:]
	}
}

// watchSet prints the validator set's changes and each batch final on L1
// that a validator attests for the first time.
func (t *timeline) watchSet(ctx context.Context, d *devnet.Devnet) {
	c, err := rpc.DialContext(ctx, d.Manifest.RPC[0])
	if err != nil {
		return
	}
	defer c.Close()
	call := func(result any, method string, args ...any) error {
		cctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		return c.CallContext(cctx, result, method, args...)
	}
	var last string
	seen := map[common.Address]bool{}
	var scanned uint64
	everySecond(ctx, func() {
		var st consensus.RollupStatus
		if err := call(&st, "mycel_rollupStatus"); err != nil {
			return
		}
		var active []string
		for _, op := range st.ActiveOperators {
			if op.Power > 0 {
				active = append(active, op.Signer.Hex()[:10])
			}
		}
		if s := strings.Join(active, " "); s != last {
			t.printf("L2", "validator set: %d (%s) at epoch %d", len(active), s, st.Epoch)
			last = s
		}
		for ; scanned < st.L1NextBatch; scanned++ {
			var b node.BatchResult
			if err := call(&b, "mycel_getBatch", scanned); err != nil || b.L1 == nil || b.L1.FinalizeBlock == 0 {
				break
			}
			var fresh []string
			for _, s := range b.Signatures {
				if !seen[s.Signer] {
					seen[s.Signer] = true
					fresh = append(fresh, s.Signer.Hex()[:10])
				}
			}
			if len(fresh) > 0 && scanned > 0 {
				t.printf("L1", "batch %d final on L1, the first attested by %s", scanned, strings.Join(fresh, " "))
			}
		}
	})
}

// devnetPayments sends a small L2 payment every second between the
// devnet's test accounts, so that batches close (a batch needs a
// transaction) and the bounty has batches to pay for.
func devnetPayments(ctx context.Context, home string, man node.TestnetManifest, cfg agent.Config) {
	raw, err := os.ReadFile(filepath.Join(home, man.Account))
	if err != nil {
		return
	}
	var accts []node.TestAccount
	if json.Unmarshal(raw, &accts) != nil || len(accts) < 2 {
		return
	}
	k, err := accts[0].Key()
	if err != nil {
		return
	}
	c, err := agent.Dial(ctx, agent.Config{RPC: cfg.RPC, WS: "-"}, agent.Keys{L2: k, PubKey: k.Public()})
	if err != nil {
		return
	}
	defer c.Close()
	everySecond(ctx, func() {
		_, _, _ = c.Submit(ctx, func(from uint32, nonce uint64) (*ledger.Tx, error) {
			return agent.SignTransfer(k, c.ChainID(), from, accts[1].Index, 1, 10, nonce)
		})
	})
}

// everySecond runs f each second until ctx ends.
func everySecond(ctx context.Context, f func()) {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			f()
		}
	}
}
