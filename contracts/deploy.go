package contracts

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/crypto/bls/minsig"
	"github.com/mycel-network/mycel/ledger"
)

// Config holds every deployment parameter. Nothing is changeable after
// deployment: the contracts have no admin (docs/contracts.md).
type Config struct {
	// Staking.
	MinStake          *big.Int       // wei an operator must bond at least
	UnbondingDelay    uint64         // seconds between an unbond request and withdrawal (slashable meanwhile)
	EpochDuration     uint64         // seconds; stake changes count from the next epoch
	IdentityRegistry  common.Address // an ERC-8004 identity registry; zero deploys AgentIdentityRegistry
	SlashBps          uint64         // share of stake slashed per equivocation, basis points
	ReporterRewardBps uint64         // share of the slashed amount paid to the reporter, basis points

	// Rollup.
	L2ChainID       uint64
	GenesisRoot     common.Hash // L2 state root at genesis (a field element)
	TreeDepth       uint8       // state tree depth D (docs/protocol.md section 5)
	DepositDeadline uint64      // seconds a deposit may wait before every batch must include it
	ProofWindow     uint64      // seconds a committed batch may wait for its proof before anyone can revert it
	EscapePeriod    uint64      // seconds without a finalized batch before the escape hatch opens
	// GenesisKeys are the L2 genesis accounts' keys, account 1 first, and
	// GenesisSupply the sum of their balances in gwei: the Rollup assigns
	// account indices from there (ledger.Genesis.Keys and Supply).
	GenesisKeys   []ledger.PublicKey
	GenesisSupply uint64
	// Verifier is the batch circuit's Groth16 verifier (the Solidity that
	// `mycel prover export-verifier` writes from the ceremony's keys,
	// deployed beforehand). Zero is refused unless one of the two devnet
	// and test options below says which insecure verifier to deploy.
	Verifier common.Address
	// DevBatchVerifier, with Verifier zero, deploys BatchVerifier.sol: the
	// verifier of the INSECURE dev keys of the 8-slot, depth-24 batch
	// circuit (prover.DevSetup), whose toxic waste is public: devnets only.
	// With DevBatchSlots 64, BatchVerifier64.sol: the 64-slot circuit's.
	DevBatchVerifier bool
	DevBatchSlots    int // 0 or 8: BatchVerifier.sol; 64: BatchVerifier64.sol
	// InsecureTestVerifier, with Verifier zero, deploys TestVerifier,
	// which accepts every proof: tests only.
	InsecureTestVerifier bool

	// BLSCertificates makes the BLSRegistry the Rollup's certifier: a
	// batch certificate is then the epoch, one aggregate BLS signature
	// and a bitmap of the epoch's published set (ADR 031) instead of one
	// ECDSA signature per signer checked by the StakingRegistry.
	BLSCertificates bool

	// Rewards.
	RewardPerBatch *big.Int // wei paid per finalized batch to its signers, while the pool lasts

	// Operator market (NodeBounty).
	// BountyClaimPeriod is the seconds after a bounty's end before its
	// unspent escrow is refundable: at least ProofWindow, so that batches
	// committed by the end can be finalized and claimed; 0 is ProofWindow
	// plus a day.
	BountyClaimPeriod uint64
}

// DefaultConfig returns devnet parameters (docs/contracts.md lists them
// with the reasoning); production deployments should review each.
func DefaultConfig() Config {
	return Config{
		MinStake:          new(big.Int).Mul(big.NewInt(32), big.NewInt(1e18)),
		UnbondingDelay:    7 * 24 * 3600,
		EpochDuration:     3600,
		SlashBps:          1000,
		ReporterRewardBps: 1000,
		L2ChainID:         4242,
		TreeDepth:         24,
		DepositDeadline:   24 * 3600,
		ProofWindow:       24 * 3600,
		EscapePeriod:      14 * 24 * 3600,
		RewardPerBatch:    big.NewInt(1e15),
	}
}

// HasDevBatchVerifier reports whether a dev verifier of the INSECURE dev
// keys is committed for the batch circuit of slots at tree depth depth:
// BatchVerifier.sol (8 slots) and BatchVerifier64.sol (64), both at depth
// 24 (DevBatchVerifier, DevBatchSlots).
func HasDevBatchVerifier(slots, depth int) bool { return (slots == 8 || slots == 64) && depth == 24 }

