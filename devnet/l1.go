package devnet

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/devnet/devchain"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// L1Config parameterises the devnet's in-process Ethereum dev chain.
type L1Config struct {
	// Enabled runs the chain as a rollup on an in-process L1.
	Enabled bool
	// HTTPAddr is the L1 JSON-RPC listener (default 127.0.0.1:8545).
	HTTPAddr string
	// PrivateNetwork lets HTTPAddr be a private address (a container
	// network; devchain.Config.PrivateNetwork).
	PrivateNetwork bool
	// BlockPeriod is the L1 block time (default 1 s).
	BlockPeriod time.Duration
	// Stake is each operator's bond (default 32 ETH).
	Stake *big.Int
	// BatchSlots, BatchMaxBlocks and BatchMaxAge are the batch rules.
	// BatchSlots must match the prover's circuit (8 or 64 with the dev
	// verifiers: BatchVerifier.sol, BatchVerifier64.sol).
	BatchSlots     int
	BatchMaxBlocks uint64
	BatchMaxAge    time.Duration
	// Prover runs the proving service on the first validator, with the
	// INSECURE deterministic dev keys (created on first use, cached in its
	// home). The dev verifier is for 8 slots at depth 24.
	Prover bool
	// Verifier picks the L1 verifier: "batch" (the dev keys' verifier, for
	// real proofs) or "test" (the contracts' test verifier: no batch proof
	// will verify; commits still work).
	Verifier string
	// VerifierBin, if set, is the creation bytecode of the verifier to
	// deploy instead (another circuit's exported verifier, e.g. 64 slots),
	// and ProverKeys the directory of that circuit's proving keys, linked
	// as node0's prover-keys.
	VerifierBin []byte
	ProverKeys  string
	// ProofGather is node0's l1.proof_gather: how long its ready proofs
	// wait for the next batches' proofs to share one proveBatches
	// transaction (0: each goes out when ready; ADR 025).
	ProofGather time.Duration
	// CommitGather is every node's l1.commit_gather: how long a due batch
	// waits for the next certified batches to share its commitBatches
	// (0: posted at once). The devnet's poster fallback is 10 s, or
	// CommitGather plus 10 s when the gather is longer.
	CommitGather time.Duration
	// CommitsPerTx and ProofsPerTx are every node's l1.commits_per_tx and
	// l1.proofs_per_tx: the longest commitBatches and proveBatches runs
	// (0: the node defaults).
	CommitsPerTx, ProofsPerTx int
	// BLSCertificates deploys the Rollup with the BLSRegistry as its
	// certifier (ADR 031): each operator registers its node's BLS key,
	// attestations carry BLS signatures, and posters commit batches under
	// one aggregate signature and a bitmap instead of a signature per
	// signer.
	BLSCertificates bool
	// EscapePeriod, ProofWindow and DepositDeadline are the Rollup's
	// windows, in whole seconds, fixed at deployment: how long L1 waits
	// without a finalized batch before the escape hatch may open, how long
	// a committed batch may wait for its proof before anyone can revert
	// it, and how long a deposit may wait before every batch must include
	// it. EscapePeriod must exceed ProofWindow. Zero means the devnet
	// default (devchain.DevnetContractsConfig: 2 h, 30 min, 10 min); short
	// windows are for tests of the escape hatch and the deadlines.
	EscapePeriod    time.Duration
	ProofWindow     time.Duration
	DepositDeadline time.Duration
}

// DefaultL1Config is the `mycel devnet` default: L1 on 127.0.0.1:8545 with
// 1-second blocks, batches of 8 slots closed within 2 seconds, a prover,
// and the Rollup windows of devchain.DevnetContractsConfig.
func DefaultL1Config() L1Config {
	cc := devchain.DevnetContractsConfig()
	return L1Config{Enabled: true, HTTPAddr: "127.0.0.1:8545", BlockPeriod: time.Second,
		Stake: new(big.Int).Mul(big.NewInt(32), big.NewInt(1e18)), BatchSlots: 8, BatchMaxBlocks: 64,
		BatchMaxAge: 2 * time.Second, Prover: true, Verifier: "batch",
		EscapePeriod:    time.Duration(cc.EscapePeriod) * time.Second,
		ProofWindow:     time.Duration(cc.ProofWindow) * time.Second,
		DepositDeadline: time.Duration(cc.DepositDeadline) * time.Second}
}

