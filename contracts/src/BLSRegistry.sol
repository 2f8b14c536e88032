// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BLSMinSig} from "./BLSMinSig.sol";
import {BLSMinSigCertificate} from "./BLSMinSigCertificate.sol";
import {ICertifier} from "./ICertifier.sol";
import {StakingRegistry} from "./StakingRegistry.sol";

/// @title BLSRegistry
/// @notice The BLS half of the staking registry (ADR 031, variant B: keys in
/// G2, signatures in G1; "Wiring: StakingRegistry"). A separate contract so
/// that StakingRegistry stays far below EIP-170's code size limit and keeps
/// its gas; it reads StakingRegistry and StakingRegistry knows nothing of it.
///
/// Keys. An operator registered in StakingRegistry (the caller is its owner)
/// registers a BLS key (256-byte EIP-2537 G2 point) with a proof of
/// possession bound to its owner address: the G1 signature, under
/// BLSMinSig.POP_DST, of the key's 96-byte compressed encoding followed by
/// blsPopContext(owner) (chain id, this contract, owner). A key is taken once
/// and for all (by keccak256 of its 256 bytes): no one, its owner included,
/// can register it again. An operator may replace its key; the new key is
/// in the next set published (publishBLSSet), older sets keep the old one.
///
/// Sets. publishBLSSet (anyone, once per epoch) writes the current epoch's
/// set: every owner of StakingRegistry.operatorList, in that order, whose
/// signer has stake in the current epoch (stakeOf) and that has a BLS key,
/// with that stake, in BLSMinSigCertificate's data contracts, plus the
/// epoch's totalStake() over all operators, with or without a BLS key: the
/// denominator of the 2/3 rule (one storage slot per epoch).
///
/// Certificates. As an ICertifier (the Rollup's, when the deployment
/// chooses BLS certificates), verifyCertificate checks a certificate of
/// the current epoch's set only: an older set may hold keys whose stake
/// has since been withdrawn, which nothing could slash.
contract BLSRegistry is ICertifier {
    error NotRegistered();
    error Jailed();
    error BLSKeyAlreadyRegistered(address owner);
    error BLSInvalidProofOfPossession();
    error BLSSetAlreadyPublished(uint64 epoch);
    error BLSSetNotPublished(uint64 epoch);
    error NoBLSValidators(uint64 epoch);
    error TooManyBLSValidators(uint256 n);
    error StakeTooLarge();
    error KeyStoreFailed();
    error BadValidatorIndex(uint256 index);
    error NotJailed(address owner);
    error AlreadyExcluded(uint256 index);
    error ExcludedSigner();
    error BadCertificateLength(uint256 length);
    error WrongEpoch(uint64 epoch, uint64 current);

    /// `owner` registered `publicKey` (keyHash = keccak256(publicKey));
    /// it enters the sets published from now on. `replaced`: the owner had
    /// a key before, which stays in the sets already published.
    event BLSKeyRegistered(address indexed owner, bytes32 indexed keyHash, bytes publicKey, bool replaced);
    /// The set of `epoch`: n validators (owners, in set order) in data
    /// contracts `data` (validators 0..118) and `data2` (119.., or zero),
    /// holding setStake of the epoch's total stake `total`.
    event BLSSetPublished(
        uint64 indexed epoch, uint256 n, address data, address data2, uint256 setStake, uint256 total, address[] owners
    );

    /// Validator `index` of the current epoch's set (owner `owner`,
    /// `stake`) was jailed after the set was published: from now on no
    /// certificate of the epoch may count it, and the epoch's total no
    /// longer includes its stake.
    event BLSValidatorExcluded(uint64 indexed epoch, uint256 index, address indexed owner, uint256 stake);

    /// Size of a key's data contract's code: 0x00 then x.c0, x.c1, y.c0,
    /// y.c1 (48 bytes each, without EIP-2537's zero padding).
    uint256 internal constant KEY_CODE_SIZE = 193;

    StakingRegistry public immutable staking;
    /// StakingRegistry's epoch clock, copied so that a certificate's epoch
    /// check costs no call.
    uint64 internal immutable _genesisTime;
    uint64 internal immutable _epochDuration;

    /// keccak256 of a registered key => the owner that registered it.
    mapping(bytes32 keyHash => address owner) public blsKeyOwner;
    /// owner => the data contract holding its current key (zero: none).
    mapping(address owner => address) public blsKeyData;
    /// The set of each epoch, one slot: its first data contract (low 160
    /// bits; BLSMinSigCertificate), the total stake of all operators in
    /// the epoch (StakingRegistry's totalStake() when the set was
    /// published, less the stake of validators excluded since; bits
    /// 160..254) and, in bit 255, whether a validator has been excluded,
    /// so that a certificate reads `excludedOf` only then. Zero: not
    /// published.
    mapping(uint64 epoch => uint256) internal _sets;
    /// Bit i: validator i of the epoch's set was jailed after publication
    /// (excludeSlashed).
    mapping(uint64 epoch => uint256) public excludedOf;
    uint256 internal constant EXCLUDED_FLAG = 1 << 255;
    uint256 internal constant TOTAL_MASK = (1 << 95) - 1;
    /// A certificate's bytes (verifyCertificate): the epoch (8), the
    /// aggregate signature (128), then the bitmap.
    uint256 internal constant CERT_HEAD = 8 + 128;

    constructor(StakingRegistry staking_) {
        staking = staking_;
        _genesisTime = staking_.genesisTime();
        _epochDuration = staking_.epochDuration();
    }

    /// @notice StakingRegistry's current epoch.
    function currentEpoch() public view returns (uint64) {
        return (uint64(block.timestamp) - _genesisTime) / _epochDuration;
    }

    // ---- keys ----

    /// @notice What a proof of possession signs after the compressed key:
    /// binds the proof to this chain, this registry and the owner, so that a
    /// copy of someone's key and proof is worthless to anyone else.
    function blsPopContext(address owner) public view returns (bytes32) {
        return keccak256(abi.encodePacked("mycel.blspop.v1", block.chainid, address(this), owner));
    }

    /// @notice Registers (or replaces) the caller's BLS key. The caller must
    /// own a registered, unjailed operator. `publicKey` is a 256-byte
    /// EIP-2537 G2 point, not infinity, not taken before; `pop` the 128-byte
    /// G1 signature of compress(publicKey) || blsPopContext(msg.sender)
    /// under BLSMinSig.POP_DST (which also puts the key on the curve and in
    /// the subgroup).
    function registerBLSKey(bytes calldata publicKey, bytes calldata pop) external {
        StakingRegistry.Operator memory op = staking.operators(msg.sender);
        if (op.signer == address(0)) revert NotRegistered();
        if (op.jailed) revert Jailed();
        bytes memory pk = publicKey;
        BLSMinSig.checkPublicKey(pk);
        bytes32 keyHash = keccak256(pk);
        address taken = blsKeyOwner[keyHash];
        if (taken != address(0)) revert BLSKeyAlreadyRegistered(taken);
        bytes memory h =
            BLSMinSig.hashToG1(abi.encodePacked(BLSMinSig.compress(pk), blsPopContext(msg.sender)), BLSMinSig.POP_DST);
        if (!BLSMinSig.holdsHashed(pk, h, pop)) revert BLSInvalidProofOfPossession();
        blsKeyOwner[keyHash] = msg.sender;
        bool replaced = blsKeyData[msg.sender] != address(0);
        blsKeyData[msg.sender] = _writeKey(pk);
        emit BLSKeyRegistered(msg.sender, keyHash, publicKey, replaced);
    }

    /// @notice The current key of `owner` (256 bytes, EIP-2537), or empty.
    function blsKeyOf(address owner) external view returns (bytes memory pk) {
        address ptr = blsKeyData[owner];
        if (ptr == address(0)) return pk;
        pk = new bytes(BLSMinSig.PUBLIC_KEY_SIZE);
        _readKey(ptr, pk, 0);
    }

    // ---- sets ----

    /// @notice Publishes the current epoch's set (see the contract's notice).
    /// Anyone may call it, once per epoch. Reverts NoBLSValidators when no
    /// operator with stake in the epoch has a key.
    function publishBLSSet() external {
        (uint64 epoch, uint256 total, address[] memory owners, uint256[] memory stakes) = staking.epochStakes();
        if (_sets[epoch] != 0) revert BLSSetAlreadyPublished(epoch);
        if (total > TOTAL_MASK) revert StakeTooLarge();
        uint256 m = owners.length;
        bytes memory keys = new bytes(m * BLSMinSig.PUBLIC_KEY_SIZE);
        uint96[] memory setStakes = new uint96[](m);
        uint256 n;
        for (uint256 i = 0; i < m; ++i) {
            uint256 stake = stakes[i];
            if (stake == 0) continue;
            address ptr = blsKeyData[owners[i]];
            if (ptr == address(0)) continue;
            if (stake >> 96 != 0) revert StakeTooLarge();
            _readKey(ptr, keys, n);
            setStakes[n] = uint96(stake);
            owners[n] = owners[i];
            ++n;
        }
        if (n == 0) revert NoBLSValidators(epoch);
        if (n > BLSMinSigCertificate.MAX_VALIDATORS) revert TooManyBLSValidators(n);
        assembly ("memory-safe") {
            mstore(keys, mul(n, 256))
            mstore(setStakes, n)
            mstore(owners, n)
        }
        (address set, address data2, uint256 setStake) = BLSMinSigCertificate.store(keys, setStakes);
        _sets[epoch] = uint256(uint160(set)) | (total << 160);
        emit BLSSetPublished(epoch, n, set, data2, setStake, total, owners);
    }

    /// @notice The set of `epoch`: its data contracts (the second zero up to
    /// 119 validators), its size, the stake it holds and the epoch's total
    /// stake of all operators. All zero when it is not published.
    function blsSetOf(uint64 epoch)
        external
        view
        returns (address data, address data2, uint256 n, uint256 setStake, uint256 total)
    {
        uint256 s = _sets[epoch];
        if (s == 0) return (data, data2, n, setStake, total);
        data = address(uint160(s));
        (, n, setStake, data2) = BLSMinSigCertificate.header(data);
        total = (s >> 160) & TOTAL_MASK;
    }

    /// @notice Checks a certificate against the set of `epoch`: `bitmap`
    /// (bit i of byte i / 8, least significant first: validator i of the
    /// set signed; exactly ceil(n / 8) bytes) and `signature`, the 128-byte
    /// aggregate G1 signature of `digest` under BLSMinSig.SIG_DST. Reverts
    /// on any bad certificate (BLSMinSigCertificate's and BLSMinSig's errors)
    /// and returns the stake that signed, the epoch's total stake of all
    /// operators (the 2/3 rule's denominator) and signersHash =
    /// keccak256(abi.encodePacked(epoch, bitmap)), which names the signers
    /// (one set per epoch).
    function verifyBLSCertificate(uint64 epoch, bytes32 digest, bytes calldata bitmap, bytes calldata signature)
        public
        view
        returns (uint256 signedStake, uint256 total, bytes32 signersHash)
    {
        uint256 s = _sets[epoch];
        if (s == 0) revert BLSSetNotPublished(epoch);
        (signedStake,) = BLSMinSigCertificate.verify(address(uint160(s)), digest, bitmap, signature);
        total = (s >> 160) & TOTAL_MASK;
        if (s & EXCLUDED_FLAG != 0) {
            uint256 excluded = excludedOf[epoch];
            for (uint256 b = 0; b < bitmap.length; ++b) {
                if (uint8(bitmap[b]) & uint8(excluded >> (8 * b)) != 0) revert ExcludedSigner();
            }
        }
        signersHash = keccak256(abi.encodePacked(epoch, bitmap));
    }

    /// @notice ICertifier: `certificate` is the epoch (uint64, big-endian),
    /// the 128-byte aggregate signature, then the bitmap
    /// (verifyBLSCertificate); the epoch must be the current one
    /// (WrongEpoch otherwise).
    function verifyCertificate(bytes32 digest, bytes calldata certificate)
        external
        view
        returns (Certified memory c)
    {
        if (certificate.length <= CERT_HEAD) revert BadCertificateLength(certificate.length);
        uint64 epoch = uint64(bytes8(certificate[:8]));
        uint64 current = currentEpoch();
        if (epoch != current) revert WrongEpoch(epoch, current);
        (c.signedStake, c.total, c.signersHash) =
            verifyBLSCertificate(epoch, digest, certificate[CERT_HEAD:], certificate[8:CERT_HEAD]);
    }

    /// @notice Takes validator `index` of the current epoch's set out of the
    /// epoch's certificates once its operator is jailed (slashed after the
    /// set was published), as StakingRegistry takes a slashed signer out of
    /// the current epoch's ECDSA quorum at once: a certificate whose bitmap
    /// names it reverts ExcludedSigner, and the epoch's total drops by its
    /// stake. Anyone may call it (the reporter of the slash, a node). Sets
    /// of later epochs leave a jailed operator out anyway (stake 0).
    function excludeSlashed(uint256 index) external {
        uint64 epoch = currentEpoch();
        uint256 excluded = excludedOf[epoch];
        if (excluded >> index & 1 != 0) revert AlreadyExcluded(index);
        (, uint256 stake, address owner) = validatorOf(epoch, index);
        if (!staking.isJailed(owner)) revert NotJailed(owner);
        excludedOf[epoch] = excluded | (1 << index);
        _sets[epoch] = (_sets[epoch] - (stake << 160)) | EXCLUDED_FLAG;
        emit BLSValidatorExcluded(epoch, index, owner, stake);
    }

    /// @notice Validator `index` of `epoch`'s set: its key (256 bytes,
    /// EIP-2537), its stake in the set and its owner (the key's registrant:
    /// a key is never registered twice).
    function validatorOf(uint64 epoch, uint256 index)
        public
        view
        returns (bytes memory pk, uint256 stake, address owner)
    {
        uint256 s = _sets[epoch];
        if (s == 0) revert BLSSetNotPublished(epoch);
        address set = address(uint160(s));
        (, uint256 n,, address data2) = BLSMinSigCertificate.header(set);
        if (index >= n) revert BadValidatorIndex(index);
        (pk, stake) = BLSMinSigCertificate.record(set, data2, index);
        owner = blsKeyOwner[keccak256(pk)];
    }

    /// @notice Whether `signature` (128-byte G1) is validator `index` of
    /// `epoch`'s set's signature of `digest` under BLSMinSig.SIG_DST (what
    /// a validator's vote extension carries), and the validator's owner:
    /// the Slasher's check of BLS equivocation evidence. Reverts on a
    /// malformed or infinite signature.
    function verifyValidatorSignature(uint64 epoch, uint256 index, bytes32 digest, bytes calldata signature)
        external
        view
        returns (bool valid, address owner)
    {
        bytes memory pk;
        (pk,, owner) = validatorOf(epoch, index);
        bytes memory h = BLSMinSig.hashToG1(abi.encodePacked(digest), BLSMinSig.SIG_DST);
        valid = BLSMinSig.holdsHashed(pk, h, signature);
    }

    /// @notice The owners and stakes of the validators of `epoch`'s set
    /// that `bitmap` names (a certificate's bitmap, ceil(n / 8) bytes, no
    /// bit at or beyond n), in set order: the RewardPool's signers of a
    /// BLS-certified batch.
    function signersOf(uint64 epoch, bytes calldata bitmap)
        external
        view
        returns (address[] memory owners, uint256[] memory stakes)
    {
        uint256 s = _sets[epoch];
        if (s == 0) revert BLSSetNotPublished(epoch);
        address set = address(uint160(s));
        (, uint256 n,, address data2) = BLSMinSigCertificate.header(set);
        BLSMinSigCertificate.checkBitmap(bitmap, n);
        owners = new address[](n);
        stakes = new uint256[](n);
        uint256 k;
        for (uint256 i = 0; i < n; ++i) {
            if (uint8(bitmap[i >> 3]) >> (i & 7) & 1 == 0) continue;
            bytes memory pk;
            (pk, stakes[k]) = BLSMinSigCertificate.record(set, data2, i);
            owners[k] = blsKeyOwner[keccak256(pk)];
            ++k;
        }
        assembly ("memory-safe") {
            mstore(owners, k)
            mstore(stakes, k)
        }
    }

    // ---- internals ----

    /// Writes a 256-byte key's 192 bytes behind a 0x00 into a new
    /// contract's code.
    function _writeKey(bytes memory pk) internal returns (address ptr) {
        bytes memory init = new bytes(10 + KEY_CODE_SIZE);
        assembly ("memory-safe") {
            let p := add(init, 32)
            // PUSH2 193, DUP1, PUSH1 10, RETURNDATASIZE, CODECOPY,
            // RETURNDATASIZE, RETURN: returns the 193 bytes after these 10.
            mstore(p, or(shl(248, 0x61), or(shl(232, KEY_CODE_SIZE), shl(176, 0x80600a3d393df3))))
            mstore8(add(p, 10), 0)
            for { let j := 0 } lt(j, 4) { j := add(j, 1) } {
                mcopy(add(add(p, 11), mul(j, 48)), add(add(pk, 48), mul(j, 64)), 48)
            }
            ptr := create(0, p, mload(init))
        }
        if (ptr == address(0)) revert KeyStoreFailed();
    }

    /// Reads the key at data contract ptr into key slot `index` of `out`
    /// (256 bytes each, EIP-2537's layout; out is zeroed, so the padding
    /// stays zero).
    function _readKey(address ptr, bytes memory out, uint256 index) internal view {
        assembly ("memory-safe") {
            let dst := add(add(out, 32), mul(index, 256))
            for { let j := 0 } lt(j, 4) { j := add(j, 1) } {
                extcodecopy(ptr, add(add(dst, 16), mul(j, 64)), add(1, mul(j, 48)), 48)
            }
        }
    }
}
