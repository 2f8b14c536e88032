package agent

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// Contracts are the L1 contracts of the operator market and of ERC-8004
// that the Client uses besides the Rollup. A zero address is a contract
// the network does not have (or that could not be found: set it in
// Config).
type Contracts struct {
	Rollup     common.Address `json:"rollup"`
	Staking    common.Address `json:"staking_registry"`
	Identity   common.Address `json:"identity_registry"`
	Reputation common.Address `json:"reputation_registry"`
	NodeBounty common.Address `json:"node_bounty"`
	// Slasher is the StakingRegistry's: it records slashes as feedback.
	Slasher common.Address `json:"slasher"`
	// BLS is the BLSRegistry when it is the Rollup's certifier (ADR 031:
	// batches are certified with BLS signatures, and operators register
	// their nodes' BLS keys); zero when the Rollup takes ECDSA
	// certificates.
	BLS common.Address `json:"bls_registry,omitempty"`
}

// ErrNoContract: the operation needs a contract whose address is not
// known (give it in Config).
var ErrNoContract = errors.New("contract address not known")

// Contracts resolves, once, the addresses of the market's contracts: the
// StakingRegistry is the one the Rollup names; the identity registry
// Config.Identity or the StakingRegistry's; the NodeBounty
// Config.NodeBounty or the one the node names (mycel_bounties); the
// reputation registry Config.Reputation or the NodeBounty's. Each one
// found is checked to belong: a NodeBounty must settle for this Rollup
// and StakingRegistry, a reputation registry must rate the identity
// registry's agents (ErrWrongChain otherwise).
func (c *Client) Contracts(ctx context.Context) (*Contracts, error) {
	if err := c.needL1(); err != nil {
		return nil, err
	}
	c.marketMu.Lock()
	defer c.marketMu.Unlock()
	if c.market != nil {
		cp := *c.market
		return &cp, nil
	}
	m := &Contracts{Rollup: c.cfg.Rollup, Identity: c.cfg.Identity, NodeBounty: c.cfg.NodeBounty, Reputation: c.cfg.Reputation}
	var err error
	if m.Staking, err = l1Read(ctx, c, c.rollup.PackStaking(), c.rollup.UnpackStaking); err != nil {
		return nil, fmt.Errorf("Rollup.staking: %w", err)
	}
	sr := bindings.NewStakingRegistry()
	stakingIdentity, err := l1CallAt(ctx, c, m.Staking, nil, sr.PackIdentity(), sr.UnpackIdentity)
	if err != nil {
		return nil, fmt.Errorf("StakingRegistry.identity: %w", err)
	}
	if m.Identity == (common.Address{}) {
		m.Identity = stakingIdentity
	}
	if m.Slasher, err = l1CallAt(ctx, c, m.Staking, nil, sr.PackSlasher(), sr.UnpackSlasher); err != nil {
		return nil, fmt.Errorf("StakingRegistry.slasher: %w", err)
	}
	cert, err := l1Read(ctx, c, c.rollup.PackCertifier(), c.rollup.UnpackCertifier)
	if err != nil {
		return nil, fmt.Errorf("Rollup.certifier: %w", err)
	}
	if cert != m.Staking {
		reg := bindings.NewBLSRegistry()
		if s, err := l1CallAt(ctx, c, cert, nil, reg.PackStaking(), reg.UnpackStaking); err != nil || s != m.Staking {
			return nil, fmt.Errorf("%w: the Rollup's certifier %s is neither its StakingRegistry %s nor a BLSRegistry reading it", ErrWrongChain, cert, m.Staking)
		}
		m.BLS = cert
	}
	if m.NodeBounty == (common.Address{}) {
		// The node knows it from its genesis; a node without one answers
		// with an error, and the market is then simply not there.
		var res struct {
			NodeBounty common.Address `json:"node_bounty"`
		}
		if err := c.call(ctx, &res, "mycel_bounties"); err == nil {
			m.NodeBounty = res.NodeBounty
		} else if rpcCode(err) == 0 {
			return nil, fmt.Errorf("ask the node for the NodeBounty's address (mycel_bounties): %w", err)
		}
	}
	if m.NodeBounty != (common.Address{}) {
		nb := bindings.NewNodeBounty()
		r, err := l1CallAt(ctx, c, m.NodeBounty, nil, nb.PackRollup(), nb.UnpackRollup)
		if err != nil {
			return nil, fmt.Errorf("%w: NodeBounty %s does not answer rollup() (%v): wrong address?", ErrWrongChain, m.NodeBounty, err)
		}
		s, err := l1CallAt(ctx, c, m.NodeBounty, nil, nb.PackStaking(), nb.UnpackStaking)
		if err != nil || r != m.Rollup || s != m.Staking {
			return nil, fmt.Errorf("%w: NodeBounty %s settles for Rollup %s and StakingRegistry %s, not %s and %s", ErrWrongChain, m.NodeBounty, r, s, m.Rollup, m.Staking)
		}
		// The RewardPool and the Slasher name the same two: a NodeBounty
		// also counts bounties.
		if _, err := l1CallAt(ctx, c, m.NodeBounty, nil, nb.PackBountyCount(), nb.UnpackBountyCount); err != nil {
			return nil, fmt.Errorf("%w: %s does not answer bountyCount() (%v): not a NodeBounty", ErrWrongChain, m.NodeBounty, err)
		}
		if m.Reputation == (common.Address{}) {
			// NodeBounty.reputation(), read by selector: NodeBounties
			// deployed before uptime reports have none.
			out, err := c.l1Call(ctx, m.NodeBounty, nil, crypto.Keccak256([]byte("reputation()"))[:4])
			if err == nil && len(out) == 32 {
				m.Reputation = common.BytesToAddress(out)
			}
		}
	}
	if m.Reputation != (common.Address{}) {
		rr := bindings.NewReputationRegistry()
		id, err := l1CallAt(ctx, c, m.Reputation, nil, rr.PackGetIdentityRegistry(), rr.UnpackGetIdentityRegistry)
		if err != nil {
			return nil, fmt.Errorf("%w: reputation registry %s does not answer getIdentityRegistry() (%v): wrong address?", ErrWrongChain, m.Reputation, err)
		}
		if id != m.Identity {
			return nil, fmt.Errorf("%w: reputation registry %s rates the agents of identity registry %s, not %s", ErrWrongChain, m.Reputation, id, m.Identity)
		}
	}
	c.market = m
	cp := *m
	return &cp, nil
}

