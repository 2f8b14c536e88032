//go:build !icicle

package prover

// DefaultBackend is the backend of this build: gnark's CPU prover. A build
// with the icicle tag provides a DefaultBackend that proves on a GPU
// through gnark's backend/accelerated/icicle (a later step; see doc.go).
func DefaultBackend() Backend { return CPUBackend{} }
