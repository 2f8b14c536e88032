package main

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/keystore"
	"github.com/mycel-network/mycel/node"
)

// The operator's L1 commands: `mycel operator register|stake|unbond|
// withdraw|status|link-agent`. The wallet's L1 key (mycel wallet) is the
// operator's owner: it pays the stake and the gas; the node's consensus
// key signs batches and proves its possession at registration.

// operatorL1Cmds are the operator subcommands that act on L1.
func operatorL1Cmds() []*cobra.Command {
	return []*cobra.Command{opRegisterCmd(), opStakeCmd(), opUnbondCmd(), opWithdrawCmd(), opStatusCmd(), opLinkAgentCmd(), opBLSKeyCmd()}
}

// walletCmd is a command with the wallet's flags.
func walletCmd(c *cobra.Command, o *walletOpts) *cobra.Command {
	o.addFlags(c.Flags())
	return c
}

// sender dials a Client with the wallet's L1 key (its passphrase is
// asked).
func (o *walletOpts) sender(cmd *cobra.Command) (*agent.Client, context.Context, func(), error) {
	k, err := o.keys(cmd, false, true)
	if err != nil {
		return nil, nil, nil, err
	}
	c, ctx, cancel, err := o.client(cmd, k)
	if err != nil {
		return nil, nil, nil, err
	}
	return c, ctx, func() { c.Close(); cancel() }, nil
}

// reader dials a Client for reads: with the wallet's addresses if there
// is a wallet (no passphrase), else none.
func (o *walletOpts) reader(cmd *cobra.Command) (*agent.Client, context.Context, func(), error) {
	k, err := o.public()
	if errors.Is(err, keystore.ErrNoKey) {
		k, err = agent.Keys{}, nil
	}
	if err != nil {
		return nil, nil, nil, err
	}
	c, ctx, cancel, err := o.client(cmd, k)
	if err != nil {
		return nil, nil, nil, err
	}
	return c, ctx, func() { c.Close(); cancel() }, nil
}

func parseWei(flag, s string) (*big.Int, error) {
	if s == "" {
		return nil, fmt.Errorf("%s: give an amount (ETH, or with the unit gwei or wei)", flag)
	}
	w, err := agent.ParseAmount(s)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", flag, err)
	}
	return w, nil
}

func parseAgentID(s string) (*big.Int, error) {
	id, ok := new(big.Int).SetString(s, 10)
	if !ok || id.Sign() <= 0 {
		return nil, fmt.Errorf("agent id %q: want a positive number (the identity's token id)", s)
	}
	return id, nil
}

