package node

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	gethnode "github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/internal/service"
	"github.com/mycel-network/mycel/prover"
)

// proverAPI is the listener remote provers use (prover.api_listen): the
// prover_* methods over HTTP and WebSocket, every request authenticated
// with a JWT signed by the shared secret (go-ethereum's engine API
// scheme), never on the public RPC listener.
func (r *rollupParts) proverAPI(cfg *Config) (service.Service, error) {
	secret, err := prover.LoadOrCreateJWTSecret(cfg.Path(cfg.Prover.APIJWTSecretFile))
	if err != nil {
		return nil, fmt.Errorf("config prover.api_jwt_secret_file: %w", err)
	}
	srv := rpc.NewServer()
	srv.SetHTTPBodyLimit(32 << 20) // a proof is 256 bytes, but leave room for future batch formats
	if err := srv.RegisterName(prover.RPCNamespace, prover.NewRPCAPI(r.source, &remoteSink{r: r})); err != nil {
		return nil, err
	}
	httpH := gethnode.NewHTTPHandlerStack(srv, nil, []string{"*"}, secret[:], false)
	wsH := gethnode.NewWSHandlerStack(srv.WebsocketHandler(nil), secret[:])
	h := http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if strings.EqualFold(req.Header.Get("Upgrade"), "websocket") {
			wsH.ServeHTTP(w, req)
			return
		}
		httpH.ServeHTTP(w, req)
	})
	hs := service.NewHTTPServer(cfg.Prover.APIListen, h)
	return service.Funcs{
		OnStart: func(ctx context.Context) error {
			if err := hs.Start(ctx); err != nil {
				return fmt.Errorf("prover api %w", err)
			}
			return nil
		},
		OnStop: func(ctx context.Context) error {
			err := hs.Stop(ctx)
			srv.Stop()
			return err
		},
	}, nil
}

// remoteSink takes proofs from remote provers: from the holder of the
// batch's current claim only, and only a proof that verifies for the
// header this node closed. An accepted proof is persisted in the proof
// store (where the L1 submitter reads it) before the batch leaves the
// pending list, so a crash in between loses nothing.
type remoteSink struct{ r *rollupParts }

// errKeysNotLoaded: the node's prover has not loaded its keys yet.
var errKeysNotLoaded = errors.New("the node has not loaded its verifying key yet; retry shortly")

func (s *remoteSink) Submit(ctx context.Context, p *prover.BatchProof) error {
	r := s.r
	if err := r.source.CheckClaim(p.BatchIndex, p.Claim); err != nil {
		return err
	}
	keys := r.keys.Load()
	if keys == nil {
		return errKeysNotLoaded
	}
	rec, ok, err := r.rollup.Batch(p.BatchIndex)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("batch %d is unknown to this node", p.BatchIndex)
	}
	if err := prover.CheckProof(keys, p, rec.Header); err != nil {
		r.log.Warn("remote proof refused", "batch", p.BatchIndex, "err", err)
		return err
	}
	if err := r.proofs.Put(p); err != nil {
		return fmt.Errorf("persist proof: %w", err)
	}
	return r.source.Submit(ctx, p)
}
