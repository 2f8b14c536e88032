// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BLS, BLSInvalidLength, BLSInvalidPoint} from "./BLS.sol";
import {BLSMinSig} from "./BLSMinSig.sol";
import {
    BLSCertificateBadBitmap,
    BLSCertificateNoSigners,
    BLSCertificateNoSet,
    BLSCertificateBadSet
} from "./BLSCertificate.sol";

/// @notice A validator set of the minimal-signature-size variant as its
/// certificate check reads it: 8 storage slots, whatever its size. The keys
/// (G2, 192 bytes without EIP-2537's padding) and stakes live in the code
/// of one or two data contracts.
struct BLSMinSigValidatorSet {
    /// The first data contract's address (low 160 bits) and the number of
    /// validators n (bits 160 and up).
    uint256 meta;
    /// The second data contract's address (low 160 bits; zero when n is at
    /// most BLSMinSigCertificate.CHUNK) and the sum of the stakes (bits 160
    /// and up, below 2^96).
    uint256 meta2;
    /// The aggregate of every key: x.c0, x.c1, y.c0, y.c1 (48 bytes each)
    /// packed over 6 words.
    uint256 apk0;
    uint256 apk1;
    uint256 apk2;
    uint256 apk3;
    uint256 apk4;
    uint256 apk5;
}

