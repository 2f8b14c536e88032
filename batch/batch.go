package batch

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/ledger"
)

// Header is a batch header (docs/protocol.md section 8). Its fields are
// the Rollup contract's BatchHeader struct, with the generated binding's
// names and order, so that bindings.BatchHeader(h) converts it (and the
// JSON of records persisted before this type existed still decodes).
type Header struct {
	ChainId        uint64 //nolint:revive // the binding's name
	BatchIndex     uint64
	PrevRoot       [32]byte
	NewRoot        [32]byte
	FirstBlock     uint64
	LastBlock      uint64
	DepositStart   uint64
	DepositEnd     uint64
	DataCommitment [32]byte
	// DataPoseidon is the Poseidon2 hash of the public data's chunks
	// (DataPoseidon); DataEval the chunks' polynomial at the public input
	// (DataEval). Together they bind the data the proof applies to the
	// data L1 holds, without SHA-256 in the circuit (docs/protocol.md 8).
	DataPoseidon [32]byte
	DataEval     [32]byte
}

// HashedBytesSize is the size of Header.HashedBytes.
const HashedBytesSize = 160

// HashedBytes is the 160-byte string whose SHA-256 is the proof's first
// public input: chainId u64 || batchIndex u64 || prevRoot || newRoot ||
// depositStart u64 || depositEnd u64 || dataCommitment || dataPoseidon
// (integers big-endian). firstBlock, lastBlock and dataEval are not in it.
func (h *Header) HashedBytes() []byte {
	b := make([]byte, 0, HashedBytesSize)
	b = binary.BigEndian.AppendUint64(b, h.ChainId)
	b = binary.BigEndian.AppendUint64(b, h.BatchIndex)
	b = append(b, h.PrevRoot[:]...)
	b = append(b, h.NewRoot[:]...)
	b = binary.BigEndian.AppendUint64(b, h.DepositStart)
	b = binary.BigEndian.AppendUint64(b, h.DepositEnd)
	b = append(b, h.DataCommitment[:]...)
	return append(b, h.DataPoseidon[:]...)
}

// PublicInput is the batch proof's first public input, as
// Rollup.publicInput computes it: uint256(sha256(HashedBytes)) mod r. It
// is also the point at which DataEval evaluates the public data.
func (h *Header) PublicInput() *big.Int {
	d := sha256.Sum256(h.HashedBytes())
	return new(big.Int).Mod(new(big.Int).SetBytes(d[:]), fr.Modulus())
}

// PublicInputs are the proof's public inputs, in the verifier's order:
// PublicInput and DataEval.
func (h *Header) PublicInputs() [2]*big.Int {
	return [2]*big.Int{h.PublicInput(), new(big.Int).SetBytes(h.DataEval[:])}
}

// SetPubData sets the header's three data fields from the batch's public
// data: DataCommitment, DataPoseidon, then DataEval at the public input,
// which depends on every other hashed field, so call it last.
func (h *Header) SetPubData(pubdata []byte) {
	h.DataCommitment = DataCommitment(pubdata)
	h.DataPoseidon = DataPoseidon(pubdata)
	h.DataEval = DataEval(pubdata, h.PublicInput())
}

// CheckPubData reports whether pubdata is the data h commits to: its
// SHA-256, its Poseidon2 hash and its evaluation all match.
func (h *Header) CheckPubData(pubdata []byte) error {
	switch {
	case DataCommitment(pubdata) != h.DataCommitment:
		return fmt.Errorf("%w: sha256 is not the header's data commitment", ErrBadPubData)
	case DataPoseidon(pubdata) != h.DataPoseidon:
		return fmt.Errorf("%w: Poseidon2 hash is not the header's", ErrBadPubData)
	case DataEval(pubdata, h.PublicInput()) != h.DataEval:
		return fmt.Errorf("%w: evaluation is not the header's", ErrBadPubData)
	}
	return nil
}

// Hash is keccak256(abi.encode(h)), what the Rollup stores per batch.
func (h *Header) Hash() common.Hash {
	return crypto.Keccak256Hash(h.abiWords(nil)...)
}

// abiWords are h's fields ABI-encoded (one 32-byte word each), after
// prefix: abi.encode(h) and the EIP-712 struct hash share them.
func (h *Header) abiWords(prefix []byte) [][]byte {
	w := func(v uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(v).Bytes(), 32) }
	out := [][]byte{w(h.ChainId), w(h.BatchIndex), h.PrevRoot[:], h.NewRoot[:], w(h.FirstBlock),
		w(h.LastBlock), w(h.DepositStart), w(h.DepositEnd), h.DataCommitment[:], h.DataPoseidon[:], h.DataEval[:]}
	if prefix != nil {
		out = append([][]byte{prefix}, out...)
	}
	return out
}

