package main

import (
	"bytes"
	"context"
	"github.com/dossier/dossier/generator/internal/emit"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// repoRoot is the module root, where the hand-written site files live.
const repoRoot = ".."

// newSite makes a site root in a temporary folder with the hand-written
// files (hugo.toml, layouts/, assets/css/main.css, static/, content/_index.md) and
// the given source files copied into sources/.
func newSite(t *testing.T, sources ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, p := range []string{"hugo.toml", "layouts", "assets/css/main.css", "assets/css/provenance.css", "static", "content/_index.md"} {
		copyTree(t, filepath.Join(repoRoot, p), filepath.Join(root, p))
	}
	if err := os.MkdirAll(filepath.Join(root, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, s := range sources {
		copyTree(t, s, filepath.Join(root, "sources", filepath.Base(s)))
	}
	return root
}

func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// generateSite runs the generator on root and fails the test on an error.
func generateSite(t *testing.T, root string, extra ...string) string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	args := append([]string{"-root", root, "-sources", filepath.Join(root, "sources")}, extra...)
	if code := run(context.Background(), args, &stdout, &stderr); code != 0 {
		t.Fatalf("generator %v: exit %d\nstdout:\n%s\nstderr:\n%s", args, code, &stdout, &stderr)
	}
	return stderr.String()
}

func fixtures(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in %s: %v", dir, err)
	}
	return files
}

func TestEndToEndFixtures(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	root := newSite(t, fixtures(t, "internal/emit/testdata/sources")...)
	generateSite(t, root)
	site := readSite(t, filepath.Join(root, "public"))
	site.mustHave(t,
		"index.html", "sources/index.html", "people/index.html", "timeline/index.html", "quotes/index.html",
		"timeline/events.json", "timeline/dossier.ics",
		"sources/2021-03-04-coastal-herald-mayor-elena-ruiz-opens-the-new-harbor-bridge/index.html",
		"sources/2021-03-05-evening-post-harbor-bridge-opens-after-four-years/index.html",
		"people/elena-ruiz/index.html", "people/tom-becker/index.html", "people/priya-natarajan/index.html",
	)
	site.checkLinks(t)

	src := site.text(t, "sources/2021-03-04-coastal-herald-mayor-elena-ruiz-opens-the-new-harbor-bridge/index.html")
	for _, want := range []string{
		`<a class="person" href="/people/elena-ruiz/">Elena Ruiz</a>`,
		`<time datetime="2021-03-03">`,
		`<q class="speech">`,
		`id="L7"`, // the original's line anchors are the file's line numbers
	} {
		if !strings.Contains(src, want) {
			t.Errorf("source page lacks %s", want)
		}
	}
	person := site.text(t, "people/elena-ruiz/index.html")
	for _, want := range []string{"Elena Ruiz", "This bridge belongs to everyone", "#L8"} {
		if !strings.Contains(person, want) {
			t.Errorf("person page lacks %q", want)
		}
	}
}

func TestEndToEndSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	root := newSite(t, fixtures(t, filepath.Join(repoRoot, "sources"))...)
	generateSite(t, root)
	site := readSite(t, filepath.Join(root, "public"))
	site.mustHave(t, "people/kanye-west/index.html", "people/donald-trump/index.html", "people/ivanka-trump/index.html")
	site.checkLinks(t)
	checkJSONLD(t, site)     // jsonld_test.go
	checkProvenance(t, site) // provenance_test.go
	timeline := site.text(t, "timeline/index.html")
	if !strings.Contains(timeline, `datetime="2016-12-13"`) {
		t.Errorf("timeline lacks the 2016-12-13 meeting")
	}
}

// TestEndToEndSplit builds the seed sources with pages small enough that
// the timeline and the quotes are split (split.go), and checks that every
// link resolves: each date and quotation links to the page its entry is on.
func TestEndToEndSplit(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	defer func(e, g int) { emit.MaxEventsPerPage, emit.MaxGroupsPerPage = e, g }(emit.MaxEventsPerPage, emit.MaxGroupsPerPage)
	emit.MaxEventsPerPage, emit.MaxGroupsPerPage = 3, 1
	root := newSite(t, fixtures(t, filepath.Join(repoRoot, "sources"))...)
	generateSite(t, root)
	site := readSite(t, filepath.Join(root, "public"))
	site.mustHave(t, "timeline/index.html", "timeline/2016/index.html", "timeline/2016-2/index.html", "timeline/dossier.ics",
		"quotes/index.html", "quotes/d/index.html", "quotes/d-2/index.html")
	site.checkLinks(t)
	checkJSONLD(t, site)
	for page, want := range map[string]string{
		"timeline/index.html":      `href="/timeline/2016-2/"`,
		"timeline/2016/index.html": `rel="next" href="/timeline/2016-2/"`,
		"quotes/d-2/index.html":    `rel="prev" href="/quotes/d/"`,
	} {
		if !strings.Contains(site.text(t, page), want) {
			t.Errorf("%s lacks %s", page, want)
		}
	}
	for p := range site.files {
		if strings.HasSuffix(p, "/original.txt") || strings.HasSuffix(p, "/quotes.json") {
			t.Errorf("%s is published: a page bundle's data is read by its template, not published", p)
		}
	}
}

// site is a built site: every file under public/, by slash path.
type site struct {
	root  string
	files map[string][]byte
	ids   map[string]map[string]bool // page path → element ids
}

