// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// AgentIdentityRegistryMetadataEntry is an auto generated low-level Go binding around an user-defined struct.
type AgentIdentityRegistryMetadataEntry struct {
	MetadataKey   string
	MetadataValue []byte
}

// BatchHeader is an auto generated low-level Go binding around an user-defined struct.
type BatchHeader struct {
	ChainId        uint64
	BatchIndex     uint64
	PrevRoot       [32]byte
	NewRoot        [32]byte
	FirstBlock     uint64
	LastBlock      uint64
	DepositStart   uint64
	DepositEnd     uint64
	DataCommitment [32]byte
}

// CometVote is an auto generated low-level Go binding around an user-defined struct.
type CometVote struct {
	MsgType      uint8
	Height       uint64
	Round        uint32
	BlockKey     [32]byte
	ChainIdHash  [32]byte
	ChainIdStart *big.Int
	ChainIdEnd   *big.Int
}

// EdDSASignature is an auto generated low-level Go binding around an user-defined struct.
type EdDSASignature struct {
	Rx *big.Int
	Ry *big.Int
	S  *big.Int
}

// NodeBountyBounty is an auto generated low-level Go binding around an user-defined struct.
type NodeBountyBounty struct {
	Poster         common.Address
	Start          *big.Int
	End            *big.Int
	RewardPerBatch *big.Int
	Remaining      *big.Int
	Claims         uint32
	MinStake       *big.Int
	Seats          uint32
	Taken          uint32
	Kind           uint8
	Cancelled      bool
	NoticePeriod   *big.Int
	Reclaimable    *big.Int
	Escrow         *big.Int
	AgentId        *big.Int
}

// NodeBountyReputation is an auto generated low-level Go binding around an user-defined struct.
type NodeBountyReputation struct {
	Registry    common.Address
	Clients     []common.Address
	Tag1        string
	Tag2        string
	MinValue    *big.Int
	MinDecimals uint8
}

// NodeBountySeat is an auto generated low-level Go binding around an user-defined struct.
type NodeBountySeat struct {
	Operator    common.Address
	JoinedAt    *big.Int
	LeftAt      *big.Int
	Owed        *big.Int
	Earned      *big.Int
	PaidBatches uint32
	FromClaims  uint32
	FromPaid    uint32
	LeftClaims  uint32
	LeftPaid    uint32
}

// NodeBountyTerms is an auto generated low-level Go binding around an user-defined struct.
type NodeBountyTerms struct {
	RewardPerBatch *big.Int
	MinStake       *big.Int
	Seats          uint32
	Kind           uint8
	Start          uint64
	End            uint64
	NoticePeriod   uint64
	Reputation     NodeBountyReputation
}

// RollupConfig is an auto generated low-level Go binding around an user-defined struct.
type RollupConfig struct {
	L2ChainId         uint64
	GenesisRoot       [32]byte
	TreeDepth         uint8
	DepositDeadline   uint64
	ProofWindow       uint64
	EscapePeriod      uint64
	GenesisKeys       [][32]byte
	GenesisSupplyGwei uint64
}

// StakingRegistryOperator is an auto generated low-level Go binding around an user-defined struct.
type StakingRegistryOperator struct {
	Signer       common.Address
	Kind         uint8
	Jailed       bool
	AgentId      *big.Int
	Bonded       *big.Int
	Unbonding    *big.Int
	UnbondingEnd uint64
	Withdrawable *big.Int
}

// AgentIdentityRegistryMetaData contains all meta data concerning the AgentIdentityRegistry contract.
var AgentIdentityRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlineExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"DeadlineTooFar\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidWalletSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotOwnerNorApproved\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReservedKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"UnknownAgent\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"UnsafeRecipient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongFrom\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"approved\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"ApprovalForAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"indexedMetadataKey\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"metadataKey\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"metadataValue\",\"type\":\"bytes\"}],\"name\":\"MetadataSet\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"_tokenId\",\"type\":\"uint256\"}],\"name\":\"MetadataUpdate\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"agentURI\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"Registered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"newURI\",\"type\":\"string\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"updatedBy\",\"type\":\"address\"}],\"name\":\"URIUpdated\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"AGENT_WALLET_KEY\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"AGENT_WALLET_SET_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_DEADLINE_DELAY\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"}],\"name\":\"agentWalletDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"getAgentWallet\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataKey\",\"type\":\"string\"}],\"name\":\"getMetadata\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"isAuthorized\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"isAuthorizedOrOwner\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"agentURI\",\"type\":\"string\"},{\"components\":[{\"internalType\":\"string\",\"name\":\"metadataKey\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"metadataValue\",\"type\":\"bytes\"}],\"internalType\":\"structAgentIdentityRegistry.MetadataEntry[]\",\"name\":\"metadata\",\"type\":\"tuple[]\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"agentURI\",\"type\":\"string\"}],\"name\":\"register\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"safeTransferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"newURI\",\"type\":\"string\"}],\"name\":\"setAgentURI\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"newWallet\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"deadline\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"signature\",\"type\":\"bytes\"}],\"name\":\"setAgentWallet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"metadataKey\",\"type\":\"string\"},{\"internalType\":\"bytes\",\"name\":\"metadataValue\",\"type\":\"bytes\"}],\"name\":\"setMetadata\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes4\",\"name\":\"id\",\"type\":\"bytes4\"}],\"name\":\"supportsInterface\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"tokenURI\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalAgents\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"unsetAgentWallet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "AgentIdentityRegistry",
	Bin: "0x6080604052348015600e575f5ffd5b506122f68061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106101c5575f3560e01c806370a08231116100fe578063c50537121161009e578063d95e72be1161006e578063d95e72be14610437578063dbce4ce91461044a578063e985e9c514610471578063f2c298be146104ac575f5ffd5b8063c5053712146103df578063c5df39af146103e7578063c87b56dd14610411578063cb4799f214610424575f5ffd5b806395d89b41116100d957806395d89b411461036a578063a22cb465146103a6578063a85e5f55146103b9578063b88d4fde146103cc575f5ffd5b806370a082311461033b5780637b93b2341461034e5780638ea4228614610357575f5ffd5b806323b872dd116101695780633fddcf19116101445780633fddcf19146102ef57806342842e0e14610302578063466648da146103155780636352211e14610328575f5ffd5b806323b872dd146102b65780632972b0f0146102c95780632d1ef5ae146102dc575f5ffd5b8063081812fc116101a4578063081812fc14610265578063095ea7b3146102785780630af28bd31461028d5780631aa3a008146102a0575f5ffd5b8062339509146101c957806301ffc9a7146101f957806306fdde031461021c575b5f5ffd5b6101dc6101d73660046119f6565b6104bf565b6040516001600160a01b0390911681526020015b60405180910390f35b61020c610207366004611a22565b6104e5565b60405190151581526020016101f0565b6102586040518060400160405280601481526020017f6d7963656c206167656e74206964656e7469747900000000000000000000000081525081565b6040516101f09190611a6b565b6101dc6102733660046119f6565b6105b5565b61028b610286366004611a93565b6105db565b005b61028b61029b366004611b00565b61069c565b6102a861073b565b6040519081526020016101f0565b61028b6102c4366004611b48565b610758565b61020c6102d7366004611a93565b6108b0565b61028b6102ea366004611b82565b610944565b61028b6102fd3660046119f6565b610c64565b61028b610310366004611b48565b610c7a565b61028b610323366004611be5565b610c99565b6101dc6103363660046119f6565b610d96565b6102a8610349366004611c41565b610dec565b6102a861012c81565b6102a8610365366004611c5a565b610e2f565b6102586040518060400160405280600581526020017f4147454e5400000000000000000000000000000000000000000000000000000081525081565b61028b6103b4366004611cf6565b611083565b6102a86103c7366004611d2f565b6110ee565b61028b6103da366004611d84565b611250565b6102a85f5481565b6102586040518060400160405280600b81526020016a1859d95b9d15d85b1b195d60aa1b81525081565b61025861041f3660046119f6565b61135a565b610258610432366004611b00565b611401565b61020c610445366004611a93565b611570565b6102a87f678b53cd718d595370ab070ebf48edfdcd834beac116bf23e625fc7f4d5b7d3281565b61020c61047f366004611e61565b6001600160a01b039182165f90815260046020908152604080832093909416825291909152205460ff1690565b6102a86104ba366004611e92565b611585565b5f6104c982610d96565b50505f908152600760205260409020546001600160a01b031690565b5f7f01ffc9a7000000000000000000000000000000000000000000000000000000006001600160e01b03198316148061054757507f80ac58cd000000000000000000000000000000000000000000000000000000006001600160e01b03198316145b8061057b57507f5b5e139f000000000000000000000000000000000000000000000000000000006001600160e01b03198316145b806105af57507f49064906000000000000000000000000000000000000000000000000000000006001600160e01b03198316145b92915050565b5f6105bf82610d96565b50505f908152600360205260409020546001600160a01b031690565b5f6105e582610d96565b9050336001600160a01b0382161480159061062357506001600160a01b0381165f90815260046020908152604080832033845290915290205460ff16155b156106415760405163096dcfe360e31b815260040160405180910390fd5b5f8281526003602052604080822080546001600160a01b0319166001600160a01b0387811691821790925591518593918516917f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b92591a4505050565b6106a5836115c4565b505f8381526005602052604090206106be828483611f54565b506040518381527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a1336001600160a01b0316837f3a2c7fffc2cba7582c690e3b82c453ea02a308326a98a3ad7576c606336409fb848460405161072e929190612036565b60405180910390a3505050565b5f61075360405180602001604052805f81525061164c565b905090565b5f610762826115c4565b9050836001600160a01b0316816001600160a01b0316146107af576040517fc6de3f2500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0383166107d65760405163d92e233d60e01b815260040160405180910390fd5b5f82815260036020526040902080546001600160a01b03191690556107fa82611851565b6001600160a01b0384165f90815260026020526040812080546001929061082290849061205d565b90915550506001600160a01b0383165f90815260026020526040812080546001929061084f908490612070565b90915550505f8281526001602052604080822080546001600160a01b0319166001600160a01b0387811691821790925591518593918816917fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef91a450505050565b5f818152600160205260408120546001600160a01b0316806108d5575f9150506105af565b806001600160a01b0316846001600160a01b0316148061090d57505f838152600360205260409020546001600160a01b038581169116145b8061093c57506001600160a01b038082165f9081526004602090815260408083209388168352929052205460ff165b949350505050565b5f61094e866115c4565b90506001600160a01b0385166109775760405163d92e233d60e01b815260040160405180910390fd5b834211156109b9576040517fbc3088ef000000000000000000000000000000000000000000000000000000008152600481018590526024015b60405180910390fd5b6109c561012c42612070565b841115610a01576040517f5011ebad000000000000000000000000000000000000000000000000000000008152600481018590526024016109b0565b5f610a0e878784886110ee565b9050856001600160a01b0316610a25828686611921565b6001600160a01b031614610b6a57856001600160a01b03163b5f03610a5d57604051630f42e6ed60e41b815260040160405180910390fd5b5f5f876001600160a01b0316838787604051602401610a7e93929190612083565b60408051601f198184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16630b135d3f60e11b17905251610ac891906120bc565b5f60405180830381855afa9150503d805f8114610b00576040519150601f19603f3d011682016040523d82523d5f602084013e610b05565b606091505b5091509150811580610b18575060208151105b80610b4957508051630b135d3f60e11b90610b3c90830160209081019084016120c7565b6001600160e01b03191614155b15610b6757604051630f42e6ed60e41b815260040160405180910390fd5b50505b5f8781526007602090815260409182902080546001600160a01b0319166001600160a01b038a1617905581518083018352600b81526a1859d95b9d15d85b1b195d60aa1b918101919091529051610bc191906120bc565b6040518091039020877f2c149ed548c6d2993cd73efe187df6eccabe4538091b33adbd25fafdb8a1468b6040518060400160405280600b81526020016a1859d95b9d15d85b1b195d60aa1b81525089604051602001610c38919060609190911b6bffffffffffffffffffffffff1916815260140190565b60408051601f1981840301815290829052610c5392916120e2565b60405180910390a350505050505050565b610c6d816115c4565b50610c7781611851565b50565b610c9483838360405180602001604052805f815250611250565b505050565b610ca2856115c4565b507f2ac6109326e720d1435c0db66f7e35eda7839f52b6f1f5520a60788e132b4e398484604051610cd4929190612106565b604051809103902003610cfa57604051632857c5b160e11b815260040160405180910390fd5b818160065f8881526020019081526020015f208686604051610d1d929190612106565b90815260200160405180910390209182610d38929190611f54565b508383604051610d49929190612106565b6040518091039020857f2c149ed548c6d2993cd73efe187df6eccabe4538091b33adbd25fafdb8a1468b86868686604051610d879493929190612115565b60405180910390a35050505050565b5f818152600160205260409020546001600160a01b031680610de7576040517f7b65190b000000000000000000000000000000000000000000000000000000008152600481018390526024016109b0565b919050565b5f6001600160a01b038216610e145760405163d92e233d60e01b815260040160405180910390fd5b506001600160a01b03165f9081526002602052604090205490565b5f610e6e85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061164c92505050565b90505f5b8281101561107a577f2ac6109326e720d1435c0db66f7e35eda7839f52b6f1f5520a60788e132b4e39848483818110610ead57610ead612146565b9050602002810190610ebf919061215a565b610ec99080612178565b604051610ed7929190612106565b604051809103902003610efd57604051632857c5b160e11b815260040160405180910390fd5b838382818110610f0f57610f0f612146565b9050602002810190610f21919061215a565b610f2f906020810190612178565b5f848152600660205260409020868685818110610f4e57610f4e612146565b9050602002810190610f60919061215a565b610f6a9080612178565b604051610f78929190612106565b90815260200160405180910390209182610f93929190611f54565b50838382818110610fa657610fa6612146565b9050602002810190610fb8919061215a565b610fc29080612178565b604051610fd0929190612106565b6040518091039020827f2c149ed548c6d2993cd73efe187df6eccabe4538091b33adbd25fafdb8a1468b86868581811061100c5761100c612146565b905060200281019061101e919061215a565b6110289080612178565b88888781811061103a5761103a612146565b905060200281019061104c919061215a565b61105a906020810190612178565b60405161106a9493929190612115565b60405180910390a3600101610e72565b50949350505050565b335f8181526004602090815260408083206001600160a01b03871680855290835292819020805460ff191686151590811790915590519081529192917f17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31910160405180910390a35050565b604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f6020808301919091527f14eb7e73a4b0db4b1973a43b32259ba95ca226af62ef495be78e00eba5734683828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a0808401919091528351808403909101815260c0830184528051908201207f678b53cd718d595370ab070ebf48edfdcd834beac116bf23e625fc7f4d5b7d3260e08401526101008301979097526001600160a01b03958616610120830152939094166101408501526101608085019290925280518085039092018252610180840181528151918301919091207f19010000000000000000000000000000000000000000000000000000000000006101a08501526101a28401949094526101c280840194909452805180840390940184526101e2909201909152815191012090565b61125b848484610758565b6001600160a01b0383163b15611354576040517f150b7a020000000000000000000000000000000000000000000000000000000081526001600160a01b0384169063150b7a02906112b69033908890879087906004016121bb565b6020604051808303815f875af11580156112d2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112f691906120c7565b7bffffffffffffffffffffffffffffffffffffffffffffffffffffffff191663150b7a0260e01b14611354576040517f3da6393100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050565b606061136582610d96565b505f828152600560205260409020805461137e90611ed1565b80601f01602080910402602001604051908101604052809291908181526020018280546113aa90611ed1565b80156113f55780601f106113cc576101008083540402835291602001916113f5565b820191905f5260205f20905b8154815290600101906020018083116113d857829003601f168201915b50505050509050919050565b606061140c84610d96565b507f2ac6109326e720d1435c0db66f7e35eda7839f52b6f1f5520a60788e132b4e39838360405161143e929190612106565b6040518091039020036114b3575f848152600760205260409020546001600160a01b0316801561149b576040516bffffffffffffffffffffffff19606083901b1660208201526034016040516020818303038152906040526114ab565b60405180602001604052805f8152505b915050611569565b5f848152600660205260409081902090516114d19085908590612106565b908152602001604051809103902080546114ea90611ed1565b80601f016020809104026020016040519081016040528092919081815260200182805461151690611ed1565b80156115615780601f1061153857610100808354040283529160200191611561565b820191905f5260205f20905b81548152906001019060200180831161154457829003601f168201915b505050505090505b9392505050565b5f61157a82610d96565b5061156983836108b0565b5f61156983838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061164c92505050565b5f6115ce82610d96565b9050336001600160a01b038216148015906115ff57505f828152600360205260409020546001600160a01b03163314155b801561162e57506001600160a01b0381165f90815260046020908152604080832033845290915290205460ff16155b15610de75760405163096dcfe360e31b815260040160405180910390fd5b5f5f5f815461165a906121fb565b91829055505f81815260016020818152604080842080546001600160a01b03191633908117909155845260029091528220805493945090929091906116a0908490612070565b90915550505f8181526005602052604090206116bc8382612213565b505f8181526007602052604080822080546001600160a01b0319163390811790915590518392907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef908290a4815115611743576040518181527ff8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce79060200160405180910390a15b336001600160a01b0316817fca52e62c367d81bb2e328eb795f7c7ba24afb478408a26c0e201d155c449bc4a8460405161177d9190611a6b565b60405180910390a3604080518082018252600b81526a1859d95b9d15d85b1b195d60aa1b602082015290516117b291906120bc565b6040518091039020817f2c149ed548c6d2993cd73efe187df6eccabe4538091b33adbd25fafdb8a1468b6040518060400160405280600b81526020016a1859d95b9d15d85b1b195d60aa1b81525033604051602001611829919060609190911b6bffffffffffffffffffffffff1916815260140190565b60408051601f198184030181529082905261184492916120e2565b60405180910390a3919050565b5f818152600760205260409020546001600160a01b031661186f5750565b5f8181526007602090815260409182902080546001600160a01b031916905581518083018352600b81526a1859d95b9d15d85b1b195d60aa1b9181019190915290516118bb91906120bc565b6040518091039020817f2c149ed548c6d2993cd73efe187df6eccabe4538091b33adbd25fafdb8a1468b6040518060400160405280600b81526020016a1859d95b9d15d85b1b195d60aa1b81525060405161191691906122ce565b60405180910390a350565b5f6041821461193157505f611569565b8235602084013560408501355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082118061198057508060ff16601b1415801561198057508060ff16601c14155b15611990575f9350505050611569565b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156119e0573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b5f60208284031215611a06575f5ffd5b5035919050565b6001600160e01b031981168114610c77575f5ffd5b5f60208284031215611a32575f5ffd5b813561156981611a0d565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6115696020830184611a3d565b80356001600160a01b0381168114610de7575f5ffd5b5f5f60408385031215611aa4575f5ffd5b611aad83611a7d565b946020939093013593505050565b5f5f83601f840112611acb575f5ffd5b50813567ffffffffffffffff811115611ae2575f5ffd5b602083019150836020828501011115611af9575f5ffd5b9250929050565b5f5f5f60408486031215611b12575f5ffd5b83359250602084013567ffffffffffffffff811115611b2f575f5ffd5b611b3b86828701611abb565b9497909650939450505050565b5f5f5f60608486031215611b5a575f5ffd5b611b6384611a7d565b9250611b7160208501611a7d565b929592945050506040919091013590565b5f5f5f5f5f60808688031215611b96575f5ffd5b85359450611ba660208701611a7d565b935060408601359250606086013567ffffffffffffffff811115611bc8575f5ffd5b611bd488828901611abb565b969995985093965092949392505050565b5f5f5f5f5f60608688031215611bf9575f5ffd5b85359450602086013567ffffffffffffffff811115611c16575f5ffd5b611c2288828901611abb565b909550935050604086013567ffffffffffffffff811115611bc8575f5ffd5b5f60208284031215611c51575f5ffd5b61156982611a7d565b5f5f5f5f60408587031215611c6d575f5ffd5b843567ffffffffffffffff811115611c83575f5ffd5b611c8f87828801611abb565b909550935050602085013567ffffffffffffffff811115611cae575f5ffd5b8501601f81018713611cbe575f5ffd5b803567ffffffffffffffff811115611cd4575f5ffd5b8760208260051b8401011115611ce8575f5ffd5b949793965060200194505050565b5f5f60408385031215611d07575f5ffd5b611d1083611a7d565b915060208301358015158114611d24575f5ffd5b809150509250929050565b5f5f5f5f60808587031215611d42575f5ffd5b84359350611d5260208601611a7d565b9250611d6060408601611a7d565b9396929550929360600135925050565b634e487b7160e01b5f52604160045260245ffd5b5f5f5f5f60808587031215611d97575f5ffd5b611da085611a7d565b9350611dae60208601611a7d565b925060408501359150606085013567ffffffffffffffff811115611dd0575f5ffd5b8501601f81018713611de0575f5ffd5b803567ffffffffffffffff811115611dfa57611dfa611d70565b604051601f8201601f19908116603f0116810167ffffffffffffffff81118282101715611e2957611e29611d70565b604052818152828201602001891015611e40575f5ffd5b816020840160208301375f6020838301015280935050505092959194509250565b5f5f60408385031215611e72575f5ffd5b611e7b83611a7d565b9150611e8960208401611a7d565b90509250929050565b5f5f60208385031215611ea3575f5ffd5b823567ffffffffffffffff811115611eb9575f5ffd5b611ec585828601611abb565b90969095509350505050565b600181811c90821680611ee557607f821691505b602082108103611f0357634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115610c9457805f5260205f20601f840160051c81016020851015611f2e5750805b601f840160051c820191505b81811015611f4d575f8155600101611f3a565b5050505050565b67ffffffffffffffff831115611f6c57611f6c611d70565b611f8083611f7a8354611ed1565b83611f09565b5f601f841160018114611fb1575f8515611f9a5750838201355b5f19600387901b1c1916600186901b178355611f4d565b5f83815260208120601f198716915b82811015611fe05786850135825560209485019460019092019101611fc0565b5086821015611ffc575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b602081525f61093c60208301848661200e565b634e487b7160e01b5f52601160045260245ffd5b818103818111156105af576105af612049565b808201808211156105af576105af612049565b838152604060208201525f61209c60408301848661200e565b95945050505050565b5f81518060208401855e5f93019283525090919050565b5f61156982846120a5565b5f602082840312156120d7575f5ffd5b815161156981611a0d565b604081525f6120f46040830185611a3d565b828103602084015261209c8185611a3d565b818382375f9101908152919050565b604081525f61212860408301868861200e565b828103602084015261213b81858761200e565b979650505050505050565b634e487b7160e01b5f52603260045260245ffd5b5f8235603e1983360301811261216e575f5ffd5b9190910192915050565b5f5f8335601e1984360301811261218d575f5ffd5b83018035915067ffffffffffffffff8211156121a7575f5ffd5b602001915036819003821315611af9575f5ffd5b6001600160a01b03851681526001600160a01b0384166020820152826040820152608060608201525f6121f16080830184611a3d565b9695505050505050565b5f6001820161220c5761220c612049565b5060010190565b815167ffffffffffffffff81111561222d5761222d611d70565b6122418161223b8454611ed1565b84611f09565b6020601f821160018114612273575f831561225c5750848201515b5f19600385901b1c1916600184901b178455611f4d565b5f84815260208120601f198516915b828110156122a25787850151825560209485019460019092019101612282565b50848210156122bf57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b604081525f6122e06040830184611a3d565b8281036020938401525f8152919091019291505056",
}

// AgentIdentityRegistry is an auto generated Go binding around an Ethereum contract.
type AgentIdentityRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *AgentIdentityRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewAgentIdentityRegistry creates a new instance of AgentIdentityRegistry.
func NewAgentIdentityRegistry() *AgentIdentityRegistry {
	parsed, err := AgentIdentityRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &AgentIdentityRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *AgentIdentityRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAGENTWALLETKEY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5df39af.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGENT_WALLET_KEY() view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) PackAGENTWALLETKEY() []byte {
	enc, err := agentIdentityRegistry.abi.Pack("AGENT_WALLET_KEY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGENTWALLETKEY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5df39af.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGENT_WALLET_KEY() view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackAGENTWALLETKEY() ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("AGENT_WALLET_KEY")
}

// UnpackAGENTWALLETKEY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5df39af.
//
// Solidity: function AGENT_WALLET_KEY() view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackAGENTWALLETKEY(data []byte) (string, error) {
	out, err := agentIdentityRegistry.abi.Unpack("AGENT_WALLET_KEY", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackAGENTWALLETSETTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbce4ce9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function AGENT_WALLET_SET_TYPEHASH() view returns(bytes32)
func (agentIdentityRegistry *AgentIdentityRegistry) PackAGENTWALLETSETTYPEHASH() []byte {
	enc, err := agentIdentityRegistry.abi.Pack("AGENT_WALLET_SET_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAGENTWALLETSETTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdbce4ce9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function AGENT_WALLET_SET_TYPEHASH() view returns(bytes32)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackAGENTWALLETSETTYPEHASH() ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("AGENT_WALLET_SET_TYPEHASH")
}

// UnpackAGENTWALLETSETTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdbce4ce9.
//
// Solidity: function AGENT_WALLET_SET_TYPEHASH() view returns(bytes32)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackAGENTWALLETSETTYPEHASH(data []byte) ([32]byte, error) {
	out, err := agentIdentityRegistry.abi.Unpack("AGENT_WALLET_SET_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMAXDEADLINEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b93b234.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_DEADLINE_DELAY() view returns(uint256)
func (agentIdentityRegistry *AgentIdentityRegistry) PackMAXDEADLINEDELAY() []byte {
	enc, err := agentIdentityRegistry.abi.Pack("MAX_DEADLINE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXDEADLINEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7b93b234.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_DEADLINE_DELAY() view returns(uint256)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackMAXDEADLINEDELAY() ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("MAX_DEADLINE_DELAY")
}

// UnpackMAXDEADLINEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7b93b234.
//
// Solidity: function MAX_DEADLINE_DELAY() view returns(uint256)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackMAXDEADLINEDELAY(data []byte) (*big.Int, error) {
	out, err := agentIdentityRegistry.abi.Unpack("MAX_DEADLINE_DELAY", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAgentWalletDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85e5f55.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentWalletDigest(uint256 agentId, address newWallet, address owner, uint256 deadline) view returns(bytes32)
func (agentIdentityRegistry *AgentIdentityRegistry) PackAgentWalletDigest(agentId *big.Int, newWallet common.Address, owner common.Address, deadline *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("agentWalletDigest", agentId, newWallet, owner, deadline)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentWalletDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85e5f55.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentWalletDigest(uint256 agentId, address newWallet, address owner, uint256 deadline) view returns(bytes32)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackAgentWalletDigest(agentId *big.Int, newWallet common.Address, owner common.Address, deadline *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("agentWalletDigest", agentId, newWallet, owner, deadline)
}

// UnpackAgentWalletDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa85e5f55.
//
// Solidity: function agentWalletDigest(uint256 agentId, address newWallet, address owner, uint256 deadline) view returns(bytes32)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackAgentWalletDigest(data []byte) ([32]byte, error) {
	out, err := agentIdentityRegistry.abi.Unpack("agentWalletDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 agentId) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) PackApprove(to common.Address, agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("approve", to, agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 agentId) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackApprove(to common.Address, agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("approve", to, agentId)
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentIdentityRegistry *AgentIdentityRegistry) PackBalanceOf(owner common.Address) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("balanceOf", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackBalanceOf(owner common.Address) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("balanceOf", owner)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address owner) view returns(uint256)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := agentIdentityRegistry.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetAgentWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00339509.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getAgentWallet(uint256 agentId) view returns(address)
func (agentIdentityRegistry *AgentIdentityRegistry) PackGetAgentWallet(agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("getAgentWallet", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetAgentWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x00339509.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getAgentWallet(uint256 agentId) view returns(address)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackGetAgentWallet(agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("getAgentWallet", agentId)
}

// UnpackGetAgentWallet is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x00339509.
//
// Solidity: function getAgentWallet(uint256 agentId) view returns(address)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackGetAgentWallet(data []byte) (common.Address, error) {
	out, err := agentIdentityRegistry.abi.Unpack("getAgentWallet", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 agentId) view returns(address)
func (agentIdentityRegistry *AgentIdentityRegistry) PackGetApproved(agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("getApproved", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 agentId) view returns(address)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackGetApproved(agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("getApproved", agentId)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 agentId) view returns(address)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := agentIdentityRegistry.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb4799f2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMetadata(uint256 agentId, string metadataKey) view returns(bytes)
func (agentIdentityRegistry *AgentIdentityRegistry) PackGetMetadata(agentId *big.Int, metadataKey string) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("getMetadata", agentId, metadataKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb4799f2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMetadata(uint256 agentId, string metadataKey) view returns(bytes)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackGetMetadata(agentId *big.Int, metadataKey string) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("getMetadata", agentId, metadataKey)
}

// UnpackGetMetadata is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb4799f2.
//
// Solidity: function getMetadata(uint256 agentId, string metadataKey) view returns(bytes)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackGetMetadata(data []byte) ([]byte, error) {
	out, err := agentIdentityRegistry.abi.Unpack("getMetadata", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := agentIdentityRegistry.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2972b0f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAuthorized(address who, uint256 agentId) view returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) PackIsAuthorized(who common.Address, agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("isAuthorized", who, agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAuthorized is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2972b0f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAuthorized(address who, uint256 agentId) view returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackIsAuthorized(who common.Address, agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("isAuthorized", who, agentId)
}

// UnpackIsAuthorized is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2972b0f0.
//
// Solidity: function isAuthorized(address who, uint256 agentId) view returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackIsAuthorized(data []byte) (bool, error) {
	out, err := agentIdentityRegistry.abi.Unpack("isAuthorized", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsAuthorizedOrOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd95e72be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isAuthorizedOrOwner(address spender, uint256 agentId) view returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) PackIsAuthorizedOrOwner(spender common.Address, agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("isAuthorizedOrOwner", spender, agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsAuthorizedOrOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd95e72be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isAuthorizedOrOwner(address spender, uint256 agentId) view returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackIsAuthorizedOrOwner(spender common.Address, agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("isAuthorizedOrOwner", spender, agentId)
}

// UnpackIsAuthorizedOrOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd95e72be.
//
// Solidity: function isAuthorizedOrOwner(address spender, uint256 agentId) view returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackIsAuthorizedOrOwner(data []byte) (bool, error) {
	out, err := agentIdentityRegistry.abi.Unpack("isAuthorizedOrOwner", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) PackName() []byte {
	enc, err := agentIdentityRegistry.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackName() ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackName(data []byte) (string, error) {
	out, err := agentIdentityRegistry.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 agentId) view returns(address owner)
func (agentIdentityRegistry *AgentIdentityRegistry) PackOwnerOf(agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("ownerOf", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 agentId) view returns(address owner)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackOwnerOf(agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("ownerOf", agentId)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 agentId) view returns(address owner)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := agentIdentityRegistry.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3a008.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register() returns(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) PackRegister() []byte {
	enc, err := agentIdentityRegistry.abi.Pack("register")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1aa3a008.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register() returns(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackRegister() ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("register")
}

// UnpackRegister is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1aa3a008.
//
// Solidity: function register() returns(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackRegister(data []byte) (*big.Int, error) {
	out, err := agentIdentityRegistry.abi.Unpack("register", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ea42286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string agentURI, (string,bytes)[] metadata) returns(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) PackRegister0(agentURI string, metadata []AgentIdentityRegistryMetadataEntry) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("register0", agentURI, metadata)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ea42286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string agentURI, (string,bytes)[] metadata) returns(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackRegister0(agentURI string, metadata []AgentIdentityRegistryMetadataEntry) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("register0", agentURI, metadata)
}

// UnpackRegister0 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ea42286.
//
// Solidity: function register(string agentURI, (string,bytes)[] metadata) returns(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackRegister0(data []byte) (*big.Int, error) {
	out, err := agentIdentityRegistry.abi.Unpack("register0", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRegister1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c298be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(string agentURI) returns(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) PackRegister1(agentURI string) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("register1", agentURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c298be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(string agentURI) returns(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackRegister1(agentURI string) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("register1", agentURI)
}

// UnpackRegister1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2c298be.
//
// Solidity: function register(string agentURI) returns(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackRegister1(data []byte) (*big.Int, error) {
	out, err := agentIdentityRegistry.abi.Unpack("register1", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 agentId) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) PackSafeTransferFrom(from common.Address, to common.Address, agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("safeTransferFrom", from, to, agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42842e0e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 agentId) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackSafeTransferFrom(from common.Address, to common.Address, agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("safeTransferFrom", from, to, agentId)
}

// PackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 agentId, bytes data) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) PackSafeTransferFrom0(from common.Address, to common.Address, agentId *big.Int, data []byte) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("safeTransferFrom0", from, to, agentId, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSafeTransferFrom0 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb88d4fde.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function safeTransferFrom(address from, address to, uint256 agentId, bytes data) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackSafeTransferFrom0(from common.Address, to common.Address, agentId *big.Int, data []byte) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("safeTransferFrom0", from, to, agentId, data)
}

// PackSetAgentURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af28bd3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAgentURI(uint256 agentId, string newURI) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) PackSetAgentURI(agentId *big.Int, newURI string) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("setAgentURI", agentId, newURI)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAgentURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0af28bd3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAgentURI(uint256 agentId, string newURI) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackSetAgentURI(agentId *big.Int, newURI string) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("setAgentURI", agentId, newURI)
}

// PackSetAgentWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d1ef5ae.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setAgentWallet(uint256 agentId, address newWallet, uint256 deadline, bytes signature) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) PackSetAgentWallet(agentId *big.Int, newWallet common.Address, deadline *big.Int, signature []byte) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("setAgentWallet", agentId, newWallet, deadline, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetAgentWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2d1ef5ae.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setAgentWallet(uint256 agentId, address newWallet, uint256 deadline, bytes signature) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackSetAgentWallet(agentId *big.Int, newWallet common.Address, deadline *big.Int, signature []byte) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("setAgentWallet", agentId, newWallet, deadline, signature)
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("setApprovalForAll", operator, approved)
}

// PackSetMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x466648da.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMetadata(uint256 agentId, string metadataKey, bytes metadataValue) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) PackSetMetadata(agentId *big.Int, metadataKey string, metadataValue []byte) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("setMetadata", agentId, metadataKey, metadataValue)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMetadata is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x466648da.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMetadata(uint256 agentId, string metadataKey, bytes metadataValue) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackSetMetadata(agentId *big.Int, metadataKey string, metadataValue []byte) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("setMetadata", agentId, metadataKey, metadataValue)
}

// PackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function supportsInterface(bytes4 id) pure returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) PackSupportsInterface(id [4]byte) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("supportsInterface", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSupportsInterface is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01ffc9a7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function supportsInterface(bytes4 id) pure returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackSupportsInterface(id [4]byte) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("supportsInterface", id)
}

// UnpackSupportsInterface is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01ffc9a7.
//
// Solidity: function supportsInterface(bytes4 id) pure returns(bool)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackSupportsInterface(data []byte) (bool, error) {
	out, err := agentIdentityRegistry.abi.Unpack("supportsInterface", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) PackSymbol() []byte {
	enc, err := agentIdentityRegistry.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackSymbol() ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackSymbol(data []byte) (string, error) {
	out, err := agentIdentityRegistry.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tokenURI(uint256 agentId) view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) PackTokenURI(agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("tokenURI", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTokenURI is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc87b56dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tokenURI(uint256 agentId) view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackTokenURI(agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("tokenURI", agentId)
}

// UnpackTokenURI is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc87b56dd.
//
// Solidity: function tokenURI(uint256 agentId) view returns(string)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackTokenURI(data []byte) (string, error) {
	out, err := agentIdentityRegistry.abi.Unpack("tokenURI", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalAgents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5053712.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalAgents() view returns(uint256)
func (agentIdentityRegistry *AgentIdentityRegistry) PackTotalAgents() []byte {
	enc, err := agentIdentityRegistry.abi.Pack("totalAgents")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalAgents is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc5053712.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalAgents() view returns(uint256)
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackTotalAgents() ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("totalAgents")
}

// UnpackTotalAgents is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc5053712.
//
// Solidity: function totalAgents() view returns(uint256)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackTotalAgents(data []byte) (*big.Int, error) {
	out, err := agentIdentityRegistry.abi.Unpack("totalAgents", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 agentId) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) PackTransferFrom(from common.Address, to common.Address, agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("transferFrom", from, to, agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 agentId) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackTransferFrom(from common.Address, to common.Address, agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("transferFrom", from, to, agentId)
}

// PackUnsetAgentWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fddcf19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unsetAgentWallet(uint256 agentId) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) PackUnsetAgentWallet(agentId *big.Int) []byte {
	enc, err := agentIdentityRegistry.abi.Pack("unsetAgentWallet", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnsetAgentWallet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3fddcf19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unsetAgentWallet(uint256 agentId) returns()
func (agentIdentityRegistry *AgentIdentityRegistry) TryPackUnsetAgentWallet(agentId *big.Int) ([]byte, error) {
	return agentIdentityRegistry.abi.Pack("unsetAgentWallet", agentId)
}

// AgentIdentityRegistryApproval represents a Approval event raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryApproval struct {
	Owner    common.Address
	Approved common.Address
	TokenId  *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentIdentityRegistryApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (AgentIdentityRegistryApproval) ContractEventName() string {
	return AgentIdentityRegistryApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackApprovalEvent(log *types.Log) (*AgentIdentityRegistryApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentIdentityRegistryApproval)
	if len(log.Data) > 0 {
		if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentIdentityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentIdentityRegistryApprovalForAll represents a ApprovalForAll event raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryApprovalForAll struct {
	Owner    common.Address
	Operator common.Address
	Approved bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentIdentityRegistryApprovalForAllEventName = "ApprovalForAll"

// ContractEventName returns the user-defined event name.
func (AgentIdentityRegistryApprovalForAll) ContractEventName() string {
	return AgentIdentityRegistryApprovalForAllEventName
}

// UnpackApprovalForAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ApprovalForAll(address indexed owner, address indexed operator, bool approved)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackApprovalForAllEvent(log *types.Log) (*AgentIdentityRegistryApprovalForAll, error) {
	event := "ApprovalForAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentIdentityRegistryApprovalForAll)
	if len(log.Data) > 0 {
		if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentIdentityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentIdentityRegistryMetadataSet represents a MetadataSet event raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryMetadataSet struct {
	AgentId            *big.Int
	IndexedMetadataKey common.Hash
	MetadataKey        string
	MetadataValue      []byte
	Raw                *types.Log // Blockchain specific contextual infos
}

const AgentIdentityRegistryMetadataSetEventName = "MetadataSet"

// ContractEventName returns the user-defined event name.
func (AgentIdentityRegistryMetadataSet) ContractEventName() string {
	return AgentIdentityRegistryMetadataSetEventName
}

// UnpackMetadataSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataSet(uint256 indexed agentId, string indexed indexedMetadataKey, string metadataKey, bytes metadataValue)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackMetadataSetEvent(log *types.Log) (*AgentIdentityRegistryMetadataSet, error) {
	event := "MetadataSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentIdentityRegistryMetadataSet)
	if len(log.Data) > 0 {
		if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentIdentityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentIdentityRegistryMetadataUpdate represents a MetadataUpdate event raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryMetadataUpdate struct {
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentIdentityRegistryMetadataUpdateEventName = "MetadataUpdate"

// ContractEventName returns the user-defined event name.
func (AgentIdentityRegistryMetadataUpdate) ContractEventName() string {
	return AgentIdentityRegistryMetadataUpdateEventName
}

// UnpackMetadataUpdateEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MetadataUpdate(uint256 _tokenId)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackMetadataUpdateEvent(log *types.Log) (*AgentIdentityRegistryMetadataUpdate, error) {
	event := "MetadataUpdate"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentIdentityRegistryMetadataUpdate)
	if len(log.Data) > 0 {
		if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentIdentityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentIdentityRegistryRegistered represents a Registered event raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryRegistered struct {
	AgentId  *big.Int
	AgentURI string
	Owner    common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const AgentIdentityRegistryRegisteredEventName = "Registered"

// ContractEventName returns the user-defined event name.
func (AgentIdentityRegistryRegistered) ContractEventName() string {
	return AgentIdentityRegistryRegisteredEventName
}

// UnpackRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Registered(uint256 indexed agentId, string agentURI, address indexed owner)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackRegisteredEvent(log *types.Log) (*AgentIdentityRegistryRegistered, error) {
	event := "Registered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentIdentityRegistryRegistered)
	if len(log.Data) > 0 {
		if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentIdentityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentIdentityRegistryTransfer represents a Transfer event raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryTransfer struct {
	From    common.Address
	To      common.Address
	TokenId *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const AgentIdentityRegistryTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (AgentIdentityRegistryTransfer) ContractEventName() string {
	return AgentIdentityRegistryTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 indexed tokenId)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackTransferEvent(log *types.Log) (*AgentIdentityRegistryTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentIdentityRegistryTransfer)
	if len(log.Data) > 0 {
		if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentIdentityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// AgentIdentityRegistryURIUpdated represents a URIUpdated event raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryURIUpdated struct {
	AgentId   *big.Int
	NewURI    string
	UpdatedBy common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const AgentIdentityRegistryURIUpdatedEventName = "URIUpdated"

// ContractEventName returns the user-defined event name.
func (AgentIdentityRegistryURIUpdated) ContractEventName() string {
	return AgentIdentityRegistryURIUpdatedEventName
}

// UnpackURIUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event URIUpdated(uint256 indexed agentId, string newURI, address indexed updatedBy)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackURIUpdatedEvent(log *types.Log) (*AgentIdentityRegistryURIUpdated, error) {
	event := "URIUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != agentIdentityRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(AgentIdentityRegistryURIUpdated)
	if len(log.Data) > 0 {
		if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range agentIdentityRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], agentIdentityRegistry.abi.Errors["DeadlineExpired"].ID.Bytes()[:4]) {
		return agentIdentityRegistry.UnpackDeadlineExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentIdentityRegistry.abi.Errors["DeadlineTooFar"].ID.Bytes()[:4]) {
		return agentIdentityRegistry.UnpackDeadlineTooFarError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentIdentityRegistry.abi.Errors["InvalidWalletSignature"].ID.Bytes()[:4]) {
		return agentIdentityRegistry.UnpackInvalidWalletSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentIdentityRegistry.abi.Errors["NotOwnerNorApproved"].ID.Bytes()[:4]) {
		return agentIdentityRegistry.UnpackNotOwnerNorApprovedError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentIdentityRegistry.abi.Errors["ReservedKey"].ID.Bytes()[:4]) {
		return agentIdentityRegistry.UnpackReservedKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentIdentityRegistry.abi.Errors["UnknownAgent"].ID.Bytes()[:4]) {
		return agentIdentityRegistry.UnpackUnknownAgentError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentIdentityRegistry.abi.Errors["UnsafeRecipient"].ID.Bytes()[:4]) {
		return agentIdentityRegistry.UnpackUnsafeRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentIdentityRegistry.abi.Errors["WrongFrom"].ID.Bytes()[:4]) {
		return agentIdentityRegistry.UnpackWrongFromError(raw[4:])
	}
	if bytes.Equal(raw[:4], agentIdentityRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return agentIdentityRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// AgentIdentityRegistryDeadlineExpired represents a DeadlineExpired error raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryDeadlineExpired struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineExpired(uint256 deadline)
func AgentIdentityRegistryDeadlineExpiredErrorID() common.Hash {
	return common.HexToHash("0xbc3088efe63ac38b9498ccaafe9cd9db3a07c8dbe7c3aa28969a0cbf9ef6f31c")
}

// UnpackDeadlineExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineExpired(uint256 deadline)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackDeadlineExpiredError(raw []byte) (*AgentIdentityRegistryDeadlineExpired, error) {
	out := new(AgentIdentityRegistryDeadlineExpired)
	if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, "DeadlineExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentIdentityRegistryDeadlineTooFar represents a DeadlineTooFar error raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryDeadlineTooFar struct {
	Deadline *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DeadlineTooFar(uint256 deadline)
func AgentIdentityRegistryDeadlineTooFarErrorID() common.Hash {
	return common.HexToHash("0x5011ebada4a79c8f59c84989666e6f9f1d977a45cf831d97a83e445b05e582c8")
}

// UnpackDeadlineTooFarError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DeadlineTooFar(uint256 deadline)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackDeadlineTooFarError(raw []byte) (*AgentIdentityRegistryDeadlineTooFar, error) {
	out := new(AgentIdentityRegistryDeadlineTooFar)
	if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, "DeadlineTooFar", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentIdentityRegistryInvalidWalletSignature represents a InvalidWalletSignature error raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryInvalidWalletSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidWalletSignature()
func AgentIdentityRegistryInvalidWalletSignatureErrorID() common.Hash {
	return common.HexToHash("0xf42e6ed01e8d8084778c875f79abcee7b093b32575b7303fc932cb4e3eadcd95")
}

// UnpackInvalidWalletSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidWalletSignature()
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackInvalidWalletSignatureError(raw []byte) (*AgentIdentityRegistryInvalidWalletSignature, error) {
	out := new(AgentIdentityRegistryInvalidWalletSignature)
	if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, "InvalidWalletSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentIdentityRegistryNotOwnerNorApproved represents a NotOwnerNorApproved error raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryNotOwnerNorApproved struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOwnerNorApproved()
func AgentIdentityRegistryNotOwnerNorApprovedErrorID() common.Hash {
	return common.HexToHash("0x4b6e7f183528f8644ff1e11c4a1b9e743abba12b479e5de99dd833f30f023884")
}

// UnpackNotOwnerNorApprovedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOwnerNorApproved()
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackNotOwnerNorApprovedError(raw []byte) (*AgentIdentityRegistryNotOwnerNorApproved, error) {
	out := new(AgentIdentityRegistryNotOwnerNorApproved)
	if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, "NotOwnerNorApproved", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentIdentityRegistryReservedKey represents a ReservedKey error raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryReservedKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReservedKey()
func AgentIdentityRegistryReservedKeyErrorID() common.Hash {
	return common.HexToHash("0x50af8b628eb0540692627fa1ef635ef219221e745cfdf533ee0af76555586c7c")
}

// UnpackReservedKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReservedKey()
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackReservedKeyError(raw []byte) (*AgentIdentityRegistryReservedKey, error) {
	out := new(AgentIdentityRegistryReservedKey)
	if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, "ReservedKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentIdentityRegistryUnknownAgent represents a UnknownAgent error raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryUnknownAgent struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAgent(uint256 agentId)
func AgentIdentityRegistryUnknownAgentErrorID() common.Hash {
	return common.HexToHash("0x7b65190b9d4842f4d969fc901c3193c243d390ce31a4351206a2696cae7ab895")
}

// UnpackUnknownAgentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAgent(uint256 agentId)
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackUnknownAgentError(raw []byte) (*AgentIdentityRegistryUnknownAgent, error) {
	out := new(AgentIdentityRegistryUnknownAgent)
	if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, "UnknownAgent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentIdentityRegistryUnsafeRecipient represents a UnsafeRecipient error raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryUnsafeRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsafeRecipient()
func AgentIdentityRegistryUnsafeRecipientErrorID() common.Hash {
	return common.HexToHash("0x3da6393102c38c3ef1f62e9edf1edf9f8f4fdfe83c2a280bf823dca2f2b10696")
}

// UnpackUnsafeRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsafeRecipient()
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackUnsafeRecipientError(raw []byte) (*AgentIdentityRegistryUnsafeRecipient, error) {
	out := new(AgentIdentityRegistryUnsafeRecipient)
	if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, "UnsafeRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentIdentityRegistryWrongFrom represents a WrongFrom error raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryWrongFrom struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongFrom()
func AgentIdentityRegistryWrongFromErrorID() common.Hash {
	return common.HexToHash("0xc6de3f252c153ec5f2ee9fd735182b740f8228acfedc21a4cf7b31884edfa3d6")
}

// UnpackWrongFromError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongFrom()
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackWrongFromError(raw []byte) (*AgentIdentityRegistryWrongFrom, error) {
	out := new(AgentIdentityRegistryWrongFrom)
	if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, "WrongFrom", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// AgentIdentityRegistryZeroAddress represents a ZeroAddress error raised by the AgentIdentityRegistry contract.
type AgentIdentityRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func AgentIdentityRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (agentIdentityRegistry *AgentIdentityRegistry) UnpackZeroAddressError(raw []byte) (*AgentIdentityRegistryZeroAddress, error) {
	out := new(AgentIdentityRegistryZeroAddress)
	if err := agentIdentityRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessMetaData contains all meta data concerning the BLSHarness contract.
var BLSHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"BLSBadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSCertificateBadBitmap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSCertificateBadSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSCertificateNoSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSCertificateNoSigners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSInfinityPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSInfinitySignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSInvalidLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSInvalidPoint\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSNoPublicKeys\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"pubkeys\",\"type\":\"bytes[]\"}],\"name\":\"aggregate\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"bitmap\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"checkCertificate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"signedStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"compress\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"}],\"name\":\"expandMessageXMD\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"}],\"name\":\"hashToG2\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registeredCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"storeSet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"pubkeys\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"verifyAggregate\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyProofOfPossession\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BLSHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50611fff8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100c4575f3560e01c80639ccfbd4b1161007d578063de8f50a111610058578063de8f50a11461018f578063e3854a10146101a2578063edbec0cb146101b5575f5ffd5b80639ccfbd4b1461015f578063af98167b14610172578063d67b713a1461017c575f5ffd5b8063210ff9bb116100ad578063210ff9bb14610119578063336a2f18146101295780637e2224bd1461014c575f5ffd5b806301b069c8146100c857806305286116146100f1575b5f5ffd5b6100db6100d6366004611796565b6101c8565b6040516100e891906117d5565b60405180910390f35b6101046100ff366004611848565b6101e5565b604080519283526020830191909152016100e8565b5f546040519081526020016100e8565b61013c6101373660046118c1565b610204565b60405190151581526020016100e8565b6100db61015a366004611960565b61028d565b6100db61016d366004611993565b6102cd565b61017a610349565b005b61017a61018a3660046119ff565b6104fe565b61013c61019d366004611a92565b61060e565b61013c6101b0366004611993565b6106b3565b6100db6101c3366004611993565b610730565b60606101dc6101d78385611b0e565b6107a3565b90505b92915050565b5f5f6101f6600288888888886108c3565b915091509550959350505050565b5f6102806102128789611b0e565b86868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8a0181900481028201810190925288815292508891508790819084018382808284375f9201919091525061098792505050565b5060019695505050505050565b60606101dc83838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061099f92505050565b606061034085858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f92019190915250610a5092505050565b95945050505050565b5f805490610358608083611c07565b67ffffffffffffffff81111561037057610370611ac9565b6040519080825280601f01601f19166020018201604052801561039a576020820181803683370190505b5090505f5b82811015610464575f5f82815481106103ba576103ba611c1e565b905f5260205f200180546103cd90611c32565b80601f01602080910402602001604051908101604052809291908181526020018280546103f990611c32565b80156104445780601f1061041b57610100808354040283529160200191610444565b820191905f5260205f20905b81548152906001019060200180831161042757829003601f168201915b505050505090506080602082016080840260208601015e5060010161039f565b506104fa60028260018054806020026020016040519081016040528092919081815260200182805480156104f057602002820191905f5260205f20905f905b82829054906101000a90046bffffffffffffffffffffffff166bffffffffffffffffffffffff16815260200190600c0190602082600b010492830192600103820291508084116104a35790505b5050505050610c52565b5050565b61056f85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f92019190915250610d7992505050565b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e563016105a8858783611ca8565b506001805480820182555f8290527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66002820401805491909216600c026101000a6bffffffffffffffffffffffff81810219909216939091160291909117905550505050565b5f61028087878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8b0181900481028201810190925289815292508991508890819084018382808284375f9201919091525050604080516020601f8a0181900481028201810190925288815292508891508790819084018382808284375f92019190915250610db692505050565b5f61072585858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f92019190915250610d7992505050565b506001949350505050565b606061034085858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f92019190915250610dd892505050565b606081515f036107df576040517fd29383c500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610801825f815181106107f4576107f4611c1e565b6020026020010151610f02565b60408051608080825260a08201909252906020820181803683370190505090505f825f8151811061083457610834611c1e565b60200260200101519050608060208201602084015e60015b83518110156108955761086a8482815181106107f4576107f4611c1e565b61088d8385838151811061088057610880611c1e565b6020026020010151610f4e565b60010161084c565b5061089f82610fc7565b156108bd5760405163262a132960e21b815260040160405180910390fd5b50919050565b5f8061010083146108e75760405163b6a8297d60e01b815260040160405180910390fd5b60606108f489888861103a565b60408051602081018d90529296509094509192505f91610938910160408051601f19818403018152606083019091526031808352909190611fce6020830139610dd8565b905061097a828288888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506111fc92505050565b5050965096945050505050565b61099a610993846107a3565b8383610db6565b505050565b606060808251146109c35760405163b6a8297d60e01b815260040160405180910390fd5b604080516030808252606082019092529060208201818036833701905050602083810151604085015160608601516080968701517fb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd555106f0d0088f51cbff34d258dd3db21a5d66b808314919091169111178302861760f81b9190951b179082015260308101929092525090565b606060ff82511115610a755760405163b6a8297d60e01b815260040160405180910390fd5b5f828351604051602001610a8a929190611d79565b60408051601f198184030181529082905291505f90600290610abc908390819089906101009083908990602001611db8565b60408051601f1981840301815290829052610ad691611e3c565b602060405180830381855afa158015610af1573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610b149190611e47565b90505f600282600185604051602001610b2f93929190611e5e565b60408051601f1981840301815290829052610b4991611e3c565b602060405180830381855afa158015610b64573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610b879190611e47565b60408051610100808252610120820190925291925060208201818036833750505060208101829052935060025b60088111610c485760028284188286604051602001610bd593929190611e5e565b60408051601f1981840301815290829052610bef91611e3c565b602060405180830381855afa158015610c0a573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610c2d9190611e47565b9150816020820286015280610c4190611e9a565b9050610bb4565b5050505092915050565b8051801580610c6c5750610c69606c615fff611ec6565b81115b80610c825750610c7d608082611c07565b835114155b15610ca05760405163e4e9a39b60e01b815260040160405180910390fd5b5f5f5f610cad868661138e565b9250925092505f835184604051602001610cc8929190611ed9565b60405160208183030381529060405290505f8151602083015ff0905073ffffffffffffffffffffffffffffffffffffffff8116610d185760405163e4e9a39b60e01b815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff1660a09590951b949094178755600187015560408101516020820151606083015160809384015191841b83851c1760028a01559190921b17600387015560049095019490945550505050565b610d8282610f02565b6104fa82610db0610d928561099f565b604051806060016040528060318152602001611f9d60319139610dd8565b836111fc565b61099a83610db084604051806060016040528060318152602001611fce603191395b60605f610de58484610a50565b6040805161010080825261012082019092529192506020820181803683370190505091505f6001905060405161010081016040815260016020820152604080820152600160a08201536f1a0111ea397fe69a4b1ba7b6434bacd760a18201527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab60c18201525f5b6004811015610e9e5760408082026020870101606084015e6040808202840160e18460055afa90931692600101610e6c565b50610100816080846011615cf8fa8316925061010080820160808085016011615cf8fa831692506101006020860161020083600d610258fa83169250505080610efa5760405163487ef52360e11b815260040160405180910390fd5b505092915050565b6080815114610f245760405163b6a8297d60e01b815260040160405180910390fd5b610f2d81610fc7565b15610f4b5760405163262a132960e21b815260040160405180910390fd5b50565b60808251141580610f6157506080815114155b15610f7f5760405163b6a8297d60e01b815260040160405180910390fd5b5f604051608060208501825e608060208401608083015e60806020850161010083600b610177fa9150508061099a5760405163487ef52360e11b815260040160405180910390fd5b60015f5b82518110156108bd575f8160208501015190506020828551610fed9190611f63565b1015611018578184516110009190611f63565b61100b906020611f63565b611016906008611c07565b1c5b801561102757505f9392505050565b50611033602082611f76565b9050610fcb565b82546060905f9081908060a081901c73ffffffffffffffffffffffffffffffffffffffff8216611096576040517feba5841a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60086110a3826007611f76565b6110ad9190611ec6565b87146110cc5760405163b76272eb60e01b815260040160405180910390fd5b6110d7600882611f89565b1580159061111857506110eb600882611f89565b88886110f8600182611f63565b81811061110757611107611c1e565b60ff92013560f81c90921c16151590505b156111365760405163b76272eb60e01b815260040160405180910390fd5b886001015493506111468961151e565b95505f80806111898561115a600887611f89565b1561117f57600161116c600888611f89565b6001901b61117a9190611f63565b611182565b60ff5b8d8d611587565b9250925092508382036111c8576040517f893d55b400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81156111e1576111d7836116cc565b6111e18984610f4e565b6111eb8188611f63565b975050505050505093509350939050565b61120583610f02565b610100815114158061121a5750610100825114155b156112385760405163b6a8297d60e01b815260040160405180910390fd5b61124181610fc7565b15611278576040517fbef844c600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f604051608060208701825e61010060208601608083015e6f17f1d3a73197d7942695638c4fa9ac0f6101808201527fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb6101a08201526f114d1d6855d545a8aa7d76c8cf2e21f26101c08201527f67816aef1db507c96655b9d5caac42364e6f38ba0ecb751bad54dcd6b939c2ca6101e08201526101006020850161020083015e60208161030083600f620191f4fa925080519150508161134d5760405163487ef52360e11b815260040160405180910390fd5b80600114611387576040517fae20c20f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b805160609081905f906113a2606c82611c07565b6113ad906001611f76565b67ffffffffffffffff8111156113c5576113c5611ac9565b6040519080825280601f01601f1916602001820160405280156113ef576020820181803683370190505b5060408051608080825260a08201909252919550602082018180368337505060408051608080825260a082019092529295505f9291506020820181803683370190505090505f5b828110156114ed575f87828151811061145157611451611c1e565b60200260200101516bffffffffffffffffffffffff16905080856114759190611f76565b94506080820260208a0101608081602086015e606c83026021890101603060108301825e603060508301603083015e606c8101805160a085901b60609093019290925252506114c383610f02565b815f036114da57608060208401602088015e6114e4565b6114e48684610f4e565b50600101611436565b506114f784610fc7565b156115155760405163e4e9a39b60e01b815260040160405180910390fd5b50509250925092565b60408051608080825260a082019092526060916020820181803683370190505060028301546003840154600490940154608082811c602085015291821b85831c1760408401526fffffffffffffffffffffffffffffffff90941660608301528101929092525090565b60408051608080825260a082019092526060915f918291602082018180368337019050506040519093506001905f5b868110156116925760ff818901355f1a19166001880382036115d55789165b600882025b811561168857600182161561167c57606c80820260010161010086018e3c60808401876116045750835b61010085015160801c815261012085015160801c61010086015160801b1760208201526fffffffffffffffffffffffffffffffff61012086015116604082015261014085015160608201525061016084015160a01c8601955086156116755760808461010086600b610177fa851694505b6001870196505b600191821c91016115da565b50506001016115b6565b5083156116a257608081602087015e5b50806116c15760405163487ef52360e11b815260040160405180910390fd5b509450945094915050565b60808151146116ee5760405163b6a8297d60e01b815260040160405180910390fd5b6116f781610fc7565b156116ff5750565b606081018051608090920180517f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab8082119094016f1a0111ea397fe69a4b1ba7b6434bacd70390925291039052565b5f5f83601f84011261175e575f5ffd5b50813567ffffffffffffffff811115611775575f5ffd5b6020830191508360208260051b850101111561178f575f5ffd5b9250929050565b5f5f602083850312156117a7575f5ffd5b823567ffffffffffffffff8111156117bd575f5ffd5b6117c98582860161174e565b90969095509350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f83601f84011261181a575f5ffd5b50813567ffffffffffffffff811115611831575f5ffd5b60208301915083602082850101111561178f575f5ffd5b5f5f5f5f5f6060868803121561185c575f5ffd5b85359450602086013567ffffffffffffffff811115611879575f5ffd5b6118858882890161180a565b909550935050604086013567ffffffffffffffff8111156118a4575f5ffd5b6118b08882890161180a565b969995985093965092949392505050565b5f5f5f5f5f5f606087890312156118d6575f5ffd5b863567ffffffffffffffff8111156118ec575f5ffd5b6118f889828a0161174e565b909750955050602087013567ffffffffffffffff811115611917575f5ffd5b61192389828a0161180a565b909550935050604087013567ffffffffffffffff811115611942575f5ffd5b61194e89828a0161180a565b979a9699509497509295939492505050565b5f5f60208385031215611971575f5ffd5b823567ffffffffffffffff811115611987575f5ffd5b6117c98582860161180a565b5f5f5f5f604085870312156119a6575f5ffd5b843567ffffffffffffffff8111156119bc575f5ffd5b6119c88782880161180a565b909550935050602085013567ffffffffffffffff8111156119e7575f5ffd5b6119f38782880161180a565b95989497509550505050565b5f5f5f5f5f60608688031215611a13575f5ffd5b853567ffffffffffffffff811115611a29575f5ffd5b611a358882890161180a565b909650945050602086013567ffffffffffffffff811115611a54575f5ffd5b611a608882890161180a565b90945092505060408601356bffffffffffffffffffffffff81168114611a84575f5ffd5b809150509295509295909350565b5f5f5f5f5f5f60608789031215611aa7575f5ffd5b863567ffffffffffffffff811115611abd575f5ffd5b6118f889828a0161180a565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff81118282101715611b0657611b06611ac9565b604052919050565b5f67ffffffffffffffff831115611b2757611b27611ac9565b8260051b611b3760208201611add565b84815290830190602081019036831115611b4f575f5ffd5b845b83811015611be957803567ffffffffffffffff811115611b6f575f5ffd5b860136601f820112611b7f575f5ffd5b803567ffffffffffffffff811115611b9957611b99611ac9565b611bac601f8201601f1916602001611add565b818152366020838501011115611bc0575f5ffd5b816020840160208301375f60208383010152808652505050602083019250602081019050611b51565b5095945050505050565b634e487b7160e01b5f52601160045260245ffd5b80820281158282048414176101df576101df611bf3565b634e487b7160e01b5f52603260045260245ffd5b600181811c90821680611c4657607f821691505b6020821081036108bd57634e487b7160e01b5f52602260045260245ffd5b601f82111561099a57805f5260205f20601f840160051c81016020851015611c895750805b601f840160051c820191505b81811015611387575f8155600101611c95565b67ffffffffffffffff831115611cc057611cc0611ac9565b611cd483611cce8354611c32565b83611c64565b5f601f841160018114611d05575f8515611cee5750838201355b5f19600387901b1c1916600186901b178355611387565b5f83815260208120601f198716915b82811015611d345786850135825560209485019460019092019101611d14565b5086821015611d50575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b5f81518060208401855e5f93019283525090919050565b5f611d848285611d62565b60f89390931b7fff000000000000000000000000000000000000000000000000000000000000001683525050600101919050565b8681528560208201525f611dcf6040830187611d62565b7fffff0000000000000000000000000000000000000000000000000000000000008660f01b1681527fff000000000000000000000000000000000000000000000000000000000000008560f81b166002820152611e2f6003820185611d62565b9998505050505050505050565b5f6101dc8284611d62565b5f60208284031215611e57575f5ffd5b5051919050565b8381527fff000000000000000000000000000000000000000000000000000000000000008360f81b1660208201525f6103406021830184611d62565b5f60018201611eab57611eab611bf3565b5060010190565b634e487b7160e01b5f52601260045260245ffd5b5f82611ed457611ed4611eb2565b500490565b7f610000000000000000000000000000000000000000000000000000000000000081527fffff0000000000000000000000000000000000000000000000000000000000008360f01b1660018201527f80600a3d393df30000000000000000000000000000000000000000000000000060038201525f611f5b600a830184611d62565b949350505050565b818103818111156101df576101df611bf3565b808201808211156101df576101df611bf3565b5f82611f9757611f97611eb2565b50069056fe4d5943454c5f424c535f504f505f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f4d5943454c5f424c535f5349475f424c53313233383147325f584d443a5348412d3235365f535357555f524f5f504f505f",
}

// BLSHarness is an auto generated Go binding around an Ethereum contract.
type BLSHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BLSHarness) GetABI() abi.ABI {
	return c.abi
}

// NewBLSHarness creates a new instance of BLSHarness.
func NewBLSHarness() *BLSHarness {
	parsed, err := BLSHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BLSHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BLSHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b069c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aggregate(bytes[] pubkeys) view returns(bytes)
func (bLSHarness *BLSHarness) PackAggregate(pubkeys [][]byte) []byte {
	enc, err := bLSHarness.abi.Pack("aggregate", pubkeys)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b069c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aggregate(bytes[] pubkeys) view returns(bytes)
func (bLSHarness *BLSHarness) TryPackAggregate(pubkeys [][]byte) ([]byte, error) {
	return bLSHarness.abi.Pack("aggregate", pubkeys)
}

// UnpackAggregate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01b069c8.
//
// Solidity: function aggregate(bytes[] pubkeys) view returns(bytes)
func (bLSHarness *BLSHarness) UnpackAggregate(data []byte) ([]byte, error) {
	out, err := bLSHarness.abi.Unpack("aggregate", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackCheckCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05286116.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkCertificate(bytes32 digest, bytes bitmap, bytes sig) view returns(uint256 signedStake, uint256 totalStake)
func (bLSHarness *BLSHarness) PackCheckCertificate(digest [32]byte, bitmap []byte, sig []byte) []byte {
	enc, err := bLSHarness.abi.Pack("checkCertificate", digest, bitmap, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x05286116.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkCertificate(bytes32 digest, bytes bitmap, bytes sig) view returns(uint256 signedStake, uint256 totalStake)
func (bLSHarness *BLSHarness) TryPackCheckCertificate(digest [32]byte, bitmap []byte, sig []byte) ([]byte, error) {
	return bLSHarness.abi.Pack("checkCertificate", digest, bitmap, sig)
}

// CheckCertificateOutput serves as a container for the return parameters of contract
// method CheckCertificate.
type CheckCertificateOutput struct {
	SignedStake *big.Int
	TotalStake  *big.Int
}

// UnpackCheckCertificate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x05286116.
//
// Solidity: function checkCertificate(bytes32 digest, bytes bitmap, bytes sig) view returns(uint256 signedStake, uint256 totalStake)
func (bLSHarness *BLSHarness) UnpackCheckCertificate(data []byte) (CheckCertificateOutput, error) {
	out, err := bLSHarness.abi.Unpack("checkCertificate", data)
	outstruct := new(CheckCertificateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SignedStake = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TotalStake = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCompress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e2224bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compress(bytes pubkey) pure returns(bytes)
func (bLSHarness *BLSHarness) PackCompress(pubkey []byte) []byte {
	enc, err := bLSHarness.abi.Pack("compress", pubkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e2224bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compress(bytes pubkey) pure returns(bytes)
func (bLSHarness *BLSHarness) TryPackCompress(pubkey []byte) ([]byte, error) {
	return bLSHarness.abi.Pack("compress", pubkey)
}

// UnpackCompress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e2224bd.
//
// Solidity: function compress(bytes pubkey) pure returns(bytes)
func (bLSHarness *BLSHarness) UnpackCompress(data []byte) ([]byte, error) {
	out, err := bLSHarness.abi.Unpack("compress", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackExpandMessageXMD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ccfbd4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expandMessageXMD(bytes message, bytes dst) pure returns(bytes)
func (bLSHarness *BLSHarness) PackExpandMessageXMD(message []byte, dst []byte) []byte {
	enc, err := bLSHarness.abi.Pack("expandMessageXMD", message, dst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpandMessageXMD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ccfbd4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expandMessageXMD(bytes message, bytes dst) pure returns(bytes)
func (bLSHarness *BLSHarness) TryPackExpandMessageXMD(message []byte, dst []byte) ([]byte, error) {
	return bLSHarness.abi.Pack("expandMessageXMD", message, dst)
}

// UnpackExpandMessageXMD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ccfbd4b.
//
// Solidity: function expandMessageXMD(bytes message, bytes dst) pure returns(bytes)
func (bLSHarness *BLSHarness) UnpackExpandMessageXMD(data []byte) ([]byte, error) {
	out, err := bLSHarness.abi.Unpack("expandMessageXMD", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackHashToG2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedbec0cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashToG2(bytes message, bytes dst) view returns(bytes)
func (bLSHarness *BLSHarness) PackHashToG2(message []byte, dst []byte) []byte {
	enc, err := bLSHarness.abi.Pack("hashToG2", message, dst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashToG2 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedbec0cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashToG2(bytes message, bytes dst) view returns(bytes)
func (bLSHarness *BLSHarness) TryPackHashToG2(message []byte, dst []byte) ([]byte, error) {
	return bLSHarness.abi.Pack("hashToG2", message, dst)
}

// UnpackHashToG2 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xedbec0cb.
//
// Solidity: function hashToG2(bytes message, bytes dst) view returns(bytes)
func (bLSHarness *BLSHarness) UnpackHashToG2(data []byte) ([]byte, error) {
	out, err := bLSHarness.abi.Unpack("hashToG2", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd67b713a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes pubkey, bytes proof, uint96 stake) returns()
func (bLSHarness *BLSHarness) PackRegister(pubkey []byte, proof []byte, stake *big.Int) []byte {
	enc, err := bLSHarness.abi.Pack("register", pubkey, proof, stake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd67b713a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes pubkey, bytes proof, uint96 stake) returns()
func (bLSHarness *BLSHarness) TryPackRegister(pubkey []byte, proof []byte, stake *big.Int) ([]byte, error) {
	return bLSHarness.abi.Pack("register", pubkey, proof, stake)
}

// PackRegisteredCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x210ff9bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registeredCount() view returns(uint256)
func (bLSHarness *BLSHarness) PackRegisteredCount() []byte {
	enc, err := bLSHarness.abi.Pack("registeredCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisteredCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x210ff9bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registeredCount() view returns(uint256)
func (bLSHarness *BLSHarness) TryPackRegisteredCount() ([]byte, error) {
	return bLSHarness.abi.Pack("registeredCount")
}

// UnpackRegisteredCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x210ff9bb.
//
// Solidity: function registeredCount() view returns(uint256)
func (bLSHarness *BLSHarness) UnpackRegisteredCount(data []byte) (*big.Int, error) {
	out, err := bLSHarness.abi.Unpack("registeredCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStoreSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf98167b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storeSet() returns()
func (bLSHarness *BLSHarness) PackStoreSet() []byte {
	enc, err := bLSHarness.abi.Pack("storeSet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoreSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf98167b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storeSet() returns()
func (bLSHarness *BLSHarness) TryPackStoreSet() ([]byte, error) {
	return bLSHarness.abi.Pack("storeSet")
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde8f50a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes pubkey, bytes message, bytes sig) view returns(bool)
func (bLSHarness *BLSHarness) PackVerify(pubkey []byte, message []byte, sig []byte) []byte {
	enc, err := bLSHarness.abi.Pack("verify", pubkey, message, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde8f50a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes pubkey, bytes message, bytes sig) view returns(bool)
func (bLSHarness *BLSHarness) TryPackVerify(pubkey []byte, message []byte, sig []byte) ([]byte, error) {
	return bLSHarness.abi.Pack("verify", pubkey, message, sig)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde8f50a1.
//
// Solidity: function verify(bytes pubkey, bytes message, bytes sig) view returns(bool)
func (bLSHarness *BLSHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := bLSHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x336a2f18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAggregate(bytes[] pubkeys, bytes message, bytes sig) view returns(bool)
func (bLSHarness *BLSHarness) PackVerifyAggregate(pubkeys [][]byte, message []byte, sig []byte) []byte {
	enc, err := bLSHarness.abi.Pack("verifyAggregate", pubkeys, message, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x336a2f18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAggregate(bytes[] pubkeys, bytes message, bytes sig) view returns(bool)
func (bLSHarness *BLSHarness) TryPackVerifyAggregate(pubkeys [][]byte, message []byte, sig []byte) ([]byte, error) {
	return bLSHarness.abi.Pack("verifyAggregate", pubkeys, message, sig)
}

// UnpackVerifyAggregate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x336a2f18.
//
// Solidity: function verifyAggregate(bytes[] pubkeys, bytes message, bytes sig) view returns(bool)
func (bLSHarness *BLSHarness) UnpackVerifyAggregate(data []byte) (bool, error) {
	out, err := bLSHarness.abi.Unpack("verifyAggregate", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyProofOfPossession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3854a10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProofOfPossession(bytes pubkey, bytes proof) view returns(bool)
func (bLSHarness *BLSHarness) PackVerifyProofOfPossession(pubkey []byte, proof []byte) []byte {
	enc, err := bLSHarness.abi.Pack("verifyProofOfPossession", pubkey, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProofOfPossession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3854a10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProofOfPossession(bytes pubkey, bytes proof) view returns(bool)
func (bLSHarness *BLSHarness) TryPackVerifyProofOfPossession(pubkey []byte, proof []byte) ([]byte, error) {
	return bLSHarness.abi.Pack("verifyProofOfPossession", pubkey, proof)
}

// UnpackVerifyProofOfPossession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3854a10.
//
// Solidity: function verifyProofOfPossession(bytes pubkey, bytes proof) view returns(bool)
func (bLSHarness *BLSHarness) UnpackVerifyProofOfPossession(data []byte) (bool, error) {
	out, err := bLSHarness.abi.Unpack("verifyProofOfPossession", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bLSHarness *BLSHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSBadSignature"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSCertificateBadBitmap"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSCertificateBadBitmapError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSCertificateBadSet"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSCertificateBadSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSCertificateNoSet"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSCertificateNoSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSCertificateNoSigners"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSCertificateNoSignersError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSInfinityPublicKey"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSInfinityPublicKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSInfinitySignature"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSInfinitySignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSInvalidLength"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSInvalidLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSInvalidPoint"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSInvalidPointError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSHarness.abi.Errors["BLSNoPublicKeys"].ID.Bytes()[:4]) {
		return bLSHarness.UnpackBLSNoPublicKeysError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BLSHarnessBLSBadSignature represents a BLSBadSignature error raised by the BLSHarness contract.
type BLSHarnessBLSBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSBadSignature()
func BLSHarnessBLSBadSignatureErrorID() common.Hash {
	return common.HexToHash("0xae20c20fe587628edd9621f971c6599635b6b40a23daa6822f7a17e2741d3056")
}

// UnpackBLSBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSBadSignature()
func (bLSHarness *BLSHarness) UnpackBLSBadSignatureError(raw []byte) (*BLSHarnessBLSBadSignature, error) {
	out := new(BLSHarnessBLSBadSignature)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSBadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessBLSCertificateBadBitmap represents a BLSCertificateBadBitmap error raised by the BLSHarness contract.
type BLSHarnessBLSCertificateBadBitmap struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSCertificateBadBitmap()
func BLSHarnessBLSCertificateBadBitmapErrorID() common.Hash {
	return common.HexToHash("0xb76272eb3601b25bd33b648dfedf2bb53d6322f32d305adb95ddaca54b280ee5")
}

// UnpackBLSCertificateBadBitmapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSCertificateBadBitmap()
func (bLSHarness *BLSHarness) UnpackBLSCertificateBadBitmapError(raw []byte) (*BLSHarnessBLSCertificateBadBitmap, error) {
	out := new(BLSHarnessBLSCertificateBadBitmap)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSCertificateBadBitmap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessBLSCertificateBadSet represents a BLSCertificateBadSet error raised by the BLSHarness contract.
type BLSHarnessBLSCertificateBadSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSCertificateBadSet()
func BLSHarnessBLSCertificateBadSetErrorID() common.Hash {
	return common.HexToHash("0xe4e9a39bf84941e38e10116f8d391d2f28c3783ab6820b6bfd99a6d6f3793b46")
}

// UnpackBLSCertificateBadSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSCertificateBadSet()
func (bLSHarness *BLSHarness) UnpackBLSCertificateBadSetError(raw []byte) (*BLSHarnessBLSCertificateBadSet, error) {
	out := new(BLSHarnessBLSCertificateBadSet)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSCertificateBadSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessBLSCertificateNoSet represents a BLSCertificateNoSet error raised by the BLSHarness contract.
type BLSHarnessBLSCertificateNoSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSCertificateNoSet()
func BLSHarnessBLSCertificateNoSetErrorID() common.Hash {
	return common.HexToHash("0xeba5841aad0159b8efd1b760e18ab5b86694d778f419d61cdcf89ea5632dbc7a")
}

// UnpackBLSCertificateNoSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSCertificateNoSet()
func (bLSHarness *BLSHarness) UnpackBLSCertificateNoSetError(raw []byte) (*BLSHarnessBLSCertificateNoSet, error) {
	out := new(BLSHarnessBLSCertificateNoSet)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSCertificateNoSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessBLSCertificateNoSigners represents a BLSCertificateNoSigners error raised by the BLSHarness contract.
type BLSHarnessBLSCertificateNoSigners struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSCertificateNoSigners()
func BLSHarnessBLSCertificateNoSignersErrorID() common.Hash {
	return common.HexToHash("0x893d55b4ccb97f39123a9ae6015cf8bb0632cfb913df923894450f12e9ddbcdf")
}

// UnpackBLSCertificateNoSignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSCertificateNoSigners()
func (bLSHarness *BLSHarness) UnpackBLSCertificateNoSignersError(raw []byte) (*BLSHarnessBLSCertificateNoSigners, error) {
	out := new(BLSHarnessBLSCertificateNoSigners)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSCertificateNoSigners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessBLSInfinityPublicKey represents a BLSInfinityPublicKey error raised by the BLSHarness contract.
type BLSHarnessBLSInfinityPublicKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSInfinityPublicKey()
func BLSHarnessBLSInfinityPublicKeyErrorID() common.Hash {
	return common.HexToHash("0x98a84ca4a1ee05fb8723aa08470c7d6f642bf6c677e1db7431e887adedcd259a")
}

// UnpackBLSInfinityPublicKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSInfinityPublicKey()
func (bLSHarness *BLSHarness) UnpackBLSInfinityPublicKeyError(raw []byte) (*BLSHarnessBLSInfinityPublicKey, error) {
	out := new(BLSHarnessBLSInfinityPublicKey)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSInfinityPublicKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessBLSInfinitySignature represents a BLSInfinitySignature error raised by the BLSHarness contract.
type BLSHarnessBLSInfinitySignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSInfinitySignature()
func BLSHarnessBLSInfinitySignatureErrorID() common.Hash {
	return common.HexToHash("0xbef844c60c23e3765a92a283c189011ac807702e4318fcf2d7a86eb8003e6b0e")
}

// UnpackBLSInfinitySignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSInfinitySignature()
func (bLSHarness *BLSHarness) UnpackBLSInfinitySignatureError(raw []byte) (*BLSHarnessBLSInfinitySignature, error) {
	out := new(BLSHarnessBLSInfinitySignature)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSInfinitySignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessBLSInvalidLength represents a BLSInvalidLength error raised by the BLSHarness contract.
type BLSHarnessBLSInvalidLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSInvalidLength()
func BLSHarnessBLSInvalidLengthErrorID() common.Hash {
	return common.HexToHash("0xb6a8297d61cbd079685889510ec325900a6bade1ad3bbea8f5719097a438eb3e")
}

// UnpackBLSInvalidLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSInvalidLength()
func (bLSHarness *BLSHarness) UnpackBLSInvalidLengthError(raw []byte) (*BLSHarnessBLSInvalidLength, error) {
	out := new(BLSHarnessBLSInvalidLength)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSInvalidLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessBLSInvalidPoint represents a BLSInvalidPoint error raised by the BLSHarness contract.
type BLSHarnessBLSInvalidPoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSInvalidPoint()
func BLSHarnessBLSInvalidPointErrorID() common.Hash {
	return common.HexToHash("0x90fdea463cd2f9549aafc31460786fd9a926d49aa82bcaab698b5bf0e183e062")
}

// UnpackBLSInvalidPointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSInvalidPoint()
func (bLSHarness *BLSHarness) UnpackBLSInvalidPointError(raw []byte) (*BLSHarnessBLSInvalidPoint, error) {
	out := new(BLSHarnessBLSInvalidPoint)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSInvalidPoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSHarnessBLSNoPublicKeys represents a BLSNoPublicKeys error raised by the BLSHarness contract.
type BLSHarnessBLSNoPublicKeys struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSNoPublicKeys()
func BLSHarnessBLSNoPublicKeysErrorID() common.Hash {
	return common.HexToHash("0xd29383c503e0dfd2299c952f58c03d90f79c94d98aa7f24b15e8908069900771")
}

// UnpackBLSNoPublicKeysError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSNoPublicKeys()
func (bLSHarness *BLSHarness) UnpackBLSNoPublicKeysError(raw []byte) (*BLSHarnessBLSNoPublicKeys, error) {
	out := new(BLSHarnessBLSNoPublicKeys)
	if err := bLSHarness.abi.UnpackIntoInterface(out, "BLSNoPublicKeys", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessMetaData contains all meta data concerning the BLSMinSigHarness contract.
var BLSMinSigHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"BLSBadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSCertificateBadBitmap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSCertificateBadSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSCertificateNoSet\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSCertificateNoSigners\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSInfinityPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSInfinitySignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSInvalidLength\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSInvalidPoint\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BLSNoPublicKeys\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"pubkeys\",\"type\":\"bytes[]\"}],\"name\":\"aggregate\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"bitmap\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"checkMinSigCertificate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"signedStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"compress\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"}],\"name\":\"expandMessageXMD\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"dst\",\"type\":\"bytes\"}],\"name\":\"hashToG1\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"}],\"name\":\"negate\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"p\",\"type\":\"bytes\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint96\",\"name\":\"stake\",\"type\":\"uint96\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"registeredCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"storeSet\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"keys\",\"type\":\"bytes\"},{\"internalType\":\"uint96[]\",\"name\":\"stakes_\",\"type\":\"uint96[]\"}],\"name\":\"storeSetUnchecked\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes[]\",\"name\":\"pubkeys\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes\",\"name\":\"message\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"verifyAggregate\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"pubkey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"verifyProofOfPossession\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BLSMinSigHarness",
	Bin: "0x6080604052348015600e575f5ffd5b5061241e8061001c5f395ff3fe608060405234801561000f575f5ffd5b50600436106100da575f3560e01c80639ccfbd4b11610088578063de8f50a111610063578063de8f50a1146101a3578063e3854a10146101b6578063edf1020b146101c9578063f0b18a53146101f1575f5ffd5b80639ccfbd4b14610175578063af98167b14610188578063d67b713a14610190575f5ffd5b8063336a2f18116100b8578063336a2f181461012a57806358e7b6061461014d5780637e2224bd14610162575f5ffd5b806301b069c8146100de578063210ff9bb1461010757806327aff34714610117575b5f5ffd5b6100f16100ec366004611bdf565b610204565b6040516100fe9190611c1e565b60405180910390f35b5f546040519081526020016100fe565b6100f1610125366004611c91565b610221565b61013d610138366004611cc4565b610267565b60405190151581526020016100fe565b61016061015b366004611d63565b6102f0565b005b6100f1610170366004611c91565b610366565b6100f1610183366004611dcf565b6103a6565b610160610422565b61016061019e366004611e2f565b6105da565b61013d6101b1366004611ec2565b6106ea565b61013d6101c4366004611dcf565b61078f565b6101dc6101d7366004611ef9565b61080c565b604080519283526020830191909152016100fe565b6100f16101ff366004611dcf565b61082b565b60606102186102138385611fb7565b61089e565b90505b92915050565b606082828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525092935061021b92508391506109c19050565b5f6102e36102758789611fb7565b86868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8a0181900481028201810190925288815292508891508790819084018382808284375f92019190915250610a7592505050565b5060019695505050505050565b610360600285858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250506040805160208089028281018201909352888252909350889250879182918501908490808284375f92019190915250610a8892505050565b50505050565b606061021883838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250610be892505050565b606061041985858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f92019190915250610d3092505050565b95945050505050565b5f805490610432610100836120b0565b67ffffffffffffffff81111561044a5761044a611f72565b6040519080825280601f01601f191660200182016040528015610474576020820181803683370190505b5090505f5b82811015610540575f5f8281548110610494576104946120c7565b905f5260205f200180546104a7906120db565b80601f01602080910402602001604051908101604052809291908181526020018280546104d3906120db565b801561051e5780601f106104f55761010080835404028352916020019161051e565b820191905f5260205f20905b81548152906001019060200180831161050157829003601f168201915b5050505050905061010060208201610100840260208601015e50600101610479565b506105d660028260018054806020026020016040519081016040528092919081815260200182805480156105cc57602002820191905f5260205f20905f905b82829054906101000a90046bffffffffffffffffffffffff166bffffffffffffffffffffffff16815260200190600c0190602082600b0104928301926001038202915080841161057f5790505b5050505050610a88565b5050565b61064b85858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f92019190915250610f2f92505050565b5f80546001810182559080527f290decd9548b62a8d60345a988386fc84ba6bc95484008f6362f93160ef3e56301610684858783612151565b506001805480820182555f8290527fb10e2d527612073b26eecdfd717e6a320cf44b4afac2b0732d9fcbe2b7fa0cf66002820401805491909216600c026101000a6bffffffffffffffffffffffff81810219909216939091160291909117905550505050565b5f6102e387878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f8b0181900481028201810190925289815292508991508890819084018382808284375f9201919091525050604080516020601f8a0181900481028201810190925288815292508891508790819084018382808284375f92019190915250610f6c92505050565b5f61080185858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f92019190915250610f2f92505050565b506001949350505050565b5f5f61081d60028888888888610f92565b915091509550959350505050565b606061041985858080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525050604080516020601f890181900481028201810190925287815292508791508690819084018382808284375f9201919091525061105592505050565b606081515f036108da576040517fd29383c500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6108fc825f815181106108ef576108ef6120c7565b6020026020010151611178565b604080516101008082526101208201909252906020820181803683370190505090505f825f81518110610931576109316120c7565b6020026020010151905061010060208201602084015e60015b8351811015610993576109688482815181106108ef576108ef6120c7565b61098b8385838151811061097e5761097e6120c7565b60200260200101516111c2565b60010161094a565b5061099d82611241565b156109bb5760405163262a132960e21b815260040160405180910390fd5b50919050565b6101008151146109e45760405163b6a8297d60e01b815260040160405180910390fd5b6109f060a082016109ff565b6109fc60e082016109ff565b50565b8051602082015180821715610a70577f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab8111826f1a0111ea397fe69a4b1ba7b6434bacd703038352807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab0360208401525b505050565b610a70610a818461089e565b8383610f6c565b8051801580610aa15750610a9e607860026120b0565b81115b80610ab85750610ab3610100826120b0565b835114155b15610ad65760405163e4e9a39b60e01b815260040160405180910390fd5b5f5f5f610ae386866112b4565b925092509250606081901c5f14610b0d5760405163e4e9a39b60e01b815260040160405180910390fd5b5f610b29845f60788810610b22576078611453565b875b611453565b90505f60788611610b3a575f610b4a565b610b4a856078610b24818a61220b565b6001600160a01b0380841660a089811b919091178c559082169085901b1760018b01559050610b77611b79565b602085015f5b6004811015610ba05760306010604083028401016030830285015e600101610b7d565b5050805160028b0155602081015160038b0155604081015160048b0155606081015160058b0155608081015160068b015560a001516007909901989098555050505050505050565b6060610100825114610c0d5760405163b6a8297d60e01b815260040160405180910390fd5b6040805160608082526080820190925290602082018180368337019050509050602082015160408301516060840151608085015160a086015160c087015160e08801516101008901517fb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd55581116f0d0088f51cbff34d258dd3db21a5d66b8314166f0d0088f51cbff34d258dd3db21a5d66b831117818317610cf6577fb23ba5c279c2895fb39869507b587b120f55ffff58a9ffffdcff7fffffffd55584116f0d0088f51cbff34d258dd3db21a5d66b8614166f0d0088f51cbff34d258dd3db21a5d66b86111790505b602081026080179450505050508460801b60508701528360608701528060f81b8360801b1760208701525080603086015250505050919050565b606060ff82511115610d555760405163b6a8297d60e01b815260040160405180910390fd5b5f828351604051602001610d6a929190612235565b60408051601f198184030181529082905291505f90600290610d9b9083908190899060809083908990602001612274565b60408051601f1981840301815290829052610db5916122f8565b602060405180830381855afa158015610dd0573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610df39190612303565b90505f600282600185604051602001610e0e9392919061231a565b60408051601f1981840301815290829052610e28916122f8565b602060405180830381855afa158015610e43573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610e669190612303565b60408051608080825260a0820190925291925060208201818036833750505060208101829052935060025b60048111610f255760028284188286604051602001610eb29392919061231a565b60408051601f1981840301815290829052610ecc916122f8565b602060405180830381855afa158015610ee7573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610f0a9190612303565b9150816020820286015280610f1e90612356565b9050610e91565b5050505092915050565b610f3882611178565b6105d682610f66610f4885610be8565b6040518060600160405280603181526020016123ed60319139611055565b8361153d565b610a7083610f66846040518060600160405280603181526020016123bc60319139611055565b5f8060808314610fb55760405163b6a8297d60e01b815260040160405180910390fd5b6060610fc2898888611748565b60408051602081018d90529296509094509192505f91611006910160408051601f198184030181526060830190915260318083529091906123bc6020830139611055565b9050611048828288888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061153d92505050565b5050965096945050505050565b60605f6110628484610d30565b60408051608080825260a082019092529192506020820181803683370190505091505f60019050604051608081016040815260016020820152604080820152600160a08201536f1a0111ea397fe69a4b1ba7b6434bacd760a18201527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab60c1820152604060208501606083015e60408260e18360055afa83169250604060608501606083015e604080830160e18360055afa83169250608081604084601061157cfa8316925060808082016040808501601061157cfa8316925060806020860161010083600b610177fa831692505050806111705760405163487ef52360e11b815260040160405180910390fd5b505092915050565b61010081511461119b5760405163b6a8297d60e01b815260040160405180910390fd5b6111a481611241565b156109fc5760405163262a132960e21b815260040160405180910390fd5b61010082511415806111d75750610100815114155b156111f55760405163b6a8297d60e01b815260040160405180910390fd5b5f60405161010060208501825e6101006020840161010083015e6101006020850161020083600d610258fa91505080610a705760405163487ef52360e11b815260040160405180910390fd5b60015f5b82518110156109bb575f8160208501015190506020828551611267919061220b565b10156112925781845161127a919061220b565b61128590602061220b565b6112909060086120b0565b1c5b80156112a157505f9392505050565b506112ad60208261236e565b9050611245565b805160609081905f906112c860cc826120b0565b67ffffffffffffffff8111156112e0576112e0611f72565b6040519080825280601f01601f19166020018201604052801561130a576020820181803683370190505b5060408051610100808252610120820190925291955060208201818036833750506040805161010080825261012082019092529295505f9291506020820181803683370190505090505f5b82811015611422575f878281518110611370576113706120c7565b60200260200101516bffffffffffffffffffffffff1690508085611394919061236e565b9450610100820260208a010161010081602086015e60cc830260208901015f5b60048110156113d75760306010604083028501016030830284015e6001016113b4565b5060cc8101805160a085901b60c09093019290925252506113f783611178565b815f0361140f5761010060208401602088015e611419565b61141986846111c2565b50600101611355565b5061142c84611241565b1561144a5760405163e4e9a39b60e01b815260040160405180910390fd5b50509250925092565b5f8061146060cc846120b0565b61146b90600161236e565b90505f61147982600a61236e565b67ffffffffffffffff81111561149157611491611f72565b6040519080825280601f01601f1916602001820160405280156114bb576020820181803683370190505b507f61000080600a3d393df30000000000000000000000000000000000000000000060e884901b17602082019081529091505f602a83015360cc850260cc87026020890101600b83015e8151815ff09350506001600160a01b0383166115345760405163e4e9a39b60e01b815260040160405180910390fd5b50509392505050565b61154683611178565b6080815114158061155957506080825114155b156115775760405163b6a8297d60e01b815260040160405180910390fd5b61158081611241565b156115b7576040517fbef844c600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f604051608060208601825e61010060208701608083015e60806020850161018083015e6f024aa2b2f08f0a91260805272dc510516102008201527fc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb86102208201526f13e02b6052719f607dacd3a088274f656102408201527f596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e6102608201526f0d1b3cc2c7027888be51d9ef691d77bc6102808201527fb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa6102a08201526f13fa4d4a0ad8b1ce186ed5061789213d6102c08201527f993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed6102e082015260208161030083600f620191f4fa92508051915050816117075760405163487ef52360e11b815260040160405180910390fd5b80600114611741576040517fae20c20f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050505050565b82546060905f9081908060a081901c6001600160a01b038216611797576040517feba5841a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60086117a482600761236e565b6117ae9190612395565b87146117cd5760405163b76272eb60e01b815260040160405180910390fd5b6117d86008826123a8565b1580159061181957506117ec6008826123a8565b88886117f960018261220b565b818110611808576118086120c7565b60ff92013560f81c90921c16151590505b156118375760405163b76272eb60e01b815260040160405180910390fd5b600189015460a081901c945061184c8a61192f565b96505f5f5f6118bb6040518060600160405280886001600160a01b03168152602001866001600160a01b0316815260200160088861188a91906123a8565b156118af57600161189c60088a6123a8565b6001901b6118aa919061220b565b6118b2565b60ff5b90528d8d6119cb565b9250925092508482036118fa576040517f893d55b400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b811561191357611909836109c1565b6119138a846111c2565b61191d818961220b565b98505050505050505093509350939050565b6040805161010080825261012082019092526060916020820181803683370190505090505f6040518060c00160405280846002015481526020018460030154815260200184600401548152602001846005015481526020018460060154815260200184600701548152509050602082015f5b60048110156119c357603080820284016010604084028501015e6001016119a1565b505050919050565b6040805161010080825261012082019092526060915f9182916020820181803683370190505092505f604051611a0386888a84611a1f565b9350935093508315611a195761010081602087015e5b50611b51565b5f806001815b87811015611b055760ff818801355f1a1916600189038203611a48576040870151165b600882025b8115611afb576001821615611aef576078811060018114611a865760cc607883030260010160cc816102008b0160208d01513c50611a97565b60cc8083026001016102008a018b513c5b50858015611acc57611ab161020089016101008a01611b10565b610100886102008a600d610258fa611ac7575f94505b611ada565b611ada610200890189611b10565b506102c087015160a01c850194506001860195505b600191821c9101611a4d565b5050600101611a25565b509450945094915050565b5f8152603082601083015e5f60408201526030808301605083015e5f6080820152603060608301609083015e5f60c082015260306090830160d083015e5050565b80611b6f5760405163487ef52360e11b815260040160405180910390fd5b5093509350939050565b6040518060c001604052806006906020820280368337509192915050565b5f5f83601f840112611ba7575f5ffd5b50813567ffffffffffffffff811115611bbe575f5ffd5b6020830191508360208260051b8501011115611bd8575f5ffd5b9250929050565b5f5f60208385031215611bf0575f5ffd5b823567ffffffffffffffff811115611c06575f5ffd5b611c1285828601611b97565b90969095509350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b5f5f83601f840112611c63575f5ffd5b50813567ffffffffffffffff811115611c7a575f5ffd5b602083019150836020828501011115611bd8575f5ffd5b5f5f60208385031215611ca2575f5ffd5b823567ffffffffffffffff811115611cb8575f5ffd5b611c1285828601611c53565b5f5f5f5f5f5f60608789031215611cd9575f5ffd5b863567ffffffffffffffff811115611cef575f5ffd5b611cfb89828a01611b97565b909750955050602087013567ffffffffffffffff811115611d1a575f5ffd5b611d2689828a01611c53565b909550935050604087013567ffffffffffffffff811115611d45575f5ffd5b611d5189828a01611c53565b979a9699509497509295939492505050565b5f5f5f5f60408587031215611d76575f5ffd5b843567ffffffffffffffff811115611d8c575f5ffd5b611d9887828801611c53565b909550935050602085013567ffffffffffffffff811115611db7575f5ffd5b611dc387828801611b97565b95989497509550505050565b5f5f5f5f60408587031215611de2575f5ffd5b843567ffffffffffffffff811115611df8575f5ffd5b611e0487828801611c53565b909550935050602085013567ffffffffffffffff811115611e23575f5ffd5b611dc387828801611c53565b5f5f5f5f5f60608688031215611e43575f5ffd5b853567ffffffffffffffff811115611e59575f5ffd5b611e6588828901611c53565b909650945050602086013567ffffffffffffffff811115611e84575f5ffd5b611e9088828901611c53565b90945092505060408601356bffffffffffffffffffffffff81168114611eb4575f5ffd5b809150509295509295909350565b5f5f5f5f5f5f60608789031215611ed7575f5ffd5b863567ffffffffffffffff811115611eed575f5ffd5b611cfb89828a01611c53565b5f5f5f5f5f60608688031215611f0d575f5ffd5b85359450602086013567ffffffffffffffff811115611f2a575f5ffd5b611f3688828901611c53565b909550935050604086013567ffffffffffffffff811115611f55575f5ffd5b611f6188828901611c53565b969995985093965092949392505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff81118282101715611faf57611faf611f72565b604052919050565b5f67ffffffffffffffff831115611fd057611fd0611f72565b8260051b611fe060208201611f86565b84815290830190602081019036831115611ff8575f5ffd5b845b8381101561209257803567ffffffffffffffff811115612018575f5ffd5b860136601f820112612028575f5ffd5b803567ffffffffffffffff81111561204257612042611f72565b612055601f8201601f1916602001611f86565b818152366020838501011115612069575f5ffd5b816020840160208301375f60208383010152808652505050602083019250602081019050611ffa565b5095945050505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761021b5761021b61209c565b634e487b7160e01b5f52603260045260245ffd5b600181811c908216806120ef57607f821691505b6020821081036109bb57634e487b7160e01b5f52602260045260245ffd5b601f821115610a7057805f5260205f20601f840160051c810160208510156121325750805b601f840160051c820191505b81811015611741575f815560010161213e565b67ffffffffffffffff83111561216957612169611f72565b61217d8361217783546120db565b8361210d565b5f601f8411600181146121ae575f85156121975750838201355b5f19600387901b1c1916600186901b178355611741565b5f83815260208120601f198716915b828110156121dd57868501358255602094850194600190920191016121bd565b50868210156121f9575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b8181038181111561021b5761021b61209c565b5f81518060208401855e5f93019283525090919050565b5f612240828561221e565b60f89390931b7fff000000000000000000000000000000000000000000000000000000000000001683525050600101919050565b8681528560208201525f61228b604083018761221e565b7fffff0000000000000000000000000000000000000000000000000000000000008660f01b1681527fff000000000000000000000000000000000000000000000000000000000000008560f81b1660028201526122eb600382018561221e565b9998505050505050505050565b5f610218828461221e565b5f60208284031215612313575f5ffd5b5051919050565b8381527fff000000000000000000000000000000000000000000000000000000000000008360f81b1660208201525f610419602183018461221e565b5f600182016123675761236761209c565b5060010190565b8082018082111561021b5761021b61209c565b634e487b7160e01b5f52601260045260245ffd5b5f826123a3576123a3612381565b500490565b5f826123b6576123b6612381565b50069056fe4d5943454c5f424c535f5349475f424c53313233383147315f584d443a5348412d3235365f535357555f524f5f504f505f4d5943454c5f424c535f504f505f424c53313233383147315f584d443a5348412d3235365f535357555f524f5f504f505f",
}

// BLSMinSigHarness is an auto generated Go binding around an Ethereum contract.
type BLSMinSigHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BLSMinSigHarness) GetABI() abi.ABI {
	return c.abi
}

// NewBLSMinSigHarness creates a new instance of BLSMinSigHarness.
func NewBLSMinSigHarness() *BLSMinSigHarness {
	parsed, err := BLSMinSigHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BLSMinSigHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BLSMinSigHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b069c8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aggregate(bytes[] pubkeys) view returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) PackAggregate(pubkeys [][]byte) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("aggregate", pubkeys)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x01b069c8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aggregate(bytes[] pubkeys) view returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackAggregate(pubkeys [][]byte) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("aggregate", pubkeys)
}

// UnpackAggregate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x01b069c8.
//
// Solidity: function aggregate(bytes[] pubkeys) view returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackAggregate(data []byte) ([]byte, error) {
	out, err := bLSMinSigHarness.abi.Unpack("aggregate", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackCheckMinSigCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedf1020b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkMinSigCertificate(bytes32 digest, bytes bitmap, bytes sig) view returns(uint256 signedStake, uint256 totalStake)
func (bLSMinSigHarness *BLSMinSigHarness) PackCheckMinSigCertificate(digest [32]byte, bitmap []byte, sig []byte) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("checkMinSigCertificate", digest, bitmap, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckMinSigCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xedf1020b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkMinSigCertificate(bytes32 digest, bytes bitmap, bytes sig) view returns(uint256 signedStake, uint256 totalStake)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackCheckMinSigCertificate(digest [32]byte, bitmap []byte, sig []byte) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("checkMinSigCertificate", digest, bitmap, sig)
}

// CheckMinSigCertificateOutput serves as a container for the return parameters of contract
// method CheckMinSigCertificate.
type CheckMinSigCertificateOutput struct {
	SignedStake *big.Int
	TotalStake  *big.Int
}

// UnpackCheckMinSigCertificate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xedf1020b.
//
// Solidity: function checkMinSigCertificate(bytes32 digest, bytes bitmap, bytes sig) view returns(uint256 signedStake, uint256 totalStake)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackCheckMinSigCertificate(data []byte) (CheckMinSigCertificateOutput, error) {
	out, err := bLSMinSigHarness.abi.Unpack("checkMinSigCertificate", data)
	outstruct := new(CheckMinSigCertificateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SignedStake = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.TotalStake = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackCompress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e2224bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compress(bytes pubkey) pure returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) PackCompress(pubkey []byte) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("compress", pubkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e2224bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compress(bytes pubkey) pure returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackCompress(pubkey []byte) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("compress", pubkey)
}

// UnpackCompress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e2224bd.
//
// Solidity: function compress(bytes pubkey) pure returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackCompress(data []byte) ([]byte, error) {
	out, err := bLSMinSigHarness.abi.Unpack("compress", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackExpandMessageXMD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ccfbd4b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function expandMessageXMD(bytes message, bytes dst) pure returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) PackExpandMessageXMD(message []byte, dst []byte) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("expandMessageXMD", message, dst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExpandMessageXMD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ccfbd4b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function expandMessageXMD(bytes message, bytes dst) pure returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackExpandMessageXMD(message []byte, dst []byte) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("expandMessageXMD", message, dst)
}

// UnpackExpandMessageXMD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ccfbd4b.
//
// Solidity: function expandMessageXMD(bytes message, bytes dst) pure returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackExpandMessageXMD(data []byte) ([]byte, error) {
	out, err := bLSMinSigHarness.abi.Unpack("expandMessageXMD", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackHashToG1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0b18a53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hashToG1(bytes message, bytes dst) view returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) PackHashToG1(message []byte, dst []byte) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("hashToG1", message, dst)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHashToG1 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf0b18a53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hashToG1(bytes message, bytes dst) view returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackHashToG1(message []byte, dst []byte) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("hashToG1", message, dst)
}

// UnpackHashToG1 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf0b18a53.
//
// Solidity: function hashToG1(bytes message, bytes dst) view returns(bytes)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackHashToG1(data []byte) ([]byte, error) {
	out, err := bLSMinSigHarness.abi.Unpack("hashToG1", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackNegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27aff347.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function negate(bytes pubkey) pure returns(bytes p)
func (bLSMinSigHarness *BLSMinSigHarness) PackNegate(pubkey []byte) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("negate", pubkey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNegate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x27aff347.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function negate(bytes pubkey) pure returns(bytes p)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackNegate(pubkey []byte) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("negate", pubkey)
}

// UnpackNegate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x27aff347.
//
// Solidity: function negate(bytes pubkey) pure returns(bytes p)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackNegate(data []byte) ([]byte, error) {
	out, err := bLSMinSigHarness.abi.Unpack("negate", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd67b713a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(bytes pubkey, bytes proof, uint96 stake) returns()
func (bLSMinSigHarness *BLSMinSigHarness) PackRegister(pubkey []byte, proof []byte, stake *big.Int) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("register", pubkey, proof, stake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd67b713a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(bytes pubkey, bytes proof, uint96 stake) returns()
func (bLSMinSigHarness *BLSMinSigHarness) TryPackRegister(pubkey []byte, proof []byte, stake *big.Int) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("register", pubkey, proof, stake)
}

// PackRegisteredCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x210ff9bb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function registeredCount() view returns(uint256)
func (bLSMinSigHarness *BLSMinSigHarness) PackRegisteredCount() []byte {
	enc, err := bLSMinSigHarness.abi.Pack("registeredCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegisteredCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x210ff9bb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function registeredCount() view returns(uint256)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackRegisteredCount() ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("registeredCount")
}

// UnpackRegisteredCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x210ff9bb.
//
// Solidity: function registeredCount() view returns(uint256)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackRegisteredCount(data []byte) (*big.Int, error) {
	out, err := bLSMinSigHarness.abi.Unpack("registeredCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStoreSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf98167b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storeSet() returns()
func (bLSMinSigHarness *BLSMinSigHarness) PackStoreSet() []byte {
	enc, err := bLSMinSigHarness.abi.Pack("storeSet")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoreSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf98167b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storeSet() returns()
func (bLSMinSigHarness *BLSMinSigHarness) TryPackStoreSet() ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("storeSet")
}

// PackStoreSetUnchecked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e7b606.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function storeSetUnchecked(bytes keys, uint96[] stakes_) returns()
func (bLSMinSigHarness *BLSMinSigHarness) PackStoreSetUnchecked(keys []byte, stakes []*big.Int) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("storeSetUnchecked", keys, stakes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStoreSetUnchecked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58e7b606.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function storeSetUnchecked(bytes keys, uint96[] stakes_) returns()
func (bLSMinSigHarness *BLSMinSigHarness) TryPackStoreSetUnchecked(keys []byte, stakes []*big.Int) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("storeSetUnchecked", keys, stakes)
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde8f50a1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(bytes pubkey, bytes message, bytes sig) view returns(bool)
func (bLSMinSigHarness *BLSMinSigHarness) PackVerify(pubkey []byte, message []byte, sig []byte) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("verify", pubkey, message, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xde8f50a1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(bytes pubkey, bytes message, bytes sig) view returns(bool)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackVerify(pubkey []byte, message []byte, sig []byte) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("verify", pubkey, message, sig)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xde8f50a1.
//
// Solidity: function verify(bytes pubkey, bytes message, bytes sig) view returns(bool)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := bLSMinSigHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x336a2f18.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyAggregate(bytes[] pubkeys, bytes message, bytes sig) view returns(bool)
func (bLSMinSigHarness *BLSMinSigHarness) PackVerifyAggregate(pubkeys [][]byte, message []byte, sig []byte) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("verifyAggregate", pubkeys, message, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x336a2f18.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyAggregate(bytes[] pubkeys, bytes message, bytes sig) view returns(bool)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackVerifyAggregate(pubkeys [][]byte, message []byte, sig []byte) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("verifyAggregate", pubkeys, message, sig)
}

// UnpackVerifyAggregate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x336a2f18.
//
// Solidity: function verifyAggregate(bytes[] pubkeys, bytes message, bytes sig) view returns(bool)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackVerifyAggregate(data []byte) (bool, error) {
	out, err := bLSMinSigHarness.abi.Unpack("verifyAggregate", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerifyProofOfPossession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3854a10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProofOfPossession(bytes pubkey, bytes proof) view returns(bool)
func (bLSMinSigHarness *BLSMinSigHarness) PackVerifyProofOfPossession(pubkey []byte, proof []byte) []byte {
	enc, err := bLSMinSigHarness.abi.Pack("verifyProofOfPossession", pubkey, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProofOfPossession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe3854a10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProofOfPossession(bytes pubkey, bytes proof) view returns(bool)
func (bLSMinSigHarness *BLSMinSigHarness) TryPackVerifyProofOfPossession(pubkey []byte, proof []byte) ([]byte, error) {
	return bLSMinSigHarness.abi.Pack("verifyProofOfPossession", pubkey, proof)
}

// UnpackVerifyProofOfPossession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe3854a10.
//
// Solidity: function verifyProofOfPossession(bytes pubkey, bytes proof) view returns(bool)
func (bLSMinSigHarness *BLSMinSigHarness) UnpackVerifyProofOfPossession(data []byte) (bool, error) {
	out, err := bLSMinSigHarness.abi.Unpack("verifyProofOfPossession", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (bLSMinSigHarness *BLSMinSigHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSBadSignature"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSBadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSCertificateBadBitmap"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSCertificateBadBitmapError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSCertificateBadSet"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSCertificateBadSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSCertificateNoSet"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSCertificateNoSetError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSCertificateNoSigners"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSCertificateNoSignersError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSInfinityPublicKey"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSInfinityPublicKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSInfinitySignature"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSInfinitySignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSInvalidLength"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSInvalidLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSInvalidPoint"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSInvalidPointError(raw[4:])
	}
	if bytes.Equal(raw[:4], bLSMinSigHarness.abi.Errors["BLSNoPublicKeys"].ID.Bytes()[:4]) {
		return bLSMinSigHarness.UnpackBLSNoPublicKeysError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BLSMinSigHarnessBLSBadSignature represents a BLSBadSignature error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSBadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSBadSignature()
func BLSMinSigHarnessBLSBadSignatureErrorID() common.Hash {
	return common.HexToHash("0xae20c20fe587628edd9621f971c6599635b6b40a23daa6822f7a17e2741d3056")
}

// UnpackBLSBadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSBadSignature()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSBadSignatureError(raw []byte) (*BLSMinSigHarnessBLSBadSignature, error) {
	out := new(BLSMinSigHarnessBLSBadSignature)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSBadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessBLSCertificateBadBitmap represents a BLSCertificateBadBitmap error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSCertificateBadBitmap struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSCertificateBadBitmap()
func BLSMinSigHarnessBLSCertificateBadBitmapErrorID() common.Hash {
	return common.HexToHash("0xb76272eb3601b25bd33b648dfedf2bb53d6322f32d305adb95ddaca54b280ee5")
}

// UnpackBLSCertificateBadBitmapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSCertificateBadBitmap()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSCertificateBadBitmapError(raw []byte) (*BLSMinSigHarnessBLSCertificateBadBitmap, error) {
	out := new(BLSMinSigHarnessBLSCertificateBadBitmap)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSCertificateBadBitmap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessBLSCertificateBadSet represents a BLSCertificateBadSet error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSCertificateBadSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSCertificateBadSet()
func BLSMinSigHarnessBLSCertificateBadSetErrorID() common.Hash {
	return common.HexToHash("0xe4e9a39bf84941e38e10116f8d391d2f28c3783ab6820b6bfd99a6d6f3793b46")
}

// UnpackBLSCertificateBadSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSCertificateBadSet()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSCertificateBadSetError(raw []byte) (*BLSMinSigHarnessBLSCertificateBadSet, error) {
	out := new(BLSMinSigHarnessBLSCertificateBadSet)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSCertificateBadSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessBLSCertificateNoSet represents a BLSCertificateNoSet error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSCertificateNoSet struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSCertificateNoSet()
func BLSMinSigHarnessBLSCertificateNoSetErrorID() common.Hash {
	return common.HexToHash("0xeba5841aad0159b8efd1b760e18ab5b86694d778f419d61cdcf89ea5632dbc7a")
}

// UnpackBLSCertificateNoSetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSCertificateNoSet()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSCertificateNoSetError(raw []byte) (*BLSMinSigHarnessBLSCertificateNoSet, error) {
	out := new(BLSMinSigHarnessBLSCertificateNoSet)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSCertificateNoSet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessBLSCertificateNoSigners represents a BLSCertificateNoSigners error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSCertificateNoSigners struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSCertificateNoSigners()
func BLSMinSigHarnessBLSCertificateNoSignersErrorID() common.Hash {
	return common.HexToHash("0x893d55b4ccb97f39123a9ae6015cf8bb0632cfb913df923894450f12e9ddbcdf")
}

// UnpackBLSCertificateNoSignersError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSCertificateNoSigners()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSCertificateNoSignersError(raw []byte) (*BLSMinSigHarnessBLSCertificateNoSigners, error) {
	out := new(BLSMinSigHarnessBLSCertificateNoSigners)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSCertificateNoSigners", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessBLSInfinityPublicKey represents a BLSInfinityPublicKey error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSInfinityPublicKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSInfinityPublicKey()
func BLSMinSigHarnessBLSInfinityPublicKeyErrorID() common.Hash {
	return common.HexToHash("0x98a84ca4a1ee05fb8723aa08470c7d6f642bf6c677e1db7431e887adedcd259a")
}

// UnpackBLSInfinityPublicKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSInfinityPublicKey()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSInfinityPublicKeyError(raw []byte) (*BLSMinSigHarnessBLSInfinityPublicKey, error) {
	out := new(BLSMinSigHarnessBLSInfinityPublicKey)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSInfinityPublicKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessBLSInfinitySignature represents a BLSInfinitySignature error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSInfinitySignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSInfinitySignature()
func BLSMinSigHarnessBLSInfinitySignatureErrorID() common.Hash {
	return common.HexToHash("0xbef844c60c23e3765a92a283c189011ac807702e4318fcf2d7a86eb8003e6b0e")
}

// UnpackBLSInfinitySignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSInfinitySignature()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSInfinitySignatureError(raw []byte) (*BLSMinSigHarnessBLSInfinitySignature, error) {
	out := new(BLSMinSigHarnessBLSInfinitySignature)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSInfinitySignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessBLSInvalidLength represents a BLSInvalidLength error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSInvalidLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSInvalidLength()
func BLSMinSigHarnessBLSInvalidLengthErrorID() common.Hash {
	return common.HexToHash("0xb6a8297d61cbd079685889510ec325900a6bade1ad3bbea8f5719097a438eb3e")
}

// UnpackBLSInvalidLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSInvalidLength()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSInvalidLengthError(raw []byte) (*BLSMinSigHarnessBLSInvalidLength, error) {
	out := new(BLSMinSigHarnessBLSInvalidLength)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSInvalidLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessBLSInvalidPoint represents a BLSInvalidPoint error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSInvalidPoint struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSInvalidPoint()
func BLSMinSigHarnessBLSInvalidPointErrorID() common.Hash {
	return common.HexToHash("0x90fdea463cd2f9549aafc31460786fd9a926d49aa82bcaab698b5bf0e183e062")
}

// UnpackBLSInvalidPointError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSInvalidPoint()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSInvalidPointError(raw []byte) (*BLSMinSigHarnessBLSInvalidPoint, error) {
	out := new(BLSMinSigHarnessBLSInvalidPoint)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSInvalidPoint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BLSMinSigHarnessBLSNoPublicKeys represents a BLSNoPublicKeys error raised by the BLSMinSigHarness contract.
type BLSMinSigHarnessBLSNoPublicKeys struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BLSNoPublicKeys()
func BLSMinSigHarnessBLSNoPublicKeysErrorID() common.Hash {
	return common.HexToHash("0xd29383c503e0dfd2299c952f58c03d90f79c94d98aa7f24b15e8908069900771")
}

// UnpackBLSNoPublicKeysError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BLSNoPublicKeys()
func (bLSMinSigHarness *BLSMinSigHarness) UnpackBLSNoPublicKeysError(raw []byte) (*BLSMinSigHarnessBLSNoPublicKeys, error) {
	out := new(BLSMinSigHarnessBLSNoPublicKeys)
	if err := bLSMinSigHarness.abi.UnpackIntoInterface(out, "BLSNoPublicKeys", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchVerifierMetaData contains all meta data concerning the BatchVerifier contract.
var BatchVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "BatchVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506113db8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a39146100435780638d8f8a5c1461006c578063ce6c832c14610081575b5f5ffd5b61005661005136600461127f565b610094565b60405161006391906112be565b60405180910390f35b61007f61007a3660046112fe565b610159565b005b61007f61008f36600461134f565b610429565b61009c6111df565b61010082146100f25760405162461bcd60e51b815260206004820152601460248201527f696e76616c69642070726f6f66206c656e67746800000000000000000000000060448201526064015b60405180910390fd5b823560208401356101038282610743565b835250506060830135604084013560a085013560808601356101278484848461083b565b6020870152604086015260c0870135935060e087013592506101498484610743565b6060860152509295945050505050565b61010082146101aa5760405162461bcd60e51b815260206004820152601460248201527f696e76616c69642070726f6f66206c656e67746800000000000000000000000060448201526064016100e9565b5f5f6101b583610b3d565b915091505f6040516101008782377f206954373f5e0b7073672a93e150add8d5f753d076004e795d4830f19015a1ec6101008201527f1eada4b57c465d2d97273487f35ed27e5ebc1d02ac5ac8ba8e07553c6e8252946101208201527f1d10ece648bba9ff1a1f3d2b449956316d15314f56dd40ec7aa1cd24824765c26101408201527f0cf7b81f9a00ede9e751430cf648c61b19f84197754ab741a69afddee27b51ca6101608201527f21ec80fabf451bcde815485edf17ef7521f816937709417956ce00311af473096101808201527f1c1d48e23f245f00fc11172f3373c958c10ada12a108b171e5c35e1e5674855c6101a08201527f18b2be6f65b942b4fb7b5b8049c3ddbdeb4ac085103a2777ae1ccf9b38254c9a6101c08201527f161f1208a526489c2a1624ba8042608eecf047dcd6c16ae546b0131eededb8c46101e08201527f1dfce5e7c30cb8b9a637ec27be99cfb45de1925f9c5ab4fd85415c9634e584086102008201527f0929e1df35d8d84fdd607797737f405a10f22b2d621829a38987d731c4fcba9761022082015283610240820152826102608201527f13901bb966a1b9f1f78e7abc9aaa53106edf0bcce3a3649f1feea8ffa84925bb6102808201527f2955d1ff1c3286858ab27f27f0577b55b57f75630e05a80f15c405a842b090ae6102a08201527f2cd5d4c1a6acb6299b4c862ac09ca5a94382e3ef7c9be562c0ddcd3cf4b5b4ed6102c08201527f2c62cce79f6626e980dac298aa02bcfbb559f05cbcfc1275513d4903bc2993026102e08201526020816103008360085afa90511690508061042157604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b6104316111fd565b5f8061044385825b6020020135610c75565b90925090505f80808061045e60408a013560208b0135610d1e565b929650909450925090505f806104758b6003610439565b915091505f5f6104848c610b3d565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f206954373f5e0b7073672a93e150add8d5f753d076004e795d4830f19015a1ec6101008e01527f1eada4b57c465d2d97273487f35ed27e5ebc1d02ac5ac8ba8e07553c6e8252946101208e01527f1d10ece648bba9ff1a1f3d2b449956316d15314f56dd40ec7aa1cd24824765c26101408e01527f0cf7b81f9a00ede9e751430cf648c61b19f84197754ab741a69afddee27b51ca6101608e01527f21ec80fabf451bcde815485edf17ef7521f816937709417956ce00311af473096101808e01527f1c1d48e23f245f00fc11172f3373c958c10ada12a108b171e5c35e1e5674855c6101a08e01527f18b2be6f65b942b4fb7b5b8049c3ddbdeb4ac085103a2777ae1ccf9b38254c9a6101c08e01527f161f1208a526489c2a1624ba8042608eecf047dcd6c16ae546b0131eededb8c46101e08e01527f1dfce5e7c30cb8b9a637ec27be99cfb45de1925f9c5ab4fd85415c9634e584086102008e01527f0929e1df35d8d84fdd607797737f405a10f22b2d621829a38987d731c4fcba976102208e01526102408d018290526102608d018190527f13901bb966a1b9f1f78e7abc9aaa53106edf0bcce3a3649f1feea8ffa84925bb6102808e01527f2955d1ff1c3286858ab27f27f0577b55b57f75630e05a80f15c405a842b090ae6102a08e01527f2cd5d4c1a6acb6299b4c862ac09ca5a94382e3ef7c9be562c0ddcd3cf4b5b4ed6102c08e01527f2c62cce79f6626e980dac298aa02bcfbb559f05cbcfc1275513d4903bc2993026102e08e015290925090505f6106f861121c565b6020816103008f60085afa915081158061071457508051600114155b1561073257604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206113bb5f395f51905f528310158061076d57505f5160206113bb5f395f51905f528210155b1561078b57604051631ff3747d60e21b815260040160405180910390fd5b82158015610797575081155b156107a357505f610835565b5f6107de5f5160206113bb5f395f51905f5260035f5160206113bb5f395f51905f52875f5160206113bb5f395f51905f52898a090908610f1b565b90508083036107f3575050600182901b610835565b5f5160206113bb5f395f51905f52808206810306830361081a575050600182811b17610835565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206113bb5f395f51905f528610158061086657505f5160206113bb5f395f51905f528510155b8061087e57505f5160206113bb5f395f51905f528410155b8061089657505f5160206113bb5f395f51905f528310155b156108b457604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108cb57505f905080610b34565b5f80805f5160206113bb5f395f51905f526108f460035f5160206113bb5f395f51905f5261139b565b5f5160206113bb5f395f51905f528a8c090990505f5f5160206113bb5f395f51905f528a5f5160206113bb5f395f51905f528c8d090990505f5f5160206113bb5f395f51905f528a5f5160206113bb5f395f51905f528c8d090990505f5160206113bb5f395f51905f52805f5160206113bb5f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50894506109f55f5160206113bb5f395f51905f52805f5160206113bb5f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775085f5160206113bb5f395f51905f529081900681030690565b93505050505f5f610a425f5160206113bb5f395f51905f5280610a1a57610a1a611387565b5f5160206113bb5f395f51905f528586095f5160206113bb5f395f51905f5287880908610f1b565b9050610a8d5f5160206113bb5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113bb5f395f51905f5284880809610f7d565b15915050610a9c838383610fc5565b90935091508683148015610aaf57508186145b15610ad75780610abf575f610ac2565b60025b60ff1660028a901b175f179450879350610b30565b5f5160206113bb5f395f51905f5280840681030687148015610b0b57505f5160206113bb5f395f51905f5280830681030686145b1561081a5780610b1b575f610b1e565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7f24329fdf5300fc7a23cd5042a782e93084ca65e6aa3483ae63f06ca97180762483527f1b4a693d3cffaa5fa25e417b30d3be98e0b96f0473d89b917d79a7a67e1370f460208401527f0c1482b833883f7e0c36a6692257f49b3e74dfdcf8dce3b57beb66715f5f939382527f174280bfe00f889f0f34929fb1547104a467e84445200a889290e21ef890bef96020830152863590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610c6f576040517fa54f8e2700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50915091565b5f5f825f03610c8857505f928392509050565b600183811c9250808416145f5160206113bb5f395f51905f528310610cc057604051631ff3747d60e21b815260040160405180910390fd5b610cfa5f5160206113bb5f395f51905f5260035f5160206113bb5f395f51905f52865f5160206113bb5f395f51905f528889090908610f1b565b91508015610c6f575f5160206113bb5f395f51905f52808306810306915050915091565b5f80808085158015610d2e575084155b15610d4357505f925082915081905080610f12565b600286811c945085935060018088161490808816145f5160206113bb5f395f51905f5286101580610d8157505f5160206113bb5f395f51905f528510155b15610d9f57604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206113bb5f395f51905f52610dc660035f5160206113bb5f395f51905f5261139b565b5f5160206113bb5f395f51905f52888a090990505f5f5160206113bb5f395f51905f52885f5160206113bb5f395f51905f528a8b090990505f5f5160206113bb5f395f51905f52885f5160206113bb5f395f51905f528a8b090990505f5160206113bb5f395f51905f52805f5160206113bb5f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610ec75f5160206113bb5f395f51905f52805f5160206113bb5f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775085f5160206113bb5f395f51905f529081900681030690565b9550610ed4878786610fc5565b90975095508415610f0c575f5160206113bb5f395f51905f5280880681030696505f5160206113bb5f395f51905f5280870681030695505b50505050505b92959194509250565b5f610f46827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261111e565b9050815f5160206113bb5f395f51905f5282830914610f7857604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5f610fa9837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261111e565b9050825f5160206113bb5f395f51905f52828309149392505050565b5f8080610ff45f5160206113bb5f395f51905f52808788095f5160206113bb5f395f51905f52898a0908610f1b565b90508315611012575f5160206113bb5f395f51905f52908190068103065b61105b5f5160206113bb5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113bb5f395f51905f52848a0809610f1b565b92505f5160206113bb5f395f51905f526110855f5160206113bb5f395f51905f5260028609611181565b860991505f5160206113bb5f395f51905f526110c35f5160206113bb5f395f51905f528485095f5160206113bb5f395f51905f529081900681030690565b5f5160206113bb5f395f51905f5285860908861415806110f757505f5160206113bb5f395f51905f52808385096002098514155b1561111557604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206113bb5f395f51905f5260a082015260208160c08360055afa9051925090508061083357604051631ff3747d60e21b815260040160405180910390fd5b5f6111ac827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4561111e565b90505f5160206113bb5f395f51905f52818309600114610f7857604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f84011261124a575f5ffd5b50813567ffffffffffffffff811115611261575f5ffd5b602083019150836020828501011115611278575f5ffd5b9250929050565b5f5f60208385031215611290575f5ffd5b823567ffffffffffffffff8111156112a6575f5ffd5b6112b28582860161123a565b90969095509350505050565b6080810181835f5b60048110156112e55781518352602092830192909101906001016112c6565b50505092915050565b8060208101831015610835575f5ffd5b5f5f5f60408486031215611310575f5ffd5b833567ffffffffffffffff811115611326575f5ffd5b6113328682870161123a565b9094509250611346905085602086016112ee565b90509250925092565b5f5f60a08385031215611360575f5ffd5b6080830184811115611370575f5ffd5b83925061137d85826112ee565b9150509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561083557634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// BatchVerifier is an auto generated Go binding around an Ethereum contract.
type BatchVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *BatchVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewBatchVerifier creates a new instance of BatchVerifier.
func NewBatchVerifier() *BatchVerifier {
	parsed, err := BatchVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &BatchVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *BatchVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (batchVerifier *BatchVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := batchVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (batchVerifier *BatchVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return batchVerifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (batchVerifier *BatchVerifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := batchVerifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce6c832c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (batchVerifier *BatchVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) []byte {
	enc, err := batchVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce6c832c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (batchVerifier *BatchVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) ([]byte, error) {
	return batchVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (batchVerifier *BatchVerifier) PackVerifyProof(proof []byte, input [1]*big.Int) []byte {
	enc, err := batchVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (batchVerifier *BatchVerifier) TryPackVerifyProof(proof []byte, input [1]*big.Int) ([]byte, error) {
	return batchVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (batchVerifier *BatchVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], batchVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return batchVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], batchVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return batchVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// BatchVerifierProofInvalid represents a ProofInvalid error raised by the BatchVerifier contract.
type BatchVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func BatchVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (batchVerifier *BatchVerifier) UnpackProofInvalidError(raw []byte) (*BatchVerifierProofInvalid, error) {
	out := new(BatchVerifierProofInvalid)
	if err := batchVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// BatchVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the BatchVerifier contract.
type BatchVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func BatchVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (batchVerifier *BatchVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*BatchVerifierPublicInputNotInField, error) {
	out := new(BatchVerifierPublicInputNotInField)
	if err := batchVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CometVoteHarnessMetaData contains all meta data concerning the CometVoteHarness contract.
var CometVoteHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"vote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"MalformedVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"vote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"field\",\"type\":\"uint256\"}],\"name\":\"MissingVoteField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"vote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"msgType\",\"type\":\"uint256\"}],\"name\":\"NotAVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"signBytes\",\"type\":\"bytes\"}],\"name\":\"parse\",\"outputs\":[{\"components\":[{\"internalType\":\"uint8\",\"name\":\"msgType\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"internalType\":\"bytes32\",\"name\":\"blockKey\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"chainIdHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"chainIdStart\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"chainIdEnd\",\"type\":\"uint256\"}],\"internalType\":\"structCometVote\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "CometVoteHarness",
	Bin: "0x6080604052348015600e575f5ffd5b50610cec8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610029575f3560e01c8063fab4087a1461002d575b5f5ffd5b61004061003b366004610b77565b6100b1565b6040516100a891905f60e08201905060ff835116825267ffffffffffffffff602084015116602083015263ffffffff6040840151166040830152606083015160608301526080830151608083015260a083015160a083015260c083015160c083015292915050565b60405180910390f35b6100fd6040518060e001604052805f60ff1681526020015f67ffffffffffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f81525090565b61010883835f610111565b90505b92915050565b61015d6040518060e001604052805f60ff1681526020015f67ffffffffffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f81525090565b825f8061016d8784838189610371565b909250905061017c8184610bf9565b82146101a9576040516334b556fd60e01b8152600481018690525f60248201526044015b60405180910390fd5b604080515f602080830182905282840182905260608084018390528451808503909101815260808401855280519082012060a0840183905260c084019290925260e08084019290925283518084039092018252610100909201909252815191012060608501525f5b838210156102d5575f88888481811061022c5761022c610c0c565b919091013560f881901c925060fb1c9050828111158061024c5750600681115b8061028857507e081119222a3200000000000000000000000000000000000000000000000000816007811061028357610283610c0c565b1a8214155b156102b0576040516334b556fd60e01b815260048101899052602481018590526044016101a0565b9150816102cc8a8a6102c3876001610c20565b898c868d610465565b93505050610211565b845160ff165f036103025760405163b9009fb160e01b8152600481018790525f60248201526044016101a0565b846020015167ffffffffffffffff165f0361033a57604051631f59fc8160e31b815260048101879052600260248201526044016101a0565b600681101561036657604051631f59fc8160e31b815260048101879052600660248201526044016101a0565b505050509392505050565b5f5f5f5b6040811015610437578486106103a8576040516334b556fd60e01b815260048101859052602481018790526044016101a0565b5f8888888181106103bb576103bb610c0c565b607f92013560f81c918216841b9590951794509050608081101561042857801580156103e657508115155b806103f45750604084901c15155b1561041c576040516334b556fd60e01b815260048101869052602481018890526044016101a0565b5050506001840161045b565b50600190950194600701610375565b506040516334b556fd60e01b815260048101849052602481018690526044016101a0565b9550959350505050565b5f826001036104c6575f61047c8989898989610371565b9750905060018114801590610492575080600214155b156104ba5760405163b9009fb160e01b815260048101869052602481018290526044016101a0565b60ff168252508461069e565b600383116105d75760086104da8787610bf9565b1015610503576040516334b556fd60e01b815260048101859052602481018790526044016101a0565b5f61050f8989896106a9565b90508360020361057f5767ffffffffffffffff8116158061054257506780000000000000008167ffffffffffffffff1610155b1561056a576040516334b556fd60e01b815260048101869052602481018890526044016101a0565b67ffffffffffffffff811660208401526105c4565b63800000008167ffffffffffffffff16106105b7576040516334b556fd60e01b815260048101869052602481018890526044016101a0565b63ffffffff811660408401525b6105cf876008610c20565b91505061069e565b5f6105e58989898989610371565b975090506105f38787610bf9565b81111561061d576040516334b556fd60e01b815260048101869052602481018890526044016101a0565b5f6106288289610c20565b9050846004036106495761063f8a8a8a848a610762565b606085015261069a565b846005036106635761065e8a8a8a848a6108f8565b61069a565b61066f81898b8d610c33565b60405161067d929190610c5a565b604051908190039020608085015260a0840188905260c084018190525b9150505b979650505050505050565b5f8382846106b8826008610c20565b926106c593929190610c33565b6106ce91610c69565b60c01c905060088166ff00ff00ff00ff1667ffffffffffffffff16901b60088267ff00ff00ff00ff001667ffffffffffffffff16901c17905060108165ffff0000ffff1667ffffffffffffffff16901b60108267ffff0000ffff00001667ffffffffffffffff16901c17905060208167ffffffffffffffff16901b60208267ffffffffffffffff16901c1790509392505050565b604080515f6020808301829052828401829052606080840183905284518085039091018152608090930190935281519190920120819081905f5b868810156108b9575f8a8a8a8181106107b7576107b7610c0c565b919091013560f81c915050600a811480156107d25750600182105b156107fd57600191506107f18b8b6107ea8c86610c20565b8b8b610a1f565b9a5090955093506108b3565b80601214801561080d5750600282105b1561089057600291505f61082e8c8c6108278d6001610c20565b8c8c610371565b9a50905061083c8a8a610bf9565b811115610866576040516334b556fd60e01b815260048101899052602481018b90526044016101a0565b61087c8c8c8c6108768582610c20565b8c610ac4565b9350610888818b610c20565b9950506108b3565b6040516334b556fd60e01b815260048101889052602481018a90526044016101a0565b5061079c565b604080516020808201879052818301869052606080830186905283518084039091018152608090920190925280519101209a9950505050505050505050565b5f5b82841015610a17575f86868681811061091557610915610c0c565b919091013560f81c9150506008811480156109305750600182105b156109a957600191505f61095088886109498987610c20565b8888610371565b96509050643afff441808110801590610970575067fffffff1886e090081105b156109a35783610981600188610bf9565b6040516334b556fd60e01b8152600481019290925260248201526044016101a0565b50610a11565b8060101480156109b95750600282105b156109ee57600291505f6109d38888610949896001610c20565b96509050633b9aca0081106109a35783610981600188610bf9565b6040516334b556fd60e01b815260048101849052602481018690526044016101a0565b506108fa565b505050505050565b5f5f5f610a2f8888888888610371565b965092508215801590610a43575082602014155b80610a565750610a538686610bf9565b83115b15610a7e576040516334b556fd60e01b815260048101859052602481018790526044016101a0565b82602003610aad57878688610a94826020610c20565b92610aa193929190610c33565b610aaa91610ccf565b91505b610ab78387610c20565b9050955095509592505050565b5f5f5f5f5f5b868810156108b9575f8a8a8a818110610ae557610ae5610c0c565b919091013560f81c915050600881148015610b005750600182105b15610b405760019150610b1f8b8b610b188c86610c20565b8b8b610371565b9950945063ffffffff851115610b3b578661098160018b610bf9565b610b71565b806012148015610b505750600282105b156108905760029150610b698b8b6107ea8c6001610c20565b9a5090945092505b50610aca565b5f5f60208385031215610b88575f5ffd5b823567ffffffffffffffff811115610b9e575f5ffd5b8301601f81018513610bae575f5ffd5b803567ffffffffffffffff811115610bc4575f5ffd5b856020828401011115610bd5575f5ffd5b6020919091019590945092505050565b634e487b7160e01b5f52601160045260245ffd5b8181038181111561010b5761010b610be5565b634e487b7160e01b5f52603260045260245ffd5b8082018082111561010b5761010b610be5565b5f5f85851115610c41575f5ffd5b83861115610c4d575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b80357fffffffffffffffff0000000000000000000000000000000000000000000000008116906008841015610cc8577fffffffffffffffff000000000000000000000000000000000000000000000000808560080360031b1b82161691505b5092915050565b8035602083101561010b575f19602084900360031b1b169291505056",
}

// CometVoteHarness is an auto generated Go binding around an Ethereum contract.
type CometVoteHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *CometVoteHarness) GetABI() abi.ABI {
	return c.abi
}

// NewCometVoteHarness creates a new instance of CometVoteHarness.
func NewCometVoteHarness() *CometVoteHarness {
	parsed, err := CometVoteHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &CometVoteHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *CometVoteHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackParse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfab4087a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function parse(bytes signBytes) pure returns((uint8,uint64,uint32,bytes32,bytes32,uint256,uint256))
func (cometVoteHarness *CometVoteHarness) PackParse(signBytes []byte) []byte {
	enc, err := cometVoteHarness.abi.Pack("parse", signBytes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackParse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfab4087a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function parse(bytes signBytes) pure returns((uint8,uint64,uint32,bytes32,bytes32,uint256,uint256))
func (cometVoteHarness *CometVoteHarness) TryPackParse(signBytes []byte) ([]byte, error) {
	return cometVoteHarness.abi.Pack("parse", signBytes)
}

// UnpackParse is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfab4087a.
//
// Solidity: function parse(bytes signBytes) pure returns((uint8,uint64,uint32,bytes32,bytes32,uint256,uint256))
func (cometVoteHarness *CometVoteHarness) UnpackParse(data []byte) (CometVote, error) {
	out, err := cometVoteHarness.abi.Unpack("parse", data)
	if err != nil {
		return *new(CometVote), err
	}
	out0 := *abi.ConvertType(out[0], new(CometVote)).(*CometVote)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (cometVoteHarness *CometVoteHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], cometVoteHarness.abi.Errors["MalformedVote"].ID.Bytes()[:4]) {
		return cometVoteHarness.UnpackMalformedVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], cometVoteHarness.abi.Errors["MissingVoteField"].ID.Bytes()[:4]) {
		return cometVoteHarness.UnpackMissingVoteFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], cometVoteHarness.abi.Errors["NotAVote"].ID.Bytes()[:4]) {
		return cometVoteHarness.UnpackNotAVoteError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// CometVoteHarnessMalformedVote represents a MalformedVote error raised by the CometVoteHarness contract.
type CometVoteHarnessMalformedVote struct {
	Vote   *big.Int
	Offset *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedVote(uint256 vote, uint256 offset)
func CometVoteHarnessMalformedVoteErrorID() common.Hash {
	return common.HexToHash("0x34b556fda7ae95aa26379a93a1f0a6cf7de543eee698582a0ce0e6a4c90419d8")
}

// UnpackMalformedVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedVote(uint256 vote, uint256 offset)
func (cometVoteHarness *CometVoteHarness) UnpackMalformedVoteError(raw []byte) (*CometVoteHarnessMalformedVote, error) {
	out := new(CometVoteHarnessMalformedVote)
	if err := cometVoteHarness.abi.UnpackIntoInterface(out, "MalformedVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CometVoteHarnessMissingVoteField represents a MissingVoteField error raised by the CometVoteHarness contract.
type CometVoteHarnessMissingVoteField struct {
	Vote  *big.Int
	Field *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingVoteField(uint256 vote, uint256 field)
func CometVoteHarnessMissingVoteFieldErrorID() common.Hash {
	return common.HexToHash("0xfacfe408cb7443adde48888b6b51586c1890bd7d44d582d4495a4af7fd697e36")
}

// UnpackMissingVoteFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingVoteField(uint256 vote, uint256 field)
func (cometVoteHarness *CometVoteHarness) UnpackMissingVoteFieldError(raw []byte) (*CometVoteHarnessMissingVoteField, error) {
	out := new(CometVoteHarnessMissingVoteField)
	if err := cometVoteHarness.abi.UnpackIntoInterface(out, "MissingVoteField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// CometVoteHarnessNotAVote represents a NotAVote error raised by the CometVoteHarness contract.
type CometVoteHarnessNotAVote struct {
	Vote    *big.Int
	MsgType *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAVote(uint256 vote, uint256 msgType)
func CometVoteHarnessNotAVoteErrorID() common.Hash {
	return common.HexToHash("0xb9009fb161187fe540cf5dd6341df37271fc2b7ebb3271c6c511f823965c2ce6")
}

// UnpackNotAVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAVote(uint256 vote, uint256 msgType)
func (cometVoteHarness *CometVoteHarness) UnpackNotAVoteError(raw []byte) (*CometVoteHarnessNotAVote, error) {
	out := new(CometVoteHarnessNotAVote)
	if err := cometVoteHarness.abi.UnpackIntoInterface(out, "NotAVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ERC1271WalletMetaData contains all meta data concerning the ERC1271Wallet contract.
var ERC1271WalletMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"isValidSignature\",\"outputs\":[{\"internalType\":\"bytes4\",\"name\":\"\",\"type\":\"bytes4\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer_\",\"type\":\"address\"}],\"name\":\"setSigner\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"signer\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ERC1271Wallet",
	Bin: "0x6080604052348015600e575f5ffd5b5061036b8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80631626ba7e14610043578063238ac9331461008c5780636c19e783146100b6575b5f5ffd5b61005661005136600461025c565b6100ff565b6040517fffffffff0000000000000000000000000000000000000000000000000000000090911681526020015b60405180910390f35b5f5461009e906001600160a01b031681565b6040516001600160a01b039091168152602001610083565b6100fd6100c43660046102d3565b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0392909216919091179055565b005b5f6041821461012f57507fffffffff00000000000000000000000000000000000000000000000000000000610255565b5f61013d60208285876102f9565b61014691610320565b90505f6101576040602086886102f9565b61016091610320565b90505f858560408181106101765761017661033e565b5f805460408051928352602083018082528d9052949092013560f81c93810184905260608101879052608081018690529293506001600160a01b0316916001915060a0016020604051602081039080840390855afa1580156101da573d5f5f3e3d5ffd5b505050602060405103516001600160a01b031614801561020357505f546001600160a01b031615155b61022d577fffffffff0000000000000000000000000000000000000000000000000000000061024f565b7f1626ba7e000000000000000000000000000000000000000000000000000000005b93505050505b9392505050565b5f5f5f6040848603121561026e575f5ffd5b83359250602084013567ffffffffffffffff81111561028b575f5ffd5b8401601f8101861361029b575f5ffd5b803567ffffffffffffffff8111156102b1575f5ffd5b8660208284010111156102c2575f5ffd5b939660209190910195509293505050565b5f602082840312156102e3575f5ffd5b81356001600160a01b0381168114610255575f5ffd5b5f5f85851115610307575f5ffd5b83861115610313575f5ffd5b5050820193919092039150565b80356020831015610338575f19602084900360031b1b165b92915050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd",
}

// ERC1271Wallet is an auto generated Go binding around an Ethereum contract.
type ERC1271Wallet struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ERC1271Wallet) GetABI() abi.ABI {
	return c.abi
}

// NewERC1271Wallet creates a new instance of ERC1271Wallet.
func NewERC1271Wallet() *ERC1271Wallet {
	parsed, err := ERC1271WalletMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ERC1271Wallet{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ERC1271Wallet) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isValidSignature(bytes32 digest, bytes sig) view returns(bytes4)
func (eRC1271Wallet *ERC1271Wallet) PackIsValidSignature(digest [32]byte, sig []byte) []byte {
	enc, err := eRC1271Wallet.abi.Pack("isValidSignature", digest, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsValidSignature is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1626ba7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isValidSignature(bytes32 digest, bytes sig) view returns(bytes4)
func (eRC1271Wallet *ERC1271Wallet) TryPackIsValidSignature(digest [32]byte, sig []byte) ([]byte, error) {
	return eRC1271Wallet.abi.Pack("isValidSignature", digest, sig)
}

// UnpackIsValidSignature is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1626ba7e.
//
// Solidity: function isValidSignature(bytes32 digest, bytes sig) view returns(bytes4)
func (eRC1271Wallet *ERC1271Wallet) UnpackIsValidSignature(data []byte) ([4]byte, error) {
	out, err := eRC1271Wallet.abi.Unpack("isValidSignature", data)
	if err != nil {
		return *new([4]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([4]byte)).(*[4]byte)
	return out0, nil
}

// PackSetSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c19e783.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSigner(address signer_) returns()
func (eRC1271Wallet *ERC1271Wallet) PackSetSigner(signer common.Address) []byte {
	enc, err := eRC1271Wallet.abi.Pack("setSigner", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c19e783.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSigner(address signer_) returns()
func (eRC1271Wallet *ERC1271Wallet) TryPackSetSigner(signer common.Address) ([]byte, error) {
	return eRC1271Wallet.abi.Pack("setSigner", signer)
}

// PackSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238ac933.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signer() view returns(address)
func (eRC1271Wallet *ERC1271Wallet) PackSigner() []byte {
	enc, err := eRC1271Wallet.abi.Pack("signer")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSigner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x238ac933.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signer() view returns(address)
func (eRC1271Wallet *ERC1271Wallet) TryPackSigner() ([]byte, error) {
	return eRC1271Wallet.abi.Pack("signer")
}

// UnpackSigner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x238ac933.
//
// Solidity: function signer() view returns(address)
func (eRC1271Wallet *ERC1271Wallet) UnpackSigner(data []byte) (common.Address, error) {
	out, err := eRC1271Wallet.abi.Unpack("signer", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// EdDSAHarnessMetaData contains all meta data concerning the EdDSAHarness contract.
var EdDSAHarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"EdDSABadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EdDSAInvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EdDSAInvalidR\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EdDSAScalarOutOfRange\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"name\":\"onCurve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"ax\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ay\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"m\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"rx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ry\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"internalType\":\"structEdDSASignature\",\"name\":\"sig\",\"type\":\"tuple\"}],\"name\":\"verify\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "EdDSAHarness",
	Bin: "0x6080604052348015600e575f5ffd5b506116478061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80631152ae8c14610038578063669d94481461005f575b5f5ffd5b61004b61004636600461158e565b610072565b604051901515815260200160405180910390f35b61004b61006d3660046115d3565b61008a565b5f61007f8585858561009e565b506001949350505050565b5f6100958383610262565b90505b92915050565b6100a88484610262565b6100de576040517f04b7383700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8035602082013560408301356100f48383610262565b61012a576040517f83c0c36700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80158061015757507f060c89ce5c263405370a08b6d0302b0bab3eedb83920ee0a677297dc392126f18110155b1561018e576040517f9da0e15400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5160206116275f395f51905f5285106101bb57604051630c41dd2360e11b815260040160405180910390fd5b5f6101e46101d26101de6101d86101d25f89610336565b87610336565b8b610336565b89610336565b90505f5f5f6101f585858d8d6112a8565b9250925092505f5160206116275f395f51905f5280610216576102166115f3565b8188098314158061023757505f5160206116275f395f51905f528187098214155b1561025557604051630c41dd2360e11b815260040160405180910390fd5b5050505050505050505050565b5f5f5160206116275f395f51905f528310158061028c57505f5160206116275f395f51905f528210155b1561029857505f610098565b5f5f5160206116275f395f51905f5284850990505f5f5160206116275f395f51905f5284850990505f5160206116275f395f51905f52805f5160206116275f395f51905f528385097f1aee90f15f2189693df072d799fd11fc039b2959ebb7c867d075ca8cf4d7eb8e096001085f5160206116275f395f51905f5261032a845f5160206116275f395f51905f52611607565b83081495945050505050565b5f5f5160206116275f395f51905f528383808201838382089250838282089150507f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f8201838182098482868384090993507f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c830191508482830990508482868384090992505050808201838382089250838282089150507f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea8201838182098482868384090993507f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b2830191508482830990508482868384090992505050808201838382089250838282089150507f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c037736328201838182098482868384090993507f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49830191508482830990508482868384090992505050808201838382089250838282089150507f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc820183818209848286838409099350505080820183818384010892019190507e8e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e820183818009848286838409099350505080820183818384010892019190507f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d78820183818009848286838409099350505080820183818384010892019190507f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b820183818009848286838409099350505080820183818384010892019190507f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac3983820183818009848286838409099350505080820183818384010892019190507f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a26820183818009848286838409099350505080820183818384010892019190507f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc820183818009848286838409099350505080820183818384010892019190507f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb820183818009848286838409099350505080820183818384010892019190507f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc820183818009848286838409099350505080820183818384010892019190507f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c820183818009848286838409099350505080820183818384010892019190507f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c820183818009848286838409099350505080820183818384010892019190507f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c9820183818009848286838409099350505080820183818384010892019190507f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb6820183818009848286838409099350505080820183818384010892019190507f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a820183818009848286838409099350505080820183818384010892019190507f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb74820183818009848286838409099350505080820183818384010892019190507f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc820183818009848286838409099350505080820183818384010892019190507f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf820183818009848286838409099350505080820183818384010892019190507f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa21820183818009848286838409099350505080820183818384010892019190507f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae165820183818009848286838409099350505080820183818384010892019190507f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc027820183818009848286838409099350505080820183818384010892019190507f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db820183818009848286838409099350505080820183818384010892019190507f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc1820183818009848286838409099350505080820183818384010892019190507f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f23827820183818009848286838409099350505080820183818384010892019190507f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c820183818009848286838409099350505080820183818384010892019190507f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf152138820183818009848286838409099350505080820183818384010892019190507f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e4820183818009848286838409099350505080820183818384010892019190507f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d55820183818009848286838409099350505080820183818384010892019190507f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e820183818009848286838409099350505080820183818384010892019190507f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa56820183818009848286838409099350505080820183818384010892019190507f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b820183818009848286838409099350505080820183818384010892019190507f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a4820183818009848286838409099350505080820183818384010892019190507f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc370820183818009848286838409099350505080820183818384010892019190507f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd013812820183818009848286838409099350505080820183818384010892019190507f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c498820183818009848286838409099350505080820183818384010892019190507f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da4820183818009848286838409099350505080820183818384010892019190507f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a9820183818009848286838409099350505080820183818384010892019190507f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e820183818009848286838409099350505080820183818384010892019190507f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae03820183818009848286838409099350505080820183818384010892019190507f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c820183818009848286838409099350505080820183818384010892019190507f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d820183818009848286838409099350505080820183818384010892019190507f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe2359820183818009848286838409099350505080820183818384010892019190507f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b2911080704820183818009848286838409099350505080820183818384010892019190507f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db820183818009848286838409099350505080820183818384010892019190507f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f0820183818009848286838409099350505080820183818384010892019190507f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b6820183818009848286838409099350505080820183818384010892019190507f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd9820183818009848286838409099350505080820183818384010892019190507f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f820183818009848286838409099350505080820183818384010892019190507f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb820183818009848286838409099350505080820183818384010892019190507f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f1820183818009848286838409099350505080820183818384010892019190507f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de660820183818009848286838409099350505080820183818384010892019190507f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a8201838180098482868384090993507f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f830191508482830990508482868384090992505050808201838382089250838282089150507f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e8201838182098482868384090993507f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a830191508482830990508482868384090992505050808201838382089250838282089150507f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff8201838182098482868384090993507f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd283019150848283099050848286838409099250505080820183838208925083828208915050828582089695505050505050565b5f5f5f5f5160206116275f395f51905f52805f5160206116275f395f51905f52016040517f101772808abf15139b0876780fd210a1c5639084d2ee90ff59430c1f88d83dec81527f0a7723148350af54f755a00b11848add0c289172271a655df95349419582bd2960208201527f17c82e49d2dfb6d37d5f73e2e3141b685d8b66f51c162c7febfcbcf2a1b2c59b6040820152600260608201528783038389890884828a08858a87857f0578d36fdd1172a8c3909ff8b278cb9adf026a6b5db6203e5d099f85f9afd71b090992508160808501528060a08501528260c0850152600260e085015285827f101772808abf15139b0876780fd210a1c5639084d2ee90ff59430c1f88d83dec0986827f0a7723148350af54f755a00b11848add0c289172271a655df95349419582bd29098785897f25797203f7a0b24925572e1cd16bf9edfce0051fb9e133774b3c257a872d7d8b7f1561ff836ce19d358a4eb7a4c199e94c377c749ae6f2a277f1f9195afe553f9f09098183019260028281019290918b038401908b0382018b81830994508b86850992508b86830995508b8482099350505089838b038208610100890152898382086101208901525088837f0578d36fdd1172a8c3909ff8b278cb9adf026a6b5db6203e5d099f85f9afd71b09610140880152888182086101608801525050505050505f955060019450600193505f60fe5b801561157f5760018103905060018b821c1660011b60018d831c161785898a0986898a0987898a098a8c01828401808a038b838409958c0394909401949280018a03850193908a0392019050898382099c50898285099b50898484099a508415611518578982820996505b505050508015611579576001810360071b84018681518b89038b01098760208301518c8c010988604084015187098960608501518c098181019450828401938b03830190828c03018b8183099e508b8587099d508b8682099c505050505050505b506114ad565b50505050509450945094915050565b5f5f5f5f84860360c08112156115a2575f5ffd5b8535945060208601359350604086013592506060605f19820112156115c5575f5ffd5b509295919450926060019150565b5f5f604083850312156115e4575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561009857634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// EdDSAHarness is an auto generated Go binding around an Ethereum contract.
type EdDSAHarness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *EdDSAHarness) GetABI() abi.ABI {
	return c.abi
}

// NewEdDSAHarness creates a new instance of EdDSAHarness.
func NewEdDSAHarness() *EdDSAHarness {
	parsed, err := EdDSAHarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &EdDSAHarness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *EdDSAHarness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackOnCurve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x669d9448.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function onCurve(uint256 x, uint256 y) pure returns(bool)
func (edDSAHarness *EdDSAHarness) PackOnCurve(x *big.Int, y *big.Int) []byte {
	enc, err := edDSAHarness.abi.Pack("onCurve", x, y)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOnCurve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x669d9448.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function onCurve(uint256 x, uint256 y) pure returns(bool)
func (edDSAHarness *EdDSAHarness) TryPackOnCurve(x *big.Int, y *big.Int) ([]byte, error) {
	return edDSAHarness.abi.Pack("onCurve", x, y)
}

// UnpackOnCurve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x669d9448.
//
// Solidity: function onCurve(uint256 x, uint256 y) pure returns(bool)
func (edDSAHarness *EdDSAHarness) UnpackOnCurve(data []byte) (bool, error) {
	out, err := edDSAHarness.abi.Unpack("onCurve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1152ae8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verify(uint256 ax, uint256 ay, uint256 m, (uint256,uint256,uint256) sig) pure returns(bool)
func (edDSAHarness *EdDSAHarness) PackVerify(ax *big.Int, ay *big.Int, m *big.Int, sig EdDSASignature) []byte {
	enc, err := edDSAHarness.abi.Pack("verify", ax, ay, m, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerify is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1152ae8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verify(uint256 ax, uint256 ay, uint256 m, (uint256,uint256,uint256) sig) pure returns(bool)
func (edDSAHarness *EdDSAHarness) TryPackVerify(ax *big.Int, ay *big.Int, m *big.Int, sig EdDSASignature) ([]byte, error) {
	return edDSAHarness.abi.Pack("verify", ax, ay, m, sig)
}

// UnpackVerify is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1152ae8c.
//
// Solidity: function verify(uint256 ax, uint256 ay, uint256 m, (uint256,uint256,uint256) sig) pure returns(bool)
func (edDSAHarness *EdDSAHarness) UnpackVerify(data []byte) (bool, error) {
	out, err := edDSAHarness.abi.Unpack("verify", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (edDSAHarness *EdDSAHarness) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], edDSAHarness.abi.Errors["EdDSABadSignature"].ID.Bytes()[:4]) {
		return edDSAHarness.UnpackEdDSABadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], edDSAHarness.abi.Errors["EdDSAInvalidKey"].ID.Bytes()[:4]) {
		return edDSAHarness.UnpackEdDSAInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], edDSAHarness.abi.Errors["EdDSAInvalidR"].ID.Bytes()[:4]) {
		return edDSAHarness.UnpackEdDSAInvalidRError(raw[4:])
	}
	if bytes.Equal(raw[:4], edDSAHarness.abi.Errors["EdDSAScalarOutOfRange"].ID.Bytes()[:4]) {
		return edDSAHarness.UnpackEdDSAScalarOutOfRangeError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// EdDSAHarnessEdDSABadSignature represents a EdDSABadSignature error raised by the EdDSAHarness contract.
type EdDSAHarnessEdDSABadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EdDSABadSignature()
func EdDSAHarnessEdDSABadSignatureErrorID() common.Hash {
	return common.HexToHash("0x1883ba46341344e7c7be7795099f9f1f976884f72aa8dc4b9544bf1ae33104b8")
}

// UnpackEdDSABadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EdDSABadSignature()
func (edDSAHarness *EdDSAHarness) UnpackEdDSABadSignatureError(raw []byte) (*EdDSAHarnessEdDSABadSignature, error) {
	out := new(EdDSAHarnessEdDSABadSignature)
	if err := edDSAHarness.abi.UnpackIntoInterface(out, "EdDSABadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EdDSAHarnessEdDSAInvalidKey represents a EdDSAInvalidKey error raised by the EdDSAHarness contract.
type EdDSAHarnessEdDSAInvalidKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EdDSAInvalidKey()
func EdDSAHarnessEdDSAInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0x04b738379c8b59634b584c6470c255702f383eec6cba20eafd4aec564e246c5d")
}

// UnpackEdDSAInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EdDSAInvalidKey()
func (edDSAHarness *EdDSAHarness) UnpackEdDSAInvalidKeyError(raw []byte) (*EdDSAHarnessEdDSAInvalidKey, error) {
	out := new(EdDSAHarnessEdDSAInvalidKey)
	if err := edDSAHarness.abi.UnpackIntoInterface(out, "EdDSAInvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EdDSAHarnessEdDSAInvalidR represents a EdDSAInvalidR error raised by the EdDSAHarness contract.
type EdDSAHarnessEdDSAInvalidR struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EdDSAInvalidR()
func EdDSAHarnessEdDSAInvalidRErrorID() common.Hash {
	return common.HexToHash("0x83c0c3671ac9873bfae6ddacb7509e1ab485a2fe0ec746c3902821ad77d8d862")
}

// UnpackEdDSAInvalidRError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EdDSAInvalidR()
func (edDSAHarness *EdDSAHarness) UnpackEdDSAInvalidRError(raw []byte) (*EdDSAHarnessEdDSAInvalidR, error) {
	out := new(EdDSAHarnessEdDSAInvalidR)
	if err := edDSAHarness.abi.UnpackIntoInterface(out, "EdDSAInvalidR", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// EdDSAHarnessEdDSAScalarOutOfRange represents a EdDSAScalarOutOfRange error raised by the EdDSAHarness contract.
type EdDSAHarnessEdDSAScalarOutOfRange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EdDSAScalarOutOfRange()
func EdDSAHarnessEdDSAScalarOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x9da0e154621b605729b668f6ad9113f200d7b46138544e30c138e57261d2d98b")
}

// UnpackEdDSAScalarOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EdDSAScalarOutOfRange()
func (edDSAHarness *EdDSAHarness) UnpackEdDSAScalarOutOfRangeError(raw []byte) (*EdDSAHarnessEdDSAScalarOutOfRange, error) {
	out := new(EdDSAHarnessEdDSAScalarOutOfRange)
	if err := edDSAHarness.abi.UnpackIntoInterface(out, "EdDSAScalarOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyMetaData contains all meta data concerning the NodeBounty contract.
var NodeBountyMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reputation_\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"claimPeriod_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AgentNotLinked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyCancelled\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"AlreadySeated\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"noticePeriod\",\"type\":\"uint64\"}],\"name\":\"BadNoticePeriod\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadReputationTerms\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"BadWindow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BatchNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"BountyOver\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoEscrow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoReputationRegistry\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoReward\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NoSeats\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"NotAgentController\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotJailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"}],\"name\":\"NotOperator\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotPoster\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"NotSeated\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToReclaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToRefund\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"OperatorJailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"}],\"name\":\"OutsideWindow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"refundableAt\",\"type\":\"uint256\"}],\"name\":\"RefundNotYet\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"int128\",\"name\":\"value\",\"type\":\"int128\"},{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"name\":\"ReputationTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"SampleTooSmall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"uint32\",\"name\":\"seats\",\"type\":\"uint32\"}],\"name\":\"SeatsFull\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignersMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"StakeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"UnknownBounty\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumNodeBounty.OperatorKind\",\"name\":\"required\",\"type\":\"uint8\"}],\"name\":\"WrongKind\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"address[]\",\"name\":\"operators\",\"type\":\"address[]\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"}],\"name\":\"BatchClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"components\":[{\"internalType\":\"uint128\",\"name\":\"rewardPerBatch\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"seats\",\"type\":\"uint32\"},{\"internalType\":\"enumNodeBounty.OperatorKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"noticePeriod\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"clients\",\"type\":\"address[]\"},{\"internalType\":\"string\",\"name\":\"tag1\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"tag2\",\"type\":\"string\"},{\"internalType\":\"int128\",\"name\":\"minValue\",\"type\":\"int128\"},{\"internalType\":\"uint8\",\"name\":\"minDecimals\",\"type\":\"uint8\"}],\"internalType\":\"structNodeBounty.Reputation\",\"name\":\"reputation\",\"type\":\"tuple\"}],\"indexed\":false,\"internalType\":\"structNodeBounty.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"escrow\",\"type\":\"uint256\"}],\"name\":\"BountyPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"}],\"name\":\"Cancelled\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Refunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"SeatJoined\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"SeatLeft\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"forfeited\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"freed\",\"type\":\"bool\"}],\"name\":\"SeatReclaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"recorded\",\"type\":\"bool\"}],\"name\":\"UptimeReported\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MIN_UPTIME_SAMPLE\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"bounty\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"poster\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"start\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"end\",\"type\":\"uint48\"},{\"internalType\":\"uint128\",\"name\":\"rewardPerBatch\",\"type\":\"uint128\"},{\"internalType\":\"uint96\",\"name\":\"remaining\",\"type\":\"uint96\"},{\"internalType\":\"uint32\",\"name\":\"claims\",\"type\":\"uint32\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"seats\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"taken\",\"type\":\"uint32\"},{\"internalType\":\"enumNodeBounty.OperatorKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"cancelled\",\"type\":\"bool\"},{\"internalType\":\"uint48\",\"name\":\"noticePeriod\",\"type\":\"uint48\"},{\"internalType\":\"uint128\",\"name\":\"reclaimable\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"escrow\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"internalType\":\"structNodeBounty.Bounty\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"bountyCount\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"cancel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"}],\"name\":\"claim\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"share\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"payees\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claimPeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"earnings\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"owed\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"earned\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"isOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"join\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"leave\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"from\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit\",\"type\":\"uint256\"}],\"name\":\"openBounties\",\"outputs\":[{\"internalType\":\"uint256[]\",\"name\":\"ids\",\"type\":\"uint256[]\"},{\"internalType\":\"uint256\",\"name\":\"next\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"rewardPerBatch\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"minStake\",\"type\":\"uint128\"},{\"internalType\":\"uint32\",\"name\":\"seats\",\"type\":\"uint32\"},{\"internalType\":\"enumNodeBounty.OperatorKind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"start\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"end\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"noticePeriod\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"clients\",\"type\":\"address[]\"},{\"internalType\":\"string\",\"name\":\"tag1\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"tag2\",\"type\":\"string\"},{\"internalType\":\"int128\",\"name\":\"minValue\",\"type\":\"int128\"},{\"internalType\":\"uint8\",\"name\":\"minDecimals\",\"type\":\"uint8\"}],\"internalType\":\"structNodeBounty.Reputation\",\"name\":\"reputation\",\"type\":\"tuple\"}],\"internalType\":\"structNodeBounty.Terms\",\"name\":\"terms\",\"type\":\"tuple\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"post\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"reclaim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"refund\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"refundableAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"reportUptime\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reputation\",\"outputs\":[{\"internalType\":\"contractReputationRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"reputationTerms\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"registry\",\"type\":\"address\"},{\"internalType\":\"address[]\",\"name\":\"clients\",\"type\":\"address[]\"},{\"internalType\":\"string\",\"name\":\"tag1\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"tag2\",\"type\":\"string\"},{\"internalType\":\"int128\",\"name\":\"minValue\",\"type\":\"int128\"},{\"internalType\":\"uint8\",\"name\":\"minDecimals\",\"type\":\"uint8\"}],\"internalType\":\"structNodeBounty.Reputation\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"seatOf\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"joinedAt\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"leftAt\",\"type\":\"uint48\"},{\"internalType\":\"uint112\",\"name\":\"owed\",\"type\":\"uint112\"},{\"internalType\":\"uint112\",\"name\":\"earned\",\"type\":\"uint112\"},{\"internalType\":\"uint32\",\"name\":\"paidBatches\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fromClaims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fromPaid\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leftClaims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leftPaid\",\"type\":\"uint32\"}],\"internalType\":\"structNodeBounty.Seat\",\"name\":\"s\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"seats\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"uint48\",\"name\":\"joinedAt\",\"type\":\"uint48\"},{\"internalType\":\"uint48\",\"name\":\"leftAt\",\"type\":\"uint48\"},{\"internalType\":\"uint112\",\"name\":\"owed\",\"type\":\"uint112\"},{\"internalType\":\"uint112\",\"name\":\"earned\",\"type\":\"uint112\"},{\"internalType\":\"uint32\",\"name\":\"paidBatches\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fromClaims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"fromPaid\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leftClaims\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"leftPaid\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"signerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"}],\"name\":\"signersHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"h\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStakingRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"uptimeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"paid\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"claimed\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bountyId\",\"type\":\"uint256\"}],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "NodeBounty",
	Bin: "0x610100604052348015610010575f5ffd5b5060405161510b38038061510b83398101604081905261002f91610166565b6001600160a01b03808516608081905284821660a05290831660e0526040805163a479265d60e01b8152905163a479265d916004808201926020929091908290030181865afa158015610084573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100a891906101b7565b6001600160401b0316816001600160401b031610156101205760405162461bcd60e51b815260206004820152602a60248201527f636c61696d20706572696f642073686f72746572207468616e207468652070726044820152696f6f662077696e646f7760b01b606482015260840160405180910390fd5b6001600160401b031660c052506101d7915050565b80516001600160a01b038116811461014b575f5ffd5b919050565b80516001600160401b038116811461014b575f5ffd5b5f5f5f5f60808587031215610179575f5ffd5b61018285610135565b935061019060208601610135565b925061019e60408601610135565b91506101ac60608601610150565b905092959194509250565b5f602082840312156101c7575f5ffd5b6101d082610150565b9392505050565b60805160a05160c05160e051614ea66102655f395f818161063301528181610bb90152610c9f01525f81816105d40152611f3001525f8181610354015281816107a80152818161120f015281816116520152818161227c015281816129ef01528181612cd601528181612dd001526136ae01525f81816106660152818161332c01526134740152614ea65ff3fe6080604052600436106101a4575f3560e01c8063520dbe2d116100e75780637dc2cd9811610087578063cb23bcb511610062578063cb23bcb514610655578063e2fe5db014610688578063ed2af9f0146106a7578063f364c90c146106d4575f5ffd5b80637dc2cd98146105c35780638e6c2ba51461060f578063c52164c614610622575f5ffd5b8063619d125c116100c2578063619d125c1461042f57806367dfd4c9146104435780636b0d316b146104625780637ac3de8c14610481575f5ffd5b8063520dbe2d146103bd5780635b5175d5146103dc5780635e78931814610410575f5ffd5b80632e1a7d4d1161015257806340e58ee51161012d57806340e58ee5146102f85780634b1914c0146103175780634cf088d9146103435780634d6861a61461038e575f5ffd5b80632e1a7d4d1461029157806338d0095e146102b05780633e362c96146102e4575f5ffd5b8063278ecde111610182578063278ecde11461022757806328ed4f6c146102465780632b3dac4c14610265575f5ffd5b8063049878f3146101a85780631a46e304146101c9578063227882d6146101fb575b5f5ffd5b3480156101b3575f5ffd5b506101c76101c2366004613992565b61071b565b005b3480156101d4575f5ffd5b506101e86101e33660046139cb565b610b85565b6040519081526020015b60405180910390f35b348015610206575f5ffd5b5061021a610215366004613992565b610d95565b6040516101f29190613a2d565b348015610232575f5ffd5b506101c7610241366004613992565b610f56565b348015610251575f5ffd5b506101c76102603660046139cb565b61113a565b348015610270575f5ffd5b5061028461027f3660046139cb565b611406565b6040516101f29190613ba3565b34801561029c575f5ffd5b506101c76102ab366004613992565b6115a7565b3480156102bb575f5ffd5b506102cf6102ca3660046139cb565b61179c565b604080519283526020830191909152016101f2565b3480156102ef575f5ffd5b506101e85f5481565b348015610303575f5ffd5b506101c7610312366004613992565b6118c2565b348015610322575f5ffd5b50610336610331366004613992565b611a84565b6040516101f29190613da6565b34801561034e575f5ffd5b506103767f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016101f2565b348015610399575f5ffd5b506103ad6103a8366004613992565b611c9e565b60405190151581526020016101f2565b3480156103c8575f5ffd5b506102cf6103d73660046139cb565b611d23565b3480156103e7575f5ffd5b506103766103f6366004613db8565b60046020525f90815260409020546001600160a01b031681565b34801561041b575f5ffd5b506101e861042a366004613e14565b611d59565b34801561043a575f5ffd5b506101e8601081565b34801561044e575f5ffd5b506101c761045d366004613992565b611e31565b34801561046d575f5ffd5b506101e861047c366004613992565b611f2d565b34801561048c575f5ffd5b5061054261049b3660046139cb565b600360209081525f92835260408084209091529082529020805460018201546002909201546001600160a01b0382169265ffffffffffff600160a01b8404811693600160d01b900416916dffffffffffffffffffffffffffff808316926e01000000000000000000000000000081049091169163ffffffff600160e01b909204821691818116916401000000008104821691600160401b8204811691600160601b9004168a565b604080516001600160a01b03909b168b5265ffffffffffff998a1660208c015298909716978901979097526dffffffffffffffffffffffffffff948516606089015293909216608087015263ffffffff90811660a087015290811660c086015290811660e085015291821661010084015216610120820152610140016101f2565b3480156105ce575f5ffd5b506105f67f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016101f2565b6101e861061d366004613e80565b611f7c565b34801561062d575f5ffd5b506103767f000000000000000000000000000000000000000000000000000000000000000081565b348015610660575f5ffd5b506103767f000000000000000000000000000000000000000000000000000000000000000081565b348015610693575f5ffd5b506102cf6106a2366004613ec7565b612616565b3480156106b2575f5ffd5b506106c66106c1366004613f49565b612787565b6040516101f2929190613f69565b3480156106df575f5ffd5b506103ad6106ee366004613f49565b5f828152600560209081526040808320600885901c8452909152902054600160ff83161b16151592915050565b60ff5f5c161561073e5760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d505f61075682612864565b8054909150600160d01b900465ffffffffffff16421061079157604051637908974f60e11b8152600481018390526024015b60405180910390fd5b60405163027cf93b60e31b81523360048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906313e7c9d89060240161010060405180830381865afa1580156107f6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061081a9190614084565b80519091506001600160a01b0316610860576040517f76c6c93a000000000000000000000000000000000000000000000000000000008152336004820152602401610788565b5f83815260036020908152604080832084516001600160a01b039081168552925290912080549091161580159081906108a757508154600160d01b900465ffffffffffff16155b156108e7576040517f5da1c8f500000000000000000000000000000000000000000000000000000000815260048101869052336024820152604401610788565b600284015463ffffffff600160801b82048116600160a01b90920416106109555760028401546040517f9dd673fb00000000000000000000000000000000000000000000000000000000815260048101879052600160801b90910463ffffffff166024820152604401610788565b6109608585856128ba565b60018460020160148282829054906101000a900463ffffffff166109849190614124565b92506101000a81548163ffffffff021916908363ffffffff1602179055505f84600101601c9054906101000a900463ffffffff1690508115610a625760028301546109df9063ffffffff80821691600160401b900416614140565b6109e99082614140565b60028401805463ffffffff191663ffffffff9283161790819055610a1f916401000000008204811691600160601b900416614140565b6001840154610a3b9190600160e01b900463ffffffff16614140565b8360020160046101000a81548163ffffffff021916908363ffffffff160217905550610a7a565b60028301805463ffffffff191663ffffffff83161790555b82547fffffffffffff000000000000000000000000000000000000000000000000000016337fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff811691909117600160a01b4265ffffffffffff1602176001600160d01b031684555f908152600460205260409020546001600160a01b0316610b37578351335f908152600460205260409020805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b039092169190911790555b83516040516001600160a01b0390911690339088907f4f015b7fef70e16c5f8187a4c241c479cbf9a7f97191bdccc2887021d8e46bf7905f90a4505f93505050815c60ff19169050815d5050565b5f60ff815c1615610ba95760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316610c17576040517f83fad4cf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f5f610c258787612c2c565b93509350935093508183612710610c3c919061415c565b610c469190614173565b9450610c56603f62061a80614173565b610c639062061a80614192565b5a1015610c9c576040517f1c26714c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316633c036a7e62061a8087896002876040518663ffffffff1660e01b8152600401610cf494939291906141a5565b5f604051808303815f88803b158015610d0b575f5ffd5b5087f193505050508015610d1d575060015b15610d26575060015b6040805185815260208101859052908101879052811515606082015285906001600160a01b038916908a907fc29a83461af52df59c1b0a5a47e423b62fcc7acd6e18a1577edbff4a7deb59cf9060800160405180910390a4505f93505050815c60ff19169050815d5092915050565b604080516101e0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c0810191909152610e1682612864565b604080516101e08101825282546001600160a01b038116825265ffffffffffff600160a01b80830482166020850152600160d01b909204169282019290925260018301546001600160801b0380821660608401526bffffffffffffffffffffffff600160801b80840491909116608085015263ffffffff600160e01b909304831660a085015260028087015492831660c0860152908204831660e085015293810490911661010083015290929161012084019160ff600160c01b9091041690811115610ee457610ee46139f9565b6002811115610ef557610ef56139f9565b81526002820154600160c81b810460ff1615156020830152600160d01b900465ffffffffffff16604082015260038201546001600160801b038082166060840152600160801b90910416608082015260049091015460a09091015292915050565b60ff5f5c1615610f795760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d505f610f9182612864565b80549091506001600160a01b03163314610fbe57604051630edd024760e11b815260040160405180910390fd5b60038101546001600160801b03165f610fd684611f2d565b905080421061103457600183015461100390600160801b90046bffffffffffffffffffffffff1683614192565b6001840180547fffffffff000000000000000000000000ffffffffffffffffffffffffffffffff1690559150611094565b8115801561105a57506001830154600160801b90046bffffffffffffffffffffffff1615155b15611094576040517f3ea8fb2500000000000000000000000000000000000000000000000000000000815260048101829052602401610788565b815f036110cd576040517ff76aef6500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6003830180546fffffffffffffffffffffffffffffffff19169055604051828152339085907f7ca5472b7ea78c2c0141c5a12ee6d170cf4ce8ed06be3d22c8252ddfc7a6a2c49060200160405180910390a36111293383612ffc565b505f91505060ff19815c16815d5050565b60ff5f5c161561115d5760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d505f61117583612864565b5f8481526003602090815260408083206001600160a01b03808816808652600485528386205482168652919093529220805493945092161415806111c057506001600160a01b038316155b156111f05760405163dbebc51760e01b8152600481018590526001600160a01b0384166024820152604401610788565b6040516314bfb52760e01b81526001600160a01b0384811660048301527f000000000000000000000000000000000000000000000000000000000000000016906314bfb52790602401602060405180830381865afa158015611254573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112789190614266565b6112b9576040517f9281fbd20000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610788565b80546001820154600160d01b90910465ffffffffffff1615906dffffffffffffffffffffffffffff168115826112f657506001600160801b038116155b1561132d576040517ffddb35b300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b811561133d5761133d848461308a565b6001830180546dffffffffffffffffffffffffffff191690556003840180548291905f906113759084906001600160801b031661427f565b92506101000a8154816001600160801b0302191690836001600160801b03160217905550846001600160a01b0316867f9293f5f073442fec30959c1f0c24fcf2bf0b5f7efbdfca3c3aea56ffd5a258e383856040516113eb9291906001600160801b039290921682521515602082015260400190565b60405180910390a3505f92505050805c60ff1916815d505050565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e081018290526101008101829052610120810191909152505f8281526003602090815260408083206001600160a01b0380861680865260048552838620548216865291845293829020825161014081018452815495861680825265ffffffffffff600160a01b8804811696830196909652600160d01b9096049094169284019290925260018201546dffffffffffffffffffffffffffff80821660608601526e010000000000000000000000000000820416608085015263ffffffff600160e01b909104811660a085015260029092015480831660c08501526401000000008104831660e0850152600160401b81048316610100850152600160601b90049091166101208301529091146115a15760408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101919091525b90505b92915050565b60ff5f5c16156115ca5760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d506115e181612864565b505f8181526003602090815260408083203380855260048452828520546001600160a01b03908116865291909352922080549092161461163d5760405163dbebc51760e01b815260048101839052336024820152604401610788565b6040516314bfb52760e01b81523360048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906314bfb52790602401602060405180830381865afa15801561169f573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116c39190614266565b156116e35760405163aad5b96960e01b8152336004820152602401610788565b60018101546dffffffffffffffffffffffffffff165f819003611732576040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001820180546dffffffffffffffffffffffffffff19169055604051818152339084907fcf7d23a3cbe4e8b36ff82fd1b05b1b17373dc7804b4ebbd6e2356716ef2023729060200160405180910390a361178c3382612ffc565b505f905060ff19815c16815d5050565b5f5f5f6117a885612864565b5f8681526003602090815260408083206001600160a01b03808a16808652600485528386205482168652919093529220805493945092161415806117f357506001600160a01b038516155b15611805575f5f9350935050506118bb565b80546002820154600160d01b90910465ffffffffffff16151590640100000000900463ffffffff1681611849576001830154600160e01b900463ffffffff1661185c565b6002830154600160601b900463ffffffff165b6118669190614140565b600283015463ffffffff91821696501681611892576001840154600160e01b900463ffffffff166118a5565b6002830154600160401b900463ffffffff165b6118af9190614140565b63ffffffff1693505050505b9250929050565b60ff5f5c16156118e55760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d505f6118fd82612864565b80549091506001600160a01b0316331461192a57604051630edd024760e11b815260040160405180910390fd5b6002810154600160c81b900460ff1615611970576040517f54e3762500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8054600160d01b900465ffffffffffff1642106119a357604051637908974f60e11b815260048101839052602401610788565b60028101545f906119c390600160d01b900465ffffffffffff1642614192565b8254909150600160d01b900465ffffffffffff168110156119fc5781546001600160d01b0316600160d01b65ffffffffffff8316021782555b600282018054600160c81b7fffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffffff9091161790558154604051600160d01b90910465ffffffffffff16815283907ffda5145808d2dfc1ce136a4d342d051a26190db56b3fcf8fb804b1ba15a963429060200160405180910390a2505f905060ff19815c16815d5050565b611ac96040518060c001604052805f6001600160a01b031681526020016060815260200160608152602001606081526020015f600f0b81526020015f60ff1681525090565b611ad282612864565b505f82815260026020908152604091829020825160c08101845281546001600160a01b0316815260018201805485518186028101860190965280865291949293858101939290830182828015611b4f57602002820191905f5260205f20905b81546001600160a01b03168152600190910190602001808311611b31575b50505050508152602001600282018054611b689061429e565b80601f0160208091040260200160405190810160405280929190818152602001828054611b949061429e565b8015611bdf5780601f10611bb657610100808354040283529160200191611bdf565b820191905f5260205f20905b815481529060010190602001808311611bc257829003601f168201915b50505050508152602001600382018054611bf89061429e565b80601f0160208091040260200160405190810160405280929190818152602001828054611c249061429e565b8015611c6f5780601f10611c4657610100808354040283529160200191611c6f565b820191905f5260205f20905b815481529060010190602001808311611c5257829003601f168201915b505050918352505060049190910154600f81900b6020830152600160801b900460ff1660409091015292915050565b5f81815260016020526040812080546001600160a01b031615801590611cd357508054600160d01b900465ffffffffffff1642105b8015611cf85750600281015463ffffffff600160801b82048116600160a01b90920416105b8015611d1c57506001810154600160801b90046bffffffffffffffffffffffff1615155b9392505050565b5f5f5f611d308585611406565b60608101516080909101516dffffffffffffffffffffffffffff91821697911695509350505050565b5f8381611d6782604061415c565b67ffffffffffffffff811115611d7f57611d7f613fb5565b6040519080825280601f01601f191660200182016040528015611da9576020820181803683370190505b5090505f5b82811015611e1e575f888883818110611dc957611dc96142d6565b9050602002016020810190611dde9190613db8565b90505f878784818110611df357611df36142d6565b9050602002013590506040830260208501018281528160208201525050508080600101915050611dae565b5080516020909101209695505050505050565b60ff5f5c1615611e545760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d505f611e6c82612864565b5f8381526003602090815260408083203380855260048452828520546001600160a01b039081168652919093529220805493945092909116141580611ec057508054600160d01b900465ffffffffffff1615155b15611ee75760405163dbebc51760e01b815260048101849052336024820152604401610788565b611ef1828261308a565b604051339084907f1ac00972dde83a59e1d2038e8bbce1990d49eb1c4ce1c3856cebe9b8f794a779905f90a3505f905060ff19815c16815d5050565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16611f6283612864565b546115a19190600160d01b900465ffffffffffff16614192565b5f60ff815c1615611fa05760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d50341580611fc657506bffffffffffffffffffffffff34115b15611ffd576040517f769cabf100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61200a6020840184614300565b6001600160801b03165f0361204b576040517f6e99268600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61205b6060840160408501614335565b63ffffffff165f03612099576040517f0ef905e400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6120aa60a085016080860161435b565b67ffffffffffffffff16156120ce576120c960a085016080860161435b565b6120d0565b425b905067ffffffffffffffff81166120ed60c0860160a0870161435b565b67ffffffffffffffff1611158061211d57504261211060c0860160a0870161435b565b67ffffffffffffffff1611155b80612146575065ffffffffffff61213a60c0860160a0870161435b565b67ffffffffffffffff16115b156121a2578061215c60c0860160a0870161435b565b6040517fd389761b00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610788565b65ffffffffffff6121b960e0860160c0870161435b565b67ffffffffffffffff161115612218576121d960e0850160c0860161435b565b6040517f6f27491100000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610788565b61223d61222860e0860186614376565b61223860808701606088016143ab565b613165565b82158015906122ef57506040517feaf882c6000000000000000000000000000000000000000000000000000000008152336004820152602481018490527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063eaf882c690604401602060405180830381865afa1580156122c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906122ed9190614266565b155b15612329576040517f58b1dfba00000000000000000000000000000000000000000000000000000000815260048101849052602401610788565b5f5f8154612336906143c6565b91829055505f81815260016020526040902080547fffffffffffff000000000000000000000000000000000000000000000000000016337fffffffffffff000000000000ffffffffffffffffffffffffffffffffffffffff1617600160a01b65ffffffffffff8516021781559092506123b560c0860160a0870161435b565b815465ffffffffffff91909116600160d01b026001600160d01b039091161781556123e36020860186614300565b6001820180546001600160801b03929092167fffffffff0000000000000000000000000000000000000000000000000000000090921691909117600160801b346bffffffffffffffffffffffff16021790556124456040860160208701614300565b6002820180546fffffffffffffffffffffffffffffffff19166001600160801b03929092169190911790556124806060860160408701614335565b60028201805463ffffffff92909216600160801b027fffffffffffffffffffffffff00000000ffffffffffffffffffffffffffffffff9092169190911790556124cf60808601606087016143ab565b8160020160186101000a81548160ff021916908360028111156124f4576124f46139f9565b021790555061250960e0860160c0870161435b565b60028201805465ffffffffffff92909216600160d01b026001600160d01b039092169190911790556003810180546001600160801b03348116600160801b029116179055600481018490555f61256260e0870187614376565b612570906020810190613db8565b6001600160a01b0316146125a55761258b60e0860186614376565b5f8481526002602052604090206125a28282614630565b50505b5f6125af86614954565b67ffffffffffffffff841660808201526040519091508590339086907f09a681152677f2ae0beaed19045644a1b41b6d98d25af35646488058703ca341906125fa9086903490614a0f565b60405180910390a4505f91505060ff19815c16815d5092915050565b5f8060ff815c161561263b5760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d505f61265389612864565b905061265f89896132a0565b5f61266d8989898989613327565b8254909150600160a01b900465ffffffffffff1667ffffffffffffffff821610806126b157508154600160d01b900465ffffffffffff1667ffffffffffffffff8216115b156126fb576040517f3914e10d000000000000000000000000000000000000000000000000000000008152600481018a905267ffffffffffffffff82166024820152604401610788565b60028201545f90819061271d908d906001600160801b0316858d8d8d8d6134fa565b91509150815194506127308c85846137d7565b95508a8c7f0cee1bf57435c0bf4770a6a648a74423840e47e4ee038a00fa35863e8fdeff858389604051612765929190614ad1565b60405180910390a3505f92505050805c60ff1916815d50965096945050505050565b60605f8267ffffffffffffffff8111156127a3576127a3613fb5565b6040519080825280602002602001820160405280156127cc578160200160208202803683370190505b5091505f8085156127dd57856127e0565b60015b5f549091505b8082111580156127f557508583105b156128455761280382611c9e565b1561283357818584612814816143c6565b955081518110612826576128266142d6565b6020026020010181815250505b8161283d816143c6565b9250506127e6565b82855280821115612856575f612858565b815b93505050509250929050565b5f81815260016020526040902080546001600160a01b03166128b5576040517f47599d0900000000000000000000000000000000000000000000000000000000815260048101839052602401610788565b919050565b8060400151156128df5760405163aad5b96960e01b8152336004820152602401610788565b6002828101545f85815260209290925260409091208054600160c01b90920460ff16916001600160a01b0316600183600281111561291f5761291f6139f9565b14801561294157505f8460200151600181111561293e5761293e6139f9565b14155b1561296157826040516303bac73f60e51b81526004016107889190614b13565b6002836002811115612975576129756139f9565b148061298957506001600160a01b03811615155b15612a82576001846020015160018111156129a6576129a66139f9565b146129c75760026040516303bac73f60e51b81526004016107889190614b13565b60608401511580612a6257506060840151604051630764d88b60e51b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ec9b116090602401602060405180830381865afa158015612a3c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612a609190614266565b155b15612a8257604051639eb9f5f160e01b8152336004820152602401610788565b600285015460808501516001600160801b03909116901580612aa75750808560800151105b15612aee5760808501516040517f829f1163000000000000000000000000000000000000000000000000000000008152600481019190915260248101829052604401610788565b6001600160a01b03821615612c23575f5f5f846001600160a01b03166381bbba58896060015188600101896002018a6003016040518563ffffffff1660e01b8152600401612b3f9493929190614ba0565b606060405180830381865afa158015612b5a573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612b7e9190614c21565b9250925092508267ffffffffffffffff165f1480612b9f575060128160ff16115b80612bc957506004860154612bc79083908390600f81900b90600160801b900460ff1661394e565b155b15612c1f576040517fb1282a9a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152600f83900b602482015260ff82166044820152606401610788565b5050505b50505050505050565b5f5f5f5f5f612c3a87612864565b5f8881526003602090815260408083206001600160a01b03808c1680865260048552838620548216865291909352922080549394509216141580612c8557506001600160a01b038716155b15612cb55760405163dbebc51760e01b8152600481018990526001600160a01b0388166024820152604401610788565b60405163027cf93b60e31b81526001600160a01b0388811660048301525f917f0000000000000000000000000000000000000000000000000000000000000000909116906313e7c9d89060240161010060405180830381865afa158015612d1e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612d429190614084565b9050806040015115612d725760405163aad5b96960e01b81526001600160a01b0389166004820152602401610788565b600181602001516001811115612d8a57612d8a6139f9565b14612dab5760026040516303bac73f60e51b81526004016107889190614b13565b60608101519650861580612e435750604051630764d88b60e51b8152600481018890527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063ec9b116090602401602060405180830381865afa158015612e1d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612e419190614266565b155b15612e6c57604051639eb9f5f160e01b81526001600160a01b0389166004820152602401610788565b81546002830154600160d01b90910465ffffffffffff1615159063ffffffff165f82612ea9576001860154600160e01b900463ffffffff16612ebc565b6002850154600160401b900463ffffffff165b90505f83612edb576001860154600160e01b900463ffffffff16612eee565b6002860154600160601b900463ffffffff165b9050612efa8383614140565b63ffffffff1698506010891015612f47576040517f09050253000000000000000000000000000000000000000000000000000000008152600481018a905260106024820152604401610788565b6002860154612f6490640100000000900463ffffffff1682614140565b60028701805463ffffffff8481166401000000000267ffffffffffffffff19909216868216179190911790915560405191169a50612fd4908e908e90869086906020019384526001600160a01b0392909216602084015263ffffffff908116604084015216606082015260800190565b6040516020818303038152906040528051906020012097505050505050505092959194509250565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114613045576040519150601f19603f3d011682016040523d82523d5f602084013e61304a565b606091505b5050905080613085576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b80546001600160d01b0316600160d01b4265ffffffffffff1602178155600282018054600191906014906130cc908490600160a01b900463ffffffff16614140565b82546101009290920a63ffffffff81810219909316918316021790915560019384015460028401805494909501547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff909416600160e01b918290048316600160401b027fffffffffffffffffffffffffffffffff00000000ffffffffffffffffffffffff1617930416600160601b029190911790915550565b5f6131736020840184613db8565b6001600160a01b03160361321c5761318e60208301836143de565b15159050806131aa57506131a560408301836144c1565b151590505b806131c257506131bd60608301836144c1565b151590505b806131de57506131d860a0830160808401614c6b565b600f0b15155b806131fa57506131f460c0830160a08401614c86565b60ff1615155b1561321857604051632da5dee360e01b815260040160405180910390fd5b5050565b61322960208301836143de565b1590508061324b575061323f6020830183613db8565b6001600160a01b03163b155b806132685750601261326360c0840160a08501614c86565b60ff16115b806131fa57506001816002811115613282576132826139f9565b0361321857604051632da5dee360e01b815260040160405180910390fd5b5f828152600560209081526040808320600885901c84529182905290912054600160ff84161b908082161561330b576040517f6bd4745f0000000000000000000000000000000000000000000000000000000081526004810186905260248101859052604401610788565b60089390931c5f90815260209290925260409091209117905550565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637c4bd5f3896040518263ffffffff1660e01b815260040161337891815260200190565b6040805180830381865afa158015613392573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906133b69190614ca1565b91509150816133f4576040517fc65e08bf00000000000000000000000000000000000000000000000000000000815260048101899052602401610788565b858414158061340e57508061340b88888888611d59565b14155b15613445576040517f74ef6df700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517fb32c4d8d000000000000000000000000000000000000000000000000000000008152600481018990527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063b32c4d8d9060240161010060405180830381865afa1580156134c2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906134e69190614ccb565b50929e9d5050505050505050505050505050565b606080848067ffffffffffffffff81111561351757613517613fb5565b604051908082528060200260200182016040528015613540578160200160208202803683370190505b5092508067ffffffffffffffff81111561355c5761355c613fb5565b604051908082528060200260200182016040528015613585578160200160208202803683370190505b505f8b815260036020526040812091935090815b838110156137c1575f825f8c8c858181106135b6576135b66142d6565b90506020020160208101906135cb9190613db8565b6001600160a01b03908116825260208201929092526040015f20805490925016806135f75750506137b9565b5f825f01601a9054906101000a900465ffffffffffff1665ffffffffffff1690508d67ffffffffffffffff16835f0160149054906101000a900465ffffffffffff1665ffffffffffff16101580613661575080158015906136615750808e67ffffffffffffffff16115b1561366e575050506137b9565b8e8b8b86818110613681576136816142d6565b90506020020135108061371757506040516314bfb52760e01b81526001600160a01b0383811660048301527f000000000000000000000000000000000000000000000000000000000000000016906314bfb52790602401602060405180830381865afa1580156136f3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906137179190614266565b15613724575050506137b9565b8c8c85818110613736576137366142d6565b905060200201602081019061374b9190613db8565b89878151811061375d5761375d6142d6565b60200260200101906001600160a01b031690816001600160a01b03168152505081888781518110613790576137906142d6565b6001600160a01b0390921660209283029190910190910152856137b2816143c6565b9650505050505b600101613599565b5081855281845250505097509795505050505050565b805160018301545f9190600160801b90046bffffffffffffffffffffffff16811561382a5760018501546001600160801b0316925080613817838561415c565b111561382a576138278282614173565b92505b613834828461415c565b61383e9082614d5a565b600180870180546bffffffffffffffffffffffff93909316600160801b027fffffffff000000000000000000000000ffffffffffffffffffffffffffffffff90931692909217808355909190601c906138a690849063ffffffff600160e01b90910416614124565b825463ffffffff9182166101009390930a9283029190920219909116179055505f86815260036020526040812090607085901b8517600160e01b17905b84811015613942575f835f898481518110613900576139006142d6565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f20905060018101838154018155505080806001019150506138e3565b50505050509392505050565b5f61395d60ff8516600a614e50565b83600f0b61396b9190614e5b565b61397960ff8416600a614e50565b86600f0b6139879190614e5b565b121595945050505050565b5f602082840312156139a2575f5ffd5b5035919050565b6001600160a01b03811681146139bd575f5ffd5b50565b80356128b5816139a9565b5f5f604083850312156139dc575f5ffd5b8235915060208301356139ee816139a9565b809150509250929050565b634e487b7160e01b5f52602160045260245ffd5b60038110613a2957634e487b7160e01b5f52602160045260245ffd5b9052565b81516001600160a01b031681526101e081016020830151613a58602084018265ffffffffffff169052565b506040830151613a72604084018265ffffffffffff169052565b506060830151613a8d60608401826001600160801b03169052565b506080830151613aad60808401826bffffffffffffffffffffffff169052565b5060a0830151613ac560a084018263ffffffff169052565b5060c0830151613ae060c08401826001600160801b03169052565b5060e0830151613af860e084018263ffffffff169052565b50610100830151613b1261010084018263ffffffff169052565b50610120830151613b27610120840182613a0d565b50610140830151613b3d61014084018215159052565b50610160830151613b5961016084018265ffffffffffff169052565b50610180830151613b766101808401826001600160801b03169052565b506101a0830151613b936101a08401826001600160801b03169052565b506101c092830151919092015290565b81516001600160a01b0316815261014081016020830151613bce602084018265ffffffffffff169052565b506040830151613be8604084018265ffffffffffff169052565b506060830151613c0a60608401826dffffffffffffffffffffffffffff169052565b506080830151613c2c60808401826dffffffffffffffffffffffffffff169052565b5060a0830151613c4460a084018263ffffffff169052565b5060c0830151613c5c60c084018263ffffffff169052565b5060e0830151613c7460e084018263ffffffff169052565b50610100830151613c8e61010084018263ffffffff169052565b50610120830151613ca861012084018263ffffffff169052565b5092915050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f60c083016001600160a01b038351168452602083015160c0602086015281815180845260e0870191506020830193505f92505b80831015613d3d576001600160a01b038451168252602082019150602084019350600183019250613d11565b50604085015192508581036040870152613d578184613caf565b9250505060608301518482036060860152613d728282613caf565b9150506080830151613d896080860182600f0b9052565b5060a0830151613d9e60a086018260ff169052565b509392505050565b602081525f61159e6020830184613cdd565b5f60208284031215613dc8575f5ffd5b8135611d1c816139a9565b5f5f83601f840112613de3575f5ffd5b50813567ffffffffffffffff811115613dfa575f5ffd5b6020830191508360208260051b85010111156118bb575f5ffd5b5f5f5f5f60408587031215613e27575f5ffd5b843567ffffffffffffffff811115613e3d575f5ffd5b613e4987828801613dd3565b909550935050602085013567ffffffffffffffff811115613e68575f5ffd5b613e7487828801613dd3565b95989497509550505050565b5f5f60408385031215613e91575f5ffd5b823567ffffffffffffffff811115613ea7575f5ffd5b83016101008186031215613eb9575f5ffd5b946020939093013593505050565b5f5f5f5f5f5f60808789031215613edc575f5ffd5b8635955060208701359450604087013567ffffffffffffffff811115613f00575f5ffd5b613f0c89828a01613dd3565b909550935050606087013567ffffffffffffffff811115613f2b575f5ffd5b613f3789828a01613dd3565b979a9699509497509295939492505050565b5f5f60408385031215613f5a575f5ffd5b50508035926020909101359150565b604080825283519082018190525f9060208501906060840190835b81811015613fa2578351835260209384019390920191600101613f84565b5050602093909301939093525092915050565b634e487b7160e01b5f52604160045260245ffd5b604051610100810167ffffffffffffffff81118282101715613fed57613fed613fb5565b60405290565b60405160c0810167ffffffffffffffff81118282101715613fed57613fed613fb5565b604051601f8201601f1916810167ffffffffffffffff8111828210171561403f5761403f613fb5565b604052919050565b8051600281106128b5575f5ffd5b805180151581146128b5575f5ffd5b67ffffffffffffffff811681146139bd575f5ffd5b80516128b581614064565b5f610100828403128015614096575f5ffd5b5061409f613fc9565b82516140aa816139a9565b81526140b860208401614047565b60208201526140c960408401614055565b6040820152606083810151908201526080808401519082015260a080840151908201526140f860c08401614079565b60c082015260e0928301519281019290925250919050565b634e487b7160e01b5f52601160045260245ffd5b63ffffffff81811683821601908111156115a1576115a1614110565b63ffffffff82811682821603908111156115a1576115a1614110565b80820281158282048414176115a1576115a1614110565b5f8261418d57634e487b7160e01b5f52601260045260245ffd5b500490565b808201808211156115a1576115a1614110565b84815283600f0b602082015260ff83166040820152610100606082015260066101008201527f757074696d65000000000000000000000000000000000000000000000000000061012082015261014060808201525f61014082015f600c82527f6d7963656c2d626f756e74790000000000000000000000000000000000000000602083015260408201905083810360a0850152614245815f815260200190565b84810360c08601525f815260e0909401949094525050602001949350505050565b5f60208284031215614276575f5ffd5b61159e82614055565b6001600160801b0381811683821601908111156115a1576115a1614110565b600181811c908216806142b257607f821691505b6020821081036142d057634e487b7160e01b5f52602260045260245ffd5b50919050565b634e487b7160e01b5f52603260045260245ffd5b80356001600160801b03811681146128b5575f5ffd5b5f60208284031215614310575f5ffd5b61159e826142ea565b63ffffffff811681146139bd575f5ffd5b80356128b581614319565b5f60208284031215614345575f5ffd5b8135611d1c81614319565b80356128b581614064565b5f6020828403121561436b575f5ffd5b8135611d1c81614064565b5f823560be1983360301811261438a575f5ffd5b9190910192915050565b600381106139bd575f5ffd5b80356128b581614394565b5f602082840312156143bb575f5ffd5b8135611d1c81614394565b5f600182016143d7576143d7614110565b5060010190565b5f5f8335601e198436030181126143f3575f5ffd5b83018035915067ffffffffffffffff82111561440d575f5ffd5b6020019150600581901b36038213156118bb575f5ffd5b5b81811015613218575f8155600101614425565b67ffffffffffffffff83111561445057614450613fb5565b600160401b83111561446457614464613fb5565b80548382558084101561448857815f5260205f20614486828201868301614424565b505b5081815f5260205f205f5b858110156144b95782356144a6816139a9565b8282015560209290920191600101614493565b505050505050565b5f5f8335601e198436030181126144d6575f5ffd5b83018035915067ffffffffffffffff8211156144f0575f5ffd5b6020019150368190038213156118bb575f5ffd5b601f82111561308557805f5260205f20601f840160051c810160208510156145295750805b61453b601f850160051c830182614424565b5050505050565b67ffffffffffffffff83111561455a5761455a613fb5565b61456e83614568835461429e565b83614504565b5f601f84116001811461459f575f85156145885750838201355b5f19600387901b1c1916600186901b17835561453b565b5f83815260208120601f198716915b828110156145ce57868501358255602094850194600190920191016145ae565b50868210156145ea575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b80600f0b81146139bd575f5ffd5b5f81356115a1816145fc565b60ff811681146139bd575f5ffd5b5f81356115a181614616565b813561463b816139a9565b6001600160a01b03811673ffffffffffffffffffffffffffffffffffffffff19835416178255506020820135601e19833603018112614678575f5ffd5b8201803567ffffffffffffffff811115614690575f5ffd5b6020820191508060051b36038213156146a7575f5ffd5b6146b5818360018601614438565b50506146c460408301836144c1565b6146d2818360028601614542565b50506146e160608301836144c1565b6146ef818360038601614542565b50506004810161472a6147046080850161460a565b82546fffffffffffffffffffffffffffffffff19166001600160801b0391909116178255565b61308561473960a08501614624565b82547fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff1660809190911b70ff0000000000000000000000000000000016178255565b5f82601f83011261478a575f5ffd5b813567ffffffffffffffff8111156147a4576147a4613fb5565b8060051b6147b460208201614016565b918252602081850181019290810190868411156147cf575f5ffd5b6020860192505b838310156147fa5782356147e9816139a9565b8252602092830192909101906147d6565b9695505050505050565b5f82601f830112614813575f5ffd5b813567ffffffffffffffff81111561482d5761482d613fb5565b614840601f8201601f1916602001614016565b818152846020838601011115614854575f5ffd5b816020850160208301375f918101602001919091529392505050565b80356128b5816145fc565b80356128b581614616565b5f60c08284031215614896575f5ffd5b61489e613ff3565b90506148a9826139c0565b8152602082013567ffffffffffffffff8111156148c4575f5ffd5b6148d08482850161477b565b602083015250604082013567ffffffffffffffff8111156148ef575f5ffd5b6148fb84828501614804565b604083015250606082013567ffffffffffffffff81111561491a575f5ffd5b61492684828501614804565b60608301525061493860808301614870565b608082015261494960a0830161487b565b60a082015292915050565b5f6101008236031215614965575f5ffd5b61496d613fc9565b614976836142ea565b8152614984602084016142ea565b60208201526149956040840161432a565b60408201526149a6606084016143a0565b60608201526149b760808401614350565b60808201526149c860a08401614350565b60a08201526149d960c08401614350565b60c082015260e083013567ffffffffffffffff8111156149f7575f5ffd5b614a0336828601614886565b60e08301525092915050565b604081526001600160801b0383511660408201526001600160801b0360208401511660608201525f6040840151614a4e608084018263ffffffff169052565b506060840151614a6160a0840182613a0d565b50608084015167ffffffffffffffff811660c08401525060a084015167ffffffffffffffff811660e08401525060c084015167ffffffffffffffff81166101008401525060e0840151610100610120840152614ac1610140840182613cdd565b9150508260208301529392505050565b604080825283519082018190525f9060208501906060840190835b81811015613fa25783516001600160a01b0316835260209384019390920191600101614aec565b602081016115a18284613a0d565b5f8154614b2d8161429e565b808552600182168015614b475760018114614b6357614b97565b60ff1983166020870152602082151560051b8701019350614b97565b845f5260205f205f5b83811015614b8e5781546020828a010152600182019150602081019050614b6c565b87016020019450505b50505092915050565b5f608082018683526080602084015280865480835260a085019150875f5260205f2092505f5b81811015614bed5783546001600160a01b0316835260019384019360209093019201614bc6565b50508381036040850152614c018187614b21565b9150508281036060840152614c168185614b21565b979650505050505050565b5f5f5f60608486031215614c33575f5ffd5b8351614c3e81614064565b6020850151909350614c4f816145fc565b6040850151909250614c6081614616565b809150509250925092565b5f60208284031215614c7b575f5ffd5b8135611d1c816145fc565b5f60208284031215614c96575f5ffd5b8135611d1c81614616565b5f5f60408385031215614cb2575f5ffd5b614cbb83614055565b6020939093015192949293505050565b5f5f5f5f5f5f5f5f610100898b031215614ce3575f5ffd5b885160208a015160408b015160608c0151929a509098509650614d0581614064565b60808a0151909550614d1681614319565b60a08a0151909450614d2781614394565b60c08a0151909350614d3881614064565b60e08a0151909250614d4981614064565b809150509295985092959890939650565b818103818111156115a1576115a1614110565b6001815b6001841115614da857808504811115614d8c57614d8c614110565b6001841615614d9a57908102905b60019390931c928002614d71565b935093915050565b5f82614dbe575060016115a1565b81614dca57505f6115a1565b8160018114614de05760028114614dea57614e06565b60019150506115a1565b60ff841115614dfb57614dfb614110565b50506001821b6115a1565b5060208310610133831016604e8410600b8410161715614e29575081810a6115a1565b614e355f198484614d6d565b805f1904821115614e4857614e48614110565b029392505050565b5f61159e8383614db0565b8082025f82127f800000000000000000000000000000000000000000000000000000000000000084141615614e9257614e92614110565b81810583148215176115a1576115a161411056",
}

// NodeBounty is an auto generated Go binding around an Ethereum contract.
type NodeBounty struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *NodeBounty) GetABI() abi.ABI {
	return c.abi
}

// NewNodeBounty creates a new instance of NodeBounty.
func NewNodeBounty() *NodeBounty {
	parsed, err := NodeBountyMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &NodeBounty{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *NodeBounty) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_, address staking_, address reputation_, uint64 claimPeriod_) returns()
func (nodeBounty *NodeBounty) PackConstructor(rollup_ common.Address, staking_ common.Address, reputation_ common.Address, claimPeriod_ uint64) []byte {
	enc, err := nodeBounty.abi.Pack("", rollup_, staking_, reputation_, claimPeriod_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMINUPTIMESAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x619d125c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_UPTIME_SAMPLE() view returns(uint256)
func (nodeBounty *NodeBounty) PackMINUPTIMESAMPLE() []byte {
	enc, err := nodeBounty.abi.Pack("MIN_UPTIME_SAMPLE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINUPTIMESAMPLE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x619d125c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_UPTIME_SAMPLE() view returns(uint256)
func (nodeBounty *NodeBounty) TryPackMINUPTIMESAMPLE() ([]byte, error) {
	return nodeBounty.abi.Pack("MIN_UPTIME_SAMPLE")
}

// UnpackMINUPTIMESAMPLE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x619d125c.
//
// Solidity: function MIN_UPTIME_SAMPLE() view returns(uint256)
func (nodeBounty *NodeBounty) UnpackMINUPTIMESAMPLE(data []byte) (*big.Int, error) {
	out, err := nodeBounty.abi.Unpack("MIN_UPTIME_SAMPLE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackBounty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x227882d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bounty(uint256 bountyId) view returns((address,uint48,uint48,uint128,uint96,uint32,uint128,uint32,uint32,uint8,bool,uint48,uint128,uint128,uint256))
func (nodeBounty *NodeBounty) PackBounty(bountyId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("bounty", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBounty is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x227882d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bounty(uint256 bountyId) view returns((address,uint48,uint48,uint128,uint96,uint32,uint128,uint32,uint32,uint8,bool,uint48,uint128,uint128,uint256))
func (nodeBounty *NodeBounty) TryPackBounty(bountyId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("bounty", bountyId)
}

// UnpackBounty is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x227882d6.
//
// Solidity: function bounty(uint256 bountyId) view returns((address,uint48,uint48,uint128,uint96,uint32,uint128,uint32,uint32,uint8,bool,uint48,uint128,uint128,uint256))
func (nodeBounty *NodeBounty) UnpackBounty(data []byte) (NodeBountyBounty, error) {
	out, err := nodeBounty.abi.Unpack("bounty", data)
	if err != nil {
		return *new(NodeBountyBounty), err
	}
	out0 := *abi.ConvertType(out[0], new(NodeBountyBounty)).(*NodeBountyBounty)
	return out0, nil
}

// PackBountyCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e362c96.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bountyCount() view returns(uint256)
func (nodeBounty *NodeBounty) PackBountyCount() []byte {
	enc, err := nodeBounty.abi.Pack("bountyCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBountyCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e362c96.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bountyCount() view returns(uint256)
func (nodeBounty *NodeBounty) TryPackBountyCount() ([]byte, error) {
	return nodeBounty.abi.Pack("bountyCount")
}

// UnpackBountyCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e362c96.
//
// Solidity: function bountyCount() view returns(uint256)
func (nodeBounty *NodeBounty) UnpackBountyCount(data []byte) (*big.Int, error) {
	out, err := nodeBounty.abi.Unpack("bountyCount", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cancel(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) PackCancel(bountyId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("cancel", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCancel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40e58ee5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cancel(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) TryPackCancel(bountyId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("cancel", bountyId)
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fe5db0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim(uint256 bountyId, uint256 batchIndex, address[] signers, uint256[] stakes) returns(uint256 share, uint256 payees)
func (nodeBounty *NodeBounty) PackClaim(bountyId *big.Int, batchIndex *big.Int, signers []common.Address, stakes []*big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("claim", bountyId, batchIndex, signers, stakes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fe5db0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim(uint256 bountyId, uint256 batchIndex, address[] signers, uint256[] stakes) returns(uint256 share, uint256 payees)
func (nodeBounty *NodeBounty) TryPackClaim(bountyId *big.Int, batchIndex *big.Int, signers []common.Address, stakes []*big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("claim", bountyId, batchIndex, signers, stakes)
}

// ClaimOutput serves as a container for the return parameters of contract
// method Claim.
type ClaimOutput struct {
	Share  *big.Int
	Payees *big.Int
}

// UnpackClaim is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fe5db0.
//
// Solidity: function claim(uint256 bountyId, uint256 batchIndex, address[] signers, uint256[] stakes) returns(uint256 share, uint256 payees)
func (nodeBounty *NodeBounty) UnpackClaim(data []byte) (ClaimOutput, error) {
	out, err := nodeBounty.abi.Unpack("claim", data)
	outstruct := new(ClaimOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Share = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Payees = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackClaimPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc2cd98.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimPeriod() view returns(uint64)
func (nodeBounty *NodeBounty) PackClaimPeriod() []byte {
	enc, err := nodeBounty.abi.Pack("claimPeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimPeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7dc2cd98.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimPeriod() view returns(uint64)
func (nodeBounty *NodeBounty) TryPackClaimPeriod() ([]byte, error) {
	return nodeBounty.abi.Pack("claimPeriod")
}

// UnpackClaimPeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7dc2cd98.
//
// Solidity: function claimPeriod() view returns(uint64)
func (nodeBounty *NodeBounty) UnpackClaimPeriod(data []byte) (uint64, error) {
	out, err := nodeBounty.abi.Unpack("claimPeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x520dbe2d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function earnings(uint256 bountyId, address operator) view returns(uint256 owed, uint256 earned)
func (nodeBounty *NodeBounty) PackEarnings(bountyId *big.Int, operator common.Address) []byte {
	enc, err := nodeBounty.abi.Pack("earnings", bountyId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEarnings is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x520dbe2d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function earnings(uint256 bountyId, address operator) view returns(uint256 owed, uint256 earned)
func (nodeBounty *NodeBounty) TryPackEarnings(bountyId *big.Int, operator common.Address) ([]byte, error) {
	return nodeBounty.abi.Pack("earnings", bountyId, operator)
}

// EarningsOutput serves as a container for the return parameters of contract
// method Earnings.
type EarningsOutput struct {
	Owed   *big.Int
	Earned *big.Int
}

// UnpackEarnings is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x520dbe2d.
//
// Solidity: function earnings(uint256 bountyId, address operator) view returns(uint256 owed, uint256 earned)
func (nodeBounty *NodeBounty) UnpackEarnings(data []byte) (EarningsOutput, error) {
	out, err := nodeBounty.abi.Unpack("earnings", data)
	outstruct := new(EarningsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Owed = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Earned = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf364c90c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isClaimed(uint256 bountyId, uint256 batchIndex) view returns(bool)
func (nodeBounty *NodeBounty) PackIsClaimed(bountyId *big.Int, batchIndex *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("isClaimed", bountyId, batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf364c90c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isClaimed(uint256 bountyId, uint256 batchIndex) view returns(bool)
func (nodeBounty *NodeBounty) TryPackIsClaimed(bountyId *big.Int, batchIndex *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("isClaimed", bountyId, batchIndex)
}

// UnpackIsClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf364c90c.
//
// Solidity: function isClaimed(uint256 bountyId, uint256 batchIndex) view returns(bool)
func (nodeBounty *NodeBounty) UnpackIsClaimed(data []byte) (bool, error) {
	out, err := nodeBounty.abi.Unpack("isClaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d6861a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isOpen(uint256 bountyId) view returns(bool)
func (nodeBounty *NodeBounty) PackIsOpen(bountyId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("isOpen", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d6861a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isOpen(uint256 bountyId) view returns(bool)
func (nodeBounty *NodeBounty) TryPackIsOpen(bountyId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("isOpen", bountyId)
}

// UnpackIsOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d6861a6.
//
// Solidity: function isOpen(uint256 bountyId) view returns(bool)
func (nodeBounty *NodeBounty) UnpackIsOpen(data []byte) (bool, error) {
	out, err := nodeBounty.abi.Unpack("isOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackJoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049878f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function join(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) PackJoin(bountyId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("join", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackJoin is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x049878f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function join(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) TryPackJoin(bountyId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("join", bountyId)
}

// PackLeave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67dfd4c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function leave(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) PackLeave(bountyId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("leave", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLeave is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x67dfd4c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function leave(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) TryPackLeave(bountyId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("leave", bountyId)
}

// PackOpenBounties is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed2af9f0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openBounties(uint256 from, uint256 limit) view returns(uint256[] ids, uint256 next)
func (nodeBounty *NodeBounty) PackOpenBounties(from *big.Int, limit *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("openBounties", from, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenBounties is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xed2af9f0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openBounties(uint256 from, uint256 limit) view returns(uint256[] ids, uint256 next)
func (nodeBounty *NodeBounty) TryPackOpenBounties(from *big.Int, limit *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("openBounties", from, limit)
}

// OpenBountiesOutput serves as a container for the return parameters of contract
// method OpenBounties.
type OpenBountiesOutput struct {
	Ids  []*big.Int
	Next *big.Int
}

// UnpackOpenBounties is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xed2af9f0.
//
// Solidity: function openBounties(uint256 from, uint256 limit) view returns(uint256[] ids, uint256 next)
func (nodeBounty *NodeBounty) UnpackOpenBounties(data []byte) (OpenBountiesOutput, error) {
	out, err := nodeBounty.abi.Unpack("openBounties", data)
	outstruct := new(OpenBountiesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Ids = *abi.ConvertType(out[0], new([]*big.Int)).(*[]*big.Int)
	outstruct.Next = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6c2ba5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function post((uint128,uint128,uint32,uint8,uint64,uint64,uint64,(address,address[],string,string,int128,uint8)) terms, uint256 agentId) payable returns(uint256 bountyId)
func (nodeBounty *NodeBounty) PackPost(terms NodeBountyTerms, agentId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("post", terms, agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPost is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8e6c2ba5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function post((uint128,uint128,uint32,uint8,uint64,uint64,uint64,(address,address[],string,string,int128,uint8)) terms, uint256 agentId) payable returns(uint256 bountyId)
func (nodeBounty *NodeBounty) TryPackPost(terms NodeBountyTerms, agentId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("post", terms, agentId)
}

// UnpackPost is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8e6c2ba5.
//
// Solidity: function post((uint128,uint128,uint32,uint8,uint64,uint64,uint64,(address,address[],string,string,int128,uint8)) terms, uint256 agentId) payable returns(uint256 bountyId)
func (nodeBounty *NodeBounty) UnpackPost(data []byte) (*big.Int, error) {
	out, err := nodeBounty.abi.Unpack("post", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reclaim(uint256 bountyId, address operator) returns()
func (nodeBounty *NodeBounty) PackReclaim(bountyId *big.Int, operator common.Address) []byte {
	enc, err := nodeBounty.abi.Pack("reclaim", bountyId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReclaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x28ed4f6c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reclaim(uint256 bountyId, address operator) returns()
func (nodeBounty *NodeBounty) TryPackReclaim(bountyId *big.Int, operator common.Address) ([]byte, error) {
	return nodeBounty.abi.Pack("reclaim", bountyId, operator)
}

// PackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refund(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) PackRefund(bountyId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("refund", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x278ecde1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refund(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) TryPackRefund(bountyId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("refund", bountyId)
}

// PackRefundableAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0d316b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundableAt(uint256 bountyId) view returns(uint256)
func (nodeBounty *NodeBounty) PackRefundableAt(bountyId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("refundableAt", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundableAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6b0d316b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundableAt(uint256 bountyId) view returns(uint256)
func (nodeBounty *NodeBounty) TryPackRefundableAt(bountyId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("refundableAt", bountyId)
}

// UnpackRefundableAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6b0d316b.
//
// Solidity: function refundableAt(uint256 bountyId) view returns(uint256)
func (nodeBounty *NodeBounty) UnpackRefundableAt(data []byte) (*big.Int, error) {
	out, err := nodeBounty.abi.Unpack("refundableAt", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReportUptime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a46e304.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reportUptime(uint256 bountyId, address operator) returns(uint256 value)
func (nodeBounty *NodeBounty) PackReportUptime(bountyId *big.Int, operator common.Address) []byte {
	enc, err := nodeBounty.abi.Pack("reportUptime", bountyId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReportUptime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1a46e304.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reportUptime(uint256 bountyId, address operator) returns(uint256 value)
func (nodeBounty *NodeBounty) TryPackReportUptime(bountyId *big.Int, operator common.Address) ([]byte, error) {
	return nodeBounty.abi.Pack("reportUptime", bountyId, operator)
}

// UnpackReportUptime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1a46e304.
//
// Solidity: function reportUptime(uint256 bountyId, address operator) returns(uint256 value)
func (nodeBounty *NodeBounty) UnpackReportUptime(data []byte) (*big.Int, error) {
	out, err := nodeBounty.abi.Unpack("reportUptime", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc52164c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputation() view returns(address)
func (nodeBounty *NodeBounty) PackReputation() []byte {
	enc, err := nodeBounty.abi.Pack("reputation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc52164c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputation() view returns(address)
func (nodeBounty *NodeBounty) TryPackReputation() ([]byte, error) {
	return nodeBounty.abi.Pack("reputation")
}

// UnpackReputation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc52164c6.
//
// Solidity: function reputation() view returns(address)
func (nodeBounty *NodeBounty) UnpackReputation(data []byte) (common.Address, error) {
	out, err := nodeBounty.abi.Unpack("reputation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackReputationTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b1914c0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputationTerms(uint256 bountyId) view returns((address,address[],string,string,int128,uint8))
func (nodeBounty *NodeBounty) PackReputationTerms(bountyId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("reputationTerms", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputationTerms is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4b1914c0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputationTerms(uint256 bountyId) view returns((address,address[],string,string,int128,uint8))
func (nodeBounty *NodeBounty) TryPackReputationTerms(bountyId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("reputationTerms", bountyId)
}

// UnpackReputationTerms is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4b1914c0.
//
// Solidity: function reputationTerms(uint256 bountyId) view returns((address,address[],string,string,int128,uint8))
func (nodeBounty *NodeBounty) UnpackReputationTerms(data []byte) (NodeBountyReputation, error) {
	out, err := nodeBounty.abi.Unpack("reputationTerms", data)
	if err != nil {
		return *new(NodeBountyReputation), err
	}
	out0 := *abi.ConvertType(out[0], new(NodeBountyReputation)).(*NodeBountyReputation)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (nodeBounty *NodeBounty) PackRollup() []byte {
	enc, err := nodeBounty.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (nodeBounty *NodeBounty) TryPackRollup() ([]byte, error) {
	return nodeBounty.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (nodeBounty *NodeBounty) UnpackRollup(data []byte) (common.Address, error) {
	out, err := nodeBounty.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSeatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b3dac4c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seatOf(uint256 bountyId, address operator) view returns((address,uint48,uint48,uint112,uint112,uint32,uint32,uint32,uint32,uint32) s)
func (nodeBounty *NodeBounty) PackSeatOf(bountyId *big.Int, operator common.Address) []byte {
	enc, err := nodeBounty.abi.Pack("seatOf", bountyId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeatOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b3dac4c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seatOf(uint256 bountyId, address operator) view returns((address,uint48,uint48,uint112,uint112,uint32,uint32,uint32,uint32,uint32) s)
func (nodeBounty *NodeBounty) TryPackSeatOf(bountyId *big.Int, operator common.Address) ([]byte, error) {
	return nodeBounty.abi.Pack("seatOf", bountyId, operator)
}

// UnpackSeatOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b3dac4c.
//
// Solidity: function seatOf(uint256 bountyId, address operator) view returns((address,uint48,uint48,uint112,uint112,uint32,uint32,uint32,uint32,uint32) s)
func (nodeBounty *NodeBounty) UnpackSeatOf(data []byte) (NodeBountySeat, error) {
	out, err := nodeBounty.abi.Unpack("seatOf", data)
	if err != nil {
		return *new(NodeBountySeat), err
	}
	out0 := *abi.ConvertType(out[0], new(NodeBountySeat)).(*NodeBountySeat)
	return out0, nil
}

// PackSeats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac3de8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function seats(uint256 bountyId, address signer) view returns(address operator, uint48 joinedAt, uint48 leftAt, uint112 owed, uint112 earned, uint32 paidBatches, uint32 fromClaims, uint32 fromPaid, uint32 leftClaims, uint32 leftPaid)
func (nodeBounty *NodeBounty) PackSeats(bountyId *big.Int, signer common.Address) []byte {
	enc, err := nodeBounty.abi.Pack("seats", bountyId, signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSeats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ac3de8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function seats(uint256 bountyId, address signer) view returns(address operator, uint48 joinedAt, uint48 leftAt, uint112 owed, uint112 earned, uint32 paidBatches, uint32 fromClaims, uint32 fromPaid, uint32 leftClaims, uint32 leftPaid)
func (nodeBounty *NodeBounty) TryPackSeats(bountyId *big.Int, signer common.Address) ([]byte, error) {
	return nodeBounty.abi.Pack("seats", bountyId, signer)
}

// SeatsOutput serves as a container for the return parameters of contract
// method Seats.
type SeatsOutput struct {
	Operator    common.Address
	JoinedAt    *big.Int
	LeftAt      *big.Int
	Owed        *big.Int
	Earned      *big.Int
	PaidBatches uint32
	FromClaims  uint32
	FromPaid    uint32
	LeftClaims  uint32
	LeftPaid    uint32
}

// UnpackSeats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ac3de8c.
//
// Solidity: function seats(uint256 bountyId, address signer) view returns(address operator, uint48 joinedAt, uint48 leftAt, uint112 owed, uint112 earned, uint32 paidBatches, uint32 fromClaims, uint32 fromPaid, uint32 leftClaims, uint32 leftPaid)
func (nodeBounty *NodeBounty) UnpackSeats(data []byte) (SeatsOutput, error) {
	out, err := nodeBounty.abi.Unpack("seats", data)
	outstruct := new(SeatsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Operator = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.JoinedAt = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.LeftAt = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	outstruct.Owed = abi.ConvertType(out[3], new(big.Int)).(*big.Int)
	outstruct.Earned = abi.ConvertType(out[4], new(big.Int)).(*big.Int)
	outstruct.PaidBatches = *abi.ConvertType(out[5], new(uint32)).(*uint32)
	outstruct.FromClaims = *abi.ConvertType(out[6], new(uint32)).(*uint32)
	outstruct.FromPaid = *abi.ConvertType(out[7], new(uint32)).(*uint32)
	outstruct.LeftClaims = *abi.ConvertType(out[8], new(uint32)).(*uint32)
	outstruct.LeftPaid = *abi.ConvertType(out[9], new(uint32)).(*uint32)
	return *outstruct, nil
}

// PackSignerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5175d5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signerOf(address operator) view returns(address signer)
func (nodeBounty *NodeBounty) PackSignerOf(operator common.Address) []byte {
	enc, err := nodeBounty.abi.Pack("signerOf", operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5b5175d5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signerOf(address operator) view returns(address signer)
func (nodeBounty *NodeBounty) TryPackSignerOf(operator common.Address) ([]byte, error) {
	return nodeBounty.abi.Pack("signerOf", operator)
}

// UnpackSignerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5b5175d5.
//
// Solidity: function signerOf(address operator) view returns(address signer)
func (nodeBounty *NodeBounty) UnpackSignerOf(data []byte) (common.Address, error) {
	out, err := nodeBounty.abi.Unpack("signerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSignersHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e789318.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signersHashOf(address[] signers, uint256[] stakes) pure returns(bytes32 h)
func (nodeBounty *NodeBounty) PackSignersHashOf(signers []common.Address, stakes []*big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("signersHashOf", signers, stakes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignersHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e789318.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signersHashOf(address[] signers, uint256[] stakes) pure returns(bytes32 h)
func (nodeBounty *NodeBounty) TryPackSignersHashOf(signers []common.Address, stakes []*big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("signersHashOf", signers, stakes)
}

// UnpackSignersHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e789318.
//
// Solidity: function signersHashOf(address[] signers, uint256[] stakes) pure returns(bytes32 h)
func (nodeBounty *NodeBounty) UnpackSignersHashOf(data []byte) ([32]byte, error) {
	out, err := nodeBounty.abi.Unpack("signersHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (nodeBounty *NodeBounty) PackStaking() []byte {
	enc, err := nodeBounty.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (nodeBounty *NodeBounty) TryPackStaking() ([]byte, error) {
	return nodeBounty.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (nodeBounty *NodeBounty) UnpackStaking(data []byte) (common.Address, error) {
	out, err := nodeBounty.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackUptimeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d0095e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function uptimeOf(uint256 bountyId, address operator) view returns(uint256 paid, uint256 claimed)
func (nodeBounty *NodeBounty) PackUptimeOf(bountyId *big.Int, operator common.Address) []byte {
	enc, err := nodeBounty.abi.Pack("uptimeOf", bountyId, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUptimeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38d0095e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function uptimeOf(uint256 bountyId, address operator) view returns(uint256 paid, uint256 claimed)
func (nodeBounty *NodeBounty) TryPackUptimeOf(bountyId *big.Int, operator common.Address) ([]byte, error) {
	return nodeBounty.abi.Pack("uptimeOf", bountyId, operator)
}

// UptimeOfOutput serves as a container for the return parameters of contract
// method UptimeOf.
type UptimeOfOutput struct {
	Paid    *big.Int
	Claimed *big.Int
}

// UnpackUptimeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38d0095e.
//
// Solidity: function uptimeOf(uint256 bountyId, address operator) view returns(uint256 paid, uint256 claimed)
func (nodeBounty *NodeBounty) UnpackUptimeOf(data []byte) (UptimeOfOutput, error) {
	out, err := nodeBounty.abi.Unpack("uptimeOf", data)
	outstruct := new(UptimeOfOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Paid = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Claimed = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) PackWithdraw(bountyId *big.Int) []byte {
	enc, err := nodeBounty.abi.Pack("withdraw", bountyId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2e1a7d4d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw(uint256 bountyId) returns()
func (nodeBounty *NodeBounty) TryPackWithdraw(bountyId *big.Int) ([]byte, error) {
	return nodeBounty.abi.Pack("withdraw", bountyId)
}

// NodeBountyBatchClaimed represents a BatchClaimed event raised by the NodeBounty contract.
type NodeBountyBatchClaimed struct {
	BountyId   *big.Int
	BatchIndex *big.Int
	Operators  []common.Address
	Share      *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const NodeBountyBatchClaimedEventName = "BatchClaimed"

// ContractEventName returns the user-defined event name.
func (NodeBountyBatchClaimed) ContractEventName() string {
	return NodeBountyBatchClaimedEventName
}

// UnpackBatchClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchClaimed(uint256 indexed bountyId, uint256 indexed batchIndex, address[] operators, uint256 share)
func (nodeBounty *NodeBounty) UnpackBatchClaimedEvent(log *types.Log) (*NodeBountyBatchClaimed, error) {
	event := "BatchClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeBounty.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeBountyBatchClaimed)
	if len(log.Data) > 0 {
		if err := nodeBounty.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeBounty.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeBountyBountyPosted represents a BountyPosted event raised by the NodeBounty contract.
type NodeBountyBountyPosted struct {
	BountyId *big.Int
	Poster   common.Address
	AgentId  *big.Int
	Terms    NodeBountyTerms
	Escrow   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeBountyBountyPostedEventName = "BountyPosted"

// ContractEventName returns the user-defined event name.
func (NodeBountyBountyPosted) ContractEventName() string {
	return NodeBountyBountyPostedEventName
}

// UnpackBountyPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BountyPosted(uint256 indexed bountyId, address indexed poster, uint256 indexed agentId, (uint128,uint128,uint32,uint8,uint64,uint64,uint64,(address,address[],string,string,int128,uint8)) terms, uint256 escrow)
func (nodeBounty *NodeBounty) UnpackBountyPostedEvent(log *types.Log) (*NodeBountyBountyPosted, error) {
	event := "BountyPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeBounty.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeBountyBountyPosted)
	if len(log.Data) > 0 {
		if err := nodeBounty.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeBounty.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeBountyCancelled represents a Cancelled event raised by the NodeBounty contract.
type NodeBountyCancelled struct {
	BountyId *big.Int
	End      uint64
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeBountyCancelledEventName = "Cancelled"

// ContractEventName returns the user-defined event name.
func (NodeBountyCancelled) ContractEventName() string {
	return NodeBountyCancelledEventName
}

// UnpackCancelledEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Cancelled(uint256 indexed bountyId, uint64 end)
func (nodeBounty *NodeBounty) UnpackCancelledEvent(log *types.Log) (*NodeBountyCancelled, error) {
	event := "Cancelled"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeBounty.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeBountyCancelled)
	if len(log.Data) > 0 {
		if err := nodeBounty.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeBounty.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeBountyRefunded represents a Refunded event raised by the NodeBounty contract.
type NodeBountyRefunded struct {
	BountyId *big.Int
	Poster   common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeBountyRefundedEventName = "Refunded"

// ContractEventName returns the user-defined event name.
func (NodeBountyRefunded) ContractEventName() string {
	return NodeBountyRefundedEventName
}

// UnpackRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Refunded(uint256 indexed bountyId, address indexed poster, uint256 amount)
func (nodeBounty *NodeBounty) UnpackRefundedEvent(log *types.Log) (*NodeBountyRefunded, error) {
	event := "Refunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeBounty.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeBountyRefunded)
	if len(log.Data) > 0 {
		if err := nodeBounty.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeBounty.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeBountySeatJoined represents a SeatJoined event raised by the NodeBounty contract.
type NodeBountySeatJoined struct {
	BountyId *big.Int
	Operator common.Address
	Signer   common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeBountySeatJoinedEventName = "SeatJoined"

// ContractEventName returns the user-defined event name.
func (NodeBountySeatJoined) ContractEventName() string {
	return NodeBountySeatJoinedEventName
}

// UnpackSeatJoinedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeatJoined(uint256 indexed bountyId, address indexed operator, address indexed signer)
func (nodeBounty *NodeBounty) UnpackSeatJoinedEvent(log *types.Log) (*NodeBountySeatJoined, error) {
	event := "SeatJoined"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeBounty.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeBountySeatJoined)
	if len(log.Data) > 0 {
		if err := nodeBounty.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeBounty.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeBountySeatLeft represents a SeatLeft event raised by the NodeBounty contract.
type NodeBountySeatLeft struct {
	BountyId *big.Int
	Operator common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeBountySeatLeftEventName = "SeatLeft"

// ContractEventName returns the user-defined event name.
func (NodeBountySeatLeft) ContractEventName() string {
	return NodeBountySeatLeftEventName
}

// UnpackSeatLeftEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeatLeft(uint256 indexed bountyId, address indexed operator)
func (nodeBounty *NodeBounty) UnpackSeatLeftEvent(log *types.Log) (*NodeBountySeatLeft, error) {
	event := "SeatLeft"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeBounty.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeBountySeatLeft)
	if len(log.Data) > 0 {
		if err := nodeBounty.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeBounty.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeBountySeatReclaimed represents a SeatReclaimed event raised by the NodeBounty contract.
type NodeBountySeatReclaimed struct {
	BountyId  *big.Int
	Operator  common.Address
	Forfeited *big.Int
	Freed     bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const NodeBountySeatReclaimedEventName = "SeatReclaimed"

// ContractEventName returns the user-defined event name.
func (NodeBountySeatReclaimed) ContractEventName() string {
	return NodeBountySeatReclaimedEventName
}

// UnpackSeatReclaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SeatReclaimed(uint256 indexed bountyId, address indexed operator, uint256 forfeited, bool freed)
func (nodeBounty *NodeBounty) UnpackSeatReclaimedEvent(log *types.Log) (*NodeBountySeatReclaimed, error) {
	event := "SeatReclaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeBounty.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeBountySeatReclaimed)
	if len(log.Data) > 0 {
		if err := nodeBounty.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeBounty.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeBountyUptimeReported represents a UptimeReported event raised by the NodeBounty contract.
type NodeBountyUptimeReported struct {
	BountyId *big.Int
	Operator common.Address
	AgentId  *big.Int
	Paid     *big.Int
	Claimed  *big.Int
	Value    *big.Int
	Recorded bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeBountyUptimeReportedEventName = "UptimeReported"

// ContractEventName returns the user-defined event name.
func (NodeBountyUptimeReported) ContractEventName() string {
	return NodeBountyUptimeReportedEventName
}

// UnpackUptimeReportedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UptimeReported(uint256 indexed bountyId, address indexed operator, uint256 indexed agentId, uint256 paid, uint256 claimed, uint256 value, bool recorded)
func (nodeBounty *NodeBounty) UnpackUptimeReportedEvent(log *types.Log) (*NodeBountyUptimeReported, error) {
	event := "UptimeReported"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeBounty.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeBountyUptimeReported)
	if len(log.Data) > 0 {
		if err := nodeBounty.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeBounty.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// NodeBountyWithdrawn represents a Withdrawn event raised by the NodeBounty contract.
type NodeBountyWithdrawn struct {
	BountyId *big.Int
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const NodeBountyWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (NodeBountyWithdrawn) ContractEventName() string {
	return NodeBountyWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(uint256 indexed bountyId, address indexed operator, uint256 amount)
func (nodeBounty *NodeBounty) UnpackWithdrawnEvent(log *types.Log) (*NodeBountyWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != nodeBounty.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(NodeBountyWithdrawn)
	if len(log.Data) > 0 {
		if err := nodeBounty.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range nodeBounty.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (nodeBounty *NodeBounty) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["AgentNotLinked"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackAgentNotLinkedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["AlreadyCancelled"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackAlreadyCancelledError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["AlreadySeated"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackAlreadySeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["BadNoticePeriod"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackBadNoticePeriodError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["BadReputationTerms"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackBadReputationTermsError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["BadWindow"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackBadWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["BatchNotFinalized"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackBatchNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["BountyOver"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackBountyOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NoEscrow"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNoEscrowError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NoReputationRegistry"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNoReputationRegistryError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NoReward"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNoRewardError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NoSeats"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNoSeatsError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NotAgentController"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNotAgentControllerError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NotJailed"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNotJailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NotOperator"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNotOperatorError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NotPoster"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNotPosterError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NotSeated"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNotSeatedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NothingToReclaim"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNothingToReclaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NothingToRefund"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNothingToRefundError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["OperatorJailed"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackOperatorJailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["OutsideWindow"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackOutsideWindowError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["RefundNotYet"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackRefundNotYetError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["ReputationTooLow"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackReputationTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["SampleTooSmall"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackSampleTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["SeatsFull"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackSeatsFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["SignersMismatch"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackSignersMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["StakeTooLow"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["UnknownBounty"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackUnknownBountyError(raw[4:])
	}
	if bytes.Equal(raw[:4], nodeBounty.abi.Errors["WrongKind"].ID.Bytes()[:4]) {
		return nodeBounty.UnpackWrongKindError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// NodeBountyAgentNotLinked represents a AgentNotLinked error raised by the NodeBounty contract.
type NodeBountyAgentNotLinked struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AgentNotLinked(address operator)
func NodeBountyAgentNotLinkedErrorID() common.Hash {
	return common.HexToHash("0x9eb9f5f1f8d48766c89d93f634989f7f00ece1f8a30733768b68d2d7ae34a932")
}

// UnpackAgentNotLinkedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AgentNotLinked(address operator)
func (nodeBounty *NodeBounty) UnpackAgentNotLinkedError(raw []byte) (*NodeBountyAgentNotLinked, error) {
	out := new(NodeBountyAgentNotLinked)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "AgentNotLinked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyAlreadyCancelled represents a AlreadyCancelled error raised by the NodeBounty contract.
type NodeBountyAlreadyCancelled struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyCancelled()
func NodeBountyAlreadyCancelledErrorID() common.Hash {
	return common.HexToHash("0x54e37625cf071b9e2825a96f786ff6f7b903c348c290deb25d8e2fea83ed05d4")
}

// UnpackAlreadyCancelledError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyCancelled()
func (nodeBounty *NodeBounty) UnpackAlreadyCancelledError(raw []byte) (*NodeBountyAlreadyCancelled, error) {
	out := new(NodeBountyAlreadyCancelled)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "AlreadyCancelled", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyAlreadyClaimed represents a AlreadyClaimed error raised by the NodeBounty contract.
type NodeBountyAlreadyClaimed struct {
	BountyId   *big.Int
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed(uint256 bountyId, uint256 batchIndex)
func NodeBountyAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0x6bd4745f158d30c043cba14fb71aa75e34ff198858bbcc5c3190e69f18d6dee3")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed(uint256 bountyId, uint256 batchIndex)
func (nodeBounty *NodeBounty) UnpackAlreadyClaimedError(raw []byte) (*NodeBountyAlreadyClaimed, error) {
	out := new(NodeBountyAlreadyClaimed)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyAlreadySeated represents a AlreadySeated error raised by the NodeBounty contract.
type NodeBountyAlreadySeated struct {
	BountyId *big.Int
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadySeated(uint256 bountyId, address operator)
func NodeBountyAlreadySeatedErrorID() common.Hash {
	return common.HexToHash("0x5da1c8f53eb04bbb28d7a894fa9118961d132bfca04087f824e159c18b3a9114")
}

// UnpackAlreadySeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadySeated(uint256 bountyId, address operator)
func (nodeBounty *NodeBounty) UnpackAlreadySeatedError(raw []byte) (*NodeBountyAlreadySeated, error) {
	out := new(NodeBountyAlreadySeated)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "AlreadySeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyBadNoticePeriod represents a BadNoticePeriod error raised by the NodeBounty contract.
type NodeBountyBadNoticePeriod struct {
	NoticePeriod uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadNoticePeriod(uint64 noticePeriod)
func NodeBountyBadNoticePeriodErrorID() common.Hash {
	return common.HexToHash("0x6f274911c1c2d9444862eaa05fdf1dc067a1b4ab63e2b7fda10d2e575a0ca672")
}

// UnpackBadNoticePeriodError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadNoticePeriod(uint64 noticePeriod)
func (nodeBounty *NodeBounty) UnpackBadNoticePeriodError(raw []byte) (*NodeBountyBadNoticePeriod, error) {
	out := new(NodeBountyBadNoticePeriod)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "BadNoticePeriod", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyBadReputationTerms represents a BadReputationTerms error raised by the NodeBounty contract.
type NodeBountyBadReputationTerms struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadReputationTerms()
func NodeBountyBadReputationTermsErrorID() common.Hash {
	return common.HexToHash("0x2da5dee3261152b05ab7fbff04898062032e584a606c0e0652e54b04318be944")
}

// UnpackBadReputationTermsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadReputationTerms()
func (nodeBounty *NodeBounty) UnpackBadReputationTermsError(raw []byte) (*NodeBountyBadReputationTerms, error) {
	out := new(NodeBountyBadReputationTerms)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "BadReputationTerms", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyBadWindow represents a BadWindow error raised by the NodeBounty contract.
type NodeBountyBadWindow struct {
	Start uint64
	End   uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWindow(uint64 start, uint64 end)
func NodeBountyBadWindowErrorID() common.Hash {
	return common.HexToHash("0xd389761b999a30f3645ace66a4eb9c972f55eebb9c8f6324a16048556b126472")
}

// UnpackBadWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWindow(uint64 start, uint64 end)
func (nodeBounty *NodeBounty) UnpackBadWindowError(raw []byte) (*NodeBountyBadWindow, error) {
	out := new(NodeBountyBadWindow)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "BadWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyBatchNotFinalized represents a BatchNotFinalized error raised by the NodeBounty contract.
type NodeBountyBatchNotFinalized struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFinalized(uint256 batchIndex)
func NodeBountyBatchNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0xc65e08bf499131d1f8866eb41a8259ef3a6b3098ff481014a52b5d4d870aea62")
}

// UnpackBatchNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFinalized(uint256 batchIndex)
func (nodeBounty *NodeBounty) UnpackBatchNotFinalizedError(raw []byte) (*NodeBountyBatchNotFinalized, error) {
	out := new(NodeBountyBatchNotFinalized)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "BatchNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyBountyOver represents a BountyOver error raised by the NodeBounty contract.
type NodeBountyBountyOver struct {
	BountyId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BountyOver(uint256 bountyId)
func NodeBountyBountyOverErrorID() common.Hash {
	return common.HexToHash("0xf2112e9e4af4b85d4f1406493057accc9fa6da476864895a8c5282655823dd29")
}

// UnpackBountyOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BountyOver(uint256 bountyId)
func (nodeBounty *NodeBounty) UnpackBountyOverError(raw []byte) (*NodeBountyBountyOver, error) {
	out := new(NodeBountyBountyOver)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "BountyOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyInsufficientGas represents a InsufficientGas error raised by the NodeBounty contract.
type NodeBountyInsufficientGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas()
func NodeBountyInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x1c26714c035362f785e44b6773a87881da86705e5698c55bb550907617bb1353")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas()
func (nodeBounty *NodeBounty) UnpackInsufficientGasError(raw []byte) (*NodeBountyInsufficientGas, error) {
	out := new(NodeBountyInsufficientGas)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNoEscrow represents a NoEscrow error raised by the NodeBounty contract.
type NodeBountyNoEscrow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoEscrow()
func NodeBountyNoEscrowErrorID() common.Hash {
	return common.HexToHash("0x769cabf1d20849cc99128ee10bfc2139c1db7eadf476d93ba4c1752eaa84289d")
}

// UnpackNoEscrowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoEscrow()
func (nodeBounty *NodeBounty) UnpackNoEscrowError(raw []byte) (*NodeBountyNoEscrow, error) {
	out := new(NodeBountyNoEscrow)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NoEscrow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNoReputationRegistry represents a NoReputationRegistry error raised by the NodeBounty contract.
type NodeBountyNoReputationRegistry struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReputationRegistry()
func NodeBountyNoReputationRegistryErrorID() common.Hash {
	return common.HexToHash("0x83fad4cf41d9fa704099b876311c7f3376ac627c4782a664662f212f5b0973a9")
}

// UnpackNoReputationRegistryError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReputationRegistry()
func (nodeBounty *NodeBounty) UnpackNoReputationRegistryError(raw []byte) (*NodeBountyNoReputationRegistry, error) {
	out := new(NodeBountyNoReputationRegistry)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NoReputationRegistry", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNoReward represents a NoReward error raised by the NodeBounty contract.
type NodeBountyNoReward struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoReward()
func NodeBountyNoRewardErrorID() common.Hash {
	return common.HexToHash("0x6e9926867647f014fe6f058476a85675fcd0acfbd948b9dfc30f512962889215")
}

// UnpackNoRewardError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoReward()
func (nodeBounty *NodeBounty) UnpackNoRewardError(raw []byte) (*NodeBountyNoReward, error) {
	out := new(NodeBountyNoReward)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NoReward", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNoSeats represents a NoSeats error raised by the NodeBounty contract.
type NodeBountyNoSeats struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoSeats()
func NodeBountyNoSeatsErrorID() common.Hash {
	return common.HexToHash("0x0ef905e4a3f5f417d8c9213aea87b988e4bddda4bd23af9ab471debed722b2ae")
}

// UnpackNoSeatsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoSeats()
func (nodeBounty *NodeBounty) UnpackNoSeatsError(raw []byte) (*NodeBountyNoSeats, error) {
	out := new(NodeBountyNoSeats)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NoSeats", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNotAgentController represents a NotAgentController error raised by the NodeBounty contract.
type NodeBountyNotAgentController struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgentController(uint256 agentId)
func NodeBountyNotAgentControllerErrorID() common.Hash {
	return common.HexToHash("0x58b1dfbadd54c42e08ff479be9195dd7ed8cafc970201f8a9ab380b76358514b")
}

// UnpackNotAgentControllerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgentController(uint256 agentId)
func (nodeBounty *NodeBounty) UnpackNotAgentControllerError(raw []byte) (*NodeBountyNotAgentController, error) {
	out := new(NodeBountyNotAgentController)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NotAgentController", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNotJailed represents a NotJailed error raised by the NodeBounty contract.
type NodeBountyNotJailed struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotJailed(address operator)
func NodeBountyNotJailedErrorID() common.Hash {
	return common.HexToHash("0x9281fbd2def40e450699dea64ff5a9fb116d1dc0cfff935103b5bad4bf43bcbb")
}

// UnpackNotJailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotJailed(address operator)
func (nodeBounty *NodeBounty) UnpackNotJailedError(raw []byte) (*NodeBountyNotJailed, error) {
	out := new(NodeBountyNotJailed)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NotJailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNotOperator represents a NotOperator error raised by the NodeBounty contract.
type NodeBountyNotOperator struct {
	Who common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotOperator(address who)
func NodeBountyNotOperatorErrorID() common.Hash {
	return common.HexToHash("0x76c6c93a6423c7e2cef5f93921b1d4d1a5ffb795cd7cfed2df95566b7c7f7c40")
}

// UnpackNotOperatorError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotOperator(address who)
func (nodeBounty *NodeBounty) UnpackNotOperatorError(raw []byte) (*NodeBountyNotOperator, error) {
	out := new(NodeBountyNotOperator)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NotOperator", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNotPoster represents a NotPoster error raised by the NodeBounty contract.
type NodeBountyNotPoster struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotPoster()
func NodeBountyNotPosterErrorID() common.Hash {
	return common.HexToHash("0x1dba048e070fba0b7b809355e1a351c644892badad4d048a2578b4bdd03dae3c")
}

// UnpackNotPosterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotPoster()
func (nodeBounty *NodeBounty) UnpackNotPosterError(raw []byte) (*NodeBountyNotPoster, error) {
	out := new(NodeBountyNotPoster)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NotPoster", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNotSeated represents a NotSeated error raised by the NodeBounty contract.
type NodeBountyNotSeated struct {
	BountyId *big.Int
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotSeated(uint256 bountyId, address operator)
func NodeBountyNotSeatedErrorID() common.Hash {
	return common.HexToHash("0xdbebc517ac529e0ba99acb612111ab8739c3a2cf2085a01dc9054d834048438a")
}

// UnpackNotSeatedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotSeated(uint256 bountyId, address operator)
func (nodeBounty *NodeBounty) UnpackNotSeatedError(raw []byte) (*NodeBountyNotSeated, error) {
	out := new(NodeBountyNotSeated)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NotSeated", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNothingToReclaim represents a NothingToReclaim error raised by the NodeBounty contract.
type NodeBountyNothingToReclaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToReclaim()
func NodeBountyNothingToReclaimErrorID() common.Hash {
	return common.HexToHash("0xfddb35b3cf010d2c384e2b073041d072422c38974774a98390334b741a30b7fa")
}

// UnpackNothingToReclaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToReclaim()
func (nodeBounty *NodeBounty) UnpackNothingToReclaimError(raw []byte) (*NodeBountyNothingToReclaim, error) {
	out := new(NodeBountyNothingToReclaim)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NothingToReclaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNothingToRefund represents a NothingToRefund error raised by the NodeBounty contract.
type NodeBountyNothingToRefund struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRefund()
func NodeBountyNothingToRefundErrorID() common.Hash {
	return common.HexToHash("0xf76aef6575d368b0583d30056e704aa1a685cdb52eee59e8e1373263677f4107")
}

// UnpackNothingToRefundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRefund()
func (nodeBounty *NodeBounty) UnpackNothingToRefundError(raw []byte) (*NodeBountyNothingToRefund, error) {
	out := new(NodeBountyNothingToRefund)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NothingToRefund", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyNothingToWithdraw represents a NothingToWithdraw error raised by the NodeBounty contract.
type NodeBountyNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func NodeBountyNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (nodeBounty *NodeBounty) UnpackNothingToWithdrawError(raw []byte) (*NodeBountyNothingToWithdraw, error) {
	out := new(NodeBountyNothingToWithdraw)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyOperatorJailed represents a OperatorJailed error raised by the NodeBounty contract.
type NodeBountyOperatorJailed struct {
	Operator common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OperatorJailed(address operator)
func NodeBountyOperatorJailedErrorID() common.Hash {
	return common.HexToHash("0xaad5b9698c766a1aeb5e58e17c9f93a5df511f03c16ac66b51c72a1f365174af")
}

// UnpackOperatorJailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OperatorJailed(address operator)
func (nodeBounty *NodeBounty) UnpackOperatorJailedError(raw []byte) (*NodeBountyOperatorJailed, error) {
	out := new(NodeBountyOperatorJailed)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "OperatorJailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyOutsideWindow represents a OutsideWindow error raised by the NodeBounty contract.
type NodeBountyOutsideWindow struct {
	BatchIndex  *big.Int
	CommittedAt uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutsideWindow(uint256 batchIndex, uint64 committedAt)
func NodeBountyOutsideWindowErrorID() common.Hash {
	return common.HexToHash("0x3914e10da9dee6df5a60c8ee0ab5282389323d9b0d1f1ce370011b24ad126b99")
}

// UnpackOutsideWindowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutsideWindow(uint256 batchIndex, uint64 committedAt)
func (nodeBounty *NodeBounty) UnpackOutsideWindowError(raw []byte) (*NodeBountyOutsideWindow, error) {
	out := new(NodeBountyOutsideWindow)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "OutsideWindow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyReentrancy represents a Reentrancy error raised by the NodeBounty contract.
type NodeBountyReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func NodeBountyReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (nodeBounty *NodeBounty) UnpackReentrancyError(raw []byte) (*NodeBountyReentrancy, error) {
	out := new(NodeBountyReentrancy)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyRefundNotYet represents a RefundNotYet error raised by the NodeBounty contract.
type NodeBountyRefundNotYet struct {
	RefundableAt *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error RefundNotYet(uint256 refundableAt)
func NodeBountyRefundNotYetErrorID() common.Hash {
	return common.HexToHash("0x3ea8fb25b0226369446a2b8bf65f32025f86cf274afd98694e939a74544b3bfe")
}

// UnpackRefundNotYetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error RefundNotYet(uint256 refundableAt)
func (nodeBounty *NodeBounty) UnpackRefundNotYetError(raw []byte) (*NodeBountyRefundNotYet, error) {
	out := new(NodeBountyRefundNotYet)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "RefundNotYet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyReputationTooLow represents a ReputationTooLow error raised by the NodeBounty contract.
type NodeBountyReputationTooLow struct {
	Count    uint64
	Value    *big.Int
	Decimals uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReputationTooLow(uint64 count, int128 value, uint8 decimals)
func NodeBountyReputationTooLowErrorID() common.Hash {
	return common.HexToHash("0xb1282a9af0750a2c76173378439a27c286994ff984cbe331c21c39b888c35b62")
}

// UnpackReputationTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReputationTooLow(uint64 count, int128 value, uint8 decimals)
func (nodeBounty *NodeBounty) UnpackReputationTooLowError(raw []byte) (*NodeBountyReputationTooLow, error) {
	out := new(NodeBountyReputationTooLow)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "ReputationTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountySampleTooSmall represents a SampleTooSmall error raised by the NodeBounty contract.
type NodeBountySampleTooSmall struct {
	Claimed *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SampleTooSmall(uint256 claimed, uint256 minimum)
func NodeBountySampleTooSmallErrorID() common.Hash {
	return common.HexToHash("0x09050253f501820582198e3640e1f78e35431ccb90db1ce0e6b8b4e687fcb36d")
}

// UnpackSampleTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SampleTooSmall(uint256 claimed, uint256 minimum)
func (nodeBounty *NodeBounty) UnpackSampleTooSmallError(raw []byte) (*NodeBountySampleTooSmall, error) {
	out := new(NodeBountySampleTooSmall)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "SampleTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountySeatsFull represents a SeatsFull error raised by the NodeBounty contract.
type NodeBountySeatsFull struct {
	BountyId *big.Int
	Seats    uint32
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SeatsFull(uint256 bountyId, uint32 seats)
func NodeBountySeatsFullErrorID() common.Hash {
	return common.HexToHash("0x9dd673fb1b8e6e5bc65c5c80708c811206884dee282da5adc3aa4fab1bafcfb4")
}

// UnpackSeatsFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SeatsFull(uint256 bountyId, uint32 seats)
func (nodeBounty *NodeBounty) UnpackSeatsFullError(raw []byte) (*NodeBountySeatsFull, error) {
	out := new(NodeBountySeatsFull)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "SeatsFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountySignersMismatch represents a SignersMismatch error raised by the NodeBounty contract.
type NodeBountySignersMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersMismatch()
func NodeBountySignersMismatchErrorID() common.Hash {
	return common.HexToHash("0x74ef6df74e8858e304b1cfcd0bbfed423888dcc3ee69d992392d3abd696f98f2")
}

// UnpackSignersMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersMismatch()
func (nodeBounty *NodeBounty) UnpackSignersMismatchError(raw []byte) (*NodeBountySignersMismatch, error) {
	out := new(NodeBountySignersMismatch)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "SignersMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyStakeTooLow represents a StakeTooLow error raised by the NodeBounty contract.
type NodeBountyStakeTooLow struct {
	Bonded  *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLow(uint256 bonded, uint256 minimum)
func NodeBountyStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x829f11638d406de2605d01f8ea108c1f13393def0f2b7b6e6ffffd9996d50bd5")
}

// UnpackStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLow(uint256 bonded, uint256 minimum)
func (nodeBounty *NodeBounty) UnpackStakeTooLowError(raw []byte) (*NodeBountyStakeTooLow, error) {
	out := new(NodeBountyStakeTooLow)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "StakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyTransferFailed represents a TransferFailed error raised by the NodeBounty contract.
type NodeBountyTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func NodeBountyTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (nodeBounty *NodeBounty) UnpackTransferFailedError(raw []byte) (*NodeBountyTransferFailed, error) {
	out := new(NodeBountyTransferFailed)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyUnknownBounty represents a UnknownBounty error raised by the NodeBounty contract.
type NodeBountyUnknownBounty struct {
	BountyId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownBounty(uint256 bountyId)
func NodeBountyUnknownBountyErrorID() common.Hash {
	return common.HexToHash("0x47599d09854b5a1f4964e8d214c25dfe4da23be9a5f546f1db4caf6d28edae7b")
}

// UnpackUnknownBountyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownBounty(uint256 bountyId)
func (nodeBounty *NodeBounty) UnpackUnknownBountyError(raw []byte) (*NodeBountyUnknownBounty, error) {
	out := new(NodeBountyUnknownBounty)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "UnknownBounty", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// NodeBountyWrongKind represents a WrongKind error raised by the NodeBounty contract.
type NodeBountyWrongKind struct {
	Required uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongKind(uint8 required)
func NodeBountyWrongKindErrorID() common.Hash {
	return common.HexToHash("0x7758e7e0e24bfdd670d4117b81b6d0e7915e8ee786576792be0be5b9837958b5")
}

// UnpackWrongKindError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongKind(uint8 required)
func (nodeBounty *NodeBounty) UnpackWrongKindError(raw []byte) (*NodeBountyWrongKind, error) {
	out := new(NodeBountyWrongKind)
	if err := nodeBounty.abi.UnpackIntoInterface(out, "WrongKind", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// PlainERC721IdentityMetaData contains all meta data concerning the PlainERC721Identity contract.
var PlainERC721IdentityMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"UnknownToken\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"getApproved\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"}],\"name\":\"isApprovedForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"}],\"name\":\"ownerOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"approved\",\"type\":\"bool\"}],\"name\":\"setApprovalForAll\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "PlainERC721Identity",
	Bin: "0x6080604052348015600e575f5ffd5b506103d88061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c8063a0712d681161004d578063a0712d68146100cb578063a22cb465146100de578063e985e9c514610123575f5ffd5b8063081812fc14610073578063095ea7b3146100a35780636352211e146100b8575b5f5ffd5b610086610081366004610319565b61016e565b6040516001600160a01b0390911681526020015b60405180910390f35b6100b66100b1366004610346565b610194565b005b6100866100c6366004610319565b610233565b6100b66100d9366004610319565b610289565b6100b66100ec36600461036e565b335f9081526002602090815260408083206001600160a01b0395909516835293905291909120805460ff1916911515919091179055565b61015e6101313660046103a7565b6001600160a01b039182165f90815260026020908152604080832093909416825291909152205460ff1690565b604051901515815260200161009a565b5f61017882610233565b50505f908152600160205260409020546001600160a01b031690565b3361019e82610233565b6001600160a01b0316146101f95760405162461bcd60e51b815260206004820152600960248201527f6e6f74206f776e6572000000000000000000000000000000000000000000000060448201526064015b60405180910390fd5b5f908152600160205260409020805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b0392909216919091179055565b5f818152602081905260409020546001600160a01b031680610284576040517f0ed9cff4000000000000000000000000000000000000000000000000000000008152600481018390526024016101f0565b919050565b5f818152602081905260409020546001600160a01b0316156102ed5760405162461bcd60e51b815260206004820152600660248201527f6d696e746564000000000000000000000000000000000000000000000000000060448201526064016101f0565b5f908152602081905260409020805473ffffffffffffffffffffffffffffffffffffffff191633179055565b5f60208284031215610329575f5ffd5b5035919050565b80356001600160a01b0381168114610284575f5ffd5b5f5f60408385031215610357575f5ffd5b61036083610330565b946020939093013593505050565b5f5f6040838503121561037f575f5ffd5b61038883610330565b91506020830135801515811461039c575f5ffd5b809150509250929050565b5f5f604083850312156103b8575f5ffd5b6103c183610330565b91506103cf60208401610330565b9050925092905056",
}

// PlainERC721Identity is an auto generated Go binding around an Ethereum contract.
type PlainERC721Identity struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *PlainERC721Identity) GetABI() abi.ABI {
	return c.abi
}

// NewPlainERC721Identity creates a new instance of PlainERC721Identity.
func NewPlainERC721Identity() *PlainERC721Identity {
	parsed, err := PlainERC721IdentityMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &PlainERC721Identity{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *PlainERC721Identity) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address to, uint256 id) returns()
func (plainERC721Identity *PlainERC721Identity) PackApprove(to common.Address, id *big.Int) []byte {
	enc, err := plainERC721Identity.abi.Pack("approve", to, id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address to, uint256 id) returns()
func (plainERC721Identity *PlainERC721Identity) TryPackApprove(to common.Address, id *big.Int) ([]byte, error) {
	return plainERC721Identity.abi.Pack("approve", to, id)
}

// PackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getApproved(uint256 id) view returns(address)
func (plainERC721Identity *PlainERC721Identity) PackGetApproved(id *big.Int) []byte {
	enc, err := plainERC721Identity.abi.Pack("getApproved", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetApproved is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x081812fc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getApproved(uint256 id) view returns(address)
func (plainERC721Identity *PlainERC721Identity) TryPackGetApproved(id *big.Int) ([]byte, error) {
	return plainERC721Identity.abi.Pack("getApproved", id)
}

// UnpackGetApproved is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x081812fc.
//
// Solidity: function getApproved(uint256 id) view returns(address)
func (plainERC721Identity *PlainERC721Identity) UnpackGetApproved(data []byte) (common.Address, error) {
	out, err := plainERC721Identity.abi.Unpack("getApproved", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (plainERC721Identity *PlainERC721Identity) PackIsApprovedForAll(owner common.Address, operator common.Address) []byte {
	enc, err := plainERC721Identity.abi.Pack("isApprovedForAll", owner, operator)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsApprovedForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe985e9c5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (plainERC721Identity *PlainERC721Identity) TryPackIsApprovedForAll(owner common.Address, operator common.Address) ([]byte, error) {
	return plainERC721Identity.abi.Pack("isApprovedForAll", owner, operator)
}

// UnpackIsApprovedForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe985e9c5.
//
// Solidity: function isApprovedForAll(address owner, address operator) view returns(bool)
func (plainERC721Identity *PlainERC721Identity) UnpackIsApprovedForAll(data []byte) (bool, error) {
	out, err := plainERC721Identity.abi.Unpack("isApprovedForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0712d68.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(uint256 id) returns()
func (plainERC721Identity *PlainERC721Identity) PackMint(id *big.Int) []byte {
	enc, err := plainERC721Identity.abi.Pack("mint", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa0712d68.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(uint256 id) returns()
func (plainERC721Identity *PlainERC721Identity) TryPackMint(id *big.Int) ([]byte, error) {
	return plainERC721Identity.abi.Pack("mint", id)
}

// PackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ownerOf(uint256 id) view returns(address owner)
func (plainERC721Identity *PlainERC721Identity) PackOwnerOf(id *big.Int) []byte {
	enc, err := plainERC721Identity.abi.Pack("ownerOf", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwnerOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6352211e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ownerOf(uint256 id) view returns(address owner)
func (plainERC721Identity *PlainERC721Identity) TryPackOwnerOf(id *big.Int) ([]byte, error) {
	return plainERC721Identity.abi.Pack("ownerOf", id)
}

// UnpackOwnerOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6352211e.
//
// Solidity: function ownerOf(uint256 id) view returns(address owner)
func (plainERC721Identity *PlainERC721Identity) UnpackOwnerOf(data []byte) (common.Address, error) {
	out, err := plainERC721Identity.abi.Unpack("ownerOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (plainERC721Identity *PlainERC721Identity) PackSetApprovalForAll(operator common.Address, approved bool) []byte {
	enc, err := plainERC721Identity.abi.Pack("setApprovalForAll", operator, approved)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetApprovalForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa22cb465.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setApprovalForAll(address operator, bool approved) returns()
func (plainERC721Identity *PlainERC721Identity) TryPackSetApprovalForAll(operator common.Address, approved bool) ([]byte, error) {
	return plainERC721Identity.abi.Pack("setApprovalForAll", operator, approved)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (plainERC721Identity *PlainERC721Identity) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], plainERC721Identity.abi.Errors["UnknownToken"].ID.Bytes()[:4]) {
		return plainERC721Identity.UnpackUnknownTokenError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// PlainERC721IdentityUnknownToken represents a UnknownToken error raised by the PlainERC721Identity contract.
type PlainERC721IdentityUnknownToken struct {
	Id *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownToken(uint256 id)
func PlainERC721IdentityUnknownTokenErrorID() common.Hash {
	return common.HexToHash("0x0ed9cff433b81428e781452ec796299037b5c050f5e68191cfa002b8084e3cad")
}

// UnpackUnknownTokenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownToken(uint256 id)
func (plainERC721Identity *PlainERC721Identity) UnpackUnknownTokenError(raw []byte) (*PlainERC721IdentityUnknownToken, error) {
	out := new(PlainERC721IdentityUnknownToken)
	if err := plainERC721Identity.abi.UnpackIntoInterface(out, "UnknownToken", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// Poseidon2HarnessMetaData contains all meta data concerning the Poseidon2Harness contract.
var Poseidon2HarnessMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"}],\"name\":\"compress\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"a\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"b\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"c\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"d\",\"type\":\"uint256\"}],\"name\":\"hash4\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Poseidon2Harness",
	Bin: "0x6080604052348015600e575f5ffd5b5061108e8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c80633b3ccded146100385780636882933d1461005d575b5f5ffd5b61004b61004636600461103f565b610070565b60405190815260200160405180910390f35b61004b61006b36600461106e565b610086565b5f61007d85858585610098565b95945050505050565b5f61009183836100ba565b9392505050565b5f61007d6100b86100b26100ac5f896100ba565b876100ba565b856100ba565b835b5f7f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018383808201838382089250838282089150507f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f8201838182098482868384090993507f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c830191508482830990508482868384090992505050808201838382089250838282089150507f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea8201838182098482868384090993507f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b2830191508482830990508482868384090992505050808201838382089250838282089150507f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c037736328201838182098482868384090993507f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49830191508482830990508482868384090992505050808201838382089250838282089150507f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc820183818209848286838409099350505080820183818384010892019190507e8e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e820183818009848286838409099350505080820183818384010892019190507f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d78820183818009848286838409099350505080820183818384010892019190507f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b820183818009848286838409099350505080820183818384010892019190507f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac3983820183818009848286838409099350505080820183818384010892019190507f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a26820183818009848286838409099350505080820183818384010892019190507f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc820183818009848286838409099350505080820183818384010892019190507f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb820183818009848286838409099350505080820183818384010892019190507f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc820183818009848286838409099350505080820183818384010892019190507f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c820183818009848286838409099350505080820183818384010892019190507f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c820183818009848286838409099350505080820183818384010892019190507f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c9820183818009848286838409099350505080820183818384010892019190507f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb6820183818009848286838409099350505080820183818384010892019190507f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a820183818009848286838409099350505080820183818384010892019190507f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb74820183818009848286838409099350505080820183818384010892019190507f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc820183818009848286838409099350505080820183818384010892019190507f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf820183818009848286838409099350505080820183818384010892019190507f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa21820183818009848286838409099350505080820183818384010892019190507f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae165820183818009848286838409099350505080820183818384010892019190507f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc027820183818009848286838409099350505080820183818384010892019190507f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db820183818009848286838409099350505080820183818384010892019190507f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc1820183818009848286838409099350505080820183818384010892019190507f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f23827820183818009848286838409099350505080820183818384010892019190507f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c820183818009848286838409099350505080820183818384010892019190507f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf152138820183818009848286838409099350505080820183818384010892019190507f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e4820183818009848286838409099350505080820183818384010892019190507f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d55820183818009848286838409099350505080820183818384010892019190507f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e820183818009848286838409099350505080820183818384010892019190507f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa56820183818009848286838409099350505080820183818384010892019190507f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b820183818009848286838409099350505080820183818384010892019190507f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a4820183818009848286838409099350505080820183818384010892019190507f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc370820183818009848286838409099350505080820183818384010892019190507f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd013812820183818009848286838409099350505080820183818384010892019190507f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c498820183818009848286838409099350505080820183818384010892019190507f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da4820183818009848286838409099350505080820183818384010892019190507f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a9820183818009848286838409099350505080820183818384010892019190507f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e820183818009848286838409099350505080820183818384010892019190507f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae03820183818009848286838409099350505080820183818384010892019190507f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c820183818009848286838409099350505080820183818384010892019190507f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d820183818009848286838409099350505080820183818384010892019190507f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe2359820183818009848286838409099350505080820183818384010892019190507f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b2911080704820183818009848286838409099350505080820183818384010892019190507f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db820183818009848286838409099350505080820183818384010892019190507f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f0820183818009848286838409099350505080820183818384010892019190507f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b6820183818009848286838409099350505080820183818384010892019190507f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd9820183818009848286838409099350505080820183818384010892019190507f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f820183818009848286838409099350505080820183818384010892019190507f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb820183818009848286838409099350505080820183818384010892019190507f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f1820183818009848286838409099350505080820183818384010892019190507f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de660820183818009848286838409099350505080820183818384010892019190507f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a8201838180098482868384090993507f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f830191508482830990508482868384090992505050808201838382089250838282089150507f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e8201838182098482868384090993507f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a830191508482830990508482868384090992505050808201838382089250838282089150507f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff8201838182098482868384090993507f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd283019150848283099050848286838409099250505080820183838208925083828208915050828582089695505050505050565b5f5f5f5f60808587031215611052575f5ffd5b5050823594602084013594506040840135936060013592509050565b5f5f6040838503121561107f575f5ffd5b5050803592602090910135915056",
}

// Poseidon2Harness is an auto generated Go binding around an Ethereum contract.
type Poseidon2Harness struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Poseidon2Harness) GetABI() abi.ABI {
	return c.abi
}

// NewPoseidon2Harness creates a new instance of Poseidon2Harness.
func NewPoseidon2Harness() *Poseidon2Harness {
	parsed, err := Poseidon2HarnessMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Poseidon2Harness{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Poseidon2Harness) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6882933d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compress(uint256 a, uint256 b) pure returns(uint256)
func (poseidon2Harness *Poseidon2Harness) PackCompress(a *big.Int, b *big.Int) []byte {
	enc, err := poseidon2Harness.abi.Pack("compress", a, b)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompress is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6882933d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compress(uint256 a, uint256 b) pure returns(uint256)
func (poseidon2Harness *Poseidon2Harness) TryPackCompress(a *big.Int, b *big.Int) ([]byte, error) {
	return poseidon2Harness.abi.Pack("compress", a, b)
}

// UnpackCompress is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6882933d.
//
// Solidity: function compress(uint256 a, uint256 b) pure returns(uint256)
func (poseidon2Harness *Poseidon2Harness) UnpackCompress(data []byte) (*big.Int, error) {
	out, err := poseidon2Harness.abi.Unpack("compress", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackHash4 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3ccded.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function hash4(uint256 a, uint256 b, uint256 c, uint256 d) pure returns(uint256)
func (poseidon2Harness *Poseidon2Harness) PackHash4(a *big.Int, b *big.Int, c *big.Int, d *big.Int) []byte {
	enc, err := poseidon2Harness.abi.Pack("hash4", a, b, c, d)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackHash4 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3b3ccded.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function hash4(uint256 a, uint256 b, uint256 c, uint256 d) pure returns(uint256)
func (poseidon2Harness *Poseidon2Harness) TryPackHash4(a *big.Int, b *big.Int, c *big.Int, d *big.Int) ([]byte, error) {
	return poseidon2Harness.abi.Pack("hash4", a, b, c, d)
}

// UnpackHash4 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3b3ccded.
//
// Solidity: function hash4(uint256 a, uint256 b, uint256 c, uint256 d) pure returns(uint256)
func (poseidon2Harness *Poseidon2Harness) UnpackHash4(data []byte) (*big.Int, error) {
	out, err := poseidon2Harness.abi.Unpack("hash4", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// ReentrantOperatorMetaData contains all meta data concerning the ReentrantOperator contract.
var ReentrantOperatorMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"armed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"exec\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"payments\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"received\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryRevert\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ReentrantOperator",
	Bin: "0x6080604052348015600e575f5ffd5b506107728061001c5f395ff3fe608060405260043610610096575f3560e01c806383a6deb511610066578063b36ae5e61161004c578063b36ae5e61461021f578063be6002c214610233578063d4b8399214610246575f5ffd5b806383a6deb5146101e7578063a6d23e101461020a575f5ffd5b80632f411093146101605780633522bfd01461018e57806359703b2e146101ad57806376c92c73146101c6575f5ffd5b3661015c5760038054905f6100aa836103f4565b91905055503460045f8282546100c0919061040c565b909155505060025460ff161561015a576002805460ff191690555f805460405182916001600160a01b0316906100f89060019061045d565b5f604051808303815f865af19150503d805f8114610131576040519150601f19603f3d011682016040523d82523d5f602084013e610136565b606091505b506005805460ff191683151517905590925090506006610156828261052e565b5050505b005b5f5ffd5b34801561016b575f5ffd5b506002546101799060ff1681565b60405190151581526020015b60405180910390f35b348015610199575f5ffd5b5061015a6101a83660046105e9565b61027c565b3480156101b8575f5ffd5b506005546101799060ff1681565b3480156101d1575f5ffd5b506101da6102ce565b6040516101859190610674565b3480156101f2575f5ffd5b506101fc60045481565b604051908152602001610185565b348015610215575f5ffd5b506101fc60035481565b34801561022a575f5ffd5b506101da61035a565b6101da6102413660046105e9565b610367565b348015610251575f5ffd5b505f54610264906001600160a01b031681565b6040516001600160a01b039091168152602001610185565b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b03851617905560016102bb8284836106a9565b50506002805460ff191660011790555050565b600680546102db90610425565b80601f016020809104026020016040519081016040528092919081815260200182805461030790610425565b80156103525780601f1061032957610100808354040283529160200191610352565b820191905f5260205f20905b81548152906001019060200180831161033557829003601f168201915b505050505081565b600180546102db90610425565b60605f5f856001600160a01b0316348686604051610386929190610763565b5f6040518083038185875af1925050503d805f81146103c0576040519150601f19603f3d011682016040523d82523d5f602084013e6103c5565b606091505b5091509150816103d757805160208201fd5b95945050505050565b634e487b7160e01b5f52601160045260245ffd5b5f60018201610405576104056103e0565b5060010190565b8082018082111561041f5761041f6103e0565b92915050565b600181811c9082168061043957607f821691505b60208210810361045757634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f835461046a81610425565b6001821680156104815760018114610496576104c3565b60ff19831686528115158202860193506104c3565b865f5260205f205f5b838110156104bb5781548882015260019091019060200161049f565b505081860193505b509195945050505050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561052957805f5260205f20601f840160051c810160208510156105075750805b601f840160051c820191505b81811015610526575f8155600101610513565b50505b505050565b815167ffffffffffffffff811115610548576105486104ce565b61055c816105568454610425565b846104e2565b6020601f82116001811461058e575f83156105775750848201515b5f19600385901b1c1916600184901b178455610526565b5f84815260208120601f198516915b828110156105bd578785015182556020948501946001909201910161059d565b50848210156105da57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f5f5f604084860312156105fb575f5ffd5b83356001600160a01b0381168114610611575f5ffd5b9250602084013567ffffffffffffffff81111561062c575f5ffd5b8401601f8101861361063c575f5ffd5b803567ffffffffffffffff811115610652575f5ffd5b866020828401011115610663575f5ffd5b939660209190910195509293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b67ffffffffffffffff8311156106c1576106c16104ce565b6106d5836106cf8354610425565b836104e2565b5f601f841160018114610706575f85156106ef5750838201355b5f19600387901b1c1916600186901b178355610526565b5f83815260208120601f198716915b828110156107355786850135825560209485019460019092019101610715565b5086821015610751575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b818382375f910190815291905056",
}

// ReentrantOperator is an auto generated Go binding around an Ethereum contract.
type ReentrantOperator struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantOperator) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantOperator creates a new instance of ReentrantOperator.
func NewReentrantOperator() *ReentrantOperator {
	parsed, err := ReentrantOperatorMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantOperator{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantOperator) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantOperator *ReentrantOperator) PackArm(target common.Address, data []byte) []byte {
	enc, err := reentrantOperator.abi.Pack("arm", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantOperator *ReentrantOperator) TryPackArm(target common.Address, data []byte) ([]byte, error) {
	return reentrantOperator.abi.Pack("arm", target, data)
}

// PackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function armed() view returns(bool)
func (reentrantOperator *ReentrantOperator) PackArmed() []byte {
	enc, err := reentrantOperator.abi.Pack("armed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArmed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2f411093.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function armed() view returns(bool)
func (reentrantOperator *ReentrantOperator) TryPackArmed() ([]byte, error) {
	return reentrantOperator.abi.Pack("armed")
}

// UnpackArmed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2f411093.
//
// Solidity: function armed() view returns(bool)
func (reentrantOperator *ReentrantOperator) UnpackArmed(data []byte) (bool, error) {
	out, err := reentrantOperator.abi.Unpack("armed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes)
func (reentrantOperator *ReentrantOperator) PackExec(to common.Address, data []byte) []byte {
	enc, err := reentrantOperator.abi.Pack("exec", to, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExec is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbe6002c2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes)
func (reentrantOperator *ReentrantOperator) TryPackExec(to common.Address, data []byte) ([]byte, error) {
	return reentrantOperator.abi.Pack("exec", to, data)
}

// UnpackExec is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbe6002c2.
//
// Solidity: function exec(address to, bytes data) payable returns(bytes)
func (reentrantOperator *ReentrantOperator) UnpackExec(data []byte) ([]byte, error) {
	out, err := reentrantOperator.abi.Unpack("exec", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackPayments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6d23e10.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function payments() view returns(uint256)
func (reentrantOperator *ReentrantOperator) PackPayments() []byte {
	enc, err := reentrantOperator.abi.Pack("payments")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPayments is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa6d23e10.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function payments() view returns(uint256)
func (reentrantOperator *ReentrantOperator) TryPackPayments() ([]byte, error) {
	return reentrantOperator.abi.Pack("payments")
}

// UnpackPayments is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa6d23e10.
//
// Solidity: function payments() view returns(uint256)
func (reentrantOperator *ReentrantOperator) UnpackPayments(data []byte) (*big.Int, error) {
	out, err := reentrantOperator.abi.Unpack("payments", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function received() view returns(uint256)
func (reentrantOperator *ReentrantOperator) PackReceived() []byte {
	enc, err := reentrantOperator.abi.Pack("received")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReceived is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x83a6deb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function received() view returns(uint256)
func (reentrantOperator *ReentrantOperator) TryPackReceived() ([]byte, error) {
	return reentrantOperator.abi.Pack("received")
}

// UnpackReceived is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x83a6deb5.
//
// Solidity: function received() view returns(uint256)
func (reentrantOperator *ReentrantOperator) UnpackReceived(data []byte) (*big.Int, error) {
	out, err := reentrantOperator.abi.Unpack("received", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentryData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb36ae5e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryData() view returns(bytes)
func (reentrantOperator *ReentrantOperator) PackReentryData() []byte {
	enc, err := reentrantOperator.abi.Pack("reentryData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb36ae5e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryData() view returns(bytes)
func (reentrantOperator *ReentrantOperator) TryPackReentryData() ([]byte, error) {
	return reentrantOperator.abi.Pack("reentryData")
}

// UnpackReentryData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb36ae5e6.
//
// Solidity: function reentryData() view returns(bytes)
func (reentrantOperator *ReentrantOperator) UnpackReentryData(data []byte) ([]byte, error) {
	out, err := reentrantOperator.abi.Unpack("reentryData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReentryRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76c92c73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryRevert() view returns(bytes)
func (reentrantOperator *ReentrantOperator) PackReentryRevert() []byte {
	enc, err := reentrantOperator.abi.Pack("reentryRevert")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76c92c73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryRevert() view returns(bytes)
func (reentrantOperator *ReentrantOperator) TryPackReentryRevert() ([]byte, error) {
	return reentrantOperator.abi.Pack("reentryRevert")
}

// UnpackReentryRevert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76c92c73.
//
// Solidity: function reentryRevert() view returns(bytes)
func (reentrantOperator *ReentrantOperator) UnpackReentryRevert(data []byte) ([]byte, error) {
	out, err := reentrantOperator.abi.Unpack("reentryRevert", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReentrySucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59703b2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (reentrantOperator *ReentrantOperator) PackReentrySucceeded() []byte {
	enc, err := reentrantOperator.abi.Pack("reentrySucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentrySucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59703b2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (reentrantOperator *ReentrantOperator) TryPackReentrySucceeded() ([]byte, error) {
	return reentrantOperator.abi.Pack("reentrySucceeded")
}

// UnpackReentrySucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59703b2e.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (reentrantOperator *ReentrantOperator) UnpackReentrySucceeded(data []byte) (bool, error) {
	out, err := reentrantOperator.abi.Unpack("reentrySucceeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantOperator *ReentrantOperator) PackTarget() []byte {
	enc, err := reentrantOperator.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantOperator *ReentrantOperator) TryPackTarget() ([]byte, error) {
	return reentrantOperator.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantOperator *ReentrantOperator) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantOperator.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ReentrantReceiverMetaData contains all meta data concerning the ReentrantReceiver contract.
var ReentrantReceiverMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"target_\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"data\",\"type\":\"bytes\"}],\"name\":\"arm\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"calls\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryData\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentryRevert\",\"outputs\":[{\"internalType\":\"bytes\",\"name\":\"\",\"type\":\"bytes\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reentrySucceeded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"target\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "ReentrantReceiver",
	Bin: "0x6080604052348015600e575f5ffd5b506106408061001c5f395ff3fe608060405260043610610066575f3560e01c806376c92c731161004157806376c92c7314610195578063b36ae5e6146101b6578063d4b83992146101ca575f5ffd5b8063305f72b7146101255780633522bfd01461014d57806359703b2e1461016c575f5ffd5b366101215760028054905f61007a836102de565b9190505550600254600114801561009a57505f546001600160a01b031615155b1561011f575f805460405182916001600160a01b0316906100bd9060019061033a565b5f604051808303815f865af19150503d805f81146100f6576040519150601f19603f3d011682016040523d82523d5f602084013e6100fb565b606091505b506003805460ff19168315151790559092509050600461011b828261040b565b5050505b005b5f5ffd5b348015610130575f5ffd5b5061013a60025481565b6040519081526020015b60405180910390f35b348015610158575f5ffd5b5061011f6101673660046104c6565b610200565b348015610177575f5ffd5b506003546101859060ff1681565b6040519015158152602001610144565b3480156101a0575f5ffd5b506101a9610245565b6040516101449190610551565b3480156101c1575f5ffd5b506101a96102d1565b3480156101d5575f5ffd5b505f546101e8906001600160a01b031681565b6040516001600160a01b039091168152602001610144565b5f80547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b038516179055600161023f828483610586565b50505050565b6004805461025290610302565b80601f016020809104026020016040519081016040528092919081815260200182805461027e90610302565b80156102c95780601f106102a0576101008083540402835291602001916102c9565b820191905f5260205f20905b8154815290600101906020018083116102ac57829003601f168201915b505050505081565b6001805461025290610302565b5f600182016102fb57634e487b7160e01b5f52601160045260245ffd5b5060010190565b600181811c9082168061031657607f821691505b60208210810361033457634e487b7160e01b5f52602260045260245ffd5b50919050565b5f5f835461034781610302565b60018216801561035e5760018114610373576103a0565b60ff19831686528115158202860193506103a0565b865f5260205f205f5b838110156103985781548882015260019091019060200161037c565b505081860193505b509195945050505050565b634e487b7160e01b5f52604160045260245ffd5b601f82111561040657805f5260205f20601f840160051c810160208510156103e45750805b601f840160051c820191505b81811015610403575f81556001016103f0565b50505b505050565b815167ffffffffffffffff811115610425576104256103ab565b610439816104338454610302565b846103bf565b6020601f82116001811461046b575f83156104545750848201515b5f19600385901b1c1916600184901b178455610403565b5f84815260208120601f198516915b8281101561049a578785015182556020948501946001909201910161047a565b50848210156104b757868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b5f5f5f604084860312156104d8575f5ffd5b83356001600160a01b03811681146104ee575f5ffd5b9250602084013567ffffffffffffffff811115610509575f5ffd5b8401601f81018613610519575f5ffd5b803567ffffffffffffffff81111561052f575f5ffd5b866020828401011115610540575f5ffd5b939660209190910195509293505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b67ffffffffffffffff83111561059e5761059e6103ab565b6105b2836105ac8354610302565b836103bf565b5f601f8411600181146105e3575f85156105cc5750838201355b5f19600387901b1c1916600186901b178355610403565b5f83815260208120601f198716915b8281101561061257868501358255602094850194600190920191016105f2565b508682101561062e575f1960f88860031b161c19848701351681555b505060018560011b018355505050505056",
}

// ReentrantReceiver is an auto generated Go binding around an Ethereum contract.
type ReentrantReceiver struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReentrantReceiver) GetABI() abi.ABI {
	return c.abi
}

// NewReentrantReceiver creates a new instance of ReentrantReceiver.
func NewReentrantReceiver() *ReentrantReceiver {
	parsed, err := ReentrantReceiverMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReentrantReceiver{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReentrantReceiver) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantReceiver *ReentrantReceiver) PackArm(target common.Address, data []byte) []byte {
	enc, err := reentrantReceiver.abi.Pack("arm", target, data)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackArm is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3522bfd0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function arm(address target_, bytes data) returns()
func (reentrantReceiver *ReentrantReceiver) TryPackArm(target common.Address, data []byte) ([]byte, error) {
	return reentrantReceiver.abi.Pack("arm", target, data)
}

// PackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function calls() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) PackCalls() []byte {
	enc, err := reentrantReceiver.abi.Pack("calls")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCalls is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x305f72b7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function calls() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) TryPackCalls() ([]byte, error) {
	return reentrantReceiver.abi.Pack("calls")
}

// UnpackCalls is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x305f72b7.
//
// Solidity: function calls() view returns(uint256)
func (reentrantReceiver *ReentrantReceiver) UnpackCalls(data []byte) (*big.Int, error) {
	out, err := reentrantReceiver.abi.Unpack("calls", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReentryData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb36ae5e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryData() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) PackReentryData() []byte {
	enc, err := reentrantReceiver.abi.Pack("reentryData")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryData is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb36ae5e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryData() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) TryPackReentryData() ([]byte, error) {
	return reentrantReceiver.abi.Pack("reentryData")
}

// UnpackReentryData is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb36ae5e6.
//
// Solidity: function reentryData() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) UnpackReentryData(data []byte) ([]byte, error) {
	out, err := reentrantReceiver.abi.Unpack("reentryData", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReentryRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76c92c73.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentryRevert() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) PackReentryRevert() []byte {
	enc, err := reentrantReceiver.abi.Pack("reentryRevert")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentryRevert is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76c92c73.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentryRevert() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) TryPackReentryRevert() ([]byte, error) {
	return reentrantReceiver.abi.Pack("reentryRevert")
}

// UnpackReentryRevert is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76c92c73.
//
// Solidity: function reentryRevert() view returns(bytes)
func (reentrantReceiver *ReentrantReceiver) UnpackReentryRevert(data []byte) ([]byte, error) {
	out, err := reentrantReceiver.abi.Unpack("reentryRevert", data)
	if err != nil {
		return *new([]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([]byte)).(*[]byte)
	return out0, nil
}

// PackReentrySucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59703b2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (reentrantReceiver *ReentrantReceiver) PackReentrySucceeded() []byte {
	enc, err := reentrantReceiver.abi.Pack("reentrySucceeded")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReentrySucceeded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59703b2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (reentrantReceiver *ReentrantReceiver) TryPackReentrySucceeded() ([]byte, error) {
	return reentrantReceiver.abi.Pack("reentrySucceeded")
}

// UnpackReentrySucceeded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59703b2e.
//
// Solidity: function reentrySucceeded() view returns(bool)
func (reentrantReceiver *ReentrantReceiver) UnpackReentrySucceeded(data []byte) (bool, error) {
	out, err := reentrantReceiver.abi.Unpack("reentrySucceeded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function target() view returns(address)
func (reentrantReceiver *ReentrantReceiver) PackTarget() []byte {
	enc, err := reentrantReceiver.abi.Pack("target")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTarget is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4b83992.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function target() view returns(address)
func (reentrantReceiver *ReentrantReceiver) TryPackTarget() ([]byte, error) {
	return reentrantReceiver.abi.Pack("target")
}

// UnpackTarget is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4b83992.
//
// Solidity: function target() view returns(address)
func (reentrantReceiver *ReentrantReceiver) UnpackTarget(data []byte) (common.Address, error) {
	out, err := reentrantReceiver.abi.Unpack("target", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// ReputationRegistryMetaData contains all meta data concerning the ReputationRegistry contract.
var ReputationRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identityRegistry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"feedbackIndex\",\"type\":\"uint64\"}],\"name\":\"AlreadyRevoked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ClientAddressesRequired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"DuplicateClient\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyResponseURI\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"feedbackIndex\",\"type\":\"uint64\"}],\"name\":\"FeedbackNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"field\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"max\",\"type\":\"uint256\"}],\"name\":\"FieldTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identityRegistry\",\"type\":\"address\"}],\"name\":\"NotAContract\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"client\",\"type\":\"address\"}],\"name\":\"SelfFeedback\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"UnknownAgent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"valueDecimals\",\"type\":\"uint8\"}],\"name\":\"ValueDecimalsTooLarge\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"int128\",\"name\":\"value\",\"type\":\"int128\"}],\"name\":\"ValueOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAddress\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"clientAddress\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"feedbackIndex\",\"type\":\"uint64\"}],\"name\":\"FeedbackRevoked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"clientAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"feedbackIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"int128\",\"name\":\"value\",\"type\":\"int128\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"valueDecimals\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"string\",\"name\":\"indexedTag1\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tag1\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"tag2\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"feedbackURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"feedbackHash\",\"type\":\"bytes32\"}],\"name\":\"NewFeedback\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"clientAddress\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"feedbackIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"responder\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"string\",\"name\":\"responseURI\",\"type\":\"string\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"responseHash\",\"type\":\"bytes32\"}],\"name\":\"ResponseAppended\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"MAX_ABS_VALUE\",\"outputs\":[{\"internalType\":\"int128\",\"name\":\"\",\"type\":\"int128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_TAG_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_URI_LENGTH\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_VALUE_DECIMALS\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"WALLET_CALL_GAS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"clientAddress\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"feedbackIndex\",\"type\":\"uint64\"},{\"internalType\":\"string\",\"name\":\"responseURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"responseHash\",\"type\":\"bytes32\"}],\"name\":\"appendResponse\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"getClients\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"\",\"type\":\"address[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getIdentityRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"identityRegistry\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"clientAddress\",\"type\":\"address\"}],\"name\":\"getLastIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"clientAddress\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"feedbackIndex\",\"type\":\"uint64\"},{\"internalType\":\"address[]\",\"name\":\"responders\",\"type\":\"address[]\"}],\"name\":\"getResponseCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"clientAddresses\",\"type\":\"address[]\"},{\"internalType\":\"string\",\"name\":\"tag1\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"tag2\",\"type\":\"string\"}],\"name\":\"getSummary\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"int128\",\"name\":\"summaryValue\",\"type\":\"int128\"},{\"internalType\":\"uint8\",\"name\":\"summaryValueDecimals\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"int128\",\"name\":\"value\",\"type\":\"int128\"},{\"internalType\":\"uint8\",\"name\":\"valueDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"tag1\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"tag2\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"feedbackURI\",\"type\":\"string\"},{\"internalType\":\"bytes32\",\"name\":\"feedbackHash\",\"type\":\"bytes32\"}],\"name\":\"giveFeedback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"clientAddresses\",\"type\":\"address[]\"},{\"internalType\":\"string\",\"name\":\"tag1\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"tag2\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"includeRevoked\",\"type\":\"bool\"}],\"name\":\"readAllFeedback\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"clients\",\"type\":\"address[]\"},{\"internalType\":\"uint64[]\",\"name\":\"feedbackIndexes\",\"type\":\"uint64[]\"},{\"internalType\":\"int128[]\",\"name\":\"values\",\"type\":\"int128[]\"},{\"internalType\":\"uint8[]\",\"name\":\"valueDecimals\",\"type\":\"uint8[]\"},{\"internalType\":\"string[]\",\"name\":\"tag1s\",\"type\":\"string[]\"},{\"internalType\":\"string[]\",\"name\":\"tag2s\",\"type\":\"string[]\"},{\"internalType\":\"bool[]\",\"name\":\"revokedStatuses\",\"type\":\"bool[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"clientAddress\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"feedbackIndex\",\"type\":\"uint64\"}],\"name\":\"readFeedback\",\"outputs\":[{\"internalType\":\"int128\",\"name\":\"value\",\"type\":\"int128\"},{\"internalType\":\"uint8\",\"name\":\"valueDecimals\",\"type\":\"uint8\"},{\"internalType\":\"string\",\"name\":\"tag1\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"tag2\",\"type\":\"string\"},{\"internalType\":\"bool\",\"name\":\"isRevoked\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"feedbackIndex\",\"type\":\"uint64\"}],\"name\":\"revokeFeedback\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "ReputationRegistry",
	Bin: "0x60a060405234801561000f575f5ffd5b50604051612fc9380380612fc983398101604081905261002e9161009f565b6001600160a01b0381166100555760405163d92e233d60e01b815260040160405180910390fd5b806001600160a01b03163b5f0361008e576040516322a2d07b60e21b81526001600160a01b038216600482015260240160405180910390fd5b6001600160a01b03166080526100cc565b5f602082840312156100af575f5ffd5b81516001600160a01b03811681146100c5575f5ffd5b9392505050565b608051612ec96101005f395f818161022901528181610fab015281816110810152818161115d01526112370152612ec95ff3fe608060405234801561000f575f5ffd5b50600436106100f0575f3560e01c8063a91cb75e11610093578063d9d8422411610063578063d9d8422414610266578063f2d817591461028c578063f50496f41461029f578063fffad6df146102a7575f5ffd5b8063a91cb75e146101fc578063aab5a87714610213578063bc4d861b1461021c578063c2349ab214610253575f5ffd5b8063499c9c6d116100ce578063499c9c6d146101565780634ab3ca99146101805780636e04cacd1461019357806381bbba58146101be575f5ffd5b8063232b0810146100f45780633c036a7e1461012157806342dd519c14610136575b5f5ffd5b6101076101023660046120a9565b6102c1565b604051610118959493929190612112565b60405180910390f35b61013461012f3660046121c2565b61042a565b005b6101496101443660046122c9565b6107a9565b6040516101189190612323565b61016d6f4b3b4ca85a86c47a098a22400000000081565b604051600f9190910b8152602001610118565b61013461018e36600461233c565b610812565b6101a66101a13660046123a6565b6108e4565b6040516001600160401b039091168152602001610118565b6101d16101cc366004612411565b610993565b604080516001600160401b039094168452600f9290920b602084015260ff1690820152606001610118565b61020561753081565b604051908152602001610118565b61020561080081565b6040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152602001610118565b6101346102613660046124b6565b610c11565b6102796102743660046125f0565b610dc2565b6040516101189796959493929190612801565b6101a661029a3660046128c9565b610e26565b610205604081565b6102af601281565b60405160ff9091168152602001610118565b5f5f6060805f5f6102d3898989610e58565b8054600182018054929350600f82900b9260ff600160801b84048116936002870192600160881b90910490911690839061030c906128f7565b80601f0160208091040260200160405190810160405280929190818152602001828054610338906128f7565b80156103835780601f1061035a57610100808354040283529160200191610383565b820191905f5260205f20905b81548152906001019060200180831161036657829003601f168201915b50505050509250818054610396906128f7565b80601f01602080910402602001604051908101604052809291908181526020018280546103c2906128f7565b801561040d5780601f106103e45761010080835404028352916020019161040d565b820191905f5260205f20905b8154815290600101906020018083116103f057829003601f168201915b505050505091509550955095509550955050939792965093509350565b601260ff8b161115610472576040517f848beaf200000000000000000000000000000000000000000000000000000000815260ff8b1660048201526024015b60405180910390fd5b6f4b3b4ca85a86c47a098a224000000000600f8c900b13806104b157506104a86f4b3b4ca85a86c47a098a22400000000061293d565b600f0b8b600f0b125b156104ee576040517f13ca4d69000000000000000000000000000000000000000000000000000000008152600f8c900b6004820152602401610469565b604080518082018252600481527f7461673100000000000000000000000000000000000000000000000000000000602082015261052c918a90610f2b565b604080518082018252600481527f7461673200000000000000000000000000000000000000000000000000000000602082015261056a918890610f2b565b60408051808201909152600881527f656e64706f696e7400000000000000000000000000000000000000000000000060208201526105ab9085610800610f2b565b60408051808201909152600b81527f666565646261636b55524900000000000000000000000000000000000000000060208201526105ec9083610800610f2b565b6105f68c33610f70565b15610636576040517f9a0f9b38000000000000000000000000000000000000000000000000000000008152600481018d9052336024820152604401610469565b5f8c8152600160208181526040808420338552909152822054610664916001600160401b039091169061296a565b5f8e8152600160208181526040808420338552909152909120805467ffffffffffffffff19166001600160401b038416908117909155919250036106e8575f8d81526002602090815260408220805460018101825590835291200180547fffffffffffffffffffffffff000000000000000000000000000000000000000016331790555b5f8d81526020818152604080832033845282528083206001600160401b03851684529091529020805460ff8d16600160801b027fffffffffffffffffffffffffffffff00000000000000000000000000000000009091166fffffffffffffffffffffffffffffffff8f1617178155891561076d576001810161076b8b8d836129d4565b505b87156107845760028101610782898b836129d4565b505b6107998e838f8f8f8f8f8f8f8f8f8f8f611363565b5050505050505050505050505050565b5f8181526002602090815260409182902080548351818402810184019094528084526060939283018282801561080657602002820191905f5260205f20905b81546001600160a01b031681526001909101906020018083116107e8575b50505050509050919050565b5f61081e833384610e58565b8054909150600160881b900460ff161561087c576040517fb212f65c000000000000000000000000000000000000000000000000000000008152600481018490523360248201526001600160401b0383166044820152606401610469565b80547fffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffffff16600160881b1781556040516001600160401b03831690339085907f25156fd3288212246d8b008d5921fde376c71ed14ac2e072a506eb06fde6d09d905f90a4505050565b5f6001600160a01b038516610957575f868152600260205260408120905b81548110156109505761093c8883838154811061092157610921612a8d565b5f918252602090912001546001600160a01b031687876113e2565b610946908461296a565b9250600101610902565b505061098a565b836001600160401b03165f0361097a57610973868685856113e2565b905061098a565b610987868686868661145d565b90505b95945050505050565b5f80808781036109cf576040517f9dab54e300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610a0a8989808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061154492505050565b5f5f610a938c8c8c610a508d8d8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061164e92505050565b610a8e8c8c8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061164e92505050565b61166a565b90925090505f5b601260ff821611610add57818160ff1660138110610aba57610aba612a8d565b6020020151610ac9908761296a565b955080610ad581612aa1565b915050610a9a565b50846001600160401b03165f03610afe575f5f5f9450945094505050610c04565b5f805b601260ff821611610b7157816001600160401b0316838260ff1660138110610b2b57610b2b612a8d565b60200201516001600160401b03161115610b5f57828160ff1660138110610b5457610b54612a8d565b602002015191508094505b80610b6981612aa1565b915050610b01565b505f610b866001600160401b03881685612ad3565b90505b5f610b95866012612aff565b610ba39060ff16600a612bfb565b610bad9083612ad3565b90506f7fffffffffffffffffffffffffffffff8113801590610be057506f7fffffffffffffffffffffffffffffff198112155b15610bec579550610bff565b85610bf681612c06565b96505050610b89565b505050505b9750975097945050505050565b610c1c868686610e58565b505f829003610c57576040517ff9d7422c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60408051808201909152600b81527f726573706f6e73655552490000000000000000000000000000000000000000006020820152610c989083610800610f2b565b5f8681526003602090815260408083206001600160a01b038916845282528083206001600160401b0380891685529252822080546001939192610cdd9185911661296a565b82546101009290920a6001600160401b038181021990931691831602179091555f8881526004602090815260408083206001600160a01b038b16845282528083208985168452825280832033845290915281208054600194509092610d449185911661296a565b92506101000a8154816001600160401b0302191690836001600160401b03160217905550336001600160a01b0316856001600160a01b0316877fb1c6be0b5b8aef6539e2fac0fd131a2faa7b49edf8e505b5eb0ad487d56051d487878787604051610db29493929190612c49565b60405180910390a4505050505050565b60608060608060608060605f610de48d610ddc8f8f611818565b8d8d8d611898565b9050805f015181602001518260400151836060015184608001518560a001518660c00151975097509750975097509750975050959b949a509550955095509550565b5f8281526001602090815260408083206001600160a01b03851684529091529020546001600160401b03165b92915050565b5f6001600160401b0382161580610e9c57505f8481526001602090815260408083206001600160a01b03871684529091529020546001600160401b03908116908316115b15610ef4576040517f83e6932a000000000000000000000000000000000000000000000000000000008152600481018590526001600160a01b03841660248201526001600160401b0383166044820152606401610469565b505f928352602083815260408085206001600160a01b039490941685529281528284206001600160401b0392909216845252902090565b80821115610f6b578282826040517f0b9c0a7d00000000000000000000000000000000000000000000000000000000815260040161046993929190612c7c565b505050565b6040517f6352211e000000000000000000000000000000000000000000000000000000008152600481018390525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636352211e90602401602060405180830381865afa92505050801561100e575060408051601f3d908101601f1916820190925261100b91810190612ca0565b60015b61102e57604051637b65190b60e01b815260048101859052602401610469565b90506001600160a01b03811661105a57604051637b65190b60e01b815260048101859052602401610469565b806001600160a01b0316836001600160a01b031614806111175750826001600160a01b03167f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663081812fc866040518263ffffffff1660e01b81526004016110cd91815260200190565b602060405180830381865afa1580156110e8573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061110c9190612ca0565b6001600160a01b0316145b806111c657506040517fe985e9c50000000000000000000000000000000000000000000000000000000081526001600160a01b03828116600483015284811660248301527f0000000000000000000000000000000000000000000000000000000000000000169063e985e9c590604401602060405180830381865afa1580156111a2573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906111c69190612cbb565b156111d5576001915050610e52565b6111e2603f617530612cd6565b6111ee90617530612ce9565b6111fa90611388612ce9565b5a1015611233576040517f1c26714c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166175308760405160240161127591815260200190565b60408051601f198184030181529181526020820180517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167e33950900000000000000000000000000000000000000000000000000000000179052516112d79190612cfc565b5f604051808303818686fa925050503d805f8114611310576040519150601f19603f3d011682016040523d82523d5f602084013e611315565b606091505b509150915081801561132957506020815110155b80156113595750846001600160a01b03168180602001905181019061134e9190612ca0565b6001600160a01b0316145b9695505050505050565b8888604051611373929190612d12565b6040518091039020336001600160a01b03168e7f6a4a61743519c9d648a14e6493f47dbe3ff1aa29e7785c96c8326a205e58febc8f8f8f8f8f8f8f8f8f8f8f8f6040516113cb9c9b9a99989796959493929190612d21565b60405180910390a450505050505050505050505050565b5f8481526001602081815260408084206001600160a01b03881685529091528220546001600160401b0316905b816001600160401b0316816001600160401b03161161145357611435878783888861145d565b61143f908461296a565b92508061144b81612dae565b91505061140f565b5050949350505050565b5f8181036114a057505f8581526003602090815260408083206001600160a01b038816845282528083206001600160401b0380881685529252909120541661098a565b5f5b8281101561153a575f8781526004602090815260408083206001600160a01b038a16845282528083206001600160401b03891684529091528120908585848181106114ef576114ef612a8d565b90506020020160208101906115049190612dcf565b6001600160a01b0316815260208101919091526040015f2054611530906001600160401b03168361296a565b91506001016114a2565b5095945050505050565b5f805b8251811015610f6b575f83828151811061156357611563612a8d565b602002602001015160ff166001600160a01b03166001901b90508083165f14611641575f5b8281101561163f578483815181106115a2576115a2612a8d565b60200260200101516001600160a01b03168582815181106115c5576115c5612a8d565b60200260200101516001600160a01b031603611637578483815181106115ed576115ed612a8d565b60200260200101516040517ff7b01a9f00000000000000000000000000000000000000000000000000000000815260040161046991906001600160a01b0391909116815260200190565b600101611588565b505b9190911790600101611547565b5f81515f146116635781516020830120610e52565b5f92915050565b5f611673612058565b5f5b8581101561180d575f8881526020819052604081208189898581811061169d5761169d612a8d565b90506020020160208101906116b29190612dcf565b6001600160a01b03166001600160a01b031681526020019081526020015f2090505f60015f8b81526020019081526020015f205f8a8a868181106116f8576116f8612a8d565b905060200201602081019061170d9190612dcf565b6001600160a01b0316815260208101919091526040015f20546001600160401b0316905060015b816001600160401b0316816001600160401b031611611802576001600160401b0381165f908152602084905260408120906117729082908b8b611fc2565b61177c57506117f0565b8054600160801b900460ff16611793816012612aff565b6117a19060ff16600a612bfb565b82546117b09190600f0b612dea565b6117ba9089612e19565b9750868160ff16601381106117d1576117d1612a8d565b602002018051906117e182612dae565b6001600160401b031690525050505b806117fa81612dae565b915050611734565b505050600101611675565b509550959350505050565b606081515f03611889575f838152600260209081526040918290208054835181840281018401909452808452909183018282801561187d57602002820191905f5260205f20905b81546001600160a01b0316815260019091019060200180831161185f575b50505050509050610e52565b61189282611544565b50919050565b6118d86040518060e00160405280606081526020016060815260200160608152602001606081526020016060815260200160608152602001606081525090565b5f6118e28561164e565b90505f6118ee8561164e565b90505f805b8851811015611a0e575f8a81526001602052604081208a5182908c908590811061191f5761191f612a8d565b6020908102919091018101516001600160a01b031682528101919091526040015f20546001600160401b0316905060015b816001600160401b0316816001600160401b031611611a04576119df5f5f8e81526020019081526020015f205f8d868151811061198f5761198f612a8d565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f836001600160401b03166001600160401b031681526020019081526020015f20898888611fc2565b156119f257836119ee81612e40565b9450505b806119fc81612dae565b915050611950565b50506001016118f3565b50806001600160401b03811115611a2757611a27612529565b604051908082528060200260200182016040528015611a50578160200160208202803683370190505b508452806001600160401b03811115611a6b57611a6b612529565b604051908082528060200260200182016040528015611a94578160200160208202803683370190505b506020850152806001600160401b03811115611ab257611ab2612529565b604051908082528060200260200182016040528015611adb578160200160208202803683370190505b506040850152806001600160401b03811115611af957611af9612529565b604051908082528060200260200182016040528015611b22578160200160208202803683370190505b506060850152806001600160401b03811115611b4057611b40612529565b604051908082528060200260200182016040528015611b7357816020015b6060815260200190600190039081611b5e5790505b506080850152806001600160401b03811115611b9157611b91612529565b604051908082528060200260200182016040528015611bc457816020015b6060815260200190600190039081611baf5790505b5060a0850152806001600160401b03811115611be257611be2612529565b604051908082528060200260200182016040528015611c0b578160200160208202803683370190505b5060c08501525f805b8951811015611fb4575f8b81526001602052604081208b5182908d9085908110611c4057611c40612a8d565b6020908102919091018101516001600160a01b031682528101919091526040015f20546001600160401b0316905060015b816001600160401b0316816001600160401b031611611faa575f8d81526020819052604081208d5182908f9087908110611cad57611cad612a8d565b60200260200101516001600160a01b03166001600160a01b031681526020019081526020015f205f836001600160401b03166001600160401b031681526020019081526020015f209050611d03818b8a8a611fc2565b611d0d5750611f98565b8c8481518110611d1f57611d1f612a8d565b6020026020010151895f01518681518110611d3c57611d3c612a8d565b60200260200101906001600160a01b031690816001600160a01b0316815250508189602001518681518110611d7357611d73612a8d565b6001600160401b0390921660209283029190910190910152805460408a01518051600f9290920b9187908110611dab57611dab612a8d565b6020026020010190600f0b9081600f0b81525050805f0160109054906101000a900460ff1689606001518681518110611de657611de6612a8d565b602002602001019060ff16908160ff1681525050806001018054611e09906128f7565b80601f0160208091040260200160405190810160405280929190818152602001828054611e35906128f7565b8015611e805780601f10611e5757610100808354040283529160200191611e80565b820191905f5260205f20905b815481529060010190602001808311611e6357829003601f168201915b505050505089608001518681518110611e9b57611e9b612a8d565b6020026020010181905250806002018054611eb5906128f7565b80601f0160208091040260200160405190810160405280929190818152602001828054611ee1906128f7565b8015611f2c5780601f10611f0357610100808354040283529160200191611f2c565b820191905f5260205f20905b815481529060010190602001808311611f0f57829003601f168201915b50505050508960a001518681518110611f4757611f47612a8d565b6020026020010181905250805f0160119054906101000a900460ff168960c001518681518110611f7957611f79612a8d565b9115156020928302919091019091015284611f9381612e40565b955050505b80611fa281612dae565b915050611c71565b5050600101611c14565b505050505095945050505050565b83545f90600160881b900460ff168015611fda575083155b15611fe657505f612050565b821580159061200d575082856001016040516120029190612e58565b604051809103902014155b1561201957505f612050565b8115801590612040575081856002016040516120359190612e58565b604051809103902014155b1561204c57505f612050565b5060015b949350505050565b6040518061026001604052806013906020820280368337509192915050565b6001600160a01b038116811461208b575f5ffd5b50565b80356001600160401b03811681146120a4575f5ffd5b919050565b5f5f5f606084860312156120bb575f5ffd5b8335925060208401356120cd81612077565b91506120db6040850161208e565b90509250925092565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b85600f0b815260ff8516602082015260a060408201525f61213660a08301866120e4565b828103606084015261214881866120e4565b91505082151560808301529695505050505050565b8035600f81900b81146120a4575f5ffd5b803560ff811681146120a4575f5ffd5b5f5f83601f84011261218e575f5ffd5b5081356001600160401b038111156121a4575f5ffd5b6020830191508360208285010111156121bb575f5ffd5b9250929050565b5f5f5f5f5f5f5f5f5f5f5f5f6101008d8f0312156121de575f5ffd5b8c359b506121ee60208e0161215d565b9a506121fc60408e0161216e565b99506001600160401b0360608e01351115612215575f5ffd5b6122258e60608f01358f0161217e565b90995097506001600160401b0360808e01351115612241575f5ffd5b6122518e60808f01358f0161217e565b90975095506001600160401b0360a08e0135111561226d575f5ffd5b61227d8e60a08f01358f0161217e565b90955093506001600160401b0360c08e01351115612299575f5ffd5b6122a98e60c08f01358f0161217e565b9c9f9b9e50999c989b979a9699959894979396939460e001359392505050565b5f602082840312156122d9575f5ffd5b5035919050565b5f8151808452602084019350602083015f5b828110156123195781516001600160a01b03168652602095860195909101906001016122f2565b5093949350505050565b602081525f61233560208301846122e0565b9392505050565b5f5f6040838503121561234d575f5ffd5b8235915061235d6020840161208e565b90509250929050565b5f5f83601f840112612376575f5ffd5b5081356001600160401b0381111561238c575f5ffd5b6020830191508360208260051b85010111156121bb575f5ffd5b5f5f5f5f5f608086880312156123ba575f5ffd5b8535945060208601356123cc81612077565b93506123da6040870161208e565b925060608601356001600160401b038111156123f4575f5ffd5b61240088828901612366565b969995985093965092949392505050565b5f5f5f5f5f5f5f6080888a031215612427575f5ffd5b8735965060208801356001600160401b03811115612443575f5ffd5b61244f8a828b01612366565b90975095505060408801356001600160401b0381111561246d575f5ffd5b6124798a828b0161217e565b90955093505060608801356001600160401b03811115612497575f5ffd5b6124a38a828b0161217e565b989b979a50959850939692959293505050565b5f5f5f5f5f5f60a087890312156124cb575f5ffd5b8635955060208701356124dd81612077565b94506124eb6040880161208e565b935060608701356001600160401b03811115612505575f5ffd5b61251189828a0161217e565b979a9699509497949695608090950135949350505050565b634e487b7160e01b5f52604160045260245ffd5b604051601f8201601f191681016001600160401b038111828210171561256557612565612529565b604052919050565b5f82601f83011261257c575f5ffd5b81356001600160401b0381111561259557612595612529565b6125a8601f8201601f191660200161253d565b8181528460208386010111156125bc575f5ffd5b816020850160208301375f918101602001919091529392505050565b801515811461208b575f5ffd5b80356120a4816125d8565b5f5f5f5f5f60a08688031215612604575f5ffd5b8535945060208601356001600160401b03811115612620575f5ffd5b8601601f81018813612630575f5ffd5b80356001600160401b0381111561264957612649612529565b8060051b6126596020820161253d565b9182526020818401810192908101908b841115612674575f5ffd5b6020850194505b838510156126a2578435925061269083612077565b8282526020948501949091019061267b565b9750505050604087013590506001600160401b038111156126c1575f5ffd5b6126cd8882890161256d565b93505060608601356001600160401b038111156126e8575f5ffd5b6126f48882890161256d565b925050612703608087016125e5565b90509295509295909350565b5f8151808452602084019350602083015f5b82811015612319578151600f0b865260209586019590910190600101612721565b5f8151808452602084019350602083015f5b8281101561231957815160ff16865260209586019590910190600101612754565b5f82825180855260208501945060208160051b830101602085015f5b838110156127c357601f198584030188526127ad8383516120e4565b6020988901989093509190910190600101612791565b50909695505050505050565b5f8151808452602084019350602083015f5b8281101561231957815115158652602095860195909101906001016127e1565b60e081525f61281360e083018a6122e0565b828103602084015280895180835260208301915060208b0192505f5b818110156128565783516001600160401b031683526020938401939092019160010161282f565b5050838103604085015261286a818a61270f565b915050828103606084015261287f8188612742565b905082810360808401526128938187612775565b905082810360a08401526128a78186612775565b905082810360c08401526128bb81856127cf565b9a9950505050505050505050565b5f5f604083850312156128da575f5ffd5b8235915060208301356128ec81612077565b809150509250929050565b600181811c9082168061290b57607f821691505b60208210810361189257634e487b7160e01b5f52602260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f81600f0b6f7fffffffffffffffffffffffffffffff19810361296257612962612929565b5f0392915050565b6001600160401b038181168382160190811115610e5257610e52612929565b601f821115610f6b57805f5260205f20601f840160051c810160208510156129ae5750805b601f840160051c820191505b818110156129cd575f81556001016129ba565b5050505050565b6001600160401b038311156129eb576129eb612529565b6129ff836129f983546128f7565b83612989565b5f601f841160018114612a30575f8515612a195750838201355b5f19600387901b1c1916600186901b1783556129cd565b5f83815260208120601f198716915b82811015612a5f5786850135825560209485019460019092019101612a3f565b5086821015612a7b575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52603260045260245ffd5b5f60ff821660ff8103612ab657612ab6612929565b60010192915050565b634e487b7160e01b5f52601260045260245ffd5b5f82612ae157612ae1612abf565b600160ff1b82145f1984141615612afa57612afa612929565b500590565b60ff8281168282160390811115610e5257610e52612929565b6001815b6001841115612b5357808504811115612b3757612b37612929565b6001841615612b4557908102905b60019390931c928002612b1c565b935093915050565b5f82612b6957506001610e52565b81612b7557505f610e52565b8160018114612b8b5760028114612b9557612bb1565b6001915050610e52565b60ff841115612ba657612ba6612929565b50506001821b610e52565b5060208310610133831016604e8410600b8410161715612bd4575081810a610e52565b612be05f198484612b18565b805f1904821115612bf357612bf3612929565b029392505050565b5f6123358383612b5b565b5f60ff821680612c1857612c18612929565b5f190192915050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b6001600160401b0385168152606060208201525f612c6b606083018587612c21565b905082604083015295945050505050565b606081525f612c8e60608301866120e4565b60208301949094525060400152919050565b5f60208284031215612cb0575f5ffd5b815161233581612077565b5f60208284031215612ccb575f5ffd5b8151612335816125d8565b5f82612ce457612ce4612abf565b500490565b80820180821115610e5257610e52612929565b5f82518060208501845e5f920191825250919050565b818382375f9101908152919050565b6001600160401b038d1681528b600f0b602082015260ff8b16604082015261010060608201525f612d5761010083018b8d612c21565b8281036080840152612d6a818a8c612c21565b905082810360a0840152612d7f81888a612c21565b905082810360c0840152612d94818688612c21565b9150508260e08301529d9c50505050505050505050505050565b5f6001600160401b0382166001600160401b038103612ab657612ab6612929565b5f60208284031215612ddf575f5ffd5b813561233581612077565b8082025f8212600160ff1b84141615612e0557612e05612929565b8181058314821517610e5257610e52612929565b8082018281125f831280158216821582161715612e3857612e38612929565b505092915050565b5f60018201612e5157612e51612929565b5060010190565b5f5f8354612e65816128f7565b600182168015612e7c5760018114612e9157612ebe565b60ff1983168652811515820286019350612ebe565b865f5260205f205f5b83811015612eb657815488820152600190910190602001612e9a565b505081860193505b50919594505050505056",
}

// ReputationRegistry is an auto generated Go binding around an Ethereum contract.
type ReputationRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReputationRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewReputationRegistry creates a new instance of ReputationRegistry.
func NewReputationRegistry() *ReputationRegistry {
	parsed, err := ReputationRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReputationRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReputationRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address identityRegistry_) returns()
func (reputationRegistry *ReputationRegistry) PackConstructor(identityRegistry_ common.Address) []byte {
	enc, err := reputationRegistry.abi.Pack("", identityRegistry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackMAXABSVALUE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x499c9c6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_ABS_VALUE() view returns(int128)
func (reputationRegistry *ReputationRegistry) PackMAXABSVALUE() []byte {
	enc, err := reputationRegistry.abi.Pack("MAX_ABS_VALUE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXABSVALUE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x499c9c6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_ABS_VALUE() view returns(int128)
func (reputationRegistry *ReputationRegistry) TryPackMAXABSVALUE() ([]byte, error) {
	return reputationRegistry.abi.Pack("MAX_ABS_VALUE")
}

// UnpackMAXABSVALUE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x499c9c6d.
//
// Solidity: function MAX_ABS_VALUE() view returns(int128)
func (reputationRegistry *ReputationRegistry) UnpackMAXABSVALUE(data []byte) (*big.Int, error) {
	out, err := reputationRegistry.abi.Unpack("MAX_ABS_VALUE", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXTAGLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf50496f4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_TAG_LENGTH() view returns(uint256)
func (reputationRegistry *ReputationRegistry) PackMAXTAGLENGTH() []byte {
	enc, err := reputationRegistry.abi.Pack("MAX_TAG_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXTAGLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf50496f4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_TAG_LENGTH() view returns(uint256)
func (reputationRegistry *ReputationRegistry) TryPackMAXTAGLENGTH() ([]byte, error) {
	return reputationRegistry.abi.Pack("MAX_TAG_LENGTH")
}

// UnpackMAXTAGLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf50496f4.
//
// Solidity: function MAX_TAG_LENGTH() view returns(uint256)
func (reputationRegistry *ReputationRegistry) UnpackMAXTAGLENGTH(data []byte) (*big.Int, error) {
	out, err := reputationRegistry.abi.Unpack("MAX_TAG_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (reputationRegistry *ReputationRegistry) PackMAXURILENGTH() []byte {
	enc, err := reputationRegistry.abi.Pack("MAX_URI_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXURILENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaab5a877.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (reputationRegistry *ReputationRegistry) TryPackMAXURILENGTH() ([]byte, error) {
	return reputationRegistry.abi.Pack("MAX_URI_LENGTH")
}

// UnpackMAXURILENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaab5a877.
//
// Solidity: function MAX_URI_LENGTH() view returns(uint256)
func (reputationRegistry *ReputationRegistry) UnpackMAXURILENGTH(data []byte) (*big.Int, error) {
	out, err := reputationRegistry.abi.Unpack("MAX_URI_LENGTH", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXVALUEDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfffad6df.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_VALUE_DECIMALS() view returns(uint8)
func (reputationRegistry *ReputationRegistry) PackMAXVALUEDECIMALS() []byte {
	enc, err := reputationRegistry.abi.Pack("MAX_VALUE_DECIMALS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXVALUEDECIMALS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfffad6df.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_VALUE_DECIMALS() view returns(uint8)
func (reputationRegistry *ReputationRegistry) TryPackMAXVALUEDECIMALS() ([]byte, error) {
	return reputationRegistry.abi.Pack("MAX_VALUE_DECIMALS")
}

// UnpackMAXVALUEDECIMALS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xfffad6df.
//
// Solidity: function MAX_VALUE_DECIMALS() view returns(uint8)
func (reputationRegistry *ReputationRegistry) UnpackMAXVALUEDECIMALS(data []byte) (uint8, error) {
	out, err := reputationRegistry.abi.Unpack("MAX_VALUE_DECIMALS", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackWALLETCALLGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa91cb75e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function WALLET_CALL_GAS() view returns(uint256)
func (reputationRegistry *ReputationRegistry) PackWALLETCALLGAS() []byte {
	enc, err := reputationRegistry.abi.Pack("WALLET_CALL_GAS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWALLETCALLGAS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa91cb75e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function WALLET_CALL_GAS() view returns(uint256)
func (reputationRegistry *ReputationRegistry) TryPackWALLETCALLGAS() ([]byte, error) {
	return reputationRegistry.abi.Pack("WALLET_CALL_GAS")
}

// UnpackWALLETCALLGAS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa91cb75e.
//
// Solidity: function WALLET_CALL_GAS() view returns(uint256)
func (reputationRegistry *ReputationRegistry) UnpackWALLETCALLGAS(data []byte) (*big.Int, error) {
	out, err := reputationRegistry.abi.Unpack("WALLET_CALL_GAS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAppendResponse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2349ab2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function appendResponse(uint256 agentId, address clientAddress, uint64 feedbackIndex, string responseURI, bytes32 responseHash) returns()
func (reputationRegistry *ReputationRegistry) PackAppendResponse(agentId *big.Int, clientAddress common.Address, feedbackIndex uint64, responseURI string, responseHash [32]byte) []byte {
	enc, err := reputationRegistry.abi.Pack("appendResponse", agentId, clientAddress, feedbackIndex, responseURI, responseHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAppendResponse is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc2349ab2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function appendResponse(uint256 agentId, address clientAddress, uint64 feedbackIndex, string responseURI, bytes32 responseHash) returns()
func (reputationRegistry *ReputationRegistry) TryPackAppendResponse(agentId *big.Int, clientAddress common.Address, feedbackIndex uint64, responseURI string, responseHash [32]byte) ([]byte, error) {
	return reputationRegistry.abi.Pack("appendResponse", agentId, clientAddress, feedbackIndex, responseURI, responseHash)
}

// PackGetClients is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42dd519c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getClients(uint256 agentId) view returns(address[])
func (reputationRegistry *ReputationRegistry) PackGetClients(agentId *big.Int) []byte {
	enc, err := reputationRegistry.abi.Pack("getClients", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetClients is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42dd519c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getClients(uint256 agentId) view returns(address[])
func (reputationRegistry *ReputationRegistry) TryPackGetClients(agentId *big.Int) ([]byte, error) {
	return reputationRegistry.abi.Pack("getClients", agentId)
}

// UnpackGetClients is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42dd519c.
//
// Solidity: function getClients(uint256 agentId) view returns(address[])
func (reputationRegistry *ReputationRegistry) UnpackGetClients(data []byte) ([]common.Address, error) {
	out, err := reputationRegistry.abi.Unpack("getClients", data)
	if err != nil {
		return *new([]common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	return out0, nil
}

// PackGetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc4d861b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getIdentityRegistry() view returns(address identityRegistry)
func (reputationRegistry *ReputationRegistry) PackGetIdentityRegistry() []byte {
	enc, err := reputationRegistry.abi.Pack("getIdentityRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetIdentityRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbc4d861b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getIdentityRegistry() view returns(address identityRegistry)
func (reputationRegistry *ReputationRegistry) TryPackGetIdentityRegistry() ([]byte, error) {
	return reputationRegistry.abi.Pack("getIdentityRegistry")
}

// UnpackGetIdentityRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbc4d861b.
//
// Solidity: function getIdentityRegistry() view returns(address identityRegistry)
func (reputationRegistry *ReputationRegistry) UnpackGetIdentityRegistry(data []byte) (common.Address, error) {
	out, err := reputationRegistry.abi.Unpack("getIdentityRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetLastIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2d81759.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getLastIndex(uint256 agentId, address clientAddress) view returns(uint64)
func (reputationRegistry *ReputationRegistry) PackGetLastIndex(agentId *big.Int, clientAddress common.Address) []byte {
	enc, err := reputationRegistry.abi.Pack("getLastIndex", agentId, clientAddress)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetLastIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2d81759.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getLastIndex(uint256 agentId, address clientAddress) view returns(uint64)
func (reputationRegistry *ReputationRegistry) TryPackGetLastIndex(agentId *big.Int, clientAddress common.Address) ([]byte, error) {
	return reputationRegistry.abi.Pack("getLastIndex", agentId, clientAddress)
}

// UnpackGetLastIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2d81759.
//
// Solidity: function getLastIndex(uint256 agentId, address clientAddress) view returns(uint64)
func (reputationRegistry *ReputationRegistry) UnpackGetLastIndex(data []byte) (uint64, error) {
	out, err := reputationRegistry.abi.Unpack("getLastIndex", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetResponseCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e04cacd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getResponseCount(uint256 agentId, address clientAddress, uint64 feedbackIndex, address[] responders) view returns(uint64 count)
func (reputationRegistry *ReputationRegistry) PackGetResponseCount(agentId *big.Int, clientAddress common.Address, feedbackIndex uint64, responders []common.Address) []byte {
	enc, err := reputationRegistry.abi.Pack("getResponseCount", agentId, clientAddress, feedbackIndex, responders)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetResponseCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e04cacd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getResponseCount(uint256 agentId, address clientAddress, uint64 feedbackIndex, address[] responders) view returns(uint64 count)
func (reputationRegistry *ReputationRegistry) TryPackGetResponseCount(agentId *big.Int, clientAddress common.Address, feedbackIndex uint64, responders []common.Address) ([]byte, error) {
	return reputationRegistry.abi.Pack("getResponseCount", agentId, clientAddress, feedbackIndex, responders)
}

// UnpackGetResponseCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e04cacd.
//
// Solidity: function getResponseCount(uint256 agentId, address clientAddress, uint64 feedbackIndex, address[] responders) view returns(uint64 count)
func (reputationRegistry *ReputationRegistry) UnpackGetResponseCount(data []byte) (uint64, error) {
	out, err := reputationRegistry.abi.Unpack("getResponseCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGetSummary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81bbba58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSummary(uint256 agentId, address[] clientAddresses, string tag1, string tag2) view returns(uint64 count, int128 summaryValue, uint8 summaryValueDecimals)
func (reputationRegistry *ReputationRegistry) PackGetSummary(agentId *big.Int, clientAddresses []common.Address, tag1 string, tag2 string) []byte {
	enc, err := reputationRegistry.abi.Pack("getSummary", agentId, clientAddresses, tag1, tag2)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSummary is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x81bbba58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSummary(uint256 agentId, address[] clientAddresses, string tag1, string tag2) view returns(uint64 count, int128 summaryValue, uint8 summaryValueDecimals)
func (reputationRegistry *ReputationRegistry) TryPackGetSummary(agentId *big.Int, clientAddresses []common.Address, tag1 string, tag2 string) ([]byte, error) {
	return reputationRegistry.abi.Pack("getSummary", agentId, clientAddresses, tag1, tag2)
}

// GetSummaryOutput serves as a container for the return parameters of contract
// method GetSummary.
type GetSummaryOutput struct {
	Count                uint64
	SummaryValue         *big.Int
	SummaryValueDecimals uint8
}

// UnpackGetSummary is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x81bbba58.
//
// Solidity: function getSummary(uint256 agentId, address[] clientAddresses, string tag1, string tag2) view returns(uint64 count, int128 summaryValue, uint8 summaryValueDecimals)
func (reputationRegistry *ReputationRegistry) UnpackGetSummary(data []byte) (GetSummaryOutput, error) {
	out, err := reputationRegistry.abi.Unpack("getSummary", data)
	outstruct := new(GetSummaryOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Count = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.SummaryValue = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.SummaryValueDecimals = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	return *outstruct, nil
}

// PackGiveFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c036a7e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function giveFeedback(uint256 agentId, int128 value, uint8 valueDecimals, string tag1, string tag2, string endpoint, string feedbackURI, bytes32 feedbackHash) returns()
func (reputationRegistry *ReputationRegistry) PackGiveFeedback(agentId *big.Int, value *big.Int, valueDecimals uint8, tag1 string, tag2 string, endpoint string, feedbackURI string, feedbackHash [32]byte) []byte {
	enc, err := reputationRegistry.abi.Pack("giveFeedback", agentId, value, valueDecimals, tag1, tag2, endpoint, feedbackURI, feedbackHash)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGiveFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c036a7e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function giveFeedback(uint256 agentId, int128 value, uint8 valueDecimals, string tag1, string tag2, string endpoint, string feedbackURI, bytes32 feedbackHash) returns()
func (reputationRegistry *ReputationRegistry) TryPackGiveFeedback(agentId *big.Int, value *big.Int, valueDecimals uint8, tag1 string, tag2 string, endpoint string, feedbackURI string, feedbackHash [32]byte) ([]byte, error) {
	return reputationRegistry.abi.Pack("giveFeedback", agentId, value, valueDecimals, tag1, tag2, endpoint, feedbackURI, feedbackHash)
}

// PackReadAllFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9d84224.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readAllFeedback(uint256 agentId, address[] clientAddresses, string tag1, string tag2, bool includeRevoked) view returns(address[] clients, uint64[] feedbackIndexes, int128[] values, uint8[] valueDecimals, string[] tag1s, string[] tag2s, bool[] revokedStatuses)
func (reputationRegistry *ReputationRegistry) PackReadAllFeedback(agentId *big.Int, clientAddresses []common.Address, tag1 string, tag2 string, includeRevoked bool) []byte {
	enc, err := reputationRegistry.abi.Pack("readAllFeedback", agentId, clientAddresses, tag1, tag2, includeRevoked)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadAllFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd9d84224.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readAllFeedback(uint256 agentId, address[] clientAddresses, string tag1, string tag2, bool includeRevoked) view returns(address[] clients, uint64[] feedbackIndexes, int128[] values, uint8[] valueDecimals, string[] tag1s, string[] tag2s, bool[] revokedStatuses)
func (reputationRegistry *ReputationRegistry) TryPackReadAllFeedback(agentId *big.Int, clientAddresses []common.Address, tag1 string, tag2 string, includeRevoked bool) ([]byte, error) {
	return reputationRegistry.abi.Pack("readAllFeedback", agentId, clientAddresses, tag1, tag2, includeRevoked)
}

// ReadAllFeedbackOutput serves as a container for the return parameters of contract
// method ReadAllFeedback.
type ReadAllFeedbackOutput struct {
	Clients         []common.Address
	FeedbackIndexes []uint64
	Values          []*big.Int
	ValueDecimals   []uint8
	Tag1s           []string
	Tag2s           []string
	RevokedStatuses []bool
}

// UnpackReadAllFeedback is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd9d84224.
//
// Solidity: function readAllFeedback(uint256 agentId, address[] clientAddresses, string tag1, string tag2, bool includeRevoked) view returns(address[] clients, uint64[] feedbackIndexes, int128[] values, uint8[] valueDecimals, string[] tag1s, string[] tag2s, bool[] revokedStatuses)
func (reputationRegistry *ReputationRegistry) UnpackReadAllFeedback(data []byte) (ReadAllFeedbackOutput, error) {
	out, err := reputationRegistry.abi.Unpack("readAllFeedback", data)
	outstruct := new(ReadAllFeedbackOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Clients = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.FeedbackIndexes = *abi.ConvertType(out[1], new([]uint64)).(*[]uint64)
	outstruct.Values = *abi.ConvertType(out[2], new([]*big.Int)).(*[]*big.Int)
	outstruct.ValueDecimals = *abi.ConvertType(out[3], new([]uint8)).(*[]uint8)
	outstruct.Tag1s = *abi.ConvertType(out[4], new([]string)).(*[]string)
	outstruct.Tag2s = *abi.ConvertType(out[5], new([]string)).(*[]string)
	outstruct.RevokedStatuses = *abi.ConvertType(out[6], new([]bool)).(*[]bool)
	return *outstruct, nil
}

// PackReadFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232b0810.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function readFeedback(uint256 agentId, address clientAddress, uint64 feedbackIndex) view returns(int128 value, uint8 valueDecimals, string tag1, string tag2, bool isRevoked)
func (reputationRegistry *ReputationRegistry) PackReadFeedback(agentId *big.Int, clientAddress common.Address, feedbackIndex uint64) []byte {
	enc, err := reputationRegistry.abi.Pack("readFeedback", agentId, clientAddress, feedbackIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReadFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x232b0810.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function readFeedback(uint256 agentId, address clientAddress, uint64 feedbackIndex) view returns(int128 value, uint8 valueDecimals, string tag1, string tag2, bool isRevoked)
func (reputationRegistry *ReputationRegistry) TryPackReadFeedback(agentId *big.Int, clientAddress common.Address, feedbackIndex uint64) ([]byte, error) {
	return reputationRegistry.abi.Pack("readFeedback", agentId, clientAddress, feedbackIndex)
}

// ReadFeedbackOutput serves as a container for the return parameters of contract
// method ReadFeedback.
type ReadFeedbackOutput struct {
	Value         *big.Int
	ValueDecimals uint8
	Tag1          string
	Tag2          string
	IsRevoked     bool
}

// UnpackReadFeedback is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x232b0810.
//
// Solidity: function readFeedback(uint256 agentId, address clientAddress, uint64 feedbackIndex) view returns(int128 value, uint8 valueDecimals, string tag1, string tag2, bool isRevoked)
func (reputationRegistry *ReputationRegistry) UnpackReadFeedback(data []byte) (ReadFeedbackOutput, error) {
	out, err := reputationRegistry.abi.Unpack("readFeedback", data)
	outstruct := new(ReadFeedbackOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Value = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ValueDecimals = *abi.ConvertType(out[1], new(uint8)).(*uint8)
	outstruct.Tag1 = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.Tag2 = *abi.ConvertType(out[3], new(string)).(*string)
	outstruct.IsRevoked = *abi.ConvertType(out[4], new(bool)).(*bool)
	return *outstruct, nil
}

// PackRevokeFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab3ca99.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revokeFeedback(uint256 agentId, uint64 feedbackIndex) returns()
func (reputationRegistry *ReputationRegistry) PackRevokeFeedback(agentId *big.Int, feedbackIndex uint64) []byte {
	enc, err := reputationRegistry.abi.Pack("revokeFeedback", agentId, feedbackIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevokeFeedback is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ab3ca99.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revokeFeedback(uint256 agentId, uint64 feedbackIndex) returns()
func (reputationRegistry *ReputationRegistry) TryPackRevokeFeedback(agentId *big.Int, feedbackIndex uint64) ([]byte, error) {
	return reputationRegistry.abi.Pack("revokeFeedback", agentId, feedbackIndex)
}

// ReputationRegistryFeedbackRevoked represents a FeedbackRevoked event raised by the ReputationRegistry contract.
type ReputationRegistryFeedbackRevoked struct {
	AgentId       *big.Int
	ClientAddress common.Address
	FeedbackIndex uint64
	Raw           *types.Log // Blockchain specific contextual infos
}

const ReputationRegistryFeedbackRevokedEventName = "FeedbackRevoked"

// ContractEventName returns the user-defined event name.
func (ReputationRegistryFeedbackRevoked) ContractEventName() string {
	return ReputationRegistryFeedbackRevokedEventName
}

// UnpackFeedbackRevokedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeedbackRevoked(uint256 indexed agentId, address indexed clientAddress, uint64 indexed feedbackIndex)
func (reputationRegistry *ReputationRegistry) UnpackFeedbackRevokedEvent(log *types.Log) (*ReputationRegistryFeedbackRevoked, error) {
	event := "FeedbackRevoked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationRegistryFeedbackRevoked)
	if len(log.Data) > 0 {
		if err := reputationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ReputationRegistryNewFeedback represents a NewFeedback event raised by the ReputationRegistry contract.
type ReputationRegistryNewFeedback struct {
	AgentId       *big.Int
	ClientAddress common.Address
	FeedbackIndex uint64
	Value         *big.Int
	ValueDecimals uint8
	IndexedTag1   common.Hash
	Tag1          string
	Tag2          string
	Endpoint      string
	FeedbackURI   string
	FeedbackHash  [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const ReputationRegistryNewFeedbackEventName = "NewFeedback"

// ContractEventName returns the user-defined event name.
func (ReputationRegistryNewFeedback) ContractEventName() string {
	return ReputationRegistryNewFeedbackEventName
}

// UnpackNewFeedbackEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event NewFeedback(uint256 indexed agentId, address indexed clientAddress, uint64 feedbackIndex, int128 value, uint8 valueDecimals, string indexed indexedTag1, string tag1, string tag2, string endpoint, string feedbackURI, bytes32 feedbackHash)
func (reputationRegistry *ReputationRegistry) UnpackNewFeedbackEvent(log *types.Log) (*ReputationRegistryNewFeedback, error) {
	event := "NewFeedback"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationRegistryNewFeedback)
	if len(log.Data) > 0 {
		if err := reputationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// ReputationRegistryResponseAppended represents a ResponseAppended event raised by the ReputationRegistry contract.
type ReputationRegistryResponseAppended struct {
	AgentId       *big.Int
	ClientAddress common.Address
	FeedbackIndex uint64
	Responder     common.Address
	ResponseURI   string
	ResponseHash  [32]byte
	Raw           *types.Log // Blockchain specific contextual infos
}

const ReputationRegistryResponseAppendedEventName = "ResponseAppended"

// ContractEventName returns the user-defined event name.
func (ReputationRegistryResponseAppended) ContractEventName() string {
	return ReputationRegistryResponseAppendedEventName
}

// UnpackResponseAppendedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ResponseAppended(uint256 indexed agentId, address indexed clientAddress, uint64 feedbackIndex, address indexed responder, string responseURI, bytes32 responseHash)
func (reputationRegistry *ReputationRegistry) UnpackResponseAppendedEvent(log *types.Log) (*ReputationRegistryResponseAppended, error) {
	event := "ResponseAppended"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != reputationRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(ReputationRegistryResponseAppended)
	if len(log.Data) > 0 {
		if err := reputationRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range reputationRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (reputationRegistry *ReputationRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["AlreadyRevoked"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackAlreadyRevokedError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["ClientAddressesRequired"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackClientAddressesRequiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["DuplicateClient"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackDuplicateClientError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["EmptyResponseURI"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackEmptyResponseURIError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["FeedbackNotFound"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackFeedbackNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["FieldTooLong"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackFieldTooLongError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["NotAContract"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackNotAContractError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["SelfFeedback"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackSelfFeedbackError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["UnknownAgent"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackUnknownAgentError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["ValueDecimalsTooLarge"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackValueDecimalsTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["ValueOutOfRange"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackValueOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], reputationRegistry.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return reputationRegistry.UnpackZeroAddressError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// ReputationRegistryAlreadyRevoked represents a AlreadyRevoked error raised by the ReputationRegistry contract.
type ReputationRegistryAlreadyRevoked struct {
	AgentId       *big.Int
	Client        common.Address
	FeedbackIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRevoked(uint256 agentId, address client, uint64 feedbackIndex)
func ReputationRegistryAlreadyRevokedErrorID() common.Hash {
	return common.HexToHash("0xb212f65cc4bbae7ea1d1d7e350693c17ec261542397238a920167327ec689537")
}

// UnpackAlreadyRevokedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRevoked(uint256 agentId, address client, uint64 feedbackIndex)
func (reputationRegistry *ReputationRegistry) UnpackAlreadyRevokedError(raw []byte) (*ReputationRegistryAlreadyRevoked, error) {
	out := new(ReputationRegistryAlreadyRevoked)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "AlreadyRevoked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryClientAddressesRequired represents a ClientAddressesRequired error raised by the ReputationRegistry contract.
type ReputationRegistryClientAddressesRequired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ClientAddressesRequired()
func ReputationRegistryClientAddressesRequiredErrorID() common.Hash {
	return common.HexToHash("0x9dab54e3b0f47945736a4dcaf67cfe197698ea1aefdf896cd61128630bf486fa")
}

// UnpackClientAddressesRequiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ClientAddressesRequired()
func (reputationRegistry *ReputationRegistry) UnpackClientAddressesRequiredError(raw []byte) (*ReputationRegistryClientAddressesRequired, error) {
	out := new(ReputationRegistryClientAddressesRequired)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "ClientAddressesRequired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryDuplicateClient represents a DuplicateClient error raised by the ReputationRegistry contract.
type ReputationRegistryDuplicateClient struct {
	Client common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DuplicateClient(address client)
func ReputationRegistryDuplicateClientErrorID() common.Hash {
	return common.HexToHash("0xf7b01a9fe67f37779d509a6863f94726d01c9cb4c90a25e1003e5c50ca41e8c1")
}

// UnpackDuplicateClientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DuplicateClient(address client)
func (reputationRegistry *ReputationRegistry) UnpackDuplicateClientError(raw []byte) (*ReputationRegistryDuplicateClient, error) {
	out := new(ReputationRegistryDuplicateClient)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "DuplicateClient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryEmptyResponseURI represents a EmptyResponseURI error raised by the ReputationRegistry contract.
type ReputationRegistryEmptyResponseURI struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyResponseURI()
func ReputationRegistryEmptyResponseURIErrorID() common.Hash {
	return common.HexToHash("0xf9d7422c53fb5185472505470bb4ada755f19bab409bea652765af5358f71b6b")
}

// UnpackEmptyResponseURIError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyResponseURI()
func (reputationRegistry *ReputationRegistry) UnpackEmptyResponseURIError(raw []byte) (*ReputationRegistryEmptyResponseURI, error) {
	out := new(ReputationRegistryEmptyResponseURI)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "EmptyResponseURI", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryFeedbackNotFound represents a FeedbackNotFound error raised by the ReputationRegistry contract.
type ReputationRegistryFeedbackNotFound struct {
	AgentId       *big.Int
	Client        common.Address
	FeedbackIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeedbackNotFound(uint256 agentId, address client, uint64 feedbackIndex)
func ReputationRegistryFeedbackNotFoundErrorID() common.Hash {
	return common.HexToHash("0x83e6932afc615202b071df7ef0a220ae77b41e0a65d9942a884d60fc0bfa70f6")
}

// UnpackFeedbackNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeedbackNotFound(uint256 agentId, address client, uint64 feedbackIndex)
func (reputationRegistry *ReputationRegistry) UnpackFeedbackNotFoundError(raw []byte) (*ReputationRegistryFeedbackNotFound, error) {
	out := new(ReputationRegistryFeedbackNotFound)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "FeedbackNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryFieldTooLong represents a FieldTooLong error raised by the ReputationRegistry contract.
type ReputationRegistryFieldTooLong struct {
	Field  string
	Length *big.Int
	Max    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FieldTooLong(string field, uint256 length, uint256 max)
func ReputationRegistryFieldTooLongErrorID() common.Hash {
	return common.HexToHash("0x0b9c0a7d5bdb09af82d5e4fe824418ca8292d8f799a8574bc5248fcb888736b6")
}

// UnpackFieldTooLongError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FieldTooLong(string field, uint256 length, uint256 max)
func (reputationRegistry *ReputationRegistry) UnpackFieldTooLongError(raw []byte) (*ReputationRegistryFieldTooLong, error) {
	out := new(ReputationRegistryFieldTooLong)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "FieldTooLong", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryInsufficientGas represents a InsufficientGas error raised by the ReputationRegistry contract.
type ReputationRegistryInsufficientGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas()
func ReputationRegistryInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x1c26714c035362f785e44b6773a87881da86705e5698c55bb550907617bb1353")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas()
func (reputationRegistry *ReputationRegistry) UnpackInsufficientGasError(raw []byte) (*ReputationRegistryInsufficientGas, error) {
	out := new(ReputationRegistryInsufficientGas)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryNotAContract represents a NotAContract error raised by the ReputationRegistry contract.
type ReputationRegistryNotAContract struct {
	IdentityRegistry common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAContract(address identityRegistry)
func ReputationRegistryNotAContractErrorID() common.Hash {
	return common.HexToHash("0x8a8b41ec6b8382733436ac0321a506b0d1e41dc29c8650d1fd1ff17e726ab809")
}

// UnpackNotAContractError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAContract(address identityRegistry)
func (reputationRegistry *ReputationRegistry) UnpackNotAContractError(raw []byte) (*ReputationRegistryNotAContract, error) {
	out := new(ReputationRegistryNotAContract)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "NotAContract", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistrySelfFeedback represents a SelfFeedback error raised by the ReputationRegistry contract.
type ReputationRegistrySelfFeedback struct {
	AgentId *big.Int
	Client  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SelfFeedback(uint256 agentId, address client)
func ReputationRegistrySelfFeedbackErrorID() common.Hash {
	return common.HexToHash("0x9a0f9b3819feca7caa0bb78500ab6f49e71f1a33922908419e4a14ac542e9299")
}

// UnpackSelfFeedbackError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SelfFeedback(uint256 agentId, address client)
func (reputationRegistry *ReputationRegistry) UnpackSelfFeedbackError(raw []byte) (*ReputationRegistrySelfFeedback, error) {
	out := new(ReputationRegistrySelfFeedback)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "SelfFeedback", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryUnknownAgent represents a UnknownAgent error raised by the ReputationRegistry contract.
type ReputationRegistryUnknownAgent struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownAgent(uint256 agentId)
func ReputationRegistryUnknownAgentErrorID() common.Hash {
	return common.HexToHash("0x7b65190b9d4842f4d969fc901c3193c243d390ce31a4351206a2696cae7ab895")
}

// UnpackUnknownAgentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownAgent(uint256 agentId)
func (reputationRegistry *ReputationRegistry) UnpackUnknownAgentError(raw []byte) (*ReputationRegistryUnknownAgent, error) {
	out := new(ReputationRegistryUnknownAgent)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "UnknownAgent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryValueDecimalsTooLarge represents a ValueDecimalsTooLarge error raised by the ReputationRegistry contract.
type ReputationRegistryValueDecimalsTooLarge struct {
	ValueDecimals uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueDecimalsTooLarge(uint8 valueDecimals)
func ReputationRegistryValueDecimalsTooLargeErrorID() common.Hash {
	return common.HexToHash("0x848beaf2d30a60d824bd74c040a3eb42af0a25a69f7e6a80248bd24e8926957c")
}

// UnpackValueDecimalsTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueDecimalsTooLarge(uint8 valueDecimals)
func (reputationRegistry *ReputationRegistry) UnpackValueDecimalsTooLargeError(raw []byte) (*ReputationRegistryValueDecimalsTooLarge, error) {
	out := new(ReputationRegistryValueDecimalsTooLarge)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "ValueDecimalsTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryValueOutOfRange represents a ValueOutOfRange error raised by the ReputationRegistry contract.
type ReputationRegistryValueOutOfRange struct {
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ValueOutOfRange(int128 value)
func ReputationRegistryValueOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x13ca4d69d983fc13c3013741265afe3090c5b1085bf68b74a5e5e715a69d05f7")
}

// UnpackValueOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ValueOutOfRange(int128 value)
func (reputationRegistry *ReputationRegistry) UnpackValueOutOfRangeError(raw []byte) (*ReputationRegistryValueOutOfRange, error) {
	out := new(ReputationRegistryValueOutOfRange)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "ValueOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationRegistryZeroAddress represents a ZeroAddress error raised by the ReputationRegistry contract.
type ReputationRegistryZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func ReputationRegistryZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (reputationRegistry *ReputationRegistry) UnpackZeroAddressError(raw []byte) (*ReputationRegistryZeroAddress, error) {
	out := new(ReputationRegistryZeroAddress)
	if err := reputationRegistry.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// ReputationStubMetaData contains all meta data concerning the ReputationStub contract.
var ReputationStubMetaData = bind.MetaData{
	ABI: "[{\"stateMutability\":\"nonpayable\",\"type\":\"fallback\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"tag1\",\"type\":\"string\"},{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"int128\",\"name\":\"value\",\"type\":\"int128\"},{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"name\":\"set\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"tag1\",\"type\":\"bytes32\"}],\"name\":\"summaries\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"count\",\"type\":\"uint64\"},{\"internalType\":\"int128\",\"name\":\"value\",\"type\":\"int128\"},{\"internalType\":\"uint8\",\"name\":\"decimals\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "ReputationStub",
	Bin: "0x6080604052348015600e575f5ffd5b5061070b8061001c5f395ff3fe608060405234801561000f575f5ffd5b5060043610610034575f3560e01c806349c68128146101dd5780635e66b5cd1461025a575b5f3660607f81bbba58000000000000000000000000000000000000000000000000000000006100638385610376565b7fffffffff0000000000000000000000000000000000000000000000000000000016146100d75760405162461bcd60e51b815260206004820152600e60248201527f6e6f742067657453756d6d61727900000000000000000000000000000000000060448201526064015b60405180910390fd5b5f80806100e785600481896103dc565b8101906100f491906104cd565b509250925092505f82511161014b5760405162461bcd60e51b815260206004820152601860248201527f636c69656e74416464726573736573207265717569726564000000000000000060448201526064016100ce565b5f838152602081815260408083208451858401208452825291829020825160608082018552915467ffffffffffffffff8116808352680100000000000000008204600f0b838601819052600160c01b90920460ff168387018190528651958601919091529484015290820192909252608001604051602081830303815290604052945050505050915050805190602001f35b61022a6101eb3660046105f8565b5f60208181529281526040808220909352908152205467ffffffffffffffff811690680100000000000000008104600f0b90600160c01b900460ff1683565b6040805167ffffffffffffffff9094168452600f9290920b602084015260ff169082015260600160405180910390f35b61026d610268366004610655565b61026f565b005b60405180606001604052808467ffffffffffffffff16815260200183600f0b81526020018260ff168152505f5f8881526020019081526020015f205f87876040516102bb9291906106fc565b604080519182900390912082526020808301939093529081015f208351815493850151949092015160ff16600160c01b027fffffffffffffff00ffffffffffffffffffffffffffffffffffffffffffffffff6fffffffffffffffffffffffffffffffff90951668010000000000000000027fffffffffffffffff00000000000000000000000000000000000000000000000090941667ffffffffffffffff909316929092179290921792909216919091179055505050505050565b80357fffffffff0000000000000000000000000000000000000000000000000000000081169060048410156103d5577fffffffff00000000000000000000000000000000000000000000000000000000808560040360031b1b82161691505b5092915050565b5f5f858511156103ea575f5ffd5b838611156103f6575f5ffd5b5050820193919092039150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604051601f8201601f1916810167ffffffffffffffff8111828210171561045957610459610403565b604052919050565b5f82601f830112610470575f5ffd5b813567ffffffffffffffff81111561048a5761048a610403565b61049d601f8201601f1916602001610430565b8181528460208386010111156104b1575f5ffd5b816020850160208301375f918101602001919091529392505050565b5f5f5f5f608085870312156104e0575f5ffd5b84359350602085013567ffffffffffffffff8111156104fd575f5ffd5b8501601f8101871361050d575f5ffd5b803567ffffffffffffffff81111561052757610527610403565b8060051b61053760208201610430565b9182526020818401810192908101908a841115610552575f5ffd5b6020850194505b83851015610598578435925073ffffffffffffffffffffffffffffffffffffffff83168314610586575f5ffd5b82825260209485019490910190610559565b96505050506040860135905067ffffffffffffffff8111156105b8575f5ffd5b6105c487828801610461565b925050606085013567ffffffffffffffff8111156105e0575f5ffd5b6105ec87828801610461565b91505092959194509250565b5f5f60408385031215610609575f5ffd5b50508035926020909101359150565b803567ffffffffffffffff8116811461062f575f5ffd5b919050565b8035600f81900b811461062f575f5ffd5b803560ff8116811461062f575f5ffd5b5f5f5f5f5f5f60a0878903121561066a575f5ffd5b86359550602087013567ffffffffffffffff811115610687575f5ffd5b8701601f81018913610697575f5ffd5b803567ffffffffffffffff8111156106ad575f5ffd5b8960208284010111156106be575f5ffd5b602091909101955093506106d460408801610618565b92506106e260608801610634565b91506106f060808801610645565b90509295509295509295565b818382375f910190815291905056",
}

// ReputationStub is an auto generated Go binding around an Ethereum contract.
type ReputationStub struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *ReputationStub) GetABI() abi.ABI {
	return c.abi
}

// NewReputationStub creates a new instance of ReputationStub.
func NewReputationStub() *ReputationStub {
	parsed, err := ReputationStubMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &ReputationStub{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *ReputationStub) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e66b5cd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function set(uint256 agentId, string tag1, uint64 count, int128 value, uint8 decimals) returns()
func (reputationStub *ReputationStub) PackSet(agentId *big.Int, tag1 string, count uint64, value *big.Int, decimals uint8) []byte {
	enc, err := reputationStub.abi.Pack("set", agentId, tag1, count, value, decimals)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSet is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e66b5cd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function set(uint256 agentId, string tag1, uint64 count, int128 value, uint8 decimals) returns()
func (reputationStub *ReputationStub) TryPackSet(agentId *big.Int, tag1 string, count uint64, value *big.Int, decimals uint8) ([]byte, error) {
	return reputationStub.abi.Pack("set", agentId, tag1, count, value, decimals)
}

// PackSummaries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49c68128.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function summaries(uint256 agentId, bytes32 tag1) view returns(uint64 count, int128 value, uint8 decimals)
func (reputationStub *ReputationStub) PackSummaries(agentId *big.Int, tag1 [32]byte) []byte {
	enc, err := reputationStub.abi.Pack("summaries", agentId, tag1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSummaries is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x49c68128.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function summaries(uint256 agentId, bytes32 tag1) view returns(uint64 count, int128 value, uint8 decimals)
func (reputationStub *ReputationStub) TryPackSummaries(agentId *big.Int, tag1 [32]byte) ([]byte, error) {
	return reputationStub.abi.Pack("summaries", agentId, tag1)
}

// SummariesOutput serves as a container for the return parameters of contract
// method Summaries.
type SummariesOutput struct {
	Count    uint64
	Value    *big.Int
	Decimals uint8
}

// UnpackSummaries is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x49c68128.
//
// Solidity: function summaries(uint256 agentId, bytes32 tag1) view returns(uint64 count, int128 value, uint8 decimals)
func (reputationStub *ReputationStub) UnpackSummaries(data []byte) (SummariesOutput, error) {
	out, err := reputationStub.abi.Unpack("summaries", data)
	outstruct := new(SummariesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Count = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Value = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Decimals = *abi.ConvertType(out[2], new(uint8)).(*uint8)
	return *outstruct, nil
}

// RewardPoolMetaData contains all meta data concerning the RewardPool contract.
var RewardPoolMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"rewardPerBatch_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyDistributed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BatchNotFinalized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SignersMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Funded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"operator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"RewardClaimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"fees\",\"type\":\"uint256\"}],\"name\":\"RewardsDistributed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"allocated\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"}],\"name\":\"distribute\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"distributed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"fund\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"owed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPerBatch\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address[]\",\"name\":\"signers\",\"type\":\"address[]\"},{\"internalType\":\"uint256[]\",\"name\":\"stakes\",\"type\":\"uint256[]\"}],\"name\":\"signersHashOf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStakingRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"stateMutability\":\"payable\",\"type\":\"receive\"}]",
	ID:  "RewardPool",
	Bin: "0x60e060405234801561000f575f5ffd5b50604051610e50380380610e5083398101604081905261002e91610064565b6001600160a01b03928316608052911660a05260c05261009d565b80516001600160a01b038116811461005f575f5ffd5b919050565b5f5f5f60608486031215610076575f5ffd5b61007f84610049565b925061008d60208501610049565b9150604084015190509250925092565b60805160a05160c051610d596100f75f395f8181610132015281816106b701526106e301525f8181610178015281816108a001526109bd01525f818160c00152818161026f01528181610592015261073f0152610d595ff3fe6080604052600436106100b0575f3560e01c8063b2b9e2b311610066578063b60d42881161004c578063b60d428814610256578063cb23bcb51461025e578063df18e04714610291575f5ffd5b8063b2b9e2b314610204578063b304b2e114610242575f5ffd5b80634e71d92d116100965780634e71d92d146101b25780635e789318146101c65780638047317e146101e5575f5ffd5b80633c481f71146101215780634cf088d914610167575f5ffd5b3661011d57336001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000161461011b5760405134815233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249060200160405180910390a25b005b5f5ffd5b34801561012c575f5ffd5b506101547f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b348015610172575f5ffd5b5061019a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161015e565b3480156101bd575f5ffd5b5061011b6102bc565b3480156101d1575f5ffd5b506101546101e0366004610afd565b610439565b3480156101f0575f5ffd5b5061011b6101ff366004610b69565b61050f565b34801561020f575f5ffd5b5061023261021e366004610be2565b60026020525f908152604090205460ff1681565b604051901515815260200161015e565b34801561024d575f5ffd5b506101545f5481565b61011b610821565b348015610269575f5ffd5b5061019a7f000000000000000000000000000000000000000000000000000000000000000081565b34801561029c575f5ffd5b506101546102ab366004610c10565b60016020525f908152604090205481565b60ff5f5c16156102f8576040517fab143c0600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60015f805c60ff19168217905d50335f908152600160205260408120549081900361034f576040517f969bf72800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260016020526040812081905580548291908190610372908490610c46565b909155505060405181815233907f106f923f993c2149d49b4255ff723acafa1f2d94393f561d3eda32ae348f72419060200160405180910390a26040515f90339083908381818185875af1925050503d805f81146103eb576040519150601f19603f3d011682016040523d82523d5f602084013e6103f0565b606091505b505090508061042b576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f60ff19815c16815d505050565b5f80610446856040610c5f565b67ffffffffffffffff81111561045e5761045e610c76565b6040519080825280601f01601f191660200182016040528015610488576020820181803683370190505b5090505f5b858110156104fd575f8787838181106104a8576104a8610c8a565b90506020020160208101906104bd9190610c10565b90505f8686848181106104d2576104d2610c8a565b905060200201359050604083026020850101828152816020820152505050808060010191505061048d565b50805160209091012095945050505050565b5f8581526002602052604090205460ff1615610557576040517fcce553a900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f7c4bd5f3000000000000000000000000000000000000000000000000000000008152600481018690525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690637c4bd5f3906024016040805180830381865afa1580156105d6573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906105fa9190610cb2565b915091508161063c576040517fc65e08bf0000000000000000000000000000000000000000000000000000000081526004810188905260240160405180910390fd5b848314158061065657508061065387878787610439565b14155b1561068d576040517f74ef6df700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f878152600260205260408120805460ff1916600117905580546106b19047610c46565b90505f817f0000000000000000000000000000000000000000000000000000000000000000106106e15781610703565b7f00000000000000000000000000000000000000000000000000000000000000005b6040517fb17acdcd000000000000000000000000000000000000000000000000000000008152600481018b90529091505f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063b17acdcd906024016020604051808303815f875af1158015610785573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906107a99190610cdc565b90505f6107c28a8a8a8a6107bd8789610cf3565b610858565b9050805f5f8282546107d49190610cf3565b909155505060408051828152602081018490528c917f6ae8ee960d83517f7fa993ad7a0e16e33d9655a23ff41eefc62bdb289c7a8e5f910160405180910390a25050505050505050505050565b60405134815233907f5af8184bef8e4b45eb9f6ed7734d04da38ced226495548f46e0c8ff8d7d9a5249060200160405180910390a2565b5f80805b848110156108925785858281811061087657610876610c8a565b90506020020135826108889190610cf3565b915060010161085c565b505f5b86811015610aaa575f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663636f35d38a8a858181106108df576108df610c8a565b90506020020160208101906108f49190610c10565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e084901b1681526001600160a01b039091166004820152602401602060405180830381865afa15801561094e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109729190610d06565b90506001600160a01b0381161580610a2657506040517f14bfb5270000000000000000000000000000000000000000000000000000000081526001600160a01b0382811660048301527f000000000000000000000000000000000000000000000000000000000000000016906314bfb52790602401602060405180830381865afa158015610a02573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610a269190610d21565b15610a315750610aa2565b5f83888885818110610a4557610a45610c8a565b9050602002013587610a579190610c5f565b610a619190610d3a565b6001600160a01b0383165f90815260016020526040812080549293508392909190610a8d908490610cf3565b90915550610a9d90508186610cf3565b945050505b600101610895565b505095945050505050565b5f5f83601f840112610ac5575f5ffd5b50813567ffffffffffffffff811115610adc575f5ffd5b6020830191508360208260051b8501011115610af6575f5ffd5b9250929050565b5f5f5f5f60408587031215610b10575f5ffd5b843567ffffffffffffffff811115610b26575f5ffd5b610b3287828801610ab5565b909550935050602085013567ffffffffffffffff811115610b51575f5ffd5b610b5d87828801610ab5565b95989497509550505050565b5f5f5f5f5f60608688031215610b7d575f5ffd5b85359450602086013567ffffffffffffffff811115610b9a575f5ffd5b610ba688828901610ab5565b909550935050604086013567ffffffffffffffff811115610bc5575f5ffd5b610bd188828901610ab5565b969995985093965092949392505050565b5f60208284031215610bf2575f5ffd5b5035919050565b6001600160a01b0381168114610c0d575f5ffd5b50565b5f60208284031215610c20575f5ffd5b8135610c2b81610bf9565b9392505050565b634e487b7160e01b5f52601160045260245ffd5b81810381811115610c5957610c59610c32565b92915050565b8082028115828204841417610c5957610c59610c32565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b80518015158114610cad575f5ffd5b919050565b5f5f60408385031215610cc3575f5ffd5b610ccc83610c9e565b9150602083015190509250929050565b5f60208284031215610cec575f5ffd5b5051919050565b80820180821115610c5957610c59610c32565b5f60208284031215610d16575f5ffd5b8151610c2b81610bf9565b5f60208284031215610d31575f5ffd5b610c2b82610c9e565b5f82610d5457634e487b7160e01b5f52601260045260245ffd5b50049056",
}

// RewardPool is an auto generated Go binding around an Ethereum contract.
type RewardPool struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *RewardPool) GetABI() abi.ABI {
	return c.abi
}

// NewRewardPool creates a new instance of RewardPool.
func NewRewardPool() *RewardPool {
	parsed, err := RewardPoolMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &RewardPool{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *RewardPool) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address rollup_, address staking_, uint256 rewardPerBatch_) returns()
func (rewardPool *RewardPool) PackConstructor(rollup_ common.Address, staking_ common.Address, rewardPerBatch_ *big.Int) []byte {
	enc, err := rewardPool.abi.Pack("", rollup_, staking_, rewardPerBatch_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAllocated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb304b2e1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allocated() view returns(uint256)
func (rewardPool *RewardPool) PackAllocated() []byte {
	enc, err := rewardPool.abi.Pack("allocated")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllocated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb304b2e1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allocated() view returns(uint256)
func (rewardPool *RewardPool) TryPackAllocated() ([]byte, error) {
	return rewardPool.abi.Pack("allocated")
}

// UnpackAllocated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb304b2e1.
//
// Solidity: function allocated() view returns(uint256)
func (rewardPool *RewardPool) UnpackAllocated(data []byte) (*big.Int, error) {
	out, err := rewardPool.abi.Unpack("allocated", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claim() returns()
func (rewardPool *RewardPool) PackClaim() []byte {
	enc, err := rewardPool.abi.Pack("claim")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaim is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4e71d92d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claim() returns()
func (rewardPool *RewardPool) TryPackClaim() ([]byte, error) {
	return rewardPool.abi.Pack("claim")
}

// PackDistribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8047317e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distribute(uint256 batchIndex, address[] signers, uint256[] stakes) returns()
func (rewardPool *RewardPool) PackDistribute(batchIndex *big.Int, signers []common.Address, stakes []*big.Int) []byte {
	enc, err := rewardPool.abi.Pack("distribute", batchIndex, signers, stakes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistribute is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8047317e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distribute(uint256 batchIndex, address[] signers, uint256[] stakes) returns()
func (rewardPool *RewardPool) TryPackDistribute(batchIndex *big.Int, signers []common.Address, stakes []*big.Int) ([]byte, error) {
	return rewardPool.abi.Pack("distribute", batchIndex, signers, stakes)
}

// PackDistributed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2b9e2b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function distributed(uint256 batchIndex) view returns(bool)
func (rewardPool *RewardPool) PackDistributed(batchIndex *big.Int) []byte {
	enc, err := rewardPool.abi.Pack("distributed", batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDistributed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb2b9e2b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function distributed(uint256 batchIndex) view returns(bool)
func (rewardPool *RewardPool) TryPackDistributed(batchIndex *big.Int) ([]byte, error) {
	return rewardPool.abi.Pack("distributed", batchIndex)
}

// UnpackDistributed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb2b9e2b3.
//
// Solidity: function distributed(uint256 batchIndex) view returns(bool)
func (rewardPool *RewardPool) UnpackDistributed(data []byte) (bool, error) {
	out, err := rewardPool.abi.Unpack("distributed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb60d4288.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fund() payable returns()
func (rewardPool *RewardPool) PackFund() []byte {
	enc, err := rewardPool.abi.Pack("fund")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb60d4288.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fund() payable returns()
func (rewardPool *RewardPool) TryPackFund() ([]byte, error) {
	return rewardPool.abi.Pack("fund")
}

// PackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owed(address owner) view returns(uint256)
func (rewardPool *RewardPool) PackOwed(owner common.Address) []byte {
	enc, err := rewardPool.abi.Pack("owed", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdf18e047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owed(address owner) view returns(uint256)
func (rewardPool *RewardPool) TryPackOwed(owner common.Address) ([]byte, error) {
	return rewardPool.abi.Pack("owed", owner)
}

// UnpackOwed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdf18e047.
//
// Solidity: function owed(address owner) view returns(uint256)
func (rewardPool *RewardPool) UnpackOwed(data []byte) (*big.Int, error) {
	out, err := rewardPool.abi.Unpack("owed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRewardPerBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c481f71.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPerBatch() view returns(uint256)
func (rewardPool *RewardPool) PackRewardPerBatch() []byte {
	enc, err := rewardPool.abi.Pack("rewardPerBatch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPerBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3c481f71.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPerBatch() view returns(uint256)
func (rewardPool *RewardPool) TryPackRewardPerBatch() ([]byte, error) {
	return rewardPool.abi.Pack("rewardPerBatch")
}

// UnpackRewardPerBatch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3c481f71.
//
// Solidity: function rewardPerBatch() view returns(uint256)
func (rewardPool *RewardPool) UnpackRewardPerBatch(data []byte) (*big.Int, error) {
	out, err := rewardPool.abi.Unpack("rewardPerBatch", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (rewardPool *RewardPool) PackRollup() []byte {
	enc, err := rewardPool.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (rewardPool *RewardPool) TryPackRollup() ([]byte, error) {
	return rewardPool.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (rewardPool *RewardPool) UnpackRollup(data []byte) (common.Address, error) {
	out, err := rewardPool.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSignersHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e789318.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function signersHashOf(address[] signers, uint256[] stakes) pure returns(bytes32)
func (rewardPool *RewardPool) PackSignersHashOf(signers []common.Address, stakes []*big.Int) []byte {
	enc, err := rewardPool.abi.Pack("signersHashOf", signers, stakes)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSignersHashOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5e789318.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function signersHashOf(address[] signers, uint256[] stakes) pure returns(bytes32)
func (rewardPool *RewardPool) TryPackSignersHashOf(signers []common.Address, stakes []*big.Int) ([]byte, error) {
	return rewardPool.abi.Pack("signersHashOf", signers, stakes)
}

// UnpackSignersHashOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5e789318.
//
// Solidity: function signersHashOf(address[] signers, uint256[] stakes) pure returns(bytes32)
func (rewardPool *RewardPool) UnpackSignersHashOf(data []byte) ([32]byte, error) {
	out, err := rewardPool.abi.Unpack("signersHashOf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (rewardPool *RewardPool) PackStaking() []byte {
	enc, err := rewardPool.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (rewardPool *RewardPool) TryPackStaking() ([]byte, error) {
	return rewardPool.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (rewardPool *RewardPool) UnpackStaking(data []byte) (common.Address, error) {
	out, err := rewardPool.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// RewardPoolFunded represents a Funded event raised by the RewardPool contract.
type RewardPoolFunded struct {
	From   common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const RewardPoolFundedEventName = "Funded"

// ContractEventName returns the user-defined event name.
func (RewardPoolFunded) ContractEventName() string {
	return RewardPoolFundedEventName
}

// UnpackFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Funded(address indexed from, uint256 amount)
func (rewardPool *RewardPool) UnpackFundedEvent(log *types.Log) (*RewardPoolFunded, error) {
	event := "Funded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardPoolFunded)
	if len(log.Data) > 0 {
		if err := rewardPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardPoolRewardClaimed represents a RewardClaimed event raised by the RewardPool contract.
type RewardPoolRewardClaimed struct {
	Operator common.Address
	Amount   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const RewardPoolRewardClaimedEventName = "RewardClaimed"

// ContractEventName returns the user-defined event name.
func (RewardPoolRewardClaimed) ContractEventName() string {
	return RewardPoolRewardClaimedEventName
}

// UnpackRewardClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardClaimed(address indexed operator, uint256 amount)
func (rewardPool *RewardPool) UnpackRewardClaimedEvent(log *types.Log) (*RewardPoolRewardClaimed, error) {
	event := "RewardClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardPoolRewardClaimed)
	if len(log.Data) > 0 {
		if err := rewardPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RewardPoolRewardsDistributed represents a RewardsDistributed event raised by the RewardPool contract.
type RewardPoolRewardsDistributed struct {
	BatchIndex *big.Int
	Amount     *big.Int
	Fees       *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const RewardPoolRewardsDistributedEventName = "RewardsDistributed"

// ContractEventName returns the user-defined event name.
func (RewardPoolRewardsDistributed) ContractEventName() string {
	return RewardPoolRewardsDistributedEventName
}

// UnpackRewardsDistributedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event RewardsDistributed(uint256 indexed batchIndex, uint256 amount, uint256 fees)
func (rewardPool *RewardPool) UnpackRewardsDistributedEvent(log *types.Log) (*RewardPoolRewardsDistributed, error) {
	event := "RewardsDistributed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rewardPool.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RewardPoolRewardsDistributed)
	if len(log.Data) > 0 {
		if err := rewardPool.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rewardPool.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rewardPool *RewardPool) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["AlreadyDistributed"].ID.Bytes()[:4]) {
		return rewardPool.UnpackAlreadyDistributedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["BatchNotFinalized"].ID.Bytes()[:4]) {
		return rewardPool.UnpackBatchNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["NothingToClaim"].ID.Bytes()[:4]) {
		return rewardPool.UnpackNothingToClaimError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return rewardPool.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["SignersMismatch"].ID.Bytes()[:4]) {
		return rewardPool.UnpackSignersMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rewardPool.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return rewardPool.UnpackTransferFailedError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RewardPoolAlreadyDistributed represents a AlreadyDistributed error raised by the RewardPool contract.
type RewardPoolAlreadyDistributed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyDistributed()
func RewardPoolAlreadyDistributedErrorID() common.Hash {
	return common.HexToHash("0xcce553a9f5096e2911bb6cba62d08afc05920e7b6fc661d20ccef69d62c13166")
}

// UnpackAlreadyDistributedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyDistributed()
func (rewardPool *RewardPool) UnpackAlreadyDistributedError(raw []byte) (*RewardPoolAlreadyDistributed, error) {
	out := new(RewardPoolAlreadyDistributed)
	if err := rewardPool.abi.UnpackIntoInterface(out, "AlreadyDistributed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolBatchNotFinalized represents a BatchNotFinalized error raised by the RewardPool contract.
type RewardPoolBatchNotFinalized struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFinalized(uint256 batchIndex)
func RewardPoolBatchNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0xc65e08bf499131d1f8866eb41a8259ef3a6b3098ff481014a52b5d4d870aea62")
}

// UnpackBatchNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFinalized(uint256 batchIndex)
func (rewardPool *RewardPool) UnpackBatchNotFinalizedError(raw []byte) (*RewardPoolBatchNotFinalized, error) {
	out := new(RewardPoolBatchNotFinalized)
	if err := rewardPool.abi.UnpackIntoInterface(out, "BatchNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolNothingToClaim represents a NothingToClaim error raised by the RewardPool contract.
type RewardPoolNothingToClaim struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToClaim()
func RewardPoolNothingToClaimErrorID() common.Hash {
	return common.HexToHash("0x969bf7288f744225521096ebffff657851af77dd4c63700d76b8d1cf6481d1f1")
}

// UnpackNothingToClaimError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToClaim()
func (rewardPool *RewardPool) UnpackNothingToClaimError(raw []byte) (*RewardPoolNothingToClaim, error) {
	out := new(RewardPoolNothingToClaim)
	if err := rewardPool.abi.UnpackIntoInterface(out, "NothingToClaim", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolReentrancy represents a Reentrancy error raised by the RewardPool contract.
type RewardPoolReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func RewardPoolReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (rewardPool *RewardPool) UnpackReentrancyError(raw []byte) (*RewardPoolReentrancy, error) {
	out := new(RewardPoolReentrancy)
	if err := rewardPool.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolSignersMismatch represents a SignersMismatch error raised by the RewardPool contract.
type RewardPoolSignersMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersMismatch()
func RewardPoolSignersMismatchErrorID() common.Hash {
	return common.HexToHash("0x74ef6df74e8858e304b1cfcd0bbfed423888dcc3ee69d992392d3abd696f98f2")
}

// UnpackSignersMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersMismatch()
func (rewardPool *RewardPool) UnpackSignersMismatchError(raw []byte) (*RewardPoolSignersMismatch, error) {
	out := new(RewardPoolSignersMismatch)
	if err := rewardPool.abi.UnpackIntoInterface(out, "SignersMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RewardPoolTransferFailed represents a TransferFailed error raised by the RewardPool contract.
type RewardPoolTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func RewardPoolTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (rewardPool *RewardPool) UnpackTransferFailedError(raw []byte) (*RewardPoolTransferFailed, error) {
	out := new(RewardPoolTransferFailed)
	if err := rewardPool.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupMetaData contains all meta data concerning the Rollup contract.
var RollupMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"verifier_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rewardPool_\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"l2ChainId\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"genesisRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint8\",\"name\":\"treeDepth\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"depositDeadline\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"proofWindow\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"escapePeriod\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"genesisKeys\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint64\",\"name\":\"genesisSupplyGwei\",\"type\":\"uint64\"}],\"internalType\":\"structRollup.Config\",\"name\":\"cfg\",\"type\":\"tuple\"}],\"stateMutability\":\"payable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"AlreadyClaimed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyExited\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"AlreadyFinalized\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyRefunded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountNotGweiMultiple\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AmountOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadBlockRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadDepositRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadMerkleProof\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"BadPubdata\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadWithdrawalIndex\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"}],\"name\":\"BatchNotCommitted\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"BatchNotFinalized\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"expected\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"BatchOutOfOrder\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DataCommitmentMismatch\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"depositIndex\",\"type\":\"uint64\"}],\"name\":\"DepositDeadlineMissed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DepositMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EdDSABadSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EdDSAInvalidKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EdDSAInvalidR\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EdDSAScalarOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscapeHatchActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EscapeHatchNotActive\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"FeesOutOfRange\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ForcedExitAlreadyRequested\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"ForcedExitDeadlineMissed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ForcedExitMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HeaderMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidPubKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"NoAccountForKey\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"signedStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"name\":\"NoQuorum\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotInField\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRefundable\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRewardPool\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToRevert\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProofWindowOpen\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SupplyCap\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TreeFull\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"got\",\"type\":\"uint64\"}],\"name\":\"WrongChainId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"launch\",\"type\":\"bytes32\"}],\"name\":\"WrongLaunch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"WrongPrevRoot\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"account\",\"type\":\"uint32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amountGwei\",\"type\":\"uint64\"}],\"name\":\"AccountExited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"signedStake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"totalStake\",\"type\":\"uint256\"}],\"name\":\"BatchCommitted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"}],\"name\":\"BatchFinalized\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"fromIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"toIndex\",\"type\":\"uint64\"}],\"name\":\"BatchesReverted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amountGwei\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"account\",\"type\":\"uint32\"}],\"name\":\"DepositQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amountGwei\",\"type\":\"uint64\"}],\"name\":\"DepositRefunded\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"lastFinalizedBatch\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"root\",\"type\":\"bytes32\"}],\"name\":\"EscapeHatchActivated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amountGwei\",\"type\":\"uint64\"}],\"name\":\"FeesCollected\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"uint32\",\"name\":\"account\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"}],\"name\":\"ForcedExitQueued\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"launchId\",\"type\":\"bytes32\"}],\"name\":\"LaunchPinned\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"amountGwei\",\"type\":\"uint64\"}],\"name\":\"WithdrawalClaimed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"ATTESTATION_TYPEHASH\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"EXIT_DOMAIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"FORCED_DOMAIN\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MAX_AMOUNT\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"R\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"}],\"name\":\"accountPlusOne\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"activateEscapeHatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"launch\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositEnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"attestationDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"i\",\"type\":\"uint256\"}],\"name\":\"batchSigners\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"finalized\",\"type\":\"bool\"},{\"internalType\":\"bytes32\",\"name\":\"signersHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"batches\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"headerHash\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"withdrawalsRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"signersHash\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"committedAt\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"numWithdrawals\",\"type\":\"uint32\"},{\"internalType\":\"enumRollup.BatchStatus\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint64\",\"name\":\"forcedEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"feesGwei\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"amountGwei\",\"type\":\"uint64\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"claimWithdrawal\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"}],\"name\":\"collectFees\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"wei_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositEnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"pubdata\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signatures\",\"type\":\"bytes\"},{\"internalType\":\"bytes32\",\"name\":\"launch\",\"type\":\"bytes32\"}],\"name\":\"commitBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"}],\"name\":\"compressPubKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"pubKey\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"qx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"qy\",\"type\":\"uint256\"}],\"name\":\"deposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"depositDeadline\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"depositRefunds\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"depositor\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"amountGwei\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"deposits\",\"outputs\":[{\"internalType\":\"bytes24\",\"name\":\"chain\",\"type\":\"bytes24\"},{\"internalType\":\"uint64\",\"name\":\"queuedAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"launch\",\"type\":\"bytes32\"}],\"name\":\"domainSeparator\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapeHatchOpen\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escapePeriod\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"escaped\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"account\",\"type\":\"uint32\"},{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"balance\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"nonce\",\"type\":\"uint64\"},{\"internalType\":\"uint256[]\",\"name\":\"siblings\",\"type\":\"uint256[]\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"rx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ry\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"internalType\":\"structEdDSASignature\",\"name\":\"sig\",\"type\":\"tuple\"}],\"name\":\"exitAccount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"account\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"exitMessage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"account\",\"type\":\"uint256\"}],\"name\":\"exited\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizedCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizedDepositEnd\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"finalizedForcedEnd\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"forcedCount\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint32\",\"name\":\"account\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"salt\",\"type\":\"uint64\"}],\"name\":\"forcedExitMessage\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"message\",\"type\":\"uint256\"}],\"name\":\"forcedExitRequested\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"name\":\"forcedExits\",\"outputs\":[{\"internalType\":\"bytes24\",\"name\":\"chain\",\"type\":\"bytes24\"},{\"internalType\":\"uint64\",\"name\":\"queuedAt\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"batchIndex\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"isClaimed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2ChainId\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"l2Supply\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastCommittedRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastFinalizedAt\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"lastFinalizedRoot\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"launchId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextBatchIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextDepositIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextForcedIndex\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"numAccounts\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"proofWindow\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositEnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"proveBatch\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositEnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"h\",\"type\":\"tuple\"}],\"name\":\"publicInput\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"index\",\"type\":\"uint64\"}],\"name\":\"refundDeposit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"depositIndex\",\"type\":\"uint256\"}],\"name\":\"refunded\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"x\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"y\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"salt\",\"type\":\"uint64\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"rx\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"ry\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"s\",\"type\":\"uint256\"}],\"internalType\":\"structEdDSASignature\",\"name\":\"sig\",\"type\":\"tuple\"}],\"name\":\"requestForcedExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"revertBatches\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rewardPool\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStakingRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"treeDepth\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"verifier\",\"outputs\":[{\"internalType\":\"contractIVerifier\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"index\",\"type\":\"uint32\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint64\",\"name\":\"amountGwei\",\"type\":\"uint64\"}],\"name\":\"withdrawalLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"n\",\"type\":\"uint256\"}],\"name\":\"withdrawalTreeDepth\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"d\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"}]",
	ID:  "Rollup",
	Bin: "0x61018060405260405161655d38038061655d8339810160408190526100239161061a565b6002816040015160ff161015801561004357506018816040015160ff1611155b6100855760405162461bcd60e51b815260206004820152600e60248201526d0c4c2c840e8e4caca40c8cae0e8d60931b60448201526064015b60405180910390fd5b6001600160a01b0382166100cc5760405162461bcd60e51b815260206004820152600e60248201526d1b9bc81c995dd85c99081c1bdbdb60921b604482015260640161007c565b80608001516001600160401b03168160a001516001600160401b0316116101445760405162461bcd60e51b815260206004820152602660248201527f65736361706520706572696f64206d757374206578636565642070726f6f662060448201526577696e646f7760d01b606482015260840161007c565b60208101517f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001116101b75760405162461bcd60e51b815260206004820152601960248201527f67656e6573697320726f6f74206e6f7420696e206669656c6400000000000000604482015260640161007c565b6001600160a01b03848116608090815284821660a090815291841660c05282516001600160401b0390811660e0908152604085015160ff1661010052606085015182166101205291840151811661014052918301518216610160526020830151600381905560045560058054600160401b600160801b031916680100000000000000004285160217905582015160016001603f1b039116111561029c5760405162461bcd60e51b815260206004820152601f60248201527f67656e6573697320737570706c792061626f7665204d41585f414d4f554e5400604482015260640161007c565b60e08101516102b8906001600160401b0316633b9aca0061073b565b34146103125760405162461bcd60e51b8152602060048201526024808201527f6d73672e76616c7565206d757374206265207468652067656e6573697320737560448201526370706c7960e01b606482015260840161007c565b60e0810151600e80546001600160401b039092166801000000000000000002600160401b600160801b031990921691909117905560015f5b8260c001515181101561045257600d5f8460c00151838151811061037057610370610758565b60209081029190910181015182528101919091526040015f20546001600160401b0316156103e05760405162461bcd60e51b815260206004820152601560248201527f6475706c69636174652067656e65736973206b65790000000000000000000000604482015260640161007c565b6103eb82600161076c565b600d5f8560c00151848151811061040457610404610758565b602002602001015181526020019081526020015f205f6101000a8154816001600160401b0302191690836001600160401b0316021790555081806104479061078b565b92505060010161034a565b50816040015160ff166001901b816001600160401b031611156104c35760405162461bcd60e51b8152602060048201526024808201527f67656e65736973206163636f756e747320646f206e6f742066697420746865206044820152637472656560e01b606482015260840161007c565b600e80546001600160401b0319166001600160401b0392909216919091179055506107b692505050565b80516001600160a01b0381168114610503575f5ffd5b919050565b634e487b7160e01b5f52604160045260245ffd5b60405161010081016001600160401b038111828210171561053f5761053f610508565b60405290565b604051601f8201601f191681016001600160401b038111828210171561056d5761056d610508565b604052919050565b80516001600160401b0381168114610503575f5ffd5b805160ff81168114610503575f5ffd5b5f82601f8301126105aa575f5ffd5b81516001600160401b038111156105c3576105c3610508565b8060051b6105d360208201610545565b918252602081850181019290810190868411156105ee575f5ffd5b6020860192505b838310156106105782518252602092830192909101906105f5565b9695505050505050565b5f5f5f5f6080858703121561062d575f5ffd5b610636856104ed565b9350610644602086016104ed565b9250610652604086016104ed565b60608601519092506001600160401b0381111561066d575f5ffd5b8501610100818803121561067f575f5ffd5b61068761051c565b61069082610575565b8152602082810151908201526106a86040830161058b565b60408201526106b960608301610575565b60608201526106ca60808301610575565b60808201526106db60a08301610575565b60a082015260c08201516001600160401b038111156106f8575f5ffd5b6107048982850161059b565b60c08301525061071660e08301610575565b60e082015294979396509194505050565b634e487b7160e01b5f52601160045260245ffd5b808202811582820484141761075257610752610727565b92915050565b634e487b7160e01b5f52603260045260245ffd5b6001600160401b03818116838216019081111561075257610752610727565b5f6001600160401b0382166002600160401b031981016107ad576107ad610727565b60010192915050565b60805160a05160c05160e05161010051610120516101405161016051615cff61085e5f395f81816103e201528181611be70152611c6e01525f8181610a1401526126b901525f81816106bf0152614bb301525f818161042d015281816123fc0152818161243001526129c501525f8181610c6e0152613fed01525f818161075e0152611ef601525f81816104cf015261121201525f818161068c01526144b80152615cff5ff3fe608060405260043610610366575f3560e01c80637e4fa700116101c8578063b32c4d8d116100fd578063d8e0766f1161009d578063ebe5dc281161006d578063ebe5dc2814610d1e578063f18f868714610d33578063f217fd8114610d46578063f364c90c14610d6c575f5ffd5b8063d8e0766f14610c90578063dd53338814610ca4578063e263f59d14610cd2578063e5cb0d1714610cf8575f5ffd5b8063c46465a6116100d8578063c46465a614610bef578063d28ee64714610c0e578063d40dc87014610c42578063d6ae3cd514610c5d575f5ffd5b8063b32c4d8d14610b24578063b715416114610bbb578063b979133114610bd0575f5ffd5b8063a479265d11610168578063b02c43d011610143578063b02c43d014610a82578063b056954114610ac4578063b1199c9014610ae6578063b17acdcd14610b05575f5ffd5b8063a479265d14610a03578063a69d2cbf14610a36578063ac463fdd14610a5c575f5ffd5b80638ce25a93116101a35780638ce25a93146108ce578063935227ed146108ed57806397185b52146109135780639ecf6869146109d5575f5ffd5b80637e4fa7001461087c5780637ed7776e1461089b57806388efc97b146108ba575f5ffd5b8063439df1181161029e5780636610507a1161023e5780636fe5770a116102195780636fe5770a146107a657806374cff70b146108135780637ad7b1c9146108325780637c4bd5f314610846575f5ffd5b80636610507a1461072e57806366666aa91461074d5780636c4668a314610780575f5ffd5b80634cf088d9116102795780634cf088d91461067b57806361603d89146106ae578063637f8f2e146106e157806365f1be0914610700575f5ffd5b8063439df1181461060c5780634980e1be1461062b5780634c346e721461064b575f5ffd5b80632b7ac3f31161030957806334a140d9116102e457806334a140d91461054e578063350cef48146105b957806335f6efa9146105d857806338dfe157146105ec575f5ffd5b80632b7ac3f3146104be5780632dfdf0b5146105095780633481496f1461052f575f5ffd5b806316a56c411161034457806316a56c411461041c5780632247bc221461046157806323094f121461048057806323356eaf1461049f575f5ffd5b806307090c1f1461036a57806307d4a0d3146103b0578063091e6ef8146103d1575b5f5ffd5b348015610375575f5ffd5b5061039d7f6e4ea7a04e40aad66d42bf0aeb8139b5a20ac5ff590a1e7f034daff15e2b432881565b6040519081526020015b60405180910390f35b3480156103bb575f5ffd5b506103cf6103ca3660046154b0565b610db2565b005b3480156103dc575f5ffd5b506104047f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160401b0390911681526020016103a7565b348015610427575f5ffd5b5061044f7f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff90911681526020016103a7565b34801561046c575f5ffd5b506103cf61047b366004615559565b611046565b34801561048b575f5ffd5b5061039d61049a3660046155aa565b6113fb565b3480156104aa575f5ffd5b506103cf6104b93660046155d6565b61154b565b3480156104c9575f5ffd5b506104f17f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016103a7565b348015610514575f5ffd5b5060025461040490600160801b90046001600160401b031681565b34801561053a575f5ffd5b5061039d610549366004615602565b6116e7565b348015610559575f5ffd5b5061059061056836600461562a565b600b6020525f908152604090819020549081901b90600160c01b90046001600160401b031682565b6040805167ffffffffffffffff1990931683526001600160401b039091166020830152016103a7565b3480156105c4575f5ffd5b5061039d6105d336600461562a565b611757565b3480156105e3575f5ffd5b5061039d5f5481565b3480156105f7575f5ffd5b5061039d6c6d7963656c2e657869742e763181565b348015610617575f5ffd5b5061039d610626366004615641565b611789565b348015610636575f5ffd5b5061039d5f516020615cdf5f395f51905f5281565b348015610656575f5ffd5b5060055461066b90600160801b900460ff1681565b60405190151581526020016103a7565b348015610686575f5ffd5b506104f17f000000000000000000000000000000000000000000000000000000000000000081565b3480156106b9575f5ffd5b506104047f000000000000000000000000000000000000000000000000000000000000000081565b3480156106ec575f5ffd5b50600554610404906001600160401b031681565b34801561070b575f5ffd5b5061066b61071a36600461562a565b600c6020525f908152604090205460ff1681565b348015610739575f5ffd5b5061039d610748366004615681565b6117f4565b348015610758575f5ffd5b506104f17f000000000000000000000000000000000000000000000000000000000000000081565b34801561078b575f5ffd5b5060025461040490600160401b90046001600160401b031681565b3480156107b1575f5ffd5b506107ec6107c036600461562a565b60076020525f90815260409020546001600160a01b03811690600160a01b90046001600160401b031682565b604080516001600160a01b0390931683526001600160401b039091166020830152016103a7565b34801561081e575f5ffd5b506103cf61082d3660046156dc565b611912565b34801561083d575f5ffd5b5061066b611bc1565b348015610851575f5ffd5b5061086561086036600461562a565b611ca6565b6040805192151583526020830191909152016103a7565b348015610887575f5ffd5b50600254610404906001600160401b031681565b3480156108a6575f5ffd5b5061039d6108b536600461574e565b611d04565b3480156108c5575f5ffd5b506103cf611d8c565b3480156108d9575f5ffd5b50600e54610404906001600160401b031681565b3480156108f8575f5ffd5b50600e5461040490600160c01b90046001600160401b031681565b34801561091e575f5ffd5b5061039d61092d36600461562a565b604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac564726020808301919091527f73ce85523c32dbfc8df7845ba6e063f36642336d399719f031db02f2f7733f2f828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a083015260c0808301949094528251808303909401845260e0909101909152815191012090565b3480156109e0575f5ffd5b5061066b6109ef36600461562a565b60096020525f908152604090205460ff1681565b348015610a0e575f5ffd5b506104047f000000000000000000000000000000000000000000000000000000000000000081565b348015610a41575f5ffd5b50600e5461040490600160801b90046001600160401b031681565b348015610a67575f5ffd5b50600e5461040490600160401b90046001600160401b031681565b348015610a8d575f5ffd5b50610590610a9c36600461562a565b60066020525f908152604090819020549081901b90600160c01b90046001600160401b031682565b348015610acf575f5ffd5b5061039d6e6d7963656c2e666f726365642e763181565b348015610af1575f5ffd5b5061039d610b0036600461579f565b611e60565b348015610b10575f5ffd5b5061039d610b1f36600461562a565b611eb9565b348015610b2f575f5ffd5b50610ba7610b3e36600461562a565b600160208190525f918252604090912080549181015460028201546003909201549091906001600160401b038082169163ffffffff600160401b8204169160ff600160601b830416916d01000000000000000000000000008104821691600160a81b9091041688565b6040516103a79897969594939291906157d3565b348015610bc6575f5ffd5b5061039d60035481565b348015610bdb575f5ffd5b506103cf610bea366004615849565b612082565b348015610bfa575f5ffd5b506103cf610c093660046158d4565b612370565b348015610c19575f5ffd5b50610404610c2836600461562a565b600d6020525f90815260409020546001600160401b031681565b348015610c4d575f5ffd5b50610404677fffffffffffffff81565b348015610c68575f5ffd5b506104047f000000000000000000000000000000000000000000000000000000000000000081565b348015610c9b575f5ffd5b506103cf612622565b348015610caf575f5ffd5b5061066b610cbe36600461562a565b600a6020525f908152604090205460ff1681565b348015610cdd575f5ffd5b5060055461040490600160401b90046001600160401b031681565b348015610d03575f5ffd5b5060025461040490600160c01b90046001600160401b031681565b348015610d29575f5ffd5b5061039d60045481565b6103cf610d41366004615977565b612821565b348015610d51575f5ffd5b5060055461040490600160881b90046001600160401b031681565b348015610d77575f5ffd5b5061066b610d8636600461579f565b5f8281526008602081815260408084209285901c8452919052902054600160ff83161b16151592915050565b610dba611bc1565b15610dd857604051633e2e1b4560e11b815260040160405180910390fd5b5f610de38686611e60565b5f818152600d60205260408120549192506001600160401b0390911690819003610e41576040517fccca8192000000000000000000000000000000000000000000000000000000008152600481018390526024015b60405180910390fd5b5f610e4d6001836159ba565b90505f610e5b828888611789565b5f818152600c602052604090205490915060ff1615610ea6576040517f9858673600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b610eb289898388612c10565b5f818152600c60205260408120805460ff19166001179055600e546001600160401b03600160c01b90910416908115610f1557600b5f610ef36001856159ba565b6001600160401b03168152602081019190915260409081015f2054901b610f17565b5f5b60408051808201825267ffffffffffffffff1983811660608084019190915260e089901b6001600160e01b03191660788401528d901b6bffffffffffffffffffffffff1916607c8301528251607081840301815260908301845280516020918201209091168252426001600160401b039081168284019081528782165f908152600b909352918490209251915116600160c01b02921c9190911790559050610fc08260016159d9565b600e805477ffffffffffffffffffffffffffffffffffffffffffffffff16600160c01b6001600160401b03938416021790556040516001600160a01b038b16815263ffffffff8616918416907fb5410dd5b12b699f2c9dd495447781fc67b6d843d8ca30990bc1770fed0d91e29060200160405180910390a35050505050505050505050565b61104e611bc1565b1561106c57604051633e2e1b4560e11b815260040160405180910390fd5b5f61107d60408501602086016155d6565b6002549091506001600160401b03600160c01b90910481169082168111156110dc576040517f788fa84d0000000000000000000000000000000000000000000000000000000081526001600160401b0383166004820152602401610e38565b806001600160401b0316826001600160401b03161461112157604051630ffbbbff60e21b81526001600160401b03808316600483015283166024820152604401610e38565b6001600160401b038083165f81815260016020526040902060025490921611158061116c575060016003820154600160601b900460ff166002811115611169576111696157bf565b14155b156111ae576040517f5f4300800000000000000000000000000000000000000000000000000000000081526001600160401b0384166004820152602401610e38565b856040516020016111bf9190615aae565b60405160208183030381529060405280519060200120815f015414611210576040517fc27d13b900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316638d8f8a5c868660405180602001604052806112558c6117f4565b8152506040518463ffffffff1660e01b815260040161127693929190615ae5565b5f6040518083038186803b15801561128c575f5ffd5b505afa15801561129e573d5f5f3e3d5ffd5b505050506003810180546cff00000000000000000000000019166c020000000000000000000000001790556112d48260016159d9565b600280546001600160401b0392909216600160c01b0277ffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790556060860135600455611325610100870160e088016155d6565b6005805467ffffffffffffffff1981166001600160401b03938416908117835560038501547fffffffffffffff0000000000000000ffffffffffffffffff0000000000000000909216176d01000000000000000000000000009091048316600160881b02177fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff16600160401b4284160217905560405160608801358152908416907fdde5b1c4a522ce8bbcf1f21eee5dd318bcd6a4f73079c58c873d56a83c2231709060200160405180910390a2505050505050565b604080517fd87cd6ef79d4e2b95e15ce8abf732db51ec771f1ca2edccf22a46c729ac564726020808301919091527f73ce85523c32dbfc8df7845ba6e063f36642336d399719f031db02f2f7733f2f828401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608301524660808301523060a083015260c08083018690528351808403909101815260e090920190925280519101205f907f6e4ea7a04e40aad66d42bf0aeb8139b5a20ac5ff590a1e7f034daff15e2b4328836040516020016114d4929190615b2b565b6040516020818303038152906040528051906020012060405160200161152c9291907f190100000000000000000000000000000000000000000000000000000000000081526002810192909252602282015260420190565b6040516020818303038152906040528051906020012090505b92915050565b60ff5f5c161561156e5760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d50611584611d8c565b6005546001600160401b0390811690821610806115b757506002546001600160401b03600160801b909104811690821610155b156115ee576040517f3742d1f600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160401b0381165f908152600a602052604090205460ff1615611640576040517fa85e6f1a00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160401b038181165f818152600a60209081526040808320805460ff1916600117905560078252918290208251808401845290546001600160a01b038116808352600160a01b90910490951681830181905292519283529392917f51b8983210e90318bd5b39fc4f40d826bda339a12f52f32ec1c1958e7f7a4f42910160405180910390a36116d9815f01518260200151612dd4565b505f60ff19815c16815d5050565b5f5f61171f6117035f6c6d7963656c2e657869742e7631612ed2565b61171a5f516020615cdf5f395f51905f5246615b54565b612ed2565b905061173a61172e8230612ed2565b8563ffffffff16612ed2565b905061174f81846001600160a01b0316612ed2565b949350505050565b5f5b600182111561178457600161176e8382615b67565b901c91508061177c81615b7a565b915050611759565b919050565b5f5f6117a76117035f6e6d7963656c2e666f726365642e7631612ed2565b90506117c26117b68230612ed2565b8663ffffffff16612ed2565b90506117e96117da82866001600160a01b0316612ed2565b846001600160401b0316612ed2565b9150505b9392505050565b5f5f516020615cdf5f395f51905f52600261181260208501856155d6565b61182260408601602087016155d6565b6040860135606087013561183c60e0890160c08a016155d6565b61184d6101008a0160e08b016155d6565b60405177ffffffffffffffffffffffffffffffffffffffffffffffff1960c097881b8116602083015295871b8616602882015260308101949094526050840192909252841b8316607083015290921b166078820152610100850135608082015260a00160408051601f19818403018152908290526118ca91615b92565b602060405180830381855afa1580156118e5573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906119089190615ba8565b6115459190615b54565b60ff5f5c16156119355760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d505f86815260016020526040902060026003820154600160601b900460ff166002811115611972576119726157bf565b1415806119915750600254600160c01b90046001600160401b03168710155b156119b25760405163c65e08bf60e01b815260048101889052602401610e38565b6003810154600160401b900463ffffffff168087106119fd576040517fff5b69b900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611a0681611757565b8314611a255760405163058fc9b360e31b815260040160405180910390fd5b5f611a3289898989611d04565b9050875f5b85811015611ab1576001821615611a7857611a73878783818110611a5d57611a5d615bbf565b90506020020135845f9182526020526040902090565b611aa3565b611aa383888884818110611a8e57611a8e615bbf565b905060200201355f9182526020526040902090565b9250600191821c9101611a37565b5083600101548214611ad65760405163058fc9b360e31b815260040160405180910390fd5b5f8a8152600860208181526040808420928d901c8452919052902054600160ff8b161b80821615611b33576040517f646cf55800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8c8152600860208181526040808420928f901c8452918152918190208385179055516001600160401b038b1681526001600160a01b038c16918d918f917f4af08652c779bcbbd67f7cf3c5d43a596fba21b916a8f881481b2e6c1cf45694910160405180910390a4611ba68a8a612dd4565b505f94505060ff19845c169250839150505d50505050505050565b6005545f90600160801b900460ff1680611c195750600554611c16906001600160401b037f0000000000000000000000000000000000000000000000000000000000000000811691600160401b900416615b67565b42115b15611c245750600190565b600554600e546001600160401b03600160881b909204821691600160c01b9091041681108015611ca057506001600160401b038181165f908152600b6020526040902054611c9d917f0000000000000000000000000000000000000000000000000000000000000000811691600160c01b900416615b67565b42115b91505090565b5f818152600160205260408120819060026003820154600160601b900460ff166002811115611cd757611cd76157bf565b148015611cf55750600254600160c01b90046001600160401b031684105b81600201549250925050915091565b6040805177ffffffffffffffffffffffffffffffffffffffffffffffff1960c087811b821660208401526001600160e01b031960e088901b1660288401526bffffffffffffffffffffffff19606087901b16602c84015284901b16918101919091525f906048015b604051602081830303815290604052805190602001209050949350505050565b600554600160801b900460ff1615611da057565b611da8611bc1565b611dde576040517f59147c8300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60058054600160801b7fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff90911617905560025460045460408051600160c01b9093046001600160401b0316835260208301919091527f58e329dba13c16148857f30018c3fb7efa61e171e4b01196fbf70a53c8847abc910160405180910390a1565b5f816002611e7c60015f516020615cdf5f395f51905f52615bd3565b611e869190615be6565b841115611eb0577f8000000000000000000000000000000000000000000000000000000000000000175b61174f81613e44565b5f60ff815c1615611edd5760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d50336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611f4d576040517fa716597600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f82815260016020526040902060026003820154600160601b900460ff166002811115611f7c57611f7c6157bf565b141580611f9b5750600254600160c01b90046001600160401b03168310155b15611fbc5760405163c65e08bf60e01b815260048101849052602401610e38565b6003810154600160a81b90046001600160401b03165f819003611fe3575f92505050612073565b6003820180547fffffff0000000000000000ffffffffffffffffffffffffffffffffffffffffff1690556040516001600160401b0382811682528516907ffad8600f3bf8ac77f1b5789c79c45bba4335c4e824a0ce0104f582a84da1e8719060200160405180910390a26120573382612dd4565b61206e6001600160401b038216633b9aca00615bf9565b925050505b5f60ff19815c16815d50919050565b5f61208e878787613f8c565b90505f5f5f61209f858b898961445e565b919450925090505f6120b760408c0160208d016155d6565b90505f8b6040516020016120cb9190615aae565b60408051601f198184030181528282528051602091820120610100840183528084528951848301529183018690526001600160401b034216606084015288015163ffffffff166080830152915060a08101600181526060808901516001600160401b0390811660208085019190915260a0808c015183166040958601528783165f9081526001808452908690208751815592870151908301559385015160028083019190915592850151600382018054608088015163ffffffff16600160401b026bffffffffffffffffffffffff1990911692909416919091179290921780835593850151909390926cff0000000000000000000000001990911690600160601b9084908111156121de576121de6157bf565b021790555060c08201516003909101805460e0909301516001600160401b03908116600160a81b027fffffff0000000000000000ffffffffffffffffffffffffffffffffffffffffff919093166d010000000000000000000000000002167fffffff00000000000000000000000000000000ffffffffffffffffffffffffff909316929092171790556122728260016159d9565b6002805467ffffffffffffffff19166001600160401b03929092169190911790556122a46101008d0160e08e016155d6565b600260086101000a8154816001600160401b0302191690836001600160401b03160217905550856040015115612305576060860151600e80546001600160401b03909216600160801b0267ffffffffffffffff60801b199092169190911790555b60608c810135600381905560408051848152602081019290925281018790529081018590526001600160401b038316907f3134eb1b5460236c7c065c8bec27eaeb1643c65484c6a1d06de87126c65d1aff9060800160405180910390a2505050505050505050505050565b60ff5f5c16156123935760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d506123a9611d8c565b63ffffffff89165f9081526009602052604090205460ff16156123f8576040517ff659627800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60ff7f00000000000000000000000000000000000000000000000000000000000000001683141580612454575063ffffffff891660ff7f0000000000000000000000000000000000000000000000000000000000000000161c15155b156124725760405163058fc9b360e31b815260040160405180910390fd5b5f516020615cdf5f395f51905f528810158061249b57505f516020615cdf5f395f51905f528710155b156124b957604051630474be3f60e51b815260040160405180910390fd5b5f6124d88989896001600160401b0316896001600160401b0316614601565b90505f5b84811015612562575f8686838181106124f7576124f7615bbf565b9050602002013590505f516020615cdf5f395f51905f52811061252d57604051630474be3f60e51b815260040160405180910390fd5b600163ffffffff8d16831c161561254d576125488184612ed2565b612557565b6125578382612ed2565b9250506001016124dc565b5060045481146125855760405163058fc9b360e31b815260040160405180910390fd5b61259a89896125948d876116e7565b85612c10565b63ffffffff8a165f81815260096020908152604091829020805460ff1916600117905590516001600160401b038a1681526001600160a01b03861692917f38266addba7d85c76ea5a845e2841e133ed840628b155cb087a9a7767890f768910160405180910390a361260c8388612dd4565b505f60ff19815c16815d50505050505050505050565b61262a611bc1565b1561264857604051633e2e1b4560e11b815260040160405180910390fd5b6002546001600160401b03600160c01b820481169116808210612697576040517f42773d6800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160401b038083165f908152600160205260409020600301546126df917f000000000000000000000000000000000000000000000000000000000000000091166159d9565b6001600160401b03164211612720576040517fb3986e4e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160401b0382165f90815260016020526040812060030180546cff0000000000000000000000001916600160601b830217905550600280546005546001600160401b038581167fffffffffffffffffffffffffffffffff0000000000000000000000000000000090931692909217828216600160401b0217909255600e805467ffffffffffffffff60801b1916600160881b909304909116600160801b029190911790556004546003557f2af0251272b661694a7a5135567664cbbb819e99e473292a7a26ad10c32a434e826127fa6001846159ba565b604080516001600160401b0393841681529290911660208301520160405180910390a15050565b612829611bc1565b1561284757604051633e2e1b4560e11b815260040160405180910390fd5b612855633b9aca0034615b54565b1561288c576040517f7f55202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61289b633b9aca0034615be6565b90508015806128b15750677fffffffffffffff81115b156128e8576040517fc64200e900000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6128f48585858561462a565b600e54677fffffffffffffff9061291c908390600160401b90046001600160401b0316615b67565b1115612954576040517f5dd83c4200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80600e60088282829054906101000a90046001600160401b031661297891906159d9565b82546101009290920a6001600160401b038181021990931691831602179091555f878152600d60205260408120549091169150819003612a865750600e546001600160401b0316600160ff7f0000000000000000000000000000000000000000000000000000000000000000161b8110612a1e576040517fb48f2cf800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b612a298160016159d9565b600e805467ffffffffffffffff19166001600160401b0392909216919091179055612a558160016159d9565b5f878152600d60205260409020805467ffffffffffffffff19166001600160401b0392909216919091179055612a94565b80612a9081615c10565b9150505b600254600160801b90046001600160401b03165f8115612ade5760065f612abc6001856159ba565b6001600160401b03168152602081019190915260409081015f2054901b612ae0565b5f5b90506040518060400160405280612af9838b8888614793565b67ffffffffffffffff19168152426001600160401b039081166020928301528481165f8181526006845260408082208651968601518516600160c01b0296821c9690961790955584518086018652338152898416818601908152928252600790945293909320915182549351909116600160a01b026001600160e01b03199093166001600160a01b039190911617919091179055612b988260016159d9565b6002805467ffffffffffffffff60801b1916600160801b6001600160401b039384160217905560408051868316815263ffffffff861660208201528a923392908616917f0e38d6c0536cb5cd58397be9fea2ce827106610885717a29f2393c681604b01b910160405180910390a45050505050505050565b612c1a84846147f1565b612c50576040517f04b7383700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b803560208201356040830135612c6683836147f1565b612c9c576040517f83c0c36700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b801580612cc957507f060c89ce5c263405370a08b6d0302b0bab3eedb83920ee0a677297dc392126f18110155b15612d00576040517f9da0e15400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f516020615cdf5f395f51905f528510612d2d57604051630c41dd2360e11b815260040160405180910390fd5b5f612d56612d44612d50612d4a612d445f89612ed2565b87612ed2565b8b612ed2565b89612ed2565b90505f5f5f612d6785858d8d6148c6565b9250925092505f516020615cdf5f395f51905f5280612d8857612d88615b40565b81880983141580612da957505f516020615cdf5f395f51905f528187098214155b15612dc757604051630c41dd2360e11b815260040160405180910390fd5b5050505050505050505050565b806001600160401b03165f03612de8575050565b80600e60088282829054906101000a90046001600160401b0316612e0c91906159ba565b92506101000a8154816001600160401b0302191690836001600160401b031602179055505f826001600160a01b0316826001600160401b0316633b9aca00612e549190615bf9565b6040515f81818185875af1925050503d805f8114612e8d576040519150601f19603f3d011682016040523d82523d5f602084013e612e92565b606091505b5050905080612ecd576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f5f516020615cdf5f395f51905f528383808201838382089250838282089150507f1da4d6adfb0d0b494584f763db50a81908580a5f5e295e168b9b8d31770fac4f8201838182098482868384090993507f0946129a2e33b4e819707a56a3b3790eab80d0a0c7a0c63451fab2a59acc074c830191508482830990508482868384090992505050808201838382089250838282089150507f2a39b9d5376afd35580abd6952986570867b87303b07140268794dad4b8f82ea8201838182098482868384090993507f27605717d1245c20c546b3c7014e5fa3e4a70e66ecd6de5d32448eea5e3069b2830191508482830990508482868384090992505050808201838382089250838282089150507f24c896cb2594e17b973653193a470ed7e771ebb09a228d638e50809c037736328201838182098482868384090993507f0911096c45dd9cda0d61d783957003db6d8701c7869a919ad8042e1b7d597a49830191508482830990508482868384090992505050808201838382089250838282089150507f26ff6166f1e4b99e27eee6d352a8ce26f1daba01aad28021f11f38a70603afdc820183818209848286838409099350505080820183818384010892019190507e8e2faedcf76d08ad6591ff90e50fea79bcb5e18cfb7d954d5b89437bf64b7e820183818009848286838409099350505080820183818384010892019190507f19c9da2379b598ace3ad4d1872470830f6184a3cec71eeb632f98820eb353d78820183818009848286838409099350505080820183818384010892019190507f0f7c4eb15d8b0b62a8f6a090ec9610a2ab3dfcdb57e2539aa459a40583dfe96b820183818009848286838409099350505080820183818384010892019190507f18b99417dc26b5e079750eba282362d1d46900b47dd5ff809171588b08ac3983820183818009848286838409099350505080820183818384010892019190507f1ee044081160b3eee2d4493feab82141c73f1c054b76320a8848af08a8d91a26820183818009848286838409099350505080820183818384010892019190507f29bb95c8763efd3e0e87f5df12ee8a150455b6d7a14780d19122220366c258dc820183818009848286838409099350505080820183818384010892019190507f22c23eec9cb13ff8a3ee9a363d740653215e8991f7f9ec12067b4705e9a5c9fb820183818009848286838409099350505080820183818384010892019190507f23589e033a31a667680c8b18926c3be09115c7644c4f905cc7deefc1690b42dc820183818009848286838409099350505080820183818384010892019190507f304e99b887f2e1e92c9c0cde5f2bdd4764f60b98a219f1f0dd64ec938a6a247c820183818009848286838409099350505080820183818384010892019190507f22e817865236ad3a76fbe88bbdf31fcae792f326271d53a3a493b2de7f7d8b4c820183818009848286838409099350505080820183818384010892019190507f10c9efe573e86fa5b238a3f5c70a00bf02bc7dcfcc4878e026b77c881dc8b1c9820183818009848286838409099350505080820183818384010892019190507f0a94f16be920d85f4d6f80e745c6bddbc084f309edffef023ea283c72b89bbb6820183818009848286838409099350505080820183818384010892019190507f23ed72b4d01d14e3c7888fedb770494abc2c1ea81d6465b5df3da0ebcd69101a820183818009848286838409099350505080820183818384010892019190507f17c5115640e4cebeed0e6cbb511ac38498df815a77cb162de8d8f1022eb6bb74820183818009848286838409099350505080820183818384010892019190507f2e507fcca290d0d9cf765245750eb04773e09e1fc813959fb99680a82772e4fc820183818009848286838409099350505080820183818384010892019190507f0d4a98999f5b39176af6cce65c8d12162433f055cb71d70dfc8803013292bbbf820183818009848286838409099350505080820183818384010892019190507f238d8022cc09c21ab3c01261a03dc125321d829e22a7a3b7a1bd3c335eccfa21820183818009848286838409099350505080820183818384010892019190507f010cd8e4c2b7051cb81dc8292e35d8e943ce365613d5b39770e454ed9f4ae165820183818009848286838409099350505080820183818384010892019190507f088027e54f2a3604b11178cf0ea3c6aa861173a90fb231238e03539590ecc027820183818009848286838409099350505080820183818384010892019190507f1b840f5311a2b1d4b4cd7aa7e5a9a6d161165468daa938108302b73e464819db820183818009848286838409099350505080820183818384010892019190507f2bf51a5da1828a1cf9b764b1e16c15929a3a346e44198ea0cb366fcd8db78dc1820183818009848286838409099350505080820183818384010892019190507f206ad089d8d296ffe68a6a86767a7fe726b8872f9c7beef9d56a3a50f6f23827820183818009848286838409099350505080820183818384010892019190507f24d19193171494fa1a54e0a99ac16d05eaec4b6d617c7c199fc07ff88eac550c820183818009848286838409099350505080820183818384010892019190507f1dd654a2ca9d9f24f33d88246a40dfb32c40662278b9c0b995d9f9fbaf152138820183818009848286838409099350505080820183818384010892019190507f0d171025c925f6e259d20ecbd3a601108c85f05b0fe7793b8acf57f3789785e4820183818009848286838409099350505080820183818384010892019190507f055bef435a43aec245cd99ccb0f7c8791d9e8cf2b80d95dd98b9908fed877d55820183818009848286838409099350505080820183818384010892019190507f10d2ac8c61c8a2e88a2a3f42d9359a14be63d0ad4cfd9f203b75765d0e595f0e820183818009848286838409099350505080820183818384010892019190507f103479710e70996982a84057ec3ba6b2254d7966ddc41e85296e3d0790dcfa56820183818009848286838409099350505080820183818384010892019190507f2a366f0448fda3c05914ffb48c765da8de96f9aa340db1638225f8372921807b820183818009848286838409099350505080820183818384010892019190507f16be0fb8ef62da17919b6e0378d00594153bb8899aeb686c04626b63285837a4820183818009848286838409099350505080820183818384010892019190507f0417038500e9d06c60abbc7f0d0d24c32dec8a0b2aa5a4d52cfd8c78a15bc370820183818009848286838409099350505080820183818384010892019190507f26a6873b43ffd2ccf66ec6f4493ff9b54f4d76480bc486a3e5a0308fdd013812820183818009848286838409099350505080820183818384010892019190507f0a3314a838f32630a96251914fe5ad262f3db9b2aa8aa9f7391922d36278c498820183818009848286838409099350505080820183818384010892019190507f0fde0c5429a6beb07f462d4821f48f86aeadb46a090b15a044f4b59399027da4820183818009848286838409099350505080820183818384010892019190507f0abc2d5049972a6b9b357e4163793b0bb517e1eb535a984df11a1c89cda2c8a9820183818009848286838409099350505080820183818384010892019190507f0dab51d6e3ebfa661d21722fb21e55051b427a5f173f7f17735205dbb77c464e820183818009848286838409099350505080820183818384010892019190507f29c36622598b511d51af6cc37123652fb21be5c2d68fb8efe9b92e70a8c1ae03820183818009848286838409099350505080820183818384010892019190507f2c03ec80adac2a33ae846bc0b700d0bcc41c4096e53ac6990d6bbe7ea2fbc85c820183818009848286838409099350505080820183818384010892019190507f0918fdbe9cf3a59fbdb4c6852d065105317303116017d893b8b521e3cebe1e0d820183818009848286838409099350505080820183818384010892019190507f1f19ec22e69ca33f599dd13cd7e495a8176a79df4f7acf79a9d2135acabe2359820183818009848286838409099350505080820183818384010892019190507f1c4b037c8ae85ee1eb32b872eb7f76928c4c76b29ceb001346447b2911080704820183818009848286838409099350505080820183818384010892019190507f2b68900ed906616d6c826d0bde341766ba3131e04d420de5af0a69c534efd8db820183818009848286838409099350505080820183818384010892019190507f20ca92aa222fcc69448f8dac653c8daaa180ff6dfb397cef723d4f0c782bc7f0820183818009848286838409099350505080820183818384010892019190507f10d22d05bdff6bb375276fc82057db337045a5ab7ac053941f6186289b66b2b6820183818009848286838409099350505080820183818384010892019190507f0b1ffdbb529367bb98f32ba45784cb435aa910b4a00636d1e5ca79e88bdd6cd9820183818009848286838409099350505080820183818384010892019190507f2da32b38e7984bc2ed757ec705eccf8282c7b4f82e5e515f6f89bcc33022ce9f820183818009848286838409099350505080820183818384010892019190507f042593ad87403f6d2674b8b55a886725b87eb33958031e94d292cecc6abed1bb820183818009848286838409099350505080820183818384010892019190507f181fa1b4d067783a19d7367bf49b3f01051faedab463a6de9308fbd6e7d419f1820183818009848286838409099350505080820183818384010892019190507f15aaa6cc9b7900b15683c95515c26028a8e35b00ed8a815c34927188c60de660820183818009848286838409099350505080820183818384010892019190507f1bf28a93209084bbbc63234f057254c280b1a636f5a0eced6787320212f75a7a8201838180098482868384090993507f1cdb8c8bee5426f02cd9e229776118f156273b312f805c8e6f8c9d81a620cb6f830191508482830990508482868384090992505050808201838382089250838282089150507f08299c0abf196d53162e0facb5f1876f516df2505cc387a0f8ea0e8760d5ca7e8201838182098482868384090993507f221643d205fe82778a7b7b58cb65c4962d76c0072cabd1124117269d7c710b8a830191508482830990508482868384090992505050808201838382089250838282089150507f2d036a95f81cf49bb7a0143a28c88767f6bd10c3f74b22db487920d43343dbff8201838182098482868384090993507f08a50897c06aafe6ea414fb1bceca2267cd4a39486729fbc6d5d1bb7a172ebd283019150848283099050848286838409099250505080820183838208925083828208915050828582089695505050505050565b5f6008827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16901b6008837fff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff0016901c1791506010827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16901b6010837fffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff000016901c1791506020827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16901b6020837fffffffff00000000ffffffff00000000ffffffff00000000ffffffff0000000016901c17915060408277ffffffffffffffff0000000000000000ffffffffffffffff16901b6040837fffffffffffffffff0000000000000000ffffffffffffffff000000000000000016901c179150608082901b608083901c179050919050565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152613fc5611bc1565b15613fe357604051633e2e1b4560e11b815260040160405180910390fd5b6001600160401b037f00000000000000000000000000000000000000000000000000000000000000001661401a60208601866155d6565b6001600160401b0316146140735761403560208501856155d6565b6040517fd0e403640000000000000000000000000000000000000000000000000000000081526001600160401b039091166004820152602401610e38565b6002546001600160401b03168061409060408701602088016155d6565b6001600160401b0316146140db57806140af60408701602088016155d6565b604051630ffbbbff60e21b81526001600160401b03928316600482015291166024820152604401610e38565b60035485604001351461411a576040517f421ea63000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f516020615cdf5f395f51905f5260608601351061414b57604051630474be3f60e51b815260040160405180910390fd5b61415b60c0860160a087016155d6565b6001600160401b031661417460a08701608088016155d6565b6001600160401b031611156141b5576040517f81869f9800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6002546001600160401b03600160801b8204811691600160401b9004166141e260e0880160c089016155d6565b6001600160401b0316141580614228575061420360e0870160c088016155d6565b6001600160401b031661421d610100880160e089016155d6565b6001600160401b0316105b8061425457506001600160401b038116614249610100880160e089016155d6565b6001600160401b0316115b1561428b576040517fa280e13600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160401b038083165f9081526001602052604090206003015481169082166142bd610100890160e08a016155d6565b6001600160401b031610801561430e575061430e60065f6142e56101008b0160e08c016155d6565b6001600160401b03908116825260208201929092526040015f2054600160c01b90041682614bac565b1561436257614324610100880160e089016155d6565b6040517f9069fbdf0000000000000000000000000000000000000000000000000000000081526001600160401b039091166004820152602401610e38565b8661010001356143728787614c11565b146143a9576040517f800ab99700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6143b4878787614c62565b600e5460608201519195506001600160401b03600160c01b9091048116911610801561440c575060608401516001600160401b039081165f908152600b602052604090205461440c91600160c01b9091041682614bac565b156144545760608401516040517f20bdec140000000000000000000000000000000000000000000000000000000081526001600160401b039091166004820152602401610e38565b5050509392505050565b5f80548190819087158061447c5750801580159061447c5750808814155b156144b6576040517fd24ce0de00000000000000000000000000000000000000000000000000000000815260048101899052602401610e38565b7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663da2802b96144ef8a8a6113fb565b88886040518463ffffffff1660e01b815260040161450f93929190615c31565b606060405180830381865afa15801561452a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061454e9190615c4a565b919550935091508215806145755750614568836002615bf9565b614573856003615bf9565b105b156145b6576040517fa07c49af0000000000000000000000000000000000000000000000000000000081526004810185905260248101849052604401610e38565b5f8190036145f6575f8890556040518881527faf69f53ea143c3faec92932999506b09d86d498eeff54cdb45773f7a668e71239060200160405180910390a15b509450945094915050565b5f61462161461b614615612d445f89612ed2565b85612ed2565b83612ed2565b95945050505050565b5f61463485613e44565b90507f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff81165f516020615cdf5f395f51905f528110158061468257505f516020615cdf5f395f51905f528510155b8061468b575084155b156146a9576040516379fae7af60e01b815260040160405180910390fd5b600160ff83901c8114906002906146cd905f516020615cdf5f395f51905f52615bd3565b6146d79190615be6565b8611146146f7576040516379fae7af60e01b815260040160405180910390fd5b61470185826150ee565b158061471a57505f516020615cdf5f395f51905f528410155b8061473257505f516020615cdf5f395f51905f528310155b80614744575061474284846150ee565b155b15614762576040516379fae7af60e01b815260040160405180910390fd5b61476e84848784615103565b61478b576040516379fae7af60e01b815260040160405180910390fd5b505050505050565b60405167ffffffffffffffff19851660208201526038810184905277ffffffffffffffffffffffffffffffffffffffffffffffff1960c084901b1660588201526001600160e01b031960e083901b1660608201525f90606401611d6c565b5f5f516020615cdf5f395f51905f528310158061481b57505f516020615cdf5f395f51905f528210155b1561482757505f611545565b5f5f516020615cdf5f395f51905f525b84850990505f5f516020615cdf5f395f51905f5284850990505f516020615cdf5f395f51905f52805f516020615cdf5f395f51905f528385097f1aee90f15f2189693df072d799fd11fc039b2959ebb7c867d075ca8cf4d7eb8e096001085f516020615cdf5f395f51905f526148ba845f516020615cdf5f395f51905f52615bd3565b83081495945050505050565b5f5f5f5f516020615cdf5f395f51905f52805f516020615cdf5f395f51905f52016040517f101772808abf15139b0876780fd210a1c5639084d2ee90ff59430c1f88d83dec81527f0a7723148350af54f755a00b11848add0c289172271a655df95349419582bd2960208201527f17c82e49d2dfb6d37d5f73e2e3141b685d8b66f51c162c7febfcbcf2a1b2c59b6040820152600260608201528783038389890884828a08858a87857f0578d36fdd1172a8c3909ff8b278cb9adf026a6b5db6203e5d099f85f9afd71b090992508160808501528060a08501528260c0850152600260e085015285827f101772808abf15139b0876780fd210a1c5639084d2ee90ff59430c1f88d83dec0986827f0a7723148350af54f755a00b11848add0c289172271a655df95349419582bd29098785897f25797203f7a0b24925572e1cd16bf9edfce0051fb9e133774b3c257a872d7d8b7f1561ff836ce19d358a4eb7a4c199e94c377c749ae6f2a277f1f9195afe553f9f09098183019260028281019290918b038401908b0382018b81830994508b86850992508b86830995508b8482099350505089838b038208610100890152898382086101208901525088837f0578d36fdd1172a8c3909ff8b278cb9adf026a6b5db6203e5d099f85f9afd71b09610140880152888182086101608801525050505050505f955060019450600193505f60fe5b8015614b9d5760018103905060018b821c1660011b60018d831c161785898a0986898a0987898a098a8c01828401808a038b838409958c0394909401949280018a03850193908a0392019050898382099c50898285099b50898484099a508415614b36578982820996505b505050508015614b97576001810360071b84018681518b89038b01098760208301518c8c010988604084015187098960608501518c098181019450828401938b03830190828c03018b8183099e508b8587099d508b8682099c505050505050505b50614acb565b50505050509450945094915050565b5f42614bd87f0000000000000000000000000000000000000000000000000000000000000000856159d9565b6001600160401b031610614bed57505f611545565b6001600160401b03821615806117ed5750506001600160401b039081169116111590565b5f60028383604051614c24929190615c75565b602060405180830381855afa158015614c3f573d5f5f3e3d5ffd5b5050506040513d601f19601f820116820180604052508101906117ed9190615ba8565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152815f614ca0602083615be6565b614cab906001615b67565b6001600160401b03811115614cc257614cc2615c84565b604051908082528060200260200182016040528015614ceb578160200160208202803683370190505b5090505f614cff60e0880160c089016155d6565b90505f6001600160401b03821615614d415760065f614d1f6001856159ba565b6001600160401b03168152602081019190915260409081015f2054901b614d43565b5f5b600e54600160801b90046001600160401b0316606087015290505f805b85821015614edc575f895b87841015614da85783810135915060028260f81c03614da8578160901c601f8116600a0a6107ff8260051c16028401935050601084019350614d6b565b50868310614db65750614edc565b60f881901c6003811480614dca5750806004145b15614e3a5787614ddb602086615b67565b1115614dfd57604051637d29b66160e11b815260048101859052602401610e38565b614e1c89888e6020016020810190614e1591906155d6565b8588615195565b614e269084615b67565b9250614e33602085615b67565b9350614ed5565b80600103614eb95787614e4e603086615b67565b1115614e7057604051637d29b66160e11b815260048101859052602401610e38565b8a84016004810135906024013560c01c614e9587838362ffffff60e089901c16614793565b965087614ea181615c98565b9850614eb09050603087615b67565b95505050614ed5565b604051637d29b66160e11b815260048101859052602401610e38565b5050614d60565b858214614eff57604051637d29b66160e11b815260048101879052602401610e38565b614f106101008b0160e08c016155d6565b6001600160401b0316846001600160401b031614614f4157604051630e45a15b60e41b815260040160405180910390fd5b614f5160e08b0160c08c016155d6565b6001600160401b0316846001600160401b031614158015614fab575060065f614f7b6001876159ba565b6001600160401b03168152602081019190915260409081015f2054901b67ffffffffffffffff1990811690841614155b15614fc957604051630e45a15b60e41b815260040160405180910390fd5b866040015180156150405750600e5460608801516001600160401b03600160c01b9092048216911611806150405750600b5f6001896060015161500c91906159ba565b6001600160401b03168152602081019190915260409081015f20546080890151911b67ffffffffffffffff19908116911614155b15615077576040517ffc72bd3700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b677fffffffffffffff8111156150b9576040517fc01c676800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160401b03811660a088015260208701516150de90869063ffffffff16615283565b8752509498975050505050505050565b5f805f516020615cdf5f395f51905f52614837565b5f5f516020615cdf5f395f51905f52858560015f5b60038110156151795784838508858182099050858586098685860981880388828208898788098a8b8283088c03830890508a818c8d8789088e0389080999508a8b858d038508830998508a8183099750505050505050600181019050615118565b5083818709821484828909841416945050505050949350505050565b5f604083901c8160f885901c6003036151de57601f601886901c16600a0a6407ffffffff601d87901c16029050601f600886901c16600a0a6107ff600d87901c160292506151fd565b506001600160401b0384166151fd8862ffffff60e088901c1684615385565b677fffffffffffffff81111561522957604051637d29b66160e11b815260048101859052602401610e38565b602088015161523a87828585611d04565b888263ffffffff168151811061525257615252615bbf565b6020908102919091010152615268816001615cc2565b63ffffffff1660209099019890985250909695505050505050565b5f815f0361529257505f611545565b6001821115615363575f60016152a88482615b67565b901c90505f5b8181101561535b575f6152c2826002615bf9565b90506153358682815181106152d9576152d9615bbf565b6020026020010151868360016152ef9190615b67565b10615303575f5f9182526020526040902090565b8761530f846001615b67565b8151811061531f5761531f615bbf565b60200260200101515f9182526020526040902090565b86838151811061534757615347615bbf565b6020908102919091010152506001016152ae565b509150615292565b825f8151811061537557615375615bbf565b6020026020010151905092915050565b606083015160408401516153e557600160408501526001600160401b038116156153e557600b5f6153b76001846159ba565b6001600160401b03168152602081019190915260409081015f205467ffffffffffffffff19911b1660808501525b6080840180516040805167ffffffffffffffff199283166020808301919091526001600160e01b031960e089901b1660388301526bffffffffffffffffffffffff19606088901b16603c83015282518083036030018152605090920190925280519101201690526154578160016159d9565b6001600160401b0316606090940193909352505050565b80356001600160a01b0381168114611784575f5ffd5b80356001600160401b0381168114611784575f5ffd5b5f606082840312156154aa575f5ffd5b50919050565b5f5f5f5f5f60e086880312156154c4575f5ffd5b85359450602086013593506154db6040870161546e565b92506154e960608701615484565b91506154f8876080880161549a565b90509295509295909350565b5f61012082840312156154aa575f5ffd5b5f5f83601f840112615525575f5ffd5b5081356001600160401b0381111561553b575f5ffd5b602083019150836020828501011115615552575f5ffd5b9250929050565b5f5f5f610140848603121561556c575f5ffd5b6155768585615504565b92506101208401356001600160401b03811115615591575f5ffd5b61559d86828701615515565b9497909650939450505050565b5f5f61014083850312156155bc575f5ffd5b823591506155cd8460208501615504565b90509250929050565b5f602082840312156155e6575f5ffd5b6117ed82615484565b803563ffffffff81168114611784575f5ffd5b5f5f60408385031215615613575f5ffd5b61561c836155ef565b91506155cd6020840161546e565b5f6020828403121561563a575f5ffd5b5035919050565b5f5f5f60608486031215615653575f5ffd5b61565c846155ef565b925061566a6020850161546e565b915061567860408501615484565b90509250925092565b5f6101208284031215615692575f5ffd5b6117ed8383615504565b5f5f83601f8401126156ac575f5ffd5b5081356001600160401b038111156156c2575f5ffd5b6020830191508360208260051b8501011115615552575f5ffd5b5f5f5f5f5f5f60a087890312156156f1575f5ffd5b86359550602087013594506157086040880161546e565b935061571660608801615484565b925060808701356001600160401b03811115615730575f5ffd5b61573c89828a0161569c565b979a9699509497509295939492505050565b5f5f5f5f60808587031215615761575f5ffd5b61576a85615484565b9350615778602086016155ef565b92506157866040860161546e565b915061579460608601615484565b905092959194509250565b5f5f604083850312156157b0575f5ffd5b50508035926020909101359150565b634e487b7160e01b5f52602160045260245ffd5b88815260208101889052604081018790526001600160401b038616606082015263ffffffff8516608082015261010081016003851061582057634e487b7160e01b5f52602160045260245ffd5b60a08201949094526001600160401b0392831660c0820152911660e09091015295945050505050565b5f5f5f5f5f5f610180878903121561585f575f5ffd5b6158698888615504565b95506101208701356001600160401b03811115615884575f5ffd5b61589089828a01615515565b9096509450506101408701356001600160401b038111156158af575f5ffd5b6158bb89828a01615515565b979a969950949794969561016090950135949350505050565b5f5f5f5f5f5f5f5f5f6101408a8c0312156158ed575f5ffd5b6158f68a6155ef565b985060208a0135975060408a0135965061591260608b01615484565b955061592060808b01615484565b945060a08a01356001600160401b0381111561593a575f5ffd5b6159468c828d0161569c565b9095509350615959905060c08b0161546e565b91506159688b60e08c0161549a565b90509295985092959850929598565b5f5f5f5f6080858703121561598a575f5ffd5b5050823594602084013594506040840135936060013592509050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038281168282160390811115611545576115456159a6565b6001600160401b038181168382160190811115611545576115456159a6565b6001600160401b03615a0982615484565b1682526001600160401b03615a2060208301615484565b1660208301526040818101359083015260608082013590830152615a4660808201615484565b6001600160401b03166080830152615a6060a08201615484565b6001600160401b031660a0830152615a7a60c08201615484565b6001600160401b031660c0830152615a9460e08201615484565b6001600160401b031660e083015261010090810135910152565b610120810161154582846159f8565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b604081525f615af8604083018587615abd565b905060208201835f5b6001811015615b20578151835260209283019290910190600101615b01565b505050949350505050565b82815261014081016117ed60208301846159f8565b634e487b7160e01b5f52601260045260245ffd5b5f82615b6257615b62615b40565b500690565b80820180821115611545576115456159a6565b5f60018201615b8b57615b8b6159a6565b5060010190565b5f82518060208501845e5f920191825250919050565b5f60208284031215615bb8575f5ffd5b5051919050565b634e487b7160e01b5f52603260045260245ffd5b81810381811115611545576115456159a6565b5f82615bf457615bf4615b40565b500490565b8082028115828204841417611545576115456159a6565b5f6001600160401b03821680615c2857615c286159a6565b5f190192915050565b838152604060208201525f614621604083018486615abd565b5f5f5f60608486031215615c5c575f5ffd5b5050815160208301516040909301519094929350919050565b818382375f9101908152919050565b634e487b7160e01b5f52604160045260245ffd5b5f6001600160401b0382166001600160401b038103615cb957615cb96159a6565b60010192915050565b63ffffffff8181168382160190811115611545576115456159a656fe30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001",
}

// Rollup is an auto generated Go binding around an Ethereum contract.
type Rollup struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Rollup) GetABI() abi.ABI {
	return c.abi
}

// NewRollup creates a new instance of Rollup.
func NewRollup() *Rollup {
	parsed, err := RollupMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Rollup{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Rollup) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address staking_, address verifier_, address rewardPool_, (uint64,bytes32,uint8,uint64,uint64,uint64,bytes32[],uint64) cfg) payable returns()
func (rollup *Rollup) PackConstructor(staking_ common.Address, verifier_ common.Address, rewardPool_ common.Address, cfg RollupConfig) []byte {
	enc, err := rollup.abi.Pack("", staking_, verifier_, rewardPool_, cfg)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (rollup *Rollup) PackATTESTATIONTYPEHASH() []byte {
	enc, err := rollup.abi.Pack("ATTESTATION_TYPEHASH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackATTESTATIONTYPEHASH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07090c1f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (rollup *Rollup) TryPackATTESTATIONTYPEHASH() ([]byte, error) {
	return rollup.abi.Pack("ATTESTATION_TYPEHASH")
}

// UnpackATTESTATIONTYPEHASH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07090c1f.
//
// Solidity: function ATTESTATION_TYPEHASH() view returns(bytes32)
func (rollup *Rollup) UnpackATTESTATIONTYPEHASH(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("ATTESTATION_TYPEHASH", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEXITDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38dfe157.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function EXIT_DOMAIN() view returns(uint256)
func (rollup *Rollup) PackEXITDOMAIN() []byte {
	enc, err := rollup.abi.Pack("EXIT_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEXITDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38dfe157.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function EXIT_DOMAIN() view returns(uint256)
func (rollup *Rollup) TryPackEXITDOMAIN() ([]byte, error) {
	return rollup.abi.Pack("EXIT_DOMAIN")
}

// UnpackEXITDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38dfe157.
//
// Solidity: function EXIT_DOMAIN() view returns(uint256)
func (rollup *Rollup) UnpackEXITDOMAIN(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("EXIT_DOMAIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackFORCEDDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0569541.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function FORCED_DOMAIN() view returns(uint256)
func (rollup *Rollup) PackFORCEDDOMAIN() []byte {
	enc, err := rollup.abi.Pack("FORCED_DOMAIN")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFORCEDDOMAIN is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb0569541.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function FORCED_DOMAIN() view returns(uint256)
func (rollup *Rollup) TryPackFORCEDDOMAIN() ([]byte, error) {
	return rollup.abi.Pack("FORCED_DOMAIN")
}

// UnpackFORCEDDOMAIN is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb0569541.
//
// Solidity: function FORCED_DOMAIN() view returns(uint256)
func (rollup *Rollup) UnpackFORCEDDOMAIN(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("FORCED_DOMAIN", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXAMOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd40dc870.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_AMOUNT() view returns(uint64)
func (rollup *Rollup) PackMAXAMOUNT() []byte {
	enc, err := rollup.abi.Pack("MAX_AMOUNT")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXAMOUNT is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd40dc870.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_AMOUNT() view returns(uint64)
func (rollup *Rollup) TryPackMAXAMOUNT() ([]byte, error) {
	return rollup.abi.Pack("MAX_AMOUNT")
}

// UnpackMAXAMOUNT is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd40dc870.
//
// Solidity: function MAX_AMOUNT() view returns(uint64)
func (rollup *Rollup) UnpackMAXAMOUNT(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("MAX_AMOUNT", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4980e1be.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function R() view returns(uint256)
func (rollup *Rollup) PackR() []byte {
	enc, err := rollup.abi.Pack("R")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackR is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4980e1be.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function R() view returns(uint256)
func (rollup *Rollup) TryPackR() ([]byte, error) {
	return rollup.abi.Pack("R")
}

// UnpackR is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4980e1be.
//
// Solidity: function R() view returns(uint256)
func (rollup *Rollup) UnpackR(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("R", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAccountPlusOne is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd28ee647.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function accountPlusOne(bytes32 pubKey) view returns(uint64)
func (rollup *Rollup) PackAccountPlusOne(pubKey [32]byte) []byte {
	enc, err := rollup.abi.Pack("accountPlusOne", pubKey)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAccountPlusOne is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd28ee647.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function accountPlusOne(bytes32 pubKey) view returns(uint64)
func (rollup *Rollup) TryPackAccountPlusOne(pubKey [32]byte) ([]byte, error) {
	return rollup.abi.Pack("accountPlusOne", pubKey)
}

// UnpackAccountPlusOne is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd28ee647.
//
// Solidity: function accountPlusOne(bytes32 pubKey) view returns(uint64)
func (rollup *Rollup) UnpackAccountPlusOne(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("accountPlusOne", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackActivateEscapeHatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88efc97b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function activateEscapeHatch() returns()
func (rollup *Rollup) PackActivateEscapeHatch() []byte {
	enc, err := rollup.abi.Pack("activateEscapeHatch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackActivateEscapeHatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x88efc97b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function activateEscapeHatch() returns()
func (rollup *Rollup) TryPackActivateEscapeHatch() ([]byte, error) {
	return rollup.abi.Pack("activateEscapeHatch")
}

// PackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23094f12.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestationDigest(bytes32 launch, (uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h) view returns(bytes32)
func (rollup *Rollup) PackAttestationDigest(launch [32]byte, h BatchHeader) []byte {
	enc, err := rollup.abi.Pack("attestationDigest", launch, h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestationDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23094f12.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestationDigest(bytes32 launch, (uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h) view returns(bytes32)
func (rollup *Rollup) TryPackAttestationDigest(launch [32]byte, h BatchHeader) ([]byte, error) {
	return rollup.abi.Pack("attestationDigest", launch, h)
}

// UnpackAttestationDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23094f12.
//
// Solidity: function attestationDigest(bytes32 launch, (uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h) view returns(bytes32)
func (rollup *Rollup) UnpackAttestationDigest(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("attestationDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackBatchSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4bd5f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batchSigners(uint256 i) view returns(bool finalized, bytes32 signersHash)
func (rollup *Rollup) PackBatchSigners(i *big.Int) []byte {
	enc, err := rollup.abi.Pack("batchSigners", i)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatchSigners is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c4bd5f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batchSigners(uint256 i) view returns(bool finalized, bytes32 signersHash)
func (rollup *Rollup) TryPackBatchSigners(i *big.Int) ([]byte, error) {
	return rollup.abi.Pack("batchSigners", i)
}

// BatchSignersOutput serves as a container for the return parameters of contract
// method BatchSigners.
type BatchSignersOutput struct {
	Finalized   bool
	SignersHash [32]byte
}

// UnpackBatchSigners is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c4bd5f3.
//
// Solidity: function batchSigners(uint256 i) view returns(bool finalized, bytes32 signersHash)
func (rollup *Rollup) UnpackBatchSigners(data []byte) (BatchSignersOutput, error) {
	out, err := rollup.abi.Unpack("batchSigners", data)
	outstruct := new(BatchSignersOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Finalized = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.SignersHash = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb32c4d8d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function batches(uint256 ) view returns(bytes32 headerHash, bytes32 withdrawalsRoot, bytes32 signersHash, uint64 committedAt, uint32 numWithdrawals, uint8 status, uint64 forcedEnd, uint64 feesGwei)
func (rollup *Rollup) PackBatches(arg0 *big.Int) []byte {
	enc, err := rollup.abi.Pack("batches", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb32c4d8d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function batches(uint256 ) view returns(bytes32 headerHash, bytes32 withdrawalsRoot, bytes32 signersHash, uint64 committedAt, uint32 numWithdrawals, uint8 status, uint64 forcedEnd, uint64 feesGwei)
func (rollup *Rollup) TryPackBatches(arg0 *big.Int) ([]byte, error) {
	return rollup.abi.Pack("batches", arg0)
}

// BatchesOutput serves as a container for the return parameters of contract
// method Batches.
type BatchesOutput struct {
	HeaderHash      [32]byte
	WithdrawalsRoot [32]byte
	SignersHash     [32]byte
	CommittedAt     uint64
	NumWithdrawals  uint32
	Status          uint8
	ForcedEnd       uint64
	FeesGwei        uint64
}

// UnpackBatches is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb32c4d8d.
//
// Solidity: function batches(uint256 ) view returns(bytes32 headerHash, bytes32 withdrawalsRoot, bytes32 signersHash, uint64 committedAt, uint32 numWithdrawals, uint8 status, uint64 forcedEnd, uint64 feesGwei)
func (rollup *Rollup) UnpackBatches(data []byte) (BatchesOutput, error) {
	out, err := rollup.abi.Unpack("batches", data)
	outstruct := new(BatchesOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.HeaderHash = *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	outstruct.WithdrawalsRoot = *abi.ConvertType(out[1], new([32]byte)).(*[32]byte)
	outstruct.SignersHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	outstruct.CommittedAt = *abi.ConvertType(out[3], new(uint64)).(*uint64)
	outstruct.NumWithdrawals = *abi.ConvertType(out[4], new(uint32)).(*uint32)
	outstruct.Status = *abi.ConvertType(out[5], new(uint8)).(*uint8)
	outstruct.ForcedEnd = *abi.ConvertType(out[6], new(uint64)).(*uint64)
	outstruct.FeesGwei = *abi.ConvertType(out[7], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74cff70b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimWithdrawal(uint256 batchIndex, uint256 index, address to, uint64 amountGwei, bytes32[] proof) returns()
func (rollup *Rollup) PackClaimWithdrawal(batchIndex *big.Int, index *big.Int, to common.Address, amountGwei uint64, proof [][32]byte) []byte {
	enc, err := rollup.abi.Pack("claimWithdrawal", batchIndex, index, to, amountGwei, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimWithdrawal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x74cff70b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimWithdrawal(uint256 batchIndex, uint256 index, address to, uint64 amountGwei, bytes32[] proof) returns()
func (rollup *Rollup) TryPackClaimWithdrawal(batchIndex *big.Int, index *big.Int, to common.Address, amountGwei uint64, proof [][32]byte) ([]byte, error) {
	return rollup.abi.Pack("claimWithdrawal", batchIndex, index, to, amountGwei, proof)
}

// PackCollectFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb17acdcd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function collectFees(uint256 batchIndex) returns(uint256 wei_)
func (rollup *Rollup) PackCollectFees(batchIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("collectFees", batchIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCollectFees is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb17acdcd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function collectFees(uint256 batchIndex) returns(uint256 wei_)
func (rollup *Rollup) TryPackCollectFees(batchIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("collectFees", batchIndex)
}

// UnpackCollectFees is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb17acdcd.
//
// Solidity: function collectFees(uint256 batchIndex) returns(uint256 wei_)
func (rollup *Rollup) UnpackCollectFees(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("collectFees", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9791331.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function commitBatch((uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h, bytes pubdata, bytes signatures, bytes32 launch) returns()
func (rollup *Rollup) PackCommitBatch(h BatchHeader, pubdata []byte, signatures []byte, launch [32]byte) []byte {
	enc, err := rollup.abi.Pack("commitBatch", h, pubdata, signatures, launch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCommitBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb9791331.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function commitBatch((uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h, bytes pubdata, bytes signatures, bytes32 launch) returns()
func (rollup *Rollup) TryPackCommitBatch(h BatchHeader, pubdata []byte, signatures []byte, launch [32]byte) ([]byte, error) {
	return rollup.abi.Pack("commitBatch", h, pubdata, signatures, launch)
}

// PackCompressPubKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1199c90.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressPubKey(uint256 x, uint256 y) pure returns(bytes32)
func (rollup *Rollup) PackCompressPubKey(x *big.Int, y *big.Int) []byte {
	enc, err := rollup.abi.Pack("compressPubKey", x, y)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressPubKey is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1199c90.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressPubKey(uint256 x, uint256 y) pure returns(bytes32)
func (rollup *Rollup) TryPackCompressPubKey(x *big.Int, y *big.Int) ([]byte, error) {
	return rollup.abi.Pack("compressPubKey", x, y)
}

// UnpackCompressPubKey is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1199c90.
//
// Solidity: function compressPubKey(uint256 x, uint256 y) pure returns(bytes32)
func (rollup *Rollup) UnpackCompressPubKey(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("compressPubKey", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf18f8687.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposit(bytes32 pubKey, uint256 x, uint256 qx, uint256 qy) payable returns()
func (rollup *Rollup) PackDeposit(pubKey [32]byte, x *big.Int, qx *big.Int, qy *big.Int) []byte {
	enc, err := rollup.abi.Pack("deposit", pubKey, x, qx, qy)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf18f8687.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposit(bytes32 pubKey, uint256 x, uint256 qx, uint256 qy) payable returns()
func (rollup *Rollup) TryPackDeposit(pubKey [32]byte, x *big.Int, qx *big.Int, qy *big.Int) ([]byte, error) {
	return rollup.abi.Pack("deposit", pubKey, x, qx, qy)
}

// PackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositCount() view returns(uint64)
func (rollup *Rollup) PackDepositCount() []byte {
	enc, err := rollup.abi.Pack("depositCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2dfdf0b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositCount() view returns(uint64)
func (rollup *Rollup) TryPackDepositCount() ([]byte, error) {
	return rollup.abi.Pack("depositCount")
}

// UnpackDepositCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2dfdf0b5.
//
// Solidity: function depositCount() view returns(uint64)
func (rollup *Rollup) UnpackDepositCount(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("depositCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61603d89.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositDeadline() view returns(uint64)
func (rollup *Rollup) PackDepositDeadline() []byte {
	enc, err := rollup.abi.Pack("depositDeadline")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositDeadline is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x61603d89.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositDeadline() view returns(uint64)
func (rollup *Rollup) TryPackDepositDeadline() ([]byte, error) {
	return rollup.abi.Pack("depositDeadline")
}

// UnpackDepositDeadline is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x61603d89.
//
// Solidity: function depositDeadline() view returns(uint64)
func (rollup *Rollup) UnpackDepositDeadline(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("depositDeadline", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositRefunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fe5770a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositRefunds(uint256 ) view returns(address depositor, uint64 amountGwei)
func (rollup *Rollup) PackDepositRefunds(arg0 *big.Int) []byte {
	enc, err := rollup.abi.Pack("depositRefunds", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositRefunds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6fe5770a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositRefunds(uint256 ) view returns(address depositor, uint64 amountGwei)
func (rollup *Rollup) TryPackDepositRefunds(arg0 *big.Int) ([]byte, error) {
	return rollup.abi.Pack("depositRefunds", arg0)
}

// DepositRefundsOutput serves as a container for the return parameters of contract
// method DepositRefunds.
type DepositRefundsOutput struct {
	Depositor  common.Address
	AmountGwei uint64
}

// UnpackDepositRefunds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6fe5770a.
//
// Solidity: function depositRefunds(uint256 ) view returns(address depositor, uint64 amountGwei)
func (rollup *Rollup) UnpackDepositRefunds(data []byte) (DepositRefundsOutput, error) {
	out, err := rollup.abi.Unpack("depositRefunds", data)
	outstruct := new(DepositRefundsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Depositor = *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	outstruct.AmountGwei = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb02c43d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deposits(uint256 ) view returns(bytes24 chain, uint64 queuedAt)
func (rollup *Rollup) PackDeposits(arg0 *big.Int) []byte {
	enc, err := rollup.abi.Pack("deposits", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeposits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb02c43d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deposits(uint256 ) view returns(bytes24 chain, uint64 queuedAt)
func (rollup *Rollup) TryPackDeposits(arg0 *big.Int) ([]byte, error) {
	return rollup.abi.Pack("deposits", arg0)
}

// DepositsOutput serves as a container for the return parameters of contract
// method Deposits.
type DepositsOutput struct {
	Chain    [24]byte
	QueuedAt uint64
}

// UnpackDeposits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb02c43d0.
//
// Solidity: function deposits(uint256 ) view returns(bytes24 chain, uint64 queuedAt)
func (rollup *Rollup) UnpackDeposits(data []byte) (DepositsOutput, error) {
	out, err := rollup.abi.Unpack("deposits", data)
	outstruct := new(DepositsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Chain = *abi.ConvertType(out[0], new([24]byte)).(*[24]byte)
	outstruct.QueuedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97185b52.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function domainSeparator(bytes32 launch) view returns(bytes32)
func (rollup *Rollup) PackDomainSeparator(launch [32]byte) []byte {
	enc, err := rollup.abi.Pack("domainSeparator", launch)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDomainSeparator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x97185b52.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function domainSeparator(bytes32 launch) view returns(bytes32)
func (rollup *Rollup) TryPackDomainSeparator(launch [32]byte) ([]byte, error) {
	return rollup.abi.Pack("domainSeparator", launch)
}

// UnpackDomainSeparator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x97185b52.
//
// Solidity: function domainSeparator(bytes32 launch) view returns(bytes32)
func (rollup *Rollup) UnpackDomainSeparator(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("domainSeparator", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEscapeHatchOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ad7b1c9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapeHatchOpen() view returns(bool)
func (rollup *Rollup) PackEscapeHatchOpen() []byte {
	enc, err := rollup.abi.Pack("escapeHatchOpen")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapeHatchOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ad7b1c9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapeHatchOpen() view returns(bool)
func (rollup *Rollup) TryPackEscapeHatchOpen() ([]byte, error) {
	return rollup.abi.Pack("escapeHatchOpen")
}

// UnpackEscapeHatchOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ad7b1c9.
//
// Solidity: function escapeHatchOpen() view returns(bool)
func (rollup *Rollup) UnpackEscapeHatchOpen(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("escapeHatchOpen", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackEscapePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x091e6ef8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escapePeriod() view returns(uint64)
func (rollup *Rollup) PackEscapePeriod() []byte {
	enc, err := rollup.abi.Pack("escapePeriod")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscapePeriod is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x091e6ef8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escapePeriod() view returns(uint64)
func (rollup *Rollup) TryPackEscapePeriod() ([]byte, error) {
	return rollup.abi.Pack("escapePeriod")
}

// UnpackEscapePeriod is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x091e6ef8.
//
// Solidity: function escapePeriod() view returns(uint64)
func (rollup *Rollup) UnpackEscapePeriod(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("escapePeriod", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEscaped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c346e72.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escaped() view returns(bool)
func (rollup *Rollup) PackEscaped() []byte {
	enc, err := rollup.abi.Pack("escaped")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscaped is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4c346e72.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escaped() view returns(bool)
func (rollup *Rollup) TryPackEscaped() ([]byte, error) {
	return rollup.abi.Pack("escaped")
}

// UnpackEscaped is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4c346e72.
//
// Solidity: function escaped() view returns(bool)
func (rollup *Rollup) UnpackEscaped(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("escaped", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackExitAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc46465a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitAccount(uint32 account, uint256 x, uint256 y, uint64 balance, uint64 nonce, uint256[] siblings, address to, (uint256,uint256,uint256) sig) returns()
func (rollup *Rollup) PackExitAccount(account uint32, x *big.Int, y *big.Int, balance uint64, nonce uint64, siblings []*big.Int, to common.Address, sig EdDSASignature) []byte {
	enc, err := rollup.abi.Pack("exitAccount", account, x, y, balance, nonce, siblings, to, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc46465a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitAccount(uint32 account, uint256 x, uint256 y, uint64 balance, uint64 nonce, uint256[] siblings, address to, (uint256,uint256,uint256) sig) returns()
func (rollup *Rollup) TryPackExitAccount(account uint32, x *big.Int, y *big.Int, balance uint64, nonce uint64, siblings []*big.Int, to common.Address, sig EdDSASignature) ([]byte, error) {
	return rollup.abi.Pack("exitAccount", account, x, y, balance, nonce, siblings, to, sig)
}

// PackExitMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3481496f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exitMessage(uint32 account, address to) view returns(uint256)
func (rollup *Rollup) PackExitMessage(account uint32, to common.Address) []byte {
	enc, err := rollup.abi.Pack("exitMessage", account, to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExitMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3481496f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exitMessage(uint32 account, address to) view returns(uint256)
func (rollup *Rollup) TryPackExitMessage(account uint32, to common.Address) ([]byte, error) {
	return rollup.abi.Pack("exitMessage", account, to)
}

// UnpackExitMessage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3481496f.
//
// Solidity: function exitMessage(uint32 account, address to) view returns(uint256)
func (rollup *Rollup) UnpackExitMessage(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("exitMessage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackExited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ecf6869.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function exited(uint256 account) view returns(bool)
func (rollup *Rollup) PackExited(account *big.Int) []byte {
	enc, err := rollup.abi.Pack("exited", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackExited is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9ecf6869.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function exited(uint256 account) view returns(bool)
func (rollup *Rollup) TryPackExited(account *big.Int) ([]byte, error) {
	return rollup.abi.Pack("exited", account)
}

// UnpackExited is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x9ecf6869.
//
// Solidity: function exited(uint256 account) view returns(bool)
func (rollup *Rollup) UnpackExited(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("exited", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackFinalizedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5cb0d17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizedCount() view returns(uint64)
func (rollup *Rollup) PackFinalizedCount() []byte {
	enc, err := rollup.abi.Pack("finalizedCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe5cb0d17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizedCount() view returns(uint64)
func (rollup *Rollup) TryPackFinalizedCount() ([]byte, error) {
	return rollup.abi.Pack("finalizedCount")
}

// UnpackFinalizedCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe5cb0d17.
//
// Solidity: function finalizedCount() view returns(uint64)
func (rollup *Rollup) UnpackFinalizedCount(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("finalizedCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalizedDepositEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637f8f2e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizedDepositEnd() view returns(uint64)
func (rollup *Rollup) PackFinalizedDepositEnd() []byte {
	enc, err := rollup.abi.Pack("finalizedDepositEnd")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizedDepositEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x637f8f2e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizedDepositEnd() view returns(uint64)
func (rollup *Rollup) TryPackFinalizedDepositEnd() ([]byte, error) {
	return rollup.abi.Pack("finalizedDepositEnd")
}

// UnpackFinalizedDepositEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x637f8f2e.
//
// Solidity: function finalizedDepositEnd() view returns(uint64)
func (rollup *Rollup) UnpackFinalizedDepositEnd(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("finalizedDepositEnd", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackFinalizedForcedEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf217fd81.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function finalizedForcedEnd() view returns(uint64)
func (rollup *Rollup) PackFinalizedForcedEnd() []byte {
	enc, err := rollup.abi.Pack("finalizedForcedEnd")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFinalizedForcedEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf217fd81.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function finalizedForcedEnd() view returns(uint64)
func (rollup *Rollup) TryPackFinalizedForcedEnd() ([]byte, error) {
	return rollup.abi.Pack("finalizedForcedEnd")
}

// UnpackFinalizedForcedEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf217fd81.
//
// Solidity: function finalizedForcedEnd() view returns(uint64)
func (rollup *Rollup) UnpackFinalizedForcedEnd(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("finalizedForcedEnd", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x935227ed.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedCount() view returns(uint64)
func (rollup *Rollup) PackForcedCount() []byte {
	enc, err := rollup.abi.Pack("forcedCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x935227ed.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedCount() view returns(uint64)
func (rollup *Rollup) TryPackForcedCount() ([]byte, error) {
	return rollup.abi.Pack("forcedCount")
}

// UnpackForcedCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x935227ed.
//
// Solidity: function forcedCount() view returns(uint64)
func (rollup *Rollup) UnpackForcedCount(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("forcedCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackForcedExitMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x439df118.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedExitMessage(uint32 account, address recipient, uint64 salt) view returns(uint256)
func (rollup *Rollup) PackForcedExitMessage(account uint32, recipient common.Address, salt uint64) []byte {
	enc, err := rollup.abi.Pack("forcedExitMessage", account, recipient, salt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedExitMessage is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x439df118.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedExitMessage(uint32 account, address recipient, uint64 salt) view returns(uint256)
func (rollup *Rollup) TryPackForcedExitMessage(account uint32, recipient common.Address, salt uint64) ([]byte, error) {
	return rollup.abi.Pack("forcedExitMessage", account, recipient, salt)
}

// UnpackForcedExitMessage is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x439df118.
//
// Solidity: function forcedExitMessage(uint32 account, address recipient, uint64 salt) view returns(uint256)
func (rollup *Rollup) UnpackForcedExitMessage(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("forcedExitMessage", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackForcedExitRequested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f1be09.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedExitRequested(uint256 message) view returns(bool)
func (rollup *Rollup) PackForcedExitRequested(message *big.Int) []byte {
	enc, err := rollup.abi.Pack("forcedExitRequested", message)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedExitRequested is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x65f1be09.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedExitRequested(uint256 message) view returns(bool)
func (rollup *Rollup) TryPackForcedExitRequested(message *big.Int) ([]byte, error) {
	return rollup.abi.Pack("forcedExitRequested", message)
}

// UnpackForcedExitRequested is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x65f1be09.
//
// Solidity: function forcedExitRequested(uint256 message) view returns(bool)
func (rollup *Rollup) UnpackForcedExitRequested(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("forcedExitRequested", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackForcedExits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34a140d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function forcedExits(uint256 ) view returns(bytes24 chain, uint64 queuedAt)
func (rollup *Rollup) PackForcedExits(arg0 *big.Int) []byte {
	enc, err := rollup.abi.Pack("forcedExits", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackForcedExits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34a140d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function forcedExits(uint256 ) view returns(bytes24 chain, uint64 queuedAt)
func (rollup *Rollup) TryPackForcedExits(arg0 *big.Int) ([]byte, error) {
	return rollup.abi.Pack("forcedExits", arg0)
}

// ForcedExitsOutput serves as a container for the return parameters of contract
// method ForcedExits.
type ForcedExitsOutput struct {
	Chain    [24]byte
	QueuedAt uint64
}

// UnpackForcedExits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34a140d9.
//
// Solidity: function forcedExits(uint256 ) view returns(bytes24 chain, uint64 queuedAt)
func (rollup *Rollup) UnpackForcedExits(data []byte) (ForcedExitsOutput, error) {
	out, err := rollup.abi.Unpack("forcedExits", data)
	outstruct := new(ForcedExitsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Chain = *abi.ConvertType(out[0], new([24]byte)).(*[24]byte)
	outstruct.QueuedAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf364c90c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isClaimed(uint256 batchIndex, uint256 index) view returns(bool)
func (rollup *Rollup) PackIsClaimed(batchIndex *big.Int, index *big.Int) []byte {
	enc, err := rollup.abi.Pack("isClaimed", batchIndex, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf364c90c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isClaimed(uint256 batchIndex, uint256 index) view returns(bool)
func (rollup *Rollup) TryPackIsClaimed(batchIndex *big.Int, index *big.Int) ([]byte, error) {
	return rollup.abi.Pack("isClaimed", batchIndex, index)
}

// UnpackIsClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf364c90c.
//
// Solidity: function isClaimed(uint256 batchIndex, uint256 index) view returns(bool)
func (rollup *Rollup) UnpackIsClaimed(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("isClaimed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollup *Rollup) PackL2ChainId() []byte {
	enc, err := rollup.abi.Pack("l2ChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2ChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd6ae3cd5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollup *Rollup) TryPackL2ChainId() ([]byte, error) {
	return rollup.abi.Pack("l2ChainId")
}

// UnpackL2ChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd6ae3cd5.
//
// Solidity: function l2ChainId() view returns(uint64)
func (rollup *Rollup) UnpackL2ChainId(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("l2ChainId", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackL2Supply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac463fdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function l2Supply() view returns(uint64)
func (rollup *Rollup) PackL2Supply() []byte {
	enc, err := rollup.abi.Pack("l2Supply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackL2Supply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xac463fdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function l2Supply() view returns(uint64)
func (rollup *Rollup) TryPackL2Supply() ([]byte, error) {
	return rollup.abi.Pack("l2Supply")
}

// UnpackL2Supply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xac463fdd.
//
// Solidity: function l2Supply() view returns(uint64)
func (rollup *Rollup) UnpackL2Supply(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("l2Supply", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastCommittedRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7154161.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastCommittedRoot() view returns(bytes32)
func (rollup *Rollup) PackLastCommittedRoot() []byte {
	enc, err := rollup.abi.Pack("lastCommittedRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastCommittedRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb7154161.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastCommittedRoot() view returns(bytes32)
func (rollup *Rollup) TryPackLastCommittedRoot() ([]byte, error) {
	return rollup.abi.Pack("lastCommittedRoot")
}

// UnpackLastCommittedRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb7154161.
//
// Solidity: function lastCommittedRoot() view returns(bytes32)
func (rollup *Rollup) UnpackLastCommittedRoot(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("lastCommittedRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLastFinalizedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe263f59d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastFinalizedAt() view returns(uint64)
func (rollup *Rollup) PackLastFinalizedAt() []byte {
	enc, err := rollup.abi.Pack("lastFinalizedAt")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastFinalizedAt is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe263f59d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastFinalizedAt() view returns(uint64)
func (rollup *Rollup) TryPackLastFinalizedAt() ([]byte, error) {
	return rollup.abi.Pack("lastFinalizedAt")
}

// UnpackLastFinalizedAt is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe263f59d.
//
// Solidity: function lastFinalizedAt() view returns(uint64)
func (rollup *Rollup) UnpackLastFinalizedAt(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("lastFinalizedAt", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackLastFinalizedRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe5dc28.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function lastFinalizedRoot() view returns(bytes32)
func (rollup *Rollup) PackLastFinalizedRoot() []byte {
	enc, err := rollup.abi.Pack("lastFinalizedRoot")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLastFinalizedRoot is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xebe5dc28.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function lastFinalizedRoot() view returns(bytes32)
func (rollup *Rollup) TryPackLastFinalizedRoot() ([]byte, error) {
	return rollup.abi.Pack("lastFinalizedRoot")
}

// UnpackLastFinalizedRoot is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xebe5dc28.
//
// Solidity: function lastFinalizedRoot() view returns(bytes32)
func (rollup *Rollup) UnpackLastFinalizedRoot(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("lastFinalizedRoot", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackLaunchId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35f6efa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function launchId() view returns(bytes32)
func (rollup *Rollup) PackLaunchId() []byte {
	enc, err := rollup.abi.Pack("launchId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLaunchId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x35f6efa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function launchId() view returns(bytes32)
func (rollup *Rollup) TryPackLaunchId() ([]byte, error) {
	return rollup.abi.Pack("launchId")
}

// UnpackLaunchId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x35f6efa9.
//
// Solidity: function launchId() view returns(bytes32)
func (rollup *Rollup) UnpackLaunchId(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("launchId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackNextBatchIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e4fa700.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextBatchIndex() view returns(uint64)
func (rollup *Rollup) PackNextBatchIndex() []byte {
	enc, err := rollup.abi.Pack("nextBatchIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextBatchIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7e4fa700.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextBatchIndex() view returns(uint64)
func (rollup *Rollup) TryPackNextBatchIndex() ([]byte, error) {
	return rollup.abi.Pack("nextBatchIndex")
}

// UnpackNextBatchIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7e4fa700.
//
// Solidity: function nextBatchIndex() view returns(uint64)
func (rollup *Rollup) UnpackNextBatchIndex(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("nextBatchIndex", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNextDepositIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c4668a3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextDepositIndex() view returns(uint64)
func (rollup *Rollup) PackNextDepositIndex() []byte {
	enc, err := rollup.abi.Pack("nextDepositIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextDepositIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6c4668a3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextDepositIndex() view returns(uint64)
func (rollup *Rollup) TryPackNextDepositIndex() ([]byte, error) {
	return rollup.abi.Pack("nextDepositIndex")
}

// UnpackNextDepositIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6c4668a3.
//
// Solidity: function nextDepositIndex() view returns(uint64)
func (rollup *Rollup) UnpackNextDepositIndex(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("nextDepositIndex", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNextForcedIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa69d2cbf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextForcedIndex() view returns(uint64)
func (rollup *Rollup) PackNextForcedIndex() []byte {
	enc, err := rollup.abi.Pack("nextForcedIndex")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextForcedIndex is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa69d2cbf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextForcedIndex() view returns(uint64)
func (rollup *Rollup) TryPackNextForcedIndex() ([]byte, error) {
	return rollup.abi.Pack("nextForcedIndex")
}

// UnpackNextForcedIndex is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa69d2cbf.
//
// Solidity: function nextForcedIndex() view returns(uint64)
func (rollup *Rollup) UnpackNextForcedIndex(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("nextForcedIndex", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackNumAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ce25a93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function numAccounts() view returns(uint64)
func (rollup *Rollup) PackNumAccounts() []byte {
	enc, err := rollup.abi.Pack("numAccounts")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNumAccounts is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8ce25a93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function numAccounts() view returns(uint64)
func (rollup *Rollup) TryPackNumAccounts() ([]byte, error) {
	return rollup.abi.Pack("numAccounts")
}

// UnpackNumAccounts is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8ce25a93.
//
// Solidity: function numAccounts() view returns(uint64)
func (rollup *Rollup) UnpackNumAccounts(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("numAccounts", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackProofWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa479265d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proofWindow() view returns(uint64)
func (rollup *Rollup) PackProofWindow() []byte {
	enc, err := rollup.abi.Pack("proofWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProofWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa479265d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proofWindow() view returns(uint64)
func (rollup *Rollup) TryPackProofWindow() ([]byte, error) {
	return rollup.abi.Pack("proofWindow")
}

// UnpackProofWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa479265d.
//
// Solidity: function proofWindow() view returns(uint64)
func (rollup *Rollup) UnpackProofWindow(data []byte) (uint64, error) {
	out, err := rollup.abi.Unpack("proofWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackProveBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2247bc22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function proveBatch((uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h, bytes proof) returns()
func (rollup *Rollup) PackProveBatch(h BatchHeader, proof []byte) []byte {
	enc, err := rollup.abi.Pack("proveBatch", h, proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProveBatch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2247bc22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function proveBatch((uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h, bytes proof) returns()
func (rollup *Rollup) TryPackProveBatch(h BatchHeader, proof []byte) ([]byte, error) {
	return rollup.abi.Pack("proveBatch", h, proof)
}

// PackPublicInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6610507a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function publicInput((uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h) pure returns(uint256)
func (rollup *Rollup) PackPublicInput(h BatchHeader) []byte {
	enc, err := rollup.abi.Pack("publicInput", h)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPublicInput is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6610507a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function publicInput((uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h) pure returns(uint256)
func (rollup *Rollup) TryPackPublicInput(h BatchHeader) ([]byte, error) {
	return rollup.abi.Pack("publicInput", h)
}

// UnpackPublicInput is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6610507a.
//
// Solidity: function publicInput((uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) h) pure returns(uint256)
func (rollup *Rollup) UnpackPublicInput(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("publicInput", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackRefundDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23356eaf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refundDeposit(uint64 index) returns()
func (rollup *Rollup) PackRefundDeposit(index uint64) []byte {
	enc, err := rollup.abi.Pack("refundDeposit", index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefundDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23356eaf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refundDeposit(uint64 index) returns()
func (rollup *Rollup) TryPackRefundDeposit(index uint64) ([]byte, error) {
	return rollup.abi.Pack("refundDeposit", index)
}

// PackRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd533388.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function refunded(uint256 depositIndex) view returns(bool)
func (rollup *Rollup) PackRefunded(depositIndex *big.Int) []byte {
	enc, err := rollup.abi.Pack("refunded", depositIndex)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRefunded is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd533388.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function refunded(uint256 depositIndex) view returns(bool)
func (rollup *Rollup) TryPackRefunded(depositIndex *big.Int) ([]byte, error) {
	return rollup.abi.Pack("refunded", depositIndex)
}

// UnpackRefunded is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd533388.
//
// Solidity: function refunded(uint256 depositIndex) view returns(bool)
func (rollup *Rollup) UnpackRefunded(data []byte) (bool, error) {
	out, err := rollup.abi.Unpack("refunded", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackRequestForcedExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07d4a0d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestForcedExit(uint256 x, uint256 y, address recipient, uint64 salt, (uint256,uint256,uint256) sig) returns()
func (rollup *Rollup) PackRequestForcedExit(x *big.Int, y *big.Int, recipient common.Address, salt uint64, sig EdDSASignature) []byte {
	enc, err := rollup.abi.Pack("requestForcedExit", x, y, recipient, salt, sig)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestForcedExit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07d4a0d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestForcedExit(uint256 x, uint256 y, address recipient, uint64 salt, (uint256,uint256,uint256) sig) returns()
func (rollup *Rollup) TryPackRequestForcedExit(x *big.Int, y *big.Int, recipient common.Address, salt uint64, sig EdDSASignature) ([]byte, error) {
	return rollup.abi.Pack("requestForcedExit", x, y, recipient, salt, sig)
}

// PackRevertBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e0766f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function revertBatches() returns()
func (rollup *Rollup) PackRevertBatches() []byte {
	enc, err := rollup.abi.Pack("revertBatches")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRevertBatches is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd8e0766f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function revertBatches() returns()
func (rollup *Rollup) TryPackRevertBatches() ([]byte, error) {
	return rollup.abi.Pack("revertBatches")
}

// PackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rewardPool() view returns(address)
func (rollup *Rollup) PackRewardPool() []byte {
	enc, err := rollup.abi.Pack("rewardPool")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRewardPool is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x66666aa9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rewardPool() view returns(address)
func (rollup *Rollup) TryPackRewardPool() ([]byte, error) {
	return rollup.abi.Pack("rewardPool")
}

// UnpackRewardPool is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x66666aa9.
//
// Solidity: function rewardPool() view returns(address)
func (rollup *Rollup) UnpackRewardPool(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("rewardPool", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (rollup *Rollup) PackStaking() []byte {
	enc, err := rollup.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (rollup *Rollup) TryPackStaking() ([]byte, error) {
	return rollup.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (rollup *Rollup) UnpackStaking(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackTreeDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16a56c41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function treeDepth() view returns(uint8)
func (rollup *Rollup) PackTreeDepth() []byte {
	enc, err := rollup.abi.Pack("treeDepth")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTreeDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x16a56c41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function treeDepth() view returns(uint8)
func (rollup *Rollup) TryPackTreeDepth() ([]byte, error) {
	return rollup.abi.Pack("treeDepth")
}

// UnpackTreeDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x16a56c41.
//
// Solidity: function treeDepth() view returns(uint8)
func (rollup *Rollup) UnpackTreeDepth(data []byte) (uint8, error) {
	out, err := rollup.abi.Unpack("treeDepth", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifier() view returns(address)
func (rollup *Rollup) PackVerifier() []byte {
	enc, err := rollup.abi.Pack("verifier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2b7ac3f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifier() view returns(address)
func (rollup *Rollup) TryPackVerifier() ([]byte, error) {
	return rollup.abi.Pack("verifier")
}

// UnpackVerifier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2b7ac3f3.
//
// Solidity: function verifier() view returns(address)
func (rollup *Rollup) UnpackVerifier(data []byte) (common.Address, error) {
	out, err := rollup.abi.Unpack("verifier", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackWithdrawalLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ed7776e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalLeaf(uint64 batchIndex, uint32 index, address to, uint64 amountGwei) pure returns(bytes32)
func (rollup *Rollup) PackWithdrawalLeaf(batchIndex uint64, index uint32, to common.Address, amountGwei uint64) []byte {
	enc, err := rollup.abi.Pack("withdrawalLeaf", batchIndex, index, to, amountGwei)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalLeaf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7ed7776e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalLeaf(uint64 batchIndex, uint32 index, address to, uint64 amountGwei) pure returns(bytes32)
func (rollup *Rollup) TryPackWithdrawalLeaf(batchIndex uint64, index uint32, to common.Address, amountGwei uint64) ([]byte, error) {
	return rollup.abi.Pack("withdrawalLeaf", batchIndex, index, to, amountGwei)
}

// UnpackWithdrawalLeaf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7ed7776e.
//
// Solidity: function withdrawalLeaf(uint64 batchIndex, uint32 index, address to, uint64 amountGwei) pure returns(bytes32)
func (rollup *Rollup) UnpackWithdrawalLeaf(data []byte) ([32]byte, error) {
	out, err := rollup.abi.Unpack("withdrawalLeaf", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackWithdrawalTreeDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350cef48.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawalTreeDepth(uint256 n) pure returns(uint256 d)
func (rollup *Rollup) PackWithdrawalTreeDepth(n *big.Int) []byte {
	enc, err := rollup.abi.Pack("withdrawalTreeDepth", n)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawalTreeDepth is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x350cef48.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawalTreeDepth(uint256 n) pure returns(uint256 d)
func (rollup *Rollup) TryPackWithdrawalTreeDepth(n *big.Int) ([]byte, error) {
	return rollup.abi.Pack("withdrawalTreeDepth", n)
}

// UnpackWithdrawalTreeDepth is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x350cef48.
//
// Solidity: function withdrawalTreeDepth(uint256 n) pure returns(uint256 d)
func (rollup *Rollup) UnpackWithdrawalTreeDepth(data []byte) (*big.Int, error) {
	out, err := rollup.abi.Unpack("withdrawalTreeDepth", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// RollupAccountExited represents a AccountExited event raised by the Rollup contract.
type RollupAccountExited struct {
	Account    uint32
	To         common.Address
	AmountGwei uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupAccountExitedEventName = "AccountExited"

// ContractEventName returns the user-defined event name.
func (RollupAccountExited) ContractEventName() string {
	return RollupAccountExitedEventName
}

// UnpackAccountExitedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AccountExited(uint32 indexed account, address indexed to, uint64 amountGwei)
func (rollup *Rollup) UnpackAccountExitedEvent(log *types.Log) (*RollupAccountExited, error) {
	event := "AccountExited"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupAccountExited)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBatchCommitted represents a BatchCommitted event raised by the Rollup contract.
type RollupBatchCommitted struct {
	BatchIndex  uint64
	HeaderHash  [32]byte
	NewRoot     [32]byte
	SignedStake *big.Int
	TotalStake  *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const RollupBatchCommittedEventName = "BatchCommitted"

// ContractEventName returns the user-defined event name.
func (RollupBatchCommitted) ContractEventName() string {
	return RollupBatchCommittedEventName
}

// UnpackBatchCommittedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchCommitted(uint64 indexed batchIndex, bytes32 headerHash, bytes32 newRoot, uint256 signedStake, uint256 totalStake)
func (rollup *Rollup) UnpackBatchCommittedEvent(log *types.Log) (*RollupBatchCommitted, error) {
	event := "BatchCommitted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchCommitted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBatchFinalized represents a BatchFinalized event raised by the Rollup contract.
type RollupBatchFinalized struct {
	BatchIndex uint64
	NewRoot    [32]byte
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupBatchFinalizedEventName = "BatchFinalized"

// ContractEventName returns the user-defined event name.
func (RollupBatchFinalized) ContractEventName() string {
	return RollupBatchFinalizedEventName
}

// UnpackBatchFinalizedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchFinalized(uint64 indexed batchIndex, bytes32 newRoot)
func (rollup *Rollup) UnpackBatchFinalizedEvent(log *types.Log) (*RollupBatchFinalized, error) {
	event := "BatchFinalized"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchFinalized)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupBatchesReverted represents a BatchesReverted event raised by the Rollup contract.
type RollupBatchesReverted struct {
	FromIndex uint64
	ToIndex   uint64
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupBatchesRevertedEventName = "BatchesReverted"

// ContractEventName returns the user-defined event name.
func (RollupBatchesReverted) ContractEventName() string {
	return RollupBatchesRevertedEventName
}

// UnpackBatchesRevertedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event BatchesReverted(uint64 fromIndex, uint64 toIndex)
func (rollup *Rollup) UnpackBatchesRevertedEvent(log *types.Log) (*RollupBatchesReverted, error) {
	event := "BatchesReverted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupBatchesReverted)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupDepositQueued represents a DepositQueued event raised by the Rollup contract.
type RollupDepositQueued struct {
	Index      uint64
	Depositor  common.Address
	PubKey     [32]byte
	AmountGwei uint64
	Account    uint32
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupDepositQueuedEventName = "DepositQueued"

// ContractEventName returns the user-defined event name.
func (RollupDepositQueued) ContractEventName() string {
	return RollupDepositQueuedEventName
}

// UnpackDepositQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositQueued(uint64 indexed index, address indexed depositor, bytes32 indexed pubKey, uint64 amountGwei, uint32 account)
func (rollup *Rollup) UnpackDepositQueuedEvent(log *types.Log) (*RollupDepositQueued, error) {
	event := "DepositQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupDepositQueued)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupDepositRefunded represents a DepositRefunded event raised by the Rollup contract.
type RollupDepositRefunded struct {
	Index      uint64
	To         common.Address
	AmountGwei uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupDepositRefundedEventName = "DepositRefunded"

// ContractEventName returns the user-defined event name.
func (RollupDepositRefunded) ContractEventName() string {
	return RollupDepositRefundedEventName
}

// UnpackDepositRefundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositRefunded(uint64 indexed index, address indexed to, uint64 amountGwei)
func (rollup *Rollup) UnpackDepositRefundedEvent(log *types.Log) (*RollupDepositRefunded, error) {
	event := "DepositRefunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupDepositRefunded)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupEscapeHatchActivated represents a EscapeHatchActivated event raised by the Rollup contract.
type RollupEscapeHatchActivated struct {
	LastFinalizedBatch uint64
	Root               [32]byte
	Raw                *types.Log // Blockchain specific contextual infos
}

const RollupEscapeHatchActivatedEventName = "EscapeHatchActivated"

// ContractEventName returns the user-defined event name.
func (RollupEscapeHatchActivated) ContractEventName() string {
	return RollupEscapeHatchActivatedEventName
}

// UnpackEscapeHatchActivatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EscapeHatchActivated(uint64 lastFinalizedBatch, bytes32 root)
func (rollup *Rollup) UnpackEscapeHatchActivatedEvent(log *types.Log) (*RollupEscapeHatchActivated, error) {
	event := "EscapeHatchActivated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupEscapeHatchActivated)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupFeesCollected represents a FeesCollected event raised by the Rollup contract.
type RollupFeesCollected struct {
	BatchIndex uint64
	AmountGwei uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupFeesCollectedEventName = "FeesCollected"

// ContractEventName returns the user-defined event name.
func (RollupFeesCollected) ContractEventName() string {
	return RollupFeesCollectedEventName
}

// UnpackFeesCollectedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event FeesCollected(uint64 indexed batchIndex, uint64 amountGwei)
func (rollup *Rollup) UnpackFeesCollectedEvent(log *types.Log) (*RollupFeesCollected, error) {
	event := "FeesCollected"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupFeesCollected)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupForcedExitQueued represents a ForcedExitQueued event raised by the Rollup contract.
type RollupForcedExitQueued struct {
	Index     uint64
	Account   uint32
	Recipient common.Address
	Raw       *types.Log // Blockchain specific contextual infos
}

const RollupForcedExitQueuedEventName = "ForcedExitQueued"

// ContractEventName returns the user-defined event name.
func (RollupForcedExitQueued) ContractEventName() string {
	return RollupForcedExitQueuedEventName
}

// UnpackForcedExitQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ForcedExitQueued(uint64 indexed index, uint32 indexed account, address recipient)
func (rollup *Rollup) UnpackForcedExitQueuedEvent(log *types.Log) (*RollupForcedExitQueued, error) {
	event := "ForcedExitQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupForcedExitQueued)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupLaunchPinned represents a LaunchPinned event raised by the Rollup contract.
type RollupLaunchPinned struct {
	LaunchId [32]byte
	Raw      *types.Log // Blockchain specific contextual infos
}

const RollupLaunchPinnedEventName = "LaunchPinned"

// ContractEventName returns the user-defined event name.
func (RollupLaunchPinned) ContractEventName() string {
	return RollupLaunchPinnedEventName
}

// UnpackLaunchPinnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LaunchPinned(bytes32 launchId)
func (rollup *Rollup) UnpackLaunchPinnedEvent(log *types.Log) (*RollupLaunchPinned, error) {
	event := "LaunchPinned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupLaunchPinned)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// RollupWithdrawalClaimed represents a WithdrawalClaimed event raised by the Rollup contract.
type RollupWithdrawalClaimed struct {
	BatchIndex *big.Int
	Index      *big.Int
	To         common.Address
	AmountGwei uint64
	Raw        *types.Log // Blockchain specific contextual infos
}

const RollupWithdrawalClaimedEventName = "WithdrawalClaimed"

// ContractEventName returns the user-defined event name.
func (RollupWithdrawalClaimed) ContractEventName() string {
	return RollupWithdrawalClaimedEventName
}

// UnpackWithdrawalClaimedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WithdrawalClaimed(uint256 indexed batchIndex, uint256 indexed index, address indexed to, uint64 amountGwei)
func (rollup *Rollup) UnpackWithdrawalClaimedEvent(log *types.Log) (*RollupWithdrawalClaimed, error) {
	event := "WithdrawalClaimed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != rollup.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(RollupWithdrawalClaimed)
	if len(log.Data) > 0 {
		if err := rollup.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range rollup.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (rollup *Rollup) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], rollup.abi.Errors["AlreadyClaimed"].ID.Bytes()[:4]) {
		return rollup.UnpackAlreadyClaimedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AlreadyExited"].ID.Bytes()[:4]) {
		return rollup.UnpackAlreadyExitedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AlreadyFinalized"].ID.Bytes()[:4]) {
		return rollup.UnpackAlreadyFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AlreadyRefunded"].ID.Bytes()[:4]) {
		return rollup.UnpackAlreadyRefundedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AmountNotGweiMultiple"].ID.Bytes()[:4]) {
		return rollup.UnpackAmountNotGweiMultipleError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["AmountOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackAmountOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadBlockRange"].ID.Bytes()[:4]) {
		return rollup.UnpackBadBlockRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadDepositRange"].ID.Bytes()[:4]) {
		return rollup.UnpackBadDepositRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadMerkleProof"].ID.Bytes()[:4]) {
		return rollup.UnpackBadMerkleProofError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadPubdata"].ID.Bytes()[:4]) {
		return rollup.UnpackBadPubdataError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BadWithdrawalIndex"].ID.Bytes()[:4]) {
		return rollup.UnpackBadWithdrawalIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BatchNotCommitted"].ID.Bytes()[:4]) {
		return rollup.UnpackBatchNotCommittedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BatchNotFinalized"].ID.Bytes()[:4]) {
		return rollup.UnpackBatchNotFinalizedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["BatchOutOfOrder"].ID.Bytes()[:4]) {
		return rollup.UnpackBatchOutOfOrderError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DataCommitmentMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackDataCommitmentMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositDeadlineMissed"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositDeadlineMissedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["DepositMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackDepositMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EdDSABadSignature"].ID.Bytes()[:4]) {
		return rollup.UnpackEdDSABadSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EdDSAInvalidKey"].ID.Bytes()[:4]) {
		return rollup.UnpackEdDSAInvalidKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EdDSAInvalidR"].ID.Bytes()[:4]) {
		return rollup.UnpackEdDSAInvalidRError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EdDSAScalarOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackEdDSAScalarOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EscapeHatchActive"].ID.Bytes()[:4]) {
		return rollup.UnpackEscapeHatchActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["EscapeHatchNotActive"].ID.Bytes()[:4]) {
		return rollup.UnpackEscapeHatchNotActiveError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["FeesOutOfRange"].ID.Bytes()[:4]) {
		return rollup.UnpackFeesOutOfRangeError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ForcedExitAlreadyRequested"].ID.Bytes()[:4]) {
		return rollup.UnpackForcedExitAlreadyRequestedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ForcedExitDeadlineMissed"].ID.Bytes()[:4]) {
		return rollup.UnpackForcedExitDeadlineMissedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ForcedExitMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackForcedExitMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["HeaderMismatch"].ID.Bytes()[:4]) {
		return rollup.UnpackHeaderMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["InvalidPubKey"].ID.Bytes()[:4]) {
		return rollup.UnpackInvalidPubKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoAccountForKey"].ID.Bytes()[:4]) {
		return rollup.UnpackNoAccountForKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NoQuorum"].ID.Bytes()[:4]) {
		return rollup.UnpackNoQuorumError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotInField"].ID.Bytes()[:4]) {
		return rollup.UnpackNotInFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotRefundable"].ID.Bytes()[:4]) {
		return rollup.UnpackNotRefundableError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NotRewardPool"].ID.Bytes()[:4]) {
		return rollup.UnpackNotRewardPoolError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["NothingToRevert"].ID.Bytes()[:4]) {
		return rollup.UnpackNothingToRevertError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["ProofWindowOpen"].ID.Bytes()[:4]) {
		return rollup.UnpackProofWindowOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return rollup.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["SupplyCap"].ID.Bytes()[:4]) {
		return rollup.UnpackSupplyCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return rollup.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["TreeFull"].ID.Bytes()[:4]) {
		return rollup.UnpackTreeFullError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongChainId"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongChainIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongLaunch"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongLaunchError(raw[4:])
	}
	if bytes.Equal(raw[:4], rollup.abi.Errors["WrongPrevRoot"].ID.Bytes()[:4]) {
		return rollup.UnpackWrongPrevRootError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// RollupAlreadyClaimed represents a AlreadyClaimed error raised by the Rollup contract.
type RollupAlreadyClaimed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyClaimed()
func RollupAlreadyClaimedErrorID() common.Hash {
	return common.HexToHash("0x646cf558a545d59f8a09cbf8a0eb8a9332f1d17834843b20fc8d154839dc46d7")
}

// UnpackAlreadyClaimedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyClaimed()
func (rollup *Rollup) UnpackAlreadyClaimedError(raw []byte) (*RollupAlreadyClaimed, error) {
	out := new(RollupAlreadyClaimed)
	if err := rollup.abi.UnpackIntoInterface(out, "AlreadyClaimed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAlreadyExited represents a AlreadyExited error raised by the Rollup contract.
type RollupAlreadyExited struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyExited()
func RollupAlreadyExitedErrorID() common.Hash {
	return common.HexToHash("0xf65962783fabbab179ee2148c1815e61c03b2d6608d86ae4ec1559feec746d9f")
}

// UnpackAlreadyExitedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyExited()
func (rollup *Rollup) UnpackAlreadyExitedError(raw []byte) (*RollupAlreadyExited, error) {
	out := new(RollupAlreadyExited)
	if err := rollup.abi.UnpackIntoInterface(out, "AlreadyExited", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAlreadyFinalized represents a AlreadyFinalized error raised by the Rollup contract.
type RollupAlreadyFinalized struct {
	BatchIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyFinalized(uint64 batchIndex)
func RollupAlreadyFinalizedErrorID() common.Hash {
	return common.HexToHash("0x788fa84d985ea59c75445a07ee412fc2ae8f44f9955354ad051fd7b226515189")
}

// UnpackAlreadyFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyFinalized(uint64 batchIndex)
func (rollup *Rollup) UnpackAlreadyFinalizedError(raw []byte) (*RollupAlreadyFinalized, error) {
	out := new(RollupAlreadyFinalized)
	if err := rollup.abi.UnpackIntoInterface(out, "AlreadyFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAlreadyRefunded represents a AlreadyRefunded error raised by the Rollup contract.
type RollupAlreadyRefunded struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRefunded()
func RollupAlreadyRefundedErrorID() common.Hash {
	return common.HexToHash("0xa85e6f1a941fe3f80fd3dc3c0277c926f4c2a65cbf0e07e2b7c7c061a53e018e")
}

// UnpackAlreadyRefundedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRefunded()
func (rollup *Rollup) UnpackAlreadyRefundedError(raw []byte) (*RollupAlreadyRefunded, error) {
	out := new(RollupAlreadyRefunded)
	if err := rollup.abi.UnpackIntoInterface(out, "AlreadyRefunded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAmountNotGweiMultiple represents a AmountNotGweiMultiple error raised by the Rollup contract.
type RollupAmountNotGweiMultiple struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountNotGweiMultiple()
func RollupAmountNotGweiMultipleErrorID() common.Hash {
	return common.HexToHash("0x7f55202b8640b77483c489fa7be5bdfa3dd034e857ac08e422849f6dcfafe1a4")
}

// UnpackAmountNotGweiMultipleError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountNotGweiMultiple()
func (rollup *Rollup) UnpackAmountNotGweiMultipleError(raw []byte) (*RollupAmountNotGweiMultiple, error) {
	out := new(RollupAmountNotGweiMultiple)
	if err := rollup.abi.UnpackIntoInterface(out, "AmountNotGweiMultiple", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupAmountOutOfRange represents a AmountOutOfRange error raised by the Rollup contract.
type RollupAmountOutOfRange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountOutOfRange()
func RollupAmountOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xc64200e9c597b28d03c8fad458a653f20ee56e2b3fed9da2675acca735a9e3f5")
}

// UnpackAmountOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountOutOfRange()
func (rollup *Rollup) UnpackAmountOutOfRangeError(raw []byte) (*RollupAmountOutOfRange, error) {
	out := new(RollupAmountOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "AmountOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadBlockRange represents a BadBlockRange error raised by the Rollup contract.
type RollupBadBlockRange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadBlockRange()
func RollupBadBlockRangeErrorID() common.Hash {
	return common.HexToHash("0x81869f98c8ccba33bcdfb9801500fff4a623437ac3b97f1db937a2bde9e33a60")
}

// UnpackBadBlockRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadBlockRange()
func (rollup *Rollup) UnpackBadBlockRangeError(raw []byte) (*RollupBadBlockRange, error) {
	out := new(RollupBadBlockRange)
	if err := rollup.abi.UnpackIntoInterface(out, "BadBlockRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadDepositRange represents a BadDepositRange error raised by the Rollup contract.
type RollupBadDepositRange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadDepositRange()
func RollupBadDepositRangeErrorID() common.Hash {
	return common.HexToHash("0xa280e1368fd2cdf5b85090a9daee29ade9442a0b450973158a0136934639a98a")
}

// UnpackBadDepositRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadDepositRange()
func (rollup *Rollup) UnpackBadDepositRangeError(raw []byte) (*RollupBadDepositRange, error) {
	out := new(RollupBadDepositRange)
	if err := rollup.abi.UnpackIntoInterface(out, "BadDepositRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadMerkleProof represents a BadMerkleProof error raised by the Rollup contract.
type RollupBadMerkleProof struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadMerkleProof()
func RollupBadMerkleProofErrorID() common.Hash {
	return common.HexToHash("0x2c7e4d98d1b231910fe9cb282a346bf253eaad4ed9e537cffaabadfdefb9d129")
}

// UnpackBadMerkleProofError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadMerkleProof()
func (rollup *Rollup) UnpackBadMerkleProofError(raw []byte) (*RollupBadMerkleProof, error) {
	out := new(RollupBadMerkleProof)
	if err := rollup.abi.UnpackIntoInterface(out, "BadMerkleProof", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadPubdata represents a BadPubdata error raised by the Rollup contract.
type RollupBadPubdata struct {
	Offset *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPubdata(uint256 offset)
func RollupBadPubdataErrorID() common.Hash {
	return common.HexToHash("0xfa536cc2d280afaacae2567f60d0ee8a8654fa870655767c9be4b2ccc17542b1")
}

// UnpackBadPubdataError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPubdata(uint256 offset)
func (rollup *Rollup) UnpackBadPubdataError(raw []byte) (*RollupBadPubdata, error) {
	out := new(RollupBadPubdata)
	if err := rollup.abi.UnpackIntoInterface(out, "BadPubdata", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBadWithdrawalIndex represents a BadWithdrawalIndex error raised by the Rollup contract.
type RollupBadWithdrawalIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadWithdrawalIndex()
func RollupBadWithdrawalIndexErrorID() common.Hash {
	return common.HexToHash("0xff5b69b9f4e53544d54fedf9e3a88643a41db7bc4c70d89fd1a06aca4ca2bfe6")
}

// UnpackBadWithdrawalIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadWithdrawalIndex()
func (rollup *Rollup) UnpackBadWithdrawalIndexError(raw []byte) (*RollupBadWithdrawalIndex, error) {
	out := new(RollupBadWithdrawalIndex)
	if err := rollup.abi.UnpackIntoInterface(out, "BadWithdrawalIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBatchNotCommitted represents a BatchNotCommitted error raised by the Rollup contract.
type RollupBatchNotCommitted struct {
	BatchIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotCommitted(uint64 batchIndex)
func RollupBatchNotCommittedErrorID() common.Hash {
	return common.HexToHash("0x5f430080a06676cb86d38fff5adac22411b86869feee46e837d43d10a7b83e17")
}

// UnpackBatchNotCommittedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotCommitted(uint64 batchIndex)
func (rollup *Rollup) UnpackBatchNotCommittedError(raw []byte) (*RollupBatchNotCommitted, error) {
	out := new(RollupBatchNotCommitted)
	if err := rollup.abi.UnpackIntoInterface(out, "BatchNotCommitted", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBatchNotFinalized represents a BatchNotFinalized error raised by the Rollup contract.
type RollupBatchNotFinalized struct {
	BatchIndex *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchNotFinalized(uint256 batchIndex)
func RollupBatchNotFinalizedErrorID() common.Hash {
	return common.HexToHash("0xc65e08bf499131d1f8866eb41a8259ef3a6b3098ff481014a52b5d4d870aea62")
}

// UnpackBatchNotFinalizedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchNotFinalized(uint256 batchIndex)
func (rollup *Rollup) UnpackBatchNotFinalizedError(raw []byte) (*RollupBatchNotFinalized, error) {
	out := new(RollupBatchNotFinalized)
	if err := rollup.abi.UnpackIntoInterface(out, "BatchNotFinalized", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupBatchOutOfOrder represents a BatchOutOfOrder error raised by the Rollup contract.
type RollupBatchOutOfOrder struct {
	Expected uint64
	Got      uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BatchOutOfOrder(uint64 expected, uint64 got)
func RollupBatchOutOfOrderErrorID() common.Hash {
	return common.HexToHash("0x3feeeffcab9259368baa92694662c34cef29f165387e3442fa6730f78128b3dc")
}

// UnpackBatchOutOfOrderError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BatchOutOfOrder(uint64 expected, uint64 got)
func (rollup *Rollup) UnpackBatchOutOfOrderError(raw []byte) (*RollupBatchOutOfOrder, error) {
	out := new(RollupBatchOutOfOrder)
	if err := rollup.abi.UnpackIntoInterface(out, "BatchOutOfOrder", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDataCommitmentMismatch represents a DataCommitmentMismatch error raised by the Rollup contract.
type RollupDataCommitmentMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DataCommitmentMismatch()
func RollupDataCommitmentMismatchErrorID() common.Hash {
	return common.HexToHash("0x800ab997e4ca170242f275de9a91c2409cb63dfd8c5f4f5f9ce6a0270ae95766")
}

// UnpackDataCommitmentMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DataCommitmentMismatch()
func (rollup *Rollup) UnpackDataCommitmentMismatchError(raw []byte) (*RollupDataCommitmentMismatch, error) {
	out := new(RollupDataCommitmentMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "DataCommitmentMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDepositDeadlineMissed represents a DepositDeadlineMissed error raised by the Rollup contract.
type RollupDepositDeadlineMissed struct {
	DepositIndex uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositDeadlineMissed(uint64 depositIndex)
func RollupDepositDeadlineMissedErrorID() common.Hash {
	return common.HexToHash("0x9069fbdf26ba44adc233756f93f62a4b031482d736e279aba8a89c3234e1d41d")
}

// UnpackDepositDeadlineMissedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositDeadlineMissed(uint64 depositIndex)
func (rollup *Rollup) UnpackDepositDeadlineMissedError(raw []byte) (*RollupDepositDeadlineMissed, error) {
	out := new(RollupDepositDeadlineMissed)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositDeadlineMissed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupDepositMismatch represents a DepositMismatch error raised by the Rollup contract.
type RollupDepositMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DepositMismatch()
func RollupDepositMismatchErrorID() common.Hash {
	return common.HexToHash("0xe45a15b0ba2cce332392c7d7fe2d1130cd2c9047d0232649f10bd8b9a2547e69")
}

// UnpackDepositMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DepositMismatch()
func (rollup *Rollup) UnpackDepositMismatchError(raw []byte) (*RollupDepositMismatch, error) {
	out := new(RollupDepositMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "DepositMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEdDSABadSignature represents a EdDSABadSignature error raised by the Rollup contract.
type RollupEdDSABadSignature struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EdDSABadSignature()
func RollupEdDSABadSignatureErrorID() common.Hash {
	return common.HexToHash("0x1883ba46341344e7c7be7795099f9f1f976884f72aa8dc4b9544bf1ae33104b8")
}

// UnpackEdDSABadSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EdDSABadSignature()
func (rollup *Rollup) UnpackEdDSABadSignatureError(raw []byte) (*RollupEdDSABadSignature, error) {
	out := new(RollupEdDSABadSignature)
	if err := rollup.abi.UnpackIntoInterface(out, "EdDSABadSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEdDSAInvalidKey represents a EdDSAInvalidKey error raised by the Rollup contract.
type RollupEdDSAInvalidKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EdDSAInvalidKey()
func RollupEdDSAInvalidKeyErrorID() common.Hash {
	return common.HexToHash("0x04b738379c8b59634b584c6470c255702f383eec6cba20eafd4aec564e246c5d")
}

// UnpackEdDSAInvalidKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EdDSAInvalidKey()
func (rollup *Rollup) UnpackEdDSAInvalidKeyError(raw []byte) (*RollupEdDSAInvalidKey, error) {
	out := new(RollupEdDSAInvalidKey)
	if err := rollup.abi.UnpackIntoInterface(out, "EdDSAInvalidKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEdDSAInvalidR represents a EdDSAInvalidR error raised by the Rollup contract.
type RollupEdDSAInvalidR struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EdDSAInvalidR()
func RollupEdDSAInvalidRErrorID() common.Hash {
	return common.HexToHash("0x83c0c3671ac9873bfae6ddacb7509e1ab485a2fe0ec746c3902821ad77d8d862")
}

// UnpackEdDSAInvalidRError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EdDSAInvalidR()
func (rollup *Rollup) UnpackEdDSAInvalidRError(raw []byte) (*RollupEdDSAInvalidR, error) {
	out := new(RollupEdDSAInvalidR)
	if err := rollup.abi.UnpackIntoInterface(out, "EdDSAInvalidR", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEdDSAScalarOutOfRange represents a EdDSAScalarOutOfRange error raised by the Rollup contract.
type RollupEdDSAScalarOutOfRange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EdDSAScalarOutOfRange()
func RollupEdDSAScalarOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0x9da0e154621b605729b668f6ad9113f200d7b46138544e30c138e57261d2d98b")
}

// UnpackEdDSAScalarOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EdDSAScalarOutOfRange()
func (rollup *Rollup) UnpackEdDSAScalarOutOfRangeError(raw []byte) (*RollupEdDSAScalarOutOfRange, error) {
	out := new(RollupEdDSAScalarOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "EdDSAScalarOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEscapeHatchActive represents a EscapeHatchActive error raised by the Rollup contract.
type RollupEscapeHatchActive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscapeHatchActive()
func RollupEscapeHatchActiveErrorID() common.Hash {
	return common.HexToHash("0x7c5c368ac41a6f64d68f343ed3ad73b7ff353a148549bb3eb5ebeaa4606d4947")
}

// UnpackEscapeHatchActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscapeHatchActive()
func (rollup *Rollup) UnpackEscapeHatchActiveError(raw []byte) (*RollupEscapeHatchActive, error) {
	out := new(RollupEscapeHatchActive)
	if err := rollup.abi.UnpackIntoInterface(out, "EscapeHatchActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupEscapeHatchNotActive represents a EscapeHatchNotActive error raised by the Rollup contract.
type RollupEscapeHatchNotActive struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EscapeHatchNotActive()
func RollupEscapeHatchNotActiveErrorID() common.Hash {
	return common.HexToHash("0x59147c8316b5cafb2d7b0d35079e9e854e21905fac5f9206addb09f5dcf606b3")
}

// UnpackEscapeHatchNotActiveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EscapeHatchNotActive()
func (rollup *Rollup) UnpackEscapeHatchNotActiveError(raw []byte) (*RollupEscapeHatchNotActive, error) {
	out := new(RollupEscapeHatchNotActive)
	if err := rollup.abi.UnpackIntoInterface(out, "EscapeHatchNotActive", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupFeesOutOfRange represents a FeesOutOfRange error raised by the Rollup contract.
type RollupFeesOutOfRange struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error FeesOutOfRange()
func RollupFeesOutOfRangeErrorID() common.Hash {
	return common.HexToHash("0xc01c676890f208b8d0f4d490a41bd02bdaf4c973a7f6ca5ab64c0e4620039da2")
}

// UnpackFeesOutOfRangeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error FeesOutOfRange()
func (rollup *Rollup) UnpackFeesOutOfRangeError(raw []byte) (*RollupFeesOutOfRange, error) {
	out := new(RollupFeesOutOfRange)
	if err := rollup.abi.UnpackIntoInterface(out, "FeesOutOfRange", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupForcedExitAlreadyRequested represents a ForcedExitAlreadyRequested error raised by the Rollup contract.
type RollupForcedExitAlreadyRequested struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedExitAlreadyRequested()
func RollupForcedExitAlreadyRequestedErrorID() common.Hash {
	return common.HexToHash("0x985867367803319420013eec8af740db8b55ae198862750e0cbaa80ebd235450")
}

// UnpackForcedExitAlreadyRequestedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedExitAlreadyRequested()
func (rollup *Rollup) UnpackForcedExitAlreadyRequestedError(raw []byte) (*RollupForcedExitAlreadyRequested, error) {
	out := new(RollupForcedExitAlreadyRequested)
	if err := rollup.abi.UnpackIntoInterface(out, "ForcedExitAlreadyRequested", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupForcedExitDeadlineMissed represents a ForcedExitDeadlineMissed error raised by the Rollup contract.
type RollupForcedExitDeadlineMissed struct {
	Index uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedExitDeadlineMissed(uint64 index)
func RollupForcedExitDeadlineMissedErrorID() common.Hash {
	return common.HexToHash("0x20bdec1461a9c8ab353a6b30aab2e1c5e316103a6508fe5b8df9be59c35f9e72")
}

// UnpackForcedExitDeadlineMissedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedExitDeadlineMissed(uint64 index)
func (rollup *Rollup) UnpackForcedExitDeadlineMissedError(raw []byte) (*RollupForcedExitDeadlineMissed, error) {
	out := new(RollupForcedExitDeadlineMissed)
	if err := rollup.abi.UnpackIntoInterface(out, "ForcedExitDeadlineMissed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupForcedExitMismatch represents a ForcedExitMismatch error raised by the Rollup contract.
type RollupForcedExitMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ForcedExitMismatch()
func RollupForcedExitMismatchErrorID() common.Hash {
	return common.HexToHash("0xfc72bd377ef1b097366137abcbef814202b351db9004229e987c19b75d706c30")
}

// UnpackForcedExitMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ForcedExitMismatch()
func (rollup *Rollup) UnpackForcedExitMismatchError(raw []byte) (*RollupForcedExitMismatch, error) {
	out := new(RollupForcedExitMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "ForcedExitMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupHeaderMismatch represents a HeaderMismatch error raised by the Rollup contract.
type RollupHeaderMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HeaderMismatch()
func RollupHeaderMismatchErrorID() common.Hash {
	return common.HexToHash("0xc27d13b96183498c3066fda568aa32e582e2cdcaf1f02a7c22ac233f1fd0dce0")
}

// UnpackHeaderMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HeaderMismatch()
func (rollup *Rollup) UnpackHeaderMismatchError(raw []byte) (*RollupHeaderMismatch, error) {
	out := new(RollupHeaderMismatch)
	if err := rollup.abi.UnpackIntoInterface(out, "HeaderMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupInvalidPubKey represents a InvalidPubKey error raised by the Rollup contract.
type RollupInvalidPubKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidPubKey()
func RollupInvalidPubKeyErrorID() common.Hash {
	return common.HexToHash("0x79fae7af0e46d7d356ff94d500ce1f6b92832f309533a994668da7bd1b0ec0e3")
}

// UnpackInvalidPubKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidPubKey()
func (rollup *Rollup) UnpackInvalidPubKeyError(raw []byte) (*RollupInvalidPubKey, error) {
	out := new(RollupInvalidPubKey)
	if err := rollup.abi.UnpackIntoInterface(out, "InvalidPubKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNoAccountForKey represents a NoAccountForKey error raised by the Rollup contract.
type RollupNoAccountForKey struct {
	PubKey [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoAccountForKey(bytes32 pubKey)
func RollupNoAccountForKeyErrorID() common.Hash {
	return common.HexToHash("0xccca8192726efb0101371f28031aaf47b0d43bfc902f5eed288f016ae73c4740")
}

// UnpackNoAccountForKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoAccountForKey(bytes32 pubKey)
func (rollup *Rollup) UnpackNoAccountForKeyError(raw []byte) (*RollupNoAccountForKey, error) {
	out := new(RollupNoAccountForKey)
	if err := rollup.abi.UnpackIntoInterface(out, "NoAccountForKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNoQuorum represents a NoQuorum error raised by the Rollup contract.
type RollupNoQuorum struct {
	SignedStake *big.Int
	TotalStake  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NoQuorum(uint256 signedStake, uint256 totalStake)
func RollupNoQuorumErrorID() common.Hash {
	return common.HexToHash("0xa07c49af08b421a301c72d9d0dd4ebec6a52f25fd56250523cef4fe70de605e4")
}

// UnpackNoQuorumError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NoQuorum(uint256 signedStake, uint256 totalStake)
func (rollup *Rollup) UnpackNoQuorumError(raw []byte) (*RollupNoQuorum, error) {
	out := new(RollupNoQuorum)
	if err := rollup.abi.UnpackIntoInterface(out, "NoQuorum", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotInField represents a NotInField error raised by the Rollup contract.
type RollupNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotInField()
func RollupNotInFieldErrorID() common.Hash {
	return common.HexToHash("0x8e97c7e0e0e7cb40d96152481bd20f94db1012d27089584e189fa13f51d17ee0")
}

// UnpackNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotInField()
func (rollup *Rollup) UnpackNotInFieldError(raw []byte) (*RollupNotInField, error) {
	out := new(RollupNotInField)
	if err := rollup.abi.UnpackIntoInterface(out, "NotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotRefundable represents a NotRefundable error raised by the Rollup contract.
type RollupNotRefundable struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRefundable()
func RollupNotRefundableErrorID() common.Hash {
	return common.HexToHash("0x3742d1f6f20ed9a2bdc43c6789077efc36ddbeb1c9ebb586630e3091b911a5cd")
}

// UnpackNotRefundableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRefundable()
func (rollup *Rollup) UnpackNotRefundableError(raw []byte) (*RollupNotRefundable, error) {
	out := new(RollupNotRefundable)
	if err := rollup.abi.UnpackIntoInterface(out, "NotRefundable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNotRewardPool represents a NotRewardPool error raised by the Rollup contract.
type RollupNotRewardPool struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRewardPool()
func RollupNotRewardPoolErrorID() common.Hash {
	return common.HexToHash("0xa7165976ffffadfdb8bbade260c65b11d2c1554871f12cb4831b1d0ba49fd66d")
}

// UnpackNotRewardPoolError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRewardPool()
func (rollup *Rollup) UnpackNotRewardPoolError(raw []byte) (*RollupNotRewardPool, error) {
	out := new(RollupNotRewardPool)
	if err := rollup.abi.UnpackIntoInterface(out, "NotRewardPool", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupNothingToRevert represents a NothingToRevert error raised by the Rollup contract.
type RollupNothingToRevert struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToRevert()
func RollupNothingToRevertErrorID() common.Hash {
	return common.HexToHash("0x42773d68408a387ae842e1bfe1f8c70252d9035d8ff9ab2b5168f11ed48e8c53")
}

// UnpackNothingToRevertError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToRevert()
func (rollup *Rollup) UnpackNothingToRevertError(raw []byte) (*RollupNothingToRevert, error) {
	out := new(RollupNothingToRevert)
	if err := rollup.abi.UnpackIntoInterface(out, "NothingToRevert", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupProofWindowOpen represents a ProofWindowOpen error raised by the Rollup contract.
type RollupProofWindowOpen struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofWindowOpen()
func RollupProofWindowOpenErrorID() common.Hash {
	return common.HexToHash("0xb3986e4e69ddc5ccaa3bfecdc720bfd66f95eae0281cd24331826745f4d54258")
}

// UnpackProofWindowOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofWindowOpen()
func (rollup *Rollup) UnpackProofWindowOpenError(raw []byte) (*RollupProofWindowOpen, error) {
	out := new(RollupProofWindowOpen)
	if err := rollup.abi.UnpackIntoInterface(out, "ProofWindowOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupReentrancy represents a Reentrancy error raised by the Rollup contract.
type RollupReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func RollupReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (rollup *Rollup) UnpackReentrancyError(raw []byte) (*RollupReentrancy, error) {
	out := new(RollupReentrancy)
	if err := rollup.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupSupplyCap represents a SupplyCap error raised by the Rollup contract.
type RollupSupplyCap struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SupplyCap()
func RollupSupplyCapErrorID() common.Hash {
	return common.HexToHash("0x5dd83c425b55755cacaa1eb67c6f9f7b7f224ec38c762b61bb9279a6ebe6a7dc")
}

// UnpackSupplyCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SupplyCap()
func (rollup *Rollup) UnpackSupplyCapError(raw []byte) (*RollupSupplyCap, error) {
	out := new(RollupSupplyCap)
	if err := rollup.abi.UnpackIntoInterface(out, "SupplyCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTransferFailed represents a TransferFailed error raised by the Rollup contract.
type RollupTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func RollupTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (rollup *Rollup) UnpackTransferFailedError(raw []byte) (*RollupTransferFailed, error) {
	out := new(RollupTransferFailed)
	if err := rollup.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupTreeFull represents a TreeFull error raised by the Rollup contract.
type RollupTreeFull struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TreeFull()
func RollupTreeFullErrorID() common.Hash {
	return common.HexToHash("0xb48f2cf87f681f6e5e1953ff9a9b61fc72b38e92ba42ee8900d78f5e0dfa0e8a")
}

// UnpackTreeFullError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TreeFull()
func (rollup *Rollup) UnpackTreeFullError(raw []byte) (*RollupTreeFull, error) {
	out := new(RollupTreeFull)
	if err := rollup.abi.UnpackIntoInterface(out, "TreeFull", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongChainId represents a WrongChainId error raised by the Rollup contract.
type RollupWrongChainId struct {
	Got uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongChainId(uint64 got)
func RollupWrongChainIdErrorID() common.Hash {
	return common.HexToHash("0xd0e403643416444a9be44827ac9d6eeb9a5bcdb324fa4ff783a1a3c696419f2c")
}

// UnpackWrongChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongChainId(uint64 got)
func (rollup *Rollup) UnpackWrongChainIdError(raw []byte) (*RollupWrongChainId, error) {
	out := new(RollupWrongChainId)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongLaunch represents a WrongLaunch error raised by the Rollup contract.
type RollupWrongLaunch struct {
	Launch [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongLaunch(bytes32 launch)
func RollupWrongLaunchErrorID() common.Hash {
	return common.HexToHash("0xd24ce0dec34cb4c2757d331272b85d2ef5571a8d0763c9110767906866b2a538")
}

// UnpackWrongLaunchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongLaunch(bytes32 launch)
func (rollup *Rollup) UnpackWrongLaunchError(raw []byte) (*RollupWrongLaunch, error) {
	out := new(RollupWrongLaunch)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongLaunch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// RollupWrongPrevRoot represents a WrongPrevRoot error raised by the Rollup contract.
type RollupWrongPrevRoot struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongPrevRoot()
func RollupWrongPrevRootErrorID() common.Hash {
	return common.HexToHash("0x421ea63016e8b5675ebdf6ef77afd6923490f820a09fe199e5f0a01550910181")
}

// UnpackWrongPrevRootError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongPrevRoot()
func (rollup *Rollup) UnpackWrongPrevRootError(raw []byte) (*RollupWrongPrevRoot, error) {
	out := new(RollupWrongPrevRoot)
	if err := rollup.abi.UnpackIntoInterface(out, "WrongPrevRoot", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherMetaData contains all meta data concerning the Slasher contract.
var SlasherMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"staking_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"rollup_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"reputation_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"slashBps_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reporterRewardBps_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[],\"name\":\"DifferentBatchIndex\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DifferentHeight\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DifferentRound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DifferentVoteChainId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"DifferentVoteType\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EvidenceAlreadyUsed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"IdenticalAttestations\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientGas\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"vote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"offset\",\"type\":\"uint256\"}],\"name\":\"MalformedVote\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"vote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"field\",\"type\":\"uint256\"}],\"name\":\"MissingVoteField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"vote\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"msgType\",\"type\":\"uint256\"}],\"name\":\"NotAVote\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToSlash\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SameBlockId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"a\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"b\",\"type\":\"address\"}],\"name\":\"SignersDiffer\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"vote\",\"type\":\"uint256\"}],\"name\":\"WrongVoteChainId\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"height\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint32\",\"name\":\"round\",\"type\":\"uint32\"},{\"indexed\":false,\"internalType\":\"uint8\",\"name\":\"voteType\",\"type\":\"uint8\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"DoubleVoteSlashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"EquivocationSlashed\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"cometChainId\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"cometChainIdHash\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"name\":\"evidenceUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reporterRewardBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"reputation\",\"outputs\":[{\"internalType\":\"contractReputationRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"rollup\",\"outputs\":[{\"internalType\":\"contractRollup\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slashBps\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"staking\",\"outputs\":[{\"internalType\":\"contractStakingRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"voteA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"voteB\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"submitDoubleVote\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"launch\",\"type\":\"bytes32\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositEnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"a\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigA\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"uint64\",\"name\":\"chainId\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"batchIndex\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"prevRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"newRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint64\",\"name\":\"firstBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"lastBlock\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositStart\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"depositEnd\",\"type\":\"uint64\"},{\"internalType\":\"bytes32\",\"name\":\"dataCommitment\",\"type\":\"bytes32\"}],\"internalType\":\"structBatchHeader\",\"name\":\"b\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigB\",\"type\":\"bytes\"}],\"name\":\"submitEquivocation\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "Slasher",
	Bin: "0x610160604052348015610010575f5ffd5b50604051612b92380380612b9283398101604081905261002f916102bc565b5f8211801561004057506127108211155b801561004e57506127108111155b6100885760405162461bcd60e51b81526020600482015260076024820152666261642062707360c81b604482015260640160405180910390fd5b6001600160a01b0380861660805284811660a08190529084166101405260c083905260e08290526040805163d6ae3cd560e01b815290515f9261011992909163d6ae3cd5916004808201926020929091908290030181865afa1580156100f0573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610114919061030e565b610135565b805160208201206101005251610120525061046f945050505050565b6040805160148082528183019092526060915f919060208201818036833701905050905060145b610167600a85610363565b6101729060306103a5565b60f81b8261017f836103ca565b92508281518110610192576101926103df565b60200101906001600160f81b03191690815f1a9053506101b3600a856103f3565b9350836001600160401b03165f0361015c575f6101d1826014610421565b6001600160401b038111156101e8576101e861033b565b6040519080825280601f01601f191660200182016040528015610212576020820181803683370190505b5090505f5b8151811015610276578361022b8285610434565b8151811061023b5761023b6103df565b602001015160f81c60f81b828281518110610258576102586103df565b60200101906001600160f81b03191690815f1a905350600101610217565b50806040516020016102889190610447565b6040516020818303038152906040529350505050919050565b80516001600160a01b03811681146102b7575f5ffd5b919050565b5f5f5f5f5f60a086880312156102d0575f5ffd5b6102d9866102a1565b94506102e7602087016102a1565b93506102f5604087016102a1565b6060870151608090970151959894975095949392505050565b5f6020828403121561031e575f5ffd5b81516001600160401b0381168114610334575f5ffd5b9392505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b0383168061037b5761037b61034f565b6001600160401b03929092169190910692915050565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b0381811683821601908111156103c4576103c4610391565b92915050565b5f816103d8576103d8610391565b505f190190565b634e487b7160e01b5f52603260045260245ffd5b5f6001600160401b0383168061040b5761040b61034f565b6001600160401b03929092169190910492915050565b818103818111156103c4576103c4610391565b808201808211156103c4576103c4610391565b656d7963656c2d60d01b81525f82518060208501600685015e5f920160060191825250919050565b60805160a05160c05160e05161010051610120516101405161266461052e5f395f81816101e40152818161104001526110ce01525f6113e301525f818160fc015261142001525f81816102320152610f6101525f818160c201528181610f3501526110fd01525f818161020b015281816102f30152818161036e0152610c7a01525f818161014b01528181610466015281816104e5015281816108f0015281816109d301528181610d4001528181610e8f0152610f8a01526126645ff3fe608060405234801561000f575f5ffd5b50600436106100b9575f3560e01c806392c090d311610072578063c52164c611610058578063c52164c6146101df578063cb23bcb514610206578063cb93f86c1461022d575f5ffd5b806392c090d314610198578063a3c05e22146101ca575f5ffd5b80631c384d64116100a25780631c384d641461011e5780634cf088d9146101465780638f293e6614610185575f5ffd5b80630681e651146100bd578063082cf5e6146100f7575b5f5ffd5b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b6040519081526020015b60405180910390f35b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b61013161012c366004611ed3565b610254565b604080519283526020830191909152016100ee565b61016d7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100ee565b610131610193366004611f73565b610713565b6101ba6101a6366004612041565b5f6020819052908152604090205460ff1681565b60405190151581526020016100ee565b6101d2610c73565b6040516100ee9190612086565b61016d7f000000000000000000000000000000000000000000000000000000000000000081565b61016d7f000000000000000000000000000000000000000000000000000000000000000081565b6100e47f000000000000000000000000000000000000000000000000000000000000000081565b5f8061026660408601602087016120c0565b67ffffffffffffffff1661028060408a0160208b016120c0565b67ffffffffffffffff16146102c1576040517f36a6bc6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f23094f120000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906323094f129061032a908d908d906004016120db565b602060405180830381865afa158015610345573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061036991906121bf565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166323094f128c896040518363ffffffff1660e01b81526004016103ba9291906120db565b602060405180830381865afa1580156103d5573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906103f991906121bf565b9050808203610434576040517fc0547e0500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517fb80871090000000000000000000000000000000000000000000000000000000081525f906001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000169063b8087109906104a19086908e908e9087906004016121fe565b602060405180830381865afa1580156104bc573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104e0919061223e565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663b8087109848a8a60016040518563ffffffff1660e01b815260040161053694939291906121fe565b602060405180830381865afa158015610551573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610575919061223e565b9050806001600160a01b0316826001600160a01b0316146105c157604051630ec6d4d360e41b81526001600160a01b038084166004830152821660248201526044015b60405180910390fd5b61069782838f8f60200160208101906105da91906120c0565b604051602001610646939291906080808252600b908201527f6174746573746174696f6e00000000000000000000000000000000000000000060a08201526001600160a01b03939093166020840152604083019190915267ffffffffffffffff16606082015260c00190565b604051602081830303815290604052805190602001206040518060400160405280600c81526020017f65717569766f636174696f6e0000000000000000000000000000000000000000815250610d02565b9096509450336106ad60408e0160208f016120c0565b67ffffffffffffffff16836001600160a01b03167f589676662bc53dc1aa1718f40f659403d9fef1d7f309ceb68b6cabcdaadd238689896040516106fb929190918252602082015260400190565b60405180910390a45050505097509795505050505050565b5f5f5f6107218b8b5f61117a565b90505f6107308888600161117a565b905061073d8c8c846113d5565b61075c57604051636c3b91fd60e01b81525f60048201526024016105b8565b6107678888836113d5565b61078757604051636c3b91fd60e01b8152600160048201526024016105b8565b80608001518260800151146107c8576040517f0263c05100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8051825160ff90811691161461080a576040517f017746cc00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806020015167ffffffffffffffff16826020015167ffffffffffffffff161461085f576040517f3948ff9600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b806040015163ffffffff16826040015163ffffffff16146108ac576040517f620d5de700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80606001518260600151036108ed576040517ff6ceb38700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663b808710960028f8f60405161092f929190612257565b602060405180830381855afa15801561094a573d5f5f3e3d5ffd5b5050506040513d601f19601f8201168201806040525081019061096d91906121bf565b8d8d5f6040518563ffffffff1660e01b815260040161098f94939291906121fe565b602060405180830381865afa1580156109aa573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109ce919061223e565b90505f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663b808710960028c8c604051610a12929190612257565b602060405180830381855afa158015610a2d573d5f5f3e3d5ffd5b5050506040513d601f19601f82011682018060405250810190610a5091906121bf565b8a8a60016040518563ffffffff1660e01b8152600401610a7394939291906121fe565b602060405180830381865afa158015610a8e573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ab2919061223e565b9050806001600160a01b0316826001600160a01b031614610af957604051630ec6d4d360e41b81526001600160a01b038084166004830152821660248201526044016105b8565b610be78283866080015187602001518860400151895f0151604051602001610b9695949392919060c08082526004908201527f766f74650000000000000000000000000000000000000000000000000000000060e08201526001600160a01b03959095166020860152604085019390935267ffffffffffffffff91909116606084015263ffffffff16608083015260ff1660a08201526101000190565b604051602081830303815290604052805190602001206040518060400160405280600b81526020017f646f75626c652d766f7465000000000000000000000000000000000000000000815250610d02565b6020808701516040808901518951825163ffffffff909216825260ff1693810193909352820184905260608201839052929850909650339167ffffffffffffffff16906001600160a01b038516907f814eec59c81fb2c937a1c4d305f89880a3af84976aae0878dff588873e3e2b099060800160405180910390a4505050509850989650505050505050565b6060610cfd7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663d6ae3cd56040518163ffffffff1660e01b8152600401602060405180830381865afa158015610cd4573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610cf89190612271565b611503565b905090565b6040517f636f35d30000000000000000000000000000000000000000000000000000000081526001600160a01b0384811660048301525f91829182917f00000000000000000000000000000000000000000000000000000000000000009091169063636f35d390602401602060405180830381865afa158015610d87573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610dab919061223e565b90506001600160a01b038116610df8576040517fd7e8a2c20000000000000000000000000000000000000000000000000000000081526001600160a01b03871660048201526024016105b8565b5f8581526020819052604090205460ff1615610e40576040517fc84c217500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f85815260208190526040808220805460ff19166001179055517f13e7c9d80000000000000000000000000000000000000000000000000000000081526001600160a01b0383811660048301527f000000000000000000000000000000000000000000000000000000000000000016906313e7c9d89060240161010060405180830381865afa158015610ed5573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ef991906122bd565b606001516040517f4be9fd9f0000000000000000000000000000000000000000000000000000000081526001600160a01b0389811660048301527f000000000000000000000000000000000000000000000000000000000000000060248301523360448301527f000000000000000000000000000000000000000000000000000000000000000060648301529192507f000000000000000000000000000000000000000000000000000000000000000090911690634be9fd9f9060840160408051808303815f875af1158015610fd1573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610ff59190612372565b90945092505f849003611034576040517f38fbeb3400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b801580159061106b57507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031615155b156111705761107e603f62061a806123bc565b61108b9062061a806123cf565b5a10156110c4576040517f1c26714c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016633c036a7e62061a80836111217f00000000000000000000000000000000000000000000000000000000000000006123e8565b60028a8c6040518763ffffffff1660e01b8152600401611145959493929190612424565b5f604051808303815f88803b15801561115c575f5ffd5b5087f19350505050801561116e575060015b505b5050935093915050565b6111c66040518060e001604052805f60ff1681526020015f67ffffffffffffffff1681526020015f63ffffffff1681526020015f81526020015f81526020015f81526020015f81525090565b825f806111d68784838189611671565b90925090506111e581846124c1565b821461120d576040516334b556fd60e01b8152600481018690525f60248201526044016105b8565b604080515f602080830182905282840182905260608084018390528451808503909101815260808401855280519082012060a0840183905260c084019290925260e08084019290925283518084039092018252610100909201909252815191012060608501525f5b83821015611339575f888884818110611290576112906124d4565b919091013560f881901c925060fb1c905082811115806112b05750600681115b806112ec57507e081119222a320000000000000000000000000000000000000000000000000081600781106112e7576112e76124d4565b1a8214155b15611314576040516334b556fd60e01b815260048101899052602481018590526044016105b8565b9150816113308a8a6113278760016123cf565b898c868d611765565b93505050611275565b845160ff165f036113665760405163b9009fb160e01b8152600481018790525f60248201526044016105b8565b846020015167ffffffffffffffff165f0361139e57604051631f59fc8160e31b815260048101879052600260248201526044016105b8565b60068110156113ca57604051631f59fc8160e31b815260048101879052600660248201526044016105b8565b505050509392505050565b60a081015160c08201515f917f000000000000000000000000000000000000000000000000000000000000000091839161140e916124c1565b905081811080611473575060a08401517f00000000000000000000000000000000000000000000000000000000000000009087908761144d86836123cf565b9261145a939291906124e8565b604051611468929190612257565b604051809103902014155b15611482575f925050506114fc565b818114806114f757506114968260016123cf565b811180156114f757508585838660a001516114b191906123cf565b8181106114c0576114c06124d4565b9050013560f81c60f81b6001600160f81b0319167f2d00000000000000000000000000000000000000000000000000000000000000145b925050505b9392505050565b6040805160148082528183019092526060915f919060208201818036833701905050905060145b611535600a8561250f565b61154090603061253e565b60f81b8261154d8361255e565b92508281518110611560576115606124d4565b60200101906001600160f81b03191690815f1a905350611581600a85612573565b93508367ffffffffffffffff165f0361152a575f6115a08260146124c1565b67ffffffffffffffff8111156115b8576115b861228c565b6040519080825280601f01601f1916602001820160405280156115e2576020820181803683370190505b5090505f5b815181101561164657836115fb82856123cf565b8151811061160b5761160b6124d4565b602001015160f81c60f81b828281518110611628576116286124d4565b60200101906001600160f81b03191690815f1a9053506001016115e7565b508060405160200161165891906125a2565b6040516020818303038152906040529350505050919050565b5f5f5f5b6040811015611737578486106116a8576040516334b556fd60e01b815260048101859052602481018790526044016105b8565b5f8888888181106116bb576116bb6124d4565b607f92013560f81c918216841b9590951794509050608081101561172857801580156116e657508115155b806116f45750604084901c15155b1561171c576040516334b556fd60e01b815260048101869052602481018890526044016105b8565b5050506001840161175b565b50600190950194600701611675565b506040516334b556fd60e01b815260048101849052602481018690526044016105b8565b9550959350505050565b5f826001036117c6575f61177c8989898989611671565b9750905060018114801590611792575080600214155b156117ba5760405163b9009fb160e01b815260048101869052602481018290526044016105b8565b60ff168252508461199e565b600383116118d75760086117da87876124c1565b1015611803576040516334b556fd60e01b815260048101859052602481018790526044016105b8565b5f61180f8989896119a9565b90508360020361187f5767ffffffffffffffff8116158061184257506780000000000000008167ffffffffffffffff1610155b1561186a576040516334b556fd60e01b815260048101869052602481018890526044016105b8565b67ffffffffffffffff811660208401526118c4565b63800000008167ffffffffffffffff16106118b7576040516334b556fd60e01b815260048101869052602481018890526044016105b8565b63ffffffff811660408401525b6118cf8760086123cf565b91505061199e565b5f6118e58989898989611671565b975090506118f387876124c1565b81111561191d576040516334b556fd60e01b815260048101869052602481018890526044016105b8565b5f61192882896123cf565b9050846004036119495761193f8a8a8a848a611a62565b606085015261199a565b846005036119635761195e8a8a8a848a611bf8565b61199a565b61196f81898b8d6124e8565b60405161197d929190612257565b604051908190039020608085015260a0840188905260c084018190525b9150505b979650505050505050565b5f8382846119b88260086123cf565b926119c5939291906124e8565b6119ce916125e1565b60c01c905060088166ff00ff00ff00ff1667ffffffffffffffff16901b60088267ff00ff00ff00ff001667ffffffffffffffff16901c17905060108165ffff0000ffff1667ffffffffffffffff16901b60108267ffff0000ffff00001667ffffffffffffffff16901c17905060208167ffffffffffffffff16901b60208267ffffffffffffffff16901c1790509392505050565b604080515f6020808301829052828401829052606080840183905284518085039091018152608090930190935281519190920120819081905f5b86881015611bb9575f8a8a8a818110611ab757611ab76124d4565b919091013560f81c915050600a81148015611ad25750600182105b15611afd5760019150611af18b8b611aea8c866123cf565b8b8b611d1f565b9a509095509350611bb3565b806012148015611b0d5750600282105b15611b9057600291505f611b2e8c8c611b278d60016123cf565b8c8c611671565b9a509050611b3c8a8a6124c1565b811115611b66576040516334b556fd60e01b815260048101899052602481018b90526044016105b8565b611b7c8c8c8c611b7685826123cf565b8c611dc4565b9350611b88818b6123cf565b995050611bb3565b6040516334b556fd60e01b815260048101889052602481018a90526044016105b8565b50611a9c565b604080516020808201879052818301869052606080830186905283518084039091018152608090920190925280519101209a9950505050505050505050565b5f5b82841015611d17575f868686818110611c1557611c156124d4565b919091013560f81c915050600881148015611c305750600182105b15611ca957600191505f611c508888611c4989876123cf565b8888611671565b96509050643afff441808110801590611c70575067fffffff1886e090081105b15611ca35783611c816001886124c1565b6040516334b556fd60e01b8152600481019290925260248201526044016105b8565b50611d11565b806010148015611cb95750600282105b15611cee57600291505f611cd38888611c498960016123cf565b96509050633b9aca008110611ca35783611c816001886124c1565b6040516334b556fd60e01b815260048101849052602481018690526044016105b8565b50611bfa565b505050505050565b5f5f5f611d2f8888888888611671565b965092508215801590611d43575082602014155b80611d565750611d5386866124c1565b83115b15611d7e576040516334b556fd60e01b815260048101859052602481018790526044016105b8565b82602003611dad57878688611d948260206123cf565b92611da1939291906124e8565b611daa91612647565b91505b611db783876123cf565b9050955095509592505050565b5f5f5f5f5f5b86881015611bb9575f8a8a8a818110611de557611de56124d4565b919091013560f81c915050600881148015611e005750600182105b15611e405760019150611e1f8b8b611e188c866123cf565b8b8b611671565b9950945063ffffffff851115611e3b5786611c8160018b6124c1565b611e71565b806012148015611e505750600282105b15611b905760029150611e698b8b611aea8c60016123cf565b9a5090945092505b50611dca565b5f6101208284031215611e88575f5ffd5b50919050565b5f5f83601f840112611e9e575f5ffd5b50813567ffffffffffffffff811115611eb5575f5ffd5b602083019150836020828501011115611ecc575f5ffd5b9250929050565b5f5f5f5f5f5f5f6102a0888a031215611eea575f5ffd5b87359650611efb8960208a01611e77565b955061014088013567ffffffffffffffff811115611f17575f5ffd5b611f238a828b01611e8e565b9096509450611f389050896101608a01611e77565b925061028088013567ffffffffffffffff811115611f54575f5ffd5b611f608a828b01611e8e565b989b979a50959850939692959293505050565b5f5f5f5f5f5f5f5f6080898b031215611f8a575f5ffd5b883567ffffffffffffffff811115611fa0575f5ffd5b611fac8b828c01611e8e565b909950975050602089013567ffffffffffffffff811115611fcb575f5ffd5b611fd78b828c01611e8e565b909750955050604089013567ffffffffffffffff811115611ff6575f5ffd5b6120028b828c01611e8e565b909550935050606089013567ffffffffffffffff811115612021575f5ffd5b61202d8b828c01611e8e565b999c989b5096995094979396929594505050565b5f60208284031215612051575f5ffd5b5035919050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b602081525f6114fc6020830184612058565b67ffffffffffffffff811681146120ad575f5ffd5b50565b80356120bb81612098565b919050565b5f602082840312156120d0575f5ffd5b81356114fc81612098565b828152610140810182356120ee81612098565b67ffffffffffffffff811660208401525061210b602084016120b0565b67ffffffffffffffff811660408401525060408301356060838101919091528301356080808401919091526121419084016120b0565b67ffffffffffffffff811660a08401525061215e60a084016120b0565b67ffffffffffffffff811660c08401525061217b60c084016120b0565b67ffffffffffffffff811660e08401525061219860e084016120b0565b67ffffffffffffffff81166101008401525061010092909201356101209190910152919050565b5f602082840312156121cf575f5ffd5b5051919050565b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b848152606060208201525f6122176060830185876121d6565b905082604083015295945050505050565b80516001600160a01b03811681146120bb575f5ffd5b5f6020828403121561224e575f5ffd5b6114fc82612228565b818382375f9101908152919050565b80516120bb81612098565b5f60208284031215612281575f5ffd5b81516114fc81612098565b634e487b7160e01b5f52604160045260245ffd5b8051600281106120bb575f5ffd5b805180151581146120bb575f5ffd5b5f6101008284031280156122cf575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561230057634e487b7160e01b5f52604160045260245ffd5b60405261230c83612228565b815261231a602084016122a0565b602082015261232b604084016122ae565b6040820152606083810151908201526080808401519082015260a0808401519082015261235a60c08401612266565b60c082015260e0928301519281019290925250919050565b5f5f60408385031215612383575f5ffd5b505080516020909101519092909150565b634e487b7160e01b5f52601260045260245ffd5b634e487b7160e01b5f52601160045260245ffd5b5f826123ca576123ca612394565b500490565b808201808211156123e2576123e26123a8565b92915050565b5f81600f0b7fffffffffffffffffffffffffffffffff80000000000000000000000000000000810361241c5761241c6123a8565b5f0392915050565b85815284600f0b602082015260ff84166040820152610100606082015260076101008201527f736c61736865640000000000000000000000000000000000000000000000000061012082015261014060808201525f612487610140830185612058565b82810360a084018190525f8252602090810160c085015281016124ad815f815260200190565b925050508260e08301529695505050505050565b818103818111156123e2576123e26123a8565b634e487b7160e01b5f52603260045260245ffd5b5f5f858511156124f6575f5ffd5b83861115612502575f5ffd5b5050820193919092039150565b5f67ffffffffffffffff83168061252857612528612394565b8067ffffffffffffffff84160691505092915050565b67ffffffffffffffff81811683821601908111156123e2576123e26123a8565b5f8161256c5761256c6123a8565b505f190190565b5f67ffffffffffffffff83168061258c5761258c612394565b8067ffffffffffffffff84160491505092915050565b7f6d7963656c2d000000000000000000000000000000000000000000000000000081525f82518060208501600685015e5f920160060191825250919050565b80357fffffffffffffffff0000000000000000000000000000000000000000000000008116906008841015612640577fffffffffffffffff000000000000000000000000000000000000000000000000808560080360031b1b82161691505b5092915050565b803560208310156123e2575f19602084900360031b1b169291505056",
}

// Slasher is an auto generated Go binding around an Ethereum contract.
type Slasher struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Slasher) GetABI() abi.ABI {
	return c.abi
}

// NewSlasher creates a new instance of Slasher.
func NewSlasher() *Slasher {
	parsed, err := SlasherMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Slasher{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Slasher) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address staking_, address rollup_, address reputation_, uint256 slashBps_, uint256 reporterRewardBps_) returns()
func (slasher *Slasher) PackConstructor(staking_ common.Address, rollup_ common.Address, reputation_ common.Address, slashBps_ *big.Int, reporterRewardBps_ *big.Int) []byte {
	enc, err := slasher.abi.Pack("", staking_, rollup_, reputation_, slashBps_, reporterRewardBps_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackCometChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3c05e22.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cometChainId() view returns(string)
func (slasher *Slasher) PackCometChainId() []byte {
	enc, err := slasher.abi.Pack("cometChainId")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCometChainId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa3c05e22.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cometChainId() view returns(string)
func (slasher *Slasher) TryPackCometChainId() ([]byte, error) {
	return slasher.abi.Pack("cometChainId")
}

// UnpackCometChainId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa3c05e22.
//
// Solidity: function cometChainId() view returns(string)
func (slasher *Slasher) UnpackCometChainId(data []byte) (string, error) {
	out, err := slasher.abi.Unpack("cometChainId", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackCometChainIdHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x082cf5e6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function cometChainIdHash() view returns(bytes32)
func (slasher *Slasher) PackCometChainIdHash() []byte {
	enc, err := slasher.abi.Pack("cometChainIdHash")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCometChainIdHash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x082cf5e6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function cometChainIdHash() view returns(bytes32)
func (slasher *Slasher) TryPackCometChainIdHash() ([]byte, error) {
	return slasher.abi.Pack("cometChainIdHash")
}

// UnpackCometChainIdHash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x082cf5e6.
//
// Solidity: function cometChainIdHash() view returns(bytes32)
func (slasher *Slasher) UnpackCometChainIdHash(data []byte) ([32]byte, error) {
	out, err := slasher.abi.Unpack("cometChainIdHash", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackEvidenceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92c090d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function evidenceUsed(bytes32 ) view returns(bool)
func (slasher *Slasher) PackEvidenceUsed(arg0 [32]byte) []byte {
	enc, err := slasher.abi.Pack("evidenceUsed", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEvidenceUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x92c090d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function evidenceUsed(bytes32 ) view returns(bool)
func (slasher *Slasher) TryPackEvidenceUsed(arg0 [32]byte) ([]byte, error) {
	return slasher.abi.Pack("evidenceUsed", arg0)
}

// UnpackEvidenceUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x92c090d3.
//
// Solidity: function evidenceUsed(bytes32 ) view returns(bool)
func (slasher *Slasher) UnpackEvidenceUsed(data []byte) (bool, error) {
	out, err := slasher.abi.Unpack("evidenceUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackReporterRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb93f86c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reporterRewardBps() view returns(uint256)
func (slasher *Slasher) PackReporterRewardBps() []byte {
	enc, err := slasher.abi.Pack("reporterRewardBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReporterRewardBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb93f86c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reporterRewardBps() view returns(uint256)
func (slasher *Slasher) TryPackReporterRewardBps() ([]byte, error) {
	return slasher.abi.Pack("reporterRewardBps")
}

// UnpackReporterRewardBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb93f86c.
//
// Solidity: function reporterRewardBps() view returns(uint256)
func (slasher *Slasher) UnpackReporterRewardBps(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("reporterRewardBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc52164c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reputation() view returns(address)
func (slasher *Slasher) PackReputation() []byte {
	enc, err := slasher.abi.Pack("reputation")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReputation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc52164c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reputation() view returns(address)
func (slasher *Slasher) TryPackReputation() ([]byte, error) {
	return slasher.abi.Pack("reputation")
}

// UnpackReputation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc52164c6.
//
// Solidity: function reputation() view returns(address)
func (slasher *Slasher) UnpackReputation(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("reputation", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function rollup() view returns(address)
func (slasher *Slasher) PackRollup() []byte {
	enc, err := slasher.abi.Pack("rollup")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRollup is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcb23bcb5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function rollup() view returns(address)
func (slasher *Slasher) TryPackRollup() ([]byte, error) {
	return slasher.abi.Pack("rollup")
}

// UnpackRollup is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcb23bcb5.
//
// Solidity: function rollup() view returns(address)
func (slasher *Slasher) UnpackRollup(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("rollup", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0681e651.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slashBps() view returns(uint256)
func (slasher *Slasher) PackSlashBps() []byte {
	enc, err := slasher.abi.Pack("slashBps")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlashBps is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0681e651.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slashBps() view returns(uint256)
func (slasher *Slasher) TryPackSlashBps() ([]byte, error) {
	return slasher.abi.Pack("slashBps")
}

// UnpackSlashBps is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0681e651.
//
// Solidity: function slashBps() view returns(uint256)
func (slasher *Slasher) UnpackSlashBps(data []byte) (*big.Int, error) {
	out, err := slasher.abi.Unpack("slashBps", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function staking() view returns(address)
func (slasher *Slasher) PackStaking() []byte {
	enc, err := slasher.abi.Pack("staking")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStaking is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4cf088d9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function staking() view returns(address)
func (slasher *Slasher) TryPackStaking() ([]byte, error) {
	return slasher.abi.Pack("staking")
}

// UnpackStaking is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4cf088d9.
//
// Solidity: function staking() view returns(address)
func (slasher *Slasher) UnpackStaking(data []byte) (common.Address, error) {
	out, err := slasher.abi.Unpack("staking", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackSubmitDoubleVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f293e66.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitDoubleVote(bytes voteA, bytes sigA, bytes voteB, bytes sigB) returns(uint256 amount, uint256 reward)
func (slasher *Slasher) PackSubmitDoubleVote(voteA []byte, sigA []byte, voteB []byte, sigB []byte) []byte {
	enc, err := slasher.abi.Pack("submitDoubleVote", voteA, sigA, voteB, sigB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitDoubleVote is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8f293e66.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitDoubleVote(bytes voteA, bytes sigA, bytes voteB, bytes sigB) returns(uint256 amount, uint256 reward)
func (slasher *Slasher) TryPackSubmitDoubleVote(voteA []byte, sigA []byte, voteB []byte, sigB []byte) ([]byte, error) {
	return slasher.abi.Pack("submitDoubleVote", voteA, sigA, voteB, sigB)
}

// SubmitDoubleVoteOutput serves as a container for the return parameters of contract
// method SubmitDoubleVote.
type SubmitDoubleVoteOutput struct {
	Amount *big.Int
	Reward *big.Int
}

// UnpackSubmitDoubleVote is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8f293e66.
//
// Solidity: function submitDoubleVote(bytes voteA, bytes sigA, bytes voteB, bytes sigB) returns(uint256 amount, uint256 reward)
func (slasher *Slasher) UnpackSubmitDoubleVote(data []byte) (SubmitDoubleVoteOutput, error) {
	out, err := slasher.abi.Unpack("submitDoubleVote", data)
	outstruct := new(SubmitDoubleVoteOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reward = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSubmitEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c384d64.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function submitEquivocation(bytes32 launch, (uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) a, bytes sigA, (uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) b, bytes sigB) returns(uint256 amount, uint256 reward)
func (slasher *Slasher) PackSubmitEquivocation(launch [32]byte, a BatchHeader, sigA []byte, b BatchHeader, sigB []byte) []byte {
	enc, err := slasher.abi.Pack("submitEquivocation", launch, a, sigA, b, sigB)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSubmitEquivocation is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c384d64.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function submitEquivocation(bytes32 launch, (uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) a, bytes sigA, (uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) b, bytes sigB) returns(uint256 amount, uint256 reward)
func (slasher *Slasher) TryPackSubmitEquivocation(launch [32]byte, a BatchHeader, sigA []byte, b BatchHeader, sigB []byte) ([]byte, error) {
	return slasher.abi.Pack("submitEquivocation", launch, a, sigA, b, sigB)
}

// SubmitEquivocationOutput serves as a container for the return parameters of contract
// method SubmitEquivocation.
type SubmitEquivocationOutput struct {
	Amount *big.Int
	Reward *big.Int
}

// UnpackSubmitEquivocation is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1c384d64.
//
// Solidity: function submitEquivocation(bytes32 launch, (uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) a, bytes sigA, (uint64,uint64,bytes32,bytes32,uint64,uint64,uint64,uint64,bytes32) b, bytes sigB) returns(uint256 amount, uint256 reward)
func (slasher *Slasher) UnpackSubmitEquivocation(data []byte) (SubmitEquivocationOutput, error) {
	out, err := slasher.abi.Unpack("submitEquivocation", data)
	outstruct := new(SubmitEquivocationOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reward = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// SlasherDoubleVoteSlashed represents a DoubleVoteSlashed event raised by the Slasher contract.
type SlasherDoubleVoteSlashed struct {
	Signer   common.Address
	Height   uint64
	Reporter common.Address
	Round    uint32
	VoteType uint8
	Amount   *big.Int
	Reward   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const SlasherDoubleVoteSlashedEventName = "DoubleVoteSlashed"

// ContractEventName returns the user-defined event name.
func (SlasherDoubleVoteSlashed) ContractEventName() string {
	return SlasherDoubleVoteSlashedEventName
}

// UnpackDoubleVoteSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DoubleVoteSlashed(address indexed signer, uint64 indexed height, address indexed reporter, uint32 round, uint8 voteType, uint256 amount, uint256 reward)
func (slasher *Slasher) UnpackDoubleVoteSlashedEvent(log *types.Log) (*SlasherDoubleVoteSlashed, error) {
	event := "DoubleVoteSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherDoubleVoteSlashed)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SlasherEquivocationSlashed represents a EquivocationSlashed event raised by the Slasher contract.
type SlasherEquivocationSlashed struct {
	Signer     common.Address
	BatchIndex uint64
	Reporter   common.Address
	Amount     *big.Int
	Reward     *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SlasherEquivocationSlashedEventName = "EquivocationSlashed"

// ContractEventName returns the user-defined event name.
func (SlasherEquivocationSlashed) ContractEventName() string {
	return SlasherEquivocationSlashedEventName
}

// UnpackEquivocationSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event EquivocationSlashed(address indexed signer, uint64 indexed batchIndex, address indexed reporter, uint256 amount, uint256 reward)
func (slasher *Slasher) UnpackEquivocationSlashedEvent(log *types.Log) (*SlasherEquivocationSlashed, error) {
	event := "EquivocationSlashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != slasher.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SlasherEquivocationSlashed)
	if len(log.Data) > 0 {
		if err := slasher.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range slasher.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (slasher *Slasher) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], slasher.abi.Errors["DifferentBatchIndex"].ID.Bytes()[:4]) {
		return slasher.UnpackDifferentBatchIndexError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["DifferentHeight"].ID.Bytes()[:4]) {
		return slasher.UnpackDifferentHeightError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["DifferentRound"].ID.Bytes()[:4]) {
		return slasher.UnpackDifferentRoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["DifferentVoteChainId"].ID.Bytes()[:4]) {
		return slasher.UnpackDifferentVoteChainIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["DifferentVoteType"].ID.Bytes()[:4]) {
		return slasher.UnpackDifferentVoteTypeError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["EvidenceAlreadyUsed"].ID.Bytes()[:4]) {
		return slasher.UnpackEvidenceAlreadyUsedError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["IdenticalAttestations"].ID.Bytes()[:4]) {
		return slasher.UnpackIdenticalAttestationsError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["InsufficientGas"].ID.Bytes()[:4]) {
		return slasher.UnpackInsufficientGasError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["MalformedVote"].ID.Bytes()[:4]) {
		return slasher.UnpackMalformedVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["MissingVoteField"].ID.Bytes()[:4]) {
		return slasher.UnpackMissingVoteFieldError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["NotAVote"].ID.Bytes()[:4]) {
		return slasher.UnpackNotAVoteError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["NothingToSlash"].ID.Bytes()[:4]) {
		return slasher.UnpackNothingToSlashError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["SameBlockId"].ID.Bytes()[:4]) {
		return slasher.UnpackSameBlockIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["SignersDiffer"].ID.Bytes()[:4]) {
		return slasher.UnpackSignersDifferError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["UnknownSigner"].ID.Bytes()[:4]) {
		return slasher.UnpackUnknownSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], slasher.abi.Errors["WrongVoteChainId"].ID.Bytes()[:4]) {
		return slasher.UnpackWrongVoteChainIdError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SlasherDifferentBatchIndex represents a DifferentBatchIndex error raised by the Slasher contract.
type SlasherDifferentBatchIndex struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DifferentBatchIndex()
func SlasherDifferentBatchIndexErrorID() common.Hash {
	return common.HexToHash("0x36a6bc600bde3272889df603b94a1c20ebaf5d4e425da94644cfa4a2d3f6763f")
}

// UnpackDifferentBatchIndexError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DifferentBatchIndex()
func (slasher *Slasher) UnpackDifferentBatchIndexError(raw []byte) (*SlasherDifferentBatchIndex, error) {
	out := new(SlasherDifferentBatchIndex)
	if err := slasher.abi.UnpackIntoInterface(out, "DifferentBatchIndex", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherDifferentHeight represents a DifferentHeight error raised by the Slasher contract.
type SlasherDifferentHeight struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DifferentHeight()
func SlasherDifferentHeightErrorID() common.Hash {
	return common.HexToHash("0x3948ff96e7004be8cd318e4c2a92e09cc85aab4e02eccd2a57dbd05887c5e4b1")
}

// UnpackDifferentHeightError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DifferentHeight()
func (slasher *Slasher) UnpackDifferentHeightError(raw []byte) (*SlasherDifferentHeight, error) {
	out := new(SlasherDifferentHeight)
	if err := slasher.abi.UnpackIntoInterface(out, "DifferentHeight", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherDifferentRound represents a DifferentRound error raised by the Slasher contract.
type SlasherDifferentRound struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DifferentRound()
func SlasherDifferentRoundErrorID() common.Hash {
	return common.HexToHash("0x620d5de700178d7534b0cdf84ac4f5ea904e0de3f7f55418277f1ba078463a15")
}

// UnpackDifferentRoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DifferentRound()
func (slasher *Slasher) UnpackDifferentRoundError(raw []byte) (*SlasherDifferentRound, error) {
	out := new(SlasherDifferentRound)
	if err := slasher.abi.UnpackIntoInterface(out, "DifferentRound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherDifferentVoteChainId represents a DifferentVoteChainId error raised by the Slasher contract.
type SlasherDifferentVoteChainId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DifferentVoteChainId()
func SlasherDifferentVoteChainIdErrorID() common.Hash {
	return common.HexToHash("0x0263c051985985a78bb427220809691b19000e69783e5162949fcd63d3113b8a")
}

// UnpackDifferentVoteChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DifferentVoteChainId()
func (slasher *Slasher) UnpackDifferentVoteChainIdError(raw []byte) (*SlasherDifferentVoteChainId, error) {
	out := new(SlasherDifferentVoteChainId)
	if err := slasher.abi.UnpackIntoInterface(out, "DifferentVoteChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherDifferentVoteType represents a DifferentVoteType error raised by the Slasher contract.
type SlasherDifferentVoteType struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error DifferentVoteType()
func SlasherDifferentVoteTypeErrorID() common.Hash {
	return common.HexToHash("0x017746ccf1eb7be565bcdc51e934ecb3306c10b26be505f8ee3473e497be7c32")
}

// UnpackDifferentVoteTypeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error DifferentVoteType()
func (slasher *Slasher) UnpackDifferentVoteTypeError(raw []byte) (*SlasherDifferentVoteType, error) {
	out := new(SlasherDifferentVoteType)
	if err := slasher.abi.UnpackIntoInterface(out, "DifferentVoteType", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherEvidenceAlreadyUsed represents a EvidenceAlreadyUsed error raised by the Slasher contract.
type SlasherEvidenceAlreadyUsed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EvidenceAlreadyUsed()
func SlasherEvidenceAlreadyUsedErrorID() common.Hash {
	return common.HexToHash("0xc84c2175b2d0baea922f0bb9ea0a9853a958eb205ff67c77d0b2f7e52520f93d")
}

// UnpackEvidenceAlreadyUsedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EvidenceAlreadyUsed()
func (slasher *Slasher) UnpackEvidenceAlreadyUsedError(raw []byte) (*SlasherEvidenceAlreadyUsed, error) {
	out := new(SlasherEvidenceAlreadyUsed)
	if err := slasher.abi.UnpackIntoInterface(out, "EvidenceAlreadyUsed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherIdenticalAttestations represents a IdenticalAttestations error raised by the Slasher contract.
type SlasherIdenticalAttestations struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error IdenticalAttestations()
func SlasherIdenticalAttestationsErrorID() common.Hash {
	return common.HexToHash("0xc0547e058b34ee8694c63e645cc3d418965358ab16aa3afbe1a0d63e6f2a3083")
}

// UnpackIdenticalAttestationsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error IdenticalAttestations()
func (slasher *Slasher) UnpackIdenticalAttestationsError(raw []byte) (*SlasherIdenticalAttestations, error) {
	out := new(SlasherIdenticalAttestations)
	if err := slasher.abi.UnpackIntoInterface(out, "IdenticalAttestations", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherInsufficientGas represents a InsufficientGas error raised by the Slasher contract.
type SlasherInsufficientGas struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientGas()
func SlasherInsufficientGasErrorID() common.Hash {
	return common.HexToHash("0x1c26714c035362f785e44b6773a87881da86705e5698c55bb550907617bb1353")
}

// UnpackInsufficientGasError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientGas()
func (slasher *Slasher) UnpackInsufficientGasError(raw []byte) (*SlasherInsufficientGas, error) {
	out := new(SlasherInsufficientGas)
	if err := slasher.abi.UnpackIntoInterface(out, "InsufficientGas", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherMalformedVote represents a MalformedVote error raised by the Slasher contract.
type SlasherMalformedVote struct {
	Vote   *big.Int
	Offset *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MalformedVote(uint256 vote, uint256 offset)
func SlasherMalformedVoteErrorID() common.Hash {
	return common.HexToHash("0x34b556fda7ae95aa26379a93a1f0a6cf7de543eee698582a0ce0e6a4c90419d8")
}

// UnpackMalformedVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MalformedVote(uint256 vote, uint256 offset)
func (slasher *Slasher) UnpackMalformedVoteError(raw []byte) (*SlasherMalformedVote, error) {
	out := new(SlasherMalformedVote)
	if err := slasher.abi.UnpackIntoInterface(out, "MalformedVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherMissingVoteField represents a MissingVoteField error raised by the Slasher contract.
type SlasherMissingVoteField struct {
	Vote  *big.Int
	Field *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MissingVoteField(uint256 vote, uint256 field)
func SlasherMissingVoteFieldErrorID() common.Hash {
	return common.HexToHash("0xfacfe408cb7443adde48888b6b51586c1890bd7d44d582d4495a4af7fd697e36")
}

// UnpackMissingVoteFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MissingVoteField(uint256 vote, uint256 field)
func (slasher *Slasher) UnpackMissingVoteFieldError(raw []byte) (*SlasherMissingVoteField, error) {
	out := new(SlasherMissingVoteField)
	if err := slasher.abi.UnpackIntoInterface(out, "MissingVoteField", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherNotAVote represents a NotAVote error raised by the Slasher contract.
type SlasherNotAVote struct {
	Vote    *big.Int
	MsgType *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAVote(uint256 vote, uint256 msgType)
func SlasherNotAVoteErrorID() common.Hash {
	return common.HexToHash("0xb9009fb161187fe540cf5dd6341df37271fc2b7ebb3271c6c511f823965c2ce6")
}

// UnpackNotAVoteError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAVote(uint256 vote, uint256 msgType)
func (slasher *Slasher) UnpackNotAVoteError(raw []byte) (*SlasherNotAVote, error) {
	out := new(SlasherNotAVote)
	if err := slasher.abi.UnpackIntoInterface(out, "NotAVote", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherNothingToSlash represents a NothingToSlash error raised by the Slasher contract.
type SlasherNothingToSlash struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToSlash()
func SlasherNothingToSlashErrorID() common.Hash {
	return common.HexToHash("0x38fbeb34fc70fd7612ecd7603d509005316bc8c3f394bef31ead760e49cbd86f")
}

// UnpackNothingToSlashError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToSlash()
func (slasher *Slasher) UnpackNothingToSlashError(raw []byte) (*SlasherNothingToSlash, error) {
	out := new(SlasherNothingToSlash)
	if err := slasher.abi.UnpackIntoInterface(out, "NothingToSlash", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSameBlockId represents a SameBlockId error raised by the Slasher contract.
type SlasherSameBlockId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SameBlockId()
func SlasherSameBlockIdErrorID() common.Hash {
	return common.HexToHash("0xf6ceb387ee6b6ee46ea45a9ea5c6305023496e202ddb596c0d6f123177011606")
}

// UnpackSameBlockIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SameBlockId()
func (slasher *Slasher) UnpackSameBlockIdError(raw []byte) (*SlasherSameBlockId, error) {
	out := new(SlasherSameBlockId)
	if err := slasher.abi.UnpackIntoInterface(out, "SameBlockId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherSignersDiffer represents a SignersDiffer error raised by the Slasher contract.
type SlasherSignersDiffer struct {
	A common.Address
	B common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersDiffer(address a, address b)
func SlasherSignersDifferErrorID() common.Hash {
	return common.HexToHash("0xec6d4d30ff69ff6671b8054f0bffcd23428a9badfcb71f6acbdaebd99d9c7da2")
}

// UnpackSignersDifferError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersDiffer(address a, address b)
func (slasher *Slasher) UnpackSignersDifferError(raw []byte) (*SlasherSignersDiffer, error) {
	out := new(SlasherSignersDiffer)
	if err := slasher.abi.UnpackIntoInterface(out, "SignersDiffer", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherUnknownSigner represents a UnknownSigner error raised by the Slasher contract.
type SlasherUnknownSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSigner(address signer)
func SlasherUnknownSignerErrorID() common.Hash {
	return common.HexToHash("0xd7e8a2c26fd6e574581d4dadb54adcae8e49f64b22b2d5386731d559357f82c3")
}

// UnpackUnknownSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSigner(address signer)
func (slasher *Slasher) UnpackUnknownSignerError(raw []byte) (*SlasherUnknownSigner, error) {
	out := new(SlasherUnknownSigner)
	if err := slasher.abi.UnpackIntoInterface(out, "UnknownSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SlasherWrongVoteChainId represents a WrongVoteChainId error raised by the Slasher contract.
type SlasherWrongVoteChainId struct {
	Vote *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error WrongVoteChainId(uint256 vote)
func SlasherWrongVoteChainIdErrorID() common.Hash {
	return common.HexToHash("0x6c3b91fd3449dda562cb0cf3d666972d809f77f3d6a6d3d01727597c72ecec2f")
}

// UnpackWrongVoteChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error WrongVoteChainId(uint256 vote)
func (slasher *Slasher) UnpackWrongVoteChainIdError(raw []byte) (*SlasherWrongVoteChainId, error) {
	out := new(SlasherWrongVoteChainId)
	if err := slasher.abi.UnpackIntoInterface(out, "WrongVoteChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryMetaData contains all meta data concerning the StakingRegistry contract.
var StakingRegistryMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"identity_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"slasher_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"minStake_\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingDelay_\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"epochDuration_\",\"type\":\"uint64\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"AgentAlreadyLinked\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"AlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadPublicKey\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"BadSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"BadV\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minimum\",\"type\":\"uint256\"}],\"name\":\"BelowMinimumStake\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"EmptyCertificate\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"HighS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"HumanWithAgentId\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"requested\",\"type\":\"uint256\"}],\"name\":\"InsufficientBonded\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProofOfPossession\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Jailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"KeyAlreadyRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotAgent\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"NotAgentOwner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NotRegistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToWithdraw\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"OnlySlasher\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"Reentrancy\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"SignersNotAscending\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"StakeTooLarge\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"TransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"}],\"name\":\"UnbondingNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"UnknownSigner\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ZeroAmount\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"AgentLinked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumStakingRegistry.UnlinkReason\",\"name\":\"reason\",\"type\":\"uint8\"}],\"name\":\"AgentUnlinked\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"enumStakingRegistry.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"indexed\":true,\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveEpoch\",\"type\":\"uint64\"}],\"name\":\"OperatorRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"name\":\"Slashed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"effectiveEpoch\",\"type\":\"uint64\"}],\"name\":\"StakeChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"}],\"name\":\"UnbondRequested\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"Withdrawn\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"BPS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"addStake\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"agentLinkValid\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"agentOperator\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"who\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"controlsAgent\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"currentEpoch\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"epochDuration\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"genesisTime\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"identity\",\"outputs\":[{\"internalType\":\"contractIIdentityRegistry\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"isJailed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"}],\"name\":\"linkAgent\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"nextStakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"nextTotalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"operatorOf\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"operators\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"enumStakingRegistry.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"bool\",\"name\":\"jailed\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bonded\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"unbonding\",\"type\":\"uint256\"},{\"internalType\":\"uint64\",\"name\":\"unbondingEnd\",\"type\":\"uint64\"},{\"internalType\":\"uint256\",\"name\":\"withdrawable\",\"type\":\"uint256\"}],\"internalType\":\"structStakingRegistry.Operator\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"}],\"name\":\"popDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"index\",\"type\":\"uint256\"}],\"name\":\"recoverStrict\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"enumStakingRegistry.Kind\",\"name\":\"kind\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"agentId\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"publicKey\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"popSignature\",\"type\":\"bytes\"}],\"name\":\"register\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"requestUnbond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"bps\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"reporter\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"rewardBps\",\"type\":\"uint256\"}],\"name\":\"slash\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"reward\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"slasher\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"signer\",\"type\":\"address\"}],\"name\":\"stakeOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalHeld\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"unbondingDelay\",\"outputs\":[{\"internalType\":\"uint64\",\"name\":\"\",\"type\":\"uint64\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"digest\",\"type\":\"bytes32\"},{\"internalType\":\"bytes\",\"name\":\"sigs\",\"type\":\"bytes\"}],\"name\":\"verifyCertificate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"signedStake\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"signersHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"withdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "StakingRegistry",
	Bin: "0x610140604052348015610010575f5ffd5b506040516126c13803806126c183398101604081905261002f916100eb565b5f8311801561004657505f816001600160401b0316115b6100835760405162461bcd60e51b815260206004820152600a60248201526962616420636f6e66696760b01b604482015260640160405180910390fd5b6001600160a01b039485166080529290931660a05260c0526001600160401b0391821660e052811661010052421661012052610145565b80516001600160a01b03811681146100d0575f5ffd5b919050565b80516001600160401b03811681146100d0575f5ffd5b5f5f5f5f5f60a086880312156100ff575f5ffd5b610108866100ba565b9450610116602087016100ba565b93506040860151925061012b606087016100d5565b9150610139608087016100d5565b90509295509295909350565b60805160a05160c05160e05161010051610120516124d36101ee5f395f81816103ab01526110a201525f818161042b015261107e01525f81816105c001528181610b400152610e8901525f818161034301528181610def01528181610e2b01528181610fa101528181610ffc015281816116f10152818161177501526117af01525f818161053401526109a801525f81816102f801528181611478015261155701526124d35ff3fe6080604052600436106101af575f3560e01c806362a0f04b116100e7578063da2802b911610087578063ec9b116011610062578063ec9b116014610601578063f1b584b514610620578063f43cc7731461063f578063f6bed96114610654575f5ffd5b8063da2802b914610575578063db7dd35a146105af578063eaf882c6146105e2575f5ffd5b806376671808116100c257806376671808146104fb5780638b0e9f3f1461050f578063b134427114610523578063b808710914610556575f5ffd5b806362a0f04b14610474578063636f35d3146104935780636e342d5f146104c7575f5ffd5b80633ccfd60b116101525780634be9fd9f1161012d5780634be9fd9f146103e65780634ff0876a1461041a57806354f63b141461044d5780635a627dbc1461046c575f5ffd5b80633ccfd60b14610365578063426233601461037b57806342c6498a1461039a575f5ffd5b806314bfb5271161018d57806314bfb52714610284578063249d39e9146102d25780632c159a1a146102e7578063375b3c0a14610332575f5ffd5b806303a71456146101b357806304d3b7c41461024457806313e7c9d814610258575b5f5ffd5b3480156101be575f5ffd5b506102316101cd366004612084565b6040516b6d7963656c2e706f702e763160a01b602082015246602c82015230606090811b6bffffffffffffffffffffffff19908116604c84015283821b16908201525f90607401604051602081830303815290604052805190602001209050919050565b6040519081526020015b60405180910390f35b34801561024f575f5ffd5b50610231610667565b348015610263575f5ffd5b50610277610272366004612084565b61068b565b60405161023b91906120c7565b34801561028f575f5ffd5b506102c261029e366004612084565b6001600160a01b03165f90815260208190526040902054600160a81b900460ff1690565b604051901515815260200161023b565b3480156102dd575f5ffd5b5061023161271081565b3480156102f2575f5ffd5b5061031a7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161023b565b34801561033d575f5ffd5b506102317f000000000000000000000000000000000000000000000000000000000000000081565b348015610370575f5ffd5b5061037961078f565b005b348015610386575f5ffd5b50610231610395366004612084565b610940565b3480156103a5575f5ffd5b506103cd7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff909116815260200161023b565b3480156103f1575f5ffd5b5061040561040036600461213b565b61096a565b6040805192835260208301919091520161023b565b348015610425575f5ffd5b506103cd7f000000000000000000000000000000000000000000000000000000000000000081565b348015610458575f5ffd5b50610379610467366004612180565b610d2c565b610379610f1f565b34801561047f575f5ffd5b5061023161048e366004612084565b61105b565b34801561049e575f5ffd5b5061031a6104ad366004612084565b60016020525f90815260409020546001600160a01b031681565b3480156104d2575f5ffd5b5061031a6104e1366004612180565b60026020525f90815260409020546001600160a01b031681565b348015610506575f5ffd5b506103cd61107b565b34801561051a575f5ffd5b506102316110d1565b34801561052e575f5ffd5b5061031a7f000000000000000000000000000000000000000000000000000000000000000081565b348015610561575f5ffd5b5061031a6105703660046121dc565b6110e0565b348015610580575f5ffd5b5061059461058f36600461222b565b61126a565b6040805193845260208401929092529082015260600161023b565b3480156105ba575f5ffd5b506103cd7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105ed575f5ffd5b506102c26105fc366004612273565b611428565b34801561060c575f5ffd5b506102c261061b366004612180565b6115ea565b34801561062b575f5ffd5b5061037961063a366004612180565b61161c565b34801561064a575f5ffd5b5061023160055481565b61037961066236600461229d565b611773565b5f61068660045461067661107b565b61068190600161233f565b611b22565b905090565b6106d96040805161010081019091525f808252602082019081526020015f151581526020015f81526020015f81526020015f81526020015f67ffffffffffffffff1681526020015f81525090565b6001600160a01b038281165f90815260208181526040918290208251610100810190935280549384168352919290830190600160a01b900460ff1660018111156107255761072561209f565b60018111156107365761073661209f565b81528154600160a81b900460ff1615156020820152600182015460408201526002820154606082015260038201546080820152600482015467ffffffffffffffff1660a082015260059091015460c09091015292915050565b60ff5f5c16156107b25760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d50335f9081526020819052604090206107d781611b68565b60058101545f81900361086c5760038201541561083a576004828101546040517f2369682200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116918101919091526024015b60405180910390fd5b6040517fd0d04f6000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f82600501819055508060055f828254610886919061235f565b909155505060405181815233907f7084f5476618d8e60b11ef0d7d3f06914655adb8793e28ff7f018d4c76d505d59060200160405180910390a26108ca3383611bb4565b6040515f90339083908381818185875af1925050503d805f8114610909576040519150601f19603f3d011682016040523d82523d5f602084013e61090e565b606091505b5050905080610930576040516312171d8360e31b815260040160405180910390fd5b505f91505060ff19815c16815d50565b6001600160a01b0381165f908152600360205260408120546109649061068161107b565b92915050565b5f8060ff815c161561098f5760405163558a1e0360e11b815260040160405180910390fd5b60015f805c60ff19168217905d50336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146109ff576040517f7e57b1e100000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b038087165f908152600160205260409020541680610a4257604051636bf4516160e11b81526001600160a01b0388166004820152602401610831565b6001600160a01b0381165f908152602081905260409020610a6281611b68565b5f612710888360020154610a769190612372565b610a80919061239d565b90505f612710898460030154610a969190612372565b610aa0919061239d565b9050610aac81836123b0565b95505f828460020154610abf919061235f565b9050818460030154610ad1919061235f565b60038501558354600160a81b900460ff16610b135783547fffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffffff16600160a81b1784555b610b1c84611bf6565b8015610b8a5780846003015f828254610b3591906123b0565b90915550610b6590507f00000000000000000000000000000000000000000000000000000000000000004261233f565b60048501805467ffffffffffffffff191667ffffffffffffffff929092169190911790555b8660055f828254610b9b919061235f565b909155506127109050610bae8989612372565b610bb8919061239d565b9550886001600160a01b03168b6001600160a01b0316866001600160a01b03167f597b653625e10c77cf5fc3080a7fb184aa5fde1ac46e39ff948c65dfbfe8abb28a8a604051610c12929190918252602082015260400190565b60405180910390a4610c248585611bb4565b8515610c9c575f896001600160a01b0316876040515f6040518083038185875af1925050503d805f8114610c73576040519150601f19603f3d011682016040523d82523d5f602084013e610c78565b606091505b5050905080610c9a576040516312171d8360e31b815260040160405180910390fd5b505b85871115610d12575f80610cb0888a61235f565b6040515f81818185875af1925050503d805f8114610ce9576040519150601f19603f3d011682016040523d82523d5f602084013e610cee565b606091505b5050905080610d10576040516312171d8360e31b815260040160405180910390fd5b505b505f93505050815c60ff19169050815d5094509492505050565b335f90815260208190526040902080546001600160a01b0316610d625760405163aba4733960e01b815260040160405180910390fd5b815f03610d8257604051631f2a200560e01b815260040160405180910390fd5b8060020154821115610dd05760028101546040517ff3d71954000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610831565b5f828260020154610de1919061235f565b90508015801590610e1157507f000000000000000000000000000000000000000000000000000000000000000081105b15610e575760405162d46a8160e31b8152600481018290527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610831565b610e6082611b68565b610e6a8282611d3f565b5082826003015f828254610e7e91906123b0565b90915550610eae90507f00000000000000000000000000000000000000000000000000000000000000004261233f565b60048301805467ffffffffffffffff191667ffffffffffffffff929092169182179055600383015460408051868152602081019290925281019190915233907f8ffb1c1bbc9352c50a3e49053178f14880746fdfa0b27fa14c4ac392e3cdc3849060600160405180910390a2505050565b335f90815260208190526040902080546001600160a01b0316610f555760405163aba4733960e01b815260040160405180910390fd5b8054600160a81b900460ff1615610f7f5760405163467cdc1b60e01b815260040160405180910390fd5b345f03610f9f57604051631f2a200560e01b815260040160405180910390fd5b7f0000000000000000000000000000000000000000000000000000000000000000348260020154610fd091906123b0565b101561102857348160020154610fe691906123b0565b60405162d46a8160e31b815260048101919091527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610831565b6110418134836002015461103c91906123b0565b611d3f565b503460055f82825461105391906123b0565b909155505050565b6001600160a01b0381165f90815260036020526040812054610964906106765b5f7f00000000000000000000000000000000000000000000000000000000000000006110c77f0000000000000000000000000000000000000000000000000000000000000000426123c3565b61068691906123e3565b5f61068660045461068161107b565b5f604183146111025760405163d7bad83f60e01b815260040160405180910390fd5b8335602085013560408601355f1a7f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a082111561116d576040517f9ddca1c900000000000000000000000000000000000000000000000000000000815260048101869052602401610831565b8060ff16601b1415801561118557508060ff16601c14155b156111bf576040517f17d5724900000000000000000000000000000000000000000000000000000000815260048101869052602401610831565b604080515f8152602081018083528a905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa15801561120f573d5f5f3e3d5ffd5b5050604051601f1901519450506001600160a01b03841661125f576040517f52bf984800000000000000000000000000000000000000000000000000000000815260048101869052602401610831565b505050949350505050565b5f80808061127960418661239d565b905084611287826041612372565b146112a55760405163d7bad83f60e01b815260040160405180910390fd5b805f036112de576040517fe2b7fc8b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6112e761107b565b6040805184820281019091529091505f805b84811015611404575f61133d8c8c8c611313866041612372565b9061131f876041612372565b61132a9060416123b0565b9261133793929190612412565b856110e0565b9050826001600160a01b0316816001600160a01b03161161138d576040517f590a84f700000000000000000000000000000000000000000000000000000000815260048101839052602401610831565b6001600160a01b0381165f9081526003602052604081205491935083916113b49087611b22565b9050805f036113e157604051636bf4516160e11b81526001600160a01b0383166004820152602401610831565b6113eb818b6123b0565b60408402860192835260209092015297506001016112f9565b50604084028220945061141960045484611b22565b95505050505093509350939050565b5f81158061143d57506001600160a01b038316155b1561144957505f610964565b6040517f6352211e000000000000000000000000000000000000000000000000000000008152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690636352211e90602401602060405180830381865afa9250505080156114e3575060408051601f3d908101601f191682019092526114e091810190612439565b60015b6114ee57505f610964565b6001600160a01b038116611505575f915050610964565b836001600160a01b0316816001600160a01b031603611528576001915050610964565b506040517e339509000000000000000000000000000000000000000000000000000000008152600481018390527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906233950990602401602060405180830381865afa9250505080156115c1575060408051601f3d908101601f191682019092526115be91810190612439565b60015b6115cc57505f610964565b836001600160a01b0316816001600160a01b03161491505092915050565b5f818152600260205260408120546001600160a01b0316801580159061161557506116158184611428565b9392505050565b335f90815260208190526040902080546001600160a01b03166116525760405163aba4733960e01b815260040160405180910390fd5b60018154600160a01b900460ff1660018111156116715761167161209f565b146116a8576040517f0d9ab13f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8054600160a81b900460ff16156116d25760405163467cdc1b60e01b815260040160405180910390fd5b80600201545f0361171d5760405162d46a8160e31b81525f60048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610831565b6001810154828114801561173057508215155b156117515760405163bbfd72bb60e01b815260048101849052602401610831565b80156117635761176381336002611eaf565b61176e338385611f33565b505050565b7f00000000000000000000000000000000000000000000000000000000000000003410156117db5760405162d46a8160e31b81523460048201527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610831565b335f90815260208190526040902080546001600160a01b03161561182b576040517f3a81d6fc00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60408414611865576040517fdb477c0000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8585604051611876929190612454565b60408051918290039091206001600160a01b038082165f9081526001602052929092205490925016156118e0576040517f9e40695a0000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610831565b806001600160a01b031661195d611955336040516b6d7963656c2e706f702e763160a01b602082015246602c82015230606090811b6bffffffffffffffffffffffff19908116604c84015283821b16908201525f90607401604051602081830303815290604052805190602001209050919050565b86865f6110e0565b6001600160a01b03161461199d576040517f92536faf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60018860018111156119b1576119b161209f565b036119c6576119c1338389611f33565b6119fe565b86156119fe576040517f9ab914db00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b81546001600160a01b03821673ffffffffffffffffffffffffffffffffffffffff19821681178455899184917fffffffffffffffffffffff00000000000000000000000000000000000000000090911617600160a01b836001811115611a6657611a6661209f565b02179055506001600160a01b0381165f908152600160205260408120805473ffffffffffffffffffffffffffffffffffffffff191633179055611aa98334611d3f565b90503460055f828254611abc91906123b0565b9250508190555087826001600160a01b0316336001600160a01b03167f04df5fed2de4bdcb64c8563ca7b376f1bf56d6148b0c716709e2a683e9713e0e8c8b8b3488604051611b0f959493929190612463565b60405180910390a4505050505050505050565b5f60e083901c8267ffffffffffffffff161015611b53576dffffffffffffffffffffffffffff607084901c16611615565b50506dffffffffffffffffffffffffffff1690565b600381015415801590611b895750600481015467ffffffffffffffff164210155b15611bb1578060030154816005015f828254611ba591906123b0565b90915550505f60038201555b50565b6003810154151580611bc95750600581015415155b80611bd75750600281015415155b15611be0575050565b6001810154801561176e5761176e81845f611eaf565b5f611bff61107b565b82546001600160a01b03165f90815260036020526040812054919250611c258284611b22565b90505f611c378361068186600161233f565b905060e0611c4685600161233f565b86546001600160a01b03165f90815260036020526040902067ffffffffffffffff9190911690911b905560045481611c838261068188600161233f565b611c8d919061235f565b607084611c9a8489611b22565b611ca4919061235f565b901b60e0611cb388600161233f565b67ffffffffffffffff16901b17176004555f6002870181905586546001600160a01b039081168083526001602052604080842054905191939216917f4d9aa08187199afb2b226ece2f2bbed4a1211527c365515e425408b692771d2591611d2f91908a9091825267ffffffffffffffff16602082015260400190565b60405180910390a3505050505050565b5f6dffffffffffffffffffffffffffff821115611d6f57604051631a64b33b60e01b815260040160405180910390fd5b5f611d7861107b565b9050611d8581600161233f565b6002850180549085905585546001600160a01b03165f9081526003602052604090205491935090611db7908386612038565b85546001600160a01b03165f9081526003602052604081209190915560045482908690611de49087611b22565b611dee91906123b0565b611df8919061235f565b90506dffffffffffffffffffffffffffff811115611e2957604051631a64b33b60e01b815260040160405180910390fd5b611e366004548483612038565b60045585546001600160a01b039081165f8181526001602052604090819020549051919216907f4d9aa08187199afb2b226ece2f2bbed4a1211527c365515e425408b692771d2590611e9e908990899091825267ffffffffffffffff16602082015260400190565b60405180910390a350505092915050565b5f838152600260209081526040808320805473ffffffffffffffffffffffffffffffffffffffff191690556001600160a01b0385168084529183905280832060010192909255905184907f60c56d4a59a26965a961c06e66162607f7f75e9ab49d9bd1fc80969cb7b1811a90611f269085906124b9565b60405180910390a3505050565b611f3d8382611428565b611f76576040517f26aa04aa00000000000000000000000000000000000000000000000000000000815260048101829052602401610831565b5f818152600260205260409020546001600160a01b03168015611fca57611f9d8183611428565b15611fbe5760405163bbfd72bb60e01b815260048101839052602401610831565b611fca82826001611eaf565b5f82815260026020526040808220805473ffffffffffffffffffffffffffffffffffffffff19166001600160a01b038816908117909155600186018590559051909184917fa028e87f29b4f86bb2a413082f61ffc9ba6331eeae34d0bef3710d40444d8de19190a350505050565b5f5f6120448585611b22565b905082607082901b60e061205987600161233f565b67ffffffffffffffff16901b171795945050505050565b6001600160a01b0381168114611bb1575f5ffd5b5f60208284031215612094575f5ffd5b813561161581612070565b634e487b7160e01b5f52602160045260245ffd5b600281106120c3576120c361209f565b9052565b81516001600160a01b031681526020808301516101008301916120ec908401826120b3565b50604083015115156040830152606083015160608301526080830151608083015260a083015160a083015267ffffffffffffffff60c08401511660c083015260e083015160e083015292915050565b5f5f5f5f6080858703121561214e575f5ffd5b843561215981612070565b935060208501359250604085013561217081612070565b9396929550929360600135925050565b5f60208284031215612190575f5ffd5b5035919050565b5f5f83601f8401126121a7575f5ffd5b50813567ffffffffffffffff8111156121be575f5ffd5b6020830191508360208285010111156121d5575f5ffd5b9250929050565b5f5f5f5f606085870312156121ef575f5ffd5b84359350602085013567ffffffffffffffff81111561220c575f5ffd5b61221887828801612197565b9598909750949560400135949350505050565b5f5f5f6040848603121561223d575f5ffd5b83359250602084013567ffffffffffffffff81111561225a575f5ffd5b61226686828701612197565b9497909650939450505050565b5f5f60408385031215612284575f5ffd5b823561228f81612070565b946020939093013593505050565b5f5f5f5f5f5f608087890312156122b2575f5ffd5b8635600281106122c0575f5ffd5b955060208701359450604087013567ffffffffffffffff8111156122e2575f5ffd5b6122ee89828a01612197565b909550935050606087013567ffffffffffffffff81111561230d575f5ffd5b61231989828a01612197565b979a9699509497509295939492505050565b634e487b7160e01b5f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156109645761096461232b565b818103818111156109645761096461232b565b80820281158282048414176109645761096461232b565b634e487b7160e01b5f52601260045260245ffd5b5f826123ab576123ab612389565b500490565b808201808211156109645761096461232b565b67ffffffffffffffff82811682821603908111156109645761096461232b565b5f67ffffffffffffffff8316806123fc576123fc612389565b8067ffffffffffffffff84160491505092915050565b5f5f85851115612420575f5ffd5b8386111561242c575f5ffd5b5050820193919092039150565b5f60208284031215612449575f5ffd5b815161161581612070565b818382375f9101908152919050565b61246d81876120b3565b60806020820152836080820152838560a08301375f60a085830101525f60a0601f19601f870116830101905083604083015267ffffffffffffffff831660608301529695505050505050565b60208101600383106124cd576124cd61209f565b9190529056",
}

// StakingRegistry is an auto generated Go binding around an Ethereum contract.
type StakingRegistry struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *StakingRegistry) GetABI() abi.ABI {
	return c.abi
}

// NewStakingRegistry creates a new instance of StakingRegistry.
func NewStakingRegistry() *StakingRegistry {
	parsed, err := StakingRegistryMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &StakingRegistry{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *StakingRegistry) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address identity_, address slasher_, uint256 minStake_, uint64 unbondingDelay_, uint64 epochDuration_) returns()
func (stakingRegistry *StakingRegistry) PackConstructor(identity_ common.Address, slasher_ common.Address, minStake_ *big.Int, unbondingDelay_ uint64, epochDuration_ uint64) []byte {
	enc, err := stakingRegistry.abi.Pack("", identity_, slasher_, minStake_, unbondingDelay_, epochDuration_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (stakingRegistry *StakingRegistry) PackBPS() []byte {
	enc, err := stakingRegistry.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (stakingRegistry *StakingRegistry) TryPackBPS() ([]byte, error) {
	return stakingRegistry.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (stakingRegistry *StakingRegistry) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := stakingRegistry.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function addStake() payable returns()
func (stakingRegistry *StakingRegistry) PackAddStake() []byte {
	enc, err := stakingRegistry.abi.Pack("addStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAddStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5a627dbc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function addStake() payable returns()
func (stakingRegistry *StakingRegistry) TryPackAddStake() ([]byte, error) {
	return stakingRegistry.abi.Pack("addStake")
}

// PackAgentLinkValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec9b1160.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentLinkValid(uint256 agentId) view returns(bool)
func (stakingRegistry *StakingRegistry) PackAgentLinkValid(agentId *big.Int) []byte {
	enc, err := stakingRegistry.abi.Pack("agentLinkValid", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentLinkValid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xec9b1160.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentLinkValid(uint256 agentId) view returns(bool)
func (stakingRegistry *StakingRegistry) TryPackAgentLinkValid(agentId *big.Int) ([]byte, error) {
	return stakingRegistry.abi.Pack("agentLinkValid", agentId)
}

// UnpackAgentLinkValid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xec9b1160.
//
// Solidity: function agentLinkValid(uint256 agentId) view returns(bool)
func (stakingRegistry *StakingRegistry) UnpackAgentLinkValid(data []byte) (bool, error) {
	out, err := stakingRegistry.abi.Unpack("agentLinkValid", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackAgentOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e342d5f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function agentOperator(uint256 agentId) view returns(address owner)
func (stakingRegistry *StakingRegistry) PackAgentOperator(agentId *big.Int) []byte {
	enc, err := stakingRegistry.abi.Pack("agentOperator", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAgentOperator is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x6e342d5f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function agentOperator(uint256 agentId) view returns(address owner)
func (stakingRegistry *StakingRegistry) TryPackAgentOperator(agentId *big.Int) ([]byte, error) {
	return stakingRegistry.abi.Pack("agentOperator", agentId)
}

// UnpackAgentOperator is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x6e342d5f.
//
// Solidity: function agentOperator(uint256 agentId) view returns(address owner)
func (stakingRegistry *StakingRegistry) UnpackAgentOperator(data []byte) (common.Address, error) {
	out, err := stakingRegistry.abi.Unpack("agentOperator", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackControlsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaf882c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function controlsAgent(address who, uint256 agentId) view returns(bool)
func (stakingRegistry *StakingRegistry) PackControlsAgent(who common.Address, agentId *big.Int) []byte {
	enc, err := stakingRegistry.abi.Pack("controlsAgent", who, agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackControlsAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xeaf882c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function controlsAgent(address who, uint256 agentId) view returns(bool)
func (stakingRegistry *StakingRegistry) TryPackControlsAgent(who common.Address, agentId *big.Int) ([]byte, error) {
	return stakingRegistry.abi.Pack("controlsAgent", who, agentId)
}

// UnpackControlsAgent is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xeaf882c6.
//
// Solidity: function controlsAgent(address who, uint256 agentId) view returns(bool)
func (stakingRegistry *StakingRegistry) UnpackControlsAgent(data []byte) (bool, error) {
	out, err := stakingRegistry.abi.Unpack("controlsAgent", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentEpoch() view returns(uint64)
func (stakingRegistry *StakingRegistry) PackCurrentEpoch() []byte {
	enc, err := stakingRegistry.abi.Pack("currentEpoch")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentEpoch is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76671808.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentEpoch() view returns(uint64)
func (stakingRegistry *StakingRegistry) TryPackCurrentEpoch() ([]byte, error) {
	return stakingRegistry.abi.Pack("currentEpoch")
}

// UnpackCurrentEpoch is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76671808.
//
// Solidity: function currentEpoch() view returns(uint64)
func (stakingRegistry *StakingRegistry) UnpackCurrentEpoch(data []byte) (uint64, error) {
	out, err := stakingRegistry.abi.Unpack("currentEpoch", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackEpochDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ff0876a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function epochDuration() view returns(uint64)
func (stakingRegistry *StakingRegistry) PackEpochDuration() []byte {
	enc, err := stakingRegistry.abi.Pack("epochDuration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEpochDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4ff0876a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function epochDuration() view returns(uint64)
func (stakingRegistry *StakingRegistry) TryPackEpochDuration() ([]byte, error) {
	return stakingRegistry.abi.Pack("epochDuration")
}

// UnpackEpochDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4ff0876a.
//
// Solidity: function epochDuration() view returns(uint64)
func (stakingRegistry *StakingRegistry) UnpackEpochDuration(data []byte) (uint64, error) {
	out, err := stakingRegistry.abi.Unpack("epochDuration", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackGenesisTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42c6498a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function genesisTime() view returns(uint64)
func (stakingRegistry *StakingRegistry) PackGenesisTime() []byte {
	enc, err := stakingRegistry.abi.Pack("genesisTime")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGenesisTime is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42c6498a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function genesisTime() view returns(uint64)
func (stakingRegistry *StakingRegistry) TryPackGenesisTime() ([]byte, error) {
	return stakingRegistry.abi.Pack("genesisTime")
}

// UnpackGenesisTime is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42c6498a.
//
// Solidity: function genesisTime() view returns(uint64)
func (stakingRegistry *StakingRegistry) UnpackGenesisTime(data []byte) (uint64, error) {
	out, err := stakingRegistry.abi.Unpack("genesisTime", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c159a1a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function identity() view returns(address)
func (stakingRegistry *StakingRegistry) PackIdentity() []byte {
	enc, err := stakingRegistry.abi.Pack("identity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIdentity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2c159a1a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function identity() view returns(address)
func (stakingRegistry *StakingRegistry) TryPackIdentity() ([]byte, error) {
	return stakingRegistry.abi.Pack("identity")
}

// UnpackIdentity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2c159a1a.
//
// Solidity: function identity() view returns(address)
func (stakingRegistry *StakingRegistry) UnpackIdentity(data []byte) (common.Address, error) {
	out, err := stakingRegistry.abi.Unpack("identity", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackIsJailed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14bfb527.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isJailed(address owner) view returns(bool)
func (stakingRegistry *StakingRegistry) PackIsJailed(owner common.Address) []byte {
	enc, err := stakingRegistry.abi.Pack("isJailed", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsJailed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x14bfb527.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isJailed(address owner) view returns(bool)
func (stakingRegistry *StakingRegistry) TryPackIsJailed(owner common.Address) ([]byte, error) {
	return stakingRegistry.abi.Pack("isJailed", owner)
}

// UnpackIsJailed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x14bfb527.
//
// Solidity: function isJailed(address owner) view returns(bool)
func (stakingRegistry *StakingRegistry) UnpackIsJailed(data []byte) (bool, error) {
	out, err := stakingRegistry.abi.Unpack("isJailed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackLinkAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1b584b5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function linkAgent(uint256 agentId) returns()
func (stakingRegistry *StakingRegistry) PackLinkAgent(agentId *big.Int) []byte {
	enc, err := stakingRegistry.abi.Pack("linkAgent", agentId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLinkAgent is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1b584b5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function linkAgent(uint256 agentId) returns()
func (stakingRegistry *StakingRegistry) TryPackLinkAgent(agentId *big.Int) ([]byte, error) {
	return stakingRegistry.abi.Pack("linkAgent", agentId)
}

// PackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minStake() view returns(uint256)
func (stakingRegistry *StakingRegistry) PackMinStake() []byte {
	enc, err := stakingRegistry.abi.Pack("minStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x375b3c0a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minStake() view returns(uint256)
func (stakingRegistry *StakingRegistry) TryPackMinStake() ([]byte, error) {
	return stakingRegistry.abi.Pack("minStake")
}

// UnpackMinStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x375b3c0a.
//
// Solidity: function minStake() view returns(uint256)
func (stakingRegistry *StakingRegistry) UnpackMinStake(data []byte) (*big.Int, error) {
	out, err := stakingRegistry.abi.Unpack("minStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62a0f04b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextStakeOf(address signer) view returns(uint256)
func (stakingRegistry *StakingRegistry) PackNextStakeOf(signer common.Address) []byte {
	enc, err := stakingRegistry.abi.Pack("nextStakeOf", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62a0f04b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextStakeOf(address signer) view returns(uint256)
func (stakingRegistry *StakingRegistry) TryPackNextStakeOf(signer common.Address) ([]byte, error) {
	return stakingRegistry.abi.Pack("nextStakeOf", signer)
}

// UnpackNextStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x62a0f04b.
//
// Solidity: function nextStakeOf(address signer) view returns(uint256)
func (stakingRegistry *StakingRegistry) UnpackNextStakeOf(data []byte) (*big.Int, error) {
	out, err := stakingRegistry.abi.Unpack("nextStakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackNextTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04d3b7c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function nextTotalStake() view returns(uint256)
func (stakingRegistry *StakingRegistry) PackNextTotalStake() []byte {
	enc, err := stakingRegistry.abi.Pack("nextTotalStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackNextTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x04d3b7c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function nextTotalStake() view returns(uint256)
func (stakingRegistry *StakingRegistry) TryPackNextTotalStake() ([]byte, error) {
	return stakingRegistry.abi.Pack("nextTotalStake")
}

// UnpackNextTotalStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x04d3b7c4.
//
// Solidity: function nextTotalStake() view returns(uint256)
func (stakingRegistry *StakingRegistry) UnpackNextTotalStake(data []byte) (*big.Int, error) {
	out, err := stakingRegistry.abi.Unpack("nextTotalStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOperatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x636f35d3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operatorOf(address signer) view returns(address owner)
func (stakingRegistry *StakingRegistry) PackOperatorOf(signer common.Address) []byte {
	enc, err := stakingRegistry.abi.Pack("operatorOf", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperatorOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x636f35d3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operatorOf(address signer) view returns(address owner)
func (stakingRegistry *StakingRegistry) TryPackOperatorOf(signer common.Address) ([]byte, error) {
	return stakingRegistry.abi.Pack("operatorOf", signer)
}

// UnpackOperatorOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x636f35d3.
//
// Solidity: function operatorOf(address signer) view returns(address owner)
func (stakingRegistry *StakingRegistry) UnpackOperatorOf(data []byte) (common.Address, error) {
	out, err := stakingRegistry.abi.Unpack("operatorOf", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13e7c9d8.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function operators(address owner) view returns((address,uint8,bool,uint256,uint256,uint256,uint64,uint256))
func (stakingRegistry *StakingRegistry) PackOperators(owner common.Address) []byte {
	enc, err := stakingRegistry.abi.Pack("operators", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOperators is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x13e7c9d8.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function operators(address owner) view returns((address,uint8,bool,uint256,uint256,uint256,uint64,uint256))
func (stakingRegistry *StakingRegistry) TryPackOperators(owner common.Address) ([]byte, error) {
	return stakingRegistry.abi.Pack("operators", owner)
}

// UnpackOperators is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x13e7c9d8.
//
// Solidity: function operators(address owner) view returns((address,uint8,bool,uint256,uint256,uint256,uint64,uint256))
func (stakingRegistry *StakingRegistry) UnpackOperators(data []byte) (StakingRegistryOperator, error) {
	out, err := stakingRegistry.abi.Unpack("operators", data)
	if err != nil {
		return *new(StakingRegistryOperator), err
	}
	out0 := *abi.ConvertType(out[0], new(StakingRegistryOperator)).(*StakingRegistryOperator)
	return out0, nil
}

// PackPopDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03a71456.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function popDigest(address owner) view returns(bytes32)
func (stakingRegistry *StakingRegistry) PackPopDigest(owner common.Address) []byte {
	enc, err := stakingRegistry.abi.Pack("popDigest", owner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPopDigest is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x03a71456.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function popDigest(address owner) view returns(bytes32)
func (stakingRegistry *StakingRegistry) TryPackPopDigest(owner common.Address) ([]byte, error) {
	return stakingRegistry.abi.Pack("popDigest", owner)
}

// UnpackPopDigest is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x03a71456.
//
// Solidity: function popDigest(address owner) view returns(bytes32)
func (stakingRegistry *StakingRegistry) UnpackPopDigest(data []byte) ([32]byte, error) {
	out, err := stakingRegistry.abi.Unpack("popDigest", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackRecoverStrict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8087109.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recoverStrict(bytes32 digest, bytes sig, uint256 index) pure returns(address signer)
func (stakingRegistry *StakingRegistry) PackRecoverStrict(digest [32]byte, sig []byte, index *big.Int) []byte {
	enc, err := stakingRegistry.abi.Pack("recoverStrict", digest, sig, index)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecoverStrict is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb8087109.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recoverStrict(bytes32 digest, bytes sig, uint256 index) pure returns(address signer)
func (stakingRegistry *StakingRegistry) TryPackRecoverStrict(digest [32]byte, sig []byte, index *big.Int) ([]byte, error) {
	return stakingRegistry.abi.Pack("recoverStrict", digest, sig, index)
}

// UnpackRecoverStrict is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb8087109.
//
// Solidity: function recoverStrict(bytes32 digest, bytes sig, uint256 index) pure returns(address signer)
func (stakingRegistry *StakingRegistry) UnpackRecoverStrict(data []byte) (common.Address, error) {
	out, err := stakingRegistry.abi.Unpack("recoverStrict", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6bed961.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function register(uint8 kind, uint256 agentId, bytes publicKey, bytes popSignature) payable returns()
func (stakingRegistry *StakingRegistry) PackRegister(kind uint8, agentId *big.Int, publicKey []byte, popSignature []byte) []byte {
	enc, err := stakingRegistry.abi.Pack("register", kind, agentId, publicKey, popSignature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf6bed961.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function register(uint8 kind, uint256 agentId, bytes publicKey, bytes popSignature) payable returns()
func (stakingRegistry *StakingRegistry) TryPackRegister(kind uint8, agentId *big.Int, publicKey []byte, popSignature []byte) ([]byte, error) {
	return stakingRegistry.abi.Pack("register", kind, agentId, publicKey, popSignature)
}

// PackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (stakingRegistry *StakingRegistry) PackRequestUnbond(amount *big.Int) []byte {
	enc, err := stakingRegistry.abi.Pack("requestUnbond", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRequestUnbond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54f63b14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function requestUnbond(uint256 amount) returns()
func (stakingRegistry *StakingRegistry) TryPackRequestUnbond(amount *big.Int) ([]byte, error) {
	return stakingRegistry.abi.Pack("requestUnbond", amount)
}

// PackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4be9fd9f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slash(address signer, uint256 bps, address reporter, uint256 rewardBps) returns(uint256 amount, uint256 reward)
func (stakingRegistry *StakingRegistry) PackSlash(signer common.Address, bps *big.Int, reporter common.Address, rewardBps *big.Int) []byte {
	enc, err := stakingRegistry.abi.Pack("slash", signer, bps, reporter, rewardBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlash is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4be9fd9f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slash(address signer, uint256 bps, address reporter, uint256 rewardBps) returns(uint256 amount, uint256 reward)
func (stakingRegistry *StakingRegistry) TryPackSlash(signer common.Address, bps *big.Int, reporter common.Address, rewardBps *big.Int) ([]byte, error) {
	return stakingRegistry.abi.Pack("slash", signer, bps, reporter, rewardBps)
}

// SlashOutput serves as a container for the return parameters of contract
// method Slash.
type SlashOutput struct {
	Amount *big.Int
	Reward *big.Int
}

// UnpackSlash is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4be9fd9f.
//
// Solidity: function slash(address signer, uint256 bps, address reporter, uint256 rewardBps) returns(uint256 amount, uint256 reward)
func (stakingRegistry *StakingRegistry) UnpackSlash(data []byte) (SlashOutput, error) {
	out, err := stakingRegistry.abi.Unpack("slash", data)
	outstruct := new(SlashOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Amount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Reward = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1344271.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function slasher() view returns(address)
func (stakingRegistry *StakingRegistry) PackSlasher() []byte {
	enc, err := stakingRegistry.abi.Pack("slasher")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSlasher is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb1344271.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function slasher() view returns(address)
func (stakingRegistry *StakingRegistry) TryPackSlasher() ([]byte, error) {
	return stakingRegistry.abi.Pack("slasher")
}

// UnpackSlasher is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb1344271.
//
// Solidity: function slasher() view returns(address)
func (stakingRegistry *StakingRegistry) UnpackSlasher(data []byte) (common.Address, error) {
	out, err := stakingRegistry.abi.Unpack("slasher", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeOf(address signer) view returns(uint256)
func (stakingRegistry *StakingRegistry) PackStakeOf(signer common.Address) []byte {
	enc, err := stakingRegistry.abi.Pack("stakeOf", signer)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42623360.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeOf(address signer) view returns(uint256)
func (stakingRegistry *StakingRegistry) TryPackStakeOf(signer common.Address) ([]byte, error) {
	return stakingRegistry.abi.Pack("stakeOf", signer)
}

// UnpackStakeOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42623360.
//
// Solidity: function stakeOf(address signer) view returns(uint256)
func (stakingRegistry *StakingRegistry) UnpackStakeOf(data []byte) (*big.Int, error) {
	out, err := stakingRegistry.abi.Unpack("stakeOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalHeld() view returns(uint256)
func (stakingRegistry *StakingRegistry) PackTotalHeld() []byte {
	enc, err := stakingRegistry.abi.Pack("totalHeld")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalHeld is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf43cc773.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalHeld() view returns(uint256)
func (stakingRegistry *StakingRegistry) TryPackTotalHeld() ([]byte, error) {
	return stakingRegistry.abi.Pack("totalHeld")
}

// UnpackTotalHeld is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf43cc773.
//
// Solidity: function totalHeld() view returns(uint256)
func (stakingRegistry *StakingRegistry) UnpackTotalHeld(data []byte) (*big.Int, error) {
	out, err := stakingRegistry.abi.Unpack("totalHeld", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b0e9f3f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalStake() view returns(uint256)
func (stakingRegistry *StakingRegistry) PackTotalStake() []byte {
	enc, err := stakingRegistry.abi.Pack("totalStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8b0e9f3f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalStake() view returns(uint256)
func (stakingRegistry *StakingRegistry) TryPackTotalStake() ([]byte, error) {
	return stakingRegistry.abi.Pack("totalStake")
}

// UnpackTotalStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8b0e9f3f.
//
// Solidity: function totalStake() view returns(uint256)
func (stakingRegistry *StakingRegistry) UnpackTotalStake(data []byte) (*big.Int, error) {
	out, err := stakingRegistry.abi.Unpack("totalStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (stakingRegistry *StakingRegistry) PackUnbondingDelay() []byte {
	enc, err := stakingRegistry.abi.Pack("unbondingDelay")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnbondingDelay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb7dd35a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (stakingRegistry *StakingRegistry) TryPackUnbondingDelay() ([]byte, error) {
	return stakingRegistry.abi.Pack("unbondingDelay")
}

// UnpackUnbondingDelay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb7dd35a.
//
// Solidity: function unbondingDelay() view returns(uint64)
func (stakingRegistry *StakingRegistry) UnpackUnbondingDelay(data []byte) (uint64, error) {
	out, err := stakingRegistry.abi.Unpack("unbondingDelay", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda2802b9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCertificate(bytes32 digest, bytes sigs) view returns(uint256 signedStake, uint256 total, bytes32 signersHash)
func (stakingRegistry *StakingRegistry) PackVerifyCertificate(digest [32]byte, sigs []byte) []byte {
	enc, err := stakingRegistry.abi.Pack("verifyCertificate", digest, sigs)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCertificate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda2802b9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCertificate(bytes32 digest, bytes sigs) view returns(uint256 signedStake, uint256 total, bytes32 signersHash)
func (stakingRegistry *StakingRegistry) TryPackVerifyCertificate(digest [32]byte, sigs []byte) ([]byte, error) {
	return stakingRegistry.abi.Pack("verifyCertificate", digest, sigs)
}

// VerifyCertificateOutput serves as a container for the return parameters of contract
// method VerifyCertificate.
type VerifyCertificateOutput struct {
	SignedStake *big.Int
	Total       *big.Int
	SignersHash [32]byte
}

// UnpackVerifyCertificate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xda2802b9.
//
// Solidity: function verifyCertificate(bytes32 digest, bytes sigs) view returns(uint256 signedStake, uint256 total, bytes32 signersHash)
func (stakingRegistry *StakingRegistry) UnpackVerifyCertificate(data []byte) (VerifyCertificateOutput, error) {
	out, err := stakingRegistry.abi.Unpack("verifyCertificate", data)
	outstruct := new(VerifyCertificateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SignedStake = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Total = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.SignersHash = *abi.ConvertType(out[2], new([32]byte)).(*[32]byte)
	return *outstruct, nil
}

// PackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdraw() returns()
func (stakingRegistry *StakingRegistry) PackWithdraw() []byte {
	enc, err := stakingRegistry.abi.Pack("withdraw")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdraw is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3ccfd60b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdraw() returns()
func (stakingRegistry *StakingRegistry) TryPackWithdraw() ([]byte, error) {
	return stakingRegistry.abi.Pack("withdraw")
}

// StakingRegistryAgentLinked represents a AgentLinked event raised by the StakingRegistry contract.
type StakingRegistryAgentLinked struct {
	AgentId *big.Int
	Owner   common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingRegistryAgentLinkedEventName = "AgentLinked"

// ContractEventName returns the user-defined event name.
func (StakingRegistryAgentLinked) ContractEventName() string {
	return StakingRegistryAgentLinkedEventName
}

// UnpackAgentLinkedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentLinked(uint256 indexed agentId, address indexed owner)
func (stakingRegistry *StakingRegistry) UnpackAgentLinkedEvent(log *types.Log) (*StakingRegistryAgentLinked, error) {
	event := "AgentLinked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakingRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRegistryAgentLinked)
	if len(log.Data) > 0 {
		if err := stakingRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakingRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingRegistryAgentUnlinked represents a AgentUnlinked event raised by the StakingRegistry contract.
type StakingRegistryAgentUnlinked struct {
	AgentId *big.Int
	Owner   common.Address
	Reason  uint8
	Raw     *types.Log // Blockchain specific contextual infos
}

const StakingRegistryAgentUnlinkedEventName = "AgentUnlinked"

// ContractEventName returns the user-defined event name.
func (StakingRegistryAgentUnlinked) ContractEventName() string {
	return StakingRegistryAgentUnlinkedEventName
}

// UnpackAgentUnlinkedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event AgentUnlinked(uint256 indexed agentId, address indexed owner, uint8 reason)
func (stakingRegistry *StakingRegistry) UnpackAgentUnlinkedEvent(log *types.Log) (*StakingRegistryAgentUnlinked, error) {
	event := "AgentUnlinked"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakingRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRegistryAgentUnlinked)
	if len(log.Data) > 0 {
		if err := stakingRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakingRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingRegistryOperatorRegistered represents a OperatorRegistered event raised by the StakingRegistry contract.
type StakingRegistryOperatorRegistered struct {
	Owner          common.Address
	Signer         common.Address
	Kind           uint8
	AgentId        *big.Int
	PublicKey      []byte
	Stake          *big.Int
	EffectiveEpoch uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const StakingRegistryOperatorRegisteredEventName = "OperatorRegistered"

// ContractEventName returns the user-defined event name.
func (StakingRegistryOperatorRegistered) ContractEventName() string {
	return StakingRegistryOperatorRegisteredEventName
}

// UnpackOperatorRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OperatorRegistered(address indexed owner, address indexed signer, uint8 kind, uint256 indexed agentId, bytes publicKey, uint256 stake, uint64 effectiveEpoch)
func (stakingRegistry *StakingRegistry) UnpackOperatorRegisteredEvent(log *types.Log) (*StakingRegistryOperatorRegistered, error) {
	event := "OperatorRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakingRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRegistryOperatorRegistered)
	if len(log.Data) > 0 {
		if err := stakingRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakingRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingRegistrySlashed represents a Slashed event raised by the StakingRegistry contract.
type StakingRegistrySlashed struct {
	Owner    common.Address
	Signer   common.Address
	Amount   *big.Int
	Reporter common.Address
	Reward   *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const StakingRegistrySlashedEventName = "Slashed"

// ContractEventName returns the user-defined event name.
func (StakingRegistrySlashed) ContractEventName() string {
	return StakingRegistrySlashedEventName
}

// UnpackSlashedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Slashed(address indexed owner, address indexed signer, uint256 amount, address indexed reporter, uint256 reward)
func (stakingRegistry *StakingRegistry) UnpackSlashedEvent(log *types.Log) (*StakingRegistrySlashed, error) {
	event := "Slashed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakingRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRegistrySlashed)
	if len(log.Data) > 0 {
		if err := stakingRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakingRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingRegistryStakeChanged represents a StakeChanged event raised by the StakingRegistry contract.
type StakingRegistryStakeChanged struct {
	Owner          common.Address
	Signer         common.Address
	Bonded         *big.Int
	EffectiveEpoch uint64
	Raw            *types.Log // Blockchain specific contextual infos
}

const StakingRegistryStakeChangedEventName = "StakeChanged"

// ContractEventName returns the user-defined event name.
func (StakingRegistryStakeChanged) ContractEventName() string {
	return StakingRegistryStakeChangedEventName
}

// UnpackStakeChangedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event StakeChanged(address indexed owner, address indexed signer, uint256 bonded, uint64 effectiveEpoch)
func (stakingRegistry *StakingRegistry) UnpackStakeChangedEvent(log *types.Log) (*StakingRegistryStakeChanged, error) {
	event := "StakeChanged"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakingRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRegistryStakeChanged)
	if len(log.Data) > 0 {
		if err := stakingRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakingRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingRegistryUnbondRequested represents a UnbondRequested event raised by the StakingRegistry contract.
type StakingRegistryUnbondRequested struct {
	Owner        common.Address
	Amount       *big.Int
	Unbonding    *big.Int
	UnbondingEnd uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const StakingRegistryUnbondRequestedEventName = "UnbondRequested"

// ContractEventName returns the user-defined event name.
func (StakingRegistryUnbondRequested) ContractEventName() string {
	return StakingRegistryUnbondRequestedEventName
}

// UnpackUnbondRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event UnbondRequested(address indexed owner, uint256 amount, uint256 unbonding, uint64 unbondingEnd)
func (stakingRegistry *StakingRegistry) UnpackUnbondRequestedEvent(log *types.Log) (*StakingRegistryUnbondRequested, error) {
	event := "UnbondRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakingRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRegistryUnbondRequested)
	if len(log.Data) > 0 {
		if err := stakingRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakingRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// StakingRegistryWithdrawn represents a Withdrawn event raised by the StakingRegistry contract.
type StakingRegistryWithdrawn struct {
	Owner  common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const StakingRegistryWithdrawnEventName = "Withdrawn"

// ContractEventName returns the user-defined event name.
func (StakingRegistryWithdrawn) ContractEventName() string {
	return StakingRegistryWithdrawnEventName
}

// UnpackWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Withdrawn(address indexed owner, uint256 amount)
func (stakingRegistry *StakingRegistry) UnpackWithdrawnEvent(log *types.Log) (*StakingRegistryWithdrawn, error) {
	event := "Withdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != stakingRegistry.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(StakingRegistryWithdrawn)
	if len(log.Data) > 0 {
		if err := stakingRegistry.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range stakingRegistry.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (stakingRegistry *StakingRegistry) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["AgentAlreadyLinked"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackAgentAlreadyLinkedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["AlreadyRegistered"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["BadPublicKey"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackBadPublicKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["BadSignatureLength"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackBadSignatureLengthError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["BadV"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackBadVError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["BelowMinimumStake"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackBelowMinimumStakeError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["EmptyCertificate"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackEmptyCertificateError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["HighS"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackHighSError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["HumanWithAgentId"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackHumanWithAgentIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["InsufficientBonded"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackInsufficientBondedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["InvalidProofOfPossession"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackInvalidProofOfPossessionError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["InvalidSignature"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackInvalidSignatureError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["Jailed"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackJailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["KeyAlreadyRegistered"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackKeyAlreadyRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["NotAgent"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackNotAgentError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["NotAgentOwner"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackNotAgentOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["NotRegistered"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackNotRegisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["NothingToWithdraw"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackNothingToWithdrawError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["OnlySlasher"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackOnlySlasherError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["Reentrancy"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackReentrancyError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["SignersNotAscending"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackSignersNotAscendingError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["StakeTooLarge"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackStakeTooLargeError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["TransferFailed"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackTransferFailedError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["UnbondingNotOver"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackUnbondingNotOverError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["UnknownSigner"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackUnknownSignerError(raw[4:])
	}
	if bytes.Equal(raw[:4], stakingRegistry.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return stakingRegistry.UnpackZeroAmountError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// StakingRegistryAgentAlreadyLinked represents a AgentAlreadyLinked error raised by the StakingRegistry contract.
type StakingRegistryAgentAlreadyLinked struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AgentAlreadyLinked(uint256 agentId)
func StakingRegistryAgentAlreadyLinkedErrorID() common.Hash {
	return common.HexToHash("0xbbfd72bb66539f9819b8dbea2f54615edad060208d46815c4188af9f962c4e72")
}

// UnpackAgentAlreadyLinkedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AgentAlreadyLinked(uint256 agentId)
func (stakingRegistry *StakingRegistry) UnpackAgentAlreadyLinkedError(raw []byte) (*StakingRegistryAgentAlreadyLinked, error) {
	out := new(StakingRegistryAgentAlreadyLinked)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "AgentAlreadyLinked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryAlreadyRegistered represents a AlreadyRegistered error raised by the StakingRegistry contract.
type StakingRegistryAlreadyRegistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AlreadyRegistered()
func StakingRegistryAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x3a81d6fc79a5635b1f06f5006b0b65f8bc72a09a41893acedbabc02c660943ca")
}

// UnpackAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AlreadyRegistered()
func (stakingRegistry *StakingRegistry) UnpackAlreadyRegisteredError(raw []byte) (*StakingRegistryAlreadyRegistered, error) {
	out := new(StakingRegistryAlreadyRegistered)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "AlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryBadPublicKey represents a BadPublicKey error raised by the StakingRegistry contract.
type StakingRegistryBadPublicKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadPublicKey()
func StakingRegistryBadPublicKeyErrorID() common.Hash {
	return common.HexToHash("0xdb477c00ef351c07ad229e1b51d9b812a827c5ca146549626b0a395532a67643")
}

// UnpackBadPublicKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadPublicKey()
func (stakingRegistry *StakingRegistry) UnpackBadPublicKeyError(raw []byte) (*StakingRegistryBadPublicKey, error) {
	out := new(StakingRegistryBadPublicKey)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "BadPublicKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryBadSignatureLength represents a BadSignatureLength error raised by the StakingRegistry contract.
type StakingRegistryBadSignatureLength struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadSignatureLength()
func StakingRegistryBadSignatureLengthErrorID() common.Hash {
	return common.HexToHash("0xd7bad83f3c4fca9c0604d2e1ed3c970dfe5cb3aa7d26794855295586cdb176c1")
}

// UnpackBadSignatureLengthError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadSignatureLength()
func (stakingRegistry *StakingRegistry) UnpackBadSignatureLengthError(raw []byte) (*StakingRegistryBadSignatureLength, error) {
	out := new(StakingRegistryBadSignatureLength)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "BadSignatureLength", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryBadV represents a BadV error raised by the StakingRegistry contract.
type StakingRegistryBadV struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BadV(uint256 index)
func StakingRegistryBadVErrorID() common.Hash {
	return common.HexToHash("0x17d57249fc54e332d79c4489d2eaedb72b46122024ddf268b946bf678050c58a")
}

// UnpackBadVError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BadV(uint256 index)
func (stakingRegistry *StakingRegistry) UnpackBadVError(raw []byte) (*StakingRegistryBadV, error) {
	out := new(StakingRegistryBadV)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "BadV", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryBelowMinimumStake represents a BelowMinimumStake error raised by the StakingRegistry contract.
type StakingRegistryBelowMinimumStake struct {
	Value   *big.Int
	Minimum *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowMinimumStake(uint256 value, uint256 minimum)
func StakingRegistryBelowMinimumStakeErrorID() common.Hash {
	return common.HexToHash("0x06a35408bf7fd7d7898cb9a77c1bd0ddbaa826ce69638c7a17cab7f2b036f7d4")
}

// UnpackBelowMinimumStakeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowMinimumStake(uint256 value, uint256 minimum)
func (stakingRegistry *StakingRegistry) UnpackBelowMinimumStakeError(raw []byte) (*StakingRegistryBelowMinimumStake, error) {
	out := new(StakingRegistryBelowMinimumStake)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "BelowMinimumStake", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryEmptyCertificate represents a EmptyCertificate error raised by the StakingRegistry contract.
type StakingRegistryEmptyCertificate struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyCertificate()
func StakingRegistryEmptyCertificateErrorID() common.Hash {
	return common.HexToHash("0xe2b7fc8b515df04fb27c9fd775559b5b239fa0d7cd0cab4859cec6a559fffd93")
}

// UnpackEmptyCertificateError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyCertificate()
func (stakingRegistry *StakingRegistry) UnpackEmptyCertificateError(raw []byte) (*StakingRegistryEmptyCertificate, error) {
	out := new(StakingRegistryEmptyCertificate)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "EmptyCertificate", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryHighS represents a HighS error raised by the StakingRegistry contract.
type StakingRegistryHighS struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HighS(uint256 index)
func StakingRegistryHighSErrorID() common.Hash {
	return common.HexToHash("0x9ddca1c96bf5df85bda9a85155bba25f24beea32631c2a3eb03a9997ab988f3f")
}

// UnpackHighSError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HighS(uint256 index)
func (stakingRegistry *StakingRegistry) UnpackHighSError(raw []byte) (*StakingRegistryHighS, error) {
	out := new(StakingRegistryHighS)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "HighS", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryHumanWithAgentId represents a HumanWithAgentId error raised by the StakingRegistry contract.
type StakingRegistryHumanWithAgentId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error HumanWithAgentId()
func StakingRegistryHumanWithAgentIdErrorID() common.Hash {
	return common.HexToHash("0x9ab914db6cff20e2a80bbb2591f0416e39488991197bd25602f28302b308be4d")
}

// UnpackHumanWithAgentIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error HumanWithAgentId()
func (stakingRegistry *StakingRegistry) UnpackHumanWithAgentIdError(raw []byte) (*StakingRegistryHumanWithAgentId, error) {
	out := new(StakingRegistryHumanWithAgentId)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "HumanWithAgentId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryInsufficientBonded represents a InsufficientBonded error raised by the StakingRegistry contract.
type StakingRegistryInsufficientBonded struct {
	Bonded    *big.Int
	Requested *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientBonded(uint256 bonded, uint256 requested)
func StakingRegistryInsufficientBondedErrorID() common.Hash {
	return common.HexToHash("0xf3d71954e0d84e6670f2fbd8bb344cc6ce4f24be7a0b0c1f2452fb74722718e5")
}

// UnpackInsufficientBondedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientBonded(uint256 bonded, uint256 requested)
func (stakingRegistry *StakingRegistry) UnpackInsufficientBondedError(raw []byte) (*StakingRegistryInsufficientBonded, error) {
	out := new(StakingRegistryInsufficientBonded)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "InsufficientBonded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryInvalidProofOfPossession represents a InvalidProofOfPossession error raised by the StakingRegistry contract.
type StakingRegistryInvalidProofOfPossession struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidProofOfPossession()
func StakingRegistryInvalidProofOfPossessionErrorID() common.Hash {
	return common.HexToHash("0x92536faf1153f408422ef920697ee2d9d27f6ccade5bbefe6b7de0cacab986fc")
}

// UnpackInvalidProofOfPossessionError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidProofOfPossession()
func (stakingRegistry *StakingRegistry) UnpackInvalidProofOfPossessionError(raw []byte) (*StakingRegistryInvalidProofOfPossession, error) {
	out := new(StakingRegistryInvalidProofOfPossession)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "InvalidProofOfPossession", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryInvalidSignature represents a InvalidSignature error raised by the StakingRegistry contract.
type StakingRegistryInvalidSignature struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidSignature(uint256 index)
func StakingRegistryInvalidSignatureErrorID() common.Hash {
	return common.HexToHash("0x52bf9848f4f569cd5e845a26f8524878f8ac004dcaace7433d78683624c84a76")
}

// UnpackInvalidSignatureError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidSignature(uint256 index)
func (stakingRegistry *StakingRegistry) UnpackInvalidSignatureError(raw []byte) (*StakingRegistryInvalidSignature, error) {
	out := new(StakingRegistryInvalidSignature)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "InvalidSignature", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryJailed represents a Jailed error raised by the StakingRegistry contract.
type StakingRegistryJailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Jailed()
func StakingRegistryJailedErrorID() common.Hash {
	return common.HexToHash("0x467cdc1b6ad3cc50b59131025e9af44c83dc7966c9e780ce7503006217f1bb76")
}

// UnpackJailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Jailed()
func (stakingRegistry *StakingRegistry) UnpackJailedError(raw []byte) (*StakingRegistryJailed, error) {
	out := new(StakingRegistryJailed)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "Jailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryKeyAlreadyRegistered represents a KeyAlreadyRegistered error raised by the StakingRegistry contract.
type StakingRegistryKeyAlreadyRegistered struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error KeyAlreadyRegistered(address signer)
func StakingRegistryKeyAlreadyRegisteredErrorID() common.Hash {
	return common.HexToHash("0x9e40695ad5c622fcf4897f670a4a3b3fde45dcae219751293ab804bbb5b17d4b")
}

// UnpackKeyAlreadyRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error KeyAlreadyRegistered(address signer)
func (stakingRegistry *StakingRegistry) UnpackKeyAlreadyRegisteredError(raw []byte) (*StakingRegistryKeyAlreadyRegistered, error) {
	out := new(StakingRegistryKeyAlreadyRegistered)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "KeyAlreadyRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryNotAgent represents a NotAgent error raised by the StakingRegistry contract.
type StakingRegistryNotAgent struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgent()
func StakingRegistryNotAgentErrorID() common.Hash {
	return common.HexToHash("0x0d9ab13f71c732b832396d0ca53dffd12ef5d4a69c70e70af21f320397c8ae27")
}

// UnpackNotAgentError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgent()
func (stakingRegistry *StakingRegistry) UnpackNotAgentError(raw []byte) (*StakingRegistryNotAgent, error) {
	out := new(StakingRegistryNotAgent)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "NotAgent", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryNotAgentOwner represents a NotAgentOwner error raised by the StakingRegistry contract.
type StakingRegistryNotAgentOwner struct {
	AgentId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotAgentOwner(uint256 agentId)
func StakingRegistryNotAgentOwnerErrorID() common.Hash {
	return common.HexToHash("0x26aa04aa703851c6b052471ec5b09ccdf9566f79de8e7a4fc4f2d1b22d856676")
}

// UnpackNotAgentOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotAgentOwner(uint256 agentId)
func (stakingRegistry *StakingRegistry) UnpackNotAgentOwnerError(raw []byte) (*StakingRegistryNotAgentOwner, error) {
	out := new(StakingRegistryNotAgentOwner)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "NotAgentOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryNotRegistered represents a NotRegistered error raised by the StakingRegistry contract.
type StakingRegistryNotRegistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRegistered()
func StakingRegistryNotRegisteredErrorID() common.Hash {
	return common.HexToHash("0xaba47339dbaad712368e6665e6e6eade636ab60e9b7dba037407409b19d7a053")
}

// UnpackNotRegisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRegistered()
func (stakingRegistry *StakingRegistry) UnpackNotRegisteredError(raw []byte) (*StakingRegistryNotRegistered, error) {
	out := new(StakingRegistryNotRegistered)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "NotRegistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryNothingToWithdraw represents a NothingToWithdraw error raised by the StakingRegistry contract.
type StakingRegistryNothingToWithdraw struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NothingToWithdraw()
func StakingRegistryNothingToWithdrawErrorID() common.Hash {
	return common.HexToHash("0xd0d04f60bf4f7629141a1f00f5d2908fa0f3e15bf4cbf8bb8edc6fcbdf2509fa")
}

// UnpackNothingToWithdrawError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NothingToWithdraw()
func (stakingRegistry *StakingRegistry) UnpackNothingToWithdrawError(raw []byte) (*StakingRegistryNothingToWithdraw, error) {
	out := new(StakingRegistryNothingToWithdraw)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "NothingToWithdraw", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryOnlySlasher represents a OnlySlasher error raised by the StakingRegistry contract.
type StakingRegistryOnlySlasher struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OnlySlasher()
func StakingRegistryOnlySlasherErrorID() common.Hash {
	return common.HexToHash("0x7e57b1e1e205aab2c3aa02c054bbe41038e99a3d537d534b2cac7a28c1e312e3")
}

// UnpackOnlySlasherError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OnlySlasher()
func (stakingRegistry *StakingRegistry) UnpackOnlySlasherError(raw []byte) (*StakingRegistryOnlySlasher, error) {
	out := new(StakingRegistryOnlySlasher)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "OnlySlasher", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryReentrancy represents a Reentrancy error raised by the StakingRegistry contract.
type StakingRegistryReentrancy struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error Reentrancy()
func StakingRegistryReentrancyErrorID() common.Hash {
	return common.HexToHash("0xab143c06c9772d69bbbc9f2fe74acd02f810e93b099f3d1dac8448ac9ae35991")
}

// UnpackReentrancyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error Reentrancy()
func (stakingRegistry *StakingRegistry) UnpackReentrancyError(raw []byte) (*StakingRegistryReentrancy, error) {
	out := new(StakingRegistryReentrancy)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "Reentrancy", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistrySignersNotAscending represents a SignersNotAscending error raised by the StakingRegistry contract.
type StakingRegistrySignersNotAscending struct {
	Index *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SignersNotAscending(uint256 index)
func StakingRegistrySignersNotAscendingErrorID() common.Hash {
	return common.HexToHash("0x590a84f76cadfc6716aaea24107af9134f0cd4c66edbe9af3ffe914656b566fa")
}

// UnpackSignersNotAscendingError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SignersNotAscending(uint256 index)
func (stakingRegistry *StakingRegistry) UnpackSignersNotAscendingError(raw []byte) (*StakingRegistrySignersNotAscending, error) {
	out := new(StakingRegistrySignersNotAscending)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "SignersNotAscending", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryStakeTooLarge represents a StakeTooLarge error raised by the StakingRegistry contract.
type StakingRegistryStakeTooLarge struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error StakeTooLarge()
func StakingRegistryStakeTooLargeErrorID() common.Hash {
	return common.HexToHash("0x1a64b33b320a74dbbf936e06b1a71cc134531c8396133bc9918496a43a0d0465")
}

// UnpackStakeTooLargeError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error StakeTooLarge()
func (stakingRegistry *StakingRegistry) UnpackStakeTooLargeError(raw []byte) (*StakingRegistryStakeTooLarge, error) {
	out := new(StakingRegistryStakeTooLarge)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "StakeTooLarge", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryTransferFailed represents a TransferFailed error raised by the StakingRegistry contract.
type StakingRegistryTransferFailed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error TransferFailed()
func StakingRegistryTransferFailedErrorID() common.Hash {
	return common.HexToHash("0x90b8ec1877afffd816d05d9b13947f3ff18ec5851c38bad15ec2b710f92391b1")
}

// UnpackTransferFailedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error TransferFailed()
func (stakingRegistry *StakingRegistry) UnpackTransferFailedError(raw []byte) (*StakingRegistryTransferFailed, error) {
	out := new(StakingRegistryTransferFailed)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "TransferFailed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryUnbondingNotOver represents a UnbondingNotOver error raised by the StakingRegistry contract.
type StakingRegistryUnbondingNotOver struct {
	UnbondingEnd uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnbondingNotOver(uint64 unbondingEnd)
func StakingRegistryUnbondingNotOverErrorID() common.Hash {
	return common.HexToHash("0x2369682218fb5e389a47c0070ebc887291eb76a9ddb180213efe0ed3d76a5595")
}

// UnpackUnbondingNotOverError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnbondingNotOver(uint64 unbondingEnd)
func (stakingRegistry *StakingRegistry) UnpackUnbondingNotOverError(raw []byte) (*StakingRegistryUnbondingNotOver, error) {
	out := new(StakingRegistryUnbondingNotOver)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "UnbondingNotOver", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryUnknownSigner represents a UnknownSigner error raised by the StakingRegistry contract.
type StakingRegistryUnknownSigner struct {
	Signer common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownSigner(address signer)
func StakingRegistryUnknownSignerErrorID() common.Hash {
	return common.HexToHash("0xd7e8a2c26fd6e574581d4dadb54adcae8e49f64b22b2d5386731d559357f82c3")
}

// UnpackUnknownSignerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownSigner(address signer)
func (stakingRegistry *StakingRegistry) UnpackUnknownSignerError(raw []byte) (*StakingRegistryUnknownSigner, error) {
	out := new(StakingRegistryUnknownSigner)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "UnknownSigner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// StakingRegistryZeroAmount represents a ZeroAmount error raised by the StakingRegistry contract.
type StakingRegistryZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func StakingRegistryZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (stakingRegistry *StakingRegistry) UnpackZeroAmountError(raw []byte) (*StakingRegistryZeroAmount, error) {
	out := new(StakingRegistryZeroAmount)
	if err := stakingRegistry.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestVerifierMetaData contains all meta data concerning the TestVerifier contract.
var TestVerifierMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"name\":\"ProofInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"PublicInputNotInField\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"}],\"name\":\"compressProof\",\"outputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressed\",\"type\":\"uint256[4]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256[4]\",\"name\":\"compressedProof\",\"type\":\"uint256[4]\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyCompressedProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"proof\",\"type\":\"bytes\"},{\"internalType\":\"uint256[1]\",\"name\":\"input\",\"type\":\"uint256[1]\"}],\"name\":\"verifyProof\",\"outputs\":[],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "TestVerifier",
	Bin: "0x6080604052348015600e575f5ffd5b506113da8061001c5f395ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c80630ea14a39146100435780638d8f8a5c1461006c578063ce6c832c14610081575b5f5ffd5b61005661005136600461127e565b610094565b60405161006391906112bd565b60405180910390f35b61007f61007a3660046112fd565b610159565b005b61007f61008f36600461134e565b610429565b61009c6111de565b61010082146100f25760405162461bcd60e51b815260206004820152601460248201527f696e76616c69642070726f6f66206c656e67746800000000000000000000000060448201526064015b60405180910390fd5b823560208401356101038282610743565b835250506060830135604084013560a085013560808601356101278484848461083b565b6020870152604086015260c0870135935060e087013592506101498484610743565b6060860152509295945050505050565b61010082146101aa5760405162461bcd60e51b815260206004820152601460248201527f696e76616c69642070726f6f66206c656e67746800000000000000000000000060448201526064016100e9565b5f5f6101b583610b3d565b915091505f6040516101008782377f178bfe3ed6444da84d7da2fb92004972661bda75b290c7bee9a516d3d42f10bc6101008201527f088c4d43ef671325b98007e33f9b9cf060a908d46c1828a9f87153d65bef49d26101208201527f1df8b0460c1de4896e4321852eba59185fc4e58fec52c264454e145e675b25ce6101408201527f2e29457febb6a7d1fb5e2fa4191454fc6358926c4744efbe2409e4d01f27be0b6101608201527f2ba0bb11cd4a290a650c20f27bede1cac29302038450e6076e04bd0e487c405b6101808201527f0b6b05673150334155e38c3538ab14379a5bc14b6ce5a6c181175c44aebee49d6101a08201527f160f9ff3035063dffe6a77245084c321ecf5f16a14a8401e57bf5276fa62336f6101c08201527f2f900b6c09ea972c5754404c32f07e7e042fe8ebff031fbb056fa344e9cf1b486101e08201527f1d86cd23090864023e0126574706addd793e88432d468653e6426fd3098dcdee6102008201527f15ef7ee640abd00b92ccbf013a2f30612705f47301f0f6bd869ce7bc5195120361022082015283610240820152826102608201527f2a1a414f210773ad02291f285e53cae12061a08ceeb8d5d780376c09e125f0db6102808201527f16010a908c56ed8de1c27f284a7b93dd9d4a237be36512dea4a84388ee47a4896102a08201527f13d3c605c3d1e85e09624a8a71c75da240da3caded07619c375f0fc521bb2e1e6102c08201527f15949463aa6e46cc0ee7808d1c85d6e269af4fdc4fb5e82fb76054f700f1e1156102e08201526020816103008360085afa90511690508061042157604051631ff3747d60e21b815260040160405180910390fd5b505050505050565b6104316111fc565b5f8061044385825b6020020135610c74565b90925090505f80808061045e60408a013560208b0135610d1d565b929650909450925090505f806104758b6003610439565b915091505f5f6104848c610b3d565b8b8d5260208d018b905260408d0189905260608d018a905260808d0187905260a08d0188905260c08d0186905260e08d018590527f178bfe3ed6444da84d7da2fb92004972661bda75b290c7bee9a516d3d42f10bc6101008e01527f088c4d43ef671325b98007e33f9b9cf060a908d46c1828a9f87153d65bef49d26101208e01527f1df8b0460c1de4896e4321852eba59185fc4e58fec52c264454e145e675b25ce6101408e01527f2e29457febb6a7d1fb5e2fa4191454fc6358926c4744efbe2409e4d01f27be0b6101608e01527f2ba0bb11cd4a290a650c20f27bede1cac29302038450e6076e04bd0e487c405b6101808e01527f0b6b05673150334155e38c3538ab14379a5bc14b6ce5a6c181175c44aebee49d6101a08e01527f160f9ff3035063dffe6a77245084c321ecf5f16a14a8401e57bf5276fa62336f6101c08e01527f2f900b6c09ea972c5754404c32f07e7e042fe8ebff031fbb056fa344e9cf1b486101e08e01527f1d86cd23090864023e0126574706addd793e88432d468653e6426fd3098dcdee6102008e01527f15ef7ee640abd00b92ccbf013a2f30612705f47301f0f6bd869ce7bc519512036102208e01526102408d018290526102608d018190527f2a1a414f210773ad02291f285e53cae12061a08ceeb8d5d780376c09e125f0db6102808e01527f16010a908c56ed8de1c27f284a7b93dd9d4a237be36512dea4a84388ee47a4896102a08e01527f13d3c605c3d1e85e09624a8a71c75da240da3caded07619c375f0fc521bb2e1e6102c08e01527f15949463aa6e46cc0ee7808d1c85d6e269af4fdc4fb5e82fb76054f700f1e1156102e08e015290925090505f6106f861121b565b6020816103008f60085afa915081158061071457508051600114155b1561073257604051631ff3747d60e21b815260040160405180910390fd5b505050505050505050505050505050565b5f5f5160206113ba5f395f51905f528310158061076d57505f5160206113ba5f395f51905f528210155b1561078b57604051631ff3747d60e21b815260040160405180910390fd5b82158015610797575081155b156107a357505f610835565b5f6107de5f5160206113ba5f395f51905f5260035f5160206113ba5f395f51905f52875f5160206113ba5f395f51905f52898a090908610f1a565b90508083036107f3575050600182901b610835565b5f5160206113ba5f395f51905f52808206810306830361081a575050600182811b17610835565b604051631ff3747d60e21b815260040160405180910390fd5b505b92915050565b5f5f5f5160206113ba5f395f51905f528610158061086657505f5160206113ba5f395f51905f528510155b8061087e57505f5160206113ba5f395f51905f528410155b8061089657505f5160206113ba5f395f51905f528310155b156108b457604051631ff3747d60e21b815260040160405180910390fd5b828486881717175f036108cb57505f905080610b34565b5f80805f5160206113ba5f395f51905f526108f460035f5160206113ba5f395f51905f5261139a565b5f5160206113ba5f395f51905f528a8c090990505f5f5160206113ba5f395f51905f528a5f5160206113ba5f395f51905f528c8d090990505f5f5160206113ba5f395f51905f528a5f5160206113ba5f395f51905f528c8d090990505f5160206113ba5f395f51905f52805f5160206113ba5f395f51905f528c860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e50894506109f55f5160206113ba5f395f51905f52805f5160206113ba5f395f51905f528e870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775085f5160206113ba5f395f51905f529081900681030690565b93505050505f5f610a425f5160206113ba5f395f51905f5280610a1a57610a1a611386565b5f5160206113ba5f395f51905f528586095f5160206113ba5f395f51905f5287880908610f1a565b9050610a8d5f5160206113ba5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113ba5f395f51905f5284880809610f7c565b15915050610a9c838383610fc4565b90935091508683148015610aaf57508186145b15610ad75780610abf575f610ac2565b60025b60ff1660028a901b175f179450879350610b30565b5f5160206113ba5f395f51905f5280840681030687148015610b0b57505f5160206113ba5f395f51905f5280830681030686145b1561081a5780610b1b575f610b1e565b60025b60ff1660028a901b1760011794508793505b5050505b94509492505050565b5f5f5f60019050604051604081015f7e538ba99c26fdecfa828c30add892d14741e0bc41b9c6e001a1e06bdf0c2f8283527f23faf88655ef8d48dc4d583eb1b9f2a734169b39f2fd3cea6d7ae095d4664eb360208401527f2cba47b6b7a69b4b0c55242dba6b4993b57eb9ab0e421502f53b873b8444784982527f0fee7e342f7b07a457688949c9db5905f308b1b3622429722f87d0930e0fb3376020830152863590508060408301527f30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f00000018110841693505060408160608360075afa831692505060408160808360065afa81516020909201519194509092501680610c6e576040517fa54f8e2700000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50915091565b5f5f825f03610c8757505f928392509050565b600183811c9250808416145f5160206113ba5f395f51905f528310610cbf57604051631ff3747d60e21b815260040160405180910390fd5b610cf95f5160206113ba5f395f51905f5260035f5160206113ba5f395f51905f52865f5160206113ba5f395f51905f528889090908610f1a565b91508015610c6e575f5160206113ba5f395f51905f52808306810306915050915091565b5f80808085158015610d2d575084155b15610d4257505f925082915081905080610f11565b600286811c945085935060018088161490808816145f5160206113ba5f395f51905f5286101580610d8057505f5160206113ba5f395f51905f528510155b15610d9e57604051631ff3747d60e21b815260040160405180910390fd5b5f5f5160206113ba5f395f51905f52610dc560035f5160206113ba5f395f51905f5261139a565b5f5160206113ba5f395f51905f52888a090990505f5f5160206113ba5f395f51905f52885f5160206113ba5f395f51905f528a8b090990505f5f5160206113ba5f395f51905f52885f5160206113ba5f395f51905f528a8b090990505f5160206113ba5f395f51905f52805f5160206113ba5f395f51905f528a860984087f2b149d40ceb8aaae81be18991be06ac3b5b4c5e559dbefa33267e6dc24a138e5089650610ec65f5160206113ba5f395f51905f52805f5160206113ba5f395f51905f528c870984087f2fcd3ac2a640a154eb23960892a85a68f031ca0c8344b23a577dcf1052b9e775085f5160206113ba5f395f51905f529081900681030690565b9550610ed3878786610fc4565b90975095508415610f0b575f5160206113ba5f395f51905f5280880681030696505f5160206113ba5f395f51905f5280870681030695505b50505050505b92959194509250565b5f610f45827f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261111d565b9050815f5160206113ba5f395f51905f5282830914610f7757604051631ff3747d60e21b815260040160405180910390fd5b919050565b5f5f610fa8837f0c19139cb84c680a6e14116da060561765e05aa45a1c72a34f082305b61f3f5261111d565b9050825f5160206113ba5f395f51905f52828309149392505050565b5f8080610ff35f5160206113ba5f395f51905f52808788095f5160206113ba5f395f51905f52898a0908610f1a565b90508315611011575f5160206113ba5f395f51905f52908190068103065b61105a5f5160206113ba5f395f51905f527f183227397098d014dc2822db40c0ac2ecbc0b548b438e5469e10460b6c3e7ea45f5160206113ba5f395f51905f52848a0809610f1a565b92505f5160206113ba5f395f51905f526110845f5160206113ba5f395f51905f5260028609611180565b860991505f5160206113ba5f395f51905f526110c25f5160206113ba5f395f51905f528485095f5160206113ba5f395f51905f529081900681030690565b5f5160206113ba5f395f51905f5285860908861415806110f657505f5160206113ba5f395f51905f52808385096002098514155b1561111457604051631ff3747d60e21b815260040160405180910390fd5b50935093915050565b5f5f60405160208152602080820152602060408201528460608201528360808201525f5160206113ba5f395f51905f5260a082015260208160c08360055afa9051925090508061083357604051631ff3747d60e21b815260040160405180910390fd5b5f6111ab827f30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd4561111d565b90505f5160206113ba5f395f51905f52818309600114610f7757604051631ff3747d60e21b815260040160405180910390fd5b60405180608001604052806004906020820280368337509192915050565b6040518061030001604052806018906020820280368337509192915050565b60405180602001604052806001906020820280368337509192915050565b5f5f83601f840112611249575f5ffd5b50813567ffffffffffffffff811115611260575f5ffd5b602083019150836020828501011115611277575f5ffd5b9250929050565b5f5f6020838503121561128f575f5ffd5b823567ffffffffffffffff8111156112a5575f5ffd5b6112b185828601611239565b90969095509350505050565b6080810181835f5b60048110156112e45781518352602092830192909101906001016112c5565b50505092915050565b8060208101831015610835575f5ffd5b5f5f5f6040848603121561130f575f5ffd5b833567ffffffffffffffff811115611325575f5ffd5b61133186828701611239565b9094509250611345905085602086016112ed565b90509250925092565b5f5f60a0838503121561135f575f5ffd5b608083018481111561136f575f5ffd5b83925061137c85826112ed565b9150509250929050565b634e487b7160e01b5f52601260045260245ffd5b8181038181111561083557634e487b7160e01b5f52601160045260245ffdfe30644e72e131a029b85045b68181585d97816a916871ca8d3c208c16d87cfd47",
}

// TestVerifier is an auto generated Go binding around an Ethereum contract.
type TestVerifier struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *TestVerifier) GetABI() abi.ABI {
	return c.abi
}

// NewTestVerifier creates a new instance of TestVerifier.
func NewTestVerifier() *TestVerifier {
	parsed, err := TestVerifierMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &TestVerifier{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *TestVerifier) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (testVerifier *TestVerifier) PackCompressProof(proof []byte) []byte {
	enc, err := testVerifier.abi.Pack("compressProof", proof)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompressProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0ea14a39.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (testVerifier *TestVerifier) TryPackCompressProof(proof []byte) ([]byte, error) {
	return testVerifier.abi.Pack("compressProof", proof)
}

// UnpackCompressProof is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0ea14a39.
//
// Solidity: function compressProof(bytes proof) view returns(uint256[4] compressed)
func (testVerifier *TestVerifier) UnpackCompressProof(data []byte) ([4]*big.Int, error) {
	out, err := testVerifier.abi.Unpack("compressProof", data)
	if err != nil {
		return *new([4]*big.Int), err
	}
	out0 := *abi.ConvertType(out[0], new([4]*big.Int)).(*[4]*big.Int)
	return out0, nil
}

// PackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce6c832c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (testVerifier *TestVerifier) PackVerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) []byte {
	enc, err := testVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyCompressedProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce6c832c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyCompressedProof(uint256[4] compressedProof, uint256[1] input) view returns()
func (testVerifier *TestVerifier) TryPackVerifyCompressedProof(compressedProof [4]*big.Int, input [1]*big.Int) ([]byte, error) {
	return testVerifier.abi.Pack("verifyCompressedProof", compressedProof, input)
}

// PackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (testVerifier *TestVerifier) PackVerifyProof(proof []byte, input [1]*big.Int) []byte {
	enc, err := testVerifier.abi.Pack("verifyProof", proof, input)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackVerifyProof is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8d8f8a5c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function verifyProof(bytes proof, uint256[1] input) view returns()
func (testVerifier *TestVerifier) TryPackVerifyProof(proof []byte, input [1]*big.Int) ([]byte, error) {
	return testVerifier.abi.Pack("verifyProof", proof, input)
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (testVerifier *TestVerifier) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], testVerifier.abi.Errors["ProofInvalid"].ID.Bytes()[:4]) {
		return testVerifier.UnpackProofInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], testVerifier.abi.Errors["PublicInputNotInField"].ID.Bytes()[:4]) {
		return testVerifier.UnpackPublicInputNotInFieldError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// TestVerifierProofInvalid represents a ProofInvalid error raised by the TestVerifier contract.
type TestVerifierProofInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProofInvalid()
func TestVerifierProofInvalidErrorID() common.Hash {
	return common.HexToHash("0x7fcdd1f433fad06e243ebb12f415f49dc48f357e41b96f61f504279fe6bb2ac6")
}

// UnpackProofInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProofInvalid()
func (testVerifier *TestVerifier) UnpackProofInvalidError(raw []byte) (*TestVerifierProofInvalid, error) {
	out := new(TestVerifierProofInvalid)
	if err := testVerifier.abi.UnpackIntoInterface(out, "ProofInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// TestVerifierPublicInputNotInField represents a PublicInputNotInField error raised by the TestVerifier contract.
type TestVerifierPublicInputNotInField struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error PublicInputNotInField()
func TestVerifierPublicInputNotInFieldErrorID() common.Hash {
	return common.HexToHash("0xa54f8e27d960b419368d544cd7616e10e384de098966aa60b80904dd31e7ab38")
}

// UnpackPublicInputNotInFieldError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error PublicInputNotInField()
func (testVerifier *TestVerifier) UnpackPublicInputNotInFieldError(raw []byte) (*TestVerifierPublicInputNotInField, error) {
	out := new(TestVerifierPublicInputNotInField)
	if err := testVerifier.abi.UnpackIntoInterface(out, "PublicInputNotInField", raw); err != nil {
		return nil, err
	}
	return out, nil
}
