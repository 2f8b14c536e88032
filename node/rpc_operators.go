package node

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/batch"
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
	// RegistrationURI is the identity registry's tokenURI(agent_id): the
	// agent's ERC-8004 registration file (agents, where the genesis names
	// an IdentityRegistry). Registration says what came of reading it
	// (RegistrationOK, RegistrationFetching, RegistrationUnreachable with
	// RegistrationError, RegistrationNone); Name is the file's name, and
	// NameVerified whether the file lists this agent id in that registry.
	RegistrationURI   string `json:"registration_uri,omitempty"`
	Registration      string `json:"registration,omitempty"`
	RegistrationError string `json:"registration_error,omitempty"`
	Name              string `json:"name,omitempty"`
	NameVerified      bool   `json:"name_verified,omitempty"`
	// SignedRecent is how many of the answer's recent_batches carry this
	// signer's signature in their certificate (this node's batch records).
	SignedRecent int `json:"signed_recent"`
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
	// RecentBatches is how many certified batches signed_recent counts
	// over: the last recentBatchesWindow (32) this node recorded, fewer on
	// a young chain; RecentFrom and RecentTo are the oldest and newest of
	// them (omitted: none).
	RecentBatches int     `json:"recent_batches"`
	RecentFrom    *uint64 `json:"recent_from,omitempty"`
	RecentTo      *uint64 `json:"recent_to,omitempty"`
}

// l1Call is one eth_call at the latest L1 block.
type l1Call func(ctx context.Context, to common.Address, data []byte) ([]byte, error)

// maxRegistrationURI bounds the agent URIs mycel_operators returns and
// fetches (an identity's tokenURI is whatever string its owner set).
const maxRegistrationURI = 2048

var operatorKinds = []string{"human", "agent"}

// Operators lists the active operators and those slashed recently with
// their kind, ERC-8004 agent id, stake, jail and reputation, read from L1
// at most once every few seconds; agents with the name their registration
// file gives (read at most once a minute, waited for at most a second);
// and each with how many of the last certified batches it signed, from
// this node's batch records.
func (api *API) Operators(ctx context.Context) (*OperatorsResult, error) {
	r, err := api.rollup()
	if err != nil {
		return nil, err
	}
	rp := api.n.rp
	l1, err := rp.operators.get(time.Now(), func() (*OperatorsResult, error) {
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		call := func(ctx context.Context, to common.Address, data []byte) ([]byte, error) {
			return rp.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
		}
		return readOperators(ctx, call, rp.params, r.Status().ActiveOperators, rp.view.Slashes())
	})
	if err != nil {
		return nil, err
	}
	return completeOperators(ctx, l1, &rp.names, rp.params, r.Batch, r.Status().CertifiedTo)
}

// completeOperators copies the L1 answer (which the cache keeps) and adds
// to it what is not read from L1: the agents' names and the signatures of
// recent batches.
func completeOperators(ctx context.Context, l1 *OperatorsResult, names *registrationNames, p *consensus.L1Params,
	read func(uint64) (*batch.Record, bool, error), certifiedTo uint64) (*OperatorsResult, error) {
	res := *l1
	res.Operators = slices.Clone(l1.Operators)
	resolveNames(ctx, names, p, res.Operators)
	if err := addRecentSigners(&res, read, certifiedTo, recentBatchesWindow); err != nil {
		return nil, fmt.Errorf("recent batches: %w", err)
	}
	return &res, nil
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
// the reputation summary and the identity's tokenURI. An L1 read of the
// staking registry that fails fails the whole answer; a reputation or
// tokenURI read that fails is reported in its row.
func readOperators(ctx context.Context, call l1Call, p *consensus.L1Params, active []consensus.OperatorStatus, slashes []consensus.Slash) (*OperatorsResult, error) {
	sr, rr, ir := bindings.NewStakingRegistry(), bindings.NewReputationRegistry(), bindings.NewAgentIdentityRegistry()
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
		if p.Identity != (common.Address{}) && reg.AgentId != nil && reg.AgentId.Sign() > 0 {
			out, err = call(ctx, p.Identity, ir.PackTokenURI(reg.AgentId))
			var uri string
			if err == nil {
				uri, err = ir.UnpackTokenURI(out)
			}
			switch {
			case err != nil:
				o.Registration, o.RegistrationError = RegistrationUnreachable, fmt.Sprintf("L1: IdentityRegistry.tokenURI(%s): %v", reg.AgentId, err)
			case uri == "":
				o.Registration = RegistrationNone
			case len(uri) > maxRegistrationURI:
				o.Registration, o.RegistrationError = RegistrationUnreachable, fmt.Sprintf("agent URI of %d bytes, at most %d", len(uri), maxRegistrationURI)
			default:
				o.RegistrationURI = uri
			}
		}
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
