package prover

import (
	"bytes"
	"context"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/ledger"
)

// Real Groth16 proofs need a setup of the smallest batch circuit (3 slots,
// a deposit's three chunks, at depth 4: 147,224 constraints), so these
// tests run only with MYCEL_PROVE=1. The dev keys are cached under
// $MYCEL_PROVER_KEYS (default: the user cache dir) and reused.
var tinyParams = Params{Slots: 3, Depth: 4}

func requireProve(t testing.TB) {
	t.Helper()
	if os.Getenv("MYCEL_PROVE") != "1" {
		t.Skip("set MYCEL_PROVE=1 to run real Groth16 setups and proofs (minutes)")
	}
}

func cachedDevKeys(t testing.TB, p Params) *Keys {
	t.Helper()
	dir := os.Getenv("MYCEL_PROVER_KEYS")
	if dir == "" {
		c, err := os.UserCacheDir()
		if err != nil {
			t.Fatal(err)
		}
		dir = filepath.Join(c, "mycel-prover-test")
	}
	dir = filepath.Join(dir, p.Name())
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	if k, err := LoadKeys(dir, p, true, log); err == nil {
		return k
	}
	start := time.Now()
	k, err := DevSetup(context.Background(), p, log)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev setup of %s (%d constraints): %s", p.Name(), k.Manifest.Constraints, time.Since(start))
	if err := WriteKeys(dir, k, log); err != nil {
		t.Fatal(err)
	}
	return k
}

// tinyChainID is the chain id of tinyStore's ledger.
const tinyChainID = 99

