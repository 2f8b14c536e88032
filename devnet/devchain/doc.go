// Package devchain runs a real go-ethereum L1 dev chain in this process, for
// `mycel devnet` and end-to-end tests: what `geth --dev --dev.period N` does
// (a node.Node with the eth service, driven by go-ethereum's simulated
// beacon that seals a block every period, empty or not), with JSON-RPC over
// HTTP and WebSocket on 127.0.0.1 (eth, net and web3 namespaces) for the
// sequencer nodes and for external tools such as cast.
//
// A Chain has deterministic prefunded dev accounts (DevKey), deploys the
// mycel contracts with the first of them (Deploy, DevnetContractsConfig),
// registers human and agent operators (RegisterOperator mints the agent's
// ERC-8004 identity first) and offers the few helpers tests and the devnet
// need (Fund, AddStake, RequestUnbond, WaitForEpoch). With a data directory
// the chain, its deployment and its settings persist, and a second Start on
// the same directory resumes them. Proxy is a pausable TCP proxy for fault
// tests (an L1 RPC endpoint that goes down and comes back).
//
// Block timestamps are whole seconds and strictly increasing, so a block
// period under one second makes chain time run ahead of wall-clock time by
// up to one second per block: epochs then pass faster than the wall clock,
// which tests may use on purpose.
//
// What this package must not do: listen on anything but a loopback address
// (the dev keys are public), mine with a consensus shortcut the contracts
// would notice (blocks are sealed through the engine API as on mainnet), or
// be imported by production code: it is for devnets and tests only.
package devchain
