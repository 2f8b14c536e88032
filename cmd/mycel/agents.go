package main

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/agent"
)

func newAgentsCmd() *cobra.Command {
	o := &walletOpts{}
	cmd := &cobra.Command{
		Use:   "agents",
		Short: "ERC-8004 agents on L1: register an identity, set its wallet, give feedback, list agents with their registration files, operators and reputation",
		Long: `Agents are ERC-8004 identities in the network's identity registry: a token
owned by the agent's L1 key whose agentURI points to its registration file
(JSON: name, services, trust models; 'mycel operator registration-file'
writes an operator's). The reputation registry holds feedback clients give
them.

  register    register an identity with its registration file's URL
  set-uri     point an identity at a new registration file
  set-wallet  make another key the identity's agentWallet (signed by that key)
  list        list agents: registration file (fetched over http(s)), operator, reputation
  show        one agent
  feedback    give an agent feedback
  reputation  an agent's feedback summary

The wallet, endpoints and passphrase are as for 'mycel wallet'; --json
everywhere.`,
	}
	o.addFlags(cmd.PersistentFlags())
	cmd.AddCommand(o.agentRegisterCmd(), o.agentSetURICmd(), o.agentSetWalletCmd(), o.agentsListCmd(), o.agentShowCmd(),
		o.agentFeedbackCmd(), o.agentReputationCmd())
	return cmd
}

func (o *walletOpts) agentRegisterCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "register URI",
		Short: "Register an ERC-8004 identity owned by the wallet's L1 key, its agentURI the URL of its registration file",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.RegisterAgent(ctx, args[0])
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("registered agent %s (%s) owned by %s, URI %s\nL1 transaction %s (block %d)\nList it in its registration file as {\"agentId\": %s, \"agentRegistry\": %q}\n",
				r.AgentID, r.Registry, r.Owner, r.URI, r.Hash, r.Block, r.AgentID, r.Registry))
		},
	}
}

func (o *walletOpts) agentSetURICmd() *cobra.Command {
	return &cobra.Command{
		Use:   "set-uri AGENT_ID URI",
		Short: "Point an identity the wallet's L1 key owns at a new registration file",
		Args:  cobra.ExactArgs(2),
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
			r, err := c.SetAgentURI(ctx, id, args[1])
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("agent %s now points at %s (L1 transaction %s)\n", id, args[1], r.Hash))
		},
	}
}

func (o *walletOpts) agentSetWalletCmd() *cobra.Command {
	var keyFile string
	cmd := &cobra.Command{
		Use:   "set-wallet AGENT_ID",
		Short: "Make the key in --wallet-key-file the identity's agentWallet: it signs its EIP-712 approval, the wallet's L1 key (the owner) sends it",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseAgentID(args[0])
			if err != nil {
				return err
			}
			if keyFile == "" {
				return fmt.Errorf("--wallet-key-file: give the file with the new agentWallet's secp256k1 key (hex): it signs its approval")
			}
			b, err := readHexKey(keyFile, "--wallet-key-file", 32)
			if err != nil {
				return err
			}
			wk, err := crypto.ToECDSA(b)
			if err != nil {
				return fmt.Errorf("--wallet-key-file: %w", err)
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.SetAgentWallet(ctx, id, wk)
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("agent %s's agentWallet is now %s (L1 transaction %s)\n", id, crypto.PubkeyToAddress(wk.PublicKey), r.Hash))
		},
	}
	cmd.Flags().StringVar(&keyFile, "wallet-key-file", "", "file with the new agentWallet's secp256k1 private key (hex)")
	return cmd
}

// reputationFlags are the flags that pick whose feedback counts.
type reputationFlags struct {
	clients    []string
	tag1, tag2 string
}

