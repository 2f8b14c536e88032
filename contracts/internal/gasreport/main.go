// Command gasreport measures the gas of each L1 operation on go-ethereum's
// simulated backend and prints one `<operation> <gas>` line per figure
// (`make gas`). Figures are receipts' gasUsed (intrinsic 21,000 and
// calldata included) unless the name says otherwise; marginal costs are
// differences between batches that differ in one dimension only. The same
// measurements back TestGasReport, which checks them against the targets
// of docs/contracts.md and against each other.
package main

import (
	"bytes"
	"fmt"
	"log"
	"math"
	"math/big"
	"math/rand/v2"
	"os"
	"sort"
	"time"

	cmtproto "github.com/cometbft/cometbft/api/cometbft/types/v1"
	cmtsecp "github.com/cometbft/cometbft/crypto/secp256k1"
	"github.com/cometbft/cometbft/crypto/tmhash"
	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

type fatal struct{}

func (fatal) Helper()                           {}
func (fatal) Fatalf(format string, args ...any) { log.Fatalf(format, args...) }

func main() {
	log.SetFlags(0)
	log.SetPrefix("make gas: ")
	measure(func(name string, gas uint64) { fmt.Printf("%s %d\n", name, gas) })
	os.Exit(0)
}

// measure runs every measurement and hands each figure to print, in the
// order `make gas` prints them. The figures printed so far are kept for
// the ones derived from them (blsMinSigCosts' projections).
func measure(print func(string, uint64)) {
	fig := map[string]uint64{}
	keep := func(name string, gas uint64) {
		fig[name] = gas
		print(name, gas)
	}
	batchCosts(keep)
	signerCosts(keep)
	escapeCost(keep)
	doubleVoteCost(keep)
	agentCosts(keep)
	bountyCosts(keep)
	blsMinSigCosts(keep)
	blsRegistryCosts(keep)
}

// calldataGas is the EIP-2028 calldata cost of b.
func calldataGas(b []byte) uint64 {
	var g uint64
	for _, c := range b {
		if c == 0 {
			g += 4
		} else {
			g += 16
		}
	}
	return g
}

// nTx is the number of transfers in the batches whose per-transfer costs
// are measured.
const nTx = 100

func batchCosts(print func(string, uint64)) {
	const maxSigners = 16
	e := te.New(fatal{}, maxSigners+4, nil)
	defer e.Close()

	// stake: register a human operator with proof of possession.
	var ops []*te.Operator
	for i := 0; i < maxSigners; i++ {
		k := e.NewConsensusKey()
		r := e.Must(e.Users[i], e.Staking, te.Ether(1), e.RegisterArgs(e.Users[i].Addr, k, 0, 0))
		if i == 1 {
			print("stake", r.GasUsed)
		}
		ops = append(ops, &te.Operator{Owner: e.Users[i], Key: k, Signer: crypto.PubkeyToAddress(k.PublicKey), Stake: te.Ether(1)})
	}
	r := e.Must(e.Users[0], e.Staking, te.Ether(1), e.StakingABI.PackAddStake())
	print("add_stake", r.GasUsed)
	e.NextEpoch()

	user := e.Users[maxSigners]
	e.Deposit(user, te.L2Key(1), 1_000_000)
	r = e.Deposit(user, te.L2Key(2), 1_000_000)
	print("deposit", r.GasUsed)

	// quorum needs >= 2/3 of 17 ETH total: 12 signers of 16 suffice
	// with the extra 1 ETH of operator 0 counted.
	nroot := uint64(0)
	commit := func(pd []byte, depEnd uint64, signers int) uint64 {
		nroot++
		h := e.NextHeader(te.Root(nroot), depEnd, pd)
		r := e.Must(e.Users[maxSigners+1], e.Rollup, nil, e.CommitArgs(h, pd, ops[:signers]...))
		e.Must(e.Users[maxSigners+1], e.Rollup, nil, e.ProveArgs(h))
		return r.GasUsed
	}
	const s1, s2 = 12, 16
	var transfers []byte
	for i := 0; i < nTx; i++ {
		// Typical values: indices < 2^24, amounts below 2^35 gwei (34 ETH),
		// fees below 2,048 gwei (a packed fee with exponent 0).
		transfers = append(transfers, te.TransferRecord(uint32(70_000+i*131), uint32(1_000_000+i*7), uint64(123_456_789+i), uint64(1_000+i))...)
	}
	deps := append(te.DepositRecord(e.AccountOf(te.L2Key(1)), te.L2Key(1), 1_000_000), te.DepositRecord(e.AccountOf(te.L2Key(2)), te.L2Key(2), 1_000_000)...)
	// The first commit pays one-time writes (the launch pin, counters from
	// zero): keep it out of the figures below.
	first := commit(nil, 0, s1)
	g0 := commit(deps, 2, s1) // consume the two deposits (per-deposit cost below)
	base1 := commit(nil, 2, s1)
	base2 := commit(nil, 2, s2)
	perSigner := (base2 - base1) / (s2 - s1)
	withTx := commit(transfers, 2, s1)
	perTx := (withTx - base1) / nTx
	var ws []byte
	for i := 0; i < 8; i++ {
		ws = append(ws, te.WithdrawRecord(uint32(70_000+i), common.BigToAddress(big.NewInt(int64(0xabcdef+i))), 5_000_000, 21_000)...)
	}
	withW := commit(ws, 2, s1)
	print("commitBatch_fixed", base1-s1*perSigner)
	print("commitBatch_per_signer", perSigner)
	print("commitBatch_per_transfer", perTx)
	print("commitBatch_per_transfer_calldata", calldataGas(transfers)/nTx)
	print("commitBatch_per_deposit", (g0-base1)/2)
	print("commitBatch_per_withdrawal", (withW-base1)/8)
	print("commitBatch_12_signers_0_tx", base1)
	print("commitBatch_first_extra", first-base1)

	// proveBatch on a fresh committed batch (2 public inputs, no commitment).
	h := e.NextHeader(te.Root(999), 2, nil)
	e.Must(e.Users[0], e.Rollup, nil, e.CommitArgs(h, nil, ops[:s1]...))
	proof := e.Proof(h)
	data := e.RollupABI.PackProveBatch(h, e.Committed(h.BatchIndex).Record, proof)
	r = e.Must(e.Users[0], e.Rollup, nil, data)
	print("proveBatch", r.GasUsed)
	print("proveBatch_execution", r.GasUsed-21_000-calldataGas(data))
	vdata := bindings.NewTestVerifier().PackVerifyProof(proof, contracts.PublicInputs(h))
	vg, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{To: &e.D.Verifier, Data: vdata})
	if err != nil {
		log.Fatalf("verifier: %v", err)
	}
	print("verifyProof_execution", vg-21_000-calldataGas(vdata))

	// proveBatches: k committed batches finalized in one transaction, their
	// proofs checked in one pairing check (ADR 025).
	proveGas := map[int]uint64{}
	for j, k := range []int{2, 4, 8, 16} {
		hs := make([]bindings.BatchHeader, k)
		for i := range hs {
			hs[i] = e.NextHeader(te.Root(uint64(2000+100*j+i)), 2, nil)
			e.Must(e.Users[0], e.Rollup, nil, e.CommitArgs(hs[i], nil, ops[:s1]...))
		}
		proveGas[k] = e.Must(e.Users[0], e.Rollup, nil, e.ProveBatchesArgs(hs)).GasUsed
		print(fmt.Sprintf("proveBatches_%d", k), proveGas[k])
		print(fmt.Sprintf("proveBatches_%d_per_batch", k), proveGas[k]/uint64(k))
	}
	print("proveBatches_marginal_per_batch", (proveGas[16]-proveGas[8])/8)

	// claim withdrawal: a finalized batch with 8 withdrawals.
	wlist := make([]contracts.Withdrawal, 8)
	var wpd []byte
	for i := range wlist {
		wlist[i] = contracts.Withdrawal{To: e.Users[i].Addr, AmountGwei: 1_000 + uint64(i)}
		wpd = append(wpd, te.WithdrawRecord(uint32(i+1), wlist[i].To, wlist[i].AmountGwei, 21_000)...) // fees: distribute collects them
	}
	hw := e.NextHeader(te.Root(1000), 2, wpd)
	e.CommitAndProve(e.Users[0], hw, wpd, ops[:s1]...)
	_, p := contracts.WithdrawalProof(hw.BatchIndex, wlist, 3)
	r = e.Must(e.Users[maxSigners+2], e.Rollup, nil, e.RollupABI.PackClaimWithdrawal(new(big.Int).SetUint64(hw.BatchIndex), e.HeaderHashOf(new(big.Int).SetUint64(hw.BatchIndex)), e.RecordOf(new(big.Int).SetUint64(hw.BatchIndex)), big.NewInt(3), wlist[3].To, wlist[3].AmountGwei, p))
	print("claimWithdrawal", r.GasUsed)

	// rewards: the reward and the batch's fees (collected from the Rollup).
	e.Must(user, e.Pool, te.Ether(10), e.PoolABI.PackFund())
	signers, stakes := sortedSigners(e, ops[:s1])
	r = e.Must(user, e.Pool, nil, e.PoolABI.PackDistribute(new(big.Int).SetUint64(hw.BatchIndex), e.HeaderHashOf(new(big.Int).SetUint64(hw.BatchIndex)), e.RecordOf(new(big.Int).SetUint64(hw.BatchIndex)), signers, stakes))
	print("distributeRewards_12_signers", r.GasUsed)
	r = e.Must(ops[3].Owner, e.Pool, nil, e.PoolABI.PackClaim())
	print("claimReward", r.GasUsed)

	// slash: equivocation evidence, by an operator outside the s1 signers
	// of the batches below (a slashed key stops counting at once).
	a := bindings.BatchHeader{ChainId: e.Cfg.L2ChainID, BatchIndex: 77, NewRoot: te.Root(1)}
	b := a
	b.NewRoot = te.Root(2)
	sa, sb := e.Sign(a, ops[s2-1])[0].Sig, e.Sign(b, ops[s2-1])[0].Sig
	r = e.Must(user, e.Slasher, nil, e.SlasherABI.PackSubmitEquivocation(e.Launch, a, sa, b, sb))
	print("slash", r.GasUsed)

	// Forced exits: requests (the account key's signature checked), then a
	// batch that consumes 8 of them (each a withdrawal-tree leaf).
	fkey := te.L2PrivKey(1) // te.L2Key(1), deposited above
	for salt := uint64(1); salt <= 8; salt++ {
		r = e.RequestForcedExit(user, fkey, user.Addr, salt)
		if salt == 2 {
			print("requestForcedExit", r.GasUsed)
		}
	}
	var fpd []byte
	for i := 0; i < 8; i++ {
		fpd = append(fpd, te.ForcedExitRecord(e.AccountOf(fkey.Public()), user.Addr, 0)...)
	}
	withF := commit(fpd, 2, s1)
	print("commitBatch_per_forced_exit", (withF-base1)/8)

	// Poseidon2 compression in the EVM.
	hb := bindings.NewPoseidon2Harness()
	haddr := deploy(e, bindings.Poseidon2HarnessMetaData.Bin)
	cdata := hb.PackCompress(big.NewInt(1), big.NewInt(2))
	cg, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{To: &haddr, Data: cdata})
	if err != nil {
		log.Fatalf("poseidon2: %v", err)
	}
	print("poseidon2_compress_execution", cg-21_000-calldataGas(cdata))

	// A batch of random transfers (randomTransfers): its public data per
	// transfer, that data's calldata gas, and the commit's measured
	// marginal gas per transfer (calldata, parsing, hashing).
	rnd := randomTransfers(nTx)
	withR := commit(rnd, 2, s1)
	print("pubdata_bytes_per_transfer", uint64(len(rnd)/nTx))
	print("calldata_gas_per_transfer", calldataGas(rnd)/nTx)
	print("commitBatch_per_transfer_random", (withR-base1)/nTx)
}

