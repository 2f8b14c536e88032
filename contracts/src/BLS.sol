// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

// Errors at file level, so that the library has no ABI of its own (and no
// artifact); they appear in the ABI of every contract that can revert with them.

/// A G1 point is not 128 bytes, a G2 point not 256 bytes, or a domain
/// separation tag longer than 255 bytes.
error BLSInvalidLength();
/// The public key (or an aggregate of keys) is the point at infinity.
error BLSInfinityPublicKey();
/// The signature is the point at infinity.
error BLSInfinitySignature();
/// An EIP-2537 precompile refused its input: a field element with non-zero
/// padding or not below p, a point off the curve, or (pairing) a point
/// outside the prime-order subgroup.
error BLSInvalidPoint();
/// The signature does not verify: another key, another message, another
/// domain, or tampered with.
error BLSBadSignature();
/// No public keys to aggregate.
error BLSNoPublicKeys();

/// @title BLS signatures over BLS12-381 with the EIP-2537 precompiles
/// @notice The minimal-public-key-size variant of the IETF BLS draft
/// (draft-irtf-cfrg-bls-signature), proof-of-possession scheme: public keys
/// in G1 (128 bytes), signatures in G2 (256 bytes), both in EIP-2537's byte
/// layout (each field element 64 bytes, big-endian, 16 zero bytes in front;
/// G2 coordinates c0 before c1; the point at infinity all zeros). Messages
/// are hashed to G2 per RFC 9380 (BLS12381G2_XMD:SHA-256_SSWU_RO_) under
/// mycel's tags SIG_DST and POP_DST. Go: crypto/bls, which signs and
/// encodes what this library checks.
///
/// Validation. The pairing precompile checks that every point it is
/// handed is canonical, on its curve and in the prime-order subgroup, and
/// fails otherwise (BLSInvalidPoint); G1ADD checks canonical and on the
/// curve only. So `verify` and `verifyProofOfPossession` validate their
/// key fully. A key that is to be aggregated must first pass
/// `verifyProofOfPossession`: that checks it is in the subgroup, and that
/// its owner knows its secret key, which defeats rogue keys
/// (pk' = [r]G1 - pk, whose aggregate with pk is [r]G1). `verifyAggregate`
/// and `aggregate` do not repeat the check: they take keys the caller has
/// admitted that way. The point at infinity is refused as a key and as an
/// aggregate key (it would verify the signature at infinity on anything).
///
/// Gas. Each precompile call is given exactly its EIP-2537 price: a
/// precompile that fails burns all the gas it was given, and an invalid
/// point must not cost the caller the rest of the transaction.
library BLS {
    /// Tag of signatures (RFC 9380 section 3.1; the IETF draft's
    /// ciphersuite name for the PoP scheme, with a MYCEL_ prefix).
    bytes internal constant SIG_DST = "MYCEL_BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";
    /// Tag of proofs of possession: distinct, so that a proof of possession
    /// is no signature of a message and no signature is a proof.
    bytes internal constant POP_DST = "MYCEL_BLS_POP_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_";

    uint256 internal constant G1_SIZE = 128;
    uint256 internal constant G2_SIZE = 256;

    // EIP-2537 precompiles and their prices (Prague).
    uint256 private constant MODEXP = 0x05;
    uint256 private constant G1ADD = 0x0b;
    uint256 private constant G2ADD = 0x0d;
    uint256 private constant PAIRING = 0x0f;
    uint256 private constant MAP_FP2_TO_G2 = 0x11;
    uint256 private constant G1ADD_GAS = 375;
    uint256 private constant G2ADD_GAS = 600;
    uint256 private constant MAP_FP2_TO_G2_GAS = 23800;
    uint256 private constant PAIRING_2_GAS = 37700 + 2 * 32600;

    /// The base field modulus p = P_HI * 2^256 + P_LO: in EIP-2537's
    /// 64-byte layout, the words P_HI (16 zero bytes, 16 bytes) and P_LO.
    uint256 private constant P_HI = 0x1a0111ea397fe69a4b1ba7b6434bacd7;
    uint256 private constant P_LO = 0x64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab;
    /// (p - 1) / 2: y above it is the "lexicographically largest" root.
    uint256 private constant HALF_P_HI = 0x0d0088f51cbff34d258dd3db21a5d66b;
    uint256 private constant HALF_P_LO = 0xb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd555;
    /// -G1, the negated generator, in EIP-2537's layout (four words).
    uint256 private constant NEG_G1_X_HI = 0x17f1d3a73197d7942695638c4fa9ac0f;
    uint256 private constant NEG_G1_X_LO = 0xc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb;
    uint256 private constant NEG_G1_Y_HI = 0x114d1d6855d545a8aa7d76c8cf2e21f2;
    uint256 private constant NEG_G1_Y_LO = 0x67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca;

    /// @notice Reverts unless `sig` is `pubkey`'s signature of `message`
    /// under SIG_DST.
    function verify(bytes memory pubkey, bytes memory message, bytes memory sig) internal view {
        verifyHashed(pubkey, hashToG2(message, SIG_DST), sig);
    }

    /// @notice Reverts unless `proof` proves possession of `pubkey`'s
    /// secret key: its signature, under POP_DST, of the key's 48-byte
    /// compressed encoding (the draft's PopVerify). Passing it also puts
    /// the key on the curve, in the subgroup and away from infinity.
    function verifyProofOfPossession(bytes memory pubkey, bytes memory proof) internal view {
        checkPublicKey(pubkey);
        verifyHashed(pubkey, hashToG2(compress(pubkey), POP_DST), proof);
    }

    /// @notice Reverts unless `sig` is the aggregate signature of `message`
    /// by every key of `pubkeys` (the draft's FastAggregateVerify). Every
    /// key must have passed verifyProofOfPossession.
    function verifyAggregate(bytes[] memory pubkeys, bytes memory message, bytes memory sig) internal view {
        verify(aggregate(pubkeys), message, sig);
    }

    /// @notice Reverts unless e(pubkey, h) == e(G1, sig), checked as the
    /// pairing product e(pubkey, h) * e(-G1, sig) == 1. h is a hashed
    /// message (hashToG2).
    function verifyHashed(bytes memory pubkey, bytes memory h, bytes memory sig) internal view {
        checkPublicKey(pubkey);
        if (sig.length != G2_SIZE || h.length != G2_SIZE) revert BLSInvalidLength();
        if (isZero(sig)) revert BLSInfinitySignature();
        bool ok;
        uint256 result;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mcopy(m, add(pubkey, 32), 128)
            mcopy(add(m, 128), add(h, 32), 256)
            mstore(add(m, 384), NEG_G1_X_HI)
            mstore(add(m, 416), NEG_G1_X_LO)
            mstore(add(m, 448), NEG_G1_Y_HI)
            mstore(add(m, 480), NEG_G1_Y_LO)
            mcopy(add(m, 512), add(sig, 32), 256)
            ok := staticcall(PAIRING_2_GAS, PAIRING, m, 768, m, 32)
            result := mload(m)
        }
        if (!ok) revert BLSInvalidPoint();
        if (result != 1) revert BLSBadSignature();
    }

    /// @notice Reverts unless `pubkey` is 128 bytes and not the point at
    /// infinity (the curve and subgroup checks are the pairing's).
    function checkPublicKey(bytes memory pubkey) internal pure {
        if (pubkey.length != G1_SIZE) revert BLSInvalidLength();
        if (isZero(pubkey)) revert BLSInfinityPublicKey();
    }

    /// @notice The sum of `pubkeys` (G1ADD), refusing a key or a sum at
    /// infinity. Every key must have passed verifyProofOfPossession: G1ADD
    /// checks that points are on the curve, not that they are in the
    /// subgroup.
    function aggregate(bytes[] memory pubkeys) internal view returns (bytes memory apk) {
        if (pubkeys.length == 0) revert BLSNoPublicKeys();
        checkPublicKey(pubkeys[0]);
        apk = new bytes(G1_SIZE);
        bytes memory first = pubkeys[0];
        assembly ("memory-safe") {
            mcopy(add(apk, 32), add(first, 32), 128)
        }
        for (uint256 i = 1; i < pubkeys.length; ++i) {
            checkPublicKey(pubkeys[i]);
            addG1(apk, pubkeys[i]);
        }
        if (isZero(apk)) revert BLSInfinityPublicKey();
    }

    /// @notice acc += p (G1ADD), in place. Both 128 bytes; reverts
    /// BLSInvalidPoint when either is off the curve or not canonical.
    function addG1(bytes memory acc, bytes memory p) internal view {
        if (acc.length != G1_SIZE || p.length != G1_SIZE) revert BLSInvalidLength();
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mcopy(m, add(acc, 32), 128)
            mcopy(add(m, 128), add(p, 32), 128)
            ok := staticcall(G1ADD_GAS, G1ADD, m, 256, add(acc, 32), 128)
        }
        if (!ok) revert BLSInvalidPoint();
    }

    /// @notice p := -p for a 128-byte G1 point with canonical coordinates
    /// (y := p - y; the point at infinity stays).
    function negateG1(bytes memory p) internal pure {
        if (p.length != G1_SIZE) revert BLSInvalidLength();
        if (isZero(p)) return;
        assembly ("memory-safe") {
            let yHi := mload(add(p, 96))
            let yLo := mload(add(p, 128))
            let lo := sub(P_LO, yLo)
            let borrow := gt(yLo, P_LO)
            mstore(add(p, 96), sub(sub(P_HI, yHi), borrow))
            mstore(add(p, 128), lo)
        }
    }

    /// @notice The ZCash compressed encoding of a 128-byte G1 key (48
    /// bytes: x with the compression flag 0x80 and, when y > (p-1)/2, the
    /// sign flag 0x20 in its top bits), the message of a proof of
    /// possession (the draft's point_to_pubkey).
    function compress(bytes memory pubkey) internal pure returns (bytes memory out) {
        if (pubkey.length != G1_SIZE) revert BLSInvalidLength();
        out = new bytes(48);
        assembly ("memory-safe") {
            let xHi := mload(add(pubkey, 32))
            let xLo := mload(add(pubkey, 64))
            let yHi := mload(add(pubkey, 96))
            let yLo := mload(add(pubkey, 128))
            let largest := or(gt(yHi, HALF_P_HI), and(eq(yHi, HALF_P_HI), gt(yLo, HALF_P_LO)))
            let flags := or(0x80, mul(largest, 0x20))
            mstore(add(out, 32), or(shl(128, xHi), shl(248, flags)))
            mstore(add(out, 48), xLo)
        }
    }

    /// @notice RFC 9380 hash_to_curve for BLS12381G2_XMD:SHA-256_SSWU_RO_:
    /// expand_message_xmd to 256 bytes, four 64-byte chunks reduced mod p
    /// (MODEXP with exponent 1) into u0, u1 in Fp2, each mapped with
    /// MAP_FP2_TO_G2 (SSWU, the 3-isogeny and the cofactor clearing), and
    /// the two points added (G2ADD). Clearing the cofactor of each map
    /// output and adding equals clearing it on the sum: the clearing is
    /// a group homomorphism. Returns the 256-byte G2 point.
    function hashToG2(bytes memory message, bytes memory dst) internal view returns (bytes memory out) {
        bytes memory uniform = expandMessageXMD(message, dst);
        out = new bytes(G2_SIZE);
        bool ok = true;
        assembly ("memory-safe") {
            let m := mload(0x40)
            let buf := add(m, 256)
            // MODEXP input: |B| = 64, |E| = 1, |M| = 64, B, E = 1, M = p.
            mstore(buf, 64)
            mstore(add(buf, 32), 1)
            mstore(add(buf, 64), 64)
            mstore8(add(buf, 160), 1)
            mstore(add(buf, 161), P_HI)
            mstore(add(buf, 193), P_LO)
            for { let i := 0 } lt(i, 4) { i := add(i, 1) } {
                mcopy(add(buf, 96), add(add(uniform, 32), mul(i, 64)), 64)
                ok := and(ok, staticcall(gas(), MODEXP, buf, 225, add(m, mul(i, 64)), 64))
            }
            ok := and(ok, staticcall(MAP_FP2_TO_G2_GAS, MAP_FP2_TO_G2, m, 128, buf, 256))
            ok := and(ok, staticcall(MAP_FP2_TO_G2_GAS, MAP_FP2_TO_G2, add(m, 128), 128, add(buf, 256), 256))
            ok := and(ok, staticcall(G2ADD_GAS, G2ADD, buf, 512, add(out, 32), 256))
        }
        if (!ok) revert BLSInvalidPoint();
    }

    /// @notice RFC 9380 section 5.3.1 expand_message_xmd with SHA-256 and
    /// len_in_bytes = 256 (two Fp2 elements of 2 x 64 bytes): b_0 =
    /// H(Z_pad || msg || I2OSP(256, 2) || 0x00 || DST'), b_1 = H(b_0 ||
    /// 0x01 || DST'), b_i = H((b_0 xor b_(i-1)) || i || DST'), the output
    /// b_1 || ... || b_8; DST' = dst || I2OSP(len(dst), 1).
    function expandMessageXMD(bytes memory message, bytes memory dst) internal pure returns (bytes memory out) {
        if (dst.length > 255) revert BLSInvalidLength();
        bytes memory dstPrime = abi.encodePacked(dst, uint8(dst.length));
        bytes32 b0 = sha256(abi.encodePacked(bytes32(0), bytes32(0), message, uint16(256), uint8(0), dstPrime));
        bytes32 b = sha256(abi.encodePacked(b0, uint8(1), dstPrime));
        out = new bytes(256);
        assembly ("memory-safe") {
            mstore(add(out, 32), b)
        }
        for (uint256 i = 2; i <= 8; ++i) {
            b = sha256(abi.encodePacked(b0 ^ b, uint8(i), dstPrime));
            assembly ("memory-safe") {
                mstore(add(out, mul(i, 32)), b)
            }
        }
    }

    /// @notice Whether every byte of b is zero (the point at infinity).
    function isZero(bytes memory b) internal pure returns (bool z) {
        z = true;
        for (uint256 i = 0; i < b.length; i += 32) {
            uint256 w;
            assembly ("memory-safe") {
                w := mload(add(add(b, 32), i))
            }
            if (b.length - i < 32) w >>= 8 * (32 - (b.length - i));
            if (w != 0) return false;
        }
    }
}