// Validate checks the parameters the constructors would reject, with the
// field named.
func (c Config) Validate() error {
	var errs []error
	if c.MinStake == nil || c.MinStake.Sign() <= 0 {
		errs = append(errs, errors.New("contracts config: MinStake must be > 0"))
	}
	if c.EpochDuration == 0 {
		errs = append(errs, errors.New("contracts config: EpochDuration must be > 0"))
	}
	if c.SlashBps == 0 || c.SlashBps > 10000 {
		errs = append(errs, errors.New("contracts config: SlashBps must be in [1, 10000]"))
	}
	if c.ReporterRewardBps > 10000 {
		errs = append(errs, errors.New("contracts config: ReporterRewardBps must be <= 10000"))
	}
	if c.TreeDepth < 2 || c.TreeDepth > 32 {
		errs = append(errs, errors.New("contracts config: TreeDepth must be in [2, 32]"))
	}
	if c.EscapePeriod <= c.ProofWindow {
		errs = append(errs, errors.New("contracts config: EscapePeriod must exceed ProofWindow"))
	}
	if c.GenesisRoot.Big().Cmp(FieldModulus) >= 0 {
		errs = append(errs, errors.New("contracts config: GenesisRoot must be a field element"))
	}
	switch {
	case c.Verifier == (common.Address{}) && !c.DevBatchVerifier && !c.InsecureTestVerifier:
		errs = append(errs, errors.New("contracts config: Verifier is zero: deploy the batch verifier exported from your proving keys and name it"+
			" (DevBatchVerifier deploys the verifier of the INSECURE dev keys, for devnets; InsecureTestVerifier one that accepts any proof, for tests)"))
	case c.Verifier != (common.Address{}) && (c.DevBatchVerifier || c.InsecureTestVerifier):
		errs = append(errs, errors.New("contracts config: Verifier is set: DevBatchVerifier and InsecureTestVerifier must be false"))
	case c.DevBatchVerifier && c.InsecureTestVerifier:
		errs = append(errs, errors.New("contracts config: DevBatchVerifier and InsecureTestVerifier are exclusive"))
	}
	slots := c.DevBatchSlots
	if slots == 0 {
		slots = 8
	}
	if c.DevBatchVerifier && !HasDevBatchVerifier(slots, int(c.TreeDepth)) {
		errs = append(errs, fmt.Errorf("contracts config: DevBatchVerifier has dev verifiers for 8 and 64 slots at depth 24 only, not %d slots at depth %d"+
			" (export the verifier of your circuit's keys with `mycel prover export` and set Verifier)", c.DevBatchSlots, c.TreeDepth))
	}
	if uint64(len(c.GenesisKeys))+1 > uint64(1)<<c.TreeDepth && c.TreeDepth >= 2 && c.TreeDepth <= 32 {
		errs = append(errs, fmt.Errorf("contracts config: %d GenesisKeys do not fit a tree of depth %d", len(c.GenesisKeys), c.TreeDepth))
	}
	if c.GenesisSupply > ledger.MaxAmount {
		errs = append(errs, fmt.Errorf("contracts config: GenesisSupply %d above %d gwei", c.GenesisSupply, uint64(ledger.MaxAmount)))
	}
	if c.RewardPerBatch == nil || c.RewardPerBatch.Sign() < 0 {
		errs = append(errs, errors.New("contracts config: RewardPerBatch must be >= 0"))
	}
	if c.BountyClaimPeriod != 0 && c.BountyClaimPeriod < c.ProofWindow {
		errs = append(errs, errors.New("contracts config: BountyClaimPeriod must be 0 or >= ProofWindow"+
			" (a batch committed at a bounty's end may be finalized that much later)"))
	}
	return errors.Join(errs...)
}

// bountyClaimPeriod is BountyClaimPeriod, 0 read as ProofWindow plus a day.
func (c Config) bountyClaimPeriod() uint64 {
	if c.BountyClaimPeriod == 0 {
		return c.ProofWindow + 24*3600
	}
	return c.BountyClaimPeriod
}

func genesisKeys(ks []ledger.PublicKey) [][32]byte {
	out := make([][32]byte, len(ks))
	for i, k := range ks {
		out[i] = k
	}
	return out
}

// Deployment holds the addresses of a deployed contract set.
type Deployment struct {
	Identity   common.Address
	Verifier   common.Address
	Staking    common.Address
	Rollup     common.Address
	Slasher    common.Address
	RewardPool common.Address
	Reputation common.Address // ERC-8004 ReputationRegistry bound to Identity
	NodeBounty common.Address // the operator market
	// BLS is the BLSRegistry (ADR 031): BLS keys, each epoch's published
	// validator set and verifyBLSCertificate. It reads Staking.
	BLS common.Address
}

// Backend is what DeployAll needs from an L1 client (an ethclient.Client or
// a simulated backend's client).
type Backend interface {
	bind.ContractBackend
	bind.DeployBackend
}

