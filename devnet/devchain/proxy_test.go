package devchain

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// echoServer answers every line with the same line.
func echoServer(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				_, _ = io.Copy(c, c)
			}()
		}
	}()
	return ln.Addr().String()
}

// echo dials addr, sends a line and reads it back.
func echo(addr, line string) error {
	c, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return err
	}
	defer c.Close()
	return echoOn(c, line)
}

func echoOn(c net.Conn, line string) error {
	_ = c.SetDeadline(time.Now().Add(2 * time.Second))
	if _, err := io.WriteString(c, line+"\n"); err != nil {
		return err
	}
	got, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return err
	}
	if got != line+"\n" {
		return errors.New("echo mismatch: " + got)
	}
	return nil
}

func TestProxy(t *testing.T) {
	p := NewProxy(echoServer(t))
	if err := p.Resume(); !errors.Is(err, ErrProxyStopped) {
		t.Fatalf("Resume before Start: %v", err)
	}
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer p.Stop(context.Background())
	if !strings.HasPrefix(p.Addr(), "127.0.0.1:") || p.URL() != "http://"+p.Addr() {
		t.Fatalf("Addr %q URL %q", p.Addr(), p.URL())
	}
	if err := echo(p.Addr(), "hello"); err != nil {
		t.Fatal(err)
	}

	// A live connection is cut by Pause; new ones are refused.
	live, err := net.Dial("tcp", p.Addr())
	if err != nil {
		t.Fatal(err)
	}
	defer live.Close()
	if err := echoOn(live, "before"); err != nil {
		t.Fatal(err)
	}
	addr := p.Addr()
	p.Pause()
	p.Pause() // idempotent
	if err := echoOn(live, "during"); err == nil {
		t.Fatal("live connection survived Pause")
	}
	if err := echo(addr, "paused"); err == nil {
		t.Fatal("connected while paused")
	}

	// Resume listens on the same port.
	if err := p.Resume(); err != nil {
		t.Fatal(err)
	}
	if err := p.Resume(); err != nil { // idempotent
		t.Fatal(err)
	}
	if p.Addr() != addr {
		t.Fatalf("address changed from %s to %s", addr, p.Addr())
	}
	if err := echo(p.Addr(), "again"); err != nil {
		t.Fatal(err)
	}

	// Several pause/resume rounds, with a connection open across each.
	for i := range 3 {
		c, err := net.Dial("tcp", p.Addr())
		if err != nil {
			t.Fatal(err)
		}
		if err := echoOn(c, "round"); err != nil {
			t.Fatalf("round %d: %v", i, err)
		}
		p.Pause()
		if err := echoOn(c, "cut"); err == nil {
			t.Fatalf("round %d: connection survived Pause", i)
		}
		c.Close()
		if err := p.Resume(); err != nil {
			t.Fatal(err)
		}
	}

	// Stop is final.
	if err := p.Stop(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := echo(addr, "closed"); err == nil {
		t.Fatal("connected after Stop")
	}
	if err := p.Resume(); !errors.Is(err, ErrProxyStopped) {
		t.Fatalf("Resume after Stop: %v", err)
	}
	if err := p.Start(context.Background()); !errors.Is(err, ErrProxyStopped) {
		t.Fatalf("Start after Stop: %v", err)
	}
}

// TestProxyTargetDown: with the target down, clients connect to the proxy
// but get their connection closed; once the target is back, it works.
func TestProxyTargetDown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	target := ln.Addr().String()
	ln.Close()
	p := NewProxy(target)
	if err := p.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	defer p.Stop(context.Background())
	if err := echo(p.Addr(), "nobody"); err == nil {
		t.Fatal("echo with the target down")
	}
	ln, err = net.Listen("tcp", target)
	if err != nil {
		t.Skipf("target port taken meanwhile: %v", err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		_, _ = io.Copy(c, c)
	}()
	if err := echo(p.Addr(), "back"); err != nil {
		t.Fatal(err)
	}
}
