package prover

import (
	"context"
	"errors"
	"strings"

	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

// RPC methods a node serves to standalone provers (namespace "prover"):
//
//	prover_claimBatch()                  -> *Batch, null when nothing waits
//	prover_releaseBatch(index, claim)    -> gives a claimed batch back
//	prover_submitProof(*BatchProof)      -> hands in a finished proof
//
// A node serves them on a listener of their own (prover.api_listen),
// authenticated with a JWT secret shared with its provers, as go-ethereum
// serves the engine API; `mycel prover --node URL --jwt-secret FILE` uses
// RPCSource. A batch's Claim binds its release and its proof to the prover
// that claimed it.
const RPCNamespace = "prover"

// RPCAPI is the server side, over any JobSource and ProofSink (a node's
// LocalSource).
type RPCAPI struct {
	src  JobSource
	sink ProofSink
}

// NewRPCAPI serves src and sink over JSON-RPC.
func NewRPCAPI(src JobSource, sink ProofSink) *RPCAPI { return &RPCAPI{src: src, sink: sink} }

// ClaimBatch returns the next batch to prove, or nil.
func (a *RPCAPI) ClaimBatch(ctx context.Context) (*Batch, error) {
	b, err := a.src.Claim(ctx)
	if errors.Is(err, ErrNoJob) {
		return nil, nil
	}
	return b, err
}

// ReleaseBatch gives a claimed batch back.
func (a *RPCAPI) ReleaseBatch(ctx context.Context, index uint64, claim string) error {
	return a.src.Release(ctx, index, claim)
}

// SubmitProof hands in a finished proof.
func (a *RPCAPI) SubmitProof(ctx context.Context, p *BatchProof) error {
	return a.sink.Submit(ctx, p)
}

// RPCSource is the standalone prover's JobSource and ProofSink: a node's
// JSON-RPC endpoint.
type RPCSource struct{ c *rpc.Client }

// DialRPCSource connects to a node's prover API (http:// or ws://),
// authenticating every request with a JWT signed by jwtSecret (32 bytes,
// the node's prover.api_jwt_secret_file).
func DialRPCSource(ctx context.Context, url string, jwtSecret [32]byte) (*RPCSource, error) {
	c, err := rpc.DialOptions(ctx, url, rpc.WithHTTPAuth(node.NewJWTAuth(jwtSecret)))
	if err != nil {
		return nil, err
	}
	return &RPCSource{c: c}, nil
}

// NewRPCSource wraps an existing client.
func NewRPCSource(c *rpc.Client) *RPCSource { return &RPCSource{c: c} }

// Close closes the connection.
func (r *RPCSource) Close() { r.c.Close() }

// Claim implements JobSource.
func (r *RPCSource) Claim(ctx context.Context) (*Batch, error) {
	var b *Batch
	if err := r.c.CallContext(ctx, &b, RPCNamespace+"_claimBatch"); err != nil {
		if strings.Contains(err.Error(), "does not exist") {
			return nil, errors.Join(err, errors.New("the node does not serve the prover API"))
		}
		return nil, err
	}
	if b == nil {
		return nil, ErrNoJob
	}
	return b, nil
}

// Release implements JobSource.
func (r *RPCSource) Release(ctx context.Context, index uint64, claim string) error {
	return r.c.CallContext(ctx, nil, RPCNamespace+"_releaseBatch", index, claim)
}

// Submit implements ProofSink.
func (r *RPCSource) Submit(ctx context.Context, p *BatchProof) error {
	return r.c.CallContext(ctx, nil, RPCNamespace+"_submitProof", p)
}
