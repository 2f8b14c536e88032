//go:build deps

// Package deps pins the project's chosen dependencies in go.mod before every
// part that uses them exists. It is never compiled into the binary.
package deps

import (
	_ "github.com/cockroachdb/pebble"
	_ "github.com/cometbft/cometbft/node"
	_ "github.com/consensys/gnark/backend/groth16"
	_ "github.com/ethereum/go-ethereum/ethclient/simulated"
	_ "github.com/libp2p/go-libp2p"
	_ "github.com/libp2p/go-libp2p-pubsub"
)
