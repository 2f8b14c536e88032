package contracts_test

import (
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/mycel-network/mycel/contracts/bindings"

	"github.com/mycel-network/mycel/contracts"
	te "github.com/mycel-network/mycel/internal/testenv"
	"github.com/mycel-network/mycel/ledger"
)

// The Rollup assigns L2 account indices exactly as the ledger does:
// genesis accounts 1, 2, ..., then each deposit to a new key the next free
// index in queue order, and a deposit to a known key that key's account.
func TestDepositAccountIndices(t *testing.T) {
	g1, g2 := te.L2Key(40), te.L2Key(41)
	e, _ := quorumEnv(t, func(c *contracts.Config) {
		c.GenesisKeys = []ledger.PublicKey{g1, g2}
		c.GenesisSupply = 3_000
	})
	if n := te.Call(e, e.Rollup, e.RollupABI.PackNumAccounts(), e.RollupABI.UnpackNumAccounts); n != 3 {
		t.Fatalf("numAccounts after genesis %d, want 3 (vault + 2)", n)
	}
	// The genesis balances are backed: the Rollup holds the genesis supply.
	if got := e.Balance(e.D.Rollup); got.Cmp(te.Gwei(3_000)) != 0 {
		t.Fatalf("the Rollup holds %s wei at genesis, want the genesis supply (3,000 gwei)", got)
	}
	if s := te.Call(e, e.Rollup, e.RollupABI.PackL2Supply(), e.RollupABI.UnpackL2Supply); s != 3_000 {
		t.Fatalf("l2Supply %d at genesis", s)
	}
	newKey, other := te.L2Key(42), te.L2Key(43)
	want := []struct {
		key     [32]byte
		account uint32
	}{
		{newKey, 3}, {g2, 2}, {newKey, 3}, {other, 4}, {g1, 1},
	}
	for i, w := range want {
		r := e.Deposit(e.Users[5], w.key, 10)
		ev, err := e.RollupABI.UnpackDepositQueuedEvent(r.Logs[len(r.Logs)-1])
		if err != nil {
			t.Fatal(err)
		}
		if ev.Account != w.account || ev.Index != uint64(i) {
			t.Fatalf("deposit %d: queue index %d, account %d; want %d, %d", i, ev.Index, ev.Account, i, w.account)
		}
		if got := e.AccountOf(w.key); got != w.account {
			t.Fatalf("deposit %d: accountPlusOne says %d, want %d", i, got, w.account)
		}
	}
	// Once the tree (depth 4: 16 indices) is full, a deposit to a new key
	// is refused on L1: the ledger could not apply it, and a queued deposit
	// that cannot be applied would block every batch after its deadline.
	// Deposits to known keys still go through.
	for i := byte(0); i < 11; i++ {
		e.Deposit(e.Users[5], te.L2Key(50+i), 1)
	}
	if n := te.Call(e, e.Rollup, e.RollupABI.PackNumAccounts(), e.RollupABI.UnpackNumAccounts); n != 16 {
		t.Fatalf("numAccounts %d, want 16", n)
	}
	_, err := e.Send(e.Users[5], e.Rollup, te.Gwei(1), e.DepositArgs(te.L2Key(70)))
	e.Reverts(err, "TreeFull")
	e.Deposit(e.Users[5], g1, 1)
}

// A deposit record must name the account the Rollup assigned to its queue
// entry: a batch that credits a deposit to another account (a new account
// for a key that has one, an index that skips, an existing account for a
// new key) does not commit, whatever root it claims.
func TestCommitRejectsWrongDepositAccount(t *testing.T) {
	e, ops := quorumEnv(t, func(c *contracts.Config) {
		c.GenesisKeys = []ledger.PublicKey{te.L2Key(40)}
		c.GenesisSupply = 1_000
	})
	known, fresh := te.L2Key(40), te.L2Key(44)
	e.Deposit(e.Users[5], known, 100) // account 1 (genesis)
	e.Deposit(e.Users[5], fresh, 200) // account 2
	quorum := []*te.Operator{ops[0], ops[1], ops[3]}
	for _, tc := range []struct {
		name   string
		a1, a2 uint32
	}{
		{"known key credited to a new account", 2, 3},
		{"new key credited to an existing account", 1, 1},
		{"new key at a skipped index", 1, 3},
		{"new key at the vault", 1, 0},
	} {
		pd := append(te.DepositRecord(tc.a1, known, 100), te.DepositRecord(tc.a2, fresh, 200)...)
		h := e.NextHeader(te.Root(1), 2, pd)
		_, err := e.Send(e.Users[6], e.Rollup, nil, e.CommitArgs(h, pd, quorum...))
		if err == nil || !strings.Contains(contracts.RevertName(err), "DepositMismatch") {
			t.Fatalf("%s: commit %v, want DepositMismatch", tc.name, contracts.RevertName(err))
		}
	}
	pd := append(te.DepositRecord(1, known, 100), te.DepositRecord(2, fresh, 200)...)
	h := e.NextHeader(te.Root(1), 2, pd)
	e.CommitAndProve(e.Users[6], h, pd, quorum...)
}

