package e2e

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"math/big"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	"github.com/mycel-network/mycel/devnet/devchain"
	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// The Rollup windows of TestEscapeHatch (mycel devnet --escape-period,
// --proof-window, --deposit-deadline). The escape period also runs from the
// deployment until the first batch finalizes, so it must cover the devnet's
// set-up, the validators' start and a first proof (about 40 s on 2 cores
// with nothing else running; the test logs it) with room to spare: under
// `make test` other packages' tests (the prover's Groth16 proofs) share the
// two cores, and 75 s was once too short. All of it is waited out after
// the kill.
const (
	hatchPeriod          = 120 * time.Second
	hatchProofWindow     = 30 * time.Second
	hatchDepositDeadline = 30 * time.Second
)

// TestEscapeHatch: the operators stop including transactions and the
// users leave on L1 without them. A test account's transfer is finalized
// on L1; its Merkle proof at the last finalized batch's last block
// (mycel_getAccount with a height) matches Rollup.lastFinalizedRoot; then
// every validator is killed, and a stranger deposits to the account's key.
// Once no batch has finalized for the escape period the hatch opens: the
// stranger cannot exit the account (its own key's signature, or the
// owner's signature re-pointed at itself), the owner's signed exit pays
// exactly the finalized balance to a fresh L1 address, once, and the
// stranger's queued deposit is refunded to the stranger, exactly.
func TestEscapeHatch(t *testing.T) {
	n := newNet(t, netOptions{escapePeriod: hatchPeriod, proofWindow: hatchProofWindow, depositDeadline: hatchDepositDeadline})
	dep := n.l1.Deployment
	rollup := dep.Rollup
	for _, w := range []struct {
		name string
		get  func([]byte) (uint64, error)
		data []byte
		want time.Duration
	}{
		{"escapePeriod", rollupABI.UnpackEscapePeriod, rollupABI.PackEscapePeriod(), hatchPeriod},
		{"proofWindow", rollupABI.UnpackProofWindow, rollupABI.PackProofWindow(), hatchProofWindow},
		{"depositDeadline", rollupABI.UnpackDepositDeadline, rollupABI.PackDepositDeadline(), hatchDepositDeadline},
	} {
		if got := mustL1Call(n, rollup, w.data, w.get); got != uint64(w.want/time.Second) {
			t.Fatalf("Rollup.%s = %d s, want %v (mycel devnet flag)", w.name, got, w.want)
		}
	}
	// The escape period runs from the deployment until the first batch
	// finalizes (logged below: the margin this machine leaves).
	deployedAt := mustL1Call(n, rollup, rollupABI.PackLastFinalizedAt(), rollupABI.UnpackLastFinalizedAt)
	n.startAll()

	const victim, payee = 5, 6
	vkey, err := n.Accts[victim].Key()
	if err != nil {
		t.Fatal(err)
	}
	vidx := n.Accts[victim].Index
	backer := n.txManager(devchain.DevKey(13))
	stranger := n.txManager(devchain.DevKey(14))
	relayer := n.txManager(devchain.DevKey(15)) // submits on others' behalf
	strangerAddr := stranger.Address()

	// 1. The test accounts' balances were minted at L2 genesis: no ETH
	// stands behind them in the Rollup, whose L1 balance is only what was
	// deposited. A backer deposits 1,000 ETH to a throwaway L2 key so that
	// the Rollup can pay the victim's exit (as other users' deposits would
	// on a real bridge).
	throwaway := newL2Key(t, "e2e escape backer")
	deposit(t, backer, rollup, throwaway.Public(), ether(1000))
	backed := n.depositCount() // deposits 0 .. backed-1 must be finalized before the kill

	// 2. The victim transfers to another test account: its balance is
	// known and no genesis round number.
	const amount, fee = 123_456_789, 10
	r := n.WaitReceipt(1, n.transfer(1, victim, payee, amount), time.Minute)
	balance := n.Accts[victim].Balance - amount - fee
	b := n.batchOf(1, uint64(*r.Height), 2*time.Minute)

	// 3. Wait until that batch, the backer's deposit and everything in
	// flight are finalized on L1: nothing more will finalize.
	n.waitEscapeFinal(b.Index, backed, 3*time.Minute)
	fc := n.finalizedCount()
	root := mustL1Call(n, rollup, rollupABI.PackLastFinalizedRoot(), rollupABI.UnpackLastFinalizedRoot)
	last, ok := n.batch(1, fc-1)
	if !ok || last.Header.NewRoot != common.Hash(root) {
		t.Fatalf("batch %d on L2: %+v (found %v), want new root %x = Rollup.lastFinalizedRoot", fc-1, last.Header, ok, root)
	}
	// The victim's proof at the last block of the last finalized batch.
	var acct node.AccountResult
	n.MustCall(1, &acct, "mycel_getAccount", vidx, hexutil.Uint64(last.Header.LastBlock))
	if uint64(acct.Height) != last.Header.LastBlock || common.Hash(acct.Root) != common.Hash(root) {
		t.Fatalf("mycel_getAccount(%d, %d): height %d root %s, want the finalized root %x", vidx, last.Header.LastBlock, acct.Height, acct.Root, root)
	}
	if !acct.Exists || acct.Account.Balance != balance || acct.Account.PubKey != vkey.Public() {
		t.Fatalf("victim at the finalized root: %+v, want balance %d", acct.Account, balance)
	}
	if err := acct.Proof.Verify(); err != nil {
		t.Fatalf("victim's proof: %v", err)
	}
	t.Logf("victim account %d: %d gwei at L2 block %d, batch %d finalized on L1 with root %x", vidx, balance, last.Header.LastBlock, fc-1, root)
	if evs := n.batchFinalizedEvents(); len(evs) > 0 {
		if h, err := n.eth.HeaderByHash(t.Context(), evs[0].Raw.BlockHash); err == nil {
			t.Logf("first batch finalized %d s after the deployment (escape period %v)", h.Time-deployedAt, hatchPeriod)
		}
	}

	// 4. The operators stop including: every validator is killed.
	for i := range validators {
		n.Kill(i)
	}
	stopped := time.Now()

	// 5. A stranger deposits a little to the victim's key; no batch will
	// consume it.
	s0 := n.balanceAt(strangerAddr)
	const strangerGwei = 10_000_000 // 0.01 ETH
	strangerDep := n.depositCount()
	rc := deposit(t, stranger, rollup, vkey.Public(), gwei(strangerGwei))
	if c := n.depositCount(); c != strangerDep+1 {
		t.Fatalf("depositCount %d after the stranger's deposit, want %d", c, strangerDep+1)
	}
	strangerFees := txFee(rc)

	// With every operator gone, the victim rebuilds its proof from L1 alone
	// (`mycel exit-proof`: the committed batches' calldata replayed on the
	// genesis): it must equal the proof the node served before it died.
	rebuilt := n.exitProof(vidx)
	if rebuilt.Root != ledger.Hash(root) || rebuilt.Account != acct.Account || !rebuilt.Exists ||
		len(rebuilt.Siblings) != len(acct.Proof.Siblings) || rebuilt.FinalizedCount != int(fc) {
		t.Fatalf("mycel exit-proof: %+v; the node served root %x, account %+v, %d batches finalized", rebuilt, root, acct.Account, fc)
	}
	for i := range rebuilt.Siblings {
		if rebuilt.Siblings[i] != acct.Proof.Siblings[i] {
			t.Fatalf("mycel exit-proof: sibling %d differs from the node's proof", i)
		}
	}
	acct.Proof.Siblings = rebuilt.Siblings // the exit below uses the rebuilt proof

	// Before the escape period the hatch stays shut.
	fresh := common.HexToAddress("0x00000000000000000000000000000000000e5c01")
	good := n.exitArgs(acct, fresh, signExit(t, n, vkey, vidx, fresh))
	if _, err := send(relayer, rollup, good, nil); !l1.IsRevert(err, "EscapeHatchNotActive") {
		t.Fatalf("exit before the escape period: got %v, want revert EscapeHatchNotActive", err)
	}

	// 6. Wait past the escape period on L1's clock, then open the hatch.
	finAt := mustL1Call(n, rollup, rollupABI.PackLastFinalizedAt(), rollupABI.UnpackLastFinalizedAt)
	n.WaitFor("the escape period to pass on L1", hatchPeriod+time.Minute, func() (bool, string) {
		open, err := l1Call(n, rollup, rollupABI.PackEscapeHatchOpen(), rollupABI.UnpackEscapeHatchOpen)
		return err == nil && open, fmt.Sprintf("L1 head time %d, last finalized at %d + %v, err %v", n.l1Time(), finAt, hatchPeriod, err)
	})
	t.Logf("escape hatch open %v after the validators stopped", time.Since(stopped).Round(time.Second))
	if got := n.finalizedCount(); got != fc {
		t.Fatalf("finalizedCount moved from %d to %d with every validator down", fc, got)
	}
	rc = mustSend(t, relayer, rollup, rollupABI.PackActivateEscapeHatch(), "activateEscapeHatch")
	var activated *bindings.RollupEscapeHatchActivated
	for _, l := range rc.Logs {
		if ev, err := rollupABI.UnpackEscapeHatchActivatedEvent(l); err == nil {
			activated = ev
		}
	}
	if activated == nil || activated.LastFinalizedBatch != fc || activated.Root != root {
		t.Fatalf("EscapeHatchActivated %+v, want batch count %d, root %x", activated, fc, root)
	}

	// 7. The stranger cannot take the account: neither with its own key's
	// signature nor with the victim's signature for another recipient.
	// (The calls revert in gas estimation: nothing is sent, no gas spent.)
	skey := newL2Key(t, "e2e escape stranger")
	for name, args := range map[string][]byte{
		"the stranger's own key":                            n.exitArgs(acct, strangerAddr, signExit(t, n, skey, vidx, strangerAddr)),
		"the victim's signature re-pointed at the stranger": n.exitArgs(acct, strangerAddr, signExit(t, n, vkey, vidx, fresh)),
	} {
		if _, err := send(stranger, rollup, args, nil); !l1.IsRevert(err, "EdDSABadSignature") {
			t.Fatalf("stranger's exit with %s: got %v, want revert EdDSABadSignature", name, err)
		}
	}

	// 8. The victim's exit, signed by its key and naming a fresh address,
	// pays exactly the finalized balance there; a second exit reverts.
	if bal := n.balanceAt(fresh); bal.Sign() != 0 {
		t.Fatalf("fresh address %s holds %s wei already", fresh, bal)
	}
	pool := n.balanceAt(rollup)
	rc = mustSend(t, relayer, rollup, good, "the victim's exit")
	if got, want := n.balanceAt(fresh), gwei(balance); got.Cmp(want) != 0 {
		t.Fatalf("the victim's exit paid %s wei to %s, want its finalized balance %s wei", got, fresh, want)
	}
	if got, want := new(big.Int).Sub(pool, n.balanceAt(rollup)), gwei(balance); got.Cmp(want) != 0 {
		t.Fatalf("the Rollup paid out %s wei for the exit, want %s", got, want)
	}
	ev, err := rollupABI.UnpackAccountExitedEvent(rc.Logs[len(rc.Logs)-1])
	if err != nil || ev.Account != vidx || ev.To != fresh || ev.AmountGwei != balance {
		t.Fatalf("AccountExited %+v (%v), want account %d to %s, %d gwei", ev, err, vidx, fresh, balance)
	}
	if _, err := send(relayer, rollup, good, nil); !l1.IsRevert(err, "AlreadyExited") {
		t.Fatalf("second exit: got %v, want revert AlreadyExited", err)
	}
	again := common.HexToAddress("0x00000000000000000000000000000000000e5c02")
	if _, err := send(relayer, rollup, n.exitArgs(acct, again, signExit(t, n, vkey, vidx, again)), nil); !l1.IsRevert(err, "AlreadyExited") {
		t.Fatalf("second exit to another address: got %v, want revert AlreadyExited", err)
	}

	// 9. Deposits: the backer's was consumed by a finalized batch (not
	// refundable); the stranger's is refunded to the stranger, once: its
	// own money back, nothing more.
	if _, err := send(relayer, rollup, rollupABI.PackRefundDeposit(backed-1), nil); !l1.IsRevert(err, "NotRefundable") {
		t.Fatalf("refund of the consumed deposit %d: got %v, want revert NotRefundable", backed-1, err)
	}
	pool = n.balanceAt(rollup)
	rc = mustSend(t, stranger, rollup, rollupABI.PackRefundDeposit(strangerDep), "the stranger's refund")
	strangerFees.Add(strangerFees, txFee(rc))
	if got, want := n.balanceAt(strangerAddr), new(big.Int).Sub(s0, strangerFees); got.Cmp(want) != 0 {
		t.Fatalf("stranger's L1 balance %s wei after its refund, want %s (what it had before its deposit, less %s wei of gas)", got, want, strangerFees)
	}
	if got, want := new(big.Int).Sub(pool, n.balanceAt(rollup)), gwei(strangerGwei); got.Cmp(want) != 0 {
		t.Fatalf("the Rollup paid out %s wei for the refund, want %s", got, want)
	}
	if _, err := send(stranger, rollup, rollupABI.PackRefundDeposit(strangerDep), nil); !l1.IsRevert(err, "AlreadyRefunded") {
		t.Fatalf("second refund: got %v, want revert AlreadyRefunded", err)
	}
	if got := n.balanceAt(strangerAddr); got.Cmp(new(big.Int).Sub(s0, strangerFees)) != 0 {
		t.Fatalf("stranger's L1 balance moved to %s wei after the refused calls", got)
	}
}

