# mycel developer tasks. `make` (or `make help`) lists them.
#
# Each public target carries a `## description` comment on its rule line;
# `make help` prints those, so a new target documents itself.

SHELL       := bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

GO ?= go

# Version stamped into bin/mycel (`mycel version`).
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)

# Fuzz targets as pkg:FuzzName pairs, run one after another by `make fuzz`.
# Add a target with one more line.
FUZZTIME ?= 30s
FUZZ_TARGETS ?= \
	ledger:FuzzDecodeTx \
	ledger:FuzzExecute \
	mempool:FuzzAdd \
	agent/x402:FuzzCheckExact \
	agent/mcp:FuzzPaymentRequiredOf \
	consensus:FuzzDecodeSysTx \
	consensus:FuzzDecodeExtension \
	contracts:FuzzCommitPubdata \
	contracts:FuzzEdDSAVerify \
	contracts:FuzzCometVote \
	contracts:FuzzBLSMinSigHashToG1 \
	crypto/bls:FuzzDecode \
	crypto/bls/minsig:FuzzDecode \
	agent:FuzzParseAmount \
	agent:FuzzParseFixed \
	agent/keystore:FuzzL2PublicKey

# Empty: the default benchmark suites. Set to a -bench regex to run just those,
# e.g. `make bench BENCH=BenchmarkVerify BENCHFLAGS='-benchtime 10x'`.
BENCH ?=
BENCHFLAGS ?=

# $(call require-test,PKG,NAME): fail unless PKG has a test or fuzz function
# NAME. `go test -run/-fuzz` with a pattern that matches nothing exits 0, so
# without this a typo or a not-yet-written target would pass silently.
require-test = $(GO) test $(1) -list "^$(2)\$$" | grep -x "$(2)" >/dev/null \
	|| { echo "no test or fuzz function $(2) in $(1)" >&2; exit 1; }

.PHONY: help build test browser test-race lint fuzz bench bench-network bench-l1-cost generate check-generated \
	audit soak-crash contracts gas devnet docker devnet-docker devnet-docker-down e2e e2e-manifest clean

help: ## List the targets
	@echo "Usage: make <target> [VAR=value]"
	@echo
	@awk 'BEGIN { FS = ":.*## " } /^[a-zA-Z0-9_-]+:.*## / { printf "  %-16s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)
	@echo
	@echo "Variables: FUZZTIME=$(FUZZTIME)  FUZZ_TARGETS='pkg:FuzzName ...'  BENCH=<regex>  BENCHFLAGS=<flags>"

build: ## Build all packages, the five chosen dependencies together, and a static bin/mycel (CGO_ENABLED=0)
	$(GO) build ./...
	$(GO) build -tags deps ./internal/deps
	CGO_ENABLED=0 $(GO) build -ldflags "-X main.version=$(VERSION)" -o bin/mycel ./cmd/mycel

# MYCEL_PROVE=1 runs the real Groth16 tests (a 2-slot dev setup, proofs
# verified through Rollup.proveBatch on a simulated EVM: about 40 s).
MYCEL_PROVE ?= 1
export MYCEL_PROVE

test: browser ## Run all tests, fuzz seed corpora and real Groth16 proofs included (what CI runs)
	$(GO) test -count=1 -timeout 45m ./...

browser: ## Install headless Chromium for the status-page tests if missing (Debian's chromium; needs root and apt-get)
	@if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1; then \
		true; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "installing Debian's chromium for the status-page tests"; \
		apt-get install -y -q chromium >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null; }; \
	else \
		echo "the status-page tests need Chromium on PATH: install Debian's chromium package (apt-get install chromium)" >&2; exit 1; \
	fi

test-race: ## Run all tests with the race detector
	$(GO) test -race -count=1 -timeout 45m ./...

