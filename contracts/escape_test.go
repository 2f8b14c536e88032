package contracts_test

import (
	"bytes"
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr/poseidon2"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

// escapeChain is an L2 ledger (a real state tree) beside the Rollup (on
// quorumEnv): the deposits that newEscapeChain's argument returns become
// one L2 batch whose root is finalized on L1. exitArgs builds exitAccount's calldata from the
// ledger's own Merkle proofs.
type escapeChain struct {
	t     *testing.T
	e     *te.Env
	store *ledger.Store
	accts []uint32 // L2 account credited by each deposit
}

type escapeDeposit struct {
	from   te.Account
	key    *ledger.PrivateKey
	amount uint64
}

func newEscapeChain(t *testing.T, deposits func(e *te.Env) []escapeDeposit) *escapeChain {
	t.Helper()
	const depth = 4
	g := &ledger.Genesis{ChainID: 4242, Depth: depth}
	store, err := ledger.Open("", g, ledger.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	genesis := store.Root()
	e, ops := quorumEnv(t, func(c *contracts.Config) {
		c.L2ChainID, c.TreeDepth, c.GenesisRoot = 4242, depth, common.Hash(genesis)
	})
	ec := &escapeChain{t: t, e: e, store: store}
	deps := deposits(e)
	for _, d := range deps {
		e.Deposit(d.from, d.key.Public(), d.amount)
	}
	blk, err := store.NewBlock()
	if err != nil {
		t.Fatal(err)
	}
	var pubdata []byte
	for i, d := range deps {
		rc, err := blk.Apply(&ledger.Tx{Type: ledger.TxDeposit, ChainID: 4242, QueueIndex: uint64(i), PubKey: d.key.Public(), Amount: d.amount})
		if err != nil {
			t.Fatal(err)
		}
		pubdata = append(pubdata, rc.PubData...)
		ec.accts = append(ec.accts, rc.Account)
	}
	root, err := blk.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if len(deps) > 0 && !bytes.Equal(pubdata[:ledger.PubDataDepositSize], te.DepositRecord(ec.accts[0], deps[0].key.Public(), deps[0].amount)) {
		t.Fatalf("ledger deposit record %x differs from the contract's layout", pubdata[:ledger.PubDataDepositSize])
	}
	h := e.NextHeader(common.Hash(root), uint64(len(deps)), pubdata)
	e.CommitAndProve(e.Users[1], h, pubdata, ops[0], ops[1], ops[3])
	return ec
}

// sign is key's exit signature of account idx to `to` on this Rollup.
func (ec *escapeChain) sign(key *ledger.PrivateKey, idx uint32, to common.Address) bindings.EdDSASignature {
	ec.t.Helper()
	sig, err := contracts.SignExit(key, ec.e.ChainID, ec.e.D.Rollup, idx, to)
	if err != nil {
		ec.t.Fatal(err)
	}
	return sig
}

// exitArgs is exitAccount's calldata for account idx with the ledger's
// proof, the given balance (the ledger's unless it is a test of a wrong
// one), recipient and signature.
func (ec *escapeChain) exitArgs(idx uint32, balance uint64, to common.Address, sig bindings.EdDSASignature) []byte {
	ec.t.Helper()
	p, err := ec.store.Proof(idx)
	if err != nil {
		ec.t.Fatal(err)
	}
	x, y := new(big.Int), new(big.Int) // the fee vault's (0, 0)
	if idx != ledger.FeeVaultIndex {
		xh, yh, err := p.Account.PubKey.Coordinates()
		if err != nil {
			ec.t.Fatal(err)
		}
		x.SetBytes(xh[:])
		y.SetBytes(yh[:])
	}
	var sib []*big.Int
	for _, s := range p.Siblings {
		sib = append(sib, new(big.Int).SetBytes(s[:]))
	}
	return ec.e.RollupABI.PackExitAccount(idx, x, y, balance, p.Account.Nonce, sib, to, sig)
}

// TestEscapeHatch: deposits become an L2 batch whose root is finalized on
// L1; when no batch finalizes for the escape period, each account exits
// with the ledger's Merkle proof and its key's signature naming the
// recipient (anyone may submit it), and unconsumed deposits are refunded.
func TestEscapeHatch(t *testing.T) {
	ka, kb := te.L2PrivKey(11), te.L2PrivKey(12)
	var alice, bob, carol te.Account
	ec := newEscapeChain(t, func(e *te.Env) []escapeDeposit {
		alice, bob, carol = e.Users[5], e.Users[6], e.Users[7]
		return []escapeDeposit{{alice, ka, 1_000}, {bob, kb, 500}}
	})
	e := ec.e
	e.Deposit(carol, te.L2Key(13), 300) // never consumed
	ia, ib := ec.accts[0], ec.accts[1]

	sigA := ec.sign(ka, ia, alice.Addr)
	_, err := e.Send(alice, e.Rollup, nil, ec.exitArgs(ia, 1_000, alice.Addr, sigA))
	e.Reverts(err, "EscapeHatchNotActive")
	_, err = e.Send(alice, e.Rollup, nil, e.RollupABI.PackRefundDeposit(2))
	e.Reverts(err, "EscapeHatchNotActive")

	e.Advance(e.Cfg.EscapePeriod + 1)
	// Frozen: no more deposits, commits or proofs.
	_, err = e.Send(alice, e.Rollup, te.Gwei(1), e.DepositArgs(ka.Public()))
	e.Reverts(err, "EscapeHatchActive")
	h2 := e.NextHeader(te.Root(5), 2, nil)
	_, err = e.Send(alice, e.Rollup, nil, e.CommitArgs(h2, nil))
	e.Reverts(err, "EscapeHatchActive")

	_, err = e.Send(alice, e.Rollup, nil, ec.exitArgs(ia, 1_001, alice.Addr, sigA))
	e.Reverts(err, "BadMerkleProof")
	before := e.Balance(alice.Addr)
	r := e.Must(e.Users[2], e.Rollup, nil, ec.exitArgs(ia, 1_000, alice.Addr, sigA)) // anyone may submit; alice is paid
	if d := new(big.Int).Sub(e.Balance(alice.Addr), before); d.Cmp(te.Gwei(1_000)) != 0 {
		t.Fatalf("alice exit paid %v", d)
	}
	t.Logf("exitAccount at depth %d: %d gas", e.Cfg.TreeDepth, r.GasUsed)
	_, err = e.Send(alice, e.Rollup, nil, ec.exitArgs(ia, 1_000, alice.Addr, sigA))
	e.Reverts(err, "AlreadyExited")
	e.Must(bob, e.Rollup, nil, ec.exitArgs(ib, 500, bob.Addr, ec.sign(kb, ib, bob.Addr)))

	_, err = e.Send(carol, e.Rollup, nil, e.RollupABI.PackRefundDeposit(1))
	e.Reverts(err, "NotRefundable")
	e.Must(carol, e.Rollup, nil, e.RollupABI.PackRefundDeposit(2))
	_, err = e.Send(carol, e.Rollup, nil, e.RollupABI.PackRefundDeposit(2))
	e.Reverts(err, "AlreadyRefunded")
	if b := e.Balance(e.D.Rollup); b.Sign() != 0 {
		t.Fatalf("rollup still holds %v wei after every exit and refund", b)
	}
}

type goldenVectors struct {
	Compress []struct {
		Inputs []string `json:"inputs"`
		Output string   `json:"output"`
	} `json:"poseidon2_compress"`
	MD []struct {
		Inputs []string `json:"inputs"`
		Output string   `json:"output"`
	} `json:"poseidon2_md"`
	Keys []struct {
		PubKey string `json:"pub_key"`
		X      string `json:"x"`
		Y      string `json:"y"`
	} `json:"keys"`
	Proof struct {
		Root    string `json:"root"`
		Index   uint32 `json:"index"`
		Account struct {
			PubKey  string `json:"pub_key"`
			Balance uint64 `json:"balance"`
			Nonce   uint64 `json:"nonce"`
		} `json:"account"`
		Siblings []string `json:"siblings"`
	} `json:"proof"`
}

// TestPoseidon2MatchesLedger checks the generated Solidity Poseidon2 against
// gnark-crypto and the shared golden vectors, and recomputes the golden
// Merkle proof's root with it.
func TestPoseidon2MatchesLedger(t *testing.T) {
	e := te.New(t, 0, nil)
	defer e.Close()
	hb := bindings.NewPoseidon2Harness()
	addr, _, err := bind2Deploy(e, bindings.Poseidon2HarnessMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	h := hb.Instance(e.Client, addr)
	compress := func(a, b *big.Int) *big.Int {
		return te.Call(e, h, hb.PackCompress(a, b), hb.UnpackCompress)
	}
	perm := poseidon2.NewPermutation(2, 6, 50)
	for i := int64(0); i < 8; i++ {
		var a, b fr.Element
		a.SetRandom()
		b.SetRandom()
		ab, bb := a.Bytes(), b.Bytes()
		want, err := perm.Compress(ab[:], bb[:])
		if err != nil {
			t.Fatal(err)
		}
		if got := compress(new(big.Int).SetBytes(ab[:]), new(big.Int).SetBytes(bb[:])); common.BigToHash(got) != common.BytesToHash(want) {
			t.Fatalf("compress mismatch: %x vs %x", got, want)
		}
	}
	raw, err := os.ReadFile("../testdata/ledger/vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var gv goldenVectors
	if err := json.Unmarshal(raw, &gv); err != nil {
		t.Fatal(err)
	}
	hx := func(s string) *big.Int { return common.HexToHash(s).Big() }
	for _, v := range gv.Compress {
		if got := compress(hx(v.Inputs[0]), hx(v.Inputs[1])); got.Cmp(hx(v.Output)) != 0 {
			t.Fatalf("golden compress %v: got %x", v.Inputs, got)
		}
	}
	for _, v := range gv.MD {
		if len(v.Inputs) != 4 {
			continue
		}
		got := te.Call(e, h, hb.PackHash4(hx(v.Inputs[0]), hx(v.Inputs[1]), hx(v.Inputs[2]), hx(v.Inputs[3])), hb.UnpackHash4)
		if got.Cmp(hx(v.Output)) != 0 {
			t.Fatalf("golden md %v: got %x", v.Inputs, got)
		}
	}
	p := gv.Proof
	var x, y *big.Int
	for _, k := range gv.Keys {
		if k.PubKey == p.Account.PubKey {
			x, y = hx(k.X), hx(k.Y)
		}
	}
	if x == nil {
		t.Fatal("golden proof's key not among the golden keys")
	}
	node := te.Call(e, h, hb.PackHash4(x, y, new(big.Int).SetUint64(p.Account.Balance), new(big.Int).SetUint64(p.Account.Nonce)), hb.UnpackHash4)
	for l, s := range p.Siblings {
		if (p.Index>>l)&1 == 0 {
			node = compress(node, hx(s))
		} else {
			node = compress(hx(s), node)
		}
	}
	if common.BigToHash(node) != common.HexToHash(p.Root) {
		t.Fatalf("golden proof root: got %x want %s", node, p.Root)
	}
	// compressPubKey inverts the ledger's key encoding.
	ck := te.Call(e, e.Rollup, e.RollupABI.PackCompressPubKey(x, y), e.RollupABI.UnpackCompressPubKey)
	if common.Hash(ck) != common.HexToHash(p.Account.PubKey) {
		t.Fatalf("compressPubKey %x, want %s", ck, p.Account.PubKey)
	}
}
