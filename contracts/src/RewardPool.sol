// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BLSRegistry} from "./BLSRegistry.sol";
import {BatchRecord, Rollup} from "./Rollup.sol";
import {StakingRegistry} from "./StakingRegistry.sol";

/// @title RewardPool
/// @notice Anyone (an agent recruiting operators, say) funds the pool; each
/// finalized batch pays `rewardPerBatch` wei (or what is left, if less) plus
/// the batch's L2 fees (released by the Rollup, docs/protocol.md section 5)
/// to the operators whose consensus keys signed its certificate, pro rata to
/// the stake each signed with; a signer slashed since (jailed) gets nothing.
/// Operators claim what they are owed. Fixed at deployment; no admin can move
/// the pool.
contract RewardPool {
    error AlreadyDistributed();
    error BatchNotFinalized(uint256 batchIndex);
    error SignersMismatch();
    error NothingToClaim();
    error TransferFailed();
    error Reentrancy();

    event Funded(address indexed from, uint256 amount);
    /// `amount` is the wei credited to the signers' owners: the reward and
    /// `fees`, the batch's L2 fees, less rounding (which stays in the pool).
    event RewardsDistributed(uint256 indexed batchIndex, uint256 amount, uint256 fees);
    event RewardClaimed(address indexed operator, uint256 amount);

    Rollup public immutable rollup;
    StakingRegistry public immutable staking;
    /// The BLS sets that name the signers of BLS-certified batches
    /// (distributeBLS; ADR 031).
    BLSRegistry public immutable bls;
    uint256 public immutable rewardPerBatch;

    uint256 public allocated; // owed to operators, not yet claimed
    mapping(address owner => uint256) public owed;
    mapping(uint256 batchIndex => bool) public distributed;

    bool transient _locked;

    constructor(address rollup_, address staking_, address bls_, uint256 rewardPerBatch_) {
        rollup = Rollup(rollup_);
        staking = StakingRegistry(staking_);
        bls = BLSRegistry(bls_);
        rewardPerBatch = rewardPerBatch_;
    }

    /// Funding; the Rollup's fee payments (collectFees) are not funding.
    receive() external payable {
        if (msg.sender != address(rollup)) emit Funded(msg.sender, msg.value);
    }

    function fund() external payable {
        emit Funded(msg.sender, msg.value);
    }

    /// @notice Credits batch `batchIndex`'s reward and its L2 fees (collected
    /// from the Rollup) to its signers. `signers` and `stakes` are the
    /// certificate's signers and their stakes, as hashed at commit
    /// (BatchCommitted; StakingRegistry.verifyCertificate); `headerHash` and
    /// `rec` are the batch's header hash and record (BatchCommitted), whose
    /// signers hash must be theirs. Anyone may call,
    /// once per finalized batch. The reward comes from the pool's funding
    /// (what is not yet owed); the fees come in full, whatever the funding.
    function distribute(
        uint256 batchIndex,
        bytes32 headerHash,
        BatchRecord calldata rec,
        address[] calldata signers,
        uint256[] calldata stakes
    ) external {
        if (signers.length != stakes.length) revert SignersMismatch();
        _checkSigners(batchIndex, headerHash, rec, signersHashOf(signers, stakes));
        address[] memory owners = new address[](signers.length);
        for (uint256 i = 0; i < signers.length; i++) {
            owners[i] = staking.operatorOf(signers[i]);
        }
        _distribute(batchIndex, headerHash, rec, owners, stakes);
    }

    /// @notice distribute for a batch committed with a BLS certificate
    /// (the Rollup's certifier is the BLSRegistry): `epoch` and `bitmap`
    /// are the certificate's (BatchCommitted's transaction), whose hash the
    /// Rollup recorded; the signers' owners and stakes come from the
    /// epoch's published set (BLSRegistry.signersOf).
    function distributeBLS(
        uint256 batchIndex,
        bytes32 headerHash,
        BatchRecord calldata rec,
        uint64 epoch,
        bytes calldata bitmap
    ) external {
        _checkSigners(batchIndex, headerHash, rec, keccak256(abi.encodePacked(epoch, bitmap)));
        (address[] memory owners, uint256[] memory stakes) = bls.signersOf(epoch, bitmap);
        _distribute(batchIndex, headerHash, rec, owners, stakes);
    }

    function _checkSigners(uint256 batchIndex, bytes32 headerHash, BatchRecord calldata rec, bytes32 signersHash)
        internal
        view
    {
        if (distributed[batchIndex]) revert AlreadyDistributed();
        (bool finalized, bool matches,) = rollup.finalizedBatch(batchIndex, headerHash, rec);
        if (!finalized) revert BatchNotFinalized(batchIndex);
        if (!matches || rec.signersHash != signersHash) revert SignersMismatch();
    }

    function _distribute(
        uint256 batchIndex,
        bytes32 headerHash,
        BatchRecord calldata rec,
        address[] memory owners,
        uint256[] memory stakes
    ) internal {
        distributed[batchIndex] = true;
        uint256 available = address(this).balance - allocated; // funding, before the fees arrive
        uint256 reward = rewardPerBatch < available ? rewardPerBatch : available;
        uint256 fees = rollup.collectFees(batchIndex, headerHash, rec);
        uint256 paid = _credit(owners, stakes, reward + fees);
        allocated += paid;
        emit RewardsDistributed(batchIndex, paid, fees);
    }

    function _credit(address[] memory owners, uint256[] memory stakes, uint256 amount)
        internal
        returns (uint256 paid)
    {
        uint256 sum;
        for (uint256 i = 0; i < stakes.length; i++) {
            sum += stakes[i];
        }
        // A slashed (jailed) operator earns nothing from the moment of the
        // slash, for batches it signed before too: its share stays in the
        // pool for later batches.
        for (uint256 i = 0; i < owners.length; i++) {
            address owner = owners[i];
            if (owner == address(0) || staking.isJailed(owner)) continue;
            uint256 share = amount * stakes[i] / sum;
            owed[owner] += share;
            paid += share;
        }
    }

    /// @notice keccak256 over the (signer, stake) pairs as 32-byte words.
    function signersHashOf(address[] calldata signers, uint256[] calldata stakes) public pure returns (bytes32) {
        bytes memory buf = new bytes(signers.length * 64);
        for (uint256 i = 0; i < signers.length; i++) {
            address s = signers[i];
            uint256 st = stakes[i];
            assembly ("memory-safe") {
                let p := add(add(buf, 0x20), mul(i, 0x40))
                mstore(p, s)
                mstore(add(p, 0x20), st)
            }
        }
        return keccak256(buf);
    }

    /// @notice Pays the caller (an operator's owner address) what it is owed.
    function claim() external {
        if (_locked) revert Reentrancy();
        _locked = true;
        uint256 amount = owed[msg.sender];
        if (amount == 0) revert NothingToClaim();
        owed[msg.sender] = 0;
        allocated -= amount;
        emit RewardClaimed(msg.sender, amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
        _locked = false;
    }
}
