// Package minsig holds mycel's BLS signatures over BLS12-381 in the
// minimal-signature-size variant of the IETF BLS draft
// (draft-irtf-cfrg-bls-signature, proof-of-possession scheme): public keys
// in G2 (256 bytes in EIP-2537's layout), signatures in G1 (128 bytes),
// messages hashed to G1 per RFC 9380 (BLS12381G1_XMD:SHA-256_SSWU_RO_)
// under mycel's tags SignatureDST and PoPDST. It is the counterpart of
// contracts/src/BLSMinSig.sol and BLSMinSigCertificate.sol, and the
// alternative to package bls (keys in G1, signatures in G2) that ADR 031
// weighs: hashing to G1 and subtracting a G2 key cost less on L1 than
// hashing to G2 and subtracting a G1 key.
//
// The encodings and their checks are package bls's (EncodeG1, DecodeG2,
// ...): the same padding, < p, curve and subgroup checks the precompiles
// make; so are the errors (ErrBadSignature and the others are bls's).
//
// Aggregation is safe only over keys whose proof of possession was
// verified. Like package bls, the package does no networking, keeps no
// state and must not learn of validator sets, epochs or batches.
package minsig
