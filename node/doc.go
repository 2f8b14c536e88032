// Package node is mycel's composition root: it loads and validates the config
// (Default, Validate, the TOML file written by `mycel init`, flags and MYCEL_*
// env vars), writes homes and testnets (`mycel init`), builds every part in
// New, and owns the lifecycle (a service.Stack: stores, gossip, the L1 parts
// of a rollup node, the prover, consensus, RPC, watchdog; stopped in reverse
// order, ADR 003), the JSON-RPC server, metrics, health and Fatal.
//
// What this package must not do: hold protocol logic (the state transition
// is ledger's, ordering is consensus's, admission is mempool's), keep package
// globals, or start goroutines in a constructor. It wires parts together; it
// does not reach around them.
package node
