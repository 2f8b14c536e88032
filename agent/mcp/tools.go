package mcp

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	sdk "github.com/modelcontextprotocol/go-sdk/mcp"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/x402"
	"github.com/mycel-network/mycel/ledger"
)

// Amount is how every tool takes an amount; its description.
const amountHelp = `an amount of ETH as a decimal string ("0.01"), or with a unit ("250gwei", "1000000000wei"); L2 amounts are whole gwei (1 gwei = 0.000000001 ETH)`

// addTool registers a typed tool if it is offered. The handler's error
// becomes a tool result with isError whose text says what to do.
func addTool[In, Out any](s *Server, t *sdk.Tool, h func(context.Context, In) (Out, error)) {
	if !s.offered[t.Name] {
		return
	}
	if p, ok := s.cfg.Prices[t.Name]; ok {
		t.Description += fmt.Sprintf(" PAID: %d gwei (%s ETH) per call, x402 over MCP: a call without _meta[\"x402/payment\"] is answered with isError and the x402 PaymentRequired; pay it (mycel's exact scheme) and call again with the payment in _meta[\"x402/payment\"].",
			p, agent.FormatGwei(p))
	}
	sdk.AddTool(s.mcp, t, func(ctx context.Context, _ *sdk.CallToolRequest, in In) (*sdk.CallToolResult, Out, error) {
		start := time.Now()
		ctx, cancel := context.WithTimeout(ctx, s.cfg.WaitTimeout)
		defer cancel()
		out, err := h(ctx, in)
		if err != nil {
			err = s.explain(ctx, err)
			s.log.Info("tool call refused or failed", "tool", t.Name, "ms", time.Since(start).Milliseconds(), "err", err)
			var zero Out
			return nil, zero, err
		}
		s.log.Info("tool call", "tool", t.Name, "ms", time.Since(start).Milliseconds())
		return nil, out, nil
	})
}

// explain adds to an error what the LLM (or the server's owner) can do
// about it.
func (s *Server) explain(ctx context.Context, err error) error {
	switch {
	case errors.Is(err, agent.ErrNoL1):
		return fmt.Errorf("%w: this server has no L1 endpoint: its owner must restart `mycel mcp` with --l1 URL and --rollup ADDR (or --devnet HOME)", err)
	case errors.Is(err, agent.ErrNotRegistered) && !strings.Contains(err.Error(), "mycel operator register"):
		return fmt.Errorf("%w: the wallet's owner registers one with `mycel operator register` (it needs the node's consensus key, which this server does not hold)", err)
	case errors.Is(err, agent.ErrNoKey) && s.cfg.Locked != "":
		return fmt.Errorf("%w: %s", err, s.cfg.Locked)
	case errors.Is(err, context.DeadlineExceeded) && ctx.Err() != nil:
		return fmt.Errorf("%w: the call ran out of its time (%v, the server's --timeout); what was sent stays sent: check with balance or wait_for_finality before trying again", err, s.cfg.WaitTimeout)
	}
	return err
}

