package prover

import (
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark-crypto/ecc/bn254/twistededwards"
	"github.com/consensys/gnark/frontend"

	"github.com/mycel-network/mycel/batch"
	"github.com/mycel-network/mycel/ledger"
)

// partialTree holds the nodes of the account tree that a batch's proofs
// reveal, and updates them as the circuit does.
type partialTree struct {
	depth int
	nodes map[[2]uint64]ledger.Hash // (level, index) -> hash
}

func newPartialTree(depth int, root ledger.Hash, proofs []LeafProof) (*partialTree, error) {
	t := &partialTree{depth: depth, nodes: map[[2]uint64]ledger.Hash{}}
	for i := range proofs {
		p := &proofs[i]
		if len(p.Siblings) != depth || uint64(p.Index) >= uint64(1)<<depth {
			return nil, fmt.Errorf("%w: proof of leaf %d has %d siblings, depth is %d", ErrBadBatch, p.Index, len(p.Siblings), depth)
		}
		leaf, err := p.leaf()
		if err != nil {
			return nil, err
		}
		cur, idx := leaf, uint64(p.Index)
		for l := range depth {
			t.nodes[[2]uint64{uint64(l), idx}] = cur
			t.nodes[[2]uint64{uint64(l), idx ^ 1}] = p.Siblings[l]
			if idx&1 == 0 {
				cur = ledger.Compress(cur, p.Siblings[l])
			} else {
				cur = ledger.Compress(p.Siblings[l], cur)
			}
			idx >>= 1
		}
		if cur != root {
			return nil, fmt.Errorf("%w: proof of leaf %d leads to root %s, the batch starts at %s", ErrBadBatch, p.Index, cur, root)
		}
		t.nodes[[2]uint64{uint64(depth), 0}] = cur
	}
	return t, nil
}

func (t *partialTree) root() ledger.Hash { return t.nodes[[2]uint64{uint64(t.depth), 0}] }

func (t *partialTree) siblings(idx uint32) ([]ledger.Hash, error) {
	out := make([]ledger.Hash, t.depth)
	i := uint64(idx)
	for l := range t.depth {
		h, ok := t.nodes[[2]uint64{uint64(l), i ^ 1}]
		if !ok {
			return nil, fmt.Errorf("%w: no proof covers leaf %d", ErrBadBatch, idx)
		}
		out[l] = h
		i >>= 1
	}
	return out, nil
}

func (t *partialTree) set(idx uint32, leaf ledger.Hash) error {
	sib, err := t.siblings(idx)
	if err != nil {
		return err
	}
	cur, i := leaf, uint64(idx)
	for l := range t.depth {
		t.nodes[[2]uint64{uint64(l), i}] = cur
		if i&1 == 0 {
			cur = ledger.Compress(cur, sib[l])
		} else {
			cur = ledger.Compress(sib[l], cur)
		}
		i >>= 1
	}
	t.nodes[[2]uint64{uint64(t.depth), 0}] = cur
	return nil
}

// acct is an account as the circuit sees it: balance and nonce are field
// elements (so that a test can build the witness of an invalid transition,
// such as an overspend, exactly as the circuit computes it).
type acct struct {
	exists  bool
	key     ledger.PublicKey
	balance fr.Element
	nonce   fr.Element
}

func (a *acct) leaf(idx uint32) (ledger.Hash, error) {
	if !a.exists {
		return ledger.Hash{}, nil
	}
	var x, y ledger.Hash
	if idx != ledger.FeeVaultIndex {
		var err error
		if x, y, err = a.key.Coordinates(); err != nil {
			return ledger.Hash{}, err
		}
	}
	return ledger.HashElements(x, y, a.balance.Bytes(), a.nonce.Bytes()), nil
}

func fe(v uint64) fr.Element {
	var e fr.Element
	e.SetUint64(v)
	return e
}

func bi(e fr.Element) *big.Int { return e.BigInt(new(big.Int)) }

func hv(h ledger.Hash) *big.Int { return new(big.Int).SetBytes(h[:]) }

// inv8 is 8^-1 modulo the subgroup order: Q = [inv8]A satisfies [8]Q = A.
var inv8 = func() *big.Int {
	c := twistededwards.GetEdwardsCurve()
	return new(big.Int).ModInverse(big.NewInt(8), &c.Order)
}()

