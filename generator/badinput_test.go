package main

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
)

// A body every good source shares, so that each gets people, a quote and a date.
const goodBody = "Anna Berg met Tom Lee in Springfield on Monday, March 1, 2021.\n\n“We agreed on the budget,” Berg said.\n"

// TestBadInputs adds one broken source at a time to a site that built
// cleanly. A source the generator cannot read must fail the run with
// exit status 1 and one error line naming the file (and line), and leave
// content/, data/ and public/ exactly as they were; a source it can read
// (re-encoded, unknown fields, odd names) must get its page.
func TestBadInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site with Hugo")
	}
	root := newSite(t)
	src := filepath.Join(root, "sources")
	if err := os.WriteFile(filepath.Join(src, "good.txt"), []byte("---\ntitle: Good\npublished: 2021-03-02\n---\n"+goodBody), 0o644); err != nil {
		t.Fatal(err)
	}
	generateSite(t, root)
	before := treeHash(t, root)

	outside := filepath.Join(t.TempDir(), "outside.txt")
	os.WriteFile(outside, []byte(goodBody), 0o644)

	bad := []struct {
		name string
		file string
		data string
		// make creates the file when data is not enough (symlinks).
		make func(path string) error
		want string // regexp the one error line must match
	}{
		{name: "malformed YAML", file: "yaml.txt", data: "---\ntitle: [unclosed\npublished: 2021-03-02\n---\n" + goodBody, want: `^sources/yaml\.txt:2: front matter: yaml`},
		{name: "malformed TOML", file: "toml.txt", data: "+++\ntitle = \"x\"\npublished = \n+++\n" + goodBody, want: `^sources/toml\.txt:3: front matter: toml`},
		{name: "malformed JSON", file: "json.txt", data: ";;;\n{\"title\": \"x\",}\n;;;\n" + goodBody, want: `^sources/json\.txt:\d+: front matter`},
		{name: "unclosed front matter", file: "open.txt", data: "---\ntitle: x\n" + goodBody, want: `^sources/open\.txt:1: front matter opened with "---" is never closed`},
		{name: "wrong date", file: "date.txt", data: "---\ntitle: x\npublished: 2021-02-30\n---\n" + goodBody, want: `^sources/date\.txt:3: front matter "published": want a date YYYY-MM-DD`},
		{name: "date is not a date", file: "date2.txt", data: "---\npublished: last Tuesday\n---\n" + goodBody, want: `^sources/date2\.txt:2: `},
		{name: "title is a list", file: "title.txt", data: "---\ntitle: [a, b]\n---\n" + goodBody, want: `^sources/title\.txt:2: front matter "title": want text`},
		{name: "javascript url", file: "url.txt", data: "---\nurl: javascript:alert(1)\n---\n" + goodBody, want: `^sources/url\.txt:2: front matter "url": want an http or https address`},
		{name: "empty file", file: "empty.txt", data: "", want: `^sources/empty\.txt: no text after the front matter`},
		{name: "only blanks", file: "blank.txt", data: "\n \n\t\n", want: `^sources/blank\.txt: no text`},
		{name: "only front matter", file: "front.txt", data: "---\ntitle: x\n---\n", want: `^sources/front\.txt: no text after the front matter`},
		{name: "binary", file: "binary.txt", data: "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", want: `^sources/binary\.txt: binary file`},
		{name: "control characters", file: "ctl.txt", data: strings.Repeat("\x01\x02\x03 text ", 200), want: `^sources/ctl\.txt: binary file`},
		{name: "dangling symlink", file: "dangling.txt", make: func(p string) error { return os.Symlink(filepath.Join(filepath.Dir(p), "nowhere.txt"), p) }, want: `dangling\.txt: cannot read`},
		{name: "symlink out of the sources folder", file: "outside-link.txt", make: func(p string) error { return os.Symlink(outside, p) }, want: `^sources/outside-link\.txt: symbolic link to ".*outside\.txt", outside the sources folder`},
		{name: "over the size limit", file: "huge.txt", make: func(p string) error {
			return os.WriteFile(p, bytes.Repeat([]byte("Word after word. "), 65<<20/17), 0o644)
		}, want: `^sources/huge\.txt: file is \d+ bytes; the limit is \d+`},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(src, tt.file)
			var err error
			if tt.make != nil {
				err = tt.make(path)
			} else {
				err = os.WriteFile(path, []byte(tt.data), 0o644)
			}
			if err != nil {
				t.Fatal(err)
			}
			defer os.Remove(path)
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), []string{"-root", root, "-sources", src}, &stdout, &stderr)
			lines := nonWarnings(stderr.String())
			if code != 1 || len(lines) != 1 || !regexp.MustCompile(tt.want).MatchString(lines[0]) {
				t.Fatalf("exit %d, error lines %q; want exit 1 and one line matching %s", code, lines, tt.want)
			}
			if after := treeHash(t, root); after != before {
				t.Errorf("the failed run changed content/, data/ or public/")
			}
		})
	}

	// Sources that are odd but readable: each gets a page whose text is right.
	good := []struct {
		file string
		data []byte
		// want is text the source's page must show; warn, a warning to expect.
		want, warn string
	}{
		{file: "cp1252.txt", data: []byte("---\ntitle: Encoded\n---\nAnna Berg said \x93caf\xe9\x94 on Monday \x96 twice.\n"), want: "“café”", warn: "decoded as Windows-1252"},
		{file: "bom.txt", data: []byte("\xef\xbb\xbf---\ntitle: With a BOM\n---\n" + goodBody), want: "We agreed on the budget"},
		{file: "crlf.txt", data: []byte(strings.ReplaceAll("---\ntitle: CRLF\n---\n"+goodBody, "\n", "\r\n")), want: "We agreed on the budget"},
		{file: "cr.txt", data: []byte(strings.ReplaceAll("---\ntitle: Lone CR\n---\n"+goodBody, "\n", "\r")), want: "We agreed on the budget"},
		{file: "unknown.txt", data: []byte("---\ntitle: Unknown field\ntags: [a, b]\nauthor: {name: X}\n---\n" + goodBody), want: "We agreed on the budget", warn: `unknown front matter field "author" (kept)`},
		{file: "long lines.txt", data: []byte("---\ntitle: Long lines\n---\n" + strings.Repeat("Anna Berg walked a long way. ", 180) + "\n\n" + strings.Repeat("x", 5000) + "\n"), want: strings.Repeat("x", 5000)},
		{file: "collide-1.txt", data: []byte("---\ntitle: Same title\npublished: 2021-03-02\n---\n" + goodBody), want: "Same title"},
		{file: "collide-2.txt", data: []byte("---\ntitle: Same title\npublished: 2021-03-02\n---\n" + goodBody), want: "Same title"},
		{file: "dots.txt", data: []byte("---\ntitle: ../../x\nid: ../../etc/passwd\n---\n" + goodBody), want: "../../x"},
		{file: "dots2.txt", data: []byte("---\ntitle: ../../../tmp/evil\n---\n" + goodBody), want: "../../../tmp/evil"},
		{file: "Ünïcödé ñame 漢字.txt", data: []byte("---\ntitle: Non-ASCII file name\n---\n" + goodBody), want: "Non-ASCII file name"},
		{file: "markdown.md", data: []byte("---\ntitle: Markdown\n---\n# Heading\n\n" + goodBody), want: "Heading"},
	}
	for _, g := range good {
		if err := os.WriteFile(filepath.Join(src, g.file), g.data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink("cp1252.txt", filepath.Join(src, "linked.txt")); err != nil { // inside the sources folder: read
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(src, "subdir.txt"), 0o755); err != nil { // a folder named like a source: skipped
		t.Fatal(err)
	}
	stderr := generateSite(t, root)
	for _, g := range good {
		if g.warn != "" && !strings.Contains(stderr, g.warn) {
			t.Errorf("%s: no warning %q in\n%s", g.file, g.warn, stderr)
		}
	}
	site := readSite(t, filepath.Join(root, "public"))
	site.checkLinks(t)
	texts := map[string]string{} // page text → path, for the source pages
	for p, b := range site.files {
		if strings.HasPrefix(p, "sources/") && strings.HasSuffix(p, "/index.html") && p != "sources/index.html" {
			texts[p] = pageText(t, b)
		}
	}
	if want := 1 + len(good) + 1; len(texts) != want {
		t.Errorf("%d source pages; want %d", len(texts), want)
	}
	// The pages do not print file names: data/dossier.json maps each file
	// to its source id, and so to its page.
	var graph struct {
		Sources []struct{ ID, File string }
	}
	b, err := os.ReadFile(filepath.Join(root, "data", "dossier.json"))
	if err != nil || json.Unmarshal(b, &graph) != nil {
		t.Fatalf("reading data/dossier.json: %v", err)
	}
	pageOf := map[string]string{}
	for _, s := range graph.Sources {
		pageOf[s.File] = "sources/" + s.ID + "/index.html"
	}
	for _, g := range good {
		if text, ok := texts[pageOf["sources/"+g.file]]; !ok || !strings.Contains(text, g.want) {
			t.Errorf("%s: its source page (%s) does not show %.60q", g.file, pageOf["sources/"+g.file], g.want)
		}
	}
	// Line numbers survive CR line endings: the quote is on line 6 of the file.
	for p := range texts {
		if strings.Contains(string(site.files[p]), `data-file="sources/cr.txt"`) && !strings.Contains(string(site.files[p]), `href="#L6"`) {
			t.Errorf("cr.txt: line numbers lost")
		}
	}
	// Nothing was written outside the site root ("id: ../../etc/passwd"
	// is the harmless slug etc-passwd).
	if _, err := os.Stat(filepath.Join(filepath.Dir(root), "tmp", "evil")); err == nil {
		t.Errorf("a title escaped the site root")
	}
}

// nonWarnings returns the non-empty lines of stderr that are not warnings.
func nonWarnings(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" && !strings.HasPrefix(l, "warning:") {
			out = append(out, l)
		}
	}
	return out
}

// treeHash hashes the names and contents of every file under content/,
// data/ and public/.
func treeHash(t *testing.T, root string) string {
	t.Helper()
	h := sha256.New()
	var paths []string
	for _, dir := range []string{"content", "data", "public"} {
		filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				paths = append(paths, p)
			}
			return nil
		})
	}
	sort.Strings(paths)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		h.Write([]byte(p + "\x00"))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}
