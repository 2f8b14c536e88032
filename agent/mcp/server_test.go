package mcp_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/mcp"
	"github.com/mycel-network/mycel/agent/x402"
)

// TestToolsList: initialize names the server, and tools/list gives every
// tool with a description, an object input schema and an output schema;
// Config.Tools narrows the list; bad configurations are refused.
func TestToolsList(t *testing.T) {
	srv, err := mcp.New(mcp.Config{Node: agent.Config{RPC: "http://127.0.0.1:1"}, Version: "v9", DryRun: true})
	if err != nil {
		t.Fatal(err)
	}
	h := connect(t, srv, &logBuffer{})
	init := h.cs.InitializeResult()
	if init.ServerInfo.Name != "mycel" || init.ServerInfo.Version != "v9" || !strings.Contains(init.Instructions, "dry-run") {
		t.Fatalf("initialize: %+v %q", init.ServerInfo, init.Instructions)
	}
	ctx := context.Background()
	lr, err := h.cs.ListTools(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, tool := range lr.Tools {
		names = append(names, tool.Name)
		in, _ := tool.InputSchema.(map[string]any)
		out, _ := tool.OutputSchema.(map[string]any)
		if len(tool.Description) < 40 || in["type"] != "object" || out["type"] != "object" {
			t.Errorf("tool %s: description %q, input schema %v, output schema %v", tool.Name, tool.Description, tool.InputSchema, tool.OutputSchema)
		}
		props, _ := in["properties"].(map[string]any)
		for name, p := range props {
			if d, _ := p.(map[string]any)["description"].(string); d == "" {
				t.Errorf("tool %s: argument %s has no description", tool.Name, name)
			}
		}
	}
	if !slices.Equal(names, slices.Sorted(slices.Values(mcp.Tools))) {
		t.Fatalf("tools/list %v, want %v", names, mcp.Tools)
	}
	var pay *sdk.Tool
	for _, tool := range lr.Tools {
		if tool.Name == mcp.ToolPay {
			pay = tool
		}
	}
	req, _ := pay.InputSchema.(map[string]any)["required"].([]any)
	if fmt.Sprint(req) != "[to amount]" {
		t.Fatalf("pay's required arguments %v", req)
	}

	// Only the tools offered are listed.
	srv2, err := mcp.New(mcp.Config{Node: agent.Config{RPC: "http://127.0.0.1:1"}, Tools: []string{"status", "echo"}})
	if err != nil {
		t.Fatal(err)
	}
	lr, err = connect(t, srv2, &logBuffer{}).cs.ListTools(ctx, nil)
	if err != nil || len(lr.Tools) != 2 || lr.Tools[0].Name != "echo" || lr.Tools[1].Name != "status" {
		t.Fatalf("offered status and echo, listed %v (%v)", lr.Tools, err)
	}

	for _, bad := range []struct {
		cfg  mcp.Config
		want string
	}{
		{mcp.Config{}, "no node RPC endpoint"},
		{mcp.Config{Node: agent.Config{RPC: "x"}, Tools: []string{"mint"}}, `unknown tool "mint"`},
		{mcp.Config{Node: agent.Config{RPC: "x"}, Prices: map[string]uint64{"pay": 5}}, "cannot be sold"},
		{mcp.Config{Node: agent.Config{RPC: "x"}, Prices: map[string]uint64{"echo": 0}}, "priced at 0"},
		{mcp.Config{Node: agent.Config{RPC: "x"}, Prices: map[string]uint64{"echo": 5}, Tools: []string{"status"}}, "not offered"},
		{mcp.Config{Node: agent.Config{RPC: "x"}, Prices: map[string]uint64{"echo": 5}}, "L2 public key"},
		{mcp.Config{Node: agent.Config{RPC: "x"}, Limits: mcp.Limits{PerHour: big.NewInt(-1)}}, "negative"},
	} {
		if _, err := mcp.New(bad.cfg); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("New(%+v): %v, want an error saying %q", bad.cfg, err, bad.want)
		}
	}
}

