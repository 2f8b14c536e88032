package prover

// BatchProof is a finished proof, ready for Rollup.proveBatch.
type BatchProof struct {
	BatchIndex  uint64 `json:"batch_index"`
	PublicInput string `json:"public_input"` // decimal
	// Proof is gnark's MarshalSolidity encoding, the `proof` argument of
	// verifyProof.
	Proof []byte `json:"proof"`
	// Header is the 128-byte hashed header (docs/protocol.md 8).
	Header []byte `json:"header"`
}
