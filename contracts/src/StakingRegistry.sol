// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {ICertifier} from "./ICertifier.sol";

/// @notice The part of an ERC-8004 identity registry (ERC-721) that staking
/// reads. A registry without `getAgentWallet` works too: then only owners
/// link identities.
interface IIdentityRegistry {
    function ownerOf(uint256 agentId) external view returns (address);
    function getAgentWallet(uint256 agentId) external view returns (address);
}

/// @title StakingRegistry
/// @notice Open operator staking for mycel's sequencer set. Anyone registers
/// an operator (human, or an agent linked to an ERC-8004 identity it
/// controls) with a secp256k1 consensus key, a proof of possession and
/// at least `minStake` wei. Stake changes take effect at the next epoch
/// boundary: quorum checks read the snapshot of the current epoch. Unbonding
/// waits `unbondingDelay` seconds and stays slashable until then. Only the
/// Slasher (fixed at deployment) can slash; no one else can move stake.
///
/// Agent identities. An operator's owner *controls* an identity while it
/// owns the token or is the agentWallet ERC-8004 designates for it
/// (`getAgentWallet`: set by the owner with the wallet's signature, cleared
/// on transfer). Addresses merely approved for the token, or approved for
/// all the owner's tokens, do not: a marketplace holding an approval cannot
/// squat an identity. An identity links to at most one operator and an
/// operator to at most one identity (`agentOperator[id] == owner` exactly
/// when `operators(owner).agentId == id`). Only a controller links
/// (`register`, `linkAgent`). A link is *valid* (`agentLinkValid`) while the
/// linked owner still controls the identity; a transfer therefore makes the
/// old link stale (unless the new owner is the linked operator), and whoever
/// controls the identity then may take the stale link over, so a transfer
/// never strands an identity. The link is cleared when its operator exits:
/// it holds no stake any more (bonded, unbonding and withdrawable all zero,
/// after `withdraw` or a slash of everything), and the identity can be
/// linked again.
contract StakingRegistry is ICertifier {
    enum Kind {
        Human,
        Agent
    }

    /// Why a link ended (AgentUnlinked).
    enum UnlinkReason {
        Exited, // the operator holds no stake any more
        Stale, // its owner no longer controlled the identity; a controller took it over
        Relinked // the operator linked another identity (linkAgent)
    }

    struct Operator {
        address signer; // consensus key as an Ethereum address (keccak of the 64-byte public key)
        Kind kind;
        bool jailed; // slashed: out at once (stake 0 from the current epoch), can never stake again
        uint64 listPos; // 1 + its index in operatorList while it holds stake; 0 once it exited
        uint256 agentId; // the linked identity; 0 for humans and for agents whose link ended
        uint256 bonded; // wei counted from the next epoch
        uint256 unbonding; // wei waiting for unbondingEnd, still slashable
        uint64 unbondingEnd;
        uint256 withdrawable; // wei whose unbonding ended: no longer slashable, paid by withdraw
    }

    error BelowMinimumStake(uint256 value, uint256 minimum);
    error AlreadyRegistered();
    error NotRegistered();
    error KeyAlreadyRegistered(address signer);
    error InvalidProofOfPossession();
    error BadPublicKey();
    error NotAgentOwner(uint256 agentId);
    error AgentAlreadyLinked(uint256 agentId);
    error HumanWithAgentId();
    error NotAgent();
    error Jailed();
    error ZeroAmount();
    error InsufficientBonded(uint256 bonded, uint256 requested);
    error NothingToWithdraw();
    error UnbondingNotOver(uint64 unbondingEnd);
    error OnlySlasher();
    error TransferFailed();
    error Reentrancy();
    error BadSignatureLength();
    error EmptyCertificate();
    error HighS(uint256 index);
    error BadV(uint256 index);
    error InvalidSignature(uint256 index);
    error SignersNotAscending(uint256 index);
    error UnknownSigner(address signer);
    error StakeTooLarge();

    event OperatorRegistered(
        address indexed owner,
        address indexed signer,
        Kind kind,
        uint256 indexed agentId,
        bytes publicKey,
        uint256 stake,
        uint64 effectiveEpoch
    );
    /// Emitted on every change of an operator's bonded stake; `effectiveEpoch`
    /// is the first epoch whose quorum snapshot uses `bonded`.
    event StakeChanged(address indexed owner, address indexed signer, uint256 bonded, uint64 effectiveEpoch);
    event UnbondRequested(address indexed owner, uint256 amount, uint256 unbonding, uint64 unbondingEnd);
    event Withdrawn(address indexed owner, uint256 amount);
    /// The operator of `owner` linked identity `agentId` (register or linkAgent).
    event AgentLinked(uint256 indexed agentId, address indexed owner);
    /// The link of `agentId` to the operator of `owner` ended; the identity
    /// can be linked again by whoever controls it.
    event AgentUnlinked(uint256 indexed agentId, address indexed owner, UnlinkReason reason);
    event Slashed(
        address indexed owner, address indexed signer, uint256 amount, address indexed reporter, uint256 reward
    );

    /// secp256k1 order / 2: signatures with a larger s are rejected (EIP-2).
    uint256 internal constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;
    uint256 internal constant MASK112 = (1 << 112) - 1;
    uint256 public constant BPS = 10_000;

    IIdentityRegistry public immutable identity;
    address public immutable slasher;
    uint256 public immutable minStake;
    uint64 public immutable unbondingDelay;
    uint64 public immutable epochDuration;
    uint64 public immutable genesisTime;

    mapping(address owner => Operator) internal _operators;
    mapping(address signer => address owner) public operatorOf;
    mapping(uint256 agentId => address owner) public agentOperator;
    /// Per-signer quorum snapshot, one slot: changeEpoch (32 bits) | prev (112) | next (112).
    /// Stake at epoch e is `next` if e >= changeEpoch, else `prev`.
    mapping(address signer => uint256) internal _snap;
    uint256 internal _totalSnap;
    uint256 public totalHeld; // bonded + unbonding of all operators, wei
    /// The owners of every operator that holds stake (bonded, unbonding or
    /// withdrawable): appended by `register` (and by `addStake` of an
    /// operator that had exited), removed when its last wei is withdrawn
    /// or slashed (the last entry then takes its place). The order of BLS
    /// validator sets (BLSRegistry), which walk it whole: operators that
    /// exited cost them nothing.
    address[] public operatorList;

    bool transient _locked;

    modifier nonReentrant() {
        if (_locked) revert Reentrancy();
        _locked = true;
        _;
        _locked = false;
    }

    constructor(
        address identity_,
        address slasher_,
        uint256 minStake_,
        uint64 unbondingDelay_,
        uint64 epochDuration_
    ) {
        require(minStake_ > 0 && epochDuration_ > 0, "bad config");
        identity = IIdentityRegistry(identity_);
        slasher = slasher_;
        minStake = minStake_;
        unbondingDelay = unbondingDelay_;
        epochDuration = epochDuration_;
        genesisTime = uint64(block.timestamp);
    }

    // ---- views ----

    function currentEpoch() public view returns (uint64) {
        return (uint64(block.timestamp) - genesisTime) / epochDuration;
    }

    function operators(address owner) external view returns (Operator memory) {
        return _operators[owner];
    }

    /// @notice Whether the operator of `owner` has been slashed (jailed).
    function isJailed(address owner) external view returns (bool) {
        return _operators[owner].jailed;
    }

    /// @notice Stake of `signer` counted by quorum checks in the current epoch.
    function stakeOf(address signer) external view returns (uint256) {
        return _snapAt(_snap[signer], currentEpoch());
    }

    /// @notice Stake of `signer` as it will count in the next epoch.
    function nextStakeOf(address signer) external view returns (uint256) {
        return _snapAt(_snap[signer], currentEpoch() + 1);
    }

    /// @notice Total stake counted by quorum checks in the current epoch.
    function totalStake() external view returns (uint256) {
        return _snapAt(_totalSnap, currentEpoch());
    }

    function nextTotalStake() external view returns (uint256) {
        return _snapAt(_totalSnap, currentEpoch() + 1);
    }

    /// @notice The number of owners in operatorList.
    function operatorCount() external view returns (uint256) {
        return operatorList.length;
    }

    /// @notice The current epoch's quorum snapshot in operatorList's order:
    /// every owner of an operator holding stake and the stake its signer
    /// counts with in this epoch (stakeOf; 0 for operators that are
    /// unbonding all they hold, were jailed or bond only from the next
    /// epoch), and the total (totalStake).
    function epochStakes()
        external
        view
        returns (uint64 epoch, uint256 total, address[] memory owners, uint256[] memory stakes)
    {
        epoch = currentEpoch();
        total = _snapAt(_totalSnap, epoch);
        owners = operatorList;
        stakes = new uint256[](owners.length);
        for (uint256 i = 0; i < owners.length; ++i) {
            stakes[i] = _snapAt(_snap[_operators[owners[i]].signer], epoch);
        }
    }

    /// @notice True if `who` controls identity `agentId`: owns it, or is the
    /// agentWallet its registry designates for it. Approvals do not count.
    function controlsAgent(address who, uint256 agentId) public view returns (bool) {
        if (agentId == 0 || who == address(0)) return false;
        try identity.ownerOf(agentId) returns (address owner) {
            if (owner == address(0)) return false;
            if (owner == who) return true;
        } catch {
            return false;
        }
        try identity.getAgentWallet(agentId) returns (address wallet) {
            return wallet == who;
        } catch {
            return false; // a registry without ERC-8004's agentWallet
        }
    }

    /// @notice True if `agentId` is linked to an operator whose owner still
    /// controls it. A stale link (the identity was transferred, or its
    /// agentWallet changed) stays recorded until a controller takes it over
    /// or its operator exits; only a valid link speaks for the identity.
    function agentLinkValid(uint256 agentId) external view returns (bool) {
        address linked = agentOperator[agentId];
        return linked != address(0) && controlsAgent(linked, agentId);
    }

    /// @notice The digest an operator's consensus key signs (raw, no prefix)
    /// to prove possession when `owner` registers it on this chain and registry.
    function popDigest(address owner) public view returns (bytes32) {
        return keccak256(abi.encodePacked("mycel.pop.v1", block.chainid, address(this), owner));
    }

    // ---- operator actions ----

    /// @notice Registers the caller as an operator with stake msg.value.
    /// @param publicKey the 64-byte uncompressed secp256k1 consensus key (x || y)
    /// @param popSignature 65-byte (r || s || v) signature of popDigest(msg.sender) by that key
    function register(Kind kind, uint256 agentId, bytes calldata publicKey, bytes calldata popSignature)
        external
        payable
    {
        if (msg.value < minStake) revert BelowMinimumStake(msg.value, minStake);
        Operator storage op = _operators[msg.sender];
        if (op.signer != address(0)) revert AlreadyRegistered();
        if (publicKey.length != 64) revert BadPublicKey();
        address signer = address(uint160(uint256(keccak256(publicKey))));
        if (operatorOf[signer] != address(0)) revert KeyAlreadyRegistered(signer);
        if (recoverStrict(popDigest(msg.sender), popSignature, 0) != signer) revert InvalidProofOfPossession();
        if (kind == Kind.Agent) {
            _link(msg.sender, op, agentId);
        } else if (agentId != 0) {
            revert HumanWithAgentId();
        }
        op.signer = signer;
        op.kind = kind;
        operatorOf[signer] = msg.sender;
        _listAdd(msg.sender, op);
        uint64 eff = _setBonded(op, msg.value);
        totalHeld += msg.value;
        emit OperatorRegistered(msg.sender, signer, kind, agentId, publicKey, msg.value, eff);
    }

    /// @notice Links identity `agentId` to the caller's agent operator, which
    /// must be bonded and not jailed: after a transfer brought it an identity,
    /// or after it exited and came back with addStake. The caller must
    /// control the identity, and any link it has must be stale. The caller's
    /// previous identity, if any, is unlinked (Relinked).
    function linkAgent(uint256 agentId) external {
        Operator storage op = _operators[msg.sender];
        if (op.signer == address(0)) revert NotRegistered();
        if (op.kind != Kind.Agent) revert NotAgent();
        if (op.jailed) revert Jailed();
        if (op.bonded == 0) revert BelowMinimumStake(0, minStake);
        uint256 previous = op.agentId;
        if (previous == agentId && agentId != 0) revert AgentAlreadyLinked(agentId);
        if (previous != 0) _unlink(previous, msg.sender, UnlinkReason.Relinked);
        _link(msg.sender, op, agentId);
    }

    /// @notice Adds msg.value to the caller's bonded stake (from the next epoch).
    function addStake() external payable {
        Operator storage op = _operators[msg.sender];
        if (op.signer == address(0)) revert NotRegistered();
        if (op.jailed) revert Jailed();
        if (msg.value == 0) revert ZeroAmount();
        if (op.bonded + msg.value < minStake) revert BelowMinimumStake(op.bonded + msg.value, minStake);
        if (op.listPos == 0) _listAdd(msg.sender, op); // back after an exit
        _setBonded(op, op.bonded + msg.value);
        totalHeld += msg.value;
    }

    /// @notice Moves `amount` from bonded to unbonding. The rest must stay at
    /// least minStake, or be zero (leaving the set from the next epoch). Each
    /// request restarts the unbonding delay for everything unbonding.
    function requestUnbond(uint256 amount) external {
        Operator storage op = _operators[msg.sender];
        if (op.signer == address(0)) revert NotRegistered();
        if (amount == 0) revert ZeroAmount();
        if (amount > op.bonded) revert InsufficientBonded(op.bonded, amount);
        uint256 rest = op.bonded - amount;
        if (rest != 0 && rest < minStake) revert BelowMinimumStake(rest, minStake);
        _settle(op);
        _setBonded(op, rest);
        op.unbonding += amount;
        op.unbondingEnd = uint64(block.timestamp) + unbondingDelay;
        emit UnbondRequested(msg.sender, amount, op.unbonding, op.unbondingEnd);
    }

    /// @notice Pays out the caller's stake whose unbonding delay is over.
    function withdraw() external nonReentrant {
        Operator storage op = _operators[msg.sender];
        _settle(op);
        uint256 amount = op.withdrawable;
        if (amount == 0) {
            if (op.unbonding != 0) revert UnbondingNotOver(op.unbondingEnd);
            revert NothingToWithdraw();
        }
        op.withdrawable = 0;
        totalHeld -= amount;
        emit Withdrawn(msg.sender, amount);
        _releaseIfExited(msg.sender, op);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }

    // ---- quorum ----

    /// @notice Checks a certificate: `sigs` is a concatenation of 65-byte
    /// (r || s || v) secp256k1 signatures of `digest`, ordered by strictly
    /// ascending signer address (so no signer counts twice). Every signer must
    /// hold stake in the current epoch's snapshot. Reverts on any bad
    /// signature; returns the stake that signed, the total stake, and
    /// keccak256 over the (signer, stake) pairs as 32-byte words.
    function verifyCertificate(bytes32 digest, bytes calldata sigs) external view returns (Certified memory c) {
        (c.signedStake, c.total, c.signersHash) = _verifyCertificate(digest, sigs);
    }

    function _verifyCertificate(bytes32 digest, bytes calldata sigs)
        internal
        view
        returns (uint256 signedStake, uint256 total, bytes32 signersHash)
    {
        uint256 n = sigs.length / 65;
        if (n * 65 != sigs.length) revert BadSignatureLength();
        if (n == 0) revert EmptyCertificate();
        uint64 epoch = currentEpoch();
        uint256 buf;
        assembly ("memory-safe") {
            buf := mload(0x40)
            mstore(0x40, add(buf, mul(n, 0x40)))
        }
        address prev;
        for (uint256 i = 0; i < n; i++) {
            address signer = recoverStrict(digest, sigs[i * 65:i * 65 + 65], i);
            if (signer <= prev) revert SignersNotAscending(i);
            prev = signer;
            uint256 stake = _snapAt(_snap[signer], epoch);
            if (stake == 0) revert UnknownSigner(signer);
            signedStake += stake;
            assembly ("memory-safe") {
                let p := add(buf, mul(i, 0x40))
                mstore(p, signer)
                mstore(add(p, 0x20), stake)
            }
        }
        assembly ("memory-safe") {
            signersHash := keccak256(buf, mul(n, 0x40))
        }
        total = _snapAt(_totalSnap, epoch);
    }

    /// @notice ecrecover with the checks every consensus signature needs: 65
    /// bytes, s in the lower half of the order (no malleable twin), v 27 or
    /// 28, and a non-zero result. `index` only labels the error.
    function recoverStrict(bytes32 digest, bytes calldata sig, uint256 index) public pure returns (address signer) {
        if (sig.length != 65) revert BadSignatureLength();
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := calldataload(sig.offset)
            s := calldataload(add(sig.offset, 0x20))
            v := byte(0, calldataload(add(sig.offset, 0x40)))
        }
        if (uint256(s) > HALF_N) revert HighS(index);
        if (v != 27 && v != 28) revert BadV(index);
        signer = ecrecover(digest, v, r, s);
        if (signer == address(0)) revert InvalidSignature(index);
    }

    // ---- slashing ----

    /// @notice Slashes `bps` of the operator's bonded and still-unbonding
    /// stake, jails it (out of the set from the next epoch, the rest of its
    /// bond starts unbonding), pays `rewardBps` of the slashed amount to
    /// `reporter` and burns the rest. Only the Slasher calls this.
    function slash(address signer, uint256 bps, address reporter, uint256 rewardBps)
        external
        nonReentrant
        returns (uint256 amount, uint256 reward)
    {
        if (msg.sender != slasher) revert OnlySlasher();
        address owner = operatorOf[signer];
        if (owner == address(0)) revert UnknownSigner(signer);
        Operator storage op = _operators[owner];
        _settle(op); // stake whose unbonding ended is out of reach
        uint256 fromBonded = op.bonded * bps / BPS;
        uint256 fromUnbonding = op.unbonding * bps / BPS;
        amount = fromBonded + fromUnbonding;
        uint256 rest = op.bonded - fromBonded;
        op.unbonding = op.unbonding - fromUnbonding;
        if (!op.jailed) {
            op.jailed = true;
        }
        // The slashed operator stops counting at once, in this epoch's quorum
        // checks too (not from the next epoch, as a voluntary change does):
        // a key caught signing two histories must not help certify a third.
        _zeroNow(op);
        if (rest != 0) {
            op.unbonding += rest;
            op.unbondingEnd = uint64(block.timestamp) + unbondingDelay;
        }
        totalHeld -= amount;
        reward = amount * rewardBps / BPS;
        emit Slashed(owner, signer, amount, reporter, reward);
        _releaseIfExited(owner, op); // nothing left to withdraw: no withdraw would release it
        if (reward != 0) {
            (bool ok,) = reporter.call{value: reward}("");
            if (!ok) revert TransferFailed();
        }
        if (amount > reward) {
            (bool ok,) = address(0).call{value: amount - reward}("");
            if (!ok) revert TransferFailed();
        }
    }

    // ---- internals ----

    /// Moves unbonding stake whose delay has ended to withdrawable, so that
    /// a new unbonding period (a later request, or a slash) never locks it
    /// again or exposes it to slashing.
    function _settle(Operator storage op) internal {
        if (op.unbonding != 0 && block.timestamp >= op.unbondingEnd) {
            op.withdrawable += op.unbonding;
            op.unbonding = 0;
        }
    }

    /// Links agentId to owner's operator `op`: owner must control it, and a
    /// link it already has must be stale (then it ends as Stale).
    function _link(address owner, Operator storage op, uint256 agentId) internal {
        if (!controlsAgent(owner, agentId)) revert NotAgentOwner(agentId);
        address linked = agentOperator[agentId];
        if (linked != address(0)) {
            if (controlsAgent(linked, agentId)) revert AgentAlreadyLinked(agentId);
            _unlink(agentId, linked, UnlinkReason.Stale);
        }
        agentOperator[agentId] = owner;
        op.agentId = agentId;
        emit AgentLinked(agentId, owner);
    }

    function _unlink(uint256 agentId, address owner, UnlinkReason reason) internal {
        delete agentOperator[agentId];
        _operators[owner].agentId = 0;
        emit AgentUnlinked(agentId, owner, reason);
    }

    /// Ends op's link once it holds no stake at all: the operator has exited.
    /// (The stake fields the caller just touched are read first, so an
    /// operator still holding stake pays for no cold read.)
    function _releaseIfExited(address owner, Operator storage op) internal {
        if (op.unbonding != 0 || op.withdrawable != 0 || op.bonded != 0) return;
        uint256 agentId = op.agentId;
        if (agentId != 0) _unlink(agentId, owner, UnlinkReason.Exited);
        uint256 pos = op.listPos;
        if (pos == 0) return;
        // Swap and pop: the last owner moves into the exited one's place.
        uint256 last = operatorList.length;
        if (pos != last) {
            address moved = operatorList[last - 1];
            operatorList[pos - 1] = moved;
            _operators[moved].listPos = uint64(pos);
        }
        operatorList.pop();
        op.listPos = 0;
    }

    function _listAdd(address owner, Operator storage op) internal {
        operatorList.push(owner);
        op.listPos = uint64(operatorList.length);
    }

    /// Sets op.bonded and the snapshots so the change counts from the next epoch.
    function _setBonded(Operator storage op, uint256 newBonded) internal returns (uint64 eff) {
        if (newBonded > MASK112) revert StakeTooLarge();
        uint64 c = currentEpoch();
        eff = c + 1;
        uint256 oldBonded = op.bonded;
        op.bonded = newBonded;
        _snap[op.signer] = _snapSet(_snap[op.signer], c, newBonded);
        uint256 t = _snapAt(_totalSnap, eff) + newBonded - oldBonded;
        if (t > MASK112) revert StakeTooLarge();
        _totalSnap = _snapSet(_totalSnap, c, t);
        emit StakeChanged(operatorOf[op.signer], op.signer, newBonded, eff);
    }

    /// Sets the operator's stake to 0 from the current epoch on (what counts
    /// now and what will count next), and the total with it. StakeChanged
    /// carries the current epoch as effective: the L2 drops the validator at
    /// the next block that references this L1 block.
    function _zeroNow(Operator storage op) internal {
        uint64 c = currentEpoch();
        uint256 s = _snap[op.signer];
        uint256 now_ = _snapAt(s, c);
        uint256 next = _snapAt(s, c + 1);
        _snap[op.signer] = uint256(c + 1) << 224; // 0 now, 0 next
        uint256 t = _totalSnap;
        _totalSnap = (uint256(c + 1) << 224) | ((_snapAt(t, c) - now_) << 112) | (_snapAt(t, c + 1) - next);
        op.bonded = 0;
        emit StakeChanged(operatorOf[op.signer], op.signer, 0, c);
    }

    function _snapAt(uint256 s, uint64 epoch) internal pure returns (uint256) {
        return epoch >= (s >> 224) ? s & MASK112 : (s >> 112) & MASK112;
    }

    function _snapSet(uint256 s, uint64 c, uint256 next) internal pure returns (uint256) {
        uint256 prev = _snapAt(s, c); // what counts in the current epoch stays
        return (uint256(c + 1) << 224) | (prev << 112) | next;
    }
}