// tinyStore opens a depth-4 in-memory ledger (chain tinyChainID) whose
// genesis funds accounts 1 and 2 (keys[0], keys[1]) with 1,000,000 gwei;
// keys[2] (seed 12) has no account.
func tinyStore(t testing.TB) (*ledger.Store, []*ledger.PrivateKey) {
	t.Helper()
	var keys []*ledger.PrivateKey
	g := &ledger.Genesis{ChainID: tinyChainID, Depth: tinyParams.Depth}
	for i := range 3 {
		var seed [32]byte
		seed[0] = byte(10 + i)
		k, err := ledger.NewPrivateKey(seed)
		if err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
		if i < 2 {
			g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: k.Public(), Balance: 1_000_000})
		}
	}
	s, err := ledger.Open(t.TempDir(), g, ledger.Options{InMemory: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, keys
}

// tinyChain builds a depth-4 ledger with two funded accounts and returns
// batches of at most three chunks each: a transfer, a withdrawal, a deposit.
func tinyChain(t testing.TB) (*ledger.Store, []*Batch) {
	t.Helper()
	const chain = tinyChainID
	s, keys := tinyStore(t)
	txs := []*ledger.Tx{
		{Type: ledger.TxTransfer, ChainID: chain, From: 1, To: 2, Amount: 1234, Fee: 5},
		{Type: ledger.TxWithdraw, ChainID: chain, From: 2, L1Address: [20]byte{0xaa, 0xbb}, Amount: 777, Fee: 3},
		{Type: ledger.TxDeposit, ChainID: chain, QueueIndex: 0, PubKey: keys[2].Public(), Amount: 42},
	}
	signers := []*ledger.PrivateKey{keys[0], keys[1], nil}
	var out []*Batch
	dep := uint64(0)
	for i, tx := range txs {
		if signers[i] != nil {
			if err := tx.Sign(signers[i]); err != nil {
				t.Fatal(err)
			}
		}
		b, err := s.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Apply(tx); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Commit(); err != nil {
			t.Fatal(err)
		}
		bt, err := BatchFromStore(s, BatchSpec{Index: uint64(i), FromHeight: uint64(i), ToHeight: uint64(i + 1), DepositStart: dep})
		if err != nil {
			t.Fatal(err)
		}
		dep = bt.DepositEnd
		out = append(out, bt)
	}
	return s, out
}

func TestProveAndVerify(t *testing.T) {
	requireProve(t)
	k := cachedDevKeys(t, tinyParams)
	_, batches := tinyChain(t)
	for _, b := range batches {
		start := time.Now()
		bp, err := ProveBatch(context.Background(), CPUBackend{}, k, b)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("batch %d: proof %d bytes in %s", b.Index, len(bp.Proof), time.Since(start))
	}
	// A proof does not verify against another public input, nor another
	// data evaluation.
	a, err := Assign(batches[0], tinyParams.Slots)
	if err != nil {
		t.Fatal(err)
	}
	p, err := CPUBackend{}.Prove(context.Background(), k, a)
	if err != nil {
		t.Fatal(err)
	}
	pi, y := a.PublicInput.(*big.Int), a.DataEval.(*big.Int)
	if err := Verify(k, p, [2]*big.Int{pi, y}); err != nil {
		t.Fatalf("proof does not verify: %v", err)
	}
	if err := Verify(k, p, [2]*big.Int{new(big.Int).Add(pi, big.NewInt(1)), y}); err == nil {
		t.Fatal("proof verified against a tampered public input")
	}
	if err := Verify(k, p, [2]*big.Int{pi, new(big.Int).Add(y, big.NewInt(1))}); err == nil {
		t.Fatal("proof verified against a tampered data evaluation")
	}
}

// A node takes a proof from a remote prover only if it verifies for the
// header the node closed itself: a garbage proof, a proof of another batch,
// or a proof with its own idea of the header are refused.
func TestCheckProof(t *testing.T) {
	requireProve(t)
	k := cachedDevKeys(t, tinyParams)
	_, batches := tinyChain(t)
	proofs := make([]*BatchProof, 2)
	headers := make([]batch.Header, 2)
	for i := range proofs {
		bp, err := ProveBatch(context.Background(), CPUBackend{}, k, batches[i])
		if err != nil {
			t.Fatal(err)
		}
		h, err := batches[i].Header()
		if err != nil {
			t.Fatal(err)
		}
		proofs[i], headers[i] = bp, *h
	}
	for i := range proofs {
		if err := CheckProof(k, proofs[i], headers[i]); err != nil {
			t.Fatalf("honest proof of batch %d: %v", i, err)
		}
	}
	mutate := func(f func(p *BatchProof)) *BatchProof {
		p := *proofs[0]
		p.Proof = append([]byte(nil), p.Proof...)
		p.Header = append([]byte(nil), p.Header...)
		f(&p)
		return &p
	}
	other := *proofs[1]
	other.BatchIndex = 0
	for name, p := range map[string]*BatchProof{
		"empty proof":            mutate(func(p *BatchProof) { p.Proof = nil }),
		"proof bit flipped":      mutate(func(p *BatchProof) { p.Proof[200] ^= 1 }),
		"proof of another batch": &other,
		"header of another batch": mutate(func(p *BatchProof) {
			p.Header, p.PublicInput, p.DataEval = proofs[1].Header, proofs[1].PublicInput, proofs[1].DataEval
		}),
		"public input +1": mutate(func(p *BatchProof) {
			v, _ := new(big.Int).SetString(p.PublicInput, 10)
			p.PublicInput = v.Add(v, big.NewInt(1)).String()
		}),
		"data evaluation +1": mutate(func(p *BatchProof) {
			v, _ := new(big.Int).SetString(p.DataEval, 10)
			p.DataEval = v.Add(v, big.NewInt(1)).String()
		}),
	} {
		if err := CheckProof(k, p, headers[0]); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// The parser takes back what SolidityProof wrote.
	parsed, err := ParseSolidityProof(proofs[0].Proof)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(SolidityProof(parsed), proofs[0].Proof) {
		t.Fatal("ParseSolidityProof does not invert SolidityProof")
	}
}

func TestParseSolidityProofRefusesBadPoints(t *testing.T) {
	for name, b := range map[string][]byte{
		"short":         make([]byte, 255),
		"not canonical": bytes.Repeat([]byte{0xff}, 256),
		"off the curve": append(append(make([]byte, 31), 1), make([]byte, 224)...), // Ar = (1, 0)
	} {
		if _, err := ParseSolidityProof(b); err == nil {
			t.Errorf("%s: parsed", name)
		}
	}
}
