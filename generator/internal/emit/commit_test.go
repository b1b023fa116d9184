package emit

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// tree returns every file under root with its contents, the journal and
// staging folders included, so that any leftover shows.
func tree(t *testing.T, root string) map[string]string {
	t.Helper()
	out := map[string]string{}
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(root, p)
		if d.IsDir() {
			if rel != "." && strings.HasPrefix(d.Name(), stagePrefix) {
				out[filepath.ToSlash(rel)+"/"] = "stage"
			}
			return nil
		}
		b, _ := os.ReadFile(p)
		out[filepath.ToSlash(rel)] = string(b)
		return nil
	})
	return out
}

func same(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func keys(m map[string]string) string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return strings.Join(ks, " ")
}

// TestCommitInterrupted kills the commit after every possible number of
// renames and checks that the next run finds the old site or the new one,
// and then writes the new one; and that a commit failing after any number
// of renames leaves the old site at once.
func TestCommitInterrupted(t *testing.T) {
	oldFiles := files{
		"content/sources/a.md": "A1", "content/sources/b.md": "{B1}", "content/people/p.md": "P1",
		"content/sources/_index.md": "S", "data/dossier.json": "{1}",
	}
	newFiles := files{
		"content/sources/a.md": "A2", "content/sources/_index.md": "S", "content/sources/c.md": "C",
		"content/people/p.md": "P2", "content/timeline/index.md": "T", "content/timeline/events.json": "[]",
		"data/dossier.json": "{2}",
	}
	setup := func(t *testing.T) (root string, old, want map[string]string) {
		root = t.TempDir()
		os.MkdirAll(filepath.Join(root, "content"), 0o755)
		os.WriteFile(filepath.Join(root, "content", "_index.md"), []byte("hand-written"), 0o644)
		if _, _, err := write(root, oldFiles); err != nil {
			t.Fatal(err)
		}
		old = tree(t, root)
		want = map[string]string{}
		probe := t.TempDir()
		copyFiles(t, root, probe)
		if _, _, err := write(probe, newFiles); err != nil {
			t.Fatal(err)
		}
		want = tree(t, probe)
		return root, old, want
	}
	defer func() { commitStep = nil }()

	for _, kill := range []bool{true, false} {
		for n := 0; ; n++ {
			root, old, want := setup(t)
			reached := false
			commitStep = func(k int) error {
				if k == n {
					reached = true
					if kill {
						return errKilled
					}
					return &fs.PathError{Op: "rename", Path: "data/dossier.json", Err: errors.New("no space left on device")}
				}
				return nil
			}
			_, _, err := write(root, newFiles)
			commitStep = nil
			if !reached {
				if err != nil {
					t.Fatalf("uninterrupted commit: %v", err)
				}
				if n < 5 {
					t.Fatalf("only %d renames: the test does not exercise much", n)
				}
				break
			}
			if err == nil {
				t.Fatalf("kill=%v n=%d: interrupted commit reported success", kill, n)
			}
			if !kill && !committed(root) {
				if got := tree(t, root); !same(got, old) {
					t.Fatalf("n=%d: a failed commit left %s; want the old site %s", n, keys(got), keys(old))
				}
			}
			if err := Recover(root); err != nil {
				t.Fatalf("kill=%v n=%d: recover: %v", kill, n, err)
			}
			if got := tree(t, root); !same(got, old) && !same(got, want) {
				t.Fatalf("kill=%v n=%d: after recovery the root holds %v; want the old site %v or the new %v", kill, n, got, old, want)
			}
			if _, _, err := write(root, newFiles); err != nil {
				t.Fatalf("kill=%v n=%d: the next run fails: %v", kill, n, err)
			}
			if got := tree(t, root); !same(got, want) {
				t.Fatalf("kill=%v n=%d: the next run wrote %v; want %v", kill, n, got, want)
			}
		}
	}
}

