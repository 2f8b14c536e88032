package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/consensus"
	"github.com/mycel-network/mycel/contracts/bindings"
)

// fakeL1 answers the eth_calls readOperators makes from tables, packing
// the answers with the contracts' ABIs, and counts the calls.
type fakeL1 struct {
	t        *testing.T
	params   *consensus.L1Params
	owners   map[common.Address]common.Address // signer -> owner
	regs     map[common.Address]bindings.StakingRegistryOperator
	summary  map[string]bindings.GetSummaryOutput // agent id -> summary
	uris     map[string]string                    // agent id -> tokenURI
	failRep  bool
	failRegs bool
	failURI  bool
	calls    int
}

func (f *fakeL1) call(_ context.Context, to common.Address, data []byte) ([]byte, error) {
	f.calls++
	sr, rr, ir := bindings.NewStakingRegistry(), bindings.NewReputationRegistry(), bindings.NewAgentIdentityRegistry()
	srABI, rrABI, irABI := sr.GetABI(), rr.GetABI(), ir.GetABI()
	switch {
	case to == f.params.Identity && bytes.Equal(data[:4], irABI.Methods["tokenURI"].ID):
		if f.failURI {
			return nil, errors.New("execution reverted: UnknownAgent")
		}
		args, err := irABI.Methods["tokenURI"].Inputs.Unpack(data[4:])
		if err != nil {
			f.t.Fatal(err)
		}
		return irABI.Methods["tokenURI"].Outputs.Pack(f.uris[args[0].(*big.Int).String()])
	case to == f.params.StakingRegistry && bytes.Equal(data[:4], srABI.Methods["operatorOf"].ID):
		args, err := srABI.Methods["operatorOf"].Inputs.Unpack(data[4:])
		if err != nil {
			f.t.Fatal(err)
		}
		return srABI.Methods["operatorOf"].Outputs.Pack(f.owners[args[0].(common.Address)])
	case to == f.params.StakingRegistry && bytes.Equal(data[:4], srABI.Methods["operators"].ID):
		if f.failRegs {
			return nil, errors.New("connection refused")
		}
		args, err := srABI.Methods["operators"].Inputs.Unpack(data[4:])
		if err != nil {
			f.t.Fatal(err)
		}
		reg, ok := f.regs[args[0].(common.Address)]
		if !ok {
			reg = bindings.StakingRegistryOperator{AgentId: new(big.Int), Bonded: new(big.Int), Unbonding: new(big.Int), Withdrawable: new(big.Int)}
		}
		return srABI.Methods["operators"].Outputs.Pack(reg)
	case to == f.params.Reputation && bytes.Equal(data[:4], rrABI.Methods["getSummary"].ID):
		if f.failRep {
			return nil, errors.New("execution reverted")
		}
		args, err := rrABI.Methods["getSummary"].Inputs.Unpack(data[4:])
		if err != nil {
			f.t.Fatal(err)
		}
		if clients := args[1].([]common.Address); len(clients) != 2 || clients[0] != f.params.Slasher || clients[1] != f.params.NodeBounty {
			f.t.Fatalf("getSummary clients %v, want [Slasher NodeBounty]", clients)
		}
		s := f.summary[args[0].(*big.Int).String()]
		if s.SummaryValue == nil {
			s.SummaryValue = new(big.Int)
		}
		return rrABI.Methods["getSummary"].Outputs.Pack(s.Count, s.SummaryValue, s.SummaryValueDecimals)
	}
	return nil, fmt.Errorf("unexpected call to %s: %x", to, data)
}

func addr(b byte) common.Address { return common.BytesToAddress([]byte{b}) }

