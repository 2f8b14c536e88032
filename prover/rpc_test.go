package prover

import (
	"context"
	"reflect"
	"testing"
	"time"

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
	if !reflect.DeepEqual(b, batches[2]) {
		t.Fatalf("batch changed over RPC:\n%+v\n%+v", b, batches[2])
	}
	if _, err := Assign(b, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := remote.Claim(ctx); err != ErrNoJob {
		t.Fatalf("second claim: %v, want ErrNoJob", err)
	}
	if err := remote.Release(ctx, 2); err != nil {
		t.Fatal(err)
	}
	if _, err := remote.Claim(ctx); err != nil {
		t.Fatal(err)
	}
	if err := remote.Submit(ctx, &BatchProof{BatchIndex: 2, Proof: []byte{1, 2}}); err != nil {
		t.Fatal(err)
	}
	if p := <-local.Proofs(); p.BatchIndex != 2 || local.Pending() != 0 {
		t.Fatalf("proof %+v pending %d", p, local.Pending())
	}
}
