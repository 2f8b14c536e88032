package contracts

import (
	"bytes"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"

	"github.com/mycel-network/mycel/contracts/bindings"
)

// CommitCall is one batch of a Rollup commit call: its header, public
// data and certificate, and the L2 launch the call names.
type CommitCall struct {
	Header      bindings.BatchHeader
	PubData     []byte
	Certificate []byte
	Launch      [32]byte
}

// ErrNotACommit is returned by DecodeCommits for input that calls neither
// Rollup.commitBatch nor Rollup.commitBatches.
var ErrNotACommit = errors.New("contracts: not a Rollup commitBatch or commitBatches call")

var rollupABI = sync.OnceValue(func() *abi.ABI {
	a, err := bindings.RollupMetaData.ParseABI()
	if err != nil {
		panic(err)
	}
	return a
})

// DecodeCommits returns the batches a transaction's input commits, in
// order: one for commitBatch, each of commitBatches' (ADR 026). Readers of
// L1 history (the state rebuild, the SDK's certificate reader) find a
// batch's public data and certificate this way. Input that calls another
// function is ErrNotACommit; malformed arguments are an error.
func DecodeCommits(input []byte) ([]CommitCall, error) {
	if len(input) < 4 {
		return nil, ErrNotACommit
	}
	a := rollupABI()
	one, many := a.Methods["commitBatch"], a.Methods["commitBatches"]
	switch {
	case bytes.Equal(input[:4], one.ID):
		args, err := one.Inputs.Unpack(input[4:])
		if err != nil || len(args) != 4 {
			return nil, fmt.Errorf("contracts: commitBatch arguments: %v", err)
		}
		return []CommitCall{{
			Header:      *abi.ConvertType(args[0], new(bindings.BatchHeader)).(*bindings.BatchHeader),
			PubData:     *abi.ConvertType(args[1], new([]byte)).(*[]byte),
			Certificate: *abi.ConvertType(args[2], new([]byte)).(*[]byte),
			Launch:      *abi.ConvertType(args[3], new([32]byte)).(*[32]byte),
		}}, nil
	case bytes.Equal(input[:4], many.ID):
		args, err := many.Inputs.Unpack(input[4:])
		if err != nil || len(args) != 4 {
			return nil, fmt.Errorf("contracts: commitBatches arguments: %v", err)
		}
		hs := *abi.ConvertType(args[0], new([]bindings.BatchHeader)).(*[]bindings.BatchHeader)
		pds := *abi.ConvertType(args[1], new([][]byte)).(*[][]byte)
		certs := *abi.ConvertType(args[2], new([][]byte)).(*[][]byte)
		launch := *abi.ConvertType(args[3], new([32]byte)).(*[32]byte)
		if len(hs) == 0 || len(pds) != len(hs) || len(certs) != len(hs) {
			return nil, fmt.Errorf("contracts: commitBatches of %d headers, %d public data, %d certificates", len(hs), len(pds), len(certs))
		}
		out := make([]CommitCall, len(hs))
		for i := range hs {
			out[i] = CommitCall{Header: hs[i], PubData: pds[i], Certificate: certs[i], Launch: launch}
		}
		return out, nil
	}
	return nil, ErrNotACommit
}