// contract returns the address of one market contract, or ErrNoContract
// saying how to name it.
func (c *Client) contract(ctx context.Context, which string) (common.Address, error) {
	m, err := c.Contracts(ctx)
	if err != nil {
		return common.Address{}, err
	}
	var a common.Address
	var hint string
	switch which {
	case "staking":
		a = m.Staking
	case "identity":
		a, hint = m.Identity, "Config.Identity"
	case "reputation":
		a, hint = m.Reputation, "Config.Reputation"
	case "bounty":
		a, hint = m.NodeBounty, "Config.NodeBounty"
	default:
		panic("agent: unknown contract " + which)
	}
	if a == (common.Address{}) {
		return a, fmt.Errorf("%w: the %s contract is not deployed on this network, or not known: give its address (%s)", ErrNoContract, which, hint)
	}
	return a, nil
}

// l1Call calls contract `to` at L1 block `block` (nil: the latest) under
// CallTimeout.
func (c *Client) l1Call(ctx context.Context, to common.Address, block *big.Int, data []byte) ([]byte, error) {
	cctx, cancel := c.callCtx(ctx)
	defer cancel()
	return c.eth.CallContract(cctx, ethereum.CallMsg{To: &to, Data: data}, block)
}

// l1CallAt calls a view function of contract `to` at L1 block `block`
// (nil: the latest) and unpacks the result; a revert comes back named.
func l1CallAt[T any](ctx context.Context, c *Client, to common.Address, block *big.Int, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.l1Call(ctx, to, block, data)
	if err != nil {
		if name := contracts.RevertName(err); name != "" {
			return zero, fmt.Errorf("%w: reverted with %s%s", err, name, revertArgs(err))
		}
		return zero, err
	}
	return unpack(out)
}

// L1Tx is an L1 transaction the Client sent and saw mined.
type L1Tx struct {
	Hash    common.Hash `json:"l1_tx"`
	Block   uint64      `json:"l1_block"`
	GasUsed uint64      `json:"gas_used"`
	// FeeWei is what the transaction cost its sender in gas.
	FeeWei *big.Int `json:"fee_wei"`
}

