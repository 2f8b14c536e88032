// Package testenv runs the mycel contracts on go-ethereum's simulated
// backend (a real EVM): funded accounts, a deployed set, registered
// operators, deposits, batch certificates and test-verifier proofs. It is
// the one simulated L1 of the contracts, l1 and prover tests and of
// `make gas`; New is the contracts tests' chain, NewWith takes the Options
// by which the other users' chains differ (configuration, funding, keys,
// fork rules, a verifier deployed first). Test code only.
package testenv

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	"github.com/mycel-network/mycel/internal/testverifier"
	"github.com/mycel-network/mycel/ledger"
)

// TB is the part of testing.TB the environment uses.
type TB interface {
	Helper()
	Fatalf(format string, args ...any)
}

// Account is a funded L1 account.
type Account struct {
	Key  *ecdsa.PrivateKey
	Addr common.Address
}

// Operator is a registered operator: its owner account and consensus key.
type Operator struct {
	Owner  Account
	Key    *ecdsa.PrivateKey
	Signer common.Address
	Stake  *big.Int
	// BLSKey is the BLS key registered in BLSRegistry (RegisterBLSKey),
	// or nil.
	BLSKey *minsig.SecretKey
}

// Env is one simulated chain with a deployed contract set.
type Env struct {
	T       TB
	Ctx     context.Context
	Sim     *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int
	Cfg     contracts.Config
	D       *contracts.Deployment
	// Launch is the L2 launch Sign and CommitArgs attest for
	// (batch.LaunchID of contracts.CometChainID(Cfg.L2ChainID)).
	Launch common.Hash

	Deployer Account
	Users    []Account

	Rollup, Staking, Slasher, Pool, Identity, Verifier *bind.BoundContract
	BLS                                                *bind.BoundContract
	BLSABI                                             *bindings.BLSRegistry
	RollupABI                                          *bindings.Rollup
	StakingABI                                         *bindings.StakingRegistry
	SlasherABI                                         *bindings.Slasher
	PoolABI                                            *bindings.RewardPool
	IdentityABI                                        *bindings.AgentIdentityRegistry
	VerifierABI                                        *bindings.TestVerifier
	nextSeed                                           uint64
}

// Ether is n ETH in wei.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// Gwei is n gwei in wei.
func Gwei(n uint64) *big.Int { return new(big.Int).Mul(new(big.Int).SetUint64(n), contracts.GweiWei) }

// TestConfig is the configuration the tests use: small stakes, short
// (but not wall-clock-sensitive) periods, a depth-4 state tree.
func TestConfig() contracts.Config {
	c := contracts.DefaultConfig()
	c.MinStake = Ether(1)
	c.UnbondingDelay = 5000
	c.EpochDuration = 1000
	c.TreeDepth = 4
	c.DepositDeadline = 3000
	c.ProofWindow = 3000
	c.EscapePeriod = 20000
	c.RewardPerBatch = Ether(1)
	c.InsecureTestVerifier = true
	return c
}

// New starts a chain with nUsers funded accounts (1e9 ETH each; the first
// also holds enough for a MaxAmount-gwei deposit) and deploys the set with
// TestConfig, changed by mod when it is not nil.
func New(t TB, nUsers int, mod func(*contracts.Config)) *Env {
	t.Helper()
	cfg := TestConfig()
	if mod != nil {
		mod(&cfg)
	}
	return NewWith(t, Options{Users: nUsers, Config: &cfg})
}

