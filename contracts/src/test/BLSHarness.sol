// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BLS} from "../BLS.sol";
import {BLSCertificate, BLSValidatorSet} from "../BLSCertificate.sol";

/// @notice Test helper exposing the BLS and BLSCertificate libraries, and
/// a minimal registry of the shape the StakingRegistry wiring needs: keys
/// admitted only with a proof of possession, then stored as one set that
/// certificates are checked against. The view functions revert with the
/// libraries' errors or return true.
contract BLSHarness {
    bytes[] private registered;
    uint96[] private stakes;
    BLSValidatorSet private set;

    function verify(bytes calldata pubkey, bytes calldata message, bytes calldata sig) external view returns (bool) {
        BLS.verify(pubkey, message, sig);
        return true;
    }

    function verifyProofOfPossession(bytes calldata pubkey, bytes calldata proof) external view returns (bool) {
        BLS.verifyProofOfPossession(pubkey, proof);
        return true;
    }

    function verifyAggregate(bytes[] calldata pubkeys, bytes calldata message, bytes calldata sig)
        external
        view
        returns (bool)
    {
        BLS.verifyAggregate(pubkeys, message, sig);
        return true;
    }

    function aggregate(bytes[] calldata pubkeys) external view returns (bytes memory) {
        return BLS.aggregate(pubkeys);
    }

    function hashToG2(bytes calldata message, bytes calldata dst) external view returns (bytes memory) {
        return BLS.hashToG2(message, dst);
    }

    function expandMessageXMD(bytes calldata message, bytes calldata dst) external pure returns (bytes memory) {
        return BLS.expandMessageXMD(message, dst);
    }

    function compress(bytes calldata pubkey) external pure returns (bytes memory) {
        return BLS.compress(pubkey);
    }

    /// @notice Admits a key with its proof of possession and stake.
    function register(bytes calldata pubkey, bytes calldata proof, uint96 stake) external {
        BLS.verifyProofOfPossession(pubkey, proof);
        registered.push(pubkey);
        stakes.push(stake);
    }

    function registeredCount() external view returns (uint256) {
        return registered.length;
    }

    /// @notice Stores every admitted key, in admission order, as the set
    /// certificates are checked against.
    function storeSet() external {
        uint256 n = registered.length;
        bytes memory keys = new bytes(n * BLS.G1_SIZE);
        for (uint256 i = 0; i < n; ++i) {
            bytes memory k = registered[i];
            assembly ("memory-safe") {
                mcopy(add(add(keys, 32), mul(i, 128)), add(k, 32), 128)
            }
        }
        BLSCertificate.store(set, keys, stakes);
    }

    /// @notice Checks a certificate; as a transaction, its gas is the
    /// certificate's cost with cold storage (the receipt's gasUsed).
    function checkCertificate(bytes32 digest, bytes calldata bitmap, bytes calldata sig)
        external
        view
        returns (uint256 signedStake, uint256 totalStake)
    {
        return BLSCertificate.verify(set, digest, bitmap, sig);
    }
}
