package ledger

import (
	"bytes"
	"testing"
)

func TestExtraRecordsCommitWithTheBlock(t *testing.T) {
	dir := t.TempDir()
	g := &Genesis{ChainID: 7, Depth: 8}
	s, err := Open(dir, g, Options{})
	if err != nil {
		t.Fatal(err)
	}

	b, err := s.NewBlock()
	if err != nil {
		t.Fatal(err)
	}
	b.PutExtra([]byte("batch/1"), []byte("one"))
	b.Discard()
	if _, ok, _ := s.Extra([]byte("batch/1")); ok {
		t.Fatal("a discarded block's extra record was written")
	}

	b, _ = s.NewBlock()
	b.PutExtra([]byte("batch/1"), []byte("one"))
	b.PutExtra([]byte("batch/2"), []byte("two"))
	b.PutExtra([]byte("other"), []byte("x"))
	if _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	b, _ = s.NewBlock()
	b.PutExtra([]byte("batch/1"), nil)
	if _, err := b.Commit(); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s = openTestStore(t, dir, g, Options{})
	if v, ok, err := s.Extra([]byte("batch/2")); err != nil || !ok || !bytes.Equal(v, []byte("two")) {
		t.Fatalf("batch/2 after reopen: %q %v %v", v, ok, err)
	}
	if _, ok, _ := s.Extra([]byte("batch/1")); ok {
		t.Fatal("deleted record still present")
	}
	var keys []string
	if err := s.ExtraRange([]byte("batch/"), func(k, v []byte) bool { keys = append(keys, string(k)); return true }); err != nil {
		t.Fatal(err)
	}
	if len(keys) != 1 || keys[0] != "batch/2" {
		t.Fatalf("range: %v", keys)
	}
	if s.Height() != 2 {
		t.Fatalf("height %d", s.Height())
	}
}
