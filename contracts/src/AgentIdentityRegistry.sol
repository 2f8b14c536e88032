// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice Receiver hook of ERC-721 safe transfers.
interface IERC721Receiver {
    function onERC721Received(address operator, address from, uint256 tokenId, bytes calldata data)
        external
        returns (bytes4);
}

/// @title AgentIdentityRegistry
/// @notice An ERC-8004-compatible identity registry for devnets where none is
/// deployed: every agent is an ERC-721 token (agentId, from 1 upwards) owned
/// by its controller, with a registration URI (tokenURI) that points to the
/// agent's registration file, and optional on-chain metadata entries.
/// No admin: anyone registers, only the owner or an approved address updates.
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

    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);
    event Approval(address indexed owner, address indexed approved, uint256 indexed tokenId);
    event ApprovalForAll(address indexed owner, address indexed operator, bool approved);
    /// ERC-8004 events.
    event Registered(uint256 indexed agentId, string agentURI, address indexed owner);
    event URIUpdated(uint256 indexed agentId, string newURI, address indexed updatedBy);
    event MetadataSet(uint256 indexed agentId, string indexed indexedMetadataKey, string metadataKey, bytes metadataValue);

    string public constant name = "mycel agent identity";
    string public constant symbol = "AGENT";

    uint256 public totalAgents;
    mapping(uint256 => address) private _owners;
    mapping(address => uint256) private _balances;
    mapping(uint256 => address) private _approvals;
    mapping(address => mapping(address => bool)) private _operatorApprovals;
    mapping(uint256 => string) private _uris;
    mapping(uint256 => mapping(string => bytes)) private _metadata;

    /// @notice Registers a new agent owned by the caller.
    function register(string calldata agentURI, MetadataEntry[] calldata metadata) external returns (uint256 agentId) {
        agentId = _register(agentURI);
        for (uint256 i = 0; i < metadata.length; i++) {
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
        emit Transfer(address(0), msg.sender, agentId);
        emit Registered(agentId, agentURI, msg.sender);
    }

    function setAgentURI(uint256 agentId, string calldata newURI) external {
        _requireAuthorized(agentId);
        _uris[agentId] = newURI;
        emit URIUpdated(agentId, newURI, msg.sender);
    }

    function setMetadata(uint256 agentId, string calldata metadataKey, bytes calldata metadataValue) external {
        _requireAuthorized(agentId);
        _metadata[agentId][metadataKey] = metadataValue;
        emit MetadataSet(agentId, metadataKey, metadataKey, metadataValue);
    }

    function getMetadata(uint256 agentId, string calldata metadataKey) external view returns (bytes memory) {
        ownerOf(agentId);
        return _metadata[agentId][metadataKey];
    }

    function tokenURI(uint256 agentId) external view returns (string memory) {
        ownerOf(agentId);
        return _uris[agentId];
    }

    // ---- ERC-721 ----

    function supportsInterface(bytes4 id) external pure returns (bool) {
        return id == 0x01ffc9a7 /* ERC-165 */ || id == 0x80ac58cd /* ERC-721 */ || id == 0x5b5e139f; /* metadata */
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

    function _requireAuthorized(uint256 agentId) internal view returns (address owner) {
        owner = ownerOf(agentId);
        if (msg.sender != owner && _approvals[agentId] != msg.sender && !_operatorApprovals[owner][msg.sender]) {
            revert NotOwnerNorApproved();
        }
    }
}
