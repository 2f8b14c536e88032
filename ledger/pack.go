package ledger

import "fmt"

// Packed amounts and fees of the batch public data (docs/protocol.md
// section 7). A transfer or withdrawal publishes its amount and fee as
// decimal floats m x 10^e, packed big-endian as m<<5 | e:
//
//	amount: 5 bytes, m < 2^35, e < 32
//	fee:    2 bytes, m < 2^11, e < 32
//
// The packing is canonical: e is the smallest exponent whose mantissa
// fits, so every packable value has exactly one packed form. A value with
// no exact packed form is refused where the transaction enters (mempool
// and execution): the L1 and the circuit would see another value.
const (
	AmountMantissaBits = 35
	FeeMantissaBits    = 11
	ExponentBits       = 5
	PackedAmountSize   = (AmountMantissaBits + ExponentBits) / 8 // 5
	PackedFeeSize      = (FeeMantissaBits + ExponentBits) / 8    // 2

	// AccountIndexBits is the width of an account index in the public data
	// (u24): it bounds the tree depth (MaxDepth) and every index a
	// transaction names.
	AccountIndexBits = 24
	// AccountIndexSize is its size in bytes.
	AccountIndexSize = AccountIndexBits / 8
)

const maxExponent = 1<<ExponentBits - 1

// floatParts returns the canonical mantissa and exponent of v (the
// smallest exponent e with v / 10^e < 2^mbits), and false if v is not
// m x 10^e exactly for any m < 2^mbits.
func floatParts(v uint64, mbits uint) (m uint64, e uint, ok bool) {
	for v >= 1<<mbits {
		if v%10 != 0 || e == maxExponent {
			return 0, 0, false
		}
		v /= 10
		e++
	}
	return v, e, true
}

// AmountParts returns the canonical packed form of an amount as its
// mantissa (< 2^35) and exponent (< 32); ok is false if v has none.
func AmountParts(v uint64) (m uint64, e uint, ok bool) { return floatParts(v, AmountMantissaBits) }

// FeeParts returns the canonical packed form of a fee as its mantissa
// (< 2^11) and exponent (< 32); ok is false if v has none.
func FeeParts(v uint64) (m uint64, e uint, ok bool) { return floatParts(v, FeeMantissaBits) }

// FloorPacked is the largest value <= v that a packed float with mbits of
// mantissa holds (AmountMantissaBits, FeeMantissaBits): what a wallet
// rounds a payment down to.
func FloorPacked(v uint64, mbits uint) uint64 {
	p := uint64(1)
	for v >= 1<<mbits {
		v /= 10
		p *= 10
	}
	return v * p
}

// AppendPackedAmount appends the 5-byte packed form of v; ok is false
// (and nothing appended) if v has none.
func AppendPackedAmount(b []byte, v uint64) ([]byte, bool) {
	m, e, ok := AmountParts(v)
	if !ok {
		return b, false
	}
	p := m<<ExponentBits | uint64(e)
	return append(b, byte(p>>32), byte(p>>24), byte(p>>16), byte(p>>8), byte(p)), true
}

// AppendPackedFee appends the 2-byte packed form of v; ok is false (and
// nothing appended) if v has none.
func AppendPackedFee(b []byte, v uint64) ([]byte, bool) {
	m, e, ok := FeeParts(v)
	if !ok {
		return b, false
	}
	p := m<<ExponentBits | uint64(e)
	return append(b, byte(p>>8), byte(p)), true
}

// unpack decodes a packed float of len(b) bytes: the value and whether it
// fits in [0, MaxAmount].
func unpack(b []byte) (uint64, bool) {
	var p uint64
	for _, c := range b {
		p = p<<8 | uint64(c)
	}
	m, e := p>>ExponentBits, p&maxExponent
	for range e {
		if m > MaxAmount/10 {
			return 0, false
		}
		m *= 10
	}
	return m, m <= MaxAmount
}

// UnpackAmount decodes a 5-byte packed amount; ok is false if its value
// is above MaxAmount.
func UnpackAmount(b []byte) (uint64, bool) { return unpack(b[:PackedAmountSize]) }

// UnpackFee decodes a 2-byte packed fee; ok is false if its value is
// above MaxAmount.
func UnpackFee(b []byte) (uint64, bool) { return unpack(b[:PackedFeeSize]) }

// putU24 writes an account index as 3 big-endian bytes.
func appendU24(b []byte, v uint32) []byte { return append(b, byte(v>>16), byte(v>>8), byte(v)) }

// U24 reads a 3-byte big-endian account index.
func U24(b []byte) uint32 { return uint32(b[0])<<16 | uint32(b[1])<<8 | uint32(b[2]) }

// CheckSignedFields applies the stateless rules on the values of a
// transfer or withdrawal: amount in [1, MaxAmount] with a packed form, fee
// in [0, MaxAmount] with a packed form, account indices below
// 2^AccountIndexBits. Execution and the mempool both apply it. The errors
// wrap ErrAmountOutOfRange, ErrFeeOutOfRange (with ErrNotPackable for a
// value the public data cannot carry) or ErrUnknownAccount.
func CheckSignedFields(tx *Tx) error {
	if tx.Amount == 0 || tx.Amount > MaxAmount {
		return fmt.Errorf("%w: amount %d not in [1, %d]", ErrAmountOutOfRange, tx.Amount, MaxAmount)
	}
	if tx.Fee > MaxAmount {
		return fmt.Errorf("%w: fee %d above %d", ErrFeeOutOfRange, tx.Fee, MaxAmount)
	}
	if _, _, ok := AmountParts(tx.Amount); !ok {
		return fmt.Errorf("%w: %w: amount %d gwei is not m x 10^e with m < 2^%d; send %d instead",
			ErrAmountOutOfRange, ErrNotPackable, tx.Amount, AmountMantissaBits, FloorPacked(tx.Amount, AmountMantissaBits))
	}
	if _, _, ok := FeeParts(tx.Fee); !ok {
		return fmt.Errorf("%w: %w: fee %d gwei is not m x 10^e with m < 2^%d; pay %d instead",
			ErrFeeOutOfRange, ErrNotPackable, tx.Fee, FeeMantissaBits, FloorPacked(tx.Fee, FeeMantissaBits))
	}
	const limit = uint32(1) << AccountIndexBits
	if tx.From >= limit {
		return fmt.Errorf("%w: sender index %d is not below 2^%d", ErrUnknownAccount, tx.From, AccountIndexBits)
	}
	if tx.Type == TxTransfer && tx.To >= limit {
		return fmt.Errorf("%w: receiver index %d is not below 2^%d", ErrUnknownAccount, tx.To, AccountIndexBits)
	}
	return nil
}
