package contracts_test

import (
	"math/big"
	"testing"

	"github.com/mycel-network/mycel/contracts/bindings"
	te "github.com/mycel-network/mycel/internal/testenv"
)

func TestAgentIdentityRegistry(t *testing.T) {
	e := te.New(t, 3, nil)
	defer e.Close()
	a, b, c := e.Users[0], e.Users[1], e.Users[2]
	id := e.IdentityABI
	e.Must(a, e.Identity, nil, id.PackRegister0("ipfs://a.json", []bindings.AgentIdentityRegistryMetadataEntry{{MetadataKey: "agentWallet", MetadataValue: a.Addr.Bytes()}}))
	one := big.NewInt(1)
	if got := te.Call(e, e.Identity, id.PackGetMetadata(one, "agentWallet"), id.UnpackGetMetadata); string(got) != string(a.Addr.Bytes()) {
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
