package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFutureSourcePublished checks that a source dated after the build
// day gets its page (Hugo skips future pages unless told).
func TestFutureSourcePublished(t *testing.T) {
	root := newSite(t, fixtures(t, "internal/emit/testdata/sources")...)
	future := "---\ntitle: Tomorrow's Story\noutlet: The Herald\npublished: 2999-01-02\nid: tomorrow\n---\nThe council met.\n"
	if err := os.WriteFile(filepath.Join(root, "sources", "zz-future.txt"), []byte(future), 0o644); err != nil {
		t.Fatal(err)
	}
	generateSite(t, root)
	if _, err := os.Stat(filepath.Join(root, "public", "sources", "tomorrow", "index.html")); err != nil {
		t.Errorf("no page for a source dated in the future: %v", err)
	}
}
