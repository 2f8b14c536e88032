package autonomy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/mycel-network/mycel/agent"
	"github.com/mycel-network/mycel/agent/x402"
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
	// A recruiter's paid services ([recruiter.services]): its L2 balance
	// (wei), a deposit from L1 that waits for the L2 credit, and a GET
	// paid through x402 from its L2 account.
	L2Balance(ctx context.Context) (*big.Int, error)
	Deposit(ctx context.Context, wei *big.Int) (*agent.DepositResult, error)
	PaidGet(ctx context.Context, url string) (*PaidResponse, error)
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
	// Pay pays x402 services from the wallet's L2 key (nil: no L2 key,
	// no paid services).
	Pay *x402.Transport
}

// L2Balance is the Client's L2 balance in wei (0 before its first
// deposit).
func (c ClientSDK) L2Balance(ctx context.Context) (*big.Int, error) {
	acct, err := c.Account(ctx)
	if errors.Is(err, agent.ErrUnknownAccount) {
		return new(big.Int), nil
	}
	if err != nil {
		return nil, err
	}
	return new(big.Int).Mul(new(big.Int).SetUint64(acct.Balance), big.NewInt(1e9)), nil
}

// PaidGet GETs url, paying a 402 through x402 within the Transport's
// budget; the answer is read up to 1 MiB.
func (c ClientSDK) PaidGet(ctx context.Context, url string) (*PaidResponse, error) {
	if c.Pay == nil {
		return nil, fmt.Errorf("%w: paid services need the wallet's L2 key", agent.ErrNoKey)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	before := c.Pay.Spent()
	resp, err := (&http.Client{Transport: c.Pay, Timeout: time.Minute}).Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	return &PaidResponse{Status: resp.StatusCode, Body: body, PaidGwei: c.Pay.Spent() - before}, nil
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
