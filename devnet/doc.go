// Package devnet is the embedded devnet: N validator nodes (4 by default)
// in one process with no Docker, started by `mycel devnet` and used by
// end-to-end tests.
//
// With L1 (the default) it runs an in-process Ethereum dev chain
// (devnet/devchain: go-ethereum, 1-second blocks, prefunded dev accounts),
// deploys the contracts for the L2 genesis (the Rollup gets the genesis keys
// and the genesis supply in ETH; the verifier of the INSECURE dev keys, or
// the test verifier, named loudly), registers and stakes one operator per
// validator (half humans, half ERC-8004 agents), and runs the validators and
// a prover: deposits, batches, proofs, withdrawals, forced exits and the
// escape hatch work as on a real network, with shorter windows when asked
// (--escape-period, --proof-window, --deposit-deadline). Given the mycel
// binary (Config.ProverBin, as `mycel devnet` does), the prover is a
// separate `mycel prover` process at nice 19 on node0's prover API, so
// that proving does not slow the validators' soft confirmations; without
// it (tests), node0 proves in this process. With --no-l1 it
// runs the sequencer network alone; with --l1-only the L1 chain alone, for
// validators run as separate `mycel start` processes (e2e/).
//
// What this package must not do: need Docker or network access beyond
// 127.0.0.1, or give the nodes it runs any shortcut the real node lacks: it
// wires the same node package that operators run. Production code must not
// import it.
package devnet
