package main

import (
	"bytes"
	"context"
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

// TestNothingChanged checks that a rebuild with nothing changed skips
// annotate, link and emit (runstate.go) and leaves every file alone, and
// that a generated file edited or removed, or a source changed, makes the
// next run do its work and restore the site.
func TestNothingChanged(t *testing.T) {
	root := newSite(t)
	src := filepath.Join(root, "sources")
	if _, err := synth.WriteDir(src, synth.Options{N: 30, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	gen := func(extra ...string) string {
		t.Helper()
		var stdout, stderr bytes.Buffer
		args := append([]string{"-root", root, "-sources", src, "-build=false"}, extra...)
		if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
			t.Fatalf("generator: exit %d\n%s%s", code, &stdout, &stderr)
		}
		return stdout.String()
	}
	gen()
	first := snapshot(t, root)
	page := filepath.Join(root, "content", "sources", "_index.md")
	before, _ := os.Stat(page)
	if out := gen(); !strings.Contains(out, "nothing changed") {
		t.Errorf("second run: %q; want nothing changed", out)
	}
	if after, _ := os.Stat(page); !after.ModTime().Equal(before.ModTime()) || snapshot(t, root) != first {
		t.Errorf("a run with nothing changed touched the site")
	}

	// A generated file edited by hand: the run does its work, and puts
	// the file back.
	os.WriteFile(page, []byte("{}\n\nedited\n"), 0o644)
	if out := gen(); strings.Contains(out, "nothing changed") {
		t.Errorf("run after a generated file was edited: %q", out)
	}
	if snapshot(t, root) != first {
		t.Errorf("the edited file was not restored")
	}
	os.Remove(page)
	if out := gen(); strings.Contains(out, "nothing changed") || snapshot(t, root) != first {
		t.Errorf("run after a generated file was removed: %q, or it was not restored", out)
	}

	// A changed source: the run does its work and writes only what changed.
	files, _ := filepath.Glob(filepath.Join(src, "*.txt"))
	f, _ := os.OpenFile(files[0], os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("\nA late addition, said Ms. Example on Friday.\n")
	f.Close()
	if out := gen(); strings.Contains(out, "nothing changed") || strings.Contains(out, " 0 files written") {
		t.Errorf("run after a source changed: %q", out)
	}
	// -cache=false always does the work.
	if out := gen("-cache=false"); strings.Contains(out, "nothing changed") {
		t.Errorf("-cache=false: %q", out)
	}
	if out := gen(); !strings.Contains(out, "nothing changed") {
		t.Errorf("run after the -cache=false run: %q; want nothing changed", out)
	}
}
