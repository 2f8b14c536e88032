package ledger

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
)

// Golden vectors shared with the circuit (prover/) and the contracts. They
// are regenerated with MYCEL_WRITE_TESTDATA=1 (make generate); otherwise the
// test fails when the ledger's output drifts from the committed file.
const goldenPath = "../testdata/ledger/vectors.json"

type goldenKey struct {
	Seed   string    `json:"seed"`
	PubKey PublicKey `json:"pub_key"`
	X      Hash      `json:"x"`
	Y      Hash      `json:"y"`
}

type goldenHash struct {
	Inputs []Hash `json:"inputs"`
	Output Hash   `json:"output"`
}

type goldenLeaf struct {
	Index uint32 `json:"index"`
	Leaf  Hash   `json:"leaf"`
}

type goldenStep struct {
	Tx            *Tx          `json:"-"`
	Description   string       `json:"description"`
	Encoding      string       `json:"encoding"`
	TxHash        string       `json:"tx_hash"`
	SigningFields []Hash       `json:"signing_fields,omitempty"`
	SigningHash   *Hash        `json:"signing_hash,omitempty"`
	Error         string       `json:"error,omitempty"`
	PubData       string       `json:"pub_data,omitempty"`
	RootAfter     Hash         `json:"root_after"`
	Leaves        []goldenLeaf `json:"leaves_after,omitempty"`
}

type goldenBlock struct {
	Height uint64       `json:"height"`
	Steps  []goldenStep `json:"steps"`
	Root   Hash         `json:"root"`
}

type goldenFile struct {
	Comment      string        `json:"comment"`
	ChainID      uint64        `json:"chain_id"`
	Depth        int           `json:"depth"`
	MaxAmount    uint64        `json:"max_amount"`
	TxDomain     Hash          `json:"tx_domain"`
	EmptyRoot    Hash          `json:"empty_root"`
	Compress     []goldenHash  `json:"poseidon2_compress"`
	HashElements []goldenHash  `json:"poseidon2_md"`
	Keys         []goldenKey   `json:"keys"`
	Genesis      *Genesis      `json:"genesis"`
	GenesisRoot  Hash          `json:"genesis_root"`
	Blocks       []goldenBlock `json:"blocks"`
	Proof        *Proof        `json:"proof"`
	Exit         *goldenExit   `json:"exit"`
}

// goldenExit is an exit of the golden proof's account signed by its key
// (docs/protocol.md section 11), with R decoded for implementations that
// take affine points (Rollup.exitAccount).
type goldenExit struct {
	L1ChainID     uint64    `json:"l1_chain_id"`
	Rollup        string    `json:"rollup"`
	Account       uint32    `json:"account"`
	Recipient     string    `json:"recipient"`
	PubKey        PublicKey `json:"pub_key"`
	SigningFields []Hash    `json:"signing_fields"`
	SigningHash   Hash      `json:"signing_hash"`
	Signature     string    `json:"signature"`
	RX            Hash      `json:"r_x"`
	RY            Hash      `json:"r_y"`
	S             Hash      `json:"s"`
}

func h64(v uint64) Hash { e := u64(v); return hashOf(&e) }

