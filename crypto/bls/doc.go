// Package bls holds mycel's BLS signatures over BLS12-381 in the
// minimal-public-key-size variant of the IETF BLS draft
// (draft-irtf-cfrg-bls-signature, proof-of-possession scheme): public keys
// in G1, signatures in G2, messages hashed to G2 per RFC 9380
// (BLS12381G2_XMD:SHA-256_SSWU_RO_) under mycel's own domain separation
// tags, SignatureDST and PoPDST. Points are encoded in the byte layouts of
// the EIP-2537 precompiles (G1 128 bytes, G2 256 bytes, each field element
// 64 bytes big-endian with 16 zero bytes in front, the point at infinity
// all zeros), so that what the node signs, aggregates and encodes is what
// contracts/src/BLS.sol checks on L1 byte for byte.
//
// Aggregation is safe only over keys whose proof of possession was
// verified (VerifyProofOfPossession): without it a rogue key
// pk' = [r]G1 - pk lets one party forge an aggregate for two. The package
// does no networking, keeps no state and must not learn of validator
// sets, epochs or batches (those belong to its callers); it claims no
// side-channel resistance for secret keys beyond gnark-crypto's.
package bls
