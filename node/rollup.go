package node

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"sync/atomic"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/cometbft/cometbft/crypto/secp256k1"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/mycel-network/mycel/agent/keystore"
	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	"github.com/mycel-network/mycel/internal/service"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/prover"
)

// rollupParts are the L1-facing services of a rollup node.
type rollupParts struct {
	params    *consensus.L1Params
	client    *ethclient.Client
	view      *consensus.L1View
	rollup    *consensus.RollupChain
	watcher   *l1.Watcher
	txm       *l1.TxManager
	poster    *l1.Poster
	submitter *l1.ProofSubmitter
	slasher   *l1.SlashReporter
	source    *prover.LocalSource
	proofs    *prover.ProofStore
	keys      atomic.Pointer[prover.Keys] // set once the prover has loaded them
	metrics   *l1.Metrics                 // rm.l1
	rm        rollupMetrics
	monitor   *l1.Monitor
	log       *slog.Logger
	operators l1Cache[*OperatorsResult] // mycel_operators' last answer
	queues    l1Cache[*QueuesResult]    // mycel_l1Queues' last answer
	names     registrationNames         // mycel_operators' registration files
}

func newBig(v uint64) *big.Int { return new(big.Int).SetUint64(v) }

// LoadAppGenesis reads the whole app_state: the L2 genesis and, on a rollup
// chain, the L1 parameters.
func LoadAppGenesis(path string) (*consensus.AppGenesis, error) {
	doc, err := cmttypes.GenesisDocFromFile(path)
	if err != nil {
		return nil, fmt.Errorf("read genesis %s: %w", path, err)
	}
	var g consensus.AppGenesis
	if err := json.Unmarshal(doc.AppState, &g); err != nil {
		return nil, fmt.Errorf("genesis %s: app_state is not an L2 genesis: %w", path, err)
	}
	if err := g.Genesis.Validate(); err != nil {
		return nil, fmt.Errorf("genesis %s: %w", path, err)
	}
	g.CometChainID = doc.ChainID
	if g.L1 != nil {
		if err := g.L1.Validate(); err != nil {
			return nil, fmt.Errorf("genesis %s: %w", path, err)
		}
		if err := contracts.CheckCometChainID(g.ChainID, doc.ChainID); err != nil {
			return nil, fmt.Errorf("genesis %s: %w", path, err)
		}
	}
	return &g, nil
}

// ConsensusKey loads the consensus key of the node at home as an Ethereum
// key (the key that signs attestations and registers on L1).
func ConsensusKey(home string) (*ecdsa.PrivateKey, error) { return consensusKey(DefaultConfig(home)) }

// consensusKey loads the validator's CometBFT key as an Ethereum key.
func consensusKey(cfg *Config) (*ecdsa.PrivateKey, error) {
	cc := cfg.CometConfig()
	pv, err := consensus.LoadFilePV(cc.PrivValidatorKeyFile(), cc.PrivValidatorStateFile(), false)
	if err != nil {
		return nil, err
	}
	k, ok := pv.Key.PrivKey.(secp256k1.PrivKey)
	if !ok {
		return nil, fmt.Errorf("consensus key is %s; a rollup validator needs secp256k1", pv.Key.PrivKey.Type())
	}
	return consensus.EthKey(k)
}

// BLSKey loads the BLS key of the node at home, creating it if the home
// has none (ADR 031: what its attestations add when the Rollup takes BLS
// certificates, and what its operator registers in the BLSRegistry).
func BLSKey(home string) (*minsig.SecretKey, error) {
	return loadOrCreateBLSKey(DefaultConfig(home).Path(BLSKeyFile))
}

// loadOrCreateBLSKey loads the key at path, or creates it with
// keystore.WriteFile (a synced temporary file linked into place, never
// over an existing one), so that a node killed while creating it leaves
// either no key file or a whole one, and two processes creating it at
// once end up with the same key.
func loadOrCreateBLSKey(path string) (*minsig.SecretKey, error) {
	k, err := loadBLSKey(path)
	if !errors.Is(err, fs.ErrNotExist) {
		return k, err
	}
	if k, err = minsig.GenerateKey(rand.Reader); err != nil {
		return nil, err
	}
	b := k.Bytes()
	if err := keystore.WriteFile(path, []byte(hex.EncodeToString(b[:])+"\n")); errors.Is(err, keystore.ErrExists) {
		return loadBLSKey(path) // created meanwhile: that one is the key
	} else if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return k, nil
}

