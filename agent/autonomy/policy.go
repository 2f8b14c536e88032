package autonomy

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/pelletier/go-toml/v2"

	"github.com/mycel-network/mycel/agent"
)

// Roles a policy chooses.
const (
	RoleRecruiter = "recruiter"
	RoleOperator  = "operator"
)

// ErrBadPolicy is what every policy error wraps; the message names the key.
var ErrBadPolicy = errors.New("bad policy")

// ETH is an amount of ether in a policy: "0.5", "0.5 ETH", "250gwei",
// "1000wei" (agent.ParseAmount), kept in wei.
type ETH struct{ Wei *big.Int }

// UnmarshalText reads an amount with agent.ParseAmount.
func (e *ETH) UnmarshalText(b []byte) error {
	v, err := agent.ParseAmount(string(b))
	if err != nil {
		return err
	}
	e.Wei = v
	return nil
}

// MarshalText writes the amount in ETH.
func (e ETH) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

func (e ETH) String() string {
	if e.Wei == nil {
		return "0"
	}
	return agent.FormatWei(e.Wei)
}

// Set reports whether the amount was given.
func (e ETH) Set() bool { return e.Wei != nil }

// Duration is a Go duration in a policy ("90s", "24h").
type Duration struct{ time.Duration }

// UnmarshalText reads a time.ParseDuration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("want a duration like 90s, 10m or 24h: %w", err)
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Policy is an agent's policy file (TOML): its role, budgets and rules.
// docs/agents.md is the reference; testdata/*.toml are examples.
type Policy struct {
	// Role is "recruiter" or "operator".
	Role string `toml:"role"`
	// Interval is how often the loop observes and decides (default 15s).
	Interval Duration `toml:"interval"`
	// AgentID is the agent's ERC-8004 identity (recruiter: posted under
	// it; 0: none).
	AgentID  uint64     `toml:"agent_id"`
	Budget   Budget     `toml:"budget"`
	Recruit  *Recruiter `toml:"recruiter"`
	Operator *Operator  `toml:"operator"`
}

// Budget are hard limits: an action that would pass one is refused (and
// the refusal logged).
type Budget struct {
	// TotalETH bounds everything the agent spends: escrow posted plus L1
	// gas fees.
	TotalETH ETH `toml:"total_eth"`
	// PerBountyETH bounds one bounty's escrow.
	PerBountyETH ETH `toml:"per_bounty_eth"`
	// GasPerHourETH bounds the L1 gas fees spent in any hour.
	GasPerHourETH ETH `toml:"gas_per_hour_eth"`
}

// Recruiter are a recruiter's rules: when it wants more validators and
// what it offers for them.
type Recruiter struct {
	// Triggers (any fires): fewer validators than MinValidators, L1 gas
	// price above MaxGasGwei, batch finality latency above MaxBatchLatency.
	// Zero: that trigger is off; at least one must be on.
	MinValidators   int      `toml:"min_validators"`
	MaxGasGwei      float64  `toml:"max_gas_gwei"`
	MaxBatchLatency Duration `toml:"max_batch_latency"`
	// StopAfter is how long the need must be gone before it stops
	// funding (cancels its bounties with their notice); default 5m.
	StopAfter Duration `toml:"stop_after"`
	// Refund takes back the unspent escrow of its ended bounties.
	Refund *bool       `toml:"refund"`
	Bounty BountyTerms `toml:"bounty"`
	// NextBounty, if set, overrides Bounty's terms for every bounty after
	// its first (the first is the one posted when it has none on L1): for
	// example a first bounty open to newcomers, later ones asking for the
	// reputation the protocol recorded for them (min_reputation). Keys it
	// does not set are Bounty's.
	NextBounty *BountyTerms `toml:"next_bounty"`
	// Services, if set, are paid inputs: x402 services it reads, paid
	// from its L2 account, which it keeps funded from L1.
	Services *Services `toml:"services"`
}

// Services are the recruiter's paid inputs ([recruiter.services]).
type Services struct {
	// URLs are x402 services (GET, JSON answers) read every Every
	// (default: each step); their answers join the decisions' inputs.
	URLs  []string `toml:"urls"`
	Every Duration `toml:"every"`
	// MaxPerRequest and MaxTotal bound the x402 payments (amount and fee):
	// one request, and all of this process's together.
	MaxPerRequest ETH `toml:"max_per_request"`
	MaxTotal      ETH `toml:"max_total"`
	// L2Float: when its L2 balance falls below half of this, it deposits
	// from L1 up to it (counted against budget.total_eth).
	L2Float ETH `toml:"l2_float"`
}

