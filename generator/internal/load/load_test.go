package load

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBytes(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		title     string
		outlet    string
		published string
		firstLine int
		text      string
	}{
		{"yaml", "---\ntitle: A title\noutlet: Outlet\npublished: 2016-12-13\n---\nBody line.\n",
			"A title", "Outlet", "2016-12-13", 6, "Body line.\n"},
		{"toml", "+++\ntitle = \"T\"\npublished = 2018-10-09\n+++\nBody.\n",
			"T", "", "2018-10-09", 5, "Body.\n"},
		{"toml string date", "+++\ntitle = \"T\"\npublished = \"2018-10-09\"\n+++\nBody.\n",
			"T", "", "2018-10-09", 5, "Body.\n"},
		{"json", ";;;\n{\"title\": \"J\", \"outlet\": \"O\"}\n;;;\nBody.\n",
			"J", "O", "", 4, "Body.\n"},
		{"json object", "{\n\"title\": \"J\"\n}\n\nBody.\n",
			"J", "", "", 5, "Body.\n"},
		{"none", "\n\nHeadline here\n\nBody.\n",
			"Headline here", "", "", 1, "\n\nHeadline here\n\nBody.\n"},
		{"bom", "\ufeff---\ntitle: B\n---\nBody.\n", "B", "", "", 4, "Body.\n"},
		{"two boms", "\ufeff\ufeffBody.\n", "Body.", "", "", 1, "Body.\n"},
		{"bom after front matter", "---\ntitle: B\n---\n\ufeffBody\ufeff.\n", "B", "", "", 4, "Body.\n"},
		{"crlf", "---\r\ntitle: C\r\n---\r\nOne.\r\nTwo.\r\n", "C", "", "", 4, "One.\nTwo.\n"},
		{"lone cr", "Title\rOne.\rTwo.", "Title", "", "", 1, "Title\nOne.\nTwo."},
		{"timestamp", "---\ntitle: D\npublished: 2016-12-13T10:40:00Z\n---\nx\n", "D", "", "2016-12-13", 5, "x\n"},
		{"long first line", strings.Repeat("word ", 60), strings.TrimSpace(strings.Repeat("word ", 24)) + "…", "", "", 1, strings.Repeat("word ", 60)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, _, err := Bytes([]byte(tt.in), "sources/x.txt")
			if err != nil {
				t.Fatalf("Bytes: %v", err)
			}
			if src.Title != tt.title || src.Outlet != tt.outlet || src.Published != tt.published {
				t.Errorf("got title %q outlet %q published %q; want %q %q %q", src.Title, src.Outlet, src.Published, tt.title, tt.outlet, tt.published)
			}
			if src.FirstLine != tt.firstLine {
				t.Errorf("FirstLine = %d; want %d", src.FirstLine, tt.firstLine)
			}
			if src.Text != tt.text {
				t.Errorf("Text = %q; want %q", src.Text, tt.text)
			}
		})
	}
}

func TestBytesErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string // substring of the error, which always starts with the file name
	}{
		{"bad yaml", "---\ntitle: [unclosed\n---\nBody\n", "sources/x.txt:2: front matter"},
		{"bad toml", "+++\ntitle = \n+++\nBody\n", "sources/x.txt:2: front matter"},
		{"bad json", ";;;\n{\"title\": }\n;;;\nBody\n", "sources/x.txt:1: front matter"},
		{"unclosed", "\n---\ntitle: x\nBody\n", "sources/x.txt:2: front matter opened with \"---\" is never closed"},
		{"bad date", "---\ntitle: x\npublished: 13/12/2016\n---\nBody\n", "sources/x.txt:3: front matter \"published\": want a date"},
		{"impossible date", "---\npublished: 2016-02-30\n---\nBody\n", "sources/x.txt:2:"},
		{"title not text", "---\ntitle: [a, b]\n---\nBody\n", "sources/x.txt:2: front matter \"title\""},
		{"bad url", "---\nurl: javascript:alert(1)\n---\nBody\n", "want an http or https address"},
		{"empty", "", "sources/x.txt: no text"},
		{"only front matter", "---\ntitle: x\n---\n", "sources/x.txt: no text"},
		{"only byte order marks", "---\ntitle: x\n---\n\ufeff\n\ufeff", "sources/x.txt: no text"},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "sources/x.txt: binary file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := Bytes([]byte(tt.in), "sources/x.txt")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Bytes(%q) error = %v; want it to contain %q", tt.in, err, tt.want)
			}
			var le *Error
			if !errors.As(err, &le) || le.File != "sources/x.txt" {
				t.Errorf("error %v is not a *load.Error naming the file", err)
			}
		})
	}
}

