package ledger

import (
	"errors"
	"fmt"
	"testing"
)

func TestExecuteTransferDepositWithdraw(t *testing.T) {
	g, keys := testGenesis(t, 8, 3, 1000)
	s := openTestStore(t, t.TempDir(), g, Options{})
	root0 := s.Root()
	if s.NumAccounts() != 4 {
		t.Fatalf("accounts %d", s.NumAccounts())
	}

	b, err := s.NewBlock()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Apply(signedTransfer(t, keys[1], 1, 2, 100, 5, 0)); err != nil {
		t.Fatal(err)
	}
	newKey := testKey(t, 99)
	r, err := b.Apply(deposit(newKey.Public(), 0, 70))
	if err != nil {
		t.Fatal(err)
	}
	if !r.Created || r.Account != 4 {
		t.Fatalf("deposit receipt %+v", r)
	}
	// Second deposit to the same key credits the same account.
	r, err = b.Apply(deposit(newKey.Public(), 1, 30))
	if err != nil || r.Created || r.Account != 4 {
		t.Fatalf("second deposit: %+v %v", r, err)
	}
	addr := [20]byte{1, 2, 3}
	wr, err := b.Apply(signedWithdraw(t, newKey, 4, addr, 60, 10, 0))
	if err != nil {
		t.Fatal(err)
	}
	if len(wr.PubData) != PubDataWithdrawSize {
		t.Fatalf("withdraw pubdata %d bytes", len(wr.PubData))
	}
	root1, err := b.Commit()
	if err != nil {
		t.Fatal(err)
	}
	if root1 == root0 || s.Root() != root1 || s.Height() != 1 {
		t.Fatalf("commit did not advance: %s %s %d", root0, root1, s.Height())
	}
	want := map[uint32][2]uint64{0: {15, 0}, 1: {895, 1}, 2: {1100, 0}, 3: {1000, 0}, 4: {30, 1}}
	for idx, w := range want {
		a, ok, err := s.Account(idx)
		if err != nil || !ok {
			t.Fatalf("account %d: %v %v", idx, ok, err)
		}
		if a.Balance != w[0] || a.Nonce != w[1] {
			t.Errorf("account %d: balance %d nonce %d, want %v", idx, a.Balance, a.Nonce, w)
		}
	}
	if idx, ok, _ := s.AccountIndex(newKey.Public()); !ok || idx != 4 {
		t.Fatalf("key index %d %v", idx, ok)
	}
	if s.NextDepositIndex() != 2 {
		t.Fatalf("next deposit %d", s.NextDepositIndex())
	}
	// Proofs verify against the root, for existing and empty leaves.
	for _, idx := range []uint32{0, 1, 4, 5, 200} {
		p, err := s.Proof(idx)
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Verify(); err != nil {
			t.Fatalf("proof %d: %v", idx, err)
		}
		if p.Root != root1 {
			t.Fatal("proof root")
		}
	}
	// Historical proof at genesis.
	p, err := s.ProofAt(1, 0)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Verify(); err != nil || p.Root != root0 || p.Account.Balance != 1000 {
		t.Fatalf("genesis proof: %v %+v", err, p.Account)
	}
	// A tampered proof fails.
	p.Account.Balance++
	if err := p.Verify(); err == nil {
		t.Fatal("tampered proof verified")
	}
}

