// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

import {EdDSASignature} from "./EdDSA.sol";
import {ICertifier} from "./ICertifier.sol";
import {IVerifier} from "./IVerifier.sol";
import {L2Crypto} from "./L2Crypto.sol";
import {StakingRegistry} from "./StakingRegistry.sol";

/// @notice A batch header, docs/protocol.md section 8.
struct BatchHeader {
    uint64 chainId;
    uint64 batchIndex;
    bytes32 prevRoot;
    bytes32 newRoot;
    uint64 firstBlock;
    uint64 lastBlock;
    uint64 depositStart;
    uint64 depositEnd;
    bytes32 dataCommitment;
    /// Poseidon2 hash of the public data's 16-byte chunks: computed by the
    /// proof, not here (docs/protocol.md section 8).
    bytes32 dataPoseidon;
    /// The chunks' polynomial at publicInput(header), mod R: checked here
    /// against the calldata, and the proof's second public input.
    bytes32 dataEval;
}

/// @notice What a commit fixes of a batch besides its header. The Rollup
/// stores none of it: only batchCommitment(headerHash, record), one storage
/// slot per batch (ADR 026, "One slot per batch"). BatchCommitted carries
/// it; whoever needs a field passes the record back (proveBatch(es),
/// claimWithdrawal, finalizedBatch, collectFees) and the Rollup checks it
/// against the commitment.
struct BatchRecord {
    /// The certifier's hash of the certificate's signers (ICertifier.Certified).
    bytes32 signersHash;
    /// keccak Merkle root of the batch's withdrawals and forced exits (0 without any).
    bytes32 withdrawalsRoot;
    /// Withdrawal tree leaves: withdrawals and forced exits, in record order.
    uint32 numWithdrawals;
    /// Forced-exit queue position after the batch (one past its last forced exit).
    uint64 forcedEnd;
    /// The batch's fees (transfers and withdrawals) in gwei, released once by collectFees.
    uint64 feesGwei;
}

/// @notice What the Rollup stores of a committed batch: keccak256 of the
/// header hash (keccak256(abi.encode(header))) and the record, ABI-encoded
/// (six words).
function batchCommitment(bytes32 headerHash, BatchRecord memory r) pure returns (bytes32) {
    return keccak256(abi.encode(headerHash, r));
}