// TestFirstBuildKilled kills the commit of a first build (whole folders
// moved into an empty root) after every number of renames.
func TestFirstBuildKilled(t *testing.T) {
	defer func() { commitStep = nil }()
	site := files{"content/sources/a.md": "{A}", "content/people/p.md": "{P}", "data/dossier.json": "{}", "assets/css/original.css": "x"}
	probe := t.TempDir()
	if _, _, err := write(probe, site); err != nil {
		t.Fatal(err)
	}
	want := tree(t, probe)
	for n := 0; ; n++ {
		root := t.TempDir()
		reached := false
		commitStep = func(k int) error {
			if k == n {
				reached = true
				return errKilled
			}
			return nil
		}
		_, _, err := write(root, site)
		commitStep = nil
		if !reached {
			break
		}
		if err == nil {
			t.Fatalf("n=%d: killed commit reported success", n)
		}
		if err := Recover(root); err != nil {
			t.Fatalf("n=%d: recover: %v", n, err)
		}
		if got := tree(t, root); len(got) != 0 && !same(got, want) {
			t.Fatalf("n=%d: after recovery the root holds %s; want nothing or the new site", n, keys(got))
		}
		if _, _, err := write(root, site); err != nil {
			t.Fatalf("n=%d: the next run: %v", n, err)
		}
		if got := tree(t, root); !same(got, want) {
			t.Fatalf("n=%d: the next run wrote %s", n, keys(got))
		}
	}
}

// TestRecoverRemovesLeftovers checks that staging folders of killed runs go.
func TestRecoverRemovesLeftovers(t *testing.T) {
	root := t.TempDir()
	os.MkdirAll(filepath.Join(root, stagePrefix+"123", "content"), 0o755)
	os.WriteFile(filepath.Join(root, stagePrefix+"123", "content", "x.md"), []byte("x"), 0o644)
	if _, _, err := write(root, files{"content/a.md": "A"}); err != nil {
		t.Fatal(err)
	}
	if got := keys(tree(t, root)); got != "content/.generated content/a.md" {
		t.Errorf("root holds %s", got)
	}
}

// committed reports whether root holds the journal of a commit past its
// commit point, which the next run finishes.
func committed(root string) bool {
	b, err := os.ReadFile(filepath.Join(root, Journal))
	return err == nil && strings.Contains(string(b), `"committed":true`)
}

