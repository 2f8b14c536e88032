package ledger

import (
	"bytes"
	"encoding/binary"
	"fmt"
)

// ApplyRecord replays one record of a batch's public data (docs/protocol.md
// section 7) as the transaction that produced it: the way to rebuild the
// state from L1 alone, when no operator serves it (the escape hatch needs a
// Merkle proof at the last finalized root). Records carry no signatures and
// no nonces: a record is applied with the sender's current nonce and no
// signature check, which is sound only for the public data of batches whose
// validity proof L1 verified. Every other rule applies, and the record the
// ledger would publish must equal rec byte for byte, so data that is not a
// proven history fails here. It returns the number of bytes of pubdata the
// record took.
func (b *Block) ApplyRecord(pubdata []byte) (int, error) {
	if len(pubdata) == 0 {
		return 0, fmt.Errorf("%w: empty record", ErrMalformed)
	}
	t := TxType(pubdata[0])
	size := PubDataSize(t)
	if size == 0 {
		return 0, fmt.Errorf("%w: record type %#x", ErrUnknownType, pubdata[0])
	}
	if len(pubdata) < size {
		return 0, fmt.Errorf("%w: %s record of %d bytes, want %d", ErrMalformed, t, len(pubdata), size)
	}
	rec := pubdata[:size]
	tx := &Tx{Type: t, ChainID: b.s.meta.chainID}
	switch t {
	case TxDeposit:
		tx.QueueIndex = b.nextDeposit
		copy(tx.PubKey[:], rec[4:36])
		tx.Amount = binary.BigEndian.Uint64(rec[36:])
	case TxTransfer, TxWithdraw:
		tx.From = U24(rec[1:])
		p := rec[4:]
		if t == TxTransfer {
			tx.To = U24(p)
			p = p[AccountIndexSize:]
		} else {
			copy(tx.L1Address[:], p[:20])
			p = p[20:]
		}
		var aok, fok bool
		tx.Amount, aok = UnpackAmount(p)
		tx.Fee, fok = UnpackFee(p[PackedAmountSize:])
		if !aok || !fok {
			return 0, fmt.Errorf("%w: %s record %x: packed amount or fee above %d", ErrMalformed, t, rec, MaxAmount)
		}
		from, err := b.account(tx.From)
		if err != nil {
			return 0, err
		}
		if from != nil {
			tx.Nonce = from.Nonce
		}
	case TxForcedExit:
		tx.QueueIndex = b.nextForced
		tx.From = U24(rec[1:])
		copy(tx.L1Address[:], rec[4:24])
	}
	b.proven = true
	r, err := b.Apply(tx)
	b.proven = false
	if err != nil {
		return 0, fmt.Errorf("replay of a %s record: %w", t, err)
	}
	if !bytes.Equal(r.PubData, rec) {
		return 0, fmt.Errorf("%w: replaying the %s record gives %x, the record is %x", ErrMalformed, t, r.PubData, rec)
	}
	return size, nil
}

// ApplyPubData replays every record of a batch's public data, in order.
func (b *Block) ApplyPubData(pubdata []byte) error {
	for off := 0; off < len(pubdata); {
		n, err := b.ApplyRecord(pubdata[off:])
		if err != nil {
			return fmt.Errorf("record at byte %d: %w", off, err)
		}
		off += n
	}
	return nil
}
