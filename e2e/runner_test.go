package e2e

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/internal/testutil/procnet"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// TestManifestCI runs networks/ci.toml: 4 validators under load, one of
// each perturbation of the processes backend, and every check of
// runManifest.
func TestManifestCI(t *testing.T) {
	runManifest(t, "networks/ci.toml")
}

// TestManifestDockerCI runs networks/docker-ci.toml: the CI network on the
// Docker backend, each validator a container on its own IP, disconnect
// included.
func TestManifestDockerCI(t *testing.T) {
	runManifest(t, "networks/docker-ci.toml")
}

// TestManifest runs the manifest MYCEL_MANIFEST names (`make e2e-manifest
// MANIFEST=e2e/networks/soak.toml`): the larger networks are run on demand.
func TestManifest(t *testing.T) {
	path := os.Getenv("MYCEL_MANIFEST")
	if path == "" {
		t.Skip("on demand: set MYCEL_MANIFEST=path/to/manifest.toml (make e2e-manifest MANIFEST=e2e/networks/soak.toml)")
	}
	if _, err := os.Stat(path); err != nil && !filepath.IsAbs(path) {
		// A path from the repository root, as `make` is run.
		if _, err2 := os.Stat(filepath.Join("..", path)); err2 == nil {
			path = filepath.Join("..", path)
		}
	}
	runManifest(t, path)
}

// The runner's bounds.
const (
	// quiesce is how long the load generator is kept off a node before it
	// is perturbed, so that what the node accepted has been gossiped.
	quiesce = 2 * time.Second
	// recoverWithin bounds each wait for the network to recover.
	recoverWithin = 3 * time.Minute
	// loadAccounts: the load generator signs with the test accounts from
	// this one on; the runner's own transfers use those below.
	loadAccounts = 10
	// l1Settle: with L1 cut, what was sent before is mined within this.
	l1Settle = 3 * time.Second
)

// runner runs one manifest over a Net.
type runner struct {
	t    *testing.T
	m    *Manifest
	n    *Net
	load *loadGen

	loadStart time.Time
	snaps     []snapshot // block hashes read before perturbations
	figures   []*figure
	bg        sync.WaitGroup // measurements still running (prover_down's proof)
	c0        uint64         // L1 committed batches before the faults
	cLast     uint64         // and after the last one healed
	fLast     uint64         // L1 finalized batches after the last one healed
	steps     []string
}

// snapshot is a committed block as read before a perturbation.
type snapshot struct {
	height uint64
	hash   string
	app    ledger.Hash
	what   string
}

// figure is what one perturbation cost: from its end (the node started
// again, resumed, L1 back), the time until every node has a new block and
// until L1 commits a new batch (and, for prover_down, finalizes one).
type figure struct {
	p            Perturbation
	target       string
	late         time.Duration // started this late (the previous one still healing)
	blocksDuring uint64        // blocks the network committed during the fault
	block, batch time.Duration
	proved       time.Duration // prover_down: until node0's restarted prover made a proof
	finalized    time.Duration // and until L1 finalized that batch
	heightAt     uint64        // the highest height when the fault ended
	note         string        // what the op checked besides (poster_killed: who posted; l1_down: the backlog)
}

// runManifest runs the manifest at path: setup -> start -> load -> perturb
// -> wait -> check -> cleanup, each step logged with its duration, then the
// figures of every perturbation.
func runManifest(t *testing.T, path string) {
	m, err := loadManifest(path)
	if err != nil {
		t.Fatal(err)
	}
	if testing.Short() {
		t.Skip("e2e: starts an L1 chain and validator processes")
	}
	if m.Backend == backendDocker && os.Getenv("MYCEL_E2E_DOCKER") == "0" {
		t.Skip("MYCEL_E2E_DOCKER=0: the docker backend's runs are left out")
	}
	r := &runner{t: t, m: m}
	t.Logf("manifest %s: %d validators, %d standby, load %g tx/s for %s, %d perturbations",
		path, m.Validators, m.Standby, m.Load.Rate, m.Load.Duration, len(m.Perturbations))
	for _, p := range m.Perturbations {
		t.Logf("  %s", p)
	}
	defer r.report()
	r.step("setup", r.setup)
	r.step("start", r.start)
	r.step("load", r.startLoad)
	r.step("perturb", r.perturb)
	r.step("wait", r.wait)
	r.step("check", r.check)
	r.step("cleanup", r.cleanup)
}

