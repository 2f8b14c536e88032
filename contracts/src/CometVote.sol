// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice A CometBFT prevote or precommit as the Slasher reads it from the
/// vote's canonical sign bytes (docs/protocol.md section 13).
struct CometVote {
    uint8 msgType; // 1 prevote, 2 precommit
    uint64 height; // >= 1
    uint32 round; // < 2^31
    bytes32 blockKey; // keccak256 of the block id's fields (CometVotes.parse); the nil block id has one too
    bytes32 chainIdHash; // keccak256 of the chain id string
    uint256 chainIdStart; // the chain id is vote[chainIdStart:chainIdEnd]
    uint256 chainIdEnd;
}

// Errors at file level, so that the library has no ABI of its own (and no
// artifact); they appear in the ABI of every contract that can revert with them.

/// Vote `vote` (0: the first, 1: the second) is not a canonical vote
/// encoding: an unknown field or wire type, a field out of order or
/// repeated, a truncated or over-long varint or length, a value out of
/// range, or bytes after the message. `offset` is where the reader stopped.
error MalformedVote(uint256 vote, uint256 offset);
/// Vote `vote` lacks a field every vote carries (2: height, 6: chain id).
error MissingVoteField(uint256 vote, uint256 field);
/// Vote `vote` is not a prevote (1) or precommit (2): `msgType` is its type
/// field (0 when absent; 32 is a proposal).
error NotAVote(uint256 vote, uint256 msgType);