// waitEscapeFinal waits until L1 has finalized batch idx and the first
// `deposits` deposits, every batch committed is finalized, and node1 has
// nothing in flight. It fails at once if the escape hatch opens meanwhile
// (the escape period is then too short for this machine).
func (n *Net) waitEscapeFinal(idx, deposits uint64, within time.Duration) {
	n.T.Helper()
	rollup := n.l1.Deployment.Rollup
	n.WaitFor(fmt.Sprintf("batch %d, deposits 0-%d and every batch in flight finalized on L1", idx, int64(deposits)-1), within, func() (bool, string) {
		if open, err := l1Call(n, rollup, rollupABI.PackEscapeHatchOpen(), rollupABI.UnpackEscapeHatchOpen); err == nil && open {
			n.T.Fatalf("the escape hatch opened before the validators stopped: no batch finalized for %v (hatchPeriod too short for this machine?)", hatchPeriod)
		}
		rs := n.rollupStatus(1)
		fc, err1 := l1Call(n, rollup, rollupABI.PackFinalizedCount(), rollupABI.UnpackFinalizedCount)
		next, err2 := l1Call(n, rollup, rollupABI.PackNextBatchIndex(), rollupABI.UnpackNextBatchIndex)
		fd, err3 := l1Call(n, rollup, rollupABI.PackFinalizedDepositEnd(), rollupABI.UnpackFinalizedDepositEnd)
		done := err1 == nil && err2 == nil && err3 == nil && fc > idx && fd >= deposits && fc == next &&
			rs.OpenChunks == 0 && rs.Uncertified == rs.NextBatch && rs.NextBatch == next
		return done, fmt.Sprintf("L1 finalized %d of %d committed, deposits finalized %d; node1 next batch %d, uncertified from %d, open chunks %d (errs %v %v %v)",
			fc, next, fd, rs.NextBatch, rs.Uncertified, rs.OpenChunks, err1, err2, err3)
	})
}

