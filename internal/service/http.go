package service

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"
)

// HTTPServer is an http.Server as a Service: Start listens (so that a taken
// port fails the start, not a goroutine later) and serves on a goroutine;
// Stop shuts the server down gracefully within its context, then closes
// what is left, and waits for the serving goroutine.
type HTTPServer struct {
	srv  *http.Server
	addr string

	mu   sync.Mutex
	ln   net.Listener
	done chan struct{}
	err  error // Serve's error, other than ErrServerClosed
	stop bool
}

// NewHTTPServer returns a server for handler on addr ("host:port"; port 0
// picks a free one, see Addr).
func NewHTTPServer(addr string, handler http.Handler) *HTTPServer {
	return &HTTPServer{addr: addr, srv: &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}}
}

// SetTimeouts bounds reading a request, writing a response and keeping an
// idle connection (call it before Start; zero leaves a bound off).
func (s *HTTPServer) SetTimeouts(read, write, idle time.Duration) {
	s.srv.ReadTimeout, s.srv.WriteTimeout, s.srv.IdleTimeout = read, write, idle
}

// Start listens on the address and serves until Stop.
func (s *HTTPServer) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.stop:
		return ErrStopped
	case s.ln != nil:
		return ErrStarted
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.addr)
	if err != nil {
		return fmt.Errorf("listen %s: %w", s.addr, err)
	}
	s.ln, s.done = ln, make(chan struct{})
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.err = err
		}
	}()
	return nil
}

// Addr is the address the server listens on once started ("" before).
func (s *HTTPServer) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln == nil {
		return ""
	}
	return s.ln.Addr().String()
}

// Stop shuts the server down: it waits for active requests until ctx ends,
// then closes the remaining connections (long-lived WebSockets among them).
func (s *HTTPServer) Stop(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.stop {
		return nil
	}
	s.stop = true
	if s.ln == nil {
		return nil
	}
	err := s.srv.Shutdown(ctx)
	if err != nil {
		err = errors.Join(err, s.srv.Close())
	}
	<-s.done
	return errors.Join(err, s.err)
}
