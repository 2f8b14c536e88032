#!/usr/bin/env bash
# Issue 17's end-to-end figure: L1 gas per transfer, all in, at 256 slots
# (the largest batch a 2-core, 24 GiB machine proves), with real proofs
# verified on L1 and commits and proofs both 16 batches per transaction.
# Creates the INSECURE dev keys of the 256-slot, depth-24 circuit once
# (about 40 minutes and 10.4 GiB on 2 cores; kept in $KEYS), then runs
# BenchmarkRollupPipeline/slots=256: 16 full batches (4,096 transfers, a
# batch's worth offered per 3 s; batches close when full, not by age),
# L1 blocks of 12 s, every node's l1.commit_gather 5 min (the devnet's
# poster fallback follows it) so that the 16 batches share one
# commitBatches, and node0's proof gather long enough for one niced
# prover's 16 proofs (about 3 min each beside the validators) to share one
# proveBatches. About 75 minutes after the keys, both cores.
set -euo pipefail
cd "$(dirname "$0")/.."
KEYS=${KEYS:-${TMPDIR:-/tmp}/mycel-keys-256x24}
BATCHES=${BATCHES:-16}
PER_TX=${PER_TX:-16}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$KEYS/manifest.json" ]; then
	go build -o "$work/mycel" ./cmd/mycel
	"$work/mycel" prover setup --insecure-dev --slots 256 --depth 24 --out "$KEYS"
fi
MYCEL_BENCH_SLOTS=256 MYCEL_BENCH_KEYS="$KEYS" MYCEL_BENCH_BATCHES="$BATCHES" MYCEL_BENCH_BATCH_EVERY=3s \
	MYCEL_BENCH_L1_BLOCK=12s MYCEL_BENCH_BATCH_MAX_AGE=60s MYCEL_BENCH_COMMIT_GATHER=5m \
	MYCEL_BENCH_PROOF_GATHER=90m MYCEL_BENCH_BATCHES_PER_TX="$PER_TX" \
	go test ./devnet -run '^$' -bench 'RollupPipeline/slots=256$' -benchtime 1x -timeout 130m
