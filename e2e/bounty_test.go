package e2e

import (
	"fmt"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/devnet/devchain"
	"github.com/mycel-network/mycel/internal/testutil"
	"github.com/mycel-network/mycel/node"
)

// TestBountyPaysSigners is the seed's story on a devnet of real processes:
// an agent with an ERC-8004 identity posts a bounty (0.01 ETH per finalized
// batch signed, 4 seats), the validators' operators take the seats, and as
// batches are finalized the nodes that posted them claim the bounty for the
// validators who signed them, from facts L1 verified (no oracle). Every
// node's mycel_bounties shows its seat's earnings; the operators withdraw
// and their L1 balances grow by exactly what L1 credited them.
func TestBountyPaysSigners(t *testing.T) {
	n := newNet(t, netOptions{})
	dep := n.l1.Deployment
	nb, ident := bindings.NewNodeBounty(), bindings.NewAgentIdentityRegistry()

	// The recruiting agent: an identity, then the bounty under it.
	agentKey := devchain.DevKey(8)
	agent := n.txManager(agentKey)
	r, err := send(agent, dep.Identity, ident.PackRegister1("https://agents.example/recruiter.json"), nil)
	if err != nil {
		t.Fatalf("register the agent's identity: %v", err)
	}
	var agentID *big.Int
	for _, l := range r.Logs {
		if ev, err := ident.UnpackRegisteredEvent(l); err == nil {
			agentID = ev.AgentId
		}
	}
	if agentID == nil {
		t.Fatal("no Registered event")
	}
	reward := new(big.Int).Div(ether(1), big.NewInt(100)) // 0.01 ETH
	terms := bindings.NodeBountyTerms{RewardPerBatch: reward, MinStake: new(big.Int), Seats: validators,
		End: n.l1Time() + 3600, NoticePeriod: 600, Reputation: bindings.NodeBountyReputation{MinValue: new(big.Int)}}
	if _, err := send(agent, dep.NodeBounty, nb.PackPost(terms, agentID), ether(2)); err != nil {
		t.Fatalf("post the bounty: %v", err)
	}
	one := big.NewInt(1)
	b, err := l1Call(n, dep.NodeBounty, nb.PackBounty(one), nb.UnpackBounty)
	if err != nil || b.Poster != crypto.PubkeyToAddress(agentKey.PublicKey) || b.AgentId.Cmp(agentID) != 0 {
		t.Fatalf("bounty 1: %+v %v", b, err)
	}

	// The operators take the seats (before their nodes start: the owner
	// key also pays each node's L1 transactions).
	owners := make([]common.Address, validators)
	for i := range validators {
		k := n.ownerKey(i)
		owners[i] = crypto.PubkeyToAddress(k.PublicKey)
		if _, err := send(n.txManager(k), dep.NodeBounty, nb.PackJoin(one), nil); err != nil {
			t.Fatalf("node%d's operator joins: %v", i, err)
		}
	}
	n.startAll()

	// Traffic until a batch is finalized and claimed for the bounty.
	batch := n.traffic(0, 0, 1)
	n.waitFinalized(batch.Index, 3*time.Minute)
	n.WaitFor(fmt.Sprintf("batch %d claimed for the bounty", batch.Index), 2*time.Minute, func() (bool, string) {
		c, err := l1Call(n, dep.NodeBounty, nb.PackIsClaimed(one, new(big.Int).SetUint64(batch.Index)), nb.UnpackIsClaimed)
		return err == nil && c, fmt.Sprintf("claimed %v, err %v", c, err)
	})
	signed := map[common.Address]bool{}
	for _, s := range batch.Signatures {
		signed[s.Signer] = true
	}
	earned := make([]*big.Int, validators)
	for i := range validators {
		out, err := l1Call(n, dep.NodeBounty, nb.PackEarnings(one, owners[i]), nb.UnpackEarnings)
		if err != nil {
			t.Fatal(err)
		}
		earned[i] = out.Owed
		signer := common.HexToAddress(n.operator(i).Signer)
		if signed[signer] && earned[i].Cmp(reward) < 0 {
			t.Fatalf("node%d signed batch %d but its operator was credited %s", i, batch.Index, earned[i])
		}
		// The node reports its seat.
		var res node.BountiesResult
		n.MustCall(i, &res, "mycel_bounties")
		if len(res.Bounties) != 1 || res.Operator != owners[i] || res.Bounties[0].Seat == nil ||
			res.Bounties[0].AgentID.ToInt().Cmp(agentID) != 0 || res.Bounties[0].Taken != validators {
			t.Fatalf("node%d mycel_bounties: %+v", i, res)
		}
	}
	t.Logf("batch %d: %d signers; credited %v", batch.Index, len(signed), earned)

	// The status page shows it, in a real browser: the validators, the
	// batches on their way to L1, the bounty with its seats and this node's
	// earnings.
	ctx := testutil.Browser(t)
	url := strings.TrimSuffix(n.Man.RPC[0], "/") + node.StatusPagePath
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="1"]`))); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	n.WaitFor("the status page to show the bounty and the validators", 30*time.Second, func() (bool, string) {
		bounties, err1 := chromedp.Run(ctx, chromedp.Text(chromedp.ID("bounties")))
		vals, err2 := chromedp.Run(ctx, chromedp.Text(chromedp.ID("validators")))
		pipe, err3 := chromedp.Run(ctx, chromedp.Text(chromedp.ID("pipeline")))
		ok := err1 == nil && err2 == nil && err3 == nil && strings.Contains(bounties, fmt.Sprintf("%d/%d", validators, validators)) &&
			strings.Contains(bounties, "0.0100 ETH") && strings.Contains(bounties, "agent "+agentID.String()) &&
			strings.Count(vals, "0x") == validators && strings.Contains(pipe, "committed on L1")
		return ok, fmt.Sprintf("bounties %q, validators %q, pipeline %q (%v %v %v)", bounties, vals, pipe, err1, err2, err3)
	})
	testutil.Screenshot(t, ctx, "status-page-rollup.png")

	// Withdrawals, with the nodes stopped (their owner keys pay the nodes'
	// L1 transactions): each balance grows by what L1 credited, less gas.
	for i := range validators {
		n.Kill(i)
	}
	for i := range validators {
		out, err := l1Call(n, dep.NodeBounty, nb.PackEarnings(one, owners[i]), nb.UnpackEarnings)
		if err != nil {
			t.Fatal(err)
		}
		if out.Owed.Sign() == 0 {
			continue
		}
		before := n.balanceAt(owners[i])
		r, err := send(n.txManager(n.ownerKey(i)), dep.NodeBounty, nb.PackWithdraw(one), nil)
		if err != nil {
			t.Fatalf("node%d's operator withdraws: %v", i, err)
		}
		gas := new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
		got := new(big.Int).Sub(n.balanceAt(owners[i]), before)
		if got.Add(got, gas).Cmp(out.Owed) != 0 {
			t.Fatalf("node%d's operator received %s (+%s gas), L1 owed it %s", i, got, gas, out.Owed)
		}
	}
}
