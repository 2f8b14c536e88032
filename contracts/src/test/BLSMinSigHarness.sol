// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BLSMinSig} from "../BLSMinSig.sol";
import {BLSMinSigCertificate} from "../BLSMinSigCertificate.sol";

/// @notice Test helper exposing BLSMinSig and BLSMinSigCertificate: keys
/// admitted only with a proof of possession, then stored as one set that
/// certificates are checked against (the gas report measures them through
/// it). The view functions revert with the libraries' errors or return
/// true.
contract BLSMinSigHarness {
    bytes[] private registered;
    uint96[] private stakes;
    /// The stored set (its first data contract); zero before storeSet.
    address public set;

    function verify(bytes calldata pubkey, bytes calldata message, bytes calldata sig) external view returns (bool) {
        BLSMinSig.verify(pubkey, message, sig);
        return true;
    }

    function verifyProofOfPossession(bytes calldata pubkey, bytes calldata proof) external view returns (bool) {
        BLSMinSig.verifyProofOfPossession(pubkey, proof);
        return true;
    }

    function verifyAggregate(bytes[] calldata pubkeys, bytes calldata message, bytes calldata sig)
        external
        view
        returns (bool)
    {
        BLSMinSig.verifyAggregate(pubkeys, message, sig);
        return true;
    }

    function aggregate(bytes[] calldata pubkeys) external view returns (bytes memory) {
        return BLSMinSig.aggregate(pubkeys);
    }

    function hashToG1(bytes calldata message, bytes calldata dst) external view returns (bytes memory) {
        return BLSMinSig.hashToG1(message, dst);
    }

    function expandMessageXMD(bytes calldata message, bytes calldata dst) external view returns (bytes memory) {
        return BLSMinSig.expandMessageXMD(message, dst);
    }

    function compress(bytes calldata pubkey) external pure returns (bytes memory) {
        return BLSMinSig.compress(pubkey);
    }

    function negate(bytes calldata pubkey) external pure returns (bytes memory p) {
        p = pubkey;
        BLSMinSig.negateG2(p);
    }

    /// @notice Admits a key with its proof of possession and stake.
    function register(bytes calldata pubkey, bytes calldata proof, uint96 stake) external {
        BLSMinSig.verifyProofOfPossession(pubkey, proof);
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
        bytes memory keys = new bytes(n * BLSMinSig.PUBLIC_KEY_SIZE);
        for (uint256 i = 0; i < n; ++i) {
            bytes memory k = registered[i];
            assembly ("memory-safe") {
                mcopy(add(add(keys, 32), mul(i, 256)), add(k, 32), 256)
            }
        }
        (set,,) = BLSMinSigCertificate.store(keys, stakes);
    }

    /// @notice Stores `keys` (n x 256 bytes) with `stakes` directly, without
    /// proofs of possession: for the tests of store's refusals and of sets
    /// too large to register key by key.
    function storeSetUnchecked(bytes calldata keys, uint96[] calldata stakes_) external {
        (set,,) = BLSMinSigCertificate.store(keys, stakes_);
    }

    /// @notice Checks a certificate; as a transaction, its gas is the
    /// certificate's cost with cold storage (the receipt's gasUsed).
    function checkMinSigCertificate(bytes32 digest, bytes calldata bitmap, bytes calldata sig)
        external
        view
        returns (uint256 signedStake, uint256 totalStake)
    {
        return BLSMinSigCertificate.verify(set, digest, bitmap, sig);
    }
}
