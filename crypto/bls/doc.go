// Package bls holds what mycel's BLS12-381 signatures (crypto/bls/minsig,
// ADR 031) share with the EIP-2537 precompiles: the byte layouts of field
// elements and points (each field element 64 bytes, big-endian, with 16
// zero bytes in front; G1 x || y in 128 bytes, G2 x.c0 || x.c1 || y.c0 ||
// y.c1 in 256; the point at infinity all zeros), decoders that check what
// the precompiles check (canonical, on the curve, in the prime-order
// subgroup), the errors, and secret-scalar generation.
//
// ADR 031 measured two variants of the IETF BLS draft on L1; the one mycel
// uses, keys in G2 and signatures in G1, is crypto/bls/minsig. The other
// (keys in G1, signatures in G2) was removed once the choice was wired in.
package bls
