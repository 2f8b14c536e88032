//go:build !linux

package devnet

import (
	"os/exec"
	"syscall"
)

func childProcAttr() *syscall.SysProcAttr { return nil }

// startLowPriority starts cmd and waits for it, reporting on started, then
// on exited. Only Linux builds lower its priority (prover_linux.go).
func startLowPriority(cmd *exec.Cmd, _ int, started, exited chan<- error) {
	if err := cmd.Start(); err != nil {
		started <- err
		return
	}
	started <- nil
	exited <- cmd.Wait()
}
