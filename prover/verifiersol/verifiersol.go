// Package verifiersol adds batched verification to the Groth16 verifier
// contracts that gnark's ExportSolidity writes (ADR 025): a function
// verifyProofs that checks n proofs of one verifying key with n + 3
// pairings instead of 4n, which Rollup.proveBatches calls to finalize
// several batches in one L1 transaction.
//
// The check is the standard random linear combination. Proof i (A_i, B_i,
// C_i) with public inputs x_i is valid when
//
//	e(A_i, B_i) = e(α, β) · e(L_i, γ) · e(C_i, δ),  L_i = K_0 + Σ_j x_ij K_j.
//
// With scalars r_0 = 1 and r_1..r_{n-1} drawn after every proof and input
// is fixed, the contract checks the product of the n equations, each
// raised to r_i:
//
//	Π_i e(r_i A_i, B_i) · e(Σ r_i C_i, -δ) · e((Σ r_i) α, -β) · e(Σ r_i L_i, -γ) = 1,
//
// where Σ r_i L_i = (Σ r_i) K_0 + Σ_j (Σ_i r_i x_ij) K_j costs one scalar
// multiplication per key point whatever n is. The r_i are keccak256 of a
// seed that hashes all proofs and inputs, with the index, reduced into
// [1, r-1]. Pairing values lie in the order-r subgroup of GT (the final
// exponentiation puts them there), so if equation i fails by a factor
// X ≠ 1, the product is 1 for at most one value of r_i given the others:
// each set of proofs a prover tries (each a fresh seed) passes with
// probability at most 1/(r-1), and q tries with at most q/(r-1), as
// hard as forging one proof (ADR 025).
package verifiersol

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
)

// Render returns the verifier contract of vk named name: gnark's
// ExportSolidity (pragma ^0.8.30) with the contract renamed, plus
// verifyProofs (AddBatchVerify). The batch circuit's verifiers
// (prover.ExportSolidity) and the contracts' test verifier
// (internal/testverifier) are both rendered here; each adds its header.
func Render(vk groth16.VerifyingKey, name string) ([]byte, error) {
	var buf bytes.Buffer
	if err := vk.ExportSolidity(&buf, solidity.WithPragmaVersion("^0.8.30")); err != nil {
		return nil, err
	}
	s := buf.Bytes()
	if !bytes.Contains(s, []byte("contract Verifier ")) {
		return nil, fmt.Errorf("verifiersol: unexpected gnark template (no 'contract Verifier')")
	}
	s = bytes.Replace(s, []byte("contract Verifier "), []byte("contract "+name+" "), 1)
	return AddBatchVerify(s, vk.NbPublicWitness())
}

// AddBatchVerify inserts verifyProofs into the verifier contract src that
// gnark v0.16's ExportSolidity rendered for a verifying key with nbPublic
// public inputs and no BSB22 commitment, and returns the new source. It
// refuses a template it does not recognise.
func AddBatchVerify(src []byte, nbPublic int) ([]byte, error) {
	if nbPublic < 1 {
		return nil, fmt.Errorf("verifiersol: %d public inputs; want at least 1", nbPublic)
	}
	for _, want := range []string{
		"function verifyProof(", "uint256[" + fmt.Sprint(nbPublic) + "] calldata input",
		"ALPHA_X", "BETA_NEG_X_1", "GAMMA_NEG_X_1", "DELTA_NEG_X_1", "CONSTANT_X",
		fmt.Sprintf("PUB_%d_X", nbPublic-1), "error ProofInvalid()", "error PublicInputNotInField()",
		"PRECOMPILE_MUL", "PRECOMPILE_ADD", "PRECOMPILE_VERIFY",
	} {
		if !bytes.Contains(src, []byte(want)) {
			return nil, fmt.Errorf("verifiersol: unexpected gnark template (no %q)", want)
		}
	}
	if bytes.Contains(src, []byte(fmt.Sprintf("PUB_%d_X", nbPublic))) {
		return nil, fmt.Errorf("verifiersol: the template has more than %d public inputs", nbPublic)
	}
	if bytes.Contains(src, []byte("PEDERSEN")) {
		return nil, fmt.Errorf("verifiersol: the verifier has a BSB22 commitment; batched verification supports none")
	}
	end := bytes.LastIndexByte(src, '}')
	if end < 0 {
		return nil, fmt.Errorf("verifiersol: no closing brace")
	}
	out := make([]byte, 0, len(src)+8192)
	out = append(out, src[:end]...)
	out = append(out, render(nbPublic)...)
	out = append(out, src[end:]...)
	return out, nil
}