// step runs one step and logs its duration.
func (r *runner) step(name string, f func()) {
	r.t.Helper()
	start := time.Now()
	r.t.Logf("step %s: begins", name)
	done := false
	defer func() {
		d := time.Since(start).Round(time.Millisecond)
		if !done {
			r.steps = append(r.steps, fmt.Sprintf("%s FAILED after %v", name, d))
			r.t.Logf("step %s: FAILED after %v", name, d)
			return
		}
		r.steps = append(r.steps, fmt.Sprintf("%s %v", name, d))
		r.t.Logf("step %s: done in %v", name, d)
	}()
	f()
	done = true
}

// report logs the steps' durations and the figures of the perturbations.
func (r *runner) report() {
	r.t.Logf("steps: %s", strings.Join(r.steps, ", "))
	if r.load != nil {
		r.t.Logf("load: %d transfers accepted, %d refused (their accounts retired: nonce unknown)", len(r.load.accepted), r.load.refused)
	}
	if len(r.figures) == 0 {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "perturbations (times from the fault's end):\n%-34s %-7s %9s %13s %11s %11s %11s %11s",
		"perturbation", "target", "late", "blocks during", "block again", "batch on L1", "new proof", "finalized")
	opt := func(d time.Duration) string {
		if d == 0 {
			return "-"
		}
		return d.Round(time.Millisecond).String()
	}
	for _, f := range r.figures {
		fmt.Fprintf(&b, "\n%-34s %-7s %9v %13d %11v %11v %11s %11s  %s", f.p, f.target, f.late.Round(time.Millisecond), f.blocksDuring,
			f.block.Round(time.Millisecond), f.batch.Round(time.Millisecond), opt(f.proved), opt(f.finalized), f.note)
	}
	r.t.Log(b.String())
}

// ---- setup and start ----

func (r *runner) setup() {
	opts := netOptions{validators: r.m.Validators, standby: r.m.Standby, docker: r.m.Backend == backendDocker,
		blsCertificates: r.m.BLSCertificates}
	for _, p := range r.m.Perturbations {
		opts.l1Proxy = opts.l1Proxy || p.Op == opL1Down
	}
	r.n = newNet(r.t, opts)
	r.load = &loadGen{n: r.n, rate: r.m.Load.Rate, avoid: map[int]bool{}, nonces: map[int]uint64{}, retired: map[int]bool{}, sent: map[common.Hash]sentTx{},
		validators: r.m.Validators, stop: make(chan struct{}), done: make(chan struct{})}
	r.n.Cleanup(r.load.halt)
}

// nodes is the number of validator processes, staked and standby.
func (r *runner) nodes() int { return r.m.Validators + r.m.Standby }

func (r *runner) start() {
	for i := range r.nodes() {
		r.n.Start(i)
	}
	r.n.WaitHeight(0, 3, 2*time.Minute)
	for i := 1; i < r.nodes(); i++ {
		r.n.WaitSynced(i, 0, 2*time.Minute)
	}
}

// ---- load ----

func (r *runner) startLoad() {
	r.loadStart = time.Now()
	r.c0 = r.n.nextBatchIndex()
	go r.load.run()
}

// loadGen sends signed transfers at a rate, round robin over the staked
// validators it is not kept off (avoid), and records the hash of every one
// a node accepted (mycel_sendRawTransaction returned it). It runs in its
// own goroutine: it reports through its fields, never through the test.
type loadGen struct {
	n          *Net
	rate       float64
	validators int

	mu       sync.Mutex
	avoid    map[int]bool // nodes not to send to (about to be, or being, perturbed)
	accepted []common.Hash
	sent     map[common.Hash]sentTx // what each accepted one was
	refused  int
	errs     []string // the first refusals, for the log

	nonces  map[int]uint64 // next nonce of each load account (the generator's goroutine only)
	retired map[int]bool   // accounts whose nonce is unknown after a refusal

	stopOnce sync.Once
	stop     chan struct{}
	done     chan struct{}
}

func (g *loadGen) setAvoid(i int, on bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if on {
		g.avoid[i] = true
	} else {
		delete(g.avoid, i)
	}
}

// halt stops the generator and waits for it.
func (g *loadGen) halt() {
	g.stopOnce.Do(func() { close(g.stop) })
	<-g.done
}

