package contracts_test

import (
	"bytes"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/mycel-network/mycel/contracts"
	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

func TestAgentIdentityRegistry(t *testing.T) {
	e := te.New(t, 3, nil)
	defer e.Close()
	a, b, c := e.Users[0], e.Users[1], e.Users[2]
	id := e.IdentityABI
	e.Must(a, e.Identity, nil, id.PackRegister0("ipfs://a.json", []bindings.AgentIdentityRegistryMetadataEntry{{MetadataKey: "agentName", MetadataValue: []byte("a")}}))
	one := big.NewInt(1)
	if got := te.Call(e, e.Identity, id.PackGetMetadata(one, "agentName"), id.UnpackGetMetadata); string(got) != "a" {
		t.Fatalf("metadata %x", got)
	}
	if o := te.Call(e, e.Identity, id.PackOwnerOf(one), id.UnpackOwnerOf); o != a.Addr {
		t.Fatalf("owner %s", o)
	}
	_, err := e.Send(b, e.Identity, nil, id.PackSetAgentURI(one, "ipfs://evil.json"))
	e.Reverts(err, "NotOwnerNorApproved")
	e.Must(a, e.Identity, nil, id.PackSetAgentURI(one, "ipfs://a2.json"))
	if uri := te.Call(e, e.Identity, id.PackTokenURI(one), id.UnpackTokenURI); uri != "ipfs://a2.json" {
		t.Fatalf("uri %q", uri)
	}
	_, err = e.Send(b, e.Identity, nil, id.PackTransferFrom(a.Addr, b.Addr, one))
	e.Reverts(err, "NotOwnerNorApproved")
	e.Must(a, e.Identity, nil, id.PackApprove(c.Addr, one))
	e.Must(c, e.Identity, nil, id.PackSafeTransferFrom(a.Addr, b.Addr, one))
	if o := te.Call(e, e.Identity, id.PackOwnerOf(one), id.UnpackOwnerOf); o != b.Addr {
		t.Fatalf("owner after transfer %s", o)
	}
	if bal := te.Call(e, e.Identity, id.PackBalanceOf(b.Addr), id.UnpackBalanceOf); bal.Int64() != 1 {
		t.Fatalf("balance %v", bal)
	}
	// A contract without onERC721Received cannot receive by safe transfer.
	_, err = e.Send(b, e.Identity, nil, id.PackSafeTransferFrom(b.Addr, e.D.Rollup, one))
	e.Reverts(err, "revert without data")
	_, err = e.Send(b, e.Identity, nil, id.PackTokenURI(big.NewInt(9)))
	e.Reverts(err, "UnknownAgent")
	if !te.Call(e, e.Identity, id.PackSupportsInterface([4]byte{0x80, 0xac, 0x58, 0xcd}), id.UnpackSupportsInterface) {
		t.Fatal("ERC-721 interface not reported")
	}
}

// chainTime is the timestamp of the chain's head.
func chainTime(e *te.Env) uint64 {
	h, err := e.Client.HeaderByNumber(e.Ctx, nil)
	if err != nil {
		e.T.Fatalf("head: %v", err)
	}
	return h.Time
}

// agentWalletArgs is setAgentWallet's calldata making `wallet` (which signs)
// the agentWallet of id while `owner` owns it.
func agentWalletArgs(e *te.Env, wallet te.Account, owner common.Address, id *big.Int) []byte {
	e.T.Helper()
	deadline := chainTime(e) + 200
	sig, err := contracts.SignAgentWallet(wallet.Key, e.ChainID, e.D.Identity, id, owner, deadline)
	if err != nil {
		e.T.Fatalf("sign agent wallet: %v", err)
	}
	return e.IdentityABI.PackSetAgentWallet(id, wallet.Addr, new(big.Int).SetUint64(deadline), sig)
}

func agentWallet(e *te.Env, id *big.Int) common.Address {
	e.T.Helper()
	return te.Call(e, e.Identity, e.IdentityABI.PackGetAgentWallet(id), e.IdentityABI.UnpackGetAgentWallet)
}

// TestAgentWallet checks ERC-8004's reserved agentWallet: the owner at
// registration, set only with the new wallet's EIP-712 signature (or its
// ERC-1271 approval) for the current owner within the deadline rules,
// never through setMetadata or register's metadata, unset by the owner and
// cleared by a transfer.
func TestAgentWallet(t *testing.T) {
	e := te.New(t, 5, nil)
	defer e.Close()
	a, b, w, x, approved := e.Users[0], e.Users[1], e.Users[2], e.Users[3], e.Users[4]
	id := e.IdentityABI
	one := big.NewInt(1)
	e.Must(a, e.Identity, nil, id.PackRegister1("ipfs://a.json"))
	if got := agentWallet(e, one); got != a.Addr {
		t.Fatalf("agentWallet after registration %s, want the owner %s", got, a.Addr)
	}
	if got := te.Call(e, e.Identity, id.PackGetMetadata(one, "agentWallet"), id.UnpackGetMetadata); !bytes.Equal(got, a.Addr.Bytes()) {
		t.Fatalf("agentWallet metadata %x", got)
	}

	// The reserved key cannot be written as plain metadata.
	_, err := e.Send(a, e.Identity, nil, id.PackSetMetadata(one, "agentWallet", w.Addr.Bytes()))
	e.Reverts(err, "ReservedKey")
	_, err = e.Send(a, e.Identity, nil, id.PackRegister0("", []bindings.AgentIdentityRegistryMetadataEntry{{MetadataKey: "agentWallet", MetadataValue: w.Addr.Bytes()}}))
	e.Reverts(err, "ReservedKey")

	// The digest matches the Go helper.
	now := chainTime(e)
	dl := new(big.Int).SetUint64(now + 100)
	if got, want := te.Call(e, e.Identity, id.PackAgentWalletDigest(one, w.Addr, a.Addr, dl), id.UnpackAgentWalletDigest),
		contracts.AgentWalletDigest(e.ChainID, e.D.Identity, one, w.Addr, a.Addr, now+100); common.Hash(got) != want {
		t.Fatalf("digest %x, Go %x", got, want)
	}

	sign := func(k te.Account, owner common.Address, deadline uint64) []byte {
		sig, err := contracts.SignAgentWallet(k.Key, e.ChainID, e.D.Identity, one, owner, deadline)
		if err != nil {
			t.Fatal(err)
		}
		return sig
	}
	set := func(from te.Account, wallet common.Address, deadline uint64, sig []byte) error {
		_, err := e.Send(from, e.Identity, nil, id.PackSetAgentWallet(one, wallet, new(big.Int).SetUint64(deadline), sig))
		return err
	}
	now = chainTime(e)
	e.Reverts(set(a, w.Addr, now+200, sign(x, a.Addr, now+200)), "InvalidWalletSignature") // signed by another key
	e.Reverts(set(a, w.Addr, now+200, sign(w, b.Addr, now+200)), "InvalidWalletSignature") // for another owner
	e.Reverts(set(a, w.Addr, now+200, malleate(sign(w, a.Addr, now+200))), "InvalidWalletSignature")
	e.Reverts(set(a, w.Addr, now-1, sign(w, a.Addr, now-1)), "DeadlineExpired")
	e.Reverts(set(a, w.Addr, now+3600, sign(w, a.Addr, now+3600)), "DeadlineTooFar")
	e.Reverts(set(a, common.Address{}, now+200, sign(w, a.Addr, now+200)), "ZeroAddress")
	e.Reverts(set(x, w.Addr, now+200, sign(w, a.Addr, now+200)), "NotOwnerNorApproved")
	r := e.Must(a, e.Identity, nil, agentWalletArgs(e, w, a.Addr, one))
	if got := agentWallet(e, one); got != w.Addr {
		t.Fatalf("agentWallet %s, want %s", got, w.Addr)
	}
	if ev, err := id.UnpackMetadataSetEvent(r.Logs[len(r.Logs)-1]); err != nil || ev.MetadataKey != "agentWallet" || !bytes.Equal(ev.MetadataValue, w.Addr.Bytes()) {
		t.Fatalf("MetadataSet %+v, %v", ev, err)
	}

	// A contract wallet approves by ERC-1271.
	wallet := bindings.NewERC1271Wallet()
	waddr, _, err := bind2Deploy(e, bindings.ERC1271WalletMetaData.Bin)
	if err != nil {
		t.Fatal(err)
	}
	e.Must(x, e.At(waddr), nil, wallet.PackSetSigner(x.Addr))
	now = chainTime(e)
	e.Reverts(set(a, waddr, now+200, sign(w, a.Addr, now+200)), "InvalidWalletSignature") // the contract's signer did not sign
	sig, _ := contracts.SignDigest(x.Key, contracts.AgentWalletDigest(e.ChainID, e.D.Identity, one, waddr, a.Addr, now+200))
	if err := set(a, waddr, now+200, sig); err != nil {
		t.Fatalf("ERC-1271 wallet: %s %v", contracts.RevertName(err), err)
	}
	if got := agentWallet(e, one); got != waddr {
		t.Fatalf("agentWallet %s, want the contract %s", got, waddr)
	}

	e.Must(a, e.Identity, nil, id.PackUnsetAgentWallet(one))
	if got := agentWallet(e, one); got != (common.Address{}) {
		t.Fatalf("agentWallet after unset %s", got)
	}
	if got := te.Call(e, e.Identity, id.PackGetMetadata(one, "agentWallet"), id.UnpackGetMetadata); len(got) != 0 {
		t.Fatalf("agentWallet metadata after unset %x", got)
	}

	// A transfer clears it: the new owner does not inherit the old wallet.
	e.Must(a, e.Identity, nil, agentWalletArgs(e, w, a.Addr, one))
	e.Must(a, e.Identity, nil, id.PackApprove(approved.Addr, one))
	e.Must(approved, e.Identity, nil, id.PackTransferFrom(a.Addr, b.Addr, one))
	if got := agentWallet(e, one); got != (common.Address{}) {
		t.Fatalf("agentWallet after transfer %s", got)
	}
	// A signature made for the old owner does not work for the new one.
	now = chainTime(e)
	e.Reverts(set(b, w.Addr, now+200, sign(w, a.Addr, now+200)), "InvalidWalletSignature")
	e.Must(b, e.Identity, nil, agentWalletArgs(e, w, b.Addr, one))
	if got := agentWallet(e, one); got != w.Addr {
		t.Fatalf("agentWallet set by the new owner %s", got)
	}
}

// eventNames names a receipt's logs by the identity registry's ABI.
func eventNames(e *te.Env, r *types.Receipt) []string {
	var names []string
	a := e.IdentityABI.GetABI()
	for _, l := range r.Logs {
		ev, err := a.EventByID(l.Topics[0])
		if err != nil {
			e.T.Fatalf("log %x: %v", l.Topics[0], err)
		}
		names = append(names, ev.Name)
	}
	return names
}

// TestAgentIdentityEvents checks the events of the ERC-8004 draft of
// 2026-01-25: a registration emits Transfer, Registered, MetadataSet for the
// reserved agentWallet (the owner) and MetadataSet per entry; every URI
// change also emits ERC-4906 MetadataUpdate (ERC721URIStorage); and the
// reference registry's isAuthorizedOrOwner.
func TestAgentIdentityEvents(t *testing.T) {
	e := te.New(t, 4, nil)
	defer e.Close()
	a, approved, operator, other := e.Users[0], e.Users[1], e.Users[2], e.Users[3]
	id := e.IdentityABI
	r := e.Must(a, e.Identity, nil, id.PackRegister0("ipfs://a.json",
		[]bindings.AgentIdentityRegistryMetadataEntry{{MetadataKey: "agentName", MetadataValue: []byte("a")}}))
	if got, want := eventNames(e, r), []string{"Transfer", "MetadataUpdate", "Registered", "MetadataSet", "MetadataSet"}; !slices.Equal(got, want) {
		t.Fatalf("register(uri, metadata) events %v, want %v", got, want)
	}
	reg, err := id.UnpackRegisteredEvent(r.Logs[2])
	if err != nil || reg.AgentId.Int64() != 1 || reg.AgentURI != "ipfs://a.json" || reg.Owner != a.Addr {
		t.Fatalf("Registered %+v, %v", reg, err)
	}
	wallet, err := id.UnpackMetadataSetEvent(r.Logs[3])
	if err != nil || wallet.MetadataKey != "agentWallet" || wallet.IndexedMetadataKey != crypto.Keccak256Hash([]byte("agentWallet")) ||
		!bytes.Equal(wallet.MetadataValue, a.Addr.Bytes()) {
		t.Fatalf("agentWallet MetadataSet %+v, %v", wallet, err)
	}
	entry, err := id.UnpackMetadataSetEvent(r.Logs[4])
	if err != nil || entry.MetadataKey != "agentName" || string(entry.MetadataValue) != "a" {
		t.Fatalf("entry MetadataSet %+v, %v", entry, err)
	}

	// register(): no URI, no MetadataUpdate.
	r = e.Must(a, e.Identity, nil, id.PackRegister())
	if got, want := eventNames(e, r), []string{"Transfer", "Registered", "MetadataSet"}; !slices.Equal(got, want) {
		t.Fatalf("register() events %v, want %v", got, want)
	}
	two := big.NewInt(2)
	r = e.Must(a, e.Identity, nil, id.PackSetAgentURI(two, "ipfs://two.json"))
	if got, want := eventNames(e, r), []string{"MetadataUpdate", "URIUpdated"}; !slices.Equal(got, want) {
		t.Fatalf("setAgentURI events %v, want %v", got, want)
	}
	if mu, err := id.UnpackMetadataUpdateEvent(r.Logs[0]); err != nil || mu.TokenId.Int64() != 2 {
		t.Fatalf("MetadataUpdate %+v, %v", mu, err)
	}
	for _, c := range []struct {
		iface [4]byte
		want  bool
	}{{[4]byte{0x49, 0x06, 0x49, 0x06}, true}, {[4]byte{0x5b, 0x5e, 0x13, 0x9f}, true}, {[4]byte{0xde, 0xad, 0xbe, 0xef}, false}} {
		if got := te.Call(e, e.Identity, id.PackSupportsInterface(c.iface), id.UnpackSupportsInterface); got != c.want {
			t.Fatalf("supportsInterface(%x) = %v", c.iface, got)
		}
	}

	e.Must(a, e.Identity, nil, id.PackApprove(approved.Addr, two))
	e.Must(a, e.Identity, nil, id.PackSetApprovalForAll(operator.Addr, true))
	for _, c := range []struct {
		who  common.Address
		want bool
	}{{a.Addr, true}, {approved.Addr, true}, {operator.Addr, true}, {other.Addr, false}} {
		if got := te.Call(e, e.Identity, id.PackIsAuthorizedOrOwner(c.who, two), id.UnpackIsAuthorizedOrOwner); got != c.want {
			t.Fatalf("isAuthorizedOrOwner(%s) = %v", c.who, got)
		}
	}
	_, err = bind.Call(e.Identity, &bind.CallOpts{Context: e.Ctx}, id.PackIsAuthorizedOrOwner(a.Addr, big.NewInt(9)), id.UnpackIsAuthorizedOrOwner)
	e.Reverts(err, "UnknownAgent")
}
