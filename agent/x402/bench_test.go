package x402_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mycel-network/mycel/agent/x402"
)

// timedSettles records how long each /settle call to the facilitator
// takes (the settle latency: submit to soft confirmation, plus HTTP).
type timedSettles struct {
	base http.RoundTripper
	mu   sync.Mutex
	durs []time.Duration
}

func (ts *timedSettles) RoundTrip(r *http.Request) (*http.Response, error) {
	start := time.Now()
	resp, err := ts.base.RoundTrip(r)
	if strings.HasSuffix(r.URL.Path, "/settle") {
		ts.mu.Lock()
		ts.durs = append(ts.durs, time.Since(start))
		ts.mu.Unlock()
	}
	return resp, err
}

func percentile(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[min(len(s)-1, int(p*float64(len(s))))]
}

// BenchmarkX402PaidRequests: agents paying a paid endpoint through an
// in-process single-validator node (consensus.timeout_commit 100 ms), each
// request a 402, a signed payment, verify, the handler, and settle at soft
// confirmation. It reports paid requests per second, the settle latency
// (p50, p99) and the paid request's, and the node's block time over the
// run, the baseline the settle latency waits on.
//
//	go test ./agent/x402 -run '^$' -bench X402PaidRequests -benchtime 200x
func BenchmarkX402PaidRequests(b *testing.B) {
	for _, clients := range []int{1, 16, 64} {
		b.Run(fmt.Sprintf("clients=%d", clients), func(b *testing.B) {
			tn := startNode(b, clients+1)
			seller := tn.accts[0]
			settles := &timedSettles{base: http.DefaultTransport}
			f := x402.NodeFacilitator(tn.url)
			f.HTTP = &http.Client{Transport: settles, Timeout: time.Minute}
			wall := x402.NewPaywall(f, x402.ResourceInfo{}, nil, x402.Price(tn.chain, seller.Index, 1000, 1))
			srv := httptest.NewServer(wall.Handler(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "the data") })))
			defer srv.Close()

			clientsOf := make([]*http.Client, clients)
			for i := range clientsOf {
				tr := x402.NewTransport(tn.url, tn.key(b, i+1), x402.Budget{PerRequest: 2000, Total: 1 << 40})
				clientsOf[i] = &http.Client{Transport: tr, Timeout: time.Minute}
			}
			var (
				mu   sync.Mutex
				paid []time.Duration
				wg   sync.WaitGroup
				errs = make(chan error, clients)
			)
			h0, t0 := tn.n.Height(), time.Now()
			b.ResetTimer()
			for w := range clients {
				n := b.N / clients
				if w < b.N%clients {
					n++
				}
				wg.Add(1)
				go func() {
					defer wg.Done()
					for range n {
						start := time.Now()
						resp, err := clientsOf[w].Get(srv.URL + "/data")
						if err != nil {
							errs <- err
							return
						}
						io.Copy(io.Discard, resp.Body)
						resp.Body.Close()
						if resp.StatusCode != http.StatusOK {
							errs <- fmt.Errorf("paid request: %s", resp.Status)
							return
						}
						d := time.Since(start)
						mu.Lock()
						paid = append(paid, d)
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			elapsed := time.Since(t0)
			b.StopTimer()
			close(errs)
			for err := range errs {
				b.Fatal(err)
			}
			blocks := tn.n.Height() - h0
			b.ReportMetric(float64(len(paid))/elapsed.Seconds(), "paid/s")
			b.ReportMetric(float64(percentile(settles.durs, 0.50).Microseconds())/1000, "settle-p50-ms")
			b.ReportMetric(float64(percentile(settles.durs, 0.99).Microseconds())/1000, "settle-p99-ms")
			b.ReportMetric(float64(percentile(paid, 0.50).Microseconds())/1000, "paid-p50-ms")
			b.ReportMetric(float64(percentile(paid, 0.99).Microseconds())/1000, "paid-p99-ms")
			if blocks > 0 {
				b.ReportMetric(float64(elapsed.Milliseconds())/float64(blocks), "block-ms")
			}
			b.ReportMetric(0, "ns/op")
		})
	}
}
