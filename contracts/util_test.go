package contracts_test

import (
	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	te "github.com/mycel-network/mycel/internal/testenv"
)

// bind2Call runs a raw eth_call (for functions without return values).
func bind2Call(e *te.Env, to common.Address, data []byte) ([]byte, error) {
	return e.Client.CallContract(e.Ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
}

// bind2Deploy deploys a contract without constructor arguments from the deployer.
func bind2Deploy(e *te.Env, bin string) (common.Address, *types.Transaction, error) {
	auth := bind.NewKeyedTransactor(e.Deployer.Key, e.ChainID)
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bin), e.Client, nil)
	if err != nil {
		return addr, tx, err
	}
	e.Sim.Commit()
	_, err = bind.WaitDeployed(e.Ctx, e.Client, tx.Hash())
	return addr, tx, err
}