// exitArgs is Rollup.exitAccount's calldata for the account and Merkle
// proof of a, paying `to`, with sig.
func (n *Net) exitArgs(a node.AccountResult, to common.Address, sig bindings.EdDSASignature) []byte {
	n.T.Helper()
	xh, yh, err := a.Account.PubKey.Coordinates()
	if err != nil {
		n.T.Fatal(err)
	}
	var sib []*big.Int
	for _, s := range a.Proof.Siblings {
		sib = append(sib, new(big.Int).SetBytes(s[:]))
	}
	return rollupABI.PackExitAccount(a.Account.Index, new(big.Int).SetBytes(xh[:]), new(big.Int).SetBytes(yh[:]),
		a.Account.Balance, a.Account.Nonce, sib, to, sig)
}

// signExit is key's signature of the exit of account idx to `to` on this
// devnet's Rollup.
func signExit(t *testing.T, n *Net, key *ledger.PrivateKey, idx uint32, to common.Address) bindings.EdDSASignature {
	t.Helper()
	sig, err := contracts.SignExit(key, new(big.Int).SetUint64(n.l1.ChainID), n.l1.Deployment.Rollup, idx, to)
	if err != nil {
		t.Fatal(err)
	}
	return sig
}

// deposit sends Rollup.deposit of value wei to the L2 key pk and returns
// the receipt.
func deposit(t *testing.T, m *l1.TxManager, rollup common.Address, pk ledger.PublicKey, value *big.Int) *types.Receipt {
	t.Helper()
	x, qx, qy, err := contracts.DepositKeyHint(pk)
	if err != nil {
		t.Fatal(err)
	}
	return mustSend(t, m, rollup, rollupABI.PackDeposit(pk, x, qx, qy), fmt.Sprintf("deposit to %s", pk), value)
}

