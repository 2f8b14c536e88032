package main

import (
	"bufio"
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/keystore"
	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/internal/progress"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// Environment variables of `mycel wallet`. Their first word is no node
// config section, so `mycel start` ignores them.
const (
	envWallet     = "MYCEL_WALLET"
	envDevnet     = "MYCEL_DEVNET"
	envRPC        = "MYCEL_WALLET_RPC"
	envL1         = "MYCEL_WALLET_L1"
	envRollup     = "MYCEL_WALLET_ROLLUP"
	envPassphrase = "MYCEL_WALLET_PASSWORD"
)

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func defaultWalletDir() string {
	if d, err := os.UserHomeDir(); err == nil {
		return filepath.Join(d, ".mycel-wallet")
	}
	return ".mycel-wallet"
}

// walletOpts are the flags every wallet command shares.
type walletOpts struct {
	dir, rpc, l1, rollup, devnet, passFile string
	json                                   bool
	timeout                                time.Duration
}

func newWalletCmd() *cobra.Command {
	o := &walletOpts{}
	cmd := &cobra.Command{
		Use:   "wallet",
		Short: "An L2 account's wallet: keys, balance, deposits from L1, payments, withdrawals and their claims on L1",
		Long: `mycel wallet keeps two keys in passphrase-encrypted files in its directory
(--wallet, env ` + envWallet + `): the L2 key that signs payments and withdrawals
(l2-key.json) and an L1 key that pays for deposits and claims (l1-key.json, a
go-ethereum keystore file). It reaches the L2 through a node's JSON-RPC (--rpc)
and L1 through an Ethereum JSON-RPC (--l1) and the Rollup contract (--rollup);
--devnet HOME (env ` + envDevnet + `) reads all three from a 'mycel devnet --home
HOME'. The passphrase comes from --password-file, env ` + envPassphrase + `,
or a prompt.

  new       create a wallet (a new L2 key; a new L1 key or a devnet's funded one)
  import    create a wallet from existing keys
  show      the wallet's public key and L1 address
  balance   L2 balance (proof-checked), finalized L2 balance, L1 balance
  deposit   move ETH from L1 into the L2 account; waits until credited
  send      pay another L2 account; waits for the soft confirmation
  withdraw  move funds from L2 to an L1 address; then claim
  claim     pay a withdrawal on L1 once its batch is finalized

Every command takes --json. Amounts are ETH ("0.5"), or gwei or wei with the
unit ("250gwei"); L2 amounts are whole gwei.`,
	}
	o.addFlags(cmd.PersistentFlags())
	cmd.AddCommand(o.newCmd(), o.importCmd(), o.showCmd(), o.balanceCmd(), o.depositCmd(), o.sendCmd(), o.withdrawCmd(), o.claimCmd())
	return cmd
}

// addFlags adds the flags every wallet command shares (the wallet, the
// endpoints, the passphrase, --json, --timeout) to fs: the wallet's and
// those of the commands that use its L1 key (operator, bounty, agents).
func (o *walletOpts) addFlags(pf *pflag.FlagSet) {
	pf.StringVar(&o.dir, "wallet", envOr(envWallet, defaultWalletDir()), "wallet directory (env "+envWallet+")")
	pf.StringVar(&o.devnet, "devnet", os.Getenv(envDevnet), "home of a 'mycel devnet': read the endpoints and the Rollup from it (env "+envDevnet+")")
	pf.StringVar(&o.rpc, "rpc", os.Getenv(envRPC), "node JSON-RPC URL (env "+envRPC+"; default with --devnet: its node0)")
	pf.StringVar(&o.l1, "l1", os.Getenv(envL1), "L1 JSON-RPC URL (env "+envL1+")")
	pf.StringVar(&o.rollup, "rollup", os.Getenv(envRollup), "Rollup contract address on L1 (env "+envRollup+")")
	pf.StringVar(&o.passFile, "password-file", "", "file whose first line is the passphrase (else env "+envPassphrase+", else a prompt)")
	pf.BoolVar(&o.json, "json", false, "print the result as JSON on stdout")
	pf.DurationVar(&o.timeout, "timeout", 15*time.Minute, "give up waiting after this long (claims wait for the batch's proof)")
}

func (o *walletOpts) wallet() keystore.Wallet { return keystore.Wallet{Dir: o.dir} }

// devnetFiles reads what `mycel devnet --home HOME` wrote: the node
// endpoints (testnet.json) and, for a rollup devnet, the L1 (l1.json).
func (o *walletOpts) devnetFiles() (*node.TestnetManifest, *devnet.L1Info, error) {
	if o.devnet == "" {
		return nil, nil, nil
	}
	var man node.TestnetManifest
	raw, err := os.ReadFile(filepath.Join(o.devnet, "testnet.json"))
	if err == nil {
		err = json.Unmarshal(raw, &man)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("--devnet %s: %w (is it the --home of a 'mycel devnet'?)", o.devnet, err)
	}
	raw, err = os.ReadFile(filepath.Join(o.devnet, "l1.json"))
	if errors.Is(err, os.ErrNotExist) {
		return &man, nil, nil // a devnet without L1 (--no-l1)
	}
	var info devnet.L1Info
	if err == nil {
		err = json.Unmarshal(raw, &info)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("--devnet %s: l1.json: %w", o.devnet, err)
	}
	return &man, &info, nil
}

// config resolves the endpoints: flags and env first, then the devnet's
// files.
func (o *walletOpts) config(cmd *cobra.Command) (agent.Config, error) {
	cfg := agent.Config{RPC: o.rpc, L1: o.l1}
	man, info, err := o.devnetFiles()
	if err != nil {
		return cfg, err
	}
	if man != nil && cfg.RPC == "" && len(man.RPC) > 0 {
		cfg.RPC = man.RPC[0]
	}
	if info != nil {
		if cfg.L1 == "" {
			cfg.L1 = info.URL
		}
		if o.rollup == "" && info.Deployment != nil {
			cfg.Rollup = info.Deployment.Rollup
			cfg.NodeBounty, cfg.Identity, cfg.Reputation = info.Deployment.NodeBounty, info.Deployment.Identity, info.Deployment.Reputation
		}
	}
	if o.rollup != "" {
		if !common.IsHexAddress(o.rollup) {
			return cfg, fmt.Errorf("--rollup %q is not an address (0x and 40 hex digits)", o.rollup)
		}
		cfg.Rollup = common.HexToAddress(o.rollup)
	}
	if cfg.RPC == "" {
		return cfg, fmt.Errorf("no node to talk to: give --rpc URL (env %s) or --devnet HOME (env %s)", envRPC, envDevnet)
	}
	if cfg.L1 != "" && cfg.Rollup == (common.Address{}) {
		return cfg, fmt.Errorf("--l1 needs the Rollup's address: give --rollup ADDR (env %s)", envRollup)
	}
	cfg.Progress = waitProgress(cmd)
	return cfg, nil
}

// Live lines of this process's long waits (deposits, withdrawals and
// claims waiting for L1), ended by main before it exits.
var (
	liveMu   sync.Mutex
	liveEnds []func()
)

// endLiveLines ends every live line still shown.
func endLiveLines() {
	liveMu.Lock()
	ends := liveEnds
	liveEnds = nil
	liveMu.Unlock()
	for _, end := range ends {
		end()
	}
}

// waitProgress reports what a long wait is waiting for: on a terminal, one
// live line (the step, what it waits for now, the time elapsed) that the
// command's result replaces; otherwise a timestamped line per change.
func waitProgress(cmd *cobra.Command) func(string) {
	stderr := cmd.ErrOrStderr()
	if !progress.IsTerminal(stderr) {
		return func(msg string) { fmt.Fprintf(stderr, "%s  %s\n", time.Now().Format("15:04:05"), msg) }
	}
	log := progress.NewLogger(stderr, nil)
	var mu sync.Mutex
	var task *progress.Task
	liveMu.Lock()
	liveEnds = append(liveEnds, func() {
		mu.Lock()
		defer mu.Unlock()
		task.Done()
	})
	liveMu.Unlock()
	return func(msg string) {
		mu.Lock()
		defer mu.Unlock()
		if task == nil {
			task = progress.Start(log, cmd.CommandPath())
		}
		task.Note(msg)
	}
}

// passphrase reads the wallet passphrase: --password-file, the
// environment, or a prompt on the terminal (twice when confirm).
func (o *walletOpts) passphrase(cmd *cobra.Command, confirm bool) (string, error) {
	if o.passFile != "" {
		b, err := os.ReadFile(o.passFile)
		if err != nil {
			return "", fmt.Errorf("--password-file: %w", err)
		}
		line, _, _ := strings.Cut(string(b), "\n")
		return strings.TrimSuffix(line, "\r"), nil
	}
	if v, ok := os.LookupEnv(envPassphrase); ok {
		return v, nil
	}
	p, err := promptSecret(cmd, "Passphrase: ")
	if err != nil {
		return "", err
	}
	if confirm {
		again, err := promptSecret(cmd, "Repeat passphrase: ")
		if err != nil {
			return "", err
		}
		if again != p {
			return "", errors.New("the passphrases differ")
		}
	}
	return p, nil
}

// promptSecret reads a line from the terminal with echo off (stty).
func promptSecret(cmd *cobra.Command, prompt string) (string, error) {
	in, ok := cmd.InOrStdin().(*os.File)
	if !ok {
		return "", fmt.Errorf("no passphrase: give --password-file FILE or set %s", envPassphrase)
	}
	if st, err := in.Stat(); err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return "", fmt.Errorf("no passphrase and no terminal to ask on: give --password-file FILE or set %s", envPassphrase)
	}
	fmt.Fprint(cmd.ErrOrStderr(), prompt)
	stty := func(arg string) error {
		c := exec.Command("stty", arg)
		c.Stdin = in
		return c.Run()
	}
	if err := stty("-echo"); err != nil {
		return "", fmt.Errorf("cannot turn off the terminal's echo (%v): give --password-file FILE or set %s", err, envPassphrase)
	}
	defer func() {
		stty("echo")
		fmt.Fprintln(cmd.ErrOrStderr())
	}()
	line, err := bufio.NewReader(in).ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return "", fmt.Errorf("read the passphrase: %w", err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

func (o *walletOpts) kdf(light bool) keystore.Params {
	if light {
		return keystore.Light
	}
	return keystore.Standard
}

// print writes v as JSON with --json, else the text lines.
func (o *walletOpts) print(cmd *cobra.Command, v any, text string) error {
	endLiveLines() // the result replaces a wait's live line
	w := cmd.OutOrStdout()
	if o.json {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	_, err := fmt.Fprint(w, text)
	return err
}

type walletInfo struct {
	Wallet    string           `json:"wallet"`
	PubKey    ledger.PublicKey `json:"pub_key"`
	L1Address common.Address   `json:"l1_address"`
	L1KeyFrom string           `json:"l1_key_from,omitempty"`
}

func (o *walletOpts) created(cmd *cobra.Command, l2 *ledger.PrivateKey, l1 *ecdsa.PrivateKey, from string) error {
	info := walletInfo{Wallet: o.dir, PubKey: l2.Public(), L1Address: crypto.PubkeyToAddress(l1.PublicKey), L1KeyFrom: from}
	text := fmt.Sprintf("wallet %s\n  L2 public key %s\n  L1 address    %s (%s)\n", info.Wallet, info.PubKey, info.L1Address, from)
	if from == "new" {
		text += "Fund the L1 address with ETH to deposit and to pay for claims.\n"
	}
	text += "Next: mycel wallet deposit AMOUNT (the first deposit creates the L2 account).\n"
	return o.print(cmd, info, text)
}

// devnetKey returns the devnet's funded dev account i.
func (o *walletOpts) devnetKey(i int) (*ecdsa.PrivateKey, error) {
	if o.devnet == "" {
		return nil, fmt.Errorf("--devnet-account needs --devnet HOME (env %s)", envDevnet)
	}
	_, info, err := o.devnetFiles()
	if err != nil {
		return nil, err
	}
	if info == nil || len(info.DevAccounts) == 0 {
		return nil, fmt.Errorf("--devnet %s: l1.json lists no funded dev accounts (a devnet without L1, or made by an older mycel): give --l1-key-file", o.devnet)
	}
	if i < 0 || i >= len(info.DevAccounts) {
		return nil, fmt.Errorf("--devnet-account %d: the devnet has dev accounts 0 to %d", i, len(info.DevAccounts)-1)
	}
	return crypto.ToECDSA(info.DevAccounts[i].Key)
}

func (o *walletOpts) newCmd() *cobra.Command {
	var light bool
	devAcct := -1
	cmd := &cobra.Command{
		Use:   "new",
		Short: "Create a wallet: a new L2 key and a new L1 key (or, with --devnet-account N, a devnet's funded L1 account)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var seed [ledger.SeedSize]byte
			if _, err := rand.Read(seed[:]); err != nil {
				return err
			}
			l2, err := ledger.NewPrivateKey(seed)
			if err != nil {
				return err
			}
			var l1 *ecdsa.PrivateKey
			from := "new"
			if devAcct >= 0 {
				if l1, err = o.devnetKey(devAcct); err != nil {
					return err
				}
				from = fmt.Sprintf("devnet dev account %d", devAcct)
			} else if l1, err = crypto.GenerateKey(); err != nil {
				return err
			}
			pass, err := o.passphrase(cmd, true)
			if err != nil {
				return err
			}
			if err := o.wallet().Create(l2, l1, pass, o.kdf(light)); err != nil {
				return err
			}
			return o.created(cmd, l2, l1, from)
		},
	}
	cmd.Flags().IntVar(&devAcct, "devnet-account", -1, "use the --devnet's funded L1 dev account N (0, 1, 2) as the L1 key")
	cmd.Flags().BoolVar(&light, "light-kdf", false, "cheaper key encryption (scrypt with 4 MB, about 0.1 s): devnets and tests only")
	return cmd
}

// readHexKey reads a file holding one hex secret (optional 0x) of size
// bytes.
func readHexKey(path, what string, size int) ([]byte, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	s := strings.TrimPrefix(strings.TrimSpace(string(b)), "0x")
	k, err := hex.DecodeString(s)
	if err != nil || len(k) != size {
		return nil, fmt.Errorf("%s %s: want %d bytes in hex (%d hex digits)", what, path, size, 2*size)
	}
	return k, nil
}

func (o *walletOpts) importCmd() *cobra.Command {
	var l2File, l1File string
	var light bool
	devAcct := -1
	cmd := &cobra.Command{
		Use:   "import",
		Short: "Create a wallet from existing keys: --l2-key-file (the 32-byte seed in hex, as in a testnet's accounts.json) and/or --l1-key-file (secp256k1 key in hex) or --devnet-account; a key not given is new",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if l2File == "" && l1File == "" && devAcct < 0 {
				return errors.New("nothing to import: give --l2-key-file, --l1-key-file or --devnet-account (or create a fresh wallet with mycel wallet new)")
			}
			if l1File != "" && devAcct >= 0 {
				return errors.New("give --l1-key-file or --devnet-account, not both")
			}
			var seed [ledger.SeedSize]byte
			if l2File != "" {
				b, err := readHexKey(l2File, "--l2-key-file", ledger.SeedSize)
				if err != nil {
					return err
				}
				copy(seed[:], b)
			} else if _, err := rand.Read(seed[:]); err != nil {
				return err
			}
			l2, err := ledger.NewPrivateKey(seed)
			if err != nil {
				return err
			}
			var l1 *ecdsa.PrivateKey
			from := "new"
			switch {
			case l1File != "":
				b, err := readHexKey(l1File, "--l1-key-file", 32)
				if err != nil {
					return err
				}
				if l1, err = crypto.ToECDSA(b); err != nil {
					return fmt.Errorf("--l1-key-file: %w", err)
				}
				from = "imported"
			case devAcct >= 0:
				if l1, err = o.devnetKey(devAcct); err != nil {
					return err
				}
				from = fmt.Sprintf("devnet dev account %d", devAcct)
			default:
				if l1, err = crypto.GenerateKey(); err != nil {
					return err
				}
			}
			pass, err := o.passphrase(cmd, true)
			if err != nil {
				return err
			}
			if err := o.wallet().Create(l2, l1, pass, o.kdf(light)); err != nil {
				return err
			}
			return o.created(cmd, l2, l1, from)
		},
	}
	f := cmd.Flags()
	f.StringVar(&l2File, "l2-key-file", "", "file with the L2 key's 32-byte seed in hex")
	f.StringVar(&l1File, "l1-key-file", "", "file with the L1 secp256k1 private key in hex")
	f.IntVar(&devAcct, "devnet-account", -1, "use the --devnet's funded L1 dev account N as the L1 key")
	f.BoolVar(&light, "light-kdf", false, "cheaper key encryption (scrypt with 4 MB, about 0.1 s): devnets and tests only")
	return cmd
}

// public reads the wallet's public key and address (no passphrase).
func (o *walletOpts) public() (agent.Keys, error) {
	w := o.wallet()
	pk, err := w.PublicKey()
	if err != nil {
		return agent.Keys{}, noWallet(o.dir, err)
	}
	addr, err := w.Address()
	if err != nil {
		return agent.Keys{}, noWallet(o.dir, err)
	}
	return agent.Keys{PubKey: pk, Address: addr}, nil
}

func noWallet(dir string, err error) error {
	if errors.Is(err, keystore.ErrNoKey) {
		return fmt.Errorf("%w: no wallet in %s: create one with mycel wallet new (or give --wallet DIR)", err, dir)
	}
	return err
}

// keys decrypts the keys a command needs.
func (o *walletOpts) keys(cmd *cobra.Command, l2, l1 bool) (agent.Keys, error) {
	k, err := o.public()
	if err != nil {
		return k, err
	}
	pass, err := o.passphrase(cmd, false)
	if err != nil {
		return k, err
	}
	if l2 {
		if k.L2, err = o.wallet().L2Key(pass); err != nil {
			return k, err
		}
	}
	if l1 {
		if k.L1, err = o.wallet().L1Key(pass); err != nil {
			return k, err
		}
	}
	return k, nil
}

// client dials the endpoints with keys, under the command's timeout.
func (o *walletOpts) client(cmd *cobra.Command, keys agent.Keys) (*agent.Client, context.Context, context.CancelFunc, error) {
	cfg, err := o.config(cmd)
	if err != nil {
		return nil, nil, nil, err
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
	c, err := agent.Dial(ctx, cfg, keys)
	if err != nil {
		cancel()
		return nil, nil, nil, err
	}
	return c, ctx, cancel, nil
}

// withFlags adds the flags that fix an SDK error to it.
func withFlags(err error) error {
	if errors.Is(err, agent.ErrNoL1) {
		return fmt.Errorf("%w: give --l1 URL and --rollup ADDR (or --devnet HOME)", err)
	}
	return err
}

func (o *walletOpts) showCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "show",
		Short: "Show the wallet's L2 public key and L1 address (no passphrase, no network)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := o.public()
			if err != nil {
				return err
			}
			info := walletInfo{Wallet: o.dir, PubKey: k.PubKey, L1Address: k.Address}
			return o.print(cmd, info, fmt.Sprintf("wallet %s\n  L2 public key %s\n  L1 address    %s\n", o.dir, k.PubKey, k.Address))
		},
	}
}

