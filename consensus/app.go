package consensus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/ledger"
)

// Mempool is what the application needs from the app-side pool.
type Mempool interface {
	// Reap returns executable transactions by fee priority, at most maxTxs
	// of them and maxBytes in total.
	Reap(maxTxs, maxBytes int) [][]byte
	// Update removes included transactions and rechecks the rest against the
	// state after a committed block.
	Update(height uint64, included [][]byte)
}

// BlockEvent describes a committed block to listeners (indexers, RPC
// subscriptions).
type BlockEvent struct {
	Height   uint64
	Time     time.Time
	Hash     []byte // CometBFT block hash
	Proposer []byte // CometBFT proposer address
	AppHash  ledger.Hash
	Txs      [][]byte
	Receipts []*ledger.Receipt
	// Misbehavior is the evidence CometBFT committed in this block as ABCI
	// reports it (FinalizeBlockRequest.Misbehavior): the validator's address
	// and the height, not the votes. The votes are the block's Evidence in
	// CometBFT's block store, which holds the block before it is executed.
	Misbehavior []abci.Misbehavior
}

// AppConfig tunes block building.
type AppConfig struct {
	// MaxBlockTxs caps the transactions per block.
	MaxBlockTxs int
	// MaxBlockBytes caps the transaction bytes per block (also bounded by
	// the consensus params' block max_bytes).
	MaxBlockBytes int
}

// Result codes in ExecTxResult.Code.
const (
	CodeOK      uint32 = 0
	CodeInvalid uint32 = 1
)

// App is the ABCI++ application. CometBFT's local client serialises the
// consensus connection's calls; mu guards state shared with readers.
type App struct {
	abci.BaseApplication

	cfg     AppConfig
	store   *ledger.Store
	pool    Mempool
	genesis *ledger.Genesis
	log     *slog.Logger
	metrics *Metrics

	chain chain // plainChain, or the *Rollup of a chain with L1

	mu        sync.Mutex
	block     *ledger.Block // executed in FinalizeBlock, committed in Commit
	event     *BlockEvent
	listeners []func(BlockEvent)
}

// NewApp returns the application over an opened ledger store. genesis is
// the L2 genesis the chain started from (InitChain checks it matches).
func NewApp(cfg AppConfig, store *ledger.Store, pool Mempool, genesis *ledger.Genesis, logger *slog.Logger, m *Metrics) *App {
	if cfg.MaxBlockTxs <= 0 {
		cfg.MaxBlockTxs = 5000
	}
	if cfg.MaxBlockBytes <= 0 {
		cfg.MaxBlockBytes = 1 << 20
	}
	if m == nil {
		m = NopMetrics()
	}
	return &App{cfg: cfg, store: store, pool: pool, genesis: genesis, log: logger, metrics: m, chain: plainChain{}}
}

// SetRollup makes the chain a rollup: L1 references, deposits, batches and
// attestations (see Rollup). Call before the node starts.
func (a *App) SetRollup(r *RollupChain) {
	if r != nil {
		a.chain = r
	}
}

// Rollup returns the rollup side, nil on a chain without L1.
func (a *App) Rollup() *RollupChain {
	r, _ := a.chain.(*RollupChain)
	return r
}

// appHash is the app hash for a ledger root: the root itself on a chain
// without L1, else a hash over the root and the rollup state.
func (a *App) appHash(root ledger.Hash) []byte { return a.chain.appHash(root) }

// OnCommit registers a listener called after each committed block, from
// the consensus goroutine: listeners must be quick.
func (a *App) OnCommit(f func(BlockEvent)) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.listeners = append(a.listeners, f)
}

// Info reports the last committed ledger block for CometBFT's handshake.
func (a *App) Info(context.Context, *abci.InfoRequest) (*abci.InfoResponse, error) {
	root := a.store.Root()
	return &abci.InfoResponse{
		Data:             "mycel",
		Version:          "1",
		AppVersion:       AppVersion,
		LastBlockHeight:  int64(a.store.Height()),
		LastBlockAppHash: a.appHash(root),
	}, nil
}

// AppVersion is the application protocol version.
const AppVersion uint64 = 1