// signerCounts are the certificate sizes signerCosts commits with.
var signerCounts = []int{4, 16, 64, 128}

// signerCosts commits empty batches (no public data) certified by 4, 16,
// 64 and 128 signers, out of a set of 128 operators: one of 1,000 ETH,
// which signs every certificate so that each reaches the 2/3 quorum of the
// 1,127 ETH staked, and 127 of 1 ETH. A certificate's cost does not depend
// on the stakes (each signer's snapshot is read, added and hashed alike).
// The chain is in batchCosts' state: each commit is proven before the
// next, and a first commit, not reported, pays the one-time writes and
// consumes two deposits (a chain that never had a deposit commits about
// 2,300 gas cheaper).
func signerCosts(print func(string, uint64)) {
	maxSigners := signerCounts[len(signerCounts)-1]
	e := te.New(fatal{}, maxSigners+1, nil)
	defer e.Close()
	ops := []*te.Operator{e.AddOperator(e.Users[0], te.Ether(1_000))}
	for i := 1; i < maxSigners; i++ {
		ops = append(ops, e.AddOperator(e.Users[i], te.Ether(1)))
	}
	e.NextEpoch()
	sender := e.Users[maxSigners]
	e.Deposit(sender, te.L2Key(1), 1_000_000)
	e.Deposit(sender, te.L2Key(2), 1_000_000)
	nroot := uint64(0)
	commit := func(pd []byte, signers int) uint64 {
		nroot++
		h := e.NextHeader(te.Root(nroot), 2, pd)
		r := e.Must(sender, e.Rollup, nil, e.CommitArgs(h, pd, ops[:signers]...))
		e.Must(sender, e.Rollup, nil, e.ProveArgs(h))
		return r.GasUsed
	}
	commit(append(te.DepositRecord(e.AccountOf(te.L2Key(1)), te.L2Key(1), 1_000_000),
		te.DepositRecord(e.AccountOf(te.L2Key(2)), te.L2Key(2), 1_000_000)...), maxSigners)
	gas := make([]uint64, len(signerCounts))
	for i, n := range signerCounts {
		gas[i] = commit(nil, n)
		print(fmt.Sprintf("commitBatch_%d_signers_0_tx", n), gas[i])
	}
	lo, hi := signerCounts[0], maxSigners
	print(fmt.Sprintf("commitBatch_per_signer_%d_to_%d", lo, hi), (gas[len(gas)-1]-gas[0])/uint64(hi-lo))

	// commitBatches (ADR 026): k batches of 64 random transfers under
	// 4-signer certificates committed in one transaction; the marginal
	// batch is the difference between 16 and 8 per transaction.
	commitRun := func(k int, pd []byte) (uint64, []bindings.BatchHeader) {
		hs := make([]bindings.BatchHeader, k)
		pds := make([][]byte, k)
		for i := range hs {
			nroot++
			if i == 0 {
				hs[i] = e.NextHeader(te.Root(nroot), 2, pd)
			} else {
				hs[i] = e.HeaderAfter(hs[i-1], te.Root(nroot), 2, pd)
			}
			pds[i] = pd
		}
		data := e.CommitArgs(hs[0], pd, ops[:4]...)
		if k > 1 {
			data = e.CommitBatchesArgs(hs, pds, ops[:4]...)
		}
		return e.Must(sender, e.Rollup, nil, data).GasUsed, hs
	}
	prove := func(hs []bindings.BatchHeader) uint64 {
		data := e.ProveArgs(hs[0])
		if len(hs) > 1 {
			data = e.ProveBatchesArgs(hs)
		}
		return e.Must(sender, e.Rollup, nil, data).GasUsed
	}
	pd64 := randomTransfers(64)
	commitGas := map[int]uint64{}
	for _, k := range []int{1, 8, 16} {
		g, hs := commitRun(k, pd64)
		prove(hs)
		commitGas[k] = g
		print(fmt.Sprintf("commitBatches_%d_64_transfers_4_signers_per_batch", k), g/uint64(k))
	}
	print("commitBatches_marginal_per_batch_64_transfers_4_signers", (commitGas[16]-commitGas[8])/8)

	// All in, issue 17's figure: full batches of random transfers under
	// 4-signer certificates. Commits one per transaction (commitBatch) and
	// proofs k per transaction (proveBatches, ADR 025), or both k per
	// transaction (commitBatches, ADR 026). Every gas unit of the
	// transactions, calldata and the 21,000 bases included, divided by the
	// transfers. The verifier's gas does not depend on the circuit's size
	// (two public inputs), so the larger batches' figures hold for any
	// prover that can prove them (ADR 022: about 13 GiB at 256 slots).
	allIn := func(slots, k int, batchedCommits bool) uint64 {
		pd := randomTransfers(slots)
		var total uint64
		var hs []bindings.BatchHeader
		if batchedCommits {
			total, hs = commitRun(k, pd)
		} else {
			for i := 0; i < k; i++ {
				g, h := commitRun(1, pd)
				total += g
				hs = append(hs, h...)
			}
		}
		total += prove(hs)
		return total / uint64(k*slots)
	}
	for _, k := range []int{1, 8, 16} {
		print(fmt.Sprintf("l1_gas_per_transfer_64_slots_4_signers_%d_proofs_per_tx", k), allIn(64, k, false))
	}
	for _, slots := range []int{64, 128, 256} {
		for _, k := range []int{8, 16} {
			print(fmt.Sprintf("l1_gas_per_transfer_%d_slots_4_signers_%d_batches_per_tx", slots, k), allIn(slots, k, true))
		}
	}
	// 512 slots: 8 batches are 64 KiB of calldata (16 would pass the
	// 128 KiB that L1 nodes accept in one transaction).
	print("l1_gas_per_transfer_512_slots_4_signers_8_batches_per_tx", allIn(512, 8, true))
	// 256 slots, 24 per transaction: about 117,000 bytes of calldata, the
	// longest run the poster's 120,000-byte bound lets through at that size.
	print("l1_gas_per_transfer_256_slots_4_signers_24_batches_per_tx", allIn(256, 24, true))
}

