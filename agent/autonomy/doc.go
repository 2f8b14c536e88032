// Package autonomy is the autonomous agents of the operator market: a
// recruiter that posts NodeBounty bounties when the sequencer needs more
// validators and stops funding them when the need is gone, and an
// operator that joins the bounties that pay, claims, withdraws and leaves.
// `mycel agent run --policy FILE` (cmd/mycel/agent_run.go) runs one;
// docs/agents.md is the guide and the policy reference.
//
// A Policy (TOML, ParsePolicy / LoadPolicy: strict, every error names its
// key) chooses the role, the rules and the budgets. An Agent runs the loop
// observe -> decide -> act every Policy.Interval (Run) or once (Step):
//
//	a := autonomy.New(pol, autonomy.ClientSDK{Client: c, Gas: ethclient}, autonomy.Options{Out: os.Stdout, Registry: reg})
//	err := a.Run(ctx)
//
// Everything it touches goes through the SDK interface (an agent.Client
// in production, a fake in tests) and the Clock (SystemClock, or a fake);
// every signature is made inside the SDK, so the loop holds no key.
// Every decision is one JSON line (Decision: the inputs it used, the
// action and the reason); a decision that repeats unchanged (a wait, a
// skip, a refusal, the same failure) is written once. Budgets are checked
// before each action with its estimated gas; a refused action is a
// decision too. Metrics (NewMetrics) count decisions by kind, spend and
// income.
//
// The agent keeps no state that matters across restarts: the recruiter
// finds its bounties on L1 by its poster address (and counts their escrow
// against its budget), the operator its seats. NodeProcess runs the
// operator's validator as a `mycel start` child, with an exclusive lock on
// its home against a second agent running the same key.
package autonomy
