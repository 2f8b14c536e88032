package consensus

import (
	"bytes"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/cometbft/cometbft/crypto/secp256k1"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rlp"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
)

// SysTxMarker is the first byte of the system transaction, the proposer's
// L1 record at the head of a block (docs/protocol.md, "L1 records in
// blocks"). Ledger transactions start with their version byte (1), so the
// two never collide, and the mempool never accepts a system transaction.
const SysTxMarker byte = 0xF1

// Limits on what a system transaction and a vote extension may carry.
const (
	MaxSysTxBytes        = 256 << 10
	MaxStakeChanges      = 1024
	MaxCertSignatures    = 1024
	MaxVoteExtensionSize = 512
)

// Errors of the L1 records; match with errors.Is.
var (
	ErrBadSysTx        = errors.New("consensus: malformed system transaction")
	ErrBadExtension    = errors.New("consensus: malformed vote extension")
	ErrBadAttestation  = errors.New("consensus: attestation signature invalid")
	ErrWrongAttestor   = errors.New("consensus: attestation not signed by the validator")
	ErrConflictingVote = errors.New("consensus: attestation of a different header for the batch")
)

// L1Anchor is the L1 block an L2 block applies (its system transaction's
// reference): number, hash and timestamp in seconds. It is an l1.Ref with
// the time that deposit and forced-exit deadlines are judged by.
type L1Anchor struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Time   uint64      `json:"time"`
}

func (r L1Anchor) String() string { return fmt.Sprintf("%d/%s", r.Number, r.Hash.TerminalString()) }

// StakeChange is one StakingRegistry change the L2 chain applies: from
// epoch Epoch on, Signer's bonded stake is Bonded wei. PubKey is the
// signer's 64-byte uncompressed secp256k1 consensus key.
type StakeChange struct {
	Signer common.Address `json:"signer"`
	PubKey []byte         `json:"pub_key"`
	Bonded *big.Int       `json:"bonded"`
	Epoch  uint64         `json:"epoch"`
}

// SysTx is the system transaction: the L1 reference the block applies, the
// stake changes of the L1 blocks after the previous reference up to it, the
// Rollup's batch count at the reference, and optionally the certificate of
// the batch awaiting one.
type SysTx struct {
	Ref   L1Anchor
	Stake []StakeChange
	// L1Next is the Rollup's nextBatchIndex after the L1 blocks up to Ref
	// (L1View.RollupNextBatch): batches from it on are not on L1 yet, and
	// their certificates must hold under the current stake.
	L1Next uint64
	// CertBatch is the certified batch when Sigs is non-empty.
	CertBatch uint64
	// Sigs are 65-byte attestation signatures (r || s || v) of the batch's
	// EIP-712 digest, in ascending signer order.
	Sigs [][]byte
	// BLS, when present, has one entry per signature of Sigs: empty, or
	// that signer's vote extension's BLS part (batch.BLSPartSize bytes:
	// its BLS signature of the digest and its consensus key's signature
	// of batch.BLSAuthDigest). Absent from the encoding when nil.
	BLS [][]byte `rlp:"optional"`
}

// Encode returns the canonical encoding: SysTxMarker || RLP(tx).
func (s *SysTx) Encode() []byte {
	b, err := rlp.EncodeToBytes(s)
	if err != nil {
		panic(err) // only fixed-size fields and byte strings: cannot fail
	}
	return append([]byte{SysTxMarker}, b...)
}

// IsSysTx reports whether raw is marked as a system transaction.
func IsSysTx(raw []byte) bool { return len(raw) > 0 && raw[0] == SysTxMarker }

// DecodeSysTx parses and checks the shape of a system transaction; it
// accepts only the canonical encoding.
func DecodeSysTx(raw []byte) (*SysTx, error) {
	if !IsSysTx(raw) {
		return nil, fmt.Errorf("%w: no marker", ErrBadSysTx)
	}
	if len(raw) > MaxSysTxBytes {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrBadSysTx, len(raw), MaxSysTxBytes)
	}
	var s SysTx
	if err := rlp.DecodeBytes(raw[1:], &s); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadSysTx, err)
	}
	if len(s.Stake) > MaxStakeChanges || len(s.Sigs) > MaxCertSignatures {
		return nil, fmt.Errorf("%w: too many entries", ErrBadSysTx)
	}
	for i, c := range s.Stake {
		if len(c.PubKey) != 64 {
			return nil, fmt.Errorf("%w: stake change %d: public key is %d bytes", ErrBadSysTx, i, len(c.PubKey))
		}
		if c.Bonded == nil {
			return nil, fmt.Errorf("%w: stake change %d: no stake", ErrBadSysTx, i)
		}
	}
	for i, sig := range s.Sigs {
		if len(sig) != 65 {
			return nil, fmt.Errorf("%w: signature %d is %d bytes", ErrBadSysTx, i, len(sig))
		}
	}
	if s.BLS != nil && len(s.BLS) != len(s.Sigs) {
		return nil, fmt.Errorf("%w: %d BLS entries for %d signatures", ErrBadSysTx, len(s.BLS), len(s.Sigs))
	}
	for i, b := range s.BLS {
		if len(b) != 0 && len(b) != batch.BLSPartSize {
			return nil, fmt.Errorf("%w: BLS entry %d is %d bytes", ErrBadSysTx, i, len(b))
		}
	}
	if !bytes.Equal(s.Encode(), raw) {
		return nil, fmt.Errorf("%w: non-canonical encoding", ErrBadSysTx)
	}
	return &s, nil
}