func (r *reputationFlags) add(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringSliceVar(&r.clients, "clients", nil, "reviewers whose feedback counts (addresses; default every client, which Sybil feedback can skew)")
	f.StringVar(&r.tag1, "tag1", "", "feedback tag1 that counts (empty: any)")
	f.StringVar(&r.tag2, "tag2", "", "feedback tag2 that counts (empty: any)")
}

func (o *walletOpts) agentsListCmd() *cobra.Command {
	var after string
	var limit int
	var fromBlock uint64
	var noFetch bool
	var rf reputationFlags
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the registry's agents: owner, URI, registration file (fetched over http(s) only, at most 64 KiB), linked operator, reputation",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			opts := agent.DiscoverOptions{Limit: limit, FromBlock: fromBlock, NoFetch: noFetch, Tag1: rf.tag1, Tag2: rf.tag2}
			var err error
			if after != "" {
				if opts.After, err = parseAgentID(after); err != nil {
					return fmt.Errorf("--after: %w", err)
				}
			}
			if opts.ReputationClients, err = parseAddresses("--clients", rf.clients); err != nil {
				return err
			}
			c, ctx, done, err := o.reader(cmd)
			if err != nil {
				return err
			}
			defer done()
			page, err := c.Agents(ctx, opts)
			if err != nil {
				return withFlags(err)
			}
			if page.Agents == nil {
				page.Agents = []agent.AgentListing{}
			}
			var b strings.Builder
			if len(page.Agents) == 0 {
				b.WriteString("no agents registered yet (mycel agents register URI)\n")
			}
			for i := range page.Agents {
				b.WriteString(agentText(&page.Agents[i]))
			}
			if page.Next != nil {
				fmt.Fprintf(&b, "more: --after %s\n", page.Next)
			}
			return o.print(cmd, page, b.String())
		},
	}
	f := cmd.Flags()
	f.StringVar(&after, "after", "", "list agents with ids above this one (paging)")
	f.IntVar(&limit, "limit", agent.DefaultDiscoverLimit, "agents per page")
	f.Uint64Var(&fromBlock, "from-block", 0, "first L1 block to scan for registrations (the registry's deployment block on a long chain)")
	f.BoolVar(&noFetch, "no-fetch", false, "do not fetch the registration files")
	rf.add(cmd)
	return cmd
}

func agentText(l *agent.AgentListing) string {
	var b strings.Builder
	fmt.Fprintf(&b, "agent %s owned by %s", l.AgentID, l.Owner)
	if l.Wallet != (common.Address{}) && l.Wallet != l.Owner {
		fmt.Fprintf(&b, ", agentWallet %s", l.Wallet)
	}
	fmt.Fprintf(&b, "\n  URI %s\n", l.URI)
	switch {
	case l.Registration != nil:
		verified := "lists this identity"
		if !l.RegistrationVerified {
			verified = "does NOT list this identity"
		}
		var svc []string
		for _, s := range l.Registration.Services {
			svc = append(svc, s.Name+" "+s.Endpoint)
		}
		fmt.Fprintf(&b, "  %q (%s): %s\n", l.Registration.Name, verified, l.Registration.Description)
		if len(svc) > 0 {
			fmt.Fprintf(&b, "  services: %s\n", strings.Join(svc, ", "))
		}
	case l.RegistrationError != "":
		fmt.Fprintf(&b, "  registration file: %s\n", l.RegistrationError)
	}
	if op := l.Operator; op != nil {
		fmt.Fprintf(&b, "  operator %s (signer %s): %s ETH bonded", op.Owner, op.Signer, agent.FormatWei(op.Bonded))
		if !op.AgentLinkValid {
			b.WriteString(", link STALE")
		}
		if op.Jailed {
			b.WriteString(", JAILED")
		}
		b.WriteString("\n")
	}
	if r := l.Reputation; r != nil && r.Count == 0 {
		b.WriteString("  reputation: no feedback yet\n")
	} else if r != nil {
		who := fmt.Sprintf("%d reviewer(s)", len(r.Clients))
		if r.AllClients {
			who = fmt.Sprintf("all %d reviewer(s)", len(r.Clients))
		}
		fmt.Fprintf(&b, "  reputation %s from %d feedback(s) of %s\n", r, r.Count, who)
	}
	return b.String()
}