func (g *loadGen) run() {
	defer close(g.done)
	if g.rate <= 0 {
		<-g.stop
		return
	}
	tick := time.NewTicker(time.Duration(float64(time.Second) / g.rate))
	defer tick.Stop()
	acct, nodeIdx := len(g.n.Accts)-1, 0
	next := func(a int) int { return loadAccounts + (a-loadAccounts+1)%(len(g.n.Accts)-loadAccounts) }
	for {
		select {
		case <-g.stop:
			return
		case <-tick.C:
		}
		// The next account not retired, and the next node not avoided.
		acct = next(acct)
		for k := 0; k < len(g.n.Accts) && g.retired[acct]; k++ {
			acct = next(acct)
		}
		if g.retired[acct] {
			continue // every account retired
		}
		g.mu.Lock()
		i := -1
		for k := range g.validators {
			if c := (nodeIdx + k) % g.validators; !g.avoid[c] {
				i = c
				break
			}
		}
		g.mu.Unlock()
		nodeIdx++
		if i < 0 {
			continue
		}
		h, err := g.send(i, acct)
		g.mu.Lock()
		if err != nil {
			g.refused++
			if len(g.errs) < 5 {
				g.errs = append(g.errs, fmt.Sprintf("node%d account %d: %v", i, acct, err))
			}
			g.retired[acct] = true
		} else {
			g.accepted = append(g.accepted, h)
			g.sent[h] = sentTx{node: i, acct: acct, nonce: g.nonces[acct] - 1, at: time.Now()}
		}
		g.mu.Unlock()
	}
}

// sentTx is an accepted transfer: the node that accepted it, its account
// and nonce, and when.
type sentTx struct {
	node, acct int
	nonce      uint64
	at         time.Time
}

// send signs the next transfer of test account a and sends it to node i.
func (g *loadGen) send(i, a int) (common.Hash, error) {
	nonce, ok := g.nonces[a]
	if !ok {
		var acc node.AccountResult
		if err := g.n.Call(i, &acc, "mycel_getAccount", g.n.Accts[a].Index); err != nil {
			return common.Hash{}, fmt.Errorf("read nonce: %w", err)
		}
		nonce = acc.Account.Nonce
	}
	k, err := g.n.Accts[a].Key()
	if err != nil {
		return common.Hash{}, err
	}
	to := (a + 1) % len(g.n.Accts)
	tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: g.n.Man.ChainID, From: g.n.Accts[a].Index, To: g.n.Accts[to].Index,
		Amount: 1, Fee: 10, Nonce: nonce}
	if err := tx.Sign(k); err != nil {
		return common.Hash{}, err
	}
	var h common.Hash
	if err := g.n.Call(i, &h, "mycel_sendRawTransaction", hexutil.Bytes(tx.Encode())); err != nil {
		return common.Hash{}, err
	}
	if h != tx.Hash() {
		return common.Hash{}, fmt.Errorf("node%d returned hash %s for tx %s", i, h, tx.Hash())
	}
	g.nonces[a] = nonce + 1
	return h, nil
}

// ---- perturb ----

func (r *runner) perturb() {
	for _, p := range r.m.Perturbations {
		f := &figure{p: p}
		if wait := time.Until(r.loadStart.Add(p.At.Duration)); wait > 0 {
			time.Sleep(wait)
		} else {
			f.late = -wait
		}
		r.t.Logf("perturbation %s: begins (%v after the load started)", p, time.Since(r.loadStart).Round(time.Millisecond))
		r.perturbOne(f)
		r.figures = append(r.figures, f)
		r.t.Logf("perturbation %s on %s: %d blocks during the fault; after it every node had a new block %v later, "+
			"L1 committed a new batch %v later", p, f.target, f.blocksDuring, f.block.Round(time.Millisecond), f.batch.Round(time.Millisecond))
	}
	r.cLast, r.fLast = r.n.nextBatchIndex(), r.n.finalizedCount()
}