// Options are how a chain differs from New's; the zero value is New's
// with no users.
type Options struct {
	// Users is the number of funded accounts besides the deployer.
	Users int
	// Config is the configuration deployed; nil is TestConfig().
	Config *contracts.Config
	// Funds, when set, is the balance of every account (the deployer's
	// included); nil gives each 1e9 ETH and the first user 1e11 ETH (more
	// than a MaxAmount-gwei deposit).
	Funds *big.Int
	// KeyLabel derives account i's key (0 is the deployer) as
	// keccak256("<KeyLabel> <i>"); "" is "mycel test account".
	KeyLabel string
	// Rules sets the fork rules; nil is OsakaRules, GethSimulatedRules
	// keeps go-ethereum's simulated-backend defaults.
	Rules func(*node.Config, *ethconfig.Config)
	// SimOptions are more simulated-backend options, applied after the
	// block gas limit (60M) and Rules.
	SimOptions []func(*node.Config, *ethconfig.Config)
	// BeforeDeploy, when set, runs on the started chain before the set is
	// deployed: it may send transactions (Deploy) and change e.Cfg.
	BeforeDeploy func(e *Env)
}

// GethSimulatedRules leaves go-ethereum's simulated-backend fork rules as
// they are (its dev chain's, Bogota included; see OsakaRules).
func GethSimulatedRules(*node.Config, *ethconfig.Config) {}

// NewWith starts a chain shaped by o and deploys the set. The caller
// closes it (Close).
func NewWith(t TB, o Options) *Env {
	t.Helper()
	e := &Env{T: t, Ctx: context.Background(), Cfg: TestConfig()}
	if o.Config != nil {
		e.Cfg = *o.Config
	}
	e.Launch = batch.LaunchID(contracts.CometChainID(e.Cfg.L2ChainID))
	label := o.KeyLabel
	if label == "" {
		label = "mycel test account"
	}
	alloc := types.GenesisAlloc{}
	mk := func(i int) Account {
		k, err := crypto.ToECDSA(crypto.Keccak256([]byte(fmt.Sprintf("%s %d", label, i))))
		if err != nil {
			t.Fatalf("key: %v", err)
		}
		a := Account{Key: k, Addr: crypto.PubkeyToAddress(k.PublicKey)}
		funds := Ether(1_000_000_000)
		if o.Funds != nil {
			funds = o.Funds
		}
		alloc[a.Addr] = types.Account{Balance: funds}
		return a
	}
	e.Deployer = mk(0)
	for i := 1; i <= o.Users; i++ {
		e.Users = append(e.Users, mk(i))
	}
	if o.Users > 0 && o.Funds == nil {
		big10 := new(big.Int).Mul(Ether(1_000_000_000), big.NewInt(100)) // 1e11 ETH > 2^63 gwei
		alloc[e.Users[0].Addr] = types.Account{Balance: big10}
	}
	rules := o.Rules
	if rules == nil {
		rules = OsakaRules
	}
	simOpts := append([]func(*node.Config, *ethconfig.Config){simulated.WithBlockGasLimit(60_000_000), rules}, o.SimOptions...)
	e.Sim = simulated.NewBackend(alloc, simOpts...)
	e.Client = e.Sim.Client()
	var err error
	if e.ChainID, err = e.Client.ChainID(e.Ctx); err != nil {
		t.Fatalf("chain id: %v", err)
	}
	if o.BeforeDeploy != nil {
		o.BeforeDeploy(e)
	}
	auth := bind.NewKeyedTransactor(e.Deployer.Key, e.ChainID)
	if e.D, err = contracts.DeployAll(e.Ctx, e.Client, auth, e.Cfg, func() { e.Sim.Commit() }); err != nil {
		t.Fatalf("deploy: %v", err)
	}
	e.RollupABI, e.StakingABI, e.SlasherABI = bindings.NewRollup(), bindings.NewStakingRegistry(), bindings.NewSlasher()
	e.PoolABI, e.IdentityABI, e.VerifierABI = bindings.NewRewardPool(), bindings.NewAgentIdentityRegistry(), bindings.NewTestVerifier()
	e.Rollup = e.RollupABI.Instance(e.Client, e.D.Rollup)
	e.Staking = e.StakingABI.Instance(e.Client, e.D.Staking)
	e.Slasher = e.SlasherABI.Instance(e.Client, e.D.Slasher)
	e.Pool = e.PoolABI.Instance(e.Client, e.D.RewardPool)
	e.Identity = e.IdentityABI.Instance(e.Client, e.D.Identity)
	e.Verifier = e.VerifierABI.Instance(e.Client, e.D.Verifier)
	e.BLSABI = bindings.NewBLSRegistry()
	e.BLS = e.BLSABI.Instance(e.Client, e.D.BLS)
	return e
}

