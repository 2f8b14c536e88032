package main

import (
	"crypto/sha256"
	"fmt"
	"log"
	"math/rand"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// blsMinSigCosts measures the minimal-signature-size variant (keys in G2,
// signatures in G1: contracts/src/BLSMinSig.sol, BLSMinSigCertificate.sol)
// through BLSMinSigHarness exactly as blsCosts measures the G2-signature
// one, under bls_minsig_ names: hash to G1, a signature and a proof of
// possession (execution only), a registration and the storing of a set
// (transactions), and certificates of sets of 4, 16, 64 and 128
// validators, all signing and a third (i % 3 == 2) absent, as
// transactions and as execution.
//
// Then ADR 031's projection of commitBatch with a certificate of each
// variant: commitBatch_fixed plus
// the certificate's execution plus its calldata, the ABI encoding of
// (bitmap, signature) that commitBatch would take (the _calldata lines).
// fig holds the figures printed so far (commitBatch_fixed by batchCosts,
// the G2 variant's by blsCosts).
func blsMinSigCosts(print func(string, uint64), fig map[string]uint64) {
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

	// The certificates' calldata in commitBatch: the ABI encoding of
	// (bytes bitmap, bytes signature), head and tail, for each variant at
	// the largest set (the checkCertificate calldata less its selector and
	// digest). A G2 signature's bytes are drawn as blsCosts draws them.
	bitmap := make([]byte, (largest+7)/8)
	for i := range bitmap {
		bitmap[i] = 0xff
	}
	gk, err := bls.GenerateKey(rng)
	if err != nil {
		log.Fatal(err)
	}
	g2sig, g1sig := gk.Sign(digest[:]).Bytes(), k.Sign(digest[:]).Bytes()
	certCalldata := func(data []byte) uint64 { return calldataGas(data[4+32:]) }
	g2cd := certCalldata(bindings.NewBLSHarness().PackCheckCertificate(digest, bitmap, g2sig[:]))
	g1cd := certCalldata(h.PackCheckMinSigCertificate(digest, bitmap, g1sig[:]))
	print(fmt.Sprintf("bls_certificate_%d_calldata", largest), g2cd)
	print(fmt.Sprintf("bls_minsig_certificate_%d_calldata", largest), g1cd)
	fixed, ok := fig["commitBatch_fixed"]
	if !ok {
		log.Fatal("bls minsig: no commitBatch_fixed measured before the projection")
	}
	absent := largest - blsNonSigners(largest)
	for _, v := range []struct {
		prefix string
		cd     uint64
	}{{"bls", g2cd}, {"bls_minsig", g1cd}} {
		for _, cert := range []string{
			fmt.Sprintf("certificate_%d_signers", largest),
			fmt.Sprintf("certificate_%d_validators_%d_signers", largest, absent),
		} {
			exec, ok := fig[v.prefix+"_"+cert+"_execution"]
			if !ok {
				log.Fatalf("bls minsig: no %s_%s_execution measured", v.prefix, cert)
			}
			name := v.prefix + "_commitBatch_projected_" + cert[len("certificate_"):]
			print(name, fixed+exec+v.cd)
		}
	}
}
