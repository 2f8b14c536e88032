package agent

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
)

// OperatorKind is a StakingRegistry operator's kind.
type OperatorKind uint8

// Operator kinds (StakingRegistry.Kind).
const (
	OperatorHuman OperatorKind = 0
	OperatorAgent OperatorKind = 1
)

func (k OperatorKind) String() string {
	switch k {
	case OperatorHuman:
		return "human"
	case OperatorAgent:
		return "agent"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// MarshalText writes the kind's name.
func (k OperatorKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads "human" or "agent".
func (k *OperatorKind) UnmarshalText(b []byte) error {
	v, err := ParseOperatorKind(string(b))
	*k = v
	return err
}

// ParseOperatorKind reads "human" or "agent".
func ParseOperatorKind(s string) (OperatorKind, error) {
	switch s {
	case "human":
		return OperatorHuman, nil
	case "agent":
		return OperatorAgent, nil
	}
	return 0, fmt.Errorf("operator kind %q: want human or agent", s)
}

// OperatorRegistration is what RegisterOperator registers.
type OperatorRegistration struct {
	Kind OperatorKind
	// AgentID is the ERC-8004 identity an agent operator links (the L1
	// key must own it or be its agentWallet); nil or 0 for a human.
	AgentID *big.Int
	// ConsensusKey is the node's consensus key (node.ConsensusKey of its
	// home): the operator's signer. Only its proof of possession leaves
	// this process.
	ConsensusKey *ecdsa.PrivateKey
	// Stake is the first bond, in wei (at least the minimum stake).
	Stake *big.Int
	// BLSKey is the node's BLS key (node.BLSKey of its home): registered
	// in the BLSRegistry right after the operator when the Rollup takes
	// BLS certificates (Contracts.BLS; ignored otherwise). Only its proof
	// of possession leaves this process.
	BLSKey *minsig.SecretKey
}

// OperatorResult is an operator's registration or stake change on L1.
type OperatorResult struct {
	L1Tx
	Owner  common.Address `json:"owner"`
	Signer common.Address `json:"signer"`
	// Bonded is the operator's bonded stake after the transaction, and
	// EffectiveEpoch the first epoch whose quorum counts it.
	Bonded         *big.Int `json:"bonded_wei"`
	EffectiveEpoch uint64   `json:"effective_epoch"`
	// BLSKeyTx is the BLS key's registration (RegisterOperator with a BLS
	// key on a BLS-certified Rollup), nil otherwise.
	BLSKeyTx *L1Tx `json:"bls_key_tx,omitempty"`
}

// RegisterOperator registers the L1 key as a StakingRegistry operator
// with the consensus key of r (its proof of possession is built here) and
// r.Stake bonded. The stake counts from the next epoch. An agent links
// the ERC-8004 identity r.AgentID, which the L1 key must control.
func (c *Client) RegisterOperator(ctx context.Context, r OperatorRegistration) (*OperatorResult, error) {
	if err := c.needL1Key("operator registration"); err != nil {
		return nil, err
	}
	if r.ConsensusKey == nil {
		return nil, fmt.Errorf("%w: an operator registration needs the node's consensus key", ErrNoKey)
	}
	if r.Stake == nil || r.Stake.Sign() <= 0 {
		return nil, fmt.Errorf("%w: an operator registration needs a stake above zero", ErrAmountOutOfRange)
	}
	agentID := new(big.Int)
	if r.AgentID != nil {
		agentID.Set(r.AgentID)
	}
	switch {
	case r.Kind == OperatorHuman && agentID.Sign() != 0:
		return nil, fmt.Errorf("%w: a human operator takes no agent id: register as an agent to link identity %s", ErrBadTerms, agentID)
	case r.Kind == OperatorAgent && agentID.Sign() <= 0:
		return nil, fmt.Errorf("%w: an agent operator links its ERC-8004 identity: give its agent id (register one first)", ErrBadTerms)
	case r.Kind != OperatorHuman && r.Kind != OperatorAgent:
		return nil, fmt.Errorf("%w: operator kind %d", ErrBadTerms, r.Kind)
	}
	staking, err := c.contract(ctx, "staking")
	if err != nil {
		return nil, err
	}
	sr := bindings.NewStakingRegistry()
	min, err := l1CallAt(ctx, c, staking, nil, sr.PackMinStake(), sr.UnpackMinStake)
	if err != nil {
		return nil, fmt.Errorf("StakingRegistry.minStake: %w", err)
	}
	if r.Stake.Cmp(min) < 0 {
		return nil, fmt.Errorf("%w: stake %s ETH, the minimum is %s ETH", ErrBelowMinimumStake, FormatWei(r.Stake), FormatWei(min))
	}
	pub, sig, err := contracts.ProofOfPossession(r.ConsensusKey, c.l1ChainID, staking, c.keys.Address)
	if err != nil {
		return nil, fmt.Errorf("proof of possession: %w", err)
	}
	rcpt, err := c.sendL1To(ctx, staking, stakingRules, "operator registration", sr.PackRegister(uint8(r.Kind), agentID, pub, sig), r.Stake)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, staking, sr.UnpackOperatorRegisteredEvent)
	if !ok {
		return nil, fmt.Errorf("operator registration %s: mined without an OperatorRegistered event", rcpt.TxHash)
	}
	res := &OperatorResult{L1Tx: l1TxOf(rcpt), Owner: ev.Owner, Signer: ev.Signer, Bonded: ev.Stake, EffectiveEpoch: ev.EffectiveEpoch}
	if r.BLSKey != nil {
		m, err := c.Contracts(ctx)
		if err != nil {
			return res, err
		}
		if m.BLS != (common.Address{}) {
			tx, err := c.RegisterBLSKey(ctx, r.BLSKey)
			if err != nil {
				return res, fmt.Errorf("operator registered (%s), but not its BLS key: %w (retry with operator bls-key)", rcpt.TxHash, err)
			}
			res.BLSKeyTx = tx
		}
	}
	return res, nil
}

// RegisterBLSKey registers key as the BLS key of the L1 key's operator in
// the BLSRegistry (ADR 031), with a proof of possession bound to the L1
// key: it signs the operator's node's attestations in the sets published
// from then on. ErrNoContract when the Rollup takes ECDSA certificates.
func (c *Client) RegisterBLSKey(ctx context.Context, key *minsig.SecretKey) (*L1Tx, error) {
	if err := c.needL1Key("BLS key registration"); err != nil {
		return nil, err
	}
	m, err := c.Contracts(ctx)
	if err != nil {
		return nil, err
	}
	if m.BLS == (common.Address{}) {
		return nil, fmt.Errorf("%w: the Rollup takes ECDSA certificates; it has no BLSRegistry", ErrNoContract)
	}
	pub, pop := contracts.BLSProofOfPossession(key, c.l1ChainID, m.BLS, c.keys.Address)
	rcpt, err := c.sendL1To(ctx, m.BLS, blsRules, "BLS key registration", bindings.NewBLSRegistry().PackRegisterBLSKey(pub, pop), nil)
	if err != nil {
		return nil, err
	}
	tx := l1TxOf(rcpt)
	return &tx, nil
}

// AddStake bonds wei more to the L1 key's operator (from the next epoch).
func (c *Client) AddStake(ctx context.Context, wei *big.Int) (*OperatorResult, error) {
	if wei == nil || wei.Sign() <= 0 {
		return nil, fmt.Errorf("%w: add a stake above zero", ErrAmountOutOfRange)
	}
	return c.stakeChange(ctx, "stake", wei, func(sr *bindings.StakingRegistry) []byte { return sr.PackAddStake() })
}

// RequestUnbond moves wei of the operator's bonded stake to unbonding:
// it stops counting from the next epoch and is withdrawable (Withdraw)
// after the unbonding delay, slashable until then. What stays bonded must
// be zero (leaving) or at least the minimum stake.
func (c *Client) RequestUnbond(ctx context.Context, wei *big.Int) (*UnbondResult, error) {
	if wei == nil || wei.Sign() <= 0 {
		return nil, fmt.Errorf("%w: unbond an amount above zero", ErrAmountOutOfRange)
	}
	if err := c.needL1Key("unbond"); err != nil {
		return nil, err
	}
	st, err := c.OperatorStatus(ctx, c.keys.Address)
	if err != nil {
		return nil, err
	}
	if !st.Registered {
		return nil, fmt.Errorf("%w: %s", ErrNotRegistered, c.keys.Address)
	}
	if wei.Cmp(st.Bonded) > 0 {
		return nil, fmt.Errorf("%w: unbond %s ETH of %s ETH bonded", ErrAmountOutOfRange, FormatWei(wei), FormatWei(st.Bonded))
	}
	if rest := new(big.Int).Sub(st.Bonded, wei); rest.Sign() != 0 && rest.Cmp(st.MinStake) < 0 {
		return nil, fmt.Errorf("%w: %s ETH would stay bonded, below the minimum %s ETH: unbond everything (%s ETH) to leave, or less",
			ErrBelowMinimumStake, FormatWei(rest), FormatWei(st.MinStake), FormatWei(st.Bonded))
	}
	staking, err := c.contract(ctx, "staking")
	if err != nil {
		return nil, err
	}
	sr := bindings.NewStakingRegistry()
	rcpt, err := c.sendL1To(ctx, staking, stakingRules, "unbond", sr.PackRequestUnbond(wei), nil)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, staking, sr.UnpackUnbondRequestedEvent)
	if !ok {
		return nil, fmt.Errorf("unbond %s: mined without an UnbondRequested event", rcpt.TxHash)
	}
	res := &UnbondResult{L1Tx: l1TxOf(rcpt), Amount: ev.Amount, Unbonding: ev.Unbonding, UnbondingEnd: time.Unix(int64(ev.UnbondingEnd), 0).UTC()}
	if ch, ok := eventIn(rcpt, staking, sr.UnpackStakeChangedEvent); ok {
		res.Bonded, res.EffectiveEpoch = ch.Bonded, ch.EffectiveEpoch
	}
	return res, nil
}

// UnbondResult is an unbond request mined on L1.
type UnbondResult struct {
	L1Tx
	Amount *big.Int `json:"amount_wei"`
	// Unbonding is all the operator has unbonding now; UnbondingEnd when
	// it becomes withdrawable (each request restarts the delay).
	Unbonding    *big.Int  `json:"unbonding_wei"`
	UnbondingEnd time.Time `json:"unbonding_end"`
	// Bonded is what stays bonded, counted from EffectiveEpoch.
	Bonded         *big.Int `json:"bonded_wei"`
	EffectiveEpoch uint64   `json:"effective_epoch"`
}

// WithdrawResult is a payment from L1 escrow (stake, bounty credit or
// refund) to the L1 key.
type WithdrawResult struct {
	L1Tx
	Amount *big.Int `json:"amount_wei"`
}

// WithdrawStake pays the L1 key the operator's stake whose unbonding
// delay is over.
func (c *Client) WithdrawStake(ctx context.Context) (*WithdrawResult, error) {
	if err := c.needL1Key("stake withdrawal"); err != nil {
		return nil, err
	}
	staking, err := c.contract(ctx, "staking")
	if err != nil {
		return nil, err
	}
	sr := bindings.NewStakingRegistry()
	rcpt, err := c.sendL1To(ctx, staking, stakingRules, "stake withdrawal", sr.PackWithdraw(), nil)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, staking, sr.UnpackWithdrawnEvent)
	if !ok {
		return nil, fmt.Errorf("stake withdrawal %s: mined without a Withdrawn event", rcpt.TxHash)
	}
	return &WithdrawResult{L1Tx: l1TxOf(rcpt), Amount: ev.Amount}, nil
}