func (s *Server) addTools() {
	ro, rw := &sdk.ToolAnnotations{ReadOnlyHint: true, IdempotentHint: true, OpenWorldHint: new(false)},
		&sdk.ToolAnnotations{DestructiveHint: new(true), OpenWorldHint: new(false)}
	open := &sdk.ToolAnnotations{DestructiveHint: new(true), OpenWorldHint: new(true)}
	addTool(s, &sdk.Tool{Name: ToolStatus, Title: "Chain, wallet and limits", Annotations: ro,
		Description: "Status of the mycel node and rollup this wallet uses (chain id, height, batches committed and finalized on L1), the wallet (L2 public key, L1 address, whether its keys are unlocked), the spending limits and what is left of them this hour, and the tools this server sells. Call it first."},
		s.status)
	addTool(s, &sdk.Tool{Name: ToolBalance, Title: "Wallet balance", Annotations: ro,
		Description: "The wallet's balances: the latest L2 balance (its Merkle proof checked against the state root), the L2 balance as of the last batch finalized on L1 (checked against the Rollup's root on L1), and the L1 balance. Before the first deposit there is no L2 account."},
		s.balance)
	addTool(s, &sdk.Tool{Name: ToolPay, Title: "Pay on L2", Annotations: rw,
		Description: "Pay ETH on the mycel L2 from this wallet's account to another L2 account, named by its public key (0x and 64 hex digits) or its account index. Returns once the transfer is committed in an L2 block (soft confirmation, about a second) with the transaction hash; wait_for_finality follows it to L1. The receiver must have an L2 account (made by a deposit). Spending limits apply to amount + fee."},
		s.pay)
	addTool(s, &sdk.Tool{Name: ToolDeposit, Title: "Deposit from L1", Annotations: rw,
		Description: "Move ETH from the wallet's L1 account into its L2 account (the first deposit creates the account). Sends an L1 transaction to the Rollup contract and returns once the L2 has credited it (a few L1 blocks). Spending limits apply to the amount (L1 gas is not counted). Needs the server's L1 endpoint."},
		s.deposit)
	addTool(s, &sdk.Tool{Name: ToolWithdraw, Title: "Withdraw to L1", Annotations: rw,
		Description: "Withdraw ETH from the wallet's L2 account to an L1 address (default the wallet's own). Returns once the withdrawal is committed on L2; the funds are paid on L1 by the claim tool once the batch holding the withdrawal is finalized on L1 (wait_for_finality). Spending limits apply to amount + fee."},
		s.withdraw)
	addTool(s, &sdk.Tool{Name: ToolClaim, Title: "Claim a withdrawal on L1", Annotations: rw,
		Description: "Pay an L2 withdrawal on L1: waits until the batch holding it is finalized on L1 (its zk proof verified; minutes), then calls the Rollup's claimWithdrawal from the wallet's L1 key (which pays the gas; the funds go to the withdrawal's L1 address). Moves no value out of the wallet, so the spending limits do not count it. Needs the server's L1 endpoint."},
		s.claim)
	addTool(s, &sdk.Tool{Name: ToolWait, Title: "Wait for L1 finality", Annotations: ro,
		Description: "Follow an L2 transaction (by its hash) until it is committed on L1 (level \"l1\": its batch is on L1) or final on L1 (level \"finalized\", the default: its batch's zk proof verified on L1). Returns the L2 block and the batch. Finality needs the server's L1 endpoint; \"l1\" works with the node alone."},
		s.wait)
	addTool(s, &sdk.Tool{Name: ToolFetch, Title: "Fetch a URL, paying x402", Annotations: open,
		Description: "Fetch an http(s) URL; if it answers 402 Payment Required with an x402 offer of mycel's exact scheme on this chain, pay it from the wallet's L2 account and fetch again. The payment (amount + fee) is bounded by max_price and the spending limits. Returns the status, the body (cut at the server's limit) and what was paid."},
		s.fetch)
	addTool(s, &sdk.Tool{Name: ToolCallPaid, Title: "Call another agent's paid tool", Annotations: open,
		Description: "Call a tool of another MCP server (streamable HTTP at server_url). If the tool asks for an x402 payment (mycel's exact scheme), pay it from the wallet's L2 account, within max_price and the spending limits, and call again with the payment. Returns the tool's result and what was paid."},
		s.callPaid)
	addTool(s, &sdk.Tool{Name: ToolEcho, Title: "Echo (demo)", Annotations: &sdk.ToolAnnotations{ReadOnlyHint: true, IdempotentHint: true, OpenWorldHint: new(false)},
		Description: "Say the text back. A demo of a tool one agent can sell to another: priced with --sell echo=PRICE."},
		s.echo)
}

// Outputs. Every amount is given in gwei (integers) and in ETH (a decimal
// string); keys, addresses and hashes are 0x-hex strings.

// StatusOut is the status tool's result.
type StatusOut struct {
	ChainID        uint64        `json:"chain_id" jsonschema:"the L2 chain id"`
	Network        string        `json:"x402_network" jsonschema:"the chain's x402 network name"`
	Height         uint64        `json:"height" jsonschema:"the latest L2 block"`
	LastBlockAgeMs int64         `json:"last_block_age_ms" jsonschema:"how long ago the last L2 block was made; blocks come about every second on a live chain"`
	CatchingUp     bool          `json:"catching_up"`
	MempoolTxs     int           `json:"mempool_txs"`
	Accounts       uint64        `json:"accounts" jsonschema:"L2 accounts"`
	Rollup         *RollupOut    `json:"rollup,omitempty" jsonschema:"the node's view of the rollup; absent on a chain without L1 (no deposits, withdrawals or claims there)"`
	L1             *L1Out        `json:"l1,omitempty" jsonschema:"the Rollup contract on L1; absent when the server has no L1 endpoint"`
	Wallet         WalletOut     `json:"wallet"`
	Spending       SpendingOut   `json:"spending"`
	PaidTools      []PaidToolOut `json:"paid_tools,omitempty" jsonschema:"tools this server sells for x402 payments"`
}

