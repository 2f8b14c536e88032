package consensus

import (
	"bytes"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/batch"
)

// FuzzDecodeSysTx: no input panics, and whatever decodes re-encodes to
// the same bytes (one encoding per system transaction).
func FuzzDecodeSysTx(f *testing.F) {
	f.Add((&SysTx{}).Encode())
	f.Add((&SysTx{Ref: L1Anchor{Number: 7, Hash: common.Hash{1}, Time: 9}, CertBatch: 3, Sigs: [][]byte{bytes.Repeat([]byte{2}, 65)}}).Encode())
	f.Add((&SysTx{Stake: []StakeChange{{Signer: common.Address{5}, PubKey: bytes.Repeat([]byte{4}, 64), Bonded: big.NewInt(32), Epoch: 2}}}).Encode())
	f.Add([]byte{SysTxMarker, 0xc0})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := DecodeSysTx(b)
		if err != nil {
			return
		}
		if !bytes.Equal(s.Encode(), b) {
			t.Fatalf("decoded %x re-encodes differently", b)
		}
	})
}

// FuzzDecodeExtension: no vote extension panics the decoder, and a
// decoded one has a 65-byte signature.
func FuzzDecodeExtension(f *testing.F) {
	f.Add(EncodeExtension(&batch.Attestation{Sig: bytes.Repeat([]byte{1}, 65)}))
	f.Add([]byte{0xc0})
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := DecodeExtension(b)
		if err != nil {
			return
		}
		if len(a.Sig) != 65 {
			t.Fatalf("signature of %d bytes accepted", len(a.Sig))
		}
		_, _ = RecoverAttestor(common.Hash{}, a.Sig)
	})
}
