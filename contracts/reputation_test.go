package contracts_test

import (
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

// repEnv is a chain with the deployed ReputationRegistry (bound to the
// deployed AgentIdentityRegistry).
type repEnv struct {
	*te.Env
	rep *bindings.ReputationRegistry
	c   *bind.BoundContract
}

func newRepEnv(t *testing.T, users int) *repEnv {
	e := te.New(t, users, nil)
	t.Cleanup(e.Close)
	rb := bindings.NewReputationRegistry()
	return &repEnv{Env: e, rep: rb, c: rb.Instance(e.Client, e.D.Reputation)}
}

// feedback is giveFeedback's arguments.
type feedback struct {
	agent       int64
	value       *big.Int
	decimals    uint8
	tag1, tag2  string
	endpoint    string
	feedbackURI string
	hash        common.Hash
}

func (r *repEnv) give(from te.Account, f feedback) (*types.Receipt, error) {
	return r.Send(from, r.c, nil, r.rep.PackGiveFeedback(big.NewInt(f.agent), f.value, f.decimals, f.tag1, f.tag2,
		f.endpoint, f.feedbackURI, f.hash))
}

// rate gives agent a value with decimals and tags, and must succeed.
func (r *repEnv) rate(from te.Account, agent int64, value int64, decimals uint8, tag1, tag2 string) {
	r.T.Helper()
	if _, err := r.give(from, feedback{agent: agent, value: big.NewInt(value), decimals: decimals, tag1: tag1, tag2: tag2}); err != nil {
		r.T.Fatalf("giveFeedback %d/%d: %s (%v)", value, decimals, contracts.RevertName(err), err)
	}
}

func (r *repEnv) summary(agent int64, clients []common.Address, tag1, tag2 string) bindings.GetSummaryOutput {
	r.T.Helper()
	return te.Call(r.Env, r.c, r.rep.PackGetSummary(big.NewInt(agent), clients, tag1, tag2), r.rep.UnpackGetSummary)
}

func (r *repEnv) summaryErr(agent int64, clients []common.Address, tag1, tag2 string) error {
	_, err := bind.Call(r.c, &bind.CallOpts{Context: r.Ctx}, r.rep.PackGetSummary(big.NewInt(agent), clients, tag1, tag2),
		r.rep.UnpackGetSummary)
	return err
}

func (r *repEnv) read(agent int64, client common.Address, index uint64) bindings.ReadFeedbackOutput {
	r.T.Helper()
	return te.Call(r.Env, r.c, r.rep.PackReadFeedback(big.NewInt(agent), client, index), r.rep.UnpackReadFeedback)
}

func (r *repEnv) lastIndex(agent int64, client common.Address) uint64 {
	r.T.Helper()
	return te.Call(r.Env, r.c, r.rep.PackGetLastIndex(big.NewInt(agent), client), r.rep.UnpackGetLastIndex)
}

func (r *repEnv) responses(agent int64, client common.Address, index uint64, responders ...common.Address) uint64 {
	r.T.Helper()
	return te.Call(r.Env, r.c, r.rep.PackGetResponseCount(big.NewInt(agent), client, index, responders), r.rep.UnpackGetResponseCount)
}

func (r *repEnv) register(owner te.Account) {
	r.T.Helper()
	r.Must(owner, r.Identity, nil, r.IdentityABI.PackRegister1("ipfs://agent.json"))
}

func addrs(as ...te.Account) []common.Address {
	var out []common.Address
	for _, a := range as {
		out = append(out, a.Addr)
	}
	return out
}

// pow10 is 10^n.
func pow10(n int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil) }

func wantSummary(t *testing.T, got bindings.GetSummaryOutput, count uint64, value *big.Int, decimals uint8) {
	t.Helper()
	if got.Count != count || got.SummaryValue.Cmp(value) != 0 || got.SummaryValueDecimals != decimals {
		t.Fatalf("summary (count %d, value %s, decimals %d), want (%d, %s, %d)", got.Count, got.SummaryValue,
			got.SummaryValueDecimals, count, value, decimals)
	}
}

// TestReputationRegistryBinding: the deployed registry names the identity
// registry; the constructor refuses zero and an address without code.
func TestReputationRegistryBinding(t *testing.T) {
	r := newRepEnv(t, 1)
	if got := te.Call(r.Env, r.c, r.rep.PackGetIdentityRegistry(), r.rep.UnpackGetIdentityRegistry); got != r.D.Identity {
		t.Fatalf("getIdentityRegistry %s, want %s", got, r.D.Identity)
	}
	deploy := func(identity common.Address) error {
		code := append(common.FromHex(bindings.ReputationRegistryMetaData.Bin), r.rep.PackConstructor(identity)...)
		_, err := r.Deploy(r.Users[0], code)
		return err
	}
	r.Reverts(deploy(common.Address{}), "ZeroAddress")
	r.Reverts(deploy(r.Users[0].Addr), "NotAContract")
	if err := deploy(r.D.Identity); err != nil {
		t.Fatalf("deploy: %v", err)
	}
}

