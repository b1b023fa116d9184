package emit

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// files is a set of generated files for the tests: path → contents.
type files map[string]string

// write runs writeSite with one job per file.
func write(root string, fs files) (written, removed int, err error) {
	var js []job
	for p, data := range fs {
		js = append(js, func(s sink) error { return s.put(p, []byte(data)) })
	}
	r, err := writeSite(root, js)
	return r.Written, r.Removed, err
}

// hashedLine is a manifest line of the format that held SHA-256 hashes.
func hashedLine(p, data string) string {
	sum := sha256.Sum256([]byte(data))
	return hex.EncodeToString(sum[:]) + "  " + p + "\n"
}

func TestWrite(t *testing.T) {
	root := t.TempDir()
	read := func(p string) string {
		b, err := os.ReadFile(filepath.Join(root, p))
		if err != nil {
			return "<missing>"
		}
		return string(b)
	}
	os.MkdirAll(filepath.Join(root, "content"), 0o755)
	os.WriteFile(filepath.Join(root, "content", "_index.md"), []byte("hand-written"), 0o644)

	first := files{"content/sources/a.md": "A1", "content/sources/b.md": "{B1}", "data/dossier.json": "{}"}
	if w, r, err := write(root, first); err != nil || w != 3 || r != 0 {
		t.Fatalf("first write = %d, %d, %v; want 3 written", w, r, err)
	}
	second := files{"content/sources/a.md": "A2", "data/dossier.json": "{}"}
	if w, r, err := write(root, second); err != nil || w != 1 || r != 1 {
		t.Fatalf("second write = %d, %d, %v; want 1 written (a changed), 1 removed (b)", w, r, err)
	}
	if got := read("content/sources/a.md"); got != "A2" {
		t.Errorf("a.md = %q; want A2", got)
	}
	if got := read("content/sources/b.md"); got != "<missing>" {
		t.Errorf("b.md of a removed source is still there")
	}
	if got := read("content/_index.md"); got != "hand-written" {
		t.Errorf("hand-written file changed: %q", got)
	}
	if got, want := read(Manifest), "content/sources/a.md\ndata/dossier.json\n"; got != want {
		t.Errorf("manifest = %q", got)
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".dossier-stage") {
			t.Errorf("staging folder %s left behind", e.Name())
		}
	}
}

