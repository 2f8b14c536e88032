package prover

import (
	"bufio"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/frontend/cs/r1cs"

	"github.com/mycel-network/mycel/internal/progress"
	"github.com/mycel-network/mycel/ledger"
)

// Params pick one circuit: a fixed number of slots over a fixed tree depth.
type Params struct {
	Slots int `json:"slots"`
	Depth int `json:"depth"`
}

// DefaultParams is the default deployment: 64 slots at the default depth.
var DefaultParams = Params{Slots: 64, Depth: ledger.DefaultDepth}

// DevnetParams is the devnet circuit (small batches, default depth). Its
// insecure dev keys are deterministic, so the verifier committed in
// prover/verifier is the one every devnet generates.
var DevnetParams = Params{Slots: 8, Depth: ledger.DefaultDepth}

// Validate checks the parameters.
func (p Params) Validate() error {
	if p.Slots < 2 {
		return fmt.Errorf("prover: slots = %d, need at least 2", p.Slots)
	}
	if p.Depth < ledger.MinDepth || p.Depth > ledger.MaxDepth {
		return fmt.Errorf("prover: depth = %d, must be in [%d, %d]", p.Depth, ledger.MinDepth, ledger.MaxDepth)
	}
	return nil
}

// Name names the circuit in file names: batch-<slots>x<depth>.
func (p Params) Name() string { return fmt.Sprintf("batch-%dx%d", p.Slots, p.Depth) }

// Compile compiles the batch circuit to R1CS.
func Compile(p Params) (constraint.ConstraintSystem, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return frontend.Compile(ecc.BN254.ScalarField(), r1cs.NewBuilder, NewCircuit(p.Slots, p.Depth))
}

// Setup kinds recorded in a key manifest.
const (
	SetupInsecureDev = "INSECURE-DEV"
	SetupCeremony    = "mpc-ceremony"
)

// CircuitVersion names the circuit's constraint system. Change it with
// any change to Define: keys made for another version are refused.
const CircuitVersion = "mycel-batch-6"

// Manifest describes a key directory; it is written last, so a directory
// with a manifest holds complete keys.
type Manifest struct {
	Circuit     string `json:"circuit"`
	Version     string `json:"version"`
	Params      Params `json:"params"`
	Constraints int    `json:"constraints"`
	// Setup is SetupInsecureDev or SetupCeremony. An insecure dev setup is
	// a ceremony without contributors: anyone can recompute its toxic waste
	// from the public beacon and forge proofs. Never deploy it.
	Setup         string `json:"setup"`
	Warning       string `json:"warning,omitempty"`
	Beacon        string `json:"beacon"` // hex
	Contributions [2]int `json:"contributions"`
	// SHA256 maps each key file to its checksum (hex).
	SHA256  map[string]string `json:"sha256"`
	Created time.Time         `json:"created"`
}

// Key file names in a key directory.
const (
	fileCCS      = "circuit.r1cs"
	filePK       = "proving.key"
	fileVK       = "verifying.key"
	fileManifest = "manifest.json"
)

// Keys are a compiled circuit with its proving and verifying keys.
type Keys struct {
	Params   Params
	CCS      constraint.ConstraintSystem
	PK       groth16.ProvingKey
	VK       groth16.VerifyingKey
	Manifest Manifest
}

func domainSize(ccs constraint.ConstraintSystem) uint64 {
	return ecc.NextPowerOfTwo(uint64(ccs.GetNbConstraints()))
}

// DevSeed is the public seed of the insecure dev setup of a circuit.
func DevSeed(p Params) []byte {
	b := sha256.Sum256([]byte("mycel INSECURE dev setup " + p.Name()))
	return b[:]
}

// seededReader is a SHA-256 counter-mode stream: deterministic "randomness".
type seededReader struct {
	seed [32]byte
	ctr  uint64
	buf  []byte
}

func (r *seededReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if len(r.buf) == 0 {
			var blk [40]byte
			copy(blk[:], r.seed[:])
			binary.BigEndian.PutUint64(blk[32:], r.ctr)
			r.ctr++
			h := sha256.Sum256(blk[:])
			r.buf = h[:]
		}
		c := copy(p[n:], r.buf)
		r.buf, n = r.buf[c:], n+c
	}
	return n, nil
}