// loadBLSKey reads a hex BLS key file (mode 0600).
func loadBLSKey(path string) (*minsig.SecretKey, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%s: mode %v lets others read this key; chmod 600 it", path, fi.Mode().Perm())
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	k, err := minsig.SecretKeyFromBytes(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return k, nil
}

// loadHexKey reads a hex secp256k1 key file.
func loadHexKey(path string) (*ecdsa.PrivateKey, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%s: mode %v lets others read this key; chmod 600 it", path, fi.Mode().Perm())
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	k, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(b)), "0x"))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return k, nil
}

// setupRollup builds the L1 side for a genesis with L1 parameters and adds
// its services to the node's stack, in start order: the client, the
// watcher, the slash reporter, the poster, the proof submitter, the prover.
// It connects nothing yet: ethclient dials HTTP lazily.
func (n *Node) setupRollup(g *consensus.AppGenesis) error {
	cfg, p := n.cfg, g.L1
	log := n.log.With("module", "l1")
	if !cfg.L1.Finalized && uint64(cfg.L1.Confirmations) > p.RefDepth {
		// The view would lag every proposal's reference: this node would
		// refuse them all.
		return fmt.Errorf("config l1.confirmations: %d is deeper than the genesis ref_depth %d: this node's L1 view would never reach the blocks proposals reference (use at most %d, or l1.finalized)",
			cfg.L1.Confirmations, p.RefDepth, p.RefDepth)
	}
	client, err := ethclient.Dial(cfg.L1.RPC)
	if err != nil {
		// The error may quote the URL: never print its credentials.
		return fmt.Errorf("config l1.rpc %s: %s", RedactURL(cfg.L1.RPC), strings.ReplaceAll(err.Error(), cfg.L1.RPC, RedactURL(cfg.L1.RPC)))
	}
	r := &rollupParts{params: p, client: client, view: consensus.NewL1View(p), log: log}
	r.rm = newRollupMetrics(n.reg, r.state)
	r.metrics = r.rm.l1
	n.rp = r
	n.stack.Add("l1 client", service.Closer(func() error { client.Close(); return nil }))

	signer, err := consensusKey(cfg)
	if err != nil {
		log.Warn("no consensus key: this node will not attest batches", "err", err)
	}
	// With a BLS-certified Rollup, attestations carry a BLS signature too.
	var blsKey *minsig.SecretKey
	if signer != nil && p.BLSRegistry != (common.Address{}) {
		if blsKey, err = loadOrCreateBLSKey(cfg.Path(BLSKeyFile)); err != nil {
			return fmt.Errorf("BLS key: %w", err)
		}
	}
	r.rollup, err = consensus.NewRollupChain(consensus.RollupChainConfig{
		Params: p, CometChainID: g.CometChainID, View: r.view, Client: client, Signer: signer, BLSKey: blsKey, Logger: n.log.With("module", "rollup"),
		OnEquivocation: r.onEquivocation, OnBatch: r.onBatch,
		PokeL1: func() {
			if r.watcher != nil {
				r.watcher.Poke()
			}
		},
	}, n.store)
	if err != nil {
		return err
	}
	n.app.SetRollup(r.rollup)

	wcfg := l1.Default()
	wcfg.Rollup, wcfg.StakingRegistry = p.Rollup, p.StakingRegistry
	wcfg.Confirmations, wcfg.StartBlock, wcfg.PollInterval = uint64(cfg.L1.Confirmations), p.DeployBlock, cfg.L1.PollInterval.Std()
	wcfg.Finalized = cfg.L1.Finalized
	// A short backoff ceiling: after an L1 outage every validator's view
	// must catch up quickly, or proposals referencing the newest blocks are
	// refused by the validators whose watchers are still backing off.
	wcfg.RetryMax = 5 * time.Second
	if r.watcher, err = l1.NewWatcher(wcfg, client, log.With("part", "watcher"), r.metrics); err != nil {
		return err
	}
	r.watcher.SetHandler(r.view.Handle)
	r.watchSlashes(n)
	n.addPart("l1 watcher", r.watcher)

	payer := signer
	if cfg.L1.TxKeyFile != "" {
		if payer, err = loadHexKey(cfg.Path(cfg.L1.TxKeyFile)); err != nil {
			return fmt.Errorf("config l1.tx_key_file: %w", err)
		}
	}
	if payer != nil && (cfg.L1.PostBatches || cfg.L1.SubmitProofs || cfg.L1.ReportEquivocation) {
		tcfg := l1.DefaultTxManagerConfig()
		tcfg.ChainID = newBig(p.ChainID)
		tcfg.MaxFeeCap, tcfg.MaxTipCap = l1.GweiToWei(cfg.L1.MaxFeeGwei), l1.GweiToWei(cfg.L1.MaxTipGwei)
		tcfg.MaxSpendPerHour = l1.GweiToWei(cfg.L1.MaxSpendPerHourGwei)
		if r.txm, err = l1.NewTxManager(tcfg, client, payer, log.With("part", "tx"), r.metrics); err != nil {
			return err
		}
	}
	if r.txm != nil && cfg.L1.PostBatches {
		pc := l1.DefaultPosterConfig()
		pc.Rollup, pc.StakingRegistry, pc.FallbackAfter = p.Rollup, p.StakingRegistry, cfg.L1.PosterFallback.Std()
		pc.Self, pc.Launch = r.rollup.Self(), r.rollup.Launch()
		pc.MaxBatchesPerTx, pc.Gather = cfg.L1.CommitsPerTx, cfg.L1.CommitGather.Std()
		pc.RewardPool = p.RewardPool   // zero: no distribution
		pc.NodeBounty = p.NodeBounty   // zero: no bounty claims
		pc.BLSRegistry = p.BLSRegistry // zero: ECDSA certificates
		if r.poster, err = l1.NewPoster(pc, client, r.txm, r, log.With("part", "poster"), r.metrics); err != nil {
			return err
		}
	}
	if r.txm != nil && cfg.L1.ReportEquivocation && p.Slasher != (common.Address{}) {
		sc := l1.SlashReporterConfig{Slasher: p.Slasher, Rollup: p.Rollup, L1ChainID: newBig(p.ChainID), Launch: r.rollup.Launch(),
			BLSRegistry: p.BLSRegistry, StakingRegistry: p.StakingRegistry}
		if r.slasher, err = l1.NewSlashReporter(sc, r.txm, log.With("part", "slasher"), r.metrics); err != nil {
			return err
		}
		n.addPart("slash reporter", r.slasher)
		n.app.OnCommit(n.reportDoubleVotes)
	}
	if r.poster != nil {
		n.addPart("batch poster", r.poster)
	}
	mc := l1.DefaultMonitorConfig()
	mc.Rollup = p.Rollup
	if r.txm != nil {
		mc.Account = r.txm.Address()
	}
	if r.monitor, err = l1.NewMonitor(mc, client, log.With("part", "monitor"), r.metrics); err != nil {
		return err
	}
	n.addPart("l1 monitor", r.monitor)
	if cfg.Prover.Enabled {
		if r.proofs, err = prover.OpenProofStore(cfg.Path("proofs")); err != nil {
			return err
		}
		r.source = prover.NewLocalSource(n.store, 10*time.Minute, 0) // proofs are read from the proof store
		r.source.SetMaxClaims(cfg.Prover.Workers + cfg.Prover.MaxRemoteClaims)
		newProverQueueMetric(n.reg, r.source.Pending)
	}
	if r.txm != nil && cfg.L1.SubmitProofs && r.proofs != nil {
		sc := l1.DefaultProofSubmitterConfig()
		sc.Rollup, sc.FromBlock = p.Rollup, p.DeployBlock
		sc.MaxBatchesPerTx, sc.Gather = cfg.L1.ProofsPerTx, cfg.L1.ProofGather.Std()
		if r.submitter, err = l1.NewProofSubmitter(sc, client, r.txm, r, r, log.With("part", "submitter"), r.metrics); err != nil {
			return err
		}
		n.addPart("proof submitter", r.submitter)
	}
	if r.source != nil {
		n.addPart("prover", &proverPart{Loop: service.NewLoop("prover", func(ctx context.Context) error { return n.runProver(ctx, r) }), r: r})
	}
	return nil
}

