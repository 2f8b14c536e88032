package e2e

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/pelletier/go-toml/v2"
)

// A Manifest describes a test network and what happens to it, as data
// (e2e/networks/*.toml, docs/testing.md), after CometBFT's test/e2e
// manifests. runManifest runs one.
type Manifest struct {
	// Backend runs the network: "processes" (the default: one process per
	// validator on 127.0.0.1, procnet.NewDevnet) or "docker" (one
	// container per validator and one for the L1 chain, each on its own IP
	// of a private network: procnet.NewDockerDevnet).
	Backend string `toml:"backend"`
	// Validators is the number of staked validators (node0..nodeV-1).
	Validators int `toml:"validators"`
	// Standby validators (nodeV..) run from the start without stake; a
	// "join" perturbation stakes one on L1.
	Standby int `toml:"standby"`
	// BLSCertificates deploys the Rollup with BLS certificates (mycel
	// devnet --bls-certificates, ADR 031): batches are committed under one
	// aggregate signature and a bitmap of the epoch's published set.
	BLSCertificates bool `toml:"bls_certificates"`
	// Load is the transfer traffic sent during the run.
	Load Load `toml:"load"`
	// Perturbations are run one at a time, in order of At.
	Perturbations []Perturbation `toml:"perturbations"`
	// Random, when set, adds generated perturbations (soak runs).
	Random *Random `toml:"random"`
}

// Load is the load generator's schedule: Rate signed L2 transfers a second
// spread over the staked validators, for at least Duration and until the
// last perturbation has been measured.
type Load struct {
	Rate     float64  `toml:"rate"`
	Duration Duration `toml:"duration"`
}

// Perturbation is one fault: Op on Node (or, for disconnect, Nodes) At
// after the load starts, for For.
type Perturbation struct {
	Node  *int     `toml:"node"`
	Nodes []int    `toml:"nodes"` // disconnect only: a partition of these nodes from the rest
	Op    string   `toml:"op"`
	At    Duration `toml:"at"`
	For   Duration `toml:"for"`
}

// Random generates Count perturbations, one every Every from Start, each an
// op drawn from Ops (on a staked validator drawn at random when the op takes
// a node) lasting For, from Seed.
type Random struct {
	Seed  uint64   `toml:"seed"`
	Count int      `toml:"count"`
	Start Duration `toml:"start"`
	Every Duration `toml:"every"`
	For   Duration `toml:"for"`
	Ops   []string `toml:"ops"`
}

// Duration is a time.Duration written as a Go duration string ("20s").
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("want a duration such as \"20s\": %w", err)
	}
	d.Duration = v
	return nil
}

// The perturbations.
const (
	opKill         = "kill"          // SIGKILL node, start it again after For
	opPause        = "pause"         // SIGSTOP node, SIGCONT after For
	opRestart      = "restart"       // SIGTERM node, start it again (after For, if set)
	opDisconnect   = "disconnect"    // cut node (or nodes) off the network (docker backend only)
	opL1Down       = "l1_down"       // the L1 endpoint unreachable for every validator for For
	opProverDown   = "prover_down"   // node0 restarted without its prover for For
	opPosterKilled = "poster_killed" // the designated poster of the next batch SIGKILLed for For
	opJoin         = "join"          // standby node registers and stakes on L1
)

// nodeOps take a node; the others must not name one.
var nodeOps = []string{opKill, opPause, opRestart, opDisconnect, opJoin}

var allOps = []string{opKill, opPause, opRestart, opDisconnect, opL1Down, opProverDown, opPosterKilled, opJoin}

const (
	backendProcesses = "processes"
	backendDocker    = "docker"
)

