package quotes

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind checks that Find never panics and keeps its spans inside the
// text and in order, whatever the marks.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", `"`, `'`, "“”", "‘’", `""""`, `'a' 'b`, "\"a\n\n\"b\n\n\"c\"", "x: 'y\n", `"a," said Roe, "b."`,
		"'They said, \"hi\".'", "’90s rock 'n' roll", "• 'x'\n• \"y", "'\n'\n'", `"a" "b" "c"`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		a := annotate("f", text, "", testPeople)
		qs, cs := Find(a)
		for i, q := range qs {
			if q.Start < q.Outer.Start || q.End > q.Outer.End || q.Outer.Start < 0 || q.Outer.End > len(text) || q.Start > q.End {
				t.Fatalf("bad spans %+v in %q", q, text)
			}
			if i > 0 && q.Outer.Start < qs[i-1].Outer.Start {
				t.Fatalf("quotes out of order in %q", text)
			}
			if q.Speaker >= len(a.People) {
				t.Fatalf("speaker out of range")
			}
			_ = Text(a.Source, q)
		}
		for _, c := range cs {
			if c.Start < 0 || c.End > len(text) || c.Start >= c.End {
				t.Fatalf("bad citation %+v", c)
			}
		}
	})
}