// CertifiedBatch implements l1.BatchSource over the committed batch records.
func (r *rollupParts) CertifiedBatch(idx uint64) (*batch.Record, bool, error) {
	rec, ok, err := r.rollup.Batch(idx)
	if err != nil || !ok || !rec.Certified() {
		return nil, false, err
	}
	return rec, true, nil
}

// Proof implements l1.ProofSource over the prover's proof store.
func (r *rollupParts) Proof(idx uint64) ([]byte, bool, error) {
	if r.proofs == nil {
		return nil, false, nil
	}
	p, ok, err := r.proofs.Get(idx)
	if err != nil || !ok {
		return nil, false, err
	}
	return p.Proof, true, nil
}

// state is what the rollup gauges show (newRollupMetrics); false until
// the rollup chain exists.
func (r *rollupParts) state() (rollupState, bool) {
	if r.rollup == nil {
		return rollupState{}, false
	}
	st := r.rollup.Status()
	return rollupState{closed: st.NextBatch, certified: st.CertifiedTo,
		depositsWaiting: r.view.PendingDeposits(st.NextDeposit), forcedWaiting: r.view.PendingForcedExits(st.NextForcedExit)}, true
}

// onBatch queues a closed batch for proving.
func (r *rollupParts) onBatch(rec batch.Record) {
	if rec.Certified() {
		r.log.Info("batch certified", "batch", rec.Index, "signers", len(rec.Signatures), "blocks", fmt.Sprintf("%d-%d", rec.Header.FirstBlock, rec.Header.LastBlock))
		return
	}
	r.log.Info("batch closed", "batch", rec.Index, "blocks", fmt.Sprintf("%d-%d", rec.Header.FirstBlock, rec.Header.LastBlock),
		"chunks", len(rec.PubData)/ledger.PubDataChunkSize, "deposits", rec.Header.DepositEnd-rec.Header.DepositStart)
	r.queueProof(rec)
}