// InitChain checks that CometBFT's genesis carries the L2 genesis this
// store was created from, and returns the genesis state root.
func (a *App) InitChain(_ context.Context, req *abci.InitChainRequest) (*abci.InitChainResponse, error) {
	if len(req.AppStateBytes) > 0 {
		var g AppGenesis
		if err := json.Unmarshal(req.AppStateBytes, &g); err != nil {
			return nil, fmt.Errorf("init chain: app_state is not an L2 genesis: %w", err)
		}
		if (g.L1 != nil) != a.chain.isRollup() {
			return nil, fmt.Errorf("init chain: genesis has L1 parameters: %v, node runs with L1: %v", g.L1 != nil, a.chain.isRollup())
		}
		if g.ChainID != a.store.ChainID() || g.Depth != a.store.Depth() {
			return nil, fmt.Errorf("init chain: app_state is chain %d depth %d, the ledger store holds chain %d depth %d",
				g.ChainID, g.Depth, a.store.ChainID(), a.store.Depth())
		}
		if g.L1 != nil {
			// The Slasher accepts double votes of mycel chain ids only: on
			// another, validators could double-sign unpunished.
			if err := contracts.CheckCometChainID(g.ChainID, req.ChainId); err != nil {
				return nil, fmt.Errorf("init chain: %w", err)
			}
			if want := a.chain.(*RollupChain).cfg.CometChainID; req.ChainId != want {
				return nil, fmt.Errorf("init chain: CometBFT chain id %q, the rollup chain was configured with %q", req.ChainId, want)
			}
		}
	}
	if h := a.store.Height(); h != 0 {
		return nil, fmt.Errorf("init chain: ledger store is at height %d, want a fresh store", h)
	}
	if err := a.chain.checkGenesis(req.Validators); err != nil {
		return nil, fmt.Errorf("init chain: %w", err)
	}
	root := a.store.Root()
	a.log.Info("init chain", "chain_id", req.ChainId, "validators", len(req.Validators), "root", root, "rollup", a.chain.isRollup())
	return &abci.InitChainResponse{AppHash: a.appHash(root)}, nil
}

// PrepareProposal reaps from the app mempool. CometBFT's own mempool is
// "nop", so req.Txs is empty; any transactions it does carry are ignored.
func (a *App) PrepareProposal(ctx context.Context, req *abci.PrepareProposalRequest) (*abci.PrepareProposalResponse, error) {
	start := time.Now()
	maxBytes := a.cfg.MaxBlockBytes
	if req.MaxTxBytes > 0 && int(req.MaxTxBytes) < maxBytes {
		maxBytes = int(req.MaxTxBytes)
	}
	// Keep only what executes, in order, on top of the committed state: the
	// pool's view may be stale, and a proposal with one bad transaction
	// would be rejected by every validator.
	b, err := a.store.NewBlock()
	if err != nil {
		return nil, err
	}
	defer b.Discard()
	txs, capacity := a.chain.prepare(ctx, req, b) // capacity: batch chunks left; -1: unbounded
	for _, t := range txs {
		maxBytes -= len(t)
	}
	maxTxs := a.cfg.MaxBlockTxs - len(txs)
	if capacity >= 0 {
		maxTxs = min(maxTxs, capacity)
	}
	var candidates [][]byte
	if maxTxs > 0 && maxBytes > 0 {
		candidates = a.pool.Reap(maxTxs, maxBytes)
	}
	for _, raw := range candidates {
		tx, err := ledger.DecodeTx(raw)
		if err != nil {
			continue
		}
		if tx.Type.FromL1() {
			continue // deposits and forced exits come from L1, never from the pool
		}
		if capacity >= 0 && Chunks(tx.Type) > capacity {
			continue
		}
		if _, err := b.Apply(tx); err != nil {
			if errors.Is(err, ledger.ErrStoreFailed) {
				return nil, err // the disk failed: never build on a store that lost a write
			}
			a.log.Debug("prepare: dropping tx", "err", err)
			continue
		}
		if capacity >= 0 {
			capacity -= Chunks(tx.Type)
		}
		txs = append(txs, raw)
	}
	a.metrics.PrepareSeconds.Observe(time.Since(start).Seconds())
	return &abci.PrepareProposalResponse{Txs: txs}, nil
}

// ProcessProposal accepts a proposal only if every transaction decodes and
// executes in order on top of the committed state.
func (a *App) ProcessProposal(ctx context.Context, req *abci.ProcessProposalRequest) (*abci.ProcessProposalResponse, error) {
	start := time.Now()
	defer func() { a.metrics.ProcessSeconds.Observe(time.Since(start).Seconds()) }()
	first, err := a.chain.process(ctx, req.Txs)
	if err == nil {
		err = a.validateBlock(req.Txs[first:])
	}
	if errors.Is(err, ledger.ErrStoreFailed) {
		// This node cannot judge the proposal: halt rather than reject a
		// valid block.
		return nil, err
	}
	if err != nil {
		a.log.Warn("rejecting proposal", "height", req.Height, "proposer", fmt.Sprintf("%X", req.ProposerAddress), "err", err)
		a.metrics.RejectedProposals.Inc()
		return &abci.ProcessProposalResponse{Status: abci.PROCESS_PROPOSAL_STATUS_REJECT}, nil
	}
	return &abci.ProcessProposalResponse{Status: abci.PROCESS_PROPOSAL_STATUS_ACCEPT}, nil
}