// BountyTerms are the terms of the bounties a recruiter posts.
type BountyTerms struct {
	RewardPerBatch ETH      `toml:"reward_per_batch"`
	Escrow         ETH      `toml:"escrow"`
	Seats          uint32   `toml:"seats"`
	Kind           string   `toml:"kind"`
	MinStake       ETH      `toml:"min_stake"`
	Duration       Duration `toml:"duration"`
	Notice         Duration `toml:"notice"`
	// MinReputation, if set, is the ERC-8004 reputation an operator's
	// identity needs (agents only), over ReputationClients with the tags.
	MinReputation     string   `toml:"min_reputation"`
	ReputationClients []string `toml:"reputation_clients"`
	Tag1              string   `toml:"tag1"`
	Tag2              string   `toml:"tag2"`
}

// Operator are an operator's rules: what a bounty must pay and who it
// works for.
type Operator struct {
	// CostPerHourETH is its running cost; MinIncomePerHourETH the income
	// it wants on top of it (default 0: break even).
	CostPerHourETH      ETH `toml:"cost_per_hour_eth"`
	MinIncomePerHourETH ETH `toml:"min_income_per_hour_eth"`
	// BatchesPerHour estimates how many finalized batches it signs an
	// hour (the income of a bounty is reward x batches).
	BatchesPerHour float64 `toml:"batches_per_hour"`
	// MaxStakeETH is the most stake it may lock (bonded); it adds stake up
	// to it to meet a bounty's minimum. 0: it never adds stake.
	MaxStakeETH ETH `toml:"max_stake_eth"`
	// MinTimeLeft: a bounty with less time left is not joined (default 1h).
	MinTimeLeft Duration `toml:"min_time_left"`
	// WithdrawAtETH: withdraw a seat's credit once it reaches this
	// (default: any credit).
	WithdrawAtETH ETH `toml:"withdraw_at_eth"`
	// Claim makes it claim finalized batches of its bounties itself.
	Claim bool `toml:"claim"`
	// UnbondAfter: once it has held no seat this long it unbonds all its
	// stake (leaving the validator set); 0: never. Stake whose unbonding
	// delay is over is always withdrawn.
	UnbondAfter Duration `toml:"unbond_after"`
	Trust       Trust    `toml:"trust"`
	// Node, if set, is the validator the agent runs as a child process.
	Node *NodeConfig `toml:"node"`
	// RegisterStakeETH, if set, makes the agent register itself as an
	// operator when it is not one: with Node's consensus key and this
	// stake (at most MaxStakeETH); as Kind, an agent first registering an
	// ERC-8004 identity whose registration file its node serves. 0 (the
	// default): it waits for someone to register it (mycel operator
	// register).
	RegisterStakeETH ETH `toml:"register_stake_eth"`
	// Kind is the operator kind it registers as: "agent" (default) or
	// "human".
	Kind string `toml:"kind"`
	// Name is the registration file's name (default "mycel operator
	// <signer>").
	Name string `toml:"name"`
}

// NodeConfig is the operator's validator node: `Binary start --home Home`.
type NodeConfig struct {
	// Home is the node's home (mycel init; its consensus key must be the
	// registered operator's).
	Home string `toml:"home"`
	// Binary is the mycel binary (default: the running one).
	Binary string `toml:"binary"`
	// Backoff is the wait before restarting an exited node (default 5s).
	Backoff Duration `toml:"restart_backoff"`
	// Create makes the home when it holds no node: fresh keys, joining
	// the network of the node at Join (mycel init --join), listening on
	// Host at BasePort (consensus), +1 (JSON-RPC), +2 (libp2p).
	Create   bool   `toml:"create"`
	Join     string `toml:"join"` // default: the agent's node (--rpc)
	Host     string `toml:"host"` // default 127.0.0.1
	BasePort int    `toml:"base_port"`
	// PublicURL is the node's JSON-RPC URL as others reach it, published
	// in the registration file (default http://Host:BasePort+1).
	PublicURL string `toml:"public_url"`
	// StopWhenUnbonded stops the node once the operator has no stake
	// left in the validator set (bonded, this epoch's and the next's all
	// zero, and no L2 power), and starts it again when it is bonded.
	// Default true.
	StopWhenUnbonded *bool `toml:"stop_when_unbonded"`
	// Twin is fault injection, never for a real operator: it runs a
	// second copy of the validator (a copy of the home with the same
	// consensus key, on BasePort+3..+5), the classic high-availability
	// mistake that double-signs and is slashed on L1. It exists so that
	// devnets and tests can show the protocol punishing it.
	Twin bool `toml:"twin"`
}