// mustSend is send that fails the test on error.
func mustSend(t *testing.T, m *l1.TxManager, to common.Address, data []byte, what string, value ...*big.Int) *types.Receipt {
	t.Helper()
	var v *big.Int
	if len(value) > 0 {
		v = value[0]
	}
	rc, err := send(m, to, data, v)
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return rc
}

// depositCount is Rollup.depositCount: the deposits ever queued.
func (n *Net) depositCount() uint64 {
	n.T.Helper()
	return mustL1Call(n, n.l1.Deployment.Rollup, rollupABI.PackDepositCount(), rollupABI.UnpackDepositCount)
}

// l1Time is the L1 head's timestamp (0 if it cannot be read).
func (n *Net) l1Time() uint64 {
	ctx, cancel := l1Ctx()
	defer cancel()
	h, err := n.eth.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0
	}
	return h.Time
}

// txFee is what a transaction's sender paid for gas, in wei.
func txFee(rc *types.Receipt) *big.Int {
	return new(big.Int).Mul(new(big.Int).SetUint64(rc.GasUsed), rc.EffectiveGasPrice)
}

// gwei returns x gwei in wei.
func gwei(x uint64) *big.Int { return new(big.Int).Mul(new(big.Int).SetUint64(x), contracts.GweiWei) }