lint: ## gofmt (must list nothing), go vet, and golangci-lint if it is on PATH
	@echo "gofmt -l ."
	@unformatted=$$(gofmt -l .); \
	if [ -n "$$unformatted" ]; then \
		echo "gofmt would change these files (run gofmt -w on them):" >&2; \
		echo "$$unformatted" >&2; \
		exit 1; \
	fi
	$(GO) vet ./...
	@if command -v golangci-lint >/dev/null 2>&1; then \
		echo "golangci-lint run ./..."; golangci-lint run ./...; \
	else \
		echo "golangci-lint not on PATH: skipped" \
			"(go install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@latest)"; \
	fi

fuzz: ## Run each fuzz target in FUZZ_TARGETS for FUZZTIME (default 30s)
	@for t in $(FUZZ_TARGETS); do \
		pkg=./$${t%%:*}; name=$${t#*:}; \
		$(call require-test,$$pkg,$$name); \
		echo "$(GO) test $$pkg -run '^\$$' -fuzz '^$$name\$$' -fuzztime $(FUZZTIME)"; \
		$(GO) test $$pkg -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME); \
	done

bench: ## Run the ledger benchmarks (narrow with BENCH=<regex>)
ifeq ($(strip $(BENCH)),)
	$(GO) test ./ledger -run '^$$' -bench 'BenchmarkBlockExecution' -cpu 1 -benchtime 5x -timeout 60m $(BENCHFLAGS)
	$(GO) test ./ledger -run '^$$' -bench 'BenchmarkVerify|BenchmarkCommit' -timeout 30m $(BENCHFLAGS)
else
	$(GO) test ./ledger -run '^$$' -bench '$(BENCH)' -timeout 60m $(BENCHFLAGS)
endif

bench-network: build ## Run mycel bench on a local 4-validator testnet (DURATION=20s RATE=500)
	scripts/bench-network.sh $(or $(DURATION),20s) $(or $(RATE),500)

bench-l1-cost: ## L1 gas per transfer end to end at 256 slots, real proofs (keys once ~40 min, run ~75 min; KEYS=dir)
	scripts/bench-rollup256.sh

generate: ## Regenerate the golden vectors in testdata/
	@$(call require-test,./ledger,TestGoldenVectors)
	MYCEL_WRITE_TESTDATA=1 $(GO) test ./ledger -run TestGoldenVectors -count=1

check-generated: ## Fail if `make generate` changes testdata/
	@$(MAKE) --no-print-directory generate
	@git diff --exit-code -- testdata/ \
		|| { echo "testdata/ is stale: run 'make generate' and commit the result." >&2; exit 1; }
	@untracked=$$(git ls-files --others --exclude-standard -- testdata/); \
	if [ -n "$$untracked" ]; then \
		echo "make generate wrote files that are not committed:" >&2; echo "$$untracked" >&2; \
		echo "run 'make generate' and commit the result." >&2; \
		exit 1; \
	fi

contracts: ## Compile contracts/src with solc (SOLC, else ../shared/tools/solc, else PATH) into artifacts and abigen v2 bindings
	$(GO) run ./contracts/internal/gen

gas: ## Print the gas of each L1 operation as `<operation> <gas>` lines (simulated EVM)
	@$(GO) run ./contracts/internal/gasreport

# The adversarial-witness tests of prover/adversary_test.go (ADR 022, "Every
# signal is determined"): `make test` runs them on a sample of hint calls;
# MYCEL_AUDIT=1 replaces the outputs of every hint call (about 11 minutes on
# 2 cores: 5 batches x 839 hint calls, 8,364 replacements).
audit: ## Soundness audit: adversarial witnesses against the batch circuit, every hint call replaced (ADR 022)
	MYCEL_AUDIT=1 $(GO) test ./prover -count=1 -timeout 30m -v \
		-run 'TestAdversarial|DoesNotSolve|TestEveryHintOutputIsDetermined|TestCurveFormulasAreComplete'

# The liveness attacker's run (issue 12): 4 validator processes under 200
# transfers/s for 60 s, a random one SIGKILLed every 8 s and restarted 3 s
# later; fails if more than 0.1% of accepted transactions never commit.
# MYCEL_SOAK_RATE and MYCEL_SOAK_SECONDS change the load.
soak-crash: ## Crash soak: validators killed under load; every accepted transaction must commit (minutes, not in CI)
	MYCEL_SOAK=1 $(GO) test ./cmd/mycel -count=1 -timeout 20m -v -run TestCrashSoak

