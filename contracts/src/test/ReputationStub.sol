// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IReputationRegistry} from "../IReputationRegistry.sol";

/// @notice Test helper: answers IReputationRegistry.getSummary with
/// summaries set by hand, per agent and tag1; like ERC-8004's registry it
/// refuses an empty client list. It answers through its fallback, so that
/// its abigen bindings do not declare a second GetSummaryOutput next to
/// ReputationRegistry's (all contracts share one Go package).
contract ReputationStub {
    struct Summary {
        uint64 count;
        int128 value;
        uint8 decimals;
    }

    mapping(uint256 agentId => mapping(bytes32 tag1 => Summary)) public summaries;

    function set(uint256 agentId, string calldata tag1, uint64 count, int128 value, uint8 decimals) external {
        summaries[agentId][keccak256(bytes(tag1))] = Summary(count, value, decimals);
    }

    fallback(bytes calldata data) external returns (bytes memory) {
        require(bytes4(data) == IReputationRegistry.getSummary.selector, "not getSummary");
        (uint256 agentId, address[] memory clients, string memory tag1,) =
            abi.decode(data[4:], (uint256, address[], string, string));
        require(clients.length > 0, "clientAddresses required");
        Summary memory s = summaries[agentId][keccak256(bytes(tag1))];
        return abi.encode(s.count, s.value, s.decimals);
    }
}
