package emit

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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

	first := Files{"content/sources/a.md": []byte("A1"), "content/sources/b.md": []byte("B1"), "data/dossier.json": []byte("{}")}
	if w, r, err := Write(root, first); err != nil || w != 3 || r != 0 {
		t.Fatalf("first Write = %d, %d, %v; want 3 written", w, r, err)
	}
	second := Files{"content/sources/a.md": []byte("A2"), "data/dossier.json": []byte("{}")}
	if w, r, err := Write(root, second); err != nil || w != 1 || r != 1 {
		t.Fatalf("second Write = %d, %d, %v; want 1 written (a changed), 1 removed (b)", w, r, err)
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
	if got := read(Manifest); got != "content/sources/a.md\ndata/dossier.json\n" {
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
	if _, _, err := Write(root, Files{"content/a.md": []byte("x")}); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"../outside.md", "content/../../x", "/etc/passwd", "layouts/x.html"} {
		if _, _, err := Write(root, Files{p: []byte("x")}); err == nil {
			t.Errorf("Write(%q) succeeded; want it refused", p)
		}
	}
	// A file the generator did not write is never overwritten.
	os.WriteFile(filepath.Join(root, "content", "mine.md"), []byte("mine"), 0o644)
	if _, _, err := Write(root, Files{"content/a.md": []byte("x"), "content/mine.md": []byte("generated")}); err == nil || !strings.Contains(err.Error(), "was not generated") {
		t.Errorf("overwriting a hand-written file: err = %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(root, "content", "mine.md")); string(b) != "mine" {
		t.Errorf("hand-written file was changed")
	}
}
