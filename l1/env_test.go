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

	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards/eddsa"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// chain is a simulated L1 with the contract set deployed (the contracts'
// own test environment is internal to contracts/, so this is a small copy
// of what the watcher tests need).
type chain struct {
	t       *testing.T
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

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func gwei(n uint64) *big.Int { return new(big.Int).Mul(new(big.Int).SetUint64(n), big.NewInt(1e9)) }

func osakaRules(_ *node.Config, ec *ethconfig.Config) {
	c := *ec.Genesis.Config
	c.AmsterdamTime, c.BogotaTime = nil, nil
	ec.Genesis.Config = &c
}

func newChain(t *testing.T, nUsers int) *chain {
	t.Helper()
	c := &chain{t: t, ctx: context.Background(), rollup: bindings.NewRollup(), staking: bindings.NewStakingRegistry()}
	alloc := types.GenesisAlloc{}
	var deployer *ecdsa.PrivateKey
	for i := 0; i <= nUsers; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("mycel l1 test account %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: ether(1_000_000)}
		if i == 0 {
			deployer = k
		} else {
			c.users = append(c.users, k)
		}
	}
	c.sim = simulated.NewBackend(alloc, simulated.WithBlockGasLimit(60_000_000), osakaRules)
	t.Cleanup(func() { _ = c.sim.Close() })
	c.client = c.sim.Client()
	var err error
	if c.chainID, err = c.client.ChainID(c.ctx); err != nil {
		t.Fatal(err)
	}
	cfg := contracts.DefaultConfig()
	cfg.MinStake = ether(1)
	cfg.TreeDepth = 4
	cfg.InsecureTestVerifier = true
	auth := bind.NewKeyedTransactor(deployer, c.chainID)
	if c.d, err = contracts.DeployAll(c.ctx, c.client, auth, cfg, func() { c.sim.Commit() }); err != nil {
		t.Fatalf("deploy: %v", err)
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
// the receipt.
func (c *chain) send(from *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	c.t.Helper()
	opts := bind.NewKeyedTransactor(from, c.chainID)
	opts.Context = c.ctx
	opts.Value = value
	opts.GasLimit = 2_000_000
	// Raw calldata: the bound contract's ABI does not matter, its address does.
	tx, err := bind.Transact(c.rollup.Instance(c.client, to), opts, data)
	if err != nil {
		c.t.Fatalf("send: %v", err)
	}
	return mineReceipt(c.t, c.ctx, c.sim, tx.Hash())
}

// mineReceipt commits blocks until tx is in one and returns its receipt,
// failing the test if it reverted or is not mined.
func mineReceipt(t *testing.T, ctx context.Context, sim *simulated.Backend, tx common.Hash) *types.Receipt {
	t.Helper()
	for i := 0; ; i++ {
		sim.Commit()
		rcpt, err := sim.Client().TransactionReceipt(ctx, tx)
		if err == nil {
			if rcpt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transaction %s reverted", tx)
			}
			return rcpt
		}
		if i == 100 {
			t.Fatalf("transaction %s not mined: %v", tx, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// deposit queues a deposit of amount gwei to a fresh L2 key.
func (c *chain) deposit(from *ecdsa.PrivateKey, amountGwei uint64) (*types.Receipt, [32]byte) {
	c.t.Helper()
	c.seed++
	pk := l2Key(c.seed)
	x, qx, qy, err := contracts.DepositKeyHint(pk)
	if err != nil {
		c.t.Fatal(err)
	}
	return c.send(from, c.d.Rollup, gwei(amountGwei), c.rollup.PackDeposit(pk, x, qx, qy)), pk
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
	pub, sig, err := contracts.ProofOfPossession(key, c.chainID, c.d.Staking, addr(owner))
	if err != nil {
		c.t.Fatal(err)
	}
	return c.send(owner, c.d.Staking, stake, c.staking.PackRegister(0, big.NewInt(0), pub, sig)), addr(key)
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

// l2Key returns a valid compressed L2 public key from a seed.
func l2Key(seed byte) [32]byte {
	var buf [64]byte
	for i := range buf {
		buf[i] = seed + byte(i)
	}
	sk, err := eddsa.GenerateKey(&fixedReader{b: buf[:]})
	if err != nil {
		panic(err)
	}
	return sk.PublicKey.A.Bytes()
}

type fixedReader struct {
	b []byte
	i int
}

func (r *fixedReader) Read(p []byte) (int, error) {
	n := copy(p, r.b[r.i:])
	r.i += n
	clear(p[n:])
	return len(p), nil
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

// waitFor polls cond until it holds (10 s at most: a hang, not a timing
// assertion).
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
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
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- w.Run(ctx) }()
	var once sync.Once
	var runErr error
	stop := func() error {
		once.Do(func() {
			cancel()
			runErr = <-done
		})
		return runErr
	}
	t.Cleanup(func() { _ = stop() })
	return &running{w: w, rec: rec, m: m, stop: stop}
}

// waitProcessed waits until the watcher has processed block n.
func (r *running) waitProcessed(t *testing.T, n uint64) {
	t.Helper()
	waitFor(t, fmt.Sprintf("block %d processed", n), func() bool { return r.rec.lastProcessed().Number >= n })
}
