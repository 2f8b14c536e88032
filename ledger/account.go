package ledger

import (
	"encoding/binary"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Account is the state of one leaf of the account tree.
type Account struct {
	Index   uint32    `json:"index"`
	PubKey  PublicKey `json:"pub_key"`
	Balance uint64    `json:"balance"`
	Nonce   uint64    `json:"nonce"`
}

// accountRec is an account with its key hash cached: the leaf is
// Poseidon2-MD(pk.X, pk.Y, balance, nonce), and the first two steps of that
// chain depend on the key alone, so an update re-hashes only two compressions.
type accountRec struct {
	Account
	pkHash fr.Element // compress(compress(0, pk.X), pk.Y)
}

const accountRecSize = PublicKeySize + 32 + 8 + 8

func newAccountRec(index uint32, pk PublicKey) (*accountRec, error) {
	var x, y fr.Element
	if index != FeeVaultIndex {
		var err error
		if x, y, err = publicKeyCoords(pk); err != nil {
			return nil, err
		}
	}
	return &accountRec{Account: Account{Index: index, PubKey: pk}, pkHash: keyHash(&x, &y)}, nil
}

func keyHash(x, y *fr.Element) fr.Element {
	var zero fr.Element
	s := compress(&zero, x)
	return compress(&s, y)
}

// leaf returns Poseidon2-MD(pk.X, pk.Y, balance, nonce).
func (a *accountRec) leaf() fr.Element {
	b, n := u64(a.Balance), u64(a.Nonce)
	s := compress(&a.pkHash, &b)
	return compress(&s, &n)
}

func (a *accountRec) marshal() []byte {
	out := make([]byte, 0, accountRecSize)
	out = append(out, a.PubKey[:]...)
	kh := a.pkHash.Bytes()
	out = append(out, kh[:]...)
	out = binary.BigEndian.AppendUint64(out, a.Balance)
	out = binary.BigEndian.AppendUint64(out, a.Nonce)
	return out
}

func unmarshalAccountRec(index uint32, b []byte) (*accountRec, error) {
	if len(b) != accountRecSize {
		return nil, fmt.Errorf("ledger store: account %d record is %d bytes, want %d", index, len(b), accountRecSize)
	}
	a := &accountRec{Account: Account{Index: index}}
	copy(a.PubKey[:], b[:32])
	if err := a.pkHash.SetBytesCanonical(b[32:64]); err != nil {
		return nil, fmt.Errorf("ledger store: account %d key hash: %w", index, err)
	}
	a.Balance = binary.BigEndian.Uint64(b[64:])
	a.Nonce = binary.BigEndian.Uint64(b[72:])
	return a, nil
}

// LeafHash returns the tree leaf of an account, as the circuit computes it.
func LeafHash(a Account) (Hash, error) {
	rec, err := newAccountRec(a.Index, a.PubKey)
	if err != nil {
		return Hash{}, err
	}
	rec.Balance, rec.Nonce = a.Balance, a.Nonce
	l := rec.leaf()
	return hashOf(&l), nil
}

// Proof is a Merkle proof of one leaf against a state root.
type Proof struct {
	Height   uint64  `json:"height"`
	Root     Hash    `json:"root"`
	Index    uint32  `json:"index"`
	Exists   bool    `json:"exists"`
	Account  Account `json:"account"`
	Leaf     Hash    `json:"leaf"`
	Siblings []Hash  `json:"siblings"` // bottom (leaf level) first
}

// Verify recomputes the leaf from the account (0 for an empty leaf) and the
// path from it to the root.
func (p *Proof) Verify() error {
	var leaf Hash
	if p.Exists {
		if p.Account.Index != p.Index {
			return fmt.Errorf("proof: account index %d != leaf index %d", p.Account.Index, p.Index)
		}
		var err error
		if leaf, err = LeafHash(p.Account); err != nil {
			return fmt.Errorf("proof: %w", err)
		}
	}
	if leaf != p.Leaf {
		return fmt.Errorf("proof: leaf %s does not match account (%s)", p.Leaf, leaf)
	}
	if len(p.Siblings) < MinDepth || len(p.Siblings) > MaxDepth {
		return fmt.Errorf("proof: %d siblings", len(p.Siblings))
	}
	if uint64(p.Index) >= uint64(1)<<len(p.Siblings) {
		return fmt.Errorf("proof: index %d outside a tree of depth %d", p.Index, len(p.Siblings))
	}
	var cur fr.Element
	if err := cur.SetBytesCanonical(leaf[:]); err != nil {
		return fmt.Errorf("proof: leaf: %w", err)
	}
	for l, s := range p.Siblings {
		var se fr.Element
		if err := se.SetBytesCanonical(s[:]); err != nil {
			return fmt.Errorf("proof: sibling %d is not a field element: %w", l, err)
		}
		if (p.Index>>l)&1 == 0 {
			cur = compress(&cur, &se)
		} else {
			cur = compress(&se, &cur)
		}
	}
	if hashOf(&cur) != p.Root {
		return fmt.Errorf("proof: computed root %s != %s", hashOf(&cur), p.Root)
	}
	return nil
}
