package agent

import (
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestNodeRegistrationRoundTrip(t *testing.T) {
	reg := common.HexToAddress("0x8004A169FB4a3325136EB29fA0ceB6D2e539a432")
	f, err := NewNodeRegistration(NodeRegistration{
		Name: "node-7", RPC: "https://rpc.example.org:8545",
		P2P:     "/ip4/203.0.113.7/tcp/26656/p2p/12D3KooWRBhwfeP2Y4TCx1SM6s9rUoHhR5STiGwxBhgFRcw3UERE",
		AgentID: big.NewInt(42), IdentityChainID: 1, IdentityRegistry: reg,
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	// The draft's field names, as an ERC-8004 indexer reads them.
	var raw map[string]any
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"type", "name", "description", "services", "x402Support", "active", "registrations", "supportedTrust"} {
		if _, ok := raw[k]; !ok {
			t.Fatalf("registration file lacks %q: %s", k, b)
		}
	}
	if !strings.Contains(string(b), `"agentRegistry":"eip155:1:`+reg.Hex()+`"`) || !strings.Contains(string(b), `"agentId":42`) {
		t.Fatalf("registrations: %s", b)
	}
	got, err := ParseRegistration(b)
	if err != nil {
		t.Fatal(err)
	}
	if rpc, _ := got.Service(ServiceJSONRPC); rpc != "https://rpc.example.org:8545" || got.X402Support {
		t.Fatalf("parsed %+v", got)
	}
}

// TestRegistrationRejects: what a lying or broken registration file gets.
func TestRegistrationRejects(t *testing.T) {
	ok := func() *RegistrationFile {
		f, err := NewNodeRegistration(NodeRegistration{Name: "n", RPC: "http://127.0.0.1:8545"})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	for name, mod := range map[string]func(f *RegistrationFile){
		"wrong type":       func(f *RegistrationFile) { f.Type = "https://eips.ethereum.org/EIPS/eip-8004#registration-v0" },
		"no name":          func(f *RegistrationFile) { f.Name = " " },
		"long description": func(f *RegistrationFile) { f.Description = strings.Repeat("x", 4096) },
		"rpc not a URL":    func(f *RegistrationFile) { f.Services[0].Endpoint = "javascript:alert(1)" },
		"relative rpc":     func(f *RegistrationFile) { f.Services[0].Endpoint = "/rpc" },
		"empty endpoint":   func(f *RegistrationFile) { f.Services[0].Endpoint = "" },
		"p2p without peer": func(f *RegistrationFile) {
			f.Services = append(f.Services, Service{Name: ServiceLibp2p, Endpoint: "/ip4/1.2.3.4/tcp/1"})
		},
		"bad registry name": func(f *RegistrationFile) {
			f.Registrations = []Registration{{AgentID: big.NewInt(1), AgentRegistry: "0x8004"}}
		},
		"no agent id": func(f *RegistrationFile) {
			f.Registrations = []Registration{{AgentRegistry: RegistryName(1, common.Address{1})}}
		},
		"unknown trust":     func(f *RegistrationFile) { f.SupportedTrust = append(f.SupportedTrust, "vibes") },
		"too many services": func(f *RegistrationFile) { f.Services = make([]Service, 33) },
		"chain id not a num": func(f *RegistrationFile) {
			f.Registrations = []Registration{{AgentID: big.NewInt(1), AgentRegistry: "eip155:x:" + common.Address{1}.Hex()}}
		},
	} {
		f := ok()
		mod(f)
		if err := f.Validate(); !errors.Is(err, ErrBadRegistration) {
			t.Fatalf("%s: %v", name, err)
		}
		b, _ := json.Marshal(f)
		if _, err := ParseRegistration(b); !errors.Is(err, ErrBadRegistration) {
			t.Fatalf("%s: parse: %v", name, err)
		}
	}
	if _, err := ParseRegistration([]byte("{")); !errors.Is(err, ErrBadRegistration) {
		t.Fatalf("truncated JSON: %v", err)
	}
	if _, err := ParseRegistration(make([]byte, MaxRegistrationBytes+1)); !errors.Is(err, ErrBadRegistration) {
		t.Fatalf("oversized: %v", err)
	}
}