// TestToolsOnNode drives the tools against a single in-process node: an
// LLM's status, balance and payments, the limits, bad arguments, a dry
// run, a locked wallet and a chain without L1, with no secret in any
// result or log line.
func TestToolsOnNode(t *testing.T) {
	tn := startNode(t, 4)
	alice := tn.wallet(t, 1)
	h := tn.serve(t, alice, func(c *mcp.Config) {
		c.Limits = mcp.Limits{PerCall: eth("0.001"), PerHour: eth("0.0015")}
	})
	bobKey := tn.key(t, 2).Public()
	a0, _ := tn.balance(t, 1)
	b0, _ := tn.balance(t, 2)

	var st mcp.StatusOut
	h.ok("status", nil, &st)
	if st.ChainID != tn.chain || st.Network != x402.Network(tn.chain) || st.Height == 0 || st.Rollup != nil || st.L1 != nil ||
		st.Wallet.L2PublicKey != alice.l2.Public().String() || st.Wallet.L2Account == nil || *st.Wallet.L2Account != 1 || st.Wallet.Keys != "unlocked" {
		t.Fatalf("status %+v wallet %+v", st, st.Wallet)
	}
	if st.Spending.MaxPerCallETH != "0.001" || st.Spending.MaxPerHourETH != "0.0015" || st.Spending.LeftThisHourETH != "0.0015" || st.Spending.DryRun {
		t.Fatalf("status spending %+v", st.Spending)
	}

	var bal mcp.BalanceOut
	h.ok("balance", nil, &bal)
	if bal.L2 == nil || bal.L2.Account != 1 || bal.L2.BalanceGwei != a0 || bal.L2.BalanceETH != agent.FormatGwei(a0) || bal.Finalized != nil || bal.L1BalanceETH != "" {
		t.Fatalf("balance %+v l2 %+v", bal, bal.L2)
	}

	// Pay Bob by his key, then by his account index: the balances move.
	var tx mcp.TxOut
	h.ok("pay", map[string]any{"to": bobKey.String(), "amount": "0.0005"}, &tx)
	if tx.DryRun || tx.Tx == "" || tx.Type != "transfer" || tx.From != 1 || tx.To == nil || *tx.To != 2 || tx.AmountGwei != 500_000 || tx.FeeGwei != 1 || tx.Height == 0 {
		t.Fatalf("pay %+v", tx)
	}
	h.ok("pay", map[string]any{"to": "2", "amount": "250000gwei", "fee_gwei": 3}, &tx)
	if tx.AmountGwei != 250_000 || tx.FeeGwei != 3 || tx.Nonce != 1 {
		t.Fatalf("pay by index %+v", tx)
	}
	if a, _ := tn.balance(t, 1); a != a0-500_000-1-250_000-3 {
		t.Fatalf("alice has %d gwei, want %d", a, a0-750_004)
	}
	if b, _ := tn.balance(t, 2); b != b0+750_000 {
		t.Fatalf("bob has %d gwei, want %d", b, b0+750_000)
	}

	// Over the per-call limit, then over what the hour leaves: refused,
	// nothing moves.
	h.fails("pay", map[string]any{"to": "2", "amount": "0.002"}, "refused by the spending limit", "0.002000001 ETH", "0.001 ETH per call", "--max-per-call")
	msg := h.fails("pay", map[string]any{"to": "2", "amount": "0.0008"}, "refused by the spending limit", "0.000750004 ETH was already spent in the last hour",
		"0.0015 ETH per hour", "--max-per-hour", "at most 0.000749996 ETH now", "retry after")
	t.Logf("over the hourly limit: %s", msg)
	h.ok("status", nil, &st)
	if st.Spending.SpentLastHourETH != "0.000750004" || st.Spending.LeftThisHourETH != "0.000749996" {
		t.Fatalf("status spending after two payments %+v", st.Spending)
	}
	if a, n := tn.balance(t, 1); a != a0-750_004 || n != 2 {
		t.Fatalf("a refused payment moved funds: alice has %d gwei at nonce %d", a, n)
	}
	// A payment the node refuses counts nothing against the limits.
	h.fails("pay", map[string]any{"to": freshKey(t).String(), "amount": "1gwei"}, "no L2 account", "deposit")
	h.fails("pay", map[string]any{"to": "3999", "amount": "1gwei"}, "account")
	// The fee counts against the limits.
	h.fails("pay", map[string]any{"to": "2", "amount": "1gwei", "fee_gwei": 1 << 40}, "--max-per-call")
	h.ok("status", nil, &st)
	if st.Spending.SpentLastHourETH != "0.000750004" {
		t.Fatalf("refused payments were counted: %+v", st.Spending)
	}

	// Bad arguments: error results that say what is wrong.
	h.fails("pay", map[string]any{"to": "2"}, "bad arguments", "amount", "inputSchema")
	h.fails("pay", map[string]any{"to": "2", "amount": 0.1}, "bad arguments")
	h.fails("pay", map[string]any{"to": "2", "amount": "0.1", "memo": "hi"}, "bad arguments", "memo")
	h.fails("pay", map[string]any{"to": "bob", "amount": "0.0001"}, "want an L2 public key", "account index")
	h.fails("pay", map[string]any{"to": "0x1234", "amount": "0.0001"}, "want an L2 public key")
	h.fails("pay", map[string]any{"to": "2", "amount": "a lot"}, "want a decimal number of ETH")
	h.fails("pay", map[string]any{"to": "2", "amount": "0.0000000001"}, "not a whole number of gwei")
	h.fails("pay", map[string]any{"to": "1", "amount": "1gwei"}, "would pay itself")
	h.fails("withdraw", map[string]any{"amount": "1gwei", "to": "0xabc"}, "not an L1 address")
	h.fails("wait_for_finality", map[string]any{"tx": "0x12"}, "64 hex digits")
	h.fails("wait_for_finality", map[string]any{"tx": tx.Tx, "level": "soon"}, `want "finalized" or "l1"`)
	h.fails("fetch_paid_url", map[string]any{"url": "file:///etc/passwd"}, "http:// or https://")
	h.fails("fetch_paid_url", map[string]any{"url": "http://x", "method": "TRACE"}, "want GET")
	h.fails("call_paid_tool", map[string]any{"server_url": "ftp://x", "tool": "echo"}, "http:// or https://")

	// What needs L1 says so, and how to give it.
	h.fails("deposit", map[string]any{"amount": "0.1"}, "no L1 endpoint", "--l1 URL and --rollup ADDR")
	h.fails("claim", map[string]any{"withdrawal_tx": tx.Tx}, "no L1 endpoint", "--l1")
	h.fails("wait_for_finality", map[string]any{"tx": tx.Tx}, "no L1 endpoint", `level "l1"`)
	h.fails("wait_for_finality", map[string]any{"tx": tx.Tx, "level": "l1"}, "mycel_rollupStatus")

	var echo mcp.EchoOut
	h.ok("echo", map[string]any{"text": "héllo"}, &echo)
	if echo.Text != "héllo" {
		t.Fatalf("echo %+v", echo)
	}
	// A secret that would go out is withheld or redacted: an echo of the
	// key, an error quoting the passphrase.
	seedHex := alice.secrets()[0]
	h.fails("echo", map[string]any{"text": "my key is " + seedHex}, "withheld", "held a secret")
	h.fails("pay", map[string]any{"to": "pw " + testPassphrase, "amount": "1gwei"}, "[redacted]", "want an L2 public key")
	h.noSecrets(alice.secrets()...)
	h.noSecrets(testPassphrase)

	t.Run("dry run sends nothing", func(t *testing.T) {
		d := tn.serve(t, alice, func(c *mcp.Config) { c.DryRun = true; c.Limits.PerCall = eth("0.001") })
		a, n := tn.balance(t, 1)
		var tx mcp.TxOut
		d.ok("pay", map[string]any{"to": bobKey.String(), "amount": "0.0005"}, &tx)
		if !tx.DryRun || tx.Tx != "" || tx.From != 1 || tx.To == nil || *tx.To != 2 || tx.Nonce != n || tx.AmountGwei != 500_000 || tx.ChainID != tn.chain {
			t.Fatalf("dry-run pay %+v", tx)
		}
		d.ok("withdraw", map[string]any{"amount": "0.0001"}, &tx)
		if !tx.DryRun || tx.Tx != "" || tx.L1Address != crypto0(alice) || tx.Nonce != n {
			t.Fatalf("dry-run withdraw %+v", tx)
		}
		// The limits and the balance are still checked.
		d.fails("pay", map[string]any{"to": "2", "amount": "0.002"}, "--max-per-call")
		d.fails("pay", map[string]any{"to": freshKey(t).String(), "amount": "1gwei"}, "no L2 account")
		var st mcp.StatusOut
		d.ok("status", nil, &st)
		if !st.Spending.DryRun || st.Spending.SpentLastHourETH != "0" {
			t.Fatalf("dry-run status %+v", st.Spending)
		}
		time.Sleep(300 * time.Millisecond) // blocks that would hold a payment
		if a2, n2 := tn.balance(t, 1); a2 != a || n2 != n {
			t.Fatalf("dry run moved funds: %d gwei nonce %d, was %d nonce %d", a2, n2, a, n)
		}
		d.noSecrets(alice.secrets()...)
	})

	t.Run("locked wallet", func(t *testing.T) {
		l := tn.serve(t, wallet{}, func(c *mcp.Config) {
			c.Keys = agent.Keys{PubKey: alice.l2.Public()}
			c.Locked = "the server was started without the passphrase: restart it with --password-file FILE"
		})
		var bal mcp.BalanceOut
		l.ok("balance", nil, &bal)
		if bal.L2 == nil || bal.L2.Account != 1 {
			t.Fatalf("locked balance %+v", bal)
		}
		l.fails("pay", map[string]any{"to": "2", "amount": "1gwei"}, "key not given", "without the passphrase", "--password-file")
		var st mcp.StatusOut
		l.ok("status", nil, &st)
		if !strings.HasPrefix(st.Wallet.Keys, "locked: ") {
			t.Fatalf("locked status %+v", st.Wallet)
		}
	})

	t.Run("node down", func(t *testing.T) {
		d, err := mcp.New(mcp.Config{Node: agent.Config{RPC: "http://127.0.0.1:1", CallTimeout: time.Second}})
		if err != nil {
			t.Fatal(err)
		}
		connect(t, d, &logBuffer{}).fails("status", nil, "does not answer", "is the node running")
	})
}