func l1TxOf(r *types.Receipt) L1Tx {
	t := L1Tx{Hash: r.TxHash, GasUsed: r.GasUsed, FeeWei: new(big.Int)}
	if r.BlockNumber != nil {
		t.Block = r.BlockNumber.Uint64()
	}
	if r.EffectiveGasPrice != nil {
		t.FeeWei.Mul(r.EffectiveGasPrice, new(big.Int).SetUint64(r.GasUsed))
	}
	return t
}

// eventIn returns the first log of rcpt emitted by `from` that unpack
// accepts.
func eventIn[T any](rcpt *types.Receipt, from common.Address, unpack func(*types.Log) (*T, error)) (*T, bool) {
	for _, l := range rcpt.Logs {
		if l.Address != from {
			continue
		}
		if ev, err := unpack(l); err == nil {
			return ev, true
		}
	}
	return nil, false
}

// l1Now is the time of the latest L1 block: what the contracts' windows
// and deadlines are checked against.
func (c *Client) l1Now(ctx context.Context) (time.Time, error) {
	cctx, cancel := c.callCtx(ctx)
	defer cancel()
	h, err := c.eth.HeaderByNumber(cctx, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("L1 head: %w", err)
	}
	return time.Unix(int64(h.Time), 0), nil
}

// needL1Key returns ErrNoKey unless the Client has the L1 key that sends
// `what`.
func (c *Client) needL1Key(what string) error {
	if err := c.needL1(); err != nil {
		return err
	}
	if c.keys.L1 == nil {
		return fmt.Errorf("%w: the %s is an L1 transaction: it needs the L1 key", ErrNoKey, what)
	}
	return nil
}

// marketABIs are the ABIs whose custom errors revertArgs decodes.
var marketABIs = sync.OnceValue(func() []*abi.ABI {
	var out []*abi.ABI
	for _, s := range []string{bindings.StakingRegistryMetaData.ABI, bindings.NodeBountyMetaData.ABI,
		bindings.AgentIdentityRegistryMetaData.ABI, bindings.ReputationRegistryMetaData.ABI, bindings.RollupMetaData.ABI} {
		a, err := abi.JSON(strings.NewReader(s))
		if err != nil {
			panic(err)
		}
		out = append(out, &a)
	}
	return out
})

// revertArgs formats the arguments of the custom error err carries,
// "(1, 0x12...)", or "" (no arguments, or no custom error of mycel's
// contracts).
func revertArgs(err error) string {
	data := contracts.RevertData(err)
	if len(data) <= 4 {
		return ""
	}
	for _, a := range marketABIs() {
		for _, e := range a.Errors {
			if [4]byte(e.ID[:4]) != [4]byte(data[:4]) {
				continue
			}
			vals, uerr := e.Inputs.Unpack(data[4:])
			if uerr != nil || len(vals) == 0 {
				return ""
			}
			parts := make([]string, len(vals))
			for i, v := range vals {
				parts[i] = fmt.Sprint(v)
			}
			return "(" + strings.Join(parts, ", ") + ")"
		}
	}
	return ""
}

// Errors of the operator market and the ERC-8004 registries, wrapped
// with the contract's custom error and what to do; match them with
// errors.Is.
var (
	// ErrBelowMinimumStake: a stake (to register, add to, or keep after
	// an unbond) below the StakingRegistry's minimum.
	ErrBelowMinimumStake = errors.New("below the minimum stake")
	// ErrNotRegistered: the L1 key registered no operator.
	ErrNotRegistered = errors.New("no operator registered for this L1 key")
	// ErrAlreadyRegistered: the L1 key or the consensus key has an
	// operator already, or the operator holds the seat already.
	ErrAlreadyRegistered = errors.New("already registered")
	// ErrNotAgentController: the L1 key neither owns the ERC-8004
	// identity nor is its agentWallet (or, for registry updates, is not
	// its owner nor approved).
	ErrNotAgentController = errors.New("not the agent identity's controller")
	// ErrSeatsFull: every seat of the bounty is taken.
	ErrSeatsFull = errors.New("bounty seats full")
	// ErrNotQualified: the operator does not meet the bounty's terms
	// (kind, stake, identity link, reputation) or is jailed.
	ErrNotQualified = errors.New("operator does not qualify")
	// ErrNothingToWithdraw: nothing is due yet (no stake whose unbonding
	// ended, no bounty credit, no refund).
	ErrNothingToWithdraw = errors.New("nothing to withdraw")
	// ErrBountyOver: the bounty's window has ended (or it is unknown).
	ErrBountyOver = errors.New("bounty over")
	// ErrNotFinalized: the batch is not finalized on L1 yet.
	ErrNotFinalized = errors.New("batch not finalized on L1")
	// ErrBadTerms: bounty terms or feedback the contract refuses.
	ErrBadTerms = errors.New("terms refused")
)