// RollupOut is StatusOut.Rollup.
type RollupOut struct {
	Epoch       uint64 `json:"epoch"`
	NextBatch   uint64 `json:"next_batch" jsonschema:"the index the next batch to close gets"`
	L1NextBatch uint64 `json:"l1_next_batch" jsonschema:"batches below this index are committed on L1"`
	NextDeposit uint64 `json:"next_deposit" jsonschema:"deposits below this queue index are credited on L2"`
	Validators  int    `json:"validators"`
}

// L1Out is StatusOut.L1.
type L1Out struct {
	ChainID        uint64 `json:"chain_id"`
	Head           uint64 `json:"head"`
	Rollup         string `json:"rollup"`
	NextBatch      uint64 `json:"next_batch" jsonschema:"batches committed on L1"`
	FinalizedCount uint64 `json:"finalized_count" jsonschema:"batches finalized on L1 (their proof verified)"`
}

// WalletOut is StatusOut.Wallet.
type WalletOut struct {
	L2PublicKey string  `json:"l2_public_key"`
	L1Address   string  `json:"l1_address"`
	L2Account   *uint32 `json:"l2_account,omitempty" jsonschema:"the wallet's L2 account index; absent before its first deposit"`
	Keys        string  `json:"keys" jsonschema:"\"unlocked\", or why the keys are locked"`
}

// SpendingOut is StatusOut.Spending.
type SpendingOut struct {
	MaxPerCallETH    string `json:"max_per_call_eth" jsonschema:"the most one call may move, or \"unlimited\""`
	MaxPerHourETH    string `json:"max_per_hour_eth" jsonschema:"the most all calls may move in any hour, or \"unlimited\""`
	SpentLastHourETH string `json:"spent_last_hour_eth"`
	LeftThisHourETH  string `json:"left_this_hour_eth" jsonschema:"what the hourly limit still allows now, or \"unlimited\""`
	DryRun           bool   `json:"dry_run" jsonschema:"true: nothing is signed or sent; spending tools say what they would sign"`
}

// PaidToolOut is a tool the server sells.
type PaidToolOut struct {
	Tool      string `json:"tool"`
	PriceGwei uint64 `json:"price_gwei"`
	PriceETH  string `json:"price_eth"`
}

func ethOrUnlimited(wei *big.Int) string {
	if wei == nil {
		return "unlimited"
	}
	return agent.FormatWei(wei)
}

func (s *Server) status(ctx context.Context, _ struct{}) (StatusOut, error) {
	c, err := s.dial(ctx)
	if err != nil {
		return StatusOut{}, err
	}
	st, err := c.Status(ctx)
	if err != nil {
		return StatusOut{}, err
	}
	out := StatusOut{ChainID: st.ChainID, Network: x402.Network(st.ChainID), Height: st.Height, LastBlockAgeMs: st.LastBlockAgeMs,
		CatchingUp: st.CatchingUp, MempoolTxs: st.MempoolTxs, Accounts: st.Accounts,
		Wallet: WalletOut{L2PublicKey: s.cfg.Keys.PubKey.String(), L1Address: s.cfg.Keys.Address.Hex(), Keys: "unlocked"},
		Spending: SpendingOut{MaxPerCallETH: ethOrUnlimited(s.cfg.Limits.PerCall), MaxPerHourETH: ethOrUnlimited(s.cfg.Limits.PerHour),
			SpentLastHourETH: agent.FormatWei(s.spend.Spent()), LeftThisHourETH: ethOrUnlimited(s.spend.Left()), DryRun: s.cfg.DryRun}}
	if s.cfg.Locked != "" {
		out.Wallet.Keys = "locked: " + s.cfg.Locked
	}
	if r := st.Rollup; r != nil {
		out.Rollup = &RollupOut{Epoch: r.Epoch, NextBatch: r.NextBatch, L1NextBatch: r.L1NextBatch, NextDeposit: r.NextDeposit, Validators: r.Validators}
	}
	if l := st.L1; l != nil {
		out.L1 = &L1Out{ChainID: l.ChainID, Head: l.Head, Rollup: l.Rollup.Hex(), NextBatch: l.NextBatch, FinalizedCount: l.FinalizedCount}
	}
	if a, err := c.Account(ctx); err == nil {
		out.Wallet.L2Account = &a.Index
	} else if !errors.Is(err, agent.ErrUnknownAccount) {
		return StatusOut{}, err
	}
	for _, t := range SellableTools {
		if p, ok := s.cfg.Prices[t]; ok {
			out.PaidTools = append(out.PaidTools, PaidToolOut{Tool: t, PriceGwei: p, PriceETH: agent.FormatGwei(p)})
		}
	}
	return out, nil
}