func (o *walletOpts) balanceCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "balance",
		Short: "Show the L2 balance (Merkle proof checked), the balance as of the last batch finalized on L1 (checked against the Rollup's root) and the L1 balance",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := o.public()
			if err != nil {
				return err
			}
			c, ctx, cancel, err := o.client(cmd, k)
			if err != nil {
				return err
			}
			defer cancel()
			defer c.Close()
			b, err := c.Balance(ctx)
			if err != nil {
				return err
			}
			var sb strings.Builder
			if b.L2 == nil {
				fmt.Fprintf(&sb, "L2: no account yet for %s (the first deposit creates it)\n", b.PubKey)
			} else {
				fmt.Fprintf(&sb, "L2 account %d: %s ETH (%d gwei), nonce %d, at L2 block %d (proof checked against state root %s)\n",
					b.L2.Index, agent.FormatGwei(b.L2.Balance), b.L2.Balance, b.L2.Nonce, b.L2.Height, b.L2.Root)
			}
			if f := b.Finalized; f != nil {
				if f.Exists {
					fmt.Fprintf(&sb, "finalized on L1 (batch %d, L2 block %d): %s ETH (%d gwei) (proof checked against the Rollup's root %s)\n",
						f.Batch, f.Height, agent.FormatGwei(f.Balance), f.Balance, f.Root)
				} else {
					fmt.Fprintf(&sb, "finalized on L1 (batch %d): no account yet\n", f.Batch)
				}
			}
			if b.L1Wei != nil {
				fmt.Fprintf(&sb, "L1 %s: %s ETH\n", b.Address, agent.FormatWei(b.L1Wei))
			}
			return o.print(cmd, b, sb.String())
		},
	}
}

