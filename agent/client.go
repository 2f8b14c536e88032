package agent

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/ledger"
)

// Defaults of Config.
const (
	DefaultPollInterval = 250 * time.Millisecond
	DefaultCallTimeout  = 10 * time.Second
	// DefaultFee is the fee, in gwei, the CLI offers: the node's default
	// mempool floor (mempool.min_fee).
	DefaultFee uint64 = 1
)

// Config says where a Client finds the L2 and the L1.
type Config struct {
	// RPC is the node's JSON-RPC endpoint (http://host:port).
	RPC string
	// WS is the node's WebSocket endpoint for the newBlocks subscription,
	// which wakes the Client's waits at each L2 block. Empty: RPC's
	// ws://host:port/ws; "-": none (waits poll).
	WS string
	// L1 is an L1 JSON-RPC endpoint and Rollup the Rollup contract's
	// address: needed for Deposit, Claim, the L1 waits and the finalized
	// balance. Empty L1: an L2-only client.
	L1     string
	Rollup common.Address
	// L1Backend, if set, is the L1 connection to use instead of dialling
	// L1 (an ethclient.Client made elsewhere, or go-ethereum's simulated
	// backend's Client in tests). The Client does not close it.
	L1Backend L1Backend
	// NodeBounty, Identity and Reputation are the operator market's
	// contracts and the ERC-8004 registries (see Contracts). Zero: found
	// from the others: NodeBounty from the node (mycel_bounties), Identity
	// from the StakingRegistry the Rollup names, Reputation from the
	// NodeBounty.
	NodeBounty common.Address
	Identity   common.Address
	Reputation common.Address
	// PollInterval is how often waits check their condition (default
	// DefaultPollInterval); CallTimeout bounds each RPC call (default
	// DefaultCallTimeout), whatever the caller's context allows.
	PollInterval time.Duration
	CallTimeout  time.Duration
	// Progress, if set, is told what a long wait is waiting for.
	Progress func(msg string)
}

// L1Backend is what a Client needs of an L1 connection; go-ethereum's
// *ethclient.Client and its simulated backend's Client are ones.
type L1Backend interface {
	bind.ContractBackend
	ethereum.ChainIDReader
	ethereum.BlockNumberReader
	ethereum.TransactionReader
	BalanceAt(ctx context.Context, account common.Address, block *big.Int) (*big.Int, error)
}

// Keys are a Client's keys. L2 signs transfers and withdrawals; L1 pays for
// deposits and claims. Either may be nil for a client that does not need
// it; PubKey and Address then name the wallet for reads (Balance).
type Keys struct {
	L2      *ledger.PrivateKey
	L1      *ecdsa.PrivateKey
	PubKey  ledger.PublicKey
	Address common.Address
}

// Client is an L2 account's client: the node's JSON-RPC and, optionally,
// an L1 endpoint with the Rollup. Its methods are safe for concurrent use;
// its L2 sends are serialised so that each gets the next nonce.
type Client struct {
	cfg       Config
	keys      Keys
	rpc       *rpc.Client
	eth       L1Backend         // nil without L1
	ethOwned  *ethclient.Client // eth when Dial dialled it (Close closes it)
	rollup    *bindings.Rollup
	chainID   uint64
	l1ChainID *big.Int

	wsMu sync.Mutex
	ws   *rpc.Client // dialled on first wait; nil if it failed

	marketMu sync.Mutex // market: the resolved contract addresses
	market   *Contracts

	sendMu    sync.Mutex // L2 sends
	nextNonce uint64     // the nonce after this client's last accepted send
	haveNonce bool
	l1Mu      sync.Mutex // L1 sends
}

