package main

import (
	"crypto/sha256"
	"fmt"
	"log"
	"math/rand"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// blsSetSizes are the validator sets whose BLS certificates are measured
// (docs/adr/031-bls-certificates.md).
var blsSetSizes = []int{4, 16, 64, 128}

// blsNonSigners is how many of n validators leave a certificate unsigned
// in the "1/3 not signing" figures: those with i % 3 == 2, floor(n / 3).
func blsNonSigners(n int) int { return n / 3 }

// blsMinSigCosts measures the BLS library (keys in G2, signatures in G1:
// contracts/src/BLSMinSig.sol) and the certificate check of
// BLSMinSigCertificate.sol through BLSMinSigHarness, under bls_minsig_
// names: hash to G1, a signature and a proof of possession (execution
// only), a registration and the storing of a set (transactions), and
// certificates of sets of 4, 16, 64 and 128 validators, all signing and a
// third (i % 3 == 2) absent, as transactions (receipts' gasUsed: intrinsic
// gas, calldata and cold reads included) and as execution alone; and the
// calldata of a certificate at the largest set.
func blsMinSigCosts(print func(string, uint64)) {
	e := te.New(fatal{}, 1, nil)
	defer e.Close()
	h := bindings.NewBLSMinSigHarness()
	sender := e.Users[0]
	rng := rand.New(rand.NewSource(2538))
	newKey := func() *minsig.SecretKey {
		k, err := minsig.GenerateKey(rng)
		if err != nil {
			log.Fatal(err)
		}
		return k
	}
	execution := func(to common.Address, data []byte) uint64 {
		g, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{To: &to, Data: data})
		if err != nil {
			log.Fatalf("bls minsig: %v", err)
		}
		return g - 21_000 - calldataGas(data)
	}

	addr := deploy(e, bindings.BLSMinSigHarnessMetaData.Bin)
	k := newKey()
	digest := sha256.Sum256([]byte("batch"))
	pk, sig, pop := k.PublicKey().Bytes(), k.Sign(digest[:]).Bytes(), k.ProvePossession().Bytes()
	print("bls_minsig_verify_execution", execution(addr, h.PackVerify(pk[:], digest[:], sig[:])))
	print("bls_minsig_hash_to_g1_execution", execution(addr, h.PackHashToG1(digest[:], []byte(minsig.SignatureDST))))
	print("bls_minsig_verify_pop_execution", execution(addr, h.PackVerifyProofOfPossession(pk[:], pop[:])))

	largest := blsSetSizes[len(blsSetSizes)-1]
	for _, n := range blsSetSizes {
		addr := deploy(e, bindings.BLSMinSigHarnessMetaData.Bin)
		c := h.Instance(e.Client, addr)
		keys := make([]*minsig.SecretKey, n)
		for i := range keys {
			keys[i] = newKey()
			pk, pop := keys[i].PublicKey().Bytes(), keys[i].ProvePossession().Bytes()
			r := e.Must(sender, c, nil, h.PackRegister(pk[:], pop[:], te.Ether(1)))
			if n == blsSetSizes[0] && i == 1 {
				print("bls_minsig_register_with_pop", r.GasUsed)
			}
		}
		r := e.Must(sender, c, nil, h.PackStoreSet())
		print(fmt.Sprintf("bls_minsig_store_set_%d_validators", n), r.GasUsed)

		for _, missing := range []int{0, blsNonSigners(n)} {
			var sigs []*minsig.Signature
			bitmap := make([]byte, (n+7)/8)
			for i, k := range keys {
				if missing > 0 && i%3 == 2 {
					continue
				}
				bitmap[i/8] |= 1 << (i % 8)
				sigs = append(sigs, k.Sign(digest[:]))
			}
			if len(sigs) != n-missing {
				log.Fatalf("bls minsig: %d signers of %d, want %d", len(sigs), n, n-missing)
			}
			agg, err := minsig.AggregateSignatures(sigs...)
			if err != nil {
				log.Fatal(err)
			}
			ab := agg.Bytes()
			data := h.PackCheckMinSigCertificate(digest, bitmap, ab[:])
			out := te.Call(e, c, data, h.UnpackCheckMinSigCertificate)
			if want := te.Ether(int64(n - missing)); out.SignedStake.Cmp(want) != 0 || out.TotalStake.Cmp(te.Ether(int64(n))) != 0 {
				log.Fatalf("bls minsig: certificate of %d/%d signers: signed stake %v of %v", n-missing, n, out.SignedStake, out.TotalStake)
			}
			name := fmt.Sprintf("bls_minsig_certificate_%d_signers", n)
			if missing > 0 {
				name = fmt.Sprintf("bls_minsig_certificate_%d_validators_%d_signers", n, n-missing)
			}
			r := e.Must(sender, c, nil, data)
			exec := r.GasUsed - 21_000 - calldataGas(data)
			print(name, r.GasUsed)
			print(name+"_execution", exec)
		}
	}

	// A certificate's calldata in commitBatch at the largest set: the
	// Rollup's certificate bytes (epoch, signature, bitmap:
	// contracts.BLSCertificate) ABI-encoded as commitBatch's bytes argument.
	bitmap := make([]byte, (largest+7)/8)
	for i := range bitmap {
		bitmap[i] = 0xff
	}
	agg, err := minsig.AggregateSignatures(k.Sign(digest[:]))
	if err != nil {
		log.Fatal(err)
	}
	cert := contracts.BLSCertificate(1, agg, bitmap)
	encoded, err := abi.Arguments{{Type: bytesType}}.Pack(cert)
	if err != nil {
		log.Fatal(err)
	}
	print(fmt.Sprintf("bls_minsig_certificate_%d_calldata", largest), calldataGas(encoded))
}

var bytesType = func() abi.Type {
	t, err := abi.NewType("bytes", "", nil)
	if err != nil {
		panic(err)
	}
	return t
}()