// OsakaRules configures a simulated backend for Ethereum mainnet's rules
// (Prague + Osaka): go-ethereum v1.17's dev chain also enables the
// unscheduled Bogota fork, whose state-growth repricing makes every new
// storage slot several times dearer than on mainnet.
func OsakaRules(_ *node.Config, ec *ethconfig.Config) {
	c := *ec.Genesis.Config
	c.AmsterdamTime, c.BogotaTime = nil, nil
	ec.Genesis.Config = &c
}

// Close stops the chain.
func (e *Env) Close() { _ = e.Sim.Close() }

// Send sends a transaction from `from` to contract c with calldata and
// value (nil for none), mines it and returns the receipt. A revert is
// returned as the error of gas estimation, which carries the revert data
// (contracts.RevertName).
func (e *Env) Send(from Account, c *bind.BoundContract, value *big.Int, data []byte) (*types.Receipt, error) {
	to := c.Address()
	return e.send(from, c, &to, value, data)
}

// Deploy sends a contract-creation transaction of code (creation bytecode
// and constructor arguments) from `from`, mines it and returns the receipt
// (its ContractAddress is the new contract's), like Send.
func (e *Env) Deploy(from Account, code []byte) (*types.Receipt, error) {
	return e.send(from, e.At(common.Address{}), nil, nil, code)
}

// At is a contract at address a for Send and Must with raw calldata (the
// ABI does not matter, the address does).
func (e *Env) At(a common.Address) *bind.BoundContract {
	return bind.NewBoundContract(a, abi.ABI{}, e.Client, e.Client, e.Client)
}

// AccountOfKey is the account of a key.
func AccountOfKey(k *ecdsa.PrivateKey) Account {
	return Account{Key: k, Addr: crypto.PubkeyToAddress(k.PublicKey)}
}

// send is Send to c at *to, or a creation transaction when to is nil.
func (e *Env) send(from Account, c *bind.BoundContract, to *common.Address, value *big.Int, data []byte) (*types.Receipt, error) {
	opts := bind.NewKeyedTransactor(from.Key, e.ChainID)
	opts.Context = e.Ctx
	opts.Value = value
	// Estimate here (a revert comes back with its data) and add a margin:
	// the estimate can fall short where the verifier forwards gas() to the
	// pairing precompile.
	est, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{From: from.Addr, To: to, Value: value, Data: data})
	if err != nil {
		return nil, err
	}
	opts.GasLimit = est + est/4 + 20_000
	var tx *types.Transaction
	if to == nil {
		tx, err = c.RawCreationTransact(opts, data)
	} else {
		tx, err = bind.Transact(c, opts, data)
	}
	if err != nil {
		return nil, err
	}
	rcpt, err := e.mine(tx.Hash())
	if err != nil {
		return nil, err
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		return rcpt, fmt.Errorf("transaction %s failed", tx.Hash())
	}
	return rcpt, nil
}

