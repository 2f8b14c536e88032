package devnet

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
	"github.com/mycel-network/mycel/prover"
)

// BenchmarkRollupPipeline measures, on the rollup devnet (4 validators and
// an L1 dev chain with 1-second blocks, all on this machine), the latency
// of a transfer to soft confirmation (its L2 block commits), to its batch's
// commitBatch on L1, and to its batch's proof verified on L1, and the L1
// gas per transaction (commitBatch and proveBatch, calldata included; a
// proveBatches transaction's gas shared among the batches it finalizes).
// soft_proving_p50_ms and soft_proving_p99_ms are the soft confirmations
// of the transfers sent while node0's prover queue held a batch (the
// prover was proving): what proving costs the validators it shares the
// machine with.
//
// The prover runs as `mycel devnet` runs it, a separate process at nice
// devnet.ProverNice (this test binary as `mycel prover`, TestMain);
// MYCEL_BENCH_PROVER=inprocess proves inside the devnet's process instead.
//
// Both sizes prove for real with the INSECURE dev keys and the matching
// dev verifier on L1 (the dev setup is not timed: about 70 s for 8 slots,
// about 6-10 minutes and 4 GiB for 64). scripts/bench-rollup64.sh keeps
// the 64-slot keys in a directory between runs (MYCEL_BENCH_KEYS64) and
// runs slots=64 at one batch per minute. MYCEL_BENCH_BATCHES (default 6)
// and MYCEL_BENCH_BATCH_EVERY (default 1s: a batch's worth of transfers
// offered per interval) set the load. MYCEL_BENCH_PROOF_GATHER sets
// node0's l1.proof_gather (default 0): proofs then wait up to that long
// to share one proveBatches transaction (batches/prove_tx; ADR 025).
// MYCEL_BENCH_L1_BLOCK sets the L1 block time (default 1s; 12s is
// mainnet's, behind which certified batches queue and are committed
// several per commitBatches transaction: batches/commit_tx, ADR 026).
// MYCEL_BENCH_COMMIT_GATHER sets every node's l1.commit_gather (default
// 0; the devnet's poster fallback follows it): a due batch waits up to
// that long for the next certified batches to share its commitBatches.
// MYCEL_BENCH_BATCHES_PER_TX sets l1.commits_per_tx and l1.proofs_per_tx
// (default: the node's, 8).
// MYCEL_BENCH_BATCH_MAX_AGE sets batch_max_age_ms (default 2s) and lifts
// batch_max_blocks, so that large batches close when full rather than by
// age or block count.
// Run with -benchtime 1x:
//
//	go test ./devnet -run '^$' -bench RollupPipeline -benchtime 1x -timeout 60m
//
// 20 transfers/s on 8-slot batches (the prover falls behind, and is busy
// from the first batch on):
//
//	MYCEL_BENCH_BATCH_EVERY=400ms MYCEL_BENCH_BATCHES=25 go test ./devnet -run '^$' \
//	    -bench 'RollupPipeline/slots=8$' -benchtime 1x -timeout 30m
//
// Other sizes: MYCEL_BENCH_SLOTS=N with MYCEL_BENCH_KEYS=DIR, dev keys of
// the N-slot, depth-24 circuit (`mycel prover setup --insecure-dev
// --slots N --depth 24 --out DIR`, or BenchmarkSetupProve's cache): the
// devnet deploys their exported verifier, compiled with solc (SOLC or
// ../../shared/tools/solc), and runs slots=N:
//
//	MYCEL_BENCH_SLOTS=256 MYCEL_BENCH_KEYS=~/.cache/mycel-prover-test/batch-256x24 \
//	    MYCEL_BENCH_BATCHES=4 go test ./devnet -run '^$' -bench 'RollupPipeline/slots=256$' -benchtime 1x -timeout 90m
func BenchmarkRollupPipeline(b *testing.B) {
	sizes := []int{8, 64}
	if v := os.Getenv("MYCEL_BENCH_SLOTS"); v != "" {
		var n int
		if _, err := fmt.Sscan(v, &n); err != nil || n < 1 {
			b.Fatalf("MYCEL_BENCH_SLOTS=%q: want a slot count", v)
		}
		sizes = []int{n}
	}
	for _, slots := range sizes {
		b.Run(fmt.Sprintf("slots=%d", slots), func(b *testing.B) {
			for range b.N {
				benchPipeline(b, slots)
			}
		})
	}
}

