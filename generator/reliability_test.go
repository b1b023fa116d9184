package main

import (
	"os"
	"path/filepath"
	"strings"
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

// TestReservedIDsNeverPages checks that a source titled "Index" and a
// person named Index get pages of their own instead of a content/…/index.md
// that Hugo would take for the section's bundle.
func TestReservedIDsNeverPages(t *testing.T) {
	root := newSite(t, fixtures(t, "internal/emit/testdata/sources")...)
	text := "Index\n\nBy Ada Lund\n\nMr. Index said the harbor would open on Monday. \"It is ready,\" Mr. Index said.\n" +
		"Ada Lund, a council member, agreed with Mr. Index.\n"
	if err := os.WriteFile(filepath.Join(root, "sources", "zz-index.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	generateSite(t, root, "-build=false")
	for _, p := range []string{"content/sources/index.md", "content/people/index.md"} {
		if _, err := os.Stat(filepath.Join(root, p)); err == nil {
			t.Errorf("%s written: Hugo takes it for the section's bundle", p)
		}
	}
	b, err := os.ReadFile(filepath.Join(root, "data", "dossier.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"index-2"`) {
		t.Errorf("dossier.json has no id index-2 for the source or person named Index")
	}
}