// keyWitness returns the coordinates, the eighth point and the sign bit of a
// valid public key.
func keyWitness(pk ledger.PublicKey) (x, y, qx, qy *big.Int, sign int, err error) {
	p, err := pk.Point()
	if err != nil {
		return nil, nil, nil, nil, 0, err
	}
	var q twistededwards.PointAffine
	q.ScalarMultiplication(&p, inv8)
	return p.X.BigInt(new(big.Int)), p.Y.BigInt(new(big.Int)), q.X.BigInt(new(big.Int)), q.Y.BigInt(new(big.Int)), int(pk[31] >> 7), nil
}

// dummyKey is the curve's base point, a valid key for slots without one.
var dummyKey = func() ledger.PublicKey {
	c := twistededwards.GetEdwardsCurve()
	return ledger.PublicKey(c.Base.Bytes())
}()

func zeros(n int) []frontend.Variable {
	out := make([]frontend.Variable, n)
	for i := range out {
		out[i] = 0
	}
	return out
}

func hashes(hs []ledger.Hash) []frontend.Variable {
	out := make([]frontend.Variable, len(hs))
	for i, h := range hs {
		out[i] = hv(h)
	}
	return out
}

// dummySlot is a slot of the given kind (no-op or continuation) that
// changes nothing.
func dummySlot(kind, depth int) Slot {
	x, y, qx, qy, sign, _ := keyWitness(dummyKey)
	s := Slot{
		AIndex: 1, AX: x, AY: y, AQX: qx, AQY: qy, ASign: sign, ABalance: 0, ANonce: 0, ACreated: 0,
		ASiblings: zeros(depth),
		BIndex:    2, BKeyHash: 0, BBalance: 0, BNonce: 0, BSiblings: zeros(depth),
		Amount: 0, Fee: 0, SigRX: 0, SigRY: 1, SigS: 0,
		AmountM: 0, AmountE: 0, FeeM: 0, FeeE: 0,
	}
	for k := range s.Kind {
		s.Kind[k] = 0
	}
	s.Kind[kind] = 1
	s.L1Address = 0
	return s
}

// Assign builds the full circuit assignment for a batch on a circuit of
// the given number of slots. It replays the batch on the proofs' partial
// tree exactly as the circuit does and fails with ErrBadBatch if the result
// is not NewRoot, or ErrBatchTooLarge if the batch needs more slots.
func Assign(b *Batch, slots int) (*Circuit, error) { return assign(b, slots, assignOpts{}) }

// assignOpts let tests build witnesses of invalid batches.
type assignOpts struct {
	// unchecked skips the ledger rules and the final root check: the
	// witness follows the circuit's arithmetic whatever the rules say.
	unchecked bool
}

