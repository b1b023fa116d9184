package load

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func mkSources(t *testing.T) (root, dir string) {
	t.Helper()
	root = t.TempDir()
	dir = filepath.Join(root, "sources")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return root, dir
}

func put(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestSymlinkOutside checks that a link out of the sources folder is an
// error naming it, and that nothing of its target is read.
func TestSymlinkOutside(t *testing.T) {
	root, dir := mkSources(t)
	secret := filepath.Join(root, "secret.txt")
	put(t, secret, "Secret Title\nthe build machine's secret\n")
	put(t, filepath.Join(dir, "a.txt"), "A title\nText.\n")
	if err := os.Symlink(secret, filepath.Join(dir, "passwd.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("../secret.txt", filepath.Join(dir, "relative.txt")); err != nil {
		t.Fatal(err)
	}
	sources, _, err := Dir(root, dir)
	if err == nil {
		t.Fatalf("Dir read links out of the sources folder: %d sources", len(sources))
	}
	for _, want := range []string{"passwd.txt", "relative.txt", "outside the sources folder"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if strings.Contains(err.Error(), "build machine's secret") {
		t.Errorf("error shows the target's contents: %v", err)
	}
}

// TestNotRegularSkipped checks that a named pipe is skipped with a warning
// instead of blocking the run.
func TestNotRegularSkipped(t *testing.T) {
	root, dir := mkSources(t)
	put(t, filepath.Join(dir, "a.txt"), "A title\nText.\n")
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Skip("no named pipes:", err)
	}
	sources, warnings, err := Dir(root, dir)
	if err != nil || len(sources) != 1 {
		t.Fatalf("Dir = %d sources, %v", len(sources), err)
	}
	if !strings.Contains(strings.Join(warnings, "\n"), "pipe.txt: not a regular file") {
		t.Errorf("warnings %q do not name the pipe", warnings)
	}
	// Reading it directly does not block either.
	if _, _, err := File(filepath.Join(dir, "pipe.txt"), "sources/pipe.txt"); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("File(pipe) = %v; want not a regular file", err)
	}
}

func TestTooLarge(t *testing.T) {
	_, dir := mkSources(t)
	path := filepath.Join(dir, "big.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(MaxSize + 1<<20)
	f.Close()
	_, _, err = File(path, "sources/big.txt")
	if err == nil || !strings.Contains(err.Error(), "limit") {
		t.Errorf("File(too large) = %v; want the size limit", err)
	}
}

// TestSourcesOutsideRoot checks that a sources folder given by an
// absolute path outside the root publishes no absolute path.
func TestSourcesOutsideRoot(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(t.TempDir(), "my-sources")
	os.Mkdir(dir, 0o755)
	put(t, filepath.Join(dir, "a.txt"), "A title\nText.\n")
	for _, r := range []string{root, "."} {
		sources, _, err := Dir(r, dir)
		if err != nil {
			t.Fatal(err)
		}
		if got := sources[0].File; got != "my-sources/a.txt" {
			t.Errorf("Dir(%q, abs).File = %q; want my-sources/a.txt", r, got)
		}
	}
}

// TestReservedAndDuplicateIDs checks that no source gets a page named
// index.md, and that two front matters giving one id are an error naming
// both files.
func TestReservedAndDuplicateIDs(t *testing.T) {
	root, dir := mkSources(t)
	put(t, filepath.Join(dir, "a.txt"), "Index\nText.\n")
	put(t, filepath.Join(dir, "b.txt"), "---\nid: index\n---\nText.\n")
	sources, _, err := Dir(root, dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sources {
		if s.ID == "index" || s.ID == "_index" {
			t.Errorf("%s has id %q: its page would be a bundle", s.File, s.ID)
		}
	}
	put(t, filepath.Join(dir, "d.txt"), "---\nid: Mine\n---\nText.\n")
	put(t, filepath.Join(dir, "e.txt"), "---\nid: mine\n---\nText.\n")
	_, _, err = Dir(root, dir)
	if err == nil || !strings.Contains(err.Error(), "sources/e.txt") || !strings.Contains(err.Error(), "sources/d.txt") {
		t.Errorf("duplicate front matter ids: error %v; want both files named", err)
	}
}

func TestControlCharacters(t *testing.T) {
	in := "---\ntitle: \"A\\x00B\\x1b[31mC\\x7fD\\u202eE\\u0085F\"\noutlet: \"Out\\u2066let\"\n---\nEsc\x1b[2J and \u202enames here.\nLine two.\n"
	src, _, err := Bytes([]byte(in), "x.txt")
	if err != nil {
		t.Fatal(err)
	}
	if src.Title != "AB[31mCDEF" || src.Outlet != "Outlet" {
		t.Errorf("title %q, outlet %q; want control characters dropped", src.Title, src.Outlet)
	}
	if strings.ContainsAny(src.Text, "\x1b\u202e") {
		t.Errorf("text keeps control characters: %q", src.Text)
	}
	if got := src.LineText(src.FirstLine + 1); got != "Line two." {
		t.Errorf("line %d = %q; lines moved", src.FirstLine+1, got)
	}
}

func TestQuotedNames(t *testing.T) {
	err := &Error{File: "sources/x\nsources/y.txt:1: forged", Line: 2, Err: os.ErrInvalid}
	if strings.Count(err.Error(), "\n") != 0 {
		t.Errorf("error %q spans lines", err)
	}
	if got := (&Error{File: "sources/plain name.txt", Line: 3, Err: os.ErrInvalid}).Error(); !strings.HasPrefix(got, "sources/plain name.txt:3:") {
		t.Errorf("plain name quoted: %q", got)
	}
}

// TestBareJSONFrontMatter checks a bare JSON object as front matter, with
// and without a blank line after its closing brace.
func TestBareJSONFrontMatter(t *testing.T) {
	for _, in := range []string{
		"{\n  \"title\": \"T\",\n  \"published\": \"2021-03-04\"\n}\nBody text.\n",
		"{\n  \"title\": \"T\",\n  \"published\": \"2021-03-04\"\n}\n\nBody text.\n",
		"\n{\n  \"title\": \"T\", \"published\": \"2021-03-04\"}\nBody text.\n",
	} {
		src, _, err := Bytes([]byte(in), "x.txt")
		if err != nil {
			t.Errorf("%q: %v", in, err)
			continue
		}
		if src.Title != "T" || src.Published != "2021-03-04" || src.Text != "Body text.\n" || src.LineText(src.FirstLine) != "Body text." {
			t.Errorf("%q: title %q, published %q, text %q from line %d", in, src.Title, src.Published, src.Text, src.FirstLine)
		}
	}
	_, _, err := Bytes([]byte("{\n  \"title\": \"T\",\n}\nBody.\n"), "x.txt")
	if err == nil || !strings.Contains(err.Error(), "x.txt:") {
		t.Errorf("broken JSON front matter: %v; want an error naming the file", err)
	}
}