func TestWriteRefuses(t *testing.T) {
	root := t.TempDir()
	if _, _, err := write(root, files{"content/a.md": "x"}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"../outside.md", "content/../../x", "/etc/passwd", "layouts/x.html", "content/people/index.md", "content/sources/index.md"} {
		if _, _, err := write(root, files{p: "x"}); err == nil {
			t.Errorf("write(%q) succeeded; want it refused", p)
		}
	}
	// A file the generator did not write is never overwritten.
	os.WriteFile(filepath.Join(root, "content", "mine.md"), []byte("mine"), 0o644)
	if _, _, err := write(root, files{"content/a.md": "x", "content/mine.md": "generated"}); err == nil || !strings.Contains(err.Error(), "was not generated") {
		t.Errorf("overwriting a hand-written file: err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(root, "content", "mine.md")); string(b) != "mine" {
		t.Errorf("hand-written file was changed")
	}
}

// TestWriteUnchanged checks that a file whose contents are already there is
// not rewritten (its modification time stays), that a file deleted or
// edited behind the generator's back is written again, and that a
// manifest in the earlier format with hashes is read.
func TestWriteUnchanged(t *testing.T) {
	root := t.TempDir()
	fs := files{"content/a.md": "A", "content/sub/b.md": "B", "data/dossier.json": "{}"}
	if w, _, err := write(root, fs); err != nil || w != 3 {
		t.Fatalf("first write = %d, %v", w, err)
	}
	past := time.Now().Add(-time.Hour).Truncate(time.Second)
	for p := range fs {
		os.Chtimes(filepath.Join(root, p), past, past)
	}
	os.Remove(filepath.Join(root, "data", "dossier.json"))
	fs["content/a.md"] = "A, changed"
	if w, r, err := write(root, fs); err != nil || w != 2 || r != 0 {
		t.Fatalf("second write = %d, %d, %v; want 2 written (a changed, d deleted)", w, r, err)
	}
	if info, err := os.Stat(filepath.Join(root, "content", "sub", "b.md")); err != nil || !info.ModTime().Equal(past) {
		t.Errorf("unchanged b.md was rewritten")
	}
	if b, _ := os.ReadFile(filepath.Join(root, "data", "dossier.json")); string(b) != "{}" {
		t.Errorf("deleted dossier.json not written again: %q", b)
	}

	// A generated file edited by hand, keeping its size, is restored.
	os.WriteFile(filepath.Join(root, "content", "sub", "b.md"), []byte("X"), 0o644)
	if w, _, err := write(root, fs); err != nil || w != 1 {
		t.Fatalf("write after an edit = %d, %v; want 1 written", w, err)
	}
	if b, _ := os.ReadFile(filepath.Join(root, "content", "sub", "b.md")); string(b) != "B" {
		t.Errorf("edited b.md = %q; want it restored to B", b)
	}

	// The earlier manifest format, with hashes: unchanged files stay
	// untouched, and the manifest is rewritten as paths.
	paths := make([]string, 0, len(fs))
	for p := range fs {
		paths = append(paths, p)
		os.Chtimes(filepath.Join(root, p), past, past)
	}
	sort.Strings(paths)
	var hashed strings.Builder
	for _, p := range paths {
		hashed.WriteString(hashedLine(p, fs[p]))
	}
	os.WriteFile(filepath.Join(root, Manifest), []byte(hashed.String()), 0o644)
	delete(fs, "data/dossier.json")
	if w, r, err := write(root, fs); err != nil || w != 0 || r != 1 {
		t.Fatalf("write after a hashed manifest = %d, %d, %v; want 0 written, 1 removed", w, r, err)
	}
	if info, err := os.Stat(filepath.Join(root, "content", "a.md")); err != nil || !info.ModTime().Equal(past) {
		t.Errorf("unchanged a.md was rewritten after a hashed manifest")
	}
	if b, _ := os.ReadFile(filepath.Join(root, Manifest)); string(b) != "content/a.md\ncontent/sub/b.md\n" {
		t.Errorf("manifest = %q", b)
	}
}

// TestWriteFailure checks that nothing under the root changes when a job fails.
func TestWriteFailure(t *testing.T) {
	root := t.TempDir()
	if _, _, err := write(root, files{"content/a.md": "A"}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(filepath.Join(root, Manifest))
	js := []job{
		func(s sink) error { return s.put("content/a.md", []byte("A2")) },
		func(s sink) error { return s.put("content/b.md", []byte("B")) },
		func(sink) error { return os.ErrInvalid },
	}
	if _, err := writeSite(root, js); err == nil {
		t.Fatal("writeSite with a failing job succeeded")
	}
	if b, _ := os.ReadFile(filepath.Join(root, "content", "a.md")); string(b) != "A" {
		t.Errorf("a.md = %q after a failed run; want A", b)
	}
	if _, err := os.Stat(filepath.Join(root, "content", "b.md")); err == nil {
		t.Errorf("b.md written by a failed run")
	}
	if after, _ := os.ReadFile(filepath.Join(root, Manifest)); string(after) != string(before) {
		t.Errorf("manifest changed by a failed run")
	}
	entries, _ := os.ReadDir(root)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".dossier-stage") {
			t.Errorf("staging folder %s left behind", e.Name())
		}
	}
}

// TestWriteMovesNewFolders checks that folders missing under the root are
// moved into place whole, and that a folder that exists gets its new
// files one by one, next to the files already there.
func TestWriteMovesNewFolders(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, "content", "people"), 0o755)
	os.WriteFile(filepath.Join(root, "content", "people", "notes.md"), []byte("hand-written"), 0o644)
	fs := files{
		"content/sources/a.md": "A", "content/sources/b.md": "B", // new folder
		"content/timeline/deep/x.json": "X", // new folder holding a new folder
		"content/people/p.md":          "P", // existing folder
		"data/dossier.json":            "{}",
	}
	var js []job
	for p, data := range fs {
		js = append(js, func(s sink) error { return s.put(p, []byte(data)) })
	}
	r, err := writeSite(root, js)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"content/people/p.md", "content/sources/a.md", "content/sources/b.md", "content/timeline/deep/x.json", "data/dossier.json"}
	if strings.Join(r.Created, " ") != strings.Join(want, " ") || r.Written != len(want) {
		t.Errorf("created %q, written %d; want %q", r.Created, r.Written, want)
	}
	for p, data := range fs {
		if b, err := os.ReadFile(filepath.Join(root, p)); err != nil || string(b) != data {
			t.Errorf("%s = %q, %v; want %q", p, b, err, data)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(root, "content", "people", "notes.md")); string(b) != "hand-written" {
		t.Errorf("hand-written notes.md = %q", b)
	}
	if stages, _ := filepath.Glob(filepath.Join(root, ".dossier-stage-*")); len(stages) != 0 {
		t.Errorf("staging folders left behind: %q", stages)
	}
}
