package node

import (
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/internal/testutil"
)

// A transaction the RPC accepted survives its node going down before any
// peer saw it: the restarted node takes it from its journal, gossips it,
// and the chain commits it (no nonce gap for the account's later
// transactions).
func TestAcceptedTransactionSurvivesARestart(t *testing.T) {
	dir := t.TempDir()
	opts := DefaultInitOptions()
	opts.Accounts, opts.Depth = 4, 8
	opts.BasePort = testutil.FreePortBase(t, 2)
	if _, err := InitTestnet(dir, 2, opts); err != nil {
		t.Fatal(err)
	}
	home0, home1 := filepath.Join(dir, "node0"), filepath.Join(dir, "node1")
	cfg, err := LoadConfig(home0, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	log, _ := testLogger(t)
	n0, err := New(cfg, log) // alone: no quorum, no block
	if err != nil {
		t.Fatal(err)
	}
	if err := n0.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	url := "http://" + cfg.RPC.Listen
	c := dialRPC(t, url)
	accts := testAccounts(t, dir)
	var hashes []common.Hash
	for nonce := range uint64(2) {
		var h common.Hash
		if err := c.Call(&h, "mycel_sendRawTransaction", hexutil.Bytes(signedTransfer(t, accts[0], accts[1].Index, 5, 1, nonce))); err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, h)
	}
	if err := n0.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	c.Close()

	startHome(t, home0, nil)
	startHome(t, home1, nil)
	c = dialRPC(t, url)
	for _, h := range hashes {
		waitCommitted(t, c, h)
	}
	// Once committed, the journal forgets them at its next rotation (here:
	// the stop at the end of the test); meanwhile nothing else is in it.
	txs, err := readJournal(filepath.Join(home0, JournalFile))
	if err != nil || len(txs) > 2 {
		t.Fatalf("journal holds %d records (%v)", len(txs), err)
	}
}

// A kill mid-write leaves a torn last record: the replay takes every whole
// record before it and ignores the rest.
func TestJournalTornTail(t *testing.T) {
	p := filepath.Join(t.TempDir(), "j")
	var b []byte
	for _, rec := range [][]byte{{1, 2, 3}, {4, 5}} {
		b = binary.BigEndian.AppendUint32(b, uint32(len(rec)))
		b = append(b, rec...)
	}
	whole := len(b)
	b = binary.BigEndian.AppendUint32(b, 10)
	b = append(b, 9, 9) // 2 of 10 bytes written
	if err := os.WriteFile(p, b, 0o600); err != nil {
		t.Fatal(err)
	}
	txs, err := readJournal(p)
	if err != nil || len(txs) != 2 || txs[1][1] != 5 {
		t.Fatalf("replay %v %v", txs, err)
	}
	if err := os.WriteFile(p, b[:whole+2], 0o600); err != nil { // torn length
		t.Fatal(err)
	}
	if txs, _ := readJournal(p); len(txs) != 2 {
		t.Fatalf("torn length: %d records", len(txs))
	}
	if txs, err := readJournal(filepath.Join(t.TempDir(), "none")); err != nil || txs != nil {
		t.Fatalf("missing journal: %v %v", txs, err)
	}
}