func (a *App) validateBlock(txs [][]byte) error {
	if len(txs) > a.cfg.MaxBlockTxs {
		return fmt.Errorf("%d transactions, at most %d", len(txs), a.cfg.MaxBlockTxs)
	}
	b, err := a.store.NewBlock()
	if err != nil {
		return err
	}
	defer b.Discard()
	for i, raw := range txs {
		tx, err := ledger.DecodeTx(raw)
		if err != nil {
			return fmt.Errorf("tx %d: %w", i, err)
		}
		if tx.Type.FromL1() && !a.chain.isRollup() {
			return fmt.Errorf("tx %d: %s transactions are only accepted from L1", i, tx.Type)
		}
		if _, err := b.Apply(tx); err != nil {
			return fmt.Errorf("tx %d: %w", i, err)
		}
	}
	return nil
}

// FinalizeBlock executes the decided block. A transaction that fails (only
// possible if more than a third of the voting power accepted a bad
// proposal) is skipped with a failure code; execution stays deterministic.
func (a *App) FinalizeBlock(_ context.Context, req *abci.FinalizeBlockRequest) (*abci.FinalizeBlockResponse, error) {
	start := time.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.block != nil {
		// FinalizeBlock without Commit (e.g. replay after a crash in between).
		a.block.Discard()
		a.block, a.event = nil, nil
		a.chain.discard()
	}
	if want := a.store.Height() + 1; uint64(req.Height) != want {
		return nil, fmt.Errorf("finalize block %d: ledger expects height %d", req.Height, want)
	}
	b, err := a.store.NewBlock()
	if err != nil {
		return nil, err
	}
	results := make([]*abci.ExecTxResult, len(req.Txs))
	ev := &BlockEvent{Height: uint64(req.Height), Time: req.Time, Hash: req.Hash, Proposer: req.ProposerAddress, Misbehavior: req.Misbehavior}
	var sys *SysTx
	for i, raw := range req.Txs {
		if a.chain.isRollup() && i == 0 && IsSysTx(raw) {
			s, err := DecodeSysTx(raw)
			if err != nil {
				results[i] = &abci.ExecTxResult{Code: CodeInvalid, Log: err.Error()}
			} else {
				sys = s
				results[i] = &abci.ExecTxResult{Code: CodeOK}
			}
			continue
		}
		tx, err := ledger.DecodeTx(raw)
		if err == nil && tx.Type.FromL1() && !a.chain.isRollup() {
			err = fmt.Errorf("%s transactions are only accepted from L1", tx.Type)
		}
		var rcpt *ledger.Receipt
		if err == nil {
			rcpt, err = b.Apply(tx)
		}
		if errors.Is(err, ledger.ErrStoreFailed) {
			// A read failed: the transaction's result is unknown, and
			// marking it invalid would fork this node's app hash.
			b.Discard()
			return nil, fmt.Errorf("finalize block %d: %w", req.Height, err)
		}
		if err != nil {
			results[i] = &abci.ExecTxResult{Code: CodeInvalid, Log: err.Error()}
			continue
		}
		results[i] = &abci.ExecTxResult{Code: CodeOK, Data: rcpt.PubData}
		ev.Txs = append(ev.Txs, raw)
		ev.Receipts = append(ev.Receipts, rcpt)
	}
	root, err := b.Root()
	if err != nil {
		b.Discard()
		return nil, err
	}
	ev.AppHash = root
	updates, hash, err := a.chain.finalize(uint64(req.Height), req.Time, sys, ev.Receipts, root, b)
	if err != nil {
		b.Discard()
		return nil, err
	}
	a.block, a.event = b, ev
	a.metrics.FinalizeSeconds.Observe(time.Since(start).Seconds())
	return &abci.FinalizeBlockResponse{TxResults: results, AppHash: hash, ValidatorUpdates: updates}, nil
}