func assign(b *Batch, slots int, o assignOpts) (*Circuit, error) {
	if b.Depth < ledger.MinDepth || b.Depth > ledger.MaxDepth {
		return nil, fmt.Errorf("%w: depth %d", ErrBadBatch, b.Depth)
	}
	need := 0
	txs := make([]*ledger.Tx, len(b.Txs))
	for i, bt := range b.Txs {
		tx, err := ledger.DecodeTx(bt.Tx)
		if err != nil {
			return nil, fmt.Errorf("%w: tx %d: %v", ErrBadBatch, i, err)
		}
		if tx.ChainID != b.ChainID {
			return nil, fmt.Errorf("%w: tx %d is for chain %d", ErrBadBatch, i, tx.ChainID)
		}
		txs[i] = tx
		need += Chunks(tx.Type)
	}
	if need > slots {
		return nil, fmt.Errorf("%w: %d chunks, %d slots", ErrBatchTooLarge, need, slots)
	}
	tree, err := newPartialTree(b.Depth, b.PrevRoot, b.Proofs)
	if err != nil {
		return nil, err
	}
	accts := map[uint32]*acct{}
	for _, p := range b.Proofs {
		accts[p.Index] = &acct{exists: p.Exists, key: p.key(), balance: fe(p.Balance), nonce: fe(p.Nonce)}
	}
	get := func(idx uint32) (*acct, error) {
		a, ok := accts[idx]
		if !ok {
			return nil, fmt.Errorf("%w: no proof of account %d", ErrBadBatch, idx)
		}
		return a, nil
	}
	update := func(idx uint32, a *acct) error {
		l, err := a.leaf(idx)
		if err != nil {
			return err
		}
		return tree.set(idx, l)
	}

	c := NewCircuit(slots, b.Depth)
	c.ChainID, c.BatchIndex = b.ChainID, b.Index
	c.PrevRoot, c.NewRoot = hv(b.PrevRoot), hv(b.NewRoot)
	c.DepositStart = b.DepositStart

	var totalFee fr.Element
	next := b.DepositStart
	si := 0
	for i, tx := range txs {
		s := dummySlot(kindNoop, b.Depth)
		s.Kind[kindNoop] = 0
		switch tx.Type {
		case ledger.TxDeposit:
			if tx.QueueIndex != next {
				return nil, fmt.Errorf("%w: tx %d: deposit %d, queue at %d", ErrBadBatch, i, tx.QueueIndex, next)
			}
			next++
			idx := b.Txs[i].Account
			a, err := get(idx)
			if err != nil {
				return nil, err
			}
			if a.exists && a.key != tx.PubKey {
				return nil, fmt.Errorf("%w: tx %d: deposit key differs from account %d", ErrBadBatch, i, idx)
			}
			s.Kind[kindDeposit] = 1
			if err := fillA(&s, idx, tx.PubKey, a, tree); err != nil {
				return nil, fmt.Errorf("tx %d: %w", i, err)
			}
			if !a.exists {
				s.ACreated = 1
			}
			if idx == 2 {
				s.BIndex = 1
			}
			s.Amount = tx.Amount
			a.exists, a.key = true, tx.PubKey
			amt := fe(tx.Amount)
			a.balance.Add(&a.balance, &amt)
			if err := update(idx, a); err != nil {
				return nil, err
			}
		case ledger.TxTransfer, ledger.TxWithdraw:
			a, err := get(tx.From)
			if err != nil {
				return nil, err
			}
			if !a.exists || (!o.unchecked && (!a.nonce.IsUint64() || a.nonce.Uint64() != tx.Nonce ||
				!a.balance.IsUint64() || a.balance.Uint64() < tx.Amount+tx.Fee)) {
				return nil, fmt.Errorf("%w: tx %d (%s) does not apply to account %d", ErrBadBatch, i, tx, tx.From)
			}
			if err := fillA(&s, tx.From, a.key, a, tree); err != nil {
				return nil, fmt.Errorf("tx %d: %w", i, err)
			}
			s.Amount, s.Fee = tx.Amount, tx.Fee
			am, ae, aok := ledger.AmountParts(tx.Amount)
			fm, fx, fok := ledger.FeeParts(tx.Fee)
			if !aok || !fok {
				if !o.unchecked {
					return nil, fmt.Errorf("%w: tx %d (%s): amount or fee has no packed form", ErrBadBatch, i, tx)
				}
				am, ae, fm, fx = tx.Amount, 0, tx.Fee, 0 // out of range: the circuit refuses it
			}
			s.AmountM, s.AmountE, s.FeeM, s.FeeE = am, ae, fm, fx
			var R twistededwards.PointAffine
			if _, err := R.SetBytes(tx.Signature[:32]); err != nil {
				return nil, fmt.Errorf("%w: tx %d signature: %v", ErrBadBatch, i, err)
			}
			s.SigRX, s.SigRY = R.X.BigInt(new(big.Int)), R.Y.BigInt(new(big.Int))
			s.SigS = new(big.Int).SetBytes(tx.Signature[32:])
			amt, fee, one := fe(tx.Amount), fe(tx.Fee), fe(1)
			a.balance.Sub(&a.balance, &amt)
			a.balance.Sub(&a.balance, &fee)
			a.nonce.Add(&a.nonce, &one)
			totalFee.Add(&totalFee, &fee)
			if err := update(tx.From, a); err != nil {
				return nil, err
			}
			if tx.Type == ledger.TxTransfer {
				s.Kind[kindTransfer] = 1
				bAcc, err := get(tx.To)
				if err != nil {
					return nil, err
				}
				if !bAcc.exists {
					return nil, fmt.Errorf("%w: tx %d: receiver %d does not exist", ErrBadBatch, i, tx.To)
				}
				x, y, err := bAcc.key.Coordinates()
				if err != nil {
					return nil, err
				}
				sib, err := tree.siblings(tx.To)
				if err != nil {
					return nil, err
				}
				s.BIndex, s.BKeyHash = tx.To, hv(ledger.HashElements(x, y))
				s.BBalance, s.BNonce, s.BSiblings = bi(bAcc.balance), bi(bAcc.nonce), hashes(sib)
				amt := fe(tx.Amount)
				bAcc.balance.Add(&bAcc.balance, &amt)
				if err := update(tx.To, bAcc); err != nil {
					return nil, err
				}
			} else {
				s.Kind[kindWithdraw] = 1
				s.L1Address = new(big.Int).SetBytes(tx.L1Address[:])
				if tx.From == 2 {
					s.BIndex = 1
				}
			}
		case ledger.TxForcedExit:
			a, err := get(tx.From)
			if err != nil {
				return nil, err
			}
			s.Kind[kindForced] = 1
			key := a.key
			if !a.exists {
				key = dummyKey
				s.ACreated = 1 // an empty leaf: withdraws 0, written nowhere
			}
			if err := fillA(&s, tx.From, key, a, tree); err != nil {
				return nil, fmt.Errorf("tx %d: %w", i, err)
			}
			if !a.balance.IsUint64() || (!o.unchecked && a.balance.Uint64() != b.Txs[i].Amount) {
				return nil, fmt.Errorf("%w: tx %d: forced exit of account %d withdraws %s, the batch says %d", ErrBadBatch, i, tx.From, a.balance.String(), b.Txs[i].Amount)
			}
			s.Amount = a.balance.Uint64()
			if o.unchecked {
				b.Txs[i].Amount = a.balance.Uint64()
			}
			s.L1Address = new(big.Int).SetBytes(tx.L1Address[:])
			if tx.From == 2 {
				s.BIndex = 1
			}
			if a.exists {
				a.balance.SetZero()
				if err := update(tx.From, a); err != nil {
					return nil, err
				}
			}
		default:
			return nil, fmt.Errorf("%w: tx %d: type %s", ErrBadBatch, i, tx.Type)
		}
		c.Slots[si] = s
		si++
		for k := 1; k < Chunks(tx.Type); k++ {
			kind := kindCont
			if k == 2 {
				kind = kindCont2
			}
			c.Slots[si] = dummySlot(kind, b.Depth)
			si++
		}
	}
	for ; si < slots; si++ {
		c.Slots[si] = dummySlot(kindNoop, b.Depth)
	}
	if o.unchecked {
		b.DepositEnd = next
	}
	if next != b.DepositEnd {
		return nil, fmt.Errorf("%w: %d deposits from %d end at %d, header says %d", ErrBadBatch, next-b.DepositStart, b.DepositStart, next, b.DepositEnd)
	}
	vault, err := get(ledger.FeeVaultIndex)
	if err != nil {
		return nil, err
	}
	sib, err := tree.siblings(ledger.FeeVaultIndex)
	if err != nil {
		return nil, err
	}
	c.VaultBalance, c.VaultSiblings = bi(vault.balance), hashes(sib)
	vault.balance.Add(&vault.balance, &totalFee)
	if err := update(ledger.FeeVaultIndex, vault); err != nil {
		return nil, err
	}
	got := tree.root()
	if o.unchecked {
		b.NewRoot = got
		c.NewRoot = hv(got)
	}
	if got != b.NewRoot {
		return nil, fmt.Errorf("%w: the transactions lead to root %s, the batch says %s", ErrBadBatch, got, b.NewRoot)
	}
	hdr, err := b.Header()
	if err != nil {
		return nil, err
	}
	c.setHeader(hdr)
	return c, nil
}

// setHeader assigns what the witness takes from the header: the public
// inputs and the data commitment's halves.
func (c *Circuit) setHeader(h *batch.Header) {
	pis := h.PublicInputs()
	c.PublicInput, c.DataEval = pis[0], pis[1]
	c.DataCommitHi = new(big.Int).SetBytes(h.DataCommitment[:16])
	c.DataCommitLo = new(big.Int).SetBytes(h.DataCommitment[16:])
}

func fillA(s *Slot, idx uint32, key ledger.PublicKey, a *acct, tree *partialTree) error {
	x, y, qx, qy, sign, err := keyWitness(key)
	if err != nil {
		return fmt.Errorf("%w: account %d key: %v", ErrBadBatch, idx, err)
	}
	sib, err := tree.siblings(idx)
	if err != nil {
		return err
	}
	s.AIndex, s.AX, s.AY, s.AQX, s.AQY, s.ASign = idx, x, y, qx, qy, sign
	s.ABalance, s.ANonce, s.ASiblings = bi(a.balance), bi(a.nonce), hashes(sib)
	return nil
}
