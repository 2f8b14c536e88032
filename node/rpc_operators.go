package node

import (
	"context"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// operatorsCacheTTL is how long mycel_operators reuses its L1 reads: the
// status page polls each second, L1 changes each block at most.
const operatorsCacheTTL = 5 * time.Second

// OperatorResult is one operator as mycel_operators returns it: its L2
// voting power and what the StakingRegistry (and, if the genesis names
// one, the ReputationRegistry) says of it on L1.
type OperatorResult struct {
	Signer    common.Address `json:"signer"`
	Owner     common.Address `json:"owner"` // zero: the signer has no L1 registration
	Power     int64          `json:"power"` // L2 voting power (gwei); 0: not in the active set
	Kind      string         `json:"kind"`  // human, agent
	AgentID   *hexutil.Big   `json:"agent_id"`
	Bonded    *hexutil.Big   `json:"bonded_wei"`
	Unbonding *hexutil.Big   `json:"unbonding_wei"`
	Jailed    bool           `json:"jailed"`
	// Slashed sums the slashes of this signer among the L1 view's recent
	// ones (omitted: none).
	Slashed    *hexutil.Big      `json:"slashed_wei,omitempty"`
	Reputation *ReputationResult `json:"reputation,omitempty"` // agents, where the genesis names a ReputationRegistry
}

// ReputationResult is ReputationRegistry.getSummary(agentId, [Slasher,
// NodeBounty], "", ""): the feedback the protocol's own contracts gave.
type ReputationResult struct {
	Count    uint64 `json:"count"`
	Value    string `json:"value"` // summaryValue at its decimals, e.g. "-1.5"
	Decimals uint8  `json:"decimals"`
	Error    string `json:"error,omitempty"` // the read failed; the other fields are empty
}

// OperatorsResult is mycel_operators' answer.
type OperatorsResult struct {
	AsOf            time.Time        `json:"as_of"` // when it was read from L1 (answers are reused for a few seconds)
	StakingRegistry common.Address   `json:"staking_registry"`
	Reputation      common.Address   `json:"reputation_registry"` // zero: none in the genesis
	Operators       []OperatorResult `json:"operators"`
}

// l1Call is one eth_call at the latest L1 block.
type l1Call func(ctx context.Context, to common.Address, data []byte) ([]byte, error)

var operatorKinds = []string{"human", "agent"}

// Operators lists the active operators and those slashed recently with
// their kind, ERC-8004 agent id, stake, jail and reputation, read from L1
// at most once every few seconds.
func (api *API) Operators(ctx context.Context) (*OperatorsResult, error) {
	r, err := api.rollup()
	if err != nil {
		return nil, err
	}
	rp := api.n.rp
	return rp.operators.get(time.Now(), func() (*OperatorsResult, error) {
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		call := func(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
			return rp.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		}
		return readOperators(ctx, call, rp.params, r.Status().ActiveOperators, rp.view.Slashes())
	})
}

// get returns the last answer if it is younger than operatorsCacheTTL at
// now (a failure too: an L1 that is down is not asked each second), else
// read's, which it keeps. Callers wait for one read at a time.
func (c *l1Cache[T]) get(now time.Time, read func() (T, error)) (T, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.at.IsZero() && now.Sub(c.at) < operatorsCacheTTL && now.Sub(c.at) >= 0 {
		return c.res, c.err
	}
	c.res, c.err = read()
	c.at = now
	return c.res, c.err
}

// l1Cache holds the last answer of an RPC method that reads L1
// (rollupParts.operators, rollupParts.queues).
type l1Cache[T any] struct {
	mu  sync.Mutex
	at  time.Time
	res T
	err error
}

// readOperators assembles mycel_operators' answer from L1 reads: for each
// active operator and each signer slashed recently (in that order, each
// once), StakingRegistry.operators(operatorOf(signer)) and, for agents,
// the reputation summary. An L1 read of the registry that fails fails the
// whole answer; a reputation read that fails is reported in its row.
func readOperators(ctx context.Context, call l1Call, p *consensus.L1Params, active []consensus.OperatorStatus, slashes []consensus.Slash) (*OperatorsResult, error) {
	sr, rr := bindings.NewStakingRegistry(), bindings.NewReputationRegistry()
	res := &OperatorsResult{AsOf: time.Now().UTC(), StakingRegistry: p.StakingRegistry, Reputation: p.Reputation, Operators: []OperatorResult{}}
	var clients []common.Address
	for _, a := range []common.Address{p.Slasher, p.NodeBounty} {
		if a != (common.Address{}) {
			clients = append(clients, a)
		}
	}
	slashed := map[common.Address]*big.Int{}
	owners := map[common.Address]common.Address{}
	for _, s := range slashes {
		if slashed[s.Signer] == nil {
			slashed[s.Signer] = new(big.Int)
		}
		if s.Amount != nil {
			slashed[s.Signer].Add(slashed[s.Signer], s.Amount.ToInt())
		}
		owners[s.Signer] = s.Owner
	}
	rows := make([]OperatorResult, 0, len(active)+len(slashed))
	seen := map[common.Address]bool{}
	for _, o := range active {
		seen[o.Signer] = true
		rows = append(rows, OperatorResult{Signer: o.Signer, Power: o.Power})
	}
	for _, s := range slashes {
		if !seen[s.Signer] {
			seen[s.Signer] = true
			rows = append(rows, OperatorResult{Signer: s.Signer, Owner: owners[s.Signer]})
		}
	}
	for i := range rows {
		o := &rows[i]
		if amt := slashed[o.Signer]; amt != nil {
			o.Slashed = (*hexutil.Big)(amt)
		}
		out, err := call(ctx, p.StakingRegistry, sr.PackOperatorOf(o.Signer))
		if err != nil {
			return nil, fmt.Errorf("L1: StakingRegistry.operatorOf(%s): %w", o.Signer, err)
		}
		owner, err := sr.UnpackOperatorOf(out)
		if err != nil {
			return nil, fmt.Errorf("L1: StakingRegistry.operatorOf(%s): %w", o.Signer, err)
		}
		if owner != (common.Address{}) {
			o.Owner = owner
		}
		if o.Owner == (common.Address{}) {
			continue // no registration (a genesis operator that never bonded on L1)
		}
		out, err = call(ctx, p.StakingRegistry, sr.PackOperators(o.Owner))
		if err != nil {
			return nil, fmt.Errorf("L1: StakingRegistry.operators(%s): %w", o.Owner, err)
		}
		reg, err := sr.UnpackOperators(out)
		if err != nil {
			return nil, fmt.Errorf("L1: StakingRegistry.operators(%s): %w", o.Owner, err)
		}
		o.Kind = fmt.Sprint(reg.Kind)
		if int(reg.Kind) < len(operatorKinds) {
			o.Kind = operatorKinds[reg.Kind]
		}
		o.AgentID, o.Bonded, o.Unbonding, o.Jailed = (*hexutil.Big)(reg.AgentId), (*hexutil.Big)(reg.Bonded), (*hexutil.Big)(reg.Unbonding), reg.Jailed
		if p.Reputation == (common.Address{}) || len(clients) == 0 || reg.AgentId == nil || reg.AgentId.Sign() == 0 {
			continue
		}
		out, err = call(ctx, p.Reputation, rr.PackGetSummary(reg.AgentId, clients, "", ""))
		if err == nil {
			var sum bindings.GetSummaryOutput
			if sum, err = rr.UnpackGetSummary(out); err == nil {
				o.Reputation = &ReputationResult{Count: sum.Count, Value: decimalString(sum.SummaryValue, sum.SummaryValueDecimals), Decimals: sum.SummaryValueDecimals}
			}
		}
		if err != nil {
			o.Reputation = &ReputationResult{Error: fmt.Sprintf("L1: ReputationRegistry.getSummary(%s): %v", reg.AgentId, err)}
		}
	}
	res.Operators = rows
	return res, nil
}

// decimalString writes v / 10^decimals in decimal ("-1.5", "0.05", "3").
func decimalString(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	s := new(big.Int).Abs(v).String()
	if decimals > 0 {
		if len(s) <= int(decimals) {
			s = strings.Repeat("0", int(decimals)-len(s)+1) + s
		}
		s = s[:len(s)-int(decimals)] + "." + s[len(s)-int(decimals):]
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if v.Sign() < 0 {
		s = "-" + s
	}
	return s
}