// LinkAgent links ERC-8004 identity agentID, which the L1 key must
// control, to its agent operator (after a transfer brought it the
// identity, or a return after an exit).
func (c *Client) LinkAgent(ctx context.Context, agentID *big.Int) (*L1Tx, error) {
	if agentID == nil || agentID.Sign() <= 0 {
		return nil, fmt.Errorf("%w: give the agent id to link", ErrBadTerms)
	}
	staking, err := c.contract(ctx, "staking")
	if err != nil {
		return nil, err
	}
	rcpt, err := c.sendL1To(ctx, staking, stakingRules, "identity link", bindings.NewStakingRegistry().PackLinkAgent(agentID), nil)
	if err != nil {
		return nil, err
	}
	t := l1TxOf(rcpt)
	return &t, nil
}

// stakeChange sends a StakingRegistry call that changes the bond and
// returns the StakeChanged it logged.
func (c *Client) stakeChange(ctx context.Context, what string, value *big.Int, pack func(*bindings.StakingRegistry) []byte) (*OperatorResult, error) {
	if err := c.needL1Key(what); err != nil {
		return nil, err
	}
	staking, err := c.contract(ctx, "staking")
	if err != nil {
		return nil, err
	}
	sr := bindings.NewStakingRegistry()
	rcpt, err := c.sendL1To(ctx, staking, stakingRules, what, pack(sr), value)
	if err != nil {
		return nil, err
	}
	ev, ok := eventIn(rcpt, staking, sr.UnpackStakeChangedEvent)
	if !ok {
		return nil, fmt.Errorf("%s %s: mined without a StakeChanged event", what, rcpt.TxHash)
	}
	return &OperatorResult{L1Tx: l1TxOf(rcpt), Owner: ev.Owner, Signer: ev.Signer, Bonded: ev.Bonded, EffectiveEpoch: ev.EffectiveEpoch}, nil
}