func opRegisterCmd() *cobra.Command {
	o := &walletOpts{}
	var kind, stake, agentID, keyFile string
	cmd := &cobra.Command{
		Use:   "register",
		Short: "Register the wallet's L1 key as a StakingRegistry operator with this node's consensus key and a stake",
		Long: `Registers an operator on L1: the wallet's L1 key is its owner and pays the
stake (--stake, at least the registry's minimum); the consensus key is the
node's (<home>/config/priv_validator_key.json, --home) or the secp256k1 key in
--consensus-key-file (hex). Its proof of possession is signed here. An agent
(--kind agent) links its ERC-8004 identity (--agent-id), which the wallet's
L1 key must own or be the agentWallet of (mycel agents register). The stake
counts from the next epoch.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := agent.ParseOperatorKind(kind)
			if err != nil {
				return fmt.Errorf("--kind: %w", err)
			}
			wei, err := parseWei("--stake", stake)
			if err != nil {
				return err
			}
			reg := agent.OperatorRegistration{Kind: k, Stake: wei}
			if agentID != "" {
				if reg.AgentID, err = parseAgentID(agentID); err != nil {
					return fmt.Errorf("--agent-id: %w", err)
				}
			}
			if k == agent.OperatorAgent && reg.AgentID == nil {
				return errors.New("--kind agent needs --agent-id, the ERC-8004 identity it links (create one with mycel agents register URI)")
			}
			if reg.ConsensusKey, err = consensusKeyOf(cmd, keyFile); err != nil {
				return err
			}
			if keyFile == "" {
				// The node's BLS key goes with it (registered only if the
				// Rollup takes BLS certificates).
				if reg.BLSKey, err = node.BLSKey(homeFlag(cmd)); err != nil {
					return fmt.Errorf("the node's BLS key: %w", err)
				}
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.RegisterOperator(ctx, reg)
			if err != nil {
				return withFlags(err)
			}
			text := fmt.Sprintf("registered %s operator %s with signer %s: %s ETH bonded, counted from epoch %d\nL1 transaction %s (block %d)\n",
				k, r.Owner, r.Signer, agent.FormatWei(r.Bonded), r.EffectiveEpoch, r.Hash, r.Block)
			if r.BLSKeyTx != nil {
				text += fmt.Sprintf("BLS key registered: L1 transaction %s (block %d)\n", r.BLSKeyTx.Hash, r.BLSKeyTx.Block)
			}
			return o.print(cmd, r, text+"Next: mycel operator status; mycel bounty list\n")
		},
	}
	f := cmd.Flags()
	f.StringVar(&kind, "kind", "human", "operator kind: human or agent")
	f.StringVar(&stake, "stake", "", "stake to bond (ETH, or with the unit: 32, 32eth, 1000gwei)")
	f.StringVar(&agentID, "agent-id", "", "the ERC-8004 identity an agent operator links")
	f.StringVar(&keyFile, "consensus-key-file", "", "file with the consensus key (secp256k1, hex) instead of the node home's")
	return walletCmd(cmd, o)
}

// consensusKeyOf reads the consensus key: --consensus-key-file, else the
// node home's.
func consensusKeyOf(cmd *cobra.Command, file string) (*ecdsa.PrivateKey, error) {
	if file != "" {
		b, err := readHexKey(file, "--consensus-key-file", 32)
		if err != nil {
			return nil, err
		}
		k, err := crypto.ToECDSA(b)
		if err != nil {
			return nil, fmt.Errorf("--consensus-key-file: %w", err)
		}
		return k, nil
	}
	home := homeFlag(cmd)
	k, err := node.ConsensusKey(home)
	if err != nil {
		return nil, fmt.Errorf("the node's consensus key in %s: %w (give the node's --home, or --consensus-key-file)", home, err)
	}
	return k, nil
}

func opStakeCmd() *cobra.Command {
	o := &walletOpts{}
	return walletCmd(&cobra.Command{
		Use:   "stake AMOUNT",
		Short: "Bond AMOUNT more to the wallet's operator (counted from the next epoch)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			wei, err := parseWei("AMOUNT", args[0])
			if err != nil {
				return err
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.AddStake(ctx, wei)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("bonded %s ETH more: %s ETH bonded, counted from epoch %d (L1 transaction %s)\n",
				agent.FormatWei(wei), agent.FormatWei(r.Bonded), r.EffectiveEpoch, r.Hash))
		},
	}, o)
}

func opUnbondCmd() *cobra.Command {
	o := &walletOpts{}
	return walletCmd(&cobra.Command{
		Use:   "unbond AMOUNT|all",
		Short: "Start unbonding AMOUNT of the operator's stake (all: leave the set); withdraw it after the unbonding delay",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			var wei *big.Int
			if args[0] == "all" {
				st, err := c.OperatorStatus(ctx, common.Address{})
				if err != nil {
					return withFlags(err)
				}
				if !st.Registered {
					return fmt.Errorf("%w: %s", agent.ErrNotRegistered, c.Address())
				}
				wei = st.Bonded
			} else if wei, err = parseWei("AMOUNT", args[0]); err != nil {
				return err
			}
			r, err := c.RequestUnbond(ctx, wei)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("unbonding %s ETH (%s ETH in all), withdrawable from %s; %s ETH stays bonded from epoch %d (L1 transaction %s)\nThen: mycel operator withdraw\n",
				agent.FormatWei(r.Amount), agent.FormatWei(r.Unbonding), r.UnbondingEnd.Format(time.RFC3339), agent.FormatWei(r.Bonded), r.EffectiveEpoch, r.Hash))
		},
	}, o)
}

func opWithdrawCmd() *cobra.Command {
	o := &walletOpts{}
	return walletCmd(&cobra.Command{
		Use:   "withdraw",
		Short: "Pay the operator's stake whose unbonding delay is over to the wallet's L1 address",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.WithdrawStake(ctx)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("withdrew %s ETH of stake to %s (L1 transaction %s)\n", agent.FormatWei(r.Amount), c.Address(), r.Hash))
		},
	}, o)
}

func opBLSKeyCmd() *cobra.Command {
	o := &walletOpts{}
	return walletCmd(&cobra.Command{
		Use:   "bls-key",
		Short: "Register the node's BLS key for the wallet's operator (a Rollup that takes BLS certificates, ADR 031)",
		Long: `Registers the BLS key of the node at --home (config/bls_key, created if
missing) in the BLSRegistry for the wallet's operator, with a proof of
possession bound to the wallet's L1 key. operator register does it already
on a BLS-certified Rollup; use this to retry, or to replace the key (the
new key counts from the next BLS set published).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			k, err := node.BLSKey(homeFlag(cmd))
			if err != nil {
				return fmt.Errorf("the node's BLS key: %w", err)
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.RegisterBLSKey(ctx, k)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("registered the BLS key of %s for operator %s (L1 transaction %s)\n", homeFlag(cmd), c.Address(), r.Hash))
		},
	}, o)
}

