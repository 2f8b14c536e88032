package ledger

import (
	"encoding/binary"
	"fmt"

	"github.com/cockroachdb/pebble"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Receipt is the result of one applied transaction.
type Receipt struct {
	TxHash  [32]byte `json:"tx_hash"`
	Type    TxType   `json:"type"`
	Account uint32   `json:"account"` // sender, or the credited account of a deposit
	Created bool     `json:"created"` // a deposit created the account
	// PubData is the transaction's record in the batch public data
	// (docs/protocol.md, "Batch public data").
	PubData []byte `json:"pub_data"`
}

// Block applies transactions on top of the committed state. Changes stay in
// memory until Commit, which writes them in one synced pebble batch. A
// transaction that fails leaves the block exactly as it was.
type Block struct {
	s           *Store
	height      uint64
	r           *reader
	accounts    map[uint32]*accountRec // touched accounts, latest values
	newKeys     map[PublicKey]uint32
	nextAccount uint64
	nextDeposit uint64
	nextForced  uint64
	txs         [][]byte
	extra       map[string][]byte
	proven      bool // ApplyRecord: a proven record, no signature to check
	root        *fr.Element
	nodes       [][]indexedNode // per level, after Root
	nodeReads   int             // siblings read from pebble by Root (not cached)
	done        bool
}

// NewBlock starts the block at Height()+1. Only one block may be open at a
// time; it must end with Commit or Discard. After a failed write it returns
// an error wrapping ErrStoreFailed: the store must be reopened.
func (s *Store) NewBlock() (*Block, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fault != nil {
		return nil, fmt.Errorf("ledger: no block %d on a failed store (close and reopen it): %w", s.meta.height+1, s.fault)
	}
	if s.open {
		return nil, fmt.Errorf("ledger: a block is already open")
	}
	r, err := s.newReader(s.meta.height)
	if err != nil {
		return nil, err
	}
	s.open = true
	return &Block{
		s: s, height: s.meta.height + 1, r: r,
		accounts:    make(map[uint32]*accountRec),
		newKeys:     make(map[PublicKey]uint32),
		nextAccount: s.meta.nextAccount,
		nextDeposit: s.meta.nextDeposit,
		nextForced:  s.meta.nextForced,
	}, nil
}

// Height is the height this block will have.
func (b *Block) Height() uint64 { return b.height }

// NumTxs is the number of applied transactions.
func (b *Block) NumTxs() int { return len(b.txs) }

func (b *Block) account(idx uint32) (*accountRec, error) {
	if a, ok := b.accounts[idx]; ok {
		return a, nil
	}
	if uint64(idx) >= b.nextAccount {
		return nil, nil
	}
	return b.r.account(idx)
}

// Account returns an account as of the transactions applied so far.
func (b *Block) Account(idx uint32) (Account, bool, error) {
	a, err := b.account(idx)
	if err != nil || a == nil {
		return Account{}, false, err
	}
	return a.Account, true, nil
}

func (b *Block) accountIndex(pk PublicKey) (uint32, bool, error) {
	if idx, ok := b.newKeys[pk]; ok {
		return idx, true, nil
	}
	return b.s.AccountIndex(pk)
}

// Apply validates and executes tx. On error nothing changes; the error wraps
// one of the package's sentinel errors.
func (b *Block) Apply(tx *Tx) (*Receipt, error) {
	if b.done {
		return nil, fmt.Errorf("ledger: apply on a finished block")
	}
	if tx.ChainID != b.s.meta.chainID {
		return nil, fmt.Errorf("%w: transaction is for chain %d, this is chain %d", ErrWrongChain, tx.ChainID, b.s.meta.chainID)
	}
	var (
		rcpt *Receipt
		err  error
	)
	switch tx.Type {
	case TxDeposit:
		rcpt, err = b.applyDeposit(tx)
	case TxTransfer, TxWithdraw:
		rcpt, err = b.applySigned(tx)
	case TxForcedExit:
		rcpt, err = b.applyForcedExit(tx)
	default:
		return nil, fmt.Errorf("%w: %#x", ErrUnknownType, uint8(tx.Type))
	}
	if err != nil {
		return nil, err
	}
	rcpt.TxHash = tx.Hash()
	rcpt.Type = tx.Type
	b.txs = append(b.txs, tx.Encode())
	b.root = nil
	return rcpt, nil
}

func (b *Block) applyDeposit(tx *Tx) (*Receipt, error) {
	if tx.QueueIndex != b.nextDeposit {
		return nil, fmt.Errorf("%w: deposit has queue index %d, next is %d", ErrDepositOutOfOrder, tx.QueueIndex, b.nextDeposit)
	}
	if tx.Amount == 0 || tx.Amount > MaxAmount {
		return nil, fmt.Errorf("%w: deposit amount %d not in [1, %d]", ErrAmountOutOfRange, tx.Amount, MaxAmount)
	}
	idx, ok, err := b.accountIndex(tx.PubKey)
	if err != nil {
		return nil, err
	}
	var acc *accountRec
	created := false
	if ok {
		if acc, err = b.account(idx); err != nil {
			return nil, err
		}
		if acc == nil {
			return nil, fmt.Errorf("ledger: key bound to empty leaf %d", idx)
		}
		if acc.Balance > MaxAmount-tx.Amount {
			return nil, fmt.Errorf("%w: account %d balance %d + deposit %d exceeds %d", ErrOverflow, idx, acc.Balance, tx.Amount, MaxAmount)
		}
	} else {
		if b.nextAccount >= uint64(1)<<b.s.meta.depth {
			return nil, fmt.Errorf("%w: all %d accounts are taken", ErrTreeFull, b.nextAccount)
		}
		idx = uint32(b.nextAccount)
		if acc, err = newAccountRec(idx, tx.PubKey); err != nil {
			return nil, err
		}
		created = true
	}
	next := *acc
	next.Balance += tx.Amount
	b.accounts[idx] = &next
	if created {
		b.newKeys[tx.PubKey] = idx
		b.nextAccount++
	}
	b.nextDeposit++
	// The queue index is not published: deposits are consumed in queue
	// order from the batch header's depositStart, so the k-th deposit record
	// of a batch is queue position depositStart+k.
	pd := make([]byte, 0, PubDataDepositSize)
	pd = append(pd, byte(TxDeposit))
	pd = appendU24(pd, idx)
	pd = append(pd, tx.PubKey[:]...)
	pd = binary.BigEndian.AppendUint64(pd, tx.Amount)
	pd = pd[:cap(pd)] // zero padding to whole chunks
	return &Receipt{Account: idx, Created: created, PubData: pd}, nil
}

// Sizes of each transaction's record in the batch public data
// (docs/protocol.md section 7). Records are whole chunks of
// PubDataChunkSize bytes, zero-padded at the end: the circuit gives every
// transaction slot one chunk, so a transfer takes one slot, a withdrawal or
// a forced exit two and a deposit three. Account indices are 3 bytes;
// transfers and withdrawals carry packed amounts (5 bytes) and fees (2
// bytes, pack.go); deposits and forced exits carry plain u64 amounts.
const (
	PubDataChunkSize    = 16
	PubDataDepositSize  = 3 * PubDataChunkSize // 1 + 3 + 32 + 8 = 44 used, 4 zero bytes
	PubDataTransferSize = 1 * PubDataChunkSize // 1 + 3 + 3 + 5 + 2 = 14 used, 2 zero bytes
	PubDataWithdrawSize = 2 * PubDataChunkSize // 1 + 3 + 20 + 5 + 2 = 31 used, 1 zero byte
	PubDataForcedSize   = 2 * PubDataChunkSize // 1 + 3 + 20 + 8 = 32
)

// PubDataSize is the size of a type's record in the batch public data, 0
// for a type that publishes none (an unknown one).
func PubDataSize(t TxType) int {
	switch t {
	case TxDeposit:
		return PubDataDepositSize
	case TxTransfer:
		return PubDataTransferSize
	case TxWithdraw:
		return PubDataWithdrawSize
	case TxForcedExit:
		return PubDataForcedSize
	}
	return 0
}

// applyForcedExit withdraws an account's whole balance to an L1 address,
// as the Rollup's forced-exit queue entry tx.QueueIndex requests
// (docs/protocol.md sections 6 and 12). It fails only out of queue order,
// for an index outside the tree, or for the fee vault (which the Rollup
// never queues: no key maps to it); an account that does not exist yet
// withdraws 0.
func (b *Block) applyForcedExit(tx *Tx) (*Receipt, error) {
	if tx.QueueIndex != b.nextForced {
		return nil, fmt.Errorf("%w: forced exit has queue index %d, next is %d", ErrForcedOutOfOrder, tx.QueueIndex, b.nextForced)
	}
	if uint64(tx.From) >= uint64(1)<<b.s.meta.depth {
		return nil, fmt.Errorf("%w: forced exit of account %d outside a tree of depth %d", ErrUnknownAccount, tx.From, b.s.meta.depth)
	}
	if tx.From == FeeVaultIndex {
		return nil, fmt.Errorf("%w: the fee vault cannot exit", ErrUnknownAccount)
	}
	var amount uint64
	acc, err := b.account(tx.From)
	if err != nil {
		return nil, err
	}
	if acc != nil && acc.Balance > 0 {
		amount = acc.Balance
		next := *acc
		next.Balance = 0
		b.accounts[tx.From] = &next
	}
	b.nextForced++
	pd := make([]byte, 0, PubDataForcedSize)
	pd = append(pd, byte(TxForcedExit))
	pd = appendU24(pd, tx.From)
	pd = append(pd, tx.L1Address[:]...)
	pd = binary.BigEndian.AppendUint64(pd, amount)
	return &Receipt{Account: tx.From, PubData: pd}, nil
}

func (b *Block) applySigned(tx *Tx) (*Receipt, error) {
	if err := CheckSignedFields(tx); err != nil {
		return nil, err
	}
	from, err := b.account(tx.From)
	if err != nil {
		return nil, err
	}
	if from == nil {
		return nil, fmt.Errorf("%w: sender %d", ErrUnknownAccount, tx.From)
	}
	if tx.From == FeeVaultIndex {
		return nil, fmt.Errorf("%w: the fee vault (account %d) cannot send", ErrReservedAccount, FeeVaultIndex)
	}
	var to *accountRec
	if tx.Type == TxTransfer {
		if tx.To == tx.From {
			return nil, fmt.Errorf("%w: account %d", ErrSelfTransfer, tx.From)
		}
		if tx.To == FeeVaultIndex {
			return nil, fmt.Errorf("%w: cannot transfer to the fee vault (account %d)", ErrReservedAccount, FeeVaultIndex)
		}
		if to, err = b.account(tx.To); err != nil {
			return nil, err
		}
		if to == nil {
			return nil, fmt.Errorf("%w: receiver %d", ErrUnknownAccount, tx.To)
		}
	}
	if tx.Nonce < from.Nonce {
		return nil, fmt.Errorf("%w: account %d is at nonce %d, transaction has %d", nonceError{ErrNonceTooLow}, tx.From, from.Nonce, tx.Nonce)
	}
	if tx.Nonce > from.Nonce {
		return nil, fmt.Errorf("%w: account %d is at nonce %d, transaction has %d", nonceError{ErrNonceTooHigh}, tx.From, from.Nonce, tx.Nonce)
	}
	// amount, fee <= 2^63-1, so the sum fits in a uint64.
	debit := tx.Amount + tx.Fee
	if from.Balance < debit {
		return nil, fmt.Errorf("%w: account %d has %d, needs %d (amount %d + fee %d)", ErrInsufficientBalance, tx.From, from.Balance, debit, tx.Amount, tx.Fee)
	}
	if to != nil && to.Balance > MaxAmount-tx.Amount {
		return nil, fmt.Errorf("%w: receiver %d balance %d + %d exceeds %d", ErrOverflow, tx.To, to.Balance, tx.Amount, MaxAmount)
	}
	vault, err := b.account(FeeVaultIndex)
	if err != nil {
		return nil, err
	}
	if vault == nil {
		return nil, fmt.Errorf("ledger: fee vault missing")
	}
	if vault.Balance > MaxAmount-tx.Fee {
		return nil, fmt.Errorf("%w: fee vault balance %d + fee %d exceeds %d", ErrOverflow, vault.Balance, tx.Fee, MaxAmount)
	}
	// The nonce cannot overflow: reaching 2^64-1 would take more
	// transactions than any chain will see; still, never wrap.
	if from.Nonce == ^uint64(0) {
		return nil, fmt.Errorf("%w: account %d nonce exhausted", ErrWrongNonce, tx.From)
	}
	// Signature last: it is by far the most expensive check.
	if !b.proven {
		if err := b.s.verifier.VerifyTx(tx, from.PubKey); err != nil {
			return nil, fmt.Errorf("transaction from account %d: %w", tx.From, err)
		}
	}

	nf := *from
	nf.Balance -= debit
	nf.Nonce++
	b.accounts[tx.From] = &nf
	if to != nil {
		nt := *to
		nt.Balance += tx.Amount
		b.accounts[tx.To] = &nt
	}
	if tx.Fee > 0 {
		nv := *vault
		nv.Balance += tx.Fee
		b.accounts[FeeVaultIndex] = &nv
	}

	var pd []byte
	if tx.Type == TxTransfer {
		pd = make([]byte, 0, PubDataTransferSize)
		pd = append(pd, byte(TxTransfer))
		pd = appendU24(pd, tx.From)
		pd = appendU24(pd, tx.To)
	} else {
		pd = make([]byte, 0, PubDataWithdrawSize)
		pd = append(pd, byte(TxWithdraw))
		pd = appendU24(pd, tx.From)
		pd = append(pd, tx.L1Address[:]...)
	}
	// CheckSignedFields made sure both have a packed form.
	pd, _ = AppendPackedAmount(pd, tx.Amount)
	pd, _ = AppendPackedFee(pd, tx.Fee)
	pd = pd[:cap(pd)] // zero padding to whole chunks
	return &Receipt{Account: tx.From, PubData: pd}, nil
}

// Root computes the state root after the transactions applied so far. Each
// touched tree node is hashed once per call; the result is cached until the
// next Apply.
func (b *Block) Root() (Hash, error) {
	if b.root != nil {
		return hashOf(b.root), nil
	}
	if len(b.accounts) == 0 {
		r := b.s.meta.root.element()
		b.root, b.nodes = &r, nil
		return b.s.meta.root, nil
	}
	leaves := make([]indexedNode, 0, len(b.accounts))
	for idx, a := range b.accounts {
		leaves = append(leaves, indexedNode{idx: idx, h: a.leaf()})
	}
	nodes := make([][]indexedNode, b.s.meta.depth+1)
	root, err := b.s.hashUp(leaves, b.sibling, func(l int, n indexedNode) error {
		nodes[l] = append(nodes[l], n)
		return nil
	})
	if err != nil {
		return Hash{}, err
	}
	b.root, b.nodes = &root, nodes
	return hashOf(&root), nil
}

func (b *Block) sibling(l int, idx uint32) (fr.Element, error) {
	if l >= b.s.topFrom {
		return b.s.top[l-b.s.topFrom][idx], nil
	}
	if e, ok := b.s.cache.get(l, idx); ok {
		return e, nil
	}
	b.nodeReads++
	return b.r.node(l, idx)
}

// Commit writes the block in one synced batch and advances the store.
//
// Everything the block changes (account versions, key bindings, tree
// nodes, extra records, the block record and the meta record) goes into
// that one pebble batch, committed once: after a crash or an I/O error the
// store holds all of it or none of it. If the write or the sync fails,
// Commit returns an error wrapping ErrStoreFailed (and the cause), finishes
// the block and breaks the store: it stays at the previous block in memory
// and refuses every later block until it is closed and opened again (the
// reopened store is at the previous block or, if the data reached the disk
// before the failure was seen, at this one; never in between). Other errors
// (a failed read while hashing, a stale block) write nothing and leave the
// block open for Discard.
func (b *Block) Commit() (Hash, error) {
	if b.done {
		return Hash{}, fmt.Errorf("ledger: commit of a finished block")
	}
	if err := b.s.Err(); err != nil {
		return Hash{}, fmt.Errorf("ledger: commit of block %d on a failed store: %w", b.height, err)
	}
	root, err := b.Root()
	if err != nil {
		return Hash{}, err
	}
	s := b.s
	if s.meta.height+1 != b.height {
		return Hash{}, fmt.Errorf("%w: block %d, store at %d", ErrStaleBlock, b.height, s.meta.height)
	}
	batch := s.db.NewBatch()
	wedged := false
	defer func() {
		if !wedged { // a wedged batch may still sit in pebble's commit queue
			batch.Close()
		}
	}()
	for idx, a := range b.accounts {
		if err := batch.Set(accountKey(idx, b.height), a.marshal(), nil); err != nil {
			return Hash{}, err
		}
	}
	for pk, idx := range b.newKeys {
		if err := batch.Set(pubKeyKey(pk), binary.BigEndian.AppendUint32(nil, idx), nil); err != nil {
			return Hash{}, err
		}
	}
	for l, row := range b.nodes {
		for _, n := range row {
			v := n.h.Bytes()
			if err := batch.Set(nodeKey(l, n.idx, b.height), v[:], nil); err != nil {
				return Hash{}, err
			}
			if l >= s.topFrom {
				if err := batch.Set(topKey(l, n.idx), v[:], nil); err != nil {
					return Hash{}, err
				}
			}
		}
	}
	for k, v := range b.extra {
		key := append([]byte{prefixExtra}, k...)
		var err error
		if v == nil {
			err = batch.Delete(key, nil)
		} else {
			err = batch.Set(key, v, nil)
		}
		if err != nil {
			return Hash{}, err
		}
	}
	br := &BlockRecord{Height: b.height, Root: root, Txs: b.txs}
	if err := batch.Set(blockKey(b.height), br.marshal(), nil); err != nil {
		return Hash{}, err
	}
	m := s.meta
	m.height, m.root, m.nextAccount, m.nextDeposit, m.nextForced = b.height, root, b.nextAccount, b.nextDeposit, b.nextForced
	if err := batch.Set([]byte{prefixMeta}, m.marshal(), nil); err != nil {
		return Hash{}, err
	}
	if wedged, err = commitBatch(batch, pebble.Sync); err != nil {
		err = s.fail(fmt.Errorf("commit block %d: %w", b.height, err), wedged)
		b.finish()
		return Hash{}, err
	}
	// Only now that the batch is durable do the in-memory copies change.
	for l := s.topFrom; l < len(b.nodes); l++ {
		for _, n := range b.nodes[l] {
			s.top[l-s.topFrom][n.idx] = n.h
		}
	}
	s.cache.update(b.nodes)
	s.mu.Lock()
	s.meta = m
	s.mu.Unlock()
	b.finish()
	return root, nil
}

// PutExtra stages a record of a layer above the ledger (consensus state,
// batches) to be written in the block's own atomic batch: after a crash the
// store holds both or neither. A nil value deletes the key. Extra records are
// not versioned and not part of the state root.
func (b *Block) PutExtra(key, value []byte) {
	if b.extra == nil {
		b.extra = make(map[string][]byte)
	}
	if value != nil {
		value = append([]byte{}, value...)
	}
	b.extra[string(key)] = value
}

// Discard drops the block without writing anything.
func (b *Block) Discard() {
	if !b.done {
		b.finish()
	}
}

func (b *Block) finish() {
	b.done = true
	b.r.close()
	b.s.mu.Lock()
	b.s.open = false
	b.s.mu.Unlock()
}
