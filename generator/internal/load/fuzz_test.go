package load

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzBytes feeds any bytes to the loader: it must return a source or an
// *Error naming the file, never panic, and a source's text must be what
// the annotators are promised — valid UTF-8, LF line endings, no BOM, no
// front matter — with line numbers inside the file.
//
//	go test ./generator/internal/load -run '^$' -fuzz FuzzBytes -fuzztime 20000x
func FuzzBytes(f *testing.F) {
	for _, s := range []string{
		"", "text", "\xef\xbb\xbftext", "a\r\nb\rc\n", "caf\xe9 \x93quoted\x94", "\x00\x01\x02",
		"---\ntitle: T\npublished: 2021-03-04\n---\nBody\n", "---\ntitle: [unclosed\n---\nBody",
		"---\ntitle: T\n", "+++\ntitle = \"T\"\npublished = 2021-03-04\n+++\nBody", "{\"title\": \"T\"}\nBody",
		";;;\n{\"title\": 1}\n;;;\nBody", "---\npublished: someday\n---\nx", "---\nid: ../../x\n---\nx",
		"---\nextra: {a: [1, 2]}\n---\nx", "---\n---\n", "\n\n\n---\nx: y\n---\n\n", "---\ntitle: \"{{< x >}}\"\n---\n<b>", "---\nx: y\n---\n\ufeff",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		src, warnings, err := Bytes(data, "sources/f.txt")
		if err != nil {
			var le *Error
			if !errors.As(err, &le) || le.File != "sources/f.txt" {
				t.Fatalf("error %v does not name the file", err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("error is more than one line: %q", err)
			}
			return
		}
		for _, w := range warnings {
			if !strings.HasPrefix(w, "sources/f.txt") {
				t.Fatalf("warning %q does not name the file", w)
			}
		}
		text := src.Text
		if !utf8.ValidString(text) || strings.ContainsRune(text, '\r') || strings.ContainsRune(text, '\ufeff') {
			t.Fatalf("text %q is not normalized", text)
		}
		if strings.TrimSpace(text) == "" {
			t.Fatalf("empty text accepted")
		}
		if len(src.Hash) != 64 {
			t.Fatalf("hash %q", src.Hash)
		}
		lines := strings.Count(string(data), "\n") + strings.Count(string(data), "\r") + 1
		if src.FirstLine < 1 || src.FirstLine > lines || src.Line(len(text)) > lines {
			t.Fatalf("lines %d..%d outside the file's %d", src.FirstLine, src.Line(len(text)), lines)
		}
		if src.Published != "" && len(src.Published) != 10 {
			t.Fatalf("published %q", src.Published)
		}
		if strings.Contains(src.ID, "/") || strings.Contains(src.ID, "..") {
			t.Fatalf("id %q", src.ID)
		}
	})
}