// newL2Key is a deterministic L2 key named by seed.
func newL2Key(t *testing.T, seed string) *ledger.PrivateKey {
	t.Helper()
	k, err := ledger.NewPrivateKey(sha256.Sum256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// exitProofResult is what `mycel exit-proof` prints.
type exitProofResult struct {
	Root           ledger.Hash    `json:"root"`
	FinalizedCount int            `json:"finalized_batches"`
	Account        ledger.Account `json:"account"`
	Exists         bool           `json:"exists"`
	Siblings       []ledger.Hash  `json:"siblings"`
}

// exitProof runs `mycel exit-proof` for account idx against this devnet's
// L1 chain: no validator process is needed.
func (n *Net) exitProof(idx uint32) exitProofResult {
	n.T.Helper()
	cmd := exec.Command(n.Bin, "exit-proof", "--l1", n.l1.URL, "--rollup", n.l1.Deployment.Rollup.Hex(),
		"--genesis", filepath.Join(n.NodeHome(0), node.GenesisFile), "--account", strconv.FormatUint(uint64(idx), 10))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		n.T.Fatalf("mycel exit-proof: %v\n%s", err, stderr.String())
	}
	var r exitProofResult
	if err := json.Unmarshal(out, &r); err != nil {
		n.T.Fatalf("mycel exit-proof printed %q: %v", out, err)
	}
	return r
}
