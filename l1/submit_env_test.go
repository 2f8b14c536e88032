package l1

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/service"
	"github.com/mycel-network/mycel/internal/testenv"
)

// env is a simulated L1 with the contract set deployed, for the
// submission side's tests (transaction manager, poster, proof submitter,
// slash reporter): a testenv chain (internal/testenv) with the submission
// tests' shorthands. Set up operators first, then start mining in the
// background (autoMine): the components under test wait for receipts like
// they would on a real chain.
type env struct {
	t  *testing.T
	te *testenv.Env
	// Shorthands for te's.
	ctx      context.Context
	sim      *simulated.Backend
	client   simulated.Client
	chainID  *big.Int
	launch   common.Hash // the L2 launch the tests attest for (testenv's)
	cfg      contracts.Config
	d        *contracts.Deployment
	deployer *ecdsa.PrivateKey
	accounts []*ecdsa.PrivateKey // funded accounts for transaction managers and operators
	rollup   *bindings.Rollup
	staking  *bindings.StakingRegistry
	slasher  *bindings.Slasher
	seed     byte
}

// operator is a registered operator: owner account and consensus key.
type operator = testenv.Operator

// newEnv starts a chain of nAccounts funded accounts; opts are more
// simulated-backend options.
func newEnv(t *testing.T, nAccounts int, opts ...func(*node.Config, *ethconfig.Config)) *env {
	t.Helper()
	return newEnvWith(t, nAccounts, nil, opts...)
}

// newEnvWith is newEnv with mod applied to the deployment's config.
func newEnvWith(t *testing.T, nAccounts int, mod func(*contracts.Config), opts ...func(*node.Config, *ethconfig.Config)) *env {
	t.Helper()
	cfg := contracts.DefaultConfig()
	cfg.MinStake = ether(1)
	cfg.EpochDuration = 1000
	cfg.UnbondingDelay = 5000
	cfg.TreeDepth = 4
	// Background mining runs the chain's clock fast (at least a second a
	// block): keep the proof window and escape hatch far away.
	cfg.ProofWindow = 1_000_000
	cfg.EscapePeriod = 10_000_000
	cfg.InsecureTestVerifier = true
	if mod != nil {
		mod(&cfg)
	}
	te := testenv.NewWith(t, testenv.Options{Users: nAccounts, Config: &cfg, Funds: l1Funds,
		KeyLabel: "mycel l1 submit account", SimOptions: opts})
	t.Cleanup(te.Close)
	e := &env{t: t, te: te, ctx: te.Ctx, sim: te.Sim, client: te.Client, chainID: te.ChainID, launch: te.Launch, cfg: te.Cfg, d: te.D,
		deployer: te.Deployer.Key, rollup: te.RollupABI, staking: te.StakingABI, slasher: te.SlasherABI}
	for _, a := range te.Users {
		e.accounts = append(e.accounts, a.Key)
	}
	return e
}

// mustSend sends a transaction outside the code under test and mines it
// (only before autoMine).
func (e *env) mustSend(from *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	return e.te.Must(testenv.AccountOfKey(from), e.te.At(to), value, data)
}

// register registers owner as a human operator with a fresh consensus key.
func (e *env) register(owner *ecdsa.PrivateKey, stake *big.Int) *operator {
	e.t.Helper()
	e.seed++
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("mycel l1 submit consensus key"), []byte{e.seed}))
	if err != nil {
		e.t.Fatal(err)
	}
	e.mustSend(owner, e.d.Staking, stake, e.te.RegisterArgs(addr(owner), key, 0, 0))
	return &operator{Owner: testenv.AccountOfKey(owner), Key: key, Signer: addr(key), Stake: stake}
}

// registerBLS registers the owners as operators of 10 ETH with BLS keys
// (op.BLSKey), in order (the order of the next BLS set).
func (e *env) registerBLS(owners ...*ecdsa.PrivateKey) []*operator {
	e.t.Helper()
	var ops []*operator
	for _, o := range owners {
		op := e.register(o, ether(10))
		e.te.RegisterBLSKey(op)
		ops = append(ops, op)
	}
	return ops
}

// nextEpoch moves the chain's clock one epoch on (only before autoMine),
// so stake registered so far counts.
func (e *env) nextEpoch() {
	e.t.Helper()
	e.te.Advance(e.cfg.EpochDuration)
}

// autoMine seals a block every interval until the test ends.
func (e *env) autoMine(interval time.Duration) {
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				e.sim.Commit()
			}
		}
	}()
	e.t.Cleanup(func() { close(stop); <-done })
}

