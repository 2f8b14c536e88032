package contracts

import (
	"bytes"
	"crypto/ecdsa"
	"encoding/binary"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
)

// FieldModulus is r, the BN254 scalar field modulus.
var FieldModulus, _ = new(big.Int).SetString(
	"21888242871839275222246405745257275088548364400416034343698204186575808495617", 10)

// GweiWei is the number of wei in one gwei, the L2 amount unit.
var GweiWei = big.NewInt(1e9)

// AttestationTypeHash is the EIP-712 type hash of a batch attestation.
var AttestationTypeHash = batch.AttestationTypeHash

// DomainSeparator is the Rollup's EIP-712 domain separator of L2 launch
// launch (batch.DomainSeparator).
func DomainSeparator(l1ChainID *big.Int, rollup common.Address, launch common.Hash) common.Hash {
	return batch.DomainSeparator(l1ChainID, rollup, launch)
}

// AttestationDigest is the EIP-712 digest a consensus key signs to attest
// header h of L2 launch launch (Rollup.attestationDigest;
// batch.AttestationDigest for the binding's type).
func AttestationDigest(l1ChainID *big.Int, rollup common.Address, launch common.Hash, h bindings.BatchHeader) common.Hash {
	return batch.AttestationDigest(l1ChainID, rollup, launch, batch.Header(h))
}

// SignDigest signs a 32-byte digest with a secp256k1 key: 65 bytes r || s || v
// with v = 27 or 28 and s in the lower half (what the contracts accept).
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	sig, err := crypto.Sign(digest.Bytes(), key)
	if err != nil {
		return nil, err
	}
	sig[64] += 27
	return sig, nil
}

// Signature is one signer's attestation (batch.Signature).
type Signature = batch.Signature

// Certificate concatenates signatures in ascending signer order, the
// layout Rollup.commitBatch takes. Duplicate signers are kept (and the
// contract rejects them).
func Certificate(sigs []Signature) []byte {
	s := append([]Signature(nil), sigs...)
	sort.SliceStable(s, func(i, j int) bool { return bytes.Compare(s[i].Signer[:], s[j].Signer[:]) < 0 })
	var out []byte
	for _, x := range s {
		out = append(out, x.Sig...)
	}
	return out
}

// BLSCertificate is commitBatch's certificate when the BLSRegistry is the
// Rollup's certifier (Config.BLSCertificates; BLSRegistry.verifyCertificate):
// the epoch (uint64, big-endian), the 128-byte EIP-2537 aggregate G1
// signature, then the bitmap of the epoch's set (bit i of byte i/8, least
// significant first: validator i signed; ceil(n/8) bytes).
func BLSCertificate(epoch uint64, aggregate *minsig.Signature, bitmap []byte) []byte {
	sig := aggregate.Bytes()
	out := binary.BigEndian.AppendUint64(make([]byte, 0, 8+len(sig)+len(bitmap)), epoch)
	out = append(out, sig[:]...)
	return append(out, bitmap...)
}

// BLSSignersHash is the signers hash the BLSRegistry returns for a
// certificate (and the Rollup records): keccak256(epoch || bitmap).
func BLSSignersHash(epoch uint64, bitmap []byte) common.Hash {
	return crypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, epoch), bitmap)
}

// SignersHash is keccak256 over (signer, stake) pairs as 32-byte words, in
// certificate order (StakingRegistry.verifyCertificate, RewardPool.distribute).
func SignersHash(signers []common.Address, stakes []*big.Int) common.Hash {
	var buf []byte
	for i := range signers {
		buf = append(buf, common.LeftPadBytes(signers[i].Bytes(), 32)...)
		buf = append(buf, common.LeftPadBytes(stakes[i].Bytes(), 32)...)
	}
	return crypto.Keccak256Hash(buf)
}

// HeaderHash is keccak256(abi.encode(h)), what the Rollup stores per batch.
func HeaderHash(h bindings.BatchHeader) common.Hash { return (*batch.Header)(&h).Hash() }

// DataCommitment is the commitment to a batch's public data: sha256(pubdata)
// (docs/protocol.md section 8).
func DataCommitment(pubdata []byte) common.Hash { return batch.DataCommitment(pubdata) }

