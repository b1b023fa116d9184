package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dossier/dossier/generator/internal/synth"
)

// TestDeterministic builds the same sources twice, in two different site
// roots, with a pause between the runs, and requires byte-identical
// content/, data/ and public/: no map order, clock, absolute path or
// scheduling may leak into the output.
//
// Hugo stamps nothing on its own here, so nothing is excluded: the
// sitemap's <lastmod> comes from the dates in the generated front matter
// (not the clock or file times), enableGitInfo is off, and no template
// prints now or hugo.BuildDate. If one ever did, this test would show it.
func TestDeterministic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo twice")
	}
	seeds, _ := filepath.Glob(filepath.Join(repoRoot, "sources", "*"))
	build := func() map[string][]byte {
		root := newSite(t, seeds...)
		if _, err := synth.WriteDir(filepath.Join(root, "sources"), synth.Options{N: 40, Seed: 3}); err != nil {
			t.Fatal(err)
		}
		generateSite(t, root)
		files := map[string][]byte{}
		for _, dir := range []string{"content", "data", "public"} {
			filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				b, err := os.ReadFile(p)
				if err != nil {
					t.Fatal(err)
				}
				if bytes.Contains(b, []byte(root)) {
					t.Errorf("%s contains the absolute site root %s", p, root)
				}
				rel, _ := filepath.Rel(root, p)
				files[filepath.ToSlash(rel)] = b
				return nil
			})
		}
		return files
	}
	a := build()
	time.Sleep(1100 * time.Millisecond) // a clock with second resolution would differ
	b := build()
	diffs := 0
	for p, x := range a {
		y, ok := b[p]
		switch {
		case !ok:
			t.Errorf("%s only in the first run", p)
		case !bytes.Equal(x, y):
			if diffs++; diffs <= 10 {
				t.Errorf("%s differs between runs:\n%s", p, firstDiff(x, y))
			}
		}
	}
	for p := range b {
		if _, ok := a[p]; !ok {
			t.Errorf("%s only in the second run", p)
		}
	}
	if len(a) < 50 {
		t.Errorf("only %d files built", len(a))
	}
}

// firstDiff shows the first differing line of two files.
func firstDiff(a, b []byte) string {
	la, lb := strings.Split(string(a), "\n"), strings.Split(string(b), "\n")
	for i := range min(len(la), len(lb)) {
		if la[i] != lb[i] {
			return "  " + trim(la[i]) + "\n  " + trim(lb[i])
		}
	}
	return "  (one is a prefix of the other)"
}

func trim(s string) string {
	if len(s) > 200 {
		return s[:200] + "…"
	}
	return s
}