func crypto0(w wallet) string { return addressOf(w).Hex() }

// TestSellToolOverMCP: one agent sells echo for 1000 gwei; another pays
// for it with a Buyer over MCP, and through its own server's
// call_paid_tool over streamable HTTP. Unpaid, replayed, wrong and
// over-budget payments are refused; a failed call costs nothing.
func TestSellToolOverMCP(t *testing.T) {
	tn := startNode(t, 4)
	seller := tn.wallet(t, 1)
	buyer := tn.wallet(t, 2)
	const price = 1000
	sell := tn.serve(t, seller, func(c *mcp.Config) { c.Prices = map[string]uint64{"echo": price} })
	s0, _ := tn.balance(t, 1)
	b0, _ := tn.balance(t, 2)

	// Unpaid: the price, as x402's MCP transport says.
	res := sell.call("echo", map[string]any{"text": "hi"})
	pr, ok := mcp.PaymentRequiredOf(res)
	if !ok || !res.IsError || pr.X402Version != 2 || pr.Resource.URL != "mcp://tool/echo" || len(pr.Accepts) != 1 ||
		pr.Accepts[0].Amount != "1000" || pr.Accepts[0].PayTo != "1" || pr.Accepts[0].Network != x402.Network(tn.chain) {
		t.Fatalf("unpaid echo: %v %+v\n%s", ok, pr, text(res))
	}
	var wrapped map[string]map[string]any
	if err := json.Unmarshal([]byte(text(res)), &wrapped); err != nil || wrapped["x402/error"]["code"] != float64(402) {
		t.Fatalf("content[0].text is not the x402/error wrapper: %s", text(res))
	}
	lr, _ := sell.cs.ListTools(context.Background(), nil)
	for _, tool := range lr.Tools {
		if tool.Name == "echo" && !strings.Contains(tool.Description, "PAID: 1000 gwei") {
			t.Fatalf("echo's description does not give its price: %q", tool.Description)
		}
	}

	// A buyer pays it, and calls again with the payment in _meta.
	bc, err := agent.Dial(context.Background(), agent.Config{RPC: tn.url}, agent.Keys{L2: buyer.l2})
	if err != nil {
		t.Fatal(err)
	}
	defer bc.Close()
	b := &mcp.Buyer{Client: bc, Key: buyer.l2, MaxCost: 5000}
	ctx := context.Background()
	pay, p, err := b.Pay(ctx, pr)
	if err != nil || p.AmountGwei != price || p.FeeGwei != 1 {
		t.Fatalf("pay for echo: %v %+v", err, p)
	}
	start := time.Now()
	res = sell.callMeta("echo", map[string]any{"text": "paid hello"}, sdk.Meta{mcp.MetaPayment: pay})
	t.Logf("a paid echo over MCP (verify, run, settle at soft confirmation): %v", time.Since(start).Round(time.Millisecond))
	sr, ok := mcp.SettlementOf(res)
	if res.IsError || !ok || !sr.Success || sr.Transaction != p.Transaction || sr.Payer != "2" || sr.Height == 0 || sr.Network != x402.Network(tn.chain) {
		t.Fatalf("paid echo: settlement %+v (%v): %s", sr, ok, text(res))
	}
	var echo mcp.EchoOut
	remarshal(t, res.StructuredContent, &echo)
	if echo.Text != "paid hello" {
		t.Fatalf("paid echo said %+v", echo)
	}
	if s, _ := tn.balance(t, 1); s != s0+price {
		t.Fatalf("seller has %d gwei, want %d", s, s0+price)
	}
	if bb, _ := tn.balance(t, 2); bb != b0-price-1 {
		t.Fatalf("buyer has %d gwei, want %d", bb, b0-price-1)
	}
	// The same payment again: refused.
	res = sell.callMeta("echo", map[string]any{"text": "again"}, sdk.Meta{mcp.MetaPayment: pay})
	if got, ok := mcp.PaymentRequiredOf(res); !ok || !strings.Contains(got.Error, x402.ReasonAlreadySettled) {
		t.Fatalf("replayed payment: %s", text(res))
	}

	// Buyer.CallTool does both calls.
	res, p, err = b.CallTool(ctx, sell.cs, &sdk.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "bought"}})
	if err != nil || res.IsError || p == nil || p.Settlement == nil || !p.Settlement.Success || !strings.Contains(text(res), "bought") {
		t.Fatalf("Buyer.CallTool: %v %+v %s", err, p, text(res))
	}
	if s, _ := tn.balance(t, 1); s != s0+2*price {
		t.Fatalf("seller has %d gwei, want %d", s, s0+2*price)
	}
	// A payment for another resource, and one that is not a payment.
	other := *pr
	other.Resource = &x402.ResourceInfo{URL: "mcp://tool/status"}
	if pay2, _, err := b.Pay(ctx, &other); err != nil {
		t.Fatal(err)
	} else if res := sell.callMeta("echo", map[string]any{"text": "x"}, sdk.Meta{mcp.MetaPayment: pay2}); !strings.Contains(text(res), x402.ReasonResourceMismatch) {
		t.Fatalf("payment for another tool: %s", text(res))
	}
	if res := sell.callMeta("echo", map[string]any{"text": "x"}, sdk.Meta{mcp.MetaPayment: "cash"}); !strings.Contains(text(res), x402.ReasonInvalidPayload) {
		t.Fatalf("payment \"cash\": %s", text(res))
	}
	// A paid call with bad arguments costs nothing.
	res, p, err = b.CallTool(ctx, sell.cs, &sdk.CallToolParams{Name: "echo", Arguments: map[string]any{"txt": "typo"}})
	if err != nil || !res.IsError || p == nil || p.Settlement != nil || !strings.Contains(text(res), "bad arguments") {
		t.Fatalf("paid call with bad arguments: %v %+v %s", err, p, text(res))
	}
	// Over the buyer's budget: not paid.
	_, _, err = (&mcp.Buyer{Client: bc, Key: buyer.l2, MaxCost: 1000}).CallTool(ctx, sell.cs, &sdk.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "x"}})
	if !errors.Is(err, mcp.ErrOverMaxCost) || !strings.Contains(err.Error(), "1001 gwei") {
		t.Fatalf("over budget: %v", err)
	}
	time.Sleep(300 * time.Millisecond)
	if s, _ := tn.balance(t, 1); s != s0+2*price {
		t.Fatalf("refused payments moved funds: seller has %d gwei, want %d", s, s0+2*price)
	}

	// Agent to agent: the seller over streamable HTTP, the buyer's own MCP
	// server calling it with call_paid_tool within its limits.
	hs := httptest.NewServer(sell.srv.HTTPHandler(mcp.HTTPOptions{}))
	defer hs.Close()
	agentB := tn.serve(t, buyer, func(c *mcp.Config) { c.Limits.PerCall = eth("0.000002") })
	var cp mcp.CallPaidOut
	agentB.ok("call_paid_tool", map[string]any{"server_url": hs.URL, "tool": "echo", "arguments": map[string]any{"text": "from agent B"}}, &cp)
	if cp.IsError || !strings.Contains(cp.Text, "from agent B") || cp.Paid == nil || !cp.Paid.Settled || cp.Paid.CostGwei != price+1 || cp.Paid.Transaction == "" {
		t.Fatalf("call_paid_tool %+v paid %+v", cp, cp.Paid)
	}
	if s, _ := tn.balance(t, 1); s != s0+3*price {
		t.Fatalf("seller has %d gwei after three sales, want %d", s, s0+3*price)
	}
	agentB.fails("call_paid_tool", map[string]any{"server_url": hs.URL, "tool": "echo", "arguments": map[string]any{"text": "x"}, "max_price": "1000gwei"},
		"spending limit", "1001 gwei", "max_price")
	// A dry-run buyer learns the price and pays nothing.
	dry := tn.serve(t, buyer, func(c *mcp.Config) { c.DryRun = true })
	cp = mcp.CallPaidOut{}
	dry.ok("call_paid_tool", map[string]any{"server_url": hs.URL, "tool": "echo", "arguments": map[string]any{"text": "x"}}, &cp)
	if !cp.DryRun || cp.Paid != nil || cp.Price == nil || cp.Price.AmountGwei != price || !cp.Price.Payable || cp.Price.Resource != "mcp://tool/echo" {
		t.Fatalf("dry-run call_paid_tool %+v price %+v", cp, cp.Price)
	}
	sell.noSecrets(seller.secrets()...)
	agentB.noSecrets(buyer.secrets()...)
}

