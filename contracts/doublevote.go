package contracts

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmtsecp "github.com/cometbft/cometbft/crypto/secp256k1"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ErrNotDoubleVote is returned for votes that do not make evidence the
// Slasher accepts: not two prevotes or two precommits of one height and
// round, the same block id, signatures that do not recover to the votes'
// validator, or a key that is not secp256k1.
var ErrNotDoubleVote = errors.New("not a double vote")

// CometChainID is the CometBFT chain id prefix of the mycel chain whose L2
// chain id is l2ChainID: "mycel-<id>" (what Slasher.cometChainId() returns
// for a Rollup with that id). A launch's chain id is this, or this and
// "-<tag>" (LaunchChainID; docs/protocol.md section 9.7).
func CometChainID(l2ChainID uint64) string { return fmt.Sprintf("mycel-%d", l2ChainID) }

// LaunchChainID is the CometBFT chain id of one launch of the L2 chain
// l2ChainID: "mycel-<id>-<tag>". `mycel init` draws a fresh tag
// (NewLaunchTag), so a new genesis against the same Rollup is another
// launch: its votes and attestations never conflict with the old one's.
func LaunchChainID(l2ChainID uint64, tag string) string {
	return CometChainID(l2ChainID) + "-" + tag
}

// NewLaunchTag draws a random launch tag: 8 lowercase hex digits.
func NewLaunchTag() string {
	var b [4]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b[:])
}

// maxChainIDLen is CometBFT's limit on a chain id (types.MaxChainIDLen).
const maxChainIDLen = 50

// CheckCometChainID reports whether id is a CometBFT chain id the Slasher
// takes double votes of for L2 chain l2ChainID: CometChainID(l2ChainID),
// or it followed by "-" and a tag of letters, digits, '-', '_' or '.',
// at most 50 bytes in all.
func CheckCometChainID(l2ChainID uint64, id string) error {
	prefix := CometChainID(l2ChainID)
	if id == prefix {
		return nil
	}
	tag, ok := strings.CutPrefix(id, prefix+"-")
	switch {
	case !ok || tag == "":
		return fmt.Errorf("CometBFT chain id %q: a rollup chain's is %q or %q followed by a launch tag (\"%s-<tag>\"), the only ones L1's Slasher takes double votes of", id, prefix, prefix+"-", prefix)
	case len(id) > maxChainIDLen:
		return fmt.Errorf("CometBFT chain id %q is longer than %d bytes", id, maxChainIDLen)
	}
	for _, c := range tag {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return fmt.Errorf("CometBFT chain id %q: launch tag %q may hold letters, digits, '-', '_' and '.' only", id, tag)
		}
	}
	return nil
}

// DoubleVote is evidence for Slasher.submitDoubleVote: the two votes'
// canonical sign bytes and their signatures as 65 bytes (CometBFT's 64-byte
// r || s, then v = 27 or 28), with what they prove.
type DoubleVote struct {
	VoteA, SigA, VoteB, SigB []byte

	Signer common.Address // the consensus key's Ethereum address (the operator's signer on L1)
	Type   cmtproto.SignedMsgType
	Height int64
	Round  int32
}

// DoubleVoteFromEvidence turns CometBFT's DuplicateVoteEvidence of chain
// chainID into the Slasher's arguments (DoubleVoteFromVotes).
func DoubleVoteFromEvidence(chainID string, ev *cmttypes.DuplicateVoteEvidence) (*DoubleVote, error) {
	if ev == nil || ev.VoteA == nil || ev.VoteB == nil {
		return nil, fmt.Errorf("%w: evidence without two votes", ErrNotDoubleVote)
	}
	return DoubleVoteFromVotes(chainID, ev.VoteA, ev.VoteB)
}

// DoubleVoteFromVotes checks what the Slasher checks (besides the signer's
// registration) of two votes of chain chainID and returns its arguments:
// both prevotes or both precommits, of one height and round, for different
// block ids, each signed by the secp256k1 key whose CometBFT address is the
// votes' ValidatorAddress. Errors match ErrNotDoubleVote.
func DoubleVoteFromVotes(chainID string, a, b *cmttypes.Vote) (*DoubleVote, error) {
	switch {
	case a.Type != b.Type:
		return nil, fmt.Errorf("%w: vote types differ (%v, %v)", ErrNotDoubleVote, a.Type, b.Type)
	case a.Type != cmtproto.PrevoteType && a.Type != cmtproto.PrecommitType:
		return nil, fmt.Errorf("%w: %v is not a prevote or precommit", ErrNotDoubleVote, a.Type)
	case a.Height != b.Height || a.Round != b.Round:
		return nil, fmt.Errorf("%w: height/round %d/%d and %d/%d differ", ErrNotDoubleVote, a.Height, a.Round, b.Height, b.Round)
	case a.BlockID.Equals(b.BlockID):
		return nil, fmt.Errorf("%w: both votes are for block %v", ErrNotDoubleVote, a.BlockID)
	case !bytes.Equal(a.ValidatorAddress, b.ValidatorAddress):
		return nil, fmt.Errorf("%w: validators %v and %v differ", ErrNotDoubleVote, a.ValidatorAddress, b.ValidatorAddress)
	}
	d := &DoubleVote{
		VoteA: cmttypes.VoteSignBytes(chainID, a.ToProto()), VoteB: cmttypes.VoteSignBytes(chainID, b.ToProto()),
		Type: a.Type, Height: a.Height, Round: a.Round,
	}
	var err error
	var sb common.Address
	if d.SigA, d.Signer, err = VoteSignature(d.VoteA, a.Signature, a.ValidatorAddress); err != nil {
		return nil, fmt.Errorf("%w: first vote: %w", ErrNotDoubleVote, err)
	}
	if d.SigB, sb, err = VoteSignature(d.VoteB, b.Signature, b.ValidatorAddress); err != nil {
		return nil, fmt.Errorf("%w: second vote: %w", ErrNotDoubleVote, err)
	}
	if sb != d.Signer { // the same CometBFT address: cannot happen
		return nil, fmt.Errorf("%w: signers %s and %s differ", ErrNotDoubleVote, d.Signer, sb)
	}
	return d, nil
}

// VoteSignature turns a CometBFT secp256k1 signature of signBytes (64
// bytes r || s of sha256(signBytes), low s) into the 65-byte form the
// Slasher takes, r || s || v with v 27 or 28: the v whose recovered key has
// CometBFT address validator. It also returns the key's Ethereum address.
func VoteSignature(signBytes, sig []byte, validator cmttypes.Address) ([]byte, common.Address, error) {
	if len(sig) != 64 {
		return nil, common.Address{}, fmt.Errorf("signature of %d bytes, want 64 (secp256k1)", len(sig))
	}
	digest := sha256.Sum256(signBytes)
	for v := byte(0); v < 2; v++ {
		full := append(append(make([]byte, 0, 65), sig...), v)
		pub, err := crypto.SigToPub(digest[:], full)
		if err != nil {
			continue
		}
		if !bytes.Equal(cmtsecp.PubKey(crypto.CompressPubkey(pub)).Address(), validator) {
			continue
		}
		if !cmtsecp.PubKey(crypto.CompressPubkey(pub)).VerifySignature(signBytes, sig) {
			return nil, common.Address{}, errors.New("signature does not verify (high s?)")
		}
		full[64] += 27
		return full, crypto.PubkeyToAddress(*pub), nil
	}
	return nil, common.Address{}, fmt.Errorf("signature does not recover to validator %v", validator)
}
