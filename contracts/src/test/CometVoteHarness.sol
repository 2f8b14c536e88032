// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {CometVote, CometVotes} from "../CometVote.sol";

/// @notice Test helper exposing the CometVotes reader: parse reverts with
/// the library's error unless `signBytes` is a vote it accepts.
contract CometVoteHarness {
    function parse(bytes calldata signBytes) external pure returns (CometVote memory) {
        return CometVotes.parse(signBytes, 0);
    }
}
