// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice Test helper: a contract that acts as an operator or a poster
/// (`exec` makes its calls: register, join, post, withdraw) and, on the
/// first payment after `arm`, calls `target` with the armed calldata,
/// recording whether that re-entry succeeded and what it reverted with.
contract ReentrantOperator {
    address public target;
    bytes public reentryData;
    bool public armed;
    uint256 public payments;
    uint256 public received;
    bool public reentrySucceeded;
    bytes public reentryRevert;

    function exec(address to, bytes calldata data) external payable returns (bytes memory) {
        (bool ok, bytes memory ret) = to.call{value: msg.value}(data);
        if (!ok) {
            assembly ("memory-safe") {
                revert(add(ret, 0x20), mload(ret))
            }
        }
        return ret;
    }

    function arm(address target_, bytes calldata data) external {
        target = target_;
        reentryData = data;
        armed = true;
    }

    receive() external payable {
        payments++;
        received += msg.value;
        if (armed) {
            armed = false;
            (bool ok, bytes memory ret) = target.call(reentryData);
            reentrySucceeded = ok;
            reentryRevert = ret;
        }
    }
}
