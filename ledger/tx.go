package ledger

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"golang.org/x/crypto/sha3"
)

// TxVersion is the only encoding version defined so far.
const TxVersion byte = 0x01

// TxType tells what a transaction does.
type TxType uint8

// Transaction types. The values are part of the encoding and of the signing
// message: never renumber.
const (
	TxDeposit  TxType = 0x01 // from L1: credit an account, creating it if new; no signature
	TxTransfer TxType = 0x02 // L2 to L2, signed by the sender, pays a fee
	TxWithdraw TxType = 0x03 // L2 to an L1 address, signed by the sender, pays a fee
	// TxForcedExit is from L1 (the Rollup's forced-exit queue, whose
	// request the account's key signed on L1): the account's whole balance
	// leaves to an L1 address. No L2 signature, no fee.
	TxForcedExit TxType = 0x04
)

// FromL1 reports whether transactions of type t come from an L1 queue
// (deposits, forced exits): authorised by L1, never by an L2 signature, so
// only consensus may include them, from its L1 view; never the mempool.
func (t TxType) FromL1() bool { return t == TxDeposit || t == TxForcedExit }

func (t TxType) String() string {
	switch t {
	case TxDeposit:
		return "deposit"
	case TxTransfer:
		return "transfer"
	case TxWithdraw:
		return "withdraw"
	case TxForcedExit:
		return "forced-exit"
	}
	return fmt.Sprintf("type(%#x)", uint8(t))
}

// Encoded sizes, fixed per type (docs/protocol.md, "Transaction encoding").
const (
	DepositSize    = 2 + 8 + 8 + PublicKeySize + 8              // 58
	TransferSize   = 2 + 8 + 4 + 4 + 8 + 8 + 8 + SignatureSize  // 106
	WithdrawSize   = 2 + 8 + 4 + 20 + 8 + 8 + 8 + SignatureSize // 122
	ForcedExitSize = 2 + 8 + 8 + 4 + 20                         // 42
	// MaxTxSize is the largest valid encoding; anything longer is rejected
	// before any other work.
	MaxTxSize = WithdrawSize
)

// Tx is an L2 transaction. Which fields are used depends on Type:
//
//	Deposit:  ChainID, QueueIndex, PubKey, Amount
//	Transfer: ChainID, From, To, Amount, Fee, Nonce, Signature
//	Withdraw: ChainID, From, L1Address, Amount, Fee, Nonce, Signature
//	ForcedExit: ChainID, QueueIndex, From (the account), L1Address
//
// Unused fields must be zero; Encode ignores them and Decode leaves them zero.
type Tx struct {
	Type    TxType
	ChainID uint64

	QueueIndex uint64    // deposit, forced exit: position in its L1 queue
	PubKey     PublicKey // deposit: key of the credited account

	From      uint32   // transfer, withdraw: sender account index; forced exit: the account
	To        uint32   // transfer: receiver account index
	L1Address [20]byte // withdraw, forced exit: L1 recipient

	Amount    uint64
	Fee       uint64
	Nonce     uint64
	Signature [SignatureSize]byte
}

// Encode returns the canonical encoding of tx.
func (tx *Tx) Encode() []byte {
	var b []byte
	switch tx.Type {
	case TxDeposit:
		b = make([]byte, 0, DepositSize)
		b = append(b, TxVersion, byte(tx.Type))
		b = binary.BigEndian.AppendUint64(b, tx.ChainID)
		b = binary.BigEndian.AppendUint64(b, tx.QueueIndex)
		b = append(b, tx.PubKey[:]...)
		b = binary.BigEndian.AppendUint64(b, tx.Amount)
	case TxForcedExit:
		b = make([]byte, 0, ForcedExitSize)
		b = append(b, TxVersion, byte(tx.Type))
		b = binary.BigEndian.AppendUint64(b, tx.ChainID)
		b = binary.BigEndian.AppendUint64(b, tx.QueueIndex)
		b = binary.BigEndian.AppendUint32(b, tx.From)
		b = append(b, tx.L1Address[:]...)
	case TxTransfer, TxWithdraw:
		b = make([]byte, 0, WithdrawSize)
		b = append(b, TxVersion, byte(tx.Type))
		b = binary.BigEndian.AppendUint64(b, tx.ChainID)
		b = binary.BigEndian.AppendUint32(b, tx.From)
		if tx.Type == TxTransfer {
			b = binary.BigEndian.AppendUint32(b, tx.To)
		} else {
			b = append(b, tx.L1Address[:]...)
		}
		b = binary.BigEndian.AppendUint64(b, tx.Amount)
		b = binary.BigEndian.AppendUint64(b, tx.Fee)
		b = binary.BigEndian.AppendUint64(b, tx.Nonce)
		b = append(b, tx.Signature[:]...)
	default:
		panic(fmt.Sprintf("ledger: encode of unknown tx type %d", tx.Type))
	}
	return b
}