// render returns verifyProofs for nbPublic public inputs.
func render(nbPublic int) string {
	var accDecl, accInit, accStep, accMSM strings.Builder
	for j := range nbPublic {
		fmt.Fprintf(&accDecl, "            let s%d\n", j)
		fmt.Fprintf(&accInit, "            s%d := calldataload(add(inputs.offset, %#x))\n", j, 32*j)
		fmt.Fprintf(&accInit, "            inField := and(inField, lt(s%d, R))\n", j)
		fmt.Fprintf(&accStep, "                x := calldataload(add(q, %#x))\n", 32*j)
		fmt.Fprintf(&accStep, "                inField := and(inField, lt(x, R))\n")
		fmt.Fprintf(&accStep, "                s%d := addmod(s%d, mulmod(r, x, R), R)\n", j, j)
		fmt.Fprintf(&accMSM, "            mstore(add(g, 0x40), PUB_%d_X)\n", j)
		fmt.Fprintf(&accMSM, "            mstore(add(g, 0x60), PUB_%d_Y)\n", j)
		fmt.Fprintf(&accMSM, "            mstore(add(g, 0x80), s%d)\n", j)
		fmt.Fprintf(&accMSM, "            success := and(success, staticcall(gas(), PRECOMPILE_MUL, add(g, 0x40), 0x60, add(g, 0x40), 0x40))\n")
		fmt.Fprintf(&accMSM, "            success := and(success, staticcall(gas(), PRECOMPILE_ADD, g, 0x80, g, 0x40))\n")
	}
	r := strings.NewReplacer(
		"{{NPUB}}", fmt.Sprint(nbPublic),
		"{{INPUT_BYTES}}", fmt.Sprintf("%#x", 32*nbPublic),
		"{{ACC_DECL}}", accDecl.String(),
		"{{ACC_INIT}}", accInit.String(),
		"{{ACC_STEP}}", accStep.String(),
		"{{ACC_MSM}}", accMSM.String(),
	)
	return r.Replace(batchTemplate)
}

