package consensus

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
)

// The rollup side of the application: L1 references, due deposits and
// forced exits in proposals (section 9.2), batch closing (9.3), and what
// FinalizeBlock records. Parameters are in params.go, persisted state in
// state.go, attestations in attest.go.

// RollupChainConfig wires the rollup side of the application.
type RollupChainConfig struct {
	Params *L1Params
	// CometChainID is the chain's CometBFT chain id (the genesis's): it
	// names the launch, whose id (batch.LaunchID) salts the attestation
	// domain. Required; contracts.CheckCometChainID must accept it.
	CometChainID string
	View         *L1View
	// Client checks references against this node's L1 client.
	Client l1.RefClient
	// Signer is this validator's consensus key (nil: no attestations).
	Signer *ecdsa.PrivateKey
	// BLSKey, with Signer, adds a BLS signature to this validator's
	// attestations (batch.Attestation.BLS; ADR 031); nil: none.
	BLSKey *minsig.SecretKey
	// OnEquivocation receives two conflicting attestations by one key.
	OnEquivocation func(a, b batch.Attestation)
	// OnBatch is told of each closed and each certified batch after commit.
	OnBatch func(batch.Record)
	// ViewWait bounds how long ProcessProposal waits for the L1 view to
	// reach a proposal's reference (default 2 s).
	ViewWait time.Duration
	// PokeL1, if set, asks the L1 watcher to poll now: ProcessProposal
	// calls it before waiting for the view.
	PokeL1 func()
	Logger *slog.Logger
}

// RollupChain is the application's chain on a rollup (the other kind is a
// plain sequencer chain): the L1 side of the application, with L1
// references, deposits, stake-driven validator updates, batches,
// attestations and certificates.
type RollupChain struct {
	cfg   RollupChainConfig
	p     *L1Params
	store *ledger.Store
	log   *slog.Logger
	self  common.Address
	// launch is batch.LaunchID(cfg.CometChainID).
	launch common.Hash

	mu      sync.Mutex
	st      *rollupState // committed
	pending *rollupState // finalized, not committed
	events  []batch.Record
	times   map[common.Hash]uint64 // L1 header times by hash
	seen    map[attKey][]batch.Attestation
	slashed map[attKey]bool
}