// transferAccounts is how many accounts randomTransfers draws from.
const transferAccounts = 1 << 20

// randomTransfers returns n transfer records (docs/protocol.md section 7),
// drawn with a fixed seed the way a busy network's transfers look: sender
// and receiver distinct and uniform over accounts 1 to 2^20 - 1 (account
// 0 is the fee vault), amounts log-uniform over [10^3, 10^12) gwei (a
// microether to 1,000 ETH), fees log-uniform over [1, 10^5) gwei (the
// default floor, mempool.min_fee, is 1 gwei).
func randomTransfers(n int) []byte {
	r := rand.New(rand.NewPCG(17, 2028))
	logUniform := func(lo, hi float64) uint64 {
		return uint64(math.Exp(math.Log(lo) + r.Float64()*(math.Log(hi)-math.Log(lo))))
	}
	var out []byte
	for i := 0; i < n; i++ {
		from := 1 + r.Uint32N(transferAccounts-1)
		to := 1 + r.Uint32N(transferAccounts-2)
		if to >= from {
			to++
		}
		out = append(out, te.TransferRecord(from, to, ledger.FloorPacked(logUniform(1e3, 1e12), ledger.AmountMantissaBits),
			ledger.FloorPacked(logUniform(1, 1e5), ledger.FeeMantissaBits))...)
	}
	return out
}