// DecodeTx parses a canonical encoding. The checks run cheapest first: size,
// version, type, exact length, then field canonicality (signature scalar
// below the subgroup order, point coordinates below the field modulus).
// Whether keys are on the curve and signatures verify is checked later, at
// execution or in the mempool. For every accepted input, Encode returns the
// input unchanged.
func DecodeTx(b []byte) (*Tx, error) {
	if len(b) > MaxTxSize {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrOversized, len(b), MaxTxSize)
	}
	if len(b) < 2 {
		return nil, fmt.Errorf("%w: %d bytes", ErrMalformed, len(b))
	}
	if b[0] != TxVersion {
		return nil, fmt.Errorf("%w: %#x", ErrUnknownVersion, b[0])
	}
	tx := &Tx{Type: TxType(b[1])}
	want := 0
	switch tx.Type {
	case TxDeposit:
		want = DepositSize
	case TxTransfer:
		want = TransferSize
	case TxWithdraw:
		want = WithdrawSize
	case TxForcedExit:
		want = ForcedExitSize
	default:
		return nil, fmt.Errorf("%w: %#x", ErrUnknownType, b[1])
	}
	if len(b) != want {
		return nil, fmt.Errorf("%w: %s is %d bytes, got %d", ErrMalformed, tx.Type, want, len(b))
	}
	p := b[2:]
	tx.ChainID = binary.BigEndian.Uint64(p)
	p = p[8:]
	if tx.Type == TxDeposit {
		tx.QueueIndex = binary.BigEndian.Uint64(p)
		copy(tx.PubKey[:], p[8:40])
		tx.Amount = binary.BigEndian.Uint64(p[40:])
		if !canonicalPointY(tx.PubKey[:]) {
			return nil, fmt.Errorf("%w: public key coordinate not below the field modulus", ErrNonCanonical)
		}
		return tx, nil
	}
	if tx.Type == TxForcedExit {
		tx.QueueIndex = binary.BigEndian.Uint64(p)
		tx.From = binary.BigEndian.Uint32(p[8:])
		copy(tx.L1Address[:], p[12:32])
		return tx, nil
	}
	tx.From = binary.BigEndian.Uint32(p)
	p = p[4:]
	if tx.Type == TxTransfer {
		tx.To = binary.BigEndian.Uint32(p)
		p = p[4:]
	} else {
		copy(tx.L1Address[:], p[:20])
		p = p[20:]
	}
	tx.Amount = binary.BigEndian.Uint64(p)
	tx.Fee = binary.BigEndian.Uint64(p[8:])
	tx.Nonce = binary.BigEndian.Uint64(p[16:])
	copy(tx.Signature[:], p[24:])
	if !canonicalPointY(tx.Signature[:32]) {
		return nil, fmt.Errorf("%w: signature R coordinate not below the field modulus", ErrNonCanonical)
	}
	var s big.Int
	s.SetBytes(tx.Signature[32:])
	if s.Sign() == 0 || s.Cmp(&curveOrder) >= 0 {
		return nil, fmt.Errorf("%w: signature S not in [1, subgroup order)", ErrNonCanonical)
	}
	return tx, nil
}

// canonicalPointY reports whether a compressed point's Y (little-endian, top
// bit masked off) is below the field modulus.
func canonicalPointY(b []byte) bool {
	var be [32]byte
	for i := range 32 {
		be[31-i] = b[i]
	}
	be[0] &= 0x7f
	var y big.Int
	y.SetBytes(be[:])
	return y.Cmp(fr.Modulus()) < 0
}

// Hash is the transaction id: keccak256 of the canonical encoding.
func (tx *Tx) Hash() [32]byte {
	var h [32]byte
	k := sha3.NewLegacyKeccak256()
	k.Write(tx.Encode())
	k.Sum(h[:0])
	return h
}

// txDomain is the first element of every signing message: the ASCII bytes of
// "mycel.tx.v1" read as a big-endian integer.
var txDomain = func() fr.Element {
	var e fr.Element
	e.SetBytes([]byte("mycel.tx.v1"))
	return e
}()

// TxDomain returns the signing domain tag as a field element hash.
func TxDomain() Hash { return hashOf(&txDomain) }

// SigningHash is the message a sender signs:
//
//	Poseidon2-MD(domain, chainID, type, from, to, amount, fee, nonce)
//
// where to is the receiver index for a transfer and the L1 address (as a
// 160-bit integer) for a withdrawal. The chain id makes signatures from one
// chain useless on another. Deposits are not signed.
func (tx *Tx) SigningHash() Hash {
	f := tx.SigningFields()
	return HashElements(f[:]...)
}

// Sign fills in tx.Signature with key's signature over SigningHash.
func (tx *Tx) Sign(key *PrivateKey) error {
	if tx.Type == TxDeposit || tx.Type == TxForcedExit {
		return fmt.Errorf("%s transactions are not signed: L1 authorises them", tx.Type)
	}
	sig, err := key.SignHash(tx.SigningHash())
	if err != nil {
		return err
	}
	tx.Signature = sig
	return nil
}

// String is a short human-readable form for logs.
func (tx *Tx) String() string {
	switch tx.Type {
	case TxDeposit:
		return fmt.Sprintf("deposit{queue=%d key=%s amount=%d}", tx.QueueIndex, tx.PubKey, tx.Amount)
	case TxTransfer:
		return fmt.Sprintf("transfer{from=%d to=%d amount=%d fee=%d nonce=%d}", tx.From, tx.To, tx.Amount, tx.Fee, tx.Nonce)
	case TxWithdraw:
		return fmt.Sprintf("withdraw{from=%d to=0x%x amount=%d fee=%d nonce=%d}", tx.From, tx.L1Address, tx.Amount, tx.Fee, tx.Nonce)
	case TxForcedExit:
		return fmt.Sprintf("forced-exit{queue=%d account=%d to=0x%x}", tx.QueueIndex, tx.From, tx.L1Address)
	}
	return tx.Type.String()
}
