package mempool

import (
	"bytes"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"github.com/mycel-network/mycel/ledger"
)

func TestConfigValidate(t *testing.T) {
	if err := Default().Validate(); err != nil {
		t.Fatalf("default config invalid: %v", err)
	}
	for _, tc := range []struct {
		key string
		mod func(*Config)
	}{
		{"mempool.max_txs", func(c *Config) { c.MaxTxs = 0 }},
		{"mempool.max_bytes", func(c *Config) { c.MaxBytes = 10 }},
		{"mempool.max_txs_per_account", func(c *Config) { c.MaxTxsPerAccount = 0 }},
		{"mempool.max_txs_per_account", func(c *Config) { c.MaxTxsPerAccount = c.MaxTxs + 1 }},
		{"mempool.max_bytes_per_account", func(c *Config) { c.MaxBytesPerAccount = 1 }},
		{"mempool.max_bytes_per_account", func(c *Config) { c.MaxBytesPerAccount = c.MaxBytes + 1 }},
		{"mempool.ttl", func(c *Config) { c.TTL = 0 }},
		{"mempool.price_bump_percent", func(c *Config) { c.PriceBumpPercent = 0 }},
		{"mempool.min_fee", func(c *Config) { c.MinFee = ledger.MaxAmount + 1 }},
		{"mempool.max_queued_txs", func(c *Config) { c.MaxQueuedTxs = -1 }},
		{"mempool.max_queued_txs", func(c *Config) { c.MaxQueuedTxs = c.MaxTxs + 1 }},
		{"mempool.max_queued_txs_per_account", func(c *Config) { c.MaxQueuedTxsPerAccount = -1 }},
		{"mempool.max_queued_txs_per_account", func(c *Config) { c.MaxQueuedTxsPerAccount = c.MaxTxsPerAccount + 1 }},
		{"mempool.refused_sig_checks_per_second", func(c *Config) { c.RefusedSigChecksPerSecond = -1 }},
	} {
		c := Default()
		tc.mod(&c)
		err := c.Validate()
		if err == nil || !strings.HasPrefix(err.Error(), "config "+tc.key+":") {
			t.Errorf("%s: got %v", tc.key, err)
		}
	}
}