// escapeCost exits one account at the default depth (24) with a proof from
// the ledger's own tree and its key's exit signature, and measures the
// signature check alone.
func escapeCost(print func(string, uint64)) {
	const depth = 24
	store, err := ledger.Open("", &ledger.Genesis{ChainID: 4242, Depth: depth}, ledger.Options{InMemory: true})
	if err != nil {
		log.Fatal(err)
	}
	defer store.Close()
	e := te.New(fatal{}, 6, func(c *contracts.Config) {
		c.TreeDepth, c.GenesisRoot = depth, common.Hash(store.Root())
	})
	defer e.Close()
	op := e.AddOperator(e.Users[0], te.Ether(1))
	e.NextEpoch()
	priv := te.L2PrivKey(3)
	key := priv.Public()
	e.Deposit(e.Users[1], key, 777)
	blk, err := store.NewBlock()
	if err != nil {
		log.Fatal(err)
	}
	rc, err := blk.Apply(&ledger.Tx{Type: ledger.TxDeposit, ChainID: 4242, PubKey: key, Amount: 777})
	if err != nil {
		log.Fatal(err)
	}
	root, err := blk.Commit()
	if err != nil {
		log.Fatal(err)
	}
	h := e.NextHeader(common.Hash(root), 1, rc.PubData)
	e.CommitAndProve(e.Users[2], h, rc.PubData, op)
	e.Advance(e.Cfg.EscapePeriod + 1)
	e.Must(e.Users[2], e.Rollup, nil, e.RollupABI.PackActivateEscapeHatch())
	p, err := store.Proof(rc.Account)
	if err != nil {
		log.Fatal(err)
	}
	x, y, err := p.Account.PubKey.Coordinates()
	if err != nil {
		log.Fatal(err)
	}
	var sib []*big.Int
	for _, s := range p.Siblings {
		sib = append(sib, new(big.Int).SetBytes(s[:]))
	}
	to := e.Users[1].Addr
	sig, err := contracts.SignExit(priv, e.ChainID, e.D.Rollup, rc.Account, to)
	if err != nil {
		log.Fatal(err)
	}
	r := e.Must(e.Users[2], e.Rollup, nil, e.RollupABI.PackExitAccount(rc.Account, new(big.Int).SetBytes(x[:]), new(big.Int).SetBytes(y[:]), 777, 0, sib, to, sig))
	print("exitAccount_depth24", r.GasUsed)

	// The exit's signature check alone: EdDSA.verify (key and R on the
	// curve, S range, the Poseidon2 challenge, [S]B + [k](-A) == R) and
	// Rollup.exitMessage, both execution only.
	hb := bindings.NewEdDSAHarness()
	haddr := deploy(e, bindings.EdDSAHarnessMetaData.Bin)
	ex, err := contracts.Exit(e.ChainID, e.D.Rollup, rc.Account, to)
	if err != nil {
		log.Fatal(err)
	}
	msg := ex.SigningHash()
	vdata := hb.PackVerify(new(big.Int).SetBytes(x[:]), new(big.Int).SetBytes(y[:]), new(big.Int).SetBytes(msg[:]), sig)
	vg, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{To: &haddr, Data: vdata})
	if err != nil {
		log.Fatalf("eddsa verify: %v", err)
	}
	print("eddsa_verify_execution", vg-21_000-calldataGas(vdata))
	mdata := e.RollupABI.PackExitMessage(rc.Account, to)
	mg, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{To: &e.D.Rollup, Data: mdata})
	if err != nil {
		log.Fatalf("exit message: %v", err)
	}
	print("exitMessage_execution", mg-21_000-calldataGas(mdata))
}