func parseAmountGwei(s string) (*big.Int, uint64, error) {
	wei, err := agent.ParseAmount(s)
	if err != nil {
		return nil, 0, err
	}
	g, err := agent.ToGwei(wei)
	if err != nil {
		return nil, 0, fmt.Errorf("amount %s: %w", s, err)
	}
	return wei, g, nil
}

func ms(d time.Duration) int64 { return d.Milliseconds() }

func (o *walletOpts) depositCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "deposit AMOUNT",
		Short: "Deposit ETH from the wallet's L1 account into its L2 account (created by the first deposit); waits until the L2 credits it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			wei, _, err := parseAmountGwei(args[0])
			if err != nil {
				return err
			}
			k, err := o.keys(cmd, false, true)
			if err != nil {
				return err
			}
			c, ctx, cancel, err := o.client(cmd, k)
			if err != nil {
				return err
			}
			defer cancel()
			defer c.Close()
			r, err := c.Deposit(ctx, wei)
			if err != nil {
				return withFlags(err)
			}
			out := struct {
				*agent.DepositResult
				MinedMs    int64 `json:"mined_ms"`
				CreditedMs int64 `json:"credited_after_mined_ms"`
			}{r, ms(r.Mined.Sub(r.Sent)), ms(r.Credited.Sub(r.Mined))}
			return o.print(cmd, out, fmt.Sprintf("deposited %s ETH: L1 transaction %s (block %d, mined after %v), credited on L2 %v later\nL2 account %d: %s ETH\n",
				agent.FormatGwei(r.AmountGwei), r.L1Tx, r.L1Block, r.Mined.Sub(r.Sent).Round(time.Millisecond),
				r.Credited.Sub(r.Mined).Round(time.Millisecond), r.Account, agent.FormatGwei(r.Balance)))
		},
	}
}

