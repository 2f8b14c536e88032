package node

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cometbft/cometbft/crypto/secp256k1"
	cmtp2p "github.com/cometbft/cometbft/p2p"
	"github.com/cometbft/cometbft/privval"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/libp2p/go-libp2p/core/peer"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/p2p"
)

// InitOptions parameterise a new chain.
type InitOptions struct {
	ChainID  uint64 // L2 chain id (signature domain); CometBFT's chain id is "mycel-<id>"
	Depth    int    // account tree depth
	Accounts int    // funded test accounts (testnets only; until L1 deposits exist)
	Balance  uint64 // gwei per funded account
	BasePort int    // ports: consensus BasePort+10i, RPC BasePort+10i+1, libp2p BasePort+10i+2
	// L1, when set, makes the chain a rollup: it receives the validators'
	// consensus keys (after they are generated, before the genesis is
	// written), registers them on L1 as it sees fit, and returns the L1
	// parameters. The genesis validators are then the operators with stake
	// at the start reference, and vote extensions are on from height 1.
	L1 func(validators []ValidatorKey, g *ledger.Genesis) (*consensus.L1Params, error) `json:"-"`
}

// ValidatorKey is a new validator's consensus key, handed to InitOptions.L1.
type ValidatorKey struct {
	Moniker string
	Home    string
	PubKey  []byte // 64-byte uncompressed secp256k1
}

// DefaultInitOptions are the defaults of `mycel init`.
func DefaultInitOptions() InitOptions {
	return InitOptions{ChainID: 1337, Depth: ledger.DefaultDepth, Accounts: 1000, Balance: 1_000_000_000_000, BasePort: 26600}
}

// TestAccount is a funded genesis account with its secret, written to
// accounts.json by `mycel init --testnet` for tests, benchmarks and devnets.
type TestAccount struct {
	Index   uint32           `json:"index"`
	Seed    string           `json:"seed"` // hex; the ledger.NewPrivateKey seed
	PubKey  ledger.PublicKey `json:"pub_key"`
	Balance uint64           `json:"balance"`
}

// TestnetManifest is DIR/testnet.json: what a client needs to reach the nodes.
type TestnetManifest struct {
	ChainID uint64   `json:"chain_id"`
	Nodes   []string `json:"nodes"`    // home directories, relative to DIR
	RPC     []string `json:"rpc"`      // http://host:port of each node
	Account string   `json:"accounts"` // accounts file, relative to DIR
}

// LoadTestAccount turns an accounts.json entry into a signing key.
func (a TestAccount) Key() (*ledger.PrivateKey, error) {
	raw, err := hex.DecodeString(a.Seed)
	if err != nil || len(raw) != ledger.SeedSize {
		return nil, fmt.Errorf("account %d: bad seed", a.Index)
	}
	return ledger.NewPrivateKey([ledger.SeedSize]byte(raw))
}

type validatorFiles struct {
	cfg     *Config
	pubKey  secp256k1.PubKey
	nodeID  cmtp2p.ID
	peerID  peer.ID
	rpcPort int
}

// initValidator writes a node's keys and config (not the genesis).
func initValidator(home, moniker string, port int) (*validatorFiles, error) {
	if _, err := os.Stat(filepath.Join(home, ConfigFile)); err == nil {
		return nil, fmt.Errorf("%s already holds a node (config/config.toml exists); refusing to overwrite keys", home)
	}
	cfg := DefaultConfig(home)
	cfg.Node.Moniker = moniker
	cfg.Consensus.Listen = fmt.Sprintf("tcp://127.0.0.1:%d", port)
	cfg.RPC.Listen = fmt.Sprintf("127.0.0.1:%d", port+1)
	cfg.P2P.Listen = []string{fmt.Sprintf("/ip4/127.0.0.1/tcp/%d", port+2), fmt.Sprintf("/ip4/127.0.0.1/udp/%d/quic-v1", port+2)}
	cc := cfg.CometConfig()
	for _, d := range []string{filepath.Dir(cc.PrivValidatorKeyFile()), filepath.Dir(cc.PrivValidatorStateFile()), cc.DBDir()} {
		if err := os.MkdirAll(d, 0o700); err != nil {
			return nil, err
		}
	}
	key := secp256k1.GenPrivKey()
	pv := privval.NewFilePV(key, cc.PrivValidatorKeyFile(), cc.PrivValidatorStateFile())
	pv.Save()
	nk, err := cmtp2p.LoadOrGenNodeKey(cc.NodeKeyFile())
	if err != nil {
		return nil, err
	}
	lk, err := p2p.LoadOrCreateKey(cfg.Path(P2PKeyFile))
	if err != nil {
		return nil, err
	}
	if _, err := loadOrCreateBLSKey(cfg.Path(BLSKeyFile)); err != nil {
		return nil, err
	}
	pid, err := peer.IDFromPrivateKey(lk)
	if err != nil {
		return nil, err
	}
	return &validatorFiles{cfg: cfg, pubKey: key.PubKey().(secp256k1.PubKey), nodeID: nk.ID(), peerID: pid, rpcPort: port + 1}, nil
}

