package consensus

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/prover"
)

// fakeL1 is the L1 client boundary: a chain of headers, one per second.
type fakeL1 struct {
	mu      sync.Mutex
	headers []*types.Header
	down    bool // every call fails: the L1 endpoint is unreachable
}

var errL1Down = errors.New("connection refused")

func newFakeL1(n int) *fakeL1 {
	f := &fakeL1{}
	f.mine(n)
	return f
}

func (f *fakeL1) mine(n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i := 0; i < n; i++ {
		num := uint64(len(f.headers))
		parent := common.Hash{}
		if num > 0 {
			parent = f.headers[num-1].Hash()
		}
		f.headers = append(f.headers, &types.Header{Number: new(big.Int).SetUint64(num), Time: 1000 + num, ParentHash: parent, Difficulty: new(big.Int)})
	}
}

func (f *fakeL1) ref(n uint64) l1.Ref {
	f.mu.Lock()
	defer f.mu.Unlock()
	return l1.Ref{Number: n, Hash: f.headers[n].Hash()}
}

func (f *fakeL1) BlockNumber(context.Context) (uint64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return 0, errL1Down
	}
	return uint64(len(f.headers) - 1), nil
}

func (f *fakeL1) HeaderByNumber(_ context.Context, n *big.Int) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.down {
		return nil, errL1Down
	}
	if n.Uint64() >= uint64(len(f.headers)) {
		return nil, ethereum.NotFound
	}
	return f.headers[n.Uint64()], nil
}

func (f *fakeL1) HeaderByHash(_ context.Context, h common.Hash) (*types.Header, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, x := range f.headers {
		if x.Hash() == h {
			return x, nil
		}
	}
	return nil, ethereum.NotFound
}

type listPool struct{ txs [][]byte }

func (p *listPool) Reap(maxTxs, _ int) [][]byte {
	if len(p.txs) > maxTxs {
		return p.txs[:maxTxs]
	}
	return p.txs
}
func (p *listPool) Update(uint64, [][]byte) { p.txs = nil }

type rollupNode struct {
	app    *App
	store  *ledger.Store
	view   *L1View
	pool   *listPool
	key    *ecdsa.PrivateKey
	signer common.Address
	comet  []byte // CometBFT address
	evid   [][2]batch.Attestation
	bls    *minsig.SecretKey // nil: attests without BLS
}

type rollupNet struct {
	t      *testing.T
	l1     *fakeL1
	params *L1Params
	nodes  []*rollupNode
	users  []*ledger.PrivateKey
	height int64
	votes  []abci.ExtendedVoteInfo
}

var stake32 = new(big.Int).Mul(big.NewInt(32), big.NewInt(1e18))

func newRollupNet(t *testing.T, n int) *rollupNet {
	t.Helper()
	return newRollupNetWith(t, n, nil)
}

