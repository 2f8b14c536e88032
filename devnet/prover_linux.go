package devnet

import (
	"os/exec"
	"runtime"
	"syscall"
)

// childProcAttr puts the prover process in its own process group (a
// Ctrl-C on the terminal reaches the devnet, which stops it in order) and
// has the kernel send it SIGTERM when the thread that started it exits:
// a devnet killed with SIGKILL leaves no prover behind.
func childProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGTERM}
}

// startLowPriority starts cmd at the given nice value and waits for it,
// reporting on started, then on exited. Linux keeps a nice value per
// thread and a child inherits its parent thread's: this goroutine locks
// itself to an OS thread, lowers that thread's priority, starts cmd from
// it (every thread of the child then starts at that nice value, which no
// unprivileged call can raise again), and waits on the same thread, which
// must outlive the child (Pdeathsig fires when it exits). It never unlocks:
// the Go runtime ends the thread with the goroutine, so no other goroutine
// runs at the lowered priority.
func startLowPriority(cmd *exec.Cmd, nice int, started, exited chan<- error) {
	runtime.LockOSThread()
	if err := syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), nice); err != nil {
		started <- err
		return
	}
	if err := cmd.Start(); err != nil {
		started <- err
		return
	}
	started <- nil
	exited <- cmd.Wait()
}