func writeGenesis(homes []*validatorFiles, g *ledger.Genesis, l1p *consensus.L1Params) error {
	appState, err := json.Marshal(consensus.AppGenesis{Genesis: *g, L1: l1p})
	if err != nil {
		return err
	}
	params := cmttypes.DefaultConsensusParams()
	params.Validator.PubKeyTypes = []string{cmttypes.ABCIPubKeyTypeSecp256k1}
	params.Block.MaxBytes = 4 << 20
	power := map[string]int64{}
	if l1p != nil {
		// Attestations ride in vote extensions.
		params.Feature.VoteExtensionsEnableHeight = 1
		vals, err := l1p.GenesisValidators()
		if err != nil {
			return err
		}
		for _, v := range vals {
			power[string(v.PubKeyBytes)] = v.Power
		}
	}
	chainID := contracts.CometChainID(g.ChainID)
	if l1p != nil {
		// A fresh launch tag: a new genesis against the same Rollup is
		// another launch, whose votes and attestations never conflict with
		// an earlier one's (docs/protocol.md section 9.7).
		chainID = contracts.LaunchChainID(g.ChainID, contracts.NewLaunchTag())
	}
	doc := &cmttypes.GenesisDoc{
		GenesisTime:     time.Now().UTC().Truncate(time.Millisecond),
		ChainID:         chainID,
		InitialHeight:   1,
		ConsensusParams: params,
		AppState:        appState,
	}
	for _, h := range homes {
		p := int64(10)
		if l1p != nil {
			if p = power[string(h.pubKey)]; p == 0 {
				continue // no stake at the start reference: not a genesis validator
			}
		}
		doc.Validators = append(doc.Validators, cmttypes.GenesisValidator{
			Address: h.pubKey.Address(), PubKey: h.pubKey, Power: p, Name: h.cfg.Node.Moniker,
		})
	}
	if err := doc.ValidateAndComplete(); err != nil {
		return fmt.Errorf("genesis: %w", err)
	}
	for _, h := range homes {
		if err := doc.SaveAs(h.cfg.Path(GenesisFile)); err != nil {
			return err
		}
	}
	return nil
}

func fundedAccounts(opts InitOptions) ([]TestAccount, *ledger.Genesis, error) {
	g := &ledger.Genesis{ChainID: opts.ChainID, Depth: opts.Depth}
	var accts []TestAccount
	for i := range opts.Accounts {
		var seed [ledger.SeedSize]byte
		if _, err := rand.Read(seed[:]); err != nil {
			return nil, nil, err
		}
		k, err := ledger.NewPrivateKey(seed)
		if err != nil {
			return nil, nil, err
		}
		accts = append(accts, TestAccount{Index: uint32(i + 1), Seed: hex.EncodeToString(seed[:]), PubKey: k.Public(), Balance: opts.Balance})
		g.Accounts = append(g.Accounts, ledger.GenesisAccount{PubKey: k.Public(), Balance: opts.Balance})
	}
	return accts, g, g.Validate()
}