// mine seals blocks until tx is in one: under load the transaction pool
// may not have promoted a just-sent transaction when the first block is
// sealed.
func (e *Env) mine(tx common.Hash) (*types.Receipt, error) {
	for i := 0; ; i++ {
		e.Sim.Commit()
		rcpt, err := e.Client.TransactionReceipt(e.Ctx, tx)
		if err == nil {
			return rcpt, nil
		}
		if i == 100 {
			return nil, fmt.Errorf("transaction %s not mined: %w", tx, err)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// Must is Send that fails the test on error.
func (e *Env) Must(from Account, c *bind.BoundContract, value *big.Int, data []byte) *types.Receipt {
	e.T.Helper()
	r, err := e.Send(from, c, value, data)
	if err != nil {
		e.T.Fatalf("transaction reverted: %s (%v)", contracts.RevertName(err), err)
	}
	return r
}

// Reverts fails the test unless err is a revert named want.
func (e *Env) Reverts(err error, want string) {
	e.T.Helper()
	if err == nil {
		e.T.Fatalf("expected revert %s, got success", want)
	}
	if got := contracts.RevertName(err); got != want {
		e.T.Fatalf("expected revert %s, got %q (%v)", want, got, err)
	}
}

// Call runs a view call and unpacks its result.
func Call[T any](e *Env, c *bind.BoundContract, data []byte, unpack func([]byte) (T, error)) T {
	e.T.Helper()
	v, err := bind.Call(c, &bind.CallOpts{Context: e.Ctx}, data, unpack)
	if err != nil {
		e.T.Fatalf("call: %s (%v)", contracts.RevertName(err), err)
	}
	return v
}

// Advance moves the chain's clock forward by d seconds (one new block).
func (e *Env) Advance(seconds uint64) {
	e.T.Helper()
	for i := 0; ; i++ {
		err := e.Sim.AdjustTime(time.Duration(seconds) * time.Second)
		if err == nil {
			return
		}
		if i == 100 {
			e.T.Fatalf("adjust time: %v", err)
		}
		e.Sim.Commit() // a transaction reached the pool late: seal it first
		time.Sleep(10 * time.Millisecond)
	}
}

// NextEpoch advances one epoch.
func (e *Env) NextEpoch() { e.Advance(e.Cfg.EpochDuration) }

// Balance returns an address's balance.
func (e *Env) Balance(a common.Address) *big.Int {
	e.T.Helper()
	b, err := e.Client.BalanceAt(e.Ctx, a, nil)
	if err != nil {
		e.T.Fatalf("balance: %v", err)
	}
	return b
}

// Fee is what a receipt's transaction cost its sender.
func Fee(r *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(r.GasUsed), r.EffectiveGasPrice)
}

// seed is the next key seed: one byte up to 255 (the keys every test had
// before chains of more than 255 keys), eight bytes after, so that keys
// never repeat.
func (e *Env) seed() []byte {
	e.nextSeed++
	if e.nextSeed < 256 {
		return []byte{byte(e.nextSeed)}
	}
	return binary.BigEndian.AppendUint64(nil, e.nextSeed)
}

// NewConsensusKey returns a fresh deterministic secp256k1 key.
func (e *Env) NewConsensusKey() *ecdsa.PrivateKey {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte("mycel consensus key"), e.seed()))
	if err != nil {
		e.T.Fatalf("key: %v", err)
	}
	return k
}

// RegisterArgs returns register's calldata for owner with a fresh key and
// a valid proof of possession.
func (e *Env) RegisterArgs(owner common.Address, key *ecdsa.PrivateKey, kind uint8, agentID int64) []byte {
	e.T.Helper()
	pub, sig, err := contracts.ProofOfPossession(key, e.ChainID, e.D.Staking, owner)
	if err != nil {
		e.T.Fatalf("pop: %v", err)
	}
	return e.StakingABI.PackRegister(kind, big.NewInt(agentID), pub, sig)
}

// AddOperator registers a human operator owned by `owner` with stake.
func (e *Env) AddOperator(owner Account, stake *big.Int) *Operator {
	e.T.Helper()
	k := e.NewConsensusKey()
	e.Must(owner, e.Staking, stake, e.RegisterArgs(owner.Addr, k, 0, 0))
	return &Operator{Owner: owner, Key: k, Signer: crypto.PubkeyToAddress(k.PublicKey), Stake: stake}
}

// NewBLSKey returns a fresh deterministic BLS key (minimal-signature
// variant, ADR 031).
func (e *Env) NewBLSKey() *minsig.SecretKey {
	e.T.Helper()
	b := crypto.Keccak256([]byte("mycel bls key"), e.seed())
	b[0] &= 0x3f // below r (0x73ed...)
	k, err := minsig.SecretKeyFromBytes(b)
	if err != nil {
		e.T.Fatalf("bls key: %v", err)
	}
	return k
}