// stakingRules explain the StakingRegistry's custom errors.
var stakingRules = revertTable{
	"BelowMinimumStake":        {ErrBelowMinimumStake, "the value (first number, wei) is below the minimum (second): stake more, or unbond everything to leave"},
	"AlreadyRegistered":        {ErrAlreadyRegistered, "this L1 key has an operator already: add stake to it (operator stake) or use another L1 key"},
	"NotRegistered":            {ErrNotRegistered, "register an operator with this L1 key first (operator register)"},
	"KeyAlreadyRegistered":     {ErrAlreadyRegistered, "this consensus key belongs to another operator: each node needs its own key"},
	"InvalidProofOfPossession": {ErrL1Reverted, "the proof of possession was not signed by this consensus key for this L1 key and StakingRegistry"},
	"BadPublicKey":             {ErrL1Reverted, "the consensus key must be a 64-byte uncompressed secp256k1 key"},
	"NotAgentOwner":            {ErrNotAgentController, "the L1 key must own the ERC-8004 identity or be its agentWallet"},
	"AgentAlreadyLinked":       {ErrAlreadyRegistered, "the identity is linked to another operator that still controls it"},
	"HumanWithAgentId":         {ErrL1Reverted, "a human operator takes no agent id: register as an agent to link an identity"},
	"NotAgent":                 {ErrL1Reverted, "only agent operators link identities"},
	"Jailed":                   {ErrNotQualified, "the operator was slashed: it can never stake again"},
	"ZeroAmount":               {ErrAmountOutOfRange, "give an amount above zero"},
	"InsufficientBonded":       {ErrAmountOutOfRange, "unbond at most the bonded stake (first number, wei)"},
	"NothingToWithdraw":        {ErrNothingToWithdraw, "request an unbond first (operator unbond), then withdraw once the unbonding delay has passed"},
	"UnbondingNotOver":         {ErrNothingToWithdraw, "the unbonding delay has not passed: withdraw after the time given (unix seconds)"},
	"StakeTooLarge":            {ErrAmountOutOfRange, "stakes are at most 2^112-1 wei"},
}

// blsRules explain the BLSRegistry's custom errors.
var blsRules = revertTable{
	"NotRegistered":               {ErrNotRegistered, "register an operator with this L1 key first (operator register)"},
	"Jailed":                      {ErrNotQualified, "the operator was slashed: it can never stake again"},
	"BLSKeyAlreadyRegistered":     {ErrAlreadyRegistered, "this BLS key was registered before (by the address given): each node needs its own key, and a key is never registered twice"},
	"BLSInvalidProofOfPossession": {ErrL1Reverted, "the proof of possession was not signed by this BLS key for this L1 key and BLSRegistry"},
}

