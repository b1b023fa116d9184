// Package golden compares test output with golden files, the way the
// annotator and emit tests guard their full output: run the tests with
// -update after an intended change of results, and review the diff.
package golden

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/load"
)

// Check compares got with the contents of the file at path and fails the
// test at the first differing line. With update it writes got to the file
// instead.
func Check(t testing.TB, path, got string, update bool) {
	t.Helper()
	if update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if got == string(want) {
		return
	}
	gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
	for i := range min(len(gl), len(wl)) {
		if gl[i] != wl[i] {
			t.Fatalf("%s differs at line %d:\ngot  %s\nwant %s\n(after an intended change, run the test with -update and review the diff)", path, i+1, gl[i], wl[i])
		}
	}
	t.Fatalf("%s differs in length: got %d lines, want %d", path, len(gl), len(wl))
}

// Files reads the files matching pattern, sorted by name; it fails the
// test when none match.
func Files(t testing.TB, pattern string) (names []string, data [][]byte) {
	t.Helper()
	names, err := filepath.Glob(pattern)
	if err != nil || len(names) == 0 {
		t.Fatalf("no files match %s", pattern)
	}
	sort.Strings(names)
	for _, f := range names {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		data = append(data, b)
	}
	return names, data
}

// Sources parses files as the pipeline's load pass does (front matter,
// normalized text, unique ids), for tests that feed annotators real files.
func Sources(t testing.TB, names []string, data [][]byte) []*doc.Source {
	t.Helper()
	var srcs []*doc.Source
	for i, name := range names {
		src, _, err := load.Bytes(data[i], name)
		if err != nil {
			t.Fatal(err)
		}
		srcs = append(srcs, src)
	}
	load.AssignIDs(srcs)
	return srcs
}
