// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {IReputationRegistry} from "./IReputationRegistry.sol";

/// @notice What the ReputationRegistry reads from its ERC-8004 identity
/// registry: ERC-721 ownership and approvals, and the agentWallet when the
/// registry has it.
interface IERC8004Identity {
    function ownerOf(uint256 agentId) external view returns (address);
    function getApproved(uint256 agentId) external view returns (address);
    function isApprovedForAll(address owner, address operator) external view returns (bool);
    function getAgentWallet(uint256 agentId) external view returns (address);
}

/// @title ReputationRegistry
/// @notice ERC-8004's Reputation Registry (draft of 2026-01-25): clients
/// give agents of one identity registry feedback, a signed fixed-point
/// `value` with `valueDecimals` (0-18) and optional tags, endpoint and
/// feedback file; clients revoke their own feedback; anyone appends
/// responses; reads filter by client and tag. No admin: the identity
/// registry is fixed at construction (the draft's `initialize` belongs to
/// its upgradeable reference; mycel's contracts have no proxy nor owner).
///
/// Rules: the agent must exist (ownerOf); its owner, an address approved
/// for it or for all the owner's tokens, and its agentWallet may not rate
/// it (SelfFeedback); |value| <= 1e38 (as the reference registry); tags at
/// most MAX_TAG_LENGTH bytes, URIs at most MAX_URI_LENGTH (FieldTooLong).
/// A client revokes only its own feedback (the index is looked up under
/// msg.sender), and a response is logged under its sender, so nobody can
/// speak for another.
///
/// getSummary (the draft gives only its signature; this follows its
/// reference implementation, which deployed registries and clients agree
/// on): over the non-revoked feedback of the listed clients matching the
/// tags (an empty tag matches all), `count` entries; every value is scaled
/// to 18 decimals, their mean is taken (rounded toward zero), and expressed
/// in `summaryValueDecimals` = the valueDecimals most of the entries have
/// (ties: the fewest), again rounded toward zero. Where the mean does not
/// fit an int128 at those decimals (values of very different scales: the
/// reference would wrap around), fewer decimals are used until it does.
/// No entries: (0, 0, 0).
///
/// Gas: giveFeedback and the per-feedback reads are O(1); getSummary reads
/// every feedback entry of the listed clients only (a client spamming
/// feedback makes only the summaries that list it dearer), and refuses
/// an empty list (the draft: a summary over all clients is open to Sybil
/// spam) and a list naming a client twice. readAllFeedback with no client
/// list and getResponseCount with client zero walk every client of the
/// agent: eth_call reads for indexers, not for contracts.
///
/// It implements IReputationRegistry, the read NodeBounty makes.
contract ReputationRegistry is IReputationRegistry {
    struct Feedback {
        int128 value;
        uint8 valueDecimals;
        bool isRevoked;
        string tag1;
        string tag2;
    }

    error ZeroAddress();
    error NotAContract(address identityRegistry);
    error UnknownAgent(uint256 agentId);
    error SelfFeedback(uint256 agentId, address client);
    error ValueDecimalsTooLarge(uint8 valueDecimals);
    error ValueOutOfRange(int128 value);
    error FieldTooLong(string field, uint256 length, uint256 max);
    error FeedbackNotFound(uint256 agentId, address client, uint64 feedbackIndex);
    error AlreadyRevoked(uint256 agentId, address client, uint64 feedbackIndex);
    error EmptyResponseURI();
    error ClientAddressesRequired();
    error DuplicateClient(address client);
    /// Too little gas was left to ask the identity registry for the
    /// agentWallet with WALLET_CALL_GAS (a caller starving that call must
    /// not pass the self-feedback check).
    error InsufficientGas();

    event NewFeedback(
        uint256 indexed agentId,
        address indexed clientAddress,
        uint64 feedbackIndex,
        int128 value,
        uint8 valueDecimals,
        string indexed indexedTag1,
        string tag1,
        string tag2,
        string endpoint,
        string feedbackURI,
        bytes32 feedbackHash
    );
    event FeedbackRevoked(uint256 indexed agentId, address indexed clientAddress, uint64 indexed feedbackIndex);
    event ResponseAppended(
        uint256 indexed agentId,
        address indexed clientAddress,
        uint64 feedbackIndex,
        address indexed responder,
        string responseURI,
        bytes32 responseHash
    );

    uint8 public constant MAX_VALUE_DECIMALS = 18;
    /// |value| bound: 1e38 (ERC-8004's reference registry), within int128.
    int128 public constant MAX_ABS_VALUE = 1e38;
    /// tag1 and tag2 are stored: at most 64 bytes each (two storage words).
    uint256 public constant MAX_TAG_LENGTH = 64;
    /// endpoint, feedbackURI and responseURI are only logged: at most 2,048
    /// bytes each (the practical URL limit of browsers and CDNs).
    uint256 public constant MAX_URI_LENGTH = 2048;
    /// Gas given to the identity registry's getAgentWallet.
    uint256 public constant WALLET_CALL_GAS = 30_000;

    IERC8004Identity internal immutable _identity;

    /// agentId => client => feedbackIndex (1-based) => feedback.
    mapping(uint256 => mapping(address => mapping(uint64 => Feedback))) internal _feedback;
    /// agentId => client => the client's last feedbackIndex (0: none yet).
    mapping(uint256 => mapping(address => uint64)) internal _lastIndex;
    /// agentId => every client that gave it feedback, in order of first feedback.
    mapping(uint256 => address[]) internal _clients;
    /// agentId => client => feedbackIndex => responses appended, by anyone.
    mapping(uint256 => mapping(address => mapping(uint64 => uint64))) internal _responseTotal;
    /// agentId => client => feedbackIndex => responder => responses it appended.
    mapping(uint256 => mapping(address => mapping(uint64 => mapping(address => uint64)))) internal _responseCount;

    constructor(address identityRegistry_) {
        if (identityRegistry_ == address(0)) revert ZeroAddress();
        if (identityRegistry_.code.length == 0) revert NotAContract(identityRegistry_);
        _identity = IERC8004Identity(identityRegistry_);
    }

    /// @notice The ERC-8004 identity registry whose agents this registry rates.
    function getIdentityRegistry() external view returns (address identityRegistry) {
        return address(_identity);
    }

    /// @notice Records the caller's feedback on agentId: index
    /// getLastIndex(agentId, msg.sender) + 1. tag1, tag2 and the value are
    /// stored; endpoint, feedbackURI and feedbackHash are only logged.
    function giveFeedback(
        uint256 agentId,
        int128 value,
        uint8 valueDecimals,
        string calldata tag1,
        string calldata tag2,
        string calldata endpoint,
        string calldata feedbackURI,
        bytes32 feedbackHash
    ) external {
        if (valueDecimals > MAX_VALUE_DECIMALS) revert ValueDecimalsTooLarge(valueDecimals);
        if (value > MAX_ABS_VALUE || value < -MAX_ABS_VALUE) revert ValueOutOfRange(value);
        _checkLength("tag1", bytes(tag1).length, MAX_TAG_LENGTH);
        _checkLength("tag2", bytes(tag2).length, MAX_TAG_LENGTH);
        _checkLength("endpoint", bytes(endpoint).length, MAX_URI_LENGTH);
        _checkLength("feedbackURI", bytes(feedbackURI).length, MAX_URI_LENGTH);
        if (_isSelf(agentId, msg.sender)) revert SelfFeedback(agentId, msg.sender);

        uint64 index = _lastIndex[agentId][msg.sender] + 1;
        _lastIndex[agentId][msg.sender] = index;
        if (index == 1) _clients[agentId].push(msg.sender);
        Feedback storage f = _feedback[agentId][msg.sender][index];
        f.value = value;
        f.valueDecimals = valueDecimals;
        if (bytes(tag1).length != 0) f.tag1 = tag1;
        if (bytes(tag2).length != 0) f.tag2 = tag2;
        _emitNewFeedback(agentId, index, value, valueDecimals, tag1, tag2, endpoint, feedbackURI, feedbackHash);
    }

    function _emitNewFeedback(
        uint256 agentId,
        uint64 index,
        int128 value,
        uint8 valueDecimals,
        string calldata tag1,
        string calldata tag2,
        string calldata endpoint,
        string calldata feedbackURI,
        bytes32 feedbackHash
    ) internal {
        emit NewFeedback(
            agentId, msg.sender, index, value, valueDecimals, tag1, tag1, tag2, endpoint, feedbackURI, feedbackHash
        );
    }

    /// @notice Revokes the caller's own feedback feedbackIndex on agentId.
    function revokeFeedback(uint256 agentId, uint64 feedbackIndex) external {
        Feedback storage f = _existing(agentId, msg.sender, feedbackIndex);
        if (f.isRevoked) revert AlreadyRevoked(agentId, msg.sender, feedbackIndex);
        f.isRevoked = true;
        emit FeedbackRevoked(agentId, msg.sender, feedbackIndex);
    }

    /// @notice Appends the caller's response (a refund shown by the agent, a
    /// spam tag by an aggregator, ...) to an existing feedback entry.
    function appendResponse(
        uint256 agentId,
        address clientAddress,
        uint64 feedbackIndex,
        string calldata responseURI,
        bytes32 responseHash
    ) external {
        _existing(agentId, clientAddress, feedbackIndex);
        if (bytes(responseURI).length == 0) revert EmptyResponseURI();
        _checkLength("responseURI", bytes(responseURI).length, MAX_URI_LENGTH);
        _responseTotal[agentId][clientAddress][feedbackIndex] += 1;
        _responseCount[agentId][clientAddress][feedbackIndex][msg.sender] += 1;
        emit ResponseAppended(agentId, clientAddress, feedbackIndex, msg.sender, responseURI, responseHash);
    }

    // ---- reads ----

    /// @notice The summary of the listed clients' non-revoked feedback on
    /// agentId matching tag1 and tag2 ("" matches all): see the contract's
    /// notice for the arithmetic. clientAddresses must be non-empty and
    /// name each client once.
    function getSummary(uint256 agentId, address[] calldata clientAddresses, string calldata tag1, string calldata tag2)
        external
        view
        returns (uint64 count, int128 summaryValue, uint8 summaryValueDecimals)
    {
        if (clientAddresses.length == 0) revert ClientAddressesRequired();
        _checkDistinct(clientAddresses);
        (int256 sumWad, uint64[19] memory byDecimals) =
            _sumWad(agentId, clientAddresses, _filterHash(tag1), _filterHash(tag2));
        for (uint8 d = 0; d <= MAX_VALUE_DECIMALS; d++) {
            count += byDecimals[d];
        }
        if (count == 0) return (0, 0, 0);
        uint64 most;
        for (uint8 d = 0; d <= MAX_VALUE_DECIMALS; d++) {
            if (byDecimals[d] > most) {
                most = byDecimals[d];
                summaryValueDecimals = d;
            }
        }
        // |mean| <= 1e56 (1e38 at 18 decimals): at 0 decimals it fits.
        int256 meanWad = sumWad / int256(uint256(count));
        while (true) {
            int256 v = meanWad / int256(10 ** uint256(MAX_VALUE_DECIMALS - summaryValueDecimals));
            if (v <= type(int128).max && v >= type(int128).min) {
                summaryValue = int128(v);
                break;
            }
            summaryValueDecimals--;
        }
    }

    /// The sum of the matching entries' values at 18 decimals, and how many
    /// entries had each valueDecimals.
    function _sumWad(uint256 agentId, address[] calldata clients, bytes32 h1, bytes32 h2)
        internal
        view
        returns (int256 sumWad, uint64[19] memory byDecimals)
    {
        for (uint256 i = 0; i < clients.length; i++) {
            mapping(uint64 => Feedback) storage byIndex = _feedback[agentId][clients[i]];
            uint64 last = _lastIndex[agentId][clients[i]];
            for (uint64 j = 1; j <= last; j++) {
                Feedback storage f = byIndex[j];
                if (!_matches(f, false, h1, h2)) continue;
                uint8 d = f.valueDecimals;
                sumWad += int256(f.value) * int256(10 ** uint256(MAX_VALUE_DECIMALS - d));
                byDecimals[d]++;
            }
        }
    }

    /// @notice One feedback entry (revoked ones too).
    function readFeedback(uint256 agentId, address clientAddress, uint64 feedbackIndex)
        external
        view
        returns (int128 value, uint8 valueDecimals, string memory tag1, string memory tag2, bool isRevoked)
    {
        Feedback storage f = _existing(agentId, clientAddress, feedbackIndex);
        return (f.value, f.valueDecimals, f.tag1, f.tag2, f.isRevoked);
    }

    struct AllFeedback {
        address[] clients;
        uint64[] feedbackIndexes;
        int128[] values;
        uint8[] valueDecimals;
        string[] tag1s;
        string[] tag2s;
        bool[] revokedStatuses;
    }

    /// @notice Every feedback entry of the listed clients (every client of
    /// the agent when the list is empty) matching tag1 and tag2 ("" matches
    /// all), revoked ones only with includeRevoked; client by client in list
    /// order, each client's entries by index.
    function readAllFeedback(
        uint256 agentId,
        address[] memory clientAddresses,
        string memory tag1,
        string memory tag2,
        bool includeRevoked
    )
        external
        view
        returns (
            address[] memory clients,
            uint64[] memory feedbackIndexes,
            int128[] memory values,
            uint8[] memory valueDecimals,
            string[] memory tag1s,
            string[] memory tag2s,
            bool[] memory revokedStatuses
        )
    {
        AllFeedback memory all = _readAll(agentId, _clientList(agentId, clientAddresses), tag1, tag2, includeRevoked);
        return (all.clients, all.feedbackIndexes, all.values, all.valueDecimals, all.tag1s, all.tag2s, all.revokedStatuses);
    }

    function _readAll(uint256 agentId, address[] memory list, string memory tag1, string memory tag2, bool includeRevoked)
        internal
        view
        returns (AllFeedback memory all)
    {
        bytes32 h1 = _filterHash(tag1);
        bytes32 h2 = _filterHash(tag2);
        uint256 n;
        for (uint256 i = 0; i < list.length; i++) {
            uint64 last = _lastIndex[agentId][list[i]];
            for (uint64 j = 1; j <= last; j++) {
                if (_matches(_feedback[agentId][list[i]][j], includeRevoked, h1, h2)) n++;
            }
        }
        all.clients = new address[](n);
        all.feedbackIndexes = new uint64[](n);
        all.values = new int128[](n);
        all.valueDecimals = new uint8[](n);
        all.tag1s = new string[](n);
        all.tag2s = new string[](n);
        all.revokedStatuses = new bool[](n);
        uint256 k;
        for (uint256 i = 0; i < list.length; i++) {
            uint64 last = _lastIndex[agentId][list[i]];
            for (uint64 j = 1; j <= last; j++) {
                Feedback storage f = _feedback[agentId][list[i]][j];
                if (!_matches(f, includeRevoked, h1, h2)) continue;
                all.clients[k] = list[i];
                all.feedbackIndexes[k] = j;
                all.values[k] = f.value;
                all.valueDecimals[k] = f.valueDecimals;
                all.tag1s[k] = f.tag1;
                all.tag2s[k] = f.tag2;
                all.revokedStatuses[k] = f.isRevoked;
                k++;
            }
        }
    }

    /// @notice Responses appended to agentId's feedback, by the listed
    /// responders (everyone when the list is empty): to one entry, to every
    /// entry of clientAddress when feedbackIndex is 0, to every entry of
    /// every client when clientAddress is zero.
    function getResponseCount(uint256 agentId, address clientAddress, uint64 feedbackIndex, address[] calldata responders)
        external
        view
        returns (uint64 count)
    {
        if (clientAddress == address(0)) {
            address[] storage all = _clients[agentId];
            for (uint256 i = 0; i < all.length; i++) {
                count += _responsesOfClient(agentId, all[i], responders);
            }
        } else if (feedbackIndex == 0) {
            count = _responsesOfClient(agentId, clientAddress, responders);
        } else {
            count = _responses(agentId, clientAddress, feedbackIndex, responders);
        }
    }

    function _responsesOfClient(uint256 agentId, address client, address[] calldata responders)
        internal
        view
        returns (uint64 count)
    {
        uint64 last = _lastIndex[agentId][client];
        for (uint64 j = 1; j <= last; j++) {
            count += _responses(agentId, client, j, responders);
        }
    }

    function _responses(uint256 agentId, address client, uint64 index, address[] calldata responders)
        internal
        view
        returns (uint64 count)
    {
        if (responders.length == 0) return _responseTotal[agentId][client][index];
        for (uint256 k = 0; k < responders.length; k++) {
            count += _responseCount[agentId][client][index][responders[k]];
        }
    }

    /// @notice Every client that gave agentId feedback, in order of their
    /// first feedback (revoking does not remove a client).
    function getClients(uint256 agentId) external view returns (address[] memory) {
        return _clients[agentId];
    }

    /// @notice clientAddress's last feedbackIndex on agentId (0: none).
    function getLastIndex(uint256 agentId, address clientAddress) external view returns (uint64) {
        return _lastIndex[agentId][clientAddress];
    }

    // ---- internals ----

    /// True if `who` owns agentId, is approved for it (the token or all the
    /// owner's tokens) or is its agentWallet. Reverts UnknownAgent when the
    /// registry knows no such agent.
    function _isSelf(uint256 agentId, address who) internal view returns (bool) {
        address owner;
        try _identity.ownerOf(agentId) returns (address o) {
            owner = o;
        } catch {
            revert UnknownAgent(agentId);
        }
        if (owner == address(0)) revert UnknownAgent(agentId);
        if (who == owner || _identity.getApproved(agentId) == who || _identity.isApprovedForAll(owner, who)) {
            return true;
        }
        // The agentWallet, where the registry has one (ERC-8004 drafts
        // before 2026 had none). The call gets WALLET_CALL_GAS in full, so
        // a failure is the registry's answer, never a caller's gas limit.
        if (gasleft() < WALLET_CALL_GAS + WALLET_CALL_GAS / 63 + 5_000) revert InsufficientGas();
        (bool ok, bytes memory res) = address(_identity).staticcall{gas: WALLET_CALL_GAS}(
            abi.encodeCall(IERC8004Identity.getAgentWallet, (agentId))
        );
        return ok && res.length >= 32 && abi.decode(res, (address)) == who;
    }

    function _existing(uint256 agentId, address client, uint64 index) internal view returns (Feedback storage) {
        if (index == 0 || index > _lastIndex[agentId][client]) revert FeedbackNotFound(agentId, client, index);
        return _feedback[agentId][client][index];
    }

    function _matches(Feedback storage f, bool includeRevoked, bytes32 h1, bytes32 h2) internal view returns (bool) {
        if (f.isRevoked && !includeRevoked) return false;
        if (h1 != bytes32(0) && keccak256(bytes(f.tag1)) != h1) return false;
        if (h2 != bytes32(0) && keccak256(bytes(f.tag2)) != h2) return false;
        return true;
    }

    /// The hash a tag filter compares stored tags with; zero for "" (no filter).
    function _filterHash(string memory tag) internal pure returns (bytes32) {
        return bytes(tag).length == 0 ? bytes32(0) : keccak256(bytes(tag));
    }

    function _clientList(uint256 agentId, address[] memory given) internal view returns (address[] memory) {
        if (given.length == 0) return _clients[agentId];
        _checkDistinct(given);
        return given;
    }

    /// Reverts DuplicateClient if `list` names an address twice: a 256-bit
    /// filter on the addresses' low byte; only on a hit is the prefix scanned.
    function _checkDistinct(address[] memory list) internal pure {
        uint256 seen;
        for (uint256 i = 0; i < list.length; i++) {
            uint256 bit = 1 << (uint160(list[i]) & 0xff);
            if (seen & bit != 0) {
                for (uint256 j = 0; j < i; j++) {
                    if (list[j] == list[i]) revert DuplicateClient(list[i]);
                }
            }
            seen |= bit;
        }
    }

    function _checkLength(string memory field, uint256 length, uint256 max) internal pure {
        if (length > max) revert FieldTooLong(field, length, max);
    }
}
