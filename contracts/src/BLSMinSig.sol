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
/// @notice The IETF BLS draft's (draft-irtf-cfrg-bls-signature)
/// proof-of-possession scheme in its minimal-signature-size variant: public
/// keys in G2 (256 bytes), signatures in G1 (128 bytes), both in EIP-2537's
/// byte layout (each field element 64 bytes, big-endian, 16 zero bytes in
/// front; G2 coordinates c0 before c1; the point at infinity all zeros).
/// Messages are hashed to G1 per RFC 9380
/// (BLS12381G1_XMD:SHA-256_SSWU_RO_) under mycel's tags SIG_DST and
/// POP_DST. ADR 031 chose this variant over keys in G1 and signatures in
/// G2 (measured, then removed): hashing to G1 costs two MAP_FP_TO_G1 (5,500
/// each) and a G1ADD where hashing to G2 costs two MAP_FP2_TO_G2 (23,800
/// each) and a G2ADD, at the price of keys twice as large, which are
/// stored once. Go: crypto/bls/minsig, which signs and encodes what this
/// library checks.
///
/// Validation. The pairing precompile checks that every point it is
/// handed is canonical, on its curve and in the prime-order subgroup, and
/// fails otherwise (BLSInvalidPoint); G2ADD checks canonical and on the
/// curve only. So `verify` and `verifyProofOfPossession` validate their key
/// fully. A key that is to be aggregated must first pass
/// `verifyProofOfPossession`: that checks it is in the subgroup, and that
/// its owner knows its secret key, which defeats rogue keys
/// (pk' = [r]G2 - pk, whose aggregate with pk is [r]G2). The point at
/// infinity is refused as a key and as an aggregate key (it would verify
/// the signature at infinity on anything).
///
/// Gas. Each precompile call is given exactly its EIP-2537 price: a
/// precompile that fails burns all the gas it was given, and an invalid
/// point must not cost the caller the rest of the transaction.
library BLSMinSig {
    /// Tag of signatures (the IETF draft's ciphersuite name for the PoP
    /// scheme with signatures in G1, with a MYCEL_ prefix).
    bytes internal constant SIG_DST = "MYCEL_BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_";
    /// Tag of proofs of possession, distinct from SIG_DST.
    bytes internal constant POP_DST = "MYCEL_BLS_POP_BLS12381G1_XMD:SHA-256_SSWU_RO_POP_";

    /// A key is a G2 point, a signature a G1 point.
    uint256 internal constant PUBLIC_KEY_SIZE = 256;
    uint256 internal constant SIGNATURE_SIZE = 128;

    // EIP-2537 precompiles and their prices (Prague).
    uint256 private constant MODEXP = 0x05;
    uint256 private constant G1ADD = 0x0b;
    uint256 private constant G2ADD = 0x0d;
    uint256 private constant PAIRING = 0x0f;
    uint256 private constant MAP_FP_TO_G1 = 0x10;
    uint256 private constant G1ADD_GAS = 375;
    uint256 private constant G2ADD_GAS = 600;
    uint256 private constant MAP_FP_TO_G1_GAS = 5500;
    uint256 private constant PAIRING_2_GAS = 37700 + 2 * 32600;

    /// p = P_HI * 2^256 + P_LO (EIP-2537's 64-byte layout: 16 zero bytes, 48).
    uint256 private constant P_HI = 0x1a0111ea397fe69a4b1ba7b6434bacd7;
    uint256 private constant P_LO = 0x64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab;
    /// (p - 1) / 2.
    uint256 private constant HALF_P_HI = 0x0d0088f51cbff34d258dd3db21a5d66b;
    uint256 private constant HALF_P_LO = 0xb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd555;
    /// -G2, the negated generator, in EIP-2537's layout (eight words:
    /// x.c0, x.c1, y.c0, y.c1, each high then low).
    uint256 private constant NEG_G2_X0_HI = 0x024aa2b2f08f0a91260805272dc51051;
    uint256 private constant NEG_G2_X0_LO = 0xc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8;
    uint256 private constant NEG_G2_X1_HI = 0x13e02b6052719f607dacd3a088274f65;
    uint256 private constant NEG_G2_X1_LO = 0x596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e;
    uint256 private constant NEG_G2_Y0_HI = 0x0d1b3cc2c7027888be51d9ef691d77bc;
    uint256 private constant NEG_G2_Y0_LO = 0xb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa;
    uint256 private constant NEG_G2_Y1_HI = 0x13fa4d4a0ad8b1ce186ed5061789213d;
    uint256 private constant NEG_G2_Y1_LO = 0x993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed;

    /// @notice Reverts unless `sig` is `pubkey`'s signature of `message`
    /// under SIG_DST.
    function verify(bytes memory pubkey, bytes memory message, bytes memory sig) internal view {
        verifyHashed(pubkey, hashToG1(message, SIG_DST), sig);
    }

    /// @notice Reverts unless `proof` is the signature, under POP_DST, of
    /// the key's 96-byte compressed encoding (the draft's PopVerify).
    /// Passing it also puts the key on the curve, in the subgroup and away
    /// from infinity.
    function verifyProofOfPossession(bytes memory pubkey, bytes memory proof) internal view {
        checkPublicKey(pubkey);
        verifyHashed(pubkey, hashToG1(compress(pubkey), POP_DST), proof);
    }

    /// @notice Reverts unless `sig` is the aggregate signature of `message`
    /// by every key of `pubkeys` (FastAggregateVerify). Every key must have
    /// passed verifyProofOfPossession.
    function verifyAggregate(bytes[] memory pubkeys, bytes memory message, bytes memory sig) internal view {
        verify(aggregate(pubkeys), message, sig);
    }

    /// @notice Reverts unless e(sig, G2) == e(h, pubkey), checked as the
    /// pairing product e(h, pubkey) * e(sig, -G2) == 1. h is a hashed
    /// message (hashToG1).
    function verifyHashed(bytes memory pubkey, bytes memory h, bytes memory sig) internal view {
        if (!holdsHashed(pubkey, h, sig)) revert BLSBadSignature();
    }

    /// @notice The pairing check of verifyHashed, returning its verdict
    /// instead of reverting BLSBadSignature (so that a caller can name its
    /// own error); malformed inputs revert (BLSInvalidLength,
    /// BLSInfinityPublicKey, BLSInfinitySignature, BLSInvalidPoint).
    function holdsHashed(bytes memory pubkey, bytes memory h, bytes memory sig) internal view returns (bool) {
        checkPublicKey(pubkey);
        if (sig.length != SIGNATURE_SIZE || h.length != SIGNATURE_SIZE) revert BLSInvalidLength();
        if (isZero(sig)) revert BLSInfinitySignature();
        bool ok;
        uint256 result;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mcopy(m, add(h, 32), 128)
            mcopy(add(m, 128), add(pubkey, 32), 256)
            mcopy(add(m, 384), add(sig, 32), 128)
            mstore(add(m, 512), NEG_G2_X0_HI)
            mstore(add(m, 544), NEG_G2_X0_LO)
            mstore(add(m, 576), NEG_G2_X1_HI)
            mstore(add(m, 608), NEG_G2_X1_LO)
            mstore(add(m, 640), NEG_G2_Y0_HI)
            mstore(add(m, 672), NEG_G2_Y0_LO)
            mstore(add(m, 704), NEG_G2_Y1_HI)
            mstore(add(m, 736), NEG_G2_Y1_LO)
            ok := staticcall(PAIRING_2_GAS, PAIRING, m, 768, m, 32)
            result := mload(m)
        }
        if (!ok) revert BLSInvalidPoint();
        return result == 1;
    }

    /// @notice Reverts unless `pubkey` is 256 bytes and not the point at
    /// infinity (the curve and subgroup checks are the pairing's).
    function checkPublicKey(bytes memory pubkey) internal pure {
        if (pubkey.length != PUBLIC_KEY_SIZE) revert BLSInvalidLength();
        if (isZero(pubkey)) revert BLSInfinityPublicKey();
    }

    /// @notice The sum of `pubkeys` (G2ADD), refusing a key or a sum at
    /// infinity. Every key must have passed verifyProofOfPossession.
    function aggregate(bytes[] memory pubkeys) internal view returns (bytes memory apk) {
        if (pubkeys.length == 0) revert BLSNoPublicKeys();
        checkPublicKey(pubkeys[0]);
        apk = new bytes(PUBLIC_KEY_SIZE);
        bytes memory first = pubkeys[0];
        assembly ("memory-safe") {
            mcopy(add(apk, 32), add(first, 32), 256)
        }
        for (uint256 i = 1; i < pubkeys.length; ++i) {
            checkPublicKey(pubkeys[i]);
            addG2(apk, pubkeys[i]);
        }
        if (isZero(apk)) revert BLSInfinityPublicKey();
    }

    /// @notice acc += p (G2ADD), in place. Both 256 bytes; reverts
    /// BLSInvalidPoint when either is off the curve or not canonical.
    function addG2(bytes memory acc, bytes memory p) internal view {
        if (acc.length != PUBLIC_KEY_SIZE || p.length != PUBLIC_KEY_SIZE) revert BLSInvalidLength();
        bool ok;
        assembly ("memory-safe") {
            let m := mload(0x40)
            mcopy(m, add(acc, 32), 256)
            mcopy(add(m, 256), add(p, 32), 256)
            ok := staticcall(G2ADD_GAS, G2ADD, m, 512, add(acc, 32), 256)
        }
        if (!ok) revert BLSInvalidPoint();
    }

    /// @notice p := -p for a 256-byte G2 point with canonical coordinates:
    /// y.c0 := p - y.c0 and y.c1 := p - y.c1, a zero component staying
    /// zero (the point at infinity stays).
    function negateG2(bytes memory p) internal pure {
        if (p.length != PUBLIC_KEY_SIZE) revert BLSInvalidLength();
        assembly ("memory-safe") {
            negFp(add(p, 160))
            negFp(add(p, 224))

            // The 64-byte field element at ptr: v := p - v unless v = 0.
            function negFp(ptr) {
                let hi := mload(ptr)
                let lo := mload(add(ptr, 32))
                if or(hi, lo) {
                    mstore(ptr, sub(sub(P_HI, hi), gt(lo, P_LO)))
                    mstore(add(ptr, 32), sub(P_LO, lo))
                }
            }
        }
    }

    /// @notice The ZCash compressed encoding of a 256-byte G2 key (96
    /// bytes: x.c1 with the compression flag 0x80 and, when y is the
    /// lexicographically larger root, the sign flag 0x20 in its top bits,
    /// then x.c0), the message of a proof of possession. y is the larger
    /// root when y.c1 > (p-1)/2, or y.c1 = 0 and y.c0 > (p-1)/2.
    function compress(bytes memory pubkey) internal pure returns (bytes memory out) {
        if (pubkey.length != PUBLIC_KEY_SIZE) revert BLSInvalidLength();
        out = new bytes(96);
        assembly ("memory-safe") {
            let x0Hi := mload(add(pubkey, 32))
            let x0Lo := mload(add(pubkey, 64))
            let x1Hi := mload(add(pubkey, 96))
            let x1Lo := mload(add(pubkey, 128))
            let y0Hi := mload(add(pubkey, 160))
            let y0Lo := mload(add(pubkey, 192))
            let y1Hi := mload(add(pubkey, 224))
            let y1Lo := mload(add(pubkey, 256))
            let largest := or(gt(y1Hi, HALF_P_HI), and(eq(y1Hi, HALF_P_HI), gt(y1Lo, HALF_P_LO)))
            if iszero(or(y1Hi, y1Lo)) {
                largest := or(gt(y0Hi, HALF_P_HI), and(eq(y0Hi, HALF_P_HI), gt(y0Lo, HALF_P_LO)))
            }
            let flags := or(0x80, mul(largest, 0x20))
            // out: x.c1 (48 bytes, flags in the top bits), then x.c0.
            mstore(add(out, 80), shl(128, x0Hi))
            mstore(add(out, 96), x0Lo)
            mstore(add(out, 32), or(shl(128, x1Hi), shl(248, flags)))
            mstore(add(out, 48), x1Lo)
        }
    }

    /// @notice RFC 9380 hash_to_curve for BLS12381G1_XMD:SHA-256_SSWU_RO_:
    /// expand_message_xmd to 128 bytes, two 64-byte chunks reduced mod p
    /// (MODEXP with exponent 1) into u0, u1, each mapped with MAP_FP_TO_G1
    /// (SSWU, the 11-isogeny and the cofactor clearing) and the two points
    /// added (G1ADD): clearing each map output and adding equals clearing
    /// the sum (the cofactor clearing is a group homomorphism). Returns the 128-byte G1 point.
    function hashToG1(bytes memory message, bytes memory dst) internal view returns (bytes memory out) {
        bytes memory uniform = expandMessageXMD(message, dst);
        out = new bytes(SIGNATURE_SIZE);
        bool ok = true;
        assembly ("memory-safe") {
            // m: u0, u1 (64 bytes each); buf: MODEXP's input, then the two
            // mapped points (128 bytes each).
            let m := mload(0x40)
            let buf := add(m, 128)
            mstore(buf, 64)
            mstore(add(buf, 32), 1)
            mstore(add(buf, 64), 64)
            mstore8(add(buf, 160), 1)
            mstore(add(buf, 161), P_HI)
            mstore(add(buf, 193), P_LO)
            mcopy(add(buf, 96), add(uniform, 32), 64)
            ok := and(ok, staticcall(gas(), MODEXP, buf, 225, m, 64))
            mcopy(add(buf, 96), add(uniform, 96), 64)
            ok := and(ok, staticcall(gas(), MODEXP, buf, 225, add(m, 64), 64))
            ok := and(ok, staticcall(MAP_FP_TO_G1_GAS, MAP_FP_TO_G1, m, 64, buf, 128))
            ok := and(ok, staticcall(MAP_FP_TO_G1_GAS, MAP_FP_TO_G1, add(m, 64), 64, add(buf, 128), 128))
            ok := and(ok, staticcall(G1ADD_GAS, G1ADD, buf, 256, add(out, 32), 128))
        }
        if (!ok) revert BLSInvalidPoint();
    }

    /// @notice RFC 9380 section 5.3.1 expand_message_xmd with SHA-256 and
    /// len_in_bytes = 128 (two field elements of 64 bytes): b_0 =
    /// H(Z_pad || msg || I2OSP(128, 2) || 0x00 || DST'), b_1 = H(b_0 ||
    /// 0x01 || DST'), b_i = H((b_0 xor b_(i-1)) || i || DST'), the output
    /// b_1 || ... || b_4.
    function expandMessageXMD(bytes memory message, bytes memory dst) internal view returns (bytes memory out) {
        uint256 dlen = dst.length;
        if (dlen > 255) revert BLSInvalidLength();
        out = new bytes(128);
        bool ok;
        assembly ("memory-safe") {
            // (Assembly rather than abi.encodePacked: one scratch buffer for
            // every hash, no allocation per block; about 5,000 gas less.)
            let m := mload(0x40)
            let mlen := mload(message)
            // b_0 = H(Z_pad (64 zero bytes) || msg || I2OSP(128, 2) || 0x00 || DST || len(DST))
            mstore(m, 0)
            mstore(add(m, 32), 0)
            mcopy(add(m, 64), add(message, 32), mlen)
            let p := add(add(m, 64), mlen)
            mstore(p, shl(232, 0x008000)) // 0x00 0x80 0x00
            mcopy(add(p, 3), add(dst, 32), dlen)
            mstore8(add(add(p, 3), dlen), dlen)
            ok := staticcall(gas(), 0x02, m, add(add(64, mlen), add(4, dlen)), m, 32)
            let b0 := mload(m)
            // b_i = H((b_0 xor b_(i-1)) || I2OSP(i, 1) || DST || len(DST)),
            // b_0 xor b_0 = b_0 for i = 1 (b starts at zero).
            mcopy(add(m, 33), add(dst, 32), dlen)
            mstore8(add(add(m, 33), dlen), dlen)
            let b := 0
            for { let i := 1 } lt(i, 5) { i := add(i, 1) } {
                mstore(m, xor(b0, b))
                mstore8(add(m, 32), i)
                let dst_ := add(out, mul(i, 32))
                ok := and(ok, staticcall(gas(), 0x02, m, add(34, dlen), dst_, 32))
                b := mload(dst_)
            }
        }
        if (!ok) revert BLSInvalidPoint();
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