// perturbOne runs p and measures the recovery into f.
func (r *runner) perturbOne(f *figure) {
	n, p := r.n, f.p
	var targets []int   // the nodes perturbed; none: all (l1_down)
	var posterOf uint64 // poster_killed: the batch whose designated poster is killed
	switch {
	case p.Node != nil:
		targets = []int{*p.Node}
	case len(p.Nodes) > 0:
		targets = slices.Clone(p.Nodes)
	}
	switch p.Op {
	case opProverDown:
		targets = []int{0}
	case opPosterKilled:
		// The designated poster of the batch awaiting its certificate;
		// under load that batch may be certified and posted within the
		// quiesce, so the batch checked is the one a round later, which
		// the same signer posts: the poster of batch k is the
		// (k mod active)-th active signer in ascending order.
		ref := r.refNode(-1)
		st := r.n.rollupStatus(ref)
		if len(st.ActiveOperators) == 0 {
			r.t.Fatal("poster_killed: no active operator")
		}
		if got := st.ActiveOperators[st.Uncertified%uint64(len(st.ActiveOperators))].Signer; got != common.HexToAddress(st.DesignatedNext) {
			r.t.Fatalf("poster_killed: designated_poster_next %s, want %s (batch %d of %+v)", st.DesignatedNext, got, st.Uncertified, st.ActiveOperators)
		}
		posterOf = st.Uncertified + uint64(len(st.ActiveOperators))
		poster := st.DesignatedNext
		targets = []int{n.nodeOfSigner(poster)}
		r.t.Logf("designated poster of batch %d: %s (node%d); batch %d awaits its certificate", posterOf, poster, targets[0], st.Uncertified)
	}
	target := -1 // the one node of a single-node op
	if len(targets) == 1 {
		target = targets[0]
	}
	f.target = "all"
	if len(targets) > 0 {
		var names []string
		for _, i := range targets {
			names = append(names, fmt.Sprintf("node%d", i))
		}
		f.target = strings.Join(names, ",")
	}
	if len(targets) > 0 && p.Op != opJoin {
		for _, i := range targets {
			r.load.setAvoid(i, true)
		}
		time.Sleep(quiesce)
	}
	before := r.snapshot(fmt.Sprintf("before %s", p))
	hBefore := r.maxHeight(targets...)

	switch p.Op {
	case opKill, opPosterKilled:
		killed := time.Now()
		n.Kill(target)
		committed := n.nextBatchIndex()
		time.Sleep(p.For.Duration)
		if p.Op == opPosterKilled {
			r.fallbackPosts(f, posterOf, target, killed, committed)
		}
		f.blocksDuring = since(r.maxHeight(target), hBefore)
		n.Start(target)
	case opPause:
		if err := n.Signal(target, syscall.SIGSTOP); err != nil {
			r.t.Fatal(err)
		}
		time.Sleep(p.For.Duration)
		f.blocksDuring = since(r.maxHeight(target), hBefore)
		if err := n.Signal(target, syscall.SIGCONT); err != nil {
			r.t.Fatal(err)
		}
	case opRestart:
		if err := n.Terminate(target, 30*time.Second); err != nil {
			r.t.Errorf("restart: %v", err)
		}
		time.Sleep(p.For.Duration)
		f.blocksDuring = since(r.maxHeight(target), hBefore)
		n.Start(target)
	case opDisconnect:
		// A real partition: the containers leave the network (peers, L1
		// and the test alike) and come back on their addresses.
		for _, i := range targets {
			if err := n.Disconnect(i); err != nil {
				r.t.Fatal(err)
			}
		}
		time.Sleep(p.For.Duration)
		f.blocksDuring = since(r.maxHeight(targets...), hBefore)
		for _, i := range targets {
			if err := n.Reconnect(i); err != nil {
				r.t.Fatal(err)
			}
		}
	case opL1Down:
		n.proxy.Pause()
		// A commit sent just before the pause may still be mined (1 s L1
		// blocks): count from l1Settle on.
		settle := min(l1Settle, p.For.Duration)
		time.Sleep(settle)
		c := n.nextBatchIndex()
		time.Sleep(p.For.Duration - settle)
		f.blocksDuring = since(r.maxHeight(), hBefore)
		if got := n.nextBatchIndex(); got != c {
			r.t.Errorf("l1_down: L1 committed batches went from %d to %d with L1 unreachable to the validators", c, got)
		}
		// The L2 chain went on ordering (and certifying batches, which
		// queue) while L1 was unreachable.
		if f.blocksDuring == 0 {
			r.t.Errorf("l1_down: no L2 block in %s with L1 unreachable: the chain must go on without L1", p.For)
		}
		certified := r.n.rollupStatus(r.refNode(-1)).Uncertified // batches below are certified
		if err := n.proxy.Resume(); err != nil {
			r.t.Fatal(err)
		}
		defer r.backlogCommitted(f, c, certified, time.Now())
	case opProverDown:
		// node0 proves in-process: restart it with prover.enabled = false
		// (MYCEL_PROVER_ENABLED), then again with it.
		if err := n.Terminate(0, 30*time.Second); err != nil {
			r.t.Errorf("prover_down: %v", err)
		}
		loads := len(n.GrepLog("node0", "module=prover", "read proving.key"))
		env := n.Env
		n.Env = append(append([]string{}, env...), "MYCEL_PROVER_ENABLED=false")
		n.Start(0)
		n.Env = env
		r.syncNode(0)
		r.load.setAvoid(0, false)
		f0 := n.finalizedCount()
		time.Sleep(p.For.Duration)
		f.blocksDuring = since(r.maxHeight(), hBefore)
		r.t.Logf("prover_down: batches finalized on L1 %d -> %d in %s without the prover (proofs sent before may land)", f0, n.finalizedCount(), p.For)
		if got := len(n.GrepLog("node0", "module=prover", "read proving.key")); got != loads {
			r.t.Errorf("prover_down: node0 loaded its proving key with MYCEL_PROVER_ENABLED=false")
		}
		r.load.setAvoid(0, true)
		time.Sleep(quiesce)
		if err := n.Terminate(0, 30*time.Second); err != nil {
			r.t.Errorf("prover_down: %v", err)
		}
		proofs := len(n.GrepLog("node0", "msg=proved"))
		n.Start(0)
		r.watchProver(f, time.Now(), proofs)
	case opJoin:
		r.join(target)
	default:
		r.t.Fatalf("perturbation %s: not supported by the processes backend", p)
	}

	// Healed: measure the recovery.
	healed := time.Now()
	f.heightAt = r.maxHeight()
	c := n.nextBatchIndex()
	// One poll for both: the first time every node is past heightAt, and
	// the first time L1 has committed a batch past c.
	var stBlock, stBatch string
	n.WaitFor(fmt.Sprintf("the network to recover from %s", p), recoverWithin, func() (bool, string) {
		if f.block == 0 {
			stBlock = ""
			for i := range r.nodes() {
				var st node.StatusResult
				if err := n.Call(i, &st, "mycel_status"); err != nil || uint64(st.Height) <= f.heightAt {
					stBlock = fmt.Sprintf("node%d at %d (err %v), want past %d", i, st.Height, err, f.heightAt)
					break
				}
			}
			if stBlock == "" {
				f.block = time.Since(healed)
			}
		}
		if f.batch == 0 {
			got, err := l1Call(n, n.l1.Deployment.Rollup, rollupABI.PackNextBatchIndex(), rollupABI.UnpackNextBatchIndex)
			stBatch = fmt.Sprintf("nextBatchIndex %d (err %v), want past %d", got, err, c)
			if err == nil && got > c {
				f.batch = time.Since(healed)
			}
		}
		return f.block != 0 && f.batch != 0, stBlock + "; " + stBatch
	})
	for _, i := range targets {
		if p.Op != opJoin {
			r.syncNode(i)
		}
		r.load.setAvoid(i, false)
	}
	// No committed block lost: every node still has what was read before.
	r.checkSnapshot(before)
}

