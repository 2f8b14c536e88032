// Package keystore keeps a mycel wallet's two keys in passphrase-encrypted
// files: the L2 EdDSA key that signs transfers and withdrawals, and the L1
// secp256k1 key that pays for deposits and claims.
//
// # File formats
//
// The L1 key file is go-ethereum's Web3 Secret Storage file, version 3
// (keystore.EncryptKey): any Ethereum tool that reads a geth keystore file
// (geth, clef, cast wallet) reads it.
//
// The L2 key file uses the same encryption (go-ethereum's
// keystore.EncryptDataV3: scrypt key derivation, AES-128-CTR, a Keccak-256
// MAC) over the key's 32-byte seed (ledger.NewPrivateKey, docs/protocol.md
// section 2), in this JSON object:
//
//	{
//	  "version": 1,
//	  "type": "mycel-l2-eddsa",
//	  "pub_key": "0x<32-byte compressed public key>",
//	  "id": "<random UUID>",
//	  "crypto": { "cipher": "aes-128-ctr", "ciphertext": "...",
//	              "cipherparams": {"iv": "..."}, "kdf": "scrypt",
//	              "kdfparams": {"n": 262144, "r": 8, "p": 1, "dklen": 32, "salt": "..."},
//	              "mac": "..." }
//	}
//
// pub_key is in the clear so that a watch-only tool can show the account
// without the passphrase; decryption re-derives it from the seed and
// refuses a file where they differ.
//
// A wallet is a directory (mode 0700) holding l2-key.json and l1-key.json
// (mode 0600). Files are created once and never overwritten; a key file
// that others can read is refused (chmod 600 it).
//
// What this package must not do: talk to any network, or keep a decrypted
// key anywhere but in the value it returns.
package keystore

import (
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/ledger"
)

// File names inside a wallet directory.
const (
	L2FileName = "l2-key.json"
	L1FileName = "l1-key.json"
)

// L2KeyType and L2KeyVersion identify an L2 key file.
const (
	L2KeyType    = "mycel-l2-eddsa"
	L2KeyVersion = 1
)

// Errors callers can match with errors.Is.
var (
	// ErrWrongPassphrase: the passphrase does not open the file (its MAC
	// does not match).
	ErrWrongPassphrase = errors.New("wrong passphrase")
	// ErrExists: a key file is already there; it is never overwritten.
	ErrExists = errors.New("key file already exists")
	// ErrNoKey: the wallet has no such key file.
	ErrNoKey = errors.New("no key file")
	// ErrInsecureFile: the key file can be read by other users.
	ErrInsecureFile = errors.New("key file readable by other users")
	// ErrBadFile: the file is not a key file of the expected kind, or it
	// is damaged.
	ErrBadFile = errors.New("not a valid key file")
)

// Params are the scrypt cost parameters of new files (stored in each file,
// so decryption needs no configuration).
type Params struct{ ScryptN, ScryptP int }

var (
	// Standard is go-ethereum's default: 256 MB of memory and about a
	// second of CPU per encryption or decryption.
	Standard = Params{keystore.StandardScryptN, keystore.StandardScryptP}
	// Light is go-ethereum's --lightkdf: 4 MB and about 0.1 s; for tests
	// and devnets.
	Light = Params{keystore.LightScryptN, keystore.LightScryptP}
)

type l2File struct {
	Version int                 `json:"version"`
	Type    string              `json:"type"`
	PubKey  ledger.PublicKey    `json:"pub_key"`
	ID      string              `json:"id"`
	Crypto  keystore.CryptoJSON `json:"crypto"`
}

// EncryptL2 returns the L2 key file of k encrypted with passphrase.
func EncryptL2(k *ledger.PrivateKey, passphrase string, p Params) ([]byte, error) {
	seed := k.Seed()
	cj, err := keystore.EncryptDataV3(seed[:], []byte(passphrase), p.ScryptN, p.ScryptP)
	if err != nil {
		return nil, fmt.Errorf("keystore: encrypt the L2 key: %w", err)
	}
	id, err := newUUID()
	if err != nil {
		return nil, err
	}
	return json.MarshalIndent(l2File{Version: L2KeyVersion, Type: L2KeyType, PubKey: k.Public(), ID: id, Crypto: cj}, "", "  ")
}

func parseL2(data []byte) (*l2File, error) {
	var f l2File
	if err := json.Unmarshal(data, &f); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadFile, err)
	}
	if f.Type != L2KeyType || f.Version != L2KeyVersion {
		return nil, fmt.Errorf("%w: type %q version %d, want %q version %d", ErrBadFile, f.Type, f.Version, L2KeyType, L2KeyVersion)
	}
	return &f, nil
}

