package devnet

import (
	"context"
	"crypto/sha256"
	"log/slog"
	"math/big"
	"os"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// TestRollupEndToEnd runs the rollup devnet (in-process L1 dev chain,
// contracts, 4 staked validators, prover) and follows funds from an L1
// deposit through L2 transfers to a batch certified and committed on L1,
// proven on L1 and a withdrawal claimed on L1 (with MYCEL_DEVNET_PROVE=1:
// real Groth16 proofs of the 8-slot circuit, whose dev setup takes about
// 70 s; `make test` leaves it off because e2e/TestDepositToWithdrawal
// covers the proven path with separate processes), checking balances at
// each step.
func TestRollupEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("runs an L1 chain and 4 validators")
	}
	prove := os.Getenv("MYCEL_DEVNET_PROVE") == "1"
	home := t.TempDir()
	cfg := DefaultConfig(home)
	cfg.Init.BasePort = testutil.FreePortBase(t, 4)
	cfg.Init.Accounts = 4
	cfg.L1.HTTPAddr = "127.0.0.1:0"
	cfg.L1.BlockPeriod = 500 * time.Millisecond
	cfg.L1.Prover = prove
	if !prove {
		cfg.L1.Verifier = "test"
	}
	level := slog.LevelError
	if testing.Verbose() {
		level = slog.LevelInfo
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	ctx, cancel := context.WithTimeout(context.Background(), 12*time.Minute)
	defer cancel()
	d, err := start(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Stop(context.Background())
	eth := d.Chain.Client()
	dep := d.L1.Deployment
	rollup := bindings.NewRollup()
	l2, err := rpc.Dial(d.Manifest.RPC[1])
	if err != nil {
		t.Fatal(err)
	}
	defer l2.Close()

	// 1. Deposit 1 ETH on L1 for a new L2 key.
	user := d.Chain.DevKeys()[9]
	userAddr := crypto.PubkeyToAddress(user.PublicKey)
	tcfg := l1.DefaultTxManagerConfig()
	tcfg.ChainID = d.Chain.ChainID()
	txm, err := l1.NewTxManager(tcfg, eth, user, log, l1.NopMetrics())
	if err != nil {
		t.Fatal(err)
	}
	l2key, _ := ledger.NewPrivateKey(sha256.Sum256([]byte("e2e user")))
	pk := l2key.Public()
	x, qx, qy, err := contracts.DepositKeyHint(pk)
	if err != nil {
		t.Fatal(err)
	}
	oneEth := new(big.Int).Mul(big.NewInt(1), big.NewInt(1e18))
	if _, err := txm.Send(ctx, dep.Rollup, rollup.PackDeposit(pk, x, qx, qy), oneEth); err != nil {
		t.Fatalf("deposit: %v", err)
	}
	start := time.Now()
	var acct node.AccountResult
	waitFor(t, ctx, "the deposit credited on L2", func() bool {
		err := l2.Call(&acct, "mycel_getAccountByKey", pk)
		return err == nil && acct.Exists && acct.Account.Balance == 1e9
	})
	t.Logf("deposit credited on L2 after %v (account %d)", time.Since(start).Round(time.Millisecond), acct.Account.Index)

	// 2. A transfer to account 1, then a withdrawal of 0.4 ETH to a fresh
	// L1 address.
	to := common.HexToAddress("0x00000000000000000000000000000000000e2e01")
	idx := acct.Account.Index
	tr := &ledger.Tx{Type: ledger.TxTransfer, ChainID: d.Manifest.ChainID, From: idx, To: 1, Amount: 1000, Fee: 10, Nonce: 0}
	wd := &ledger.Tx{Type: ledger.TxWithdraw, ChainID: d.Manifest.ChainID, From: idx, L1Address: to, Amount: 400_000_000, Fee: 10, Nonce: 1}
	for _, tx := range []*ledger.Tx{tr, wd} {
		if err := tx.Sign(l2key); err != nil {
			t.Fatal(err)
		}
		var h common.Hash
		if err := l2.Call(&h, "mycel_sendRawTransaction", hexutil.Bytes(tx.Encode())); err != nil {
			t.Fatalf("send: %v", err)
		}
	}
	var receipt *node.Receipt
	wh := wd.Hash()
	waitFor(t, ctx, "the withdrawal committed on L2", func() bool {
		err := l2.Call(&receipt, "mycel_getTransactionReceipt", common.Hash(wh))
		return err == nil && receipt != nil && receipt.Status == "committed"
	})
	softAt := time.Since(start)
	waitFor(t, ctx, "the sender's balance", func() bool {
		return l2.Call(&acct, "mycel_getAccountByKey", pk) == nil && acct.Account.Balance == 1e9-1000-10-400_000_000-10
	})

	// 3. The batch holding the withdrawal is certified and committed on L1.
	height := uint64(*receipt.Height)
	var batch node.BatchResult
	waitFor(t, ctx, "the withdrawal's batch certified on L2", func() bool {
		for i := uint64(0); ; i++ {
			var b node.BatchResult
			if err := l2.Call(&b, "mycel_getBatch", i); err != nil {
				return false
			}
			if b.Header.FirstBlock <= height && height <= b.Header.LastBlock {
				batch = b
				return b.Certified
			}
		}
	})
	if len(batch.Withdrawals) != 1 || batch.Withdrawals[0].To != to || batch.Withdrawals[0].AmountGwei != 400_000_000 {
		t.Fatalf("batch %d withdrawals: %+v", batch.Index, batch.Withdrawals)
	}
	call := func(data []byte) []byte {
		out, err := eth.CallContract(ctx, ethereum.CallMsg{To: &dep.Rollup, Data: data}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	waitFor(t, ctx, "the batch committed on L1", func() bool {
		n, _ := rollup.UnpackNextBatchIndex(call(rollup.PackNextBatchIndex()))
		return n > batch.Index
	})
	t.Logf("soft confirmation %v, batch %d committed on L1 %v after the deposit", softAt.Round(time.Millisecond), batch.Index, time.Since(start).Round(time.Millisecond))
	if !prove {
		t.Log("MYCEL_DEVNET_PROVE unset: batches are not proven here, the withdrawal cannot be claimed")
		return
	}

	// 4. The prover proves it and the proof is verified on L1.
	waitFor(t, ctx, "the batch finalized on L1", func() bool {
		n, _ := rollup.UnpackFinalizedCount(call(rollup.PackFinalizedCount()))
		return n > batch.Index
	})
	t.Logf("batch %d finalized on L1 %v after the deposit", batch.Index, time.Since(start).Round(time.Millisecond))

	// 5. Claim the withdrawal on L1.
	w := batch.Withdrawals[0]
	var proof [][32]byte
	for _, p := range w.Proof {
		proof = append(proof, p)
	}
	before, _ := eth.BalanceAt(ctx, to, nil)
	if _, err := txm.Send(ctx, dep.Rollup, rollup.PackClaimWithdrawal(new(big.Int).SetUint64(batch.Index), big.NewInt(int64(w.Index)), to, w.AmountGwei, proof), nil); err != nil {
		t.Fatalf("claim: %v", err)
	}
	after, _ := eth.BalanceAt(ctx, to, nil)
	want := new(big.Int).Mul(big.NewInt(400_000_000), contracts.GweiWei)
	if new(big.Int).Sub(after, before).Cmp(want) != 0 {
		t.Fatalf("L1 balance of %s went from %s to %s, want +%s", to, before, after, want)
	}
	// A second claim is refused.
	if _, err := txm.Send(ctx, dep.Rollup, rollup.PackClaimWithdrawal(new(big.Int).SetUint64(batch.Index), big.NewInt(int64(w.Index)), to, w.AmountGwei, proof), nil); !l1.IsRevert(err, "AlreadyClaimed") {
		t.Fatalf("second claim: %v", err)
	}
	_ = userAddr
}

// waitFor polls ok every 200 ms until it holds; past ctx's deadline it
// fails t with "timed out waiting for <what>".
func waitFor(t testing.TB, ctx context.Context, what string, ok func() bool) {
	t.Helper()
	deadline, _ := ctx.Deadline()
	testutil.Wait{Within: time.Until(deadline), Every: 200 * time.Millisecond}.Until(t, what, ok)
}
