// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice The read of an ERC-8004 reputation registry that NodeBounty makes
/// (the draft's `getSummary`): for identity `agentId`, the number of
/// feedback entries given by `clientAddresses` (ERC-8004 requires a
/// non-empty list, the caller's choice of reviewers it trusts) with tags
/// `tag1` and `tag2` (an empty tag matches any), and their summary value as
/// a fixed-point number `summaryValue / 10**summaryValueDecimals`.
interface IReputationRegistry {
    function getSummary(
        uint256 agentId,
        address[] calldata clientAddresses,
        string calldata tag1,
        string calldata tag2
    ) external view returns (uint64 count, int128 summaryValue, uint8 summaryValueDecimals);
}