func copyFiles(t *testing.T, from, to string) {
	t.Helper()
	for p, data := range tree(t, from) {
		dst := filepath.Join(to, p)
		os.MkdirAll(filepath.Dir(dst), 0o755)
		if err := os.WriteFile(dst, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

type panicky struct{}

func (panicky) MarshalJSON() ([]byte, error) { panic("index out of range [7] with length 3") }

// TestPanicNamesPage checks that a panic while rendering one page fails
// the run with an error naming the page, and writes nothing.
func TestPanicNamesPage(t *testing.T) {
	root := t.TempDir()
	if _, _, err := write(root, files{"content/sources/a.md": "A"}); err != nil {
		t.Fatal(err)
	}
	before := tree(t, root)
	js := []job{
		func(s sink) error { return s.put("content/sources/a.md", []byte("A2")) },
		func(s sink) error { return s.page("content/sources/bad-source.md", panicky{}, "") },
	}
	_, err := writeSite(root, js)
	if err == nil || !strings.Contains(err.Error(), "content/sources/bad-source.md") || !strings.Contains(err.Error(), "index out of range") {
		t.Fatalf("writeSite with a panicking page = %v; want an error naming the page", err)
	}
	if got := tree(t, root); !same(got, before) {
		t.Errorf("a run that panicked changed the root: %s", keys(got))
	}
}

// TestForgedManifestDeletesNothing checks that files a manifest lists but
// the generator cannot have written survive a run that does not generate
// them.
func TestForgedManifestDeletesNothing(t *testing.T) {
	root := t.TempDir()
	hand := map[string]string{
		"content/_index.md":       "---\ntitle: Home\n---\n",
		"data/people.yaml":        "people: []\n",
		"assets/css/main.css":     "body{}",
		"content/people/notes.md": "---\ntitle: Notes\n---\nMine.\n",
		"content/sources/old.md":  "{\"title\": \"generated once\"}\n",
	}
	var manifest []string
	for p, data := range hand {
		os.MkdirAll(filepath.Dir(filepath.Join(root, p)), 0o755)
		os.WriteFile(filepath.Join(root, p), []byte(data), 0o644)
		manifest = append(manifest, p)
	}
	sort.Strings(manifest)
	os.WriteFile(filepath.Join(root, Manifest), []byte(strings.Join(manifest, "\n")+"\n"), 0o644)
	if _, _, err := write(root, files{"content/sources/a.md": "{}"}); err != nil {
		t.Fatal(err)
	}
	for p := range hand {
		_, err := os.Stat(filepath.Join(root, p))
		if p == "content/sources/old.md" {
			if err == nil {
				t.Errorf("the stale generated page %s stays", p)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s, listed in a forged manifest, was deleted", p)
		}
	}
}

// TestCommitAcrossDevices checks a data/ on another file system (here a
// link to /dev/shm), where rename fails with "invalid cross-device link".
func TestCommitAcrossDevices(t *testing.T) {
	root := t.TempDir()
	other, err := os.MkdirTemp("/dev/shm", "dossier-test-")
	if err != nil {
		t.Skip("no /dev/shm:", err)
	}
	defer os.RemoveAll(other)
	var a, b syscall.Stat_t
	if syscall.Stat(root, &a) != nil || syscall.Stat(other, &b) != nil || a.Dev == b.Dev {
		t.Skip("/dev/shm is on the same file system as the temporary folder")
	}
	if err := os.Symlink(other, filepath.Join(root, "data")); err != nil {
		t.Fatal(err)
	}
	for _, v := range []string{"{1}", "{2}"} {
		if _, _, err := write(root, files{"content/sources/a.md": v, "data/dossier.json": v, "data/sub/x.json": v}); err != nil {
			t.Fatalf("write across devices: %v", err)
		}
		for _, p := range []string{"dossier.json", "sub/x.json"} {
			if got, err := os.ReadFile(filepath.Join(other, p)); err != nil || string(got) != v {
				t.Errorf("data/%s = %q, %v; want %s", p, got, err, v)
			}
		}
	}
	if leftovers, _ := filepath.Glob(filepath.Join(other, ".dossier-tmp-*")); len(leftovers) > 0 {
		t.Errorf("temporary files left: %q", leftovers)
	}
}

// TestAdoptsIdenticalFiles checks that a site left stuck by a run of an
// earlier version (files moved into place, the manifest not updated)
// builds again: a file holding exactly what would be written is taken
// over, one with other contents is still refused.
func TestAdoptsIdenticalFiles(t *testing.T) {
	root := t.TempDir()
	if _, _, err := write(root, files{"content/sources/a.md": "{A}"}); err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(root, "content", "people"), 0o755)
	os.WriteFile(filepath.Join(root, "content", "people", "x.md"), []byte("{X}"), 0o644)
	next := files{"content/sources/a.md": "{A}", "content/people/x.md": "{X}"}
	if _, _, err := write(root, next); err != nil {
		t.Fatalf("a file identical to the generated one is refused: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(root, Manifest)); string(b) != "content/people/x.md\ncontent/sources/a.md\n" {
		t.Errorf("manifest = %q; want x.md listed", b)
	}
	os.WriteFile(filepath.Join(root, "content", "people", "y.md"), []byte("{mine}"), 0o644)
	next["content/people/y.md"] = "{Y!!}"
	if _, _, err := write(root, next); err == nil || !strings.Contains(err.Error(), "was not generated") {
		t.Errorf("a hand-written file of other contents: %v; want it refused", err)
	}
}