// contractsConfig is devchain.DevnetContractsConfig with the Rollup windows
// of c (those that are set).
func (c L1Config) contractsConfig() contracts.Config {
	cc := devchain.DevnetContractsConfig()
	for _, w := range []struct {
		d   time.Duration
		dst *uint64
	}{{c.EscapePeriod, &cc.EscapePeriod}, {c.ProofWindow, &cc.ProofWindow}, {c.DepositDeadline, &cc.DepositDeadline}} {
		if w.d != 0 {
			*w.dst = uint64(w.d / time.Second)
		}
	}
	return cc
}

// validateWindows checks the Rollup windows of a new devnet, naming the
// `mycel devnet` flags.
func (c L1Config) validate(depth int) error {
	var errs []error
	if c.Verifier != "test" && len(c.VerifierBin) == 0 && !contracts.HasDevBatchVerifier(c.BatchSlots, depth) {
		errs = append(errs, fmt.Errorf("devnet: --batch-slots %d at tree depth %d: the devnet has dev verifiers for 8 and 64 slots at depth %d only",
			c.BatchSlots, depth, ledger.DefaultDepth))
	}
	for _, w := range []struct {
		flag string
		d    time.Duration
	}{{"--escape-period", c.EscapePeriod}, {"--proof-window", c.ProofWindow}, {"--deposit-deadline", c.DepositDeadline}} {
		if w.d < 0 || w.d%time.Second != 0 {
			errs = append(errs, fmt.Errorf("devnet: %s %v must be a positive whole number of seconds", w.flag, w.d))
		}
	}
	if c.CommitGather < 0 || c.ProofGather < 0 {
		errs = append(errs, fmt.Errorf("devnet: --commit-gather %v and --proof-gather %v must not be negative", c.CommitGather, c.ProofGather))
	}
	if c.CommitsPerTx < 0 || c.ProofsPerTx < 0 || c.CommitsPerTx > l1.MaxCommitsPerTx || c.ProofsPerTx > l1.MaxProofsPerTx {
		errs = append(errs, fmt.Errorf("devnet: --batches-per-tx: commits %d, proofs %d: must be in 1..%d and 1..%d (0: the node's default)",
			c.CommitsPerTx, c.ProofsPerTx, l1.MaxCommitsPerTx, l1.MaxProofsPerTx))
	}
	if errs != nil {
		return errors.Join(errs...)
	}
	if cc := c.contractsConfig(); cc.EscapePeriod <= cc.ProofWindow {
		return fmt.Errorf("devnet: --escape-period %v must exceed --proof-window %v (the Rollup's constructor requires it)",
			time.Duration(cc.EscapePeriod)*time.Second, time.Duration(cc.ProofWindow)*time.Second)
	}
	return nil
}

// L1Info is what a devnet user needs about the L1 side.
type L1Info struct {
	URL        string                `json:"url"`
	ChainID    uint64                `json:"chain_id"`
	Deployment *contracts.Deployment `json:"deployment"`
	Operators  []OperatorInfo        `json:"operators"`
	// DevAccounts are funded L1 dev accounts that no operator uses, with
	// their keys (public: dev chain only), for the devnet's users
	// (`mycel wallet new --devnet-account N`).
	DevAccounts []DevAccount `json:"dev_accounts,omitempty"`
}

// DevAccount is a funded L1 dev account and its (public, insecure) key.
type DevAccount struct {
	Address common.Address `json:"address"`
	Key     hexutil.Bytes  `json:"key"`
}

// OperatorInfo is one registered operator.
type OperatorInfo struct {
	Node    string `json:"node"`
	Owner   string `json:"owner"`
	Signer  string `json:"signer"`
	Kind    string `json:"kind"`
	AgentID string `json:"agent_id,omitempty"`
}