// DeployAll deploys and wires the contract set from auth's account: the
// identity registry when cfg leaves it zero, the verifier Config names, then
// StakingRegistry (given the Slasher's address, predicted from the nonce),
// Rollup (given the RewardPool's, predicted likewise), Slasher and
// RewardPool, then the ReputationRegistry bound to the identity registry,
// then NodeBounty (which reports uptime to that ReputationRegistry), then
// the BLSRegistry (reading StakingRegistry; last, so that no address
// predicted above moves).
// The transactions go out back to back with
// explicit nonces (so auth's account must not be used concurrently) and
// DeployAll then waits for all of them. mine, if not nil, is called after
// each transaction is sent (a simulated backend's Commit). A zero
// auth.GasLimit means 6,000,000 per deployment.
func DeployAll(ctx context.Context, backend Backend, auth *bind.TransactOpts, cfg Config, mine func()) (*Deployment, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	nonce, err := backend.PendingNonceAt(ctx, auth.From)
	if err != nil {
		return nil, fmt.Errorf("deploy: nonce: %w", err)
	}
	type sent struct {
		name string
		tx   *types.Transaction
	}
	var txs []sent
	// extraGas and value apply to the next deploy only (the Rollup's).
	var extraGas uint64
	var value *big.Int
	deploy := func(name, bin string, input []byte) (common.Address, error) {
		opts := *auth
		opts.Context = ctx
		opts.Nonce = new(big.Int).SetUint64(nonce)
		opts.Value = value
		if opts.GasLimit == 0 {
			// The constructors' gas does not depend on state; estimating
			// against the pending state would fail for contracts whose
			// constructor arguments are not deployed yet.
			opts.GasLimit = 10_000_000 + extraGas
		}
		extraGas, value = 0, nil
		addr, tx, err := bind.DeployContract(&opts, common.FromHex(bin), backend, input)
		if err != nil {
			return common.Address{}, fmt.Errorf("deploy %s: %w", name, err)
		}
		if mine != nil {
			mine()
		}
		txs = append(txs, sent{name, tx})
		nonce++
		return addr, nil
	}
	d := &Deployment{Identity: cfg.IdentityRegistry, Verifier: cfg.Verifier}
	if d.Identity == (common.Address{}) {
		if d.Identity, err = deploy("AgentIdentityRegistry", bindings.AgentIdentityRegistryMetaData.Bin, nil); err != nil {
			return nil, err
		}
	}
	if d.Verifier == (common.Address{}) {
		name, bin := "TestVerifier", bindings.TestVerifierMetaData.Bin // InsecureTestVerifier (Validate)
		switch {
		case cfg.DevBatchVerifier && cfg.DevBatchSlots == 64:
			name, bin = "BatchVerifier64", bindings.BatchVerifier64MetaData.Bin
		case cfg.DevBatchVerifier:
			name, bin = "BatchVerifier", bindings.BatchVerifierMetaData.Bin
		}
		if d.Verifier, err = deploy(name, bin, nil); err != nil {
			return nil, err
		}
	}
	// Staking at nonce n, Rollup at n+1, Slasher at n+2, RewardPool at n+3,
	// ReputationRegistry at n+4, NodeBounty at n+5, BLSRegistry at n+6.
	predictedSlasher := crypto.CreateAddress(auth.From, nonce+2)
	predictedPool := crypto.CreateAddress(auth.From, nonce+3)
	predictedReputation := crypto.CreateAddress(auth.From, nonce+4)
	predictedBLS := crypto.CreateAddress(auth.From, nonce+6)
	var certifier common.Address // zero: the StakingRegistry
	if cfg.BLSCertificates {
		certifier = predictedBLS
	}
	stakingIn := bindings.NewStakingRegistry().PackConstructor(d.Identity, predictedSlasher, cfg.MinStake,
		cfg.UnbondingDelay, cfg.EpochDuration)
	if d.Staking, err = deploy("StakingRegistry", bindings.StakingRegistryMetaData.Bin, stakingIn); err != nil {
		return nil, err
	}
	rollupIn := bindings.NewRollup().PackConstructor(d.Staking, d.Verifier, predictedPool, bindings.RollupConfig{
		L2ChainId:         cfg.L2ChainID,
		GenesisRoot:       cfg.GenesisRoot,
		TreeDepth:         cfg.TreeDepth,
		DepositDeadline:   cfg.DepositDeadline,
		ProofWindow:       cfg.ProofWindow,
		EscapePeriod:      cfg.EscapePeriod,
		GenesisKeys:       genesisKeys(cfg.GenesisKeys),
		GenesisSupplyGwei: cfg.GenesisSupply,
		Certifier:         certifier,
	})
	// The Rollup stores each genesis key (about 25,000 gas each) and is
	// sent the genesis supply: every L2 balance is backed by ETH it holds.
	extraGas = 30_000 * uint64(len(cfg.GenesisKeys))
	value = new(big.Int).Mul(new(big.Int).SetUint64(cfg.GenesisSupply), GweiWei)
	if d.Rollup, err = deploy("Rollup", bindings.RollupMetaData.Bin, rollupIn); err != nil {
		return nil, err
	}
	slasherIn := bindings.NewSlasher().PackConstructor(d.Staking, d.Rollup, predictedReputation, predictedBLS,
		new(big.Int).SetUint64(cfg.SlashBps), new(big.Int).SetUint64(cfg.ReporterRewardBps))
	if d.Slasher, err = deploy("Slasher", bindings.SlasherMetaData.Bin, slasherIn); err != nil {
		return nil, err
	}
	if d.Slasher != predictedSlasher {
		return nil, fmt.Errorf("deploy: Slasher landed at %s, StakingRegistry expects %s (was the account used concurrently?)",
			d.Slasher, predictedSlasher)
	}
	poolIn := bindings.NewRewardPool().PackConstructor(d.Rollup, d.Staking, predictedBLS, cfg.RewardPerBatch)
	if d.RewardPool, err = deploy("RewardPool", bindings.RewardPoolMetaData.Bin, poolIn); err != nil {
		return nil, err
	}
	if d.RewardPool != predictedPool {
		return nil, fmt.Errorf("deploy: RewardPool landed at %s, Rollup expects %s (was the account used concurrently?)",
			d.RewardPool, predictedPool)
	}
	repIn := bindings.NewReputationRegistry().PackConstructor(d.Identity)
	if d.Reputation, err = deploy("ReputationRegistry", bindings.ReputationRegistryMetaData.Bin, repIn); err != nil {
		return nil, err
	}
	if d.Reputation != predictedReputation {
		return nil, fmt.Errorf("deploy: ReputationRegistry landed at %s, the Slasher expects %s (was the account used concurrently?)",
			d.Reputation, predictedReputation)
	}
	bountyIn := bindings.NewNodeBounty().PackConstructor(d.Rollup, d.Staking, d.Reputation, predictedBLS, cfg.bountyClaimPeriod())
	if d.NodeBounty, err = deploy("NodeBounty", bindings.NodeBountyMetaData.Bin, bountyIn); err != nil {
		return nil, err
	}
	blsIn := bindings.NewBLSRegistry().PackConstructor(d.Staking)
	if d.BLS, err = deploy("BLSRegistry", bindings.BLSRegistryMetaData.Bin, blsIn); err != nil {
		return nil, err
	}
	if d.BLS != predictedBLS {
		return nil, fmt.Errorf("deploy: BLSRegistry landed at %s, expected %s (was the account used concurrently?)",
			d.BLS, predictedBLS)
	}
	// All transactions are out (explicit nonces): wait for them together.
	for _, s := range txs {
		rcpt, err := bind.WaitMined(ctx, backend, s.tx.Hash())
		if err != nil {
			return nil, fmt.Errorf("deploy %s: %w", s.name, err)
		}
		if rcpt.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy %s: constructor reverted (gas used %d of %d)", s.name, rcpt.GasUsed, s.tx.Gas())
		}
	}
	return d, nil
}