// RegisterBLSKeyArgs returns BLSRegistry.registerBLSKey's calldata for
// key with a proof of possession bound to owner.
func (e *Env) RegisterBLSKeyArgs(owner common.Address, key *minsig.SecretKey) []byte {
	pub, pop := contracts.BLSProofOfPossession(key, e.ChainID, e.D.BLS, owner)
	return e.BLSABI.PackRegisterBLSKey(pub, pop)
}

// RegisterBLSKey registers a fresh BLS key for op (op.BLSKey) and returns
// the receipt.
func (e *Env) RegisterBLSKey(op *Operator) *types.Receipt {
	e.T.Helper()
	k := e.NewBLSKey()
	r := e.Must(op.Owner, e.BLS, nil, e.RegisterBLSKeyArgs(op.Owner.Addr, k))
	op.BLSKey = k
	return r
}

// PublishBLSSet publishes the current epoch's BLS set from the deployer.
func (e *Env) PublishBLSSet() *types.Receipt {
	e.T.Helper()
	return e.Must(e.Deployer, e.BLS, nil, e.BLSABI.PackPublishBLSSet())
}

// L2PrivKey returns a deterministic L2 private key from a seed byte (the
// 32-byte seed seed, seed+1, ..., seed+31).
func L2PrivKey(seed byte) *ledger.PrivateKey {
	var buf [ledger.SeedSize]byte
	for i := range buf {
		buf[i] = seed + byte(i)
	}
	k, err := ledger.NewPrivateKey(buf)
	if err != nil {
		panic(err)
	}
	return k
}

// L2Key returns a valid compressed L2 public key (docs/protocol.md section 2)
// from a seed: L2PrivKey(seed)'s.
func L2Key(seed byte) [32]byte { return L2PrivKey(seed).Public() }

// DepositRecord, TransferRecord and WithdrawRecord encode public data
// records (docs/protocol.md section 7). Transfer and withdrawal amounts
// and fees are packed (ledger/pack.go); a value with no packed form panics.
func DepositRecord(account uint32, pubKey [32]byte, amount uint64) []byte {
	r := make([]byte, 0, ledger.PubDataDepositSize)
	r = appendU24(append(r, 1), account)
	r = append(r, pubKey[:]...)
	r = binary.BigEndian.AppendUint64(r, amount)
	return r[:cap(r)]
}

func TransferRecord(from, to uint32, amount, fee uint64) []byte {
	r := make([]byte, 0, ledger.PubDataTransferSize)
	r = appendU24(appendU24(append(r, 2), from), to)
	return appendPacked(r, amount, fee)[:cap(r)]
}

func WithdrawRecord(from uint32, to common.Address, amount, fee uint64) []byte {
	r := make([]byte, 0, ledger.PubDataWithdrawSize)
	r = append(appendU24(append(r, 3), from), to[:]...)
	return appendPacked(r, amount, fee)[:cap(r)]
}

// ForcedExitRecord encodes a forced-exit record (docs/protocol.md section 7).
func ForcedExitRecord(account uint32, to common.Address, amount uint64) []byte {
	r := make([]byte, 0, ledger.PubDataForcedSize)
	r = append(appendU24(append(r, 4), account), to[:]...)
	return binary.BigEndian.AppendUint64(r, amount)
}

func appendU24(b []byte, v uint32) []byte {
	if v >= 1<<24 {
		panic(fmt.Sprintf("testenv: account index %d does not fit 3 bytes", v))
	}
	return append(b, byte(v>>16), byte(v>>8), byte(v))
}

func appendPacked(b []byte, amount, fee uint64) []byte {
	b, ok := ledger.AppendPackedAmount(b, amount)
	if !ok {
		panic(fmt.Sprintf("testenv: amount %d has no packed form", amount))
	}
	if b, ok = ledger.AppendPackedFee(b, fee); !ok {
		panic(fmt.Sprintf("testenv: fee %d has no packed form", fee))
	}
	return b
}

