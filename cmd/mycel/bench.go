package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/internal/progress"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// benchResult is the JSON line `mycel bench` ends with.
type benchResult struct {
	TPS       float64 `json:"tps"`
	P50ms     float64 `json:"p50_ms"`
	P99ms     float64 `json:"p99_ms"`
	Sent      int     `json:"sent"`
	Committed int     `json:"committed"`
	// Uncommitted are accepted transactions (answered with a hash) that no
	// node reported committed by the end of the drain.
	Uncommitted int     `json:"uncommitted"`
	Errors      int     `json:"errors"`
	Offered     float64 `json:"offered_rate"`
	Duration    float64 `json:"duration_s"`
	Nodes       int     `json:"nodes"`
}

func newBenchCmd() *cobra.Command {
	var (
		duration time.Duration
		rate     float64
		workers  int
		batch    int
		drain    time.Duration
	)
	cmd := &cobra.Command{
		Use:   "bench",
		Short: "Load-generate signed transfers against a testnet and report throughput and latency",
		Long: `bench reads a testnet directory written by "mycel init --testnet N" (or a
single node home with accounts.json), pre-signs transfers between the funded
accounts, sends them to every node's JSON-RPC in turn at --rate per second
(0: as fast as the network takes them), watches committed blocks through the
newBlocks subscription of every node (a node that goes down is followed by
the others, and resubscribed when it is back), and ends with one JSON line:
{"tps", "p50_ms", "p99_ms", "sent", "committed", "uncommitted", "errors", ...}.
Latency is submit-to-commit: from the RPC call to the first block
notification. A sender whose node fails moves to the next node.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBench(cmd, homeFlag(cmd), duration, rate, workers, batch, drain)
		},
	}
	f := cmd.Flags()
	f.DurationVar(&duration, "duration", 20*time.Second, "how long to send")
	f.Float64Var(&rate, "rate", 0, "transfers per second to offer (0: as fast as possible)")
	f.IntVar(&workers, "workers", 8, "concurrent senders")
	f.IntVar(&batch, "batch", 20, "transactions per JSON-RPC batch request")
	f.DurationVar(&drain, "drain", 15*time.Second, "how long to wait for the last accepted transactions to commit")
	return cmd
}

type benchTarget struct {
	rpcURLs  []string
	accounts []node.TestAccount
	chainID  uint64
}

func loadBenchTarget(home string) (*benchTarget, error) {
	t := &benchTarget{}
	var acctFile string
	if raw, err := os.ReadFile(filepath.Join(home, "testnet.json")); err == nil {
		var man node.TestnetManifest
		if err := json.Unmarshal(raw, &man); err != nil {
			return nil, fmt.Errorf("testnet.json: %w", err)
		}
		t.rpcURLs, t.chainID, acctFile = man.RPC, man.ChainID, filepath.Join(home, man.Account)
	} else {
		cfg, err := node.LoadConfig(home, nil, nil)
		if err != nil {
			return nil, fmt.Errorf("%s is neither a testnet directory nor a node home: %w", home, err)
		}
		g, err := node.LoadGenesis(cfg.Path(node.GenesisFile))
		if err != nil {
			return nil, err
		}
		t.rpcURLs, t.chainID, acctFile = []string{"http://" + cfg.RPC.Listen}, g.ChainID, filepath.Join(home, "accounts.json")
	}
	raw, err := os.ReadFile(acctFile)
	if err != nil {
		return nil, fmt.Errorf("funded accounts: %w", err)
	}
	if err := json.Unmarshal(raw, &t.accounts); err != nil {
		return nil, fmt.Errorf("%s: %w", acctFile, err)
	}
	if len(t.accounts) < 2 {
		return nil, fmt.Errorf("%s: need at least 2 funded accounts", acctFile)
	}
	return t, nil
}

func runBench(cmd *cobra.Command, home string, duration time.Duration, rate float64, workers, batch int, drainFor time.Duration) error {
	ctx, cancel := context.WithCancel(cmd.Context())
	defer cancel()
	out := cmd.OutOrStdout()
	// On a terminal each phase is a live line (internal/progress); anywhere
	// else, log records every 10 seconds on stderr. stdout holds only the
	// result line.
	log := progress.NewLogger(cmd.ErrOrStderr(), nil)
	errOut := progress.Writer(log, cmd.ErrOrStderr())
	t, err := loadBenchTarget(home)
	if err != nil {
		return err
	}
	clients := make([]*rpc.Client, len(t.rpcURLs))
	for i, u := range t.rpcURLs {
		if clients[i], err = rpc.DialContext(ctx, u); err != nil {
			return fmt.Errorf("dial %s: %w", u, err)
		}
		defer clients[i].Close()
	}

	// Current nonces, then pre-sign: clients sign independently of the
	// network, so signing is kept out of the measured send loop.
	keys := make([]*ledger.PrivateKey, len(t.accounts))
	nonces := make([]uint64, len(t.accounts))
	for i, a := range t.accounts {
		if keys[i], err = a.Key(); err != nil {
			return err
		}
		var res node.AccountResult
		if err := clients[0].CallContext(ctx, &res, "mycel_getAccount", a.Index); err != nil {
			return fmt.Errorf("get account %d: %w", a.Index, err)
		}
		nonces[i] = res.Account.Nonce
	}
	total := int(rate * duration.Seconds())
	if rate <= 0 {
		total = int(3000 * duration.Seconds())
	}
	fmt.Fprintf(errOut, "bench: signing %d transfers over %d accounts, %d nodes\n", total, len(keys), len(clients))
	signing := progress.Start(log, "bench: sign", progress.Total(int64(total), "transfers"))
	type item struct {
		raw  hexutil.Bytes
		hash common.Hash
	}
	txs := make([]item, total)
	var wg sync.WaitGroup
	var signErr atomic.Value
	per := (total + 1) / 2
	for w := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w * per; i < min(total, (w+1)*per); i++ {
				// Round-robin over accounts; each account's nonces stay in order
				// because tx i uses account i%n and nonce base + i/n.
				a := i % len(keys)
				to := t.accounts[(a+1)%len(keys)].Index
				tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: t.chainID, From: t.accounts[a].Index, To: to,
					Amount: 1, Fee: 1, Nonce: nonces[a] + uint64(i/len(keys))}
				if err := tx.Sign(keys[a]); err != nil {
					signErr.Store(err)
					return
				}
				txs[i] = item{raw: tx.Encode(), hash: tx.Hash()}
				signing.Add(1)
			}
		}()
	}
	wg.Wait()
	signing.Done()
	if e, ok := signErr.Load().(error); ok {
		return e
	}

	var (
		mu         sync.Mutex
		sentAt     = make(map[common.Hash]time.Time, total)
		latencies  []time.Duration
		lastCommit time.Time
	)
	blocks := make(chan node.NewBlockHeader, 4096)
	first := make(chan error, len(t.rpcURLs))
	var subs sync.WaitGroup
	for _, u := range t.rpcURLs {
		subs.Add(1)
		go func() {
			defer subs.Done()
			followBlocks(ctx, strings.Replace(u, "http://", "ws://", 1)+"/ws", blocks, first)
		}()
	}
	defer subs.Wait()
	defer cancel()
	// At least one node must answer before the run starts.
	var subErr error
	for range t.rpcURLs {
		if subErr = <-first; subErr == nil {
			break
		}
	}
	if subErr != nil {
		return fmt.Errorf("subscribe newBlocks on every node: %w", subErr)
	}
	// Paced (--rate), the count to send says what is left; unpaced, the
	// duration does.
	sendOpts := []progress.Option{progress.Expect(duration)}
	if rate > 0 {
		sendOpts = append(sendOpts, progress.Total(int64(total), "transfers"))
	}
	sending := progress.Start(log, "bench: send", sendOpts...)
	defer sending.Done() // on an early return; a no-op after the send phase's Done
	var committed atomic.Int64
	go func() {
		for {
			select {
			case b := <-blocks:
				now := time.Now()
				mu.Lock()
				for _, h := range b.TxHashes {
					if at, ok := sentAt[h]; ok {
						latencies = append(latencies, now.Sub(at))
						delete(sentAt, h)
						lastCommit = now
					}
				}
				n := len(latencies)
				mu.Unlock()
				if int64(n) != committed.Swap(int64(n)) {
					sending.Note(fmt.Sprintf("%d committed", n))
				}
			case <-ctx.Done():
				return
			}
		}
	}()

	var sent, errs atomic.Int64
	var next atomic.Int64
	start := time.Now()
	deadline := start.Add(duration)
	var interval time.Duration
	if rate > 0 {
		interval = time.Duration(float64(time.Second) * float64(batch) / rate)
	}
	var firstErr atomic.Value
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ci := w % len(clients)
			for {
				c := clients[ci]
				i := int(next.Add(int64(batch))) - batch
				if i >= total || time.Now().After(deadline) {
					return
				}
				if rate > 0 {
					// Batch k is due at start + k*interval.
					if d := time.Until(start.Add(time.Duration(i/batch) * interval)); d > 0 {
						time.Sleep(d)
					}
				}
				end := min(i+batch, total)
				reqs := make([]rpc.BatchElem, 0, end-i)
				results := make([]common.Hash, end-i)
				now := time.Now()
				mu.Lock()
				for j := i; j < end; j++ {
					sentAt[txs[j].hash] = now
				}
				mu.Unlock()
				for j := i; j < end; j++ {
					reqs = append(reqs, rpc.BatchElem{Method: "mycel_sendRawTransaction", Args: []any{txs[j].raw}, Result: &results[j-i]})
				}
				// A node that does not answer (down) did not accept the batch:
				// send it to the next node, as a client must, or the
				// accounts' later nonces wait behind it forever.
				err := c.BatchCallContext(ctx, reqs)
				sending.Add(int64(len(reqs)))
				for try := 1; err != nil && try < len(clients) && ctx.Err() == nil; try++ {
					ci = (ci + 1) % len(clients)
					c = clients[ci]
					err = c.BatchCallContext(ctx, reqs)
				}
				if err != nil {
					errs.Add(int64(len(reqs)))
					firstErr.CompareAndSwap(nil, err)
					mu.Lock()
					for j := i; j < end; j++ {
						delete(sentAt, txs[j].hash)
					}
					mu.Unlock()
					continue
				}
				for j, r := range reqs {
					// A retry after a node died mid-request finds what that
					// node accepted and gossiped: accepted all the same.
					if r.Error != nil && !strings.Contains(r.Error.Error(), "already in the mempool") {
						errs.Add(1)
						firstErr.CompareAndSwap(nil, r.Error)
						mu.Lock()
						delete(sentAt, txs[i+j].hash)
						mu.Unlock()
						continue
					}
					sent.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	sendEnd := time.Now()
	sending.Done()
	// Let the last transactions commit.
	draining := progress.Start(log, "bench: wait for commits", progress.Expect(drainFor))
	drain := time.Now().Add(drainFor)
	for time.Now().Before(drain) {
		mu.Lock()
		left := len(sentAt)
		mu.Unlock()
		if left == 0 {
			break
		}
		draining.Note(fmt.Sprintf("%d uncommitted", left))
		time.Sleep(50 * time.Millisecond)
	}
	draining.Done()
	mu.Lock()
	defer mu.Unlock()
	if e, ok := firstErr.Load().(error); ok {
		fmt.Fprintf(errOut, "bench: first error: %v\n", e)
	}
	res := benchResult{Sent: int(sent.Load()), Committed: len(latencies), Uncommitted: len(sentAt), Errors: int(errs.Load()),
		Duration: sendEnd.Sub(start).Seconds(), Nodes: len(clients), Offered: rate}
	if len(latencies) > 0 {
		span := lastCommit.Sub(start).Seconds()
		res.TPS = float64(len(latencies)) / span
		slices.Sort(latencies)
		res.P50ms = float64(latencies[len(latencies)/2].Microseconds()) / 1000
		res.P99ms = float64(latencies[min(len(latencies)-1, len(latencies)*99/100)].Microseconds()) / 1000
	}
	line, _ := json.Marshal(res)
	fmt.Fprintln(out, string(line))
	if res.Committed == 0 {
		return errors.New("bench: nothing committed")
	}
	return nil
}

// followBlocks keeps a newBlocks subscription to one node for as long as
// ctx lives: when the node goes away it dials again (every half second),
// so a bench survives its nodes being killed and restarted. The first
// outcome (subscribed, or the first dial's error) goes to first.
func followBlocks(ctx context.Context, wsURL string, out chan<- node.NewBlockHeader, first chan<- error) {
	reported := false
	report := func(err error) {
		if !reported {
			reported = true
			first <- err
		}
	}
	for ctx.Err() == nil {
		func() {
			c, err := rpc.DialContext(ctx, wsURL)
			if err != nil {
				report(err)
				return
			}
			defer c.Close()
			ch := make(chan node.NewBlockHeader, 1024)
			sub, err := c.Subscribe(ctx, "mycel", ch, "newBlocks")
			if err != nil {
				report(err)
				return
			}
			defer sub.Unsubscribe()
			report(nil)
			for {
				select {
				case b := <-ch:
					select {
					case out <- b:
					case <-ctx.Done():
						return
					}
				case <-sub.Err():
					return
				case <-ctx.Done():
					return
				}
			}
		}()
		select {
		case <-ctx.Done():
		case <-time.After(500 * time.Millisecond):
		}
	}
}