type l2Result struct {
	Tx        common.Hash     `json:"tx"`
	Type      string          `json:"type"`
	From      uint32          `json:"from"`
	To        *uint32         `json:"to,omitempty"`
	L1Address *common.Address `json:"l1_address,omitempty"`
	Amount    uint64          `json:"amount_gwei"`
	Fee       uint64          `json:"fee_gwei"`
	Nonce     uint64          `json:"nonce"`
	Height    uint64          `json:"height"`
	SoftMs    int64           `json:"soft_confirmation_ms"`
}

func newL2Result(r *agent.Receipt) l2Result {
	out := l2Result{Tx: r.Hash, Type: r.Tx.Type.String(), From: r.Tx.From, Amount: r.Tx.Amount, Fee: r.Tx.Fee, Nonce: r.Tx.Nonce,
		Height: r.Height, SoftMs: ms(r.Committed.Sub(r.Sent))}
	if r.Tx.Type == ledger.TxTransfer {
		to := r.Tx.To
		out.To = &to
	} else {
		a := common.Address(r.Tx.L1Address)
		out.L1Address = &a
	}
	return out
}

func (o *walletOpts) sendCmd() *cobra.Command {
	var fee uint64
	cmd := &cobra.Command{
		Use:   "send TO AMOUNT",
		Short: "Pay AMOUNT to an L2 account (TO: its index, or its public key 0x...); waits until the transfer is committed in an L2 block",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			var toKey *ledger.PublicKey
			var toIndex uint32
			if strings.HasPrefix(args[0], "0x") {
				var pk ledger.PublicKey
				if err := pk.UnmarshalText([]byte(args[0])); err != nil {
					return fmt.Errorf("receiver %q: %w (want an account index or a 32-byte public key in hex)", args[0], err)
				}
				toKey = &pk
			} else {
				i, err := strconv.ParseUint(args[0], 10, 32)
				if err != nil {
					return fmt.Errorf("receiver %q: want an account index or a 32-byte public key (0x...)", args[0])
				}
				toIndex = uint32(i)
			}
			_, amount, err := parseAmountGwei(args[1])
			if err != nil {
				return err
			}
			k, err := o.keys(cmd, true, false)
			if err != nil {
				return err
			}
			c, ctx, cancel, err := o.client(cmd, k)
			if err != nil {
				return err
			}
			defer cancel()
			defer c.Close()
			var r *agent.Receipt
			if toKey != nil {
				r, err = c.Pay(ctx, *toKey, amount, fee)
			} else {
				r, err = c.Transfer(ctx, toIndex, amount, fee)
			}
			if err != nil {
				return err
			}
			res := newL2Result(r)
			return o.print(cmd, res, fmt.Sprintf("sent %s ETH from account %d to account %d (fee %d gwei, nonce %d): %s\ncommitted in L2 block %d after %v (soft confirmation)\n",
				agent.FormatGwei(r.Tx.Amount), r.Tx.From, r.Tx.To, r.Tx.Fee, r.Tx.Nonce, r.Hash, r.Height, r.Committed.Sub(r.Sent).Round(time.Millisecond)))
		},
	}
	cmd.Flags().Uint64Var(&fee, "fee", agent.DefaultFee, "fee in gwei")
	return cmd
}

