// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {EdDSA, EdDSASignature} from "./EdDSA.sol";
import {Poseidon2} from "./Poseidon2.sol";

/// @notice The L2's Poseidon2 and EdDSA (docs/protocol.md sections 1-2)
/// for the Rollup's forced exits and escape hatch. A stateless contract
/// that the Rollup creates in its constructor and calls, so that the
/// Rollup's own code stays under EIP-170's 24,576 bytes (ADR 025): about
/// 5,000 bytes of unrolled Poseidon2 and curve arithmetic live here, for
/// a few thousand gas per exit.
contract L2Crypto {
    /// @notice Reverts (EdDSAInvalidKey, EdDSAInvalidR,
    /// EdDSAScalarOutOfRange, EdDSABadSignature) unless `sig` is the key
    /// (ax, ay)'s signature of m (EdDSA.verify).
    function verifyEdDSA(uint256 ax, uint256 ay, uint256 m, EdDSASignature calldata sig) external pure {
        EdDSA.verify(ax, ay, m, sig);
    }

    /// @notice Poseidon2-MD of words: h = 0, then h = compress(h, w) for
    /// each word in order. Words must be below r (the caller checks).
    function hashWords(uint256[] calldata words) external pure returns (uint256 h) {
        for (uint256 i = 0; i < words.length; i++) {
            h = Poseidon2.compress(h, words[i]);
        }
    }

    /// @notice The state root that the leaf (x, y, balance, nonce) of
    /// account `account` and its Merkle path (siblings from the leaf up)
    /// give (docs/protocol.md section 5). Coordinates and siblings must be
    /// below r (the caller checks).
    function accountRoot(
        uint32 account,
        uint256 x,
        uint256 y,
        uint64 balance,
        uint64 nonce,
        uint256[] calldata siblings
    ) external pure returns (uint256 node) {
        node = Poseidon2.hash4(x, y, balance, nonce);
        for (uint256 l = 0; l < siblings.length; l++) {
            uint256 s = siblings[l];
            node = ((account >> l) & 1) == 0 ? Poseidon2.compress(node, s) : Poseidon2.compress(s, node);
        }
    }
}