func TestWindows1252(t *testing.T) {
	src, warnings, err := Bytes([]byte("Caf\xe9 \x93quoted\x94 \x85\n"), "sources/w.txt")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Café “quoted” …\n"; src.Text != want {
		t.Errorf("Text = %q; want %q", src.Text, want)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "Windows-1252") {
		t.Errorf("warnings = %q; want one about Windows-1252", warnings)
	}
}

func TestUnknownFieldsKept(t *testing.T) {
	src, warnings, err := Bytes([]byte("---\ntitle: x\nauthor: Jane\ntags: [a, b]\n---\nBody\n"), "sources/u.txt")
	if err != nil {
		t.Fatal(err)
	}
	if src.Extra["author"] != "Jane" || len(src.Extra["tags"].([]any)) != 2 {
		t.Errorf("Extra = %v; want author and tags kept", src.Extra)
	}
	want := []string{`sources/u.txt:3: unknown front matter field "author" (kept)`, `sources/u.txt:4: unknown front matter field "tags" (kept)`}
	if strings.Join(warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings = %q; want %q", warnings, want)
	}
}

func TestLineNumbers(t *testing.T) {
	src, _, err := Bytes([]byte("---\ntitle: x\n---\nfirst\nsecond\n\nfourth"), "s.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word string
		line int
	}{{"first", 4}, {"second", 5}, {"fourth", 7}} {
		off := strings.Index(src.Text, tt.word)
		if got := src.Line(off); got != tt.line {
			t.Errorf("Line(%q) = %d; want %d", tt.word, got, tt.line)
		}
		if got := src.LineText(tt.line); got != tt.word {
			t.Errorf("LineText(%d) = %q; want %q", tt.line, got, tt.word)
		}
	}
}

func TestDir(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "sources")
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	write("b file.txt", "---\ntitle: Same Title\npublished: 2020-01-02\n---\nText.\n")
	write("a.md", "---\ntitle: Same Title\npublished: 2020-01-02\n---\nText.\n")
	write("c.txt", "---\ntitle: \"../../etc/passwd\"\n---\nText.\n")
	write("ignored.pdf", "not a source")
	write(".hidden.txt", "not a source")
	if err := os.Symlink(filepath.Join(dir, "c.txt"), filepath.Join(dir, "d-link.txt")); err != nil {
		t.Fatal(err)
	}
	sources, _, err := Dir(root, dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range sources {
		got = append(got, s.File+" "+s.ID)
	}
	want := []string{
		"sources/a.md 2020-01-02-same-title",
		"sources/b file.txt 2020-01-02-same-title-3e14b5",
		"sources/c.txt etc-passwd",
		"sources/d-link.txt etc-passwd-76b4f5",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Dir =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	write("e.txt", "---\npublished: nope\n---\nText.\n")
	write("f.txt", "")
	_, _, err = Dir(root, dir)
	if err == nil || !strings.Contains(err.Error(), "sources/e.txt:2:") || !strings.Contains(err.Error(), "sources/f.txt: no text") {
		t.Errorf("Dir error = %v; want both bad files named", err)
	}
}

// TestTitleSkipsMetaLines checks that a title is not taken from a
// metadata line before the headline (invented texts).
func TestTitleSkipsMetaLines(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"published line first", "Published: 3 May 2026, 07:15\n\nFerry strike ends in Port Halden\n\nThe strike ended on Sunday.", "Ferry strike ends in Port Halden"},
		{"date line first", "May 3, 2026 at 7:15 a.m. EDT\nFerry strike ends\n\nThe strike ended.", "Ferry strike ends"},
		{"byline first", "By Ada Lund | May 3, 2026 | 4 min read\n\nFerry strike ends\n\nThe strike ended.", "Ferry strike ends"},
		{"headline first", "Ferry strike ends\n\nPublished: 3 May 2026\n\nThe strike ended.", "Ferry strike ends"},
		{"only meta", "Published: 3 May 2026", "Published: 3 May 2026"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := titleFromText(tt.text); got != tt.want {
				t.Errorf("titleFromText = %q, want %q", got, tt.want)
			}
		})
	}
}
