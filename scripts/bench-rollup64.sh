#!/usr/bin/env bash
# Rollup pipeline at 64 slots with real proofs: creates the INSECURE dev
# keys of the 64-slot, depth-24 batch circuit (about 10 minutes and 4 GiB
# on 2 cores; kept in $KEYS for later runs), exports and compiles their
# Solidity verifier, and runs BenchmarkRollupPipeline/slots=64 with it.
# Load: $BATCHES batches of 64 transfers, one per $EVERY (default 3 and 60s:
# one 2-core prover needs about 45 s per 64-slot batch).
set -euo pipefail
cd "$(dirname "$0")/.."
KEYS=${KEYS:-${TMPDIR:-/tmp}/mycel-keys-64x24}
SOLC=${SOLC:-$(cd .. && pwd)/shared/tools/solc}
BATCHES=${BATCHES:-3}
EVERY=${EVERY:-60s}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/mycel" ./cmd/mycel
if [ ! -f "$KEYS/manifest.json" ]; then
	"$work/mycel" prover setup --insecure-dev --slots 64 --depth 24 --out "$KEYS"
fi
"$work/mycel" prover export --keys "$KEYS" --slots 64 --depth 24 --name BatchVerifier64 --out "$work/V.sol"
python3 - "$work/V.sol" "$work/in.json" <<'PY'
import json, sys
src = open(sys.argv[1]).read()
json.dump({"language": "Solidity", "sources": {"V.sol": {"content": src}},
           "settings": {"optimizer": {"enabled": True, "runs": 1000}, "evmVersion": "prague",
                        "outputSelection": {"V.sol": {"BatchVerifier64": ["evm.bytecode.object"]}}}},
          open(sys.argv[2], "w"))
PY
"$SOLC" --standard-json < "$work/in.json" > "$work/out.json"
python3 - "$work/out.json" "$work/V.bin" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
errs = [e for e in out.get("errors", []) if e["severity"] == "error"]
if errs:
    sys.exit("\n".join(e["formattedMessage"] for e in errs))
open(sys.argv[2], "w").write(out["contracts"]["V.sol"]["BatchVerifier64"]["evm"]["bytecode"]["object"])
PY
MYCEL_BENCH_KEYS64="$KEYS" MYCEL_BENCH_VERIFIER64_BIN="$work/V.bin" MYCEL_BENCH_BATCHES="$BATCHES" MYCEL_BENCH_BATCH_EVERY="$EVERY" \
	go test ./devnet -run '^$' -bench 'RollupPipeline/slots=64$' -benchtime 1x -timeout 60m