func TestAddRejects(t *testing.T) {
	e := newEnv(t, 3, 1000, smallConfig(100, 4), nil)
	// Account 3's nonce moves to 1.
	e.commit(e.transfer(3, 1, 1, 1, 0))
	good := e.transfer(1, 2, 10, 1, 0)
	known := e.mustAdd(good)
	if known != TxHash(good) {
		t.Fatal("Add returned a different hash")
	}

	badSig := e.transfer(1, 2, 10, 1, 1)
	badSig[len(badSig)-40] ^= 1 // inside R's encoding: decodes, fails to verify... or is non-canonical
	wrongSigner := (&ledger.Tx{Type: ledger.TxTransfer, ChainID: testChainID, From: 1, To: 2, Amount: 10, Fee: 1, Nonce: 1})
	if err := wrongSigner.Sign(e.keys[2]); err != nil {
		t.Fatal(err)
	}
	deposit := (&ledger.Tx{Type: ledger.TxDeposit, ChainID: testChainID, PubKey: e.keys[1].Public(), Amount: 5}).Encode()
	unsigned := func(tx ledger.Tx) []byte {
		tx.ChainID = testChainID
		tx.Type = ledger.TxTransfer
		tx.Signature[32] = 1 // S = 1 << 248... canonical, just not a valid signature
		return tx.Encode()
	}
	wrongChain := (&ledger.Tx{Type: ledger.TxTransfer, ChainID: testChainID + 1, From: 1, To: 2, Amount: 10, Fee: 1, Nonce: 1})
	if err := wrongChain.Sign(e.keys[1]); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name string
		raw  []byte
		want []error
	}{
		{"empty", nil, []error{ledger.ErrMalformed}},
		{"oversized", make([]byte, ledger.MaxTxSize+1), []error{ledger.ErrOversized}},
		{"truncated", good[:50], []error{ledger.ErrUnknownVersion, ledger.ErrMalformed}},
		{"bad version", append([]byte{0x09}, good[1:]...), []error{ledger.ErrUnknownVersion}},
		{"deposit", deposit, []error{ErrDeposit}},
		// A forced exit carries no L2 signature: only L1's queue, through
		// consensus, may include one (anyone could drain an account else).
		{"forced exit", (&ledger.Tx{Type: ledger.TxForcedExit, ChainID: testChainID, From: 1, L1Address: [20]byte{1}}).Encode(), []error{ErrDeposit}},
		{"wrong chain", wrongChain.Encode(), []error{ledger.ErrWrongChain}},
		{"fee below floor", e.transfer(1, 2, 10, 0, 1), []error{ErrFeeTooLow}},
		{"zero amount", unsigned(ledger.Tx{From: 1, To: 2, Amount: 0, Fee: 1, Nonce: 1}), []error{ledger.ErrAmountOutOfRange}},
		// Amounts and fees the public data cannot carry exactly, and account
		// indices wider than its 3 bytes (docs/protocol.md section 7).
		{"amount with no packed form", e.transfer(1, 2, 1<<35+1, 1, 1), []error{ledger.ErrNotPackable}},
		{"fee with no packed form", e.transfer(1, 2, 10, 2049, 1), []error{ledger.ErrNotPackable}},
		{"sender index above 2^24", unsigned(ledger.Tx{From: 1 << 24, To: 1, Amount: 1, Fee: 1}), []error{ledger.ErrUnknownAccount}},
		{"self transfer", unsigned(ledger.Tx{From: 1, To: 1, Amount: 1, Fee: 1, Nonce: 1}), []error{ledger.ErrSelfTransfer}},
		{"to fee vault", unsigned(ledger.Tx{From: 1, To: 0, Amount: 1, Fee: 1, Nonce: 1}), []error{ledger.ErrReservedAccount}},
		{"from fee vault", unsigned(ledger.Tx{From: 0, To: 1, Amount: 1, Fee: 1}), []error{ledger.ErrReservedAccount}},
		{"unknown sender", unsigned(ledger.Tx{From: 9, To: 1, Amount: 1, Fee: 1}), []error{ledger.ErrUnknownAccount}},
		{"unknown receiver", e.transfer(1, 9, 10, 1, 1), []error{ledger.ErrUnknownAccount}},
		{"replayed nonce", e.transfer(3, 1, 2, 1, 0), []error{ledger.ErrNonceTooLow}},
		{"nonce too far ahead", e.transfer(1, 2, 10, 1, 4), []error{ledger.ErrNonceTooHigh}},
		{"insufficient balance", e.transfer(2, 1, 1000, 1, 0), []error{ledger.ErrInsufficientBalance}},
		{"bad signature", badSig, []error{ledger.ErrBadSignature, ledger.ErrNonCanonical}},
		{"signed by another key", wrongSigner.Encode(), []error{ledger.ErrBadSignature}},
		{"duplicate", good, []error{ErrAlreadyKnown}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := e.pool.Add(tc.raw)
			if err == nil {
				t.Fatal("accepted")
			}
			ok := false
			for _, w := range tc.want {
				ok = ok || errors.Is(err, w)
			}
			if !ok {
				t.Fatalf("got %v, want one of %v", err, tc.want)
			}
			t.Logf("%v", err)
		})
	}
	if e.pool.Size() != 1 || e.pool.Bytes() != len(good) {
		t.Fatalf("pool holds %d txs %d bytes, want 1 and %d", e.pool.Size(), e.pool.Bytes(), len(good))
	}
	if raw, ok := e.pool.Get(known); !ok || !bytes.Equal(raw, good) {
		t.Fatal("Get does not return the pooled encoding")
	}
}

func TestAddCopiesInput(t *testing.T) {
	e := newEnv(t, 2, 1000, smallConfig(10, 4), nil)
	raw := e.transfer(1, 2, 10, 1, 0)
	keep := bytes.Clone(raw)
	h := e.mustAdd(raw)
	raw[10] ^= 0xff
	got, _ := e.pool.Get(h)
	if !bytes.Equal(got, keep) {
		t.Fatal("pool aliases the caller's buffer")
	}
}