// TestReputationGiveFeedback: stored fields, the NewFeedback event with the draft's
// fields (endpoint, feedbackURI, feedbackHash logged only), 1-based
// indexes per client, the client list in order of first feedback.
func TestReputationGiveFeedback(t *testing.T) {
	r := newRepEnv(t, 4)
	owner, c1, c2 := r.Users[0], r.Users[1], r.Users[2]
	r.register(owner)
	f := feedback{agent: 1, value: big.NewInt(9977), decimals: 2, tag1: "uptime", tag2: "day",
		endpoint: "https://agent.example/mcp", feedbackURI: "ipfs://bafyfeedback", hash: crypto.Keccak256Hash([]byte("file"))}
	rcpt, err := r.give(c1, f)
	if err != nil {
		t.Fatalf("giveFeedback: %s", contracts.RevertName(err))
	}
	if len(rcpt.Logs) != 1 {
		t.Fatalf("%d logs, want 1", len(rcpt.Logs))
	}
	ev, err := r.rep.UnpackNewFeedbackEvent(rcpt.Logs[0])
	if err != nil {
		t.Fatal(err)
	}
	if ev.AgentId.Int64() != 1 || ev.ClientAddress != c1.Addr || ev.FeedbackIndex != 1 || ev.Value.Int64() != 9977 ||
		ev.ValueDecimals != 2 || ev.IndexedTag1 != crypto.Keccak256Hash([]byte("uptime")) || ev.Tag1 != "uptime" ||
		ev.Tag2 != "day" || ev.Endpoint != f.endpoint || ev.FeedbackURI != f.feedbackURI || ev.FeedbackHash != f.hash {
		t.Fatalf("NewFeedback %+v", ev)
	}
	got := r.read(1, c1.Addr, 1)
	if got.Value.Int64() != 9977 || got.ValueDecimals != 2 || got.Tag1 != "uptime" || got.Tag2 != "day" || got.IsRevoked {
		t.Fatalf("readFeedback %+v", got)
	}

	// Negative values, empty optional fields, a second entry of c1.
	r.rate(c2, 1, -32, 1, "tradingYield", "")
	r.rate(c1, 1, 1, 0, "", "")
	if got := r.read(1, c2.Addr, 1); got.Value.Int64() != -32 || got.ValueDecimals != 1 || got.Tag2 != "" {
		t.Fatalf("negative feedback %+v", got)
	}
	if got := r.read(1, c1.Addr, 2); got.Value.Int64() != 1 || got.Tag1 != "" || got.Tag2 != "" {
		t.Fatalf("second feedback %+v", got)
	}
	if a, b, c := r.lastIndex(1, c1.Addr), r.lastIndex(1, c2.Addr), r.lastIndex(1, owner.Addr); a != 2 || b != 1 || c != 0 {
		t.Fatalf("last indexes %d %d %d, want 2 1 0", a, b, c)
	}
	clients := te.Call(r.Env, r.c, r.rep.PackGetClients(big.NewInt(1)), r.rep.UnpackGetClients)
	if !slices.Equal(clients, addrs(c1, c2)) {
		t.Fatalf("clients %v", clients)
	}
	for _, idx := range []uint64{0, 3} {
		_, err := bind.Call(r.c, &bind.CallOpts{Context: r.Ctx}, r.rep.PackReadFeedback(big.NewInt(1), c1.Addr, idx), r.rep.UnpackReadFeedback)
		r.Reverts(err, "FeedbackNotFound")
	}
}