// Trust are the posters an operator works for.
type Trust struct {
	// AgentsOnly: the poster must have an ERC-8004 identity.
	AgentsOnly bool `toml:"agents_only"`
	// MinReputation: the poster's identity's reputation (over
	// ReputationClients, all clients if none) must count feedback and
	// reach it.
	MinReputation     string   `toml:"min_reputation"`
	ReputationClients []string `toml:"reputation_clients"`
	// Posters, if given, are the only posters' L1 addresses it works for.
	Posters []string `toml:"posters"`
}

// Parsed values the loop uses, filled by Validate.
type parsed struct {
	// first: the terms of the recruiter's first bounty; next: of later
	// ones (first's unless recruiter.next_bounty is set).
	first, next    parsedTerms
	trustMin       *big.Int
	trustDec       uint8
	trustClients   []common.Address
	trustedPosters map[common.Address]bool
}

// parsedTerms are one bounty table's values.
type parsedTerms struct {
	t          *BountyTerms
	kind       agent.BountyKind
	repMin     *big.Int
	repDec     uint8
	repClients []common.Address
}

func parseTerms(b *BountyTerms) parsedTerms {
	out := parsedTerms{t: b}
	kind := b.Kind
	if kind == "" {
		kind = "any"
	}
	out.kind, _ = agent.ParseBountyKind(kind)
	if b.MinReputation != "" {
		out.repMin, out.repDec, _ = agent.ParseFixed(b.MinReputation)
	}
	out.repClients, _ = addresses("", b.ReputationClients)
	return out
}

// LoadPolicy reads and validates a policy file.
func LoadPolicy(path string) (*Policy, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("policy: %w", err)
	}
	p, err := ParsePolicy(raw)
	if err != nil {
		return nil, fmt.Errorf("policy %s: %w", path, err)
	}
	return p, nil
}

// ParsePolicy decodes a policy strictly (an unknown key is an error
// naming it) and validates it.
func ParsePolicy(raw []byte) (*Policy, error) {
	var p Policy
	dec := toml.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&p); err != nil {
		var strict *toml.StrictMissingError
		if errors.As(err, &strict) {
			var keys []string
			for _, e := range strict.Errors {
				keys = append(keys, strings.Join(e.Key(), "."))
			}
			return nil, fmt.Errorf("%w: unknown key %s", ErrBadPolicy, strings.Join(keys, ", "))
		}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			key := strings.Join(de.Key(), ".")
			if key == "" {
				key = keyAt(raw, row)
			}
			if key == "" {
				return nil, fmt.Errorf("%w: line %d column %d: %v", ErrBadPolicy, row, col, de)
			}
			return nil, fmt.Errorf("%w: %s (line %d): %v", ErrBadPolicy, key, row, de)
		}
		return nil, fmt.Errorf("%w: %v", ErrBadPolicy, err)
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return &p, nil
}

// keyAt names the dotted key on line row of a TOML document: the last
// table header above it and the key the line assigns ("" if none).
func keyAt(raw []byte, row int) string {
	lines := strings.Split(string(raw), "\n")
	if row < 1 || row > len(lines) {
		return ""
	}
	table := ""
	for _, l := range lines[:row-1] {
		l = strings.TrimSpace(l)
		if strings.HasPrefix(l, "[") && !strings.HasPrefix(l, "[[") {
			if end := strings.Index(l, "]"); end > 0 {
				table = strings.TrimSpace(l[1:end])
			}
		}
	}
	k, _, ok := strings.Cut(lines[row-1], "=")
	if !ok {
		return ""
	}
	k = strings.Trim(strings.TrimSpace(k), `"`)
	if table != "" {
		k = table + "." + k
	}
	return k
}

func bad(key, format string, args ...any) error {
	return fmt.Errorf("%w: %s: %s", ErrBadPolicy, key, fmt.Sprintf(format, args...))
}