// lockedReader serialises reads: other goroutines may read crypto/rand
// while the dev setup has swapped it. It serves the seeded stream for the
// first left bytes (all of them when left < 0) and the saved system reader
// after, so that what the setup needs from the seed is all another
// goroutine can get from it.
type lockedReader struct {
	mu     sync.Mutex
	seeded io.Reader
	left   int
	after  io.Reader
}

func (r *lockedReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.left < 0 {
		return r.seeded.Read(p)
	}
	n := min(len(p), r.left)
	if n > 0 {
		if _, err := io.ReadFull(r.seeded, p[:n]); err != nil {
			return 0, err
		}
		r.left -= n
	}
	if n == len(p) {
		return n, nil
	}
	m, err := io.ReadFull(r.after, p[n:])
	return n + m, err
}

var devSetupMu sync.Mutex

// devSetupAttempts bounds the setups devGroth16Setup runs before it gives
// up on an undisturbed one.
const devSetupAttempts = 4

// devSetupHook, when set (tests), runs after each attempt's swap of
// crypto/rand.Reader, before gnark's setup.
var devSetupHook func(attempt int)

// devGroth16Setup runs gnark's single-party Groth16 setup with its toxic
// waste drawn from a SHA-256 stream of seed instead of the system's
// randomness. gnark draws every random value of the setup (toxic waste,
// commitment keys) through crypto/rand.Reader, sequentially, so swapping
// the reader makes the setup a deterministic function of (circuit, seed)
// if nothing else reads it meanwhile. The swap is process-wide, and a
// devnet node runs this while its peers connect (the node's prover
// creates missing dev keys): a handshake that reads crypto/rand between
// the swap and gnark's draws shifts the stream, and the keys no longer
// match the committed dev verifier (every proof then fails on L1 with
// ProofInvalid while the node, with the same wrong keys, accepts it). So
// each attempt checks the verifying key against the toxic waste the
// stream gives undisturbed (devSetupClean) and runs again if it differs.
// For a circuit without commitments (the batch circuit, ADR 024) the
// swapped reader serves only the toxic waste's bytes from the seed and
// the system's randomness after: other goroutines can get predictable
// bytes during the draws (microseconds), not during the whole setup.
func devGroth16Setup(ccs constraint.ConstraintSystem, seed []byte) (groth16.ProvingKey, groth16.VerifyingKey, error) {
	devSetupMu.Lock()
	defer devSetupMu.Unlock()
	budget := -1 // a circuit with commitments also draws its Pedersen keys from the seed
	if len(ccs.GetCommitments().CommitmentIndexes()) == 0 {
		_, _, _, _, budget = devToxicWaste(seed)
	}
	for attempt := range devSetupAttempts {
		r := &seededReader{}
		copy(r.seed[:], seed)
		pk, vk, err := func() (groth16.ProvingKey, groth16.VerifyingKey, error) {
			saved := rand.Reader
			rand.Reader = &lockedReader{seeded: r, left: budget, after: saved}
			defer func() { rand.Reader = saved }()
			if devSetupHook != nil {
				devSetupHook(attempt)
			}
			return groth16.Setup(ccs)
		}()
		if err != nil {
			return nil, nil, err
		}
		if devSetupClean(vk, seed) {
			return pk, vk, nil
		}
	}
	return nil, nil, fmt.Errorf("prover: dev setup: crypto/rand was read by another goroutine during each of %d attempts; the keys would not be the seed's", devSetupAttempts)
}

// devToxicWaste replays the draws of gnark's bn254 Setup (sampleToxicWaste:
// t, alpha, beta, gamma, delta, each an fr.Element.SetRandom redrawn while
// zero) from seed's stream, undisturbed; n is the bytes they take.
func devToxicWaste(seed []byte) (alpha, beta, gamma, delta fr.Element, n int) {
	r := &seededReader{}
	copy(r.seed[:], seed)
	draw := func() fr.Element {
		for {
			var b [32]byte
			_, _ = io.ReadFull(r, b[:])
			n += len(b)
			b[31] &= 0x3f // SetRandom keeps 254 bits
			var z fr.Element
			v := new(big.Int)
			for i := range 4 {
				z[i] = binary.LittleEndian.Uint64(b[8*i:])
			}
			for i := 3; i >= 0; i-- {
				v.Lsh(v, 64).Or(v, new(big.Int).SetUint64(z[i]))
			}
			if v.Cmp(fr.Modulus()) >= 0 || z.IsZero() {
				continue // SetRandom redraws above the modulus, sampleToxicWaste at zero
			}
			return z
		}
	}
	_ = draw() // t
	alpha, beta, gamma, delta = draw(), draw(), draw(), draw()
	return
}