// fallbackPosts keeps the designated poster of batch idx (node victim,
// killed at killed) down until another validator has committed the batch
// on L1 after the poster fallback delay (poster_killed's `for` is a
// minimum), and checks who did.
func (r *runner) fallbackPosts(f *figure, idx uint64, victim int, killed time.Time, committedAtKill uint64) {
	n := r.n
	if committedAtKill > idx {
		// Posted before the kill (the load closed the batches faster than
		// the quiesce): the fallback was not exercised.
		f.note = fmt.Sprintf("batch %d was on L1 before the kill: fallback not exercised", idx)
		r.t.Logf("poster_killed: %s", f.note)
		return
	}
	n.WaitFor(fmt.Sprintf("batch %d committed on L1 by a fallback poster while its designated poster node%d is down", idx, victim),
		recoverWithin, func() (bool, string) {
			got := n.nextBatchIndex()
			return got > idx, fmt.Sprintf("nextBatchIndex %d", got)
		})
	after := time.Since(killed)
	count, by := n.commits(idx)
	if count != 1 || by[0] == n.Man.Nodes[victim] {
		r.t.Errorf("poster_killed: batch %d committed %d times, by %v, want once by a validator other than node%d", idx, count, by, victim)
	}
	f.note = fmt.Sprintf("batch %d posted by %s %v after the kill", idx, strings.Join(by, ","), after.Round(time.Millisecond))
	r.t.Logf("poster_killed: %s", f.note)
}

// backlogCommitted waits until L1 has committed every batch certified
// while it was down (those below certified; c were committed before), in
// order and once each (the final check counts the events).
func (r *runner) backlogCommitted(f *figure, c, certified uint64, resumed time.Time) {
	if certified > 0 {
		r.n.waitCommitted(certified-1, recoverWithin)
	}
	took := time.Since(resumed).Round(time.Millisecond)
	// The backlog goes out in runs (commitBatches, ADR 026): fewer
	// transactions than batches. A commit sent before the outage may land
	// alone after it, so the check needs three batches or more.
	backlog := since(certified, c)
	txs := map[common.Hash]bool{}
	for _, ev := range r.n.batchCommittedEvents() {
		if ev.BatchIndex >= c && ev.BatchIndex < certified {
			txs[ev.Raw.TxHash] = true
		}
	}
	if backlog >= 3 && uint64(len(txs)) >= backlog {
		r.t.Errorf("l1_down: the backlog of %d batches took %d commit transactions: no commitBatches run", backlog, len(txs))
	}
	f.note = fmt.Sprintf("%d batches certified during the outage, committed %v after it in %d transactions", backlog, took, len(txs))
	r.t.Logf("l1_down: %s", f.note)
}

