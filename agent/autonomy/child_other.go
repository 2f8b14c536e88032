//go:build !linux

package autonomy

import "os/exec"

// startChild starts cmd; done yields cmd.Wait's result. (On Linux the
// child also gets SIGTERM when this process dies: child_linux.go.)
func startChild(cmd *exec.Cmd) (done <-chan error, err error) {
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	return exited, nil
}
