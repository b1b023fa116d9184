package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/cache"
	"github.com/dossier/dossier/generator/internal/synth"
)

// TestCacheRebuild checks that cached annotations give exactly the output
// of a run without the cache, that a changed source is annotated again,
// and that the cache keeps one entry per source.
func TestCacheRebuild(t *testing.T) {
	root := newSite(t)
	src := filepath.Join(root, "sources")
	if _, err := synth.WriteDir(src, synth.Options{N: 60, Seed: 5}); err != nil {
		t.Fatal(err)
	}
	seeds, _ := filepath.Glob(filepath.Join(repoRoot, "sources", "*"))
	for _, s := range seeds {
		copyTree(t, s, filepath.Join(src, filepath.Base(s)))
	}
	entries := func() int {
		m, _ := filepath.Glob(filepath.Join(root, cache.Dir, "*.gob"))
		return len(m)
	}
	generateSite(t, root, "-build=false")
	cold := snapshot(t, root)
	if n := entries(); n != 65 {
		t.Errorf("%d cache entries after the first run; want 65", n)
	}
	generateSite(t, root, "-build=false")
	if snapshot(t, root) != cold {
		t.Errorf("a run from the cache differs from the run that filled it")
	}

	// Change one source: its annotation is redone, the others are reused,
	// and the output is what a run without the cache gives.
	files, _ := filepath.Glob(filepath.Join(src, "000*.txt"))
	b, _ := os.ReadFile(files[0])
	changed := strings.Replace(string(b), " said", " said on Friday", 1)
	if changed == string(b) {
		t.Fatal("nothing to change")
	}
	os.WriteFile(files[0], []byte(changed), 0o644)
	generateSite(t, root, "-build=false")
	warm := snapshot(t, root)
	if warm == cold {
		t.Errorf("changing a source changed nothing")
	}
	generateSite(t, root, "-build=false", "-cache=false")
	if snapshot(t, root) != warm {
		t.Errorf("the run with the cache differs from the run without it")
	}
	if n := entries(); n != 65 {
		t.Errorf("%d cache entries; want 65 (the stale one pruned)", n)
	}

	// A different people registry invalidates every entry.
	os.MkdirAll(filepath.Join(root, "data"), 0o755)
	os.WriteFile(filepath.Join(root, "data", "people.yaml"), []byte("people: []\n"), 0o644)
	generateSite(t, root, "-build=false")
	if n := entries(); n != 65 {
		t.Errorf("%d cache entries after a registry change; want 65", n)
	}
}