func (o *walletOpts) agentShowCmd() *cobra.Command {
	var rf reputationFlags
	cmd := &cobra.Command{
		Use:   "show AGENT_ID",
		Short: "Show one agent as agents list does",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseAgentID(args[0])
			if err != nil {
				return err
			}
			clients, err := parseAddresses("--clients", rf.clients)
			if err != nil {
				return err
			}
			c, ctx, done, err := o.reader(cmd)
			if err != nil {
				return err
			}
			defer done()
			page, err := c.Agents(ctx, agent.DiscoverOptions{After: new(big.Int).Sub(id, big.NewInt(1)), Limit: 1,
				ReputationClients: clients, Tag1: rf.tag1, Tag2: rf.tag2})
			if err != nil {
				return withFlags(err)
			}
			if len(page.Agents) == 0 || page.Agents[0].AgentID.Cmp(id) != 0 {
				return fmt.Errorf("no agent %s in the identity registry (mycel agents list)", id)
			}
			return o.print(cmd, page.Agents[0], agentText(&page.Agents[0]))
		},
	}
	rf.add(cmd)
	return cmd
}

func (o *walletOpts) agentFeedbackCmd() *cobra.Command {
	var tag1, tag2, endpoint, uri string
	cmd := &cobra.Command{
		Use:   "feedback AGENT_ID VALUE",
		Short: "Give an agent feedback from the wallet's L1 key: VALUE a decimal (e.g. 97.5), with optional tags",
		Args:  cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseAgentID(args[0])
			if err != nil {
				return err
			}
			v, d, err := agent.ParseFixed(args[1])
			if err != nil {
				return err
			}
			c, ctx, done, err := o.sender(cmd)
			if err != nil {
				return err
			}
			defer done()
			r, err := c.GiveFeedback(ctx, id, agent.Feedback{Value: v, Decimals: d, Tag1: tag1, Tag2: tag2, Endpoint: endpoint, FeedbackURI: uri})
			if err != nil {
				return withFlags(err)
			}
			return o.print(cmd, r, fmt.Sprintf("feedback %d of %s on agent %s: %s (L1 transaction %s)\n", r.Index, r.Client, id, agent.FormatFixed(v, d), r.Hash))
		},
	}
	f := cmd.Flags()
	f.StringVar(&tag1, "tag1", "", "tag1 (e.g. uptime)")
	f.StringVar(&tag2, "tag2", "", "tag2")
	f.StringVar(&endpoint, "endpoint", "", "the agent endpoint the feedback is about")
	f.StringVar(&uri, "feedback-uri", "", "URI of a feedback file")
	return cmd
}

func (o *walletOpts) agentReputationCmd() *cobra.Command {
	var rf reputationFlags
	cmd := &cobra.Command{
		Use:   "reputation AGENT_ID",
		Short: "An agent's feedback summary: count and mean of the feedback of --clients (default all) with the tags",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id, err := parseAgentID(args[0])
			if err != nil {
				return err
			}
			clients, err := parseAddresses("--clients", rf.clients)
			if err != nil {
				return err
			}
			c, ctx, done, err := o.reader(cmd)
			if err != nil {
				return err
			}
			defer done()
			s, err := c.Reputation(ctx, id, clients, rf.tag1, rf.tag2)
			if err != nil {
				return withFlags(err)
			}
			note := ""
			if s.AllClients {
				note = " (every reviewer: name the ones you trust with --clients)"
			}
			return o.print(cmd, s, fmt.Sprintf("agent %s: %s from %d feedback(s) of %d reviewer(s)%s\n", id, s, s.Count, len(s.Clients), note))
		},
	}
	rf.add(cmd)
	return cmd
}
