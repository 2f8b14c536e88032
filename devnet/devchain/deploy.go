package devchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
)

// ErrNotDeployed is returned by the methods that need the contracts before
// Deploy ran.
var ErrNotDeployed = errors.New("devchain: contracts not deployed (call Deploy first)")

// deploymentFile is Dir/deployment.json.
type deploymentFile struct {
	Genesis    common.Hash          `json:"genesis"` // the chain it belongs to
	Block      uint64               `json:"block"`   // the block of the first deployment transaction
	Deployment contracts.Deployment `json:"deployment"`
	Config     contracts.Config     `json:"config"`
}

// DevnetContractsConfig returns contracts.DefaultConfig with devnet
// timings: 10 s epochs, a 30 s unbonding delay, a 10 min deposit deadline,
// a 30 min proof window, a 2 h escape period and a 32 ETH minimum stake.
// Verifier stays zero: set DevBatchVerifier (the INSECURE dev keys'
// verifier), InsecureTestVerifier (accepts any proof), or Verifier.
func DevnetContractsConfig() contracts.Config {
	c := contracts.DefaultConfig()
	c.EpochDuration = 10
	c.UnbondingDelay = 30
	c.DepositDeadline = 10 * 60
	c.ProofWindow = 30 * 60
	c.EscapePeriod = 2 * 3600
	c.MinStake = new(big.Int).Mul(big.NewInt(32), big.NewInt(1e18))
	return c
}

// Deploy deploys the contract set with the first dev key (contracts.DeployAll)
// and records it, in Dir/deployment.json when the chain has a directory. On a
// chain that already has a deployment (resumed, or Deploy called before) it
// returns that one and deploys nothing, whatever cfg says.
func (c *Chain) Deploy(ctx context.Context, cfg contracts.Config) (*contracts.Deployment, error) {
	c.deployMu.Lock()
	defer c.deployMu.Unlock()
	if d, block, ok := c.Deployment(); ok {
		c.log.Info("devchain: contracts already deployed", "staking", d.Staking, "rollup", d.Rollup, "block", block)
		return d, nil
	}
	deployer := c.keys[0]
	from := crypto.PubkeyToAddress(deployer.PublicKey)
	unlock := c.lockSender(from)
	defer unlock()

	start, err := c.client.BlockNumber(ctx)
	if err != nil {
		return nil, fmt.Errorf("devchain: deploy: head: %w", err)
	}
	auth := bind.NewKeyedTransactor(deployer, c.chainID)
	auth.Context = ctx
	// mine is nil: the transactions go out back to back and the sealing
	// loop includes them; DeployAll waits for their receipts.
	d, err := contracts.DeployAll(ctx, c.client, auth, cfg, nil)
	if err != nil {
		return nil, wrapRevert("devchain: deploy", err)
	}
	block, err := c.firstCreation(ctx, from, start+1)
	if err != nil {
		return nil, err
	}
	f := &deploymentFile{Genesis: c.genesis, Block: block, Deployment: *d, Config: cfg}
	if c.cfg.Dir != "" {
		if err := writeJSON(filepath.Join(c.cfg.Dir, deploymentName), f); err != nil {
			return nil, err
		}
	}
	c.mu.Lock()
	c.dep = f
	c.mu.Unlock()
	c.log.Info("devchain: contracts deployed", "block", block, "staking", d.Staking, "rollup", d.Rollup,
		"identity", d.Identity, "slasher", d.Slasher, "reward_pool", d.RewardPool, "verifier", d.Verifier)
	out := *d
	return &out, nil
}

// Deployment returns the recorded deployment, the block of its first
// transaction (where an event scan may start) and whether there is one.
func (c *Chain) Deployment() (*contracts.Deployment, uint64, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dep == nil {
		return nil, 0, false
	}
	d := c.dep.Deployment
	return &d, c.dep.Block, true
}

// ContractsConfig returns the configuration the recorded deployment was
// made with, and whether there is one.
func (c *Chain) ContractsConfig() (contracts.Config, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dep == nil {
		return contracts.Config{}, false
	}
	return c.dep.Config, true
}

// deployment returns the recorded deployment or ErrNotDeployed.
func (c *Chain) deployment() (contracts.Deployment, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.dep == nil {
		return contracts.Deployment{}, ErrNotDeployed
	}
	return c.dep.Deployment, nil
}

// firstCreation returns the first block from `from` on that holds a
// contract creation sent by deployer.
func (c *Chain) firstCreation(ctx context.Context, deployer common.Address, from uint64) (uint64, error) {
	head, err := c.client.BlockNumber(ctx)
	if err != nil {
		return 0, fmt.Errorf("devchain: deploy: head: %w", err)
	}
	signer := types.LatestSignerForChainID(c.chainID)
	for n := from; n <= head; n++ {
		b, err := c.client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			return 0, fmt.Errorf("devchain: deploy: block %d: %w", n, err)
		}
		for _, tx := range b.Transactions() {
			if tx.To() != nil {
				continue
			}
			if s, err := types.Sender(signer, tx); err == nil && s == deployer {
				return n, nil
			}
		}
	}
	return 0, fmt.Errorf("devchain: deploy: no contract creation by %s in blocks %d..%d", deployer, from, head)
}

// readDeployment reads Dir/deployment.json; nil if there is none.
func readDeployment(dir string) (*deploymentFile, error) {
	var f deploymentFile
	ok, err := readJSON(filepath.Join(dir, deploymentName), &f)
	if !ok || err != nil {
		return nil, err
	}
	return &f, nil
}
