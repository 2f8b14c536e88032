package mcp_test

import (
	"encoding/json"
	"testing"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/agent/mcp"
	"github.com/mycel-network/mycel/agent/x402"
)

// FuzzPaymentRequiredOf: whatever a (hostile) seller answers, reading its
// price and settlement never panics, and a price read has a version and an
// option to pay.
func FuzzPaymentRequiredOf(f *testing.F) {
	pr, _ := json.Marshal(x402.PaymentRequired{X402Version: 2, Resource: &x402.ResourceInfo{URL: "mcp://tool/echo"},
		Accepts: []x402.PaymentRequirements{x402.Price(7, 3, 1000, 1)}})
	f.Add(string(pr))
	f.Add(`{"x402/error":{"code":402,"message":"pay","data":` + string(pr) + `}}`)
	f.Add(`{"x402Version":2,"accepts":[{}],"x402/payment-response":{"success":true,"transaction":"0x1"}}`)
	f.Add(`{"x402/error":{"data":null}}`)
	f.Add(`[1,2,3]`)
	f.Add(`"text"`)
	f.Fuzz(func(t *testing.T, s string) {
		var structured any
		_ = json.Unmarshal([]byte(s), &structured)
		for _, r := range []*sdk.CallToolResult{
			{IsError: true, StructuredContent: structured},
			{IsError: true, Content: []sdk.Content{&sdk.TextContent{Text: s}}},
			{IsError: true, StructuredContent: structured, Content: []sdk.Content{&sdk.TextContent{Text: s}}, Meta: sdk.Meta{mcp.MetaPaymentResponse: structured}},
		} {
			if got, ok := mcp.PaymentRequiredOf(r); ok && (got.X402Version == 0 || len(got.Accepts) == 0) {
				t.Fatalf("read a price without a version or an option: %+v", got)
			}
			mcp.SettlementOf(r)
		}
	})
}
