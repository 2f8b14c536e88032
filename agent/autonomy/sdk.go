package autonomy

import (
	"context"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/agent"
)

// SDK is what the decision loop needs from the chain: the agent.Client
// calls (all signing goes through them; the loop never holds a key) and
// the L1 gas price. Tests drive the loop with a fake.
type SDK interface {
	// Address is the L1 key's address: the poster, the operator's owner.
	Address() common.Address
	Status(ctx context.Context) (*agent.NodeStatus, error)
	GasPrice(ctx context.Context) (*big.Int, error)
	// Bounties lists bounties newest first with ids below before (0: from
	// the newest), each with the Address's seat.
	Bounties(ctx context.Context, before uint64, limit int) ([]agent.Bounty, uint64, error)
	PostBounty(ctx context.Context, t agent.BountyTerms) (*agent.BountyPosted, error)
	CancelBounty(ctx context.Context, id uint64) (*agent.BountyCancelled, error)
	RefundBounty(ctx context.Context, id uint64) (*agent.WithdrawResult, error)
	JoinBounty(ctx context.Context, id uint64) (*agent.L1Tx, error)
	LeaveBounty(ctx context.Context, id uint64) (*agent.L1Tx, error)
	WithdrawBounty(ctx context.Context, id uint64) (*agent.WithdrawResult, error)
	PreviewBountyClaim(ctx context.Context, id, batch uint64) (int, *big.Int, error)
	ClaimBounty(ctx context.Context, id, batch uint64) (*agent.BountyClaim, error)
	OperatorStatus(ctx context.Context, owner common.Address) (*agent.OperatorStatus, error)
	AddStake(ctx context.Context, wei *big.Int) (*agent.OperatorResult, error)
	RequestUnbond(ctx context.Context, wei *big.Int) (*agent.UnbondResult, error)
	WithdrawStake(ctx context.Context) (*agent.WithdrawResult, error)
	Reputation(ctx context.Context, agentID *big.Int, clients []common.Address, tag1, tag2 string) (*agent.ReputationSummary, error)
	Contracts(ctx context.Context) (*agent.Contracts, error)
	// An operator setting itself up (operator.register_stake_eth).
	RegisterAgent(ctx context.Context, agentURI string) (*agent.AgentRegistered, error)
	Agent(ctx context.Context, agentID *big.Int) (*agent.AgentIdentity, error)
	RegisterOperator(ctx context.Context, r agent.OperatorRegistration) (*agent.OperatorResult, error)
}

// GasPricer reads L1's gas price (an ethclient.Client is one).
type GasPricer interface {
	SuggestGasPrice(ctx context.Context) (*big.Int, error)
}

// ClientSDK is the SDK over an agent.Client dialled with the L1 key and
// an L1 endpoint for the gas price.
type ClientSDK struct {
	*agent.Client
	Gas GasPricer
}

// GasPrice is L1's suggested gas price.
func (c ClientSDK) GasPrice(ctx context.Context) (*big.Int, error) { return c.Gas.SuggestGasPrice(ctx) }

// Clock is the loop's time: Now for decisions, After to wait between
// steps. Tests give a fake.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

// SystemClock is the wall clock.
type SystemClock struct{}

// Now is time.Now.
func (SystemClock) Now() time.Time { return time.Now() }

// After is time.After.
func (SystemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }
