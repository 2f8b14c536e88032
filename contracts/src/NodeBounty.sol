// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {BLSRegistry} from "./BLSRegistry.sol";
import {IReputationRegistry} from "./IReputationRegistry.sol";
import {ReputationRegistry} from "./ReputationRegistry.sol";
import {BatchRecord, Rollup} from "./Rollup.sol";
import {StakingRegistry} from "./StakingRegistry.sol";

/// @title NodeBounty
/// @notice The L1 side of the operator market. Anyone (typically an agent
/// with an ERC-8004 identity) posts a bounty: ETH in escrow and terms, a
/// reward per finalized batch signed, a number of operator seats, which
/// operators qualify (kind, minimum stake, optionally a minimum ERC-8004
/// reputation), a window [start, end] and a notice period. Operators
/// (StakingRegistry operators that qualify) take and leave seats. For each
/// finalized batch committed in the window, anyone may claim once per
/// bounty: every seated operator whose consensus key signed the batch's
/// certificate is credited the reward, checked against the signers hash the
/// Rollup stored at commit (as RewardPool does). Operators withdraw what
/// they were credited; the poster takes back what no one earned once the
/// bounty is over. No admin: nothing here can move escrow except these rules.
///
/// Time. A batch is judged by its commit time on L1 (`Rollup.committedAt(i)`,
/// when its certificate was checked): it pays a bounty if
/// start <= committedAt <= end, and a seat if the operator took the seat
/// strictly before (joinedAt < committedAt: a commit in the join's own block
/// does not pay) and had not left before (committedAt <= leftAt). A batch
/// reverted and committed again is judged by its new commit.
///
/// Unit. Rewards are per finalized batch, not per L2 block: a header's
/// block range is covered by the signers' attestations only (neither the
/// proof nor the Rollup checks it against the previous batch's), so a per-
/// block rate would let the paid signers set their own pay.
///
/// Slashing. An operator jailed by the StakingRegistry earns nothing from
/// then on, for batches it signed before too (as in RewardPool), cannot
/// withdraw, and anyone may `reclaim` its seat: the seat frees and what it
/// had been credited and not withdrawn goes to the poster at once.
///
/// Ending. The poster may `cancel`: the bounty then ends `noticePeriod`
/// after the cancel (or at its end, if sooner). Batches committed by the end
/// may be finalized up to the Rollup's proof window later, so the unspent
/// escrow returns to the poster (`refund`) only `claimPeriod` after the end;
/// until the poster takes it, late claims are still paid from it.
///
/// Uptime. Every finalized batch in the window can be claimed, whether it
/// pays anyone or not (no seated signer, or the escrow spent): the bounty
/// counts its claims, and each seat counts the claims that credited it (in
/// the storage slots the claim writes anyway: no write per signer beyond
/// the paid seats'). `reportUptime` turns a seat's figures since its last
/// report into protocol-sourced ERC-8004 feedback for the operator's agent
/// identity, from this contract as client: tag1 "uptime", tag2
/// "mycel-bounty", value the share of the claims that credited the seat
/// (2 decimals: 10000 is 100.00%), once at least MIN_UPTIME_SAMPLE claims
/// have been made since. Claims, not batch indices, are what is counted:
/// a batch committed before a seat was taken and claimed after counts as
/// one it missed, and claims made after a seat left count for nothing.
contract NodeBounty {
    /// Which operators qualify for a seat. (Not StakingRegistry.Kind, which
    /// has no "any": Human there is 0.)
    enum OperatorKind {
        Any,
        Human,
        Agent
    }

    /// An optional minimum ERC-8004 reputation (registry zero: none). Only
    /// agent operators, with a valid identity link, can meet it: at join,
    /// `registry.getSummary(agentId, clients, tag1, tag2)` must count at
    /// least one entry and a value of at least minValue / 10**minDecimals.
    struct Reputation {
        address registry;
        address[] clients;
        string tag1;
        string tag2;
        int128 minValue;
        uint8 minDecimals;
    }

    struct Terms {
        uint128 rewardPerBatch; // wei per seated signer per finalized batch
        uint128 minStake; // wei bonded at join, and signed with in each paid batch
        uint32 seats; // operators seated at once, at most
        OperatorKind kind;
        uint64 start; // unix seconds; 0: the posting block's time
        uint64 end; // unix seconds, after start and after now
        uint64 noticePeriod; // seconds between a cancel and the end it sets
        Reputation reputation;
    }

    struct Bounty {
        // slot 0
        address poster;
        uint48 start;
        uint48 end; // brought forward by cancel
        // slot 1: written by every claim
        uint128 rewardPerBatch;
        uint96 remaining; // escrow not yet credited to anyone
        uint32 claims; // batches claimed (paying or not)
        // slot 2
        uint128 minStake;
        uint32 seats;
        uint32 taken;
        OperatorKind kind;
        bool cancelled;
        uint48 noticePeriod;
        // slot 3
        uint128 reclaimable; // forfeited by jailed operators: the poster's to refund now
        uint128 escrow; // wei escrowed at post
        // slot 4
        uint256 agentId; // the poster's ERC-8004 identity; 0: none
    }

    /// A seat of one bounty, keyed by the operator's consensus key (the
    /// certificate's signer). It stays after the operator leaves, so that
    /// batches committed while it was seated still pay it.
    struct Seat {
        // slot 0
        address operator; // the operator's owner address (StakingRegistry)
        uint48 joinedAt;
        uint48 leftAt; // 0 while seated
        // slot 1: written by each claim that credits the seat
        uint112 owed; // credited, not withdrawn
        uint112 earned; // credited in total
        uint32 paidBatches; // claims that credited the seat (0 wei once the escrow is spent), in total
        // slot 2: the period not yet reported (reportUptime), written at
        // join, leave and report only
        uint32 fromClaims; // the bounty's claim count where it starts (shifted by a rejoin: see join)
        uint32 fromPaid; // paidBatches there
        uint32 leftClaims; // the bounty's claim count at the leave
        uint32 leftPaid; // paidBatches at the leave
    }

    error UnknownBounty(uint256 bountyId);
    error NoEscrow();
    error NoReward();
    error NoSeats();
    error BadWindow(uint64 start, uint64 end);
    error BadNoticePeriod(uint64 noticePeriod);
    error BadReputationTerms();
    error NotAgentController(uint256 agentId);
    error BountyOver(uint256 bountyId);
    error SeatsFull(uint256 bountyId, uint32 seats);
    error AlreadySeated(uint256 bountyId, address operator);
    error NotOperator(address who);
    error OperatorJailed(address operator);
    error WrongKind(OperatorKind required);
    error AgentNotLinked(address operator);
    error StakeTooLow(uint256 bonded, uint256 minimum);
    error ReputationTooLow(uint64 count, int128 value, uint8 decimals);
    error NotSeated(uint256 bountyId, address operator);
    error AlreadyClaimed(uint256 bountyId, uint256 batchIndex);
    error BatchNotFinalized(uint256 batchIndex);
    error SignersMismatch();
    error OutsideWindow(uint256 batchIndex, uint64 committedAt);
    error NotPoster();
    error AlreadyCancelled();
    error RefundNotYet(uint256 refundableAt);
    error NothingToRefund();
    error NotJailed(address operator);
    error NothingToReclaim();
    error NothingToWithdraw();
    error TransferFailed();
    error Reentrancy();
    /// NodeBounty was deployed without a ReputationRegistry: no uptime to report to.
    error NoReputationRegistry();
    /// Fewer than MIN_UPTIME_SAMPLE claims since the seat's last report (or
    /// join; up to its leave for a seat that left).
    error SampleTooSmall(uint256 claimed, uint256 minimum);
    /// Too little gas left to record the uptime in the ReputationRegistry.
    error InsufficientGas();

    /// `terms` as posted, with start resolved; `escrow` is msg.value.
    event BountyPosted(
        uint256 indexed bountyId, address indexed poster, uint256 indexed agentId, Terms terms, uint256 escrow
    );
    event SeatJoined(uint256 indexed bountyId, address indexed operator, address indexed signer);
    event SeatLeft(uint256 indexed bountyId, address indexed operator);
    /// A jailed operator's seat: `forfeited` wei went to the poster;
    /// `freed`: the operator was still seated and its seat is free now.
    event SeatReclaimed(uint256 indexed bountyId, address indexed operator, uint256 forfeited, bool freed);
    /// Batch `batchIndex` paid `share` wei to each of `operators` (none: a
    /// claim that pays nobody, counted all the same).
    event BatchClaimed(uint256 indexed bountyId, uint256 indexed batchIndex, address[] operators, uint256 share);
    event Withdrawn(uint256 indexed bountyId, address indexed operator, uint256 amount);
    /// The poster cancelled; the bounty ends at `end`.
    event Cancelled(uint256 indexed bountyId, uint64 end);
    event Refunded(uint256 indexed bountyId, address indexed poster, uint256 amount);
    /// `operator`'s seat was credited by `paid` of the `claimed` claims of
    /// its period: uptime `value` / 100 percent, given to identity
    /// `agentId` as feedback (`recorded`: the registry took it).
    event UptimeReported(
        uint256 indexed bountyId,
        address indexed operator,
        uint256 indexed agentId,
        uint256 paid,
        uint256 claimed,
        uint256 value,
        bool recorded
    );

    Rollup public immutable rollup;
    StakingRegistry public immutable staking;
    /// The BLS sets naming the signers of BLS-certified batches (claimBLS).
    BLSRegistry public immutable bls;
    /// Seconds after a bounty's end before its unspent escrow can be refunded:
    /// at least the Rollup's proof window, so that batches committed by the
    /// end can be finalized and claimed first.
    uint64 public immutable claimPeriod;
    /// Where uptime is reported (zero: nowhere).
    ReputationRegistry public immutable reputation;

    /// Claims a report covers at least, so that a seat's record is not
    /// written one batch at a time.
    uint256 public constant MIN_UPTIME_SAMPLE = 16;
    /// Gas kept for the feedback call, so that a caller cannot starve it
    /// and move a seat's period on without the record (as the Slasher).
    uint256 internal constant FEEDBACK_GAS = 400_000;

    uint256 public bountyCount; // bounties are numbered 1, 2, ...
    mapping(uint256 bountyId => Bounty) internal _bounties;
    mapping(uint256 bountyId => Reputation) internal _reputation;
    mapping(uint256 bountyId => mapping(address signer => Seat)) public seats;
    /// The consensus key of each operator that ever took a seat (fixed in
    /// the StakingRegistry: an owner registers once).
    mapping(address operator => address signer) public signerOf;
    /// Claimed batches per bounty, 256 to a word.
    mapping(uint256 bountyId => mapping(uint256 word => uint256)) internal _claimed;

    bool transient _locked;

    modifier nonReentrant() {
        if (_locked) revert Reentrancy();
        _locked = true;
        _;
        _locked = false;
    }

    constructor(address rollup_, address staking_, address reputation_, address bls_, uint64 claimPeriod_) {
        rollup = Rollup(rollup_);
        staking = StakingRegistry(staking_);
        bls = BLSRegistry(bls_);
        reputation = ReputationRegistry(reputation_);
        require(claimPeriod_ >= Rollup(rollup_).proofWindow(), "claim period shorter than the proof window");
        claimPeriod = claimPeriod_;
    }

    // ---- poster ----

    /// @notice Posts a bounty with msg.value in escrow. `agentId` is the
    /// poster's ERC-8004 identity (0: none); the caller must control it as
    /// StakingRegistry.controlsAgent says (its owner or its agentWallet).
    function post(Terms calldata terms, uint256 agentId) external payable nonReentrant returns (uint256 bountyId) {
        if (msg.value == 0 || msg.value > type(uint96).max) revert NoEscrow();
        if (terms.rewardPerBatch == 0) revert NoReward();
        if (terms.seats == 0) revert NoSeats();
        uint64 start = terms.start == 0 ? uint64(block.timestamp) : terms.start;
        if (terms.end <= start || terms.end <= block.timestamp || terms.end > type(uint48).max) {
            revert BadWindow(start, terms.end);
        }
        if (terms.noticePeriod > type(uint48).max) revert BadNoticePeriod(terms.noticePeriod);
        _checkReputationTerms(terms.reputation, terms.kind);
        if (agentId != 0 && !staking.controlsAgent(msg.sender, agentId)) revert NotAgentController(agentId);

        bountyId = ++bountyCount;
        Bounty storage b = _bounties[bountyId];
        b.poster = msg.sender;
        b.start = uint48(start);
        b.end = uint48(terms.end);
        b.rewardPerBatch = terms.rewardPerBatch;
        b.remaining = uint96(msg.value);
        b.minStake = terms.minStake;
        b.seats = terms.seats;
        b.kind = terms.kind;
        b.noticePeriod = uint48(terms.noticePeriod);
        b.escrow = uint128(msg.value);
        b.agentId = agentId;
        if (terms.reputation.registry != address(0)) _reputation[bountyId] = terms.reputation;

        Terms memory t = terms;
        t.start = start;
        emit BountyPosted(bountyId, msg.sender, agentId, t, msg.value);
    }

    function _checkReputationTerms(Reputation calldata r, OperatorKind kind) internal view {
        if (r.registry == address(0)) {
            // No requirement: the other fields must be empty too, so that no
            // one reads a requirement into a bounty that has none.
            if (
                r.clients.length != 0 || bytes(r.tag1).length != 0 || bytes(r.tag2).length != 0 || r.minValue != 0
                    || r.minDecimals != 0
            ) revert BadReputationTerms();
            return;
        }
        // ERC-8004 summaries need a client list; only agents have a reputation.
        if (r.clients.length == 0 || r.registry.code.length == 0 || r.minDecimals > 18 || kind == OperatorKind.Human) {
            revert BadReputationTerms();
        }
    }

    /// @notice Ends the bounty `noticePeriod` from now (or at its end, if
    /// sooner). Seated operators keep earning until then; the unspent escrow
    /// is refundable `claimPeriod` after the end.
    function cancel(uint256 bountyId) external nonReentrant {
        Bounty storage b = _bounty(bountyId);
        if (msg.sender != b.poster) revert NotPoster();
        if (b.cancelled) revert AlreadyCancelled();
        if (block.timestamp >= b.end) revert BountyOver(bountyId);
        uint256 newEnd = block.timestamp + b.noticePeriod;
        if (newEnd < b.end) b.end = uint48(newEnd);
        b.cancelled = true;
        emit Cancelled(bountyId, b.end);
    }

    /// @notice Pays the poster what jailed operators forfeited, and, from
    /// `claimPeriod` after the end, the unspent escrow.
    function refund(uint256 bountyId) external nonReentrant {
        Bounty storage b = _bounty(bountyId);
        if (msg.sender != b.poster) revert NotPoster();
        uint256 amount = b.reclaimable;
        uint256 at = refundableAt(bountyId);
        if (block.timestamp >= at) {
            amount += b.remaining;
            b.remaining = 0;
        } else if (amount == 0 && b.remaining != 0) {
            revert RefundNotYet(at);
        }
        if (amount == 0) revert NothingToRefund();
        b.reclaimable = 0;
        emit Refunded(bountyId, msg.sender, amount);
        _pay(msg.sender, amount);
    }

    // ---- operators ----

    /// @notice Seats the caller's operator, which must qualify now: registered,
    /// not jailed, of the bounty's kind (an agent with a valid identity link),
    /// bonded at least minStake, and with the reputation the bounty asks.
    /// An operator that left may join again: its new term replaces the old
    /// (batches of the old term not yet claimed no longer pay it), and the
    /// old term's unreported uptime period carries over: the new period
    /// counts the claims and credits of both terms, not those in between.
    function join(uint256 bountyId) external nonReentrant {
        Bounty storage b = _bounty(bountyId);
        if (block.timestamp >= b.end) revert BountyOver(bountyId);
        StakingRegistry.Operator memory op = staking.operators(msg.sender);
        if (op.signer == address(0)) revert NotOperator(msg.sender);
        Seat storage s = seats[bountyId][op.signer];
        bool rejoin = s.operator != address(0);
        if (rejoin && s.leftAt == 0) revert AlreadySeated(bountyId, msg.sender);
        if (b.taken >= b.seats) revert SeatsFull(bountyId, b.seats);
        _checkQualifies(bountyId, b, op);
        b.taken += 1;
        uint32 claims = b.claims;
        if (rejoin) {
            // claims - fromClaims, as reportUptime computes it, then counts
            // the old term's unreported claims and this term's.
            s.fromClaims = claims - (s.leftClaims - s.fromClaims);
            s.fromPaid = s.paidBatches - (s.leftPaid - s.fromPaid);
        } else {
            s.fromClaims = claims; // paidBatches and fromPaid are 0
        }
        s.operator = msg.sender;
        s.joinedAt = uint48(block.timestamp);
        s.leftAt = 0;
        if (signerOf[msg.sender] == address(0)) signerOf[msg.sender] = op.signer;
        emit SeatJoined(bountyId, msg.sender, op.signer);
    }

    function _checkQualifies(uint256 bountyId, Bounty storage b, StakingRegistry.Operator memory op) internal view {
        if (op.jailed) revert OperatorJailed(msg.sender);
        OperatorKind kind = b.kind;
        Reputation storage r = _reputation[bountyId];
        address registry = r.registry;
        if (kind == OperatorKind.Human && op.kind != StakingRegistry.Kind.Human) revert WrongKind(kind);
        if (kind == OperatorKind.Agent || registry != address(0)) {
            if (op.kind != StakingRegistry.Kind.Agent) revert WrongKind(OperatorKind.Agent);
            if (op.agentId == 0 || !staking.agentLinkValid(op.agentId)) revert AgentNotLinked(msg.sender);
        }
        uint256 minStake = b.minStake;
        if (op.bonded == 0 || op.bonded < minStake) revert StakeTooLow(op.bonded, minStake);
        if (registry != address(0)) {
            (uint64 count, int128 value, uint8 decimals) =
                IReputationRegistry(registry).getSummary(op.agentId, r.clients, r.tag1, r.tag2);
            if (count == 0 || decimals > 18 || !_atLeast(value, decimals, r.minValue, r.minDecimals)) {
                revert ReputationTooLow(count, value, decimals);
            }
        }
    }

    /// value / 10**d >= min / 10**md, exactly (d, md <= 18: no overflow).
    function _atLeast(int128 value, uint8 d, int128 min, uint8 md) internal pure returns (bool) {
        return int256(value) * int256(10 ** uint256(md)) >= int256(min) * int256(10 ** uint256(d));
    }

    /// @notice Frees the caller's seat. Batches committed up to now still pay it.
    function leave(uint256 bountyId) external nonReentrant {
        Bounty storage b = _bounty(bountyId);
        Seat storage s = seats[bountyId][signerOf[msg.sender]];
        if (s.operator != msg.sender || s.leftAt != 0) revert NotSeated(bountyId, msg.sender);
        _leave(b, s);
        emit SeatLeft(bountyId, msg.sender);
    }

    /// Frees seat s, and closes its uptime period at the bounty's claim count.
    function _leave(Bounty storage b, Seat storage s) internal {
        s.leftAt = uint48(block.timestamp);
        b.taken -= 1;
        s.leftClaims = b.claims;
        s.leftPaid = s.paidBatches;
    }

    /// @notice For a jailed operator (anyone may call): frees its seat if it
    /// still holds one, and gives what it was credited and has not withdrawn
    /// to the poster (refund pays it at once).
    function reclaim(uint256 bountyId, address operator) external nonReentrant {
        Bounty storage b = _bounty(bountyId);
        Seat storage s = seats[bountyId][signerOf[operator]];
        if (s.operator != operator || operator == address(0)) revert NotSeated(bountyId, operator);
        if (!staking.isJailed(operator)) revert NotJailed(operator);
        bool freed = s.leftAt == 0;
        uint128 forfeited = s.owed;
        if (!freed && forfeited == 0) revert NothingToReclaim();
        if (freed) _leave(b, s);
        s.owed = 0;
        b.reclaimable += forfeited;
        emit SeatReclaimed(bountyId, operator, forfeited, freed);
    }

    /// @notice Pays the caller what its seat in `bountyId` was credited.
    function withdraw(uint256 bountyId) external nonReentrant {
        _bounty(bountyId);
        Seat storage s = seats[bountyId][signerOf[msg.sender]];
        if (s.operator != msg.sender) revert NotSeated(bountyId, msg.sender);
        if (staking.isJailed(msg.sender)) revert OperatorJailed(msg.sender);
        uint256 amount = s.owed;
        if (amount == 0) revert NothingToWithdraw();
        s.owed = 0;
        emit Withdrawn(bountyId, msg.sender, amount);
        _pay(msg.sender, amount);
    }

    // ---- claims ----

    /// @notice Pays bounty `bountyId` for finalized batch `batchIndex`, once:
    /// each seated operator that signed the batch's certificate with at least
    /// the bounty's minimum stake, and is not jailed, is credited
    /// rewardPerBatch (or an equal share of what is left, if less: 0 once
    /// the escrow is spent). A batch that pays nobody is claimed all the
    /// same: every claim counts for uptime, and a seat's credited claims.
    /// `signers` and `stakes` are the certificate's signers, ascending, and
    /// the stakes they signed with, as hashed at commit, and `headerHash` and
    /// `rec` the batch's header hash and record (BatchCommitted;
    /// RewardPool.distribute takes the same). Anyone may call. Gas: O(signers),
    /// one storage read per signer and no write for a signer without a seat;
    /// one write for the bounty (the escrow and the claim count share a slot).
    function claim(
        uint256 bountyId,
        uint256 batchIndex,
        bytes32 headerHash,
        BatchRecord calldata rec,
        address[] calldata signers,
        uint256[] calldata stakes
    ) external nonReentrant returns (uint256 share, uint256 payees) {
        Bounty storage b = _bounty(bountyId);
        _markClaimed(bountyId, batchIndex);
        if (signers.length != stakes.length) revert SignersMismatch();
        uint64 committedAt = _checkBatch(batchIndex, headerHash, rec, signersHashOf(signers, stakes));
        if (committedAt < b.start || committedAt > b.end) revert OutsideWindow(batchIndex, committedAt);
        (address[] memory paidSigners, address[] memory operators) =
            _payees(bountyId, b.minStake, committedAt, signers, stakes);
        payees = paidSigners.length;
        share = _credit(bountyId, b, paidSigners);
        emit BatchClaimed(bountyId, batchIndex, operators, share);
    }

    /// @notice claim for a batch committed with a BLS certificate (the
    /// Rollup's certifier is the BLSRegistry): `epoch` and `bitmap` are the
    /// certificate's, whose keccak256(epoch || bitmap) the Rollup recorded
    /// with `headerHash`; the signers are the set's validators the bitmap names
    /// (BLSRegistry.signersOf), each seated one found by its owner's seat.
    function claimBLS(
        uint256 bountyId,
        uint256 batchIndex,
        bytes32 headerHash,
        BatchRecord calldata rec,
        uint64 epoch,
        bytes calldata bitmap
    )
        external
        nonReentrant
        returns (uint256 share, uint256 payees)
    {
        Bounty storage b = _bounty(bountyId);
        _markClaimed(bountyId, batchIndex);
        uint64 committedAt = _checkBatch(batchIndex, headerHash, rec, keccak256(abi.encodePacked(epoch, bitmap)));
        if (committedAt < b.start || committedAt > b.end) revert OutsideWindow(batchIndex, committedAt);
        (address[] memory owners, uint256[] memory stakes) = bls.signersOf(epoch, bitmap);
        // Seats are keyed by consensus signer; an owner never seated has
        // none (zero), which _payees skips.
        for (uint256 i = 0; i < owners.length; i++) {
            owners[i] = signerOf[owners[i]];
        }
        (address[] memory paidSigners, address[] memory operators) =
            _payees(bountyId, b.minStake, committedAt, owners, stakes);
        payees = paidSigners.length;
        share = _credit(bountyId, b, paidSigners);
        emit BatchClaimed(bountyId, batchIndex, operators, share);
    }

    /// Marks batchIndex claimed for bountyId; reverts if it was.
    function _markClaimed(uint256 bountyId, uint256 batchIndex) internal {
        mapping(uint256 => uint256) storage words = _claimed[bountyId];
        uint256 bit = uint256(1) << (batchIndex & 0xff);
        uint256 bits = words[batchIndex >> 8];
        if (bits & bit != 0) revert AlreadyClaimed(bountyId, batchIndex);
        words[batchIndex >> 8] = bits | bit;
    }

    /// Counts the claim, and credits each of paidSigners' seats the claim
    /// and rewardPerBatch, or an equal share of what is left if less;
    /// returns the share (0: nothing paid).
    function _credit(uint256 bountyId, Bounty storage b, address[] memory paidSigners)
        internal
        returns (uint256 share)
    {
        uint256 n = paidSigners.length;
        uint256 left = b.remaining;
        if (n != 0) {
            share = b.rewardPerBatch;
            if (share * n > left) share = left / n;
        }
        // One slot: a claim count costs no new storage word (the second
        // write to it is warm).
        b.remaining = uint96(left - share * n);
        b.claims += 1;
        mapping(address => Seat) storage bySigner = seats[bountyId];
        // owed, earned and paidBatches share the seat's slot 1 (low to high
        // bits: 112, 112, 32), updated with one read and one write. Nothing
        // carries: owed and earned stay below the escrow (< 2^96) and
        // paidBatches at most the claim count, a checked uint32.
        uint256 inc = share | (share << 112) | (uint256(1) << 224);
        for (uint256 i = 0; i < n; i++) {
            Seat storage s = bySigner[paidSigners[i]];
            assembly ("memory-safe") {
                let slot := add(s.slot, 1)
                sstore(slot, add(sload(slot), inc))
            }
        }
    }

    // ---- uptime ----

    /// @notice Reports the uptime of `operator`'s seat in `bountyId` (anyone
    /// may call): of the claims made since its last report (or its join;
    /// for a seat that left, up to its leave), the share that credited it,
    /// given to its agent identity (the StakingRegistry's record now) as
    /// ERC-8004 feedback from this contract: value paid * 10000 / claimed
    /// with 2 decimals, tag1 "uptime", tag2 "mycel-bounty", feedbackHash
    /// keccak256(abi.encode(bountyId, operator, fromClaims, toClaims)).
    /// Needs MIN_UPTIME_SAMPLE claims at least; an agent operator with a
    /// valid identity link (a human has no identity to rate) that is not
    /// jailed (its slash is on record from the Slasher, and a jailed seat is
    /// credited nothing, so its figures would not measure its signing). A
    /// registry that refuses the entry does not stop the report (the period
    /// moves on), but the caller must leave it FEEDBACK_GAS.
    function reportUptime(uint256 bountyId, address operator) external nonReentrant returns (uint256 value) {
        if (address(reputation) == address(0)) revert NoReputationRegistry();
        (uint256 agentId, uint256 paid, uint256 claimed, bytes32 key) = _closePeriod(bountyId, operator);
        value = paid * 10_000 / claimed;
        if (gasleft() < FEEDBACK_GAS + FEEDBACK_GAS / 63) revert InsufficientGas();
        bool recorded;
        try reputation.giveFeedback{gas: FEEDBACK_GAS}(
            agentId, int128(int256(value)), 2, "uptime", "mycel-bounty", "", "", key
        ) {
            recorded = true;
        } catch {}
        emit UptimeReported(bountyId, operator, agentId, paid, claimed, value, recorded);
    }

    /// Checks that `operator`'s seat can report, moves its period on and
    /// returns the agent to rate, the period's figures and its feedbackHash.
    function _closePeriod(uint256 bountyId, address operator)
        internal
        returns (uint256 agentId, uint256 paid, uint256 claimed, bytes32 key)
    {
        Bounty storage b = _bounty(bountyId);
        Seat storage s = seats[bountyId][signerOf[operator]];
        if (s.operator != operator || operator == address(0)) revert NotSeated(bountyId, operator);
        StakingRegistry.Operator memory op = staking.operators(operator);
        if (op.jailed) revert OperatorJailed(operator);
        if (op.kind != StakingRegistry.Kind.Agent) revert WrongKind(OperatorKind.Agent);
        agentId = op.agentId;
        if (agentId == 0 || !staking.agentLinkValid(agentId)) revert AgentNotLinked(operator);
        bool left = s.leftAt != 0;
        uint32 fromClaims = s.fromClaims;
        uint32 toClaims = left ? s.leftClaims : b.claims;
        uint32 toPaid = left ? s.leftPaid : s.paidBatches;
        claimed = toClaims - fromClaims;
        if (claimed < MIN_UPTIME_SAMPLE) revert SampleTooSmall(claimed, MIN_UPTIME_SAMPLE);
        paid = toPaid - s.fromPaid;
        s.fromClaims = toClaims;
        s.fromPaid = toPaid;
        key = keccak256(abi.encode(bountyId, operator, fromClaims, toClaims));
    }

    /// Checks that batch `batchIndex` is finalized with header hash
    /// `headerHash` and record `rec`, whose signers hash is `signersHash`;
    /// returns its commit time.
    function _checkBatch(uint256 batchIndex, bytes32 headerHash, BatchRecord calldata rec, bytes32 signersHash)
        internal
        view
        returns (uint64 committedAt)
    {
        bool finalized;
        bool matches;
        (finalized, matches, committedAt) = rollup.finalizedBatch(batchIndex, headerHash, rec);
        if (!finalized) revert BatchNotFinalized(batchIndex);
        if (!matches || rec.signersHash != signersHash) revert SignersMismatch();
    }

    /// The signers that hold a seat for a batch committed at `committedAt`,
    /// signed with at least minStake and are not jailed, with their operators.
    function _payees(
        uint256 bountyId,
        uint256 minStake,
        uint64 committedAt,
        address[] memory signers,
        uint256[] memory stakes
    ) internal view returns (address[] memory paidSigners, address[] memory operators) {
        uint256 n = signers.length;
        paidSigners = new address[](n);
        operators = new address[](n);
        uint256 k;
        mapping(address => Seat) storage bySigner = seats[bountyId];
        for (uint256 i = 0; i < n; i++) {
            Seat storage s = bySigner[signers[i]];
            address operator = s.operator; // one cold read: the rest of the slot comes with it
            if (operator == address(0)) continue;
            uint256 leftAt = s.leftAt;
            if (s.joinedAt >= committedAt || (leftAt != 0 && committedAt > leftAt)) continue;
            if (stakes[i] < minStake || staking.isJailed(operator)) continue;
            paidSigners[k] = signers[i];
            operators[k] = operator;
            k++;
        }
        assembly ("memory-safe") {
            mstore(paidSigners, k)
            mstore(operators, k)
        }
    }

    /// @notice keccak256 over the (signer, stake) pairs as 32-byte words:
    /// the signers hash of an ECDSA certificate (StakingRegistry.verifyCertificate).
    function signersHashOf(address[] calldata signers, uint256[] calldata stakes) public pure returns (bytes32 h) {
        uint256 n = signers.length;
        bytes memory buf = new bytes(n * 64);
        for (uint256 i = 0; i < n; i++) {
            address s = signers[i];
            uint256 st = stakes[i];
            assembly ("memory-safe") {
                let p := add(add(buf, 0x20), mul(i, 0x40))
                mstore(p, s)
                mstore(add(p, 0x20), st)
            }
        }
        return keccak256(buf);
    }

    // ---- views ----

    function bounty(uint256 bountyId) external view returns (Bounty memory) {
        return _bounty(bountyId);
    }

    function reputationTerms(uint256 bountyId) external view returns (Reputation memory) {
        _bounty(bountyId);
        return _reputation[bountyId];
    }

    /// @notice The seat of `operator` (its owner address) in `bountyId`;
    /// operator zero if it never held one.
    function seatOf(uint256 bountyId, address operator) public view returns (Seat memory s) {
        s = seats[bountyId][signerOf[operator]];
        if (s.operator != operator) delete s;
    }

    /// @notice What `operator`'s seat in `bountyId` was credited: not yet
    /// withdrawn, and in total.
    function earnings(uint256 bountyId, address operator) external view returns (uint256 owed, uint256 earned) {
        Seat memory s = seatOf(bountyId, operator);
        return (s.owed, s.earned);
    }

    /// @notice The period `operator`'s seat in `bountyId` has not reported
    /// yet: the claims that credited it and the claims made (reportUptime
    /// reports it from MIN_UPTIME_SAMPLE claims on). Zeros without a seat.
    function uptimeOf(uint256 bountyId, address operator) external view returns (uint256 paid, uint256 claimed) {
        Bounty storage b = _bounty(bountyId);
        Seat storage s = seats[bountyId][signerOf[operator]];
        if (s.operator != operator || operator == address(0)) return (0, 0);
        bool left = s.leftAt != 0;
        paid = (left ? s.leftPaid : s.paidBatches) - s.fromPaid;
        claimed = (left ? s.leftClaims : b.claims) - s.fromClaims;
    }

    function isClaimed(uint256 bountyId, uint256 batchIndex) external view returns (bool) {
        return _claimed[bountyId][batchIndex >> 8] & (uint256(1) << (batchIndex & 0xff)) != 0;
    }

    /// @notice When the unspent escrow of `bountyId` becomes refundable.
    function refundableAt(uint256 bountyId) public view returns (uint256) {
        return uint256(_bounty(bountyId).end) + claimPeriod;
    }

    /// @notice Whether `bountyId` takes operators and can pay them: not over,
    /// a seat free, escrow left.
    function isOpen(uint256 bountyId) public view returns (bool) {
        Bounty storage b = _bounties[bountyId];
        return b.poster != address(0) && block.timestamp < b.end && b.taken < b.seats && b.remaining != 0;
    }

    /// @notice Up to `limit` open bounties (isOpen) with ids from `from` on,
    /// ascending, and the id to continue from (0: none left). A view for
    /// off-chain callers: it reads every bounty it passes.
    function openBounties(uint256 from, uint256 limit) external view returns (uint256[] memory ids, uint256 next) {
        ids = new uint256[](limit);
        uint256 k;
        uint256 id = from == 0 ? 1 : from;
        uint256 count = bountyCount;
        for (; id <= count && k < limit; id++) {
            if (isOpen(id)) ids[k++] = id;
        }
        assembly ("memory-safe") {
            mstore(ids, k)
        }
        next = id <= count ? id : 0;
    }

    // ---- internals ----

    function _bounty(uint256 bountyId) internal view returns (Bounty storage b) {
        b = _bounties[bountyId];
        if (b.poster == address(0)) revert UnknownBounty(bountyId);
    }

    function _pay(address to, uint256 amount) internal {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed();
    }
}
