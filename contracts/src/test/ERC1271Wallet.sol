// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice Test helper: a contract wallet that approves, by ERC-1271, every
/// digest `signer` signed (65-byte r || s || v) and nothing else.
contract ERC1271Wallet {
    address public signer;

    function setSigner(address signer_) external {
        signer = signer_;
    }

    function isValidSignature(bytes32 digest, bytes calldata sig) external view returns (bytes4) {
        if (sig.length != 65) return 0xffffffff;
        bytes32 r = bytes32(sig[0:32]);
        bytes32 s = bytes32(sig[32:64]);
        uint8 v = uint8(sig[64]);
        return ecrecover(digest, v, r, s) == signer && signer != address(0) ? bytes4(0x1626ba7e) : bytes4(0xffffffff);
    }
}