# E2EFLAGS adds `go test` flags, e.g. `make e2e E2EFLAGS='-v -run TestRemoteProver'`;
# MYCEL_E2E_PROVER_KEYS=DIR keeps the dev prover keys across runs (e2e/doc.go).
E2EFLAGS ?=

e2e: ## Run the end-to-end tests: real mycel processes and containers and an L1 dev chain (about 25 min; E2EFLAGS='-v -run Test...')
	$(GO) test ./e2e/ -count=1 -timeout 45m $(E2EFLAGS)

# MANIFEST is a network manifest (docs/testing.md); the larger ones run only
# this way: TestManifest skips without MYCEL_MANIFEST.
MANIFEST ?= e2e/networks/ci.toml

e2e-manifest: ## Run one e2e network manifest: topology, load, faults and checks (MANIFEST=e2e/networks/soak.toml)
	MYCEL_MANIFEST=$(abspath $(MANIFEST)) $(GO) test ./e2e/ -run '^TestManifest$$' -count=1 -v -timeout 3h $(E2EFLAGS)

# Targets for parts that are not built yet: each says where it will come from.


devnet: build ## Run the rollup devnet in one process: L1 dev chain on :8545, contracts, 4 staked validators, prover (DEVNET_FLAGS='--home DIR --validators N --no-l1 --l1-only')
	bin/mycel devnet $(DEVNET_FLAGS)

DOCKER_IMAGE ?= mycel:dev
COMPOSE ?= docker-compose -p mycel -f docker/compose.yml

docker: build ## Build the FROM-scratch image mycel:dev (every role: L1 chain, validator, prover, agent) around bin/mycel
	rm -rf bin/docker && mkdir -p bin/docker
	cp bin/mycel /etc/ssl/certs/ca-certificates.crt bin/docker/
	cp -r docker/rootfs bin/docker/rootfs
	docker build -q -t $(DOCKER_IMAGE) -f docker/Dockerfile bin/docker
	@docker image inspect $(DOCKER_IMAGE) --format '$(DOCKER_IMAGE): {{.Size}} bytes' | awk '{ printf "%s %s bytes (%.1f MB)\n", $$1, $$2, $$2/1e6 }'

devnet-docker: docker ## Run the compose devnet (docker/compose.yml: L1 chain, 4 validator containers on their own IPs, prover on validator0; COMPOSE_PROFILES=agents adds the agents of devnet --agents) and wait until every validator is healthy
	$(COMPOSE) up -d
	@echo "waiting for the validators' /health ..."; \
	for t in $$(seq 1 120); do \
		n=0; for i in 0 1 2 3; do docker exec mycel_validator$${i}_1 /usr/local/bin/mycel health --url http://127.0.0.1:$$((26601 + 10*i))/health >/dev/null 2>&1 && n=$$((n+1)); done; \
		if [ "$$n" = 4 ]; then break; fi; sleep 2; \
	done; \
	if [ "$$n" != 4 ]; then echo "devnet-docker: only $$n of 4 validators healthy after 240 s ($(COMPOSE) logs)" >&2; exit 1; fi
	@echo "all 4 validators healthy, each on its own IP of the network mycel_mycel (172.28.0.0/24); on this host:"
	@echo "  L1 dev chain:  http://127.0.0.1:8545   (in the network: http://172.28.0.10:8545)"
	@for i in 0 1 2 3; do echo "  validator $$i:   http://127.0.0.1:$$((26601 + 10*i))  (status page /status; in the network: http://172.28.0.2$$i:$$((26601 + 10*i)))"; done
	@echo "  clients:       docker run --rm --network mycel_mycel -v mycel_data:/data $(DOCKER_IMAGE) bench --home /data --rate 5"

devnet-docker-down: ## Stop the compose devnet and delete its volumes
	$(COMPOSE) down -v

clean: ## Remove build outputs (bin/, *.test, *.out)
	rm -rf bin/
	rm -f *.test *.out
