// Package build compiles the Solidity sources under contracts/src with solc
// (standard JSON, optimizer on), renders the committed artifacts and the
// abigen v2 bindings, and generates the Poseidon2 library from gnark-crypto's
// parameters. `make contracts` runs it through contracts/internal/gen; the
// staleness test in contracts/ runs it and compares bytes with what is
// committed.
package build

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/abigen"
)

// Settings that change the bytecode. Changing one is a deliberate act: the
// committed artifacts and the gas figures in docs/contracts.md follow.
const (
	EVMVersion    = "prague"
	OptimizerRuns = 1000
	// BindingsPackage is the Go package name of contracts/bindings.
	BindingsPackage = "bindings"
)

// ErrNoSolc is returned by FindSolc when no compiler is available.
var ErrNoSolc = errors.New("no solc found: set SOLC to a solc 0.8.30 binary (or solc-js wrapper), " +
	"put one at ../shared/tools/solc next to the repository, or install solc 0.8.30 on PATH " +
	"(https://docs.soliditylang.org/en/v0.8.30/installing-solidity.html)")

// FindSolc returns the compiler to use: $SOLC, else ../shared/tools/solc
// relative to repoRoot, else solc on PATH.
func FindSolc(repoRoot string) (string, error) {
	if s := os.Getenv("SOLC"); s != "" {
		if !filepath.IsAbs(s) && !strings.Contains(s, string(filepath.Separator)) {
			if p, err := exec.LookPath(s); err == nil {
				return p, nil
			}
			return "", fmt.Errorf("SOLC=%q: not found on PATH", s)
		}
		if _, err := os.Stat(s); err != nil {
			return "", fmt.Errorf("SOLC=%q: %w", s, err)
		}
		return s, nil
	}
	shared := filepath.Join(repoRoot, "..", "shared", "tools", "solc")
	if _, err := os.Stat(shared); err == nil {
		return shared, nil
	}
	if p, err := exec.LookPath("solc"); err == nil {
		return p, nil
	}
	return "", ErrNoSolc
}

// Artifact is one compiled contract as committed under contracts/artifacts.
type Artifact struct {
	Name string          `json:"contractName"`
	ABI  json.RawMessage `json:"abi"`
	Bin  string          `json:"bytecode"`
}

// Output is the result of one compilation: artifacts keyed by contract name
// (only contracts with bytecode; interfaces and libraries are inlined).
type Output struct {
	Artifacts map[string]*Artifact
}

type solcInput struct {
	Language string                       `json:"language"`
	Sources  map[string]map[string]string `json:"sources"`
	Settings map[string]any               `json:"settings"`
}

type solcOutput struct {
	Errors []struct {
		Severity         string `json:"severity"`
		FormattedMessage string `json:"formattedMessage"`
	} `json:"errors"`
	Contracts map[string]map[string]struct {
		ABI json.RawMessage `json:"abi"`
		EVM struct {
			Bytecode struct {
				Object string `json:"object"`
			} `json:"bytecode"`
		} `json:"evm"`
	} `json:"contracts"`
}

