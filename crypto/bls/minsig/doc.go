// Package minsig holds mycel's BLS signatures over BLS12-381 in the
// minimal-signature-size variant of the IETF BLS draft
// (draft-irtf-cfrg-bls-signature, proof-of-possession scheme): public keys
// in G2 (256 bytes in EIP-2537's layout), signatures in G1 (128 bytes),
// messages hashed to G1 per RFC 9380 (BLS12381G1_XMD:SHA-256_SSWU_RO_)
// under mycel's tags SignatureDST and PoPDST. It is the counterpart of
// contracts/src/BLSMinSig.sol and BLSMinSigCertificate.sol: what validators
// sign attestations with, posters aggregate, and the BLSRegistry checks.
// ADR 031 chose this variant over keys in G1 and signatures in G2: hashing
// to G1 and subtracting a G2 key cost less on L1 than hashing to G2 and
// subtracting a G1 key.
//
// The encodings and their checks are package bls's (EncodeG1, DecodeG2,
// ...): the same padding, < p, curve and subgroup checks the precompiles
// make; so are the errors (ErrBadSignature and the others are bls's).
//
// Aggregation is safe only over keys whose proof of possession was
// verified: without it a rogue key pk' = [r]G2 - pk lets one party forge
// an aggregate for two. The package does no networking, keeps no state and
// must not learn of validator sets, epochs or batches (those belong to its
// callers); it claims no side-channel resistance for secret keys beyond
// gnark-crypto's.
package minsig
