package main

import (
	"crypto/sha256"
	"fmt"
	"log"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
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
//
// The chains are deployed with BLSCertificates (the BLSRegistry is the
// Rollup's certifier), and each also measures commitBatch for real: an
// empty batch (no public data, as signerCosts' commitBatch_N_signers_0_tx)
// certified by all n (bls_commitBatch_N_signers_0_tx) and by all but a
// third (bls_commitBatch_N_validators_M_signers_0_tx), after a first commit
// that pays the one-time writes.
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
		blsCommitCosts(print, e, ops)
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

// blsCommitCosts commits empty batches on e (BLS-certified, its set ops
// published), first to pay the one-time writes, then under certificates of
// all and of two thirds, each finalized before the next.
func blsCommitCosts(print func(string, uint64), e *te.Env, ops []*te.Operator) {
	n := len(ops)
	sender := e.Users[0]
	root := uint64(0)
	commit := func(signed func(int) bool) uint64 {
		root++
		h := e.NextHeader(te.Root(root), 0, nil)
		r := e.Must(sender, e.Rollup, nil, e.BLSCommitArgs(h, nil, ops, signed))
		e.Must(sender, e.Rollup, nil, e.ProveArgs(h))
		return r.GasUsed
	}
	commit(func(int) bool { return true })
	print(fmt.Sprintf("bls_commitBatch_%d_signers_0_tx", n), commit(func(int) bool { return true }))
	m := blsNonSigners(n)
	print(fmt.Sprintf("bls_commitBatch_%d_validators_%d_signers_0_tx", n, n-m),
		commit(func(i int) bool { return i%3 != 2 }))

	// The rewards of that last batch (index 2), from a funded pool.
	e.Must(sender, e.Pool, te.Ether(10), e.PoolABI.PackFund())
	epoch := te.Call(e, e.Staking, e.StakingABI.PackCurrentEpoch(), e.StakingABI.UnpackCurrentEpoch)
	bitmap := make([]byte, (n+7)/8)
	for i := range n {
		if i%3 != 2 {
			bitmap[i/8] |= 1 << (i % 8)
		}
	}
	r := e.Must(sender, e.Pool, nil, e.PoolABI.PackDistributeBLS(big.NewInt(2), e.HeaderHashOf(big.NewInt(2)), e.RecordOf(big.NewInt(2)), epoch, bitmap))
	print(fmt.Sprintf("bls_distributeRewards_%d_validators_%d_signers", n, n-m), r.GasUsed)

	if n != blsSetSizes[0] {
		return
	}
	// BLS equivocation evidence against validator 1 (its two signatures
	// of batch 3), which also excludes it from the epoch's certificates.
	a, b := e.NextHeader(te.Root(100), 0, nil), e.NextHeader(te.Root(101), 0, nil)
	sign := func(h bindings.BatchHeader) []byte {
		d := contracts.AttestationDigest(e.ChainID, e.D.Rollup, e.Launch, h)
		s := ops[1].BLSKey.Sign(d[:]).Bytes()
		return s[:]
	}
	ev := bindings.SlasherBLSEvidence{Epoch: epoch, Index: big.NewInt(1), SigA: sign(a), SigB: sign(b)}
	r = e.Must(sender, e.Slasher, nil, e.SlasherABI.PackSubmitBLSEquivocation(e.Launch, a, b, ev))
	print("bls_submitEquivocation", r.GasUsed)
}

// blsRegistryChain is a chain with n operators of 1 ETH each, in the
// epoch after they registered (their stake counts), the BLSRegistry the
// Rollup's certifier.
func blsRegistryChain(n int) (*te.Env, []*te.Operator) {
	e := te.New(fatal{}, n, func(c *contracts.Config) { c.BLSCertificates = true })
	ops := make([]*te.Operator, n)
	for i := range ops {
		ops[i] = e.AddOperator(e.Users[i], te.Ether(1))
	}
	e.NextEpoch()
	return e, ops
}