// Dial connects to the node (and to L1 if configured) and checks that they
// belong together: the Rollup at cfg.Rollup is for the L2 chain the node
// serves.
func Dial(ctx context.Context, cfg Config, keys Keys) (_ *Client, err error) {
	if cfg.RPC == "" {
		return nil, errors.New("agent: no node RPC endpoint given")
	}
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = DefaultCallTimeout
	}
	if keys.L2 != nil {
		if keys.PubKey != (ledger.PublicKey{}) && keys.PubKey != keys.L2.Public() {
			return nil, fmt.Errorf("agent: Keys.PubKey %s is not the L2 key's %s", keys.PubKey, keys.L2.Public())
		}
		keys.PubKey = keys.L2.Public()
	}
	if keys.L1 != nil {
		a := crypto.PubkeyToAddress(keys.L1.PublicKey)
		if keys.Address != (common.Address{}) && keys.Address != a {
			return nil, fmt.Errorf("agent: Keys.Address %s is not the L1 key's %s", keys.Address, a)
		}
		keys.Address = a
	}
	c := &Client{cfg: cfg, keys: keys, rollup: bindings.NewRollup()}
	defer func() {
		if err != nil {
			c.Close()
		}
	}()
	if c.rpc, err = rpc.DialContext(ctx, cfg.RPC); err != nil {
		return nil, fmt.Errorf("agent: node RPC %s: %w", cfg.RPC, err)
	}
	var st rpcStatus
	if err := c.call(ctx, &st, "mycel_status"); err != nil {
		return nil, fmt.Errorf("agent: node RPC %s does not answer (is the node running? is the URL right?): %w", cfg.RPC, err)
	}
	c.chainID = st.ChainID
	if cfg.L1 == "" && cfg.L1Backend == nil {
		return c, nil
	}
	if cfg.Rollup == (common.Address{}) {
		return nil, errors.New("agent: an L1 endpoint needs the Rollup contract's address")
	}
	if cfg.L1Backend != nil {
		c.eth = cfg.L1Backend
		if cfg.L1 == "" {
			c.cfg.L1 = "(given backend)"
		}
	} else {
		if c.ethOwned, err = ethclient.DialContext(ctx, cfg.L1); err != nil {
			return nil, fmt.Errorf("agent: L1 RPC %s: %w", cfg.L1, err)
		}
		c.eth = c.ethOwned
	}
	cfg = c.cfg
	cctx, cancel := c.callCtx(ctx)
	defer cancel()
	if c.l1ChainID, err = c.eth.ChainID(cctx); err != nil {
		return nil, fmt.Errorf("agent: L1 RPC %s does not answer (is the L1 node running? is the URL right?): %w", cfg.L1, err)
	}
	code, err := c.eth.CodeAt(cctx, cfg.Rollup, nil)
	if err != nil {
		return nil, fmt.Errorf("agent: L1 RPC %s: %w", cfg.L1, err)
	}
	if len(code) == 0 {
		return nil, fmt.Errorf("agent: %w: no contract at %s on L1 chain %s: wrong Rollup address or wrong L1 endpoint", ErrWrongChain, cfg.Rollup, c.l1ChainID)
	}
	l2, err := l1Read(ctx, c, c.rollup.PackL2ChainId(), c.rollup.UnpackL2ChainId)
	if err != nil {
		return nil, fmt.Errorf("agent: Rollup %s: %w", cfg.Rollup, err)
	}
	if l2 != c.chainID {
		return nil, fmt.Errorf("agent: %w: the node serves L2 chain %d, the Rollup %s settles chain %d: the endpoints are of different networks",
			ErrWrongChain, c.chainID, cfg.Rollup, l2)
	}
	return c, nil
}

// Close closes the connections.
func (c *Client) Close() {
	if c.rpc != nil {
		c.rpc.Close()
	}
	if c.ethOwned != nil {
		c.ethOwned.Close()
	}
	c.wsMu.Lock()
	if c.ws != nil {
		c.ws.Close()
	}
	c.wsMu.Unlock()
}

// ChainID is the L2 chain id.
func (c *Client) ChainID() uint64 { return c.chainID }

// PubKey is the wallet's L2 public key (zero if none was given).
func (c *Client) PubKey() ledger.PublicKey { return c.keys.PubKey }

// Address is the wallet's L1 address (zero if none was given).
func (c *Client) Address() common.Address { return c.keys.Address }

func (c *Client) callCtx(ctx context.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(ctx, c.cfg.CallTimeout)
}