func eth(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// TestReadOperators: mycel_operators' rows come from the L1 reads: an
// agent with its id, stake and reputation, a human, a genesis signer with
// no L1 registration, and a signer slashed recently that left the active
// set (listed after the active ones, with the sum of its slashes, jailed).
func TestReadOperators(t *testing.T) {
	p := &consensus.L1Params{StakingRegistry: addr(1), Slasher: addr(2), NodeBounty: addr(3), Reputation: addr(4)}
	agent, human, bare, gone := addr(0x10), addr(0x11), addr(0x12), addr(0x13)
	f := &fakeL1{t: t, params: p,
		owners: map[common.Address]common.Address{agent: addr(0x20), human: addr(0x21), gone: addr(0x23)},
		regs: map[common.Address]bindings.StakingRegistryOperator{
			addr(0x20): {Signer: agent, Kind: 1, AgentId: big.NewInt(7), Bonded: eth(32), Unbonding: new(big.Int), Withdrawable: new(big.Int)},
			addr(0x21): {Signer: human, Kind: 0, AgentId: new(big.Int), Bonded: eth(40), Unbonding: eth(1), Withdrawable: new(big.Int)},
			addr(0x23): {Signer: gone, Kind: 1, Jailed: true, AgentId: big.NewInt(9), Bonded: eth(2), Unbonding: new(big.Int), Withdrawable: new(big.Int)},
		},
		summary: map[string]bindings.GetSummaryOutput{"7": {Count: 3, SummaryValue: big.NewInt(-150), SummaryValueDecimals: 2}},
	}
	active := []consensus.OperatorStatus{{Signer: agent, Power: 32e9}, {Signer: human, Power: 40e9}, {Signer: bare, Power: 1e9}}
	slashes := []consensus.Slash{
		{Signer: gone, Owner: addr(0x23), Amount: (*hexutil.Big)(eth(1))},
		{Signer: gone, Owner: addr(0x23), Amount: (*hexutil.Big)(eth(2))},
	}
	res, err := readOperators(context.Background(), f.call, p, active, slashes)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Operators) != 4 {
		t.Fatalf("%d rows, want 4: %+v", len(res.Operators), res.Operators)
	}
	a, h, b, g := res.Operators[0], res.Operators[1], res.Operators[2], res.Operators[3]
	if a.Signer != agent || a.Kind != "agent" || a.AgentID.ToInt().Int64() != 7 || a.Bonded.ToInt().Cmp(eth(32)) != 0 || a.Power != 32e9 || a.Jailed || a.Slashed != nil {
		t.Fatalf("agent row %+v", a)
	}
	if a.Reputation == nil || a.Reputation.Count != 3 || a.Reputation.Value != "-1.5" || a.Reputation.Error != "" {
		t.Fatalf("agent reputation %+v", a.Reputation)
	}
	if h.Kind != "human" || h.Owner != addr(0x21) || h.Unbonding.ToInt().Cmp(eth(1)) != 0 || h.Reputation != nil {
		t.Fatalf("human row %+v (a human has no reputation read)", h)
	}
	if b.Signer != bare || b.Owner != (common.Address{}) || b.Kind != "" || b.Bonded != nil {
		t.Fatalf("unregistered row %+v", b)
	}
	if g.Signer != gone || g.Power != 0 || !g.Jailed || g.Slashed.ToInt().Cmp(eth(3)) != 0 || g.Kind != "agent" {
		t.Fatalf("slashed row %+v", g)
	}
	if g.Reputation == nil || g.Reputation.Count != 0 || g.Reputation.Value != "0" {
		t.Fatalf("slashed agent's reputation %+v", g.Reputation)
	}

	// A reputation read that fails is reported in its row only.
	f.failRep = true
	res, err = readOperators(context.Background(), f.call, p, active, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r := res.Operators[0].Reputation; r == nil || !strings.Contains(r.Error, "getSummary(7)") || !strings.Contains(r.Error, "execution reverted") {
		t.Fatalf("failed reputation read: %+v", r)
	}
	// No ReputationRegistry in the genesis: no reputation read at all.
	f.failRep, p.Reputation = false, common.Address{}
	f.calls = 0
	res, err = readOperators(context.Background(), f.call, p, active, nil)
	if err != nil || res.Operators[0].Reputation != nil || f.calls != 5 {
		t.Fatalf("without a reputation registry: %v, %+v, %d calls (want 3 operatorOf + 2 operators)", err, res.Operators[0].Reputation, f.calls)
	}
	// A registry read that fails fails the answer, naming the call.
	f.failRegs = true
	if _, err := readOperators(context.Background(), f.call, p, active, nil); err == nil || !strings.Contains(err.Error(), "StakingRegistry.operators(") {
		t.Fatalf("failed registry read: %v", err)
	}
}

func TestDecimalString(t *testing.T) {
	for _, c := range []struct {
		v    int64
		d    uint8
		want string
	}{{0, 0, "0"}, {3, 0, "3"}, {-150, 2, "-1.5"}, {5, 2, "0.05"}, {100, 2, "1"}, {-7, 3, "-0.007"}, {12345, 1, "1234.5"}} {
		if got := decimalString(big.NewInt(c.v), c.d); got != c.want {
			t.Errorf("decimalString(%d, %d) = %q, want %q", c.v, c.d, got, c.want)
		}
	}
}

// TestOperatorsCache: within operatorsCacheTTL the last answer (or
// failure) is reused; after it, L1 is read again.
func TestOperatorsCache(t *testing.T) {
	var c l1Cache[*OperatorsResult]
	reads := 0
	read := func() (*OperatorsResult, error) {
		reads++
		if reads == 2 {
			return nil, errors.New("L1 down")
		}
		return &OperatorsResult{Operators: make([]OperatorResult, reads)}, nil
	}
	t0 := time.Unix(1000, 0)
	for i, at := range []time.Duration{0, time.Second, operatorsCacheTTL - time.Millisecond} {
		res, err := c.get(t0.Add(at), read)
		if err != nil || len(res.Operators) != 1 || reads != 1 {
			t.Fatalf("get %d: %v, %d reads", i, err, reads)
		}
	}
	t1 := t0.Add(operatorsCacheTTL)
	if _, err := c.get(t1, read); err == nil || reads != 2 {
		t.Fatalf("after the TTL: %v, %d reads", err, reads)
	}
	if _, err := c.get(t1.Add(time.Second), read); err == nil || reads != 2 {
		t.Fatalf("a failure is reused too: %v, %d reads", err, reads)
	}
	if res, err := c.get(t1.Add(operatorsCacheTTL), read); err != nil || len(res.Operators) != 3 || reads != 3 {
		t.Fatalf("after the failure's TTL: %v, %d reads", err, reads)
	}
}
