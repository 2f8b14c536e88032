package keystore

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/ledger"
)

// Wallet is a wallet directory: l2-key.json and l1-key.json.
type Wallet struct{ Dir string }

// L2Path and L1Path are the key files' paths.
func (w Wallet) L2Path() string { return filepath.Join(w.Dir, L2FileName) }
func (w Wallet) L1Path() string { return filepath.Join(w.Dir, L1FileName) }

// Create writes both keys, encrypted with passphrase, into a new wallet
// (the directory is created with mode 0700 if missing). It refuses to
// touch a wallet that has either file already (ErrExists); a failure
// removes what it wrote.
func (w Wallet) Create(l2 *ledger.PrivateKey, l1 *ecdsa.PrivateKey, passphrase string, p Params) error {
	if l2 == nil || l1 == nil {
		return errors.New("keystore: a wallet needs both keys")
	}
	if passphrase == "" {
		return errors.New("keystore: an empty passphrase: choose one (it encrypts both keys)")
	}
	for _, path := range []string{w.L2Path(), w.L1Path()} {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("%w: %s (a wallet is there already: use another --wallet directory)", ErrExists, path)
		}
	}
	if err := os.MkdirAll(w.Dir, 0o700); err != nil {
		return fmt.Errorf("keystore: %w", err)
	}
	b2, err := EncryptL2(l2, passphrase, p)
	if err != nil {
		return err
	}
	b1, err := EncryptL1(l1, passphrase, p)
	if err != nil {
		return err
	}
	if err := WriteFile(w.L2Path(), b2); err != nil {
		return err
	}
	if err := WriteFile(w.L1Path(), b1); err != nil {
		return errors.Join(err, os.Remove(w.L2Path()))
	}
	return nil
}

// PublicKey returns the L2 public key, without the passphrase.
func (w Wallet) PublicKey() (ledger.PublicKey, error) {
	b, err := ReadFile(w.L2Path())
	if err != nil {
		return ledger.PublicKey{}, err
	}
	pk, err := L2PublicKey(b)
	if err != nil {
		return pk, fmt.Errorf("%s: %w", w.L2Path(), err)
	}
	return pk, nil
}

// Address returns the L1 address, without the passphrase.
func (w Wallet) Address() (common.Address, error) {
	b, err := ReadFile(w.L1Path())
	if err != nil {
		return common.Address{}, err
	}
	a, err := L1Address(b)
	if err != nil {
		return a, fmt.Errorf("%s: %w", w.L1Path(), err)
	}
	return a, nil
}

// L2Key decrypts the L2 key.
func (w Wallet) L2Key(passphrase string) (*ledger.PrivateKey, error) {
	b, err := ReadFile(w.L2Path())
	if err != nil {
		return nil, err
	}
	k, err := DecryptL2(b, passphrase)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.L2Path(), err)
	}
	return k, nil
}

// L1Key decrypts the L1 key.
func (w Wallet) L1Key(passphrase string) (*ecdsa.PrivateKey, error) {
	b, err := ReadFile(w.L1Path())
	if err != nil {
		return nil, err
	}
	k, err := DecryptL1(b, passphrase)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", w.L1Path(), err)
	}
	return k, nil
}