func TestExecutionErrors(t *testing.T) {
	g, keys := testGenesis(t, 4, 3, 1000)
	s := openTestStore(t, t.TempDir(), g, Options{})
	b, err := s.NewBlock()
	if err != nil {
		t.Fatal(err)
	}
	defer b.Discard()
	if _, err := b.Apply(signedTransfer(t, keys[1], 1, 2, 10, 0, 0)); err != nil {
		t.Fatal(err)
	}
	before, _ := b.Root()
	wrongChain := signedTransfer(t, keys[1], 1, 2, 10, 0, 1)
	wrongChain.ChainID = 7
	wrongChain.Sign(keys[1])
	badSig := signedTransfer(t, keys[1], 1, 2, 10, 0, 1)
	badSig.Signature = signedTransfer(t, keys[1], 1, 2, 11, 0, 1).Signature
	otherSigner := signedTransfer(t, keys[2], 1, 2, 10, 0, 1)

	cases := []struct {
		name string
		tx   *Tx
		want error
	}{
		{"replay", signedTransfer(t, keys[1], 1, 2, 10, 0, 0), ErrNonceTooLow},
		{"replay is wrong nonce", signedTransfer(t, keys[1], 1, 2, 10, 0, 0), ErrWrongNonce},
		{"future nonce", signedTransfer(t, keys[1], 1, 2, 10, 0, 5), ErrNonceTooHigh},
		{"insufficient", signedTransfer(t, keys[1], 1, 2, 990, 1, 1), ErrInsufficientBalance},
		{"fee makes insufficient", signedTransfer(t, keys[1], 1, 2, 900, 91, 1), ErrInsufficientBalance},
		{"unknown receiver", signedTransfer(t, keys[1], 1, 9, 1, 0, 1), ErrUnknownAccount},
		{"unknown sender", signedTransfer(t, keys[1], 9, 1, 1, 0, 0), ErrUnknownAccount},
		{"zero amount", signedTransfer(t, keys[1], 1, 2, 0, 0, 1), ErrAmountOutOfRange},
		{"amount too big", signedTransfer(t, keys[1], 1, 2, MaxAmount+1, 0, 1), ErrAmountOutOfRange},
		{"fee too big", signedTransfer(t, keys[1], 1, 2, 1, MaxAmount+1, 1), ErrFeeOutOfRange},
		{"amount not packable", signedTransfer(t, keys[1], 1, 2, 1<<35+1, 0, 1), ErrNotPackable},
		{"amount not packable is out of range", signedTransfer(t, keys[1], 1, 2, 1<<35+1, 0, 1), ErrAmountOutOfRange},
		{"fee not packable", signedTransfer(t, keys[1], 1, 2, 1, 2049, 1), ErrNotPackable},
		{"fee not packable is out of range", signedTransfer(t, keys[1], 1, 2, 1, 2049, 1), ErrFeeOutOfRange},
		{"withdraw amount not packable", signedWithdraw(t, keys[2], 2, [20]byte{}, 123_456_789_012_345, 0, 0), ErrNotPackable},
		{"sender index above 2^24", signedTransfer(t, keys[1], 1<<24, 1, 1, 0, 0), ErrUnknownAccount},
		{"receiver index above 2^24", signedTransfer(t, keys[1], 1, 1<<24+2, 1, 0, 1), ErrUnknownAccount},
		{"self transfer", signedTransfer(t, keys[1], 1, 1, 1, 0, 1), ErrSelfTransfer},
		{"to fee vault", signedTransfer(t, keys[1], 1, 0, 1, 0, 1), ErrReservedAccount},
		{"from fee vault", signedTransfer(t, keys[1], 0, 1, 1, 0, 0), ErrReservedAccount},
		{"wrong chain", wrongChain, ErrWrongChain},
		{"bad signature", badSig, ErrBadSignature},
		{"other signer", otherSigner, ErrBadSignature},
		{"deposit skips queue", deposit(testKey(t, 50).Public(), 1, 5), ErrDepositOutOfOrder},
		{"deposit zero", deposit(testKey(t, 50).Public(), 0, 0), ErrAmountOutOfRange},
		{"deposit bad key", deposit(PublicKey{1}, 0, 5), ErrInvalidPublicKey},
		{"withdraw insufficient", signedWithdraw(t, keys[2], 2, [20]byte{}, 2000, 0, 0), ErrInsufficientBalance},
	}
	for _, c := range cases {
		_, err := b.Apply(c.tx)
		if !errors.Is(err, c.want) {
			t.Errorf("%s: got %v, want %v", c.name, err, c.want)
		}
		if r, _ := b.Root(); r != before {
			t.Fatalf("%s: rejected tx changed the root", c.name)
		}
	}
	if b.NumTxs() != 1 {
		t.Fatalf("rejected txs were recorded: %d", b.NumTxs())
	}
}

func TestOverflowAndTreeFull(t *testing.T) {
	g, keys := testGenesis(t, 2, 2, MaxAmount-5)
	s := openTestStore(t, t.TempDir(), g, Options{})
	b, _ := s.NewBlock()
	defer b.Discard()
	if _, err := b.Apply(signedTransfer(t, keys[1], 1, 2, 10, 0, 0)); !errors.Is(err, ErrOverflow) {
		t.Fatalf("receiver overflow: %v", err)
	}
	if _, err := b.Apply(deposit(keys[1].Public(), 0, 6)); !errors.Is(err, ErrOverflow) {
		t.Fatalf("deposit overflow: %v", err)
	}
	// Depth 2 holds 4 leaves: vault + 2 accounts + 1 more.
	if _, err := b.Apply(deposit(testKey(t, 70).Public(), 0, 1)); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Apply(deposit(testKey(t, 71).Public(), 1, 1)); !errors.Is(err, ErrTreeFull) {
		t.Fatalf("tree full: %v", err)
	}
}

