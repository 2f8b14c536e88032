package main

import (
	"crypto/sha256"
	"fmt"
	"log"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/crypto/bls/minsig"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// blsRegistryCosts measures BLSRegistry (ADR 031, "Wiring:
// StakingRegistry") as contracts.DeployAll deploys it, every figure a
// transaction's gasUsed. For each size n of blsSetSizes, on a chain of n
// staked operators that all register a BLS key: registerBLSKey (the second
// operator's, printed once), publishBLSSet of the n, and
// verifyBLSCertificate sent as a transaction, all signing and a third
// (i % 3 == 2) absent, with _execution lines (less 21,000 and the
// calldata) as the harness's lines have. Then publishBLSSet of 4 keyed
// operators among 128 listed: every listed operator costs the stake
// snapshot's reads, with a key or without.
func blsRegistryCosts(print func(string, uint64)) {
	digest := sha256.Sum256([]byte("batch"))
	for _, n := range blsSetSizes {
		e, ops := blsRegistryChain(n)
		for i, op := range ops {
			r := e.RegisterBLSKey(op)
			if n == blsSetSizes[0] && i == 1 {
				print("bls_registry_register_key", r.GasUsed)
			}
		}
		r := e.PublishBLSSet()
		print(fmt.Sprintf("bls_registry_publish_set_%d_validators", n), r.GasUsed)
		epoch := te.Call(e, e.Staking, e.StakingABI.PackCurrentEpoch(), e.StakingABI.UnpackCurrentEpoch)
		for _, missing := range []int{0, blsNonSigners(n)} {
			var sigs []*minsig.Signature
			bitmap := make([]byte, (n+7)/8)
			for i, op := range ops {
				if missing > 0 && i%3 == 2 {
					continue
				}
				bitmap[i/8] |= 1 << (i % 8)
				sigs = append(sigs, op.BLSKey.Sign(digest[:]))
			}
			agg, err := minsig.AggregateSignatures(sigs...)
			if err != nil {
				log.Fatal(err)
			}
			ab := agg.Bytes()
			data := e.BLSABI.PackVerifyBLSCertificate(epoch, common.Hash(digest), bitmap, ab[:])
			out := te.Call(e, e.BLS, data, e.BLSABI.UnpackVerifyBLSCertificate)
			if out.SignedStake.Cmp(te.Ether(int64(n-missing))) != 0 || out.Total.Cmp(te.Ether(int64(n))) != 0 {
				log.Fatalf("bls registry: certificate of %d/%d signers: %v of %v", n-missing, n, out.SignedStake, out.Total)
			}
			name := fmt.Sprintf("bls_registry_certificate_%d_signers", n)
			if missing > 0 {
				name = fmt.Sprintf("bls_registry_certificate_%d_validators_%d_signers", n, n-missing)
			}
			r := e.Must(e.Deployer, e.BLS, nil, data)
			print(name, r.GasUsed)
			print(name+"_execution", r.GasUsed-21_000-calldataGas(data))
		}
		e.Close()
	}

	listed := blsSetSizes[len(blsSetSizes)-1]
	e, ops := blsRegistryChain(listed)
	defer e.Close()
	for _, op := range ops[:blsSetSizes[0]] {
		e.RegisterBLSKey(op)
	}
	r := e.PublishBLSSet()
	print(fmt.Sprintf("bls_registry_publish_set_%d_validators_%d_operators", blsSetSizes[0], listed), r.GasUsed)
}

// blsRegistryChain is a chain with n operators of 1 ETH each, in the
// epoch after they registered (their stake counts).
func blsRegistryChain(n int) (*te.Env, []*te.Operator) {
	e := te.New(fatal{}, n, nil)
	ops := make([]*te.Operator, n)
	for i := range ops {
		ops[i] = e.AddOperator(e.Users[i], te.Ether(1))
	}
	e.NextEpoch()
	return e, ops
}
