package people_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dossier/dossier/generator/internal/annotate/people"
	"github.com/dossier/dossier/generator/internal/doc"
)

// FuzzFind checks people.Find on any text: no panic, every span inside the
// text, on rune boundaries and in text order, mentions disjoint, and every
// index valid.
//
//	go test ./generator/internal/annotate/people -run '^$' -fuzz FuzzFind -fuzztime 30s
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"", "Mr.", "Dr. Dr. Dr.", "Anna Berg, 45, said. Berg left. Ms. Berg's car.",
		"O'Neil-O'Neil Mc Mc", "Jean-Luc van der Berg III met J. R. R. Tolkien Jr.",
		"“Anna,” said Berg. 'Berg'", "ÉLODIE ÇA Ça Élodie Ünal\n\nÜnal", "A\u00a0B C\tD",
		"President-elect\nJohn\nSmith", strings.Repeat("Anna Berg ", 50), "\uFFFD\uFFFD Berg",
		"# Heading Anna\n- Tom Lee\n* Pat Roe", "<b>Anna Berg</b> {{< x >}}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		text = strings.ToValidUTF8(strings.ReplaceAll(text, "\r", "\n"), "\uFFFD")
		src := &doc.Source{ID: "f", Text: text, FirstLine: 1, Published: "2021-03-04"}
		var (
			ps []doc.Person
			ms []doc.Mention
		)
		done := make(chan struct{})
		go func() {
			defer close(done)
			ps, ms, _ = people.Find(src, &people.Registry{})
		}()
		select {
		case <-done:
		case <-time.After(time.Duration(len(text)/1000+2) * time.Second):
			t.Fatalf("Find took over %v on %d bytes: not linear? %q", time.Duration(len(text)/1000+2)*time.Second, len(text), text)
		}
		checkSpan := func(what string, sp doc.Span) {
			t.Helper()
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				t.Fatalf("%s span %v out of range (len %d) in %q", what, sp, len(text), text)
			}
			if !boundary(text, sp.Start) || !boundary(text, sp.End) {
				t.Fatalf("%s span %v splits a rune in %q", what, sp, text)
			}
		}
		spans := make([]doc.Span, len(ms))
		for i, m := range ms {
			checkSpan("mention", m.Span)
			if i > 0 && m.Start < ms[i-1].Start {
				t.Fatalf("mentions out of order: %v before %v in %q", ms[i-1].Span, m.Span, text)
			}
			if m.Person < 0 || m.Person >= len(ps) {
				t.Fatalf("mention %v names person %d of %d", m.Span, m.Person, len(ps))
			}
			spans[i] = m.Span
		}
		if kept := doc.Disjoint(spans, len(text)); len(kept) != len(spans) {
			t.Fatalf("mentions overlap: %d of %d disjoint in %q", len(kept), len(spans), text)
		}
		for _, p := range ps {
			if strings.TrimSpace(p.Name) == "" {
				t.Fatalf("person with an empty name in %q", text)
			}
			for _, d := range p.Descriptions {
				checkSpan("description", d.Span)
			}
			for _, a := range p.Ages {
				checkSpan("age", a.Span)
			}
		}
	})
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
