package node

import (
	"crypto/sha256"
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// JoinInfo is what a new node needs to join this node's network
// (`mycel init --join URL`): the genesis, byte for byte, and where to dial
// this node. The genesis is trusted on first use: compare GenesisSHA256
// with one published by a source you trust (mycel init --genesis-sha256).
type JoinInfo struct {
	Moniker      string `json:"moniker"`
	CometChainID string `json:"comet_chain_id"`
	// Genesis is the CometBFT genesis file (config/genesis.json), with
	// the L2 genesis in app_state, byte for byte (a JSON string: JSON
	// encoders would reformat an embedded object and change its hash).
	Genesis       string        `json:"genesis"`
	GenesisSHA256 hexutil.Bytes `json:"genesis_sha256"`
	// ConsensusPeers are CometBFT addresses, <node id>@host:port: this
	// node's first, then those its peers listen on (mycel runs CometBFT
	// without peer exchange, so a new validator dials every one).
	ConsensusPeers []string `json:"consensus_peers"`
	// P2P are this node's libp2p multiaddrs ending in /p2p/<peer id>.
	P2P []string `json:"p2p"`
	// L1ChainID is the L1 chain the rollup settles on (0: no L1).
	L1ChainID uint64 `json:"l1_chain_id,omitempty"`
}

// maxGenesisBytes bounds the genesis mycel_joinInfo serves and mycel init
// --join accepts.
const maxGenesisBytes = 64 << 20

// JoinInfo returns the genesis and the addresses a new node dials
// (mycel_joinInfo).
func (api *API) JoinInfo() (*JoinInfo, error) {
	n := api.n
	raw, err := os.ReadFile(n.cfg.Path(GenesisFile))
	if err != nil {
		return nil, fmt.Errorf("genesis: %w", err)
	}
	if len(raw) > maxGenesisBytes {
		return nil, fmt.Errorf("genesis is %d bytes, above the %d this RPC serves", len(raw), maxGenesisBytes)
	}
	sum := sha256.Sum256(raw)
	info := &JoinInfo{Moniker: n.cfg.Node.Moniker, Genesis: string(raw), GenesisSHA256: sum[:]}
	cb := n.comet.CometBFT()
	info.CometChainID = cb.GenesisDoc().ChainID
	ni := cb.NodeInfo()
	addr, err := ni.NetAddress()
	if err != nil {
		return nil, fmt.Errorf("consensus address: %w", err)
	}
	info.ConsensusPeers = []string{addr.String()}
	for _, p := range cb.Switch().Peers().Copy() {
		if a, err := p.NodeInfo().NetAddress(); err == nil {
			info.ConsensusPeers = append(info.ConsensusPeers, a.String())
		}
	}
	if n.host != nil {
		for _, a := range n.host.FullAddrs() {
			info.P2P = append(info.P2P, a.String())
		}
	}
	if n.rp != nil {
		info.L1ChainID = n.rp.params.ChainID
	}
	return info, nil
}
