package emit

import (
	"bytes"
	"flag"
	"fmt"
	"github.com/dossier/dossier/generator/internal/annotate/people"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dossier/dossier/generator/internal/annotate"
	"github.com/dossier/dossier/generator/internal/doc"
	"github.com/dossier/dossier/generator/internal/link"
	"github.com/dossier/dossier/generator/internal/load"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// site runs load → annotate → link → Site over a folder of sources into
// a new site root, and returns the generated files it wrote there.
func site(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	sources, _, err := load.Dir(dir, filepath.Join(dir, "sources"))
	if err != nil {
		t.Fatal(err)
	}
	var docs []*doc.Annotated
	for _, s := range sources {
		docs = append(docs, mustAnnotate(s, nil))
	}
	g := link.Link(docs, nil)
	root := t.TempDir()
	res, err := Site(g, root)
	if err != nil {
		t.Fatal(err)
	}
	if res.Written != res.Files {
		t.Errorf("first run wrote %d of %d files", res.Written, res.Files)
	}
	// Rendering again into the same root changes nothing.
	if again, err := Site(g, root); err != nil || again.Written != 0 || again.Removed != 0 {
		t.Errorf("second run into the same root = %+v, %v; want nothing written or removed", again, err)
	}
	manifest, err := os.ReadFile(filepath.Join(root, Manifest))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{}
	for _, p := range strings.Split(strings.TrimSuffix(string(manifest), "\n"), "\n") {
		if files[p], err = os.ReadFile(filepath.Join(root, filepath.FromSlash(p))); err != nil {
			t.Fatal(err)
		}
	}
	if len(files) != res.Files {
		t.Errorf("manifest lists %d files; Site reported %d", len(files), res.Files)
	}
	return files
}

func sortedPaths(files map[string][]byte) []string {
	paths := make([]string, 0, len(files))
	for p := range files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// TestGolden compares the emitted Markdown and JSON for the fixture corpus
// (testdata/sources, a copy of generator/testdata/corpus) with
// testdata/golden. Run with -update after an intended change, and read the diff.
func TestGolden(t *testing.T) {
	files := site(t, "testdata")
	again := site(t, "testdata")
	golden := filepath.Join("testdata", "golden")
	if *update {
		os.RemoveAll(golden)
	}
	for _, p := range sortedPaths(files) {
		if !bytes.Equal(files[p], again[p]) {
			t.Errorf("%s differs between two runs on the same input", p)
		}
		if strings.HasPrefix(p, "assets/") {
			continue
		}
		gp := filepath.Join(golden, filepath.FromSlash(p))
		if *update {
			os.MkdirAll(filepath.Dir(gp), 0o755)
			if err := os.WriteFile(gp, files[p], 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(gp)
		if err != nil {
			t.Errorf("%s: no golden file (run go test -update): %v", p, err)
			continue
		}
		if !bytes.Equal(files[p], want) {
			t.Errorf("%s differs from %s; run go test ./generator/internal/emit -update and review the diff\n%s", p, gp, firstDiff(string(want), string(files[p])))
		}
	}
	if !*update {
		filepath.WalkDir(golden, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				rel, _ := filepath.Rel(golden, path)
				if _, ok := files[filepath.ToSlash(rel)]; !ok {
					t.Errorf("golden file %s is no longer generated", rel)
				}
			}
			return nil
		})
	}
}

// firstDiff shows the first line where want and got differ.
func firstDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n\twant: %s\n\tgot:  %s", i+1, wl, gl)
		}
	}
	return ""
}

// mustAnnotate annotates src and panics on an internal error, which no
// test source should cause.
func mustAnnotate(src *doc.Source, reg *people.Registry) *doc.Annotated {
	a, err := annotate.Source(src, reg)
	if err != nil {
		panic(err)
	}
	return a
}
