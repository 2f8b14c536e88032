//go:build icicle

package prover

// GPU proving through gnark's icicle acceleration. Build with
// `-tags icicle` after `go get github.com/ingonyama-zk/icicle-gnark/v3` and
// with the ICICLE CUDA backend libraries installed (ICICLE_BACKEND_INSTALL_DIR).
// Not built or tested by `make test`: the development machines have no GPU.

import (
	"context"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/accelerated/icicle"
	icicle_groth16 "github.com/consensys/gnark/backend/accelerated/icicle/groth16"
	icicle_bn254 "github.com/consensys/gnark/backend/accelerated/icicle/groth16/bn254"
	"github.com/consensys/gnark/backend/groth16"
	groth16_bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/frontend"
)

// DefaultBackend is the icicle GPU backend in builds with the icicle tag.
func DefaultBackend() Backend { return &IcicleBackend{} }

// IcicleBackend proves on a GPU with gnark's icicle integration.
type IcicleBackend struct {
	pk *icicle_bn254.ProvingKey // device-ready copy of the last key
	of groth16.ProvingKey
}

// Name implements Backend.
func (*IcicleBackend) Name() string { return "icicle" }

// Prove implements Backend.
func (b *IcicleBackend) Prove(ctx context.Context, k *Keys, a *Circuit) (groth16.Proof, error) {
	if b.of != k.PK {
		std, ok := k.PK.(*groth16_bn254.ProvingKey)
		if !ok {
			return nil, fmt.Errorf("prover: icicle backend needs a BN254 proving key, got %T", k.PK)
		}
		b.pk = &icicle_bn254.ProvingKey{ProvingKey: *std}
		b.of = k.PK
	}
	w, err := frontend.NewWitness(a, ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return icicle_groth16.Prove(k.CCS, b.pk, w,
		icicle.WithProverOptions(solidity.WithProverTargetSolidityVerifier(backend.GROTH16)))
}
