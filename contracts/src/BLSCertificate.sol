// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BLS, BLSInvalidLength, BLSInvalidPoint} from "./BLS.sol";

/// The certificate's bitmap is not ceil(n / 8) bytes for the set's n
/// validators, or sets a bit at or beyond n.
error BLSCertificateBadBitmap();
/// The certificate's bitmap names no signer.
error BLSCertificateNoSigners();
/// No validator set is stored.
error BLSCertificateNoSet();
/// The set to store is empty, larger than MAX_VALIDATORS, or its keys and
/// stakes differ in number.
error BLSCertificateBadSet();

/// @notice A validator set as the certificate check reads it: 5 storage
/// slots, whatever its size. The keys and stakes live in the code of a
/// data contract (written once per set, read with EXTCODECOPY).
struct BLSValidatorSet {
    /// The data contract's address (low 160 bits) and the number of
    /// validators n (bits 160 and up).
    uint256 meta;
    /// The sum of the stakes.
    uint256 totalStake;
    /// The aggregate of every key, x (48 bytes) || y (48 bytes) over 3 words.
    uint256 apk0;
    uint256 apk1;
    uint256 apk2;
}

/// @title Certificates: a bitmap of signers and one aggregate signature
/// @notice A certificate of a 32-byte digest by a stored validator set is
/// a bitmap (bit i of byte i / 8, least significant bit first, set when
/// validator i signed) and the aggregate BLS signature (BLS.sol, SIG_DST)
/// of the digest by the signers. The check reads the set's aggregate key,
/// subtracts the keys of the non-signers (read from the data contract),
/// and verifies the signature against what remains with one pairing
/// check: its cost grows with the non-signers only (one EXTCODECOPY and
/// one G1ADD each), not with the signers. It returns the stake that
/// signed, for the caller's quorum rule.
///
/// The data contract's code is 0x00 (STOP, so that calling it does
/// nothing) followed by one 108-byte record per validator, in set order:
/// the key's x (48 bytes), y (48 bytes) and stake (uint96, 12 bytes).
/// A set holds at most MAX_VALIDATORS (the EIP-170 code size limit).
///
/// The caller stores only keys that passed BLS.verifyProofOfPossession
/// (in the subgroup, owner known): `store` does not check them again.
library BLSCertificate {
    uint256 internal constant RECORD_SIZE = 108;
    uint256 internal constant MAX_VALIDATORS = (24576 - 1) / RECORD_SIZE;
    uint256 private constant G1ADD = 0x0b;
    uint256 private constant G1ADD_GAS = 375;

    /// @notice Stores a set: `keys` is n 128-byte EIP-2537 keys, each
    /// admitted with a proof of possession, `stakes` their n stakes. Writes
    /// the data contract (about 200 gas per code byte: 21,600 per
    /// validator) and the 5 slots.
    function store(BLSValidatorSet storage s, bytes memory keys, uint96[] memory stakes) internal {
        uint256 n = stakes.length;
        if (n == 0 || n > MAX_VALIDATORS || keys.length != n * BLS.G1_SIZE) revert BLSCertificateBadSet();
        (bytes memory data, bytes memory apk, uint256 total) = records(keys, stakes);
        bytes memory init = abi.encodePacked(hex"61", uint16(data.length), hex"80600a3d393df3", data);
        address ptr;
        assembly ("memory-safe") {
            ptr := create(0, add(init, 32), mload(init))
        }
        if (ptr == address(0)) revert BLSCertificateBadSet();
        s.meta = uint256(uint160(ptr)) | (n << 160);
        s.totalStake = total;
        uint256 a0;
        uint256 a1;
        uint256 a2;
        assembly ("memory-safe") {
            let xLo := mload(add(apk, 64))
            a0 := or(shl(128, mload(add(apk, 32))), shr(128, xLo))
            a1 := or(shl(128, xLo), mload(add(apk, 96)))
            a2 := mload(add(apk, 128))
        }
        s.apk0 = a0;
        s.apk1 = a1;
        s.apk2 = a2;
    }

    /// @notice The data contract's code (0x00, then the records), the
    /// aggregate of the keys and the total stake.
    function records(bytes memory keys, uint96[] memory stakes)
        internal
        view
        returns (bytes memory data, bytes memory apk, uint256 total)
    {
        uint256 n = stakes.length;
        data = new bytes(1 + n * RECORD_SIZE);
        apk = new bytes(BLS.G1_SIZE);
        bytes memory pk = new bytes(BLS.G1_SIZE);
        for (uint256 i = 0; i < n; ++i) {
            uint256 stake = stakes[i];
            total += stake;
            assembly ("memory-safe") {
                let src := add(add(keys, 32), mul(i, 128))
                mcopy(add(pk, 32), src, 128)
                let dst := add(add(data, 33), mul(i, 108))
                mcopy(dst, add(src, 16), 48)
                mcopy(add(dst, 48), add(src, 80), 48)
                // The stake's 12 bytes: a word whose top 12 bytes are the
                // stake, the 20 bytes it overwrites after the record put back.
                let after := mload(add(dst, 108))
                mstore(add(dst, 96), shl(160, stake))
                mstore(add(dst, 108), after)
            }
            BLS.checkPublicKey(pk);
            if (i == 0) {
                assembly ("memory-safe") {
                    mcopy(add(apk, 32), add(pk, 32), 128)
                }
            } else {
                BLS.addG1(apk, pk);
            }
        }
        if (BLS.isZero(apk)) revert BLSCertificateBadSet();
    }

    /// @notice Reverts unless `sig` is the aggregate signature of `digest`
    /// (BLS.SIG_DST) by the validators `bitmap` names, and returns the
    /// stake they hold and the set's total stake.
    function verify(BLSValidatorSet storage s, bytes32 digest, bytes calldata bitmap, bytes calldata sig)
        internal
        view
        returns (uint256 signedStake, uint256 totalStake)
    {
        if (sig.length != BLS.G2_SIZE) revert BLSInvalidLength();
        bytes memory apk;
        (apk, signedStake, totalStake) = signersKey(s, bitmap);
        bytes memory h = BLS.hashToG2(abi.encodePacked(digest), BLS.SIG_DST);
        BLS.verifyHashed(apk, h, sig);
    }

    /// @notice The aggregate key of the validators `bitmap` names (the
    /// set's aggregate minus the others' keys), their stake and the set's.
    function signersKey(BLSValidatorSet storage s, bytes calldata bitmap)
        internal
        view
        returns (bytes memory apk, uint256 signedStake, uint256 totalStake)
    {
        uint256 meta = s.meta;
        address ptr = address(uint160(meta));
        uint256 n = meta >> 160;
        if (ptr == address(0)) revert BLSCertificateNoSet();
        if (bitmap.length != (n + 7) / 8) revert BLSCertificateBadBitmap();
        if (n % 8 != 0 && uint8(bitmap[bitmap.length - 1]) >> (n % 8) != 0) revert BLSCertificateBadBitmap();
        totalStake = s.totalStake;
        apk = aggregateKey(s);
        (bytes memory missing, uint256 nMissing, uint256 missingStake) =
            nonSigners(ptr, n % 8 == 0 ? 0xff : (1 << (n % 8)) - 1, bitmap);
        if (nMissing == n) revert BLSCertificateNoSigners();
        if (nMissing > 0) {
            BLS.negateG1(missing);
            BLS.addG1(apk, missing);
        }
        signedStake = totalStake - missingStake;
    }

    /// @notice The set's aggregate key in EIP-2537's layout.
    function aggregateKey(BLSValidatorSet storage s) internal view returns (bytes memory apk) {
        apk = new bytes(BLS.G1_SIZE);
        (uint256 a0, uint256 a1, uint256 a2) = (s.apk0, s.apk1, s.apk2);
        assembly ("memory-safe") {
            mstore(add(apk, 32), shr(128, a0))
            mstore(add(apk, 64), or(shl(128, a0), shr(128, a1)))
            mstore(add(apk, 96), and(a1, 0xffffffffffffffffffffffffffffffff))
            mstore(add(apk, 128), a2)
        }
    }

    /// @notice The sum of the keys of the validators the bitmap leaves
    /// out (read from the data contract at ptr: one EXTCODECOPY and one
    /// G1ADD each), their number and their stake. The bitmap has been
    /// checked against the set's size; lastMask has the bits of its last
    /// byte that name validators.
    function nonSigners(address ptr, uint256 lastMask, bytes calldata bitmap)
        internal
        view
        returns (bytes memory missing, uint256 nMissing, uint256 missingStake)
    {
        missing = new bytes(BLS.G1_SIZE);
        bool ok = true;
        assembly ("memory-safe") {
            // buf: the running sum (128 bytes), the next key (128), the
            // record (108, at buf + 256).
            let buf := mload(0x40)
            for { let b := 0 } lt(b, bitmap.length) { b := add(b, 1) } {
                let absent := and(not(byte(0, calldataload(add(bitmap.offset, b)))), 0xff)
                if eq(b, sub(bitmap.length, 1)) { absent := and(absent, lastMask) }
                for { let i := mul(b, 8) } absent { i := add(i, 1) } {
                    if and(absent, 1) {
                        extcodecopy(ptr, add(buf, 256), add(1, mul(i, RECORD_SIZE)), RECORD_SIZE)
                        let dst := add(buf, 128)
                        if iszero(nMissing) { dst := buf }
                        mstore(dst, shr(128, mload(add(buf, 256))))
                        mstore(add(dst, 32), or(shl(128, mload(add(buf, 256))), shr(128, mload(add(buf, 288)))))
                        mstore(add(dst, 64), and(mload(add(buf, 288)), 0xffffffffffffffffffffffffffffffff))
                        mstore(add(dst, 96), mload(add(buf, 320)))
                        missingStake := add(missingStake, shr(160, mload(add(buf, 352))))
                        if nMissing { ok := and(ok, staticcall(G1ADD_GAS, G1ADD, buf, 256, buf, 128)) }
                        nMissing := add(nMissing, 1)
                    }
                    absent := shr(1, absent)
                }
            }
            if nMissing { mcopy(add(missing, 32), buf, 128) }
        }
        if (!ok) revert BLSInvalidPoint();
    }
}