// L2PublicKey returns the public key an L2 key file names, without
// decrypting it.
func L2PublicKey(data []byte) (ledger.PublicKey, error) {
	f, err := parseL2(data)
	if err != nil {
		return ledger.PublicKey{}, err
	}
	return f.PubKey, nil
}

// DecryptL2 opens an L2 key file. A wrong passphrase gives
// ErrWrongPassphrase; a file whose seed does not give its pub_key gives
// ErrBadFile.
func DecryptL2(data []byte, passphrase string) (*ledger.PrivateKey, error) {
	f, err := parseL2(data)
	if err != nil {
		return nil, err
	}
	seed, err := keystore.DecryptDataV3(f.Crypto, passphrase)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, ErrWrongPassphrase
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadFile, err)
	}
	if len(seed) != ledger.SeedSize {
		return nil, fmt.Errorf("%w: the secret is %d bytes, want %d", ErrBadFile, len(seed), ledger.SeedSize)
	}
	k, err := ledger.NewPrivateKey([ledger.SeedSize]byte(seed))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadFile, err)
	}
	if k.Public() != f.PubKey {
		return nil, fmt.Errorf("%w: the encrypted key is %s, the file says %s", ErrBadFile, k.Public(), f.PubKey)
	}
	return k, nil
}

// EncryptL1 returns the go-ethereum keystore (v3) file of k encrypted with
// passphrase.
func EncryptL1(k *ecdsa.PrivateKey, passphrase string, p Params) ([]byte, error) {
	key := &keystore.Key{Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: k}
	if _, err := rand.Read(key.Id[:]); err != nil {
		return nil, err
	}
	key.Id[6], key.Id[8] = key.Id[6]&0x0f|0x40, key.Id[8]&0x3f|0x80 // UUID version 4
	b, err := keystore.EncryptKey(key, passphrase, p.ScryptN, p.ScryptP)
	if err != nil {
		return nil, fmt.Errorf("keystore: encrypt the L1 key: %w", err)
	}
	return b, nil
}

// L1Address returns the address an L1 key file names, without decrypting
// it.
func L1Address(data []byte) (common.Address, error) {
	var f struct {
		Address string          `json:"address"`
		Crypto  json.RawMessage `json:"crypto"`
	}
	if err := json.Unmarshal(data, &f); err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrBadFile, err)
	}
	if !common.IsHexAddress(f.Address) || len(f.Crypto) == 0 {
		return common.Address{}, fmt.Errorf("%w: no address or no crypto section (not a keystore v3 file)", ErrBadFile)
	}
	return common.HexToAddress(f.Address), nil
}

// DecryptL1 opens an L1 key file (go-ethereum keystore v3). A wrong
// passphrase gives ErrWrongPassphrase.
func DecryptL1(data []byte, passphrase string) (*ecdsa.PrivateKey, error) {
	addr, err := L1Address(data)
	if err != nil {
		return nil, err
	}
	k, err := keystore.DecryptKey(data, passphrase)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, ErrWrongPassphrase
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadFile, err)
	}
	if k.Address != addr {
		return nil, fmt.Errorf("%w: the encrypted key is %s, the file says %s", ErrBadFile, k.Address, addr)
	}
	return k.PrivateKey, nil
}

func newUUID() (string, error) {
	var u [16]byte
	if _, err := rand.Read(u[:]); err != nil {
		return "", err
	}
	u[6], u[8] = u[6]&0x0f|0x40, u[8]&0x3f|0x80
	h := hex.EncodeToString(u[:])
	return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:], nil
}

// WriteFile writes a key file with mode 0600, atomically, and never over
// an existing file (ErrExists).
func WriteFile(path string, data []byte) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%w: %s (remove it first, or use another wallet directory)", ErrExists, path)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("keystore: %w", err)
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("keystore: write %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("keystore: sync %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	// A hard link fails if path exists: no file is ever replaced.
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%w: %s (remove it first, or use another wallet directory)", ErrExists, path)
		}
		return fmt.Errorf("keystore: %w", err)
	}
	return nil
}

// ReadFile reads a key file, refusing one that other users can read
// (ErrInsecureFile) and naming the file when it is missing (ErrNoKey).
func ReadFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%w: %s", ErrNoKey, path)
	}
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	if runtime.GOOS != "windows" && st.Mode().Perm()&0o077 != 0 {
		return nil, fmt.Errorf("%w: %s has mode %04o: run chmod 600 %s", ErrInsecureFile, path, st.Mode().Perm(), path)
	}
	return os.ReadFile(path)
}