// TestReputationGiveFeedbackRejects: every input rule at its bound and past it.
func TestReputationGiveFeedbackRejects(t *testing.T) {
	r := newRepEnv(t, 2)
	owner, c := r.Users[0], r.Users[1]
	r.register(owner)
	ok := func(f feedback) {
		t.Helper()
		if _, err := r.give(c, f); err != nil {
			t.Fatalf("giveFeedback %+v: %s (%v)", f, contracts.RevertName(err), err)
		}
	}
	bad := func(f feedback, want string) {
		t.Helper()
		_, err := r.give(c, f)
		r.Reverts(err, want)
	}
	max := pow10(38)
	base := feedback{agent: 1, value: big.NewInt(1)}
	with := func(mod func(*feedback)) feedback { f := base; mod(&f); return f }

	bad(with(func(f *feedback) { f.agent = 2 }), "UnknownAgent")
	bad(with(func(f *feedback) { f.agent = 0 }), "UnknownAgent")
	ok(with(func(f *feedback) { f.decimals = 18 }))
	bad(with(func(f *feedback) { f.decimals = 19 }), "ValueDecimalsTooLarge")
	bad(with(func(f *feedback) { f.decimals = 255 }), "ValueDecimalsTooLarge")
	ok(with(func(f *feedback) { f.value = max }))
	ok(with(func(f *feedback) { f.value = new(big.Int).Neg(max) }))
	bad(with(func(f *feedback) { f.value = new(big.Int).Add(max, big.NewInt(1)) }), "ValueOutOfRange")
	bad(with(func(f *feedback) { f.value = new(big.Int).Sub(new(big.Int).Neg(max), big.NewInt(1)) }), "ValueOutOfRange")

	long := func(n int) string { return strings.Repeat("x", n) }
	ok(with(func(f *feedback) { f.tag1, f.tag2 = long(64), long(64) }))
	ok(with(func(f *feedback) { f.endpoint, f.feedbackURI = long(2048), long(2048) }))
	for _, fc := range []struct {
		field string
		max   int
		mod   func(*feedback, string)
	}{
		{"tag1", 64, func(f *feedback, s string) { f.tag1 = s }},
		{"tag2", 64, func(f *feedback, s string) { f.tag2 = s }},
		{"endpoint", 2048, func(f *feedback, s string) { f.endpoint = s }},
		{"feedbackURI", 2048, func(f *feedback, s string) { f.feedbackURI = s }},
	} {
		_, err := r.give(c, with(func(f *feedback) { fc.mod(f, long(fc.max+1)) }))
		wantFieldTooLong(t, r, err, fc.field, fc.max+1, fc.max)
	}
	// The long entries were stored whole.
	if got := r.read(1, c.Addr, 4); len(got.Tag1) != 64 || len(got.Tag2) != 64 {
		t.Fatalf("64-byte tags read back as %d and %d bytes", len(got.Tag1), len(got.Tag2))
	}
	if n := r.lastIndex(1, c.Addr); n != 5 {
		t.Fatalf("last index %d after 5 accepted entries", n)
	}
}

func wantFieldTooLong(t *testing.T, r *repEnv, err error, field string, length, max int) {
	t.Helper()
	r.Reverts(err, "FieldTooLong")
	data := contracts.RevertData(err)
	e, uerr := r.rep.UnpackFieldTooLongError(data[4:])
	if uerr != nil {
		t.Fatal(uerr)
	}
	if e.Field != field || e.Length.Int64() != int64(length) || e.Max.Int64() != int64(max) {
		t.Fatalf("FieldTooLong(%q, %s, %s), want (%q, %d, %d)", e.Field, e.Length, e.Max, field, length, max)
	}
}

// TestReputationSelfFeedbackRefused: the agent's owner, an address approved for the
// agent, an operator of all the owner's tokens and its agentWallet may not
// rate it; each may once the relation ends (approval revoked, wallet
// changed, agent transferred), and the new owner may not.
func TestReputationSelfFeedbackRefused(t *testing.T) {
	r := newRepEnv(t, 7)
	owner, approved, operator, wallet, other, buyer := r.Users[0], r.Users[1], r.Users[2], r.Users[3], r.Users[4], r.Users[5]
	id := r.IdentityABI
	one := big.NewInt(1)
	r.register(owner)
	self := func(from te.Account) {
		t.Helper()
		_, err := r.give(from, feedback{agent: 1, value: big.NewInt(100)})
		r.Reverts(err, "SelfFeedback")
	}
	self(owner) // also the agentWallet at registration
	r.Must(owner, r.Identity, nil, id.PackApprove(approved.Addr, one))
	self(approved)
	r.Must(owner, r.Identity, nil, id.PackSetApprovalForAll(operator.Addr, true))
	self(operator)
	r.Must(owner, r.Identity, nil, agentWalletArgs(r.Env, wallet, owner.Addr, one))
	self(wallet)
	self(owner) // the owner, no longer the wallet
	r.rate(other, 1, 100, 0, "", "")

	// Relations end: each of them may rate now.
	r.Must(owner, r.Identity, nil, id.PackApprove(common.Address{}, one))
	r.rate(approved, 1, 90, 0, "", "")
	r.Must(owner, r.Identity, nil, id.PackSetApprovalForAll(operator.Addr, false))
	r.rate(operator, 1, 80, 0, "", "")
	r.Must(owner, r.Identity, nil, id.PackUnsetAgentWallet(one))
	r.rate(wallet, 1, 70, 0, "", "")
	self(owner)

	// A transfer: the old owner is a client like any other, the buyer the
	// owner (and the transfer cleared the wallet).
	r.Must(owner, r.Identity, nil, agentWalletArgs(r.Env, wallet, owner.Addr, one))
	self(wallet)
	r.Must(owner, r.Identity, nil, id.PackTransferFrom(owner.Addr, buyer.Addr, one))
	self(buyer)
	r.rate(owner, 1, 60, 0, "", "")
	r.rate(wallet, 1, 50, 0, "", "")
}