func (r *rollupParts) queueProof(rec batch.Record) {
	if r.source == nil {
		return
	}
	if _, ok, _ := r.proofs.Get(rec.Index); ok {
		return
	}
	if err := r.source.Add(prover.BatchSpec{Index: rec.Index, FromHeight: rec.FromHeight, ToHeight: rec.ToHeight, DepositStart: rec.Header.DepositStart}); err != nil {
		r.log.Error("queue batch for proving", "batch", rec.Index, "err", err)
	}
}

// onEquivocation hands evidence to the slash reporter's queue: consensus
// must not wait on L1.
func (r *rollupParts) onEquivocation(a, b batch.Attestation) {
	report := "not reporting it (l1.report_equivocation off, or no Slasher)"
	if r.slasher != nil {
		report = "reporting it to the Slasher"
	}
	r.log.Warn("equivocation seen: two attestations of one batch by one key", "batch", a.Header.BatchIndex, "action", report,
		"header_a", a.Header.Hash(), "new_root_a", a.Header.NewRoot, "sig_a", hexutil.Bytes(a.Sig),
		"header_b", b.Header.Hash(), "new_root_b", b.Header.NewRoot, "sig_b", hexutil.Bytes(b.Sig))
	if r.slasher != nil {
		r.slasher.Submit(a, b)
	}
}

// proverPart is the node's prover: Start queues the batches closed before
// a restart and still without a proof (before consensus starts and closes
// new ones), then runs runProver.
type proverPart struct {
	*service.Loop
	r *rollupParts
}

func (p *proverPart) Start(ctx context.Context) error {
	st := p.r.rollup.Status()
	for i := uint64(0); i < st.NextBatch; i++ {
		if rec, ok, err := p.r.rollup.Batch(i); err == nil && ok {
			p.r.queueProof(*rec)
		}
	}
	return p.Loop.Start(ctx)
}

