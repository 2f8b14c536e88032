#!/usr/bin/env bash
# Rollup pipeline at 64 slots with real proofs: creates the INSECURE dev
# keys of the 64-slot, depth-24 batch circuit once (about 6-10 minutes and
# 4 GiB on 2 cores; kept in $KEYS for later runs) and runs
# BenchmarkRollupPipeline/slots=64 with them; L1 verifies the proofs with
# the committed dev verifier contracts/src/BatchVerifier64.sol (the one
# `mycel devnet --batch-slots 64` deploys).
# Load: $BATCHES batches of 64 transfers, one offered per $EVERY (default 4 and
# 1s: batches close after 2 s, so a slower load makes part-filled batches;
# one 2-core prover needs about 45 s per 64-slot batch and falls behind).
# MYCEL_BENCH_PROOF_GATHER (e.g. 180s) lets node0's proofs wait to share one
# proveBatches transaction (ADR 025); the benchmark reports batches/prove_tx.
set -euo pipefail
cd "$(dirname "$0")/.."
KEYS=${KEYS:-${TMPDIR:-/tmp}/mycel-keys-64x24}
BATCHES=${BATCHES:-4}
EVERY=${EVERY:-1s}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ ! -f "$KEYS/manifest.json" ]; then
	go build -o "$work/mycel" ./cmd/mycel
	"$work/mycel" prover setup --insecure-dev --slots 64 --depth 24 --out "$KEYS"
fi
MYCEL_BENCH_KEYS64="$KEYS" MYCEL_BENCH_BATCHES="$BATCHES" MYCEL_BENCH_BATCH_EVERY="$EVERY" \
	go test ./devnet -run '^$' -bench 'RollupPipeline/slots=64$' -benchtime 1x -timeout 60m
