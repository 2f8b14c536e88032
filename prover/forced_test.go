package prover

import (
	"math/big"
	"testing"

	"github.com/mycel-network/mycel/ledger"
)

// forcedChain builds a depth-4 ledger (tinyChain's genesis) and returns
// batches of one forced exit each: account 1's whole balance after a
// transfer, then account 3, whose leaf is still empty (its deposit may be
// queued on L1), then a deposit to a new key.
func forcedChain(t testing.TB) (*ledger.Store, []*Batch) {
	t.Helper()
	const chain = tinyChainID
	s, keys := tinyStore(t)
	to := [20]byte{0xfe, 19: 0x07}
	blocks := [][]*ledger.Tx{
		{
			{Type: ledger.TxTransfer, ChainID: chain, From: 1, To: 2, Amount: 1234, Fee: 5},
		},
		{{Type: ledger.TxForcedExit, ChainID: chain, QueueIndex: 0, From: 1, L1Address: to}},
		{{Type: ledger.TxForcedExit, ChainID: chain, QueueIndex: 1, From: 3, L1Address: to}},
		{{Type: ledger.TxDeposit, ChainID: chain, QueueIndex: 0, PubKey: keys[2].Public(), Amount: 42}},
	}
	if err := blocks[0][0].Sign(keys[0]); err != nil {
		t.Fatal(err)
	}
	var out []*Batch
	for i, txs := range blocks {
		b, err := s.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range txs {
			if _, err := b.Apply(tx); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := b.Commit(); err != nil {
			t.Fatal(err)
		}
		dep := uint64(0)
		if len(out) > 0 {
			dep = out[len(out)-1].DepositEnd
		}
		bt, err := BatchFromStore(s, BatchSpec{Index: uint64(i), FromHeight: uint64(i), ToHeight: uint64(i + 1), DepositStart: dep})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, bt)
	}
	return s, out
}

func TestForcedExitBatchesSolve(t *testing.T) {
	_, batches := forcedChain(t)
	if got := batches[1].Txs[0].Amount; got != 1_000_000-1234-5 {
		t.Fatalf("forced exit amount %d", got)
	}
	if got := batches[2].Txs[0].Amount; got != 0 {
		t.Fatalf("forced exit of an empty leaf: amount %d", got)
	}
	for i, b := range batches {
		pd, err := b.PubData()
		if err != nil {
			t.Fatal(err)
		}
		if tx := mustDecode(t, b.Txs[0].Tx); tx.Type == ledger.TxForcedExit {
			if len(pd) != ledger.PubDataForcedSize || pd[0] != 4 || new(big.Int).SetBytes(pd[24:32]).Uint64() != b.Txs[0].Amount {
				t.Fatalf("batch %d: forced-exit record %x", i, pd)
			}
		}
		c, err := Assign(b, tinyParams.Slots)
		if err != nil {
			t.Fatalf("batch %d: %v", i, err)
		}
		adv := &adversary{}
		if err := advSolve(c, adv); err != nil {
			t.Fatalf("batch %d does not solve: %v", i, err)
		}
		if adv.nFree != 0 {
			t.Fatalf("batch %d: %d free divisions", i, adv.nFree)
		}
	}
}

func mustDecode(t testing.TB, b []byte) *ledger.Tx {
	t.Helper()
	tx, err := ledger.DecodeTx(b)
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

// A prover cannot shortchange a forced exit: withdraw less than the whole
// balance, leave the balance in place, claim that an existing account's
// leaf is empty, or send it elsewhere than the public data says.
func TestForcedExitTamperingDoesNotSolve(t *testing.T) {
	_, batches := forcedChain(t)
	full, empty := batches[1], batches[2]
	cases := []struct {
		name string
		b    *Batch
		post func(b *Batch, c *Circuit)
	}{
		{"amount below the balance", full, func(b *Batch, c *Circuit) {
			b.Txs[0].Amount--
			c.Slots[0].Amount = b.Txs[0].Amount
			setPublic(t, b, c)
		}},
		{"amount of an empty leaf above 0", empty, func(b *Batch, c *Circuit) {
			c.Slots[0].Amount = big.NewInt(1)
			b.Txs[0].Amount = 1
			setPublic(t, b, c)
		}},
		{"existing account claimed empty", full, func(b *Batch, c *Circuit) {
			c.Slots[0].ACreated = 1
			c.Slots[0].ABalance, c.Slots[0].ANonce, c.Slots[0].Amount = 0, 0, 0
			b.Txs[0].Amount = 0
			setPublic(t, b, c)
		}},
		{"balance left in place (new root of the untouched state)", full, func(b *Batch, c *Circuit) {
			b.NewRoot = b.PrevRoot
			c.NewRoot = hv(b.PrevRoot)
			setPublic(t, b, c)
		}},
		{"another recipient than the public data", full, func(b *Batch, c *Circuit) {
			c.Slots[0].L1Address = big.NewInt(0xdead)
		}},
		{"recorded as a withdrawal (no signature)", full, func(b *Batch, c *Circuit) {
			c.Slots[0].Kind[kindForced], c.Slots[0].Kind[kindWithdraw] = 0, 1
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := cloneBatch(tc.b)
			c, err := Assign(b, tinyParams.Slots)
			if err != nil {
				t.Fatal(err)
			}
			if err := advSolve(c, nil); err != nil {
				t.Fatalf("control: %v", err)
			}
			tc.post(b, c)
			if err := advSolve(c, nil); err == nil {
				t.Fatal("tampered forced exit solved")
			}
		})
	}
}
