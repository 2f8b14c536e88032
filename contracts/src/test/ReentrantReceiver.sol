// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice Test helper: a receiver that, when paid, calls `target` again with
/// the stored calldata (a second claim of the same withdrawal) and records
/// whether that re-entry succeeded and what it reverted with.
contract ReentrantReceiver {
    address public target;
    bytes public reentryData;
    uint256 public calls;
    bool public reentrySucceeded;
    bytes public reentryRevert;

    function arm(address target_, bytes calldata data) external {
        target = target_;
        reentryData = data;
    }

    receive() external payable {
        calls++;
        if (calls == 1 && target != address(0)) {
            (bool ok, bytes memory ret) = target.call(reentryData);
            reentrySucceeded = ok;
            reentryRevert = ret;
        }
    }
}