/// @title CometVotes
/// @notice A strict reader of CometBFT's vote sign bytes,
/// `types.VoteSignBytes(chainID, vote)`: a varint length prefix, then the
/// protobuf `CanonicalVote`
///
///     1 type      varint   SignedMsgType: 1 prevote, 2 precommit
///     2 height    sfixed64
///     3 round     sfixed64
///     4 block_id  CanonicalBlockID { 1 hash bytes, 2 part_set_header { 1 total uint32, 2 hash bytes } }
///     5 timestamp google.protobuf.Timestamp { 1 seconds int64, 2 nanos int32 }
///     6 chain_id  string
///
/// and nothing else: every field at most once and in this order (as
/// CometBFT writes them), only these fields and wire types, minimal varints,
/// lengths inside the message, hashes of 0 or 32 bytes. Absent fields take
/// protobuf's defaults (CometBFT omits round 0 and the nil block id).
/// Proposals (type 32 in field 1, and a sixth field at tag 7) and vote
/// extensions (field 1 is bytes) are refused, so no other message a
/// validator signs with its consensus key reads as a vote.
library CometVotes {
    /// Timestamp seconds are in [MIN_SECONDS, 2^64) or [0, MAX_SECONDS):
    /// int64 -62135596800 (0001-01-01) to 253402300799 (9999-12-31).
    uint256 private constant MIN_SECONDS = 2 ** 64 - 62_135_596_800;
    uint256 private constant MAX_SECONDS = 253_402_300_800;

    /// @notice Parses `b` (vote number `which`, for the errors).
    function parse(bytes calldata b, uint256 which) internal pure returns (CometVote memory v) {
        uint256 end = b.length;
        (uint256 len, uint256 p) = _varint(b, 0, end, which);
        if (len != end - p) revert MalformedVote(which, 0);
        v.blockKey = _nilBlockKey(); // unless field 4 says otherwise
        uint256 last; // the last field read
        while (p < end) {
            uint256 tag = uint8(b[p]);
            uint256 field = tag >> 3;
            // Expected tags, by field: 0x08 0x11 0x19 0x22 0x2a 0x32.
            if (field <= last || field > 6 || tag != uint8(bytes7(0x00081119222a32)[field])) {
                revert MalformedVote(which, p);
            }
            last = field;
            p = _field(b, p + 1, end, which, field, v);
        }
        if (v.msgType == 0) revert NotAVote(which, 0);
        if (v.height == 0) revert MissingVoteField(which, 2);
        if (last < 6) revert MissingVoteField(which, 6);
    }

    /// Reads the value of `field` at b[p:] into v; returns where it ends.
    function _field(bytes calldata b, uint256 p, uint256 end, uint256 which, uint256 field, CometVote memory v)
        private
        pure
        returns (uint256)
    {
        if (field == 1) {
            uint256 t;
            (t, p) = _varint(b, p, end, which);
            if (t != 1 && t != 2) revert NotAVote(which, t);
            v.msgType = uint8(t);
            return p;
        }
        if (field <= 3) {
            if (end - p < 8) revert MalformedVote(which, p);
            uint64 x = _le64(b, p);
            if (field == 2) {
                // sfixed64: a height is at least 1.
                if (x == 0 || x >= 1 << 63) revert MalformedVote(which, p);
                v.height = x;
            } else {
                // A round is an int32 >= 0.
                if (x >= 1 << 31) revert MalformedVote(which, p);
                v.round = uint32(x);
            }
            return p + 8;
        }
        uint256 n;
        (n, p) = _varint(b, p, end, which);
        if (n > end - p) revert MalformedVote(which, p);
        uint256 q = p + n;
        if (field == 4) {
            v.blockKey = _blockId(b, p, q, which);
        } else if (field == 5) {
            _timestamp(b, p, q, which);
        } else {
            v.chainIdHash = keccak256(b[p:q]);
            v.chainIdStart = p;
            v.chainIdEnd = q;
        }
        return q;
    }

    /// The key two block ids are compared by: equal exactly when hash, part
    /// set total and part set hash are equal (as CometBFT's BlockID.Key).
    function _blockKey(uint256 hashLen, bytes32 hash, bytes32 partsKey) private pure returns (bytes32) {
        return keccak256(abi.encode(hashLen, hash, partsKey));
    }

    function _partsKey(uint256 total, uint256 partsLen, bytes32 partsHash) private pure returns (bytes32) {
        return keccak256(abi.encode(total, partsLen, partsHash));
    }

    /// The key of the nil block id (absent, or present with every field
    /// empty).
    function _nilBlockKey() private pure returns (bytes32) {
        return _blockKey(0, 0, _partsKey(0, 0, 0));
    }

    /// CanonicalBlockID in b[p:q].
    function _blockId(bytes calldata b, uint256 p, uint256 q, uint256 which) private pure returns (bytes32) {
        uint256 hashLen;
        bytes32 hash;
        bytes32 partsKey = _partsKey(0, 0, 0);
        uint256 last;
        while (p < q) {
            uint256 tag = uint8(b[p]);
            if (tag == 0x0a && last < 1) {
                last = 1;
                (hashLen, hash, p) = _hash(b, p + 1, q, which);
            } else if (tag == 0x12 && last < 2) {
                last = 2;
                uint256 n;
                (n, p) = _varint(b, p + 1, q, which);
                if (n > q - p) revert MalformedVote(which, p);
                partsKey = _partSetHeader(b, p, p + n, which);
                p += n;
            } else {
                revert MalformedVote(which, p);
            }
        }
        return _blockKey(hashLen, hash, partsKey);
    }

    /// CanonicalPartSetHeader in b[p:q]; returns its _partsKey.
    function _partSetHeader(bytes calldata b, uint256 p, uint256 q, uint256 which) private pure returns (bytes32) {
        uint256 total;
        uint256 partsLen;
        bytes32 partsHash;
        uint256 last;
        while (p < q) {
            uint256 tag = uint8(b[p]);
            if (tag == 0x08 && last < 1) {
                last = 1;
                (total, p) = _varint(b, p + 1, q, which);
                if (total > type(uint32).max) revert MalformedVote(which, p - 1);
            } else if (tag == 0x12 && last < 2) {
                last = 2;
                (partsLen, partsHash, p) = _hash(b, p + 1, q, which);
            } else {
                revert MalformedVote(which, p);
            }
        }
        return _partsKey(total, partsLen, partsHash);
    }

    /// A length-prefixed hash of 0 or 32 bytes at b[p:], inside q.
    function _hash(bytes calldata b, uint256 p, uint256 q, uint256 which)
        private
        pure
        returns (uint256 n, bytes32 h, uint256 next)
    {
        (n, p) = _varint(b, p, q, which);
        if ((n != 0 && n != 32) || n > q - p) revert MalformedVote(which, p);
        if (n == 32) h = bytes32(b[p:p + 32]);
        next = p + n;
    }

    /// google.protobuf.Timestamp in b[p:q]: checked (as protobuf bounds it), not used.
    function _timestamp(bytes calldata b, uint256 p, uint256 q, uint256 which) private pure {
        uint256 last;
        while (p < q) {
            uint256 tag = uint8(b[p]);
            if (tag == 0x08 && last < 1) {
                last = 1;
                uint256 secs;
                (secs, p) = _varint(b, p + 1, q, which);
                // int64 seconds from 0001-01-01 to 9999-12-31, as protobuf
                // (and CometBFT, which cannot sign another time) allows.
                if (secs >= MAX_SECONDS && secs < MIN_SECONDS) revert MalformedVote(which, p - 1);
            } else if (tag == 0x10 && last < 2) {
                last = 2;
                uint256 nanos;
                (nanos, p) = _varint(b, p + 1, q, which);
                if (nanos >= 1e9) revert MalformedVote(which, p - 1);
            } else {
                revert MalformedVote(which, p);
            }
        }
    }

    /// A minimal varint of at most 64 bits at b[p:], inside end.
    function _varint(bytes calldata b, uint256 p, uint256 end, uint256 which)
        private
        pure
        returns (uint256 x, uint256 next)
    {
        unchecked {
            for (uint256 shift; shift < 64; shift += 7) {
                if (p >= end) revert MalformedVote(which, p);
                uint256 c = uint8(b[p]);
                x |= (c & 0x7f) << shift;
                if (c < 0x80) {
                    // A last byte 0 after others is a padded (non-minimal)
                    // encoding; more than 64 bits fit no protobuf scalar.
                    if ((c == 0 && shift != 0) || x >> 64 != 0) revert MalformedVote(which, p);
                    return (x, p + 1);
                }
                p++;
            }
            revert MalformedVote(which, p);
        }
    }

    /// The little-endian 64-bit integer at b[p:p+8].
    function _le64(bytes calldata b, uint256 p) private pure returns (uint64 x) {
        x = uint64(bytes8(b[p:p + 8]));
        x = ((x & 0xFF00FF00FF00FF00) >> 8) | ((x & 0x00FF00FF00FF00FF) << 8);
        x = ((x & 0xFFFF0000FFFF0000) >> 16) | ((x & 0x0000FFFF0000FFFF) << 16);
        x = (x >> 32) | (x << 32);
    }
}
