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
	te "github.com/mycel-network/mycel/contracts/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

// TestEscapeHatch runs the ledger (a real state tree) beside the Rollup:
// deposits become an L2 batch whose root is finalized on L1; when no batch
// finalizes for the escape period, depositors exit with the ledger's Merkle
// proofs against that root, and unconsumed deposits are refunded.
func TestEscapeHatch(t *testing.T) {
	const depth = 4
	g := &ledger.Genesis{ChainID: 4242, Depth: depth}
	store, err := ledger.Open("", g, ledger.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	genesis := store.Root()
	e, ops := quorumEnv(t, func(c *contracts.Config) {
		c.L2ChainID, c.TreeDepth, c.GenesisRoot = 4242, depth, common.Hash(genesis)
	})
	q := []*te.Operator{ops[0], ops[1], ops[3]}
	alice, bob, carol := e.Users[5], e.Users[6], e.Users[7]
	ka, kb := te.L2Key(11), te.L2Key(12)
	e.Deposit(alice, ka, 1_000)
	e.Deposit(bob, kb, 500)

	blk, err := store.NewBlock()
	if err != nil {
		t.Fatal(err)
	}
	var pubdata []byte
	for i, d := range []struct {
		key    [32]byte
		amount uint64
	}{{ka, 1_000}, {kb, 500}} {
		rc, err := blk.Apply(&ledger.Tx{Type: ledger.TxDeposit, ChainID: 4242, QueueIndex: uint64(i), PubKey: d.key, Amount: d.amount})
		if err != nil {
			t.Fatal(err)
		}
		pubdata = append(pubdata, rc.PubData...)
	}
	root, err := blk.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(pubdata[:50], te.DepositRecord(1, ka, 1_000)) {
		t.Fatalf("ledger deposit record %x differs from the contract's layout", pubdata[:50])
	}
	h := e.NextHeader(common.Hash(root), 2, pubdata)
	e.CommitAndProve(e.Users[1], h, pubdata, q...)
	e.Deposit(carol, te.L2Key(13), 300) // never consumed

	exitArgs := func(idx uint32, balance uint64) []byte {
		p, err := store.Proof(idx)
		if err != nil {
			t.Fatal(err)
		}
		x, y, err := p.Account.PubKey.Coordinates()
		if err != nil {
			t.Fatal(err)
		}
		var sib []*big.Int
		for _, s := range p.Siblings {
			sib = append(sib, new(big.Int).SetBytes(s[:]))
		}
		return e.RollupABI.PackExitAccount(idx, new(big.Int).SetBytes(x[:]), new(big.Int).SetBytes(y[:]), balance, 0, sib)
	}
	_, err = e.Send(alice, e.Rollup, nil, exitArgs(1, 1_000))
	e.Reverts(err, "EscapeHatchNotActive")
	_, err = e.Send(alice, e.Rollup, nil, e.RollupABI.PackRefundDeposit(2))
	e.Reverts(err, "EscapeHatchNotActive")

	e.Advance(e.Cfg.EscapePeriod + 1)
	// Frozen: no more deposits, commits or proofs.
	_, err = e.Send(alice, e.Rollup, te.Gwei(1), e.DepositArgs(ka))
	e.Reverts(err, "EscapeHatchActive")
	h2 := e.NextHeader(te.Root(5), 2, nil)
	_, err = e.Send(alice, e.Rollup, nil, e.CommitArgs(h2, nil, q...))
	e.Reverts(err, "EscapeHatchActive")

	_, err = e.Send(alice, e.Rollup, nil, exitArgs(1, 1_001))
	e.Reverts(err, "BadMerkleProof")
	before := e.Balance(alice.Addr)
	r := e.Must(e.Users[2], e.Rollup, nil, exitArgs(1, 1_000)) // anyone may trigger it; alice is paid
	if d := new(big.Int).Sub(e.Balance(alice.Addr), before); d.Cmp(te.Gwei(1_000)) != 0 {
		t.Fatalf("alice exit paid %v", d)
	}
	t.Logf("exitAccount at depth %d: %d gas", depth, r.GasUsed)
	_, err = e.Send(alice, e.Rollup, nil, exitArgs(1, 1_000))
	e.Reverts(err, "AlreadyExited")
	e.Must(bob, e.Rollup, nil, exitArgs(2, 500))

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