// ProofOfPossession returns the 64-byte uncompressed public key of a
// consensus key and its signature of StakingRegistry.popDigest(owner), ready
// for StakingRegistry.register.
func ProofOfPossession(key *ecdsa.PrivateKey, l1ChainID *big.Int, registry, owner common.Address) (pub, sig []byte, err error) {
	pub = crypto.FromECDSAPub(&key.PublicKey)[1:]
	sig, err = SignDigest(key, PopDigest(l1ChainID, registry, owner))
	return pub, sig, err
}

// BLSPopContext mirrors BLSRegistry.blsPopContext: what a BLS proof of
// possession signs after the compressed key, binding it to owner.
func BLSPopContext(l1ChainID *big.Int, registry, owner common.Address) common.Hash {
	return crypto.Keccak256Hash([]byte("mycel.blspop.v1"), common.LeftPadBytes(l1ChainID.Bytes(), 32),
		registry.Bytes(), owner.Bytes())
}

// BLSProofOfPossession returns the 256-byte EIP-2537 public key of a BLS
// (minimal-signature) key and its proof of possession bound to owner, ready
// for BLSRegistry.registerBLSKey at registry.
func BLSProofOfPossession(key *minsig.SecretKey, l1ChainID *big.Int, registry, owner common.Address) (pub, pop []byte) {
	pk := key.PublicKey().Bytes()
	ctx := BLSPopContext(l1ChainID, registry, owner)
	sig := key.ProvePossessionFor(ctx[:]).Bytes()
	return pk[:], sig[:]
}

// PopDigest mirrors StakingRegistry.popDigest.
func PopDigest(l1ChainID *big.Int, registry, owner common.Address) common.Hash {
	return crypto.Keccak256Hash([]byte("mycel.pop.v1"), common.LeftPadBytes(l1ChainID.Bytes(), 32),
		registry.Bytes(), owner.Bytes())
}
