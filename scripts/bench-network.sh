#!/usr/bin/env bash
# Starts a local 4-validator testnet from bin/mycel, runs `mycel bench` at a
# fixed rate and then as fast as possible, prints each JSON result line and
# the validators' resident memory, and stops the network.
# Usage: scripts/bench-network.sh [duration] [rate]   (defaults: 20s 500)
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-20s}
rate=${2:-500}
bin=bin/mycel
dir=$(mktemp -d)
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	wait 2>/dev/null || true
	rm -rf "$dir"
}
trap cleanup EXIT
base=$((11000 + RANDOM % 20000 / 10 * 10)) # below the ephemeral port range
"$bin" init --testnet 4 --home "$dir" --accounts 1000 --base-port "$base" >/dev/null
for i in 0 1 2 3; do
	"$bin" start --home "$dir/node$i" >"$dir/node$i.log" 2>&1 &
	pids+=($!)
done
sleep 6
echo "rate $rate/s for $duration:"
"$bin" bench --home "$dir" --duration "$duration" --rate "$rate" 2>/dev/null | tail -1
echo "as fast as possible for $duration:"
"$bin" bench --home "$dir" --duration "$duration" 2>/dev/null | tail -1
for p in "${pids[@]}"; do
	echo "validator pid $p $(grep VmRSS /proc/"$p"/status)"
done
