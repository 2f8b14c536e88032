// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BLSMinSig, BLSInvalidLength, BLSInvalidPoint} from "./BLSMinSig.sol";

/// The certificate's bitmap is not ceil(n / 8) bytes for the set's n
/// validators, or sets a bit at or beyond n.
error BLSCertificateBadBitmap();
/// The certificate's bitmap names no signer.
error BLSCertificateNoSigners();
/// No validator set is stored at the address given.
error BLSCertificateNoSet();
/// The set to store is empty, larger than MAX_VALIDATORS, its keys and
/// stakes differ in number, or its stakes sum to 2^96 or more.
error BLSCertificateBadSet();

/// @title Certificates of the minimal-signature-size variant
/// @notice BLSCertificate with the groups swapped: a certificate of a
/// 32-byte digest is a bitmap (bit i of byte i / 8, least significant bit
/// first: validator i signed) and the aggregate G1 signature
/// (BLSMinSig.SIG_DST) of the digest by the signers. The check reads the
/// set's header (its aggregate G2 key, size, stake), subtracts the
/// non-signers' keys (one EXTCODECOPY and one G2ADD each), hashes the
/// digest to G1 and runs one two-pair pairing check. It returns the stake
/// that signed and the set's.
///
/// A set lives in the code of one or two data contracts and is named by
/// the first one's address: no storage slot at all, so that a certificate
/// pays one cold account access (2,600 gas) for the whole header instead
/// of a cold SLOAD (2,100) per word of it (ADR 031). The first data
/// contract's code is 0x00 (STOP), the 226-byte header, then records: the
/// header is the aggregate of every key (x.c0, x.c1, y.c0, y.c1, 48 bytes
/// each), the second data contract's address (zero when there is none),
/// the sum of the stakes (uint96) and n (uint16); a record is one
/// validator's key (192 bytes, the same layout) and stake (uint96): 204
/// bytes. EIP-170's 24,576-byte code limit leaves room for 119 records
/// (CHUNK) behind the header, so validators 119.. go to a second data
/// contract (0x00 then records only).
///
/// The caller stores only keys that passed
/// BLSMinSig.verifyProofOfPossession: `store` does not check them again.
library BLSMinSigCertificate {
    uint256 internal constant RECORD_SIZE = 204;
    uint256 internal constant HEADER_SIZE = 226;
    /// Records per data contract: (24,576 - 1 - 226) / 204 (a literal,
    /// for inline assembly; the second data contract, without header,
    /// holds the same number).
    uint256 internal constant CHUNK = 119;
    uint256 internal constant MAX_VALIDATORS = 2 * CHUNK;
    uint256 private constant G2ADD = 0x0d;
    uint256 private constant G2ADD_GAS = 600;

    /// @notice Stores a set and returns its address (and, for the caller's
    /// records, its second data contract and its stake): `keys` is n 256-byte
    /// EIP-2537 G2 keys, each admitted with a proof of possession, `stakes`
    /// their n stakes (whose sum must be below 2^96). Writes one or two
    /// data contracts (about 200 gas per code byte: 40,800 per validator).
    function store(bytes memory keys, uint96[] memory stakes)
        internal
        returns (address set, address ptr2, uint256 total)
    {
        uint256 n = stakes.length;
        if (n == 0 || n > MAX_VALIDATORS || keys.length != n * BLSMinSig.PUBLIC_KEY_SIZE) {
            revert BLSCertificateBadSet();
        }
        bytes memory data;
        bytes memory apk;
        (data, apk, total) = records(keys, stakes);
        if (total >> 96 != 0) revert BLSCertificateBadSet();
        ptr2 = n > CHUNK ? deploy(new bytes(0), data, CHUNK, n - CHUNK) : address(0);
        bytes memory header = new bytes(HEADER_SIZE);
        assembly ("memory-safe") {
            let dst := add(header, 32)
            let src := add(apk, 32)
            for { let j := 0 } lt(j, 4) { j := add(j, 1) } {
                mcopy(add(dst, mul(j, 48)), add(add(src, mul(j, 64)), 16), 48)
            }
            // The address (20 bytes) and the stake (12): one word; n (2).
            mstore(add(dst, 192), or(shl(96, ptr2), total))
            mstore(add(dst, 224), shl(240, n))
        }
        set = deploy(header, data, 0, n < CHUNK ? n : CHUNK);
    }

    /// @notice Creates a data contract holding `head` then `count` records
    /// of `data` from record `first` on, behind a 0x00.
    function deploy(bytes memory head, bytes memory data, uint256 first, uint256 count)
        private
        returns (address ptr)
    {
        uint256 size = 1 + head.length + count * RECORD_SIZE;
        bytes memory init = new bytes(10 + size);
        assembly ("memory-safe") {
            let p := add(init, 32)
            // PUSH2 size, DUP1, PUSH1 10, RETURNDATASIZE, CODECOPY,
            // RETURNDATASIZE, RETURN: returns the bytes after these 10.
            mstore(p, or(shl(248, 0x61), or(shl(232, size), shl(176, 0x80600a3d393df3))))
            mstore8(add(p, 10), 0)
            let h := mload(head)
            mcopy(add(p, 11), add(head, 32), h)
            mcopy(add(add(p, 11), h), add(add(data, 32), mul(first, RECORD_SIZE)), mul(count, RECORD_SIZE))
            ptr := create(0, p, mload(init))
        }
        if (ptr == address(0)) revert BLSCertificateBadSet();
    }

    /// @notice Validator `index`'s record: its key in EIP-2537's layout
    /// and its stake (the set's first data contract `set`, its second
    /// `data2`; the caller checks index < n).
    function record(address set, address data2, uint256 index)
        internal
        view
        returns (bytes memory pk, uint256 stake)
    {
        address data = set;
        uint256 offset = 1 + HEADER_SIZE + index * RECORD_SIZE;
        if (index >= CHUNK) (data, offset) = (data2, 1 + (index - CHUNK) * RECORD_SIZE);
        pk = new bytes(BLSMinSig.PUBLIC_KEY_SIZE);
        assembly ("memory-safe") {
            let dst := add(pk, 32)
            for { let j := 0 } lt(j, 4) { j := add(j, 1) } {
                extcodecopy(data, add(add(dst, 16), mul(j, 64)), add(offset, mul(j, 48)), 48)
            }
            let m := mload(0x40)
            mstore(m, 0)
            extcodecopy(data, add(m, 20), add(offset, 192), 12)
            stake := mload(m)
        }
    }

    /// @notice Reverts BLSCertificateBadBitmap unless `bitmap` fits a set
    /// of n: ceil(n / 8) bytes, no bit at or beyond n.
    function checkBitmap(bytes calldata bitmap, uint256 n) internal pure {
        if (bitmap.length != (n + 7) / 8) revert BLSCertificateBadBitmap();
        if (n % 8 != 0 && uint8(bitmap[bitmap.length - 1]) >> (n % 8) != 0) revert BLSCertificateBadBitmap();
    }

    /// @notice The set's header: its aggregate key in EIP-2537's layout,
    /// its size, its stake and its second data contract. Reverts
    /// BLSCertificateNoSet when `set` holds no set (no code).
    function header(address set)
        internal
        view
        returns (bytes memory apk, uint256 n, uint256 setStake, address data2)
    {
        apk = new bytes(BLSMinSig.PUBLIC_KEY_SIZE);
        uint256 w;
        assembly ("memory-safe") {
            let m := mload(0x40)
            extcodecopy(set, m, 1, HEADER_SIZE)
            let dst := add(apk, 32)
            for { let j := 0 } lt(j, 4) { j := add(j, 1) } {
                mcopy(add(add(dst, mul(j, 64)), 16), add(m, mul(j, 48)), 48)
            }
            w := mload(add(m, 192))
            n := shr(240, mload(add(m, 224)))
        }
        setStake = w & ((1 << 96) - 1);
        data2 = address(uint160(w >> 96));
        if (n == 0) revert BLSCertificateNoSet();
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
        if (BLSMinSig.isZero(apk)) revert BLSCertificateBadSet();
    }

    /// @notice Reverts unless `sig` is the aggregate signature of `digest`
    /// (BLSMinSig.SIG_DST) by the validators of `set` that `bitmap` names,
    /// and returns the stake they hold and the set's.
    function verify(address set, bytes32 digest, bytes calldata bitmap, bytes calldata sig)
        internal
        view
        returns (uint256 signedStake, uint256 setStake)
    {
        if (sig.length != BLSMinSig.SIGNATURE_SIZE) revert BLSInvalidLength();
        bytes memory apk;
        (apk, signedStake, setStake) = signersKey(set, bitmap);
        bytes memory h = BLSMinSig.hashToG1(abi.encodePacked(digest), BLSMinSig.SIG_DST);
        BLSMinSig.verifyHashed(apk, h, sig);
    }

    /// @notice The aggregate key of the validators `bitmap` names (the
    /// set's aggregate minus the others' keys), their stake and the set's.
    function signersKey(address set, bytes calldata bitmap)
        internal
        view
        returns (bytes memory apk, uint256 signedStake, uint256 setStake)
    {
        uint256 n;
        address data2;
        (apk, n, setStake, data2) = header(set);
        checkBitmap(bitmap, n);
        (bytes memory missing, uint256 nMissing, uint256 missingStake) =
            nonSigners([uint256(uint160(set)), uint160(data2), n % 8 == 0 ? 0xff : (1 << (n % 8)) - 1], bitmap);
        if (nMissing == n) revert BLSCertificateNoSigners();
        if (nMissing > 0) {
            BLSMinSig.negateG2(missing);
            BLSMinSig.addG2(apk, missing);
        }
        signedStake = setStake - missingStake;
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
                            case 1 {
                                let off := add(add(1, HEADER_SIZE), mul(i, RECORD_SIZE))
                                extcodecopy(mload(cx), add(m, 512), off, RECORD_SIZE)
                            }
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
