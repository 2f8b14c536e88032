// Package e2e holds black-box end-to-end tests of mycel: real processes of
// the mycel binary against a real EVM, driven only through the public
// interfaces (the JSON-RPC of the validators, the L1 JSON-RPC and the files
// a devnet writes).
//
// # Topology
//
// Each test builds (once per `go test` run) the mycel binary and starts:
//
//   - one `mycel devnet --home H --l1-only ...` process: it creates the
//     devnet (a go-ethereum dev chain with 1-second blocks, the contracts,
//     4 staked operators, 2 humans and 2 ERC-8004 agents, the validator
//     homes H/node0..node3, and with --standby 1 an unstaked H/node4), then
//     keeps running only the L1 chain (TestEscapeHatch deploys the Rollup
//     with windows of seconds: --escape-period, --proof-window,
//     --deposit-deadline);
//   - one `mycel start --home H/nodeI` process per validator. node0 runs the
//     prover with the INSECURE deterministic dev keys of the 8-slot circuit.
//
// The tests then perturb the network as an operator would see it (SIGKILL a
// process or every validator, cut the L1 endpoint with a TCP proxy, stake or
// unbond on L1, send a forged attestation) and assert real outcomes: L1
// state read with ethclient (Rollup.nextBatchIndex, finalizedCount, events,
// stakes, balances) and L2 state read over JSON-RPC (mycel_rollupStatus,
// mycel_getBatch, mycel_getAccount, ...).
//
// The tests: TestDepositToWithdrawal and TestProverDown (rollup_test.go),
// TestEquivocationSlashed
// and TestStakeJoinAndLeave (staking_test.go), TestEscapeHatch
// (escape_test.go: every validator killed, users exit on L1 with signed
// Merkle proofs, queued deposits refunded), TestForcedExit (forced_test.go:
// an account's owner forces its exit on L1, the validators must include it,
// the recipient claims the whole balance), TestDoubleVoteSlashed
// (doublevote_test.go: a validator's home copied and started twice with one
// key; the CometBFT double votes slash its operator on L1 and the set drops
// it), TestRemoteProver (prover_test.go: node0 proves nothing itself; two
// standalone `mycel prover` processes, authenticated with node0's JWT
// secret, share the waiting batches through node0's prover API, each batch
// proven once, while a hostile client's unclaimed and unverifiable proofs
// are refused; L1 finalizes every batch in order),
// TestRevertRecovery (revert_test.go: the prover down past the proof
// window, revertBatches, the batches posted again although a deposit is
// past its deadline, finalized, funds intact), TestBountyPaysSigners
// (bounty_test.go), TestSpontaneousFormation (agents_test.go: a recruiter
// agent and two operator agents that start from funded wallets grow the set
// from 4 to 6, get paid, one is slashed as a twin and kept out of the next
// bounty, the other leaves), TestManifestCI and TestManifestDockerCI
// (runner_test.go: the CI manifests networks/ci.toml and docker-ci.toml run
// by the manifest runner on its two backends, processes and Docker
// containers with their own IPs; a killed designated poster, an L1 outage
// and a partition among their faults; docs/testing.md).
//
// The processes are run by internal/testutil/procnet (procnet.NewDevnet;
// procnet.NewDockerDevnet for the Docker backend, which needs the Docker
// daemon),
// the harness cmd/mycel's network tests share. Every process writes to its
// own log file in the test's temporary directory; a failed test prints
// their tails. MYCEL_E2E_KEEP=1 keeps the directory (its path is logged).
//
// # Running
//
//	make e2e                                  # all 15 tests, about 25 minutes on 2 cores
//	go test ./e2e/ -run TestRemoteProver -v   # one test
//
// The tests are skipped with -short. node0's prover needs the INSECURE dev
// proving keys of the 8-slot circuit: the run creates them once with
// `mycel prover setup --insecure-dev` (about 80 s) and copies them into each
// test's node0 home; MYCEL_E2E_PROVER_KEYS=DIR keeps them in DIR across runs
// (keys of another circuit version there are replaced). On a 2-core machine
// a test takes about one to two minutes: the devnet takes about 15 s to
// create, a batch proof under 10 s. TestEscapeHatch takes about four: it
// waits out a 120 s escape period after killing the validators.
package e2e
