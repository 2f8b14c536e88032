package devchain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"
)

// ErrProxyStopped is returned by Start and Resume after Stop.
var ErrProxyStopped = errors.New("devchain: proxy stopped")

// Proxy is a TCP proxy (on 127.0.0.1 unless Host says otherwise) in front of an endpoint (the dev
// chain's JSON-RPC, typically) for fault tests: Pause makes the endpoint
// look down to everyone using the proxy, Resume brings it back on the same
// address. It is a service (internal/service): NewProxy, then Start and
// Stop. Its methods are safe for concurrent use.
type Proxy struct {
	// Host is the address Start listens on, set before Start: empty is
	// 127.0.0.1; a container network's gateway lets containers use it.
	Host string

	target string
	addr   string // fixed by Start: Resume listens here again

	mu     sync.Mutex
	ln     net.Listener // nil while paused or stopped
	conns  map[net.Conn]struct{}
	closed bool           // stopped
	wg     sync.WaitGroup // accept loops and connection pipes
}

// NewProxy returns a proxy that forwards every connection to target
// (host:port); Start makes it listen.
func NewProxy(target string) *Proxy {
	return &Proxy{target: target, conns: make(map[net.Conn]struct{})}
}

// Start listens on a free port of Host, by default 127.0.0.1 (see Addr).
func (p *Proxy) Start(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case p.closed:
		return ErrProxyStopped
	case p.addr != "":
		return errors.New("devchain: proxy already started")
	}
	var lc net.ListenConfig
	host := p.Host
	if host == "" {
		host = "127.0.0.1"
	}
	ln, err := lc.Listen(ctx, "tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return fmt.Errorf("devchain: proxy: %w", err)
	}
	p.addr = ln.Addr().String()
	p.serveLocked(ln)
	return nil
}

// Addr returns the proxy's host:port ("" before Start).
func (p *Proxy) Addr() string { return p.addr }

// URL returns http://Addr(): the proxied JSON-RPC endpoint.
func (p *Proxy) URL() string { return "http://" + p.addr }

// Pause closes the listener and every live connection: clients see
// connections reset and new ones refused until Resume. Pausing a paused or
// stopped proxy does nothing.
func (p *Proxy) Pause() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dropLocked()
}

// Resume listens again on the same address. Resuming a running proxy does
// nothing; resuming a stopped one fails with ErrProxyStopped.
func (p *Proxy) Resume() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed || p.addr == "" {
		return ErrProxyStopped
	}
	if p.ln != nil {
		return nil
	}
	ln, err := net.Listen("tcp", p.addr)
	if err != nil {
		return fmt.Errorf("devchain: proxy: listen again on %s: %w", p.addr, err)
	}
	p.serveLocked(ln)
	return nil
}

// Stop stops the proxy for good and waits for its goroutines. It is
// idempotent and safe before Start.
func (p *Proxy) Stop(context.Context) error {
	p.mu.Lock()
	p.closed = true
	p.dropLocked()
	p.mu.Unlock()
	p.wg.Wait()
	return nil
}

func (p *Proxy) serveLocked(ln net.Listener) {
	p.ln = ln
	p.wg.Add(1)
	go p.accept(ln)
}

// dropLocked closes the listener and the live connections.
func (p *Proxy) dropLocked() {
	if p.ln != nil {
		_ = p.ln.Close()
		p.ln = nil
	}
	for c := range p.conns {
		_ = c.Close()
		delete(p.conns, c)
	}
}

func (p *Proxy) accept(ln net.Listener) {
	defer p.wg.Done()
	for {
		client, err := ln.Accept()
		if err != nil {
			return // closed by Pause or Stop
		}
		p.wg.Add(1)
		go p.pipe(ln, client)
	}
}

// pipe connects client, accepted by ln, to the target until either side
// closes or the proxy drops the connection.
func (p *Proxy) pipe(ln net.Listener, client net.Conn) {
	defer p.wg.Done()
	server, err := net.DialTimeout("tcp", p.target, 5*time.Second)
	if err != nil {
		_ = client.Close()
		return
	}
	if !p.track(ln, client, server) {
		_ = client.Close()
		_ = server.Close()
		return
	}
	done := make(chan struct{}, 2)
	cp := func(dst, src net.Conn) {
		_, _ = io.Copy(dst, src)
		done <- struct{}{}
	}
	go cp(server, client)
	go cp(client, server)
	<-done // one direction ended: end both
	_ = client.Close()
	_ = server.Close()
	<-done
	p.mu.Lock()
	delete(p.conns, client)
	delete(p.conns, server)
	p.mu.Unlock()
}

// track registers a live pair unless ln was closed meanwhile (Pause or
// Stop, perhaps followed by Resume).
func (p *Proxy) track(ln net.Listener, conns ...net.Conn) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ln != ln {
		return false
	}
	for _, c := range conns {
		p.conns[c] = struct{}{}
	}
	return true
}
