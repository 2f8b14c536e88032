// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice Receiver hook of ERC-721 safe transfers.
interface IERC721Receiver {
    function onERC721Received(address operator, address from, uint256 tokenId, bytes calldata data)
        external
        returns (bytes4);
}

/// @notice ERC-1271 signature check of contract wallets.
interface IERC1271 {
    function isValidSignature(bytes32 digest, bytes calldata signature) external view returns (bytes4);
}

/// @title AgentIdentityRegistry
/// @notice An ERC-8004-compatible identity registry for devnets where none is
/// deployed: every agent is an ERC-721 token (agentId, from 1 upwards) owned
/// by its controller, with a registration URI (tokenURI) that points to the
/// agent's registration file, and optional on-chain metadata entries.
/// No admin: anyone registers, only the owner or an approved address updates.
///
/// `agentWallet` is ERC-8004's reserved metadata key (draft of 2026-01-25,
/// as its reference IdentityRegistry): it starts as the registering owner,
/// changes only through `setAgentWallet` with an EIP-712 `AgentWalletSet`
/// signature by the new wallet (or its ERC-1271 approval), can be unset,
/// and is cleared by every transfer, so a new owner never inherits it.
/// `setMetadata` and `register(uri, metadata)` refuse the key.
///
/// Events as the draft lists them: a registration emits Transfer,
/// Registered, MetadataSet for agentWallet, then MetadataSet for each
/// metadata entry; as an ERC721URIStorage, every change of an agent's URI
/// (a registration with a URI, setAgentURI) also emits ERC-4906
/// MetadataUpdate so NFT indexers refresh it.
contract AgentIdentityRegistry {
    struct MetadataEntry {
        string metadataKey;
        bytes metadataValue;
    }

    error NotOwnerNorApproved();
    error UnknownAgent(uint256 agentId);
    error ZeroAddress();
    error WrongFrom();
    error UnsafeRecipient();
    error ReservedKey();
    error DeadlineExpired(uint256 deadline);
    error DeadlineTooFar(uint256 deadline);
    error InvalidWalletSignature();

    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);
    event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId);
    event ApprovalForAll(address indexed owner, address indexed operator, bool approved);
    /// ERC-8004 events.
    event Registered(uint256 indexed agentId, string agentURI, address indexed owner);
    event URIUpdated(uint256 indexed agentId, string newURI, address indexed updatedBy);
    event MetadataSet(uint256 indexed agentId, string indexed indexedMetadataKey, string metadataKey, bytes metadataValue);
    /// ERC-4906: the token's metadata (its URI) changed.
    event MetadataUpdate(uint256 _tokenId);

    string public constant name = "mycel agent identity";
    string public constant symbol = "AGENT";

    /// The reserved metadata key of the agent's verified wallet.
    string public constant AGENT_WALLET_KEY = "agentWallet";
    /// A wallet signature must not be valid for longer than this (ERC-8004).
    uint256 public constant MAX_DEADLINE_DELAY = 5 minutes;
    bytes32 public constant AGENT_WALLET_SET_TYPEHASH =
        keccak256("AgentWalletSet(uint256 agentId,address newWallet,address owner,uint256 deadline)");
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// EIP-712 domain name and version: those of ERC-8004's reference registry.
    bytes32 internal constant DOMAIN_NAME_HASH = keccak256("ERC8004IdentityRegistry");
    bytes32 internal constant DOMAIN_VERSION_HASH = keccak256("1");
    bytes32 internal constant AGENT_WALLET_KEY_HASH = keccak256("agentWallet");
    /// secp256k1 order / 2: wallet signatures with a larger s are rejected (EIP-2).
    uint256 internal constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    uint256 public totalAgents;
    mapping(uint256 => address) private _owners;
    mapping(address => uint256) private _balances;
    mapping(uint256 => address) private _approvals;
    mapping(address => mapping(address => bool)) private _operatorApprovals;
    mapping(uint256 => string) private _uris;
    mapping(uint256 => mapping(string => bytes)) private _metadata;
    mapping(uint256 => address) private _wallets;

    /// @notice Registers a new agent owned by the caller.
    function register(string calldata agentURI, MetadataEntry[] calldata metadata) external returns (uint256 agentId) {
        agentId = _register(agentURI);
        for (uint256 i = 0; i < metadata.length; i++) {
            if (keccak256(bytes(metadata[i].metadataKey)) == AGENT_WALLET_KEY_HASH) revert ReservedKey();
            _metadata[agentId][metadata[i].metadataKey] = metadata[i].metadataValue;
            emit MetadataSet(agentId, metadata[i].metadataKey, metadata[i].metadataKey, metadata[i].metadataValue);
        }
    }

    /// @notice Registers a new agent owned by the caller.
    function register(string calldata agentURI) external returns (uint256 agentId) {
        return _register(agentURI);
    }

    /// @notice Registers a new agent with an empty URI (set it later).
    function register() external returns (uint256 agentId) {
        return _register("");
    }

    function _register(string memory agentURI) internal returns (uint256 agentId) {
        agentId = ++totalAgents;
        _owners[agentId] = msg.sender;
        _balances[msg.sender] += 1;
        _uris[agentId] = agentURI;
        _wallets[agentId] = msg.sender;
        emit Transfer(address(0), msg.sender, agentId);
        if (bytes(agentURI).length != 0) emit MetadataUpdate(agentId);
        emit Registered(agentId, agentURI, msg.sender);
        emit MetadataSet(agentId, AGENT_WALLET_KEY, AGENT_WALLET_KEY, abi.encodePacked(msg.sender));
    }

    function setAgentURI(uint256 agentId, string calldata newURI) external {
        _requireAuthorized(agentId);
        _uris[agentId] = newURI;
        emit MetadataUpdate(agentId);
        emit URIUpdated(agentId, newURI, msg.sender);
    }

    function setMetadata(uint256 agentId, string calldata metadataKey, bytes calldata metadataValue) external {
        _requireAuthorized(agentId);
        if (keccak256(bytes(metadataKey)) == AGENT_WALLET_KEY_HASH) revert ReservedKey();
        _metadata[agentId][metadataKey] = metadataValue;
        emit MetadataSet(agentId, metadataKey, metadataKey, metadataValue);
    }

    /// @notice The metadata entry `metadataKey`; for "agentWallet" the
    /// wallet's 20 bytes, or nothing while it is unset.
    function getMetadata(uint256 agentId, string calldata metadataKey) external view returns (bytes memory) {
        ownerOf(agentId);
        if (keccak256(bytes(metadataKey)) == AGENT_WALLET_KEY_HASH) {
            address w = _wallets[agentId];
            return w == address(0) ? bytes("") : abi.encodePacked(w);
        }
        return _metadata[agentId][metadataKey];
    }

    // ---- agentWallet (ERC-8004) ----

    /// @notice The agent's verified wallet: its owner from registration until
    /// changed or unset, zero after a transfer until set again.
    function getAgentWallet(uint256 agentId) external view returns (address) {
        ownerOf(agentId);
        return _wallets[agentId];
    }

    /// @notice The EIP-712 digest `newWallet` signs to become agentId's wallet
    /// while `owner` owns it, valid until `deadline` (unix seconds).
    function agentWalletDigest(uint256 agentId, address newWallet, address owner, uint256 deadline)
        public
        view
        returns (bytes32)
    {
        bytes32 domain =
            keccak256(abi.encode(DOMAIN_TYPEHASH, DOMAIN_NAME_HASH, DOMAIN_VERSION_HASH, block.chainid, address(this)));
        bytes32 structHash = keccak256(abi.encode(AGENT_WALLET_SET_TYPEHASH, agentId, newWallet, owner, deadline));
        return keccak256(abi.encodePacked("\x19\x01", domain, structHash));
    }

    /// @notice Sets agentId's wallet to `newWallet`, which proves control by
    /// `signature` over agentWalletDigest(agentId, newWallet, current owner,
    /// deadline): a 65-byte (r || s || v) secp256k1 signature, or one its
    /// ERC-1271 `isValidSignature` accepts. The deadline must not have passed
    /// and be at most MAX_DEADLINE_DELAY ahead. Owner or approved only.
    function setAgentWallet(uint256 agentId, address newWallet, uint256 deadline, bytes calldata signature) external {
        address owner = _requireAuthorized(agentId);
        if (newWallet == address(0)) revert ZeroAddress();
        if (block.timestamp > deadline) revert DeadlineExpired(deadline);
        if (deadline > block.timestamp + MAX_DEADLINE_DELAY) revert DeadlineTooFar(deadline);
        bytes32 digest = agentWalletDigest(agentId, newWallet, owner, deadline);
        if (_recover(digest, signature) != newWallet) {
            // Contract wallets (and EIP-7702 accounts) may approve by ERC-1271.
            if (newWallet.code.length == 0) revert InvalidWalletSignature();
            (bool ok, bytes memory res) =
                newWallet.staticcall(abi.encodeCall(IERC1271.isValidSignature, (digest, signature)));
            if (!ok || res.length < 32 || abi.decode(res, (bytes4)) != IERC1271.isValidSignature.selector) {
                revert InvalidWalletSignature();
            }
        }
        _wallets[agentId] = newWallet;
        emit MetadataSet(agentId, AGENT_WALLET_KEY, AGENT_WALLET_KEY, abi.encodePacked(newWallet));
    }

    /// @notice Clears agentId's wallet. Owner or approved only.
    function unsetAgentWallet(uint256 agentId) external {
        _requireAuthorized(agentId);
        _clearWallet(agentId);
    }

    function _clearWallet(uint256 agentId) internal {
        if (_wallets[agentId] == address(0)) return;
        delete _wallets[agentId];
        emit MetadataSet(agentId, AGENT_WALLET_KEY, AGENT_WALLET_KEY, "");
    }

    /// ecrecover of a 65-byte (r || s || v) signature with low s and v 27 or
    /// 28; zero for anything else.
    function _recover(bytes32 digest, bytes calldata sig) internal pure returns (address) {
        if (sig.length != 65) return address(0);
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly ("memory-safe") {
            r := calldataload(sig.offset)
            s := calldataload(add(sig.offset, 0x20))
            v := byte(0, calldataload(add(sig.offset, 0x40)))
        }
        if (uint256(s) > HALF_N || (v != 27 && v != 28)) return address(0);
        return ecrecover(digest, v, r, s);
    }

    function tokenURI(uint256 agentId) external view returns (string memory) {
        ownerOf(agentId);
        return _uris[agentId];
    }

    // ---- ERC-721 ----

    function supportsInterface(bytes4 id) external pure returns (bool) {
        return id == 0x01ffc9a7 /* ERC-165 */ || id == 0x80ac58cd /* ERC-721 */ || id == 0x5b5e139f /* metadata */
            || id == 0x49064906; /* ERC-4906 */
    }

    function balanceOf(address owner) external view returns (uint256) {
        if (owner == address(0)) revert ZeroAddress();
        return _balances[owner];
    }

    function ownerOf(uint256 agentId) public view returns (address owner) {
        owner = _owners[agentId];
        if (owner == address(0)) revert UnknownAgent(agentId);
    }

    function approve(address to, uint256 agentId) external {
        address owner = ownerOf(agentId);
        if (msg.sender != owner && !_operatorApprovals[owner][msg.sender]) revert NotOwnerNorApproved();
        _approvals[agentId] = to;
        emit Approval(owner, to, agentId);
    }

    function getApproved(uint256 agentId) external view returns (address) {
        ownerOf(agentId);
        return _approvals[agentId];
    }

    function setApprovalForAll(address operator, bool approved) external {
        _operatorApprovals[msg.sender][operator] = approved;
        emit ApprovalForAll(msg.sender, operator, approved);
    }

    function isApprovedForAll(address owner, address operator) external view returns (bool) {
        return _operatorApprovals[owner][operator];
    }

    function transferFrom(address from, address to, uint256 agentId) public {
        address owner = _requireAuthorized(agentId);
        if (owner != from) revert WrongFrom();
        if (to == address(0)) revert ZeroAddress();
        delete _approvals[agentId];
        _clearWallet(agentId); // ERC-8004: the wallet does not pass to the new owner
        _balances[from] -= 1;
        _balances[to] += 1;
        _owners[agentId] = to;
        emit Transfer(from, to, agentId);
    }

    function safeTransferFrom(address from, address to, uint256 agentId) external {
        safeTransferFrom(from, to, agentId, "");
    }

    function safeTransferFrom(address from, address to, uint256 agentId, bytes memory data) public {
        transferFrom(from, to, agentId);
        if (to.code.length > 0) {
            if (IERC721Receiver(to).onERC721Received(msg.sender, from, agentId, data) != 0x150b7a02) {
                revert UnsafeRecipient();
            }
        }
    }

    /// @notice True if `who` owns agentId or is approved for it (token or all).
    function isAuthorized(address who, uint256 agentId) public view returns (bool) {
        address owner = _owners[agentId];
        if (owner == address(0)) return false;
        return who == owner || _approvals[agentId] == who || _operatorApprovals[owner][who];
    }

    /// @notice isAuthorized for an agent that must exist (UnknownAgent
    /// otherwise): the check ERC-8004's reference registry exposes under this
    /// name, which its reference ReputationRegistry calls.
    function isAuthorizedOrOwner(address spender, uint256 agentId) external view returns (bool) {
        ownerOf(agentId);
        return isAuthorized(spender, agentId);
    }

    function _requireAuthorized(uint256 agentId) internal view returns (address owner) {
        owner = ownerOf(agentId);
        if (msg.sender != owner && _approvals[agentId] != msg.sender && !_operatorApprovals[owner][msg.sender]) {
            revert NotOwnerNorApproved();
        }
    }
}
