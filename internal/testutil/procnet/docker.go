package procnet

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mycel-network/mycel/devnet"
	"github.com/mycel-network/mycel/internal/testutil"
)

// Containers runs a Net's processes as containers of one image
// (testutil.BuildImage), each on its own IP of a private Docker network
// made for the test, as docker/compose.yml runs the compose devnet: the L1
// chain, then one container per validator start. The testnet's directory is
// mounted at /data in every container (node i's home is /data/nodeI), run
// as the test's own uid and gid so that the files stay the test's.
//
// Each container is run by a `docker run` client process of the Net (its
// output is the container's log, NAME.log), so Net's waits, logs and exit
// checks work unchanged; Kill, Signal and Terminate act on the container
// (docker kill, pause and unpause), and Disconnect cuts a container off the
// network: a real partition, which processes on one loopback interface
// cannot have.
type Containers struct {
	Image   string   // the image every container runs
	Network string   // the private network's name
	Gateway string   // the host's address on it (a listener here is reachable from the containers)
	L1IP    string   // the L1 chain's address
	IPs     []string // validator i's address

	prefix string // container names: PREFIX-devnet, PREFIX-node0, ...
	user   string // uid:gid of the test process
	mount  string // the host directory mounted at /data
}

// Mount is where the testnet's directory is inside every container.
const Mount = "/data"

// dockerCmd runs the docker CLI and returns its trimmed output.
func dockerCmd(args ...string) (string, error) {
	out, err := exec.Command("docker", args...).CombinedOutput()
	s := strings.TrimSpace(string(out))
	if err != nil {
		return s, fmt.Errorf("docker %s: %v: %s", strings.Join(args, " "), err, s)
	}
	return s, nil
}

// newContainers makes the private network for n nodes (and the L1 chain) on
// a free /24 of 172.30.0.0/16: the gateway is .1, the L1 chain .10, node i
// .20+i.
func newContainers(t testing.TB, image, mount string, n int) (*Containers, error) {
	if n > 200 {
		return nil, fmt.Errorf("%d nodes: at most 200 on one /24", n)
	}
	suffix := make([]byte, 4)
	_, _ = rand.Read(suffix)
	c := &Containers{Image: image, prefix: "mycel-e2e-" + hex.EncodeToString(suffix), mount: mount,
		user: fmt.Sprintf("%d:%d", os.Getuid(), os.Getgid())}
	c.Network = c.prefix
	var lastErr error
	for try := 0; try < 8; try++ {
		x, err := rand.Int(rand.Reader, big.NewInt(256))
		if err != nil {
			return nil, err
		}
		subnet := netip.MustParsePrefix(fmt.Sprintf("172.30.%d.0/24", x.Int64()))
		base := subnet.Addr().As4()
		at := func(last byte) string { a := base; a[3] = last; return netip.AddrFrom4(a).String() }
		if _, err := dockerCmd("network", "create", "--driver", "bridge", "--subnet", subnet.String(),
			"--gateway", at(1), c.Network); err != nil {
			lastErr = err // most likely the subnet is taken: draw another
			continue
		}
		c.Gateway, c.L1IP = at(1), at(10)
		for i := range n {
			c.IPs = append(c.IPs, at(byte(20+i)))
		}
		t.Logf("docker: network %s on %s (host %s, L1 %s, node0 %s)", c.Network, subnet, c.Gateway, c.L1IP, c.IPs[0])
		return c, nil
	}
	return nil, fmt.Errorf("docker: no free subnet for network %s: %w", c.Network, lastErr)
}

// name is the container name of a Net process.
func (c *Containers) name(proc string) string { return c.prefix + "-" + proc }

// runArgs are the `docker run` arguments of container proc at ip running
// the image's mycel with args, env added to its environment.
func (c *Containers) runArgs(proc, ip string, env []string, args ...string) []string {
	a := []string{"run", "--rm", "--name", c.name(proc), "--network", c.Network, "--ip", ip,
		"--user", c.user, "-v", c.mount + ":" + Mount, "--stop-timeout", "30"}
	for _, e := range env {
		a = append(a, "-e", e)
	}
	return append(append(a, c.Image), args...)
}

// start runs container proc, its output appended to logPath. A container
// left from a run of the same name is removed first.
func (c *Containers) start(proc, ip, logPath string, env []string, args ...string) (*Proc, error) {
	_, _ = dockerCmd("rm", "-f", c.name(proc))
	return spawn(proc, "docker", logPath, nil, c.runArgs(proc, ip, env, args...)...)
}

// signal delivers sig to container proc: SIGSTOP and SIGCONT freeze and
// thaw it (docker pause, unpause), any other signal is sent to its mycel.
func (c *Containers) signal(proc string, sig os.Signal) error {
	var err error
	switch sig {
	case syscall.SIGSTOP:
		_, err = dockerCmd("pause", c.name(proc))
	case syscall.SIGCONT:
		_, err = dockerCmd("unpause", c.name(proc))
	default:
		s, ok := sig.(syscall.Signal)
		if !ok {
			return fmt.Errorf("signal %v", sig)
		}
		_, err = dockerCmd("kill", "--signal", fmt.Sprint(int(s)), c.name(proc))
	}
	return err
}