// l1Setup returns the node.InitOptions.L1 hook of a new devnet: deploy the
// contracts for the L2 genesis, register and stake one operator per
// validator (the first half humans, the rest ERC-8004 agents), wait until
// the stake counts, and return the genesis L1 parameters.
func l1Setup(ctx context.Context, chain *devchain.Chain, cfg L1Config, info *L1Info, staked int, log *slog.Logger) func([]node.ValidatorKey, *ledger.Genesis) (*consensus.L1Params, error) {
	return func(vals []node.ValidatorKey, g *ledger.Genesis) (*consensus.L1Params, error) {
		s, err := ledger.Open("", g, ledger.Options{InMemory: true})
		if err != nil {
			return nil, err
		}
		root := s.Root()
		s.Close()
		cc := cfg.contractsConfig()
		cc.BLSCertificates = cfg.BLSCertificates
		cc.L2ChainID, cc.GenesisRoot, cc.TreeDepth = g.ChainID, common.Hash(root), uint8(g.Depth)
		cc.GenesisKeys, cc.GenesisSupply = g.Keys(), g.Supply()
		if len(cfg.VerifierBin) == 0 {
			// Both are insecure, and said so: the dev keys' toxic waste is
			// public; the test verifier accepts any proof.
			cc.DevBatchVerifier = cfg.Verifier != "test"
			cc.InsecureTestVerifier = cfg.Verifier == "test"
			if cc.DevBatchVerifier {
				cc.DevBatchSlots = cfg.BatchSlots
			}
			which := fmt.Sprintf("BatchVerifier of the %d-slot dev keys (their toxic waste is public)", cfg.BatchSlots)
			if cc.InsecureTestVerifier {
				which = "TestVerifier (accepts any proof)"
			}
			log.Warn("devnet: the L1 verifier is INSECURE, for devnets only", "verifier", which)
		}
		if len(cfg.VerifierBin) > 0 {
			auth := bind.NewKeyedTransactor(chain.DevKeys()[0], chain.ChainID())
			auth.Context, auth.GasLimit = ctx, 8_000_000
			addr, tx, err := bind.DeployContract(auth, cfg.VerifierBin, chain.Client(), nil)
			if err != nil {
				return nil, fmt.Errorf("deploy the verifier: %w", err)
			}
			if _, err := bind.WaitMined(ctx, chain.Client(), tx.Hash()); err != nil {
				return nil, fmt.Errorf("deploy the verifier: %w", err)
			}
			cc.Verifier = addr
		}
		dep, err := chain.Deploy(ctx, cc)
		if err != nil {
			return nil, err
		}
		_, deployBlock, _ := chain.Deployment()
		// Fund the reward pool: finalized batches pay their signers from it.
		if err := chain.Fund(ctx, dep.RewardPool, new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))); err != nil {
			return nil, fmt.Errorf("fund the reward pool: %w", err)
		}
		info.Deployment = dep
		keys := chain.DevKeys()
		if len(keys) < len(vals)+1 {
			return nil, fmt.Errorf("devnet: %d dev accounts for %d operators", len(keys), len(vals))
		}
		// The last three (as PrintSummary lists) are the users'.
		for _, k := range keys[max(len(keys)-3, len(vals)+1):] {
			info.DevAccounts = append(info.DevAccounts, DevAccount{Address: crypto.PubkeyToAddress(k.PublicKey), Key: crypto.FromECDSA(k)})
		}
		p := &consensus.L1Params{
			ChainID: chain.ChainID().Uint64(), Rollup: dep.Rollup, StakingRegistry: dep.Staking, Slasher: dep.Slasher, RewardPool: dep.RewardPool,
			NodeBounty: dep.NodeBounty, Reputation: dep.Reputation, Identity: dep.Identity,
			DeployBlock: deployBlock, EpochDuration: cc.EpochDuration, RefDepth: 1,
			BatchSlots: cfg.BatchSlots, BatchMaxBlocks: cfg.BatchMaxBlocks, BatchMaxAgeMs: uint64(cfg.BatchMaxAge.Milliseconds()),
		}
		if cfg.BLSCertificates {
			p.BLSRegistry = dep.BLS
		}
		for i, v := range vals {
			ck, err := node.ConsensusKey(v.Home)
			if err != nil {
				return nil, err
			}
			owner := keys[1+i]
			if i >= staked {
				// A standby validator: its owner key pays its L1
				// transactions once it stakes.
				if err := os.WriteFile(filepath.Join(v.Home, "l1_key.hex"), []byte(hex.EncodeToString(crypto.FromECDSA(owner))+"\n"), 0o600); err != nil {
					return nil, err
				}
				info.Operators = append(info.Operators, OperatorInfo{Node: v.Moniker, Owner: crypto.PubkeyToAddress(owner.PublicKey).Hex(),
					Signer: consensus.SignerOf(v.PubKey).Hex(), Kind: "standby"})
				continue
			}
			agent := i >= (staked+1)/2
			op, err := chain.RegisterOperator(ctx, owner, ck, agent, fmt.Sprintf("https://agents.mycel.example/%s.json", v.Moniker), cfg.Stake)
			if err != nil {
				return nil, fmt.Errorf("register %s: %w", v.Moniker, err)
			}
			// The owner pays the node's L1 transactions.
			if err := os.WriteFile(filepath.Join(v.Home, "l1_key.hex"), []byte(hex.EncodeToString(crypto.FromECDSA(owner))+"\n"), 0o600); err != nil {
				return nil, err
			}
			if cfg.BLSCertificates {
				bk, err := node.BLSKey(v.Home)
				if err != nil {
					return nil, err
				}
				if err := chain.RegisterBLSKey(ctx, owner, bk); err != nil {
					return nil, fmt.Errorf("register %s's BLS key: %w", v.Moniker, err)
				}
			}
			oi := OperatorInfo{Node: v.Moniker, Owner: op.Owner.Hex(), Signer: op.Signer.Hex(), Kind: op.Kind.String()}
			if op.AgentID != nil && op.AgentID.Sign() > 0 {
				oi.AgentID = op.AgentID.String()
			}
			info.Operators = append(info.Operators, oi)
			p.Operators = append(p.Operators, consensus.GenesisOperator{PubKey: v.PubKey,
				Stake: []consensus.StakePoint{{Epoch: 0, Bonded: (*hexutil.Big)(cfg.Stake)}}})
			log.Info("devnet: operator registered", "node", v.Moniker, "kind", oi.Kind, "signer", oi.Signer)
		}
		// Stake counts from the epoch after registration.
		e, err := chain.CurrentEpoch(ctx)
		if err != nil {
			return nil, err
		}
		log.Info("devnet: waiting for the stake to count", "epoch", e+1)
		if err := chain.WaitForEpoch(ctx, e+1); err != nil {
			return nil, err
		}
		reg := bindings.NewStakingRegistry()
		out, err := chain.Client().CallContract(ctx, ethereum.CallMsg{To: &dep.Staking, Data: reg.PackGenesisTime()}, nil)
		if err != nil {
			return nil, err
		}
		if p.EpochGenesisTime, err = reg.UnpackGenesisTime(out); err != nil {
			return nil, err
		}
		// The start reference (RefDepth below the head) must be in an
		// epoch where the stake counts.
		for {
			head, err := chain.Client().BlockNumber(ctx)
			if err != nil {
				return nil, err
			}
			ref := head - p.RefDepth
			h, err := chain.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(ref))
			if err != nil {
				return nil, err
			}
			if p.Epoch(h.Time) >= e+1 {
				p.StartRef = consensus.L1Anchor{Number: ref, Hash: h.Hash(), Time: h.Time}
				break
			}
			select {
			case <-ctx.Done():
				return nil, ctx.Err()
			case <-time.After(chain.BlockPeriod() / 2):
			}
		}
		return p, nil
	}
}

