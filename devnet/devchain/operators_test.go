package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
)

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func consensusKey(t *testing.T, i int) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("devchain test consensus key"), []byte{byte(i)}))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

type testOperator struct {
	owner *ecdsa.PrivateKey
	key   *ecdsa.PrivateKey
	agent bool
	stake *big.Int
}

func (o testOperator) register(ctx context.Context, c *Chain) (*Operator, error) {
	uri := ""
	if o.agent {
		uri = "https://agents.example/" + crypto.PubkeyToAddress(o.key.PublicKey).Hex() + ".json"
	}
	return c.RegisterOperator(ctx, o.owner, o.key, o.agent, uri, o.stake)
}

func nonceOf(t *testing.T, ctx context.Context, c *Chain, k *ecdsa.PrivateKey) uint64 {
	t.Helper()
	n, err := c.Client().NonceAt(ctx, crypto.PubkeyToAddress(k.PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestDeployRegisterResume deploys the contracts, registers two human and
// two agent operators, waits for their stake to count, changes stake, then
// stops the chain and resumes it from its directory.
func TestDeployRegisterResume(t *testing.T) {
	dir := t.TempDir()
	ctx := testCtx(t)
	c := startChain(t, testConfig(dir))
	keys := c.DevKeys()

	if _, _, ok := c.Deployment(); ok {
		t.Fatal("deployment before Deploy")
	}
	if _, err := c.RegisterOperator(ctx, keys[1], consensusKey(t, 1), false, "", ether(32)); !errors.Is(err, ErrNotDeployed) {
		t.Fatalf("register before deploy: %v", err)
	}
	cfg := DevnetContractsConfig()
	cfg.InsecureTestVerifier = true
	d, err := c.Deploy(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	got, block, ok := c.Deployment()
	if !ok || *got != *d || block == 0 {
		t.Fatalf("Deployment() = %+v, %d, %v", got, block, ok)
	}
	for name, a := range map[string]common.Address{"identity": d.Identity, "verifier": d.Verifier, "staking": d.Staking,
		"rollup": d.Rollup, "slasher": d.Slasher, "pool": d.RewardPool} {
		if code, err := c.Client().CodeAt(ctx, a, nil); err != nil || len(code) == 0 {
			t.Fatalf("%s at %s: no code (%v)", name, a, err)
		}
	}
	// The recorded block holds the first deployment transaction: the
	// identity registry has no code before it.
	if code, err := c.Client().CodeAt(ctx, d.Identity, new(big.Int).SetUint64(block-1)); err != nil || len(code) != 0 {
		t.Fatalf("identity registry before block %d: %d bytes, %v", block, len(code), err)
	}
	deployerNonce := nonceOf(t, ctx, c, keys[0])
	if again, err := c.Deploy(ctx, cfg); err != nil || *again != *d || nonceOf(t, ctx, c, keys[0]) != deployerNonce {
		t.Fatalf("second Deploy: %+v, %v (redeployed?)", again, err)
	}

	ops := []testOperator{
		{keys[1], consensusKey(t, 1), false, ether(32)},
		{keys[2], consensusKey(t, 2), false, ether(40)},
		{keys[3], consensusKey(t, 3), true, ether(33)},
		{keys[4], consensusKey(t, 4), true, ether(50)},
	}
	regs := make([]*Operator, len(ops))
	errs := make([]error, len(ops))
	var wg sync.WaitGroup
	for i, o := range ops { // concurrently: distinct owners need no ordering
		wg.Go(func() { regs[i], errs[i] = o.register(ctx, c) })
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	identity, staking := c.identity, c.staking
	agentIDs := map[string]bool{}
	for i, r := range regs {
		o := ops[i]
		if r.Owner != crypto.PubkeyToAddress(o.owner.PublicKey) || r.Signer != crypto.PubkeyToAddress(o.key.PublicKey) ||
			r.Stake.Cmp(o.stake) != 0 || (r.Kind == Agent) != o.agent {
			t.Fatalf("operator %d: %+v", i, r)
		}
		if !o.agent {
			if r.AgentID.Sign() != 0 {
				t.Fatalf("human %d has agent id %v", i, r.AgentID)
			}
			continue
		}
		if r.AgentID.Sign() == 0 || agentIDs[r.AgentID.String()] {
			t.Fatalf("agent %d: identity id %v", i, r.AgentID)
		}
		agentIDs[r.AgentID.String()] = true
		if owner, err := call(ctx, c, d.Identity, identity.PackOwnerOf(r.AgentID), identity.UnpackOwnerOf); err != nil || owner != r.Owner {
			t.Fatalf("agent %d: identity %v owned by %s, %v", i, r.AgentID, owner, err)
		}
		if linked, err := call(ctx, c, d.Staking, staking.PackAgentOperator(r.AgentID), staking.UnpackAgentOperator); err != nil || linked != r.Owner {
			t.Fatalf("agent %d: identity %v linked to %s, %v", i, r.AgentID, linked, err)
		}
		if uri, err := call(ctx, c, d.Identity, identity.PackTokenURI(r.AgentID), identity.UnpackTokenURI); err != nil || uri == "" {
			t.Fatalf("agent %d: uri %q, %v", i, uri, err)
		}
	}

	// Stake registered in epoch e counts from e+1.
	e, err := c.CurrentEpoch(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.WaitForEpoch(ctx, e+1); err != nil {
		t.Fatal(err)
	}
	sum := new(big.Int)
	for i, r := range regs {
		s, err := c.StakeOf(ctx, r.Signer)
		if err != nil || s.Cmp(ops[i].stake) != 0 {
			t.Fatalf("stakeOf(%s) = %v, %v; want %v", r.Signer, s, err, ops[i].stake)
		}
		sum.Add(sum, s)
	}
	if total, err := c.TotalStake(ctx); err != nil || total.Cmp(sum) != 0 {
		t.Fatalf("totalStake = %v, %v; want %v", total, err, sum)
	}

	// Registering again is a no-op; another key for the same owner is refused.
	n1 := nonceOf(t, ctx, c, keys[3])
	if again, err := ops[2].register(ctx, c); err != nil || again.Signer != regs[2].Signer || again.AgentID.Cmp(regs[2].AgentID) != 0 ||
		nonceOf(t, ctx, c, keys[3]) != n1 {
		t.Fatalf("register again: %+v, %v", again, err)
	}
	if _, err := c.RegisterOperator(ctx, keys[1], consensusKey(t, 9), false, "", ether(32)); !errors.Is(err, ErrOperatorMismatch) {
		t.Fatalf("register with another key: %v", err)
	}
	// A revert is reported with its name.
	if _, err := c.RegisterOperator(ctx, keys[5], consensusKey(t, 5), false, "", ether(1)); err == nil ||
		contracts.RevertName(err) != "BelowMinimumStake" {
		t.Fatalf("register below the minimum: %v", err)
	}

	// Stake changes.
	if err := c.AddStake(ctx, ops[0].owner, ether(1)); err != nil {
		t.Fatal(err)
	}
	if err := c.RequestUnbond(ctx, ops[1].owner, ether(8)); err != nil {
		t.Fatal(err)
	}
	for i, want := range map[int]*big.Int{0: ether(33), 1: ether(32)} {
		if op, err := c.Operator(ctx, regs[i].Owner); err != nil || op.Stake.Cmp(want) != 0 {
			t.Fatalf("operator %d after stake change: %+v, %v", i, op, err)
		}
	}
	if _, err := c.Operator(ctx, crypto.PubkeyToAddress(keys[6].PublicKey)); !errors.Is(err, ErrNotRegistered) {
		t.Fatalf("Operator of a non-operator: %v", err)
	}

	// Stop (twice), then resume from the directory.
	head, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := c.Stop(context.Background()); err != nil {
		t.Fatalf("second stop: %v", err)
	}
	for _, f := range []string{settingsName, deploymentName} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatal(err)
		}
	}
	c2 := startChain(t, testConfig(dir))
	head2, err := c2.Client().BlockNumber(ctx)
	if err != nil || head2 < head {
		t.Fatalf("resumed head %d (was %d), %v", head2, head, err)
	}
	got2, block2, ok := c2.Deployment()
	if !ok || *got2 != *d || block2 != block {
		t.Fatalf("resumed deployment %+v at %d, %v; want %+v at %d", got2, block2, ok, d, block)
	}
	if cfg2, ok := c2.ContractsConfig(); !ok || cfg2.EpochDuration != cfg.EpochDuration || cfg2.MinStake.Cmp(cfg.MinStake) != 0 {
		t.Fatalf("resumed contracts config %+v", cfg2)
	}
	if again, err := c2.Deploy(ctx, cfg); err != nil || *again != *d || nonceOf(t, ctx, c2, keys[0]) != deployerNonce {
		t.Fatalf("Deploy on the resumed chain: %+v, %v (redeployed?)", again, err)
	}
	for i, o := range ops {
		op, err := o.register(ctx, c2)
		if err != nil || op.Signer != regs[i].Signer || op.AgentID.Cmp(regs[i].AgentID) != 0 {
			t.Fatalf("operator %d on the resumed chain: %+v, %v", i, op, err)
		}
		if s, err := c2.StakeOf(ctx, op.Signer); err != nil || s.Sign() == 0 {
			t.Fatalf("operator %d stake on the resumed chain: %v, %v", i, s, err)
		}
	}
	// The resumed chain keeps sealing.
	if err := c2.poll(ctx, func() (bool, error) {
		n, err := c2.Client().BlockNumber(ctx)
		return n > head2, err
	}); err != nil {
		t.Fatal(err)
	}
}
