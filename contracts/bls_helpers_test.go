package contracts_test

import (
	"bytes"
	"strings"
	"testing"

	bls12381 "github.com/consensys/gnark-crypto/ecc/bls12-381"
	"github.com/consensys/gnark-crypto/ecc/bls12-381/fp"
	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls"
)

// Helpers of the BLS tests (BLSMinSig.sol, BLSMinSigCertificate.sol,
// BLSRegistry).

var blsHarnessABI = func() abi.ABI {
	a, err := abi.JSON(strings.NewReader(bindings.BLSMinSigHarnessMetaData.ABI))
	if err != nil {
		panic(err)
	}
	return a
}()

// blsRevert names a revert of the BLS libraries ("" when err is nil).
func blsRevert(err error) string {
	if err == nil {
		return ""
	}
	data := contracts.RevertData(err)
	if len(data) >= 4 {
		for name, e := range blsHarnessABI.Errors {
			if bytes.Equal(e.ID[:4], data[:4]) {
				return name
			}
		}
	}
	return contracts.RevertName(err)
}

func g2Bytes(p *bls12381.G2Affine) []byte { b := bls.EncodeG2(p); return b[:] }

// g1OffSubgroup is a point of E(Fp) outside G1; g2OffSubgroup one of
// E'(Fp2) outside G2 (the cofactors are large: the first point found is
// outside the subgroup).
func g1OffSubgroup(t *testing.T) []byte {
	t.Helper()
	var p bls12381.G1Affine
	four := fp.NewElement(4)
	for x := uint64(1); x < 100; x++ {
		p.X.SetUint64(x)
		var rhs fp.Element
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &four)
		if p.Y.Sqrt(&rhs) != nil && p.IsOnCurve() && !p.IsInSubGroup() {
			b := bls.EncodeG1(&p)
			return b[:]
		}
	}
	t.Fatal("no G1 point outside the subgroup")
	return nil
}

func g2OffSubgroup(t *testing.T) []byte {
	t.Helper()
	var p bls12381.G2Affine
	var b bls12381.E2
	b.A0.SetUint64(4)
	b.A1.SetUint64(4)
	for x := uint64(1); x < 100; x++ {
		p.X.A0.SetUint64(x)
		var rhs bls12381.E2
		rhs.Square(&p.X).Mul(&rhs, &p.X).Add(&rhs, &b)
		if rhs.Legendre() != 1 {
			continue
		}
		p.Y.Sqrt(&rhs)
		if p.IsOnCurve() && !p.IsInSubGroup() {
			return g2Bytes(&p)
		}
	}
	t.Fatal("no G2 point outside the subgroup")
	return nil
}

func mutate(b []byte, f func([]byte)) []byte {
	c := append([]byte(nil), b...)
	f(c)
	return c
}