/// @title Rollup
/// @notice mycel's L1 bridge and batch chain: a deposit queue and a
/// forced-exit queue, each with a forced-inclusion deadline, batch commits certified by >= 2/3 of the
/// current epoch's stake (EIP-712 attestations by registered consensus keys),
/// Groth16 proofs that finalize batches in order, withdrawals from finalized
/// batches (each claimable once), reverting of batches left unproven past a
/// window, and an escape hatch: when no batch finalizes for `escapePeriod`,
/// the rollup freezes and users exit with a Poseidon2 Merkle proof against
/// the last finalized state root, each exit authorised by the account's own
/// L2 key (an EdDSA signature naming the L1 recipient). Each finalized
/// batch's L2 fees are released to the RewardPool for its signers. No admin
/// key: every parameter is fixed at deployment.
contract Rollup {
    struct Config {
        uint64 l2ChainId;
        bytes32 genesisRoot;
        uint8 treeDepth; // state tree depth D, docs/protocol.md section 5
        uint64 depositDeadline; // seconds a deposit may wait before a batch must include it
        uint64 proofWindow; // seconds a committed batch may wait for its proof before anyone can revert it
        uint64 escapePeriod; // seconds without a finalized batch after which the escape hatch opens
        bytes32[] genesisKeys; // keys of the genesis accounts 1, 2, ... in order (docs/protocol.md section 5)
        uint64 genesisSupplyGwei; // sum of the genesis balances
        address certifier; // checks batch certificates: StakingRegistry (ECDSA; zero means staking) or BLSRegistry
    }

    error EscapeHatchActive();
    error EscapeHatchNotActive();
    error WrongChainId(uint64 got);
    error BatchOutOfOrder(uint64 expected, uint64 got);
    error WrongPrevRoot();
    error BadBlockRange();
    error BadDepositRange();
    error DepositDeadlineMissed(uint64 depositIndex);
    error DataCommitmentMismatch();
    error DataEvalMismatch();
    error BadPubdata(uint256 offset);
    error DepositMismatch();
    error NoQuorum(uint256 signedStake, uint256 totalStake);
    error BatchNotCommitted(uint64 batchIndex);
    error AlreadyFinalized(uint64 batchIndex);
    error HeaderMismatch();
    error BadProofBatch();
    error BadCommitBatch();
    error NothingToRevert();
    error ProofWindowOpen();
    error AmountNotGweiMultiple();
    error AmountOutOfRange();
    error InvalidPubKey();
    error BatchNotFinalized(uint256 batchIndex);
    error BadWithdrawalIndex();
    error BadMerkleProof();
    error AlreadyClaimed();
    error AlreadyExited();
    error NotInField();
    error NotRefundable();
    error AlreadyRefunded();
    error TransferFailed();
    error TreeFull();
    error SupplyCap();
    error Reentrancy();
    error NoAccountForKey(bytes32 pubKey);
    error ForcedExitAlreadyRequested();
    error ForcedExitMismatch();
    error ForcedExitDeadlineMissed(uint64 index);
    error FeesOutOfRange();
    error NotRewardPool();
    /// The certificate is for launch `launch`, but this Rollup hosts
    /// `launchId` (pinned by the first commit).
    error WrongLaunch(bytes32 launch);

    event DepositQueued(
        uint64 indexed index, address indexed depositor, bytes32 indexed pubKey, uint64 amountGwei, uint32 account
    );
    event BatchCommitted(
        uint64 indexed batchIndex,
        bytes32 headerHash,
        bytes32 newRoot,
        uint256 signedStake,
        uint256 totalStake,
        BatchRecord record
    );
    event BatchFinalized(uint64 indexed batchIndex, bytes32 newRoot);
    event BatchesReverted(uint64 fromIndex, uint64 toIndex);
    event WithdrawalClaimed(uint256 indexed batchIndex, uint256 indexed index, address indexed to, uint64 amountGwei);
    event EscapeHatchActivated(uint64 lastFinalizedBatch, bytes32 root);
    event AccountExited(uint32 indexed account, address indexed to, uint64 amountGwei);
    event DepositRefunded(uint64 indexed index, address indexed to, uint64 amountGwei);
    event ForcedExitQueued(uint64 indexed index, uint32 indexed account, address recipient);
    event FeesCollected(uint64 indexed batchIndex, uint64 amountGwei);
    /// The first commit pinned the L2 launch this Rollup hosts.
    event LaunchPinned(bytes32 launchId);

    /// BN254 scalar field modulus.
    uint256 public constant R = 21888242871839275222246405745257275088548364400416034343698204186575808495617;
    /// Largest L2 amount, gwei (docs/protocol.md section 3).
    uint64 public constant MAX_AMOUNT = type(uint64).max >> 1;
    bytes32 public constant ATTESTATION_TYPEHASH = keccak256(
        "BatchAttestation(uint64 chainId,uint64 batchIndex,bytes32 prevRoot,bytes32 newRoot,uint64 firstBlock,uint64 lastBlock,uint64 depositStart,uint64 depositEnd,bytes32 dataCommitment,bytes32 dataPoseidon,bytes32 dataEval)"
    );
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract,bytes32 salt)");
    /// Record sizes in the public data, bytes (docs/protocol.md section 7).
    uint256 internal constant TRANSFER_RECORD = 16;
    uint256 internal constant DEPOSIT_RECORD = 48;
    uint256 internal constant WITHDRAW_RECORD = 32; // withdrawals and forced exits
    /// Twisted Edwards d of docs/protocol.md section 2.
    uint256 internal constant EDWARDS_D =
        12181644023421730124874158521699555681764249180949974110617291017600649128846;
    /// Exit message domain (docs/protocol.md section 11): ASCII "mycel.exit.v1"
    /// as a big-endian integer, distinct from the transaction domain "mycel.tx.v1".
    uint256 public constant EXIT_DOMAIN = 0x6d7963656c2e657869742e7631;
    /// Forced-exit message domain (docs/protocol.md section 12): ASCII
    /// "mycel.forced.v1" as a big-endian integer.
    uint256 public constant FORCED_DOMAIN = 0x6d7963656c2e666f726365642e7631;

    StakingRegistry public immutable staking;
    /// Checks commitBatch's certificates (ICertifier): the StakingRegistry
    /// (a list of ECDSA signatures) or the BLSRegistry (a bitmap and one
    /// aggregate BLS signature, ADR 031), fixed at deployment.
    ICertifier public immutable certifier;
    IVerifier public immutable verifier;
    /// Poseidon2 and EdDSA for exits, created by the constructor (EIP-170).
    L2Crypto public immutable l2Crypto;
    /// The RewardPool: the only caller of collectFees, which pays it the fees
    /// of finalized batches for their signers (docs/protocol.md section 5).
    address public immutable rewardPool;
    uint64 public immutable l2ChainId;
    uint8 public immutable treeDepth;
    uint64 public immutable depositDeadline;
    uint64 public immutable proofWindow;
    uint64 public immutable escapePeriod;

    /// The L2 launch this Rollup hosts: keccak256 of the L2's CometBFT chain
    /// id (docs/protocol.md section 9.7), the salt of the attestation domain.
    /// Zero until the first commit pins it; fixed from then on. Another
    /// launch (a new L2 genesis) can never commit here, and its attestations
    /// never conflict with this one's.
    bytes32 public launchId;

    /// batchCommitment(headerHash, record) of each committed batch; a
    /// reverted index keeps its value until it is committed again. A
    /// batch's status is not stored either: batches below finalizedCount
    /// are finalized, those from it to nextBatchIndex committed (ADR 026).
    mapping(uint256 => bytes32) public commitments;
    /// Commit times (uint32 seconds), eight indices per slot, so a run of
    /// commits in one transaction shares warm slots: committedAt(i).
    mapping(uint256 => uint256) internal _commitTimes;
    /// Batches whose fees collectFees has paid, 256 per slot.
    mapping(uint256 => uint256) internal _feesCollected;

    // Batch chain cursor (one slot).
    uint64 public nextBatchIndex; // index the next commit must carry
    uint64 public nextDepositIndex; // queue position the next commit must start at
    uint64 public depositCount; // deposits ever queued
    uint64 public finalizedCount; // batches finalized = index of the next to prove
    bytes32 public lastCommittedRoot;
    bytes32 public lastFinalizedRoot;
    uint64 public finalizedDepositEnd; // deposits consumed by finalized batches
    uint64 public lastFinalizedAt;
    bool public escaped;
    uint64 public finalizedForcedEnd; // forced exits consumed by finalized batches

    struct QueuedDeposit {
        bytes24 chain; // truncated keccak hash chain over (pubKey, amount) of the queue so far
        uint64 queuedAt;
    }

    struct DepositRefund {
        address depositor;
        uint64 amountGwei;
    }

    mapping(uint256 => QueuedDeposit) public deposits;
    mapping(uint256 => DepositRefund) public depositRefunds;
    mapping(uint256 => mapping(uint256 => uint256)) internal _claimed;
    mapping(uint256 account => bool) public exited;
    mapping(uint256 depositIndex => bool) public refunded;

    struct QueuedForcedExit {
        bytes24 chain; // truncated keccak hash chain over (account, recipient) of the queue so far
        uint64 queuedAt;
    }

    /// The forced-exit queue (docs/protocol.md section 12).
    mapping(uint256 => QueuedForcedExit) public forcedExits;
    /// Forced-exit messages already queued: each is accepted once.
    mapping(uint256 message => bool) public forcedExitRequested;

    /// Account index + 1 of each L2 key (0: none yet). The contract assigns
    /// indices as the ledger does (genesis accounts 1, 2, ..., then each
    /// deposit to a new key the next free index, in queue order), and every
    /// deposit record must name its queue entry's index: so the proof of a
    /// batch shows that a deposit to a new key created exactly one account at
    /// the next free index, and that a deposit to a known key credited that
    /// key's account (ADR 022, "Account allocation").
    mapping(bytes32 pubKey => uint64) public accountPlusOne;
    /// Account indices allocated, fee vault included.
    uint64 public numAccounts;
    /// Gwei the L2 can hold: genesis supply + deposits queued - everything
    /// paid out (withdrawals, exits, refunds). Capped at MAX_AMOUNT, so no
    /// L2 balance can overflow and every queued deposit can be applied.
    uint64 public l2Supply;
    /// Forced-exit queue position the next commit starts at, and requests
    /// ever queued (same slot as numAccounts and l2Supply).
    uint64 public nextForcedIndex;
    uint64 public forcedCount;

    bool transient _locked;

    modifier nonReentrant() {
        if (_locked) revert Reentrancy();
        _locked = true;
        _;
        _locked = false;
    }

    /// @notice `msg.value` must be the genesis supply (cfg.genesisSupplyGwei
    /// gwei): the ETH behind the L2's genesis balances, so that the Rollup
    /// always holds l2Supply gwei and can pay every exit and withdrawal.
    constructor(address staking_, address verifier_, address rewardPool_, Config memory cfg) payable {
        // Records carry account indices in 3 bytes (docs/protocol.md section 7).
        require(cfg.treeDepth >= 2 && cfg.treeDepth <= 24, "bad tree depth");
        require(rewardPool_ != address(0), "no reward pool");
        require(cfg.escapePeriod > cfg.proofWindow, "escape period must exceed proof window");
        require(uint256(cfg.genesisRoot) < R, "genesis root not in field");
        staking = StakingRegistry(staking_);
        certifier = ICertifier(cfg.certifier == address(0) ? staking_ : cfg.certifier);
        verifier = IVerifier(verifier_);
        l2Crypto = new L2Crypto();
        rewardPool = rewardPool_;
        l2ChainId = cfg.l2ChainId;
        treeDepth = cfg.treeDepth;
        depositDeadline = cfg.depositDeadline;
        proofWindow = cfg.proofWindow;
        escapePeriod = cfg.escapePeriod;
        lastCommittedRoot = cfg.genesisRoot;
        lastFinalizedRoot = cfg.genesisRoot;
        lastFinalizedAt = uint64(block.timestamp);
        require(cfg.genesisSupplyGwei <= MAX_AMOUNT, "genesis supply above MAX_AMOUNT");
        require(msg.value == uint256(cfg.genesisSupplyGwei) * 1 gwei, "msg.value must be the genesis supply");
        l2Supply = cfg.genesisSupplyGwei;
        uint64 n = 1; // account 0 is the fee vault
        for (uint256 i = 0; i < cfg.genesisKeys.length; i++) {
            require(accountPlusOne[cfg.genesisKeys[i]] == 0, "duplicate genesis key");
            accountPlusOne[cfg.genesisKeys[i]] = n + 1;
            n++;
        }
        require(n <= uint256(1) << cfg.treeDepth, "genesis accounts do not fit the tree");
        numAccounts = n;
    }

    // ---- deposits ----

    /// @notice Queues a deposit of msg.value (a multiple of 1 gwei, at most
    /// MAX_AMOUNT gwei) to the L2 account of `pubKey` (32-byte compressed
    /// twisted-Edwards key, docs/protocol.md section 2), created if new.
    /// `x` is the key's x coordinate and (qx, qy) a point with [8]Q equal to
    /// the key (hints the contract checks; Go: contracts.DepositKeyHint):
    /// the contract rejects any key the L2 would reject, since a queued
    /// deposit that cannot be applied would block every later batch at the
    /// forced-inclusion deadline.
    function deposit(bytes32 pubKey, uint256 x, uint256 qx, uint256 qy) external payable {
        if (escapeHatchOpen()) revert EscapeHatchActive();
        if (msg.value % 1 gwei != 0) revert AmountNotGweiMultiple();
        uint256 amount = msg.value / 1 gwei;
        if (amount == 0 || amount > MAX_AMOUNT) revert AmountOutOfRange();
        _checkPubKey(pubKey, x, qx, qy);
        if (uint256(l2Supply) + amount > MAX_AMOUNT) revert SupplyCap();
        l2Supply += uint64(amount);
        uint64 account = accountPlusOne[pubKey];
        if (account == 0) {
            account = numAccounts;
            if (account >= uint256(1) << treeDepth) revert TreeFull();
            numAccounts = account + 1;
            accountPlusOne[pubKey] = account + 1;
        } else {
            account--;
        }
        uint64 idx = depositCount;
        bytes24 prev = idx == 0 ? bytes24(0) : deposits[idx - 1].chain;
        deposits[idx] =
            QueuedDeposit(_chainStep(prev, pubKey, uint64(amount), uint32(account)), uint64(block.timestamp));
        depositRefunds[idx] = DepositRefund(msg.sender, uint64(amount));
        depositCount = idx + 1;
        emit DepositQueued(idx, msg.sender, pubKey, uint64(amount), uint32(account));
    }

    // ---- forced exits ----

    /// @notice Queues a forced exit (docs/protocol.md section 12): the L2
    /// account of key (x, y) (the index this contract assigned to it) must
    /// withdraw its whole balance to `recipient` in a batch committed within
    /// depositDeadline, or the escape hatch opens escapePeriod after the
    /// request. `sig` is the key's EdDSA signature (R as affine coordinates)
    /// of forcedExitMessage(account, recipient, salt); each message is
    /// accepted once. Anyone may submit it. Go: contracts.SignForcedExit.
    function requestForcedExit(uint256 x, uint256 y, address recipient, uint64 salt, EdDSASignature calldata sig)
        external
    {
        if (escapeHatchOpen()) revert EscapeHatchActive();
        bytes32 key = compressPubKey(x, y);
        uint64 plusOne = accountPlusOne[key];
        if (plusOne == 0) revert NoAccountForKey(key);
        uint32 account = uint32(plusOne - 1);
        uint256 m = forcedExitMessage(account, recipient, salt);
        if (forcedExitRequested[m]) revert ForcedExitAlreadyRequested();
        // (x, y) must be the key's canonical coordinates (EdDSAInvalidKey
        // otherwise), so the key that signs is the key that owns the account.
        l2Crypto.verifyEdDSA(x, y, m, sig);
        forcedExitRequested[m] = true;
        uint64 idx = forcedCount;
        bytes24 prev = idx == 0 ? bytes24(0) : forcedExits[idx - 1].chain;
        forcedExits[idx] = QueuedForcedExit(_forcedChainStep(prev, account, recipient), uint64(block.timestamp));
        forcedCount = idx + 1;
        emit ForcedExitQueued(idx, account, recipient);
    }

    // ---- batches ----

    /// @notice Commits a batch certified by >= 2/3 of the current epoch's
    /// stake. `signatures` is the certificate of
    /// attestationDigest(launch, header) that `certifier` checks: 65-byte
    /// signatures in ascending signer order (StakingRegistry), or the
    /// epoch, aggregate signature and bitmap (BLSRegistry). `launch` is the L2 launch the
    /// attestations are for; the first commit pins it (launchId) and every
    /// later commit must carry the same.
    function commitBatch(BatchHeader calldata h, bytes calldata pubdata, bytes calldata signatures, bytes32 launch)
        external
    {
        _commit(h, pubdata, signatures, launch);
    }

    /// @notice Commits hs.length consecutive batches in one transaction,
    /// each with its own public data and certificate, exactly as that many
    /// commitBatch calls in order would (ADR 026): all or nothing. The
    /// transaction's base cost, the cold reads of the batch chain's cursor
    /// and of the certifier's stakes, and the cursor's writes are paid once
    /// instead of once per batch. Anyone may call.
    function commitBatches(
        BatchHeader[] calldata hs,
        bytes[] calldata pubdatas,
        bytes[] calldata certificates,
        bytes32 launch
    ) external {
        uint256 n = hs.length;
        if (n == 0 || pubdatas.length != n || certificates.length != n) revert BadCommitBatch();
        for (uint256 i; i < n; ++i) {
            _commit(hs[i], pubdatas[i], certificates[i], launch);
        }
    }

    function _commit(BatchHeader calldata h, bytes calldata pubdata, bytes calldata signatures, bytes32 launch)
        internal
    {
        Parsed memory p = _checkBatch(h, pubdata);
        (uint256 signedStake, uint256 total, bytes32 signersHash) = _certify(launch, h, signatures);

        uint64 idx = h.batchIndex;
        bytes32 headerHash = keccak256(abi.encode(h));
        BatchRecord memory r = BatchRecord(signersHash, p.withdrawalsRoot, p.numWithdrawals, p.forcedEnd, p.feesGwei);
        // One fresh slot per batch (ADR 026: the record's own slot cost
        // 22,100 gas more); the commit time shares its slot with seven
        // neighbours, warm after the first of a run.
        commitments[idx] = batchCommitment(headerHash, r);
        _setCommittedAt(idx, block.timestamp);
        nextBatchIndex = idx + 1;
        nextDepositIndex = h.depositEnd;
        if (p.forcedRecords) nextForcedIndex = p.forcedEnd;
        lastCommittedRoot = h.newRoot;
        emit BatchCommitted(idx, headerHash, h.newRoot, signedStake, total, r);
    }

    /// Checks everything about a batch but its certificate; returns its
    /// parsed public data.
    function _checkBatch(BatchHeader calldata h, bytes calldata pubdata) internal view returns (Parsed memory p) {
        if (escapeHatchOpen()) revert EscapeHatchActive();
        if (h.chainId != l2ChainId) revert WrongChainId(h.chainId);
        uint64 idx = nextBatchIndex;
        if (h.batchIndex != idx) revert BatchOutOfOrder(idx, h.batchIndex);
        if (h.prevRoot != lastCommittedRoot) revert WrongPrevRoot();
        if (uint256(h.newRoot) >= R || uint256(h.dataPoseidon) >= R) revert NotInField();
        if (h.firstBlock > h.lastBlock) revert BadBlockRange();
        uint64 count = depositCount;
        if (h.depositStart != nextDepositIndex || h.depositEnd < h.depositStart || h.depositEnd > count) {
            revert BadDepositRange();
        }
        // A re-post after revertBatches (the index was committed before, at
        // firstAt) is not blamed for queue entries that arrived after that:
        // the batch could not have included them, the L2 applied them in
        // later batches, and a deadline it cannot meet would halt the rollup
        // for good. Entries that were waiting when the index was first
        // committed are judged as always.
        uint64 firstAt = committedAt(idx); // 0: a new index
        if (h.depositEnd < count && _overdue(deposits[h.depositEnd].queuedAt, firstAt)) {
            revert DepositDeadlineMissed(h.depositEnd);
        }
        if (_dataCommitment(pubdata) != h.dataCommitment) revert DataCommitmentMismatch();
        p = _parsePubdata(h, pubdata, publicInput(h));
        if (p.dataEval != uint256(h.dataEval)) revert DataEvalMismatch();
        if (p.forcedEnd < forcedCount && _overdue(forcedExits[p.forcedEnd].queuedAt, firstAt)) {
            revert ForcedExitDeadlineMissed(p.forcedEnd);
        }
    }

    /// Checks h's certificate for launch `launch` (pinning it on the first
    /// commit): >= 2/3 of the current epoch's stake.
    function _certify(bytes32 launch, BatchHeader calldata h, bytes calldata signatures)
        internal
        returns (uint256 signedStake, uint256 total, bytes32 signersHash)
    {
        bytes32 pinned = launchId;
        if (launch == 0 || (pinned != 0 && launch != pinned)) revert WrongLaunch(launch);
        ICertifier.Certified memory c = certifier.verifyCertificate(attestationDigest(launch, h), signatures);
        (signedStake, total, signersHash) = (c.signedStake, c.total, c.signersHash);
        if (total == 0 || signedStake * 3 < total * 2) revert NoQuorum(signedStake, total);
        if (pinned == 0) {
            launchId = launch;
            emit LaunchPinned(launch);
        }
    }

    /// @notice Finalizes the next batch in order with a Groth16 proof of its
    /// public input (publicInput(header)). `rec` is the batch's record
    /// (BatchCommitted), the rest of its stored commitment. Anyone may call.
    function proveBatch(BatchHeader calldata h, BatchRecord calldata rec, bytes calldata proof) external {
        if (escapeHatchOpen()) revert EscapeHatchActive();
        uint64 fin = finalizedCount;
        _checkProvable(h, rec, fin);
        verifier.verifyProof(proof, [publicInput(h), uint256(h.dataEval)]);
        emit BatchFinalized(fin, h.newRoot);
        _finalizeThrough(fin, h, rec);
    }

    /// @notice Finalizes the next hs.length committed batches in order, with
    /// proof i (256 bytes, proofs back to back) for header hs[i] and its
    /// record recs[i] (BatchCommitted), checked together by
    /// IVerifier.verifyProofs: one pairing check of n + 3 pairs instead of
    /// n of 4 (ADR 025). All or nothing: one invalid proof reverts the
    /// call. Anyone may call.
    function proveBatches(BatchHeader[] calldata hs, BatchRecord[] calldata recs, bytes calldata proofs) external {
        if (escapeHatchOpen()) revert EscapeHatchActive();
        uint256 n = hs.length;
        if (n == 0 || recs.length != n || proofs.length != n * 256) revert BadProofBatch();
        uint64 fin = finalizedCount;
        uint256[2][] memory inputs = new uint256[2][](n);
        for (uint256 i; i < n; ++i) {
            BatchHeader calldata h = hs[i];
            _checkProvable(h, recs[i], fin + uint64(i));
            inputs[i] = [publicInput(h), uint256(h.dataEval)];
        }
        if (n == 1) verifier.verifyProof(proofs, inputs[0]);
        else verifier.verifyProofs(proofs, inputs);
        for (uint256 i; i < n; ++i) {
            emit BatchFinalized(fin + uint64(i), hs[i].newRoot);
        }
        _finalizeThrough(fin + uint64(n - 1), hs[n - 1], recs[n - 1]);
    }

    /// Reverts unless h is committed at index `expected`, the first
    /// unfinalized batch or one after it in the same call, under
    /// commitment (h, rec).
    function _checkProvable(BatchHeader calldata h, BatchRecord calldata rec, uint64 expected) internal view {
        uint64 idx = h.batchIndex;
        if (idx < finalizedCount) revert AlreadyFinalized(idx);
        if (idx != expected) revert BatchOutOfOrder(expected, idx);
        if (idx >= nextBatchIndex) revert BatchNotCommitted(idx);
        if (commitments[idx] != batchCommitment(keccak256(abi.encode(h)), rec)) revert HeaderMismatch();
    }

    /// Moves the finalized chain's end to batch `last` (header h, record
    /// rec, both checked): it and every batch before it are finalized from
    /// now on.
    function _finalizeThrough(uint64 last, BatchHeader calldata h, BatchRecord calldata rec) internal {
        finalizedCount = last + 1;
        lastFinalizedRoot = h.newRoot;
        finalizedDepositEnd = h.depositEnd;
        finalizedForcedEnd = rec.forcedEnd;
        lastFinalizedAt = uint64(block.timestamp);
    }

    /// @notice Drops every committed batch after the last finalized one once
    /// the first of them has waited longer than proofWindow for its proof.
    /// The batch chain resumes from the last finalized root; deposits and
    /// forced exits those batches consumed return to their queues. Anyone
    /// may call.
    /// Whether a queue entry queued at `queuedAt` is past its deadline and
    /// to be blamed on a batch whose index was first committed at `firstAt`
    /// (0: never).
    function _overdue(uint64 queuedAt, uint64 firstAt) internal view returns (bool) {
        if (queuedAt + depositDeadline >= block.timestamp) return false;
        return firstAt == 0 || queuedAt <= firstAt;
    }

    function revertBatches() external {
        if (escapeHatchOpen()) revert EscapeHatchActive();
        uint64 fin = finalizedCount;
        uint64 next = nextBatchIndex;
        if (fin >= next) revert NothingToRevert();
        if (block.timestamp <= committedAt(fin) + proofWindow) revert ProofWindowOpen();
        nextBatchIndex = fin;
        nextDepositIndex = finalizedDepositEnd;
        nextForcedIndex = finalizedForcedEnd;
        lastCommittedRoot = lastFinalizedRoot;
        emit BatchesReverted(fin, next - 1);
    }

    // ---- withdrawals ----

    /// @notice Pays withdrawal `index` of finalized batch `batchIndex`
    /// (amountGwei to `to`, as in the batch's public data) once. Anyone may
    /// call it for anyone. `headerHash` and `rec` are the batch's
    /// (BatchCommitted); `proof` lists the siblings from the leaf up.
    function claimWithdrawal(
        uint256 batchIndex,
        bytes32 headerHash,
        BatchRecord calldata rec,
        uint256 index,
        address to,
        uint64 amountGwei,
        bytes32[] calldata proof
    ) external nonReentrant {
        if (batchIndex >= finalizedCount) revert BatchNotFinalized(batchIndex);
        if (commitments[batchIndex] != batchCommitment(headerHash, rec)) revert HeaderMismatch();
        uint256 n = rec.numWithdrawals;
        if (index >= n) revert BadWithdrawalIndex();
        if (proof.length != withdrawalTreeDepth(n)) revert BadMerkleProof();
        bytes32 node = withdrawalLeaf(uint64(batchIndex), uint32(index), to, amountGwei);
        uint256 pos = index;
        for (uint256 i = 0; i < proof.length; i++) {
            node = (pos & 1) == 0 ? _hashPair(node, proof[i]) : _hashPair(proof[i], node);
            pos >>= 1;
        }
        if (node != rec.withdrawalsRoot) revert BadMerkleProof();
        uint256 word = _claimed[batchIndex][index >> 8];
        uint256 bit = 1 << (index & 0xff);
        if (word & bit != 0) revert AlreadyClaimed();
        _claimed[batchIndex][index >> 8] = word | bit;
        emit WithdrawalClaimed(batchIndex, index, to, amountGwei);
        _pay(to, amountGwei);
    }

    function isClaimed(uint256 batchIndex, uint256 index) external view returns (bool) {
        return _claimed[batchIndex][index >> 8] & (1 << (index & 0xff)) != 0;
    }

    /// @notice Leaf of the withdrawal Merkle tree.
    function withdrawalLeaf(uint64 batchIndex, uint32 index, address to, uint64 amountGwei)
        public
        pure
        returns (bytes32)
    {
        return keccak256(abi.encodePacked(batchIndex, index, to, amountGwei));
    }

    /// @notice Levels of the withdrawal tree of n leaves (0 for one leaf).
    function withdrawalTreeDepth(uint256 n) public pure returns (uint256 d) {
        while (n > 1) {
            n = (n + 1) >> 1;
            d++;
        }
    }

    // ---- escape hatch ----

    /// @notice True once no batch has finalized for escapePeriod, or a
    /// forced exit has waited escapePeriod without a finalized batch
    /// consuming it (or the hatch was activated): commits, proofs, deposits
    /// and forced-exit requests stop for good.
    function escapeHatchOpen() public view returns (bool) {
        if (escaped || block.timestamp > uint256(lastFinalizedAt) + escapePeriod) return true;
        uint64 oldest = finalizedForcedEnd;
        return oldest < forcedCount && block.timestamp > uint256(forcedExits[oldest].queuedAt) + escapePeriod;
    }

    /// @notice Records that the escape hatch is open. Anyone may call.
    function activateEscapeHatch() public {
        if (escaped) return;
        if (!escapeHatchOpen()) revert EscapeHatchNotActive();
        escaped = true;
        emit EscapeHatchActivated(finalizedCount, lastFinalizedRoot);
    }

    /// @notice Exits L2 account `account` (key (x, y), balance, nonce) with a
    /// Merkle proof against the last finalized root, authorised by the
    /// account's key: `sig` is its EdDSA signature (docs/protocol.md section
    /// 2, R as affine coordinates) of exitMessage(account, to). Pays the
    /// balance to `to`, once per account. Anyone may submit it. Go:
    /// ledger.PrivateKey.SignExit, contracts.ExitSignature.
    function exitAccount(
        uint32 account,
        uint256 x,
        uint256 y,
        uint64 balance,
        uint64 nonce,
        uint256[] calldata siblings,
        address to,
        EdDSASignature calldata sig
    ) external nonReentrant {
        activateEscapeHatch();
        if (exited[account]) revert AlreadyExited();
        if (siblings.length != treeDepth || (uint256(account) >> treeDepth) != 0) revert BadMerkleProof();
        if (x >= R || y >= R) revert NotInField();
        for (uint256 l = 0; l < siblings.length; l++) {
            if (siblings[l] >= R) revert NotInField();
        }
        if (bytes32(l2Crypto.accountRoot(account, x, y, balance, nonce, siblings)) != lastFinalizedRoot) {
            revert BadMerkleProof();
        }
        // The leaf's key is one the ledger admitted (prime-order subgroup),
        // or the fee vault's (0, 0), which is no curve point: EdDSAInvalidKey.
        l2Crypto.verifyEdDSA(x, y, exitMessage(account, to), sig);
        exited[account] = true;
        emit AccountExited(account, to, balance);
        _pay(to, balance);
    }

    /// @notice Refunds a deposit that no finalized batch consumed, once the
    /// escape hatch is open.
    function refundDeposit(uint64 index) external nonReentrant {
        activateEscapeHatch();
        if (index < finalizedDepositEnd || index >= depositCount) revert NotRefundable();
        if (refunded[index]) revert AlreadyRefunded();
        refunded[index] = true;
        DepositRefund memory d = depositRefunds[index];
        emit DepositRefunded(index, d.depositor, d.amountGwei);
        _pay(d.depositor, d.amountGwei);
    }

    /// @notice The 32-byte compressed encoding of the point (x, y)
    /// (docs/protocol.md section 2): y little-endian, top bit set iff x > (r-1)/2.
    function compressPubKey(uint256 x, uint256 y) public pure returns (bytes32) {
        uint256 v = y;
        if (x > (R - 1) / 2) v |= 1 << 255;
        return bytes32(_reverseBytes(v));
    }

    // ---- hashes: the one place to adapt when docs/protocol.md sections 7-8 change ----

    /// @notice EIP-712 digest that consensus keys of L2 launch `launch`
    /// (launchId) sign to attest a header.
    function attestationDigest(bytes32 launch, BatchHeader calldata h) public view returns (bytes32) {
        return keccak256(
            abi.encodePacked("\x19\x01", domainSeparator(launch), keccak256(abi.encode(ATTESTATION_TYPEHASH, h)))
        );
    }

    /// @notice The message an account's key signs to exit to `to`
    /// (docs/protocol.md section 11): Poseidon2-MD(EXIT_DOMAIN, L1 chain id,
    /// this contract's address, account, to), addresses as 160-bit integers.
    /// (block.chainid is below r on every real chain; reducing it keeps the
    /// hash defined for any value.)
    function exitMessage(uint32 account, address to) public view returns (uint256) {
        uint256[] memory w = new uint256[](5);
        (w[0], w[1], w[2], w[3], w[4]) = (EXIT_DOMAIN, block.chainid % R, uint160(address(this)), account, uint160(to));
        return l2Crypto.hashWords(w);
    }

    /// @notice The message an account's key signs to request a forced exit
    /// to `recipient` (docs/protocol.md section 12): Poseidon2-MD(FORCED_DOMAIN,
    /// L1 chain id, this contract's address, account, recipient, salt),
    /// addresses as 160-bit integers.
    function forcedExitMessage(uint32 account, address recipient, uint64 salt) public view returns (uint256) {
        uint256[] memory w = new uint256[](6);
        (w[0], w[1], w[2], w[3], w[4], w[5]) =
            (FORCED_DOMAIN, block.chainid % R, uint160(address(this)), account, uint160(recipient), salt);
        return l2Crypto.hashWords(w);
    }

    /// @notice The attestation domain of L2 launch `launch`: name "mycel",
    /// version "1", the L1 chain id, this contract, salt `launch`.
    function domainSeparator(bytes32 launch) public view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("mycel"), keccak256("1"), block.chainid, address(this), launch)
        );
    }

    /// @notice The proof's first public input (docs/protocol.md section 8):
    /// sha256(chainId u64 || batchIndex u64 || prevRoot || newRoot ||
    /// depositStart u64 || depositEnd u64 || dataCommitment || dataPoseidon)
    /// mod R. The second is the header's dataEval.
    function publicInput(BatchHeader calldata h) public pure returns (uint256) {
        return uint256(
            sha256(
                abi.encodePacked(
                    h.chainId,
                    h.batchIndex,
                    h.prevRoot,
                    h.newRoot,
                    h.depositStart,
                    h.depositEnd,
                    h.dataCommitment,
                    h.dataPoseidon
                )
            )
        ) % R;
    }


    /// @notice Commitment to the batch public data: sha256(pubdata).
    function _dataCommitment(bytes calldata pubdata) internal pure returns (bytes32) {
        return sha256(pubdata);
    }

    /// What _parsePubdata finds in a batch's public data.
    struct Parsed {
        bytes32 withdrawalsRoot;
        uint32 numWithdrawals; // withdrawals and forced exits
        bool forcedRecords; // whether the batch consumes forced exits
        uint64 forcedEnd; // forced-exit queue position after the batch
        bytes24 forcedChain; // the forced-exit hash chain at forcedEnd - 1
        uint64 feesGwei; // sum of the transfers' and withdrawals' fees
        uint256 dataEval; // the chunks' polynomial at the public input
    }

    /// @notice Walks the public data records (docs/protocol.md section 7,
    /// whole 16-byte chunks): the k-th deposit record must carry the key,
    /// amount and account queued at position depositStart + k, and there
    /// must be exactly depositEnd - depositStart of them; the k-th forced-exit
    /// record must carry the account and recipient queued at forced-exit
    /// position nextForcedIndex + k; withdrawals and forced exits become leaves
    /// of the withdrawal tree, in record order; the fees of transfers and
    /// withdrawals (packed m << 5 | e, worth m * 10^e) are summed. Padding
    /// bytes and the canonical packing are left to the proof. On the way,
    /// the chunks (16 bytes each, big-endian integers c_0 .. c_{n-1}) are
    /// evaluated at z: dataEval = c_0 z^(n-1) + ... + c_{n-1} mod R
    /// (Horner's rule, docs/protocol.md section 8).
    function _parsePubdata(BatchHeader calldata h, bytes calldata pubdata, uint256 z)
        internal
        view
        returns (Parsed memory p)
    {
        uint256 len = pubdata.length;
        bytes32[] memory leaves = new bytes32[](len / WITHDRAW_RECORD + 1);
        uint64 expect = h.depositStart;
        bytes24 chain = expect == 0 ? bytes24(0) : deposits[expect - 1].chain;
        p.forcedEnd = nextForcedIndex;
        uint256 off;
        uint256 fees; // at most len/16 fees below 2^11 * 10^31 each: no overflow
        while (off < len) {
            uint256 w;
            assembly ("memory-safe") {
                // Fast path: a run of transfers (the common record),
                // 0x02 || from u24 || to u24 || amount u40 || fee u16 || 0x00*2:
                // add the fee m * 10^e (packed m << 5 | e), and the chunk to y.
                // Two at a time while a word holds two transfers: one load,
                // one type test, one loop step and one reduction per pair,
                // and the two fees without EXP when both exponents are 0
                // (every fee below 2,048 gwei). About 140 gas of execution
                // per transfer instead of 220 (ADR 026).
                // A packed fee m << 5 | e (the low 16 bits of f) in gwei:
                // m * 10^e. EXP costs 10 gas for e = 0, 60 otherwise.
                function fee(f) -> v {
                    v := mul(and(shr(5, f), 0x7ff), exp(10, and(f, 31)))
                }
                let base := pubdata.offset
                let yp := add(p, 0xc0) // p.dataEval (the struct's seventh word)
                let y := mload(yp)
                let zz := z
                let rr := R
                let z2 := mulmod(zz, zz, rr)
                // off < lim: a second record starts inside pubdata (one cut
                // short reads other arguments' bytes, and off then passes
                // len: BadPubdata below).
                let lim := 0
                if gt(len, 16) { lim := sub(len, 16) }
                for {} 1 {} {
                    for {} lt(off, lim) {} {
                        w := calldataload(add(base, off))
                        // Both type bytes (0 and 16) are 0x02.
                        if iszero(eq(and(w, 0xff000000000000000000000000000000ff000000000000000000000000000000),
                                     0x0200000000000000000000000000000002000000000000000000000000000000)) { break }
                        // Fees at bytes 12-13 and 28-29 (bits 144 and 16 up).
                        switch and(w, 0x000000000000000000000000001f0000000000000000000000000000001f0000)
                        case 0 {
                            fees := add(fees, add(and(shr(149, w), 0x7ff), and(shr(21, w), 0x7ff)))
                        }
                        default {
                            fees := add(fees, add(fee(shr(144, w)), fee(shr(16, w))))
                        }
                        // y z^2 + c_1 z + c_2; the inner sum is below R + 2^128.
                        y := addmod(
                            mulmod(y, z2, rr),
                            add(mulmod(shr(128, w), zz, rr), and(w, 0xffffffffffffffffffffffffffffffff)),
                            rr
                        )
                        off := add(off, 32)
                    }
                    // One transfer alone: the last record, or one before
                    // another kind of record; then pairs again.
                    if iszero(lt(off, len)) { break }
                    w := calldataload(add(base, off))
                    if iszero(eq(shr(248, w), 2)) { break }
                    fees := add(fees, fee(shr(144, w)))
                    y := addmod(mulmod(y, zz, rr), shr(128, w), rr)
                    off := add(off, 16)
                }
                mstore(yp, y)
            }
            if (off >= len) break;
            uint256 t = w >> 248;
            if (t == 3 || t == 4) {
                if (off + WITHDRAW_RECORD > len) revert BadPubdata(off);
                fees += _exitRecord(p, leaves, h.batchIndex, w, off);
                _evalWord(p, z, w);
                off += WITHDRAW_RECORD;
            } else if (t == 1) {
                // 0x01 || account u24 || pubKey [32] || amount u64 || 0x00*4
                if (off + DEPOSIT_RECORD > len) revert BadPubdata(off);
                chain = _depositRecord(p, pubdata[off:off + DEPOSIT_RECORD], w, z, chain);
                expect++;
                off += DEPOSIT_RECORD;
            } else {
                revert BadPubdata(off);
            }
        }
        if (off != len) revert BadPubdata(len);
        if (expect != h.depositEnd) revert DepositMismatch();
        if (expect != h.depositStart && chain != deposits[expect - 1].chain) revert DepositMismatch();
        if (p.forcedRecords && (p.forcedEnd > forcedCount || p.forcedChain != forcedExits[p.forcedEnd - 1].chain)) {
            revert ForcedExitMismatch();
        }
        // A valid batch's fees end in the fee vault, whose balance is at most MAX_AMOUNT.
        if (fees > MAX_AMOUNT) revert FeesOutOfRange();
        p.feesGwei = uint64(fees);
        p.withdrawalsRoot = _merkleRoot(leaves, p.numWithdrawals);
    }

    /// A withdrawal or forced-exit record (both 32 bytes: w is the whole
    /// record) becomes the next leaf of the withdrawal tree; returns the
    /// withdrawal's fee (0 for a forced exit).
    /// 0x03 || from u24 || l1Address [20] || amount u40 || fee u16 || 0x00
    /// 0x04 || account u24 || l1Address [20] || amount u64
    function _exitRecord(
        Parsed memory p,
        bytes32[] memory leaves,
        uint64 batchIndex,
        uint256 w,
        uint256 off
    ) internal view returns (uint256 fee) {
        address to = address(uint160(w >> 64));
        uint256 amount;
        if (w >> 248 == 3) {
            amount = _unpack((w >> 24) & 0xffffffffff);
            fee = _unpack((w >> 8) & 0xffff);
        } else {
            amount = uint64(w);
            _forcedRecord(p, uint32(uint24(w >> 224)), to);
        }
        // The proof bounds every amount by MAX_AMOUNT.
        if (amount > MAX_AMOUNT) revert BadPubdata(off);
        uint32 nw = p.numWithdrawals;
        leaves[nw] = withdrawalLeaf(batchIndex, nw, to, uint64(amount));
        p.numWithdrawals = nw + 1;
    }

    /// A deposit record (48 bytes, whose first 32 are w) advances the
    /// deposit hash chain and adds its three chunks to p.dataEval.
    /// 0x01 || account u24 || pubKey [32] || amount u64 || 0x00*4
    function _depositRecord(Parsed memory p, bytes calldata rec, uint256 w, uint256 z, bytes24 chain)
        internal
        pure
        returns (bytes24)
    {
        bytes32 pubKey;
        uint256 third; // rec[32:48] is the third chunk
        assembly ("memory-safe") {
            pubKey := calldataload(add(rec.offset, 4))
            third := calldataload(add(rec.offset, 32))
        }
        _evalWord(p, z, w);
        p.dataEval = addmod(mulmod(p.dataEval, z, R), third >> 128, R);
        return _chainStep(chain, pubKey, uint64(third >> 160), uint32(uint24(w >> 224)));
    }

    /// Two steps of Horner's rule mod R on p.dataEval: the two chunks of
    /// the 32-byte word w.
    function _evalWord(Parsed memory p, uint256 z, uint256 w) internal pure {
        assembly ("memory-safe") {
            let yp := add(p, 0xc0) // p.dataEval
            let y := addmod(mulmod(mload(yp), z, R), shr(128, w), R)
            mstore(yp, addmod(mulmod(y, z, R), and(w, 0xffffffffffffffffffffffffffffffff), R))
        }
    }

    /// The value m * 10^e of a packed amount or fee m << 5 | e.
    function _unpack(uint256 v) internal pure returns (uint256 r) {
        assembly ("memory-safe") {
            r := mul(shr(5, v), exp(10, and(v, 31)))
        }
    }

    /// Advances the forced-exit hash chain over a forced-exit record: the
    /// chain before the batch's first one is read from the queue.
    function _forcedRecord(Parsed memory p, uint32 account, address to) internal view {
        uint64 i = p.forcedEnd;
        if (!p.forcedRecords) {
            p.forcedRecords = true;
            if (i != 0) p.forcedChain = forcedExits[i - 1].chain;
        }
        p.forcedChain = _forcedChainStep(p.forcedChain, account, to);
        p.forcedEnd = i + 1;
    }

    // ---- internals ----

    function _chainStep(bytes24 prev, bytes32 pubKey, uint64 amount, uint32 account)
        internal
        pure
        returns (bytes24)
    {
        return bytes24(keccak256(abi.encodePacked(prev, pubKey, amount, account)));
    }

    function _forcedChainStep(bytes24 prev, uint32 account, address recipient) internal pure returns (bytes24) {
        return bytes24(keccak256(abi.encodePacked(prev, account, recipient)));
    }

    function _merkleRoot(bytes32[] memory a, uint256 n) internal pure returns (bytes32) {
        if (n == 0) return bytes32(0);
        while (n > 1) {
            uint256 m = (n + 1) >> 1;
            for (uint256 i = 0; i < m; i++) {
                uint256 j = 2 * i;
                a[i] = _hashPair(a[j], j + 1 < n ? a[j + 1] : bytes32(0));
            }
            n = m;
        }
        return a[0];
    }

    function _hashPair(bytes32 a, bytes32 b) internal pure returns (bytes32 r) {
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            r := keccak256(0x00, 0x40)
        }
    }

    /// Rejects keys the ledger would reject (docs/protocol.md section 2), so
    /// that every queued deposit can be applied on L2: y < R, x < R and
    /// non-zero with the sign the encoding carries, (x, y) on the curve, and
    /// in the prime-order subgroup. The subgroup is exactly [8]E (the curve's
    /// order is 8l), so the depositor supplies a point Q on the curve with
    /// [8]Q = P: three doublings instead of a multiplication by l.
    function _checkPubKey(bytes32 pubKey, uint256 x, uint256 qx, uint256 qy) internal pure {
        uint256 v = _reverseBytes(uint256(pubKey));
        uint256 y = v & ((1 << 255) - 1);
        if (y >= R || x >= R || x == 0) revert InvalidPubKey();
        if ((x > (R - 1) / 2) != (v >> 255 == 1)) revert InvalidPubKey();
        if (!_onCurve(x, y) || qx >= R || qy >= R || !_onCurve(qx, qy)) revert InvalidPubKey();
        if (!_isEightTimes(qx, qy, x, y)) revert InvalidPubKey();
    }

    /// -x^2 + y^2 == 1 + d x^2 y^2
    function _onCurve(uint256 x, uint256 y) internal pure returns (bool) {
        uint256 x2 = mulmod(x, x, R);
        uint256 y2 = mulmod(y, y, R);
        return addmod(y2, R - x2, R) == addmod(1, mulmod(EDWARDS_D, mulmod(x2, y2, R), R), R);
    }

    /// [8](qx, qy) == (x, y), for curve points: three doublings in
    /// projective coordinates (dbl-2008-bbjlp, a = -1; complete because -1 is
    /// a square and d is not), compared without inversion.
    function _isEightTimes(uint256 qx, uint256 qy, uint256 x, uint256 y) internal pure returns (bool ok) {
        assembly ("memory-safe") {
            let P := R
            let X := qx
            let Y := qy
            let Z := 1
            for { let i := 0 } lt(i, 3) { i := add(i, 1) } {
                let S := addmod(X, Y, P)
                let B := mulmod(S, S, P) // (X + Y)^2
                let C := mulmod(X, X, P)
                let D := mulmod(Y, Y, P)
                let E := sub(P, C) // a*C = -C
                let F := addmod(E, D, P)
                let H := mulmod(Z, Z, P)
                let J := addmod(F, sub(P, addmod(H, H, P)), P)
                X := mulmod(addmod(B, sub(P, addmod(C, D, P)), P), J, P)
                Y := mulmod(F, addmod(E, sub(P, D), P), P)
                Z := mulmod(F, J, P)
            }
            ok := and(eq(X, mulmod(x, Z, P)), eq(Y, mulmod(y, Z, P)))
        }
    }

    function _reverseBytes(uint256 v) internal pure returns (uint256) {
        v = ((v & 0xFF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00) >> 8)
            | ((v & 0x00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF00FF) << 8);
        v = ((v & 0xFFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000) >> 16)
            | ((v & 0x0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF0000FFFF) << 16);
        v = ((v & 0xFFFFFFFF00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF00000000) >> 32)
            | ((v & 0x00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF00000000FFFFFFFF) << 32);
        v = ((v & 0xFFFFFFFFFFFFFFFF0000000000000000FFFFFFFFFFFFFFFF0000000000000000) >> 64)
            | ((v & 0x0000000000000000FFFFFFFFFFFFFFFF0000000000000000FFFFFFFFFFFFFFFF) << 64);
        return (v >> 128) | (v << 128);
    }

    /// Pays out L2 value: it leaves l2Supply.
    function _pay(address to, uint64 amountGwei) internal {
        if (amountGwei == 0) return;
        l2Supply -= amountGwei;
        (bool ok,) = to.call{value: uint256(amountGwei) * 1 gwei}("");
        if (!ok) revert TransferFailed();
    }

    /// @notice Releases the fees of finalized batch `batchIndex` (header
    /// hash and record as in BatchCommitted) to the RewardPool, the only
    /// caller, which credits them to the batch's signers (docs/protocol.md
    /// section 5: the fee vault's balance belongs to the operators who
    /// signed the batches that paid it). Pays them once: returns the wei
    /// paid, 0 on a second call. The amount leaves l2Supply: the vault's L2
    /// balance then records fees already paid on L1.
    function collectFees(uint256 batchIndex, bytes32 headerHash, BatchRecord calldata rec)
        external
        nonReentrant
        returns (uint256 wei_)
    {
        if (msg.sender != rewardPool) revert NotRewardPool();
        if (batchIndex >= finalizedCount) revert BatchNotFinalized(batchIndex);
        if (commitments[batchIndex] != batchCommitment(headerHash, rec)) revert HeaderMismatch();
        uint256 word = _feesCollected[batchIndex >> 8];
        uint256 bit = 1 << (batchIndex & 0xff);
        uint64 fees = rec.feesGwei;
        if (fees == 0 || word & bit != 0) return 0;
        _feesCollected[batchIndex >> 8] = word | bit;
        emit FeesCollected(uint64(batchIndex), fees);
        _pay(msg.sender, fees);
        return uint256(fees) * 1 gwei;
    }

    /// @notice For the RewardPool and NodeBounty: whether batch i is
    /// finalized, was committed with header hash `headerHash` and record
    /// `rec` (BatchCommitted's), and its commit time.
    function finalizedBatch(uint256 i, bytes32 headerHash, BatchRecord calldata rec)
        external
        view
        returns (bool finalized, bool matches, uint64 committedAt_)
    {
        finalized = i < finalizedCount;
        matches = commitments[i] == batchCommitment(headerHash, rec);
        committedAt_ = committedAt(i);
    }

    /// @notice When batch i was last committed (block time), 0 if never.
    function committedAt(uint256 i) public view returns (uint64) {
        return uint64(uint32(_commitTimes[i >> 3] >> ((i & 7) << 5)));
    }

    function _setCommittedAt(uint256 i, uint256 t) internal {
        uint256 shift = (i & 7) << 5;
        uint256 w = _commitTimes[i >> 3];
        // uint32 seconds: block times fit until 2106.
        _commitTimes[i >> 3] = (w & ~(uint256(0xffffffff) << shift)) | (uint256(uint32(t)) << shift);
    }
}