func positive(key string, e ETH) error {
	if !e.Set() || e.Wei.Sign() <= 0 {
		return bad(key, "give an amount above zero (ETH, e.g. \"0.5\", or with gwei/wei)")
	}
	return nil
}

func addresses(key string, list []string) ([]common.Address, error) {
	var out []common.Address
	for _, s := range list {
		if !common.IsHexAddress(s) {
			return nil, bad(key, "%q is not an address (0x and 40 hex digits)", s)
		}
		out = append(out, common.HexToAddress(s))
	}
	return out, nil
}

// Validate checks a policy and fills its defaults; each error names the
// key.
func (p *Policy) Validate() error {
	if p.Interval.Duration == 0 {
		p.Interval.Duration = 15 * time.Second
	}
	if p.Interval.Duration < 100*time.Millisecond {
		return bad("interval", "%s is too short (at least 100ms)", p.Interval)
	}
	if err := positive("budget.total_eth", p.Budget.TotalETH); err != nil {
		return err
	}
	if err := positive("budget.gas_per_hour_eth", p.Budget.GasPerHourETH); err != nil {
		return err
	}
	if p.Budget.GasPerHourETH.Wei.Cmp(p.Budget.TotalETH.Wei) > 0 {
		return bad("budget.gas_per_hour_eth", "%s is above budget.total_eth %s", p.Budget.GasPerHourETH, p.Budget.TotalETH)
	}
	switch p.Role {
	case RoleRecruiter:
		if p.Operator != nil {
			return bad("operator", "a recruiter's policy has no [operator] table")
		}
		if p.Recruit == nil {
			return bad("recruiter", "role = \"recruiter\" needs a [recruiter] table")
		}
		return p.validateRecruiter()
	case RoleOperator:
		if p.Recruit != nil {
			return bad("recruiter", "an operator's policy has no [recruiter] table")
		}
		if p.Operator == nil {
			return bad("operator", "role = \"operator\" needs an [operator] table")
		}
		if p.AgentID != 0 {
			return bad("agent_id", "an operator's identity is the one its registration links (mycel operator link-agent); agent_id is the recruiter's")
		}
		return p.validateOperator()
	case "":
		return bad("role", "missing: \"recruiter\" or \"operator\"")
	default:
		return bad("role", "%q: want \"recruiter\" or \"operator\"", p.Role)
	}
}

func (p *Policy) validateRecruiter() error {
	r := p.Recruit
	if err := positive("budget.per_bounty_eth", p.Budget.PerBountyETH); err != nil {
		return err
	}
	if p.Budget.PerBountyETH.Wei.Cmp(p.Budget.TotalETH.Wei) > 0 {
		return bad("budget.per_bounty_eth", "%s is above budget.total_eth %s", p.Budget.PerBountyETH, p.Budget.TotalETH)
	}
	switch {
	case r.MinValidators < 0:
		return bad("recruiter.min_validators", "%d is negative", r.MinValidators)
	case r.MaxGasGwei < 0:
		return bad("recruiter.max_gas_gwei", "%v is negative", r.MaxGasGwei)
	case r.MaxBatchLatency.Duration < 0:
		return bad("recruiter.max_batch_latency", "%s is negative", r.MaxBatchLatency)
	case r.MinValidators == 0 && r.MaxGasGwei == 0 && r.MaxBatchLatency.Duration == 0:
		return bad("recruiter", "no trigger: set min_validators, max_gas_gwei or max_batch_latency")
	case r.StopAfter.Duration < 0:
		return bad("recruiter.stop_after", "%s is negative", r.StopAfter)
	}
	if r.StopAfter.Duration == 0 {
		r.StopAfter.Duration = 5 * time.Minute
	}
	if r.Refund == nil {
		t := true
		r.Refund = &t
	}
	if err := p.validateTerms("recruiter.bounty", &r.Bounty); err != nil {
		return err
	}
	if sv := r.Services; sv != nil {
		if err := validateServices(sv, p.Budget.TotalETH); err != nil {
			return err
		}
	}
	if nb := r.NextBounty; nb != nil {
		inherit(nb, &r.Bounty)
		if err := p.validateTerms("recruiter.next_bounty", nb); err != nil {
			return err
		}
	}
	return nil
}

