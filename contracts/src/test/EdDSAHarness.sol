// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {EdDSA, EdDSASignature} from "../EdDSA.sol";

/// @notice Test helper exposing the EdDSA library: verify reverts with the
/// library's error unless the signature is valid.
contract EdDSAHarness {
    function verify(uint256 ax, uint256 ay, uint256 m, EdDSASignature calldata sig) external pure returns (bool) {
        EdDSA.verify(ax, ay, m, sig);
        return true;
    }

    function onCurve(uint256 x, uint256 y) external pure returns (bool) {
        return EdDSA.onCurve(x, y);
    }
}
