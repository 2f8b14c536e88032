package main

import (
	"bytes"
	"runtime"
	"strings"
	"testing"
)

func TestVersionCommand(t *testing.T) {
	var out bytes.Buffer
	root := newRootCmd()
	root.SetOut(&out)
	root.SetErr(&out)
	root.SetArgs([]string{"version"})
	if err := root.Execute(); err != nil {
		t.Fatalf("mycel version: %v", err)
	}
	got := out.String()
	if !strings.HasPrefix(got, "mycel ") {
		t.Fatalf("mycel version printed %q, want it to start with %q", got, "mycel ")
	}
	wantGo := "(go " + strings.TrimPrefix(runtime.Version(), "go") + ")"
	if !strings.Contains(got, wantGo) {
		t.Errorf("mycel version printed %q, want it to contain %q", got, wantGo)
	}
}

func TestVersionRejectsArgs(t *testing.T) {
	root := newRootCmd()
	root.SetOut(&bytes.Buffer{})
	root.SetErr(&bytes.Buffer{})
	root.SetArgs([]string{"version", "extra"})
	if err := root.Execute(); err == nil {
		t.Fatal("mycel version extra: got no error, want one")
	}
}
