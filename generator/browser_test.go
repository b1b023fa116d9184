package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestBrowserHostile opens every page of the hostile corpus in headless
// Chromium and checks the DOM the browser built, after anything on the page
// could have run: it must still be inert (no script, handler, frame or
// injected element) and show the payloads as text. It needs Chromium
// (Debian's chromium package, which .ci/run installs); without it the test
// is skipped, unless CI is set, where a missing browser is a failure.
func TestBrowserHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo and runs a browser")
	}
	browser := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			browser = p
			break
		}
	}
	if browser == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("no Chromium on this machine; .ci/run installs Debian's chromium package")
		}
		t.Skip("no Chromium on this machine")
	}
	root, _ := hostileSite(t)
	public := filepath.Join(root, "public")
	pages, err := filepath.Glob(filepath.Join(public, "sources", "*", "index.html"))
	if err != nil || len(pages) != 3 {
		t.Fatalf("hostile source pages = %v (%v); want 3", pages, err)
	}
	for _, page := range pages {
		ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
		cmd := exec.CommandContext(ctx, browser,
			"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
			"--disable-background-networking", "--disable-component-update", "--disable-sync",
			"--user-data-dir="+t.TempDir(), "--virtual-time-budget=2000",
			"--dump-dom", "file://"+page)
		dom, err := cmd.Output()
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", page, err)
		}
		rel, _ := filepath.Rel(public, page)
		checkInert(t, "browser DOM of "+rel, dom)
		if text := pageText(t, dom); !strings.Contains(text, `<script>alert("xss-script")</script>`) {
			t.Errorf("browser DOM of %s does not show the script payload as text", rel)
		}
	}
}
