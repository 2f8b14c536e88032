package e2e

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/node"
	"github.com/mycel-network/mycel/prover"
)

// TestRemoteProver proves the rollup with two standalone `mycel prover`
// processes sharing one node: node0 proves nothing itself (prover.workers
// = 0) and serves its prover API on a listener of its own. A burst of
// transfers leaves several batches waiting; a hostile client holding the
// JWT secret hands in a proof for a batch it did not claim and a proof
// that does not verify, and both are refused (node0 stores nothing, L1
// finalizes nothing). Then two provers, authenticated with node0's JWT
// secret, claim the waiting batches and prove them in parallel, each batch
// once; node0 verifies and stores every proof they hand in and submits
// them to L1 in batch order, where every batch is finalized. The test logs
// the batches each prover proved, the proving time per batch and the
// proven transfers per second.
func TestRemoteProver(t *testing.T) {
	n := newNet(t, netOptions{})
	home0 := n.NodeHome(0)
	cfg, err := node.LoadConfig(home0, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(cfg.RPC.Listen)
	p, _ := strconv.Atoi(port)
	cfg.Prover.Workers = 0
	cfg.Prover.APIListen = fmt.Sprintf("127.0.0.1:%d", p+5)
	if err := cfg.Write(); err != nil {
		t.Fatal(err)
	}
	apiURL := "http://" + cfg.Prover.APIListen
	jwtFile := cfg.Path(cfg.Prover.APIJWTSecretFile)
	node0Proofs, err := prover.OpenProofStore(cfg.Path("proofs"))
	if err != nil {
		t.Fatal(err)
	}
	n.startAll()
	n.WaitFor("node0 serving remote provers only", time.Minute, func() (bool, string) {
		return len(n.GrepLog("node0", "batches wait for remote provers")) > 0, "no log line"
	})
	proverArgs := func(secret string) []string {
		return []string{"prover", "--node", apiURL, "--jwt-secret", secret, "--keys", filepath.Join(home0, "prover-keys"),
			"--slots", fmt.Sprint(devProverParams.Slots), "--depth", fmt.Sprint(devProverParams.Depth)}
	}
	// A prover without the secret gets nothing.
	n.Spawn("prover-nosecret", nil, proverArgs(filepath.Join(t.TempDir(), "missing.hex"))...)

	// With no prover running, a burst of transfers leaves several batches
	// committed on L1 and waiting for proofs. Accounts 10-89 serve only
	// this burst.
	const burst = 40 // 8 transfers fill a batch of the devnet's circuit
	hashes := make([]struct {
		node int
		hash common.Hash
	}, burst)
	for k := range burst {
		a := 10 + k
		hashes[k].node = k % validators
		hashes[k].hash = n.transfer(k%validators, a, a+burst, 1)
	}
	var top uint64
	for _, h := range hashes {
		r := n.WaitReceipt(h.node, h.hash, time.Minute)
		top = max(top, uint64(*r.Height))
	}
	last := n.batchOf(0, top, 2*time.Minute)
	n.waitCommitted(last.Index, 3*time.Minute)
	if f := n.finalizedCount(); f != 0 {
		t.Fatalf("%d batches finalized with no prover", f)
	}
	if waiting := last.Index + 1; waiting < 4 {
		t.Fatalf("the burst of %d transfers left %d batches waiting, want at least 4", burst, waiting)
	}
	t.Logf("%d transfers left batches 0-%d waiting for a prover", burst, last.Index)

	// A hostile client with the secret: its proofs are refused, nothing is
	// stored, L1 finalizes nothing.
	hostileSubmissions(t, n, apiURL, jwtFile, node0Proofs)
	if f := n.finalizedCount(); f != 0 {
		t.Fatalf("%d batches finalized after the refused proofs", f)
	}

	// Two provers share the waiting batches.
	provers := []string{"prover-a", "prover-b"}
	proofDirs := map[string]string{}
	for _, name := range provers {
		proofDirs[name] = filepath.Join(t.TempDir(), "proofs")
		n.Spawn(name, nil, append(proverArgs(jwtFile), "--proofs", proofDirs[name])...)
	}
	n.waitFinalized(last.Index, 5*time.Minute)
	burstDone := time.Now()
	// A batch closed later goes to a polling prover too.
	b2 := n.traffic(2, 2, 3)
	n.waitFinalized(b2.Index, 5*time.Minute)

	if lines := n.GrepLog("prover-nosecret", "prover API secret"); len(lines) == 0 {
		t.Error("the prover without the secret did not say why it stopped")
	}
	if lines := n.GrepLog("node0", "proving service started"); len(lines) != 0 {
		t.Errorf("node0 proved itself: %s", strings.Join(lines, "\n"))
	}

	// Each batch proven by exactly one prover, and both provers worked.
	jobs := map[uint64]proverJob{}
	perProver := map[string][]proverJob{}
	for _, name := range provers {
		for _, j := range proverJobs(t, n, name) {
			if prev, dup := jobs[j.batch]; dup {
				t.Errorf("batch %d proven twice: by %s and %s", j.batch, prev.prover, j.prover)
			}
			jobs[j.batch] = j
			perProver[name] = append(perProver[name], j)
		}
		if lines := n.GrepLog(name, "giving the batch back"); len(lines) != 0 {
			t.Errorf("%s gave batches back: %s", name, strings.Join(lines, "\n"))
		}
		if len(perProver[name]) == 0 {
			t.Errorf("%s proved no batch; both provers should share the %d waiting batches", name, last.Index+1)
		}
	}

	// Every proof handed in was verified and stored by node0 (the proof
	// its prover made, byte for byte), L1 finalized every batch committed,
	// in batch order, with node0's roots; node0 refused only the hostile
	// proofs.
	fin, next := n.finalizedCount(), n.nextBatchIndex()
	if fin != next || fin != b2.Index+1 {
		t.Errorf("finalizedCount %d, nextBatchIndex %d: want both %d", fin, next, b2.Index+1)
	}
	for idx := range fin {
		j, ok := jobs[idx]
		if !ok {
			t.Errorf("batch %d: finalized but proven by neither prover", idx)
			continue
		}
		stored, ok, err := node0Proofs.Get(idx)
		if err != nil || !ok {
			t.Errorf("batch %d: node0 has no stored proof (err %v)", idx, err)
			continue
		}
		made, ok, err := mustProofStore(t, proofDirs[j.prover]).Get(idx)
		if err != nil || !ok {
			t.Errorf("batch %d: %s has no proof of it (err %v)", idx, j.prover, err)
			continue
		}
		if !bytes.Equal(stored.Proof, made.Proof) || !bytes.Equal(stored.Header, made.Header) {
			t.Errorf("batch %d: node0 stored a proof other than the one %s made", idx, j.prover)
		}
	}
	evs := n.batchFinalizedEvents()
	if uint64(len(evs)) != fin {
		t.Errorf("%d BatchFinalized events, finalizedCount %d", len(evs), fin)
	}
	for k, ev := range evs {
		if ev.BatchIndex != uint64(k) {
			t.Errorf("BatchFinalized event %d is batch %d: L1 finalized out of order", k, ev.BatchIndex)
			continue
		}
		if b, ok := n.batch(0, ev.BatchIndex); !ok || b.Header.NewRoot != ev.NewRoot {
			t.Errorf("batch %d finalized with root %x, node0's header has %x", ev.BatchIndex, ev.NewRoot, b.Header.NewRoot)
		}
	}
	if lines := n.GrepLog("node0", "remote proof refused"); len(lines) != 1 {
		t.Errorf("node0 refused %d remote proofs, want 1 (the hostile one):\n%s", len(lines), strings.Join(lines, "\n"))
	}
	if lines := n.GrepLog("node0", "PROOF REJECTED"); len(lines) != 0 {
		t.Errorf("L1 rejected proofs node0 had taken:\n%s", strings.Join(lines, "\n"))
	}

	// The two provers proved at the same time (their proving intervals
	// overlap), though L1 finalized in order.
	overlap := false
	for _, a := range perProver[provers[0]] {
		for _, b := range perProver[provers[1]] {
			overlap = overlap || (a.start.Before(b.end) && b.start.Before(a.end))
		}
	}
	if !overlap {
		t.Errorf("the two provers never proved at the same time")
	}
	logProverFigures(t, provers, perProver, jobs, last.Index, burstDone)
}

// hostileSubmissions hands node0 two bad proofs over its prover API with
// the right JWT secret: one for a batch it did not claim, and one, with its
// claim and the batch's true header and public input, whose proof points
// (the curve generators) do not verify. Both must be refused, node0 must
// store neither, and the claim must be given back.
func hostileSubmissions(t *testing.T, n *Net, url, jwtFile string, node0Proofs *prover.ProofStore) {
	t.Helper()
	secret, err := prover.ReadJWTSecret(jwtFile)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	src, err := prover.DialRPCSource(ctx, url, secret)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	_, _, g1, g2 := bn254.Generators()
	forged := prover.SolidityProof(&groth16bn254.Proof{Ar: g1, Bs: g2, Krs: g1})

	// Not claimed: refused before any verification.
	err = src.Submit(ctx, &prover.BatchProof{BatchIndex: 0, Proof: forged, Claim: "00112233445566778899aabbccddeeff"})
	if err == nil || !strings.Contains(err.Error(), "not claimed") {
		t.Fatalf("a proof for a batch not claimed: err %v, want it refused as not claimed", err)
	}
	// Claimed, with the true header, but the proof does not verify.
	b, err := src.Claim(ctx)
	if err != nil || b == nil {
		t.Fatalf("claim a waiting batch: %v", err)
	}
	h, err := b.Header()
	if err != nil {
		t.Fatal(err)
	}
	err = src.Submit(ctx, &prover.BatchProof{BatchIndex: b.Index, PublicInput: h.PublicInput().String(),
		DataEval: h.PublicInputs()[1].String(), Proof: forged, Header: h.HashedBytes(), Claim: b.Claim})
	if err == nil || !strings.Contains(err.Error(), "does not verify") {
		t.Fatalf("a wrong proof of claimed batch %d: err %v, want it refused as not verifying", b.Index, err)
	}
	for _, idx := range []uint64{0, b.Index} {
		if _, ok, err := node0Proofs.Get(idx); ok || err != nil {
			t.Fatalf("node0 stored a proof of batch %d after refusing it (err %v)", idx, err)
		}
	}
	// The claim goes back, and with it the right to hand in a proof.
	if err := src.Release(ctx, b.Index, b.Claim); err != nil {
		t.Fatalf("release batch %d: %v", b.Index, err)
	}
	err = src.Submit(ctx, &prover.BatchProof{BatchIndex: b.Index, Proof: forged, Claim: b.Claim})
	if err == nil || !strings.Contains(err.Error(), "not claimed") {
		t.Fatalf("a proof under a released claim: err %v, want it refused as not claimed", err)
	}
	t.Logf("hostile proofs refused: batch 0 unclaimed, batch %d claimed with a proof that does not verify", b.Index)
}

func mustProofStore(t *testing.T, dir string) *prover.ProofStore {
	t.Helper()
	s, err := prover.OpenProofStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// proverJob is one batch a prover proved, from its log.
type proverJob struct {
	prover     string
	batch      uint64
	txs        int
	start, end time.Time // the first "proving" line, the "proved" line
	took       time.Duration
}

var (
	logTimeRe     = regexp.MustCompile(`^time=(\S+)`)
	provingLineRe = regexp.MustCompile(`msg=proving .*\bbatch=(\d+) .*\btxs=(\d+)`)
	provedLineRe  = regexp.MustCompile(`msg=proved .*\bbatch=(\d+) .*\btook=(\S+)`)
)

// proverJobs reads the batches a standalone prover proved from its log.
func proverJobs(t *testing.T, n *Net, name string) []proverJob {
	t.Helper()
	at := func(line string) time.Time {
		m := logTimeRe.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("%s: no time in log line %q", name, line)
		}
		ts, err := time.Parse(time.RFC3339Nano, m[1])
		if err != nil {
			t.Fatalf("%s: log time %q: %v", name, m[1], err)
		}
		return ts
	}
	starts := map[uint64]proverJob{}
	for _, l := range n.GrepLog(name, "msg=proving ") {
		m := provingLineRe.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("%s: unexpected proving line %q", name, l)
		}
		idx, _ := strconv.ParseUint(m[1], 10, 64)
		txs, _ := strconv.Atoi(m[2])
		if _, ok := starts[idx]; !ok {
			starts[idx] = proverJob{prover: name, batch: idx, txs: txs, start: at(l)}
		}
	}
	var out []proverJob
	for _, l := range n.GrepLog(name, "msg=proved ") {
		m := provedLineRe.FindStringSubmatch(l)
		if m == nil {
			t.Fatalf("%s: unexpected proved line %q", name, l)
		}
		idx, _ := strconv.ParseUint(m[1], 10, 64)
		j, ok := starts[idx]
		if !ok {
			t.Fatalf("%s proved batch %d without a proving line", name, idx)
		}
		if j.took, ok = parseDuration(m[2]); !ok {
			t.Fatalf("%s: proving time %q", name, m[2])
		}
		j.end = at(l)
		out = append(out, j)
	}
	return out
}

