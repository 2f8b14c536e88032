// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice The Groth16 verifier exported by gnark v0.16 (ExportSolidity) for
/// a circuit with two public inputs (Rollup.publicInput and the header's dataEval). `proof` is MarshalSolidity's output:
/// 256 bytes, plus 128 when the circuit has a BSB22 commitment. Reverts
/// (ProofInvalid, PublicInputNotInField, CommitmentInvalid) unless valid.
interface IVerifier {
    function verifyProof(bytes calldata proof, uint256[2] calldata input) external view;

    /// @notice Verifies n >= 1 proofs (256 bytes each, back to back; no
    /// commitment) with inputs[i] the public inputs of proof i, in one
    /// pairing check of n + 3 pairs (a random linear combination drawn
    /// from every proof and input: prover/verifiersol, ADR 025). Reverts
    /// (ProofInvalid, PublicInputNotInField) unless every proof is valid.
    function verifyProofs(bytes calldata proofs, uint256[2][] calldata inputs) external view;
}