// TestReputationSelfFeedbackGasStarved: the agentWallet's feedback fails at every gas
// limit, so a caller cannot starve the registry's getAgentWallet call into
// a failure that reads as "no wallet".
func TestReputationSelfFeedbackGasStarved(t *testing.T) {
	r := newRepEnv(t, 3)
	owner, wallet, other := r.Users[0], r.Users[1], r.Users[2]
	r.register(owner)
	r.Must(owner, r.Identity, nil, agentWalletArgs(r.Env, wallet, owner.Addr, big.NewInt(1)))
	data := r.rep.PackGiveFeedback(big.NewInt(1), big.NewInt(1), 0, "t", "", "", "", common.Hash{})
	okRcpt := r.Must(other, r.c, nil, data)
	send := func(gas uint64) *types.Receipt {
		opts := bind.NewKeyedTransactor(wallet.Key, r.ChainID)
		opts.GasLimit = gas
		tx, err := bind.Transact(r.c, opts, data)
		if err != nil {
			t.Fatalf("send with %d gas: %v", gas, err)
		}
		for i := 0; ; i++ {
			r.Sim.Commit()
			rcpt, err := r.Client.TransactionReceipt(r.Ctx, tx.Hash())
			if err == nil {
				return rcpt
			}
			if i == 100 {
				t.Fatalf("receipt: %v", err)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	// From the least a transaction with this calldata may carry (EIP-7623
	// floor) to well above what the feedback costs.
	var zeros, nonZeros uint64
	for _, b := range data {
		if b == 0 {
			zeros++
		} else {
			nonZeros++
		}
	}
	start := 21_000 + 10*(zeros+4*nonZeros)
	for gas := start; gas <= okRcpt.GasUsed+100_000; gas += 2_500 {
		if rcpt := send(gas); rcpt.Status == types.ReceiptStatusSuccessful {
			t.Fatalf("the agentWallet's feedback went through with a %d gas limit", gas)
		}
	}
	if n := r.lastIndex(1, wallet.Addr); n != 0 {
		t.Fatalf("the wallet has %d entries", n)
	}
}

// TestReputationSelfFeedbackPlainERC721: bound to a registry without getAgentWallet
// (an ERC-8004 draft before 2026), the owner and approved addresses are
// refused, others rate, and an unknown token is UnknownAgent.
func TestReputationSelfFeedbackPlainERC721(t *testing.T) {
	r := newRepEnv(t, 3)
	owner, approved, other := r.Users[0], r.Users[1], r.Users[2]
	plain := bindings.NewPlainERC721Identity()
	paddr, _, err := bind2Deploy(r.Env, bindings.PlainERC721IdentityMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	code := append(common.FromHex(bindings.ReputationRegistryMetaData.Bin), r.rep.PackConstructor(paddr)...)
	rc, err := r.Deploy(r.Deployer, code)
	if err != nil {
		t.Fatalf("deploy: %v", err)
	}
	r.c = r.rep.Instance(r.Client, rc.ContractAddress)
	r.Must(owner, r.At(paddr), nil, plain.PackMint(big.NewInt(7)))
	r.Must(owner, r.At(paddr), nil, plain.PackApprove(approved.Addr, big.NewInt(7)))
	for _, from := range []te.Account{owner, approved} {
		_, err := r.give(from, feedback{agent: 7, value: big.NewInt(1)})
		r.Reverts(err, "SelfFeedback")
	}
	r.rate(other, 7, 5, 0, "", "")
	_, err = r.give(other, feedback{agent: 8, value: big.NewInt(1)})
	r.Reverts(err, "UnknownAgent")
}

// TestReputationRevokeFeedback: a client revokes only its own entries, once; revoked
// entries stay readable, leave summaries and readAllFeedback unless asked
// for, and the client stays listed.
func TestReputationRevokeFeedback(t *testing.T) {
	r := newRepEnv(t, 4)
	owner, c1, c2 := r.Users[0], r.Users[1], r.Users[2]
	r.register(owner)
	r.rate(c1, 1, 10, 0, "a", "")
	r.rate(c1, 1, 20, 0, "a", "")
	r.rate(c2, 1, 30, 0, "a", "")
	revoke := func(from te.Account, idx uint64) (*types.Receipt, error) {
		return r.Send(from, r.c, nil, r.rep.PackRevokeFeedback(big.NewInt(1), idx))
	}
	// c2 has one entry: its index 2 does not exist, and c1's entries are
	// not c2's to revoke (the index is looked up under the caller).
	_, err := revoke(c2, 2)
	r.Reverts(err, "FeedbackNotFound")
	_, err = revoke(c2, 0)
	r.Reverts(err, "FeedbackNotFound")
	_, err = revoke(owner, 1) // the agent's owner revokes nothing of others
	r.Reverts(err, "FeedbackNotFound")
	rcpt, err := revoke(c1, 2)
	if err != nil {
		t.Fatalf("revoke: %s", contracts.RevertName(err))
	}
	ev, err := r.rep.UnpackFeedbackRevokedEvent(rcpt.Logs[0])
	if err != nil || ev.AgentId.Int64() != 1 || ev.ClientAddress != c1.Addr || ev.FeedbackIndex != 2 {
		t.Fatalf("FeedbackRevoked %+v, %v", ev, err)
	}
	_, err = revoke(c1, 2)
	r.Reverts(err, "AlreadyRevoked")
	if got := r.read(1, c1.Addr, 2); !got.IsRevoked || got.Value.Int64() != 20 {
		t.Fatalf("revoked entry reads %+v", got)
	}
	if got := r.read(1, c2.Addr, 1); got.IsRevoked {
		t.Fatal("c2's entry revoked")
	}
	wantSummary(t, r.summary(1, addrs(c1, c2), "", ""), 2, big.NewInt(20), 0) // (10 + 30) / 2
	wantSummary(t, r.summary(1, addrs(c1), "a", ""), 1, big.NewInt(10), 0)
	r.Must(c1, r.c, nil, r.rep.PackRevokeFeedback(big.NewInt(1), 1))
	wantSummary(t, r.summary(1, addrs(c1), "", ""), 0, big.NewInt(0), 0)
	all := te.Call(r.Env, r.c, r.rep.PackReadAllFeedback(big.NewInt(1), nil, "", "", false), r.rep.UnpackReadAllFeedback)
	if !slices.Equal(all.Clients, addrs(c2)) {
		t.Fatalf("readAllFeedback without revoked: clients %v", all.Clients)
	}
	all = te.Call(r.Env, r.c, r.rep.PackReadAllFeedback(big.NewInt(1), nil, "", "", true), r.rep.UnpackReadAllFeedback)
	if !slices.Equal(all.RevokedStatuses, []bool{true, true, false}) {
		t.Fatalf("readAllFeedback with revoked: %v", all.RevokedStatuses)
	}
	if cl := te.Call(r.Env, r.c, r.rep.PackGetClients(big.NewInt(1)), r.rep.UnpackGetClients); len(cl) != 2 {
		t.Fatalf("clients after revocation %v", cl)
	}
}

// TestReputationAppendResponse: anyone responds to an existing entry (revoked ones
// too) under its own address; counts by entry, client, agent and
// responder; missing entries, empty and overlong URIs revert.
func TestReputationAppendResponse(t *testing.T) {
	r := newRepEnv(t, 5)
	owner, c1, c2, aggregator := r.Users[0], r.Users[1], r.Users[2], r.Users[3]
	r.register(owner)
	r.rate(c1, 1, 1, 0, "", "")
	r.rate(c1, 1, 2, 0, "", "")
	r.rate(c2, 1, 3, 0, "", "")
	respond := func(from te.Account, client common.Address, idx uint64, uri string) (*types.Receipt, error) {
		return r.Send(from, r.c, nil, r.rep.PackAppendResponse(big.NewInt(1), client, idx, uri, crypto.Keccak256Hash([]byte(uri))))
	}
	rcpt, err := respond(owner, c1.Addr, 1, "ipfs://refund")
	if err != nil {
		t.Fatalf("appendResponse: %s", contracts.RevertName(err))
	}
	ev, err := r.rep.UnpackResponseAppendedEvent(rcpt.Logs[0])
	if err != nil || ev.AgentId.Int64() != 1 || ev.ClientAddress != c1.Addr || ev.FeedbackIndex != 1 ||
		ev.Responder != owner.Addr || ev.ResponseURI != "ipfs://refund" || ev.ResponseHash != crypto.Keccak256Hash([]byte("ipfs://refund")) {
		t.Fatalf("ResponseAppended %+v, %v", ev, err)
	}
	for _, s := range []struct {
		from   te.Account
		client common.Address
		idx    uint64
	}{{aggregator, c1.Addr, 1}, {aggregator, c1.Addr, 1}, {aggregator, c1.Addr, 2}, {c1, c2.Addr, 1}} {
		if _, err := respond(s.from, s.client, s.idx, "ipfs://spam-tag"); err != nil {
			t.Fatalf("appendResponse: %s", contracts.RevertName(err))
		}
	}
	r.Must(c2, r.c, nil, r.rep.PackRevokeFeedback(big.NewInt(1), 1))
	if _, err := respond(owner, c2.Addr, 1, "ipfs://after-revoke"); err != nil {
		t.Fatalf("response to a revoked entry: %s", contracts.RevertName(err))
	}

	for _, c := range []struct {
		client     common.Address
		idx        uint64
		responders []common.Address
		want       uint64
	}{
		{c1.Addr, 1, nil, 3},
		{c1.Addr, 1, addrs(owner), 1},
		{c1.Addr, 1, addrs(aggregator), 2},
		{c1.Addr, 1, addrs(owner, aggregator), 3},
		{c1.Addr, 1, addrs(c2), 0},
		{c1.Addr, 2, nil, 1},
		{c1.Addr, 3, nil, 0}, // no such entry: nothing appended
		{c1.Addr, 0, nil, 4}, // every entry of c1
		{c1.Addr, 0, addrs(aggregator), 3},
		{c2.Addr, 0, nil, 2},
		{common.Address{}, 0, nil, 6}, // every client
		{common.Address{}, 0, addrs(owner), 2},
		{common.Address{}, 0, addrs(c1), 1},
	} {
		if got := r.responses(1, c.client, c.idx, c.responders...); got != c.want {
			t.Fatalf("getResponseCount(%s, %d, %v) = %d, want %d", c.client, c.idx, c.responders, got, c.want)
		}
	}

	_, err = respond(owner, c1.Addr, 3, "ipfs://x")
	r.Reverts(err, "FeedbackNotFound")
	_, err = respond(owner, c1.Addr, 0, "ipfs://x")
	r.Reverts(err, "FeedbackNotFound")
	_, err = respond(owner, aggregator.Addr, 1, "ipfs://x") // never gave feedback
	r.Reverts(err, "FeedbackNotFound")
	_, err = respond(owner, c1.Addr, 1, "")
	r.Reverts(err, "EmptyResponseURI")
	if _, err := respond(owner, c1.Addr, 1, strings.Repeat("u", 2048)); err != nil {
		t.Fatalf("2048-byte response: %s", contracts.RevertName(err))
	}
	_, err = respond(owner, c1.Addr, 1, strings.Repeat("u", 2049))
	wantFieldTooLong(t, r, err, "responseURI", 2049, 2048)
}

// TestReputationSummaryArithmetic: hand-computed summaries across decimals: the
// mean at 18 decimals, expressed in the most common decimals (ties: the
// fewest), rounded toward zero, fewer decimals where it would not fit an
// int128; tag filters; empty and duplicate client lists refused.
func TestReputationSummaryArithmetic(t *testing.T) {
	r := newRepEnv(t, 8)
	owner, c1, c2, c3, c4 := r.Users[0], r.Users[1], r.Users[2], r.Users[3], r.Users[4]
	for i := 0; i < 6; i++ {
		r.register(owner)
	}
	// Agent 1: uptime 99.77%, 99%, 98.50%: mean 99.09 at 2 decimals.
	r.rate(c1, 1, 9977, 2, "uptime", "day")
	r.rate(c2, 1, 99, 0, "uptime", "week")
	r.rate(c3, 1, 9850, 2, "uptime", "day")
	r.rate(c3, 1, 1, 0, "reachable", "")
	wantSummary(t, r.summary(1, addrs(c1, c2, c3), "uptime", ""), 3, big.NewInt(9909), 2)
	wantSummary(t, r.summary(1, addrs(c1, c2, c3), "uptime", "day"), 2, big.NewInt(9913), 2) // 99.135 -> 99.13
	wantSummary(t, r.summary(1, addrs(c1, c2, c3), "", "week"), 1, big.NewInt(99), 0)
	wantSummary(t, r.summary(1, addrs(c1, c2, c3), "reachable", ""), 1, big.NewInt(1), 0)
	// One entry at 0 decimals, one at 2: a tie, the fewest decimals win:
	// (99 + 98.5) / 2 = 98.75 -> 98.
	wantSummary(t, r.summary(1, addrs(c2, c3), "uptime", ""), 2, big.NewInt(98), 0)
	// Every entry of agent 1 from c1..c3 (no tag filter): 4 entries, 2 at 2
	// decimals, 2 at 0: tie -> 0 decimals; mean (99.77 + 99 + 98.5 + 1) / 4
	// = 74.5675 -> 74.
	wantSummary(t, r.summary(1, addrs(c1, c2, c3), "", ""), 4, big.NewInt(74), 0)
	// Listing a client without feedback changes nothing; the order of the
	// list does not matter.
	wantSummary(t, r.summary(1, addrs(c3, c4, c1, c2), "", ""), 4, big.NewInt(74), 0)
	wantSummary(t, r.summary(1, addrs(c4), "", ""), 0, big.NewInt(0), 0)
	wantSummary(t, r.summary(1, addrs(c1), "nope", ""), 0, big.NewInt(0), 0)

	// Agent 2: negative values round toward zero: (-1 + -2) / 2 = -1.5 -> -1.
	r.rate(c1, 2, -1, 0, "", "")
	r.rate(c2, 2, -2, 0, "", "")
	wantSummary(t, r.summary(2, addrs(c1, c2), "", ""), 2, big.NewInt(-1), 0)
	// Agent 3: yields -3.2%, -0.5%, 7%: 3.3 / 3 = 1.1 at 1 decimal (two of three).
	r.rate(c1, 3, -32, 1, "tradingYield", "week")
	r.rate(c2, 3, -5, 1, "tradingYield", "week")
	r.rate(c3, 3, 7, 0, "tradingYield", "week")
	wantSummary(t, r.summary(3, addrs(c1, c2, c3), "tradingYield", "week"), 3, big.NewInt(11), 1)
	// Agent 4: 1e38 at 0 decimals and two zeros at 18 decimals: the mean
	// 3.33...e37 does not fit an int128 at 18 decimals (3.3e55) nor at 1
	// (3.3e38): it comes at 0 decimals.
	r.rate(c1, 4, 0, 18, "", "")
	r.rate(c2, 4, 0, 18, "", "")
	if _, err := r.give(c3, feedback{agent: 4, value: pow10(38)}); err != nil {
		t.Fatal(contracts.RevertName(err))
	}
	third, _ := new(big.Int).SetString(strings.Repeat("3", 38), 10)
	wantSummary(t, r.summary(4, addrs(c1, c2, c3), "", ""), 3, third, 0)
	// Agent 5: the extremes cancel, 18 decimals kept: (1e38 - 1e38 + 5) / 3
	// = 1.67 units of 1e-18 -> 1.
	r.rate(c1, 5, 5, 18, "", "")
	if _, err := r.give(c2, feedback{agent: 5, value: pow10(38), decimals: 18}); err != nil {
		t.Fatal(contracts.RevertName(err))
	}
	if _, err := r.give(c3, feedback{agent: 5, value: new(big.Int).Neg(pow10(38)), decimals: 18}); err != nil {
		t.Fatal(contracts.RevertName(err))
	}
	wantSummary(t, r.summary(5, addrs(c1, c2, c3), "", ""), 3, big.NewInt(1), 18)

	r.Reverts(r.summaryErr(1, nil, "", ""), "ClientAddressesRequired")
	r.Reverts(r.summaryErr(1, addrs(c1, c2, c1), "", ""), "DuplicateClient")
	// Distinct addresses sharing the low byte the duplicate filter keys on.
	a, b := common.HexToAddress("0x00000000000000000000000000000000000000a1"), common.HexToAddress("0x10000000000000000000000000000000000001a1")
	if err := r.summaryErr(1, []common.Address{a, c1.Addr, b}, "", ""); err != nil {
		t.Fatalf("distinct clients with one low byte: %s", contracts.RevertName(err))
	}
	r.Reverts(r.summaryErr(1, []common.Address{a, c1.Addr, b, a}, "", ""), "DuplicateClient")
}

// fb is one feedback entry of the summary model.
type fb struct {
	client     int
	value      *big.Int
	decimals   uint8
	tag1, tag2 string
	revoked    bool
}

var int128Max = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 127), big.NewInt(1))

// modelSummary is getSummary in big integers: the mean of the values at 18
// decimals (truncated), in the most common decimals (ties: the fewest),
// truncated, with fewer decimals until it fits an int128.
func modelSummary(es []fb, clients []int, tag1, tag2 string) (uint64, *big.Int, uint8) {
	sum := new(big.Int)
	var count uint64
	var hist [19]uint64
	for _, e := range es {
		if e.revoked || !slices.Contains(clients, e.client) || (tag1 != "" && e.tag1 != tag1) || (tag2 != "" && e.tag2 != tag2) {
			continue
		}
		sum.Add(sum, new(big.Int).Mul(e.value, pow10(18-int(e.decimals))))
		hist[e.decimals]++
		count++
	}
	if count == 0 {
		return 0, new(big.Int), 0
	}
	var dec uint8
	for d := range hist {
		if hist[d] > hist[dec] {
			dec = uint8(d)
		}
	}
	mean := new(big.Int).Quo(sum, new(big.Int).SetUint64(count))
	for {
		v := new(big.Int).Quo(mean, pow10(18-int(dec)))
		if v.CmpAbs(int128Max) <= 0 {
			return count, v, dec
		}
		dec--
	}
}

// TestReputationSummaryMatchesModel: random feedback (small and extreme values,
// every decimals, tags, revocations) from four clients; getSummary agrees
// with modelSummary for every client subset and tag filter.
func TestReputationSummaryMatchesModel(t *testing.T) {
	r := newRepEnv(t, 5)
	owner := r.Users[0]
	clients := r.Users[1:5]
	r.register(owner)
	rng := rand.New(rand.NewPCG(8004, 1))
	tags1, tags2 := []string{"", "uptime", "starred"}, []string{"", "day"}
	var es []fb
	for i := 0; i < 48; i++ {
		e := fb{client: rng.IntN(len(clients)), decimals: uint8(rng.IntN(19)), tag1: tags1[rng.IntN(3)], tag2: tags2[rng.IntN(2)]}
		switch rng.IntN(4) {
		case 0: // extreme: up to 1e38 in magnitude
			e.value = new(big.Int).Lsh(new(big.Int).SetUint64(rng.Uint64()), 64)
			e.value.Or(e.value, new(big.Int).SetUint64(rng.Uint64()))
			e.value.Mod(e.value, new(big.Int).Add(pow10(38), big.NewInt(1)))
		case 1: // small with few decimals
			e.value, e.decimals = big.NewInt(rng.Int64N(20001)), uint8(rng.IntN(3))
		default:
			e.value = big.NewInt(rng.Int64N(1_000_000_000))
		}
		if rng.IntN(2) == 0 {
			e.value.Neg(e.value)
		}
		if _, err := r.give(clients[e.client], feedback{agent: 1, value: e.value, decimals: e.decimals, tag1: e.tag1, tag2: e.tag2}); err != nil {
			t.Fatalf("giveFeedback %+v: %s", e, contracts.RevertName(err))
		}
		es = append(es, e)
	}
	// Revoke about a quarter, each by its own client (indexes are per client).
	next := make([]uint64, len(clients))
	for i := range es {
		next[es[i].client]++
		if rng.IntN(4) == 0 {
			r.Must(clients[es[i].client], r.c, nil, r.rep.PackRevokeFeedback(big.NewInt(1), next[es[i].client]))
			es[i].revoked = true
		}
	}
	checked := 0
	for mask := 1; mask < 1<<len(clients); mask++ {
		var idx []int
		var list []common.Address
		for i := range clients {
			if mask&(1<<i) != 0 {
				idx = append(idx, i)
				list = append(list, clients[i].Addr)
			}
		}
		for _, t1 := range tags1 {
			for _, t2 := range tags2 {
				n, v, d := modelSummary(es, idx, t1, t2)
				wantSummary(t, r.summary(1, list, t1, t2), n, v, d)
				checked++
			}
		}
	}
	t.Logf("%d summaries of %d entries checked against the model", checked, len(es))
}

// TestReputationReadAllFeedback: filters, order (list order, then index), every
// client when the list is empty, duplicates refused.
func TestReputationReadAllFeedback(t *testing.T) {
	r := newRepEnv(t, 4)
	owner, c1, c2 := r.Users[0], r.Users[1], r.Users[2]
	r.register(owner)
	r.rate(c1, 1, 1, 0, "uptime", "day")
	r.rate(c2, 1, 2, 1, "uptime", "")
	r.rate(c1, 1, 3, 2, "starred", "day")
	r.rate(c2, 1, 4, 3, "uptime", "day")
	read := func(list []common.Address, t1, t2 string) bindings.ReadAllFeedbackOutput {
		return te.Call(r.Env, r.c, r.rep.PackReadAllFeedback(big.NewInt(1), list, t1, t2, false), r.rep.UnpackReadAllFeedback)
	}
	all := read(nil, "", "")
	if !slices.Equal(all.Clients, addrs(c1, c1, c2, c2)) || !slices.Equal(all.FeedbackIndexes, []uint64{1, 2, 1, 2}) ||
		!slices.Equal(all.ValueDecimals, []uint8{0, 2, 1, 3}) || !slices.Equal(all.Tag1s, []string{"uptime", "starred", "uptime", "uptime"}) ||
		!slices.Equal(all.Tag2s, []string{"day", "day", "", "day"}) {
		t.Fatalf("readAllFeedback %+v", all)
	}
	for i, want := range []int64{1, 3, 2, 4} {
		if all.Values[i].Int64() != want {
			t.Fatalf("value %d: %s, want %d", i, all.Values[i], want)
		}
	}
	if got := read(addrs(c2, c1), "uptime", "day"); !slices.Equal(got.Clients, addrs(c2, c1)) ||
		!slices.Equal(got.FeedbackIndexes, []uint64{2, 1}) {
		t.Fatalf("filtered %+v", got)
	}
	if got := read(addrs(c1), "", "day"); len(got.Clients) != 2 {
		t.Fatalf("c1 day: %+v", got)
	}
	_, err := bind.Call(r.c, &bind.CallOpts{Context: r.Ctx}, r.rep.PackReadAllFeedback(big.NewInt(1), addrs(c1, c1), "", "", true), r.rep.UnpackReadAllFeedback)
	r.Reverts(err, "DuplicateClient")
}