const batchTemplate = `
    // ---- Added by mycel (prover/verifiersol, ADR 025): batched verification ----

    /// Verify n uncompressed Groth16 proofs of this key with one pairing
    /// check of n + 3 pairs: the product of the n verification equations,
    /// equation i raised to r_i, where r_0 = 1 and r_i (i > 0) is
    /// keccak256(seed, i) reduced into [1, R-1] and seed is keccak256 of
    /// every proof and every input. Accepts only if (but for a chance of
    /// about 1/R per try) every proof is valid for its inputs.
    /// @notice Reverts with PublicInputNotInField if an input is not reduced
    /// and with ProofInvalid if a point is malformed or a proof is invalid.
    /// @param proofs n proofs, each in verifyProof's 256-byte format, back to back.
    /// @param inputs the public inputs of proof i at index i (n >= 1).
    function verifyProofs(
        bytes calldata proofs,
        uint256[{{NPUB}}][] calldata inputs
    ) public view {
        uint256 n = inputs.length;
        require(n > 0 && proofs.length == n * 0x100, "invalid proofs length");
        bool success = true;
        bool inField = true;
        assembly ("memory-safe") {
            let f := mload(0x40) // Free memory pointer; used past it, not reserved.

            // The seed: every proof, then every input.
            calldatacopy(f, proofs.offset, proofs.length)
            calldatacopy(add(f, proofs.length), inputs.offset, mul(n, {{INPUT_BYTES}}))
            let seed := keccak256(f, add(proofs.length, mul(n, {{INPUT_BYTES}})))

            // Pairs (n + 3 of 0xc0 bytes) from f; scratch from g: the sum of
            // r_i C_i at g, an ECMUL input (x, y, scalar) at g + 0x40.
            let g := add(f, mul(add(n, 3), 0xc0))
            let sumR := 1
{{ACC_DECL}}{{ACC_INIT}}
            // Proof 0 (r_0 = 1): e(A_0, B_0) as it is; C_0 starts the sum.
            calldatacopy(f, proofs.offset, 0xc0)
            calldatacopy(g, add(proofs.offset, 0xc0), 0x40)

            for { let i := 1 } lt(i, n) { i := add(i, 1) } {
                mstore(0x00, seed)
                mstore(0x20, i)
                let r := add(mod(keccak256(0x00, 0x40), sub(R, 1)), 1)
                let p := add(proofs.offset, mul(i, 0x100))
                let q := add(inputs.offset, mul(i, {{INPUT_BYTES}}))
                let x
{{ACC_STEP}}                sumR := addmod(sumR, r, R)
                // e(r_i A_i, B_i)
                let pe := add(f, mul(i, 0xc0))
                calldatacopy(pe, p, 0x40)
                mstore(add(pe, 0x40), r)
                success := and(success, staticcall(gas(), PRECOMPILE_MUL, pe, 0x60, pe, 0x40))
                calldatacopy(add(pe, 0x40), add(p, 0x40), 0x80)
                // sum += r_i C_i
                calldatacopy(add(g, 0x40), add(p, 0xc0), 0x40)
                mstore(add(g, 0x80), r)
                success := and(success, staticcall(gas(), PRECOMPILE_MUL, add(g, 0x40), 0x60, add(g, 0x40), 0x40))
                success := and(success, staticcall(gas(), PRECOMPILE_ADD, g, 0x80, g, 0x40))
            }

            // e(Σ r_i C_i, -δ)
            let e := add(f, mul(n, 0xc0))
            mstore(e, mload(g))
            mstore(add(e, 0x20), mload(add(g, 0x20)))
            mstore(add(e, 0x40), DELTA_NEG_X_1)
            mstore(add(e, 0x60), DELTA_NEG_X_0)
            mstore(add(e, 0x80), DELTA_NEG_Y_1)
            mstore(add(e, 0xa0), DELTA_NEG_Y_0)

            // e((Σ r_i) α, -β)
            e := add(e, 0xc0)
            mstore(e, ALPHA_X)
            mstore(add(e, 0x20), ALPHA_Y)
            mstore(add(e, 0x40), sumR)
            success := and(success, staticcall(gas(), PRECOMPILE_MUL, e, 0x60, e, 0x40))
            mstore(add(e, 0x40), BETA_NEG_X_1)
            mstore(add(e, 0x60), BETA_NEG_X_0)
            mstore(add(e, 0x80), BETA_NEG_Y_1)
            mstore(add(e, 0xa0), BETA_NEG_Y_0)

            // e(Σ r_i L_i, -γ), Σ r_i L_i = (Σ r_i) K_0 + Σ_j s_j K_j
            mstore(g, CONSTANT_X)
            mstore(add(g, 0x20), CONSTANT_Y)
            mstore(add(g, 0x40), sumR)
            success := and(success, staticcall(gas(), PRECOMPILE_MUL, g, 0x60, g, 0x40))
{{ACC_MSM}}            e := add(e, 0xc0)
            mstore(e, mload(g))
            mstore(add(e, 0x20), mload(add(g, 0x20)))
            mstore(add(e, 0x40), GAMMA_NEG_X_1)
            mstore(add(e, 0x60), GAMMA_NEG_X_0)
            mstore(add(e, 0x80), GAMMA_NEG_Y_1)
            mstore(add(e, 0xa0), GAMMA_NEG_Y_0)

            success := and(success, staticcall(gas(), PRECOMPILE_VERIFY, f, mul(add(n, 3), 0xc0), f, 0x20))
            success := and(success, mload(f))
        }
        if (!inField) revert PublicInputNotInField();
        if (!success) revert ProofInvalid();
    }
`