// BalanceOut is the balance tool's result.
type BalanceOut struct {
	L2PublicKey  string        `json:"l2_public_key"`
	L1Address    string        `json:"l1_address"`
	L2           *L2AccountOut `json:"l2,omitempty" jsonschema:"the latest L2 account; absent before the first deposit"`
	Finalized    *FinalizedOut `json:"finalized,omitempty" jsonschema:"the account as of the last batch finalized on L1; absent without L1 or before a batch is finalized"`
	L1BalanceETH string        `json:"l1_balance_eth,omitempty" jsonschema:"the L1 address's balance; absent without L1"`
	Note         string        `json:"note,omitempty"`
}

// L2AccountOut is an L2 account.
type L2AccountOut struct {
	Account     uint32 `json:"account"`
	BalanceGwei uint64 `json:"balance_gwei"`
	BalanceETH  string `json:"balance_eth"`
	Nonce       uint64 `json:"nonce"`
	Height      uint64 `json:"height" jsonschema:"the L2 block the balance is at"`
}

// FinalizedOut is the account as of the last finalized batch.
type FinalizedOut struct {
	Batch       uint64 `json:"batch"`
	Exists      bool   `json:"exists" jsonschema:"false: the account was created after that batch"`
	BalanceGwei uint64 `json:"balance_gwei"`
	BalanceETH  string `json:"balance_eth"`
}

func (s *Server) balance(ctx context.Context, _ struct{}) (BalanceOut, error) {
	c, err := s.dial(ctx)
	if err != nil {
		return BalanceOut{}, err
	}
	b, err := c.Balance(ctx)
	if err != nil {
		return BalanceOut{}, err
	}
	out := BalanceOut{L2PublicKey: b.PubKey.String(), L1Address: b.Address.Hex()}
	if a := b.L2; a != nil {
		out.L2 = &L2AccountOut{Account: a.Index, BalanceGwei: a.Balance, BalanceETH: agent.FormatGwei(a.Balance), Nonce: a.Nonce, Height: a.Height}
	} else {
		out.Note = "no L2 account yet: the first deposit creates it (deposit tool)"
	}
	if f := b.Finalized; f != nil {
		out.Finalized = &FinalizedOut{Batch: f.Batch, Exists: f.Exists, BalanceGwei: f.Balance, BalanceETH: agent.FormatGwei(f.Balance)}
	}
	if b.L1Wei != nil {
		out.L1BalanceETH = agent.FormatWei(b.L1Wei)
	}
	return out, nil
}

// PayIn is the pay tool's arguments.
type PayIn struct {
	To      string `json:"to" jsonschema:"the receiver: an L2 public key (0x and 64 hex digits) or an L2 account index (a decimal number)"`
	Amount  string `json:"amount" jsonschema:"how much to pay: an amount of ETH as a decimal string (\"0.01\"), or with a unit (\"250gwei\"); whole gwei"`
	FeeGwei uint64 `json:"fee_gwei,omitempty" jsonschema:"the L2 fee in gwei (default the server's, 1 gwei)"`
}

