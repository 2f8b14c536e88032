package contracts

import (
	"crypto/ecdsa"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// AgentWalletSetTypeHash is the EIP-712 type hash of ERC-8004's
// AgentWalletSet (AgentIdentityRegistry.AGENT_WALLET_SET_TYPEHASH).
var AgentWalletSetTypeHash = crypto.Keccak256Hash(
	[]byte("AgentWalletSet(uint256 agentId,address newWallet,address owner,uint256 deadline)"))

// AgentWalletDigest mirrors AgentIdentityRegistry.agentWalletDigest: the
// EIP-712 digest (domain "ERC8004IdentityRegistry", version "1", as ERC-8004's
// reference registry) that newWallet signs to become the agentWallet of
// agentID while owner owns it, valid until deadline (unix seconds, at most
// five minutes ahead when sent).
func AgentWalletDigest(l1ChainID *big.Int, registry common.Address, agentID *big.Int, newWallet, owner common.Address,
	deadline uint64) common.Hash {
	word := func(b []byte) []byte { return common.LeftPadBytes(b, 32) }
	domain := crypto.Keccak256(
		crypto.Keccak256([]byte("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)")),
		crypto.Keccak256([]byte("ERC8004IdentityRegistry")),
		crypto.Keccak256([]byte("1")),
		word(l1ChainID.Bytes()),
		word(registry.Bytes()),
	)
	structHash := crypto.Keccak256(AgentWalletSetTypeHash.Bytes(), word(agentID.Bytes()), word(newWallet.Bytes()),
		word(owner.Bytes()), word(new(big.Int).SetUint64(deadline).Bytes()))
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, domain, structHash)
}

// SignAgentWallet signs, with the new wallet's key, its AgentWalletSet
// approval: the signature AgentIdentityRegistry.setAgentWallet takes.
func SignAgentWallet(walletKey *ecdsa.PrivateKey, l1ChainID *big.Int, registry common.Address, agentID *big.Int,
	owner common.Address, deadline uint64) ([]byte, error) {
	wallet := crypto.PubkeyToAddress(walletKey.PublicKey)
	return SignDigest(walletKey, AgentWalletDigest(l1ChainID, registry, agentID, wallet, owner, deadline))
}
