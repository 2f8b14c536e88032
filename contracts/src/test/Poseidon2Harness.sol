// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {Poseidon2} from "../Poseidon2.sol";

/// @notice Test helper exposing the Poseidon2 library.
contract Poseidon2Harness {
    function compress(uint256 a, uint256 b) external pure returns (uint256) {
        return Poseidon2.compress(a, b);
    }

    function hash4(uint256 a, uint256 b, uint256 c, uint256 d) external pure returns (uint256) {
        return Poseidon2.hash4(a, b, c, d);
    }
}
