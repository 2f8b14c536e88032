package contracts_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"math/big"
	"path/filepath"
	"testing"
	"time"

	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmtcrypto "github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/crypto/secp256k1"
	"github.com/cometbft/cometbft/crypto/tmhash"
	"github.com/cometbft/cometbft/libs/protoio"
	"github.com/cometbft/cometbft/privval"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// cometValidator is a consensus key as a CometBFT validator holds it: a
// privval FilePV (key file and last-sign state on disk) with a secp256k1
// key, registered on L1 as an operator's consensus key.
type cometValidator struct {
	pv *privval.FilePV
	op *te.Operator
}

// newCometValidator makes a FilePV with the deterministic key of seed and,
// unless owner is nil, registers it for owner with stake.
func newCometValidator(t *testing.T, e *te.Env, seed string, owner *te.Account, stake *big.Int) *cometValidator {
	t.Helper()
	dir := t.TempDir()
	pv, err := privval.GenFilePV(filepath.Join(dir, "priv_validator_key.json"), filepath.Join(dir, "priv_validator_state.json"),
		func() (cmtcrypto.PrivKey, error) { return secp256k1.GenPrivKeySecp256k1([]byte(seed)), nil })
	if err != nil {
		t.Fatal(err)
	}
	pv.Save()
	k, err := crypto.ToECDSA(pv.Key.PrivKey.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	v := &cometValidator{pv: pv, op: &te.Operator{Key: k, Signer: crypto.PubkeyToAddress(k.PublicKey), Stake: stake}}
	if owner != nil {
		e.Must(*owner, e.Staking, stake, e.RegisterArgs(owner.Addr, k, 0, 0))
		v.op.Owner = *owner
	}
	return v
}

// twin is the same key in a second FilePV with a fresh sign state: the
// validator's home copied and started again (the classic HA mistake). Each
// FilePV refuses to sign two conflicting votes; the two together do.
func (v *cometValidator) twin(t *testing.T) *privval.FilePV {
	t.Helper()
	dir := t.TempDir()
	pv := privval.NewFilePV(v.pv.Key.PrivKey, filepath.Join(dir, "priv_validator_key.json"), filepath.Join(dir, "priv_validator_state.json"))
	pv.Save()
	return pv
}

func blockID(seed string) cmttypes.BlockID {
	return cmttypes.BlockID{Hash: tmhash.Sum([]byte(seed)), PartSetHeader: cmttypes.PartSetHeader{Total: 3, Hash: tmhash.Sum([]byte("parts of " + seed))}}
}

// voteTime is a fixed vote timestamp (so signatures are deterministic).
var voteTime = time.Date(2026, 3, 1, 12, 0, 0, 123456789, time.UTC)

// vote is an unsigned vote of the validator at pv's address.
func vote(addr cmttypes.Address, typ cmtproto.SignedMsgType, height int64, round int32, bid cmttypes.BlockID) *cmttypes.Vote {
	return &cmttypes.Vote{Type: typ, Height: height, Round: round, BlockID: bid, Timestamp: voteTime, ValidatorAddress: addr, ValidatorIndex: 2}
}

// signWith signs v with pv.SignVote (the privval's double-sign protection
// applies) for chainID.
func signWith(t *testing.T, pv *privval.FilePV, chainID string, v *cmttypes.Vote) *cmttypes.Vote {
	t.Helper()
	p := v.ToProto()
	if err := pv.SignVote(chainID, p, false); err != nil {
		t.Fatal(err)
	}
	v.Signature, v.Timestamp = p.Signature, p.Timestamp
	return v
}

// signRaw signs v's sign bytes for chainID with key, bypassing any sign
// state (for votes a FilePV would refuse).
func signRaw(t *testing.T, key cmtcrypto.PrivKey, chainID string, v *cmttypes.Vote) *cmttypes.Vote {
	t.Helper()
	sig, err := key.Sign(cmttypes.VoteSignBytes(chainID, v.ToProto()))
	if err != nil {
		t.Fatal(err)
	}
	v.Signature = sig
	return v
}

// evidence is CometBFT's DuplicateVoteEvidence of two votes by pv's key.
func evidence(t *testing.T, pv *privval.FilePV, a, b *cmttypes.Vote) *cmttypes.DuplicateVoteEvidence {
	t.Helper()
	vals := cmttypes.NewValidatorSet([]*cmttypes.Validator{cmttypes.NewValidator(pv.Key.PubKey, 10)})
	ev, err := cmttypes.NewDuplicateVoteEvidence(a, b, voteTime, vals)
	if err != nil {
		t.Fatal(err)
	}
	if err := ev.ValidateBasic(); err != nil {
		t.Fatal(err)
	}
	// What CometBFT's evidence pool checks: both signatures, by the key.
	for _, v := range []*cmttypes.Vote{ev.VoteA, ev.VoteB} {
		if err := v.Verify(testChainID, pv.Key.PubKey); err != nil {
			t.Fatalf("CometBFT rejects the vote: %v", err)
		}
	}
	return ev
}

// testChainID is the CometBFT chain id of the tests' Rollup (L2 chain id
// te.TestConfig().L2ChainID).
var testChainID = contracts.CometChainID(te.TestConfig().L2ChainID)

func submitDoubleVote(e *te.Env, from te.Account, d *contracts.DoubleVote) error {
	_, err := e.Send(from, e.Slasher, nil, e.SlasherABI.PackSubmitDoubleVote(d.VoteA, d.SigA, d.VoteB, d.SigB))
	return err
}

// TestDoubleVoteSlashed: two FilePVs holding one registered key (a
// validator started twice) sign conflicting prevotes or precommits; the
// DuplicateVoteEvidence CometBFT makes of them, turned into calldata by
// contracts.DoubleVoteFromEvidence, slashes the operator on L1, pays the
// reporter, and is accepted once.
func TestDoubleVoteSlashed(t *testing.T) {
	for _, c := range []struct {
		name   string
		typ    cmtproto.SignedMsgType
		round  int32
		a, b   cmttypes.BlockID
		height int64
	}{
		{"prevote two blocks", cmtproto.PrevoteType, 0, blockID("x"), blockID("y"), 10},
		{"prevote block and nil", cmtproto.PrevoteType, 3, blockID("x"), cmttypes.BlockID{}, 11},
		{"precommit two blocks", cmtproto.PrecommitType, 1, blockID("x"), blockID("y"), 12},
		{"precommit nil and block", cmtproto.PrecommitType, 0, cmttypes.BlockID{}, blockID("y"), 1 << 40},
		{"same hash, other part set", cmtproto.PrecommitType, 2, blockID("x"),
			cmttypes.BlockID{Hash: blockID("x").Hash, PartSetHeader: cmttypes.PartSetHeader{Total: 4, Hash: blockID("x").PartSetHeader.Hash}}, 13},
	} {
		t.Run(c.name, func(t *testing.T) {
			e, _ := quorumEnv(t, func(c *contracts.Config) { c.SlashBps = 5000; c.ReporterRewardBps = 2000 })
			if got := te.Call(e, e.Slasher, e.SlasherABI.PackCometChainId(), e.SlasherABI.UnpackCometChainId); got != testChainID {
				t.Fatalf("Slasher.cometChainId() = %q, want %q", got, testChainID)
			}
			val := newCometValidator(t, e, "validator "+c.name, &e.Users[5], te.Ether(2))
			twin := val.twin(t)
			va := signWith(t, val.pv, testChainID, vote(val.pv.Key.Address, c.typ, c.height, c.round, c.a))
			vb := signWith(t, twin, testChainID, vote(val.pv.Key.Address, c.typ, c.height, c.round, c.b))
			// The same FilePV refuses to sign the conflicting vote.
			if err := val.pv.SignVote(testChainID, vote(val.pv.Key.Address, c.typ, c.height, c.round, c.b).ToProto(), false); err == nil {
				t.Fatal("FilePV signed a conflicting vote")
			}
			d, err := contracts.DoubleVoteFromEvidence(testChainID, evidence(t, val.pv, va, vb))
			if err != nil {
				t.Fatal(err)
			}
			if d.Signer != val.op.Signer || d.Height != c.height || d.Round != c.round || d.Type != c.typ {
				t.Fatalf("evidence %+v", d)
			}

			reporter := e.Users[6]
			stakingBefore, repBefore := e.Balance(e.D.Staking), e.Balance(reporter.Addr)
			r := e.Must(reporter, e.Slasher, nil, e.SlasherABI.PackSubmitDoubleVote(d.VoteA, d.SigA, d.VoteB, d.SigB))
			slashed := te.Ether(1) // 50% of 2 ETH
			reward := new(big.Int).Div(slashed, big.NewInt(5))
			var found bool
			for _, l := range r.Logs {
				ev, err := e.SlasherABI.UnpackDoubleVoteSlashedEvent(l)
				if err != nil {
					continue
				}
				found = true
				if ev.Signer != val.op.Signer || ev.Height != uint64(c.height) || ev.Round != uint32(c.round) ||
					ev.VoteType != uint8(c.typ) || ev.Reporter != reporter.Addr || ev.Amount.Cmp(slashed) != 0 || ev.Reward.Cmp(reward) != 0 {
					t.Fatalf("DoubleVoteSlashed %+v", ev)
				}
			}
			if !found {
				t.Fatal("no DoubleVoteSlashed event")
			}
			if d := new(big.Int).Sub(stakingBefore, e.Balance(e.D.Staking)); d.Cmp(slashed) != 0 {
				t.Fatalf("staking lost %v, want %v", d, slashed)
			}
			got := new(big.Int).Sub(e.Balance(reporter.Addr), repBefore)
			if got.Add(got, te.Fee(r)).Cmp(reward) != 0 {
				t.Fatalf("reporter got %v, want %v", got, reward)
			}
			op := te.Call(e, e.Staking, e.StakingABI.PackOperators(val.op.Owner.Addr), e.StakingABI.UnpackOperators)
			if !op.Jailed || op.Bonded.Sign() != 0 || op.Unbonding.Cmp(te.Ether(1)) != 0 {
				t.Fatalf("slashed operator %+v", op)
			}
			if s := nextStakeOf(e, val.op); s.Sign() != 0 {
				t.Fatalf("slashed operator still in the next epoch: %v", s)
			}
			t.Logf("submitDoubleVote: %d gas (%d + %d bytes of votes)", r.GasUsed, len(d.VoteA), len(d.VoteB))

			// The same evidence again, from anyone, in either order, is refused.
			e.Reverts(submitDoubleVote(e, e.Users[7], d), "EvidenceAlreadyUsed")
			swapped := &contracts.DoubleVote{VoteA: d.VoteB, SigA: d.SigB, VoteB: d.VoteA, SigB: d.SigA}
			e.Reverts(submitDoubleVote(e, reporter, swapped), "EvidenceAlreadyUsed")
			// So is other evidence of the same (signer, height, round, type):
			// a third vote.
			third := signRaw(t, val.pv.Key.PrivKey, testChainID, vote(val.pv.Key.Address, c.typ, c.height, c.round, blockID("z")))
			d3, err := contracts.DoubleVoteFromVotes(testChainID, va, third)
			if err != nil {
				t.Fatal(err)
			}
			e.Reverts(submitDoubleVote(e, reporter, d3), "EvidenceAlreadyUsed")
			// A double vote in another round is another fault: it reaches
			// the stake still unbonding.
			a4 := signRaw(t, val.pv.Key.PrivKey, testChainID, vote(val.pv.Key.Address, c.typ, c.height, c.round+1, c.a))
			b4 := signRaw(t, val.pv.Key.PrivKey, testChainID, vote(val.pv.Key.Address, c.typ, c.height, c.round+1, c.b))
			d4, err := contracts.DoubleVoteFromVotes(testChainID, a4, b4)
			if err != nil {
				t.Fatal(err)
			}
			e.Must(reporter, e.Slasher, nil, e.SlasherABI.PackSubmitDoubleVote(d4.VoteA, d4.SigA, d4.VoteB, d4.SigB))
			op = te.Call(e, e.Staking, e.StakingABI.PackOperators(val.op.Owner.Addr), e.StakingABI.UnpackOperators)
			if op.Unbonding.Cmp(new(big.Int).Div(te.Ether(1), big.NewInt(2))) != 0 {
				t.Fatalf("after a second double vote: unbonding %v, want 0.5 ETH", op.Unbonding)
			}
		})
	}
}

// delimit prefixes body with its varint length (protoio.MarshalDelimited).
func delimit(body []byte) []byte {
	return append(binary.AppendUvarint(nil, uint64(len(body))), body...)
}

// body strips the length prefix of sign bytes.
func body(signBytes []byte) []byte {
	_, n := binary.Uvarint(signBytes)
	return append([]byte(nil), signBytes[n:]...)
}

// TestDoubleVoteRejects: every submission that is not a double vote of a
// registered key on this chain reverts with its own error, and a valid one
// is accepted once.
func TestDoubleVoteRejects(t *testing.T) {
	e, _ := quorumEnv(t, nil)
	val := newCometValidator(t, e, "validator", &e.Users[5], te.Ether(2))
	other := newCometValidator(t, e, "other validator", &e.Users[6], te.Ether(2))
	stranger := newCometValidator(t, e, "unregistered", nil, nil)
	twin := val.twin(t)
	addr, key := val.pv.Key.Address, val.pv.Key.PrivKey
	const h, r = 20, 1
	pre := cmtproto.PrevoteType
	va := signWith(t, val.pv, testChainID, vote(addr, pre, h, r, blockID("x")))
	vb := signWith(t, twin, testChainID, vote(addr, pre, h, r, blockID("y")))
	good, err := contracts.DoubleVoteFromVotes(testChainID, va, vb)
	if err != nil {
		t.Fatal(err)
	}

	// args builds a submission from two votes without DoubleVoteFromVotes's
	// checks; the signatures get their v by the vote's validator.
	args := func(chainA, chainB string, a, b *cmttypes.Vote) *contracts.DoubleVote {
		t.Helper()
		d := &contracts.DoubleVote{VoteA: cmttypes.VoteSignBytes(chainA, a.ToProto()), VoteB: cmttypes.VoteSignBytes(chainB, b.ToProto())}
		var err error
		if d.SigA, _, err = contracts.VoteSignature(d.VoteA, a.Signature, a.ValidatorAddress); err != nil {
			t.Fatal(err)
		}
		if d.SigB, _, err = contracts.VoteSignature(d.VoteB, b.Signature, b.ValidatorAddress); err != nil {
			t.Fatal(err)
		}
		return d
	}
	with := func(f func(d *contracts.DoubleVote)) *contracts.DoubleVote {
		d := *good
		d.VoteA, d.SigA = append([]byte(nil), good.VoteA...), append([]byte(nil), good.SigA...)
		d.VoteB, d.SigB = append([]byte(nil), good.VoteB...), append([]byte(nil), good.SigB...)
		f(&d)
		return &d
	}
	// withBodyB replaces vote B's protobuf body (the signature no longer
	// matters: parsing comes first).
	withBodyB := func(f func(b []byte) []byte) *contracts.DoubleVote {
		return with(func(d *contracts.DoubleVote) { d.VoteB = delimit(f(body(d.VoteB))) })
	}
	rawB := func(v *cmttypes.Vote) *cmttypes.Vote { return signRaw(t, key, testChainID, v) }
	otherChain := contracts.CometChainID(te.TestConfig().L2ChainID + 1)
	later := vote(addr, pre, h, r, blockID("x"))
	later.Timestamp = voteTime.Add(time.Second)
	n := crypto.S256().Params().N

	cases := []struct {
		name string
		d    *contracts.DoubleVote
		want string
	}{
		// Not conflicting.
		{"same block id, other timestamp", args(testChainID, testChainID, va, rawB(later)), "SameBlockId"},
		{"same vote twice", with(func(d *contracts.DoubleVote) { d.VoteB, d.SigB = d.VoteA, d.SigA }), "SameBlockId"},
		{"different heights", args(testChainID, testChainID, va, rawB(vote(addr, pre, h+1, r, blockID("y")))), "DifferentHeight"},
		{"different rounds", args(testChainID, testChainID, va, rawB(vote(addr, pre, h, r+1, blockID("y")))), "DifferentRound"},
		{"prevote and precommit", args(testChainID, testChainID, va, rawB(vote(addr, cmtproto.PrecommitType, h, r, blockID("y")))), "DifferentVoteType"},
		// Another chain.
		{"both votes of another chain", args(otherChain, otherChain,
			signRaw(t, key, otherChain, vote(addr, pre, h, r, blockID("x"))), signRaw(t, key, otherChain, vote(addr, pre, h, r, blockID("y")))),
			"WrongVoteChainId"},
		{"second vote of another chain", args(testChainID, otherChain, va, signRaw(t, key, otherChain, vote(addr, pre, h, r, blockID("y")))),
			"WrongVoteChainId"},
		// Signatures.
		{"signature of another vote", with(func(d *contracts.DoubleVote) { d.SigB = good.SigA }), "SignersDiffer"},
		{"v flipped", with(func(d *contracts.DoubleVote) { d.SigB[64] ^= 27 ^ 28 }), "SignersDiffer"},
		{"v missing (CometBFT's 64 bytes)", with(func(d *contracts.DoubleVote) { d.SigB = d.SigB[:64] }), "BadSignatureLength"},
		{"v 29", with(func(d *contracts.DoubleVote) { d.SigB[64] = 29 }), "BadV"},
		{"malleated s", with(func(d *contracts.DoubleVote) {
			s := new(big.Int).Sub(n, new(big.Int).SetBytes(d.SigB[32:64]))
			s.FillBytes(d.SigB[32:64])
			d.SigB[64] ^= 27 ^ 28 // the same signer with (r, n-s)
		}), "HighS"},
		{"different signers", args(testChainID, testChainID, va,
			signRaw(t, other.pv.Key.PrivKey, testChainID, vote(other.pv.Key.Address, pre, h, r, blockID("y")))), "SignersDiffer"},
		{"unregistered signer", args(testChainID, testChainID,
			signRaw(t, stranger.pv.Key.PrivKey, testChainID, vote(stranger.pv.Key.Address, pre, h, r, blockID("x"))),
			signRaw(t, stranger.pv.Key.PrivKey, testChainID, vote(stranger.pv.Key.Address, pre, h, r, blockID("y")))), "UnknownSigner"},
		// Malformed sign bytes.
		{"empty", with(func(d *contracts.DoubleVote) { d.VoteB = nil }), "MalformedVote"},
		{"truncated", with(func(d *contracts.DoubleVote) { d.VoteB = d.VoteB[:len(d.VoteB)-1] }), "MalformedVote"},
		{"trailing byte", with(func(d *contracts.DoubleVote) { d.VoteB = append(d.VoteB, 0) }), "MalformedVote"},
		{"no length prefix", with(func(d *contracts.DoubleVote) { d.VoteB = body(d.VoteB) }), "MalformedVote"},
		{"unknown field 7", withBodyB(func(b []byte) []byte { return append(b, 0x38, 0x01) }), "MalformedVote"},
		{"repeated chain id", withBodyB(func(b []byte) []byte {
			return append(append(b, 0x32, byte(len(testChainID))), testChainID...)
		}), "MalformedVote"},
		{"fields out of order", withBodyB(func(b []byte) []byte {
			// type (2 bytes) moved after height (9 bytes)
			return append(append(append([]byte(nil), b[2:11]...), b[:2]...), b[11:]...)
		}), "MalformedVote"},
		{"padded varint", withBodyB(func(b []byte) []byte { return append([]byte{0x08, 0x81, 0x00}, b[2:]...) }), "MalformedVote"},
		{"round as a varint", withBodyB(func(b []byte) []byte {
			return append(append(append([]byte(nil), b[:11]...), 0x18, 0x01), b[20:]...)
		}), "MalformedVote"},
		{"31-byte block hash", withBodyB(func(b []byte) []byte {
			pb := cmttypes.CanonicalizeVote(testChainID, vote(addr, pre, h, r, blockID("y")).ToProto())
			pb.BlockID.Hash = pb.BlockID.Hash[:31]
			out, err := pb.Marshal()
			if err != nil {
				t.Fatal(err)
			}
			return out
		}), "MalformedVote"},
		{"negative round", with(func(d *contracts.DoubleVote) {
			d.VoteB = cmttypes.VoteSignBytes(testChainID, vote(addr, pre, h, -1, blockID("y")).ToProto())
		}), "MalformedVote"},
		{"height 0", with(func(d *contracts.DoubleVote) {
			d.VoteB = cmttypes.VoteSignBytes(testChainID, vote(addr, pre, 0, r, blockID("y")).ToProto())
		}), "MissingVoteField"},
		{"no chain id", with(func(d *contracts.DoubleVote) { d.VoteB = cmttypes.VoteSignBytes("", vb.ToProto()) }), "MissingVoteField"},
		{"no type", with(func(d *contracts.DoubleVote) {
			d.VoteB = cmttypes.VoteSignBytes(testChainID, vote(addr, cmtproto.UnknownType, h, r, blockID("y")).ToProto())
		}), "NotAVote"},
		{"a proposal", with(func(d *contracts.DoubleVote) {
			p := cmttypes.NewProposal(h, r, -1, blockID("y"), voteTime)
			d.VoteB = cmttypes.ProposalSignBytes(testChainID, p.ToProto())
		}), "NotAVote"},
		{"a vote extension", with(func(d *contracts.DoubleVote) {
			v := vote(addr, cmtproto.PrecommitType, h, r, blockID("y"))
			v.Extension = []byte("attestation")
			d.VoteB = cmttypes.VoteExtensionSignBytes(testChainID, v.ToProto())
		}), "MalformedVote"},
	}
	for _, c := range cases {
		if err := submitDoubleVote(e, e.Users[7], c.d); contracts.RevertName(err) != c.want {
			t.Errorf("%s: got %q (%v), want %s", c.name, contracts.RevertName(err), err, c.want)
		}
	}
	// The same malformations on the first vote name it.
	if err := submitDoubleVote(e, e.Users[7], with(func(d *contracts.DoubleVote) { d.VoteA = d.VoteA[1:] })); contracts.RevertName(err) != "MalformedVote" {
		t.Errorf("malformed first vote: %v", err)
	}

	// Go's checks refuse what the contract refuses.
	for name, pair := range map[string][2]*cmttypes.Vote{
		"same block":   {va, rawB(later)},
		"other height": {va, rawB(vote(addr, pre, h+1, r, blockID("y")))},
		"other type":   {va, rawB(vote(addr, cmtproto.PrecommitType, h, r, blockID("y")))},
		"other key":    {va, signRaw(t, other.pv.Key.PrivKey, testChainID, vote(addr, pre, h, r, blockID("y")))},
	} {
		if _, err := contracts.DoubleVoteFromVotes(testChainID, pair[0], pair[1]); !errors.Is(err, contracts.ErrNotDoubleVote) {
			t.Errorf("DoubleVoteFromVotes(%s): %v, want ErrNotDoubleVote", name, err)
		}
	}

	// The valid evidence slashes, once.
	e.Must(e.Users[7], e.Slasher, nil, e.SlasherABI.PackSubmitDoubleVote(good.VoteA, good.SigA, good.VoteB, good.SigB))
	e.Reverts(submitDoubleVote(e, e.Users[7], good), "EvidenceAlreadyUsed")
}

// TestVoteSignBytesLayout pins the canonical vote layout the Slasher reads
// (docs/protocol.md section 13) to CometBFT's encoder.
func TestVoteSignBytesLayout(t *testing.T) {
	bid := blockID("x")
	got := cmttypes.VoteSignBytes("mycel-4242", vote(nil, cmtproto.PrecommitType, 7, 0, bid).ToProto())
	want := []byte{
		0x08, 0x02, // type: precommit
		0x11, 7, 0, 0, 0, 0, 0, 0, 0, // height: sfixed64 7 (round 0 is omitted)
		0x22, 0x48, // block_id, 72 bytes:
		0x0a, 0x20, // hash
	}
	want = append(want, bid.Hash...)
	want = append(want, 0x12, 0x24, 0x08, 0x03, 0x12, 0x20) // part_set_header: total 3, hash
	want = append(want, bid.PartSetHeader.Hash...)
	ts := binary.AppendUvarint([]byte{0x08}, uint64(voteTime.Unix())) // timestamp: seconds, nanos
	ts = binary.AppendUvarint(append(ts, 0x10), 123456789)
	want = append(append(want, 0x2a, byte(len(ts))), ts...)
	want = append(append(want, 0x32, 10), "mycel-4242"...) // chain_id
	if want = delimit(want); string(got) != string(want) {
		t.Fatalf("sign bytes\n got %x\nwant %x", got, want)
	}
	if nilVote := cmttypes.VoteSignBytes("c", vote(nil, cmtproto.PrevoteType, 1, 2, cmttypes.BlockID{}).ToProto()); nilVote[1] != 0x08 ||
		nilVote[1+2+9+9] != 0x2a { // type, height, round, then straight to the timestamp: a nil block id is absent
		t.Fatalf("nil vote %x", nilVote)
	}
	if s := contracts.CometChainID(4242); s != "mycel-4242" {
		t.Fatal(s)
	}
}

// voteHarness is the CometVotes reader on a simulated chain.
type voteHarness struct {
	e    *te.Env
	h    *bindings.CometVoteHarness
	addr common.Address
}

func newVoteHarness(t testing.TB) *voteHarness {
	e := te.New(t, 0, nil)
	t.Cleanup(e.Close)
	addr, _, err := bind2Deploy(e, bindings.CometVoteHarnessMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	return &voteHarness{e: e, h: bindings.NewCometVoteHarness(), addr: addr}
}

// parse runs CometVotes.parse: the vote, or the revert's name.
func (vh *voteHarness) parse(signBytes []byte) (bindings.CometVote, string) {
	out, err := bind2Call(vh.e, vh.addr, vh.h.PackParse(signBytes))
	if err != nil {
		return bindings.CometVote{}, contracts.RevertName(err)
	}
	v, err := vh.h.UnpackParse(out)
	if err != nil {
		panic(err)
	}
	return v, ""
}

// goVote decodes sign bytes with CometBFT's own protobuf code: ok is false
// unless the length prefix is exact and the body decodes.
func goVote(signBytes []byte) (v cmtproto.CanonicalVote, ok bool) {
	n, k := binary.Uvarint(signBytes)
	if k <= 0 || n != uint64(len(signBytes)-k) {
		return v, false
	}
	return v, v.Unmarshal(signBytes[k:]) == nil
}

// blockKey is CometVotes' block id key of a decoded vote.
func blockKey(b *cmtproto.CanonicalBlockID) [32]byte {
	var hash, partsHash [32]byte
	var hashLen, total, partsLen uint64
	if b != nil {
		hashLen, total, partsLen = uint64(len(b.Hash)), uint64(b.PartSetHeader.Total), uint64(len(b.PartSetHeader.Hash))
		copy(hash[:], b.Hash)
		copy(partsHash[:], b.PartSetHeader.Hash)
	}
	word := func(x uint64) []byte { return common.LeftPadBytes(new(big.Int).SetUint64(x).Bytes(), 32) }
	parts := crypto.Keccak256(word(total), word(partsLen), partsHash[:])
	return crypto.Keccak256Hash(word(hashLen), hash[:], parts)
}

// FuzzCometVote checks the Solidity vote reader against CometBFT's
// decoder: whatever the contract accepts, CometBFT decodes to the same
// type, height, round, block id and chain id; every vote CometBFT can sign
// (its canonical encoding of a prevote or precommit) the contract accepts;
// and it never reverts with anything but its own errors.
func FuzzCometVote(f *testing.F) {
	addr := secp256k1.GenPrivKeySecp256k1([]byte("fuzz")).PubKey().Address()
	for _, v := range []*cmttypes.Vote{
		vote(addr, cmtproto.PrevoteType, 1, 0, blockID("a")),
		vote(addr, cmtproto.PrecommitType, 1<<40, 7, cmttypes.BlockID{}),
		vote(addr, cmtproto.PrecommitType, 3, 1<<30, cmttypes.BlockID{Hash: tmhash.Sum(nil)}),
		vote(addr, cmtproto.PrevoteType, 9, 0, cmttypes.BlockID{PartSetHeader: cmttypes.PartSetHeader{Total: 1 << 31}}),
	} {
		f.Add(cmttypes.VoteSignBytes(testChainID, v.ToProto()))
	}
	f.Add(cmttypes.ProposalSignBytes(testChainID, cmttypes.NewProposal(4, 0, -1, blockID("p"), voteTime).ToProto()))
	ext := vote(addr, cmtproto.PrecommitType, 4, 0, blockID("e"))
	ext.Extension = []byte{1, 2, 3}
	f.Add(cmttypes.VoteExtensionSignBytes(testChainID, ext.ToProto()))
	f.Add([]byte{})
	f.Add([]byte{0x0e, 0x08, 0x01, 0x11, 1, 0, 0, 0, 0, 0, 0, 0, 0x32, 1, 'a', 0x2a, 0x00})
	vh := newVoteHarness(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 1024 {
			return
		}
		vh.e.T = t
		got, revert := vh.parse(data)
		want, decoded := goVote(data)
		if revert == "" {
			if !decoded {
				t.Fatalf("%x: the contract accepts what CometBFT cannot decode", data)
			}
			chain := crypto.Keccak256Hash([]byte(want.ChainID))
			if got.MsgType != uint8(want.Type) || int64(got.Height) != want.Height || int64(got.Round) != want.Round ||
				got.BlockKey != blockKey(want.BlockID) || got.ChainIdHash != chain {
				t.Fatalf("%x: the contract reads %+v, CometBFT %+v", data, got, want)
			}
			return
		}
		switch revert {
		case "MalformedVote", "MissingVoteField", "NotAVote":
		default:
			t.Fatalf("%x: revert %q", data, revert)
		}
		if !decoded {
			return
		}
		canonical, err := protoio.MarshalDelimited(&want)
		signable := (want.Type == cmtproto.PrevoteType || want.Type == cmtproto.PrecommitType) && want.Height > 0 &&
			want.Round >= 0 && want.Round < 1<<31 && want.ChainID != "" &&
			(want.BlockID == nil || (len(want.BlockID.Hash)%32 == 0 && len(want.BlockID.Hash) <= 32 &&
				len(want.BlockID.PartSetHeader.Hash)%32 == 0 && len(want.BlockID.PartSetHeader.Hash) <= 32))
		if err == nil && bytes.Equal(canonical, data) && signable {
			t.Fatalf("%x: a vote CometBFT could sign is refused: %s", data, revert)
		}
	})
}
