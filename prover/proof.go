package prover

// BatchProof is a finished proof, ready for Rollup.proveBatch.
type BatchProof struct {
	BatchIndex  uint64 `json:"batch_index"`
	PublicInput string `json:"public_input"` // decimal
	DataEval    string `json:"data_eval"`    // decimal: the second public input
	// Proof is gnark's MarshalSolidity encoding, the `proof` argument of
	// verifyProof.
	Proof []byte `json:"proof"`
	// Header is the 160-byte hashed header (docs/protocol.md 8).
	Header []byte `json:"header"`
	// Claim is the Batch.Claim of the batch proven: a source accepts a
	// proof only from the prover whose claim is current.
	Claim string `json:"claim,omitempty"`
}
