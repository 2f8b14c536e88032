package consensus

import (
	"errors"
	"fmt"
	"time"

	abci "github.com/cometbft/cometbft/abci/types"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/mycel-network/mycel/ledger"
)

// The rollup chain's genesis parameters: the L1 side fixed in app_state.l1
// (docs/protocol.md section 9) and the validator set they start with.

// L1Params are the consensus parameters of the L1 side, fixed in the
// genesis (app_state.l1). Every validator must use the same values.
type L1Params struct {
	ChainID         uint64         `json:"chain_id"`
	Rollup          common.Address `json:"rollup"`
	StakingRegistry common.Address `json:"staking_registry"`
	Slasher         common.Address `json:"slasher"`
	RewardPool      common.Address `json:"reward_pool"`
	// NodeBounty, Reputation and Identity are the operator market, the
	// ERC-8004 reputation and identity registries (zero: not deployed or
	// not known; none of them is consensus-critical: the node's poster
	// claims bounty payments, and tools read them).
	NodeBounty common.Address `json:"node_bounty,omitempty"`
	Reputation common.Address `json:"reputation_registry,omitempty"`
	Identity   common.Address `json:"identity_registry,omitempty"`
	// BLSRegistry, when set, is the Rollup's certifier (a deployment with
	// BLS certificates, ADR 031): validators add BLS signatures to their
	// attestations and posters aggregate them. Zero: ECDSA certificates.
	BLSRegistry common.Address `json:"bls_registry,omitempty"`
	// DeployBlock is the L1 block the contracts were deployed in: where a
	// node's L1 watcher starts scanning.
	DeployBlock uint64 `json:"deploy_block"`
	// EpochGenesisTime and EpochDuration are the StakingRegistry's
	// genesisTime and epochDuration: epoch(t) = (t - genesis) / duration.
	EpochGenesisTime uint64 `json:"epoch_genesis_time"`
	EpochDuration    uint64 `json:"epoch_duration"`
	// StartRef is the L1 block the genesis reflects: the operators' stake
	// and the deposit queue up to it are in the genesis.
	StartRef L1Anchor `json:"start_ref"`
	// RefDepth is how many L1 blocks must sit on top of a block before a
	// proposal may reference it.
	RefDepth uint64 `json:"ref_depth"`
	// BatchSlots is the batch circuit's public-data chunks per batch: a
	// transfer takes 1, a withdrawal or forced exit 2, a deposit 3.
	BatchSlots int `json:"batch_slots"`
	// A non-empty batch closes when full, BatchMaxBlocks after the previous
	// batch's last block, or BatchMaxAgeMs after its first transaction's
	// block, whichever comes first.
	BatchMaxBlocks uint64 `json:"batch_max_blocks"`
	BatchMaxAgeMs  uint64 `json:"batch_max_age_ms"`
	// ReattestAfterS (BLS certificates only) is how long, in L2 block
	// time, a recorded certificate may wait without the L1 reference
	// showing its batch committed before the batch is attested again and
	// the new attestations join the old (docs/protocol.md section 9.4).
	// Validators cannot check BLS signatures (they do not know the keys),
	// so a certificate whose BLS parts fail on L1 would otherwise wait for
	// good. 0: DefaultReattestAfterS.
	ReattestAfterS uint64 `json:"reattest_after_s,omitempty"`
	// Operators is the stake at StartRef: each operator's consensus key and
	// its stake history (as the StakingRegistry's snapshots count it).
	Operators []GenesisOperator `json:"operators"`
}

// GenesisOperator is an operator known at genesis.
type GenesisOperator struct {
	PubKey hexutil.Bytes `json:"pub_key"` // 64-byte uncompressed secp256k1 key
	Stake  []StakePoint  `json:"stake"`
}

// StakePoint says: from Epoch on, the bonded stake is Bonded wei.
type StakePoint struct {
	Epoch  uint64       `json:"epoch"`
	Bonded *hexutil.Big `json:"bonded"`
}