// OperatorStatus is an operator as the StakingRegistry records it, with
// what the L2 counts.
type OperatorStatus struct {
	Owner      common.Address `json:"owner"`
	Registered bool           `json:"registered"`
	Signer     common.Address `json:"signer"`
	Kind       OperatorKind   `json:"kind"`
	Jailed     bool           `json:"jailed"`
	// AgentID is the linked ERC-8004 identity (0: none) and
	// AgentLinkValid whether the owner still controls it.
	AgentID        *big.Int `json:"agent_id"`
	AgentLinkValid bool     `json:"agent_link_valid"`
	// Bonded counts from the next epoch; StakeNow is what quorum checks
	// count in the current epoch, StakeNext in the next.
	Bonded    *big.Int `json:"bonded_wei"`
	StakeNow  *big.Int `json:"stake_now_wei"`
	StakeNext *big.Int `json:"stake_next_wei"`
	// Unbonding waits for UnbondingEnd (still slashable); Withdrawable is
	// payable now (Withdraw), counting unbonding whose delay is over.
	Unbonding    *big.Int   `json:"unbonding_wei"`
	UnbondingEnd *time.Time `json:"unbonding_end,omitempty"`
	Withdrawable *big.Int   `json:"withdrawable_wei"`
	// Epoch is the StakingRegistry's current epoch, MinStake its minimum.
	Epoch    uint64   `json:"epoch"`
	MinStake *big.Int `json:"min_stake_wei"`
	// L2Power is the operator's voting power in the node's L2 validator
	// set (gwei of stake; 0: not in the set), when the node reports it.
	L2Power *int64 `json:"l2_power,omitempty"`
}