// ForcedExitArgs returns requestForcedExit's calldata: the request, signed
// by key, that `account` exit to `to` with salt, submitted with key's
// coordinates.
func (e *Env) ForcedExitArgs(key *ledger.PrivateKey, account uint32, to common.Address, salt uint64) []byte {
	e.T.Helper()
	x, y, err := contracts.KeyCoordinates(key.Public())
	if err != nil {
		e.T.Fatalf("key: %v", err)
	}
	sig, err := contracts.SignForcedExit(key, e.ChainID, e.D.Rollup, account, to, salt)
	if err != nil {
		e.T.Fatalf("sign forced exit: %v", err)
	}
	return e.RollupABI.PackRequestForcedExit(x, y, to, salt, sig)
}

// RequestForcedExit queues key's forced exit of its account to `to`,
// sent by `from`.
func (e *Env) RequestForcedExit(from Account, key *ledger.PrivateKey, to common.Address, salt uint64) *types.Receipt {
	e.T.Helper()
	return e.Must(from, e.Rollup, nil, e.ForcedExitArgs(key, e.AccountOf(key.Public()), to, salt))
}

// KeyX returns the x coordinate of a compressed L2 key.
func KeyX(pubKey [32]byte) *big.Int {
	x, _, err := ledger.PublicKey(pubKey).Coordinates()
	if err != nil {
		panic(err)
	}
	return new(big.Int).SetBytes(x[:])
}

// DepositArgs returns deposit's calldata for a valid key.
func (e *Env) DepositArgs(pubKey [32]byte) []byte {
	e.T.Helper()
	x, qx, qy, err := contracts.DepositKeyHint(pubKey)
	if err != nil {
		e.T.Fatalf("deposit hint: %v", err)
	}
	return e.RollupABI.PackDeposit(pubKey, x, qx, qy)
}

// Deposit queues a deposit of amount gwei to pubKey from `from`.
func (e *Env) Deposit(from Account, pubKey [32]byte, amountGwei uint64) *types.Receipt {
	e.T.Helper()
	return e.Must(from, e.Rollup, Gwei(amountGwei), e.DepositArgs(pubKey))
}

// AccountOf is the L2 account index the Rollup assigned to pubKey (which
// must have been deposited to): what its deposit records must name.
func (e *Env) AccountOf(pubKey [32]byte) uint32 {
	e.T.Helper()
	n := Call(e, e.Rollup, e.RollupABI.PackAccountPlusOne(pubKey), e.RollupABI.UnpackAccountPlusOne)
	if n == 0 {
		e.T.Fatalf("no account assigned to key %x", pubKey)
	}
	return uint32(n - 1)
}

// NextHeader returns the header of the next batch on the current chain
// state, consuming deposits [nextDepositIndex, depositEnd), with the given
// new root and public data.
func (e *Env) NextHeader(newRoot common.Hash, depositEnd uint64, pubdata []byte) bindings.BatchHeader {
	e.T.Helper()
	idx := Call(e, e.Rollup, e.RollupABI.PackNextBatchIndex(), e.RollupABI.UnpackNextBatchIndex)
	prev := Call(e, e.Rollup, e.RollupABI.PackLastCommittedRoot(), e.RollupABI.UnpackLastCommittedRoot)
	ds := Call(e, e.Rollup, e.RollupABI.PackNextDepositIndex(), e.RollupABI.UnpackNextDepositIndex)
	h := batch.Header{
		ChainId: e.Cfg.L2ChainID, BatchIndex: idx, PrevRoot: prev, NewRoot: newRoot,
		FirstBlock: idx * 10, LastBlock: idx*10 + 9, DepositStart: ds, DepositEnd: depositEnd,
	}
	h.SetPubData(pubdata)
	return bindings.BatchHeader(h)
}