// AppGenesis is the CometBFT genesis app_state: the L2 ledger genesis, and
// the L1 parameters when the chain runs as a rollup.
type AppGenesis struct {
	ledger.Genesis
	L1 *L1Params `json:"l1,omitempty"`
	// CometChainID is the CometBFT genesis's chain id (not part of
	// app_state; node.LoadAppGenesis fills it in).
	CometChainID string `json:"-"`
}

// Validate checks the L1 parameters.
// MinPublicRefDepth is the least ref_depth on an L1 that is not a local
// dev chain: 64 blocks, two beacon-chain epochs, beyond which replacing a
// block needs Ethereum's finality broken. A reorg deeper than ref_depth
// replaces an L1 block whose deposits and stake changes the L2 already
// applied: the L2 then disagrees with the Rollup's deposit queue and can
// never commit its batches again.
const MinPublicRefDepth = 64

// IsDevL1 reports whether chainID is a local dev chain (go-ethereum --dev
// and mycel's devchain: 1337; anvil and hardhat: 31337), where no reorg
// happens and a ref_depth of 1 is enough.
func IsDevL1(chainID uint64) bool { return chainID == 1337 || chainID == 31337 }

func (p *L1Params) Validate() error {
	switch {
	case p.ChainID == 0:
		return errors.New("l1 params: chain_id must be set")
	case p.RefDepth == 0:
		return errors.New("l1 params: ref_depth must be >= 1 (0 would let a proposal reference the L1 head, which a one-block reorg replaces)")
	case !IsDevL1(p.ChainID) && p.RefDepth < MinPublicRefDepth:
		return fmt.Errorf("l1 params: ref_depth %d is below %d on L1 chain %d: a reorg deeper than ref_depth replaces L1 blocks whose deposits the L2 already applied, after which no batch can be committed", p.RefDepth, MinPublicRefDepth, p.ChainID)
	case p.Rollup == (common.Address{}) || p.StakingRegistry == (common.Address{}):
		return errors.New("l1 params: rollup and staking_registry must be set")
	case p.EpochDuration == 0:
		return errors.New("l1 params: epoch_duration must be > 0")
	case p.BatchSlots < 3:
		return errors.New("l1 params: batch_slots must be >= 3 (a deposit's record takes 3 chunks)")
	case p.BatchMaxBlocks == 0:
		return errors.New("l1 params: batch_max_blocks must be > 0")
	}
	for i, op := range p.Operators {
		if _, err := CometKey(op.PubKey); err != nil {
			return fmt.Errorf("l1 params: operator %d: %w", i, err)
		}
	}
	return nil
}

// DefaultReattestAfterS is ReattestAfterS when the genesis leaves it 0.
const DefaultReattestAfterS = 300

// reattestAfter is ReattestAfterS (or its default) as a duration.
func (p *L1Params) reattestAfter() time.Duration {
	if p.ReattestAfterS == 0 {
		return DefaultReattestAfterS * time.Second
	}
	return time.Duration(p.ReattestAfterS) * time.Second
}

// Epoch is the StakingRegistry epoch at L1 time t.
func (p *L1Params) Epoch(t uint64) uint64 {
	if t < p.EpochGenesisTime {
		return 0
	}
	return (t - p.EpochGenesisTime) / p.EpochDuration
}

// GenesisValidators returns the CometBFT validators of the genesis: the
// operators with stake in StartRef's epoch, power = stake in gwei.
func (p *L1Params) GenesisValidators() ([]abci.ValidatorUpdate, error) {
	st := initialState(p, ledger.Hash{}, 0)
	var out []abci.ValidatorUpdate
	for _, s := range st.sortedSigners() {
		op := st.Operators[s]
		if op.Power == 0 {
			continue
		}
		pk, err := CometKey(op.PubKey)
		if err != nil {
			return nil, err
		}
		out = append(out, abci.NewValidatorUpdate(pk, op.Power))
	}
	return out, nil
}
