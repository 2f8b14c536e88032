package prover

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/examples/rollup"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"
	"github.com/consensys/gnark/std/algebra/native/twistededwards"

	"github.com/mycel-network/mycel/ledger"
)

func compileCount(b testing.TB, c frontend.Circuit, opts ...frontend.CompileOption) int {
	b.Helper()
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, c, opts...)
	if err != nil {
		b.Fatal(err)
	}
	return ccs.GetNbConstraints()
}

// Component circuits for the per-slot breakdown.

type sigPart struct {
	Fields [8]frontend.Variable
	AX, AY frontend.Variable
	RX, RY frontend.Variable
	S      frontend.Variable
}

func (c *sigPart) Define(api frontend.API) error {
	g, err := newGadgets(api, 0)
	if err != nil {
		return err
	}
	msg := g.hash(c.Fields[:]...)
	v := g.verifySig(c.RX, c.RY, c.S, msg, twistededwards.Point{X: c.AX, Y: c.AY})
	api.AssertIsEqual(v, 1)
	return nil
}

type pathsPart struct {
	Leaves [4]frontend.Variable
	Index  [2]frontend.Variable
	Sib    [2][]frontend.Variable
	Root   frontend.Variable
	depth  int
}

func (c *pathsPart) Define(api frontend.API) error {
	g, err := newGadgets(api, c.depth)
	if err != nil {
		return err
	}
	var acc frontend.Variable = 0
	for k := range 2 {
		bits := api.ToBinary(c.Index[k], c.depth)
		acc = api.Add(acc, g.root(c.Leaves[2*k], bits, c.Sib[k]), g.root(c.Leaves[2*k+1], bits, c.Sib[k]))
	}
	api.AssertIsEqual(acc, c.Root)
	return nil
}

type leavesPart struct {
	AX, AY, QX, QY, Sign, B1, N1, B2, N2, KB, Out frontend.Variable
}

func (c *leavesPart) Define(api frontend.API) error {
	g, err := newGadgets(api, 0)
	if err != nil {
		return err
	}
	Q := twistededwards.Point{X: c.QX, Y: c.QY}
	g.curve.AssertIsOnCurve(Q)
	Q8 := g.curve.Double(g.curve.Double(g.curve.Double(Q)))
	api.AssertIsEqual(Q8.X, c.AX)
	api.AssertIsEqual(Q8.Y, c.AY)
	xs := api.Sub(c.AX, api.Mul(2, c.Sign, c.AX))
	api.AssertIsLessOrEqual(xs, halfR)
	key := g.compressedKey(c.AY, c.Sign)
	kh := g.hash(c.AX, c.AY)
	sum := api.Add(g.compress(g.compress(kh, c.B1), c.N1), g.compress(g.compress(kh, c.B2), c.N2),
		g.compress(g.compress(c.KB, c.B1), c.N1), g.compress(g.compress(c.KB, c.B2), c.N2), key[0])
	api.AssertIsEqual(sum, c.Out)
	return nil
}

// dataPart binds n chunks as the batch circuit does: their Poseidon2 hash
// and their evaluation at z (ADR 024), from the chunks' byte values.
type dataPart struct {
	Chunks       [][]frontend.Variable
	Active       []frontend.Variable
	Z, Hash, Out frontend.Variable
}

func (c *dataPart) Define(api frontend.API) error {
	g, err := newGadgets(api, 0)
	if err != nil {
		return err
	}
	ints := make([]frontend.Variable, len(c.Chunks))
	for i, ch := range c.Chunks {
		var v frontend.Variable = 0
		for _, b := range ch {
			v = api.Add(api.Mul(v, 256), b)
		}
		ints[i] = v
	}
	api.AssertIsEqual(g.dataPoseidon(ints, c.Active), c.Hash)
	api.AssertIsEqual(g.dataEval(ints, c.Active, c.Z), c.Out)
	return nil
}

func newDataPart(n int) *dataPart {
	c := &dataPart{Active: make([]frontend.Variable, n)}
	for range n {
		c.Chunks = append(c.Chunks, make([]frontend.Variable, chunk))
	}
	return c
}