// HeaderAfter returns the header of the batch after prev (not committed
// yet): for commits of several batches in one transaction.
func (e *Env) HeaderAfter(prev bindings.BatchHeader, newRoot common.Hash, depositEnd uint64, pubdata []byte) bindings.BatchHeader {
	idx := prev.BatchIndex + 1
	h := batch.Header{
		ChainId: e.Cfg.L2ChainID, BatchIndex: idx, PrevRoot: prev.NewRoot, NewRoot: newRoot,
		FirstBlock: idx * 10, LastBlock: idx*10 + 9, DepositStart: prev.DepositEnd, DepositEnd: depositEnd,
	}
	h.SetPubData(pubdata)
	return bindings.BatchHeader(h)
}

// Root returns a deterministic field element for batch roots in tests.
func Root(i uint64) common.Hash {
	h := crypto.Keccak256Hash([]byte("root"), new(big.Int).SetUint64(i).Bytes())
	h[0] &= 0x0f
	return h
}

// Sign returns each operator's attestation signature of h.
func (e *Env) Sign(h bindings.BatchHeader, ops ...*Operator) []contracts.Signature {
	e.T.Helper()
	return e.SignFor(e.Launch, h, ops...)
}

// SignFor returns each operator's attestation signature of h for L2
// launch launch.
func (e *Env) SignFor(launch common.Hash, h bindings.BatchHeader, ops ...*Operator) []contracts.Signature {
	e.T.Helper()
	d := contracts.AttestationDigest(e.ChainID, e.D.Rollup, launch, h)
	var out []contracts.Signature
	for _, op := range ops {
		sig, err := contracts.SignDigest(op.Key, d)
		if err != nil {
			e.T.Fatalf("sign: %v", err)
		}
		out = append(out, contracts.Signature{Signer: op.Signer, Sig: sig})
	}
	return out
}

// CommitArgs returns commitBatch's calldata certified by ops.
func (e *Env) CommitArgs(h bindings.BatchHeader, pubdata []byte, ops ...*Operator) []byte {
	return e.RollupABI.PackCommitBatch(h, pubdata, contracts.Certificate(e.Sign(h, ops...)), e.Launch)
}

// CommitBatchesArgs returns commitBatches' calldata: headers hs with
// public data pds, each certified by ops.
func (e *Env) CommitBatchesArgs(hs []bindings.BatchHeader, pds [][]byte, ops ...*Operator) []byte {
	e.T.Helper()
	certs := make([][]byte, len(hs))
	for i, h := range hs {
		certs[i] = contracts.Certificate(e.Sign(h, ops...))
	}
	return e.RollupABI.PackCommitBatches(hs, pds, certs, e.Launch)
}

// BLSCommitArgs returns commitBatch's calldata with a BLS certificate
// (a deployment with Config.BLSCertificates) of the current epoch's
// published set `set` (the operators in set order, each with its BLSKey):
// signed by those for which signed(i) holds.
func (e *Env) BLSCommitArgs(h bindings.BatchHeader, pubdata []byte, set []*Operator, signed func(i int) bool) []byte {
	e.T.Helper()
	return e.RollupABI.PackCommitBatch(h, pubdata, e.BLSCertificate(e.Launch, h, set, signed), e.Launch)
}

// BLSCertificate is the BLS certificate of h for launch by the members of
// the current epoch's set for which signed(i) holds.
func (e *Env) BLSCertificate(launch common.Hash, h bindings.BatchHeader, set []*Operator, signed func(i int) bool) []byte {
	e.T.Helper()
	d := contracts.AttestationDigest(e.ChainID, e.D.Rollup, launch, h)
	bitmap := make([]byte, (len(set)+7)/8)
	var sigs []*minsig.Signature
	for i, op := range set {
		if signed(i) {
			bitmap[i/8] |= 1 << (i % 8)
			sigs = append(sigs, op.BLSKey.Sign(d[:]))
		}
	}
	agg, err := minsig.AggregateSignatures(sigs...)
	if err != nil {
		e.T.Fatalf("aggregate: %v", err)
	}
	epoch := Call(e, e.Staking, e.StakingABI.PackCurrentEpoch(), e.StakingABI.UnpackCurrentEpoch)
	return contracts.BLSCertificate(epoch, agg, bitmap)
}