// Commit persists the finalized block and tells the mempool and listeners.
func (a *App) Commit(context.Context, *abci.CommitRequest) (*abci.CommitResponse, error) {
	start := time.Now()
	a.mu.Lock()
	b, ev := a.block, a.event
	a.block, a.event = nil, nil
	listeners := append([]func(BlockEvent){}, a.listeners...)
	a.mu.Unlock()
	if b == nil {
		return nil, errors.New("commit without a finalized block")
	}
	root, err := b.Commit()
	if err != nil {
		return nil, fmt.Errorf("commit block %d: %w", ev.Height, err)
	}
	if !bytes.Equal(root[:], ev.AppHash[:]) {
		return nil, fmt.Errorf("commit block %d: root changed between finalize and commit", ev.Height)
	}
	a.chain.commit()
	a.metrics.CommitSeconds.Observe(time.Since(start).Seconds())
	a.metrics.Height.Set(float64(ev.Height))
	a.metrics.Txs.Add(float64(len(ev.Txs)))
	a.pool.Update(ev.Height, ev.Txs)
	for _, f := range listeners {
		f(*ev)
	}
	return &abci.CommitResponse{}, nil
}

// ExtendVote attaches this validator's attestation of the batch awaiting a
// certificate (empty when none awaits, or on a chain without L1).
func (a *App) ExtendVote(context.Context, *abci.ExtendVoteRequest) (*abci.ExtendVoteResponse, error) {
	return &abci.ExtendVoteResponse{VoteExtension: a.chain.extendVote()}, nil
}

// VerifyVoteExtension accepts an empty extension or a valid attestation of
// the batch awaiting a certificate by the voting validator's key.
func (a *App) VerifyVoteExtension(_ context.Context, req *abci.VerifyVoteExtensionRequest) (*abci.VerifyVoteExtensionResponse, error) {
	if err := a.chain.verifyExtension(req.ValidatorAddress, req.VoteExtension); err != nil {
		a.log.Warn("rejecting vote extension", "height", req.Height, "validator", fmt.Sprintf("%X", req.ValidatorAddress), "err", err)
		return &abci.VerifyVoteExtensionResponse{Status: abci.VERIFY_VOTE_EXTENSION_STATUS_REJECT}, nil
	}
	return &abci.VerifyVoteExtensionResponse{Status: abci.VERIFY_VOTE_EXTENSION_STATUS_ACCEPT}, nil
}

// chain is what differs between the two configurations of the
// application: a plain sequencer chain (plainChain) and a rollup chain
// (*Rollup, rollup.go). App holds exactly one and never asks which, except
// where a rule names it (isRollup).
type chain interface {
	isRollup() bool
	// appHash is the app hash of a block whose ledger root is root.
	appHash(root ledger.Hash) []byte
	checkGenesis(vals []abci.ValidatorUpdate) error
	// prepare returns the head of a proposal (executed on b) and the batch
	// chunks left for ordinary transactions (-1: unbounded).
	prepare(ctx context.Context, req *abci.PrepareProposalRequest, b *ledger.Block) ([][]byte, int)
	// process checks the head of a proposal and returns the index of the
	// first transaction validateBlock must execute.
	process(ctx context.Context, txs [][]byte) (int, error)
	// finalize records the block's effects beyond the ledger and returns
	// the validator updates and the app hash.
	finalize(height uint64, t time.Time, sys *SysTx, receipts []*ledger.Receipt, root ledger.Hash, b *ledger.Block) ([]abci.ValidatorUpdate, []byte, error)
	commit()
	discard()
	extendVote() []byte
	verifyExtension(validator, ext []byte) error
}

// plainChain is a sequencer chain without L1: the app hash is the ledger
// root, proposals are ordinary transactions only, votes carry nothing.
type plainChain struct{}

func (plainChain) isRollup() bool                                 { return false }
func (plainChain) appHash(root ledger.Hash) []byte                { return root[:] }
func (plainChain) checkGenesis([]abci.ValidatorUpdate) error      { return nil }
func (plainChain) process(context.Context, [][]byte) (int, error) { return 0, nil }
func (plainChain) commit()                                        {}
func (plainChain) discard()                                       {}
func (plainChain) extendVote() []byte                             { return nil }

func (plainChain) prepare(context.Context, *abci.PrepareProposalRequest, *ledger.Block) ([][]byte, int) {
	return nil, -1
}

func (plainChain) finalize(_ uint64, _ time.Time, _ *SysTx, _ []*ledger.Receipt, root ledger.Hash, _ *ledger.Block) ([]abci.ValidatorUpdate, []byte, error) {
	return nil, root[:], nil
}

func (plainChain) verifyExtension(_, ext []byte) error {
	if len(ext) > 0 {
		return errors.New("vote extension on a chain without L1")
	}
	return nil
}