// root is a deterministic state root (a field element); root(0) is the
// genesis root.
func root(i uint64) common.Hash {
	if i == 0 {
		return common.Hash{}
	}
	h := crypto.Keccak256Hash([]byte("l1 test root"), new(big.Int).SetUint64(i).Bytes())
	h[0] &= 0x0f
	return h
}

// header is batch i of a chain of empty batches from genesis.
func (e *env) header(i uint64) bindings.BatchHeader {
	h := batch.Header{ChainId: e.cfg.L2ChainID, BatchIndex: i, PrevRoot: root(i), NewRoot: root(i + 1),
		FirstBlock: i * 10, LastBlock: i*10 + 9}
	h.SetPubData(nil)
	return bindings.BatchHeader(h)
}

// sign returns each operator's attestation of h.
func (e *env) sign(h bindings.BatchHeader, ops ...*operator) []contracts.Signature {
	e.t.Helper()
	return e.te.Sign(h, ops...)
}

// view reads a Rollup or StakingRegistry view at the head.
func view[T any](e *env, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	e.t.Helper()
	v, err := viewCall(e.ctx, e.client, to, data, nil, unpack)
	if err != nil {
		e.t.Fatalf("view call: %s (%v)", contracts.RevertName(err), err)
	}
	return v
}

func (e *env) nextBatchIndex() uint64 {
	return view(e, e.d.Rollup, e.rollup.PackNextBatchIndex(), e.rollup.UnpackNextBatchIndex)
}

func (e *env) finalizedCount() uint64 {
	return view(e, e.d.Rollup, e.rollup.PackFinalizedCount(), e.rollup.UnpackFinalizedCount)
}

// events returns the decoded logs of one Rollup or Slasher event.
func rollupEvents[T any](e *env, name string, unpack func(*types.Log) (T, error)) []T {
	e.t.Helper()
	a, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		e.t.Fatal(err)
	}
	ls, err := e.client.FilterLogs(e.ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{e.d.Rollup},
		Topics: [][]common.Hash{{a.Events[name].ID}}})
	if err != nil {
		e.t.Fatal(err)
	}
	var out []T
	for i := range ls {
		v, err := unpack(&ls[i])
		if err != nil {
			e.t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// committed counts BatchCommitted events per batch index.
func (e *env) committed() map[uint64]int {
	out := map[uint64]int{}
	for _, ev := range rollupEvents(e, "BatchCommitted", e.rollup.UnpackBatchCommittedEvent) {
		out[ev.BatchIndex]++
	}
	return out
}

// txConfig is a fast transaction manager configuration for the chain.
func (e *env) txConfig() TxManagerConfig {
	c := DefaultTxManagerConfig()
	c.ChainID = e.chainID
	c.ResubmitAfter = time.Second
	c.PollInterval = 10 * time.Millisecond
	c.RetryMin = 5 * time.Millisecond
	c.RetryMax = 50 * time.Millisecond
	c.ReceiptTimeout = 30 * time.Second
	return c
}

func (e *env) txManager(key *ecdsa.PrivateKey, client TxClient, cfg *TxManagerConfig) (*TxManager, *Metrics) {
	e.t.Helper()
	if client == nil {
		client = e.client
	}
	c := e.txConfig()
	if cfg != nil {
		c = *cfg
	}
	m := NopMetrics()
	txm, err := NewTxManager(c, client, key, nil, m)
	if err != nil {
		e.t.Fatal(err)
	}
	return txm, m
}

// batchStore is a BatchSource (and ProofSource) the tests fill.
type batchStore struct {
	mu      sync.Mutex
	batches map[uint64]*batch.Record
	proofs  map[uint64][]byte
}

func newBatchStore() *batchStore {
	return &batchStore{batches: map[uint64]*batch.Record{}, proofs: map[uint64][]byte{}}
}

func (s *batchStore) put(b *batch.Record) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.batches[b.Header.BatchIndex] = b
}

func (s *batchStore) putProof(i uint64, p []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.proofs[i] = p
}

func (s *batchStore) CertifiedBatch(i uint64) (*batch.Record, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.batches[i]
	return b, ok, nil
}

func (s *batchStore) Proof(i uint64) ([]byte, bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p, ok := s.proofs[i]
	return p, ok, nil
}

// runBackground starts svc and stops it when the test ends (or the returned stop is
// called) and fails the test if it returns an error.
func runBackground(t *testing.T, svc service.Service) (stop func()) {
	t.Helper()
	if err := svc.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	stop = func() {
		if err := svc.Stop(context.Background()); err != nil {
			t.Errorf("Stop: %v", err)
		}
	}
	t.Cleanup(stop)
	return stop
}
