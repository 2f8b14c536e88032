package node

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	cmtp2p "github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"

	"github.com/mycel-network/mycel/p2p"
)

// MakeTwinHome is fault injection, never for a real operator: it copies
// the node home src to dst as a second validator process with the same
// consensus key, the classic high-availability mistake that double-signs
// and is slashed on L1. It keeps the consensus key, the genesis and the
// config, and gives the copy what two processes on one machine cannot
// share: a fresh data directory and sign state, its own CometBFT node key
// and libp2p key (peers refuse a second connection from one node id),
// ports at host:basePort..basePort+2, and no L1 transactions, prover or
// registration file of its own. Tests and devnets use it to show the
// protocol punishing it.
func MakeTwinHome(src, dst, host string, basePort int) error {
	if _, err := os.Stat(filepath.Join(dst, ConfigFile)); err == nil {
		return fmt.Errorf("%s already holds a node", dst)
	}
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		switch {
		case rel == "data" || rel == "proofs" || rel == "prover-keys":
			return filepath.SkipDir
		case d.IsDir():
			return os.MkdirAll(filepath.Join(dst, rel), 0o700)
		case rel == filepath.Join("config", "node_key.json") || rel == filepath.FromSlash(P2PKeyFile) ||
			rel == RegistrationFile || filepath.Ext(rel) == ".lock" || filepath.Ext(rel) == ".log":
			return nil
		case !d.Type().IsRegular():
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), b, info.Mode().Perm())
	})
	if err != nil {
		return fmt.Errorf("copy %s: %w", src, err)
	}
	cfg, err := LoadConfig(dst, nil, nil)
	if err != nil {
		return err
	}
	cfg.Node.Moniker += "-twin"
	cfg.Consensus.Listen = fmt.Sprintf("tcp://%s:%d", host, basePort)
	cfg.RPC.Listen = fmt.Sprintf("%s:%d", host, basePort+1)
	cfg.P2P.Listen = []string{fmt.Sprintf("/ip4/%s/tcp/%d", host, basePort+2), fmt.Sprintf("/ip4/%s/udp/%d/quic-v1", host, basePort+2)}
	cfg.Consensus.CometRPCListen = ""
	cfg.Prover.Enabled, cfg.Prover.APIListen = false, ""
	cfg.L1.PostBatches, cfg.L1.SubmitProofs, cfg.L1.ReportEquivocation = false, false, false
	if err := cfg.Write(); err != nil {
		return err
	}
	cc := cfg.CometConfig()
	if err := os.MkdirAll(filepath.Dir(cc.PrivValidatorStateFile()), 0o700); err != nil {
		return err
	}
	privval.LoadFilePVEmptyState(cc.PrivValidatorKeyFile(), cc.PrivValidatorStateFile()).LastSignState.Save()
	if _, err := cmtp2p.LoadOrGenNodeKey(cc.NodeKeyFile()); err != nil {
		return err
	}
	_, err = p2p.LoadOrCreateKey(cfg.Path(P2PKeyFile))
	return err
}