// TxOut is the result of pay and withdraw.
type TxOut struct {
	DryRun     bool    `json:"dry_run" jsonschema:"true: nothing was signed or sent; this is what would be signed"`
	Tx         string  `json:"tx,omitempty" jsonschema:"the L2 transaction hash (absent in a dry run)"`
	Type       string  `json:"type" jsonschema:"transfer or withdraw"`
	ChainID    uint64  `json:"chain_id"`
	From       uint32  `json:"from" jsonschema:"the wallet's L2 account"`
	To         *uint32 `json:"to,omitempty" jsonschema:"the receiving L2 account (transfers)"`
	L1Address  string  `json:"l1_address,omitempty" jsonschema:"the L1 address paid (withdrawals)"`
	AmountGwei uint64  `json:"amount_gwei"`
	AmountETH  string  `json:"amount_eth"`
	FeeGwei    uint64  `json:"fee_gwei"`
	Nonce      uint64  `json:"nonce"`
	Height     uint64  `json:"height,omitempty" jsonschema:"the L2 block that committed it"`
	SoftMs     int64   `json:"soft_confirmation_ms,omitempty" jsonschema:"from sending to the commit in an L2 block"`
	Next       string  `json:"next" jsonschema:"what to do next"`
}

// parseL2Amount reads an amount the L2 can move: whole gwei.
func parseL2Amount(field, s string) (uint64, error) {
	wei, err := agent.ParseAmount(s)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", field, err)
	}
	g, err := agent.ToGwei(wei)
	if err != nil {
		return 0, fmt.Errorf("%s %q: %w", field, s, err)
	}
	return g, nil
}

// receiver parses pay's to: a public key or an account index.
func receiver(s string) (*ledger.PublicKey, uint32, error) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		var pk ledger.PublicKey
		if err := pk.UnmarshalText([]byte(s)); err != nil {
			return nil, 0, fmt.Errorf("to %q: %v: want an L2 public key (0x and 64 hex digits) or an account index", s, err)
		}
		return &pk, 0, nil
	}
	i, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return nil, 0, fmt.Errorf("to %q: want an L2 public key (0x and 64 hex digits) or an account index (a decimal number)", s)
	}
	return nil, uint32(i), nil
}

// signer returns the wallet's L2 key, or says why there is none.
func (s *Server) needL2Key() error {
	if s.cfg.Keys.L2 == nil {
		return fmt.Errorf("%w: signing on L2 needs the wallet's L2 key", agent.ErrNoKey)
	}
	return nil
}

func (s *Server) needL1Key() error {
	if s.cfg.Keys.L1 == nil {
		return fmt.Errorf("%w: an L1 transaction needs the wallet's L1 key", agent.ErrNoKey)
	}
	return nil
}

// spendL2 runs send within the limits: amount + fee gwei reserved, kept
// unless the send was refused before anything left.
func (s *Server) spendL2(gwei uint64, send func() (*agent.Receipt, error)) (*agent.Receipt, error) {
	r, err := s.spend.Reserve(agent.GweiToWei(gwei))
	if err != nil {
		return nil, err
	}
	rc, err := send()
	if err != nil && refusedBeforeSending(err) {
		r.Release()
	}
	return rc, err
}

// dryRunL2 is what an L2 send would sign: the wallet's account and nonce,
// its balance checked, the limits checked.
func (s *Server) dryRunL2(ctx context.Context, c *agent.Client, out *TxOut) error {
	if err := s.spend.Check(agent.GweiToWei(out.AmountGwei + out.FeeGwei)); err != nil {
		return err
	}
	a, err := c.Account(ctx)
	if err != nil {
		return err
	}
	if need := out.AmountGwei + out.FeeGwei; need > a.Balance {
		return fmt.Errorf("%w: account %d has %d gwei, the %s needs %d gwei (amount + fee): deposit more, or send less", agent.ErrInsufficientFunds, a.Index, a.Balance, out.Type, need)
	}
	out.DryRun, out.ChainID, out.From, out.Nonce = true, c.ChainID(), a.Index, a.Nonce
	out.Next = "dry run: nothing was signed or sent"
	return nil
}

func txOut(r *agent.Receipt) TxOut {
	t := r.Tx
	out := TxOut{Tx: r.Hash.Hex(), Type: t.Type.String(), ChainID: t.ChainID, From: t.From, AmountGwei: t.Amount, AmountETH: agent.FormatGwei(t.Amount),
		FeeGwei: t.Fee, Nonce: t.Nonce, Height: r.Height}
	if !r.Sent.IsZero() {
		out.SoftMs = r.Committed.Sub(r.Sent).Milliseconds()
	}
	if t.Type == ledger.TxTransfer {
		to := t.To
		out.To = &to
	} else {
		out.L1Address = common.Address(t.L1Address).Hex()
	}
	return out
}