func sortedSigners(e *te.Env, ops []*te.Operator) ([]common.Address, []*big.Int) {
	s := append([]*te.Operator(nil), ops...)
	sort.Slice(s, func(i, j int) bool { return bytes.Compare(s[i].Signer[:], s[j].Signer[:]) < 0 })
	var signers []common.Address
	var stakes []*big.Int
	for _, o := range s {
		signers = append(signers, o.Signer)
		stakes = append(stakes, te.Call(e, e.Staking, e.StakingABI.PackStakeOf(o.Signer), e.StakingABI.UnpackStakeOf))
	}
	return signers, stakes
}

func deploy(e *te.Env, bin string) common.Address {
	auth := bind.NewKeyedTransactor(e.Deployer.Key, e.ChainID)
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bin), e.Client, nil)
	if err != nil {
		log.Fatal(err)
	}
	e.Sim.Commit()
	if _, err := bind.WaitDeployed(e.Ctx, e.Client, tx.Hash()); err != nil {
		log.Fatal(err)
	}
	return addr
}

// doubleVoteCost slashes a double precommit (two blocks, round 0, a
// realistic height and timestamp: 111-byte sign bytes each) and measures
// the vote reader alone.
func doubleVoteCost(print func(string, uint64)) {
	e := te.New(fatal{}, 4, nil)
	defer e.Close()
	op := e.AddOperator(e.Users[0], te.Ether(2))
	key := cmtsecp.PrivKey(crypto.FromECDSA(op.Key))
	chainID := contracts.CometChainID(e.Cfg.L2ChainID)
	now := time.Date(2026, 3, 1, 12, 0, 0, 123456789, time.UTC)
	vote := func(block string) *cmttypes.Vote {
		v := &cmttypes.Vote{Type: cmtproto.PrecommitType, Height: 1_234_567, Round: 0, Timestamp: now,
			BlockID:          cmttypes.BlockID{Hash: tmhash.Sum([]byte(block)), PartSetHeader: cmttypes.PartSetHeader{Total: 1, Hash: tmhash.Sum([]byte("parts " + block))}},
			ValidatorAddress: key.PubKey().Address()}
		sig, err := key.Sign(cmttypes.VoteSignBytes(chainID, v.ToProto()))
		if err != nil {
			log.Fatal(err)
		}
		v.Signature = sig
		return v
	}
	d, err := contracts.DoubleVoteFromVotes(chainID, vote("a"), vote("b"))
	if err != nil {
		log.Fatal(err)
	}
	r := e.Must(e.Users[1], e.Slasher, nil, e.SlasherABI.PackSubmitDoubleVote(d.VoteA, d.SigA, d.VoteB, d.SigB))
	print("submitDoubleVote", r.GasUsed)

	hb := bindings.NewCometVoteHarness()
	haddr := deploy(e, bindings.CometVoteHarnessMetaData.Bin)
	pdata := hb.PackParse(d.VoteA)
	pg, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{To: &haddr, Data: pdata})
	if err != nil {
		log.Fatalf("parse vote: %v", err)
	}
	print("cometVote_parse_execution", pg-21_000-calldataGas(pdata))
}

