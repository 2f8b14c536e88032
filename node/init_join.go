package node

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
)

// JoinOptions shape a node home that joins a running network (mycel init
// --join URL): fresh keys, the network's genesis and peers.
type JoinOptions struct {
	// Info is the seed node's mycel_joinInfo (FetchJoinInfo).
	Info *JoinInfo
	// GenesisSHA256, when set, must be the genesis's SHA-256: the genesis
	// is otherwise trusted on first use from the seed.
	GenesisSHA256 []byte
	Moniker       string
	// Host is the address the node listens on (default 127.0.0.1) and
	// BasePort its first port: consensus, RPC at +1, libp2p at +2.
	Host     string
	BasePort int
	// L1RPC is the L1 endpoint (rollup chains).
	L1RPC string
}

// FetchJoinInfo asks the node at url (its JSON-RPC) for its genesis and
// peers.
func FetchJoinInfo(ctx context.Context, url string) (*JoinInfo, error) {
	c, err := rpc.DialContext(ctx, url)
	if err != nil {
		return nil, fmt.Errorf("--join %s: %w", url, err)
	}
	defer c.Close()
	var info JoinInfo
	if err := c.CallContext(ctx, &info, "mycel_joinInfo"); err != nil {
		return nil, fmt.Errorf("--join %s: mycel_joinInfo: %w", url, err)
	}
	if len(info.Genesis) == 0 || len(info.ConsensusPeers) == 0 {
		return nil, fmt.Errorf("--join %s: the node sent no genesis or no consensus address", url)
	}
	if len(info.Genesis) > maxGenesisBytes {
		return nil, fmt.Errorf("--join %s: genesis of %d bytes, above %d", url, len(info.Genesis), maxGenesisBytes)
	}
	return &info, nil
}

// InitJoin writes a node home that joins the network o.Info describes: a
// new consensus key (not a validator until its operator stakes on L1:
// mycel operator register), node and libp2p keys, the network's genesis
// checked like at start, CometBFT persistent peers (every address the seed
// gave: mycel runs without peer exchange) and libp2p bootstrap peers. L1
// transactions stay off (l1.post_batches, submit_proofs,
// report_equivocation) until the operator gives the node a funded L1 key
// (l1.tx_key_file). It refuses a home that already holds a node.
func InitJoin(home string, o JoinOptions) (*Config, error) {
	if o.Info == nil {
		return nil, errors.New("join: no join info (FetchJoinInfo)")
	}
	if len(o.GenesisSHA256) > 0 {
		sum := sha256.Sum256([]byte(o.Info.Genesis))
		if !bytes.Equal(sum[:], o.GenesisSHA256) {
			return nil, fmt.Errorf("join: the seed's genesis has SHA-256 %x, not the %x given: refusing it", sum, o.GenesisSHA256)
		}
	}
	if o.Host == "" {
		o.Host = "127.0.0.1"
	}
	if o.BasePort <= 0 || o.BasePort > 65533 {
		return nil, fmt.Errorf("join: base port %d (node uses base, base+1, base+2)", o.BasePort)
	}
	if o.Moniker == "" {
		o.Moniker = "mycel"
	}
	// The genesis must load before anything is written: a bad one leaves
	// no half-made home behind.
	tmp, err := os.CreateTemp("", "mycel-join-genesis-*.json")
	if err != nil {
		return nil, err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.WriteString(o.Info.Genesis); err != nil {
		tmp.Close()
		return nil, err
	}
	tmp.Close()
	g, err := LoadAppGenesis(tmp.Name())
	if err != nil {
		return nil, fmt.Errorf("join: the seed's genesis: %w", err)
	}
	if o.Info.CometChainID != "" && g.CometChainID != o.Info.CometChainID {
		return nil, fmt.Errorf("join: the genesis is for chain %q, the seed says %q", g.CometChainID, o.Info.CometChainID)
	}
	if g.L1 != nil && o.L1RPC == "" {
		return nil, fmt.Errorf("join: chain %q settles on L1 chain %d: give its L1 endpoint (--l1)", g.CometChainID, g.L1.ChainID)
	}
	v, err := initValidator(home, o.Moniker, o.BasePort)
	if err != nil {
		return nil, err
	}
	cfg := v.cfg
	hp := func(port int) string { return net.JoinHostPort(o.Host, fmt.Sprint(port)) }
	cfg.Consensus.Listen = "tcp://" + hp(o.BasePort)
	cfg.RPC.Listen = hp(o.BasePort + 1)
	ip := "ip4"
	if strings.Contains(o.Host, ":") {
		ip = "ip6"
	}
	cfg.P2P.Listen = []string{fmt.Sprintf("/%s/%s/tcp/%d", ip, o.Host, o.BasePort+2), fmt.Sprintf("/%s/%s/udp/%d/quic-v1", ip, o.Host, o.BasePort+2)}
	cfg.Consensus.PersistentPeers = strings.Join(o.Info.ConsensusPeers, ",")
	var ids []string
	for _, p := range o.Info.ConsensusPeers {
		if id, _, ok := strings.Cut(p, "@"); ok {
			ids = append(ids, id)
		}
	}
	cfg.Consensus.UnconditionalPeerIDs = strings.Join(ids, ",")
	if a := net.ParseIP(o.Host); a != nil && a.IsLoopback() {
		// A local network: every node is on this host.
		cfg.Consensus.AllowDuplicateIP = true
	}
	cfg.P2P.Bootstrap = append([]string(nil), o.Info.P2P...)
	if g.L1 != nil {
		cfg.L1.RPC = o.L1RPC
		cfg.L1.PostBatches, cfg.L1.SubmitProofs, cfg.L1.ReportEquivocation = false, false, false
	}
	if err := os.WriteFile(cfg.Path(GenesisFile), []byte(o.Info.Genesis), 0o644); err != nil {
		return nil, err
	}
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("join: %w", err)
	}
	return cfg, cfg.Write()
}

// JoinHome is mycel init --join: FetchJoinInfo from url, then InitJoin.
func JoinHome(ctx context.Context, home, url string, o JoinOptions) (*Config, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	info, err := FetchJoinInfo(ctx, url)
	if err != nil {
		return nil, err
	}
	o.Info = info
	return InitJoin(home, o)
}

// ParseSHA256 reads a hex SHA-256 (0x optional).
func ParseSHA256(s string) ([]byte, error) {
	b, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	if err != nil || len(b) != sha256.Size {
		return nil, fmt.Errorf("%q is not a hex SHA-256", s)
	}
	return b, nil
}