// loadManifest reads and checks a manifest file.
func loadManifest(path string) (*Manifest, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m, err := parseManifest(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return m, nil
}

// parseManifest decodes a manifest strictly (an unknown key is an error
// that names it), fills in the defaults, expands Random and validates.
func parseManifest(b []byte) (*Manifest, error) {
	var m Manifest
	err := toml.NewDecoder(bytes.NewReader(b)).DisallowUnknownFields().Decode(&m)
	var strict *toml.StrictMissingError
	if errors.As(err, &strict) {
		var keys []string
		for _, e := range strict.Errors {
			row, _ := e.Position()
			keys = append(keys, fmt.Sprintf("%q (line %d)", strings.Join(e.Key(), "."), row))
		}
		return nil, fmt.Errorf("unknown key %s: the keys are backend, validators, standby, bls_certificates, [load] rate, duration, "+
			"[[perturbations]] node, nodes, op, at, for, [random] seed, count, start, every, for, ops", strings.Join(keys, ", "))
	}
	if err != nil {
		return nil, err
	}
	if m.Backend == "" {
		m.Backend = backendProcesses
	}
	if m.Random != nil {
		gen, err := m.Random.expand(m.Validators)
		if err != nil {
			return nil, err
		}
		m.Perturbations = append(m.Perturbations, gen...)
	}
	slices.SortStableFunc(m.Perturbations, func(a, b Perturbation) int { return int(a.At.Duration - b.At.Duration) })
	return &m, m.Validate()
}

// Validate checks the manifest; errors name the key.
func (m *Manifest) Validate() error {
	switch m.Backend {
	case backendProcesses, backendDocker:
	default:
		return fmt.Errorf("backend: %q, want %q or %q", m.Backend, backendProcesses, backendDocker)
	}
	if m.Validators < 1 {
		return fmt.Errorf("validators: %d, want at least 1", m.Validators)
	}
	if m.Standby < 0 {
		return fmt.Errorf("standby: %d, want 0 or more", m.Standby)
	}
	if m.Load.Rate < 0 || m.Load.Rate > 200 {
		return fmt.Errorf("load.rate: %g tx/s, want 0 to 200", m.Load.Rate)
	}
	if m.Load.Duration.Duration < 0 {
		return fmt.Errorf("load.duration: %s is negative", m.Load.Duration)
	}
	if m.Load.Rate > 0 && m.Load.Duration.Duration == 0 {
		return errors.New("load.duration: required with a load.rate")
	}
	joined := map[int]bool{}
	for i, p := range m.Perturbations {
		key := fmt.Sprintf("perturbations[%d]", i)
		if !slices.Contains(allOps, p.Op) {
			return fmt.Errorf("%s.op: %q, want one of %s", key, p.Op, strings.Join(allOps, ", "))
		}
		if p.Op == opDisconnect && m.Backend == backendProcesses {
			return fmt.Errorf("%s.op: \"disconnect\" needs a network of its own per node (the docker backend): "+
				"processes on one loopback interface cannot be cut off each other", key)
		}
		if p.At.Duration < 0 || p.For.Duration < 0 {
			return fmt.Errorf("%s: at %s, for %s: durations must not be negative", key, p.At, p.For)
		}
		if len(p.Nodes) > 0 {
			if p.Op != opDisconnect {
				return fmt.Errorf("%s.nodes: only disconnect takes several nodes; use node", key)
			}
			if p.Node != nil {
				return fmt.Errorf("%s: node and nodes both set; use one", key)
			}
			seen := map[int]bool{}
			for _, i := range p.Nodes {
				if i < 0 || i >= m.Validators+m.Standby || seen[i] {
					return fmt.Errorf("%s.nodes: %v, want distinct nodes 0 to %d", key, p.Nodes, m.Validators+m.Standby-1)
				}
				seen[i] = true
			}
			if 3*len(p.Nodes) >= m.Validators {
				return fmt.Errorf("%s.nodes: %d of %d validators cut off: a partition of a third or more stops the chain; "+
					"the runner's checks want the majority to go on", key, len(p.Nodes), m.Validators)
			}
			p.Node = &p.Nodes[0] // (a copy of the perturbation) for the checks below
		}
		takesNode := slices.Contains(nodeOps, p.Op)
		switch {
		case takesNode && p.Node == nil:
			return fmt.Errorf("%s.node: required by op %q", key, p.Op)
		case !takesNode && p.Node != nil:
			return fmt.Errorf("%s.node: op %q chooses its node itself (l1_down: every node, prover_down: node0, "+
				"poster_killed: the designated poster); remove node", key, p.Op)
		case takesNode && (*p.Node < 0 || *p.Node >= m.Validators+m.Standby):
			return fmt.Errorf("%s.node: %d, want 0 to %d (%d validators, %d standby)", key, *p.Node, m.Validators+m.Standby-1, m.Validators, m.Standby)
		}
		switch p.Op {
		case opJoin:
			if *p.Node < m.Validators {
				return fmt.Errorf("%s.node: %d is a staked validator; join takes a standby node (%d to %d)", key, *p.Node, m.Validators, m.Validators+m.Standby-1)
			}
			if joined[*p.Node] {
				return fmt.Errorf("%s.node: node%d joins twice", key, *p.Node)
			}
			joined[*p.Node] = true
			if p.For.Duration != 0 {
				return fmt.Errorf("%s.for: join is for good; remove for", key)
			}
		case opRestart:
		default:
			if p.For.Duration == 0 {
				return fmt.Errorf("%s.for: required by op %q", key, p.Op)
			}
		}
	}
	return nil
}

// expand generates the random perturbations.
func (r *Random) expand(validators int) ([]Perturbation, error) {
	if r.Count < 1 || r.Every.Duration <= 0 || r.For.Duration <= 0 || len(r.Ops) == 0 {
		return nil, fmt.Errorf("random: count %d, every %s, for %s, ops %v: want count >= 1, every > 0, for > 0 and ops",
			r.Count, r.Every, r.For, r.Ops)
	}
	if validators < 1 {
		return nil, fmt.Errorf("validators: %d, want at least 1", validators)
	}
	for _, op := range r.Ops {
		if op == opJoin {
			return nil, errors.New("random.ops: join is not random; list it in perturbations")
		}
	}
	rng := rand.New(rand.NewPCG(r.Seed, 0x6d7963656c))
	var out []Perturbation
	for k := range r.Count {
		p := Perturbation{Op: r.Ops[rng.IntN(len(r.Ops))], At: Duration{r.Start.Duration + time.Duration(k)*r.Every.Duration}, For: r.For}
		if slices.Contains(nodeOps, p.Op) {
			node := rng.IntN(validators)
			p.Node = &node
		}
		out = append(out, p)
	}
	return out, nil
}

// String describes p ("kill node2 at 20s for 10s").
func (p Perturbation) String() string {
	s := p.Op
	if p.Node != nil {
		s += fmt.Sprintf(" node%d", *p.Node)
	}
	for k, i := range p.Nodes {
		if k == 0 {
			s += " nodes "
		} else {
			s += ","
		}
		s += fmt.Sprintf("node%d", i)
	}
	s += " at " + p.At.String()
	if p.For.Duration != 0 {
		s += " for " + p.For.String()
	}
	return s
}

// TestManifestParse checks the manifest decoder: the shipped manifests
// parse, and bad ones are refused with an error that names the key.
func TestManifestParse(t *testing.T) {
	for _, f := range []string{"ci", "docker-ci", "rolling-restart", "soak", "join", "partition"} {
		m, err := loadManifest("networks/" + f + ".toml")
		if err != nil {
			t.Fatalf("networks/%s.toml: %v", f, err)
		}
		if len(m.Perturbations) == 0 {
			t.Errorf("networks/%s.toml has no perturbations", f)
		}
	}
	ci, err := loadManifest("networks/ci.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range []string{opKill, opPause, opRestart, opL1Down, opProverDown, opPosterKilled} {
		if !slices.ContainsFunc(ci.Perturbations, func(p Perturbation) bool { return p.Op == op }) {
			t.Errorf("networks/ci.toml has no %q perturbation", op)
		}
	}

	base := "validators = 4\n[load]\nrate = 2\nduration = \"30s\"\n"
	for _, tc := range []struct {
		name, toml, wantErr string
	}{
		{"unknown top key", "validatorz = 4\n", `unknown key "validatorz"`},
		{"unknown perturbation key", base + "[[perturbations]]\nnod = 1\nop = \"kill\"\nat = \"5s\"\nfor = \"5s\"\n", `unknown key "perturbations.nod"`},
		{"unknown load key", "validators = 4\n[load]\nrate = 2\nperiod = \"3s\"\n", `unknown key "load.period"`},
		{"bad op", base + "[[perturbations]]\nnode = 1\nop = \"explode\"\nat = \"5s\"\nfor = \"5s\"\n", `perturbations[0].op: "explode"`},
		{"disconnect refused", base + "[[perturbations]]\nnode = 1\nop = \"disconnect\"\nat = \"5s\"\nfor = \"5s\"\n", "docker backend"},
		{"node out of range", base + "[[perturbations]]\nnode = 4\nop = \"kill\"\nat = \"5s\"\nfor = \"5s\"\n", "perturbations[0].node: 4, want 0 to 3"},
		{"node missing", base + "[[perturbations]]\nop = \"pause\"\nat = \"5s\"\nfor = \"5s\"\n", `perturbations[0].node: required by op "pause"`},
		{"node on l1_down", base + "[[perturbations]]\nnode = 1\nop = \"l1_down\"\nat = \"5s\"\nfor = \"5s\"\n", "perturbations[0].node: op \"l1_down\" chooses"},
		{"for missing", base + "[[perturbations]]\nnode = 1\nop = \"kill\"\nat = \"5s\"\n", `perturbations[0].for: required by op "kill"`},
		{"key in the wrong table", base + "standby = 1\n", `unknown key "load.standby"`},
		{"bad duration", "validators = 4\n[load]\nrate = 2\nduration = \"soon\"\n", "want a duration"},
		{"no validators", "[load]\nrate = 1\nduration = \"5s\"\n", "validators: 0"},
		{"rate without duration", "validators = 4\n[load]\nrate = 1\n", "load.duration: required"},
		{"bad backend", "backend = \"vm\"\nvalidators = 4\n", `backend: "vm", want "processes" or "docker"`},
		{"nodes on kill", "backend = \"docker\"\n" + base + "[[perturbations]]\nnodes = [1]\nop = \"kill\"\nat = \"5s\"\nfor = \"5s\"\n", "only disconnect takes several nodes"},
		{"node and nodes", "backend = \"docker\"\n" + base + "[[perturbations]]\nnode = 1\nnodes = [2]\nop = \"disconnect\"\nat = \"5s\"\nfor = \"5s\"\n", "node and nodes both set"},
		{"partition too big", "backend = \"docker\"\n" + base + "[[perturbations]]\nnodes = [1, 2]\nop = \"disconnect\"\nat = \"5s\"\nfor = \"5s\"\n", "2 of 4 validators cut off"},
		{"nodes repeated", "backend = \"docker\"\nvalidators = 7\n[[perturbations]]\nnodes = [1, 1]\nop = \"disconnect\"\nat = \"5s\"\nfor = \"5s\"\n", "want distinct nodes 0 to 6"},
		{"random join", "validators = 4\n[random]\ncount = 2\nevery = \"5s\"\nfor = \"2s\"\nops = [\"join\"]\n", "random.ops"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseManifest([]byte(tc.toml))
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Fatalf("got %v, want an error containing %q", err, tc.wantErr)
			}
		})
	}

	// The docker backend takes disconnect, of one node or a minority.
	for _, ok := range []string{
		"backend = \"docker\"\n" + base + "[[perturbations]]\nnode = 1\nop = \"disconnect\"\nat = \"5s\"\nfor = \"5s\"\n",
		"backend = \"docker\"\nvalidators = 7\n[[perturbations]]\nnodes = [5, 6]\nop = \"disconnect\"\nat = \"5s\"\nfor = \"30s\"\n",
	} {
		m, err := parseManifest([]byte(ok))
		if err != nil {
			t.Fatalf("%q: %v", ok, err)
		}
		if m.Backend != backendDocker || m.Perturbations[0].Op != opDisconnect {
			t.Fatalf("%q: %+v", ok, m)
		}
	}

	// join must take a standby node.
	_, err = parseManifest([]byte("validators = 4\nstandby = 1\n[[perturbations]]\nnode = 2\nop = \"join\"\nat = \"5s\"\n"))
	if err == nil || !strings.Contains(err.Error(), "join takes a standby node (4 to 4)") {
		t.Fatalf("join of node2: got %v", err)
	}

	// Random perturbations: deterministic from the seed, in order, on
	// staked validators.
	soak := "validators = 4\n[random]\nseed = 3\ncount = 20\nstart = \"10s\"\nevery = \"30s\"\nfor = \"5s\"\nops = [\"kill\", \"pause\", \"l1_down\"]\n"
	a, err := parseManifest([]byte(soak))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := parseManifest([]byte(soak))
	if len(a.Perturbations) != 20 || fmt.Sprint(a.Perturbations) != fmt.Sprint(b.Perturbations) {
		t.Fatalf("random perturbations not deterministic: %v vs %v", a.Perturbations, b.Perturbations)
	}
	ops := map[string]bool{}
	for k, p := range a.Perturbations {
		ops[p.Op] = true
		if p.At.Duration != 10*time.Second+time.Duration(k)*30*time.Second {
			t.Fatalf("perturbation %d at %s", k, p.At)
		}
		if p.Node != nil && (*p.Node < 0 || *p.Node >= 4) {
			t.Fatalf("perturbation %d on node%d", k, *p.Node)
		}
		if (p.Node == nil) != (p.Op == opL1Down) {
			t.Fatalf("perturbation %d: %v", k, p)
		}
	}
	if len(ops) != 3 {
		t.Fatalf("20 draws used ops %v, want all 3", ops)
	}
}