func validateServices(sv *Services, total ETH) error {
	if len(sv.URLs) == 0 && !sv.L2Float.Set() {
		return bad("recruiter.services", "give urls (x402 services to read) or l2_float")
	}
	for _, u := range sv.URLs {
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return bad("recruiter.services.urls", "%q is not an http(s) URL", u)
		}
	}
	if sv.Every.Duration < 0 {
		return bad("recruiter.services.every", "%s is negative", sv.Every)
	}
	if len(sv.URLs) > 0 {
		if err := positive("recruiter.services.max_per_request", sv.MaxPerRequest); err != nil {
			return err
		}
		if err := positive("recruiter.services.max_total", sv.MaxTotal); err != nil {
			return err
		}
		if sv.MaxPerRequest.Wei.Cmp(sv.MaxTotal.Wei) > 0 {
			return bad("recruiter.services.max_per_request", "%s is above max_total %s", sv.MaxPerRequest, sv.MaxTotal)
		}
	}
	if sv.L2Float.Set() {
		if err := positive("recruiter.services.l2_float", sv.L2Float); err != nil {
			return err
		}
		if sv.L2Float.Wei.Cmp(total.Wei) > 0 {
			return bad("recruiter.services.l2_float", "%s is above budget.total_eth %s", sv.L2Float, total)
		}
	}
	return nil
}

// inherit fills the keys n does not set from b.
func inherit(n, b *BountyTerms) {
	if !n.RewardPerBatch.Set() {
		n.RewardPerBatch = b.RewardPerBatch
	}
	if !n.Escrow.Set() {
		n.Escrow = b.Escrow
	}
	if n.Seats == 0 {
		n.Seats = b.Seats
	}
	if n.Kind == "" {
		n.Kind = b.Kind
	}
	if !n.MinStake.Set() {
		n.MinStake = b.MinStake
	}
	if n.Duration.Duration == 0 {
		n.Duration = b.Duration
	}
	if n.Notice.Duration == 0 {
		n.Notice = b.Notice
	}
	if n.MinReputation == "" {
		n.MinReputation, n.ReputationClients, n.Tag1, n.Tag2 = b.MinReputation, b.ReputationClients, b.Tag1, b.Tag2
	}
}

// validateTerms checks one bounty table (key: its name).
func (p *Policy) validateTerms(key string, b *BountyTerms) error {
	if err := positive(key+".reward_per_batch", b.RewardPerBatch); err != nil {
		return err
	}
	if !b.Escrow.Set() {
		b.Escrow = p.Budget.PerBountyETH
	}
	if err := positive(key+".escrow", b.Escrow); err != nil {
		return err
	}
	if b.Escrow.Wei.Cmp(p.Budget.PerBountyETH.Wei) > 0 {
		return bad(key+".escrow", "%s is above budget.per_bounty_eth %s", b.Escrow, p.Budget.PerBountyETH)
	}
	if b.RewardPerBatch.Wei.Cmp(b.Escrow.Wei) > 0 {
		return bad(key+".reward_per_batch", "%s is above the escrow %s: not one batch could be paid", b.RewardPerBatch, b.Escrow)
	}
	if b.Seats == 0 {
		return bad(key+".seats", "offer at least one seat")
	}
	kind := b.Kind
	if kind == "" {
		kind = "any"
	}
	if _, err := agent.ParseBountyKind(kind); err != nil {
		return bad(key+".kind", "%v", err)
	}
	if b.Duration.Duration <= 0 {
		return bad(key+".duration", "give how long a bounty runs, e.g. \"24h\"")
	}
	if b.Notice.Duration < 0 {
		return bad(key+".notice", "%s is negative", b.Notice)
	}
	if b.MinStake.Set() && b.MinStake.Wei.Sign() < 0 {
		return bad(key+".min_stake", "negative")
	}
	if b.MinReputation != "" {
		if _, _, err := agent.ParseFixed(b.MinReputation); err != nil {
			return bad(key+".min_reputation", "%v", err)
		}
		if k, _ := agent.ParseBountyKind(kind); k != agent.BountyAgents {
			return bad(key+".min_reputation", "a reputation minimum needs kind = \"agent\" (got %q)", kind)
		}
	} else if len(b.ReputationClients) > 0 || b.Tag1 != "" || b.Tag2 != "" {
		return bad(key+".reputation_clients", "reputation clients and tags need min_reputation")
	}
	if _, err := addresses(key+".reputation_clients", b.ReputationClients); err != nil {
		return err
	}
	return nil
}

