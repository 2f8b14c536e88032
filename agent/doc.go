// Package agent is the Go SDK for agents and the MCP tool server built on it:
// stake and unstake, register an ERC-8004 identity, send payments and watch
// them reach finality.
//
// What this package must not do: use anything an ordinary client could not.
// It goes through the public contract calls and the node's JSON-RPC, never
// through node internals, and it signs only with keys it is given.
//
// Status: ERC-8004 registration files (RegistrationFile,
// NewNodeRegistration, ParseRegistration); the rest is not implemented yet,
// see the project's issues.
package agent
