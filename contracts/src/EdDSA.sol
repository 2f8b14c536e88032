// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Poseidon2} from "./Poseidon2.sol";

/// @notice A user signature (docs/protocol.md section 2) with R in affine
/// coordinates: (rx, ry) is the point the 32-byte R encodes and s the
/// signature's S. Go: contracts.ExitSignature.
struct EdDSASignature {
    uint256 rx;
    uint256 ry;
    uint256 s;
}

// Errors at file level, so that the library has no ABI of its own (and no
// artifact); they appear in the ABI of every contract that can revert with them.

/// The public key is not a curve point with coordinates below r.
error EdDSAInvalidKey();
/// R is not a curve point with coordinates below r.
error EdDSAInvalidR();
/// S is not in [1, l).
error EdDSAScalarOutOfRange();
/// The signature does not verify: another key, another message, or tampered
/// with.
error EdDSABadSignature();

/// @title EdDSA on the BN254 twisted Edwards curve with Poseidon2 challenges
/// @notice The ledger's signature rule (ledger.VerifyHash, docs/protocol.md
/// section 2), so that L1 accepts exactly the signatures the L2 accepts:
/// the key and R are curve points with canonical coordinates (< r),
/// 1 <= S < l, k = Poseidon2-MD(R.x, R.y, A.x, A.y, m) as an integer, and
/// the cofactorless equation [S]B == R + [k]A. The curve is gnark-crypto's
/// ecc/bn254/twistededwards: -x^2 + y^2 = 1 + d x^2 y^2 over the BN254
/// scalar field r, base point B of prime order l, cofactor 8. The
/// equation, checked as [S]B + [k](-A) == R, forces R into the prime-order
/// subgroup (A and B are in it), so small-order and torsion-mixed R fail it.
library EdDSA {
    /// The curve's base field: the BN254 scalar field.
    uint256 internal constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// Order of the prime-order subgroup.
    uint256 internal constant L = 2736030358979909402780800718157159386076813972158567259200215660948447373041;
    uint256 internal constant D = 12181644023421730124874158521699555681764249180949974110617291017600649128846;
    /// 2d mod r.
    uint256 internal constant D2 = 2475045175004185027501911298141836274980133961483913877536377848625489762075;
    /// The base point B.
    uint256 internal constant BX = 9671717474070082183213120605117400219616337014328744928644933853176787189663;
    uint256 internal constant BY = 16950150798460657717958625567821834550301663161624707787222815936182638968203;
    /// B in the cached form the addition takes: y - x, y + x, 2d x y (mod r).
    uint256 internal constant B_YMX = 7278433324390575534745504962704434330685326147295962858577882083005851778540;
    uint256 internal constant B_YPX = 4733625400691464678925340427681959681369635775537418372169545602783617662249;
    uint256 internal constant B_T2D = 10756884400986474786168363572427000469717890049888351312855497104361721611675;

    /// @notice Reverts unless `sig` is key (ax, ay)'s signature of the field
    /// element m (< r). The caller vouches that the key is in the
    /// prime-order subgroup (the ledger only admits such keys); the
    /// verification itself needs only that it is on the curve, which is
    /// checked here.
    function verify(uint256 ax, uint256 ay, uint256 m, EdDSASignature calldata sig) internal pure {
        if (!onCurve(ax, ay)) revert EdDSAInvalidKey();
        uint256 rx = sig.rx;
        uint256 ry = sig.ry;
        uint256 s = sig.s;
        if (!onCurve(rx, ry)) revert EdDSAInvalidR();
        if (s == 0 || s >= L) revert EdDSAScalarOutOfRange();
        if (m >= R) revert EdDSABadSignature();
        uint256 k = Poseidon2.compress(Poseidon2.compress(Poseidon2.compress(Poseidon2.compress(Poseidon2.compress(0, rx), ry), ax), ay), m);
        (uint256 X, uint256 Y, uint256 Z) = _mulAdd(s, k, ax, ay);
        // (X : Y : Z) == (rx, ry): compared without inversion; Z != 0 since
        // the formulas are complete on this curve.
        if (X != mulmod(rx, Z, R) || Y != mulmod(ry, Z, R)) revert EdDSABadSignature();
    }

    /// @notice Whether (x, y) is a point of the curve with canonical
    /// coordinates: x, y < r and -x^2 + y^2 == 1 + d x^2 y^2.
    function onCurve(uint256 x, uint256 y) internal pure returns (bool) {
        if (x >= R || y >= R) return false;
        uint256 x2 = mulmod(x, x, R);
        uint256 y2 = mulmod(y, y, R);
        return addmod(y2, R - x2, R) == addmod(1, mulmod(D, mulmod(x2, y2, R), R), R);
    }

    /// [s]B + [k](-A) in projective coordinates, for a curve point A = (ax,
    /// ay): Straus-Shamir over the bits of both scalars (k < 2^254, not
    /// reduced mod l, as the ledger multiplies) with the table {B, -A,
    /// B - A}. Extended twisted Edwards coordinates (X : Y : T : Z), a = -1
    /// (Hisil-Wong-Carter-Dawson 2008): dbl-2008-hwcd for doubling and
    /// add-2008-hwcd-3 against points cached as (Y - X, Y + X, 2d T, 2 Z).
    /// Both are complete here (-1 is a square mod r and d is not), so
    /// the identity, equal and opposite points need no special case. T is
    /// computed only where an addition follows. Values are reduced where
    /// they leave the loop body; sums and differences in between stay below
    /// 2^256 (r < 2^254), which mulmod takes as they are.
    function _mulAdd(uint256 s, uint256 k, uint256 ax, uint256 ay)
        private
        pure
        returns (uint256 X, uint256 Y, uint256 Z)
    {
        assembly ("memory-safe") {
            let P := R
            let P2 := add(R, R)
            // Table of cached points at the free memory pointer (scratch,
            // not allocated): entry j = 1, 2, 3 at tbl + 128 (j - 1).
            let tbl := mload(0x40)
            // 1: B
            mstore(tbl, B_YMX)
            mstore(add(tbl, 0x20), B_YPX)
            mstore(add(tbl, 0x40), B_T2D)
            mstore(add(tbl, 0x60), 2)
            // 2: -A = (r - ax, ay)
            let nax := sub(P, ax) // in [1, r]; only ever an operand of addmod/mulmod
            let aYmX := addmod(ay, ax, P)
            let aYpX := addmod(ay, nax, P)
            let aT2d := mulmod(mulmod(D2, nax, P), ay, P)
            mstore(add(tbl, 0x80), aYmX)
            mstore(add(tbl, 0xa0), aYpX)
            mstore(add(tbl, 0xc0), aT2d)
            mstore(add(tbl, 0xe0), 2)
            // 3: B + (-A), B taken as (BX : BY : BX*BY : 1)
            {
                let a := mulmod(B_YMX, aYmX, P)
                let b := mulmod(B_YPX, aYpX, P)
                let c := mulmod(mulmod(BX, BY, P), aT2d, P)
                let d := 2
                let e := add(b, sub(P, a))
                let f := add(d, sub(P, c))
                let g := add(d, c)
                let h := add(b, a)
                let x3 := mulmod(e, f, P)
                let y3 := mulmod(g, h, P)
                let t3 := mulmod(e, h, P)
                let z3 := mulmod(f, g, P)
                mstore(add(tbl, 0x100), addmod(y3, sub(P, x3), P))
                mstore(add(tbl, 0x120), addmod(y3, x3, P))
                mstore(add(tbl, 0x140), mulmod(D2, t3, P))
                mstore(add(tbl, 0x160), addmod(z3, z3, P))
            }
            // The identity (0 : 1 : 0 : 1).
            X := 0
            Y := 1
            Z := 1
            let T := 0
            for { let i := 254 } i {} {
                i := sub(i, 1)
                let bits := or(and(shr(i, s), 1), shl(1, and(shr(i, k), 1)))
                // P = 2P
                {
                    let a := mulmod(X, X, P)
                    let b := mulmod(Y, Y, P)
                    let c := mulmod(Z, Z, P)
                    let xy := add(X, Y)
                    let ab := add(a, b)
                    let e := add(mulmod(xy, xy, P), sub(P2, ab)) // (X + Y)^2 - A - B
                    let g := add(b, sub(P, a)) // aA + B with a = -1
                    let f := add(g, sub(P2, add(c, c))) // G - 2 Z^2
                    let h := sub(P2, ab) // aA - B
                    X := mulmod(e, f, P)
                    Y := mulmod(g, h, P)
                    Z := mulmod(f, g, P)
                    if bits { T := mulmod(e, h, P) }
                }
                // P += table[bits]
                if bits {
                    let q := add(tbl, shl(7, sub(bits, 1)))
                    let a := mulmod(add(Y, sub(P, X)), mload(q), P)
                    let b := mulmod(add(Y, X), mload(add(q, 0x20)), P)
                    let c := mulmod(T, mload(add(q, 0x40)), P)
                    let d := mulmod(Z, mload(add(q, 0x60)), P)
                    let e := add(b, sub(P, a))
                    let f := add(d, sub(P, c))
                    let g := add(d, c)
                    let h := add(b, a)
                    X := mulmod(e, f, P)
                    Y := mulmod(g, h, P)
                    Z := mulmod(f, g, P)
                }
            }
        }
    }
}