// kill SIGKILLs container proc and waits for its client to exit.
func (c *Containers) kill(proc string, p *Proc) {
	if p == nil {
		return
	}
	_, _ = dockerCmd("kill", c.name(proc)) // an exited container: nothing to kill
	select {
	case <-p.done:
	case <-time.After(30 * time.Second):
		p.Kill() // the client; the container is removed by remove
	}
}

// remove removes every container of the test and the network.
func (c *Containers) remove() {
	ids, _ := dockerCmd("ps", "-aq", "--filter", "name=^"+c.prefix+"-")
	if ids != "" {
		_, _ = dockerCmd(append([]string{"rm", "-f"}, strings.Fields(ids)...)...)
	}
	_, _ = dockerCmd("network", "rm", c.Network)
}

// NewDockerDevnet is NewDevnet with every process a container
// (Containers): `mycel devnet --l1-only` creates the devnet in the
// container devnet at Containers.L1IP, listening on that private address
// (--l1-private-network), then `mycel devnet-hosts` moves validator i's
// home onto Containers.IPs[i] (every listener on 0.0.0.0, peers and
// testnet.json's RPC endpoints on the others' IPs, L1 at the L1 chain's).
// The test talks to every container over the network, from the host.
func NewDockerDevnet(t testing.TB, opts DevnetOptions) (*Net, devnet.L1Info) {
	t.Helper()
	if testing.Short() {
		t.Skip("starts an L1 chain and validator containers")
	}
	if err := testutil.DockerAvailable(); err != nil {
		t.Fatalf("the docker backend needs a Docker daemon that answers (start it, or set MYCEL_E2E_DOCKER=0 to leave out the docker-backend runs): %v", err)
	}
	img := testutil.BuildImage(t)
	n := &Net{T: t, Bin: testutil.BuildMycel(t), Dir: testDir(t, "mycel-docker-")}
	n.Home = filepath.Join(n.Dir, "devnet")
	t.Cleanup(n.cleanup)
	if err := os.MkdirAll(n.Home, 0o755); err != nil {
		t.Fatal(err)
	}
	total := opts.Validators + opts.Standby
	c, err := newContainers(t, img, n.Home, total)
	if err != nil {
		t.Fatal(err)
	}
	n.Containers = c
	// The test reads every node often from the host, as one client: a
	// loopback client is exempt from rpc.requests_per_second, the
	// network's gateway is not.
	n.Env = append(n.Env, "MYCEL_RPC_REQUESTS_PER_SECOND=0")
	args := []string{"devnet", "--home", Mount, "--l1-only", "--l1-addr", c.L1IP + ":8545", "--l1-private-network",
		"--base-port", "26600", "--validators", fmt.Sprint(opts.Validators), "--log-level", "info"}
	if opts.Standby > 0 {
		args = append(args, "--standby", fmt.Sprint(opts.Standby))
	}
	l1proc, err := c.start("devnet", c.L1IP, n.LogPath("devnet"), nil, append(args, opts.Args...)...)
	if err != nil {
		t.Fatal(err)
	}
	n.others = append(n.others, l1proc)
	info := n.waitDevnetFiles(l1proc)
	hosts := exec.Command(n.Bin, "devnet-hosts", "--home", n.Home, "--hosts", strings.Join(c.IPs, ","),
		"--l1-rpc", "http://"+c.L1IP+":8545")
	if out, err := hosts.CombinedOutput(); err != nil {
		t.Fatalf("mycel devnet-hosts: %v\n%s", err, out)
	}
	if err := n.readTestnet(); err != nil {
		t.Fatal(err)
	}
	n.dial()
	return n, info
}

// waitDevnetFiles waits until the devnet's l1.json, testnet.json and
// accounts are complete, failing the test if proc (the devnet) exits first.
func (n *Net) waitDevnetFiles(proc *Proc) devnet.L1Info {
	n.T.Helper()
	var info devnet.L1Info
	err := Wait(DevnetReady).Poll(func() error {
		if proc.Exited() {
			n.T.Fatalf("mycel devnet exited: %v", proc.Err())
		}
		if err := readJSON(filepath.Join(n.Home, "l1.json"), &info); err != nil {
			return err
		}
		if info.Deployment == nil {
			return errors.New("l1.json has no deployment")
		}
		return n.readTestnet()
	})
	if err != nil {
		n.T.Fatalf("devnet not created within %s (last: %v)", DevnetReady, err)
	}
	return info
}

// Disconnect cuts node i's container off the network (a partition: it
// reaches neither its peers nor L1, and the test cannot reach it either);
// Reconnect puts it back on its address. Only with Containers.
func (n *Net) Disconnect(i int) error {
	if n.Containers == nil {
		return errors.New("disconnect needs containers (NewDockerDevnet)")
	}
	_, err := dockerCmd("network", "disconnect", n.Containers.Network, n.Containers.name(n.Man.Nodes[i]))
	return err
}

// Reconnect puts node i's container back on the network (Disconnect).
func (n *Net) Reconnect(i int) error {
	if n.Containers == nil {
		return errors.New("reconnect needs containers (NewDockerDevnet)")
	}
	_, err := dockerCmd("network", "connect", "--ip", n.Containers.IPs[i], n.Containers.Network, n.Containers.name(n.Man.Nodes[i]))
	return err
}
