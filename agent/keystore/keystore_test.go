package keystore

import (
	"crypto/sha256"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/ledger"
)

func testL2Key(t testing.TB, name string) *ledger.PrivateKey {
	t.Helper()
	k, err := ledger.NewPrivateKey(sha256.Sum256([]byte(name)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestL2RoundTrip(t *testing.T) {
	k := testL2Key(t, "alice")
	b, err := EncryptL2(k, "correct horse", Light)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), func() string { s := k.Seed(); return string(s[:]) }()) {
		t.Fatal("the seed is in the file in the clear")
	}
	var f map[string]any
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if f["type"] != L2KeyType || f["version"] != float64(1) || f["pub_key"] != k.Public().String() {
		t.Fatalf("file header: %v", f)
	}
	pk, err := L2PublicKey(b)
	if err != nil || pk != k.Public() {
		t.Fatalf("L2PublicKey: %s, %v", pk, err)
	}
	got, err := DecryptL2(b, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if got.Seed() != k.Seed() || got.Public() != k.Public() {
		t.Fatal("decrypted key differs")
	}
	// Two encryptions of one key differ (fresh salt, IV and id).
	b2, _ := EncryptL2(k, "correct horse", Light)
	if string(b) == string(b2) {
		t.Fatal("two encryptions are identical")
	}
}

func TestL2WrongPassphrase(t *testing.T) {
	b, err := EncryptL2(testL2Key(t, "alice"), "right", Light)
	if err != nil {
		t.Fatal(err)
	}
	for _, pass := range []string{"wrong", "", "right "} {
		if _, err := DecryptL2(b, pass); !errors.Is(err, ErrWrongPassphrase) {
			t.Fatalf("passphrase %q: %v, want ErrWrongPassphrase", pass, err)
		}
	}
}

func TestL2FileTampered(t *testing.T) {
	k := testL2Key(t, "alice")
	b, _ := EncryptL2(k, "p", Light)
	var f l2File
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	// Another key's public key in the clear field: refused on decryption.
	f.PubKey = testL2Key(t, "mallory").Public()
	swapped, _ := json.Marshal(f)
	if _, err := DecryptL2(swapped, "p"); !errors.Is(err, ErrBadFile) {
		t.Fatalf("swapped pub_key: %v, want ErrBadFile", err)
	}
	cases := map[string]string{
		"not json":      "{",
		"wrong type":    strings.Replace(string(b), L2KeyType, "other", 1),
		"an L1 file":    string(mustL1(t)),
		"wrong version": strings.Replace(string(b), `"version": 1`, `"version": 2`, 1),
	}
	for name, data := range cases {
		if _, err := DecryptL2([]byte(data), "p"); !errors.Is(err, ErrBadFile) {
			t.Errorf("%s: %v, want ErrBadFile", name, err)
		}
		if _, err := L2PublicKey([]byte(data)); !errors.Is(err, ErrBadFile) {
			t.Errorf("%s: L2PublicKey: %v, want ErrBadFile", name, err)
		}
	}
}

func mustL1(t testing.TB) []byte {
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	b, err := EncryptL1(k, "p", Light)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestL1RoundTripAndGethCompatible(t *testing.T) {
	k, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(k.PublicKey)
	b, err := EncryptL1(k, "pw", Light)
	if err != nil {
		t.Fatal(err)
	}
	if a, err := L1Address(b); err != nil || a != addr {
		t.Fatalf("L1Address: %s, %v", a, err)
	}
	got, err := DecryptL1(b, "pw")
	if err != nil {
		t.Fatal(err)
	}
	if crypto.PubkeyToAddress(got.PublicKey) != addr {
		t.Fatal("decrypted key differs")
	}
	// go-ethereum reads it as its own keystore file.
	gk, err := keystore.DecryptKey(b, "pw")
	if err != nil || gk.Address != addr {
		t.Fatalf("go-ethereum DecryptKey: %v", err)
	}
	if _, err := DecryptL1(b, "wrong"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	l2, _ := EncryptL2(testL2Key(t, "a"), "pw", Light)
	if _, err := DecryptL1(l2, "pw"); !errors.Is(err, ErrBadFile) {
		t.Fatalf("an L2 file as L1: %v, want ErrBadFile", err)
	}
}

func TestWalletFilesAndModes(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "w")
	w := Wallet{Dir: dir}
	l2 := testL2Key(t, "bob")
	l1, _ := crypto.GenerateKey()
	if err := w.Create(l2, l1, "", Light); err == nil {
		t.Fatal("empty passphrase accepted")
	}
	if err := w.Create(l2, l1, "s3cret", Light); err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" {
		for _, p := range []string{w.L2Path(), w.L1Path()} {
			st, err := os.Stat(p)
			if err != nil {
				t.Fatal(err)
			}
			if st.Mode().Perm() != 0o600 {
				t.Fatalf("%s: mode %04o, want 0600", p, st.Mode().Perm())
			}
		}
		st, _ := os.Stat(dir)
		if st.Mode().Perm() != 0o700 {
			t.Fatalf("wallet dir mode %04o, want 0700", st.Mode().Perm())
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Fatalf("wallet holds %d files, want 2 (no temporary files left)", len(entries))
	}
	if pk, err := w.PublicKey(); err != nil || pk != l2.Public() {
		t.Fatalf("PublicKey: %s %v", pk, err)
	}
	if a, err := w.Address(); err != nil || a != crypto.PubkeyToAddress(l1.PublicKey) {
		t.Fatalf("Address: %s %v", a, err)
	}
	if k, err := w.L2Key("s3cret"); err != nil || k.Public() != l2.Public() {
		t.Fatalf("L2Key: %v", err)
	}
	if k, err := w.L1Key("s3cret"); err != nil || !k.Equal(l1) {
		t.Fatalf("L1Key: %v", err)
	}
	_, err := w.L2Key("nope")
	if !errors.Is(err, ErrWrongPassphrase) || !strings.Contains(err.Error(), w.L2Path()) {
		t.Fatalf("wrong passphrase: %v (want ErrWrongPassphrase naming the file)", err)
	}
	if _, err := w.L1Key("nope"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}

	// Never overwritten.
	before, _ := os.ReadFile(w.L2Path())
	if err := w.Create(testL2Key(t, "other"), l1, "x", Light); !errors.Is(err, ErrExists) {
		t.Fatalf("second Create: %v, want ErrExists", err)
	}
	if err := WriteFile(w.L2Path(), []byte("{}")); !errors.Is(err, ErrExists) {
		t.Fatalf("WriteFile over a key: %v, want ErrExists", err)
	}
	if after, _ := os.ReadFile(w.L2Path()); string(after) != string(before) {
		t.Fatal("the key file changed")
	}

	if runtime.GOOS != "windows" {
		if err := os.Chmod(w.L1Path(), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := w.L1Key("s3cret")
		if !errors.Is(err, ErrInsecureFile) || !strings.Contains(err.Error(), "chmod 600") {
			t.Fatalf("world-readable key: %v, want ErrInsecureFile saying chmod 600", err)
		}
	}
	empty := Wallet{Dir: t.TempDir()}
	if _, err := empty.PublicKey(); !errors.Is(err, ErrNoKey) {
		t.Fatalf("empty wallet: %v, want ErrNoKey", err)
	}
}

// FuzzL2PublicKey: the clear-text part of any input parses or fails with
// ErrBadFile, never panics (the KDF is not run: its cost is in the input).
func FuzzL2PublicKey(f *testing.F) {
	b, _ := EncryptL2(testL2Key(f, "seed"), "p", Light)
	f.Add(b)
	f.Add([]byte(`{"version":1,"type":"mycel-l2-eddsa","pub_key":"0x00"}`))
	f.Add([]byte(`{"address":"0x0000000000000000000000000000000000000001","crypto":{}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if _, err := L2PublicKey(data); err != nil && !errors.Is(err, ErrBadFile) {
			t.Fatalf("L2PublicKey: %v is not ErrBadFile", err)
		}
		if _, err := L1Address(data); err != nil && !errors.Is(err, ErrBadFile) {
			t.Fatalf("L1Address: %v is not ErrBadFile", err)
		}
	})
}