func (o *walletOpts) withdrawCmd() *cobra.Command {
	var fee uint64
	var to string
	cmd := &cobra.Command{
		Use:   "withdraw AMOUNT",
		Short: "Withdraw AMOUNT from L2 to an L1 address (--to, default the wallet's); waits until committed on L2. Claim it on L1 once its batch is finalized",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			_, amount, err := parseAmountGwei(args[0])
			if err != nil {
				return err
			}
			k, err := o.keys(cmd, true, false)
			if err != nil {
				return err
			}
			dest := k.Address
			if to != "" {
				if !common.IsHexAddress(to) {
					return fmt.Errorf("--to %q is not an address (0x and 40 hex digits)", to)
				}
				dest = common.HexToAddress(to)
			}
			c, ctx, cancel, err := o.client(cmd, k)
			if err != nil {
				return err
			}
			defer cancel()
			defer c.Close()
			r, err := c.Withdraw(ctx, dest, amount, fee)
			if err != nil {
				return err
			}
			return o.print(cmd, newL2Result(r), fmt.Sprintf("withdrew %s ETH from account %d to %s on L1 (fee %d gwei): %s\ncommitted in L2 block %d after %v; once its batch is finalized on L1:\n  mycel wallet claim %s\n",
				agent.FormatGwei(r.Tx.Amount), r.Tx.From, dest, r.Tx.Fee, r.Hash, r.Height, r.Committed.Sub(r.Sent).Round(time.Millisecond), r.Hash))
		},
	}
	cmd.Flags().Uint64Var(&fee, "fee", agent.DefaultFee, "fee in gwei")
	cmd.Flags().StringVar(&to, "to", "", "L1 address to pay (default the wallet's L1 address)")
	return cmd
}