// devSetupClean reports whether vk is the one seed's undisturbed stream
// gives: [alpha]G1, [beta]G2, [gamma]G2 and [delta]G2 of devToxicWaste.
// It checks the toxic waste only: a circuit with BSB22 commitments also
// draws its Pedersen keys from the stream, later in the setup, and a read
// in between goes unseen. The batch circuit has none (ADR 024).
func devSetupClean(vk groth16.VerifyingKey, seed []byte) bool {
	v, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return false
	}
	alpha, beta, gamma, delta, _ := devToxicWaste(seed)
	_, _, g1, g2 := bn254.Generators()
	var a bn254.G1Affine
	a.ScalarMultiplication(&g1, alpha.BigInt(new(big.Int)))
	if !a.Equal(&v.G1.Alpha) {
		return false
	}
	for _, c := range []struct {
		x fr.Element
		p *bn254.G2Affine
	}{{beta, &v.G2.Beta}, {gamma, &v.G2.Gamma}, {delta, &v.G2.Delta}} {
		var q bn254.G2Affine
		q.ScalarMultiplication(&g2, c.x.BigInt(new(big.Int)))
		if !q.Equal(c.p) {
			return false
		}
	}
	return true
}

// DevSetup runs the deterministic, INSECURE setup for devnets and tests: a
// single-party Groth16 setup whose toxic waste is derived from a public
// seed (DevSeed), so anyone can recompute it and forge proofs for these
// keys; the manifest and every log line say so. The same circuit always
// gets the same keys.
func DevSetup(ctx context.Context, p Params, log *slog.Logger) (*Keys, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	log = log.With("circuit", p.Name(), "setup", SetupInsecureDev)
	log.Warn("INSECURE dev setup: anyone can forge proofs for these keys; use them only on devnets and in tests")
	done := progress.Start(log, "compile").Done
	ccs, err := Compile(p)
	done()
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	seed := DevSeed(p)
	done = progress.Start(log, fmt.Sprintf("groth16 setup (%d constraints)", ccs.GetNbConstraints())).Done
	pk, vk, err := devGroth16Setup(ccs, seed)
	done()
	if err != nil {
		return nil, err
	}
	return &Keys{Params: p, CCS: ccs, PK: pk, VK: vk, Manifest: Manifest{
		Circuit: p.Name(), Params: p, Constraints: ccs.GetNbConstraints(),
		Setup: SetupInsecureDev, Beacon: hex.EncodeToString(seed),
		Warning: "INSECURE: the toxic waste follows from the public seed (beacon). Devnets and tests only.",
	}}, nil
}

// WriteKeys writes the keys to dir with SHA-256 checksums in the manifest.
func WriteKeys(dir string, k *Keys, log *slog.Logger) error {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	os.Remove(filepath.Join(dir, fileManifest))
	sums := map[string]string{}
	for _, f := range []struct {
		name string
		w    io.WriterTo
	}{{fileCCS, k.CCS}, {filePK, k.PK}, {fileVK, k.VK}} {
		sum, err := writeReported(log, filepath.Join(dir, f.name), f.w)
		if err != nil {
			return err
		}
		sums[f.name] = sum
	}
	m := k.Manifest
	m.SHA256 = sums
	if m.Version == "" {
		m.Version = CircuitVersion
	}
	if m.Created.IsZero() {
		m.Created = time.Now().UTC()
	}
	raw, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	k.Manifest = m
	return os.WriteFile(filepath.Join(dir, fileManifest), append(raw, '\n'), 0o644)
}

type hashWriter struct {
	w io.Writer
	h interface {
		io.Writer
		Sum([]byte) []byte
	}
	task *progress.Task // counts the bytes written; nil: none
}

func (hw hashWriter) Write(b []byte) (int, error) {
	hw.h.Write(b)
	hw.task.Add(int64(len(b)))
	return hw.w.Write(b)
}

// countingReader counts the bytes read from r in task (nil: nowhere).
type countingReader struct {
	r    io.Reader
	task *progress.Task
}