func TestReplacementNeedsBump(t *testing.T) {
	cfg := smallConfig(10, 4)
	cfg.PriceBumpPercent = 10
	e := newEnv(t, 2, 10_000, cfg, nil)
	orig := e.transfer(1, 2, 10, 100, 0)
	e.mustAdd(orig)
	for _, fee := range []uint64{99, 105, 109} { // (100 would be the same tx)
		_, err := e.pool.Add(e.transfer(1, 2, 10, fee, 0))
		if !errors.Is(err, ErrReplacementUnderpriced) {
			t.Fatalf("fee %d: got %v, want ErrReplacementUnderpriced", fee, err)
		}
	}
	// A different transaction (other amount) with the same nonce and fee is
	// not a replacement either.
	if _, err := e.pool.Add(e.transfer(1, 2, 11, 100, 0)); !errors.Is(err, ErrReplacementUnderpriced) {
		t.Fatalf("same fee: got %v", err)
	}
	repl := e.transfer(1, 2, 10, 110, 0)
	e.mustAdd(repl)
	if e.has(orig) || !e.has(repl) || e.pool.Size() != 1 {
		t.Fatal("replacement did not swap the transactions")
	}
	got := e.pool.Reap(-1, -1)
	if len(got) != 1 || !bytes.Equal(got[0], repl) {
		t.Fatal("Reap does not return the replacement")
	}
	// The replaced one cannot come back while the replacement is pooled.
	if _, err := e.pool.Add(orig); !errors.Is(err, ErrReplacementUnderpriced) {
		t.Fatalf("re-adding the replaced tx: got %v", err)
	}
}

func TestBumped(t *testing.T) {
	for _, tc := range []struct {
		fee, old uint64
		bump     int
		want     bool
	}{
		{110, 100, 10, true},
		{109, 100, 10, false},
		{1, 0, 10, true},
		{0, 0, 10, false},
		{2, 1, 10, true},
		{1, 1, 10, false},
		{ledger.MaxAmount, ledger.MaxAmount / 2, 100, true},
		{ledger.MaxAmount, ledger.MaxAmount/2 + 1, 100, false},
		{ledger.MaxAmount, ledger.MaxAmount - 1, 10, false},
	} {
		if got := bumped(tc.fee, tc.old, tc.bump); got != tc.want {
			t.Errorf("bumped(%d, %d, %d) = %v", tc.fee, tc.old, tc.bump, got)
		}
	}
}

func TestReapOrder(t *testing.T) {
	e := newEnv(t, 5, 10_000, smallConfig(100, 8), nil)
	a0 := e.transfer(1, 5, 10, 5, 0)
	a1 := e.transfer(1, 5, 10, 100, 1)
	b0 := e.transfer(2, 5, 10, 50, 0)
	c1 := e.transfer(3, 5, 10, 1000, 1) // queued: nonce 0 missing
	d0 := e.withdraw(4, 10, 50, 0)      // same fee as b0, later
	for _, raw := range [][]byte{a1, c1, a0, b0, d0} {
		e.mustAdd(raw)
	}
	want := [][]byte{b0, d0, a0, a1}
	got := e.pool.Reap(-1, -1)
	if !equalTxs(got, want) {
		t.Fatalf("Reap order:\n got %s\nwant %s", names(e, got), names(e, want))
	}
	if got := e.pool.Reap(2, -1); !equalTxs(got, want[:2]) {
		t.Fatalf("Reap(2): %s", names(e, got))
	}
	// 106 + 122 + 106 bytes fit; a1 would not, and b0+d0+a0 = 334.
	if got := e.pool.Reap(-1, 334+105); !equalTxs(got, want[:3]) {
		t.Fatalf("Reap by bytes: %s", names(e, got))
	}
	// A byte limit that skips d0 (122) still takes a smaller tx after it.
	if got := e.pool.Reap(-1, 106+121); !equalTxs(got, [][]byte{b0, a0}) {
		t.Fatalf("Reap skipping a large tx: %s", names(e, got))
	}
	if got := e.pool.Reap(0, -1); len(got) != 0 {
		t.Fatal("Reap(0) returned transactions")
	}
	// Filling the gap makes c1 executable, after c0 (fee 1).
	c0 := e.transfer(3, 5, 10, 1, 0)
	e.mustAdd(c0)
	want = [][]byte{b0, d0, a0, a1, c0, c1}
	if got := e.pool.Reap(-1, -1); !equalTxs(got, want) {
		t.Fatalf("after filling the gap:\n got %s\nwant %s", names(e, got), names(e, want))
	}
	if e.pool.Size() != 6 {
		t.Fatal("Reap removed transactions")
	}
}

