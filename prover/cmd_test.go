package prover

import (
	"bytes"
	"strings"
	"testing"
)

func TestCommands(t *testing.T) {
	cmd := NewCommand(nil)
	want := map[string]bool{"setup": false, "export": false, "info": false}
	for _, c := range cmd.Commands() {
		if _, ok := want[c.Name()]; ok {
			want[c.Name()] = true
		}
	}
	for n, ok := range want {
		if !ok {
			t.Fatalf("mycel prover has no %q subcommand", n)
		}
	}
	run := func(args ...string) (string, error) {
		c := NewCommand(nil)
		var out bytes.Buffer
		c.SetOut(&out)
		c.SetErr(&out)
		c.SetArgs(args)
		err := c.Execute()
		return out.String(), err
	}
	if _, err := run("setup"); err == nil || !strings.Contains(err.Error(), "--insecure-dev") {
		t.Fatalf("setup without --insecure-dev: %v", err)
	}
	if _, err := run(); err == nil || !strings.Contains(err.Error(), "--node") {
		t.Fatalf("prover without --node: %v", err)
	}
	out, err := run("setup", "ceremony", "--help")
	if err != nil || !strings.Contains(out, "phase2-seal") {
		t.Fatalf("ceremony help: %v\n%s", err, out)
	}
	if out, err := run("info", "--keys", "verifier"); err == nil && !strings.Contains(out, CircuitVersion) {
		t.Fatalf("info: %s", out)
	}
}