// provedRe finds the batch of a prover's "proved" log line.
var provedRe = regexp.MustCompile(`msg=proved .*\bbatch=(\d+)`)

// watchProver measures, in the background, from healed until node0's log
// has more than proofs "proved" lines (a proof by the restarted prover: a
// proof made before the stop may be submitted first) and until L1 has
// finalized that batch. The test waits for it in the wait step.
func (r *runner) watchProver(f *figure, healed time.Time, proofs int) {
	r.bg.Add(1)
	go func() {
		defer r.bg.Done()
		batch := int64(-1)
		deadline := healed.Add(2 * recoverWithin)
		for time.Now().Before(deadline) {
			time.Sleep(procnet.Every)
			if batch < 0 {
				lines := r.n.GrepLog("node0", "msg=proved")
				if len(lines) <= proofs {
					continue
				}
				m := provedRe.FindStringSubmatch(lines[proofs])
				if m == nil {
					return
				}
				batch, _ = strconv.ParseInt(m[1], 10, 64)
				f.proved = time.Since(healed)
			}
			got, err := l1Call(r.n, r.n.l1.Deployment.Rollup, rollupABI.PackFinalizedCount(), rollupABI.UnpackFinalizedCount)
			if err == nil && got > uint64(batch) {
				f.finalized = time.Since(healed)
				return
			}
		}
	}()
}

// join registers standby node i's operator on L1 with 32 ETH (as
// TestStakeJoinAndLeave) and waits until every node's rollup set counts it.
func (r *runner) join(i int) {
	n := r.n
	op := n.operator(i)
	owner := n.ownerKey(i)
	ck := n.consensusKey(i)
	pub, pop, err := contracts.ProofOfPossession(ck, new(big.Int).SetUint64(n.l1.ChainID), n.l1.Deployment.Staking, crypto.PubkeyToAddress(owner.PublicKey))
	if err != nil {
		r.t.Fatal(err)
	}
	start := time.Now()
	if _, err := send(n.txManager(owner), n.l1.Deployment.Staking, stakingABI.PackRegister(0, new(big.Int), pub, pop), ether(32)); err != nil {
		r.t.Fatalf("join: register node%d: %v", i, err)
	}
	for k := range r.nodes() {
		n.waitOperators(k, []string{op.Signer}, nil, 2*time.Minute)
	}
	r.t.Logf("join: node%d in every node's validator set %v after its registration", i, time.Since(start).Round(time.Millisecond))
}

// syncNode waits until node i has caught up with another node.
func (r *runner) syncNode(i int) {
	r.n.WaitSynced(i, r.refNode(i), 2*time.Minute)
}

// refNode is a staked validator other than not that is not being
// perturbed.
func (r *runner) refNode(not int) int {
	r.load.mu.Lock()
	defer r.load.mu.Unlock()
	for i := range r.m.Validators {
		if i != not && !r.load.avoid[i] {
			return i
		}
	}
	r.t.Fatalf("no node to read from (all avoided but node%d)", not)
	return -1
}

// since is h - from, or 0 when h is below from (no node answered).
func since(h, from uint64) uint64 {
	if h < from {
		return 0
	}
	return h - from
}

// maxHeight is the highest height among the nodes but those in skip.
func (r *runner) maxHeight(skip ...int) uint64 {
	var h uint64
	for i := range r.nodes() {
		if slices.Contains(skip, i) {
			continue
		}
		var st node.StatusResult
		if err := r.n.Call(i, &st, "mycel_status"); err == nil {
			h = max(h, uint64(st.Height))
		}
	}
	return h
}

// snapshot reads the block at the lowest height of the nodes that answer
// (and every node's height).
func (r *runner) snapshot(what string) []snapshot {
	ref := r.refNode(-1)
	st := r.n.Status(ref)
	b := r.n.Block(ref, uint64(st.Height))
	s := snapshot{height: uint64(st.Height), hash: string(b.Hash), app: b.AppHash, what: what}
	r.snaps = append(r.snaps, s)
	return []snapshot{s}
}