// posterFallback is the devnet's l1.poster_fallback: 10 s, or the commit
// gather plus 10 s when the gather is that long (a node refuses a gather
// that is not below its fallback).
func posterFallback(gather time.Duration) time.Duration {
	const fallback = 10 * time.Second
	if gather >= fallback {
		return gather + fallback
	}
	return fallback
}

// configureL1 points each validator at the L1 chain; the first one runs
// the prover.
func configureL1(homes []string, url string, cfg L1Config) error {
	for i, home := range homes {
		c, err := node.LoadConfig(home, nil, nil)
		if err != nil {
			return err
		}
		c.L1.RPC = url
		c.L1.Confirmations = 1
		c.L1.TxKeyFile = "l1_key.hex"
		c.L1.PosterFallback = node.Duration(posterFallback(cfg.CommitGather))
		c.L1.ProofGather = node.Duration(cfg.ProofGather)
		c.L1.CommitGather = node.Duration(cfg.CommitGather)
		if cfg.CommitsPerTx > 0 {
			c.L1.CommitsPerTx = cfg.CommitsPerTx
		}
		if cfg.ProofsPerTx > 0 {
			c.L1.ProofsPerTx = cfg.ProofsPerTx
		}
		c.Prover.Enabled = cfg.Prover && i == 0
		c.Prover.DevSetup = true
		if c.Prover.Enabled && cfg.ProverKeys != "" {
			abs, err := filepath.Abs(cfg.ProverKeys)
			if err != nil {
				return err
			}
			if err := os.Symlink(abs, c.Path(c.Prover.KeysDir)); err != nil {
				return err
			}
		}
		if err := c.Write(); err != nil {
			return err
		}
	}
	return nil
}