/// @title Certificates of the minimal-signature-size variant
/// @notice BLSCertificate with the groups swapped: a certificate of a
/// 32-byte digest is a bitmap (bit i of byte i / 8, least significant bit
/// first: validator i signed) and the aggregate G1 signature
/// (BLSMinSig.SIG_DST) of the digest by the signers. The check reads the
/// set's aggregate G2 key, subtracts the non-signers' keys (one
/// EXTCODECOPY and one G2ADD each), hashes the digest to G1 and runs one
/// two-pair pairing check. It returns the stake that signed and the total.
///
/// A data contract's code is 0x00 (STOP) followed by one 204-byte record
/// per validator: the key's x.c0, x.c1, y.c0, y.c1 (48 bytes each) and the
/// stake (uint96, 12 bytes). EIP-170's 24,576-byte code limit holds 120
/// records (CHUNK), so a set of more than 120 validators is split over two
/// data contracts: validators 0..119 in the first, the rest in the second
/// (even without the stakes and the leading STOP, 128 keys of 192 bytes
/// would need 24,577 bytes with the STOP, one too many).
///
/// The caller stores only keys that passed
/// BLSMinSig.verifyProofOfPossession: `store` does not check them again.
library BLSMinSigCertificate {
    uint256 internal constant RECORD_SIZE = 204;
    /// Records per data contract: (24,576 - 1) / 204 (a literal, for
    /// inline assembly).
    uint256 internal constant CHUNK = 120;
    uint256 internal constant MAX_VALIDATORS = 2 * CHUNK;
    uint256 private constant G2ADD = 0x0d;
    uint256 private constant G2ADD_GAS = 600;

    /// @notice Stores a set: `keys` is n 256-byte EIP-2537 G2 keys, each
    /// admitted with a proof of possession, `stakes` their n stakes (whose
    /// sum must be below 2^96). Writes one or two data contracts (about 200
    /// gas per code byte: 40,800 per validator) and the 8 slots.
    function store(BLSMinSigValidatorSet storage s, bytes memory keys, uint96[] memory stakes) internal {
        uint256 n = stakes.length;
        if (n == 0 || n > MAX_VALIDATORS || keys.length != n * BLSMinSig.PUBLIC_KEY_SIZE) {
            revert BLSCertificateBadSet();
        }
        (bytes memory data, bytes memory apk, uint256 total) = records(keys, stakes);
        if (total >> 96 != 0) revert BLSCertificateBadSet();
        address ptr = deploy(data, 0, n < CHUNK ? n : CHUNK);
        address ptr2 = n > CHUNK ? deploy(data, CHUNK, n - CHUNK) : address(0);
        s.meta = uint256(uint160(ptr)) | (n << 160);
        s.meta2 = uint256(uint160(ptr2)) | (total << 160);
        uint256[6] memory w;
        assembly ("memory-safe") {
            let src := add(apk, 32)
            for { let j := 0 } lt(j, 4) { j := add(j, 1) } {
                mcopy(add(w, mul(j, 48)), add(add(src, mul(j, 64)), 16), 48)
            }
        }
        s.apk0 = w[0];
        s.apk1 = w[1];
        s.apk2 = w[2];
        s.apk3 = w[3];
        s.apk4 = w[4];
        s.apk5 = w[5];
    }

    /// @notice Creates a data contract holding `count` records of `data`
    /// from record `first` on, behind a 0x00.
    function deploy(bytes memory data, uint256 first, uint256 count) private returns (address ptr) {
        uint256 size = 1 + count * RECORD_SIZE;
        bytes memory init = new bytes(10 + size);
        assembly ("memory-safe") {
            let p := add(init, 32)
            // PUSH2 size, DUP1, PUSH1 10, RETURNDATASIZE, CODECOPY,
            // RETURNDATASIZE, RETURN: returns the bytes after these 10.
            mstore(p, or(shl(248, 0x61), or(shl(232, size), shl(176, 0x80600a3d393df3))))
            mstore8(add(p, 10), 0)
            mcopy(add(p, 11), add(add(data, 32), mul(first, RECORD_SIZE)), mul(count, RECORD_SIZE))
            ptr := create(0, p, mload(init))
        }
        if (ptr == address(0)) revert BLSCertificateBadSet();
    }

    /// @notice The n records back to back (no leading 0x00), the aggregate
    /// of the keys and the total stake.
    function records(bytes memory keys, uint96[] memory stakes)
        internal
        view
        returns (bytes memory data, bytes memory apk, uint256 total)
    {
        uint256 n = stakes.length;
        data = new bytes(n * RECORD_SIZE);
        apk = new bytes(BLSMinSig.PUBLIC_KEY_SIZE);
        bytes memory pk = new bytes(BLSMinSig.PUBLIC_KEY_SIZE);
        for (uint256 i = 0; i < n; ++i) {
            uint256 stake = stakes[i];
            total += stake;
            assembly ("memory-safe") {
                let src := add(add(keys, 32), mul(i, 256))
                mcopy(add(pk, 32), src, 256)
                let dst := add(add(data, 32), mul(i, RECORD_SIZE))
                for { let j := 0 } lt(j, 4) { j := add(j, 1) } {
                    mcopy(add(dst, mul(j, 48)), add(add(src, mul(j, 64)), 16), 48)
                }
                // The stake's 12 bytes; the 20 bytes the word overwrites
                // after the record are put back.
                let after := mload(add(dst, 204))
                mstore(add(dst, 192), shl(160, stake))
                mstore(add(dst, 204), after)
            }
            BLSMinSig.checkPublicKey(pk);
            if (i == 0) {
                assembly ("memory-safe") {
                    mcopy(add(apk, 32), add(pk, 32), 256)
                }
            } else {
                BLSMinSig.addG2(apk, pk);
            }
        }
        if (BLS.isZero(apk)) revert BLSCertificateBadSet();
    }

    /// @notice Reverts unless `sig` is the aggregate signature of `digest`
    /// (BLSMinSig.SIG_DST) by the validators `bitmap` names, and returns the
    /// stake they hold and the set's total stake.
    function verify(BLSMinSigValidatorSet storage s, bytes32 digest, bytes calldata bitmap, bytes calldata sig)
        internal
        view
        returns (uint256 signedStake, uint256 totalStake)
    {
        if (sig.length != BLSMinSig.SIGNATURE_SIZE) revert BLSInvalidLength();
        bytes memory apk;
        (apk, signedStake, totalStake) = signersKey(s, bitmap);
        bytes memory h = BLSMinSig.hashToG1(abi.encodePacked(digest), BLSMinSig.SIG_DST);
        BLSMinSig.verifyHashed(apk, h, sig);
    }

    /// @notice The aggregate key of the validators `bitmap` names (the
    /// set's aggregate minus the others' keys), their stake and the set's.
    function signersKey(BLSMinSigValidatorSet storage s, bytes calldata bitmap)
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
        uint256 meta2 = s.meta2;
        totalStake = meta2 >> 160;
        apk = aggregateKey(s);
        (bytes memory missing, uint256 nMissing, uint256 missingStake) =
            nonSigners([uint256(uint160(ptr)), uint160(meta2), n % 8 == 0 ? 0xff : (1 << (n % 8)) - 1], bitmap);
        if (nMissing == n) revert BLSCertificateNoSigners();
        if (nMissing > 0) {
            BLSMinSig.negateG2(missing);
            BLSMinSig.addG2(apk, missing);
        }
        signedStake = totalStake - missingStake;
    }

    /// @notice The set's aggregate key in EIP-2537's layout.
    function aggregateKey(BLSMinSigValidatorSet storage s) internal view returns (bytes memory apk) {
        apk = new bytes(BLSMinSig.PUBLIC_KEY_SIZE);
        uint256[6] memory w = [s.apk0, s.apk1, s.apk2, s.apk3, s.apk4, s.apk5];
        assembly ("memory-safe") {
            let dst := add(apk, 32)
            for { let j := 0 } lt(j, 4) { j := add(j, 1) } {
                mcopy(add(add(dst, mul(j, 64)), 16), add(w, mul(j, 48)), 48)
            }
        }
    }

    /// @notice The sum of the keys of the validators the bitmap leaves out
    /// (records read from the data contracts at ctx[0] and ctx[1]: one
    /// EXTCODECOPY and one G2ADD each), their number and their stake. The
    /// bitmap has been checked against the set's size; ctx[2] has the bits
    /// of its last byte that name validators. (One memory array for the
    /// three, against "stack too deep".)
    function nonSigners(uint256[3] memory ctx, bytes calldata bitmap)
        internal
        view
        returns (bytes memory missing, uint256 nMissing, uint256 missingStake)
    {
        missing = new bytes(BLSMinSig.PUBLIC_KEY_SIZE);
        bool ok;
        assembly ("memory-safe") {
            // buf: the running sum (256 bytes), the next key (256), the
            // record (204, at buf + 512).
            let buf := mload(0x40)
            nMissing, missingStake, ok := sum(buf, ctx, bitmap.offset, bitmap.length)
            if nMissing { mcopy(add(missing, 32), buf, 256) }

            // (A function of its own, so that its variables fit the stack.)
            function sum(m, cx, offset, length) -> count, stake, success {
                success := 1
                for { let b := 0 } lt(b, length) { b := add(b, 1) } {
                    let absent := and(not(byte(0, calldataload(add(offset, b)))), 0xff)
                    if eq(b, sub(length, 1)) { absent := and(absent, mload(add(cx, 64))) }
                    for { let i := mul(b, 8) } absent { i := add(i, 1) } {
                        if and(absent, 1) {
                            switch lt(i, CHUNK)
                            case 1 { extcodecopy(mload(cx), add(m, 512), add(1, mul(i, RECORD_SIZE)), RECORD_SIZE) }
                            default {
                                let off := add(1, mul(sub(i, CHUNK), RECORD_SIZE))
                                extcodecopy(mload(add(cx, 32)), add(m, 512), off, RECORD_SIZE)
                            }
                            switch count
                            case 0 { unpack(m, add(m, 512)) }
                            default {
                                unpack(add(m, 256), add(m, 512))
                                if iszero(staticcall(G2ADD_GAS, G2ADD, m, 512, m, 256)) { success := 0 }
                            }
                            stake := add(stake, shr(160, mload(add(m, 704))))
                            count := add(count, 1)
                        }
                        absent := shr(1, absent)
                    }
                }
            }

            // The record's key at src (4 x 48 bytes) in EIP-2537's layout
            // at dst (4 x 64 bytes, 16 zero bytes in front of each).
            function unpack(dst, src) {
                mstore(dst, 0)
                mcopy(add(dst, 16), src, 48)
                mstore(add(dst, 64), 0)
                mcopy(add(dst, 80), add(src, 48), 48)
                mstore(add(dst, 128), 0)
                mcopy(add(dst, 144), add(src, 96), 48)
                mstore(add(dst, 192), 0)
                mcopy(add(dst, 208), add(src, 144), 48)
            }
        }
        if (!ok) revert BLSInvalidPoint();
    }
}
