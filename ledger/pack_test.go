package ledger

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestPackedFloats(t *testing.T) {
	for _, c := range []struct {
		v      uint64
		m      uint64
		e      uint
		ok     bool
		amount bool // AmountParts, else FeeParts
	}{
		{0, 0, 0, true, true},
		{1<<35 - 1, 1<<35 - 1, 0, true, true},
		{1 << 35, 0, 0, false, true}, // 34359738368: ends in 8
		{343_597_383_680, 34_359_738_368, 1, false, true},
		{343_597_383_670, 34_359_738_367, 1, true, true},
		{1_000_000_000_000_000_000, 10_000_000_000, 8, true, true},
		{MaxAmount, 0, 0, false, true},
		{9_000_000_000_000_000_000, 9_000_000_000, 9, true, true},
		{2047, 2047, 0, true, false},
		{2048, 0, 0, false, false},
		{20_480, 2048, 1, false, false},
		{20_470, 2047, 1, true, false},
		{5_000_000_000, 500, 7, true, false},
	} {
		var m uint64
		var e uint
		var ok bool
		if c.amount {
			m, e, ok = AmountParts(c.v)
		} else {
			m, e, ok = FeeParts(c.v)
		}
		if ok != c.ok || (ok && (m != c.m || e != c.e)) {
			t.Errorf("parts(%d, amount=%v) = %d, %d, %v; want %d, %d, %v", c.v, c.amount, m, e, ok, c.m, c.e, c.ok)
		}
	}
	// Round trips, and the canonical form is the smallest exponent.
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10_000 {
		m0, p := rng.Uint64N(1<<35), pow10(rng.UintN(10))
		if m0 > MaxAmount/p {
			continue
		}
		v := m0 * p
		b, ok := AppendPackedAmount(nil, v)
		if !ok || len(b) != PackedAmountSize {
			t.Fatalf("amount %d: not packed", v)
		}
		if got, ok := UnpackAmount(b); !ok || got != v {
			t.Fatalf("amount %d: unpacked %d %v", v, got, ok)
		}
		m, e, _ := AmountParts(v)
		if e > 0 && m*10 < 1<<35 {
			t.Fatalf("amount %d: %d x 10^%d is not the smallest exponent", v, m, e)
		}
		f := rng.Uint64N(1<<11) * pow10(rng.UintN(16))
		fb, ok := AppendPackedFee(nil, f)
		if !ok || len(fb) != PackedFeeSize {
			t.Fatalf("fee %d: not packed", f)
		}
		if got, ok := UnpackFee(fb); !ok || got != f {
			t.Fatalf("fee %d: unpacked %d %v", f, got, ok)
		}
	}
	if _, ok := UnpackAmount([]byte{0xff, 0xff, 0xff, 0xff, 0xff}); ok {
		t.Fatal("(2^35-1) x 10^31 unpacked")
	}
	if _, ok := UnpackFee([]byte{0xff, 0xff}); ok {
		t.Fatal("2047 x 10^31 unpacked")
	}
}

func pow10(n uint) uint64 {
	p := uint64(1)
	for range n {
		p *= 10
	}
	return p
}

// The error says what is wrong and what to send instead.
func TestNotPackableError(t *testing.T) {
	err := CheckSignedFields(&Tx{Type: TxTransfer, From: 1, To: 2, Amount: 123_456_789_012_345, Fee: 1})
	if !errors.Is(err, ErrNotPackable) || !errors.Is(err, ErrAmountOutOfRange) ||
		!strings.Contains(err.Error(), "send 123456789010000 instead") {
		t.Fatalf("amount: %v", err)
	}
	err = CheckSignedFields(&Tx{Type: TxWithdraw, From: 1, Amount: 1, Fee: 12_345})
	if !errors.Is(err, ErrNotPackable) || !errors.Is(err, ErrFeeOutOfRange) || !strings.Contains(err.Error(), "pay 12340 instead") {
		t.Fatalf("fee: %v", err)
	}
	if err := CheckSignedFields(&Tx{Type: TxWithdraw, From: 1<<24 - 1, To: 1 << 30, Amount: 1}); err != nil {
		t.Fatalf("withdrawal ignores To: %v", err)
	}
}
