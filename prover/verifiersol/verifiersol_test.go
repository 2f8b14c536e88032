package verifiersol_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/consensys/gnark/backend/solidity"

	"github.com/mycel-network/mycel/internal/testverifier"
	"github.com/mycel-network/mycel/prover/verifiersol"
)

func gnarkTemplate(t *testing.T) []byte {
	t.Helper()
	vk, err := testverifier.CommittedVerifyingKey()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := vk.ExportSolidity(&buf, solidity.WithPragmaVersion("^0.8.30")); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestAddBatchVerify(t *testing.T) {
	src := gnarkTemplate(t)
	out, err := verifiersol.AddBatchVerify(src, 2)
	if err != nil {
		t.Fatal(err)
	}
	s := string(out)
	for _, want := range []string{"function verifyProofs(", "uint256[2][] calldata inputs", "s1 := addmod(s1, mulmod(r, x, R), R)", "PUB_1_X"} {
		if !strings.Contains(s, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// Inserted inside the contract, before its closing brace, once.
	if strings.Count(s, "function verifyProofs(") != 1 || !strings.HasSuffix(strings.TrimSpace(s), "}") ||
		strings.Index(s, "function verifyProofs(") < strings.Index(s, "function verifyProof(") {
		t.Fatal("verifyProofs not appended once at the end of the contract")
	}
	if !bytes.HasPrefix(out, src[:bytes.LastIndexByte(src, '}')]) {
		t.Fatal("gnark's template changed, not only extended")
	}
}

func TestAddBatchVerifyRefuses(t *testing.T) {
	src := gnarkTemplate(t)
	for name, c := range map[string]struct {
		src []byte
		n   int
	}{
		"fewer inputs than the key's":   {src, 1},
		"more inputs than the key's":    {src, 3},
		"no inputs":                     {src, 0},
		"not a gnark verifier":          {[]byte("contract X { }"), 2},
		"a key with a BSB22 commitment": {append(append([]byte(nil), src...), "// PEDERSEN_G_X\n}"...), 2},
	} {
		if _, err := verifiersol.AddBatchVerify(c.src, c.n); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}
