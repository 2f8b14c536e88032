package devchain

import (
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"
)

// ErrProxyClosed is returned by Resume after Close.
var ErrProxyClosed = errors.New("devchain: proxy closed")

// Proxy is a TCP proxy on 127.0.0.1 in front of an endpoint (the dev
// chain's JSON-RPC, typically) for fault tests: Pause makes the endpoint
// look down to everyone using the proxy, Resume brings it back on the same
// address. Its methods are safe for concurrent use.
type Proxy struct {
	target string
	addr   string // fixed by the first listener: Resume listens here again

	mu     sync.Mutex
	ln     net.Listener // nil while paused or closed
	conns  map[net.Conn]struct{}
	closed bool
	wg     sync.WaitGroup // accept loops and connection pipes
}

// NewProxy starts a proxy listening on a free port of 127.0.0.1 that
// forwards every connection to target (host:port).
func NewProxy(target string) (*Proxy, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("devchain: proxy: %w", err)
	}
	p := &Proxy{target: target, addr: ln.Addr().String(), conns: make(map[net.Conn]struct{})}
	p.serve(ln)
	return p, nil
}

// Addr returns the proxy's host:port.
func (p *Proxy) Addr() string { return p.addr }

// URL returns http://Addr(): the proxied JSON-RPC endpoint.
func (p *Proxy) URL() string { return "http://" + p.addr }

// Pause closes the listener and every live connection: clients see
// connections reset and new ones refused until Resume. Pausing a paused or
// closed proxy does nothing.
func (p *Proxy) Pause() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.dropLocked()
}

// Resume listens again on the same address. Resuming a running proxy does
// nothing; resuming a closed one fails with ErrProxyClosed.
func (p *Proxy) Resume() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrProxyClosed
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

// Close stops the proxy for good and waits for its goroutines.
func (p *Proxy) Close() error {
	p.mu.Lock()
	p.closed = true
	p.dropLocked()
	p.mu.Unlock()
	p.wg.Wait()
	return nil
}

func (p *Proxy) serve(ln net.Listener) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.serveLocked(ln)
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
			return // closed by Pause or Close
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
// Close, perhaps followed by Resume).
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
