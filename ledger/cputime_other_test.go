//go:build !linux

package ledger

// threadCPU is not measured off Linux: the benchmark then reports no
// cpu_bound_ratio.
func threadCPU() (ns int64, ok bool) { return 0, false }