// Proof proves h's public input with the test circuit.
func (e *Env) Proof(h bindings.BatchHeader) []byte {
	e.T.Helper()
	p, err := testverifier.Prove(contracts.PublicInputs(h))
	if err != nil {
		e.T.Fatalf("prove: %v", err)
	}
	return p
}

// CommitAndProve commits h with ops' certificate and finalizes it.
func (e *Env) CommitAndProve(from Account, h bindings.BatchHeader, pubdata []byte, ops ...*Operator) {
	e.T.Helper()
	e.Must(from, e.Rollup, nil, e.CommitArgs(h, pubdata, ops...))
	e.Must(from, e.Rollup, nil, e.ProveArgs(h))
}

// Committed is the BatchCommitted event of batch idx's commit that the
// Rollup holds (the last one whose hashes make its stored commitment);
// the test fails if there is none.
func (e *Env) Committed(idx uint64) *bindings.RollupBatchCommitted {
	e.T.Helper()
	c, ok := e.CommitOf(idx)
	if !ok {
		e.T.Fatalf("batch %d: no BatchCommitted event matches the Rollup's commitment", idx)
	}
	return c
}

// CommitOf is Committed, with false (and a zero event) when batch idx
// has no commit on L1: for tests of calls about batches never committed.
func (e *Env) CommitOf(idx uint64) (*bindings.RollupBatchCommitted, bool) {
	e.T.Helper()
	stored := Call(e, e.Rollup, e.RollupABI.PackCommitments(new(big.Int).SetUint64(idx)), e.RollupABI.UnpackCommitments)
	logs, err := e.Client.FilterLogs(e.Ctx, ethereum.FilterQuery{
		Addresses: []common.Address{e.D.Rollup},
		Topics:    [][]common.Hash{{contracts.BatchCommittedTopic}, {common.BigToHash(new(big.Int).SetUint64(idx))}},
	})
	if err != nil {
		e.T.Fatalf("BatchCommitted logs: %v", err)
	}
	if c, _, ok := contracts.AcceptedCommit(logs, stored); ok {
		return c, true
	}
	return &bindings.RollupBatchCommitted{}, false
}

// HeaderHashOf is committed batch i's header hash (CommitOf; zero for a
// batch never committed), which the reward contracts take with its signers.
func (e *Env) HeaderHashOf(i *big.Int) common.Hash {
	e.T.Helper()
	c, _ := e.CommitOf(i.Uint64())
	return c.HeaderHash
}

// RecordOf is committed batch i's record (CommitOf; zero for a batch
// never committed), which proveBatch, claimWithdrawal and the reward
// contracts take with its header hash.
func (e *Env) RecordOf(i *big.Int) bindings.BatchRecord {
	e.T.Helper()
	c, _ := e.CommitOf(i.Uint64())
	return c.Record
}

// ProveArgs returns proveBatch's calldata for committed header h, with
// the test circuit's proof.
func (e *Env) ProveArgs(h bindings.BatchHeader) []byte {
	e.T.Helper()
	return e.RollupABI.PackProveBatch(h, e.Committed(h.BatchIndex).Record, e.Proof(h))
}

// ProveBatchesArgs returns proveBatches' calldata for committed headers hs
// (consecutive, in order), with the test circuit's proofs.
func (e *Env) ProveBatchesArgs(hs []bindings.BatchHeader) []byte {
	e.T.Helper()
	recs := make([]bindings.BatchRecord, len(hs))
	var proofs []byte
	for i, h := range hs {
		recs[i] = e.Committed(h.BatchIndex).Record
		proofs = append(proofs, e.Proof(h)...)
	}
	return e.RollupABI.PackProveBatches(hs, recs, proofs)
}