// DataCommitment is the commitment to a batch's public data: sha256(pubdata).
func DataCommitment(pubdata []byte) [32]byte { return sha256.Sum256(pubdata) }

// ChunkSize is the public data's unit: each 16-byte chunk, read as a
// big-endian integer (below 2^128, so a field element), is one element of
// DataPoseidon's input and one coefficient of DataEval's polynomial.
const ChunkSize = ledger.PubDataChunkSize

// chunkElements splits pubdata into its chunk integers (a trailing partial
// chunk, which no batch has, is padded with zero bytes on the right).
func chunkElements(pubdata []byte) []fr.Element {
	out := make([]fr.Element, 0, (len(pubdata)+ChunkSize-1)/ChunkSize)
	for off := 0; off < len(pubdata); off += ChunkSize {
		var c [32]byte
		copy(c[32-ChunkSize:], pubdata[off:min(off+ChunkSize, len(pubdata))])
		var e fr.Element
		e.SetBytes(c[:]) // below 2^128: canonical
		out = append(out, e)
	}
	return out
}

// DataPoseidon is the Poseidon2 Merkle-Damgard hash (docs/protocol.md 1)
// of the public data's chunk integers, in order; the circuit computes it
// from the records it applies.
func DataPoseidon(pubdata []byte) [32]byte {
	es := chunkElements(pubdata)
	hs := make([]ledger.Hash, len(es))
	for i := range es {
		hs[i] = ledger.Hash(es[i].Bytes())
	}
	return ledger.HashElements(hs...)
}

// DataEval is the public data's polynomial at z, mod r: with chunk
// integers c_0 .. c_{n-1}, c_0 z^(n-1) + c_1 z^(n-2) + ... + c_{n-1}
// (Horner's rule from the first chunk), as a 32-byte big-endian integer.
// Rollup.commitBatch computes it from the calldata at z = the header's
// public input and requires the header's DataEval.
func DataEval(pubdata []byte, z *big.Int) [32]byte {
	var ze, y fr.Element
	ze.SetBigInt(z)
	for _, c := range chunkElements(pubdata) {
		y.Mul(&y, &ze)
		y.Add(&y, &c)
	}
	return y.Bytes()
}

// Signature is one operator's attestation of a header: its consensus
// signer address and the 65-byte secp256k1 signature (r || s || v, v 27 or
// 28) of the header's EIP-712 digest.
type Signature struct {
	Signer common.Address
	Sig    []byte // 65 bytes
	// BLS is the operator's BLS signature (128 bytes, G1,
	// crypto/bls/minsig) of the same digest, or empty: what the poster
	// aggregates into a BLS certificate (ADR 031).
	BLS []byte `json:",omitempty"`
}

// Record is a closed batch as the L2 chain recorded it: header, public
// data, the L2 blocks it spans, its designated poster, and, once the chain
// recorded it, its certificate.
type Record struct {
	Index      uint64        `json:"index"`
	Header     Header        `json:"header"`
	PubData    hexutil.Bytes `json:"pub_data"`
	FromHeight uint64        `json:"from_height"` // the previous batch's last block
	ToHeight   uint64        `json:"to_height"`
	ClosedAt   time.Time     `json:"closed_at"`
	// Poster is the designated poster's consensus signer address.
	Poster common.Address `json:"poster"`
	// Signatures is the certificate, in ascending signer order (empty
	// until certified); it may include signers without L1 stake.
	Signatures      []Signature `json:"signatures,omitempty"`
	CertifiedAt     time.Time   `json:"certified_at,omitempty"` // L2 block time of the block that recorded it
	CertifiedHeight uint64      `json:"certified_height,omitempty"`
}

// Certified reports whether the batch has its certificate.
func (r *Record) Certified() bool { return len(r.Signatures) > 0 }

// Withdrawal is one payment L1 makes from a batch: a withdrawal or a forced
// exit record (docs/protocol.md section 7), a leaf of the batch's
// withdrawal tree in record order.
type Withdrawal struct {
	To         common.Address
	AmountGwei uint64
}

// ErrBadPubData is returned for public data that is not a sequence of
// records.
var ErrBadPubData = errors.New("batch: malformed public data")

