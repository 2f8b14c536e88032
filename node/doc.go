// Package node is mycel's composition root: it loads and validates the config
// (Default, Validate, the TOML file written by `mycel init`, flags and MYCEL_*
// env vars), builds every part from the dependencies passed to node.New, and
// owns the lifecycle (Start, Stop in reverse order), the JSON-RPC server,
// metrics and health.
//
// What this package must not do: hold protocol logic (the state transition
// is ledger's, ordering is consensus's, admission is mempool's), keep package
// globals, or start goroutines in a constructor. It wires parts together; it
// does not reach around them.
//
// Status: not implemented yet; see the project's issues.
package node
