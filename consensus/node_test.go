package consensus

import (
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	cmtcfg "github.com/cometbft/cometbft/config"
	"github.com/cometbft/cometbft/crypto/secp256k1"
	"github.com/cometbft/cometbft/privval"
)

// A validator whose double-sign protection state is missing must not start:
// recreating it empty would let it sign a conflicting vote for a height it
// already voted on.
func TestNewCometRefusesMissingSignState(t *testing.T) {
	cfg := cmtcfg.DefaultConfig()
	cfg.SetRoot(t.TempDir())
	for _, d := range []string{filepath.Dir(cfg.PrivValidatorKeyFile()), filepath.Dir(cfg.PrivValidatorStateFile())} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			t.Fatal(err)
		}
	}
	pv := privval.NewFilePV(secp256k1.GenPrivKey(), cfg.PrivValidatorKeyFile(), cfg.PrivValidatorStateFile())
	pv.Save()
	if err := os.Remove(cfg.PrivValidatorStateFile()); err != nil {
		t.Fatal(err)
	}
	_, err := NewComet(cfg, nil, slog.New(slog.DiscardHandler))
	if err == nil || !strings.Contains(err.Error(), "priv_validator_state.json") {
		t.Fatalf("NewComet without the sign state: %v", err)
	}
}