// checkSnapshot checks that every node still has the snapshot's blocks.
func (r *runner) checkSnapshot(snaps []snapshot) {
	for _, s := range snaps {
		for i := range r.nodes() {
			st := r.n.Status(i)
			if uint64(st.Height) < s.height {
				r.t.Fatalf("node%d at height %d after %s: block %d lost (heights must only grow)", i, st.Height, s.what, s.height)
			}
			if b := r.n.Block(i, s.height); string(b.Hash) != s.hash || b.AppHash != s.app {
				r.t.Fatalf("node%d: block %d is %x app %s, was %x app %s %s", i, s.height, []byte(b.Hash), b.AppHash, []byte(s.hash), s.app, s.what)
			}
		}
	}
}

// ---- wait and check ----

// wait lets the load run out its duration, stops it, waits until every
// accepted transfer is committed and a batch past those committed before
// the faults (and after the last one) is finalized on L1.
func (r *runner) wait() {
	if rest := time.Until(r.loadStart.Add(r.m.Load.Duration.Duration)); rest > 0 {
		r.t.Logf("load: %v of its duration left", rest.Round(time.Millisecond))
		time.Sleep(rest)
	}
	r.load.halt()
	r.bg.Wait()
	for _, f := range r.figures {
		if f.p.Op == opProverDown {
			if f.finalized == 0 {
				r.t.Errorf("%s: the restarted prover's first proof was not finalized on L1 within %s", f.p, 2*recoverWithin)
			} else {
				r.t.Logf("%s: the restarted prover made a proof %v after the restart, finalized on L1 %v after it", f.p,
					f.proved.Round(time.Millisecond), f.finalized.Round(time.Millisecond))
			}
		}
	}
	r.load.mu.Lock()
	accepted, refused, errs := len(r.load.accepted), r.load.refused, r.load.errs
	r.load.mu.Unlock()
	r.t.Logf("load stopped after %v: %d transfers accepted, %d refused %v", time.Since(r.loadStart).Round(time.Millisecond), accepted, refused, errs)
	if r.m.Load.Rate > 0 && accepted == 0 {
		r.t.Fatal("the load generator got no transfer accepted")
	}
	// Every accepted transfer committed (node1's view; the walk of check
	// then finds each in exactly one block on every node).
	pending := slices.Clone(r.load.accepted)
	err := procnet.Wait(2 * time.Minute).Poll(func() error {
		var left []common.Hash
		for _, h := range pending {
			var rc *node.Receipt
			if err := r.n.Call(1%r.m.Validators, &rc, "mycel_getTransactionReceipt", h); err != nil || rc == nil || rc.Status != "committed" {
				left = append(left, h)
			}
		}
		pending = left
		if len(left) > 0 {
			return fmt.Errorf("%d accepted transfers not committed", len(left))
		}
		return nil
	})
	if err != nil {
		for _, h := range pending {
			s := r.load.sent[h]
			var acc node.AccountResult
			_ = r.n.Call(1%r.m.Validators, &acc, "mycel_getAccount", r.n.Accts[s.acct].Index)
			// What each node says of it (a receipt index behind on one
			// node is not the same fault as a transfer lost everywhere).
			var says []string
			for i := range r.nodes() {
				var rc *node.Receipt
				err := r.n.Call(i, &rc, "mycel_getTransactionReceipt", h)
				switch {
				case err != nil:
					says = append(says, fmt.Sprintf("node%d: %v", i, err))
				case rc == nil:
					says = append(says, fmt.Sprintf("node%d: unknown", i))
				default:
					says = append(says, fmt.Sprintf("node%d: %s", i, rc.Status))
				}
			}
			r.t.Errorf("accepted transfer %s never committed: accepted by node%d %v after the load started, account %d nonce %d (its committed nonce now %d); %s",
				h, s.node, s.at.Sub(r.loadStart).Round(time.Millisecond), s.acct, s.nonce, acc.Account.Nonce, strings.Join(says, ", "))
		}
		r.t.FailNow()
	}
	// Batches go on after the last perturbation: one more transfer's batch
	// is committed on L1, and L1 finalizes a batch past both those it had
	// committed before the faults and those it had finalized after the
	// last one. (Not the whole backlog: on 2 cores a proof takes about
	// 11 s, longer than the batches of any steady load take to close.)
	b := r.n.traffic(0, 0, 1)
	if b.Index < r.cLast {
		r.t.Fatalf("the last transfer landed in batch %d, below the %d committed after the faults", b.Index, r.cLast)
	}
	r.n.waitCommitted(b.Index, 2*time.Minute)
	want := max(r.c0, r.fLast)
	start := time.Now()
	r.n.waitFinalized(want, 5*time.Minute)
	r.t.Logf("batch %d committed on L1; batch %d finalized %v later (L1 had committed %d batches before the faults, "+
		"%d after the last one, and finalized %d then)", b.Index, want, time.Since(start).Round(time.Millisecond), r.c0, r.cLast, r.fLast)
}