func TestReapIsExecutable(t *testing.T) {
	// Whatever Reap returns executes in order on the committed state.
	e := newEnv(t, 6, 5_000, smallConfig(200, 16), nil)
	for from := uint32(1); from <= 6; from++ {
		for n := uint64(0); n < 5; n++ {
			if from == 3 && n == 2 {
				continue // gap: account 3's nonces 3, 4 stay queued
			}
			to := from%6 + 1
			e.mustAdd(e.transfer(from, to, 100*uint64(from), uint64(from*7+uint32(n)*3)%11+1, n))
		}
	}
	got := e.pool.Reap(-1, -1)
	if len(got) != 5*5+2 {
		t.Fatalf("reaped %d, want 27", len(got))
	}
	e.commit(got...) // fails the test if any does not apply
	if e.pool.Size() != 2 {
		t.Fatalf("after commit the pool holds %d, want account 3's 2 queued", e.pool.Size())
	}
	if got := e.pool.Reap(-1, -1); len(got) != 0 {
		t.Fatalf("queued txs reaped: %s", names(e, got))
	}
}

func TestUpdateRecheck(t *testing.T) {
	e := newEnv(t, 4, 1000, smallConfig(100, 8), nil)
	a0 := e.transfer(1, 4, 10, 1, 0)
	a1 := e.transfer(1, 4, 10, 1, 1)
	b0 := e.transfer(2, 4, 10, 1, 0)
	c0 := e.transfer(3, 4, 299, 1, 0)
	c1 := e.transfer(3, 4, 299, 1, 1)
	c2 := e.transfer(3, 4, 299, 1, 2)
	for _, raw := range [][]byte{a0, a1, b0, c0, c1, c2} {
		e.mustAdd(raw)
	}
	// The block holds a0 (pooled), another b0 (so the pooled one is stale),
	// and a large c0 that is not pooled: account 3 is left with 400, which
	// covers c1 but not c1+c2.
	otherB0 := e.transfer(2, 4, 20, 1, 0)
	bigC0 := e.transfer(3, 4, 599, 1, 0)
	e.commit(a0, otherB0, bigC0)
	if e.has(a0) || e.has(b0) || e.has(c0) || e.has(c2) {
		t.Fatal("included, stale or overdrawing transactions kept")
	}
	if !e.has(a1, c1) || e.pool.Size() != 2 {
		t.Fatalf("pool holds %d, want a1 and c1", e.pool.Size())
	}
	if e.pool.Height() != 1 {
		t.Fatalf("height %d", e.pool.Height())
	}
	if got := e.pool.Reap(-1, -1); len(got) != 2 {
		t.Fatalf("reap after update: %d", len(got))
	}
	e.commit(a1, c1)
	if e.pool.Size() != 0 || e.pool.Bytes() != 0 {
		t.Fatalf("pool not empty: %d txs %d bytes", e.pool.Size(), e.pool.Bytes())
	}
}

func TestTTL(t *testing.T) {
	cfg := smallConfig(100, 8)
	cfg.TTL = time.Minute
	e := newEnv(t, 3, 1000, cfg, nil)
	old0 := e.transfer(1, 3, 10, 1, 0)
	e.mustAdd(old0)
	e.clock.Advance(40 * time.Second)
	young := e.transfer(2, 3, 10, 1, 0)
	old1 := e.transfer(1, 3, 10, 1, 1)
	e.mustAdd(young)
	e.mustAdd(old1)
	e.clock.Advance(30 * time.Second) // old0 is 70 s old, the others 30 s
	e.commit()
	if e.has(old0) || !e.has(young, old1) {
		t.Fatal("TTL expiry dropped the wrong transactions")
	}
	// old1 is queued now (its nonce 0 expired): not reaped.
	if got := e.pool.Reap(-1, -1); !equalTxs(got, [][]byte{young}) {
		t.Fatalf("reap: %s", names(e, got))
	}
	e.clock.Advance(31 * time.Second)
	e.commit()
	if e.pool.Size() != 0 {
		t.Fatal("expired transactions kept")
	}
}

func TestSigCacheSharedWithExecution(t *testing.T) {
	cache := ledger.NewSigCache(1024)
	e := newEnv(t, 3, 1000, smallConfig(10, 4), cache)
	txs := [][]byte{e.transfer(1, 2, 5, 1, 0), e.transfer(2, 3, 5, 1, 0)}
	for _, raw := range txs {
		e.mustAdd(raw)
	}
	hits0, _ := cache.Stats()
	e.commit(e.pool.Reap(-1, -1)...)
	hits1, _ := cache.Stats()
	if hits1-hits0 != 2 {
		t.Fatalf("execution hit the signature cache %d times, want 2", hits1-hits0)
	}
}

