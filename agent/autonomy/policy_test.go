package autonomy

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestLoadPolicyExamples(t *testing.T) {
	r, err := LoadPolicy("testdata/recruiter.toml")
	if err != nil {
		t.Fatal(err)
	}
	if r.Role != RoleRecruiter || r.Recruit.MinValidators != 6 || r.Recruit.Bounty.Seats != 2 || r.Recruit.StopAfter.Duration != 10*time.Minute {
		t.Fatalf("recruiter policy read as %+v / %+v", r, r.Recruit)
	}
	if got := r.Recruit.Bounty.RewardPerBatch.Wei.String(); got != "1000000000000000" {
		t.Fatalf("reward_per_batch = %s wei, want 1e15", got)
	}
	if p := r.parse(); p.first.kind.String() != "agent" || p.first.repMin == nil || p.first.repMin.Int64() != 50 {
		t.Fatalf("parsed recruiter terms: kind %s, min reputation %v", p.first.kind, p.first.repMin)
	}
	o, err := LoadPolicy("testdata/operator.toml")
	if err != nil {
		t.Fatal(err)
	}
	if o.Role != RoleOperator || o.Operator.BatchesPerHour != 60 || o.Operator.MaxStakeETH.String() != "2" || !o.Operator.Trust.AgentsOnly {
		t.Fatalf("operator policy read as %+v / %+v", o, o.Operator)
	}
}

const recruiterBase = `
role = "recruiter"
[budget]
total_eth = "5"
per_bounty_eth = "1"
gas_per_hour_eth = "0.05"
[recruiter]
min_validators = 6
[recruiter.bounty]
reward_per_batch = "0.001"
seats = 2
duration = "24h"
`

const operatorBase = `
role = "operator"
[budget]
total_eth = "1"
gas_per_hour_eth = "0.05"
[operator]
cost_per_hour_eth = "0.001"
batches_per_hour = 60
`