// InitHome writes a single-validator node to home: config, keys and a
// genesis where it is the only validator, with opts.Accounts funded test
// accounts (their keys in home/accounts.json).
func InitHome(home string, opts InitOptions) (*Config, error) {
	v, err := initValidator(home, "node0", opts.BasePort)
	if err != nil {
		return nil, err
	}
	accts, g, err := fundedAccounts(opts)
	if err != nil {
		return nil, err
	}
	if err := writeGenesis([]*validatorFiles{v}, g, nil); err != nil {
		return nil, err
	}
	if err := writeJSON(filepath.Join(home, "accounts.json"), accts, 0o600); err != nil {
		return nil, err
	}
	return v.cfg, v.cfg.Write()
}

// InitTestnet writes n validator homes dir/node0 ... dir/node<n-1> on
// 127.0.0.1 ports, wired to each other (CometBFT persistent peers, libp2p
// bootstrap), sharing one genesis with opts.Accounts funded accounts whose
// keys go to dir/accounts.json; dir/testnet.json lists the endpoints.
func InitTestnet(dir string, n int, opts InitOptions) (*TestnetManifest, error) {
	if n < 1 {
		return nil, fmt.Errorf("--testnet needs at least 1 validator")
	}
	var vs []*validatorFiles
	man := &TestnetManifest{ChainID: opts.ChainID, Account: "accounts.json"}
	for i := range n {
		name := fmt.Sprintf("node%d", i)
		v, err := initValidator(filepath.Join(dir, name), name, opts.BasePort+10*i)
		if err != nil {
			return nil, err
		}
		vs = append(vs, v)
		man.Nodes = append(man.Nodes, name)
		man.RPC = append(man.RPC, fmt.Sprintf("http://127.0.0.1:%d", v.rpcPort))
	}
	for i, v := range vs {
		var peers []string
		v.cfg.P2P.Bootstrap = nil
		for j, o := range vs {
			if i == j {
				continue
			}
			// Each pair of validators has one dialer, the later node: two
			// nodes dialing each other at the moment one starts can leave
			// CometBFT with a connection one side dropped and the other keeps,
			// after which every redial is refused as a duplicate.
			if j < i {
				peers = append(peers, fmt.Sprintf("%s@%s", o.nodeID, strings.TrimPrefix(o.cfg.Consensus.Listen, "tcp://")))
			}
			v.cfg.P2P.Bootstrap = append(v.cfg.P2P.Bootstrap, o.cfg.P2P.Listen[0]+"/p2p/"+o.peerID.String())
		}
		v.cfg.Consensus.PersistentPeers = strings.Join(peers, ",")
		// Every validator is on 127.0.0.1, and each accepts the others even
		// when strangers hold its inbound slots.
		v.cfg.Consensus.AllowDuplicateIP = true
		// Its clients are on this host too (mycel bench, the tests): they
		// are not held to the request rate a public node sets.
		v.cfg.RPC.LoopbackUnlimited = true
		var others []string
		for j, o := range vs {
			if j != i {
				others = append(others, string(o.nodeID))
			}
		}
		v.cfg.Consensus.UnconditionalPeerIDs = strings.Join(others, ",")
		if err := v.cfg.Write(); err != nil {
			return nil, err
		}
	}
	accts, g, err := fundedAccounts(opts)
	if err != nil {
		return nil, err
	}
	var l1p *consensus.L1Params
	if opts.L1 != nil {
		var keys []ValidatorKey
		for i, v := range vs {
			pub, err := consensus.Uncompressed64(v.pubKey)
			if err != nil {
				return nil, err
			}
			keys = append(keys, ValidatorKey{Moniker: v.cfg.Node.Moniker, Home: filepath.Join(dir, man.Nodes[i]), PubKey: pub})
		}
		if l1p, err = opts.L1(keys, g); err != nil {
			return nil, fmt.Errorf("l1 setup: %w", err)
		}
	}
	if err := writeGenesis(vs, g, l1p); err != nil {
		return nil, err
	}
	if err := writeJSON(filepath.Join(dir, "accounts.json"), accts, 0o600); err != nil {
		return nil, err
	}
	return man, writeJSON(filepath.Join(dir, "testnet.json"), man, 0o644)
}

func writeJSON(path string, v any, mode os.FileMode) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), mode)
}
