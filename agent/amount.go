package agent

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/mycel-network/mycel/ledger"
)

// Units of ParseAmount, in wei.
var (
	weiPerGwei  = big.NewInt(1e9)
	weiPerEther = big.NewInt(1e18)
)

// ParseAmount reads an amount of ether into wei: a decimal number of ether
// ("1.5", "0.25eth", "0.25 ETH"), or of gwei ("250gwei") or wei
// ("1000wei"). It refuses negative numbers, signs, exponents and more
// decimals than the unit has.
func ParseAmount(s string) (*big.Int, error) {
	in := s
	s = strings.ToLower(strings.TrimSpace(s))
	unit, decimals := weiPerEther, 18
	for _, u := range []struct {
		suffix   string
		unit     *big.Int
		decimals int
	}{{"gwei", weiPerGwei, 9}, {"wei", big.NewInt(1), 0}, {"ether", weiPerEther, 18}, {"eth", weiPerEther, 18}} {
		if strings.HasSuffix(s, u.suffix) {
			s, unit, decimals = strings.TrimSpace(strings.TrimSuffix(s, u.suffix)), u.unit, u.decimals
			break
		}
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" || !digits(whole) || !digits(frac) {
		return nil, fmt.Errorf("amount %q: want a decimal number of ETH (1.5), or of gwei or wei (250gwei, 1000wei)", in)
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > decimals {
		return nil, fmt.Errorf("amount %q: more decimals than 1 wei", in)
	}
	if whole == "" {
		whole = "0"
	}
	v, _ := new(big.Int).SetString(whole, 10)
	v.Mul(v, unit)
	if frac != "" {
		f, _ := new(big.Int).SetString(frac, 10)
		f.Mul(f, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals-len(frac))), nil))
		v.Add(v, f)
	}
	return v, nil
}

func digits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// ToGwei converts wei into the L2's unit: a whole number of gwei from 1 to
// ledger.MaxAmount (ErrNotWholeGwei, ErrAmountOutOfRange).
func ToGwei(wei *big.Int) (uint64, error) {
	if wei.Sign() <= 0 {
		return 0, fmt.Errorf("%w: %s wei: amounts are at least 1 gwei", ErrAmountOutOfRange, wei)
	}
	q, r := new(big.Int).QuoRem(wei, weiPerGwei, new(big.Int))
	if r.Sign() != 0 {
		return 0, fmt.Errorf("%w: %s ETH leaves %s wei below 1 gwei: round it to 9 decimals", ErrNotWholeGwei, FormatWei(wei), r)
	}
	if !q.IsUint64() || q.Uint64() > ledger.MaxAmount {
		return 0, fmt.Errorf("%w: %s gwei is above the L2 maximum %d gwei", ErrAmountOutOfRange, q, uint64(ledger.MaxAmount))
	}
	return q.Uint64(), nil
}

// GweiToWei returns g gwei in wei.
func GweiToWei(g uint64) *big.Int { return new(big.Int).Mul(new(big.Int).SetUint64(g), weiPerGwei) }

// FormatWei writes wei as a decimal number of ether without trailing zeros
// ("1.5", "0.000000001", "0").
func FormatWei(wei *big.Int) string {
	neg := wei.Sign() < 0
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(wei), weiPerEther, new(big.Int))
	s := q.String()
	if r.Sign() != 0 {
		s += "." + strings.TrimRight(fmt.Sprintf("%018s", r.String()), "0")
	}
	if neg {
		s = "-" + s
	}
	return s
}

// FormatGwei writes g gwei as a decimal number of ether.
func FormatGwei(g uint64) string { return FormatWei(GweiToWei(g)) }