func (s *Server) fee(g uint64) uint64 {
	if g == 0 {
		return s.cfg.Fee
	}
	return g
}

func (s *Server) pay(ctx context.Context, in PayIn) (TxOut, error) {
	pk, index, err := receiver(in.To)
	if err != nil {
		return TxOut{}, err
	}
	amount, err := parseL2Amount("amount", in.Amount)
	if err != nil {
		return TxOut{}, err
	}
	fee := s.fee(in.FeeGwei)
	c, err := s.dial(ctx)
	if err != nil {
		return TxOut{}, err
	}
	if s.cfg.DryRun {
		if pk != nil {
			a, err := c.AccountByKey(ctx, *pk)
			if err != nil {
				if errors.Is(err, agent.ErrUnknownAccount) {
					return TxOut{}, fmt.Errorf("%w: key %s has no L2 account: it receives transfers once a deposit created its account", agent.ErrUnknownReceiver, pk)
				}
				return TxOut{}, err
			}
			index = a.Index
		}
		out := TxOut{Type: ledger.TxTransfer.String(), To: &index, AmountGwei: amount, AmountETH: agent.FormatGwei(amount), FeeGwei: fee}
		return out, s.dryRunL2(ctx, c, &out)
	}
	if err := s.needL2Key(); err != nil {
		return TxOut{}, err
	}
	r, err := s.spendL2(amount+fee, func() (*agent.Receipt, error) {
		if pk != nil {
			return c.Pay(ctx, *pk, amount, fee)
		}
		return c.Transfer(ctx, index, amount, fee)
	})
	if err != nil {
		return TxOut{}, err
	}
	out := txOut(r)
	out.Next = "committed on L2 (soft confirmation); wait_for_finality with this tx follows it to L1"
	return out, nil
}

// WithdrawIn is the withdraw tool's arguments.
type WithdrawIn struct {
	Amount  string `json:"amount" jsonschema:"how much to withdraw: an amount of ETH as a decimal string (\"0.01\"), or with a unit (\"250gwei\"); whole gwei"`
	To      string `json:"to,omitempty" jsonschema:"the L1 address to pay (0x and 40 hex digits); default the wallet's own L1 address"`
	FeeGwei uint64 `json:"fee_gwei,omitempty" jsonschema:"the L2 fee in gwei (default the server's, 1 gwei)"`
}

func (s *Server) withdraw(ctx context.Context, in WithdrawIn) (TxOut, error) {
	amount, err := parseL2Amount("amount", in.Amount)
	if err != nil {
		return TxOut{}, err
	}
	to := s.cfg.Keys.Address
	if in.To != "" {
		if !common.IsHexAddress(in.To) {
			return TxOut{}, fmt.Errorf("to %q is not an L1 address (0x and 40 hex digits)", in.To)
		}
		to = common.HexToAddress(in.To)
	}
	if to == (common.Address{}) {
		return TxOut{}, errors.New("no L1 address to withdraw to: give to (0x and 40 hex digits)")
	}
	fee := s.fee(in.FeeGwei)
	c, err := s.dial(ctx)
	if err != nil {
		return TxOut{}, err
	}
	if s.cfg.DryRun {
		out := TxOut{Type: ledger.TxWithdraw.String(), L1Address: to.Hex(), AmountGwei: amount, AmountETH: agent.FormatGwei(amount), FeeGwei: fee}
		return out, s.dryRunL2(ctx, c, &out)
	}
	if err := s.needL2Key(); err != nil {
		return TxOut{}, err
	}
	r, err := s.spendL2(amount+fee, func() (*agent.Receipt, error) { return c.Withdraw(ctx, to, amount, fee) })
	if err != nil {
		return TxOut{}, err
	}
	out := txOut(r)
	out.Next = "committed on L2; the funds are paid on L1 once its batch is finalized: call claim with this tx (it waits for the finality itself)"
	return out, nil
}

// DepositIn is the deposit tool's arguments.
type DepositIn struct {
	Amount string `json:"amount" jsonschema:"how much to deposit from L1: an amount of ETH as a decimal string (\"0.5\"), or with a unit (\"250gwei\"); whole gwei"`
}

