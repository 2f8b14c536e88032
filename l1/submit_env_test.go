package l1

import (
	"context"
	"crypto/ecdsa"
	"crypto/sha256"
	"fmt"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// env is a simulated L1 with the contract set deployed, for the
// submission side's tests (transaction manager, poster, proof submitter,
// slash reporter). Set up operators first, then start mining in the
// background (autoMine): the components under test wait for receipts like
// they would on a real chain.
type env struct {
	t        *testing.T
	ctx      context.Context
	sim      *simulated.Backend
	client   simulated.Client
	chainID  *big.Int
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
type operator struct {
	owner  *ecdsa.PrivateKey
	key    *ecdsa.PrivateKey
	signer common.Address
	stake  *big.Int
}

func newEnv(t *testing.T, nAccounts int, opts ...func(*node.Config, *ethconfig.Config)) *env {
	t.Helper()
	e := &env{t: t, ctx: context.Background(), rollup: bindings.NewRollup(), staking: bindings.NewStakingRegistry(),
		slasher: bindings.NewSlasher()}
	alloc := types.GenesisAlloc{}
	for i := 0; i <= nAccounts; i++ {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("mycel l1 submit account %d", i))))
		if err != nil {
			t.Fatal(err)
		}
		alloc[addr(k)] = types.Account{Balance: ether(1_000_000)}
		if i == 0 {
			e.deployer = k
		} else {
			e.accounts = append(e.accounts, k)
		}
	}
	e.sim = simulated.NewBackend(alloc, append([]func(*node.Config, *ethconfig.Config){
		simulated.WithBlockGasLimit(60_000_000), osakaRules}, opts...)...)
	t.Cleanup(func() { _ = e.sim.Close() })
	e.client = e.sim.Client()
	var err error
	if e.chainID, err = e.client.ChainID(e.ctx); err != nil {
		t.Fatal(err)
	}
	e.cfg = contracts.DefaultConfig()
	e.cfg.MinStake = ether(1)
	e.cfg.EpochDuration = 1000
	e.cfg.UnbondingDelay = 5000
	e.cfg.TreeDepth = 4
	// Background mining runs the chain's clock fast (at least a second a
	// block): keep the proof window and escape hatch far away.
	e.cfg.ProofWindow = 1_000_000
	e.cfg.EscapePeriod = 10_000_000
	e.cfg.InsecureTestVerifier = true
	auth := bind.NewKeyedTransactor(e.deployer, e.chainID)
	if e.d, err = contracts.DeployAll(e.ctx, e.client, auth, e.cfg, func() { e.sim.Commit() }); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	return e
}

// mustSend sends a transaction outside the code under test and mines it
// (only before autoMine).
func (e *env) mustSend(from *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) *types.Receipt {
	e.t.Helper()
	est, err := e.client.EstimateGas(e.ctx, ethereum.CallMsg{From: addr(from), To: &to, Value: value, Data: data})
	if err != nil {
		e.t.Fatalf("estimate: %s (%v)", contracts.RevertName(err), err)
	}
	opts := bind.NewKeyedTransactor(from, e.chainID)
	opts.Context, opts.Value, opts.GasLimit = e.ctx, value, est+est/4+20_000
	tx, err := bind.Transact(e.rollup.Instance(e.client, to), opts, data)
	if err != nil {
		e.t.Fatalf("send: %v", err)
	}
	return mineReceipt(e.t, e.ctx, e.sim, tx.Hash())
}

// register registers owner as a human operator with a fresh consensus key.
func (e *env) register(owner *ecdsa.PrivateKey, stake *big.Int) *operator {
	e.t.Helper()
	e.seed++
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("mycel l1 submit consensus key"), []byte{e.seed}))
	if err != nil {
		e.t.Fatal(err)
	}
	pub, sig, err := contracts.ProofOfPossession(key, e.chainID, e.d.Staking, addr(owner))
	if err != nil {
		e.t.Fatal(err)
	}
	e.mustSend(owner, e.d.Staking, stake, e.staking.PackRegister(0, big.NewInt(0), pub, sig))
	return &operator{owner: owner, key: key, signer: addr(key), stake: stake}
}

// nextEpoch moves the chain's clock one epoch on (only before autoMine),
// so stake registered so far counts.
func (e *env) nextEpoch() {
	e.t.Helper()
	for i := 0; ; i++ {
		err := e.sim.AdjustTime(time.Duration(e.cfg.EpochDuration) * time.Second)
		if err == nil {
			return
		}
		if i == 100 {
			e.t.Fatalf("adjust time: %v", err)
		}
		e.sim.Commit() // a transaction reached the pool late: seal it first
		time.Sleep(10 * time.Millisecond)
	}
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
	return bindings.BatchHeader{ChainId: e.cfg.L2ChainID, BatchIndex: i, PrevRoot: root(i), NewRoot: root(i + 1),
		FirstBlock: i * 10, LastBlock: i*10 + 9, DataCommitment: sha256.Sum256(nil)}
}

// sign returns each operator's attestation of h.
func (e *env) sign(h bindings.BatchHeader, ops ...*operator) []contracts.Signature {
	e.t.Helper()
	d := contracts.AttestationDigest(e.chainID, e.d.Rollup, h)
	var out []contracts.Signature
	for _, op := range ops {
		sig, err := contracts.SignDigest(op.key, d)
		if err != nil {
			e.t.Fatal(err)
		}
		out = append(out, contracts.Signature{Signer: op.signer, Sig: sig})
	}
	return out
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

// runBackground runs f(ctx) until the test ends (or the returned stop is
// called) and fails the test if it returns an error.
func runBackground(t *testing.T, f func(context.Context) error) (stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- f(ctx) }()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			cancel()
			if err := <-done; err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	t.Cleanup(stop)
	return stop
}