// runProver loads (or, on devnets, creates) the batch circuit's keys and
// runs the proving service on the node's closed batches until ctx ends.
func (n *Node) runProver(ctx context.Context, r *rollupParts) error {
	log := n.log.With("module", "prover")
	params := prover.Params{Slots: r.params.BatchSlots, Depth: n.store.Depth()}
	dir := n.cfg.Path(n.cfg.Prover.KeysDir)
	local := n.cfg.Prover.Workers > 0 // 0: remote provers only; the node needs just the verifying key
	keys, err := prover.LoadKeys(dir, params, local, log)
	if err != nil {
		if !n.cfg.Prover.DevSetup {
			return fmt.Errorf("prover keys in %s: %w (run `mycel prover setup`)", dir, err)
		}
		log.Warn("creating INSECURE deterministic dev proving keys", "dir", dir, "slots", params.Slots, "depth", params.Depth)
		if keys, err = prover.DevSetup(ctx, params, log); err != nil {
			return err
		}
		if err := prover.WriteKeys(dir, keys, log); err != nil {
			return err
		}
	}
	r.keys.Store(keys)
	if !local {
		log.Info("proving nothing here: batches wait for remote provers on the prover API", "listen", n.cfg.Prover.APIListen)
		<-ctx.Done()
		return nil
	}
	svc, err := prover.NewService(prover.Config{Workers: n.cfg.Prover.Workers, ProofDir: n.cfg.Path("proofs"), PollInterval: time.Second},
		keys, prover.CPUBackend{}, r.source, r.source, log, newProverMetrics(n.reg))
	if err != nil {
		return err
	}
	if err := svc.Start(ctx); err != nil {
		return err
	}
	select {
	case <-ctx.Done():
	case <-svc.Done():
	}
	return svc.Stop(context.WithoutCancel(ctx))
}

// watchSlashes makes every slash L1 records visible: logged (at error level
// when the slashed operator is this node), counted in
// mycel_l1_slashes_seen_total, and flagged in mycel_l1_self_slashed;
// mycel_rollupStatus lists the recent ones.
func (r *rollupParts) watchSlashes(n *Node) {
	seen, self := r.rm.slashesSeen, r.rm.selfSlashed
	me := r.rollup.Self()
	r.view.OnSlash(func(s consensus.Slash) {
		seen.Inc()
		args := []any{"signer", s.Signer, "owner", s.Owner, "amount_wei", s.Amount, "reporter", s.Reporter, "reward_wei", s.Reward,
			"l1_block", s.Block, "tx", s.TxHash}
		if me != (common.Address{}) && s.Signer == me {
			self.Set(1)
			r.log.Error("THIS NODE'S OPERATOR WAS SLASHED on L1", args...)
			return
		}
		r.log.Warn("operator slashed on L1", args...)
	})
}

// reportDoubleVotes hands the double votes CometBFT committed in a block
// (DuplicateVoteEvidence) to the slash reporter's queue. ABCI tells the app
// only who misbehaved and at which height, so the votes are read from the
// block in CometBFT's block store, which saves a block before executing it.
// Every node does this for every committed block: the first report wins on
// L1, the others learn EvidenceAlreadyUsed when estimating and send nothing.
func (n *Node) reportDoubleVotes(ev consensus.BlockEvent) {
	dup := false
	for _, m := range ev.Misbehavior {
		dup = dup || m.Type == abci.MISBEHAVIOR_TYPE_DUPLICATE_VOTE
	}
	if !dup || n.rp == nil || n.rp.slasher == nil {
		return
	}
	log := n.rp.log
	if n.comet == nil {
		// A block replayed while CometBFT starts (its handshake): the
		// validators that committed it report the evidence.
		log.Warn("double vote evidence in a replayed block not reported", "height", ev.Height)
		return
	}
	blk, _ := n.comet.CometBFT().BlockStore().LoadBlock(int64(ev.Height))
	if blk == nil {
		log.Error("double vote evidence not reported: block not in the block store", "height", ev.Height)
		return
	}
	for _, e := range blk.Evidence.Evidence {
		dve, ok := e.(*cmttypes.DuplicateVoteEvidence)
		if !ok {
			continue
		}
		d, err := contracts.DoubleVoteFromEvidence(blk.ChainID, dve)
		if err != nil {
			log.Error("double vote evidence not reportable", "height", ev.Height, "evidence", dve.String(), "err", err)
			continue
		}
		log.Warn("double vote committed; reporting it to the Slasher", "signer", d.Signer, "vote_height", d.Height,
			"round", d.Round, "type", d.Type, "block", ev.Height)
		n.rp.slasher.SubmitDoubleVote(d)
	}
}
