// Package procnet runs a network of mycel processes for tests, as an
// operator would: the binary built once per test process
// (testutil.BuildMycel), one `mycel start --home DIR/nodeI` process per
// validator on 127.0.0.1 ports, each writing its own log file, driven only
// through the files a testnet writes (testnet.json, accounts.json, l1.json)
// and the validators' JSON-RPC.
//
// Two set-ups share one harness (Net):
//
//   - NewTestnet: `mycel init --testnet N` (validators only, no L1), as
//     cmd/mycel's network tests use;
//   - NewDevnet: a `mycel devnet --l1-only` process that creates the
//     rollup devnet (an L1 dev chain, the contracts, staked operators and
//     the validator homes) and keeps running the L1 chain, as the e2e tests
//     use.
//
// Either way the validators are started with Start and SIGKILLed with Kill;
// every process is killed when the test ends, and a failed test prints the
// last LogTail lines of every log. One error policy: Call bounds every RPC
// by CallTimeout and returns its error; MustCall, Status and Block fail the
// test at once, naming the node, the method and any process that has
// exited; a Wait* helper treats an RPC error as "not yet" (a node may be
// restarting) and fails once its bound has passed, with the last state it
// saw. Every wait checks every Every. MYCEL_E2E_KEEP=1 keeps the test's
// directory (homes and logs) and logs its path.
//
// What is particular to one suite (the e2e's L1 client, TCP proxy, prover
// keys and batch helpers; cmd/mycel's RPC error table) stays in that suite.
// It must not be imported by production code, and it asserts behaviour,
// never wall-clock speed: its bounds say "this hangs".
package procnet
