package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

func TestHealthCmd(t *testing.T) {
	code, body := http.StatusOK, `{"status":"ok","height":7}`
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/health" {
			http.NotFound(w, r)
			return
		}
		w.WriteHeader(code)
		w.Write([]byte(body))
	}))
	defer srv.Close()
	run := func(args ...string) (string, error) {
		cmd := newHealthCmd()
		var out bytes.Buffer
		cmd.SetOut(&out)
		cmd.SetErr(&out)
		cmd.SetArgs(args)
		err := cmd.Execute()
		return out.String(), err
	}
	out, err := run("--url", srv.URL+"/health")
	if err != nil || !strings.Contains(out, "HTTP 200: ok") {
		t.Fatalf("healthy node: out %q, err %v", out, err)
	}
	code, body = http.StatusServiceUnavailable, `{"status":"stalled","height":7}`
	_, err = run("--url", srv.URL+"/health")
	if err == nil || !strings.Contains(err.Error(), "HTTP 503: stalled") {
		t.Fatalf("stalled node: err %v, want HTTP 503: stalled", err)
	}
	if _, err = run("--url", srv.URL+"/nope"); err == nil || !strings.Contains(err.Error(), "HTTP 404") {
		t.Fatalf("missing path: err %v, want HTTP 404", err)
	}
	srv.Close()
	if _, err = run("--url", srv.URL+"/health"); err == nil {
		t.Fatal("closed server: no error")
	}
}