// newRollupNetWith is newRollupNet whose validator i has a BLS key
// (nd.bls) when withBLS(i).
func newRollupNetWith(t *testing.T, n int, withBLS func(i int) bool) *rollupNet {
	t.Helper()
	net := &rollupNet{t: t, l1: newFakeL1(20)}
	var keys []*ecdsa.PrivateKey
	p := &L1Params{ChainID: 1337, Rollup: common.HexToAddress("0x1000"), StakingRegistry: common.HexToAddress("0x2000"),
		EpochGenesisTime: 1000, EpochDuration: 10, RefDepth: 1, BatchSlots: 9, BatchMaxBlocks: 3, BatchMaxAgeMs: 60_000}
	for i := 0; i < n; i++ {
		k, _ := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("validator-%d", i))))
		keys = append(keys, k)
		p.Operators = append(p.Operators, GenesisOperator{PubKey: crypto.FromECDSAPub(&k.PublicKey)[1:],
			Stake: []StakePoint{{Epoch: 0, Bonded: (*hexutil.Big)(stake32)}}})
	}
	if withBLS != nil {
		p.BLSRegistry = common.HexToAddress("0x3000") // the Rollup takes BLS certificates
	}
	r := net.l1.ref(10)
	h, _ := net.l1.HeaderByNumber(context.Background(), big.NewInt(10))
	p.StartRef = L1Anchor{Number: r.Number, Hash: r.Hash, Time: h.Time}
	net.params = p
	g := &ledger.Genesis{ChainID: chainID, Depth: 8}
	for i := 1; i <= 2; i++ {
		net.users = append(net.users, key(t, i))
		g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: key(t, i).Public(), Balance: 1_000_000})
	}
	vals, err := p.GenesisValidators()
	if err != nil {
		t.Fatal(err)
	}
	for i, k := range keys {
		s, err := ledger.Open("", g, ledger.Options{InMemory: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		nd := &rollupNode{store: s, view: NewL1View(p), pool: &listPool{}, key: k, signer: crypto.PubkeyToAddress(k.PublicKey)}
		ck, _ := CometKey(p.Operators[i].PubKey)
		nd.comet = ck.Address()
		nd.app = NewApp(AppConfig{MaxBlockTxs: 100}, s, nd.pool, g, slog.New(slog.DiscardHandler), nil)
		if withBLS != nil && withBLS(i) {
			b := crypto.Keccak256([]byte(fmt.Sprintf("bls-%d", i)))
			b[0] &= 0x3f
			if nd.bls, err = minsig.SecretKeyFromBytes(b); err != nil {
				t.Fatal(err)
			}
		}
		ro, err := NewRollupChain(RollupChainConfig{Params: p, CometChainID: testChainID, View: nd.view, Client: net.l1, Signer: k, BLSKey: nd.bls, ViewWait: 50 * time.Millisecond,
			Logger:         slog.New(slog.DiscardHandler),
			OnEquivocation: func(a, b batch.Attestation) { nd.evid = append(nd.evid, [2]batch.Attestation{a, b}) }}, s)
		if err != nil {
			t.Fatal(err)
		}
		nd.app.SetRollup(ro)
		if _, err := nd.app.InitChain(context.Background(), &abci.InitChainRequest{Validators: vals}); err != nil {
			t.Fatal(err)
		}
		net.nodes = append(net.nodes, nd)
	}
	net.feed(10, nil)
	return net
}

// feed delivers the events of L1 block n to every node's view and marks
// the view processed through n.
func (net *rollupNet) feed(n uint64, events []l1.Event) {
	for _, nd := range net.nodes {
		if len(events) > 0 {
			nd.view.Handle(context.Background(), &l1.Block{Ref: net.l1.ref(n), Events: events})
		}
		nd.view.Handle(context.Background(), l1.Processed{Ref: net.l1.ref(n)})
	}
}

// propose has node p build the next block; every node must accept it.
func (net *rollupNet) propose(p int) [][]byte {
	net.t.Helper()
	net.height++
	req := &abci.PrepareProposalRequest{Height: net.height, MaxTxBytes: 1 << 20, Time: time.Unix(2000+net.height, 0),
		LocalLastCommit: abci.ExtendedCommitInfo{Votes: net.votes}}
	resp, err := net.nodes[p].app.PrepareProposal(context.Background(), req)
	if err != nil {
		net.t.Fatal(err)
	}
	return resp.Txs
}

// process returns each node's verdict on txs.
func (net *rollupNet) process(txs [][]byte) []bool {
	var out []bool
	for _, nd := range net.nodes {
		r, err := nd.app.ProcessProposal(context.Background(), &abci.ProcessProposalRequest{Height: net.height, Txs: txs})
		if err != nil {
			net.t.Fatal(err)
		}
		out = append(out, r.Status == abci.PROCESS_PROPOSAL_STATUS_ACCEPT)
	}
	return out
}

// decide finalizes and commits txs on every node, checks they agree, and
// collects the next height's vote extensions.
// refuse fails t unless every node refuses the block txs (what: why).
func (net *rollupNet) refuse(t *testing.T, what string, txs [][]byte) {
	t.Helper()
	for i, ok := range net.process(txs) {
		if ok {
			t.Fatalf("%s: node %d accepted", what, i)
		}
	}
}

// accept fails t unless every node accepts the block txs.
func (net *rollupNet) accept(t *testing.T, what string, txs [][]byte) {
	t.Helper()
	for i, ok := range net.process(txs) {
		if !ok {
			t.Fatalf("node %d refused %s", i, what)
		}
	}
}

func (net *rollupNet) decide(txs [][]byte) *abci.FinalizeBlockResponse {
	net.t.Helper()
	var first *abci.FinalizeBlockResponse
	for i, nd := range net.nodes {
		r, err := nd.app.FinalizeBlock(context.Background(), &abci.FinalizeBlockRequest{Height: net.height, Txs: txs, Time: time.Unix(2000+net.height, 0)})
		if err != nil {
			net.t.Fatal(err)
		}
		if first == nil {
			first = r
		} else if !bytes.Equal(first.AppHash, r.AppHash) {
			net.t.Fatalf("node %d app hash %x, node 0 %x", i, r.AppHash, first.AppHash)
		}
		if _, err := nd.app.Commit(context.Background(), &abci.CommitRequest{}); err != nil {
			net.t.Fatal(err)
		}
	}
	net.votes = nil
	for _, nd := range net.nodes {
		ext, _ := nd.app.ExtendVote(context.Background(), &abci.ExtendVoteRequest{Height: net.height + 1})
		net.votes = append(net.votes, abci.ExtendedVoteInfo{Validator: abci.Validator{Address: nd.comet, Power: 32e9}, VoteExtension: ext.VoteExtension})
	}
	return first
}

func (net *rollupNet) step(p int) ([][]byte, *abci.FinalizeBlockResponse) {
	net.t.Helper()
	txs := net.propose(p)
	for i, ok := range net.process(txs) {
		if !ok {
			net.t.Fatalf("height %d: node %d rejected node %d's proposal", net.height, i, p)
		}
	}
	return txs, net.decide(txs)
}

// depositEvent is a DepositQueued event; account is the L2 account the
// Rollup assigned (rollupNet's genesis has accounts 1 and 2: new keys get
// 3, 4, ...).
func depositEvent(idx uint64, pk ledger.PublicKey, amount uint64, account uint32) l1.Event {
	return l1.Event{Data: &l1.DepositQueued{Index: idx, PubKey: pk, AmountGwei: amount, Account: account}}
}

func TestRollupDepositsBatchesAndCertificates(t *testing.T) {
	net := newRollupNet(t, 4)
	newUser := key(t, 50)

	// L1 block 12 queues two deposits; the view reaches 12 and the chain 13.
	net.l1.mine(4) // head 23
	net.feed(12, []l1.Event{depositEvent(0, newUser.Public(), 500, 3), depositEvent(1, net.users[0].Public(), 7, 1)})

	txs := net.propose(0)
	if len(txs) != 3 || !IsSysTx(txs[0]) {
		t.Fatalf("proposal: %d txs, want system tx + 2 deposits", len(txs))
	}
	sys, err := DecodeSysTx(txs[0])
	if err != nil || sys.Ref.Number != 12 {
		t.Fatalf("system tx %+v %v", sys, err)
	}

	// Tampered proposals are refused by every node.
	tamper := func(name string, f func([][]byte) [][]byte) {
		t.Helper()
		bad := f(append([][]byte{}, txs...))
		for i, ok := range net.process(bad) {
			if ok {
				t.Fatalf("%s: node %d accepted", name, i)
			}
		}
	}
	tamper("missing deposit", func(x [][]byte) [][]byte { return x[:2] })
	tamper("no deposits", func(x [][]byte) [][]byte { return x[:1] })
	tamper("changed amount", func(x [][]byte) [][]byte {
		d, _ := ledger.DecodeTx(x[1])
		d.Amount++
		x[1] = d.Encode()
		return x
	})
	tamper("reference beyond the view", func(x [][]byte) [][]byte {
		r := net.l1.ref(15)
		h, _ := net.l1.HeaderByNumber(context.Background(), big.NewInt(15))
		x[0] = (&SysTx{Ref: L1Anchor{r.Number, r.Hash, h.Time}}).Encode()
		return x
	})
	tamper("wrong reference time", func(x [][]byte) [][]byte {
		s := *sys
		s.Ref.Time++
		x[0] = s.Encode()
		return x
	})
	tamper("unknown hash", func(x [][]byte) [][]byte {
		s := *sys
		s.Ref.Hash[0] ^= 1
		x[0] = s.Encode()
		return x
	})
	tamper("invented stake change", func(x [][]byte) [][]byte {
		s := *sys
		s.Stake = []StakeChange{{Signer: net.nodes[0].signer, PubKey: net.params.Operators[0].PubKey, Bonded: big.NewInt(1), Epoch: 9}}
		x[0] = s.Encode()
		return x
	})
	tamper("malformed system tx", func(x [][]byte) [][]byte { x[0] = append([]byte{SysTxMarker}, 1, 2, 3); return x })

	for i, ok := range net.process(txs) {
		if !ok {
			t.Fatalf("node %d rejected the honest proposal", i)
		}
	}
	net.decide(txs)
	for _, nd := range net.nodes {
		if nd.store.NextDepositIndex() != 2 {
			t.Fatalf("next deposit %d", nd.store.NextDepositIndex())
		}
		idx, ok, _ := nd.store.AccountIndex(newUser.Public())
		a, _, _ := nd.store.Account(idx)
		if !ok || a.Balance != 500 {
			t.Fatalf("deposited account: %v %+v", ok, a)
		}
	}
	// Deposits take 6 of 9 chunks; a block of two transfers (8 chunks),
	// then the batch closes at height 3 (max 3 blocks).
	net.nodes[1].pool.txs = [][]byte{transfer(t, net.users[0], 1, 2, 10, 1, 0), transfer(t, net.users[1], 2, 1, 3, 1, 0)}
	txs, _ = net.step(1)
	if len(txs) != 2 {
		t.Fatalf("block 2 has %d txs", len(txs))
	}
	net.step(2)
	st := net.nodes[0].app.Rollup().Status()
	if st.NextBatch != 1 || st.Uncertified != 0 {
		t.Fatalf("status after block 3: %+v", st)
	}
	rec, ok, _ := net.nodes[0].app.Rollup().Batch(0)
	if !ok || rec.Header.FirstBlock != 1 || rec.Header.LastBlock != 3 || rec.Header.DepositEnd != 2 || len(rec.PubData) != 8*ledger.PubDataChunkSize {
		t.Fatalf("batch 0: %+v", rec)
	}
	if rec.Header.NewRoot != net.nodes[0].store.Root() || rec.Header.PrevRoot == rec.Header.NewRoot {
		t.Fatal("batch 0 roots")
	}
	// The prover rebuilds the same header from the ledger's blocks.
	pb, err := prover.BatchFromStore(net.nodes[3].store, prover.BatchSpec{Index: 0, FromHeight: rec.FromHeight, ToHeight: rec.ToHeight})
	if err != nil {
		t.Fatal(err)
	}
	ph, err := pb.Header()
	if err != nil {
		t.Fatal(err)
	}
	if ph.PrevRoot != rec.Header.PrevRoot || ph.NewRoot != rec.Header.NewRoot || ph.DepositEnd != rec.Header.DepositEnd ||
		ph.DataCommitment != rec.Header.DataCommitment || ph.PublicInput().Cmp(rec.Header.PublicInput()) != 0 ||
		ph.DataPoseidon != rec.Header.DataPoseidon || ph.DataEval != rec.Header.DataEval || ph.Hash() != rec.Header.Hash() {
		t.Fatalf("prover header %+v, consensus header %+v", ph, rec.Header)
	}
	for _, v := range net.votes {
		if len(v.VoteExtension) == 0 {
			t.Fatal("a validator did not attest batch 0")
		}
	}

	// A wrong signer or a malformed extension is refused.
	ext0 := net.votes[0].VoteExtension
	if r, _ := net.nodes[1].app.VerifyVoteExtension(context.Background(), &abci.VerifyVoteExtensionRequest{ValidatorAddress: net.nodes[2].comet, VoteExtension: ext0}); r.Status != abci.VERIFY_VOTE_EXTENSION_STATUS_REJECT {
		t.Fatal("extension of another validator accepted")
	}
	if r, _ := net.nodes[1].app.VerifyVoteExtension(context.Background(), &abci.VerifyVoteExtensionRequest{ValidatorAddress: net.nodes[0].comet, VoteExtension: ext0[:20]}); r.Status != abci.VERIFY_VOTE_EXTENSION_STATUS_REJECT {
		t.Fatal("truncated extension accepted")
	}
	if r, _ := net.nodes[1].app.VerifyVoteExtension(context.Background(), &abci.VerifyVoteExtensionRequest{ValidatorAddress: net.nodes[0].comet, VoteExtension: ext0}); r.Status != abci.VERIFY_VOTE_EXTENSION_STATUS_ACCEPT {
		t.Fatal("valid extension refused")
	}
	// Validator 3 equivocates: a second header for batch 0.
	evil := rec.Header
	evil.NewRoot[5] ^= 1
	ea, _ := SignAttestation(net.nodes[3].key, net.params.ChainID, net.params.Rollup, testLaunch, evil)
	if r, _ := net.nodes[1].app.VerifyVoteExtension(context.Background(), &abci.VerifyVoteExtensionRequest{ValidatorAddress: net.nodes[3].comet, VoteExtension: EncodeExtension(ea)}); r.Status != abci.VERIFY_VOTE_EXTENSION_STATUS_REJECT {
		t.Fatal("conflicting attestation accepted")
	}
	if r, _ := net.nodes[1].app.VerifyVoteExtension(context.Background(), &abci.VerifyVoteExtensionRequest{ValidatorAddress: net.nodes[3].comet, VoteExtension: net.votes[3].VoteExtension}); r.Status != abci.VERIFY_VOTE_EXTENSION_STATUS_ACCEPT {
		t.Fatal("honest extension refused")
	}
	if len(net.nodes[1].evid) != 1 || net.nodes[1].evid[0][0].Header == net.nodes[1].evid[0][1].Header {
		t.Fatalf("equivocation evidence: %d", len(net.nodes[1].evid))
	}

	// Only 2 of 4 attest: no certificate. With 3 of 4, the next block
	// records it.
	full := net.votes
	net.votes = []abci.ExtendedVoteInfo{full[0], full[1], {Validator: full[2].Validator}, {Validator: full[3].Validator}}
	if txs := net.propose(0); len(txs) != 0 {
		t.Fatalf("certificate without quorum: %d txs", len(txs))
	}
	net.height--
	net.votes = []abci.ExtendedVoteInfo{full[0], {Validator: full[1].Validator}, full[2], full[3]}
	txs = net.propose(0)
	sys, err = DecodeSysTx(txs[0])
	if err != nil || len(sys.Sigs) != 3 || sys.CertBatch != 0 {
		t.Fatalf("certificate: %+v %v", sys, err)
	}
	// A certificate with a forged signature, or short of quorum, is refused.
	forged := *sys
	forged.Sigs = append([][]byte{}, sys.Sigs...)
	forged.Sigs[1] = append([]byte{}, sys.Sigs[1]...)
	forged.Sigs[1][10] ^= 1
	tamper("forged certificate signature", func(x [][]byte) [][]byte { x[0] = forged.Encode(); return x })
	short := *sys
	short.Sigs = sys.Sigs[:2]
	tamper("certificate without quorum", func(x [][]byte) [][]byte { x[0] = short.Encode(); return x })
	for i, ok := range net.process(txs) {
		if !ok {
			t.Fatalf("node %d rejected the certificate", i)
		}
	}
	net.decide(txs)
	rec, _, _ = net.nodes[2].app.Rollup().Batch(0)
	if !rec.Certified() || len(rec.Signatures) != 3 || rec.CertifiedHeight != 4 {
		t.Fatalf("batch 0 not certified: %+v", rec)
	}
	for i := 1; i < len(rec.Signatures); i++ {
		if bytes.Compare(rec.Signatures[i-1].Signer[:], rec.Signatures[i].Signer[:]) >= 0 {
			t.Fatal("certificate signers not ascending")
		}
	}
	if st := net.nodes[3].app.Rollup().Status(); st.Uncertified != 1 {
		t.Fatalf("status after the certificate: %+v", st)
	}
}

func TestRollupStakeChangesMoveTheValidatorSet(t *testing.T) {
	net := newRollupNet(t, 4)
	// The start reference (time 1010) is in epoch 1. L1 block 12: validator
	// 3 unbonds everything from epoch 2; a new operator registers for
	// epoch 2.
	k, _ := crypto.ToECDSA(crypto.Keccak256([]byte("newcomer")))
	pub := crypto.FromECDSAPub(&k.PublicKey)[1:]
	newSigner := crypto.PubkeyToAddress(k.PublicKey)
	net.l1.mine(4)
	net.feed(12, []l1.Event{
		{Data: &l1.StakeChanged{Signer: net.nodes[3].signer, Bonded: new(big.Int), EffectiveEpoch: 2}},
		{Data: &l1.OperatorRegistered{Signer: newSigner, PublicKey: pub, Stake: stake32, EffectiveEpoch: 2}},
	})
	_, resp := net.step(0)
	if len(resp.ValidatorUpdates) != 0 {
		t.Fatalf("epoch 1: updates %v", resp.ValidatorUpdates)
	}
	// Block 20 is in epoch 2 (time 1020): the set changes.
	net.l1.mine(4)
	net.feed(20, nil)
	_, resp = net.step(1)
	if len(resp.ValidatorUpdates) != 2 {
		t.Fatalf("epoch 2: %d updates, want 2", len(resp.ValidatorUpdates))
	}
	got := map[string]int64{}
	for _, u := range resp.ValidatorUpdates {
		got[fmt.Sprintf("%x", u.PubKeyBytes)] = u.Power
	}
	ck3, _ := CometKey(net.params.Operators[3].PubKey)
	ckNew, _ := CometKey(pub)
	if got[fmt.Sprintf("%x", []byte(ck3))] != 0 || got[fmt.Sprintf("%x", []byte(ckNew))] != 32e9 {
		t.Fatalf("updates %v", got)
	}
	st := net.nodes[0].app.Rollup().Status()
	if st.Epoch != 2 || st.Validators != 4 {
		t.Fatalf("status %+v", st)
	}
	// Validator 3 has no power now but CometBFT still counts it for two
	// heights: its attestation must stay out of the certificate, which the
	// other three (96 of 128) carry.
	net.nodes[0].pool.txs = [][]byte{transfer(t, net.users[0], 1, 2, 10, 1, 0)}
	net.step(0)
	for st := net.nodes[0].app.Rollup().Status(); st.NextBatch == 0; st = net.nodes[0].app.Rollup().Status() {
		net.step(int(net.height) % 3)
	}
	if len(net.votes[3].VoteExtension) == 0 {
		t.Fatal("validator 3 did not attest")
	}
	txs, _ := net.step(1)
	sys, err := DecodeSysTx(txs[0])
	if err != nil || len(sys.Sigs) != 3 {
		t.Fatalf("certificate: %+v %v", sys, err)
	}
	rec, _, _ := net.nodes[1].app.Rollup().Batch(0)
	for _, sg := range rec.Signatures {
		if sg.Signer == net.nodes[3].signer {
			t.Fatal("the certificate counts a validator without power")
		}
	}
}

// TestRollupCertificatesCarryBLS: validators with a BLS key add their BLS
// signature to their attestations (ADR 031); the certificate system
// transaction carries them beside the ECDSA signatures, every validator
// checks that each was vouched for by its signer's consensus key, only
// attestations with one count toward 2/3, and the batch record keeps them
// for the poster. Validator 3 has no BLS key.
func TestRollupCertificatesCarryBLS(t *testing.T) {
	net := newRollupNetWith(t, 4, func(i int) bool { return i != 3 })
	net.nodes[0].pool.txs = [][]byte{transfer(t, net.users[0], 1, 2, 10, 1, 0)}
	net.step(0)
	net.step(1)
	net.step(2)
	rec, ok, _ := net.nodes[0].app.Rollup().Batch(0)
	if !ok {
		t.Fatal("batch 0 not closed")
	}
	digest := batch.AttestationDigest(new(big.Int).SetUint64(net.params.ChainID), net.params.Rollup, testLaunch, rec.Header)
	for i, v := range net.votes {
		a, err := DecodeExtension(v.VoteExtension)
		if err != nil {
			t.Fatal(err)
		}
		if i == 3 {
			if len(a.BLS) != 0 {
				t.Fatal("validator 3 has no BLS key but sent a BLS part")
			}
			continue
		}
		if err := CheckBLSPart(digest, a.BLS, net.nodes[i].signer); err != nil {
			t.Fatalf("validator %d's BLS part: %v", i, err)
		}
		sig, err := minsig.SignatureFromBytes(a.BLS[:128])
		if err != nil || minsig.Verify(net.nodes[i].bls.PublicKey(), digest[:], sig) != nil {
			t.Fatalf("validator %d's BLS signature does not verify: %v", i, err)
		}
	}
	// An extension whose BLS part another key vouched for, or whose BLS
	// signature was swapped after vouching, is refused.
	verify := func(from int, ext []byte) abci.VerifyVoteExtensionStatus {
		r, _ := net.nodes[1].app.VerifyVoteExtension(context.Background(), &abci.VerifyVoteExtensionRequest{ValidatorAddress: net.nodes[from].comet, VoteExtension: ext})
		return r.Status
	}
	a0, _ := DecodeExtension(net.votes[0].VoteExtension)
	other, _ := SignBLSPart(net.nodes[2].key, net.nodes[0].bls, digest)
	// Validator 2's BLS signature under validator 0's vouching signature.
	swapped := append([]byte(nil), a0.BLS...)
	b2, _ := DecodeExtension(net.votes[2].VoteExtension)
	copy(swapped[:128], b2.BLS[:128])
	// A vouched-for BLS "signature" that is no point of G1's subgroup: the
	// coordinates of a point off the curve, and a non-canonical encoding.
	offCurve := make([]byte, 128)
	offCurve[63], offCurve[127] = 1, 1 // (1, 1): 1 != 1 + 4
	nonCanonical := append([]byte(nil), a0.BLS[:128]...)
	nonCanonical[0] = 1 // a padding byte
	garbage := map[string][]byte{}
	for name, sig := range map[string][]byte{"off the curve": offCurve, "with non-zero padding": nonCanonical} {
		auth, err := contracts.SignDigest(net.nodes[0].key, batch.BLSAuthDigest(digest, sig))
		if err != nil {
			t.Fatal(err)
		}
		part := append(append([]byte(nil), sig...), auth...)
		if err := CheckBLSPart(digest, part, net.nodes[0].signer); !errors.Is(err, ErrBadAttestation) {
			t.Errorf("BLS signature %s: %v, want ErrBadAttestation", name, err)
		}
		garbage[name] = part
	}
	parts := map[string][]byte{"vouched for by another key": other, "signature swapped": swapped, "short": a0.BLS[:100]}
	for name, part := range garbage {
		parts[name] = part
	}
	for name, part := range parts {
		bad := *a0
		bad.BLS = part
		if st := verify(0, EncodeExtension(&bad)); st != abci.VERIFY_VOTE_EXTENSION_STATUS_REJECT {
			t.Errorf("BLS part %s: accepted", name)
		}
	}
	if st := verify(0, net.votes[0].VoteExtension); st != abci.VERIFY_VOTE_EXTENSION_STATUS_ACCEPT {
		t.Fatal("honest extension refused")
	}

	// With BLS certificates only attestations with a BLS part count toward
	// 2/3: validators 0, 1 and the keyless 3 hold 3/4 of the power but
	// only 2/4 with BLS parts, which the poster could never post.
	full := net.votes
	net.votes = []abci.ExtendedVoteInfo{full[0], full[1], {Validator: full[2].Validator}, full[3]}
	if txs := net.propose(0); len(txs) != 0 {
		t.Fatalf("a certificate from 2/4 of the power with BLS parts: %d txs", len(txs))
	}
	net.height--
	net.votes = full
	txs := net.propose(0)
	sys, err := DecodeSysTx(txs[0])
	if err != nil || len(sys.Sigs) != 4 || len(sys.BLS) != 4 {
		t.Fatalf("certificate: %+v %v", sys, err)
	}
	// The same certificate with validator 2's BLS part dropped holds 2/4
	// with BLS parts: refused.
	weak := *sys
	weak.BLS = append([][]byte(nil), sys.BLS...)
	for i := range weak.Sigs {
		if who, _ := RecoverAttestor(digest, weak.Sigs[i]); who == net.nodes[2].signer {
			weak.BLS[i] = []byte{}
		}
	}
	net.refuse(t, "a certificate short of 2/3 with BLS parts", append([][]byte{weak.Encode()}, txs[1:]...))
	// A proposer cannot slip in a BLS signature the signer did not make.
	forged := *sys
	forged.BLS = append([][]byte(nil), sys.BLS...)
	for i, p := range forged.BLS {
		if len(p) > 0 {
			q := append([]byte(nil), p...)
			q[5] ^= 1
			forged.BLS[i] = q
			break
		}
	}
	net.refuse(t, "a forged BLS signature", append([][]byte{forged.Encode()}, txs[1:]...))
	uneven := *sys
	uneven.BLS = sys.BLS[:3]
	net.refuse(t, "BLS entries not one per signature", append([][]byte{uneven.Encode()}, txs[1:]...))
	net.accept(t, "the certificate", txs)
	net.decide(txs)
	rec, _, _ = net.nodes[2].app.Rollup().Batch(0)
	if !rec.Certified() || len(rec.Signatures) != 4 {
		t.Fatalf("batch 0 not certified: %+v", rec)
	}
	var withBLS int
	for _, s := range rec.Signatures {
		if len(s.BLS) == 0 {
			if s.Signer != net.nodes[3].signer {
				t.Fatalf("signer %s recorded without its BLS signature", s.Signer)
			}
			continue
		}
		withBLS++
		for _, nd := range net.nodes {
			if nd.signer != s.Signer {
				continue
			}
			sig, err := minsig.SignatureFromBytes(s.BLS)
			if err != nil || minsig.Verify(nd.bls.PublicKey(), digest[:], sig) != nil {
				t.Fatalf("recorded BLS signature of %s does not verify: %v", s.Signer, err)
			}
		}
	}
	if withBLS != 3 {
		t.Fatalf("%d recorded BLS signatures, want 3", withBLS)
	}
}

func TestSysTxAndExtensionDecodingRejectsGarbage(t *testing.T) {
	for _, b := range [][]byte{nil, {SysTxMarker}, {SysTxMarker, 0xc0}, {0x01, 0x02}, append([]byte{SysTxMarker}, bytes.Repeat([]byte{0xff}, 100)...)} {
		if _, err := DecodeSysTx(b); !errors.Is(err, ErrBadSysTx) {
			t.Errorf("%x: %v", b, err)
		}
	}
	s := &SysTx{Ref: L1Anchor{Number: 5, Time: 9}, Sigs: [][]byte{bytes.Repeat([]byte{1}, 65)}}
	got, err := DecodeSysTx(s.Encode())
	if err != nil || got.Ref != s.Ref || len(got.Sigs) != 1 {
		t.Fatalf("round trip: %+v %v", got, err)
	}
	short := &SysTx{Sigs: [][]byte{{1, 2}}}
	if _, err := DecodeSysTx(short.Encode()); !errors.Is(err, ErrBadSysTx) {
		t.Fatalf("short signature: %v", err)
	}
	if _, err := DecodeExtension(bytes.Repeat([]byte{0}, MaxVoteExtensionSize+1)); !errors.Is(err, ErrBadExtension) {
		t.Fatalf("oversized extension: %v", err)
	}
	if _, err := DecodeExtension([]byte{0xc1, 0x80}); !errors.Is(err, ErrBadExtension) {
		t.Fatalf("garbage extension: %v", err)
	}
	// BLS parts: one entry per signature, each empty or BLSPartSize bytes.
	for name, bls := range map[string][][]byte{
		"fewer BLS entries than signatures": {},
		"a short BLS entry":                 {bytes.Repeat([]byte{2}, 100)},
	} {
		x := &SysTx{Sigs: [][]byte{bytes.Repeat([]byte{1}, 65)}, BLS: bls}
		if _, err := DecodeSysTx(x.Encode()); !errors.Is(err, ErrBadSysTx) {
			t.Errorf("%s: %v", name, err)
		}
	}
	withBLS := &SysTx{Sigs: [][]byte{bytes.Repeat([]byte{1}, 65), bytes.Repeat([]byte{3}, 65)}, BLS: [][]byte{{}, bytes.Repeat([]byte{2}, batch.BLSPartSize)}}
	if got, err := DecodeSysTx(withBLS.Encode()); err != nil || len(got.BLS) != 2 || len(got.BLS[1]) != batch.BLSPartSize {
		t.Fatalf("round trip with BLS: %+v %v", got, err)
	}
	// Without BLS the encodings are what they were before BLS existed:
	// the optional field is absent, not empty.
	plain := &SysTx{Ref: L1Anchor{Number: 5, Time: 9}, Sigs: [][]byte{bytes.Repeat([]byte{1}, 65)}}
	type sysTxV1 struct {
		Ref       L1Anchor
		Stake     []StakeChange
		L1Next    uint64
		CertBatch uint64
		Sigs      [][]byte
	}
	v1, _ := rlp.EncodeToBytes(&sysTxV1{Ref: plain.Ref, Sigs: plain.Sigs})
	if !bytes.Equal(plain.Encode()[1:], v1) {
		t.Fatal("a system transaction without BLS parts encodes differently from before")
	}
	att := &batch.Attestation{Sig: bytes.Repeat([]byte{1}, 65)}
	attV1, _ := rlp.EncodeToBytes(&struct {
		Header batch.Header
		Sig    []byte
	}{att.Header, att.Sig})
	if !bytes.Equal(EncodeExtension(att), attV1) {
		t.Fatal("an extension without a BLS part encodes differently from before")
	}
	att.BLS = bytes.Repeat([]byte{2}, 50)
	if _, err := DecodeExtension(EncodeExtension(att)); !errors.Is(err, ErrBadExtension) {
		t.Fatalf("an extension with a 50-byte BLS part: %v", err)
	}
}

func TestRollupKeepsOrderingWhileL1IsDown(t *testing.T) {
	net := newRollupNet(t, 4)
	net.l1.mine(4)
	net.feed(12, []l1.Event{depositEvent(0, key(t, 60).Public(), 5, 3)})
	net.l1.mu.Lock()
	net.l1.down = true
	net.l1.mu.Unlock()
	// The proposer cannot check block 12: it keeps the start reference, so
	// no deposit is due yet, and transfers still get ordered.
	net.nodes[0].pool.txs = [][]byte{transfer(t, net.users[0], 1, 2, 10, 1, 0)}
	txs, _ := net.step(0)
	if len(txs) != 1 || IsSysTx(txs[0]) {
		t.Fatalf("block while L1 is down: %d txs", len(txs))
	}
	if st := net.nodes[2].app.Rollup().Status(); st.Ref.Number != 10 || st.NextDeposit != 0 {
		t.Fatalf("status: %+v", st)
	}
	// L1 is back: the next proposal moves the reference and the deposit
	// becomes due.
	net.l1.mu.Lock()
	net.l1.down = false
	net.l1.mu.Unlock()
	txs, _ = net.step(1)
	if len(txs) != 2 || !IsSysTx(txs[0]) {
		t.Fatalf("block after L1 recovery: %d txs", len(txs))
	}
	// A validator whose own L1 is down refuses a new reference it cannot
	// check, but not a proposal that keeps the reference.
	net.l1.mine(2)
	net.feed(14, nil)
	txs = net.propose(2)
	net.l1.mu.Lock()
	net.l1.down = true
	net.l1.mu.Unlock()
	for i, ok := range net.process(txs) {
		if ok {
			t.Fatalf("node %d accepted a reference it cannot check", i)
		}
	}
	for i, ok := range net.process(nil) {
		if !ok {
			t.Fatalf("node %d refused an empty block while its L1 is down", i)
		}
	}
}

func TestRollupDepositsFillTheBatchFirst(t *testing.T) {
	net := newRollupNet(t, 4)
	net.l1.mine(4)
	var evs []l1.Event
	for i := 0; i < 5; i++ {
		evs = append(evs, depositEvent(uint64(i), key(t, 70+i).Public(), 100, uint32(3+i)))
	}
	net.feed(12, evs)
	// 9 slots: 3 deposits fit (3 chunks each); transfers wait.
	net.nodes[0].pool.txs = [][]byte{transfer(t, net.users[0], 1, 2, 10, 1, 0)}
	txs, _ := net.step(0)
	if len(txs) != 4 {
		t.Fatalf("first block: %d txs, want system tx + 3 deposits", len(txs))
	}
	// That closed the batch (full); the next block certifies it and takes
	// the other 2 deposits before the transfer.
	net.nodes[1].pool.txs = [][]byte{transfer(t, net.users[0], 1, 2, 10, 1, 0)}
	txs = net.propose(1)
	if len(txs) != 4 || !IsSysTx(txs[0]) {
		t.Fatalf("second block: %d txs, want system tx (certificate) + 2 deposits + 1 transfer", len(txs))
	}
	for i := 1; i <= 2; i++ {
		if tx, err := ledger.DecodeTx(txs[i]); err != nil || tx.Type != ledger.TxDeposit || tx.QueueIndex != uint64(2+i) {
			t.Fatalf("tx %d: %+v %v", i, tx, err)
		}
	}
	// The transfer before the due deposits, or a deposit dropped: refused.
	for name, bad := range map[string][][]byte{
		"transfer first":   {txs[0], txs[3], txs[1], txs[2]},
		"deposit skipped":  {txs[0], txs[2], txs[3]},
		"deposits delayed": {txs[0], txs[3]},
	} {
		net.refuse(t, name, bad)
	}
	net.accept(t, "the honest block", txs)
	net.decide(txs)
	if st := net.nodes[0].app.Rollup().Status(); st.NextBatch != 1 || st.NextDeposit != 5 {
		t.Fatalf("status %+v", st)
	}
}

// A deposit whose L1-assigned account differs from the one the ledger
// would credit (a bug on either side) is refused before the chain builds
// state that the Rollup would not accept.
func TestRollupRefusesDepositAccountMismatch(t *testing.T) {
	for name, evs := range map[string][]l1.Event{
		"new key, index skipped":           {depositEvent(0, key(t, 80).Public(), 100, 4)},
		"known key, given a new index":     {depositEvent(0, key(t, 1).Public(), 100, 3)},
		"same new key twice, two indices":  {depositEvent(0, key(t, 81).Public(), 100, 3), depositEvent(1, key(t, 81).Public(), 100, 4)},
		"two new keys, one index":          {depositEvent(0, key(t, 82).Public(), 100, 3), depositEvent(1, key(t, 83).Public(), 100, 3)},
		"known key, another known account": {depositEvent(0, key(t, 2).Public(), 100, 1)},
	} {
		t.Run(name, func(t *testing.T) {
			net := newRollupNet(t, 4)
			net.l1.mine(4)
			net.feed(12, evs)
			net.refuse(t, "deposits the Rollup assigned other accounts", net.propose(0))
		})
	}
	// The same deposits with the right accounts are accepted.
	net := newRollupNet(t, 4)
	net.l1.mine(4)
	net.feed(12, []l1.Event{depositEvent(0, key(t, 81).Public(), 100, 3), depositEvent(1, key(t, 81).Public(), 100, 3), depositEvent(2, key(t, 2).Public(), 1, 2)})
	net.accept(t, "the honest block", net.propose(0))
}

func forcedEvent(idx uint64, account uint32, to common.Address) l1.Event {
	return l1.Event{Data: &l1.ForcedExitQueued{Index: idx, Account: account, Recipient: to}}
}

// Due forced exits follow the deposits in every block, exactly as the L1
// queue holds them: a proposer cannot skip, delay, reorder, alter or invent
// one, and each withdraws its account's whole balance.
func TestRollupForcedExitsAreIncluded(t *testing.T) {
	net := newRollupNet(t, 4)
	net.l1.mine(4)
	to := common.HexToAddress("0x7777")
	net.feed(12, []l1.Event{depositEvent(0, key(t, 90).Public(), 100, 3), forcedEvent(0, 1, to), forcedEvent(1, 3, to)})
	txs := net.propose(0)
	if len(txs) != 4 || !IsSysTx(txs[0]) {
		t.Fatalf("proposal: %d txs, want system tx + deposit + 2 forced exits", len(txs))
	}
	for i, want := range []ledger.Tx{
		{Type: ledger.TxForcedExit, ChainID: chainID, QueueIndex: 0, From: 1, L1Address: to},
		{Type: ledger.TxForcedExit, ChainID: chainID, QueueIndex: 1, From: 3, L1Address: to},
	} {
		tx, err := ledger.DecodeTx(txs[2+i])
		if err != nil || *tx != want {
			t.Fatalf("tx %d: %+v %v, want %+v", 2+i, tx, err, want)
		}
	}
	other := (&ledger.Tx{Type: ledger.TxForcedExit, ChainID: chainID, QueueIndex: 0, From: 2, L1Address: to}).Encode()
	for name, bad := range map[string][][]byte{
		"forced exits skipped":           txs[:2],
		"second forced exit skipped":     txs[:3],
		"forced exits reordered":         {txs[0], txs[1], txs[3], txs[2]},
		"forced exit before deposits":    {txs[0], txs[2], txs[1], txs[3]},
		"forced exit of another account": {txs[0], txs[1], other, txs[3]},
		"forced exit invented":           append(append([][]byte{}, txs...), (&ledger.Tx{Type: ledger.TxForcedExit, ChainID: chainID, QueueIndex: 2, From: 2, L1Address: to}).Encode()),
		"forced exit repeated":           append(append([][]byte{}, txs...), txs[3]),
	} {
		net.refuse(t, name, bad)
	}
	net.accept(t, "the honest block", txs)
	net.decide(txs)
	for _, nd := range net.nodes {
		a1, _, _ := nd.store.Account(1)
		a3, _, _ := nd.store.Account(3)
		if a1.Balance != 0 || a3.Balance != 0 || nd.store.NextForcedIndex() != 2 {
			t.Fatalf("after the forced exits: account 1 %d, account 3 %d, next forced %d", a1.Balance, a3.Balance, nd.store.NextForcedIndex())
		}
		if st := nd.app.Rollup().Status(); st.NextForcedExit != 2 {
			t.Fatalf("status next forced exit %d", st.NextForcedExit)
		}
	}
}

// ref_depth bounds the L1 reorg the L2 survives: never 0, and at least
// MinPublicRefDepth on an L1 that is not a local dev chain.
func TestL1ParamsRefDepthMinimums(t *testing.T) {
	base := L1Params{ChainID: 1337, Rollup: common.HexToAddress("0x1000"), StakingRegistry: common.HexToAddress("0x2000"),
		EpochDuration: 10, RefDepth: 1, BatchSlots: 8, BatchMaxBlocks: 3}
	for _, tc := range []struct {
		chain, depth uint64
		ok           bool
	}{{1337, 1, true}, {31337, 1, true}, {1337, 0, false}, {1, 1, false}, {11155111, 63, false}, {1, MinPublicRefDepth, true}} {
		p := base
		p.ChainID, p.RefDepth = tc.chain, tc.depth
		if err := p.Validate(); (err == nil) != tc.ok {
			t.Errorf("chain %d ref_depth %d: %v", tc.chain, tc.depth, err)
		}
	}
}

// The L1 view keeps the recent Slashed events for mycel_rollupStatus,
// tells the node of each, forgets those a reorg removed, and keeps 32.
func TestL1ViewSlashes(t *testing.T) {
	v := NewL1View(nil)
	var told []Slash
	v.OnSlash(func(s Slash) { told = append(told, s) })
	ctx := context.Background()
	for i := range uint64(40) {
		v.Handle(ctx, &l1.Block{Ref: l1.Ref{Number: 10 + i}, Events: []l1.Event{{TxHash: common.Hash{byte(i)},
			Data: &l1.Slashed{Signer: common.Address{byte(i)}, Amount: big.NewInt(5), Reward: big.NewInt(1)}}}})
	}
	got := v.Slashes()
	if len(told) != 40 || len(got) != 32 || got[0].Block != 18 || got[31].Block != 49 || got[31].TxHash != (common.Hash{39}) {
		t.Fatalf("told %d, kept %d: first %+v last %+v", len(told), len(got), got[0], got[len(got)-1])
	}
	v.Handle(ctx, l1.Reorg{FromBlock: 40})
	if got := v.Slashes(); len(got) != 22 || got[len(got)-1].Block != 39 {
		t.Fatalf("after a reorg from block 40: %d kept, last %+v", len(got), got[len(got)-1])
	}
}

// certifyFirstBatchWithout closes batch 0 (one transfer) and certifies it
// with every validator's attestation but absent's.
func (net *rollupNet) certifyFirstBatchWithout(t *testing.T, absent int) {
	t.Helper()
	net.nodes[0].pool.txs = [][]byte{transfer(t, net.users[0], 1, 2, 10, 1, 0)}
	net.step(0)
	for net.nodes[0].app.Rollup().Status().NextBatch == 0 {
		net.step(int(net.height) % len(net.nodes))
	}
	net.votes[absent].VoteExtension = nil
	proposer := 1
	if absent == 1 {
		proposer = 2
	}
	txs, _ := net.step(proposer)
	if sys, err := DecodeSysTx(txs[0]); err != nil || len(sys.Sigs) != len(net.nodes)-1 || sys.CertBatch != 0 {
		t.Fatalf("certificate: %+v %v", sys, err)
	}
}

// TestRollupReattestsCertificatesWeakenedByAnEpoch: a batch certified by
// validators 0, 1 and 2 (96 of 128) and not yet on L1 is left with 32 of 64
// once validators 0 and 1 leave at the next epoch, which no L1 quorum check
// would accept. The chain re-opens it for attestation, the remaining set
// certifies the same header again, and the new certificate replaces the
// old. A batch L1 already committed is left alone.
func TestRollupReattestsCertificatesWeakenedByAnEpoch(t *testing.T) {
	for _, onL1 := range []bool{false, true} {
		t.Run(fmt.Sprintf("committed on L1 %v", onL1), func(t *testing.T) {
			net := newRollupNet(t, 4)
			status := func() RollupStatus { return net.nodes[2].app.Rollup().Status() }
			net.certifyFirstBatchWithout(t, 3)
			old, _, _ := net.nodes[2].app.Rollup().Batch(0)
			if st := status(); st.Uncertified != 1 || st.CertifiedTo != 1 || len(old.Signatures) != 3 {
				t.Fatalf("after the certificate: %+v, %d signatures", st, len(old.Signatures))
			}

			// L1 block 12: validators 0 and 1 leave from epoch 2 (and, in
			// the second case, the Rollup commits batch 0 first).
			events := []l1.Event{
				{Data: &l1.StakeChanged{Signer: net.nodes[0].signer, Bonded: new(big.Int), EffectiveEpoch: 2}},
				{Data: &l1.StakeChanged{Signer: net.nodes[1].signer, Bonded: new(big.Int), EffectiveEpoch: 2}},
			}
			if onL1 {
				events = append([]l1.Event{{Data: &l1.BatchCommitted{BatchIndex: 0}}}, events...)
			}
			net.l1.mine(10)
			net.feed(12, events)
			net.feed(20, nil) // epoch 2
			txs, _ := net.step(2)
			sys, err := DecodeSysTx(txs[0])
			if err != nil || sys.Ref.Number != 20 || sys.L1Next != map[bool]uint64{false: 0, true: 1}[onL1] {
				t.Fatalf("system transaction %+v %v", sys, err)
			}
			// A proposer lying about the Rollup's batch count is refused.
			lie := *sys
			lie.L1Next++
			net.height++
			net.refuse(t, "a wrong L1 batch count", append([][]byte{lie.Encode()}, txs[1:]...))
			net.height--

			st := status()
			if st.Epoch != 2 || st.Validators != 2 || st.L1NextBatch != sys.L1Next {
				t.Fatalf("epoch 2 status %+v", st)
			}
			if onL1 {
				if st.Uncertified != 1 {
					t.Fatalf("batch 0 is on L1, yet uncertified is %d", st.Uncertified)
				}
				return
			}
			if st.Uncertified != 0 || st.CertifiedTo != 1 {
				t.Fatalf("batch 0 (32 of 64 power) not re-opened: %+v", st)
			}
			// Validators 2 and 3 attest batch 0 again; the next proposal
			// carries their certificate.
			var recert *SysTx
			for range 3 {
				txs, _ = net.step(3)
				if s, err := DecodeSysTx(txs[0]); err == nil && len(s.Sigs) > 0 {
					recert = s
					break
				}
			}
			if recert == nil || recert.CertBatch != 0 || len(recert.Sigs) != 2 {
				t.Fatalf("re-certificate %+v", recert)
			}
			rec, _, _ := net.nodes[0].app.Rollup().Batch(0)
			signers := map[common.Address]bool{}
			for _, s := range rec.Signatures {
				signers[s.Signer] = true
			}
			if rec.Header != old.Header || len(rec.Signatures) != 2 || !signers[net.nodes[2].signer] || !signers[net.nodes[3].signer] {
				t.Fatalf("batch 0 after re-attestation: header changed %v, signers %v", rec.Header != old.Header, signers)
			}
			if st := status(); st.Uncertified != 1 || st.CertifiedTo != 1 {
				t.Fatalf("after the re-certificate: %+v", st)
			}
		})
	}
}

// TestL1ViewRollupNextBatch: the view follows the Rollup's nextBatchIndex
// block by block through commits, a revert and a reorg.
func TestL1ViewRollupNextBatch(t *testing.T) {
	v := NewL1View(nil)
	ctx := context.Background()
	block := func(n uint64, evs ...any) {
		var list []l1.Event
		for _, e := range evs {
			list = append(list, l1.Event{Data: e})
		}
		if err := v.Handle(ctx, &l1.Block{Ref: l1.Ref{Number: n}, Events: list}); err != nil {
			t.Fatal(err)
		}
	}
	block(10, &l1.BatchCommitted{BatchIndex: 0})
	block(11, &l1.BatchCommitted{BatchIndex: 1}, &l1.BatchCommitted{BatchIndex: 2})
	block(15, &l1.BatchesReverted{FromIndex: 1, ToIndex: 2})
	block(16, &l1.BatchCommitted{BatchIndex: 1})
	for n, want := range map[uint64]uint64{9: 0, 10: 1, 11: 3, 14: 3, 15: 1, 16: 2, 99: 2} {
		if got := v.RollupNextBatch(n); got != want {
			t.Fatalf("at block %d: %d, want %d", n, got, want)
		}
	}
	if err := v.Handle(ctx, l1.Reorg{FromBlock: 15}); err != nil {
		t.Fatal(err)
	}
	if got := v.RollupNextBatch(99); got != 3 {
		t.Fatalf("after a reorg from block 15: %d, want 3", got)
	}
}

// TestRollupReattestsStalledBLSCertificate: on a BLS chain a certificate
// that has not reached L1 ReattestAfterS after it was recorded (a BLS
// signature in it may fail under its signer's key on L1, which validators
// cannot check) re-opens its batch; the new attestations join the old, so
// an attestation missing from the first certificate is collected. A batch
// the L1 reference shows committed, or an ECDSA chain, is left alone.
func TestRollupReattestsStalledBLSCertificate(t *testing.T) {
	for _, c := range []struct {
		name      string
		bls, onL1 bool
	}{{"bls", true, false}, {"bls, committed on L1", true, true}, {"ecdsa", false, false}} {
		t.Run(c.name, func(t *testing.T) {
			var net *rollupNet
			if c.bls {
				net = newRollupNetWith(t, 4, func(int) bool { return true })
			} else {
				net = newRollupNet(t, 4)
			}
			net.params.ReattestAfterS = 5
			status := func() RollupStatus { return net.nodes[2].app.Rollup().Status() }
			net.certifyFirstBatchWithout(t, 3)
			if c.onL1 {
				net.l1.mine(5)
				net.feed(12, []l1.Event{{Data: &l1.BatchCommitted{BatchIndex: 0}}})
			}
			// Four seconds of blocks: not yet.
			for range 4 {
				net.step(int(net.height) % 4)
				if st := status(); st.Uncertified != 1 {
					t.Fatalf("re-opened after less than 5 s: %+v", st)
				}
			}
			net.step(0)
			st := status()
			if !c.bls || c.onL1 {
				if st.Uncertified != 1 {
					t.Fatalf("batch 0 re-opened: %+v", st)
				}
				return
			}
			if st.Uncertified != 0 || st.CertifiedTo != 1 || st.L1NextBatch != 0 {
				t.Fatalf("batch 0 not re-opened after 5 s off L1: %+v", st)
			}
			// This time validator 2's attestation is missing and 3's is in:
			// the record keeps all four.
			net.votes[2].VoteExtension = nil
			txs, _ := net.step(3)
			sys, err := DecodeSysTx(txs[0])
			if err != nil || sys.CertBatch != 0 || len(sys.Sigs) != 3 {
				t.Fatalf("re-certificate %+v %v", sys, err)
			}
			rec, _, _ := net.nodes[1].app.Rollup().Batch(0)
			signers := map[common.Address]bool{}
			for _, s := range rec.Signatures {
				if len(s.BLS) != 128 {
					t.Fatalf("signature of %s without its BLS signature", s.Signer)
				}
				signers[s.Signer] = true
			}
			if len(rec.Signatures) != 4 || len(signers) != 4 {
				t.Fatalf("after re-attestation: %d signatures by %d signers, want all 4", len(rec.Signatures), len(signers))
			}
			if st := status(); st.Uncertified != 1 || st.CertifiedTo != 1 {
				t.Fatalf("after the re-certificate: %+v", st)
			}
			// The clock restarts: not re-opened again at once.
			net.step(0)
			if st := status(); st.Uncertified != 1 {
				t.Fatalf("re-opened again right after its re-certificate: %+v", st)
			}
		})
	}
}