// Sources lists the .sol files under srcDir (recursively), as paths
// relative to srcDir with forward slashes, sorted.
func Sources(srcDir string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(srcDir, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".sol") {
			rel, err := filepath.Rel(srcDir, p)
			if err != nil {
				return err
			}
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(out)
	return out, err
}

// nodeBlockingStdout is preloaded into node (NODE_OPTIONS) when solc is the
// solc-js wrapper: solc-js prints its JSON and exits at once, and node drops
// what a pipe has not taken yet, so large outputs come back truncated
// (64 KiB, 128 KiB) unless stdout writes block. A native solc ignores it.
const nodeBlockingStdout = "if (process.stdout._handle && process.stdout._handle.setBlocking) " +
	"process.stdout._handle.setBlocking(true);\n"

// Compile runs solc once on every source under srcDir and returns an
// artifact for every contract with bytecode and a non-empty ABI
// (interfaces, abstract contracts and internal-only libraries are inlined
// where used).
func Compile(solc, srcDir string) (*Output, error) {
	files, err := Sources(srcDir)
	if err != nil {
		return nil, err
	}
	sources := map[string]map[string]string{}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(srcDir, filepath.FromSlash(f)))
		if err != nil {
			return nil, err
		}
		sources["src/"+f] = map[string]string{"content": string(b)}
	}
	in := solcInput{
		Language: "Solidity",
		Sources:  sources,
		Settings: map[string]any{
			"optimizer":  map[string]any{"enabled": true, "runs": OptimizerRuns},
			"evmVersion": EVMVersion,
			"metadata":   map[string]any{"bytecodeHash": "none", "appendCBOR": false},
			"outputSelection": map[string]any{
				"*": map[string]any{"*": []string{"abi", "evm.bytecode.object"}},
			},
		},
	}
	js, err := json.Marshal(in)
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "mycel-solc-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	// solc-js reads stdin with readFileSync, which fails with EAGAIN on a
	// pipe that is not ready yet: hand it a regular file.
	inPath := filepath.Join(tmp, "input.json")
	preload := filepath.Join(tmp, "blocking-stdout.js")
	if err := os.WriteFile(inPath, js, 0o600); err != nil {
		return nil, err
	}
	if err := os.WriteFile(preload, []byte(nodeBlockingStdout), 0o600); err != nil {
		return nil, err
	}
	inFile, err := os.Open(inPath)
	if err != nil {
		return nil, err
	}
	defer inFile.Close()
	cmd := exec.Command(solc, "--standard-json")
	cmd.Stdin = inFile
	cmd.Env = append(os.Environ(), "NODE_OPTIONS="+strings.TrimSpace(os.Getenv("NODE_OPTIONS")+" --require="+preload))
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("run %s: %w: %s", solc, err, stderr.String())
	}
	var out solcOutput
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		return nil, fmt.Errorf("parse solc output (%d bytes; truncated?): %w (stderr: %s)", stdout.Len(), err, stderr.String())
	}
	var msgs []string
	for _, e := range out.Errors {
		if e.Severity == "error" {
			msgs = append(msgs, e.FormattedMessage)
		}
	}
	if len(msgs) > 0 {
		return nil, fmt.Errorf("solc errors:\n%s", strings.Join(msgs, "\n"))
	}
	res := &Output{Artifacts: map[string]*Artifact{}}
	for file, cs := range out.Contracts {
		for name, c := range cs {
			if c.EVM.Bytecode.Object == "" || string(c.ABI) == "[]" {
				continue
			}
			if _, dup := res.Artifacts[name]; dup {
				return nil, fmt.Errorf("contract name %s defined twice (one in %s)", name, file)
			}
			var abiBuf bytes.Buffer
			if err := json.Compact(&abiBuf, c.ABI); err != nil {
				return nil, err
			}
			res.Artifacts[name] = &Artifact{Name: name, ABI: abiBuf.Bytes(), Bin: "0x" + c.EVM.Bytecode.Object}
		}
	}
	return res, nil
}

// Names returns the artifact names, sorted.
func (o *Output) Names() []string {
	var names []string
	for n := range o.Artifacts {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ArtifactFiles renders each artifact as the bytes of
// contracts/artifacts/<Name>.json.
func (o *Output) ArtifactFiles() (map[string][]byte, error) {
	files := map[string][]byte{}
	for _, n := range o.Names() {
		a := o.Artifacts[n]
		var buf bytes.Buffer
		buf.WriteString("{\n  \"contractName\": ")
		nb, _ := json.Marshal(a.Name)
		buf.Write(nb)
		buf.WriteString(",\n  \"abi\": ")
		buf.Write(a.ABI)
		buf.WriteString(",\n  \"bytecode\": ")
		bb, _ := json.Marshal(a.Bin)
		buf.Write(bb)
		buf.WriteString("\n}\n")
		files[n+".json"] = buf.Bytes()
	}
	return files, nil
}

// ReadArtifacts loads the committed artifacts from dir.
func ReadArtifacts(dir string) (*Output, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	o := &Output{Artifacts: map[string]*Artifact{}}
	for _, e := range ents {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			return nil, err
		}
		var a Artifact
		if err := json.Unmarshal(b, &a); err != nil {
			return nil, fmt.Errorf("%s: %w", e.Name(), err)
		}
		o.Artifacts[a.Name] = &a
	}
	return o, nil
}

// Bindings renders the abigen v2 bindings for every artifact, in one file.
func (o *Output) Bindings() ([]byte, error) {
	var types, abis, bins []string
	for _, n := range o.Names() {
		a := o.Artifacts[n]
		types = append(types, n)
		abis = append(abis, string(a.ABI))
		bins = append(bins, a.Bin)
	}
	code, err := abigen.BindV2(types, abis, bins, BindingsPackage, map[string]string{}, map[string]string{})
	if err != nil {
		return nil, err
	}
	return []byte(code), nil
}
