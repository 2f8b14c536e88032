package devchain

import (
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// Defaults of Config's fields.
const (
	DefaultHTTPAddr    = "127.0.0.1:8545"
	DefaultBlockPeriod = time.Second
	DefaultChainID     = 1337
	DefaultAccounts    = 10
)

// KeySeed is the seed of the dev accounts' keys: DevKey(i) is the secp256k1
// key keccak256(KeySeed + " " + decimal(i)). The keys are public: anyone
// reading this can spend the dev accounts' ether, which exists only on dev
// chains.
const KeySeed = "mycel devchain account"

// DevBalance is the genesis balance of every dev account: one billion ether.
var DevBalance = new(big.Int).Mul(big.NewInt(1_000_000_000), big.NewInt(1e18))

// Config parameterises a dev chain. The zero value of each field means its
// default.
type Config struct {
	// Dir is the data directory: the chain's database (Dir/geth), the
	// chain's settings and dev keys (Dir/devchain.json) and the contract
	// deployment (Dir/deployment.json). A second Start on the same Dir
	// resumes the same chain and contracts. Empty keeps everything in
	// memory, gone at Stop.
	Dir string
	// HTTPAddr is the host:port of the JSON-RPC endpoint (HTTP, and
	// WebSocket on the same port); the host must be a loopback address.
	// Port 0 picks a free port (URL tells which). Default DefaultHTTPAddr.
	HTTPAddr string
	// BlockPeriod is the time between sealed blocks; blocks are sealed even
	// when empty. Default one second. Under one second, chain time runs
	// ahead of the wall clock (see the package documentation).
	BlockPeriod time.Duration
	// ChainID is the L1 chain id. Default 1337; on a resumed chain, zero
	// means the saved one and anything else must equal it.
	ChainID uint64
	// Accounts is the number of prefunded dev accounts (DevKey(0) ...
	// DevKey(Accounts-1)), each with DevBalance. Default 10; on a resumed
	// chain, zero means the saved number and anything else must equal it.
	Accounts int
	// Logger receives the chain's logs (and go-ethereum's node logs).
	// Default: discard.
	Logger *slog.Logger
	// PrivateNetwork lets HTTPAddr's host also be a private address (10/8,
	// 172.16/12, 192.168/16, fc00::/7): a container network such as the
	// compose devnet's, where each validator has its own IP. Never a
	// public or unspecified (0.0.0.0) address: the dev keys are public.
	PrivateNetwork bool
}

// withDefaults returns c with every zero field but ChainID and Accounts
// (which a resumed chain may take from its saved settings) set to its
// default.
func (c Config) withDefaults() Config {
	if c.HTTPAddr == "" {
		c.HTTPAddr = DefaultHTTPAddr
	}
	if c.BlockPeriod == 0 {
		c.BlockPeriod = DefaultBlockPeriod
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// Validate checks the fields, naming the one at fault.
func (c Config) Validate() error {
	var errs []error
	if c.HTTPAddr != "" {
		host, port, err := net.SplitHostPort(c.HTTPAddr)
		switch {
		case err != nil:
			errs = append(errs, fmt.Errorf("devchain config: HTTPAddr %q: %w", c.HTTPAddr, err))
		case c.PrivateNetwork && !isLoopback(host) && !isPrivate(host):
			errs = append(errs, fmt.Errorf("devchain config: HTTPAddr %q: the host must be a loopback or private address (10/8, 172.16/12, 192.168/16, fc00::/7), never a public or unspecified one (the dev keys are public)", c.HTTPAddr))
		case !c.PrivateNetwork && !isLoopback(host):
			errs = append(errs, fmt.Errorf("devchain config: HTTPAddr %q: the host must be a loopback address such as 127.0.0.1 (the dev keys are public; a container network's private address needs PrivateNetwork, mycel devnet --l1-private-network)", c.HTTPAddr))
		default:
			if _, err := strconv.ParseUint(port, 10, 16); err != nil {
				errs = append(errs, fmt.Errorf("devchain config: HTTPAddr %q: bad port: %w", c.HTTPAddr, err))
			}
		}
	}
	if c.BlockPeriod < 0 {
		errs = append(errs, fmt.Errorf("devchain config: BlockPeriod %v must be positive", c.BlockPeriod))
	} else if c.BlockPeriod > 0 && c.BlockPeriod < 10*time.Millisecond {
		errs = append(errs, fmt.Errorf("devchain config: BlockPeriod %v must be at least 10ms", c.BlockPeriod))
	}
	if c.Accounts < 0 {
		errs = append(errs, fmt.Errorf("devchain config: Accounts %d must not be negative", c.Accounts))
	}
	return errors.Join(errs...)
}

// isPrivate: an IP address of a private network (RFC 1918, RFC 4193).
func isPrivate(host string) bool {
	ip := net.ParseIP(host)
	return ip != nil && ip.IsPrivate()
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// DevKey returns the i-th deterministic dev key (see KeySeed). Its address
// is funded at genesis when i < Config.Accounts.
func DevKey(i int) *ecdsa.PrivateKey {
	seed := []byte(KeySeed + " " + strconv.Itoa(i))
	for {
		h := crypto.Keccak256(seed)
		// A hash outside [1, n) has probability ~2^-128; rehash if it happens.
		if k, err := crypto.ToECDSA(h); err == nil {
			return k
		}
		seed = h
	}
}

// DevKeys returns DevKey(0) ... DevKey(n-1).
func DevKeys(n int) []*ecdsa.PrivateKey {
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		keys[i] = DevKey(i)
	}
	return keys
}
