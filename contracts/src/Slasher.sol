// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BatchHeader, Rollup} from "./Rollup.sol";
import {StakingRegistry} from "./StakingRegistry.sol";

/// @title Slasher
/// @notice Automatic slashing on evidence of equivocation. Anyone submits two
/// different batch attestations for the same batch index signed by one
/// consensus key; the Slasher checks both signatures against the Rollup's
/// EIP-712 domain and has the StakingRegistry slash `slashBps` of the
/// operator's bonded and still-unbonding stake, jail it from the next epoch
/// and pay `reporterRewardBps` of the slashed amount to the reporter (the
/// rest is burned). Each (key, batch index) pair is punished once.
/// The parameters are fixed at deployment; there is no admin.
contract Slasher {
    error DifferentBatchIndex();
    error IdenticalAttestations();
    error SignersDiffer(address a, address b);
    error UnknownSigner(address signer);
    error EvidenceAlreadyUsed();
    error NothingToSlash();
    error DoubleVoteEvidenceUnsupported();

    event EquivocationSlashed(
        address indexed signer, uint64 indexed batchIndex, address indexed reporter, uint256 amount, uint256 reward
    );

    StakingRegistry public immutable staking;
    Rollup public immutable rollup;
    uint256 public immutable slashBps;
    uint256 public immutable reporterRewardBps;

    mapping(bytes32 => bool) public evidenceUsed;

    constructor(address staking_, address rollup_, uint256 slashBps_, uint256 reporterRewardBps_) {
        require(slashBps_ > 0 && slashBps_ <= 10_000 && reporterRewardBps_ <= 10_000, "bad bps");
        staking = StakingRegistry(staking_);
        rollup = Rollup(rollup_);
        slashBps = slashBps_;
        reporterRewardBps = reporterRewardBps_;
    }

    /// @notice Slashes the key that signed both `a` (signature `sigA`) and `b`
    /// (`sigB`): two different headers with the same batch index.
    function submitEquivocation(
        BatchHeader calldata a,
        bytes calldata sigA,
        BatchHeader calldata b,
        bytes calldata sigB
    ) external returns (uint256 amount, uint256 reward) {
        if (a.batchIndex != b.batchIndex) revert DifferentBatchIndex();
        bytes32 da = rollup.attestationDigest(a);
        bytes32 db = rollup.attestationDigest(b);
        if (da == db) revert IdenticalAttestations();
        address sa = staking.recoverStrict(da, sigA, 0);
        address sb = staking.recoverStrict(db, sigB, 1);
        if (sa != sb) revert SignersDiffer(sa, sb);
        return _slash(sa, keccak256(abi.encode("attestation", sa, a.batchIndex)), a.batchIndex);
    }

    /// @notice Reserved for CometBFT double-vote evidence: two conflicting
    /// prevotes or precommits for one height and round. CometBFT's secp256k1
    /// keys sign sha256 of the canonical vote bytes with 64-byte (r, s)
    /// signatures, so a future version checks them with ecrecover (trying
    /// v = 27 and 28 against the registered key) after parsing the two votes;
    /// it then calls _slash with the key (signer, height, round) so each
    /// double vote is punished once. Not implemented in this version.
    function submitDoubleVote(bytes calldata, bytes calldata, bytes calldata, bytes calldata) external pure {
        revert DoubleVoteEvidenceUnsupported();
    }

    function _slash(address signer, bytes32 key, uint64 batchIndex) internal returns (uint256 amount, uint256 reward) {
        if (staking.operatorOf(signer) == address(0)) revert UnknownSigner(signer);
        if (evidenceUsed[key]) revert EvidenceAlreadyUsed();
        evidenceUsed[key] = true;
        (amount, reward) = staking.slash(signer, slashBps, msg.sender, reporterRewardBps);
        if (amount == 0) revert NothingToSlash();
        emit EquivocationSlashed(signer, batchIndex, msg.sender, amount, reward);
    }
}
