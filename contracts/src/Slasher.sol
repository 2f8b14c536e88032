// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchHeader, Rollup} from "./Rollup.sol";
import {BLSRegistry} from "./BLSRegistry.sol";
import {StakingRegistry} from "./StakingRegistry.sol";
import {CometVote, CometVotes} from "./CometVote.sol";
import {ReputationRegistry} from "./ReputationRegistry.sol";

/// @title Slasher
/// @notice Automatic slashing on evidence of equivocation, of two kinds:
///  - attestations (`submitEquivocation`): two different batch attestations
///    for the same batch index signed by one consensus key, checked against
///    the Rollup's EIP-712 domain; or signed by one BLS key of a published
///    set (`submitBLSEquivocation`, ADR 031), whose validator then also
///    leaves the current epoch's BLS certificates;
///  - CometBFT double votes (`submitDoubleVote`): two prevotes, or two
///    precommits, for different block ids at the same height and round of
///    the mycel chain, signed by one consensus key.
/// Either way the StakingRegistry slashes `slashBps` of the operator's
/// bonded and still-unbonding stake, jails it (its stake stops counting at
/// once) and pays `reporterRewardBps` of the slashed amount to the reporter
/// (the rest is burned). Each piece of evidence is punished once: an attestation per
/// (key, launch, batch index), a vote per (key, chain id, height, round, vote type).
/// A slashed operator that is an ERC-8004 agent also gets protocol-sourced
/// feedback in the ReputationRegistry, from the Slasher as client: tag1
/// "slashed", tag2 the evidence kind ("equivocation" or "double-vote"), value
/// minus the share slashed (2 decimals: -10.00 for 10%), feedbackHash the
/// evidence key. The parameters are fixed at deployment; there is no admin.
contract Slasher {
    error DifferentBatchIndex();
    error IdenticalAttestations();
    error SignersDiffer(address a, address b);
    error UnknownSigner(address signer);
    error EvidenceAlreadyUsed();
    error NothingToSlash();
    /// Vote `vote` (0 or 1) is for another CometBFT chain than cometChainId().
    error WrongVoteChainId(uint256 vote);
    error DifferentVoteType();
    error DifferentHeight();
    error DifferentRound();
    error SameBlockId();
    /// Too little gas left to record the slash in the ReputationRegistry.
    error InsufficientGas();
    /// The two votes are for different CometBFT chain ids.
    error DifferentVoteChainId();
    /// BLS attestation `which` (0 or 1) is not the validator's signature.
    error InvalidBLSSignature(uint256 which);

    event EquivocationSlashed(
        address indexed signer, uint64 indexed batchIndex, address indexed reporter, uint256 amount, uint256 reward
    );
    /// A double vote was slashed: `voteType` 1 (prevote) or 2 (precommit)
    /// at `height` and `round` of the mycel chain.
    event DoubleVoteSlashed(
        address indexed signer,
        uint64 indexed height,
        address indexed reporter,
        uint32 round,
        uint8 voteType,
        uint256 amount,
        uint256 reward
    );

    StakingRegistry public immutable staking;
    Rollup public immutable rollup;
    uint256 public immutable slashBps;
    uint256 public immutable reporterRewardBps;
    /// keccak256 of cometChainId(): votes count on that chain and on its
    /// launches, cometChainId() + "-" + a tag (docs/protocol.md section 9.7).
    bytes32 public immutable cometChainIdHash;
    uint256 internal immutable _cometChainIdLen;
    /// Where slashes of agents are recorded (zero: nowhere).
    ReputationRegistry public immutable reputation;
    /// The BLS keys and sets (ADR 031) that BLS evidence is checked against.
    BLSRegistry public immutable bls;

    /// Gas kept for the feedback call, so that a reporter cannot starve it
    /// and slash without the record.
    uint256 internal constant FEEDBACK_GAS = 400_000;

    mapping(bytes32 => bool) public evidenceUsed;

    constructor(
        address staking_,
        address rollup_,
        address reputation_,
        address bls_,
        uint256 slashBps_,
        uint256 reporterRewardBps_
    ) {
        require(slashBps_ > 0 && slashBps_ <= 10_000 && reporterRewardBps_ <= 10_000, "bad bps");
        staking = StakingRegistry(staking_);
        rollup = Rollup(rollup_);
        reputation = ReputationRegistry(reputation_);
        bls = BLSRegistry(bls_);
        slashBps = slashBps_;
        reporterRewardBps = reporterRewardBps_;
        bytes memory id = bytes(_cometChainId(Rollup(rollup_).l2ChainId()));
        cometChainIdHash = keccak256(id);
        _cometChainIdLen = id.length;
    }

    /// @notice The CometBFT chain id prefix of the mycel chain this Slasher
    /// watches: "mycel-" and the Rollup's L2 chain id in decimal. Votes
    /// count on that chain id and on its launches, the chain id followed by
    /// "-" and a non-empty tag (what `mycel init` writes: "mycel-4242-3f9c1a2b"),
    /// both votes on the same one; every rollup node checks its chain id at
    /// InitChain. Votes for any other chain id are refused.
    function cometChainId() external view returns (string memory) {
        return _cometChainId(rollup.l2ChainId());
    }

    /// @notice Slashes the key that signed both `a` (signature `sigA`) and `b`
    /// (`sigB`): two different headers with the same batch index, both
    /// attested for L2 launch `launch` (Rollup.attestationDigest). Any launch
    /// counts: an honest key signs one header per (launch, index), and the
    /// attestations of two launches (a relaunch against this Rollup) never
    /// conflict. Each (signer, launch, index) is punished once.
    function submitEquivocation(
        bytes32 launch,
        BatchHeader calldata a,
        bytes calldata sigA,
        BatchHeader calldata b,
        bytes calldata sigB
    ) external returns (uint256 amount, uint256 reward) {
        (bytes32 da, bytes32 db) = _conflicting(launch, a, b);
        address sa = staking.recoverStrict(da, sigA, 0);
        address sb = staking.recoverStrict(db, sigB, 1);
        if (sa != sb) revert SignersDiffer(sa, sb);
        (amount, reward) = _slash(sa, keccak256(abi.encode("attestation", sa, launch, a.batchIndex)), "equivocation");
        emit EquivocationSlashed(sa, a.batchIndex, msg.sender, amount, reward);
    }

    /// BLS equivocation evidence against validator `index` of `epoch`'s set:
    /// its 128-byte G1 signatures of two attestation digests.
    struct BLSEvidence {
        uint64 epoch;
        uint256 index;
        bytes sigA;
        bytes sigB;
    }

    /// @notice Slashes validator `ev.index` of `ev.epoch`'s BLS set
    /// (BLSRegistry) for signing both `a` (`ev.sigA`) and `b` (`ev.sigB`):
    /// G1 signatures of the two headers' attestation digests for launch
    /// `launch` (what vote extensions carry), two different headers with
    /// the same batch index, as submitEquivocation. The evidence key is the
    /// operator's consensus key's, so one equivocation is punished once
    /// whichever kind of signature shows it. If the epoch is the current one
    /// the validator is also excluded from its certificates at once
    /// (BLSRegistry.excludeSlashed), as a slashed ECDSA signer is.
    function submitBLSEquivocation(
        bytes32 launch,
        BatchHeader calldata a,
        BatchHeader calldata b,
        BLSEvidence calldata ev
    ) external returns (uint256 amount, uint256 reward) {
        (bytes32 da, bytes32 db) = _conflicting(launch, a, b);
        address signer = _blsSigner(ev, da, db);
        (amount, reward) =
            _slash(signer, keccak256(abi.encode("attestation", signer, launch, a.batchIndex)), "equivocation");
        if (ev.epoch == bls.currentEpoch() && bls.excludedOf(ev.epoch) >> ev.index & 1 == 0) {
            bls.excludeSlashed(ev.index);
        }
        emit EquivocationSlashed(signer, a.batchIndex, msg.sender, amount, reward);
    }

    /// The attestation digests of two headers that conflict: the same
    /// batch index, different headers (either kind of evidence).
    function _conflicting(bytes32 launch, BatchHeader calldata a, BatchHeader calldata b)
        internal
        view
        returns (bytes32 da, bytes32 db)
    {
        if (a.batchIndex != b.batchIndex) revert DifferentBatchIndex();
        da = rollup.attestationDigest(launch, a);
        db = rollup.attestationDigest(launch, b);
        if (da == db) revert IdenticalAttestations();
    }

    /// The consensus key of the operator whose BLS key signed both digests.
    function _blsSigner(BLSEvidence calldata ev, bytes32 da, bytes32 db) internal view returns (address) {
        (bool okA, address owner) = bls.verifyValidatorSignature(ev.epoch, ev.index, da, ev.sigA);
        if (!okA) revert InvalidBLSSignature(0);
        (bool okB,) = bls.verifyValidatorSignature(ev.epoch, ev.index, db, ev.sigB);
        if (!okB) revert InvalidBLSSignature(1);
        return staking.operators(owner).signer;
    }

    /// @notice Slashes the key that signed two conflicting CometBFT votes
    /// (CometBFT's DuplicateVoteEvidence): `voteA` and `voteB` are the votes'
    /// canonical sign bytes (`types.VoteSignBytes(chainID, vote)`,
    /// docs/protocol.md section 13), both prevotes or both precommits, for
    /// the same height and round of cometChainId(), for different block ids
    /// (nil counts as one). `sigA` and `sigB` are the secp256k1 signatures
    /// CometBFT made of sha256(vote): its 64 bytes r || s (low s) followed by
    /// v = 27 or 28, which the submitter finds (Go:
    /// contracts.DoubleVoteFromEvidence). Both must recover to one registered
    /// signer. Each (signer, chain id, height, round, type) is punished once.
    function submitDoubleVote(bytes calldata voteA, bytes calldata sigA, bytes calldata voteB, bytes calldata sigB)
        external
        returns (uint256 amount, uint256 reward)
    {
        CometVote memory a = CometVotes.parse(voteA, 0);
        CometVote memory b = CometVotes.parse(voteB, 1);
        if (!_isMycelChain(voteA, a)) revert WrongVoteChainId(0);
        if (!_isMycelChain(voteB, b)) revert WrongVoteChainId(1);
        if (a.chainIdHash != b.chainIdHash) revert DifferentVoteChainId();
        if (a.msgType != b.msgType) revert DifferentVoteType();
        if (a.height != b.height) revert DifferentHeight();
        if (a.round != b.round) revert DifferentRound();
        if (a.blockKey == b.blockKey) revert SameBlockId();
        address sa = staking.recoverStrict(sha256(voteA), sigA, 0);
        address sb = staking.recoverStrict(sha256(voteB), sigB, 1);
        if (sa != sb) revert SignersDiffer(sa, sb);
        (amount, reward) =
            _slash(sa, keccak256(abi.encode("vote", sa, a.chainIdHash, a.height, a.round, a.msgType)), "double-vote");
        emit DoubleVoteSlashed(sa, a.height, msg.sender, a.round, a.msgType, amount, reward);
    }

    function _slash(address signer, bytes32 key, string memory kind) internal returns (uint256 amount, uint256 reward) {
        address owner = staking.operatorOf(signer);
        if (owner == address(0)) revert UnknownSigner(signer);
        if (evidenceUsed[key]) revert EvidenceAlreadyUsed();
        evidenceUsed[key] = true;
        // Read before the slash: a 100% slash ends the identity's link.
        uint256 agentId = staking.operators(owner).agentId;
        (amount, reward) = staking.slash(signer, slashBps, msg.sender, reporterRewardBps);
        if (amount == 0) revert NothingToSlash();
        if (agentId != 0 && address(reputation) != address(0)) {
            if (gasleft() < FEEDBACK_GAS + FEEDBACK_GAS / 63) revert InsufficientGas();
            // A registry that refuses (the agent burned its identity, say)
            // does not stop the slash.
            try reputation.giveFeedback{gas: FEEDBACK_GAS}(
                agentId, -int128(int256(slashBps)), 2, "slashed", kind, "", "", key
            ) {} catch {}
        }
    }

    /// Whether vote's chain id is cometChainId(), or it followed by "-" and a
    /// non-empty launch tag.
    function _isMycelChain(bytes calldata vote, CometVote memory v) internal view returns (bool) {
        uint256 n = _cometChainIdLen;
        uint256 len = v.chainIdEnd - v.chainIdStart;
        if (len < n || keccak256(vote[v.chainIdStart:v.chainIdStart + n]) != cometChainIdHash) return false;
        return len == n || (len > n + 1 && vote[v.chainIdStart + n] == "-");
    }

    /// "mycel-" and id in decimal.
    function _cometChainId(uint64 id) internal pure returns (string memory) {
        bytes memory digits = new bytes(20);
        uint256 i = 20;
        do {
            digits[--i] = bytes1(uint8(48 + id % 10));
            id /= 10;
        } while (id != 0);
        bytes memory out = new bytes(20 - i);
        for (uint256 j; j < out.length; j++) {
            out[j] = digits[i + j];
        }
        return string.concat("mycel-", string(out));
    }
}