// bountyRules explain the NodeBounty's custom errors.
var bountyRules = revertTable{
	"UnknownBounty":        {ErrBountyOver, "no bounty has this id: list them with bounty list"},
	"NoEscrow":             {ErrBadTerms, "post with an escrow above zero (and below 2^96 wei)"},
	"NoReward":             {ErrBadTerms, "the reward per batch must be above zero"},
	"NoSeats":              {ErrBadTerms, "offer at least one seat"},
	"BadWindow":            {ErrBadTerms, "the end must be after the start and in the future"},
	"BadNoticePeriod":      {ErrBadTerms, "the notice period is too long"},
	"BadReputationTerms":   {ErrBadTerms, "a reputation requirement needs a registry contract, a client list and at most 18 decimals, and does not go with human operators; without one, leave all its fields empty"},
	"NotAgentController":   {ErrNotAgentController, "post from the identity's owner or agentWallet, or without an agent id"},
	"BountyOver":           {ErrBountyOver, "the bounty has ended"},
	"SeatsFull":            {ErrSeatsFull, "every seat is taken: wait for one to free, or pick another bounty (bounty list)"},
	"AlreadySeated":        {ErrAlreadyRegistered, "the operator holds a seat in this bounty already"},
	"NotOperator":          {ErrNotRegistered, "register an operator with this L1 key first (operator register)"},
	"OperatorJailed":       {ErrNotQualified, "the operator was slashed"},
	"WrongKind":            {ErrNotQualified, "the operator is not of the kind this needs: the bounty's (human or agent); an uptime report's, an agent"},
	"AgentNotLinked":       {ErrNotQualified, "the bounty wants an agent operator with a valid ERC-8004 identity link (operator register --kind agent --agent-id)"},
	"StakeTooLow":          {ErrNotQualified, "the operator's bonded stake (first number, wei) is below the bounty's minimum (second): add stake"},
	"ReputationTooLow":     {ErrNotQualified, "the operator's reputation summary is below the bounty's minimum"},
	"NotSeated":            {ErrNotRegistered, "this operator holds no seat in the bounty"},
	"AlreadyClaimed":       {ErrAlreadyClaimed, "this batch was claimed for this bounty already"},
	"BatchNotFinalized":    {ErrNotFinalized, "wait until the batch is finalized on L1 (its proof verified)"},
	"SignersMismatch":      {ErrBadProof, "the signers and stakes do not match the batch's certificate on L1"},
	"OutsideWindow":        {ErrBountyOver, "the batch was committed outside the bounty's window"},
	"NotPoster":            {ErrNotAgentController, "only the bounty's poster may do this"},
	"AlreadyCancelled":     {ErrBountyOver, "the bounty is cancelled already"},
	"RefundNotYet":         {ErrNothingToWithdraw, "the unspent escrow is refundable from the time given (unix seconds): the bounty's end plus the claim period"},
	"NothingToRefund":      {ErrNothingToWithdraw, "nothing is left to refund"},
	"NothingToWithdraw":    {ErrNothingToWithdraw, "the seat has no credit yet: claims of finalized batches it signed credit it"},
	"NotJailed":            {ErrL1Reverted, "only a slashed operator's seat can be reclaimed"},
	"NothingToReclaim":     {ErrNothingToWithdraw, "the seat has nothing to reclaim"},
	"NoReputationRegistry": {ErrNoContract, "this NodeBounty was deployed without a reputation registry: no uptime to report to"},
	"SampleTooSmall":       {ErrL1Reverted, "too few claims since the seat's last report (first number) for an uptime report (second): report later"},
	"InsufficientGas":      {ErrL1Reverted, "send with more gas: the feedback call needs its share"},
}

// identityRules explain the identity registry's custom errors.
var identityRules = revertTable{
	"NotOwnerNorApproved":    {ErrNotAgentController, "only the identity's owner (or an address it approved) may change it"},
	"UnknownAgent":           {ErrL1Reverted, "no identity has this id"},
	"DeadlineExpired":        {ErrL1Reverted, "the wallet's signature expired: sign again"},
	"DeadlineTooFar":         {ErrL1Reverted, "the wallet's signature may be valid for at most 5 minutes"},
	"InvalidWalletSignature": {ErrL1Reverted, "the signature is not the new wallet's over this identity, owner and deadline"},
	"ZeroAddress":            {ErrL1Reverted, "the wallet cannot be the zero address"},
	"ReservedKey":            {ErrL1Reverted, "agentWallet is set with set-wallet only"},
}

// reputationRules explain the reputation registry's custom errors.
var reputationRules = revertTable{
	"UnknownAgent":          {ErrL1Reverted, "no identity has this id"},
	"SelfFeedback":          {ErrNotAgentController, "an identity's owner, approved addresses and agentWallet may not rate it"},
	"ValueDecimalsTooLarge": {ErrBadTerms, "at most 18 decimals"},
	"ValueOutOfRange":       {ErrBadTerms, "|value| is at most 1e38"},
	"FieldTooLong":          {ErrBadTerms, "tags are at most 64 bytes, URIs 2048"},
	"InsufficientGas":       {ErrL1Reverted, "send with more gas"},
}
