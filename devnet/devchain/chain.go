package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// Files and directories in Config.Dir.
const (
	gethDirName    = "geth"            // go-ethereum's instance directory (chaindata, nodekey, ...)
	settingsName   = "devchain.json"   // chain id, genesis hash and the dev accounts
	deploymentName = "deployment.json" // the contract deployment, once Deploy ran
)

// rpcModules are the namespaces served over HTTP and WebSocket.
var rpcModules = []string{"eth", "net", "web3"}

// Chain is a running dev chain. Its methods are safe for concurrent use.
type Chain struct {
	cfg     Config
	log     *slog.Logger
	node    *node.Node
	eth     *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	client  *ethclient.Client
	chainID *big.Int
	genesis common.Hash
	keys    []*ecdsa.PrivateKey
	httpURL string
	wsURL   string

	saved    *settingsFile // what cfg.Dir holds, nil for a new chain
	lifeMu   sync.Mutex
	started  bool
	stopped  bool
	stopErr  error
	quit     chan struct{} // closed by Stop
	sealDone chan struct{} // closed when the sealing loop has returned

	deployMu sync.Mutex                     // serialises Deploy
	mu       sync.Mutex                     // guards dep and senders
	dep      *deploymentFile                // nil until deployed
	senders  map[common.Address]*sync.Mutex // one per sending account: nonces are assigned under it
	staking  *bindings.StakingRegistry
	identity *bindings.AgentIdentityRegistry
}

// settingsFile is Dir/devchain.json: what a resumed chain must agree on,
// and the dev keys for tools that want them without reading this package.
type settingsFile struct {
	ChainID  uint64       `json:"chainId"`
	Genesis  common.Hash  `json:"genesis"`
	Accounts []devAccount `json:"accounts"`
}

type devAccount struct {
	Address    common.Address `json:"address"`
	PrivateKey hexutil.Bytes  `json:"privateKey"`
}

// New returns a dev chain for cfg: a go-ethereum node with the eth
// service, the simulated beacon sealing a block every cfg.BlockPeriod, and
// JSON-RPC on cfg.HTTPAddr. With cfg.Dir it resumes the chain found there,
// if any: New checks cfg against it. It starts nothing (Start, Stop).
func New(cfg Config) (*Chain, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	var saved *settingsFile
	if cfg.Dir != "" {
		var err error
		if saved, err = readSettings(cfg.Dir); err != nil {
			return nil, err
		}
	}
	if saved != nil {
		if cfg.ChainID != 0 && cfg.ChainID != saved.ChainID {
			return nil, fmt.Errorf("devchain: %s holds a chain with id %d, not %d: use the same chain id or another directory",
				cfg.Dir, saved.ChainID, cfg.ChainID)
		}
		if cfg.Accounts != 0 && cfg.Accounts != len(saved.Accounts) {
			return nil, fmt.Errorf("devchain: %s holds a chain with %d dev accounts, not %d: use the same number or another directory",
				cfg.Dir, len(saved.Accounts), cfg.Accounts)
		}
		cfg.ChainID, cfg.Accounts = saved.ChainID, len(saved.Accounts)
	}
	if cfg.ChainID == 0 {
		cfg.ChainID = DefaultChainID
	}
	if cfg.Accounts == 0 {
		cfg.Accounts = DefaultAccounts
	}
	return &Chain{
		cfg:      cfg,
		log:      cfg.Logger,
		chainID:  new(big.Int).SetUint64(cfg.ChainID),
		keys:     DevKeys(cfg.Accounts),
		quit:     make(chan struct{}),
		sealDone: make(chan struct{}),
		senders:  make(map[common.Address]*sync.Mutex),
		staking:  bindings.NewStakingRegistry(),
		identity: bindings.NewAgentIdentityRegistry(),
		saved:    saved,
	}, nil
}

// Start starts the chain and returns once its RPC endpoints serve. ctx
// bounds the start only; Stop stops the chain. A failed Start leaves
// nothing running and the chain cannot be started again.
func (c *Chain) Start(ctx context.Context) error {
	c.lifeMu.Lock()
	defer c.lifeMu.Unlock()
	switch {
	case c.stopped:
		return errors.New("devchain: start after stop")
	case c.started:
		return errors.New("devchain: already started")
	}
	c.stopped = true // until the start succeeds: a failed start is final
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("devchain: start: %w", err)
	}
	// Find a taken port before go-ethereum opens the database: its failed
	// start leaves less behind than a failed node.Start would.
	if err := checkAddrFree(c.cfg.HTTPAddr); err != nil {
		return err
	}
	if err := c.startNode(); err != nil {
		return err
	}
	if err := c.load(ctx, c.saved); err != nil {
		c.client.Close()
		_ = c.beacon.Stop()
		_ = c.node.Close()
		return err
	}
	c.started, c.stopped = true, false
	go c.sealLoop()
	c.log.Info("devchain: started", "url", c.httpURL, "chain_id", c.cfg.ChainID, "dir", c.cfg.Dir,
		"block_period", c.cfg.BlockPeriod, "head", c.eth.BlockChain().CurrentBlock().Number, "resumed", c.saved != nil)
	return nil
}

