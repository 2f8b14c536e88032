package prover

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
)

// ReadJWTSecret reads the prover API's shared secret: 32 bytes as hex (an
// optional 0x prefix and surrounding white space allowed), the format of
// go-ethereum's engine API jwtsecret file. A file that others can read is
// refused: the secret lets its holder decide which proofs a node takes.
func ReadJWTSecret(path string) ([32]byte, error) {
	var s [32]byte
	fi, err := os.Stat(path)
	if err != nil {
		return s, fmt.Errorf("prover API secret: %w", err)
	}
	if fi.Mode().Perm()&0o077 != 0 {
		return s, fmt.Errorf("prover API secret %s: mode %v lets others read it; chmod 600 it", path, fi.Mode().Perm())
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return s, fmt.Errorf("prover API secret: %w", err)
	}
	b, err := hex.DecodeString(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil || len(b) != 32 {
		return s, fmt.Errorf("prover API secret %s: want 32 bytes as hex (64 hex digits)", path)
	}
	copy(s[:], b)
	return s, nil
}

// LoadOrCreateJWTSecret reads the secret at path, or writes a new random
// one there (mode 0600) if the file does not exist.
func LoadOrCreateJWTSecret(path string) ([32]byte, error) {
	s, err := ReadJWTSecret(path)
	if !errors.Is(err, os.ErrNotExist) {
		return s, err
	}
	if _, err := rand.Read(s[:]); err != nil {
		return s, err
	}
	if err := os.WriteFile(path, []byte("0x"+hex.EncodeToString(s[:])+"\n"), 0o600); err != nil {
		return s, fmt.Errorf("prover API secret: %w", err)
	}
	return s, nil
}
