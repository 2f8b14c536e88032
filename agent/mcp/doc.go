// Package mcp is mycel's MCP tool server: the agent SDK (package agent)
// offered to an LLM as Model Context Protocol tools, over stdio or
// streamable HTTP (github.com/modelcontextprotocol/go-sdk). `mycel mcp`
// (cmd/mycel/mcp.go) is its command; docs/mcp.md its manual.
//
// Tools: status, balance, pay, deposit, withdraw, claim,
// wait_for_finality, fetch_paid_url (an HTTP request that pays an x402
// 402 through agent/x402's Transport), call_paid_tool (a tool of another
// MCP server that asks for an x402 payment), echo (a demo tool to sell)
// and the operator market on L1 (market.go): stake, unbond,
// register_identity, post_bounty, list_bounties, join_bounty,
// claim_bounty, give_feedback. Every tool has typed arguments and results whose JSON schemas
// come from the Go types below; a mistake (bad arguments, a refused
// payment, a node that does not answer) is a tool result with isError
// whose text says what to do, never a protocol error.
//
// # Safety
//
// Spending tools (pay, deposit, withdraw, fetch_paid_url,
// call_paid_tool, stake, post_bounty) are bounded by Limits: what one call may move and what
// all calls together may move in any hour (a sliding window). A call over
// a limit is refused before anything is signed, with the limit and what
// was asked. With Config.DryRun nothing is signed or sent: the spending
// tools say what they would sign. Secrets (the keys, and whatever
// Config.Secrets lists, such as the passphrase) never appear in a result,
// an error or a log line: results are checked for them on the way out.
//
// # x402 over MCP
//
// A tool may be sold (Config.Prices): a call without a payment is
// answered with isError and the x402 PaymentRequired (structuredContent,
// and content[0].text as {"x402/error": {code: 402, ...}}); a call that
// carries _meta["x402/payment"] (a PaymentPayload of mycel's exact scheme
// for the resource mcp://tool/NAME) is verified with the node's
// facilitator, the tool runs, the payment is settled and the result
// carries _meta["x402/payment-response"]. A tool answer with isError
// costs nothing. Buyer pays such tools from the client side.
//
// What this package must not do: reach the node other than through
// package agent and agent/x402 (the public JSON-RPC and facilitator),
// sign anything in dry-run mode, or put a secret in anything it sends.
package mcp