func TestReopenAndStaleBlock(t *testing.T) {
	dir := t.TempDir()
	g, keys := testGenesis(t, 6, 2, 500)
	s, err := Open(dir, g, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for n := uint64(0); n < 3; n++ {
		b, _ := s.NewBlock()
		if _, err := b.Apply(signedTransfer(t, keys[1], 1, 2, 1, 1, n)); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	root, height := s.Root(), s.Height()
	if _, err := s.NewBlock(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.NewBlock(); err == nil {
		t.Fatal("two open blocks allowed")
	}
	s.Close()

	if _, err := Open(dir, &Genesis{ChainID: 1, Depth: 6}, Options{}); err == nil {
		t.Fatal("opened with a different genesis")
	}
	if _, err := Open(t.TempDir(), nil, Options{}); !errors.Is(err, ErrNoGenesis) {
		t.Fatalf("empty dir: %v", err)
	}
	s2, err := Open(dir, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if s2.Root() != root || s2.Height() != height {
		t.Fatalf("reopened at %d %s, want %d %s", s2.Height(), s2.Root(), height, root)
	}
	for h := uint64(0); h <= height; h++ {
		br, err := s2.Block(h)
		if err != nil {
			t.Fatal(err)
		}
		if h > 0 && len(br.Txs) != 1 {
			t.Fatalf("block %d has %d txs", h, len(br.Txs))
		}
	}
	a, _, _ := s2.Account(1)
	if a.Nonce != 3 || a.Balance != 494 {
		t.Fatalf("account after reopen %+v", a)
	}
}

func TestSigCacheSkipsReverification(t *testing.T) {
	g, keys := testGenesis(t, 4, 2, 100)
	cache := NewSigCache(16)
	s := openTestStore(t, t.TempDir(), g, Options{Verifier: cache})
	tx := signedTransfer(t, keys[1], 1, 2, 1, 0, 0)
	errs := VerifyParallel([]SignedTx{{tx, keys[1].Public()}, {signedTransfer(t, keys[2], 1, 2, 1, 0, 0), keys[1].Public()}}, 2, cache)
	if errs[0] != nil || !errors.Is(errs[1], ErrBadSignature) {
		t.Fatalf("parallel verify: %v", errs)
	}
	b, _ := s.NewBlock()
	defer b.Discard()
	if _, err := b.Apply(tx); err != nil {
		t.Fatal(err)
	}
	if hits, _ := cache.Stats(); hits != 1 {
		t.Fatalf("cache hits %d, want 1", hits)
	}
	// A cache never accepts a bad signature it has not seen verify.
	bad := *tx
	bad.Nonce = 1
	if err := cache.VerifyTx(&bad, keys[1].Public()); !errors.Is(err, ErrBadSignature) {
		t.Fatal(err)
	}
	// Eviction keeps the size bounded.
	small := NewSigCache(2)
	for i := range 5 {
		small.VerifyTx(signedTransfer(t, keys[1], 1, 2, uint64(i+1), 0, 0), keys[1].Public())
	}
	if len(small.set) != 2 {
		t.Fatalf("cache holds %d", len(small.set))
	}
}

// Readers (RPC) may query the store while a block commits.
func TestConcurrentReadsDuringCommit(t *testing.T) {
	g, keys := testGenesis(t, 8, 2, 1_000_000)
	s := openTestStore(t, t.TempDir(), g, Options{})
	done := make(chan struct{})
	errc := make(chan error, 1)
	go func() {
		defer close(errc)
		for {
			select {
			case <-done:
				return
			default:
			}
			p, err := s.Proof(1)
			if err == nil {
				err = p.Verify()
			}
			if err != nil {
				errc <- err
				return
			}
			s.Account(2)
			// The mempool reads these on every admission, concurrently with
			// Commit replacing the store's meta (a race under -race before
			// they read it under the lock).
			if s.ChainID() != g.ChainID || s.Depth() != g.Depth {
				errc <- fmt.Errorf("chain id %d depth %d", s.ChainID(), s.Depth())
				return
			}
		}
	}()
	for n := range uint64(20) {
		b, err := s.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := b.Apply(signedTransfer(t, keys[1], 1, 2, 1, 1, n)); err != nil {
			t.Fatal(err)
		}
		if _, err := b.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	close(done)
	if err := <-errc; err != nil {
		t.Fatalf("concurrent proof: %v", err)
	}
}

func TestProofRejectsNonCanonicalSibling(t *testing.T) {
	g, _ := testGenesis(t, 4, 1, 5)
	s := openTestStore(t, t.TempDir(), g, Options{})
	p, err := s.Proof(1)
	if err != nil {
		t.Fatal(err)
	}
	for i := range p.Siblings[0] {
		p.Siblings[0][i] = 0xff
	}
	if err := p.Verify(); err == nil {
		t.Fatal("non-canonical sibling accepted")
	}
}