// check walks every height on every node: same block hash and app hash
// everywhere, equal to every snapshot, no double-sign evidence, and every
// accepted transfer in exactly one block, the one its receipt names; then
// L1: no DoubleVoteSlashed event, every batch committed exactly once.
func (r *runner) check() {
	n := r.n
	low := uint64(1 << 62)
	for i := range r.nodes() {
		if !n.Running(i) {
			r.t.Fatalf("node%d is not running at the end of the run", i)
		}
		low = min(low, uint64(n.Status(i).Height))
	}
	snapAt := map[uint64]snapshot{}
	for _, s := range r.snaps {
		snapAt[s.height] = s
	}
	seen := map[common.Hash][]uint64{}
	for h := uint64(1); h <= low; h++ {
		ref := n.Block(0, h)
		if ref.Evidence != 0 {
			r.t.Errorf("block %d carries %d pieces of double-sign evidence", h, ref.Evidence)
		}
		for i := 1; i < r.nodes(); i++ {
			b := n.Block(i, h)
			if b.AppHash != ref.AppHash || string(b.Hash) != string(ref.Hash) {
				r.t.Fatalf("height %d: node0 has block %x app hash %s, node%d has %x %s", h, []byte(ref.Hash), ref.AppHash, i, []byte(b.Hash), b.AppHash)
			}
		}
		if s, ok := snapAt[h]; ok && (s.hash != string(ref.Hash) || s.app != ref.AppHash) {
			r.t.Fatalf("height %d: block %x app %s, read as %x app %s %s", h, []byte(ref.Hash), ref.AppHash, []byte(s.hash), s.app, s.what)
		}
		for _, tx := range ref.Txs {
			seen[tx.Hash] = append(seen[tx.Hash], h)
		}
	}
	r.t.Logf("check: %d nodes agree on heights 1-%d (block and app hash), %d snapshots intact, no evidence", r.nodes(), low, len(r.snaps))

	for _, h := range r.load.accepted {
		var rc *node.Receipt
		n.MustCall(0, &rc, "mycel_getTransactionReceipt", h)
		if rc == nil || rc.Status != "committed" || rc.Height == nil {
			r.t.Errorf("accepted transfer %s: receipt %+v, want committed", h, rc)
			continue
		}
		if hs := seen[h]; len(hs) != 1 || hs[0] != uint64(*rc.Height) {
			r.t.Errorf("accepted transfer %s is in blocks %v, want exactly once, in block %d (its receipt)", h, hs, *rc.Height)
		}
	}
	r.t.Logf("check: %d accepted transfers committed exactly once", len(r.load.accepted))

	if evs := n.doubleVoteEvents(); len(evs) != 0 {
		for _, ev := range evs {
			r.t.Errorf("DoubleVoteSlashed on L1: signer %s at height %d (node%d), an honest validator", ev.Signer, ev.Height, n.nodeOfSigner(ev.Signer.Hex()))
		}
	}
	next := n.nextBatchIndex()
	count := map[uint64]int{}
	for _, ev := range n.batchCommittedEvents() {
		count[ev.BatchIndex]++
	}
	for idx := range next {
		if count[idx] != 1 {
			r.t.Errorf("batch %d committed %d times on L1, want once", idx, count[idx])
		}
	}
	r.t.Logf("check: no DoubleVoteSlashed event; batches 0-%d committed once each, %d finalized (%d committed before the faults)",
		next-1, n.finalizedCount(), r.c0)
	want, what := n.l1.Deployment.Staking, "ECDSA (the StakingRegistry)"
	if r.m.BLSCertificates {
		want, what = n.l1.Deployment.BLS, "BLS (the BLSRegistry)"
	}
	if c := mustL1Call(n, n.l1.Deployment.Rollup, rollupABI.PackCertifier(), rollupABI.UnpackCertifier); c != want {
		r.t.Errorf("the Rollup's certifier is %s, want %s at %s", c, what, want)
	}
	r.t.Logf("check: certificates are %s", what)
}

// cleanup stops the validators with SIGTERM, each of which must exit
// cleanly; the test's cleanup then stops the L1 chain.
func (r *runner) cleanup() {
	for i := r.nodes() - 1; i >= 0; i-- {
		if err := r.n.Terminate(i, 30*time.Second); err != nil {
			r.t.Errorf("cleanup: %v", err)
		}
	}
}