func (c countingReader) Read(b []byte) (int, error) {
	n, err := c.r.Read(b)
	c.task.Add(int64(n))
	return n, err
}

// writeReported is writeFile reporting the bytes written (internal/progress).
func writeReported(log *slog.Logger, path string, w io.WriterTo) (string, error) {
	task := progress.Start(log, "write "+filepath.Base(path), progress.TotalBytes(0))
	defer task.Done()
	return writeFile(path, w, task)
}

// writeFile writes w to path (through a temporary file, synced) and
// returns its SHA-256; task counts the bytes written (nil: nowhere).
func writeFile(path string, w io.WriterTo, task *progress.Task) (string, error) {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return "", err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	hw := hashWriter{w: bw, h: sha256.New(), task: task}
	if _, err := w.WriteTo(hw); err != nil {
		f.Close()
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return "", err
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return hex.EncodeToString(hw.h.Sum(nil)), os.Rename(tmp, path)
}

// ErrKeysMismatch: the key directory holds keys of another circuit or a
// file fails its checksum.
var ErrKeysMismatch = errors.New("prover: keys do not match")

// ReadManifest reads a key directory's manifest.
func ReadManifest(dir string) (*Manifest, error) {
	raw, err := os.ReadFile(filepath.Join(dir, fileManifest))
	if err != nil {
		return nil, fmt.Errorf("prover keys in %s: %w (run `mycel prover setup`)", dir, err)
	}
	var m Manifest
	if err := json.Unmarshal(raw, &m); err != nil {
		return nil, fmt.Errorf("prover keys in %s: manifest: %w", dir, err)
	}
	return &m, nil
}

// LoadKeys reads the keys in dir, checking every checksum and that they are
// for circuit p. withPK false skips the (large) proving key.
func LoadKeys(dir string, p Params, withPK bool, log *slog.Logger) (*Keys, error) {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	m, err := ReadManifest(dir)
	if err != nil {
		return nil, err
	}
	if m.Version != CircuitVersion {
		return nil, fmt.Errorf("%w: %s holds keys for circuit version %q, this build has %q (run `mycel prover setup` again)",
			ErrKeysMismatch, dir, m.Version, CircuitVersion)
	}
	if m.Params != p {
		return nil, fmt.Errorf("%w: %s holds %s, want %s", ErrKeysMismatch, dir, m.Circuit, p.Name())
	}
	if m.Setup == SetupInsecureDev {
		log.Warn("loading INSECURE dev keys: proofs made with them prove nothing", "dir", dir)
	}
	k := &Keys{Params: p, Manifest: *m, CCS: groth16.NewCS(ecc.BN254), VK: groth16.NewVerifyingKey(ecc.BN254)}
	files := []struct {
		name string
		r    io.ReaderFrom
	}{{fileCCS, k.CCS}, {fileVK, k.VK}}
	if withPK {
		k.PK = groth16.NewProvingKey(ecc.BN254)
		files = append(files, struct {
			name string
			r    io.ReaderFrom
		}{filePK, k.PK})
	}
	for _, f := range files {
		path := filepath.Join(dir, f.name)
		var size int64
		if fi, err := os.Stat(path); err == nil {
			size = fi.Size()
		}
		task := progress.Start(log, "read "+f.name, progress.TotalBytes(size))
		err := readFile(path, m.SHA256[f.name], f.r, task)
		task.Done()
		if err != nil {
			return nil, err
		}
	}
	if k.CCS.GetNbConstraints() != m.Constraints {
		return nil, fmt.Errorf("%w: circuit has %d constraints, manifest says %d", ErrKeysMismatch, k.CCS.GetNbConstraints(), m.Constraints)
	}
	return k, nil
}

// readFile reads path into r, checking its SHA-256, and counts the bytes
// read in task (nil: nowhere).
func readFile(path, wantSum string, r io.ReaderFrom, task *progress.Task) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	h := sha256.New()
	tee := io.TeeReader(bufio.NewReaderSize(countingReader{f, task}, 1<<20), h)
	if _, err := r.ReadFrom(tee); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	if _, err := io.Copy(io.Discard, tee); err != nil { // hash every byte
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != wantSum {
		return fmt.Errorf("%w: %s has sha256 %s, manifest says %s", ErrKeysMismatch, path, got, wantSum)
	}
	return nil
}

func newVK() groth16.VerifyingKey { return groth16.NewVerifyingKey(ecc.BN254) }