// commitDuringVerify commits a block (through the pool's Update) while Add
// is verifying the signature, as a concurrent Commit would.
type commitDuringVerify struct {
	ledger.SigVerifier
	fired  atomic.Bool
	commit func()
}

func (v *commitDuringVerify) VerifyTx(tx *ledger.Tx, pk ledger.PublicKey) error {
	if v.fired.CompareAndSwap(false, true) {
		v.commit() // executes a block, which calls VerifyTx again
	}
	return v.SigVerifier.VerifyTx(tx, pk)
}

func TestAddRechecksAfterConcurrentCommit(t *testing.T) {
	v := &commitDuringVerify{SigVerifier: ledger.NewSigCache(64)}
	e := newEnv(t, 2, 1000, smallConfig(10, 4), v)
	v.commit = func() { e.commit(e.transfer(1, 2, 5, 1, 0)) }
	// Same nonce, different tx: valid when Add starts, replayed when the
	// signature check ends.
	_, err := e.pool.Add(e.transfer(1, 2, 6, 1, 0))
	if !errors.Is(err, ledger.ErrNonceTooLow) {
		t.Fatalf("got %v, want ErrNonceTooLow", err)
	}
	if e.pool.Size() != 0 {
		t.Fatal("stale transaction admitted")
	}
}

func TestMetrics(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg)
	e := newEnv(t, 2, 1000, smallConfig(10, 4), nil)
	e.pool.m = m
	raw := e.transfer(1, 2, 5, 1, 0)
	e.mustAdd(raw)
	e.pool.Add(raw)
	e.pool.Add([]byte{1})
	if got := value(t, m.added); got != 1 {
		t.Fatalf("added_total %v", got)
	}
	if got := value(t, m.rejected.WithLabelValues("known")); got != 1 {
		t.Fatalf("rejected_total{known} %v", got)
	}
	if got := value(t, m.rejected.WithLabelValues("malformed")); got != 1 {
		t.Fatalf("rejected_total{malformed} %v", got)
	}
	e.commit(raw)
	if got := value(t, m.removed.WithLabelValues("included")); got != 1 {
		t.Fatalf("removed_total{included} %v", got)
	}
	if got := value(t, m.txs); got != 0 {
		t.Fatalf("txs gauge %v", got)
	}
	mfs, err := reg.Gather()
	if err != nil || len(mfs) == 0 {
		t.Fatalf("gather: %d families, %v", len(mfs), err)
	}
	for _, mf := range mfs {
		if !strings.HasPrefix(mf.GetName(), "mycel_mempool_") {
			t.Errorf("metric %s outside mycel_mempool_", mf.GetName())
		}
	}
}

func equalTxs(a, b [][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			return false
		}
	}
	return true
}

func names(e *env, txs [][]byte) string {
	var s []string
	for _, raw := range txs {
		tx, err := ledger.DecodeTx(raw)
		if err != nil {
			s = append(s, "?")
			continue
		}
		s = append(s, tx.String())
	}
	return "[" + strings.Join(s, " ") + "]"
}

// value reads a counter's or gauge's current value.
func value(t *testing.T, c prometheus.Metric) float64 {
	t.Helper()
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		t.Fatal(err)
	}
	if m.Counter != nil {
		return m.Counter.GetValue()
	}
	return m.Gauge.GetValue()
}

func TestIsInvalid(t *testing.T) {
	e := newEnv(t, 2, 1000, smallConfig(10, 4), nil)
	good := e.transfer(1, 2, 5, 1, 0)
	e.mustAdd(good)
	badSig := (&ledger.Tx{Type: ledger.TxTransfer, ChainID: testChainID, From: 1, To: 2, Amount: 5, Fee: 1, Nonce: 1})
	if err := badSig.Sign(e.keys[2]); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		raw     []byte
		invalid bool
	}{
		{[]byte{1, 2, 3}, true},
		{badSig.Encode(), true},
		{(&ledger.Tx{Type: ledger.TxDeposit, ChainID: testChainID, PubKey: e.keys[1].Public(), Amount: 5}).Encode(), true},
		{good, false},                         // already known
		{e.transfer(1, 2, 5, 0, 1), false},    // fee floor is local policy
		{e.transfer(2, 1, 5000, 1, 0), false}, // balance may change
	} {
		_, err := e.pool.Add(tc.raw)
		if err == nil || IsInvalid(err) != tc.invalid {
			t.Errorf("%v: IsInvalid = %v, want %v", err, IsInvalid(err), tc.invalid)
		}
	}
}