// NewRollupChain loads the rollup state of store (or the genesis state).
func NewRollupChain(cfg RollupChainConfig, store *ledger.Store) (*RollupChain, error) {
	if err := cfg.Params.Validate(); err != nil {
		return nil, err
	}
	if err := contracts.CheckCometChainID(store.ChainID(), cfg.CometChainID); err != nil {
		return nil, fmt.Errorf("rollup: %w", err)
	}
	if cfg.ViewWait <= 0 {
		cfg.ViewWait = 2 * time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	r := &RollupChain{cfg: cfg, p: cfg.Params, store: store, log: cfg.Logger, launch: batch.LaunchID(cfg.CometChainID),
		times: map[common.Hash]uint64{}, seen: map[attKey][]batch.Attestation{}, slashed: map[attKey]bool{}}
	if cfg.Signer != nil {
		r.self = crypto.PubkeyToAddress(cfg.Signer.PublicKey)
	}
	if cfg.View != nil {
		cfg.View.expectLaunch(r.launch)
	}
	raw, ok, err := store.Extra(keyRollupState)
	if err != nil {
		return nil, err
	}
	if ok {
		var st rollupState
		if err := json.Unmarshal(raw, &st); err != nil {
			return nil, fmt.Errorf("rollup state: %w", err)
		}
		r.st = &st
	} else {
		if store.Height() != 0 {
			return nil, fmt.Errorf("rollup: ledger store at height %d has no rollup state (a chain started without L1?)", store.Height())
		}
		r.st = initialState(r.p, store.Root(), store.NextDepositIndex())
	}
	return r, nil
}

// Launch is this chain's launch id: batch.LaunchID of its CometBFT chain
// id, the salt of its attestations' domain.
func (r *RollupChain) Launch() common.Hash { return r.launch }

// Self is this node's consensus signer address (zero without a signer).
func (r *RollupChain) Self() common.Address { return r.self }

// Params returns the L1 parameters.
func (r *RollupChain) Params() *L1Params { return r.p }

func (r *RollupChain) isRollup() bool { return true }

func (r *RollupChain) appHash(root ledger.Hash) []byte { return r.AppHash(root) }

// AppHash is the committed app hash for root.
func (r *RollupChain) AppHash(root ledger.Hash) []byte {
	r.mu.Lock()
	defer r.mu.Unlock()
	return appHash(root, r.st)
}

// checkGenesis compares CometBFT's genesis validators with the L1 stake.
func (r *RollupChain) checkGenesis(vals []abci.ValidatorUpdate) error {
	want, err := r.p.GenesisValidators()
	if err != nil {
		return err
	}
	key := func(v abci.ValidatorUpdate) string { return fmt.Sprintf("%x/%d", v.PubKeyBytes, v.Power) }
	got := map[string]bool{}
	for _, v := range vals {
		got[key(v)] = true
	}
	if len(vals) != len(want) {
		return fmt.Errorf("genesis has %d validators, the L1 stake at the start reference gives %d", len(vals), len(want))
	}
	for _, w := range want {
		if !got[key(w)] {
			return fmt.Errorf("genesis validators differ from the L1 stake at the start reference (missing %s)", key(w))
		}
	}
	return nil
}

// Batch returns a batch record.
func (r *RollupChain) Batch(idx uint64) (*batch.Record, bool, error) {
	raw, ok, err := r.store.Extra(batchKey(idx))
	if err != nil || !ok {
		return nil, ok, err
	}
	var rec batch.Record
	if err := json.Unmarshal(raw, &rec); err != nil {
		return nil, false, fmt.Errorf("batch %d record: %w", idx, err)
	}
	return &rec, true, nil
}

// RollupStatus summarises the committed rollup state.
type RollupStatus struct {
	Ref         L1Anchor `json:"l1_ref"`
	L1Processed uint64   `json:"l1_processed"`        // the node's L1 view: last processed block
	L1Deposits  int      `json:"l1_deposits_waiting"` // deposits in the node's L1 view not yet on L2
	Epoch       uint64   `json:"epoch"`
	NextBatch   uint64   `json:"next_batch"`
	// Uncertified is the index of the batch awaiting a certificate (the
	// oldest new one, or one re-attested below CertifiedTo).
	Uncertified     uint64           `json:"awaiting_certificate"`
	CertifiedTo     uint64           `json:"certified_to"`  // one past the last batch ever certified (> awaiting_certificate while one is re-attested)
	L1NextBatch     uint64           `json:"l1_next_batch"` // the Rollup's nextBatchIndex at l1_ref
	OpenChunks      int              `json:"open_chunks"`
	NextDeposit     uint64           `json:"next_deposit"`
	NextForcedExit  uint64           `json:"next_forced_exit"`
	L1ForcedExits   int              `json:"l1_forced_exits_waiting"` // forced exits in the node's L1 view not yet on L2
	Validators      int              `json:"validators"`
	TotalPowerGwei  int64            `json:"total_power_gwei"`
	DesignatedNext  string           `json:"designated_poster_next"`
	SelfSigner      string           `json:"self_signer,omitempty"`
	ActiveOperators []OperatorStatus `json:"operators"`
	// RecentSlashes are the last slashes this node's L1 view saw (filled
	// by the node from L1View.Slashes).
	RecentSlashes []Slash `json:"recent_slashes"`
}

// OperatorStatus is one operator in RollupStatus.
type OperatorStatus struct {
	Signer common.Address `json:"signer"`
	Power  int64          `json:"power"`
}

// Status returns the committed rollup state.
func (r *RollupChain) Status() RollupStatus {
	r.mu.Lock()
	defer r.mu.Unlock()
	st := r.st
	s := RollupStatus{Ref: st.Ref, Epoch: st.Epoch, NextBatch: st.NextBatch, Uncertified: st.Uncertified,
		CertifiedTo: max(st.CertifiedTo, st.Uncertified), L1NextBatch: st.L1Next,
		OpenChunks: st.OpenChunks, NextDeposit: r.store.NextDepositIndex(), NextForcedExit: r.store.NextForcedIndex(), TotalPowerGwei: st.totalPower(),
		DesignatedNext: st.poster(st.Uncertified).Hex()}
	if r.self != (common.Address{}) {
		s.SelfSigner = r.self.Hex()
	}
	for _, a := range st.sortedSigners() {
		if p := st.Operators[a].Power; p > 0 {
			s.Validators++
			s.ActiveOperators = append(s.ActiveOperators, OperatorStatus{a, p})
		}
	}
	return s
}

func (r *RollupChain) committed() *rollupState {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.st
}

// headerTime returns the time of L1 block (n, hash) after checking it is
// canonical and at least RefDepth deep on this node's L1 client
// (l1.VerifyRef).
func (r *RollupChain) headerTime(ctx context.Context, n uint64, hash common.Hash) (uint64, error) {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	defer cancel()
	h, err := l1.VerifyRef(ctx, r.cfg.Client, l1.Ref{Number: n, Hash: hash}, r.p.RefDepth)
	if err != nil {
		return 0, err
	}
	return h.Time, nil
}

// Chunks is how many batch chunks (circuit slots) a transaction type's
// public data takes.
func Chunks(t ledger.TxType) int { return ledger.PubDataSize(t) / ledger.PubDataChunkSize }

// prepare builds the head of a proposal: the system transaction (if the
// reference advances or a certificate is ready) and the deposits due. It
// returns the chunk capacity left for ordinary transactions.
func (r *RollupChain) prepare(ctx context.Context, req *abci.PrepareProposalRequest, b *ledger.Block) ([][]byte, int) {
	st := r.committed()
	sys := SysTx{Ref: st.Ref, L1Next: st.L1Next}
	advance := false
	if p := r.cfg.View.Processed(); p.Number > st.Ref.Number {
		t, err := r.headerTime(ctx, p.Number, p.Hash)
		if err != nil {
			r.log.Warn("proposal keeps the previous L1 reference", "candidate", p, "err", err)
		} else {
			sys.Ref = L1Anchor{Number: p.Number, Hash: p.Hash, Time: t}
			sys.Stake = r.cfg.View.StakeChanges(st.Ref.Number, p.Number)
			sys.L1Next = r.cfg.View.RollupNextBatch(p.Number)
			advance = true
		}
	}
	cert := false
	if st.Uncertified < st.NextBatch {
		if rec, ok, err := r.Batch(st.Uncertified); err == nil && ok {
			if sigs, bls := r.collect(st, rec, req.LocalLastCommit.Votes); sigs != nil {
				sys.CertBatch, sys.Sigs, sys.BLS, cert = rec.Index, sigs, bls, true
			}
		}
	}
	var head [][]byte
	if advance || cert {
		head = append(head, sys.Encode())
	}
	capacity := r.p.BatchSlots - st.OpenChunks
	depChunks, forcedChunks := Chunks(ledger.TxDeposit), Chunks(ledger.TxForcedExit)
	deps := r.cfg.View.Deposits(r.store.NextDepositIndex(), sys.Ref.Number, capacity/depChunks)
	for _, d := range deps {
		tx := &ledger.Tx{Type: ledger.TxDeposit, ChainID: r.store.ChainID(), QueueIndex: d.Index, PubKey: ledger.PublicKey(d.PubKey), Amount: d.AmountGwei}
		if _, err := b.Apply(tx); err != nil {
			// The Rollup refuses keys the ledger would refuse, so only a
			// full tree gets here: the queue stalls (ADR 011).
			r.log.Error("deposit cannot be applied; the deposit queue is stalled", "index", d.Index, "err", err)
			break
		}
		head = append(head, tx.Encode())
		capacity -= depChunks
	}
	// Forced exits next, by the same rule (docs/protocol.md section 9.2).
	for _, f := range r.cfg.View.ForcedExits(r.store.NextForcedIndex(), sys.Ref.Number, capacity/forcedChunks) {
		tx := forcedExitTx(r.store.ChainID(), f)
		if _, err := b.Apply(tx); err != nil {
			// The Rollup queues only accounts it assigned: cannot happen.
			r.log.Error("forced exit cannot be applied; the forced-exit queue is stalled", "index", f.Index, "err", err)
			break
		}
		head = append(head, tx.Encode())
		capacity -= forcedChunks
	}
	return head, capacity
}

func forcedExitTx(chainID uint64, f ForcedExit) *ledger.Tx {
	return &ledger.Tx{Type: ledger.TxForcedExit, ChainID: chainID, QueueIndex: f.Index, From: f.Account, L1Address: f.Recipient}
}

// process checks the L1 part of a proposal (its system transaction and
// deposits) against this node's L1 view and client. It returns the index
// of the first ordinary transaction.
func (r *RollupChain) process(ctx context.Context, txs [][]byte) (int, error) {
	st := r.committed()
	i := 0
	ref := st.Ref
	if len(txs) > 0 && IsSysTx(txs[0]) {
		sys, err := DecodeSysTx(txs[0])
		if err != nil {
			return 0, err
		}
		i = 1
		advance := sys.Ref != st.Ref
		if advance {
			if sys.Ref.Number <= st.Ref.Number {
				return 0, fmt.Errorf("L1 reference %s does not advance from %s", sys.Ref, st.Ref)
			}
			r.pokeL1(sys.Ref.Number)
			wctx, cancel := context.WithTimeout(ctx, r.cfg.ViewWait)
			ok := r.cfg.View.WaitProcessed(wctx, sys.Ref.Number)
			cancel()
			if !ok {
				return 0, fmt.Errorf("L1 reference %s is beyond this node's L1 view (%s)", sys.Ref, r.cfg.View.Processed())
			}
			t, err := r.headerTime(ctx, sys.Ref.Number, sys.Ref.Hash)
			if err != nil {
				return 0, err
			}
			if t != sys.Ref.Time {
				return 0, fmt.Errorf("L1 reference %s: time %d, the header says %d", sys.Ref, sys.Ref.Time, t)
			}
			want := (&SysTx{Ref: sys.Ref, Stake: r.cfg.View.StakeChanges(st.Ref.Number, sys.Ref.Number)}).Encode()
			got := (&SysTx{Ref: sys.Ref, Stake: sys.Stake}).Encode()
			if !bytes.Equal(want, got) {
				return 0, fmt.Errorf("stake changes up to %s differ from this node's L1 view", sys.Ref)
			}
			if n := r.cfg.View.RollupNextBatch(sys.Ref.Number); sys.L1Next != n {
				return 0, fmt.Errorf("the Rollup's batch count at %s is %d, this node's L1 view says %d", sys.Ref, sys.L1Next, n)
			}
		} else if len(sys.Stake) > 0 {
			return 0, errors.New("stake changes without a new L1 reference")
		} else if sys.L1Next != st.L1Next {
			return 0, fmt.Errorf("the Rollup's batch count changes (%d -> %d) without a new L1 reference", st.L1Next, sys.L1Next)
		}
		if len(sys.Sigs) > 0 {
			if err := r.checkCert(st, sys); err != nil {
				return 0, err
			}
		} else if !advance {
			return 0, errors.New("system transaction with nothing in it")
		}
		ref = sys.Ref
	}
	for j := i + 1; j < len(txs); j++ {
		if IsSysTx(txs[j]) {
			return 0, fmt.Errorf("tx %d: a system transaction is only allowed first", j)
		}
	}
	capacity := r.p.BatchSlots - st.OpenChunks
	next := r.store.NextDepositIndex()
	if r.cfg.View.Processed().Number < ref.Number {
		r.pokeL1(ref.Number)
		wctx, cancel := context.WithTimeout(ctx, r.cfg.ViewWait)
		ok := r.cfg.View.WaitProcessed(wctx, ref.Number)
		cancel()
		if !ok {
			return 0, fmt.Errorf("this node's L1 view has not reached %s", ref)
		}
	}
	depChunks, forcedChunks := Chunks(ledger.TxDeposit), Chunks(ledger.TxForcedExit)
	due := r.cfg.View.Deposits(next, ref.Number, capacity/depChunks)
	// The account each deposit credits, as the ledger will assign it: the
	// key's account, else the next free index. The Rollup assigned one
	// when it queued the deposit by the same rule, and refuses a batch
	// whose record names another (docs/protocol.md section 5): a mismatch
	// is a bug, caught here before the chain builds state L1 would refuse.
	nextAccount := r.store.NumAccounts()
	fresh := map[ledger.PublicKey]uint32{}
	k := i
	for ; k < len(txs); k++ {
		tx, err := ledger.DecodeTx(txs[k])
		if err != nil || tx.Type != ledger.TxDeposit {
			break
		}
		n := k - i
		if n >= len(due) {
			return 0, fmt.Errorf("tx %d: deposit %d is not due at %s", k, tx.QueueIndex, ref)
		}
		d := due[n]
		if tx.QueueIndex != d.Index || tx.PubKey != ledger.PublicKey(d.PubKey) || tx.Amount != d.AmountGwei || tx.ChainID != r.store.ChainID() {
			return 0, fmt.Errorf("tx %d: deposit differs from L1 queue entry %d", k, d.Index)
		}
		acct, known, err := r.store.AccountIndex(tx.PubKey)
		if err != nil {
			return 0, err
		}
		if !known {
			if acct, known = fresh[tx.PubKey]; !known {
				acct = uint32(nextAccount)
				fresh[tx.PubKey] = acct
				nextAccount++
			}
		}
		if acct != d.Account {
			return 0, fmt.Errorf("tx %d: deposit %d credits L2 account %d, the Rollup assigned %d", k, d.Index, acct, d.Account)
		}
	}
	if k-i != len(due) {
		return 0, fmt.Errorf("proposal includes %d deposits, %d are due", k-i, len(due))
	}
	// Then exactly the due forced exits that fit the room the deposits
	// left, in queue order: a proposer cannot skip or delay a request
	// (docs/protocol.md sections 9.2 and 12).
	dueF := r.cfg.View.ForcedExits(r.store.NextForcedIndex(), ref.Number, (capacity-depChunks*len(due))/forcedChunks)
	f := k
	for ; f < len(txs); f++ {
		tx, err := ledger.DecodeTx(txs[f])
		if err != nil || tx.Type != ledger.TxForcedExit {
			break
		}
		n := f - k
		if n >= len(dueF) {
			return 0, fmt.Errorf("tx %d: forced exit %d is not due at %s", f, tx.QueueIndex, ref)
		}
		if want := forcedExitTx(r.store.ChainID(), dueF[n]); *tx != *want {
			return 0, fmt.Errorf("tx %d: forced exit differs from L1 queue entry %d", f, dueF[n].Index)
		}
	}
	if f-k != len(dueF) {
		return 0, fmt.Errorf("proposal includes %d forced exits, %d are due", f-k, len(dueF))
	}
	chunks := depChunks*len(due) + forcedChunks*len(dueF)
	for j := f; j < len(txs); j++ {
		tx, err := ledger.DecodeTx(txs[j])
		if err != nil {
			return 0, fmt.Errorf("tx %d: %w", j, err)
		}
		if tx.Type.FromL1() {
			return 0, fmt.Errorf("tx %d: %s after ordinary transactions or out of place", j, tx.Type)
		}
		chunks += Chunks(tx.Type)
	}
	if chunks > capacity {
		return 0, fmt.Errorf("proposal takes %d batch chunks, %d are left", chunks, capacity)
	}
	return i, nil
}

// pokeL1 wakes the L1 watcher when the view is behind block n.
func (r *RollupChain) pokeL1(n uint64) {
	if r.cfg.PokeL1 != nil && r.cfg.View.Processed().Number < n {
		r.cfg.PokeL1()
	}
}

// finalize applies the L1 part of a decided block and the batch rules on
// top of the executed ledger block b, staging the new state in b. It
// returns the validator updates.
func (r *RollupChain) finalize(height uint64, t time.Time, sys *SysTx, receipts []*ledger.Receipt, root ledger.Hash, b *ledger.Block) ([]abci.ValidatorUpdate, []byte, error) {
	st := r.committed().clone()
	st.CertifiedTo = max(st.CertifiedTo, st.Uncertified) // a state written before CertifiedTo existed
	var updates []abci.ValidatorUpdate
	var events []batch.Record
	// recheck: the powers or the Rollup's batch count moved, so every
	// certificate not yet on L1 is judged again (recertify).
	recheck := false
	fresh := map[uint64]*batch.Record{} // certificates recorded by this block
	if sys != nil {
		if sys.Ref.Number > st.Ref.Number {
			for _, c := range sys.Stake {
				op, ok := st.Operators[c.Signer]
				if !ok {
					op = &opState{PubKey: c.PubKey}
					st.Operators[c.Signer] = op
				}
				// One value per effective epoch: a later change in the
				// same epoch replaces it.
				if n := len(op.Stake); n > 0 && op.Stake[n-1].Epoch == c.Epoch {
					op.Stake[n-1].Bonded = (*hexutil.Big)(c.Bonded)
				} else {
					op.Stake = append(op.Stake, StakePoint{Epoch: c.Epoch, Bonded: (*hexutil.Big)(c.Bonded)})
				}
			}
			st.Ref = sys.Ref
			if e := r.p.Epoch(sys.Ref.Time); e > st.Epoch || len(sys.Stake) > 0 {
				st.Epoch = max(st.Epoch, e)
				updates = r.powerUpdates(st)
			}
			recheck = len(updates) > 0 || sys.L1Next != st.L1Next
			st.L1Next = sys.L1Next
		}
		if len(sys.Sigs) > 0 && sys.CertBatch == st.Uncertified {
			rec, ok, err := r.Batch(sys.CertBatch)
			if err != nil || !ok {
				return nil, nil, fmt.Errorf("certified batch %d: %v", sys.CertBatch, err)
			}
			digest := r.digest(rec.Header)
			// A re-attestation replaces the old certificate; on a BLS chain
			// the old attestations of signers not in the new one are kept
			// too (the poster uses those whose BLS signatures verify).
			old := rec.Signatures
			rec.Signatures = nil
			for i, sig := range sys.Sigs {
				who, err := RecoverAttestor(digest, sig)
				if err != nil {
					return nil, nil, err
				}
				s := batch.Signature{Signer: who, Sig: sig}
				if i < len(sys.BLS) && len(sys.BLS[i]) == batch.BLSPartSize {
					s.BLS = sys.BLS[i][:128]
				}
				rec.Signatures = append(rec.Signatures, s)
			}
			if r.blsMode() {
				rec.Signatures = mergeSignatures(rec.Signatures, old)
			}
			rec.CertifiedAt, rec.CertifiedHeight = t, height
			raw, _ := json.Marshal(rec)
			b.PutExtra(batchKey(rec.Index), raw)
			fresh[rec.Index] = rec
			if st.Uncertified < st.CertifiedTo {
				if st.Uncertified, err = r.weakCertificate(st, st.Uncertified+1, fresh); err != nil {
					return nil, nil, err
				}
			} else {
				st.Uncertified++
				st.CertifiedTo = st.Uncertified
			}
			events = append(events, *rec)
		}
	}
	if recheck {
		from := min(st.L1Next, st.CertifiedTo)
		w, err := r.weakCertificate(st, from, fresh)
		if err != nil {
			return nil, nil, err
		}
		if w < st.CertifiedTo {
			r.log.Info("re-attesting a batch not yet on L1: its certificate holds less than 2/3 of the current power",
				"batch", w, "l1_next", st.L1Next, "certified_to", st.CertifiedTo)
		}
		st.Uncertified = w
	}
	if w, err := r.stalledCertificate(st, t, fresh); err != nil {
		return nil, nil, err
	} else if w < st.Uncertified {
		r.log.Warn("re-attesting a batch whose certificate has not reached L1: its BLS signatures may not all verify",
			"batch", w, "l1_next", st.L1Next, "after", r.p.reattestAfter())
		st.Uncertified = w
	}
	for _, rc := range receipts {
		st.OpenPubData = append(st.OpenPubData, rc.PubData...)
		st.OpenChunks += len(rc.PubData) / ledger.PubDataChunkSize
		if rc.Type == ledger.TxDeposit {
			st.OpenDeposits++
		}
	}
	if st.OpenChunks > 0 && st.OpenTimeMs == 0 {
		st.OpenTimeMs = t.UnixMilli()
	}
	if st.OpenChunks > 0 && (st.OpenChunks+1 > r.p.BatchSlots || height-st.OpenFrom >= r.p.BatchMaxBlocks ||
		uint64(t.UnixMilli()-st.OpenTimeMs) >= r.p.BatchMaxAgeMs) {
		rec := batch.Record{
			Index: st.NextBatch,
			Header: batch.Header{
				ChainId: r.store.ChainID(), BatchIndex: st.NextBatch, PrevRoot: st.OpenRoot, NewRoot: root,
				FirstBlock: st.OpenFrom + 1, LastBlock: height,
				DepositStart: st.OpenDepositStart, DepositEnd: st.OpenDepositStart + st.OpenDeposits,
			},
			PubData: st.OpenPubData, FromHeight: st.OpenFrom, ToHeight: height, ClosedAt: t,
			Poster: st.poster(st.NextBatch),
		}
		rec.Header.SetPubData(st.OpenPubData)
		raw, _ := json.Marshal(rec)
		b.PutExtra(batchKey(rec.Index), raw)
		events = append(events, rec)
		st.NextBatch++
		st.OpenFrom, st.OpenRoot, st.OpenTimeMs, st.OpenChunks = height, root, 0, 0
		st.OpenDepositStart += st.OpenDeposits
		st.OpenDeposits, st.OpenPubData = 0, nil
	}
	raw, _ := json.Marshal(st)
	b.PutExtra(keyRollupState, raw)
	r.mu.Lock()
	r.pending, r.events = st, events
	r.mu.Unlock()
	for _, ev := range events {
		if ev.Certified() {
			for _, s := range ev.Signatures {
				r.observe(batch.Attestation{Header: ev.Header, Sig: s.Sig}, s.Signer)
			}
		}
	}
	return updates, appHash(root, st), nil
}

// weakCertificate returns the first batch in [from, st.CertifiedTo) whose
// certificate holds less than 2/3 of st's power, or st.CertifiedTo if
// none: the batch that must be attested again (docs/protocol.md section
// 9.4). fresh holds certificates this block recorded (not yet in the
// store).
func (r *RollupChain) weakCertificate(st *rollupState, from uint64, fresh map[uint64]*batch.Record) (uint64, error) {
	total := st.totalPower()
	if total == 0 {
		return st.CertifiedTo, nil
	}
	for i := from; i < st.CertifiedTo; i++ {
		rec, err := r.certified(i, fresh)
		if err != nil {
			return 0, err
		}
		var signed int64
		for _, s := range rec.Signatures {
			if op, ok := st.Operators[s.Signer]; ok && (!r.blsMode() || len(s.BLS) > 0) {
				signed += op.Power
			}
		}
		if signed*3 < total*2 {
			return i, nil
		}
	}
	return st.CertifiedTo, nil
}

// stalledCertificate returns, on a BLS chain, the first batch not on L1
// (st.L1Next) when it holds a certificate recorded at least ReattestAfterS
// before block time t and is not already awaiting attestations; else
// st.Uncertified. Validators check that each BLS part is its signer's
// but not that its signature verifies under the signer's key in L1's set
// (they do not know the keys): a validator that sends a BLS signature
// that fails there, while others' attestations were missing from the
// block that made the certificate, leaves a certificate L1 refuses.
// Attesting the batch again, with the new attestations joining the old,
// collects the missing ones (docs/protocol.md section 9.4).
func (r *RollupChain) stalledCertificate(st *rollupState, t time.Time, fresh map[uint64]*batch.Record) (uint64, error) {
	i := st.L1Next
	if !r.blsMode() || i >= st.CertifiedTo || i >= st.Uncertified {
		return st.Uncertified, nil
	}
	rec, err := r.certified(i, fresh)
	if err != nil {
		return 0, err
	}
	if t.Sub(rec.CertifiedAt) < r.p.reattestAfter() {
		return st.Uncertified, nil
	}
	return i, nil
}

// certified returns certified batch i's record: fresh's (certificates
// this block recorded, not yet in the store) or the store's.
func (r *RollupChain) certified(i uint64, fresh map[uint64]*batch.Record) (*batch.Record, error) {
	if rec := fresh[i]; rec != nil {
		return rec, nil
	}
	rec, ok, err := r.Batch(i)
	if err != nil || !ok {
		return nil, fmt.Errorf("certified batch %d: record: %v", i, err)
	}
	return rec, nil
}

// mergeSignatures returns sigs followed by the signatures of old whose
// signers sigs does not have.
func mergeSignatures(sigs, old []batch.Signature) []batch.Signature {
	have := make(map[common.Address]bool, len(sigs))
	for _, s := range sigs {
		have[s.Signer] = true
	}
	for _, s := range old {
		if !have[s.Signer] {
			have[s.Signer] = true
			sigs = append(sigs, s)
		}
	}
	return sigs
}

// commit makes the finalized state current and tells OnBatch.
func (r *RollupChain) commit() {
	r.mu.Lock()
	if r.pending != nil {
		r.st = r.pending
	}
	events := r.events
	r.pending, r.events = nil, nil
	r.mu.Unlock()
	if r.cfg.OnBatch != nil {
		for _, ev := range events {
			r.cfg.OnBatch(ev)
		}
	}
}

// discard drops a finalized, uncommitted state.
func (r *RollupChain) discard() {
	r.mu.Lock()
	r.pending, r.events = nil, nil
	r.mu.Unlock()
}