// BenchmarkConstraints compiles the default deployment circuit (64 slots,
// depth 24) and reports constraints per transaction slot (the circuit's
// total over 64: each slot's share of the fixed parts included), with a
// breakdown from component circuits, and gnark's examples/rollup circuit
// (MiMC, depth 5, one transfer) beside ours at depth 5.
//
//	go test ./prover -run '^$' -bench BenchmarkConstraints -benchtime 1x -timeout 30m
func BenchmarkConstraints(b *testing.B) {
	p := DefaultParams
	start := time.Now()
	ccs, err := Compile(p)
	if err != nil {
		b.Fatal(err)
	}
	total := ccs.GetNbConstraints()
	compileTime := time.Since(start)
	perTx := float64(total) / float64(p.Slots)

	sig := compileCount(b, &sigPart{})
	pp := &pathsPart{depth: p.Depth}
	pp.Sib[0], pp.Sib[1] = make([]frontend.Variable, p.Depth), make([]frontend.Variable, p.Depth)
	paths := compileCount(b, pp)
	leaves := compileCount(b, &leavesPart{})
	dataTotal := compileCount(b, newDataPart(p.Slots))
	dataPerTx := float64(dataTotal) / float64(p.Slots)
	// The header hash (3 blocks) and the vault update are per batch.
	hdr := compileCount(b, &shaFixedCircuit{Msg: make([]frontend.Variable, headerBytes)})
	other := perTx - float64(sig+paths+leaves) - dataPerTx

	// gnark's examples/rollup: one transfer per proof at depth 5 (MiMC).
	var rc rollup.Circuit
	for i := range rc.MerkleProofReceiverBefore {
		rc.MerkleProofReceiverBefore[i].Path = make([]frontend.Variable, 5)
		rc.MerkleProofReceiverAfter[i].Path = make([]frontend.Variable, 5)
		rc.MerkleProofSenderBefore[i].Path = make([]frontend.Variable, 5)
		rc.MerkleProofSenderAfter[i].Path = make([]frontend.Variable, 5)
	}
	gnarkRollup := compileCount(b, &rc, frontend.IgnoreUnconstrainedInputs())
	// Ours at depth 5: per slot at 64 slots, from two compiles (linear in
	// slots: fixed + slots x marginal).
	c4 := compileCount(b, NewCircuit(4, 5))
	c8 := compileCount(b, NewCircuit(8, 5))
	marginal5 := float64(c8-c4) / 4
	fixed5 := float64(c4) - 4*marginal5
	ours5 := marginal5 + fixed5/64

	for range b.N {
	}
	b.ReportMetric(perTx, "constraints/tx")
	b.ReportMetric(float64(total), "constraints")
	b.ReportMetric(float64(sig), "signature/tx")
	b.ReportMetric(float64(paths), "merkle-paths/tx")
	b.ReportMetric(float64(leaves), "leaves+keys/tx")
	b.ReportMetric(dataPerTx, "pubdata-poseidon2+eval/tx")
	b.ReportMetric(other, "rangechecks+records+fixed/tx")
	b.ReportMetric(float64(gnarkRollup), "gnark-rollup-d5/transfer")
	b.ReportMetric(ours5, "ours-d5/tx")
	b.Logf("circuit %s: %d constraints (compiled in %s), %.0f per slot; target <= 32000",
		p.Name(), total, compileTime.Round(time.Second), perTx)
	b.Logf("breakdown per slot: signature (Poseidon2 message + EdDSA) %d, 4 Merkle paths at depth %d %d, "+
		"leaves and key checks %d, Poseidon2 hash and evaluation of its %d-byte chunk %.0f, "+
		"rest (range checks, record bytes, gating, header hash %d/batch, vault update) %.0f",
		sig, p.Depth, paths, leaves, chunk, dataPerTx, hdr, other)
	b.Logf("gnark examples/rollup (MiMC, depth 5): %d constraints per transfer; ours at depth 5: %.0f per slot at 64 slots "+
		"(fixed %.0f + %.0f per slot)", gnarkRollup, ours5, fixed5, marginal5)
}

