package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A circuit size without a dev verifier is refused before anything starts,
// with the sizes that exist, and leaves no devnet behind.
func TestDevnetRefusesBatchSlotsWithoutDevVerifier(t *testing.T) {
	home := filepath.Join(t.TempDir(), "dn")
	cmd := newRootCmd()
	var out bytes.Buffer
	cmd.SetOut(&out)
	cmd.SetErr(&out)
	cmd.SetArgs([]string{"devnet", "--home", home, "--batch-slots", "16", "--l1-addr", "127.0.0.1:0"})
	err := cmd.Execute()
	if err == nil || !strings.Contains(err.Error(), "--batch-slots 16") || !strings.Contains(err.Error(), "8 and 64 slots") {
		t.Fatalf("mycel devnet --batch-slots 16: %v", err)
	}
	if _, err := os.Stat(filepath.Join(home, "l1.json")); err == nil {
		t.Fatal("a refused devnet left an L1 deployment behind")
	}
}

// --bls-certificates with operators that join after genesis is refused
// before anything starts: they would not register BLS keys.
func TestDevnetRefusesBLSWithJoiningOperators(t *testing.T) {
	for _, extra := range [][]string{{"--agents"}, {"--standby", "1"}} {
		home := filepath.Join(t.TempDir(), "dn")
		cmd := newRootCmd()
		var out bytes.Buffer
		cmd.SetOut(&out)
		cmd.SetErr(&out)
		cmd.SetArgs(append([]string{"devnet", "--home", home, "--bls-certificates", "--l1-addr", "127.0.0.1:0"}, extra...))
		err := cmd.Execute()
		if err == nil || !strings.Contains(err.Error(), "--bls-certificates cannot be combined") {
			t.Fatalf("mycel devnet --bls-certificates %v: %v", extra, err)
		}
		if _, err := os.Stat(filepath.Join(home, "l1.json")); err == nil {
			t.Fatal("a refused devnet left an L1 deployment behind")
		}
	}
}

// Out-of-range run lengths and negative gathers are refused before
// anything starts, naming the flag.
func TestDevnetRefusesBadBatching(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--batches-per-tx", "33"}, "--batches-per-tx"},
		{[]string{"--batches-per-tx", "-1"}, "--batches-per-tx"},
		{[]string{"--commit-gather", "-1s"}, "--commit-gather"},
	} {
		home := filepath.Join(t.TempDir(), "dn")
		cmd := newRootCmd()
		var out bytes.Buffer
		cmd.SetOut(&out)
		cmd.SetErr(&out)
		cmd.SetArgs(append([]string{"devnet", "--home", home, "--l1-addr", "127.0.0.1:0"}, tc.args...))
		err := cmd.Execute()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Fatalf("mycel devnet %v: %v, want an error naming %s", tc.args, err, tc.want)
		}
		if _, err := os.Stat(filepath.Join(home, "l1.json")); err == nil {
			t.Fatalf("mycel devnet %v: a refused devnet left an L1 deployment behind", tc.args)
		}
	}
}
