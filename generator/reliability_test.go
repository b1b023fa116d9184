package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/parallel"
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

// TestLockedRoot checks that a second generator on one root stops at once
// with a message naming the first.
func TestLockedRoot(t *testing.T) {
	root := newSite(t, fixtures(t, "internal/emit/testdata/sources")...)
	unlock, err := lockRoot(root)
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-root", root, "-sources", filepath.Join(root, "sources"), "-build=false"}, &stdout, &stderr)
	want := fmt.Sprintf("another generator (pid %d) is writing %s", os.Getpid(), root)
	if code != 1 || !strings.Contains(stderr.String(), want) {
		t.Errorf("run on a locked root = %d, %q; want 1 and %q", code, stderr.String(), want)
	}
	if _, err := os.Stat(filepath.Join(root, "content", "sources")); err == nil {
		t.Errorf("the run on a locked root wrote content/")
	}
	unlock()
	generateSite(t, root, "-build=false")
}

func TestUnknownFlagOneLine(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run(context.Background(), []string{"-nope"}, &stdout, &stderr); code != 2 {
		t.Errorf("exit %d; want 2", code)
	}
	if n := strings.Count(stderr.String(), "\n"); n != 1 {
		t.Errorf("an unknown flag printed %d lines:\n%s", n, stderr.String())
	}
}

// TestPanicIsOneLine checks that a panic in a pass, even in one of its
// worker goroutines, becomes a one-line error.
func TestPanicIsOneLine(t *testing.T) {
	err := func() (err error) {
		defer recoverPass(&err)
		parallel.For(8, func(i int) {
			if i == 5 {
				var m map[string]int
				m["x"] = 1
			}
		})
		return nil
	}()
	if err == nil || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), "internal error") || !strings.Contains(err.Error(), "nil map") {
		t.Errorf("recovered %v; want a one-line internal error", err)
	}
}

// TestManyWarnings checks that a long list of warnings is summed up by
// kind on the terminal and written in full to a file in the root.
func TestManyWarnings(t *testing.T) {
	root := t.TempDir()
	var ws []string
	for i := range 500 {
		ws = append(ws, fmt.Sprintf("sources/s%d.txt:%d: unknown front matter field %q (kept)", i, i%7+1, fmt.Sprint("f", i)))
	}
	ws = append(ws, `people: "Ann" in source x could be a or b; add it to data/people.yaml`)
	var stderr bytes.Buffer
	reportWarnings(root, ws, &stderr)
	out := stderr.String()
	if n := strings.Count(out, "\n"); n > 5 {
		t.Errorf("%d lines on the terminal for 501 warnings:\n%s", n, out)
	}
	if !strings.Contains(out, `500× unknown front matter field "…" (kept)`) || !strings.Contains(out, WarningsFile) {
		t.Errorf("no summary by kind naming the file:\n%s", out)
	}
	b, err := os.ReadFile(filepath.Join(root, WarningsFile))
	if err != nil || strings.Count(string(b), "\n") != 501 {
		t.Errorf("the warnings file holds %d lines, %v; want 501", strings.Count(string(b), "\n"), err)
	}
	stderr.Reset()
	reportWarnings(root, ws[:2], &stderr)
	if strings.Count(stderr.String(), "\n") != 2 {
		t.Errorf("two warnings printed as %q", stderr.String())
	}
	if _, err := os.Stat(filepath.Join(root, WarningsFile)); err == nil {
		t.Errorf("a stale warnings file stays")
	}
}

// TestNoHugoWritesNothing checks that a run from outside the module, on a
// root outside it too, fails before writing anything.
func TestNoHugoWritesNothing(t *testing.T) {
	root := newSite(t, fixtures(t, "internal/emit/testdata/sources")...)
	t.Chdir(t.TempDir())
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-root", root, "-sources", filepath.Join(root, "sources")}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "cannot run Hugo") {
		t.Errorf("run from outside the module = %d, %q; want 1 and cannot run Hugo", code, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(root, "content", "sources")); err == nil {
		t.Errorf("content/ written before finding out that Hugo cannot run")
	}
}