// PublicInput is the batch proof's first public input (Rollup.publicInput):
// sha256(chainId u64 || batchIndex u64 || prevRoot || newRoot ||
// depositStart u64 || depositEnd u64 || dataCommitment || dataPoseidon)
// mod r (docs/protocol.md section 8).
func PublicInput(h bindings.BatchHeader) *big.Int { return (*batch.Header)(&h).PublicInput() }

// PublicInputs are the batch proof's public inputs as proveBatch passes
// them to the verifier: PublicInput and the header's dataEval.
func PublicInputs(h bindings.BatchHeader) [2]*big.Int { return (*batch.Header)(&h).PublicInputs() }

// Withdrawal is one payment of a batch's public data, as the Rollup pays
// it (batch.Withdrawal).
type Withdrawal = batch.Withdrawal

// WithdrawalLeaf mirrors Rollup.withdrawalLeaf.
func WithdrawalLeaf(batchIndex uint64, index uint32, w Withdrawal) common.Hash {
	var b []byte
	b = binary.BigEndian.AppendUint64(b, batchIndex)
	b = binary.BigEndian.AppendUint32(b, index)
	b = append(b, w.To.Bytes()...)
	b = binary.BigEndian.AppendUint64(b, w.AmountGwei)
	return crypto.Keccak256Hash(b)
}

// WithdrawalProof returns the root of a batch's withdrawal tree and the
// sibling path of withdrawal i (empty root and nil proof for no
// withdrawals). Odd nodes pair with a zero hash at each level.
func WithdrawalProof(batchIndex uint64, ws []Withdrawal, i int) (root common.Hash, proof [][32]byte) {
	if len(ws) == 0 {
		return common.Hash{}, nil
	}
	level := make([]common.Hash, len(ws))
	for j, w := range ws {
		level[j] = WithdrawalLeaf(batchIndex, uint32(j), w)
	}
	pos := i
	for len(level) > 1 {
		sib := pos ^ 1
		if sib < len(level) {
			proof = append(proof, level[sib])
		} else {
			proof = append(proof, common.Hash{})
		}
		next := make([]common.Hash, (len(level)+1)/2)
		for j := range next {
			r := common.Hash{}
			if 2*j+1 < len(level) {
				r = level[2*j+1]
			}
			next[j] = crypto.Keccak256Hash(level[2*j][:], r[:])
		}
		level = next
		pos >>= 1
	}
	return level[0], proof
}

// BatchCommitment is what the Rollup stores of a committed batch:
// keccak256(abi.encode(headerHash, record)), both from its BatchCommitted
// event (Solidity: batchCommitment).
func BatchCommitment(headerHash common.Hash, r bindings.BatchRecord) common.Hash {
	var b [6 * 32]byte
	copy(b[0:], headerHash[:])
	copy(b[32:], r.SignersHash[:])
	copy(b[64:], r.WithdrawalsRoot[:])
	binary.BigEndian.PutUint32(b[128-4:], r.NumWithdrawals)
	binary.BigEndian.PutUint64(b[160-8:], r.ForcedEnd)
	binary.BigEndian.PutUint64(b[192-8:], r.FeesGwei)
	return crypto.Keccak256Hash(b[:])
}

// BatchCommittedTopic is the topic of the Rollup's BatchCommitted event.
var BatchCommittedTopic = rollupABI().Events[bindings.RollupBatchCommittedEventName].ID

// AcceptedCommit returns, of one batch's BatchCommitted logs (in chain
// order), the last whose hashes make commitment, what the Rollup stores
// for the batch (Rollup.commitments(i)): a batch committed again
// after revertBatches has several events, and only the accepted one
// matches. False if none does.
func AcceptedCommit(logs []types.Log, commitment common.Hash) (*bindings.RollupBatchCommitted, *types.Log, bool) {
	r := bindings.NewRollup()
	for k := len(logs) - 1; k >= 0; k-- {
		ev, err := r.UnpackBatchCommittedEvent(&logs[k])
		if err == nil && BatchCommitment(ev.HeaderHash, ev.Record) == commitment {
			return ev, &logs[k], true
		}
	}
	return nil, nil, false
}