// startNode assembles and starts the go-ethereum node as `geth --dev` does,
// with the simulated beacon in on-demand mode (period 0): sealLoop drives
// it, which allows periods under one second.
func (c *Chain) startNode() error {
	host, portStr, _ := net.SplitHostPort(c.cfg.HTTPAddr) // checked by Validate
	port, _ := strconv.Atoi(portStr)

	nodeConf := node.DefaultConfig
	nodeConf.Name = gethDirName
	nodeConf.DataDir = c.cfg.Dir
	nodeConf.IPCPath = ""
	nodeConf.HTTPHost, nodeConf.HTTPPort = host, port
	nodeConf.HTTPModules = append([]string(nil), rpcModules...)
	nodeConf.WSHost, nodeConf.WSPort = host, port // same port: one listener serves both
	nodeConf.WSModules = append([]string(nil), rpcModules...)
	nodeConf.P2P = p2p.Config{NoDiscovery: true, MaxPeers: 0} // --dev: no peers (no listener, nothing to dial)
	nodeConf.Logger = log.NewLogger(c.log.With("component", "geth").Handler())
	stack, err := node.New(&nodeConf)
	if errors.Is(err, node.ErrDatadirUsed) {
		return fmt.Errorf("devchain: data directory %s is in use by another dev chain (stop it first): %w", c.cfg.Dir, err)
	}
	if err != nil {
		return fmt.Errorf("devchain: node: %w", err)
	}

	ethConf := ethconfig.Defaults
	ethConf.Genesis = devGenesis(c.chainID, c.keys)
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.Miner.GasPrice = big.NewInt(1) // as --dev
	// Small caches: a dev chain holds little state, and tests run several.
	ethConf.DatabaseCache, ethConf.TrieCleanCache, ethConf.TrieDirtyCache, ethConf.SnapshotCache = 32, 16, 16, 16
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		_ = stack.Close()
		return fmt.Errorf("devchain: eth service (a directory made with other settings?): %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{
		LogCacheSize:  ethConf.FilterLogCacheSize,
		LogQueryLimit: ethConf.LogQueryLimit,
		RangeLimit:    ethConf.RangeLimit,
	})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	if err := stack.Start(); err != nil { // releases what it opened on failure
		if errors.Is(err, syscall.EADDRINUSE) {
			return addrInUse(c.cfg.HTTPAddr, err)
		}
		return fmt.Errorf("devchain: start node: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		_ = stack.Close()
		return fmt.Errorf("devchain: simulated beacon: %w", err)
	}
	c.node, c.eth, c.beacon = stack, backend, beacon
	c.client = ethclient.NewClient(stack.Attach())
	c.genesis = backend.BlockChain().Genesis().Hash()
	c.httpURL, c.wsURL = stack.HTTPEndpoint(), stack.WSEndpoint()
	return nil
}

// load checks a resumed directory against the running chain and loads its
// deployment, or writes the settings of a new directory.
func (c *Chain) load(ctx context.Context, saved *settingsFile) error {
	if c.cfg.Dir == "" {
		return nil
	}
	if saved == nil {
		s := settingsFile{ChainID: c.cfg.ChainID, Genesis: c.genesis}
		for _, k := range c.keys {
			s.Accounts = append(s.Accounts, devAccount{Address: crypto.PubkeyToAddress(k.PublicKey), PrivateKey: crypto.FromECDSA(k)})
		}
		return writeJSON(filepath.Join(c.cfg.Dir, settingsName), s)
	}
	if saved.Genesis != c.genesis {
		return fmt.Errorf("devchain: %s names genesis %s but the chain in %s has %s: remove the directory to start afresh",
			settingsName, saved.Genesis, c.cfg.Dir, c.genesis)
	}
	dep, err := readDeployment(c.cfg.Dir)
	if err != nil || dep == nil {
		return err
	}
	if dep.Genesis != c.genesis {
		return fmt.Errorf("devchain: %s belongs to chain %s, not to the chain in %s (%s): remove it to deploy afresh",
			deploymentName, dep.Genesis, c.cfg.Dir, c.genesis)
	}
	code, err := c.client.CodeAt(ctx, dep.Deployment.Staking, nil)
	if err != nil {
		return fmt.Errorf("devchain: check deployment: %w", err)
	}
	if len(code) == 0 {
		return fmt.Errorf("devchain: %s names StakingRegistry %s, which has no code on the chain in %s (was the chain not stopped cleanly?): remove the directory to start afresh",
			deploymentName, dep.Deployment.Staking, c.cfg.Dir)
	}
	c.dep = dep
	return nil
}

