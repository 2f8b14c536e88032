package devchain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
)

// Errors callers can match.
var (
	// ErrStopped is returned by waits cut short by Stop.
	ErrStopped = errors.New("devchain: chain stopped")
	// ErrNotRegistered is returned by Operator for an owner without an operator.
	ErrNotRegistered = errors.New("devchain: not a registered operator")
	// ErrOperatorMismatch is returned by RegisterOperator when the owner is
	// already registered with another consensus key or kind.
	ErrOperatorMismatch = errors.New("devchain: owner already registered differently")
)

// Kind is an operator's kind in StakingRegistry.
type Kind uint8

// The operator kinds (StakingRegistry.Kind).
const (
	Human Kind = 0
	Agent Kind = 1
)

// String returns "human" or "agent".
func (k Kind) String() string {
	switch k {
	case Human:
		return "human"
	case Agent:
		return "agent"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Operator is an operator registered in StakingRegistry.
type Operator struct {
	Owner   common.Address // the account that registered it and holds its stake
	Signer  common.Address // the consensus key's Ethereum address
	Kind    Kind
	AgentID *big.Int // the ERC-8004 identity linked to an agent; zero for a human
	Stake   *big.Int // bonded wei (counted by quorum checks from the epoch after each change)
}

// RegisterOperator registers owner as an operator with consensusKey and
// stake wei: for an agent it first mints an ERC-8004 identity with agentURI
// in the AgentIdentityRegistry (owned by owner), then it calls
// StakingRegistry.register with a proof of possession of consensusKey. The
// stake counts from the next epoch (WaitForEpoch). If owner is already
// registered with this key and kind (a resumed chain), it returns that
// operator and sends nothing; with another key or kind it fails with
// ErrOperatorMismatch.
func (c *Chain) RegisterOperator(ctx context.Context, owner, consensusKey *ecdsa.PrivateKey, agent bool, agentURI string,
	stake *big.Int) (*Operator, error) {
	d, err := c.deployment()
	if err != nil {
		return nil, err
	}
	if stake == nil || stake.Sign() <= 0 {
		return nil, errors.New("devchain: register operator: stake must be positive")
	}
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	signer := crypto.PubkeyToAddress(consensusKey.PublicKey)
	kind := Human
	if agent {
		kind = Agent
	}
	switch op, err := c.Operator(ctx, ownerAddr); {
	case err == nil:
		if op.Signer != signer || op.Kind != kind {
			return nil, fmt.Errorf("%w: %s is a %s operator with consensus key %s, not a %s with %s",
				ErrOperatorMismatch, ownerAddr, op.Kind, op.Signer, kind, signer)
		}
		c.log.Info("devchain: operator already registered", "owner", ownerAddr, "signer", signer, "kind", kind, "agent_id", op.AgentID)
		return op, nil
	case !errors.Is(err, ErrNotRegistered):
		return nil, err
	}

	agentID := new(big.Int)
	if agent {
		if agentID, err = c.mintIdentity(ctx, owner, d.Identity, agentURI); err != nil {
			return nil, err
		}
	}
	pub, sig, err := contracts.ProofOfPossession(consensusKey, c.chainID, d.Staking, ownerAddr)
	if err != nil {
		return nil, fmt.Errorf("devchain: register operator: proof of possession: %w", err)
	}
	if _, err := c.transact(ctx, owner, d.Staking, stake, c.staking.PackRegister(uint8(kind), agentID, pub, sig)); err != nil {
		return nil, fmt.Errorf("devchain: register operator %s: %w", ownerAddr, err)
	}
	c.log.Info("devchain: operator registered", "owner", ownerAddr, "signer", signer, "kind", kind, "agent_id", agentID, "stake", stake)
	return &Operator{Owner: ownerAddr, Signer: signer, Kind: kind, AgentID: agentID, Stake: new(big.Int).Set(stake)}, nil
}

// RegisterBLSKey registers blsKey as owner's BLS key in the BLSRegistry
// (ADR 031) with a proof of possession bound to owner, unless owner's
// current key is already blsKey (a resumed chain): it counts in the sets
// published from then on.
func (c *Chain) RegisterBLSKey(ctx context.Context, owner *ecdsa.PrivateKey, blsKey *minsig.SecretKey) error {
	d, err := c.deployment()
	if err != nil {
		return err
	}
	ownerAddr := crypto.PubkeyToAddress(owner.PublicKey)
	pub, pop := contracts.BLSProofOfPossession(blsKey, c.chainID, d.BLS, ownerAddr)
	reg := bindings.NewBLSRegistry()
	cur, err := call(ctx, c, d.BLS, reg.PackBlsKeyOf(ownerAddr), reg.UnpackBlsKeyOf)
	if err != nil {
		return fmt.Errorf("devchain: BLSRegistry.blsKeyOf: %w", err)
	}
	if bytes.Equal(cur, pub) {
		return nil
	}
	if _, err := c.transact(ctx, owner, d.BLS, nil, reg.PackRegisterBLSKey(pub, pop)); err != nil {
		return fmt.Errorf("devchain: register BLS key of %s: %w", ownerAddr, err)
	}
	return nil
}

// mintIdentity registers a new agent identity owned by owner and returns
// its id.
func (c *Chain) mintIdentity(ctx context.Context, owner *ecdsa.PrivateKey, registry common.Address, uri string) (*big.Int, error) {
	rcpt, err := c.transact(ctx, owner, registry, nil, c.identity.PackRegister1(uri))
	if err != nil {
		return nil, fmt.Errorf("devchain: mint agent identity: %w", err)
	}
	for _, l := range rcpt.Logs {
		if l.Address != registry {
			continue
		}
		if ev, err := c.identity.UnpackRegisteredEvent(l); err == nil {
			return ev.AgentId, nil
		}
	}
	return nil, fmt.Errorf("devchain: mint agent identity: no Registered event in transaction %s", rcpt.TxHash)
}

// Operator returns the operator owned by owner, or ErrNotRegistered.
func (c *Chain) Operator(ctx context.Context, owner common.Address) (*Operator, error) {
	d, err := c.deployment()
	if err != nil {
		return nil, err
	}
	op, err := call(ctx, c, d.Staking, c.staking.PackOperators(owner), c.staking.UnpackOperators)
	if err != nil {
		return nil, fmt.Errorf("devchain: operator %s: %w", owner, err)
	}
	if op.Signer == (common.Address{}) {
		return nil, fmt.Errorf("%w: %s", ErrNotRegistered, owner)
	}
	return &Operator{Owner: owner, Signer: op.Signer, Kind: Kind(op.Kind), AgentID: op.AgentId, Stake: op.Bonded}, nil
}

// AddStake adds wei to owner's bonded stake (from the next epoch).
func (c *Chain) AddStake(ctx context.Context, owner *ecdsa.PrivateKey, wei *big.Int) error {
	d, err := c.deployment()
	if err != nil {
		return err
	}
	if _, err := c.transact(ctx, owner, d.Staking, wei, c.staking.PackAddStake()); err != nil {
		return fmt.Errorf("devchain: add stake: %w", err)
	}
	return nil
}

// RequestUnbond starts unbonding wei of owner's stake: it leaves the quorum
// stake from the next epoch and can be withdrawn after the unbonding delay.
func (c *Chain) RequestUnbond(ctx context.Context, owner *ecdsa.PrivateKey, wei *big.Int) error {
	d, err := c.deployment()
	if err != nil {
		return err
	}
	if _, err := c.transact(ctx, owner, d.Staking, nil, c.staking.PackRequestUnbond(wei)); err != nil {
		return fmt.Errorf("devchain: request unbond: %w", err)
	}
	return nil
}

// Fund sends wei to `to` from the first dev account and waits for it.
func (c *Chain) Fund(ctx context.Context, to common.Address, wei *big.Int) error {
	if _, err := c.transact(ctx, c.keys[0], to, wei, nil); err != nil {
		return fmt.Errorf("devchain: fund %s: %w", to, err)
	}
	return nil
}

// CurrentEpoch returns StakingRegistry.currentEpoch() at the chain head.
func (c *Chain) CurrentEpoch(ctx context.Context) (uint64, error) {
	d, err := c.deployment()
	if err != nil {
		return 0, err
	}
	e, err := call(ctx, c, d.Staking, c.staking.PackCurrentEpoch(), c.staking.UnpackCurrentEpoch)
	if err != nil {
		return 0, fmt.Errorf("devchain: current epoch: %w", err)
	}
	return e, nil
}

// WaitForEpoch waits until StakingRegistry.currentEpoch() >= e at the chain
// head. Stake registered or changed in epoch c counts from epoch c+1.
func (c *Chain) WaitForEpoch(ctx context.Context, e uint64) error {
	return c.poll(ctx, func() (bool, error) {
		cur, err := c.CurrentEpoch(ctx)
		return cur >= e, err
	})
}

// StakeOf returns the stake of signer counted in the current epoch.
func (c *Chain) StakeOf(ctx context.Context, signer common.Address) (*big.Int, error) {
	d, err := c.deployment()
	if err != nil {
		return nil, err
	}
	return call(ctx, c, d.Staking, c.staking.PackStakeOf(signer), c.staking.UnpackStakeOf)
}

// TotalStake returns the total stake counted in the current epoch.
func (c *Chain) TotalStake(ctx context.Context) (*big.Int, error) {
	d, err := c.deployment()
	if err != nil {
		return nil, err
	}
	return call(ctx, c, d.Staking, c.staking.PackTotalStake(), c.staking.UnpackTotalStake)
}

// transact sends a transaction from key's account to `to` (value may be
// nil) and waits for its receipt; a revert is an error, named when the
// gas estimate carries the revert data.
func (c *Chain) transact(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	if value == nil {
		value = new(big.Int)
	}
	tx, err := c.send(ctx, key, to, value, data)
	if err != nil {
		return nil, err
	}
	var rcpt *types.Receipt
	err = c.poll(ctx, func() (bool, error) {
		r, err := c.client.TransactionReceipt(ctx, tx.Hash())
		switch {
		case err == nil:
			rcpt = r
			return true, nil
		case errors.Is(err, rpc.ErrClientQuit):
			return false, ErrStopped
		}
		return false, nil // not yet mined (or not yet indexed)
	})
	if err != nil {
		return nil, fmt.Errorf("transaction %s: %w", tx.Hash(), err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return nil, fmt.Errorf("transaction %s reverted in block %d (gas used %d of %d)", tx.Hash(), rcpt.BlockNumber, rcpt.GasUsed, tx.Gas())
	}
	return rcpt, nil
}

// send signs and sends a transaction with the next nonce of key's account.
func (c *Chain) send(ctx context.Context, key *ecdsa.PrivateKey, to common.Address, value *big.Int, data []byte) (*types.Transaction, error) {
	from := crypto.PubkeyToAddress(key.PublicKey)
	unlock := c.lockSender(from)
	defer unlock()
	gas, err := c.client.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: value, Data: data})
	if err != nil {
		return nil, wrapRevert("estimate gas", err)
	}
	nonce, err := c.client.PendingNonceAt(ctx, from)
	if err != nil {
		return nil, fmt.Errorf("nonce: %w", err)
	}
	tip, err := c.client.SuggestGasTipCap(ctx)
	if err != nil {
		return nil, fmt.Errorf("gas tip: %w", err)
	}
	head, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("head: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(c.chainID), &types.DynamicFeeTx{
		ChainID:   c.chainID,
		Nonce:     nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas + gas/4 + 20_000, // the estimate can fall short where a callee forwards gas()
		To:        &to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if err := c.client.SendTransaction(ctx, tx); err != nil {
		return nil, fmt.Errorf("send: %w", err)
	}
	return tx, nil
}

// lockSender locks the sending account `from` (nonces are assigned under
// the lock) and returns the unlock.
func (c *Chain) lockSender(from common.Address) func() {
	c.mu.Lock()
	m, ok := c.senders[from]
	if !ok {
		m = new(sync.Mutex)
		c.senders[from] = m
	}
	c.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// poll calls done until it reports true or an error, every fraction of a
// block period, until ctx ends or the chain stops.
func (c *Chain) poll(ctx context.Context, done func() (bool, error)) error {
	interval := min(max(c.cfg.BlockPeriod/4, 10*time.Millisecond), 250*time.Millisecond)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		ok, err := done()
		if err != nil || ok {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-c.quit:
			return ErrStopped
		case <-t.C:
		}
	}
}

// call runs a view call at the chain head and unpacks its result.
func call[T any](ctx context.Context, c *Chain, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := c.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		var zero T
		return zero, wrapRevert("call", err)
	}
	return unpack(out)
}

// wrapRevert wraps err with what failed and, when err carries revert data,
// the revert's name ("NotAgentOwner").
func wrapRevert(what string, err error) error {
	if name := contracts.RevertName(err); name != "" {
		return fmt.Errorf("%s: reverted (%s): %w", what, name, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}