// agentCosts measures the ERC-8004 registries: setAgentWallet with an EOA
// wallet's EIP-712 signature, giveFeedback (a client's first entry and a
// later one: value, two tags, endpoint, feedback URI and hash) and what
// one more listed client (one entry, tag filter on) adds to getSummary.
func agentCosts(print func(string, uint64)) {
	const nClients = 10
	e := te.New(fatal{}, 2+nClients, nil)
	defer e.Close()
	owner, wallet, clients := e.Users[0], e.Users[1], e.Users[2:]
	one := big.NewInt(1)
	e.Must(owner, e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://bafkreiagentregistration"))
	head, err := e.Client.HeaderByNumber(e.Ctx, nil)
	if err != nil {
		log.Fatal(err)
	}
	deadline := head.Time + 200
	sig, err := contracts.SignAgentWallet(wallet.Key, e.ChainID, e.D.Identity, one, owner.Addr, deadline)
	if err != nil {
		log.Fatal(err)
	}
	r := e.Must(owner, e.Identity, nil, e.IdentityABI.PackSetAgentWallet(one, wallet.Addr, new(big.Int).SetUint64(deadline), sig))
	print("setAgentWallet", r.GasUsed)

	rep := bindings.NewReputationRegistry()
	rc := rep.Instance(e.Client, e.D.Reputation)
	give := func(from te.Account) uint64 {
		return e.Must(from, rc, nil, rep.PackGiveFeedback(one, big.NewInt(9977), 2, "uptime", "day",
			"https://agent.example/mcp", "ipfs://bafkreifeedbackfile", crypto.Keccak256Hash([]byte("feedback")))).GasUsed
	}
	print("giveFeedback", give(clients[0]))
	print("giveFeedback_repeat", give(clients[0]))
	for _, c := range clients[1:] {
		give(c)
	}
	summary := func(n int) uint64 {
		var list []common.Address
		for _, c := range clients[1 : 1+n] {
			list = append(list, c.Addr)
		}
		data := rep.PackGetSummary(one, list, "uptime", "")
		g, err := e.Client.EstimateGas(e.Ctx, ethereum.CallMsg{To: &e.D.Reputation, Data: data})
		if err != nil {
			log.Fatalf("getSummary: %v", err)
		}
		return g - calldataGas(data)
	}
	print("getSummary_per_client_execution", (summary(nClients-1)-summary(1))/(nClients-2))
}

// bountyCosts measures NodeBounty: posting a bounty, taking a seat,
// claiming a finalized batch (a fixed part, each signer without a seat,
// each seated signer paid; a batch that pays nobody), withdrawing, and
// reporting a seat's uptime (the agent's first entry from NodeBounty, then
// a later one). One operator holds most of the stake so that certificates
// of any size reach the quorum; the claims run after a first one has
// credited every seat (steady state: each seat's credit slot is non-zero,
// the claimed-batches word exists). The first seated operator is an agent
// (identity 1), so that its uptime can be reported.
func bountyCosts(print func(string, uint64)) {
	const seated, unseated = 8, 11
	e := te.New(fatal{}, seated+unseated+3, nil)
	defer e.Close()
	whale := e.AddOperator(e.Users[0], te.Ether(100))
	var S, U []*te.Operator
	e.Must(e.Users[1], e.Identity, nil, e.IdentityABI.PackRegister1("ipfs://agent"))
	k := e.NewConsensusKey()
	e.Must(e.Users[1], e.Staking, te.Ether(1), e.RegisterArgs(e.Users[1].Addr, k, 1, 1))
	S = append(S, &te.Operator{Owner: e.Users[1], Key: k, Signer: crypto.PubkeyToAddress(k.PublicKey), Stake: te.Ether(1)})
	for i := 1; i < seated; i++ {
		S = append(S, e.AddOperator(e.Users[1+i], te.Ether(1)))
	}
	for i := 0; i < unseated; i++ {
		U = append(U, e.AddOperator(e.Users[1+seated+i], te.Ether(1)))
	}
	e.NextEpoch()
	poster, anyone := e.Users[seated+unseated+1], e.Users[seated+unseated+2]
	nb := bindings.NewNodeBounty()
	c := nb.Instance(e.Client, e.D.NodeBounty)
	head, err := e.Client.HeaderByNumber(e.Ctx, nil)
	if err != nil {
		log.Fatal(err)
	}
	terms := bindings.NodeBountyTerms{RewardPerBatch: big.NewInt(1e15), MinStake: te.Ether(1), Seats: seated,
		End: head.Time + 1_000_000, NoticePeriod: 3600, Reputation: bindings.NodeBountyReputation{MinValue: new(big.Int)}}
	r := e.Must(poster, c, te.Ether(10), nb.PackPost(terms, new(big.Int)))
	print("bounty_post", r.GasUsed)
	id := big.NewInt(1)
	for i, o := range S {
		r = e.Must(o.Owner, c, nil, nb.PackJoin(id))
		if i == 1 {
			print("bounty_join", r.GasUsed)
		}
	}
	nroot := uint64(0)
	claim := func(signers ...*te.Operator) uint64 {
		nroot++
		h := e.NextHeader(te.Root(nroot), 0, nil)
		e.CommitAndProve(anyone, h, nil, signers...)
		ss, st := sortedSigners(e, signers)
		return e.Must(anyone, c, nil, nb.PackClaim(id, new(big.Int).SetUint64(h.BatchIndex), contracts.HeaderHash(h), e.RecordOf(new(big.Int).SetUint64(h.BatchIndex)), ss, st)).GasUsed
	}
	with := func(ops ...[]*te.Operator) []*te.Operator {
		out := []*te.Operator{whale}
		for _, o := range ops {
			out = append(out, o...)
		}
		return out
	}
	claim(with(S)...)                 // warm-up: every seat credited once
	a := claim(with(S[:4], U[:4])...) // 9 signers, 4 paid
	b := claim(with(S, U[:4])...)     // 13 signers, 8 paid
	d := claim(with(S[:4], U)...)     // 16 signers, 4 paid
	perSeat := (b - a) / 4
	perSigner := (d - a) / (unseated - 4)
	print("bounty_claim_fixed", a-4*perSeat-5*perSigner)
	print("bounty_claim_per_signer", perSigner)
	print("bounty_claim_per_seat", perSeat)
	print("bounty_claim_16_signers_4_seats", d)
	print("bounty_claim_no_payee", claim(whale)) // one signer, without a seat
	r = e.Must(S[0].Owner, c, nil, nb.PackWithdraw(id))
	print("bounty_withdraw", r.GasUsed)

	sample := te.Call(e, c, nb.PackMINUPTIMESAMPLE(), nb.UnpackMINUPTIMESAMPLE)
	report := func() uint64 {
		var n uint64
		for {
			up := te.Call(e, c, nb.PackUptimeOf(id, S[0].Owner.Addr), nb.UnpackUptimeOf)
			if up.Claimed.Cmp(sample) >= 0 {
				break
			}
			claim(with(S)...)
			n++
		}
		if n == 0 {
			log.Fatal("no claim since the last uptime report")
		}
		return e.Must(anyone, c, nil, nb.PackReportUptime(id, S[0].Owner.Addr)).GasUsed
	}
	print("bounty_report_uptime", report())
	print("bounty_report_uptime_repeat", report())
}