func benchPipeline(b *testing.B, slots int) {
	home := b.TempDir()
	cfg := DefaultConfig(home)
	cfg.Init.BasePort = testutil.FreePortBase(b, 4)
	cfg.Init.Accounts = 32
	cfg.L1.HTTPAddr = "127.0.0.1:0"
	cfg.L1.BatchSlots = slots
	// Both sizes prove for real with the dev keys, verified on L1 by their
	// dev verifier (BatchVerifier.sol, BatchVerifier64.sol).
	if keys := os.Getenv("MYCEL_BENCH_KEYS64"); slots == 64 && keys != "" {
		cfg.L1.ProverKeys = keys
	}
	if slots != 8 && slots != 64 {
		keys, solc := os.Getenv("MYCEL_BENCH_KEYS"), solcPath()
		if keys == "" || solc == "" {
			b.Fatalf("slots=%d needs MYCEL_BENCH_KEYS (its dev keys) and solc (SOLC)", slots)
		}
		k, err := prover.LoadKeys(keys, prover.Params{Slots: slots, Depth: cfg.Init.Depth}, false, nil)
		if err != nil {
			b.Fatal(err)
		}
		cfg.L1.VerifierBin, cfg.L1.ProverKeys = compileVerifier(b, solc, k), keys
	}
	nBatches := 6
	if v := os.Getenv("MYCEL_BENCH_BATCHES"); v != "" {
		fmt.Sscan(v, &nBatches)
	}
	every := time.Second
	if v := os.Getenv("MYCEL_BENCH_BATCH_EVERY"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		every = d
	}
	if v := os.Getenv("MYCEL_BENCH_L1_BLOCK"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		cfg.L1.BlockPeriod = d // e.g. 12s, mainnet's: commits queue and go out in runs (ADR 026)
	}
	if v := os.Getenv("MYCEL_BENCH_COMMIT_GATHER"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		cfg.L1.CommitGather = d // the devnet's poster fallback stays above it
	}
	if v := os.Getenv("MYCEL_BENCH_BATCHES_PER_TX"); v != "" {
		var k int
		if _, err := fmt.Sscan(v, &k); err != nil || k < 1 {
			b.Fatalf("MYCEL_BENCH_BATCHES_PER_TX=%q: want a batch count", v)
		}
		cfg.L1.CommitsPerTx, cfg.L1.ProofsPerTx = k, k
	}
	if v := os.Getenv("MYCEL_BENCH_BATCH_MAX_AGE"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		cfg.L1.BatchMaxAge = d // batches close when full, not by age, under a slower load
		// Nor by block count: it runs from the previous batch's last block
		// (consensus.L1Params.BatchMaxBlocks), and the first transfer comes
		// after minutes of key loading, so the first batch would close at
		// its first block with one transfer.
		cfg.L1.BatchMaxBlocks = 1 << 20
	}
	if v := os.Getenv("MYCEL_BENCH_PROOF_GATHER"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		cfg.L1.ProofGather = d
	}
	switch mode := os.Getenv("MYCEL_BENCH_PROVER"); mode {
	case "", "process":
		if cfg.L1.Prover {
			exe, err := os.Executable()
			if err != nil {
				b.Fatal(err)
			}
			cfg.ProverBin = exe
		}
	case "inprocess":
	default:
		b.Fatalf("MYCEL_BENCH_PROVER=%q: want process or inprocess", mode)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	// A one-core prover takes about 0.4 s per slot (ADR 022: 113 s at 256
	// slots on 2 cores, niced under 4 validators here): a second per slot
	// and offered batch on top of 20 minutes.
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute+time.Duration(nBatches*slots)*time.Second)
	defer cancel()
	d, err := start(ctx, cfg, log)
	if err != nil {
		b.Fatal(err)
	}
	defer d.Stop(context.Background())
	eth := d.Chain.Client()
	dep := d.L1.Deployment
	rollup := bindings.NewRollup()
	ws, err := rpc.Dial(wsURL(d.Manifest.RPC[0]) + "/ws")
	if err != nil {
		b.Fatal(err)
	}
	defer ws.Close()
	c, err := rpc.Dial(d.Manifest.RPC[1])
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()

	if cfg.L1.Prover {
		// Wait for the prover to load its keys (its metrics appear then):
		// proofs, not key loading, are measured.
		waitFor(b, ctx, "the prover's keys", func() bool {
			resp, err := http.Get(d.ProverMetrics())
			if err != nil {
				return false
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			return strings.Contains(string(body), "mycel_prover_batches_proven_total")
		})
	}

	// Block arrival times on node0.
	var mu sync.Mutex
	blockAt := map[uint64]time.Time{}
	blocks := make(chan map[string]any, 1024)
	sub, err := ws.Subscribe(ctx, "mycel", blocks, "newBlocks")
	if err != nil {
		b.Fatal(err)
	}
	defer sub.Unsubscribe()
	go func() {
		for ev := range blocks {
			if h, ok := ev["height"].(string); ok {
				n, _ := hexutil.DecodeUint64(h)
				mu.Lock()
				blockAt[n] = time.Now()
				mu.Unlock()
			}
		}
	}()
	// L1 commit and finality times per batch index.
	committedAt, finalizedAt := map[uint64]time.Time{}, map[uint64]time.Time{}
	pollCtx, stopPoll := context.WithCancel(ctx)
	defer stopPoll()
	// Whether node0's prover queue holds a batch (the prover is proving).
	var proving atomic.Bool
	go func() {
		for pollCtx.Err() == nil {
			if q, ok := scrapeGauge(d.Manifest.RPC[0]+"/metrics", "mycel_prover_queued_batches"); ok {
				proving.Store(q > 0)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()
	go func() {
		var nc, nf uint64
		for pollCtx.Err() == nil {
			if out, err := eth.CallContract(pollCtx, ethereum.CallMsg{To: &dep.Rollup, Data: rollup.PackNextBatchIndex()}, nil); err == nil {
				n, _ := rollup.UnpackNextBatchIndex(out)
				mu.Lock()
				for ; nc < n; nc++ {
					committedAt[nc] = time.Now()
				}
				mu.Unlock()
			}
			if out, err := eth.CallContract(pollCtx, ethereum.CallMsg{To: &dep.Rollup, Data: rollup.PackFinalizedCount()}, nil); err == nil {
				n, _ := rollup.UnpackFinalizedCount(out)
				mu.Lock()
				for ; nf < n; nf++ {
					finalizedAt[nf] = time.Now()
				}
				mu.Unlock()
			}
			time.Sleep(100 * time.Millisecond)
		}
	}()

	var accts []node.TestAccount
	raw, _ := os.ReadFile(filepath.Join(home, "accounts.json"))
	if err := json.Unmarshal(raw, &accts); err != nil {
		b.Fatal(err)
	}
	// Offer a batch's worth of transfers per interval.
	total := nBatches * slots
	type sent struct {
		hash    common.Hash
		at      time.Time
		proving bool
	}
	var txs []sent
	nonces := make([]uint64, len(accts))
	tick := time.NewTicker(every / time.Duration(slots))
	for i := range total {
		<-tick.C
		a := i % len(accts)
		k, _ := accts[a].Key()
		tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: d.Manifest.ChainID, From: accts[a].Index, To: accts[(a+1)%len(accts)].Index, Amount: 1, Fee: 1, Nonce: nonces[a]}
		nonces[a]++
		if err := tx.Sign(k); err != nil {
			b.Fatal(err)
		}
		var h common.Hash
		at := time.Now()
		if err := c.Call(&h, "mycel_sendRawTransaction", hexutil.Bytes(tx.Encode())); err != nil {
			b.Fatal(err)
		}
		txs = append(txs, sent{h, at, proving.Load()})
	}
	tick.Stop()

	// Each transfer's block, then its batch.
	heights := make([]uint64, len(txs))
	for i, s := range txs {
		waitFor(b, ctx, "receipt", func() bool {
			var r *node.Receipt
			if err := c.Call(&r, "mycel_getTransactionReceipt", s.hash); err != nil || r == nil || r.Status != "committed" {
				return false
			}
			heights[i] = uint64(*r.Height)
			return true
		})
	}
	var batches []node.BatchResult
	last := heights[len(heights)-1]
	waitFor(b, ctx, "the last batch", func() bool {
		for i := uint64(len(batches)); ; i++ {
			var br node.BatchResult
			if err := c.Call(&br, "mycel_getBatch", i); err != nil {
				return false
			}
			if !br.Certified {
				return false
			}
			batches = append(batches, br)
			if br.Header.LastBlock >= last {
				return true
			}
		}
	})
	batchOf := func(h uint64) uint64 {
		for _, br := range batches {
			if br.Header.FirstBlock <= h && h <= br.Header.LastBlock {
				return br.Index
			}
		}
		b.Fatalf("no batch holds block %d", h)
		return 0
	}
	lastBatch := batches[len(batches)-1].Index
	done := func(m map[uint64]time.Time) func() bool {
		return func() bool { mu.Lock(); defer mu.Unlock(); _, ok := m[lastBatch]; return ok }
	}
	waitFor(b, ctx, "the L1 commits", done(committedAt))
	if cfg.L1.Prover {
		waitFor(b, ctx, "the L1 proofs", done(finalizedAt))
	}
	stopPoll()

	var soft, softProving, commit, final []float64
	mu.Lock()
	for i, s := range txs {
		soft = append(soft, blockAt[heights[i]].Sub(s.at).Seconds())
		if s.proving {
			softProving = append(softProving, blockAt[heights[i]].Sub(s.at).Seconds())
		}
		bi := batchOf(heights[i])
		commit = append(commit, committedAt[bi].Sub(s.at).Seconds())
		if t, ok := finalizedAt[bi]; ok {
			final = append(final, t.Sub(s.at).Seconds())
		}
	}
	mu.Unlock()

	// Gas: every commitBatch and proveBatch(es) of the batches the
	// transfers used (their events' transactions).
	var txCount int
	for _, br := range batches {
		txCount += len(br.PubData) / ledger.PubDataChunkSize
	}
	logs, err := eth.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{dep.Rollup}})
	if err != nil {
		b.Fatal(err)
	}
	// A proveBatches transaction finalizes several batches (ADR 025), a
	// commitBatches transaction commits several (ADR 026): its gas is
	// shared by its batches, and the benchmark's batches take their
	// share.
	committedEv := rollup.GetABI().Events["BatchCommitted"].ID
	finalizedEv := rollup.GetABI().Events["BatchFinalized"].ID
	type txBatches struct{ in, all uint64 }
	commitTxs, proveTxs := map[common.Hash]*txBatches{}, map[common.Hash]*txBatches{}
	for _, l := range logs {
		if len(l.Topics) < 2 || (l.Topics[0] != committedEv && l.Topics[0] != finalizedEv) {
			continue
		}
		m := commitTxs
		if l.Topics[0] == finalizedEv {
			m = proveTxs
		}
		tb := m[l.TxHash]
		if tb == nil {
			tb = &txBatches{}
			m[l.TxHash] = tb
		}
		tb.all++
		if idx := new(big.Int).SetBytes(l.Topics[1][:]).Uint64(); idx >= batches[0].Index && idx <= lastBatch {
			tb.in++
		}
	}
	share := func(m map[common.Hash]*txBatches) (gas, batchCount uint64, txs int) {
		for h, tb := range m {
			if tb.in == 0 {
				continue
			}
			r, err := eth.TransactionReceipt(ctx, h)
			if err != nil {
				b.Fatal(err)
			}
			gas += r.GasUsed * tb.in / tb.all
			batchCount += tb.in
			txs++
		}
		return gas, batchCount, txs
	}
	commitGas, committed, commitTxCount := share(commitTxs)
	proveGas, proven, proveTxCount := share(proveTxs)
	b.ReportMetric(pct(soft, 50)*1000, "soft_p50_ms")
	b.ReportMetric(pct(soft, 99)*1000, "soft_p99_ms")
	if len(softProving) > 0 {
		b.ReportMetric(pct(softProving, 50)*1000, "soft_proving_p50_ms")
		b.ReportMetric(pct(softProving, 99)*1000, "soft_proving_p99_ms")
	}
	b.ReportMetric(pct(commit, 50), "l1commit_p50_s")
	b.ReportMetric(pct(commit, 99), "l1commit_p99_s")
	if len(final) > 0 {
		b.ReportMetric(pct(final, 50), "l1final_p50_s")
		b.ReportMetric(pct(final, 99), "l1final_p99_s")
	}
	b.ReportMetric(float64(commitGas)/float64(txCount), "commit_gas/tx")
	if proveGas > 0 {
		b.ReportMetric(float64(proveGas)/float64(txCount), "prove_gas/tx")
		b.ReportMetric(float64(proven)/float64(proveTxCount), "batches/prove_tx")
	}
	if commitTxCount > 0 {
		b.ReportMetric(float64(committed)/float64(commitTxCount), "batches/commit_tx") // commitBatches runs (ADR 026)
	}
	b.ReportMetric(float64(txCount)/float64(len(batches)), "tx/batch")
	prov := "none"
	if cfg.L1.Prover {
		prov = "in process"
		if cfg.ProverBin != "" {
			prov = fmt.Sprintf("a process at nice %d", ProverNice)
		}
	}
	b.Logf("slots=%d: %d transfers in %d batches (%d-%d), %d sent while proving (prover: %s); commitBatch %d gas, proveBatch %d gas in all",
		slots, len(txs), len(batches), batches[0].Index, lastBatch, len(softProving), prov, commitGas, proveGas)
}

// scrapeGauge reads one unlabelled gauge from a Prometheus text endpoint.
func scrapeGauge(url, name string) (float64, bool) {
	resp, err := http.Get(url)
	if err != nil {
		return 0, false
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(body), "\n") {
		if rest, ok := strings.CutPrefix(line, name+" "); ok {
			var v float64
			if _, err := fmt.Sscan(rest, &v); err == nil {
				return v, true
			}
		}
	}
	return 0, false
}

func pct(v []float64, p int) float64 {
	if len(v) == 0 {
		return 0
	}
	s := append([]float64{}, v...)
	sort.Float64s(s)
	i := (len(s) - 1) * p / 100
	return s[i]
}
