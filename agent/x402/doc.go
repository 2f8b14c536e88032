// Package x402 is x402 (HTTP 402 payments, protocol versions 2 and 1)
// settled on mycel: the wire types of the x402 specification, mycel's
// "exact" scheme (docs/protocol.md, "x402 on mycel"), net/http middleware
// that puts a price on a resource (Paywall), an http.RoundTripper that pays
// a 402 within a budget (Transport), and a client of a facilitator's
// /verify, /settle and /supported (Facilitator; every mycel node is one,
// under /x402/, docs/rpc.md).
//
// The scheme's payment is a signed L2 transfer of exactly the required
// amount to the payee's account, plus the payer's signature over an
// authorization that binds it to the resource and to an expiry
// (validBefore). CheckExact checks everything that needs no state; a
// facilitator adds the state checks (key, nonce, balance) and submits the
// transfer.
//
// What this package must not do: use anything an ordinary client could
// not (it speaks to the node over its public HTTP and JSON-RPC endpoints,
// never through node internals), sign with keys it is not given, or
// change the L2 transaction format (fixed by the zk circuit; the scheme's
// own fields travel beside the transaction).
package x402
