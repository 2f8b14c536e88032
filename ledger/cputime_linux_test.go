package ledger

import "syscall"

// threadCPU is the CPU time the calling OS thread has used (user and
// system), ok false where it cannot be read. The caller must hold its
// thread (runtime.LockOSThread).
func threadCPU() (ns int64, ok bool) {
	const rusageThread = 1 // RUSAGE_THREAD, getrusage(2)
	var ru syscall.Rusage
	if err := syscall.Getrusage(rusageThread, &ru); err != nil {
		return 0, false
	}
	return ru.Utime.Nano() + ru.Stime.Nano(), true
}
