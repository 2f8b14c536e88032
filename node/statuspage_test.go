package node

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/mycel-network/mycel/internal/testutil"
)

// TestStatusPageInABrowser: the status page, opened in headless Chromium
// on a committing node without L1, shows the chain moving (the height
// grows between two reads), the node's health, and says plainly that the
// chain has no L1 (in the pipeline and in place of the validators' L1
// columns); the page is self-contained (its CSP allows no outside asset)
// and a screenshot is left as an artifact.
func TestStatusPageInABrowser(t *testing.T) {
	env := startX402Node(t)
	ctx := testutil.Browser(t)
	url := env.url + StatusPagePath
	text := func(id string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Text(chromedp.ID(id)))
		if err != nil {
			t.Fatalf("read #%s: %v", id, err)
		}
		return strings.TrimSpace(v)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitVisible(chromedp.CSS(`body[data-ready="1"]`))); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	first, err := strconv.Atoi(text("height"))
	if err != nil || first < 1 {
		t.Fatalf("height %q", text("height"))
	}
	if note, pipeline := text("l1note"), text("pipeline"); !strings.Contains(note, "without L1") || !strings.Contains(pipeline, "no L1") {
		t.Fatalf("a chain without L1: note %q, pipeline %q", note, pipeline)
	}
	if dl := text("deadlines"); !strings.Contains(dl, "no L1") {
		t.Fatalf("a chain without L1: deadlines %q", dl)
	}
	if vals, ops := text("validators"), text("opsnote"); !strings.Contains(vals, "no L1") || !strings.Contains(ops, "no L1") || strings.Contains(ops, "reading L1") {
		t.Fatalf("a chain without L1: validators %q, operators note %q", vals, ops)
	}
	deadline := time.Now().Add(30 * time.Second)
	for {
		if n, _ := strconv.Atoi(text("height")); n > first {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the page's height stayed at %d while the node is at %d", first, env.n.Height())
		}
		time.Sleep(300 * time.Millisecond)
	}
	if h := text("health"); h != "ok" {
		t.Fatalf("health %q", h)
	}
	testutil.Screenshot(t, ctx, "status-page-plain.png")
}
