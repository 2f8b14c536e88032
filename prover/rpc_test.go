package prover

import (
	"context"
	"errors"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

func TestRPCSourceRoundTrip(t *testing.T) {
	s, batches := tinyChain(t)
	local := NewLocalSource(s, time.Minute, 4)
	local.Add(BatchSpec{Index: 2, FromHeight: 2, ToHeight: 3, DepositStart: 0}) // the deposit batch
	srv := rpc.NewServer()
	if err := srv.RegisterName(RPCNamespace, NewRPCAPI(local, local)); err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	remote := NewRPCSource(rpc.DialInProc(srv))
	defer remote.Close()
	ctx := context.Background()

	b, err := remote.Claim(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if b.Claim == "" {
		t.Fatal("a claimed batch carries no claim name")
	}
	want := *batches[2]
	want.Claim = b.Claim
	if !reflect.DeepEqual(b, &want) {
		t.Fatalf("batch changed over RPC:\n%+v\n%+v", b, batches[2])
	}
	if _, err := Assign(b, tinyParams.Slots); err != nil {
		t.Fatal(err)
	}
	if _, err := remote.Claim(ctx); err != ErrNoJob {
		t.Fatalf("second claim: %v, want ErrNoJob", err)
	}
	if err := remote.Release(ctx, 2, "not the claim"); !strings.Contains(fmt.Sprint(err), "not claimed") {
		t.Fatalf("release under another claim: %v", err)
	}
	if err := remote.Release(ctx, 2, b.Claim); err != nil {
		t.Fatal(err)
	}
	b, err = remote.Claim(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := remote.Submit(ctx, &BatchProof{BatchIndex: 2, Proof: []byte{1, 2}}); !strings.Contains(fmt.Sprint(err), "not claimed") {
		t.Fatalf("a proof without the claim: %v", err)
	}
	if local.Pending() != 1 {
		t.Fatal("a refused proof removed the batch")
	}
	if err := remote.Submit(ctx, &BatchProof{BatchIndex: 2, Proof: []byte{1, 2}, Claim: b.Claim}); err != nil {
		t.Fatal(err)
	}
	if p := <-local.Proofs(); p.BatchIndex != 2 || local.Pending() != 0 {
		t.Fatalf("proof %+v pending %d", p, local.Pending())
	}
}

// Only the holder of a batch's current claim releases it or hands in its
// proof: not a prover whose claim expired and went to another, not anyone
// guessing. SetMaxClaims bounds the claims outstanding.
func TestLocalSourceClaims(t *testing.T) {
	s, _ := tinyChain(t)
	local := NewLocalSource(s, time.Minute, 0)
	now := time.Unix(1000, 0)
	local.now = func() time.Time { return now }
	local.Add(BatchSpec{Index: 0, FromHeight: 0, ToHeight: 1})
	local.Add(BatchSpec{Index: 1, FromHeight: 1, ToHeight: 2})
	local.SetMaxClaims(1)
	ctx := context.Background()

	first, err := local.Claim(ctx)
	if err != nil || first.Index != 0 {
		t.Fatalf("claim: %v %v", first, err)
	}
	if _, err := local.Claim(ctx); !errors.Is(err, ErrTooManyClaims) {
		t.Fatalf("claim past the bound: %v", err)
	}
	// The first claim expires and another prover takes the batch.
	now = now.Add(2 * time.Minute)
	second, err := local.Claim(ctx)
	if err != nil || second.Index != 0 || second.Claim == first.Claim {
		t.Fatalf("re-claim of an expired batch: %+v %v", second, err)
	}
	for _, name := range []string{first.Claim, "", "0"} {
		if err := local.Submit(ctx, &BatchProof{BatchIndex: 0, Claim: name}); !errors.Is(err, ErrNotClaimed) {
			t.Fatalf("submit under %q: %v", name, err)
		}
		if err := local.Release(ctx, 0, name); !errors.Is(err, ErrNotClaimed) {
			t.Fatalf("release under %q: %v", name, err)
		}
	}
	if err := local.Submit(ctx, &BatchProof{BatchIndex: 1, Claim: second.Claim}); !errors.Is(err, ErrNotClaimed) {
		t.Fatalf("a claim of batch 0 submitted batch 1: %v", err)
	}
	if err := local.Submit(ctx, &BatchProof{BatchIndex: 0, Claim: second.Claim}); err != nil {
		t.Fatal(err)
	}
	if err := local.Submit(ctx, &BatchProof{BatchIndex: 0, Claim: second.Claim}); !errors.Is(err, ErrNotClaimed) {
		t.Fatalf("a second proof of a done batch: %v", err)
	}
	if local.Pending() != 1 {
		t.Fatalf("pending %d, want 1", local.Pending())
	}
	if b, err := local.Claim(ctx); err != nil || b.Index != 1 {
		t.Fatalf("claim after a submission freed the slot: %v %v", b, err)
	}
}

// The prover API over HTTP takes only requests signed with the node's JWT
// secret.
func TestRPCSourceNeedsTheJWTSecret(t *testing.T) {
	s, _ := tinyChain(t)
	local := NewLocalSource(s, time.Minute, 0)
	local.Add(BatchSpec{Index: 0, FromHeight: 0, ToHeight: 1})
	srv := rpc.NewServer()
	if err := srv.RegisterName(RPCNamespace, NewRPCAPI(local, local)); err != nil {
		t.Fatal(err)
	}
	defer srv.Stop()
	secret := [32]byte{1, 2, 3}
	hs := httptest.NewServer(node.NewHTTPHandlerStack(srv, nil, []string{"*"}, secret[:], false))
	defer hs.Close()
	ctx := context.Background()

	plain, err := rpc.DialContext(ctx, hs.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer plain.Close()
	var b *Batch
	if err := plain.CallContext(ctx, &b, RPCNamespace+"_claimBatch"); err == nil || b != nil {
		t.Fatalf("unauthenticated claim: %v %v", b, err)
	}
	wrong, err := DialRPCSource(ctx, hs.URL, [32]byte{9})
	if err != nil {
		t.Fatal(err)
	}
	defer wrong.Close()
	if _, err := wrong.Claim(ctx); err == nil {
		t.Fatal("a claim signed with another secret was served")
	}
	if local.Pending() != 1 {
		t.Fatal("pending changed")
	}
	right, err := DialRPCSource(ctx, hs.URL, secret)
	if err != nil {
		t.Fatal(err)
	}
	defer right.Close()
	if b, err := right.Claim(ctx); err != nil || b.Index != 0 {
		t.Fatalf("authenticated claim: %v %v", b, err)
	}
}

func TestReadJWTSecret(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "jwt.hex")
	s, err := LoadOrCreateJWTSecret(p)
	if err != nil || s == ([32]byte{}) {
		t.Fatalf("create: %x %v", s, err)
	}
	again, err := ReadJWTSecret(p)
	if err != nil || again != s {
		t.Fatalf("read back: %x %v", again, err)
	}
	if err := os.Chmod(p, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadJWTSecret(p); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Fatalf("world-readable secret: %v", err)
	}
	if err := os.Chmod(p, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte("0x1234"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadJWTSecret(p); err == nil || !strings.Contains(err.Error(), "32 bytes") {
		t.Fatalf("short secret: %v", err)
	}
}
