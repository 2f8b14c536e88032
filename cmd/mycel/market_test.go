package main

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/internal/testutil"
)

// TestMarketOnDevnet drives the operator market's commands as an agent and
// an operator would against a rollup devnet (L1 dev chain, contracts, 4
// staked validators, two of them agents with identities 1 and 2): the
// agent registers an ERC-8004 identity whose registration file it serves,
// posts a bounty under it; a newcomer registers an operator with its own
// consensus key and joins; `bounty list` shows the seat, `agents list`
// the agent with its registration file, `operator status` the operator;
// feedback and the reputation summary; and the mistakes on the way are
// answered with errors that say what to do.
func TestMarketOnDevnet(t *testing.T) {
	if testing.Short() {
		t.Skip("runs an L1 chain and 4 validators")
	}
	level := slog.LevelError
	if testing.Verbose() {
		level = slog.LevelWarn
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))
	home := filepath.Join(t.TempDir(), "devnet")
	cfg := devnet.DefaultConfig(home)
	cfg.Init.BasePort = testutil.FreePortBase(t, 4)
	cfg.L1.HTTPAddr = "127.0.0.1:0"
	cfg.L1.BlockPeriod = 500 * time.Millisecond
	cfg.L1.Prover = false
	cfg.L1.Verifier = "test"
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	d, err := devnet.New(cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	started := time.Now()
	if err := d.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer d.Stop(context.Background())
	t.Logf("devnet up in %v", time.Since(started).Round(time.Millisecond))

	dir := t.TempDir()
	pass := filepath.Join(dir, "pass")
	os.WriteFile(pass, []byte("market passphrase\n"), 0o600)
	walletAgent, walletOp := filepath.Join(dir, "agent"), filepath.Join(dir, "operator")
	shared := []string{"--devnet", home, "--password-file", pass, "--timeout", "2m"}
	ag := func(args ...string) []string { return append(append(args, "--wallet", walletAgent), shared...) }
	op := func(args ...string) []string { return append(append(args, "--wallet", walletOp), shared...) }
	var infoAgent, infoOp walletInfo
	mustWalletJSON(t, &infoAgent, ag("wallet", "new", "--devnet-account", "0", "--light-kdf")...)
	mustWalletJSON(t, &infoOp, op("wallet", "new", "--devnet-account", "1", "--light-kdf")...)

	// The agent's registration file, served once its id is known.
	var mu sync.Mutex
	var regFile []byte
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		if regFile == nil || r.URL.Path != "/agent.json" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(regFile)
	}))
	defer srv.Close()

	// 1. The agent registers its identity and publishes its file.
	var reg agent.AgentRegistered
	mustWalletJSON(t, &reg, ag("agents", "register", srv.URL+"/agent.json")...)
	if reg.Owner != infoAgent.L1Address || reg.AgentID == nil || reg.AgentID.Int64() != 3 || reg.URI != srv.URL+"/agent.json" ||
		reg.Registry != agent.RegistryName(d.L1.ChainID, d.L1.Deployment.Identity) {
		t.Fatalf("agents register: %+v", reg)
	}
	f := agent.RegistrationFile{Type: agent.RegistrationType, Name: "market test agent", Description: "posts bounties",
		Services: []agent.Service{{Name: "web", Endpoint: srv.URL}}, Active: true,
		Registrations: []agent.Registration{{AgentID: reg.AgentID, AgentRegistry: reg.Registry}}}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	mu.Lock()
	regFile = b
	mu.Unlock()

	// 2. It posts a bounty under its identity; the operator cannot (the
	// identity is not its).
	bountyArgs := []string{"bounty", "post", "--reward", "1000000gwei", "--escrow", "0.1", "--seats", "2", "--duration", "1h", "--notice", "10m", "--agent-id", "3"}
	walletFails(t, []string{"NotAgentController", "owner or agentWallet"}, op(bountyArgs...)...)
	var posted agent.BountyPosted
	mustWalletJSON(t, &posted, ag(bountyArgs...)...)
	if posted.ID != 1 || posted.Hash == (common.Hash{}) || posted.End.Sub(posted.Start) < 59*time.Minute {
		t.Fatalf("bounty post: %+v", posted)
	}

	// 3. A newcomer registers an operator with its own consensus key.
	var before agent.OperatorStatus
	mustWalletJSON(t, &before, op("operator", "status")...)
	if before.Registered || before.MinStake == nil || before.MinStake.Sign() <= 0 {
		t.Fatalf("operator status before registering: %+v", before)
	}
	ck, err := crypto.ToECDSA(crypto.Keccak256([]byte("market test consensus key")))
	if err != nil {
		t.Fatal(err)
	}
	keyFile := filepath.Join(dir, "consensus.hex")
	os.WriteFile(keyFile, []byte(hex.EncodeToString(crypto.FromECDSA(ck))+"\n"), 0o600)
	walletFails(t, []string{"below the minimum stake", "the minimum is 32 ETH"}, op("operator", "register", "--stake", "1gwei", "--consensus-key-file", keyFile)...)
	walletFails(t, []string{"--kind agent needs --agent-id"}, op("operator", "register", "--kind", "agent", "--stake", "32", "--consensus-key-file", keyFile)...)
	var registered agent.OperatorResult
	mustWalletJSON(t, &registered, op("operator", "register", "--stake", before.MinStake.String()+"wei", "--consensus-key-file", keyFile)...)
	if registered.Owner != infoOp.L1Address || registered.Signer != crypto.PubkeyToAddress(ck.PublicKey) || registered.Bonded.Cmp(before.MinStake) != 0 {
		t.Fatalf("operator register: %+v", registered)
	}

	// 4. It joins the bounty (once); the list shows its seat.
	var joined agent.L1Tx
	mustWalletJSON(t, &joined, op("bounty", "join", "1")...)
	walletFails(t, []string{"AlreadySeated"}, op("bounty", "join", "1")...)
	walletFails(t, []string{"no bounty has this id"}, op("bounty", "join", "9")...)
	var list bountyList
	mustWalletJSON(t, &list, op("bounty", "list")...)
	if len(list.Bounties) != 1 {
		t.Fatalf("bounty list: %+v", list)
	}
	bo := list.Bounties[0]
	if bo.ID != 1 || bo.Poster != infoAgent.L1Address || bo.AgentID.Int64() != 3 || bo.Taken != 1 || bo.Seats != 2 || !bo.Open ||
		bo.Escrow.Cmp(big.NewInt(1e17)) != 0 || bo.Seat == nil || bo.Seat.Operator != infoOp.L1Address || bo.Seat.LeftAt != nil {
		t.Fatalf("bounty list: %+v", bo)
	}
	text, _, err := runWallet(t, op("bounty", "list")...)
	if err != nil || !strings.Contains(text, "bounty 1 [open]") || !strings.Contains(text, "seats 1/2") || !strings.Contains(text, "(agent 3)") || !strings.Contains(text, "your seat: seated") {
		t.Fatalf("bounty list text: %v\n%s", err, text)
	}
	t.Logf("%s", text)

	// 5. Feedback from the operator's key, and the summary.
	var fb agent.FeedbackGiven
	mustWalletJSON(t, &fb, op("agents", "feedback", "3", "97.5", "--tag1", "uptime")...)
	walletFails(t, []string{"SelfFeedback"}, ag("agents", "feedback", "3", "100")...)
	var sum agent.ReputationSummary
	mustWalletJSON(t, &sum, op("agents", "reputation", "3", "--tag1", "uptime")...)
	if sum.Count != 1 || sum.String() != "97.5" {
		t.Fatalf("agents reputation: %+v", sum)
	}

	// 6. The agent in the list, with its registration file; the devnet's
	// agent operators (whose files are on a host that does not exist)
	// with the reason theirs was not read.
	var page agent.AgentsPage
	mustWalletJSON(t, &page, op("agents", "list")...)
	if page.Total != 3 || len(page.Agents) != 3 {
		t.Fatalf("agents list: %d of %d", len(page.Agents), page.Total)
	}
	mine := page.Agents[2]
	if mine.AgentID.Int64() != 3 || mine.Owner != infoAgent.L1Address || mine.Registration == nil || mine.Registration.Name != "market test agent" ||
		!mine.RegistrationVerified || mine.Reputation == nil || mine.Reputation.Count != 1 || mine.Operator != nil {
		t.Fatalf("agents list, agent 3: %+v", mine)
	}
	for _, l := range page.Agents[:2] {
		if l.Operator == nil || !l.Operator.AgentLinkValid || l.Registration != nil || l.RegistrationError == "" {
			t.Fatalf("agents list, devnet agent %s: %+v", l.AgentID, l)
		}
	}
	text, _, err = runWallet(t, op("agents", "list")...)
	if err != nil || !strings.Contains(text, `"market test agent" (lists this identity)`) || !strings.Contains(text, "reputation 97.5 from 1 feedback") {
		t.Fatalf("agents list text: %v\n%s", err, text)
	}
	t.Logf("%s", text)

	// 7. The operator's status, its own and as anyone reads it (no wallet).
	var st agent.OperatorStatus
	mustWalletJSON(t, &st, op("operator", "status")...)
	// The newcomer's stake counts from the next epoch: depending on how
	// fast the devnet's short epochs pass on a busy machine, the L2 has
	// given it power already or not yet. Both are reported.
	if !st.Registered || st.Owner != infoOp.L1Address || st.Signer != registered.Signer || st.Kind != agent.OperatorHuman ||
		st.Bonded.Cmp(before.MinStake) != 0 || st.StakeNext.Cmp(before.MinStake) != 0 || st.L2Power == nil || *st.L2Power < 0 {
		t.Fatalf("operator status: %+v", st)
	}
	text, _, err = runWallet(t, append([]string{"operator", "status", infoOp.L1Address.Hex(), "--wallet", filepath.Join(dir, "none")}, shared...)...)
	if err != nil || !strings.Contains(text, fmt.Sprintf("operator %s (human), signer %s", infoOp.L1Address, registered.Signer)) ||
		!(strings.Contains(text, "not in the L2 validator set (yet)") || strings.Contains(text, "in the L2 validator set with power")) {
		t.Fatalf("operator status text: %v\n%s", err, text)
	}
	t.Logf("%s", text)
	// A devnet validator: in the L2 set.
	var val agent.OperatorStatus
	mustWalletJSON(t, &val, append([]string{"operator", "status", d.L1.Operators[0].Owner, "--wallet", filepath.Join(dir, "none")}, shared...)...)
	if !val.Registered || val.L2Power == nil || *val.L2Power <= 0 {
		t.Fatalf("a devnet validator's status: %+v", val)
	}

	// 8. The operator leaves; the agent cancels.
	mustWalletJSON(t, &joined, op("bounty", "leave", "1")...)
	walletFails(t, []string{"NotPoster"}, op("bounty", "cancel", "1")...)
	var cancelled agent.BountyCancelled
	mustWalletJSON(t, &cancelled, ag("bounty", "cancel", "1")...)
	if !cancelled.End.Before(posted.End) {
		t.Fatalf("bounty cancel: end %v, posted to end %v", cancelled.End, posted.End)
	}
	walletFails(t, []string{"RefundNotYet"}, ag("bounty", "refund", "1")...)
}