// devGenesis is go-ethereum's dev genesis (every fork from block 0, the
// system contracts) with the chain id, mainnet's current rules and the dev
// accounts funded. go-ethereum v1.17's dev chain also enables the
// unscheduled Bogota fork, whose state-growth repricing makes new storage
// several times dearer than on mainnet: it is turned off, as the contracts
// tests do (internal/testenv.OsakaRules).
func devGenesis(chainID *big.Int, keys []*ecdsa.PrivateKey) *core.Genesis {
	g := core.DeveloperGenesisBlock(ethconfig.Defaults.Miner.GasCeil, nil)
	cc := *params.AllDevChainProtocolChanges
	cc.ChainID = new(big.Int).Set(chainID)
	cc.AmsterdamTime, cc.BogotaTime = nil, nil
	g.Config = &cc
	for _, k := range keys {
		g.Alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: new(big.Int).Set(DevBalance)}
	}
	return g
}

// sealLoop seals a block every period until Stop.
func (c *Chain) sealLoop() {
	defer close(c.sealDone)
	t := time.NewTicker(c.cfg.BlockPeriod)
	defer t.Stop()
	failing := false
	for {
		before := c.eth.BlockChain().CurrentBlock().Number.Uint64()
		c.beacon.Commit()
		after := c.eth.BlockChain().CurrentBlock().Number.Uint64()
		if after <= before && !failing {
			c.log.Warn("devchain: sealing a block failed; retrying every period", "head", after)
		} else if after > before && failing {
			c.log.Info("devchain: sealing again", "head", after)
		}
		failing = after <= before
		select {
		case <-c.quit:
			return
		case <-t.C:
		}
	}
}

// Stop stops the chain: sealing, then the node (which closes the RPC
// endpoints and the database, releasing the port and the data directory).
// It is idempotent (later calls return the first call's result) and does
// nothing before Start.
func (c *Chain) Stop(context.Context) error {
	c.lifeMu.Lock()
	defer c.lifeMu.Unlock()
	if !c.started || c.stopped {
		c.stopped = true
		return c.stopErr
	}
	c.stopped = true
	close(c.quit)
	<-c.sealDone
	c.client.Close()
	err := c.beacon.Stop()
	if cerr := c.node.Close(); cerr != nil {
		err = errors.Join(err, fmt.Errorf("devchain: close node: %w", cerr))
	}
	c.stopErr = err
	c.log.Info("devchain: stopped", "dir", c.cfg.Dir)
	return err
}

// URL returns the HTTP JSON-RPC endpoint, as http://host:port.
func (c *Chain) URL() string { return c.httpURL }

// WSURL returns the WebSocket JSON-RPC endpoint (the same port as URL), as
// ws://host:port.
func (c *Chain) WSURL() string { return c.wsURL }

// Client returns a client connected to the chain in-process. The Chain owns
// it: callers must not close it; Stop does.
func (c *Chain) Client() *ethclient.Client { return c.client }

// ChainID returns the L1 chain id.
func (c *Chain) ChainID() *big.Int { return new(big.Int).Set(c.chainID) }

// DevKeys returns the prefunded dev accounts' keys (DevKey(0) first). The
// first is the deployer and the faucet of Fund.
func (c *Chain) DevKeys() []*ecdsa.PrivateKey { return append([]*ecdsa.PrivateKey(nil), c.keys...) }

// Dir returns the data directory ("" when in memory).
func (c *Chain) Dir() string { return c.cfg.Dir }

// BlockPeriod returns the time between sealed blocks.
func (c *Chain) BlockPeriod() time.Duration { return c.cfg.BlockPeriod }

// checkAddrFree fails with a clear error when a fixed port is taken.
func checkAddrFree(addr string) error {
	if _, port, _ := net.SplitHostPort(addr); port == "0" {
		return nil
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return addrInUse(addr, err)
		}
		return fmt.Errorf("devchain: JSON-RPC address %s: %w", addr, err)
	}
	return ln.Close()
}

func addrInUse(addr string, err error) error {
	return fmt.Errorf("devchain: JSON-RPC address %s is already in use (another devnet or geth running?): stop it or choose another address: %w",
		addr, err)
}

func readSettings(dir string) (*settingsFile, error) {
	var s settingsFile
	ok, err := readJSON(filepath.Join(dir, settingsName), &s)
	if !ok || err != nil {
		return nil, err
	}
	return &s, nil
}

// readJSON reads path into v; false without error if path does not exist.
func readJSON(path string, v any) (bool, error) {
	raw, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("devchain: %w", err)
	}
	if err := json.Unmarshal(raw, v); err != nil {
		return false, fmt.Errorf("devchain: %s: %w", path, err)
	}
	return true, nil
}

// writeJSON writes v to path atomically (a temporary file renamed over it).
func writeJSON(path string, v any) error {
	raw, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("devchain: encode %s: %w", filepath.Base(path), err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(raw, '\n'), 0o600); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("devchain: %w", err)
	}
	return nil
}