// DepositOut is the deposit tool's result.
type DepositOut struct {
	DryRun      bool   `json:"dry_run" jsonschema:"true: nothing was signed or sent; this is what would be"`
	From        string `json:"from" jsonschema:"the wallet's L1 address, which pays"`
	Rollup      string `json:"rollup" jsonschema:"the Rollup contract the deposit goes to"`
	AmountGwei  uint64 `json:"amount_gwei"`
	AmountETH   string `json:"amount_eth"`
	L1Tx        string `json:"l1_tx,omitempty"`
	L1Block     uint64 `json:"l1_block,omitempty"`
	QueueIndex  uint64 `json:"queue_index,omitempty"`
	Account     uint32 `json:"account,omitempty" jsonschema:"the L2 account credited"`
	BalanceGwei uint64 `json:"balance_gwei,omitempty" jsonschema:"the L2 balance once credited"`
	BalanceETH  string `json:"balance_eth,omitempty"`
	Next        string `json:"next"`
}

func (s *Server) deposit(ctx context.Context, in DepositIn) (DepositOut, error) {
	amount, err := parseL2Amount("amount", in.Amount)
	if err != nil {
		return DepositOut{}, err
	}
	wei := agent.GweiToWei(amount)
	c, err := s.dial(ctx)
	if err != nil {
		return DepositOut{}, err
	}
	if !c.HasL1() {
		return DepositOut{}, fmt.Errorf("%w: a deposit is an L1 transaction", agent.ErrNoL1)
	}
	out := DepositOut{From: s.cfg.Keys.Address.Hex(), Rollup: c.Rollup().Hex(), AmountGwei: amount, AmountETH: agent.FormatGwei(amount)}
	if s.cfg.DryRun {
		if err := s.spend.Check(wei); err != nil {
			return DepositOut{}, err
		}
		out.DryRun, out.Next = true, "dry run: nothing was signed or sent"
		return out, nil
	}
	if err := s.needL1Key(); err != nil {
		return DepositOut{}, err
	}
	r, err := s.spend.Reserve(wei)
	if err != nil {
		return DepositOut{}, err
	}
	d, err := c.Deposit(ctx, wei)
	if err != nil {
		if refusedBeforeSending(err) {
			r.Release()
		}
		return DepositOut{}, err
	}
	out.L1Tx, out.L1Block, out.QueueIndex, out.Account = d.L1Tx.Hex(), d.L1Block, d.QueueIndex, d.Account
	out.BalanceGwei, out.BalanceETH = d.Balance, agent.FormatGwei(d.Balance)
	out.Next = "credited on L2: the funds can be paid now"
	return out, nil
}

// ClaimIn is the claim tool's arguments.
type ClaimIn struct {
	Withdrawal string `json:"withdrawal_tx" jsonschema:"the L2 transaction hash of the withdrawal (0x and 64 hex digits), as withdraw returned it"`
}

// ClaimOut is the claim tool's result.
type ClaimOut struct {
	DryRun     bool   `json:"dry_run"`
	Withdrawal string `json:"withdrawal_tx"`
	To         string `json:"to" jsonschema:"the L1 address paid"`
	AmountGwei uint64 `json:"amount_gwei"`
	AmountETH  string `json:"amount_eth"`
	Batch      uint64 `json:"batch,omitempty"`
	Index      uint32 `json:"index,omitempty" jsonschema:"the withdrawal's index in its batch"`
	L1Tx       string `json:"l1_tx,omitempty" jsonschema:"the claim's L1 transaction"`
	L1Block    uint64 `json:"l1_block,omitempty"`
	Next       string `json:"next"`
}

func parseHash(field, s string) (common.Hash, error) {
	var h common.Hash
	if err := h.UnmarshalText([]byte(strings.TrimSpace(s))); err != nil {
		return h, fmt.Errorf("%s %q: want an L2 transaction hash (0x and 64 hex digits)", field, s)
	}
	return h, nil
}