func parseDuration(s string) (time.Duration, bool) {
	d, err := time.ParseDuration(s)
	return d, err == nil
}

// logProverFigures logs the batches each prover proved and their proving
// times, and the proven transfers per second of the burst's batches
// (0..lastBurst): their transactions over the time from the first proving
// line to burstDone, when L1 had finalized them all, and per core.
func logProverFigures(t *testing.T, provers []string, perProver map[string][]proverJob, jobs map[uint64]proverJob,
	lastBurst uint64, burstDone time.Time) {
	t.Helper()
	for _, name := range provers {
		var idx []string
		var sum time.Duration
		for _, j := range perProver[name] {
			idx = append(idx, fmt.Sprintf("%d (%d txs, %s)", j.batch, j.txs, j.took.Round(10*time.Millisecond)))
			sum += j.took
		}
		mean := time.Duration(0)
		if k := len(perProver[name]); k > 0 {
			mean = sum / time.Duration(k)
		}
		t.Logf("%s proved %d batches, mean %s per batch: %s", name, len(perProver[name]), mean.Round(10*time.Millisecond),
			strings.Join(idx, ", "))
	}
	var txs int
	var first, lastProved time.Time
	var order []uint64
	for idx := range lastBurst + 1 {
		j, ok := jobs[idx]
		if !ok {
			return // reported above
		}
		txs += j.txs
		if first.IsZero() || j.start.Before(first) {
			first = j.start
		}
		if j.end.After(lastProved) {
			lastProved = j.end
		}
		order = append(order, idx)
	}
	slices.SortFunc(order, func(a, b uint64) int { return jobs[a].end.Compare(jobs[b].end) })
	span, proved := burstDone.Sub(first), lastProved.Sub(first)
	cores := runtime.NumCPU()
	t.Logf("burst: %d transactions in batches 0-%d; proofs handed in in the order %v (L1 finalized in batch order)",
		txs, lastBurst, order)
	t.Logf("proven: %.2f tx/s (%.2f tx/s/core on %d cores) from the first proof started to the last proved in %s; "+
		"%.2f tx/s to the last finalized on L1 (%s)", float64(txs)/proved.Seconds(), float64(txs)/proved.Seconds()/float64(cores),
		cores, proved.Round(time.Second), float64(txs)/span.Seconds(), span.Round(time.Second))
}