// call is one node RPC call under CallTimeout.
func (c *Client) call(ctx context.Context, result any, method string, args ...any) error {
	cctx, cancel := c.callCtx(ctx)
	defer cancel()
	return c.rpc.CallContext(cctx, result, method, args...)
}

func (c *Client) progress(format string, args ...any) {
	if c.cfg.Progress != nil {
		c.cfg.Progress(fmt.Sprintf(format, args...))
	}
}

func (c *Client) needL1() error {
	if c.eth == nil {
		return fmt.Errorf("%w: this needs the L1 endpoint and the Rollup address", ErrNoL1)
	}
	return nil
}

// l1Read calls a view function of the Rollup at the latest L1 block.
func l1Read[T any](ctx context.Context, c *Client, data []byte, unpack func([]byte) (T, error)) (T, error) {
	return l1ReadAt(ctx, c, nil, data, unpack)
}

// l1ReadAt calls a view function of the Rollup at L1 block `block` (nil:
// the latest).
func l1ReadAt[T any](ctx context.Context, c *Client, block *big.Int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	cctx, cancel := c.callCtx(ctx)
	defer cancel()
	out, err := c.eth.CallContract(cctx, ethereum.CallMsg{To: &c.cfg.Rollup, Data: data}, block)
	if err != nil {
		return zero, err
	}
	return unpack(out)
}

// wsURL is the WebSocket endpoint of the newBlocks subscription.
func (c *Client) wsURL() string {
	if c.cfg.WS != "" {
		if c.cfg.WS == "-" {
			return ""
		}
		return c.cfg.WS
	}
	u, err := url.Parse(c.cfg.RPC)
	if err != nil {
		return ""
	}
	switch u.Scheme {
	case "http":
		u.Scheme = "ws"
	case "https":
		u.Scheme = "wss"
	case "ws", "wss":
		return c.cfg.RPC
	default:
		return ""
	}
	u.Path = strings.TrimSuffix(u.Path, "/") + "/ws"
	return u.String()
}

// newBlocks subscribes to the node's newBlocks notifications; it returns a
// nil channel (waits then poll) when the WebSocket is not available.
func (c *Client) newBlocks(ctx context.Context) (<-chan json.RawMessage, func()) {
	c.wsMu.Lock()
	if c.ws == nil {
		if u := c.wsURL(); u != "" {
			cctx, cancel := c.callCtx(ctx)
			c.ws, _ = rpc.DialContext(cctx, u)
			cancel()
		}
	}
	ws := c.ws
	c.wsMu.Unlock()
	if ws == nil {
		return nil, func() {}
	}
	ch := make(chan json.RawMessage, 16)
	cctx, cancel := c.callCtx(ctx)
	defer cancel()
	sub, err := ws.Subscribe(cctx, "mycel", ch, "newBlocks")
	if err != nil {
		return nil, func() {}
	}
	return ch, sub.Unsubscribe
}

// permanent marks an error that ends a wait at once; other errors of a
// wait's check (a node restarting, a dropped connection) are retried
// until the context ends.
type permanent struct{ error }

func (p permanent) Unwrap() error { return p.error }

// waitUntil runs check at each new L2 block and every PollInterval until it
// reports done, returns a permanent error, or ctx ends.
func (c *Client) waitUntil(ctx context.Context, what string, check func(context.Context) (bool, error)) error {
	blocks, unsubscribe := c.newBlocks(ctx)
	defer unsubscribe()
	tick := time.NewTicker(c.cfg.PollInterval)
	defer tick.Stop()
	var last error
	for {
		done, err := check(ctx)
		if err != nil {
			var p permanent
			if errors.As(err, &p) {
				return p.error
			}
			last = err
		} else if done {
			return nil
		}
		select {
		case <-ctx.Done():
			if last != nil {
				return fmt.Errorf("waiting for %s: %w (last error: %v)", what, ctx.Err(), last)
			}
			return fmt.Errorf("waiting for %s: %w", what, ctx.Err())
		case <-blocks:
		case <-tick.C:
		}
	}
}