func TestParsePolicyErrorsNameTheKey(t *testing.T) {
	for _, c := range []struct {
		name, policy, key string
	}{
		{"unknown top key", "bogus = 1\n" + recruiterBase, "unknown key bogus"},
		{"unknown key in the last table", recruiterBase + "\nbogus = 1", "unknown key recruiter.bounty.bogus"},
		{"unknown nested key", strings.Replace(recruiterBase, "seats = 2", "seats = 2\nseets = 3", 1), "recruiter.bounty.seets"},
		{"unknown operator key", strings.Replace(operatorBase, "batches_per_hour = 60", "batches_per_hour = 60\nstake = 1", 1), "operator.stake"},
		{"no role", strings.Replace(recruiterBase, `role = "recruiter"`, "", 1), "role: missing"},
		{"bad role", strings.Replace(recruiterBase, `"recruiter"`, `"pirate"`, 1), `role: "pirate"`},
		{"wrong type", strings.Replace(recruiterBase, "min_validators = 6", `min_validators = "six"`, 1), "recruiter.min_validators"},
		{"bad amount", strings.Replace(recruiterBase, `total_eth = "5"`, `total_eth = "five"`, 1), "budget.total_eth"},
		{"zero total", strings.Replace(recruiterBase, `total_eth = "5"`, `total_eth = "0"`, 1), "budget.total_eth"},
		{"no gas budget", strings.Replace(recruiterBase, `gas_per_hour_eth = "0.05"`, "", 1), "budget.gas_per_hour_eth"},
		{"per bounty above total", strings.Replace(recruiterBase, `per_bounty_eth = "1"`, `per_bounty_eth = "6"`, 1), "budget.per_bounty_eth"},
		{"no per bounty", strings.Replace(recruiterBase, `per_bounty_eth = "1"`, "", 1), "budget.per_bounty_eth"},
		{"bad duration", strings.Replace(recruiterBase, `duration = "24h"`, `duration = "a day"`, 1), "recruiter.bounty.duration"},
		{"no duration", strings.Replace(recruiterBase, `duration = "24h"`, "", 1), "recruiter.bounty.duration"},
		{"no trigger", strings.Replace(recruiterBase, "min_validators = 6", "", 1), "recruiter: no trigger"},
		{"negative validators", strings.Replace(recruiterBase, "min_validators = 6", "min_validators = -1", 1), "recruiter.min_validators"},
		{"no seats", strings.Replace(recruiterBase, "seats = 2", "seats = 0", 1), "recruiter.bounty.seats"},
		{"bad kind", strings.Replace(recruiterBase, "seats = 2", "seats = 2\nkind = \"robots\"", 1), "recruiter.bounty.kind"},
		{"escrow above per bounty", strings.Replace(recruiterBase, "seats = 2", "seats = 2\nescrow = \"2\"", 1), "recruiter.bounty.escrow"},
		{"reward above escrow", strings.Replace(recruiterBase, `reward_per_batch = "0.001"`, `reward_per_batch = "1.5"`, 1), "recruiter.bounty.reward_per_batch"},
		{"no reward", strings.Replace(recruiterBase, `reward_per_batch = "0.001"`, "", 1), "recruiter.bounty.reward_per_batch"},
		{"reputation for any kind", strings.Replace(recruiterBase, "seats = 2", "seats = 2\nmin_reputation = \"5\"", 1), "recruiter.bounty.min_reputation"},
		{"bad reputation", strings.Replace(recruiterBase, "seats = 2", "seats = 2\nkind = \"agent\"\nmin_reputation = \"high\"", 1), "recruiter.bounty.min_reputation"},
		{"bad client", strings.Replace(recruiterBase, "seats = 2", "seats = 2\nkind = \"agent\"\nmin_reputation = \"5\"\nreputation_clients = [\"0x12\"]", 1), "recruiter.bounty.reputation_clients"},
		{"recruiter without table", `role = "recruiter"
[budget]
total_eth = "1"
per_bounty_eth = "1"
gas_per_hour_eth = "0.1"`, "recruiter: role"},
		{"recruiter with operator table", recruiterBase + "\n[operator]\nbatches_per_hour = 1", "operator: a recruiter"},
		{"operator with recruiter table", operatorBase + "\n[recruiter]\nmin_validators = 1", "recruiter: an operator"},
		{"operator no cost", strings.Replace(operatorBase, `cost_per_hour_eth = "0.001"`, "", 1), "operator.cost_per_hour_eth"},
		{"operator no batches", strings.Replace(operatorBase, "batches_per_hour = 60", "", 1), "operator.batches_per_hour"},
		{"operator bad poster", operatorBase + "\n[operator.trust]\nposters = [\"bob\"]", "operator.trust.posters"},
		{"operator bad min reputation", operatorBase + "\n[operator.trust]\nmin_reputation = \"x\"", "operator.trust.min_reputation"},
		{"operator negative time left", strings.Replace(operatorBase, "batches_per_hour = 60", "batches_per_hour = 60\nmin_time_left = \"-1h\"", 1), "operator.min_time_left"},
		{"operator node without home", operatorBase + "\n[operator.node]\nbinary = \"x\"", "operator.node.home"},
		{"operator node unknown key", operatorBase + "\n[operator.node]\nhome = \"x\"\nkey = \"y\"", "unknown key operator.node.key"},
		{"operator agent_id", "agent_id = 3\n" + operatorBase, "agent_id: an operator"},
		{"short interval", "interval = \"1ms\"\n" + operatorBase, "interval"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParsePolicy([]byte(c.policy))
			if err == nil {
				t.Fatalf("accepted; want an error naming %q", c.key)
			}
			if !errors.Is(err, ErrBadPolicy) || !strings.Contains(err.Error(), c.key) {
				t.Fatalf("error %q: want ErrBadPolicy naming %q", err, c.key)
			}
		})
	}
	for _, ok := range []string{recruiterBase, operatorBase} {
		if _, err := ParsePolicy([]byte(ok)); err != nil {
			t.Fatalf("base policy refused: %v", err)
		}
	}
}

func TestParsePolicyDefaults(t *testing.T) {
	p, err := ParsePolicy([]byte(recruiterBase))
	if err != nil {
		t.Fatal(err)
	}
	if p.Interval.Duration != 15*time.Second || p.Recruit.StopAfter.Duration != 5*time.Minute || !*p.Recruit.Refund ||
		p.Recruit.Bounty.Escrow.Wei.Cmp(p.Budget.PerBountyETH.Wei) != 0 {
		t.Fatalf("defaults: interval %s, stop_after %s, refund %v, escrow %s", p.Interval, p.Recruit.StopAfter, *p.Recruit.Refund, p.Recruit.Bounty.Escrow)
	}
}