// Withdrawals parses a batch's public data into the payments L1 makes from
// it: its withdrawal and forced-exit records, in order. Both records carry
// the address at [4:24]; a withdrawal's amount is packed at [24:29], a
// forced exit's is a u64 at [24:32].
func Withdrawals(pubdata []byte) ([]Withdrawal, error) {
	var out []Withdrawal
	for off := 0; off < len(pubdata); {
		t := ledger.TxType(pubdata[off])
		size := ledger.PubDataSize(t)
		if size == 0 {
			return nil, fmt.Errorf("%w: unknown record type %d at %d", ErrBadPubData, pubdata[off], off)
		}
		if off+size > len(pubdata) {
			return nil, fmt.Errorf("%w: truncated record at %d", ErrBadPubData, off)
		}
		r := pubdata[off : off+size]
		switch t {
		case ledger.TxWithdraw:
			amount, ok := ledger.UnpackAmount(r[24:])
			if !ok {
				return nil, fmt.Errorf("%w: withdrawal amount at %d above the maximum", ErrBadPubData, off)
			}
			out = append(out, Withdrawal{To: common.BytesToAddress(r[4:24]), AmountGwei: amount})
		case ledger.TxForcedExit:
			out = append(out, Withdrawal{To: common.BytesToAddress(r[4:24]), AmountGwei: binary.BigEndian.Uint64(r[24:32])})
		}
		off += size
	}
	return out, nil
}

// AttestationTypeHash is the EIP-712 type hash of a batch attestation
// (docs/protocol.md section 9.4).
var AttestationTypeHash = crypto.Keccak256Hash([]byte("BatchAttestation(uint64 chainId,uint64 batchIndex,bytes32 prevRoot," +
	"bytes32 newRoot,uint64 firstBlock,uint64 lastBlock,uint64 depositStart,uint64 depositEnd,bytes32 dataCommitment," +
	"bytes32 dataPoseidon,bytes32 dataEval)"))

var domainTypeHash = crypto.Keccak256Hash([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)"))

// LaunchID identifies one launch of an L2 (one genesis) against a Rollup:
// keccak256 of its CometBFT chain id (docs/protocol.md section 9.7). It is
// the salt of the attestation domain, so attestations of two launches
// never conflict, and the Rollup hosts the launch its first commit pins.
func LaunchID(cometChainID string) common.Hash {
	return crypto.Keccak256Hash([]byte(cometChainID))
}

// DomainSeparator is the Rollup's EIP-712 attestation domain for L2 launch
// launch: name "mycel", version "1", the L1 chain id, the Rollup's address
// and salt launch (Rollup.domainSeparator).
func DomainSeparator(l1ChainID *big.Int, rollup common.Address, launch common.Hash) common.Hash {
	return crypto.Keccak256Hash(domainTypeHash.Bytes(), crypto.Keccak256([]byte("mycel")), crypto.Keccak256([]byte("1")),
		common.LeftPadBytes(l1ChainID.Bytes(), 32), common.LeftPadBytes(rollup.Bytes(), 32), launch.Bytes())
}

// AttestationDigest is the EIP-712 digest an operator's consensus key signs
// to attest h of L2 launch launch for the Rollup at rollup on L1 chain
// l1ChainID (Rollup.attestationDigest).
func AttestationDigest(l1ChainID *big.Int, rollup common.Address, launch common.Hash, h Header) common.Hash {
	structHash := crypto.Keccak256Hash(h.abiWords(AttestationTypeHash.Bytes())...)
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, DomainSeparator(l1ChainID, rollup, launch).Bytes(), structHash.Bytes())
}

// Attestation is an operator's consensus-key signature of a header: what a
// validator puts in its vote extension (docs/protocol.md section 9.4), what
// the certificate is made of, and what the Slasher takes as evidence of
// equivocation.
type Attestation struct {
	Header Header
	Sig    []byte // 65 bytes r || s || v, v 27 or 28
	// BLS, when the validator has a BLS key, is its BLS signature of the
	// same digest (128 bytes) followed by its consensus key's signature of
	// BLSAuthDigest (65 bytes): the second lets every validator check that
	// the BLS signature is the validator's own without knowing BLS keys.
	// Absent from the encoding when empty.
	BLS []byte `rlp:"optional"`
}

// BLSPartSize is the size of Attestation.BLS: a 128-byte BLS signature and
// a 65-byte secp256k1 signature.
const BLSPartSize = 128 + 65

// BLSAuthDigest is what a validator's consensus key signs (raw, no prefix)
// to vouch for blsSig, its BLS signature of attestation digest d:
// keccak256("mycel.blsauth.v1" || d || blsSig). Its prefix keeps it apart
// from EIP-712 digests ("\x19\x01"), proofs of possession and votes.
func BLSAuthDigest(d common.Hash, blsSig []byte) common.Hash {
	return crypto.Keccak256Hash([]byte("mycel.blsauth.v1"), d[:], blsSig)
}
