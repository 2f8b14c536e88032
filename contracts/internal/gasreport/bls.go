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
	te "github.com/mycel-network/mycel/internal/testenv"
)

// blsSetSizes are the validator sets whose BLS certificates blsCosts
// measures (docs/adr/031-bls-certificates.md).
var blsSetSizes = []int{4, 16, 64, 128}

// blsNonSigners is how many of n validators leave a certificate unsigned
// in the "1/3 not signing" figures: those with i % 3 == 2, floor(n / 3).
func blsNonSigners(n int) int { return n / 3 }

// blsCosts measures the BLS library (contracts/src/BLS.sol) and the
// certificate check of BLSCertificate.sol through BLSHarness: a signature
// check, hashing to G2 and a proof of possession (execution only); a key's
// registration with its proof of possession and the storing of a set
// (transactions); and a certificate of a 32-byte digest by sets of 4, 16,
// 64 and 128 validators, every validator signing and a third not signing,
// as transactions (receipts' gasUsed: intrinsic gas, calldata and cold
// storage reads included) and as execution alone.
func blsCosts(print func(string, uint64)) {
	e := te.New(fatal{}, 1, nil)
	defer e.Close()
	h := bindings.NewBLSHarness()
	sender := e.Users[0]
	rng := rand.New(rand.NewSource(2537))
	newKey := func() *bls.SecretKey {
		k, err := bls.GenerateKey(rng)
		if err != nil {
			log.Fatal(err)
		}
		return k
	}
	execution := func(to common.Address, data []byte) uint64 {
		g, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{To: &to, Data: data})
		if err != nil {
			log.Fatalf("bls: %v", err)
		}
		return g - 21_000 - calldataGas(data)
	}

	addr := deploy(e, bindings.BLSHarnessMetaData.Bin)
	k := newKey()
	digest := sha256.Sum256([]byte("batch"))
	pk, sig, pop := k.PublicKey().Bytes(), k.Sign(digest[:]).Bytes(), k.ProvePossession().Bytes()
	print("bls_verify_execution", execution(addr, h.PackVerify(pk[:], digest[:], sig[:])))
	print("bls_hash_to_g2_execution", execution(addr, h.PackHashToG2(digest[:], []byte(bls.SignatureDST))))
	print("bls_verify_pop_execution", execution(addr, h.PackVerifyProofOfPossession(pk[:], pop[:])))

	for _, n := range blsSetSizes {
		addr := deploy(e, bindings.BLSHarnessMetaData.Bin)
		c := h.Instance(e.Client, addr)
		keys := make([]*bls.SecretKey, n)
		for i := range keys {
			keys[i] = newKey()
			pk, pop := keys[i].PublicKey().Bytes(), keys[i].ProvePossession().Bytes()
			r := e.Must(sender, c, nil, h.PackRegister(pk[:], pop[:], te.Ether(1)))
			if n == blsSetSizes[0] && i == 1 {
				print("bls_register_with_pop", r.GasUsed)
			}
		}
		r := e.Must(sender, c, nil, h.PackStoreSet())
		print(fmt.Sprintf("bls_store_set_%d_validators", n), r.GasUsed)

		for _, missing := range []int{0, blsNonSigners(n)} {
			var sigs []*bls.Signature
			bitmap := make([]byte, (n+7)/8)
			for i, k := range keys {
				if missing > 0 && i%3 == 2 {
					continue
				}
				bitmap[i/8] |= 1 << (i % 8)
				sigs = append(sigs, k.Sign(digest[:]))
			}
			if len(sigs) != n-missing {
				log.Fatalf("bls: %d signers of %d, want %d", len(sigs), n, n-missing)
			}
			agg, err := bls.AggregateSignatures(sigs...)
			if err != nil {
				log.Fatal(err)
			}
			ab := agg.Bytes()
			data := h.PackCheckCertificate(digest, bitmap, ab[:])
			out := te.Call(e, c, data, h.UnpackCheckCertificate)
			if want := te.Ether(int64(n - missing)); out.SignedStake.Cmp(want) != 0 || out.TotalStake.Cmp(te.Ether(int64(n))) != 0 {
				log.Fatalf("bls: certificate of %d/%d signers: signed stake %v of %v", n-missing, n, out.SignedStake, out.TotalStake)
			}
			name := fmt.Sprintf("bls_certificate_%d_signers", n)
			if missing > 0 {
				name = fmt.Sprintf("bls_certificate_%d_validators_%d_signers", n, n-missing)
			}
			r := e.Must(sender, c, nil, data)
			print(name, r.GasUsed)
			print(name+"_execution", r.GasUsed-21_000-calldataGas(data))
		}
	}
}