// EncodeExtension is the vote extension carrying a: RLP(header fields, sig).
func EncodeExtension(a *batch.Attestation) []byte {
	b, err := rlp.EncodeToBytes(a)
	if err != nil {
		panic(err)
	}
	return b
}

// DecodeExtension parses a non-empty vote extension.
func DecodeExtension(b []byte) (*batch.Attestation, error) {
	if len(b) > MaxVoteExtensionSize {
		return nil, fmt.Errorf("%w: %d bytes", ErrBadExtension, len(b))
	}
	var a batch.Attestation
	if err := rlp.DecodeBytes(b, &a); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadExtension, err)
	}
	if len(a.Sig) != 65 {
		return nil, fmt.Errorf("%w: signature is %d bytes", ErrBadExtension, len(a.Sig))
	}
	if len(a.BLS) != 0 && len(a.BLS) != batch.BLSPartSize {
		return nil, fmt.Errorf("%w: BLS part is %d bytes, want %d", ErrBadExtension, len(a.BLS), batch.BLSPartSize)
	}
	return &a, nil
}

var secpHalfN = new(big.Int).Rsh(crypto.S256().Params().N, 1)

// RecoverAttestor returns the address that signed digest with sig, under
// the contracts' rules (v 27 or 28, low s).
func RecoverAttestor(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != 65 || (sig[64] != 27 && sig[64] != 28) {
		return common.Address{}, fmt.Errorf("%w: bad length or v", ErrBadAttestation)
	}
	if new(big.Int).SetBytes(sig[32:64]).Cmp(secpHalfN) > 0 {
		return common.Address{}, fmt.Errorf("%w: high s", ErrBadAttestation)
	}
	s := append([]byte{}, sig...)
	s[64] -= 27
	pub, err := crypto.SigToPub(digest[:], s)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadAttestation, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// SignerOf returns the Ethereum address of a 64-byte uncompressed key.
func SignerOf(pub64 []byte) common.Address {
	return common.BytesToAddress(crypto.Keccak256(pub64)[12:])
}

// CometKey returns the CometBFT secp256k1 public key (33-byte compressed)
// of a 64-byte uncompressed key.
func CometKey(pub64 []byte) (secp256k1.PubKey, error) {
	pub, err := crypto.UnmarshalPubkey(append([]byte{4}, pub64...))
	if err != nil {
		return nil, fmt.Errorf("consensus key: %w", err)
	}
	return secp256k1.PubKey(crypto.CompressPubkey(pub)), nil
}

// Uncompressed64 returns the 64-byte X || Y form of a CometBFT secp256k1
// public key.
func Uncompressed64(pk secp256k1.PubKey) ([]byte, error) {
	pub, err := crypto.DecompressPubkey(pk)
	if err != nil {
		return nil, err
	}
	return crypto.FromECDSAPub(pub)[1:], nil
}

// EthKey converts a CometBFT secp256k1 private key to go-ethereum's form.
func EthKey(priv secp256k1.PrivKey) (*ecdsa.PrivateKey, error) {
	return crypto.ToECDSA(priv)
}

// SignAttestation signs header h of L2 launch launch (batch.LaunchID) for
// the Rollup at (l1ChainID, rollup).
func SignAttestation(key *ecdsa.PrivateKey, l1ChainID uint64, rollup common.Address, launch common.Hash, h batch.Header) (*batch.Attestation, error) {
	sig, err := contracts.SignDigest(key, batch.AttestationDigest(new(big.Int).SetUint64(l1ChainID), rollup, launch, h))
	if err != nil {
		return nil, err
	}
	return &batch.Attestation{Header: h, Sig: sig}, nil
}

// SignBLSPart returns an attestation's BLS part (batch.Attestation.BLS)
// for attestation digest d: blsKey's signature of d, then key's signature
// of batch.BLSAuthDigest(d, that signature).
func SignBLSPart(key *ecdsa.PrivateKey, blsKey *minsig.SecretKey, d common.Hash) ([]byte, error) {
	bs := blsKey.Sign(d[:]).Bytes()
	auth, err := contracts.SignDigest(key, batch.BLSAuthDigest(d, bs[:]))
	if err != nil {
		return nil, err
	}
	return append(bs[:], auth...), nil
}

// CheckBLSPart checks that a BLS part of an attestation of digest d was
// vouched for by signer's consensus key and that its BLS signature is a
// point of G1's prime-order subgroup in EIP-2537's encoding (anything else
// would make the poster's aggregate, and the L1 pairing, fail). Whether
// the signature verifies is checked by whoever knows the signer's BLS key
// (the poster, against the epoch's set on L1): a part that does not only
// loses its signer's stake, and a certificate left short of 2/3 on L1 by
// such parts is attested again (docs/protocol.md section 9.4).
func CheckBLSPart(d common.Hash, part []byte, signer common.Address) error {
	if len(part) != batch.BLSPartSize {
		return fmt.Errorf("%w: BLS part is %d bytes", ErrBadAttestation, len(part))
	}
	if _, err := minsig.SignatureFromBytes(part[:128]); err != nil {
		return fmt.Errorf("%w: BLS signature: %v", ErrBadAttestation, err)
	}
	who, err := RecoverAttestor(batch.BLSAuthDigest(d, part[:128]), part[128:])
	if err != nil {
		return err
	}
	if who != signer {
		return fmt.Errorf("%w: BLS part vouched for by %s, not %s", ErrWrongAttestor, who, signer)
	}
	return nil
}
