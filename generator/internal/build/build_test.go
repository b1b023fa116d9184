package build

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestMakeTempFollowsUmask(t *testing.T) {
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	dir := t.TempDir()
	tmp, err := makeTemp(filepath.Join(dir, "public"))
	if err != nil {
		t.Fatal(err)
	}
	info, err := os.Stat(tmp)
	if err != nil {
		t.Fatal(err)
	}
	if got := info.Mode().Perm(); got != 0o755 {
		t.Errorf("build folder mode %o; want 755 under umask 022", got)
	}
}

// TestPublish checks that publish swaps in the new site, keeps a symbolic
// link to a web root (replacing the folder it points to), and returns
// the previous site for removal.
func TestPublish(t *testing.T) {
	dir := t.TempDir()
	dest := filepath.Join(dir, "public")
	newSite := func(content string) string {
		tmp, err := makeTemp(dest)
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(tmp, "index.html"), []byte(content), 0o644)
		return tmp
	}
	// No site yet.
	if _, err := publish(newSite("1"), dest); err != nil {
		t.Fatal(err)
	}
	// A site to replace.
	old, err := publish(newSite("2"), dest)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(b) != "2" {
		t.Errorf("public/index.html = %q; want 2", b)
	}
	if b, _ := os.ReadFile(filepath.Join(old, "index.html")); string(b) != "1" {
		t.Errorf("the previous site at %s holds %q; want 1", old, b)
	}
}

func TestHugoKeepsSymlinkedDest(t *testing.T) {
	dir := t.TempDir()
	webroot := filepath.Join(dir, "www")
	os.Mkdir(webroot, 0o755)
	os.WriteFile(filepath.Join(webroot, "old.html"), []byte("old"), 0o644)
	link := filepath.Join(dir, "public")
	if err := os.Symlink(webroot, link); err != nil {
		t.Fatal(err)
	}
	// Leftovers of killed runs, this version's and an earlier one's, and
	// a folder of someone else's that only looks alike.
	os.Mkdir(filepath.Join(dir, ".www-dossier-3k2j"), 0o700)
	os.Mkdir(filepath.Join(dir, ".www-123456"), 0o700)
	os.Mkdir(filepath.Join(dir, ".www-backup"), 0o700)
	hugoCommand = []string{"sh", "-c", `echo new > "$0/index.html"`}
	defer func() { hugoCommand = nil }()
	if err := Hugo(t.Context(), Options{Root: dir, Dest: link}); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("public is no longer a symbolic link: %v, %v", info, err)
	}
	if b, err := os.ReadFile(filepath.Join(webroot, "index.html")); err != nil || string(b) != "new\n" {
		t.Errorf("web root index.html = %q, %v; want the new site", b, err)
	}
	if _, err := os.Stat(filepath.Join(webroot, "old.html")); err == nil {
		t.Errorf("the old site's file is still in the web root")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("left beside the site: %q; want only .www-backup, public and www", names)
	}
}

func TestLocate(t *testing.T) {
	outside := t.TempDir()
	module := t.TempDir()
	os.WriteFile(filepath.Join(module, "go.mod"), []byte("module x\n\ngo 1.26\n\ntool (\n\t"+hugoTool+"\n)\n"), 0o644)
	site := filepath.Join(module, "site")
	os.Mkdir(site, 0o755)

	t.Chdir(outside)
	if dir, err := Locate(site); err != nil || dir != site {
		t.Errorf("Locate(site in the module) from outside = %q, %v; want the site", dir, err)
	}
	if _, err := Locate(outside); err == nil || !strings.Contains(err.Error(), "cannot run Hugo") {
		t.Errorf("Locate with no module anywhere = %v; want an error", err)
	}
	t.Chdir(site)
	if dir, err := Locate(outside); err != nil || dir != "" {
		t.Errorf("Locate from inside the module = %q, %v; want the current folder", dir, err)
	}
}

// TestOldSiteNotRemovable checks that once the new site is in place, an
// old one that cannot be removed (read-only files) is a warning, not a
// failed build.
func TestOldSiteNotRemovable(t *testing.T) {
	dir := t.TempDir()
	dest := filepath.Join(dir, "public")
	os.Mkdir(dest, 0o555)
	hugoCommand = []string{"sh", "-c", `echo new > "$0/index.html"`}
	removeOld = func(string) bool { return false }
	defer func() { hugoCommand, removeOld = nil, removeAll }()
	var out strings.Builder
	if err := Hugo(t.Context(), Options{Root: dir, Dest: dest, Stdout: &out}); err != nil {
		t.Fatalf("Hugo = %v; want success once the new site is in place", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dest, "index.html")); string(b) != "new\n" {
		t.Errorf("public/index.html = %q", b)
	}
	if !strings.Contains(out.String(), "warning: the previous site") {
		t.Errorf("no warning about the old site: %q", out.String())
	}
}

func TestNetlifyURL(t *testing.T) {
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, ""},
		{map[string]string{"URL": "https://example.org"}, ""}, // not on Netlify
		{map[string]string{"NETLIFY": "true", "CONTEXT": "production", "URL": "https://example.org/", "DEPLOY_PRIME_URL": "https://main--x.netlify.app"}, "https://example.org"},
		{map[string]string{"NETLIFY": "true", "CONTEXT": "deploy-preview", "URL": "https://example.org", "DEPLOY_PRIME_URL": "https://deploy-preview-3--x.netlify.app"}, "https://deploy-preview-3--x.netlify.app"},
		{map[string]string{"NETLIFY": "true", "URL": "javascript:x"}, ""},
	} {
		if got := netlifyURL(func(k string) string { return tc.env[k] }); got != tc.want {
			t.Errorf("netlifyURL(%v) = %q; want %q", tc.env, got, tc.want)
		}
	}
}

func TestMemoryLimits(t *testing.T) {
	got := memoryLimits([]string{"PATH=/bin"})
	want := []string{"PATH=/bin", "HUGO_MEMORYLIMIT=" + HugoCacheLimit, "GOMEMLIMIT=" + HugoHeapLimit}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("memoryLimits = %q; want %q", got, want)
	}
	set := []string{"GOMEMLIMIT=4GiB", "HUGO_MEMORYLIMIT=2"}
	if got := memoryLimits(set); strings.Join(got, " ") != strings.Join(set, " ") {
		t.Errorf("memoryLimits overrode the environment: %q", got)
	}
}