func (p *Policy) validateOperator() error {
	o := p.Operator
	if !o.CostPerHourETH.Set() {
		return bad("operator.cost_per_hour_eth", "give the running cost per hour (\"0\" if none)")
	}
	if !o.MinIncomePerHourETH.Set() {
		o.MinIncomePerHourETH.Wei = new(big.Int)
	}
	if o.BatchesPerHour <= 0 {
		return bad("operator.batches_per_hour", "give the finalized batches it signs an hour (above zero)")
	}
	if !o.MaxStakeETH.Set() {
		o.MaxStakeETH.Wei = new(big.Int)
	}
	if o.MinTimeLeft.Duration < 0 {
		return bad("operator.min_time_left", "%s is negative", o.MinTimeLeft)
	}
	if o.MinTimeLeft.Duration == 0 {
		o.MinTimeLeft.Duration = time.Hour
	}
	if !o.WithdrawAtETH.Set() {
		o.WithdrawAtETH.Wei = big.NewInt(1)
	}
	if o.Trust.MinReputation != "" {
		if _, _, err := agent.ParseFixed(o.Trust.MinReputation); err != nil {
			return bad("operator.trust.min_reputation", "%v", err)
		}
	}
	if _, err := addresses("operator.trust.reputation_clients", o.Trust.ReputationClients); err != nil {
		return err
	}
	if _, err := addresses("operator.trust.posters", o.Trust.Posters); err != nil {
		return err
	}
	if o.UnbondAfter.Duration < 0 {
		return bad("operator.unbond_after", "%s is negative", o.UnbondAfter)
	}
	if o.Kind == "" {
		o.Kind = "agent"
	}
	if _, err := agent.ParseOperatorKind(o.Kind); err != nil {
		return bad("operator.kind", "%v", err)
	}
	if o.RegisterStakeETH.Set() && o.RegisterStakeETH.Wei.Sign() != 0 {
		if err := positive("operator.register_stake_eth", o.RegisterStakeETH); err != nil {
			return err
		}
		if o.Node == nil {
			return bad("operator.register_stake_eth", "registering needs the node's consensus key: give [operator.node]")
		}
		if o.RegisterStakeETH.Wei.Cmp(o.MaxStakeETH.Wei) > 0 {
			return bad("operator.register_stake_eth", "%s is above operator.max_stake_eth %s", o.RegisterStakeETH, o.MaxStakeETH)
		}
	} else {
		o.RegisterStakeETH.Wei = new(big.Int)
	}
	if n := o.Node; n != nil {
		if n.Home == "" {
			return bad("operator.node.home", "give the validator's node home (mycel init --home DIR)")
		}
		if n.Backoff.Duration < 0 {
			return bad("operator.node.restart_backoff", "%s is negative", n.Backoff)
		}
		if n.Create && (n.BasePort <= 0 || n.BasePort > 65530) {
			return bad("operator.node.base_port", "create needs the node's first port (1-65530; it uses base..base+2, the twin base+3..base+5)")
		}
		if !n.Create && (n.Join != "" || n.BasePort != 0 || n.Host != "") {
			return bad("operator.node.create", "join, host and base_port shape a home the agent creates: set create = true")
		}
		if n.Twin && !n.Create {
			return bad("operator.node.twin", "the twin is made from a home the agent creates (create = true)")
		}
		if n.Host == "" {
			n.Host = "127.0.0.1"
		}
		if n.StopWhenUnbonded == nil {
			t := true
			n.StopWhenUnbonded = &t
		}
	}
	return nil
}

// parse turns a validated policy's strings into values.
func (p *Policy) parse() parsed {
	var out parsed
	if r := p.Recruit; r != nil {
		out.first = parseTerms(&r.Bounty)
		out.next = out.first
		if r.NextBounty != nil {
			out.next = parseTerms(r.NextBounty)
		}
	}
	if o := p.Operator; o != nil {
		if o.Trust.MinReputation != "" {
			out.trustMin, out.trustDec, _ = agent.ParseFixed(o.Trust.MinReputation)
		}
		out.trustClients, _ = addresses("", o.Trust.ReputationClients)
		if len(o.Trust.Posters) > 0 {
			out.trustedPosters = map[common.Address]bool{}
			ps, _ := addresses("", o.Trust.Posters)
			for _, a := range ps {
				out.trustedPosters[a] = true
			}
		}
	}
	return out
}
