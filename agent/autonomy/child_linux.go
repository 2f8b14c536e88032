package autonomy

import (
	"os/exec"
	"runtime"
	"syscall"
)

// startChild starts cmd so that it does not outlive this process: the
// kernel sends it SIGTERM when the thread that started it exits
// (Pdeathsig), so an agent killed with SIGKILL leaves no validator running
// on its key. That thread must outlive the child: a goroutine locked to it
// starts the child and waits for it, and never unlocks (the Go runtime ends
// the thread with the goroutine, after the child has exited). done yields
// cmd.Wait's result.
func startChild(cmd *exec.Cmd) (done <-chan error, err error) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
	started, exited := make(chan error, 1), make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		started <- nil
		exited <- cmd.Wait()
	}()
	if err := <-started; err != nil {
		return nil, err
	}
	return exited, nil
}