func readSite(t *testing.T, root string) *site {
	t.Helper()
	s := &site{root: root, files: map[string][]byte{}, ids: map[string]map[string]bool{}}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		rel, _ := filepath.Rel(root, path)
		s.files[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *site) mustHave(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		if _, ok := s.files[p]; !ok {
			t.Errorf("site has no %s", p)
		}
	}
}

func (s *site) text(t *testing.T, p string) string {
	t.Helper()
	b, ok := s.files[p]
	if !ok {
		t.Fatalf("site has no %s", p)
	}
	return string(b)
}

// checkLinks parses every HTML page and checks that every internal href
// and src resolves to a file of the site and, with a fragment, to an
// element id on that page.
func (s *site) checkLinks(t *testing.T) {
	t.Helper()
	type link struct{ from, href string }
	var links []link
	for p, b := range s.files {
		if !strings.HasSuffix(p, ".html") {
			continue
		}
		doc, err := html.Parse(bytes.NewReader(b))
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		ids := map[string]bool{}
		var walk func(*html.Node)
		walk = func(n *html.Node) {
			if n.Type == html.ElementNode {
				for _, a := range n.Attr {
					switch a.Key {
					case "id":
						if ids[a.Val] {
							t.Errorf("%s: duplicate id %q", p, a.Val)
						}
						ids[a.Val] = true
					case "href", "src":
						links = append(links, link{p, a.Val})
					}
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c)
			}
		}
		walk(doc)
		s.ids[p] = ids
	}
	sort.Slice(links, func(i, j int) bool { return links[i].from+links[i].href < links[j].from+links[j].href })
	broken := 0
	for _, l := range links {
		u, err := url.Parse(l.href)
		if err != nil {
			t.Errorf("%s: bad href %q", l.from, l.href)
			continue
		}
		if u.Scheme != "" || u.Host != "" {
			if u.Scheme != "http" && u.Scheme != "https" {
				t.Errorf("%s: link %q with scheme %q", l.from, l.href, u.Scheme)
			}
			continue
		}
		target := l.from
		if u.Path != "" {
			target = strings.TrimPrefix(u.Path, "/")
			if !strings.HasPrefix(u.Path, "/") {
				target = path.Join(path.Dir(l.from), u.Path)
				if strings.HasSuffix(u.Path, "/") {
					target += "/" // a folder, relative ("2016/"): Join drops the slash
				}
			}
			if target == "" || strings.HasSuffix(target, "/") {
				target += "index.html"
			}
		}
		if _, ok := s.files[target]; !ok {
			if broken++; broken <= 20 {
				t.Errorf("%s: link %q: no such file %s", l.from, l.href, target)
			}
			continue
		}
		if u.Fragment != "" && strings.HasSuffix(target, ".html") && !s.ids[target][u.Fragment] {
			if broken++; broken <= 20 {
				t.Errorf("%s: link %q: no id %q in %s", l.from, l.href, u.Fragment, target)
			}
		}
	}
	if len(links) == 0 {
		t.Errorf("site has no links at all")
	}
}

func TestFlags(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"-nope"}, 2, "flag provided but not defined"},
		{[]string{"-sources", "does-not-exist"}, 2, "does-not-exist is not a directory"},
		{[]string{"extra"}, 2, `unexpected argument "extra"`},
		{[]string{"-h"}, 0, "usage: go run ./generator"},
	}
	for _, tt := range tests {
		var stdout, stderr bytes.Buffer
		code := run(context.Background(), tt.args, &stdout, &stderr)
		if code != tt.code || !strings.Contains(stderr.String(), tt.want) {
			t.Errorf("run(%q) = %d, stderr %q; want %d and %q", tt.args, code, stderr.String(), tt.code, tt.want)
		}
	}
}

func TestBadSourceChangesNothing(t *testing.T) {
	root := newSite(t, fixtures(t, "internal/emit/testdata/sources")...)
	generateSite(t, root, "-build=false")
	before := snapshot(t, root)
	bad := filepath.Join(root, "sources", "zz-bad.txt")
	if err := os.WriteFile(bad, []byte("---\ntitle: x\npublished: someday\n---\nText\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"-root", root, "-sources", filepath.Join(root, "sources"), "-build=false"}, &stdout, &stderr)
	if code != 1 || !strings.Contains(stderr.String(), "zz-bad.txt:3:") {
		t.Fatalf("run with a bad source = %d, stderr %q; want 1 and an error naming zz-bad.txt:3", code, stderr.String())
	}
	if after := snapshot(t, root); after != before {
		t.Errorf("a failed run changed the site")
	}

	// Removing a source removes its page, and only generated files go.
	os.Remove(bad)
	os.Remove(filepath.Join(root, "sources", "03-council.txt"))
	handWritten := filepath.Join(root, "content", "sources", "notes.md")
	os.WriteFile(handWritten, []byte("---\ntitle: Notes\n---\nMine.\n"), 0o644)
	generateSite(t, root, "-build=false")
	if _, err := os.Stat(filepath.Join(root, "content", "sources", "council-questions-bridge-costs.md")); err == nil {
		t.Errorf("the page of a removed source is still there")
	}
	for _, keep := range []string{handWritten, filepath.Join(root, "content", "_index.md")} {
		if _, err := os.Stat(keep); err != nil {
			t.Errorf("hand-written %s was removed", keep)
		}
	}
}

// snapshot returns the names and contents of every file under content/ and data/.
func snapshot(t *testing.T, root string) string {
	t.Helper()
	var b strings.Builder
	for _, dir := range []string{"content", "data"} {
		filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				c, _ := os.ReadFile(path)
				b.WriteString(path + "\n" + string(c) + "\n")
			}
			return nil
		})
	}
	return b.String()
}
