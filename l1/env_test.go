package l1

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/internal/testutil"
)

// chain is the watcher tests' simulated L1 with the contract set deployed:
// a testenv chain (internal/testenv) with the watcher's shorthands.
type chain struct {
	t  *testing.T
	te *testenv.Env
	// Shorthands for te's.
	ctx     context.Context
	sim     *simulated.Backend
	client  simulated.Client
	chainID *big.Int
	d       *contracts.Deployment
	users   []*ecdsa.PrivateKey
	rollup  *bindings.Rollup
	staking *bindings.StakingRegistry
	seed    byte
}

// ether and gwei are testenv's.
var (
	ether = testenv.Ether
	gwei  = testenv.Gwei
)

// l1Funds is the balance of every account of the l1 tests' chains.
var l1Funds = ether(1_000_000)

// newChain starts a chain of nUsers funded accounts with the contracts'
// default configuration (a 1 ETH minimum stake, a depth-4 tree, the
// insecure test verifier).
func newChain(t *testing.T, nUsers int) *chain {
	t.Helper()
	cfg := contracts.DefaultConfig()
	cfg.MinStake = ether(1)
	cfg.TreeDepth = 4
	cfg.InsecureTestVerifier = true
	te := testenv.NewWith(t, testenv.Options{Users: nUsers, Config: &cfg, Funds: l1Funds, KeyLabel: "mycel l1 test account"})
	t.Cleanup(te.Close)
	c := &chain{t: t, te: te, ctx: te.Ctx, sim: te.Sim, client: te.Client, chainID: te.ChainID, d: te.D,
		rollup: te.RollupABI, staking: te.StakingABI}
	for _, u := range te.Users {
		c.users = append(c.users, u.Key)
	}
	return c
}

func addr(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }

// head returns the current head block number.
func (c *chain) head() uint64 {
	c.t.Helper()
	n, err := c.client.BlockNumber(c.ctx)
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

// ref returns the canonical block at n.
func (c *chain) ref(n uint64) Ref {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(c.ctx, new(big.Int).SetUint64(n))
	if err != nil {
		c.t.Fatal(err)
	}
	return Ref{n, h.Hash()}
}

// send sends a transaction and mines blocks until it is in one; returns
// the receipt, failing the test if it reverted.
func (c *chain) send(from *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	c.t.Helper()
	return c.te.Must(testenv.AccountOfKey(from), c.te.At(to), value, data)
}

// deposit queues a deposit of amount gwei to a fresh L2 key.
func (c *chain) deposit(from *ecdsa.PrivateKey, amountGwei uint64) (*types.Receipt, [32]byte) {
	c.t.Helper()
	c.seed++
	pk := testenv.L2Key(c.seed)
	return c.send(from, c.d.Rollup, gwei(amountGwei), c.te.DepositArgs(pk)), pk
}

// register registers `owner` as a human operator with a fresh consensus
// key and stake; returns the receipt and the signer address.
func (c *chain) register(owner *ecdsa.PrivateKey, stake *big.Int) (*types.Receipt, common.Address) {
	c.t.Helper()
	c.seed++
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("mycel l1 consensus key"), []byte{c.seed}))
	if err != nil {
		c.t.Fatal(err)
	}
	return c.send(owner, c.d.Staking, stake, c.te.RegisterArgs(addr(owner), key, 0, 0)), addr(key)
}

// logs returns the chain's watched logs in [from, head] as they are now
// (the ground truth deliveries are compared with).
func (c *chain) logs(from uint64) []logID {
	c.t.Helper()
	ls, err := c.client.FilterLogs(c.ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from),
		ToBlock: new(big.Int).SetUint64(c.head()), Addresses: []common.Address{c.d.Rollup, c.d.Staking}})
	if err != nil {
		c.t.Fatal(err)
	}
	dec := newDecoder(c.d.Rollup, c.d.Staking)
	var out []logID
	for i := range ls {
		if v, _ := dec.decode(&ls[i]); v != nil {
			out = append(out, logID{ls[i].BlockNumber, ls[i].BlockHash, ls[i].Index, ls[i].TxHash})
		}
	}
	return out
}

type logID struct {
	Number uint64
	Hash   common.Hash
	Index  uint
	Tx     common.Hash
}

// recorder collects a watcher's updates.
type recorder struct {
	mu      sync.Mutex
	updates []Update
	applied []Event // deliveries with reorged ones dropped
	seen    map[logID]int
	last    Ref
	dupes   int
}

func (r *recorder) handle(_ context.Context, u Update) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.seen == nil {
		r.seen = map[logID]int{}
	}
	r.updates = append(r.updates, u)
	switch u := u.(type) {
	case *Block:
		for _, e := range u.Events {
			id := logID{e.Block.Number, e.Block.Hash, e.LogIndex, e.TxHash}
			if r.seen[id] > 0 {
				r.dupes++
			}
			r.seen[id]++
			r.applied = append(r.applied, e)
		}
	case Reorg:
		keep := r.applied[:0]
		for _, e := range r.applied {
			if e.Block.Number < u.FromBlock {
				keep = append(keep, e)
			}
		}
		r.applied = keep
		for id := range r.seen {
			if id.Number >= u.FromBlock {
				delete(r.seen, id)
			}
		}
	case Processed:
		r.last = u.Ref
	}
	return nil
}

func (r *recorder) lastProcessed() Ref {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.last
}

func (r *recorder) appliedIDs() []logID {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []logID
	for _, e := range r.applied {
		out = append(out, logID{e.Block.Number, e.Block.Hash, e.LogIndex, e.TxHash})
	}
	return out
}

func (r *recorder) events() []Event {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Event(nil), r.applied...)
}

func (r *recorder) snapshot() []Update {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]Update(nil), r.updates...)
}

// waitFor polls cond every 5 ms until it holds (10 s at most: a hang, not
// a timing assertion).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	testutil.Wait{Within: 10 * time.Second, Every: 5 * time.Millisecond}.Until(t, what, cond)
}

// testConfig is a fast-polling watcher config for the chain.
func (c *chain) testConfig(confirmations uint64) Config {
	cfg := Default()
	cfg.Rollup, cfg.StakingRegistry = c.d.Rollup, c.d.Staking
	cfg.Confirmations = confirmations
	cfg.PollInterval = 5 * time.Millisecond
	cfg.RetryMin = 5 * time.Millisecond
	cfg.RetryMax = 40 * time.Millisecond
	return cfg
}

// running is a watcher running in the background.
type running struct {
	w    *Watcher
	rec  *recorder
	m    *Metrics
	stop func() error
}

func start(t *testing.T, cfg Config, client Client, logger *slog.Logger) *running {
	t.Helper()
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	m := NopMetrics()
	w, err := NewWatcher(cfg, client, logger, m)
	if err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	w.SetHandler(rec.handle)
	if err := w.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	stop := func() error { return w.Stop(context.Background()) }
	t.Cleanup(func() { _ = stop() })
	return &running{w: w, rec: rec, m: m, stop: stop}
}

// waitProcessed waits until the watcher has processed block n.
func (r *running) waitProcessed(t *testing.T, n uint64) {
	t.Helper()
	waitFor(t, fmt.Sprintf("block %d processed", n), func() bool { return r.rec.lastProcessed().Number >= n })
}