// TestFetchPaidURL: fetch_paid_url pays an x402 paywall through the node's
// facilitator, within max_price and the limits; a dry run only reports
// the price.
func TestFetchPaidURL(t *testing.T) {
	tn := startNode(t, 4)
	payee := uint32(3)
	wall := x402.NewPaywall(x402.NodeFacilitator(tn.url), x402.ResourceInfo{Description: "a weather report"}, nil, x402.Price(tn.chain, payee, 700, 0))
	hs := httptest.NewServer(wall.Handler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"forecast":"sunny"}`))
	})))
	defer hs.Close()
	p0, _ := tn.balance(t, payee)
	alice := tn.wallet(t, 1)
	h := tn.serve(t, alice, func(c *mcp.Config) { c.Limits.PerHour = eth("0.000002") })

	var f mcp.FetchOut
	h.ok("fetch_paid_url", map[string]any{"url": hs.URL + "/weather"}, &f)
	if f.Status != 200 || f.Body != `{"forecast":"sunny"}` || f.Paid == nil || f.Paid.CostGwei != 701 || !f.Paid.Settled || f.Paid.Transaction == "" || f.Paid.Height == 0 {
		t.Fatalf("fetch %+v paid %+v", f, f.Paid)
	}
	if p, _ := tn.balance(t, payee); p != p0+700 {
		t.Fatalf("payee has %d gwei, want %d", p, p0+700)
	}
	h.fails("fetch_paid_url", map[string]any{"url": hs.URL + "/weather", "max_price": "700gwei"}, "spending limit", "701 gwei", "max_price 0.0000007 ETH")
	h.ok("fetch_paid_url", map[string]any{"url": hs.URL + "/weather"}, &f)
	// 1402 gwei spent of 2000 this hour: a third does not fit.
	h.fails("fetch_paid_url", map[string]any{"url": hs.URL + "/weather"}, "spending limit", "--max-per-hour")
	if p, _ := tn.balance(t, payee); p != p0+1400 {
		t.Fatalf("payee has %d gwei, want %d", p, p0+1400)
	}

	d := tn.serve(t, alice, func(c *mcp.Config) { c.DryRun = true })
	f = mcp.FetchOut{}
	d.ok("fetch_paid_url", map[string]any{"url": hs.URL + "/weather"}, &f)
	if !f.DryRun || f.Status != 402 || f.Paid != nil || f.Price == nil || f.Price.AmountGwei != 700 || f.Price.PayTo != "3" || !f.Price.Payable {
		t.Fatalf("dry-run fetch %+v price %+v", f, f.Price)
	}
	h.noSecrets(alice.secrets()...)
}

// TestHTTPHandler: the streamable HTTP listener serves an MCP client with
// the bearer token, and refuses requests without it, over its body limit
// and over the request rate.
func TestHTTPHandler(t *testing.T) {
	srv, err := mcp.New(mcp.Config{Node: agent.Config{RPC: "http://127.0.0.1:1"}})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.HTTPHandler(mcp.HTTPOptions{Token: "s3cret-token", MaxBodyBytes: 4096, RequestsPerSecond: 1, Burst: 12}))
	defer hs.Close()
	ctx := context.Background()
	cs, err := sdk.NewClient(&sdk.Implementation{Name: "t"}, nil).Connect(ctx, &sdk.StreamableClientTransport{Endpoint: hs.URL,
		HTTPClient: &http.Client{Transport: bearerRT{"s3cret-token"}}, DisableStandaloneSSE: true, MaxRetries: -1}, nil)
	if err != nil {
		t.Fatal(err)
	}
	res, err := cs.CallTool(ctx, &sdk.CallToolParams{Name: "echo", Arguments: map[string]any{"text": "over http"}})
	if err != nil || res.IsError || !strings.Contains(text(res), "over http") {
		t.Fatalf("echo over HTTP: %v %v", err, res)
	}
	cs.Close()
	post := func(auth, body string) *http.Response {
		req, _ := http.NewRequest(http.MethodPost, hs.URL, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Accept", "application/json, text/event-stream")
		if auth != "" {
			req.Header.Set("Authorization", "Bearer "+auth)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	initBody := `{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"x","version":"1"}}}`
	if r := post("", initBody); r.StatusCode != http.StatusUnauthorized {
		t.Fatalf("no token: %s", r.Status)
	}
	if r := post("wrong", initBody); r.StatusCode != http.StatusUnauthorized {
		t.Fatalf("wrong token: %s", r.Status)
	}
	if r := post("s3cret-token", `{"jsonrpc":"2.0","id":1,"method":"ping","params":{"pad":"`+strings.Repeat("x", 8000)+`"}}`); r.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("8 KB body: %s", r.Status)
	}
	limited := false
	for range 20 {
		if r := post("s3cret-token", initBody); r.StatusCode == http.StatusTooManyRequests {
			limited = r.Header.Get("Retry-After") != ""
			break
		}
	}
	if !limited {
		t.Fatal("20 requests at once within a burst of 12: none refused with 429 and Retry-After")
	}
}

type bearerRT struct{ token string }

func (b bearerRT) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return http.DefaultTransport.RoundTrip(r)
}

func remarshal(t *testing.T, in, out any) {
	t.Helper()
	b, _ := json.Marshal(in)
	if err := json.Unmarshal(b, out); err != nil {
		t.Fatalf("%s: %v", b, err)
	}
}

// TestPaymentRequiredOf reads the PaymentRequired of x402's MCP transport
// from each place a server may put it, and nothing from other results.
func TestPaymentRequiredOf(t *testing.T) {
	pr := x402.PaymentRequired{X402Version: 2, Error: "pay", Resource: &x402.ResourceInfo{URL: "mcp://tool/t"},
		Accepts: []x402.PaymentRequirements{x402.Price(7, 3, 10, 0)}}
	var direct map[string]any
	remarshal(t, pr, &direct)
	wrapped := map[string]any{"x402/error": map[string]any{"code": 402, "message": "pay", "data": direct}}
	wrappedText, _ := json.Marshal(wrapped)
	directText, _ := json.Marshal(direct)
	for name, r := range map[string]*sdk.CallToolResult{
		"structuredContent":           {IsError: true, StructuredContent: direct},
		"structuredContent wrapped":   {IsError: true, StructuredContent: wrapped},
		"content[0].text wrapped":     {IsError: true, Content: []sdk.Content{&sdk.TextContent{Text: string(wrappedText)}}},
		"content[0].text, no wrapper": {IsError: true, Content: []sdk.Content{&sdk.TextContent{Text: string(directText)}}},
	} {
		got, ok := mcp.PaymentRequiredOf(r)
		if !ok || got.Resource.URL != "mcp://tool/t" || got.Accepts[0].PayTo != "3" || got.Accepts[0].Amount != "10" {
			t.Errorf("%s: %v %+v", name, ok, got)
		}
	}
	for name, r := range map[string]*sdk.CallToolResult{
		"not an error": {StructuredContent: direct},
		"plain error":  {IsError: true, Content: []sdk.Content{&sdk.TextContent{Text: "no such thing"}}},
		"no options":   {IsError: true, StructuredContent: map[string]any{"x402Version": 2, "accepts": []any{}}},
		"other JSON":   {IsError: true, Content: []sdk.Content{&sdk.TextContent{Text: `{"x402/error":{"code":500}}`}}},
		"nil":          nil,
	} {
		if got, ok := mcp.PaymentRequiredOf(r); ok {
			t.Errorf("%s: read %+v", name, got)
		}
	}
	sr := x402.SettleResponse{Success: true, Transaction: "0xab", Network: "mycel:7"}
	if got, ok := mcp.SettlementOf(&sdk.CallToolResult{Meta: sdk.Meta{mcp.MetaPaymentResponse: sr}}); !ok || got.Transaction != "0xab" || !got.Success {
		t.Errorf("settlement in _meta: %v %+v", ok, got)
	}
	failed := map[string]any{"x402Version": 2, mcp.MetaPaymentResponse: map[string]any{"success": false, "errorReason": "insufficient_funds", "transaction": "", "network": "mycel:7"}}
	if got, ok := mcp.SettlementOf(&sdk.CallToolResult{IsError: true, StructuredContent: failed}); !ok || got.Success || got.ErrorReason != "insufficient_funds" {
		t.Errorf("failed settlement in structuredContent: %v %+v", ok, got)
	}
	if _, ok := mcp.SettlementOf(&sdk.CallToolResult{StructuredContent: map[string]any{"text": "hi"}}); ok {
		t.Error("a result without a settlement has one")
	}
}