func (o *walletOpts) claimCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "claim WITHDRAWAL_TX",
		Short: "Pay a withdrawal on L1: waits until the batch holding it is finalized on L1 (its proof verified), then calls Rollup.claimWithdrawal (the wallet's L1 key pays the gas)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var h common.Hash
			if err := h.UnmarshalText([]byte(args[0])); err != nil {
				return fmt.Errorf("withdrawal %q: want its L2 transaction hash (0x and 64 hex digits): %w", args[0], err)
			}
			k, err := o.keys(cmd, false, true)
			if err != nil {
				return err
			}
			c, ctx, cancel, err := o.client(cmd, k)
			if err != nil {
				return err
			}
			defer cancel()
			defer c.Close()
			start := time.Now()
			r, err := c.Claim(ctx, h)
			if err != nil {
				return withFlags(err)
			}
			out := struct {
				*agent.ClaimResult
				WaitedMs int64 `json:"waited_ms"`
			}{r, ms(r.Paid.Sub(start))}
			return o.print(cmd, out, fmt.Sprintf("claimed withdrawal %d of batch %d: %s ETH paid to %s on L1 (transaction %s, block %d), %v after the claim started\n",
				r.Index, r.Batch, agent.FormatGwei(r.AmountGwei), r.To, r.L1Tx, r.L1Block, r.Paid.Sub(start).Round(time.Millisecond)))
		},
	}
}