// OperatorStatus reads the operator owned by L1 address owner (the zero
// address: the Client's L1 key).
func (c *Client) OperatorStatus(ctx context.Context, owner common.Address) (*OperatorStatus, error) {
	if err := c.needL1(); err != nil {
		return nil, err
	}
	if owner == (common.Address{}) {
		owner = c.keys.Address
	}
	if owner == (common.Address{}) {
		return nil, fmt.Errorf("%w: give the operator's owner address, or the L1 key", ErrNoKey)
	}
	staking, err := c.contract(ctx, "staking")
	if err != nil {
		return nil, err
	}
	sr := bindings.NewStakingRegistry()
	op, err := l1CallAt(ctx, c, staking, nil, sr.PackOperators(owner), sr.UnpackOperators)
	if err != nil {
		return nil, fmt.Errorf("StakingRegistry.operators(%s): %w", owner, err)
	}
	st := &OperatorStatus{Owner: owner, Registered: op.Signer != (common.Address{}), Signer: op.Signer, Kind: OperatorKind(op.Kind),
		Jailed: op.Jailed, AgentID: op.AgentId, Bonded: op.Bonded, Unbonding: new(big.Int).Set(op.Unbonding),
		Withdrawable: new(big.Int).Set(op.Withdrawable)}
	if st.MinStake, err = l1CallAt(ctx, c, staking, nil, sr.PackMinStake(), sr.UnpackMinStake); err != nil {
		return nil, fmt.Errorf("StakingRegistry.minStake: %w", err)
	}
	if st.Epoch, err = l1CallAt(ctx, c, staking, nil, sr.PackCurrentEpoch(), sr.UnpackCurrentEpoch); err != nil {
		return nil, fmt.Errorf("StakingRegistry.currentEpoch: %w", err)
	}
	st.StakeNow, st.StakeNext = new(big.Int), new(big.Int)
	if !st.Registered {
		return st, nil
	}
	if st.StakeNow, err = l1CallAt(ctx, c, staking, nil, sr.PackStakeOf(op.Signer), sr.UnpackStakeOf); err != nil {
		return nil, fmt.Errorf("StakingRegistry.stakeOf: %w", err)
	}
	if st.StakeNext, err = l1CallAt(ctx, c, staking, nil, sr.PackNextStakeOf(op.Signer), sr.UnpackNextStakeOf); err != nil {
		return nil, fmt.Errorf("StakingRegistry.nextStakeOf: %w", err)
	}
	if op.AgentId.Sign() > 0 {
		if st.AgentLinkValid, err = l1CallAt(ctx, c, staking, nil, sr.PackAgentLinkValid(op.AgentId), sr.UnpackAgentLinkValid); err != nil {
			return nil, fmt.Errorf("StakingRegistry.agentLinkValid: %w", err)
		}
	}
	if op.Unbonding.Sign() > 0 {
		end := time.Unix(int64(op.UnbondingEnd), 0).UTC()
		st.UnbondingEnd = &end
		// withdraw settles unbonding whose delay is over.
		if now, err := c.l1Now(ctx); err == nil && !now.Before(end) {
			st.Withdrawable.Add(st.Withdrawable, st.Unbonding)
			st.Unbonding.SetInt64(0)
		}
	}
	var rs struct {
		Operators []struct {
			Signer common.Address `json:"signer"`
			Power  int64          `json:"power"`
		} `json:"operators"`
	}
	if err := c.call(ctx, &rs, "mycel_rollupStatus"); err == nil {
		var p int64
		for _, o := range rs.Operators {
			if o.Signer == op.Signer {
				p = o.Power
			}
		}
		st.L2Power = &p
	}
	return st, nil
}

// ConsensusSigner is the signer address of a consensus key (what the
// StakingRegistry and certificates name).
func ConsensusSigner(k *ecdsa.PrivateKey) common.Address { return crypto.PubkeyToAddress(k.PublicKey) }
