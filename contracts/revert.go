package contracts

import (
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/mycel-network/mycel/contracts/bindings"
)

var errorABIs = func() []*abi.ABI {
	var out []*abi.ABI
	for _, m := range []*struct{ a string }{
		{bindings.RollupMetaData.ABI}, {bindings.StakingRegistryMetaData.ABI}, {bindings.SlasherMetaData.ABI},
		{bindings.RewardPoolMetaData.ABI}, {bindings.AgentIdentityRegistryMetaData.ABI}, {bindings.TestVerifierMetaData.ABI},
		{bindings.ReputationRegistryMetaData.ABI}, {bindings.NodeBountyMetaData.ABI}, {bindings.BLSRegistryMetaData.ABI},
		{bindings.L2CryptoMetaData.ABI},
	} {
		a, err := abi.JSON(strings.NewReader(m.a))
		if err != nil {
			panic(err)
		}
		out = append(out, &a)
	}
	return out
}()

// RevertData extracts the revert data carried by an error from an L1
// client (eth_call or eth_estimateGas), or nil.
func RevertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	switch d := de.ErrorData().(type) {
	case string:
		return common.FromHex(d)
	case []byte:
		return d
	}
	return nil
}

// RevertName names a revert: the custom error's name from any mycel
// contract ("NoQuorum"), the reason of a require ("Error: bad config"), or
// "" if err carries no revert data.
func RevertName(err error) string {
	data := RevertData(err)
	if len(data) < 4 {
		if err != nil && strings.Contains(err.Error(), "execution reverted") {
			return "revert without data"
		}
		return ""
	}
	if reason, uerr := abi.UnpackRevert(data); uerr == nil {
		return "Error: " + reason
	}
	for _, a := range errorABIs {
		for name, e := range a.Errors {
			if [4]byte(e.ID[:4]) == [4]byte(data[:4]) {
				return name
			}
		}
	}
	return fmt.Sprintf("unknown error 0x%x", data[:4])
}
