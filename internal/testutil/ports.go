// Package testutil holds helpers shared by tests: free ports for real
// nodes (FreePortBase), waiting for a condition with a bound (Wait), and
// the mycel binary built once per test process (BuildMycel). Networks of
// mycel processes are run by its subpackage procnet. It is not imported by
// production code.
package testutil

import (
	"fmt"
	"math/rand/v2"
	"net"
	"testing"
)

// FreePortBase returns a base port with n*10 consecutive ports free on
// 127.0.0.1 for both TCP and UDP (node i of a testnet uses base+10i ...
// base+10i+2). It picks from below the kernel's ephemeral range (32768+), so
// a restarted node gets its ports back instead of finding one taken by an
// outgoing connection.
func FreePortBase(t testing.TB, n int) int {
	t.Helper()
	for range 50 {
		base := 11000 + rand.IntN(20000)/10*10
		if portsFree(base, n*10) {
			return base
		}
	}
	t.Fatal("no free port range")
	return 0
}

func portsFree(base, count int) bool {
	for i := range count {
		addr := fmt.Sprintf("127.0.0.1:%d", base+i)
		l, err := net.Listen("tcp", addr)
		if err != nil {
			return false
		}
		l.Close()
		u, err := net.ListenPacket("udp", addr)
		if err != nil {
			return false
		}
		u.Close()
	}
	return true
}
