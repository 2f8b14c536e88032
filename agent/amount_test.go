package agent

import (
	"errors"
	"math/big"
	"testing"

	"github.com/mycel-network/mycel/ledger"
)

func TestParseAmount(t *testing.T) {
	ok := map[string]string{
		"1":             "1000000000000000000",
		"1.5":           "1500000000000000000",
		".25":           "250000000000000000",
		"0.25eth":       "250000000000000000",
		"0.25 ETH":      "250000000000000000",
		"2ether":        "2000000000000000000",
		"250gwei":       "250000000000",
		"0.5gwei":       "500000000",
		"1000wei":       "1000",
		"0.000000001":   "1000000000",
		"1.10":          "1100000000000000000",
		" 3 ":           "3000000000000000000",
		"0":             "0",
		"1000000000000": "1000000000000000000000000000000",
	}
	for in, want := range ok {
		got, err := ParseAmount(in)
		if err != nil || got.String() != want {
			t.Errorf("ParseAmount(%q) = %v, %v; want %s", in, got, err, want)
		}
	}
	for _, in := range []string{"", ".", "-1", "+1", "1e18", "1,5", "abc", "0x10", "1.2.3", "1.0000000000000000001", "1.5wei", "0.0000000001gwei", "eth", "1 gwei wei"} {
		if v, err := ParseAmount(in); err == nil {
			t.Errorf("ParseAmount(%q) = %v, want an error", in, v)
		}
	}
}

func TestToGwei(t *testing.T) {
	g, err := ToGwei(big.NewInt(3_000_000_000))
	if err != nil || g != 3 {
		t.Fatalf("3 gwei: %d %v", g, err)
	}
	sub, _ := ParseAmount("0.0000000001") // 0.1 gwei
	if _, err := ToGwei(sub); !errors.Is(err, ErrNotWholeGwei) {
		t.Fatalf("0.1 gwei: %v, want ErrNotWholeGwei", err)
	}
	frac, _ := ParseAmount("1.0000000005")
	if _, err := ToGwei(frac); !errors.Is(err, ErrNotWholeGwei) {
		t.Fatalf("1.0000000005 ETH: %v, want ErrNotWholeGwei", err)
	}
	for _, w := range []*big.Int{big.NewInt(0), big.NewInt(-1_000_000_000), new(big.Int).Mul(new(big.Int).SetUint64(ledger.MaxAmount+1), weiPerGwei)} {
		if _, err := ToGwei(w); !errors.Is(err, ErrAmountOutOfRange) {
			t.Errorf("ToGwei(%s): %v, want ErrAmountOutOfRange", w, err)
		}
	}
	if g, err := ToGwei(GweiToWei(ledger.MaxAmount)); err != nil || g != ledger.MaxAmount {
		t.Fatalf("max: %d %v", g, err)
	}
}

func TestFormat(t *testing.T) {
	for g, want := range map[uint64]string{0: "0", 1: "0.000000001", 400_000_000: "0.4", 1_500_000_000: "1.5", 2_000_000_000: "2"} {
		if got := FormatGwei(g); got != want {
			t.Errorf("FormatGwei(%d) = %q, want %q", g, got, want)
		}
	}
	if got := FormatWei(big.NewInt(-1)); got != "-0.000000000000000001" {
		t.Errorf("FormatWei(-1) = %q", got)
	}
}

// FuzzParseAmount: any accepted amount formats back to the same value.
func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"1.5", "250gwei", "1000wei", ".1", "0.000000001eth"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseAmount(s)
		if err != nil {
			return
		}
		if v.Sign() < 0 {
			t.Fatalf("%q: negative %s", s, v)
		}
		back, err := ParseAmount(FormatWei(v))
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("%q -> %s -> %q -> %v, %v", s, v, FormatWei(v), back, err)
		}
	})
}