func opLinkAgentCmd() *cobra.Command {
	o := &walletOpts{}
	return walletCmd(&cobra.Command{
		Use:   "link-agent AGENT_ID",
		Short: "Link an ERC-8004 identity the wallet's L1 key controls to its agent operator",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseAgentID(args[0])
			if err != nil {
				return err
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.LinkAgent(ctx, id)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("linked identity %s to operator %s (L1 transaction %s)\n", id, c.Address(), r.Hash))
		},
	}, o)
}

func opStatusCmd() *cobra.Command {
	o := &walletOpts{}
	return walletCmd(&cobra.Command{
		Use:   "status [OWNER]",
		Short: "Show an operator (default: the wallet's): signer, kind, stake now and next epoch, unbonding, withdrawable, identity link, L2 voting power",
		Args:  cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			var owner common.Address
			if len(args) == 1 {
				if !common.IsHexAddress(args[0]) {
					return fmt.Errorf("OWNER %q is not an address (0x and 40 hex digits)", args[0])
				}
				owner = common.HexToAddress(args[0])
			}
			c, ctx, done, err := o.reader(cmd)
			if err != nil {
				return err
			}
			defer done()
			if owner == (common.Address{}) && c.Address() == (common.Address{}) {
				return fmt.Errorf("no wallet in %s: give the operator's OWNER address, or --wallet DIR", o.dir)
			}
			st, err := c.OperatorStatus(ctx, owner)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, st, operatorText(st))
		},
	}, o)
}

func operatorText(st *agent.OperatorStatus) string {
	var b strings.Builder
	if !st.Registered {
		fmt.Fprintf(&b, "%s: no operator registered (minimum stake %s ETH)\nRegister: mycel operator register --stake AMOUNT\n", st.Owner, agent.FormatWei(st.MinStake))
		return b.String()
	}
	fmt.Fprintf(&b, "operator %s (%s), signer %s\n", st.Owner, st.Kind, st.Signer)
	if st.Jailed {
		b.WriteString("  JAILED: slashed, out of the set for good\n")
	}
	if st.AgentID != nil && st.AgentID.Sign() > 0 {
		valid := "valid"
		if !st.AgentLinkValid {
			valid = "STALE: the owner no longer controls it"
		}
		fmt.Fprintf(&b, "  identity %s (%s)\n", st.AgentID, valid)
	}
	fmt.Fprintf(&b, "  bonded %s ETH; counted now (epoch %d) %s ETH, next epoch %s ETH\n", agent.FormatWei(st.Bonded), st.Epoch,
		agent.FormatWei(st.StakeNow), agent.FormatWei(st.StakeNext))
	if st.Unbonding.Sign() > 0 && st.UnbondingEnd != nil {
		fmt.Fprintf(&b, "  unbonding %s ETH until %s\n", agent.FormatWei(st.Unbonding), st.UnbondingEnd.Format(time.RFC3339))
	}
	if st.Withdrawable.Sign() > 0 {
		fmt.Fprintf(&b, "  withdrawable %s ETH: mycel operator withdraw\n", agent.FormatWei(st.Withdrawable))
	}
	if st.L2Power != nil {
		if *st.L2Power > 0 {
			fmt.Fprintf(&b, "  in the L2 validator set with power %d\n", *st.L2Power)
		} else {
			b.WriteString("  not in the L2 validator set (yet)\n")
		}
	}
	return b.String()
}
