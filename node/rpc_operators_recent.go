package node

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/batch"
)

// recentBatchesWindow is how many certified batches mycel_operators counts
// signatures over (signed_recent of recent_batches).
const recentBatchesWindow = 32

// recentSigners counts who signed the last n certified batches this node
// recorded, the newest first: it walks back from certifiedTo-1 (one past
// the last batch ever certified), skipping the batches awaiting a new
// certificate, and reads at most 4n records. It returns the count of
// batches it found certified (at most n), the oldest and newest of them
// (meaningless when none), and each signer's count.
func recentSigners(read func(uint64) (*batch.Record, bool, error), certifiedTo uint64, n int) (counted int, from, to uint64, signed map[common.Address]int, err error) {
	signed = map[common.Address]int{}
	for i, scanned := certifiedTo, 0; i > 0 && counted < n && scanned < 4*n; scanned++ {
		i--
		rec, ok, err := read(i)
		if err != nil {
			return 0, 0, 0, nil, fmt.Errorf("batch %d record: %w", i, err)
		}
		if !ok || !rec.Certified() {
			continue
		}
		if counted == 0 {
			to = i
		}
		from = i
		counted++
		seen := map[common.Address]bool{}
		for _, s := range rec.Signatures {
			if !seen[s.Signer] { // a certificate lists each signer once; count it once regardless
				seen[s.Signer] = true
				signed[s.Signer]++
			}
		}
	}
	return counted, from, to, signed, nil
}

// addRecentSigners sets res's recent_batches (with their range) and each
// row's signed_recent.
func addRecentSigners(res *OperatorsResult, read func(uint64) (*batch.Record, bool, error), certifiedTo uint64, n int) error {
	counted, from, to, signed, err := recentSigners(read, certifiedTo, n)
	if err != nil {
		return err
	}
	res.RecentBatches = counted
	if counted > 0 {
		res.RecentFrom, res.RecentTo = &from, &to
	}
	for i := range res.Operators {
		res.Operators[i].SignedRecent = signed[res.Operators[i].Signer]
	}
	return nil
}