func buildGolden(t *testing.T) []byte {
	const depth = 8
	gf := &goldenFile{
		Comment:   "mycel ledger golden vectors; see docs/protocol.md. Regenerate with `make generate`.",
		ChainID:   testChainID,
		Depth:     depth,
		MaxAmount: MaxAmount,
		TxDomain:  TxDomain(),
		EmptyRoot: EmptyRoot(depth),
	}
	var big fr.Element
	big.SetOne()
	big.Neg(&big) // p - 1
	pairs := [][2]Hash{{h64(0), h64(0)}, {h64(1), h64(2)}, {hashOf(&big), h64(3)}}
	for _, p := range pairs {
		gf.Compress = append(gf.Compress, goldenHash{Inputs: []Hash{p[0], p[1]}, Output: Compress(p[0], p[1])})
	}
	for _, in := range [][]Hash{{h64(1)}, {h64(1), h64(2), h64(3), h64(4)}, {TxDomain(), hashOf(&big)}} {
		gf.HashElements = append(gf.HashElements, goldenHash{Inputs: in, Output: HashElements(in...)})
	}
	keys := make([]*PrivateKey, 5)
	for i := range keys {
		keys[i] = testKey(t, i+1)
		x, y, err := keys[i].Public().Coordinates()
		if err != nil {
			t.Fatal(err)
		}
		seed := keys[i].Seed()
		gf.Keys = append(gf.Keys, goldenKey{Seed: hex.EncodeToString(seed[:]), PubKey: keys[i].Public(), X: x, Y: y})
	}
	g := &Genesis{ChainID: testChainID, Depth: depth, Accounts: []GenesisAccount{
		{PubKey: keys[0].Public(), Balance: 1_000_000},
		{PubKey: keys[1].Public(), Balance: 500},
	}}
	gf.Genesis = g
	s := openTestStore(t, t.TempDir(), g, Options{})
	gf.GenesisRoot = s.Root()

	blocks := [][]struct {
		desc string
		tx   *Tx
	}{
		{
			{"deposit creates account 3 for key 2", deposit(keys[2].Public(), 0, 7_000)},
			{"transfer 1 -> 2", signedTransfer(t, keys[0], 1, 2, 250, 10, 0)},
			{"withdraw from 2 to an L1 address", signedWithdraw(t, keys[1], 2, [20]byte{0x11, 0x22, 0x33, 0x44}, 100, 5, 0)},
			{"replay of the transfer (rejected)", signedTransfer(t, keys[0], 1, 2, 250, 10, 0)},
			{"overspend (rejected)", signedTransfer(t, keys[1], 2, 1, 1_000, 0, 1)},
			{"transfer 1 -> 2 with a fee of 3000 (packed as 300 x 10^1)", signedTransfer(t, keys[0], 1, 2, 250_000, 3_000, 1)},
			{"amount 2^35+1 has no packed form (rejected)", signedTransfer(t, keys[0], 1, 2, 1<<35+1, 0, 2)},
			{"fee 2049 has no packed form (rejected)", signedTransfer(t, keys[0], 1, 2, 1, 2_049, 2)},
			{"deposit to an existing key", deposit(keys[0].Public(), 1, 1)},
		},
		{
			{"transfer 3 -> 1 with zero fee", signedTransfer(t, keys[2], 3, 1, 6_999, 0, 0)},
			{"deposit creates account 4 for key 4", deposit(keys[3].Public(), 2, MaxAmount)},
			{"transfer into a full balance (rejected: overflow)", signedTransfer(t, keys[0], 1, 4, 1, 0, 2)},
			{"transfer from 4 to 1 on another chain (rejected)", func() *Tx {
				tx := &Tx{Type: TxTransfer, ChainID: testChainID + 1, From: 4, To: 1, Amount: 1, Nonce: 0}
				tx.Sign(keys[3])
				return tx
			}()},
		},
		{
			{"forced exit of account 3 (its whole balance, 1)", forcedExit(0, 3, [20]byte{0x55, 19: 0x66})},
			{"forced exit out of queue order (rejected)", forcedExit(5, 2, [20]byte{0x77})},
			{"forced exit of account 2 (its whole balance, 250645)", forcedExit(1, 2, [20]byte{0x77})},
			{"forced exit of account 9, not created yet (withdraws 0)", forcedExit(2, 9, [20]byte{0x88})},
		},
	}
	for _, steps := range blocks {
		b, err := s.NewBlock()
		if err != nil {
			t.Fatal(err)
		}
		gb := goldenBlock{Height: b.Height()}
		for _, st := range steps {
			gs := goldenStep{Description: st.desc, Encoding: hex.EncodeToString(st.tx.Encode())}
			th := st.tx.Hash()
			gs.TxHash = "0x" + hex.EncodeToString(th[:])
			if st.tx.Type != TxDeposit {
				f := st.tx.SigningFields()
				gs.SigningFields = f[:]
				sh := st.tx.SigningHash()
				gs.SigningHash = &sh
			}
			r, err := b.Apply(st.tx)
			if err != nil {
				gs.Error = sentinelName(err)
			} else {
				gs.PubData = hex.EncodeToString(r.PubData)
			}
			if gs.RootAfter, err = b.Root(); err != nil {
				t.Fatal(err)
			}
			if r != nil {
				idxs := []uint32{r.Account, FeeVaultIndex}
				if st.tx.Type == TxTransfer {
					idxs = append(idxs, st.tx.To)
				}
				for _, idx := range idxs {
					a, _, _ := b.Account(idx)
					l, err := LeafHash(a)
					if err != nil {
						t.Fatal(err)
					}
					gs.Leaves = append(gs.Leaves, goldenLeaf{Index: idx, Leaf: l})
				}
			}
			gb.Steps = append(gb.Steps, gs)
		}
		if gb.Root, err = b.Commit(); err != nil {
			t.Fatal(err)
		}
		gf.Blocks = append(gf.Blocks, gb)
	}
	p, err := s.Proof(3)
	if err != nil {
		t.Fatal(err)
	}
	gf.Proof = p
	gf.Exit = buildGoldenExit(t, keys[2], p)
	out, err := json.MarshalIndent(gf, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(out, '\n')
}

func buildGoldenExit(t *testing.T, key *PrivateKey, p *Proof) *goldenExit {
	if p.Account.PubKey != key.Public() {
		t.Fatal("golden exit: the key does not own the proof's account")
	}
	ex := &Exit{L1ChainID: 1337, Account: p.Index,
		Rollup:    [20]byte{0x5f, 0xbd, 0xb2, 0x31, 0x56, 0x78, 0xaf, 0xec, 0xb3, 0x67, 0xf0, 0x32, 0xd9, 0x3f, 0x64, 0x2f, 0x64, 0x18, 0x0a, 0xa3},
		Recipient: [20]byte{0x70, 0x99, 0x79, 0x70, 0xc5, 0x18, 0x12, 0xdc, 0x3a, 0x01, 0x0c, 0x7d, 0x01, 0xb5, 0x0e, 0x0d, 0x17, 0xdc, 0x79, 0xc8}}
	sig, err := key.SignExit(ex)
	if err != nil {
		t.Fatal(err)
	}
	if err := VerifyExit(key.Public(), ex, sig); err != nil {
		t.Fatal(err)
	}
	r, err := decodeSignatureR(sig)
	if err != nil {
		t.Fatal(err)
	}
	f := ex.SigningFields()
	return &goldenExit{
		L1ChainID: ex.L1ChainID, Rollup: "0x" + hex.EncodeToString(ex.Rollup[:]), Account: ex.Account,
		Recipient: "0x" + hex.EncodeToString(ex.Recipient[:]), PubKey: key.Public(),
		SigningFields: f[:], SigningHash: ex.SigningHash(), Signature: "0x" + hex.EncodeToString(sig[:]),
		RX: hashOf(&r.X), RY: hashOf(&r.Y), S: Hash(sig[32:]),
	}
}

var sentinels = []error{ErrNotPackable, ErrBadSignature, ErrNonceTooLow, ErrNonceTooHigh, ErrInsufficientBalance,
	ErrUnknownAccount, ErrAmountOutOfRange, ErrFeeOutOfRange, ErrOverflow, ErrWrongChain,
	ErrInvalidPublicKey, ErrReservedAccount, ErrSelfTransfer, ErrDepositOutOfOrder, ErrTreeFull}

func sentinelName(err error) string {
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return s.Error()
		}
	}
	return err.Error()
}

func TestGoldenVectors(t *testing.T) {
	got := buildGolden(t)
	if os.Getenv("MYCEL_WRITE_TESTDATA") == "1" {
		if err := os.MkdirAll(filepath.Dir(goldenPath), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(goldenPath, got, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", goldenPath)
		return
	}
	want, err := os.ReadFile(goldenPath)
	if err != nil {
		t.Fatalf("%v (run `make generate` to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("%s differs at line %d:\n got: %s\nwant: %s\nIf the change is intended, run `make generate` and commit.", goldenPath, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s differs in length; run `make generate` if intended", goldenPath)
	}
}