// peakRSS returns the process's peak resident memory (VmHWM) in MiB.
func peakRSS() float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if l := sc.Text(); strings.HasPrefix(l, "VmHWM:") {
			kb, _ := strconv.ParseFloat(strings.Fields(l)[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// fullBatch builds a batch of `slots` transfers at depth `depth` from a fresh
// ledger (every slot a transfer: the most Merkle work).
func fullBatch(b testing.TB, slots, depth int) *Batch {
	b.Helper()
	const chain = 7
	g := &ledger.Genesis{ChainID: chain, Depth: depth}
	keys := make([]*ledger.PrivateKey, slots+1)
	for i := range keys {
		var seed [32]byte
		seed[0], seed[1] = byte(i), byte(i>>8)
		k, err := ledger.NewPrivateKey(seed)
		if err != nil {
			b.Fatal(err)
		}
		keys[i] = k
		g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: k.Public(), Balance: 1_000_000_000})
	}
	s, err := ledger.Open(b.TempDir(), g, ledger.Options{InMemory: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	blk, _ := s.NewBlock()
	for i := range slots {
		tx := &ledger.Tx{Type: ledger.TxTransfer, ChainID: chain, From: uint32(i + 1), To: uint32(i + 2), Amount: 1000 + uint64(i), Fee: 7}
		tx.Sign(keys[i])
		if _, err := blk.Apply(tx); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := blk.Commit(); err != nil {
		b.Fatal(err)
	}
	bt, err := BatchFromStore(s, BatchSpec{Index: 0, FromHeight: 0, ToHeight: 1})
	if err != nil {
		b.Fatal(err)
	}
	return bt
}

func benchKeyDir(p Params) string {
	dir := os.Getenv("MYCEL_PROVER_KEYS")
	if dir == "" {
		c, _ := os.UserCacheDir()
		dir = filepath.Join(c, "mycel-prover-test")
	}
	return filepath.Join(dir, p.Name())
}

// BenchmarkSetupProve measures, for batches of 4, 8 (the devnet's
// circuit), 16, 64, 128 and 256 slots at the default depth (256: about 8
// million constraints, half an hour of setup on 2 cores; the batch size
// at which ADR 025 and 026 bring L1 gas near 1,000 per transfer): the dev setup time
// (once; keys are cached on disk under $MYCEL_PROVER_KEYS or the user
// cache dir, and a cached run reports the setup time recorded when they
// were made), the proving time of a full batch of transfers, the process's
// peak memory, and transactions proven per second per core. Run one size
// per process for a clean peak memory:
//
//	go test ./prover -run '^$' -bench 'BenchmarkSetupProve/slots=4$' -benchtime 1x -timeout 60m
func BenchmarkSetupProve(b *testing.B) {
	for _, slots := range []int{4, 8, 16, 64, 128, 256} {
		b.Run(fmt.Sprintf("slots=%d", slots), func(b *testing.B) {
			p := Params{Slots: slots, Depth: ledger.DefaultDepth}
			dir := benchKeyDir(p)
			k, err := LoadKeys(dir, p, true, nil)
			var setup time.Duration
			if err != nil {
				start := time.Now()
				if k, err = DevSetup(context.Background(), p, nil); err != nil {
					b.Fatal(err)
				}
				setup = time.Since(start)
				k.Manifest.Warning += fmt.Sprintf(" setup took %s", setup.Round(time.Second))
				if err := WriteKeys(dir, k, nil); err != nil {
					b.Fatal(err)
				}
			} else if i := strings.Index(k.Manifest.Warning, "setup took "); i >= 0 {
				setup, _ = time.ParseDuration(strings.TrimSpace(k.Manifest.Warning[i+len("setup took "):]))
			}
			batch := fullBatch(b, slots, p.Depth)
			b.ResetTimer()
			var prove time.Duration
			for range b.N {
				start := time.Now()
				if _, err := ProveBatch(context.Background(), CPUBackend{}, k, batch); err != nil {
					b.Fatal(err)
				}
				prove += time.Since(start)
			}
			prove /= time.Duration(b.N)
			cores := runtime.GOMAXPROCS(0)
			n := k.CCS.GetNbConstraints()
			b.ReportMetric(float64(n), "constraints")
			b.ReportMetric(setup.Seconds(), "setup-s")
			b.ReportMetric(prove.Seconds(), "prove-s")
			b.ReportMetric(peakRSS(), "peak-MiB")
			b.ReportMetric(float64(slots)/prove.Seconds()/float64(cores), "tx/s/core")
			b.ReportMetric(float64(n)/prove.Seconds(), "constraints/s")
		})
	}
}

// rawCircuit is a plain circuit of n multiplication constraints (no
// commitment), the reference for gnark's raw Groth16 proving rate.
type rawCircuit struct {
	X, Y frontend.Variable
	n    int
}

func (c *rawCircuit) Define(api frontend.API) error {
	v := c.X
	for range c.n - 1 {
		v = api.Mul(v, v)
	}
	api.AssertIsEqual(v, c.Y)
	return nil
}

// BenchmarkRawGroth16 proves a plain circuit with as many constraints as the
// batch circuit of MYCEL_BENCH_SLOTS slots (default 4) at the default depth,
// and reports gnark's raw proving rate beside the batch circuit's.
//
//	go test ./prover -run '^$' -bench BenchmarkRawGroth16 -benchtime 1x -timeout 60m
func BenchmarkRawGroth16(b *testing.B) {
	slots := 4
	if v, err := strconv.Atoi(os.Getenv("MYCEL_BENCH_SLOTS")); err == nil {
		slots = v
	}
	p := Params{Slots: slots, Depth: ledger.DefaultDepth}
	var n int
	if m, err := ReadManifest(benchKeyDir(p)); err == nil {
		n = m.Constraints
	} else {
		ccs, err := Compile(p)
		if err != nil {
			b.Fatal(err)
		}
		n = ccs.GetNbConstraints()
	}
	var ccs constraint.ConstraintSystem
	ccs, err := frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, &rawCircuit{n: n})
	if err != nil {
		b.Fatal(err)
	}
	pk, _, err := groth16.Setup(ccs)
	if err != nil {
		b.Fatal(err)
	}
	w, err := frontend.NewWitness(&rawCircuit{X: 3, Y: rawOut(n)}, ecc.BN254.ScalarField())
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		if _, err := groth16.Prove(ccs, pk, w); err != nil {
			b.Fatal(err)
		}
	}
	el := time.Since(start) / time.Duration(b.N)
	b.ReportMetric(float64(ccs.GetNbConstraints()), "constraints")
	b.ReportMetric(el.Seconds(), "prove-s")
	b.ReportMetric(float64(ccs.GetNbConstraints())/el.Seconds(), "constraints/s")
}

func rawOut(n int) frontend.Variable {
	var v, three = new(frElement), new(frElement)
	three.SetUint64(3)
	*v = *three
	for range n - 1 {
		v.Square(v)
	}
	return v.String()
}

type frElement = fr.Element
