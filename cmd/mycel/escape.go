package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/spf13/cobra"

	"github.com/mycel-network/mycel/l1"
	"github.com/mycel-network/mycel/ledger"
	"github.com/mycel-network/mycel/node"
)

// ExitProof is what `mycel exit-proof` prints: an account at the last
// finalized root with the Merkle proof Rollup.exitAccount takes.
type ExitProof struct {
	Root           ledger.Hash    `json:"root"`
	FinalizedCount int            `json:"finalized_batches"`
	Account        ledger.Account `json:"account"`
	Exists         bool           `json:"exists"`
	Siblings       []ledger.Hash  `json:"siblings"`
}

func newExitProofCmd() *cobra.Command {
	var l1URL, rollup, genesis string
	var account uint32
	var fromBlock uint64
	cmd := &cobra.Command{
		Use:   "exit-proof",
		Short: "Rebuild the L2 state from L1 alone and print an account's escape-hatch proof",
		Long: `exit-proof reads every finalized batch's public data from the calldata of
the commitBatch transactions the Rollup accepted, replays it on the L2
genesis (every batch's root checked), and prints the account's leaf and
Merkle proof against the last finalized root: what Rollup.exitAccount takes
once the escape hatch is open. It needs no mycel node, only an L1 endpoint
and the chain's genesis file (docs/adr/010).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if l1URL == "" || !common.IsHexAddress(rollup) || genesis == "" {
				return errors.New("exit-proof needs --l1 URL, --rollup ADDRESS and --genesis FILE")
			}
			g, err := node.LoadGenesis(genesis)
			if err != nil {
				return err
			}
			ctx, cancel := context.WithTimeout(cmd.Context(), 10*time.Minute)
			defer cancel()
			client, err := ethclient.DialContext(ctx, l1URL)
			if err != nil {
				return fmt.Errorf("dial L1 %s: %w", l1URL, err)
			}
			defer client.Close()
			batches, err := l1.FinalizedBatches(ctx, client, common.HexToAddress(rollup), fromBlock)
			if err != nil {
				return err
			}
			s, root, err := l1.RebuildState(g, batches, "", ledger.Options{InMemory: true})
			if err != nil {
				return err
			}
			defer s.Close()
			p, err := s.Proof(account)
			if err != nil {
				return err
			}
			out := ExitProof{Root: root, FinalizedCount: len(batches), Account: p.Account, Exists: p.Exists, Siblings: p.Siblings}
			enc := json.NewEncoder(cmd.OutOrStdout())
			enc.SetIndent("", "  ")
			return enc.Encode(out)
		},
	}
	f := cmd.Flags()
	f.StringVar(&l1URL, "l1", "", "L1 JSON-RPC endpoint")
	f.StringVar(&rollup, "rollup", "", "the Rollup contract's address")
	f.StringVar(&genesis, "genesis", "", "the L2 chain's genesis file (a node's config/genesis.json)")
	f.Uint32Var(&account, "account", 0, "the L2 account index")
	f.Uint64Var(&fromBlock, "from-block", 0, "first L1 block to scan (the Rollup's deployment block)")
	return cmd
}