func (s *Server) claim(ctx context.Context, in ClaimIn) (ClaimOut, error) {
	h, err := parseHash("withdrawal_tx", in.Withdrawal)
	if err != nil {
		return ClaimOut{}, err
	}
	c, err := s.dial(ctx)
	if err != nil {
		return ClaimOut{}, err
	}
	if !c.HasL1() {
		return ClaimOut{}, fmt.Errorf("%w: a claim is an L1 transaction", agent.ErrNoL1)
	}
	if s.cfg.DryRun {
		r, pending, err := c.Receipt(ctx, h)
		if err != nil {
			return ClaimOut{}, err
		}
		if r == nil {
			if pending {
				return ClaimOut{}, fmt.Errorf("withdrawal %s is still pending on L2: wait for it to commit, then claim", h)
			}
			return ClaimOut{}, fmt.Errorf("the node knows no transaction %s: check the hash", h)
		}
		if r.Tx.Type != ledger.TxWithdraw {
			return ClaimOut{}, fmt.Errorf("%w: %s is a %s", agent.ErrNotWithdrawal, h, r.Tx.Type)
		}
		return ClaimOut{DryRun: true, Withdrawal: h.Hex(), To: common.Address(r.Tx.L1Address).Hex(), AmountGwei: r.Tx.Amount,
			AmountETH: agent.FormatGwei(r.Tx.Amount), Next: "dry run: nothing was signed or sent; a claim waits for the batch's finality on L1, then calls Rollup.claimWithdrawal"}, nil
	}
	if err := s.needL1Key(); err != nil {
		return ClaimOut{}, err
	}
	r, err := c.Claim(ctx, h)
	if err != nil {
		return ClaimOut{}, err
	}
	return ClaimOut{Withdrawal: h.Hex(), To: r.To.Hex(), AmountGwei: r.AmountGwei, AmountETH: agent.FormatGwei(r.AmountGwei), Batch: r.Batch,
		Index: r.Index, L1Tx: r.L1Tx.Hex(), L1Block: r.L1Block, Next: "paid on L1"}, nil
}

// WaitIn is wait_for_finality's arguments.
type WaitIn struct {
	Tx    string `json:"tx" jsonschema:"an L2 transaction hash (0x and 64 hex digits)"`
	Level string `json:"level,omitempty" jsonschema:"\"finalized\" (the default: the batch's proof verified on L1) or \"l1\" (the batch committed on L1)"`
}

// WaitOut is wait_for_finality's result.
type WaitOut struct {
	Tx            string `json:"tx"`
	Height        uint64 `json:"height" jsonschema:"the L2 block holding the transaction"`
	Batch         uint64 `json:"batch" jsonschema:"the batch holding that block"`
	CommittedOnL1 bool   `json:"committed_on_l1"`
	Finalized     bool   `json:"finalized" jsonschema:"final on L1: the batch's zk proof verified"`
	WaitedMs      int64  `json:"waited_ms"`
}

func (s *Server) wait(ctx context.Context, in WaitIn) (WaitOut, error) {
	h, err := parseHash("tx", in.Tx)
	if err != nil {
		return WaitOut{}, err
	}
	level := in.Level
	if level == "" {
		level = "finalized"
	}
	if level != "finalized" && level != "l1" {
		return WaitOut{}, fmt.Errorf("level %q: want \"finalized\" or \"l1\"", in.Level)
	}
	c, err := s.dial(ctx)
	if err != nil {
		return WaitOut{}, err
	}
	if level == "finalized" && !c.HasL1() {
		return WaitOut{}, fmt.Errorf("%w: finality is read from the Rollup on L1 (level \"l1\" works without it)", agent.ErrNoL1)
	}
	start := time.Now()
	r, err := c.WaitCommitted(ctx, h)
	if err != nil {
		return WaitOut{}, err
	}
	b, err := c.BatchOf(ctx, r.Height)
	if err != nil {
		return WaitOut{}, err
	}
	out := WaitOut{Tx: h.Hex(), Height: r.Height, Batch: b.Index}
	if err := c.WaitL1Committed(ctx, b.Index); err != nil {
		return WaitOut{}, err
	}
	out.CommittedOnL1 = true
	if level == "finalized" {
		if err := c.WaitFinalized(ctx, b.Index); err != nil {
			return WaitOut{}, fmt.Errorf("%w: batch %d is committed on L1 and waits for its proof: call again later", err, b.Index)
		}
		out.Finalized = true
	}
	out.WaitedMs = time.Since(start).Milliseconds()
	return out, nil
}

// EchoIn and EchoOut are the echo tool's.
type EchoIn struct {
	Text string `json:"text" jsonschema:"the text to say back"`
}

// EchoOut is the echo tool's result.
type EchoOut struct {
	Text string `json:"text"`
}

func (s *Server) echo(_ context.Context, in EchoIn) (EchoOut, error) { return EchoOut(in), nil }