// A Rollup deployed without the ETH behind its genesis balances reverts.
func TestRollupGenesisMustBeBacked(t *testing.T) {
	e := te.New(t, 1, nil)
	defer e.Close()
	deploy := func(pool common.Address, cfg bindings.RollupConfig, valueGwei uint64) bool {
		t.Helper()
		in := bindings.NewRollup().PackConstructor(e.D.Staking, e.D.Verifier, pool, cfg)
		auth := bind.NewKeyedTransactor(e.Deployer.Key, e.ChainID)
		auth.GasLimit, auth.Value = 10_000_000, te.Gwei(valueGwei)
		_, tx, err := bind.DeployContract(auth, common.FromHex(bindings.RollupMetaData.Bin), e.Client, in)
		if err != nil {
			t.Fatal(err)
		}
		e.Sim.Commit()
		rc, err := bind.WaitMined(e.Ctx, e.Client, tx.Hash())
		if err != nil {
			t.Fatal(err)
		}
		return rc.Status == types.ReceiptStatusSuccessful
	}
	good := bindings.RollupConfig{L2ChainId: 1, TreeDepth: 4, ProofWindow: 10, EscapePeriod: 20,
		GenesisKeys: [][32]byte{te.L2Key(1)}, GenesisSupplyGwei: 5}
	for _, v := range []uint64{0, 4, 6, 5} {
		if ok := deploy(e.D.RewardPool, good, v); ok != (v == 5) {
			t.Fatalf("a Rollup with a 5 gwei genesis supply, deployed with %d gwei: success %v", v, ok)
		}
	}
	// The constructor's other genesis checks, each against the good
	// configuration with one thing changed.
	dup := good
	dup.GenesisKeys = [][32]byte{te.L2Key(1), te.L2Key(2), te.L2Key(1)}
	full := good
	for i := byte(0); i < 16; i++ { // 16 keys + the vault: 17 accounts in a 16-leaf tree
		full.GenesisKeys = append(full.GenesisKeys, te.L2Key(100+i))
	}
	full.GenesisKeys = full.GenesisKeys[1:]
	fits := good
	fits.GenesisKeys = full.GenesisKeys[1:] // 15 keys + the vault: exactly full
	for name, c := range map[string]struct {
		pool common.Address
		cfg  bindings.RollupConfig
		ok   bool
	}{
		"a genesis key twice":                 {e.D.RewardPool, dup, false},
		"more genesis accounts than leaves":   {e.D.RewardPool, full, false},
		"genesis accounts filling every leaf": {e.D.RewardPool, fits, true},
		"no reward pool":                      {common.Address{}, good, false},
	} {
		if ok := deploy(c.pool, c.cfg, 5); ok != c.ok {
			t.Fatalf("%s: deployed %v, want %v", name, ok, c.ok)
		}
	}
}

// Deploying without naming a verifier must not fall back to one that
// accepts any proof: each insecure verifier is chosen by name.
func TestDeployRefusesImplicitTestVerifier(t *testing.T) {
	base := contracts.DefaultConfig()
	cases := []struct {
		name string
		mod  func(*contracts.Config)
		want string
	}{
		{"no verifier", func(*contracts.Config) {}, "Verifier is zero"},
		{"verifier and a dev flag", func(c *contracts.Config) {
			c.Verifier = common.HexToAddress("0x01")
			c.DevBatchVerifier = true
		}, "must be false"},
		{"both dev flags", func(c *contracts.Config) { c.DevBatchVerifier, c.InsecureTestVerifier = true, true }, "exclusive"},
		{"no dev verifier for 16 slots", func(c *contracts.Config) { c.DevBatchVerifier, c.DevBatchSlots = true, 16 }, "8 and 64 slots"},
		{"no dev verifier for depth 20", func(c *contracts.Config) { c.DevBatchVerifier, c.TreeDepth = true, 20 }, "at depth 20"},
		{"genesis supply above the cap", func(c *contracts.Config) {
			c.InsecureTestVerifier = true
			c.GenesisSupply = ledger.MaxAmount + 1
		}, "GenesisSupply"},
	}
	for _, tc := range cases {
		c := base
		tc.mod(&c)
		err := c.Validate()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: Validate() = %v, want an error containing %q", tc.name, err, tc.want)
		}
	}
	for _, ok := range []func(*contracts.Config){
		func(c *contracts.Config) { c.Verifier = common.HexToAddress("0x01") },
		func(c *contracts.Config) { c.DevBatchVerifier = true },
		func(c *contracts.Config) { c.DevBatchVerifier, c.DevBatchSlots = true, 64 },
		func(c *contracts.Config) { c.InsecureTestVerifier = true },
	} {
		c := base
		ok(&c)
		if err := c.Validate(); err != nil {
			t.Errorf("Validate() = %v", err)
		}
	}
}
