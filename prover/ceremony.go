package prover

import (
	"bufio"
	"context"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/consensys/gnark/backend/groth16/bn254/mpcsetup"
	"github.com/consensys/gnark/constraint"
	cs "github.com/consensys/gnark/constraint/bn254"

	"github.com/mycel-network/mycel/internal/progress"
)

// The production setup is a multi-party Groth16 ceremony (gnark's mpcsetup):
//
//	phase 1 (powers of tau, any circuit up to a domain size):
//	  Phase1Init -> Phase1Contribute by each participant in turn -> Phase1Seal
//	phase 2 (this circuit):
//	  Phase2Init -> Phase2Contribute by each participant in turn -> Phase2Seal
//
// Every contribution is a file; anyone can re-run the verification in
// Phase1Seal and Phase2Seal from the files and the public beacon (a random
// value published after the last contribution). The keys are secure if at
// least one participant of each phase destroyed their randomness.

type readerFromFile interface {
	ReadFrom(io.Reader) (int64, error)
}

// loadFile reads a ceremony file, reporting the bytes read
// (internal/progress).
func loadFile(path string, r readerFromFile, log *slog.Logger) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
	}
	task := progress.Start(log, "read "+filepath.Base(path), progress.TotalBytes(size))
	defer task.Done()
	if _, err := r.ReadFrom(bufio.NewReaderSize(countingReader{f, task}, 1<<20)); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// DomainSize is the FFT domain a circuit needs: the phase 1 size.
func DomainSize(ccs constraint.ConstraintSystem) uint64 { return domainSize(ccs) }

// Phase1Init writes the initial phase 1 file for a domain of n (a power
// of two, see DomainSize).
func Phase1Init(n uint64, out string, log *slog.Logger) error {
	done := progress.Start(log, fmt.Sprintf("phase 1 init (domain %d)", n)).Done
	defer done()
	_, err := writeReported(log, out, mpcsetup.NewPhase1(n))
	return err
}

// Phase1Contribute reads the latest phase 1 file, adds fresh randomness
// and writes the next one.
func Phase1Contribute(in, out string, log *slog.Logger) error {
	var p mpcsetup.Phase1
	if err := loadFile(in, &p, log); err != nil {
		return err
	}
	done := progress.Start(log, "phase 1 contribution").Done
	p.Contribute()
	done()
	sum, err := writeReported(log, out, &p)
	if err == nil {
		log.Info("phase 1 contribution written", "file", out, "sha256", sum)
	}
	return err
}

// Phase1Seal verifies the chain of phase 1 contributions from the initial
// state and seals it with the beacon, writing the SRS commons file.
func Phase1Seal(n uint64, beacon []byte, out string, log *slog.Logger, contributions ...string) error {
	ps := make([]*mpcsetup.Phase1, len(contributions))
	for i, f := range contributions {
		ps[i] = new(mpcsetup.Phase1)
		if err := loadFile(f, ps[i], log); err != nil {
			return err
		}
	}
	done := progress.Start(log, fmt.Sprintf("verify %d phase 1 contributions and seal", len(ps))).Done
	commons, err := mpcsetup.VerifyPhase1(n, beacon, ps...)
	done()
	if err != nil {
		return fmt.Errorf("phase 1 verification: %w", err)
	}
	_, err = writeReported(log, out, &commons)
	return err
}

// Phase2Init writes the initial phase 2 file of circuit p from the sealed
// phase 1 commons.
func Phase2Init(ccs constraint.ConstraintSystem, commonsFile, out string, log *slog.Logger) error {
	var commons mpcsetup.SrsCommons
	if err := loadFile(commonsFile, &commons, log); err != nil {
		return err
	}
	done := progress.Start(log, "phase 2 init").Done
	var p2 mpcsetup.Phase2
	p2.Initialize(ccs.(*cs.R1CS), &commons)
	done()
	_, err := writeReported(log, out, &p2)
	return err
}

// Phase2Contribute reads the latest phase 2 file, adds fresh randomness and
// writes the next one.
func Phase2Contribute(in, out string, log *slog.Logger) error {
	var p mpcsetup.Phase2
	if err := loadFile(in, &p, log); err != nil {
		return err
	}
	done := progress.Start(log, "phase 2 contribution").Done
	p.Contribute()
	done()
	sum, err := writeReported(log, out, &p)
	if err == nil {
		log.Info("phase 2 contribution written", "file", out, "sha256", sum)
	}
	return err
}

// Phase2Seal verifies the phase 2 contributions (from the initial state
// that it recomputes) and seals them with the beacon into the circuit's
// keys (write them with WriteKeys).
func Phase2Seal(ctx context.Context, p Params, ccs constraint.ConstraintSystem, commonsFile string, beacon []byte, log *slog.Logger, contributions ...string) (*Keys, error) {
	var commons mpcsetup.SrsCommons
	if err := loadFile(commonsFile, &commons, log); err != nil {
		return nil, err
	}
	ps := make([]*mpcsetup.Phase2, len(contributions))
	for i, f := range contributions {
		ps[i] = new(mpcsetup.Phase2)
		if err := loadFile(f, ps[i], log); err != nil {
			return nil, err
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	done := progress.Start(log, fmt.Sprintf("verify %d phase 2 contributions and seal", len(ps))).Done
	pk, vk, err := mpcsetup.VerifyPhase2(ccs.(*cs.R1CS), &commons, beacon, ps...)
	done()
	if err != nil {
		return nil, fmt.Errorf("phase 2 verification: %w", err)
	}
	k := &Keys{Params: p, CCS: ccs, PK: pk, VK: vk, Manifest: Manifest{
		Circuit: p.Name(), Params: p, Constraints: ccs.GetNbConstraints(), Setup: SetupCeremony,
		Beacon: hex.EncodeToString(beacon), Contributions: [2]int{-1, len(ps)}, // phase 1 count is in its own transcript,
	}}
	return k, nil
}
