// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice Test helper: an identity registry of an ERC-8004 draft before
/// agentWallet: ERC-721 ownership and approvals only (no getAgentWallet,
/// no fallback), tokens minted by anyone to themselves.
contract PlainERC721Identity {
    error UnknownToken(uint256 id);

    mapping(uint256 => address) internal _owners;
    mapping(uint256 => address) internal _approvals;
    mapping(address => mapping(address => bool)) internal _operators;

    function mint(uint256 id) external {
        require(_owners[id] == address(0), "minted");
        _owners[id] = msg.sender;
    }

    function ownerOf(uint256 id) public view returns (address owner) {
        owner = _owners[id];
        if (owner == address(0)) revert UnknownToken(id);
    }

    function approve(address to, uint256 id) external {
        require(ownerOf(id) == msg.sender, "not owner");
        _approvals[id] = to;
    }

    function getApproved(uint256 id) external view returns (address) {
        ownerOf(id);
        return _approvals[id];
    }

    function setApprovalForAll(address operator, bool approved) external {
        _operators[msg.sender][operator] = approved;
    }

    function isApprovedForAll(address owner, address operator) external view returns (bool) {
        return _operators[owner][operator];
    }
}
