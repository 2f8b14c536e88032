// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice What the Rollup asks of a batch certificate (docs/protocol.md
/// section 9.4): its deployment names one certifier, StakingRegistry
/// (ECDSA signatures, one per signer) or BLSRegistry (a bitmap and one
/// aggregate BLS signature, ADR 031).
interface ICertifier {
    /// What a certificate is worth. (One struct rather than three return
    /// values: abigen v2 names a multi-value result after the method alone,
    /// so two contracts with this method would clash in the bindings.)
    struct Certified {
        uint256 signedStake; // stake of the current epoch that signed
        uint256 total; // the epoch's total stake: the 2/3 rule's denominator
        bytes32 signersHash; // names the signers, kept for the batch's rewards
    }

    /// @notice Reverts unless `certificate` certifies `digest` by stake of
    /// the current epoch.
    function verifyCertificate(bytes32 digest, bytes calldata certificate)
        external
        view
        returns (Certified memory);
}
